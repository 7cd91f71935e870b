"""Dump text -> lines: every newline style split, whitespace trimmed, blank lines dropped."""

from __future__ import annotations


def lines_of(text: str) -> list[str]:
    """Non-blank, trimmed lines of a dump; a line is one paragraph, heading, bullet or list item.

    Blank-line-separated and one-paragraph-per-line dumps give the same lines. `str.splitlines`
    splits on CRLF, lone CR, U+2028/U+2029 and the other Unicode line breaks in C, which is
    several times faster than a regex substitution on a few KB.
    """
    out: list[str] = []
    append = out.append
    for raw in text.splitlines():
        stripped = raw.strip()
        if stripped:
            append(stripped)
    if out and out[0][0] == "\ufeff":  # a BOM left inside decoded text (e.g. a doubled BOM)
        out[0] = out[0].lstrip("\ufeff").strip()
        if not out[0]:
            del out[0]
    return out
