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
- wrapped: the dump with every body paragraph hard-wrapped at a fixed width (60, 70 or 78 columns in turn
  over the pages, broken at the last space that fits, as wire copy, e-mail and text exports save it; the
  headline line and short lines left as they are): the same headline, an article.
- wrapheadless: the headless dump hard-wrapped the same way: its first wrapped line is a piece of the
  lead, no headline, so quarantine.
- dropcap: the full dump with the first letter of its lead lost (a drop cap the scrape left out: "he council
  met ..."): the same headline, an article, and the lead as printed.
- dropheadless: the headless dump with the lead's drop cap lost, under the lead's first sentence printed as
  a summary on every other page (a search box's or a page's description copied over the story): quarantine.
- badges: the full dump with a live blog's entry badges (a time stamp, a "LIVE" or "Key event" label) between
  its headline and its lead: the same headline, an article.
- badgefirst: the headless dump under the same badges: a badge is no headline, quarantine.
- teaser: the headless dump under another page's headline (of another site) and the "Read more" link a
  ticker prints under its teasers: a teaser with its link is another story's, quarantine. (A teaser line
  without its link mark reads as a headline to a careful reader who does not know the story; that form is
  not probed.)
- bylinelabel: the headless dump under a byline printed with its label's colon ("By: A", "By: A, B",
  "By: A and B", "By: A Month D,YYYY - 10:12 AM", names and dates taken in turn from a fixed list, as
  several sites print it over the page): a byline is no headline, quarantine.
- quotefirst: the headless dump under a sentence from inside a later paragraph of its body (ten words or more,
  after a quotation's mark or another sentence, its marks and stop dropped), as a page prints a pull quote over
  the text: a quotation is no headline, quarantine.
- bylineover: the full dump with the same byline right above its headline line (sites that print the
  byline on top): the same headline, an article.

Two field probes ask the same of fields, on pages whose own fields the parser already reads right:

- dateline: the lead's dateline printed in the other forms the truth sets hold ("CITY: ", "CITY — ",
  "CITY – ", "CITY - ", "CITY (AGENCY) - ", "CITY, Mon D (AGENCY) -- ", "CITY (AGENCY): ", a date added,
  the city in title case or in capitals): the dateline as printed, the agency of its parentheses (else
  the page's sign-off's), and the first paragraph, dateline and all, as the body's first.
- credit: a credited caption's line printed with its credit in the other forms the truth sets hold
  (" (CREDIT)", " — CREDIT", " - CREDIT", " – CREDIT", " (Photo: CREDIT)", " — Photo: CREDIT",
  " PHOTO: CREDIT", a "Photo: ..." credit on its own line under the caption): the same caption and
  the credit as printed after its dash or inside its parentheses.

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

PROBES: tuple[str, ...] = (
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
    "wrapped",
    "wrapheadless",
    "dropcap",
    "dropheadless",
    "badges",
    "badgefirst",
    "teaser",
    "bylinelabel",
    "bylineover",
    "quotefirst",
)
PROBES += ("dateline", "credit")  # field probes: their wanted answer holds fields after the headline
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
_WRAP_WIDTHS = (60, 70, 78)  # columns a hard-wrapping exporter keeps, taken in turn over the pages
# A live blog's entry badges as pages print them over an entry: a time stamp and a label, taken in turn.
_BADGES = (("10:42 IST", "LIVE"), ("Key event", "2h ago"), ("Pinned", "14:05 GMT"), ("Live now", "9:15 AM"))
_SUMMARY_MAX = 200  # a page's description copied over its story holds a first sentence of at most this length
_READ_MORE = ("Read more", "Read More", "READ MORE")  # the link a ticker prints under a teaser, in turn
# Writers' names and a labelled byline's printed forms, taken in turn over the pages (names of no page's writer).
_WRITERS = ("Maria Elena Cortez", "Tan Wei Ming", "Joseph K. Mensah", "Nurul Huda Ismail", "Piotr Novak")
_LABELLED_BYLINES = ("By: {a}", "By: {a}, {b}", "By: {a} and {b}", "By: {a} {month} {day},{year} - 10:12 AM")
_PULL_QUOTE_REACH = 4  # paragraphs: a pull quote is taken from the story's first screen
_PULL_QUOTE_MIN_WORDS = 10  # a shorter sentence may be any line's words
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")


