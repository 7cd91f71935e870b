"""A parser crash on one dump, end to end: that dump is quarantined as parser_error, the run goes on."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import transforms.parse
from tests.cases import CASES_DIR, load_cases
from tests.flows.lake import Lake
from transforms.records import ParseOutcome

pytestmark = pytest.mark.usefixtures("prefect_harness")

# The dev dump whose parse is made to raise: an ordinary article, so only the crash keeps it out.
CRASHING = "crafted_business_caption_promo_tags.txt"


def test_a_crashing_dump_is_quarantined_and_the_others_are_published(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lake = Lake(tmp_path / "data")
    lake.raw.mkdir(parents=True)
    dev = load_cases("dev")
    for case in dev:
        shutil.copy(case.dump, lake.raw / case.dump.name)
    crashing_bytes = (CASES_DIR / "dev" / CRASHING).read_bytes()
    title = next(c.truth["title"] for c in dev if c.dump.name == CRASHING)
    real_parse_text = transforms.parse.parse_text
    crashes = []

    def parse_text(text: str, decode_warnings: tuple[str, ...] = (), *, capped: bool = False) -> ParseOutcome:
        # A parser bug that only this dump's text triggers; every other dump parses as usual.
        if text.startswith(title):
            crashes.append(text)
            raise IndexError("list index out of range (injected)")
        return real_parse_text(text, decode_warnings, capped=capped)

    # The run parses in this process (one batch runs inline, no worker process), so the patch applies.
    with monkeypatch.context() as m:
        m.setattr(transforms.parse, "parse_text", parse_text)
        assert lake.run() == 0
    assert len(crashes) == 1

    ok = {c.dump.name for c in dev if c.truth["outcome"] == "ok"}
    assert CRASHING in ok
    assert lake.sql("SELECT status, articles, quarantined FROM ingest_run") == [("completed", len(ok) - 1, 2)]
    assert {r[0] for r in lake.sql("SELECT source_file FROM article")} == ok - {CRASHING}
    quarantine = {r[0]: r[1:] for r in lake.sql("SELECT source_file, reason_code, detail, kept_as FROM quarantine")}
    assert set(quarantine) == {CRASHING, *({c.dump.name for c in dev} - ok)}
    reason, detail, kept_as = quarantine[CRASHING]
    assert reason == "parser_error"
    assert "IndexError" in str(detail) and "injected" in str(detail) and "bug" in str(detail)
    assert Path(str(kept_as)).read_bytes() == crashing_bytes  # never lost: its bytes are kept
    statuses = {str(path): str(status) for path, status in lake.sql("SELECT source_file, status FROM ingest_file")}
    assert statuses[CRASHING] == "quarantined"
    assert list(statuses.values()).count("loaded") == len(ok) - 1

    # With the bug fixed, a full refresh from the raw folder publishes the dump.
    assert lake.run("--full-refresh") == 0
    assert {r[0] for r in lake.sql("SELECT source_file FROM article")} == ok
