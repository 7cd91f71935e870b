"""Misuse and bad input at the CLI and flow level: one clear line and the documented exit status, never a traceback."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from flows import cli
from tests.flows.lake import REFERENCE, REPO, Lake

BIN = Path(sys.executable).parent


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("NEWSETL_BATCH_SIZE", "abc", "NEWSETL_BATCH_SIZE='abc': Input should be a valid integer"),
        ("NEWSETL_MAX_DUMP_BYTES", "-5", "NEWSETL_MAX_DUMP_BYTES='-5': Input should be greater than 0"),
    ],
)
def test_bad_environment_setting_is_one_line(
    variable: str,
    value: str,
    expected: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(variable, value)
    assert cli.main(["run", "--raw", str(tmp_path)]) == 2
    assert _one_line(capsys.readouterr().err).startswith(f"newsetl: {expected}")
    assert cli.main(["parse", str(REPO / "data" / "raw" / REFERENCE)]) == 2
    assert expected in _one_line(capsys.readouterr().err)


def test_query_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    # `newsetl query ... | head -2`: the reader goes away after two lines.
    options = _lake_with_one_article(tmp_path, "World")
    proc = subprocess.Popen(
        [
            str(BIN / "newsetl"),
            "query",
            "SELECT * FROM range(100000)",
            "--max-rows",
            "100000",
            *options,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0, err
    assert err == ""


def test_unreachable_dask_address_fails_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as sock:  # a port nothing listens on: bound, never listening
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        rc = cli.main(["run", "--raw", str(tmp_path), "--dask-address", f"tcp://127.0.0.1:{port}"])
    assert rc == 1
    line = _one_line(capsys.readouterr().err)
    assert line.startswith(f"newsetl: no Dask scheduler answers at tcp://127.0.0.1:{port}")


@pytest.mark.parametrize("where", ["under-a-file", "read-only"])
def test_unwritable_catalog_folder_is_one_line(
    where: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "raw").mkdir()
    if where == "under-a-file":
        (tmp_path / "file").write_bytes(b"")
        warehouse = tmp_path / "file" / "lake.sqlite"
    else:
        # Root writes anywhere (CAP_DAC_OVERRIDE): inject the error a read-only mount gives.
        warehouse = tmp_path / "ro" / "lake.sqlite"
        warehouse.parent.mkdir()
        real_open = cli.os.open

        def read_only_fs(path: str, flags: int, *args: object) -> int:
            if str(path).startswith(str(warehouse.parent)):
                raise OSError(30, "Read-only file system", str(path))
            return real_open(path, flags, *args)  # type: ignore[arg-type]

        monkeypatch.setattr(cli.os, "open", read_only_fs)
    rc = cli.main(
        ["run", "--raw", str(tmp_path / "raw"), "--data-path", str(tmp_path / "c"), "--catalog", str(warehouse)]
    )
    assert rc == 2
    line = _one_line(capsys.readouterr().err)
    assert line.startswith(f"newsetl: cannot write the catalog folder {warehouse.parent}")


def test_parse_a_folder_parses_the_files_in_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "2025").mkdir()
    shutil.copy(REPO / "data" / "raw" / REFERENCE, tmp_path / "2025" / REFERENCE)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / ".hidden.txt").write_bytes(b"")
    assert cli.main(["parse", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2
    assert '"outcome": "ok"' in lines[0] and f"2025/{REFERENCE}" in lines[0]
    assert '"outcome": "quarantine"' in lines[1] and "empty.txt" in lines[1]


def test_raw_option_naming_a_file_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dump = tmp_path / "dump.txt"
    dump.write_bytes(b"x")
    assert cli.main(["run", "--raw", str(dump)]) == 2
    line = _one_line(capsys.readouterr().err)
    assert f"raw folder {dump} is a file, not a folder" in line and "newsetl parse" in line


def test_help_shows_required_options_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("run", "parse", "export", "query", "status", "docs"):
        with pytest.raises(SystemExit):
            cli.main([command, "--help"])
        text = capsys.readouterr().out
        assert "exit status" in text and "0 " in text and "2 " in text, command
    with pytest.raises(SystemExit):
        cli.main(["export", "--help"])
    usage = capsys.readouterr().out
    assert "--table TABLE --out PATH" in usage.replace("\n", " ")
    assert "required" in usage
    for command in ("query", "export", "status", "docs"):
        with pytest.raises(SystemExit):
            cli.main([command, "--help"])
        text = capsys.readouterr().out
        assert "--raw" not in text and "--curated" not in text, command


def test_export_help_marks_table_and_out_required_and_lists_every_exit_code(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["export", "--help"])
    assert exited.value.code == 0
    lines = capsys.readouterr().out.splitlines()

    def option_line(option: str) -> str:
        return next(line for line in lines if line.strip().startswith(option + " "))

    assert option_line("--table TABLE").endswith("[required]")
    assert option_line("--out PATH").endswith("[required]")
    assert "[required]" not in option_line("--format") and "[required]" not in option_line("--since")
    section = lines[lines.index("  exit status:") + 1 :]
    codes = {line.split()[0]: line.split(None, 1)[1] for line in section if line.strip()}
    assert set(codes) == {"0", "1", "2", "130"}
    assert codes["2"].startswith("bad arguments") and codes["130"] == "interrupted"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], "newsetl: Missing command"),
        (["nope"], "newsetl: No such command 'nope'"),
        (["run", "--bogus"], "newsetl: run: No such option '--bogus'"),
        (["run", "--workers", "x"], "newsetl: run: Invalid value for '--workers'"),
        (["parse"], "newsetl: parse: Missing argument 'FILE...'"),
        (["query", "--curated", "x", "SELECT 1"], "newsetl: query: No such option '--curated'"),
    ],
)
def test_click_usage_errors_are_one_line_and_exit_2(
    argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(argv) == 2
    line = _one_line(capsys.readouterr().err)
    assert line.startswith(expected) and line.endswith("--help`)"), line


def test_options_reach_the_command_as_before(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    seen: list[object] = []
    monkeypatch.setattr(cli, "cmd_run", lambda args: seen.append(args) or 0)
    assert cli.main(["run", "--curated", str(tmp_path), "--full-refresh", "--workers", "3"]) == 0
    assert cli.main(["run", "--data-path", "s3://b/p", "--raw", "r"]) == 0
    first, second = seen
    assert vars(first) == {
        "raw": None,
        "catalog": None,
        "data_path": str(tmp_path),
        "full_refresh": True,
        "reparse": False,
        "workers": 3,
        "dask_address": None,
    }
    assert (second.data_path, second.raw, second.full_refresh, second.workers) == ("s3://b/p", "r", False, None)  # type: ignore[attr-defined]


def test_export_refuses_a_format_its_out_suffix_contradicts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "a.parquet"
    rc = cli.main(
        [
            "export",
            "--table",
            "article",
            "--format",
            "csv",
            "--out",
            str(out),
            "--catalog",
            str(tmp_path / "lake.sqlite"),
        ]
    )
    assert rc == 2
    assert "a.parquet" in _one_line(capsys.readouterr().err) and not out.exists()


# ---------------------------------------------------------------- flow level (Prefect)


@pytest.mark.usefixtures("prefect_harness")
def test_run_goes_on_past_a_file_that_vanishes_and_reads_it_when_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows import discovery

    lake = Lake(tmp_path / "data")
    lake.raw.mkdir(parents=True)
    shutil.copy(REPO / "data" / "raw" / REFERENCE, lake.raw / REFERENCE)
    dump = b"Headline\n\nBody text.\n"
    (lake.raw / "gone.txt").write_bytes(dump)
    listed = discovery.stream_listing

    def listing_then_delete(location: str, sink: Any) -> discovery.Listed:
        found = listed(location, sink)
        (lake.raw / "gone.txt").unlink(missing_ok=True)  # deleted between listing and reading
        return found

    monkeypatch.setattr(discovery, "stream_listing", listing_then_delete)
    assert lake.run() == 0
    assert lake.sql("SELECT source_file, reason_code FROM quarantine") == [("gone.txt", "vanished")]
    assert lake.sql("SELECT source_file FROM ingest_file") == [(REFERENCE,)]
    assert lake.counts()["article"] == 1
    monkeypatch.undo()
    (lake.raw / "gone.txt").write_bytes(dump)
    assert lake.run() == 0
    assert sorted(lake.sql("SELECT source_file FROM ingest_file")) == [(REFERENCE,), ("gone.txt",)]


@pytest.mark.usefixtures("prefect_harness")
def test_flow_with_a_missing_raw_folder_fails_once_with_the_reason(tmp_path: Path) -> None:
    # The deployment route calls the flow without the CLI's checks.
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    from flows.ingest import ingest_article_dumps

    missing = tmp_path / "missing"
    state = ingest_article_dumps(
        raw_dir=str(missing),
        catalog=str(tmp_path / "lake.sqlite"),
        data_path=str(tmp_path / "curated"),
        return_state=True,
    )
    assert state.is_failed()
    assert f"raw folder {missing} does not exist" in str(state.message)
    flow_run_id = state.state_details.flow_run_id
    with get_client(sync_client=True) as client:
        runs = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])))
    assert [r.run_count for r in runs if r.name.startswith("list-raw-files")] == [1]  # no retry


def _lake_with_one_article(root: Path, section: str | None) -> list[str]:
    """A lake holding the reference article (with the given section); the reader options for it."""
    import contextlib
    import dataclasses
    from datetime import UTC, datetime

    import pyarrow as pa

    from flows import lake
    from flows.discovery import sha256_of
    from transforms.parse import parse_dump
    from transforms.records import ParsedArticle
    from transforms.schema import ARTICLE
    from transforms.tables import RunContext, SourceDump, article_row

    data = (REPO / "data" / "raw" / REFERENCE).read_bytes()
    article = parse_dump(data)
    assert isinstance(article, ParsedArticle)
    row = article_row(
        dataclasses.replace(article, section=section),
        SourceDump(REFERENCE, sha256_of(data)),
        RunContext("r", datetime.now(UTC)),
    )
    root.mkdir(parents=True, exist_ok=True)
    location = lake.LakeLocation(f"sqlite:{root / 'lake.sqlite'}", str(root / "curated"))
    with contextlib.closing(lake.connect(location)) as con:
        lake.ensure_schema(con)
        with lake.registered(con, "_article", pa.Table.from_pylist([row], schema=ARTICLE.arrow_schema)) as name:
            con.execute(f"INSERT INTO article BY NAME SELECT * FROM {name}")
    return ["--catalog", str(root / "lake.sqlite"), "--data-path", str(root / "curated")]


def test_parquet_exports_carry_the_declared_schema(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from transforms.schema import ARTICLE

    exports = []
    for n, section in enumerate(("World", None)):
        options = _lake_with_one_article(tmp_path / f"lake{n}", section)
        out = tmp_path / f"article-{n}.parquet"
        assert cli.main(["export", "--table", "article", "--out", str(out), *options]) == 0
        exports.append(pq.read_table(out))
    for table in exports:
        # The declared nullability, not whatever one export happened to hold (no null section: NOT NULL).
        assert [(f.name, f.nullable) for f in table.schema] == [(f.name, f.nullable) for f in ARTICLE.arrow_schema]
    combined = pa.concat_tables(exports)
    assert combined["section"].to_pylist() == ["World", None]


@pytest.mark.usefixtures("prefect_harness")
def test_dask_own_info_logs_stay_quiet_at_warning(capfd: pytest.CaptureFixture[str]) -> None:
    from prefect import flow, task

    from flows.runners import local_dask_runner

    @task
    def one() -> int:
        return 1

    @flow(task_runner=local_dask_runner(1))
    def tiny() -> int:
        return int(one.submit().result())

    assert tiny() == 1
    err = capfd.readouterr().err
    assert "| INFO    | distributed." not in err, err


def test_summary_counts_prefect_start_up_and_names_what_a_noop_kept() -> None:
    from flows.ingest import RunSummary

    noop = RunSummary("r1", "noop", 1, 0, 0, 0, 0, 0, 0, 1.5, 7, "/w", totals={"article": 1}, docs="/d/index.html")
    text = cli.format_summary(noop, wall_s=14.25) + "\n"
    assert "  elapsed                  14.2s (run 1.5s, the rest Prefect start-up)" in text
    assert "  snapshot             7 (unchanged: nothing committed)\n" in text
    assert "  data docs            /d/index.html (unchanged)\n" in text
    assert " -\n" not in text
    # A no-op on a lake with nothing committed and no docs built yet says so.
    empty = cli.format_summary(replace(noop, snapshot_id=None, docs=None))
    assert "  snapshot             none yet\n" in empty and "  data docs            none built yet" in empty
