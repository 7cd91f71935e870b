"""Decoding and quarantine: every unreadable dump gets a reason code and a detail a person can act on."""

from __future__ import annotations

import pytest

from transforms.decode import decode_dump
from transforms.parse import parse_dump
from transforms.records import ParsedArticle, Quarantined
from transforms.schema import QUARANTINE_REASONS

PAGE = (
    "Melaka’s tourist arrivals up 18% last year\n\n\n  • Nation\n  • Friday, 10 Jan 2025\n\n"
    "MELAKA: The state’s tourist arrivals rose 18% – the “best” year yet, says café owner Zoë.\n\n"
    "Follow us on our official WhatsApp channel for breaking news alerts and key updates!\n"
)


def _article(data: bytes) -> ParsedArticle:
    outcome = parse_dump(data)
    assert isinstance(outcome, ParsedArticle), outcome
    return outcome


def _quarantined(data: bytes, max_bytes: int = 10_000_000) -> Quarantined:
    outcome = parse_dump(data, max_bytes)
    assert isinstance(outcome, Quarantined), outcome
    assert outcome.reason_code in QUARANTINE_REASONS
    assert len(outcome.detail) > 20
    return outcome


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t  ", "\ufeff\n\n".encode()])
def test_empty_file(data: bytes) -> None:
    assert _quarantined(data).reason_code == "empty_file"


def test_binary_junk_with_nuls() -> None:
    verdict = _quarantined(bytes(range(256)) * 20)
    assert verdict.reason_code == "binary_content"
    assert "NUL" in verdict.detail


def test_binary_junk_without_nuls() -> None:
    junk = bytes((i * 37 + 11) % 255 + 1 for i in range(4000))
    assert _quarantined(junk).reason_code == "binary_content"


def test_bytes_in_no_known_encoding_are_undecodable() -> None:
    data = b"Headline\n\nBody \x81\x8d\x8f\x90\x9d text with bytes cp1252 does not define.\n"
    verdict = _quarantined(data)
    assert verdict.reason_code == "undecodable"
    assert "UTF-8" in verdict.detail


def test_broken_utf16_is_undecodable() -> None:
    data = b"\xff\xfe" + "Headline\n\nBody.\n".encode("utf-16-le") + b"\x00\xdc\x00\xdc" + "more".encode("utf-16-le")
    assert _quarantined(data).reason_code == "undecodable"


def test_no_headline() -> None:
    verdict = _quarantined(
        b"KUALA LUMPUR: The man wanted over the online threats is believed to be overseas, police said.\n"
    )
    assert verdict.reason_code == "no_headline"
    assert verdict.partial is not None and verdict.partial.dateline == "KUALA LUMPUR"


def test_above_the_size_limit() -> None:
    verdict = _quarantined(PAGE.encode() * 10, max_bytes=1000)
    assert verdict.reason_code == "too_large"
    assert "1000" in verdict.detail


def test_headline_without_body() -> None:
    data = b"Cabinet reshuffle expected next week\n\nFollow us on our official WhatsApp channel for news alerts!\n"
    assert _quarantined(data).reason_code == "no_body"


@pytest.mark.parametrize(
    ("data", "warning"),
    [
        (PAGE.encode("utf-8"), None),
        (b"\xef\xbb\xbf" + PAGE.encode("utf-8"), None),
        (b"\xff\xfe" + PAGE.encode("utf-16-le"), None),
        (b"\xfe\xff" + PAGE.encode("utf-16-be"), None),
        # UTF-32 LE's BOM starts with UTF-16 LE's: only the longer match must win.
        (b"\xff\xfe\x00\x00" + PAGE.encode("utf-32-le"), None),
        (b"\x00\x00\xfe\xff" + PAGE.encode("utf-32-be"), None),
        (PAGE.replace("\n", "\r\n").encode("cp1252"), "encoding_fallback:cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf32le-bom", "utf32be-bom", "cp1252"],
)
def test_encodings_decode_to_the_same_article(data: bytes, warning: str | None) -> None:
    article = _article(data)
    assert article.title == "Melaka’s tourist arrivals up 18% last year"
    assert article.body_paragraphs == (
        "MELAKA: The state’s tourist arrivals rose 18% – the “best” year yet, says café owner Zoë.",
    )
    fallbacks = [w for w in article.warnings if w.startswith("encoding_fallback")]
    assert fallbacks == ([warning] if warning else [])


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [(b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be")],
    ids=["utf32le", "utf32be"],
)
def test_utf32_bom_names_its_encoding_and_is_not_kept_in_the_text(bom: bytes, encoding: str) -> None:
    decoded = decode_dump(bom + PAGE.encode(encoding))
    assert not isinstance(decoded, Quarantined), decoded
    assert (decoded.text, decoded.encoding, decoded.warnings) == (PAGE, encoding, ())


def test_latin1_fallback_is_recorded() -> None:
    text = "Caf\xe9 owners upbeat\n\nIPOH: Caf\xe9 owners in Ipoh expect a good year, says Zo\xeb.\n"
    decoded = decode_dump(text.encode("latin-1"))
    assert not isinstance(decoded, Quarantined)
    assert decoded.text == text
    assert decoded.warnings == ("encoding_fallback:latin-1",)


def test_utf16_without_bom_is_guessed() -> None:
    decoded = decode_dump(PAGE.encode("utf-16-le"))
    assert not isinstance(decoded, Quarantined)
    assert decoded.text == PAGE
    assert decoded.warnings == ("encoding_fallback:utf-16-le",)


def test_utf16_cut_inside_last_character_keeps_the_rest() -> None:
    decoded = decode_dump(b"\xff\xfe" + PAGE.encode("utf-16-le") + b"A")
    assert not isinstance(decoded, Quarantined)
    assert decoded.text == PAGE
    assert "truncated_encoding" in decoded.warnings


def test_mojibake_is_repaired_and_curly_quotes_are_left_alone() -> None:
    broken = "Penang’s monorail".encode().decode("cp1252")  # "Penangâ€™s monorail"
    text = f"{broken} in three phases\n\nGEORGE TOWN: It is “crucial”, he said of the island’s roads.\n"
    article = _article(text.encode())
    assert article.title == "Penang’s monorail in three phases"
    assert article.body_paragraphs == ("GEORGE TOWN: It is “crucial”, he said of the island’s roads.",)
    assert "mojibake_repaired" in article.warnings


def test_legitimate_curly_quotes_are_not_mojibake() -> None:
    article = _article(PAGE.encode())
    assert "mojibake_repaired" not in article.warnings


def test_replacement_characters_are_kept_and_recorded() -> None:
    article = _article("Parks upgrade\n\nSHAH ALAM: New \ufffdsmart\ufffd lighting, he said.\n".encode())
    assert article.body_paragraphs == ("SHAH ALAM: New \ufffdsmart\ufffd lighting, he said.",)
    assert "replacement_characters" in article.warnings