@dataclass(frozen=True)
class Variation:
    """One probe of one page: the varied dump and the outcome a careful reader gives it."""

    probe: str
    page: str
    text: str
    want: tuple[Any, ...]  # ("ok", headline, *fields) or ("quarantine", None)
    fields: tuple[str, ...] = ()  # the fields after the headline in want, named as field_value reads them


@dataclass
class ProbeBoard:
    """Right answers per probe, and the variations the parser got wrong with what it said."""

    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(PROBES, 0))
    total: dict[str, int] = field(default_factory=lambda: dict.fromkeys(PROBES, 0))
    wrong: list[tuple[Variation, tuple[Any, ...]]] = field(default_factory=list)

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


def lead_at(dump: str, truth: dict[str, Any]) -> int:
    """Where the first body paragraph starts in the dump, found under the headline; -1 where it is not there."""
    title_at = dump.find(truth["title"])
    first_at = dump.find(truth["body_paragraphs"][0], title_at + len(truth["title"]))
    return first_at if title_at >= 0 and first_at > title_at else -1


def headless(dump: str, truth: dict[str, Any]) -> str | None:
    """The dump from its first body paragraph on, where that paragraph sits under the headline."""
    at = lead_at(dump, truth)
    return dump[at:] if at >= 0 else None


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


def labelled_byline(n: int) -> str:
    """The n-th labelled byline of the probes' turn ("By: A", two writers, a date and time glued after a name)."""
    fields = {
        "a": _WRITERS[n % len(_WRITERS)],
        "b": _WRITERS[(n + 2) % len(_WRITERS)],
        "month": _MONTHS[n % len(_MONTHS)],
        "day": 1 + n % 28,
        "year": 2010 + n % 15,
    }
    return _LABELLED_BYLINES[n % len(_LABELLED_BYLINES)].format(**fields)


def pull_quote(truth: dict[str, Any]) -> str | None:
    """A sentence of ten words or more inside one of the body's second to fourth paragraphs, after its opening (a
    quotation's mark or a sentence before it), its marks and stop dropped, as a page prints a pull quote (None where
    none is). A paragraph's plain opening sentence is not taken: a line a paragraph opens with may be a headline
    the text goes on from."""
    paragraphs: list[str] = truth["body_paragraphs"][1:_PULL_QUOTE_REACH]
    for paragraph in paragraphs:
        starts = [0] if paragraph[:1] in '"“' else []
        starts += [m.end() for m in _INNER_SENTENCE.finditer(paragraph)]
        for at in starts:
            stop = _INNER_SENTENCE.search(paragraph, at)
            sentence = paragraph[at : stop.start() + 1 if stop else None].strip().strip('"“”').rstrip(".")
            if len(sentence.split()) >= _PULL_QUOTE_MIN_WORDS and len(sentence) <= _SUMMARY_MAX:
                return sentence
    return None


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
    at = lead_at(dump, truth)
    return dump[: at + len(first)] if at >= 0 else None


_INNER_SENTENCE = re.compile(r"[.!?] (?=[A-Z\"\u201c])")  # a sentence's end inside a paragraph
# A lead's dateline as the truth sets print it: the dateline, a parenthesis (an agency, or an "UPDATE" tag
# that makes the page no probe), and its separator, the lead's text after them.
_DATELINE_TAIL = re.compile(
    r"\s?(?:\((?P<paren>[^()]{1,40})\)\s?)?(?:--|[:\u2014\u2013-])\s?(?=[A-Z0-9\"'\u201c\u2018])"
)
# The separators printed after a dateline, without and with an agency's parentheses.
_DATELINE_SEPS = (": ", " \u2014 ", " \u2013 ", " - ")
_AGENCY_SEPS = (" ({agency}) - ", " ({agency}) -- ", " ({agency}) \u2013 ", " ({agency}): ", " ({agency}) \u2014 ")
_WIRES = ("Reuters", "AFP", "Bernama")  # an agency put in a dateline's parentheses on a page that names none
_MONS = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec")
_CREDIT_SLACK = 8  # a caption's own line holds its text, its credit and a few characters between them
# Credits printed after a caption, the credit as the truth keeps it second; "{credit}" is the page's own credit.
_CREDIT_FORMS = (
    (" ({credit})", "{credit}"),
    (" \u2014 {credit}", "{credit}"),
    (" - {credit}", "{credit}"),
    (" \u2013 {credit}", "{credit}"),
)
# The same with a photo word before a credit that has none (an agency, a name, "NAME/AGENCY").
_PHOTO_CREDIT_FORMS = (
    (" (Photo: {credit})", "Photo: {credit}"),
    (" \u2014 Photo: {credit}", "Photo: {credit}"),
    (" PHOTO: {credit}", "PHOTO: {credit}"),
    ("\\nPhoto: {credit}", "Photo: {credit}"),
)
_PHOTO_WORDS = ("photo", "pic", "file", "courtesy", "image")  # a credit holding one says it is a credit itself


