"""Prefect artifacts of an ingest run: a markdown summary and a table of the quarantined files."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import pyarrow as pa

# Artifact keys: lowercase letters, digits and dashes. The UI keeps one versioned history per key.
SUMMARY_KEY = "ingest-article-dumps-summary"
QUARANTINE_KEY = "ingest-article-dumps-quarantine"
QUARANTINE_COLUMNS = ("source_file", "reason_code", "detail")


class RunSummaryLike(Protocol):
    """What the artifacts read of `flows.ingest.RunSummary` (kept structural: no import of the flow)."""

    @property
    def run_id(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def files_seen(self) -> int: ...
    @property
    def files_new(self) -> int: ...
    @property
    def articles(self) -> int: ...
    @property
    def captions(self) -> int: ...
    @property
    def related_headlines(self) -> int: ...
    @property
    def quarantined(self) -> int: ...
    @property
    def rejected(self) -> int: ...
    @property
    def duration_s(self) -> float: ...
    @property
    def snapshot_id(self) -> int | None: ...
    @property
    def warehouse(self) -> str: ...
    @property
    def error(self) -> str | None: ...
    @property
    def totals(self) -> dict[str, int] | None: ...


@dataclass(frozen=True)
class TableValidation:
    """Expectations of one table in one run, summed over batches."""

    table_name: str
    passed: int
    failed: int
    unexpected: int
    failed_expectations: tuple[tuple[str, int], ...]  # (expectation, unexpected rows) of each failed one


def validation_by_table(validation: pa.Table) -> list[TableValidation]:
    """One entry per table of a `validation_result` table, in table-name order."""
    if validation.num_rows == 0:
        return []
    per_table: dict[str, list[Mapping[str, Any]]] = {}
    for row in validation.select(["table_name", "expectation", "success", "unexpected_count"]).to_pylist():
        per_table.setdefault(row["table_name"], []).append(row)
    out = []
    for name in sorted(per_table):
        rows = per_table[name]
        failed = tuple((str(r["expectation"]), int(r["unexpected_count"] or 0)) for r in rows if not r["success"])
        out.append(
            TableValidation(
                table_name=name,
                passed=len(rows) - len(failed),
                failed=len(failed),
                unexpected=sum(int(r["unexpected_count"] or 0) for r in rows),
                failed_expectations=failed,
            )
        )
    return out


def quarantine_rows(quarantine: pa.Table) -> dict[str, list[Any]]:
    """The table artifact's columns (kept even when nothing was quarantined)."""
    if quarantine.num_rows == 0:
        return {column: [] for column in QUARANTINE_COLUMNS}
    return {column: quarantine[column].to_pylist() for column in QUARANTINE_COLUMNS}


def docs_link(docs_index: str | None) -> str | None:
    """A URL for the Data Docs index: URLs are kept, file paths become absolute file:// URIs."""
    if not docs_index:
        return None
    if "://" in docs_index:
        return docs_index
    return Path(docs_index).resolve().as_uri()


def _cell(value: object) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def summary_markdown(
    summary: RunSummaryLike, quarantine: pa.Table, validation: pa.Table, docs_index: str | None
) -> str:
    """The markdown artifact: counts, quarantine, validation per table and the Data Docs link."""
    totals = summary.totals or {}
    snapshot = "-" if summary.snapshot_id is None else summary.snapshot_id
    lines = [
        f"# ingest-article-dumps run: {summary.status}",
        "",
        f"Run `{summary.run_id}`, lake snapshot `{snapshot}`, {summary.duration_s:.1f} s, lake `{summary.warehouse}`.",
        "",
    ]
    if summary.error:
        lines += [f"**Error:** {_cell(summary.error)}", ""]
    lines += [
        "| | this run | in the lake |",
        "|---|---:|---:|",
        f"| files seen | {summary.files_seen} | |",
        f"| files new or changed | {summary.files_new} | |",
        f"| articles | {summary.articles} | {totals.get('article', '-')} |",
        f"| captions | {summary.captions} | {totals.get('caption', '-')} |",
        f"| related headlines | {summary.related_headlines} | {totals.get('related_headline', '-')} |",
        f"| quarantined files | {summary.quarantined} | |",
        f"| rejected rows | {summary.rejected} | |",
        "",
        "## Validation",
        "",
    ]
    tables = validation_by_table(validation)
    if tables:
        lines += [
            "| table | expectations passed | expectations failed | unexpected rows |",
            "|---|---:|---:|---:|",
            *(f"| {_cell(t.table_name)} | {t.passed} | {t.failed} | {t.unexpected} |" for t in tables),
            "",
        ]
        failed = [(t.table_name, name, count) for t in tables for name, count in t.failed_expectations]
        if failed:
            lines += ["Failed expectations:", ""]
            lines += [f"- {_cell(table)}: `{_cell(name)}` ({count} unexpected)" for table, name, count in failed]
            lines.append("")
    else:
        lines += ["No table was validated in this run.", ""]
    link = docs_link(docs_index)
    lines.append(f"[Data Docs]({link})" if link else "Data Docs: none built in this run.")
    if summary.quarantined:
        shown = f" ({first})" if (first := _first_listed(quarantine, summary)) else ""
        lines += [
            "",
            f"Quarantined files: see the table artifact `{QUARANTINE_KEY}`{shown} and the table `quarantine`.",
        ]
    return "\n".join(lines) + "\n"


def _first_listed(quarantine: pa.Table, summary: RunSummaryLike) -> str | None:
    """'the first 1000' when the artifact lists only part of the run's quarantined files; None when all."""
    return None if quarantine.num_rows >= summary.quarantined else f"the first {quarantine.num_rows}"


def publish_run_artifacts(
    summary: RunSummaryLike, quarantine: pa.Table, validation: pa.Table, docs_index: str | None
) -> None:
    """Create the run's markdown and quarantine-table artifacts (attached to the current flow run).

    Reporting never fails a run: an artifact the API refuses is logged as a warning.
    """
    from prefect.artifacts import create_markdown_artifact, create_table_artifact

    logger = _logger()
    try:
        create_markdown_artifact(
            markdown=summary_markdown(summary, quarantine, validation, docs_index),
            key=SUMMARY_KEY,
            description=f"ingest-article-dumps run {summary.run_id}: {summary.status}",
        )
        create_table_artifact(
            table=quarantine_rows(quarantine),
            key=QUARANTINE_KEY,
            description=f"Files quarantined by run {summary.run_id} ({summary.quarantined}"
            + (f", {first} listed" if (first := _first_listed(quarantine, summary)) else "")
            + ")",
        )
    except Exception as exc:  # noqa: BLE001 - artifacts are a report: the run's outcome stands
        logger.warning("could not publish the run's artifacts: %s", exc)


def _logger() -> logging.Logger | logging.LoggerAdapter[logging.Logger]:
    from prefect import get_run_logger
    from prefect.exceptions import MissingContextError

    try:
        return get_run_logger()
    except MissingContextError:
        return logging.getLogger(__name__)
