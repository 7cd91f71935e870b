"""The head zone: chrome above the headline, the headline, meta lines and standfirst under it."""

from __future__ import annotations

from datetime import date

import pytest

from transforms import head
from transforms.parse import parse_text
from transforms.records import Caption, ParsedArticle, Quarantined


@pytest.mark.parametrize(
    "line",
    [
        "ADVERTISEMENT",
        "Advertisement",
        "Skip to main content",
        "Skip to main",  # the skip link's words cut short
        "See More on Facebook",
        "Most Read",
        "The Borneo Post",
        "NEWS.SITE Logo",
        "Kuala Lumpur 31°C, Partly Cloudy",
        "Reading Time:3 minutes",
        "Listen",
        "বাংলা",
        "Read a summary of this article on QUICK.",
        "Your web browser is out of date: parts of this page may look broken.",
        "-A A +A",  # a text-size control
        "^",  # a back-to-top glyph
        "info_icon",  # an icon's name
        "Most Commented",
        "Accessibility links",
        "The story appears on",
        "Page B4",
        "The Star Online|State Polls 2018",  # the site's name over its microsite's section, unspaced
        "Budget 2030|The Star Online",
        "Subscribe Search",  # a header's buttons on one line
        "Menu Search Log in",
        "ePaper Subscribe",  # every button's spelling counts as one of its words
        "১২ মার্চ ২০২৪",  # a date in another script's digits over an English page
        "সর্বশেষ খবর আজকের",  # a slogan or menu in another script
        "24.4 C",  # a weather strip's temperature, its degree sign lost
        "31 C",
        "the harbour ledger ipaper logo 150x150",  # a logo's alt text with its image size
        "Posted , updated",  # a date stamp whose dates the scrape left out
        "Photo Gallery",  # the link to the story's photos
        "No caption",  # an image's placeholder where its caption would stand
        "Follow us on",  # the social links' label, their icons lost
        "Print Preview",  # an article's print and e-mail tools on one line
        "Print this page Email A Friend!",
        "Email Print",
        "Decrease Font Size Increase Font Size Text Size Print This Page",  # the text-size tools before print
        "Increase font size Decrease font size",
        "View(s):",  # a page-view counter, its count lost
        "Total Views: 42",
        "1,208 Reads",
        "Views: 1.2k",  # the count in thousands
        "12k views",
    ],
)
def test_page_chrome(line: str) -> None:
    assert head.is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Floods cut off three villages",
        "Police: Two held over robbery",
        "Listen to the people, says minister",
        "Search resumes for missing divers",
        "Views of the harbour cost more",  # a headline opening with the counter's word
    ],
)
def test_headlines_are_not_chrome(line: str) -> None:
    assert not head.is_chrome(line) and head.headline_shaped(line)


@pytest.mark.parametrize(
    ("line", "shaped"),
    [
        ("(LEAD) Seoul to expand free bus rides for seniors", True),  # a wire's flag before the headline
        ("Premier Lin Wei-ming (", False),  # a paragraph cut where the page lost a name's gloss
        ("(2nd LD) Talks on rice tariffs resume in Manila", True),
        ("(from left) Ali, Tan and Raju at the launch", False),  # a caption's bracket
        ("Spread the Word:", False),  # a label over what follows (a share widget's), never a headline
        ("Police: Two held over robbery", True),  # a label's colon inside a headline
    ],
)
def test_a_wire_flag_in_capitals_may_open_a_headline(line: str, shaped: bool) -> None:
    assert head.headline_shaped(line) is shaped


@pytest.mark.parametrize(
    ("line", "is_date"),
    [
        ("FRIDAY, April 26, 2024", True),
        ("Published Aug 1, 2023 04:06 am", True),
        ("Updated: 1:42pm, 7 Aug, 2019", True),
        ("Jane Santos ( - March 3, 2021 - 9:15am", True),  # a broken byline with its date
        ("Saturday August 26, 2017", True),
        ("4 Oct 2024 · 3 min read", True),  # the date with the reading time beside it
        ("June 9, 2025 @ 7:45 PM", True),  # an "@" before the time
        ("Mon Jun 9, 2025 10:00 AM Last update on: Mon Jun 9, 2025 11:30 AM", True),  # a second date, updated
        ("Publication date 4 March 2025 | 09:30 ICT", True),  # a lower-case "date" of the label
        ("Rally held on 12 March 2024", False),
        ("Surabaya  ●  Wed, March 12, 2025", True),  # a place and date parted by a round bullet
        ("Three killed in 2024 crash on the highway", False),
        ("Floods cut off three villages", False),
        ("12 min ago", True),  # a date widget's relative time
        ("5 hours ago", True),
        ("7 hours ago RK", True),  # the writer's initials after the age
        ("7 hours ago the ferry sank", False),  # a sentence opening with an age
        ("3 weeks ago", True),  # the age in weeks or months
        # a source's name, the date and its age in months, a link's label: an aggregator's stamp over the lead
        ("Harbour Daily Tue, Jun 3, 2031 8:15pm - 2 months View Original", True),
        ("Ferry sank 2 months ago at the pier", False),
        ("Ferry sank 40 years ago", False),
        ("Sun. 2024", True),  # a weekday's short form and a year
        ("Monsoon Rains Ease By 2031", False),  # a word that opens as a weekday ('Mon...') is no weekday
        ("Sunrise Festival Returns In 2031", False),
        # an hour run into its half of the day ('8pm'), after a stamp with its template key run into it
        ("PAGE_STAMPTue, 3 Jun 2031 8pm", True),
        ("Tue, 3 Jun 2031 8pm", True),
        ("Rising 5am Club: 2031 plan", False),  # a headline holding such an hour is no date line
    ],
)
def test_date_lines(line: str, is_date: bool) -> None:
    assert head.is_date_line(line) is is_date


@pytest.mark.parametrize(
    ("line", "is_byline"),
    [
        ("By Jane Santos", True),
        ("- By Ali Hassan news@example.com", True),
        ("Neil Reyes", True),
        ("Police arrest two", False),
        ("From Nur Aisyah Mohd Kamal", True),  # a news agency's byline
        ("From rivers to the sea", False),
        ("WRITER: Somchai Preecha", True),  # a labelled byline
        ("Reporter : Lina Marzuki", True),
        ("The council has approved the plan.", False),
        ("- RUTH OKAFOR", True),  # a print edition's byline: a dash and the name in capitals
        ("- RUTH OKAFOR THE HARBOUR PRESS", True),  # with the wire's name
        ("— THE EDITORS", False),  # a desk's signature
        ("- Ruth Okafor", True),  # a print replica's byline in title case
        ("- Ruth Okafor, Tomas Brandt & Lina Marzuki", True),  # a team's
        ("- – Ruth Okafor, Tomas Brandt", True),  # the replica's second dash before the names
        ("- Ruth Okafor, Lina Marzuki -", True),  # or after them
        ("— The Editors", False),  # a desk's signature in title case
        ("- Advertisement -", False),  # an ad's label between dashes: one word, no name
        ("- Ruth Okafor wins again", False),
        ("By Ruth Okafor. A.", True),  # the name's last initial closes on its stop
        ("By Elder Tunde Bello SAN, MFR, Ph.D.", True),  # honours and a degree after the name
        ("By then the river had risen two metres.", False),  # a sentence opening "By": words in lower case
        ("By Monday The Ferry Runs Again.", False),  # capitals all along, but a word for its end, no initial
    ],
)
def test_bylines(line: str, is_byline: bool) -> None:
    assert head.is_byline(line) is is_byline


@pytest.mark.parametrize(
    "line",
    [
        "KUALA LUMPUR: The man was detained on Monday, police said.",  # a lead
        "A finished sentence that runs on for quite a few words.",
        "said the minister, adding that the plan would go ahead",  # a dump cut at the top
        "Channels",  # one word
        "Photos By JANE TAN",  # a credit
        # a short caption with its photo's credit, in any of the credit's forms
        "Harbour. Picture: WIRE",
        "Old bridge [Photo/Site.example]",
        "Jane Tan. -filepic",
        "Two people were hurt in a crash on the coast road on Saturday.(Coast Highway Patrol)",  # a source glued
        "Former harbour master Jane Tan (Yonhap)",  # a caption, its wire's name in brackets after it
        # two finished sentences in a long line, a column's label before them: a lead, the headline lost
        "VIEW | Only a few weeks remain before the island's voters choose a new council for the town. "
        "Which of the parties will they trust with the harbour?",
    ],
)
def test_not_headlines(line: str) -> None:
    assert not head.headline_shaped(line)


def test_a_long_caption_broken_over_lines_after_its_first_sentence_is_no_headline() -> None:
    # a sentence's end, then the next sentence cut on an article where the line breaks: a caption over two lines
    broken = "Fishermen mending their nets on the jetty at Port Alden in the early hours of Monday. The fleet has had a"
    assert not head.headline_shaped(broken)
    # one sentence ending on the article word, or a short line holding a stop: headlines all the same
    assert head.headline_shaped("Port Alden fishermen mend nets as the fleet waits out the storm for a")
    assert head.headline_shaped("Fleet stays in. Storm hits the coast at dawn, say the")


def test_a_short_headline_with_a_wire_or_photo_word_is_still_a_headline() -> None:
    assert head.headline_shaped("Photo finish at the regatta")
    assert head.headline_shaped("Picture perfect: harbour regatta (updated)")
    assert head.headline_shaped("Harbour regatta cancelled (Update 2)")  # a label in brackets, no wire's name


def _head(*lines: str) -> head.Head:
    return head.read_head(lines, [False] * len(lines))


BODY = "The council approved the plan on Monday after a two-hour debate, its president said."


def test_chrome_label_and_date_line_above_the_headline() -> None:
    top = _head(
        "Skip to main content", "ADVERTISEMENT", "FRIDAY, April 26, 2024", "METRO", "Floods cut off villages", BODY
    )
    assert top.title == "Floods cut off villages" and top.content_start == 5 and top.skipped == 4


def test_bullets_give_section_and_date() -> None:
    top = _head("Floods cut off villages", "  • Nation".strip(), "• Wednesday, 19 Feb 2025", BODY)
    assert (top.title, top.section, top.published, top.content_start) == (
        "Floods cut off villages",
        "Nation",
        date(2025, 2, 19),
        3,
    )


def test_a_section_bullet_shaped_as_a_name_over_the_date_bullet_alone_is_the_section() -> None:
    # two title-case words read as a writer's name, but the site's two bullets are a section and a date
    top = _head("Bowls club reaches its final", "• Other Sport", "• Sunday, 2 Mar 2008", BODY)
    assert (top.section, top.published, top.content_start) == ("Other Sport", date(2008, 3, 2), 3)
    # a writer's name over a date bullet and more meta bullets (comments) is no section
    named = _head("Bowls club reaches its final", "• Kim Min-jun", "• Sunday, 2 Mar 2008", "• Comments 0", BODY)
    assert named.section is None and named.published == date(2008, 3, 2)


def test_byline_date_and_standfirst_under_the_headline_are_skipped() -> None:
    standfirst = "Residents say the river rose faster than ever before"
    top = _head("Floods cut off villages", standfirst, "By Jane Santos", "Published Aug 1, 2023 04:06 am", BODY)
    assert top.title == "Floods cut off villages" and top.content_start == 4


def test_the_body_starts_at_a_dateline_even_after_a_standfirst() -> None:
    lead = "KUALA LUMPUR: The council approved the plan on Monday, its president said."
    top = _head("Floods cut off villages", "A standfirst without a full stop", lead, "By Jane Santos")
    assert top.content_start == 1  # nothing skipped: the meta line comes after the body started


FERRY_LEAD = (
    "Ferry fares on the harbour routes will rise again next month, the operator said on Monday, the third increase"
    " in two years for commuters crossing to the island."
)


def test_a_label_over_the_headline_and_its_dek_over_the_byline() -> None:
    # a section's label or the site's tagline on top, the headline, then a dek or the photo's caption over the
    # byline: the lead takes up the headline's words, fewer of the dek's or the caption's, none of the label's
    label = _head(
        "Travel + Leisure", "Ferry fares rise again on harbour routes", "Rising costs", "By Jane Santos", FERRY_LEAD
    )
    assert label.title == "Ferry fares rise again on harbour routes"
    tagline = _head(
        "×",
        "Your Island's Favourite Paper",
        "Ferry fares rise again on harbour routes",
        "Commuters queue at the pier",
        "Jane Santos",
        FERRY_LEAD,
    )
    assert tagline.title == "Ferry fares rise again on harbour routes"
    # the headline printed again under the byline: the same
    twice = _head(
        "Travel + Leisure",
        "#CommuterWatch: Ferry Fares",
        "Rising costs",
        "By Jane Santos",
        "#CommuterWatch: Ferry Fares",
        FERRY_LEAD,
    )
    assert twice.title == "#CommuterWatch: Ferry Fares"


def test_a_photos_alt_text_in_lower_case_under_the_headline_does_not_finish_it() -> None:
    top = _head(
        "×",
        "Your Island's Favourite Paper",
        "Ferry fares rise again on harbour routes",
        "ferry fares harbour pier",
        "Commuters queue at the pier",
        "Jane Santos",
        FERRY_LEAD,
    )
    assert top.title == "Ferry fares rise again on harbour routes"
    # a headline's last words on the next line, in lower case, repeating none of its words: one headline
    broken = _head("Mayor says the town can't", "stand the queues", BODY)
    assert broken.title == "Mayor says the town can't stand the queues"


def test_a_caption_above_the_headline() -> None:
    caption = "Senators at the session on Monday, where the bill was passed. JOHN DOE/File"
    top = _head(caption, "Senate passes the budget bill", "Jane Santos ( - March 3, 2021 - 9:15am", BODY)
    assert top.title == "Senate passes the budget bill" and top.captions_above == (caption,)


def test_a_credited_caption_above_a_headline_with_no_byline_under_it() -> None:
    # the photo's credit says the first line is a caption: the line under it is the headline though what follows
    # is no byline or dateline (a wire's credit line in words the head does not know)
    caption = "Dancers perform on the stage before the final at the city stadium yesterday. Photo: AFP"
    top = _head(caption, "A night to remember for the home fans", "AFP, HARBOUR CITY", BODY)
    assert top.title == "A night to remember for the home fans" and top.captions_above == (caption,)


def test_cards_of_other_stories_on_top_are_no_caption_over_the_headline() -> None:
    # a credited caption, a headline, then another credited caption and its headline: the page's cards of other
    # stories (a photo and a headline each), not the article's photo over its headline
    first = "Fans wait outside the arena before the final, Friday, May 6, 2022. (Wire Photo/Jane Doe)"
    second = "Crews repair the bridge over the river, Thursday, May 5, 2022. (Wire Photo/Ali Bakar)"
    lines = (first, "Home side wins the final", second, "Bridge reopens after repairs", BODY)
    assert _head(*lines).captions_above != (first,)
    # one card alone is the article's photo over its headline
    alone = _head(first, "Home side wins the final", "By Jane Santos", BODY)
    assert alone.title == "Home side wins the final" and alone.captions_above == (first,)


def test_promo_lines_over_a_labelled_caption_over_the_headline_are_chrome() -> None:
    # a feature's pitch and its button on top, then the photo's caption with its labelled credit, the headline under
    caption = "Waiting game: the ferry queue is growing by the day. Photo: Jane Doe"
    top = _head("Try the new reader app", "Stories picked for you every morning", "Find out how", caption,
                "Why the island's ferries keep running late", BODY)  # fmt: skip
    assert top.title == "Why the island's ferries keep running late" and top.captions_above == (caption,)


def test_a_photos_alt_text_over_its_labelled_caption_over_the_headline_is_chrome() -> None:
    caption = "Heavy smoke over the valley farms. Photo: Jane Doe."
    top = _head("Heavy smoke over the valley", caption, "Haze lingers over the northern valleys", "By JT / May 2, 2019",
                BODY)  # fmt: skip
    assert top.title == "Haze lingers over the northern valleys" and top.captions_above == (caption,)


def test_a_headline_right_over_its_photos_labelled_caption_stays_the_headline() -> None:
    # the article's headline, its photo's caption, then a subheading: no line of the page over a photo
    caption = "Visitors at the opening of the show at the city gallery. Photo: Jane Doe"
    top = _head("New show opens at gallery", caption, "SHOW: NEW WORKS BY JANE DOE", BODY)
    assert top.title == "New show opens at gallery"


def test_a_credited_caption_printed_again_without_its_credit_above_the_headline() -> None:
    caption = "Officials say the storm has moved away from the coast."
    top = _head(caption + " (ABC PHOTO)", caption, "Storm moves away from the coast, officials say", BODY)
    assert top.title == "Storm moves away from the coast, officials say"
    assert top.captions_above == (caption + " (ABC PHOTO)",) and top.content_start == 3


def test_a_dump_that_starts_with_body_text_has_no_headline() -> None:
    top = _head(BODY, "Another paragraph of the article, which goes on and on about the plan.")
    assert top.title is None and top.content_start == 0


def test_a_headline_labelled_as_a_review_over_a_line_in_lower_case() -> None:
    # The label and colon are no dateline, so the line under it (a script's setting) does not make it a broken lead.
    top = _head("REVIEWS: Harbour Film Week 2021", "autoplay: false", BODY)
    assert top.title == "REVIEWS: Harbour Film Week 2021"


def test_noscript_notices_are_chrome() -> None:
    assert head.is_chrome("Sorry, you have to enable JavaScript to view this page.")
    notice = (
        "JavaScript is disabled in your browser or your browser is too old to run it. Most pages today run "
        "JavaScript, a language that makes them work in the browser; with it off, some of this page may not show "
        "or may not work as it should."
    )
    assert len(notice) > 160 and head.is_chrome(notice)


def test_scraper_prefix() -> None:
    assert head.strip_scraper_prefix("date 2024-03-07 Floods cut off villages") == "Floods cut off villages"
    assert head.strip_scraper_prefix("Floods cut off villages") == "Floods cut off villages"
    # the month alone when the scraper had no day
    assert head.strip_scraper_prefix("date 2024-03 Floods cut off villages") == "Floods cut off villages"
    assert head.strip_scraper_prefix("date 2024-031 Floods") == "date 2024-031 Floods"


