"""The lake: curated tables and run logs in one DuckLake (Parquet data files + a catalog), and every write to it.

Layout (defaults, all under data/):
  data/lake.sqlite                 DuckLake catalog (SQLite in WAL mode: readers stay attached while a run commits)
  data/curated/main/<table>/year=YYYY/month=M/ducklake-*.parquet   data files, partitioned by published_date
  data/staging/<run_id>/<table>/batch-*.parquet                    validated rows of a run, before its commit

A run stages its validated rows, then one DuckLake transaction replaces re-scraped articles
(delete + insert), inserts the new ones and records the run's logs: readers see the lake before or
after, never a mix. Every publishing transaction also rewrites the one row of `publish_token`, so
two publishers that overlap conflict in DuckLake and the later one retries on the state the
earlier one committed (how two runs on a PostgreSQL catalog never lose or duplicate rows). With a
file catalog one run at a time holds `<catalog>.lock` (an flock the kernel releases on SIGKILL).
"""

from __future__ import annotations

import contextlib
import fcntl
import importlib.util
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
from duckdb.func import PythonUDFType

from flows.settings import Settings, is_url
from transforms.errors import NewsetlError, PublishError, RunLocked
from transforms.plan import RawFile, SeenFile
from transforms.schema import (
    ARTICLE,
    CURATED_TABLES,
    INGEST_FILE,
    INGEST_RUN,
    LOG_TABLES,
    PARTITION_COLUMN,
    QUARANTINE,
    REJECTED_ROW,
    Table,
)
from transforms.tables import resolve_versions

ALIAS = "lake"
TOKEN_TABLE = "publish_token"
TOKEN_DESCRIPTION = "One row rewritten by every publishing run, so that overlapping publishers conflict and retry."
_STAGED_ROW_GROUP_ROWS = 1_000
# A writer's DuckDB session. The memory limit covers DuckDB's buffers, not a partitioned INSERT's
# open partitions: each buffers up to partitioned_write_flush_threshold rows (default 524,288)
# before it writes a row group, so a million articles over 35 months sat in memory at once and
# the commit failed "Out of Memory" (measured: a 1M-article publish, 512 MB limit). Flushing every
# 10,000 rows keeps the writer process under ~0.8 GiB and still writes one file per partition.
_WRITER_CONFIG: dict[str, str | int] = {"memory_limit": "512MB", "partitioned_write_flush_threshold": 10_000}
_PUBLISH_ATTEMPTS = 30
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
_EXTENSION_PACKAGES = {
    "ducklake": "duckdb_extension_ducklake",
    "sqlite_scanner": "duckdb_extension_sqlite_scanner",
    "postgres_scanner": "duckdb_extension_postgres_scanner",
    "httpfs": "duckdb_extension_httpfs",
}


# ---------------------------------------------------------------- extensions


def extension_file(name: str) -> Path:
    """The extension file shipped by its PyPI wheel, for this duckdb version (no network needed)."""
    spec = importlib.util.find_spec(_EXTENSION_PACKAGES[name])
    if spec is None or spec.origin is None:
        raise NewsetlError(f"the {name} DuckDB extension is not installed: run `make install`")
    path = Path(spec.origin).parent / "extensions" / f"v{duckdb.__version__}" / f"{name}.duckdb_extension"
    if not path.is_file():
        raise NewsetlError(f"{path} is missing: the {name} wheel does not match duckdb {duckdb.__version__}")
    return path


def install_extensions() -> list[str]:
    """INSTALL every extension from its wheel into DuckDB's extension folder (the CLI's too: offline ATTACH)."""
    with duckdb.connect() as con:
        for name in _EXTENSION_PACKAGES:
            con.execute(f"INSTALL {_sql_str(str(extension_file(name)))}")
    return list(_EXTENSION_PACKAGES)


def extensions_for(catalog: str, data_path: str) -> list[str]:
    names = ["ducklake"]
    names.append("postgres_scanner" if catalog.startswith("postgres:") else "sqlite_scanner")
    if catalog.startswith("duckdb:"):
        names.pop()
    if is_url(data_path) or catalog.startswith("postgres:"):
        names.append("httpfs")
    return names


def _load(con: duckdb.DuckDBPyConnection, names: Sequence[str]) -> None:
    for name in names:
        con.execute(f"LOAD {_sql_str(str(extension_file(name)))}")


def s3_secret_sql() -> str | None:
    """A temporary S3 secret from the standard AWS variables (never stored in the catalog, never printed)."""
    key, secret = os.environ.get("AWS_ACCESS_KEY_ID"), os.environ.get("AWS_SECRET_ACCESS_KEY")
    endpoint = os.environ.get("AWS_ENDPOINT_URL") or os.environ.get("AWS_ENDPOINT_URL_S3")
    if not (key and secret) and not endpoint:
        return None  # DuckDB's own credential chain (instance roles, ~/.aws) decides
    parts = ["TYPE s3"]
    if key and secret:
        parts += [f"KEY_ID {_sql_str(key)}", f"SECRET {_sql_str(secret)}"]
    if token := os.environ.get("AWS_SESSION_TOKEN"):
        parts.append(f"SESSION_TOKEN {_sql_str(token)}")
    parts.append(
        f"REGION {_sql_str(os.environ.get('AWS_REGION') or os.environ.get('AWS_DEFAULT_REGION') or 'us-east-1')}"
    )
    if endpoint:
        use_ssl = not endpoint.startswith("http://")
        host = endpoint.split("://", 1)[-1].rstrip("/")
        parts += [f"ENDPOINT {_sql_str(host)}", "URL_STYLE 'path'", f"USE_SSL {str(use_ssl).lower()}"]
    return f"CREATE OR REPLACE TEMPORARY SECRET newsetl_s3 ({', '.join(parts)})"


