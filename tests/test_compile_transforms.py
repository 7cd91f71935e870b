"""The guard that stops pytest from testing a compiled parser older than its sources (compile_transforms)."""

from __future__ import annotations

import os
import sysconfig
from pathlib import Path

from compile_transforms import stale_sources


def _package(tmp_path: Path, built_at: float, sources: dict[str, float]) -> Path:
    package = tmp_path / "transforms"
    package.mkdir()
    for name, mtime in sources.items():
        (package / name).write_text("")
        os.utime(package / name, (mtime, mtime))
    for module in ("head", "classify"):  # a build leaves one extension module per compiled source
        native = package / f"{module}{sysconfig.get_config_var('EXT_SUFFIX')}"
        native.write_bytes(b"")
        os.utime(native, (built_at, built_at))
    return package


def test_sources_older_than_the_build_are_not_stale(tmp_path: Path) -> None:
    package = _package(tmp_path, 2_000.0, {"head.py": 1_000.0, "classify.py": 1_000.0, "schema.py": 1_500.0})
    assert stale_sources(package) == []


def test_a_changed_compiled_source_is_stale(tmp_path: Path) -> None:
    package = _package(tmp_path, 2_000.0, {"head.py": 2_500.0, "classify.py": 1_000.0})
    assert stale_sources(package) == ["head.py"]


def test_a_changed_interpreted_source_is_stale_too(tmp_path: Path) -> None:
    # The build reads every module for its types (and `make` rebuilds on any of them): a change to one that
    # stays interpreted can still leave the compiled modules out of date.
    package = _package(tmp_path, 2_000.0, {"head.py": 1_000.0, "schema.py": 2_500.0, "new.py": 3_000.0})
    assert stale_sources(package) == ["new.py", "schema.py"]


def test_nothing_compiled_means_nothing_stale(tmp_path: Path) -> None:
    package = tmp_path / "transforms"
    package.mkdir()
    (package / "head.py").write_text("")
    assert stale_sources(package) == []
