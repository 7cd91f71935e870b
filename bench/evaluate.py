"""The parser's scoreboard on real pages: field agreement, outcome accuracy and body token F1 per site.

`make eval` (or `python -m bench.evaluate`) reads the shared corpus in place (`../shared/corpus`
beside the project, or `--corpus DIR` / `NEWSETL_CORPUS`): its `dev/` and `real/` folders hold real
dumps with human truth files. Nothing of it is copied into the project. `--cases` adds the
project's own golden cases as a separate set. The parser learns nothing from data (rules only), so
no page's text is in the code. Its one piece of site knowledge is data, the table of site names
printed as mastheads (transforms.head.SITE_NAMES): `--loso` scores each site with its own names
taken out of that table (leave-one-site-out), which is how the parser meets a site it never saw.
Last, the robustness probes of bench.probes: the same pages varied as other scrapes save them.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from transforms import head
from transforms.parse import clear_caches, parse_dump
from transforms.truth import SCORE_HEADER, Score, truth_view

PROJECT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = PROJECT.parent / "shared" / "corpus"
CORPUS_SETS = ("dev", "real")
CASES_DIR = PROJECT / "tests" / "cases"


def corpus_root(explicit: str | None = None) -> Path:
    """Where the shared corpus is: --corpus, then NEWSETL_CORPUS, then ../shared/corpus."""
    return Path(explicit or os.environ.get("NEWSETL_CORPUS") or DEFAULT_CORPUS)


@dataclass(frozen=True)
class TruthCase:
    """One real dump and the human reading of it."""

    set_name: str
    site: str
    dump: Path
    truth: dict[str, Any]


def site_of(file_name: str) -> str:
    """The site a corpus file comes from: its name's prefix ('star_nation_...' -> 'star')."""
    prefix = file_name.split("_", 1)[0]
    return "reference" if prefix.isdigit() else prefix


def truth_cases(folder: Path, set_name: str) -> Iterator[TruthCase]:
    """Every dump in `folder` with a `<dump>.truth.json` beside it, in name order."""
    for truth_file in sorted(folder.rglob("*.truth.json")):
        dump = truth_file.with_name(truth_file.name[: -len(".truth.json")])
        if dump.is_file():
            truth = json.loads(truth_file.read_text(encoding="utf-8"))
            yield TruthCase(set_name, site_of(dump.name), dump, truth)


def corpus_cases(root: Path, sets: Sequence[str] = CORPUS_SETS) -> list[TruthCase]:
    """The shared corpus's cases (empty when it is absent)."""
    return [case for name in sets if (root / name).is_dir() for case in truth_cases(root / name, name)]


@dataclass
class Scoreboard:
    """Scores overall, per set and per site, and each dump's mismatched fields."""

    overall: Score
    by_set: dict[str, Score]
    by_site: dict[str, Score]
    mismatches: dict[str, dict[str, tuple[Any, Any]]]


def score(cases: Sequence[TruthCase]) -> Scoreboard:
    """Parse every case and score it against its truth."""
    board = Scoreboard(Score(), {}, {}, {})
    for case in cases:
        got = truth_view(parse_dump(case.dump.read_bytes()))
        wrong = board.overall.add(case.truth, got)
        board.by_set.setdefault(case.set_name, Score()).add(case.truth, got)
        board.by_site.setdefault(case.site, Score()).add(case.truth, got)
        if wrong:
            board.mismatches[f"{case.set_name}/{case.dump.name}"] = wrong
    return board


def _compact(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def site_names_without(site: str) -> frozenset[str]:
    """The masthead table less the names of one site ('borneopost' takes out 'the borneo post')."""
    own = _compact(site)
    return frozenset(name for name in head.SITE_NAMES if own not in _compact(name) and _compact(name) != own)


def score_leave_one_site_out(cases: Sequence[TruthCase]) -> Scoreboard:
    """Score each site's pages with the site's own entries removed from the parser's site table."""
    board = Scoreboard(Score(), {}, {}, {})
    full = head.SITE_NAMES
    try:
        for site in sorted({c.site for c in cases}):
            head.SITE_NAMES = site_names_without(site)
            clear_caches()  # kept answers depend on the table
            _merge(board, score([c for c in cases if c.site == site]))
    finally:
        head.SITE_NAMES = full
        clear_caches()
    return board


def _merge(into: Scoreboard, part: Scoreboard) -> None:
    into.overall.merge(part.overall)
    for name, s in part.by_set.items():
        into.by_set.setdefault(name, Score()).merge(s)
    for name, s in part.by_site.items():
        into.by_site.setdefault(name, Score()).merge(s)
    into.mismatches.update(part.mismatches)


def report(board: Scoreboard, *, details: bool) -> list[str]:
    lines = [SCORE_HEADER, board.overall.line("all")]
    lines += [s.line(f"set {name}") for name, s in sorted(board.by_set.items())]
    lines.append("")
    lines.append(SCORE_HEADER.replace("set ", "site", 1))
    lines += [s.line(name) for name, s in sorted(board.by_site.items(), key=lambda kv: (-kv[1].files, kv[0]))]
    if board.mismatches:
        lines.append("")
        lines.append(f"{len(board.mismatches)} dump(s) with a field the parser got wrong:")
        for name, wrong in sorted(board.mismatches.items()):
            lines.append(f"  {name}: {', '.join(wrong)}")
            if details:
                for field, (want, have) in wrong.items():
                    lines.append(f"      {field}: want {json.dumps(want, ensure_ascii=False)[:400]}")
                    lines.append(f"      {' ' * len(field)}  got  {json.dumps(have, ensure_ascii=False)[:400]}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", help="shared corpus folder (default ../shared/corpus or NEWSETL_CORPUS)")
    parser.add_argument("--cases", action="store_true", help="also score the project's own golden cases")
    parser.add_argument("--details", action="store_true", help="print expected and parsed values of each mismatch")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--loso", action="store_true", help="leave-one-site-out: each site scored without its own site-table entries"
    )
    args = parser.parse_args(argv)
    root = corpus_root(args.corpus)
    cases = corpus_cases(root)
    if not cases:
        print(f"no shared corpus at {root} (expected dev/ and real/ with *.truth.json): nothing to score",
              file=sys.stderr)  # fmt: skip
        return 2
    if args.cases:
        cases += list(truth_cases(CASES_DIR, "cases"))
    board = score_leave_one_site_out(cases) if args.loso else score(cases)
    if args.json:
        figures = {
            name: {"dumps": s.files, "fields": s.field_agreement, "outcome": s.outcome_accuracy, "body_f1": s.body_f1}
            for name, s in [("all", board.overall), *board.by_set.items(), *board.by_site.items()]
        }
        print(json.dumps(figures, indent=1))
    else:
        print("\n".join(report(board, details=args.details)))
        if not args.loso:
            loso = score_leave_one_site_out(cases).overall
            print("\n" + loso.line("leave-one-site-out"))
            from bench.probes import probe  # the probes build on this module's cases

            print(probe(cases).line() + "  (python -m bench.probes --show lists the misses)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
