"""Session-wide test setup: Prefect offline in a temporary home, started once (~9 s)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator

import pytest
from hypothesis import settings

# Property tests check what code does, never how fast: Hypothesis's per-example deadline is a timing
# assertion that fails on a loaded CI machine (speed lives in `make bench`).
settings.register_profile("newsetl", deadline=None)
settings.load_profile("newsetl")

# Before anything imports Prefect: no telemetry, no user-level state.
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ["DO_NOT_TRACK"] = "1"
os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="newsetl-prefect-"))
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


def pytest_sessionstart(session: pytest.Session) -> None:
    """Compiled parser modules older than their sources would test old code: stop, and say how to rebuild."""
    from compile_transforms import stale_sources

    if stale := stale_sources():
        pytest.exit(
            f"transforms/ was compiled before {', '.join(stale)} changed: run `make native` (or `make interpreted` "
            "to test the sources interpreted)",
            returncode=2,
        )


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One temporary Prefect server and database for the whole session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield
