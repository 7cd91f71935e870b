"""The robustness probes derive each variation and its right answer from a page and its truth."""

from __future__ import annotations

from typing import Any

from bench.probes import cut_short, headless, one_line_each, page_top_chrome, variations, with_chrome

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
    assert sorted(p for p, page, _ in got if page == "a/ferry.txt") == ["chrome", "cut", "headless", "oneline"]
