"""The robustness probes derive each variation and its right answer from a page and its truth."""

from __future__ import annotations

from typing import Any

from bench.probes import (
    above_headline,
    badge_lines,
    byline_line,
    caption_line,
    credit_forms,
    cut_short,
    date_line,
    dateline_forms,
    dropped_cap,
    dropped_headless,
    field_value,
    first_paragraph_only,
    hard_wrapped,
    headless,
    labelled_byline,
    lost_drop_cap,
    on_top,
    one_line_each,
    own_chrome,
    page_top_chrome,
    pull_quote,
    summary_line,
    teaser_lines,
    truth_value,
    upper_headline,
    variations,
    with_badges,
    with_chrome,
    with_lead,
    wrap_line,
)
from transforms.records import Caption, ParsedArticle

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
        "badgefirst",
        "badges",
        "bylinelabel",
        "bylineover",
        "chrome",
        "cut",
        "datefirst",
        "headless",
        "oneline",
        "short",
        "stackfirst",
        "teaser",
        "upperhead",
        "wrapheadless",
        "wrapped",
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


DATED = {**TRUTH, "dateline": "PORT ELLIS", "agency": None}
LEAD_TEXT = "Ferry fares across the estuary will rise by a fifth in March, the operator said."


def test_dateline_forms_print_the_leads_dateline_in_other_forms() -> None:
    forms = dateline_forms(DATED, 0)
    assert forms[:4] == [
        (f"PORT ELLIS: {LEAD_TEXT}", "PORT ELLIS", None),
        (f"PORT ELLIS \u2014 {LEAD_TEXT}", "PORT ELLIS", None),
        (f"PORT ELLIS \u2013 {LEAD_TEXT}", "PORT ELLIS", None),
        (f"PORT ELLIS - {LEAD_TEXT}", "PORT ELLIS", None),
    ]
    # a page naming no agency takes a wire's name in the brackets, and the wire is then its agency
    assert (f"PORT ELLIS (Reuters) - {LEAD_TEXT}", "PORT ELLIS", "Reuters") in forms
    assert (f"PORT ELLIS, Jan 1 (Reuters) -- {LEAD_TEXT}", "PORT ELLIS, Jan 1", "Reuters") in forms
    assert (f"PORT ELLIS, Jan 1 \u2014 {LEAD_TEXT}", "PORT ELLIS, Jan 1", None) in forms
    assert (f"Port Ellis (Reuters) \u2013 {LEAD_TEXT}", "Port Ellis", "Reuters") in forms


def test_dateline_forms_keep_the_agency_of_the_leads_brackets_in_brackets() -> None:
    wired = {**DATED, "agency": "Wirenews", "body_paragraphs": [f"PORT ELLIS (Wirenews) - {LEAD_TEXT}"]}
    forms = dateline_forms(wired, 0)
    assert forms and all(agency == "Wirenews" and "(Wirenews)" in lead for lead, _, agency in forms)
    # a sign-off's agency stays whatever the dateline's form
    signed = {**DATED, "agency": "Wirenews"}
    assert (f"PORT ELLIS: {LEAD_TEXT}", "PORT ELLIS", "Wirenews") in dateline_forms(signed, 0)


def test_dateline_forms_need_the_truths_dateline_and_a_separator_opening_the_lead() -> None:
    assert dateline_forms(TRUTH, 0) == []  # no dateline in the truth
    assert dateline_forms({**DATED, "dateline": "Ferry"}, 0) == []  # the lead does not open with it
    flagged = {**DATED, "body_paragraphs": [f"PORT ELLIS (UPDATE) - {LEAD_TEXT}"]}
    assert dateline_forms(flagged, 0) == []  # a story's flag in the brackets, not the truth's agency


def test_with_lead_reprints_the_first_paragraph_under_the_headline() -> None:
    text = with_lead(DUMP, DATED, "PORT ELLIS - Fares rise.")
    assert text is not None and "\n\nPORT ELLIS - Fares rise.\n\nThe operator blamed" in text
    assert with_lead("Commuters groaned.", DATED, "X") is None


CREDITED = {
    **TRUTH,
    "captions": [{"caption": "The crossing will cost a little more from spring.", "credit": "Ana Lim"}],
}


