"""Raw dumps: listing and reading them (a folder or a bucket), hashing, and keeping quarantined bytes.

Storage of the curated tables and the run logs is flows/lake.py.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from pathlib import Path, PurePosixPath

import pyarrow as pa
import pyarrow.fs as pafs

from flows.settings import is_url
from transforms.plan import RawFile

# ---------------------------------------------------------------- raw files


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


def list_raw_files(location: str) -> pa.Table:
    """Every file under the raw root (hidden files and folders skipped), stat only: LISTING_SCHEMA.

    One recursive listing through the filesystem (a local folder or a bucket prefix: size and
    mtime come back with it, so a no-op rerun reads no dump). Arrow, not 300k Python objects: the
    manifest diff runs in DuckDB (changed_files), and Prefect does not walk an Arrow table
    returned by a task (it walks lists, ~1.3 s for 300k entries).
    """
    fs, root = raw_filesystem(location)
    infos = fs.get_file_info(pafs.FileSelector(root, recursive=True))
    prefix = len(root) + 1
    paths: list[str] = []
    sizes: list[int] = []
    mtimes: list[int] = []
    for info in infos:
        if info.type != pafs.FileType.File:
            continue
        rel = info.path[prefix:]
        if rel.startswith(".") or "/." in rel:
            continue
        paths.append(rel)
        sizes.append(info.size)
        mtimes.append(info.mtime_ns or 0)  # some object stores report none: size alone decides
    return pa.table([paths, sizes, mtimes], schema=LISTING_SCHEMA)


class RawReader:
    """Reads dumps by their path relative to the raw root; local files without pyarrow's overhead."""

    def __init__(self, location: str) -> None:
        self._fs, self._root = raw_filesystem(location)
        self._local = isinstance(self._fs, pafs.LocalFileSystem)

    def __call__(self, source_file: str) -> bytes:
        path = f"{self._root}/{source_file}"
        if self._local:
            with open(path, "rb") as f:
                return f.read()
        with self._fs.open_input_stream(path) as stream:
            return bytes(stream.read())


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


def keep_quarantined(quarantine_dir: Path, source_file: str, sha256: str, data: bytes) -> str:
    """Keep a quarantined dump's bytes (content-addressed, never overwritten); returns the kept path."""
    path = quarantine_dir / f"{sha256[:12]}-{PurePosixPath(source_file).name}"
    if not path.exists():
        _atomic_write_bytes(path, data)
    return str(path)
