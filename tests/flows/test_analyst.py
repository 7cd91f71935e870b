"""Analyst surface: in-database docs, extra views, export/query/status/docs commands and the progress reporter."""

from __future__ import annotations

import contextlib
import io as stdio
import json
import logging
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pytest

from flows import docgen, lake, views
from flows.cli import main
from flows.progress import Progress
from tests.cases import CASES_DIR, load_cases
from transforms.schema import ALL_TABLES, CURATED_TABLES, LOG_TABLES

REPO = Path(__file__).resolve().parents[2]
REFERENCE = "000_4a013bf47e0abc10.txt"


@dataclass(frozen=True)
class Warehouse:
    """A tmp lake built by two real runs: the reference dump, then the dev dumps added."""

    root: Path
    first_run_overview: int  # article_overview rows after the first run

    @property
    def path(self) -> Path:
        return self.root / "lake.sqlite"

    @property
    def location(self) -> lake.LakeLocation:
        return lake.LakeLocation(f"sqlite:{self.path}", str(self.root / "curated"))

    @property
    def options(self) -> list[str]:
        return ["--raw", str(self.root / "raw"), "--catalog", str(self.path), "--data-path", str(self.root / "curated")]

    @property
    def analyst_options(self) -> list[str]:
        return ["--catalog", str(self.path), "--data-path", str(self.root / "curated")]  # readers: no --raw

    def sql(self, query: str) -> list[tuple[Any, ...]]:
        with contextlib.closing(lake.connect(self.location, read_only=True)) as con:
            return con.execute(query).fetchall()

    def count(self, table: str) -> int:
        return int(self.sql(f"SELECT count(*) FROM {table}")[0][0])


@pytest.fixture(scope="module")
def wh(prefect_harness: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Warehouse]:
    root = tmp_path_factory.mktemp("analyst")
    raw = root / "raw"
    raw.mkdir()
    shutil.copy(CASES_DIR / "dev" / REFERENCE, raw / REFERENCE)
    first = Warehouse(root, 0)
    assert main(["run", *first.options]) == 0
    overview = first.count("article_overview")
    # Second run: a new snapshot; the extra views must follow it without being re-created.
    for dump in sorted((CASES_DIR / "dev").glob("*.txt")):
        shutil.copy(dump, raw / dump.name)
    assert main(["run", *first.options]) == 0
    yield Warehouse(root, overview)


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    rc = main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


def assert_one_line_refusal(rc: int, err: str, *needles: str) -> None:
    assert rc != 0
    assert "Traceback" not in err
    assert err.startswith("newsetl: ") and err.count("\n") == 1, err
    for needle in needles:
        assert needle in err, err


# ---------------------------------------------------------------- docs in and about the database


def test_schema_md_is_generated_from_the_schema_module() -> None:
    assert (REPO / "docs" / "schema.md").read_text(encoding="utf-8") == docgen.render(), (
        "docs/schema.md is stale: run `python -m flows.docgen`"
    )


# The DuckDB name of each Arrow type the schema module uses, written out here (not taken from
# the generator) so docs/schema.md is checked against transforms/schema.py on its own.
DUCKDB_TYPE_OF_ARROW = {
    pa.string(): "VARCHAR",
    pa.int32(): "INTEGER",
    pa.int64(): "BIGINT",
    pa.float64(): "DOUBLE",
    pa.bool_(): "BOOLEAN",
    pa.date32(): "DATE",
    pa.timestamp("us", tz="UTC"): "TIMESTAMP WITH TIME ZONE",
    pa.list_(pa.string()): "VARCHAR[]",
}


def _cells(line: str) -> list[str]:
    """The cells of one Markdown table row, with backslash escapes undone (`\\|` is a pipe in a cell)."""
    cells, cell, chars = [], "", iter(line.strip().removeprefix("|"))
    for ch in chars:
        if ch == "\\":
            cell += next(chars, "")
        elif ch == "|":
            cells.append(cell.strip())
            cell = ""
        else:
            cell += ch
    return cells


def _documented_tables(markdown: str) -> dict[str, list[list[str]]]:
    """{### heading: its table's rows as cells}, header and separator rows left out."""
    tables: dict[str, list[list[str]]] = {}
    rows: list[list[str]] = []
    for line in markdown.splitlines():
        if line.startswith("### "):
            rows = tables.setdefault(line[4:].strip(), [])
        elif line.startswith("|") and not line.startswith(("| column |", "|---")):
            rows.append(_cells(line))
    return tables


