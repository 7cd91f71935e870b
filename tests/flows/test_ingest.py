"""End to end: `newsetl run` on tmp_path copies of raw dumps, checked through DuckDB."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from flows import io
from tests.cases import CASES_DIR
from tests.flows.lake import REFERENCE, REPO, Lake

pytestmark = pytest.mark.usefixtures("prefect_harness")


@pytest.fixture
def lake(tmp_path: Path) -> Iterator[Lake]:
    lake = Lake(tmp_path / "data")
    lake.raw.mkdir(parents=True)
    shutil.copy(REPO / "data" / "raw" / REFERENCE, lake.raw / REFERENCE)
    yield lake


def test_reference_dump_end_to_end(lake: Lake, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert lake.run() == 0
    out = capsys.readouterr().out
    assert "completed" in out and "articles" in out and "quarantined" in out

    # Views hold absolute paths: they work from any working directory.
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
    # Hive partitions by publication date, zstd Parquet.
    files = list((lake.curated / "article").rglob("*.parquet"))
    assert [f.parent.name for f in files] == ["published_date=2025-02-19"]
    with duckdb.connect() as con:
        codecs = con.execute(f"SELECT DISTINCT compression FROM parquet_metadata('{files[0]}')").fetchall()
    assert codecs == [("ZSTD",)]


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


def test_noop_rerun_changes_no_parquet_file(lake: Lake) -> None:
    assert lake.run() == 0
    before = lake.parquet_files()
    assert lake.run() == 0
    assert lake.parquet_files() == before
    assert lake.sql("SELECT status FROM ingest_run ORDER BY started_at") == [("completed",), ("noop",)]
    # Touching a file without changing its bytes parses nothing either.
    os.utime(lake.raw / REFERENCE, None)
    assert lake.run() == 0
    assert lake.parquet_files() == before


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


def test_failure_between_write_and_switch_keeps_previous_snapshot(lake: Lake, monkeypatch: pytest.MonkeyPatch) -> None:
    assert lake.run() == 0
    before = lake.tables()
    path = lake.raw / REFERENCE
    path.write_text(path.read_text().replace("Frances Kerry", "Someone Else"))

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError("disk unplugged between write and switch")

    with monkeypatch.context() as m:
        m.setattr(io, "publish", boom)
        assert lake.run() != 0
    assert lake.tables() == before
    assert lake.sql("SELECT status FROM ingest_run ORDER BY started_at") == [("completed",), ("failed",)]
    # The next run completes and sees the change.
    assert lake.run() == 0
    assert lake.sql("SELECT editors FROM article") == [(["Someone Else"],)]


def test_second_concurrent_run_exits_with_a_clear_message(lake: Lake, capsys: pytest.CaptureFixture[str]) -> None:
    with io.run_lock(lake.curated):
        assert lake.run() != 0
    assert "another newsetl run holds" in capsys.readouterr().err
    assert lake.run() == 0


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
        assert lake.sql("SELECT status FROM ingest_run ORDER BY started_at") == [("completed",), ("noop",)]
    finally:
        bucket.rm(f"/bucket-{tmp_path.name}", recursive=True)


def main_run(lake: Lake, raw: str) -> int:
    from flows.cli import main

    return main(["run", "--raw", raw, "--curated", str(lake.curated), "--warehouse", str(lake.warehouse)])