# ---------------------------------------------------------------- connections


@dataclass(frozen=True)
class LakeLocation:
    """Where a lake is: its DuckLake catalog (sqlite:/..., postgres:..., duckdb:/...) and its data path."""

    catalog: str
    data_path: str

    @staticmethod
    def of(settings: Settings) -> LakeLocation:
        resolved = settings.resolved()
        return LakeLocation(resolved.catalog, resolved.data_path)

    @property
    def catalog_file(self) -> Path | None:
        for prefix in ("sqlite:", "duckdb:"):
            if self.catalog.startswith(prefix):
                return Path(self.catalog[len(prefix) :])
        return None

    def describe(self) -> str:
        """The catalog without credentials (a PostgreSQL password never reaches a log)."""
        if self.catalog_file is not None:
            return self.catalog
        return "postgres:" + " ".join(p for p in self.catalog[9:].split() if not p.startswith("password="))

    def attach_sql(self, read_only: bool = False, as_of: str | None = None) -> str:
        options = [] if read_only else [f"DATA_PATH {_sql_str(self.data_path.rstrip('/') + '/')}"]
        if read_only:
            options.append("READ_ONLY")
        if as_of is not None:
            options.append(f"SNAPSHOT_VERSION {int(as_of)}" if as_of.isdigit() else f"SNAPSHOT_TIME {_sql_str(as_of)}")
        return f"ATTACH {_sql_str('ducklake:' + self.catalog)} AS {ALIAS} ({', '.join(options)})"


def _prepare_sqlite(path: Path) -> None:
    """WAL journal: SQLite readers then never block the writer's commit (and the writer never blocks them)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.closing(sqlite3.connect(path)) as db:
        if db.execute("PRAGMA journal_mode").fetchone() != ("wal",):
            db.execute("PRAGMA journal_mode=WAL")


OWNER_FILE = ".newsetl-lake"


def _claim_data_path(location: LakeLocation) -> None:
    """One lake per data folder: upkeep deletes files its catalog does not know, so a second lake's would go."""
    root = Path(location.data_path)
    root.mkdir(parents=True, exist_ok=True)
    owner = root / OWNER_FILE
    if not owner.exists():
        owner.write_text(location.catalog + "\n", encoding="utf-8")
        return
    claimed = owner.read_text(encoding="utf-8").strip()
    if claimed != location.catalog:
        shown = LakeLocation(claimed, location.data_path).describe()
        raise PublishError(f"{root} holds the data files of another lake ({shown}): give each lake its own --data-path")


