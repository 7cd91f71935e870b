"""Deployment ingest-article-dumps/hourly end to end (real server, runner, worker) and the run artifacts."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import IO, Any
from uuid import UUID

import pyarrow as pa
import pytest
import yaml

from flows import artifacts, deploy
from tests.flows.lake import Lake
from transforms.schema import QUARANTINE, VALIDATION_RESULT

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent  # the venv's bin: prefect and newsetl live beside the interpreter
EXPECTED_COUNTS = {"article": 1, "caption": 1, "related_headline": 10}  # data/raw's one reference dump

SERVER_START_S = 150.0  # first start migrates a fresh database; CI runs on 2 busy cores
REGISTER_S = 120.0  # `newsetl serve` imports the flow (Great Expectations) before it registers
RUN_S = 240  # one flow run, from trigger to a terminal state
STOP_S = 15.0


# --------------------------------------------------------------------------------------------------------------------
# Processes: every one is started in its own session and stopped by its PID (group), also when a test fails.


@dataclass
class Started:
    name: str
    proc: subprocess.Popen[bytes]
    log: Path
    _out: IO[bytes]

    def tail(self, lines: int = 60) -> str:
        self._out.flush()
        text = self.log.read_text(errors="replace").splitlines()
        return f"--- {self.name} (pid {self.proc.pid}, {self.log}) ---\n" + "\n".join(text[-lines:])


def _signal_group(pid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, sig)  # the group the child leads (start_new_session): it and its flow-run children


def stop(started: Started) -> None:
    """SIGTERM, then SIGINT, then SIGKILL, each after a bounded wait; children of the group go too."""
    proc = started.proc
    for sig, wait_s in ((signal.SIGTERM, STOP_S), (signal.SIGINT, 5.0), (signal.SIGKILL, 10.0)):
        if proc.poll() is not None:
            break
        _signal_group(proc.pid, sig)
        try:
            proc.wait(timeout=wait_s)
        except subprocess.TimeoutExpired:
            continue
    _signal_group(proc.pid, signal.SIGKILL)  # flow-run processes left behind by the leader
    started._out.close()


@dataclass
class Launcher:
    """Starts background processes with one environment and stops them all at teardown (last first)."""

    env: dict[str, str]
    logs: Path
    started: list[Started] = field(default_factory=list)

    def start(self, name: str, argv: list[str], cwd: Path, **extra_env: str) -> Started:
        log = self.logs / f"{name}.log"
        out = log.open("ab")
        proc = subprocess.Popen(
            argv,
            cwd=cwd,
            env={**self.env, **extra_env},
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        started = Started(name, proc, log, out)
        self.started.append(started)
        return started

    def run(self, argv: list[str], cwd: Path, timeout: float) -> subprocess.CompletedProcess[str]:
        """A foreground command (bounded); its output is returned for assertions."""
        return subprocess.run(
            argv,
            cwd=cwd,
            env=self.env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
            start_new_session=True,
        )

    def stop_all(self) -> None:
        while self.started:
            stop(self.started.pop())

    def tails(self) -> str:
        return "\n".join(s.tail() for s in self.started)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback only, whatever the proxy env


def get_json(url: str) -> Any:
    with _OPENER.open(url, timeout=5) as response:
        return json.loads(response.read())


def wait_for(what: str, check: Callable[[], bool], timeout: float, alive: list[Started]) -> None:
    """Poll `check` until true; fail early if a process it depends on died, and at the timeout."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        for s in alive:
            if s.proc.poll() is not None:
                pytest.fail(f"{s.name} exited ({s.proc.returncode}) while waiting for {what}\n{s.tail()}")
        time.sleep(0.25)
    pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}\n" + "\n".join(s.tail() for s in alive))


def _answers(url: str) -> bool:
    try:
        get_json(url)
    except (OSError, ValueError):
        return False
    return True


# --------------------------------------------------------------------------------------------------------------------
# Fixtures


