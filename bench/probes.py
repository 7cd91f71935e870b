"""Robustness probes: mechanical variations of real pages whose right outcome follows from their truth.

A scoreboard scores the pages as scraped; the probes ask whether the article-or-quarantine decision
and the headline hold when the same page arrives in a shape other scrapes take. Each variation is
derived from a page's dump and its human truth, so the expected answer needs no new annotation:

- headless: the dump from its first body paragraph on (headline, bullets and captions cut away).
  A dump whose first line is already body has no headline: quarantine.
- chrome: the page-top lines that another site's page prints above its headline, put in front of
  this page (a dump that opens with a date prefix keeps it first, as scrapers write it): the same
  headline, an article.
- cut: the dump stopped 40 characters into its third body paragraph (a scrape cut short): the same
  headline, an article.
- oneline: blank lines dropped and CRLF line ends (one paragraph per line): the same headline.
- capfirst: the headless dump with one of the page's own photo captions on top (its line as the page
  printed it, credit and all, or the truth's caption and credit): a caption over a lead is no
  headline, so quarantine.
- bylinefirst: the headless dump with a byline built from the truth's reporters on top ("By A and B"
  on every other page, the first name alone on the rest): quarantine.
- captop: the full dump with one of its captions put right above its headline line: the same
  headline, an article (the other side of capfirst: a caption-shaped line is not refused as such).
- stackfirst: the headless dump under the page's own page-top chrome (its menu, section label, date
  lines, as a scrape that lost only the headline keeps them): no headline under the chrome, quarantine.
- datefirst: the headless dump under a date line as pages print them over a story ("Thursday,
  7 March 2024", "Updated: Mar 7, 2024 10:32 AM"): a date is no headline, quarantine.
- upperhead: the full dump with its headline line printed in capitals (several sites do): the same
  headline, as printed, an article.
- short: the dump stopped after its first body paragraph (a one-paragraph story), where that paragraph
  is a finished sentence of some length: the same headline, an article.

The pages are read in place from the shared corpus like the scoreboard's; nothing of them is kept.
Not every failure is a parser error (the chrome of another page may itself hold a headline-like line,
a headless page may open with a one-line standfirst that reads as a headline): the figures are a
ratchet, and the failures listed by `make eval` are leads, judged by a person.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.evaluate import CASES_DIR, TruthCase, corpus_cases, corpus_root, truth_cases
from transforms.parse import parse_dump
from transforms.records import ParsedArticle

PROBES = (
    "headless",
    "chrome",
    "cut",
    "oneline",
    "capfirst",
    "bylinefirst",
    "captop",
    "stackfirst",
    "datefirst",
    "upperhead",
    "short",
)
# A scraper's date prefix (" date 2024-03-07 ") opens a dump; chrome holding one is not page-top chrome.
_DATE_PREFIX = re.compile(r"^\s*date \d{4}-\d\d-\d\d")
_CUT_INTO = 40  # characters of the second paragraph kept by a cut scrape
_CREDIT_MAX = 80  # a caption's line holds its text and at most a credit of this length
_CAPTION_MIN = 40  # a shorter caption slot ("File photo", a name alone) tells nothing of a caption's shape
_TITLE_OPENING = 16  # characters of a headline that name it in a line of chrome (a tab's title, a cut copy)
_SHORT_MIN = 80  # a one-paragraph story's paragraph is a sentence of at least this length
# Date lines as pages print them over a story, filled in turn with a date drawn from the page's place.
_DATE_LINES = ("{weekday}, {day} {month} {year}", "Updated: {mon} {day}, {year} 10:32 AM", "{month} {day}, {year}")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")


@dataclass(frozen=True)
class Variation:
    """One probe of one page: the varied dump and the outcome a careful reader gives it."""

    probe: str
    page: str
    text: str
    want: tuple[str, str | None]  # ("ok", headline) or ("quarantine", None)


@dataclass
class ProbeBoard:
    """Right answers per probe, and the variations the parser got wrong with what it said."""

    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(PROBES, 0))
    total: dict[str, int] = field(default_factory=lambda: dict.fromkeys(PROBES, 0))
    wrong: list[tuple[Variation, tuple[str, str | None]]] = field(default_factory=list)

    def line(self) -> str:
        return "probes: " + ", ".join(f"{p} {self.right[p]}/{self.total[p]}" for p in PROBES)


def page_top_chrome(dump: str, title: str) -> str | None:
    """The lines a page prints above its headline line, or None where there are none (or a date prefix)."""
    lines = dump.splitlines()
    at = next((i for i, line in enumerate(lines) if line.strip() == title), None)
    if not at:
        return None
    top = "\n".join(lines[:at]).strip("\n")
    if not top.strip() or any(_DATE_PREFIX.match(line) for line in lines[:at]):
        return None
    return top


def headless(dump: str, truth: dict[str, Any]) -> str | None:
    """The dump from its first body paragraph on, where that paragraph sits under the headline."""
    title_at = dump.find(truth["title"])
    first_at = dump.find(truth["body_paragraphs"][0], title_at + len(truth["title"]))
    return dump[first_at:] if title_at >= 0 and first_at > title_at else None


def with_chrome(dump: str, chrome: str) -> str | None:
    """Another page's page-top chrome put in front of this dump (None for a dump opening with a date prefix)."""
    return None if _DATE_PREFIX.match(dump) else f"{chrome}\n\n{dump}"


