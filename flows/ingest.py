"""The `ingest-article-dumps` flow: discover -> parse batches -> validate -> publish. No logic of its own."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

import duckdb
import pyarrow as pa
from prefect import flow, get_run_logger
from prefect.context import FlowRunContext
from prefect.runtime import flow_run

from flows import io
from flows.artifacts import publish_run_artifacts
from flows.progress import Progress
from flows.runners import BatchPoolTaskRunner, default_task_runner, parallelism
from flows.settings import Settings
from flows.tasks import (
    BatchGroup,
    BatchJob,
    BatchResult,
    build_data_docs,
    combine_validation,
    docs_batch,
    files_table,
    list_raw_files,
    parse_batches,
    quarantine_table,
    rejected_table,
    utc_now,
    write_snapshot,
)
from transforms.errors import ValidationFailed
from transforms.plan import plan_run, task_groups
from transforms.schema import INGEST_RUN, PARSER_VERSION, QUARANTINE, VALIDATION_RESULT
from transforms.tables import RunContext

FLOW_NAME = "ingest-article-dumps"


@dataclass(frozen=True)
class RunSummary:
    """What one run did; the CLI prints it and the flow returns it."""

    run_id: str
    status: str  # completed | noop | failed
    files_seen: int
    files_new: int
    articles: int
    captions: int
    related_headlines: int
    quarantined: int
    rejected: int
    duration_s: float
    snapshot_id: str | None
    warehouse: str
    error: str | None = None
    totals: dict[str, int] | None = None  # rows in the published views after the run
    docs: str | None = None  # Great Expectations Data Docs index of this run's validation


def _run_id() -> str:
    run = flow_run.get_id()
    return str(run) if run else uuid.uuid4().hex


def _flow_run_name() -> str:
    return f"ingest-{utc_now():%Y-%m-%d-%H%M%S}"


# Deployments run the flow as defined here: the default runner uses every core (flows/runners.py).
@flow(
    name=FLOW_NAME,
    flow_run_name=_flow_run_name,
    log_prints=False,
    validate_parameters=True,
    task_runner=default_task_runner(),
)
def ingest_article_dumps(
    raw_dir: str = "data/raw",
    curated_dir: str = "data/curated",
    warehouse: str = "data/warehouse.duckdb",
    full_refresh: bool = False,
) -> RunSummary:
    """Load new raw dumps into the curated tables and re-point the warehouse views at them."""
    settings = Settings(raw_dir=raw_dir, curated_dir=Path(curated_dir), warehouse=Path(warehouse)).resolved()
    return run_ingest(settings, full_refresh=full_refresh)


def run_ingest(settings: Settings, *, full_refresh: bool = False) -> RunSummary:
    """The body of the flow, callable with any settings (the flow only adapts parameters)."""
    logger = get_run_logger()
    clock = time.monotonic()
    run = RunContext(_run_id(), utc_now())
    curated = settings.curated_dir
    with io.run_lock(curated, settings.lock_timeout_s):
        listing: pa.Table = list_raw_files(settings.raw_dir)
        with io.connect_warehouse(settings.warehouse) as con:
            io.ensure_catalog(con)
            previous = None if full_refresh else io.current_snapshot(con)
            # Only files the manifest does not hold as they are now (a full refresh: every file).
            changed, seen = io.changed_files(con, listing, full_refresh)
            keep = io.recent_snapshot_ids(con, settings.keep_snapshots)
        # Leftovers of killed runs: staging folders and snapshots no catalog row names.
        io.remove_staging(curated)
        io.remove_old_snapshots(curated, keep)

        files_seen = listing.num_rows
        plan = plan_run(changed, seen, full_refresh=full_refresh)
        seen_by_path = {s.source_file: s for s in seen}
        jobs = [
            BatchJob(
                n,
                parse,
                hash_only,
                {f.source_file: seen_by_path[f.source_file] for f in parse if f.source_file in seen_by_path},
            )
            for n, (parse, hash_only) in enumerate(plan.batches(settings.batch_size, settings.batch_bytes), start=1)
        ]
        logger.info(
            "%d files under %s: %d to read, %d unchanged, %d superseded by a newer path",
            files_seen,
            settings.raw_dir,
            len(plan.to_read),
            files_seen - len(changed) + len(plan.unchanged),
            len(plan.superseded),
        )
        # The listing and plan hold an entry per file (300k at a first load): not needed past
        # here, so their memory serves the batches' results instead of adding to them.
        del listing, changed, seen, seen_by_path, plan
        if not jobs:
            summary = _summary(run, "noop", files_seen, 0, [], None, settings, clock)
            with io.connect_warehouse(settings.warehouse) as con:
                io.record_logs(con, {INGEST_RUN.name: _run_row(summary, run)})
                summary = _with_totals(summary, con)
            logger.info("nothing new: no Parquet file changed")
            publish_run_artifacts(
                summary, QUARANTINE.arrow_schema.empty_table(), VALIDATION_RESULT.arrow_schema.empty_table(), None
            )
            return summary

        today = run.started_at.date()
        runner = FlowRunContext.get()
        task_runner = runner.task_runner if runner is not None else None
        workers = parallelism(task_runner)
        # Local pools: batches grouped into few coarse tasks. Elsewhere (Dask) one batch a task.
        groups = task_groups(len(jobs), workers, settings.batches_per_task) if workers else task_groups(len(jobs), 1, 1)
        if isinstance(task_runner, BatchPoolTaskRunner):
            # One task: run it in this process (no worker start-up). Many: keep this process
            # light (it writes the snapshot afterwards) and let the pool take every task.
            task_runner.inline = len(groups) == 1
        batch_groups = [BatchGroup([jobs[i] for i in group]) for group in groups]
        futures = [
            parse_batches.submit(
                group,
                raw_dir=settings.raw_dir,
                curated_dir=curated,
                quarantine_dir=settings.quarantine_path,
                run=run,
                max_dump_bytes=settings.max_dump_bytes,
                today=today,
            )
            for group in batch_groups
        ]
        results: list[BatchResult] = []
        with Progress(sum(job.size for job in jobs), logger) as progress:
            for group, future in zip(batch_groups, futures, strict=True):
                results.extend(future.result())
                progress.advance(group.size)
        files_new = sum(r.files.num_rows for r in results)
        docs_index = _build_docs(results, settings)
        logs = {
            "ingest_file": files_table(results),
            "quarantine": quarantine_table(results),
            "rejected_row": rejected_table(results),
            "validation_result": combine_validation([r.validation for r in results]),
        }
        try:
            failures = _gate_failures(results, logs["rejected_row"], settings)
            if failures:
                raise ValidationFailed(run.run_id, failures)
            snapshot: io.Snapshot | None = None
            # Nothing accepted and a snapshot already there: keep every Parquet file as it is.
            if any(r.articles for r in results) or full_refresh or previous is None:
                snapshot_id = f"{run.started_at:%Y%m%dT%H%M%SZ}-{run.run_id.replace('-', '')[:8]}"
                published = write_snapshot(curated, run.run_id, snapshot_id, previous, isolated=len(groups) > 1)
                snapshot = published.snapshot
                if published.superseded_by_previous:
                    logs["ingest_file"] = _mark_duplicates(logs["ingest_file"], published.superseded_by_previous)
            summary = _summary(
                run,
                "completed",
                files_seen,
                files_new,
                results,
                snapshot.snapshot_id if snapshot else None,
                settings,
                clock,
                docs=docs_index,
            )
            logs[INGEST_RUN.name] = _run_row(summary, run)
            with io.connect_warehouse(settings.warehouse) as con:
                io.publish(
                    con,
                    snapshot,
                    run.run_id,
                    utc_now(),
                    logs,
                    full_refresh,
                )
                summary = _with_totals(summary, con)
                keep = io.recent_snapshot_ids(con, settings.keep_snapshots)
            if snapshot is not None:
                io.write_pointer(curated, snapshot, run.run_id)
                io.remove_old_snapshots(curated, keep)
        except Exception as exc:
            summary = _summary(
                run, "failed", files_seen, files_new, results, None, settings, clock, error=str(exc), docs=docs_index
            )
            logs[INGEST_RUN.name] = _run_row(summary, run)
            with io.connect_warehouse(settings.warehouse) as con:
                io.record_logs(con, logs)
            logger.error("run %s failed, nothing published: %s", run.run_id, exc)
            publish_run_artifacts(summary, logs["quarantine"], logs["validation_result"], docs_index)
            raise
        finally:
            io.remove_staging(curated, run.run_id)
    publish_run_artifacts(summary, logs["quarantine"], logs["validation_result"], docs_index)
    logger.info(
        "published snapshot %s: %d articles, %d captions, %d related headlines, %d quarantined, %d rejected",
        summary.snapshot_id,
        summary.articles,
        summary.captions,
        summary.related_headlines,
        summary.quarantined,
        summary.rejected,
    )
    return summary


def _build_docs(results: list[BatchResult], settings: Settings) -> str | None:
    """Data Docs are a report: failing to render them must not fail the run.

    Rendered by the task runner, like the batches: in a pool worker, which has Great Expectations
    imported already, so the flow process never imports it for a large load.
    """
    batch = docs_batch(results)
    if batch is None:
        return None
    try:
        return build_data_docs.submit(batch, docs_dir=settings.docs_path).result()
    except Exception as exc:  # noqa: BLE001
        get_run_logger().warning("Data Docs not built: %s", exc)
        return None


def _gate_failures(results: list[BatchResult], rejected: pa.Table, settings: Settings) -> list[str]:
    """Batch-level failures: integrity problems in any batch, or too many rejected articles overall."""
    failures = [f for r in results for f in r.batch_failures]
    rejected_articles = _rejected_articles(rejected)
    parsed = sum(r.articles for r in results) + rejected_articles
    share = rejected_articles / parsed if parsed else 0.0
    if share > settings.max_reject_share:
        failures.append(
            f"{rejected_articles} of {parsed} articles ({share:.1%}) were rejected, "
            f"above max_reject_share={settings.max_reject_share:.1%}"
        )
    return failures


def _rejected_articles(rejected: pa.Table) -> int:
    article_rows = rejected.filter(pa.compute.equal(rejected["table_name"], "article"))
    return len(set(article_rows["article_id"].to_pylist()))


def _mark_duplicates(files: pa.Table, article_ids: list[str]) -> pa.Table:
    is_dup = pa.compute.fill_null(
        pa.compute.is_in(files["article_id"], value_set=pa.array(article_ids, pa.string())), False
    )
    status = pa.compute.if_else(is_dup, "duplicate", files["status"])
    return files.set_column(files.schema.get_field_index("status"), "status", status)


def _summary(
    run: RunContext,
    status: str,
    files_seen: int,
    files_new: int,
    results: list[BatchResult],
    snapshot_id: str | None,
    settings: Settings,
    clock: float,
    error: str | None = None,
    docs: str | None = None,
) -> RunSummary:
    return RunSummary(
        run_id=run.run_id,
        status=status,
        files_seen=files_seen,
        files_new=files_new,
        articles=sum(r.articles for r in results),
        captions=sum(r.captions for r in results),
        related_headlines=sum(r.related_headlines for r in results),
        quarantined=sum(r.quarantine.num_rows for r in results),
        rejected=sum(r.rejected.num_rows for r in results),
        duration_s=round(time.monotonic() - clock, 3),
        snapshot_id=snapshot_id,
        warehouse=str(settings.warehouse),
        error=error,
        docs=docs,
    )


def _with_totals(summary: RunSummary, con: duckdb.DuckDBPyConnection) -> RunSummary:
    try:
        totals = io.table_counts(con)
    except Exception:  # noqa: BLE001 - no snapshot published yet: no views to count
        totals = None
    return replace(summary, totals=totals)


def _run_row(summary: RunSummary, run: RunContext) -> pa.Table:
    return pa.Table.from_pylist(
        [
            {
                "run_id": run.run_id,
                "started_at": run.started_at,
                "finished_at": utc_now(),
                "status": summary.status,
                "files_seen": summary.files_seen,
                "files_new": summary.files_new,
                "articles": summary.articles,
                "captions": summary.captions,
                "related_headlines": summary.related_headlines,
                "quarantined": summary.quarantined,
                "rejected": summary.rejected,
                "duration_s": summary.duration_s,
                "parser_version": PARSER_VERSION,
                "snapshot_id": summary.snapshot_id,
                "error": summary.error,
            }
        ],
        schema=INGEST_RUN.arrow_schema,
    )