def connect(
    location: LakeLocation, *, read_only: bool = False, as_of: str | None = None, threads: int | None = None
) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB session with the lake attached as `lake` (and USE lake)."""
    catalog_file = location.catalog_file
    if read_only and catalog_file is not None and not catalog_file.exists():
        raise NewsetlError(f"no lake at {catalog_file}: run `newsetl run` first")
    if not read_only and catalog_file is not None and location.catalog.startswith("sqlite:"):
        _prepare_sqlite(catalog_file)
    if not read_only and not is_url(location.data_path):
        _claim_data_path(location)
    for attempt in range(1, 6):
        con = duckdb.connect(config=dict(_WRITER_CONFIG) if not read_only else {})
        try:
            _load(con, extensions_for(location.catalog, location.data_path))
            if threads:
                con.execute(f"SET threads = {int(threads)}")
            if (secret := s3_secret_sql()) is not None:
                con.execute(secret)
            con.execute(location.attach_sql(read_only=read_only, as_of=as_of))
            con.execute(f"USE {ALIAS}")
            return con
        except duckdb.Error as exc:
            con.close()
            # Two writers initializing a new server catalog at once: the later one retries.
            if read_only or attempt == 5 or not _retryable(exc):
                raise PublishError(f"cannot attach the lake {location.describe()}: {_first_line(exc)}") from exc
            time.sleep(0.5 * attempt)
    raise AssertionError("unreachable")


def reader_sql(location: LakeLocation) -> list[str]:
    """What an analyst types (README, `newsetl shell`): attach read-only, then use it."""
    return [location.attach_sql(read_only=True) + ";", f"USE {ALIAS};"]


# ---------------------------------------------------------------- run lock


@contextlib.contextmanager
def run_lock(location: LakeLocation, timeout_s: float = 0.0) -> Iterator[None]:
    """With a file catalog, one run at a time per lake: an flock beside the catalog (released on SIGKILL).

    A server catalog takes no lock: concurrent publishers conflict in DuckLake and retry (publish).
    """
    catalog_file = location.catalog_file
    if catalog_file is None:
        yield
        return
    catalog_file.parent.mkdir(parents=True, exist_ok=True)
    path = catalog_file.with_name(catalog_file.name + ".lock")
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
                        f"another newsetl run holds the lake {catalog_file} ({holder}); wait for it to finish "
                        "or set NEWSETL_LOCK_TIMEOUT_S to queue behind it"
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


# ---------------------------------------------------------------- tables


def _sql_str(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def column_type(table: Table, name: str) -> str:
    return _DUCKDB_TYPES[str(table.column(name).type)]


def ddl(table: Table) -> str:
    cols = ", ".join(
        f'"{c.name}" {_DUCKDB_TYPES[str(c.type)]}{"" if c.nullable else " NOT NULL"}' for c in table.columns
    )
    return f"CREATE TABLE IF NOT EXISTS {table.name} ({cols})"


def comment_sql(table: Table, kind: str = "TABLE") -> list[str]:
    """COMMENT ON statements documenting a table or view and its columns from the schema."""
    out = [f"COMMENT ON {kind} {table.name} IS {_sql_str(table.description)}"]
    out += [f'COMMENT ON COLUMN {table.name}."{c.name}" IS {_sql_str(c.description)}' for c in table.columns]
    return out


def schema_statements(con: duckdb.DuckDBPyConnection) -> list[str]:
    """DDL the lake lacks: missing tables, columns a newer schema adds (nullable), partitioning, comments.

    Empty for an up-to-date lake, so a no-op run commits nothing.
    """
    have: dict[str, dict[str, str | None]] = {}
    for table, column, comment in con.execute(
        "SELECT table_name, column_name, comment FROM duckdb_columns() WHERE database_name = ?", [ALIAS]
    ).fetchall():
        have.setdefault(table, {})[column] = comment
    table_comments = dict(
        con.execute("SELECT table_name, comment FROM duckdb_tables() WHERE database_name = ?", [ALIAS]).fetchall()
    )
    out: list[str] = []
    for table in (*CURATED_TABLES, *LOG_TABLES):
        if table.name not in have:
            out.append(ddl(table))
            if table.curated:
                out.append(
                    f"ALTER TABLE {table.name} SET PARTITIONED BY (year({PARTITION_COLUMN}), month({PARTITION_COLUMN}))"
                )
            out += comment_sql(table)
            continue
        for c in table.columns:
            if c.name not in have[table.name]:
                # Schema evolution: new columns are nullable, old rows read NULL.
                out.append(f'ALTER TABLE {table.name} ADD COLUMN "{c.name}" {_DUCKDB_TYPES[str(c.type)]}')
                out.append(f'COMMENT ON COLUMN {table.name}."{c.name}" IS {_sql_str(c.description)}')
            elif have[table.name][c.name] != c.description:
                out.append(f'COMMENT ON COLUMN {table.name}."{c.name}" IS {_sql_str(c.description)}')
        if table_comments.get(table.name) != table.description:
            out.append(f"COMMENT ON TABLE {table.name} IS {_sql_str(table.description)}")
    if TOKEN_TABLE not in have:
        out.append(f"CREATE TABLE IF NOT EXISTS {TOKEN_TABLE} (run_id VARCHAR, published_at TIMESTAMPTZ)")
        out.append(f"COMMENT ON TABLE {TOKEN_TABLE} IS {_sql_str(TOKEN_DESCRIPTION)}")
        out.append(f"COMMENT ON COLUMN {TOKEN_TABLE}.run_id IS 'Run that published last.'")
        out.append(f"COMMENT ON COLUMN {TOKEN_TABLE}.published_at IS 'When it published (UTC).'")
        out.append(f"INSERT INTO {TOKEN_TABLE} VALUES ('', now())")
    return out


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create or upgrade the lake's tables in one commit (none when nothing is missing); retried on conflicts."""
    for attempt in range(_PUBLISH_ATTEMPTS):
        statements = schema_statements(con)
        if not statements:
            return
        try:
            con.execute("BEGIN TRANSACTION")
            for stmt in statements:
                con.execute(stmt)
            con.execute("COMMIT")
            return
        except duckdb.Error as exc:
            _rollback(con)
            if not _retryable(exc) or attempt == _PUBLISH_ATTEMPTS - 1:
                raise PublishError(f"cannot create the lake's tables: {_first_line(exc)}") from exc
            time.sleep(0.2 * (attempt + 1))


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    with contextlib.suppress(duckdb.Error):
        con.execute("ROLLBACK")


def _retryable(exc: BaseException) -> bool:
    text = str(exc).lower()
    needles = ("conflict", "database is locked", "busy", "could not serialize", "duplicate key", "already exists")
    return any(s in text for s in needles)


@contextlib.contextmanager
def registered(con: duckdb.DuckDBPyConnection, name: str, rows: pa.Table) -> Iterator[str]:
    """An Arrow table visible to SQL as `name` while the block runs (never executemany: ~100 us a row)."""
    con.register(name, rows)
    try:
        yield name
    finally:
        con.unregister(name)


# ---------------------------------------------------------------- manifest diff


@dataclass(frozen=True)
class PlanStats:
    """What the manifest diff found: files listed, changed, to parse, only to hash (superseded)."""

    listed: int
    changed: int
    to_read: int
    superseded: int


