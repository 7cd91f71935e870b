"""parse_dump's speed in one process: microseconds per dump on the synthetic bench corpus and on real pages.

`make bench` prints it (targets: <= 100 us a dump on the bench corpus, <= 150 us on real pages);
`python -m bench.parse_speed --dumps 5000` alone. Dumps are read into memory first, so only parsing
is timed; each set is parsed `--rounds` times and the fastest round counts (these machines are noisy).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench.corpus import generate
from bench.evaluate import corpus_cases, corpus_root
from transforms.parse import clear_caches, parse_dump


def us_per_dump(dumps: Sequence[bytes], rounds: int) -> float:
    """The fastest of `rounds` passes over `dumps`, in microseconds per dump.

    Every pass starts with the parser's caches empty: repeating a small set must not turn into
    timing cache hits (within a pass, answers kept from earlier dumps count, as in a worker's batch).
    """
    best = float("inf")
    for _ in range(rounds):
        clear_caches()
        clock = time.perf_counter()
        for data in dumps:
            parse_dump(data)
        best = min(best, time.perf_counter() - clock)
    return best / len(dumps) * 1e6 if dumps else 0.0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.parse_speed", description=__doc__.splitlines()[0])
    parser.add_argument("--dumps", type=int, default=5_000, help="synthetic dumps to parse")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--corpus", help="shared corpus folder (default ../shared/corpus or NEWSETL_CORPUS)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newsetl-parse-") as tmp:
        stats = generate(Path(tmp), args.dumps, bad_share=0.0, keep_paths=True, jobs=1)
        synthetic = [(Path(tmp) / p).read_bytes() for p in stats.files]
    print(f"parse_dump  bench corpus  {len(synthetic):>6} dumps  {us_per_dump(synthetic, args.rounds):7.1f} us/dump")
    real = [case.dump.read_bytes() for case in corpus_cases(corpus_root(args.corpus))]
    if real:
        print(f"parse_dump  real pages    {len(real):>6} dumps  {us_per_dump(real, args.rounds * 10):7.1f} us/dump")
    else:
        print("parse_dump  real pages: no shared corpus found, skipped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
