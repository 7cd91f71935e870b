"""Progress of a run's parse batches: a live bar on a terminal, a plain log line every few seconds otherwise."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from types import TracebackType
from typing import IO, Protocol

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


def rate_text(done: int, seconds: float) -> str:
    """Dumps per second as people read it: 1,000 / 12 / 0.2 (a slow small run is not "0 dumps/s")."""
    if seconds <= 0:
        return "-"
    rate = done / seconds
    return f"{rate:,.0f}" if rate >= 10 or rate == 0 else f"{rate:.1f}"


class InfoLogger(Protocol):
    """What Progress needs of a logger: logging.Logger and Prefect's run logger (an adapter) both fit."""

    def info(self, msg: object, *args: object) -> None: ...


class _RateColumn(ProgressColumn):
    """Dumps per second (rich's TransferSpeedColumn assumes bytes)."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.speed or 0:,.0f} dumps/s" if task.speed else "- dumps/s", style="progress.data.speed")


class Progress:
    """Counts dumps as their batches complete.

    On a terminal (stderr is a TTY) it draws a rich progress bar with dumps/s and the time left;
    elsewhere (Prefect workers, CI, cron) it logs `parsed N/M dumps (P%), R dumps/s, ~S s left`
    at most every `interval_s`, so logs stay readable on long runs. `close()` always logs one
    summary line, so the run log records throughput either way.
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
        out = stream if stream is not None else sys.stderr
        self._bar: RichProgress | None = None
        self._task_id: TaskID | None = None
        if self.total and out.isatty():
            self._bar = RichProgress(
                TextColumn("parsing dumps"),
                BarColumn(),
                MofNCompleteColumn(),
                TaskProgressColumn(),
                _RateColumn(),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=Console(file=out),
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
        """Record `files` more dumps done (call once per completed task with its file count)."""
        if self._closed or files <= 0:
            return
        self.done = min(self.done + files, self.total) if self.total else self.done + files
        if self._bar is not None and self._task_id is not None:
            self._bar.update(self._task_id, completed=self.done)
            return
        now = self._clock()
        if now - self._last_log >= self._interval_s and self.done < self.total:
            self._last_log = now
            self._logger.info("%s", self.line(now))

    def line(self, now: float | None = None) -> str:
        """The plain progress line, e.g. `parsed 4000/10000 dumps (40%), 812 dumps/s, ~7 s left`."""
        elapsed = max((now if now is not None else self._clock()) - self._started, 1e-9)
        rate = self.done / elapsed
        share = f" ({self.done / self.total:.0%})" if self.total else ""
        left = f", ~{(self.total - self.done) / rate:.0f} s left" if rate > 0 and self.done < self.total else ""
        noun = "dump" if self.total == 1 else "dumps"
        return f"parsed {self.done}/{self.total} {noun}{share}, {rate_text(self.done, elapsed)} dumps/s{left}"

    def close(self) -> None:
        """Stop the bar (if any) and log the summary line; safe to call twice."""
        if self._closed:
            return
        self._closed = True
        if self._bar is not None:
            self._bar.stop()
        if self.total:
            elapsed = self._clock() - self._started
            self._logger.info(
                "parsed %d/%d %s in %.1f s (%s dumps/s)",
                self.done,
                self.total,
                "dump" if self.total == 1 else "dumps",
                elapsed,
                rate_text(self.done, elapsed),
            )

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
