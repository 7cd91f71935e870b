"""SIGKILL at random moments never leaves the views inconsistent, and the next run catches up."""

from __future__ import annotations

from pathlib import Path

from bench.killtest import killtest


def test_killed_runs_leave_a_consistent_lake(tmp_path: Path) -> None:
    # A short version of `python -m bench.killtest --kills 20 --dumps 3000` (subprocess runs).
    report = killtest(tmp_path, kills=3, dumps=240, seed=11)
    # The kills must land while the runs work, not after they finished (else nothing was tested).
    assert report["killed_mid_run"] >= 2, report
    assert report["reader_answers"], "the reader never got an answer"
    # The attached reader saw the lake grow (whole snapshots only: consistency is checked per answer).
    assert len(report["reader_article_counts"]) >= 2, report
    assert report["dumps"] == 240
    assert report["articles"] == 240 - 240 // 5  # the no-headline dev dump is quarantined
    assert report["unreferenced_before_maintain"] >= 0 and report["data_files_after_maintain"] > 0
