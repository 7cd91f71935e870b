"""Every side effect of newsetl: raw files, quarantine bytes, staged and published Parquet, the DuckDB warehouse.

Storage layout (all under the configured folders):
  <raw>/**                                     dumps as scrapers deliver them (read only)
  <curated>/_staging/<run_id>/<table>/*.parquet  validated rows of a run, not yet published
  <curated>/<table>/snapshot-<id>/published_date=<YYYY-MM-DD|__HIVE_DEFAULT_PARTITION__>/part-0.parquet
  <curated>/CURRENT.json                        the published snapshot, for Parquet readers
  <warehouse>.duckdb                            catalog: views over the current snapshot + run logs
  <quarantine>/<sha12>-<name>                  bytes of every quarantined dump

A snapshot is complete on its own: partitions a run does not touch are hard links to the previous
snapshot's files, touched partitions are rewritten whole (so incremental runs never leave small
files). Publishing is one DuckDB transaction that records the run and re-points the views; until
it commits, readers see the previous snapshot, and a killed run leaves only an unreferenced folder
that the next run removes.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows.discovery import _atomic_write_bytes, raw_files
from transforms.errors import PublishError, RunLocked
from transforms.plan import RawFile, SeenFile
from transforms.schema import (
    ARTICLE,
    CATALOG_TABLES,
    CURATED_TABLES,
    INGEST_FILE,
    LOG_TABLES,
    PARTITION_COLUMN,
    Table,
)
from transforms.tables import resolve_versions

NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"
STAGING = "_staging"
LOCK_FILE = ".newsetl.lock"
POINTER_FILE = "CURRENT.json"
# Which snapshot is current: the newest published (ties: the larger id). Views and counts agree on it.
NEWEST_SNAPSHOT_FIRST = "ORDER BY published_at DESC, snapshot_id DESC"
# The duckdb-cli wheel (1.5.x) analysts install cannot open files in 2.0's newer storage format.
STORAGE_COMPATIBILITY = "v1.5.0"
_ROW_GROUP_ROWS = 122_880  # DuckDB's own row group size
_SNAPSHOT_MEMORY = "512MB"
_STAGED_ROW_GROUP_ROWS = 1_000
# DuckDB buffers every open partition of a partitioned COPY (per thread) until the COPY ends, so
# one COPY over a thousand days of a 300k-article load exceeds any small memory limit. Writing
# at most this many partitions per COPY keeps the writer's memory bounded whatever the range.
_PARTITIONS_PER_COPY = 96
_DUCKDB_TYPES: dict[str, str] = {
    "string": "VARCHAR",
    "int32": "INTEGER",
    "int64": "BIGINT",
    "double": "DOUBLE",
    "bool": "BOOLEAN",
    "date32[day]": "DATE",
    "timestamp[us, tz=UTC]": "TIMESTAMPTZ",
    "list<item: string>": "VARCHAR[]",
}


# ---------------------------------------------------------------- raw files


def changed_files(
    con: duckdb.DuckDBPyConnection, listing: pa.Table, full_refresh: bool = False
) -> tuple[list[RawFile], list[SeenFile]]:
    """Listed files whose path, size or mtime the manifest does not hold, with its rows for those paths.

    A join in DuckDB: a no-op rerun over 300k files materializes no manifest row in Python.
    """
    if full_refresh:
        return raw_files(listing), []
    with registered(con, "_listing", listing):
        changed = con.sql(
            "SELECT l.source_file, l.size_bytes, l.mtime_ns, m.source_sha256, m.size_bytes AS seen_size, "
            "m.mtime_ns AS seen_mtime, m.first_run_id, m.status, m.article_id "
            f"FROM _listing l LEFT JOIN {INGEST_FILE.name} m USING (source_file) "
            "WHERE m.source_file IS NULL OR m.size_bytes <> l.size_bytes OR m.mtime_ns <> l.mtime_ns "
            "ORDER BY l.source_file"
        ).to_arrow_table()
    assert changed is not None  # a SELECT always returns a table
    # Column-wise to Python (no per-row dicts: a first load turns all 300k listed files into work).
    cols = {name: changed[name].to_pylist() for name in changed.column_names}
    files = list(map(RawFile, cols["source_file"], cols["size_bytes"], cols["mtime_ns"]))
    seen = [
        SeenFile(*known)
        for known in zip(
            cols["source_file"],
            cols["source_sha256"],
            cols["seen_size"],
            cols["seen_mtime"],
            cols["first_run_id"],
            cols["status"],
            cols["article_id"],
            strict=True,
        )
        if known[1] is not None
    ]
    return files, seen


# ---------------------------------------------------------------- run lock


@contextlib.contextmanager
def run_lock(curated_dir: Path, timeout_s: float = 0.0) -> Iterator[None]:
    """One run at a time per curated folder: an OS lock the kernel releases even on SIGKILL."""
    curated_dir.mkdir(parents=True, exist_ok=True)
    path = curated_dir / LOCK_FILE
    with open(path, "a+") as fh:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    fh.seek(0)
                    holder = fh.read().strip() or "unknown"
                    raise RunLocked(
                        f"another newsetl run holds {path} ({holder}); wait for it to finish "
                        "or raise NEWSETL_LOCK_TIMEOUT_S to queue behind it"
                    ) from None
                time.sleep(0.2)
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()} since {datetime.now().isoformat(timespec='seconds')}")
        fh.flush()
        try:
            yield
        finally:
            fh.seek(0)
            fh.truncate()
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


# ---------------------------------------------------------------- staging


def staging_dir(curated_dir: Path, run_id: str) -> Path:
    return curated_dir / STAGING / run_id


def stage_tables(curated_dir: Path, run_id: str, batch_no: int, tables: dict[str, pa.Table]) -> None:
    """Write one batch's validated rows as one Parquet file per table (empty tables write nothing)."""
    for name, table in tables.items():
        if table.num_rows == 0:
            continue
        path = staging_dir(curated_dir, run_id) / name / f"batch-{batch_no:06d}.parquet"
        path.parent.mkdir(parents=True, exist_ok=True)
        # Sorted by date in small row groups: the snapshot writer reads one date range at a time,
        # and row-group statistics let it skip the rest of each file.
        ordered = table.sort_by([(PARTITION_COLUMN, "ascending")])  # nulls last (the default)
        pq.write_table(ordered, path, compression="zstd", row_group_size=_STAGED_ROW_GROUP_ROWS)


