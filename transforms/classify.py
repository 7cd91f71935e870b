"""Lines of a dump -> a parsed article: title, meta bullets, captions, body, credits, tags, related lists.

The page is read top to bottom in three zones:
  head     title line, then "  • Section" / "  • Wednesday, 19 Feb 2025" bullets (optional)
  content  photo captions, then the body; promo blocks are cut out wherever they sit
  tail     from the first end marker on: reporting credits, the WhatsApp line and its tags line,
           "Next In <X>" / "Others Also Read" lists, paywall and page chrome
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from transforms import credits
from transforms.records import Caption, ParsedArticle, ParseOutcome, Quarantined, RelatedList
from transforms.segment import Line

_BULLET = re.compile(r"^[•·●▪◦‣∙*]\s*(\S.*)$")
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|wednes|thu|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+)?"
_DAY_MONTH_YEAR = re.compile(rf"^{_WEEKDAY}(\d{{1,2}})\s+([a-z]{{3,9}})\.?,?\s+(\d{{4}})\b", re.I)
_MONTH_DAY_YEAR = re.compile(rf"^{_WEEKDAY}([a-z]{{3,9}})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})\b")
_TIME_ONLY = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$", re.I)
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
            ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
            ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}

_WHATSAPP = re.compile(r"\bwhatsapp channel\b|^follow us on our official whatsapp", re.I)
_NEXT_IN = re.compile(r"^Next In\s+(\S.{0,60}?)\s*:?$", re.I)
_OTHERS_ALSO_READ = re.compile(r"^Others Also Read\s*:?$", re.I)
# Prompts that end the readable page: paywalls, report forms, old-page chrome.
_PAYWALL = re.compile(
    r"^(?:already an? (?:subscriber|member)\b|(?:log ?in|sign ?in|subscribe)(?: now)? to (?:continue|read|unlock)|"
    r"to continue reading|this (?:article|story) is (?:for|exclusive to) (?:subscribers|members)|"
    r"(?:premium|exclusive) content\b|unlock unlimited access\b)",
    re.I,
)
_CHROME = re.compile(
    r"^(?:thank you for your report!?|all headlines:?|want to listen to full audio\??|"
    r"report (?:it to us|an? (?:error|typo))|found a mistake\?|click here to|"
    r"copyright ©|©\s*\d{4})",
    re.I,
)
# A promo block opens with an offer line and runs through plan, price and terms lines.
_PROMO_START = re.compile(
    r"\b(?:promo|digital access|special offer|subscribe now|(?:monthly|annual|yearly) plan|free trial)\b|"
    r"\bsave\s+\d+\s*%|\b\d+\s*%\s*off\b",
    re.I,
)
_PROMO_STRONG = re.compile(r"\bpromo\b.*\b(?:save|off|t&c)\b|\bsave\s+\d+\s*%\s*off\b|\bmore info\b", re.I)
_PROMO_LINE = re.compile(
    r"\bRM\s?\d|\bUSD?\s?\$?\d|/\s?(?:month|mth|year|yr)\b|\bbilled\b|\bthereafters?\b|\bfree trial\b|"
    r"\bcancel anytime\b|\bnew subscribers\b|\bbest value\b|\b(?:monthly|annual|yearly) plan\b|"
    r"^\d+\s+(?:month|year)s?$|\bT&C\b|\bno ads\b|\bauto-renewal\b|\bmore info\b|\bsubscribe\b|"
    r"\bper (?:month|year)\b|\bunlimited access\b|\bmembers? rewards\b|\bdigital access\b|^(?:only|now)\b",
    re.I,
)
_TERMINAL = ('.', '!', '?', '"', '”', '’', "'", ')', ']', '…')
_QUOTE_OPENERS = ('"', '“', '‘', "'", '(', '[')
_TITLE_MAX_CHARS = 300
_MAX_UNCREDITED_CAPTIONS = 3


def _date_of(text: str) -> date | None:
    """A calendar date from a bullet such as 'Wednesday, 19 Feb 2025'; None when it is not one."""
    for pattern, order in ((_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy"), (_ISO_DATE, "iso")):
        m = pattern.match(text)
        if m is None:
            continue
        try:
            if order == "iso":
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            day, month_name = (m.group(1), m.group(2)) if order == "dmy" else (m.group(2), m.group(1))
            month = _MONTHS.get(month_name.lower())
            return date(int(m.group(3)), month, int(day)) if month else None
        except ValueError:
            return None
    return None


def _is_end_marker(text: str) -> bool:
    return bool(
        _WHATSAPP.search(text)
        or credits.is_credits_line(text)
        or _NEXT_IN.match(text)
        or _OTHERS_ALSO_READ.match(text)
        or _PAYWALL.match(text)
        or _CHROME.match(text)
    )


def _promo_block_end(lines: Sequence[Line], start: int) -> int | None:
    """Index after the promo block opening at `start`, or None when no promo block opens there."""
    first = lines[start].text
    if not _PROMO_START.search(first) or len(first.split()) > 25:
        return None
    end = start + 1
    while end < len(lines):
        text = lines[end].text
        if _is_end_marker(text):
            break
        is_short_label = len(text.split()) <= 4 and end + 1 < len(lines) and bool(_PROMO_LINE.search(lines[end + 1].text))
        if not (_PROMO_LINE.search(text) or is_short_label):
            break
        end += 1
    if end == start + 1 and not _PROMO_STRONG.search(first):
        return None  # an offer-sounding sentence with no plans or prices after it is body text
    return end


def _looks_like_title(lines: Sequence[Line]) -> bool:
    first = lines[0].text
    if credits.dateline_of(first) or first.startswith(_QUOTE_OPENERS) or _is_end_marker(first):
        return False
    if len(first) > _TITLE_MAX_CHARS or _promo_block_end(lines, 0) is not None:
        return False
    if len(lines) > 1 and _BULLET.match(lines[1].text):
        return True
    words = len(first.split())
    # Headlines are short and rarely end a sentence; a body paragraph is long and does.
    return words <= 30 and not (first.endswith(".") and words > 12)


def _is_tags_line(text: str) -> bool:
    if len(text) > 200 or _is_end_marker(text) or _PROMO_START.search(text):
        return False
    items = [item.strip() for item in text.split(",")]
    return all(item and len(item.split()) <= 6 and not item.endswith(".") for item in items)


def _split_captions(paragraphs: list[str]) -> tuple[list[Caption], list[str]]:
    """Captions sit between the head and the first body paragraph.

    A paragraph there is a caption when it ends in a photo credit, or when it is a finished
    sentence standing before the dateline paragraph (an uncredited caption). A dateline paragraph
    always starts the body, and so does anything when no body would be left (briefings whose
    items all end in '- Reuters' are body, not captions).
    """
    dateline_at = next((i for i, p in enumerate(paragraphs) if credits.dateline_of(p)), None)
    captions: list[Caption] = []
    for i, paragraph in enumerate(paragraphs):
        if i == dateline_at:
            break
        text, credit = credits.split_caption_credit(paragraph)
        if credit is None:
            before_dateline = dateline_at is not None and dateline_at - i <= _MAX_UNCREDITED_CAPTIONS
            if not (before_dateline and paragraph.endswith(_TERMINAL)):
                break
        captions.append(Caption(text, credit))
    body = paragraphs[len(captions) :]
    if not body:
        return [], paragraphs
    return captions, body


def parse_lines(lines: Sequence[Line], decode_warnings: tuple[str, ...] = ()) -> ParseOutcome:
    """Classify the lines of one dump into an article, or say why there is none."""
    warnings: list[str] = list(decode_warnings)
    if not lines:
        return Quarantined("empty_file", "no text lines in the dump", warnings=tuple(warnings))

    # Head: title and meta bullets.
    title: str | None = lines[0].text if _looks_like_title(lines) else None
    i = 1 if title is not None else 0
    section: str | None = None
    published: date | None = None
    while i < len(lines) and (bullet := _BULLET.match(lines[i].text)):
        value = bullet.group(1).strip()
        day = _date_of(value)
        if day is not None:
            published = published or day
        elif section is None and not _TIME_ONLY.match(value) and len(value.split()) <= 5:
            section = value
        i += 1

    # Content: everything up to the first end marker, promo blocks cut out.
    content: list[str] = []
    while i < len(lines):
        text = lines[i].text
        if _is_end_marker(text):
            if _PAYWALL.match(text):
                warnings.append("paywall_prompt")
            break
        promo_end = _promo_block_end(lines, i)
        if promo_end is not None:
            warnings.append("promo_removed")
            i = promo_end
            continue
        content.append(text)
        i += 1

    # Tail: credits, WhatsApp + tags, related lists, chrome.
    reporters: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    related: list[RelatedList] = []
    open_list: tuple[str, str, list[str]] | None = None
    after_whatsapp = False
    next_in_section: str | None = None
    while i < len(lines):
        text = lines[i].text
        just_after_whatsapp, after_whatsapp = after_whatsapp, False
        if (promo_end := _promo_block_end(lines, i)) is not None:
            warnings.append("promo_removed")
            i = promo_end
            continue
        i += 1
        if credits.is_credits_line(text):
            found_reporters, found_editors = credits.people_of_credits_line(text)
            reporters, editors = reporters + found_reporters, editors + found_editors
        elif _WHATSAPP.search(text):
            after_whatsapp = True
        elif (next_in := _NEXT_IN.match(text)) or _OTHERS_ALSO_READ.match(text):
            if open_list is not None:
                related.append(RelatedList(open_list[0], open_list[1], tuple(open_list[2])))
            kind = "next_in" if next_in else "others_also_read"
            if next_in and next_in_section is None:
                next_in_section = next_in.group(1)
            open_list = (kind, text.rstrip(":").strip(), [])
            continue
        elif _PAYWALL.match(text) or _CHROME.match(text):
            pass
        elif just_after_whatsapp and open_list is None and _is_tags_line(text):
            tags = tuple(item.strip() for item in text.split(",") if item.strip())
        elif open_list is not None:
            open_list[2].append(text)
            continue
        else:
            warnings.append("unrecognized_tail_line")
        if open_list is not None:
            related.append(RelatedList(open_list[0], open_list[1], tuple(open_list[2])))
            open_list = None
    if open_list is not None:
        related.append(RelatedList(open_list[0], open_list[1], tuple(open_list[2])))

    captions, body = _split_captions(content)
    dateline: str | None = None
    agency: str | None = None
    if body and (found := credits.dateline_of(body[0])) is not None:
        dateline, agency = found
    if body and (trailing := credits.trailing_agency(body[-1])) is not None:
        body[-1] = trailing.paragraph
        agency = agency or trailing.agency

    if body and dateline is None:
        warnings.append("no_dateline")
    if any(c.credit is None for c in captions):
        warnings.append("caption_without_credit")
    if body and not body[-1].endswith(_TERMINAL):
        warnings.append("truncated_body")

    article = ParsedArticle(
        title=title,
        section=section or next_in_section,
        published_date=published,
        dateline=dateline,
        agency=agency,
        captions=tuple(captions),
        body_paragraphs=tuple(body),
        reporters=reporters,
        editors=editors,
        tags=tags,
        related=tuple(related),
        warnings=tuple(dict.fromkeys(warnings)),  # ordered, each once
    )
    if title is None:
        return Quarantined(
            "no_headline",
            "the first line is body text (" + _preview(lines[0].text) + "), not a headline: "
            "the scrape missed the page head",
            partial=article,
            warnings=article.warnings,
        )
    if not body:
        return Quarantined(
            "no_body",
            f"headline {_preview(title)} but no body paragraph: the page was empty or all chrome",
            partial=article,
            warnings=article.warnings,
        )
    return article


def _preview(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
