"""Dump text -> lines: every newline style split, whitespace trimmed, blank lines dropped."""

from __future__ import annotations

import re

# Module constants are Final: compiled (mypyc), a Final name is a C static or an inlined literal, where any
# other module-level name costs a dictionary lookup at each use.
from typing import Final

# The wrap constants live in head, a later stage, because the other direction (head importing segment) stops
# mypyc's build: it then cannot determine the type of classify's constants.
from transforms.head import CLAUSE_GOES_ON, WRAP_ROW_MAX, WRAP_ROW_MIN

# HTML tags a scraper left in the text ("<p>Caption — Agency</p>"): markup, never content.
_TAG: Final = re.compile(
    r"</?(?:p|br|em|strong|b|i|u|span|div|a|figure|figcaption|img|h[1-6]|li|ul|ol)(?:\s[^<>]{0,200})?/?>", re.I
)


# An ad slot's label glued to the paragraph under it ("Article continues after this advertisementHe said ..."):
# chrome, cut from the line's start (or the line dropped when nothing else is on it).
_AD_BREAK: Final = "Article continues after this advertisement"
_AD_BREAK_CUT_MIN_CHARS: Final = 16  # the label's opening a cut copy keeps: its first words, no paragraph's


# A shortcode's opening: its name in lower case (underscores, digits), then a first attribute with its quoted value.
_SHORTCODE: Final = re.compile(r'\[[a-z][a-z0-9_-]* [a-z][a-z0-9_-]*="')

# A page template's placeholder left unrendered ("3 Mar 2024 - {{ctrl.views.count}}": a view counter):
# markup, never content.
_PLACEHOLDER: Final = re.compile(r"\{\{[^{}]{1,80}\}\}")


def lines_of(text: str) -> list[str]:
    """Non-blank, trimmed lines of a dump; a line is one paragraph, heading, bullet or list item.

    Blank-line-separated and one-paragraph-per-line dumps give the same lines. `str.splitlines`
    splits on CRLF, lone CR, U+2028/U+2029 and the other Unicode line breaks in C, which is
    several times faster than a regex substitution on a few KB.
    """
    cut = _cut_at_newlines(text) if "<" not in text and _no_other_breaks(text) else None
    broken = False  # may a stray line break have cut a sentence (broken_sentences_joined)? told by the fast pass
    if cut is not None:
        out, one_char, ad_break, broken = cut
    else:
        out = []
        append = out.append
        for raw in text.splitlines():
            if "<" in raw:
                raw = _TAG.sub("", raw)
            stripped = raw.strip()
            if stripped:
                append(stripped)
        # few dumps have a one-character line (a compiled loop: min(map(len, out)) calls len and compares through
        # Python objects, ~100 instructions a line)
        one_char = any(len(line) == 1 for line in out)
        ad_break = _has_ad_break(out)
    if one_char:
        out = _drop_caps_joined(out)
        ad_break = _has_ad_break(out)  # a joined drop cap opens a new line
    # One search per dump, for one character first (memchr: "{{" costs ten times as much): few pages keep a
    # template's unrendered placeholders.
    if "{" in text:
        if "{{" in text:
            out = [kept for line in out if (kept := _PLACEHOLDER.sub("", line).strip() if "{{" in line else line)]
        # page code printed as text (a script's "ready(function() { ...; })", a style's "{ margin: 0; }"): never
        # the article's words, wherever it stands
        out = [line for line in out if "{" not in line or not _is_code(line)]
        ad_break = _has_ad_break(out)  # a placeholder cut from a line's start opens it anew
    # A content system's shortcode printed raw ('[signup_box button_text="Join" layout="row" ...'): a widget's
    # markup, never the article's words (one search per dump, then the lines opening with its bracket)
    if "[" in text:  # (a search for one character: memchr; '="' costs many times as much)
        out = [line for line in out if line[0] != "[" or _SHORTCODE.match(line) is None]
    if "°" in text:  # one search per dump: a weather widget's reading is the only line few pages print it on
        out = [
            line
            for line in out
            if len(line) > _WEATHER_MAX or (_WEATHER.fullmatch(line) is None and not _label_printed_twice(line))
        ]
    # Only a line's start is cut: each line's first characters are compared (a search of the whole text for this
    # long label found no character to skip by and cost ten times as much)
    if ad_break:  # (a line the filters above dropped leaves a stale yes: the cut below then changes nothing)
        out = [rest for line in out if (rest := line.removeprefix(_AD_BREAK).lstrip())]
        if out and len(out[-1]) >= _AD_BREAK_CUT_MIN_CHARS and _AD_BREAK.startswith(out[-1]):
            out.pop()  # the label once more as the last line, the scrape's cap cutting it: "Article continues af"
    if out and out[0][0] == "\ufeff":  # a BOM left inside decoded text (e.g. a doubled BOM)
        out[0] = out[0].lstrip("\ufeff").strip()
        if not out[0]:
            del out[0]
    rows, width = wrapped_rows(out)
    if rows >= _WRAPPED_ROWS_MIN:
        out = wrapped_rows_joined(out, width, text)
    elif broken and rows == 0:
        # one row wrapped at a width already marks a dump hard-wrapped in part (a short paragraph has one or two
        # rows): joining its other rows here would half unwrap it and hide a headless lead's first row
        out = broken_sentences_joined(out, text)
    return out


