"""`newsetl`: the human entry point (run, parse, ...); bad arguments give one clear line, never a traceback."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

# Prefect reads these at import: no telemetry, no network beyond loopback.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
# The temporary local server needs longer than Prefect's 20 s default on a busy 2-core machine.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")

import click

from flows.settings import Settings, is_url
from transforms.errors import NewsetlError

CommandFunc = Callable[[argparse.Namespace], int]

# Modules that add sub-commands: each has `register(group: click.Group) -> None`.
COMMAND_MODULES: tuple[str, ...] = ("flows.cli_ops", "flows.cli_analyst", "flows.cli_lake")


class UsageError(NewsetlError):
    """A bad argument: the message is shown as one line and the exit status is 2."""


# \b keeps click from re-wrapping the lines.
EXIT_CODES = (
    "\b\nexit status:\n"
    "  0    done\n"
    "  1    the command or run failed (one line on stderr says why)\n"
    "  2    bad arguments, settings (NEWSETL_* variables) or locations\n"
    "  130  interrupted"
)
CONTEXT: dict[str, Any] = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def settings_error(exc: Any) -> str:
    """A pydantic ValidationError of Settings as one line naming the NEWSETL_* variable and its value."""
    parts = []
    for error in exc.errors():
        field = str(error["loc"][0]) if error.get("loc") else "?"
        variable = f"NEWSETL_{field.upper()}"
        source = variable if variable in os.environ else f"setting {field}"
        parts.append(f"{source}={error.get('input')!r}: {error['msg']}")
    return "; ".join(parts)


def check_writable(folder: Path, what: str, option: str) -> None:
    """UsageError unless a file can be created in folder (created if missing): before a run starts, not after."""
    probe = folder / f".newsetl-probe-{os.getpid()}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        os.unlink(probe)
    except OSError as exc:
        why = "a file is in the way" if isinstance(exc, (FileExistsError, NotADirectoryError)) else exc.strerror
        raise UsageError(
            f"cannot write the {what} folder {folder} ({why}): choose a writable {option} or fix its permissions"
        ) from None


def check_dask_scheduler(address: str, timeout_s: float = 5.0) -> None:
    """NewsetlError at once when nothing accepts connections at a tcp:// or tls:// Dask address."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(address)
    if parts.scheme not in ("tcp", "tls"):
        return  # ucx:// and inproc:// cannot be probed with a socket; Dask reports those itself
    try:
        host, port = parts.hostname, parts.port
    except ValueError:
        port = None
    if not host or port is None:
        raise UsageError(f"--dask-address must look like tcp://HOST:PORT, not {address!r}")
    try:
        socket.create_connection((host, port), timeout=timeout_s).close()
    except OSError as exc:
        raise NewsetlError(f"no Dask scheduler answers at {address}: {exc.strerror or exc}") from None


def json_default(value: object) -> str:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


class RequiredOption(click.Option):
    """An option help lists as [required] while the command checks it: its own message names the choices."""

    def get_help_extra(self, ctx: click.Context) -> Any:
        extra = super().get_help_extra(ctx)
        extra["required"] = "required"
        return extra


def option(*names: str, help: str, metavar: str | None = None, type: Any = None, default: Any = None) -> click.Option:
    """A value option; without metavar it shows the argparse-style NAME (not click's TEXT)."""
    dest = next((n for n in names if not n.startswith("-")), None)
    shown = metavar or (dest or names[0].lstrip("-").replace("-", "_")).upper()
    return click.Option(list(names), help=help, metavar=shown, type=type, default=default)


def flag(*names: str, help: str) -> click.Option:
    return click.Option(list(names), is_flag=True, default=False, help=help)


def location_options(*only: str) -> list[click.Option]:
    """--raw/--catalog/--data-path (or only those named), shared by the commands that touch the data."""
    options: list[click.Option] = []
    if not only or "raw" in only:
        options.append(
            option("--raw", help="raw dumps folder or filesystem URL, e.g. s3://bucket/raw (default data/raw)")
        )
    if not only or "catalog" in only:
        options.append(
            option(
                "--catalog",
                help="DuckLake catalog: a SQLite file (default data/lake.sqlite) or postgres:CONNINFO "
                "(env NEWSETL_CATALOG)",
            )
        )
    if not only or "data_path" in only:
        # --curated: the old name, kept for `run` (readers only ever knew --warehouse).
        names = ("--data-path", "--curated") if not only else ("--data-path",)
        options.append(
            option(
                *names,
                "data_path",
                metavar="DATA_PATH",
                help="the lake's Parquet files: a folder (default data/curated) or s3://bucket/prefix "
                "(env NEWSETL_DATA_PATH)",
            )
        )
    return options


