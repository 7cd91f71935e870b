"""`make bench` itself on a small corpus: the baseline's counts and every figure bench.run reports are consistent."""

from __future__ import annotations

import contextlib
import io
import json
import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from bench import run as bench_run
from bench.baseline import run_baseline
from bench.corpus import BENCH_MAX_DUMP_BYTES, CorpusStats, generate

DUMPS = 200
SEED = 7
BAD_SHARE = 0.05


def _captions(stats: CorpusStats | dict[str, Any]) -> int:
    """Captions the generator wrote: the shapes count dumps with 0, 1, 2, ... captions."""
    shapes = stats.shapes if isinstance(stats, CorpusStats) else stats["shapes"]
    return sum(int(name.removeprefix("captions_")) * n for name, n in shapes.items() if name.startswith("captions_"))


def _bytes_on_disk(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())


def test_baseline_counts_every_dump_of_the_corpus(tmp_path: Path) -> None:
    stats = generate(tmp_path / "raw", DUMPS, seed=SEED, bad_share=BAD_SHARE, jobs=1)
    assert stats.bad and stats.good  # both kinds present, or the checks below prove less
    out = tmp_path / "parquet"
    result = run_baseline(tmp_path / "raw", out, batch_size=64, max_dump_bytes=BENCH_MAX_DUMP_BYTES)

    assert result.dumps == DUMPS
    assert result.bytes == stats.total_bytes == _bytes_on_disk(tmp_path / "raw")
    assert (result.articles, result.quarantined) == (stats.good, sum(stats.bad.values()))
    assert result.captions == _captions(stats)
    assert result.seconds > 0 and result.max_rss_mib > 0
    # What it reports is what it wrote: one file per table per batch of 64 dumps.
    written = {
        table: [pq.read_metadata(p).num_rows for p in sorted(out.glob(f"{table}-*.parquet"))]
        for table in ("article", "caption", "related_headline")
    }
    assert len(written["article"]) == math.ceil(DUMPS / 64)
    assert {table: sum(rows) for table, rows in written.items()} == {
        "article": result.articles,
        "caption": result.captions,
        "related_headline": result.related_headlines,
    }


@pytest.fixture(scope="module")
def bench_results(
    prefect_harness: None, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[int, dict[str, Any], str, Path]]:
    """One `python -m bench.run --dumps 200`: its exit code, results.json, stdout and output folder."""
    from prefect.settings import PREFECT_API_URL

    out = tmp_path_factory.mktemp("bench")
    # The steps are subprocesses: pointing them at the session's Prefect server spares each one
    # starting its own (what is tested is the bench's bookkeeping, not Prefect's start-up).
    with pytest.MonkeyPatch.context() as m, contextlib.redirect_stdout(io.StringIO()) as stdout:
        m.setenv("PREFECT_API_URL", str(PREFECT_API_URL.value()))
        rc = bench_run.main(
            ["--dumps", str(DUMPS), "--seed", str(SEED), "--bad-share", str(BAD_SHARE), "--out", str(out)]
        )
    yield rc, json.loads((out / "results.json").read_text()), stdout.getvalue(), out


def test_bench_runs_every_step(bench_results: tuple[int, dict[str, Any], str, Path]) -> None:
    rc, results, _, _ = bench_results
    assert rc == 0
    assert list(results["steps"]) == ["baseline", "prefect-startup", "full-load", "noop-rerun"]
    for name, step in results["steps"].items():
        assert step["exit_code"] == 0, name
        assert step["wall_s"] > 0 and step["cpu_s"] > 0, name
        peaks = [p["peak_rss_mib"] for p in step["processes"]]
        assert [p["role"] for p in step["processes"]].count("main") == 1, name
        assert step["max_rss_mib"] >= max(peaks) > 0, name
        assert step["peak_tree_rss_mib"] >= max(peaks) - 0.1, name  # the tree sum includes each process
        # Per role: the largest peak of that role's processes (the figure the docs' table gives).
        by_role: dict[str, float] = {}
        for p in step["processes"]:
            by_role[p["role"]] = max(by_role.get(p["role"], 0.0), p["peak_rss_mib"])
        assert {r: v for r, v in step["roles"].items() if v >= 20} == by_role, name
        load_start, load_end = step["load_avg"]
        assert load_start >= 0 and load_end >= 0, name


