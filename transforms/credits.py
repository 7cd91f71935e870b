"""Attribution text -> structured fields: caption credits, datelines, agencies, reporting lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

# "RIYADH/WASHINGTON (Reuters) - ", "LONDON, Feb 19 (Reuters) - ", "KUALA LUMPUR: ", "ST. PETERSBURG (AFP) -".
# The place is in capitals (print style); an agency in parentheses needs a dash after it,
# a bare place needs a colon (so a print lead such as "THE Straits of ..." is not a dateline).
_PLACE = r"[A-Z][A-Z.'’\-]*(?:[ ][A-Z][A-Z.'’\-]*)*"
_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE}(?:\s*/\s*{_PLACE})*)"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"  # optional ", Feb 19"
    r"(?:\s*\((?P<agency>[A-Za-z][A-Za-z .&-]{0,30})\)\s*[-–—]|\s*:)\s+\S"
)

# Agencies: how to recognize each in attribution text, and its normalized name.
_AGENCY_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\breuters\b", re.I), "Reuters"),
    (re.compile(r"\bafp\b", re.I), "AFP"),
    (re.compile(r"\bAP\b(?:\s+Photo)?"), "AP"),
    (re.compile(r"\bassociated press\b", re.I), "AP"),
    (re.compile(r"\bbernama\b", re.I), "Bernama"),
    (re.compile(r"\bepa(?:-efe)?\b", re.I), "EPA-EFE"),
    (re.compile(r"\bxinhua\b", re.I), "Xinhua"),
    (re.compile(r"\bgetty(?: images)?\b", re.I), "Getty Images"),
    (re.compile(r"\bbloomberg\b", re.I), "Bloomberg"),
    (re.compile(r"\bthe ?star\b", re.I), "The Star"),
    (re.compile(r"\bunsplash\b", re.I), "Unsplash"),
    (re.compile(r"\b(?:ANN|asia news network)\b"), "ANN"),
)
_VIA = re.compile(r"\bvia\s+(.+)$", re.I)

# Words a credit may contain in lower case; anything else in lower case is sentence text.
_CREDIT_LOWER_WORDS = frozenset(
    "via by on and of de da del der van von bin binti bt bte al el la le du dos das pic pics photo photos "
    "file filepic handout courtesy image images picture pictures staff".split()
)
_CREDIT_MARKER = re.compile(
    r"/|\bvia\b|^(?:photos?|pics?|pictures?|images?|filepic|file photo|handout|courtesy)\b|\bpics?$|"
    r"^(?:reuters|afp|ap|bernama|epa(?:-efe)?|xinhua|getty images|bloomberg|the star|ann)$",
    re.I,
)
# Caption end + credit: a sentence end, then the credit; or a dash, then the credit.
_SENTENCE_END = re.compile(r"[.!?\"”’)](?=\s+\S)")
_DASH_CREDIT = re.compile(r"\s*(?<!\w)[—–-]\s*([^—–]{1,100})$")
_TRAILING_AGENCY = re.compile(
    r"\s*[—–-]\s*(Bernama|Reuters|AFP|AP|Xinhua|dpa|ANN|Asia News Network)\s*$"
)
_CREDITS_LINE = re.compile(
    r"^\(\s*(?:Reporting|Additional reporting|Writing|Editing|Compiled|Reporting and writing)\b.*\)$", re.I
)
_CREDIT_CLAUSE = re.compile(
    r"^(?P<role>reporting and writing|additional reporting|reporting|writing|editing|compiled)\s+by\s+(?P<names>.+)$",
    re.I,
)
_NAME_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
_IN_PLACE = re.compile(r"\s+in\s+[A-Z].*$")
_PHOTOGRAPHER_BY = re.compile(r"^(?:photos?|pics?|pictures?)\s+by\s+(.+?)(?:\s+(?:on|for|via)\s+.+)?$", re.I)
_NOT_PHOTOGRAPHER = re.compile(
    r"^(?:reuters|afp|ap(?: photo)?|bernama|epa(?:-efe)?|xinhua|getty images|bloomberg|the star|ann|"
    r"pool|handout|file|file photo|filepic|courtesy|staff|.*\bpics?)$",
    re.I,
)


def dateline_of(paragraph: str) -> tuple[str, str | None] | None:
    """('RIYADH/WASHINGTON', 'Reuters') from 'RIYADH/WASHINGTON (Reuters) - ...'; None without a dateline."""
    m = _DATELINE.match(paragraph)
    if m is None:
        return None
    place = m.group("place")
    if not any(ch.isalpha() for ch in place) or len(place) > 60:
        return None
    return place, m.group("agency")


def is_credits_line(line: str) -> bool:
    """True for '(Reporting by A and B; Editing by C)'."""
    return bool(_CREDITS_LINE.match(line))


def people_of_credits_line(line: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(reporters, editors) from '(Reporting by A in X and B; Editing by C)'."""
    reporters: list[str] = []
    editors: list[str] = []
    for clause in line.strip().strip("()").split(";"):
        m = _CREDIT_CLAUSE.match(clause.strip())
        if m is None:
            continue
        names = [_IN_PLACE.sub("", n).strip(" .") for n in _NAME_SPLIT.split(m.group("names"))]
        target = editors if m.group("role").lower() == "editing" else reporters
        target.extend(n for n in names if n and n not in target)
    return tuple(reporters), tuple(editors)


