"""The robustness probes derive each variation and its right answer from a page and its truth."""

from __future__ import annotations

from typing import Any

from bench.probes import (
    above_headline,
    byline_line,
    caption_line,
    cut_short,
    date_line,
    first_paragraph_only,
    headless,
    on_top,
    one_line_each,
    own_chrome,
    page_top_chrome,
    upper_headline,
    variations,
    with_chrome,
)

DUMP = (
    "Riverside News | Home\n\nFerry fares to rise in March\n\n  • Nation\n\n"
    "The crossing will cost a little more from spring. Photo: Ana Lim\n\n"
    "PORT ELLIS: Ferry fares across the estuary will rise by a fifth in March, the operator said.\n\n"
    "The operator blamed fuel prices.\n\nCommuters groaned.\n\nA review is due in June."
)
TRUTH: dict[str, Any] = {
    "outcome": "ok",
    "title": "Ferry fares to rise in March",
    "body_paragraphs": [
        "PORT ELLIS: Ferry fares across the estuary will rise by a fifth in March, the operator said.",
        "The operator blamed fuel prices.",
        "Commuters groaned.",
        "A review is due in June.",
    ],
}


def test_headless_starts_at_the_first_body_paragraph_under_the_headline() -> None:
    assert headless(DUMP, TRUTH) == DUMP[DUMP.index("PORT ELLIS") :]


def test_headless_needs_the_body_below_the_headline() -> None:
    assert (
        headless(
            "Commuters groaned.\n\nFerry fares to rise in March", {**TRUTH, "body_paragraphs": ["Commuters groaned."]}
        )
        is None
    )


def test_cut_short_stops_forty_characters_into_the_third_paragraph() -> None:
    cut = cut_short(DUMP, TRUTH)
    assert cut is not None and cut.endswith("Commuters groaned.\n\nA review is due in J")
    assert cut_short(DUMP, {**TRUTH, "body_paragraphs": TRUTH["body_paragraphs"][:3]}) is None


def test_page_top_chrome_is_what_stands_above_the_headline_line() -> None:
    assert page_top_chrome(DUMP, TRUTH["title"]) == "Riverside News | Home"
    assert page_top_chrome(" date 2024-01-02 Menu\n\nFerry fares to rise in March", TRUTH["title"]) is None
    assert page_top_chrome("Ferry fares to rise in March\n\nBody.", TRUTH["title"]) is None


def test_chrome_goes_in_front_except_before_a_date_prefix() -> None:
    assert with_chrome(DUMP, "Menu") == "Menu\n\n" + DUMP
    assert with_chrome(" date 2024-01-02 Ferry fares", "Menu") is None


def test_one_line_each_drops_blank_lines_and_ends_lines_with_crlf() -> None:
    assert one_line_each("A\n\n  \nB\nC") == "A\r\nB\r\nC"


def test_variations_take_chrome_from_another_site_and_skip_quarantines() -> None:
    other = (
        "Gazette Online\n\nBridge reopens after repairs\n\nThe bridge reopened.",
        {"outcome": "ok", "title": "Bridge reopens after repairs", "body_paragraphs": ["The bridge reopened."]},
    )
    pages = [
        ("a/ferry.txt", "riverside", DUMP, TRUTH),
        ("a/bridge.txt", "gazette", other[0], other[1]),
        ("a/empty.txt", "gazette", "Menu", {"outcome": "quarantine", "title": None, "body_paragraphs": []}),
    ]
    got = [(v.probe, v.page, v.want) for v in variations(pages)]
    assert ("chrome", "a/ferry.txt", ("ok", "Ferry fares to rise in March")) in got
    assert not any(page == "a/empty.txt" for _, page, _ in got)
    chrome = next(v.text for v in variations(pages) if v.probe == "chrome" and v.page == "a/ferry.txt")
    assert chrome.startswith("Gazette Online\n\n")
    bridge = next(v.text for v in variations(pages) if v.probe == "chrome" and v.page == "a/bridge.txt")
    assert bridge.startswith("Riverside News | Home\n\n")
    assert sorted(p for p, page, _ in got if page == "a/ferry.txt") == [
        "chrome",
        "cut",
        "datefirst",
        "headless",
        "oneline",
        "short",
        "stackfirst",
        "upperhead",
    ]


