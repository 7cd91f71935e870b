"""flows.io pieces a no-op rerun and a large load rely on, without Prefect."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
import pytest
from prefect.utilities.collections import visit_collection

from flows import discovery, io
from flows.tasks import BatchGroup, BatchJob
from transforms.plan import RawFile
from transforms.schema import INGEST_FILE


def _manifest_row(path: str, size: int, mtime: int, sha: str = "s") -> dict[str, object]:
    return {
        "source_file": path,
        "source_sha256": sha,
        "size_bytes": size,
        "mtime_ns": mtime,
        "first_run_id": "run0",
        "status": "loaded",
        "article_id": "a" * 16,
    }


def test_changed_files_are_new_or_restatted_paths_with_their_manifest_rows() -> None:
    listing = pa.table(
        {
            "source_file": ["same.txt", "grown.txt", "touched.txt", "new.txt"],
            "size_bytes": [10, 11, 12, 13],
            "mtime_ns": [100, 100, 999, 100],
        },
        schema=discovery.LISTING_SCHEMA,
    )
    manifest = pa.Table.from_pylist(
        [
            _manifest_row("same.txt", 10, 100),
            _manifest_row("grown.txt", 10, 100),
            _manifest_row("touched.txt", 12, 100),
            _manifest_row("gone.txt", 1, 1),
        ],
        schema=INGEST_FILE.arrow_schema,
    )
    with duckdb.connect() as con:
        io.ensure_catalog(con)
        con.register("m", manifest)
        con.execute(f"INSERT INTO {INGEST_FILE.name} BY NAME SELECT * FROM m")
        changed, seen = io.changed_files(con, listing)
        full, none_seen = io.changed_files(con, listing, full_refresh=True)
    assert [f.source_file for f in changed] == ["grown.txt", "new.txt", "touched.txt"]
    assert changed[0] == RawFile("grown.txt", 11, 100)
    # The manifest's view of those paths (what the batch compares hashes with), not the listing's.
    known = [(s.source_file, s.size_bytes, s.mtime_ns) for s in seen]
    assert known == [("grown.txt", 10, 100), ("touched.txt", 12, 100)]
    assert len(full) == 4 and none_seen == []


def test_catalog_gains_new_columns_and_counts_fall_back_to_the_views(tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        # A catalog written before the snapshot row counts existed.
        con.execute(
            "CREATE TABLE snapshot (snapshot_id VARCHAR NOT NULL, run_id VARCHAR NOT NULL, "
            "published_at TIMESTAMPTZ NOT NULL, curated_dir VARCHAR NOT NULL)"
        )
        con.execute("INSERT INTO snapshot VALUES ('s1', 'r1', now(), '/nowhere')")
        for name in ("article", "caption", "related_headline"):
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM range(3)")
        io.ensure_catalog(con)
        io.ensure_catalog(con)  # idempotent
        columns = [r[0] for r in con.execute("DESCRIBE snapshot").fetchall()]
        assert columns[-3:] == ["article_rows", "caption_rows", "related_headline_rows"]
        assert io.table_counts(con) == {"article": 3, "caption": 3, "related_headline": 3}  # counted
        con.execute("UPDATE snapshot SET article_rows = 7, caption_rows = 8, related_headline_rows = 9")
        assert io.table_counts(con) == {"article": 7, "caption": 8, "related_headline": 9}  # recorded


def test_batch_group_is_one_opaque_argument_for_prefect() -> None:
    jobs = [BatchJob(n, tuple(RawFile(f"{n}-{i}.txt", 1, 1) for i in range(1000)), (), {}) for n in range(3)]
    group = BatchGroup(jobs)
    visited: list[object] = []
    visit_collection(group, lambda x: visited.append(x), return_data=False)
    assert visited == [group]  # not 3,000 file entries
    assert len(group) == 3 and group.size == 3000


def test_settings_keep_urls_and_resolve_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from flows.settings import Settings

    monkeypatch.chdir(tmp_path)
    assert Settings(raw_dir="s3://bucket/raw").resolved().raw_dir == "s3://bucket/raw"  # type: ignore[call-arg]
    assert Settings(raw_dir="dumps").resolved().raw_dir == str(tmp_path / "dumps")  # type: ignore[call-arg]