@dataclass(frozen=True)
class Server:
    api_url: str
    env: dict[str, str]
    process: Started

    def deployment(self) -> dict[str, Any] | None:
        try:
            found: dict[str, Any] = get_json(f"{self.api_url}/deployments/name/{deploy.FULL_NAME}")
        except urllib.error.HTTPError as exc:
            if exc.code == 404:
                return None
            raise
        return found


def _isolated_env(home: Path, api_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "NEWSETL_"))}
    env.update(
        PREFECT_HOME=str(home),
        PREFECT_API_URL=api_url,
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        DO_NOT_TRACK="1",
        PREFECT_LOGGING_LEVEL="INFO",
        # No hourly runs of our own during the test: runs are triggered by hand.
        PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED="false",
        PREFECT_UI_ENABLED="false",
        # Poll every second instead of every 10 s.
        PREFECT_RUNNER_POLL_FREQUENCY="1",
        PREFECT_WORKER_QUERY_SECONDS="1",
        PREFECT_WORKER_PREFETCH_SECONDS="5",
        NO_PROXY="127.0.0.1,localhost",
        no_proxy="127.0.0.1,localhost",
    )
    return env


@pytest.fixture(scope="module", autouse=True)
def _booting_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server | None]:
    """Start `prefect server start --host 127.0.0.1 --port <free>` (temporary PREFECT_HOME) without waiting for it.

    Started as soon as the module's first test runs, when any selected test needs it, so that it boots while the
    quick tests run; `server` waits for it to answer.
    """
    if not any("server" in item.fixturenames for item in request.session.items if item.module is request.module):
        yield None
        return
    root = tmp_path_factory.mktemp("prefect-server")
    port = free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    launcher = Launcher(_isolated_env(root / "home", api_url), root)
    try:
        process = launcher.start(
            "server", [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)], root
        )
        yield Server(api_url, launcher.env, process)
    finally:
        launcher.stop_all()


@pytest.fixture(scope="module")
def server(_booting_server: Server | None) -> Server:
    """The module's Prefect server, once /api/health answers."""
    assert _booting_server is not None
    api_url = _booting_server.api_url
    wait_for(
        "the Prefect server's /api/health",
        lambda: _answers(f"{api_url}/health"),
        SERVER_START_S,
        [_booting_server.process],
    )
    return _booting_server


@pytest.fixture
def launcher(server: Server, tmp_path: Path) -> Iterator[Launcher]:
    """Runners and workers of one test; stopped at teardown whatever the outcome."""
    launcher = Launcher(dict(server.env), tmp_path)
    try:
        yield launcher
    finally:
        launcher.stop_all()


@pytest.fixture
def lake(tmp_path: Path) -> Lake:
    lake = Lake(tmp_path / "lake")
    shutil.copytree(REPO / "data" / "raw", lake.raw)
    return lake


def trigger_and_watch(launcher: Launcher, *params: str) -> subprocess.CompletedProcess[str]:
    """The real `prefect deployment run 'ingest-article-dumps/hourly' --watch`, bounded."""
    argv = [str(BIN / "prefect"), "deployment", "run", deploy.FULL_NAME, "--watch", "--watch-timeout", str(RUN_S)]
    for p in params:
        argv += ["--param", p]
    try:
        return launcher.run(argv, REPO, timeout=RUN_S + 60)
    except subprocess.TimeoutExpired:
        pytest.fail(f"`prefect deployment run --watch` did not return\n{launcher.tails()}")


def assert_completed(result: subprocess.CompletedProcess[str], launcher: Launcher) -> None:
    assert result.returncode == 0 and "Completed" in result.stdout, (
        f"flow run did not complete (exit {result.returncode})\n{result.stdout}\n{result.stderr}\n{launcher.tails()}"
    )


# --------------------------------------------------------------------------------------------------------------------
# Deployment definition: one definition, two routes


