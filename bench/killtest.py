"""Crash test: SIGKILL `newsetl run` at random moments; the lake must always show one consistent snapshot.

    python -m bench.killtest --kills 20 --dumps 3000

Each round starts a run on a growing raw folder and kills its whole process group at a random
moment after its work started (a batch is staged), before it exits; meanwhile a reader stays
attached to the lake read-only and keeps querying. The report counts the kills that landed
mid-run (the process was still running when killed). At the end one run is let finish and its
tables are compared with those of a single clean run over the same raw folder; then `newsetl
maintain --retention-h 0` removes what killed runs left, and every data file on disk is one the
catalog references.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from flows import lake

CASES = Path(__file__).resolve().parents[1] / "tests" / "cases" / "dev"
CONSISTENCY_SQL = """
SELECT
  (SELECT count(*) FROM article),
  (SELECT count(*) - count(DISTINCT article_id) FROM article),
  (SELECT count(*) FROM caption c ANTI JOIN article a USING (article_id)),
  (SELECT count(*) FROM related_headline r ANTI JOIN article a USING (article_id))
"""
TABLES_SQL = {
    "article": "SELECT * EXCLUDE (run_id, ingested_at) FROM article ORDER BY article_id",
    "caption": "SELECT * FROM caption ORDER BY article_id, position",
    "related_headline": "SELECT * FROM related_headline ORDER BY article_id, list, position",
}


def write_corpus(raw: Path, start: int, count: int, seed: int) -> None:
    """`count` dumps made from the real dev dumps, each a distinct article (name, title and date)."""
    rng = random.Random(seed + start)
    templates = [p.read_text(encoding="utf-8") for p in sorted(CASES.glob("*.txt"))]
    for i in range(start, start + count):
        text = templates[i % len(templates)]
        lines = text.split("\n")
        if lines and not lines[0].startswith(("KUALA", '"')):
            lines[0] = f"{lines[0]} (item {i})"
        text = "\n".join(lines).replace("19 Feb 2025", f"{rng.randint(1, 28)} Feb 2025")
        folder = raw / f"batch-{i // 500:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{i:06d}_dump.txt").write_text(text, encoding="utf-8")


@dataclass
class Reader:
    """Stays attached to the lake read-only and queries it in a loop; records answers and inconsistencies."""

    location: lake.LakeLocation
    answers: int = 0
    busy: int = 0
    problems: list[str] = field(default_factory=list)
    article_counts: set[int] = field(default_factory=set)
    stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        con = lake.connect(self.location, read_only=True)
        try:
            while not self.stop.is_set():
                try:
                    row = con.execute(CONSISTENCY_SQL).fetchone()
                    assert row is not None
                    articles, dups, orphan_captions, orphan_related = row
                    self.answers += 1
                    self.article_counts.add(int(articles))
                    if dups or orphan_captions or orphan_related:
                        self.problems.append(
                            f"inconsistent: {articles} articles, {dups} duplicate ids, "
                            f"{orphan_captions} orphan captions, {orphan_related} orphan related"
                        )
                except duckdb.Error as exc:
                    if "locked" in str(exc).lower():
                        self.busy += 1  # the catalog was busy for a moment: no answer, not a wrong one
                    else:
                        self.problems.append(f"error: {exc}")
                time.sleep(0.05)
        finally:
            con.close()


def _wait_for_work(proc: subprocess.Popen[bytes], staging: Path) -> float:
    """Block until the run is past start-up (a batch is staged); returns the monotonic time then."""
    deadline = time.monotonic() + 300
    while not (staging.exists() and any(staging.iterdir())) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    return time.monotonic()


def _run(raw: Path, data: Path, env: dict[str, str], kill_after: float | None) -> tuple[int | None, float]:
    """Run `newsetl run`; with kill_after, SIGKILL its process group that long after work starts.

    Returns (exit code or None when killed, seconds from first staged batch to exit).
    """
    cmd = [
        sys.executable, "-m", "flows.cli", "run",
        "--raw", str(raw), "--catalog", str(data / "lake.sqlite"), "--data-path", str(data / "curated"),
    ]  # fmt: skip
    proc = subprocess.Popen(cmd, env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    staging = data / "staging"
    if kill_after is None:
        started = _wait_for_work(proc, staging)
        _, err = proc.communicate(timeout=900)
        if proc.returncode:
            print(err.decode(errors="replace")[-2000:], file=sys.stderr)
        return proc.returncode, time.monotonic() - started
    started = _wait_for_work(proc, staging)
    while proc.poll() is None and time.monotonic() < started + kill_after:
        time.sleep(0.01)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        return None, time.monotonic() - started
    return proc.returncode, time.monotonic() - started


def location(data: Path) -> lake.LakeLocation:
    return lake.LakeLocation(f"sqlite:{data / 'lake.sqlite'}", str(data / "curated"))


def tables(data: Path) -> dict[str, list[tuple[object, ...]]]:
    con = lake.connect(location(data), read_only=True)
    try:
        return {name: con.execute(sql).fetchall() for name, sql in TABLES_SQL.items()}
    finally:
        con.close()


def unreferenced_files(data: Path) -> tuple[int, int]:
    """(Parquet files on disk, of those the ones no table of the lake references)."""
    con = lake.connect(location(data), read_only=True)
    try:
        names = [
            r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() WHERE database_name = 'lake'").fetchall()
        ]
        referenced: set[str] = set()
        for name in names:
            # Data files and the delete files (positional deletes) of a table are both referenced.
            rows = con.execute(f"SELECT data_file, delete_file FROM ducklake_list_files('lake', '{name}')").fetchall()
            referenced |= {str(Path(f).resolve()) for r in rows for f in r if f}
    finally:
        con.close()
    on_disk = {str(p.resolve()) for p in (data / "curated").rglob("*.parquet")}
    return len(on_disk), len(on_disk - referenced)


def killtest(workdir: Path, kills: int, dumps: int, seed: int = 7, max_delay_s: float = 2.0) -> dict[str, object]:
    """Run the crash test in workdir; returns a report (raises AssertionError on a failure)."""
    rng = random.Random(seed)
    raw, data, clean = workdir / "raw", workdir / "data", workdir / "clean"
    env = {
        **os.environ,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_HOME": os.environ.get("PREFECT_HOME", str(workdir / "prefect")),
        "PREFECT_LOGGING_LEVEL": "ERROR",
        "PYTHONPATH": str(Path(__file__).resolve().parents[1]),
    }
    per_round = max(dumps // (kills + 1), 1)
    write_corpus(raw, 0, per_round, seed)
    code, first_worked = _run(raw, data, env, None)
    assert code == 0, "the first run must complete"
    reader = Reader(location(data))
    thread = threading.Thread(target=reader.run, daemon=True)
    thread.start()
    delays: list[float] = []
    killed = 0
    # Aim inside the work phase: a run works about as long as the first one did (min max_delay_s).
    window = max(min(first_worked, max_delay_s * 4), 0.2) * 0.8
    try:
        for k in range(kills):
            write_corpus(raw, per_round * (k + 1), per_round, seed)
            delay = rng.uniform(0, window)
            delays.append(round(delay, 2))
            code, _ = _run(raw, data, env, delay)
            if code is None:
                killed += 1  # still running when the SIGKILL landed: a kill mid-run
        final_code, _ = _run(raw, data, env, None)
        assert final_code == 0, "the run after the kills must complete"
        time.sleep(0.3)  # one more reader answer on the final state
    finally:
        reader.stop.set()
        thread.join(timeout=10)
    assert not reader.problems, reader.problems[:5]
    assert _run(raw, clean, env, None)[0] == 0
    final, reference = tables(data), tables(clean)
    assert final == reference, "tables after the kills differ from one clean run"
    files_before, orphans_before = unreferenced_files(data)
    maintained = subprocess.run(
        [sys.executable, "-m", "flows.cli", "maintain", "--retention-h", "0",
         "--catalog", str(data / "lake.sqlite"), "--data-path", str(data / "curated")],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert maintained.returncode == 0, maintained.stderr[-2000:]
    files_after, orphans_after = unreferenced_files(data)
    assert orphans_after == 0, f"{orphans_after} data files no table references after maintain"
    assert tables(data) == reference, "maintain changed the tables"
    return {
        "kills": kills,
        "dumps": len(list(raw.rglob("*.txt"))),
        "kill_window_s": round(window, 2),
        "kill_delays_s": delays,
        "killed_mid_run": killed,
        "finished_before_the_kill": kills - killed,
        "reader_answers": reader.answers,
        "reader_busy": reader.busy,
        "reader_article_counts": sorted(reader.article_counts),
        "articles": len(final["article"]),
        "data_files_before_maintain": files_before,
        "unreferenced_before_maintain": orphans_before,
        "data_files_after_maintain": files_after,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--dumps", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workdir", type=Path, help="keep the data here (default: a temporary folder)")
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="newsetl-killtest-"))
    try:
        report = killtest(workdir, args.kills, args.dumps, args.seed)
        print(json.dumps(report, indent=2))
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