def test_a_byline_with_the_desks_address() -> None:
    assert head.is_byline("- JANE TAN AND ALI BAKAR KUALA LUMPUR news@example.com")


@pytest.mark.parametrize(
    "lines",
    [
        # An unknown site's masthead and menu above the headline.
        (
            "The Penang Ledger",
            "Home | News | Penang | Opinion",
            "Ferry terminal to reopen after repairs",
            "By Ali Omar",
        ),
        ("MEKONG MORNING POST", "National | Thursday, 3 July 2025", "Ferry terminal to reopen after repairs"),
        # A "Most Read" list above the headline: its numbered items are chrome, however many.
        (
            "Riverside Times",
            "Most Read",
            "1. Flood alert raised for the coast",
            "2. Airport road to close for repairs",
            "3. Market moves to a new site",
            "4. Council approves new budget",
            "5. School holidays start early",
            "6. Hawkers get one-off aid",
            "7. Night market returns to the square",
            "Features",
            "Ferry terminal to reopen after repairs",
        ),
        # Its items unnumbered: the headline is the one with a byline or date under it.
        (
            "Most Read",
            "Flood alert raised for the coast",
            "Airport road to close for repairs",
            "NATION",
            "Ferry terminal to reopen after repairs",
            "By Ali Omar",
        ),
        # A masthead in a name the word list knows, over an arrow breadcrumb and a section label.
        ("Kudat Sentinel", "Home › News › Sabah", "SABAH", "Ferry terminal to reopen after repairs", "By Ali Omar"),
        # An unknown site's name on top (no masthead word), a "Most Read" box, then the headline with its byline
        # under a standfirst.
        (
            "The Kudat Tide",
            "Most Read",
            "Flood alert raised for the coast",
            "Airport road to close for repairs",
            "ADVERTISEMENT",
            "Ferry terminal to reopen after repairs",
            "The operator says repairs took three months",
            "By Ali Omar",
        ),
        # A cookie consent bar on top.
        (
            "We use cookies to give you the best experience on our website. Accept",
            "Ferry terminal to reopen after repairs",
        ),
        # A breadcrumb with slashes.
        ("ADVERTISEMENT", "Riverside Times", "Home / Region / South", "Ferry terminal to reopen after repairs"),
        # An unknown site's name in capitals (no masthead word), its date and a menu under it.
        ("RIVERBEND DAWN LIGHT", "Monday, June 9, 2025", "Travel | Islands", "Ferry terminal to reopen after repairs"),
        # A menu saved without its separators.
        ("Home Latest Sabah", "Ferry terminal to reopen after repairs", "Ali Omar | Published June 9, 2025"),
        # A desk's byline and the date above the headline.
        ("Riverside Online Report", "Mon Jun 9, 2025 10:00 AM", "Ferry terminal to reopen after repairs"),
        # A section label over the date line, and a line of labelled meta.
        (
            "World",
            "POSTED : 9 Jun 2025 at 10:15",
            "DESK: World | AUTHOR: Ali Omar",
            "Ferry terminal to reopen after repairs",
        ),
    ],
)
def test_mastheads_menus_and_most_read_lists_above_the_headline_are_chrome(lines: tuple[str, ...]) -> None:
    assert _head(*lines, "GEORGE TOWN: The terminal will reopen on Monday, the operator said.").title == (
        "Ferry terminal to reopen after repairs"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Ferry Terminal To Reopen",
        "Ferry terminal to reopen at Post",
        "Budget 2025 | What it means for every household",
        "Boeing / Airbus rivalry heats up",
        "Home Ministry Tightens Visa Rules",
    ],
)
def test_headlines_are_no_masthead_or_menu(line: str) -> None:
    assert not head.is_masthead(line) and not head.is_navigation(line) and not head.is_bare_menu(line)


@pytest.mark.parametrize(
    ("line", "is_byline"),
    [
        ("Aminah Salleh, [email protected]", True),
        ("Aminah Salleh [email\u00a0protected]", True),  # the placeholder's no-break space kept
        ("By Aminah Salleh | [email protected]", True),
        ("[email protected]", False),  # the address alone: no name
        ("Write to the desk at [email protected] for a copy of the report", False),
    ],
)
def test_a_byline_whose_address_the_page_hid_from_robots(line: str, is_byline: bool) -> None:
    assert head.is_byline(line) is is_byline


def test_a_headline_in_title_case_with_its_date_under_it_is_no_desk_byline() -> None:
    top = _head("Ferry Terminal To Reopen", "Mon Jun 9, 2025 10:00 AM", "Operator Says Repairs Took Months", BODY)
    assert top.title == "Ferry Terminal To Reopen"


def test_a_writer_and_role_under_the_standfirst_ends_the_head_after_the_date() -> None:
    standfirst = "The operator says repairs took three months."
    top = _head(
        "Ferry terminal to reopen", standfirst, "Ali Omar / Sabah Correspondent", "UPDATED Jun 9, 2025, 10:15 AM", BODY
    )
    assert top.content_start == 4


def test_a_writer_and_paper_under_the_headline_is_a_byline() -> None:
    # "Name / Paper" right under the headline, share buttons and the date after it: meta, not a photo credit.
    top = _head("Ferry terminal to reopen", "Chan Vuthy / Tonle Times", "Share:", "June 9, 2025", BODY)
    assert top.content_start == 4


def test_a_wire_byline_from_a_reporter_is_meta() -> None:
    lead = "KOTA KINABALU, June 9 (Bernama) -- The terminal will reopen on Monday, the operator said."
    assert _head("Ferry terminal to reopen", "From Nur Aisyah Mohd Kamal", lead).content_start == 2


def test_an_unfinished_dek_under_the_photos_alt_text_is_skipped() -> None:
    lead = "GEORGE TOWN: The terminal will reopen on Monday, the operator said."
    dek = "The operator says the repairs took three months and cost more than planned"
    top = _head("Ferry terminal to reopen", "By Ali Omar", "Ferry terminal to reopen", dek, lead)
    assert top.content_start == 4 and top.captions_above == ()


def test_an_unfinished_dek_under_the_headline_printed_again_over_a_long_lead_is_skipped() -> None:
    # past the byline and a notice, the headline printed again, its summary with no sentence end, then the lead
    lead = (
        "Two weeks after the council's reshuffle, the mayor hosted a dinner at the town hall for the members of "
        "the ruling bloc on Tuesday, March 14, an aide said."
    )
    dek = "Councillor Ray Lim says they 'talked about the new parking rules,' one of the mayor's first bills"
    top = _head("Ruling bloc dines with the mayor", "By Ali Omar", "Ruling bloc dines with the mayor", dek, lead)
    assert top.content_start == 4 and top.captions_above == ()


def test_an_unfinished_dek_under_the_headline_printed_again_over_a_caption_and_its_credit_is_skipped() -> None:
    dek = "Riders and councillors urge the operator to change the way it sets its fares and offer more discounts"
    headline = "Students react to planned ferry fare rise in June"
    top = _head(headline, headline, dek, "Fares have risen by a fifth since 2015.", "Photo: Jane Tan/The Ledger", BODY)
    assert top.content_start == 3


CAPTION = "Workers repaint the jetty on Monday. Photo: Riverside Times/Ali Omar"


def test_a_standfirst_right_under_the_headline_above_a_credited_caption_is_skipped() -> None:
    standfirst = "The operator says the repairs took three months."
    assert _head("Ferry terminal to reopen", standfirst, CAPTION, BODY).content_start == 2


def test_a_lead_printed_above_the_photo_under_the_byline_stays() -> None:
    lead = "The terminal will reopen on Monday after repairs, the operator said."
    top = _head("Ferry terminal to reopen", "By Ali Omar", "Published Jun 9, 2025", lead, CAPTION, BODY)
    assert top.content_start == 3


def test_label_shaped_lines_over_a_headline_with_its_byline_are_chrome() -> None:
    # A site's name, menu words and section labels over the headline; its byline and date under it.
    top = _head(
        "Coral Coast Radio",
        "Just In",
        "QLD",
        "Regional",
        "Cane town raises $90,000 to save its pool",
        "By Ray Lim",
        BODY,
    )
    assert (top.title, top.content_start) == ("Cane town raises $90,000 to save its pool", 6)


def test_a_short_headline_in_sentence_case_over_its_dek_stays_the_headline() -> None:
    top = _head(
        "Floods hit Kelantan", "Thousands flee their homes as three rivers burst their banks", "By Jane Tan", BODY
    )
    assert top.title == "Floods hit Kelantan"


def test_a_standfirst_byline_with_paper_and_place_date_line_are_all_head() -> None:
    standfirst = "The grant goes to boat owners who lost a season of trips."
    top = _head(
        "Ferry owners to get grant",
        standfirst,
        "Dewi Lestari (The Surabaya Post)",
        "Surabaya ● Wed, March 12, 2025",
        CAPTION,
        BODY,
    )
    assert top.content_start == 4


@pytest.mark.parametrize(
    ("line", "is_byline"),
    [
        ("Dewi Lestari (The Surabaya Post)", True),  # the writer's paper in brackets
        ("Dewi Lestari (Antara)", True),  # or the wire's
        ("Ferry Services (Amendment)", False),  # a bracket that names no paper
    ],
)
def test_a_writer_and_paper_in_brackets_under_the_headline_is_meta(line: str, is_byline: bool) -> None:
    assert (_head("Ferry owners to get grant", line, BODY).content_start == 2) is is_byline


def test_two_crumbs_in_title_case_over_the_headline_are_a_breadcrumb() -> None:
    top = _head(
        "Advertisement",
        "Penang / Transport & Travel",
        "Ferry operator plans two more night crossings to the island",
        "- Extra trips start next month after complaints",
        "Reading Time: 3 minutes",
        BODY,
    )
    assert top.title == "Ferry operator plans two more night crossings to the island" and top.content_start == 5


def test_a_headline_with_a_slash_stays_the_headline() -> None:
    top = _head("Boeing / Airbus rivalry heats up", "Jet makers chase orders from Asian carriers", "By Ali Omar", BODY)
    assert top.title == "Boeing / Airbus rivalry heats up"


@pytest.mark.parametrize(
    "line",
    [
        "^",  # a back-to-top link
        "Can't find what you're looking for?",  # a search box's prompts
        "View all search resultsCan’t find what you’re looking for?",  # glued when the line break was lost
    ],
)
def test_a_back_to_top_link_and_a_search_box_are_chrome(line: str) -> None:
    assert head.is_chrome(line)


def test_a_search_box_glued_to_a_summary_leaves_no_headline() -> None:
    top = _head(
        "Can't find what you're looking for?",
        "View all search resultsThe port authority expects cargo volumes to recover by the middle of next year.",
        BODY,
    )
    assert top.title is None


def test_a_list_under_a_long_lead_is_body_not_meta_bullets() -> None:
    lead = (
        "Storm Lando gathered strength on Tuesday and is expected to cross the eastern coast before dawn, "
        "forecasters said, as officials raised the highest warning level over these provinces and towns "
        "along the coast:"
    )
    top = _head("Ten towns on alert as Storm Lando nears the coast", lead, "• Port Alden", "• Bayview", BODY)
    assert top.content_start == 1


def test_a_tab_title_over_chrome_then_its_headline_printed_again() -> None:
    top = _head(
        "Council delays vote on river dredging plan | Bayside Today",
        "Bayside Gala 2025:",
        "|",
        "seal-badge",
        "Welcome, neighbour! This site keeps small files to remember your settings.",
        "Council delays vote on river dredging plan",
        BODY,
    )
    assert top.title == "Council delays vote on river dredging plan" and top.content_start == 6


@pytest.mark.parametrize(
    "tab",
    [
        "Council delays vote on river dredging plan | Local News - Bayside Today Online",  # a tagline after the bar
        "Council delays vote on river dredging plan | News | BT | 03.04.2029",  # section, site and date
        "Council delays vote on river dredging plan |",  # the bar and no site
    ],
)
def test_a_tab_title_with_more_than_a_site_after_its_bar_then_its_headline_printed_again(tab: str) -> None:
    top = _head(tab, "1. Main", "2. Menu", "3. Search", "Council delays vote on river dredging plan", BODY)
    assert top.title == "Council delays vote on river dredging plan" and top.content_start == 5


def test_a_tab_title_printed_again_with_other_quote_marks() -> None:
    top = _head("′Quiet week′ for harbour traffic | News | BT", "1. Main", "'Quiet week' for harbour traffic", BODY)
    assert top.title == "'Quiet week' for harbour traffic" and top.content_start == 3


def test_a_theme_keyboard_hint_is_chrome() -> None:
    assert head.is_chrome('Press "Enter" to skip to content')
    top = _head('Press "Enter" to skip to content', "Harbour police log a quiet festival weekend", BODY)
    assert top.title == "Harbour police log a quiet festival weekend"


def test_a_run_of_skip_links_on_one_line_is_chrome() -> None:
    for links in ("Skip to main content Skip to navigation", "Go to Contents Go to Navigation"):
        top = _head(links, "Harbour police log a quiet festival weekend", BODY)
        assert top.title == "Harbour police log a quiet festival weekend"
    assert not head.is_chrome("Go to war over the harbour tolls")


def test_a_note_in_brackets_under_the_chrome_is_no_headline() -> None:
    lines = (
        "Skip to main content",
        "(COLUMN from a partner paper on May 2)",
        "Harbour police log a quiet festival weekend",
        BODY,
    )
    top = _head(*lines)
    assert top.title == "Harbour police log a quiet festival weekend" and top.content_start == 3


def test_a_byline_ending_in_an_initial_is_no_body() -> None:
    top = _head("Ferry fares rise for island commuters", "By Ruth Okafor. A.", BODY)
    assert top.title == "Ferry fares rise for island commuters" and top.content_start == 2


def test_the_sites_appeal_to_its_readers_over_the_headline_is_chrome() -> None:
    appeal = (
        "We need your help now",
        "Readers like you keep the Harbour Ledger going.",
        "Hello",  # a greeting between the notices
        "If you value what we do, please give what you can.",
    )
    top = _head("Advertisement", *appeal, "Ferry fares rise for island commuters", BODY)
    assert top.title == "Ferry fares rise for island commuters" and top.content_start == 6
    # a headline and a standfirst that speak to the reader are no run of three: the headline stays
    told = _head("What you need to know about the ferry fares", "Your questions answered.", BODY)
    assert told.title == "What you need to know about the ferry fares"


@pytest.mark.parametrize("source", ["Source: citynews.example", "SOURCE: City News Agency"])
def test_a_source_line_over_the_headline_is_no_headline(source: str) -> None:
    # a photo's alt text and caption glued under the headline, the lead taking up their words more than its own
    photo = "Mayor Jane Tan at the pier Mayor Jane Tan at the pier"
    lead = "Mayor Jane Tan said on Friday that ferry fares will rise next month at the pier."
    top = _head("General News of Friday, 3 March 2028", source, "Ferry fares rise for island commuters", photo, lead)
    assert top.title == "Ferry fares rise for island commuters" and top.content_start == 3


def test_a_print_byline_in_capitals_under_the_headline_is_no_desk_signature() -> None:
    # '- NAME' reads like a desk signing a notice ('— The Editors') over a headline: here the headline is above it
    top = _head(
        "Harbour Daily News", "Valley side punished early", "- RUTH OKAFOR", BODY, "Kick-off delayed by rain", BODY
    )
    assert top.title == "Valley side punished early" and top.content_start == 3


def test_a_replica_byline_in_title_case_under_the_headline_is_neither_title_nor_caption() -> None:
    # a print replica: the paper's name (no masthead word the table knows), the headline, then a dash and the team's
    # names in title case: the byline, which tells the paper's name over it is no headline
    top = _head(
        "The Harbour Star", "Ferry fares rise for island commuters", "- – Ruth Okafor, Tomas Brandt", BODY, BODY
    )
    assert top.title == "Ferry fares rise for island commuters" and top.content_start == 3


def test_a_known_papers_name_with_its_edition_in_brackets_is_chrome() -> None:
    # the site's name with its edition after it ("The Paper (North)") is the masthead, not a headline, even under a
    # kicker and a label that make the first headline-shaped line look like the title
    assert head.is_chrome("Taipei Times (Weekend Edition)")
    assert not head.is_chrome("Taipei Times readers vote (poll)")  # the name is only the line's opening
    top = _head(
        "Harbour housing",
        "Opinion",
        "Taipei Times (Weekend Edition)",
        "Ferry fares to rise by a fifth",
        "- Ruth Okafor",
        BODY,
    )
    assert top.title == "Ferry fares to rise by a fifth"


def test_a_social_links_label_with_its_preposition_is_chrome() -> None:
    # the label of the site's social buttons, the icons lost: "Follow us on" over the headline
    assert head.is_chrome("Follow us on") and head.is_chrome("Follow us on:")
    top = _head("Follow us on", "Ferry fares rise for island commuters", BODY)
    assert top.title == "Ferry fares rise for island commuters"
    top = _head("Follow us on", "Harbour deal goes ahead", BODY)  # a short headline too
    assert (top.title, top.content_start) == ("Harbour deal goes ahead", 2)


def test_a_kicker_over_a_headline_its_alt_text_prints_again() -> None:
    headline = "Court drops case against three reporters"
    top = _head("Press freedom cases", headline, "Maria Santos", headline, BODY)
    assert top.title == headline


def test_a_posted_and_updated_as_of_line_is_a_date_line() -> None:
    assert head.is_date_line("Posted at Mar 3 2021 08:15 AM | Updated as of Mar 3 2021 11:40 AM")