PLAN_ROW_GROUP_ROWS = 10_000


def plan_files(
    con: duckdb.DuckDBPyConnection,
    listing: Path,
    plan: Path,
    *,
    full_refresh: bool = False,
    parser_version: str | None = None,
    reparse: bool = False,
) -> PlanStats:
    """The run's plan (transforms.plan.plan_run's rules) computed in DuckDB and written to a Parquet file.

    The listing (a Parquet file) is joined with the lake's ingest_file: files whose path, size
    and mtime the manifest holds (and that no newer parser must read again) drop out. Of the
    changed files naming one article, the path that sorts last is parsed, the others only hashed
    (hash_only). Rows: parse rows by path, then hash-only rows by path, numbered `rn` from 0, with
    the manifest's row for the path where there is one. Nothing per file reaches Python.
    """
    from transforms.tables import article_id_for

    def article_ids(paths: pa.Array) -> pa.Array:
        return pa.array([article_id_for(p) for p in paths.to_pylist()], pa.string())

    statuses = "('loaded', 'quarantined', 'rejected')"
    stale = (
        f"(m.status IN {statuses} AND m.parser_version IS DISTINCT FROM {_sql_str(parser_version)})"
        if parser_version is not None
        else "false"
    )
    if reparse:
        stale = f"m.status IN {statuses}"
    manifest = f"(SELECT * FROM {INGEST_FILE.name} WHERE false)" if full_refresh else INGEST_FILE.name
    con.create_function(
        "newsetl_article_id",
        article_ids,
        ["varchar"],
        "varchar",
        type=PythonUDFType.ARROW,
    )
    try:
        con.execute(
            "COPY ("
            "  WITH changed AS ("
            "    SELECT l.source_file, l.size_bytes, l.mtime_ns, m.source_sha256, m.size_bytes AS seen_size, "
            "      m.mtime_ns AS seen_mtime, m.first_run_id, m.status, m.article_id, m.parser_version "
            f"    FROM read_parquet({_sql_str(str(listing))}) l LEFT JOIN {manifest} m USING (source_file) "
            f"    WHERE m.source_file IS NULL OR m.size_bytes <> l.size_bytes OR m.mtime_ns <> l.mtime_ns OR {stale}),"
            "  ranked AS ("
            "    SELECT *, row_number() OVER (PARTITION BY newsetl_article_id(source_file) "
            "      ORDER BY source_file DESC) > 1 AS hash_only FROM changed) "
            "  SELECT row_number() OVER (ORDER BY hash_only, source_file) - 1 AS rn, * FROM ranked ORDER BY rn"
            f") TO {_sql_str(str(plan))} (FORMAT parquet, ROW_GROUP_SIZE {PLAN_ROW_GROUP_ROWS}, COMPRESSION zstd)"
        )
    finally:
        con.remove_function("newsetl_article_id")
    listed = int(con.execute(f"SELECT count(*) FROM read_parquet({_sql_str(str(listing))})").fetchall()[0][0])
    changed, superseded = con.execute(
        f"SELECT count(*), count(*) FILTER (WHERE hash_only) FROM read_parquet({_sql_str(str(plan))})"
    ).fetchall()[0]
    return PlanStats(listed, int(changed), int(changed) - int(superseded), int(superseded))


def plan_bounds(plan: Path, size: int, max_bytes: int | None) -> list[tuple[int, int]]:
    """The plan's batches as [start, stop) row ranges, reading two columns a row group at a time."""
    from transforms.plan import batch_bounds

    def rows() -> Iterator[tuple[bool, int]]:
        for chunk in pq.ParquetFile(plan).iter_batches(columns=["hash_only", "size_bytes"]):
            yield from zip(chunk.column(0).to_pylist(), chunk.column(1).to_pylist(), strict=True)

    return batch_bounds(rows(), size, max_bytes)


def read_plan_rows(plan: Path, start: int, stop: int) -> tuple[list[RawFile], list[RawFile], dict[str, SeenFile]]:
    """One batch of the plan (rows start..stop-1): files to parse, files only to hash, manifest rows of the former."""
    rows = pq.read_table(plan, filters=[("rn", ">=", start), ("rn", "<", stop)]).sort_by("rn")
    cols = {name: rows[name].to_pylist() for name in rows.column_names}
    parse: list[RawFile] = []
    hash_only: list[RawFile] = []
    seen: dict[str, SeenFile] = {}
    for i, path in enumerate(cols["source_file"]):
        f = RawFile(path, cols["size_bytes"][i], cols["mtime_ns"][i])
        if cols["hash_only"][i]:
            hash_only.append(f)
            continue
        parse.append(f)
        if cols["source_sha256"][i] is not None:
            seen[path] = SeenFile(
                path,
                cols["source_sha256"][i],
                cols["seen_size"][i],
                cols["seen_mtime"][i],
                cols["first_run_id"][i],
                cols["status"][i],
                cols["article_id"][i],
                cols["parser_version"][i],
            )
    return parse, hash_only, seen


# ---------------------------------------------------------------- staging


def staging_dir(staging_root: Path, run_id: str) -> Path:
    return staging_root / run_id