def test_credit_forms_reprint_the_captions_line_with_its_credit_in_other_forms() -> None:
    forms = credit_forms(DUMP.replace("Photo: Ana Lim", "Ana Lim"), CREDITED)
    lines = [(text.split("\n\n")[3], credit) for k, text, caption, credit in forms]
    assert lines[:2] == [
        ("The crossing will cost a little more from spring. (Ana Lim)", "Ana Lim"),
        ("The crossing will cost a little more from spring. \u2014 Ana Lim", "Ana Lim"),
    ]
    assert ("The crossing will cost a little more from spring. PHOTO: Ana Lim", "PHOTO: Ana Lim") in lines
    assert ("The crossing will cost a little more from spring.\nPhoto: Ana Lim", "Photo: Ana Lim") in lines
    assert all(k == 0 and caption == CREDITED["captions"][0]["caption"] for k, _, caption, _ in forms)
    # a credit naming itself one takes no second photo word; a page without its caption's line has no form
    worded = {**TRUTH, "captions": [{**CREDITED["captions"][0], "credit": "Photo: Ana Lim"}]}
    assert all("Photo: Photo" not in text for _, text, _, _ in credit_forms(DUMP, worded))
    assert credit_forms("Ferry fares to rise in March\n\nBody.", CREDITED) == []


def test_field_value_and_truth_value_read_the_same_fields() -> None:
    article = ParsedArticle(
        "Ferry fares", None, None, "PORT ELLIS", None, (Caption("A pier.", "Ana Lim"),), ("Lead.",), (), (), (), ()
    )
    truth = {**CREDITED, "dateline": "PORT ELLIS", "agency": None, "body_paragraphs": ["Lead."]}
    for name in ("dateline", "agency", "lead"):
        assert field_value(article, name) == truth_value(truth, name)
    assert field_value(article, "caption:0") == ("A pier.", "Ana Lim")
    assert field_value(article, "caption:1") is None
    assert truth_value(CREDITED, "caption:0") == ("The crossing will cost a little more from spring.", "Ana Lim")


def test_variations_add_the_field_probes_with_their_fields() -> None:
    got = [v for v in variations([("a/ferry.txt", "riverside", DUMP, {**DATED, "captions": []})]) if v.fields]
    assert got and all(v.probe == "dateline" and v.fields == ("dateline", "agency", "lead") for v in got)
    assert got[0].want == ("ok", TRUTH["title"], "PORT ELLIS", None, f"PORT ELLIS: {LEAD_TEXT}")


def test_wrap_line_breaks_at_the_last_space_within_the_width() -> None:
    line = "PORT ELLIS: Ferry fares across the estuary will rise by a fifth in March, the operator said."
    assert wrap_line(line, 40) == (
        "PORT ELLIS: Ferry fares across the\nestuary will rise by a fifth in March,\nthe operator said."
    )
    assert all(len(row) <= 40 for row in wrap_line(line, 40).split("\n"))
    assert wrap_line("Commuters groaned.", 40) == "Commuters groaned."  # a line that fits is left as it is
    assert wrap_line("A " + "x" * 50 + " end", 40) == "A\n" + "x" * 50 + "\nend"  # a long word alone on its row
    assert wrap_line("Fares will rise by a fifth in March.\r", 20) == "Fares will rise by a\r\nfifth in March.\r"


def test_hard_wrapped_wraps_the_body_paragraphs_and_leaves_the_headline() -> None:
    text = hard_wrapped(DUMP, TRUTH["body_paragraphs"], 60)
    assert "\n\nFerry fares to rise in March\n\n" in text
    assert "PORT ELLIS: Ferry fares across the estuary will rise by a\nfifth in March, the operator said." in text
    # the caption is no body paragraph: left as printed
    assert "The crossing will cost a little more from spring. Photo: Ana Lim\n" in text


def test_variations_wrap_the_full_and_the_headless_dump() -> None:
    got = {v.probe: v for v in variations([("a/ferry.txt", "riverside", DUMP, TRUTH)])}
    assert got["wrapped"].want == ("ok", "Ferry fares to rise in March")
    assert got["wrapped"].text == hard_wrapped(DUMP, TRUTH["body_paragraphs"], 60)
    assert got["wrapheadless"].want == ("quarantine", None)
    assert got["wrapheadless"].text.startswith("PORT ELLIS: Ferry fares across the estuary will rise by a\nfifth")


DROP_DUMP = DUMP.replace("PORT ELLIS: Ferry", "Ferry")
DROP_TRUTH = {**TRUTH, "body_paragraphs": [TRUTH["body_paragraphs"][0][12:], *TRUTH["body_paragraphs"][1:]]}


def test_lost_drop_cap_drops_the_first_letter_of_a_word_opening_a_sentence_long_lead() -> None:
    assert (
        lost_drop_cap("Ferry fares across the estuary will rise by a fifth.")
        == "erry fares across the estuary will rise by a fifth."
    )
    assert lost_drop_cap("A ferry will cost a little more from spring, they said.") is None  # a whole word lost
    assert lost_drop_cap("PORT ELLIS: Ferry fares will rise by a fifth in March.") is None  # no drop cap's shape
    assert lost_drop_cap("Energy") is None  # a heading's length