# A paragraph's line a stray line break cut mid-sentence: as long as a paragraph, ending on a word a clause goes on
# after ("the", "of"), in lower case (the last character tested first, in a set: no call).
_BROKEN_ROW_MIN_CHARS: Final = 60
_LOWER_ASCII: Final = frozenset("abcdefghijklmnopqrstuvwxyz")


def broken_sentences_joined(lines: list[str], text: str) -> list[str]:
    """The lines with each sentence a stray line break cut in two joined back by a space, on a dump (text) that
    parts its paragraphs by blank lines: a paragraph-long line ending on a word a clause goes on after ('... on
    Monday lauded the'), the next line on the adjacent line of the text (no blank line between) and ending a
    sentence. Where rows are hard-wrapped, throughout or in part, they are left to wrapped_rows_joined (lines_of);
    a sentence never ends on 'the', and only a blank line parts two paragraphs on such a dump."""
    if "\n\n" not in text and "\n\r\n" not in text:
        return lines  # no blank line parts the paragraphs: a line break may part them, the lines stay apart
    out: list[str] | None = None
    for k in range(1, len(lines)):
        line = lines[k]
        if out is not None:
            if _broken_before(out[-1], line, text):
                out[-1] = f"{out[-1]} {line}"
            else:
                out.append(line)
        elif _broken_before(lines[k - 1], line, text):
            out = lines[: k - 1]
            out.append(f"{lines[k - 1]} {line}")
    return lines if out is None else out


def _broken_before(row: str, following: str, text: str) -> bool:
    """Does a stray line break part the row from the following line mid-sentence (see broken_sentences_joined)?"""
    return (
        len(row) >= _BROKEN_ROW_MIN_CHARS
        and row[-1] in _LOWER_ASCII
        and _cut_mid_clause(row, following)
        and _adjacent(row, following, text)
    )


def _cut_mid_clause(row: str, following: str) -> bool:
    """Does the row end on a word a clause goes on after ('the', 'of'), the following line end a sentence?"""
    end = following.rstrip(_CLOSING_MARKS)[-1:]
    return end != "" and end in _SENTENCE_STOPS and row.rpartition(" ")[2] in CLAUSE_GOES_ON


# A hard-wrapping export (wire copy, e-mail, a text export) breaks each paragraph into rows of a fixed width, 60 to 80
# columns: each row as long as the width allows, the next row's first word would not have fitted on it.
_WRAP_SLACK: Final = 20  # a row falls short of the width by the word carried over (some exports break early)
_WRAPPED_ROWS_MIN: Final = 2  # rows a sentence goes on from in lower case: one may be a scrape's lost link
_ROW_ENDS: Final = ".!?:;\"”’')]…"  # a row ending so ends its sentence: the paragraph may end there
_SENTENCE_STOPS: Final = ".!?…"  # a paragraph's last row ends so, a closing mark or two after (a label, a date in none)
_CLOSING_MARKS: Final = "\"”’')]"


