"""Typed errors that carry the file and the reason, so a failure message says what to fix."""

from __future__ import annotations


class NewsetlError(Exception):
    """Base class of every error newsetl raises on purpose."""


class DumpError(NewsetlError):
    """A problem with one raw dump; carries the file and a quarantine reason code."""

    def __init__(self, source_file: str, reason_code: str, detail: str) -> None:
        super().__init__(f"{source_file}: {reason_code}: {detail}")
        self.source_file = source_file
        self.reason_code = reason_code
        self.detail = detail


class ValidationFailed(NewsetlError):
    """The batch failed validation as a whole: nothing is published."""

    def __init__(self, run_id: str, failures: list[str]) -> None:
        super().__init__(f"run {run_id}: validation failed: " + "; ".join(failures))
        self.run_id = run_id
        self.failures = failures


class PublishError(NewsetlError):
    """Writing or switching a snapshot failed; the previous snapshot stays in place."""


class RunLocked(NewsetlError):
    """Another run holds the warehouse lock."""
