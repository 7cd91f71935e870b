"""flows.discovery: listing and reading raw dumps, locally and through filesystem URLs."""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import tracemalloc
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from fsspec.implementations.memory import MemoryFileSystem

from flows import discovery
from flows.tasks import BatchJob, BatchResult, process_batch
from tests.flows.lake import REFERENCE, REPO
from transforms.plan import RawFile
from transforms.tables import RunContext


def _data(reader: discovery.RawReader, source_file: str) -> bytes:
    dump = reader.read(source_file, max_bytes=1 << 20)
    assert isinstance(dump, discovery.RawDump)
    return dump.data


def test_listing_is_relative_posix_paths_with_size_and_mtime(tmp_path: Path) -> None:
    (tmp_path / "2024" / "01").mkdir(parents=True)
    (tmp_path / "2024" / "01" / "a.txt").write_bytes(b"abc")
    (tmp_path / "b.txt").write_bytes(b"hello")
    (tmp_path / ".hidden").write_bytes(b"x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "c.txt").write_bytes(b"x")
    os.utime(tmp_path / "b.txt", ns=(1, 123_456_789))
    listing = discovery.list_raw_files(str(tmp_path))
    assert listing.schema == discovery.LISTING_SCHEMA
    rows = sorted(discovery.raw_files(listing))
    assert rows == [RawFile("2024/01/a.txt", 3, rows[0].mtime_ns), RawFile("b.txt", 5, 123_456_789)]


def test_raw_root_can_be_a_filesystem_url(tmp_path: Path) -> None:
    (tmp_path / "2024").mkdir()
    (tmp_path / "2024" / "a.txt").write_bytes(b"abc")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "x.txt").write_bytes(b"x")
    url = tmp_path.as_uri()  # file:///...: pyarrow's filesystem path, as for s3:// or gs://
    assert discovery.raw_location_exists(url) and not discovery.raw_location_exists(f"{url}/missing")
    assert discovery.list_raw_files(url).equals(discovery.list_raw_files(str(tmp_path)))
    assert (
        _data(discovery.RawReader(url), "2024/a.txt")
        == _data(discovery.RawReader(str(tmp_path)), "2024/a.txt")
        == b"abc"
    )


def test_raw_root_through_fsspec_protocols() -> None:
    import fsspec

    memory = fsspec.filesystem("memory")
    memory.pipe("/fsspec-raw/2024/a.txt", b"hello")
    memory.pipe("/fsspec-raw/.partial/b.txt", b"upload in progress")
    try:
        listing = discovery.list_raw_files("memory://fsspec-raw")
        assert listing["source_file"].to_pylist() == ["2024/a.txt"]
        assert listing["size_bytes"].to_pylist() == [5]
        assert _data(discovery.RawReader("memory://fsspec-raw"), "2024/a.txt") == b"hello"
    finally:
        memory.rm("/fsspec-raw", recursive=True)


# ---------------------------------------------------------------- bad entries never crash a run


def _batch(raw: Path, tmp_path: Path, max_dump_bytes: int = 1 << 20, raw_dir: str | None = None) -> BatchResult:
    """List `raw` and process every listed file as one batch, as the flow does."""
    location = raw_dir or str(raw)
    files = tuple(discovery.raw_files(discovery.list_raw_files(location)))
    return _process(files, location, tmp_path, max_dump_bytes)


def _process(files: tuple[RawFile, ...], location: str, tmp_path: Path, max_dump_bytes: int = 1 << 20) -> BatchResult:
    return process_batch(
        BatchJob(1, files, (), {}),
        raw_dir=location,
        staging_root=tmp_path / "staging",
        quarantine_dir=tmp_path / "quarantine",
        run=RunContext("run-test", datetime.now(UTC)),
        max_dump_bytes=max_dump_bytes,
        today=date.today(),
    )


def _column_map(table: pa.Table, value: str) -> dict[str, str]:
    return dict(zip(table["source_file"].to_pylist(), table[value].to_pylist(), strict=True))


def _reasons(result: BatchResult) -> dict[str, str]:
    return _column_map(result.quarantine, "reason_code")


def _details(result: BatchResult) -> dict[str, str]:
    return _column_map(result.quarantine, "detail")


def _statuses(result: BatchResult) -> dict[str, str]:
    return _column_map(result.files, "status")