def test_a_subheading_under_a_long_lead_is_body_not_a_byline() -> None:
    lead = (
        "For the harbour board, the year brought a new chairman, a rare visit from the former governor to one "
        "of its meetings, and questions over the cost of the ferry terminal that the city had promised to finish."
    )
    more = (
        "When it came to spending, the board always took the chance to review contracts in public, but more often "
        "than not its reviews were held for show, critics said, and the costs kept climbing through the year."
    )
    top = _head("Harbour board's busy year", lead, "New Ferry Terminal", more, BODY)
    assert top.content_start == 1


def test_an_outdated_browser_notice_and_a_glued_site_name_are_chrome_over_the_headline() -> None:
    notice = (
        "Your browser is out of date, and may not be compatible with our website. A list of the most popular "
        "web browsers can be found below."
    )
    top = _head(
        "TheMekongPost",
        "Please Update your browser",
        notice,
        "Just click on the icons to get to the download page.",
        "Mekong Post",
        "Harbour police log a quiet festival weekend",
        "Jane Tan (The Mekong Post)",
        BODY,
    )
    assert top.title == "Harbour police log a quiet festival weekend"
    assert head.is_glued_masthead("TheMekongPost") and not head.is_glued_masthead("iPhone")


def test_an_unfinished_dek_over_a_caption_printed_bare_then_credited() -> None:
    caption = "Ferry passengers wait at the jetty on Monday after the service stopped."
    top = _head(
        "Ferry riders fume after second stoppage",
        "Outage follows Friday's delays on the island route during the evening rush",
        caption,
        f"{caption} MP PHOTO: JANE TAN",
        BODY,
    )
    assert top.content_start == 2


def test_writers_names_a_dash_and_the_paper_under_the_headline_are_a_byline() -> None:
    lead = "HARBOUR CITY, Mekong – Ferries stayed in port on Monday as the storm neared, officials said."
    top = _head("Storm keeps ferries in port", "Jane Tan and Ali Bakar - The Mekong Star", lead)
    assert top.content_start == 2


def test_a_long_summary_over_a_caption_printed_twice_above_the_dateline_is_a_dek() -> None:
    summary = (
        "The premier stressed the need for quick policy responses, stronger coordination between the ministries "
        "and firm action so that every growth target set for the year can be met."
    )
    caption = "The premier addresses the meeting (Photo: MNA)"
    lead = "Harbour City (MNA) – The premier on Monday called for firm action on the year's growth targets."
    top = _head("Premier urges firm action on growth targets", summary, caption, caption, lead)
    assert top.content_start == 2


def test_a_kicker_over_a_long_headline_its_dek_and_the_date_line() -> None:
    headline = "Three ferry workers jailed for blocking the pier under the same rules that saw a union leader held"
    top = _head(
        "Harbour courts",
        headline,
        "Magistrate gives each a month after the stand-off on the old pier",
        "PUBLISHED : Wednesday, 06 March, 2024, 8:04pm",
        BODY,
    )
    assert top.title == headline
    short = _head("Floods hit Kelantan", "Thousands leave their homes as rivers rise", "Published: 3 March 2024", BODY)
    assert short.title == "Floods hit Kelantan"


def test_a_kicker_over_a_long_headline_and_the_date_line_with_no_dek() -> None:
    headline = "Harbour's housing shortage will not end until the owners from abroad are taxed"
    top = _head("Harbour housing", headline, "PUBLISHED : Friday, 08 March, 2024, 9:15am", BODY)
    assert top.title == headline
    # a short headline over its standfirst, the date under the standfirst: the headline on top
    dek = "Thousands leave their homes as rivers rise across the state's north"
    short = _head("Floods hit Kelantan", dek, "Published: 3 March 2024", BODY)
    assert short.title == "Floods hit Kelantan"


@pytest.mark.parametrize(
    "line",
    [
        "Published on 2024-03-06T17:06:14+07:00",  # the page's timestamp printed as it is
        "Wed, March 6, 2024 Published on Mar. 6, 2024",  # an abbreviated month with its stop
    ],
)
def test_date_lines_with_an_iso_timestamp_or_a_months_stop(line: str) -> None:
    assert head.is_date_line(line)
    assert not head.is_date_line("The ferry will run again in March. 2024 is the year.")


def test_a_dek_under_the_alt_text_and_the_photographers_name_is_no_body() -> None:
    headline = "Mayor: Council hearings will not stop the ferry plan"
    lead = "HARBOUR CITY, Mekong – No matter how many hearings are held, the mayor will press on, he said on Monday."
    top = _head(
        headline,
        "Jane Tan",
        headline,
        "Ali Bakar",
        "'I do not mind the hearings,' says the mayor days after a council probe into the ferry contracts",
        lead,
    )
    assert top.content_start == 5


@pytest.mark.parametrize("line", ["Sat. Mar 2nd, 2024", "Tue. Oct. 8, 2019", "March 3, 2021 9:15 a.m."])
def test_a_date_line_with_abbreviations_dots(line: str) -> None:
    assert head.is_date_line(line)


def test_a_tab_title_with_the_sites_name_glued_after_a_dash_is_chrome() -> None:
    title = "Harbour city opens second ferry terminal"
    lines = [f"{title}-Newswire", title, "Source: Newswire", "PORT TOWN, May 2 -- The city opened a terminal."]
    found = _head(*lines)
    assert found.title == title


def test_a_bare_menu_of_an_indian_sites_sections_is_navigation() -> None:
    assert head.is_navigation("Home States Riverland") and head.is_navigation("Home Cities Portsmouth")
    assert not head.is_navigation("Home States push back on water plan")


@pytest.mark.parametrize("line", ["MAI LÂM |", "Trần Thu Hà", "ĐỖ HÙNG"])
def test_a_byline_with_accented_capitals_or_a_trailing_bar(line: str) -> None:
    assert head.is_byline(line)


@pytest.mark.parametrize(
    ("line", "shaped"),
    [
        ("BY MARLON TEVAKARI", False),  # a column's byline in capitals on top of a dump that lost its headline
        ("By Marlon Tevakari", False),
        ("BY THE NUMBERS: rice harvest falls", True),
    ],
)
def test_a_byline_in_capitals_on_top_is_no_headline(line: str, shaped: bool) -> None:
    assert head.headline_shaped(line) is shaped


LABELLED_BYLINES = (
    "By: Marlon Tevakari",
    "By: Marlon Tevakari, Sefa Lautoka",
    "By: Marlon Tevakari and Sefa Lautoka",
    "By: Marlon Tevakari, Sefa Lautoka March 3,2031 - 9:05 AM",
)


@pytest.mark.parametrize("byline", LABELLED_BYLINES)
def test_a_labelled_byline_on_top_is_no_headline(byline: str) -> None:
    # the byline with its label's colon, over the lead of a dump that lost its headline: no headline
    lead = "Harbour officials said on Monday that the ferry pier would reopen in May after repairs to its pilings."
    assert isinstance(parse_text(f"{byline}\n\n{lead}\n\nThe pier was shut in March.\n"), Quarantined)
    # over a headline (sites print the byline on top): the headline under it
    article = parse_text(f"{byline}\n\nFerry pier to reopen in May\n\n{lead}\n\nThe pier was shut in March.\n")
    assert isinstance(article, ParsedArticle) and article.title == "Ferry pier to reopen in May"


def test_a_headline_opening_with_by_is_still_a_headline() -> None:
    # "By" as a headline's first word, no label's colon after it: the headline
    lead = "Harbour officials said on Monday that the ferry pier would reopen in May after repairs to its pilings."
    article = parse_text(f"By the numbers: ferry pier repairs\n\n{lead}\n\nThe pier was shut in March.\n")
    assert isinstance(article, ParsedArticle) and article.title == "By the numbers: ferry pier repairs"
    assert head.headline_shaped("By the numbers: ferry pier repairs")


@pytest.mark.parametrize(
    ("line", "shaped"),
    [
        ("Pyongyang test-fires new rocket -Kyodo", True),  # a wire headline's source glued to its hyphen
        ("Flood victims queue for rice at the camp - AFP", False),  # a caption's credit stands apart
        ("Flood victims queue for rice at the camp. -AFP", False),  # or closes the caption's sentence
    ],
)
def test_a_wire_headline_may_end_in_its_source(line: str, shaped: bool) -> None:
    assert head.headline_shaped(line) is shaped


def test_a_print_button_glued_after_the_date_keeps_a_date_line() -> None:
    assert head.is_date_line("5 March, 2021 09:30 AM printer")
    assert not head.is_date_line("5 March, 2021 the printer broke")


def test_a_papers_staff_in_lower_case_is_a_role_byline() -> None:
    assert head.is_role_byline("The Mekong Post news staff")
    assert head.is_meta("The Mekong Post news staff", "Ferry fares rise again")
    assert not head.is_role_byline("Hospital cuts news staff")


def test_a_headline_over_its_bullets_and_a_masthead_over_a_date_bullet() -> None:
    # The chrome tests are skipped for a headline with its bullets under it; a site's name over a date bullet
    # is still the masthead.
    assert head.read_head(
        ["Floods cut off three villages", "• Nation", "• Monday, 5 June 2023", "Body."], [False] * 4
    ).title == ("Floods cut off three villages")
    top = head.read_head(
        ["Johor Today", "• Monday, 5 June 2023", "Floods cut off three villages", "Body text here."], [False] * 4
    )
    assert top.title == "Floods cut off three villages"


@pytest.mark.parametrize(
    "line",
    ["Site icon The Ridge Courier", "Search form", "Forgot password? Click here", "Lupa Kata Sandi? Klik di Sini"],
)
def test_a_site_icons_alt_text_a_search_box_and_a_login_prompt_are_chrome(line: str) -> None:
    assert head.is_chrome(line)
    assert not head.is_chrome("Search form for missing hikers widens")


@pytest.mark.parametrize(("line", "chrome"), [("image-english", True), ("photo-main-2", True), ("Mid-year", False)])
def test_an_images_slug_alone_is_chrome(line: str, chrome: bool) -> None:
    assert head.is_chrome(line) is chrome


def test_labels_over_a_headline_that_has_a_bylines_empty_labels_under_it() -> None:
    # Menu entries and an image's slug over the headline; under it 'Reporter' and 'Editor' whose names were
    # left out, then one name: the headline has meta under it, so the label-shaped lines above are chrome.
    lines = [
        "Ridge Weekly",
        "Ridge Monthly",
        "image-english",
        "Mayor denies meeting the builder before the tender",
        "Reporter",
        "Editor",
        "Hana Rusli",
        "RIDGETOWN - The mayor on Monday denied that he had met the builder before the tender closed last year.",
    ]
    assert _head(*lines).title == lines[3]


def test_a_ticker_of_other_headlines_joined_by_bars_is_chrome_above_the_headline() -> None:
    ticker = "Port reopens after the storm | Rice prices climb in the north | Ferry fares cut for students |"
    lines = [ticker, "Governor answers critics in five points", "RIVERTON: The governor answered his critics."]
    assert _head(*lines).title == lines[1]
    assert not head._headline_ticker("Floods hit the valley | The Ridge Courier")  # a tab title: one bar


def test_a_logos_alt_text_glued_before_the_headline_over_a_caption_printed_twice_with_the_photographers_name() -> None:
    caption = "A ferry leaves the old pier at dawn, a week before the new terminal opens."
    lines = [
        "Logo of The Ridge Courier newspaper The Ridge Courier - Ferry line to move to new terminal",
        caption,
        f"{caption} Hana Rusli",
        "Ferry line to move to new terminal",
        "The ferry line will move its boats to the new terminal next week, the port authority said yesterday.",
    ]
    found = _head(*lines)
    assert found.title == lines[3]
    assert found.captions_above == (caption,) and found.credits_above == ((0, "Hana Rusli"),)


def test_a_known_sites_name_with_its_edition_is_chrome() -> None:
    assert head.is_chrome("Daily Mirror - Print Edition")
    assert not head.is_chrome("Mirror - Print Edition")  # an unknown name: left to the structural rules


def test_the_headline_printed_again_with_straight_quotes_is_the_photos_alt_text() -> None:
    title = "Diver’s boat drifts off ‘Coral Point’, crew safe"
    lead = "A dive boat lost power and drifted for six hours off the point on Sunday before a tug towed it in."
    lines = [title, "Published", "2 hours ago", "Diver's boat drifts off 'Coral Point', crew safe", lead]
    assert _head(*lines).content_start == 4


def test_a_pages_icon_titles_saved_glued_are_chrome_above_the_headline() -> None:
    icons = "ArrowUp Created with Sketch.Title ChevronLeft ChevronIcon FacebookIcon MailIcon PrintIcon"
    assert head._icon_titles(icons)
    assert not head._icon_titles("iPhone sales slow as PayPal and WhatsApp deals rise")
    lines = [icons, "Politics", "Ferry fares to rise by a fifth in June", "JANE TAN, Mekong Post staff writer | Laos"]
    assert _head(*lines).title == lines[2]


def test_a_sites_tagline_and_menus_over_a_headline_with_its_byline_and_date_are_chrome() -> None:
    lines = [
        "Valley Express Global",
        "The valley's most trusted paper",
        "Global Edition",
        "Subscribe| Contact us | Follow us on",
        "News",
        "Port police seize two tonnes of smuggled rice",
        "By Jane Tan   May 4, 2024 | 10:15 am GMT+7",
        "Port police on Friday seized two tonnes of rice smuggled in on a fishing boat, they said.",
    ]
    assert _head(*lines).title == lines[5]
    # a headline's dek over its byline has no menu above it: the headline stays
    lines = [
        "Port police seize two tonnes of smuggled rice",
        "Boat made the trip three times this month",
        "Jane Tan",
        "May 4, 2024",
        "Port police on Friday seized two tonnes of rice smuggled in on a fishing boat, they said.",
    ]
    assert _head(*lines).title == lines[0]


def test_whats_trending_is_chrome() -> None:
    assert head.is_chrome("What's Trending")


def test_a_name_then_the_papers_staff_role_and_beat_is_a_byline() -> None:
    assert head.is_role_byline("JANE TAN, Mekong Post staff writer | Laos")
    assert head.is_role_byline("Jane Tan, Staff Correspondent")
    assert not head.is_role_byline("Police, fire brigade | Crime")


def test_a_sites_menu_saved_as_a_long_run_of_bullets_is_chrome_and_names_no_section() -> None:
    menu = [f"• {item}" for item in ("Home", "News", "Region", "World", "Sport", "Opinion", "Books", "Donate")]
    lines = [
        "Monday, May 6, 2024",
        "No Results",
        "View All Result",
        "NEWSLETTER",
        "31 °c",
        "Riverton",
        *menu,
        *menu,
        "No Results",
        "View All Result",
        "The Valley Paper",
        "No Results",
        "View All Result",
        "Home News Region",
        "River ferry to run through the night from June",
        "Jane Tan",
        "May 4, 2024",
        "0 0",
        "12.5k",
        "Views",
        "The river ferry will run through the night from June, its operator said on Saturday.",
    ]
    found = _head(*lines)
    assert found.title == "River ferry to run through the night from June"
    assert found.section is None
    assert lines[found.content_start].startswith("The river ferry")
    lines = ["Monday, May 6, 2024", *menu, *lines[-8:]]
    found = _head(*lines)
    assert (found.title, found.section) == ("River ferry to run through the night from June", None)


def test_a_last_modified_stamp_is_a_date_line() -> None:
    assert head.is_date_line("Last modified: 4 March, 2021, 09:40 am")
    assert not head.is_date_line("The plan was modified on 4 March")


def test_a_byline_with_a_colon_after_by_and_its_date_glued_on() -> None:
    assert head.is_byline("By: Ana Cruz, Ben Lim March 09,2016 - 11:05 AM")
    assert not head.is_byline("By: the river, where the ferry waits, at dawn.")


def test_a_date_bullet_that_date_of_cannot_read_is_no_section() -> None:
    lines = [
        "• Last Update 2021-03-04 09:40:00",
        "Ferry service to resume after the floods recede",
        "The ferry service across the river will resume next week once the water falls, its operator said today.",
    ]
    found = _head(*lines)
    assert found.title == "Ferry service to resume after the floods recede"
    assert found.section is None


def test_a_bullet_label_ending_in_a_colon_is_no_section() -> None:
    # a button's label whose value the scrape lost ("Text size:", "SHARE :") over the headline
    for label in ("• Text size:", "• SHARE :", "• Text size: - +"):
        found = _head(label, "Ferry service to resume after the floods recede", BODY)
        assert found.title == "Ferry service to resume after the floods recede"
        assert found.section is None
    assert _head("• Metro", "Ferry service to resume after the floods recede", BODY).section == "Metro"


def test_a_share_widgets_button_saved_as_a_bullet_is_no_section() -> None:
    # over the headline among the chrome, or under the byline and date line: the share widget's button, no section
    title = "Ferry service to resume after the floods recede"
    for button in ("• share this", "• Share", "• Link copied", "• Copy link"):
        assert _head("Monday, March 2, 2026", button, title, BODY).section is None
        assert _head(title, "By Jane Tan", "Published : March 2, 2026", button, BODY).section is None
    # a section's name of the same shape stays the section
    assert _head("Monday, March 2, 2026", "• Shares", title, BODY).section == "Shares"
    assert _head(title, "• Nation", "• Monday, 2 Mar 2026", BODY).section == "Nation"


def test_a_credited_caption_right_over_the_headline_under_the_pages_lines_is_the_photos() -> None:
    # a topic's label and a promo's lines on top, then the lead photo's caption closed by its credit, the headline,
    # the standfirst's bullets: the caption is the photo's, the lines over it the page's
    title = "Riverton is not alone: five towns that rebuilt after floods"
    caption = "Volunteers stack sandbags along the river wall in Riverton on May 3. Photo: WIRE"
    points = ("• Towns across the valley have rebuilt after floods", "• Some moved their centres up the hill")
    page = ("Valley floods", "Get more with our app", "A news feed of the stories you follow", "Learn more")
    top = _head(*page, caption, title, *points, BODY)
    assert (top.title, top.captions_above) == (title, (caption,))
    # a line there opening with a dateline is another story's teaser, however credited: no caption
    teaser = "RIVERTON: Volunteers stack sandbags along the river wall. Photo: WIRE"
    top = _head(*page, teaser, title, *points, BODY)
    assert (top.title, top.captions_above) == (title, ())


