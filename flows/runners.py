"""Which Prefect task runner executes the parse batches: threads, local processes or a Dask cluster.

Parsing is pure Python, so threads share one core (the GIL); two cores need two processes.
`task_runner_for` maps the CLI options to a runner:

  --dask-address tcp://HOST:PORT   an existing Dask scheduler (scale-out; workers need the project
                                   installed and the raw/curated folders on a shared filesystem)
  --workers N                      a LocalCluster of N worker processes, one thread each
  neither                          the default: see `default_task_runner`

Measured start-up and gains are in docs/performance.md.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from typing import Any

from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner

# Under this many cores a process pool only adds start-up and pickling: run the batches in threads.
MIN_CORES_FOR_PROCESSES = 2


def usable_cores() -> int:
    """Cores this process may run on (the affinity mask, which containers and taskset narrow)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def quiet_dask_logs() -> None:
    """Keep Dask's own INFO lines (scheduler, nanny, connections: ~30 a run) out of the console.

    Its logger is set to WARNING, or to PREFECT_LOGGING_LEVEL when that is higher.

    distributed sets its logger to INFO when imported, and its records reach Prefect's console
    handler on the root logger, which shows whatever a library's logger lets through. Worker
    processes read DASK_LOGGING__DISTRIBUTED when they import distributed.
    """
    import distributed  # noqa: F401  # imported first: importing it resets its logger to INFO
    from prefect.settings import PREFECT_LOGGING_LEVEL

    level = logging.getLevelName(str(PREFECT_LOGGING_LEVEL.value()).upper())
    level = max(level if isinstance(level, int) else logging.WARNING, logging.WARNING)
    logging.getLogger("distributed").setLevel(level)
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", logging.getLevelName(level).lower())


def local_dask_runner(workers: int) -> TaskRunner[Any]:
    """A DaskTaskRunner on a LocalCluster of `workers` processes with one thread each (parse holds the GIL)."""
    from prefect_dask.task_runners import DaskTaskRunner

    quiet_dask_logs()

    return DaskTaskRunner(
        cluster_class="distributed.LocalCluster",
        cluster_kwargs={
            "n_workers": workers,
            "threads_per_worker": 1,
            "processes": True,
            # No dashboard: it needs bokeh and a free port, and a batch run has nobody watching.
            "dashboard_address": None,
        },
    )


class BatchPoolTaskRunner(ProcessPoolTaskRunner):
    """A process pool that can instead run a small run's tasks in a thread of the flow's own process.

    A run of one batch (a daily increment, every test) then never starts a worker process: a
    spawned worker pays ~5 s of CPU importing Prefect, pandas and Great Expectations before its
    first dump. The flow decides per run (`inline`): one task inline, several in the pool, where
    the flow process stays light for the snapshot writer.
    """

    def __init__(self, max_workers: int | None = None, **kwargs: Any) -> None:
        super().__init__(max_workers=max_workers, **kwargs)
        self._inline: ThreadPoolTaskRunner[Any] | None = None
        self.inline = True

    @property
    def workers(self) -> int:
        """Worker processes the pool runs at most."""
        return int(self._max_workers)

    def __enter__(self) -> BatchPoolTaskRunner:
        super().__enter__()
        self._inline = ThreadPoolTaskRunner(max_workers=1).__enter__()
        return self

    def __exit__(self, exc_type: Any, exc_value: Any, traceback: Any) -> None:
        try:
            if self._inline is not None:
                self._inline.__exit__(exc_type, exc_value, traceback)
                self._inline = None
        finally:
            super().__exit__(exc_type, exc_value, traceback)

    def submit(self, task: Any, parameters: dict[str, Any], wait_for: Any = None, dependencies: Any = None) -> Any:
        if self.inline and self._inline is not None:
            return self._inline.submit(task, parameters, wait_for=wait_for, dependencies=dependencies)
        return super().submit(task, parameters, wait_for=wait_for, dependencies=dependencies)


def parallelism(runner: TaskRunner[Any] | None) -> int | None:
    """How many tasks the runner runs at once, when it is a local pool (None: unknown, e.g. Dask)."""
    if isinstance(runner, BatchPoolTaskRunner):
        return runner.workers
    if isinstance(runner, ThreadPoolTaskRunner):
        return 1  # parsing holds the GIL: threads are one core
    return None


def default_task_runner(cores: int | None = None) -> TaskRunner[Any]:
    """The runner of a plain `newsetl run`: a BatchPoolTaskRunner with one process per core.

    On a single core processes only add start-up and pickling: threads. A Dask LocalCluster
    costs several seconds more than a process pool for the same two processes (docs/performance.md)
    and is kept for explicit --workers / --dask-address.
    """
    cores = usable_cores() if cores is None else cores
    if cores < MIN_CORES_FOR_PROCESSES:
        return ThreadPoolTaskRunner(max_workers=1)
    return BatchPoolTaskRunner(max_workers=cores)


def task_runner_for(workers: int | None, dask_address: str | None) -> TaskRunner[Any]:
    """The task runner for the CLI's --workers / --dask-address (both None: the default runner)."""
    if workers is not None and workers < 1:
        raise ValueError(f"--workers must be at least 1, not {workers}")
    if dask_address is not None:
        if workers is not None:
            raise ValueError(
                "--workers and --dask-address exclude each other: the cluster at the address has its own workers"
            )
        from prefect_dask.task_runners import DaskTaskRunner

        quiet_dask_logs()
        return DaskTaskRunner(address=dask_address)
    if workers is not None:
        return local_dask_runner(workers)
    return default_task_runner()


@contextlib.contextmanager
def shared_api() -> Iterator[str | None]:
    """Give every process of a run one Prefect API: the configured one, or one temporary server.

    Without PREFECT_API_URL Prefect starts a temporary server per process: each spawned or Dask
    worker would start its own (~5 s of CPU and ~200 MiB each, all writing one SQLite file), and
    their task runs would be recorded by servers the flow never sees. Starting the temporary
    server here and pointing the settings at it (workers receive the flow's settings) avoids both.
    Yields the API URL.
    """
    from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

    configured = get_current_settings().api.url
    if configured:
        yield configured
        return
    from prefect.server.api.server import SubprocessASGIServer

    # Prefect's own process-wide instance: threads Prefect starts do not see temporary_settings
    # (a contextvar) and fall back to this singleton, so it must be the server the run uses.
    server = SubprocessASGIServer()
    # Already running (a test harness, an earlier run in this process): not ours to stop.
    ours = not server.running
    server.start()
    try:
        with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
            yield server.api_url
    finally:
        if ours:
            _stop(server)


def _stop(server: Any) -> None:
    """Stop a temporary server once the logs and events queued for it have reached it.

    Else Prefect retries against the closed port for over a minute at exit.
    """
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all(timeout=10)
    EventsWorker.drain_all(timeout=10)
    server.stop()
