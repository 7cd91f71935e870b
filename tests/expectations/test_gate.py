"""Tests for the expectation suites and the quality gate in expectations/gate.py."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pytest
from great_expectations.core import ExpectationSuite, ExpectationValidationResult
from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

from expectations.gate import (
    DEPENDENCY_EXPECTATION,
    GateResult,
    _failed_rows,
    build_docs,
    load_suite,
    validate_tables,
)
from transforms.schema import (
    ARTICLE,
    CAPTION,
    CURATED_TABLES,
    REJECTED_ROW,
    RELATED_HEADLINE,
    VALIDATION_RESULT,
)

TODAY = date(2025, 6, 1)
RUN = "run-test"
Row = dict[str, Any]


# Row builders ----------------------------------------------------------------------------------


def aid(n: int) -> str:
    return f"{n:016x}"


def article(n: int, **overrides: Any) -> Row:
    row: Row = {
        "article_id": aid(n),
        "source_file": f"raw/{n}.txt",
        "source_sha256": "0123456789abcdef" * 4,
        "title": "Lumbung Steel profit doubles",
        "section": "Business News",
        "published_date": date(2024, 8, 13),
        "dateline": "PETALING JAYA",
        "agency": None,
        "body": "PETALING JAYA: Lumbung Steel Bhd posted a profit.\n\nIt declared a dividend.",
        "paragraph_count": 2,
        "word_count": 12,
        "reporters": ["A Reporter"],
        "editors": [],
        "tags": ["Business"],
        "parse_warnings": [],
        "parser_version": "1.0.0",
        "run_id": RUN,
        "ingested_at": datetime(2025, 5, 31, 12, tzinfo=UTC),
    }
    row.update(overrides)
    return row


def caption(n: int, position: int | None, **overrides: Any) -> Row:
    row: Row = {
        "article_id": aid(n),
        "position": position,
        "caption_text": "Rosli has said the group would keep adding capacity.",
        "credit": "REUTERS/Evelyn Hockstein/Pool",
        "credit_agency": "Reuters",
        "photographer": "Evelyn Hockstein",
        "is_pool": True,
        "is_handout": False,
        "published_date": date(2024, 8, 13),
    }
    row.update(overrides)
    return row


def related(n: int, list_: str, position: int, **overrides: Any) -> Row:
    row: Row = {
        "article_id": aid(n),
        "list": list_,
        "list_title": "Next In Business News" if list_ == "next_in" else "Others Also Read",
        "position": position,
        "headline": "Bursa Malaysia remains lower at midday",
        "published_date": date(2024, 8, 13),
    }
    row.update(overrides)
    return row


def tables(articles: Iterable[Row], captions: Iterable[Row] = (), related: Iterable[Row] = ()) -> dict[str, pa.Table]:
    return {
        ARTICLE.name: pa.Table.from_pylist(list(articles), schema=ARTICLE.arrow_schema),
        CAPTION.name: pa.Table.from_pylist(list(captions), schema=CAPTION.arrow_schema),
        RELATED_HEADLINE.name: pa.Table.from_pylist(list(related), schema=RELATED_HEADLINE.arrow_schema),
    }


def validate(data: dict[str, pa.Table], **kwargs: Any) -> GateResult:
    return validate_tables(data, run_id=RUN, today=TODAY, **kwargs)


def rejected_rows(gate: GateResult) -> list[Row]:
    rows: list[Row] = gate.rejected.to_pylist()
    return rows


def clean_tables() -> dict[str, pa.Table]:
    return tables(
        [article(1), article(2, published_date=TODAY, dateline=None, agency="Reuters")],
        [caption(1, 1), caption(1, 2, credit=None, credit_agency=None, photographer=None, is_pool=False)],
        [related(1, "next_in", 1), related(1, "next_in", 2), related(1, "others_also_read", 1)],
    )


# The suites ------------------------------------------------------------------------------------


def expectation_name(kind: str, kwargs: dict[str, Any]) -> str:
    columns = kwargs.get("column_list") or [kwargs["column"]]
    return f"{kind}({','.join(columns)})"


@pytest.mark.parametrize("table", CURATED_TABLES, ids=lambda t: t.name)
def test_suite_loads_as_expectation_suite_with_reasons(table: Any) -> None:
    suite = load_suite(table.name)
    assert isinstance(suite, ExpectationSuite)
    assert suite.name == table.name
    assert suite.expectations
    for e in suite.expectations:
        why = e.meta.get("why") if e.meta else None
        assert isinstance(why, str) and len(why) > 10, e.expectation_type
    # The gate reports expectations by type(columns): the names must tell them apart.
    names = [expectation_name(e.configuration.type, e.configuration.kwargs) for e in suite.expectations]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("table", CURATED_TABLES, ids=lambda t: t.name)
def test_suite_checks_every_column_type_and_not_null_of_the_schema(table: Any) -> None:
    suite = load_suite(table.name)
    configs = [(e.configuration.type, e.configuration.kwargs) for e in suite.expectations]
    not_null = {kw["column"] for kind, kw in configs if kind == "expect_column_values_to_not_be_null"}
    assert not_null == {c.name for c in table.columns if not c.nullable}
    types = {
        kw["column"]: kw["type_"]
        for kind, kw in configs
        if kind in ("expect_column_type_to_be", "expect_column_values_to_be_of_type")
    }
    for column in table.columns:
        if pa.types.is_list(column.type):
            assert types[column.name] == "list"
        else:  # the suites see Arrow-backed pandas columns
            assert types[column.name] == str(pd.ArrowDtype(column.type)), column.name


# Row-level rejects -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """Rows that violate one expectation, and how to find their rejects."""

    name: str
    table: str
    expectation: str
    column: str
    build: Callable[[int], dict[str, list[Row]]]
    key: Callable[[int], tuple[str, Any]] | None = None  # (rejected column, value); default by id
    count: int = 1


def _art(**overrides: Any) -> Callable[[int], dict[str, list[Row]]]:
    return lambda n: {"article": [article(n, **overrides)]}


def _cap(*positions_and_overrides: tuple[int | None, dict[str, Any]]) -> Callable[[int], dict[str, list[Row]]]:
    return lambda n: {
        "article": [article(n)],
        "caption": [caption(n, p, **o) for p, o in positions_and_overrides],
    }


def _rel(*rows: tuple[str, int, dict[str, Any]]) -> Callable[[int], dict[str, list[Row]]]:
    return lambda n: {"article": [article(n)], "related_headline": [related(n, lst, p, **o) for lst, p, o in rows]}


LONG = "x" * 301
CASES = [
    Case(
        "article_id null",
        "article",
        "expect_column_values_to_not_be_null(article_id)",
        "article_id",
        _art(article_id=None),
        key=lambda n: ("source_file", f"raw/{n}.txt"),
    ),
    Case(
        "article_id format",
        "article",
        "expect_column_values_to_match_regex(article_id)",
        "article_id",
        _art(article_id="ABCDEF0123456789"),
        key=lambda n: ("source_file", f"raw/{n}.txt"),
    ),
    Case(
        "article_id trailing newline",
        "article",
        "expect_column_values_to_match_regex(article_id)",
        "article_id",
        lambda n: {"article": [article(n, article_id=aid(n) + "\n")]},
        key=lambda n: ("source_file", f"raw/{n}.txt"),
    ),
    Case(
        "article_id duplicate",
        "article",
        "expect_column_values_to_be_unique(article_id)",
        "article_id",
        lambda n: {"article": [article(n), article(n, source_file=f"raw/{n}-again.txt")]},
        count=2,
    ),
    Case(
        "source_file null",
        "article",
        "expect_column_values_to_not_be_null(source_file)",
        "source_file",
        _art(source_file=None),
    ),
    Case(
        "sha256 format",
        "article",
        "expect_column_values_to_match_regex(source_sha256)",
        "source_sha256",
        _art(source_sha256="abc123"),
    ),
    Case("title null", "article", "expect_column_values_to_not_be_null(title)", "title", _art(title=None)),
    Case("title too long", "article", "expect_column_value_lengths_to_be_between(title)", "title", _art(title=LONG)),
    Case("title empty", "article", "expect_column_value_lengths_to_be_between(title)", "title", _art(title="")),
    Case("title blank", "article", "expect_column_values_to_match_regex(title)", "title", _art(title="  \t ")),
    Case(
        "title two lines",
        "article",
        "expect_column_values_to_not_match_regex(title)",
        "title",
        _art(title="Lumbung Steel profit\ndoubles"),
    ),
    Case(
        "title star dateline",
        "article",
        "expect_column_values_to_not_match_regex_list(title)",
        "title",
        _art(
            title="PETALING JAYA: Lumbung Steel Bhd posted a two-fold increase in net profit to RM48mil, or 9.12 "
            "sen a share, for the three months to June, against RM22mil, or 4.10 sen a share, a year ago."
        ),
    ),
    Case(
        "title wire dateline",
        "article",
        "expect_column_values_to_not_match_regex_list(title)",
        "title",
        _art(title="RIYADH/WASHINGTON (Reuters) - The U.S. and Russia agreed"),
    ),
    Case(
        "published before 1990",
        "article",
        "expect_column_values_to_be_between(published_date)",
        "published_date",
        _art(published_date=date(1989, 12, 31)),
    ),
    Case(
        "published after today",
        "article",
        "expect_column_values_to_be_between(published_date)",
        "published_date",
        _art(published_date=TODAY + timedelta(days=1)),
    ),
    Case(
        "dateline empty",
        "article",
        "expect_column_value_lengths_to_be_between(dateline)",
        "dateline",
        _art(dateline=""),
    ),
    Case(
        "dateline two lines",
        "article",
        "expect_column_values_to_not_match_regex(dateline)",
        "dateline",
        _art(dateline="PETALING\nJAYA"),
    ),
    # Without a body the dateline promise fails too; the reported reason is the root cause.
    Case("body null", "article", "expect_column_values_to_not_be_null(body)", "body", _art(body=None)),
    Case("body blank", "article", "expect_column_values_to_match_regex(body)", "body", _art(body=" \n\n ")),
    Case(
        "body whatsapp",
        "article",
        "expect_column_values_to_not_match_regex_list(body)",
        "body",
        _art(body="Text.\n\nFollow us on our official WhatsApp channel for breaking news alerts and key updates!"),
    ),
    Case(
        "body long whatsapp",
        "article",
        "expect_column_values_to_not_match_regex_list(body)",
        "body",
        _art(body="Paragraph. " * 100 + "\n\nFollow us on our official WhatsApp channel for breaking news alerts!"),
    ),
    Case(
        "body billed as",
        "article",
        "expect_column_values_to_not_match_regex_list(body)",
        "body",
        _art(body="Text.\n\nBilled as RM 9.73 for the 1st month, RM 13.90 thereafter."),
    ),
    Case(
        "body per month",
        "article",
        "expect_column_values_to_not_match_regex_list(body)",
        "body",
        _art(body="Text.\n\nRM 13.90/month"),
    ),
    Case(
        "paragraph_count zero",
        "article",
        "expect_column_values_to_be_between(paragraph_count)",
        "paragraph_count",
        _art(paragraph_count=0),
    ),
    Case(
        "word_count zero", "article", "expect_column_values_to_be_between(word_count)", "word_count", _art(word_count=0)
    ),
    Case(
        "reporters null", "article", "expect_column_values_to_not_be_null(reporters)", "reporters", _art(reporters=None)
    ),
    Case("tags null", "article", "expect_column_values_to_not_be_null(tags)", "tags", _art(tags=None)),
    Case(
        "parser_version format",
        "article",
        "expect_column_values_to_match_regex(parser_version)",
        "parser_version",
        _art(parser_version="v1"),
    ),
    Case(
        "ingested_at null",
        "article",
        "expect_column_values_to_not_be_null(ingested_at)",
        "ingested_at",
        _art(ingested_at=None),
    ),
    Case(
        "caption article_id null",
        "caption",
        "expect_column_values_to_not_be_null(article_id)",
        "article_id",
        lambda n: {"article": [article(n)], "caption": [caption(n, 1, article_id=None)]},
        key=lambda n: ("article_id", None),
    ),
    Case(
        "caption article_id format",
        "caption",
        "expect_column_values_to_match_regex(article_id)",
        "article_id",
        lambda n: {"article": [article(n)], "caption": [caption(n, 1, article_id="XYZ")]},
        key=lambda n: ("article_id", "XYZ"),
    ),
    Case(
        "caption position null",
        "caption",
        "expect_column_values_to_not_be_null(position)",
        "position",
        _cap((None, {})),
    ),
    Case("caption position zero", "caption", "expect_column_values_to_be_between(position)", "position", _cap((0, {}))),
    Case(
        "caption key duplicate",
        "caption",
        "expect_compound_columns_to_be_unique(article_id,position)",
        "article_id,position",
        _cap((1, {}), (1, {"caption_text": "Another"})),
        count=2,
    ),
    Case(
        "caption text null",
        "caption",
        "expect_column_values_to_not_be_null(caption_text)",
        "caption_text",
        _cap((1, {"caption_text": None})),
    ),
    Case(
        "caption text empty",
        "caption",
        "expect_column_values_to_match_regex(caption_text)",
        "caption_text",
        _cap((1, {"caption_text": ""})),
    ),
    Case(
        "credit agency unknown",
        "caption",
        "expect_column_values_to_be_in_set(credit_agency)",
        "credit_agency",
        _cap((1, {"credit_agency": "Reuterz"})),
    ),
    Case(
        "is_pool null",
        "caption",
        "expect_column_values_to_not_be_null(is_pool)",
        "is_pool",
        _cap((1, {"is_pool": None})),
    ),
    Case(
        "caption date future",
        "caption",
        "expect_column_values_to_be_between(published_date)",
        "published_date",
        _cap((1, {"published_date": date(2099, 1, 1)})),
    ),
    Case(
        "related list unknown",
        "related_headline",
        "expect_column_values_to_be_in_set(list)",
        "list",
        _rel(("sidebar", 1, {})),
    ),
    Case(
        "related list_title empty",
        "related_headline",
        "expect_column_values_to_match_regex(list_title)",
        "list_title",
        _rel(("next_in", 1, {"list_title": ""})),
    ),
    Case(
        "related position zero",
        "related_headline",
        "expect_column_values_to_be_between(position)",
        "position",
        _rel(("next_in", 0, {})),
    ),
    Case(
        "related headline null",
        "related_headline",
        "expect_column_values_to_not_be_null(headline)",
        "headline",
        _rel(("next_in", 1, {"headline": None})),
    ),
    Case(
        "related headline too long",
        "related_headline",
        "expect_column_value_lengths_to_be_between(headline)",
        "headline",
        _rel(("next_in", 1, {"headline": LONG})),
    ),
    Case(
        "related headline two lines",
        "related_headline",
        "expect_column_values_to_not_match_regex(headline)",
        "headline",
        _rel(("next_in", 1, {"headline": "One\nTwo"})),
    ),
    Case(
        "related key duplicate",
        "related_headline",
        "expect_compound_columns_to_be_unique(article_id,list,position)",
        "article_id,list,position",
        _rel(("next_in", 1, {}), ("next_in", 1, {"headline": "Other"})),
        count=2,
    ),
]
FIRST_CASE = 100  # case i uses article number FIRST_CASE + i


@pytest.fixture(scope="module")
def violations() -> GateResult:
    """Every case in one validation: GX's cost is per expectation, not per row."""
    rows: dict[str, list[Row]] = {"article": [], "caption": [], "related_headline": []}
    for i, case in enumerate(CASES):
        for table, table_rows in case.build(FIRST_CASE + i).items():
            rows[table] += table_rows
    # Clean rows next to the bad ones, including the boundary date today.
    rows["article"] += [article(1), article(2, published_date=TODAY)]
    rows["caption"] += [caption(1, 1)]
    return validate(tables(rows["article"], rows["caption"], rows["related_headline"]), max_reject_share=1.0)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c.name for c in CASES])
