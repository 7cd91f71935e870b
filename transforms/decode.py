"""Raw dump bytes -> text: BOMs, UTF-16, cp1252/latin-1 fallbacks and mojibake repair, with warnings."""

from __future__ import annotations

import codecs
import re

# Module constants are Final: compiled (mypyc), a Final name is a C static or an inlined literal, where any
# other module-level name costs a dictionary lookup at each use.
from typing import Final, final

import ftfy

from transforms.records import Quarantined

DEFAULT_MAX_BYTES: Final = 10 * 1024 * 1024

_BOMS: Final[tuple[tuple[bytes, str], ...]] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 control bytes other than tab, newline, carriage return and form feed: text has almost none,
# binary junk is full of them. Counted with bytes.translate (C speed) on the raw bytes.
_C0_CONTROL_BYTES: Final = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_MAX_CONTROL_SHARE: Final = 0.01
# The five bytes cp1252 leaves undefined: latin-1 would turn them into C1 control characters,
# which no real text contains, so they mark bytes that are in no encoding we can read.
_CP1252_UNDEFINED: Final = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")
_C1_RANGE: Final = re.compile(rb"[\x80-\x9f]")
# A few stray undefined bytes in otherwise readable cp1252 text are replaced, not quarantined.
_MAX_UNDEFINED_BYTES: Final = 3
# The lead bytes of "â", "Ã", "Â" and of U+FFFD in UTF-8 (see decode_dump).
_LATIN1_LEAD_C3: Final = 0xC3
_REPLACEMENT_LEAD: Final = 0xEF
# Cheap pre-check for UTF-8 read as cp1252/latin-1 ("â€™", "Ã©"): ftfy runs only when it hits.
_MOJIBAKE_HINT: Final = re.compile(r"[ÂÃâ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ ¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿]")


@final
class DecodedText:
    """Text of a dump and what decoding had to do to get it. Its fields are Final: a plain class, as compiled its
    constructor is native (a frozen dataclass's sets each field through an interpreted object.__setattr__ call)."""

    def __init__(self, text: str, encoding: str, warnings: tuple[str, ...]) -> None:
        self.text: Final = text
        self.encoding: Final = encoding
        self.warnings: Final = warnings


def _control_share(data: bytes) -> float:
    return (len(data) - len(data.translate(None, _C0_CONTROL_BYTES))) / max(len(data), 1)


