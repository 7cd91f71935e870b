"""The lake writer: a lake call (publish, upkeep) run in a short-lived child process, so its memory leaves with it.

A large load's commit is DuckDB work over every staged row (joins, Parquet writes, up to its
512 MB memory limit on top of the interpreter): done in the flow process, whose Prefect client
already holds ~350 MiB, that process would pass 1 GiB. `python -m flows.writer` imports only
DuckDB, pyarrow and the lake module, does the one call and exits. The call and its result travel
pickled over the child's stdin and stdout; its logs and DuckDB's messages go to stderr.
"""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from transforms.errors import PublishError

T = TypeVar("T")


class LakeCall(Protocol):
    """call_isolated or call_here: how a run makes its lake calls."""

    def __call__(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T: ...


def call_here(fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
    """fn(*args, **kwargs) in this process (a small run: no process start-up)."""
    return fn(*args, **kwargs)


def call_isolated(fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
    """fn(*args, **kwargs) in a fresh `python -m flows.writer` process; its exception is raised here.

    fn must be a module-level function (pickled by name) and its arguments and result picklable.
    """
    payload = pickle.dumps((fn, args, kwargs), protocol=pickle.HIGHEST_PROTOCOL)
    proc = subprocess.run(
        [sys.executable, "-m", "flows.writer"], input=payload, stdout=subprocess.PIPE, stderr=None, check=False
    )
    if proc.returncode < 0:
        name = signal.Signals(-proc.returncode).name
        raise PublishError(f"the lake writer process was stopped by {name} during {fn.__name__}")
    try:
        ok, value = pickle.loads(proc.stdout)
    except Exception as exc:
        raise PublishError(
            f"the lake writer process exited with code {proc.returncode} during {fn.__name__} without an answer"
        ) from exc
    if not ok:
        raise value
    return value  # type: ignore[no-any-return]


def _answer(fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[bool, Any]:
    try:
        return True, fn(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - handed to the parent, which raises it
        try:
            pickle.dumps(exc)
        except Exception:  # noqa: BLE001 - an exception that cannot travel travels as its message
            return False, PublishError(f"{type(exc).__name__}: {exc}")
        return False, exc


def main() -> int:
    fn, args, kwargs = pickle.load(sys.stdin.buffer)
    # The answer owns stdout: anything the call prints goes to stderr instead.
    answer_fd = os.dup(1)
    os.dup2(2, 1)
    answer = _answer(fn, args, kwargs)
    with os.fdopen(answer_fd, "wb") as out:
        pickle.dump(answer, out, protocol=pickle.HIGHEST_PROTOCOL)
    return 0


if __name__ == "__main__":
    sys.exit(main())