def dateline_forms(truth: dict[str, Any], n: int) -> list[tuple[str, str, str | None]]:
    """The page's lead with its dateline printed in other forms, each (lead, dateline, agency) as a careful
    reader takes them off it; none for a page whose lead opens with no dateline and separator of the truth's."""
    dateline = truth.get("dateline")
    paragraphs = truth["body_paragraphs"]
    if not dateline or not paragraphs or not paragraphs[0].startswith(dateline):
        return []
    tail = _DATELINE_TAIL.match(paragraphs[0], len(dateline))
    agency = truth.get("agency")
    if tail is None or (tail["paren"] is not None and tail["paren"] != agency):
        return []
    text = paragraphs[0][tail.end() :]
    forms: list[tuple[str, str, str | None]] = []
    if tail["paren"] is None:  # the page's agency (if any) comes from its sign-off, whatever the dateline's form
        forms += [(f"{dateline}{sep}{text}", dateline, agency) for sep in _DATELINE_SEPS]
    wire = agency or _WIRES[n % len(_WIRES)]
    forms += [(f"{dateline}{sep.format(agency=wire)}{text}", dateline, wire) for sep in _AGENCY_SEPS]
    if "," not in dateline and "(" not in dateline:  # a date added to a place with none (nor a bracket's note)
        dated = f"{dateline}, {_MONS[n % 12]} {1 + n % 28}"
        forms += [(f"{dated} ({wire}) -- {text}", dated, wire)]
        if tail["paren"] is None:
            forms += [(f"{dated} \u2014 {text}", dated, agency)]
        if dateline.isupper() and dateline.title() != dateline:
            forms += [(f"{dateline.title()} ({wire}) \u2013 {text}", dateline.title(), wire)]
        elif not dateline.isupper() and tail["paren"] is None:
            forms += [(f"{dateline.upper()}: {text}", dateline.upper(), agency)]
    return forms


def with_lead(dump: str, truth: dict[str, Any], lead: str) -> str | None:
    """The dump with its first body paragraph (under the headline) printed as the given lead."""
    at = lead_at(dump, truth)
    return dump[:at] + lead + dump[at + len(truth["body_paragraphs"][0]) :] if at >= 0 else None


def credit_forms(dump: str, truth: dict[str, Any]) -> list[tuple[int, str, str, str]]:
    """Each credited caption of the page printed on a line of its own, its credit in other forms: (index in
    the truth's captions, the dump with that line reprinted, the caption, the credit as printed)."""
    forms: list[tuple[int, str, str, str]] = []
    for k, entry in enumerate(truth.get("captions") or []):
        caption = (entry.get("caption") or "").strip()
        credit = (entry.get("credit") or "").strip()
        if len(caption) < _CAPTION_MIN or not credit:
            continue
        printed = next((line.strip() for line in dump.splitlines() if line.strip().startswith(caption)), None)
        if printed is None or credit not in printed or len(printed) > len(caption) + len(credit) + _CREDIT_SLACK:
            continue
        # a photo word before a credit that has none (nor a label of its own: "Supplied: X"), and no stop closing it
        # (a label's credit may drop it)
        worded = credit.endswith(".") or ":" in credit or any(word in credit.casefold() for word in _PHOTO_WORDS)
        own = [] if worded else list(_PHOTO_CREDIT_FORMS)
        for form, kept in (*_CREDIT_FORMS, *own):
            line = caption + form.replace("\\n", "\n").format(credit=credit)
            forms.append((k, dump.replace(printed, line), caption, kept.format(credit=credit)))
    return forms