class Command(click.Command):
    """A click command that keeps argparse's rule: a word with a space is a value even if it starts with '-'."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        # `newsetl query "-- note\nSELECT 1"` is SQL, not an unknown option: hide such words from click's
        # option matching behind placeholders and put them back in the parsed values.
        words = {f"\0{i}": a for i, a in enumerate(args) if a.startswith("-") and " " in a}
        shown = {a: p for p, a in words.items()}
        rest = super().parse_args(ctx, [shown.get(a, a) for a in args])
        for key, value in ctx.params.items():
            if isinstance(value, str):
                ctx.params[key] = words.get(value, value)
            elif isinstance(value, tuple):
                ctx.params[key] = tuple(words.get(v, v) if isinstance(v, str) else v for v in value)
        return [words.get(a, a) for a in rest]


def command(
    name: str,
    func: CommandFunc,
    summary: str,
    params: Sequence[click.Parameter],
    description: str | None = None,
    epilog: str = EXIT_CODES,
    usage: str = "[OPTIONS]",
) -> click.Command:
    """A click command that gathers its options into the argparse.Namespace func reads and returns its status."""

    def callback(**values: Any) -> int:
        return func(argparse.Namespace(**values))

    return Command(
        name,
        callback=callback,
        params=list(params),
        help=description or summary,
        short_help=summary,
        epilog=epilog,
        options_metavar=usage,
        context_settings=CONTEXT,
    )


def settings_from_args(args: argparse.Namespace) -> Settings:
    """Settings from the environment, overridden by whichever location options the command has."""
    names = (("raw_dir", "raw"), ("catalog", "catalog"), ("data_path", "data_path"))
    # --raw may be a URL (s3://...): Settings types each location, Path() would mangle "//".
    overrides = {field: value for field, option in names if (value := getattr(args, option, None))}
    return Settings(**overrides)  # type: ignore[arg-type]


def parse_report(path: Path, raw_root: Path | None = None) -> dict[str, Any]:
    """The `newsetl parse` object for one file: outcome, reason and the rows it would produce."""
    from flows import discovery
    from transforms.parse import parse_dump
    from transforms.records import Quarantined
    from transforms.tables import RunContext, SourceDump, article_row, caption_rows, related_rows

    data = path.read_bytes()
    settings = Settings.model_validate({})  # defaults and NEWSETL_* variables
    outcome = parse_dump(data, settings.max_dump_bytes)
    source_file = path.relative_to(raw_root).as_posix() if raw_root else path.name
    source = SourceDump(source_file, discovery.sha256_of(data))
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
    """Agreement of the parser with `<file name>.truth.json` files in truth_dir, per field and overall (field
    agreement, outcomes, body token F1: the scoreboard's figures), as printable lines."""
    from transforms.parse import parse_dump
    from transforms.truth import SCORE_HEADER, Score, truth_view

    agreement = Score()
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
        agreement.add(truth, truth_view(parse_dump(path.read_bytes(), max_bytes)), path.name)
    lines = [f"{agreement.files} file(s) compared with truth in {truth_dir}", *agreement.field_lines()]
    lines += ["", SCORE_HEADER, agreement.line("overall")]
    if missing:
        lines.append(f"no truth file for {len(missing)} file(s): " + ", ".join(missing))
    return lines


def parse_targets(names: Sequence[str]) -> list[tuple[Path, Path | None]]:
    """(file, root its name is relative to) per FILE argument; a folder stands for the files under it."""
    from flows.discovery import discover

    targets: list[tuple[Path, Path | None]] = []
    for name in names:
        path = Path(name)
        if path.is_dir():
            # The files a run would read there, by the same rules (hidden entries ignored).
            listed = sorted(discover(str(path)).listing["source_file"].to_pylist())
            targets += [(path / rel, path) for rel in listed if (path / rel).is_file()]
        elif path.is_file():
            targets.append((path, None))
        else:
            raise UsageError(f"no such file or folder: {path}")
    return targets


def cmd_parse(args: argparse.Namespace) -> int:
    targets = parse_targets(args.files)
    paths = [path for path, _ in targets]
    if args.truth is not None:
        truth_dir = Path(args.truth)
        if not truth_dir.is_dir():
            raise UsageError(f"truth folder {truth_dir} does not exist")
        for line in truth_report(truth_dir, paths, Settings.model_validate({}).max_dump_bytes):
            print(line)
        return 0
    for path, root in targets:
        print(json.dumps(parse_report(path, root), ensure_ascii=False, default=json_default))
    return 0


def format_summary(summary: Any, wall_s: float | None = None) -> str:
    """The run summary; wall_s (the command's own clock) includes Prefect's start-up, which the flow cannot see."""
    totals = summary.totals or {}
    # A no-op publishes nothing: it names the snapshot and docs that stay current.
    noop = summary.status == "noop"
    snapshot = "-" if summary.snapshot_id is None else str(summary.snapshot_id)
    docs = summary.docs or ("none built yet" if noop else "-")
    if noop:
        snapshot = f"{snapshot} (unchanged: nothing committed)" if summary.snapshot_id is not None else "none yet"
        docs += " (unchanged)" if summary.docs else ""
    elapsed = f"{summary.duration_s:>8.1f}s"
    if wall_s is not None and wall_s > summary.duration_s:
        elapsed = f"{wall_s:>8.1f}s (run {summary.duration_s:.1f}s, the rest Prefect start-up)"
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
        f"  elapsed              {elapsed}",
        f"  snapshot             {snapshot}",
        f"  lake                 {summary.warehouse}",
        f"  data docs            {docs}",
    ]
    return "\n".join(lines)


