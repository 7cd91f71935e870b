"""End to end: `newsetl run` on tmp_path copies of raw dumps, checked through the lake attached read-only."""

from __future__ import annotations

import logging
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from flows import lake as lakes
from tests.cases import CASES_DIR
from tests.flows.lake import REFERENCE, REPO, Lake
from transforms import schema

pytestmark = pytest.mark.usefixtures("prefect_harness")


@pytest.fixture
def lake(tmp_path: Path) -> Iterator[Lake]:
    lake = Lake(tmp_path / "data")
    lake.raw.mkdir(parents=True)
    shutil.copy(REPO / "data" / "raw" / REFERENCE, lake.raw / REFERENCE)
    yield lake


class _Lines(logging.Handler):
    """Messages of one logger, kept on the logger itself (Prefect's first set-up replaces the root's handlers)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def test_reference_dump_end_to_end(
    lake: Lake, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows import ingest

    run_log, logged = logging.getLogger("test.run"), _Lines()
    run_log.setLevel(logging.INFO)
    run_log.addHandler(logged)
    monkeypatch.setattr(ingest, "get_run_logger", lambda: run_log)  # the flow's run log, read back
    try:
        assert lake.run() == 0
    finally:
        run_log.removeHandler(logged)
    out = capsys.readouterr().out
    assert "completed" in out and "articles" in out and "quarantined" in out
    # One of each: the run log counts them in the singular.
    assert any(m.startswith("1 file under ") for m in logged.lines), logged.lines
    assert any(": 1 article, 1 caption, 10 related headlines, 0 quarantined" in m for m in logged.lines), logged.lines

    # The catalog holds absolute data paths: the lake answers from any working directory.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    cwd = os.getcwd()
    os.chdir(elsewhere)
    try:
        assert lake.sql("SELECT count(*) FROM article") == [(1,)]
        assert lake.sql("SELECT count(*) FROM caption") == [(1,)]
        assert lake.sql("SELECT count(*) FROM related_headline") == [(10,)]
    finally:
        os.chdir(cwd)

    row = lake.sql(
        "SELECT title, section, published_date::VARCHAR, dateline, agency, reporters, editors, paragraph_count, "
        "source_file, length(article_id) FROM article"
    )[0]
    assert row == (
        "US, Russia agree to restore diplomatic missions as first step in Ukraine war talks",
        "World",
        "2025-02-19",
        "RIYADH/WASHINGTON",
        "Reuters",
        ["Humeyra Pamuk", "Simon Lewis"],
        ["Frances Kerry"],
        11,
        REFERENCE,
        16,
    )
    assert lake.sql("SELECT credit, credit_agency, photographer, is_pool, is_handout FROM caption") == [
        ("REUTERS/Evelyn Hockstein/Pool", "Reuters", "Evelyn Hockstein", True, False)
    ]
    assert lake.sql("SELECT DISTINCT list, list_title FROM related_headline") == [("next_in", "Next In World")]
    assert lake.sql("SELECT status, articles, captions, related_headlines FROM ingest_run") == [("completed", 1, 1, 10)]
    # Partitioned by publication date (year, month) in the lake's catalog.
    keys = lake.sql(
        "SELECT t.table_name, c.partition_key_index, c.transform "
        "FROM __ducklake_metadata_lake.ducklake_partition_column c "
        "JOIN __ducklake_metadata_lake.ducklake_partition_info p USING (partition_id) "
        "JOIN __ducklake_metadata_lake.ducklake_table t ON t.table_id = p.table_id AND t.end_snapshot IS NULL "
        "WHERE t.table_name = 'article' ORDER BY 2"
    )
    assert keys == [("article", 0, "year"), ("article", 1, "month")]
    # Every table and column documented in the lake, from the schema module.
    comments = dict(
        ((r[0], r[1]), r[2])
        for r in lake.sql("SELECT table_name, column_name, comment FROM duckdb_columns() WHERE database_name = 'lake'")
    )
    for table in schema.ALL_TABLES:
        for column in table.columns:
            assert comments[(table.name, column.name)] == column.description


def test_good_and_bad_dumps_lose_nothing(lake: Lake, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSETL_MAX_DUMP_BYTES", "5000")
    for dump in (CASES_DIR / "dev").glob("*.txt"):
        shutil.copy(dump, lake.raw / dump.name)
    (lake.raw / "empty.txt").write_bytes(b"")
    (lake.raw / "junk.bin").write_bytes(bytes(range(256)) * 8)
    (lake.raw / "huge.txt").write_bytes(b"Headline\n\n" + b"word " * 2000)
    assert lake.run() == 0
    assert lake.sql("SELECT count(*) FROM article") == [(4,)]
    reasons = dict(lake.sql("SELECT source_file, reason_code FROM quarantine"))
    assert reasons == {
        "empty.txt": "empty_file",
        "junk.bin": "binary_content",
        "huge.txt": "too_large",
        "crafted_no_headline_body_first.txt": "no_headline",
    }
    for source_file, kept_as, detail in lake.sql("SELECT source_file, kept_as, detail FROM quarantine"):
        kept, raw = Path(str(kept_as)).read_bytes(), (lake.raw / str(source_file)).read_bytes()
        if source_file == "huge.txt":
            # Oversize: a bounded prefix is kept (never more than was read: the limit + 1 byte).
            assert str(kept_as).endswith(".head") and raw.startswith(kept) and 0 < len(kept) <= 5001
        else:
            assert kept == raw
        assert len(str(detail)) > 20
    statuses = dict(lake.sql("SELECT status, count(*) FROM ingest_file GROUP BY 1"))
    assert statuses == {"loaded": 4, "quarantined": 4}


def test_noop_rerun_commits_nothing_and_changes_no_file(lake: Lake, capsys: pytest.CaptureFixture[str]) -> None:
    for dump in (CASES_DIR / "dev").glob("*.txt"):
        shutil.copy(dump, lake.raw / dump.name)
    assert lake.run() == 0
    before, snapshots = lake.parquet_files(), lake.snapshot_ids()
    catalog = lake.catalog.stat().st_mtime_ns, lake.catalog.read_bytes()
    capsys.readouterr()
    assert lake.run() == 0
    # The summary names what stays current: the snapshot and the Data Docs that exist.
    out = capsys.readouterr().out
    assert f"  snapshot             {snapshots[-1]} (unchanged: nothing committed)\n" in out, out
    assert f"  data docs            {(lake.root / 'docs' / 'index.html').resolve()} (unchanged)\n" in out, out
    assert lake.parquet_files() == before
    assert lake.snapshot_ids() == snapshots  # no commit at all
    assert (lake.catalog.stat().st_mtime_ns, lake.catalog.read_bytes()) == catalog
    assert lake.sql("SELECT status FROM ingest_run ORDER BY started_at") == [("completed",)]
    # Touching a file without changing its bytes parses nothing either (its new mtime is recorded).
    os.utime(lake.raw / REFERENCE, None)
    assert lake.run() == 0

    def curated(files: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
        return {k: v for k, v in files.items() if k.split("/")[1] in ("article", "caption", "related_headline")}

    assert curated(lake.parquet_files()) == curated(before)
    assert lake.sql("SELECT sum(articles) FROM ingest_run") == [(4,)]


def test_rescrape_replaces_the_article(lake: Lake) -> None:
    assert lake.run() == 0
    path = lake.raw / REFERENCE
    path.write_text(path.read_text().replace("Frances Kerry", "Someone Else"))
    assert lake.run() == 0
    assert lake.sql("SELECT count(*), any_value(editors) FROM article") == [(1, ["Someone Else"])]
    assert lake.sql("SELECT count(*) FROM caption") == [(1,)]
    assert lake.sql("SELECT count(*) FROM related_headline") == [(10,)]


def test_newer_folder_wins_and_older_copy_is_a_duplicate(lake: Lake) -> None:
    (lake.raw / "2025-02-20").mkdir()
    newer = lake.raw / "2025-02-20" / REFERENCE
    newer.write_text((lake.raw / REFERENCE).read_text().replace("Frances Kerry", "Newer Editor"))
    assert lake.run() == 0
    assert lake.sql("SELECT source_file, editors FROM article") == [(f"2025-02-20/{REFERENCE}", ["Newer Editor"])]
    assert dict(lake.sql("SELECT source_file, status FROM ingest_file")) == {
        REFERENCE: "duplicate",
        f"2025-02-20/{REFERENCE}": "loaded",
    }


def test_an_older_path_arriving_in_a_later_run_does_not_win(lake: Lake) -> None:
    # Run 1 loads the re-scrape in a dated folder; run 2 brings the older scrape's folder: it loses.
    text = (lake.raw / REFERENCE).read_text()
    (lake.raw / REFERENCE).unlink()
    (lake.raw / "2025-02-20").mkdir()
    (lake.raw / "2025-02-20" / REFERENCE).write_text(text.replace("Frances Kerry", "Newer Editor"))
    assert lake.run() == 0
    (lake.raw / "2025-02-19").mkdir()
    (lake.raw / "2025-02-19" / REFERENCE).write_text(text.replace("Frances Kerry", "Older Editor"))
    assert lake.run() == 0
    assert lake.sql("SELECT source_file, editors FROM article") == [(f"2025-02-20/{REFERENCE}", ["Newer Editor"])]
    assert dict(lake.sql("SELECT source_file, status FROM ingest_file")) == {
        f"2025-02-19/{REFERENCE}": "duplicate",
        f"2025-02-20/{REFERENCE}": "loaded",
    }


def test_failure_between_write_and_switch_keeps_previous_snapshot(lake: Lake, monkeypatch: pytest.MonkeyPatch) -> None:
    assert lake.run() == 0
    before = lake.tables()
    path = lake.raw / REFERENCE
    path.write_text(path.read_text().replace("Frances Kerry", "Someone Else"))

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError("disk unplugged between write and switch")

    with monkeypatch.context() as m:
        m.setattr(lakes, "publish", boom)
        assert lake.run() != 0
    assert lake.tables() == before
    assert lake.sql("SELECT status FROM ingest_run ORDER BY started_at") == [("completed",), ("failed",)]
    # The next run completes and sees the change.
    assert lake.run() == 0
    assert lake.sql("SELECT editors FROM article") == [(["Someone Else"],)]


def test_second_concurrent_run_exits_with_a_clear_message(lake: Lake, capsys: pytest.CaptureFixture[str]) -> None:
    # The lock guards the lake (its catalog), whatever data path or raw folder the other run uses.
    with lakes.run_lock(lakes.LakeLocation(f"sqlite:{lake.catalog}", "/elsewhere")):
        assert lake.run() != 0
    err = capsys.readouterr().err
    last = err.strip().splitlines()[-1]
    assert last.startswith("newsetl run failed") and "another newsetl run holds the lake" in last
    assert lake.run() == 0


def test_second_run_waits_for_the_lock_with_a_timeout(lake: Lake, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    monkeypatch.setenv("NEWSETL_LOCK_TIMEOUT_S", "60")
    held = lakes.run_lock(lake.location)
    held.__enter__()
    timer = threading.Timer(1.5, held.__exit__, (None, None, None))
    timer.start()
    try:
        assert lake.run() == 0  # waited for the holder instead of failing
    finally:
        timer.join()
    assert lake.sql("SELECT count(*) FROM article") == [(1,)]


def test_identical_bytes_under_another_name_add_no_row(lake: Lake, capsys: pytest.CaptureFixture[str]) -> None:
    assert lake.run() == 0
    shutil.copy(lake.raw / REFERENCE, lake.raw / "copy-of-the-same-page.txt")
    (lake.raw / "2025").mkdir()
    shutil.copy(lake.raw / REFERENCE, lake.raw / "2025" / "another-copy.txt")
    capsys.readouterr()
    assert lake.run() == 0
    assert re.search(r"files seen\s+3\s+new or changed 0\n", capsys.readouterr().out)
    assert lake.sql("SELECT count(*), any_value(source_file) FROM article") == [(1, REFERENCE)]
    assert lake.sql("SELECT count(*) FROM caption") == [(1,)]
    first_id = lake.sql("SELECT article_id FROM article")[0][0]
    assert sorted(lake.sql("SELECT source_file, status, article_id FROM ingest_file")) == [
        (REFERENCE, "loaded", first_id),
        ("2025/another-copy.txt", "duplicate", first_id),
        ("copy-of-the-same-page.txt", "duplicate", first_id),
    ]
    # The copies' bytes were seen: they are not new files (ingest_run.files_new).
    assert lake.sql("SELECT duplicates, files_new FROM ingest_run ORDER BY started_at") == [(0, 1), (2, 0)]


def test_parser_upgrade_reparses_old_articles_and_changes_nothing_else(
    lake: Lake, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows import tasks

    for dump in (CASES_DIR / "dev").glob("*.txt"):
        shutil.copy(dump, lake.raw / dump.name)
    assert lake.run() == 0
    before = lake.tables()
    untouched = lake.sql("SELECT article_id, run_id FROM article ORDER BY 1")
    # An older parser loaded one of them: its manifest row says so.
    old_id = untouched[0][0]
    old_file = lake.sql(f"SELECT source_file FROM article WHERE article_id = '{old_id}'")[0][0]
    with __import__("contextlib").closing(lakes.connect(lake.location)) as con:
        con.execute("UPDATE ingest_file SET parser_version = '0.9.0' WHERE source_file = ?", [old_file])
    assert lake.run() == 0
    after = lake.sql("SELECT article_id, run_id FROM article ORDER BY 1")
    changed = [a for a, b in zip(untouched, after, strict=True) if a != b]
    assert [row[0] for row in changed] == [old_id]  # only that article was re-parsed and replaced
    assert lake.tables() == before  # same parser: the same rows
    assert lake.sql("SELECT reparsed, articles, files_new FROM ingest_run ORDER BY started_at") == [
        (0, 4, 5),
        (1, 1, 0),
    ]
    assert lake.sql(f"SELECT parser_version FROM ingest_file WHERE source_file = '{old_file}'") == [
        (schema.PARSER_VERSION,)
    ]
    # A new parser version: every parsed dump (quarantined ones too) is read again from its bytes.
    monkeypatch.setattr(schema, "PARSER_VERSION", "99.0.0")
    monkeypatch.setattr(tasks, "PARSER_VERSION", "99.0.0")
    monkeypatch.setattr(__import__("flows.ingest").ingest, "PARSER_VERSION", "99.0.0")
    monkeypatch.setattr(__import__("transforms.tables").tables, "PARSER_VERSION", "99.0.0")
    assert lake.run() == 0
    assert lake.sql("SELECT reparsed FROM ingest_run ORDER BY started_at DESC LIMIT 1") == [(5,)]
    assert lake.sql("SELECT DISTINCT parser_version FROM ingest_file") == [("99.0.0",)]
    assert lake.sql("SELECT DISTINCT parser_version FROM article") == [("99.0.0",)]
    assert lake.sql("SELECT count(*) FROM article") == [(4,)]
    # --reparse forces it without a version change; a plain rerun then is a no-op.
    assert lake.run("--reparse") == 0
    assert lake.sql("SELECT reparsed FROM ingest_run ORDER BY started_at DESC LIMIT 1") == [(5,)]
    runs = lake.sql("SELECT count(*) FROM ingest_run")
    assert lake.run() == 0
    assert lake.sql("SELECT count(*) FROM ingest_run") == runs


def test_full_refresh_equals_incremental(lake: Lake) -> None:
    dumps = sorted((CASES_DIR / "dev").glob("*.txt"))
    for dump in dumps[:2]:
        shutil.copy(dump, lake.raw / dump.name)
    assert lake.run() == 0
    for dump in dumps[2:]:
        shutil.copy(dump, lake.raw / dump.name)
    assert lake.run() == 0
    incremental = lake.tables()
    assert lake.run("--full-refresh") == 0
    assert lake.tables() == incremental
    assert lake.sql("SELECT count(*) FROM article") == [(4,)]


def test_raw_dumps_from_a_bucket_url(tmp_path: Path) -> None:
    import fsspec

    # fsspec's in-memory filesystem stands in for s3:// or gs:// (no network here); the run reads
    # listing, sizes and bytes through the URL, as it would from a bucket.
    bucket = fsspec.filesystem("memory")
    bucket.pipe(f"/bucket-{tmp_path.name}/raw/2025/{REFERENCE}", (REPO / "data" / "raw" / REFERENCE).read_bytes())
    bucket.pipe(f"/bucket-{tmp_path.name}/raw/2025/empty.txt", b"")
    lake = Lake(tmp_path / "data")
    try:
        assert main_run(lake, f"memory://bucket-{tmp_path.name}/raw") == 0
        assert lake.sql("SELECT source_file FROM article") == [(f"2025/{REFERENCE}",)]
        assert lake.sql("SELECT source_file, reason_code FROM quarantine") == [("2025/empty.txt", "empty_file")]
        assert main_run(lake, f"memory://bucket-{tmp_path.name}/raw") == 0  # no-op: nothing re-read
        assert lake.sql("SELECT status FROM ingest_run ORDER BY started_at") == [("completed",)]
    finally:
        bucket.rm(f"/bucket-{tmp_path.name}", recursive=True)


def main_run(lake: Lake, raw: str) -> int:
    from flows.cli import main

    return main(["run", "--raw", raw, "--catalog", str(lake.catalog), "--data-path", str(lake.curated)])
