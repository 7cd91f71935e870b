"""The bare single-process floor: list + read + parse + Arrow tables + Parquet, no Prefect, no validation.

It does what the pipeline cannot skip (every dump read, parsed, turned into the three tables and
written as zstd Parquet, one file per table per batch) and nothing else, in one process, so the
pipeline's wall time can be judged against it on the same machine in the same run.

Usage: python -m bench.baseline RAW_DIR OUT_DIR [--batch-size 2000] [--max-dump-bytes N]
(prints one JSON object: seconds, dumps, bytes, articles, ...)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import sys
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyarrow.parquet as pq

from flows.discovery import list_raw_files, raw_files
from transforms.decode import DEFAULT_MAX_BYTES
from transforms.parse import parse_dump
from transforms.records import ParseOutcome
from transforms.tables import RunContext, SourceDump, batch_tables


@dataclass(frozen=True)
class BaselineResult:
    """What the bare loop did and how long it took."""

    seconds: float
    dumps: int
    bytes: int
    articles: int
    captions: int
    related_headlines: int
    quarantined: int
    max_rss_mib: float  # this process's peak resident set (getrusage)


def run_baseline(
    raw_dir: Path, out_dir: Path, *, batch_size: int = 2000, max_dump_bytes: int = DEFAULT_MAX_BYTES
) -> BaselineResult:
    """Parse every dump under raw_dir into Parquet files under out_dir, in one process."""
    clock = time.perf_counter()
    run = RunContext("baseline", datetime.now(UTC))
    files = sorted(raw_files(list_raw_files(str(raw_dir))), key=lambda f: f.source_file)
    out_dir.mkdir(parents=True, exist_ok=True)
    total_bytes = articles = captions = related = quarantined = 0
    for n, start in enumerate(range(0, len(files), batch_size)):
        outcomes: list[tuple[SourceDump, ParseOutcome, str | None]] = []
        for f in files[start : start + batch_size]:
            data = (raw_dir / f.source_file).read_bytes()
            total_bytes += len(data)
            # The article row needs the dump's sha256; it costs ~1% of the parse.
            outcomes.append(
                (SourceDump(f.source_file, hashlib.sha256(data).hexdigest()), parse_dump(data, max_dump_bytes), None)
            )
        tables = batch_tables(outcomes, run)
        for name, table in tables.curated().items():
            if table.num_rows:
                pq.write_table(table, out_dir / f"{name}-{n:06d}.parquet", compression="zstd")
        articles += tables.article.num_rows
        captions += tables.caption.num_rows
        related += tables.related_headline.num_rows
        quarantined += tables.quarantine.num_rows
    return BaselineResult(
        seconds=round(time.perf_counter() - clock, 3),
        dumps=len(files),
        bytes=total_bytes,
        articles=articles,
        captions=captions,
        related_headlines=related,
        quarantined=quarantined,
        max_rss_mib=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.baseline", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("raw", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--batch-size", type=int, default=2000)
    parser.add_argument("--max-dump-bytes", type=int, default=DEFAULT_MAX_BYTES)
    args = parser.parse_args(argv)
    result = run_baseline(args.raw, args.out, batch_size=args.batch_size, max_dump_bytes=args.max_dump_bytes)
    print(json.dumps(asdict(result)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