def test_schema_md_documents_every_column_of_the_schema_module() -> None:
    """docs/schema.md as a reader sees it: every table, column, type, nullability and description."""
    documented = _documented_tables((REPO / "docs" / "schema.md").read_text(encoding="utf-8"))
    assert set(documented) == {t.name for t in ALL_TABLES} | set(views.EXTRA_VIEWS_BY_NAME)
    for table in ALL_TABLES:
        expected = []
        for c in table.columns:
            assert c.type in DUCKDB_TYPE_OF_ARROW, f"{table.name}.{c.name}: add the DuckDB name of {c.type}"
            expected.append([f"`{c.name}`", DUCKDB_TYPE_OF_ARROW[c.type], "yes" if c.nullable else "no", c.description])
        assert documented[table.name] == expected, table.name
    for name, columns in views.extra_view_columns().items():
        assert [row[0] for row in documented[name]] == [f"`{column}`" for column, _ in columns], name


def test_documented_types_are_the_warehouse_types(wh: Warehouse) -> None:
    with contextlib.closing(lake.connect(wh.location, read_only=True)) as real, views.scratch_catalog() as scratch:
        for name in [t.name for t in CURATED_TABLES + LOG_TABLES] + list(views.EXTRA_VIEWS_BY_NAME):
            in_lake = real.execute(
                "SELECT column_name, data_type FROM duckdb_columns() WHERE database_name = 'lake' "
                "AND table_name = ? ORDER BY column_index",
                [name],
            ).fetchall()
            assert in_lake == views.columns_of(scratch, name), name


def test_every_view_table_and_column_has_a_comment(wh: Warehouse) -> None:
    in_lake = "database_name = 'lake'"
    view_comments = dict(wh.sql(f"SELECT view_name, comment FROM duckdb_views() WHERE {in_lake}"))
    assert view_comments == {v.name: v.description for v in views.EXTRA_VIEWS}
    uncommented = wh.sql(
        f"SELECT table_name, column_name FROM duckdb_columns() WHERE {in_lake} AND comment IS NULL "
        "AND table_name IN (SELECT table_name FROM duckdb_tables() WHERE database_name = 'lake')"
    )
    assert uncommented == []
    tables = dict(wh.sql(f"SELECT table_name, comment FROM duckdb_tables() WHERE {in_lake}"))
    assert tables["article"] == CURATED_TABLES[0].description and tables["publish_token"]


def test_every_extra_view_column_is_described() -> None:
    for name, columns in views.extra_view_columns().items():
        for column, _ in columns:
            assert views.EXTRA_VIEWS_BY_NAME[name].column_description(column)


# ---------------------------------------------------------------- extra views


def test_extra_views_follow_the_snapshot_switch(wh: Warehouse) -> None:
    assert wh.first_run_overview == 1
    assert wh.count("article_overview") == wh.count("article") == 4
    counts = wh.sql("SELECT sum(caption_count), sum(related_headline_count) FROM article_overview")[0]
    assert counts == (wh.count("caption"), wh.count("related_headline"))
    assert wh.sql("SELECT sum(captions) FROM credits_by_agency")[0][0] == wh.count("caption")
    assert wh.sql("SELECT sum(articles) FROM sections_by_day")[0][0] == wh.count("article")
    assert wh.sql("SELECT count(*), count(*) FILTER (WHERE is_current) FROM run_history")[0] == (2, 1)
    # Views live in the lake: at the first run's snapshot they show the first run's rows.
    first = wh.sql("SELECT min(snapshot_id) FROM ingest_run")[0][0]
    with contextlib.closing(lake.connect(wh.location, read_only=True, as_of=str(first))) as con:
        assert con.execute("SELECT count(*) FROM article_overview").fetchall() == [(1,)]


def test_view_examples_are_in_the_analyst_guide() -> None:
    guide = (REPO / "docs" / "analyst.md").read_text(encoding="utf-8")
    for view in views.EXTRA_VIEWS:
        assert view.example in guide, f"docs/analyst.md lacks the example of {view.name}"


