"""Progress of a run's parse batches: a live bar on a terminal, a plain log line every few seconds otherwise.

Workers report how far each batch got through a small append-only file in the run's staging
folder (`ProgressSink`, one `batch_no done` line at most every half second); the flow reads what
is new (`ProgressLog`) while it waits on the batches. A file works the same for the process
pool, a thread, a local Dask cluster and remote Dask workers (they share the staging folder).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Protocol

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    ProgressColumn,
    Task,
    TaskID,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.progress import Progress as RichProgress
from rich.text import Text

DEFAULT_INTERVAL_S = 5.0
# How often a worker appends its batch's count and the flow reads the file, at most: a bar that
# moves twice a second, and 2 small writes a second per worker.
REPORT_EVERY_S = 0.5


def rate_text(done: int, seconds: float) -> str:
    """Dumps per second as people read it: 1,000 / 12 / 0.2 (a slow small run is not "0 dumps/s")."""
    if seconds <= 0:
        return "-"
    rate = done / seconds
    return f"{rate:,.0f}" if rate >= 10 or rate == 0 else f"{rate:.1f}"


def plural(count: int, noun: str, many: str | None = None) -> str:
    """`1 dump`, `2 dumps`, `0 articles`: a count with its noun in the right number."""
    return f"{count} {noun if count == 1 else (many or noun + 's')}"


class InfoLogger(Protocol):
    """What Progress needs of a logger: logging.Logger and Prefect's run logger (an adapter) both fit."""

    def info(self, msg: object, *args: object) -> None: ...

    def isEnabledFor(self, level: int) -> bool: ...  # logging's own name


@dataclass(frozen=True)
class ProgressSink:
    """Where a batch reports how many of its dumps are done: picklable, handed to every task."""

    path: Path
    every_s: float = REPORT_EVERY_S

    def batch(self, batch_no: int, clock: Callable[[], float] = time.monotonic) -> BatchReporter:
        return BatchReporter(self, batch_no, clock)


class BatchReporter:
    """Appends `batch_no done` to the sink's file, at most every `every_s` (a clock read per dump).

    One write() of a short line on an O_APPEND file: lines of concurrent workers never interleave.
    Progress is advisory: a failed write turns reporting off for the batch, never fails it.
    """

    def __init__(self, sink: ProgressSink, batch_no: int, clock: Callable[[], float]) -> None:
        self._sink = sink
        self._batch_no = batch_no
        self._clock = clock
        self._last = clock()
        self._broken = False

    def tick(self, done: int) -> None:
        """`done` dumps of the batch are read and parsed; written when `every_s` has passed."""
        now = self._clock()
        if now - self._last >= self._sink.every_s:
            self._last = now
            self.write(done)

    def write(self, done: int) -> None:
        if self._broken:
            return
        try:
            self._sink.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self._sink.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                os.write(fd, f"{self._batch_no} {done}\n".encode())
            finally:
                os.close(fd)
        except OSError:
            self._broken = True


