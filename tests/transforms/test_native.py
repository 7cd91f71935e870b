"""The parser compiled by `make native` (mypyc) reads every dump exactly as its Python sources do."""

from __future__ import annotations

import importlib
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from bench.corpus import generate
from bench.evaluate import corpus_cases, corpus_root
from compile_transforms import COMPILED, PACKAGE, compiled_modules
from transforms.parse import clear_caches, parse_dump

pytestmark = pytest.mark.skipif(
    not compiled_modules(), reason="transforms/ is not compiled (make native builds it): the sources run as they are"
)

# Run in a child process on a copy of the sources alone, so that no compiled module can stand in for them.
_READ_WITH_SOURCES = """
import json, sys
from pathlib import Path
import transforms.classify
from transforms.parse import parse_dump
assert transforms.classify.__file__.endswith(".py"), transforms.classify.__file__
print(json.dumps([repr(parse_dump(Path(p).read_bytes())) for p in sys.argv[1:]]))
"""


def test_every_module_of_the_parser_is_the_compiled_one() -> None:
    # A build that stopped halfway would leave some modules interpreted, and the bench would time a mixture.
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    for name in COMPILED:
        module = importlib.import_module(f"transforms.{name}")
        assert module.__file__ is not None and module.__file__.endswith(suffix), module.__file__


def test_compiled_parser_reads_every_dump_as_the_sources_do(tmp_path: Path) -> None:
    dumps = sorted((Path(__file__).parents[1] / "cases").rglob("*.txt"))
    dumps += [case.dump for case in corpus_cases(corpus_root(None))]  # the shared real corpus, where present
    synthetic = generate(tmp_path / "bench", 400, bad_share=0.05, keep_paths=True, jobs=1)
    dumps += [tmp_path / "bench" / p for p in synthetic.files]
    assert len(dumps) > 400
    shutil.copytree(PACKAGE, tmp_path / "src" / "transforms", ignore=shutil.ignore_patterns("*.so", "__pycache__"))
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "src")}
    run = subprocess.run(  # in tmp_path: `python -c` puts its working directory first on the path
        [sys.executable, "-c", _READ_WITH_SOURCES, *map(str, dumps)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    by_sources = json.loads(run.stdout)
    clear_caches()
    compiled = [repr(parse_dump(dump.read_bytes())) for dump in dumps]
    differ = [str(dump) for dump, a, b in zip(dumps, compiled, by_sources, strict=True) if a != b]
    assert not differ, differ[:10]
