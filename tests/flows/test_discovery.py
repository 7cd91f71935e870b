"""flows.discovery: listing and reading raw dumps, locally and through filesystem URLs."""

from __future__ import annotations

import os
from pathlib import Path

from flows import discovery
from transforms.plan import RawFile


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
    assert discovery.RawReader(url)("2024/a.txt") == discovery.RawReader(str(tmp_path))("2024/a.txt") == b"abc"


def test_raw_root_through_fsspec_protocols() -> None:
    import fsspec

    memory = fsspec.filesystem("memory")
    memory.pipe("/fsspec-raw/2024/a.txt", b"hello")
    memory.pipe("/fsspec-raw/.partial/b.txt", b"upload in progress")
    try:
        listing = discovery.list_raw_files("memory://fsspec-raw")
        assert listing["source_file"].to_pylist() == ["2024/a.txt"]
        assert listing["size_bytes"].to_pylist() == [5]
        assert discovery.RawReader("memory://fsspec-raw")("2024/a.txt") == b"hello"
    finally:
        memory.rm("/fsspec-raw", recursive=True)
