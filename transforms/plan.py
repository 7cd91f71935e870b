"""Which raw files a run must read: new or changed ones, one dump per article id, in batches."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from transforms.tables import article_id_for


# NamedTuples, not frozen dataclasses: a 300k-file listing and manifest build them by the
# hundred thousand on every run, and a frozen dataclass costs ~5x more to construct.
class RawFile(NamedTuple):
    """A file under the raw root as listed (no bytes read yet)."""

    source_file: str  # POSIX path relative to the raw root
    size_bytes: int
    mtime_ns: int


class SeenFile(NamedTuple):
    """What the manifest (ingest_file) remembers of a path: its latest bytes, stat and fate."""

    source_file: str
    source_sha256: str
    size_bytes: int
    mtime_ns: int
    first_run_id: str
    status: str
    article_id: str | None
    parser_version: str | None = None  # None: recorded before versions were kept


@dataclass(frozen=True)
class RunPlan:
    """Files to read this run, files skipped as unchanged, and same-article files that lose."""

    to_read: tuple[RawFile, ...]
    unchanged: tuple[RawFile, ...]
    superseded: tuple[RawFile, ...]  # another file of this run holds a newer version of its article

    def batches(self, size: int, max_bytes: int | None = None) -> list[tuple[tuple[RawFile, ...], tuple[RawFile, ...]]]:
        """(files to parse, files only to hash and record as duplicates) per batch.

        A parse batch holds at most `size` files and, when given, at most `max_bytes` of dumps
        (a worker's memory follows the bytes it parses, not the file count); a single larger
        file is a batch of its own.
        """
        parse: list[tuple[RawFile, ...]] = []
        start, total = 0, 0
        for i, f in enumerate(self.to_read):
            full = i - start >= size or (max_bytes is not None and total + f.size_bytes > max_bytes and i > start)
            if full:
                parse.append(self.to_read[start:i])
                start, total = i, 0
            total += f.size_bytes
        if start < len(self.to_read):
            parse.append(self.to_read[start:])
        hash_only = [self.superseded[i : i + size] for i in range(0, len(self.superseded), size)]
        return [(p, ()) for p in parse] + [((), h) for h in hash_only]


def batch_bounds(entries: Iterable[tuple[bool, int]], size: int, max_bytes: int | None = None) -> list[tuple[int, int]]:
    """[start, stop) row ranges of a plan's batches, by RunPlan.batches' rule, from (hash_only, size_bytes) rows.

    The plan lists the files to parse first, then the files only to hash: parse batches hold at
    most `size` files and `max_bytes` of dumps (a single larger file is a batch of its own),
    hash-only batches `size` files. Only the ranges are returned: a million-file plan stays on
    disk, and a batch's rows are read by whoever runs the batch.
    """
    bounds: list[tuple[int, int]] = []
    start, total, n = 0, 0, 0
    hashing = False
    for i, (hash_only, nbytes) in enumerate(entries):
        n = i + 1
        if hash_only and not hashing:
            if i > start:
                bounds.append((start, i))
            start, hashing = i, True
        if hashing:
            if i - start >= size:
                bounds.append((start, i))
                start = i
            continue
        if i - start >= size or (max_bytes is not None and total + nbytes > max_bytes and i > start):
            bounds.append((start, i))
            start, total = i, 0
        total += nbytes
    if n > start:
        bounds.append((start, n))
    return bounds


# Outcomes a newer parser may change (a duplicate's bytes are another file's).
REPARSED_STATUSES: frozenset[str] = frozenset({"loaded", "quarantined", "rejected"})


def needs_reparse(prior: SeenFile, parser_version: str | None, reparse: bool = False) -> bool:
    """Whether known bytes must be parsed again: another parser version produced them, or --reparse."""
    if prior.status not in REPARSED_STATUSES or parser_version is None:
        return False
    return reparse or prior.parser_version != parser_version


def plan_run(
    files: Iterable[RawFile],
    seen: Iterable[SeenFile],
    *,
    full_refresh: bool = False,
    parser_version: str | None = None,
    reparse: bool = False,
) -> RunPlan:
    """Split the listing into work and skips.

    A file whose path, size and mtime match the manifest is unchanged and is not even hashed
    (this is what makes a no-op rerun over 300k dumps take seconds). Everything else is read;
    the batch task skips bytes it has already seen under that path. Among files of this run that
    name the same article, only the one whose path sorts last is read (the version rule of
    transforms.tables.resolve_versions). With parser_version, unchanged files an older parser
    parsed (every parsed file with reparse) are read again.
    """
    known = {} if full_refresh else {s.source_file: s for s in seen}
    unchanged: list[RawFile] = []
    candidates: dict[str, RawFile] = {}
    superseded: list[RawFile] = []
    for f in sorted(files, key=lambda f: f.source_file):
        prior = known.get(f.source_file)
        if (
            prior is not None
            and prior.size_bytes == f.size_bytes
            and prior.mtime_ns == f.mtime_ns
            and not needs_reparse(prior, parser_version, reparse)
        ):
            unchanged.append(f)
            continue
        article_id = article_id_for(f.source_file)
        loser = candidates.get(article_id)
        if loser is not None:
            superseded.append(loser)  # sorted order: the later path wins
        candidates[article_id] = f
    to_read = tuple(sorted(candidates.values(), key=lambda f: f.source_file))
    return RunPlan(to_read, tuple(unchanged), tuple(superseded))


def task_groups(n_batches: int, parallelism: int, max_per_task: int) -> list[range]:
    """Consecutive batch indexes per Prefect task: big tasks first, single batches at the end.

    Each Prefect task run costs ~0.3 s of CPU in the flow process and again in the worker
    (context and settings are serialized per task), so a large load groups batches. Guided
    self-scheduling keeps every worker busy to the end: a task takes 1/(2*parallelism) of the
    batches still left (at most max_per_task), so the last tasks are single batches and no worker
    waits long on another's big task.
    """
    if n_batches < 0 or parallelism < 1 or max_per_task < 1:
        raise ValueError(f"task_groups({n_batches}, {parallelism}, {max_per_task}): need n >= 0 and limits >= 1")
    groups: list[range] = []
    start = 0
    while start < n_batches:
        remaining = n_batches - start
        size = min(max_per_task, max(1, -(-remaining // (2 * parallelism))))
        groups.append(range(start, start + size))
        start += size
    return groups
