"""Raw-file discovery: list and read raw dumps."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Protocol

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from flows.settings import is_url
from transforms.errors import NewsetlError
from transforms.plan import RawFile
from transforms.records import Quarantined

LISTING_SCHEMA = pa.schema([("source_file", pa.string()), ("size_bytes", pa.int64()), ("mtime_ns", pa.int64())])


def raw_filesystem(location: str) -> tuple[pafs.FileSystem, str]:
    """The filesystem holding the raw dumps, and the root folder on it.

    Plain paths are local. URLs go to pyarrow first (file, s3, gs, abfs, hdfs), then to fsspec
    (any installed protocol: memory, gcs via gcsfs, az via adlfs, ...), wrapped as a pyarrow
    filesystem so the rest of the pipeline sees one interface.
    """
    if not is_url(location):
        return pafs.LocalFileSystem(), os.path.abspath(location)
    try:
        fs, root = pafs.FileSystem.from_uri(location)
        return fs, root.rstrip("/")
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, ValueError):
        import fsspec

        spec_fs, spec_root = fsspec.core.url_to_fs(location)
        return pafs.PyFileSystem(pafs.FSSpecHandler(spec_fs)), str(spec_root).rstrip("/")


def raw_location_exists(location: str) -> bool:
    """Whether the raw root is a folder (for object stores: a prefix holding objects)."""
    fs, root = raw_filesystem(location)
    return bool(fs.get_file_info(root).type == pafs.FileType.Directory)


class RawRootError(NewsetlError):
    """The raw root is missing or not a folder: no retry can heal it, the message says what to fix."""


def check_raw_root(location: str) -> None:
    """Raise RawRootError unless location is a folder (for object stores: a prefix holding objects)."""
    if raw_location_exists(location):
        return
    if not is_url(location) and os.path.isfile(location):
        raise RawRootError(
            f"raw folder {location} is a file, not a folder: give the folder that holds the dumps "
            f"(`newsetl parse {location}` parses a single dump)"
        )
    raise RawRootError(
        f"raw folder {location} does not exist: create it or point --raw (NEWSETL_RAW_DIR) at the dumps' folder"
    )


def list_raw_files(location: str) -> pa.Table:
    """Every entry under the raw root that is not hidden, stat only: LISTING_SCHEMA (see discover)."""
    return discover(location).listing


# Entries handed to the sink at a time: a listing of any size holds at most this many in Python.
LISTING_CHUNK = 50_000


@dataclass(frozen=True)
class Skipped:
    """An entry discovery did not list, and why (the flow logs and counts these)."""

    path: str
    reason: str


@dataclass(frozen=True)
class Discovery:
    """What a listing of the raw root found: entries to read, and folders not followed."""

    listing: pa.Table  # LISTING_SCHEMA
    skipped: tuple[Skipped, ...] = ()
    hidden: int = 0  # entries ignored by the hidden-name rule


@dataclass(frozen=True)
class Listed:
    """What a streamed listing wrote: how many entries, and what it did not list."""

    rows: int
    skipped: tuple[Skipped, ...] = ()
    hidden: int = 0


class ListingSink(Protocol):
    """Where a streamed listing goes: batches as found, and a way to forget them all.

    The fast listing (GNU find) hands batches over as it parses them; a later entry can still
    give the tree to the Python walker (a symlink, a FIFO, an error on find's stderr), and the
    walker's listing then replaces everything written so far (restart).
    """

    def write(self, batch: pa.RecordBatch) -> None: ...

    def restart(self) -> None: ...


class ListingBatches:
    """A ListingSink that keeps the batches (discover: the listing as a table)."""

    def __init__(self) -> None:
        self.batches: list[pa.RecordBatch] = []

    def write(self, batch: pa.RecordBatch) -> None:
        self.batches.append(batch)

    def restart(self) -> None:
        self.batches = []


# The listing file lives for one run and is read once: LZ4 (~12 MiB at 1M files) costs ~0.15 s less
# CPU than zstd (~9 MiB) to write and scan.
_LISTING_COMPRESSION = "lz4"


class _ListingFile:
    """A ListingSink writing a Parquet file; restart truncates it (a new writer over the same path)."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._writer: pq.ParquetWriter | None = None

    def _opened(self) -> pq.ParquetWriter:
        if self._writer is None:
            self._writer = pq.ParquetWriter(self._path, LISTING_SCHEMA, compression=_LISTING_COMPRESSION)
        return self._writer

    def write(self, batch: pa.RecordBatch) -> None:
        self._opened().write_batch(batch)

    def restart(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        self._path.unlink(missing_ok=True)

    def close(self) -> None:
        """Closed with its footer; an empty listing is still a file (with the schema and no rows)."""
        self._opened().close()


class _Entries:
    """Listed entries, handed to a sink every LISTING_CHUNK rows as an Arrow record batch.

    Thread-safe: each find process's output is parsed in its own thread and handed over as parsed.
    """

    def __init__(self, sink: ListingSink) -> None:
        self._sink = sink
        self._lock = threading.Lock()
        self.rows = 0
        self._paths: list[str] = []
        self._sizes: list[int] = []
        self._mtimes: list[int] = []

    def add(self, path: str, size: int, mtime_ns: int) -> None:
        self._paths.append(path)
        self._sizes.append(size)
        self._mtimes.append(mtime_ns)
        if len(self._paths) >= LISTING_CHUNK:
            self.flush()

    def add_batch(self, batch: pa.RecordBatch) -> None:
        """Entries already in Arrow (GNU find's listing): flushed through, in LISTING_CHUNK slices."""
        with self._lock:
            self.flush()
            for start in range(0, batch.num_rows, LISTING_CHUNK):
                part = batch.slice(start, LISTING_CHUNK)
                self._sink.write(part)
                self.rows += part.num_rows

    def flush(self) -> None:
        if not self._paths:
            return
        self._sink.write(pa.record_batch([self._paths, self._sizes, self._mtimes], schema=LISTING_SCHEMA))
        self.rows += len(self._paths)
        self._paths, self._sizes, self._mtimes = [], [], []

    def restart(self) -> None:
        """Everything handed over so far is forgotten, by this count and by the sink."""
        self._paths, self._sizes, self._mtimes = [], [], []
        self.rows = 0
        self._sink.restart()


def write_listing(location: str, path: Path) -> Listed:
    """The listing of the raw root streamed to a Parquet file (LISTING_SCHEMA): memory flat in the file count."""
    path.parent.mkdir(parents=True, exist_ok=True)
    out = _ListingFile(path)
    try:
        listed = stream_listing(location, out)
    finally:
        out.close()
    return listed


def discover(location: str) -> Discovery:
    """List the raw root recursively, stat only (a no-op rerun reads no dump).

    Rules (the README's "Failure modes" repeats them):
    - Hidden entries (a name starting with ".": partial uploads, .git, editor swap files) are ignored,
      folders included, and only counted.
    - Regular files, and symlinks to them, are listed with their size and mtime.
    - Every other entry (a dangling symlink, a FIFO, a socket, a device, a folder that cannot be
      listed) is listed with size 0, so the batch that reads it quarantines it with the reason:
      nothing under the root goes unaccounted for.
    - A folder is listed once: a folder symlink to a folder already listed (a loop such as
      `ln -s . selfdir`, or an alias) is not followed but skipped with a reason. Real folders are
      walked before folder symlinks, so files keep their real paths.

    Local folders are walked here; URLs through pyarrow or fsspec (one recursive listing: size and
    mtime come with it). The flow does not call this: it streams the listing to a Parquet file
    (write_listing) and diffs it in DuckDB (lake.plan_files), so no entry per file stays in memory.
    """
    sink = ListingBatches()
    listed = stream_listing(location, sink)
    return Discovery(pa.Table.from_batches(sink.batches, schema=LISTING_SCHEMA), listed.skipped, listed.hidden)


def stream_listing(location: str, sink: ListingSink) -> Listed:
    """discover's rules, the entries handed to sink in record batches of at most LISTING_CHUNK rows.

    The sink may be told to restart (once at most): what it got so far is void, the listing follows.
    """
    fs, root = raw_filesystem(location)
    entries = _Entries(sink)
    if isinstance(fs, pafs.LocalFileSystem):
        found_hidden = _find_plain_tree(root, entries)
        if found_hidden is not None:
            return Listed(entries.rows, (), found_hidden)
        entries.restart()  # the walker lists the whole tree again, by its rules
        skipped, hidden = _discover_local(root, entries)
        entries.flush()
        return Listed(entries.rows, skipped, hidden)
    infos = fs.get_file_info(pafs.FileSelector(root, recursive=True))
    prefix = len(root) + 1
    hidden = 0
    for info in infos:
        if info.type == pafs.FileType.Directory:
            continue
        rel = info.path[prefix:]
        if rel.startswith(".") or "/." in rel:
            hidden += 1
            continue
        # Some object stores report no mtime: size alone decides.
        entries.add(rel, info.size if info.type == pafs.FileType.File else 0, info.mtime_ns or 0)
    entries.flush()
    return Listed(entries.rows, (), hidden)


# GNU find prints an entry as four NUL-terminated fields "TYPE", "SIZE", "MTIME", "./PATH": "%T@" is
# seconds, ".", nanoseconds and one more digit. A hidden name is printed as "h" and three empty fields
# and not descended (the walker's rule). Fields, not one record with spaces: one split, no per-field pass.
_FIND_PRINT = (
    "(",
    "-name",
    ".*",
    "-printf",
    "h\\0\\0\\0\\0",
    "-prune",
    ")",
    "-o",
    "!",
    "-type",
    "d",
    "-printf",
    "%y\\0%s\\0%T@\\0%p\\0",
)
_FIND_FIELDS = 4
_FIND_READ_BYTES = 1 << 20  # Arrow holds ~8 MiB per reader at a time (8 MiB reads: 64 MiB)


def _find_plain_tree(root: str, out: _Entries) -> int | None:
    """A tree of plain files and folders listed by GNU find into out, one process per core: the hidden count.

    None when the walker must list the tree: what out got by then is void (the caller restarts it).
    A stat per file in Python costs ~4 us (4.3 s of CPU for a million files); find does the same
    walk in C, in parallel over the root's folders, and its output is parsed by Arrow, not per row,
    and handed to out as parsed (nothing per file is kept here). Anything the walker has a rule for
    (a symlink, a FIFO, a folder that cannot be read, a loop: find says so on stderr), a name that
    is not UTF-8, no GNU find: None.
    """
    find = shutil.which("find")
    if find is None:
        return None
    hidden = 0
    folders: list[str] = []
    with os.scandir(root) as scan:
        for entry in scan:
            if entry.name.startswith("."):
                hidden += 1
            elif entry.is_symlink():
                return None
            elif entry.is_dir():
                folders.append("./" + entry.name)
            elif entry.is_file():
                if not _is_utf8(entry.name):
                    return None
                st = entry.stat()
                out.add(entry.name, st.st_size, st.st_mtime_ns)
            else:
                return None
    out.flush()
    if not folders:
        return hidden
    jobs = min(len(folders), os.cpu_count() or 1)
    procs = [
        subprocess.Popen(
            [find, "-P", *folders[n::jobs], *_FIND_PRINT],
            cwd=root,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for n in range(jobs)
    ]
    usable = threading.Event()
    usable.set()
    # Each pipe read in its own thread: a pipe nobody reads stops its find after 64 KiB.
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(lambda proc: _read_find(proc, out, usable), procs))
    if not usable.is_set() or any(r is None for r in results):
        return None
    return hidden + sum(r for r in results if r is not None)


def _read_find(proc: subprocess.Popen[bytes], out: _Entries, usable: threading.Event) -> int | None:
    """One find process's entries, parsed a chunk at a time and handed to out; None if anything needs the walker.

    usable is shared by the readers: once one of them gives the tree to the walker, the others
    stop handing entries over and only drain their pipe.
    """
    assert proc.stdout is not None and proc.stderr is not None
    hidden = 0
    rest = b""
    while chunk := proc.stdout.read(_FIND_READ_BYTES):
        if not usable.is_set():
            continue  # drain, so find is not blocked on a full pipe
        parsed, rest = _find_records(rest + chunk)
        if parsed is None:
            usable.clear()
            continue
        batch, chunk_hidden = parsed
        if batch.num_rows:
            out.add_batch(batch)
        hidden += chunk_hidden
    errors = proc.stderr.read()
    if proc.wait() != 0 or errors or rest:
        usable.clear()
        return None
    return hidden


_STRIDES: list[pa.Array] = [pa.array([], pa.int64())]


def _every_nth(records: int) -> pa.Array:
    """0, 4, 8, ...: the first field of each of so many records (grown as needed, then sliced)."""
    have = _STRIDES[0]
    if len(have) < records:
        have = pa.array(range(0, records * _FIND_FIELDS * 2, _FIND_FIELDS), pa.int64())
        _STRIDES[0] = have  # one assignment: a reader thread sees the old array or the new one
    return have.slice(0, records)


def _find_records(data: bytes) -> tuple[tuple[pa.RecordBatch, int] | None, bytes]:
    """The whole records of data parsed with Arrow compute (None: the walker's), and the bytes of the next one."""
    cut = data.rfind(b"\0") + 1
    if not cut:
        return (pa.RecordBatch.from_pylist([], schema=LISTING_SCHEMA), 0), data
    fields = pc.split_pattern(pa.array([data[: cut - 1]], pa.binary()), b"\0").flatten()
    whole = len(fields) - len(fields) % _FIND_FIELDS
    # A record cut by the chunk: its first fields go back in front of the next chunk.
    rest = b"".join(f + b"\0" for f in fields.slice(whole).to_pylist()) + data[cut:]
    kind, size, mtime, path = (
        pc.take(fields, pc.add(_every_nth(whole // _FIND_FIELDS), i)) for i in range(_FIND_FIELDS)
    )
    marks = pc.equal(kind, b"h")
    hidden = int(pc.sum(marks).as_py() or 0)
    if hidden:
        keep = pc.invert(marks)
        kind, size, mtime, path = (col.filter(keep) for col in (kind, size, mtime, path))
    if len(kind) and (not pc.all(pc.equal(kind, b"f")).as_py() or pc.any(pc.starts_with(mtime, b"-")).as_py()):
        return None, rest  # a symlink or a special file (the walker's rules), or a time before 1970
    try:
        text = path.cast(pa.string())  # a name that is not UTF-8: the walker decodes it its way
    except pa.ArrowInvalid:
        return None, rest
    # "SECONDS.NANOS0": the last digit cut and the point taken out read as nanoseconds.
    nanos = pc.replace_substring(pc.utf8_slice_codeunits(mtime.cast(pa.string()), 0, -1), ".", "", max_replacements=1)
    return (
        (
            pa.record_batch(
                [pc.utf8_slice_codeunits(text, 2), size.cast(pa.string()).cast(pa.int64()), nanos.cast(pa.int64())],
                schema=LISTING_SCHEMA,
            ),
            hidden,
        ),
        rest,
    )


def _discover_local(root: str, out: _Entries) -> tuple[tuple[Skipped, ...], int]:
    skipped: list[Skipped] = []
    hidden = 0
    root_stat = os.stat(root)
    walked = {(root_stat.st_dev, root_stat.st_ino)}
    folders: list[tuple[str, str]] = [(root, "")]  # (absolute, relative prefix)
    links: list[tuple[str, str]] = []  # folder symlinks: followed after every real folder
    while folders or links:
        if not folders:
            # Every real folder is walked: now the folder symlinks, each target at most once.
            link, link_rel = links.pop(0)
            try:
                st = os.stat(link)
            except OSError:
                st = None  # gone since it was listed: listed as an entry, the reader says why
            if st is not None and (st.st_dev, st.st_ino) in walked:
                skipped.append(Skipped(link_rel, f"folder symlink to {os.path.realpath(link)}, already listed"))
                continue
            if st is not None:
                walked.add((st.st_dev, st.st_ino))
                folders.append((link, link_rel + "/"))
                continue
            out.add(link_rel, 0, _lstat_mtime(link))
            continue
        absolute, rel = folders.pop()
        try:
            with os.scandir(absolute) as scan:
                entries = list(scan)
        except OSError:
            if not rel:
                raise
            # Listed as an entry: the batch that reads it records why it could not be listed.
            out.add(rel.rstrip("/"), 0, _lstat_mtime(absolute))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                hidden += 1
                continue
            path = rel + entry.name
            if not entry.name.isascii() and not _is_utf8(entry.name):
                # Paths are text in the lake: an undecodable name would stop the whole listing.
                shown = os.fsencode(path).decode("utf-8", "replace")
                skipped.append(Skipped(shown, "the name is not UTF-8: rename the file or folder to have it read"))
                continue
            try:
                if entry.is_dir():  # follows symlinks
                    if entry.is_symlink():
                        links.append((entry.path, path))
                        continue
                    st = entry.stat()
                    if (st.st_dev, st.st_ino) in walked:  # a bind mount of a folder above
                        skipped.append(Skipped(path, "the same folder as one already listed (a bind mount?)"))
                    else:
                        walked.add((st.st_dev, st.st_ino))
                        folders.append((entry.path, path + "/"))
                    continue
                if entry.is_file():  # follows symlinks
                    st = entry.stat()
                    out.add(path, st.st_size, st.st_mtime_ns)
                    continue
            except OSError:
                pass  # vanished or unreadable while listed: the reader says which
            out.add(path, 0, _lstat_mtime(entry.path))
    return tuple(skipped), hidden


def _is_utf8(name: str) -> bool:
    """os.scandir decodes undecodable bytes as lone surrogates: such a name cannot become UTF-8 text."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _lstat_mtime(path: str) -> int:
    try:
        return os.lstat(path).st_mtime_ns
    except OSError:
        return 0


# Of a dump quarantined as oversize, this much is kept (with the whole file's sha256 and size).
OVERSIZE_PREFIX_BYTES = 64 * 1024
_CHUNK_BYTES = 1 << 20
_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


@dataclass(frozen=True)
class RawDump:
    """A dump as read: its bytes (of an oversize dump: a bounded prefix), sha256 and size of the whole file."""

    data: bytes
    sha256: str
    size_bytes: int
    oversize: bool = False


class RawReader:
    """Reads dumps by their path relative to the raw root; local files without pyarrow's overhead.

    `read` never raises for one bad entry: it returns a Quarantined verdict with the reason
    (unreadable, vanished, not_a_file) so the run goes on. Entries that are not read are not
    recorded in the manifest, so the next run tries them again once fixed.
    """

    def __init__(self, location: str) -> None:
        self._fs, self._root = raw_filesystem(location)
        self._local = isinstance(self._fs, pafs.LocalFileSystem)

    def read(self, source_file: str, max_bytes: int) -> RawDump | Quarantined:
        """The dump's bytes if at most max_bytes; else a prefix, with the whole file hashed streaming."""
        path = f"{self._root}/{source_file}"
        try:
            if self._local:
                return self._read_local(path, max_bytes)
            with self._fs.open_input_stream(path) as stream:
                return _read_bounded(stream.read, max_bytes)
        except FileNotFoundError:
            return _missing(path) if self._local else Quarantined("vanished", _VANISHED)
        except OSError as exc:  # PermissionError, EIO, ...: pyarrow's and fsspec's errors are OSErrors
            mode = _mode(path) if self._local else None
            if mode is not None and stat.S_ISDIR(mode):
                return Quarantined("unreadable", f"a folder that cannot be listed ({_why(exc)}); {_FIX_ACCESS}")
            if mode is not None and not stat.S_ISREG(mode):
                return Quarantined("not_a_file", _not_a_file(mode))  # a socket cannot be opened (ENXIO)
            return Quarantined("unreadable", f"cannot be read ({_why(exc)}); {_FIX_ACCESS}")

    @staticmethod
    def _read_local(path: str, max_bytes: int) -> RawDump | Quarantined:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then tells what was opened.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        with open(fd, "rb", closefd=True) as fh:
            mode = os.fstat(fd).st_mode
            if stat.S_ISDIR(mode):
                os.listdir(path)  # raises the reason the listing failed, if it still does
                return Quarantined("unreadable", "a folder that could not be listed; the next run lists it again")
            if not stat.S_ISREG(mode):
                return Quarantined("not_a_file", _not_a_file(mode))
            return _read_bounded(fh.read, max_bytes)


_FIX_ACCESS = "give the user running newsetl read access (e.g. chmod a+r); the next run reads it again"
_VANISHED = (
    "listed, then gone before it was read (moved or deleted during the run); the next run reads it if it is back"
)


def _mode(path: str) -> int | None:
    try:
        return os.stat(path).st_mode
    except OSError:
        return None


def _why(exc: OSError) -> str:
    return f"{exc.strerror or type(exc).__name__}, errno {exc.errno}" if exc.errno else str(exc)


def _not_a_file(mode: int) -> str:
    kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
    return f"{kind}, not a file: newsetl reads only regular files; move it out of the raw folder"


def _missing(path: str) -> Quarantined:
    """A local path that could not be opened as missing: a dangling symlink, or a file gone since the listing."""
    if os.path.islink(path):
        target = os.readlink(path)
        return Quarantined(
            "not_a_file", f"a symlink to {target}, which does not exist: restore the target or remove the link"
        )
    return Quarantined("vanished", _VANISHED)


def _read_bounded(read: Callable[[int], bytes], max_bytes: int) -> RawDump:
    """At most max_bytes + 1 bytes held; past the limit, only a prefix is kept and the rest is hashed."""
    digest = hashlib.sha256()
    head = _read_up_to(read, max_bytes + 1)
    digest.update(head)
    if len(head) <= max_bytes:
        return RawDump(head, digest.hexdigest(), len(head))
    size = len(head)
    prefix = head[:OVERSIZE_PREFIX_BYTES]
    del head
    while chunk := read(_CHUNK_BYTES):
        digest.update(chunk)
        size += len(chunk)
    return RawDump(prefix, digest.hexdigest(), size, oversize=True)


def _read_up_to(read: Callable[[int], bytes], n: int) -> bytes:
    """n bytes, or fewer at the end of the file (a stream may return short reads)."""
    first = bytes(read(n))
    if len(first) == n or not first:
        return first
    parts = [first]
    got = len(first)
    while got < n and (more := bytes(read(n - got))):
        parts.append(more)
        got += len(more)
    return b"".join(parts)


def oversize_verdict(dump: RawDump, max_bytes: int) -> Quarantined:
    """Why an oversize dump is quarantined (the parser's too_large reason, with the whole file's size)."""
    return Quarantined(
        "too_large",
        f"{dump.size_bytes} bytes is above the {max_bytes}-byte limit (setting max_dump_bytes); a news page is "
        f"a few KB: check the scraper (kept: its first {len(dump.data)} bytes; sha256 of the whole file)",
    )


def raw_files(listing: pa.Table) -> list[RawFile]:
    """A listing's rows as RawFile tuples."""
    columns = [listing[name].to_pylist() for name in LISTING_SCHEMA.names]
    return list(map(RawFile, *columns))


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _atomic_write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def keep_quarantined(quarantine_dir: Path, source_file: str, sha256: str, data: bytes, whole: bool = True) -> str:
    """Keep a quarantined dump's bytes (content-addressed, never overwritten); returns the kept path.

    Of an oversize dump only a prefix is kept (whole=False): its name ends in ".head" so nobody
    takes it for the dump; the quarantine row holds the whole file's sha256 and size.
    """
    path = quarantine_dir / f"{sha256[:12]}-{PurePosixPath(source_file).name}{'' if whole else '.head'}"
    if not path.exists():
        _atomic_write_bytes(path, data)
    return str(path)
