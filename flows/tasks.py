"""Prefect tasks: thin wrappers that call transforms, the gate and io; retries only on I/O."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
from prefect import task

from flows import io
from transforms.parse import parse_dump
from transforms.plan import RawFile, SeenFile
from transforms.records import ParseOutcome, Quarantined
from transforms.schema import ARTICLE, INGEST_FILE, QUARANTINE, REJECTED_ROW, VALIDATION_RESULT
from transforms.tables import RunContext, SourceDump, article_id_for, batch_tables, concat, resolve_versions


@dataclass(frozen=True)
class BatchJob:
    """One coarse unit of work: dumps to parse and superseded dumps to only hash and record."""

    batch_no: int
    parse: tuple[RawFile, ...]
    hash_only: tuple[RawFile, ...]
    seen: dict[str, SeenFile]  # manifest entries of these paths (bytes already seen are skipped)

    @property
    def size(self) -> int:
        """Files the batch handles."""
        return len(self.parse) + len(self.hash_only)


@dataclass(frozen=True)
class BatchResult:
    """What a batch hands back: small log tables; its validated rows are staged on disk."""

    batch_no: int
    files: pa.Table  # ingest_file rows
    quarantine: pa.Table
    rejected: pa.Table
    validation: pa.Table
    batch_failures: list[str] = field(default_factory=list)
    # Great Expectations result objects, for Data Docs; not compared, not logged.
    validations: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    articles: int = 0
    captions: int = 0
    related_headlines: int = 0


def _file_row(f: RawFile, sha: str, run_id: str, status: str, article_id: str | None) -> dict[str, Any]:
    return {
        "source_file": f.source_file,
        "source_sha256": sha,
        "size_bytes": f.size_bytes,
        "mtime_ns": f.mtime_ns,
        "first_run_id": run_id,
        "status": status,
        "article_id": article_id,
    }


def process_batch(
    job: BatchJob,
    *,
    raw_dir: Path,
    curated_dir: Path,
    quarantine_dir: Path,
    run: RunContext,
    max_dump_bytes: int,
    today: date,
) -> BatchResult:
    """Read, hash, parse, validate and stage one batch. Plain function so any executor can run it."""
    file_rows: list[dict[str, Any]] = []
    outcomes: list[tuple[SourceDump, ParseOutcome, str | None]] = []
    for f in job.parse:
        data = io.read_raw(raw_dir, f.source_file)
        sha = io.sha256_of(data)
        prior = job.seen.get(f.source_file)
        if prior is not None and prior.source_sha256 == sha:
            # Touched, not changed: remember the new mtime so the next run skips it unhashed.
            file_rows.append(_file_row(f, sha, prior.first_run_id, prior.status, prior.article_id))
            continue
        outcome = parse_dump(data, max_dump_bytes)
        source = SourceDump(f.source_file, sha)
        kept_as = (
            io.keep_quarantined(quarantine_dir, f.source_file, sha, data) if isinstance(outcome, Quarantined) else None
        )
        outcomes.append((source, outcome, kept_as))
        status = "quarantined" if isinstance(outcome, Quarantined) else "loaded"
        article_id = None if isinstance(outcome, Quarantined) else article_id_for(f.source_file)
        file_rows.append(_file_row(f, sha, run.run_id, status, article_id))
    for f in job.hash_only:
        sha = io.sha256_of(io.read_raw(raw_dir, f.source_file))
        file_rows.append(_file_row(f, sha, run.run_id, "duplicate", article_id_for(f.source_file)))

    tables = batch_tables(outcomes, run)
    # Imported here: Great Expectations takes seconds to import, and `newsetl serve`, the CLI and
    # Prefect's deployment loader import this module without validating anything.
    from expectations.gate import validate_tables

    # The run-wide reject share is judged by the flow over all batches, not per batch.
    gate = validate_tables(tables.curated(), run_id=run.run_id, today=today, max_reject_share=1.0)
    io.stage_tables(curated_dir, run.run_id, job.batch_no, gate.tables)
    files = pa.Table.from_pylist(file_rows, schema=INGEST_FILE.arrow_schema)
    if gate.rejected.num_rows:
        rejected_ids = pc.unique(gate.rejected["article_id"])
        is_rejected = pc.is_in(files["article_id"], value_set=rejected_ids)
        status = pc.if_else(pc.fill_null(is_rejected, False), "rejected", files["status"])
        files = files.set_column(files.schema.get_field_index("status"), "status", status)
    return BatchResult(
        batch_no=job.batch_no,
        files=files,
        quarantine=tables.quarantine,
        rejected=gate.rejected,
        validation=gate.results,
        batch_failures=list(gate.batch_failures),
        # GX result objects feed the Data Docs, which show one batch: ship them back only when they
        # may be that batch (the first, or one with problems), not 60 times for a large load.
        validations=dict(gate.validations)
        if job.batch_no == 1 or gate.rejected.num_rows or gate.batch_failures
        else {},
        articles=gate.tables["article"].num_rows,
        captions=gate.tables["caption"].num_rows,
        related_headlines=gate.tables["related_headline"].num_rows,
    )


@task(name="list-raw-files", retries=2, retry_delay_seconds=[1, 5])
def list_raw_files(raw_dir: Path) -> list[RawFile]:
    return io.list_raw_files(raw_dir)


# The batch work is a plain function (any executor can run it); this is its Prefect task.
parse_batch = task(name="parse-validate-stage", retries=1, retry_delay_seconds=2)(process_batch)


def combine_validation(results: Sequence[pa.Table]) -> pa.Table:
    """One validation_result row per expectation per table for the run (batches summed)."""
    table = concat(results, VALIDATION_RESULT)
    if table.num_rows == 0:
        return table
    grouped = table.group_by(["run_id", "table_name", "expectation"], use_threads=False).aggregate(
        [("success", "min"), ("unexpected_count", "sum"), ("observed_value", "last")]
    )
    return pa.table(
        {
            "run_id": grouped["run_id"],
            "table_name": grouped["table_name"],
            "expectation": grouped["expectation"],
            "success": grouped["success_min"],
            "unexpected_count": grouped["unexpected_count_sum"],
            "observed_value": grouped["observed_value_last"],
        },
        schema=VALIDATION_RESULT.arrow_schema,
    )


@dataclass(frozen=True)
class PublishResult:
    snapshot: io.Snapshot
    superseded_by_previous: list[str]  # incoming article ids that lost to the snapshot's version


@task(name="write-snapshot", retries=1, retry_delay_seconds=2)
def write_snapshot(curated_dir: Path, run_id: str, snapshot_id: str, previous: io.Snapshot | None) -> PublishResult:
    """Merge the run's staged rows into a new snapshot beside the previous one."""
    key_columns = ["article_id", "published_date", "source_file", "ingested_at", "source_sha256"]
    incoming = io.read_staged(curated_dir, run_id, ARTICLE, key_columns)
    staged = {name: io.staged_files(curated_dir, run_id, name) for name in ("article", "caption", "related_headline")}
    touched = {io.partition_key(d) for d in incoming["published_date"].to_pylist()}
    replaced: list[str] = []
    kept_old: list[str] = []
    if previous is not None and incoming.num_rows:
        old = io.read_snapshot_table(previous, ARTICLE, key_columns)
        replaced, kept_old = resolve_versions(old, incoming)
        if replaced:
            old_dates = old.filter(pc.is_in(old["article_id"], value_set=pa.array(replaced, pa.string())))
            touched |= {io.partition_key(d) for d in old_dates["published_date"].to_pylist()}
    snapshot = io.write_snapshot(curated_dir, snapshot_id, previous, staged, touched, replaced, kept_old)
    return PublishResult(snapshot, kept_old)


@task(name="build-data-docs")
def build_data_docs(results: Sequence[BatchResult], docs_dir: Path, run_id: str) -> str | None:
    """Data Docs of the run's validation: the batch with the most unexpected rows (the only one, usually)."""
    from expectations.gate import GateResult, build_docs

    with_docs = [r for r in results if r.validations]
    if not with_docs:
        return None
    worst = max(with_docs, key=lambda r: (r.rejected.num_rows, -r.batch_no))
    gate = GateResult(
        tables={},
        rejected=worst.rejected,
        results=worst.validation,
        batch_failures=worst.batch_failures,
        validations=worst.validations,
    )
    return str(build_docs(gate, docs_dir))


def quarantine_table(results: Sequence[BatchResult]) -> pa.Table:
    return concat([r.quarantine for r in results], QUARANTINE)


def rejected_table(results: Sequence[BatchResult]) -> pa.Table:
    return concat([r.rejected for r in results], REJECTED_ROW)


def files_table(results: Sequence[BatchResult]) -> pa.Table:
    return concat([r.files for r in results], INGEST_FILE)


def utc_now() -> datetime:
    return datetime.now(UTC)