def test_violating_row_is_rejected_with_the_expectation_name(violations: GateResult, i: int) -> None:
    case, n = CASES[i], FIRST_CASE + i
    column, value = case.key(n) if case.key else ("article_id", aid(n))
    hits = [r for r in rejected_rows(violations) if r["table_name"] == case.table and r[column] == value]
    assert [(r["expectation"], r["column"]) for r in hits] == [(case.expectation, case.column)] * case.count
    assert all(r["run_id"] == RUN for r in hits)


def test_rejected_rows_are_not_accepted_and_clean_rows_are(violations: GateResult) -> None:
    accepted = violations.tables
    # The clean rows, and the (clean) parent articles of the caption/related cases.
    parents = {aid(FIRST_CASE + i) for i, c in enumerate(CASES) if c.table != "article"}
    assert sorted(accepted["article"].column("article_id").to_pylist()) == sorted({aid(1), aid(2)} | parents)
    assert accepted["caption"].column("article_id").to_pylist() == [aid(1)]
    assert accepted["related_headline"].num_rows == 0
    for table in CURATED_TABLES:
        assert accepted[table.name].schema == table.arrow_schema


def test_failing_expectations_are_counted_in_results(violations: GateResult) -> None:
    results = {(r["table_name"], r["expectation"]): r for r in violations.results.to_pylist()}
    unique = results[("article", "expect_column_values_to_be_unique(article_id)")]
    assert unique["success"] is False and unique["unexpected_count"] == 2
    # The dateline promise failed for the body-less row although that row reports body.
    dateline = results[("article", "expect_column_values_to_be_null(dateline)")]
    assert dateline["success"] is False and dateline["unexpected_count"] == 1