def test_a_byline_or_label_run_into_the_headlines_last_word_is_cut_off() -> None:
    title = "Ferry service to resume after the floods recede"
    assert _head(title + "By Jane Tan", BODY).title == title
    assert _head(title + "Breaking", BODY).title == title
    # the reading time printed under the headline, run into it: "3 min read", "1 Min Read"
    assert _head(title + "3 min read", BODY).title == title
    assert _head(title + "12 Min Read", BODY).title == title
    assert _head("Ten tips for a one minute read", BODY).title == "Ten tips for a one minute read"
    # a brand's capitals inside a word, or a word that is all the line, stay
    for kept in ("Riverside shop sells out of the new iPhone", "Ferry operator joins YouTube"):
        assert _head(kept, BODY).title == kept


def test_a_writers_name_or_an_unread_date_as_a_bullet_under_the_headline_is_no_section() -> None:
    title = "Ferry service to resume after the floods recede"
    assert _head(title, "• Jane Tan-mei", "• Posted 2021.06.28 00:00", BODY).section is None
    assert _head(title, "• Mekong Radio", BODY).section is None  # a broadcaster's desk signing the story
    assert _head(title, "• Metro News", BODY).section == "Metro News"  # a section named as a paper's
    assert _head(title, "• Nation", BODY).section == "Nation"


def test_a_language_switchers_bullets_under_the_byline_are_no_section() -> None:
    title = "Why young families are moving to the harbour town"
    # the site's edition switcher, two languages' names as bullets under the byline: no section
    assert _head(title, "Jane Tan", "• English", "• Arabic", BODY).section is None
    assert _head(title, "• English", "• 中文", BODY).section is None
    # one language's name alone may be a section's; a section bullet next to a language's stays one
    assert _head(title, "• Tamil", BODY).section == "Tamil"
    assert _head(title, "Jane Tan", "• Nation", "• English", BODY).section == "Nation"


def test_a_section_name_of_a_few_capitalized_words_over_a_long_headline() -> None:
    lines = [
        "Farms & Rivers",
        "Ferry service across the river to resume next week after the floods recede",
        "The ferry service across the river will resume next week once the water falls, its operator said today.",
    ]
    found = _head(*lines)
    assert found.title == "Ferry service across the river to resume next week after the floods recede"
    lines = ["Ferry Resumes", "Boats back on the river", lines[-1]]
    assert _head(*lines).title == "Ferry Resumes"


def test_a_one_word_headline_on_the_first_line_over_the_lead() -> None:
    lead = (
        "More than two thousand families left the river towns on Friday as the water rose, "
        "the provincial disaster office said on Saturday."
    )
    assert head.read_head(["Evacuation", lead], [False, False]).title == "Evacuation"
    assert head.read_head(["Nation", lead], [False, False]).title is None  # a section's name over a lost headline
    assert head.read_head(["Filepic", lead], [False, False]).title is None  # a photo's credit


def test_a_word_alone_over_a_wires_dateline_lead_is_its_desks_label() -> None:
    lead = (
        "PORT ELLIS: More than two thousand families left the low river towns on Friday night as the brown water "
        "rose over the banks, provincial officials said."
    )
    assert head.read_head(["Provinces", lead], [False, False]).title is None
    # the same word over a lead with no dateline stays a one-word headline
    assert head.read_head(["Provinces", lead.removeprefix("PORT ELLIS: ")], [False, False]).title == "Provinces"


def test_a_short_headline_in_capitals_with_a_sentences_word_is_no_writers_name() -> None:
    lead = (
        "PORT ELLIS: Ferry fares across the estuary will rise by a fifth in March, the operator said on Tuesday "
        "after a long review of its costs."
    )
    for title in ("DREDGING TO RESUME", "CHARTING THE ESTUARY’S FUTURE"):
        assert head.read_head([title, lead], [False, False]).title == title
    # a writer's name in capitals over the dateline lead stays the byline (a name's particle is no sentence's word)
    for name in ("JANE TAN", "ALI BIN BAKAR"):
        assert head.read_head([name, lead], [False, False]).title is None


def test_the_sites_name_over_the_lead_past_its_menu_and_date_is_no_headline() -> None:
    lead = (
        "PORT ELLIS: The harbour board will raise its mooring fees by a fifth from next month, after ten flat years, "
        "its chairman told the Harbour Times on Tuesday."
    )
    for top in (
        ["The Harbour Times"],
        ["HARBOUR EVENING POST", "Home | Ports | Business | Opinion"],
        ["Harbour Times", "Tuesday, 4 March 2031", "Business"],
    ):
        lines = [*top, lead, "The board meets again in June."]
        assert head.read_head(lines, [False] * len(lines)).title is None, top
    # a headline between the name and the lead is the headline
    lines = ["Harbour Times", "Tuesday, 4 March 2031", "Mooring fees to rise", lead]
    assert head.read_head(lines, [False] * len(lines)).title == "Mooring fees to rise"


def test_an_unfinished_summary_right_under_the_headline_over_a_long_lead_is_a_standfirst() -> None:
    dek = "Fishermen say the new harbour rules leave them a few hours at sea each week"
    lead = (
        "The harbour board on Monday limited the hours small boats may spend at sea, saying the reefs off the "
        "point needed a season's rest after two years of heavy catches and a warm summer, its chairman told reporters."
    )
    assert _head("Harbour limits fishing hours", dek, lead, BODY).content_start == 2
    # A finished sentence or a short one stays the article's; so does a summary over a short line.
    assert _head("Harbour limits fishing hours", dek + ".", lead, BODY).content_start == 1
    assert _head("Harbour limits fishing hours", "Boats at the pier", lead, BODY).content_start == 1
    assert _head("Harbour limits fishing hours", dek, BODY, lead).content_start == 1
    # Over a dateline the line is the caption slot's to read (an uncredited caption stands there as often).
    assert _head("Harbour limits fishing hours", dek, "PORT KLANG: " + lead, BODY).content_start == 1


def test_a_short_line_under_the_photo_with_the_dek_above_the_photo_is_its_caption() -> None:
    dek = "Fishermen say the new harbour rules leave them a few hours at sea each week"
    lead = (
        "The harbour board on Monday limited the hours small boats may spend at sea, saying the reefs needed a "
        "season's rest after two years of heavy catches, its chairman told reporters."
    )
    title = "Harbour limits fishing hours"
    top = _head(title, dek, title, "Boats moored at the old pier at dusk", lead, BODY)
    assert top.captions_above == ("Boats moored at the old pier at dusk",) and top.content_start == 4
    # Without a summary above the photo the line under it is the dek, no caption.
    assert _head(title, "By Jane Santos", title, dek, lead, BODY).captions_above == ()
    # A reading time under the photo is the page's chrome, not the photo's caption.
    assert _head(title, dek, title, "4 Min Read", lead, BODY).captions_above == ()


def test_a_dash_breadcrumb_ending_in_the_headline_printed_under_it_is_chrome() -> None:
    title = "Harbour board limits fishing hours for small boats"
    top = _head("- Northport", "- 27°C", "- Home", "- Coast", "- " + title, title, BODY)
    assert top.title == title and top.content_start == 6


def test_a_breadcrumb_run_together_and_ending_in_the_headline_is_chrome() -> None:
    title = "Harbour board limits fishing hours"
    top = _head("Monday, March 3, 2031", "HomeCoastHarbour board limits fishing hours", "Coast", title, BODY)
    assert top.title == title
    assert _head("Homeowners protest new harbour levy", title, BODY).title == "Homeowners protest new harbour levy"


def test_a_long_headline_ending_in_a_question_printed_twice_on_top_is_the_headline() -> None:
    question = (
        "Northport's mayor, who spent two terms rebuilding the harbour, has stepped down. What will happen to the "
        "ferry plan under the new council?"
    )
    lead = (
        "On the 3rd of this month the city council accepted the mayor's resignation. As a result, a by-election will "
        "take place within two months and a new mayor will be sworn in."
    )
    top = _head(question, question, lead, BODY)
    assert (top.title, top.content_start) == (question, 2)
    # printed once, the two sentences are no headline's shape
    assert _head(question, lead, BODY).title is None
    # a lead printed twice ends in a stop: no headline
    assert _head(lead, lead, BODY).title is None


def test_a_series_kicker_between_the_photos_caption_and_the_headline_is_no_headline() -> None:
    caption = "The harbour master walks the pier as the first ferry in a year docks at dawn. (Photo by Jane Tan)"
    headline = "Unfinished voyage: Northport's ferries still have far to go"
    dek = "The harbour master talks about routes, fares and whether one more season is enough"
    byline = "ALI BAKAR, Gazette staff writer | Northport"
    lead = (
        "NORTHPORT -- Stepping off the first ferry to dock in a year, the harbour master seemed calm, waving to the "
        "crowd on the pier as the crew tied up."
    )
    top = _head(caption, "The Long Read", headline, dek, byline, lead, BODY)
    assert (top.title, top.captions_above, top.content_start) == (headline, (caption,), 5)
    # a short headline with the byline right under it is the headline
    short = "Ferries come back to Northport"
    assert _head(caption, short, byline, lead, BODY).title == short


def test_a_copy_of_the_headline_cut_to_an_ellipsis_over_the_headline_is_chrome() -> None:
    title = "Harbour board limits fishing hours for small boats"
    lead = "Northport: The harbour board has limited the hours small boats may fish in the bay, it said on Monday."
    for cut in ("Harbour board limits fish...", "Harbour board limits fishing…"):
        top = _head(cut, title, lead, BODY)
        assert top.title == title and top.content_start == 2
    # a headline that ends in an ellipsis of its own, no longer copy under it, stays the headline
    teasing = "Harbour board limits fishing hours, and then..."
    assert _head(teasing, lead, BODY).title == teasing
    # two words before the cut are no copy: any line may open so
    assert _head("Harbour board...", title, lead, BODY).title == "Harbour board..."


def test_a_cut_copy_of_the_headline_with_a_crumbs_label_glued_before_it_is_no_headline() -> None:
    title = "Harbour board limits fishing hours for small boats"
    lead = "The harbour board has limited the hours small boats may fish in the bay, it said on Monday, after talks."
    for cut in ("CoastHarbour board limits fish...", "CoastHarbour board limits fishing…"):
        top = _head("logo Northport.example", cut, "Advert", title, lead, BODY)
        assert top.title == title
    # a label glued to two words before the cut is no copy: any line may open so
    assert _head("CoastHarbour board...", title, lead, BODY).title == "CoastHarbour board..."
    # a cut line whose words open no headline below stays the headline
    teasing = "CoastGuard says the harbour will wait..."
    assert _head(teasing, lead, BODY).title == teasing


def test_a_quotation_closed_by_its_stop_on_top_opens_the_lead() -> None:
    quote = "\u201cWe saw no storm at all.\u201d"
    said = "That was what the weather officer told reporters on Sunday about a video shared widely online this week."
    top = _head(quote, said, BODY)
    assert top.title is None and top.content_start == 0
    assert not head.headline_shaped('"Nothing to see here."')
    # a quoted headline drops its stop, or asks
    assert head.headline_shaped("\u201cWe saw no storm at all\u201d")
    assert head.headline_shaped("\u201cHas the harbour become a car park?\u201d")


def test_a_label_or_crumbs_glued_to_the_headline_printed_alone_under_it_is_no_part_of_it() -> None:
    # A sticky header's label ('Now Reading: ') glued to the headline, the headline alone under it: the lower line.
    title = "HARBOUR WATCH | How the port won back its ferry routes"
    lead = "NORTHPORT: The harbour board restored three ferry routes on Monday after a year of talks, it said."
    top = _head("Loading", "Now Reading: " + title, title, "March 3, 2031 , 10:24 PM", lead, BODY)
    assert top.title == title and top.content_start == 4
    # Crumbs run together over the headline, taken by the test that looks past a line of the page on top (whose
    # words the lead does not take up) for the line the lead does.
    title = "Harbour board restores ferry routes after year of talks"
    lead = (
        "NORTHPORT (Wire) - The harbour board on Monday restored three ferry routes after a year of talks with the "
        "operators, a spokesperson told a briefing."
    )
    lines = ("Pick us as a source in your feed", "Monday, March 3, 2031", "Back Our Newsroom", "HomeWorld" + title)
    top = _head(*lines, title, "Follow Us :", "Text Size:", lead, BODY, BODY)
    assert top.title == title and top.content_start == 7
    # A kicker of the story's own before the colon ('Ferries: ') opens the headline: the line under is its copy.
    kicked = "Ferries: How the port won back its ferry routes"
    assert _head("Loading", kicked, kicked[len("Ferries: ") :], lead, BODY).title == kicked


def test_under_a_line_of_the_page_a_headline_and_its_dek_both_taken_up_by_the_lead_the_headline_is_above() -> None:
    # The weather on top shares no word with the lead; under it the headline and its dek, whose words the lead
    # takes up, the dek more of them: the headline is the upper line, the dek is neither headline nor body.
    lead = (
        "Police in Northport are investigating a blaze that gutted a harbour warehouse owned by a port official, "
        "the deputy police chief said in an update on the probe on Tuesday."
    )
    title = "Warehouse fire: police hold suspect in Northport"
    dek = "Deputy police chief gives update on probe into blaze at harbour warehouse owned by port official"
    assert _head("Light rain 12°", "25 April, 2031", title, dek, lead, BODY).title == title
    # a photo's caption between the dek and the lead: the dek, which the lead retells, is still the head's, no body
    top = _head("Light rain 12°", "25 April, 2031", title, dek, "Smoke over the old pier", lead, BODY)
    assert (top.title, top.content_start) == (title, 4)
    # with no headline over it the dek stays the line the lead takes up
    assert _head("Light rain 12°", "25 April, 2031", "Subscribe now", dek, lead, BODY).title == dek


def test_crumbs_saved_without_separators_before_the_headline_printed_under_it_are_chrome() -> None:
    title = "Ferry fares rise ahead of the long holiday weekend"
    top = _head("Travel Coast " + title, title, BODY)
    assert top.title == title and top.content_start == 2
    # a headline's own words before a shorter headline-shaped line are no crumbs: a number, a mark
    assert _head("2031 Budget: " + title, title, BODY).title == "2031 Budget: " + title


def test_a_section_label_glued_to_the_headline_printed_under_it_is_chrome() -> None:
    title = "Harbour board limits fishing hours"
    top = _head("24 C", "Sunday, May 4, 2031", "Commentary" + title, title, BODY)
    assert top.title == title and top.content_start == 4
    # a headline's own opening, a word and a mark, is no label glued on
    assert _head("Ports: Harbour board limits fishing hours", title, BODY).title.startswith("Ports:")


def test_short_labels_on_top_over_a_longer_headline_and_its_lead_are_chrome() -> None:
    lead = "Ferry operators on the east coast raised their fares by a fifth on Monday, citing the price of fuel."
    title = "Ferry fares rise ahead of holidays"
    assert _head("Weekend escapes", title, lead, BODY).title == title  # a section in two words
    assert _head("Mekong Weekender", "Travel Notes", title, lead).title == title  # the site's name and a section
    assert _head("The Sun says", title, lead).title == title  # a column named after a known paper
    # chrome, a date widget and its relative time, between the headline and its lead
    assert _head("Weekend escapes", title, "Updated", "12 min ago", lead).title == title
    # a short headline whose words the lead takes up, over a dek without its stop
    assert _head("Ferry Operators Agree", "Price of fuel to be shared by boats", lead).title == "Ferry Operators Agree"
    # a short headline over a dek that is a sentence without its stop
    dek = "It's about the fuel bill that every boat pays twice a week"
    assert _head("Blues of the Harbour", dek, lead).title == "Blues of the Harbour"
    # over a dateline, the lines under a short headline may be captions
    dated = "NORTHPORT: Ferry operators raised their fares by a fifth on Monday, citing the price of fuel."
    assert _head("Jetty woes", "Commuters queue at the east jetty for the morning boat", dated).title == "Jetty woes"


def test_a_header_printed_twice_over_the_headline_is_chrome_and_keeps_the_window() -> None:
    menu = ["1. Coast", "2. Markets", "3. Sport", "4. Search"]
    title = "Harbour board limits fishing hours"
    top = _head("Menu", *menu, *menu, "Sign in", title, "Published - May 4, 2031 10:02 am", BODY)
    assert top.title == title and top.content_start == 12


def test_chrome_over_a_headline_whose_date_stands_under_its_standfirst() -> None:
    title = "Harbour board limits fishing hours for small boats"
    dek = "The board also set up a fund for fishermen who lose a season's catch."
    chrome = ("Menu", "To read more stories", "Subscribe Search", "Follow us")
    top = _head(*chrome, title, dek, "May 4, 2031 07:27 pm", BODY)
    assert top.title == title


def test_one_capitalized_word_under_the_headline_over_a_long_lead_is_a_label() -> None:
    lead = (
        "The harbour board on Monday limited the hours small boats may spend at sea, saying the reefs needed a "
        "season's rest after two years of heavy catches, its chairman told reporters."
    )
    assert _head("Harbour limits fishing hours", "Coast", lead, BODY).content_start == 2
    assert _head("Harbour limits fishing hours", "Coast", "Short line.", lead).content_start == 1


def test_section_and_date_bullets_under_a_byline_under_the_headline() -> None:
    top = _head("Harbour board limits fishing hours", "By Jane TanOmar Said", "• Coast", "• Monday, 04 May 2031", BODY)
    assert (top.title, top.section, top.published, top.content_start) == (
        "Harbour board limits fishing hours",
        "Coast",
        date(2031, 5, 4),
        4,
    )