def cut_short(dump: str, truth: dict[str, Any]) -> str | None:
    """The dump stopped a few words into its third body paragraph (pages with four or more)."""
    paragraphs = truth["body_paragraphs"]
    if len(paragraphs) < 4:
        return None
    at = -1
    for paragraph in paragraphs[:3]:
        at = dump.find(paragraph, at + 1)
        if at < 0:
            return None
    return dump[: at + _CUT_INTO]


def one_line_each(dump: str) -> str:
    """The dump with its blank lines dropped and CRLF line ends."""
    return "\r\n".join(line for line in dump.splitlines() if line.strip())


def caption_line(dump: str, truth: dict[str, Any]) -> str | None:
    """The page's first caption of a sentence's length as the page printed it: the dump's line holding
    its text (credit and all), else the truth's caption with its credit; None for a page without one."""
    for entry in truth.get("captions") or []:
        caption = (entry.get("caption") or "").strip()
        if len(caption) < _CAPTION_MIN:
            continue
        printed = next((line.strip() for line in dump.splitlines() if caption in line), None)
        if printed and len(printed) > len(caption) + _CREDIT_MAX:
            printed = None  # the text sits inside a longer paragraph (a lead retold), not a caption's line
        if printed:
            return printed
        credit = (entry.get("credit") or "").strip()
        return f"{caption} {credit}" if credit else caption
    return None


def byline_line(truth: dict[str, Any], full: bool) -> str | None:
    """A byline from the truth's reporters: "By A and B" (full) or the first name alone; None without one."""
    names: list[str] = [str(name).strip() for name in truth.get("reporters") or [] if name and str(name).strip()]
    if not names:
        return None
    if not full:
        return names[0]
    return "By " + (names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1])


def on_top(line: str, text: str) -> str:
    """A line put on top of a dump, a blank line under it."""
    return f"{line}\n\n{text}"


def above_headline(dump: str, title: str, line: str) -> str | None:
    """The dump with a line put right above its headline line (None where the headline has no line)."""
    lines = dump.splitlines(keepends=True)
    at = next((i for i, row in enumerate(lines) if row.strip() == title), None)
    if at is None:
        return None
    return "".join(lines[:at]) + f"{line}\n\n" + "".join(lines[at:])


def own_chrome(dump: str, title: str) -> str | None:
    """The page's own page-top chrome where none of it names the headline (a browser tab's title or a crumb
    trail ending in it, a copy cut to fit: "Ferry fares to...", glued to a label): a headless scrape would keep
    the headline there."""
    top = page_top_chrome(dump, title)
    return None if top is None or title.casefold()[:_TITLE_OPENING] in top.casefold() else top


def date_line(n: int) -> str:
    """The n-th date line of the probes' turn of printed forms (a weekday date, an update stamp, a bare date)."""
    month = _MONTHS[n % len(_MONTHS)]
    fields = {"weekday": _WEEKDAYS[n % 7], "day": 1 + n % 28, "month": month, "mon": month[:3], "year": 2010 + n % 15}
    return _DATE_LINES[n % len(_DATE_LINES)].format(**fields)


def upper_headline(dump: str, title: str) -> str | None:
    """The dump with its headline line printed in capitals (None where the headline has no line of its own
    or is in capitals already)."""
    upper = title.upper()
    if upper == title:
        return None
    lines = dump.splitlines(keepends=True)
    at = next((i for i, row in enumerate(lines) if row.strip() == title), None)
    if at is None:
        return None
    lines[at] = lines[at].replace(title, upper)
    return "".join(lines)


