"""Live progress: workers report batch counts through a file, the flow reads them and logs or draws them."""

from __future__ import annotations

import io
import logging
import re
import sys
from pathlib import Path

import pytest

from bench.corpus import BENCH_MAX_DUMP_BYTES, generate
from flows.cli import main
from flows.progress import Progress, ProgressLog, ProgressSink, plural


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_reporter_writes_at_most_every_interval_and_the_log_sums_batches(tmp_path: Path) -> None:
    clock = _Clock()
    sink = ProgressSink(tmp_path / "run" / "progress", every_s=0.5)  # the folder is created on first write
    one, two = sink.batch(1, clock), sink.batch(2, clock)
    log = ProgressLog(sink.path)
    assert log.read() == 0  # nothing reported yet: no file
    for done in range(8):  # a dump every 1/8 s: a line every 0.5 s
        clock.now += 0.125
        one.tick(done)
    assert sink.path.read_text().splitlines() == ["1 3", "1 7"]
    assert log.read() == 7
    two.write(300)
    assert log.read() == 307
    log.finished([(1, 10)])  # batch 1's task returned: all of it is done
    assert log.read() == 310


def test_log_counts_a_retried_batch_once_and_waits_for_whole_lines(tmp_path: Path) -> None:
    path = tmp_path / "progress"
    log = ProgressLog(path)
    path.write_bytes(b"3 800\n3 1")  # a worker is half-way through writing its line
    assert log.read() == 800
    with path.open("ab") as f:
        f.write(b"00\ngarbage\n3 200\n")  # "3 100" completes; the retry counts from 0 again
    assert log.read() == 800


def test_unwritable_sink_never_fails_the_batch(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    reporter = ProgressSink(tmp_path / "file" / "progress", every_s=0.0).batch(1)
    reporter.write(5)  # a file where the folder should be: reporting stops, nothing raised
    reporter.tick(6)
    assert ProgressLog(tmp_path / "file" / "progress").read() == 0


def test_progress_logs_a_line_every_interval_even_when_nothing_moved(caplog: pytest.LogCaptureFixture) -> None:
    clock = _Clock()
    with caplog.at_level(logging.INFO, logger="test.progress"):
        progress = Progress(100, logging.getLogger("test.progress"), interval_s=5.0, stream=io.StringIO(), clock=clock)
        for _ in range(4):  # workers starting: nothing done for 10 s
            clock.now += 2.5
            progress.tick()
        clock.now += 2.5
        progress.update(25)
        progress.update(10)  # never goes back
        progress.close()
    assert [r.getMessage() for r in caplog.records] == [
        "parsed 0/100 dumps (0%), 5 s: waiting for the first batch",
        "parsed 0/100 dumps (0%), 10 s: waiting for the first batch",
        "parsed 25/100 dumps in 12.5 s (2.0 dumps/s)",
    ]


def test_progress_writes_to_the_stream_when_the_logger_drops_info() -> None:
    """PREFECT_LOGGING_LEVEL=WARNING (make run): piped output still shows progress, and no '(0 dumps/s)'."""
    clock = _Clock()
    quiet = logging.getLogger("test.progress.quiet")
    quiet.setLevel(logging.WARNING)
    out = io.StringIO()
    progress = Progress(1000, quiet, interval_s=1.0, stream=out, clock=clock)
    clock.now = 2.0
    progress.update(400)
    clock.now = 4.0
    progress.close()  # a failed run: 400 done, then nothing
    assert out.getvalue().splitlines() == [
        "parsed 400/1000 dumps (40%), 200 dumps/s, ~3 s left",
        "parsed 400/1000 dumps in 4.0 s (100 dumps/s)",
    ]
    nothing = io.StringIO()
    Progress(3, quiet, stream=nothing, clock=clock).close()
    assert nothing.getvalue() == "parsed 0/3 dumps in 0.0 s\n"


def test_plural() -> None:
    assert [plural(n, "article") for n in (0, 1, 2)] == ["0 articles", "1 article", "2 articles"]
    assert plural(1, "related headline") == "1 related headline"


# A run of 3 batches of 1,000 dumps, piped: lines every 0.1 s while the workers parse.
DUMPS, BATCH = 3000, 1000
LINE = re.compile(rf"^parsed (\d+)/{DUMPS} dumps \(\d+%\), ([\d,.]+) dumps/s", re.MULTILINE)


@pytest.mark.usefixtures("prefect_harness")
@pytest.mark.parametrize("runner", [[], ["--workers", "2"]], ids=["process-pool", "dask"])
def test_piped_run_shows_progress_inside_batches_before_the_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: list[str]
) -> None:
    raw = tmp_path / "raw"
    generate(raw, DUMPS, seed=11, bad_share=0.02, jobs=1)
    monkeypatch.setenv("NEWSETL_MAX_DUMP_BYTES", str(BENCH_MAX_DUMP_BYTES))
    monkeypatch.setenv("NEWSETL_BATCH_SIZE", str(BATCH))
    monkeypatch.setenv("NEWSETL_PROGRESS_INTERVAL_S", "0.1")
    piped = io.StringIO()  # not a terminal: plain lines; stdout and stderr in one stream, as `2>&1 | cat`
    monkeypatch.setattr(sys, "stdout", piped)
    monkeypatch.setattr(sys, "stderr", piped)
    args = ["run", "--raw", str(raw), "--catalog", str(tmp_path / "lake.sqlite"), "--data-path", str(tmp_path / "c")]
    assert main([*args, *runner]) == 0
    text = piped.getvalue()
    summary = re.search(r"^run \S+: completed$", text, re.MULTILINE)
    assert summary, text[-3000:]
    before = text[: summary.start()]
    lines = [(int(m[1]), float(m[2].replace(",", ""))) for m in LINE.finditer(before)]
    counts = [count for count, _ in lines]
    assert counts == sorted(counts), counts
    assert len(set(counts)) >= 3, counts
    # Finer than a batch: counts workers reported while parsing, not only when a batch's task returned.
    assert any(count % BATCH for count in counts), counts
    assert all(rate > 0 for _, rate in lines)
    assert re.search(rf"^parsed {DUMPS}/{DUMPS} dumps in [\d.]+ s \([\d,.]+ dumps/s\)$", before, re.MULTILINE)
