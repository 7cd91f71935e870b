"""`newsetl`: the human entry point (run, parse, ...); bad arguments give one clear line, never a traceback."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

# Prefect reads these at import: no telemetry, no network beyond loopback.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

from flows.settings import Settings  # noqa: E402
from transforms.errors import NewsetlError  # noqa: E402

Command = Callable[[argparse.Namespace], int]

# Modules that add sub-commands: each has `register(subparsers) -> None` and sets `func` defaults.
COMMAND_MODULES: tuple[str, ...] = ()


class UsageError(NewsetlError):
    """A bad argument: the message is shown as one line and the exit status is 2."""


def json_default(value: object) -> str:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def add_location_options(parser: argparse.ArgumentParser) -> None:
    """--raw/--curated/--warehouse, shared by every command that touches the data."""
    parser.add_argument("--raw", help="raw dumps folder (default data/raw)")
    parser.add_argument("--curated", help="curated Parquet folder (default data/curated)")
    parser.add_argument("--warehouse", help="DuckDB file (default data/warehouse.duckdb)")


def settings_from_args(args: argparse.Namespace) -> Settings:
    """Settings from the environment, overridden by whichever location options the command has."""
    names = (("raw_dir", "raw"), ("curated_dir", "curated"), ("warehouse", "warehouse"))
    overrides = {field: Path(value) for field, option in names if (value := getattr(args, option, None))}
    return Settings(**overrides)  # type: ignore[arg-type]


def parse_report(path: Path, raw_root: Path | None = None) -> dict[str, Any]:
    """The `newsetl parse` object for one file: outcome, reason and the rows it would produce."""
    from flows import io
    from transforms.parse import parse_dump
    from transforms.records import Quarantined
    from transforms.tables import RunContext, SourceDump, article_row, caption_rows, related_rows

    data = path.read_bytes()
    settings = Settings()
    outcome = parse_dump(data, settings.max_dump_bytes)
    source_file = path.relative_to(raw_root).as_posix() if raw_root else path.name
    source = SourceDump(source_file, io.sha256_of(data))
    article = outcome.partial if isinstance(outcome, Quarantined) else outcome
    report: dict[str, Any] = {
        "file": str(path),
        "outcome": "quarantine" if isinstance(outcome, Quarantined) else "ok",
        "reason": f"{outcome.reason_code}: {outcome.detail}" if isinstance(outcome, Quarantined) else None,
        "article": None,
        "captions": [],
        "related_headlines": [],
    }
    if article is not None:
        # Outside a run there is no run id or ingestion time.
        row = article_row(article, source, RunContext("", datetime.min))
        row["run_id"] = row["ingested_at"] = None
        report["article"] = row
        report["captions"] = caption_rows(article, row["article_id"])
        report["related_headlines"] = related_rows(article, row["article_id"])
    return report


def cmd_parse(args: argparse.Namespace) -> int:
    for name in args.files:
        path = Path(name)
        if not path.is_file():
            raise UsageError(f"no such file: {name}")
        print(json.dumps(parse_report(path), ensure_ascii=False, default=json_default))
    return 0


def format_summary(summary: Any) -> str:
    totals = summary.totals or {}
    lines = [
        f"run {summary.run_id}: {summary.status}" + (f" ({summary.error})" if summary.error else ""),
        f"  files seen           {summary.files_seen:>9}   new or changed {summary.files_new}",
        f"  articles             {summary.articles:>9}   in warehouse {totals.get('article', 0)}",
        f"  captions             {summary.captions:>9}   in warehouse {totals.get('caption', 0)}",
        f"  related headlines    {summary.related_headlines:>9}   in warehouse {totals.get('related_headline', 0)}",
        f"  quarantined          {summary.quarantined:>9}",
        f"  rejected rows        {summary.rejected:>9}",
        f"  elapsed              {summary.duration_s:>8.1f}s",
        f"  snapshot             {summary.snapshot_id or '-'}",
        f"  warehouse            {summary.warehouse}",
    ]
    return "\n".join(lines)


def cmd_run(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    if not settings.raw_dir.is_dir():
        raise UsageError(f"raw folder {settings.raw_dir} does not exist")
    from flows.ingest import ingest_article_dumps

    state = ingest_article_dumps(
        raw_dir=str(settings.raw_dir),
        curated_dir=str(settings.curated_dir),
        warehouse=str(settings.warehouse),
        full_refresh=args.full_refresh,
        return_state=True,
    )
    if not state.is_completed():
        print(f"newsetl run failed: {state.message}", file=sys.stderr)
        return 1
    summary = state.result()
    print(format_summary(summary))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsetl", description="Raw news dumps -> validated Parquet + DuckDB warehouse.")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run the ingest-article-dumps flow on the raw folder")
    add_location_options(run)
    run.add_argument("--full-refresh", action="store_true", help="rebuild everything from the raw folder")
    run.set_defaults(func=cmd_run)

    parse = sub.add_parser("parse", help="parse dumps and print one JSON object per file (no warehouse)")
    parse.add_argument("files", nargs="+", metavar="FILE")
    parse.set_defaults(func=cmd_parse)

    for module in COMMAND_MODULES:
        importlib.import_module(module).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Command = args.func
    try:
        return func(args)
    except UsageError as exc:
        print(f"newsetl: {exc}", file=sys.stderr)
        return 2
    except NewsetlError as exc:
        print(f"newsetl: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("newsetl: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