def test_bench_figures_are_consistent(bench_results: tuple[int, dict[str, Any], str, Path]) -> None:
    _, results, _, _ = bench_results
    steps = results["steps"]
    mb = results["corpus"]["total_bytes"] / 1e6
    for name in ("baseline", "full-load"):
        wall = steps[name]["wall_s"]
        assert steps[name]["dumps_per_s"] == round(DUMPS / wall, 1), name
        assert steps[name]["mb_per_s"] == round(mb / wall, 2), name
    for name in ("prefect-startup", "noop-rerun"):
        assert steps[name]["dumps_per_s"] is None and steps[name]["mb_per_s"] is None, name
    base, full = steps["baseline"], steps["full-load"]
    assert results["full_load_over_baseline"] == round(full["wall_s"] / base["wall_s"], 3)
    assert results["full_load_cpu_over_baseline_cpu"] == round(full["cpu_s"] / base["cpu_s"], 3)
    assert results["noop_minus_startup_s"] == round(
        steps["noop-rerun"]["wall_s"] - steps["prefect-startup"]["wall_s"], 2
    )
    # The baseline's own clock runs inside its process's wall time.
    assert 0 < results["baseline_detail"]["seconds"] <= base["wall_s"]


def test_bench_counts_match_the_corpus(bench_results: tuple[int, dict[str, Any], str, Path]) -> None:
    _, results, _, out = bench_results
    corpus = results["corpus"]
    bad = sum(corpus["bad"].values())
    assert (corpus["dumps"], corpus["good"] + bad) == (DUMPS, DUMPS)
    assert corpus["total_bytes"] == _bytes_on_disk(Path(corpus["root"]))
    assert Path(corpus["root"]).parent == out
    baseline = results["baseline_detail"]
    assert (baseline["dumps"], baseline["bytes"]) == (DUMPS, corpus["total_bytes"])
    assert (baseline["articles"], baseline["quarantined"], baseline["captions"]) == (
        corpus["good"],
        bad,
        _captions(corpus),
    )
    # The pipeline publishes what the bare baseline parsed.
    assert results["warehouse_counts"] == {
        "article": corpus["good"],
        "caption": baseline["captions"],
        "related_headline": baseline["related_headlines"],
        "quarantine": bad,
    }


def test_bench_prints_and_saves_the_same_figures(bench_results: tuple[int, dict[str, Any], str, Path]) -> None:
    _, results, stdout, out = bench_results
    assert json.loads((out / f"results-{DUMPS}-default.json").read_text()) == results
    # The table: step, wall s, cpu s, dumps/s, ... (one row per step).
    table = re.compile(r"^(\S+) +(\d+\.\d) +(\d+\.\d) +(\d+|-) ", re.MULTILINE)
    rows = {m[1]: m.groups()[1:] for m in table.finditer(stdout)}
    assert set(rows) == set(results["steps"])
    for name, step in results["steps"].items():
        wall, cpu, rate = rows[name][:3]
        assert (wall, cpu) == (f"{step['wall_s']:.1f}", f"{step['cpu_s']:.1f}"), name
        assert rate == (f"{step['dumps_per_s']:.0f}" if step["dumps_per_s"] else "-"), name
    assert f"full load / baseline wall time: {results['full_load_over_baseline']:.2f}" in stdout


@pytest.mark.parametrize("dumps", [200, 100_000, 300_000, 1_000_000, 3_000_000])
def test_bench_corpus_dates_stay_in_the_past(dumps: int) -> None:
    # The gate rejects future publication dates: a corpus reaching past today measures rejects.
    from datetime import date, timedelta

    per_day = bench_run.corpus_per_day(dumps)
    last_day = date(2022, 1, 1) + timedelta(days=-(-dumps // per_day) - 1)
    assert last_day < date(2026, 1, 1)
    if dumps <= 300_000:
        assert per_day == 300  # the corpora measured so far keep their bytes (and folder name)
