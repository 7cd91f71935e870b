"""Prefect tasks: thin wrappers that call transforms, the gate, raw-file io and the lake; retries only on I/O."""

from __future__ import annotations

import pickle
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
from prefect import get_run_logger, task

from flows import discovery, lake
from flows.progress import ProgressSink, plural
from transforms.errors import NewsetlError
from transforms.parse import parse_dump
from transforms.plan import RawFile, SeenFile, needs_reparse
from transforms.records import ParseOutcome, Quarantined
from transforms.schema import INGEST_FILE, PARSER_VERSION, QUARANTINE, REJECTED_ROW, VALIDATION_RESULT
from transforms.tables import RunContext, SourceDump, article_id_for, batch_tables, concat


@dataclass(frozen=True)
class BatchJob:
    """One coarse unit of work: dumps to parse and superseded dumps to only hash and record."""

    batch_no: int
    parse: tuple[RawFile, ...]
    hash_only: tuple[RawFile, ...]
    seen: dict[str, SeenFile]  # manifest entries of these paths (bytes already seen are skipped)
    reparse: bool = False  # parse known bytes again even when the same parser version read them

    @property
    def size(self) -> int:
        """Files the batch handles."""
        return len(self.parse) + len(self.hash_only)


@dataclass(frozen=True)
class PlannedBatch:
    """A batch as the flow hands it out: a row range of the run's plan file, read by whoever runs it.

    The flow keeps no entry per file (a million-file first load is a few hundred of these).
    """

    batch_no: int
    plan_file: Path
    start: int
    stop: int
    reparse: bool = False

    @property
    def size(self) -> int:
        """Files the batch handles."""
        return self.stop - self.start

    def job(self) -> BatchJob:
        parse, hash_only, seen = lake.read_plan_rows(self.plan_file, self.start, self.stop)
        return BatchJob(self.batch_no, tuple(parse), tuple(hash_only), seen, self.reparse)


@dataclass(frozen=True)
class BatchResult:
    """What a batch hands back: counts and its validation summary; its rows and per-file logs are staged on disk.

    process_batch fills files/quarantine/rejected too (tests and callers in one process read them);
    process_batches empties them before the result travels to the flow (lake.STAGED_LOGS).
    """

    batch_no: int
    files: pa.Table  # ingest_file rows
    quarantine: pa.Table
    rejected: pa.Table
    validation: pa.Table
    batch_failures: list[str] = field(default_factory=list)
    # Great Expectations result objects for Data Docs, pickled: opaque bytes, so the flow process
    # can pass them on without importing Great Expectations. Empty unless the batch may be the
    # one the docs show (the first, or one with problems).
    validations: bytes = field(default=b"", compare=False, repr=False)
    articles: int = 0
    captions: int = 0
    related_headlines: int = 0
    reparsed: int = 0  # known bytes parsed again (a newer parser, or --reparse)
    files_recorded: int = 0  # manifest rows the batch staged (len(files) before the flow drops them)
    duplicate_files: int = 0  # of those, files recorded as duplicate
    files_touched: int = 0  # of those, files whose bytes the manifest holds for the path (only the mtime moved)
    quarantined: int = 0  # quarantine rows the batch staged
    rejected_rows: int = 0  # rejected_row rows the batch staged
    rejected_articles: int = 0  # distinct articles among them (an article is in one batch only)

    def without_rows(self) -> BatchResult:
        """The result as the flow keeps it: counts, no per-file rows (they are staged)."""
        return replace(
            self,
            files=INGEST_FILE.arrow_schema.empty_table(),
            quarantine=QUARANTINE.arrow_schema.empty_table(),
            rejected=REJECTED_ROW.arrow_schema.empty_table(),
        )


# The sha256 column of a quarantine row for an entry that could not be read (no bytes to hash).
UNREAD_SHA256 = ""


def _file_row(
    f: RawFile, sha: str, run_id: str, status: str, article_id: str | None, parser_version: str | None
) -> dict[str, Any]:
    return {
        "source_file": f.source_file,
        "source_sha256": sha,
        "size_bytes": f.size_bytes,
        "mtime_ns": f.mtime_ns,
        "first_run_id": run_id,
        "status": status,
        "article_id": article_id,
        "parser_version": parser_version,
    }


