"""Issue 15: an analyst's session attached to the lake never blocks a run, and sees whole snapshots only."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from flows import lake as lakes
from flows.settings import Settings
from tests.cases import CASES_DIR
from tests.flows.lake import REFERENCE, REPO, Lake

pytestmark = pytest.mark.usefixtures("prefect_harness")


def _answers(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_run_commits_while_a_reader_stays_attached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lake = Lake(tmp_path / "data")
    lake.raw.mkdir(parents=True)
    shutil.copy(REPO / "data" / "raw" / REFERENCE, lake.raw / REFERENCE)
    assert lake.run() == 0
    out, stop = tmp_path / "answers.jsonl", tmp_path / "stop"
    # The catalog as a plain path means the default kind (what `newsetl run` with no settings uses).
    catalog = Settings(catalog=str(lake.catalog)).resolved().catalog  # type: ignore[call-arg]
    reader = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.flows.lake_reader",
            catalog,
            str(lake.curated),
            str(out),
            str(stop),
        ],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        deadline = time.monotonic() + 60
        while not (out.exists() and _answers(out)) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert out.exists() and _answers(out), "the reader never answered"
        # The run publishes new dumps while the reader is attached; measure how long publishing took.
        for dump in (CASES_DIR / "dev").glob("*.txt"):
            shutil.copy(dump, lake.raw / dump.name)
        published: list[tuple[float, lakes.Published]] = []
        real_publish = lakes.publish

        def timed(*args: Any, **kwargs: Any) -> lakes.Published:
            clock = time.monotonic()
            result = real_publish(*args, **kwargs)
            published.append((time.monotonic() - clock, result))
            return result

        monkeypatch.setattr(lakes, "publish", timed)
        clock = time.monotonic()
        assert lake.run() == 0
        run_s = time.monotonic() - clock
        seen = len(_answers(out))
        deadline = time.monotonic() + 30
        while len(_answers(out)) < seen + 5 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        stop.touch()
        reader.wait(timeout=30)
    answers = _answers(out)
    assert reader.returncode == 0
    assert [a for a in answers if "error" in a] == []
    # Whole snapshots only: never a duplicate id or an orphan row, and only the before/after counts.
    assert all(a["dups"] == a["orphan_captions"] == a["orphan_related"] == 0 for a in answers)
    counts = [a["articles"] for a in answers]
    assert set(counts) == {1, 4}, set(counts)
    assert counts == sorted(counts)  # before, then after: once seen, the new snapshot stays
    (publish_s, result), *_ = published
    assert result.attempts == 1  # committed at the first try: the reader did not block it
    with capsys.disabled():
        print(
            f"\n[issue 15] reader answers {len(answers)} (before {counts.count(1)}, after {counts.count(4)}); "
            f"run {run_s:.1f}s, publish {publish_s:.2f}s in {result.attempts} attempt(s); "
            f"slowest reader query {max(a['query_s'] for a in answers):.3f}s"
        )
