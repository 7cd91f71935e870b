"""Every golden case the parser accepts also passes the gate: parser and suites agree on the contract."""

from __future__ import annotations

from datetime import UTC, date, datetime

from expectations.gate import validate_tables
from flows.discovery import sha256_of
from tests.cases import load_cases
from transforms.parse import parse_dump
from transforms.tables import RunContext, SourceDump, batch_tables


def test_golden_articles_pass_validation() -> None:
    run = RunContext("run-golden", datetime(2026, 1, 1, tzinfo=UTC))
    outcomes = []
    for case in load_cases():
        data = case.dump.read_bytes()
        outcomes.append((SourceDump(case.name, sha256_of(data)), parse_dump(data), None))
    tables = batch_tables(outcomes, run)
    assert tables.article.num_rows >= 20
    gate = validate_tables(tables.curated(), run_id=run.run_id, today=date(2026, 1, 1))
    assert gate.batch_failures == []
    assert gate.rejected.to_pylist() == []
    assert gate.tables["article"].num_rows == tables.article.num_rows


def test_short_acronym_headline_is_not_mistaken_for_a_dateline() -> None:
    run = RunContext("run-macc", datetime(2026, 1, 1, tzinfo=UTC))
    dump = b"MACC: Three detained over RM2mil tender fraud\n\nKUALA LUMPUR: Three men were detained on Monday.\n"
    tables = batch_tables([(SourceDump("macc.txt", sha256_of(dump)), parse_dump(dump), None)], run)
    assert tables.article.num_rows == 1
    gate = validate_tables(tables.curated(), run_id=run.run_id, today=date(2026, 1, 1))
    assert gate.rejected.to_pylist() == []