def test_rejected_value_is_the_offending_text_near_the_match(violations: GateResult) -> None:
    by_file = {r["source_file"]: r["value"] for r in rejected_rows(violations) if r["table_name"] == "article"}
    names = [c.name for c in CASES]
    assert by_file[f"raw/{FIRST_CASE + names.index('title two lines')}.txt"] == "Lumbung Steel profit\ndoubles"
    # A long body is cut to the neighbourhood of what the regex objected to.
    value = by_file[f"raw/{FIRST_CASE + names.index('body long whatsapp')}.txt"]
    assert value.startswith("…") and "WhatsApp channel" in value and len(value) <= 302


def test_child_rejects_carry_their_article_source_file(violations: GateResult) -> None:
    n = FIRST_CASE + [c.name for c in CASES].index("caption text empty")
    (row,) = [r for r in rejected_rows(violations) if r["table_name"] == "caption" and r["article_id"] == aid(n)]
    assert row["source_file"] == f"raw/{n}.txt"


# Dependants, batch integrity -------------------------------------------------------------------


def test_dependants_of_a_rejected_article_are_rejected() -> None:
    data = tables(
        [article(1, title=None), article(2)],
        [caption(1, 1), caption(1, 2), caption(2, 1)],
        [related(1, "next_in", 1), related(2, "next_in", 1)],
    )
    gate = validate(data, max_reject_share=1.0)
    got = sorted((r["table_name"], r["article_id"], r["expectation"], r["source_file"]) for r in rejected_rows(gate))
    dep = DEPENDENCY_EXPECTATION
    assert got == [
        ("article", aid(1), "expect_column_values_to_not_be_null(title)", "raw/1.txt"),
        ("caption", aid(1), dep, "raw/1.txt"),
        ("caption", aid(1), dep, "raw/1.txt"),
        ("related_headline", aid(1), dep, "raw/1.txt"),
    ]
    assert gate.tables["caption"].column("article_id").to_pylist() == [aid(2)]
    assert gate.tables["related_headline"].column("article_id").to_pylist() == [aid(2)]
    assert gate.ok