def _dev_truths() -> list[dict[str, Any]]:
    """Human truth of the dev dumps the `wh` fixture loaded, the accepted ones only."""
    truths = [case.truth for case in load_cases("dev")]
    assert len(truths) == 5
    return [t for t in truths if t["outcome"] == "ok"]


def _related(truth: dict[str, Any]) -> int:
    return len(truth["related"]["next_in"]) + len(truth["related"]["others_also_read"])


def test_view_examples_give_the_fixtures_values(wh: Warehouse) -> None:
    """Each documented example, run on the fixture, answers what the dev dumps' truth files say."""
    ok = _dev_truths()
    examples = {view.name: view.example for view in views.EXTRA_VIEWS}
    assert set(examples) == {"article_overview", "credits_by_agency", "sections_by_day", "run_history"}

    def by_value(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        return sorted(rows, key=repr)

    def day(truth: dict[str, Any]) -> date | None:
        return date.fromisoformat(truth["published_date"]) if truth["published_date"] else None

    overview = wh.sql(examples["article_overview"])
    expected = [(day(t), t["section"], t["title"], len(t["captions"]), _related(t)) for t in ok]
    assert by_value(overview) == by_value(expected)
    assert overview[0][0] == date(2025, 2, 19)  # newest first; the others have no date (nulls last)

    # Agency and photographer are split off the credit: for these three credits, read by hand.
    assert sorted([t["captions"][0]["credit"] for t in ok if t["captions"]], key=str) == [
        None,
        "REUTERS/Evelyn Hockstein/Pool",
        "Reuters",
    ]
    assert by_value(wh.sql(examples["credits_by_agency"])) == by_value(
        [("Reuters", "Evelyn Hockstein", 1, 1), ("Reuters", None, 1, 1), (None, None, 1, 1)]
    )

    words = [(day(t), t["section"], 1, sum(len(p.split()) for p in t["body_paragraphs"])) for t in ok]
    assert by_value(wh.sql(examples["sections_by_day"])) == by_value(words)

    # run 1: the reference dump alone; run 2: the other four dev dumps, one of them quarantined.
    reference = next(t for t in ok if t["file"] == REFERENCE)
    rest = [t for t in ok if t is not reference]
    history = wh.sql(examples["run_history"])
    # files_new of run 2 has its own test below.
    assert [(r[1], r[3], r[4], r[5], r[7]) for r in history] == [
        ("completed", len(rest), sum(len(t["captions"]) for t in rest), sum(_related(t) for t in rest), True),
        ("completed", 1, len(reference["captions"]), _related(reference), False),
    ]
    assert history[1][2] == 1  # files_new of run 1
    assert history[0][0] > history[1][0]  # started_at, newest first
    assert history[0][6] and history[1][6] and history[0][6] != history[1][6]  # each run its own snapshot


def test_files_new_counts_only_unseen_bytes(wh: Warehouse) -> None:
    # Run 2 copied all five dev dumps: the reference again (same bytes, new mtime) and four new ones.
    assert wh.sql("SELECT files_new FROM run_history ORDER BY started_at") == [(1,), (4,)]


# ---------------------------------------------------------------- export


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
@pytest.mark.parametrize("table", ["article", "caption", "related_headline", "article_overview", "ingest_run"])
def test_export_round_trips(
    wh: Warehouse, tmp_path: Path, capsys: pytest.CaptureFixture[str], table: str, fmt: str
) -> None:
    out = tmp_path / f"{table}.{fmt}"
    rc, stdout, err = cli(capsys, "export", "--table", table, "--format", fmt, "--out", str(out), *wh.analyst_options)
    assert (rc, err) == (0, "")
    reader = {"parquet": "read_parquet", "csv": "read_csv", "jsonl": "read_json"}[fmt]
    with duckdb.connect() as con:
        exported = con.execute(f"SELECT count(*) FROM {reader}('{out}')").fetchone()
    assert exported is not None and exported[0] == wh.count(table) > 0
    assert stdout.startswith(f"exported {wh.count(table)} row")
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left behind


def test_export_format_from_suffix_and_filters(
    wh: Warehouse, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dated = tmp_path / "dated.parquet"
    args = ["export", "--table", "article", "--out", str(dated), "--since", "2025-02-19", "--until", "2025-02-19"]
    assert cli(capsys, *args, *wh.analyst_options)[0] == 0
    expected = wh.sql("SELECT count(*) FROM article WHERE published_date = DATE '2025-02-19'")[0][0]
    with duckdb.connect() as con:
        assert con.execute(f"SELECT count(*) FROM '{dated}'").fetchone() == (expected,)
    world = tmp_path / "world.csv"
    assert (
        cli(
            capsys,
            "export",
            "--table",
            "related_headline",
            "--section",
            "World",
            "--out",
            str(world),
            *wh.analyst_options,
        )[0]
        == 0
    )
    expected = wh.sql(
        "SELECT count(*) FROM related_headline "
        "WHERE article_id IN (SELECT article_id FROM article WHERE section = 'World')"
    )[0][0]
    with duckdb.connect() as con:
        assert con.execute(f"SELECT count(*) FROM read_csv('{world}')").fetchone() == (expected,)
    assert expected and expected < wh.count("related_headline")


def test_export_refuses_to_overwrite_unless_forced(
    wh: Warehouse, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "caption.csv"
    out.write_text("keep me")
    rc, _, err = cli(capsys, "export", "--table", "caption", "--out", str(out), *wh.analyst_options)
    assert_one_line_refusal(rc, err, "already exists", "--force")
    assert out.read_text() == "keep me"
    assert cli(capsys, "export", "--table", "caption", "--out", str(out), "--force", *wh.analyst_options)[0] == 0
    assert out.read_text().startswith("article_id,")


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--table", "nope", "--format", "csv"], "unknown table 'nope'"),
        (["--table", "publish_token", "--format", "csv"], "unknown table"),
        (["--format", "csv"], "--table is required"),
        (["--table", "article", "--format", "xlsx"], "unknown --format 'xlsx'"),
        (["--table", "article", "--format", "csv", "--since", "19-02-2025"], "--since '19-02-2025' is not a date"),
        (["--table", "article", "--format", "csv", "--until", "2025-02-30"], "--until '2025-02-30' is not a date"),
        (["--table", "article", "--format", "csv", "--since", "2025-03-01", "--until", "2025-01-01"], "is after"),
        (["--table", "ingest_run", "--format", "csv", "--since", "2025-01-01"], "does not have"),
        (["--table", "credits_by_agency", "--format", "csv", "--until", "2025-01-01"], "does not have"),
        (["--table", "quarantine", "--format", "csv", "--section", "World"], "has no section"),
    ],
)
def test_export_bad_arguments_give_one_line(
    wh: Warehouse, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], needle: str
) -> None:
    out = tmp_path / "out.bin"
    rc, _, err = cli(capsys, "export", *args, "--out", str(out), *wh.analyst_options)
    assert_one_line_refusal(rc, err, needle)
    assert rc == 2
    assert not out.exists()