def field_value(outcome: ParsedArticle, name: str) -> Any:
    """One field of a parsed article as the field probes compare it: "dateline", "agency", "lead" (the body's
    first paragraph), "caption:K" (the K-th caption as (text, credit))."""
    if name == "lead":
        return outcome.body_paragraphs[0] if outcome.body_paragraphs else None
    if name.startswith("caption:"):
        k = int(name[8:])
        return (outcome.captions[k].text, outcome.captions[k].credit) if k < len(outcome.captions) else None
    return getattr(outcome, name)


def truth_value(truth: dict[str, Any], name: str) -> Any:
    """The same field off a truth file."""
    if name == "lead":
        return truth["body_paragraphs"][0] if truth["body_paragraphs"] else None
    if name.startswith("caption:"):
        entry = (truth.get("captions") or [])[int(name[8:])]
        return (entry.get("caption"), entry.get("credit"))
    return truth.get(name)


def wrap_line(line: str, width: int) -> str:
    """A line broken at the last space that keeps each piece within the width (a word longer than the width
    stands alone on its line); a line that fits is left as it is."""
    rows: list[str] = []
    end = "\r" if line.endswith("\r") else ""  # a CRLF dump keeps its line ends
    rest = line.strip()
    while len(rest) > width:
        cut = rest.rfind(" ", 0, width + 1)
        if cut <= 0:
            cut = rest.find(" ")
            if cut < 0:
                break
        rows.append(rest[:cut].rstrip())
        rest = rest[cut + 1 :].lstrip()
    rows.append(rest)
    return f"{end}\n".join(rows) + end if len(rows) > 1 else line


def hard_wrapped(text: str, paragraphs: Sequence[str], width: int) -> str:
    """The text with each line that holds one of the body paragraphs hard-wrapped at the width (other lines,
    the headline's among them, left as they are)."""
    body = set(paragraphs)
    return "\n".join(wrap_line(line, width) if line.strip() in body else line for line in text.split("\n"))


def lost_drop_cap(lead: str) -> str | None:
    """The lead with its first letter lost, where the lead is a sentence's length and that letter opens a word of
    two or more letters (None elsewhere: "A man ..." would lose a whole word, a heading of one word its shape)."""
    return lead[1:] if len(lead) >= _CAPTION_MIN and lead[0].isupper() and lead[1].islower() else None


def dropped_cap(dump: str, truth: dict[str, Any]) -> tuple[str, str] | None:
    """The dump with its lead's drop cap lost, and the lead as printed then (None where the lead has no drop
    cap to lose or does not sit under the headline)."""
    lead = lost_drop_cap(truth["body_paragraphs"][0])
    if lead is None:
        return None
    at = lead_at(dump, truth)
    if at > 0 and dump[at - 1] not in "\r\n":
        return None  # the lead glued to a line over it (a caption's end): its first letter is no drop cap
    text = with_lead(dump, truth, lead)
    return (text, lead) if text is not None else None


def summary_line(lead: str) -> str | None:
    """The lead's first sentence without its stop, as a page's description prints it (None for a longer one)."""
    end = _INNER_SENTENCE.search(lead)
    sentence = lead[: end.start() + 1] if end else lead
    sentence = sentence.rstrip().rstrip(".")
    return sentence if len(sentence) <= _SUMMARY_MAX else None


def dropped_headless(bare: str, truth: dict[str, Any], n: int) -> str | None:
    """The headless dump with the lead's drop cap lost, under the lead's first sentence on every other page."""
    first = truth["body_paragraphs"][0]
    lead = lost_drop_cap(first)
    if lead is None or not bare.startswith(first):
        return None
    text = lead + bare[len(first) :]
    summary = summary_line(first) if n % 2 == 0 else None
    return on_top(summary, text) if summary is not None else text


def badge_lines(n: int) -> str:
    """The n-th pair of a live blog's entry badges, one a line."""
    return "\n".join(_BADGES[n % len(_BADGES)])


def with_badges(dump: str, truth: dict[str, Any], n: int) -> str | None:
    """The dump with a live blog's entry badges right above its lead (None where the lead is not under the
    headline)."""
    at = lead_at(dump, truth)
    return dump[:at] + badge_lines(n) + "\n\n" + dump[at:] if at >= 0 else None


def teaser_lines(title: str, n: int) -> str:
    """Another story's headline as a ticker prints it, its "Read more" link under it."""
    return f"{title}\n{_READ_MORE[n % len(_READ_MORE)]}"


