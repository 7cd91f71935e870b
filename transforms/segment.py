"""Dump text -> lines: newline styles normalized, whitespace trimmed, blank gaps remembered."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Every newline style a scraper may leave: CRLF, lone CR, Unicode line/paragraph separators.
_NEWLINES = re.compile(r"\r\n|\r|\u2028|\u2029|\x0b|\x0c|\x85")


@dataclass(frozen=True)
class Line:
    """One non-blank line of the dump. Pages put one paragraph, heading or list item per line."""

    text: str
    blank_before: int  # blank lines between this line and the previous non-blank one


def lines_of(text: str) -> tuple[Line, ...]:
    """Split text into non-blank, trimmed lines (both blank-line and one-line-per-paragraph dumps)."""
    out: list[Line] = []
    blanks = 0
    for raw in _NEWLINES.sub("\n", text.lstrip("\ufeff")).split("\n"):
        stripped = raw.strip()
        if not stripped:
            blanks += 1
            continue
        out.append(Line(stripped, blanks))
        blanks = 0
    return tuple(out)
