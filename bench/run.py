"""`make bench`: synthetic corpus -> bare baseline -> `newsetl run` full load -> no-op rerun, timed and measured.

Every step runs as its own subprocess so its wall time, CPU time and the peak RSS of each process
of its tree (the flow, Prefect's temporary server, task-runner workers) are its own. Results go to
stdout as a table and to <out>/results.json (and results-<dumps>.json, to compare sizes).

  python -m bench.run                    300,000 dumps (the target size)
  python -m bench.run --dumps 20000      quick mode
  python -m bench.run --workers 2        the run under a Dask LocalCluster of 2 processes
  python -m bench.run --profile          cProfile of the flow's main thread and of the batch work
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import resource
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import psutil  # type: ignore[import-untyped]  # no stubs pinned; used only here

from bench.corpus import BENCH_MAX_DUMP_BYTES, generate

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "bench" / "out"
_SAMPLE_S = 0.1


@dataclass
class ProcessPeak:
    """Largest resident set one process of a step's tree reached."""

    pid: int
    role: str
    peak_rss_mib: float


@dataclass
class StepResult:
    """One measured subprocess: wall and CPU time, peaks, exit status, whatever it printed last."""

    name: str
    wall_s: float
    cpu_s: float  # user + system of the whole tree (reaped descendants included)
    exit_code: int
    max_rss_mib: float  # largest single process of the tree
    peak_tree_rss_mib: float  # largest sum over the tree at one sample
    processes: list[ProcessPeak] = field(default_factory=list)
    stdout_tail: str = ""
    # Share of the machine's CPU time the hypervisor gave to other guests during the step: these
    # 2 vCPUs lose 10-35% under a busy host, which stretches wall time but not CPU time.
    steal_pct: float | None = None
    # 1-minute load average at the start and end of the step: other work on the machine competes.
    load_avg: tuple[float, float] | None = None
    roles: dict[str, float] = field(default_factory=dict)  # largest peak RSS (MiB) per role of the tree


def _role(proc: psutil.Process, root_pid: int) -> str:
    try:
        cmd = " ".join(proc.cmdline())
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return "gone"
    if proc.pid == root_pid:
        return "main"  # the step's own process; for a run, the flow process (listing, plan, publish)
    if "uvicorn" in cmd or ("prefect" in cmd and "server" in cmd):
        return "prefect-server"
    if "flows.writer" in cmd:
        return "writer"  # the lake writer process: a large run's commit and upkeep
    if "distributed" in cmd or "dask" in cmd:
        return "dask"
    if "multiprocessing" in cmd or "spawn" in cmd or "forkserver" in cmd:
        return "worker"
    return str(proc.name())


class TreeMonitor:
    """Polls a process tree's RSS every 100 ms (short-lived peaks between samples can be missed)."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peaks: dict[int, ProcessPeak] = {}
        self.peak_tree = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    def __enter__(self) -> TreeMonitor:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _poll(self) -> None:
        try:
            root = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        while not self._stop.is_set():
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                return
            tree = 0.0
            for p in procs:
                try:
                    rss = p.memory_info().rss / 2**20
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    continue
                tree += rss
                peak = self.peaks.get(p.pid)
                if peak is None:
                    self.peaks[p.pid] = ProcessPeak(p.pid, _role(p, self.pid), round(rss, 1))
                elif rss > peak.peak_rss_mib:
                    peak.peak_rss_mib = round(rss, 1)
            self.peak_tree = max(self.peak_tree, round(tree, 1))
            self._stop.wait(_SAMPLE_S)


def _cpu_ticks() -> tuple[int, int] | None:
    """(steal, total) ticks of all CPUs since boot, from /proc/stat (None off Linux)."""
    try:
        with open("/proc/stat") as fh:
            fields = [int(x) for x in fh.readline().split()[1:9]]
    except (OSError, ValueError):
        return None
    return fields[7], sum(fields)


def run_step(name: str, cmd: list[str], env: dict[str, str]) -> StepResult:
    """Run cmd, sampling its tree's memory; CPU time from getrusage of reaped children."""
    ticks = _cpu_ticks()
    load_start = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    clock = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    with TreeMonitor(proc.pid) as monitor:
        out, _ = proc.communicate()
    wall = time.perf_counter() - clock
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    ticks_after = _cpu_ticks()
    steal = None
    if ticks and ticks_after and ticks_after[1] > ticks[1]:
        steal = round(100 * (ticks_after[0] - ticks[0]) / (ticks_after[1] - ticks[1]), 1)
    peaks = sorted(monitor.peaks.values(), key=lambda p: -p.peak_rss_mib)
    roles: dict[str, float] = {}
    for p in peaks:
        roles[p.role] = max(roles.get(p.role, 0.0), p.peak_rss_mib)
    # ru_maxrss of children is the largest reaped descendant ever (KiB): a floor the sampler cannot
    # miss, but only this step's when it rose during the step (else an earlier step's would show).
    reaped_max = after.ru_maxrss / 1024 if after.ru_maxrss > before.ru_maxrss else 0.0
    result = StepResult(
        name=name,
        wall_s=round(wall, 2),
        cpu_s=round(cpu, 2),
        exit_code=proc.returncode,
        max_rss_mib=round(max([p.peak_rss_mib for p in peaks] + [reaped_max if peaks else 0.0]), 1),
        peak_tree_rss_mib=monitor.peak_tree,
        processes=[p for p in peaks if p.peak_rss_mib >= 20],
        stdout_tail="\n".join(out.strip().splitlines()[-25:]),
        steal_pct=steal,
        load_avg=(round(load_start, 2), round(os.getloadavg()[0], 2)),
        roles=roles,
    )
    if proc.returncode != 0:
        print(f"[{name}] exited {proc.returncode}:\n{out[-4000:]}", file=sys.stderr)
    return result