def test_export_without_format_or_known_suffix(
    wh: Warehouse, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc, _, err = cli(capsys, "export", "--table", "article", "--out", str(tmp_path / "a.xlsx"), *wh.analyst_options)
    assert_one_line_refusal(rc, err, "--format missing")


def test_commands_without_a_lake_give_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = ["--catalog", str(tmp_path / "none.sqlite")]
    for args in (
        ["status"],
        ["query", "SELECT 1"],
        ["export", "--table", "article", "--format", "csv", "--out", str(tmp_path / "a.csv")],
    ):
        rc, _, err = cli(capsys, *args, *missing)
        assert_one_line_refusal(rc, err, "no lake at", "newsetl run")
    assert not (tmp_path / "none.sqlite").exists()


# ---------------------------------------------------------------- query


def test_query_prints_a_table(wh: Warehouse, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = cli(
        capsys, "query", "SELECT section, count(*) AS n FROM article GROUP BY ALL ORDER BY n", *wh.analyst_options
    )
    assert (rc, err) == (0, "")
    assert "section" in out and "World" in out and "┌" in out


def test_query_shows_at_most_max_rows(wh: Warehouse, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = cli(capsys, "query", "SELECT headline FROM related_headline", "--max-rows", "3", *wh.analyst_options)
    assert rc == 0
    assert "first 3 rows shown" in out


def test_query_explain_of_a_select(wh: Warehouse, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = cli(capsys, "query", "-- plan\nEXPLAIN SELECT * FROM article", *wh.analyst_options)
    assert rc == 0 and "DUCKLAKE" in out.upper()


@pytest.mark.parametrize(
    "sql",
    [
        "DELETE FROM ingest_run",
        "DROP VIEW article",
        "CREATE TABLE t AS SELECT 1",
        "COPY (SELECT 1) TO '{out}'",
        "EXPLAIN ANALYZE COPY (SELECT 1) TO '{out}'",
        "/* sneaky */ explain analyse copy (select 1) to '{out}'",
        "EXPORT DATABASE '{out}'",
        "ATTACH '{out}' AS other",
        "SET threads = 1",
        "INSTALL httpfs",
        "SELECT 1; DELETE FROM ingest_run",
        "SELEC 1",
        "",
    ],
)
def test_query_refuses_anything_but_one_select(
    wh: Warehouse, tmp_path: Path, capsys: pytest.CaptureFixture[str], sql: str
) -> None:
    target = tmp_path / "written"
    rc, _, err = cli(capsys, "query", sql.format(out=target), *wh.analyst_options)
    assert_one_line_refusal(rc, err)
    assert rc == 2
    assert not target.exists()
    assert wh.count("ingest_run") == 2


def test_query_errors_are_one_line(wh: Warehouse, capsys: pytest.CaptureFixture[str]) -> None:
    rc, _, err = cli(capsys, "query", "SELECT * FROM no_such_table", *wh.analyst_options)
    assert_one_line_refusal(rc, err, "no_such_table")
    rc, _, err = cli(capsys, "query", "SELECT 1", "--max-rows", "0", *wh.analyst_options)
    assert_one_line_refusal(rc, err, "--max-rows")


def test_query_formats_for_scripts(wh: Warehouse, capsys: pytest.CaptureFixture[str]) -> None:
    sql = "SELECT article_id, title FROM article ORDER BY article_id"
    expected = wh.sql(sql)
    rc, out, err = cli(capsys, "query", sql, "--format", "csv", *wh.analyst_options)
    assert (rc, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == '"article_id","title"' and len(lines) == len(expected) + 1
    rc, out, _ = cli(capsys, "query", sql, "--format", "json", *wh.analyst_options)
    assert rc == 0 and [tuple(json.loads(line).values()) for line in out.splitlines()] == expected
    rc, _, err = cli(capsys, "query", sql, "--format", "xml", *wh.analyst_options)
    assert_one_line_refusal(rc, err, "--format")


def test_query_as_of_a_snapshot_travels_in_time(wh: Warehouse, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = (r[0] for r in wh.sql("SELECT snapshot_id FROM ingest_run ORDER BY started_at"))
    for snapshot, articles in ((first, 1), (second, 4)):
        rc, out, _ = cli(
            capsys,
            "query",
            "SELECT count(*) FROM article",
            "--format",
            "csv",
            "--as-of",
            str(snapshot),
            *wh.analyst_options,
        )
        assert rc == 0 and out.splitlines()[1] == str(articles)
    rc, _, err = cli(capsys, "query", "SELECT 1", "--as-of", "yesterday", *wh.analyst_options)
    assert_one_line_refusal(rc, err, "--as-of")


def test_status_quarantine_count_agrees_with_the_manifest_and_runs(
    wh: Warehouse, capsys: pytest.CaptureFixture[str]
) -> None:
    rc, out, _ = cli(capsys, "status", *wh.analyst_options)
    in_manifest = wh.sql("SELECT count(*) FROM ingest_file WHERE status = 'quarantined'")[0][0]
    in_runs = wh.sql("SELECT sum(quarantined) FROM ingest_run")[0][0]
    assert rc == 0 and f"quarantined dumps  {in_manifest}" in out and in_manifest == in_runs == 1


def test_check_read_only_uses_duckdb_statement_types() -> None:
    from flows.cli_analyst import check_read_only

    with duckdb.connect() as con:
        assert check_read_only(con, "FROM range(3)") == duckdb.StatementType.SELECT
        assert check_read_only(con, "DESCRIBE SELECT 1") == duckdb.StatementType.SELECT
        assert check_read_only(con, "WITH x AS (SELECT 1) SELECT * FROM x;") == duckdb.StatementType.SELECT
        assert check_read_only(con, "EXPLAIN ANALYZE SELECT 1") == duckdb.StatementType.EXPLAIN


# ---------------------------------------------------------------- status and docs


def test_status_prints_runs_counts_quarantine_and_sizes(wh: Warehouse, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = cli(capsys, "status", *wh.analyst_options)
    assert (rc, err) == (0, "")
    for table in ("article", "caption", "related_headline"):
        assert re.search(rf"^\s+{table}\s+{wh.count(table)}$", out, re.MULTILINE), out
    assert "last runs (2 of 2" in out
    assert len(re.findall(r"^\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\s+completed", out, re.MULTILINE)) == 2
    assert "quarantined dumps  1" in out and "no_headline" in out
    assert "rejected rows  0" in out
    assert f"lake       sqlite:{wh.path}" in out
    # Recent snapshots, newest first, with the run that committed each.
    with contextlib.closing(lake.connect(wh.location, read_only=True)) as con:
        snaps = lake.recent_snapshots(con, 5)
    assert (
        "recent snapshots" in out
        and f"run {wh.sql('SELECT run_id FROM ingest_run ORDER BY started_at DESC')[0][0]}" in out
    )
    assert re.search(rf"^\s+{snaps[0][0]}\s+\d{{4}}-", out, re.MULTILINE)
    rc, out, _ = cli(capsys, "status", "--runs", "1", *wh.analyst_options)
    assert rc == 0 and "last runs (1 of 2" in out
    rc, _, err = cli(capsys, "status", "--runs", "none", *wh.analyst_options)
    assert_one_line_refusal(rc, err, "--runs")


def test_status_tables_are_plain_text_with_numbers_aligned_right() -> None:
    from flows.cli_analyst import _table

    long = "x" * 300  # wider than any terminal: never wrapped
    lines = _table(("table", "rows", "note"), [("article", 5, None), ("related_headline", 1234, long)])
    assert lines == [
        "  table             rows  note",
        "  article              5  -",
        f"  related_headline  1234  {long}",
    ]
    assert not any("\x1b" in line for line in lines)


def test_docs_says_when_not_built_and_where(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    options = ["--catalog", str(tmp_path / "lake.sqlite")]
    rc, out, err = cli(capsys, "docs", *options)
    assert rc == 1 and out == ""
    assert "not built yet" in err and str(tmp_path / "docs" / "index.html") in err
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.html").write_text("<html></html>")
    rc, out, _ = cli(capsys, "docs", *options)
    assert rc == 0 and str(tmp_path / "docs" / "index.html") in out and "file://" in out


# ---------------------------------------------------------------- progress


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_progress_logs_plain_lines_at_most_every_interval(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("test.progress")
    clock = _Clock()
    with caplog.at_level(logging.INFO, logger="test.progress"):
        progress = Progress(10_000, logger, interval_s=5.0, stream=stdio.StringIO(), clock=clock)
        assert not progress.is_live
        for _ in range(10):  # ten batches of 1000 dumps, one second apart
            clock.now += 1.0
            progress.advance(1000)
        progress.close()
        progress.close()
    lines = [r.getMessage() for r in caplog.records]
    assert lines[0] == "parsed 5000/10000 dumps (50%), 1,000 dumps/s, ~5 s left"
    assert len(lines) == 2  # at 5 s, then the summary (at 10 s all are done: close() reports it)
    assert lines[-1] == "parsed 10000/10000 dumps in 10.0 s (1,000 dumps/s)"


def test_progress_of_a_small_slow_run_reads_right(caplog: pytest.LogCaptureFixture) -> None:
    clock = _Clock()
    with caplog.at_level(logging.INFO, logger="test.progress"):
        progress = Progress(1, logging.getLogger("test.progress"), stream=stdio.StringIO(), clock=clock)
        clock.now += 5.0
        progress.advance(1)
        progress.close()
    assert [r.getMessage() for r in caplog.records] == ["parsed 1/1 dump in 5.0 s (0.2 dumps/s)"]


def test_progress_draws_a_bar_on_a_terminal(caplog: pytest.LogCaptureFixture) -> None:
    class Terminal(stdio.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    with (
        caplog.at_level(logging.INFO, logger="test.progress"),
        Progress(4, logging.getLogger("test.progress"), stream=screen) as p,
    ):
        assert p.is_live
        p.advance(2)
        p.advance(2)
    assert "4/4" in screen.getvalue() and "dumps/s" in screen.getvalue()
    assert [r.getMessage() for r in caplog.records][-1].startswith("parsed 4/4 dumps in")
