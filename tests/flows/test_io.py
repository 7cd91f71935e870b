"""flows.discovery and flows.lake pieces a no-op rerun and a large load rely on, without Prefect."""

from __future__ import annotations

import contextlib
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from prefect.utilities.collections import visit_collection

from flows import discovery, lake
from flows.tasks import BatchGroup, BatchJob
from transforms.plan import RawFile, SeenFile, plan_run
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


def _plan(tmp_path: Path, listing: pa.Table, manifest: pa.Table, **options: object) -> tuple[lake.PlanStats, Path]:
    listing_file, plan_file = tmp_path / "listing.parquet", tmp_path / f"plan-{len(list(tmp_path.iterdir()))}.parquet"
    pq.write_table(listing, listing_file)
    with duckdb.connect() as con:
        con.execute(lake.ddl(INGEST_FILE))
        con.register("m", manifest)
        con.execute(f"INSERT INTO {INGEST_FILE.name} BY NAME SELECT * FROM m")
        stats = lake.plan_files(con, listing_file, plan_file, **options)  # type: ignore[arg-type]
    return stats, plan_file


@pytest.mark.parametrize(
    "options",
    [
        {"parser_version": "1.0.0"},
        {"full_refresh": True},
        {"parser_version": "2.0.0"},  # another parser: unchanged parsed files are work again
        {"parser_version": "1.0.0", "reparse": True},  # every parsed file
        {},
    ],
)
def test_the_plan_on_disk_is_plan_run_computed_in_duckdb(tmp_path: Path, options: dict[str, object]) -> None:
    paths = ["same.txt", "grown.txt", "touched.txt", "new.txt", "a/page.txt", "b/Page.txt", "c/page.htm", "dup.txt"]
    listing = pa.table(
        {
            "source_file": paths,
            "size_bytes": [10, 11, 12, 13, 5, 6, 7, 8],
            "mtime_ns": [100, 100, 999, 100, 1, 2, 3, 4],
        },
        schema=discovery.LISTING_SCHEMA,
    )
    rows = [
        _manifest_row("same.txt", 10, 100),
        _manifest_row("grown.txt", 10, 100),
        _manifest_row("touched.txt", 12, 100),
        _manifest_row("gone.txt", 1, 1),
        _manifest_row("dup.txt", 8, 4) | {"status": "duplicate"},
        _manifest_row("a/page.txt", 1, 1),
    ]
    manifest = pa.Table.from_pylist(rows, schema=INGEST_FILE.arrow_schema)
    stats, plan_file = _plan(tmp_path, listing, manifest, **options)

    seen = [SeenFile(**{k: r[k] for k in SeenFile._fields}) for r in manifest.to_pylist()]  # type: ignore[arg-type]
    expected = plan_run(discovery.raw_files(listing), seen, **options)  # type: ignore[arg-type]
    parse, hash_only, known = lake.read_plan_rows(plan_file, 0, stats.changed)
    assert parse == list(expected.to_read)
    assert sorted(hash_only) == sorted(expected.superseded)
    assert (stats.listed, stats.to_read, stats.superseded) == (8, len(expected.to_read), len(expected.superseded))
    assert stats.changed == 8 - len(expected.unchanged)
    # The manifest's view of the paths to parse (what the batch compares hashes with), not the listing's.
    by_path = {s.source_file: s for s in seen} if not options.get("full_refresh") else {}
    assert known == {f.source_file: by_path[f.source_file] for f in parse if f.source_file in by_path}
    # Any row range reads exactly those rows, in plan order.
    some_parse, some_hashed, _ = lake.read_plan_rows(plan_file, 1, 5)
    assert some_parse + some_hashed == (parse + hash_only)[1:5]


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


def _active_files(con: duckdb.DuckDBPyConnection) -> int:
    meta = f"__ducklake_metadata_{lake.ALIAS}"
    return int(
        con.execute(f"SELECT count(*) FROM {meta}.ducklake_data_file WHERE end_snapshot IS NULL").fetchall()[0][0]
    )


def _small_commits(con: duckdb.DuckDBPyConnection, n: int) -> list[int]:
    """n commits of 50 rows each into one partition: n data files; the snapshot id after each."""
    con.execute("CREATE TABLE IF NOT EXISTS t (d DATE, x BIGINT)")
    con.execute("ALTER TABLE t SET PARTITIONED BY (year(d), month(d))")
    snapshots = []
    for i in range(n):
        con.execute(f"INSERT INTO t SELECT DATE '2024-03-01', range FROM range({i * 50}, {(i + 1) * 50})")
        snapshots.append(int(con.execute(f"SELECT id FROM {lake.ALIAS}.current_snapshot()").fetchall()[0][0]))
    return snapshots


def test_run_upkeep_merges_small_files_only_when_due_and_keeps_snapshots_in_retention(tmp_path: Path) -> None:
    location = lake.LakeLocation(f"sqlite:{tmp_path / 'lake.sqlite'}", str(tmp_path / "files"))
    with contextlib.closing(lake.connect(location)) as con:
        snapshots = _small_commits(con, 3)
        assert _active_files(con) == 3
    # Fewer files than the threshold: nothing is due, nothing is committed.
    assert lake.upkeep_after_publish(location, retention_h=24, min_files=4) is None
    with contextlib.closing(lake.connect(location)) as con:
        assert lake.recent_snapshots(con, 1)[0][0] == snapshots[-1]
        snapshots += _small_commits(con, 1)  # now 4 files: due
        before = con.execute("SELECT count(*), sum(x) FROM t").fetchall()
    done = lake.upkeep_after_publish(location, retention_h=24, min_files=4)
    assert done is not None and done.merged >= 1 and done.expired == 0
    with contextlib.closing(lake.connect(location)) as con:
        assert _active_files(con) < 4
        assert con.execute("SELECT count(*), sum(x) FROM t").fetchall() == before == [(200, 12400)]
        # A snapshot within the retention still reads as it was (a running query's, time travel).
        assert con.execute(f"SELECT count(*) FROM t AT (VERSION => {snapshots[1]})").fetchall() == [(100,)]
    files_on_disk = len(list((tmp_path / "files").rglob("*.parquet")))
    # Retention 0: old snapshots expire and the merged-away files are deleted.
    expired = lake.upkeep_after_publish(location, retention_h=0, min_files=4)
    assert expired is not None and expired.expired >= 1 and expired.removed >= 1
    assert len(list((tmp_path / "files").rglob("*.parquet"))) < files_on_disk
    with contextlib.closing(lake.connect(location)) as con:
        assert con.execute("SELECT count(*) FROM t").fetchall() == [(200,)]


def test_a_writer_session_flushes_partitions_early_and_readers_keep_duckdb_defaults(tmp_path: Path) -> None:
    # A partition's rows are buffered until this many; the default (524,288) held a million
    # articles in memory at the commit of a 1M load and failed it "Out of Memory" (60k articles
    # under a 128 MB limit reproduce it; docs/performance.md).
    location = lake.LakeLocation(f"sqlite:{tmp_path / 'lake.sqlite'}", str(tmp_path / "files"))
    setting = "SELECT current_setting('partitioned_write_flush_threshold'), current_setting('memory_limit')"
    with contextlib.closing(lake.connect(location)) as con:
        lake.ensure_schema(con)
        threshold, limit = con.execute(setting).fetchall()[0]
    assert threshold == 10_000 and limit in ("488.2 MiB", "512.0 MB")
    with contextlib.closing(lake.connect(location, read_only=True)) as con:
        assert con.execute(setting).fetchall()[0][0] == 524_288