def cmd_run(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    from flows.discovery import RawRootError, check_raw_root

    try:
        check_raw_root(settings.raw_dir)
    except RawRootError as exc:
        raise UsageError(str(exc)) from None
    if args.workers is not None and args.workers < 1:
        raise UsageError(f"--workers must be at least 1, not {args.workers}")
    if args.workers is not None and args.dask_address:
        raise UsageError("--workers and --dask-address exclude each other: the cluster has its own workers")
    if args.dask_address and not args.dask_address.startswith(("tcp://", "tls://", "ucx://", "inproc://")):
        raise UsageError(f"--dask-address must look like tcp://HOST:PORT, not {args.dask_address!r}")
    if settings.local_catalog is not None:
        check_writable(settings.local_catalog.resolve().parent, "catalog", "--catalog")
    if not is_url(settings.data_path):  # a bucket is checked by the lake when it attaches
        check_writable(Path(settings.data_path).resolve(), "data", "--data-path")
    if args.dask_address:
        check_dask_scheduler(args.dask_address)
    # From here on: Prefect's import and temporary server count in `elapsed` (the flow's own clock starts later).
    started = time.monotonic()
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
    print(format_summary(summary, wall_s=time.monotonic() - started))
    return 0


def build_cli() -> click.Group:
    """The `newsetl` command group: run and parse here, the rest from COMMAND_MODULES."""
    group = click.Group(
        "newsetl",
        help="Raw news dumps -> validated tables in a DuckLake (Parquet + catalog).",
        epilog=EXIT_CODES,
        # `newsetl` alone is a usage error (exit 2, one line), as with any other missing argument.
        no_args_is_help=False,
        context_settings=CONTEXT,
    )
    group.add_command(
        command(
            "run",
            cmd_run,
            "run the ingest-article-dumps flow on the raw folder",
            [
                *location_options(),
                flag("--full-refresh", help="rebuild everything from the raw folder"),
                flag("--reparse", help="re-parse every known dump from its raw bytes (replaces changed rows)"),
                option(
                    "--workers",
                    type=click.INT,
                    metavar="N",
                    help="parse on a local Dask cluster of N worker processes (default: one process per core)",
                ),
                option("--dask-address", metavar="tcp://HOST:PORT", help="parse on an existing Dask cluster"),
            ],
            description="Read the new or changed dumps under the raw folder, quarantine the bad ones with a reason, "
            "validate the rows and publish them to the curated tables and the warehouse; prints a summary.",
        )
    )
    group.add_command(
        command(
            "parse",
            cmd_parse,
            "parse dumps and print one JSON object per file (no warehouse)",
            [
                click.Argument(["files"], nargs=-1, required=True, metavar="FILE..."),
                option(
                    "--truth",
                    metavar="DIR",
                    help="instead, compare with DIR/<file name>.truth.json and print per-field agreement and "
                    "mismatching files",
                ),
            ],
            description="Parse dump files (FILE: a dump file, or a folder: every file under it, as a run would read "
            "them) and print one JSON object per file: outcome, quarantine reason and the rows it would produce. "
            "Writes nothing.",
        )
    )
    for module in COMMAND_MODULES:
        importlib.import_module(module).register(group)
    return group


def usage_message(exc: click.UsageError) -> str:
    """Click's usage error as one line naming the command and where its help is."""
    where = exc.ctx.command_path if exc.ctx is not None else "newsetl"
    message = " ".join(exc.format_message().split())
    sub = where.removeprefix("newsetl").strip()
    return f"{sub + ': ' if sub else ''}{message} (see `{where} --help`)"


def main(argv: Sequence[str] | None = None) -> int:
    from pydantic import ValidationError

    group = build_cli()
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        # make_context + invoke, not group.main(): main() would turn Ctrl+C and a broken pipe into its
        # own exits (1, and a blank line on stderr) instead of the statuses below.
        with group.make_context("newsetl", args) as ctx:
            return int(group.invoke(ctx))
    except click.exceptions.Exit as exc:
        # --help: exits like argparse did (SystemExit 0 after printing the help).
        raise SystemExit(exc.exit_code) from None
    except click.UsageError as exc:
        print(f"newsetl: {usage_message(exc)}", file=sys.stderr)
        return 2
    except ValidationError as exc:
        if exc.title != Settings.__name__:
            raise
        print(f"newsetl: {settings_error(exc)}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader left (`newsetl query ... | head`): what it wanted is printed. Point stdout at
        # /dev/null so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
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