def test_orphans_and_position_gaps_are_batch_failures() -> None:
    data = tables(
        [article(1), article(2)],
        [caption(1, 1), caption(1, 3), caption(9, 1)],  # gap 1,3; article 9 does not exist
        [
            related(1, "next_in", 1),
            related(1, "next_in", 2),
            related(1, "others_also_read", 2),  # positions restart per list: this one has no 1
            related(2, "next_in", 1),
            related(8, "next_in", 1),  # orphan
        ],
    )
    gate = validate(data)
    assert not gate.ok
    text = "\n".join(gate.batch_failures)
    assert re.search(r"^caption: 1 rows point at no article", text, re.M)
    assert re.search(r"^related_headline: 1 rows point at no article", text, re.M)
    assert re.search(r"^caption: positions are not contiguous .* in 1 groups", text, re.M)
    assert re.search(r"^related_headline: positions are not contiguous .*'others_also_read'", text, re.M)
    assert len(gate.batch_failures) == 4


def test_too_many_rejected_articles_is_a_batch_failure() -> None:
    articles = [article(n) for n in range(1, 20)] + [article(20, title=None)]  # 1 of 20 = 5%
    assert validate(tables(articles), max_reject_share=0.05).ok
    gate = validate(tables(articles[1:]), max_reject_share=0.05)  # 1 of 19 > 5%
    assert not gate.ok
    assert gate.batch_failures == ["article: 1 of 19 rows rejected (5.3% > max_reject_share 5.0%)"]