def test_prefect_yaml_matches_flows_deploy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)  # where `prefect deploy` runs
    for name in ("NEWSETL_RAW_DIR", "NEWSETL_CURATED_DIR", "NEWSETL_WAREHOUSE"):
        monkeypatch.delenv(name, raising=False)
    config = yaml.safe_load((REPO / "prefect.yaml").read_text())
    (only,) = config["deployments"]
    assert only["name"] == deploy.DEPLOYMENT_NAME
    assert only["entrypoint"] == deploy.ENTRYPOINT
    assert only["work_pool"]["name"] == deploy.WORK_POOL
    assert only["description"] == deploy.DESCRIPTION
    assert only["tags"] == list(deploy.TAGS)
    # Everything else comes from the build step, i.e. from flows/deploy.py.
    (build,) = config["build"]
    assert build == {"flows.deploy.prefect_yaml_values": {"id": "newsetl"}}
    values = deploy.prefect_yaml_values()
    assert only["schedules"] == [{"cron": "{{ newsetl.cron }}", "timezone": "{{ newsetl.timezone }}"}]
    assert only["parameters"] == {
        "raw_dir": "{{ newsetl.raw_dir }}",
        "catalog": "{{ newsetl.catalog }}",
        "data_path": "{{ newsetl.data_path }}",
        "full_refresh": False,
        "reparse": False,
    }
    assert config["pull"] == [
        {"prefect.deployments.steps.set_working_directory": {"directory": "{{ newsetl.project_dir }}"}}
    ]
    assert values["project_dir"] == str(REPO)
    assert (values["cron"], values["timezone"]) == (deploy.CRON, deploy.TIMEZONE)
    assert values["raw_dir"] == str(REPO / "data" / "raw")
    assert (REPO / deploy.ENTRYPOINT.split(":")[0]).is_file()


def test_default_parameters_are_absolute_settings_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSETL_RAW_DIR", "elsewhere/raw")
    params = deploy.parameters()
    assert params == {
        "raw_dir": str(tmp_path / "elsewhere" / "raw"),
        "catalog": f"sqlite:{tmp_path / 'data' / 'lake.sqlite'}",
        "data_path": str(tmp_path / "data" / "curated"),
        "full_refresh": False,
        "reparse": False,
    }


def test_runner_deployment_is_the_hourly_utc_schedule(lake: Lake) -> None:
    from flows.settings import Settings

    d = deploy.runner_deployment(Settings(raw_dir=lake.raw, catalog=str(lake.catalog), data_path=str(lake.curated)))
    assert (d.flow_name, d.name) == tuple(deploy.FULL_NAME.split("/"))
    (schedule,) = d.schedules or []
    assert (schedule.schedule.cron, schedule.schedule.timezone) == (deploy.CRON, deploy.TIMEZONE)  # type: ignore[union-attr]
    assert d.parameters["raw_dir"] == str(lake.raw)
    assert d.entrypoint == "flows.ingest.ingest_article_dumps"


