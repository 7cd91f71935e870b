"""Every golden case the parser accepts also passes the gate: parser and suites agree on the contract."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pyarrow as pa
import pyarrow.compute as pc

from expectations.gate import validate_tables
from flows.discovery import sha256_of
from tests.cases import load_cases
from tests.transforms.test_scoreboard import BLIND_BATCHES
from transforms.parse import parse_dump
from transforms.records import ParsedArticle
from transforms.tables import RunContext, SourceDump, article_id_for, batch_tables


def test_golden_articles_pass_validation() -> None:
    run = RunContext("run-golden", datetime(2026, 1, 1, tzinfo=UTC))
    outcomes = []
    cases = load_cases()
    for case in cases:
        data = case.dump.read_bytes()
        outcomes.append((SourceDump(case.name, sha256_of(data)), parse_dump(data), None))
    tables = batch_tables(outcomes, run)
    # Exactly what the truth files say: one row per accepted case, its captions and related headlines. The
    # blind batches are scored (their ratchets count right outcomes), not required to match: their pages
    # count as the parser decided them, and every article among them must pass the gate below.
    exact = [c for c in cases if c.name.split("/", 1)[0] not in BLIND_BATCHES]
    exact_ok = [c.truth for c in exact if c.truth["outcome"] == "ok"]
    blind_accepted = sum(
        isinstance(outcome, ParsedArticle)
        for case, (_, outcome, _) in zip(cases, outcomes, strict=True)
        if case.name.split("/", 1)[0] in BLIND_BATCHES
    )
    assert tables.article.num_rows == len(exact_ok) + blind_accepted
    assert tables.quarantine.num_rows == len(cases) - len(exact_ok) - blind_accepted
    exact_ids = {article_id_for(c.name) for c in exact}
    captions = tables.caption.filter(pc.is_in(tables.caption["article_id"], pa.array(sorted(exact_ids))))
    related = tables.related_headline.filter(
        pc.is_in(tables.related_headline["article_id"], pa.array(sorted(exact_ids)))
    )
    assert captions.num_rows == sum(len(t["captions"]) for t in exact_ok)
    assert related.num_rows == sum(len(v) for t in exact_ok for v in t["related"].values())
    # "Today" is after every case's publication date (the blind batches date pages up to 2026-11).
    gate = validate_tables(tables.curated(), run_id=run.run_id, today=date(2027, 1, 1))
    assert gate.batch_failures == []
    assert gate.rejected.to_pylist() == []
    assert {name: t.num_rows for name, t in gate.tables.items()} == {
        name: t.num_rows for name, t in tables.curated().items()
    }


def test_short_acronym_headline_is_not_mistaken_for_a_dateline() -> None:
    run = RunContext("run-macc", datetime(2026, 1, 1, tzinfo=UTC))
    dump = b"MACC: Three detained over RM2mil tender fraud\n\nKUALA LUMPUR: Three men were detained on Monday.\n"
    tables = batch_tables([(SourceDump("macc.txt", sha256_of(dump)), parse_dump(dump), None)], run)
    assert tables.article.num_rows == 1
    gate = validate_tables(tables.curated(), run_id=run.run_id, today=date(2026, 1, 1))
    assert gate.rejected.to_pylist() == []
