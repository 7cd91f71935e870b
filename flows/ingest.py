"""The `ingest-article-dumps` flow: discover -> parse batches -> validate -> publish. No logic of its own."""

from __future__ import annotations

import contextlib
import time
import uuid
from collections import deque
from dataclasses import dataclass, replace

import duckdb
import pyarrow as pa
from prefect import flow, get_run_logger
from prefect.context import FlowRunContext
from prefect.runtime import flow_run

from flows import lake, writer
from flows.artifacts import publish_run_artifacts
from flows.progress import REPORT_EVERY_S, Progress, ProgressLog, ProgressSink, plural, wait_polling
from flows.runners import BatchPoolTaskRunner, default_task_runner, parallelism
from flows.settings import Settings
from flows.tasks import (
    BatchGroup,
    BatchResult,
    PlannedBatch,
    build_data_docs,
    combine_validation,
    docs_batch,
    list_raw_files,
    parse_batches,
    utc_now,
)
from flows.views import extra_view_statements
from transforms.errors import ValidationFailed
from transforms.plan import task_groups
from transforms.schema import INGEST_RUN, PARSER_VERSION, QUARANTINE, VALIDATION_RESULT
from transforms.tables import RunContext

FLOW_NAME = "ingest-article-dumps"
# Quarantined files listed in the run's table artifact (a report; the lake's `quarantine` has all).
ARTIFACT_QUARANTINE_ROWS = 1_000


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
    snapshot_id: int | None  # the DuckLake snapshot the run committed (a no-op: the current one, kept)
    warehouse: str  # the lake's catalog (no credentials)
    error: str | None = None
    totals: dict[str, int] | None = None  # rows in the published views after the run
    docs: str | None = None  # Great Expectations Data Docs index of this run's validation (a no-op: the current one)
    reparsed: int = 0  # known dumps parsed again (parser upgrade or --reparse)
    duplicates: int = 0  # files recorded as duplicate (older versions, identical bytes under another name)


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
    catalog: str = "data/lake.sqlite",
    data_path: str = "data/curated",
    full_refresh: bool = False,
    reparse: bool = False,
) -> RunSummary:
    """Load new raw dumps into the lake's curated tables in one commit (re-parsing what an older parser read)."""
    settings = Settings(raw_dir=raw_dir, catalog=catalog, data_path=data_path).resolved()
    return run_ingest(settings, full_refresh=full_refresh, reparse=reparse)