class ProgressLog:
    """The flow's side of the sink: dumps done over all batches, reading only what was appended.

    Holds one count per batch (the highest seen: a retried batch counting again from 0 is not
    counted twice), never anything per file.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._offset = 0
        self._tail = b""  # a line a worker is still writing
        self._done: dict[int, int] = {}

    def read(self) -> int:
        """Dumps done so far: what batches reported, and all of every batch marked finished."""
        try:
            with open(self.path, "rb") as f:
                f.seek(self._offset)
                data = f.read()
        except OSError:  # nothing reported yet
            data = b""
        self._offset += len(data)
        *lines, self._tail = (self._tail + data).split(b"\n")
        for line in lines:
            try:
                batch, done = (int(x) for x in line.split())
            except ValueError:
                continue  # not ours: ignore rather than stop reporting
            self._done[batch] = max(self._done.get(batch, 0), done)
        return sum(self._done.values())

    def finished(self, batches: Iterable[tuple[int, int]]) -> None:
        """(batch_no, size) of batches whose task returned: all their dumps are done."""
        for batch, size in batches:
            self._done[batch] = max(self._done.get(batch, 0), size)


class _RateColumn(ProgressColumn):
    """Dumps per second since the start, as the log lines count it (rich's TransferSpeedColumn assumes bytes)."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        text = f"{rate_text(int(task.completed), elapsed)} dumps/s" if task.completed and elapsed else "- dumps/s"
        return Text(text, style="progress.data.speed")


def wait_polling(future: Any, poll: Callable[[], None], every_s: float = REPORT_EVERY_S) -> None:
    """Wait for a Prefect future, calling `poll` every `every_s` until it is done.

    Futures that wrap a pool's or Dask's future (PrefectWrappedFuture: the process pool, threads,
    DaskTaskRunner) are waited for in slices; any other kind is left to its own result().
    """
    wrapped = getattr(future, "wrapped_future", None)
    done = getattr(wrapped, "done", None)
    if not callable(done):
        return
    while not done():
        future.wait(timeout=every_s)
        poll()


class Progress:
    """Counts dumps as workers report them.

    On a terminal (the stream, stderr by default, is a TTY) it draws a rich progress bar with
    dumps/s and the time left; elsewhere (pipes, Prefect workers, CI, cron) it logs
    `parsed N/M dumps (P%), R dumps/s, ~S s left` every `interval_s` while the run parses, also
    when nothing moved (so a silent log means a stuck run, not a slow one). The rate is dumps
    done over wall time since the start. `close()` always logs one summary line, so the run
    log records throughput either way.

    Lines go to the logger (Prefect's run log: the UI and the console). When the logger drops
    INFO (PREFECT_LOGGING_LEVEL=WARNING, as `make run` sets), they are written to the stream
    instead: a piped run still shows its progress.
    """

    def __init__(
        self,
        total_files: int,
        logger: InfoLogger,
        *,
        interval_s: float = DEFAULT_INTERVAL_S,
        stream: IO[str] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total = max(int(total_files), 0)
        self.done = 0
        self._logger = logger
        self._interval_s = interval_s
        self._clock = clock
        self._started = clock()
        self._last_log = self._started
        self._closed = False
        self._out = stream if stream is not None else sys.stderr
        self._bar: RichProgress | None = None
        self._task_id: TaskID | None = None
        if self.total and self._out.isatty():
            self._bar = RichProgress(
                TextColumn("parsing dumps"),
                BarColumn(),
                MofNCompleteColumn(),
                TaskProgressColumn(),
                _RateColumn(),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=Console(file=self._out),
                # Log lines other code writes to stderr scroll above the bar instead of tearing it.
                redirect_stderr=True,
                redirect_stdout=False,
            )
            self._bar.start()
            self._task_id = self._bar.add_task("parse", total=self.total)

    @property
    def is_live(self) -> bool:
        """True when a terminal bar is drawn (False: plain log lines)."""
        return self._bar is not None

    def advance(self, files: int) -> None:
        """Record `files` more dumps done."""
        if files > 0:
            self.update(self.done + files)

    def update(self, done: int) -> None:
        """Record that `done` dumps are done in all (never goes back); logs a line when one is due."""
        if self._closed:
            return
        done = min(done, self.total) if self.total else done
        if done > self.done:
            self.done = done
            if self._bar is not None and self._task_id is not None:
                self._bar.update(self._task_id, completed=self.done)
        self.tick()

    def tick(self) -> None:
        """Log the plain line when `interval_s` has passed since the last one (call it often)."""
        if self._closed or self._bar is not None or not self.total or self.done >= self.total:
            return
        now = self._clock()
        if now - self._last_log >= self._interval_s:
            self._last_log = now
            self._emit(self.line(now))

    def line(self, now: float | None = None) -> str:
        """The plain progress line, e.g. `parsed 4000/10000 dumps (40%), 812 dumps/s, ~7 s left`."""
        elapsed = max((now if now is not None else self._clock()) - self._started, 1e-9)
        rate = self.done / elapsed
        share = f" ({self.done / self.total:.0%})" if self.total else ""
        if self.done == 0:
            return f"parsed 0/{plural(self.total, 'dump')}{share}, {elapsed:.0f} s: waiting for the first batch"
        left = f", ~{(self.total - self.done) / rate:.0f} s left" if self.done < self.total else ""
        return f"parsed {self.done}/{plural(self.total, 'dump')}{share}, {rate_text(self.done, elapsed)} dumps/s{left}"

    def close(self) -> None:
        """Stop the bar (if any) and log the summary line; safe to call twice."""
        if self._closed:
            return
        self._closed = True
        if self._bar is not None:
            self._bar.stop()
        if self.total:
            elapsed = self._clock() - self._started
            # Nothing parsed (a failed run): no rate to give.
            rate = f" ({rate_text(self.done, elapsed)} dumps/s)" if self.done else ""
            self._emit(f"parsed {self.done}/{plural(self.total, 'dump')} in {elapsed:.1f} s{rate}")

    def _emit(self, line: str) -> None:
        if self._logger.isEnabledFor(logging.INFO):
            self._logger.info("%s", line)
        else:
            print(line, file=self._out, flush=True)

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