def test_dropped_cap_reprints_the_lead_under_the_headline_without_its_first_letter() -> None:
    got = dropped_cap(DROP_DUMP, DROP_TRUTH)
    assert got is not None
    text, lead = got
    assert lead == "erry fares across the estuary will rise by a fifth in March, the operator said."
    assert "Ferry fares to rise in March\n" in text and "\n\nerry fares across" in text
    assert dropped_cap(DUMP, TRUTH) is None


def test_summary_line_is_the_leads_first_sentence_without_its_stop() -> None:
    assert summary_line("Fares rise in March. The operator blamed fuel.") == "Fares rise in March"
    assert summary_line("Fares rise in March, the operator said.") == "Fares rise in March, the operator said"
    assert summary_line("x" * 250 + ".") is None


def test_dropped_headless_puts_the_summary_on_top_on_every_other_page() -> None:
    bare = headless(DROP_DUMP, DROP_TRUTH)
    assert bare is not None
    even = dropped_headless(bare, DROP_TRUTH, 0)
    assert even == on_top("Ferry fares across the estuary will rise by a fifth in March, the operator said", bare[1:])
    assert dropped_headless(bare, DROP_TRUTH, 1) == bare[1:]


def test_badges_go_over_the_lead_or_on_top_of_the_headless_dump() -> None:
    assert badge_lines(0) == "10:42 IST\nLIVE" and badge_lines(1) == "Key event\n2h ago"
    text = with_badges(DUMP, TRUTH, 2)
    assert text is not None and "  • Nation\n\nThe crossing" in text
    assert "Pinned\n14:05 GMT\n\nPORT ELLIS: Ferry fares" in text


def test_teaser_lines_print_another_storys_headline_over_its_link() -> None:
    assert teaser_lines("Bridge tolls frozen", 0) == "Bridge tolls frozen\nRead more"


def test_variations_add_the_live_probes() -> None:
    other = (
        "b/bridge.txt",
        "hillside",
        DUMP.replace("Ferry fares to rise in March", "Bridge tolls frozen"),
        {**TRUTH, "title": "Bridge tolls frozen"},
    )
    got = {
        v.probe: v
        for v in variations([("a/ferry.txt", "riverside", DROP_DUMP, DROP_TRUTH), other])
        if v.page == "a/ferry.txt"
    }
    assert got["dropcap"].want == ("ok", "Ferry fares to rise in March", DROP_TRUTH["body_paragraphs"][0][1:])
    assert got["dropcap"].fields == ("lead",)
    assert got["dropheadless"].want == ("quarantine", None)
    assert got["badges"].want == ("ok", "Ferry fares to rise in March")
    assert got["badgefirst"].text.startswith("10:42 IST\nLIVE\n\nFerry fares across")
    assert got["teaser"].text.startswith("Bridge tolls frozen\nRead more\n\nFerry fares across")
    assert got["teaser"].want == ("quarantine", None)


def test_labelled_bylines_take_their_forms_in_turn() -> None:
    assert labelled_byline(0) == "By: Maria Elena Cortez"
    assert labelled_byline(1) == "By: Tan Wei Ming, Nurul Huda Ismail"
    assert labelled_byline(2) == "By: Joseph K. Mensah and Piotr Novak"
    assert labelled_byline(3) == "By: Nurul Huda Ismail April 4,2013 - 10:12 AM"


def test_variations_add_the_labelled_byline_probes() -> None:
    got = {v.probe: v for v in variations([("a/ferry.txt", "riverside", DROP_DUMP, DROP_TRUTH)])}
    assert got["bylinelabel"].text.startswith("By: Maria Elena Cortez\n\nFerry fares across")
    assert got["bylinelabel"].want == ("quarantine", None)
    assert "By: Maria Elena Cortez\n\nFerry fares to rise in March" in got["bylineover"].text
    assert got["bylineover"].want == ("ok", "Ferry fares to rise in March")


def test_pull_quote_is_a_long_sentence_inside_a_later_paragraph_without_its_marks() -> None:
    truth = {
        "body_paragraphs": [
            "PORT ELLIS: Ferry fares will rise in March.",
            "Too short to quote.",
            '"The operator has to cover the cost of fuel for every crossing it runs," the minister said. He left.',
        ]
    }
    assert (
        pull_quote(truth) == 'The operator has to cover the cost of fuel for every crossing it runs," the minister said'
    )
    assert pull_quote({"body_paragraphs": ["Only the lead is long enough to be quoted here, it is not taken."]}) is None
    # a paragraph's plain opening is no pull quote; a long sentence after it is
    plain = "The operator has to cover the cost of fuel for every crossing it runs, the minister said."
    assert pull_quote({"body_paragraphs": ["Lead.", plain]}) is None
    later = "Fares rose last year. The operator said the rise would be the last one for at least two more years."
    assert pull_quote({"body_paragraphs": ["Lead.", later]}) == (
        "The operator said the rise would be the last one for at least two more years"
    )