CAPTIONED = {
    **TRUTH,
    "captions": [
        {"caption": "Ana Lim", "credit": None},
        {"caption": "The crossing will cost a little more from spring.", "credit": "Ana Lim"},
    ],
    "reporters": ["Jon Pike", "Mei Ong"],
}


def test_caption_line_is_the_pages_own_line_credit_and_all() -> None:
    # the name-only slot is skipped; the sentence's line is taken as the page printed it
    assert caption_line(DUMP, CAPTIONED) == "The crossing will cost a little more from spring. Photo: Ana Lim"


def test_caption_line_falls_back_to_the_truths_caption_and_credit() -> None:
    assert caption_line("Ferry fares to rise in March\n\nBody.", CAPTIONED) == (
        "The crossing will cost a little more from spring. Ana Lim"
    )
    assert caption_line(DUMP, TRUTH) is None


def test_byline_line_names_the_reporters_or_the_first_alone() -> None:
    assert byline_line(CAPTIONED, True) == "By Jon Pike and Mei Ong"
    assert byline_line({**CAPTIONED, "reporters": ["A B", "C D", "E F"]}, True) == "By A B, C D and E F"
    assert byline_line(CAPTIONED, False) == "Jon Pike"
    assert byline_line(TRUTH, True) is None


def test_above_headline_puts_the_line_right_over_the_headline() -> None:
    text = above_headline(DUMP, TRUTH["title"], "A caption.")
    assert text is not None and "Riverside News | Home\n\nA caption.\n\nFerry fares to rise in March\n" in text
    assert above_headline("Menu\n\nBody.", TRUTH["title"], "A caption.") is None
    assert on_top("X", "Y") == "X\n\nY"


def test_variations_add_the_caption_and_byline_probes() -> None:
    got = {(v.probe, v.want[0]): v.text for v in variations([("a/ferry.txt", "riverside", DUMP, CAPTIONED)])}
    assert got["capfirst", "quarantine"].startswith(
        "The crossing will cost a little more from spring. Photo: Ana Lim\n\nPORT ELLIS"
    )
    assert got["bylinefirst", "quarantine"].startswith("By Jon Pike and Mei Ong\n\nPORT ELLIS")
    assert "Photo: Ana Lim\n\nFerry fares to rise in March" in got["captop", "ok"]


def test_own_chrome_is_the_page_top_unless_it_names_the_headline() -> None:
    assert own_chrome(DUMP, TRUTH["title"]) == "Riverside News | Home"
    tab = "Ferry fares to rise in March | Riverside News\n\nFerry fares to rise in March\n\nBody."
    assert own_chrome(tab, TRUTH["title"]) is None
    assert own_chrome("FERRY FARES TO RISE...\n\nFerry fares to rise in March\n\nBody.", TRUTH["title"]) is None


def test_date_line_takes_its_printed_forms_in_turn() -> None:
    assert date_line(0) == "Monday, 1 January 2010"
    assert date_line(1) == "Updated: Feb 2, 2011 10:32 AM"
    assert date_line(2) == "March 3, 2012"


def test_upper_headline_prints_the_headline_line_in_capitals() -> None:
    text = upper_headline(DUMP, TRUTH["title"])
    assert text is not None and "Riverside News | Home\n\nFERRY FARES TO RISE IN MARCH\n\n  • Nation" in text
    assert upper_headline("FERRY FARES\n\nBody.", "FERRY FARES") is None  # in capitals already
    assert upper_headline("Menu\n\nBody.", TRUTH["title"]) is None  # no line of its own


def test_first_paragraph_only_stops_after_a_finished_first_paragraph() -> None:
    text = first_paragraph_only(DUMP, TRUTH)
    assert text is not None and text.endswith("rise by a fifth in March, the operator said.")
    assert "The operator blamed" not in text
    short_lead = {**TRUTH, "body_paragraphs": ["Fares rise.", "More later."]}
    assert first_paragraph_only("Ferry fares to rise in March\n\nFares rise.\n\nMore later.", short_lead) is None
    assert first_paragraph_only(DUMP, {**TRUTH, "body_paragraphs": TRUTH["body_paragraphs"][:1]}) is None