def _write_staged(staging_root: Path, run_id: str, batch_no: int, name: str, rows: pa.Table, **options: int) -> None:
    """One batch's rows of one table as `<run>/<name>/batch-N.parquet` (no rows: no file)."""
    if rows.num_rows == 0:
        return
    path = staging_dir(staging_root, run_id) / name / f"batch-{batch_no:06d}.parquet"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")  # a retried or killed batch never leaves half a file
    pq.write_table(rows, tmp, compression="zstd", **options)
    os.replace(tmp, path)


def stage_tables(staging_root: Path, run_id: str, batch_no: int, tables: dict[str, pa.Table]) -> None:
    """Write one batch's validated rows as one Parquet file per table (empty tables write nothing)."""
    for name, table in tables.items():
        ordered = table.sort_by([(PARTITION_COLUMN, "ascending")])
        _write_staged(staging_root, run_id, batch_no, name, ordered, row_group_size=_STAGED_ROW_GROUP_ROWS)


# Log rows that grow with the files a run reads: staged by the batch that made them, committed with
# the run from there (the flow process holds none of them, whatever the run's size).
STAGED_LOGS: tuple[Table, ...] = (INGEST_FILE, QUARANTINE, REJECTED_ROW)


def stage_rows(staging_root: Path, run_id: str, batch_no: int, table: Table, rows: pa.Table) -> None:
    """Write one batch's log rows of a STAGED_LOGS table (manifest, quarantine, rejects) for the run's commit."""
    _write_staged(staging_root, run_id, batch_no, table.name, rows.cast(table.arrow_schema))


def staged_preview(staging_root: Path, run_id: str, table: Table, limit: int) -> pa.Table:
    """The first `limit` staged rows of a log table, batch order (a report shows these, not all)."""
    parts: list[pa.Table] = []
    held = 0
    for name in staged_files(staging_root, run_id, table.name):
        if held >= limit:
            break
        part = pq.read_table(name, schema=table.arrow_schema).slice(0, limit - held)
        parts.append(part)
        held += part.num_rows
    return pa.concat_tables(parts) if parts else table.arrow_schema.empty_table()


def staged_files(staging_root: Path, run_id: str, table: str) -> list[str]:
    folder = staging_dir(staging_root, run_id) / table
    return sorted(str(p) for p in folder.glob("*.parquet")) if folder.exists() else []


def remove_staging(staging_root: Path, run_id: str | None = None, older_than_s: float = 0.0) -> None:
    """Drop a run's staging folder, or leftovers of killed runs (those older than older_than_s) when run_id is None."""
    if run_id is not None:
        shutil.rmtree(staging_dir(staging_root, run_id), ignore_errors=True)
        return
    if not staging_root.exists():
        return
    cutoff = time.time() - older_than_s
    for child in staging_root.iterdir():
        with contextlib.suppress(OSError):
            if child.stat().st_mtime <= cutoff:
                shutil.rmtree(child, ignore_errors=True)


# ---------------------------------------------------------------- publish


@dataclass(frozen=True)
class Published:
    """What a publish committed."""

    snapshot_id: int | None
    duplicates: list[str]  # source files recorded as duplicate at publish (older version or same bytes)
    attempts: int
    same_bytes: int = 0  # of those, files whose bytes another file holds (in the lake or earlier in the run)


def _staged_sql(files: Sequence[str], columns: str) -> str:
    return f"SELECT {columns} FROM read_parquet([{', '.join(_sql_str(f) for f in files)}])"


def _incoming_articles(staged: Sequence[str]) -> str:
    """The run's article keys as a SQL relation over the staged files (read where used, never held)."""
    cols = "article_id, source_file, source_sha256, ingested_at, published_date"
    if not staged:
        return f"(SELECT {cols} FROM article WHERE false)"
    return f"({_staged_sql(staged, cols)})"


def _same_bytes(con: duckdb.DuckDBPyConnection, incoming: str) -> dict[str, str]:
    """Incoming article rows whose bytes another article already holds: source_file -> the kept article_id.

    The article already in the lake keeps them; within a run, the path that sorts first.
    """
    rows = con.execute(
        "WITH cand AS ("
        "  SELECT i.source_file, i.article_id, i.source_sha256, "
        "    (SELECT min(a.article_id) FROM article a WHERE a.source_sha256 = i.source_sha256 "
        "       AND a.article_id <> i.article_id) AS in_lake, "
        "    first_value(i.article_id) OVER (PARTITION BY i.source_sha256 ORDER BY i.source_file) AS first_id "
        f"  FROM {incoming} i) "
        "SELECT source_file, coalesce(in_lake, first_id) FROM cand "
        "WHERE in_lake IS NOT NULL OR first_id <> article_id"
    ).fetchall()
    return {str(r[0]): str(r[1]) for r in rows}


