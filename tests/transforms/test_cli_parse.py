"""`newsetl parse`: JSON per file, and per-field agreement with truth files (--truth DIR)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from flows.cli import main
from tests.cases import CASES_DIR

DEV = CASES_DIR / "dev"
REFERENCE = DEV / "000_4a013bf47e0abc10.txt"


def _rows(out: str) -> dict[str, list[str]]:
    """{field: ["right/files", "share"]} from the agreement table."""
    return {p[0]: p[1:] for p in (line.split() for line in out.splitlines()) if len(p) == 3 and "/" in p[1]}


def test_parse_prints_one_json_object_per_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(REFERENCE)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["outcome"] == "ok"
    assert report["article"]["dateline"] == "RIYADH/WASHINGTON"


def test_truth_agreement_on_the_dev_cases(capsys: pytest.CaptureFixture[str]) -> None:
    files = [str(p) for p in sorted(DEV.glob("*.txt"))]
    assert main(["parse", "--truth", str(DEV), *files]) == 0
    out = capsys.readouterr().out
    assert "5 file(s) compared" in out
    rows = _rows(out)
    # One dev page must be quarantined: only its verdict is scored (the corpus convention, as in make eval).
    assert rows["outcome"] == ["5/5", "100.0%"]
    for field in ("title", "captions", "body_paragraphs", "related"):
        assert rows[field] == ["4/4", "100.0%"]
    assert "mismatches" not in out
    # Field agreement, outcomes and body token F1, as the scoreboard prints them.
    assert "overall                    5   100.00%    5/5      1.0000" in out.splitlines()


def test_truth_mismatches_name_the_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(REFERENCE, tmp_path / REFERENCE.name)
    truth = json.loads((DEV / f"{REFERENCE.name}.truth.json").read_text(encoding="utf-8"))
    truth["title"] = "Some other headline"
    truth["reporters"] = ["Nobody"]
    (tmp_path / f"{REFERENCE.name}.truth.json").write_text(json.dumps(truth), encoding="utf-8")
    (tmp_path / "stray.txt").write_text("Stray\n\nIPOH: Body.\n", encoding="utf-8")
    assert main(["parse", "--truth", str(tmp_path), str(tmp_path / REFERENCE.name), str(tmp_path / "stray.txt")]) == 0
    out = capsys.readouterr().out
    assert "title mismatches: 000_4a013bf47e0abc10.txt" in out
    assert "reporters mismatches: 000_4a013bf47e0abc10.txt" in out
    rows = _rows(out)
    assert rows["title"] == ["0/1", "0.0%"]
    assert rows["dateline"] == ["1/1", "100.0%"]
    assert "no truth file for 1 file(s): stray.txt" in out


def test_missing_truth_folder_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--truth", "/nonexistent/truth", str(REFERENCE)]) == 2
    assert "truth folder" in capsys.readouterr().err