def test_serve_needs_an_api_url(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.cli import main

    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        assert main(["serve"]) == 2
    assert "PREFECT_API_URL is not set" in capsys.readouterr().err


# --------------------------------------------------------------------------------------------------------------------
# Run artifacts


def _summary(**overrides: Any) -> SimpleNamespace:
    values: dict[str, Any] = dict(
        run_id="run-1",
        status="completed",
        files_seen=3,
        files_new=3,
        articles=1,
        captions=1,
        related_headlines=10,
        quarantined=2,
        rejected=0,
        duration_s=1.25,
        snapshot_id=7,
        warehouse="sqlite:/tmp/lake.sqlite",
        error=None,
        totals={"article": 5, "caption": 4, "related_headline": 40},
    )
    values.update(overrides)
    return SimpleNamespace(**values)


def _quarantine(*rows: tuple[str, str, str]) -> pa.Table:
    from datetime import UTC, datetime

    return pa.Table.from_pylist(
        [
            {
                "source_file": f,
                "source_sha256": "0" * 64,
                "reason_code": code,
                "detail": detail,
                "kept_as": None,
                "run_id": "run-1",
                "quarantined_at": datetime(2026, 1, 1, tzinfo=UTC),
            }
            for f, code, detail in rows
        ],
        schema=QUARANTINE.arrow_schema,
    )


def _validation(*rows: tuple[str, str, bool, int]) -> pa.Table:
    return pa.Table.from_pylist(
        [
            {"run_id": "run-1", "table_name": t, "expectation": e, "success": ok, "unexpected_count": n}
            for t, e, ok, n in rows
        ],
        schema=VALIDATION_RESULT.arrow_schema,
    )


QUARANTINE_ROWS = (("a/1.txt", "no_headline", "no headline line"), ("b.txt", "too_large", "size | limit"))
VALIDATION_ROWS = (
    ("article", "expect_column_values_to_not_be_null(headline)", True, 0),
    ("article", "expect_column_values_to_be_unique(article_id)", False, 2),
    ("caption", "expect_column_values_to_not_be_null(text)", True, 0),
)


def test_summary_markdown_counts_validation_and_docs_link(tmp_path: Path) -> None:
    index = tmp_path / "docs" / "index.html"
    md = artifacts.summary_markdown(
        _summary(), _quarantine(*QUARANTINE_ROWS), _validation(*VALIDATION_ROWS), str(index)
    )
    assert "| articles | 1 | 5 |" in md
    assert "| related headlines | 10 | 40 |" in md
    assert "| quarantined files | 2 | |" in md
    assert "| article | 1 | 1 | 2 |" in md
    assert "| caption | 1 | 0 | 0 |" in md
    assert "- article: `expect_column_values_to_be_unique(article_id)` (2 unexpected)" in md
    assert f"[Data Docs]({index.as_uri()})" in md
    none = artifacts.summary_markdown(
        _summary(status="noop"),
        QUARANTINE.arrow_schema.empty_table(),
        VALIDATION_RESULT.arrow_schema.empty_table(),
        None,
    )
    assert "No table was validated" in none and "Data Docs: none" in none


def test_summary_markdown_says_when_the_quarantine_artifact_lists_only_the_first_files() -> None:
    validation = _validation(*VALIDATION_ROWS)
    every = artifacts.summary_markdown(_summary(quarantined=2), _quarantine(*QUARANTINE_ROWS), validation, None)
    assert "`quarantine`" in every and "the first" not in every
    part = artifacts.summary_markdown(_summary(quarantined=5_000), _quarantine(*QUARANTINE_ROWS), validation, None)
    assert f"`{artifacts.QUARANTINE_KEY}` (the first 2)" in part


def test_artifact_keys_are_valid() -> None:
    import re

    for key in (artifacts.SUMMARY_KEY, artifacts.QUARANTINE_KEY):
        assert re.fullmatch(r"[a-z0-9-]+", key)


@pytest.mark.usefixtures("prefect_harness")
def test_publish_run_artifacts_inside_a_flow_run() -> None:
    from prefect import flow
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId
    from prefect.runtime import flow_run

    @flow
    def report() -> str:
        artifacts.publish_run_artifacts(
            _summary(),  # type: ignore[arg-type]
            _quarantine(*QUARANTINE_ROWS),
            _validation(*VALIDATION_ROWS),
            "https://example.invalid/docs/index.html",
        )
        return str(flow_run.get_id())

    run_id = report()
    with get_client(sync_client=True) as client:
        found = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[UUID(run_id)]))
        )
    by_key = {a.key: a for a in found}
    assert set(by_key) == {artifacts.SUMMARY_KEY, artifacts.QUARANTINE_KEY}
    summary = by_key[artifacts.SUMMARY_KEY]
    assert summary.type == "markdown"
    assert "| article | 1 | 1 | 2 |" in str(summary.data)
    assert "[Data Docs](https://example.invalid/docs/index.html)" in str(summary.data)
    table = by_key[artifacts.QUARANTINE_KEY]
    assert table.type == "table"
    rows = json.loads(str(table.data))
    assert rows == {
        "source_file": ["a/1.txt", "b.txt"],
        "reason_code": ["no_headline", "too_large"],
        "detail": ["no headline line", "size | limit"],
    }


