"""Lake sub-commands of `newsetl`: shell (the DuckDB CLI on the lake, read-only), maintain, install-extensions."""

from __future__ import annotations

import argparse
import contextlib
import shutil
import subprocess
import sys
from pathlib import Path

import click

from flows import lake
from flows.cli import UsageError, command, flag, location_options, option, settings_from_args
from flows.settings import Settings
from transforms.errors import NewsetlError


def duckdb_cli() -> str:
    """The duckdb-cli of this environment (same version as the library, so it loads the same extensions)."""
    beside = Path(sys.executable).parent / "duckdb"
    found = str(beside) if beside.is_file() else shutil.which("duckdb")
    if found is None:
        raise NewsetlError("the DuckDB CLI is not installed: run `make install` (it installs duckdb-cli)")
    return found


def shell_commands(settings: Settings) -> list[str]:
    """What the shell runs before the prompt: load the extensions from their wheels, attach the lake read-only."""
    location = lake.LakeLocation.of(settings)
    loads = [f"LOAD '{lake.extension_file(n)}';" for n in lake.extensions_for(location.catalog, location.data_path)]
    secret = lake.s3_secret_sql()
    return [*loads, *([secret + ";"] if secret else []), *lake.reader_sql(location)]


def cmd_shell(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    location = lake.LakeLocation.of(settings)
    if location.catalog_file is not None and not location.catalog_file.exists():
        raise NewsetlError(f"no lake at {location.catalog_file}: run `newsetl run` first")
    cmd = [duckdb_cli(), "-cmd", " ".join(shell_commands(settings))]
    if args.command_sql is not None:
        cmd += ["-c", args.command_sql]
    return subprocess.call(cmd)


def cmd_maintain(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    retention = settings.snapshot_retention_h if args.retention_h is None else float(args.retention_h)
    if retention < 0:
        raise UsageError(f"--retention-h must be 0 or more, not {retention}")
    location = lake.LakeLocation.of(settings)
    if location.catalog_file is not None and not location.catalog_file.exists():
        raise NewsetlError(f"no lake at {location.catalog_file}: run `newsetl run` first")
    # Same lock as a run: maintenance commits too, and a file catalog takes one writer at a time.
    with lake.run_lock(location, settings.lock_timeout_s), contextlib.closing(lake.connect(location)) as con:
        done = lake.maintain(con, retention, merge=not args.no_merge)
    print(
        f"maintained {location.describe()}: {done.merged} table(s) with merged files, "
        f"{done.expired} snapshot(s) expired, {done.removed} file(s) deleted (retention {retention:g} h)"
    )
    return 0


def cmd_install_extensions(args: argparse.Namespace) -> int:
    names = lake.install_extensions()
    print(f"installed DuckDB extensions from their wheels: {', '.join(names)}")
    return 0


def register(group: click.Group) -> None:
    """Add shell, maintain and install-extensions to the `newsetl` command group."""
    group.add_command(
        command(
            "shell",
            cmd_shell,
            "open the DuckDB CLI with the lake attached read-only (runs may publish meanwhile)",
            [
                option("-c", "command_sql", metavar="SQL", help="run SQL and exit instead of the prompt"),
                *location_options(),
            ],
        )
    )
    group.add_command(
        command(
            "maintain",
            cmd_maintain,
            "merge small data files, expire old snapshots and delete files nothing references",
            [
                option("--retention-h", type=click.FLOAT, help="keep snapshots this many hours (default 24)"),
                flag("--no-merge", help="only expire snapshots and delete old files"),
                *location_options(),
            ],
        )
    )
    group.add_command(
        command(
            "install-extensions",
            cmd_install_extensions,
            "install DuckDB's lake extensions from their wheels (offline ATTACH for analysts)",
            [],
        )
    )