def first_paragraph_only(dump: str, truth: dict[str, Any]) -> str | None:
    """The dump stopped at the end of its first body paragraph, where that paragraph sits under the headline
    and is a finished sentence of some length and more paragraphs follow it (None elsewhere)."""
    paragraphs = truth["body_paragraphs"]
    first = paragraphs[0]
    if len(paragraphs) < 2 or len(first) < _SHORT_MIN or first.rstrip("\"'”’)")[-1:] not in ".!?":
        return None
    title_at = dump.find(truth["title"])
    at = dump.find(first, title_at + len(truth["title"]))
    return dump[: at + len(first)] if title_at >= 0 and at > title_at else None


def variations(pages: Sequence[tuple[str, str, str, dict[str, Any]]]) -> Iterator[Variation]:
    """Every probe of every article page given as (name, site, dump, truth); chrome comes from the next
    page of another site in the given order, so the pairing is the same on every run."""
    articles = [p for p in pages if p[3]["outcome"] == "ok" and p[3]["title"] and p[3]["body_paragraphs"]]
    chromes = [(site, top) for _, site, dump, truth in articles if (top := page_top_chrome(dump, truth["title"]))]
    for i, (name, site, dump, truth) in enumerate(articles):
        article = ("ok", truth["title"])
        bare = headless(dump, truth)
        caption = caption_line(dump, truth)
        if bare is not None:
            yield Variation("headless", name, bare, ("quarantine", None))
        others = [top for other, top in chromes if other != site]
        if others and (text := with_chrome(dump, others[i % len(others)])) is not None:
            yield Variation("chrome", name, text, article)
        if (text := cut_short(dump, truth)) is not None:
            yield Variation("cut", name, text, article)
        yield Variation("oneline", name, one_line_each(dump), article)
        if bare is not None and caption is not None:
            yield Variation("capfirst", name, on_top(caption, bare), ("quarantine", None))
        if bare is not None and (byline := byline_line(truth, i % 2 == 0)) is not None:
            yield Variation("bylinefirst", name, on_top(byline, bare), ("quarantine", None))
        if caption is not None and (text := above_headline(dump, truth["title"], caption)) is not None:
            yield Variation("captop", name, text, article)
        if bare is not None and (top := own_chrome(dump, truth["title"])) is not None:
            yield Variation("stackfirst", name, on_top(top, bare), ("quarantine", None))
        if bare is not None:
            yield Variation("datefirst", name, on_top(date_line(i), bare), ("quarantine", None))
        if (text := upper_headline(dump, truth["title"])) is not None:
            yield Variation("upperhead", name, text, ("ok", truth["title"].upper()))
        if (text := first_paragraph_only(dump, truth)) is not None:
            yield Variation("short", name, text, article)


def verdict(text: str) -> tuple[str, str | None]:
    """What the parser says of a dump: ("ok", headline) or ("quarantine", None)."""
    outcome = parse_dump(text.encode("utf-8"))
    return ("ok", outcome.title) if isinstance(outcome, ParsedArticle) else ("quarantine", None)


def probe(cases: Sequence[TruthCase]) -> ProbeBoard:
    """Run every probe on the cases' article pages whose own outcome the parser gets right."""
    pages = []
    for case in cases:
        raw = case.dump.read_bytes()
        try:
            dump = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue  # the variations are written back as UTF-8: a page in another encoding would change
        if case.truth["outcome"] == "ok" and not dump.startswith("\ufeff") and verdict(dump)[0] == "ok":
            pages.append((f"{case.set_name}/{case.dump.name}", case.site, dump, case.truth))
    board = ProbeBoard()
    for variation in variations(pages):
        got = verdict(variation.text)
        board.total[variation.probe] += 1
        if got == variation.want:
            board.right[variation.probe] += 1
        else:
            board.wrong.append((variation, got))
    return board


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.probes", description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", help="truth folders to probe (default: the shared corpus)")
    parser.add_argument("--corpus", help="shared corpus folder (default ../shared/corpus or NEWSETL_CORPUS)")
    parser.add_argument("--cases", action="store_true", help="also probe the project's own golden cases")
    parser.add_argument("--show", action="store_true", help="list each variation the parser gets wrong")
    args = parser.parse_args(argv)
    if args.folders:
        cases = [case for folder in args.folders for case in truth_cases(Path(folder), Path(folder).name)]
    else:
        cases = corpus_cases(corpus_root(args.corpus))
    if args.cases:
        cases += list(truth_cases(CASES_DIR, "cases"))
    if not cases:
        print("no truth folders found: nothing to probe", file=sys.stderr)
        return 2
    board = probe(cases)
    print(board.line())
    if args.show:
        for variation, got in board.wrong:
            print(f"  {variation.probe} {variation.page}: want {variation.want}, got {got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
