"""Planning: article ids from paths, which files a run reads, how batches group into Prefect tasks."""

from __future__ import annotations

import hashlib
from pathlib import PurePosixPath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.plan import RawFile, RunPlan, SeenFile, batch_bounds, plan_run, task_groups
from transforms.tables import article_id_for

# Paths as the listing produces them: relative, no empty, "." or ".." components.
PATH_PARTS = st.text(alphabet="ab.-_Z9 ", min_size=1, max_size=8).filter(lambda p: p not in {".", ".."})


@given(st.lists(PATH_PARTS, min_size=1, max_size=4).map("/".join))
def test_article_id_is_the_hash_of_the_lowercased_stem(path: str) -> None:
    # The id is stable data (it joins the tables): it must stay what PurePosixPath.stem gave.
    stem = PurePosixPath(path).stem.lower()
    assert article_id_for(path) == hashlib.sha256(f"newsetl:{stem}".encode()).hexdigest()[:16]


def test_same_page_anywhere_is_the_same_article() -> None:
    assert article_id_for("2024/01/02/Page-1.txt") == article_id_for("rescrape/page-1.txt")
    assert article_id_for("a/page-1.txt") != article_id_for("a/page-2.txt")


def test_plan_skips_unchanged_and_reads_only_the_latest_path_of_an_article() -> None:
    seen = [SeenFile("old/same.txt", "sha", 10, 100, "run0", "loaded", article_id_for("old/same.txt"))]
    files = [
        RawFile("old/same.txt", 10, 100),  # unchanged: not even hashed
        RawFile("a/page.txt", 5, 1),
        RawFile("b/page.txt", 6, 2),  # same article as a/page.txt, sorts later: wins
        RawFile("new.txt", 7, 3),
    ]
    plan = plan_run(files, seen)
    assert [f.source_file for f in plan.unchanged] == ["old/same.txt"]
    assert [f.source_file for f in plan.to_read] == ["b/page.txt", "new.txt"]
    assert [f.source_file for f in plan.superseded] == ["a/page.txt"]
    full = plan_run(files, seen, full_refresh=True)
    assert not full.unchanged and len(full.to_read) == 3


@pytest.mark.parametrize(
    ("n", "workers", "sizes"),
    [
        (0, 2, []),
        (1, 2, [1]),
        (4, 2, [1, 1, 1, 1]),
        (12, 2, [3, 3, 2, 1, 1, 1, 1]),
        (60, 2, [8, 8, 8, 8, 7, 6, 4, 3, 2, 2, 1, 1, 1, 1]),
    ],
)
def test_task_groups_examples(n: int, workers: int, sizes: list[int]) -> None:
    assert [len(g) for g in task_groups(n, workers, 8)] == sizes


@given(st.integers(0, 500), st.integers(1, 16), st.integers(1, 20))
def test_task_groups_cover_every_batch_once_big_first(n: int, workers: int, cap: int) -> None:
    groups = task_groups(n, workers, cap)
    assert [i for g in groups for i in g] == list(range(n))  # each batch once, in order
    sizes = [len(g) for g in groups]
    assert all(1 <= s <= cap for s in sizes)
    assert sizes == sorted(sizes, reverse=True)  # guided: the tail is made of small tasks
    assert len(groups) >= min(n, workers)  # every worker gets a task
    if n >= 2 * workers:
        assert sizes[-1] == 1


def test_task_groups_reject_nonsense() -> None:
    with pytest.raises(ValueError, match="limits"):
        task_groups(3, 0, 8)
    with pytest.raises(ValueError, match="limits"):
        task_groups(3, 2, 0)


@given(st.lists(st.integers(0, 100), max_size=60), st.integers(1, 7), st.integers(1, 250))
def test_batches_respect_file_count_and_bytes(sizes: list[int], size: int, max_bytes: int) -> None:
    files = tuple(RawFile(f"{i:03d}.txt", n, 1) for i, n in enumerate(sizes))
    plan = plan_run(files, [])
    batches = [parse for parse, _ in plan.batches(size, max_bytes)]
    assert [f for b in batches for f in b] == list(plan.to_read)  # every file once, in order
    for b in batches:
        assert 1 <= len(b) <= size
        assert len(b) == 1 or sum(f.size_bytes for f in b) <= max_bytes  # only a lone big file exceeds


@given(
    st.lists(st.integers(0, 100), max_size=60),
    st.integers(0, 25),
    st.integers(1, 7),
    st.one_of(st.none(), st.integers(1, 250)),
)
def test_batch_bounds_are_the_ranges_of_run_plan_batches(
    sizes: list[int], superseded: int, size: int, max_bytes: int | None
) -> None:
    # The flow cuts a plan kept on disk into row ranges: the same batches RunPlan.batches makes.
    to_read = tuple(RawFile(f"{i:03d}.txt", n, 1) for i, n in enumerate(sizes))
    hashed = tuple(RawFile(f"old/{i:03d}.txt", 1, 1) for i in range(superseded))
    plan = RunPlan(to_read, (), hashed)
    rows = [*to_read, *hashed]
    flags = [(False, f.size_bytes) for f in to_read] + [(True, f.size_bytes) for f in hashed]
    expected = [parse + hash_only for parse, hash_only in plan.batches(size, max_bytes)]
    assert [tuple(rows[a:b]) for a, b in batch_bounds(iter(flags), size, max_bytes)] == expected