# --------------------------------------------------------------------------------------------------------------------
# End to end against `prefect server start`


def test_serve_route_end_to_end(server: Server, launcher: Launcher, lake: Lake, tmp_path: Path) -> None:
    """`newsetl serve` registers the deployment; `prefect deployment run --watch` runs it to COMPLETED."""
    runner = launcher.start(
        "newsetl-serve",
        [
            str(BIN / "newsetl"),
            "serve",
            "--raw",
            str(lake.raw),
            "--catalog",
            str(lake.catalog),
            "--data-path",
            str(lake.curated),
        ],
        cwd=tmp_path,  # the runner needs no particular folder: parameters are absolute, entrypoint a module
    )

    def registered_and_polled() -> bool:
        found = server.deployment()
        return bool(found and found.get("last_polled") and found["parameters"].get("raw_dir") == str(lake.raw))

    wait_for("the runner to register and poll the deployment", registered_and_polled, REGISTER_S, [runner])
    found = server.deployment()
    assert found is not None
    (schedule,) = found["schedules"]
    assert (schedule["schedule"]["cron"], schedule["schedule"]["timezone"]) == (deploy.CRON, deploy.TIMEZONE)
    assert found["parameters"]["catalog"] == f"sqlite:{lake.catalog}"

    assert_completed(trigger_and_watch(launcher), launcher)
    assert lake.counts() == EXPECTED_COUNTS


def test_worker_route_end_to_end(server: Server, launcher: Launcher, lake: Lake) -> None:
    """prefect.yaml: work-pool create, `prefect deploy -n hourly`, `prefect worker start`, then a watched run."""
    prefect = str(BIN / "prefect")
    created = launcher.run([prefect, "work-pool", "create", deploy.WORK_POOL, "--type", "process"], REPO, 120)
    assert created.returncode == 0, created.stdout + created.stderr
    worker = launcher.start("worker", [prefect, "worker", "start", "--pool", deploy.WORK_POOL], REPO)
    deployed = launcher.run([prefect, "--no-prompt", "deploy", "--name", deploy.DEPLOYMENT_NAME], REPO, 180)
    assert deployed.returncode == 0, deployed.stdout + deployed.stderr

    found = server.deployment()
    assert found is not None
    assert found["work_pool_name"] == deploy.WORK_POOL
    (schedule,) = found["schedules"]
    assert (schedule["schedule"]["cron"], schedule["schedule"]["timezone"]) == (deploy.CRON, deploy.TIMEZONE)
    assert found["parameters"] == {  # the project's data/ folder, absolute
        "raw_dir": str(REPO / "data" / "raw"),
        "catalog": f"sqlite:{REPO / 'data' / 'lake.sqlite'}",
        "data_path": str(REPO / "data" / "curated"),
        "full_refresh": False,
        "reparse": False,
    }
    assert found["pull_steps"] == [
        {"prefect.deployments.steps.set_working_directory": {"directory": str(REPO.resolve())}}
    ]

    # The tmp lake, not the project's data/, via --param (JSON values).
    params = [f"{k}={json.dumps(str(v))}" for k, v in (("raw_dir", lake.raw), ("data_path", lake.curated))]
    params.append(f"catalog={json.dumps(str(lake.catalog))}")
    wait_for("the worker to poll its pool", lambda: _pool_ready(server), REGISTER_S, [worker])
    assert_completed(trigger_and_watch(launcher, *params), launcher)
    assert lake.counts() == EXPECTED_COUNTS


def _pool_ready(server: Server) -> bool:
    try:
        pool = get_json(f"{server.api_url}/work_pools/{deploy.WORK_POOL}")
    except (OSError, ValueError):
        return False
    return bool(pool.get("status") == "READY")