def machine() -> dict[str, Any]:
    model = ""
    with open("/proc/cpuinfo") as fh:
        for line in fh:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return {
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)),
        "ram_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "cpu_model": model or platform.processor(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_avg_at_start": [round(x, 2) for x in os.getloadavg()],
    }


DUMPS_PER_DAY = 300
# Publication dates run from 2022-01-01, one day per DUMPS_PER_DAY dumps: at 1,000,000 dumps that
# reaches 2031 and the gate rejects future dates (a 1M first load measured 37 % rejected). Past
# this many days the corpus packs more dumps into a day instead, so every date is in the past.
MAX_CORPUS_DAYS = 1_400


def corpus_per_day(dumps: int) -> int:
    """Dumps a day for a corpus of this size: 300, more when 300 a day would reach future dates."""
    return max(DUMPS_PER_DAY, -(-dumps // MAX_CORPUS_DAYS))


def corpus_for(out: Path, dumps: int, seed: int, bad_share: float) -> tuple[Path, dict[str, Any]]:
    """The corpus folder, generated once per (dumps, seed, bad share) and reused (deleting 300k files is slow)."""
    per_day = corpus_per_day(dumps)
    folder = out / f"corpus-{dumps}-s{seed}-b{bad_share:g}{'' if per_day == DUMPS_PER_DAY else f'-d{per_day}'}"
    stats_file = folder.parent / f"{folder.name}.json"
    if stats_file.exists() and folder.exists():
        stats: dict[str, Any] = json.loads(stats_file.read_text())
        stats["reused"] = True
        return folder, stats
    if folder.exists():
        shutil.rmtree(folder)
    stats = generate(folder, dumps, seed=seed, bad_share=bad_share, per_day=per_day).as_dict()
    stats_file.write_text(json.dumps(stats, indent=2))
    stats["reused"] = False
    return folder, stats


def _env(out: Path, batch_size: int | None = None) -> dict[str, str]:
    env = dict(os.environ)
    if batch_size:
        env["NEWSETL_BATCH_SIZE"] = str(batch_size)
    env.update(
        {
            "PREFECT_HOME": str(out / "prefect-home"),
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "DO_NOT_TRACK": "1",
            "PREFECT_LOGGING_LEVEL": "WARNING",
            # Oversize bad dumps of the corpus are 96 KiB, not 10 MiB: the limit is lowered to match.
            "NEWSETL_MAX_DUMP_BYTES": str(BENCH_MAX_DUMP_BYTES),
        }
    )
    return env


def _newsetl(raw: Path, work: Path, extra: list[str]) -> list[str]:
    return [
        sys.executable,
        "-m",
        "flows.cli",
        "run",
        "--raw",
        str(raw),
        "--catalog",
        str(work / "lake.sqlite"),
        "--data-path",
        str(work / "curated"),
        *extra,
    ]


def _counts(work: Path) -> dict[str, int]:
    import contextlib

    from flows import lake

    location = lake.LakeLocation(f"sqlite:{work / 'lake.sqlite'}", str(work / "curated"))
    with contextlib.closing(lake.connect(location, read_only=True)) as con:
        return {
            t: int(con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0])
            for t in ("article", "caption", "related_headline", "quarantine")
        }


def _fresh(folder: Path) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    return folder


def _save(args: argparse.Namespace, results: dict[str, Any]) -> None:
    """Written after every step, so a long run that is cut short still leaves its numbers."""
    text = json.dumps(results, indent=2)
    (args.out / "results.json").write_text(text)
    label = _runner_label(args).replace(" ", "").replace("-", "") or "default"
    label += "-noop" if getattr(args, "noop_only", False) else ""  # keeps the full load's file
    (args.out / f"results-{args.dumps}-{label}.json").write_text(text)


def bench(args: argparse.Namespace) -> dict[str, Any]:
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    env = _env(out, args.batch_size)
    results: dict[str, Any] = {
        "machine": machine(),
        "dumps": args.dumps,
        "runner": _runner_label(args),
        "batch_size": args.batch_size or "default",
    }
    raw, stats = corpus_for(out, args.dumps, args.seed, args.bad_share)
    results["corpus"] = stats
    mb = stats["total_bytes"] / 1e6
    print(f"corpus: {args.dumps} dumps, {mb:.0f} MB, {stats['seconds']:.1f}s{' (reused)' if stats['reused'] else ''}")

    results["steps"] = {}

    def record(step: StepResult) -> StepResult:
        rate = args.dumps / step.wall_s if step.name in ("baseline", "full-load") and step.wall_s else None
        results["steps"][step.name] = {
            **asdict(step),
            "dumps_per_s": round(rate, 1) if rate else None,
            "mb_per_s": round(mb / step.wall_s, 2) if rate else None,
        }
        _save(args, results)
        return step

    if not args.skip_baseline:
        base_out = _fresh(out / "baseline-parquet")
        cmd = [sys.executable, "-m", "bench.baseline", str(raw), str(base_out)]
        step = run_step("baseline", [*cmd, "--max-dump-bytes", str(BENCH_MAX_DUMP_BYTES)], env)
        results["baseline_detail"] = json.loads(step.stdout_tail.splitlines()[-1]) if step.exit_code == 0 else None
        record(step)
        shutil.rmtree(base_out, ignore_errors=True)

    extra = _runner_args(args)
    empty = _fresh(out / "empty-raw")
    startup = record(run_step("prefect-startup", _newsetl(empty, _fresh(out / "startup"), extra), env))
    work = out / "pipeline"
    if args.noop_only:
        # The lake of the last full load of this size: time the no-op again (a quieter hour, a new listing).
        if not (work / "lake.sqlite").exists():
            raise SystemExit(f"--noop-only: no lake at {work}: run the full bench first")
        noop = record(run_step("noop-rerun", _newsetl(raw, work, extra), env))
        results["noop_minus_startup_s"] = round(noop.wall_s - startup.wall_s, 2)
        _save(args, results)
        return results
    work = _fresh(work)
    full = record(run_step("full-load", _newsetl(raw, work, extra), env))
    if "baseline" in results["steps"] and full.exit_code == 0:
        results["full_load_over_baseline"] = round(full.wall_s / results["steps"]["baseline"]["wall_s"], 3)
        results["full_load_cpu_over_baseline_cpu"] = round(full.cpu_s / results["steps"]["baseline"]["cpu_s"], 3)
    noop = record(run_step("noop-rerun", _newsetl(raw, work, extra), env))
    results["noop_minus_startup_s"] = round(noop.wall_s - startup.wall_s, 2)
    if noop.exit_code == 0:
        results["warehouse_counts"] = _counts(work)
    _save(args, results)
    return results


def _runner_args(args: argparse.Namespace) -> list[str]:
    if args.dask_address:
        return ["--dask-address", args.dask_address]
    if args.workers:
        return ["--workers", str(args.workers)]
    return []


def _runner_label(args: argparse.Namespace) -> str:
    return " ".join(_runner_args(args)) or "default"


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def print_table(results: dict[str, Any]) -> None:
    m = results["machine"]
    print(f"\nmachine: {m['usable_cores']} cores ({m['cpu_model']}), {m['ram_gib']} GiB, Python {m['python']}")
    print(f"dumps: {results['dumps']}   runner: {results['runner']}   load at start: {m['load_avg_at_start']}")
    header = (
        f"{'step':<16}{'wall s':>9}{'cpu s':>9}{'dumps/s':>10}{'MB/s':>8}{'max RSS MiB':>13}{'tree RSS MiB':>14}"
        f"{'steal %':>9}  exit"
    )
    print(header)
    print("-" * len(header))
    for name, s in results["steps"].items():
        rate = f"{s['dumps_per_s']:.0f}" if s["dumps_per_s"] else "-"
        mbs = f"{s['mb_per_s']:.1f}" if s["mb_per_s"] else "-"
        print(
            f"{name:<16}{s['wall_s']:>9.1f}{s['cpu_s']:>9.1f}{rate:>10}{mbs:>8}"
            f"{s['max_rss_mib']:>13.0f}{s['peak_tree_rss_mib']:>14.0f}"
            f"{_pct(s.get('steal_pct')):>9}  {s['exit_code']}"
        )
    if "full_load_over_baseline" in results:
        print(f"full load / baseline wall time: {results['full_load_over_baseline']:.2f}", end="")
        print(f"   CPU time: {results['full_load_cpu_over_baseline_cpu']:.2f}")
    print(f"no-op rerun minus an empty run (Prefect start-up): {results['noop_minus_startup_s']:.1f}s")
    print("peak RSS per role, MiB (main: the step's process, for a run the flow process; worker: pool workers):")
    for name, s in results["steps"].items():
        roles = s.get("roles") or {}
        load = s.get("load_avg")
        shown = ", ".join(f"{role}={mib:.0f}" for role, mib in roles.items() if role != "gone")
        print(f"  {name:<16}{shown}   load {load[0]:.1f}->{load[1]:.1f}" if load else f"  {name:<16}{shown}")


def profile(args: argparse.Namespace) -> None:
    """cProfile of (a) the flow's main thread over a full load, (b) process_batch over every batch, serially."""
    out: Path = args.out
    os.environ.update(_env(out, args.batch_size))
    raw, _ = corpus_for(out, args.dumps, args.seed, args.bad_share)
    from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

    from flows.ingest import ingest_article_dumps

    work = _fresh(out / "profile")
    # One worker thread: the main thread (listing, planning, publishing) is what cProfile sees.
    runner: TaskRunner[Any] = ThreadPoolTaskRunner(max_workers=1)
    flow = ingest_article_dumps.with_options(task_runner=runner)
    prof = cProfile.Profile()
    clock = time.perf_counter()
    prof.runcall(flow, str(raw), str(work / "lake.sqlite"), str(work / "curated"), False, False)
    print(f"flow (main thread profiled, batches in one worker thread): {time.perf_counter() - clock:.1f}s")
    prof.dump_stats(out / "profile-flow.prof")
    pstats.Stats(prof).sort_stats("cumulative").print_stats(30)

    batch_prof = _profile_batches(raw, _fresh(out / "profile-batches"))
    batch_prof.dump_stats(out / "profile-batches.prof")
    pstats.Stats(batch_prof).sort_stats("tottime").print_stats(30)
    pstats.Stats(batch_prof).sort_stats("cumulative").print_stats(30)


def _profile_batches(raw: Path, work: Path) -> cProfile.Profile:
    from datetime import UTC, date, datetime

    from flows import discovery
    from flows.tasks import BatchJob, process_batch
    from transforms.plan import plan_run
    from transforms.tables import RunContext

    plan = plan_run(discovery.raw_files(discovery.list_raw_files(str(raw))), [])
    run = RunContext("profile", datetime.now(UTC))
    jobs = [BatchJob(n, p, h, {}) for n, (p, h) in enumerate(plan.batches(2000), start=1)]
    prof = cProfile.Profile()
    clock = time.perf_counter()
    for job in jobs:
        prof.runcall(
            process_batch,
            job,
            raw_dir=str(raw),
            staging_root=work,
            quarantine_dir=work / "quarantine",
            run=run,
            max_dump_bytes=BENCH_MAX_DUMP_BYTES,
            today=date.today(),
        )
    print(f"process_batch over {len(jobs)} batches, one process: {time.perf_counter() - clock:.1f}s")
    return prof


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--dumps", type=int, default=300_000, help="corpus size (quick mode: --dumps 20000)")
    parser.add_argument("--bad-share", type=float, default=0.02, help="share of bad files (empty, binary, ...)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--workers", type=int, help="pass --workers N to newsetl run (Dask LocalCluster)")
    parser.add_argument("--dask-address", help="pass --dask-address to newsetl run")
    parser.add_argument("--batch-size", type=int, help="NEWSETL_BATCH_SIZE for the runs (default: the setting's)")
    parser.add_argument("--skip-baseline", action="store_true", help="reuse nothing, just skip the baseline step")
    parser.add_argument("--profile", action="store_true", help="profile instead of benchmarking")
    parser.add_argument(
        "--noop-only", action="store_true", help="empty run + no-op rerun on the lake left by the last full load"
    )
    args = parser.parse_args(argv)
    if args.profile:
        profile(args)
        return 0
    results = bench(args)
    print_table(results)
    print(f"\nwrote {args.out / 'results.json'}")
    failed = [name for name, s in results["steps"].items() if s["exit_code"] != 0]
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
