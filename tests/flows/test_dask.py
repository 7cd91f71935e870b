"""Scale-out: a Dask LocalCluster of 2 workers, and the default process pool, publish the default run's tables."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bench.corpus import BENCH_MAX_DUMP_BYTES, generate
from flows import lake, writer
from flows.cli import main
from flows.runners import BatchPoolTaskRunner, default_task_runner, task_runner_for

QUERIES = {
    "article": "SELECT * EXCLUDE (run_id, ingested_at) FROM article ORDER BY article_id",
    "caption": "SELECT * FROM caption ORDER BY article_id, position",
    "related_headline": "SELECT * FROM related_headline ORDER BY article_id, list, position",
    # Per-file logs: staged by whichever process ran the batch, committed with the run.
    "quarantine": "SELECT source_file, source_sha256, reason_code, detail FROM quarantine ORDER BY source_file",
    "ingest_file": "SELECT source_file, source_sha256, status, article_id FROM ingest_file ORDER BY source_file",
}


def _tables(location: lake.LakeLocation) -> dict[str, list[tuple[object, ...]]]:
    with contextlib.closing(lake.connect(location, read_only=True)) as con:
        return {name: con.execute(sql).fetchall() for name, sql in QUERIES.items()}


def _run(raw: Path, out: Path, *extra: str) -> dict[str, list[tuple[object, ...]]]:
    location = lake.LakeLocation(f"sqlite:{out / 'lake.sqlite'}", str(out / "curated"))
    args = ["run", "--raw", str(raw), "--catalog", str(out / "lake.sqlite"), "--data-path", str(out / "curated")]
    assert main([*args, *extra]) == 0
    return _tables(location)


@pytest.mark.usefixtures("prefect_harness")
def test_local_cluster_of_two_gives_the_default_tables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = tmp_path / "raw"
    stats = generate(raw, 240, seed=3, bad_share=0.05, jobs=1)
    monkeypatch.setenv("NEWSETL_MAX_DUMP_BYTES", str(BENCH_MAX_DUMP_BYTES))
    # Default batch size: one batch, run in the flow's own process (no worker start-up).
    default = _run(raw, tmp_path / "default")
    # Small batches: six tasks spread over both Dask workers; the split must not change a row.
    monkeypatch.setenv("NEWSETL_BATCH_SIZE", "40")
    dask = _run(raw, tmp_path / "dask", "--workers", "2")
    # The default runner on many batches: grouped tasks in two spawned worker processes, Data Docs
    # rendered in a worker, one commit by the lake writer process (and upkeep when due).
    isolated: list[str] = []

    def spy(fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        isolated.append(fn.__name__)
        return real_isolated(fn, *args, **kwargs)

    real_isolated = writer.call_isolated
    monkeypatch.setattr(writer, "call_isolated", spy)
    pooled = _run(raw, tmp_path / "pooled")
    assert isolated == ["publish", "upkeep_after_publish"]
    assert len(default["article"]) == stats.good
    assert len(default["quarantine"]) == sum(stats.bad.values())
    assert len(default["ingest_file"]) == 240
    assert default["caption"] and default["related_headline"]
    for name in QUERIES:
        assert dask[name] == default[name], name
        assert pooled[name] == default[name], name
    assert (tmp_path / "pooled" / "docs" / "index.html").is_file()


def test_runner_choice() -> None:
    from prefect_dask.task_runners import DaskTaskRunner

    assert isinstance(task_runner_for(None, "tcp://127.0.0.1:8786"), DaskTaskRunner)
    local = task_runner_for(2, None)
    assert isinstance(local, DaskTaskRunner)
    assert isinstance(default_task_runner(cores=2), BatchPoolTaskRunner)
    assert not isinstance(default_task_runner(cores=1), BatchPoolTaskRunner)
    with pytest.raises(ValueError, match="at least 1"):
        task_runner_for(0, None)
    with pytest.raises(ValueError, match="exclude each other"):
        task_runner_for(2, "tcp://127.0.0.1:8786")


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--workers", "0"], "at least 1"),
        (["--workers", "2", "--dask-address", "tcp://h:1"], "exclude each other"),
        (["--dask-address", "h:1"], "tcp://HOST:PORT"),
    ],
)
def test_cli_rejects_bad_runner_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    assert main(["run", "--raw", str(tmp_path), *extra]) == 2
    assert message in capsys.readouterr().err


SHARED_API_SCRIPT = """
import httpx
from prefect.settings import get_current_settings
from flows.runners import shared_api

assert not get_current_settings().api.url
with shared_api() as url:
    assert url and get_current_settings().api.url == url  # what spawned workers inherit
    assert httpx.get(f"{url}/health", timeout=10).status_code == 200
try:
    httpx.get(f"{url}/health", timeout=2)
except httpx.ConnectError:
    print("stopped", url)
"""


def test_shared_api_starts_one_temporary_server_and_stops_it(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env["PREFECT_HOME"] = str(tmp_path / "prefect-home")
    done = subprocess.run(
        [sys.executable, "-c", SHARED_API_SCRIPT], env=env, capture_output=True, text=True, timeout=150, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("stopped http://127.0.0.1:")


@pytest.mark.usefixtures("prefect_harness")
def test_shared_api_leaves_a_running_server_alone() -> None:
    import httpx
    from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

    from flows.runners import shared_api

    harness = get_current_settings().api.url
    with shared_api() as configured:  # a configured API is used as it is, nothing started
        assert configured == harness
    with temporary_settings(restore_defaults={PREFECT_API_URL}), shared_api() as url:
        # Prefect's process-wide temporary server (the harness's here) is reused, not restarted.
        assert url and httpx.get(f"{url}/health", timeout=10).status_code == 200
    assert harness and httpx.get(f"{harness}/health", timeout=10).status_code == 200  # still up
