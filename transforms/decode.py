"""Raw dump bytes -> text: BOMs, UTF-16, cp1252/latin-1 fallbacks and mojibake repair, with warnings."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import ftfy

from transforms.records import Quarantined

DEFAULT_MAX_BYTES = 10 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0/C1 control characters other than tab, newline, carriage return and form feed: text has
# almost none, binary junk decoded as latin-1 is full of them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# Cheap pre-check for UTF-8 read as cp1252/latin-1 ("â€™", "Ã©"): ftfy runs only when it hits.
_MOJIBAKE_HINT = re.compile(r"[ÂÃâ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ ¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿]")
_MAX_CONTROL_SHARE = 0.01


@dataclass(frozen=True)
class DecodedText:
    """Text of a dump and what decoding had to do to get it."""

    text: str
    encoding: str
    warnings: tuple[str, ...]


def _control_share(text: str) -> float:
    return len(_CONTROL.findall(text)) / max(len(text), 1)


def _looks_like_utf16_without_bom(data: bytes) -> str | None:
    """Guess UTF-16 without BOM from NULs in every other byte (ASCII-heavy text)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _strict_decode(data: bytes) -> tuple[str, str, tuple[str, ...]] | Quarantined:
    """Pick the encoding: BOM, else UTF-8, else cp1252, else latin-1 (which always decodes)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding, ()
            except UnicodeDecodeError as exc:
                return Quarantined(
                    "undecodable",
                    f"starts with a {encoding} byte-order mark but byte {exc.start + len(bom)} "
                    f"is not valid {encoding}; re-export the dump in UTF-8",
                )
    guessed = _looks_like_utf16_without_bom(data)
    if guessed is not None:
        try:
            return data.decode(guessed), guessed, (f"encoding_fallback:{guessed}",)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        return Quarantined(
            "binary_content",
            f"contains {data.count(0)} NUL bytes and is not UTF-16: not a text dump",
        )
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    for fallback in ("cp1252", "latin-1"):
        try:
            return data.decode(fallback), fallback, (f"encoding_fallback:{fallback}",)
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte string")  # pragma: no cover


def decode_dump(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> DecodedText | Quarantined:
    """Decode a dump, or say why it cannot be read as one."""
    if len(data) > max_bytes:
        return Quarantined(
            "too_large",
            f"{len(data)} bytes is above the {max_bytes}-byte limit (setting max_dump_bytes); "
            "a news page is a few KB: check the scraper",
        )
    if not data.strip():
        return Quarantined("empty_file", f"{len(data)} bytes, nothing but whitespace: the scrape returned no page")
    decoded = _strict_decode(data)
    if isinstance(decoded, Quarantined):
        return decoded
    text, encoding, warnings = decoded
    share = _control_share(text)
    if share > _MAX_CONTROL_SHARE:
        return Quarantined(
            "binary_content",
            f"{share:.0%} of the characters are control characters after decoding as {encoding}: "
            "not a text dump",
        )
    if _MOJIBAKE_HINT.search(text):
        # fix_encoding only undoes mis-decoding; it leaves curly quotes and dashes alone.
        repaired = ftfy.fix_encoding(text)
        if repaired != text:
            text = repaired
            warnings = (*warnings, "mojibake_repaired")
    if "\ufffd" in text:
        warnings = (*warnings, "replacement_characters")
    if not text.strip():
        return Quarantined("empty_file", "decodes to whitespace only: the scrape returned no page")
    return DecodedText(text, encoding, warnings)
