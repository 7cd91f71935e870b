"""SIGKILL at random moments never leaves the views inconsistent, and the next run catches up."""

from __future__ import annotations

from pathlib import Path

from bench.killtest import killtest


def test_killed_runs_leave_a_consistent_warehouse(tmp_path: Path) -> None:
    # A short version of `python -m bench.killtest --kills 20 --dumps 3000` (subprocess runs).
    report = killtest(tmp_path, kills=2, dumps=240, seed=11)
    assert report["reader_answers"], "the reader never got an answer"
    assert report["dumps"] == 240
    assert report["articles"] == 240 - 240 // 5  # the no-headline dev dump is quarantined