def _credit_shaped(tail: str) -> bool:
    """A credit names people and organisations: short, capitalized, with a credit marker."""
    words = tail.split()
    if not 1 <= len(words) <= 14 or tail.endswith((".", ",", ":", ";")):
        return False
    if not (tail[0].isupper() or tail[0].isdigit()):
        return False
    for word in words:
        core = word.strip("()[],'\"‘’“”")
        if core and core[0].islower() and core.split("/")[0].lower() not in _CREDIT_LOWER_WORDS:
            return False
    return bool(_CREDIT_MARKER.search(tail)) or any(p.search(tail) for p, _ in _AGENCY_PATTERNS)


def split_caption_credit(paragraph: str) -> tuple[str, str | None]:
    """('Caption text.', 'REUTERS/Name/Pool') from a caption paragraph; credit None when absent."""
    dash = _DASH_CREDIT.search(paragraph)
    if dash is not None and dash.start() > 0 and _credit_shaped(dash.group(1).strip()):
        return paragraph[: dash.start()].rstrip(), dash.group(1).strip()
    # The earliest sentence end whose remainder is credit-shaped: "... 2025. U.S. Navy/Handout via REUTERS".
    for m in _SENTENCE_END.finditer(paragraph):
        tail = paragraph[m.end() :].strip()
        if _credit_shaped(tail):
            return paragraph[: m.end()].rstrip(), tail
    return paragraph, None


def agency_of_credit(credit: str | None) -> str | None:
    """Normalized agency of a credit; the distributor wins for 'X/Handout via REUTERS'."""
    if not credit:
        return None
    via = _VIA.search(credit)
    scopes = [via.group(1), credit] if via else [credit]
    for scope in scopes:
        hits = [(m.start(), name) for p, name in _AGENCY_PATTERNS for m in [p.search(scope)] if m]
        if hits:
            return min(hits)[1]
    return None


def is_pool(credit: str | None) -> bool:
    return bool(credit) and re.search(r"\bpool\b", credit or "", re.I) is not None


def is_handout(credit: str | None) -> bool:
    return bool(credit) and re.search(r"\bhandout\b", credit or "", re.I) is not None


def photographer_of_credit(credit: str | None) -> str | None:
    """'Evelyn Hockstein' from 'REUTERS/Evelyn Hockstein/Pool'; None for handouts and bare agencies."""
    if not credit or is_handout(credit):
        return None
    by = _PHOTOGRAPHER_BY.match(credit)
    if by is not None:
        return by.group(1).strip()
    parts = [p.strip() for p in credit.split("/") if p.strip()]
    if len(parts) < 2:
        return None  # a bare "Reuters" or "Bernama pic" names no photographer
    names = [p for p in parts if not _NOT_PHOTOGRAPHER.match(p)]
    return names[0] if names else None


@dataclass(frozen=True)
class TrailingAgency:
    """A body paragraph with its trailing '- Bernama' removed, and the agency it named."""

    paragraph: str
    agency: str


def trailing_agency(paragraph: str) -> TrailingAgency | None:
    """Split '... he said. - Bernama' into the paragraph and 'Bernama'."""
    m = _TRAILING_AGENCY.search(paragraph)
    if m is None or m.start() == 0:
        return None
    return TrailingAgency(paragraph[: m.start()].rstrip(), m.group(1))