def test_a_lists_first_item_heading_and_fact_line_under_the_headline_are_body_not_a_byline() -> None:
    item = "A ferry captain for 30 years, she took the night crossings nobody else wanted and trained two dozen crews."
    later = "He ran the harbour's lifeboat station through four monsoons and never lost a crew member at sea."
    lines = ("Ten skippers who kept the isles going", "Aminah Yusof", "Age: 61", item, "Lim Kok Wah", "Age: 72", later)
    assert _head(*lines).content_start == 1
    intro = "We look at ten skippers, past and present, who kept the island ferries running through hard times."
    assert _head(lines[0], intro, *lines[1:]).content_start == 2  # the list's standfirst stays out of the body
    # a byline over a line of its own label, with no items below: still the head
    assert _head(lines[0], "Aminah Yusof", "Updated: 4 May 2031", item, later).content_start == 3


def test_a_letters_signature_closing_the_dump_leaves_the_letter_the_body() -> None:
    first = "The buses on the coast road have run late every morning this month, and nobody at the depot answers."
    second = "The council must publish a timetable it can keep. Commuters deserve better than guesswork."
    lines = ("Fix the coast road buses", "March 03, 2031", first, second, "Rahim Osman", "Kuantan")
    assert _head(*lines).content_start == 2  # the name and town under the letter: no standfirst over a byline
    assert _head(*lines[:-1]).content_start == 2  # the name alone closing the dump
    # the byline and date under the headline, and the headline printed again under them, stay the head's
    letter = ("Fix the coast road buses", "By Letters Desk", "March 03, 2031", "Fix the coast road buses")
    assert _head(*letter, first, second, "Rahim Osman").content_start == 4
    # a byline under a standfirst, with the article going on under it, keeps the head's meta lines
    assert _head(*lines[:-1], BODY, BODY).content_start == 5


def test_a_chrome_word_under_a_list_mark_is_a_meta_line() -> None:
    assert head.is_meta("- Published", None) and head.is_meta("- Home", None)
    assert not head.is_meta("- Residents fled", None)
    assert _head("Harbour board limits fishing hours", "- Published", BODY).content_start == 2


def test_a_line_naming_a_news_section_over_a_headline_and_print_lead_is_chrome() -> None:
    lead = "SEVERAL BOATS were stopped off the harbour mouth overnight carrying smuggled fuel, the coast guard said."
    title = "Harbour sweep nets smuggled fuel"
    assert _head("Coastal news", title, lead).title == title
    assert _head("Regional News", title, lead).title == title
    assert _head("The Sunday Times says", title, BODY).title == title  # a known paper's Sunday column


def test_a_headline_printed_twice_below_makes_the_lines_above_it_the_header() -> None:
    title = "Harbour toll rises for night ferries"
    header = "ServicesMarketsLedger Wire AgencyBlog: Notes From the Quay"  # the site's menu glued into one line
    top = _head(header, title, "May 4, 2031", title, "Desk Staff", BODY)
    assert top.title == title and top.content_start == 5
    # an app's promo over the site's name printed twice (logo and text): the header too
    promo = ("Read every paper in one place.", "Hundreds of titles.", "Open now")
    top = _head(*promo, "Quayside Ledger", "Quayside Ledger", "Town", title, BODY)
    assert top.title == title
    # a headline over its date line is no header, whatever is printed twice under it (a caption, alt text)
    caption = "Flooded lanes near the quay on May 4, 2031. (Harbour Board/Facebook)"
    assert _head(title, "Published May 4, 2031 10:15 am", caption, caption, BODY).title == title
    # a paragraph between: the article has started, what is printed twice is not its headline
    assert _head(title, BODY + " " + BODY, "Read More", "Read More", BODY).title == title


def test_a_headline_over_its_caption_and_date_then_printed_again_is_no_list_item() -> None:
    title = "Coast town joins flood-hit districts"
    caption = "SAFE AND DRY: A fisherman carrying his nets to higher ground as the river rose."
    lead = "FLOOD waters kept rising along the coast yesterday, with two more districts cut off by the evening."
    top = _head("Top Stories", title, caption, "May 04, 2031", title, lead)
    assert top.title == title and top.captions_above == (caption,) and top.content_start == 5


def test_a_headline_saved_as_a_bullet_under_short_chrome_lines() -> None:
    title = "Warehouse blaze in harbour district suspicious: police"
    top = _head("NORTHPORT", "Northport", "• " + title, BODY)
    assert top.title == title and top.section is None and top.content_start == 3
    # a short bullet is a section, and a run of long bullets is a menu of other stories: neither is the headline
    assert _head("NORTHPORT", "Northport", "• Harbour news", BODY).title != "Harbour news"
    menu = ("• " + title, "• Council votes on a new bridge over the river")
    assert _head("NORTHPORT", "Northport", *menu, BODY).title != title


def test_a_newsletter_pitch_under_the_headline_is_no_standfirst() -> None:
    title = "The Quay Letter: are night buses coming back?"
    pitch = "Catch every story from the harbour towns in our morning Quay Letter newsletter, straight to your inbox."
    top = _head(title, pitch, "Good morning,", BODY)
    assert top.title == title and top.content_start == 2
    # a standfirst that names a newsletter without a way to get it stays what it was
    dek = "The town's newsletter for fishermen has closed after forty years, its editor said."
    assert _head(title, dek, BODY).content_start == _head(title, "A short dek on the harbour.", BODY).content_start


def test_a_section_label_over_the_sites_logo_over_the_headline_is_chrome() -> None:
    title = "Mayor urges early evacuation when the river rises"
    top = _head("Sunday, May 4, 2031", "24.4 C", "Northport", "the harbour ledger ipaper logo 150x150", title, BODY)
    assert top.title == title and top.content_start == 5


def test_a_breadcrumb_ending_in_the_headline_makes_the_lines_above_it_the_header() -> None:
    title = "Rookie hits two centuries on debut as league match ends in a draw"
    promo = ("Ledger App", "LedgerApp (Free)", "Read it first", "Get the LedgerApp", "This story is 2 years old")
    top = _head(*promo, "Ledger.com  » Sport » " + title, title, BODY)
    assert top.title == title and top.content_start == len(promo) + 2
    # a trail from the site's home with its separators lost
    title = "Schools: keep party politics out of classrooms!"
    assert _head("Home 2031: 5 " + title, title, BODY).title == title
    # a headline that merely ends like the line under it, with no trail before, is the headline
    assert _head("Storm batters harbour", "Harbour", BODY).title == "Storm batters harbour"


@pytest.mark.parametrize("masthead", ["China Daily (Hong Kong)", "Cambodian Journalists Alliance Association"])
def test_a_known_sites_name_over_a_headline_with_no_byline_under_it_is_chrome(masthead: str) -> None:
    title = "Harbour pilot jailed for two years over ferry collision"
    caption = "The pilot arrives at the city court on Monday, where he was jailed for two years. Jane Tan"
    assert _head(masthead, title, caption, caption, BODY).title == title
    assert masthead.lower() in head.SITE_NAMES  # site knowledge is data: the region's mastheads


def test_a_view_of_a_scene_between_the_headline_and_its_copy_is_the_photos_caption() -> None:
    title = "Riverside town finds its feet"
    caption = "A view of the new ferry terminal at Kampung Hulu. It has become the busiest jetty on the coast."
    lead = "HULU – the old river port was once a busy harbour for tin and rubber, and is now a quiet fishing town."
    top = _head(title, caption, title, lead, BODY)
    assert top.title == title and top.captions_above == (caption,) and top.content_start == 3
    aerial = "An aerial view of the flooded paddy fields near the river mouth."
    assert _head(title, aerial, title, lead, BODY).captions_above == (aerial,)
    # A summary in that place is the dek (its first sentence has a verb), not a caption.
    dek = "A view of the future is what the town council says it wants to give the old port."
    assert _head(title, dek, title, lead, BODY).captions_above == ()


@pytest.mark.parametrize(
    ("notice", "dek"),
    [
        ("Weekend Ledger wants to send you alerts. Tap allow to get them", ()),  # right over the headline
        ("We have moved our news pages to a new address. Find us there!", ()),
        ("We have moved our news pages to a new address. Find us there!", ("Fees at the harbour went up in March",)),
    ],
)
def test_a_notice_to_the_reader_over_a_headline_with_its_byline_is_no_headline(
    notice: str, dek: tuple[str, ...]
) -> None:
    headline = "Harbour toll rises for the third time this year"
    top = _head(notice, headline, *dek, "By Jane Tan", BODY)
    assert top.title == headline


def test_a_headline_that_speaks_to_the_reader_stays() -> None:
    headline = "Your rates go up. Here is what you pay now"  # no headline of its own under it: the page's headline
    top = _head(headline, "Council votes for a second rise in a year", BODY)
    assert top.title == headline


@pytest.mark.parametrize("byline", ["By Staff writer", "Reuters"])
def test_a_date_bullet_under_the_byline_under_a_standfirst_dates_the_article(byline: str) -> None:
    dek = "Drivers who block the junction top the list, the traffic chief says"
    top = _head(
        "Harbour city issues 900 fines under new road rules", dek, byline, "• Monday, 3 March 2031 1:59 PM", BODY
    )
    assert top.published == date(2031, 3, 3) and top.section is None and top.content_start == 4


_TWICE_LEAD = (
    "Ferry crews on the northern route walked off the job on Tuesday after talks over rosters broke down, leaving "
    "hundreds of island commuters stranded at the harbour."
)


@pytest.mark.parametrize(
    "above",
    [
        ("Get our weekly briefing", "Newsletter sign-up", "Get our briefing"),  # a newsletter's notice, its button
        ("2. Economy", "5 March 2024 - 09:12"),  # a numbered crumb with the date under it
        ("MarketsFundsIndicesCommoditiesBlog: Ideas OnMoney @ Example Group", "March 5, 2024 / 9:12 AM"),  # a menu
    ],
)
def test_a_headline_printed_twice_under_a_line_the_lead_shares_no_word_with(above: tuple[str, ...]) -> None:
    headline = "Ferry crews stage a walkout"  # an article in it: no dek-free headline the lead takes up
    top = _head(*above, headline, headline, _TWICE_LEAD)
    assert top.title == headline
    # printed again past a date line between its two copies
    top = _head(*above, headline, "March 5, 2024 / 9:12 AM", headline, "Jane Tan", _TWICE_LEAD)
    assert top.title == headline


def test_a_photos_caption_printed_twice_under_the_headline_is_no_headline() -> None:
    # the headline shares a word with the lead (stranded); the caption under it, printed twice, is no headline
    top = _head(
        "Commuters stranded",
        "Ferries idle at the northern harbour pier",
        "Ferries idle at the northern harbour pier",
        _TWICE_LEAD,
    )
    assert top.title == "Commuters stranded"


def test_a_wires_name_the_lead_shares_with_a_menu_over_the_headline_is_no_word_of_the_story() -> None:
    menu = "MarketsFunds IndicesLegal Reuters Desk DataRisk Tools SolutionsTax & PolicyBlog: Notes OnTrade @ Reuters"
    headline = "Ferry crews stage a walkout"
    lead = f"PORTVALE, March 5 (Reuters) - {_TWICE_LEAD}"
    top = _head(menu, headline, "March 5, 2024 / 9:12 AM / 2 years ago", headline, "Reuters Staff", "1 Min Read", lead)
    assert top.title == headline


def test_a_caption_printed_twice_above_the_headline_one_copy_cut_or_labelled() -> None:
    caption = "A fisherman holds up a photo of his lost boat outside the harbour office in the port town on Monday"
    title = "Harbour board limits fishing hours"
    # the credited caption over its copy cut short by a "Show more" link
    credited = f"{caption}. Jane Tan/AFP"
    top = _head(credited, f"{caption[:70]}Show more", title, BODY)
    assert (top.title, top.captions_above, top.credits_above) == (title, (credited,), ())
    # the bare caption over its copy with an icon's label glued in front and the credit after it
    top = _head(caption, f"Camera Icon{caption} Credit: AFP", title, BODY)
    assert (top.title, top.captions_above, top.credits_above) == (title, (caption,), ((0, "Credit: AFP"),))
    # a long headline over a lead that opens with its words is no caption
    long_title = "Harbour board limits fishing hours for small boats in the port town after two years of heavy catches"
    top = _head(long_title, f"RIVERTON: {long_title[:80]}, its chairman said.", BODY)
    assert top.title == long_title and top.captions_above == ()


@pytest.mark.parametrize("tail", [" NEWSPIX", "NEWSPIX", " Handout", " HARBOUR DESK"])
def test_a_caption_printed_twice_above_the_headline_with_a_short_credit_after_the_second_copy(tail: str) -> None:
    # 'Caption.' / 'Caption. CREDIT' (spaced or glued to the stop) / headline: the photographer's name or a desk's
    # credit in a few capitalised words, as the slot reads a caption printed again with its credit
    caption = "Volunteers stack sandbags along the riverbank as the water rises near the old market on Sunday."
    title = "River town braces for a second flood"
    top = _head(caption, f"{caption}{tail}", title, BODY)
    assert (top.title, top.captions_above, top.credits_above) == (title, (caption,), ((0, tail.strip()),))
    # a second copy that goes on with a sentence is no credit
    top = _head(caption, f"{caption} The council met later.", title, BODY)
    assert top.captions_above == ()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ferry fares rise;", "island traders protest"),
        ("Ferry fares rise;", "Traders protest"),
        ("Council can't", "fix the bridge"),
    ],
)
def test_a_headline_broken_over_two_lines_is_one_headline(first: str, second: str) -> None:
    # the page broke the headline after a semicolon, or its last words open the next line in lower case
    top = _head(first, second, BODY)
    assert top.title == f"{first} {second}" and top.content_start == 2


@pytest.mark.parametrize("second", ["by Jane Tan", "published : 3 Mar 2031 at 09:12", "Traders protest the fares."])
def test_a_meta_line_or_a_sentence_under_a_headline_is_not_its_last_words(second: str) -> None:
    top = _head("Ferry fares rise;", second, BODY)
    assert top.title == "Ferry fares rise;"
    assert (
        _head("Ferry fares rise", "island traders protest over the fares at the jetty", BODY).title
        == "Ferry fares rise"
    )


@pytest.mark.parametrize("trail", ["/ Home / Nation", "/ Front page / Local news"])
def test_a_crumb_trail_that_kept_its_leading_slash_is_chrome_above_the_headline(trail: str) -> None:
    top = _head("Island Daily Logo", trail, "Villagers told to stay away from old well", BODY)
    assert top.title == "Villagers told to stay away from old well"


def test_a_print_replicas_masthead_with_its_publishers_name_is_chrome() -> None:
    # A print replica's page opens with its paper's masthead, the publisher's name after "by", then the headline
    # and the paper's own credit under a dash.
    top = _head(
        "The Japan News by The Yomiuri Shimbun",
        "Ministers weigh new plan for rural rail lines as ridership falls",
        "- The Yomiuri Shimbun",
        "The transport ministry is weighing a support package for regional railway operators, officials said.",
    )
    assert top.title == "Ministers weigh new plan for rural rail lines as ridership falls"


def test_the_pages_text_size_tools_on_one_line_are_chrome() -> None:
    assert head.is_chrome("Increase Font Size Decrease Font Size Email This Page")
    assert head.is_chrome("Text Size Larger Smaller")
    assert not head.is_chrome("Font size matters to readers of every age")


@pytest.mark.parametrize(
    "masthead", ["The Roar", "Indonesia Expat", "Daily Mirror (Sri Lanka)", "The Sunday Times Sri Lanka"]
)
def test_a_known_sites_name_with_no_masthead_word_over_a_headline_with_nothing_under_it(masthead: str) -> None:
    # the site's name ends in no word mastheads end in, and no byline or date stands under the headline: only the
    # table of the region's sites tells it from a kicker
    assert head.is_chrome(masthead)
    top = _head(masthead, "Floods cut off villages in the north", BODY)
    assert top.title == "Floods cut off villages in the north" and top.content_start == 2


def test_two_crumbs_joined_by_an_arrow_over_the_headline_are_a_trail() -> None:
    assert head.is_navigation("Business > Markets") and head.is_navigation("Sport › Football")
    assert not head.is_navigation("Boeing / Airbus rivalry")  # a slash joins a headline's words
    top = _head("Business > Top Markets", "Ringgit firms as shares slide", BODY)
    assert top.title == "Ringgit firms as shares slide" and top.content_start == 2


def test_a_headline_with_an_article_under_lines_of_the_page_the_lead_takes_up_is_the_headline() -> None:
    # A promotion's line on top shares no word with the lead; two lines of the page lower stands the headline, which
    # keeps an article ('... more than a year ...'): not right under the line taken, it is no dek but the headline.
    lead = (
        "No patient in Northport now waits more than a year for surgery at the harbour hospital, the health "
        "minister said on Tuesday as new figures on waiting lists were released."
    )
    title = "No patient waits more than a year for surgery in Northport, minister says"
    top = _head("Coast media awards 2031", "Advertisement", "Home / Health", title, lead, BODY)
    assert (top.title, top.content_start) == (title, 4)
    # right under the line taken, a line with an article the lead retells is its dek: the headline stays
    pun = "Cutting it fine"
    assert _head(pun, title, lead, BODY).title == pun


def test_a_run_of_skip_links_of_up_to_nine_words_is_chrome() -> None:
    assert head.is_chrome("Skip to content Skip to search Skip to menu")
    assert not head.is_chrome("Skip to main content Skip to search Skip to menu")  # ten words: not only links


@pytest.mark.parametrize(
    "title",
    [
        "(LEAD) Ferry fares to rise in April",  # a wire's tag in brackets opens the headline
        "(LEAD) Ferry fares to rise in April (update)",  # two brackets: no note wholly in brackets
        "Ferry fares to rise in April, part 2)",  # a stray closing bracket: no note in brackets either
    ],
)
def test_a_headline_not_wholly_in_one_pair_of_brackets_is_no_note(title: str) -> None:
    top = _head("Skip to main content", title, "Operators blame fuel costs for the increase", BODY)
    assert top.title == title and top.content_start == 2


def test_a_note_in_brackets_on_the_first_line_is_not_passed_over() -> None:
    # only under the chrome is a bracketed line a note over the headline
    top = _head("(Ferry fares to rise in April)", "Operators blame fuel costs for the increase", BODY)
    assert top.content_start == 0


