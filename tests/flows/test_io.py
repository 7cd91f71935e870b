"""flows.discovery and flows.lake pieces a no-op rerun and a large load rely on, without Prefect."""

from __future__ import annotations

import contextlib
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest
from prefect.utilities.collections import visit_collection

from flows import discovery, lake
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
        "parser_version": "1.0.0",
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
        con.execute(lake.ddl(INGEST_FILE))
        con.register("m", manifest)
        con.execute(f"INSERT INTO {INGEST_FILE.name} BY NAME SELECT * FROM m")
        changed, seen = lake.changed_files(con, listing, parser_version="1.0.0")
        full, none_seen = lake.changed_files(con, listing, full_refresh=True)
        # Another parser version: the unchanged file is work again; --reparse: every parsed file.
        newer, _ = lake.changed_files(con, listing, parser_version="2.0.0")
        forced, _ = lake.changed_files(con, listing, parser_version="1.0.0", reparse=True)
    assert [f.source_file for f in changed] == ["grown.txt", "new.txt", "touched.txt"]
    assert changed[0] == RawFile("grown.txt", 11, 100)
    # The manifest's view of those paths (what the batch compares hashes with), not the listing's.
    known = [(s.source_file, s.size_bytes, s.mtime_ns) for s in seen]
    assert known == [("grown.txt", 10, 100), ("touched.txt", 12, 100)]
    assert len(full) == 4 and none_seen == []
    assert [f.source_file for f in newer] == ["grown.txt", "new.txt", "same.txt", "touched.txt"]
    assert [f.source_file for f in forced] == ["grown.txt", "new.txt", "same.txt", "touched.txt"]


def test_lake_gains_new_columns_and_a_current_lake_commits_nothing(tmp_path: Path) -> None:
    location = lake.LakeLocation(f"sqlite:{tmp_path / 'lake.sqlite'}", str(tmp_path / "files"))
    with contextlib.closing(lake.connect(location)) as con:
        # A lake written before ingest_file.parser_version existed.
        con.execute("CREATE TABLE ingest_file (source_file VARCHAR NOT NULL)")
        con.execute("INSERT INTO ingest_file VALUES ('old.txt')")
        lake.ensure_schema(con)
        columns = [r[0] for r in con.execute("DESCRIBE ingest_file").fetchall()]
        assert sorted(columns) == sorted(INGEST_FILE.column_names)
        assert con.execute("SELECT parser_version FROM ingest_file").fetchall() == [(None,)]
        assert lake.schema_statements(con) == []
        snapshots = lake.recent_snapshots(con, 100)
        lake.ensure_schema(con)  # idempotent: no new snapshot
        assert lake.recent_snapshots(con, 100) == snapshots
        assert lake.table_counts(con) == {"article": 0, "caption": 0, "related_headline": 0}


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
    # The lake: a plain catalog path is a SQLite file; postgres: and s3:// are kept as written.
    local = Settings(catalog="cat.sqlite", data_path="files").resolved()  # type: ignore[call-arg]
    assert (local.catalog, local.data_path) == (f"sqlite:{tmp_path / 'cat.sqlite'}", str(tmp_path / "files"))
    assert local.quarantine_path == tmp_path / "quarantine" and local.staging_path == tmp_path / "staging"
    remote = Settings(catalog="postgres:dbname=lake host=db password=x", data_path="s3://b/p").resolved()  # type: ignore[call-arg]
    assert (remote.catalog, remote.data_path) == ("postgres:dbname=lake host=db password=x", "s3://b/p")
    assert "password" not in lake.LakeLocation.of(remote).describe()


def test_two_lakes_cannot_share_a_data_folder(tmp_path: Path) -> None:
    # Upkeep deletes the files its catalog does not reference: a second lake's would be lost.
    first = lake.LakeLocation(f"sqlite:{tmp_path / 'a.sqlite'}", str(tmp_path / "files"))
    second = lake.LakeLocation(f"sqlite:{tmp_path / 'b.sqlite'}", str(tmp_path / "files"))
    lake.connect(first).close()
    with pytest.raises(lake.PublishError, match="another lake"):
        lake.connect(second)
    lake.connect(first).close()  # its owner reconnects