def process_batch(
    job: BatchJob,
    *,
    raw_dir: str,
    staging_root: Path,
    quarantine_dir: Path,
    run: RunContext,
    max_dump_bytes: int,
    today: date,
    progress: ProgressSink | None = None,
) -> BatchResult:
    """Read, hash, parse, validate and stage one batch. Plain function so any executor can run it.

    With `progress`, the count of dumps read so far is reported while the batch runs.
    """
    reader = discovery.RawReader(raw_dir)
    reporter = progress.batch(job.batch_no) if progress is not None else None
    file_rows: list[dict[str, Any]] = []
    outcomes: list[tuple[SourceDump, ParseOutcome, str | None]] = []
    reparsed = 0
    touched = 0

    def read_each(files: Sequence[RawFile], done_before: int) -> Iterator[tuple[RawFile, discovery.RawDump]]:
        """The dumps of `files` that could be read, the count reported as it goes."""
        for done, f in enumerate(files, start=done_before):
            if reporter is not None:
                reporter.tick(done)
            dump = reader.read(f.source_file, max_dump_bytes)
            if isinstance(dump, Quarantined):
                # Not read: no manifest row, so the next run tries it again (after chmod, when back...).
                outcomes.append((SourceDump(f.source_file, UNREAD_SHA256), dump, None))
                continue
            yield f, dump

    for f, dump in read_each(job.parse, 0):
        prior = job.seen.get(f.source_file)
        first_run = run.run_id
        if prior is not None and prior.source_sha256 == dump.sha256:
            if not needs_reparse(prior, PARSER_VERSION, job.reparse):
                # Touched, not changed: remember the new mtime so the next run skips it unhashed.
                known = (prior.first_run_id, prior.status, prior.article_id, prior.parser_version)
                file_rows.append(_file_row(f, dump.sha256, *known))
                touched += 1
                continue
            reparsed += 1  # same bytes, another parser: parse again, replace the article's rows
            first_run = prior.first_run_id
        outcome = (
            discovery.oversize_verdict(dump, max_dump_bytes) if dump.oversize else parse_dump(dump.data, max_dump_bytes)
        )
        source = SourceDump(f.source_file, dump.sha256)
        kept_as = (
            discovery.keep_quarantined(quarantine_dir, f.source_file, dump.sha256, dump.data, whole=not dump.oversize)
            if isinstance(outcome, Quarantined)
            else None
        )
        outcomes.append((source, outcome, kept_as))
        status = "quarantined" if isinstance(outcome, Quarantined) else "loaded"
        article_id = None if isinstance(outcome, Quarantined) else article_id_for(f.source_file)
        file_rows.append(_file_row(f, dump.sha256, first_run, status, article_id, PARSER_VERSION))
    for f, dump in read_each(job.hash_only, len(job.parse)):
        row = _file_row(f, dump.sha256, run.run_id, "duplicate", article_id_for(f.source_file), PARSER_VERSION)
        file_rows.append(row)

    if reporter is not None:
        reporter.write(job.size)  # all read: what is left (validation, staging) is per batch
    tables = batch_tables(outcomes, run)
    # Imported here: Great Expectations takes seconds to import, and `newsetl serve`, the CLI and
    # Prefect's deployment loader import this module without validating anything.
    from expectations.gate import validate_tables

    # The run-wide reject share is judged by the flow over all batches, not per batch.
    gate = validate_tables(tables.curated(), run_id=run.run_id, today=today, max_reject_share=1.0)
    lake.stage_tables(staging_root, run.run_id, job.batch_no, gate.tables)
    files = pa.Table.from_pylist(file_rows, schema=INGEST_FILE.arrow_schema)
    if gate.rejected.num_rows:
        rejected_ids = pc.unique(gate.rejected["article_id"])
        is_rejected = pc.is_in(files["article_id"], value_set=rejected_ids)
        status = pc.if_else(pc.fill_null(is_rejected, False), "rejected", files["status"])
        files = files.set_column(files.schema.get_field_index("status"), "status", status)
    # The per-file logs are published from the staging folder, like the tables' rows.
    lake.stage_rows(staging_root, run.run_id, job.batch_no, INGEST_FILE, files)
    lake.stage_rows(staging_root, run.run_id, job.batch_no, QUARANTINE, tables.quarantine)
    lake.stage_rows(staging_root, run.run_id, job.batch_no, REJECTED_ROW, gate.rejected)
    rejected_article_rows = gate.rejected.filter(pc.equal(gate.rejected["table_name"], "article"))
    return BatchResult(
        batch_no=job.batch_no,
        files=files,
        quarantine=tables.quarantine,
        rejected=gate.rejected,
        validation=gate.results,
        batch_failures=list(gate.batch_failures),
        # GX result objects feed the Data Docs, which show one batch: ship them back only when they
        # may be that batch (the first, or one with problems), not 60 times for a large load.
        validations=pickle.dumps(gate.validations, protocol=pickle.HIGHEST_PROTOCOL)
        if job.batch_no == 1 or gate.rejected.num_rows or gate.batch_failures
        else b"",
        articles=gate.tables["article"].num_rows,
        captions=gate.tables["caption"].num_rows,
        related_headlines=gate.tables["related_headline"].num_rows,
        reparsed=reparsed,
        files_recorded=files.num_rows,
        files_touched=touched,
        duplicate_files=int(pc.sum(pc.equal(files["status"], "duplicate")).as_py() or 0),
        quarantined=tables.quarantine.num_rows,
        rejected_rows=gate.rejected.num_rows,
        rejected_articles=len(pc.unique(rejected_article_rows["article_id"])),
    )


