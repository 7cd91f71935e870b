"""The lake writer process: a call runs in a child, its answer or its error comes back, a crash is named."""

from __future__ import annotations

import os
import signal
import sys
import threading

import pytest

from flows import writer
from transforms.errors import PublishError


def _refuse(what: str) -> None:
    raise PublishError(f"no {what}")


class _Unpicklable(Exception):
    def __init__(self) -> None:
        super().__init__("holds a lock")
        self.lock = threading.Lock()


def _raise_unpicklable() -> None:
    raise _Unpicklable


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _chatty(n: int) -> int:
    print("DuckDB says hello")  # must not end up in the answer
    sys.stdout.flush()
    return n + 1


def test_the_call_runs_in_another_process_and_its_answer_comes_back() -> None:
    assert writer.call_isolated(os.getpid) != os.getpid()
    assert writer.call_isolated(_chatty, 6) == 7
    assert writer.call_here(os.getpid) == os.getpid()


def test_an_error_in_the_writer_is_raised_here_with_its_type_and_message() -> None:
    with pytest.raises(PublishError, match="no catalog"):
        writer.call_isolated(_refuse, "catalog")
    with pytest.raises(PublishError, match="_Unpicklable: holds a lock"):
        writer.call_isolated(_raise_unpicklable)


def test_a_killed_writer_is_a_publish_error_naming_the_signal() -> None:
    with pytest.raises(PublishError, match="stopped by SIGKILL during _die"):
        writer.call_isolated(_die)
