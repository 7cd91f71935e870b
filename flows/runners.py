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

import os
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


def local_dask_runner(workers: int) -> TaskRunner[Any]:
    """A DaskTaskRunner on a LocalCluster of `workers` processes with one thread each (parse holds the GIL)."""
    from prefect_dask.task_runners import DaskTaskRunner

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
    """A process pool that runs the first submitted task in a thread of the flow's own process.

    A run of one batch (a daily increment, every test) then never starts a worker process: a
    spawned worker pays ~5 s of CPU importing Prefect, pandas and Great Expectations before its
    first dump. A run of many batches gets the pool for the rest, and the flow process, idle
    while it waits, parses the first batch while the workers start.
    """

    def __init__(self, max_workers: int | None = None, **kwargs: Any) -> None:
        super().__init__(max_workers=max_workers, **kwargs)
        self._inline: ThreadPoolTaskRunner[Any] | None = None
        self._submitted = 0
        # The flow turns this off when it has many batches: the flow process then stays light
        # (it also runs the snapshot writer) and the pool takes every batch.
        self.inline_first = True

    def __enter__(self) -> BatchPoolTaskRunner:
        super().__enter__()
        self._inline = ThreadPoolTaskRunner(max_workers=1).__enter__()
        self._submitted = 0
        return self

    def __exit__(self, exc_type: Any, exc_value: Any, traceback: Any) -> None:
        try:
            if self._inline is not None:
                self._inline.__exit__(exc_type, exc_value, traceback)
                self._inline = None
        finally:
            super().__exit__(exc_type, exc_value, traceback)

    def submit(self, task: Any, parameters: dict[str, Any], wait_for: Any = None, dependencies: Any = None) -> Any:
        self._submitted += 1
        if self._submitted == 1 and self.inline_first and self._inline is not None:
            return self._inline.submit(task, parameters, wait_for=wait_for, dependencies=dependencies)
        return super().submit(task, parameters, wait_for=wait_for, dependencies=dependencies)


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

        return DaskTaskRunner(address=dask_address)
    if workers is not None:
        return local_dask_runner(workers)
    return default_task_runner()