def run_ingest(settings: Settings, *, full_refresh: bool = False, reparse: bool = False) -> RunSummary:
    """The body of the flow, callable with any settings (the flow only adapts parameters)."""
    logger = get_run_logger()
    clock = time.monotonic()
    run = RunContext(_run_id(), utc_now())
    location = lake.LakeLocation.of(settings)
    staging = settings.staging_path
    with lake.run_lock(location, settings.lock_timeout_s):
        # Leftovers of killed runs. A file catalog is locked: none is running. A server catalog may
        # have runs on other machines: only folders older than the retention go.
        local = location.catalog_file is not None
        lake.remove_staging(staging, older_than_s=0.0 if local else settings.snapshot_retention_h * 3600)
        # The listing and the plan are files in the run's staging folder, diffed in DuckDB: the flow
        # process holds no entry per file, whatever the archive's size (workers read their batches).
        run_dir = lake.staging_dir(staging, run.run_id)
        listing_file, plan_file = run_dir / "_listing.parquet", run_dir / "_plan.parquet"
        files_seen = list_raw_files(settings.raw_dir, listing_file)
        with contextlib.closing(lake.connect(location)) as con:
            lake.ensure_schema(con)  # commits only when a table or column is missing
            planned = lake.plan_files(
                con, listing_file, plan_file, full_refresh=full_refresh, parser_version=PARSER_VERSION, reparse=reparse
            )
            # Nothing changed: the no-op's summary from this session (a second attach costs ~0.3 s at 1M).
            noop = (
                _kept(_with_totals(_summary(run, "noop", files_seen, 0, [], None, settings, clock), con), con, settings)
                if planned.changed == 0
                else None
            )
        bounds = lake.plan_bounds(plan_file, settings.batch_size, settings.batch_bytes)
        jobs = [PlannedBatch(n, plan_file, start, stop, reparse) for n, (start, stop) in enumerate(bounds, start=1)]
        logger.info(
            "%s under %s: %d to read, %d unchanged, %d superseded by a newer path",
            plural(files_seen, "file"),
            settings.raw_dir,
            planned.to_read,
            files_seen - planned.changed,
            planned.superseded,
        )
        if noop is not None:
            # A no-op commits nothing: no snapshot, no file, no log row (the run is in Prefect's history).
            summary = noop
            logger.info("nothing new: the lake is unchanged")
            lake.remove_staging(staging, run.run_id)
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
            # One task: run it in this process (no worker start-up). Many: let the pool take every task.
            task_runner.inline = len(groups) == 1
        batch_groups = [BatchGroup([jobs[i] for i in group]) for group in groups]
        # A load of several tasks commits from the lake writer process (its DuckDB memory leaves
        # with it); one task (a daily increment, a test) commits here, without the ~1 s start.
        lake_call = writer.call_isolated if len(groups) > 1 else writer.call_here
        # Workers append each batch's count to this file while they parse (flows/progress.py).
        # Reported and read a few times per line at least (a bar: every REPORT_EVERY_S).
        every_s = min(REPORT_EVERY_S, settings.progress_interval_s / 4)
        sink = ProgressSink(lake.staging_dir(staging, run.run_id) / "progress", every_s)
        pending = deque(
            (
                group,
                parse_batches.submit(
                    group,
                    raw_dir=settings.raw_dir,
                    staging_root=staging,
                    quarantine_dir=settings.quarantine_path,
                    run=run,
                    max_dump_bytes=settings.max_dump_bytes,
                    today=today,
                    progress=sink,
                ),
            )
            for group in batch_groups
        )
        # Results are counts and a validation summary per batch (their per-file logs are staged), and
        # the Great Expectations results of the one batch the Data Docs will show.
        results: list[BatchResult] = []
        docs: BatchResult | None = None
        reported = ProgressLog(sink.path)
        with Progress(sum(job.size for job in jobs), logger, interval_s=settings.progress_interval_s) as progress:
            while pending:
                group, future = pending.popleft()  # the future and its copy of the results go after this turn
                wait_polling(future, lambda: progress.update(reported.read()), every_s)
                for result in future.result():
                    docs = docs_batch([r for r in (docs, result) if r is not None])
                    results.append(replace(result, validations=b""))
                reported.finished((job.batch_no, job.size) for job in group.jobs)
                progress.update(reported.read())
        # Bytes not seen before: neither a touched file (same bytes, new mtime) nor one parsed again;
        # the commit also takes out files whose bytes another file holds.
        files_new = sum(r.files_recorded - r.files_touched - r.reparsed for r in results)
        docs_index = _build_docs(docs, settings)
        # Manifest, quarantine and rejected rows are staged by the batches and published from there;
        # the artifact shows the first quarantined files (the table `quarantine` has them all).
        quarantine = lake.staged_preview(staging, run.run_id, QUARANTINE, ARTIFACT_QUARANTINE_ROWS)
        logs = {"validation_result": combine_validation([r.validation for r in results])}
        try:
            failures = _gate_failures(results, settings)
            if failures:
                raise ValidationFailed(run.run_id, failures)
            summary = _summary(run, "completed", files_seen, files_new, results, None, settings, clock, docs=docs_index)
            published = lake_call(
                lake.publish,
                location,
                staging,
                run.run_id,
                logs,
                full_refresh=full_refresh,
                views=extra_view_statements(),
                run_row=_run_row(summary, run),
            )
            files_new, duplicates = lake.committed_figures(
                summary.files_new, summary.duplicates, len(published.duplicates), published.same_bytes
            )
            summary = replace(
                summary,
                snapshot_id=published.snapshot_id,
                duplicates=duplicates,
                files_new=files_new,
                duration_s=round(time.monotonic() - clock, 3),
            )
            _upkeep(location, settings, lake_call)
            with contextlib.closing(lake.connect(location, read_only=True)) as con:
                summary = _with_totals(summary, con)
        except Exception as exc:
            summary = _summary(
                run, "failed", files_seen, files_new, results, None, settings, clock, error=str(exc), docs=docs_index
            )
            logs[INGEST_RUN.name] = _run_row(summary, run)
            lake.record_logs(location, logs, staging, run.run_id)
            logger.error("run %s failed, nothing published: %s", run.run_id, exc)
            publish_run_artifacts(summary, quarantine, logs["validation_result"], docs_index)
            raise
        finally:
            lake.remove_staging(staging, run.run_id)
    publish_run_artifacts(summary, quarantine, logs["validation_result"], docs_index)
    logger.info(
        "committed lake snapshot %s: %s, %s, %s, %d quarantined, %d rejected, %d re-parsed",
        summary.snapshot_id,
        plural(summary.articles, "article"),
        plural(summary.captions, "caption"),
        plural(summary.related_headlines, "related headline"),
        summary.quarantined,
        summary.rejected,
        summary.reparsed,
    )
    return summary


