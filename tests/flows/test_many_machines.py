"""Issue 13 item 5: a PostgreSQL catalog, an S3 data path (moto on loopback), Dask, and two runs at once.

Real services on 127.0.0.1, started and stopped here: PostgreSQL (initdb + pg_ctl on a free port in
a temp dir) and moto's S3-compatible server. Two `newsetl run` processes on different raw files
commit to the same lake concurrently (one on a Dask LocalCluster of 2 workers) while a third
process stays attached read-only; the lake must equal one local run over all the files.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench.killtest import TABLES_SQL, write_corpus
from flows import lake as lakes

REPO = Path(__file__).resolve().parents[2]
INITDB = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres(cmd: list[str]) -> list[str]:
    # initdb refuses root: run the server as the postgres user when this is root (CI, these machines).
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@pytest.fixture
def postgres() -> Iterator[str]:
    if not INITDB:
        pytest.skip("PostgreSQL server binaries not installed (.ci/run installs the Debian package postgresql)")
    bindir = Path(INITDB[-1]).parent
    # Its own temp dir: pytest's is private to root, and the server runs as postgres.
    home = Path(tempfile.mkdtemp(prefix="newsetl-pg-"))
    if os.geteuid() == 0:
        shutil.chown(home, "postgres")
    data, port = home / "data", _free_port()
    subprocess.run(_as_postgres([str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"]),
                   check=True, capture_output=True)  # fmt: skip
    options = f"-p {port} -k {home} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(home / "log"),
                                 "-w", "start"]), check=True, capture_output=True)  # fmt: skip
    try:
        yield f"postgres:dbname=postgres host=127.0.0.1 port={port} user=postgres"
    finally:
        subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True)  # fmt: skip
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture
def s3(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    moto_server = pytest.importorskip("moto.server")
    boto3 = pytest.importorskip("boto3")
    port = _free_port()
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    env = {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_REGION": "us-east-1",
        "AWS_ENDPOINT_URL": f"http://127.0.0.1:{port}",
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    boto3.client("s3", endpoint_url=env["AWS_ENDPOINT_URL"], region_name="us-east-1").create_bucket(Bucket="lake")
    try:
        yield "s3://lake/newsetl"
    finally:
        server.stop()


def _env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "ERROR",
        "PREFECT_HOME": str(tmp_path / "prefect"),
    }


def _tables(location: lakes.LakeLocation) -> dict[str, list[tuple[object, ...]]]:
    with contextlib.closing(lakes.connect(location, read_only=True)) as con:
        return {name: con.execute(sql).fetchall() for name, sql in TABLES_SQL.items()}


def _answers(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_two_runs_on_postgres_and_s3_equal_one_local_run(postgres: str, s3: str, tmp_path: Path) -> None:
    raw_a, raw_b, raw_all = tmp_path / "raw-a", tmp_path / "raw-b", tmp_path / "raw-all"
    write_corpus(raw_a, 0, 60, seed=5)
    write_corpus(raw_b, 60, 60, seed=5)
    for raw in (raw_a, raw_b):
        shutil.copytree(raw, raw_all, dirs_exist_ok=True)
    env = _env(tmp_path)
    shared = lakes.LakeLocation(postgres, s3)
    # The catalog exists before the reader attaches (a first run would create it too).
    with contextlib.closing(lakes.connect(shared)) as con:
        lakes.ensure_schema(con)
    out, stop = tmp_path / "answers.jsonl", tmp_path / "stop"
    reader = subprocess.Popen(
        [sys.executable, "-m", "tests.flows.lake_reader", postgres, s3, str(out), str(stop)], cwd=REPO, env=env
    )
    runs = []
    for name, raw, extra in (("a", raw_a, ["--workers", "2"]), ("b", raw_b, [])):
        work = tmp_path / f"machine-{name}"  # each "machine" stages in its own folder
        work.mkdir()
        cmd = [sys.executable, "-m", "flows.cli", "run", "--raw", str(raw), "--catalog", postgres, "--data-path", s3]
        runs.append(subprocess.Popen([*cmd, *extra], cwd=work, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE))
    try:
        results = [p.communicate(timeout=600) for p in runs]
    finally:
        stop.touch()
        reader.wait(timeout=60)
    for p, (stdout, stderr) in zip(runs, results, strict=True):
        assert p.returncode == 0, stderr.decode(errors="replace")[-3000:]
        assert b"completed" in stdout
    assert json.dumps([]) == json.dumps([a for a in _answers(out) if "error" in a])
    answers = _answers(out)
    assert answers, "the reader never answered"
    assert all(a["dups"] == a["orphan_captions"] == a["orphan_related"] == 0 for a in answers)
    counts = [a["articles"] for a in answers]
    assert counts == sorted(counts)  # whole snapshots, in commit order

    local = tmp_path / "local"
    assert (
        subprocess.run(
            [
                sys.executable,
                "-m",
                "flows.cli",
                "run",
                "--raw",
                str(raw_all),
                "--catalog",
                str(local / "lake.sqlite"),
                "--data-path",
                str(local / "curated"),
            ],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            timeout=600,
        ).returncode
        == 0
    )
    expected = _tables(lakes.LakeLocation(f"sqlite:{local / 'lake.sqlite'}", str(local / "curated")))
    assert _tables(shared) == expected
    assert len(expected["article"]) == 120 - 120 // 5  # the no-headline dev dump is quarantined
    with contextlib.closing(lakes.connect(shared, read_only=True)) as con:
        statuses = con.execute("SELECT status, count(*) FROM ingest_run GROUP BY 1").fetchall()
        files = con.execute("SELECT count(*), count(DISTINCT source_file) FROM ingest_file").fetchall()
    assert statuses == [("completed", 2)]
    assert files == [(120, 120)]


def test_overlapping_publishers_never_duplicate_an_article(
    postgres: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two commits that read the lake at the same time, both adding the same article: one is redone."""
    import threading

    import pyarrow.parquet as pq

    from tests.flows.lake import REFERENCE
    from transforms.parse import parse_dump
    from transforms.schema import INGEST_FILE
    from transforms.tables import RunContext, SourceDump, batch_tables

    shared = lakes.LakeLocation(postgres, str(tmp_path / "files"))
    data = (REPO / "data" / "raw" / REFERENCE).read_bytes()
    for n in (1, 2):
        run = RunContext(f"run{n}", __import__("datetime").datetime.now(__import__("datetime").UTC))
        tables = batch_tables([(SourceDump(REFERENCE, "s" * 64), parse_dump(data), None)], run)
        lakes.stage_tables(tmp_path / "staging", f"run{n}", 1, tables.curated())
    with contextlib.closing(lakes.connect(shared)) as con:
        lakes.ensure_schema(con)
    barrier = threading.Barrier(2, timeout=60)
    real = lakes._existing_versions
    first_round: set[int] = set()

    def together(con: Any, incoming: Any) -> Any:
        found = real(con, incoming)
        ident = threading.get_ident()
        if ident not in first_round:  # both transactions have read the lake before either commits
            first_round.add(ident)
            barrier.wait()
        return found

    results: list[lakes.Published] = []

    def publish(n: int) -> None:
        files = pq.read_table(tmp_path / "staging" / f"run{n}" / "article" / "batch-000001.parquet")
        logs = {INGEST_FILE.name: INGEST_FILE.arrow_schema.empty_table()}
        assert files.num_rows == 1
        results.append(lakes.publish(shared, tmp_path / "staging", f"run{n}", logs))

    monkeypatch.setattr(lakes, "_existing_versions", together)
    threads = [threading.Thread(target=publish, args=(n,)) for n in (1, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert len(results) == 2
    assert sorted(r.attempts for r in results) == [1, 2]  # the later commit conflicted and was redone
    with contextlib.closing(lakes.connect(shared, read_only=True)) as con:
        assert con.execute("SELECT count(*), count(DISTINCT article_id) FROM article").fetchall() == [(1, 1)]
        assert con.execute("SELECT count(*) FROM caption").fetchall() == [(1,)]