def _can_heal(task: Any, task_run: Any, state: Any) -> bool:
    """Retry only errors that may pass (a flaky mount or bucket), not newsetl's own (a missing folder)."""
    try:
        state.result()
    except NewsetlError:
        return False
    except Exception:  # noqa: BLE001  # any other failure: let the retry policy decide
        return True
    return True


@task(name="list-raw-files", retries=2, retry_delay_seconds=[1, 5], retry_condition_fn=_can_heal)
def list_raw_files(raw_dir: str, listing_file: Path) -> int:
    """The listing of the raw root, streamed to listing_file; folders not followed are logged and counted."""
    discovery.check_raw_root(raw_dir)
    found = discovery.write_listing(raw_dir, listing_file)
    logger = get_run_logger()
    for skipped in found.skipped:
        logger.warning("raw entry not followed: %s (%s)", skipped.path, skipped.reason)
    if found.skipped:
        logger.warning("%d folder(s) under %s not followed (listed already)", len(found.skipped), raw_dir)
    if found.hidden:
        logger.info("%s ignored (names starting with '.')", plural(found.hidden, "hidden entry", "hidden entries"))
    return found.rows


class BatchGroup:
    """The batches of one task, opaque on purpose: a plain object, not a list or dataclass.

    Prefect walks list/tuple/dict/dataclass arguments element by element looking for futures
    (~20 s of CPU for the 300k file entries of a large load), and Dask rebuilds tuples it finds
    in arguments (which is why prefect's quote(), a namedtuple, does not survive a DaskTaskRunner).
    """

    __slots__ = ("jobs",)

    def __init__(self, jobs: Sequence[BatchJob | PlannedBatch]) -> None:
        self.jobs = tuple(jobs)

    def __len__(self) -> int:
        return len(self.jobs)

    @property
    def size(self) -> int:
        """Files the batches handle."""
        return sum(job.size for job in self.jobs)


def process_batches(
    group: BatchGroup,
    *,
    raw_dir: str,
    staging_root: Path,
    quarantine_dir: Path,
    run: RunContext,
    max_dump_bytes: int,
    today: date,
    progress: ProgressSink | None = None,
) -> list[BatchResult]:
    """Several batches one after the other: one Prefect task run, the memory of one batch.

    A planned batch's files are read from the plan here, in the worker; its manifest, quarantine
    and rejected rows go back staged, not in the result (the flow process holds nothing per file).
    """
    results = []
    for job in group.jobs:
        result = process_batch(
            job.job() if isinstance(job, PlannedBatch) else job,
            raw_dir=raw_dir,
            staging_root=staging_root,
            quarantine_dir=quarantine_dir,
            run=run,
            max_dump_bytes=max_dump_bytes,
            today=today,
            progress=progress,
        )
        results.append(result.without_rows())
    return results


# The batch work is a plain function (any executor can run it); this is its Prefect task. A retry
# re-stages the same batch files under the same names, so it is idempotent.
parse_batches = task(name="parse-validate-stage", retries=1, retry_delay_seconds=2)(process_batches)


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


def docs_batch(results: Sequence[BatchResult]) -> BatchResult | None:
    """The batch the Data Docs show: the one with the most rejected rows, else the first."""
    with_docs = [r for r in results if r.validations]
    return max(with_docs, key=lambda r: (r.rejected_rows, -r.batch_no)) if with_docs else None


@task(name="build-data-docs")
def build_data_docs(batch: BatchResult, docs_dir: Path) -> str:
    """Render one batch's validation as Data Docs (where Great Expectations is already imported)."""
    from expectations.gate import GateResult, build_docs

    gate = GateResult(
        tables={},
        rejected=batch.rejected,
        results=batch.validation,
        batch_failures=batch.batch_failures,
        validations=pickle.loads(batch.validations),  # bytes this run's own worker pickled
    )
    return str(build_docs(gate, docs_dir))


def utc_now() -> datetime:
    return datetime.now(UTC)