def test_a_note_in_brackets_with_no_headline_under_it_is_not_passed_over() -> None:
    top = _head("Skip to main content", "(Ferry fares to rise in April)", BODY)
    assert top.content_start == 1


@pytest.mark.parametrize(
    "title",
    [
        "Source: Officials knew of the flaw in the harbour gates for months",
        "SOURCE: Ferry operator set to quit by June",
    ],
)
def test_a_headline_quoting_a_source_under_its_label_is_headline_shaped(title: str) -> None:
    # "Source:" and more words than a credit's name: what a source says, the headline's, not the story's credit
    assert head.headline_shaped(title)


_ONE_WORD_LEAD = (
    "The harbour board on Monday limited the hours small boats may spend at sea to four a day, citing the storm"
    " season ahead."
)  # 120 characters: a lead's fewest


@pytest.mark.parametrize(
    ("word", "lead", "is_headline"),
    [
        ("Floods", _ONE_WORD_LEAD, True),
        ("Load-shedding", _ONE_WORD_LEAD, True),
        ("Floods", _ONE_WORD_LEAD[:100] + ".", False),  # a short paragraph under the date: no lead
        ("Floods", _ONE_WORD_LEAD[:-1] + " and", False),  # unfinished: no lead
        ("Counterrevolutionaries", _ONE_WORD_LEAD, False),  # 22 characters: no headline's word
        ("Floods2", _ONE_WORD_LEAD, False),
        ("floods", _ONE_WORD_LEAD, False),  # lower case: a word of the page's
        ("Politics", _ONE_WORD_LEAD, False),  # a menu's word
        ("Advertisement", _ONE_WORD_LEAD, False),  # chrome
    ],
)
def test_one_word_over_a_date_line_and_a_finished_lead_is_the_headline(word: str, lead: str, is_headline: bool) -> None:
    assert head._one_word_headline_over_date([word, "Published May 2, 2031", lead], 0) is is_headline


def test_one_word_over_a_line_that_is_no_date_is_no_headline_over_its_date() -> None:
    second = "The suspects were picked up in raids on Tuesday, said the district police chief, who gave no names."
    assert _head("Floods", "Published May 2, 2031", _ONE_WORD_LEAD, second).title == "Floods"
    assert _head("Floods", "Officers stand guard", _ONE_WORD_LEAD, second).title != "Floods"


@pytest.mark.parametrize("pager", ["1 2 3", " ".join(map(str, range(1, 121)))])
def test_a_pagers_numbers_on_top_are_no_headline(pager: str) -> None:
    assert _head(pager, "Storm keeps boats in port", BODY).title == "Storm keeps boats in port"


_PROMO_HEADLINE = "Why the island's ferries keep running late"
_PROMO_CAPTION = "Waiting game: the ferry queue is growing by the day."


@pytest.mark.parametrize(
    ("top", "label", "skipped"),
    [
        (("Try the new reader app", "Find out how"), "Photo: Jane Doe", True),
        (("Try the new reader app", "Find out how"), "Photograph: Jane Doe", True),
        (("Try the new reader app", "Find out how"), "Photos: Jane Doe", True),
        (("Try the new reader app", "Find out how"), "Picture: Jane Doe", True),
        (("Try the new reader app", "Find out how"), "Image: Jane Doe", True),
        (("Try the reader app", "Picked for you", "Find out how"), "Photo: Jane Doe", True),  # the caption 3 lines on
        (("Try the reader app", "Picked for you", "Every morning", "Find out how"), "Photo: Jane Doe", False),  # 4
        (("Try our new reader app today", "Find out how"), "Photo: Jane Doe", False),  # six words: a headline's
        (("Try the new reader app.", "Find out how"), "Photo: Jane Doe", False),  # a sentence's stop
        (("Try the new reader app", "Picked for you.", "Find out how"), "Photo: Jane Doe", False),  # a stop between
    ],
)
def test_short_lines_over_a_labelled_caption_over_the_headline(top: tuple[str, ...], label: str, skipped: bool) -> None:
    head_ = _head(*top, f"{_PROMO_CAPTION} {label}", _PROMO_HEADLINE, BODY)
    assert (head_.title == _PROMO_HEADLINE) is skipped
    if skipped:
        assert head_.skipped == len(top)  # the page's lines over the caption


@pytest.mark.parametrize(
    ("alt", "skipped"),
    [
        ("Heavy smoke over farms", True),  # the caption's first three words
        ("Heavy smoke from farms", False),  # two only
        ("Heavy smoke over", False),  # 'overhead' is no 'over'
    ],
)
def test_a_photos_alt_text_opens_with_its_captions_first_three_words(alt: str, skipped: bool) -> None:
    caption = (
        "Heavy smoke overhead the valley farms. Photo: Jane Doe."
        if alt == "Heavy smoke over"
        else ("Heavy smoke over the valley farms. Photo: Jane Doe.")
    )
    top = _head(alt, caption, "Haze lingers over the northern valleys", "By JT / May 2, 2019", BODY)
    assert (top.title == "Haze lingers over the northern valleys") is skipped


_CARD_CAPTION = "Fans wait outside the arena before the final, Friday, May 6, 2022. (Wire Photo/Jane Doe)"


@pytest.mark.parametrize(
    "under",
    [
        # a sentence with no credit under the headline: the lead, no other story's card
        ("Crews repaired the bridge over the river on Thursday, the council said.", "Bridge reopens after repairs"),
        # a wire's dateline opens the line: the article's lead, its credit and all
        ("RIVERTON, May 5 (Wire Photo/Ali Bakar) - Crews repaired the bridge (Wire Photo)", "Bridge reopens"),
        # a credited caption with a sentence under it, no headline: no card
        ("Crews repair the bridge, Thursday, May 5, 2022. (Wire Photo/Ali Bakar)", "The bridge reopened on Friday."),
    ],
)
def test_a_credited_caption_over_the_headline_with_no_other_card_under_it(under: tuple[str, str]) -> None:
    top = _head(_CARD_CAPTION, "Home side wins the final", *under, BODY)
    assert top.title == "Home side wins the final" and top.captions_above == (_CARD_CAPTION,)


def test_a_credited_caption_over_the_headline_with_a_structure_line_under_the_next_caption() -> None:
    second = "Crews repair the bridge over the river, Thursday, May 5, 2022. (Wire Photo/Ali Bakar)"
    lines = (_CARD_CAPTION, "Home side wins the final", second, "Bridge reopens after repairs", BODY)
    top = head.read_head(lines, [False, False, False, True, False])
    assert top.title == "Home side wins the final" and top.captions_above == (_CARD_CAPTION,)


def test_a_headline_printed_with_its_tabs_site_name_after_a_bar_loses_the_name() -> None:
    top = _head("Harbour Daily", "Ferry fares to rise by a tenth next month | Latest Harbour News", BODY)
    assert top.title == "Ferry fares to rise by a tenth next month"


@pytest.mark.parametrize(
    "title",
    [
        "OPINION | Why the ferry fares must rise by a tenth next month",  # a kicker before the bar
        "Ferry fares | Harbour board names three engineers to inspect the dykes",  # the words after it run long
        "Fares rise | Ferry News",  # a headline no longer than the words after the bar
        "Ferry fares to rise by a tenth next month | see the new fares",  # words in lower case: no site's name
    ],
)
def test_a_headline_whose_bar_is_its_own_keeps_its_words(title: str) -> None:
    assert _head("Harbour Daily", title, BODY).title == title


_DRY_CAPTION = "Dry paddy fields in Ban Rai District, Northbrook. Photo: JANE DOE."
_DRY_HEADLINE = "Northbrook Facing Worst Dry Spell in a Decade"
_DRY_LEAD = (
    "NORTHBROOK, March 3 (NA) - The dry season came early this year and the province faces a long wait for rain."
)


@pytest.mark.parametrize(
    ("alt", "label", "found"),
    [
        ("Dry paddy fields in Ban Rai District, Northbrook", "Uplands", True),  # the caption opens with the alt text
        (
            "Dry paddy fields in Ban Rai District, Northbrook",
            "uplands",
            False,
        ),  # lower case: no section's label  # a label of two words: a headline?
        ("Dry paddy fields in Ban Rai District of Northbrook", "Uplands", False),  # the caption does not open with it
    ],
)
def test_a_photos_alt_text_and_credited_caption_over_a_section_label_and_the_headline(
    alt: str, label: str, found: bool
) -> None:
    top = _head(alt, _DRY_CAPTION, label, _DRY_HEADLINE, "March 3, 2021", _DRY_LEAD)
    assert (top.title == _DRY_HEADLINE) is found
    if found:
        assert top.captions_above == (_DRY_CAPTION,)


_BANNER = "Best Local Paper or Mobile Service"
_BANNER_HEADLINE = "Harbour pilots get jail for helping ship owners dodge port inspections"
_BANNER_LEAD = (
    "NORTHPORT: Three harbour pilots helped ship owners dodge port inspections by sending mobile phone alerts, "
    "a court heard on Tuesday."
)


@pytest.mark.parametrize(
    ("headline", "found"),
    [
        (_BANNER_HEADLINE, True),  # the lead takes up more of the headline's words than of the banner's
        ("Judge jails trio in the case", False),  # none of its words in the lead: the banner's line stays
    ],
)
def test_a_banner_line_printed_again_over_the_headline_printed_twice(headline: str, found: bool) -> None:
    top = _head(
        "Skip to main content",
        _BANNER,
        "Regional Press Awards Asia",
        _BANNER,
        "Press Awards Asia",
        "Hamburger Menu",
        headline,
        headline,
        "The three pilots outside the court. (Photo: DAILY)",
        _BANNER_LEAD,
    )
    assert (top.title == headline) is found


def test_arrows_glued_to_their_crumbs_make_a_trail() -> None:
    assert head.is_navigation("News> Harbour City> Content") and head.is_navigation("Home» Sport» Sailing")
    # one arrow: a headline's words ("Prices> forecast"), no trail
    assert not head.is_navigation("Rents> wages in the harbour towns")


def test_a_template_key_run_into_the_stamp_over_the_headline_is_no_title() -> None:
    # "KEY_NAMEWeekday, D Mon YYYY 8pm": the page's stamp, its template key run into it and its hour run into 'pm',
    # a date line above the headline
    top = _head("PAGE_STAMPTue, 3 Jun 2031 8pm", "Rising Rents Anger Tenants : Are The Grumbles Fair?", BODY)
    assert top.title == "Rising Rents Anger Tenants : Are The Grumbles Fair?"


def test_a_date_line_with_an_icons_name_glued_in_front_never_goes_on_with_the_headline() -> None:
    title = "Harbour ferries back on schedule after strike"
    top = _head(title, "today4 June 2031", BODY, BODY)
    assert top.title == title
    assert head.is_meta("today4 June 2031", title)
    assert head.without_icon_word("schedule3 May 2031") == "3 May 2031"
    # a word that opens with an icon's name is the text's own word
    assert head.without_icon_word("todays ferries") == "todays ferries"
    assert not head.is_meta("today the ferries", title)


def test_a_short_slogan_over_the_headline_and_the_lead_is_chrome() -> None:
    title = "Two hurt as harbour crane topples in storm"
    lead = "Two dock workers were hurt when a harbour crane toppled in strong winds on Monday, the port said."
    second = "The crane fell across an empty berth, and both workers were treated for minor injuries."
    top = _head("Your window on the harbour.", title, lead, second)
    assert top.title == title
    # a short first sentence over a paragraph is the body's: no headline under it
    assert _head("It was a long night.", lead, second, BODY).title is None
    # the line under it names nothing the lead names: no headline of this story
    other = "Festival parade draws record crowds"
    assert _head("Your window on the harbour.", other, lead, second).title is None


def test_the_readers_columns_name_is_never_the_headline() -> None:
    letter = "I write to thank the harbour board for keeping the ferry running through the long strike last month."
    more = "Many of us who work on the island would have lost days of pay without it, and we are grateful."
    assert _head("Most Read", "From Our Readers", letter, more).title is None
    title = "Ferry kept us going"
    assert _head("Letters to the Editor", title, letter, more).title == title


def test_a_writer_a_comma_and_the_paper_in_brackets_before_the_date_and_time_is_meta() -> None:
    assert head.is_meta("Ali Bakar, (The Riverton Ledger) - May 2, 2031 - 12:00am", "Ferry fares rise")
    assert head.is_meta("Ali Bakar (The Riverton Ledger) - May 2, 2031", "Ferry fares rise")
    # a place and a wire before the lead's sentence: no byline
    assert not head.is_meta("RIVERTON, (Wire) - The council met on May 2, 2031 to set fares", "Ferry fares rise")


def test_a_short_slogan_over_a_pun_headline_and_a_print_lead_is_chrome() -> None:
    title = "Off to the races"
    lead = "NEXT month, the valley holds its first regatta in a decade, and the boat clubs have trained since May."
    second = "The course runs four kilometres along the river, from the old mill to the town bridge."
    assert _head("Your window on the valley.", title, lead, second).title == title
    # the same lead in lower case, the headline naming nothing it names: no headline of this story
    plain = "Next month, the valley holds its first regatta in a decade, and the boat clubs have trained since May."
    assert _head("Your window on the valley.", title, plain, second).title is None


def test_an_image_files_name_is_no_headline() -> None:
    assert not head.headline_shaped("IMG_2231 (3).jpeg")
    assert not head.headline_shaped("harbour-crane-storm.PNG")
    assert head.headline_shaped("Crane topples at harbour")


def test_a_long_sentence_closed_inside_its_quote_is_no_headline() -> None:
    lead = (
        "Town councils were told by the flood agency on Monday, May 4, to move residents out of low areas ahead"
        " of the expected landfall of Storm “Halden.”"
    )
    assert not head.headline_shaped(lead)
    # a short headline closed by a quote with its stop inside is one (a line wholly quoted is a quoted lead)
    assert head.headline_shaped("Mayor to valley residents: “Stay indoors.”")


def test_a_breadcrumb_from_the_home_page_over_a_date_bullet_is_no_headline() -> None:
    assert not head.headline_shaped("Home ›› Region ›› Coast")
    assert not head.headline_shaped("Home » Region » Coast")
    # a headline opening with the word is one
    assert head.headline_shaped("Home owners count the cost of floods")
    title = "Ferry fares stay frozen for a year"
    assert _head("Home ›› Region ›› Coast", "• May 2, 2031", title, BODY).title == title


def test_a_writers_name_over_the_lead_is_the_byline_of_a_page_with_no_headline() -> None:
    lead = (
        "It is small wonder that ferry riders are tired. Despite the board's promise of a faster crossing, the queues "
        "at the island pier grow longer every month."
    )
    assert _head("Maria Lindqvist", lead, BODY).title is None
    # a short headline in title case, shaped as a name, has its words taken up by its lead: the headline
    title = "Ferry Riders Tired"
    assert _head(title, lead, BODY).title == title


def test_a_letters_salutation_is_never_the_headline() -> None:
    letter = (
        "Thank you for your letter about the night buses. I seldom write in, but I feel I must answer you, as a "
        "rider of twenty years on the coast road."
    )
    assert not head.headline_shaped("Dear ‘Weary Commuter’,")
    assert _head("Letters", "Dear ‘Weary Commuter’,", letter, BODY).title is None
    # a headline that closes on a comma and goes on under it is no salutation
    assert head.headline_shaped("Dearer fares, fewer buses,")


def test_a_one_word_label_over_bullets_of_sentences_is_a_box_of_points_not_a_headline() -> None:
    points = (
        "• At least forty homes are flooded after the river bursts its banks near the old mill",
        "• Rescue boats reach the lower town as the water keeps rising overnight",
    )
    assert _head("Summary", *points, BODY, BODY).title is None
    # a one-word headline over its section and date bullets stays the headline
    top = _head("Floods", "• Nation", "• Wednesday, 19 Feb 2031", BODY)
    assert top.title == "Floods" and top.section == "Nation"


def test_a_trail_from_home_ending_in_the_headline_printed_below_is_chrome() -> None:
    title = "Riverton opens its new ferry terminal after delays"
    trail = f"Home  >>   Daily News  >>   Coast News  >>   Transport  >>   {title}"
    top = _head("Sign up | Log in", trail, "LATEST NEWS Coast Courier   3 May 2031", title, BODY, BODY)
    assert top.title == title
    # the trail's copy cut to fit, crumbs saved without separators, the quotes straight
    title = "Mayor says Riverton’s buses will run all night, but riders say they’d rather have more trains"
    cut = "Home News Mayor says Riverton's buses will run all night, but riders say..."
    assert _head(cut, title, "By Ali Bakar", BODY, BODY).title == title
    # a line that opens with "Home" and names no later line is no trail
    lone = "Home owners face higher rates in Riverton next year"
    assert _head(lone, BODY, BODY).title == lone


def test_a_menu_over_skip_links_and_ads_is_chrome_however_far_the_headline_stands() -> None:
    title = "Coastal towns ration water as reservoir runs low"
    lead = (
        "Three coastal towns began rationing tap water on Monday after the main reservoir fell to a fifth of its size."
    )
    chrome = ("Home | Regions | Coast", "Skip to content", "ADVERTISEMENT", "Weather")
    assert _head(*chrome, title, lead, BODY).title == title


def test_a_menu_of_pipes_over_a_date_bullet_is_no_headline() -> None:
    title = "Harbour board delays new ferry terminal"
    lead = "The harbour board has put off building a new ferry terminal for a year, its chairman said on Friday."
    top = _head("Transport | Ports", "• March 3, 2031", title, lead, BODY)
    assert top.title == title
    # a headline over its date bullet, as the reference site prints it
    assert _head(title, "• March 3, 2031", lead, BODY).title == title


def test_a_short_label_over_the_browser_tabs_title_is_chrome() -> None:
    title = "Potholes slow traffic on Jalan Merbau"
    tab = title + " - Metro News | The Star Online"
    dek = "The potholes along the main road in Section 9 have not been patched for over a month"
    lead = "MOTORISTS using Jalan Merbau say potholes have slowed their trips to a crawl since the rains began."
    top = _head("Riverton Ledger", "Home > News > Eastern Region", "EASTERN REGION", tab, title, dek, lead, BODY)
    assert top.title == title