def publish(
    location: LakeLocation,
    staging_root: Path,
    run_id: str,
    logs: dict[str, pa.Table],
    *,
    full_refresh: bool = False,
    views: Sequence[str] = (),
    run_row: pa.Table | None = None,
    threads: int | None = None,
) -> Published:
    """One DuckLake transaction: replace re-scraped articles, add new ones, record the run's logs.

    The version rule (transforms.tables.resolve_versions) and the same-bytes rule are applied to
    the lake as it is inside the transaction; if another publisher commits first, DuckLake reports
    a conflict (both rewrite publish_token) and the whole transaction is redone on the new state.
    """
    staged = {t.name: staged_files(staging_root, run_id, t.name) for t in (*CURATED_TABLES, *STAGED_LOGS)}
    last: BaseException | None = None
    with contextlib.closing(connect(location, threads=threads)) as con:
        ensure_schema(con)
        for attempt in range(1, _PUBLISH_ATTEMPTS + 1):
            try:
                snapshot_id, duplicates, same = _publish_once(con, staged, run_id, logs, full_refresh, views, run_row)
                return Published(snapshot_id, duplicates, attempt, same)
            except duckdb.Error as exc:
                _rollback(con)
                if not _retryable(exc):
                    raise PublishError(f"publishing run {run_id} failed: {_first_line(exc)}") from exc
                last = exc
                time.sleep(min(0.1 * attempt, 2.0))
    raise PublishError(f"publishing run {run_id} kept conflicting with other runs: {last}")


def _publish_once(
    con: duckdb.DuckDBPyConnection,
    staged: dict[str, list[str]],
    run_id: str,
    logs: dict[str, pa.Table],
    full_refresh: bool,
    views: Sequence[str],
    run_row: pa.Table | None,
) -> tuple[int, list[str], int]:
    con.execute("BEGIN TRANSACTION")
    # Conflict on purpose with any other publisher (DuckLake: two deletes from one table conflict).
    con.execute(f"DELETE FROM {TOKEN_TABLE}")
    con.execute(f"INSERT INTO {TOKEN_TABLE} VALUES (?, now())", [run_id])
    if full_refresh:
        for table in (*CURATED_TABLES, INGEST_FILE):
            con.execute(f"DELETE FROM {table.name}")
    # The run's article keys are read from the staged files by each query that needs them: a
    # million-row load never becomes a table in this process, only the few rows that conflict do.
    incoming = _incoming_articles(staged[ARTICLE.name])
    same_bytes = _same_bytes(con, incoming)
    with registered(con, "_same", pa.table({"source_file": pa.array(list(same_bytes), pa.string())})):
        dropped_ids = {
            str(r[0])
            for r in con.execute(f"SELECT article_id FROM {incoming} i WHERE source_file IN (FROM _same)").fetchall()
        }
        keep = f"(SELECT * FROM {incoming} i WHERE source_file NOT IN (FROM _same))"
        old, shared = _existing_versions(con, keep)
    replaced, kept_old = resolve_versions(old, shared) if old.num_rows else ([], [])
    excluded = pa.table({"article_id": pa.array(sorted(set(kept_old) | dropped_ids), pa.string())})
    with (
        registered(con, "_replaced", pa.table({"article_id": pa.array(replaced, pa.string())})),
        registered(con, "_excluded", excluded),
    ):
        for table in CURATED_TABLES:
            if replaced:
                con.execute(f"DELETE FROM {table.name} WHERE article_id IN (SELECT article_id FROM _replaced)")
            if staged[table.name]:
                columns = ", ".join(f'"{c}"' for c in table.column_names)
                con.execute(
                    f"INSERT INTO {table.name} ({columns}) {_staged_sql(staged[table.name], columns)} "
                    "WHERE article_id NOT IN (SELECT article_id FROM _excluded)"
                )
    losing_paths = (
        {
            str(p)
            for p in shared.filter(pa.compute.is_in(shared["article_id"], pa.array(kept_old, pa.string())))[
                "source_file"
            ].to_pylist()
        }
        if kept_old
        else set()
    )
    duplicates = sorted(set(same_bytes) | losing_paths)
    _upsert_files(con, staged[INGEST_FILE.name], logs.get(INGEST_FILE.name), losing_paths, same_bytes)
    snapshot_id = int(con.execute(f"SELECT id FROM {ALIAS}.current_snapshot()").fetchall()[0][0]) + 1
    if run_row is not None:
        logs = {**logs, INGEST_RUN.name: _with_run_figures(run_row, snapshot_id, len(duplicates), len(same_bytes))}
    _insert_logs(con, logs, staged)
    for stmt in views:
        con.execute(stmt)
    con.execute(f"CALL {ALIAS}.set_commit_message('newsetl', ?)", [f"run {run_id}"])
    con.execute("COMMIT")
    return snapshot_id, duplicates, len(same_bytes)


def _upsert_files(
    con: duckdb.DuckDBPyConnection,
    staged: Sequence[str],
    logged: pa.Table | None,
    losing_paths: set[str],
    same_bytes: dict[str, str],
) -> None:
    """The run's manifest rows (staged by the workers, or handed in) replace the paths' old rows.

    Older versions and same-bytes files are marked duplicate on the way (a same-bytes file names
    the article that keeps the bytes).
    """
    sources = [f"SELECT * FROM read_parquet([{', '.join(_sql_str(f) for f in staged)}])"] if staged else []
    if logged is not None and logged.num_rows:
        sources.append("SELECT * FROM _files_logged")
    if not sources:
        return
    marks = pa.table(
        {
            "source_file": pa.array(sorted(losing_paths | set(same_bytes)), pa.string()),
            "kept_id": pa.array([same_bytes.get(p) for p in sorted(losing_paths | set(same_bytes))], pa.string()),
        }
    )
    files = "(" + " UNION ALL BY NAME ".join(sources) + ")"
    logged_rows = logged if logged is not None else INGEST_FILE.arrow_schema.empty_table()
    with registered(con, "_files_logged", logged_rows), registered(con, "_marks", marks):
        con.execute(f"DELETE FROM {INGEST_FILE.name} WHERE source_file IN (SELECT source_file FROM {files})")
        con.execute(
            f"INSERT INTO {INGEST_FILE.name} BY NAME "
            "SELECT f.* REPLACE (CASE WHEN d.source_file IS NULL THEN f.status ELSE 'duplicate' END AS status, "
            "  coalesce(d.kept_id, f.article_id) AS article_id) "
            f"FROM {files} f LEFT JOIN _marks d ON d.source_file = f.source_file"
        )