def test_wrong_column_type_fails_the_batch_and_rejects_every_row() -> None:
    data = clean_tables()
    position = data["caption"].schema.get_field_index("position")
    data["caption"] = data["caption"].set_column(
        position, "position", data["caption"].column("position").cast(pa.int64())
    )
    gate = validate(data)
    assert not gate.ok and gate.batch_failures[0].startswith("caption: schema ")
    rows = [r for r in rejected_rows(gate) if r["table_name"] == "caption"]
    assert [r["expectation"] for r in rows] == ["expect_column_type_to_be(position)"] * 2
    assert gate.tables["caption"].num_rows == 0


def test_uniqueness_without_row_indexes_is_recomputed() -> None:
    frame = pd.DataFrame({"article_id": ["a", "a", "b"], "position": [1, 1, 1]})
    config = ExpectationConfiguration(
        type="expect_compound_columns_to_be_unique", kwargs={"column_list": ["article_id", "position"]}
    )
    result = ExpectationValidationResult(success=False, expectation_config=config, result={})
    assert _failed_rows(result, frame).tolist() == [0, 1]
    typed = ExpectationConfiguration(type="expect_column_type_to_be", kwargs={"column": "position", "type_": "x"})
    result = ExpectationValidationResult(success=False, expectation_config=typed, result={})
    assert _failed_rows(result, frame).tolist() == [0, 1, 2]


