"""Raw dump bytes -> ParseOutcome: decode, segment into lines, classify. Never raises."""

from __future__ import annotations

from typing import Any, Final

from transforms import classify, credits, head
from transforms.classify import parse_lines
from transforms.decode import DEFAULT_MAX_BYTES, decode_dump
from transforms.records import ParseOutcome, Quarantined
from transforms.segment import lines_of

# Answers the parser keeps per paragraph: memo dicts of pure functions of the text, which compiled code reads and
# writes itself.
_MEMOS: tuple[dict[str, Any], ...] = (
    classify._KIND_MEMO,
    classify._PHOTO_MARKS_MEMO,
    head._HEADLINE_SHAPED_MEMO,
    head._CHROME_MEMO,
    head._DATE_LINE_MEMO,
    head._DATE_OF_MEMO,
    credits._DATELINE_MEMO,
    credits._CAPTION_CREDIT_MEMO,
)


def clear_caches() -> None:
    """Forget every kept answer: a benchmark's cold start, or a changed site table in an evaluation."""
    for memo in _MEMOS:
        memo.clear()


# The scrape keeps a page's first 2,000 bytes: a dump this long stopped at the cap, in the middle of a line (a cut
# inside a character of three bytes loses them, and the cut line's trailing space is stripped).
SCRAPE_CAP_BYTES: Final = range(1996, 2001)


def parse_text(text: str, decode_warnings: tuple[str, ...] = (), *, capped: bool = False) -> ParseOutcome:
    """Parse already-decoded dump text (capped: the scrape stopped at its size cap, see SCRAPE_CAP_BYTES)."""
    return parse_lines(lines_of(text), decode_warnings, at_sign="@" in text, capped=capped, raw=text)  # "@" in C


def parse_dump(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> ParseOutcome:
    """Parse one dump's bytes into an article or a quarantine verdict; bad input never raises."""
    try:
        decoded = decode_dump(data, max_bytes)
        if isinstance(decoded, Quarantined):
            return decoded
        return parse_text(decoded.text, decoded.warnings, capped=len(data) in SCRAPE_CAP_BYTES)
    except Exception as exc:  # noqa: BLE001 - a parser bug must quarantine one dump, not crash a run
        return Quarantined(
            "parser_error", f"parser raised {type(exc).__name__}: {exc}; please file a bug with this dump"
        )