def variations(pages: Sequence[tuple[str, str, str, dict[str, Any]]]) -> Iterator[Variation]:
    """Every probe of every article page given as (name, site, dump, truth); chrome comes from the next
    page of another site in the given order, so the pairing is the same on every run."""
    articles = [p for p in pages if p[3]["outcome"] == "ok" and p[3]["title"] and p[3]["body_paragraphs"]]
    chromes = [(site, top) for _, site, dump, truth in articles if (top := page_top_chrome(dump, truth["title"]))]
    titles = [(site, truth["title"]) for _, site, _, truth in articles]
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
        yield from field_variations(name, dump, truth, i)

        width = _WRAP_WIDTHS[i % len(_WRAP_WIDTHS)]
        if (text := hard_wrapped(dump, truth["body_paragraphs"], width)) != dump:
            yield Variation("wrapped", name, text, article)
        if bare is not None and (text := hard_wrapped(bare, truth["body_paragraphs"], width)) != bare:
            yield Variation("wrapheadless", name, text, ("quarantine", None))
        yield from live_variations(name, site, dump, truth, bare, i, titles)


def live_variations(
    name: str,
    site: str,
    dump: str,
    truth: dict[str, Any],
    bare: str | None,
    n: int,
    titles: Sequence[tuple[str, str]],
) -> Iterator[Variation]:
    """The probes of a live or scraped page's top (dropcap, dropheadless, badges, badgefirst, teaser, bylinelabel,
    bylineover, quotefirst); bare: the headless dump, as variations built it (None where the page has none)."""
    if (dropped := dropped_cap(dump, truth)) is not None:
        yield Variation("dropcap", name, dropped[0], ("ok", truth["title"], dropped[1]), ("lead",))
    if bare is not None and (text := dropped_headless(bare, truth, n)) is not None:
        yield Variation("dropheadless", name, text, ("quarantine", None))
    if (text := with_badges(dump, truth, n)) is not None:
        yield Variation("badges", name, text, ("ok", truth["title"]))
    if bare is not None:
        yield Variation("badgefirst", name, on_top(badge_lines(n), bare), ("quarantine", None))
        yield Variation("bylinelabel", name, on_top(labelled_byline(n), bare), ("quarantine", None))
    if (text := above_headline(dump, truth["title"], labelled_byline(n))) is not None:
        yield Variation("bylineover", name, text, ("ok", truth["title"]))
    if bare is not None and (quote := pull_quote(truth)) is not None:
        yield Variation("quotefirst", name, on_top(quote, bare), ("quarantine", None))
    others = [title for other, title in titles if other != site]
    if bare is not None and others:
        teaser = teaser_lines(others[(n * 7 + 3) % len(others)], n)
        yield Variation("teaser", name, on_top(teaser, bare), ("quarantine", None))


def field_variations(name: str, dump: str, truth: dict[str, Any], n: int) -> Iterator[Variation]:
    """The field probes of one article page (dateline, credit)."""
    fields = ("dateline", "agency", "lead")
    for lead, dateline, agency in dateline_forms(truth, n):
        if (text := with_lead(dump, truth, lead)) is not None:
            yield Variation("dateline", name, text, ("ok", truth["title"], dateline, agency, lead), fields)
    for k, text, caption, credit in credit_forms(dump, truth):
        yield Variation("credit", name, text, ("ok", truth["title"], (caption, credit)), (f"caption:{k}",))


def verdict(text: str, fields: tuple[str, ...] = ()) -> tuple[Any, ...]:
    """What the parser says of a dump: ("ok", headline, *the named fields) or ("quarantine", None)."""
    outcome = parse_dump(text.encode("utf-8"))
    if not isinstance(outcome, ParsedArticle):
        return ("quarantine", None)
    return ("ok", outcome.title, *(field_value(outcome, name) for name in fields))


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
    read_right: dict[tuple[str, tuple[str, ...]], bool] = {}  # a page's own fields as the parser reads them
    truths = {name: (dump, truth) for name, _, dump, truth in pages}
    for variation in variations(pages):
        if variation.fields:
            key = (variation.page, variation.fields)
            if key not in read_right:
                dump, truth = truths[variation.page]
                wanted = ("ok", truth["title"], *(truth_value(truth, name) for name in variation.fields))
                read_right[key] = verdict(dump, variation.fields) == wanted
            if not read_right[key]:
                continue  # a field probe asks whether a field read right stays right in another form
        got = verdict(variation.text, variation.fields)
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