def wrapped_rows(lines: list[str]) -> tuple[int, int]:
    """How many rows (a sentence's piece of 40 to 80 characters, no stop at its end) the next row goes on from in
    lower case, and the longest of them. Most lines fail the first length test: a paragraph runs longer, a label
    shorter."""
    rows = 0
    width = 0
    for k in range(len(lines) - 1):
        row = lines[k]
        size = len(row)
        if size < WRAP_ROW_MIN or size > WRAP_ROW_MAX or row[-1] in _ROW_ENDS:
            continue
        following = lines[k + 1]
        if len(following) <= WRAP_ROW_MAX and following[0].islower():
            rows += 1
            if size > width:
                width = size
    return rows, width


def wrapped_rows_joined(lines: list[str], width: int, text: str) -> list[str]:
    """The rows of each hard-wrapped paragraph joined by a space, as the page printed the paragraph: a row no longer
    than the width and close to it, ending on no stop, goes on in the next row (no longer than the width) where
    that row opens in lower case, or the row ends on a comma or on a word a clause goes on after ('of', 'the',
    'said'), or the row itself went on from the one above; on a dump (text) that parts its paragraphs by blank
    lines, where no blank line parts the two rows, or none parts the rows from this one down to a row ending a
    sentence. A headline over the wrapped lead ends on a content word over a lead opening in capitals, a blank line
    under it (or a meta line that ends no sentence), or is longer than the width: it stands alone, as does a
    headline over a blank line and a lower-case line ('Ferry fares rise in style' / '' / 'today 14 March')."""
    out: list[str] = []
    blank_parted = "\n\n" in text or "\n\r\n" in text
    joined = False  # the row in hand went on from the one above
    for k, line in enumerate(lines):
        if joined:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        joined = (
            k + 1 < len(lines)
            and _near_width(line, width)
            and len(lines[k + 1]) <= width
            and (
                (_goes_on(line, lines[k + 1], joined) and (not blank_parted or _adjacent(line, lines[k + 1], text)))
                or (blank_parted and _rows_to_a_stop(lines, k, width, text))
            )
        )
    return out


def _near_width(row: str, width: int) -> bool:
    """Is the row a wrapped paragraph's piece ending mid-sentence: no longer than the width, close to it (a row well
    short of the width ends its paragraph), no stop at its end?"""
    size = len(row)
    return WRAP_ROW_MIN <= size <= width <= size + _WRAP_SLACK and row[-1] not in _ROW_ENDS


def _goes_on(row: str, following: str, continued: bool) -> bool:
    """Does the row's sentence go on in the following row: it opens in lower case, the row ends on a comma or on a
    word a clause goes on after, or the row itself went on from the one above (continued)?"""
    return following[0].islower() or continued or row[-1] == "," or row.rpartition(" ")[2].lower() in CLAUSE_GOES_ON


def _adjacent(above: str, row: str, text: str) -> bool:
    """Do the two lines sit on adjacent lines of the text, no blank line between?"""
    return f"{above}\n{row}" in text or f"{above}\r\n{row}" in text


def _rows_to_a_stop(lines: list[str], k: int, width: int, text: str) -> bool:
    """Do the rows from k on sit on adjacent lines of the text (no blank line between), each close to the width,
    until one ends a sentence? One paragraph's rows on a dump that parts paragraphs by blank lines."""
    for j in range(k + 1, len(lines)):
        above, row = lines[j - 1], lines[j]
        if not _adjacent(above, row, text):
            return False
        if len(row) > width:
            return False
        end = row.rstrip(_CLOSING_MARKS)[-1:]
        if end != "" and end in _SENTENCE_STOPS:
            return True  # ('... said.', '... ready?"'; a headline may end in a quote: "... 'not enough'")
        if not _near_width(row, width):
            return False
    return False