def _upkeep(location: lake.LakeLocation, settings: Settings, lake_call: writer.LakeCall) -> None:
    """Merge small files and expire old snapshots when due; the run has committed, so a failure only warns."""
    logger = get_run_logger()
    clock = time.monotonic()
    try:
        done = lake_call(lake.upkeep_after_publish, location, settings.snapshot_retention_h, settings.compact_min_files)
    except Exception as exc:  # noqa: BLE001 - `newsetl maintain` does the same later
        logger.warning("lake upkeep skipped (run `newsetl maintain`): %s", exc)
        return
    if done is not None:
        logger.info(
            "lake upkeep in %.1fs: %d table(s) merged, %d snapshot(s) expired, %d file(s) deleted",
            time.monotonic() - clock,
            done.merged,
            done.expired,
            done.removed,
        )


def _build_docs(batch: BatchResult | None, settings: Settings) -> str | None:
    """Data Docs are a report: failing to render them must not fail the run.

    Rendered by the task runner, like the batches: in a pool worker, which has Great Expectations
    imported already, so the flow process never imports it for a large load.
    """
    if batch is None:
        return None
    try:
        return build_data_docs.submit(batch, docs_dir=settings.docs_path).result()
    except Exception as exc:  # noqa: BLE001
        get_run_logger().warning("Data Docs not built: %s", exc)
        return None


def _gate_failures(results: list[BatchResult], settings: Settings) -> list[str]:
    """Batch-level failures: integrity problems in any batch, or too many rejected articles overall."""
    failures = [f for r in results for f in r.batch_failures]
    rejected_articles = sum(r.rejected_articles for r in results)
    parsed = sum(r.articles for r in results) + rejected_articles
    share = rejected_articles / parsed if parsed else 0.0
    if share > settings.max_reject_share:
        failures.append(
            f"{rejected_articles} of {parsed} articles ({share:.1%}) were rejected, "
            f"above max_reject_share={settings.max_reject_share:.1%}"
        )
    return failures


def _summary(
    run: RunContext,
    status: str,
    files_seen: int,
    files_new: int,
    results: list[BatchResult],
    snapshot_id: int | None,
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
        quarantined=sum(r.quarantined for r in results),
        rejected=sum(r.rejected_rows for r in results),
        duration_s=round(time.monotonic() - clock, 3),
        snapshot_id=snapshot_id,
        warehouse=lake.LakeLocation.of(settings).describe(),
        error=error,
        docs=docs,
        reparsed=sum(r.reparsed for r in results),
        duplicates=sum(r.duplicate_files for r in results),
    )


def _with_totals(summary: RunSummary, con: duckdb.DuckDBPyConnection) -> RunSummary:
    try:
        totals = lake.table_counts(con)
    except Exception:  # noqa: BLE001 - nothing committed yet: no tables to count
        totals = None
    return replace(summary, totals=totals)


def _kept(summary: RunSummary, con: duckdb.DuckDBPyConnection, settings: Settings) -> RunSummary:
    """A no-op's summary names what stays current: the lake's snapshot and the Data Docs already built."""
    try:
        newest = lake.recent_snapshots(con, limit=1)
    except Exception:  # noqa: BLE001 - a lake with nothing committed has no snapshot to name
        newest = []
    index = settings.docs_path / "index.html"
    return replace(
        summary,
        snapshot_id=newest[0][0] if newest else None,
        docs=str(index) if index.is_file() else None,
    )


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
                "reparsed": summary.reparsed,
                "duplicates": summary.duplicates,
                "duration_s": summary.duration_s,
                "parser_version": PARSER_VERSION,
                "snapshot_id": summary.snapshot_id,
                "error": summary.error,
            }
        ],
        schema=INGEST_RUN.arrow_schema,
    )
