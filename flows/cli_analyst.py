"""Analyst sub-commands of `newsetl`: export, query, status and docs, all on the lake attached read-only."""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import shutil
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import click
import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from flows import lake
from flows.cli import (
    EXIT_CODES,
    RequiredOption,
    UsageError,
    command,
    flag,
    location_options,
    option,
    settings_from_args,
)
from flows.settings import Settings
from flows.views import EXTRA_VIEWS, extra_view_columns
from transforms.errors import NewsetlError
from transforms.schema import CURATED_TABLES, LOG_TABLES, PARTITION_COLUMN, TABLES_BY_NAME, Table

FORMATS: dict[str, str] = {
    # name -> COPY options; json is newline-delimited (one object per line) by default.
    "parquet": "FORMAT parquet, COMPRESSION zstd",
    "csv": "FORMAT csv, HEADER true",
    "jsonl": "FORMAT json",
}
_SUFFIX_FORMATS = {".parquet": "parquet", ".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
DEFAULT_MAX_ROWS = 40
_EXPORT_BATCH_ROWS = 100_000  # rows held at once by a Parquet export
RECENT_RUNS = 5


@dataclass(frozen=True)
class Exportable:
    """A table or view `newsetl export` accepts, with the columns its filters can use."""

    name: str
    kind: str  # curated view | analyst view | log table
    columns: tuple[str, ...]


@functools.cache
def exportables() -> dict[str, Exportable]:
    """Curated views, analyst views and log tables, with columns from the schema module and views.py."""
    out = {t.name: Exportable(t.name, "curated view", tuple(t.column_names)) for t in CURATED_TABLES}
    views = extra_view_columns()
    out.update({v.name: Exportable(v.name, "analyst view", tuple(c for c, _ in views[v.name])) for v in EXTRA_VIEWS})
    out.update({t.name: Exportable(t.name, "log table", tuple(t.column_names)) for t in LOG_TABLES})
    return out


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


@contextmanager
def read_only(settings: Settings, as_of: str | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """The lake attached read-only (at a snapshot id or time with as_of): never in a run's way."""
    con = lake.connect(lake.LakeLocation.of(settings), read_only=True, as_of=as_of)
    try:
        yield con
    finally:
        con.close()


def _in_warehouse(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    row = con.execute(
        "SELECT count(*) FROM duckdb_columns() WHERE database_name = ? AND schema_name = 'main' AND table_name = ?",
        [lake.ALIAS, name],
    ).fetchone()
    return bool(row and row[0])


def _missing(item: Exportable) -> NewsetlError:
    if item.kind == "log table":
        return NewsetlError(f"{item.name} is not in the lake: run `newsetl run` first")
    return NewsetlError(f"{item.kind} {item.name} is not in the lake yet: it is created when a `newsetl run` publishes")


def _sql_str(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


# ---------------------------------------------------------------- export


def parse_day(value: str | None, option: str) -> date | None:
    """A YYYY-MM-DD date, or a UsageError naming the option."""
    if value is None:
        return None
    try:
        if not _ISO_DATE.fullmatch(value):
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} {value!r} is not a date: use YYYY-MM-DD, e.g. 2025-02-19") from None


def export_filters(item: Exportable, since: date | None, until: date | None, section: str | None) -> list[str]:
    """WHERE conditions for the filters; a UsageError when the table cannot take one (never silently ignored)."""
    where: list[str] = []
    if since is not None or until is not None:
        if PARTITION_COLUMN not in item.columns:
            have = ", ".join(n for n, e in exportables().items() if PARTITION_COLUMN in e.columns)
            raise UsageError(
                f"--since/--until filter on {PARTITION_COLUMN}, which {item.name} does not have "
                f"(tables that do: {have})"
            )
        if since is not None and until is not None and since > until:
            raise UsageError(f"--since {since} is after --until {until}: nothing could match")
        # Rows without a published_date never match a date filter.
        if since is not None:
            where.append(f"{PARTITION_COLUMN} >= DATE '{since.isoformat()}'")
        if until is not None:
            where.append(f"{PARTITION_COLUMN} <= DATE '{until.isoformat()}'")
    if section is not None:
        if "section" in item.columns:
            where.append(f"section = {_sql_str(section)}")
        elif item.kind == "curated view" and "article_id" in item.columns:
            # Captions and related headlines take their article's section.
            where.append(f"article_id IN (SELECT article_id FROM article WHERE section = {_sql_str(section)})")
        else:
            raise UsageError(f"--section: {item.name} has no section (use article, caption, related_headline, ...)")
    return where


def _format_for(args: argparse.Namespace, out: Path) -> str:
    if args.format is None:
        inferred = _SUFFIX_FORMATS.get(out.suffix.lower())
        if inferred is None:
            raise UsageError(f"--format missing and {out.name!r} has no known suffix: use --format {'|'.join(FORMATS)}")
        return inferred
    if args.format not in FORMATS:
        raise UsageError(f"unknown --format {args.format!r}: use one of {', '.join(FORMATS)}")
    implied = _SUFFIX_FORMATS.get(out.suffix.lower())
    if implied is not None and implied != args.format:
        raise UsageError(
            f"--format {args.format} does not match {out.name!r}, a .{implied} name: change the suffix or the format"
        )
    return str(args.format)


def cmd_export(args: argparse.Namespace) -> int:
    items = exportables()
    if not args.table:
        raise UsageError(f"--table is required: one of {', '.join(items)}")
    item = items.get(args.table)
    if item is None:
        raise UsageError(f"unknown table {args.table!r}: use one of {', '.join(items)}")
    if not args.out:
        raise UsageError("--out PATH is required")
    out = Path(args.out)
    fmt = _format_for(args, out)
    since, until = parse_day(args.since, "--since"), parse_day(args.until, "--until")
    where = export_filters(item, since, until, args.section)
    if out.is_dir():
        raise UsageError(f"--out {out} is a folder: give a file path")
    if out.exists() and not args.force:
        raise UsageError(f"{out} already exists: pass --force to replace it")
    settings = settings_from_args(args)
    with read_only(settings) as con:
        if not _in_warehouse(con, item.name):
            raise _missing(item)
        query = f"SELECT * FROM {item.name}" + (f" WHERE {' AND '.join(where)}" if where else "")
        out.parent.mkdir(parents=True, exist_ok=True)
        # COPY streams the rows to disk; writing beside the target and renaming means a failed or
        # interrupted export never leaves a half-written file under the requested name.
        tmp = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.tmp")
        try:
            if fmt == "parquet":
                rows = _write_parquet(con, query, tmp, TABLES_BY_NAME.get(item.name))
            else:
                row = con.execute(f"COPY ({query}) TO {_sql_str(str(tmp))} ({FORMATS[fmt]})").fetchone()
                rows = int(row[0]) if row else 0
            os.replace(tmp, out)
        except (duckdb.Error, pa.ArrowInvalid) as exc:
            raise NewsetlError(f"export of {item.name} failed: {_first_line(exc)}") from None
        finally:
            tmp.unlink(missing_ok=True)
    print(f"exported {rows} row{'' if rows == 1 else 's'} of {item.name} to {out} ({fmt})")
    return 0


def _write_parquet(con: duckdb.DuckDBPyConnection, query: str, path: Path, table: Table | None) -> int:
    """Stream a query to Parquet with the table's declared schema; returns the rows written.

    DuckDB's own COPY marks a column NOT NULL when this export happens to hold no null in it, so
    two exports of one table could not be combined. Tables get transforms.schema's types and
    nullability; views (no declared schema) every column nullable.
    """
    # The connection itself, not a cursor: a cursor would not see the attached lake as its default catalog.
    reader = con.execute(query).fetch_record_batch(_EXPORT_BATCH_ROWS)
    schema = table.arrow_schema if table else pa.schema([f.with_nullable(True) for f in reader.schema])
    rows = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for batch in reader:
            writer.write_batch(batch.select(schema.names).cast(schema))
            rows += batch.num_rows
    return rows


# ---------------------------------------------------------------- query

_READ_ONLY = (duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN)


def _one_statement(con: duckdb.DuckDBPyConnection, sql: str) -> duckdb.Statement:
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise UsageError(f"cannot parse the query: {_first_line(exc)}") from None
    if not statements:
        raise UsageError("empty query: give one SELECT statement")
    if len(statements) > 1:
        raise UsageError(f"{len(statements)} statements given: `newsetl query` runs one statement at a time")
    return statements[0]


def _explained(sql: str) -> str:
    """The statement after EXPLAIN [ANALYZE] (comments skipped via DuckDB's own tokenizer)."""
    tokens = [(pos, kind) for pos, kind in duckdb.tokenize(sql) if kind != duckdb.token_type.comment]
    words = [
        sql[pos : (tokens[i + 1][0] if i + 1 < len(tokens) else len(sql))].strip() for i, (pos, _) in enumerate(tokens)
    ]
    skip = 2 if len(words) > 1 and words[1].upper() in ("ANALYZE", "ANALYSE") else 1
    return sql[tokens[skip][0] :] if len(tokens) > skip else ""


def check_read_only(con: duckdb.DuckDBPyConnection, sql: str) -> duckdb.StatementType:
    """The statement type if `sql` is one statement that only reads; a UsageError otherwise.

    The type comes from DuckDB's parser, not a pattern; a read-only connection alone is not enough
    because COPY ... TO, EXPORT DATABASE, ATTACH and EXPLAIN ANALYZE COPY still write files.
    """
    statement = _one_statement(con, sql)
    if statement.type not in _READ_ONLY:
        raise UsageError(
            f"refused: {statement.type.name} statement; `newsetl query` only runs SELECT (and EXPLAIN of a SELECT)"
        )
    if statement.type == duckdb.StatementType.EXPLAIN:
        inner = _explained(sql)
        try:
            inner_type = _one_statement(con, inner).type if inner else None
        except UsageError:
            inner_type = None
        if inner_type != duckdb.StatementType.SELECT:
            raise UsageError("refused: `newsetl query` only explains a SELECT (EXPLAIN [ANALYZE] SELECT ...)")
    return statement.type


def positive_int(value: str | None, option: str, default: int) -> int:
    """An option's positive integer (argparse's own check would print usage plus an error: two lines)."""
    if value is None:
        return default
    if not value.isdigit() or int(value) < 1:
        raise UsageError(f"{option} must be a positive whole number, not {value!r}")
    return int(value)


def cmd_query(args: argparse.Namespace) -> int:
    if args.sql is None:
        raise UsageError('give the SQL to run, e.g. newsetl query "SELECT count(*) FROM article"')
    sql = sys.stdin.read() if args.sql == "-" else str(args.sql)
    max_rows = positive_int(args.max_rows, "--max-rows", DEFAULT_MAX_ROWS)
    max_width = positive_int(args.max_width, "--max-width", 0) or None
    fmt = args.format or "table"
    if fmt not in QUERY_FORMATS:
        raise UsageError(f"unknown --format {fmt!r}: use one of {', '.join(QUERY_FORMATS)}")
    settings = settings_from_args(args)
    with read_only(settings, as_of=as_of_option(args.as_of)) as con:
        kind = check_read_only(con, sql)
        try:
            relation = con.sql(sql)
            if kind == duckdb.StatementType.EXPLAIN:
                # Plans are pre-drawn text: print them as they are rather than inside a table cell.
                assert relation is not None
                for _, plan in relation.fetchall():
                    print(plan)
                return 0
            if relation is None:
                raise NewsetlError("the statement returned no result")
            if fmt != "table":
                # For scripts: every row, streamed by DuckDB's writer to stdout.
                write_rows(con, relation, fmt)
                return 0
            # Fetch one row more than shown so a long result is never read into memory whole.
            result = relation.limit(max_rows + 1).to_arrow_table()
        except duckdb.Error as exc:
            raise NewsetlError(f"query failed: {_first_line(exc)}") from None
        shown = result.slice(0, max_rows)
        width = max_width or (shutil.get_terminal_size().columns if sys.stdout.isatty() else None)
        con.from_arrow(shown).show(max_rows=max_rows, max_width=width)
    if result.num_rows > max_rows:
        print(f"(first {max_rows} rows shown: add LIMIT, raise --max-rows, or use `newsetl export`)")
    return 0


QUERY_FORMATS: tuple[str, ...] = ("table", "csv", "json")
_AS_OF = re.compile(r"\d+|\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?([+-]\d{2}(:?\d{2})?|Z)?")


def as_of_option(value: str | None) -> str | None:
    """--as-of: a lake snapshot id, or a timestamp (YYYY-MM-DD[ HH:MM[:SS]][+TZ])."""
    if value is None:
        return None
    if not _AS_OF.fullmatch(value.strip()):
        raise UsageError(
            f"--as-of {value!r}: give a snapshot id (newsetl status lists them) or a time like 2026-01-31 12:00"
        )
    return value.strip()


def write_rows(con: duckdb.DuckDBPyConnection, relation: duckdb.DuckDBPyRelation, fmt: str) -> None:
    """All rows as CSV (header) or JSON Lines on stdout."""
    table = relation.to_arrow_table()
    if fmt == "csv":
        import pyarrow.csv as pacsv

        buf = pa.BufferOutputStream()
        pacsv.write_csv(table, buf)
        sys.stdout.write(buf.getvalue().to_pybytes().decode())
    else:
        for row in table.to_pylist():
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


# ---------------------------------------------------------------- status


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} TB"


def _sizes(root: str, files: dict[str, tuple[int, int]]) -> int:
    return sum((Path(root) / name).stat().st_size for name in files if (Path(root) / name).exists())


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    return con.execute(sql, params or []).fetchall()


def _table(header: tuple[str, ...], rows: list[tuple[Any, ...]], indent: str = "  ") -> list[str]:
    """A Rich table as plain text lines (no colour, no borders, never wrapped): numbers right-aligned."""
    from rich.console import Console
    from rich.table import Table as RichTable

    table = RichTable(box=None, pad_edge=False, padding=(0, 1), header_style=None, show_edge=False)
    for i, name in enumerate(header):
        values = [r[i] for r in rows if r[i] is not None]
        numeric = bool(values) and all(isinstance(v, int | float) and not isinstance(v, bool) for v in values)
        table.add_column(name, justify="right" if numeric else "left", no_wrap=True)
    for row in rows:
        table.add_row(*("-" if v is None else str(v) for v in row))
    # A wide, colourless console writing to a buffer: the report reads the same on a terminal, in a pipe or a test.
    console = Console(width=10_000, color_system=None, force_terminal=False, highlight=False, record=False)
    with console.capture() as captured:
        console.print(table)
    return [indent + line.rstrip() for line in captured.get().splitlines()]


def status_lines(con: duckdb.DuckDBPyConnection, settings: Settings, runs: int) -> list[str]:
    """The `newsetl status` report: the lake, recent snapshots, row counts, last runs, quarantine and rejects."""
    from flows.progress import plural

    location = lake.LakeLocation(lake.LakeLocation.of(settings).catalog, lake.stored_data_path(con).rstrip("/"))
    files = lake.data_files(location)
    stored = human_size(_sizes(location.data_path, files)) if files else ""
    size = f"  ({plural(len(files), 'data file')}, {stored})" if files else ""
    lines = [f"lake       {location.describe()}", f"data       {location.data_path}{size}"]
    if not lake.has_tables(con):
        lines += ["snapshot   none yet: the tables appear after the first successful run"]
        return lines
    lines += ["", "recent snapshots (newest first; query one with --as-of ID)"]
    snaps = [(i, f"{t:%Y-%m-%d %H:%M:%S}", m or "-", c) for i, t, m, c in lake.recent_snapshots(con, RECENT_RUNS)]
    lines += _table(("id", "time (UTC)", "message", "changes"), snaps)
    lines += ["", "rows"]
    counts = [(t.name, _rows(con, f"SELECT count(*) FROM {t.name}")[0][0]) for t in CURATED_TABLES]
    lines += _table(("table", "rows"), counts)
    history = _rows(
        con,
        f"SELECT strftime(started_at, '%Y-%m-%d %H:%M:%S'), status, files_seen, files_new, articles, captions, "
        f"related_headlines, quarantined, rejected, round(duration_s, 1), snapshot_id, error "
        f"FROM {TABLES_BY_NAME['ingest_run'].name} ORDER BY started_at DESC LIMIT ?",
        [runs],
    )
    total_runs = _rows(con, "SELECT count(*) FROM ingest_run")[0][0]
    lines += ["", f"last runs ({len(history)} of {total_runs}, newest first, UTC)"]
    if history:
        header = ("started", "status", "seen", "new", "articles", "captions", "related", "quar.", "rej.", "secs")
        lines += _table(header, [r[:10] for r in history])
        lines += [f"  failed run {r[0]}: {r[11]}" for r in history if r[11]]
    else:
        lines += ["  no runs yet"]
    # Dumps quarantined now (the manifest, as the run summaries count them), by their latest reason.
    quarantined = _rows(
        con,
        "SELECT coalesce(q.reason_code, 'unknown'), count(*) FROM ingest_file f LEFT JOIN ("
        "  SELECT DISTINCT ON (source_file, source_sha256) source_file, source_sha256, reason_code FROM quarantine "
        "  ORDER BY source_file, source_sha256, quarantined_at DESC) q USING (source_file, source_sha256) "
        "WHERE f.status = 'quarantined' GROUP BY ALL ORDER BY 2 DESC, 1",
    )
    lines += ["", f"quarantined dumps  {sum(r[1] for r in quarantined)}"]
    lines += [f"  {reason:<20} {n}" for reason, n in quarantined]
    recent = _rows(
        con,
        "SELECT DISTINCT ON (source_sha256) source_file, reason_code, kept_as, quarantined_at FROM quarantine "
        "ORDER BY source_sha256, quarantined_at DESC",
    )
    for source_file, reason, kept_as, _ in sorted(recent, key=lambda r: r[3], reverse=True)[:RECENT_RUNS]:
        lines.append(f"  - {source_file} ({reason}) kept as {kept_as or '-'}")
    rejected = _rows(
        con,
        "SELECT table_name, expectation, count(*), count(DISTINCT source_file) FROM rejected_row "
        "GROUP BY ALL ORDER BY 3 DESC, 1, 2",
    )
    files = _rows(con, "SELECT count(DISTINCT source_file) FROM rejected_row")[0][0]
    lines += ["", f"rejected rows  {sum(r[2] for r in rejected)} from {plural(files, 'dump')}"]
    if rejected:
        lines += _table(("table", "expectation", "rows", "dumps"), rejected)
    if quarantined or rejected:
        lines += ["  details: newsetl export --table quarantine|rejected_row --format csv --out FILE"]
    return lines


def cmd_status(args: argparse.Namespace) -> int:
    runs = positive_int(args.runs, "--runs", RECENT_RUNS)
    settings = settings_from_args(args)
    with read_only(settings) as con:
        try:
            # The report labels its times UTC; DuckDB would otherwise render them in the local zone.
            con.execute("SET TimeZone = 'UTC'")
            lines = status_lines(con, settings, runs)
        except duckdb.Error as exc:
            raise NewsetlError(f"cannot read the lake status: {_first_line(exc)}") from None
    print("\n".join(lines))
    return 0


# ---------------------------------------------------------------- docs


def cmd_docs(args: argparse.Namespace) -> int:
    index = settings_from_args(args).docs_path.resolve() / "index.html"
    if not index.is_file():
        print(
            f"Great Expectations Data Docs are not built yet: expected at {index} "
            "(the validation step of `newsetl run` writes them)",
            file=sys.stderr,
        )
        return 1
    print(f"Great Expectations Data Docs: {index}")
    print(f"open in a browser: {index.as_uri()}")
    return 0


# ---------------------------------------------------------------- registration


def register(group: click.Group) -> None:
    """Add export, query, status and docs to the `newsetl` command group."""
    # --table/--out are checked in cmd_export rather than by click, so a missing one gets a line naming the choices.
    export = command(
        "export",
        cmd_export,
        "copy a table or view to Parquet, CSV or JSON Lines (streamed by DuckDB)",
        [
            RequiredOption(["--table"], metavar="TABLE", help="table or view to export"),
            RequiredOption(["--out"], metavar="PATH", help="file to write"),
            option("--format", help="parquet | csv | jsonl (default: from the --out suffix, which must agree)"),
            option("--since", metavar="DAY", help="published_date on or after YYYY-MM-DD"),
            option("--until", metavar="DAY", help="published_date on or before YYYY-MM-DD"),
            option("--section", help="only articles of this section (exact match)"),
            flag("--force", help="replace --out if it exists"),
            *location_options("catalog", "data_path"),
        ],
        # Names only: exportables() would build DuckDB's scratch catalog on every `newsetl` start.
        description="Copy a table or view to Parquet, CSV or JSON Lines (streamed by DuckDB). Tables: "
        + ", ".join([t.name for t in CURATED_TABLES] + [v.name for v in EXTRA_VIEWS] + [t.name for t in LOG_TABLES])
        + ". Date filters apply to published_date (inclusive).",
        usage="--table TABLE --out PATH [OPTIONS]",
    )
    query = command(
        "query",
        cmd_query,
        "run one read-only SQL statement and print a table",
        [
            click.Argument(["sql"], required=False, metavar="SQL"),
            option("--max-rows", help=f"rows shown (default {DEFAULT_MAX_ROWS})"),
            option("--max-width", help="characters per line (default: the terminal width)"),
            option("--format", help="table (default) | csv | json (JSON Lines; csv and json print every row)"),
            option("--as-of", help="query the lake as it was at a snapshot id or a time (time travel)"),
            *location_options("catalog", "data_path"),
        ],
        description="Run one read-only SQL statement and print a table. SQL: one SELECT (or EXPLAIN SELECT); "
        "'-' reads it from stdin.",
    )
    status = command(
        "status",
        cmd_status,
        "last runs, row counts, quarantine, rejects and sizes on disk",
        [option("--runs", help=f"runs listed (default {RECENT_RUNS})"), *location_options("catalog", "data_path")],
    )
    docs = command(
        "docs",
        cmd_docs,
        "where the Great Expectations Data Docs are",
        location_options("catalog", "data_path"),
        epilog=EXIT_CODES + "\n  (docs: 1 when not built yet)",
    )
    for cmd in (export, query, status, docs):
        group.add_command(cmd)