# An old print page's paragraphs each end in a space or two, as its layout saved them; the photo caption set between
# two of them ends in none. The page reads so when most of its paragraph-length lines end in spaces.
_PADDED_LINE_MIN_CHARS: Final = 60  # a paragraph's length: headings, bullets and labels end as they please
_PADDED_LINES_MIN: Final = 5
_PADDED_SHARE: Final = (4, 5)  # four in five paragraph-length lines end in spaces, at least
_UNPADDED_MIN_CHARS: Final = 20  # a caption's length, not a subheading's or a page's label


def unpadded_among_padded(text: str) -> frozenset[str]:
    """Lines (trimmed) that end in no space between paragraphs that all do, on a page whose paragraph-length lines
    mostly end in spaces: the captions of photos printed inside an old page's body. Empty for other pages."""
    raws = text.splitlines()
    padded_at: list[int] = []
    long_lines = 0
    for k, raw in enumerate(raws):
        if len(raw) >= _PADDED_LINE_MIN_CHARS and raw[:1] != " ":
            long_lines += 1
            if raw[-1] == " ":
                padded_at.append(k)
    if len(padded_at) < _PADDED_LINES_MIN or len(padded_at) * _PADDED_SHARE[1] < long_lines * _PADDED_SHARE[0]:
        return frozenset()
    return frozenset(
        raw
        for raw in raws[padded_at[0] + 1 : padded_at[-1]]
        if len(raw) >= _UNPADDED_MIN_CHARS and raw[:1] != " " and raw[-1] != " "
    )


# A weather widget's reading on a line of its own: "31°C Light Rain", "Weather icon 26°C", "24.5°C Dhaka" (a place
# or a condition around the temperature, no date: the date lines a head reads keep their weather).
_WEATHER: Final = re.compile(r"(?:[A-Z][\w .,-]{0,30}:?\s)?\d{1,2}(?:\.\d+)?\s?°\s?[CF]\b(?:,? [A-Z][A-Za-z ]{0,25})?")
_WEATHER_MAX: Final = 60  # characters
_LABEL_TWICE_MIN_CHARS: Final = 3


def _label_printed_twice(line: str) -> bool:
    """'Light rainLight rain', 'Mostly sunnyMostly sunny': a weather widget's condition, its label glued to its
    icon's alt text (the same words twice, nothing between), on a page whose widget prints a temperature: the
    widget's, never a headline or the story's (tested on such pages only, with its readings)."""
    half = len(line) // 2
    return (
        half >= _LABEL_TWICE_MIN_CHARS
        and not len(line) % 2
        and line[0] == line[half]
        and line[0].isalpha()
        and line[half - 1] != " "
        and line.startswith(line[half:])
    )


_AD_BREAK_FIRST: Final = ord(_AD_BREAK[0])


def _no_other_breaks(text: str) -> bool:
    """Does text hold no line break str.splitlines honours but "\n" and "\r"? One search (memchr) per break; the
    three beyond ASCII only in text that holds more than ASCII (isascii reads a flag, no scan)."""
    return not (
        "\x0b" in text
        or "\x0c" in text
        or "\x1c" in text
        or "\x1d" in text
        or "\x1e" in text
        or (not text.isascii() and ("\x85" in text or "\u2028" in text or "\u2029" in text))
    )


_NEWLINE: Final = 10  # ord("\n")
_LOWER_A: Final = 97  # ord("a")
_LOWER_Z: Final = 122  # ord("z")
# Printable ASCII, no whitespace: a line opening and ending in such characters needs no strip.
_PRINTABLE_FIRST: Final = 33  # ord("!")
_PRINTABLE_LAST: Final = 126  # ord("~")


def _is_ascii_space(code: int) -> bool:
    """Is the character code ASCII whitespace as str.strip reads it (tab to carriage return, the four separators
    0x1c-0x1f, space)?"""
    return code == _SPACE or _TAB <= code <= _CARRIAGE_RETURN or _FILE_SEPARATOR <= code <= _UNIT_SEPARATOR


_SPACE: Final = 32
_TAB: Final = 9
_CARRIAGE_RETURN: Final = 13
_FILE_SEPARATOR: Final = 0x1C
_UNIT_SEPARATOR: Final = 0x1F