def test_a_subheading_over_the_dumps_last_line_cut_short_is_no_byline() -> None:
    title = "Storms, strikes and a new speaker: the council's long year"
    lead = (
        "For the council, the year saw a new speaker sworn in, two strikes by its own staff and a string of storms "
        "that closed the town hall for weeks, while a row over the harbour contract ran on into the winter."
    )
    top = _head(title, lead, "New Harbour Wing", "When the storms came, the council met in the")
    assert top.title == title and top.content_start == 1  # the lead is the body's
    # the same line under a short standfirst over the cut lead: a byline, the standfirst no body
    dek = "A year of storms and strikes at the town hall."
    assert _head(title, dek, "Jane Tan", "When the storms came, the council met in the").content_start == 3


def test_a_servers_error_message_over_the_headline_is_chrome() -> None:
    error = "Warning: Undefined variable $banner in /srv/www/site/wp-content/themes/paper/header.php on line 88"
    title = "Harbour police log a quiet festival weekend"
    assert _head(error, title, BODY).title == title
    assert not head._server_error("Warning: floods in Riverton on line 5 of the ferry map")


def test_a_browser_tabs_title_under_a_glyph_and_a_label_is_chrome_down_to_its_headline() -> None:
    title = "'Starting over': Flood families still wait for homes"
    notice = "Hello, reader! This site keeps small files on your device; staying here counts as saying yes to them."
    lines = ("^", "Top Stories", f"{title} | Coast News", notice, title, title, "Jane Tan,", BODY)
    top = _head(*lines)
    assert top.title == title and top.content_start >= 5
    # over the tab a sentence, no glyph or label: the rule does not reach it
    assert head._tab_title_under_glyphs(("Read our stories.", f"{title} | Coast News", notice, title, BODY)) is None


def test_a_you_are_here_label_with_its_trail_cut_to_home_is_chrome() -> None:
    title = "Why a licence for every ferry sets a poor example"
    lead = "STARTING this month, every ferry on the river must carry a licence, and the rule has its critics."
    assert _head("Skip to main content", "You are here:   Home", title, lead, BODY).title == title


def test_a_you_are_here_label_alone_on_its_line_is_chrome() -> None:
    # the breadcrumb's label with its colon and trail lost, alone on top over the headline and its dek
    title = "Harbour board names new pilots; the next step a careful one"
    dek = "The new rota includes, for the first time, a pilot for the northern channel"
    lead = "NEARLY a month after the storm closed the harbour, the board has named its new team of pilots."
    assert _head("You are here", title, dek, lead, BODY).title == title
    # a headline that opens with the words and goes on: still the headline
    assert _head("You are here to stay, ferry crews told", lead, BODY).title == "You are here to stay, ferry crews told"


def test_a_date_label_under_the_headline_is_the_articles_meta() -> None:
    # the tab's title, the headline, the section's label, then the date's label over the date, the writers
    # labelled over the photo's caption: the headline has its meta under it, no line under it is a headline
    title = "Ruling put off over decades-old harbour dispute"
    caption = "Fishermen from the bay gather outside the court to ask for a ruling on the harbour dispute on Monday."
    lines = (
        f"{title} | Coast Gazette",
        title,
        "Regional",
        "Publication date",
        "14 March 2029 | 09:12 ICT",
        "Reporter : Ana Perez and Tom Wells",
        "More Topic",
        caption,
        "Families in a harbour dispute that has run on for twenty years were dealt another setback on Monday.",
        BODY,
    )
    assert _head(*lines).title == title
    assert head._date_label("Published on:") and head._date_label("Publication date")
    assert not head._date_label("Published works of the poet") and not head._date_label("Posted abroad")


def test_the_link_to_todays_print_edition_is_chrome() -> None:
    assert head.is_chrome("TODAY’S PAPER") and head.is_chrome("Today's paper") and head.is_chrome("Today's e-paper")
    assert not head.is_chrome("Today's papers report a rise in ferry fares")
    # the site's header over the headline printed twice: the e-paper's link is no writer's name under a headline
    title = "Officials say 3m tourists arrived from March to late June"
    top = ("Section", "More Links", "Contact", "More", "SUBSCRIBE", "Our Apps")
    lines = (*top, "Today's Coast Post newspaper", "TODAY’S PAPER", "CoastPost.com", title, "Business", title)
    lead = (
        "The island received three million tourists from March to June 20, an official said on Monday, after the "
        "border reopened."
    )
    assert _head(*lines, "published : 3 May 2029 at 10:15", "writer: Wire", lead, BODY).title == title


def test_a_word_over_the_sites_name_glued_into_one_is_chrome() -> None:
    title = "Council approves new ferry terminal"
    notice = "Your browser is too old for some of our pages, and you may see errors. Newer ones are listed below."
    dek = "The terminal will take two years to build, the harbour board said."
    top = ("Region", "TheHarbourPost", "Please update your browser", notice, "Advertisement", "Harbour Post")
    lines = (*top, title, dek, BODY)
    assert _head(*lines).title == title
    assert not head.is_glued_masthead("Region")  # a word alone on top over no site's name is no masthead


_TICKER = (
    "LATEST   Port workers end strike after pay deal | River levels fall in the northern valleys | Rail line reopens"
    " after weekend repairs |"
)


def test_a_tab_title_under_a_ticker_skips_to_its_headline_printed_again() -> None:
    # the browser tab's title under other chrome (a ticker), a long consent notice between it and its headline
    # printed again: every line between is the page's, as under a tab on the first line
    title = "'Nothing left': Flooded harbour families still fight to repair their stalls, houses"
    notice = (
        "Hello, islanders! Our pages keep small files on your device for a smoother visit. Staying here tells us"
        " you are fine with those files. Find out how!"
    )
    lead = (
        "HARBOUR TOWN (UPDATE) — Residents spent the weekend clearing debris after winter storms cut power to 3,000"
        " homes, the council said on Sunday."
    )
    dates = ("Published May 02, 2031 11:33 AM", "|", "Updated May 03, 2031 04:57 PM")
    top = _head(_TICKER, f"{title} | Coast Daily", notice, title, title, "Jane Tan,", "Coast Daily News", *dates, lead)
    assert top.title == title


def test_a_byline_between_the_headline_and_its_dateline_lead() -> None:
    headline = "Dock Cranes Return To Service At Northern Port"
    lead = (
        "PORT KLANG, May 2 (Wire) -- The dock cranes at the northern port returned to service on Friday after a month"
        " of repairs, the operator said in a statement."
    )
    lines = ["Thailand", _TICKER, headline, "By Jane Tan Mei Ling", lead, BODY]
    assert head._headline_over_dateline(lines, 0, [False] * len(lines)) == 2
    # a byline alone over the lead: the dump lost its headline
    lines = ["Thailand", "By Jane Tan Mei Ling", lead, BODY]
    assert head._headline_over_dateline(lines, 0, [False] * len(lines)) is None


def test_a_short_slogan_over_a_headline_printed_twice_is_chrome() -> None:
    title = "Harbour towns abuzz as parties get ready for battle"
    standfirst = (
        "Observers expect closer battles for the coastal seats and a livelier count than last time, with the new"
        " movement posing a real threat."
    )
    lead = (
        "With more than 20,000 new voters and a changed political landscape on the coast, the stage is set for an"
        " election full of surprises."
    )
    rest = ("Coast Daily Today", "HARBOUR TOWN:", lead, BODY)
    assert _head("The truth is on your side.", title, title, standfirst, *rest).title == title
    # the line printed twice names nothing the paragraphs name: no headline of this story
    other = "Festival parade draws record crowds"
    assert _head("The truth is on your side.", other, other, standfirst, *rest).title is None


def test_a_name_with_an_arabic_article_hyphened_to_it_is_a_byline() -> None:
    assert head.is_byline("Karim al-Sayegh")
    assert head.is_byline("By Samira el-Badri and Karim al-Sayegh")
    assert not head.is_byline("Clashes near al-Sayegh")  # words in lower case: no name