def _looks_like_utf16_without_bom(data: bytes) -> str | None:
    """Guess UTF-16 without BOM from NULs in every other byte (ASCII-heavy text)."""
    if len(data) < 4 or 0 not in data:  # the byte's value: a bytes operand is first tried as an int, which raises
        return None  # no NUL byte at all (nearly every dump): no need to split the bytes in two
    even, odd = data[0::2], data[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _decode_wide(data: bytes, encoding: str, offset: int) -> tuple[str, tuple[str, ...]] | Quarantined:
    """UTF-16/32 text; a scrape cut inside its last character keeps everything before the cut."""
    unit = 4 if encoding.startswith("utf-32") else 2
    try:
        return data.decode(encoding), ()
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - unit:  # only the final, incomplete character is bad
            return data[: exc.start].decode(encoding), ("truncated_encoding",)
        return Quarantined(
            "undecodable",
            f"declared {encoding} but byte {exc.start + offset} ({exc.reason}) is not valid {encoding}; "
            "re-export the dump in UTF-8",
        )


def _strict_decode(data: bytes) -> tuple[str, str, tuple[str, ...]] | Quarantined:
    """Pick the encoding: BOM, else UTF-8, else cp1252 or latin-1."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if encoding == "utf-8":
                data = data[len(bom) :]  # a UTF-8 BOM may sit on cp1252 bytes: detect as usual
                break
            wide = _decode_wide(data[len(bom) :], encoding, len(bom))
            return wide if isinstance(wide, Quarantined) else (wide[0], encoding, wide[1])
    if 0 in data:  # a NUL byte (searched by value, see _looks_like_utf16_without_bom): UTF-16 or binary
        guessed = _looks_like_utf16_without_bom(data)
        if guessed is not None:
            wide = _decode_wide(data, guessed, 0)
            if not isinstance(wide, Quarantined):
                return wide[0], guessed, (f"encoding_fallback:{guessed}", *wide[1])
        return Quarantined(
            "binary_content",
            f"contains {data.count(0)} NUL bytes and is not UTF-16: not a text dump; check the scraper's output",
        )
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError as exc:
        utf8_error = exc
    share = _control_share(data)
    if share > _MAX_CONTROL_SHARE:
        return Quarantined(
            "binary_content",
            f"{share:.1%} of the bytes are control characters and byte {utf8_error.start} is not UTF-8: "
            "not a text dump; check the scraper's output",
        )
    undefined = _CP1252_UNDEFINED.findall(data)
    if len(undefined) > _MAX_UNDEFINED_BYTES:
        where = _CP1252_UNDEFINED.search(data)
        return Quarantined(
            "undecodable",
            f"not UTF-8 (byte {utf8_error.start}) and {len(undefined)} bytes (first at {where.start() if where else 0})"
            " are undefined in cp1252 and latin-1 text: unknown encoding; re-export the dump in UTF-8",
        )
    if undefined:
        return data.decode("cp1252", errors="replace"), "cp1252", ("encoding_fallback:cp1252",)
    # Without bytes 0x80-0x9F cp1252 and latin-1 read the same text; name the one the bytes prove.
    fallback = "cp1252" if _C1_RANGE.search(data) else "latin-1"
    return data.decode(fallback), fallback, (f"encoding_fallback:{fallback}",)


def decode_dump(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> DecodedText | Quarantined:
    """Decode a dump, or say why it cannot be read as one."""
    if len(data) > max_bytes:
        return Quarantined(
            "too_large",
            f"{len(data)} bytes is above the {max_bytes}-byte limit (setting max_dump_bytes); "
            "a news page is a few KB: check the scraper",
        )
    if not data or data.isspace():
        return Quarantined("empty_file", f"{len(data)} bytes, nothing but whitespace: the scrape returned no page")
    decoded = _strict_decode(data)
    if isinstance(decoded, Quarantined):
        return decoded
    text, encoding, warnings = decoded
    if not text.isascii():  # pure ASCII (common) can hold neither mojibake nor U+FFFD
        # Text read as UTF-8 holds a character only where the bytes hold its encoding: one search of the bytes for
        # the lead byte they share (memchr on half the memory of the text's two-byte characters) answers for
        # the character searches below when it finds none (in the bytes as given: a BOM stripped off holds none).
        as_read = encoding == "utf-8"  # (and no repair yet)
        # Mojibake of UTF-8 read as cp1252 always holds one of these three (UTF-8 "\xc3\xa2", "\xc3\x83",
        # "\xc3\x82"); `in` is far cheaper than the regex.
        if (
            (not as_read or _LATIN1_LEAD_C3 in data)
            and ("â" in text or "Ã" in text or "Â" in text)
            and _MOJIBAKE_HINT.search(text)
        ):
            # fix_encoding only undoes mis-decoding; it leaves curly quotes and dashes alone.
            repaired = ftfy.fix_encoding(text)
            if repaired != text:
                text = repaired
                warnings = (*warnings, "mojibake_repaired")
                as_read = False
        if (not as_read or _REPLACEMENT_LEAD in data) and "\ufffd" in text:  # U+FFFD in UTF-8: "\xef\xbf\xbd"
            warnings = (*warnings, "replacement_characters")
    if not text or text.isspace():
        return Quarantined("empty_file", f"decodes ({encoding}) to whitespace only: the scrape returned no page")
    return DecodedText(text, encoding, warnings)