def _insert_logs(
    con: duckdb.DuckDBPyConnection, logs: dict[str, pa.Table], staged: dict[str, list[str]] | None = None
) -> None:
    """Append a run's log rows, handed in or staged by its batches (ingest_file is upserted by the caller)."""
    for table in LOG_TABLES:
        if table is INGEST_FILE:
            continue
        files = (staged or {}).get(table.name) or []
        if files:
            con.execute(f"INSERT INTO {table.name} BY NAME {_staged_sql(files, '*')}")
        rows = logs.get(table.name)
        if rows is None or rows.num_rows == 0:
            continue
        with registered(con, "_log", rows):
            con.execute(f"INSERT INTO {table.name} BY NAME SELECT * FROM _log")


def _existing_versions(con: duckdb.DuckDBPyConnection, incoming: str) -> tuple[pa.Table, pa.Table]:
    """The lake's article rows whose id the run brings again, and the run's rows for those ids (both small)."""
    cols = "article_id, source_file, source_sha256, ingested_at, published_date"
    old = con.sql(
        f"SELECT {cols} FROM article WHERE article_id IN (SELECT article_id FROM {incoming} x)"
    ).to_arrow_table()
    shared = con.sql(
        f"SELECT {cols} FROM {incoming} x WHERE article_id IN (SELECT article_id FROM article)"
    ).to_arrow_table()
    return old, shared


def committed_figures(files_new: int, duplicates: int, found_duplicates: int, same_bytes: int) -> tuple[int, int]:
    """(files_new, duplicates) of a run once its commit has looked: the duplicates it found are added, and
    files whose bytes another file holds are not new bytes. The run row and the printed summary both use it."""
    return max(0, files_new - same_bytes), duplicates + found_duplicates


def _with_run_figures(run_row: pa.Table, snapshot_id: int, duplicates: int, same_bytes: int) -> pa.Table:
    """The run row with what only the commit knows: its snapshot and committed_figures."""
    row = run_row.to_pylist()[0]
    row["snapshot_id"] = snapshot_id
    row["files_new"], row["duplicates"] = committed_figures(
        row.get("files_new") or 0, row.get("duplicates") or 0, duplicates, same_bytes
    )
    return pa.Table.from_pylist([row], schema=INGEST_RUN.arrow_schema)


def record_logs(
    location: LakeLocation, logs: dict[str, pa.Table], staging_root: Path | None = None, run_id: str | None = None
) -> None:
    """Record a run that publishes no rows (a failed one): its run row, rejects, quarantine and validation history.

    With a staging folder, the log rows its batches staged (quarantine, rejects) are recorded too;
    its manifest rows are not: the files of a failed run are read again by the next.
    """
    staged = (
        {t.name: staged_files(staging_root, run_id, t.name) for t in STAGED_LOGS if t is not INGEST_FILE}
        if staging_root is not None and run_id is not None
        else None
    )
    with contextlib.closing(connect(location)) as con:
        ensure_schema(con)
        for attempt in range(1, _PUBLISH_ATTEMPTS + 1):
            try:
                con.execute("BEGIN TRANSACTION")
                _insert_logs(con, logs, staged)
                con.execute("COMMIT")
                return
            except duckdb.Error as exc:
                _rollback(con)
                if not _retryable(exc) or attempt == _PUBLISH_ATTEMPTS:
                    raise PublishError(f"recording the run failed: {_first_line(exc)}") from exc
                time.sleep(0.1 * attempt)