def staged_files(curated_dir: Path, run_id: str, table: str) -> list[str]:
    folder = staging_dir(curated_dir, run_id) / table
    return sorted(str(p) for p in folder.glob("*.parquet")) if folder.exists() else []


def read_staged(curated_dir: Path, run_id: str, table: Table, columns: Sequence[str]) -> pa.Table:
    files = staged_files(curated_dir, run_id, table.name)
    if not files:
        return table.arrow_schema.empty_table().select(list(columns))
    return pa.concat_tables([pq.read_table(f, columns=list(columns)) for f in files])


def remove_staging(curated_dir: Path, run_id: str | None = None) -> None:
    """Drop a run's staging folder, or every leftover one (from killed runs) when run_id is None."""
    target = staging_dir(curated_dir, run_id) if run_id else curated_dir / STAGING
    shutil.rmtree(target, ignore_errors=True)


# ---------------------------------------------------------------- snapshots


@dataclass(frozen=True)
class Snapshot:
    """A published set of the three curated tables."""

    snapshot_id: str
    curated_dir: Path

    def table_dir(self, table: str) -> Path:
        return self.curated_dir / table / f"snapshot-{self.snapshot_id}"

    def glob(self, table: str) -> str:
        return str(self.table_dir(table) / "**" / "*.parquet")


def partition_key(day: date | None) -> str:
    return NULL_PARTITION if day is None else day.isoformat()


def _partition_dirs(table_dir: Path) -> dict[str, Path]:
    if not table_dir.exists():
        return {}
    prefix = f"{PARTITION_COLUMN}="
    return {p.name[len(prefix) :]: p for p in table_dir.iterdir() if p.name.startswith(prefix)}


