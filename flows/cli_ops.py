"""`newsetl serve`: register the hourly deployment and run its flow runs in this process (Prefect runner)."""

from __future__ import annotations

import argparse
import urllib.error
import urllib.request

import click

from flows.cli import UsageError, command, location_options, option, settings_from_args
from transforms.errors import NewsetlError


def register(group: click.Group) -> None:
    """Add serve to the `newsetl` command group."""
    group.add_command(
        command(
            "serve",
            cmd_serve,
            "serve the ingest-article-dumps/hourly deployment until Ctrl+C (needs PREFECT_API_URL)",
            [
                *location_options(),
                option("--limit", type=click.INT, default=1, help="flow runs at the same time (default 1)"),
            ],
            description=(
                "Register the deployment ingest-article-dumps/hourly (cron '0 * * * *', UTC) with the Prefect server "
                "at PREFECT_API_URL and run its scheduled and triggered flow runs here until interrupted. "
                "The location options become the deployment's default parameters (absolute paths)."
            ),
        )
    )


def api_url() -> str:
    """The Prefect API this process talks to (environment or profile); UsageError when there is none."""
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    if not url:
        # Without it Prefect starts a throw-away server that nobody else can see or trigger.
        raise UsageError(
            "PREFECT_API_URL is not set: start `prefect server start --host 127.0.0.1` and "
            "export PREFECT_API_URL=http://127.0.0.1:4200/api"
        )
    return str(url)


def check_api(url: str, timeout_s: float = 10.0) -> None:
    """Fail with one line when nothing answers at the API URL (any HTTP answer counts as an answer)."""
    try:
        with urllib.request.urlopen(f"{url.rstrip('/')}/health", timeout=timeout_s):
            pass
    except urllib.error.HTTPError:
        return
    except (OSError, ValueError) as exc:
        reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
        raise NewsetlError(f"no Prefect server answers at {url}: {reason}") from None


def cmd_serve(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise UsageError(f"--limit must be at least 1, not {args.limit}")
    url = api_url()
    settings = settings_from_args(args)
    from flows.discovery import RawRootError, check_raw_root

    try:
        check_raw_root(settings.raw_dir)
    except RawRootError as exc:
        raise UsageError(str(exc)) from None
    check_api(url)
    from flows.deploy import serve

    serve(settings, limit=args.limit)
    return 0