def test_a_name_with_an_arabic_article_over_a_dateline_lead_is_no_headline() -> None:
    lead = "PORT ELLIS (Wire) - Mediators tabled a new plan on Sunday to extend the harbour truce, two officials said."
    outcome = parse_text("Karim al-Sayegh\n\n" + lead + "\n\nTalks resume on Monday, the officials said.\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline", outcome


def test_a_wrapped_rows_first_piece_is_no_headline() -> None:
    rows = [
        "Officials of the coastal province met on Friday with the",
        "Harbour Authority to settle a dispute over fishing rights,",
        "a spokesman said.",
        "The talks will resume next month.",
    ]
    # the row ends on 'the' and runs to the width of the rows under it: a piece of the lead, no headline
    assert head._wrapped_row(rows, 0)
    assert isinstance(parse_text("\n".join(rows)), Quarantined)


def test_a_headline_over_a_wrapped_lead_is_no_wrapped_row() -> None:
    rows = [
        "Coastal province settles its fishing dispute",  # ends on a content word, the lead opens in capitals
        "Officials of the coastal province met on Friday with the",
        "Harbour Authority to settle a dispute over fishing rights,",
    ]
    assert not head._wrapped_row(rows, 0)
    # a headline longer than the rows under it is no row of theirs, whatever word it ends on
    assert not head._wrapped_row(["Coastal province and the harbour board settle their dispute over the", *rows[1:]], 0)
    outcome = parse_text("\n".join([*rows, "a spokesman said.", "The talks will resume next month."]))
    assert isinstance(outcome, ParsedArticle) and outcome.title == rows[0]


_LIVE_LEAD = (
    "Rain held up the second day of the regional chess open for an hour, and the organisers moved the last rounds "
    "indoors at the town hall."
)
_LIVE_REST = "\n\nThe leaders drew their games.\n\nPlay resumes at nine tomorrow.\n"


@pytest.mark.parametrize("badges", ["LIVE\n10:42 IST", "Key event\n2h ago", "Pinned\n14:05 GMT", "Live now\n9:15 AM"])
def test_a_live_blogs_entry_badges_are_no_headline(badges: str) -> None:
    outcome = parse_text(badges + "\n\n" + _LIVE_LEAD + _LIVE_REST)
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline", outcome
    title = "Rain delays the chess open"
    outcome = parse_text(title + "\n\n" + badges + "\n\n" + _LIVE_LEAD + _LIVE_REST)
    assert isinstance(outcome, ParsedArticle) and outcome.title == title, outcome
    assert outcome.body_paragraphs[0] == _LIVE_LEAD


@pytest.mark.parametrize(
    "line", ["Live", "LIVE NOW", "Key Events", "Pinned post", "10:42", "10:42 pm GMT", "10:42 SGT", "3h ago"]
)
def test_live_badges_are_chrome(line: str) -> None:
    assert head.is_chrome(line)


@pytest.mark.parametrize("line", ["Live music returns to the pier", "Pinned under rubble, two rescued", "10:42 train"])
def test_headlines_opening_with_a_badges_word_are_not_chrome(line: str) -> None:
    assert not head.is_chrome(line)


def test_a_place_stamp_under_a_date_line_is_no_headline() -> None:
    top = "Last Updated: March 3, 2031, 10:26 IST\nTownsville, Ruritania\n"
    outcome = parse_text(top + _LIVE_LEAD + _LIVE_REST)
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline", outcome
    assert head._place_stamp("Townsville, Ruritania")
    assert not head._place_stamp("Chess open: rain, then a draw")
    assert not head._place_stamp("Townsville, Ruritania, Gallia")


def test_a_teaser_over_its_read_more_link_is_no_headline() -> None:
    teaser = "Ferry operator raises fares by a fifth\nRead more\n\n"
    outcome = parse_text(teaser + _LIVE_LEAD + _LIVE_REST)
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline", outcome
    # the same line with no link under it stands as the headline a careful reader takes it for
    outcome = parse_text("Rain delays the chess open\n\n" + _LIVE_LEAD + _LIVE_REST)
    assert isinstance(outcome, ParsedArticle) and outcome.title == "Rain delays the chess open", outcome


_COPIED_SUMMARY = (
    "Rain held up the second day of the regional chess open for an hour, and the organisers moved the last rounds "
    "indoors at the town hall"
)


@pytest.mark.parametrize(
    ("top", "lead"),
    [
        (_COPIED_SUMMARY, _LIVE_LEAD),  # a page's description: the lead's first sentence, its stop left out
        (_COPIED_SUMMARY, _LIVE_LEAD[1:]),  # the lead under it lost its drop cap
        ("No results found\nView all search results" + _COPIED_SUMMARY, _LIVE_LEAD[1:]),  # a search box's prompt glued
    ],
)
def test_the_leads_first_sentence_printed_over_the_lead_is_no_headline(top: str, lead: str) -> None:
    outcome = parse_text(top + "\n" + lead + _LIVE_REST)
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline", outcome


def test_a_long_headline_over_a_lead_that_goes_on_past_it_is_kept() -> None:
    # the lead repeats the headline's words but its first sentence does not end where the headline does
    title = "Rain held up the second day of the regional chess open for an hour"
    outcome = parse_text(title + "\n\n" + _LIVE_LEAD + _LIVE_REST)
    assert isinstance(outcome, ParsedArticle) and outcome.title == title, outcome


def test_a_lead_that_lost_its_drop_cap_under_the_headline_stays_the_lead() -> None:
    title = "Rain delays the chess open"
    outcome = parse_text(title + "\n\n" + _LIVE_LEAD[1:] + _LIVE_REST)
    assert isinstance(outcome, ParsedArticle) and outcome.title == title, outcome
    assert outcome.body_paragraphs[0] == _LIVE_LEAD[1:]


def test_a_headline_printed_twice_is_no_copy_of_the_leads_first_sentence() -> None:
    title = "Harbour board approves a second ferry terminal for the eastern shore"
    assert not head._lead_sentence_over_lead(title, title)
    assert head._lead_sentence_over_lead(title, title + ". The work starts in May.")


@pytest.mark.parametrize("lost", ["t has been a long season for the harbour crews", "he Harbour Board met on Monday"])
def test_a_lost_drop_cap_under_a_long_headline_is_no_broken_lead(lost: str) -> None:
    title = "Harbour crews count the cost of a long and stormy fishing season on the coast"
    lead = lost + ", and the owners said the repairs would take until spring."
    outcome = parse_text(title + "\n" + lead + _LIVE_REST)
    assert isinstance(outcome, ParsedArticle) and outcome.title == title, outcome
    assert head._lost_drop_cap(lead)
    # the pronoun and its verb, or a word going on, are a sentence going on from the line above
    assert not head._lost_drop_cap("he said the repairs would take until spring.")
    assert not head._lost_drop_cap("a spokesman said the repairs would take until spring.")


def test_a_question_printed_over_the_lead_that_opens_with_it_is_no_headline() -> None:
    lead = "Is the harbour ready for the storm season? The board says it is, but the crews are not so sure."
    outcome = parse_text("Is the harbour ready for the storm season?\n" + lead + _LIVE_REST)
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline", outcome
    # a short headline the lead opens by repeating: too short to tell from a headline
    assert not head._lead_sentence_over_lead("Harbour ready?", "Harbour ready? The board says it is.")
    # the headline again in its photo's caption, a credit after it: no lead going on past the question
    assert not head._lead_sentence_over_lead(
        "Is the harbour ready for the storm season?", "Is the harbour ready for the storm season? photo: Ana Lim"
    )


def test_a_known_papers_name_printed_without_its_article_is_chrome() -> None:
    # "Kathmandu Post" for "The Kathmandu Post": the masthead over the page, not a headline
    assert head.is_chrome("Kathmandu Post")
    assert not head.is_chrome("Star")  # near miss: one word left of "The Star" may be a section's label
    assert not head.is_chrome("Kathmandu Post editor resigns")
    top = _head("Kathmandu Post", "Ferry fares to rise by a fifth", BODY)
    assert top.title == "Ferry fares to rise by a fifth"


def test_a_known_papers_name_run_together_as_a_logos_alt_text_is_chrome() -> None:
    # "TheKathmanduPost": the logo's alt text over the page, its words run together
    assert head.is_chrome("TheKathmanduPost")
    assert not head.is_chrome("TheKathmanduPosts")
    top = _head("TheKathmanduPost", "Ferry fares to rise by a fifth", BODY)
    assert top.title == "Ferry fares to rise by a fifth"


def test_a_known_papers_name_with_its_editions_initials_and_city_is_chrome() -> None:
    # a print replica's masthead: the paper's name, its edition's initials, the edition's city in brackets
    assert head.is_chrome("Bangkok Post ST (Riverton)")
    assert not head.is_chrome("Bangkok Post WEEK (Riverton)")  # near miss: a word, no edition's initials
    assert not head.is_chrome("Harbour Post ST (Riverton)")  # near miss: no paper the table knows
    top = _head("Bangkok Post ST (Riverton)", "FERRY FARES TO RISE BY A FIFTH", "-", BODY)
    assert top.title == "FERRY FARES TO RISE BY A FIFTH"


def test_a_link_back_to_the_list_behind_an_arrow_is_chrome() -> None:
    # "← Back to list" over the headline: the link back to the page the story was opened from
    assert head.is_chrome("← Back to list") and head.is_chrome("« Back to news")
    assert not head.is_chrome("← Backlash grows over fares")  # near miss: no link's word after the arrow
    top = _head("← Back to list", 'Mayor: "Fares Will Not Rise"', "Feb 2, 2031", BODY)
    assert top.title == 'Mayor: "Fares Will Not Rise"'


@pytest.mark.parametrize(
    ("line", "shaped"),
    [
        ("EXPLAINER: Why are ferry fares rising this winter?", True),  # a kicker over a short question: a headline
        ("DIALOGUE: Which harbour repairs should come first?", True),
        ("PORT ALDEN: Is the ferry pier finally safe?", True),
        ("PORT ALDEN: The ferry pier reopened on Monday.", False),  # a finished sentence after a place: the lead
        ("PORT ALDEN: The ferry fleet is back at sea!", False),
        # a question this long after a place is a lead asking it
        ("PORT ALDEN: Will the pier that was shut in March after the storm reopen before the holiday rush?", False),
    ],
)
def test_a_short_question_under_its_kicker_is_headline_shaped(line: str, shaped: bool) -> None:
    assert head.headline_shaped(line) is shaped


def test_a_kicker_over_a_question_on_top_is_the_headline() -> None:
    # the question headline opens the dump, a caption printed twice and the dateline lead under it: an article
    lead = (
        "PORT ALDEN, Eastland – Will the ferry run again before the holidays? Harbour officials said on Monday that "
        "the pier would reopen in May after repairs to its pilings."
    )
    text = (
        "DIALOGUE: Which harbour repairs should come first?\n\n\n\n#FixThePier. Tell us what the harbour needs.\n\n"
        f"#FixThePier. Tell us what the harbour needs.\n\n\n{lead}\n\nThe pier was shut in March after a storm.\n"
    )
    article = parse_text(text)
    assert isinstance(article, ParsedArticle)
    assert article.title == "DIALOGUE: Which harbour repairs should come first?"
    assert article.dateline == "PORT ALDEN, Eastland"


@pytest.mark.parametrize(
    ("line", "shaped"),
    [
        ("Brought to you by", False),  # a sponsor's label, the sponsor's logo lost
        ("Sponsored by", False),
        ("Presented by", False),
        ("Ferry crews stand by", True),  # a verb's particle ends a headline
        ("Harbour pilots on stand-by", True),
    ],
)
def test_a_label_missing_its_agent_is_no_headline(line: str, shaped: bool) -> None:
    assert head.headline_shaped(line) is shaped


def test_a_sponsor_label_over_the_lead_leaves_no_headline() -> None:
    lead = (
        "Not far from the harbour, a handful of teachers gather at the jetty each morning to wait for the boat that "
        "takes them to the island school."
    )
    outcome = parse_text(f"Brought to you by\n{lead}\nThe school has taught island children for sixty years.\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    assert outcome.partial is not None and outcome.partial.body_paragraphs[0] == lead


@pytest.mark.parametrize(
    ("line", "shaped"),
    [
        # a headline and its deck in headline case, each closed by a stop
        ("Storm Floods Harbour Town, Leaving Hundreds Stranded. Relief Crews Arrive Amid Heavy Rain.", True),
        ("Ferry Fleet Returns to Port After Gale. Pier Repairs Begin on Monday.", True),
        # a caption capitalises its names only; one sentence in headline case closed by a stop is a caption too
        ("Harbour Master Colin Ferris at the Port Alden Pier.", False),
        ("Crews clear the Port Alden Pier after the gale. The fleet stays in.", False),
    ],
)
def test_two_sentences_in_headline_case_are_headline_shaped(line: str, shaped: bool) -> None:
    assert head.headline_shaped(line) is shaped


def test_a_headline_and_deck_in_headline_case_over_a_dateline_lead_is_the_title() -> None:
    title = "Storm Floods Harbour Town, Leaving Hundreds Stranded. Relief Crews Arrive Amid Heavy Rain."
    lead = (
        "Riverton: A storm tore through the harbour town overnight, leaving around 900 people without shelter as"
        " the river burst its banks near the old ferry pier. The water rose before dawn on Sunday and fell"
        " by noon, the town council said."
    )
    second = "Relief crews reached the town on Monday with food and tents, and more are on their way from the coast."
    article = parse_text(f"{title}\n\n{lead}\n\n\n\n{second}\n\n\n\nThe council will meet on Tuesday.\n")
    assert isinstance(article, ParsedArticle)
    assert article.title == title
    assert article.dateline == "Riverton"


def test_a_headline_opening_with_a_verbs_ing_form_is_no_writers_name() -> None:
    assert head._opens_with_gerund("Rebuilding Trust")
    assert head._opens_with_gerund("Fighting Floods")
    # a romanised given name ending in "-ming", "-ping" and short words ending in "ing" name people
    assert not head._opens_with_gerund("Haoming Lee")
    assert not head._opens_with_gerund("Guoping Sun")
    assert not head._opens_with_gerund("Ewing Park")
    lead = (
        "Not only may the ministry restrict trips abroad by retired officers, it is bound to do so. Nobody knows "
        "what such visitors discuss over dinner with their hosts, or what they give away to please them."
    )
    assert _head("Rebuilding Trust", lead, BODY).title == "Rebuilding Trust"
    # a name of two words over a lead that names neither: the byline of a page whose headline was lost
    assert _head("Haoming Lee", lead, BODY).title is None


def test_a_letters_paragraphs_over_its_writers_name_and_town_are_the_body() -> None:
    first = (
        "Not only may the ministry restrict trips abroad by retired officers, it is bound to do so. Nobody knows "
        "what such visitors discuss over dinner with their hosts across the strait, or what they give away to "
        "please them."
    )
    second = (
        "An officer swears to defend the charter for life. The duty does not end when the uniform comes off, and "
        "the public should expect the same loyalty from those who once led the forces on land and at sea."
    )
    article = parse_text(
        "\n".join(("Rebuilding Trust", first, second, "Dora Kessling", "Lakeview, Ontario", "Fair play at sea", BODY))
    )
    assert isinstance(article, ParsedArticle)
    assert article.title == "Rebuilding Trust"
    assert article.body_paragraphs[:2] == (first, second)
    # a one-sentence standfirst over a byline: still the head's, the body under the byline
    dek = "A retired officer says the ministry should keep a closer watch on visits abroad."
    top = _head("Rebuilding Trust", dek, "Dora Kessling", BODY, BODY)
    assert top.content_start == 3


def test_a_widgets_labels_set_apart_as_cells_do_not_finish_the_headline() -> None:
    top = _head("A free press keeps the islands talking", "replies     Posted     Edited", BODY)
    assert top.title == "A free press keeps the islands talking"
    # the headline's last words broken onto the next line still finish it
    assert _head("Mayor can't", "stand the queues", BODY).title == "Mayor can't stand the queues"


def test_a_magazines_name_ending_in_review_over_a_headless_column_is_no_headline() -> None:
    # "Review" names magazines as "Times" names papers: the name on top, the column's opening paragraph under it,
    # and no headline anywhere: the page is headless
    page = parse_text(
        "Mekong Trade Review\n"
        "Welcome to the first issue of our weekly letter on trade along the river, where we sum up the week's deals,"
        " a little gossip from the ports and what to watch in the week ahead.\n"
        "The Long Holiday\n"
        "Has the harvest festival gone on for ever? Shops shut for eleven days and payroll still fell due on time.\n"
    )
    assert isinstance(page, Quarantined)
    # a critic's piece headed so, its byline under it, is headed
    review = parse_text(
        "Harbour Lights Film Review\nBy Jon Areta\nThe film follows a harbour pilot through one long winter night,"
        " and it is the best thing the studio has made in years, with a score that never lets go.\n"
    )
    assert isinstance(review, ParsedArticle) and review.title == "Harbour Lights Film Review"


def test_a_print_edition_date_line_is_meta_not_the_headline() -> None:
    # a magazine's page prints its issue's date after "Print edition" (the text-size tool glued on)
    assert head.is_date_line("Print edition : Mar 14, 2031 T+T-")
    assert head.is_date_line("Print edition: 14 March 2031")
    assert not head.is_date_line("Print edition sales fell 14 per cent in 2031")


def test_a_sites_name_in_three_languages_over_its_account_menu_is_chrome() -> None:
    # the masthead names the site in three languages, more words than a name has; a menu under it: a menu never
    # follows a headline
    top = _head(
        "The Riverton Post Riverton Pochta Khao Riverton",
        "Login | Create Account | Search",
        "Harbour fees stay frozen for a second year",
        "RIVERTON: The harbour board froze its fees again on Monday, citing weak cargo volumes, its chairman said.",
    )
    assert top.title == "Harbour fees stay frozen for a second year"


def test_a_long_title_case_headline_with_no_menu_under_it_stays_the_headline() -> None:
    top = _head(
        "Harbour Board Freezes Fees For A Second Year Running",
        "RIVERTON: The harbour board froze its fees again on Monday, citing weak cargo volumes, its chairman said.",
    )
    assert top.title == "Harbour Board Freezes Fees For A Second Year Running"


def test_the_headline_under_a_bullet_trail_that_ends_in_its_crumb_is_taken_over_the_masthead() -> None:
    # the site's name twice and a menu saved as bullets, the breadcrumb's bullets holding the headline (then its
    # categories), the headline under them with the writer and the date
    headline = "Valley farmers get new seed grants from the region"
    top = _head(
        "Skip to content",
        "The Riverton Valley Courier Regional Paper",
        "The Riverton Valley Courier Regional Paper",
        "Primary Menu",
        *(f"• {item}" for item in ("Home", "Valley", "Coast", "Opinion", "Sports", "About Us", "Contact Us")),
        "• Home",
        "• Featured",
        f"• {headline}",
        "• Featured",
        "• Valley Desk",
        headline,
        "Desk Editor March 3, 2031",
        "RIVERTON – Farmers across the valley will receive seed grants this season, the regional office said.",
    )
    assert top.title == headline
    # near miss: a bullet trail whose crumbs hold no line under it leaves the head to the other rules
    lines = ["• Home", "• Valley", "Valley farmers get new seed grants", "RIVERTON – Farmers will get grants."]
    assert head._headline_under_crumb_bullets(lines, [False] * len(lines)) is None


def test_a_columns_name_writer_and_paper_joined_by_hyphens_is_a_byline_under_a_short_headline() -> None:
    # a two-word headline over "Column - Writer - Paper" and the host's long note: the byline is no headline
    note = (
        "This piece first ran in The Riverton Times under its own rules; the portal shows it but does not edit what"
        " the paper prints."
    )
    top = _head("Opinion", "Harbour woes", "COASTLINE - Jane Tan - The Riverton Times", note, BODY)
    assert top.title == "Harbour woes"
    assert head.dashed_byline("Jane Tan - The Riverton Times")
    # near misses: a headline's words before the paper, or a name in capitals, are not read so
    assert not head.dashed_byline("Ferry fares rise - The Riverton Times")
    assert not head.dashed_byline("JANE TAN - The Riverton Times")


def test_a_caption_with_the_images_file_name_glued_in_front_without_its_extension() -> None:
    # under the byline, the photo's file name left without ".jpg" glued before its caption: the caption alone
    caption = "Rescue workers load sandbags onto a truck in Riverton, May 12, 2031."
    lead = "The valley's civil defence office is on its highest alert after forecasters warned of a storm, it said."
    second = "The warning covers three districts in the north, where heavy rain is expected from Tuesday."
    text = f"Valley on high alert over storm\n\nJane Tan\n310512-VL-storm-1000 {caption}\n\n{lead}\n\n{second}\n"
    article = parse_text(text)
    assert isinstance(article, ParsedArticle)
    assert [c.text for c in article.captions] == [caption]
    assert article.body_paragraphs == (lead, second)
    # near miss: a word of the article's own with one hyphen ("COVID-19") opens no file name
    assert head._caption_after_slug_name("COVID-19 wards at the Riverton hospital are full again.") is None
    assert head._caption_after_slug_name(f"IMG_2031_0412 {caption}") == caption


def test_a_settings_label_and_a_glyphed_font_size_control_over_the_headline_are_chrome() -> None:
    assert head.is_chrome("Settings")
    assert head.is_chrome("ⓕ font-size")
    assert not head.is_chrome("ⓕ font-size rules change for printed ballots")
    outcome = parse_text(
        "Settings\n\nⓕ font-size\n\n  • -2\n  • -1\n  • 0\n  • +1\n  • +2\n\n"
        "Harbour board sued over dredging delays\n\nBy Jane Tan\n\n"
        "The harbour board was sued on Friday by three shipping firms over delays in dredging the main channel, which "
        "they say cost them millions.\n\nThe firms said the board had promised to finish the work last year but had "
        "not started it.\n"
    )
    assert isinstance(outcome, ParsedArticle)
    assert outcome.title == "Harbour board sued over dredging delays"


def test_a_photo_credited_after_a_bar_between_the_standfirst_and_the_byline_is_the_photos_caption() -> None:
    outcome = parse_text(
        "Officer takes reporter's phone at minister's rally\n\n"
        "The phone of a local reporter was taken by an officer on Saturday at the east side rally.\n\n"
        "Deputy mayor Ravi Kumar (second from left) greets voters outside the east side stadium | PTI\n\n"
        "By Express News Service\n\n"
        "NEW DELHI: The phone of a local reporter was taken by an officer on Saturday at the east side rally while "
        "she was covering the event. She said the officer went through it.\n\n"
        "After checking her card, the officer returned the phone, the reporter said.\n"
    )
    assert isinstance(outcome, ParsedArticle)
    assert outcome.captions == (
        Caption("Deputy mayor Ravi Kumar (second from left) greets voters outside the east side stadium", "PTI"),
    )
    assert outcome.body_paragraphs[0].startswith("NEW DELHI: The phone")
    assert len(outcome.body_paragraphs) == 2


def test_text_size_glyphs_closing_a_date_line_leave_it_a_date_line() -> None:
    dated = "Published: 22nd September 2031 09:45 AM  |   Last Updated: 22nd September 2031 11:20 PM"
    assert head.is_date_line(f"{dated}   |  A+A-")
    assert head.is_date_line("Updated: May 3, 2031 A- A A+")
    assert not head.is_date_line("A+A-")
    assert not head.is_date_line("Grades rose to A+ for 2031 A-")  # a line of words, no date line
    outcome = parse_text(
        "Lorry driver held after crash near the old market\n\n"
        "Callers tried to reach the helpline for an hour, residents said.\n\n"
        f"{dated}   |  A+A-\n\n"
        "A view of the old market where the crash took place on Sunday evening after the rain. (Photo | Desk)\n\n"
        "A view of the old market where the crash took place on Sunday evening after the rain. (Photo | Desk)\n\n"
        "By Arun Kumar\nRiverton News Service\n\n"
        "RIVERTON: A lorry driver was held on Monday after his vehicle struck three parked cars near the old market on "
        "Sunday evening, the police said.\n\n"
        "Callers tried to reach the helpline for an hour, residents said. The police arrived much later than expected "
        "and took the driver to the station.\n"
    )
    assert isinstance(outcome, ParsedArticle)
    assert outcome.dateline == "RIVERTON"
    assert [p[:9] for p in outcome.body_paragraphs] == ["RIVERTON:", "Callers t"]


def test_a_papers_news_service_under_the_byline_is_a_role_byline() -> None:
    assert head.is_role_byline("Riverton News Service")
    assert head.is_role_byline("News Service")
    assert not head.is_role_byline("Civil Service")  # "service" alone ends a section's or a body's name
    assert not head.is_role_byline("Riverton News Service resumes")
    outcome = parse_text(
        "Ferry fares to rise from next month\n\n"
        "Commuters queue for the morning ferry at the east jetty on Tuesday. (Photo | Desk)\n\n"
        "By Arun Kumar\nRiverton News Service\n\n"
        "RIVERTON: Ferry fares on the three river routes will rise by a fifth from next month, the operator said on "
        "Tuesday.\n\nThe operator said fuel costs had doubled since the last rise.\n"
    )
    assert isinstance(outcome, ParsedArticle)
    assert outcome.captions == (
        Caption("Commuters queue for the morning ferry at the east jetty on Tuesday.", "Photo | Desk"),
    )


def test_a_category_lists_label_and_its_category_over_the_headline_are_chrome() -> None:
    text = (
        "Categories\nRule of Tides\n\n"
        "What the new port rules mean for the owners of small fishing boats\n\n"
        "The port authority published its new rules on Monday. They will apply to every boat under twelve metres "
        "from the start of next year, officials said.\n\n"
        "Fishers said the changes came without warning and asked for more time to prepare.\n"
    )
    outcome = parse_text(text)
    assert isinstance(outcome, ParsedArticle)
    assert outcome.title == "What the new port rules mean for the owners of small fishing boats"
    # near miss: the label with no category under it, the headline right below, stays the headline
    bare = parse_text(text.replace("Categories\nRule of Tides\n\n", "Categories\n"))
    assert isinstance(bare, ParsedArticle)
    assert bare.title == "What the new port rules mean for the owners of small fishing boats"


def test_a_bylines_place_left_after_its_comma_over_the_headline_is_chrome() -> None:
    # ", Riverton": the writer's linked name lost, its place kept; no headline opens with a comma
    title = "Harbour index ends week higher"
    page = [
        ", Riverton",
        title,
        "Traders expect a quiet day.",
        "The index rose 0.3% on Wednesday as banks gained.",
        BODY,
    ]
    outcome = parse_text("\n\n".join(page) + "\n")
    assert isinstance(outcome, ParsedArticle), outcome
    assert outcome.title == title


def test_a_dump_opening_on_a_dateline_lead_broken_at_its_lost_links_has_no_headline() -> None:
    # the lead's company names were quote links: the scrape broke the line after each, the next piece opening on
    # the comma; the second paragraph, broken the same way, is no headline over a lead either
    rows = [
        "NORTHPORT: Shares to watch today include Harbour Holdings Bhd",
        ", Pier Logistics Bhd",
        ", Coastal Timber Industries",
        "Bhd (CTI) and Lantern Power Bhd",
        "(LPB).",
        "Harbour Holdings has won a contract worth RM120mil from Northport Water Bhd",
        "(NWB). The contract covers the supply of pipes and pumps by Harbour Holdings to Northport Water across"
        " three districts for two years.",
    ]
    outcome = parse_text("\n".join(rows) + "\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline", outcome
    # a headline over the same lead stays the headline
    outcome = parse_text("\n".join(["Harbour shares in focus", *rows]) + "\n")
    assert isinstance(outcome, ParsedArticle) and outcome.title == "Harbour shares in focus", outcome
