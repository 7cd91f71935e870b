"""The project holds no text of the shared real pages: no 8-word run of their articles in any tracked file.

The shared corpus (../shared/corpus) was written by others; tests and `make eval` read it in place.
This test reads its truth files (headlines, captions, body paragraphs, related headlines) and looks
for any run of eight words from them in the files git tracks. The reference dump in data/raw/ may
stay (the corpus README allows it), and with it what the project derives from it: the reference
article's rows in docs and tests.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.evaluate import corpus_root

PROJECT = Path(__file__).resolve().parent.parent
RUN = 8
REFERENCE = "000_4a013bf47e0abc10.txt"
_WORD = re.compile(r"\w+")


def _runs(text: str) -> Iterator[tuple[str, ...]]:
    words = [w.lower() for w in _WORD.findall(text)]
    for i in range(len(words) - RUN + 1):
        yield tuple(words[i : i + RUN])


def _article_texts(truth: dict[str, object]) -> Iterator[str]:
    for key in ("title", "body_paragraphs", "captions", "related"):
        value = truth.get(key)
        if isinstance(value, str):
            yield value
        elif isinstance(value, list):
            for item in value:
                yield item["caption"] if isinstance(item, dict) else str(item)
        elif isinstance(value, dict):
            for items in value.values():
                yield from (str(x) for x in items)


def test_no_run_of_shared_article_text_in_tracked_files() -> None:
    root = corpus_root()
    truths = sorted(root.glob("*/*.truth.json"))
    if not truths:
        pytest.skip(f"shared corpus not found at {root} (a user's clone has none; CI and developers do)")
    shared: set[tuple[str, ...]] = set()
    for path in truths:
        if path.name.startswith(REFERENCE):
            continue
        for text in _article_texts(json.loads(path.read_text(encoding="utf-8"))):
            shared.update(_runs(text))
    assert len(shared) > 10_000
    tracked = subprocess.run(["git", "ls-files"], cwd=PROJECT, capture_output=True, text=True, check=True).stdout
    found: dict[str, tuple[str, ...]] = {}
    for name in tracked.splitlines():
        try:
            text = (PROJECT / name).read_text(encoding="utf-8")
        except (UnicodeDecodeError, FileNotFoundError, IsADirectoryError):
            continue
        hit = next((run for run in _runs(text) if run in shared), None)
        if hit is not None:
            found[name] = hit
    assert found == {}, f"shared page text in the project: {found}"
