"""Line classification: date bullets, promo blocks, tags line, titles, captions and parse_warnings."""

from __future__ import annotations

from datetime import date

import pytest

from transforms import classify, credits, head
from transforms.parse import SCRAPE_CAP_BYTES, parse_dump, parse_text
from transforms.records import Caption, ParsedArticle, Quarantined

WA = "Follow us on our official WhatsApp channel for breaking news alerts and key updates!"
LEAD = "KUALA LUMPUR: Police have arrested three men over a series of break-ins at shops in Cheras, they said."
SECOND = "The suspects, aged between 25 and 40, were picked up in raids on Tuesday, said the district police chief."


def _parse(*lines: str) -> ParsedArticle:
    outcome = parse_text("\n".join(lines) + "\n")
    assert isinstance(outcome, ParsedArticle), outcome
    return outcome


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wednesday, 19 Feb 2025", date(2025, 2, 19)),
        ("Wed, 19 Feb 2025", date(2025, 2, 19)),
        ("19 February 2025", date(2025, 2, 19)),
        ("Thursday, 12 Sep 2024 10:30 AM MYT", date(2024, 9, 12)),
        ("Feb 19, 2025", date(2025, 2, 19)),
        ("2025-02-19", date(2025, 2, 19)),
        ("31 Feb 2025", None),
        # a date in digits: year first (a stamp's label before it, in any script), or year last when the day tells
        ("2025.02.19 08:30", date(2025, 2, 19)),
        ("Posted 2025/2/19", date(2025, 2, 19)),
        ("게시 2025.02.19 08:30", date(2025, 2, 19)),
        ("19/02/2025", date(2025, 2, 19)),
        ("Published: 19/02/2025 at 10:30 AM", date(2025, 2, 19)),  # a label before the day-first date
        ("02/19/2025", date(2025, 2, 19)),
        ("03/04/2025", None),  # day and month may stand either way
        ("2025.13.19", None),
        ("World", None),
        ("Business News", None),
    ],
)
def test_date_bullets(text: str, expected: date | None) -> None:
    assert head.date_of(text) == expected


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (WA, classify.WHATSAPP),
        ("Next In Business News", classify.NEXT_IN),
        ("Next in line for the throne is Prince William.", classify.BODY),
        ("Others Also Read", classify.OTHERS),
        ("(Reporting by A; Editing by B)", classify.CREDITS),
        ("Already a subscriber? Log in", classify.PAYWALL),
        ("Already a member? Log In", classify.PAYWALL),
        ("Subscribe to continue reading", classify.PAYWALL),
        ("This article is for subscribers only.", classify.PAYWALL),
        ("Thank you for your report!", classify.CHROME),
        ("All Headlines:", classify.CHROME),
        ("Want to listen to full audio?", classify.CHROME),
        ("ADVERTISEMENT", classify.DROP),
        ("- Bernama", classify.SIGNOFF),
        ("RM 13.90/month", classify.PROMO_CORE),
        ("RM9.73 only", classify.PROMO_CORE),
        ("Billed as RM 9.73 for the 1st month, RM 13.90 thereafter.", classify.PROMO_CORE),
        ("Billed as the biggest show of the year, the festival drew 10,000 fans.", classify.BODY),
        ("Monthly Plan", classify.PROMO_AUX),
        ("Best Value", classify.PROMO_AUX),
        ("1 month", classify.PROMO_AUX),
        ("Free Trial", classify.PROMO_AUX),
        ("Save 30% OFF The Star Digital Access", classify.PROMO_OPEN),
        ("The Star Christmas Special Promo: Save 35% OFF Yearly. T&C applies.", classify.PROMO_OPEN),
        ("Save 30% and win Bosch appliances! More Info", classify.PROMO_OPEN),
        ("Shoppers can save 30% at outlets during the promo, said the mall.", classify.PROMO_WEAK),
        ("Stock exchange trims early gains at lunch, index down 0.31%", classify.BODY),
        (LEAD, classify.BODY),
        # Messaging-channel invitations in any words end the article; a news sentence about a channel does not.
        ("Catch every breaking story first: follow our official WhatsApp channel!", classify.WHATSAPP),
        ("Get the news first by joining our WhatsApp channel!", classify.WHATSAPP),
        ("Our morning briefing, daily: follow The Courier on Telegram.", classify.WHATSAPP),
        ("Supporters were urged to join the party's Telegram group before the rally.", classify.BODY),
        # the imperative after a phrase and a comma; a news sentence's subject after a comma stays body
        (
            "For the latest headlines, join The Harbour Ledger's Telegram Channel and the Ledger on Newsapp.",
            classify.WHATSAPP,
        ),
        ("In Riverton, joining a Telegram channel run by the rebels can lead to arrest, police said.", classify.BODY),
        ("He said in a statement via WhatsApp that he would resign.", classify.BODY),
        # A metered paywall in other words; a news sentence about a quota is body.
        ("Oops! You've hit today's free article limit.", classify.PAYWALL),
        ("You have used up your free reads quota for this month", classify.PAYWALL),
        ("The ministry said the quota for foreign workers had been reached.", classify.BODY),
        # An inline link to another story is no body text.
        ("ALSO READ: Flood victims get aid", classify.DROP),
        ("Oops! You have used up today's free articles.", classify.PAYWALL),
        ("Get our news alerts on WhatsApp: follow the official channel for breaking updates!", classify.WHATSAPP),
        ("Subscribe this month and stand to win gadgets worth RM50,000!", classify.PROMO_OPEN),
        ("Share this article:", classify.DROP),
        ("Image caption Stall owners sweep ash from the market roofs", classify.DROP),  # a gallery's label, spaced
        ("Image captionStall owners sweep ash from the market roofs", classify.DROP),
        ("Facebook", classify.DROP),
        ("Also read: Minister: More buses next year", classify.DROP),
        # The reader-feedback widget under the article, in its wordings; a sentence about a story is body.
        ("Did you find this article insightful?", classify.CHROME),
        ("Was this story insightful?", classify.CHROME),
        ("Was this article helpful?", classify.CHROME),
        ("Was this story told before, the court asked.", classify.BODY),
        # Headings over lists of other stories end the article; a briefing's own section label does not.
        ("TOP STORIES", classify.CHROME),
        ("More from Nation", classify.CHROME),
        ("You may also like", classify.CHROME),
        ("WATCH NEXT", classify.CHROME),  # a video page's rail of other clips
        ("Up next", classify.CHROME),
        ("Watch next week's final on the big screen at the town hall.", classify.BODY),
        ("Top stories abroad", classify.BODY),
        ("LATEST REGIONAL STORIES", classify.CHROME),  # a section's name inside the heading
        ("Top Picks", classify.CHROME),
        ("RECENT STORIES", classify.CHROME),  # the site's rail of its latest stories, in any case
        ("Recent Stories", classify.CHROME),
        ("Recent stories from the flood zone show the damage.", classify.BODY),
        ("Top local stories", classify.BODY),  # a briefing's section label
        ("More from the minister later, he said.", classify.BODY),
        # a magazine kiosk's heading over its cards of the title's other stories
        ("MORE STORIES FROM Harbour Daily", classify.CHROME),
        ("More stories from the flood zone are expected, he said.", classify.BODY),
        # Share buttons printed on one line, and the desk editor's initials, are furniture.
        ("Facebook  X  WhatsApp", classify.DROP),
        ("Facebook | Twitter | Email", classify.DROP),
        ("Editor: MH", classify.DROP),
        ("Edited by MH", classify.DROP),  # the editor's initials
        ("Edited by Jane Tan and Ali Bakar, the book is out in May.", classify.BODY),
        ("- Reporting by Jane Tan; Editing by Ali Bakar", classify.CREDITS),
        ("LINE", classify.DROP),
        ("Share: Facebook · X · Telegram", classify.DROP),
        ("Click to share on WhatsApp (Opens in new window)", classify.DROP),
        ("Share this on Facebook · Twitter · WhatsApp", classify.DROP),
        # "Read more:" heads a list of links; "READ MORE HERE" is a link inside a briefing.
        ("Read more:", classify.CHROME),
        ("READ MORE HERE", classify.DROP),
        # "Read more" as a link: another story's name after its colon, or the dots of a cut teaser's link.
        ("READ MORE: Harbour towns count the cost of the storm", classify.DROP),
        ("Read More: Ferries", classify.DROP),
        ("Read more...", classify.DROP),
        ("Read more of her letters here, the judge said.", classify.BODY),
        ("Renew or sign up today for a chance to take home prizes worth RM50,000!", classify.PROMO_WEAK),
        ("Most Read", classify.CHROME),
        ("Most read stories of the year were about floods.", classify.BODY),
        ("Get breaking news alerts and key updates on our official WhatsApp channel!", classify.WHATSAPP),
        ("Stay in the loop: get breaking news alerts on our WhatsApp channel!", classify.WHATSAPP),
        ("Subscribe for unlimited reading with no ads, on web and app.", classify.PROMO_WEAK),
        # A copyright line wherever the sign stands; a sentence about reserved rights is body.
        ("Borneo Evening Standard © 2023", classify.CHROME),
        ("2024 The Penang Ledger. All rights reserved.", classify.CHROME),
        ("The court ruled that all rights reserved to the state under the 1957 land law were valid.", classify.BODY),
        # a photo's caption closed by its owner's mark is no copyright line; a site's name over its mark is
        ("The coach watches his side claim another win at home © Photo Agency", classify.BODY),
        ("Copyright © The Penang Ledger Media Group", classify.CHROME),
        # Furniture under the article: comments, reactions, topic labels, print-edition lines, newsletters.
        ("Comments (7)", classify.TAIL),
        # an online teaser's pointer to the print edition, the paper named in title case; a sentence stays body
        ("More details in tomorrow's Valley Ledger", classify.TAIL),
        ("More details on Friday’s Harbour Times.", classify.TAIL),
        ("More details on Friday's meeting were not given.", classify.BODY),
        ("COMMENTS 14 Closed", classify.TAIL),
        ("Comments are closed.", classify.TAIL),
        ("Please enter your comment!", classify.TAIL),
        # a question or an invitation to the reader about the story: the reactions' or the comments' heading
        ("What do you think of this story?", classify.TAIL),
        ("Do you like the content of this article?", classify.TAIL),
        ("Post Your Say", classify.TAIL),
        ("Join the conversation and have your say about this week's stories from The Ledger here.", classify.TAIL),
        ("Do you like the new bus routes? Most riders said they did.", classify.BODY),
        ("Please enter your name here", classify.TAIL),
        ("—PTI–", classify.SIGNOFF),
        ("Disclaimer: All the comments will be moderated by the desk before they appear.", classify.TAIL),
        ("Please join the Harbour Ledger WhatsApp Channel to get the latest news.", classify.WHATSAPP),
        ("Leave a comment", classify.TAIL),
        ("Add new comment", classify.TAIL),
        # An audio player over the article (its label and length) is furniture; the old end prompt ends the page.
        ("Listen to this article", classify.DROP),
        ("Duration 2′ 14″", classify.DROP),
        ("Duration of the works is three months.", classify.BODY),
        # A media player's length in two units, or its label with the clip's length.
        ("Duration: 2 minutes 40 seconds", classify.DROP),
        ("Watch video 03:12", classify.DROP),
        ("Watch video of the river crossing", classify.BODY),
        ("Want to listen to full audio?", classify.CHROME),
        ("Get the Harbour Ledger app", classify.TAIL),
        ("Get the app and register, officials urged.", classify.BODY),
        ("Top News stories", classify.CHROME),
        ("About the author", classify.TAIL),
        ("Short link:", classify.TAIL),
        ("Read more like this", classify.DROP),
        ("This article is more than 12 months old", classify.DROP),
        ("This article is 9 days old", classify.DROP),
        ("Please read our commenting guidelines.", classify.TAIL),
        ("Please read our guidelines before you apply, the agency said.", classify.BODY),
        ("This article is more than a summary of the ruling, the judge said.", classify.BODY),
        ("About the writers they chose, the jury said little.", classify.BODY),
        ("Join the discussion — 9 comments", classify.TAIL),
        ("Read Comments", classify.TAIL),  # the comment button under the article
        # a live story's notice to the reader; a sentence reporting on a developing story is the article's
        ("This is a developing story: more details to follow.", classify.DROP),
        ("Developing story", classify.DROP),
        ("This story is developing; check back later.", classify.DROP),
        ("This is a developing story, the minister said.", classify.BODY),
        ("This story is developing fast in the region, he said.", classify.BODY),
        ("Read 14 comments", classify.TAIL),
        ("Read comments from residents in the council's report, she urged.", classify.BODY),
        ("How did this story make you feel?", classify.TAIL),
        ("Tags: rail, budget, Penang", classify.TAIL),
        ("Topics : rivers, Selangor", classify.TAIL),
        ("Printed in The Borneo Courier, June 3rd, 2019", classify.TAIL),
        ("Subscribe to our weekly newsletter for the best of our reporting.", classify.TAIL),
        ("Subscribe to GAZETTE GOLD for the e-paper on three devices, every morning.", classify.TAIL),
        ("Published in 2019, the report found rising debts among farmers.", classify.BODY),
        ("Comments from residents were mixed, the council said.", classify.BODY),
        ("Topics discussed included rail links and toll rates.", classify.BODY),
        # A heading over topic links ends the article; a link to another story inside it is furniture.
        ("Related Topics", classify.CHROME),
        ("Related stories: Port expansion delayed again", classify.DROP),
        ("See also | Ferry fares to rise in June", classify.DROP),
        # A pointer to the site's other coverage of the story; a sentence that tells readers to see something is body.
        ("See our full coverage of the Harbour Games 2031", classify.DROP),
        ("(See story on the river dolphins' numbers here.)", classify.DROP),
        ("See our guide to the night markets, she said.", classify.BODY),
        ("(See the chart on page 4 for the figures.)", classify.BODY),
        ("READ: Toll rates frozen for a year", classify.DROP),
        ("Reporter: Siti Aminah", classify.DROP),
        # a state wire's credit for the English rewrite under its reporter's, the name perhaps in lower case
        ("Rewriter: ali bakar", classify.DROP),
        ("Rewriter: Jane Tan", classify.DROP),
        ("Rewriters say the draft law needs work, the union said.", classify.BODY),
        # A theme's share heading and rails of other stories under the article; a comment form's heading.
        ("Share post:", classify.DROP),
        ("Popular", classify.CHROME),
        ("Popular posts", classify.CHROME),
        ("More like this", classify.CHROME),
        ("Popular support for the plan has grown, the poll found.", classify.BODY),
        ("More like this one are planned, the mayor said.", classify.BODY),
        # a box of paid stories under the article
        ("Sponsored Content", classify.CHROME),
        ("PROMOTED STORIES", classify.CHROME),
        ("Sponsored content is growing fast on news sites, the survey found.", classify.BODY),
        # A rail's heading over links to more stories on the article's topic
        ("More on this story", classify.CHROME),
        ("More On This Topic", classify.CHROME),
        ("More on River Ferry Fares", classify.CHROME),
        ("More on Monday, the council will vote again.", classify.BODY),
        ("More on the vote was not said.", classify.BODY),
        ("More on that later", classify.BODY),
        ("Leave a Reply", classify.TAIL),
        # The ad desk's link under an ad slot, in the ad group's name; advice to readers is the article's.
        ("Advertise with Harbour Media.", classify.DROP),
        ("Advertise with us", classify.DROP),
        ("Advertise with care.", classify.BODY),
        ("Leave a reply to the council by Friday, residents were told.", classify.BODY),
        # Furniture anywhere: a share button in Vietnamese, a theme's image placeholder, a machine summary's notice.
        ("Chia sẻ", classify.DROP),
        ("spot_imgspot_img", classify.DROP),
        ("This is an AI-generated summary and it may contain mistakes.", classify.DROP),
        ("This is AI research at its best, the minister said.", classify.BODY),
        ("This is an automated summary; read the whole report for context.", classify.DROP),
        # A pager between stories, an inline rail's heading, a Vietnamese site's credit of its source paper.
        ("Prev", classify.DROP),
        ("Next article", classify.DROP),
        ("Previous articleFerry fares cut as fuel prices fall", classify.DROP),  # the link glued to its headline
        ("Next articleMinister: Talks on the bridge go on", classify.DROP),
        ("Next article by the same writer follows tomorrow, she said.", classify.BODY),
        ("Next, the council will vote on the budget.", classify.BODY),
        ("FEATURED STORIES", classify.DROP),
        ("News Feed:", classify.CHROME),
        ("TIN LIÊN QUAN", classify.CHROME),
        ("You can share this article!", classify.DROP),
        ("Get Newsletter", classify.TAIL),
        ("Theo harbourledger.vn", classify.TAIL),
        ("Theo Tan scored twice in the second half.", classify.BODY),
        # Where a photo or the story was taken from, on a line of its own; a wire's acronym is left to the sign-offs.
        ("Source: Harbour Police via River FM", classify.DROP),
        ("SOURCE: The Coastal Herald", classify.DROP),
        ("Source: KNA", classify.BODY),
        ("Source: officials said the ferry would resume on Monday.", classify.BODY),
        # A gift button's prompt, the icon's name glued on or not; a sentence about gifts is the article's.
        ("New: Gift this members-only article to a friend", classify.DROP),
        ("Gift this story", classify.DROP),
        ("GIFT a SubscriptionGift", classify.DROP),
        ("Gift a subscription to your family and friends", classify.DROP),
        ("Gift vouchers worth $50 were handed to each of the 300 volunteers.", classify.BODY),
        # The page's hashtags in a row: never the article's words; one tag, a number, or words around them may be.
        ("#flood #relief #Kuching", classify.DROP),
        ("#Banjir, #Sarawak", classify.DROP),
        ("#flood", classify.BODY),
        ("#1 #2", classify.BODY),
        ("#flood #relief are trending on the island.", classify.BODY),
        # An inline box's heading over another story's card: furniture wherever it stands; a sentence is body.
        ("Must Read", classify.DROP),
        ("Must read the small print before you sign, the regulator warned.", classify.BODY),
        # A syndicated story's link to the rest on the source's site ends the article.
        ("Continue to read on The Harbour Ledger", classify.PAYWALL),
        ("Continue to read the signs, the ranger told the hikers.", classify.BODY),
        # A rail's heading "Read More <Section> Stories"; a sentence about reading is body.
        ("Read More News Stories", classify.CHROME),
        ("Read more sports stories in the weekend edition, the editor said.", classify.BODY),
        # A comment system's box named by its label where it did not load.
        ("vuukle comment", classify.TAIL),
        ("Disqus Comments", classify.TAIL),
        ("Vuukle raised new funds, the startup said.", classify.BODY),
        # An image's file name alone on its line, one word or a few with no sentence's stop; a sentence naming a
        # file is body.
        ("2031 Fair Banner.gif", classify.DROP),
        ("harbour-map-2031.png", classify.DROP),
        ("The poster was saved as a file named banner.gif", classify.BODY),
        ("Open it. banner.gif", classify.BODY),
        # An update's stamp wholly in brackets, a date or time in it; a dek in brackets runs on, no stamp.
        ("[Updated June 4, 9:30 p.m.]", classify.DROP),
        ("(Last updated 3/6/2031 14:20)", classify.DROP),
        ("[Updated 4 June, 09:30]", classify.DROP),
        ("(UPDATED) Harbour board names its new chief", classify.BODY),
        ("[Update: the ferry service has resumed]", classify.BODY),
        # An anti-bot wall's notice, in its own words; a sentence about verifying is body.
        ("Verifying user", classify.DROP),
        ("Verifying you are human. This may take a few seconds.", classify.DROP),
        ("Checking your browser before accessing the site.", classify.DROP),
        ("Press & Hold to confirm you are a human (and not a bot).", classify.DROP),
        ("Verifying the ballots took the commission three days, it said.", classify.BODY),
        # A wire's continuation mark; the word in a sentence or in lower case is body.
        ("— MORE", classify.DROP),
        ("-- MORE --", classify.DROP),
        ("— more to come, the mayor said.", classify.BODY),
        # A rail's heading of other stories, in either modal.
        ("You might also like", classify.CHROME),
    ],
)
def test_kind_of(line: str, kind: int) -> None:
    assert classify.kind_of(line) == kind


def test_kinds_of_a_whole_dump_are_the_kinds_of_its_lines() -> None:
    # kinds_of searches the short lines for offer words as one text: each hit must land on its own line,
    # also after a line too long to be an offer, a line whose lower case is longer, and a last line.
    lines = (
        "Save 30% OFF The Star Digital Access",
        "Officials said the subscription drive " + "ran for weeks and " * 12 + "ended in May.",
        "İİ Weekly quiz: who won the promo draw?",
        "Next In World",
        "RM9.73 only",
        "The Star Christmas Special Promo: Save 35% OFF Yearly. T&C applies.",
    )
    assert classify.kinds_of(lines) == [classify.kind_of(line) for line in lines]
    assert classify.kinds_of(lines)[-1] == classify.PROMO_OPEN


def test_promo_blocks_are_cut_by_shape_wherever_they_sit() -> None:
    article = _parse(
        "Three held over Cheras break-ins",
        LEAD,
        "Save 25% on The Star Digital this Raya",  # a wording never seen before
        "Yearly Plan",
        "RM 99.90/year",
        "Billed as RM 99.90 for the 1st year, RM 148 thereafter.",
        "Most Popular",
        SECOND,
        WA,
    )
    assert article.body_paragraphs == (LEAD, SECOND)
    assert "promo_removed" in article.warnings


def test_an_offer_sentence_without_prices_stays_body() -> None:
    offer = "Shoppers can save 30% at outlets during the promo, said the mall."
    article = _parse("Mall sale draws crowds", LEAD, offer, SECOND, WA)
    assert article.body_paragraphs == (LEAD, offer, SECOND)
    assert "promo_removed" not in article.warnings


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        ("Business , lumbung steel bhd", ("Business", "lumbung steel bhd")),
        ("Penang , Kampung Mutiara , Batu Ferringhi", ("Penang", "Kampung Mutiara", "Batu Ferringhi")),
        ("Courts", ("Courts",)),
        ("Rubber , latex , , Exports", ("Rubber", "latex", "Exports")),  # an empty tag between the separators
        ("Source: Wires/jt", ()),  # a labelled source line under the channel line: no tags
    ],
)
def test_tags_line_after_whatsapp(line: str, tags: tuple[str, ...]) -> None:
    assert _parse("Three held over Cheras break-ins", LEAD, WA, line, "Next In Nation", "Cops probe fire").tags == tags


def test_a_tags_line_saved_one_item_per_line_is_joined() -> None:
    # Scrapers that save each inline element on a line of its own break the tags line at its commas.
    lines = ("Kelantan", ",", "floods", ",", "relief centres", ",")
    article = _parse("Floods spread", LEAD, WA, *lines, "Next In Nation", "Cops probe fire")
    assert article.tags == ("Kelantan", "floods", "relief centres")
    assert article.related_headlines("next_in") == ["Cops probe fire"]
    assert "unrecognized_tail_line" not in article.warnings


@pytest.mark.parametrize("furniture", ["More from Nation", "Facebook  X  WhatsApp", "Related Stories"])
def test_page_furniture_above_the_headline_is_chrome(furniture: str) -> None:
    article = _parse(furniture, "Three held over Cheras break-ins", LEAD, SECOND, WA)
    assert article.title == "Three held over Cheras break-ins" and article.body_paragraphs == (LEAD, SECOND)
    assert "head_lines_skipped" in article.warnings


def test_tags_line_only_right_after_whatsapp() -> None:
    article = _parse("Three held over Cheras break-ins", LEAD, WA, "Next In Nation", "Cops probe fire, flood")
    assert article.tags == ()
    assert article.related_headlines("next_in") == ["Cops probe fire, flood"]


def test_bullets_give_section_and_date_and_next_in_is_the_fallback() -> None:
    article = _parse("Headline here", "  • Nation", "  • Tuesday, 4 Jun 2024", LEAD, WA, "Next In Metro")
    assert (article.section, article.published_date) == ("Nation", date(2024, 6, 4))
    assert _parse("Headline here", LEAD, WA, "Next In Metro").section == "Metro"


def test_a_next_in_heading_cut_to_one_letter_by_the_dumps_end_names_no_section() -> None:
    # the scrape stopped inside the heading: one letter of the section's name is left, no section
    assert _parse("Headline here", LEAD, WA, "Next In M").section is None
    assert _parse("Headline here", LEAD, WA, "Next In TV").section == "TV"  # a short name, whole


@pytest.mark.parametrize(
    "first",
    [
        LEAD,
        "RIYADH (Reuters) - The U.S. and Russia agreed on Tuesday to restore their missions.",
        "said the minister, adding that the talks would resume next week in Geneva",
        "Federal Reserve Chair Jerome Powell holds a press conference in Washington, U.S. REUTERS/Annabelle Gordon",
        "Villagers wave flags at the rally outside the town hall in Kuantan. - -Starpic",  # the dash typed twice
    ],
)
def test_dumps_without_headline_are_quarantined(first: str) -> None:
    outcome = parse_text(f"{first}\n{SECOND}\n{WA}\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"


def test_a_first_line_the_next_goes_on_from_in_lower_case_is_a_cut_lead_not_a_headline() -> None:
    # a preview saved without its headline, its first sentence broken by a hard line break
    cut = (
        "WHILE ferry traffic on the east coast is seen slowing, Harbour Lines Bhd\nexpects its bookings to hold up well"
    )
    outcome = parse_text(f"{cut} this year.\n{SECOND}\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    # a lower-case byline, a camel-cased brand opening the lead, a line that is finished: the headline stays
    assert _parse("Harbour Lines cuts fares", "by Jane Tan and Ali Hamid", LEAD, WA).title == "Harbour Lines cuts fares"
    brand = "iPhone owners queued outside the Northport store on Friday for the launch, the retailer said."
    assert _parse("Queues for new phone", brand, SECOND, WA).title == "Queues for new phone"


@pytest.mark.parametrize(
    "title",
    ["MACC: Ex-minister remanded over RM2mil graft", "‘Fair deal’ – but for whom, exactly?", "iPhone sales slump"],
)
def test_headlines_that_look_unusual_are_still_headlines(title: str) -> None:
    assert _parse(title, LEAD, WA).title == title


def test_warnings() -> None:
    cut = _parse(
        "Headline here", "Uncaptioned photo of the suspects at the Cheras police station.", LEAD, "The suspects were"
    )
    assert cut.captions[0].credit is None
    assert {"caption_without_credit", "truncated_body", "no_footer"} <= set(cut.warnings)
    column = _parse("Headline here", "A standfirst without a full stop", "IT has been five years.", WA)
    assert "no_dateline" in column.warnings and "truncated_body" not in column.warnings
    paywalled = _parse("Headline here", LEAD, "Already a subscriber? Log in", WA)
    assert "paywall_prompt" in paywalled.warnings
    assert paywalled.body_paragraphs == (LEAD,)


def test_the_full_text_under_a_paywall_prompt_that_repeats_the_preview_is_the_body() -> None:
    third = "A court date has yet to be set, the police chief added."
    preview = f"{LEAD} {SECOND[:40]}…"  # the lead run into the next paragraph and cut short
    for prompt in (("Subscribe to continue reading this story",), ("Read it free:", "or", "Already a member? Log in")):
        article = _parse("Police hold three over shop break-ins", preview, *prompt, "SUBSCRIBE", LEAD, SECOND, third)
        assert article.body_paragraphs == (LEAD, SECOND, third)
        assert "paywall_prompt" not in article.warnings
    # A prompt under the lead with other words below it still ends the body.
    paywalled = _parse("Police hold three over shop break-ins", LEAD, "Already a subscriber? Log in", SECOND, third)
    assert paywalled.body_paragraphs == (LEAD,)


def test_briefing_items_are_body_not_captions() -> None:
    items = [f"Item {n}: Something happened somewhere on Wednesday, officials said. — Reuters" for n in range(3)]
    article = _parse("World briefs", *items, WA)
    assert article.captions == () and article.body_paragraphs == tuple(items)
    # Several paragraphs sign off the same agency: the suffixes are item text, and a briefing of several
    # items has no one agency (the corpus README's convention).
    assert article.agency is None


def test_trailing_wire_agency_is_the_articles_sign_off() -> None:
    article = _parse("Headline here", LEAD, SECOND + " — Reuters", WA)
    assert article.agency == "Reuters" and article.body_paragraphs == (LEAD, SECOND)
    afp = _parse("Headline here", "Some text without a dateline.", SECOND + " - AFP", WA)
    assert afp.agency == "AFP" and afp.body_paragraphs[-1] == SECOND
    # The dateline's agency wins over a sign-off.
    dated = _parse("Headline here", "LONDON (Reuters) - Oil rose on Monday.", SECOND + " - Bernama", WA)
    assert dated.agency == "Reuters" and dated.body_paragraphs[-1] == SECOND
    # A sign-off on a line of its own.
    own_line = _parse("Headline here", LEAD, SECOND, "— Reuters", WA)
    assert own_line.agency == "Reuters" and own_line.body_paragraphs == (LEAD, SECOND)


def test_a_sign_off_over_the_pages_hashtag_row_names_the_agency() -> None:
    article = _parse("Headline here", LEAD, SECOND + " -- BERNAMA", "#flood #relief #Kuching")
    assert article.agency == "Bernama" and article.body_paragraphs == (LEAD, SECOND)


def test_briefing_items_keep_their_sign_offs_even_after_a_dateline() -> None:
    items = [
        "LIMA: A quake struck off Peru on Sunday, officials said. — Reuters",
        "OTTAWA: Wildfires spread in Manitoba, officials said on Sunday. — Reuters",
    ]
    article = _parse("World briefs", *items, WA)
    assert article.body_paragraphs == tuple(items) and (article.dateline, article.agency) == ("LIMA", None)


def test_a_caption_signed_like_the_last_paragraph_is_still_a_caption() -> None:
    caption = "Workers at a port in Rotterdam. — Reuters"
    article = _parse("Headline here", caption, "LONDON: Oil rose on Monday, traders said.", SECOND + " — Reuters", WA)
    assert [c.credit for c in article.captions] == ["Reuters"]
    assert article.body_paragraphs == ("LONDON: Oil rose on Monday, traders said.", SECOND)


def test_run_on_reuters_caption_then_dash_caption_then_dateline() -> None:
    first = "Tennis - Australian Open - Melbourne Park Italy's Jannik Sinner celebrates REUTERS/Edgar Su"
    second = "Germany's Alexander Zverev looks dejected after losing the final. — Reuters"
    lead = "MELBOURNE (Reuters) - Jannik Sinner retained his Australian Open title on Sunday."
    article = _parse("Sinner retains title", first, second, lead, SECOND, WA)
    assert [c.credit for c in article.captions] == ["REUTERS/Edgar Su", "Reuters"]
    assert article.body_paragraphs == (lead, SECOND) and (article.dateline, article.agency) == ("MELBOURNE", "Reuters")


def test_paragraphs_between_the_head_and_an_early_dateline_are_captions() -> None:
    # Real Star pages print uncredited captions, with or without a full stop, right above the dateline.
    unknown = "A caption in a shape no rule knows, credited to nobody in particular."
    second = "Residents wade through a flooded road in Klang. — Bernama pic"
    article = _parse("Floods worsen", unknown, second, LEAD, SECOND, WA)
    assert [(c.text, c.credit) for c in article.captions] == [(unknown, None), (second[:-14], "Bernama pic")]
    assert article.body_paragraphs == (LEAD, SECOND) and article.dateline == "KUALA LUMPUR"
    unterminated = "Floodwater rises in three districts as rivers burst their banks"
    bare = _parse("Floods worsen", unterminated, "Residents wade through a flooded road in Klang.", LEAD, SECOND, WA)
    assert [c.text for c in bare.captions] == [unterminated, "Residents wade through a flooded road in Klang."]


def test_an_unfinished_line_above_a_credited_caption_is_no_caption() -> None:
    # Without a full stop, right above a credited caption: the image's alt text or a standfirst (neither
    # caption nor body), as real and blind truths read it; a briefing's intro above its items stays body.
    standfirst = "Floodwater rises in three districts as rivers burst their banks"
    credited = "Residents wade through a flooded road in Klang. — Bernama pic"
    article = _parse("Floods worsen", standfirst, credited, LEAD, SECOND, WA)
    assert [c.credit for c in article.captions] == ["Bernama pic"] and article.body_paragraphs == (LEAD, SECOND)
    intro = "Here are the main stories moving regional markets this afternoon:"
    item = "Tokyo shares rise: The Nikkei rose 1.1% on a weaker yen. — Reuters"
    other = "Oil slips: Brent fell 0.4% as stocks rose. — Reuters"
    briefing = _parse("Market wrap", intro, item, other, WA)
    assert briefing.body_paragraphs == (intro, item, other) and briefing.captions == ()


def test_a_caption_printed_twice_with_its_credit_after_the_stop_is_one_credited_caption() -> None:
    # The photo's alt text and its caption, both closed by the photographer's name or an agency after the stop and
    # no dateline under them: one caption and its credit, neither copy body.
    lead = "The district court on Tuesday jailed a shop owner for two years over posts that mocked the council."
    for credit in ("Jane Tan", "WAM"):
        caption = f"A shop owner arrives at the district court on Tuesday. {credit}"
        article = _parse("Shop owner jailed over posts", caption, caption, lead, SECOND, WA)
        assert [(c.text, c.credit) for c in article.captions] == [(caption[: -len(credit) - 1], credit)]
        assert article.body_paragraphs == (lead, SECOND)
    # A dek printed twice runs to a second sentence: no caption.
    dek = "The court jailed a shop owner. He will appeal, his lawyer said. Jane Tan"
    assert _parse("Shop owner jailed over posts", dek, dek, lead, SECOND, WA).captions == ()


def test_unfinished_page_lines_over_a_credited_caption_are_neither() -> None:
    # No dateline or print lead anchors the body: a few unfinished lines (the page's buttons and date, a font-size
    # widget, a standfirst without its stop) over the photo's credited caption are neither body nor caption.
    lead = "The city's output grew by six percent in the first six months, the statistics bureau said on Monday."
    article = _parse(
        "City output up 6% in first half",
        "2 Comment(s)Print E-mail Wire, March 3, 2021",
        "Change text size:",
        "City skyline at dusk [Photo/example.com]",
        lead,
        SECOND,
        WA,
    )
    assert [(c.text, c.credit) for c in article.captions] == [("City skyline at dusk", "Photo/example.com")]
    assert article.body_paragraphs == (lead, SECOND)
    caption = "The mayor speaks at the council chamber on Monday."
    glued = _parse(
        "Mayor faces council vote",
        "'We will not give in,' the mayor tells councillors, as the chamber returns from its recess",
        "Send by e-mailSend by e-mail",
        caption,
        f"{caption}Credit: Jane Lee",
        lead,
        SECOND,
        WA,
    )
    assert [(c.text, c.credit) for c in glued.captions] == [(caption, "Credit: Jane Lee")]
    assert glued.body_paragraphs == (lead, SECOND)


def test_a_meter_under_the_headline_is_no_paywall_when_the_article_follows() -> None:
    meter = ("You have reached your free article limit for this month.", "Articles remaining: 0")
    article = _parse("Traders fear bypass", *meter, LEAD, SECOND, WA)
    assert article.body_paragraphs == (LEAD, SECOND) and "paywall_prompt" not in article.warnings
    assert article.captions == ()  # the counter is furniture, not a caption
    walled = parse_text("\n".join(["Traders fear bypass", meter[0], WA, "Next In Nation", "Cops probe fire"]))
    assert isinstance(walled, Quarantined) and walled.reason_code == "no_body"


def test_a_second_caption_in_a_captions_grammar_before_a_print_lead() -> None:
    first = "Volunteers harvesting kangkung at the community garden."
    second = "Garden coordinator Jane Tan showing off a bumper crop of brinjals."
    article = _parse("Dumpsite turned garden", first, second, PRINT_LEAD, SECOND, WA)
    assert [c.text for c in article.captions] == [first, second] and article.body_paragraphs == (PRINT_LEAD, SECOND)


PRINT_LEAD = "RESIDENTS of three villages have waited two years for the council to clear a blocked drain, they said."


def test_before_a_print_lead_only_a_finished_sentence_is_a_caption() -> None:
    standfirst = "A standfirst that sets the scene without a full stop"
    finished = "Workers clearing rubbish from the drain in Kampung Baru."
    column = _parse("Headline here", standfirst, PRINT_LEAD, SECOND, WA)
    # Right under the headline, with no photo's caption above, it is the summary in a headline's words: neither.
    assert column.captions == () and column.body_paragraphs == (PRINT_LEAD, SECOND)
    metro = _parse("Headline here", finished, PRINT_LEAD, SECOND, WA)
    assert [c.text for c in metro.captions] == [finished] and metro.body_paragraphs == (PRINT_LEAD, SECOND)
    # Without a full stop, a caption still says where the photo was taken; the standfirst above does not.
    placed = "Overflowing bins at the bus stop in Section 25, Shah Alam, have not been cleared for a week"
    older = _parse("Headline here", placed, PRINT_LEAD, SECOND, WA)
    assert [c.text for c in older.captions] == [placed] and older.body_paragraphs == (PRINT_LEAD, SECOND)
    on_road = "Traffic on Jalan Pasar, which became a one-way road three weeks ago"
    assert [c.text for c in _parse("Headline here", on_road, PRINT_LEAD, SECOND, WA).captions] == [on_road]
    on_day = "Traders say business fell on Monday after the council changed the road"
    assert _parse("Headline here", on_day, PRINT_LEAD, SECOND, WA).captions == ()


def test_an_unfinished_summary_right_under_the_headline_over_a_print_lead_is_neither_even_with_a_verb() -> None:
    # "... are ...": a summary's finite verb (over a dateline an unfinished line with one may caption a headshot).
    summary = "The coming two years are crucial for the fund, as its debts are put at some RM9bil"
    lead = "THE surest way to sink a company is to borrow short to build long, and the fund has done just that."
    article = _parse("The fund's cash squeeze", summary, lead, SECOND, WA)
    assert article.captions == () and article.body_paragraphs == (lead, SECOND)
    # Under a photo's uncredited caption the same line is the column's standfirst: body, as before.
    caption = "Workers clearing rubbish from the drain in Kampung Baru."
    under = _parse("The fund's cash squeeze", caption, summary, lead, SECOND, WA)
    assert [c.text for c in under.captions] == [caption] and under.body_paragraphs == (summary, lead, SECOND)


def test_an_unfinished_line_longer_than_a_headline_under_a_credited_caption_opens_the_body() -> None:
    caption = "Shoppers at a row of stalls on the old trunk road in Kampung Baru. — JANE TAN/The Star"
    # A summary in a headline's words (a headline's length) under the photo's credited caption: neither.
    short = "Wider choice at the stalls keeps buyers coming from near and far"
    dropped = _parse("Old road, new crowds", caption, short, PRINT_LEAD, SECOND, WA)
    assert dropped.body_paragraphs == (PRINT_LEAD, SECOND)
    # Longer than a headline runs, the line is the standfirst paragraph the body opens with.
    longer = "Wider choice at the stalls keeps buyers coming back to the old trunk road from near and far away"
    kept = _parse("Old road, new crowds", caption, longer, PRINT_LEAD, SECOND, WA)
    assert [c.text for c in kept.captions] == [caption.split(" — ")[0]]
    assert kept.body_paragraphs == (longer, PRINT_LEAD, SECOND)


@pytest.mark.parametrize(
    "summary",
    [
        "Key changes for tenants and landlords to know…",  # an ellipsis: the summary trails off
        "Port authority plans wider channel for bigger ships photo 1",  # an image's alt text in a headline's words
        # (the lead introduces a list: it ends in a colon)
    ],
)
def test_an_unfinished_summary_right_under_the_headline_over_an_undated_lead_is_neither(summary: str) -> None:
    # No dateline or print lead anchors the body: the summary in a headline's words, far shorter than the lead
    # under it, is neither caption nor body.
    lead = (
        "Every year the town council changes a handful of its by-laws, and this year renters will notice more "
        "of them than usual, from new deposit caps to the rules on who pays for repairs. Here is what changes:"
    )
    article = _parse("Five new rules for renters this year", summary, lead, SECOND, WA)
    assert article.captions == () and article.body_paragraphs == (lead, SECOND)
    # A heading over a briefing's first item, its bullets under it, is the briefing's own.
    item = "• For the quarter ended June 30, the group posted a net loss of RM12mil against a profit a year earlier."
    briefing = _parse("Business summary of the week", summary, item, SECOND, WA)
    assert briefing.body_paragraphs[0] == summary


@pytest.mark.parametrize("label", ["Press Release: Harbour City Police", "SOURCE/WRITER: Jane Tan"])
def test_a_label_naming_the_stories_sender_over_the_lead_is_neither_though_subheadings_follow(label: str) -> None:
    # A short label and a name after its colon says who sent or wrote the story: no section's subheading, though
    # the article has subheadings of its own further down.
    lead = "Officers stopped a group spraying paint on the hoardings of a building site in the town centre on Sunday."
    heading = "Patrols stepped up"
    more = "Extra patrols will run in the area over the coming weekends, the district commander said on Monday."
    article = _parse("Four held over graffiti at building site", label, lead, SECOND, heading, more, WA)
    assert article.body_paragraphs == (lead, SECOND, heading, more)


def test_a_wires_acronym_after_the_last_stop_with_no_dash_signs_the_article_off() -> None:
    last = "Trading resumes on Monday after the holiday, the exchange said."
    lead = "RIVERTON: Shares closed lower on Friday as traders sold banks."
    article = _parse("Shares close lower", lead, f"{last} KNA")
    assert article.agency == "KNA" and article.body_paragraphs[-1] == last


def test_the_agency_initials_and_a_dated_town_over_the_lead_ending_in_a_dash_are_the_dateline() -> None:
    # "AGENCY Town, Month DD, YYYY —" closing the head, the lead on the next line: the dateline printed apart
    lead = "Rice and garment sales abroad climbed by a tenth over six months, the trade ministry told reporters."
    article = _parse("Exports rise despite the rains", "", "RNA Riverton, August 02, 2031 —", "", lead, "", SECOND, WA)
    assert (article.dateline, article.agency) == ("Riverton, August 02, 2031", "RNA")
    assert article.body_paragraphs == (lead, SECOND)
    # near miss: the same line with no dash at its end is no dateline
    article = _parse("Exports rise despite the rains", "", "RNA Riverton, August 02, 2031", "", lead, "", SECOND, WA)
    assert article.dateline is None


def test_a_place_in_capitals_printed_apart_over_a_lead_naming_it_or_its_country() -> None:
    # "TOWN, Country" on a line of its own, the lead under it naming the country: the dateline, not a paragraph
    lead = (
        "At least a dozen homes were swept away when the hillside gave way after two days of rain in Mekongia's "
        "northern valleys, the district office said on Sunday."
    )
    article = _parse("Landslide sweeps away homes", "By Jane Tan", "RIVERTON, Mekongia", lead, SECOND, WA)
    assert article.dateline == "RIVERTON, Mekongia" and article.body_paragraphs == (lead, SECOND)
    # a shorter lead, a finished sentence naming the town printed apart above it
    short = "Police are looking into the death of a man found on a bench in a Riverton park on Monday."
    article = _parse("Man found dead in park", "RIVERTON", short, SECOND, WA)
    assert article.dateline == "RIVERTON" and article.body_paragraphs == (short, SECOND)
    # a heading in capitals over a short paragraph that does not name it stays a paragraph
    other = "Police are looking into the death of a man found on a bench in a city park on Monday."
    article = _parse("Man found dead in park", "RIVERTON", other, SECOND, WA)
    assert article.dateline is None


def test_a_byline_run_into_the_lead_is_cut_from_it() -> None:
    # The scrape lost the line break between the byline and the lead: the name goes, the lead stays whole.
    lead = (
        "This year's harbour budget sets aside twice what the board spent last year on dredging, as the port "
        "prepares for larger container ships to call from next spring."
    )
    article = _parse("Harbour budget doubles dredging", f"By Jane Tan {lead}", SECOND, WA)
    assert article.body_paragraphs == (lead, SECOND)
    # A wire's name before its dateline: the dateline opens the lead, as printed.
    wired = "RIVERTON  - The flood has not only cut the valley's roads for a week but also stopped the repairs of "
    wired += "the bridge that the spring storms had damaged, engineers said on Friday."
    article = _parse("Floods halt bridge repairs", f"By Newswire {wired}", SECOND, WA)
    assert article.body_paragraphs == (wired, SECOND) and article.dateline == "RIVERTON"
    # "By" opening the lead's own sentence stays.
    own = "By nightfall, firefighters reported that no house had burned, though the blaze had jumped the ridge "
    own += "and hundreds of families had left their homes before dark."
    assert _parse("Fire crosses the ridge", own, SECOND, WA).body_paragraphs == (own, SECOND)


def test_a_byline_and_a_text_size_widget_run_into_the_lead_are_cut_from_it() -> None:
    # "By: Name Text Size: TOWN: ...": the byline, the label of the page's text-size buttons, then the lead
    lead = "RIVERTON: The harbour board will meet on Friday to decide on the new ferry timetable, its chairman said."
    article = _parse("Board to decide ferry timetable", "", f"By: Jane Tan Text Size: {lead}", SECOND, WA)
    assert article.body_paragraphs == (lead, SECOND) and article.dateline == "RIVERTON"
    # near miss: a sentence naming a text size is the article's own
    own = "By then the Text Size: Large setting was gone from the menu, users of the reading app complained on Friday."
    assert _parse("Reading app drops setting", "", own, SECOND, WA).body_paragraphs[0] == own
    # a byline's label before its colon is never the dateline's place
    glued = f"By: Jane Tan {lead}"
    assert _parse("Board to decide ferry timetable", "", glued, SECOND, WA).dateline != "By"


def test_a_byline_block_under_the_caption_is_head_meta() -> None:
    # Some sites print the byline, the writer's role and the date under the photo, above the lead.
    caption = "Commuters on the first day of the new line. PHOTO: CITY TRANSIT"
    byline = ("Dewi Santoso", "Indonesia Correspondent", "Published Sep 2, 2025, 09:14 PM")
    article = _parse("New rail line opens", caption, *byline, LEAD, SECOND, WA)
    assert [c.credit for c in article.captions] == ["PHOTO: CITY TRANSIT"]
    assert article.body_paragraphs == (LEAD, SECOND) and article.dateline == "KUALA LUMPUR"
    assert "head_lines_skipped" in article.warnings
    # A name alone (no date beside it) may be a photo's caption: it is not taken for a byline.
    named = _parse("Champion returns", caption, "Lee Chong Wei", LEAD, SECOND, WA)
    assert [c.text for c in named.captions] == [caption[:-20], "Lee Chong Wei"]


def test_a_byline_split_over_two_lines_is_head_meta() -> None:
    # Some sites print the byline's label on a line of its own and the name under it, each perhaps bulleted,
    # below the date lines: neither line is body, whatever stands above them.
    title = "Harbour market reopens after the flood"
    lead = "Traders at the harbour market reopened their stalls on Saturday, a week after the flood closed the quay."
    second = "The council said the repairs to the sea wall would be finished by the end of the month."
    above = (title, "Top Stories", title, "BUSY MORNING: Traders set out their stalls on the quay before dawn.")
    dates = ("Published: Sat 11 Jun 2025, 12:00 AM", "Updated: Sun 12 Jun 2025, 8:59 AM")
    for byline in ("  • By\n  • Dewi Santoso", "By\nDEWI SANTOSO"):
        outcome = parse_text("\n\n".join([*above, *dates, byline, f"{lead}\n{second}"]) + "\n")
        assert isinstance(outcome, ParsedArticle)
        assert outcome.body_paragraphs[-2:] == (lead, second) and not any("By" in p for p in outcome.body_paragraphs)
    # A sentence under a lone "By" is no name: it stays.
    kept = parse_text("\n\n".join([*above, *dates, "By", f"{lead}\n{second}"]) + "\n")
    assert isinstance(kept, ParsedArticle) and lead in kept.body_paragraphs


def test_a_print_lead_may_open_with_a_time() -> None:
    # "AT 5.30am, ..." opens the body in print style, so the uncredited caption above it is a caption.
    lead = "AT 5.30am, before the first bus passes, the baker is already fanning the coals behind his shop."
    second = "The brass wok for the kaya is heated before dawn."
    article = _parse("Charcoal toast", second, lead, SECOND, WA)
    assert [c.text for c in article.captions] == [second] and article.body_paragraphs == (lead, SECOND)


def test_a_columns_standfirst_after_its_photo_caption_is_body() -> None:
    # Caption, then the column's standfirst, then the print lead: only the first is the photo's.
    caption = "Left behind: Shuttered shops along the main road of an old tin town."
    standfirst = "Young people leave because the jobs leave first."
    column = _parse("The towns we empty", caption, standfirst, PRINT_LEAD, SECOND, WA)
    assert [c.text for c in column.captions] == [caption] and column.body_paragraphs == (standfirst, PRINT_LEAD, SECOND)
    # Under a credit for several photos, a second uncredited caption is one of them.
    credited = "A baker turns bread over the charcoal grill at his shop. — Photos: LIM AH KOW/The Star"
    second = "The kaya is cooked in a brass wok for four hours each morning."
    feature = _parse("Charcoal toast", credited, second, PRINT_LEAD, SECOND, WA)
    assert [c.text for c in feature.captions] == [credited[:56], second]
    # A standfirst that names a place but tells what happens (a finite verb) is the column's too; a second
    # caption that places its photo shows a moment, with no finite verb.
    placed = "The contest for the island is all but under way in Penang, with both camps pledging new ferries."
    assert _parse("The towns we empty", caption, placed, PRINT_LEAD, SECOND, WA).body_paragraphs[0] == placed
    shown = "A row of empty stalls at the old market in Batu Kawan."
    assert [c.text for c in _parse("The towns we empty", caption, shown, PRINT_LEAD, SECOND, WA).captions] == [
        caption,
        shown,
    ]


def test_a_label_and_a_name_over_a_print_lead_is_the_photos_caption() -> None:
    # "Steady hand: Mariam" first under the headline, no full stop: a headshot's label phrase and the name of whom
    # it shows, not a standfirst; over the print lead, or over a standfirst and then the print lead.
    label = "Steady hand: Mariam"
    article = _parse("The quiet reformer", label, PRINT_LEAD, SECOND, WA)
    assert [c.text for c in article.captions] == [label] and article.body_paragraphs == (PRINT_LEAD, SECOND)
    standfirst = "The vote in the river towns will be won on jobs and roads, not speeches."
    column = _parse("The quiet reformer", label, standfirst, PRINT_LEAD, SECOND, WA)
    assert [c.text for c in column.captions] == [label]
    assert column.body_paragraphs == (standfirst, PRINT_LEAD, SECOND)
    # a summary with no full stop and a lower-case word after its colon is no such label
    summary = "Steady hand: the reformer who kept the council afloat"
    assert _parse("The quiet reformer", summary, PRINT_LEAD, SECOND, WA).captions == ()


def test_a_short_print_lead_closed_by_its_full_stop_anchors_the_body() -> None:
    # "EVERYONE I asked ...": a print lead of one short sentence (61-80 characters) closed by its full stop is a
    # print lead still; an unfinished line of that length opening in capitals is not
    short = "EVERYONE I asked at the jetty had a story about the old ferry."
    assert 60 < len(short) <= 80 and head.is_print_lead(short)
    assert not head.is_print_lead(short[:-1])
    caption = "Making waves: Ferry crew (left) casting off from the jetty at dawn on Monday. Inset: the old pier."
    article = _parse("Last boat out", caption, short, SECOND, WA)
    assert [c.text for c in article.captions] == [caption] and article.body_paragraphs == (short, SECOND)


def test_a_print_lead_may_hold_a_one_letter_word() -> None:
    assert head.is_print_lead("WHEN I went back to the village during the school holidays, half the houses were empty.")
    assert head.is_print_lead("IT is A long road home, the villagers said as they waited for the bus on Tuesday night.")


def test_a_dateline_split_over_two_lines_with_a_place_in_title_case() -> None:
    article = _parse(
        "Low-emission zone for the city", "Hà Nội (VNA)", "– The city will pilot a zone next year.", SECOND, WA
    )
    assert article.dateline == "Hà Nội" and article.agency == "VNA"
    assert article.body_paragraphs[0] == "Hà Nội (VNA) – The city will pilot a zone next year."


def test_a_bylined_page_with_a_caption_credited_in_brackets() -> None:
    # A "Name / Site" byline over a caption that carries its own bracketed credit is no credit and no body.
    caption = "Workers gather outside a garment factory on Monday. (River Mail/Heng Vuthy)"
    article = _parse("Strike ends", "Sok Dara / River Mail", caption, LEAD, SECOND, WA)
    assert [(c.text, c.credit) for c in article.captions] == [(caption[:51], "River Mail/Heng Vuthy")]
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_promo_pitch_under_the_quota_prompt_is_no_body() -> None:
    quota = "Uh-oh! You've reached your daily quota."
    pitch = "Subscribe for unlimited reading with no ads, on web and app."
    outcome = parse_text(
        "\n".join(["Estates to be sold", quota, pitch, WA, "Next In Business News", "Ringgit opens flat"])
    )
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_body"


def test_a_credited_caption_under_the_lead_is_the_pages_photo() -> None:
    # Some sites print the lead above the photo: its credited caption, right after the first paragraph, is
    # the page's caption; one further down is a mid-article photo (neither body nor caption).
    photo = "Coast guard personnel help passengers at the port on Sunday. (Photo courtesy of the coast guard)"
    article = _parse("Ferry adrift", LEAD, photo, SECOND, WA)
    assert [(c.text, c.credit) for c in article.captions] == [(photo[:60], "Photo courtesy of the coast guard")]
    assert article.body_paragraphs == (LEAD, SECOND)
    later = _parse("Ferry adrift", LEAD, SECOND, photo, "A third paragraph of the story follows here.", WA)
    assert later.captions == () and photo not in later.body_paragraphs
    # The same photo with its alt text (the caption's first words) printed over the credited caption.
    alt = _parse("Ferry adrift", LEAD, photo[:30], photo, SECOND, WA)
    assert [(c.text, c.credit) for c in alt.captions] == [(photo[:60], "Photo courtesy of the coast guard")]
    assert alt.body_paragraphs == (LEAD, SECOND)
    # The credited caption printed twice in a row (alt text, then caption) under the lead: recorded once.
    headshot = "Port director Ali Bakar (Harbour Daily file photo)"
    twice = _parse("Ferry adrift", LEAD, headshot, headshot, SECOND, WA)
    assert [(c.text, c.credit) for c in twice.captions] == [("Port director Ali Bakar", "Harbour Daily file photo")]
    assert twice.body_paragraphs == (LEAD, SECOND)
    # Without a credit, a line printed twice under the lead stays a mid-article photo's: neither caption nor body.
    bare = _parse("Ferry adrift", LEAD, "Port director Ali Bakar", "Port director Ali Bakar", SECOND, WA)
    assert bare.captions == () and bare.body_paragraphs == (LEAD, SECOND)


def test_a_page_whose_only_paragraph_is_a_credited_caption_has_no_body() -> None:
    # The photo and its caption were saved, the article under them was not (a wall stopped the scrape).
    outcome = parse_text("Glove maker to shut two plants\n\nWorkers packing gloves at a factory. — Filepic\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_body"
    assert outcome.partial is not None and [c.credit for c in outcome.partial.captions] == ["Filepic"]
    # A one-paragraph story signed off by its agency is an article.
    signed = parse_text("Glove maker to shut two plants\n\nThe company will shut two plants, it said. — Bernama\n")
    assert isinstance(signed, ParsedArticle) and signed.agency == "Bernama"


def test_a_one_paragraph_story_signed_by_its_writer_is_no_caption() -> None:
    # The whole story saved as one line, closed by its writer's and desk's signature: a dozen sentences, no caption.
    sentence = "The harbour board said ferry fares on the northern routes would rise by ten cents next month. "
    story = sentence + " ".join(
        f"Route {n} will carry {n * 40} more passengers a day once the new boats arrive, the board said."
        for n in range(1, 10)
    )
    story += " — Orla Venn/KT, Riverton News"
    outcome = parse_text("Ferry fares to rise on northern routes\n" + story + "\n")
    assert isinstance(outcome, ParsedArticle) and outcome.captions == () and len(outcome.body_paragraphs) == 1
    # a caption's sentence or two with its credit, alone under the headline, is still the page's only photo
    short = parse_text("Ferry fares to rise on northern routes\n" + sentence + "— Orla Venn/Riverton News\n")
    assert isinstance(short, Quarantined) and short.reason_code == "no_body"


def test_a_teaser_of_points_and_headlines_is_no_body() -> None:
    # The story's teaser (photo, kicker, headline, summary points, topic, byline, stamp), then another story's teaser
    # of the same shape, one of its points long: no paragraph of an article under either headline.
    first = "Shoppers pass a shuttered glassworks showroom in Riverton on May 4. Photo: Orin Hale"
    second = "Cranes idle at the container terminal in East Alden on a quiet afternoon. Photo: Mara Quist"
    point = (
        "  • A levy on idle berths, a row over the cost of dredging the eastern channel and a string of state-media "
        "commentaries blaming the port for slow deliveries have put the authority under pressure to act, say shippers"
    )
    teaser = (
        *(
            first,
            "Business",
            "",
            "Glassworks expect orders to slow as shipping costs climb over the summer, survey finds",
        ),
        *("", "  • Index shows the sharpest fall in confidence since the spring, when freight rates began to rise"),
        *("  • Makers cite the cost of containers as the main worry for the coming quarter, the survey finds",),
        *("Topic |   Riverton industry", "Lena Marsh", "", "Lena Marsh  ", "", "Updated: 6:10pm, 4 May, 2021", ""),
    )
    other = (
        *(
            first,
            second,
            "Trade & Ports",
            "",
            "Port authority weighs new berth fees as cargo volumes shrink, say agents",
        ),
        *("", point, "  • Fees may rise by up to a fifth from the start of next year, said one agent at the harbour"),
        *("Topic |   Riverton industry", "Tam Okoro", "", "Updated: 5:55pm, 2 May, 2021", "", second),
    )
    outcome = parse_text("\n".join((*teaser, *other)) + "\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_body"
    # the same teaser over the article's finished paragraphs: an article
    article = parse_text("\n".join((*teaser, LEAD, "", SECOND)) + "\n")
    assert isinstance(article, ParsedArticle) and article.body_paragraphs == (LEAD, SECOND)


def test_a_caption_printed_twice_is_recorded_once() -> None:
    caption = "Leaves heaped in the gutter along Jalan Cempaka after the storm"
    article = _parse("Gutters left blocked after storm", caption, caption, PRINT_LEAD, SECOND, WA)
    assert [c.text for c in article.captions] == [caption] and article.body_paragraphs == (PRINT_LEAD, SECOND)


def test_a_credit_on_a_line_of_its_own_belongs_to_the_caption_under_it() -> None:
    caption = "Visitors at the temple before dawn."
    article = _parse("Crowds at the temple", "Photos By JANE TAN", caption, PRINT_LEAD, SECOND, WA)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "Photos By JANE TAN")]


def test_dateline_from_the_first_few_body_paragraphs_only() -> None:
    standfirst = "A standfirst that sets the scene without a full stop"
    filler = [f"Paragraph {n} of a column, which has no dateline." for n in range(5)]
    deep = _parse("Headline here", standfirst, *filler, LEAD, WA)
    assert deep.dateline is None


@pytest.mark.parametrize(
    "kicker", ["HARBOUR WATCH: Ferry fares to rise for island routes", "RTC – Ferry fares to rise"]
)
def test_a_headline_under_its_kicker_over_the_lead_names_no_dateline(kicker: str) -> None:
    lead = "Ferry operators will raise fares on three island routes next month, the transport council said on Monday."
    article = _parse("Ferry fares to rise", kicker, lead, SECOND, WA)
    assert article.dateline is None
    dated = _parse("Ferry fares to rise", kicker, "PORT KELANG: " + lead, SECOND, WA)
    assert dated.dateline == "PORT KELANG"  # the lead under the kicker keeps its own


def test_a_short_dated_line_wrapped_by_hand_keeps_its_dateline() -> None:
    wrapped = [
        "PORT KELANG: Ferry operators will raise fares on",
        "Three island routes from next month as the cost of fuel",
        "goes up.",
    ]
    assert not classify._kicker_headline(wrapped, 0)  # the next line goes on unfinished: no lead under a kicker
    assert classify._kicker_headline(["PORT KELANG: Ferry fares to rise", wrapped[1] + " goes up."], 0)


@pytest.mark.parametrize(("opening", "agency"), [("REUTERS - ", "Reuters"), ("KYODO -- ", "KYODO")])
def test_a_wire_name_alone_before_the_leads_dash_is_the_agency_not_a_place(opening: str, agency: str) -> None:
    lead = opening + "Stock markets are closed on Friday for a public holiday, the exchange said."
    article = _parse("Markets closed", "Image", "Reuters", lead, SECOND, WA)
    assert (article.dateline, article.agency) == (None, agency)
    assert article.captions == () and article.body_paragraphs == (lead, SECOND)


def test_a_dash_reuters_caption_before_a_column_is_a_caption() -> None:
    caption = "Joint effort: Naval ships on patrol. — Reuters"
    article = _parse("Testing time for Asean", caption, "A standfirst", "THE Straits of Malacca was once narrow.", WA)
    assert [(c.text, c.credit) for c in article.captions] == [("Joint effort: Naval ships on patrol.", "Reuters")]


def test_bernama_signoff_line_of_its_own() -> None:
    article = _parse("Headline here", LEAD, SECOND, "- Bernama", WA)
    assert article.agency == "Bernama" and article.body_paragraphs == (LEAD, SECOND)


def test_related_lists_end_at_chrome() -> None:
    article = _parse(
        "Headline here",
        LEAD,
        WA,
        "Next In World",
        "A",
        "B",
        "Others Also Read",
        "C",
        "All Headlines:",
        "D",
        "Already a member? Log In",
    )
    assert article.related_headlines("next_in") == ["A", "B"]
    assert article.related_headlines("others_also_read") == ["C"]


def test_every_warning_the_parser_gives_is_documented() -> None:
    from tests.cases import load_cases
    from transforms.parse import parse_dump
    from transforms.records import Quarantined
    from transforms.schema import PARSE_WARNINGS, warning_code

    seen: set[str] = set()
    for case in load_cases():
        outcome = parse_dump(case.dump.read_bytes())
        seen.update(warning_code(w) for w in outcome.warnings)
        if isinstance(outcome, Quarantined) and outcome.partial is not None:
            seen.update(warning_code(w) for w in outcome.partial.warnings)
    assert seen - set(PARSE_WARNINGS) == set()
    assert len(seen) >= 10  # the cases exercise most of the vocabulary


def test_a_short_first_paragraph_with_no_anchor_is_flagged_as_a_possible_caption() -> None:
    first = "Traders working along Jalan Mawar were told to leave."  # a participle, but a finite verb too
    body = "The council tore down a row of unlicensed stalls beside the main road in Setapak, its officers said."
    article = _parse("Stalls removed", first, body, SECOND, WA)
    assert article.body_paragraphs[0] == first and "possible_uncredited_caption" in article.warnings


def test_a_first_paragraph_that_shows_what_a_photo_shows_is_its_caption() -> None:
    # A participle and no finite verb: a caption's grammar, even with no credit and no dateline below.
    first = "Workers clearing the stalls along Jalan Mawar."
    body = "The council tore down a row of unlicensed stalls beside the main road in Setapak, its officers said."
    article = _parse("Stalls removed", first, body, SECOND, WA)
    assert [(c.text, c.credit) for c in article.captions] == [(first, None)]
    assert article.body_paragraphs[0] == body and "possible_uncredited_caption" not in article.warnings


def test_a_caption_by_its_grammar_over_a_short_print_lead_is_the_caption() -> None:
    # The lead opens in capitals but is too short for a print lead (and "GAMEs" is no capitals' run): the line
    # above it, a participle and no finite verb, still shows what the photo shows, though it is the longer one.
    first = "Jane Tan and Mary Lim posing with young fans after their win over the visiting pair at the Ipoh open."
    for lead in ("FOOTBALL brings people together, whatever their origins.", "GAMEs bring us all together, always."):
        second = "Three of the national squads have players from every state, and most say this is their strength."
        article = _parse("On the court, one team", first, lead, second, WA)
        assert [(c.text, c.credit) for c in article.captions] == [(first, None)]
        assert article.body_paragraphs[0] == lead


def test_a_one_word_line_is_a_label_not_a_headline() -> None:
    outcome = parse_text("\n".join(["Channels", "Politics", LEAD, SECOND, WA]) + "\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    assert (
        _parse("Opinion", "Schools need quieter classrooms", LEAD, SECOND, WA).title
        == "Schools need quieter classrooms"
    )


def test_a_dateline_broken_before_its_dash_is_one_paragraph() -> None:
    article = _parse(
        "Two men charged over brawl", "HO CHI MINH CITY (VNA)", "– Police on Monday charged two men.", SECOND, WA
    )
    assert (article.dateline, article.agency) == ("HO CHI MINH CITY", "VNA")
    assert article.body_paragraphs[0] == "HO CHI MINH CITY (VNA) – Police on Monday charged two men."


def test_a_caption_printed_again_over_two_lines_is_one_caption() -> None:
    caption = "Senators pose for a picture during dinner in this photo posted by Sen. Cruz on Instagram."
    first, second = caption.split(" Sen. ")
    article = _parse("Senators dine with the president", caption, f"{first} Sen.", second, SECOND, WA)
    assert [c.text for c in article.captions] == [caption] and article.body_paragraphs == (SECOND,)


def test_alt_text_above_a_credited_caption_is_left_out() -> None:
    caption = "Police officers at the scene in Johor Baru on Monday. (Photo: Jane Tan)"
    article = _parse("Seven held in raids", "Police at the scene", caption, LEAD, SECOND, WA)
    assert [(c.text, c.credit) for c in article.captions] == [(caption[:-18], "Photo: Jane Tan")]
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_caption_with_its_source_glued_in_brackets_under_the_headline_is_the_photos() -> None:
    # Under a station's slogan, the headline, then the photo's caption with its source in brackets glued to the
    # stop, the byline and the date over the dateline's lead: the caption is no headline, and its source its credit.
    title = "Coast road crash: 2 hurt, road closed for hours"
    caption = "Two people were hurt in a crash on the coast road on Saturday.(Coast Highway Patrol)"
    lead = (
        "HARBOUR COUNTY (WXYZ) - Two people were hurt in a head-on crash on the coast road on Saturday night, "
        "troopers said."
    )
    article = _parse(
        "4 Your Safety", title, caption, "By Jane Tan", "Published: Mar. 3, 2031 at 9:07 AM", lead, SECOND, WA
    )
    assert article.title == title
    assert [(c.text, c.credit) for c in article.captions] == [(caption[:-22], "Coast Highway Patrol")]
    assert article.body_paragraphs == (lead, SECOND)


def test_a_short_credited_caption_printed_twice_over_the_lead_is_no_headline() -> None:
    # The page's photo, a word and its credit ("Harbour. Picture: WIRE"), printed twice, then the article's
    # paragraphs: the scrape lost the headline, so the dump is quarantined.
    caption = "Harbour. Picture: WIRE"
    lead = "It is a busy week for harbour traders, with at least seven firms due to report their results."
    outcome = parse_text("\n".join((caption, caption, lead, SECOND, WA)) + "\n")
    assert isinstance(outcome, Quarantined), outcome


def test_a_finished_alt_text_over_a_credited_caption_with_no_dateline_is_left_out() -> None:
    # Finished, in a standfirst's length, naming no day, over a caption whose credit is glued in brackets to its
    # stop, with no dateline under them: the image's alt text (or a standfirst), neither caption nor body.
    alt_text = "Close-up of a bronze statue of a judge holding scales outside the old courthouse."
    caption = "The ruling could change how reporters protect their sources.(City News: Jane Tan)"
    lead = (
        "A reporter who refused to name a source faces up to two years in jail, in a case heard almost entirely "
        "behind closed doors."
    )
    article = _parse("Reporter faces jail over source", alt_text, caption, lead, SECOND, WA)
    assert [(c.text, c.credit) for c in article.captions] == [(caption[:-21], "City News: Jane Tan")]
    assert article.body_paragraphs == (lead, SECOND)
    # Under the page's date stamp with its dates left out ("Posted , updated"): page chrome, the same photo.
    short_alt = "A map of the court district."
    stamped = _parse("Reporter faces jail over source", "Posted , updated", short_alt, caption, lead, SECOND, WA)
    assert stamped.captions == article.captions and stamped.body_paragraphs == (lead, SECOND)
    # A first paragraph that says when ("on Monday") is the lead, the photo under it one inside the article.
    told = "A reporter who refused to name a source was jailed for two years on Monday."
    dated = _parse("Reporter jailed over source", told, caption, lead, SECOND, WA)
    assert dated.body_paragraphs[0] == told and told not in [c.text for c in dated.captions]


@pytest.mark.parametrize("opening", ["Norway's fishing minister", "Fishing minister Ola Berg"])
def test_an_images_alt_text_stripped_of_punctuation_over_its_caption_is_left_out(opening: str) -> None:
    # The alt text is the caption without its punctuation, even an apostrophe in the first words.
    caption = f"{opening} speaks to reporters at the harbour, in Bergen, Norway, May 2, 2021. Jane Doe/Handout via AP"
    alt_text = caption.replace("'", "").replace(",", "").replace("/", "")
    article = _parse("Quota talks stall", alt_text, caption, LEAD, SECOND, WA)
    assert [c.credit for c in article.captions] == ["Jane Doe/Handout via AP"]
    assert article.body_paragraphs == (LEAD, SECOND)


def test_chrome_under_a_photo_is_neither_caption_nor_body() -> None:
    article = _parse(
        "Ferry terminal to reopen after repairs",
        "Passengers wait at the old ferry terminal. (Photo: Ali Omar)",
        "Listen",
        "3 min",
        "GEORGE TOWN: The terminal will reopen on Monday, the operator said.",
    )
    assert [c.text for c in article.captions] == ["Passengers wait at the old ferry terminal."]
    assert article.body_paragraphs == ("GEORGE TOWN: The terminal will reopen on Monday, the operator said.",)


def test_a_related_stories_heading_ends_the_article() -> None:
    article = _parse(
        "Ferry terminal to reopen after repairs",
        "GEORGE TOWN: The terminal will reopen on Monday, the operator said.",
        "Repairs cost RM2mil.",
        "RELATED STORIES",
        "Island hawkers get one-off aid as tourist numbers fall short of the forecast for the year.",
    )
    assert article.body_paragraphs == (
        "GEORGE TOWN: The terminal will reopen on Monday, the operator said.",
        "Repairs cost RM2mil.",
    )


def test_lower_case_keywords_inside_the_body_are_an_inline_photos_alt_text() -> None:
    article = _parse(
        "Ferry terminal to reopen after repairs",
        "GEORGE TOWN: The terminal will reopen on Monday, the operator said.",
        "ferry terminal penang repairs",
        "Repairs cost RM2mil.",
    )
    assert article.body_paragraphs == (
        "GEORGE TOWN: The terminal will reopen on Monday, the operator said.",
        "Repairs cost RM2mil.",
    )


@pytest.mark.parametrize(
    ("under", "kept"),
    [
        ("Villagers wade through the water after the river burst its banks", False),  # no stop: the caption
        ("Relief efforts", True),  # a few words: a subheading over the paragraphs under it
        ("Volunteers carried sandbags along the flooded riverbank road.", True),  # a stop: a paragraph of the article
    ],
)
def test_an_unfinished_sentence_under_an_inline_photos_keywords_is_its_caption(under: str, kept: bool) -> None:
    article = _parse(
        "River bursts its banks after week of rain",
        "Riverton: The river burst its banks on Sunday, the district office said.",
        "Hundreds of homes in the low-lying villages were cut off by the water.",
        "riverton flood wire",
        under,
        "Officials said the water would take days to recede.",
    )
    assert (under in article.body_paragraphs) is kept
    assert "riverton flood wire" not in article.body_paragraphs


def test_caption_under_the_headlines_alt_text_and_a_place_printed_apart() -> None:
    # The headline printed again (a photo's alt text), the photo's caption, chrome, then "Singapore:" alone.
    article = _parse(
        "Ferry terminal to reopen after repairs",
        "The terminal closed in May after a fire.",
        "Share",
        "Ferry terminal to reopen after repairs",
        "Passengers waiting at the old ferry terminal in May.",
        "Listen",
        "Singapore:",
        "The terminal will reopen on Monday, the operator said.",
    )
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Passengers waiting at the old ferry terminal in May.", None)
    ]
    assert article.dateline == "Singapore"
    assert article.body_paragraphs == ("The terminal will reopen on Monday, the operator said.",)


def test_the_lead_after_the_headlines_repeat_is_body_when_no_dateline_follows() -> None:
    article = _parse(
        "Ferry terminal to reopen after repairs",
        "Ferry terminal to reopen after repairs",
        "The terminal closed in May after a fire gutted its main hall, the operator said on Friday.",
        "Repairs cost RM2mil.",
    )
    assert article.captions == ()
    assert article.body_paragraphs[0].startswith("The terminal closed in May")


def test_a_caption_glued_twice_to_the_first_paragraph_is_a_caption() -> None:
    caption = "Passengers wait at the old ferry terminal — file pic"
    article = _parse(
        "Ferry terminal to reopen after repairs",
        f"{caption}{caption}GEORGE TOWN, May 3 — The terminal will reopen on Monday, the operator said.",
        "Repairs cost RM2mil.",
    )
    assert [(c.text, c.credit) for c in article.captions] == [("Passengers wait at the old ferry terminal", "file pic")]
    assert article.body_paragraphs[0] == "GEORGE TOWN, May 3 — The terminal will reopen on Monday, the operator said."
    assert article.dateline == "GEORGE TOWN, May 3"


def test_a_caption_glued_once_to_the_first_paragraphs_dateline_is_a_caption() -> None:
    # Some sites print the dash as a horizontal bar (U+2015): in the dateline, the credit and the sign-off.
    article = _parse(
        "Ferry terminal to reopen after repairs",
        "Passengers wait at the old ferry terminal. — Picture courtesy of Penang Port Authority"
        "GEORGE TOWN, May 3 ― The terminal will reopen on Monday, the operator said.",
        "Repairs cost RM2mil. ― Bernama",
    )
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Passengers wait at the old ferry terminal.", "Picture courtesy of Penang Port Authority")
    ]
    assert article.body_paragraphs == (
        "GEORGE TOWN, May 3 ― The terminal will reopen on Monday, the operator said.",
        "Repairs cost RM2mil.",
    )
    assert (article.dateline, article.agency) == ("GEORGE TOWN, May 3", "Bernama")


def test_a_lead_naming_a_place_in_capitals_mid_sentence_is_not_a_glued_caption() -> None:
    lead = "The ferry operator said.PENANG PORT (Reuters) - officials met on Monday, said a photo by Jane Tan/Reuters."
    article = _parse("Ferry terminal to reopen after repairs", lead, SECOND)
    assert article.captions == () and article.body_paragraphs[0] == lead


def test_the_paragraph_above_a_briefings_first_section_label_is_a_photo_caption() -> None:
    article = _parse(
        "Market stories at 4pm",
        "Dealers watch the screens at a bank in Seoul. — AFP",
        "Energy",
        "Brent crude was 0.4% lower at US$70 per barrel at 3pm.",
        "Forex",
        "The ringgit was 0.1% firmer against the US dollar at 3pm.",
        "Top stories abroad",
        "Copper steady: Copper held near a two-month high on Tuesday. — Reuters",
        "Oil steady: Oil held near a one-month high on Tuesday. — Reuters",
        WA,
    )
    assert [(c.text, c.credit) for c in article.captions] == [("Dealers watch the screens at a bank in Seoul.", "AFP")]
    assert article.body_paragraphs[0] == "Energy" and article.agency is None


def test_a_long_paragraph_above_a_wire_briefings_first_section_label_is_its_photos_caption() -> None:
    # Two sentences and no credit would be kept as body elsewhere; above a briefing's labels they name its photo.
    caption = (
        "Palm oil futures slipped in early trade on Wednesday, falling to RM3,910 a tonne by noon on thin volumes. "
        "On Tuesday the contract had gained 2 percent on hopes of stronger demand from buyers in India and Pakistan"
    )
    items = ("Energy", "Brent crude was 0.4% lower at US$70 per barrel at 3pm.", "Forex", "Ringgit flat at 4.20.")
    wire = ("Top stories abroad", "Copper steady: Copper held near a two-month high on Tuesday. — Reuters")
    article = _parse("Market stories at 4pm", caption, *items, *wire, WA)
    assert [c.text for c in article.captions] == [caption] and article.body_paragraphs[0] == "Energy"
    # The same page with no wire's sign-off under its labels: a feature's subheadings, the paragraph stays body.
    feature = _parse("Market stories at 4pm", caption, *items, "Top stories abroad", "Copper held steady.", WA)
    assert feature.captions == () and feature.body_paragraphs[0] == caption


def test_subheadings_of_a_feature_do_not_make_its_lead_a_caption() -> None:
    article = _parse(
        "The last boat builders",
        "The sound of a hand plane carries across the water long before you reach the workshop.",
        "Early days",
        "He learned the trade from his father at 12, he said.",
        "Hard times",
        "Orders fell when fibreglass boats arrived in the 1990s.",
        WA,
    )
    assert article.captions == () and len(article.body_paragraphs) == 5


def test_a_promo_block_keeps_its_label_and_billing_lines_in_words_of_its_own() -> None:
    article = _parse(
        "Ferry terminal to reopen after repairs",
        "GEORGE TOWN: The terminal will reopen on Monday, the operator said.",
        "Limited-time deal:",
        "Monthly Plan",
        "RM14.50/month",
        "Charged RM4/month for the first 6 months, then RM14.50 a month.",
        "Annual Plan",
        "RM11.95/month",
        "Repairs cost RM2mil.",
        WA,
    )
    assert article.body_paragraphs == (
        "GEORGE TOWN: The terminal will reopen on Monday, the operator said.",
        "Repairs cost RM2mil.",
    )
    # A sentence with a price outside any promo block is body text.
    plain = _parse("Fares rise", "GEORGE TOWN: Fares go up to RM14.50 a month from June, the operator said.", WA)
    assert len(plain.body_paragraphs) == 1


def test_a_flagged_dek_above_the_dateline_is_neither_caption_nor_body() -> None:
    article = _parse(
        "Senators back the ferry plan",
        "(UPDATED) Senators say the plan is nothing unusual, saying past governments did the same",
        "MANILA, Philippines (UPDATED) – Senators backed the ferry plan on Monday.",
        SECOND,
        WA,
    )
    assert article.captions == ()
    assert article.body_paragraphs[0].startswith("MANILA, Philippines (UPDATED) –")
    assert (article.dateline, article.agency) == ("MANILA, Philippines", None)


def test_a_dek_in_the_leads_own_words_is_neither_caption_nor_body() -> None:
    article = _parse(
        "Two men charged over ferry protest",
        "The city police on June 15 charged two men with disturbing public order at the ferry terminal.",
        "Protesters at the ferry terminal on June 10. (Source: citypolice.example)",
        "HCM City (VNA) – The city police on June 15 charged two men with disturbing publicorder at the terminal.",
        SECOND,
        WA,
    )
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Protesters at the ferry terminal on June 10.", "Source: citypolice.example")
    ]
    assert article.body_paragraphs[0].startswith("HCM City (VNA) –") and article.dateline == "HCM City"


def test_a_local_copys_dateline_alone_on_its_line_opens_the_lead() -> None:
    caption = "A policeman on patrol near the blast site in the city centre on Friday. PHOTO: WIRE"
    lead = (
        "Officers detained three men suspected of planning the attack in a raid at dawn and searched for others on "
        "Friday, a day after the blasts in the city centre."
    )
    article = _parse(
        "Police arrest three after city blasts",
        caption,
        "RIVERTON:",
        lead,
        SECOND,
        WA,
    )
    assert article.body_paragraphs[0] == f"RIVERTON: {lead}"
    assert article.dateline == "RIVERTON"
    # a line ending in a colon that names no place (a speaker's cue) stays as it stands
    article = _parse("Police arrest three after city blasts", LEAD, SECOND, "The chief said:", LEAD.upper(), WA)
    assert "The chief said:" in article.body_paragraphs


def test_an_unfinished_sentence_under_a_credited_caption_over_the_dateline_lead_is_a_dek() -> None:
    caption = "CLEAN-UP. Residents clear debris in Riverton after the storm on 17 May 2021."
    dek = "Nearly all of the victims were in the hill villages since thousands of coastal families left before it hit"
    lead = "RIVERTON, Atlantis – The council will pay cash aid to the relatives of each of the 15 people who died."
    article = _parse(
        "Riverton to give aid to families of storm victims", f"{caption} Jane Tan/Herald", dek, lead, SECOND
    )
    assert article.captions == (Caption(caption, "Jane Tan/Herald"),)
    assert article.body_paragraphs == (lead, SECOND)
    # under an uncredited caption the line stays as it was read (a second photo's caption)
    article = _parse("Riverton to give aid to families of storm victims", caption, dek, lead, SECOND)
    assert Caption(dek, None) in article.captions


def test_a_caption_opening_with_a_label_in_capitals_is_no_print_lead() -> None:
    # "HIGH AND DRY Farmers ..." reads like a print lead in capitals, but its photo credit makes it a caption.
    caption = "HIGH AND DRY Farmers inspect a cracked paddy field in Kedah on Sunday afternoon. NOOR AZMAN / HERALD"
    article = _parse("Kedah farmers count losses as dry spell drags on", caption, LEAD, SECOND, WA)
    assert article.captions == (
        classify.Caption(
            "HIGH AND DRY Farmers inspect a cracked paddy field in Kedah on Sunday afternoon.", "NOOR AZMAN / HERALD"
        ),
    )
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_wire_lead_without_its_place_gives_the_article_its_agency() -> None:
    lead = "(AFP) — Floods have cut the main road to the border town, officials said on Monday."
    article = _parse("Floods cut road to border town", lead, SECOND, WA)
    assert (article.dateline, article.agency, article.body_paragraphs) == (None, "AFP", (lead, SECOND))


def test_a_wire_lead_without_its_place_anchors_the_body_under_an_uncredited_caption() -> None:
    caption = "Farmers walk along a flooded road near the border town on Monday, in this image taken from a video."
    lead = "(Reuters) - Floods have cut the main road to the border town, officials said on Monday."
    article = _parse("Floods cut road to border town", "• World", caption, lead, SECOND, WA)
    assert (article.agency, article.captions, article.body_paragraphs) == (
        "Reuters",
        (Caption(caption, None),),
        (lead, SECOND),
    )


@pytest.mark.parametrize(
    "lines",
    [
        # A site's menu, then dek bullets, a byline and a date under the headline: no article.
        (
            "Sections",
            "RIVERSIDE DAYBREAK",
            "Opinion",
            "Travel",
            "Ferry operators agree to share the cost of a new jetty",
            "– Four operators will pay for the jetty at the river mouth",
            "– Work is expected to start after the monsoon",
            "Nur Aisyah Kamal",
            "Updated: 9:40am, 3 Jun, 2025",
        ),
        # A premium teaser: a label and a sentence to subscribers.
        (
            "Why the new ferry jetty is a year late",
            "By Ali Omar",
            "PREMIUM",
            "This analysis is open only to Riverside Plus subscribers.",
        ),
        # A video page: its duration, credit and tags.
        ("Watch: Ferry service resumes after the storm", "Duration 02:10", "Video: Riverside Times", "Tags: ferry"),
    ],
)
def test_a_headline_without_a_sentence_of_article_has_no_body(lines: tuple[str, ...]) -> None:
    outcome = parse_text("\n".join(lines) + "\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_body", outcome


def test_one_long_paragraph_cut_off_by_the_scrape_is_a_body() -> None:
    cut = f"{LEAD[:-1]}, adding that {SECOND[0].lower()}{SECOND[1:-1]} and that more"  # no sentence end
    assert _parse("Police arrest three over break-ins", cut).body_paragraphs == (cut,)


def test_an_audio_button_between_the_photo_and_the_lead_is_skipped() -> None:
    caption = "Shoppers queue outside a bakery in Cheras on Saturday."
    article = _parse("Bakeries run short of flour", caption, "Listen to this article", LEAD, SECOND, WA)
    assert article.body_paragraphs == (LEAD, SECOND) and [c.text for c in article.captions] == [caption]


def test_a_letters_first_person_opening_is_no_uncredited_caption() -> None:
    # No dateline and a short first paragraph with a participle: a caption's grammar, but "I" writes it.
    first = "I REFER to the report on soaring parking fees around the hospitals."
    second = (
        "As a caregiver who drives my mother to her appointments every week, I now pay twice what I paid last year."
    )
    article = _parse("Parking fees hurt caregivers", first, second, WA)
    assert (article.captions, article.body_paragraphs) == ((), (first, second))


def test_a_caption_in_capitals_printed_again_over_two_lines_is_no_print_lead() -> None:
    caption = "RISING WATERS Residents carry their belongings through a flooded street in Barangay Lapaz, Iloilo."
    lead = "ILOILO CITY, Philippines — Floodwaters forced hundreds of families from their homes, officials said."
    article = _parse(
        "Floods drive hundreds from homes in Iloilo",
        caption,
        "RISING WATERS Residents carry their belongings through a flooded street in Barangay",
        "Lapaz, Iloilo.",
        lead,
        SECOND,
        WA,
    )
    assert article.captions == (classify.Caption(caption, None),)
    assert (article.dateline, article.body_paragraphs) == ("ILOILO CITY, Philippines", (lead, SECOND))


def test_a_caption_saved_as_asterisk_marked_lines_is_one_caption() -> None:
    lead = "Nearly 2,000 residents of three coastal villages were moved to school shelters on Monday as the river rose."
    article = _parse(
        "Villagers moved to shelters as river rises",
        "Published Jan 8, 2024 06:10 am",
        lead,
        "*Rescuers ferry an elderly woman across a flooded lane in",
        "*",
        "*Barangay Lawa, Calamba City. (Photo courtesy of Calamba DRRMO)",
        "*",
        SECOND,
        WA,
    )
    assert article.captions == (
        classify.Caption(
            "Rescuers ferry an elderly woman across a flooded lane in Barangay Lawa, Calamba City.",
            "Photo courtesy of Calamba DRRMO",
        ),
    )
    assert article.body_paragraphs == (lead, SECOND)


def test_a_list_bulleted_with_asterisks_is_no_caption_block() -> None:
    items = ("* Roads closed in three districts", "* Schools shut until Friday")
    assert classify._asterisk_blocks_joined(["Headline", *items, LEAD]) == ["Headline", *items, LEAD]


@pytest.mark.parametrize(
    "notice",
    [
        "This article is no longer available.",
        "Sorry, the page you are looking for could not be found.",
        "The story you requested has been removed.",
        "Page not found",
        "Sorry, the article you were looking for has been moved.",
    ],
)
def test_a_removed_storys_notice_leaves_no_article(notice: str) -> None:
    outcome = parse_text("\n".join(["Harbour Ledger", "Port plans new terminal", notice, "Return to the homepage."]))
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_body"


def test_a_sentence_about_a_story_is_no_removed_storys_notice() -> None:
    assert classify.kind_of("The story has been widely shared online since Monday, officials said.") == classify.BODY


def test_an_agencys_boilerplate_under_its_sign_off_is_not_body() -> None:
    article = _parse(
        "Ipoh to widen two trunk roads",
        "IPOH, May 2 (Bernama) -- The state will widen two trunk roads into the city by next year.",
        SECOND,
        "-- BERNAMA",
        "BERNAMA runs a newswire in four languages for readers at home and abroad.",
    )
    assert article.body_paragraphs == (
        "IPOH, May 2 (Bernama) -- The state will widen two trunk roads into the city by next year.",
        SECOND,
    )
    assert article.agency == "Bernama"


def test_furniture_under_the_article_ends_it_and_above_it_is_dropped() -> None:
    below = _parse(
        "Break-ins in Cheras",
        LEAD,
        SECOND,
        "Printed in The Morning Ledger, July 9th, 2020",
        "Farid Osman writes on crime and the courts for the paper.",
        "Comments (3)",
    )
    assert below.body_paragraphs == (LEAD, SECOND)
    above = _parse("Break-ins in Cheras", "Comments (3)", LEAD, SECOND, WA)
    assert above.body_paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize(
    "last",
    [
        "(The article above came from a syndicated feed and was not edited by our staff.)",
        "Penang / transport / ferries",
        "Nur Aisyah Rahman",
        "Published - June 3, 2024 09:15 am IST",
    ],
)
def test_furniture_on_the_last_line_is_not_body(last: str) -> None:
    assert _parse("Break-ins in Cheras", LEAD, SECOND, last).body_paragraphs == (LEAD, SECOND)


def test_the_agency_of_the_dateline_alone_on_the_last_line_is_a_sign_off() -> None:
    lead = "Da Nang (VNA) – The city will plant 5,000 mangrove trees along its river banks this year."
    article = _parse("Da Nang to plant mangroves", lead, SECOND, "VNA")
    assert article.body_paragraphs == (lead, SECOND)
    assert article.agency == "VNA"


@pytest.mark.parametrize(
    ("wire", "agency"),
    [("VNA", "VNA"), ("Kyodo", "Kyodo"), ("REUTERS", "Reuters"), ("AP", "AP"), ("Bloomberg", "Bloomberg")],
)
def test_a_wires_name_alone_under_the_last_paragraph_is_its_sign_off(wire: str, agency: str) -> None:
    # No dateline names the wire: the name on a line of its own under the article signs it off.
    lead = "Pepper shipments climbed by a tenth over the spring months, port officials told reporters on Tuesday."
    article = _parse("Pepper shipments climb", lead, SECOND, wire)
    assert article.body_paragraphs == (lead, SECOND)
    assert article.agency == agency
    # A writer's initials there are no wire's name.
    assert _parse("Pepper shipments climb", lead, SECOND, "JT").agency is None


def test_a_pull_quote_printed_again_with_its_attribution_is_not_body() -> None:
    quoted = "“We will keep the shops shut until the power stays on,” said trader Lim Ah Kow."
    article = _parse(
        "Traders threaten to close shops",
        LEAD,
        "“We will keep the shops shut until the power stays on.”",
        SECOND,
        quoted,
        WA,
    )
    assert article.body_paragraphs == (LEAD, SECOND, quoted)


def test_a_link_to_another_story_inside_the_body_is_not_body() -> None:
    article = _parse("Break-ins in Cheras", LEAD, "Related news: Council to review parking fees", SECOND, WA)
    assert article.body_paragraphs == (LEAD, SECOND)


def test_an_ad_slot_under_the_lead_does_not_make_the_lead_a_standfirst() -> None:
    lead = "Kota Belud's weekly market will open until 9pm on Saturdays from next month, the district office said."
    article = _parse("Tamu to open late", "By ALI HASSAN", "March 3, 2024", lead, "ADVERTISEMENT", SECOND, WA)
    assert article.body_paragraphs == (lead, SECOND)


def test_a_google_news_prompt_after_the_signed_off_paragraph_is_furniture() -> None:
    last = "More than 8,000 households have registered so far, he said. - Bernama"
    article = _parse("Rebate scheme opens", LEAD, last, "Stay informed - Follow The Ledger on Google News", WA)
    assert (article.body_paragraphs[-1], article.agency) == (last.removesuffix(" - Bernama"), "Bernama")
    assert classify.kind_of("Google News shows the story was shared widely, the minister said.") == classify.BODY


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Try our new audio version of this article.", classify.DROP),
        ("The voice you hear is generated by an AI tool.", classify.DROP),
        ("The voice of the fishermen must be heard, he said.", classify.BODY),
        ("Try the new night market on Jalan Sultan, residents said.", classify.BODY),
    ],
)
def test_an_audio_players_notice_is_furniture(line: str, kind: int) -> None:
    assert classify.kind_of(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Powered by automated translation", classify.DROP),
        ("This article was machine translated by AI. Read the original.", classify.DROP),
        ("Translated by Jane Tan", classify.BODY),  # a translator's credit: not the machine's notice
        ("The ruling was translated by a court interpreter for the accused.", classify.BODY),
    ],
)
def test_a_machine_translations_notice_is_furniture(line: str, kind: int) -> None:
    assert classify.kind_of(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("To enable the text-to-speech reader, accept our cookies in the banner.", classify.DROP),
        ("Text-to-speech: listen to this story", classify.DROP),
        ('[speech_reader_button voice="UK English Male"]', classify.DROP),
        ("[tts_player]", classify.DROP),
        ("[ANALYSIS] The harbour's new toll will cost ferry firms more than they say.", classify.BODY),
        ("To activate the new dam, engineers must first drain the old channel, officials said.", classify.BODY),
    ],
)
def test_a_text_to_speech_widget_is_furniture(line: str, kind: int) -> None:
    assert classify.kind_of(line) == kind


def test_a_consent_banners_heading_under_the_article_ends_it() -> None:
    notice = "The Ledger uses tracking technologies to give readers a better experience. Click here to read more."
    article = _parse("Rebate scheme opens", LEAD, SECOND, "We value your privacy.", notice, "10.0.0.1")
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_summary_box_above_the_photo_and_lead_is_no_body() -> None:
    caption = "Volunteers restock the shelves of the reopened shop. (Supplied: Town Co-operative)"
    items = ("The shop closed in May when its owners retired", "Locals bought 600 shares at $150 each")
    article = _parse("Town saves its only shop", "Key points:", *items, caption, LEAD, SECOND, WA)
    assert article.captions == (
        classify.Caption("Volunteers restock the shelves of the reopened shop.", "Supplied: Town Co-operative"),
    )
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_summary_box_under_the_lead_is_no_body() -> None:
    third = "Shoppers said the reopened shop was busier than it had been in years."
    items = ("The shop closed in May when its owners retired", "Locals bought 600 shares at $150 each")
    # the heading with the first point on its line, the other points under it
    article = _parse("Town saves its only shop", LEAD, f"Key points: {items[0]}", items[1], SECOND, third, WA)
    assert article.body_paragraphs == (LEAD, SECOND, third)
    # under the second paragraph, the points as bullets, one running longer than a label
    long_point = (
        "“We could not let the last shop in the valley close its doors for good,” says the co-operative's new chair"
    )
    article = _parse(
        "Town saves its only shop", LEAD, SECOND, "Key points:", *(f"• {p}" for p in (*items, long_point)), third, WA
    )
    assert article.body_paragraphs == (LEAD, SECOND, third)
    # the article's own list under a heading in other words stays
    rules = ("Shares are capped at ten for each household", "Members elect the board every two years")
    article = _parse("Town saves its only shop", LEAD, "The co-operative's rules:", *rules, SECOND, WA)
    assert article.body_paragraphs == (LEAD, "The co-operative's rules:", *rules, SECOND)


def test_a_summary_box_of_bulleted_sentences_over_the_lead_is_no_body() -> None:
    lead = "The ferry service was halted on Friday night after an engine failure left a vessel adrift, officials said."
    second = "Coast guard boats reached the vessel within an hour and towed it back to the terminal, a spokesman said."
    third = "The operator said it would inspect the rest of its fleet before crossings resume on Monday."
    points = (
        "  • The ferry was towed back to port at about 9pm, after its engine failed.",
        "  • No one was hurt. Passengers were taken home by bus.",
    )
    # a heading of five words over points that are full sentences, each set with a bullet
    article = _parse("Ferry towed back to port", "Here is what we know:", *points, lead, second, third)
    assert article.body_paragraphs == (lead, second, third)
    # the same box under the photo's credited caption
    caption = "The ferry at the terminal after it was towed back on Friday night. PHOTO/FILE"
    article = _parse("Ferry towed back to port", caption, "Here is what we know:", *points, lead, second, third)
    assert article.body_paragraphs == (lead, second, third)
    # one bulleted line under the heading is no box
    assert classify._summary_box_end(["Here is what we know:", points[0].strip(), lead, second]) is None


def test_a_briefings_opening_line_and_section_labels_are_no_summary_box() -> None:
    labels = ("Energy", "Forex", "Oil rose 2% on Monday.")
    assert classify._summary_box_end(["Top stories today:", *labels]) is None


def test_a_photo_credit_alone_over_a_reported_lead_is_no_caption() -> None:
    lead = "The ferry service will add two night crossings from next month, the port authority said yesterday."
    second = "Ferries now stop at 10pm. The new trips leave at 11pm and midnight, officials said."
    article = _parse(
        "Ferries to run later from next month", "By Ali Omar", "Photo: Harbour Daily/File", lead, second, WA
    )
    assert (article.captions, article.body_paragraphs) == ((), (lead, second))


def test_a_photo_credit_alone_over_a_lead_longer_than_any_caption_is_no_caption() -> None:
    # The lead tells what happened without reporting anyone's words: its length says it is no caption.
    lead = (
        "Two men in the port town cut down several road signs overnight and planned to sell the metal for scrap. "
        "A patrol saw them with saws and a pick-up truck on the coast road near the old market. "
        "Officers arrested one of the men, 31, at the scene, and the other fled on foot towards the beach. "
        "The signs have since been put back, and the council will fit them with stronger bolts next month "
        "in every ward of the district."
    )
    second = "The town has had a run of petty thefts this year, from bicycles to drain covers."
    article = _parse("Thieves take road signs for scrap", "Photo by Coast Police.", lead, second, WA)
    assert (article.captions, article.body_paragraphs) == ((), (lead, second))


def test_one_sentence_under_a_headline_with_its_time_stamp_over_it_is_the_standfirst() -> None:
    # The time stamp printed over the headline: that layout sets its photos in the story, so the sentence between
    # the headline and the lead in capitals is the standfirst, neither a photo's caption nor body.
    lead = "HUNDREDS of families packed the riverside park on Saturday for the town's first lantern walk in years."
    second = "The walk began at dusk at the old jetty and ended at the clock tower two hours later."
    stamp = ("Published: Monday March 3, 2014 MYT 9:00:00 AM", "Updated: Monday March 3, 2014 MYT 11:20:05 AM")
    standfirst = "A small town rediscovers an old tradition on a warm night by the water."
    article = _parse(*stamp, "Lanterns light up the river", standfirst, lead, second, WA)
    assert article.title == "Lanterns light up the river"
    assert (article.captions, article.body_paragraphs) == ((), (lead, second))


def test_a_photo_gallery_link_under_the_headline_is_no_caption() -> None:
    article = _parse("Polls close, counting begins", "Photo Gallery", LEAD, SECOND, WA)
    assert (article.captions, article.body_paragraphs) == ((), (LEAD, SECOND))


def test_a_labelled_photo_credit_alone_over_a_lead_of_a_leads_length_is_no_caption() -> None:
    # 'Photo: X' on a line of its own credits one photo printed without a caption: the finished paragraph of a
    # lead's length under it (shorter than the longest captions, reporting no one) opens the body.
    lead = (
        "The river town's night market, famed for its grilled fish and coconut sweets, is moving to a covered lot "
        "beside the old bus station in March. The move will give its stalls a roof for the monsoon months."
    )
    second = "Traders have been asking for shelter since the floods of two years ago."
    article = _parse("Night market finds a new home", "Photo: Harbour Daily/File", lead, second, WA)
    assert (article.captions, article.body_paragraphs) == ((), (lead, second))
    # a photo's caption under the same credit places or shows what the photo holds: still the photo's
    caption = (
        "Stallholders Jane Tan (left) and Mei Lin setting up their tables at the river town's night market, which "
        "is moving to a covered lot beside the old bus station in March after years in the open air by the river."
    )
    article = _parse("Night market finds a new home", "Photo: Harbour Daily/File", caption, lead, second, WA)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "Photo: Harbour Daily/File")]


def test_a_credited_caption_under_the_headline_over_the_byline_is_the_photos() -> None:
    caption = "Voters queue at a polling station at dawn. – EPA pic, March 3, 2024."
    article = _parse("Why every vote counts", caption, "* Column by Jo Lim", PRINT_LEAD, SECOND, WA)
    assert [(c.text, c.credit) for c in article.captions] == [(caption[:42], "EPA pic, March 3, 2024")]
    assert article.body_paragraphs == (PRINT_LEAD, SECOND) and article.section is None


def test_a_caption_printed_cut_then_whole_with_its_credit_is_recorded_once() -> None:
    whole = (
        "(From left) The national coach and two of his midfielders chat with the hosts of a morning radio show "
        "(not pictured) at the station's studio before the derby. They were promoting Friday's match at the stadium."
    )
    lead = "Even after a run of defeats, the coach believes his young side can win the regional cup next month."
    article = _parse("Coach confident before derby", whole[:180], f"{whole} CITY PHOTO: JO LIM", lead, SECOND, WA)
    assert [(c.text, c.credit) for c in article.captions] == [(whole, "CITY PHOTO: JO LIM")]
    assert article.body_paragraphs == (lead, SECOND)


def test_a_credit_in_square_brackets_on_a_line_under_its_caption() -> None:
    caption = "A view of the court house in the capital, where the appeal was heard."
    lead = "In a landmark ruling on Tuesday, the court freed seven prisoners and cut the terms of four others."
    article = _parse("Court cuts sentences", "By Jo Lim", caption, "[J. Tan/City News]", lead, SECOND, WA)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "J. Tan/City News")]
    assert article.body_paragraphs == (lead, SECOND)


def test_a_credit_for_several_photos_keeps_its_quoting_caption() -> None:
    caption = "Mak Limah says she has baked the same cakes for forty years."
    body = "In a lane behind the market, the smell of pandan drifts from a row of small kitchens every morning."
    article = _parse("Keeping old recipes alive", "Photos By JANE TAN", caption, body, SECOND, WA)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "Photos By JANE TAN")]


def test_a_paragraph_under_a_photo_credit_alone_is_the_lead_when_the_next_is_no_longer() -> None:
    # A caption is shorter than the lead under it; a finished paragraph no shorter than the one under it, with no
    # dateline or print lead to anchor the body, is the article's first paragraph, not the photo's caption.
    lead = "More than 200 runners crossed the hills above the town on Sunday for the region's first trail race."
    second = "The field was the biggest since the race began, with entrants from four states."
    article = _parse("Trail race draws record field", "Photos By JANE TAN", lead, second, WA)
    assert article.captions == () and article.body_paragraphs == (lead, second)


def test_a_town_in_title_case_before_a_colon_opens_the_lead_when_no_other_dateline_is_there() -> None:
    lead = (
        "Mysuru: A python found coiled in a school's storeroom was caught and released into a forest, officials said."
    )
    second = "Teachers spotted the snake when they opened the room before classes on Monday morning."
    article = _parse("Python Found In School Storeroom, Released Into Forest", "Read Time: 1 min", lead, second, WA)
    assert (article.captions, article.dateline, article.body_paragraphs) == ((), "Mysuru", (lead, second))


@pytest.mark.parametrize(
    "caption",
    [
        "Fresh start: The rebuilt school was handed back to its teachers on Friday.",  # a phrase in lower case
        "Battered: A house left without its roof after the storm in Kampung Seri.",  # no finite verb
        "Relieved: The family was reunited with its dog after three days apart.",  # a participle for a label
    ],
)
def test_a_star_labelled_caption_without_a_dateline_stays_a_caption(caption: str) -> None:
    body = "Schools in the district reopened this week after repairs that took most of the holidays to finish."
    article = _parse("Schools reopen after repairs", caption, body, SECOND, WA)
    assert [c.text for c in article.captions] == [caption] and article.dateline is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # Headings and prompts under the article on other sites' pages.
        ("Related Posts", classify.CHROME),
        ("Related Tags", classify.CHROME),  # a heading over the topic links, the page's rails under them
        ("Comments - 3", classify.TAIL),
        ("Post comment", classify.TAIL),
        ("KEYWORDS", classify.TAIL),
        ("Keywords: ferries, Penang, fares", classify.TAIL),
        ("What do you think?", classify.TAIL),
        ("Share your thoughts with our letters desk.", classify.TAIL),
        ("Published in the print edition, March 4th, 2021", classify.TAIL),
        # A wire desk's end-of-story marker.
        ("(ENDS)", classify.TAIL),
        ("- END -", classify.TAIL),
        ("Enditem/KL", classify.TAIL),
        ("###", classify.TAIL),
        ("End of Article", classify.TAIL),  # a page's own marker
        # Furniture dropped wherever it sits.
        ("Like this:", classify.DROP),
        ("Stay updated - Follow our channel for breaking news!", classify.DROP),
        ("FOLLOW US ON SOCIAL MEDIA", classify.DROP),
        ("Follow The Ledger North on Facebook and X. Send your story ideas to: north@example.com", classify.DROP),
        # a promo closed by its call to act, a sentence of its own
        ("Catch every match live, only on the Ledger app. Explore now!", classify.DROP),
        ("Win big this weekend! Sign up on our partner's site and get free bets. Register now!", classify.DROP),
        (
            "Never miss a story! Follow The Ledger on Telegram for breaking news. Don't miss out – join today!",
            classify.DROP,
        ),
        ("Read full story", classify.DROP),
        ("Reading time: 4 minutes", classify.DROP),
        # Body sentences of the same words.
        ("Leave comments on the draft at the council's office, residents were told.", classify.BODY),
        ("What do you think of the plan, the minister asked the villagers.", classify.BODY),
        ("Keywords matter in search advertising, the agency said.", classify.BODY),
        ("Endangered turtles nest on the beach every June.", classify.BODY),
        ("End of the story, the mayor said: the bridge will be built.", classify.BODY),
        ("Follow the money on social media, the regulator told banks.", classify.BODY),
        ('"Register now!" the organisers told the crowd.', classify.BODY),
        ("The deadline is on Friday, so residents must register now!", classify.BODY),
        ("Published in the journal in 2019, the study tracked 400 farms.", classify.BODY),
    ],
)
def test_kind_of_tail_furniture_on_other_sites(line: str, kind: int) -> None:
    assert classify.kind_of(line) == kind


def test_the_writers_credit_in_brackets_under_the_article_is_not_body() -> None:
    assert _parse("Break-ins in Cheras", LEAD, SECOND, "(By Tan Mei Ling and Arif Hakim)").body_paragraphs == (
        LEAD,
        SECOND,
    )


@pytest.mark.parametrize(
    "note",
    [
        "The Borneo Ledger is funded by readers like you. Please back us today.",
        "Quality journalism takes time and money. Help us keep our reporters in the field.",
    ],
)
def test_an_appeal_to_readers_above_the_tail_is_not_body(note: str) -> None:
    article = _parse("Break-ins in Cheras", LEAD, SECOND, note, "Tags: crime, Cheras")
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_sentence_about_journalism_ending_the_article_is_body() -> None:
    last = "The union said it would keep defending our journalism against the new law."
    article = _parse("Break-ins in Cheras", LEAD, SECOND, last, "Tags: media, law")
    assert article.body_paragraphs == (LEAD, SECOND, last)


def test_the_authors_bio_above_the_tail_is_not_body() -> None:
    bio = "Farah Liyana Yusof reports on crime and the courts for the paper."
    article = _parse(
        "Break-ins in Cheras", "Farah Liyana Yusof", "June 3, 2024", LEAD, SECOND, bio, "What do you think?"
    )
    assert article.body_paragraphs == (LEAD, SECOND)
    # A sentence opening with a name the byline never printed is the article's.
    other = "Lim Chee Keong is expected to appear in court next week."
    article = _parse("Break-ins in Cheras", "Farah Liyana Yusof", "June 3, 2024", LEAD, SECOND, other, "Tags: crime")
    assert article.body_paragraphs == (LEAD, SECOND, other)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("View original story", classify.DROP),
        ("Show full article", classify.DROP),
        ("Follow the latest headlines live on our app", classify.DROP),
        ("Follow us on Instagram here.", classify.DROP),  # the invitation naming the network alone
        ("Follow us on Facebook", classify.DROP),
        ("Follow us on Facebook, the minister told the villagers, and you will hear first.", classify.BODY),
        ("Follow the rules on our roads, the police chief urged drivers.", classify.BODY),
    ],
)
def test_buttons_and_app_prompts_are_furniture(line: str, kind: int) -> None:
    assert classify.kind_of(line) == kind


def test_a_lead_opening_with_a_town_in_title_case_and_a_colon_gives_the_dateline() -> None:
    lead = (
        "Kandy: Hotel owners in the hill country say bookings for the festival season are running well ahead"
        " of last year."
    )
    caption = "Pilgrims climb the steps of a temple near the lake. AFP"
    assert _parse("Hill country hotels fill up", caption, lead, SECOND, WA).dateline == "Kandy"


def test_a_caption_printed_twice_on_one_line_in_the_caption_slot_is_one_caption() -> None:
    caption = (
        "Out of reach: Firemen hosing down the roof of a shophouse in Jalan Kenari."
        " — Photo courtesy of the Fire Department"
    )
    article = _parse(
        "Leave the fire to the firemen", caption + caption, "RESIDENTS of the street watched as ...", SECOND
    )
    assert [(c.text, c.credit) for c in article.captions] == [
        (
            "Out of reach: Firemen hosing down the roof of a shophouse in Jalan Kenari.",
            "Photo courtesy of the Fire Department",
        )
    ]
    assert article.body_paragraphs[0] == "RESIDENTS of the street watched as ..."


def test_a_columnists_box_under_the_article_is_no_body_and_its_name_printed_twice_is_no_tag() -> None:
    bio = "Lim Boon Keat writes on politics and has served the paper for 30 years. The views expressed are his own."
    with_whatsapp = _parse(
        "Give the police room", LEAD, SECOND, WA, "Lim Boon Keat", "Lim Boon Keat", bio, "Next In Columnists", "A"
    )
    assert with_whatsapp.tags == () and with_whatsapp.body_paragraphs == (LEAD, SECOND)
    without = _parse(
        "Give the police room", LEAD, SECOND, "Lim Boon Keat", "Lim Boon Keat", bio, "Next In Columnists", "A"
    )
    assert without.body_paragraphs == (LEAD, SECOND)
    # The name printed over the box once more is the box's heading, no tag; a tags line over the box is the tags.
    assert without.tags == ()
    tagged = _parse(
        "Give the police room", LEAD, SECOND, "Lim Boon Keat , Beat Notes", "Lim Boon Keat", "Lim Boon Keat", bio,
        "Next In Columnists", "A",
    )  # fmt: skip
    assert tagged.tags == ("Lim Boon Keat", "Beat Notes") and tagged.body_paragraphs == (LEAD, SECOND)
    once = _parse("Give the police room", LEAD, SECOND, "Lim Boon Keat", bio, "Next In Columnists", "A")
    assert once.tags == () and once.body_paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize(
    "standfirst",
    [
        "Closing the station gates at night raises questions. Have the police lost faith in their own safety?",
        "The council is likely to be reshuffled in June, and the mayor sounds cheerful about that.",
        "It is a habit rooted in our town's past, and we have had quite enough of it.",  # the writer's voice
        "Dozens have now left the valley – but the river has not yet reached its crest.",  # what is still to come
    ],
)
def test_a_columns_standfirst_above_the_print_lead_is_body_not_a_caption(standfirst: str) -> None:
    lead = "ON the eve of the holiday in 2017, a fire gutted the old police station in Kampung Baru, Petaling Jaya."
    article = _parse("Guarding the guards", "  • Nation", "  • Wednesday, 16 Mar 2011", standfirst, lead, SECOND)
    assert article.captions == ()
    assert article.body_paragraphs == (standfirst, lead, SECOND)


@pytest.mark.parametrize(
    "picture",
    [
        "Satellite image of the storm over the northern provinces",
        "Map showing the flooded river basin",
        "Aerial photo of the burnt hillside above the valley",
        "File picture of the forest reserve north of town",
        "Graphic shows how the smoke drifted over the border",
        "Photos of the fire front taken by rangers on Monday",
        "Image for illustration of the haze over the hills",
        "Maps of the fire zone across three districts",
    ],
)
def test_a_line_naming_its_picture_over_a_datelined_lead_is_a_caption_not_a_standfirst(picture: str) -> None:
    # Right under the headline, without a stop: a summary in a headline's words would be neither; one that opens
    # by naming the picture ("Satellite image of ...") is the photo's caption.
    lead = "HILLTOWN, 3 March 2031 (WIRE) – Villagers were told to stay indoors as smoke from forest fires drifted in."
    article = _parse("Hilltown on alert for haze", picture, lead, SECOND, WA)
    assert [(c.text, c.credit) for c in article.captions] == [(picture, None)]
    assert article.body_paragraphs == (lead, SECOND)


def test_a_labelled_caption_above_the_print_lead_is_a_caption_though_it_reads_as_a_standfirst() -> None:
    # "... will ..." reads like a column's standfirst, but a caption's label ("Name: ...", "Phrase: ...") opens it.
    lead = "TOWNSFOLK in the valley want the council to hear them out before its draft plan goes on show next month."
    for caption in (
        "Rahimah: Views from every kind of household will make the plan a fairer one.",
        "Room to grow: The new blocks will house some 2,000 families by the end of next year.",
    ):
        article = _parse("Residents want a say in the town plan", caption, lead, SECOND)
        assert [c.text for c in article.captions] == [caption]
        assert article.body_paragraphs == (lead, SECOND) and article.dateline is None


def test_a_labelled_caption_cut_short_above_the_print_lead_is_a_caption() -> None:
    # "Phrase label: ... with Mr" (the page cut the caption before its stop) over the print lead: the photo's caption,
    # though it runs to a second sentence; a writer's name in title case over a cut line is no caption's label.
    lead = "FOR years after the flood, the old market by the river stood empty and nobody in town would talk about it."
    caption = "Old ties: The coming vote is seen as a test of the river towns. Also shown are the mayor and Mr"
    article = _parse("Close to home", caption, lead, SECOND, WA)
    assert [c.text for c in article.captions] == [caption]
    assert article.body_paragraphs == (lead, SECOND)
    named = "Jane Tanaka: The coming vote is seen as a test of the river towns. Our councils are strong"
    assert _parse("Close to home", named, lead, SECOND, WA).captions == ()


def test_a_name_says_line_over_an_undated_lead_that_names_the_person_in_full_is_a_headshots_caption() -> None:
    # "Rosli Amin says ..." first under the headline, the article naming "Councillor Rosli Amin Hashim" below: the
    # headshot's caption; a lead reporting what someone says, with the name never printed longer, stays body
    caption = "Rosli Amin says the council must clear the drains before the rains."
    lead = "Riverside Municipal Council recorded 1,200 flood complaints in the first four months of the year."
    second = "Councillor Rosli Amin Hashim said five areas were at risk and urged residents to report blockages."
    article = _parse("Council races to clear drains", caption, lead, second, SECOND, WA)
    assert [c.text for c in article.captions] == [caption]
    assert article.body_paragraphs == (lead, second, SECOND)
    plain = "Rosli Amin says the council must clear the drains before the rains, as floods hit the town every year."
    told = "Rosli Amin said five housing areas were at risk and urged residents to report blockages."
    article = _parse("Council races to clear drains", plain, lead, told, SECOND, WA)
    assert article.captions == () and article.body_paragraphs[0] == plain


def test_a_photos_one_sentence_caption_above_the_print_lead_stays_a_caption() -> None:
    caption = "Old tyres lay stacked behind the village hall, waiting for the lorry to collect them."
    lead = "OF late, much has been written about plastic waste, so I thought I would write about old tyres instead."
    article = _parse("Tyres pile up", "  • Letters", "  • Saturday, 21 Jan 2017", caption, lead, SECOND)
    assert [c.text for c in article.captions] == [caption]


def test_a_caption_printed_twice_above_the_print_lead_is_a_caption_though_it_reads_as_a_standfirst() -> None:
    # "... can ..." reads like a column's standfirst, but a line printed twice is the photo's alt text and caption.
    caption = "A quiet lane of shophouses can feel like another century once the lorries have gone home!"
    lead = "IN THIS month's reader survey, we asked which old town you would most like to spend a weekend in."
    article = _parse("Old towns charm readers", "Friday, 7 March 2014", caption, caption, lead, SECOND)
    assert [c.text for c in article.captions] == [caption]
    assert article.body_paragraphs == (lead, SECOND)


def test_the_second_copy_of_a_caption_in_capitals_printed_twice_is_no_print_lead() -> None:
    # "SURNAME inspecting ..." reads like a print lead; printed twice over a dateline lead it is a photo's caption.
    caption = "MENDOZA inspecting a cracked seawall in the harbour town of Oton, west of the city. (Town hall page)"
    lead = "ILOILO CITY – More than 3,000 families were moved to evacuation centres after the tremor, officials said."
    article = _parse("Families moved after tremor", "Published Mar 12, 2024 09:40 am", caption, caption, lead, SECOND)
    assert article.body_paragraphs == (lead, SECOND)


def test_the_older_layout_column_name_over_date_lines_and_its_tags_line() -> None:
    # An older layout: the column's name, "Published:"/"Updated:" lines, the headline, the body, then the
    # site's own "Tags / Keywords:" line (its items are the tags; either separator may stand between them).
    article = _parse(
        "The Paper Says",
        "Published: Tuesday March 4, 2014 MYT 9:15:00 AM",
        "Updated: Tuesday March 4, 2014 MYT 11:02:41 AM",
        "Keep night drivers off the highways",
        LEAD,
        SECOND,
        "Tags / Keywords: Opinion, Editorial; road safety",
        "advertisement",
        "1. Another story entirely",
    )
    assert article.title == "Keep night drivers off the highways"
    assert article.body_paragraphs == (LEAD, SECOND)
    assert article.tags == ("Opinion", "Editorial", "road safety")


def test_a_title_case_headline_over_its_date_line_stays_the_headline() -> None:
    article = _parse("Floods Hit Kelantan", "Published: Tuesday March 4, 2014", LEAD, SECOND)
    assert article.title == "Floods Hit Kelantan"


def test_a_briefings_bullet_points_under_an_item_heading_are_body_not_meta() -> None:
    heading = "Port operator posts record quarter"
    points = (
        "  • The port operator posted a record net profit for the quarter, helped by higher container volumes.",
        "  • Its chief executive said throughput would keep rising as two new berths open in March.",
    )
    article = _parse("Business news summary for the week", heading, *points, "Ringgit ends week firmer", *points)
    assert article.body_paragraphs[:3] == (heading, points[0].strip(), points[1].strip())
    assert article.section is None


def test_summary_points_right_under_the_date_line_stay_out_of_the_body() -> None:
    points = (
        "* The network has grown with several new lines opening.",
        "* It has injected new momentum into the economy.",
    )
    article = _parse("Rail network keeps growing", "Source: Newswire", "2024-05-06 08:10:11", *points, LEAD, SECOND)
    assert article.body_paragraphs == (LEAD, SECOND) and article.captions == ()


def test_a_wire_photos_caption_opening_with_its_own_dateline_is_a_caption() -> None:
    caption = "SEPANG, 15 Mac -- Pemain negara (kiri) tiba di lapangan terbang, hari ini. -- fotoBERNAMA (2016)"
    lead = "SEPANG: The national shuttler is back from Birmingham after a shock first-round exit at the championships."
    article = _parse("Shuttler back home after early exit", caption, lead, SECOND)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("SEPANG, 15 Mac -- Pemain negara (kiri) tiba di lapangan terbang, hari ini.", "fotoBERNAMA (2016)")
    ]
    assert article.body_paragraphs == (lead, SECOND) and article.dateline == "SEPANG"


def test_a_long_caption_that_places_people_in_the_photo_is_a_caption() -> None:
    caption = (
        "The Governor (middle, seated) and his wife during the state dinner in conjunction with the Borneo tour at "
        "the Kota Kinabalu convention centre on Wednesday evening, attended by some 1,500 guests from all over the "
        "state. Also present were the Chief Minister (second left, seated) and the Speaker (third left, seated), "
        "together with state assemblymen, heads of department and community leaders from the interior districts."
    )
    assert len(caption) > 400
    article = _parse("State feels lucky to host royal tour", caption, LEAD, SECOND)
    assert [c.text for c in article.captions] == [caption]
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_standfirst_of_several_sentences_naming_a_place_is_body() -> None:
    standfirst = "So there was a scuffle at Pasar Seni last week. We could discuss it or we could look away."
    lead = "IN the days after the scuffle, a tourist irked quite a few readers by writing to a news site about it."
    article = _parse(
        "Watching The Region",
        "Published: Monday June 8, 2015 MYT 6:20:00 AM",
        "Updated: Monday June 8, 2015 MYT 10:11:12 AM",
        "Defeating the brawlers",
        standfirst,
        lead + " The country is doomed, he declared.",
        SECOND,
    )
    assert article.title == "Defeating the brawlers"
    assert article.captions == ()
    assert article.body_paragraphs[0] == standfirst


def test_a_two_sentence_caption_placing_people_above_the_print_lead_stays_a_caption() -> None:
    caption = "Tenants of the flats want better upkeep. Among them are Ali (in blue t-shirt) and Mei (on Ali's right)."
    lead = (
        "FRUSTRATED by frequent lift breakdowns and water cuts, tenants are demanding that a new committee be elected."
    )
    article = _parse("Tenants hit the roof over upkeep", caption, lead, SECOND)
    assert [c.text for c in article.captions] == [caption]


def test_a_photo_credit_alone_right_above_the_dateline_lead_is_that_photos_caption() -> None:
    article = _parse(
        "Federal and state sign oil and gas deal", "Photo courtesy of the State Information Unit", LEAD, SECOND
    )
    assert [(c.text, c.credit) for c in article.captions] == [("Photo courtesy of the State Information Unit", None)]
    assert article.body_paragraphs == (LEAD, SECOND) and article.dateline == "KUALA LUMPUR"


def test_a_drawings_name_and_age_caption_is_a_caption() -> None:
    first = "Many readers wrote to us about their favourite places. Here is what they had to say about them."
    article = _parse("Starchild: Places we love", "Tan Mei Ling, 6", first, SECOND)
    assert [c.text for c in article.captions] == ["Tan Mei Ling, 6"]
    assert article.body_paragraphs == (first, SECOND)


def test_a_caption_printed_twice_and_glued_after_a_paragraphs_end_is_removed() -> None:
    third = "Present were members of the squad and the app's founder, who let the public report problems in their area."
    caption = "Ong says shop owners have filed many reports over the last three years."
    article = _parse(
        "Residents fed up with council", LEAD, SECOND, third + caption + caption, "He said more was needed."
    )
    assert article.body_paragraphs == (LEAD, SECOND, third, "He said more was needed.")
    # A paragraph that merely repeats a phrase is left alone.
    echo = "Residents said they wanted action. They wanted action now, they said. They wanted action now, they said."
    assert _parse("Residents fed up with council", LEAD, echo, SECOND).body_paragraphs == (LEAD, echo, SECOND)
    chant = "As the final whistle blew, thousands of fans in the north stand shouted Bring It Home.Bring It Home."
    assert _parse("Residents fed up with council", LEAD, chant, SECOND).body_paragraphs == (LEAD, chant, SECOND)


def test_a_mid_article_caption_with_a_bracketed_note_then_printed_bare_is_removed() -> None:
    noted = "Damp on the bedroom ceiling of Ana's flat (supplied - for the housing feature)"
    bare = "Damp on the bedroom ceiling of Ana’s flat"  # the second copy with a curly apostrophe
    third = "The council said it would send an inspector to the block within a week."
    article = _parse("Tenants fed up with damp", LEAD, SECOND, noted, bare, third)
    assert article.body_paragraphs == (LEAD, SECOND, third)
    # A paragraph closing with a bracket over a sentence that opens with its words is the article's own.
    aside = "The tenants wrote to the council twice (in March and again in May)."
    after = "The tenants wrote to the council twice"
    article = _parse("Tenants fed up with damp", LEAD, aside, after + ".", third)
    assert article.body_paragraphs == (LEAD, aside, after + ".", third)


def test_one_caption_for_several_numbered_photos_is_a_caption() -> None:
    caption = (
        "1 Supporters waving flags at the stadium during the final in Hanoi last June. 2 A sprinter "
        "signing autographs for pupils in May. 3 The rowers being welcomed home by relatives at the jetty."
    )
    standfirst = "Nothing stirs a crowd's pride quite like a home win in a final"
    lead = "WHEN people talk about sport and unity, one old saying about the power of games comes up again and again."
    article = _parse("Passionate roars of support", caption, standfirst, lead, SECOND)
    assert [c.text for c in article.captions] == [caption]
    assert article.body_paragraphs == (standfirst, lead, SECOND)


def test_a_gallery_whose_one_paragraph_repeats_the_standfirst_has_no_body() -> None:
    dek = "Heavy rain left the port city's lanes under water and its drivers stranded on Tuesday evening again."
    lines = ["World", "Heavy Rain Floods The Capital", dek, "Flooded street", "info_icon", dek, "Advertisement"]
    outcome = parse_text("\n".join(lines) + "\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_body"
    article = _parse("Heavy Rain Floods The Capital", dek, LEAD, SECOND)
    assert article.body_paragraphs[-2:] == (LEAD, SECOND)


def test_tab_title_filter_label_and_archive_notice_above_the_article_are_chrome() -> None:
    article = _parse(
        "Flood victims displaced in the south, Latest World News - The Evening Paper",
        "Filtered By: Topstories",
        "World",
        "Flood victims displaced in the south",
        "This article is more than 12 months old",
        LEAD,
        SECOND,
    )
    assert article.title == "Flood victims displaced in the south"
    assert article.body_paragraphs == (LEAD, SECOND) and article.captions == ()


@pytest.mark.parametrize("placeholder", ["LOADING CONTENT", "Loading...", "Loading comments"])
def test_a_lazy_loaders_placeholder_is_dropped_wherever_it_sits(placeholder: str) -> None:
    assert classify.kind_of(placeholder) == classify.DROP
    article = _parse("Police hold three over shop break-ins", LEAD, placeholder)
    assert article.body_paragraphs == (LEAD,)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("- Advertisement -", classify.DROP),  # an ad slot between dashes
        ("- Advertisement -spot_img", classify.DROP),  # with a news theme's image placeholder glued on
        ("- Advertisment -", classify.DROP),  # the label misspelt
        ("Advertisement 3", classify.DROP),  # a numbered slot
        ("Advertisements", classify.DROP),  # a blog platform's label over each ad slot, in the plural
        ("ADVERTISING", classify.DROP),  # the label's other word
        ("Advertise With Us", classify.DROP),  # the link to the ad desk
        ("Back to top", classify.DROP),  # a page anchor's link
        ("Go to top", classify.DROP),
        ("Return to the top", classify.DROP),
        ("Back to top of page", classify.DROP),
        ("Back to top ↑", classify.DROP),  # with the link's arrow
        ("bottom of page", classify.DROP),
        ("Avatar photo", classify.DROP),  # an author's photo's alt text
        ("Author avatar", classify.DROP),
        ("Avatar image", classify.DROP),
        ("ADS", classify.DROP),
        ("Exit mobile version", classify.DROP),  # a mobile theme's footer link to the full page
        ("Watch more News on StreamPlus", classify.DROP),  # a video embed's prompt
        ("Author", classify.TAIL),  # the author box's heading under the article
    ],
)
def test_ad_slots_video_prompts_and_an_author_box_heading(line: str, kind: int) -> None:
    assert classify.kind_of(line) == kind
    assert _parse("Police hold three over shop break-ins", LEAD, line, SECOND).body_paragraphs == (
        (LEAD, SECOND) if kind == classify.DROP else (LEAD,)
    )


def test_a_sentence_opening_like_a_page_anchor_is_no_anchor() -> None:
    assert classify.kind_of("Back to the drawing board for the council") == classify.BODY
    assert classify.kind_of("Exit mobile version of the ferry app, says operator") == classify.BODY
    assert classify.kind_of("Top of page three: the budget") == classify.BODY


@pytest.mark.parametrize(
    "credit", ["Graphic: Wire Agency", "Infographics: Desk", "Illustration: Jane Tan", "Rewriter: ali bakar"]
)
def test_the_desks_credit_lines_are_furniture_wherever_they_stand(credit: str) -> None:
    assert classify.kind_of(credit) == classify.DROP
    title = "Police hold three over shop break-ins"
    assert _parse(title, LEAD, credit, SECOND).body_paragraphs == (LEAD, SECOND)
    assert _parse(title, LEAD, SECOND, credit).body_paragraphs == (LEAD, SECOND)
    # a sentence that opens with the word is the article's
    said = "Graphics: the agency said its charts would be redrawn."
    assert _parse(title, LEAD, SECOND, said).body_paragraphs == (LEAD, SECOND, said)


@pytest.mark.parametrize(
    "notice",
    [
        "We and our partners use cookies to learn how you use this site and to show you content and ads you may like.",
        "This website uses cookies so that pages load faster for you. Carry on reading and we take it you accept our"
        " use of cookies under the Cookie Policy; switch them off in the browser's options whenever you wish, though"
        " some pages may then load slowly. The Cookie Policy says more.",
    ],
)
def test_a_cookie_notice_is_dropped_wherever_it_stands(notice: str) -> None:
    assert classify.kind_of(notice) == classify.DROP
    title = "Police hold three over shop break-ins"
    assert _parse(title, LEAD, SECOND, notice).body_paragraphs == (LEAD, SECOND)
    assert _parse(notice, title, LEAD, SECOND).title == title
    # the article's own sentence about cookies
    baked = "We use cookies from the bakery next door, the stall owner said."
    assert classify.kind_of(baked) != classify.DROP


@pytest.mark.parametrize("code", ["News Code 204517", "Story Code : 88231", "Article ID: 4567"])
def test_the_pages_own_number_for_the_story_is_furniture(code: str) -> None:
    assert classify.kind_of(code) == classify.DROP
    title = "Police hold three over shop break-ins"
    assert _parse(title, LEAD, SECOND, code).body_paragraphs == (LEAD, SECOND)
    assert _parse(title, code, LEAD, SECOND).title == title
    # a sentence about a code is the article's
    assert classify.kind_of("News code 9 of the ethics board was cited 120 times.") == classify.BODY


def test_share_buttons_saved_as_list_items_are_furniture() -> None:
    buttons = ("• Facebook", "• Twitter", "• WhatsApp", "• submit to reddit")
    for button in buttons:
        assert classify.kind_of(button) == classify.DROP
    title = "Police hold three over shop break-ins"
    assert _parse(title, LEAD, SECOND, *buttons).body_paragraphs == (LEAD, SECOND)
    # a meta bullet, a list item of the article
    assert classify.kind_of("• Nation") == classify.BODY
    assert classify.kind_of("• Twitter said it would appeal the fine.") == classify.BODY


def test_a_share_widgets_bullet_under_the_byline_is_no_section() -> None:
    # the copy-link button's toast ("Link copied") saved as a bullet under the byline and date: furniture
    assert classify.kind_of("• Link copied") == classify.DROP
    assert classify.kind_of("Link copied") == classify.DROP
    title = "Police hold three over shop break-ins"
    article = _parse(title, "By Jane Tan", "Published : March 3, 2031 - 10:15", "• Link copied", LEAD, SECOND)
    assert article.section is None and article.body_paragraphs == (LEAD, SECOND)
    # a section's bullet there is still the section; a sentence about a copied link is the article's
    assert _parse(title, "By Jane Tan", "• Nation", LEAD, SECOND).section == "Nation"
    assert classify.kind_of("Link copied from the site was shared by thousands, police said.") == classify.BODY


@pytest.mark.parametrize("label", ["Editor:", "Editors:", "Lead photo by", "Main photo by:"])
def test_a_credits_label_alone_under_the_article_ends_it_with_its_name(label: str) -> None:
    # the label, the name under it, then the page's footer: none of it is body
    lines = (LEAD, SECOND, label, "MARIA DELA CRUZ", "Newsroom office", "12 Harbour Road, Port Alden")
    assert classify.kind_of(label) == classify.TAIL
    assert _parse("Police hold three over shop break-ins", *lines).body_paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize("credit", ["Rosa Villanueva", "Rosa Villanueva/The Ledger"])
def test_a_credit_on_its_own_line_under_the_caption_below_the_alt_text(credit: str) -> None:
    title = "Harbour board approves new ferry terminal"
    caption = "Commuters queue at the old ferry terminal in Port Alden on May 2, 2024."
    article = _parse(title, "By Tomas Reyes", title, caption, credit, LEAD, SECOND, WA)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_caption_printed_bare_then_again_with_a_credit_in_capitals() -> None:
    caption = "Two clerks were fined on Monday (May 4) for forging overtime claims."
    article = _parse("Clerks fined over overtime claims", caption, f"{caption} DESK GRAPHICS", LEAD, SECOND, WA)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "DESK GRAPHICS")]
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_credited_caption_printed_twice_is_recorded_once() -> None:
    caption = "Police officers inspect the seized packets at the district headquarters. - Photo: StockLib"
    article = _parse("Police seize drugs in two raids", caption, caption, LEAD, SECOND, WA)
    assert len(article.captions) == 1 and article.captions[0].credit == "Photo: StockLib"
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_dek_under_a_credited_photo_in_the_head_is_neither_caption_nor_body() -> None:
    title = "Harbour board approves new ferry terminal"
    caption = "Commuters queue at the old ferry terminal in Port Alden on May 2, 2024."
    dek = "Two board members vote against. One says the costs were never shown to the public."
    article = _parse(title, "By Tomas Reyes", title, caption, "Rosa Villanueva", dek, LEAD, SECOND, WA)
    assert [c.text for c in article.captions] == [caption]
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_credited_captions_reported_words_printed_in_the_body_are_the_articles_own_paragraph() -> None:
    quote = "District police chief Omar Hadi said the three men, aged between 25 and 40, were held in separate raids."
    caption = f"{quote} - Photo: StockLib"
    article = _parse("Police hold three over shop break-ins", caption, LEAD, quote, SECOND, WA)
    assert [c.text for c in article.captions] == [quote]
    assert article.body_paragraphs == (LEAD, quote, SECOND)


def test_a_caption_label_may_ask_a_question() -> None:
    caption = "Silver lining?: A split parliament could be just what the state needs."
    lead = "THE paint on my last column had barely dried when the council proved my point yet again, twice over."
    article = _parse("Frogs and the changing politics", caption, lead, SECOND)
    assert [c.text for c in article.captions] == [caption]


def test_a_letter_printed_as_one_long_paragraph_over_its_signature_is_the_body() -> None:
    letter = " ".join(
        f"In response to letter number {n} on exams, I would like to say that scrapping them is no solution."
        for n in range(8)
    )
    article = _parse("If it isn't broke, don't fix it", letter, "MUHAMMAD ALI BAKAR", WA)
    assert article.body_paragraphs[0] == letter


def test_a_caption_printed_again_and_cut_by_the_dumps_end_is_not_body() -> None:
    caption = "Reporters had also gathered at the court complex. - Photo: Bernama"
    article = _parse("Minister pleads not guilty", LEAD, SECOND, caption + caption[:30])
    assert article.body_paragraphs == (LEAD, SECOND)


def test_name_and_age_labels_printed_twice_in_the_body_are_not_body() -> None:
    article = _parse("Starchild: Grandparents", LEAD, "Chia Mei Fen, 11Chia Mei Fen, 11", SECOND)
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_drop_cap_on_a_line_of_its_own_is_joined_back_to_its_word() -> None:
    article = _parse(
        "Harbour board delays ferry vote", "Jane Tan", "T", "he harbour board on Monday put off its vote.", WA
    )
    assert article.body_paragraphs == ("The harbour board on Monday put off its vote.",)


def test_the_headline_glued_as_alt_text_before_a_credited_caption_is_cut() -> None:
    title = "Harbour board delays ferry vote"
    caption = "Commuters queue for the ferry at the old pier on Monday."
    article = _parse(
        title,
        "Jane Tan (The Mekong Post)",
        f"{title} {caption} (MP/Ali Bakar)",
        "The harbour board on Monday put off its vote.",
        WA,
    )
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "MP/Ali Bakar")]
    assert article.body_paragraphs == ("The harbour board on Monday put off its vote.",)


@pytest.mark.parametrize("line", ["enablePagination: false", "maxItemsPerPage: 10", "startIndex:"])
def test_a_widgets_script_settings_printed_as_text_are_dropped(line: str) -> None:
    assert classify.kind_of(line) == classify.DROP
    assert classify.kind_of("eBay and others: sales rose") == classify.BODY


def test_a_caption_printed_bare_then_again_with_its_credit_is_one_credited_caption() -> None:
    caption = "Ferry passengers wait at the jetty on Monday after the service stopped."
    lead = "Passengers on the island route had feared the worst when the evening ferry failed to sail, riders said."
    article = _parse(
        "Ferry riders fume after second stoppage", "Jane Tan", caption, f"{caption} MP PHOTO: ALI BAKAR", lead, WA
    )
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "MP PHOTO: ALI BAKAR")]
    assert article.body_paragraphs == (lead,)


def test_a_teasers_continue_reading_link_to_the_headline_is_cut() -> None:
    title = "Why the harbour ferry stopped early this year"
    teaser = "HARBOUR CITY – Just as riders were getting ready for the festival crossing, the ferry was halted. Riders"
    outcome = parse_text(f"{title}\n\n{teaser} … Continue reading {title}\n")
    assert isinstance(outcome, ParsedArticle), outcome
    assert outcome.body_paragraphs == (teaser,)


@pytest.mark.parametrize("line", ["VIDEOS FROM OTHER SECTIONS", "LATEST VIDEOS", "More videos"])
def test_a_video_pages_rail_heading_ends_the_article(line: str) -> None:
    assert classify.kind_of(line) == classify.CHROME
    assert classify.kind_of("Videos from the scene show the flooded road.") == classify.BODY


@pytest.mark.parametrize("line", ["Loading content, please wait...", "www.mekongledger.com"])
def test_a_loaders_wait_notice_and_the_sites_address_alone_are_dropped(line: str) -> None:
    assert classify.kind_of(line) == classify.DROP
    assert classify.kind_of("www.mekongledger.com lists every ferry time.") == classify.BODY


def test_a_byline_glued_to_the_lead_by_two_spaces_is_cut() -> None:
    lead = "The harbour board on Monday put off its vote on the new ferry contracts, its chairman said."
    article = _parse("Harbour board delays ferry vote", f"By Jane Tan  {lead}", WA)
    assert article.body_paragraphs == (lead,)


def test_a_byline_on_top_with_its_label_glued_is_no_headline() -> None:
    for first in ("ByMira Solano", "By Mira Solano"):
        outcome = parse_text(f"{first}\nMar 3, 2024 09:12 AM IST\n{LEAD}\n{SECOND}\n")
        assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline", first
    assert _parse("By the numbers: the floods in five charts", LEAD, SECOND).title == (
        "By the numbers: the floods in five charts"
    )


def test_a_social_label_and_an_empty_date_widget_are_chrome() -> None:
    lead = "Ferry operators will raise fares by ten percent from April, the port authority said on Monday."
    article = _parse("Connect with us", "News", "Ferry fares to rise in April", "Published", "on", lead, SECOND)
    assert article.title == "Ferry fares to rise in April"
    assert article.body_paragraphs == (lead, SECOND)


def test_a_date_label_and_a_caption_printed_twice_above_the_headline() -> None:
    caption = "Buyers queue outside a show flat in the new town. Photos: Harbour Daily, Facebook"
    article = _parse("Date", "12 March 2019", caption, caption, "Why small flats still sell", LEAD, SECOND)
    assert article.title == "Why small flats still sell"
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Buyers queue outside a show flat in the new town.", "Photos: Harbour Daily, Facebook")
    ]
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_column_page_with_only_its_head_and_the_writers_bio_has_no_body() -> None:
    outcome = parse_text(
        "\n".join(
            (
                "Promises on the river",
                "What the two leaders seem to forget is the state of the dams before the rains.",
                "Post File Photo",
                "Hari Lamsal",
                "Published at : March 2, 2021",
                "Updated at : March 3, 2021 10:05",
                "Hari Lamsal",
                "Hari Lamsal has been a weekly columnist with the paper since 2011, writing on water and power.",
            )
        )
        + "\n"
    )
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_body"


def test_a_run_of_dashed_links_on_top_is_chrome_over_the_headline() -> None:
    links = ("- Council approves new bus lanes", "- Storm delays ferry services", "- Local team wins cup final")
    article = _parse(*links, "Port city opens second bridge", LEAD, SECOND)
    assert article.title == "Port city opens second bridge"
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_print_columns_one_word_label_over_an_empty_byline_dash_and_its_labelled_items() -> None:
    items = (
        "Fined: By the district court, a ferry company that sailed with twice its licensed load of passengers.",
        "Opened: By the governor, a night market on the old pier, after three years of delays and two lawsuits.",
        "Closed: By the health office, four food stalls near the bus station that had no running water.",
    )
    article = _parse("Harbour Post", "LOGBOOK", "-", *items, "Newspapers in English", "Newspapers from Nowhere")
    assert article.title == "LOGBOOK"
    assert article.captions == ()
    assert article.body_paragraphs == items


def test_another_storys_card_with_its_empty_date_widget_ends_the_article() -> None:
    lead = "Ferry operators will raise fares by ten percent from April, the port authority said on Monday."
    card = ("Sports", "Harbour club signs two new strikers", "Published", "on", "By")
    teaser = "The club said on Friday that both players had passed their medicals and would join next week."
    article = _parse("News", "Ferry fares to rise in April", "Published", "on", lead, SECOND, *card, teaser)
    assert article.body_paragraphs == (lead, SECOND)
    outcome = parse_text("\n".join(("Sports", "Harbour club wins the cup", "Published", "on", *card, teaser)) + "\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_body"


def test_a_photos_numbered_alt_text_on_top_is_no_headline() -> None:
    caption = "Buyers queue outside a show flat in the new town. (Photo: harbourdaily.vn)"
    outcome = parse_text(f"Start-ups raise fresh capital in the delta hinh anh 1\n{caption}\n{LEAD}\n{SECOND}\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    # The short marker, "ảnh 2" ('photo 2'), on the alt text right above the lead: no headline either.
    outcome = parse_text(f"Delta farmers switch to salt-tolerant rice ảnh 2 \n{LEAD}\n{SECOND}\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"


def test_a_bracket_credited_caption_printed_twice_and_a_byline_in_the_caption_slot() -> None:
    caption = "Marchers fill the square on Sunday [Lena Park/Reuters]"
    article = _parse("Marchers fill the square", caption, caption, "By Harbour News Service", LEAD, SECOND)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Marchers fill the square on Sunday", "Lena Park/Reuters")
    ]
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_title_case_place_spaced_from_its_colon_opens_the_lead_even_when_cut() -> None:
    lead = 'Lakeside : The regional council has approved a new ferry route across the lake, officials said. "We'
    assert _parse("Council approves lake ferry route", lead, SECOND).dateline == "Lakeside"


def test_the_sources_address_under_a_summary_is_furniture() -> None:
    assert classify.kind_of("Full story: harbournews.example.com") == classify.DROP
    assert classify.kind_of("Full story: the council will vote next week.") == classify.BODY
    article = _parse("Ferry fares to rise", LEAD, SECOND, "Full story: harbournews.example.com", "By Harbour News")
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_media_players_loading_placeholder_is_furniture() -> None:
    assert classify.kind_of("Loading...") == classify.DROP and classify.kind_of("Loading…") == classify.DROP
    assert classify.kind_of("Loading of the ferry resumed on Monday.") == classify.BODY
    assert _parse("Ferry fares to rise", LEAD, "Loading...", SECOND).body_paragraphs == (LEAD, SECOND)


def test_a_caption_printed_around_its_wire_credit() -> None:
    caption = "Families wait for food parcels at the edge of the camp, where rains flooded tents last week."
    standfirst = "Aid groups say the camps need clean water, shelter and medicine before the monsoon peaks"
    lead = "Aid agencies appealed on Sunday for more help for the families living in the flooded camps."
    article = _parse(
        "Camps overwhelmed as families keep arriving", standfirst, caption, "Reuters", caption, lead, SECOND
    )
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "Reuters")]
    assert article.body_paragraphs == (lead, SECOND)


def test_a_summary_of_several_sentences_above_the_dateline_lead_is_a_standfirst() -> None:
    summary = "The shelters have no power. Families cook on open fires. Aid is slow to arrive. Our reporter visited."
    lead = "Lakeside (OrbitNews) – In the shelters by the lake, families wait for aid after the floods."
    article = _parse("Flood shelters short of everything", "by Mira Solano", summary, lead, SECOND)
    assert article.captions == ()
    assert article.body_paragraphs == (lead, SECOND)


def test_a_caption_of_several_sentences_closing_on_a_photographers_name_after_a_dash_is_a_caption() -> None:
    # the slot's own credit shape (a long dash glued to a name in capitals) tells the photo's caption from a summary
    caption = (
        "HIGH WATER The old ferry pier (left) stands cut off on Jan. 4 after the river rose. Crews on Friday cleared "
        "the road. Col. Ana Reyes said the pier would reopen."
    )
    lead = "RIVERTON — Ferry crews returned to work on Saturday as the river fell, the town's mayor said."
    article = _parse("Ferry service to resume", f"{caption} —JOSE M. SANTOS", lead, SECOND)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "JOSE M. SANTOS")]
    assert article.body_paragraphs == (lead, SECOND)
    # without the credit the same paragraph is the summary over the lead: neither caption nor body
    summary = _parse("Ferry service to resume", caption, lead, SECOND)
    assert summary.captions == () and summary.body_paragraphs == (lead, SECOND)


def test_a_wire_desks_advisory_in_brackets_over_the_lead_is_neither_caption_nor_body() -> None:
    caption = "Rescue workers carry a boat through a flooded street in Riverton on Friday, May 2, 2031."
    lead = "RIVERTON, May 3 (Reuters) - Floodwaters rose across the valley on Saturday, forcing thousands to flee."
    photo = f"{caption} (AP Photo/Jane Tan)"
    for advisory in ("(Adds quotes from the mayor, paragraphs 4-6)", "(Updates with evacuation figures)"):
        article = _parse("Floods force thousands from homes", photo, advisory, "By Ana Cruz", lead, SECOND)
        assert [(c.text, c.credit) for c in article.captions] == [(caption, "AP Photo/Jane Tan")]
        assert article.body_paragraphs == (lead, SECOND)
    # a second photo's caption in brackets, naming who is shown, stays a caption
    shown = "(Mayor Ana Cruz, centre, with rescue workers)"
    article = _parse("Floods force thousands from homes", photo, shown, "By Ana Cruz", lead, SECOND)
    assert [c.text for c in article.captions] == [caption, shown]


def test_the_writers_name_from_under_the_headline_signs_off_the_article() -> None:
    cards = ("RELATED NEWS", "Bridge opens to traffic after delays", "|", "Lakeside - The bridge opened on Monday.")
    article = _parse("Truck overturns at busy junction", "MAI LÂM |", LEAD, SECOND, "MAI LÂM", *cards)
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_reporters_name_after_a_dash_under_the_last_paragraph_signs_it_off() -> None:
    item = "Riverside district - all levels, public and private"  # a list's last item, no stop
    for body in ((LEAD, SECOND), (LEAD, SECOND, item)):
        for signoff in ("— Maria Santos-Reyes", "- Tomas Reyes"):
            article = _parse("Classes suspended in six towns", *body, signoff)
            assert (article.body_paragraphs, article.agency) == (body, None)
    # a list of names, each after a dash, is the article's own
    names = ("- Maria Santos-Reyes", "- Tomas Reyes")
    article = _parse("Classes suspended in six towns", LEAD, SECOND, *names)
    assert article.body_paragraphs == (LEAD, SECOND, *names)
    # a wire's name after the dash is its sign-off, read as the agency
    assert _parse("Classes suspended in six towns", LEAD, SECOND, "— Reuters").agency == "Reuters"


def test_a_wire_photos_caption_with_a_bare_agency_credit_over_the_dateline_lead_is_a_caption() -> None:
    caption = "Two leaders shake hands at a summit in May 2019. Duties on steel have since doubled. - AFP"
    lead = "GENEVA: Was it about punishing rivals or soothing investors? Or a bit of both?"
    article = _parse("Tariff pause: a bid to unite the world", caption, lead, SECOND)
    assert [(c.text, c.credit) for c in article.captions] == [(caption[:-6], "AFP")]
    assert article.body_paragraphs == (lead, SECOND)


def test_a_dateline_lead_is_no_headline_when_long_or_broken_over_lines() -> None:
    long_lead = (
        "SHAH ALAM: The met office has put out a warning of heavy rain over nine districts from 3pm and on "
        "into Friday (Oct 4)"
    )
    for lines in (
        (long_lead, SECOND),
        (
            "KLANG: Harbour Group Bhd",
            "plans to open its third marina in the bay, it said on Tuesday.",
            SECOND,
        ),
        (
            "KLANG: Harbour Group Bhd",
            ", the port's marina arm, plans to open a third marina in the bay.",
            SECOND,
        ),
    ):
        outcome = parse_text("\n".join(lines) + "\n")
        assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline", lines
    assert _parse("NCRPO: Three held over robbery", LEAD, SECOND).title == "NCRPO: Three held over robbery"


def test_a_section_and_the_site_name_after_a_bar_is_chrome() -> None:
    article = _parse("Archives | Borneo Post.", "Polls set for March 9, nominations on March 1 (Update)", LEAD, SECOND)
    assert article.title == "Polls set for March 9, nominations on March 1 (Update)" and article.captions == ()


def test_a_partner_papers_sign_off_through_the_news_network_names_the_agency() -> None:
    last = "Mobile banking use rose to 64.2% last year, a survey of 5,100 households found. — The Mekong Times/ANN"
    article = _parse("Less screen time, parents told", LEAD, SECOND, last, WA)
    assert article.agency == "The Mekong Times/ANN"
    assert article.body_paragraphs == (LEAD, SECOND, last[: -len(" — The Mekong Times/ANN")])


def test_a_standfirst_saying_what_can_be_done_is_body_not_a_caption() -> None:
    standfirst = "Councils can do more to fund counselling in rural schools, say the child psychologists we asked."
    lead = "GLOBAL Kindness Week arrives at a time of strain for many families still counting the cost of the floods."
    article = _parse("Prioritising children's mental health", standfirst, lead, SECOND)
    assert article.captions == () and article.body_paragraphs[0] == standfirst


def test_captions_placing_people_inside_the_body_are_not_body() -> None:
    positioned = "(From left) Residents association members Robert Ng and Wong Yap want solutions to the traffic jams."
    labelled = "One of the best: Moey (left) preparing a bowl of noodles for his customers in Penang yesterday."
    article = _parse("Hawkers cook up a storm", LEAD, labelled, SECOND, positioned)
    assert article.body_paragraphs == (LEAD, SECOND)
    prose = "Anwar (left) and his deputy met the press on Monday, the ministry said in a statement."
    assert _parse("Hawkers cook up a storm", LEAD, prose, SECOND).body_paragraphs == (LEAD, prose, SECOND)


def test_a_caption_of_two_photos_placed_by_capitalized_labels_is_not_body() -> None:
    # "(Left) ... (Right) ...": two photos side by side; the right one's caption is printed again on its own line
    right = "Volunteers stacking sandbags along the river bank at dusk."
    pair = "(Left) The town's youth band played for the crowd at the opening of the fair. (Right) " + right
    article = _parse("Fair draws the crowds", LEAD, SECOND, pair, right, "It was a good day for the town, he said.")
    assert article.body_paragraphs == (LEAD, SECOND, "It was a good day for the town, he said.")


def test_a_caption_dated_as_the_picture_desk_writes_it_is_a_caption() -> None:
    caption = "The city council halted the drainage works on Monday (12/2). This section is along Jalan Seroja"
    lead = "IT IS another month and drivers in the suburb still swerve around the same deep potholes every day."
    article = _parse("Council halts sewerage works", caption, lead, SECOND)
    assert [c.text for c in article.captions] == [caption]


def test_a_short_caption_on_top_is_no_headline() -> None:
    outcome = parse_text("Vehicles queueing along the highway.\n" + LEAD + "\n" + SECOND + "\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    assert _parse("Six killed.", LEAD, SECOND).title == "Six killed."
    assert _parse("Ferry fares rise again.", LEAD, SECOND).title == "Ferry fares rise again."


def test_a_mid_article_caption_printed_again_with_its_credit_label_glued_is_no_body() -> None:
    caption = "The outgoing chairman and his successor at the bank's office."
    third = "The board is expected to keep rates on hold until next year, analysts said in notes to clients."
    article = _parse(
        "Bank holds rates steady", "By Jane Tan", LEAD, SECOND, caption, caption + "Credit: Alex Tan", third
    )
    assert article.body_paragraphs == (LEAD, SECOND, third)


def test_a_caption_with_its_image_credit_on_top_is_no_headline() -> None:
    caption = "The minister and his deputy at a press conference at the ministry on Sunday. Image: Hana Rosli"
    outcome = parse_text(caption + "\n" + LEAD + "\n" + SECOND + "\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"


def test_a_headshot_caption_with_a_wires_glued_photo_credit_on_top_is_no_headline() -> None:
    # "Name. -Wirepic" on the first line of a page that lost its headline: a photo's caption, no headline
    outcome = parse_text("Datuk Ravi Kumar Selvam. -Bernamapic\n" + LEAD + "\n" + SECOND + "\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"


def test_a_file_photos_mark_alone_over_the_lead_is_the_photos_caption() -> None:
    # 'Filepic' or 'Photo: Filepic' alone in the caption slot: a file photo with no words of its own, its caption
    for mark in ("Filepic", "Photo: Filepic"):
        article = _parse("Police nab three over break-ins", mark, LEAD, SECOND)
        assert article.captions == (Caption(mark, None),)
        assert article.body_paragraphs == (LEAD, SECOND)
    # a labelled credit naming its source alone is neither caption nor body
    article = _parse("Police nab three over break-ins", "Photo: Star/File", LEAD, SECOND)
    assert article.captions == () and article.body_paragraphs == (LEAD, SECOND)


def test_a_short_noun_phrase_closed_by_a_stop_on_top_is_a_caption_not_a_headline() -> None:
    # Five words and a stop, no participle and nothing of a headline's meta under it: a photo's caption over
    # a lead, on a page that lost its headline.
    outcome = parse_text("Old riverside customs house building.\n" + LEAD + "\n" + SECOND + "\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    # closed by a stop with a byline under it, a headline of any length
    article = _parse("Town builds more clinics, yet doctors are short.", "By Jane Tan", LEAD, SECOND)
    assert article.title == "Town builds more clinics, yet doctors are short."


def test_a_print_lead_may_put_a_comma_after_its_capitals() -> None:
    caption = "The new chief minister was sworn in at 4pm at the state palace in Kuching, last Sunday."
    lead = "ON SUNDAY, four days after the vote, residents of the state breathed easier over the new line-up."
    article = _parse("New mentri besar sworn in", caption, lead, SECOND)
    assert [c.text for c in article.captions] == [caption] and article.body_paragraphs[0] == lead


def test_numbered_photos_run_together_and_a_credit_glued_to_the_last_stop() -> None:
    caption = "1 Ah Keong (right) checking mangoes at a roadside stall.2 Fruit stalls lining a trunk road near town."
    article = _parse(
        "No stopping demand",
        caption + "Photos and video: JANE TAN",
        "RAIN or shine, buyers keep stopping by the stalls, the traders say with a grin.",
        SECOND,
    )
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "Photos and video: JANE TAN")]


def test_a_name_and_its_labelled_credit_is_a_caption_not_a_credit_line() -> None:
    lead = "The music scene last year saw a revival of local bands and homegrown singers touring abroad."
    article = _parse("Best of times for local films", "  • TV", "Dolores Ryan. Photo: Wire/Jane Tan", lead, SECOND)
    assert [(c.text, c.credit) for c in article.captions] == [("Dolores Ryan.", "Photo: Wire/Jane Tan")]
    assert article.body_paragraphs[0] == lead


def test_a_headshots_caption_saying_what_will_happen_is_a_caption() -> None:
    caption = "Rahim says the stalls will be moved to a bigger, safer plot."
    lead = "MORE than 60 roadside stalls near the bus terminal, hit by the new parking rules, will be moved next month."
    article = _parse("Roadside hawkers to be relocated", caption, lead, SECOND)
    assert [c.text for c in article.captions] == [caption]


def test_the_inline_link_label_alone_and_a_hurried_credit() -> None:
    caption = "The former king and queen at the parade in January. — JANE TAN/The star"
    article = _parse(
        "A pillar of strength",
        caption,
        "AFTER a distinguished five-year reign, the ruler has made a celebrated return home.",
        "ALSO READ:",
        SECOND,
    )
    assert [(c.text, c.credit) for c in article.captions] == [(caption[:-20], "JANE TAN/The star")]
    assert "ALSO READ:" not in article.body_paragraphs


def test_a_photo_credit_alone_above_a_print_lead_is_that_photos_caption() -> None:
    lead = "MY stomach turned when I read about how carers at a nursing home neglected the people in their charge."
    article = _parse("How do we treat our seniors?", "Photo courtesy of the Harbour Board", lead, SECOND)
    assert [(c.text, c.credit) for c in article.captions] == [("Photo courtesy of the Harbour Board", None)]
    assert article.body_paragraphs == (lead, SECOND)


@pytest.mark.parametrize("credit", ["Photo: 123rf", "PHOTO: FILE"])
def test_a_labelled_credit_alone_above_the_lead_is_neither_caption_nor_body(credit: str) -> None:
    # 'Photo: Owner' with no caption's words describes no photo: no caption recorded (an uncredited caption right
    # above it takes it as its credit, as before)
    lead = "MY stomach turned when I read about how carers at a nursing home neglected the people in their charge."
    article = _parse("How do we treat our seniors?", credit, lead, SECOND)
    assert article.captions == ()
    assert article.body_paragraphs == (lead, SECOND)
    article = _parse("How do we treat our seniors?", "", " Our Correspondent May 2, 2031", credit, "", LEAD, "", SECOND)
    assert article.captions == ()
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_labelled_caption_quoting_the_article_is_not_body() -> None:
    quote = (
        "“This harbour town looks nothing like the sleepy place I knew as a girl in the seventies,” said the trader."
    )
    caption = "Madeline: This harbour town looks nothing like the sleepy place I knew as a girl in the seventies."
    article = _parse("Land of opportunities", LEAD, quote, SECOND, caption, "She sells textiles.")
    assert article.body_paragraphs == (LEAD, quote, SECOND, "She sells textiles.")
    label = "Note: This harbour town looks nothing like the sleepy place I knew as a girl in the seventies."
    assert label in _parse("Land of opportunities", LEAD, quote, label).body_paragraphs


def test_an_also_read_box_on_top_is_no_headline() -> None:
    box = ["-", "ALSO READ", "Port city opens new ferry terminal", "Rice exports climb for third month", "-"]
    body = [
        "Lowland farmers got fresh seed grants on Friday so that next season's harvest can recover from the floods.",
        "District offices will pay out the grants from next week, according to a notice from the agriculture office.",
    ]
    outcome = parse_text("\n".join([*box, *body]) + "\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    article = _parse(*box, "Farmers get seed grants after floods", *body)
    assert article.title == "Farmers get seed grants after floods"
    assert article.body_paragraphs[0].startswith("Lowland farmers")


def test_dates_closing_the_dump_leave_the_paragraph_above_them_in_the_body() -> None:
    lead = "On March 3, the council tabled a plan to widen the river road before the rains return in June."
    article = _parse("Road plan stalls", lead, "Published at : March 4, 2019", "Updated at : March 4, 2019 10:15")
    assert article.title == "Road plan stalls"
    assert article.body_paragraphs == (lead,)


def test_other_stories_each_over_its_date_closing_the_body_are_no_body() -> None:
    latest = [
        "Ferry operator adds night crossings",
        "Published : Jun 2, 2021",
        "Lantern market returns to the old quay",
        "Published : Jun 2, 2021",
        "Dock workers vote on new shift pattern",  # the dump ends before its date
    ]
    article = _parse("Road plan stalls", LEAD, SECOND, *latest)
    assert article.body_paragraphs == (LEAD, SECOND)
    # one event over its day closes an article of its own: no list
    article = _parse("Road plan stalls", LEAD, SECOND, "Harbour lantern walk", "Published : Jun 2, 2021")
    assert article.body_paragraphs[:3] == (LEAD, SECOND, "Harbour lantern walk")


def test_a_run_of_short_unfinished_lines_under_the_last_paragraph_is_other_stories_links() -> None:
    headlines = [
        "Ferry operator adds night crossings -",
        "Lantern market returns to the old quay -",
        "Dock workers vote on new shift pattern -",
        "Rail link study gets a second look",  # the dump ends before its link's dash
    ]
    article = _parse("Road plan stalls", LEAD, SECOND, *headlines)
    assert article.body_paragraphs == (LEAD, SECOND)
    last = "Six shops in the row were hit in March alone."  # short, and signed off: no link
    article = _parse("Road plan stalls", LEAD, SECOND, f"{last} - Bernama", *headlines[:3])
    assert article.body_paragraphs == (LEAD, SECOND, last) and article.agency == "Bernama"
    topics = ["City Council", "Cheras", "break-ins", "Metro News"]  # the topics' links, one a line
    article = _parse("Road plan stalls", LEAD, SECOND, *topics)
    assert article.body_paragraphs == (LEAD, SECOND)
    # a subheading over a paragraph the scrape cut: two short lines are the article's own
    cut = ["Night patrols", "Residents said the patrols would"]
    assert _parse("Road plan stalls", LEAD, SECOND, *cut).body_paragraphs == (LEAD, SECOND, *cut)
    # a paragraph's wrapped lines, cut by the dump's end, are no links
    wrapped = ["Police said the three suspects", "were picked up on Tuesday and", "would be charged in court", "on Mon"]
    assert _parse("Road plan stalls", LEAD, *wrapped).body_paragraphs[-1] == "on Mon"


def test_a_site_name_glued_before_the_headline_printed_under_it_is_chrome() -> None:
    article = _parse(
        "Logo of Harbour Daily newspaper Harbour Daily - Ferry fares rise again", "Ferry fares rise again", LEAD, SECOND
    )
    assert article.title == "Ferry fares rise again"


def test_a_failed_include_and_a_lower_case_link_over_the_headline_are_chrome() -> None:
    article = _parse(
        "[an error occurred while processing this directive]",
        "watch Two-Minute Bulletin",
        "Ferry fares rise again",
        LEAD,
        SECOND,
    )
    assert article.title == "Ferry fares rise again"
    assert head.is_chrome("[an error occurred while processing this directive]")


def test_a_photo_credit_and_section_label_between_two_copies_of_the_headline_are_head() -> None:
    headline = "Why the river towns are moving uphill"
    article = _parse(
        headline,
        "Delta Survey Office via Associated Press",
        "Environment",
        headline,
        "By Mara Lindqvist",
        "Over the past decade, river towns across the delta have moved their schools and clinics to higher ground.",
        "Officials said the move was paid for by the towns themselves, with little help from the capital.",
    )
    assert article.title == headline
    assert article.captions == ()
    assert article.body_paragraphs[0].startswith("Over the past decade")


def test_a_label_with_a_colon_under_two_paragraphs_is_a_subheading_not_a_dateline() -> None:
    first = (
        "The river board is expected to name its new panel of engineers this week, a local paper reported on "
        "Monday, after months of delay over the budget and the fees."
    )
    second = (
        "The panel will meet in the capital before the rains begin, and its first task is a survey of the dykes "
        "along the lower reaches of the river and its delta."
    )
    article = _parse(
        "River board to name engineers", first, second, "PANEL MEMBERS:", "Ana Rivas, Tomas Lind, Kofi Mensah.", WA
    )
    assert article.dateline is None
    assert article.body_paragraphs[2] == "PANEL MEMBERS:"


def test_the_byline_printed_again_as_the_dumps_last_line_is_the_author_box() -> None:
    article = _parse(
        "Cup fixtures out", "By Harbour Desk", LEAD, SECOND, "FIXTURES:", "March 4: First match, Lanmo", "Harbour Desk"
    )
    assert article.body_paragraphs[-1] == "March 4: First match, Lanmo"


def test_an_ad_slots_label_glued_to_a_paragraph_is_cut() -> None:
    article = _parse(
        "Ferry fares rise again",
        LEAD,
        "Article continues after this advertisement" + SECOND,
        "Article continues after this advertisement",
        "The operator said the new fares would be reviewed after six months.",
    )
    assert article.body_paragraphs == (
        LEAD,
        SECOND,
        "The operator said the new fares would be reviewed after six months.",
    )


def test_a_first_paragraph_that_names_itself_a_photo_is_its_caption_even_cut_short() -> None:
    article = _parse(
        "Easing the jams on the island",
        "A file photo showing queues of cars on Jalan Sungai Rimba, Penang. The island is gro",
        "Readers weigh in on the plan for a tram line along the coast road.",
        "With the morning queues growing longer each year, most readers who wrote in back the tram line.",
        WA,
    )
    assert [c.text for c in article.captions] == [
        "A file photo showing queues of cars on Jalan Sungai Rimba, Penang. The island is gro"
    ]
    assert article.body_paragraphs[0].startswith("Readers weigh in")


def test_a_first_paragraph_naming_a_photo_and_its_source_is_its_caption() -> None:
    # "File photo from <Source> of ...": the photo's kind and where it came from, then what it shows
    caption = "File photo from Wildlife Rescue Unit of a sun bear freed from a snare in Kelantan."
    lead = "Sun bear numbers in the northern forests have fallen by half in ten years, a survey has found."
    article = _parse("Snares still the biggest threat to bears", caption, lead, SECOND, WA)
    assert [c.text for c in article.captions] == [caption]
    assert article.body_paragraphs == (lead, SECOND)


def test_a_first_paragraph_about_a_photo_that_tells_news_stays_the_lead() -> None:
    lead = "A photo of the missing hiker was shared by the rescue team on Sunday morning."
    article = _parse("Hikers found safe on the ridge", lead, SECOND, WA)
    assert article.captions == () and article.body_paragraphs[0] == lead


def test_a_mid_article_photos_second_caption_signed_by_a_wire_does_not_make_the_page_a_briefing() -> None:
    caption = "Ferries could carry twice as many riders by next year, according to the operator. — AFP"
    article = _parse(
        "Ferry operator adds night sailings",
        caption,
        caption,
        "PENANG: The ferry operator will add four night sailings from next month, its chief said on Monday.",
        "The boats will run every half hour until midnight on weekdays.",
        "A deckhand ties up a ferry at the terminal in George Town, Penang, March 3, 2024. REUTERS/Jane Tan",
        "Night riders have asked for later boats for years, the operator said. — Reuters",
        "Fares will stay the same, the chief added.",
        "The first night sailing leaves on the first of the month.",
    )
    assert [(c.text, c.credit) for c in article.captions] == [(caption[: -len(" — AFP")], "AFP")]
    assert article.body_paragraphs[0].startswith("PENANG:") and article.dateline == "PENANG"


def test_the_sites_own_caption_signed_by_a_wire_under_a_mid_article_photos_caption_is_not_body() -> None:
    # The wire's caption ("... REUTERS/Name"), then the site's caption of the same photo ("... — Reuters"): neither
    # is body; a sign-off on the last paragraph stays the article's agency.
    wire_caption = "A crane lifts a container at the port in Busan, South Korea, May 9, 2019. REUTERS/Jane Tan"
    site_caption = "Exports have picked up for a third month, with shipments of chips leading the rise. — Reuters"
    lead = "SEOUL: South Korea's exports rose for a third month in May, led by chips, trade data showed on Monday."
    third = "Shipments to China rose 4% from a year earlier, the trade ministry said."
    last = "Imports fell 2% over the same period, it said. — Reuters"
    article = _parse("Exports rise again", lead, SECOND, wire_caption, site_caption, third, last)
    assert article.body_paragraphs == (lead, SECOND, third, last[: -len(" — Reuters")])
    assert article.agency == "Reuters"


def test_a_dump_opening_with_a_name_and_an_age_has_no_headline() -> None:
    # A young reader's drawing captioned with the child's name and age, then the page's text: no headline.
    outcome = parse_text(
        "Nur Aisyah Binti Kamal, 8\n"
        "Lanterns are hung along the streets in the weeks before the festival, and families gather to eat.\n"
        "Children carry paper lanterns shaped like rabbits and stars through the park at night.\n"
    )
    assert not isinstance(outcome, ParsedArticle)


def test_an_images_file_name_is_no_body() -> None:
    assert classify.kind_of("a81f03c2-77de-4b1e-9c0a-1f2e3d4c5b6a.jpg") == classify.DROP
    assert classify.kind_of("The council will publish the plan.jpg") == classify.BODY  # words, not a file name
    article = _parse(
        "Harbour town opens a new fish market",
        "The harbour town opened its new fish market on Saturday morning, ahead of the festival season.",
        "fishmarket-2024-05-11.JPG",
        "Traders said the stalls were larger than those of the old market by the river.",
        WA,
    )
    assert "fishmarket-2024-05-11.JPG" not in article.body_paragraphs


def test_a_comment_boxs_login_prompt_ends_the_article() -> None:
    assert classify.kind_of("Please, login or register to post a comment") == classify.TAIL
    assert classify.kind_of("Sign in to leave a comment") == classify.TAIL
    assert classify.kind_of("Please log in to post comments on the forum.") == classify.TAIL
    assert classify.kind_of("Please login or register to read the rest of this article") != classify.TAIL


def test_a_caption_printed_again_with_its_bracketed_credit_glued_on_and_the_bylines_paper_and_town() -> None:
    caption = "Rescue workers search the river bank near the old bridge on Sunday morning."
    lead = (
        "Rescue teams searched the river for a second day on Sunday after a boat overturned near the old "
        "bridge, the district office said."
    )
    article = _parse(
        "Search for missing boatmen enters second day",
        "Jane Tan",
        "The Ridge Times, Northport",
        caption,
        f"{caption}(RT Photo)",
        lead,
        "Divers joined the search in the afternoon, officials said.",
        "First Published: Mar 03, 2024 10:15 IST",
    )
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "RT Photo")]
    assert article.body_paragraphs == (lead, "Divers joined the search in the afternoon, officials said.")


def test_a_templates_unrendered_placeholder_is_dropped() -> None:
    from transforms.segment import lines_of

    assert lines_of("Ferry fares rise\n3 Mar 2024 - {{ctrl.views.count}}\n{{ad.slot}}\nBody.") == [
        "Ferry fares rise",
        "3 Mar 2024 -",
        "Body.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Most Viewed Video Stories",
        "Disclaimer: All the comments will be moderated by the editors. " + "Please keep to the rules. " * 14,
    ],
)
def test_a_rail_heading_and_a_long_comment_disclaimer_end_the_article(line: str) -> None:
    assert classify.kind_of(line) in (classify.CHROME, classify.TAIL)


def test_a_caption_opening_with_an_acronym_and_signed_by_a_wire_is_no_print_lead() -> None:
    # "UN envoy ..." opens in capitals like a print lead, but a wire's credit closes it and the article follows.
    caption = (
        "UN envoy Marta Olsen greets relief workers at a camp near the river last Friday. "
        "Supplies should reach the hill villages first, rather than the market towns. — Bloomberg"
    )
    lead = "Health officials have drawn up a plan to send mobile clinics to the hill villages from next month."
    second = "The plan follows similar moves by several neighbouring provinces, who began their own rounds in spring."
    article = _parse("What to weigh before the clinics roll out", caption, lead, second, WA)
    assert [(c.text, c.credit) for c in article.captions] == [(caption[: caption.index(" —")], "Bloomberg")]
    assert article.body_paragraphs == (lead, second)


def test_a_caption_on_the_last_line_printed_again_and_cut_by_the_dumps_end_is_not_body() -> None:
    caption = "Amira Hassan (left) slicing a tray of layered cake at her stall in the night market on Jalan Kenari."
    article = _parse("Night market treats", LEAD, SECOND, caption, caption[:40])
    assert article.body_paragraphs == (LEAD, SECOND)
    assert "caption_in_body_removed" in article.warnings


def test_a_name_shaped_line_under_a_caption_printed_twice_is_the_bodys_subheading_not_a_byline() -> None:
    caption = "Maya Ortiz in one of her boldest roles yet – as a ferry captain in Harbour Lights."
    lead = (
        "STORIES of real rescues often share one flaw – we already know how they end. Even so, Harbour Lights "
        "keeps its grip from the first scene to the last, thanks to a tight script and a cast that never strains."
    )
    article = _parse("Films to watch this month", caption, caption, "Harbour Lights", lead, SECOND, WA)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, None)]
    assert article.body_paragraphs == ("Harbour Lights", lead, SECOND)


_UNCREDITED_PHOTO = "Halim Yusof grilling skewers of beef satay at his stall in the night market on Lorong Cempaka."
_PRINT_LEAD = (
    "STALLS along Lorong Cempaka open from 5pm every evening in the fasting month, drawing crowds from across the "
    "district."
)


def test_a_mid_article_photos_alt_text_and_caption_in_slightly_different_words_are_not_body() -> None:
    # The page's captions carry no credit: its photos inside the article show only by their words told twice.
    alt_text = "Grilled corn cobs are sold for RM4 at Lorong Cempaka 3, in Taman Seri Mawar."
    caption = "The grilled corn cobs are sold for RM4 at the night market in Lorong Cempaka 3, Taman Seri Mawar."
    third = "Stall owners set up their tables from 5pm, and most of them sell out well before the last prayers."
    article = _parse("Night market treats", _UNCREDITED_PHOTO, _PRINT_LEAD, SECOND, alt_text, caption, third, WA)
    assert [(c.text, c.credit) for c in article.captions] == [(_UNCREDITED_PHOTO, None)]
    assert article.body_paragraphs == (_PRINT_LEAD, SECOND, third)


def test_two_paragraphs_of_the_article_sharing_most_words_stay_body() -> None:
    first = "The council agreed on Friday that two roads in the town centre would close for repairs next week."
    second = "The council agreed that two roads in the town centre would close for repairs next month."
    article = _parse("Town roads to close for repairs", _UNCREDITED_PHOTO, _PRINT_LEAD, first, second, WA)
    assert article.body_paragraphs == (_PRINT_LEAD, first, second)


def test_a_headline_holding_a_year_and_two_capitalized_words_is_no_date_line() -> None:
    assert head.is_date_line("Sept 2024") and head.is_date_line("Updated 2024")
    article = _parse("Region", "", "Outlook: 2031 Harbour Plan", "", "Read the main points of the plan here.", LEAD)
    assert article.title == "Outlook: 2031 Harbour Plan"


def test_a_run_of_one_word_labels_over_a_headline_with_no_meta_is_chrome() -> None:
    article = _parse("Stories", "LOOKBACK", "", "A year of the mayor in ten quotes", "", LEAD, SECOND)
    assert article.title == "A year of the mayor in ten quotes"
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_desks_byline_with_its_town_and_dates_over_the_head_printed_again_is_chrome() -> None:
    article = _parse(
        "Nation",
        "Staff Reporter, Riverton",
        "Mon Mar 3, 2025 09:00 AM",
        "Most Viewed",
        "Nation",
        "Ferry fares to rise by a tenth next month",
        "Staff Reporter, Riverton",
        "Mon Mar 3, 2025 09:00 AM",
        "Ferry operators will raise fares by a tenth from next month, the river board said on Sunday.",
        SECOND,
        "App Store Google Play",
        "Click to comment",
        "Comments",
    )
    assert article.title == "Ferry fares to rise by a tenth next month"
    assert article.body_paragraphs[-1] == SECOND
    assert head.is_role_byline("Staff Correspondent, Riverton")
    assert not head.is_role_byline("Staff Correspondent, the river board said")


def test_a_scripts_comment_on_top_and_a_hot_this_week_rail_are_no_article() -> None:
    article = _parse(
        "// Sends the page's topic to the analytics tag",
        "Ferry fares to rise by a tenth next month",
        LEAD,
        SECOND,
        "Hot this week",
        "Council names new harbour master",
        "The council on Friday named a new harbour master, its spokesman said in a statement.",
    )
    assert article.title == "Ferry fares to rise by a tenth next month"
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_breaking_news_ticker_over_a_dated_headline_and_an_inline_link_are_no_article() -> None:
    lead = "Riverton (North Province): The river board has named three engineers to inspect the dykes, it said."
    article = _parse(
        "BREAKING NEWS",
        "Storm warning issued for the coast tonight",
        "Advertisement",
        "Riverton",
        "Updated on: Monday, March 03, 2025, 09:10 AM IST",
        "North Province: River board names three engineers to inspect the dykes",
        "Harbour master Jane Tan |",
        lead,
        SECOND,
        "ALSO READ",
        "North Province: Two clerks held over ferry permits",
        "The engineers will report to the board before the rains begin.",
        "(To get our daily e-paper on WhatsApp, tap here. Forwarding the PDF to friends is fine.)",
    )
    assert article.title == "North Province: River board names three engineers to inspect the dykes"
    assert [(c.text, c.credit) for c in article.captions] == [("Harbour master Jane Tan", None)]
    assert (article.dateline, article.agency) == ("Riverton (North Province)", None)
    assert article.body_paragraphs == (lead, SECOND, "The engineers will report to the board before the rains begin.")


def test_a_wire_acronyms_sign_off_or_source_line_names_the_agency() -> None:
    last = "The board will meet again in March to approve the new fares."
    signed = _parse(
        "Ferry fares to rise", "Ferry operators will raise fares by a tenth, the board said.", last + "   -KNA"
    )
    assert (signed.agency, signed.body_paragraphs[-1]) == ("KNA", last)
    sourced = _parse(
        "Ferry fares to rise", "Ferry operators will raise fares by a tenth, the board said.", last, "Source: KNA"
    )
    assert (sourced.agency, sourced.body_paragraphs[-1]) == ("KNA", last)


@pytest.mark.parametrize("source", ["Source KNA", "Source: KNR5"])
def test_a_source_line_naming_a_wires_acronym_without_a_colon_or_with_a_channels_number(source: str) -> None:
    last = "The board will meet again in March to approve the new fares."
    sourced = _parse(
        "Ferry fares to rise", "Ferry operators will raise fares by a tenth, the board said.", last, source
    )
    assert (sourced.agency, sourced.body_paragraphs[-1]) == (source[-4:].strip(" :"), last)


def test_a_source_line_naming_no_acronym_names_no_agency() -> None:
    last = "The board will meet again in March to approve the new fares."
    for source in ("Source: Harbour News Agency", "Source Kna"):
        sourced = _parse(
            "Ferry fares to rise", "Ferry operators will raise fares by a tenth, the board said.", last, source
        )
        assert sourced.agency is None


def test_a_copyright_notice_run_into_the_last_paragraph_is_no_body() -> None:
    last = (
        "The board will meet again in March to approve the new fares, after a round of talks with the ferry operators,"
        " the unions and the traders who ship their goods across the strait every morning, its chairman said."
    )
    article = _parse("Ferry fares to rise", LEAD, last + " © Harbour Media Group (M) Bhd")
    assert (article.body_paragraphs[-1], article.agency) == (last, None)
    # the mark inside a sentence is the article's words
    inside = last.replace("its chairman said.", "the © Harbour Lines 1998 logo on its hulls, its chairman said.")
    assert _parse("Ferry fares to rise", LEAD, inside).body_paragraphs[-1] == inside


def test_a_related_heading_run_into_its_links_headlines_ends_the_article() -> None:
    last = "The board will meet again in March to approve the new fares."
    related = "Related Articles Harbour board names three engineers Port reopens after the storm"
    assert _parse("Ferry fares to rise", LEAD, last, related).body_paragraphs == (LEAD, last)
    # a sentence opening with the words is the article's
    sentence = "Related stories on the fares ran in the paper last week, the board said."
    assert _parse("Ferry fares to rise", LEAD, last, sentence).body_paragraphs == (LEAD, last, sentence)


def test_a_caption_glued_to_a_title_case_dateline_and_a_vietnamese_wires_end_mark() -> None:
    lead = "Riverton (KNA) – The river board on Monday named three engineers to inspect the dykes."
    article = _parse(
        "River board names engineers",
        "Board chair Jane Tan at the meeting (Photo: KNA)" + lead,
        "The engineers will report to the board before the rains begin. /.",
    )
    assert [(c.text, c.credit) for c in article.captions] == [("Board chair Jane Tan at the meeting", "Photo: KNA")]
    assert (article.dateline, article.agency) == ("Riverton", "KNA")
    assert article.body_paragraphs == (lead, "The engineers will report to the board before the rains begin.")


def test_the_desks_initials_after_a_slash_end_the_article() -> None:
    lead = "RIVERTON – The river board on Monday named three engineers to inspect the dykes before the rains."
    last = "The engineers will report to the board before the rains begin, its chair said."
    appeal = [
        "Daily Post calls for support for the flood victims",
        "Answering calls for help, the Daily Post Foundation is collecting relief for the flooded towns.",
        "Donations may be sent to the foundation's account at the Riverton Savings Bank.",
    ]
    article = _parse("River board names engineers", lead, SECOND, f"{last} /jmt", *appeal)
    assert article.body_paragraphs == (lead, SECOND, last)  # the initials and the page's appeal under them go
    alone = _parse("River board names engineers", lead, SECOND, f"{last} /jmt")
    assert alone.body_paragraphs == (lead, SECOND, last)
    # a slash in the sentence's own words, or initials on every item of a list: no one end of the article
    path = f"{last} See the board's page at riverton.example /dykes"
    assert _parse("River board names engineers", lead, path, *appeal).body_paragraphs == (lead, path, *appeal)
    items = (f"{lead} /jt", f"{SECOND} /ab", f"{last} /jmt", appeal[1])
    assert _parse("River board names engineers", *items).body_paragraphs == items


def test_a_wires_name_in_brackets_closing_the_last_paragraph_is_its_sign_off() -> None:
    first = "The river board on Monday named three engineers to inspect the dykes before the rains."
    article = _parse("River board names engineers", first, "Scores by district: North 12, South 9 (PNA)", "News Feed:")
    assert (article.agency, article.body_paragraphs) == ("PNA", (first, "Scores by district: North 12, South 9"))
    # An acronym that names no wire is the sentence's own.
    last = "The inspection will be paid for by the river board (RBA)"
    article = _parse("River board names engineers", first, last)
    assert (article.agency, article.body_paragraphs[-1]) == (None, last)


def test_a_photos_alt_text_under_the_head_then_its_caption_with_a_bracketed_credit_is_one_caption() -> None:
    lead = "RIVERTON (TR) – A police officer stopped a man taking cash from an elderly woman last week."
    second = "The officer said the man's suit had raised his suspicions."
    article = _parse("Riverton: Quick-thinking officer stops a swindle", "Jane Tan", "Jane Tan (Twitter)", lead, second)
    assert [(c.text, c.credit) for c in article.captions] == [("Jane Tan", "Twitter")]
    assert article.body_paragraphs == (lead, second)


def test_a_short_source_name_in_brackets_after_the_last_sentence_is_its_sign_off() -> None:
    first = "The river board on Monday named three engineers to inspect the dykes before the rains."
    for source in ("KNA", "RiverWire"):
        last = "The engineers will report to the board in June."
        article = _parse("River board names engineers", first, f"{last} ({source})")
        assert (article.agency, article.body_paragraphs) == (source, (first, last))
    # An end mark, a photo word or a platform in brackets names no source.
    for kept in ("The engineers will report in June. (END)", "The dyke was mended in May. (YouTube)"):
        article = _parse("River board names engineers", first, kept)
        assert article.agency is None
    # On a line of its own under the last paragraph: the wire's acronym.
    last = "The engineers will report to the board in June."
    article = _parse("River board names engineers", first, last, "(KNA)")
    assert (article.agency, article.body_paragraphs) == ("KNA", (first, last))


def test_other_stories_cards_under_a_lone_dash_end_the_article() -> None:
    teaser = "The ferry operator said on Friday that fares on the river route would rise by a tenth from June..."
    article = _parse("Police arrest three", LEAD, SECOND, "-", teaser, "-", "Another card's first words run on...")
    assert article.body_paragraphs == (LEAD, SECOND)
    # A dash between two finished paragraphs is the article's own separator.
    article = _parse("Police arrest three", LEAD, "-", SECOND)
    assert article.body_paragraphs[-1] == SECOND


def test_the_pages_publish_date_label_under_the_article_ends_it() -> None:
    card = "Ferry fares to rise in June"
    article = _parse(
        "Police arrest three", LEAD, SECOND, "Publish Date : 3 March 2031 10:15 AM", card, "KUALA LUMPUR: ..."
    )
    assert article.body_paragraphs == (LEAD, SECOND)
    # Under the headline the label is a meta line like any date line.
    article = _parse("Police arrest three", "Publish Date : 3 March 2031 10:15 AM", LEAD, SECOND)
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_vietnamese_end_mark_glued_to_the_last_sentence_is_kept() -> None:
    last = "The engineers will report to the board before the rains begin./."
    article = _parse("River board names engineers", "Riverton (KNA) – The river board named three engineers.", last)
    assert article.body_paragraphs[-1] == last


def test_table_cell_bars_under_the_lead_do_not_make_it_a_standfirst() -> None:
    first = "The river board on Monday named three engineers to inspect the dykes before the rains."
    article = _parse(
        "River board names engineers",
        first,
        SECOND,
        "|",
        "|",
        "Board chair Jane Tan at the meeting (Photo: KNA) |",
        "The engineers will report to the board before the rains begin.",
    )
    assert article.body_paragraphs == (first, SECOND, "The engineers will report to the board before the rains begin.")


def test_slot_captions_credited_in_brackets_after_a_bracket_or_with_a_photographers_name() -> None:
    title = "River board names three engineers"
    caption = "Engineers inspect the dyke near the old pier (RDB)"
    article = _parse(title, f"{title} {caption} (KP/Jane Tan)", LEAD, SECOND)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "KP/Jane Tan")]
    named = _parse(title, "Board chair Ana Rivas Jr. (Tomas Lind)", "Board chair Ana Rivas Jr. (Tomas Lind)", LEAD)
    assert [(c.text, c.credit) for c in named.captions] == [("Board chair Ana Rivas Jr.", "Tomas Lind")]


def test_an_age_notice_a_plans_perks_and_an_app_stores_promo_are_no_article() -> None:
    first = "The river board is expected to name its engineers this evening."
    article = _parse(
        "River board to name engineers",
        "This article is 3 years old",
        first,
        "RM9.90 / month",
        "- Comment on every story",
        "- Share stories with your family",
    )
    assert article.body_paragraphs == (first,)
    closing = _parse(
        "Ferry fares to rise",
        LEAD,
        SECOND,
        "Read The Harbour Daily on your phone with its free app. Get it from the App Store or Google Play now",
    )
    assert closing.body_paragraphs == (LEAD, SECOND)


def test_a_papers_name_in_a_datelines_brackets_stays_its_agency() -> None:
    assert credits.dateline_of("Riverton (North Province): The board met.") == ("Riverton (North Province)", None)
    assert credits.dateline_of("RIVERTON (The Coast Ledger): The board met.") == ("RIVERTON", "The Coast Ledger")
    assert credits.dateline_of("Riverton (Harbour Herald): The board met.") == ("Riverton", "Harbour Herald")


def test_a_labelled_caption_of_a_photo_moment_inside_the_body_is_dropped() -> None:
    caption = "Lending a hand: Volunteers sorting boxes of donated clothes at the community hall in Kepong."
    article = _parse(
        "Flood victims receive aid",
        LEAD,
        SECOND,
        caption,
        "The aid will be handed out over the weekend, the organisers said.",
        "Lesson learnt: The council has since cleared the drains along the main road.",
        WA,
    )
    assert caption not in article.body_paragraphs
    assert "Lesson learnt: The council has since cleared the drains along the main road." in article.body_paragraphs


def test_a_short_label_over_a_briefings_first_section_label_names_its_photo() -> None:
    article = _parse(
        "The week that was - port deal, rubber prices, ringgit",
        "Port bldg",
        "Port deal called off",
        "SHARES in the port operator fell after its parent dropped a plan to take it private.",
        "Rubber prices slip",
        "PRICES of latex eased for a third week as demand from glove makers cooled.",
        "Ringgit firms",
        "THE ringgit ended the week stronger against the US dollar.",
        WA,
    )
    assert [c.text for c in article.captions] == ["Port bldg"]
    assert article.body_paragraphs[0] == "Port deal called off"


def test_a_columns_logo_named_by_its_alt_text_is_its_caption() -> None:
    article = _parse(
        "Market notes for Tue, June 4",
        "Market Notes logo for the business desk.",
        "Market notes on June 4",
        "* A plantation group says its net profit for the quarter ended March 31 doubled to RM88mil on higher "
        "palm oil prices and lower fertiliser costs, and it will pay a dividend of five sen a share.",
        "* A builder has won a RM120mil contract from the state government to build a school and a hostel in "
        "Kuantan, to be completed within two years, lifting its order book to RM1.1bil.",
        WA,
    )
    assert [c.text for c in article.captions] == ["Market Notes logo for the business desk."]
    assert article.body_paragraphs[0] == "Market notes on June 4"


def test_an_events_dates_in_a_listing_under_the_photo_are_body_not_a_byline_block() -> None:
    article = _parse(
        "Arts this week: a print fair and a dance",
        "Visitors look at prints on the opening night of the fair. Photo: Handout",
        "PENANG PRINT FAIR",
        "Venue: Old Customs House, George Town",
        "Date: Mar 3-9",
        "THE print fair returns for a fifth year, with forty studios showing woodcuts, etchings and screen prints.",
        "Entry is free on weekdays.",
    )
    assert article.body_paragraphs[:3] == (
        "PENANG PRINT FAIR",
        "Venue: Old Customs House, George Town",
        "Date: Mar 3-9",
    )


def test_a_subheading_in_capitals_with_a_span_of_dates_under_the_intro_is_body_not_a_byline_block() -> None:
    caption = "Farmers march on the capital's main road on Mar 3, 2031. PHOTO: REUTERS"
    intro = "Farmers have marched in two provinces this year. Here is how the marches went."
    heading = "NORTHERN MARCHES (Mar 3, 2031 - Jun 9, 2031)"
    item = "Scale:Several thousand farmers took part at the peak. Nobody was hurt."
    article = _parse("How the farmers' marches went", caption, intro, heading, item, "Cause: Grain prices fell.")
    assert article.body_paragraphs[:3] == (intro, heading, item)
    for span in ("EASTERN MARCHES (3 Mar - 9 Jun)", "EASTERN MARCHES (March 3 - June 9, 2031)"):
        assert _parse("How the farmers' marches went", caption, intro, span, item).body_paragraphs[1] == span
    # a time stamp under the caption, one date and the time after a dash, is still the byline block's
    stamped = _parse("How the farmers' marches went", caption, "Published : Mar 3, 2031 - 15:31", intro, item)
    assert stamped.body_paragraphs == (intro, item)


def test_a_video_pages_rail_of_other_clips_under_its_summary_is_no_body() -> None:
    summary = "Young voters say they want leaders who listen. What do they expect from the new council, and how "
    summary += "can they help shape the town they want?"
    rail = ("WATCH NEXT", "Ferry crews train for the storm season", "02 mins", "Harbour market at dawn", "3 mins")
    article = _parse("Town Hall Live: What young voters want", "41:07 Min", summary, *rail)
    assert article.body_paragraphs == (summary,)


@pytest.mark.parametrize(
    "cast",
    [
        "Panellists: Mei Lin (Moderator), Ali bin Omar (The Ledger), Jo Koh (Harbour Party) and Ana Cruz (Green Party)",
        "Host: Tomas Reyes",
        "Guests: Dr Jane Tan-Mei & Ravi Kumar (Port Authority)",
    ],
)
def test_a_programmes_cast_under_its_summary_is_no_body(cast: str) -> None:
    summary = "Young voters say they want leaders who listen, a survey of the town's students found this month."
    assert classify.kind_of(cast) == classify.DROP
    assert _parse("Town Hall Live: What young voters want", summary, cast).body_paragraphs == (summary,)


@pytest.mark.parametrize(
    "line",
    [
        "Guests: many families came to the fair despite the rain.",  # a sentence under the label
        "Host: The town will welcome the regatta again next year.",
        "Hosts and guests alike praised the food.",
    ],
)
def test_a_sentence_under_a_cast_label_stays_body(line: str) -> None:
    assert classify.kind_of(line) == classify.BODY


def test_an_uncredited_caption_glued_to_its_own_copy_cut_by_the_dumps_end_is_not_body() -> None:
    caption = "The old ferry terminal is one of the busiest spots on the island at weekends."
    article = _parse("A weekend on the island", LEAD, SECOND, caption + caption[:45])
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_compilers_byline_on_top_is_never_the_headline() -> None:
    lead = (
        "THE crew behind a student film drew praise online after its trailer was viewed half a million times in a week."
    )
    outcome = parse_text(f"Compiled by MEI LING TAN and R. KUMAR\n{lead}\n{SECOND}\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    assert _parse("Written by Mira Solano", "Ferry fares to rise in April", LEAD, SECOND).title == (
        "Ferry fares to rise in April"
    )
    assert _parse("Hit by floods, a town rebuilds", LEAD, SECOND).title == "Hit by floods, a town rebuilds"


def test_a_teams_byline_on_top_is_never_the_headline() -> None:
    lead = "KAMPAR: Officers began patrolling the peat forests after the hot spell dried out the district's canals."
    outcome = parse_text(f"Reports by MEI LING TAN, ALI BAKAR, SITI NOOR and R. KUMAR\n{lead}\n{SECOND}\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    assert _parse("Reports by schools, parents and teachers", LEAD, SECOND).title == (
        "Reports by schools, parents and teachers"
    )


def test_a_teams_by_line_as_the_first_line_is_never_the_headline() -> None:
    lead = "KAMPAR: Officers began patrolling the peat forests after the hot spell dried out the district's canals."
    for byline in ("By MEI LING TAN, ALI BAKAR and R. KUMAR", "By Mei Ling Tan and Ali Bakar"):
        assert _parse(byline, "Patrols stepped up as haze returns", lead, SECOND).title == (
            "Patrols stepped up as haze returns"
        )
    # names' shape, not the word: a headline opening with "By" stays the headline
    assert _parse("By land, sea and air", lead, SECOND).title == "By land, sea and air"


def test_a_by_line_under_a_short_headline_is_never_the_headline_the_short_line_labels() -> None:
    review = (
        "He is a harbour pilot who has never lost a ship (not yet, anyway). However, he cannot stand the new port"
        " rules, and says so. His father once ran the same tugs, daily, for the old port company."
    )
    for byline in ("By Jon Areta, Screen Desk Editorial", "By Jon Areta Lund"):
        assert _parse("Tidewater Film Review", byline, review, "He is pilot Jon Areta (Mika Lund).").title == (
            "Tidewater Film Review"
        )


def test_a_picture_desks_placeholder_before_a_caption_is_dropped() -> None:
    caption = "(BRIEF CAPTION) Fans cheering the home side at the final in Ipoh last year. JANE TAN/The Star."
    article = _parse("Tournament called off", caption, LEAD, SECOND)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Fans cheering the home side at the final in Ipoh last year.", "JANE TAN/The Star.")
    ]


def test_a_first_paragraph_pointing_at_its_photos_by_place_is_a_caption() -> None:
    caption = (
        "The old jetty (pic, above) and the new pier (pic, below) are both busy again, though the pier is cleaner."
    )
    first = "Some years ago, the jetty in the fishing village was one of the dirtiest spots on the coast."
    second = "After the matter was raised by residents, the council said it would clean up the area."
    article = _parse("Time to keep the coast clean", caption, first, second)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, None)]
    assert article.body_paragraphs == (first, second)


def test_a_box_calling_for_readers_stories_under_the_photo_is_neither_caption_nor_body() -> None:
    call = (
        "Been somewhere lately? Tell us about your trip in 600 words with a few photos. We do not pay "
        "for submissions and we may edit them. Email trips@example.com with the subject “My Trip”."
    )
    first = "We had not been to the highlands for years, so we set off early one Friday in the rain."
    second = "The road up was busier than we remembered, and we stopped twice for tea and scones."
    article = _parse(
        "Tea, scones and a rainy drive", "The tea fields at dawn. — JANE TAN", "Share your trip", call, first, second
    )
    assert [(c.text, c.credit) for c in article.captions] == [("The tea fields at dawn.", "JANE TAN")]
    assert article.body_paragraphs == (first, second)


def test_a_noscript_notice_over_the_headline_is_chrome() -> None:
    article = _parse(
        "JavaScript is disabled. Turn it on to see the whole page.",
        "Ferry operator adds two night crossings to the island",
        "Saturday, May 4, 2024, 09:10 GMT+7",
        "The ferry operator will add two night crossings to the island from next week after complaints from "
        "workers who miss the last boat, its manager said on Saturday.",
    )
    assert article.title == "Ferry operator adds two night crossings to the island"
    assert head.is_chrome("JavaScript is turned off. Enable it to read the full page.")


def test_a_site_notice_signed_by_the_desk_over_the_headline_is_chrome() -> None:
    article = _parse(
        "Our news service will pause over the long weekend and resume on Tuesday. Thank you for reading.",
        "— The Editors",
        "Half a century of the river ferry: from one boat to twelve",
        "By Jane Tan",
        "RIVERTON – The river ferry marked its fiftieth year on Monday with a parade of its twelve boats.",
    )
    assert article.title == "Half a century of the river ferry: from one boat to twelve"
    assert article.captions == ()


@pytest.mark.parametrize("byline", ["- JANE TAN", "- Jane Tan"])
def test_a_print_headline_over_a_dashed_byline_is_no_desk_notice(byline: str) -> None:
    # A print page: the paper's name, the headline, "- NAME" as the byline; a quote under the lead reads as a headline,
    # yet the headline is no notice signed by a desk (a notice is sentences; the name in capitals is a print byline
    # too, but the name in title case reads as a desk's signature: only the headline's missing stop tells them apart).
    article = _parse(
        "Valley Courier",
        "Rovers punished for a sluggish opening",
        byline,
        "A season is long, the Rovers coach reminded his players after a loss to the league leaders on Sunday.",
        "‘‘We started below par and paid for it’’",
        "The sides played twice before the season, with the Rovers winning both games at home.",
    )
    assert article.title == "Rovers punished for a sluggish opening"
    assert article.body_paragraphs[0].startswith("A season is")


def test_a_headline_right_over_its_dateline_under_a_rail_of_other_stories() -> None:
    # Other stories' photos (captions closed as sentences) and links over the article: no chrome test knows them;
    # the headline is the line right over the lead's dateline (past the share button), its words in the lead.
    article = _parse(
        "Fishermen haul their boats up the beach before the storm reaches the bay, in Port Lena, on Tuesday.",
        "Storm closes the bay to boats",
        "A crowd watches the opening parade of the harvest fair in the old market square of Riverton on Sunday.",
        "Harvest fair opens with parade",
        "Ferry line adds night crossings to the islands",
        "Share",
        "RIVERTON (Wire) — The ferry line will add night crossings to the islands from next month, "
        "its chief said on Monday evening.",
        "The crossings will run three times a week until the end of the summer season, the line said on Monday.",
    )
    assert article.title == "Ferry line adds night crossings to the islands"
    assert article.dateline == "RIVERTON" and article.agency == "Wire"


def test_a_dump_opening_on_its_dateline_lead_stays_without_a_headline() -> None:
    outcome = parse_text(
        "RIVERTON (Wire) — The ferry line will add night crossings to the islands from next month, "
        "its chief said on Monday evening.\n"
        "The crossings will run three times a week until the end of the summer season, the line said on Monday.\n"
    )
    assert not isinstance(outcome, ParsedArticle)


def test_a_writers_name_over_the_dateline_lead_is_no_headline() -> None:
    # The page's head is lost: the byline stands first, right over the lead's dateline; no headline.
    outcome = parse_text(
        "Jane Tan\n"
        "RIVERTON: At least twenty people have been treated for heatstroke in the city since Saturday evening, "
        "the hospital said.\n"
        "Most of them were elderly residents of the old quarter, where power cuts have lasted for hours.\n"
    )
    assert not isinstance(outcome, ParsedArticle)


def test_a_bulletins_generic_headline_over_the_dateline_lead_is_the_headline() -> None:
    # Two title-case words, read as a name, but the last names the bulletin's kind: no writer is called "... Alert".
    lead = "Riverton, Eastland – Flood warnings were raised for the river towns after a night of heavy rain."
    article = _parse("Flood Alert", "", lead, "", "Schools in the lower valley will stay shut until the water falls.")
    assert article.title == "Flood Alert" and article.dateline == "Riverton, Eastland"
    # a writer's name there is still the byline of a page whose headline was lost
    named = parse_text(f"Flora Aldert\n\n{lead}\n\nSchools in the lower valley will stay shut.\n")
    assert not isinstance(named, ParsedArticle)


def test_a_headline_saved_as_a_lone_bullet_under_the_date_line() -> None:
    # The page's date and time on top, then the headline as a list item: too long for a section, no menu around it.
    article = _parse(
        "Mar 3, 2024 08:51 UTC",
        "  •  Ferry line adds night crossings to the islands",
        "The ferry line will add night crossings to the islands from next month, its chief said on Monday evening.",
        SECOND,
    )
    assert article.title == "Ferry line adds night crossings to the islands"
    assert article.section is None


def test_a_headline_over_a_byline_split_after_by_is_the_headline() -> None:
    # "By" on a line of its own over the writer's name, then a relative date: the byline, not chrome over a name
    # that would read as a dated headline.
    article = _parse(
        "Friday, April 4, 2025",
        "Year in review: the river towns in 2021",
        "by",
        "Jane Tan",
        "1189 days ago",
        "The year 2021 was a hard one for the river towns, which saw floods in spring and a drought in the autumn.",
        SECOND,
    )
    assert article.title == "Year in review: the river towns in 2021"


def test_a_tag_the_lead_opens_with_is_no_headline() -> None:
    # The page lost its headline: the story's tag stands first and the lead opens with its words.
    outcome = parse_text(
        "Harbour Rovers\n"
        "Harbour Rovers coach Jane Tan has named a squad of 23 players for the two cup matches to be played next "
        "month.\n"
        "The squad gathers in Riverton on Monday and trains each morning until the opening match.\n"
    )
    assert not isinstance(outcome, ParsedArticle)


def test_a_headline_closed_by_a_full_stop_over_its_sources_name_is_the_headline() -> None:
    article = _parse(
        "Towns build more clinics as they grow, yet nurses are too few.",
        "Valley News",
        "Reuters, RIVERTON – The new clinic on the hill opened its doors on Monday to a queue of about fifty "
        "people, most of whom had waited since dawn.",
        "The town council said a second clinic would open next year.",
    )
    assert article.title == "Towns build more clinics as they grow, yet nurses are too few."
    assert (article.dateline, article.agency) == ("RIVERTON", "Reuters")
    assert article.body_paragraphs[0].startswith("Reuters, RIVERTON")


def test_a_headline_run_into_the_lead_on_one_line_is_split_where_the_lead_opens() -> None:
    article = _parse(
        " date 2022-05-01 Ferry sinks in storm off the southern cape At least 12 people were rescued from the "
        "water after a ferry sank in a storm on Sunday, the coast guard said.",
        "Divers were searching for two passengers still missing, the coast guard added.",
        "(With AFP inputs)",
    )
    assert article.title == "Ferry sinks in storm off the southern cape"
    assert article.body_paragraphs[0].startswith("At least 12 people were rescued")
    assert article.agency == "AFP"
    assert classify._headline_glued_to_lead("The court heard the case in Riverton on Monday after a delay.") is None


def test_a_channel_invitation_between_the_head_and_the_article_is_no_end() -> None:
    article = _parse(
        "Ten held over river smuggling ring",
        "Join our Telegram channel to get the top stories of the day first.",
        "Police arrested ten people over a smuggling ring on the river on Saturday, 4 May",
        "The district police chief said the ten were held at a jetty near the river mouth at dawn.",
        "Boats, fuel drums and cash were seized in the raid, he said in a statement on Sunday.",
        "All ten are being held for seven days to help the investigation, he added.",
    )
    assert article.body_paragraphs[0].startswith("Police arrested ten people")
    assert len(article.body_paragraphs) == 4


def test_a_channel_invitation_over_a_caption_and_the_dateline_lead_is_no_end() -> None:
    # the invitation under the byline, a photo's caption and the dateline's lead under it (a short paragraph among
    # the first ones: no run of long paragraphs right under the invitation)
    body = (
        "RIVERTON (May 4): A fire destroyed a wooden house in Kampung Seri on Tuesday, leaving nine people homeless.",
        "The fire department said in a statement that all the occupants escaped unhurt.",
        "A call about the fire was received at 3.10pm.",
        "Twelve firefighters from the Riverton station were sent to the scene, the statement said.",
        "Investigators are still looking into what started the blaze.",
    )
    article = _parse(
        "Fire leaves family of nine homeless",
        "By Jane Tan",
        "For the latest headlines, join The Harbour Ledger's Telegram Channel and the Ledger on Newsapp.",
        "Fire department photo shows the burnt house.",
        *body,
    )
    assert article.captions == (Caption("Fire department photo shows the burnt house.", None),)
    assert article.body_paragraphs == body
    assert article.dateline == "RIVERTON (May 4)"


def test_a_channel_invitation_under_a_short_article_with_no_article_below_it_ends_the_article() -> None:
    invite = "For the latest headlines, join The Harbour Ledger's Telegram Channel and the Ledger on Newsapp."
    article = _parse(
        "Fire leaves family of nine homeless",
        LEAD,
        SECOND,
        invite,
        "Ferry service halted after engine fire",
        "Rail line to the port delayed again",
    )
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_follow_us_line_between_the_head_and_the_dateline_lead_is_no_end() -> None:
    # under the summary and the photo's caption printed twice, the invitation and a box of key points: the article
    # starts under them, so the invitation ends nothing (it is dropped)
    caption = "Volunteers cheer outside the party office in Riverton on Saturday morning, 9 May 2020."
    lead = "RIVERTON — As the final count was read out early on Saturday, cheers rang out across the new estate."
    body = (
        lead,
        "Residents said they hoped the new members would keep the promises made during the campaign.",
        "Several said they had not expected the result, while others said the change had been coming for years.",
        "Official figures show that more than half of the residents are aged under 40, the council said.",
    )
    article = _parse(
        "Riverton voters hope for change as new team takes the ward",
        lead,
        caption,
        caption,
        "Follow us on Threads and TikTok for the latest updates from our newsroom.",
        "• The new team won 52 per cent of the votes cast",
        *body,
    )
    assert article.body_paragraphs[-len(body) :] == body


def test_other_stories_headlines_and_teasers_between_the_head_and_the_article_are_no_body() -> None:
    article = _parse(
        "Thursday, March 7, 2024",
        "Two states get the largest share of the budget",
        "Poorer states get a third of the development funds.",
        "Other News",
        "Fishermen protest over new net rules",
        "The rules ban nets with a mesh smaller than five centimetres from next month.",
        "Rail line to the port delayed again",
        "The contractor says the rains held up work on the bridge for three months.",
        "The two largest states received the biggest shares of the budget for next year.",
        "The finance minister said the first received RM5 billion for 900 projects.",
        "The second received RM4 billion for 700 projects, up from 600 this year.",
        "Poorer states received more than a third of the funds for development.",
    )
    assert article.body_paragraphs[0].startswith("The two largest states received the biggest shares")
    assert len(article.body_paragraphs) == 4


CAPTION = "Passengers with bicycles and baskets of fruit queue for the morning ferry at the old pier on May 2."


def test_a_writers_name_and_staff_role_under_the_photo_is_neither_caption_nor_body() -> None:
    article = _parse(
        "Ferry fares to rise by a fifth in June",
        f"{CAPTION}   © Reuters",
        "JANE TAN, Mekong Post staff writer | Laos",
        "VIENTIANE -- Ferry fares on the river will rise by a fifth from June, the operator said on Monday.",
        "The operator blamed the price of fuel, which has doubled since last year.",
    )
    assert [(c.text, c.credit) for c in article.captions] == [(CAPTION, "© Reuters")]
    assert article.body_paragraphs[0].startswith("VIENTIANE")


def test_a_first_paragraph_naming_its_source_is_the_lead_not_a_caption() -> None:
    article = _parse(
        "Three hurt as storm hits hill village",
        "A storm that swept through a hill village on Monday night injured three farmers and flattened two barns, "
        "according to the village head.",
        "The roofs of a school and a clinic were also torn off, he said, and the road to the town was blocked.",
    )
    assert article.captions == ()
    assert classify._caption_grammar("A storm hitting the village, according to residents.") is False


def test_a_paragraph_naming_its_source_above_an_acronym_lead_is_body() -> None:
    article = _parse(
        "Polls open on time, monitor says",
        "Polling day got off to a calm start, according to a first survey of stations released this morning by a "
        "monitoring group.",
        "The group sent 900 observers to a sample of 300 stations in every province. Observers are also at every "
        "station in the capital.",
        "TAC said its monitors could enter every station, nine in ten of the stations opened on the hour, "
        "and ballots had arrived everywhere.",
    )
    assert article.captions == ()
    assert article.body_paragraphs[0].startswith("Polling day")


def test_towns_joined_by_a_slash_before_a_colon_are_a_dateline() -> None:
    assert credits.dateline_of("Hilltown/Rivertown: The commission has announced 200 results.") == (
        "Hilltown/Rivertown",
        None,
    )


def test_a_see_also_link_login_box_and_app_prompt_are_no_body() -> None:
    article = _parse(
        "River towns brace for floods",
        "RIVERTON: Towns along the river were told to prepare for floods as the water rose on Monday.",
        "See also  Dam gates opened as rain continues",
        "The water rose by a metre overnight, the irrigation department said.",
        "Download it from the App Store or Play Store.",
        "Welcome! Log into your account",
        "Remember me Lost your password?",
    )
    assert article.body_paragraphs == (
        "RIVERTON: Towns along the river were told to prepare for floods as the water rose on Monday.",
        "The water rose by a metre overnight, the irrigation department said.",
    )
    assert classify.kind_of("Share on FacebookShare on Twitter") == classify.DROP
    assert classify.kind_of("Welcome! Log into your account") == classify.TAIL
    assert classify.kind_of("Remember me Lost your password?") == classify.TAIL


def test_a_known_sites_crumbs_a_spaced_wire_credit_and_a_long_title_case_place_lead() -> None:
    article = _parse(
        " date 2025-01-05 ETV Bharat / world",
        "Queues of injured outside city hospital after storm",
        "Nurses at the entrance of the 500-bed hospital ( AFP )",
        "Riverton: Rows of injured people waited outside the entrance of the 500-bed hospital in the city of "
        "Riverton on Sunday, some of them bleeding and others in shock after the storm tore through the old town.",
        "Cars and pickups brought more of the injured through the night, some of them carried in on doors.",
    )
    assert article.title == "Queues of injured outside city hospital after storm"
    assert [(c.text, c.credit) for c in article.captions] == [("Nurses at the entrance of the 500-bed hospital", "AFP")]
    assert article.dateline == "Riverton"


def test_a_wire_and_the_town_it_reported_from_under_the_headline_is_no_body() -> None:
    article = _parse(
        "Ferry capsizes on the lake, 12 rescued",
        "Afp, Riverton",
        "Twelve people were rescued when a ferry capsized on the lake on Sunday, police said on Monday.",
    )
    assert article.body_paragraphs == (
        "Twelve people were rescued when a ferry capsized on the lake on Sunday, police said on Monday.",
    )


def test_a_credited_caption_between_the_headline_and_its_copy_under_the_pages_buttons() -> None:
    title = "Ferry fares cut as fuel prices fall"
    caption = "Passengers board a ferry at the harbour on Monday. (AFP/File)"
    lead = "RIVERTON: The ferry operator cut its fares by a tenth on Monday, citing lower fuel prices, it said."
    article = _parse(title, caption, "Short link", "Updated 3 March 2024", "Subscribe", title, lead, "More text.")
    assert article.title == title
    assert [(c.text, c.credit) for c in article.captions] == [(caption[:-11], "AFP/File")]
    assert article.body_paragraphs == (lead, "More text.") and article.dateline == "RIVERTON"
    # the caption printed twice (alt text, caption) between them: recorded once
    article = _parse(title, caption, caption, title, lead, "More text.")
    assert [(c.text, c.credit) for c in article.captions] == [(caption[:-11], "AFP/File")]
    assert article.body_paragraphs == (lead, "More text.")


def test_a_wire_named_in_full_and_its_town_after_a_bar_under_the_standfirst_is_no_body() -> None:
    lead = "Twelve people were rescued when a ferry capsized on the lake on Sunday, police said on Monday."
    article = _parse(
        "Ferry capsizes on the lake, 12 rescued",
        "Divers were still searching for two passengers",
        "Press Trust of India  |  Riverton ",
        lead,
        "The ferry was carrying 14 people, they said.",
    )
    assert article.body_paragraphs == (lead, "The ferry was carrying 14 people, they said.")


def test_a_sites_follow_prompts_other_stories_cards_and_a_full_story_source_end_the_article() -> None:
    assert classify.kind_of("The Ledger is now on Telegram!") == classify.WHATSAPP
    assert classify.kind_of("Keep up with The Ledger by following us on Facebook.") == classify.WHATSAPP
    assert classify.kind_of("Police asked residents to follow the updates on Facebook.") == classify.BODY
    article = _parse(
        "Night market to reopen after repairs",
        "The night market by the river will reopen on Friday after two months of repairs, the council said.",
        "Traders said they were glad to be back before the festival.",
        "Full story: The Valley Times",
        "VALLEY TIMES ONLINE REPORTERS",
        "- Local News3 months ago",
        "Bridge to close for a week",
    )
    assert len(article.body_paragraphs) == 2
    assert classify.kind_of("- Local News3 months ago") == classify.TAIL


def test_a_see_also_or_must_see_heading_alone_ends_the_article() -> None:
    assert classify.kind_of("See Also") == classify.CHROME
    assert classify.kind_of("Must see:") == classify.CHROME
    assert classify.kind_of("See also: Dam gates opened") == classify.DROP  # an inline link stays furniture


def test_a_byline_in_lower_case_under_the_photo_is_neither_caption_nor_body() -> None:
    article = _parse(
        "Five held over river smuggling ring",
        "Police officers speak to reporters in the state capital today about the arrests made on the river. "
        "– JANE TAN/The Valley Times pic, May 4, 2023",
        "by Jane Tan",
        "RIVERTON – Police believe they have broken up a smuggling ring after holding five men on the river.",
    )
    assert [c.text for c in article.captions] == [
        "Police officers speak to reporters in the state capital today about the arrests made on the river."
    ]


def test_a_place_and_country_in_title_case_before_an_en_dash_are_a_dateline() -> None:
    assert credits.dateline_of("Riverton, Valeria – In a large raid, police arrested two men.") == (
        "Riverton, Valeria",
        None,
    )


def test_a_first_paragraph_naming_only_the_pictures_kind_is_its_caption() -> None:
    article = _parse(
        "Ferry service to resume after the floods recede",
        "Screen grab.",
        "The ferry service across the river will resume next week once the water falls, its operator said today.",
        "Boats have stayed tied up at the pier since the storm.",
    )
    assert [c.text for c in article.captions] == ["Screen grab."]
    assert article.body_paragraphs[0].startswith("The ferry service")


def test_a_source_sites_address_in_brackets_closes_the_article() -> None:
    article = _parse(
        "Ferry service to resume after the floods recede",
        "The ferry service across the river will resume next week once the water falls, its operator said today.",
        "Boats have stayed tied up at the pier since the storm.",
        "(news.example.lk)",
    )
    assert article.agency == "news.example.lk"
    assert article.body_paragraphs[-1] == "Boats have stayed tied up at the pier since the storm."
    assert classify.kind_of("(see page four)") == classify.BODY


def test_a_teams_byline_under_the_photo_is_neither_caption_nor_body() -> None:
    names = ["JANE TAN", "ALI BAKAR", "MEI LING", "SITI AMINAH", "RAJ KUMAR", "LEE WEI HONG", "AHMAD ZAKI", "K. DEVI"]
    byline = "Reports by " + ", ".join(names * 2) + " and NUR HANA"  # a desk's dozen writers: longer than a byline
    caption = "Crowded out: Banners of one side outnumber the other's along the main road."
    article = _parse("Old rivals square up again in the north", caption, byline, LEAD, SECOND, WA)
    assert [c.text for c in article.captions] == [caption]
    assert article.body_paragraphs == (LEAD, SECOND)
    assert head.is_team_byline("By Jane Tan, Ali Bakar & Mei Ling")
    # A sentence opening with 'By' is no byline.
    assert not head.is_team_byline("By then, the homes and the hall were gone")
    assert all(verb[0] in head._TEAM_BYLINE_FIRST for verb in head._TEAM_BYLINE_VERBS)  # the fast path's letters


def test_a_headline_worded_summary_under_a_credited_photo_over_a_print_lead_is_neither_caption_nor_body() -> None:
    caption = "Council officers marking a dumpsite beside the old cemetery in Kampung Baru."
    dek = "Officers find several more spots used for burning waste"
    article = _parse("Closing the net on fly-tippers", f"{caption} — JANE TAN/The Post", dek, PRINT_LEAD, SECOND, WA)
    assert [c.text for c in article.captions] == [caption]
    assert article.body_paragraphs == (PRINT_LEAD, SECOND)
    # Under an uncredited caption (a column's photo), the same line opens the column: body.
    column = _parse("Closing the net on fly-tippers", caption, dek, PRINT_LEAD, SECOND, WA)
    assert column.body_paragraphs == (dek, PRINT_LEAD, SECOND)


def test_a_headline_worded_summary_without_a_full_stop_over_the_dateline_is_neither_caption_nor_body() -> None:
    article = _parse(
        "Are cheap noodle prices a thing of the past?",
        "Dearer flour, weak ringgit squeeze small makers",
        LEAD,
        SECOND,
    )
    assert article.captions == ()
    assert article.body_paragraphs == (LEAD, SECOND)
    under_photo = _parse(
        "Lantern walk lights up the old town",
        "Children carrying paper lanterns during the parade through the old quarter. — JANE TAN/The Post",
        "Week of festivities fills riverside lanes with colour",
        LEAD,
        SECOND,
    )
    assert [c.text for c in under_photo.captions] == [
        "Children carrying paper lanterns during the parade through the old quarter."
    ]
    assert under_photo.body_paragraphs == (LEAD, SECOND)
    # A headshot's caption says who is shown: a finite verb.
    headshot = _parse("Charges loom for tycoon", "Ali Bakar is one of three people named in the suit", LEAD, SECOND)
    assert [c.text for c in headshot.captions] == ["Ali Bakar is one of three people named in the suit"]


def test_an_uncredited_caption_lifted_from_the_story_stays_body_where_the_story_prints_it() -> None:
    lifted = "Rice, the region's staple grain, rose to a fresh high in the capital's markets, lifted by poor harvests."
    article = _parse("Rice prices climb again", lifted, LEAD, lifted, SECOND, WA)
    assert (article.captions, article.body_paragraphs) == ((Caption(lifted, None),), (LEAD, lifted, SECOND))
    # a labelled caption is the photo's own words: printed again inside the body, it is that photo again
    labelled = "Long wait: Traders stand by their empty stalls at the wholesale market in the capital."
    photo = _parse("Rice prices climb again", labelled, LEAD, labelled, SECOND, WA)
    assert (photo.captions, photo.body_paragraphs) == ((Caption(labelled, None),), (LEAD, SECOND))


def test_a_label_phrase_and_a_name_over_the_dateline_is_a_headshots_caption_not_a_standfirst() -> None:
    for caption in ("Steady hand at the helm: Siti Aminah binti Yusof", "Still the crowd favourite: Tan Boon Keat"):
        article = _parse("Veteran skipper keeps ferry crew going", caption, LEAD, SECOND)
        assert (article.captions, article.body_paragraphs) == ((Caption(caption, None),), (LEAD, SECOND))
    # a summary whose words after the colon tell what happened stays a standfirst
    summary = _parse("Ferry crews stay on", "Rising fuel bills: operators weigh dearer fares", LEAD, SECOND)
    assert (summary.captions, summary.body_paragraphs) == ((), (LEAD, SECOND))


def test_another_storys_headline_between_the_last_paragraph_and_the_credits_line_is_a_link() -> None:
    wire_lead = "BERLIN (Reuters) - Rail workers began a two-day strike on Monday, halting most trains, the union said."
    last = "Talks with the operator are due to resume next week."
    article = _parse(
        "Rail strike halts trains",
        wire_lead,
        last,
        "Town council hands out school vouchers to 300 families",
        "(Reporting by Jane Tan; Editing by Ali Bakar)",
        WA,
    )
    assert article.body_paragraphs == (wire_lead, last)
    assert article.reporters == ("Jane Tan",) and article.editors == ("Ali Bakar",)


def test_the_wires_credits_run_into_the_last_paragraph_are_cut_and_name_its_people() -> None:
    wire_lead = "BERLIN (Reuters) - Rail workers began a two-day strike on Monday, halting most trains, the union said."
    last = "Talks with the operator are due to resume next week."
    for tail in (last, "Drivers: Jan Bauer, Eva Roth, Max Weber"):  # a finished sentence, or a list's last name
        article = _parse(
            "Rail strike halts trains", wire_lead, f"{tail} (Reporting by Jane Tan and Tom Lee; Editing by Ali Bakar)"
        )
        assert article.body_paragraphs == (wire_lead, tail)
        assert article.reporters == ("Jane Tan", "Tom Lee") and article.editors == ("Ali Bakar",)
    # a sentence's own brackets naming who reported something are the article's words
    said = "The strike follows months of talks (reported by local papers as the longest in decades)."
    assert _parse("Rail strike halts trains", wire_lead, said).body_paragraphs == (wire_lead, said)


def test_a_name_cut_by_the_scrapes_size_cap_is_the_next_paragraphs_start_not_the_writers_name() -> None:
    filler = "The council will meet again next month to decide on the new fares, officials said on Monday."
    cap = max(SCRAPE_CAP_BYTES)
    paragraphs = ["Ferry fares to rise", LEAD, SECOND, *[filler] * 15]
    room = cap - len("\n\n".join([*paragraphs, "", "Mr Ta"]).encode()) - len("Riders were s late.")
    capped = "\n\n".join([*paragraphs, "Riders were s" + "o" * room + " late.", "Mr Ta"]).encode()
    assert len(capped) == cap
    article = parse_dump(capped)
    assert isinstance(article, ParsedArticle) and article.body_paragraphs[-1] == "Mr Ta"
    # under the cap the page ended there: the writer's name under the last paragraph
    short = parse_dump("\n\n".join(["Ferry fares to rise", LEAD, SECOND, "Jane Tan"]).encode())
    assert isinstance(short, ParsedArticle) and short.body_paragraphs == (LEAD, SECOND)


def test_the_desks_initials_under_the_last_paragraph_are_no_body() -> None:
    for initials in ("JT", "MRT"):
        assert _parse("Ferry fares to rise", LEAD, SECOND, initials).body_paragraphs == (LEAD, SECOND)
    # under a paragraph cut off the capitals may be its next words: kept
    cut = "The operator said the new fares would"
    assert _parse("Ferry fares to rise", LEAD, cut, "JT").body_paragraphs == (LEAD, cut, "JT")


def test_a_heading_in_capitals_on_the_last_line_is_the_pages_label_not_body() -> None:
    for label in ("MORE REGIONAL NEWS", "THE PAGE IS BEING LOADED"):
        assert _parse("Ferry fares to rise", LEAD, SECOND, label).body_paragraphs == (LEAD, SECOND)
    # two words in capitals may be a cut dateline's place: kept
    place = "PORT DICKSON"
    assert _parse("Ferry fares to rise", LEAD, SECOND, place).body_paragraphs == (LEAD, SECOND, place)


def test_the_sites_call_for_readers_stories_or_photos_under_the_article_is_no_body() -> None:
    for call in (
        "Saw it happen? Submit your stories and videos to us via social media or:",
        "Would you like to submit a photo for our weekly reader gallery, a street scene or a sunset you took?"
        " Send it in full size to gallery@example.com and tell us where it was taken.",
    ):
        assert _parse("Ferry fares to rise", LEAD, SECOND, call).body_paragraphs == (LEAD, SECOND)
    # a sentence reporting how people may submit something is the article's
    told = "Residents who want to object can submit a form online, and you may also write in, the council said."
    assert _parse("Ferry fares to rise", LEAD, SECOND, told).body_paragraphs == (LEAD, SECOND, told)


def test_a_call_for_readers_stories_under_the_head_is_neither_caption_nor_body() -> None:
    call = (
        "Got a travel tale to tell? Keep it under 800 words and send photos as JPEG files. We may edit all "
        "submissions. Email your piece to travel@example.com with the subject 'Roads'."
    )
    first = "We set off before dawn, the car loaded with snacks and far too many maps for a three-day drive."
    article = _parse("Roads: Three days to the coast", "Ink & Paper", call, first, SECOND)
    assert article.captions == ()
    assert article.body_paragraphs == (first, SECOND)
    no_heading = _parse("Roads: Three days to the coast", call, first, SECOND)
    assert no_heading.captions == () and no_heading.body_paragraphs == (first, SECOND)
    # With the photo's caption over the box's heading: the caption, then the box (neither), then the story.
    caption = "The writer and her brother at the lighthouse on the last morning of the drive."
    under_photo = _parse("Roads: Three days to the coast", caption, "Ink & Paper", call, first, SECOND)
    assert [c.text for c in under_photo.captions] == [caption]
    assert under_photo.body_paragraphs == (first, SECOND)


def test_a_photos_alt_text_without_punctuation_over_its_caption_is_neither_caption_nor_body() -> None:
    caption = "Rescuers search the rubble of a school flattened by the storm, in the hill district, March 4, 2024."
    article = _parse(
        "Storm flattens hill school",
        "Rescuers search the rubble of a school flattened by the storm in the hill district March 4 2024. "
        "Press office of the agencyHandout via REUTERS",
        f"{caption} Press office of the agency/Handout via REUTERS",
        LEAD,
        SECOND,
    )
    assert [(c.text, c.credit) for c in article.captions] == [
        (caption, "Press office of the agency/Handout via REUTERS")
    ]
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_gallerys_numbered_captions_run_together_each_with_its_credit_are_several_captions() -> None:
    gallery = (
        "1 Volunteers clearing weeds from the canal bank on Sunday. — JANE TAN/The Post2 Plastic bottles caught "
        "in a trap near the bridge. — Filepic3 A heron wading in the cleaner stretch of the canal. — Filepic"
    )
    article = _parse("New life for the old canal", gallery, PRINT_LEAD, SECOND)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Volunteers clearing weeds from the canal bank on Sunday.", "JANE TAN/The Post"),
        ("Plastic bottles caught in a trap near the bridge.", "Filepic"),
        ("A heron wading in the cleaner stretch of the canal.", "Filepic"),
    ]
    assert article.body_paragraphs == (PRINT_LEAD, SECOND)


def test_alt_text_test_answers_when_one_text_is_the_others_start() -> None:
    # Callers pass a caption longer than the alt text, but the test must answer, not raise, for any pair.
    assert not classify._alt_text_of("Harbour lights at dusk over the quay", "Harbour")
    assert not classify._alt_text_of("Harbour", "Harbour lights at dusk")


def test_a_finished_sentence_printed_twice_under_the_head_is_the_photos_caption() -> None:
    plain = "Pupils of the hill school wait for the ferry at the jetty before term starts, in a photo taken on May 2."
    lead = "The ferry to the islands will run twice a day from next week, the transport office said on Tuesday."
    article = _parse("Ferry service to resume", plain, plain, lead, SECOND)
    assert [(c.text, c.credit) for c in article.captions] == [(plain, None)]
    assert article.body_paragraphs == (lead, SECOND)
    # Opening in capitals as a print lead does, over a dateline lead or a print lead: still the caption.
    caps = "HARTONO inspecting the cracked pier at the harbour, Sunday."
    dated = _parse("Harbour repairs begin", caps, caps, LEAD, SECOND)
    assert [c.text for c in dated.captions] == [caps] and dated.body_paragraphs == (LEAD, SECOND)
    print_led = _parse("Harbour repairs begin", caps, caps, PRINT_LEAD, SECOND)
    assert [c.text for c in print_led.captions] == [caps] and print_led.body_paragraphs == (PRINT_LEAD, SECOND)
    # A summary of two sentences printed twice is a dek over the lead, no caption.
    dek = "Traders counted their losses as the river rose. For most of them, it was the third flood in a year."
    summary = _parse("Flood hits river market", dek, dek, lead, SECOND)
    assert summary.captions == ()
    # A short sentence printed twice is the caption too ("A gull on the pier."); a label printed twice is not.
    short = "A gull on the pier."
    gull = _parse("Ferry service to resume", short, short, lead, SECOND)
    assert [(c.text, c.credit) for c in gull.captions] == [(short, None)] and gull.body_paragraphs == (lead, SECOND)
    assert _parse("Ferry service to resume", "Top stories.", "Top stories.", lead, SECOND).captions == ()


def test_the_label_over_the_headline_printed_again_over_another_headline_starts_the_next_story() -> None:
    first = "Customs officers at the cargo terminal seized two crates of counterfeit watches on Monday, officials said."
    last = "The seized goods will be destroyed once the investigation is closed, the agency added."
    teaser = "Harbour police have named a second suspect in the theft of marine engines from the boatyard at"
    article = _parse(
        "Harbour", "Customs seize fake watches at cargo terminal", first, SECOND, last,
        "SOURCE: The Coastal Herald", "Harbour", "Police name second suspect in boatyard thefts", teaser,
    )  # fmt: skip
    assert article.title == "Customs seize fake watches at cargo terminal"
    assert article.body_paragraphs == (first, SECOND, last)
    # The label once more inside the body, over a paragraph (no headline under it), is the article's.
    inline = _parse("Harbour", "Customs seize fake watches at cargo terminal", first, "Harbour", SECOND, last)
    assert inline.body_paragraphs == (first, "Harbour", SECOND, last)


def test_a_caption_printed_twice_that_opens_with_a_label_read_as_a_dateline_is_no_lead() -> None:
    lead = "The ferry to the islands will run twice a day from next week, the transport office said on Tuesday."
    third = "Tickets will be sold at the jetty and online, and pupils will travel free during the school term."
    top = "CALM: Fishermen mend their nets on the quay as the storm passes."
    article = _parse("Ferry service to resume", top, top, lead, SECOND, third)
    assert [c.text for c in article.captions] == [top] and article.dateline is None
    assert article.body_paragraphs == (lead, SECOND, third)
    # Near the lead or further down, the same shape is a photo printed inside the body: neither body nor caption.
    inside = "FILE - Passengers board the old ferry at the harbour, May 2, 2019."
    near = _parse("Ferry service to resume", lead, SECOND, inside, inside, third)
    assert near.captions == () and near.body_paragraphs == (lead, SECOND, third)
    more = [f"Paragraph {n} of the story about the ferry, which has no dateline." for n in range(4)]
    far = _parse("Ferry service to resume", lead, SECOND, *more, inside, inside, third)
    assert far.body_paragraphs == (lead, SECOND, *more, third)


def test_a_line_of_punctuation_alone_inside_the_body_is_layout_not_a_paragraph() -> None:
    third = "Tickets will be sold at the jetty and online, and pupils will travel free during the school term."
    article = _parse("Ferry service to resume", LEAD, "|", SECOND, "* * *", third, "———————", "Oil and gas", third[:-1])
    assert article.body_paragraphs == (LEAD, SECOND, third, "Oil and gas", third[:-1])


def test_a_caption_opening_with_a_name_in_capitals_over_a_dateline_lead_is_a_caption() -> None:
    # A name in capitals ("NASA", "WTI") reads as a print lead, but a dateline under it anchors the body.
    top = "NORDFERRY crews tow the stranded cargo barge back to the port at Kuantan. The tug left at dawn."
    article = _parse("Barge towed back to port", top, LEAD, SECOND)
    assert [(c.text, c.credit) for c in article.captions] == [(top, None)]
    assert article.body_paragraphs == (LEAD, SECOND) and article.dateline == "KUALA LUMPUR"


def test_an_updated_storys_pointer_to_its_earlier_report_ends_the_article() -> None:
    last = "The port will reopen to smaller vessels on Friday, the harbour master said. - Reuters"
    article = _parse("Port shut as storm nears(Update)", LEAD, SECOND, last, "Earlier report:", "Port braces for gale")
    assert article.body_paragraphs == (LEAD, SECOND, last[: -len(" - Reuters")]) and article.agency == "Reuters"


def test_a_one_word_headline_named_by_the_browser_tabs_title_above_it_is_the_headline() -> None:
    item = "The night market on Jalan Baru reopens on Friday with forty stalls, and parking is free until May."
    photo = (
        "Shoppers crowd the satay stalls at the night market on Jalan Baru, which runs from 6pm to midnight."
        " Sticks of chicken are priced at RM1 each, while beef and lamb cost RM1.50 a stick"
    )
    lines = ["Markets - Weekend Guide | The Daily Ledger", "ADS", "Markets", photo, photo, "Night market", item]
    article = _parse(*lines)
    assert article.title == "Markets" and article.body_paragraphs[-2:] == ("Night market", item)
    # The tab's title naming another word: the word is no headline.
    other = parse_text("\n".join(["Stalls - Weekend Guide | The Daily Ledger", *lines[1:]]))
    assert isinstance(other, Quarantined) or other.title != "Markets"


def test_a_headline_with_a_gerund_between_a_credited_caption_and_the_dateline_is_neither_caption_nor_body() -> None:
    # "in rebuilding" is a gerund after its preposition, a headline's words; a caption's participle follows its
    # subject ("Volunteers clearing ...").
    photo = "Helping hands: Volunteers clearing mud from a school in Kota Bharu. — JANE TAN/The Daily Ledger"
    deck = "Mayor: Towns united in rebuilding homes after the floods"
    article = _parse("Rebuilding begins in the east", photo, deck, LEAD, SECOND)
    assert [c.text for c in article.captions] == ["Helping hands: Volunteers clearing mud from a school in Kota Bharu."]
    assert article.body_paragraphs == (LEAD, SECOND)
    assert classify._caption_grammar("Villagers wading through the flooded street")


def test_a_pull_quote_cut_by_the_scrape_at_the_end_is_no_body() -> None:
    quote = "“Nobody expected the river to rise so fast. By midnight the water was at the door,” said a trader."
    cut = "‘By midnight the water was at the door,” said a tr"
    article = _parse("Flood hits river market", LEAD, quote, SECOND, cut)
    assert article.body_paragraphs == (LEAD, quote, SECOND)
    # A last paragraph opening a quotation of its own, cut, is the article's.
    own = "“The stalls will reopen next week once the council has cleared the mud from the lanes and the dr"
    assert _parse("Flood hits river market", LEAD, quote, SECOND, own).body_paragraphs[-1] == own


@pytest.mark.parametrize(
    "credit", ["Text and photo: Reef Trust", "Story and pictures by ALI BAKAR", "Words and pics: Jo Lim"]
)
def test_a_credit_naming_the_writer_as_photographer_closes_the_caption_over_a_print_lead(credit: str) -> None:
    # "Text and photo: X": one label for the words and the picture, after the caption's dash, is a photo credit.
    photo = (
        "Green sea turtles nest on sandy beaches and return to the shore where they hatched. Their shells grow"
        " to a metre long, and the hatchlings – small enough to fit in a palm – head for the sea at night."
    )
    lead = "HATCHLINGS are back on the beaches of the east coast after a season of empty nests, wardens say."
    article = _parse("Turtles return to the east coast", photo + " – " + credit, lead, SECOND)
    assert [(c.text, c.credit) for c in article.captions] == [(photo, credit)]
    assert article.body_paragraphs == (lead, SECOND)


def test_a_tags_line_without_a_whatsapp_line_over_the_pages_widget_labels_ends_the_article() -> None:
    # Older pages: the tags line closes the article with no WhatsApp line above it, and the page's widgets under it
    # (a heading, a gauge's name and its reading) are short labels, not paragraphs.
    article = _parse(
        "Break-ins in Cheras", LEAD, SECOND, "Crime , Cheras", "Around The Daily Ledger", "Air Index", "Fair"
    )
    assert article.body_paragraphs == (LEAD, SECOND) and article.tags == ("Crime", "Cheras")
    # A last paragraph that is a sentence keeps the lines above it in the body.
    last = "Police urged shop owners to install cameras."
    kept = _parse("Break-ins in Cheras", LEAD, SECOND, "Crime , Cheras", "Around The Daily Ledger", last)
    assert kept.body_paragraphs == (LEAD, SECOND, "Crime , Cheras", "Around The Daily Ledger", last) and not kept.tags


def test_the_sites_disclaimer_and_the_writers_bio_over_it_close_an_opinion_piece() -> None:
    bio = "Jane Tan is a regular reader of the Ledger."
    disclaimer = "The opinions in this piece are the writer's alone and do not necessarily reflect those of The Ledger."
    article = _parse("Fix the coast road buses", LEAD, SECOND, bio, disclaimer)
    assert article.body_paragraphs == (LEAD, SECOND)
    # a bio without the site's disclaimer is the writer's own last line; a disclaimer quoted is the article's
    own = "The writer is a transport consultant in Ipoh. The views expressed here are entirely his own."
    assert _parse("Fix the coast road buses", LEAD, SECOND, own).body_paragraphs == (LEAD, SECOND, own)
    quoted = "“These views do not necessarily reflect the ministry's position,” a spokesman said."
    assert _parse("Fix the coast road buses", LEAD, SECOND, quoted).body_paragraphs == (LEAD, SECOND, quoted)


def test_the_sites_disclaimer_cut_by_the_scrapes_size_cap_closes_the_article() -> None:
    # "The views expres" on the dump's last line when the scrape stopped at its cap: the disclaimer's opening, cut
    filler = "The council will meet again next month to decide on the new fares, officials said on Monday."
    cap = max(SCRAPE_CAP_BYTES)
    for cut in ("The views expres", "The opinions expressed here are those of the wri"):
        paragraphs = ["Fix the coast road buses", LEAD, SECOND, *[filler] * 15]
        room = cap - len("\n\n".join([*paragraphs, "", cut]).encode()) - len("Riders were s late.")
        capped = "\n\n".join([*paragraphs, "Riders were s" + "o" * room + " late.", cut]).encode()
        assert len(capped) == cap
        article = parse_dump(capped)
        assert isinstance(article, ParsedArticle) and article.body_paragraphs[-1].startswith("Riders were s")
        # under the cap a paragraph opening so is the article's own, cut or not
        short = parse_dump("\n\n".join(["Fix the coast road buses", LEAD, SECOND, cut]).encode())
        assert isinstance(short, ParsedArticle) and short.body_paragraphs == (LEAD, SECOND, cut)


def test_the_pages_breadcrumb_ending_in_the_headline_under_the_article_is_no_body() -> None:
    title = "Ferry fares to rise from next month"
    for crumbs in ("Nation / ", "News » Nation » "):
        article = _parse(title, LEAD, SECOND, f"{crumbs}{title}")
        assert article.body_paragraphs == (LEAD, SECOND)
    # another story's headline after a slash, or the headline closing a sentence, is the article's
    other = "Nation / Bus fares to stay for a year"
    assert _parse(title, LEAD, SECOND, other).body_paragraphs == (LEAD, SECOND, other)
    said = f"The board's notice was headed {title}"
    assert _parse(title, LEAD, SECOND, said).body_paragraphs == (LEAD, SECOND, said)


def test_a_share_buttons_label_share_it_under_the_article_is_no_body() -> None:
    assert _parse("Ferry fares to rise", LEAD, SECOND, "Next Story", "Share it").body_paragraphs == (LEAD, SECOND)


def test_a_summary_the_lead_prints_again_after_its_own_subject_is_a_dek() -> None:
    # "CFA on Friday declared ..." over "The Coastal Ferry Authority (CFA) on Friday declared ...": the summary
    # field holds the lead's words with the subject shortened, so it is no body
    rest = "on Friday declared the start of the monsoon ferry timetable, soon after the coast saw its first storm."
    dek, lead = f"CFA {rest}", f"The Coastal Ferry Authority (CFA) {rest}"
    third = "Night sailings to the outer islands will stop until the end of September, the board said."
    article = _parse("CFA declares start of monsoon ferry timetable", dek, lead, third)
    assert article.body_paragraphs == (lead, third)
    # a paragraph sharing only a few closing words with the one under it is the article's own
    short = "It said so on Friday."
    article = _parse("CFA declares start of monsoon ferry timetable", short, "The board said so on Friday.", third)
    assert article.body_paragraphs == (short, "The board said so on Friday.", third)


def test_the_storys_source_line_over_a_dateline_lead_is_no_caption() -> None:
    # "Source: RNA" under a date line the head does not take, over the dateline's lead: the story's source
    wire_lead = "Riverton, Mar 3 (RNA) – The harbour board has added two night ferries to the island route."
    article = _parse("Night ferries added", "Harbour News of Monday, 3 March 2031", "Source: RNA", wire_lead, SECOND)
    assert article.captions == ()
    assert article.body_paragraphs == (wire_lead, SECOND)
    # a sentence opening with the label is no source line: the slot reads it as before
    said = "Source: officials at the harbour said the ferries would run until the end of the season."
    article = _parse("Night ferries added", "Harbour News of Monday, 3 March 2031", said, wire_lead, SECOND)
    assert article.captions == (Caption(said, None),)


def test_a_call_to_send_readers_stories_under_the_article_is_no_body() -> None:
    for call in (
        "Send your news stories to the Riverton Post via WhatsApp on +99 20 000 0000",
        "Send us your photos of the flood at photos@example.com.",
    ):
        assert _parse("Ferry fares to rise", LEAD, SECOND, call).body_paragraphs == (LEAD, SECOND)
    # a sentence of the article about sending stories is kept
    said = "Residents were urged to send your stories, the mayor joked, to the council's new hotline, officials said."
    assert _parse("Ferry fares to rise", LEAD, SECOND, said).body_paragraphs == (LEAD, SECOND, said)


def test_a_letters_signature_and_town_under_the_last_paragraph_are_no_body() -> None:
    last = "The council must publish a timetable it can keep. Commuters deserve better than guesswork."
    article = _parse("Fix the coast road buses", LEAD, SECOND, last, "Rahim Osman", "Kuala Terengganu")
    assert article.body_paragraphs == (LEAD, SECOND, last)
    # a town's name under a subheading is the article's
    assert _parse("Fix the coast road buses", LEAD, SECOND, "Next steps", "Kuantan").body_paragraphs[-1] == "Kuantan"


_LETTER_LAST = "I hope the ministry will act before the next monsoon season. Our children deserve safe crossings."


@pytest.mark.parametrize(
    "signature",
    [
        ("WONG SIEW LAN", "Seremban"),  # the name in capitals and the town
        ("DR K. RAVICHANDRAN", "Taman Melawati, Kuala Lumpur"),  # an initial's stop inside the name
        ("DATUK ISMAIL BIN HAMZAH OMAR", "Friends of the Kinta River"),  # five words, an affiliation
        ("Noraini Yusof", "Senior lecturer, Faculty of Applied Sciences"),  # in title case, with a role
        ("DATUK ISMAIL BIN HAMZAH OMAR", "Klang"),  # a title and a name: no headshot's caption between paragraphs
    ],
)
def test_a_letters_closing_signature_in_capitals_or_with_a_role_is_no_body(signature: tuple[str, ...]) -> None:
    article = _parse("Make school crossings safe", LEAD, SECOND, _LETTER_LAST, *signature)
    assert article.body_paragraphs == (LEAD, SECOND, _LETTER_LAST)


@pytest.mark.parametrize(
    "closing",
    [
        ("That is all we ask.",),  # a short last sentence
        ("“We will not give up,” she said.",),  # a quote
        ("“Enough is enough”",),  # a quote the page left without its stop
        ("WHAT PARENTS WANT", "Safer roads near schools"),  # a heading over an item: words in lower case
        ("BUS ROUTES 7 AND 12", "Seremban"),  # a heading with numbers over a town
        ("WONG SIEW LAN", "Her daughter was hurt at the crossing last year."),  # a name over a sentence
    ],
)
def test_short_closing_lines_that_are_no_signature_stay_in_the_body(closing: tuple[str, ...]) -> None:
    article = _parse("Make school crossings safe", LEAD, SECOND, _LETTER_LAST, *closing)
    assert article.body_paragraphs[-len(closing) :] == closing


def test_a_name_in_capitals_over_a_line_the_scrapes_cap_cut_stays_in_the_body() -> None:
    # the dump stops at the scrape's size cap: the last line may be a paragraph's first words, cut
    text = "\n".join(("Make school crossings safe", LEAD, SECOND, _LETTER_LAST, "PARENTS SPEAK UP", "Many of the"))
    article = _parse_capped(text)
    assert article.body_paragraphs[-2:] == ("PARENTS SPEAK UP", "Many of the")


def test_a_letters_signature_with_a_comma_or_with_its_town_after_a_dot_is_no_body() -> None:
    last = "The council must publish a timetable it can keep. Commuters deserve better than guesswork."
    for signature in ("Rahim Osman,", "Mary J. Tan • Northport"):
        article = _parse("Fix the coast road buses", LEAD, SECOND, last, signature)
        assert article.body_paragraphs == (LEAD, SECOND, last)
    # a list's last item after a dot is no signature
    item = "Opening hours • Weekdays and Sundays from early morning"
    assert _parse("Fix the coast road buses", LEAD, SECOND, last, item).body_paragraphs[-1] == item


def test_a_print_editions_version_note_ends_the_article() -> None:
    note = (
        "A version of this article appeared in the print edition of The Daily Ledger on May 02, 2031, with the "
        "headline 'Ferry fares rise'. Print Edition | Subscribe"
    )
    assert classify.kind_of(note) == classify.TAIL
    assert _parse("Ferry fares rise", LEAD, SECOND, note).body_paragraphs == (LEAD, SECOND)


def test_a_box_of_points_each_under_a_list_mark_of_its_own_is_no_body() -> None:
    points = ["Ferry fares on the east coast rise by a fifth", "-", "Operators blame the price of fuel"]
    article = _parse("Ferry fares rise", "Highlights", "-", *points, LEAD, SECOND)
    assert article.body_paragraphs == (LEAD, SECOND)
    # with no marks, a short line over clauses is no box: a subheading over the article's lines
    assert classify._summary_box_end(["Highlights", points[0], points[2], LEAD]) is None


def test_a_box_of_dashed_points_under_the_boxs_own_heading_is_no_body() -> None:
    point = "- Ferry fares on the east coast rise by a fifth from May as operators blame the price of fuel"
    article = _parse("Ferry fares rise", "Highlights", point, "- Night crossings are cut to two a week", LEAD, SECOND)
    assert article.body_paragraphs == (LEAD, SECOND) and article.captions == ()
    # the box all the dump holds under the head, its long point cut by the scrape: no article
    cut = (
        f"{point} and the cost of keeping the older boats at sea through the long monsoon months, which the "
        "operators on the east coast say"
    )
    outcome = parse_text("Ferry fares rise\nBy Jane Tan\nMay 2, 2031\nHighlights\n" + cut + "\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_body"
    # a dashed list under a subheading in other words: the article's own lines
    assert classify._summary_box_end(["What changes", point, LEAD]) is None


def test_a_caption_with_its_credit_on_the_line_under_it_over_an_undated_lead_is_a_caption() -> None:
    photo = "SUNSET. A fisherman mends his nets at the harbour."
    lead = "The harbour board on Monday limited the hours small boats may spend at sea to four a day."
    article = _parse("Harbour limits fishing hours", photo, "Courtesy of Jane Tan", lead, "It meets again in May.")
    assert [(c.text, c.credit) for c in article.captions] == [(photo, "Courtesy of Jane Tan")]
    assert article.body_paragraphs == (lead, "It meets again in May.")


def test_a_box_calling_for_readers_stories_in_two_paragraphs_is_neither_caption_nor_body() -> None:
    opening = "Tell us about the trip you keep retelling. Your piece should run to about 600 words, with a few photos."
    address = (
        "We do not pay for submissions and may edit them. Send yours to trips@example.com with the subject “Away”."
    )
    first = "We had not been to the highlands for years, so we set off early one Friday in the rain."
    second = "The road up was busier than we remembered, and we stopped twice for tea and scones."
    article = _parse(
        "Tea, scones and a rainy drive",
        "The tea fields at dawn. — JANE TAN",
        "Send us yours",
        opening,
        address,
        first,
        second,
    )
    assert [(c.text, c.credit) for c in article.captions] == [("The tea fields at dawn.", "JANE TAN")]
    assert article.body_paragraphs == (first, second)


@pytest.mark.parametrize("dash", ["—", "–"])
def test_a_caption_over_a_dash_with_its_credit_left_blank_is_a_caption(dash: str) -> None:
    first = (
        "Last month a message promising free phone credit to every student who signed up before the holidays "
        "spread quickly among the colleges in the town, its link shared thousands of times."
    )
    second = "The message asked readers to click a link and enter their card details to claim the credit."
    article = _parse(
        "Yet another fake offer",
        f"Some of these offers only waste your time, others empty your account. {dash}",
        first,
        second,
    )
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Some of these offers only waste your time, others empty your account.", None)
    ]
    assert article.body_paragraphs == (first, second)
    assert credits.without_blank_credit(f"He paused and said {dash}") is None  # an unfinished line: no caption


def test_a_tags_line_under_the_promo_that_closes_the_article() -> None:
    article = _parse(
        "Three held over Cheras break-ins",
        LEAD,
        SECOND,
        "Save 30% OFF The Star Digital Access",
        "Lantern Festival",
        "Next In Nation",
        "Cops probe fire",
    )
    assert article.tags == ("Lantern Festival",)
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_phrase_labelled_paragraph_on_a_page_of_labelled_captions_is_a_photo_caption() -> None:
    caption = "Morning rush: Commuters waiting for the first train at the new station in Ipoh."
    first = "IPOH: The new rail line opened to passengers on Monday, a year later than planned, its operator said."
    photo = "Long haul: The new line is the first in the state to run trains through the night."
    rest = "Fares will stay at the launch price until the end of the year, the operator said."
    quote = "Tan: The line will carry about 40,000 people a day once all its stations open."
    article = _parse("Night trains for Ipoh", caption, first, photo, rest, quote, WA)
    assert [c.text for c in article.captions] == [caption]
    assert article.body_paragraphs == (first, rest, quote)  # a speaker's label is no caption's
    # With no labelled caption under the head, a labelled paragraph is the article's.
    plain = _parse("Night trains for Ipoh", first, photo, rest, WA)
    assert plain.body_paragraphs == (first, photo, rest)


def test_a_photo_titled_in_the_headlines_words_inside_the_body_is_neither_body_nor_caption() -> None:
    first = "KUALA KEDAH: Drums rolled across the bay at dusk as the first boats came in on Saturday, residents said."
    second = "Fishermen say the festival is older than the town itself, though nobody can say how old."
    photo_title, photo_caption = (
        "Harbour Lantern Festival",
        "Boatmen rowing lantern boats past the old quay during the festival.",
    )
    third = "This year the council has added a second night of races, which drew visitors from three states."
    article = _parse(
        "What is the Harbour Lantern Festival about?", first, second, photo_title, photo_caption, third, WA
    )
    assert article.body_paragraphs == (first, second, third)
    # A subheading in the headline's words over the article's own sentence stays body.
    told = "The festival began when the first fishermen settled on the bay, the elders said."
    kept = _parse("What is the Harbour Lantern Festival about?", first, second, photo_title, told, third, WA)
    assert kept.body_paragraphs == (first, second, photo_title, told, third)


def test_an_excerpt_under_the_headline_printed_again_as_the_lead_with_other_quote_marks_is_no_body() -> None:
    lead = (
        "The harbour side pressed hardest after the break against the river town, keeping their former goalkeeper"
        " busy all afternoon on his first visit back, though only the captain’s early strike separated the teams"
        " by the interval of yesterday’s league fixture."
    )
    excerpt = lead.replace("’", "'")
    caption = "The harbour side's striker (middle) celebrates with teammates after scoring. PHOTO: Wire Desk"
    second = "Two goals within three minutes of each other put the game beyond the visitors before the hour."
    article = _parse("Harbour side win as rivals draw", excerpt, caption, lead, second)
    assert article.body_paragraphs == (lead, second)


def test_a_caption_broken_over_two_lines_with_its_copy_glued_to_the_second_is_recorded_once() -> None:
    lead = "IN recent years, more families have left the old town for the suburbs, where houses are cheaper and larger."
    second = "Shopkeepers say the streets are quieter after dark than they have been in decades."
    caption = "Lucky draw: A hamper of local snacks is up for grabs this week."
    article = _parse(
        "Old town, new faces",
        "Lucky draw: A hamper of local snacks is up",
        f"for grabs this week. {caption}",
        lead,
        second,
        WA,
    )
    assert [(c.text, c.credit) for c in article.captions] == [(caption, None)]
    assert article.body_paragraphs == (lead, second)


def test_a_name_under_the_headline_printed_again_in_the_lead_is_a_headshots_caption() -> None:
    lead = (
        "GOOD manners at work matter as much as skills, says Malaysian Traders Association president"
        " Datuk Ahmad Faizal Rahman."
    )
    second = "He said many young workers struggle to write clear emails to clients."
    article = _parse("Bosses want polite hires", "Ahmad Faizal", lead, second, WA)
    assert [(c.text, c.credit) for c in article.captions] == [("Ahmad Faizal", None)]
    assert article.body_paragraphs == (lead, second)
    # A name the lead does not print is the writer's byline: neither caption nor body.
    byline = _parse("Bosses want polite hires", "Jane Tan", lead, second, WA)
    assert byline.captions == ()
    assert byline.body_paragraphs == (lead, second)


def test_a_headshots_pull_quote_closed_by_its_speakers_name_over_the_lead_is_a_caption() -> None:
    quote = "The old canals were dug for a smaller town. They overflow after every storm."
    lead = "FLOODED streets and broken culverts are the main worries of residents in the old quarter, a survey found."
    named = "Residents' association chairman Datuk Jane Tan Mei Ling said the council must widen the canals."
    for dash in (".- ", ". - ", ". — "):
        article = _parse("Canals need widening", quote[:-1] + dash + "Datuk Jane Tan Mei Ling", lead, named, WA)
        assert article.captions == (Caption(quote, "Datuk Jane Tan Mei Ling"),) and article.body_paragraphs == (
            lead,
            named,
        )
    # A name the article never names under it is no speaker of a pull quote: the paragraph stays the body's.
    other = quote[:-1] + ".- Ahmad Bakar Ali"
    assert other in _parse("Canals need widening", other, lead, named, WA).body_paragraphs


def test_a_paragraph_set_as_a_list_item_under_the_headline_opens_the_body() -> None:
    first = (
        "Harbour Foods Bhd has received an offer from a regional fund to take up a stake of up to 40% in its"
        " frozen-goods unit, subject to a due diligence exercise to be completed by the end of the year."
    )
    second = "OCEANIC CAPITAL was acting on behalf of a group of pension schemes in the region."  # a print lead's shape
    third = "The company said the offer would be tabled to its board next week. – Bernama"
    article = _parse("Business briefs", "", f"  • {first} ", "", f"    {second}", "", f"    {third}", "", WA)
    assert article.section is None
    assert article.captions == ()
    assert article.body_paragraphs[:2] == (first, second)
    # Under a byline and a site's widget bullets, the lead set as a list item is body too, dateline and all.
    lead = f"RIVERTON - {first}"
    widget = _parse("Fund eyes food firm", "Jane Tan", "  • Font size: - +", f"  • {lead}", f"    {second}", WA)
    assert widget.body_paragraphs[:2] == (lead, second)
    assert widget.dateline == "RIVERTON"
    # A summary box's point, printed again as the lead under it, stays out of the body.
    boxed = _parse("Fund eyes food firm", "At A Glance", f"  • {first}", "", first, third, WA)
    assert boxed.body_paragraphs == (first, third.removesuffix(" – Bernama"))


def test_the_second_lists_heading_cut_by_the_dumps_end_is_no_headline() -> None:
    items = ("Council to widen coastal road next year", "Ferry fares to stay until June")
    article = _parse("Harbour fees to rise", LEAD, SECOND, WA, "", "Next In Nation", "", *items, "", "Others Als")
    assert [(r.kind, r.headlines) for r in article.related] == [("next_in", items)]
    # A cut headline is one, even when it opens as the heading does.
    kept = _parse("Harbour fees to rise", LEAD, SECOND, WA, "", "Next In Nation", "", *items, "Other")
    assert [r.headlines for r in kept.related] == [(*items, "Other")]


@pytest.mark.parametrize(
    "photo",
    [
        "A group photo of the organising committee for the harbour festival at the district office.",
        "Archive photo of the old courthouse in the town centre.",
    ],
)
def test_a_caption_naming_itself_a_photo_of_its_subject_is_no_body(photo: str) -> None:
    # printed inside the body or after its last paragraph, uncredited: neither body nor the page's caption
    third = "A third paragraph of the story follows here."
    assert _parse("Ferry adrift", LEAD, SECOND, photo, third).body_paragraphs == (LEAD, SECOND, third)
    assert _parse("Ferry adrift", LEAD, SECOND, third, photo).body_paragraphs == (LEAD, SECOND, third)
    # a sentence about a photo tells what happened to it
    shared = "A photo of the suspect was shared widely online on Monday."
    assert _parse("Ferry adrift", LEAD, SECOND, shared).body_paragraphs == (LEAD, SECOND, shared)


def test_a_caption_placing_people_in_the_photo_above_the_byline_is_the_photos() -> None:
    # headline, the photo's caption, then the byline over the lead: the caption is no standfirst
    caption = "Mei Ling (left) and her brother Ah Kow (right) at the family stall. Both grew up helping after school."
    article = _parse("Small stalls, big hopes: a family trade", caption, "By JANE TAN", LEAD, SECOND, WA)
    assert article.captions == (Caption(caption, None),)
    assert article.body_paragraphs == (LEAD, SECOND)
    # a summary in the same place that places nobody in a photo stays a standfirst: neither caption nor body
    dek = "Families running small stalls say the trade is getting harder. Many of them want help."
    plain = _parse("Small stalls, big hopes: a family trade", dek, "By JANE TAN", LEAD, SECOND, WA)
    assert plain.captions == () and plain.body_paragraphs == (LEAD, SECOND)


def test_a_short_caption_credited_to_a_stock_library_under_the_head() -> None:
    article = _parse("Ferry fares to rise in April", "Stock image. Credit: iStock Photo", LEAD, SECOND)
    assert [(c.text, c.credit) for c in article.captions] == [("Stock image.", "Credit: iStock Photo")]
    assert article.body_paragraphs == (LEAD, SECOND)


def test_writers_names_joined_without_a_byline_verb_under_the_headline_are_the_byline() -> None:
    lead = "RIVERTON: The council approved a new ferry route across the lake on Monday, its chairman said."
    article = _parse("Council approves lake ferry route", "Jane Tan, Ali Bakar & Siti Noor Aziz", lead, SECOND)
    assert article.captions == ()
    assert article.body_paragraphs == (lead, SECOND)


@pytest.mark.parametrize(
    "headshot",
    ["Riverside Parents Forum chairman Datuk Amran Yusof", "Ferry operators association president Lim Ah Kow"],
)
def test_a_role_and_name_over_an_undated_lead_is_a_headshots_caption(headshot: str) -> None:
    # who the photo shows, by role and name, no verb, right under the head: no dateline anchors the body
    lead = "For many families, the school run has become the longest part of the day, and it is getting longer."
    article = _parse("Striking the right balance", headshot, lead, SECOND)
    assert article.captions == (Caption(headshot, None),)
    assert article.body_paragraphs == (lead, SECOND)
    # a line that tells what happened is the lead, however short
    told = "Health minister Jane Tan has resigned"
    assert _parse("Striking the right balance", told, lead, SECOND).body_paragraphs == (told, lead, SECOND)


def test_the_writers_town_under_a_role_byline_is_no_body() -> None:
    headshot = "Deputy minister Ali Bakar"
    lead = "Deputy minister Ali Bakar said the new bridge would open to traffic by the end of the year, as planned."
    article = _parse("New bridge to open by year end", "Staff Correspondent", "Northport", headshot, lead, SECOND)
    assert article.captions == (Caption(headshot, None),)
    assert article.body_paragraphs == (lead, SECOND)


def test_the_headline_is_the_one_over_the_byline_block_under_numbered_crumbs() -> None:
    # numbered crumbs (their last item headline-shaped) over the headline, its standfirst, a view counter, the
    # byline and the date: the headline is the headline-shaped line closest above that block
    headline = "Harbour towns brace for the strongest storm in a decade"
    lead = "NORTHPORT (Coast News) — Harbour towns along the east coast were told on Monday to prepare for the storm."
    article = _parse(
        "1. Home",
        "2. Weather & Climate",
        headline,
        "Ferries will stop on Tuesday and schools will close early",
        "412",
        "By Jane Tan, Coast News, Staff Writer",
        "2024/03/02 10:15",
        lead,
        SECOND,
    )
    assert article.title == headline
    assert article.body_paragraphs == (lead, SECOND)
    # a headline with its own dek under it keeps it, whatever headline-shaped line stands under them
    own = _parse(headline, "Ferries will stop on Tuesday and schools will close early.", "Jane Tan", "2 days ago", lead)
    assert own.title == headline


def test_a_news_organisations_sign_off_in_its_own_name_names_the_agency() -> None:
    last = "Relief workers are still counting the homes the fire destroyed."
    for signoff, name in (
        (" — Harbour Agency", "Harbour Agency"),
        (" — RiverDaily", "RiverDaily"),
        (" (Lakeside Gazette)", "Lakeside Gazette"),
        (" -- Hill Telegraph", "Hill Telegraph"),
        (" – The Morning Star", "The Morning Star"),  # a paper named a star, after an en dash
    ):
        article = _parse("Fire guts camp", LEAD, last + signoff)
        assert (article.agency, article.body_paragraphs[-1]) == (name, last)
    # A quote's speaker or a press word alone is no organisation's sign-off.
    for signoff in (" — Jane Tan", " — Daily", " — The Dailies"):
        article = _parse("Fire guts camp", LEAD, last + signoff)
        assert (article.agency, article.body_paragraphs[-1]) == (None, last + signoff)


def test_a_wire_credit_naming_its_inputs_is_no_body_with_or_without_brackets() -> None:
    for credit, agency in (
        ("With inputs from PTI", "PTI"),
        ("(With inputs from KNS)", None),  # an acronym no known wire's: the credit line, no agency
        ("(With inputs from agencies)", None),
    ):
        article = _parse("Trains delayed by wire snag", LEAD, SECOND, credit)
        assert (article.agency, article.body_paragraphs) == (agency, (LEAD, SECOND))


def test_a_letters_reference_line_names_no_place() -> None:
    ref = 'Re: "Council votes to close the ferry", (Opinion, May 5).'
    article = _parse(
        "Two views on the ferry", ref, "I was astonished to read that the council has voted to close the ferry service."
    )
    assert (article.dateline, article.body_paragraphs[0]) == (None, ref)


def test_a_dateline_with_its_date_printed_apart_over_the_first_paragraph() -> None:
    lead = "Riot police pushed back a crowd of dock hands who marched for better pay near the port on Monday."
    article = _parse("Workers protest over wages", "Riverton, September 30 :", lead, SECOND)
    assert (article.dateline, article.body_paragraphs) == ("Riverton, September 30", (lead, SECOND))
    assert credits.place_alone("RIVERTON, Sept 30:") == "RIVERTON, Sept 30"


# The headline the lead takes up (2.14.0): a page's line taken for the headline shares no word with the lead.
_HARBOUR_LEAD = (
    "PORT KELANG: Dock workers at the northern harbour will strike from Monday over unpaid overtime, their union "
    "said, a move that could hold up container traffic for a week."
)
_HARBOUR_SECOND = "The union said talks with the port operator broke down on Friday after three rounds of negotiation."


@pytest.mark.parametrize("chrome", ["Where to next", "Members get more"])
def test_a_pages_line_over_the_headline_the_lead_takes_up_is_chrome(chrome: str) -> None:
    headline = "Harbour dock workers to strike over unpaid overtime"
    article = _parse(chrome, headline, "Ahmad Razif", _HARBOUR_LEAD, _HARBOUR_SECOND)
    assert article.title == headline
    assert article.body_paragraphs == (_HARBOUR_LEAD, _HARBOUR_SECOND)


def test_a_dek_written_as_a_sentence_under_a_headline_the_lead_does_not_echo_stays_a_dek() -> None:
    # A feature's headline often shares no word with its lead; the summary under it keeps its articles.
    dek = "The union says the port operator has ignored its letters on overtime pay for a year"
    article = _parse("All hands off deck", dek, _HARBOUR_LEAD, _HARBOUR_SECOND)
    assert article.title == "All hands off deck"
    assert article.body_paragraphs == (_HARBOUR_LEAD, _HARBOUR_SECOND)


def test_a_headline_under_a_crumb_no_chrome_test_knows_is_found_by_its_lead() -> None:
    crumbs = "Regions ›› Coastal ›› Ports"
    headline = "Harbour dock workers to strike over unpaid overtime"
    article = _parse(crumbs, headline, _HARBOUR_LEAD, _HARBOUR_SECOND)
    assert article.title == headline
    assert article.body_paragraphs == (_HARBOUR_LEAD, _HARBOUR_SECOND)


def test_a_dump_that_opens_on_its_lead_stays_quarantined_though_a_heading_below_shares_its_words() -> None:
    outcome = parse_text("\n".join([_HARBOUR_LEAD, "Dock workers strike over overtime", _HARBOUR_SECOND]) + "\n")
    assert isinstance(outcome, Quarantined)


@pytest.mark.parametrize(
    "post",
    [
        # the post's text with its photo link, and the poster's signature printed apart under it
        (
            "Crews cleared the ramp within the hour, thanks all pic.twitter.com/Ab12Cd34",
            "— Harbour Roads (@harbourroads) May 4, 2023",
        ),
        # a heading and a hashtag line over the post's last line, link and signature glued on
        (
            "Ramp Closure Notice",
            "Date: 4 May 2023#HarbourRoads #Detours",
            "Please see the detour map below pic.twitter.com/Ab12Cd34 — Harbour Roads (@harbourroads) May 4, 2023",
        ),
    ],
)
def test_an_embedded_social_post_is_no_body(post: tuple[str, ...]) -> None:
    lead = "The coast road's northern ramp was closed on Thursday after a truck shed its timber, the council said."
    after = "Drivers were told to expect delays on the inland route until the evening, when the ramp reopened."
    middle = (
        "The spill happened before dawn, a spokesman said, and no one was hurt.",
        "A crane was brought in from the port to lift the timber onto another truck.",
        "The council thanked drivers for their patience in a post on its account.",
    )
    article = _parse("Coast road ramp closed after spill", "", lead, *middle, *post, after)
    assert article.body_paragraphs == (lead, *middle, after)


def test_a_paragraph_naming_a_handle_without_a_post_stays_body() -> None:
    lead = "The coast road's northern ramp was closed on Thursday after a truck shed its timber, the council said."
    quote = "The council posted the news on its account (@harbourroads) and asked drivers to avoid the area."
    article = _parse("Coast road ramp closed after spill", "", lead, "", "Detours", "", quote)
    assert article.body_paragraphs == (lead, "Detours", quote)


@pytest.mark.parametrize("heading", ["See more", "View more", "MORE Business NEWS", "Recent Posts"])
def test_a_rails_heading_under_the_article_ends_it(heading: str) -> None:
    article = _parse(
        "Council approves ferry subsidy",
        "",
        LEAD,
        "",
        SECOND,
        "",
        heading,
        "",
        "Another town votes on its market hours",
        "",
        "Traders in the old quarter will be allowed to open later on weekends, the town council decided on Friday.",
    )
    assert article.body_paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize(
    "button", ["Share on Google+", "LINE it!", "Send in e-mailSend in e-mail", "Share if you like"]
)
def test_share_buttons_in_a_sites_own_words_are_no_body(button: str) -> None:
    article = _parse("Council approves ferry subsidy", "", LEAD, "", button, "", SECOND)
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_summary_right_under_the_headline_over_the_share_buttons_is_the_standfirst() -> None:
    dek = "The central bank expects shipments abroad to pick up slowly and lift the economy this year."
    lead = (
        "The bank's spokeswoman said on Wednesday that exports showed signs of a slow recovery after a weak first "
        "quarter, with shipments of electronics and farm goods both up on the month."
    )
    article = _parse("Exports to rise gradually", dek, "Share on Google+", "LINE it!", lead, SECOND)
    assert article.body_paragraphs == (lead, SECOND)


def test_a_lead_over_an_ad_slot_stays_body() -> None:
    lead = (
        "The bank's spokeswoman said on Wednesday that exports showed signs of a slow recovery after a weak first "
        "quarter, with shipments of electronics and farm goods both up on the month."
    )
    article = _parse("Exports to rise gradually", lead, "ADVERTISEMENT", SECOND)
    assert article.body_paragraphs == (lead, SECOND)


def test_a_sources_line_under_the_article_is_no_body() -> None:
    article = _parse("Council approves ferry subsidy", "", LEAD, "", SECOND, "", "Sources: HARBOURWIRE")
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_dump_of_asterisks_alone_is_empty() -> None:
    outcome = parse_text("*\n*\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "empty_file"


@pytest.mark.parametrize(
    "pitch",
    [
        # cut at its link, in brackets, or over the page's tail: the last lines furniture is looked for in
        ("Now you can read the Harbour Ledger ePaper anytime, anywhere, at http://example.com/epaper",),
        ("(The whole story waits in the Ledger archive, which you can open as a subscribed member.)",),
        ("Log in for member-only extras and puzzles!", "Tags: ferries, council"),
        ("Have something to say? Subscribers can post and read every comment.", "Comments (3)"),
    ],
)
def test_the_sites_subscription_pitch_under_the_article_is_no_body(pitch: tuple[str, ...]) -> None:
    article = _parse("Council approves ferry subsidy", "", LEAD, "", SECOND, "", *pitch)
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_last_paragraph_reporting_on_subscribers_stays_body() -> None:
    last = "(Subscribers can read the redesigned edition from June, the publisher said in a note to you.)"
    article = _parse("Council approves ferry subsidy", "", LEAD, "", SECOND, "", last)
    assert article.body_paragraphs == (LEAD, SECOND, last)


@pytest.mark.parametrize("label", ["Letters to the Editor", "Election Watch"])
def test_a_rubrics_label_under_the_photos_caption_over_the_lead_is_no_body(label: str) -> None:
    caption = "Ferries wait at the jetty before the morning crossing. Photo: Jane Tan"
    lead = "We are all aware that the ferry service has been cut back twice in three years, and the islands pay for it."
    third = "The subsidy voted on Tuesday is a start, but it will not bring back the evening boats on its own."
    article = _parse("Council approves ferry subsidy", "", caption, "", label, "", lead, "", SECOND, "", third)
    assert article.body_paragraphs == (lead, SECOND, third)


def test_a_briefings_first_section_label_under_a_caption_stays_body() -> None:
    caption = "Ferries wait at the jetty before the morning crossing. Photo: Jane Tan"
    lead = "Brent crude was 0.4% higher at US$61.20 per barrel in the afternoon as traders weighed supply cuts."
    article = _parse("Afternoon briefing", "", caption, "", "Energy", "", lead, "", "Currency", "", SECOND)
    assert article.body_paragraphs[:2] == ("Energy", lead)


def test_a_title_case_place_with_a_dash_run_into_it_opens_the_lead_as_its_dateline() -> None:
    article = _parse(
        "Ferry fares to rise next month across the delta",
        "",
        "Riverton- In a surprise move, the ferry operator said on Monday that fares will rise by a tenth in June.",
        "",
        "The operator blamed the price of fuel, which has climbed for six months in a row, its chairman said.",
    )
    assert article.dateline == "Riverton"
    # a one-word label in the same place, a participle, is a caption's, no place
    labelled = _parse(
        "Ferry fares to rise next month across the delta",
        "",
        "Relieved- The ferry operator said on Monday that fares will rise by a tenth in June, its chairman said.",
        "",
        "The operator blamed the price of fuel, which has climbed for six months in a row, its chairman said.",
    )
    assert labelled.dateline is None


def test_a_title_case_place_with_a_spaced_dash_opens_the_lead_as_its_dateline() -> None:
    lead = "Port Riverton - The ferry operator said on Monday that fares will rise by a tenth in June."
    article = _parse("Ferry fares to rise next month across the delta", "", lead, "", SECOND)
    assert (article.dateline, article.body_paragraphs[0]) == ("Port Riverton", lead)


def test_a_place_in_capitals_printed_apart_without_a_colon_over_the_lead_is_the_dateline() -> None:
    more = "The operator blamed the price of fuel, which has climbed for six months in a row, its chairman said."
    lead = (
        "Riverton harbour police arrested a 41-year-old man on Monday after he threatened the ferry operator's"
        " chairman online in a string of posts over the weekend, officials said."
    )
    article = _parse("Man held over threat to ferry chief", "", "RIVERTON", "", lead, "", more)
    assert (article.dateline, article.body_paragraphs[0]) == ("RIVERTON", lead)
    # with its date and its wire after it the lead need not name the place
    other = lead.replace("Riverton harbour", "Harbour")
    wired = _parse("Man held over threat to ferry chief", "", "RIVERTON, Oct. 19, Kyodo", "", other, "", more)
    assert (wired.dateline, wired.agency) == ("RIVERTON, Oct. 19", "Kyodo")
    # a heading in capitals the lead does not name is no dateline
    assert _parse("Man held over threat to ferry chief", "", "BACKGROUND", "", other, "", more).dateline is None


def test_a_long_headline_printed_whole_again_under_the_pages_lines_is_no_summary() -> None:
    # A live blog: the headline on top, the page's notices, the headline again, the blog's tabs and its posts.
    title = (
        "As it happened: Treasurer to table the harbour budget tonight; ferry union settles its unfair pay claim "
        "against the port board"
    )
    post = "The treasurer is speaking in Northport ahead of the budget tonight. She promised a careful budget."
    more = "The budget would help families doing it tough and set the port up for the future, she said."
    outcome = parse_text(
        "\n".join(
            [
                title,
                "We're sorry, this feature is unavailable right now. Please try again later.",
                "Advertisement",
                "This story is 2 years old",
                title,
                "Key posts",
                "Latest posts",
                "'Biggest turnaround on record': Treasurer",
                "By Jane Tan",
                post,
                more,
            ]
        )
        + "\n"
    )
    assert isinstance(outcome, ParsedArticle) and outcome.title == title
    assert outcome.body_paragraphs[-2:] == (post, more)
    # a summary, a finished sentence, printed whole again under the headline is still the page's summary
    summary = (
        "The harbour board on Monday voted to keep the ferry fares unchanged for another year, despite rising fuel"
        " costs and a fall in the number of passengers."
    )
    article = _parse(summary, "Ferry fares stay frozen for a year", summary, more)
    assert article.title == "Ferry fares stay frozen for a year"


def test_a_box_of_paid_stories_under_the_article_ends_the_body() -> None:
    article = _parse(
        "Harbour board limits fishing hours",
        LEAD,
        SECOND,
        "Sponsored Content",
        "About this box: its stories are paid for by the Gazette's advertisers.",
        "Discover the all new Gazette app",
    )
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_place_in_capitals_printed_apart_right_under_the_byline_is_the_dateline() -> None:
    # A wire's long read: the byline, the dateline on a line of its own, a lead that names neither town nor country.
    more = "The operator blamed the price of fuel, which has climbed for six months in a row, its chairman said."
    lead = (
        "Shortly after taking over the ferry company last spring, its new chairman took a call from the harbour"
        " master, the first of many that would reshape the routes across the bay."
    )
    byline = "By JANE TAN, ALI BAKAR and MEI LING"
    article = _parse("How the ferries came back", byline, "RIVERTON", lead, more)
    assert (article.dateline, article.body_paragraphs) == ("RIVERTON", (lead, more))
    # no byline over it: the capitals are a heading the lead does not name, no dateline
    assert _parse("How the ferries came back", "RIVERTON", lead, more).dateline is None


_HARBOUR_THIRD = "Shipping lines were told to expect delays of up to a week at the container terminal."


def test_another_storys_headline_between_two_paragraphs_is_a_link_not_body() -> None:
    headline = "Harbour dock workers to strike over unpaid overtime"
    link = "Orchid growers celebrate record blooms despite wet season"
    article = _parse(headline, _HARBOUR_LEAD, _HARBOUR_SECOND, link, _HARBOUR_THIRD)
    assert article.body_paragraphs == (_HARBOUR_LEAD, _HARBOUR_SECOND, _HARBOUR_THIRD)


@pytest.mark.parametrize(
    "subheading",
    [
        "Delays at the container terminal expected",  # the paragraphs' own words: the article's subheading
        "Picket lines",  # short: a subheading may name its subject in a word or two of its own
        "Talks set to resume in 2027 after holiday season",  # a figure: no link headline is looked for
    ],
)
def test_a_subheading_between_two_paragraphs_stays_body(subheading: str) -> None:
    headline = "Harbour dock workers to strike over unpaid overtime"
    article = _parse(headline, _HARBOUR_LEAD, _HARBOUR_SECOND, subheading, _HARBOUR_THIRD)
    assert article.body_paragraphs == (_HARBOUR_LEAD, _HARBOUR_SECOND, subheading, _HARBOUR_THIRD)


def test_a_headshots_role_and_name_over_the_dateline_lead_is_its_caption_not_a_standfirst() -> None:
    # No verb and no stop, as a headline-worded summary: but a role and a person's name end the line.
    headshot = "Harbour board chairman and group chief executive Datuk Ali Bakar Hamid"
    article = _parse("Port operator to trim budget by a fifth", headshot, LEAD, SECOND)
    assert [c.text for c in article.captions] == [headshot]
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_headshots_role_and_name_between_two_paragraphs_is_neither_body_nor_caption() -> None:
    headshot = "Riverside Traders Association chairman Datuk Ali Bakar Hamid"
    headline = "Harbour dock workers to strike over unpaid overtime"
    last = "Traders along the quay fear the strike will cut their takings over the festive season."
    article = _parse(headline, _HARBOUR_LEAD, _HARBOUR_SECOND, headshot, _HARBOUR_THIRD, last, WA)
    assert article.body_paragraphs == (_HARBOUR_LEAD, _HARBOUR_SECOND, _HARBOUR_THIRD, last)
    assert article.captions == ()


def test_a_caption_over_its_credit_and_its_copy_above_the_headline_is_the_photo() -> None:
    article = _parse(
        "Volunteers pack relief bags at the town hall before the storm.",
        "Photo Courtesy: Harbour Relief Team",
        "Volunteers pack relief bags at the town hall before the storm.",
        "Harbour town braces for its strongest storm in a decade",
        "Residents of the harbour town stocked up on food and water on Friday as forecasters warned that the "
        "strongest storm in a decade would make landfall overnight.",
        "The mayor said the town hall would stay open as a shelter through the weekend.",
    )
    assert article.title == "Harbour town braces for its strongest storm in a decade"
    assert article.captions[0] == Caption(
        "Volunteers pack relief bags at the town hall before the storm.", "Photo Courtesy: Harbour Relief Team"
    )
    assert article.body_paragraphs[0].startswith("Residents of the harbour town")


def test_an_excerpt_of_headline_and_lead_over_the_head_is_no_body_text() -> None:
    article = _parse(
        "Thanks to the nurses of the ward I, a patient of the hill clinic, wish to record my gratitude to the staff "
        "who cared for me during a long stay last month, often working past the end of their shifts, and to the "
        "doctors who answered every question my family had with patience [...]",
        "Readers write",
        "Thanks to the nurses of the ward",
        "I, a patient of the hill clinic, wish to record my gratitude to the staff who cared for me during a long "
        "stay last month, often working past the end of their shifts.",
        "Their kindness deserves to be known beyond the walls of the ward.",
    )
    assert article.title == "Thanks to the nurses of the ward"
    assert article.body_paragraphs[0].startswith("I, a patient of the hill clinic")


@pytest.mark.parametrize(
    "caption",
    [
        "Harbour board chairman Ali Bakar (left) and deputy mayor Mei Tan",
        "Mayor Jane Tan (centre) greets ferry operator Lim Ah Kow (right) at the new jetty.",
        # where she stands, then what she is doing: a caption however long, a finite verb after the participle
        "Mayor Jane Tan (centre) cutting the ribbon at the new jetty while her deputy Ali Bakar (second from right) "
        "looks on. Also present are councillors (from left) Mei Lin, Raju Kumar, Siti Hawa and Tan Ah Beng.",
    ],
)
def test_a_first_paragraph_placing_people_in_the_photo_over_an_undated_lead_is_its_caption(caption: str) -> None:
    # where someone stands in the photo and no finite verb, over a lead no dateline anchors: the photo's caption
    lead = "The new ferry jetty on the east bank will open to passengers next month, two years behind schedule."
    article = _parse("Ferry jetty to open next month", caption, lead, SECOND)
    assert article.captions == (Caption(caption, None),)
    assert article.body_paragraphs == (lead, SECOND)
    # a lead that places someone and says what they said is the lead
    told = "Mayor Jane Tan (centre) said the jetty would open next month, two years behind schedule."
    assert _parse("Ferry jetty to open next month", told, SECOND).body_paragraphs == (told, SECOND)


@pytest.mark.parametrize("line", ["Press Release: Riverside Harbour Police", "gavel, court, law", "Media caption,"])
def test_a_short_unfinished_first_line_over_an_undated_lead_is_neither_body_nor_caption(line: str) -> None:
    # page furniture, alt text or a label over a far longer lead no dateline anchors: no sentence, no finite verb
    lead = "The harbour police arrested two men over a spate of boat thefts along the east bank, officers said."
    article = _parse("Two held over boat thefts", line, lead, SECOND)
    assert article.captions == ()
    assert article.body_paragraphs == (lead, SECOND)
    # a first subheading with more below it is the article's own
    sections = ("Harbour", lead, "Markets", SECOND, "Weather", "Rain is expected over the coast through the weekend.")
    assert _parse("Morning briefing", *sections).body_paragraphs == sections


def test_a_wires_name_alone_under_the_last_paragraph_over_the_pages_links_names_the_agency() -> None:
    lead = "Ferry operators suspended crossings to the outer islands on Monday as the storm moved up the coast."
    mid = "Dozens of travellers waited at the main pier, where port staff handed out water and blankets overnight."
    last = "The weather office said the winds would ease by Wednesday, when the crossings are expected to resume."
    headline = "Storm halts ferry crossings to outer islands"
    links = ("Ferries", "Storms", "Harbour", "Islands")
    article = _parse(headline, lead, mid, last, "AFP", *links)
    assert article.agency == "AFP"
    assert article.body_paragraphs == (lead, mid, last)
    assert _parse(headline, lead, mid, last, *links).agency is None


def test_a_title_case_place_lead_anchors_the_body_over_subheadings_and_under_a_credit() -> None:
    # "Riverton: The court has ...": a town in title case and a sentence that tells what happened opens the body,
    # as a dateline in capitals does, even when a feature's subheadings below read as a briefing's section labels
    lead = "Riverton: The appeals court has upheld a fine against a ferry operator for overloading a vessel."
    second = "The operator, a family firm of three boats, had argued that the inspectors counted the crew twice."
    sections = (
        "Too many aboard",
        "Inspectors counted 140 people on a ferry licensed for 100, the court heard on Monday.",
        "Second appeal",
        "In a second case, the court cut a fine for a missing life raft by half, citing the firm's record.",
        "Final ruling",
        "Both rulings are final and may not be appealed, the court said in its written judgment.",
    )
    article = _parse("Court upholds ferry operator's fine", lead, second, *sections)
    assert article.captions == ()
    assert article.body_paragraphs == (lead, second, *sections)
    assert article.dateline == "Riverton"
    # under a photo's label and credit printed on a line of their own, the lead is no caption of theirs
    article = _parse("Ferry fares cut as fuel prices fall", "Representational image | File pic", lead, second)
    assert article.body_paragraphs == (lead, second)
    assert article.dateline == "Riverton"


def test_a_photos_kind_with_its_photographer_in_brackets_and_a_place_lead_under_it() -> None:
    # "Illustration ( Jane Tan)": the photo named by its kind alone, its photographer in brackets (a space opening
    # them): the kind is the caption, the name its credit. Under that credited caption a town in title case and its
    # colon open the lead whatever its verb ("drew", no auxiliary): a second photo's caption would carry its own credit
    lead = "Riverton: The harbour board drew attention to a steady rise in ferry fares on the eastern routes this year."
    second = "The board said fuel costs and a shortage of licensed crews had pushed fares up by nine percent."
    article = _parse("Board warns of rising ferry fares", "Illustration ( Ali Bakar)", lead, second)
    assert article.captions == (Caption("Illustration", "Ali Bakar"),)
    assert article.body_paragraphs == (lead, second)
    assert article.dateline == "Riverton"
    # a described photo under its own label is no kind alone; a caption's label over a participle stays a caption
    assert credits.kind_and_name("Illustration ( Ali Bakar)") == ("Illustration", "Ali Bakar")
    assert credits.kind_and_name("Illustration of the new pier (Ali Bakar)") is None
    assert credits.kind_and_name("Photo (2024)") is None
    labelled = "Packed: Passengers crowd onto the early ferry at the east pier on Monday before the fare rise."
    article = _parse("Board warns of rising ferry fares", "Illustration ( Ali Bakar)", labelled, second, SECOND)
    assert article.captions == (Caption("Illustration", "Ali Bakar"), Caption(labelled, None))
    assert article.body_paragraphs == (second, SECOND)
    assert article.dateline is None


def test_a_credit_on_its_own_line_under_an_uncredited_caption_is_that_captions_credit() -> None:
    # "Caption" / "Photo: NAME" / a dek / the print lead: a credit printed right under an uncredited caption is its
    # credit (most pages print a photo's credit line under its caption), not one announcing the dek under it
    caption = "Joint patrol: Coast guard boats from two provinces on an exercise off the northern cape."
    dek = "The straits are busier than ever, and so is the contest over who may pass through them"
    lead = "THE northern straits were long a quiet route for fishermen, with few boats and fewer quarrels."
    for credit in ("Photo: Ana Lim", "Jane Tan/The Ledger"):
        article = _parse("Keeping the straits open", caption, credit, dek, lead, SECOND)
        assert article.captions == (Caption(caption, credit),)
        assert article.body_paragraphs[-2:] == (lead, SECOND)
    # a credit over a caption with none above it announces that caption
    article = _parse("Keeping the straits open", "Photo: Ana Lim", caption, LEAD, SECOND)
    assert article.captions == (Caption(caption, "Photo: Ana Lim"),)


def test_a_title_case_place_and_its_spaced_dash_under_a_credited_caption_open_the_lead() -> None:
    # "Riverton — The board drew ...": under a photo's credited caption the town's spaced dash tells what its colon
    # does, whatever the lead's verb (a second photo's caption there would carry its own credit)
    second = "The board said fuel costs and a shortage of licensed crews had pushed fares up by nine percent."
    for dash in (" \u2014 ", " \u2013 ", " - "):
        lead = f"Riverton{dash}The harbour board drew attention to a steady rise in ferry fares on the eastern routes."
        article = _parse("Board warns of rising ferry fares", "Illustration ( Ali Bakar)", lead, second)
        assert article.captions == (Caption("Illustration", "Ali Bakar"),)
        assert article.body_paragraphs == (lead, second)
        assert article.dateline == "Riverton"
    # under an uncredited sentence the town's dash and a verb of any kind are not enough: no dateline is read
    lead = "Riverton \u2014 The harbour board drew attention to a steady rise in ferry fares on the eastern routes."
    article = _parse("Board warns of rising ferry fares", "Passengers queue at the east pier at dawn.", lead, second)
    assert article.dateline is None


def test_a_title_case_place_lead_under_a_dek_and_an_uncredited_caption_opens_the_body() -> None:
    # "Riverton: Services ... remained suspended ..., officials said." as the slot's third paragraph, under the dek
    # and the photo's uncredited caption: the town in title case is the dateline and the lead opens the body
    dek = "Floods at two spots between the river towns have cut the only coastal road."
    caption = "Workers clear mud from the road near the old bridge on Monday."
    lead = "Riverton: Bus services on the coastal road remained suspended for a third day on Tuesday, officials said."
    second = "Eleven routes were diverted inland, adding up to two hours to journeys, a transport spokesman said."
    article = _parse("Coastal road closed for third day after floods", dek, caption, lead, second, SECOND)
    assert article.dateline == "Riverton"
    assert article.body_paragraphs == (lead, second, SECOND)
    # a caption's label over a participle there anchors nothing: no dateline, the body is read as before
    labelled = "Stranded: Passengers waiting at the bus depot in the town centre on Monday evening."
    article = _parse("Coastal road closed for third day after floods", dek, caption, labelled, second, SECOND)
    assert article.dateline is None
    assert article.body_paragraphs[0] == dek


def test_a_summary_in_nearly_the_lead_own_words_over_it_is_a_dek() -> None:
    # the site's summary field printed over the lead, a word or two changed ("9%" / "9 percent", a drop cap lost)
    dek = (
        "Riverland's monthly ferry fares rose 9% in March and April, according to the harbour board's quarterly report."
    )
    lead = (
        "Riverland's monthly ferry fares rose 9 percent in March and April, according to the harbour board's "
        "quarterly report published Monday."
    )
    third = "The board blamed higher fuel costs and a shortage of licensed crews on the eastern routes."
    article = _parse("Ferry fares up 9% in two months, board says", dek, lead, third, SECOND)
    assert article.body_paragraphs == (lead, third, SECOND)
    # printed twice, the same text is a photo's caption (with its photographer's name after the stop): read in the slot
    caption = "Passengers queue for the early morning ferry at the east pier on Monday as fares rose again this spring."
    article = _parse("Ferry fares up 9% in two months, board says", f"{caption} Jane Tan", f"{caption} Jane Tan", lead)
    assert article.captions == (Caption(caption, "Jane Tan"),)
    assert article.body_paragraphs == (lead,)


@pytest.mark.parametrize(
    "card",
    [
        ("Crime", "Harbour patrol seizes smuggled diesel", "The marine police said on Monday they had seized a boat."),
        ("Have something to say? Members can post comments.", "Night market reopens after repairs", "0"),
    ],
)
def test_a_source_line_under_the_last_paragraph_ends_the_article(card: tuple[str, ...]) -> None:
    # what stands under the story's source is the page's: another story's card, a comment prompt
    last = "The ferry service is expected to resume next week once repairs are finished."
    article = _parse("Ferry service halted after engine fire", LEAD, SECOND, last, "SOURCE: The Coastal Herald", *card)
    assert article.body_paragraphs == (LEAD, SECOND, last)


def test_the_whole_headline_printed_again_under_the_last_paragraph_ends_the_article() -> None:
    # the page's photo card, topic links and related list under the article (far under the head: no headline's copy)
    title = "Coastal ferry services halted for a week after engine fire"
    paragraphs = (
        LEAD,
        SECOND,
        "The boats had been moored at the jetty overnight, the port said.",
        "The engine caught fire shortly before dawn on Sunday.",
        "Firefighters put out the blaze within an hour, and no one was hurt.",
        "The ferry service is expected to resume next week once repairs are finished.",
    )
    tail = (title, "(Coastal Herald, Port Authority image)", "Ferries", "Port Authority", "Harbour")
    article = _parse(title, "By Jane Tan, Staff Writer", "2024/03/05 11:04", *paragraphs, *tail)
    assert article.body_paragraphs == paragraphs


def test_a_graphics_source_line_with_the_article_going_on_under_it_is_dropped_alone() -> None:
    last = "The ferry service is expected to resume next week once repairs are finished."
    more = (
        "During the briefing, the port authority also said that two other vessels had been inspected and cleared to "
        "sail, bringing the number of ferries back in service this month to eleven.",
        "Passengers holding tickets for cancelled trips can ask for a refund at any counter.",
    )
    article = _parse("Ferry service halted after engine fire", LEAD, SECOND, last, "Source: Port Authority", *more)
    assert article.body_paragraphs == (LEAD, SECOND, last, *more)


def test_a_letters_signatures_under_its_last_paragraph_are_no_body() -> None:
    first = (
        "The new bus lanes on the coast road have halved my trip to work, and I am far from the only commuter who "
        "has noticed the difference since the trial began in the spring.",
        "Buses now run on time, and more people leave their cars at home than a year ago, the council says.",
        "I hope the council keeps them after the trial ends, whatever the shop owners say.",
    )
    second = (
        "Parking fees are too high",
        "The new parking fees will empty the town centre by Christmas, as shoppers drive to the malls instead.",
    )
    # name, town and region on one line; a name over an address; the next letter's heading cut by the dump's end
    letters = (*first, "Tom Reyes, Maple Creek, North Dakota", *second, "Mary Kerr", "Hill Road, Northport 4")
    article = _parse("Letters: bus lanes and parking", *letters, "Cheaper fares n")
    assert article.body_paragraphs == (*first, *second, "Cheaper fares n")
    # a list of places under a paragraph is the article's
    areas = ("Power will be cut in these areas on Friday.", "Ridge Park", "Ridge Park East", "Hill View")
    assert _parse("Power cuts on Friday", LEAD, *areas, SECOND).body_paragraphs == (LEAD, *areas, SECOND)


def test_the_writers_email_address_alone_under_the_last_paragraph_is_no_body() -> None:
    # the last paragraph closes a quote inside a quote, with no stop after it: the address is the writer's, still
    last = "He said, \"The coach told us, 'Play your own game and the results will come.'\" and smiled'"
    article = _parse("Young side eyes final", LEAD, SECOND, last, "|", "jane.tan@example.com")
    assert article.body_paragraphs == (LEAD, SECOND, last)
    # an address in a sentence is the article's
    told = "Readers may send their questions to the desk at desk@example.com"
    assert _parse("Young side eyes final", LEAD, SECOND, told).body_paragraphs == (LEAD, SECOND, told)


@pytest.mark.parametrize(
    ("closing", "signature"),
    [
        ("Yours faithfully,", ("J K Tan",)),  # the formula on a line of its own, the writer's initials and name
        ("", ("Hill Road, Northport 4.",)),  # the formula glued to the last sentence, an address under it
        ("Yours sincerely,", ("Jane Tan, Northport",)),  # name and town on one line
    ],
)
def test_the_signature_under_a_letters_closing_formula_is_no_body(closing: str, signature: tuple[str, ...]) -> None:
    last = "The council should keep the bus lanes after the trial, whatever the shop owners say."
    if not closing:
        last = f"{last} – Yours, etc,"
    letter = (LEAD, SECOND, last, *([closing] if closing else []))
    article = _parse("Keep the bus lanes", *letter, *signature)
    assert article.body_paragraphs == letter
    # a paragraph under the formula (the editor's reply) is no signature: the lines above it stay
    reply = "Editor's note: the council says the trial ends in May, and it decides on the lanes in June."
    replied = (*letter, *signature, reply)
    assert _parse("Keep the bus lanes", *replied).body_paragraphs == replied


@pytest.mark.parametrize(
    "prompt",
    [
        "Follow The Coastal Herald on Twitter and Facebook to join the conversation.",
        "Like our Facebook page https://www.facebook.com/coastalherald/",
        "Follow us on Instagram https://www.instagram.com/coastalherald/",
    ],
)
def test_an_invitation_to_follow_the_site_under_the_last_paragraph_ends_the_article(prompt: str) -> None:
    # under it, the page's: an app's download link, a comment form
    last = "The ferry service is expected to resume next week once repairs are finished."
    tail = ("Herald App Download", "Open the forum >>0 reply", "Add your comments...")
    article = _parse("Ferry service halted after engine fire", LEAD, SECOND, last, prompt, *tail)
    assert article.body_paragraphs == (LEAD, SECOND, last)


def test_a_continue_reading_link_in_lower_case_glued_to_the_last_paragraph_is_no_body() -> None:
    last = "The ferry service is expected to resume next week once repairs are finished."
    article = _parse("Ferry service halted after engine fire", LEAD, SECOND, f"{last} ...continue reading")
    assert article.body_paragraphs == (LEAD, SECOND, last)


@pytest.mark.parametrize("heading", ["SEE ALSO:", "Related Articles:"])
def test_an_inline_links_heading_without_its_links_between_two_paragraphs_does_not_end_the_article(
    heading: str,
) -> None:
    more = (
        "The ferry operator said on Monday that two other vessels had been inspected and cleared to sail, bringing "
        "the number of ferries back in service this month to eleven.",
        "Passengers holding tickets for cancelled trips can ask for a refund at any counter.",
    )
    article = _parse("Ferry service halted after engine fire", LEAD, SECOND, heading, *more)
    assert article.body_paragraphs == (LEAD, SECOND, *more)
    # with its links under it, the box ends the article
    links = ("Ferry fares to rise in March", "New jetty opens at the north bay")
    assert _parse("Ferry service halted after engine fire", LEAD, SECOND, heading, *links).body_paragraphs == (
        LEAD,
        SECOND,
    )


# The reference site's feature head: headline, the photo's credited caption, a summary with no full stop, print lead.
_STALLS_CAPTION = "Empty stalls: A vendor waits for customers at the riverside market. — JANE TAN/The Star"
_STALLS_LEAD = (
    "VENDORS at the riverside market in Kampung Baru say business has dropped by half since the lamps "
    "went out and the parking bays were removed last year."
)
_STALLS_SECOND = "One vendor, who sells fried noodles, said she now closes two hours earlier than before."


def test_a_summary_under_the_photos_caption_is_no_headline_though_the_lead_takes_up_its_words() -> None:
    # the headline shares no word with the lead; the line the lead takes up stands under the photo: a summary
    summary = "Vendors say riverside market in Kampung Baru lacks lamps, parking bays and customers after dark"
    article = _parse("Left out in the cold", _STALLS_CAPTION, summary, _STALLS_LEAD, _STALLS_SECOND)
    assert article.title == "Left out in the cold"
    assert article.captions == (
        Caption("Empty stalls: A vendor waits for customers at the riverside market.", "JANE TAN/The Star"),
    )
    # longer than a headline, with no full stop, under a caption crediting one photo: the body's first paragraph
    assert article.body_paragraphs == (summary, _STALLS_LEAD, _STALLS_SECOND)


def test_a_dek_naming_a_place_under_the_photos_caption_is_neither_caption_nor_body() -> None:
    dek = "Business slows at riverside market in Kampung Baru"
    article = _parse("Riverside vendors count losses", _STALLS_CAPTION, dek, _STALLS_LEAD, _STALLS_SECOND)
    assert [c.text for c in article.captions] == ["Empty stalls: A vendor waits for customers at the riverside market."]
    assert article.body_paragraphs == (_STALLS_LEAD, _STALLS_SECOND)


def test_a_summary_telling_the_news_under_a_labelled_caption_opens_the_body_though_it_names_a_place() -> None:
    caption = "Crowd pleaser: Supporters gathered at the school field for the party's dinner last weekend."
    summary = "The contest for the state is all but under way in Seberang, both camps pledging new ferries and roads."
    lead = "THE school field is now the opposition's favourite stage: it held its first two rallies there last week."
    article = _parse("Battle for the state begins", caption, summary, lead, SECOND)
    assert article.captions == (Caption(caption, None),)
    assert article.body_paragraphs == (summary, lead, SECOND)
    # a second caption placing its photo, with no finite verb, stays a caption
    second = "Supporters at the dinner in Seberang."
    assert [c.text for c in _parse("Battle for the state begins", caption, second, lead, SECOND).captions] == [
        caption,
        second,
    ]


def test_a_short_label_printed_twice_and_glued_after_a_paragraphs_end_is_no_body_text() -> None:
    # an inline headshot's name printed twice after the paragraph's last sentence; the dump's end cuts the last copy
    lead = "THE role of a port is no longer only to move boxes from ships to lorries, the harbour board says."
    middle = "Ports now train workers and run courses with colleges in the region, said board chairman Ali Bakar."
    last = "“We hope to take in more trainees next year,” said Prof Mei Lin, who heads the college's logistics school."
    article = _parse("Ports that teach", lead, middle + "Ali BakarAli Bakar", SECOND, last + "Prof Mei LinProf")
    assert article.body_paragraphs == (lead, middle, SECOND, last)


def test_a_first_paragraph_closed_by_a_bracketed_photographer_and_source_is_the_photo_caption() -> None:
    lead = "The harbour board has approved a plan to dredge the channel before the monsoon season, officials said."
    article = _parse(
        "Harbour channel to be dredged",
        "Dredgers at work in the harbour on Monday. (Ali Bakar, The Daily Post)",
        lead,
        "Work will start next month and run until the end of the year.",
    )
    assert article.captions == (Caption("Dredgers at work in the harbour on Monday.", "Ali Bakar, The Daily Post"),)
    assert article.body_paragraphs[0] == lead


def test_a_dek_that_the_lead_under_it_says_again_is_not_body() -> None:
    dek = "Rice prices climbed for a third straight month as supplies from northern farms fell, the office said."
    lead = (
        "Rice prices climbed for a third straight month in March, rising four per cent as supplies from "
        "the northern farms fell after the floods, the statistics office said on Monday."
    )
    rest = "Traders expect prices to ease once the next harvest reaches the markets in June."
    article = _parse("Rice prices climb for third month", dek, lead, rest)
    assert article.body_paragraphs == (lead, rest)
    assert article.captions == ()
    # over a print lead in capitals (the body's anchor) the same
    printed = "RICE" + lead[4:]
    printed_over = _parse("Rice prices climb for third month", dek[:-1], printed, rest)
    assert (printed_over.body_paragraphs, printed_over.captions) == ((printed, rest), ())
    # a lead whose next paragraph takes up only some of its words stays the body's first paragraph
    follow = "The statistics office said supplies from the northern farms would recover by June."
    assert _parse("Rice prices climb for third month", lead, follow, rest).body_paragraphs == (lead, follow, rest)


def test_a_related_label_with_a_colon_between_two_paragraphs_does_not_end_the_article() -> None:
    first = "The council said the new market would open in the town centre next year, after two years of delays."
    after = (
        "Even so, traders who moved out during the works said they were unsure whether they would return, "
        "the council's trade officer said."
    )
    article = _parse("Town market to open next year", first, "Related Articles:", after)
    assert article.body_paragraphs == (first, after)
    # a heading over other stories' headlines still closes it
    links = _parse("Town market to open next year", first, "Related Articles:", "Bridge works delayed again")
    assert links.body_paragraphs == (first,)


def test_a_deck_and_a_print_byline_in_capitals_over_the_dateline_lead_are_no_captions() -> None:
    lead = "RIVERTON • The harbour board will name its new chair on Monday, a week before the port reopens."
    article = _parse(
        "Harbour board to name chair", "New chair to be sworn in on May 11, port to reopen on May 18",
        "- RUTH OKAFOR THE HARBOUR PRESS", lead, SECOND,
    )  # fmt: skip
    assert article.captions == ()
    assert article.body_paragraphs == (lead, SECOND)


@pytest.mark.parametrize(("bullet", "section"), [("  • Published", None), ("  • ...", None), ("  • Nation", "Nation")])
def test_a_date_stamps_label_or_marks_in_a_bullet_name_no_section(bullet: str, section: str | None) -> None:
    # the date stamp's label with its date lost, or an ellipsis: the bullet names no section
    article = _parse("Ferry fares rise for island commuters", bullet, LEAD, SECOND)
    assert article.title == "Ferry fares rise for island commuters" and article.section == section
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_credited_caption_printed_twice_with_curly_then_straight_quotes_is_recorded_once() -> None:
    title = "Minister receives envoy to discuss port deal"
    curly = "The deputy minister meets with Ruritania\u2019s envoy to the kingdom Jon Doe. (SPA)"
    straight = curly.replace("\u2019", "'")
    lead = "RIVERTON: The minister received a letter on the port deal from the president of Ruritania on Monday."
    article = _parse(title, curly, straight, lead, "The letter was handed over at a meeting in the capital.")
    assert [(c.text, c.credit) for c in article.captions] == [(curly[:-6], "SPA")]
    assert article.body_paragraphs[0] == lead


def test_a_pitch_closing_in_an_exclamation_under_a_counter_is_no_body() -> None:
    pitch = "Log in to unlock member-only perks!"
    article = _parse("Ferry fares rise", LEAD, SECOND, "3 / 12", pitch)
    assert article.body_paragraphs == (LEAD, SECOND)
    # a number alone between paragraphs (a chart's rank) is layout too; a short line with a word is kept
    assert _parse("Ferry fares rise", LEAD, "7", SECOND).body_paragraphs == (LEAD, SECOND)
    assert _parse("Ferry fares rise", LEAD, SECOND, "Go team!").body_paragraphs[-1] == "Go team!"


def test_a_comment_systems_own_line_ends_the_article() -> None:
    for notice in ("comments powered by Chatterbox", "This site uses Akismet against comment spam."):
        assert classify.kind_of(notice) == classify.TAIL
        article = _parse("Ferry fares rise", LEAD, SECOND, notice, "Most Popular", "Harbour tolls to double")
        assert article.body_paragraphs == (LEAD, SECOND)


def test_a_photos_credit_alone_in_brackets_is_no_body() -> None:
    for credit in ("(Photo credit: Jane Tan/The Daily Ledger)", "(Home page image courtesy Example Images)"):
        assert classify.kind_of(credit) == classify.DROP
        assert _parse("Ferry fares rise", LEAD, credit, SECOND).body_paragraphs == (LEAD, SECOND)
    # a bracketed sentence about a photo is the article's
    aside = "(The photo was taken by a passer-by and shared widely online.)"
    assert _parse("Ferry fares rise", LEAD, SECOND, aside).body_paragraphs[-1] == aside


def test_an_ad_slots_continues_label_alone_between_paragraphs_is_no_body() -> None:
    for label in ("Story continues below advertisement", "Article continues after the advertisement"):
        assert classify.kind_of(label) == classify.DROP
        assert _parse("Ferry fares rise", LEAD, label, SECOND).body_paragraphs == (LEAD, SECOND)
    assert classify.kind_of("The story continues below the fold of the front page.") == classify.BODY


def test_a_summary_box_of_key_points_between_paragraphs_is_no_body() -> None:
    third = "The operator said the new timetable would be published on its website next week."
    bulleted = _parse("Ferry fares rise", LEAD, "Key points:", "• Fares rise in May", "• Night crossings cut", SECOND)
    assert bulleted.body_paragraphs == (LEAD, SECOND)
    glued = ("Key points: Fares rise by a fifth in May", "Night crossings are cut to two a week", SECOND, third)
    assert _parse("Ferry fares rise", LEAD, *glued).body_paragraphs == (LEAD, SECOND, third)
    # a finished sentence naming key points is the article's
    said = "Key points of the plan were agreed on Monday, the ministry said."
    assert _parse("Ferry fares rise", LEAD, said, SECOND).body_paragraphs == (LEAD, said, SECOND)


def test_a_byline_between_paragraphs_is_no_body() -> None:
    third = "The operator said the new timetable would be published on its website next week."
    for byline in ("By Marisol Tenorio", "By Dario Villa-Reyes of Harbour Community Radio"):
        assert _parse("Ferry fares rise", LEAD, SECOND, byline, third).body_paragraphs == (LEAD, SECOND, third)
    # a subheading opening with "By" is the article's
    assert "By The Numbers" in _parse("Ferry fares rise", LEAD, SECOND, "By The Numbers", third).body_paragraphs


def test_a_rails_latest_from_heading_ends_the_article() -> None:
    for heading in ("Latest from Politics", "Latest in City"):
        assert classify.kind_of(heading) == classify.CHROME
        article = _parse("Ferry fares rise", LEAD, SECOND, heading, "Harbour tolls to double", "Night ferry returns")
        assert article.body_paragraphs == (LEAD, SECOND)
    assert classify.kind_of("Latest in the inquiry, the ministry said on Monday.") == classify.BODY


def test_an_invitation_to_join_the_sites_page_or_channel_is_no_body() -> None:
    for invite in ("Join our Facebook page.", "Join The Daily Ledger Readers Channel"):
        assert classify.kind_of(invite) == classify.DROP
        assert _parse("Ferry fares rise", LEAD, invite, SECOND).body_paragraphs == (LEAD, SECOND)
    assert classify.kind_of("Join our Telegram channel") == classify.WHATSAPP  # the messaging line keeps its kind
    assert classify.kind_of("Join the protest on Saturday") == classify.BODY


def test_a_bracketed_sign_off_a_few_paragraphs_above_the_last_ends_the_article() -> None:
    signed = "The ministry said the new timetable would be published next week. (Harbour Gazette)"
    comment = "1. Typical. Nobody asked the commuters what they wanted, as usual, and now we all pay for it"
    article = _parse("Ferry fares rise", LEAD, SECOND, signed, comment)
    assert article.body_paragraphs == (LEAD, SECOND, signed.removesuffix(" (Harbour Gazette)"))
    assert article.agency == "Harbour Gazette"
    # a mid-article photo's caption credited so, the article going on under it: no sign-off
    photo = "The minister speaks to reporters at the pier on Monday. (Harbour Gazette)"
    third = "The operator said the new timetable would be published on its website next week."
    assert _parse("Ferry fares rise", LEAD, photo, SECOND, third).body_paragraphs[-1] == third
    # a briefing's items each sign off: none ends the article
    item = "Night crossings resume on Friday after repairs to the pier. (NAN)"
    briefing = _parse("Ferry fares rise", LEAD, item, "Fares for students stay the same this year. (NAN)", comment)
    assert briefing.body_paragraphs[-1] == comment


def test_a_wires_dashed_sign_off_over_short_lines_of_the_page_ends_the_article() -> None:
    signed = (
        "After the meeting, the members toured the new terminal and the ferries moored at the pier, and the "
        "operator said the new timetable would be published next week. —HNA"
    )
    for under in (("HNA",), ("07 QX", "Exit mobile version")):
        article = _parse("Ferry fares rise", LEAD, SECOND, signed, *under)
        assert article.body_paragraphs == (LEAD, SECOND, signed.removesuffix(" —HNA"))
        assert article.agency == "HNA"
    # a finished line under it: the article goes on (no sign-off taken)
    assert _parse("Ferry fares rise", LEAD, signed, SECOND, "07 QX").body_paragraphs[:2] == (LEAD, signed)
    # a briefing's items each sign off: none ends the article
    item = "Night crossings resume on Friday after repairs to the pier, the operator said in a statement. —HNA"
    assert _parse("Ferry fares rise", LEAD, item, signed, "07 QX").body_paragraphs[1:3] == (item, signed)


def test_a_live_storys_notice_under_the_headline_is_neither_caption_nor_body() -> None:
    article = _parse("Ferry fares rise", "This is a developing story: more details to follow.", LEAD, SECOND)
    assert article.captions == () and article.body_paragraphs == (LEAD, SECOND)


def test_the_pages_date_line_and_byline_under_the_article_are_no_body() -> None:
    for byline in ("By : THE HARBOUR DESK", "By Jane Tan"):
        article = _parse("Ferry fares rise", LEAD, SECOND, "Published : March 3, 2031", byline)
        assert article.body_paragraphs == (LEAD, SECOND)
    # a byline under a line that is no date line (a subheading over the cut rest of the article): left as it was
    kept = _parse("Ferry fares rise", LEAD, SECOND, "What the riders say", "By Jane Tan")
    assert kept.body_paragraphs[-2:] == ("What the riders say", "By Jane Tan")


def test_a_wire_and_papers_joint_sign_off_over_the_pages_rail_ends_the_article() -> None:
    signed = "The operator said the new timetable would be published on its website next week. — VNA/HNP"
    # under it the page's tag chips, a rail's heading, another story's headline and its teaser cut by the dump's end
    rail = ("Riverton Harbour Ferries", "Travel & Leisure", "Old lighthouse reopens to visitors on the cape", "A new")
    article = _parse("Ferry fares rise", LEAD, SECOND, signed, *rail)
    assert article.body_paragraphs == (LEAD, SECOND, signed.removesuffix(" — VNA/HNP"))
    assert article.agency == "VNA/HNP"
    # a photo's credit after the wire's slash: a mid-article photo's caption, no sign-off
    photo = "Passengers board a ferry at the pier on Monday. — AFP/POOL"
    pictured = _parse("Ferry fares rise", LEAD, SECOND, photo, *rail)
    assert pictured.agency is None and photo not in pictured.body_paragraphs


def test_an_apps_store_badges_with_their_captions_under_the_article_are_no_tags() -> None:
    # A paper's app promo under the article: each store's badge captioned "Available for" / "Available in", the
    # publisher's imprint line under them.
    article = _parse(
        "Ferry fares to rise by a tenth next month",
        LEAD,
        SECOND,
        "Join our Telegram channel for the day's top stories as they break.",
        "Available for",
        "Phones and Tablets",
        "Available in",
        "Google Play",
        "Licence 012/03/2031. Published by Harbour Media Limited. Copyright © 2031 Harbour Media Limited.",
    )
    assert article.body_paragraphs == (LEAD, SECOND)
    assert article.tags == ()


def test_the_articles_own_marked_list_at_the_dumps_end_is_no_list_of_links() -> None:
    lead = "Four towns remain under a storm warning as the storm moves west, the weather service said on Monday."
    more = "The service said strong winds may still reach the coast by Tuesday morning, it added."
    towns = ("Hilltown", "Stonefield", "Westport", "Rest of Pinecrest")
    # a clause of the article's ending in a colon over the items ("... include:"), the dump ending with the list
    clause = "Meanwhile, areas under the lower warning include:"
    listed = _parse("Storm warning stays up over four towns", lead, more, clause, *(f"• {t}" for t in towns))
    assert listed.body_paragraphs == (lead, more, clause, *(f"• {t}" for t in towns))
    # a long list the dump's end cut: its last short items under its earlier, longer ones
    first = "* Northern part of Oakvale (Alpha, Beta, Gamma, Delta, Epsilon, Zeta, Eta, Theta, Iota)"
    cut = (first, *(f"* {t}" for t in towns), "* Northern part of Elmwood (Kappa, La")
    long_list = _parse("Storm warning stays up over four towns", lead, "The warning covers these areas:", *cut)
    assert long_list.body_paragraphs == (lead, "The warning covers these areas:", *cut)
    # other stories' headlines under the last paragraph still close the body, marked or not
    links = ("• Bridge works delayed again", "• Market to open next year", "• Ferry fares to rise in May")
    assert _parse("Storm warning stays up over four towns", lead, more, *links).body_paragraphs == (lead, more)


def test_the_articles_dash_marked_list_over_the_paragraph_the_cap_cut_is_body() -> None:
    # "... these items were sent:" / "- 1,000 food packs;" / ... and under the list the next paragraph, cut by the
    # scrape's size cap: the article's own list, not other stories' links (nor when the dump ends inside it)
    fillers = [f"The council will meet again in week {k} to decide on the new fares, it said." for k in range(14)]
    clause = "The following relief items were flown to the island's two towns:"
    items = ("- 1,200 family food packs;", "- 800 shelter repair kits; and", "- 500 kitchen sets from the Red Cross")
    paragraphs = ["Ferry fares to rise", LEAD, SECOND, *fillers, clause, *items]
    cap = max(SCRAPE_CAP_BYTES)
    cut = "“We are deeply t"  # short: a line the cap cut, as a link's headline is
    room = cap - len("\n\n".join([*paragraphs, cut]).encode()) - len(" ()")
    paragraphs[1] = f"{LEAD[:-1]} ({'x' * room})."  # the lead fills the dump up to the cap
    capped = "\n\n".join([*paragraphs, cut]).encode()
    assert len(capped) == cap
    article = parse_dump(capped)
    assert isinstance(article, ParsedArticle)
    assert article.body_paragraphs[-5:] == (clause, *items, cut)
    # under the cap the same short lines under the last paragraph, none marked, are other stories' links
    links = ("Bridge works delayed again", "Market to open next year", "Ferry fares to rise in May")
    assert _parse("Ferry fares to rise", LEAD, SECOND, *links).body_paragraphs == (LEAD, SECOND)


def test_an_uncredited_caption_printed_twice_over_the_headline_is_the_photos_caption() -> None:
    # The dump opens with the photo's alt text and caption, a long line no headline could be and no credit on it,
    # printed whole twice: the headline is the line under them, the line itself one caption.
    caption = (
        "Volunteers carry sandbags along the river wall near the old market at dusk on 3 May, 2024, as the water"
        " keeps rising after three days of rain upstream, with the lower streets of the town already closed to cars"
    )
    lead = "Volunteers worked through the night on Friday to shore up the river wall, the town's mayor said."
    article = _parse(caption, caption, "", "Volunteers shore up river wall as water rises", lead, SECOND)
    assert article.title == "Volunteers shore up river wall as water rises"
    assert [c.text for c in article.captions] == [caption]
    assert article.body_paragraphs == (lead, SECOND)
    # printed twice with nothing under the headline: no article (the caption alone is no lead)
    assert isinstance(parse_text(f"{caption}\n{caption}\nVolunteers shore up river wall\n"), Quarantined)


def test_an_acronym_after_a_is_no_print_lead_in_capitals() -> None:
    # "A MAN was ..." opens a print lead with a word in capitals; "A XTC bus was ..." names an acronym (no vowel in
    # it), a body paragraph further down that must not anchor the body and turn the lead above it into a caption.
    assert head.is_print_lead("A MAN was hurt when a lorry hit the footbridge over the river road on Monday night.")
    assert not head.is_print_lead("A XTC minibus parked by the gate lost its windscreen and was later towed away.")
    lead = (
        "Market traders pelted council officers with fruit in the old market on Monday over the new stall rents"
        " set for next year."
    )
    second = "Two officers and a trader were treated in hospital for minor injuries, the police said later."
    third = "A XTC minibus parked by the gate lost its windscreen and was later towed away."
    article = _parse("Traders pelt officers over stall rents", lead, second, third, SECOND)
    assert article.captions == ()
    assert article.body_paragraphs == (lead, second, third, SECOND)


def test_a_lead_opening_with_its_source_in_brackets_and_no_dash_names_the_agency() -> None:
    lead = "(Harbour Gazette) The council has voted to close the old ferry pier after a survey found cracks in it."
    article = _parse("Council votes to close ferry pier", lead, SECOND)
    assert (article.dateline, article.agency) == (None, "Harbour Gazette")


def test_a_credit_alone_over_the_lead_credits_the_uncredited_caption_right_above_it() -> None:
    # The photo's caption under the headline, its credit on a line of its own right over the dated lead.
    caption = "Harbour workers unload crates of mangoes at the old pier on Monday morning."
    lead = "RIVERTON - Mango exports through the old pier doubled in the first half of the year, port officials said."
    article = _parse("Mango exports double at the old pier", "", caption, "PHOTO: WIREPIX", lead, SECOND)
    assert article.captions == (Caption(caption, "PHOTO: WIREPIX"),)
    assert article.body_paragraphs == (lead, SECOND)


def test_a_sites_newsletter_pitch_under_the_headline_is_dropped() -> None:
    # A site's pitch for its newsletter between the headline and the photo's caption.
    caption = "Harbour workers unload crates of mangoes at the old pier on Monday morning."
    lead = "RIVERTON - Mango exports through the old pier doubled in the first half of the year, port officials said."
    article = _parse(
        "Mango exports double at the old pier",
        "Sign up now: Get the region's top stories in your inbox",
        "",
        caption,
        "PHOTO: WIREPIX",
        lead,
        SECOND,
    )
    assert article.captions == (Caption(caption, "PHOTO: WIREPIX"),)
    assert article.body_paragraphs == (lead, SECOND)


def test_a_comments_plugins_notice_under_a_teasers_source_byline_leaves_the_teaser_the_body() -> None:
    # A teaser page: two paragraphs, the source's link and byline, then a comments plugin's login notice.
    first = "Ferry operators on the northern islands cut their timetables by half after fuel prices rose again."
    second = "The operators' association said the cuts would stay in place until the end of the monsoon season."
    article = _parse(
        "Island ferries halve timetables as fuel prices climb",
        first,
        second,
        "Full story: islandherald.example",
        "By Island Herald",
        "Facebook notice for readers! You need to log in to view and post comments!",
    )
    assert article.body_paragraphs == (first, second)


def test_a_sites_quiz_box_between_the_dek_copy_and_the_lead_is_neither_caption_nor_body() -> None:
    # The lead printed under the headline as its dek, the site's quiz box, then the lead again.
    lead = "SINGAPORE — Bus services on three routes will run every five minutes at peak hours from next Monday."
    article = _parse(
        "More frequent buses on three routes from Monday",
        lead,
        "Quiz of the day",
        "Think you follow the news? Test your knowledge!",
        lead,
        SECOND,
    )
    assert article.captions == ()
    assert article.dateline == "SINGAPORE"
    assert article.body_paragraphs == (lead, SECOND)


def test_a_sites_fact_check_desk_link_under_the_article_is_dropped() -> None:
    # A site's link to its fact-check desk under the last paragraph.
    article = _parse(
        "Police arrest three over shop break-ins",
        LEAD,
        SECOND,
        "Real or fake? See what our checkers found here.",
    )
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_name_with_its_photo_credit_in_brackets_under_the_headline_is_the_photos_caption() -> None:
    # A headshot's caption (the name alone) with its wire credit in brackets, over the lead: no credit alone that
    # announces the lead as its caption.
    lead = "Senator Jane Cruz wants an inquiry into the fuel import deals that the port agency signed last year."
    second = "Cruz filed a resolution on Monday directing the energy committee to hold hearings on the deals."
    photo = "Senator Jane Cruz (AP Photo/Ali Bakar)"
    article = _parse("Senate probe of fuel deals sought", "", photo, "", lead, second)
    assert article.captions == (Caption("Senator Jane Cruz", "AP Photo/Ali Bakar"),)
    assert article.body_paragraphs == (lead, second)


def test_a_wordpress_shortcode_printed_as_text_under_the_headline_is_no_caption() -> None:
    # A plugin's widget (a map) left as its shortcode between the headline and the dated lead.
    article = _parse("Police arrest three over shop break-ins", '[mapwidget id="12"]', LEAD, SECOND)
    assert article.captions == ()
    assert article.body_paragraphs == (LEAD, SECOND)
    assert classify.kind_of('[speak_button voice="UK English Male"]') == classify.DROP
    assert classify.kind_of("[Updated at 3pm]") == classify.BODY  # no attribute: an editor's bracketed note


def test_a_credited_caption_printed_twice_on_one_line_over_the_headline_is_read_once() -> None:
    # The photo's alt text and caption glued on the page's first line, each with its credit, its copy under it,
    # then the headline: one caption and its credit
    caption, credit = "Fishing boats moored at the Northport harbour.", "Photo: Jane Tan"
    line = f"{caption} {credit}"
    lead = "Northport's fishermen asked the council on Monday for help with fuel, whose price has doubled since March."
    article = _parse(
        f"{line} {line}",
        line,
        "Northport fishermen ask for fuel aid as prices climb",
        "Ali Bakar",
        "Updated: 10:12am, 4 Mar, 2022",
        lead,
        SECOND,
    )
    assert article.title == "Northport fishermen ask for fuel aid as prices climb"
    assert article.captions == (Caption(caption, credit),)


def test_three_uncredited_sentences_over_the_dateline_lead_are_a_standfirst() -> None:
    # Three sentences with no credit between the byline and the dateline's lead: a summary, which no uncredited
    # caption runs to: neither caption nor body
    title = "Northport floods again as storms return"
    lead = "Northport (Harbour News) - For the third time this month, heavy rain flooded the port's quays on Monday."
    dek = (
        "Heavy rain has flooded the port for the third time this month. The weather office warns of more storms"
        " tonight. The mayor calls for new drains."
    )
    article = _parse(title, "by Jane Tan", dek, lead, SECOND)
    assert article.captions == ()
    assert article.body_paragraphs == (lead, SECOND)
    # two sentences are a caption's; two abbreviations' stops in one sentence do not make three
    for caption in (
        "Workers clear mud from the lower quay on Monday. The quay was shut for the day.",
        "Mr. Tan and Dr. Lim inspect the lower quay in Northport on Monday.",
    ):
        assert _parse(title, "by Jane Tan", caption, lead, SECOND).captions == (Caption(caption, None),)


def test_two_clauses_joined_by_a_semicolon_over_the_dateline_lead_are_a_dek() -> None:
    # A headline's grammar under the headline, two clauses and a semicolon, no stop: the story's dek, whatever its
    # verbs, not a caption; a line without a stop of one clause stays the photo's caption
    title = "Northport and Westbay arrest smuggling suspects"
    lead = "NORTHPORT • Police in two provinces said yesterday that seven men were held over a boat smuggling ring."
    dek = "Northport police hold 5 it says ran boats for the ring; Westbay detains 2 crew suspects"
    article = _parse(title, dek, lead, SECOND)
    assert article.captions == ()
    assert article.body_paragraphs == (lead, SECOND)
    caption = "Police officers escort a suspect at the Northport pier on Monday"
    assert _parse(title, caption, lead, SECOND).captions == (Caption(caption, None),)


def test_a_combined_caption_of_photos_by_their_place_is_dropped_when_each_photo_has_its_own() -> None:
    # The print edition's one caption for two photos ("Left: ... Above: ..."), printed over each photo's own
    # credited caption: the photos' captions, each once, and no combined caption
    combined = (
        "Left: Cranes lift a fallen span of the Riverton footbridge. Above: Divers search the river below the bridge."
    )
    credit = "PHOTOS: THE HERALD, CITY NEWS AGENCY"
    first, second = "Cranes lift a fallen span of the Riverton footbridge.", "Divers search the river below the bridge."
    lead = (
        "RIVERTON • Two workers were missing last night after part of a footbridge fell during repairs, officials said."
    )
    article = _parse(
        "Two missing as footbridge falls in Riverton",
        "Council orders checks on all the town's older bridges",
        combined,
        f"{first} {credit}",
        combined,
        f"{second} {credit}",
        lead,
        SECOND,
    )
    assert article.captions == (Caption(first, credit), Caption(second, credit))
    assert article.body_paragraphs == (lead, SECOND)
    # the combined caption alone, its parts not printed apart, is the photos' caption
    article = _parse("Two missing as footbridge falls in Riverton", combined, f"{first} {credit}", lead, SECOND)
    assert Caption(combined, None) in article.captions


@pytest.mark.parametrize("credit", ["HFD Northport", "PIO", "Screen capture", "Video grab"])
def test_a_caption_printed_twice_keeps_its_source_in_brackets_as_its_credit(credit: str) -> None:
    # the photo's alt text, then its caption, each closed by the photo's source in brackets after the stop
    caption = "Rescuers dig through mud after a landslide buried two houses in Hill Village, Northport."
    lead = "NORTHPORT – The town council declared a state of calamity on Monday after floods swept three villages."
    line = f"{caption} ({credit})"
    article = _parse("Northport declares state of calamity", line, line, lead, SECOND)
    assert article.captions == (Caption(caption, credit),)
    assert article.body_paragraphs == (lead, SECOND)
    # an aside in lower case in brackets is no source: the caption keeps it
    aside = f"{caption} (left, in red)"
    article = _parse("Northport declares state of calamity", aside, aside, lead, SECOND)
    assert article.captions == (Caption(aside, None),)
    # nor two words in lower case after a capital that name no photo's kind
    aside = f"{caption} (Seen above)"
    article = _parse("Northport declares state of calamity", aside, aside, lead, SECOND)
    assert article.captions == (Caption(aside, None),)


@pytest.mark.parametrize("dash", ["—", "–", "-"])
def test_a_title_case_place_before_a_spaced_dash_anchors_the_body_over_a_paragraph_opening_in_capitals(
    dash: str,
) -> None:
    # "Riverton — The council has ...": the lead under a town in title case, though the next paragraph opens with
    # an acronym in capitals, as a print lead does ("FERRY operators ..."): the lead is no photo's caption
    lead = f"Riverton {dash} The funeral of the former harbour master has been set for Friday, his family said."
    second = "RFA officials said the ceremony would be held at the old pier, where he served for thirty years."
    article = _parse("Harbour master's funeral set for Friday", "By Jane Tan", lead, second, "He was 81.")
    assert article.captions == ()
    assert article.body_paragraphs == (lead, second, "He was 81.")
    assert article.dateline == "Riverton"


def test_a_line_ending_in_no_space_between_an_old_pages_padded_paragraphs_is_a_photos_caption() -> None:
    paragraphs = [
        "THE riverside library reopened its doors yesterday after two years of repairs to its flooded ground floor.",
        "Librarian Mary Lee said the collection of old maps had been moved upstairs before the water came in.",
        "Volunteers from three schools helped to carry the boxes of books back down to the new shelves.",
        "The reading room now has larger windows and a ramp for visitors using wheelchairs and prams.",
        "Lee said the library would hold a storytelling week for young readers during the school holidays.",
    ]
    caption = "Mary Lee (left) showing pupils an old map of the town in the reading room."
    padded = [f"{p}  " for p in paragraphs]
    text = "\n\n".join(["Library reopens by the river", "", *padded[:3], caption, *padded[3:]]) + "\n"
    article = parse_text(text)
    assert isinstance(article, ParsedArticle)
    assert article.body_paragraphs == tuple(paragraphs) and article.captions == ()
    # Paragraphs that end as the caption does: no print layout tells it apart, it stays body.
    plain = parse_text("\n\n".join(["Library reopens by the river", *paragraphs[:3], caption, *paragraphs[3:]]))
    assert isinstance(plain, ParsedArticle) and caption in plain.body_paragraphs


def test_a_phrase_without_a_stop_printed_twice_under_the_head_is_a_photos_caption() -> None:
    lead = "A man who took part in an attack on two tourists in the old town will have his sentence cut, a court ruled."
    second = "The court heard the attack took place late at night in August."
    article = _parse(
        "Sentence cut for man in old town attack",
        "",
        "Police outside the old arcade",
        "Police outside the old arcade",
        "",
        lead,
        "",
        second,
    )
    assert article.captions == (Caption("Police outside the old arcade", None),)
    assert article.body_paragraphs == (lead, second)


def test_a_caption_printed_around_its_credit_under_the_headline_is_no_byline_and_standfirst() -> None:
    caption = "Councillors Jane Tan and Ali Bakar share a joke as the budget is passed on Monday."
    lead = "RIVERTON — Councillors backed a four-year budget by nine votes to four on Monday, raising the land levy."
    second = "The mayor called the process the most open the city had seen."
    for credit in ("ANA REYES / RIVERTON DAILY PRESS", "ANA REYES/RIVERTON DAILY PRESS"):
        article = _parse("Council passes its budget", "", caption, "", credit, "", caption, "", lead, "", second)
        assert article.captions == (Caption(caption, credit),)
        assert article.body_paragraphs == (lead, second)


def test_a_caption_printed_twice_behind_a_bullet_or_cut_short_is_recorded_once() -> None:
    bulleted = classify._recorded_once(
        [
            Caption("• Ferry services resumed after a morning of delays.", "Photo: RBC"),
            Caption("Ferry services resumed after a morning of delays.", "Photo: RBC"),
        ]
    )
    assert bulleted == [Caption("Ferry services resumed after a morning of delays.", "Photo: RBC")]
    whole = Caption("The mayor speaks at the harbour opening in Riverton on Sunday, March 2, 2025.", "Jane Tan/Daily")
    assert classify._recorded_once(
        [Caption("The mayor speaks at the harbour opening in Riverton...", None), whole]
    ) == [whole]
    two = [Caption("Ferry services resumed.", "Photo: RBC"), Caption("Buses ran late.", "Photo: RBC")]
    assert classify._recorded_once(two) == two


@pytest.mark.parametrize(
    "line",
    [
        '"); $(window).on("load", function() { player.init("clip_7"); player.mute(true); });',
        ".side-box .thumb{ margin-top: 12px; } @media (max-width: 600px) { .side-box { display: none; } }",
    ],
)
def test_page_code_printed_as_text_is_dropped(line: str) -> None:
    # a script's or a style sheet's text: a brace block holding a semicolon, which prose lines almost never hold
    from transforms.segment import lines_of

    prose = ["The fund (set up in 2019; see below) paid out {twice} last year.", "They met; {no} vote."]
    assert lines_of("\n".join([line, *prose])) == prose
    article = _parse("Harbour board delays ferry vote", "", line, "", LEAD, "", SECOND)
    assert article.body_paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize("line", ["Published", "Published on", "Updated:", "Last updated", "POSTED ON"])
def test_a_date_widgets_lone_label_is_dropped(line: str) -> None:
    # the widget's date lost or printed on a later line: the label alone is never the article's words
    assert classify.kind_of(line) == classify.DROP
    assert classify.kind_of("Published on Monday, the report drew wide criticism.") == classify.BODY
    article = _parse("Harbour board delays ferry vote", "", LEAD, "", line, "", SECOND)
    assert article.body_paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize(
    "line",
    [
        "We and our partners use cookies to learn how you use our site and to show you ads " + "and offers " * 12,
        "This site uses cookies to give you a better service. By continuing to browse you agree to our Cookie Policy.",
    ],
)
def test_a_cookie_consent_bar_in_the_body_is_dropped(line: str) -> None:
    # long or short, the bar names what the reader agrees to: never the article's words
    assert classify.kind_of(line + " Manage your preferences.") == classify.DROP
    assert classify.kind_of("We use cookies sparingly, the bakery's owner said of her recipe.") == classify.BODY
    article = _parse("Harbour board delays ferry vote", "", LEAD, "", SECOND, "", line + " Manage your preferences.")
    assert article.body_paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize(
    "line",
    ["Change text size", "Font Size Down", "Text Size:", "Font Size Up Font Size Down Print This Page"],
)
def test_a_text_size_tools_buttons_are_dropped(line: str) -> None:
    assert classify.kind_of(line) == classify.DROP
    assert classify.kind_of("Change text size rules, the board told publishers.") == classify.BODY
    article = _parse("Harbour board delays ferry vote", "", LEAD, "", line, "", SECOND)
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_gift_buttons_pitch_to_the_subscriber_is_dropped() -> None:
    pitch = "Share The Ledger with a friend: subscribers, you may gift 4 stories a month, and they need no account!"
    assert classify.kind_of(pitch) == classify.DROP
    assert classify.kind_of("Subscribers gave gift cards to staff, the firm's report said.") == classify.BODY
    article = _parse("Harbour board delays ferry vote", "", pitch, "", LEAD, "", SECOND)
    assert article.body_paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize(
    "line", ["[video:https://www.example.com/watch?v=Ab12Cd34 autoplay:1]", "View this post on Instagram"]
)
def test_an_embeds_placeholder_printed_as_text_is_dropped(line: str) -> None:
    assert classify.kind_of(line) == classify.DROP
    assert classify.kind_of("View this post on Instagram, the singer told her fans on Monday.") == classify.BODY
    article = _parse("Harbour board delays ferry vote", "", LEAD, "", line, "", SECOND)
    assert article.body_paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize("line", ["29°C Light Rain", "Weather icon 27°C", "18.4°C Port Moresby", "12° C, A few clouds"])
def test_a_weather_widgets_reading_is_dropped(line: str) -> None:
    from transforms.segment import lines_of

    kept = ["date 2021-03-05 Kota Kinabalu 31°C, Partly Cloudy", "Temperatures reached 31°C on Monday, it said."]
    assert lines_of("\n".join([line, *kept])) == kept
    article = _parse("Harbour board delays ferry vote", "", LEAD, "", line, "", SECOND)
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_weather_strips_conditions_glued_to_their_alt_text_are_dropped() -> None:
    from transforms.segment import lines_of

    # town, reading, condition glued to its icon's alt text, town after town, over the head (the headline printed
    # again as its photo's alt text)
    strip = [f"{town}\n{deg}°C\n{cond}{cond}" for town, deg, cond in _STRIP]
    title = "Fire leaves twelve families homeless at riverside village"
    lead = (
        "PORT KELANG – A total of 30 residents from six families lost their homes when fire swept through their"
        " village on Monday evening."
    )
    second = "The fire department said a call came in just after 5pm, and a crew from the nearest station drove over."
    third = "Nobody was hurt in the fire, the department said, as all of the residents had managed to leave in time."
    assert lines_of("\n".join(strip)) == [town for town, _, _ in _STRIP]
    article = _parse(*strip, "|", "4 Mar 2031", title, "", title, "", lead, "", second, "", third)
    assert article.title == title and article.body_paragraphs == (lead, second, third)
    # on a page with no reading the line stays; a phrase printed twice with a space between stays
    assert lines_of("Heavy showersHeavy showers\nNext") == ["Heavy showersHeavy showers", "Next"]
    assert lines_of("28°C\nRain, rain\nNext") == ["Rain, rain", "Next"]


_STRIP = [
    ("Tanjung", 27, "Light rain"),
    ("Pekan", 28, "Mostly sunny"),
    ("Selangit", 26, "Light rain"),
    ("Hijau", 25, "Overcast"),
    ("Kemuning", 26, "Mostly sunny"),
]


def test_a_named_box_with_one_bulleted_point_under_the_head_is_a_summary_not_the_lead() -> None:
    # 'At a Glance' and its one point over the lead: the box sums the story up, in words it may never print again
    point = (
        "  • Nine councillors, among them the deputy mayor and both members for the island wards, backed a motion"
        " asking the harbour board to publish every ferry contract it has signed since the service was sold off."
    )
    lead = "The harbour board will table its ferry contracts at next month's sitting, its chairman said on Tuesday."
    second = "Councillors had asked for the papers twice last year, and were told both times that they were private."
    article = _parse(
        "Harbour board to table ferry contracts", "Published Mar 4, 2031 09:12 am", "At A Glance", point, lead, second
    )
    assert article.body_paragraphs == (lead, second)


def test_a_summary_on_top_cut_from_a_paragraph_under_the_headline_is_no_lead() -> None:
    lead = (
        "The harbour board on Monday voted to keep the ferry fares unchanged for another year, despite rising fuel"
        " costs and a fall in the number of passengers."
    )
    later = (
        "Board member Anne Lim said the fares had been frozen so that families on the islands would not be cut off"
        " from the mainland schools."
    )
    body = [
        lead,
        "The vote was carried by six to two after a debate of more than three hours.",
        later,
        "The board will look at the fares again next March.",
    ]
    for summary in (lead[:150] + " [...]", later + " Harbour board/Handout"):
        article = _parse(summary, "", "Ferry fares stay frozen for a year", "", *body)
        assert article.title == "Ferry fares stay frozen for a year"
        assert article.body_paragraphs == tuple(body)
    # A page whose lead opens it, with no repeat of it below: no headline, whatever short line follows.
    outcome = parse_text("\n".join([lead, "", "Fares at a glance", "", *body[1:]]) + "\n")
    assert not isinstance(outcome, ParsedArticle)


FERRY_TITLE = "Ferry fares to rise by a tenth across the delta"
FERRY_LEAD = "The delta's ferry operators will raise fares by a tenth from June, their association said on Monday."
FERRY_SECOND = "The association's chairman said the rise would be the first in four years, and the last for a while."


@pytest.mark.parametrize(
    ("dek", "lead"),
    [
        (
            "Relief for flood victims in Riverton and Lakeside",
            "Charities have stepped up relief for the flood victims of Riverton and Lakeside.",
        ),
        # a photo's place label over a print lead that names the place again
        ("At the Riverton Town Hall", "A DOZEN residents waited on the town hall's steps while the council met."),
    ],
)
def test_an_unfinished_dek_whose_words_the_lead_takes_up_is_no_body(dek: str, lead: str) -> None:
    article = _parse("Relief pours in for two river towns", "", dek, "", lead, "", FERRY_SECOND)
    assert article.body_paragraphs == (lead, FERRY_SECOND)


def test_a_one_sentence_dek_over_a_lead_that_tells_the_day_is_no_body() -> None:
    dek = "Operators blame the price of fuel, which has climbed for half a year."
    article = _parse(FERRY_TITLE, "", dek, "", FERRY_LEAD, "", FERRY_SECOND)
    assert article.body_paragraphs == (FERRY_LEAD, FERRY_SECOND)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the paragraph under the lead carries it on
        ("Fuel has climbed for half a year.", "But the ferry operators said on Monday fares would rise by a tenth."),
        # it tells no day
        ("Fuel has climbed for half a year.", "The delta's ferry operators say fares will rise by a tenth from June."),
        # the lead holds the headline's words
        ("Ferry fares across the delta will rise by a tenth.", "The operators said on Monday fuel left no choice."),
    ],
)
def test_a_one_sentence_lead_over_its_second_paragraph_stays_body(first: str, second: str) -> None:
    article = _parse(FERRY_TITLE, "", first, "", second, "", FERRY_SECOND)
    assert article.body_paragraphs == (first, second, FERRY_SECOND)


def test_a_reference_site_print_lead_over_a_paragraph_that_tells_the_day_stays_body() -> None:
    lead = "THE price of fuel has climbed for half a year, and the boatmen of the river towns have felt every cent."
    second = "Ferry operators across the delta said on Monday that fares would rise by a tenth from June."
    article = _parse(FERRY_TITLE, "  • Nation", "  • Tuesday, 03 Jun 2025", "", lead, "", second, "", FERRY_SECOND)
    assert article.body_paragraphs == (lead, second, FERRY_SECOND)


def test_a_listings_first_heading_in_capitals_over_its_item_stays_body() -> None:
    caption = "A jazz band plays on the riverside stage at dusk. Photo: Jane Tan"
    heading = "MUSIC: RIVERSIDE JAZZ NIGHTS"
    item = "A riverside amphitheatre hosts jazz nights this weekend, with six ensembles playing two sets each night."
    article = _parse(
        "Weekend picks: jazz by the river",
        "",
        caption,
        "",
        heading,
        "",
        item,
        "",
        "Venue: Riverside Amphitheatre",
        "",
        "THEATRE: THE LAST FERRY HOME",
        "",
        "A comedy about four strangers stuck at a ferry terminal on a stormy night, by a young playwright.",
    )
    assert article.body_paragraphs[:2] == (heading, item)


def test_a_lead_closed_by_a_bracket_over_a_paragraph_in_other_words_stays_body() -> None:
    lead = "The delta's ferry operators will raise fares by a tenth from June (the first rise in four years)"
    second = "Boatmen say the fuel bill has doubled since January, and few passengers can pay more."
    article = _parse(FERRY_TITLE, "", lead, "", second, "", FERRY_SECOND)
    assert article.body_paragraphs == (lead, second, FERRY_SECOND)


def test_a_photos_line_printed_twice_over_the_lead_is_no_dek_of_its_copy() -> None:
    line = "Boatmen at the jetty in Riverton"
    article = _parse(FERRY_TITLE, "", line, "", line, "", FERRY_LEAD, "", FERRY_SECOND)
    assert article.body_paragraphs == (FERRY_LEAD, FERRY_SECOND)


def test_a_name_under_the_headline_printed_again_as_the_byline_is_no_caption() -> None:
    # The writer's photo labelled with the name, then the name again alone or as "By Name": the byline, not a
    # headshot's caption (that one names a person the lead quotes in a sentence).
    for again in ("Nadia Rahim", "By Nadia Rahim"):
        article = _parse("Shop break-ins rise in Cheras", "Nadia Rahim", again, LEAD, SECOND)
        assert article.captions == ()
        assert article.body_paragraphs[0] == LEAD


def test_a_name_under_the_headlines_copy_over_a_long_lead_is_the_byline_no_caption() -> None:
    # headline, standfirst, the headline again (the photo's alt text), the writer's name, the lead
    title = "Shop break-ins rise in Cheras as police step up patrols"
    dek = "Three men held after a month of raids on shops in the district, with more arrests expected soon."
    lead = (
        "Police have arrested three men over a series of break-ins at shops in Cheras in the past month, "
        "the district police chief said on Tuesday, adding that more arrests were expected."
    )
    article = _parse(title, dek, title, "Nadia Rahim", lead, SECOND)
    assert article.captions == ()
    assert article.body_paragraphs[0] == lead


def test_a_caption_after_the_photos_file_name_takes_the_credit_printed_under_it() -> None:
    caption = "A fisherman mends his nets at the harbour, March 3, 2016."
    article = _parse(
        "Fishermen count losses in Cheras", "160303-harbour-nets-620.jpg " + caption, "Jane Tan/The Paper", LEAD, SECOND
    )
    assert article.captions == (Caption(caption, "Jane Tan/The Paper"),)
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_broadcasters_labelled_photo_over_the_article_is_its_caption_and_inside_it_neither() -> None:
    # The screen-reader labels of a broadcaster's page: 'Image copyright Agency' / 'Image caption Text' (or the label
    # alone, 'Image caption,', its text on the next line) over the lead give the photo's caption and credit; the same
    # block between two paragraphs, and a video's 'Media caption,' with its description, are neither.
    headline = "River town counts the cost of the floods"
    lead = "Residents of the river town began clearing mud from their homes on Sunday as the water level finally fell."
    second = "The council said more than 300 houses had been flooded and that the clean-up would take several weeks."
    third = "Engineers will inspect the old bridge on Monday before deciding whether it can reopen to traffic."
    caption = "Volunteers carry sandbags along the high street"
    article = _parse(headline, "Image copyright Harbour Pictures", f"Image caption {caption}", lead, second, WA)
    assert article.captions == (Caption(caption, "Harbour Pictures"),)
    assert article.body_paragraphs == (lead, second)
    article = _parse(headline, "Image caption,", caption, lead, second, WA)
    assert article.captions == (Caption(caption, None),)
    assert article.body_paragraphs == (lead, second)
    # the photo's alt text with the credit label run into its end, over the caption: the credit, not body
    alt = "A drawing of the river valley with the flooded streets shaded in blue Image copyright Weather Office"
    article = _parse(headline, alt, f"Image caption {caption}", lead, second, WA)
    assert article.captions == (Caption(caption, "Weather Office"),)
    assert article.body_paragraphs == (lead, second)
    # inside the article: neither caption nor body
    gallery = ("Image source, Harbour Pictures", "Image caption,", caption)
    article = _parse(headline, lead, second, *gallery, third, WA)
    assert article.captions == ()
    assert article.body_paragraphs == (lead, second, third)
    # a video's description under its label: neither
    video = "Our reporter on the high street: ''The water came up faster than anyone expected''"
    article = _parse(headline, "Media caption,", video, lead, second, WA)
    assert article.captions == ()
    assert article.body_paragraphs == (lead, second)


FERRY_LONG_LEAD = (
    "The delta's ferry operators will raise fares by a tenth from June, their association said on Monday, after a"
    " year in which the price of diesel climbed in every month but one and crews asked for more pay."
)


@pytest.mark.parametrize(
    ("first", "lead"),
    [
        # two sentences: no one-sentence dek
        ("Operators blame fuel. It has climbed for half a year.", FERRY_LEAD),
        # opening in capitals: the reference site's print lead
        ("OPERATORS blame the price of fuel, which has climbed for half a year.", FERRY_LEAD),
        # one sentence longer than a dek's 25 words
        (
            "Operators blame the price of fuel, which has climbed for half a year, and the wages of crews who have"
            " asked for more pay since the floods of last spring.",
            FERRY_LONG_LEAD,
        ),
        # the paragraph under it is the shorter: no lead under a dek
        (
            "Operators blame the price of fuel, which has climbed for half a year and shows no sign of falling.",
            "Ferry fares across the delta rise by a tenth on Monday.",
        ),
    ],
)
def test_a_finished_first_paragraph_outside_a_deks_shape_stays_body(first: str, lead: str) -> None:
    article = _parse(FERRY_TITLE, "", first, "", lead, "", FERRY_SECOND)
    assert article.body_paragraphs == (first, lead, FERRY_SECOND)


def test_a_caption_printed_twice_one_copy_cut_short_is_recorded_once_in_the_article() -> None:
    cut = "The mayor speaks at the harbour opening in Riverton..."
    whole = "The mayor speaks at the harbour opening in Riverton on Sunday, March 2, 2025."
    article = _parse("Harbour opens to ferries", "", cut, "", whole + " Jane Tan/Daily", "", LEAD, "", SECOND)
    assert article.captions == (Caption(whole, "Jane Tan/Daily"),)
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_dated_line_over_the_lead_keeps_its_dateline_outside_a_kickers_headline() -> None:
    # The kicker's headline is short, names no agency and stands over a longer lead that opens a sentence.
    lead = "Ferry operators will raise fares on three island routes next month, the transport council said on Monday."
    assert classify._kicker_headline(["PORT KELANG: Ferry fares to rise", lead], 0)
    assert not classify._kicker_headline(["PORT KELANG (AFP) - Ferry fares to rise", lead], 0)  # a wire's dateline
    assert not classify._kicker_headline(["PORT KELANG: Ferry fares to rise", "f" + lead[1:]], 0)  # no sentence
    assert not classify._kicker_headline(["PORT KELANG: Ferry fares to rise on three routes", "Fares go up."], 0)


def test_a_line_printed_twice_that_is_no_photos_label_is_no_caption() -> None:
    label = "Police outside the old arcade"
    assert classify._doubled_label_caption([label, label, LEAD], 0)
    assert not classify._doubled_label_caption(["“" + label, "“" + label, LEAD], 0)  # a quotation broken off
    assert not classify._doubled_label_caption([label, label, label, LEAD], 0)  # printed a third time
    assert not classify._doubled_label_caption(["Policemen outside arcades"] * 2 + [LEAD], 0)  # three words
    date = "Tuesday, 3 June 2025 10:15 AM"
    assert not classify._doubled_label_caption([date, date, LEAD], 0)  # a date line printed twice


def test_a_cookie_bar_that_names_the_readers_agreement_or_the_policy_is_dropped() -> None:
    assert classify.kind_of("We use cookies. Read on only if you agree.") == classify.DROP
    assert classify.kind_of("We use cookies, as our policy explains.") == classify.DROP


@pytest.mark.parametrize("label", ["(Left)", "(Right)", "(Centre)", "(Center)", "(Middle)"])
def test_a_photos_position_label_in_capitals_is_read(label: str) -> None:
    assert head.PHOTO_POSITION.search(label + " The mayor cuts the ribbon at the harbour.") is not None


def test_a_writers_avatar_alt_text_on_top_is_dropped_over_the_byline() -> None:
    title = "Why the ferry fares will have to rise in April"
    article = _parse("Avatar photo", "", "By Mira Solano", "", "Columnist", "", "", title, "", LEAD, "", SECOND)
    assert article.title == title
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_source_credit_under_a_one_paragraph_brief_is_never_the_headline() -> None:
    title = "Mayor Orders Ferry Checks Before Festival Weekend"
    brief = (
        "The mayor ordered inspections of every harbour ferry ahead of the lantern festival, when crowds are "
        "expected to double. Operators must file their safety logs by Friday or keep their boats tied up."
    )
    article = _parse("Breaking News", "", title, "", brief, "", "Source: Harbour Wire", "", "Desk Team", "", "Reply")
    assert article.title == title
    assert article.body_paragraphs[0] == brief


THIRD = "Officers also seized two motorcycles and a set of tools believed to have been used in the break-ins, he added."


def test_a_run_of_short_unfinished_lines_under_the_last_paragraph_is_the_pages() -> None:
    title = "Three held over shop break-ins in Cheras"
    sponsors = (
        "Harbour Tender for Print Plates",
        "Riverside Mall & Suites",
        "Greenfield Car Rental",
        "Harbour Regulatory Commission (HRC)",
        "| News | Editorial | Business | Letters",
    )
    article = _parse(title, "", LEAD, "", SECOND, "", THIRD, "", *[x for s in sponsors for x in (s, "")])
    assert article.body_paragraphs == (LEAD, SECOND, THIRD)


def test_a_run_of_short_unfinished_lines_over_the_first_paragraph_is_the_pages() -> None:
    ticker = ["Harbourton", "HBT", "06:41 PM", "Lakeside", "LKS", "06:52 PM"]
    assert classify._without_edge_runs([*ticker, LEAD, SECOND]) == [LEAD, SECOND]


@pytest.mark.parametrize(
    "body",
    [
        # a one-paragraph body
        ["Menu", "Sports", "Opinion", LEAD],
        # a listing: fixtures ("Name v Name, ground, time") or events ("Label: value")
        [
            "Harbour v Lakeside, Town Park, 2pm",
            "Eastfield v Northgate, Mill Road, 4pm",
            "Southport v Westbay",
            LEAD,
            SECOND,
        ],
        [LEAD, SECOND, "MUSIC: A NIGHT BY THE RIVER", "Venue: The Old Mill, Harbourton", "Date: May 3 and 4, 8pm"],
        # a list introduced by a colon under the last paragraph
        [LEAD, SECOND, "The district's new patrol zones are:", "Cheras North", "Cheras South", "Taman Harbour"],
        # two lines under the last paragraph are no run
        [LEAD, SECOND, "Login", "Opinion"],
        # a briefing: the agency's name over the first item's heading, another item's heading further down
        ["Harbour Wire", "Port Opens Its New Ferry Terminal", LEAD, "Council Approves Budget for Bridge", SECOND],
    ],
)
def test_short_lines_at_the_edge_of_the_body_that_are_the_articles_stay(body: list[str]) -> None:
    assert classify._without_edge_runs(body) == body


def test_a_subhead_in_sentence_case_over_the_first_paragraph_stays() -> None:
    body = ["Key points", "Pinned post", "The main stories this morning", LEAD, SECOND]
    assert classify._without_edge_runs(body) == body[2:]


@pytest.mark.parametrize(
    "pair",
    [
        ("Lakeside", "Lakeside Council to Open Flood Relief Centre"),  # the section's label, the headline again
        ("Mayor Tan at the council meeting today", "Council meeting"),  # a photo's caption and its title
        ("Shop owners count their losses after a week of break-ins",),  # a standfirst without its stop
        ("Harbour Council Opens Its Flood Relief Centre",),  # the headline printed again
    ],
)
def test_one_or_two_short_unfinished_lines_over_the_first_paragraph_are_the_pages(pair: tuple[str, ...]) -> None:
    assert classify._without_edge_runs([*pair, LEAD, SECOND]) == [LEAD, SECOND]


@pytest.mark.parametrize("heading", ["Energy", "Playing it safe", "Keeping Score Early"])
def test_a_short_heading_over_the_first_paragraph_stays(heading: str) -> None:
    # a briefing's or column's heading of a few words over its first item opens the body
    assert classify._without_edge_runs([heading, LEAD, SECOND]) == [heading, LEAD, SECOND]


def test_a_line_of_a_hundred_characters_in_a_run_over_the_first_paragraph_goes_with_it() -> None:
    # the run's line may run a hundred characters (a menu bar of a dozen names), not one more is needed
    line = "Lakeside Council approves new flood barrier programme for the riverside districts after three months"
    assert len(line) == 100
    assert classify._without_edge_runs(["Harbourton", "HBT", line, LEAD, SECOND]) == [LEAD, SECOND]


def test_a_menu_bar_of_sixteen_names_over_the_first_paragraph_goes() -> None:
    # sixteen words with a letter, a separator among them: the words are counted, the separator is not
    bar = "Home News Asia World Sport Money Tech Life | Food Cars Jobs Deals Games Video Radio Shop"
    assert classify._without_edge_runs([bar, LEAD, SECOND]) == [LEAD, SECOND]


def test_an_unfinished_line_of_seventeen_words_over_the_first_paragraph_stays() -> None:
    line = "Traders say the thefts began when the night market moved to the old bus depot last year"
    assert classify._without_edge_runs([line, LEAD, SECOND]) == [line, LEAD, SECOND]


@pytest.mark.parametrize("close", ["”", '"', "’", "'"])
def test_short_quoted_lines_under_the_last_paragraph_are_sentences_not_a_run(close: str) -> None:
    quotes = [f"“We will patrol every night.{close}", f"“We will patrol every day.{close}", f"“We will be back.{close}"]
    assert classify._without_edge_runs([LEAD, SECOND, *quotes]) == [LEAD, SECOND, *quotes]


def test_a_sentence_of_fifty_characters_under_a_ticker_is_no_prose_paragraph() -> None:
    body = ["Harbourton", "HBT", "06:41 PM", "Two of the men were freed on bail on Friday night.", SECOND]
    assert len(body[3]) == 50
    assert classify._without_edge_runs(body) == body


# a paragraph the page cut short (no sentence's end), longer than a run's line
CUT = "Police have arrested three men over a series of break-ins at shops in Cheras and are looking for a fourth"


def test_a_cut_paragraph_under_a_ticker_is_no_prose_paragraph() -> None:
    # no sentence's end: the page cut it (or the lead runs on), the ticker over it is not read as the page's
    body = ["Harbourton", "HBT", "06:41 PM", CUT, SECOND, THIRD]
    assert classify._without_edge_runs(body) == body


def test_a_sentence_of_ten_words_under_a_ticker_is_prose_and_the_ticker_goes() -> None:
    lead = "Councillors approved the riverside reconstruction plan after a lengthy debate."
    assert lead.count(" ") == 9
    assert classify._without_edge_runs(["Harbourton", "HBT", "06:41 PM", lead, SECOND]) == [lead, SECOND]


def test_a_sentence_of_nine_long_words_under_a_ticker_is_no_prose_paragraph() -> None:
    line = "Councillors unanimously approved the riverside reconstruction appropriations yesterday evening."
    assert line.count(" ") == 8
    body = ["Harbourton", "HBT", "06:41 PM", line, SECOND]
    assert classify._without_edge_runs(body) == body


def test_a_listing_of_labelled_lines_under_the_last_paragraph_stays() -> None:
    # "Label: value" lines with no comma: a listing of the article's event, not the page's links
    body = [LEAD, SECOND, "Venue: The Old Mill", "Date: Saturday May 3", "Tickets: At the door"]
    assert classify._without_edge_runs(body) == body


def test_a_run_with_half_its_lines_listed_under_the_last_paragraph_goes() -> None:
    # a listing when most of its lines are, half is not enough
    run = ["Harbourton, 06:41 PM", "Lakeside, 06:52 PM", "Markets", "Weather"]
    assert classify._without_edge_runs([LEAD, SECOND, *run]) == [LEAD, SECOND]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("The main stories today", True),  # four words in sentence case: a subhead
        ("The main stories", False),  # three words: a link's name
        ("the main stories today", False),  # no capital: a link's name
    ],
)
def test_a_subhead_over_the_first_paragraph_has_four_words_in_sentence_case(line: str, kept: bool) -> None:
    body = ["Key points", "Pinned post", line, LEAD, SECOND]
    assert classify._without_edge_runs(body) == ([line, LEAD, SECOND] if kept else [LEAD, SECOND])


def test_a_subhead_in_sentence_case_under_one_line_over_the_first_paragraph_stays() -> None:
    body = ["Key points", "What we know so far", LEAD, SECOND]
    assert classify._without_edge_runs(body) == body


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Harbour Council Opens Relief Centre", False),  # five words: the headline again
        ("Keeping Score This Season", True),  # four words: a column's heading
    ],
)
def test_a_lone_unfinished_line_over_the_first_paragraph_goes_from_five_words(line: str, kept: bool) -> None:
    assert classify._without_edge_runs([line, LEAD, SECOND]) == ([line, LEAD, SECOND] if kept else [LEAD, SECOND])


def test_a_cut_paragraph_under_two_short_lines_is_no_prose_paragraph() -> None:
    body = ["Lakeside", "Lakeside Council to Open Flood Relief Centre", CUT, SECOND, THIRD]
    assert classify._without_edge_runs(body) == body


def test_a_run_of_three_short_unfinished_lines_under_the_last_paragraph_goes() -> None:
    assert classify._without_edge_runs([LEAD, SECOND, "Markets", "Weather", "Traffic"]) == [LEAD, SECOND]


def test_a_short_unfinished_line_of_three_words_further_down_is_no_briefings_heading() -> None:
    pair = ["Lakeside", "Lakeside Council to Open Flood Relief Centre"]
    body = [*pair, LEAD, "Night patrols begin", SECOND]
    assert classify._without_edge_runs(body) == body[2:]


PAYWALL_TITLE = "Police hold three over shop break-ins"
PROMPT = "Subscribe to continue reading this story"


def test_a_preview_of_forty_characters_is_repeated_by_the_full_text() -> None:
    # the preview cut at the opening the full text repeats, no longer
    third = "A court date has yet to be set, the police chief added."
    article = _parse(PAYWALL_TITLE, LEAD[:40], PROMPT, "SUBSCRIBE", LEAD, SECOND, third)
    assert article.body_paragraphs == (LEAD, SECOND, third)
    assert "paywall_prompt" not in article.warnings


def test_a_preview_with_a_mark_of_twelve_characters_before_its_text_is_repeated_by_the_full_text() -> None:
    third = "A court date has yet to be set, the police chief added."
    preview = f"(imageTag1) {LEAD} {SECOND[:40]}…"
    article = _parse(PAYWALL_TITLE, preview, PROMPT, "SUBSCRIBE", LEAD, SECOND, third)
    assert article.body_paragraphs == (LEAD, SECOND, third)


def test_a_first_paragraph_of_forty_characters_under_a_paywall_prompt_is_the_full_text() -> None:
    first = "KUALA LUMPUR: Three men held for thefts."
    third = "A court date has yet to be set, the police chief added."
    article = _parse(PAYWALL_TITLE, f"{first} {SECOND[:40]}…", PROMPT, "SUBSCRIBE", first, SECOND, third)
    assert article.body_paragraphs == (first, SECOND, third)


@pytest.mark.parametrize("line", ["Police", LEAD[:39]])
def test_a_short_line_under_a_paywall_prompt_that_the_preview_holds_is_no_full_text(line: str) -> None:
    # a tag's word or a cut teaser of 39 characters the preview's opening holds: shorter than the opening the full
    # text repeats
    assert len(line) < 40
    article = _parse(PAYWALL_TITLE, LEAD, PROMPT, line, "Already a member? Log in")
    assert article.body_paragraphs == (LEAD,)
    assert "paywall_prompt" in article.warnings


def test_the_full_text_may_stand_forty_lines_under_a_paywall_prompt() -> None:
    third = "A court date has yet to be set, the police chief added."
    links = [f"More from the desk, part {n}" for n in range(1, 40)]  # 39 lines between: the 40th holds the full text
    preview = f"{LEAD} {SECOND[:40]}…"
    article = _parse(PAYWALL_TITLE, preview, PROMPT, *links, LEAD, SECOND, third)
    assert article.body_paragraphs == (LEAD, SECOND, third)


def test_the_full_text_right_under_a_paywall_prompt_is_the_body() -> None:
    third = "A court date has yet to be set, the police chief added."
    article = _parse(PAYWALL_TITLE, f"{LEAD} {SECOND[:40]}…", PROMPT, LEAD, SECOND, third)
    assert article.body_paragraphs == (LEAD, SECOND, third)


def test_a_wires_name_under_an_unfinished_paragraph_is_no_sign_off() -> None:
    # the line broken inside a sentence: the wire's name is its last word ("... Siti Noor of" / "Kyodo")
    cut = "Board members, from left: Ali Bakar, Jane Tan and Siti Noor of"
    article = _parse("Wire desks share a pool at the summit", LEAD, SECOND, cut, "Kyodo")
    assert article.body_paragraphs[-2:] == (cut, "Kyodo") and article.agency is None


@pytest.mark.parametrize(
    "line",
    [
        "reuters",  # in lower case: no wire's sign-off (a wire signs in capitals or title case)
        "ReUTERS",  # in mixed case
        "APEC",  # a word that opens with a wire's name
    ],
)
def test_a_line_that_is_not_a_wires_name_alone_is_no_sign_off(line: str) -> None:
    lead = "Pepper shipments climbed by a tenth over the spring months, port officials told reporters on Tuesday."
    assert _parse("Pepper shipments climb", lead, SECOND, line).agency is None


def test_a_credited_caption_printed_twice_is_the_pages_photo_only_as_the_first_under_the_lead() -> None:
    headshot = "Port director Ali Bakar (Harbour Daily file photo)"
    photo = "Coast guard personnel help passengers at the port on Sunday. (Photo courtesy of the coast guard)"
    first = ("Coast guard personnel help passengers at the port on Sunday.", "Photo courtesy of the coast guard")
    # further down: a mid-article photo's, neither caption nor body
    later = _parse("Ferry adrift", LEAD, SECOND, headshot, headshot, THIRD, WA)
    assert later.captions == () and later.body_paragraphs == (LEAD, SECOND, THIRD)
    # under the lead, with the page's caption found over the lead or glued under it already: the page has its photo
    for lines in ((photo, LEAD, headshot, headshot), (LEAD, photo[:30], photo, headshot, headshot)):
        article = _parse("Ferry adrift", *lines, SECOND, THIRD, WA)
        assert [(c.text, c.credit) for c in article.captions] == [first]
        assert article.body_paragraphs == (LEAD, SECOND, THIRD)


@pytest.mark.parametrize(
    "lead",
    [
        "The third meeting of the river board opened under the chair of its president in Riverton on June 2.",
        "Harbour officials issued a storm warning on Friday, urging boat owners to stay in port until the wind drops.",
    ],
)
def test_a_lead_whose_noun_ends_in_ing_is_no_photo_caption(lead: str) -> None:
    # "meeting", "warning": a noun of the lead's subject or object, not the participle a caption's subject takes
    # ("Villagers wading ..."), so the undated first paragraph over a longer one stays the lead.
    second = (
        "In her opening speech, the president said the board had met four times since the start of the year to "
        "discuss the repairs to the sea wall and the dredging of the harbour mouth, which is due to start in June."
    )
    article = _parse("Board meets on harbour works", lead, second)
    assert article.captions == () and article.body_paragraphs == (lead, second)
    # A caption's participle after its subject is still read so.
    photo = "Volunteers clearing mud from the market hall in Riverton."
    assert _parse("Board meets on harbour works", photo, second).captions == (Caption(photo, None),)


def test_a_wire_lead_telling_its_day_after_the_subject_over_an_acronym_in_capitals_is_no_caption() -> None:
    # "FBA Chief Engineer ..." opens in capitals as a print lead does; the paragraph above it tells the day between its
    # subject and its verb, as a wire's lead does, so it is the lead, not the photo's caption.
    lead = (
        "The Ferry Berth Authority on Wednesday rejected an appeal by a ferry operator against the new berth fees,"
        " saying the charges were fair and had been set after a public consultation last year."
    )
    second = "FBA Chief Engineer Jane Tan said in a written decision that the board had weighed every objection."
    third = "The operator may now take the case to the High Court, its lawyer said."
    article = _parse("Board rejects ferry fee appeal", lead, second, third)
    assert article.captions == () and article.body_paragraphs == (lead, second, third)
    # A caption names the day at the scene's end, a time of day after it: still the photo's caption.
    photo = "Traders setting up their stalls at the new market on Tuesday evening."
    print_lead = "TRADERS at the new market say business has been slow since they moved from the old site last month."
    assert _parse("Traders settle in", photo, print_lead, third).captions == (Caption(photo, None),)
    assert classify._wire_lead_day(lead) and not classify._wire_lead_day(photo)


def test_a_quote_closing_a_line_without_its_stop_reads_as_a_headline_s_words() -> None:
    assert classify._quote_without_stop("Mayor calls the vote ‘a contest of ideas’")
    assert not classify._quote_without_stop("The mayor called the vote “a contest of ideas.”")
    assert not classify._quote_without_stop("The council met on Monday.")


def test_a_dek_closed_by_a_quote_without_its_stop_over_the_lead_is_no_body() -> None:
    dek = "Mayor calls the ferry vote ‘a contest of ideas between the towns’"
    lead = (
        "The mayor of Riverton has defended the council's vote to move the ferry terminal, saying the decision was"
        " taken after months of talks with residents of both towns on the river."
    )
    second = "The new terminal is due to open next year, the council said in a statement."
    article = _parse("Mayor defends ferry vote", dek, lead, second)
    assert article.body_paragraphs == (lead, second)
    # A listing's heading in capitals over its item opens the body.
    heading = "EXHIBITION: JANE TAN’S ‘BLUE HOURS ON THE RIVER’"
    item = "Paintings of the river at dusk by three young artists, at the town gallery until the end of the month."
    assert _parse("Weekend for the arts", heading, item, second).body_paragraphs == (heading, item, second)


def test_a_quoted_dek_and_alt_text_over_a_credited_caption_are_neither_caption_nor_body() -> None:
    dek = "The transport minister said the storm-hit port ‘will reopen within weeks’"
    alt = "Riverton port to reopen"
    photo = "Cranes at the container terminal in Riverton, which the storm closed last week. Photograph: Jane Tan"
    lead = (
        "Riverton's port will reopen to container ships within weeks, the transport minister said, after engineers"
        " found the storm had done less damage to the quays than first feared."
    )
    second = "The minister visited the terminal with the port's managers and was shown the repairs under way."
    article = _parse("Port to reopen within weeks", dek, alt, photo, lead, second)
    text = "Cranes at the container terminal in Riverton, which the storm closed last week."
    assert article.captions == (Caption(text, "Photograph: Jane Tan"),)
    assert article.body_paragraphs == (lead, second)


def test_the_pages_title_over_a_chrome_heading_and_the_headline_printed_again_is_one_head() -> None:
    title = "Storm warning issued for coastal towns"
    dek = "Fishermen have been told to stay ashore as strong winds sweep the coast this weekend"
    # the page's title, a list heading, the headline again with its dek, then the article
    meta = ("  • Share on", "  • facebook", "  • telegram", "Published: Mon 3 Mar 2014, 8:15 AM")
    article = _parse(title, "Top Stories", title, dek, *meta, LEAD, SECOND, WA)
    assert article.title == title and article.body_paragraphs == (LEAD, SECOND)
    assert "head_lines_skipped" in article.warnings


def test_a_list_of_dated_headlines_under_a_short_article_is_no_meta_under_the_headline() -> None:
    said = "The minister gave no date for the new prices when reporters asked on Tuesday, saying talks would go on."
    cards = ("Regional News", "Bus fares to rise from March", "12 January 2031", "New bridge opens to traffic")
    article = _parse("No decision yet on bus fares - Ministry", SECOND, said, *cards, "11 January 2031")
    # the heading ('Regional News' reads as a name) is no byline closing a standfirst: the two paragraphs are the body
    assert article.body_paragraphs == (SECOND, said)


def test_a_lead_the_scrapes_cap_cut_short_is_article_text() -> None:
    cut = "Harbour officials on Monday ordered all small boats to stay in port until the storm passes, while the ferry"
    text = f"Storm keeps boats in port\nBy Jane Tan\nMay 2, 2031\n{cut}"
    # the dump stopped at the scrape's size cap: its last line is a lead cut short of a paragraph's length
    assert _parse_capped(text).body_paragraphs == (cut,)
    # not at the cap, or a few words only: no article text under the head
    assert isinstance(parse_text(text), Quarantined)
    assert isinstance(
        parse_text(f"Storm keeps boats in port\nBy Jane Tan\nMay 2, 2031\n{cut[:60]}", capped=True), Quarantined
    )


def _parse_capped(text: str) -> ParsedArticle:
    outcome = parse_text(text, capped=True)
    assert isinstance(outcome, ParsedArticle), outcome
    return outcome


@pytest.mark.parametrize(
    ("word", "dated"), [("Power-sharing", "Published May 2, 2031"), ("FERRIES", "9:15 am on 2 May 2031")]
)
def test_one_word_over_its_date_line_and_the_lead_is_the_headline(word: str, dated: str) -> None:
    lead = f"{LEAD} The raids followed weeks of complaints from traders."
    assert _parse(word, dated, lead, SECOND).title == word
    # a wire's name over the date line is a byline, no headline
    assert isinstance(parse_text(f"Reuters\n{dated}\n{lead}\n{SECOND}\n"), Quarantined)


def test_a_long_sentence_opening_with_an_article_under_the_scrapers_prefix_is_no_headline() -> None:
    summary = "The harbour board confirmed an earlier ruling issued by the port court on the use of the old quay"
    outcome = parse_text(f" date 2031-05-02 {summary}\n{LEAD}\n{SECOND}\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    # without the prefix, or a headline in title case, or a shorter one: the headline
    assert _parse(summary, LEAD, SECOND).title == summary
    titled = "The Harbour Board Confirms an Earlier Ruling of the Port Court on the Old Quay"
    assert _parse(f" date 2031-05-02 {titled}", LEAD, SECOND).title == titled
    short = "The harbour board upholds the port court's ruling on the old quay"
    assert _parse(f" date 2031-05-02 {short}", LEAD, SECOND).title == short


def test_a_lone_pitch_on_the_pages_first_line_is_the_header_over_the_headline() -> None:
    dek = "For the harbour board, the storm is a test of the new sea wall, which it says has held so far, or nearly so."
    lines = ("SUBSCRIBE NOW SUPPORT US", dek, f"{dek}HBTV", "Storm keeps boats in port", "Published on", LEAD, SECOND)
    article = _parse(*lines)
    assert article.title == "Storm keeps boats in port" and article.body_paragraphs == (LEAD, SECOND)
    # a pager's numbers under it: the header too
    pager = " ".join(map(str, range(1, 21)))
    article = _parse("Tap a page number for more info", pager, "Storm keeps boats in port", LEAD, SECOND)
    assert article.title == "Storm keeps boats in port" and article.body_paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize(
    "caption",
    [
        "Rescuers search the rubble of the market on Tuesday.(City News: Jane Tan)",  # the bracket glued to the stop
        "Rescuers search the rubble of the market on Tuesday.Credit: Jane Tan",
        "Rescuers search the rubble of the market on Tuesday. Credit: Channel 9",
    ],
)
def test_a_mid_article_caption_closed_by_a_labelled_credit_after_its_stop_is_not_body(caption: str) -> None:
    third = "The market is expected to reopen next month, the council said in a statement on Wednesday."
    article = _parse("Market fire", LEAD, SECOND, caption, third)
    assert article.body_paragraphs == (LEAD, SECOND, third)
    # an article's sentence with a note in brackets after a space, or a desk's initials glued in lower case, stays
    for prose in ("Prices rose again in March. (Source: Statistics Office)", "Prices rose again in March.(ab/cd)"):
        assert _parse("Market fire", LEAD, SECOND, prose, third).body_paragraphs == (LEAD, SECOND, prose, third)


@pytest.mark.parametrize(
    "caption",
    [
        "Rescuers search the rubble of the market on Tuesday. (Jane Tan)",  # a credit in brackets, no photo word
        "(photo: City Council)",
        "Photo from Stockpix",
    ],
)
def test_a_photos_file_name_inside_the_article_and_the_caption_under_it_are_not_body(caption: str) -> None:
    third = "The market is expected to reopen next month, the council said in a statement on Wednesday."
    for name in ("market fire 2.jpg", "MARKET FIRE.jpeg", "a1b2c3-market.png"):
        article = _parse("Market fire", LEAD, SECOND, name, caption, third)
        assert article.body_paragraphs == (LEAD, SECOND, third)
    # over the lead, the line under the file name may be the lead itself; a finished sentence under it is the article's
    assert _parse("Market fire", "a1b2c3-market.png", LEAD, SECOND).body_paragraphs == (LEAD, SECOND)
    article = _parse("Market fire", LEAD, SECOND, "a1b2c3-market.png", third)
    assert article.body_paragraphs == (LEAD, SECOND, third)
    # words ending in an extension with no caption under them stay the article's (test_an_images_file_name_is_no_body)
    article = _parse("Market fire", LEAD, SECOND, "The council will publish the plan.jpg", third)
    assert article.body_paragraphs == (LEAD, SECOND, "The council will publish the plan.jpg", third)


def test_a_photos_file_name_and_caption_right_under_the_lead_is_the_pages_photo() -> None:
    # Some sites print the lead over the page's photo: its file name, then its caption with the credit in brackets.
    caption = "Coaches and players of the eight clubs pose at the league's launch in Northport on Tuesday, Oct. 4."
    third = "The league will run for two rounds, with two games on each match day, the organisers said."
    article = _parse(
        "Island volleyball league opens on Sunday", LEAD, "IMG_2031 (2).jpeg", caption + " (Ana Cruz)", SECOND
    )
    assert article.captions == (Caption(caption, "Ana Cruz"),)
    assert article.body_paragraphs == (LEAD, SECOND)
    # further down, the photo is a mid-article one: neither caption nor body
    article = _parse(
        "Island volleyball league opens on Sunday", LEAD, SECOND, "IMG_2031.jpeg", caption + " (Ana Cruz)", third
    )
    assert article.captions == ()
    assert article.body_paragraphs == (LEAD, SECOND, third)


def test_the_dek_printed_again_as_the_articles_first_two_paragraphs_is_no_body() -> None:
    # The summary slot under the headline holds the lead's two sentences; the article prints them as two paragraphs.
    one = "On Monday, the island finally opened its first two ferry routes to the mainland."
    two = "This came after years of delays by the harbour board and changing plans by several councils."
    caption = "The first ferry leaves the northern pier on Monday morning, watched by a crowd of residents."
    article = _parse(
        "Why the island's ferry plan took so long",
        one + " " + two,
        caption,
        caption,
        "Quiz of the week",
        one,
        two,
        SECOND,
    )
    assert article.body_paragraphs == (one, two, SECOND)
    assert article.captions == (Caption(caption, None),)
    # two paragraphs that only open alike are no copy of the dek
    article = _parse("Why the island's ferry plan took so long", one + " It was late.", SECOND, one, two, SECOND)
    assert article.body_paragraphs[0] == one + " It was late."


def test_a_rails_heading_in_japanese_under_the_article_ends_it() -> None:
    # The last paragraph closes on the body's own subject in capitals (no wire); the recommended rail follows.
    lead = (
        "The Harbour Board (HRB) expects fees to rise by 5 to 6 percent this year, as costs of fuel and labour climb."
    )
    last = "The board will keep watch over prices, in line with the HRB's duties to the port and its users. HRB"
    stamp, free = "2031/3/3 \u82f1\u5b57 \u7121\u6599", "\u7121\u6599"
    article = _parse(
        "Harbour board sees fees rise",
        "2031/3/1 \u82f1\u5b57",
        lead,
        last,
        "\u304a\u3059\u3059\u3081\u8a18\u4e8b",
        "Ferry operators brace for a busy holiday season",
        stamp,
        free,
        "New bridge to open in the spring, council says",
        stamp,
        free,
    )
    assert article.body_paragraphs == (lead, last)
    assert article.agency is None


def test_the_desks_credits_under_the_article_are_not_body() -> None:
    last = "The council will vote on the budget again next month, the mayor said."
    # in brackets, a credits line: its editor read, no body
    article = _parse("Council passes budget", LEAD, SECOND, last, "(Edited by Jane Tan)", "Popular in Politics")
    assert article.body_paragraphs == (LEAD, SECOND, last) and article.editors == ("Jane Tan",)
    # without brackets, the desk's credits go (a rule under them too), no one read
    for credit in ("Edited by: Jane Tan", "-With a report from Ali Bakar", "With files from Ali Bakar"):
        article = _parse("Council passes budget", LEAD, SECOND, last, "Produced by: The Morning Desk", credit, "---")
        assert article.body_paragraphs == (LEAD, SECOND, last) and article.editors == ()
    # a sentence about an editor is the article's
    edited = "Edited by hand, the ledger shows three missing payments, the auditor said"
    assert _parse("Council passes budget", LEAD, SECOND, edited).body_paragraphs == (LEAD, SECOND, edited)


def test_how_a_readers_letter_reached_the_paper_is_not_body() -> None:
    last = "The council should listen to the residents before it votes again."
    for tail in (("Jane Tan", "Sent via email"), ("Jane Tan, By email",), ("By e-mail",)):
        assert _parse("Council must listen", LEAD, SECOND, last, *tail).body_paragraphs == (LEAD, SECOND, last)
    # a paragraph that reports a delivery by email is the article's
    sent = "Their complaint was sent by email"
    assert _parse("Council must listen", LEAD, SECOND, sent).body_paragraphs == (LEAD, SECOND, sent)


def test_a_letters_signature_with_a_town_of_one_word_between_letters_is_no_body() -> None:
    first = (
        "The new bus lanes on the coast road have halved my trip to work, and I am far from the only commuter who "
        "has noticed the difference since the trial began in the spring.",
        "Buses now run on time, and more people leave their cars at home than a year ago, the council says.",
        "I hope the council keeps them after the trial ends, whatever the shop owners say.",
    )
    second = "The new parking fees will empty the town centre by Christmas, as shoppers drive to the malls instead."
    letters = (*first, "Tom Reyes", "Northport", second, "Mary Kerr", "Ridgeway")
    assert _parse("Letters: bus lanes and parking", *letters).body_paragraphs == (*first, second)
    # two subheadings, a name over a word of its own or over a word in capitals, are the article's
    for pair in (("Visa Changes", "Long-term Visas"), ("Harbour Cafe", "Harbour"), ("Jane Tan", "NORTHPORT")):
        article = _parse("New rules for residents", LEAD, SECOND, *pair, second)
        assert article.body_paragraphs == (LEAD, SECOND, *pair, second)


def test_the_fast_tests_before_the_image_file_ending_keep_every_ending() -> None:
    assert all(end[-1] in classify._IMAGE_FILE_LAST for end in classify._IMAGE_FILE_ENDS)


UNDATED_LEAD = "The city council has approved a new budget that raises spending on roads and drains this year."


@pytest.mark.parametrize("note", ["File Photo", "Stock photo", "File pic"])
def test_a_photos_note_alone_under_the_head_is_its_caption_not_a_credit_of_the_lead(note: str) -> None:
    article = _parse("Council approves budget", note, UNDATED_LEAD, SECOND)
    assert article.captions == (Caption(note, None),)
    assert article.body_paragraphs == (UNDATED_LEAD, SECOND)
    # printed twice, recorded once; a credit on the line under it is its credit
    twice = _parse("Council approves budget", note, note, "Image: Jane Tan/City Photos", UNDATED_LEAD, SECOND)
    assert twice.captions == (Caption(note, "Image: Jane Tan/City Photos"),)
    assert twice.body_paragraphs == (UNDATED_LEAD, SECOND)


@pytest.mark.parametrize("note", ["Photo for representation.", "Image for illustration."])
def test_a_photos_note_without_its_purposes_over_a_dateline_is_its_caption(note: str) -> None:
    lead = "Riverton: The city council will hand over stray cattle to registered rearers from next month."
    article = _parse("Council to hand cattle to rearers", note, lead, SECOND)
    assert article.captions == (Caption(note, None),)
    assert article.body_paragraphs == (lead, SECOND)
    # a sentence about a representation is no photo's note
    said = "Tan asked for a representation."
    assert _parse("Council to hand cattle to rearers", said, lead, SECOND).body_paragraphs[0] == said


def test_a_photos_note_under_the_first_line_is_its_caption() -> None:
    note = "Picture used for illustrative purposes."
    article = _parse("Weather update", "Rain 1", note, UNDATED_LEAD, SECOND)
    assert article.captions == (Caption(note, None),)
    assert note not in article.body_paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Mayor calls the ferry vote 'a contest of ideas'",  # ASCII single quotes
        'Mayor calls the ferry vote "a contest of ideas"',  # ASCII double quotes
        "Mayor calls the ferry vote “a contest of ideas”",
        "Council to close the old pier ‘by 2031’",  # a figure closing the quote is no stop either
    ],
)
def test_a_quote_without_its_stop_in_any_quote_mark(line: str) -> None:
    assert classify._quote_without_stop(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ferry fares rise from May (update)",  # a bracket closes the line, no quote mark
        "Minister asks: ‘Who pays for the sea wall?’",  # the quote's own question mark is its stop
        "The ferry line is “Riverton's lifeline”?",
    ],
)
def test_a_line_not_closed_by_a_stopless_quote(line: str) -> None:
    assert not classify._quote_without_stop(line)


@pytest.mark.parametrize("day", ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
@pytest.mark.parametrize(
    "verb",
    [
        "axed", "rejected", "said", "told", "took", "made", "gave", "held", "met", "won", "lost", "became", "began",
        "sent", "fell", "rose", "struck", "left", "threw", "sought", "brought", "paid",
    ],
)  # fmt: skip
def test_a_wire_lead_tells_its_day_between_the_subject_and_its_verb(day: str, verb: str) -> None:
    assert classify._wire_lead_day(f"The harbour board on {day} {verb} the plan for a new quay at Riverton.")


@pytest.mark.parametrize(
    "paragraph",
    [
        "The sky over the harbour on Sunday red with the last light.",  # one letter before 'ed': no past tense
        "Stalls selling lanterns on Sunday metal and paper ones.",  # a verb's letters opening a longer word
        "Runners at the city marathon Sunday began at dawn.",  # 'on' closing a longer word
        "Traders setting up their stalls at the market on Tuesday evening.",
    ],
)
def test_a_day_not_told_as_a_wire_lead_tells_it(paragraph: str) -> None:
    assert not classify._wire_lead_day(paragraph)


def test_a_box_of_dashed_points_ends_at_a_point_too_long_for_a_box() -> None:
    long_point = "- " + "x" * 299  # 301 characters: a paragraph of the article's, no point of a box
    assert classify._summary_box_end(["Highlights", "- Fares rise", long_point, LEAD]) == 2
    assert classify._summary_box_end(["Highlights", "- Fares rise", long_point[:-1], LEAD]) == 3  # 300: a point
    assert classify._summary_box_end(["Highlights", long_point, LEAD]) == 1


@pytest.mark.parametrize(
    "heading", ["Key points", "Key takeaways", "Key facts", "Highlights", "At a glance", "In brief", "Quick read"]
)
def test_a_box_of_dashed_points_under_each_of_the_boxs_own_headings(heading: str) -> None:
    assert classify._summary_box_end([heading, "- Fares rise", "- Night crossings cut", LEAD]) == 3
    assert classify._summary_box_end([heading.upper(), "- Fares rise", "- Night crossings cut", LEAD]) == 3


@pytest.mark.parametrize(
    "noun",
    [
        "meeting", "warning", "building", "morning", "evening", "housing", "funding", "spending", "ceiling", "thing",
        "nothing", "something", "anything", "everything", "sibling", "wedding", "hearing", "briefing", "ruling",
    ],
)  # fmt: skip
def test_a_noun_ending_in_ing_is_no_captions_participle(noun: str) -> None:
    longer = (
        "The harbour board said the works on the sea wall would take until the end of next year to finish, at least."
    )
    assert not classify._describes_a_photo(f"The new {noun} at the harbour in Riverton.", longer)
    assert classify._describes_a_photo("Volunteers clearing mud from the market hall in Riverton.", longer)


_QUOTED_DEK_TITLE = "Mayor defends ferry vote"
_QUOTED_DEK_LEAD = (
    "The mayor of Riverton has defended the council vote to move the ferry terminal, saying the decision was taken"
    " after months of talks."
)


@pytest.mark.parametrize(
    ("dek", "below", "is_dek"),
    [
        ("Mayor calls the ferry vote ‘a contest of ideas’", _QUOTED_DEK_LEAD, True),
        ("Mayor calls vote ‘fair’", _QUOTED_DEK_LEAD, True),  # four words: a dek's fewest
        ("Mayor: ‘Fair vote’", _QUOTED_DEK_LEAD, False),  # three: a label
        (" ".join(["Mayor", *["calls"] * 23, "‘fair’"]), _QUOTED_DEK_LEAD * 2, True),  # 25 words: a dek's most
        (" ".join(["Mayor", *["calls"] * 24, "‘fair’"]), _QUOTED_DEK_LEAD * 2, False),  # 26: a paragraph
        # the paragraph under it no longer, not finished, or closed by a stopless quote itself: no lead under a dek
        ("Mayor calls the ferry vote ‘a contest of ideas’", "x" * 46 + ".", False),
        ("Mayor calls the ferry vote ‘a contest of ideas’", "The mayor spoke.", False),
        ("Mayor calls the ferry vote ‘a contest of ideas’", _QUOTED_DEK_LEAD[:-1] + " and", False),
        ("Mayor calls the ferry vote ‘a contest of ideas’", _QUOTED_DEK_LEAD[:-1] + " ‘as promised’", False),
        # a wire's dateline opens the lead, quote and all
        ("Riverton (Wire) - Mayor calls the ferry vote ‘a contest of ideas’", _QUOTED_DEK_LEAD, False),
    ],
)
def test_a_dek_closed_by_a_stopless_quote_over_a_longer_finished_lead(dek: str, below: str, is_dek: bool) -> None:
    assert classify._dek_over_lead([dek, below], _QUOTED_DEK_TITLE, ()) is is_dek


def test_a_summarys_sentence_opens_with_an_article_and_runs_thirteen_words_in_sentence_case() -> None:
    thirteen = "The harbour board confirmed an earlier ruling of the port court on Monday"
    assert len(thirteen.split()) == 13 and classify._summary_sentence(thirteen)
    assert classify._summary_sentence("A harbour board confirmed an earlier ruling of the port court on Monday")
    assert classify._summary_sentence("An island board confirmed an earlier ruling of the port court on Monday")
    # no article opening it: a headline's words however long
    assert not classify._summary_sentence(
        "Harbour board members confirmed an earlier ruling of the port court on Monday"
    )
    # half its words in lower case is sentence case still
    half = "The Riverton Harbour Board Of Port Alma confirmed an earlier ruling on the quay"
    assert len(half.split()) == 14 and classify._summary_sentence(half)


def test_a_summarys_sentence_under_the_scrapers_prefix_is_no_headline_only_as_the_first_line() -> None:
    summary = "The harbour board confirmed an earlier ruling issued by the port court on the use of the old quay"
    # a section's label on the prefixed line, the sentence under it: the headline the head read stays
    assert _parse(f" date 2031-05-02 Local News\n{summary}", LEAD, SECOND).title == summary


def test_a_lead_cut_by_the_cap_is_the_dumps_last_line_in_prose_of_fifteen_words() -> None:
    fifteen = "Harbour officials on Monday ordered all small boats to stay in port until the storm"
    assert len(fifteen.split()) == 15 and classify._lead_cut_by_the_cap(fifteen, fifteen)
    fourteen = fifteen.rsplit(" ", 1)[0]
    assert not classify._lead_cut_by_the_cap(fourteen, fourteen)
    assert not classify._lead_cut_by_the_cap(fifteen, "Share this story")  # not the dump's last line
    lower = "harbour officials on Monday ordered all small boats to stay in port until the storm"
    assert not classify._lead_cut_by_the_cap(lower, lower)  # no capital opening it: no lead's sentence


def test_a_lone_pitch_on_top_is_skipped_only_with_a_headline_and_more_under_it() -> None:
    article = _parse("SUBSCRIBE NOW", "Storm keeps boats in port", LEAD)
    assert article.title == "Storm keeps boats in port" and "head_lines_skipped" in article.warnings
    assert isinstance(parse_text(f"SUBSCRIBE NOW\n{LEAD}\n"), Quarantined)


def test_a_lone_pitch_printed_twice_on_top_is_skipped() -> None:
    # a header's button saved twice (a desktop and a mobile header) over the headline: one pitch, no block of offers
    article = _parse("SUBSCRIBE NOW", "SUBSCRIBE NOW", "Storm keeps boats in port", LEAD, SECOND)
    assert article.title == "Storm keeps boats in port" and article.body_paragraphs == (LEAD, SECOND)
    pitch, text = classify.PROMO_AUX, classify.BODY
    twice = ["SUBSCRIBE NOW", "SUBSCRIBE NOW"]
    assert classify._lone_pitch_lines([*twice, "Storm keeps boats in port", LEAD], [pitch, pitch, text, text]) == 2
    # nothing but the pitch under it, or other offers under it (a paywall's plans): not skipped
    assert classify._lone_pitch_lines([*twice, LEAD], [pitch, pitch, text]) == 0
    assert classify._lone_pitch_lines(["SUBSCRIBE NOW", "Monthly Plan", LEAD], [pitch, pitch, text]) == 0


def test_a_pages_description_over_its_headline_is_no_gallerys_standfirst() -> None:
    # a one-paragraph story whose page description (the paragraph itself) stands over the headline: an article
    story = (
        "PORT ELLIS - A cargo ship that lost power ran aground off the northern cape on Monday, the coast guard "
        "said. All twelve crew members were taken off by helicopter and no fuel had leaked by the evening."
    )
    article = _parse(story, "Cargo ship runs aground off northern cape", story)
    assert article.title == "Cargo ship runs aground off northern cape" and article.body_paragraphs == (story,)
    # (a standfirst under the headline printed again as the photo's caption is still a gallery: the test above)


def test_an_article_under_the_sites_header_and_footer_is_read_from_the_copyright_line() -> None:
    # the site's name over its menu's bullets, other stories' links and the copyright line, then the article
    top = ("Harbour Herald", "  • LIVE", "  • Videos", "  • Sport", "  • Podcast")
    links = ("Rail strike enters third day", "Council approves new market hall", "  • PRIVACY POLICY", "  • TERMS")
    foot = "Harbour Herald | Copyright © 2031 Harbour Media Group Sdn Bhd"
    text = "\n".join((*top, *links, "", foot, "", "Storm keeps boats in port", "", LEAD, SECOND)) + "\n"
    article = parse_text(text)
    assert isinstance(article, ParsedArticle), article
    assert article.title == "Storm keeps boats in port" and article.body_paragraphs == (LEAD, SECOND)
    # nothing of an article under the copyright line (a headline alone): still no article
    assert isinstance(parse_text("\n".join((*top, *links, foot, "Storm keeps boats in port")) + "\n"), Quarantined)


def test_a_pull_quote_on_top_of_a_headless_dump_is_no_headline() -> None:
    # a sentence of the story printed again inside its second paragraph, on top of the lead: a pull quote
    quote = "Keeping the ferry running through the winter has become the council's first duty to the island families"
    lead = "PORT ELLIS (Harbour News) - The island council will pay for a second ferry crew over the winter months."
    said = f'"{quote}. We cannot leave them cut off," the council chairman said on Monday.'
    outcome = parse_text(f"{quote}\n{lead}\n\n{said}\n\nThe crew will start in November.\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    # the same long line over the lead, its words nowhere in the text: the headline
    title = "Council will pay for a second ferry crew to keep the island's winter crossings running"
    article = _parse(title, lead, said.replace(quote, "The families need the boat"), "The crew will start in November.")
    assert article.title == title
    # a long headline printed again whole as a subheading in the text: still the headline
    assert _parse(title, lead, title, "The crew will start in November.").title == title


def test_an_editors_note_over_a_reprint_is_no_headline() -> None:
    # a headless dump: the editor's note pointing at the column under it, the writer's byline, the column
    note = "The following is a shortened version of a column that first ran in The Harbour Herald"
    lead = "THE steady rise of ferry fares on the coast appears to threaten the last cheap way to reach the islands."
    more = "I am thinking of the hundreds of small boats that carry workers across the bay every morning."
    outcome = parse_text(f"{note}\n\nby Ana Perez\n\n{lead}\n\n{more}\n\nThe boats run at a loss.\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    # a headline about a following wind: the headline
    title = "The following wind carries sailors home early"
    assert _parse(title, lead, more, "The boats run at a loss.").title == title


def test_other_stories_cards_printed_twice_around_their_dates_under_the_body_are_no_body() -> None:
    # the story, then the sidebar's cards: a label, each card's title, its date, the title again, its teaser
    story = (
        "PORT ELLIS, May 3: The harbour board on Friday named four new pilots for the northern channel.",
        "The board's chairman said the pilots would start work next month after their training.",
        "He said two more pilots would be named before the winter season.",
    )
    cards = (
        "Editorial",
        "Ferry fares",
        "Updated 12 June, 2030",
        "Ferry fares",
        "It is hoped that the review of fares will be open and that the islands will be heard.",
        "Harbour dues",
        "12 June, 2030",
        "Harbour dues",
        "THE board's plan for new dues has left the fishing families with more questions than answers...",
    )
    article = _parse("Board names harbour pilots", "Published May 4, 2030", *story, *cards)
    assert article.body_paragraphs == story
    # one title printed twice around a date, no second card: the article's own lines are kept
    one = _parse("Board names harbour pilots", "Published May 4, 2030", *story, *cards[:5])
    assert "Ferry fares" in one.body_paragraphs


def test_a_dek_under_the_headlines_alt_text_that_the_text_repeats_is_no_body() -> None:
    # the headline, the wire's byline and the date, the headline again (the photo's alt text), then a summary
    # that the story prints again as its fourth paragraph: the summary is the page's dek, not the lead
    title = "Ferry operators to add winter crossings"
    dek = "From next month the island ferry will run four crossings a day, so that workers can reach the mainland."
    lead = "The island's ferry operator said on Monday it would add two crossings a day from the first of May."
    second = "The operator's director said the company had heard from hundreds of workers over the winter."
    third = '"We heard the workers," the director said.'
    story = (lead, second, third, dek, "Fares stay the same.")
    article = _parse(title, "Wire Desk", "12/03/2031", "09:15 MYT", title, dek, *story)
    assert article.title == title and article.body_paragraphs == story and article.captions == ()
    # the headline printed once over it: the paragraph stays where it stands (a photo's caption that a photo in
    # the text prints again, a dek the annotators keep)
    once = _parse(title, "Wire Desk", "12/03/2031", "09:15 MYT", dek, *story)
    assert once.body_paragraphs == (dek, *story)


_CARDS = (
    ("Harbour toll to rise in March", "THE toll on the harbour bridge will go up by 20 sen from March 1, it said."),
    ("Night market moves to new site", "TRADERS of the Jalan Batu night market will move to a car park next month."),
    ("Floods close two schools", "TWO schools in the valley were shut on Monday after the river burst its banks."),
    ("Library opens late on weekends", "THE town library will stay open until 10pm on Saturdays and Sundays from May."),
)


def _listing(labels: tuple[str, ...], top: tuple[str, ...] = ()) -> str:
    lines: list[str] = ["Around the valley", *top]
    for label, (headline, teaser) in zip(labels, _CARDS, strict=True):
        lines += [label, headline, teaser] if label else [headline, teaser]
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("labels", "top"),
    [
        (("The Paper Says",) * 4, ()),  # the same label over every card
        (("Metro News 6h ago", "Focus 1d ago", "Metro News 2d ago", "Sport 3d ago"), ()),  # a section and an age
        (("", "", "", ""), ("  • Go to",)),  # the site's pager over cards with no label
        (("Tom's Corner", "Open Road", "Fair Play", "Home Front"), ("  • Filter by",)),  # columns' names, a filter
    ],
)
def test_a_listing_of_story_cards_is_no_article(labels: tuple[str, ...], top: tuple[str, ...]) -> None:
    outcome = parse_text(_listing(labels, top))
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_body", outcome
    assert "a listing of 4 stories" in outcome.detail


@pytest.mark.parametrize(
    ("labels", "top"),
    [
        # a briefing: a greeting over its first item, a link line under each item (over the next item's headline)
        (("", "Read more here", "Read more here", "Read more here"), ("Good morning! Here is what you need to know.",)),
        (("Tom's Corner", "Open Road", "Fair Play", "Home Front"), ()),  # labels of their own, no widget
        (("The Paper Says", "The Paper Says", "Open Road", "Fair Play"), ()),  # the first card's label once more only
        (("Metro News 6h ago", "Focus", "Metro News", "Sport 3d ago"), ()),  # two ages only
    ],
)
def test_cards_under_other_lines_are_no_listing(labels: tuple[str, ...], top: tuple[str, ...]) -> None:
    outcome = parse_text(_listing(labels, top))
    assert isinstance(outcome, ParsedArticle), outcome


def test_under_the_scrapers_prefix_a_line_a_paragraph_below_opens_with_is_the_pages_summary() -> None:
    summary = "Drivers were told to check the roads before setting out in the storm"
    later = f"{summary}, keep their speed down in the rain and leave room between their cars, the police said."
    outcome = parse_text(f" date 2031-05-02 {summary}\n{LEAD}\n{SECOND}\n{later}\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    # without the prefix, or printed again as a whole sentence of its own, or short: the headline
    assert _parse(summary, LEAD, SECOND, later).title == summary
    assert _parse(f" date 2031-05-02 {summary}", LEAD, SECOND, f"{summary}.").title == summary
    short = "Drivers told to check the roads"
    assert _parse(f" date 2031-05-02 {short}", LEAD, SECOND, f"{short}, the police said.").title == short


def test_the_summary_under_a_machine_summarys_notice_is_no_headline() -> None:
    notice = "This is an AI-generated summary and may contain mistakes; read the whole story."
    summary = (
        "The mayor's promise to close the old quay and to rebuild the ferry pier draws strong reactions from "
        "traders and residents online"
    )
    outcome = parse_text(f" date 2031-05-02 {notice}\n{summary}\n{LEAD}\n{SECOND}\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    # the headline over the notice, printed again under it: the headline
    title = "Mayor to close the old quay"
    assert _parse(title, "Jane Tan", notice, title, LEAD, SECOND).title == title


def test_a_caption_with_a_barred_credit_printed_twice_on_top_is_no_headline() -> None:
    # The page's date, then the lead photo's caption twice (alt text, caption) with its credit after a bar, then the
    # article: the headline was lost, the caption is none.
    caption = "A ferry crossing the bay below the old lighthouse {}| Photos by the writer"
    lines = ["Updated 3 May 2031", "", caption.format(" "), caption.format(""), "", FERRY_LONG_LEAD, "", FERRY_SECOND]
    assert isinstance(parse_text("\n".join(lines) + "\n"), Quarantined)
    # without the bar's credit the line may be a headline printed twice (the headline and its photo's alt text)
    plain = "A ferry crossing the bay below the old lighthouse"
    outcome = parse_text("\n".join(["Updated 3 May 2031", "", plain, plain, "", FERRY_LONG_LEAD, "", FERRY_SECOND]))
    assert isinstance(outcome, ParsedArticle)
    assert outcome.title == plain


def test_a_headlines_summary_points_alone_under_it_are_no_article() -> None:
    # The headline, its summary's dash-marked points, the lead photo's caption again: the scrape stopped before the
    # article.
    headline = "Harbour council backs the ferry plan after a long debate"
    points = (
        "- The council says the plan will help 'to move the harbour forward together'",
        "- Ferries have run a reduced timetable for months after the old pier was closed for repairs",
    )
    caption = "Ferries wait at the harbour's pier on Monday morning. Photo: Harbour Pictures"
    outcome = parse_text("\n".join([caption, headline, *points, caption]))
    assert isinstance(outcome, Quarantined)
    assert outcome.reason_code == "no_body"
    # the points over the article: the article is read
    outcome = parse_text("\n".join([caption, headline, *points, "", FERRY_LONG_LEAD, "", FERRY_SECOND]))
    assert isinstance(outcome, ParsedArticle)
    assert outcome.body_paragraphs[-1] == FERRY_SECOND


def test_the_caption_a_bare_label_announces_is_no_headline() -> None:
    # The page's chrome, then a video's label alone and its description, then the article: no headline.
    description = "Mayor thanks the volunteers who cleared the flooded market"
    summary = ("Advertisement",)
    lines = [*summary, "", "Media caption,", "", description, "", FERRY_LONG_LEAD, "", FERRY_SECOND]
    assert isinstance(parse_text("\n".join(lines) + "\n"), Quarantined)
    # the same line with no label over it is the headline
    lines = [*summary, "", description, "", FERRY_LONG_LEAD, "", FERRY_SECOND]
    outcome = parse_text("\n".join(lines) + "\n")
    assert isinstance(outcome, ParsedArticle)
    assert outcome.title == description


def test_a_photos_alt_text_over_its_labels_is_no_body() -> None:
    # 'Alt text' / 'Image caption,' / caption over the lead: the alt text is neither body nor caption (a short line
    # elsewhere, the article's subhead, stays: the article has subheads, so no dek rule drops the alt text).
    headline = "River town counts the cost of the floods"
    lead = "Residents of the river town began clearing mud from their homes on Sunday as the water level finally fell."
    second = "The council said more than 300 houses had been flooded and that the clean-up would take several weeks."
    third = "Engineers will inspect the old bridge on Monday before deciding whether it can reopen to traffic."
    caption = "Volunteers carry sandbags along the high street"
    article_lines = (lead, "", second, "", "Bridge closed", "", third)
    for labels in (("Image caption,", caption), ("Image source, Harbour Pictures", "Image caption,", caption)):
        article = _parse(headline, "", "  • Published", "Flooded high street", *labels, "", *article_lines)
        assert article.body_paragraphs == (lead, second, "Bridge closed", third)
        assert [c.text for c in article.captions] == [caption]


def test_the_headline_printed_again_between_paragraphs_is_an_inline_photos_alt_text() -> None:
    # The headline alone between two paragraphs, the article going on under it in finished paragraphs: an inline
    # photo's alt text, neither body nor an end; at the end, the gallery's alt texts run together and cut.
    headline = "Storm floods three villages on the delta's southern bank"
    above = (
        "Heavy rain flooded three villages on the southern bank of the delta overnight, the district office said.",
        "More than 400 families left their homes before dawn as the water rose over the river road, it said.",
        "Rescue teams used boats to reach the elderly and the sick in the lowest lying houses near the bank.",
        "The district chief said no one had been hurt but that the rice harvest in the area had been lost.",
    )
    third = "The provincial governor said on Sunday that emergency shelters had been opened in two schools nearby."
    fourth = "Officials expect the water to recede by the middle of the week if no more rain falls upstream."
    article = _parse(headline, *above, headline, third, fourth, f"{headline} Storm floods three vil")
    assert article.body_paragraphs == (*above, third, fourth)
    # under the last paragraph, over one line of another card: the page's share card, the article ends there
    card = "Ferry fares rise by a tenth across the delta from June, operators said."
    article = _parse(headline, *above, headline, card, "Ferry fares to rise", WA)
    assert article.body_paragraphs == above


def test_a_paragraph_printed_twice_in_a_row_with_marks_around_its_label_is_no_body() -> None:
    # A print page's photo caption after the text, once with glyph marks around its kicker, once without: neither
    # body nor caption. Two different paragraphs that end alike stay.
    caption = "Commuters queue for the ferry at the old jetty in Riverton on Monday."
    third = "The operator said it would add two boats to the morning timetable from next month, officials said."
    article = _parse("Ferry queues grow", LEAD, SECOND, third, f" ?? FILE PIC ?? {caption}", f"FILE PIC {caption}")
    assert article.body_paragraphs == (LEAD, SECOND, third)
    assert article.captions == ()
    other = "The union said the two boats would not be enough for the morning rush, officials said."
    article = _parse("Ferry queues grow", LEAD, SECOND, third, other)
    assert article.body_paragraphs == (LEAD, SECOND, third, other)
    # the same words twice with other punctuation but no lost glyphs: the page's own repetition, left as printed
    article = _parse("Ferry queues grow", LEAD, SECOND, third, f"FILE PIC: {caption}", f"FILE PIC {caption}")
    assert article.body_paragraphs[3:] == (f"FILE PIC: {caption}", f"FILE PIC {caption}")


RIVER_TEASER = (
    "RIVERTON — In the early hours of Saturday morning (May 3), as the last votes in the Riverton ward were counted,"
    " residents cheered from the new Harbour Board flats by the river."
)
RIVER_LEAD = (
    "RIVERTON — In the early hours of Saturday morning (May 3), as the last votes in the Riverton ward were counted,"
    " residents cheered from the new Harbour and Port Board (HPB) flats by the river."
)
RIVER_SECOND = "Residents said they hoped the new councillors would keep their promises on bus services and parking."


def test_a_summary_reworded_from_the_lead_under_the_headline_is_no_body() -> None:
    # The page's summary under the headline, the lead a little reworded a few paragraphs down (the same opening,
    # dateline and all): a dek; the photo's caption printed twice between them is the caption.
    caption = "From left: Jane Tan, Ali Bakar and Mei Ling thanking volunteers at the party's office on May 3, 2031."
    article = _parse("Riverton voters hope for a new start", RIVER_TEASER, caption, caption, RIVER_LEAD, RIVER_SECOND)
    assert article.body_paragraphs == (RIVER_LEAD, RIVER_SECOND)
    assert [c.text for c in article.captions] == [caption]
    # a paragraph further down that opens with the lead's first words only is the article's own
    echo = "RIVERTON — In the early hours of Saturday morning the count was still going on, officials said."
    article = _parse("Riverton voters hope for a new start", RIVER_LEAD, RIVER_SECOND, echo)
    assert article.body_paragraphs == (RIVER_LEAD, RIVER_SECOND, echo)


def test_key_points_over_the_datelines_lead_are_no_body() -> None:
    # Bulleted points with no sentence end between the photo and the dateline's lead (the summary and the photo over
    # them): the story's key points, a summary box without its heading. Points under the lead are the article's.
    points = (
        "  • The new councillors took 51.7 per cent of the ballots against a team of three former office-holders",
        "  • Ms Jane Tan said the team would earn the ward’s trust with bus services and parking",
        "  • Losing Riverton was a “big blow” and the party hopes to retake it next time, Mayor Ali Bakar said",
    )
    caption = "From left: Jane Tan, Ali Bakar and Mei Ling thanking volunteers at the party's office on May 3, 2031."
    top = ("Riverton voters hope for a new start", "", RIVER_TEASER, "", caption, "", caption, "")
    article = _parse(*top, *points, "", RIVER_LEAD, "", RIVER_SECOND)
    assert article.body_paragraphs == (RIVER_LEAD, RIVER_SECOND)
    assert [c.text for c in article.captions] == [caption]
    article = _parse(*top, RIVER_LEAD, "", *points, "", RIVER_SECOND)
    assert article.body_paragraphs == (RIVER_LEAD, *(p.strip() for p in points), RIVER_SECOND)


def test_a_label_ending_in_a_colon_on_top_is_no_headline() -> None:
    # a share widget's label under the scraper's prefix, the lead's place and date on a line of their own: the page
    # lost its headline
    lead = "The harbour board will put its new levy and the ferry timetable to the council in its first sitting."
    outcome = parse_text(f" date 2031-05-02 Spread the Word:\nRiverton, May 2\n{lead}\n{SECOND}\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    # the same words without the colon: a headline
    assert _parse(" date 2031-05-02 Spread the Word", "Riverton, May 2", lead, SECOND).title == "Spread the Word"


def test_an_image_placeholder_between_the_standfirst_and_the_credited_caption_is_chrome() -> None:
    title = "Harbour town faces smaller levy than planned"
    dek = "Harbour town ratepayers face a smaller levy than planned, but a bid to drop it failed."
    caption = "The levy in the harbour town will be lower than first planned. Photo: Jane Tan / Stockpix"
    lead = (
        "The harbour council had planned to raise the levy by an average of 4.2 percent, but revised its plan for "
        "the year so the average rise is 3.1 percent, the mayor said."
    )
    outcome = _parse(title, "4:59 pm on 2 May 2031", dek, "No caption", caption, lead, SECOND)
    assert outcome.captions == (
        Caption("The levy in the harbour town will be lower than first planned.", "Photo: Jane Tan / Stockpix"),
    )
    assert outcome.body_paragraphs == (lead, SECOND)


def test_a_rule_of_asterisks_on_the_headlines_line_is_no_part_of_it() -> None:
    title = "Transport office looks into overcharged ferry fares"
    assert _parse(f" date 2031-05-02 {title} {'*' * 40}", LEAD, SECOND).title == title
    # a single footnote's mark stays
    assert _parse(f"{title}*", LEAD, SECOND).title == f"{title}*"


_KIDS_PAGE = (
    "Many pupils bring flowers, cards or small gifts to school for their favourite teachers on Friday.",
    "What will you give your teacher? Will you write a card or bake some cookies for the whole class?",
    "Teachers stay back late to mark our books, plan lessons and help those who fall behind in class.",
)


@pytest.mark.parametrize(
    ("label", "kept"),
    [
        ("Goh Siew Ling, 6 Goh Siew Ling, 6", False),  # a drawing's label printed twice, a space between
        ("Goh Siew Ling, 6Goh Siew Ling, 6", False),  # ... glued
        ("Goh Siew Ling, 6 Goh Siew Lin, 11", True),  # two children's labels: not one printed twice
    ],
)
def test_a_short_name_and_age_label_printed_twice_is_not_body(label: str, kept: bool) -> None:
    first, second, third = _KIDS_PAGE
    article = _parse(
        "How kids thank their teachers - with cards!", "Aina Lim Mei Xuan, 12", first, second, label, third
    )
    assert (label in article.body_paragraphs) == kept
    assert article.body_paragraphs[-1] == third


def test_a_mid_article_caption_glued_to_its_copy_whose_credit_was_left_out_is_not_body() -> None:
    caption = "Volunteers sort donated clothes at the community hall in Seremban on Saturday. —"
    glued = f"{caption} 123rf.com{caption}"
    article = _parse("Donations pour in for flood victims", LEAD, glued, SECOND, WA)
    assert article.body_paragraphs == (LEAD, SECOND)
    # the copy cut short mid-article, no dash closing it: not the shape (only the dump's end cuts a copy)
    cut = f"{caption} 123rf.com{caption[:40]}"
    assert _parse("Donations pour in for flood victims", LEAD, cut, SECOND, WA).body_paragraphs == (LEAD, cut, SECOND)


@pytest.mark.parametrize(("last", "kept"), [("Bi", False), ("Cancel an", False), ("Kuantan", True)])
def test_a_promo_lines_first_letters_cut_by_the_dumps_end_are_not_body(last: str, kept: bool) -> None:
    promo = ("The Star Raya Promo: Take 40% OFF Digital Access", "Yearly Plan", "RM 99.90/year")
    article = _parse("Ringgit firms at midday", LEAD, SECOND, *promo, last)
    assert article.body_paragraphs == ((LEAD, SECOND, last) if kept else (LEAD, SECOND))


def test_a_first_line_closed_by_a_stock_librarys_credit_is_a_caption_and_no_headline() -> None:
    caption = "Rows of apartment blocks beside a park at sunset in the new town. City concept. Wide shot"
    outcome = parse_text(f"{caption} from Shutterstock.com\n\n{SECOND}\n\n{SECOND.replace('Tuesday', 'Wednesday')}\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"


def test_a_comment_plugins_controls_close_the_article() -> None:
    article = _parse("Harbour fees to rise in March", LEAD, SECOND, "Inline Feedbacks", "Notify of")
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_dek_flagged_as_a_counted_update_under_the_headlines_copy_is_no_caption() -> None:
    title = "Coast guard orders ferries to stay in port in 3 regions"
    dek = "(2nd UPDATE) The regions are Samar, Leyte and Biliran."
    lead = (
        "TACLOBAN, Philippines (2nd UPDATE) – With a storm nearing land, the coast guard on Friday ordered all ferries"
        " in three regions to stay in port until further notice."
    )
    article = _parse(title, "Ana Reyes", title, dek, lead, SECOND, WA)
    assert article.captions == ()
    assert article.body_paragraphs == (lead, SECOND)
    assert article.dateline == "TACLOBAN, Philippines"
    # an unflagged finished line there is still the photo's caption
    photo = "Ferries moored at the harbour of the city on Friday morning."
    assert _parse(title, "Ana Reyes", title, photo, lead, SECOND, WA).captions == (Caption(photo, None),)


def test_a_staff_credited_caption_and_that_photographers_photo_mid_article() -> None:
    title = "Storm forces thousands from coastal villages"
    caption = "Photo shows boats moored in the bay of Riverton as the storm nears on Sunday morning."
    later = "Residents of Riverton pile sandbags as the storm nears. Ana Cruz, Harbour News"
    article = _parse(
        title,
        "Ben Santos, Harbour News",
        "Posted at Nov 02 2031 10:15 AM",
        f"{title} 1",
        f"{caption} Ana Cruz, Harbour News",
        LEAD,
        later,
        SECOND,
        WA,
    )
    assert article.captions == (Caption(caption, "Ana Cruz, Harbour News"),)
    assert article.body_paragraphs == (LEAD, SECOND)
    # another photographer's credit mid-article is no caption of that page's shape
    other = "Residents of Riverton pile sandbags as the storm nears. Ben Lim, Coast Times"
    kept = _parse(title, "Ben Santos, Harbour News", f"{caption} Ana Cruz, Harbour News", LEAD, other, SECOND, WA)
    assert kept.body_paragraphs == (LEAD, other, SECOND)


def test_a_bullet_ending_in_a_preposition_is_a_label_whose_value_was_lost_no_section() -> None:
    bullets = ("  • Published: 14/03/2031 at 09:10 AM", "  • Online news:")
    lead = "Heavy rain flooded low-lying streets of the old quarter on Tuesday as the river burst its banks."
    article = _parse("Rain floods old quarter", *bullets, "  • Sponsored by", lead, SECOND)
    assert article.section is None and article.published_date == date(2031, 3, 14)
    assert _parse("Rain floods old quarter", *bullets, "  • Regional", lead, SECOND).section == "Regional"


_FLAGGED_DEK = "(2nd UPDATE) Rival slates open their bids for mayor and for governor of the island province on May 4"
_CAMPAIGN_LEAD = (
    "PORT ALMA, Islandia – Much is riding on the local races in the island's most populous province, which opened "
    "on Saturday, May 4."
)
_CAMPAIGN_SECOND = "Both camps opened with motorcades through the old town before noon, organisers said."


def test_a_credit_alone_under_a_caption_over_a_flagged_dek_is_the_captions() -> None:
    caption = "CAMPAIGN TRAIL. Mayoral hopeful Dina Ferrer waves to supporters at the harbour plaza"
    headline = "Rival slates open campaigns in the island's biggest province"
    article = _parse(
        headline,
        "Corin Vale",
        headline,
        caption,
        "Marco Tellez/Harbour Post",
        _FLAGGED_DEK,
        _CAMPAIGN_LEAD,
        _CAMPAIGN_SECOND,
    )
    assert article.captions == (Caption(caption, "Marco Tellez/Harbour Post"),)
    assert article.body_paragraphs == (_CAMPAIGN_LEAD, _CAMPAIGN_SECOND)
    assert article.dateline == "PORT ALMA, Islandia"


def test_a_kicker_over_a_headline_printed_again_under_two_writers_names() -> None:
    headline = "Rival slates open campaigns in the island's biggest province"
    article = _parse(
        "2031 Island Elections",
        headline,
        "Corin Vale, Lio Sandoval",
        headline,
        _FLAGGED_DEK,
        _CAMPAIGN_LEAD,
        "Must Read",
        "Ferry fares to rise in June",
        "Ferry fares to rise in June",
        _CAMPAIGN_SECOND,
    )
    assert article.title == headline
    assert article.body_paragraphs == (_CAMPAIGN_LEAD, _CAMPAIGN_SECOND)


def test_a_banner_file_name_and_glued_crumbs_over_the_headline_are_chrome() -> None:
    headline = "Commuters: rail fare formula change 'welcome but too small'"
    article = _parse(
        "2031 Fair Banner.gif",
        "Harbour Daily",
        "News> Harbour City> Content",
        "Published: 10:15, May 2, 2031 | Updated: 10:40, May 2, 2031",
        headline,
        "By Lin Wei in Harbour City",
        "Published:10:15, May 2, 2031 Updated:10:40, May 2, 2031 By Lin Wei in Harbour City",
        "Commuters wait at a rail station as the new timetable starts. (JON TAN / HARBOUR DAILY)",
        "Harbour City residents on Tuesday said the smaller rise in rail fares this year is welcome; however, they "
        "hope to see fares cut.",
        SECOND,
    )
    assert article.title == headline
    assert article.captions == (
        Caption("Commuters wait at a rail station as the new timetable starts.", "JON TAN / HARBOUR DAILY"),
    )


RISE = "The number of ferry routes serving the outer islands rose by a third over the past decade, the port board said."
GROWTH = "Most of the new routes were added after the harbour's second terminal opened, the board's report showed."
LAST = "Officials expect demand to keep rising as more families move to the islands over the coming years."


def test_a_bracketed_wire_between_two_finished_paragraphs_is_a_photo_credit() -> None:
    article = _parse("Ferry routes to outer islands up by a third", RISE, "(Yonhap)", GROWTH, LAST)
    assert article.agency is None
    assert article.body_paragraphs == (RISE, GROWTH, LAST)


def test_a_bracketed_wire_under_the_last_paragraph_still_signs_off() -> None:
    article = _parse("Ferry routes to outer islands up by a third", RISE, GROWTH, LAST, "(Yonhap)")
    assert article.agency == "Yonhap"
    assert article.body_paragraphs == (RISE, GROWTH, LAST)


def test_a_closing_byline_with_the_writers_address_is_no_body() -> None:
    article = _parse(
        "Ferry routes to outer islands up by a third", RISE, GROWTH, LAST, "By Mina Seo (minaseo@harbourpost.com)"
    )
    assert article.body_paragraphs == (RISE, GROWTH, LAST)


def test_a_closing_line_in_brackets_without_an_address_is_kept() -> None:
    quote = "By the end of the year (officials said) more routes would open."
    article = _parse("Ferry routes to outer islands up by a third", RISE, GROWTH, LAST, quote)
    assert article.body_paragraphs[-1] == quote


TICKER = (
    "Port board approves new terminal plan\xa0\xa0• Rice exports climb for third month\xa0\xa0• Island ferry fares "
    "to stay unchanged\xa0\xa0• Coastal road reopens after landslide"
)


def test_a_bullet_ticker_and_its_label_over_the_headline_are_chrome() -> None:
    headline = "Ferry routes to outer islands up by a third"
    article = _parse("Latest wires", TICKER, headline, "Harbour Wire, March 9, 2031", RISE, LAST)
    assert article.title == headline
    assert article.body_paragraphs == (RISE, LAST)


def test_a_headline_with_one_bullet_is_no_ticker() -> None:
    headline = "Ferry routes up by a third • outer islands gain"
    article = _parse(headline, RISE, GROWTH, LAST)
    assert article.title == headline


def test_a_source_date_line_with_the_text_size_label_is_a_date_line() -> None:
    assert head.is_date_line("Harbour Wire, March 9, 2031 Adjust font size:")
    assert not head.is_date_line("Adjust font size:")
    article = _parse(
        "Ferry routes to outer islands up by a third", "Harbour Wire, March 9, 2031 Adjust font size:", RISE, GROWTH
    )
    assert article.body_paragraphs == (RISE, GROWTH)


def test_a_bullet_naming_a_reporters_photo_is_no_section() -> None:
    headline = "Ferry routes to outer islands up by a third"
    for label in ("기자 사진", "Reporter photo"):
        article = _parse(headline, f"  • {label}", RISE, GROWTH)
        assert article.section is None
        assert article.body_paragraphs == (RISE, GROWTH)


def test_a_bullet_naming_a_photo_section_is_the_section() -> None:
    article = _parse("Ferry routes to outer islands up by a third", "  • Photos", RISE, GROWTH)
    assert article.section == "Photos"


_TWICE_PAGE = (
    "RIVERTON (UPDATE) — Families moved to tents after the river burst its banks are still waiting for new homes, "
    "two years after the flood that swept through the lower town.",
    "Mira Santos, who ran a bakery before the water came, has just moved into a shelter on the hill road.",
    "The shelter is run by the parish, and its families live on what they grow in the plots behind it.",
    "Her room still has no door, and rain leaks through the roof when the storms come in from the bay.",
)


def test_a_page_whose_every_paragraph_is_printed_twice_keeps_each_once() -> None:
    doubled = [copy for paragraph in _TWICE_PAGE for copy in (paragraph, paragraph)]
    title = "Two years on, flood families still wait for homes"
    article = _parse(title, "Published Mar 03, 2031 10:15 AM", *doubled[:6], "ADVERTISEMENT", *doubled[6:])
    assert article.body_paragraphs == _TWICE_PAGE and article.captions == ()
    assert article.dateline == "RIVERTON" and "page_printed_twice" in article.warnings
    # the dump cut inside the last paragraph's second copy: the first, whole, is kept
    cut = _parse(title, *doubled[:-1], _TWICE_PAGE[-1][:50])
    assert cut.body_paragraphs == _TWICE_PAGE
    # cut inside the third paragraph's first copy: two whole pairs over it, the third paragraph kept once
    short = _parse(title, *doubled[:4], _TWICE_PAGE[2][:40])
    assert short.body_paragraphs == (*_TWICE_PAGE[:2], _TWICE_PAGE[2][:40])
    # a photo's alt text and caption printed twice over an article printed once: one pair, no doubled page
    caption = "Families queue for water at the shelter on the hill road."
    once = _parse(title, caption, caption, *_TWICE_PAGE)
    assert once.captions == (Caption(caption, None),) and once.body_paragraphs == _TWICE_PAGE
    assert "page_printed_twice" not in once.warnings


def test_a_finished_sentence_and_a_credit_after_a_bar_under_the_scrapers_prefix_is_no_headline() -> None:
    caption = "Weather officials raise storm warnings over the eastern islands as the typhoon nears. | Met Bureau"
    outcome = parse_text(f" date 2031-05-02 {caption}\n{LEAD}\n{SECOND}\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    # a browser tab's title under the prefix (a headline, no stop, the site's name after the bar): the headline
    tab = "Weather officials raise storm warnings over the eastern islands | Island Herald"
    assert _parse(f" date 2031-05-02 {tab}", LEAD, SECOND).title == tab.split(" | ")[0]


def test_photos_under_a_byline_with_a_hidden_address_are_captions() -> None:
    photos = ("Smoke rising over the burnt shophouses.", "Firemen dousing the last of the flames.")
    article = _parse("Fire guts row of shophouses", "Aminah Salleh, [email protected]", *photos, LEAD, SECOND)
    assert article.captions == tuple(Caption(photo, None) for photo in photos)
    assert article.body_paragraphs == (LEAD, SECOND) and article.dateline == "KUALA LUMPUR"


def test_a_credit_closing_a_bracket_it_never_opened_under_the_lead_is_an_orphan() -> None:
    lead = "The harbour board and the port council met on Friday to hear objections to the new rules for the old quay."
    rest = ("But because of the matters involved, the board chairman decided to close the session.", SECOND)
    title = "Port council closes hearing on quay rules"
    article = _parse(title, "Published Mar 4, 2031 06:23 pm", lead, "Port Council / HARBOUR TIMES)", *rest)
    assert article.captions == () and article.body_paragraphs == (lead, *rest)
    # the credit with no bracket left open: the line above is its photo's caption
    whole = _parse(title, "Published Mar 4, 2031 06:23 pm", lead, "Photo: Port Council / HARBOUR TIMES", *rest)
    assert whole.captions == (Caption(lead, "Photo: Port Council / HARBOUR TIMES"),) and whole.body_paragraphs == rest


def test_the_headline_glued_to_a_photos_caption_inside_the_article_is_not_body() -> None:
    title = "Year in review: the ten rulings that shaped the harbour courts"
    photo = f"{title} On May 2, dock workers hold banners outside the harbour court after the ruling. [Photo=City Wire]"
    third = "The court said each worker's part in the stoppage had to be weighed on its own."
    article = _parse(title, LEAD, SECOND, photo, third)
    assert article.body_paragraphs == (LEAD, SECOND, third)
    # a short headline (a photo's title names its subject in fewer words): the line stays
    short = "Harbour court rulings"
    line = f"{short} On May 2, dock workers hold banners outside the harbour court after the ruling."
    assert _parse(short, LEAD, SECOND, line, third).body_paragraphs == (LEAD, SECOND, line, third)


def test_a_toggle_buttons_label_with_an_arrow_on_top_is_no_headline() -> None:
    caption = "Supporters gather outside the harbour stadium before the cup final on Sunday. HARBOUR TIMES/JANE TAN"
    outcome = parse_text(f"Close ↓\n{caption}\n\n{LEAD}\n\n{SECOND}\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    assert head.is_chrome("Show all ▾")
    # an arrow glyph inside a headline's words, or after a sentence: no button
    assert not head.is_chrome("Prices ↑ as harbour fees rise")
    assert not head.is_chrome("Harbour fees rise again ↑")


def test_a_long_run_of_topic_links_over_a_home_breadcrumb_is_chrome() -> None:
    links = (
        "HOT TOPICS 50th anniversary of the Harbour Festival Island Cup 2031 Smart Port Summit Harbour board turns "
        "ten River clean-up campaign Ferry strike"
    )
    title = "Students welcome exam questions on daily life"
    article = _parse(links, "Home / Health & Education", title, "HTN 10:02, 2031/06/04", LEAD, SECOND)
    assert article.title == title and article.body_paragraphs == (LEAD, SECOND)
    # a finished sentence over the breadcrumb is a paragraph the scrape began with, no header: no headline
    sentence = "A lead of another story ends here, as the harbour board said on Monday."
    outcome = parse_text("\n".join((sentence, "Home / Health & Education", title, LEAD, SECOND)) + "\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"


def test_a_wires_more_mark_and_the_next_takes_slug_mid_story_are_not_body() -> None:
    third = "The port authority said the new berths would open in stages from next year."
    fourth = "Shipping lines welcomed the plan, saying waiting times at anchor had doubled."
    title = "Harbour board approves two new berths"
    slug = "HARBOUR-SHIPPING (PORT) 2 (LAST) NORTHPORT"
    article = _parse(title, LEAD, SECOND, "— MORE", slug, third, fourth)
    assert article.body_paragraphs == (LEAD, SECOND, third, fourth)
    # a line in capitals with no take's number under the mark is no slug: it stays
    heading = "WHAT THE BOARD SAID"
    article = _parse(title, LEAD, SECOND, "— MORE", heading, third, fourth)
    assert article.body_paragraphs == (LEAD, SECOND, heading, third, fourth)


def test_a_credited_caption_spaced_from_the_dateline_lead_on_one_line() -> None:
    caption = "Party banners hang over the old market square in Riverton May 3, 2031."
    lead = "NORTHPORT, June 9 — The race for the harbour seats has begun, and both coalitions say it is close."
    article = _parse("Harbour seats race begins", f"{caption} ― Picture by Jane Tan {lead}", SECOND)
    assert article.captions == (Caption(caption, "Picture by Jane Tan"),)
    assert article.body_paragraphs == (lead, SECOND) and article.dateline == "NORTHPORT, June 9"
    # a name in capitals after a credit, no month and day before a dash: the paragraph is the article's
    plain = f"{caption} ― Picture by Jane Tan ALI BAKAR, the organiser, said the square would stay open."
    assert _parse("Harbour seats race begins", plain, SECOND).captions == ()


def test_a_photos_caption_with_its_file_name_or_the_headline_glued_in_front_under_the_byline() -> None:
    title = "Fishing Boats Return to Harbour After Storm"
    caption = "Crews unload their catch at the north pier in Riverton after the storm, May 2, 2031."
    second = "Harbour officials said all 40 boats had returned safely by Tuesday evening, a day later than planned."
    article = _parse(
        title,
        "Jane Tan and Ali Bakar",
        "Riverton",
        f"310502-RV-boats-1000.jpg {caption}",
        "[Photo courtesy of Riverton Port Authority]",
        "Last updated 9:05 a.m. on 2031-05-02",
        SECOND,
        second,
    )
    assert article.captions == (Caption(caption, "Photo courtesy of Riverton Port Authority"),)
    assert article.body_paragraphs == (SECOND, second)
    # the headline glued in front (the photo's alt text), its long courtesy credit cut short on the next line
    credit = "Courtesy of Riverton Port Authority and the Northern Coast Guard Command of the Eastern Maritime Zo"
    article = _parse(title, "Jane Tan", "Riverton, Eastland", f"{title} {caption}", credit, SECOND, second)
    assert article.captions == (Caption(caption, credit),)
    assert article.body_paragraphs == (SECOND, second) and article.dateline is None
    # the headline's words opening a paragraph with no credit under it: the article's
    own = f"{title} {second}"
    assert _parse(title, "Jane Tan", own, SECOND, second).captions == ()


def test_the_headline_glued_to_an_uncredited_caption_under_the_byline_over_a_longer_lead() -> None:
    title = "Ferry Operators Cut Crossings as Fuel Costs Climb"
    caption = "Passengers wait on the jetty at Kampung Pasir as a ferry docks in the morning mist, March 3, 2031."
    lead = (
        "Ferry operators on the northern crossing have cut their daily trips from twelve to eight after fuel prices "
        "rose for the fourth month running, leaving commuters to wait longer at both ends of the strait."
    )
    article = _parse(title, "Jane Tan and Ali Bakar", f"{title} {caption}", lead, SECOND)
    assert article.captions == (Caption(caption, None),)
    assert article.body_paragraphs == (lead, SECOND)
    # the same glued to a paragraph that reports what someone said, or over a shorter paragraph: no caption
    told = "Operators said the cuts would stay until prices fell, leaving commuters to wait longer, March 3, 2031."
    assert _parse(title, "Jane Tan and Ali Bakar", f"{title} {told}", lead, SECOND).captions == ()
    assert _parse(title, "Jane Tan and Ali Bakar", f"{title} {lead}", caption, SECOND).captions == ()


def test_a_credited_caption_over_kicker_and_byline_labels_over_the_headline() -> None:
    caption = "The mayor speaks at the harbour festival as her deputy looks on. Photo: Wire"
    title = "All eyes on the harbour as the new mayor takes charge"
    lead = (
        "The new mayor takes charge of the harbour town on Monday, and traders along the waterfront hope that the "
        "ferry services and the old fish market will improve under her."
    )
    article = _parse("Advertisement", caption, "Opinion", "Editorial", "by The Desk", title, lead, SECOND)
    assert article.title == title
    assert article.captions == (
        Caption("The mayor speaks at the harbour festival as her deputy looks on.", "Photo: Wire"),
    )


def test_a_summary_that_looks_ahead_over_a_credited_caption_and_the_dateline_lead() -> None:
    summary = (
        "Riverton will have a new mayor on June 2, as Jane Tan takes over from Ali Bakar. Residents give their "
        "verdict on the old council and a wish list for the new one."
    )
    caption = "Ms Jane Tan (left) greets supporters at the town hall on May 2, 2031."
    lead = "RIVERTON - A quip among the town's traders is that the harbour chose its next mayor before the town did."
    article = _parse("Hello Jane, goodbye Ali", summary, f"{caption} RT PHOTO: ALI HASSAN", lead, SECOND)
    assert article.captions == (Caption(caption, "RT PHOTO: ALI HASSAN"),)
    assert article.body_paragraphs == (lead, SECOND)
    # one sentence of what the photo shows over the credited caption: the first photo's caption
    first = "Crowds wait outside the town hall. Some have queued since dawn."
    article = _parse("Hello Jane, goodbye Ali", first, f"{caption} RT PHOTO: ALI HASSAN", lead, SECOND)
    assert article.captions[0] == Caption(first, None)


def test_a_print_pull_quote_and_its_speakers_line_that_the_article_quotes_again() -> None:
    quote = "We agreed on how the port can help the islands build their own ferry fleet over the coming decade"
    lead = (
        "Two island councils have begun talks with the port authority on a shared ferry fleet, an official of the "
        "authority said on Tuesday, as part of a wider plan for the coast."
    )
    told = f"“{quote},” Mr Tomas Varga said."
    later = "The fleet would serve the five islands of the eastern chain, where the old ferries stopped in March."
    article = _parse(
        "Islands in talks on shared ferry fleet", lead, SECOND, quote, "Tomas Varga, port authority", later, told
    )
    assert article.body_paragraphs == (lead, SECOND, later, told)
    # above the dateline lead, in the caption slot: neither caption nor body
    dated = "NORTHPORT: " + lead
    article = _parse("Islands in talks on shared ferry fleet", f"{quote}.", "Judge Tomas Varga", dated, told)
    assert article.captions == () and article.body_paragraphs == (dated, told)
    # the words not quoted again: a paragraph and a subheading of the article's own
    article = _parse(
        "Islands in talks on shared ferry fleet", lead, SECOND, quote, "Tomas Varga, port authority", later
    )
    assert quote in article.body_paragraphs


def test_a_markdown_photo_placeholder_and_a_credit_closed_by_a_table_cells_bar() -> None:
    lead = (
        "On the morning of May 3, at the town hall, a meeting of the harbour councillors was held to discuss the "
        "ferry timetable for the summer. The mayor attended the meeting."
    )
    first = "The mayor, the harbour master and other councillors attended the meeting."
    second = "The harbour master gave the opening speech at the meeting."
    article = _parse(
        "Harbour councillors meet on ferry timetable",
        lead,
        "![]() |",
        f"{first} Photo: Jane Tan/RNA |",
        "![](https://example.com/p2.jpg) |",
        f"{second} Photo: Jane Tan/RNA |",
        SECOND,
    )
    assert article.captions == (Caption(first, "Photo: Jane Tan/RNA"), Caption(second, "Photo: Jane Tan/RNA"))
    assert article.body_paragraphs == (lead, SECOND)
    assert classify.kind_of("![Harbour at dawn](p1.jpg)") == classify.DROP
    assert classify.kind_of("![Harbour at dawn] is how the poster reads") == classify.BODY


def test_a_credit_closing_a_bracket_it_never_opened() -> None:
    caption = "A handout photo shows boats at the harbour of Riverton, as the storm moves north, on May 2, 2031."
    credit = "Photo: Northern Harbour Board (NHB) / Wire"
    article = _parse("Storm moves north", "18 May 2031", f"{caption} -- {credit})", LEAD, SECOND)
    assert article.captions == (Caption(caption, credit),)
    article = _parse("Storm moves north", "18 May 2031", f"{caption} -- {credit}", LEAD, SECOND)
    assert article.captions == (Caption(caption, credit),)


def test_a_first_paragraph_whose_credits_bracket_the_page_cut_is_a_caption() -> None:
    title = "Town records rise in fever cases"
    caption = f"{title} In June and July, all districts of the town will be under a fever alert."
    lead = "Riverton has recorded a rise in fever cases, with 210 new cases in almost one month, the agency said."
    article = _parse(title, "Riverton / Tue, May 2, 2031", f"{caption} (", lead, SECOND)
    assert article.captions == (Caption(caption, None),)
    assert article.body_paragraphs == (lead, SECOND)
    # a bracket the scrape opened for a name's characters, no stop before it: the article's paragraph
    cut = "Riverton has a fever alert, said the health officer Tomas Varga ("
    assert _parse(title, cut, lead, SECOND).captions == ()


def test_the_desks_contact_line_under_the_article_with_its_address_hidden_or_plain() -> None:
    for address in ("[email\u00a0protected]", "desk@example.com"):
        contact = f"To report an error in this story, kindly contact: {address}"
        assert _parse("Storm moves north", LEAD, SECOND, contact).body_paragraphs == (LEAD, SECOND)
    # an address the article names in its sentence: the article's
    told = "Readers with photos of the storm may send them to the council at: desk@example.com"
    assert _parse("Storm moves north", LEAD, SECOND, told).body_paragraphs[-1] == told


def test_a_caption_and_its_photographer_after_a_bar_under_the_scraper_prefix_over_the_dateline_lead() -> None:
    caption = "Floodwater covers the market road near the old bus depot after the overnight storm in Riverton"
    lead = (
        "Riverton: The town recorded more than 200 mm of rain in four hours on Monday, flooding low-lying streets "
        "and forcing the council to close two schools, officials said."
    )
    outcome = parse_text(f" date 2031-05-02 {caption} | Mara Quint\n{lead}\n{SECOND}\n")
    assert isinstance(outcome, Quarantined), outcome  # a caption is no headline: the page lost its headline
    # the site's name after the bar (a browser tab's title over the lead): the headline
    tab = "Floodwater closes schools and the market road in Riverton | Riverton Daily News"
    assert _parse(f" date 2031-05-02 {tab}", lead, SECOND).title == tab.rpartition(" | ")[0]
    # a byline or date under the line: the article's head, its headline with a name after the bar
    titled = _parse(f" date 2031-05-02 {caption} | Mara Quint", "By Jane Tan", lead, SECOND)
    assert titled.title == caption


def test_a_sentence_and_its_credit_line_over_the_headline_printed_again_are_the_photos_caption() -> None:
    title = "Prices up? Officials blame fuel costs"
    caption = "At a forum on Friday, officials said fuel costs and strong demand drove prices up across the region."
    lead = "RIVERTON, Eastland — Rising prices are caused by fuel costs and strong demand, officials said on Friday."
    article = _parse(
        title, caption, "The Ledger/Jane Tan", title, "Ali Bakar, (The Riverton Ledger) - May 2, 2031 - 12:00am", lead
    )
    assert article.captions == (Caption(caption, "The Ledger/Jane Tan"),)
    assert article.dateline == "RIVERTON, Eastland" and article.agency is None
    assert article.body_paragraphs == (lead,)


def test_a_desks_byline_and_town_glued_to_the_lead_are_the_byline_and_the_dateline() -> None:
    lead = (
        "A landslide on Tuesday buried part of a hill road north of the capital, cutting off three villages, "
        "according to the district office. Rescue teams reached the area by evening."
    )
    article = _parse("Landslide cuts off three hill villages", f"RT Web Team New Riverton {lead}", SECOND)
    assert article.dateline == "New Riverton"
    assert article.body_paragraphs == (lead, SECOND)
    # a team's name in the lead's sentence, no desk's byline before it: the paragraph is the article's
    own = f"The Rescue Team Leader Jane Tan said {lead[2:]}"
    article = _parse("Landslide cuts off three hill villages", own, SECOND)
    assert article.body_paragraphs == (own, SECOND) and article.dateline is None


def test_a_town_and_its_country_in_title_case_before_the_lead_s_colon_is_the_dateline() -> None:
    lead = (
        "Riverton, Eastland: The harbour ferry will run until 2am on Fridays during the winter fair, its operator said."
    )
    article = _parse("Ferry runs late for the winter fair", "Harbour Desk", lead, SECOND)
    assert article.dateline == "Riverton, Eastland"
    assert article.body_paragraphs == (lead, SECOND)
    # a caption's two-word label before a scene with no verb of its own: no town
    assert classify._place_lead("Sun, Sand: Visitors on the beach at dusk near the old pier.") is None


def test_a_lead_on_top_printed_again_under_a_prompt_is_no_summary_over_a_headline() -> None:
    lead = (
        "The harbour board on Monday voted to keep the ferry fares unchanged for another year, despite rising fuel"
        " costs and a fall in the number of passengers on the island routes."
    )
    caption = "The harbour master speaks to reporters at the jetty on Monday. Photo: Harbour Desk"
    # the page's first line is its lead, printed again under the photo and a prompt of the site: no headline
    for prompt in ("Follow the Ledger on Telegram", "Puzzle of the week"):
        outcome = parse_text("\n\n".join([lead, caption, caption, prompt, lead, SECOND, THIRD]) + "\n")
        assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    # the summary on top retells the headline between it and its paragraph: the headline
    title = "Ferry fares stay frozen for a year"
    article = _parse(lead, "", caption, "", title, "", lead, "", SECOND, "", THIRD)
    assert article.title == title


def test_a_dateline_lead_on_top_has_no_headline_under_it() -> None:
    lead = "RIVERTON, May 2: Parts of the valley are at risk of floods and landslides."
    sub = "More than 40 villages in the lower valley may be cut off"
    item = "LOWTOWN: More than 40 villages of six towns and two rural districts may be cut off by high water this week."
    outcome = parse_text("\n\n".join([lead, sub, item, SECOND]) + "\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    # under a rail's short line (no lead of its own), the headline over the lead's dateline stays the headline
    article = _parse("Weather", "", sub, "", item, "", SECOND)
    assert article.title == sub


def test_a_lead_printed_twice_over_an_image_file_name_has_no_headline() -> None:
    lead = (
        "Ten town teams will meet in the first Valley Netball League, which opens on Saturday, June 6, at the"
        " Riverton Sports Hall in the old mill district."
    )
    caption = "League officials and coaches at the launch at the town hall on Thursday, June 4. (Photo by Jane Tan)"
    outcome = parse_text("\n\n".join([lead, lead, "IMG_2231 (3).jpeg", caption, SECOND, THIRD]) + "\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"


def test_a_long_lead_closed_inside_its_quote_is_no_headline() -> None:
    lead = (
        "Town councils were told by the flood agency on Monday, May 4, to move residents out of low areas ahead"
        " of the expected landfall of Storm “Halden.”"
    )
    outcome = parse_text("\n".join([lead, SECOND, THIRD]) + "\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"


def test_a_line_over_a_heading_that_would_end_the_article_is_no_headline() -> None:
    title = "Harbour board keeps ferry fares frozen"
    article = _parse("Tracker Pixel", "", "Latest Stories", "", "Harbour Talk", "", title, "", LEAD, "", SECOND)
    assert article.title == title
    assert article.body_paragraphs == (LEAD, SECOND)


def test_two_signed_items_over_a_third_the_dump_cut_are_a_briefing_not_captions() -> None:
    first = "Chile fires: Crews contained two forest fires near Valdivia on Thursday, the forestry office said. — AFP"
    second = "Oslo strike: Ferry workers in Norway ended a two-day walkout after a pay deal late on Thursday. — Reuters"
    cut = "Lagos port: Dock operators in Nigeria said cargo"
    article = _parse("Global digest: Fires, ferries and ports", first, second, cut)
    assert article.captions == () and article.body_paragraphs == (first, second, cut)
    # the third paragraph finished: two photos signed by the wire over the lead, as before
    lead = "Dock operators in Nigeria said cargo waiting times fell by a third this month, easing a long backlog."
    photos = _parse("Ports clear backlog", first, second, lead, SECOND)
    assert [c.credit for c in photos.captions] == ["AFP", "Reuters"]


def test_a_dek_flagged_like_the_story_under_the_photo_and_its_photographer_is_no_caption() -> None:
    title = "Ferry capsizes off Port Selwyn, 12 rescued"
    dek = "(2nd UPDATE) Coast guard divers are still searching the strait for four missing passengers"
    lead = (
        "PORT SELWYN (2nd UPDATE) – Twelve passengers were pulled from the water after a small ferry capsized"
        " in rough seas off Port Selwyn on Tuesday, the coast guard said."
    )
    article = _parse(title, "", "Desk Reports", "", title, "", "Marta Quillon", "", dek, "", lead, "", SECOND)
    assert article.captions == ()
    assert article.body_paragraphs == (lead, SECOND)


def test_the_headline_again_with_a_photo_number_inside_the_body_is_alt_text() -> None:
    title = "Coffee growers see record harvest"
    lead = "(RADIODESK) - Coffee growers in the highlands reported their largest harvest in a decade this season."
    alt = f"{title} - ảnh 1"
    article = _parse(title, "", lead, alt, "", SECOND)
    assert article.body_paragraphs == (lead, SECOND)
    # another line ending in a number stays: the headline's words are not in front of it
    other = "Exports rose in every month from June to ảnh 1"
    assert _parse(title, "", lead, other, "", SECOND).body_paragraphs == (lead, other, SECOND)


def test_a_labelled_first_paragraph_is_no_caption_when_other_speakers_labels_follow() -> None:
    title = "READERS SAY | Free tuition will not fix the classroom"
    first = "Kestrel: Tuition is already free for many students with grants. So what exactly is being promised here?"
    second = "Some will still pay for books, transport and hostel fees, which the plan does not mention at all."
    third = "Moreover, the ministry has not said where the money for all of this will come from."
    fourth = "Orrin: A free course that leads to no job is worth little. Graduates need skills that employers want."
    article = _parse(title, first, second, third, fourth, SECOND)
    assert article.captions == ()
    assert article.body_paragraphs[0] == first
    # one label with no other speaker under it: the photo's caption, as before
    single = _parse(title, first, second, third, SECOND)
    assert [c.text for c in single.captions] == [first]


def test_a_letters_signature_with_the_writers_title_in_brackets_is_no_body() -> None:
    last = "I, for one, will miss the old stalls and the people who ran them."
    article = _parse("Old stalls deserve better", "", SECOND, "", last, "", "Tessaly Moranne (Dr)")
    assert article.body_paragraphs == (SECOND, last)
    # a bracket closing a sentence of the article stays
    aside = "The vote was close (Dr)"
    assert _parse("Old stalls deserve better", "", SECOND, "", last, "", aside).body_paragraphs[-1] == aside


def test_a_promo_in_capitals_bidding_a_click_in_the_caption_slot_is_no_caption() -> None:
    title = "Hostel opens for riverside pupils"
    caption = "Foundation chairman Orlo Vance."
    promo = "READ THE RIVERTON COURIER E-PAPER FREE FROM 5 AM EVERY DAY. CLICK LINK"
    article = _parse(title, "", caption, "", promo, "", LEAD, "", SECOND)
    assert [c.text for c in article.captions] == [caption]
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_writers_avatar_alt_text_under_the_headline_is_chrome() -> None:
    title = "Ringgit climbs ahead of the budget"
    article = _parse("Connect with us", "", title, "", "Avatar of Desk Team", "", LEAD, "", SECOND)
    assert article.title == title and article.captions == ()
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_six_word_kicker_over_a_long_headline_its_dek_and_date_is_chrome() -> None:
    title = "With ferries ageing and crews short, can the harbour cope with the next typhoon season at all?"
    article = _parse(
        "Harbour shipping and ferry services",
        "",
        title,
        "",
        "Captains warn that the fleet has not been renewed for years and that a single storm could strand islanders",
        "",
        "PUBLISHED : Monday, 3 March, 2031, 9:15am",
        "",
        "The harbour's ferry fleet is older than it has ever been, and captains say the crews are stretched thin.",
        "",
        "Three of the nine boats on the island routes were built before 1990, the operators' figures show.",
    )
    assert article.title == title
    assert article.body_paragraphs[0].startswith("The harbour's ferry fleet")


def test_a_five_word_line_over_a_short_headline_is_still_no_kicker() -> None:
    # near miss: the line over it is no shorter by half, so the first line stays the headline
    title = "Harbour ferries face a long refit"
    article = _parse(
        title,
        "",
        "Operators plan to renew the island fleet",
        "",
        "Captains warn that the fleet has not been renewed for years and that a storm could strand islanders",
        "",
        "PUBLISHED : Monday, 3 March, 2031, 9:15am",
        "",
        "The harbour's ferry fleet is older than it has ever been, and captains say the crews are stretched thin.",
    )
    assert article.title == title


_ROUNDUP_ITEM = "1. Appeal Court Upholds Ban On Night Fishing In The Northern Bay [Bay Anglers v. Port Board]"
_ROUNDUP_REPORT = (
    "The Appeal Court, by a 2:1 majority, has upheld the port board's ban on night fishing in the northern bay. "
    "While Judges Ong and Rahim found the ban lawful, Judge Mills said the board had not heard the anglers."
)
_ROUNDUP_NEXT = "2. High Court Orders Fresh Count In Riverside Ward Election"


def test_a_roundups_cut_summary_and_its_own_numbered_list_under_a_top_stories_heading() -> None:
    summary = f"Top Stories: {_ROUNDUP_ITEM} {_ROUNDUP_REPORT[:150]}..."
    article = _parse(
        "Appeal Court Weekly Roundup [Mar 3 – Mar 9]",
        "",
        "Jane Tan",
        "",
        "9 Mar 2031 4:26 PM GMT",
        "",
        summary,
        "",
        "Top Stories:",
        "",
        _ROUNDUP_ITEM,
        "",
        _ROUNDUP_REPORT,
        "",
        _ROUNDUP_NEXT,
        "",
        "A bench of three judges ordered a fresh count in the Riverside ward after finding 40 ballots uncounted.",
    )
    assert article.body_paragraphs[:3] == ("Top Stories:", _ROUNDUP_ITEM, _ROUNDUP_REPORT)
    assert article.body_paragraphs[3] == _ROUNDUP_NEXT
    assert article.dateline is None


def test_a_top_stories_heading_over_other_stories_headlines_still_ends_the_article() -> None:
    # near miss: numbered headlines with no report under them are the site's list, not the article's
    article = _parse(
        "Harbour ferries face a long refit",
        "",
        LEAD,
        "",
        SECOND,
        "",
        "Top Stories:",
        "",
        "1. Appeal Court upholds ban on night fishing",
        "",
        "2. High Court orders fresh count in Riverside ward",
    )
    assert article.body_paragraphs == (LEAD, SECOND)


def test_a_photos_alt_text_cut_at_a_length_limit_over_its_full_caption_is_recorded_once() -> None:
    caption = (
        "A girl wades through floodwater in Riverton on Jan 4, 2031. The number of people in relief centres "
        "rose to 41,000 on Sunday evening, up from 30,000 on Saturday, officials say."
    )
    article = _parse(
        "Flood evacuees in the northern valley pass 41,000",
        "",
        caption[:150],
        f"{caption} -- PHOTO: WIRE",
        "",
        "RIVERTON - The number of people in relief centres rose to 41,000 on Sunday evening, officials say.",
        "",
        SECOND,
    )
    assert article.captions == (Caption(caption, "PHOTO: WIRE"),)


def test_a_letters_salutation_under_a_rubric_line_stays_the_first_body_paragraph() -> None:
    title = "Cyclists Urged: Mind The Lanes"
    first = "Nobody can replace a life, so any step that makes the roads safer is welcome."
    second = "Some readers grumble about the new fines, but my neighbours and I support them fully."
    third = "If you keep to the rules, the fines should not worry you at all."
    article = _parse(
        title, "", "Readers Write 0 minutes, 41 seconds", "", "Dear Editor,", "", first, "", second, "", third
    )
    assert article.body_paragraphs == ("Dear Editor,", first, second, third)
    # a short line of another kind under the rubric goes with it
    other = _parse(
        title, "", "Readers Write 0 minutes, 41 seconds", "", "Opinion Desk", "", first, "", second, "", third
    )
    assert other.body_paragraphs == (first, second, third)


def test_a_letters_closing_formula_and_pen_name_on_one_line_is_no_body() -> None:
    title = "Cyclists Urged: Mind The Lanes"
    first = "Nobody can replace a life, so any step that makes the roads safer is welcome."
    second = "Some readers grumble about the new fines, but my neighbours and I support them fully."
    third = "If you keep to the rules, the fines should not worry you at all."
    rubric = "Readers Write 0 minutes, 41 seconds"
    article = _parse(
        title, "", rubric, "", "Dear Editor,", "", first, "", second, "", third, "", "Regards, Careful rider"
    )
    assert article.body_paragraphs == ("Dear Editor,", first, second, third)
    # the formula followed by a clause of the letter, not a name: the letter's words
    clause = "Regards, the fines are fair; ride safe"
    kept = _parse(title, "", rubric, "", "Dear Editor,", "", first, "", second, "", third, "", clause)
    assert kept.body_paragraphs[-1] == clause


def test_a_date_stamps_label_with_its_date_lost_is_no_caption() -> None:
    title = "Time to come clean"
    dek = "The old promises about protecting the chamber's honour no longer persuade anyone."
    lead = (
        "The committee chair's resignation is more than another twist in the procurement scandal. It is a blow to "
        "what little trust the chamber had left, and the public has noticed."
    )
    second = "This is not the first setback, and the pattern is now hard to miss for anyone watching."
    article = _parse(title, "", dek, title, "Published on", "", lead, "", second)
    assert article.captions == ()
    assert "Published on" not in article.body_paragraphs
    assert head.is_chrome("Published on") and head.is_chrome("Updated on:")
    assert not head.is_chrome("Published on Monday")


def test_a_summary_printed_again_as_the_first_paragraph_with_spaces_lost_is_a_dek() -> None:
    title = "Plan aims to thin out the old harbour district"
    summary = (
        "Riverton is expected to approve a plan to reduce the number of residents in its harbour district in May "
        "to better protect the old warehouses there."
    )
    glued = summary.replace("residents in", "residentsin").replace("protect the", "protectthe")
    second = "With an area of 60ha across eight wards, the district now holds more than 40,000 people."
    third = "Poor drainage and crowded add-ons have worn down the old buildings for decades."
    article = _parse(title, "", summary, glued, "", second, "", third)
    assert article.body_paragraphs == (glued, second, third)
    # a first paragraph that differs in more than its spaces stays
    other = glued.replace("May", "June")
    assert _parse(title, "", summary, other, "", second, "", third).body_paragraphs[:2] == (summary, other)


def test_a_dek_under_the_headline_over_a_photos_caption_and_a_dateline_lead_is_no_caption() -> None:
    title = "Port workers end strike after pay deal"
    dek = "The union says its members were promised a review of overtime rates within three months."
    caption = "Dock workers gather outside the port office in Riverton on Tuesday."
    lead = "RIVERTON: Port workers ended a four-day strike on Wednesday after the operator agreed to raise basic pay."
    second = "The operator said cargo handling would be back to normal by the weekend, a spokesman said."
    article = _parse(title, "", dek, "", caption, "", lead, "", second)
    assert [c.text for c in article.captions] == [caption]
    assert article.body_paragraphs == (lead, second)
    # two photos' captions, each showing a moment with a participle: both captions
    first_photo = "Dock workers gathering outside the port office in Riverton."
    both = _parse(title, "", first_photo, "", caption, "", lead, "", second)
    assert [c.text for c in both.captions] == [first_photo, caption]
    # a lone line over the lead is the photo's caption, as before
    alone = _parse(title, "", dek, "", lead, "", second)
    assert [c.text for c in alone.captions] == [dek]


def test_a_dek_under_the_headlines_copy_over_a_photos_caption_is_no_caption() -> None:
    title = "Court upholds jail terms for three smugglers"
    dek = "The three men were caught with the goods at a jetty in Kuala Lintang two years ago."
    caption = "Judges of the appeals court found the men's grounds of appeal weak when they heard it in March 2022."
    lead = (
        "The Court of Appeal has upheld the jail terms of three fishermen for smuggling 400 cartons of cigarettes "
        "into the state at a jetty in Kuala Lintang two years ago."
    )
    second = "Justice Rana Idris, who led the panel of judges, found the trial judge had not erred in law."
    third = "They were sentenced to five years in jail each and fined RM200,000."
    tail = ("KUALA LINTANG:", lead, "", second, "", third)
    article = _parse(title, "", title, "", dek, "", "Mahkamah", f"{caption} (File pic)", *tail)
    assert article.captions == (Caption(caption, "File pic"),)
    assert article.body_paragraphs == (f"KUALA LINTANG: {lead}", second, third)
    # no second caption under it: the line under the headline's copy is the photo's caption, as before
    single = _parse(title, "", title, "", dek, "", *tail)
    assert [c.text for c in single.captions] == [dek]


def test_a_lone_pitch_under_the_pages_chrome_is_the_headers_button() -> None:
    # a date, a label and an ad slot over 'SUBSCRIBE NOW SUPPORT US' and a short headline: the button is the header's
    dek = "Grand speeches about guarding the council's good name might once have worked, but not anymore."
    top = ("Sat, 2 May 2031", "Headlines:", "Advertisement", "SUBSCRIBE NOW SUPPORT US")
    article = _parse(*top, "Time to go", dek, "Time to go", "Published on", LEAD, SECOND)
    assert article.title == "Time to go" and article.body_paragraphs[0] == LEAD
    # the same header over the lead alone: the page lost its headline
    assert isinstance(parse_text("\n".join((*top, LEAD, SECOND)) + "\n"), Quarantined)


_FERRY_LEAD = (
    "Pinajaan ng mga opisyal ang bagong iskedyul ng lantsa sa Isla Verde matapos ang tatlong araw na pagkaantala, at "
    "inaasahang babalik sa normal ang biyahe sa Lunes."
)
_FERRY_SECOND = "Ayon sa kapitan ng pantalan, walang nasaktan sa insidente at ligtas ang lahat ng pasahero."


def test_a_labelled_byline_in_another_language_on_top_is_no_headline() -> None:
    # "Ni: Name" (the Filipino "By:") over a lead that names none of its words: the page lost its headline
    outcome = parse_text(f"Ni: Marisol de Guzman\n{_FERRY_LEAD}\n{_FERRY_SECOND}\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    # the lead names the words on top: a headline with a colon in it, no byline
    outcome = parse_text(f"Oleh: Ferry Baltazar Returns\nFerry Baltazar returns to {_FERRY_LEAD}\n{_FERRY_SECOND}\n")
    assert isinstance(outcome, ParsedArticle) and outcome.title == "Oleh: Ferry Baltazar Returns"


def test_a_letters_kicker_and_its_writer_on_top_is_no_headline() -> None:
    lead = (
        "Those who drive to the harbour each morning know the queues at the toll plaza have grown longer every year, "
        "and the new lanes promised last spring are nowhere to be seen."
    )
    second = "Surely the council can find a way to open the lanes before the monsoon sets in."
    outcome = parse_text(f"COURIER LETTER: From Orlo Vance, via e-mail\n\n{lead}\n\n{second}\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    # a kicker over a headline that opens with "From": the headline stays
    title = "COMMENT: From Tolls to Traffic Jams"
    assert _parse(title, "", lead, "", second).title == title


def test_an_ad_slots_invitation_on_top_is_furniture() -> None:
    caption = "Mayor Orlo Vance (second left) cuts the ribbon with councillors at the new market hall."
    lead = (
        "RIVERTON (May 2): The riverside market reopened on Friday after a year of repairs, with more than 200 "
        "stalls back in business, the mayor said."
    )
    outcome = parse_text(f"ADVERTISE HERE\n\n{caption}\n{lead}\n{SECOND}\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    assert _parse("ADVERTISE HERE", "", "Market hall reopens", caption, lead, SECOND).title == "Market hall reopens"


def test_a_caption_with_its_photographer_after_a_bar_under_a_standfirst_is_no_headline() -> None:
    dek = "While more than two thousand pupils sat the test across the state, most said it was fair."
    caption = "Pupils leave a test centre in Riverton on Saturday | Orlo vance"
    lead = "RIVERTON: Several pupils who sat the entrance test on Saturday said the paper was only moderately hard."
    outcome = parse_text(f" date 2031-05-02 Home States Riverton\n\n{dek}\n\n{caption}\n\nBy Courier Desk\n\n{lead}\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    # a headline with the site's section after the bar stays the headline under the teaser
    title = "Pupils in three districts find the entrance test fair this year"
    article = _parse(dek, "", f"{title} | Courier News", "", "By Courier Desk", "", lead, "", SECOND)
    assert article.title == title


def test_a_caption_with_its_source_after_a_spaced_slash_under_the_headline_is_no_dek() -> None:
    title = "Drone strikes hit two river villages in the north"
    caption = "The clinic in Harrow Bend village after the strike in June 2031. / Valley Defence Group"
    lead = (
        "Drone strikes killed two farmers in the northern district on Friday, according to a local rescue group that"
        " has counted the dead and the wounded in the hill villages since the fighting began last spring."
    )
    article = _parse(title, "", caption, "", lead, "", SECOND)
    assert article.captions == (
        Caption("The clinic in Harrow Bend village after the strike in June 2031.", "Valley Defence Group"),
    )
    assert article.body_paragraphs == (lead, SECOND)


def test_a_headshots_name_and_its_archive_note_in_capitals_under_the_headline_is_a_caption() -> None:
    title = "Councillors doubt their own witnesses in port fuel probe"
    caption = "Council Speaker Oren Valdemar Castell. FILE PHOTO"
    lead = "Councillors agreed on Tuesday night to cite two witnesses in contempt in their inquiry into fuel smuggling."
    article = _parse(title, "", caption, "", lead, "", SECOND)
    assert article.captions == (Caption("Council Speaker Oren Valdemar Castell.", "FILE PHOTO"),)
    assert article.body_paragraphs == (lead, SECOND)


def test_a_caption_naming_itself_a_photo_glued_to_the_leads_dateline_is_split_off_the_lead() -> None:
    title = "Flood evacuees in the valley rise to 640"
    caption = "File photo shows low-lying fields in the district of Marrow submerged."
    credit = "Picture courtesy of the Valley Rescue Department"
    lead = "RIVERTON, Jan 9 — More people were moved out of their homes this afternoon as the river kept rising."
    article = _parse(title, "", f"{caption} — {credit}{lead}", "", SECOND)
    assert article.captions == (Caption(caption, credit),)
    assert article.body_paragraphs == (lead, SECOND)
    assert article.dateline == "RIVERTON, Jan 9"


def test_an_opinion_pages_disclaimer_under_the_piece_ends_the_article() -> None:
    title = "Slow down on the coast road"
    last = "Drive slowly through the bends and arrive home in one piece."
    disclaimer = (
        "The views expressed here belong to the columnist and not necessarily reflect the stance of Harbour Weekly."
    )
    article = _parse(title, "", "By Tamsin Orrow", "", SECOND, "", last, "", disclaimer, "", "Subscribe for free")
    assert article.body_paragraphs == (SECOND, last)
    # a sentence of the article about views expressed elsewhere is kept
    said = "The views expressed at the hearing were mixed, said the council's chairman."
    assert _parse(title, "", SECOND, "", said, "", last).body_paragraphs == (SECOND, said, last)


_FERRY_LEAD = (
    "PORT ELLIS: The harbour board will double the number of night ferries from June, its chairman said on Friday."
)
_FERRY_NEXT = "The extra crossings will run every half hour between ten at night and two in the morning, he said."


@pytest.mark.parametrize(
    "caption",
    [
        "Commuters board a night ferry at the main pier in Port Ellis on Thursday. — Dara Quill",
        "Commuters board a night ferry at the main pier in Port Ellis on Thursday. File photo",
        "Commuters board a night ferry at the main pier in Port Ellis on Thursday. / Ellis Times",
        "Commuters board a night ferry at the main pier in Port Ellis, May 2, 2031. Picture by Dara Quill",
        "Commuters board a night ferry at the main pier in Port Ellis on Thursday. DARA QUILL",
    ],
)
def test_a_credited_caption_over_the_lead_is_no_headline(caption: str) -> None:
    # a photo's caption, its credit after the stop, right over the lead: the page's head was lost
    outcome = parse_text("\n\n".join((caption, _FERRY_LEAD, _FERRY_NEXT)) + "\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline", outcome


def test_a_credited_caption_over_the_headline_is_the_photos_caption() -> None:
    caption = "Commuters board a night ferry at the main pier in Port Ellis on Thursday. — Dara Quill"
    article = _parse(caption, "", "Harbour board doubles night ferries", "", _FERRY_LEAD, "", _FERRY_NEXT)
    assert article.title == "Harbour board doubles night ferries"
    assert article.captions[0] == Caption(
        "Commuters board a night ferry at the main pier in Port Ellis on Thursday.", "Dara Quill"
    )
    assert article.body_paragraphs[0] == _FERRY_LEAD


def test_a_headline_of_two_sentences_is_no_credited_caption() -> None:
    # a clause of its own after the stop, no credit: the headline stays
    article = _parse("Night ferries will double on the harbour from June. Will riders come?", "", _FERRY_LEAD)
    assert article.title == "Night ferries will double on the harbour from June. Will riders come?"


def test_a_photos_text_over_the_headline_printed_again_under_it_is_a_caption() -> None:
    # the photo above the headline and its caption under it, the same sentence: the headline between is the head
    caption = "Commuters queueing for the last night ferry at the main pier in Port Ellis."
    article = _parse(caption, "", "Harbour board doubles night ferries", "", caption, "", _FERRY_LEAD, "", _FERRY_NEXT)
    assert article.title == "Harbour board doubles night ferries"
    assert article.captions == (Caption(caption, None),)
    assert article.body_paragraphs == (_FERRY_LEAD, _FERRY_NEXT)


def test_a_lead_printed_again_two_lines_down_under_a_short_sentence_is_no_headline() -> None:
    # near miss: the line between the sentence and its copy is a sentence too, no headline
    caption = "Commuters queueing for the last night ferry at the main pier in Port Ellis."
    outcome = parse_text("\n\n".join((caption, "The queue was long.", caption, _FERRY_LEAD)) + "\n")
    assert isinstance(outcome, Quarantined), outcome


_KICKED = (
    "LAST CROSSING. Commuters with bags and bicycles crowd the deck of the final night ferry "
    "out of Port Ellis on a wet Thursday"
)


def test_a_caption_under_its_kicker_in_capitals_over_the_lead_is_no_headline() -> None:
    outcome = parse_text("\n\n".join((_KICKED, _FERRY_LEAD, _FERRY_NEXT)) + "\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline", outcome


def test_a_caption_under_its_kicker_over_the_headline_is_the_photos_caption() -> None:
    article = _parse(_KICKED, "", "Harbour board doubles night ferries", "", _FERRY_LEAD, "", _FERRY_NEXT)
    assert article.title == "Harbour board doubles night ferries"
    assert article.captions[0] == Caption(_KICKED, None)


def test_a_short_headline_after_a_word_in_capitals_and_a_stop_stays_the_headline() -> None:
    # near miss: a few words after the stop are a headline's length, no caption's sentence
    article = _parse("NIGHT FERRIES. Harbour board doubles the crossings", "", _FERRY_LEAD, "", _FERRY_NEXT)
    assert article.title == "NIGHT FERRIES. Harbour board doubles the crossings"


def test_a_letter_writers_name_with_a_comma_and_the_line_under_it_between_letters_are_no_body() -> None:
    first = (
        "The new bus lanes on the coast road have halved my trip to work, and I am far from the only commuter who "
        "has noticed the difference since the trial began in the spring.",
        "I hope the council keeps them after the trial ends, whatever the shop owners say.",
    )
    second = (
        "Parking fees are too high",
        "The new parking fees will empty the town centre by Christmas, as shoppers drive to the malls instead.",
    )
    third = "The ferry timetable changes every month, and nobody at the pier can explain why it keeps changing."
    # the name's comma leads on to the writer's town, to how the letter came, or to nothing (the next heading)
    letters = (*first, "R.K. Menon,", "On email.", *second, "Tom Reyes,", "Maple Creek, North Dakota", third)
    article = _parse("Letters: bus lanes and parking", *letters, "Mary L. Kerr,", "Harbourside.", third)
    assert article.body_paragraphs == (*first, *second, third, third)
    article = _parse("Letters: bus lanes and parking", *first, "R.K. Menon,", *second)
    assert article.body_paragraphs == (*first, *second)
    # a phrase closed by a comma over the next line is the article's (no name), and so is a sentence under a name
    phrase = ("In the end, he said,", "Fares rose again.", third)
    assert _parse("Ferry fares rise", LEAD, *phrase).body_paragraphs == (LEAD, *phrase)


def test_an_inline_link_marked_with_a_double_chevron_is_no_body() -> None:
    links = (">> Port fees to rise for cargo ships next year", ">>Harbour master steps down after audit")
    article = _parse("Ferry service halted after engine fire", LEAD, *links, SECOND)
    assert article.body_paragraphs == (LEAD, SECOND)
    # a quotation's marks or a single chevron are the article's
    quoted = "> The council said the work would finish in May."
    assert _parse("Ferry service halted", LEAD, quoted, SECOND).body_paragraphs == (LEAD, quoted, SECOND)


def test_a_caption_with_its_kicker_in_capitals_printed_twice_under_the_head_is_one_caption() -> None:
    caption = "MARLOWE. Steals every scene of the new “drama.”"
    lead = (
        "This is a fine week for viewers, because several long-missed favourites are back on the small screen after "
        "a year away, and most of them look better than ever."
    )
    second = "Next, the veteran comic is playing a harried father of four in a new afternoon series."
    article = _parse("Back on the small screen", caption, caption, lead, second)
    assert article.captions == (Caption(caption, None),)
    assert article.body_paragraphs == (lead, second)
    # a line printed twice that runs to a second sentence after its first word is a dek, no caption
    dek = "Ferries stop. The harbour board has voted to close the loss-making river line."
    assert _parse("Ferries stop", dek, dek, lead, second).captions == ()


def test_a_paragraph_opening_with_an_acronym_a_sentence_above_named_is_no_print_lead() -> None:
    lead = "The Estate Board agreed on Tuesday to ask the court to consider closing the Riverside Ferry Line."
    second = (
        "A press release of the EB’s office said the board reached its decision late on Tuesday night after finding "
        "the line's safety record poor."
    )
    third = (
        "EB secretary-general Jane Tan, who handed the board's decision to the court in person, told the media the "
        "board met late on Tuesday night."
    )
    fourth = "The line's legal team sent its evidence to the board this morning, too late for the vote."
    article = _parse("Estate board moves to close ferry line", lead, second, third, fourth)
    assert article.captions == ()
    assert article.body_paragraphs == (lead, second, third, fourth)
    # a print lead's word in capitals, named above only in title case, still opens the body under the caption
    caption = "Residents of Riverton wade through the flooded main road after a night of heavy rain."
    print_lead = (
        "RIVERTON residents were told to leave their homes yesterday as the river rose past its banks for the second "
        "time this month, officials said."
    )
    article = _parse("Floods force hundreds from homes", caption, print_lead, fourth)
    assert article.captions == (Caption(caption, None),)
    assert article.body_paragraphs == (print_lead, fourth)


# A dump hard-wrapped at a fixed width (wire copy, e-mail, a text export): each paragraph in rows of near-equal
# length, broken mid-sentence.
_WRAPPED_LEAD = (
    "HARBOURVILLE, June 4 The regional water board left its tariffs\n"
    "unchanged for a third year, as expected, saying it expects\n"
    "repair costs to ease after the dry season ended in May.\n"
    "Board chair Elena Varga said the utility would keep the\n"
    "reservoir programme on track and that new pipes would reach\n"
    "the northern suburbs within two years.\n"
    "Some residents have been calling for the board to cut prices\n"
    "to offset the higher cost of electricity and food, which rose\n"
    "about 4 percent last year.\n"
    "The board said it expects demand to stay flat."
)
_WRAPPED_PARAGRAPHS = (
    "HARBOURVILLE, June 4 The regional water board left its tariffs unchanged for a third year, as expected, saying"
    " it expects repair costs to ease after the dry season ended in May.",
    "Board chair Elena Varga said the utility would keep the reservoir programme on track and that new pipes would"
    " reach the northern suburbs within two years.",
    "Some residents have been calling for the board to cut prices to offset the higher cost of electricity and food,"
    " which rose about 4 percent last year.",
    "The board said it expects demand to stay flat.",
)


def test_a_hard_wrapped_dumps_rows_are_joined_into_its_paragraphs() -> None:
    from transforms.segment import lines_of

    # a row ending on a stop ends its paragraph; a row the next one goes on from (in lower case, or after 'the')
    # is a piece of it
    assert lines_of(_WRAPPED_LEAD) == list(_WRAPPED_PARAGRAPHS)


def test_a_headless_hard_wrapped_dump_is_quarantined() -> None:
    # the first row ('TOWN, June 4 The board left its tariffs') is a piece of the lead, no headline
    assert isinstance(parse_text(_WRAPPED_LEAD), Quarantined)


def test_a_headline_over_a_hard_wrapped_body_stays_the_headline() -> None:
    for title in ("Water tariffs held for a third year", "Regional water board keeps its tariffs for a third year"):
        outcome = parse_text(f"{title}\n\n{_WRAPPED_LEAD}")
        assert isinstance(outcome, ParsedArticle)
        assert outcome.title == title
        assert outcome.body_paragraphs == _WRAPPED_PARAGRAPHS


def test_a_line_going_on_in_lower_case_once_is_no_wrapped_dump() -> None:
    from transforms.segment import lines_of

    # one row a sentence goes on from is a scrape's lost link, not an export's width: left as printed
    text = (
        "Ferry operators across the estuary said on Monday that\n"
        "fares would rise by a fifth in March.\n"
        "The harbour master told reporters the crossings were full most mornings.\n"
        "Commuters groaned."
    )
    assert lines_of(text) == text.split("\n")
    # twice: the dump's rows are wrapped at a width
    assert lines_of(text.replace("crossings were full", "crossings were\nfull"))[0] == (
        "Ferry operators across the estuary said on Monday that fares would rise by a fifth in March."
    )


def test_rows_with_no_blank_line_between_go_on_where_blank_lines_part_the_paragraphs() -> None:
    from transforms.segment import lines_of

    # 'former Mayor' / 'Anton Reyes ...': a capital opens the next row, but no blank line parts the two rows on a
    # dump whose paragraphs are parted by blank lines, so they are one paragraph; the headless dump is quarantined
    text = (
        "The appointment of a new harbour board chaired by former Mayor\n"
        "Anton Reyes was approved on Tuesday by the provincial council,\n"
        "officials said.\n\n"
        "Council members voted eleven to two in favour of the plan,\n"
        "which also sets aside funds for dredging the western channel\n"
        "before the monsoon arrives.\n\n"
        "Reyes said he would name a deputy within a week."
    )
    assert lines_of(text)[0] == (
        "The appointment of a new harbour board chaired by former Mayor Anton Reyes was approved on Tuesday by the"
        " provincial council, officials said."
    )
    assert len(lines_of(text)) == 3
    assert isinstance(parse_text(text), Quarantined)
    # a headline close to the width, a blank line under it, stays the headline
    title = "Harbour board gets a new chair after council vote on Tuesday"
    outcome = parse_text(f"{title}\n\n{text}")
    assert isinstance(outcome, ParsedArticle) and outcome.title == title


def test_a_blank_line_parts_a_headline_from_a_lower_case_line_on_a_wrapped_dump() -> None:
    from transforms.segment import lines_of

    # the headline runs close to the width and the line under it opens in lower case, but a blank line parts them on
    # a dump that parts its paragraphs by blank lines: no wrapped row
    title = "Water board keeps its tariffs for a third year in a row"
    lines = lines_of(f"{title}\n\ntoday 4 June 2024\n\n{_WRAPPED_LEAD}")
    assert lines[:2] == [title, "today 4 June 2024"]
    assert lines[2:] == list(_WRAPPED_PARAGRAPHS)


def test_a_replica_byline_in_title_case_under_the_headline_is_no_caption() -> None:
    # a print replica's byline: a dash and the writers' names in title case on a line of their own between the
    # headline (its dek above them) and the lead; neither a photo's caption nor body
    article = _parse(
        "The Harbour Ledger",
        "",
        "Ferry fares to rise by a fifth",
        "",
        "Higher fuel costs pushed up fares across the region — Port board chief",
        "",
        "- Ruth Okafor, Tomas Brandt & Lina Marzuki",
        "",
        LEAD,
        "",
        SECOND,
    )
    assert article.captions == () or list(article.captions) == []
    assert article.body_paragraphs[0] == LEAD


LETTER_ONE = "The new ferry timetable leaves commuters from the outer islands waiting for almost an hour each morning."
LETTER_TWO = "Parents in our estate have asked for a crossing near the school gate for two years without an answer."
LETTER_END = "The council should act before the new term begins in January."


def test_the_last_letters_signature_is_kept_as_the_ones_above_it() -> None:
    # a page of readers' letters, each closed by its writer's name alone: the last name signs the last letter
    article = _parse(
        "Commuters and parents write in about the harbour town",
        "",
        LETTER_ONE,
        "",
        "Those who work in the town centre arrive late, and the last boat home leaves before the evening shift ends.",
        "",
        "Timetables should follow the tides, not the other way round.",
        "",
        "Priya Ramanathan",
        "",
        LETTER_TWO,
        "",
        LETTER_END,
        "",
        "Tomas Brandt",
    )
    assert article.body_paragraphs[-1] == "Tomas Brandt"
    assert "Priya Ramanathan" in article.body_paragraphs


def test_a_reporters_name_alone_under_an_article_is_still_no_body() -> None:
    # near miss: one name alone under the last paragraph and none above it is the writer's sign-off
    article = _parse("Ferry fares to rise by a fifth", "", LEAD, "", SECOND, "", LETTER_END, "", "Tomas Brandt")
    assert article.body_paragraphs[-1] == LETTER_END


GLUED_TITLE = "Column Notes: Harbour towns need their own start-up funds"
GLUED_LEAD = (
    "EVERY port town along the coast has a workshop or two that could grow into a real company, yet few of them ever"
    " find an investor willing to look past the capital city."
)


def test_a_lead_glued_to_the_headline_printed_again_is_the_lead() -> None:
    # the headline printed again with the lead glued to its last letter (no space): the lead, not a labelled caption
    article = _parse(GLUED_TITLE, "", GLUED_TITLE + GLUED_LEAD, "", SECOND, "", LETTER_END)
    assert article.captions == () or list(article.captions) == []
    assert article.body_paragraphs[0] == GLUED_LEAD


def test_a_short_text_glued_to_the_headline_is_not_read_as_the_lead() -> None:
    # near miss: a caption's length glued to the headline is no lead; the line is read as before
    glued = GLUED_TITLE + "A workshop at the harbour."
    article = _parse(GLUED_TITLE, "", glued, "", GLUED_LEAD, "", SECOND)
    assert GLUED_LEAD in article.body_paragraphs
    assert "A workshop at the harbour." not in article.body_paragraphs


SHORT_PLACE_LEAD = "Three hikers went missing on the ridge above the reservoir after a storm on Sunday."
THIRD_PLACE = "Their families said the three had set out at dawn with food and water for one day only."


def test_a_place_alone_over_a_short_lead_anchors_the_body_under_a_dek_and_a_caption() -> None:
    # the headline twice, a dek, the photo's uncredited caption, then "RIVERTON:" alone over a lead too short to be
    # glued to it: the place opens the body as a dateline would, so the dek and the caption above it are neither body
    dek = "Volunteers are searching a wide stretch of forest for them."
    caption = "Rescuers on a search of the forest trails near the reservoir."
    title = "3 hikers missing after storm on ridge"
    article = _parse(title, "", title, "", dek, "", caption, "RIVERTON:", SHORT_PLACE_LEAD, "", SECOND, "", THIRD_PLACE)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, None)]
    assert article.body_paragraphs[0] == SHORT_PLACE_LEAD
    assert article.dateline == "RIVERTON"


def test_an_ad_slots_label_cut_by_the_dumps_end_is_dropped() -> None:
    # the label printed between the paragraphs, then once more as the last line, cut where the scrape stopped
    label = "Article continues after this advertisement"
    article = _parse("Ferry fares rise again", LEAD, label, SECOND, label, THIRD_PLACE, label[:30])
    assert article.body_paragraphs[-1] == THIRD_PLACE
    # near miss: a short opening of it ("Article") is no cut label; the line stays as it stands
    article = _parse("Ferry fares rise again", LEAD, label, SECOND, "Article")
    assert article.body_paragraphs[-1] == "Article"


def test_the_articles_unmarked_list_of_names_and_details_under_its_clause_is_body() -> None:
    # under a clause of the article's ending in a colon, items without marks, each a name and its detail after the
    # same spaced dash: the article's own list at the dump's end, not other stories' headlines
    clause = "The following towns have closed their schools today:"
    items = ("Hilltown – every grade, state and mission", "Stonefield – primary schools only", "Westport – every grade")
    article = _parse("Schools shut as storm nears", LEAD, SECOND, clause, *items)
    assert article.body_paragraphs == (LEAD, SECOND, clause, *items)
    # near miss: the same lines without the dash under the clause are read as before, a list of links
    plain = ("Hilltown schools shut", "Stonefield lessons move online", "Westport classes called off")
    assert _parse("Schools shut as storm nears", LEAD, SECOND, clause, *plain).body_paragraphs[-1] != plain[-1]


def test_a_short_label_with_a_colon_under_the_last_paragraph_is_no_body() -> None:
    # "Watch the video:" under the last paragraph: the player it announced is not in the dump; a label, no paragraph
    article = _parse("Ferry fares rise again", LEAD, SECOND, "Watch the video:")
    assert article.body_paragraphs == (LEAD, SECOND)
    # near miss: a clause of the article's over a list the dump lost runs longer; it stays
    clause = "The operator listed the routes that will cost more:"
    assert _parse("Ferry fares rise again", LEAD, SECOND, clause).body_paragraphs[-1] == clause


def test_a_long_finished_sentence_on_top_is_a_paragraph_not_a_headline() -> None:
    # a sentence of 27 words or more, closed by its question mark: the lead's paragraph, the headline was not saved
    lead = (
        "Farmers in the valley are waiting anxiously to learn the provincial court’s next step on their claims: "
        "Will it order the dam operator to pay them for the lost harvest soon?"
    )
    outcome = parse_text(f"{lead}\n{SECOND}\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    # near miss: a long headline closed by a question mark runs shorter; it stays
    title = (
        "What does the court’s ruling mean for the valley? "
        "Farmers ask whether the dam operator will pay for the harvest"
    )
    assert _parse(title, LEAD, SECOND, WA).title == title


def test_an_embedded_post_on_top_is_no_headline() -> None:
    # a social post's text saved where the headline stands, closed by its photo's link and the poster's signature
    post = (
        "Rescuers pull a fisherman from the river near the old mill in Riverton this morning. "
        "pic.twitter.com/Ab12Cd34Ef — Dana Reyes (@danareyes) March 3, 2024"
    )
    outcome = parse_text(f"{post}\n{LEAD}\n{SECOND}\n{WA}\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    # near miss: a headline naming a handle, no signature: it stays
    title = "Talk show host @danareyes quits the network after ten years"
    assert _parse(title, LEAD, SECOND, WA).title == title


def test_a_caption_and_its_photographer_after_a_bar_is_no_headline() -> None:
    # under the scraper's prefix, a breadcrumb, the standfirst, the photo's caption with its photographer after a bar,
    # the byline, the lead: the headline was not saved
    dek = "More than two thousand stalls were flooded across the district, and traders have counted their losses."
    caption = "Volunteers clear mud from the flooded market in Riverton on Monday | Dana reyes"
    lead = (
        "RIVERTON/WESTPORT:  Traders in the old market have counted their losses after the river broke its banks on "
        "Sunday night."
    )
    dump = f" date 2024-03-02 Home States Riverland\n{dek}\n{caption}\nBy Express Desk\n{lead}\n{SECOND}\n"
    outcome = parse_text(dump)
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    # near miss: a headline's two parts either side of the bar, the second no one's name: it stays
    title = "Floods hit the Riverton market again | Traders count their losses"
    assert _parse(title, "By Desk Reporter", LEAD, SECOND, WA).title == title


OPINION_LEAD = (
    "Congratulations are due to the national sprinter Dana Reyes, who took the gold in the final of the regional games "
    "in Westport last week."
)
OPINION_SECOND = (
    "Her win over the world number three showed that she belongs among the best, and it brought back memories of her "
    "first race as a junior."
)
OPINION_THIRD = (
    "I remember watching her train on the old track by the river when she was barely twelve, long before anyone knew "
    "her name."
)


def test_a_caption_with_its_photo_label_inside_is_no_headline() -> None:
    # the photo's caption and its labelled source run together with the post's tag words, then the caption alone,
    # a note from the editors and the reader's text: the headline was not saved
    glued = "Dana Reyes PIX: Regional Athletics Council Westport Games National sprinter"
    caption = "Dana Reyes PIX: Regional Athletics Council"
    note = "The following article was sent to the editors of the paper by a reader, Tom Lim."
    outcome = parse_text("\n".join((glued, caption, note, OPINION_LEAD, OPINION_SECOND, OPINION_THIRD)) + "\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    # near miss: a gallery's headline opens on its label ('IN PHOTOS:'): it stays
    title = "IN PHOTOS: Westport cheers its sprinters home"
    assert _parse(title, LEAD, SECOND, WA).title == title


def test_a_line_stopping_mid_phrase_on_top_is_no_headline() -> None:
    # an author box's lines ('Member for' / '6 years' / 'Submitted by ...') over the text: no headline was saved
    lead = (
        "The city council will open a cycle safety week on May 20 to deal firmly with riders who ignore the new lane "
        "rules on main roads."
    )
    second = "Cycle accidents are becoming common in the city, said the traffic police department in a statement."
    dump = ("Member for", "6 years", "Submitted by desk_writer on Mon, 05/14/2012 - 10:30", lead, second, OPINION_THIRD)
    outcome = parse_text("\n".join(dump) + "\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    # near miss: a headline ending on a word that closes its phrase stays
    assert _parse("Repairs to the old bridge drag on", LEAD, SECOND, WA).title == "Repairs to the old bridge drag on"


def test_a_caption_broken_over_two_lines_under_the_byline_is_no_headline() -> None:
    # under the byline, a graphic's caption of several sentences broken mid-phrase, its rest shorter in lower case
    # to a full stop, then the lead: the headline was not saved
    broken = (
        "Since 2018, about 7 guards were hurt. 4 by stray dogs and 3 during night patrols. "
        "1 driver, 2 clerks, 2 Riverton"
    )
    rest = "librarians, 3 cooks and the Westport vice mayor Dana Reyes."
    lead = (
        "Almost every week, someone at the old depot is hurt on duty, as the night shifts grow longer "
        "and the yard grows darker."
    )
    dump = ("By: Jane Tan May 05,2019 - 10:50 PM", broken, rest, lead, SECOND, OPINION_THIRD)
    outcome = parse_text("\n".join(dump) + "\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    # near miss: a headline holding a stop over a lead whose drop cap the scrape lost (longer than the headline)
    title = "Fares rise again. Who pays for the new ferries?"
    dropped = (
        "he harbour board raised ferry fares for the third time this year on Monday, saying fuel costs had doubled."
    )
    assert _parse(title, dropped, SECOND, WA).title == title


def test_one_word_over_a_standfirst_the_body_prints_again_is_a_label() -> None:
    # 'Football' over the standfirst, the photo's credited caption, the lead and the standfirst again as the second
    # paragraph: the word is the section's label, the headline was not saved
    dek = (
        "Coming on as a substitute in the second half on Saturday, Reyes scored twice in ten minutes "
        "to turn the match, which ended 3-1 in Westport."
    )
    caption = "Dana Reyes scored her 20th goal for the club, ending a long drought in the league. Sportsfoto"
    lead = (
        "Dana Reyes scored her first goals since 2021, her 20th overall for the club, as Westport moved to the top of "
        "the table on Saturday evening."
    )
    outcome = parse_text("\n".join(("Football", dek, caption, lead, dek, OPINION_THIRD)) + "\n")
    assert isinstance(outcome, Quarantined) and outcome.reason_code == "no_headline"
    # near miss: a one-word headline over its lead, which the body does not print again: it stays
    lead = (
        "Thousands of families left the low-lying villages of the coast on Sunday as the storm drew near, packing the "
        "roads north for hours."
    )
    assert _parse("Exodus", lead, OPINION_SECOND, OPINION_THIRD).title == "Exodus"


def test_an_alt_text_over_its_credited_caption_over_a_dateline_lead_is_neither() -> None:
    title = "Growers Wait for Rules on New Hemp Crop"
    alt = "A hemp field (Cannabis sativa)"
    credited = f"{alt}. Photo: Jane Tan"
    lead = "RIVERTON (RNA) – Growers in the northern valley are waiting for the ministry to publish rules on hemp."
    article = _parse(title, alt, credited, lead, SECOND)
    assert article.captions == (Caption(f"{alt}.", "Photo: Jane Tan"),)
    assert article.body_paragraphs == (lead, SECOND)
    # the caption under it goes on past the line's words with no stop between: the line is not that caption bare
    longer = f"{alt} near the river. Photo: Jane Tan"
    assert _parse(title, alt, longer, lead, SECOND).captions[0] == Caption(alt, None)


def test_a_web_address_alone_between_two_paragraphs_is_no_body() -> None:
    # an embedded post the scrape left as its address between two paragraphs: a placeholder, no prose
    address = "https://social.example/cityweather/posts/1234567890/"
    article = _parse("Ferry fares rise again", LEAD, address, SECOND, THIRD_PLACE)
    assert article.body_paragraphs == (LEAD, SECOND, THIRD_PLACE)
    # near miss: addresses in a row under the last paragraph are the page's links, left to the closing furniture
    # (which takes them with the line announcing them); this rule leaves them as they stand
    links = ("https://social.example/harbourpost", "https://video.example/harbourpost")
    article = _parse("Ferry fares rise again", LEAD, SECOND, THIRD_PLACE, *links)
    assert article.body_paragraphs == (LEAD, SECOND, THIRD_PLACE, *links)


def test_a_title_case_town_over_a_lead_telling_what_was_done_on_a_day_is_the_dateline() -> None:
    # no auxiliary, no 'said': the day, then the verb in the past tense, a news lead's sentence
    lead = (
        "Riverton: The Eastland Weather Office on Thursday issued a flood warning for the lower valley with the river"
        " rising past its banks."
    )
    article = _parse("Flood warning for the valley", lead, SECOND, WA)
    assert article.dateline == "Riverton"
    assert article.body_paragraphs[0] == lead


def test_a_labelled_caption_telling_its_photo_on_a_day_gives_no_dateline() -> None:
    # the near miss: a caption's label, the photo told in the present ('on Thursday clear'), no past tense after it
    caption = "Relief: Volunteers on Thursday clear mud from the market square in the lower valley."
    article = _parse("Flood warning for the valley", caption, SECOND, WA)
    assert article.dateline is None


def test_a_first_paragraph_saying_who_is_pictured_is_a_caption() -> None:
    # under the standfirst, no credit: the passive says its subject is the photo's, whatever the sentence after it
    caption = (
        "Volunteers are pictured filling sandbags at the river wall in Port Alden. The town has flooded three times"
        " since the spring, the council said."
    )
    article = _parse("Town braces for another flood", caption, SECOND, WA)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, None)]
    assert article.body_paragraphs[0] == SECOND


def test_a_lead_mentioning_a_picture_of_someone_is_no_caption() -> None:
    # the near miss: the sentence tells what happened to a picture, no one "is pictured" in the photo above
    lead = (
        "A man pictured on a wanted poster in Port Alden was arrested on Monday after a tip-off from a ferry worker,"
        " the district police chief said."
    )
    article = _parse("Wanted man held at the pier", lead, SECOND, WA)
    assert article.captions == ()
    assert article.body_paragraphs[0] == lead


def test_a_letters_salutation_right_under_the_headline_stays_the_first_body_paragraph() -> None:
    title = "Ferry riders come last?"
    first = (
        "While the port authority keeps saying that island residents come first, my own attempts to buy a season "
        "pass over the past year show me otherwise."
    )
    second = "I am a pensioner and have lived on the island since before the new jetty was built."
    third = "My troubles began when the booking office moved online and stopped taking cash."
    article = _parse(title, "", "Dear Harbour Desk,", "", first, "", second, "", third)
    assert article.body_paragraphs == ("Dear Harbour Desk,", first, second, third)
    # a short unfinished line of another kind there is the page's, no salutation
    other = _parse(title, "", "Island Affairs desk", "", first, "", second, "", third)
    assert other.body_paragraphs == (first, second, third)


def test_a_view_counter_under_the_article_ends_the_body() -> None:
    title = "Island ferry fares to rise in June"
    counter = "This story has been viewed 1,204 times."
    rules = "Replies are screened by the desk. Stay on topic and be kind to other readers."
    article = _parse(title, "", LEAD, "", SECOND, "", counter, "", rules, "", "UP up")
    assert article.body_paragraphs == (LEAD, SECOND)
    assert classify.kind_of("This article has been read 87 times") == classify.TAIL
    # a sentence of the story about what readers saw: the article's words
    line = "This story has been viewed by many readers as a warning to the port."
    assert classify.kind_of(line) == classify.BODY


def test_mid_article_photos_over_the_last_paragraph_the_cap_cut_are_no_link_run() -> None:
    title = "Noodles, dumplings, tarts: where a pastry chef eats in Port Ellis"
    third = "Ma's Kitchen (12 Quay Lane, tel: 5550 1234) is a small family shop that is always busy after dark."
    photos = (
        "Dumplings at the Quay Lane shop. Photo: Ma's Kitchen",
        "Dumplings at the Quay Lane shop. Photo: Ma's Kitchen",
        "Tarts cooling at the bakery. Photo: Lena Ortiz",
        "Tarts cooling at the bakery. Photo: Lena Ortiz",
    )
    cut = "I would take a first-time visitor to the old quarter for a taste of old and new, like all"
    article = _parse_capped("\n\n".join((title, LEAD, SECOND, third, *photos, cut)) + " ")
    assert article.body_paragraphs[-1] == cut
    assert not set(photos) & set(article.body_paragraphs)
    # other stories' headlines under the last paragraph: a list of links, no body
    links = ("Ferry fares to rise in June", "Night market moves to the pier", "Port Ellis hosts the regatta")
    listed = _parse("\n\n".join((title, LEAD, SECOND, third, *links)))
    assert listed.body_paragraphs == (LEAD, SECOND, third)


def test_a_sentence_a_stray_line_break_cut_on_a_blank_line_page_is_one_paragraph() -> None:
    # the page parts its paragraphs by blank lines; one line ends on "the" and the next line goes on to the stop
    from transforms.segment import lines_of

    cut = "RIVERTON— On Monday the harbour board, after a long night of talks with the operators, praised the"
    rest = "Ferry Workers Union (FWU) and the Pilots Guild for ending the strike before the holiday, officials said."
    text = f"Harbour strike ends\n\n{cut}\n{rest}\n\nThe ferries sail again on Tuesday.\n"
    assert lines_of(text) == ["Harbour strike ends", f"{cut} {rest}", "The ferries sail again on Tuesday."]
    article = parse_text(text)
    assert isinstance(article, ParsedArticle) and article.dateline == "RIVERTON"


def test_a_headless_dump_hard_wrapped_in_part_keeps_its_rows_for_the_wrap_reader() -> None:
    # a short lead wrapped at a width: one row goes on in lower case (too few for the wrap reader), and a later
    # row ends on "of" over a row opening with a figure; joining that pair would half unwrap the dump, and its
    # first row, a piece of the lead, would then read as a headline
    from transforms.segment import lines_of

    rows = [
        "THE ferry board raised the fares on the island route for the third",
        "time this year on Monday, its chairman told a meeting in Port Ellis.",
        "",
        "A single crossing on the island route now costs 14 dollars, up from a low of",
        "11.50 dollars last March, and a season pass 300 dollars.",
    ]
    text = "\n".join(rows) + "\n"
    assert lines_of(text) == [row for row in rows if row]
    assert not isinstance(parse_text(text), ParsedArticle)
    # the same cut on a page with no row wrapped in lower case is one paragraph (the stray line break)
    unwrapped = "\n".join(["Ferry fares rise again", "", rows[0] + " " + rows[1], "", rows[3], rows[4]]) + "\n"
    assert lines_of(unwrapped)[-1] == f"{rows[3]} {rows[4]}"


def test_lines_parted_by_one_newline_on_a_page_without_blank_lines_stay_apart() -> None:
    # no blank line anywhere: a line per paragraph, a cut line may end a scrape's excerpt of a paragraph
    from transforms.segment import lines_of

    cut = "Some members of the harbour board still hold out hope for the old plan to widen the"
    rest = "The ferry operators said the new timetable would start on Tuesday next week, as agreed."
    assert lines_of(f"Harbour strike ends\n{cut}\n{rest}\n") == ["Harbour strike ends", cut, rest]
    # a blank-line page, the line ending on a content word: a heading, not a cut sentence
    heading = "What the harbour board decided at its long meeting on the strike"
    assert lines_of(f"Title\n\n{heading}\n{rest}\n") == ["Title", heading, rest]


def test_a_content_systems_raw_shortcode_is_dropped() -> None:
    # a newsletter widget's shortcode printed as text under the article: markup, never its words
    from transforms.segment import lines_of

    code = '[signup_box input_label="Your email" btn_align="center" show_terms="yes" layout="column" gap="8"'
    prose = ['[Related: Ferry fares rise] The board said "no" again.', "The ferries sail again on Tuesday."]
    assert lines_of("\n".join([*prose, code])) == prose


def test_a_paywalls_offer_of_unlimited_access_closing_the_page_is_no_body() -> None:
    offer = "Get unlimited access to fearless reporting from the delta and back our small newsroom."
    article = _parse(
        "Harbour board delays ferry vote", LEAD, SECOND, "Your first month free this spring", offer, "Subscribe Now"
    )
    assert article.body_paragraphs == (LEAD, SECOND)
    # a sentence of the story about access to something reports someone's words: the article's
    news = "Auditors will get unlimited access to the port's accounts from May, the minister said."
    assert _parse("Harbour board delays ferry vote", LEAD, SECOND, news).body_paragraphs == (LEAD, SECOND, news)


def test_the_writers_town_under_their_names_and_a_headline_glued_before_a_caption_credited_below() -> None:
    # the team's names, then where they filed from in title case: head meta, no paragraph and no dateline; the
    # photo's alt text (the headline) glued before its caption, the credit on the line under it
    title = "Storm cuts power to island towns"
    caption = "Residents carry water along a flooded road in Riverton, May 3, 2031."
    lead = "Power lines across the islands came down overnight as the storm passed, leaving towns dark, officials said."
    names = "Jane Tan and Ali Rahman"
    article = _parse(
        title, "", names, "Riverton, Mekongia", f"{title} {caption}", "Harbour Police handout via Newswire", "", lead,
        "", SECOND, WA,
    )  # fmt: skip
    assert article.captions == (Caption(caption, "Harbour Police handout via Newswire"),)
    assert article.body_paragraphs == (lead, SECOND) and article.dateline is None
    # near miss: the same town line under a sentence, not a byline, stays where it was read
    article = _parse(title, "", "Officials gave the figures late on Monday.", "Riverton, Mekongia", lead, SECOND, WA)
    assert "Riverton, Mekongia" in article.body_paragraphs


def test_an_image_file_name_with_its_credit_glued_in_brackets_is_no_paragraph() -> None:
    # the photo's file name, its credit glued to the extension, no caption's words: neither body nor caption
    lead = "Ferry fares on the river line will rise by a tenth from May, the operator told passengers on Monday."
    article = _parse("Ferry fares to rise in May", "", "Ferry12B.jpeg(HARBOUR NEWS)", "", lead, "", SECOND, WA)
    assert article.body_paragraphs == (lead, SECOND) and article.captions == ()
    # near miss: a sentence whose bracket stands after a space stays the article's
    spaced = "Fares are listed in the attached schedule.pdf (see the table)"
    assert classify.kind_of(spaced) != classify.DROP


def test_an_authors_label_in_malay_left_empty_under_the_article_is_no_paragraph() -> None:
    # "Pengarang :" (Author), its name lost: the byline field's label, not the article's words
    article = _parse("Flood aid reaches valley towns", "", LEAD, "", SECOND, "", "Pengarang :")
    assert article.body_paragraphs == (LEAD, SECOND)
    # near miss: a sentence opening with the word stays the article's
    assert classify.kind_of("Pengarang buku itu berkata bahawa banjir datang awal:") == classify.BODY


def test_a_blog_hosts_ad_label_in_the_plural_is_no_paragraph() -> None:
    # a blog host labels each ad slot "Advertisements": dropped between the paragraphs as "Advertisement" is
    article = _parse("Ferry fares to rise in May", "", LEAD, "", "Advertisements", "", SECOND)
    assert article.body_paragraphs == (LEAD, SECOND)
    assert classify.kind_of("ADVERTISEMENTS") == classify.DROP
    # near miss: a sentence about adverts stays the article's
    assert classify.kind_of("Advertisements for the fair ran in three papers.") == classify.BODY


def test_a_line_naming_the_photos_source_alone_is_no_paragraph() -> None:
    # where the photos came from, on a line of its own between or under the paragraphs: names, a handle, a platform
    title = "Old ferry pier to reopen after repairs"
    for source in (
        "Image from Jane Tan on Facebook.",
        "Top image via Riverton Council Facebook page",
        "Images source: @jtan_88 on Twitter and @riverton on Twitter",
        "Photos from Ali Bakar",
    ):
        article = _parse(title, "", LEAD, "", source, "", SECOND)
        assert article.body_paragraphs == (LEAD, SECOND), source
    # near miss: a sentence about photos goes on in lower case and stays the article's
    news = "Photos from the scene show the pier's deck torn away by the waves"
    assert _parse(title, "", LEAD, "", news, "", SECOND).body_paragraphs == (LEAD, news, SECOND)


def test_machine_written_points_closed_by_their_note_are_no_paragraphs() -> None:
    # a topic's follow button, then a summary's points with a list mark each and the site's note that a machine
    # wrote them, over the dateline's lead: neither body nor caption; the lead keeps its dateline
    lead = "RIVERTON - Shares on the Riverton exchange slipped on Tuesday as port operators fell for a third day."
    points = ("- The Riverton index fell 0.4% to 1,234.5 on Tuesday.", "- Port operators led losses as banks held.")
    article = _parse("Harbour shares slip as port operators weigh", "Ali Bakar", "Follow topic:", *points,
                     "AI generated", lead, SECOND)  # fmt: skip
    assert article.body_paragraphs == (lead, SECOND)
    assert article.captions == () and article.dateline == "RIVERTON"
    # near miss: the same points with no note are left as they were read (the article's own list, perhaps)
    article = _parse("Harbour shares slip as port operators weigh", "Ali Bakar", LEAD, *points, SECOND)
    assert article.body_paragraphs == (LEAD, *points, SECOND)


def test_a_desks_credit_run_into_the_last_paragraph_after_a_dash_is_no_body() -> None:
    # who reported the story, or the writer with the editor's initials and the outlet, glued to the last sentence
    title = "Harbour council approves new ferry terminal"
    last = "Councillors said the project would ease congestion on the old pier, which opened fifty years ago."
    for signoff in (" – Report from Jane Tan", " — With reports from Jane Tan and Ali Bakar"):
        article = _parse(title, "", LEAD, "", SECOND, "", last + signoff)
        assert article.body_paragraphs == (LEAD, SECOND, last) and article.agency is None
    # glued to a sentence the page left without its stop; a photo's credit shape, but an editor's initials in it
    unstopped = last[:-1]
    article = _parse(title, "", LEAD, "", SECOND, "", unstopped + "— Jane Tan/KB, Harbour News")
    assert article.body_paragraphs == (LEAD, SECOND, unstopped)
    # near misses: a wire's name after the slash is a photo's credit, and a name alone after the dash is left as read
    assert classify._glued_desk_signoff_start(unstopped + " — Jane Tan/AFP, File") is None
    assert classify._glued_desk_signoff_start(last + " — Jane Tan") is None


THIRD_OF_THREE = "Officers recovered some of the stolen goods at a house nearby, the police chief told reporters."


def test_a_kiosks_cards_of_other_stories_under_the_preview_end_the_article() -> None:
    # A magazine kiosk's preview: three paragraphs, then "MORE STORIES FROM <title>" over cards of the title's
    # other stories (title label, headline, teaser, reading time, date): one article, not a listing page.
    cards = []
    for n, headline in enumerate(("Ferry fares rise again", "New bridge opens early", "Market hall to close")):
        cards += ["Harbour Daily", headline, f"The council met on day {n + 2} to weigh the plan.", "time to read"]
        cards += ["2 mins", "May 3, 2031"]
    outcome = parse_text(
        "\n\n".join(["Small schools face a lean year", "Harbour Daily", LEAD, SECOND, THIRD_OF_THREE])
        + "\n\nMORE STORIES FROM Harbour Daily\n\n"
        + "\n\n".join(cards)
        + "\n"
    )
    assert isinstance(outcome, ParsedArticle), outcome
    assert outcome.body_paragraphs == (LEAD, SECOND, THIRD_OF_THREE)


def test_a_caption_closed_by_a_handouts_source_in_brackets_inside_the_article_is_no_paragraph() -> None:
    # a mid-article photo's caption with no stop, "(Supplied)" closing it: neither body nor caption
    third = "Two of the houses stood right beside the school, the headman told reporters on Wednesday."
    fourth = "The other families were moved to a camp outside the town, he added."
    photo = "Residents gather beside the ruined school in the valley on March 4 (Supplied)"
    article = _parse("Storm wrecks valley school", "", LEAD, "", SECOND, "", third, "", photo, "", fourth, WA)
    assert article.body_paragraphs == (LEAD, SECOND, third, fourth)
    # near miss: a sentence closed by its own words in brackets stays the article's
    aside = "The families were moved to a camp outside the town (the second such move this year)."
    article = _parse("Storm wrecks valley school", "", LEAD, "", SECOND, "", third, "", aside, "", fourth, WA)
    assert article.body_paragraphs == (LEAD, SECOND, third, aside, fourth)


def test_photo_credit_lines_between_paragraphs_are_no_briefings_section_labels() -> None:
    # A match report with its photos saved as "Photo Credit: Name" lines (each printed twice) between paragraphs:
    # three short capitalised lines, but a photo's credit is no briefing's section label, so the lead stays body
    lead = "Riverton failed to give their new coach a first win after a goalless draw against Lakeside tonight."
    second = "The coach made four changes from the side that lost on Friday, keeping the same back four."
    third = "There were few chances in the first half as the hosts could not break the visitors' defensive line."
    fourth = "The coach had to make a change early in the game, bringing on a winger for an injured defender."
    credit = "Photo Credit: Harbour Sport"
    outcome = parse_text(
        "\n\n".join(
            [
                "Riverton 0-0 Lakeside: Hosts held to a dull draw",
                lead,
                second,
                f"{credit}\n{credit}",
                third,
                fourth,
                "Photo Credit: Morning Wire\nPhoto Credit: Morn",
            ]
        )
        + "\n"
    )
    assert isinstance(outcome, ParsedArticle), outcome
    assert outcome.captions == ()
    assert outcome.body_paragraphs == (lead, second, third, fourth)
    assert not classify._is_section_label(credit)
    assert classify._is_section_label("Energy")  # near miss: a briefing's label stays one


def test_a_text_size_tools_label_over_the_lead_is_no_dateline() -> None:
    # "Text Size:" alone between the date line and the lead: the page's text-size buttons lost, no place printed
    # apart (the lead's own "Riverton:" is the dateline; with none, the page has no dateline)
    lead = "Riverton: The state ought to bring a bill changing the land code at its next sitting, an assemblyman said."
    second = '"The law must be certain for everyone who holds customary land," he said in a statement.'
    head_lines = ["State told to amend land law, says assemblyman", "Published on: Friday, March 8, 2030", "Text Size:"]
    article = _parse(*head_lines, "", lead, "", second)
    assert article.dateline == "Riverton"
    assert article.body_paragraphs == (lead, second)
    undated = lead.removeprefix("Riverton: ").capitalize()
    assert _parse(*head_lines, "", undated, "", second).dateline is None
    assert credits.place_alone("Font Size:") is None
    assert credits.place_alone("Riverton:") == "Riverton"  # near miss: a town alone over the lead stays its dateline


def test_an_aggregators_stamp_with_the_dates_age_over_a_dated_lead_is_no_caption() -> None:
    # "Source Date Time - N months View Original" under the headline of a republished story: a date line of the
    # head (its age in months beside the date), not a photo's caption standing over the dateline's lead
    lead = "RIVERTON (Jun 3): Below is a short round-up of company results and filings from the session on Tuesday:"
    item = "Harbour Shipping Bhd posted a 12% rise in quarterly net profit to RM20 million on higher freight rates."
    stamp = "Harbour Daily Tue, Jun 3, 2031 8:15pm - 2 months View Original"
    article = _parse("Harbour Shipping, Lakeside Foods and Riverton Power", "", stamp, "", lead, "", item)
    assert article.captions == ()
    assert article.body_paragraphs == (lead, item)


def test_an_audio_players_label_over_a_lead_with_no_dateline_is_chrome_not_the_articles_end() -> None:
    # headline, the player's label, then paragraphs with no dateline: the label is skipped, not an end marker
    article = _parse(
        "Port talks with lenders start today",
        "Listen to article",
        "Talks between the port authority and its lenders on next year's budget will begin today by video link, as a "
        "visit by the lenders' team was put off over the weather, officials said on Tuesday.",
        "Both sides hope to settle the figures by Friday, and the visitors should come in person next week for the "
        "second round, an official said.",
    )
    assert article.title == "Port talks with lenders start today"
    assert article.body_paragraphs[0].startswith("Talks between the port authority")
    assert len(article.body_paragraphs) == 2


def test_share_buttons_listed_by_their_icons_alt_text_are_no_section() -> None:
    article = _parse(
        "Harbour board sued over dredging delays",
        "",
        "  • Facebook share button",
        "  • Kakao share button",
        "  • Link share button",
        "",
        "By Jane Tan",
        "",
        "The harbour board was sued on Friday by three shipping firms over delays in dredging the main channel, which "
        "they say cost them millions.",
        "",
        "The firms said the board had promised to finish the work last year but had not started it.",
    )
    assert article.section is None
    assert article.body_paragraphs[0].startswith("The harbour board was sued")


def test_an_appeals_heading_under_the_article_ends_it() -> None:
    # "Since you're here..." over a plea for the reader's business: page furniture, the article ended above it
    last = "Dealers expect trade to stay thin ahead of the long weekend, the brokerage said in its note."
    article = _parse(
        "Harbour index edges up in thin trade",
        "",
        "The Harbour Composite Index rose 0.3% to 1,204.55 on Wednesday as banks gained.",
        "",
        last,
        "",
        "Since you're here...",
        "",
        "...there are many ways our team can help your company reach its buyers, in print and online.",
        "",
        "Let us help your business grow with a good partnership!",
    )
    assert article.body_paragraphs[-1] == last


def test_the_writers_initials_and_the_newsroom_glued_to_the_last_stop_are_no_body() -> None:
    # "...—KB, Harbour Integrated News": the desk's sign-off run into the last paragraph; no wire, no agency
    article = _parse(
        "Two hurt as storm hits coastal towns",
        "",
        "Two people were hurt as a storm hit three coastal towns on Monday, the disaster office said.",
        "",
        "The storm is expected to leave the area by Wednesday.—KB, Harbour Integrated News",
    )
    assert article.body_paragraphs[-1] == "The storm is expected to leave the area by Wednesday."
    assert article.agency is None