def _cut_at_newlines(text: str) -> tuple[list[str], bool, bool, bool] | None:
    """The non-blank, trimmed lines of text that breaks lines with "\n" or CRLF alone (see _no_other_breaks), as
    str.splitlines would cut them, with whether one of them is a single character, whether one opens with the ad
    slot's label and whether a blank line parts two of them while a line of a paragraph's length ends in a lower-case
    letter right over another line (a sentence a stray line break may have cut: broken_sentences_joined); None when
    a lone "\r" breaks a line (an old Mac's line break: splitlines cuts there).

    Each line is cut at the next "\n" (found by memchr), where str.splitlines tests every character for a dozen
    breaks, each through a call; a CRLF's "\r" goes with the strip."""
    crlf = "\r" in text
    out: list[str] = []
    one_char = ad_break = blank = broken = False
    n = len(text)
    start = 0
    while start < n:
        if ord(text[start]) == _NEWLINE:  # a blank line: told by its code, no search
            blank = True
            start += 1
            continue
        end = text.find("\n", start)
        if end < 0:
            end = n
        first = ord(text[start])
        last = ord(text[end - 1])
        if (
            _LOWER_A <= last <= _LOWER_Z  # the line's last code, read anyway: a few integer tests a line
            and end - start >= _BROKEN_ROW_MIN_CHARS
            and end + 1 < n
            and ord(text[end + 1]) != _NEWLINE
        ):
            broken = True
        if _PRINTABLE_FIRST <= first <= _PRINTABLE_LAST and _PRINTABLE_FIRST <= last <= _PRINTABLE_LAST:
            line = text[start:end]  # nothing to strip (most lines): no call
        else:
            # ASCII whitespace at the ends (a CRLF's "\r", an indent) skipped by its code before the line is cut: one
            # cut, where a cut and a strip copied a line beyond ASCII twice (each copy scans it for its widest
            # character); strip then reads only ends beyond ASCII (a no-break space is whitespace too)
            cut_start, cut_end = start, end
            while cut_start < cut_end and _is_ascii_space(ord(text[cut_start])):
                cut_start += 1
            while cut_end > cut_start and _is_ascii_space(ord(text[cut_end - 1])):
                cut_end -= 1
            if cut_start == cut_end:
                start = end + 1
                continue
            line = text[cut_start:cut_end]
            if not (
                _PRINTABLE_FIRST <= ord(line[0]) <= _PRINTABLE_LAST
                and _PRINTABLE_FIRST <= ord(line[-1]) <= _PRINTABLE_LAST
            ):
                line = line.strip()
                if not line:
                    start = end + 1
                    continue
        if crlf and "\r" in line:
            return None  # (a "\r" stripped off the line's ends, a CRLF's among them, cuts nothing but blanks)
        out.append(line)
        # the two rare cases lines_of goes on to, told in this pass: a one-character line, the ad slot's "A"
        if len(line) == 1:
            one_char = True
        elif ord(line[0]) == _AD_BREAK_FIRST and line.startswith(_AD_BREAK):
            ad_break = True
        start = end + 1
    return out, one_char, ad_break, blank and broken


def _has_ad_break(lines: list[str]) -> bool:
    """Does a line open with the ad slot's label?"""
    for line in lines:  # noqa: SIM110 - compiled, any() over a generator costs an object and a call per line
        if line.startswith(_AD_BREAK):
            return True
    return False


def _is_code(line: str) -> bool:
    """A brace opening a block of statements: a semicolon after the first "{" and a "}" after that semicolon
    (prose almost never holds a brace; a sentence's semicolon outside braces does not count)."""
    semicolon = line.find(";", line.find("{"))
    return semicolon > 0 and "}" in line[semicolon:]


def _drop_caps_joined(lines: list[str]) -> list[str]:
    """A paragraph's drop cap saved on a line of its own ('T' / 'he council met ...') joined back to its word."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if len(line) == 1 and line.isupper() and i + 1 < len(lines) and lines[i + 1][:1].islower():
            out.append(line + lines[i + 1])
            i += 2
            continue
        out.append(line)
        i += 1
    return out