def _sql_str(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _sql_list(values: Sequence[str]) -> str:
    return "[" + ", ".join(_sql_str(v) for v in values) + "]"


def read_snapshot_table(snapshot: Snapshot, table: Table, columns: Sequence[str]) -> pa.Table:
    """Selected columns of a published table (all partitions), as Arrow."""
    with duckdb.connect() as con:
        return con.sql(f"SELECT {', '.join(columns)} FROM {_read_parquet(snapshot.glob(table.name))}").to_arrow_table()


def _read_parquet(source: str) -> str:
    """read_parquet over a glob or a SQL list of files, with the Hive date partition typed."""
    files = source if source.startswith("[") else _sql_str(source)
    hive = f"hive_partitioning = true, hive_types = {{'{PARTITION_COLUMN}': 'DATE'}}, union_by_name = true"
    return f"read_parquet({files}, {hive})"


def write_snapshot(
    curated_dir: Path,
    snapshot_id: str,
    previous: Snapshot | None,
    staged: dict[str, list[str]],
    touched: set[str],
    replaced_ids: Sequence[str],
    losing_ids: Sequence[str] = (),
    threads: int | None = None,
) -> Snapshot:
    """Write a complete new snapshot beside the previous one.

    Touched partitions = previous rows of those partitions minus `replaced_ids`, plus the staged
    rows minus `losing_ids` (incoming versions that lose to the previous one), written by DuckDB
    (streaming, multi-threaded, a bounded run of partitions per COPY); untouched partitions are
    hard-linked. Each partition is one file.
    """
    snapshot = Snapshot(snapshot_id, curated_dir)
    spill = curated_dir / STAGING / "_duckdb_spill"
    with duckdb.connect() as con:
        # Bounded memory (DuckDB would otherwise take up to 80 % of RAM); what does not fit spills.
        con.execute(f"SET memory_limit = '{_SNAPSHOT_MEMORY}'")
        con.execute(f"SET temp_directory = {_sql_str(str(spill))}")
        con.execute("SET preserve_insertion_order = false")
        if threads:
            con.execute(f"SET threads = {int(threads)}")
        for name, ids in (("replaced_ids", replaced_ids), ("losing_ids", losing_ids)):
            with registered(con, "_ids", pa.table({"article_id": pa.array(list(ids), pa.string())})):
                con.execute(f"CREATE TEMP TABLE {name} AS SELECT article_id FROM _ids")
        for table in CURATED_TABLES:
            out = snapshot.table_dir(table.name)
            shutil.rmtree(out, ignore_errors=True)  # a retried attempt starts clean
            out.mkdir(parents=True)
            old_parts = _partition_dirs(previous.table_dir(table.name)) if previous else {}
            for key, folder in old_parts.items():
                if key not in touched:
                    _link_tree(folder, out / folder.name)
            columns = ", ".join(c.name for c in table.columns)
            for chunk in _partition_chunks(touched):
                sources: list[str] = []
                old_files = [str(f) for key in chunk if key in old_parts for f in old_parts[key].glob("*.parquet")]
                if old_files:
                    sources.append(
                        f"SELECT {columns} FROM {_read_parquet(_sql_list(old_files))} "
                        "WHERE article_id NOT IN (SELECT article_id FROM replaced_ids)"
                    )
                if staged.get(table.name):
                    sources.append(
                        f"SELECT {columns} FROM read_parquet({_sql_list(staged[table.name])}) "
                        f"WHERE {_partition_filter(chunk)} AND article_id NOT IN (SELECT article_id FROM losing_ids)"
                    )
                if sources:
                    # No ORDER BY: a global sort of a large load cannot stay within the memory limit.
                    con.execute(
                        f"COPY ({' UNION ALL '.join(sources)}) TO {_sql_str(str(out))} (FORMAT parquet, "
                        f"COMPRESSION zstd, PARTITION_BY ({PARTITION_COLUMN}), FILENAME_PATTERN 'part-{{i}}', "
                        f"OVERWRITE_OR_IGNORE, ROW_GROUP_SIZE {_ROW_GROUP_ROWS})"
                    )
            if not any(out.rglob("*.parquet")):
                # Views need at least one file to read; an empty table is an empty file.
                empty = out / f"{PARTITION_COLUMN}={NULL_PARTITION}" / "part-0.parquet"
                empty.parent.mkdir(parents=True)
                pq.write_table(table.arrow_schema.empty_table().drop_columns([PARTITION_COLUMN]), empty)
    return snapshot


@dataclass(frozen=True)
class SnapshotWrite:
    """A written (not yet published) snapshot, and the incoming article ids that lost to it."""

    snapshot: Snapshot
    superseded_by_previous: list[str]  # incoming article ids that lost to the previous snapshot's version


def merge_snapshot(curated_dir: Path, run_id: str, snapshot_id: str, previous: Snapshot | None) -> SnapshotWrite:
    """Merge a run's staged rows with the previous snapshot into a new one (which rows win: resolve_versions)."""
    key_columns = ["article_id", "published_date", "source_file", "ingested_at", "source_sha256"]
    incoming = read_staged(curated_dir, run_id, ARTICLE, key_columns)
    staged = {table.name: staged_files(curated_dir, run_id, table.name) for table in CURATED_TABLES}
    touched = {partition_key(d) for d in incoming["published_date"].to_pylist()}
    replaced: list[str] = []
    kept_old: list[str] = []
    if previous is not None and incoming.num_rows:
        old = read_snapshot_table(previous, ARTICLE, key_columns)
        replaced, kept_old = resolve_versions(old, incoming)
        if replaced:
            old_dates = old.filter(pc.is_in(old["article_id"], value_set=pa.array(replaced, pa.string())))
            touched |= {partition_key(d) for d in old_dates["published_date"].to_pylist()}
    snapshot = write_snapshot(curated_dir, snapshot_id, previous, staged, touched, replaced, kept_old)
    return SnapshotWrite(snapshot, kept_old)


def _partition_chunks(keys: set[str]) -> list[list[str]]:
    """Partition keys in date order, in runs of at most _PARTITIONS_PER_COPY; the null partition alone."""
    dated = sorted(k for k in keys if k != NULL_PARTITION)
    chunks = [dated[i : i + _PARTITIONS_PER_COPY] for i in range(0, len(dated), _PARTITIONS_PER_COPY)]
    return chunks + ([[NULL_PARTITION]] if NULL_PARTITION in keys else [])


def _partition_filter(chunk: Sequence[str]) -> str:
    """SQL condition selecting the rows of a chunk of partitions (a date range, or the null date)."""
    if chunk == [NULL_PARTITION]:
        return f"{PARTITION_COLUMN} IS NULL"
    return f"{PARTITION_COLUMN} BETWEEN DATE {_sql_str(chunk[0])} AND DATE {_sql_str(chunk[-1])}"


def _link_tree(src: Path, dst: Path) -> None:
    dst.mkdir(parents=True)
    for f in src.iterdir():
        try:
            os.link(f, dst / f.name)
        except OSError:  # another filesystem, or links unsupported: copy instead
            shutil.copy2(f, dst / f.name)


def write_pointer(curated_dir: Path, snapshot: Snapshot, run_id: str) -> None:
    """CURRENT.json names the published snapshot for readers of the Parquet files themselves."""
    doc = {
        "snapshot_id": snapshot.snapshot_id,
        "run_id": run_id,
        "tables": {t.name: snapshot.glob(t.name) for t in CURATED_TABLES},
    }
    _atomic_write_bytes(curated_dir / POINTER_FILE, json.dumps(doc, indent=2).encode())


def remove_old_snapshots(curated_dir: Path, keep_ids: Sequence[str]) -> None:
    """Delete snapshot folders not in keep_ids (older ones, and orphans of killed runs)."""
    keep = {f"snapshot-{k}" for k in keep_ids}
    for table in CURATED_TABLES:
        folder = curated_dir / table.name
        if not folder.exists():
            continue
        for child in folder.iterdir():
            if child.name.startswith("snapshot-") and child.name not in keep:
                shutil.rmtree(child, ignore_errors=True)


# ---------------------------------------------------------------- warehouse (DuckDB)


def connect_warehouse(path: Path, read_only: bool = False, timeout_s: float = 30.0) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; DuckDB allows one writing process, so wait a while for another holder."""
    if read_only and not path.exists():
        raise FileNotFoundError(f"no warehouse at {path}: run `newsetl run` first")
    path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            if read_only:
                return duckdb.connect(str(path), read_only=True)
            return duckdb.connect(str(path), config={"storage_compatibility_version": STORAGE_COMPATIBILITY})
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower() or time.monotonic() >= deadline:
                raise PublishError(
                    f"cannot open {path}: {exc}. Close other DuckDB sessions on it (analysts: open it "
                    "with -readonly only while no run publishes)"
                ) from exc
            time.sleep(0.5)


def _ddl(table: Table) -> str:
    cols = ", ".join(
        f'"{c.name}" {_DUCKDB_TYPES[str(c.type)]}{"" if c.nullable else " NOT NULL"}' for c in table.columns
    )
    return f"CREATE TABLE IF NOT EXISTS {table.name} ({cols})"


def ensure_catalog(con: duckdb.DuckDBPyConnection) -> None:
    """Create the log tables and the snapshot catalog if missing; add columns a newer schema has (idempotent)."""
    for table in (*LOG_TABLES, *CATALOG_TABLES):
        con.execute(_ddl(table))
        for c in table.columns:  # schema evolution: new columns are nullable, old rows read NULL
            if c.nullable:
                column_type = _DUCKDB_TYPES[str(c.type)]
                con.execute(f'ALTER TABLE {table.name} ADD COLUMN IF NOT EXISTS "{c.name}" {column_type}')


def current_snapshot(con: duckdb.DuckDBPyConnection) -> Snapshot | None:
    # fetchall(): fetchone() leaves the result open, and DuckDB 2.0 refuses more work on the connection.
    rows = con.execute(f"SELECT snapshot_id, curated_dir FROM snapshot {NEWEST_SNAPSHOT_FIRST} LIMIT 1").fetchall()
    return Snapshot(rows[0][0], Path(rows[0][1])) if rows else None


def recent_snapshot_ids(con: duckdb.DuckDBPyConnection, keep: int) -> list[str]:
    rows = con.execute(f"SELECT snapshot_id FROM snapshot {NEWEST_SNAPSHOT_FIRST} LIMIT ?", [keep]).fetchall()
    return [r[0] for r in rows]


@contextlib.contextmanager
def registered(con: duckdb.DuckDBPyConnection, name: str, rows: pa.Table) -> Iterator[str]:
    """An Arrow table visible to SQL as `name` while the block runs (never executemany: ~100 us a row)."""
    con.register(name, rows)
    try:
        yield name
    finally:
        con.unregister(name)


def _insert(con: duckdb.DuckDBPyConnection, table: Table, rows: pa.Table) -> None:
    if rows.num_rows == 0:
        return
    with registered(con, "_incoming", rows):
        con.execute(f"INSERT INTO {table.name} BY NAME SELECT * FROM _incoming")


def view_sql(table: Table, snapshot: Snapshot) -> str:
    columns = ", ".join(f'"{c.name}"' for c in table.columns)
    return f"CREATE OR REPLACE VIEW {table.name} AS SELECT {columns} FROM {_read_parquet(snapshot.glob(table.name))}"


def comment_sql(table: Table, kind: str) -> list[str]:
    """COMMENT ON statements documenting a table or view and its columns from the schema."""
    out = [f"COMMENT ON {kind} {table.name} IS {_sql_str(table.description)}"]
    out += [f'COMMENT ON COLUMN {table.name}."{c.name}" IS {_sql_str(c.description)}' for c in table.columns]
    return out


def publish(
    con: duckdb.DuckDBPyConnection,
    snapshot: Snapshot | None,
    run_id: str,
    published_at: datetime,
    logs: dict[str, pa.Table],
    full_refresh: bool,
) -> None:
    """One transaction: record the run's logs and manifest rows, then re-point the views.

    The run's ingest_file rows replace the manifest rows of the same paths (all of them on a full refresh).

    Either everything commits or nothing does (DuckDB's WAL makes it atomic under SIGKILL).
    """
    con.execute("BEGIN TRANSACTION")
    try:
        files = logs.get(INGEST_FILE.name)
        if full_refresh:
            con.execute(f"DELETE FROM {INGEST_FILE.name}")
        elif files is not None and files.num_rows:
            with registered(con, "_files", files):
                con.execute(f"DELETE FROM {INGEST_FILE.name} WHERE source_file IN (SELECT source_file FROM _files)")
        for table in LOG_TABLES:
            if table.name in logs:
                _insert(con, table, logs[table.name])
        if snapshot is not None:
            for table in CURATED_TABLES:
                con.execute(view_sql(table, snapshot))
                for stmt in comment_sql(table, "VIEW"):
                    con.execute(stmt)
            counts = count_views(con)
            con.execute(
                "INSERT INTO snapshot BY NAME SELECT ? AS snapshot_id, ? AS run_id, ? AS published_at, "
                "? AS curated_dir, ? AS article_rows, ? AS caption_rows, ? AS related_headline_rows",
                [
                    snapshot.snapshot_id,
                    run_id,
                    published_at,
                    str(snapshot.curated_dir),
                    *(counts[t.name] for t in CURATED_TABLES),
                ],
            )
            from flows.views import extra_view_statements  # local import: views imports io

            for stmt in extra_view_statements():
                con.execute(stmt)
        for table in (*LOG_TABLES, *CATALOG_TABLES):
            for stmt in comment_sql(table, "TABLE"):
                con.execute(stmt)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def record_logs(con: duckdb.DuckDBPyConnection, logs: dict[str, pa.Table]) -> None:
    """Record a run that publishes nothing (failed or no-op): its run row, rejects and validation history."""
    con.execute("BEGIN TRANSACTION")
    try:
        for table in LOG_TABLES:
            if table.name in logs and table.name != INGEST_FILE.name:
                _insert(con, table, logs[table.name])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def count_views(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows in each curated view (reads every Parquet footer of the snapshot)."""
    return {t.name: int(con.execute(f"SELECT count(*) FROM {t.name}").fetchall()[0][0]) for t in CURATED_TABLES}


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows in each curated view: as recorded when the current snapshot was published, else counted."""
    names = [f"{t.name}_rows" for t in CURATED_TABLES]
    rows = con.execute(f"SELECT {', '.join(names)} FROM snapshot {NEWEST_SNAPSHOT_FIRST} LIMIT 1").fetchall()
    if rows and None not in rows[0]:
        return {t.name: int(n) for t, n in zip(CURATED_TABLES, rows[0], strict=True)}
    return count_views(con)