# ---------------------------------------------------------------- reading and upkeep


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows in each curated table (DuckLake keeps row counts in its catalog)."""
    return {t.name: int(con.execute(f"SELECT count(*) FROM {t.name}").fetchall()[0][0]) for t in CURATED_TABLES}


def has_tables(con: duckdb.DuckDBPyConnection) -> bool:
    rows = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE database_name = ? AND table_name = ?", [ALIAS, ARTICLE.name]
    ).fetchall()
    return bool(rows[0][0])


def recent_snapshots(con: duckdb.DuckDBPyConnection, limit: int = 5) -> list[tuple[int, datetime, str | None, str]]:
    """(snapshot id, time, commit message, changes) of the newest snapshots, newest first."""
    rows = con.execute(
        f"SELECT snapshot_id, snapshot_time, commit_message, CAST(changes AS VARCHAR) FROM {ALIAS}.snapshots() "
        "ORDER BY snapshot_id DESC LIMIT ?",
        [limit],
    ).fetchall()
    return [(int(r[0]), r[1], r[2], str(r[3])) for r in rows]


def stored_data_path(con: duckdb.DuckDBPyConnection) -> str:
    """The data path the catalog records (readers need no --data-path: the catalog knows it)."""
    return str(con.execute(f"SELECT data_path FROM ducklake_settings({_sql_str(ALIAS)})").fetchall()[0][0])


def data_files(location: LakeLocation) -> dict[str, tuple[int, int]]:
    """Every Parquet data file of a local lake: inode and mtime (what a no-op must not change)."""
    if is_url(location.data_path):
        return {}
    root = Path(location.data_path)
    return {str(p.relative_to(root)): (p.stat().st_ino, p.stat().st_mtime_ns) for p in sorted(root.rglob("*.parquet"))}


@dataclass(frozen=True)
class Upkeep:
    """What `maintain` did."""

    merged: int
    expired: int
    removed: int


def maintain(
    con: duckdb.DuckDBPyConnection,
    retention_h: float,
    *,
    merge: bool = True,
    expire: bool = True,
    cleanup: bool = True,
    orphans: bool = True,
) -> Upkeep:
    """Merge adjacent small files, expire snapshots older than the retention, delete unreferenced files.

    A query keeps reading the snapshot it started on: files it needs go only once that snapshot is
    older than retention_h hours. Leftovers of killed runs (files no snapshot names) go the same way
    (orphans: a listing of the data path, so `newsetl maintain` does it and a run does not).
    """
    interval = f"INTERVAL {float(retention_h) * 3600:.0f} SECONDS"
    merged = expired = removed = 0
    if merge:
        # Rows small commits kept inside the catalog go to Parquet first, then small files merge.
        con.execute(f"CALL ducklake_flush_inlined_data({_sql_str(ALIAS)})").fetchall()
        merged = len(con.execute(f"CALL ducklake_merge_adjacent_files({_sql_str(ALIAS)})").fetchall())
    if expire:
        expired = len(
            con.execute(
                f"CALL ducklake_expire_snapshots({_sql_str(ALIAS)}, older_than => now() - {interval})"
            ).fetchall()
        )
    if cleanup:
        removed = len(
            con.execute(
                f"CALL ducklake_cleanup_old_files({_sql_str(ALIAS)}, older_than => now() - {interval})"
            ).fetchall()
        )
    if orphans:
        removed += len(
            con.execute(
                f"CALL ducklake_delete_orphaned_files({_sql_str(ALIAS)}, older_than => now() - {interval})"
            ).fetchall()
        )
    return Upkeep(merged, expired, removed)


@dataclass(frozen=True)
class UpkeepDue:
    """Which upkeep a lake needs now (read from its catalog: a few small queries)."""

    merge: bool  # some partition of a table holds at least min_files data files
    expire: bool  # a snapshot other than the newest is older than the retention
    cleanup: bool  # files dropped by merges or expiry wait past the retention

    def __bool__(self) -> bool:
        return self.merge or self.expire or self.cleanup


def upkeep_due(con: duckdb.DuckDBPyConnection, retention_h: float, min_files: int) -> UpkeepDue:
    """What upkeep is due, from the catalog's own tables (no data file is read or listed)."""
    meta = f"__ducklake_metadata_{ALIAS}"
    interval = f"INTERVAL {float(retention_h) * 3600:.0f} SECONDS"
    crowded = con.execute(
        "WITH keys AS ("
        "  SELECT f.table_id, f.data_file_id, "
        "    string_agg(coalesce(v.partition_value, ''), '/' ORDER BY v.partition_key_index) AS part "
        f"  FROM {meta}.ducklake_data_file f "
        f"  LEFT JOIN {meta}.ducklake_file_partition_value v USING (data_file_id) "
        "  WHERE f.end_snapshot IS NULL GROUP BY ALL) "
        "SELECT count(*) FROM (SELECT table_id, part FROM keys GROUP BY ALL HAVING count(*) >= ?)",
        [min_files],
    ).fetchall()[0][0]
    old_snapshots = con.execute(
        f"SELECT count(*) FROM {ALIAS}.snapshots() WHERE snapshot_time < now() - {interval} "
        f"AND snapshot_id < (SELECT max(snapshot_id) FROM {ALIAS}.snapshots())"
    ).fetchall()[0][0]
    waiting = con.execute(
        # A SQLite catalog stores times as text: cast.
        f"SELECT count(*) FROM {meta}.ducklake_files_scheduled_for_deletion "
        f"WHERE CAST(schedule_start AS TIMESTAMPTZ) < now() - {interval}"
    ).fetchall()[0][0]
    return UpkeepDue(bool(crowded), bool(old_snapshots), bool(waiting))


def upkeep_after_publish(location: LakeLocation, retention_h: float, min_files: int) -> Upkeep | None:
    """A run's own upkeep after it published: only what is due (None when nothing is), no orphan listing."""
    with contextlib.closing(connect(location)) as con:
        due = upkeep_due(con, retention_h, min_files)
        if not due:
            return None
        return maintain(con, retention_h, merge=due.merge, expire=due.expire, cleanup=True, orphans=False)