def test_file_deleted_between_listing_and_reading_is_quarantined_and_the_batch_goes_on(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(REPO / "data" / "raw" / REFERENCE, raw / REFERENCE)
    (raw / "gone.txt").write_bytes(b"Headline\n\nBody text.\n")
    files = tuple(discovery.raw_files(discovery.list_raw_files(str(raw))))
    (raw / "gone.txt").unlink()  # a scraper's clean-up ran while newsetl was listing
    result = _process(files, str(raw), tmp_path)
    assert _reasons(result) == {"gone.txt": "vanished"}
    assert "next run" in _details(result)["gone.txt"]
    # Not in the manifest: if the file comes back, the next run reads it.
    assert _statuses(result) == {REFERENCE: "loaded"}
    assert result.articles == 1


class _LockedMemoryFileSystem(MemoryFileSystem):  # type: ignore[misc]  # fsspec is untyped
    """A filesystem that refuses to open paths containing 'locked', as chmod 000 does for a non-root user."""

    protocol = "lockedmem"

    @classmethod
    def _strip_protocol(cls, path: str) -> Any:
        return super()._strip_protocol(path.replace("lockedmem://", "memory://", 1))

    def _open(self, path: str, mode: str = "rb", **kwargs: Any) -> Any:
        if "locked" in path and "r" in mode:
            raise PermissionError(13, "Permission denied", path)
        return super()._open(path, mode, **kwargs)


def test_unreadable_file_is_quarantined_with_an_actionable_reason(tmp_path: Path) -> None:
    import fsspec

    fsspec.register_implementation("lockedmem", _LockedMemoryFileSystem, clobber=True)
    memory = fsspec.filesystem("lockedmem")
    memory.pipe("/faulty-raw/ok.txt", (REPO / "data" / "raw" / REFERENCE).read_bytes())
    memory.pipe("/faulty-raw/locked.txt", b"Headline\n\nBody text.\n")
    try:
        result = _batch(tmp_path, tmp_path, raw_dir="lockedmem://faulty-raw")
    finally:
        memory.rm("/faulty-raw", recursive=True)
    assert _reasons(result) == {"locked.txt": "unreadable"}
    detail = _details(result)["locked.txt"]
    assert "Permission denied" in detail and "read access" in detail and "next run" in detail
    assert _statuses(result) == {"ok.txt": "loaded"}


def test_unreadable_local_file_is_quarantined(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Root reads a chmod 000 file anyway (CAP_DAC_OVERRIDE): inject the error the kernel gives others.
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "locked.txt").write_bytes(b"Headline\n\nBody text.\n")
    real_open = os.open

    def refusing_open(path: str, flags: int, *args: Any, **kwargs: Any) -> int:
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(discovery.os, "open", refusing_open)
    result = _batch(raw, tmp_path)
    assert _reasons(result) == {"locked.txt": "unreadable"}
    assert "chmod" in _details(result)["locked.txt"]


def test_directory_symlink_loop_is_followed_once(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    (raw / "2024").mkdir(parents=True)
    for name in ("a.txt", "2024/b.txt", "2024/c.txt"):
        (raw / name).write_bytes(b"x")
    (raw / "selfdir").symlink_to(".")  # ln -s . selfdir
    (raw / "2024" / "up").symlink_to("..")
    (raw / "alias").symlink_to("2024")  # the real path wins over the alias
    found = discovery.discover(str(raw))
    assert sorted(found.listing["source_file"].to_pylist()) == ["2024/b.txt", "2024/c.txt", "a.txt"]
    assert sorted(s.path for s in found.skipped) == ["2024/up", "alias", "selfdir"]
    assert all("already listed" in s.reason for s in found.skipped)


def test_oversize_dump_is_kept_as_a_bounded_prefix_with_the_whole_files_hash(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    big = b"Headline\n\n" + b"word " * 2_000_000  # ~10 MB against a 1 MiB limit
    (raw / "huge.txt").write_bytes(big)
    result = _batch(raw, tmp_path, max_dump_bytes=1 << 20)
    assert _reasons(result) == {"huge.txt": "too_large"}
    row = result.quarantine.to_pylist()[0]
    assert row["source_sha256"] == hashlib.sha256(big).hexdigest()
    assert f"{len(big)} bytes" in row["detail"]
    kept = Path(row["kept_as"]).read_bytes()
    assert len(kept) <= discovery.OVERSIZE_PREFIX_BYTES and big.startswith(kept) and kept
    assert result.files["source_sha256"].to_pylist() == [hashlib.sha256(big).hexdigest()]


def test_oversize_read_holds_at_most_the_limit_in_memory(tmp_path: Path) -> None:
    (tmp_path / "huge.txt").write_bytes(b"y" * (40 << 20))
    reader = discovery.RawReader(str(tmp_path))
    tracemalloc.start()
    try:
        dump = reader.read("huge.txt", max_bytes=1 << 20)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(dump, discovery.RawDump) and dump.oversize
    assert dump.size_bytes == 40 << 20 and dump.sha256 == hashlib.sha256(b"y" * (40 << 20)).hexdigest()
    assert peak < 4 << 20  # the limit plus a chunk, not 40 MiB


def test_non_regular_entries_are_accounted_for(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "ok.txt").write_bytes((REPO / "data" / "raw" / REFERENCE).read_bytes())
    (raw / "dangling.txt").symlink_to(raw / "nowhere.txt")
    os.mkfifo(raw / "pipe.txt")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(raw / "sock"))
        (raw / ".partial.txt").write_bytes(b"upload in progress")  # hidden: ignored by rule
        result = _batch(raw, tmp_path)
    reasons = _reasons(result)
    assert reasons == {"dangling.txt": "not_a_file", "pipe.txt": "not_a_file", "sock": "not_a_file"}
    details = _details(result)
    assert "nowhere.txt" in details["dangling.txt"] and "does not exist" in details["dangling.txt"]
    assert "named pipe" in details["pipe.txt"] and "socket" in details["sock"]
    assert _statuses(result) == {"ok.txt": "loaded"}


def _plain_tree(root: Path) -> None:
    """Folders and plain files only, with names that trip a text parser: the fast listing's case."""
    for rel, data in {
        "2024/01/01/a b.txt": b"one",
        "2024/01/02/caf\u00e9 \u2014 news.txt": b"two!",
        "2024/02/line\nbreak.txt": b"",
        "2025/x.txt": b"three",
        "top.txt": b"top level",
        "2025/.partial.txt": b"hidden file",
        "2025/.cache/deep/d.txt": b"in a hidden folder",
        ".git/config": b"hidden at the top",
    }.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (root / "2023" / "empty").mkdir(parents=True)
    os.utime(root / "2025" / "x.txt", ns=(1, 1_700_000_000_123_456_789))


def _walked(root: Path) -> tuple[pa.Table, int]:
    sink = discovery.ListingBatches()
    entries = discovery._Entries(sink)
    _, hidden = discovery._discover_local(str(root), entries)
    entries.flush()
    return pa.Table.from_batches(sink.batches, schema=discovery.LISTING_SCHEMA).sort_by("source_file"), hidden


def _found_by_find(root: Path) -> tuple[pa.Table, int] | None:
    sink = discovery.ListingBatches()
    hidden = discovery._find_plain_tree(str(root), discovery._Entries(sink))
    if hidden is None:
        return None
    return pa.Table.from_batches(sink.batches, schema=discovery.LISTING_SCHEMA).sort_by("source_file"), hidden


def test_find_listing_equals_the_walker_on_a_tree_of_plain_files(tmp_path: Path) -> None:
    _plain_tree(tmp_path)
    found = _found_by_find(tmp_path)
    assert found is not None, "GNU find is on these machines: the fast listing must take a plain tree"
    fast = found[0]
    walked, hidden = _walked(tmp_path)
    assert fast.to_pylist() == walked.to_pylist()
    assert found[1] == hidden == 3
    assert {"source_file": "2025/x.txt", "size_bytes": 5, "mtime_ns": 1_700_000_000_123_456_789} in fast.to_pylist()
    assert discovery.discover(str(tmp_path)).hidden == 3


@pytest.mark.parametrize("odd", ["file symlink", "folder symlink", "fifo", "top-level symlink", "latin-1 name"])
def test_find_listing_leaves_trees_with_special_entries_to_the_walker(tmp_path: Path, odd: str) -> None:
    _plain_tree(tmp_path)
    if odd == "file symlink":
        (tmp_path / "2024" / "01" / "link.txt").symlink_to(tmp_path / "top.txt")
    elif odd == "folder symlink":
        (tmp_path / "2024" / "again").symlink_to(tmp_path / "2025")
    elif odd == "fifo":
        os.mkfifo(tmp_path / "2025" / "pipe.txt")
    elif odd == "top-level symlink":
        (tmp_path / "alias").symlink_to(tmp_path / "2024")
    else:
        (tmp_path / "2024" / os.fsdecode(b"caf\xe9.txt")).write_bytes(b"x")
    assert _found_by_find(tmp_path) is None
    # The listing the flow uses is the walker's then, with its rules for these entries.
    found = discovery.discover(str(tmp_path))
    assert found.listing.sort_by("source_file").to_pylist() == _walked(tmp_path)[0].to_pylist()
    if odd == "latin-1 name":  # not listed (paths are text), but named in the run's log with what to do
        assert [(s.path, s.reason) for s in found.skipped] == [
            ("2024/caf\ufffd.txt", "the name is not UTF-8: rename the file or folder to have it read")
        ]


def _many_files(root: Path, folders: int = 3, files: int = 40) -> None:
    for f in range(folders):
        for n in range(files):
            path = root / f"{2020 + f}" / f"{n:02d}" / f"dump-{n}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(b"x" * n)


def test_find_listing_hands_entries_to_the_sink_as_it_parses_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The flow process holds no listing: a batch reaches the sink before find's last output is parsed.
    _many_files(tmp_path, folders=1)
    monkeypatch.setattr(discovery, "_FIND_READ_BYTES", 256)  # many chunks from one small tree
    events: list[str] = []
    parse = discovery._find_records

    def logged_parse(data: bytes) -> Any:
        events.append("parsed")
        return parse(data)

    class Logged(discovery.ListingBatches):
        def write(self, batch: pa.RecordBatch) -> None:
            events.append("written")
            super().write(batch)

    monkeypatch.setattr(discovery, "_find_records", logged_parse)
    sink = Logged()
    listed = discovery.stream_listing(str(tmp_path), sink)
    assert listed.rows == 40 == sum(b.num_rows for b in sink.batches)
    assert events.count("parsed") > 2
    last_parse = len(events) - 1 - events[::-1].index("parsed")
    assert "written" in events[:last_parse], "every batch waited for the whole listing"


@pytest.mark.parametrize("odd", ["fifo", "file symlink", "latin-1 name"])
def test_listing_file_starts_over_when_the_walker_takes_the_tree_mid_stream(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, odd: str
) -> None:
    # Batches of the fast listing are in the file when an odd entry turns up: the file is then the walker's listing.
    _many_files(tmp_path)
    for n in range(3):
        (tmp_path / f"top-{n}.txt").write_bytes(b"top")  # handed to the sink before find starts
    odd_folder = tmp_path / "2022" / "39"
    if odd == "fifo":
        os.mkfifo(odd_folder / "pipe.txt")
    elif odd == "file symlink":
        (odd_folder / "link.txt").symlink_to(tmp_path / "top-0.txt")
    else:
        (odd_folder / os.fsdecode(b"caf\xe9.txt")).write_bytes(b"x")
    monkeypatch.setattr(discovery, "_FIND_READ_BYTES", 256)
    monkeypatch.setattr(discovery, "LISTING_CHUNK", 7)
    events: list[str] = []

    class Logged(discovery._ListingFile):
        def write(self, batch: pa.RecordBatch) -> None:
            events.append("written")
            super().write(batch)

        def restart(self) -> None:
            events.append("restart")
            super().restart()

    monkeypatch.setattr(discovery, "_ListingFile", Logged)
    listed = discovery.write_listing(str(tmp_path), tmp_path / ".run" / "listing.parquet")
    assert events.index("restart") > 0, "nothing was written before the walker took over: not mid-stream"
    assert events.count("restart") == 1
    walked, hidden = _walked(tmp_path)
    in_file = pq.read_table(tmp_path / ".run" / "listing.parquet").sort_by("source_file")
    assert in_file.to_pylist() == walked.to_pylist()
    assert listed.rows == walked.num_rows == (3 * 40 + 3 + (0 if odd == "latin-1 name" else 1))
    assert listed.hidden == hidden == 1  # .run


def test_listing_file_of_an_empty_root_has_the_schema(tmp_path: Path) -> None:
    (tmp_path / "raw").mkdir()
    listed = discovery.write_listing(str(tmp_path / "raw"), tmp_path / "listing.parquet")
    assert listed.rows == 0
    assert pq.read_table(tmp_path / "listing.parquet").schema == discovery.LISTING_SCHEMA


@pytest.mark.parametrize("read_bytes", [1, 5, 13, 64])
def test_find_listing_equals_the_walker_when_records_straddle_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, read_bytes: int
) -> None:
    # A read ends anywhere: inside a field, between two fields of a record, after its last NUL.
    _plain_tree(tmp_path)
    _many_files(tmp_path / "more", folders=2, files=5)
    monkeypatch.setattr(discovery, "_FIND_READ_BYTES", read_bytes)
    found = _found_by_find(tmp_path)
    assert found is not None
    walked, hidden = _walked(tmp_path)
    assert found[0].to_pylist() == walked.to_pylist()
    assert found[1] == hidden == 3