# Clean and empty runs --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def clean() -> GateResult:
    return validate(clean_tables())


def test_clean_tables_pass_with_one_result_per_expectation(clean: GateResult) -> None:
    # clean_tables() restarts related positions per list: (1, 2) next_in, (1) others_also_read.
    assert clean.ok and clean.batch_failures == []
    assert clean.rejected.num_rows == 0 and clean.rejected.schema == REJECTED_ROW.arrow_schema
    assert clean.results.schema == VALIDATION_RESULT.arrow_schema
    results = clean.results.to_pylist()
    for table in CURATED_TABLES:
        suite = load_suite(table.name)
        mine = [r for r in results if r["table_name"] == table.name]
        assert [r["expectation"] for r in mine] == [
            expectation_name(e.configuration.type, e.configuration.kwargs) for e in suite.expectations
        ]
        assert all(r["success"] and r["run_id"] == RUN for r in mine)
        assert clean.tables[table.name].equals(clean_tables()[table.name])


@pytest.mark.parametrize("given", ["missing", "empty"])
def test_empty_input_validates_fine(given: str) -> None:
    data = {} if given == "missing" else {t.name: t.arrow_schema.empty_table() for t in CURATED_TABLES}
    gate = validate(data)
    assert gate.ok
    assert gate.rejected.num_rows == 0
    assert all(gate.tables[t.name].num_rows == 0 for t in CURATED_TABLES)
    assert gate.results.num_rows == sum(len(load_suite(t.name).expectations) for t in CURATED_TABLES)
    assert all(gate.results.column("success").to_pylist())


def test_unknown_table_is_refused() -> None:
    with pytest.raises(ValueError, match="not curated"):
        validate({"quarantine": pa.table({})})


# Data Docs -------------------------------------------------------------------------------------


LOADED = re.compile(r"""<(?:link|script|img)\b[^>]*?\b(?:href|src)=["']([^"']+)["']""")
CSS_URL = re.compile(r"""url\(["']?([^"')]+)["']?\)""")


def test_build_docs_writes_offline_pages(violations: GateResult, tmp_path: Path) -> None:
    (tmp_path / "validations").mkdir()
    (tmp_path / "validations" / "stale.html").write_text("old run")
    index = build_docs(violations, tmp_path)
    assert index == tmp_path.resolve() / "index.html" and index.is_file()
    assert not (tmp_path / "validations" / "stale.html").exists()
    pages = sorted(tmp_path.rglob("*.html"))
    assert {p.stem for p in pages} >= {"index", "article", "caption", "related_headline"}
    assert len([p for p in pages if "validations" in p.parts]) == len(CURATED_TABLES)
    for page in pages:
        html = page.read_text(encoding="utf-8")
        refs = LOADED.findall(html) + CSS_URL.findall(html)
        assert refs, page
        for ref in refs:
            if ref.startswith("data:"):
                continue
            assert not re.match(r"(?i)^(https?:)?//", ref), f"{page}: {ref}"
            assert (page.parent / ref.split("?")[0]).is_file(), f"{page}: {ref} missing"
        assert "integrity=" not in html and "crossorigin=" not in html


def test_docs_assets_are_installed() -> None:
    # `make install` runs `npm ci` from package-lock.json; the offline pages need every one of these.
    from expectations import gate

    missing = gate.missing_assets()
    if missing and shutil.which("npm") is None:
        pytest.skip("npm is not installed here: the Data Docs load their styling from CDNs")
    assert missing == [], f"run `make install` (npm ci): {missing}"


def test_build_docs_without_the_assets_still_builds_and_says_it_needs_the_network(
    violations: GateResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from expectations import gate

    monkeypatch.setattr(gate, "ASSETS_DIR", tmp_path / "no-node-modules")
    index = build_docs(violations, tmp_path / "docs")
    html = index.read_text(encoding="utf-8")
    assert gate.NEEDS_NETWORK_NOTE in html
    assert "https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css" in html
    assert not (tmp_path / "docs" / "static" / "vendor").exists()
