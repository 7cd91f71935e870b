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
# The temporary local server needs longer than Prefect's 20 s default on a busy 2-core machine.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")

from flows.settings import Settings
from transforms.errors import NewsetlError

Command = Callable[[argparse.Namespace], int]

# Modules that add sub-commands: each has `register(subparsers) -> None` and sets `func` defaults.
COMMAND_MODULES: tuple[str, ...] = ("flows.cli_ops", "flows.cli_analyst", "flows.cli_lake")


class UsageError(NewsetlError):
    """A bad argument: the message is shown as one line and the exit status is 2."""


def json_default(value: object) -> str:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def add_location_options(parser: argparse.ArgumentParser) -> None:
    """--raw/--catalog/--data-path, shared by every command that touches the data."""
    parser.add_argument("--raw", help="raw dumps folder or filesystem URL, e.g. s3://bucket/raw (default data/raw)")
    parser.add_argument(
        "--catalog",
        help="DuckLake catalog: a SQLite file (default data/lake.sqlite) or postgres:CONNINFO (env NEWSETL_CATALOG)",
    )
    parser.add_argument(
        "--data-path",
        "--curated",
        dest="data_path",
        help="the lake's Parquet files: a folder (default data/curated) or s3://bucket/prefix (env NEWSETL_DATA_PATH)",
    )


def settings_from_args(args: argparse.Namespace) -> Settings:
    """Settings from the environment, overridden by whichever location options the command has."""
    names = (("raw_dir", "raw"), ("catalog", "catalog"), ("data_path", "data_path"))
    # --raw may be a URL (s3://...): Settings types each location, Path() would mangle "//".
    overrides = {field: value for field, option in names if (value := getattr(args, option, None))}
    return Settings(**overrides)  # type: ignore[arg-type]


def parse_report(path: Path, raw_root: Path | None = None) -> dict[str, Any]:
    """The `newsetl parse` object for one file: outcome, reason and the rows it would produce."""
    from flows import io
    from transforms.parse import parse_dump
    from transforms.records import Quarantined
    from transforms.tables import RunContext, SourceDump, article_row, caption_rows, related_rows

    data = path.read_bytes()
    settings = Settings.model_validate({})  # defaults and NEWSETL_* variables
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


def truth_report(truth_dir: Path, paths: Sequence[Path], max_bytes: int) -> list[str]:
    """Per-field agreement of the parser with `<file name>.truth.json` files in truth_dir, as printable lines."""
    from transforms.parse import parse_dump
    from transforms.truth import Agreement, truth_view

    agreement = Agreement()
    missing: list[str] = []
    for path in paths:
        truth_file = truth_dir / f"{path.name}.truth.json"
        if not truth_file.is_file():
            missing.append(path.name)
            continue
        try:
            truth = json.loads(truth_file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise UsageError(f"truth file {truth_file} is not readable JSON: {exc}") from exc
        agreement.add(path.name, truth, truth_view(parse_dump(path.read_bytes(), max_bytes)))
    lines = [f"{agreement.files} file(s) compared with truth in {truth_dir}", *agreement.report_lines()]
    lines.append(f"overall          {agreement.overall():>17.1%}")
    if missing:
        lines.append(f"no truth file for {len(missing)} file(s): " + ", ".join(missing))
    return lines


def cmd_parse(args: argparse.Namespace) -> int:
    paths = [Path(name) for name in args.files]
    for path in paths:
        if not path.is_file():
            raise UsageError(f"no such file: {path}")
    if args.truth is not None:
        truth_dir = Path(args.truth)
        if not truth_dir.is_dir():
            raise UsageError(f"truth folder {truth_dir} does not exist")
        for line in truth_report(truth_dir, paths, Settings.model_validate({}).max_dump_bytes):
            print(line)
        return 0
    for path in paths:
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
        f"  duplicates           {summary.duplicates:>9}",
        f"  re-parsed            {summary.reparsed:>9}",
        f"  elapsed              {summary.duration_s:>8.1f}s",
        f"  snapshot             {summary.snapshot_id if summary.snapshot_id is not None else '- (nothing committed)'}",
        f"  lake                 {summary.warehouse}",
        f"  data docs            {summary.docs or '-'}",
    ]
    return "\n".join(lines)


def cmd_run(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    from flows.io import raw_location_exists

    if not raw_location_exists(settings.raw_dir):
        raise UsageError(f"raw folder {settings.raw_dir} does not exist")
    if args.workers is not None and args.workers < 1:
        raise UsageError(f"--workers must be at least 1, not {args.workers}")
    if args.workers is not None and args.dask_address:
        raise UsageError("--workers and --dask-address exclude each other: the cluster has its own workers")
    if args.dask_address and not args.dask_address.startswith(("tcp://", "tls://", "ucx://", "inproc://")):
        raise UsageError(f"--dask-address must look like tcp://HOST:PORT, not {args.dask_address!r}")
    from flows.ingest import ingest_article_dumps
    from flows.runners import shared_api, task_runner_for

    flow = ingest_article_dumps.with_options(task_runner=task_runner_for(args.workers, args.dask_address))
    with shared_api():
        state = flow(
            raw_dir=str(settings.raw_dir),
            catalog=settings.catalog,
            data_path=settings.data_path,
            full_refresh=args.full_refresh,
            reparse=args.reparse,
            return_state=True,
        )
    if not state.is_completed():
        print(f"newsetl run failed: {state.message}", file=sys.stderr)
        return 1
    summary = state.result()
    print(format_summary(summary))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsetl", description="Raw news dumps -> validated tables in a DuckLake (Parquet + catalog)."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run the ingest-article-dumps flow on the raw folder")
    add_location_options(run)
    run.add_argument("--full-refresh", action="store_true", help="rebuild everything from the raw folder")
    run.add_argument(
        "--reparse", action="store_true", help="re-parse every known dump from its raw bytes (replaces changed rows)"
    )
    run.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="parse on a local Dask cluster of N worker processes (default: one process per core)",
    )
    run.add_argument("--dask-address", metavar="tcp://HOST:PORT", help="parse on an existing Dask cluster")
    run.set_defaults(func=cmd_run)

    parse = sub.add_parser("parse", help="parse dumps and print one JSON object per file (no warehouse)")
    parse.add_argument("files", nargs="+", metavar="FILE")
    parse.add_argument(
        "--truth",
        metavar="DIR",
        help="instead, compare with DIR/<file name>.truth.json and print per-field agreement and mismatching files",
    )
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
