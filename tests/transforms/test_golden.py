"""Golden dumps: every truth field of every case in tests/cases/, and full table rows where recorded."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import datetime

import pytest

from tests.cases import CASES_DIR, Case, load_cases
from tests.transforms.test_scoreboard import BLIND_BATCHES  # one list of blind folders, with their floors
from transforms.parse import parse_dump
from transforms.records import ParsedArticle
from transforms.tables import RunContext, SourceDump, article_row, caption_rows, related_rows
from transforms.truth import TRUTH_FIELDS, field_mismatches, truth_view

# A blind batch is scored, not required to pass: its truths are never edited to fit the parser, and its
# floor is a ratchet in test_scoreboard.py. Every other case is the parser's exact specification.
CASES = [c for c in load_cases() if c.name.split("/", 1)[0] not in BLIND_BATCHES]


def test_cases_are_present() -> None:
    # Exact counts: a case that stops loading (truth renamed or lost) fails here instead of vanishing.
    every = load_cases()
    counts = Counter(c.name.split("/")[0] for c in every)
    # The blind batches' page counts stand beside their floors in test_scoreboard.
    assert counts == {
        "dev": 5,
        "shapes": 22,
        "blind": 20,
        **{name: pages for name, (pages, _) in BLIND_BATCHES.items()},
    }
    dumps = {p for p in CASES_DIR.rglob("*") if p.is_file() and p.suffix not in (".json", ".py", ".pyc", ".md")}
    assert dumps == {c.dump for c in every}, "every dump under tests/cases/ has its truth file"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_truth_field(case: Case) -> None:
    got = truth_view(parse_dump(case.dump.read_bytes()))
    assert set(TRUTH_FIELDS) <= set(case.truth), "truth file lacks fields"
    assert field_mismatches(case.truth, got) == {}


def test_truth_files_use_only_the_documented_fields() -> None:
    """A misspelt field would silently go uncompared: every field is one tests/cases/README.md describes."""
    readme = (CASES_DIR / "README.md").read_text(encoding="utf-8")
    fields_table = readme.split("## Fields", 1)[1].split("###", 1)[0]
    documented = set(re.findall(r"^\| `(\w+)` \|", fields_table, re.MULTILINE))
    assert documented == {"file", *TRUTH_FIELDS, "parse_warnings", "notes"}
    for case in CASES:
        assert set(case.truth) <= documented, case.name


WARNING_CASES = [c for c in CASES if "parse_warnings" in c.truth]


def test_some_truth_files_name_their_warnings() -> None:
    assert len(WARNING_CASES) == 10


@pytest.mark.parametrize("case", WARNING_CASES, ids=[c.name for c in WARNING_CASES])
def test_parse_warnings_where_the_truth_names_them(case: Case) -> None:
    """`parse_warnings` in a truth file is the whole set of codes the dump must get, in any order."""
    got = parse_dump(case.dump.read_bytes()).warnings
    assert sorted(got) == sorted(case.truth["parse_warnings"])


ROW_CASES = [c for c in CASES if c.expected_rows is not None]


@pytest.mark.parametrize("case", ROW_CASES, ids=[c.name for c in ROW_CASES])
def test_table_rows(case: Case) -> None:
    """Every column of all three tables, as `newsetl parse` and the flow build them."""
    outcome = parse_dump(case.dump.read_bytes())
    assert isinstance(outcome, ParsedArticle)
    expected = case.expected_rows
    assert expected is not None
    source = SourceDump(case.dump.name, expected["article"]["source_sha256"])
    row = article_row(outcome, source, RunContext("run-1", datetime(2026, 1, 1)))
    got = {
        "article": {k: v for k, v in row.items() if k not in ("run_id", "ingested_at")},
        "captions": caption_rows(outcome, row["article_id"]),
        "related_headlines": related_rows(outcome, row["article_id"]),
    }
    assert json.loads(json.dumps(got, default=str)) == expected
