"""Attribution parsing: datelines, caption credits, agency/photographer/pool/handout, reporting lines."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms import credits


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("RIYADH/WASHINGTON (Reuters) - The U.S. and Russia agreed.", ("RIYADH/WASHINGTON", "Reuters")),
        ("KYIV (Reuters) - Ukraine said.", ("KYIV", "Reuters")),
        ("SINGAPORE (AFP) - Singapore's economy grew.", ("SINGAPORE", "AFP")),
        ("LONDON/NEW YORK (Reuters) - Oil rose.", ("LONDON/NEW YORK", "Reuters")),
        ("ST. PETERSBURG (Reuters) -- Talks began.", ("ST. PETERSBURG", "Reuters")),
        # a colon typed before the dash after the agency's brackets
        ("RIVERTON (Wire):-- Talks began.", ("RIVERTON", "Wire")),
        ("RIVERTON (Wire):– Talks began.", ("RIVERTON", "Wire")),
        ("RIVERTON (Wire):: Talks began.", None),
        ("KUALA LUMPUR: The man is believed to be overseas.", ("KUALA LUMPUR", None)),
        ("GEORGE TOWN: Villagers are up in arms.", ("GEORGE TOWN", None)),
        # A country after the city, before the agency; a story's own flag in the agency's place.
        ("SEPANG, Malaysia (Reuters) - Rain halted qualifying.", ("SEPANG, Malaysia", "Reuters")),
        ("NEW ORLEANS, United States (AFP) - The parade went ahead.", ("NEW ORLEANS, United States", "AFP")),
        ("MANILA, Philippines (UPDATED) – Senators met.", ("MANILA, Philippines", None)),
        # the update counted: a flag still, no agency; a count before any other word is no flag
        ("CEBU, Philippines (2nd UPDATE) – Senators met.", ("CEBU, Philippines", None)),
        ("RIVERTON (3rd Battalion) – Troops arrived on Monday to guard the bridge.", None),
        ("LONDON, Feb 19 (Reuters) - Oil rose.", ("LONDON, Feb 19", "Reuters")),
        ("Hà Nội (VNA) – The city will pilot a zone.", ("Hà Nội", "VNA")),  # a place in title case with diacritics
        # A town in title case with its province, then the agency.
        (
            "Tanjung Selor, North Kalimantan (ANTARA) - The port reopened.",
            ("Tanjung Selor, North Kalimantan", "ANTARA"),
        ),
        ("Meanwhile, Prime Minister Ahmad said the port reopened.", None),
        # a town in title case, its source and the day in brackets, then a dash: the source's own dateline
        ("Metro Riverton (Harbour TV, August 6) — The council met.", ("Metro Riverton", "Harbour TV")),
        ("The Metro Riverton council (Harbour TV) said it met.", None),  # no date in the bracket, no dash: a sentence
        # A wire's name in brackets running into the text, after a town in title case and a date.
        ("Tainan, Feb. 3 (CNA) The city will add bus lanes.", ("Tainan, Feb. 3", "CNA")),
        ("Health Ministry (MOH) said the clinics would open.", None),  # no wire: a sentence
        # A long dash run into the place and the text (Philippine pages).
        ("DAVAO CITY—The council approved the budget.", ("DAVAO CITY", None)),
        ("US—China talks resume on Monday.", None),  # two capitals joined by a dash: no place
        # ... or into the country after the place
        ("PORT ALMA, Philippines—The council approved the budget.", ("PORT ALMA, Philippines", None)),
        ("PORT ALMA, Philippines–The council approved the budget.", ("PORT ALMA, Philippines", None)),  # a short dash
        ("NORDIC–Baltic talks resume on Monday.", None),  # two names joined by a short dash: no place
        # The site's own initials after a town in title case, or its address before the town: no agency.
        ("Riverton, RT – The council approved the budget on Monday.", ("Riverton", None)),
        ("DAILYNEWS.CO, Riverton - The council approved the budget on Monday.", ("Riverton", None)),
        # ... the address before or after a place in capitals
        ("DAILYNEWS.CO.ID, RIVERTON -- The council approved the budget.", ("RIVERTON", None)),
        ("PORT ALMA, HARBOURNEWS.COM -- The council approved the budget.", ("PORT ALMA", None)),
        ("Mr Tan, the owner of HARBOURNEWS.COM - said the budget passed.", None),
        # The day before the month, as British-style pages print it.
        ("GEORGE TOWN, 12 March — The walkway opens.", ("GEORGE TOWN, 12 March", None)),
        ("HANOI, 3 Sept (VNA) – Exports rose.", ("HANOI, 3 Sept", "VNA")),
        # The month in capitals, either way round (a Malay month's name too).
        ("RIVERTON, MAR 7: Flood victims rose to 300.", ("RIVERTON, MAR 7", None)),
        ("PORT ALMA, 14 OGOS – Penerbangan itu ditunda.", ("PORT ALMA, 14 OGOS", None)),
        ("THE old river port was once a busy harbour.", None),
        ("The South China Sea is experiencing overcrowding", None),
        ("Q: What do you think?", None),
        ("I REFER to the report.", None),
        ("STOCKS: Local shares closed flat on Wednesday.", None),  # a market briefing's item label
        ("REVIEWS: Harbour Film Week 2021", None),  # a headline opening with its kind of story, as "OPINION: ..."
        ("WRITER: Somchai Preecha", None),  # a labelled byline
        ("PRINT SECTION: Business", None),  # a label and its value, no sentence
        ("WARNING: This report shows pictures of people who have since died.", None),  # advisory
        ("SINGAPORE: Shares rose.", ("SINGAPORE", None)),  # a short sentence is one
        ("PADANG- Rice prices rose for a third week in March.", ("PADANG", None)),  # a short dash run into the place
        ("ABS-CBN- The network said.", None),  # a hyphen inside a name in capitals
        # the short dash run into the country after the town
        ("RIVERTON, Mekongia- Farmers began the harvest early this year.", ("RIVERTON, Mekongia", None)),
        ("Riverton is well-known- and busy in the harvest season.", None),
        # a place in capitals and its country in title case before a colon
        ("PORT ALMA, Mekongia: Protesters marched again on Sunday.", ("PORT ALMA, Mekongia", None)),
        ("Meanwhile, Officials: the count goes on.", None),
        # a place in capitals whose colon runs into the lead's first word; a section's label so glued is none
        ("PORT ALMA:Farmers began the harvest early this year.", ("PORT ALMA", None)),
        ("LETTERS:Dr Tan's exit from the cabinet is a loss to the ministry.", None),
        # a wire's tag for an archive photo opening its caption, no place
        ("FILE - A ferry leaves the harbour at dawn, Monday, May 2, 2022. (Wire Photo/Jane Doe, File)", None),
        ("FILE: A crowd gathers at the town square during a rally.", None),
    ],
)
def test_dateline_of(paragraph: str, expected: tuple[str, str | None] | None) -> None:
    assert credits.dateline_of(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "caption", "credit"),
    [
        # A labelled credit closed by the caption's own full stop; a name in a script without case.
        (
            "The cabinet meets at Government House. Photo: สมชาย ใจดี Somchai Jaidee / Facebook.",
            "The cabinet meets at Government House.",
            "Photo: สมชาย ใจดี Somchai Jaidee / Facebook",
        ),
        # The national agency's photo credit in Malay opens in lower case; a lower-case sentence after a dash does not.
        (
            "Pemain negara di lapangan terbang, hari ini. -- fotoBERNAMA (2016) HAK CIPTA TERPELIHARA",
            "Pemain negara di lapangan terbang, hari ini.",
            "fotoBERNAMA (2016) HAK CIPTA TERPELIHARA",
        ),
        ("Residents wait at the hall -- the minister said so", None, None),
        (
            "According to valuers, a tract of land near the airport was sold at RM300 per sq ft last year, testament"
            " to the value of land near an international airport. Starpic by Zainal Ahmad",
            "According to valuers, a tract of land near the airport was sold at RM300 per sq ft last year, testament"
            " to the value of land near an international airport.",
            "Starpic by Zainal Ahmad",
        ),
        # "Picture:" labels a credit as "Photo:" does, in any case; a sentence naming a picture is no credit.
        (
            "Cane fields burn outside Lautoka. Picture: MERE TUILAU",
            "Cane fields burn outside Lautoka.",
            "Picture: MERE TUILAU",
        ),
        ("Crowds at the fair. PICTURE: Jone Vula", "Crowds at the fair.", "PICTURE: Jone Vula"),
        ("The council saw the picture: a town without water.", None, None),
        # "Image:" labels a credit as "Photo:" does, a person's name as well as an agency's.
        (
            "Officials at the briefing in the capital. Image: Hana Rosli",
            "Officials at the briefing in the capital.",
            "Image: Hana Rosli",
        ),
        ("The report gave the council an image: a town without water.", None, None),
        # "Credit:" glued to the caption's full stop, as "Photos:" may be.
        (
            "The new mayor and her deputy at the hall.Credit: Alex Tan",
            "The new mayor and her deputy at the hall.",
            "Credit: Alex Tan",
        ),
        # "Pix by" glued to the stop as well, the picture desk's date kept with the credit.
        (
            "The lake at the edge of the reserve.Pix by Alex Tan/The Star/3 June 2016.",
            "The lake at the edge of the reserve.",
            "Pix by Alex Tan/The Star/3 June 2016.",
        ),
        ("Rivers were mapped.Photos by the volunteers helped.", None, None),
        (
            "Witkoff at Diriyah Palace, February 18, 2025. REUTERS/Evelyn Hockstein/Pool",
            "Witkoff at Diriyah Palace, February 18, 2025.",
            "REUTERS/Evelyn Hockstein/Pool",
        ),
        (
            "A firefighter in Kharkiv, March 14, 2025. REUTERS/Sofiia Gatilova",
            "A firefighter in Kharkiv, March 14, 2025.",
            "REUTERS/Sofiia Gatilova",
        ),
        (
            "Zelenskiy in Kyiv, March 13, 2025. Ukrainian Presidential Press Service/Handout via REUTERS",
            "Zelenskiy in Kyiv, March 13, 2025.",
            "Ukrainian Presidential Press Service/Handout via REUTERS",
        ),
        (
            "Joint effort: Naval ships in the Straits of Malacca. — Reuters",
            "Joint effort: Naval ships in the Straits of Malacca.",
            "Reuters",
        ),
        ("Shoppers at a market in Kuala Lumpur. — AFP", "Shoppers at a market in Kuala Lumpur.", "AFP"),
        (
            "Rising waters: Residents wade through a road in Klang. — Bernama pic",
            "Rising waters: Residents wade through a road in Klang.",
            "Bernama pic",
        ),
        (
            "Staff return to the office. — Photo by Annie Spratt on Unsplash",
            "Staff return to the office.",
            "Photo by Annie Spratt on Unsplash",
        ),
        (
            "Volunteers at a relief centre. — AZHAR MAHFOF and SAM THAM/The Star",
            "Volunteers at a relief centre.",
            "AZHAR MAHFOF and SAM THAM/The Star",
        ),
        (
            "Leaders meet in the Asia-Pacific region. REUTERS/Name",
            "Leaders meet in the Asia-Pacific region.",
            "REUTERS/Name",
        ),
        (
            "Rosli has said the group would keep adding capacity at its plant.",
            "Rosli has said the group would keep adding capacity at its plant.",
            None,
        ),
        ("The harbour was – crowded by larger foreign fleets", None, None),
        # A wire desk's credit in brackets, after a date with its own full stop; brackets of text stay text.
        (
            "Farmers plant rice in Takeo province, Cambodia, Feb. 20. (Xinhua/Sok Dara)",
            "Farmers plant rice in Takeo province, Cambodia, Feb. 20.",
            "Xinhua/Sok Dara",
        ),
        ("The coalition kept its seats (PH/BN).", None, None),
        # A source's name and the photo word in brackets: a credit; a lower-case aside stays text.
        (
            "Stall owners wait for buyers in Kuantan. (Tribune pic)",
            "Stall owners wait for buyers in Kuantan.",
            "Tribune pic",
        ),
        (
            "Commuters at the new station. (KL Courier file photo)",
            "Commuters at the new station.",
            "KL Courier file photo",
        ),
        ("The stall was busy all day (see pic)", None, None),
        # An Asian wire, or "Supplied", alone in brackets after the caption's full stop.
        ("Rice terraces in Ifugao after the rain. (Kyodo)", "Rice terraces in Ifugao after the rain.", "Kyodo"),
        ("Volunteers pack relief goods on Friday. (Supplied)", "Volunteers pack relief goods on Friday.", "Supplied"),
        ("The ferry at its berth. (Supplied: Port Authority)", "The ferry at its berth.", "Supplied: Port Authority"),
        (
            "Cadets lower the flag at the harbour fort. (Photographer: Ana Cruz/Tidewire)",
            "Cadets lower the flag at the harbour fort.",
            "Photographer: Ana Cruz/Tidewire",
        ),
        ("The photographer was at the fort (photographer's own)", None, None),
        ("The talks ended without a deal (Reuters)", None, None),
        (
            "Nurses prepare vaccines at a school in Fairview. (Photo courtesy of the city health office)",
            "Nurses prepare vaccines at a school in Fairview.",
            "Photo courtesy of the city health office",
        ),
        # A desk's photo credit after the caption's full stop ("PNA photo by Name").
        (
            "A damaged bridge in Barangay Upper Tinago. PNA photo by Ana Cruz",
            "A damaged bridge in Barangay Upper Tinago.",
            "PNA photo by Ana Cruz",
        ),
        ("He said the photo by the lake was taken by his son.", None, None),
        # A stock library or a photo agency that signs "PIX" is a credit after the dash.
        ("Lessons online have become cheaper. — 123rf", "Lessons online have become cheaper.", "123rf"),
        ("The pair in action last month. - SHUTTLEPIX", "The pair in action last month.", "SHUTTLEPIX"),
        # A credit that says it is one, after the caption's full stop.
        (
            "Officers inspect the seized boat at the pier. Credit: Marine Police",
            "Officers inspect the seized boat at the pier.",
            "Credit: Marine Police",
        ),
        # ... naming a stock library whose name opens in lower case
        ("Stock image. Credit: iStock Photo", "Stock image.", "Credit: iStock Photo"),
        ("PHOTOGRAPHY: FESTIVE SPECIALS - INSTANT PORTRAITS", None, None),  # a listing's heading, no credit
        (
            "Villagers lay pipes to the new tank. Image credit: Jane Tan",
            "Villagers lay pipes to the new tank.",
            "Image credit: Jane Tan",
        ),
        # A credit that closes with its own full stop after a spaced hyphen.
        (
            "Traders watch screens at a stock exchange - Reuters file photo.",
            "Traders watch screens at a stock exchange",
            "Reuters file photo.",
        ),
        ("Output rose in the season (2024/25).", None, None),
        # The social platform the photo was taken from, alone in brackets after the caption's stop.
        ("Volunteers pack rice at the town hall. (Facebook)", "Volunteers pack rice at the town hall.", "Facebook"),
        ("He said he would post the video (Facebook)", None, None),  # no stop before it: text in brackets
        # A screenshot named alone in brackets after the caption's stop: the photo is a frame of a screen.
        (
            "The mayor answers questions at an online briefing on Monday. (Screenshot)",
            "The mayor answers questions at an online briefing on Monday.",
            "Screenshot",
        ),
        # "Supplied" or a stock library in brackets closes a caption with no stop before it.
        (
            "Pupils visit the court on a school trip (Shutterstock)",
            "Pupils visit the court on a school trip",
            "Shutterstock",
        ),
        (
            "Some of the homes hit by the storm on May 2 (Supplied)",
            "Some of the homes hit by the storm on May 2",
            "Supplied",
        ),
        # A wire's date with the month abbreviated ends no sentence: the credit starts after the year.
        (
            "Hikers cross a rope bridge near the border, on Dec. 14, 2031. Photo by Jane Tan/AFP/Getty Images",
            "Hikers cross a rope bridge near the border, on Dec. 14, 2031.",
            "Photo by Jane Tan/AFP/Getty Images",
        ),
        (
            "Hikers cross a rope bridge on Sept. 4, 2023. Photo by Jane Tan/AFP",
            "Hikers cross a rope bridge on Sept. 4, 2023.",
            "Photo by Jane Tan/AFP",
        ),
        # a labelled credit run on to a caption with no sentence end
        (
            "Storm clouds over the harbour this week Picture: JANE ROSE TAN Ledger",
            "Storm clouds over the harbour this week",
            "Picture: JANE ROSE TAN Ledger",
        ),
        ("Riverton Rugby House", "Riverton Rugby House", None),
        ("Riverton Rugby House Photo: Jane Tan/Paper", "Riverton Rugby House", "Photo: Jane Tan/Paper"),
        (
            "Floods have left dozens homeless, officials say Credit: WIRE",
            "Floods have left dozens homeless, officials say",
            "Credit: WIRE",
        ),
        ("The mayor told reporters Photo: the vote comes first", None, None),  # a sentence after the colon
        ("Pupils in a new classroom Photo Credit: Jane Tan", None, None),  # one label: no caption word "Photo"
        ("Pupils in a new classroom Image Credit: Jane Tan", None, None),
        ("Pupils in a new classroom Picture Credit: Jane Tan", None, None),
        ("Pupils in a new classroom Photograph: Jane Tan", "Pupils in a new classroom", "Photograph: Jane Tan"),
        # the owner's name of six words
        (
            "Storm clouds over the harbour this week Photos: Jane Tan Ledger Wire Desk Team",
            "Storm clouds over the harbour this week",
            "Photos: Jane Tan Ledger Wire Desk Team",
        ),
        # a sentence after the colon, its first word capitalized
        ("Residents were told to stay indoors this week Credit: Officials say more rain is due", None, None),
        # a paper's archive photo: its name in capitals before "FILE" after the caption's sentence end
        (
            "Crews clear a landslide near Riverton on Monday, Jan. 4, 2027. Roads reopened later. DAILY POST FILE",
            "Crews clear a landslide near Riverton on Monday, Jan. 4, 2027. Roads reopened later.",
            "DAILY POST FILE",
        ),
        ("Crews clear the road. Daily Post FILE", None, None),  # the name not in capitals: no archive credit
        ("Fans queue to see THE MOON FILE", None, None),  # no sentence end before it: the caption's own words
        ("Crews clear the road. RIVERTON COUNCIL HAS OPENED A NEW FILE", None, None),  # too many words
        # a map's or a graphic's maker in brackets, labelled as a photo's credit is
        (
            "Smoke over the northern provinces on Tuesday morning (Map: Regional Weather Centre)",
            "Smoke over the northern provinces on Tuesday morning",
            "Map: Regional Weather Centre",
        ),
        (
            "Where the new ferry lines run (Graphic: Lina Marzuki)",
            "Where the new ferry lines run",
            "Graphic: Lina Marzuki",
        ),
        ("The council will print the new bus routes on Monday (maps are online)", None, None),  # no label: words
        # the map's label after a dash, as a photo's
        (
            "Smoke over the northern provinces on Tuesday morning — Map: Regional Weather Centre",
            "Smoke over the northern provinces on Tuesday morning",
            "Map: Regional Weather Centre",
        ),
        ("Crews widen the harbour road — map of the new quay", None, None),  # no label's colon: words
        # a labelled credit closing on a site's name in lower case, the caption's stop after it
        (
            "A ferry at the river mouth. Photo: Tomas Brandt / flickr.",
            "A ferry at the river mouth.",
            "Photo: Tomas Brandt / flickr",
        ),
        ("A ferry at the river mouth. Photo: the mayor at work.", None, None),  # words in lower case: a sentence
        # the same with the photo's Creative Commons licence after the site's name and its stop
        (
            "A ferry at the river mouth. Photo: Tomas Brandt / flickr. CC BY 2.0.",
            "A ferry at the river mouth.",
            "Photo: Tomas Brandt / flickr. CC BY 2.0",
        ),
        (
            "Gulls over the quay. Photo: Ana Ruiz / wikimedia. CC BY-SA 4.0.",
            "Gulls over the quay.",
            "Photo: Ana Ruiz / wikimedia. CC BY-SA 4.0",
        ),
        # near miss: words in lower case after the label and before the licence are a sentence's, no credit
        ("A ferry at the river mouth. Photo: the mayor at work. CC BY 2.0.", None, None),
    ],
)
def test_split_caption_credit(paragraph: str, caption: str | None, credit: str | None) -> None:
    assert credits.split_caption_credit(paragraph) == (caption or paragraph, credit)


@pytest.mark.parametrize(
    ("paragraph", "caption", "credit"),
    [
        # brackets right after the caption's stop, holding what a credit after a dash holds: the photo's credit
        ("Riders wait at the east gate. (Daily Ledger/File)", "Riders wait at the east gate.", "Daily Ledger/File"),
        ("Riders wait at the east gate. (Filepic)", "Riders wait at the east gate.", "Filepic"),
        ("Riders wait at the east gate. (HARBOURPHOTO)", "Riders wait at the east gate.", "HARBOURPHOTO"),
        ("Riders wait at the east gate. (Ledger file pic, May 4, 2030)", "Riders wait at the east gate.",
         "Ledger file pic, May 4, 2030"),
        # no stop before the brackets, or no credit's shape in them: the sentence's own words
        ("Riders wait at the east gate (HARBOURPHOTO)", None, None),
        ("The fare rose by a fifth. (US$1 = 4.20 ringgit)", None, None),
        ("The fare rose by a fifth. (Additional reporting by Jane Tan)", None, None),
        ("The fare rose by a fifth. (See chart)", None, None),
        # a source after its label and a dash, as in brackets: a credit's shape or a site's address alone
        ("Riders wait at the east gate \u2014 Source: Jane Tan/The Ledger", "Riders wait at the east gate",
         "Source: Jane Tan/The Ledger"),
        ("Riders wait at the east gate - Source: ledger.example.com", "Riders wait at the east gate",
         "Source: ledger.example.com"),
        ("Riders wait \u2013 Source: the council said the gate was shut.", None, None),
        # a photo's label in capitals right after the caption's last word in lower case, no stop between
        ("Riders wait at the east gate PHOTO: RNA", "Riders wait at the east gate", "PHOTO: RNA"),
        ("Riders wait at the east gate PHOTO: Jane Tan/The Ledger", "Riders wait at the east gate",
         "PHOTO: Jane Tan/The Ledger"),
        ("Riders wait at the east gate PHOTOS: JANE TAN", "Riders wait at the east gate", "PHOTOS: JANE TAN"),
        # a desk's initials before the label, or no name after it: the caption's own words
        ("Riders wait at the east gate LT PHOTO: JANE TAN", None, None),
        ("Riders told of the PHOTO: the gate was shut", None, None),
    ],
)  # fmt: skip
def test_a_credit_set_off_in_brackets_after_the_stop_by_a_source_label_or_a_label_in_capitals(
    paragraph: str, caption: str | None, credit: str | None
) -> None:
    assert credits.split_caption_credit(paragraph) == (caption or paragraph, credit)


@pytest.mark.parametrize(
    ("paragraph", "caption", "credit"),
    [
        (
            "Tennis - Australian Open - Melbourne Park, Melbourne, Australia - January 26, 2025 Italy's Jannik "
            "Sinner celebrates after winning the men's singles final against Germany's Alexander Zverev "
            "REUTERS/Edgar Su",
            "Tennis - Australian Open - Melbourne Park, Melbourne, Australia - January 26, 2025 Italy's Jannik "
            "Sinner celebrates after winning the men's singles final against Germany's Alexander Zverev",
            "REUTERS/Edgar Su",
        ),
        ("Rubio and Lavrov meet in Riyadh REUTERS/Evelyn Hockstein/Pool", "Rubio and Lavrov meet in Riyadh",
         "REUTERS/Evelyn Hockstein/Pool"),
        ("Kim Jong Un inspects a factory KCNA/Handout via REUTERS", "Kim Jong Un inspects a factory",
         "KCNA/Handout via REUTERS"),
        ("Pedestrians on a broken walkway in Kuala Lumpur AZHAR MAHFOF and SAM THAM/The Star",
         "Pedestrians on a broken walkway in Kuala Lumpur", "AZHAR MAHFOF and SAM THAM/The Star"),
        ("Crowds gather at the stadium for the final AFP/Name", "Crowds gather at the stadium for the final",
         "AFP/Name"),
        # A photo agency distributed by a wire: the credit starts at the distributor's name.
        ("Villa's keeper saves the penalty Action Images via Reuters/Lee Smith", "Villa's keeper saves the penalty",
         "Action Images via Reuters/Lee Smith"),
        ("Fans wave flags along the route via Reuters/Lee Smith", "Fans wave flags along the route via",
         "Reuters/Lee Smith"),
        # Where the source's name starts is a guess after a capitalized word: no split.
        ("Zelenskiy speaks in Kyiv Ukrainian Presidential Press Service/Handout via REUTERS", None, None),
        # A slash inside the text is no credit.
        ("Networks still run on TCP/IP", None, None),
        ("The 2024/25 season opens in August", None, None),
        ("Prices may rise and/or fall Reuters", None, None),
        ("REUTERS/Edgar Su", None, None),  # a credit with no caption text
    ],
)  # fmt: skip
def test_run_on_slash_credit_without_sentence_end(paragraph: str, caption: str | None, credit: str | None) -> None:
    assert credits.split_caption_credit(paragraph) == (caption or paragraph, credit)


@pytest.mark.parametrize(
    ("credit", "agency", "photographer", "pool", "handout"),
    [
        ("REUTERS/Evelyn Hockstein/Pool", "Reuters", "Evelyn Hockstein", True, False),
        ("REUTERS/Sofiia Gatilova", "Reuters", "Sofiia Gatilova", False, False),
        ("Ukrainian Presidential Press Service/Handout via REUTERS", "Reuters", None, False, True),
        ("REUTERS/Lisa Leutner/File Photo", "Reuters", "Lisa Leutner", False, False),
        ("Reuters", "Reuters", None, False, False),
        ("AFP", "AFP", None, False, False),
        ("Bernama pic", "Bernama", None, False, False),
        ("Photo by Annie Spratt on Unsplash", "Unsplash", "Annie Spratt", False, False),
        ("AZHAR MAHFOF and SAM THAM/The Star", "The Star", "AZHAR MAHFOF and SAM THAM", False, False),
        (None, None, None, False, False),
    ],
)
def test_credit_fields(
    credit: str | None, agency: str | None, photographer: str | None, pool: bool, handout: bool
) -> None:
    assert credits.agency_of_credit(credit) == agency
    assert credits.photographer_of_credit(credit) == photographer
    assert credits.is_pool(credit) is pool
    assert credits.is_handout(credit) is handout


@pytest.mark.parametrize(
    ("line", "reporters", "editors"),
    [
        (
            "(Reporting by Humeyra Pamuk and Simon Lewis; Editing by Frances Kerry)",
            ("Humeyra Pamuk", "Simon Lewis"),
            ("Frances Kerry",),
        ),
        (
            "(Reporting by Olena Harmash in Kyiv and Max Hunder; Additional reporting by Lidia Kelly in Melbourne; "
            "Editing by Timothy Heritage and Gareth Jones)",
            ("Olena Harmash", "Max Hunder", "Lidia Kelly"),
            ("Timothy Heritage", "Gareth Jones"),
        ),
        (
            "(Reporting by A in London, B in Houston and C in Beijing; Writing by D; Editing by E, F)",
            ("A", "B", "C", "D"),
            ("E", "F"),
        ),
        (
            "(Additional reporting by Mark Trevelyan in London; Editing by Alison Williams)",
            ("Mark Trevelyan",),
            ("Alison Williams",),
        ),
        ("Reporting by Ellen Zhang; Editing by Sam Holmes", ("Ellen Zhang",), ("Sam Holmes",)),
        ("— Reporting by Ellen Zhang; Editing by Sam Holmes", ("Ellen Zhang",), ("Sam Holmes",)),  # opened by a dash
        ("(Edited by Sam Holmes)", (), ("Sam Holmes",)),  # the desk's note of one role, in brackets
        # A place may hold commas: it runs to the next ' and ' / ';', or to a comma before a person with a place.
        (
            "(Reporting by Noel Randewich in Oakland, California and Stephen Culp in New York; "
            "Editing by Richard Chang)",
            ("Noel Randewich", "Stephen Culp"),
            ("Richard Chang",),
        ),
        ("(Reporting by David Shepardson in Washington, D.C.; Editing by Leslie Adler)", ("David Shepardson",),
         ("Leslie Adler",)),
        ("(Reporting by A in X and B in Y; Editing by E)", ("A", "B"), ("E",)),
        ("(Reporting by A and B in X; Editing by E)", ("A", "B"), ("E",)),
        ("(Reporting by A, B and C; Editing by E)", ("A", "B", "C"), ("E",)),
        ("(Reporting by A in X, Y and B in Z; Editing by E)", ("A", "B"), ("E",)),  # "X, Y" is one place
        ("(Reporting by A in Oakland, California and B; Editing by E)", ("A", "B"), ("E",)),
        ("(Reporting by A in Washington, D.C., and B in Ottawa; Editing by E)", ("A", "B"), ("E",)),
        ("(Reporting by A in Oakland, California, B in New York and C; Editing by E)", ("A", "B", "C"), ("E",)),
        ("(Reporting by A and A; Editing by E)", ("A",), ("E",)),  # a name given twice is one person
    ],
)  # fmt: skip
def test_reporting_lines(line: str, reporters: tuple[str, ...], editors: tuple[str, ...]) -> None:
    assert credits.is_credits_line(line)
    assert credits.people_of_credits_line(line) == (reporters, editors)


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by the BBC showed the scale of the damage.",
        "He was reporting by phone (from Kyiv).",
        "(Editing notes)",
    ],
)
def test_body_sentences_are_not_reporting_lines(line: str) -> None:
    assert not credits.is_credits_line(line)


def test_trailing_bernama() -> None:
    for suffix in (" - Bernama", " — Bernama", " -- Bernama", " –Bernama"):
        found = credits.trailing_agency("The incentive will be paid next month." + suffix)
        assert found == credits.TrailingAgency("The incentive will be paid next month.", "Bernama")
    assert credits.trailing_agency("Razarudin told Bernama on Friday.") is None
    assert credits.is_agency_signoff("- Bernama") and not credits.is_agency_signoff("said Bernama")


@pytest.mark.parametrize(
    ("paragraph", "agency"),
    [
        ("No tsunami warning was issued. — Reuters", "Reuters"),
        ("Prices rose 3%, the ministry said. - AFP", "AFP"),
        ("The vote is on Friday. — AP", "AP"),
        ("Trade grew 5%, customs data showed. -- Xinhua", "Xinhua"),
        ("Shares fell 2%. — Bloomberg", "Bloomberg"),
        ("He said.— REUTERS", "Reuters"),
        ("The data came from Thomson-Reuters", None),  # a hyphen inside a word signs nothing off
        ("The group bought a stake in Reuters", None),
        ("He waved at the AP", None),
        ("— Reuters", None),  # a sign-off with no paragraph before it
    ],
)
def test_trailing_wire_agency(paragraph: str, agency: str | None) -> None:
    found = credits.trailing_agency(paragraph)
    assert (found.agency if found else None) == agency
    if found is not None:
        assert not found.paragraph.endswith(("-", "—", agency or "?"))


@pytest.mark.parametrize(
    ("paragraph", "wire"),
    [
        ("Patrols were stepped up across the city.   -UNB", "UNB"),
        ("Patrols were stepped up across the city.-UNB", "UNB"),  # glued to the stop
        ("Patrols were stepped up across the city.—KNA", "KNA"),
        ("Patrols were stepped up across the city. KNA", "KNA"),  # no dash: a space after the stop
        ('"We stay open," the owner said. KNA', "KNA"),
        ("Patrols were stepped up across the city KNA", None),  # no stop before it
        ("Patrols were stepped up across the city. UN", None),  # too short for a wire's acronym
        ("Ties with the U.S.-ASEAN bloc grew", None),  # a compound in an unfinished line: no stop before its dash
        # a known wire's acronym and the paper's joined by a slash after a dash: one sign-off, the pair its agency
        ("Patrols were stepped up across the city. — VNA/HNP", "VNA/HNP"),
        ("Patrols were stepped up across the city. —AFP/JIJI", "AFP/JIJI"),
        ("Patrols were stepped up across the city. — AFP/POOL", None),  # a photo's credit word after the slash
        ("Patrols were stepped up across the city. — QRS/HNP", None),  # no known wire before the slash
        ("Patrols were stepped up across the city. VNA/HNP", None),  # no dash: no pair taken
        # the paragraph's own subject closing it with no dash: the body's word, no wire
        ("The HRB will keep watch, in line with the HRB's mandate of safe harbours. HRB", None),
        ("The HRBX will keep watch over the harbours. HRB", "HRB"),  # only a longer word holds its letters
        ("The HRB will keep watch over the harbours. — HRB", "HRB"),  # after a dash: a sign-off
    ],
)
def test_a_wires_acronym_signs_off_after_the_last_stop_spaced_or_glued(paragraph: str, wire: str | None) -> None:
    found = credits.trailing_wire(paragraph)
    assert (found.agency if found else None) == wire


@pytest.mark.parametrize(
    ("paragraph", "dateline"),
    [
        # a name glossed with its initials opens a sentence: no place, no wire
        ("Central News Agency (CNA) recently reported that the harbour would reopen next month.", None),
        (
            "Taipei, Jan. 9 (CNA) The harbour will reopen next month, officials said on Monday.",
            ("Taipei, Jan. 9", "CNA"),
        ),
    ],
)
def test_a_name_glossed_with_its_initials_is_no_dateline(
    paragraph: str, dateline: tuple[str, str | None] | None
) -> None:
    assert credits.dateline_of(paragraph) == dateline


def test_signoff_line_of_its_own() -> None:
    assert credits.signoff_agency("— Reuters") == "Reuters"
    assert credits.signoff_agency("- Bernama") == "Bernama"
    assert credits.signoff_agency("Reuters") is None


_AGENCYISH = st.lists(
    st.sampled_from(
        [
            *("ap", "AP", "ann", "Ann", "snap", "apt", "_ap", "reuters", "Bernama", "the star", "x", ".", "-"),
            *("epa", "EPA-EFE", "separate", "epa2", "_epa", "start", "the start", "TheStar", "thestars", "\u212a"),
        ]
    ),
    max_size=8,
).map(" ".join)


@given(st.one_of(_AGENCYISH, st.text(alphabet="apnAPN _-.éİrsſıethE\u212a", max_size=30)))
def test_the_agency_gate_answers_as_the_agency_pattern(text: str) -> None:
    # _mentions_agency is a fast path for _ANY_AGENCY.search on every body paragraph: same answer always.
    assert credits._mentions_agency(text, text.lower()) == (credits._ANY_AGENCY.search(text) is not None)


@pytest.mark.parametrize("text", ["Photo: reuterſ", "xınhua news", "by the ſtar", "Photo: Reuters", "no wire here"])
def test_the_agency_gate_reads_the_letters_the_pattern_folds_to_ascii(text: str) -> None:
    # the long s and the dotless i match "s" and "i" in a pattern ignoring case; lowering keeps them
    assert credits._mentions_agency(text, text.lower()) == (credits._ANY_AGENCY.search(text) is not None)


def test_the_caption_slot_knows_an_asian_wire_alone_after_a_bar() -> None:
    paragraph = "Pilgrims climb the temple steps in Nikko at dawn. | JIJI"
    assert credits.split_slot_caption(paragraph) == ("Pilgrims climb the temple steps in Nikko at dawn.", "JIJI")


def test_the_caption_slot_knows_a_credit_after_a_bar() -> None:
    paragraph = "Firefighters battle the blaze in Tondo on Tuesday night. | Photograph courtesy of City Fire Bureau"
    assert credits.split_slot_caption(paragraph) == (paragraph[:56], "Photograph courtesy of City Fire Bureau")
    assert credits.split_slot_caption("Budget 2025 | What it means for every household") == (
        "Budget 2025 | What it means for every household",
        None,
    )


@pytest.mark.parametrize(
    ("paragraph", "credit"),
    [
        ("Containers stacked at the port on Tuesday. [Ledger Photo / Ana Reyes]", "Ledger Photo / Ana Reyes"),
        (
            "Workers load rice at a warehouse. | Photo courtesy of the Rice Federation",
            "Photo courtesy of the Rice Federation",
        ),
    ],
)
def test_the_caption_slot_knows_credits_in_square_brackets_and_labelled_after_a_bar(
    paragraph: str, credit: str
) -> None:
    assert credits.split_slot_caption(paragraph)[1] == credit
    assert credits.split_slot_caption("Output rose in the season [2024/25].")[1] is None


def test_a_listing_heading_is_no_credit_line() -> None:
    # "PHOTOGRAPHY: ..." opens an arts listing; "Photos by NAME" on a line of its own is a credit.
    assert not credits.is_credit_only("PHOTOGRAPHY: FESTIVE SPECIALS - INSTANT PORTRAITS")
    assert credits.is_credit_only("Photos by AMANDA LEE")


@pytest.mark.parametrize(
    ("paragraph", "agency"),
    [
        ("(AFP) — Floods have cut the main road to the border town, officials said.", "AFP"),
        ("(Kyodo) - The ministry will review the rules.", "Kyodo"),
        ("(RADIOWORLD) -Against all forecasts, tea growers had a good season in 2031.", "RADIOWORLD"),  # dash glued
        ("(UPDATED) — Senators met on Monday.", None),  # a story's own flag names no agency
        ("(UPDATED) -Senators met on Monday.", None),
        ("(Ali Bakar) -with friends at the fair.", None),  # glued to a word in lower case: no lead
        ("(From left) Ali, Tan and Raju at the launch.", None),
        ("The ministry (MOH) - which runs the clinics - said.", None),
    ],
)
def test_a_wire_lead_without_its_place_names_its_agency(paragraph: str, agency: str | None) -> None:
    assert credits.opening_agency(paragraph) == agency


@pytest.mark.parametrize(
    ("paragraph", "credit"),
    [
        ("Fishermen haul their nets at dawn in Tanjung Bay. ( MP/Jane Tan)", "MP/Jane Tan"),  # a space inside
        (
            "Fishermen haul their nets at dawn in Tanjung Bay. (harbour.example.com/Jane Tan)",
            "harbour.example.com/Jane Tan",
        ),
    ],
)
def test_a_bracketed_slot_credit_with_a_space_inside_or_a_site_address_as_its_source(
    paragraph: str, credit: str
) -> None:
    assert credits.split_slot_caption(paragraph) == ("Fishermen haul their nets at dawn in Tanjung Bay.", credit)


@pytest.mark.parametrize(
    ("paragraph", "credit"),
    [
        ("The mayor waves after the count. (Marta Ilunga, Harbour Gazette)", "Marta Ilunga, Harbour Gazette"),
        ('Council members debate the "levy" at the hall. (Piet Rooyen, Tribune)', "Piet Rooyen, Tribune"),
    ],
)
def test_a_photographer_and_paper_in_brackets_with_a_comma_between_them(paragraph: str, credit: str) -> None:
    assert credits.split_slot_caption(paragraph) == (paragraph[: paragraph.rindex(" (")], credit)
    # a place in brackets is no credit unless a name of two words or more and a paper stand there
    assert credits.split_slot_caption("The market opened at dawn. (Lagos, Nigeria)")[1] is None


def test_a_bracketed_photo_from_credit() -> None:
    paragraph = "The mayor arrives at the town hall for the hearing. (Photo from City Press Office)"
    assert credits.split_caption_credit(paragraph) == (paragraph[:51], "Photo from City Press Office")


@pytest.mark.parametrize(
    ("paragraph", "caption", "credit"),
    [
        # after the caption's sentence, no brackets: the photo's kind, "from", its source
        (
            "The lead actors won the top prize at this year's festival. Screencap from RIVER FILMS/YOUTUBE",
            "The lead actors won the top prize at this year's festival.",
            "Screencap from RIVER FILMS/YOUTUBE",
        ),
        ("Rescuers search the rubble on Monday. Screenshot from City TV", None, "Screenshot from City TV"),
        # in brackets before the caption's own full stop
        (
            "A strong quake struck off the east coast on Tuesday afternoon (image from Central Weather Office).",
            "A strong quake struck off the east coast on Tuesday afternoon",
            "image from Central Weather Office",
        ),
        # the source a web address, typed in lower case: a domain, or a link ending in its slash
        (
            "The storm was expected to pass east of the islands this evening. Screen grab from tides.example.gov.ph",
            None,
            "Screen grab from tides.example.gov.ph",
        ),
        (
            "Colonel Ana Reyes, head of the provincial fire bureau. Photo from https://www.firebureau-r7.example.org/",
            None,
            "Photo from https://www.firebureau-r7.example.org/",
        ),
        # the same credit set off by a dash after the caption's stop
        (
            "Volunteers fill sandbags near the old bridge. — Photo from Riverton Council",
            "Volunteers fill sandbags near the old bridge.",
            "Photo from Riverton Council",
        ),
        (
            "The storm's path over the islands on Tuesday. - Screen grab from tides.example.gov.ph",
            "The storm's path over the islands on Tuesday.",
            "Screen grab from tides.example.gov.ph",
        ),
        # after a dash in lower case, the sentence's own words
        ("The town was stunned – images from the harbour showed the damage", None, None),
        ("The town was stunned – images from Riverton", None, None),
        # a sentence that tells of photos from somewhere is no credit
        ("He said the photos from the village were taken on Monday.", None, None),
        ("Readers sent us photos from example.org after the storm.", None, None),
        ("Residents shared pictures from the flooded street (see below).", None, None),
    ],
)
def test_a_photos_kind_and_where_it_came_from(paragraph: str, caption: str | None, credit: str | None) -> None:
    if caption is None and credit is not None:
        caption = paragraph[: paragraph.rindex(". ") + 1]
    assert credits.split_caption_credit(paragraph) == (caption or paragraph, credit)


def test_a_papers_initials_before_a_photo_label_are_a_credit() -> None:
    paragraph = "Ferry passengers wait at the jetty on Monday. MP PHOTO: JANE TAN"
    assert credits.split_caption_credit(paragraph) == (paragraph[:45], "MP PHOTO: JANE TAN")


def test_a_place_and_its_country_in_title_case_before_a_spaced_long_dash_is_a_dateline() -> None:
    assert credits.dateline_of("Harbour City, Mekong — The ferry service resumed on Monday.") == (
        "Harbour City, Mekong",
        None,
    )
    assert credits.dateline_of("Jane Tan, Reuters — The ferry service resumed on Monday.") is None


@pytest.mark.parametrize(
    ("paragraph", "caption", "credit"),
    [
        (
            "Marchers fill the square on Sunday [Lena Park/Reuters]",
            "Marchers fill the square on Sunday",
            "Lena Park/Reuters",
        ),
        (
            "A heron on the flooded paddy. Photo: birdy77 (Pixabay)",
            "A heron on the flooded paddy.",
            "Photo: birdy77 (Pixabay)",
        ),
        ("Pupils queue at the hall. (Photo | K R Menon, EPS)", "Pupils queue at the hall.", "Photo | K R Menon, EPS"),
        (
            "Dancers rehearse the finale on the open stage. Photo: Rosa Lim Mei Ling and stagelight22",
            "Dancers rehearse the finale on the open stage.",
            "Photo: Rosa Lim Mei Ling and stagelight22",
        ),
        ("Dancers rehearse. Photo: Rosa Lim said the show and the stage were ready", None, None),
        ("The talks [in Geneva] went on", None, None),
    ],
)
def test_caption_credits_in_square_brackets_after_a_bar_or_with_a_handle(
    paragraph: str, caption: str | None, credit: str | None
) -> None:
    assert credits.split_caption_credit(paragraph) == (caption or paragraph, credit)


def test_a_title_case_place_with_a_possessive_before_the_agency_is_a_dateline() -> None:
    assert credits.dateline_of("Lee's Landing (OrbitNews) – In the harbour, boats wait.") == (
        "Lee's Landing",
        "OrbitNews",
    )


def test_title_case_towns_joined_by_slashes_before_the_agency_are_a_dateline() -> None:
    # "Hilltown/Port Ellis (Wire) -": the places a wire's story was reported from, in title case as before a colon
    assert credits.dateline_of("Hilltown/Port Ellis (Wirenews) \u2013 Ferry fares will rise in March.") == (
        "Hilltown/Port Ellis",
        "Wirenews",
    )
    assert credits.dateline_of("Hilltown/Rivertown/Eastby (RNA) - The three towns voted.") == (
        "Hilltown/Rivertown/Eastby",
        "RNA",
    )
    # words joined by a slash before brackets the sentence goes on after: no dateline
    assert credits.dateline_of("Cats/Dogs (Pets) are the most common companions in the survey.") is None


def test_a_photo_supplied_by_the_people_in_the_story() -> None:
    caption = "A council officer (left) walks with police in the district earlier this week."
    assert credits.split_caption_credit(caption + " Photo supplied") == (caption, "Photo supplied")
    assert credits.split_caption_credit("The photo was supplied by police.")[1] is None


def test_a_credit_after_a_spaced_slash_closes_a_caption_in_the_slot() -> None:
    paragraph = "Villagers clear rubble from the school in Lanmo after the storm on Monday. / Supplied"
    assert credits.split_slot_caption(paragraph) == (paragraph[:-11], "Supplied")
    assert credits.split_slot_caption("Prices rise / fall with the season.") == (
        "Prices rise / fall with the season.",
        None,
    )
    # the slash marks the credit: a source's name alone after it (a paper, a local group) closes the caption
    caption = "Boats lie on the bank of the river in Lanmo after the flood."
    assert credits.split_slot_caption(caption + " / The Riverton Courier") == (caption, "The Riverton Courier")
    group = "Lanmo Village's Rescue Team"
    assert credits.split_slot_caption(f"{caption} / {group}") == (caption, group)
    # a sentence after the slash is no source
    assert credits.split_slot_caption(caption + " / The boats were later moved.")[1] is None


def test_an_indian_wire_signing_off_alone_with_a_dash_either_side() -> None:
    assert credits.signoff_agency("—PTI–") == "PTI"
    assert credits.signoff_agency("- IANS") == "IANS"
    assert credits.signoff_agency("-PTIs") is None


@pytest.mark.parametrize(
    ("paragraph", "caption", "credit"),
    [
        (
            "Children feed the ducks at the pond in Taman Seri, Ipoh. Starpic by JANE TAN / The Star / 14 Mar 2016.",
            "Children feed the ducks at the pond in Taman Seri, Ipoh.",
            "Starpic by JANE TAN / The Star / 14 Mar 2016.",
        ),
        # The stamp after the credit's own full stop, the month first.
        (
            "Shoppers crowd the night market in Jalan Baru last night. JANE TAN / The Star. March 14, 2016.",
            "Shoppers crowd the night market in Jalan Baru last night.",
            "JANE TAN / The Star. March 14, 2016.",
        ),
        (
            "The market reopened. It was closed until March 14, 2016.",
            "The market reopened. It was closed until March 14, 2016.",
            None,
        ),
        # A sentence ending in a date is no credit, with a slash before the date or not.
        ("The pond was drained for repairs on 14 Mar 2016.", "The pond was drained for repairs on 14 Mar 2016.", None),
        ("The pond has been closed / 14 Mar 2016.", "The pond has been closed / 14 Mar 2016.", None),
    ],
)
def test_a_credit_closed_by_the_picture_desks_date_stamp(paragraph: str, caption: str, credit: str | None) -> None:
    assert credits.split_caption_credit(paragraph) == (caption, credit)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Farmers walk past a flooded paddy (Representational picture) Pixabay", "Pixabay"),
        ("The minister speaks to reporters over a video call. SCREENGRAB", "SCREENGRAB"),
        ("The minister said the plan would work. Pixabay adds little to it", None),
    ],
)
def test_a_stock_library_or_a_screen_grab_named_alone_is_a_captions_credit(line: str, credit: str | None) -> None:
    assert credits.split_caption_credit(line)[1] == credit


def test_a_comma_typed_before_the_agencys_brackets_still_leaves_a_dateline() -> None:
    assert credits.dateline_of("MARAVO, (Wirepress) – Crews stayed ashore.") == ("MARAVO", "Wirepress")
    assert credits.dateline_of("KELANI, Lakeland, (Xinhua) -- Rainfall fell by half this year.") == (
        "KELANI, Lakeland",
        "Xinhua",
    )
    # brackets after a comma that hold no source over a dash: no dateline
    assert credits.dateline_of("Jane Tan, (left) and Ali Bakar - at the launch.") is None


def test_an_agencys_name_in_a_dateline_may_hold_a_digit() -> None:
    assert credits.dateline_of("Harbourton (Wire1st) - Police said nine men were held overnight.") == (
        "Harbourton",
        "Wire1st",
    )
    assert credits.dateline_of("Harbourton (2024) - Police said nine men were held overnight.") is None


def test_a_name_then_a_hyphen_and_a_file_photo_credit_is_a_caption_not_a_credit_alone() -> None:
    paragraph = "Transport Minister Datuk Ravi Kumar. - Filepic/The Star"
    assert not credits.is_credit_only(paragraph)
    assert credits.is_credit_only("Filepic/The Star")
    assert credits.split_slot_caption(paragraph) == ("Transport Minister Datuk Ravi Kumar.", "Filepic/The Star")


def test_a_sources_name_before_filepic_is_a_credit_glued_to_its_dash_or_spaced() -> None:
    # "Star filepic" reads as "Bernama pic" does: the source's name, then the photo word run together with "file".
    for dash in ("-", "- ", "— "):
        paragraph = f"Datuk Ravi Kumar. {dash}Mail filepic"
        assert credits.split_slot_caption(paragraph) == ("Datuk Ravi Kumar.", "Mail filepic")
        assert not credits.is_credit_only(paragraph)  # a name and its credit, not a credit alone
    assert credits.is_credit_only("Mail filepic")
    # a name then a dash and the bare word stays the caption and its credit, not a credit alone
    assert not credits.is_credit_only("Datuk Ravi Kumar - Filepic")
    # "filepic" closing a sentence with no source's name before it is no credit
    assert credits.split_caption_credit("Ravi Kumar talks about the filepic") == (
        "Ravi Kumar talks about the filepic",
        None,
    )


def test_a_wires_name_glued_to_its_photo_word_is_a_credit() -> None:
    # "-Wirepic": the desk typed the wire's name and "pic" as one word after the dash; a wire's name only
    for credit in ("Bernamapic", "BERNAMApic", "Reuterspic", "AFPpics"):
        paragraph = f"Senator Ravi Kumar. -{credit}"
        assert credits.split_slot_caption(paragraph) == ("Senator Ravi Kumar.", credit)
        assert credits.is_credit_only(credit)
    # a word ending in "pic" that names no wire stays the caption's own
    assert credits.split_slot_caption("Senator Ravi Kumar. -Tropic") == ("Senator Ravi Kumar. -Tropic", None)
    assert not credits.is_credit_only("Bernamatopic")


def test_a_labelled_credit_may_list_many_photographers() -> None:
    credit = "Photos: LIM AH SENG, NOR AINI YUSOF, DAVID RAJ, WONG MEI FEN, KUMAR SELVAM and AZLAN HARUN BAKRI/The Star"
    paragraph = f"Lanterns glowing over the lake at the festival in Taman Tasik, Ipoh. — {credit}"
    assert credits.split_slot_caption(paragraph) == (paragraph[: -len(credit) - 3], credit)


def test_a_credit_after_a_quote_closed_by_a_single_quote_mark_is_split_off() -> None:
    paragraph = "The gallery opens its doors on Friday with one question: 'Who owns the river?' Photo: Handout"
    assert credits.split_caption_credit(paragraph) == (paragraph[: -len(" Photo: Handout")], "Photo: Handout")


def test_a_credit_in_a_bracket_the_page_never_closed_is_split_off() -> None:
    paragraph = (
        "Pupils queue at the hall of their school in Kuantan yesterday. (Starpic by photographer A.B.LIM/The Star"
    )
    assert credits.split_caption_credit(paragraph) == (
        "Pupils queue at the hall of their school in Kuantan yesterday.",
        "Starpic by photographer A.B.LIM/The Star",
    )


def test_the_picture_desks_date_before_a_run_on_credit_stays_in_the_caption() -> None:
    paragraph = "Commuters crowd the new link bridge at the bus hub , Seremban ... 14 Mar 2019 Lee Ah Kow/The Star"
    assert credits.split_caption_credit(paragraph) == (
        "Commuters crowd the new link bridge at the bus hub , Seremban ... 14 Mar 2019",
        "Lee Ah Kow/The Star",
    )


def test_a_listings_rubric_with_a_slash_before_its_colon_is_no_credit() -> None:
    assert not credits.is_credit_only("MUSIC/THEATRE: 'NIGHT FERRY'")
    assert credits.is_credit_only("Photo: JANE TAN/The Star")


def test_a_closed_credit_may_have_a_space_after_its_slash() -> None:
    paragraph = "Fans cheering the home side at the final in Ipoh last year (90min) . JANE TAN/ The Star."
    assert credits.split_caption_credit(paragraph) == (
        "Fans cheering the home side at the final in Ipoh last year (90min) .",
        "JANE TAN/ The Star.",
    )


def test_a_wire_agency_alone_after_the_dash_may_close_on_a_full_stop() -> None:
    caption = "Ferry passengers wait at the Northport pier on Nov 3, 2019."
    assert credits.split_caption_credit(f"{caption} - AFP.") == (caption, "AFP.")
    assert credits.split_caption_credit(f"{caption} — Reuters.") == (caption, "Reuters.")
    # a sentence after the dash is no credit, stop or not
    sentence = f"{caption} - Talks resume."
    assert credits.split_caption_credit(sentence) == (sentence, None)


def test_a_copyright_mark_opens_a_credit_after_a_date_with_an_abbreviated_month() -> None:
    caption = "Ministers arrive at the assembly hall on Jan. 9."
    assert credits.split_caption_credit(f"{caption}   © Reuters") == (caption, "© Reuters")


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Reuters, RIVERTON – The council met on Monday.", ("RIVERTON", "Reuters")),
        ("RIVERTON, Reuters – The council met on Monday.", ("RIVERTON", "Reuters")),
        ("Bloomberg, PORT TOWN – Shares fell on Monday.", ("PORT TOWN", "Bloomberg")),
    ],
)
def test_a_wires_name_before_or_after_the_place_in_capitals(paragraph: str, expected: tuple[str, str]) -> None:
    assert credits.dateline_of(paragraph) == expected


def test_a_photographer_and_paper_in_brackets_close_a_caption() -> None:
    caption = "Workers carry their bags past a closed gate in the border town"
    assert credits.split_caption_credit(f"{caption} (Jane Tan/The Valley Times)") == (
        caption,
        "Jane Tan/The Valley Times",
    )
    assert credits.split_caption_credit("The mayor spoke (in the hall) on Monday.")[1] is None


def test_a_courtesy_credit_closed_by_a_full_stop_ends_a_caption() -> None:
    caption = "Boats tied up at the pier before the storm on Friday."
    assert credits.split_caption_credit(f"{caption} Photo courtesy of the Port Authority.") == (
        caption,
        "Photo courtesy of the Port Authority.",
    )
    assert credits.split_caption_credit(f"{caption} The photo was taken at noon.")[1] is None


def test_a_handout_passed_on_by_a_wire_may_name_its_source_in_words_of_any_case() -> None:
    caption = "Rescuers search the rubble of a school hit by a storm, in the hill district, March 4, 2024."
    source = "Press office of the Civil Defence Agency in the hill district/Handout via REUTERS/ File Photo"
    assert credits.split_caption_credit(f"{caption} {source}") == (caption, source)
    assert credits.split_caption_credit(f"{caption} Volunteers of the agency said via radio that all were safe.") == (
        f"{caption} Volunteers of the agency said via radio that all were safe.",
        None,
    )


def test_the_papers_photo_word_alone_after_a_dash_typed_once_or_twice_is_a_credit() -> None:
    for dash in (" - ", " - -", " -- "):
        paragraph = f"Villagers wave flags at the rally outside the town hall in Kuantan.{dash}Starpic"
        assert credits.split_caption_credit(paragraph) == (paragraph[: paragraph.index(".") + 1], "Starpic")


def test_a_place_in_capitals_after_a_prefix_in_lower_case_is_a_dateline() -> None:
    assert credits.dateline_of("DeKALB: The county board voted on Tuesday to close two libraries.") == ("DeKALB", None)
    assert credits.dateline_of("MacTAVISH FALLS (Reuters) - Two bridges were closed.") == ("MacTAVISH FALLS", "Reuters")
    assert credits.dateline_of("The BBC: a history of the broadcaster in forty objects") is None


def test_a_credit_labelled_photograph_is_split_off_the_caption() -> None:
    caption = "About a third of the flats on offer in the city now let for more than 2,000 a month."
    assert credits.split_caption_credit(caption + " File photograph: Stockhouse") == (
        caption,
        "File photograph: Stockhouse",
    )
    assert credits.split_caption_credit(caption + " Photograph: Wire Desk") == (caption, "Photograph: Wire Desk")


def test_a_captions_image_label_is_no_dateline() -> None:
    assert credits.dateline_of("IMAGE: A rookie batter raises his bat after his second century on debut.") is None
    assert credits.dateline_of("PICTURE: Fishermen haul their nets at dawn.") is None


def test_a_place_in_capitals_before_a_word_in_lower_case_is_the_sentences_subject_no_dateline() -> None:
    assert credits.dateline_of("HULU – named after a hill, is the oldest river port of the state.") is None
    assert credits.dateline_of("HULU: once a busy harbour, the town is now quiet.") is None
    # A dateline's text opens in capitals; a wire's dateline keeps its agency whatever follows.
    assert credits.dateline_of("HULU – The old river port was once a busy harbour.") == ("HULU", None)
    assert credits.dateline_of("HULU (Bernama) -- more than 200 villagers were moved.") == ("HULU", "Bernama")


def test_a_picture_desks_date_stamp_before_the_photographer_and_paper_in_brackets_closes_a_caption() -> None:
    caption = "Home fans cheering their team at the stadium in Ipoh yesterday. The hosts won 3-1"
    assert credits.split_caption_credit(f"{caption} (12/03/2019/JANE TAN/The Star)") == (
        caption,
        "12/03/2019/JANE TAN/The Star",
    )
    assert credits.split_caption_credit("Fees rose on Monday (2019/2020/2021).")[1] is None


def test_a_short_caption_before_its_labelled_credit_is_no_credit_line() -> None:
    assert not credits.is_credit_only("Stock image. Credit: iStock Photo")


@pytest.mark.parametrize(
    ("paragraph", "caption", "credit"),
    [
        # a source in brackets glued to the caption's stop, its photographer after a colon
        (
            "The old ferry leaves the wharf at dawn.(City News: Jo Lim)",
            "The old ferry leaves the wharf at dawn.",
            "City News: Jo Lim",
        ),
        ("Rain is due over the hills by Friday.(HT PHOTO)", "Rain is due over the hills by Friday.", "HT PHOTO"),
        # a Gulf wire's initials in brackets after the caption's stop
        ("The minister meets the new envoy in Riyadh. (SPA)", "The minister meets the new envoy in Riyadh.", "SPA"),
        # a wire's photo desk before the slash; the label naming itself a credit
        (
            "The mayor speaks at the harbour on Sunday. (AP Photo/Jo Lim, Pool)",
            "The mayor speaks at the harbour on Sunday.",
            "AP Photo/Jo Lim, Pool",
        ),
        ("Two leaders shake hands . (photo credit: JO LIM)", "Two leaders shake hands .", "photo credit: JO LIM"),
        # after a bar, a finished caption may close on its photographer's name alone
        ("Police lead the suspect into court. | Jo Lim", "Police lead the suspect into court.", "Jo Lim"),
        # the day the photo was taken after its credit; a final stop ends the caption
        ("Voters queue at dawn. – EPA pic, March 2, 2019.", "Voters queue at dawn.", "EPA pic, March 2, 2019"),
        ("Fans cheer the winners. CNA photo Feb. 11, 2021", "Fans cheer the winners.", "CNA photo Feb. 11, 2021"),
        # "Photo by X." closes with the credit's own stop, as "Photo courtesy of X." does
        ("A taxi stands by the road. Photo by City Post.", "A taxi stands by the road.", "Photo by City Post."),
    ],
)
def test_the_caption_slot_knows_more_credit_forms(paragraph: str, caption: str, credit: str) -> None:
    assert credits.split_slot_caption(paragraph) == (caption, credit)


def test_text_in_brackets_or_after_a_bar_is_no_credit() -> None:
    assert credits.split_slot_caption("Budget 2025 | what it means for every household")[1] is None
    assert credits.split_slot_caption("The council met on Monday (see below)")[1] is None
    assert credits.split_slot_caption("Sales rose 5 per cent, March 2, 2019.")[1] is None
    assert credits.split_slot_caption("The minister meets the envoy (SPA)")[1] is None  # no stop before the bracket
    assert credits.is_credit_only("Jane Tan. Photo credit: Ali Bakar/TVS") is False  # a caption and its credit


def test_a_dateline_of_places_joined_by_a_slash_after_the_first_places_country() -> None:
    assert credits.dateline_of("RIVERTON, Mekongia/PORT ALDA: In a plantation by the river, seedlings sprout.") == (
        "RIVERTON, Mekongia/PORT ALDA",
        None,
    )


def test_a_town_in_title_case_with_its_printed_date_before_a_colon_or_dash_is_a_dateline() -> None:
    assert credits.dateline_of("Riverton, June 8: Councillors debated the budget.") == ("Riverton, June 8", None)
    assert credits.dateline_of("Port Alda, Sept 9 - The ferry talks were called off.") == ("Port Alda, Sept 9", None)
    assert credits.dateline_of("Hilltown, October 30 : Thousands of workers marched.") == ("Hilltown, October 30", None)
    # a weekday is no town; without the date a word and a colon may open any sentence; the text opens in capitals
    assert credits.dateline_of("Tuesday, June 8: Councillors went on debating the budget.") is None
    assert credits.dateline_of("Posted Tuesday, June 8 - Councillors went on debating the budget.") is None
    assert credits.dateline_of("Riverton: Councillors went on debating the budget.") is None
    assert credits.dateline_of("Riverton, June 8: councillors went on debating the budget.") is None


def test_a_dateline_opening_with_its_date_and_naming_its_source_in_brackets() -> None:
    assert credits.dateline_of("Mar 18 (Wire) - Prosecutors on Thursday dropped the case.") == ("Mar 18", "Wire")
    assert credits.dateline_of("February 15, Riverton (RT): Yields fell below ten percent.") == (
        "February 15, Riverton",
        "RT",
    )
    assert credits.dateline_of("Sep 14 (news.example.com) - A ferry captain retired.") == ("Sep 14", "news.example.com")
    # a sentence opening with a date names no source in brackets before a dash
    assert credits.dateline_of("March 3, Riverton hosts the fair (and more) - all week.") is None
    assert credits.dateline_of("May 5 (UPDATED) - The ferry resumed.") == ("May 5", None)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a comma between the place and its source's bracket
        ("PORT ALDA, (Wire) – The harbour board met on Monday to set new fees.", ("PORT ALDA", "Wire")),
        # the source's bracket holds its own printed date
        (
            "RIVERTON, Mekongia (Valley Herald, Mar. 4, 2031) – Growers said the rains came late.",
            ("RIVERTON, Mekongia", "Valley Herald"),
        ),
        # the wire, then the site's own name and the date after dashes, the text right after the bracket
        (
            "PORT ALDA, (MNA - Riverside / Valley News - 4th Mar, 2031) The ferry resumed its route.",
            ("PORT ALDA", "MNA"),
        ),
        ("PHOTO, (Wire) – The harbour at dawn.", None),  # a heading, no place
        ("PORT ALDA, (UPDATED) – The ferry resumed.", None),  # a story's flag, no source
        ("RIVERTON, (the old town) – a market", None),  # a gloss in lower case
    ],
)
def test_a_dateline_whose_source_bracket_follows_a_comma_or_holds_more_than_a_name(
    paragraph: str, expected: tuple[str, str | None] | None
) -> None:
    assert credits.dateline_of(paragraph) == expected


def test_a_long_dash_run_into_the_country_after_the_place_is_a_datelines_end() -> None:
    assert credits.dateline_of("RIVERTON, Mekongia— The ferry resumed on Monday.") == ("RIVERTON, Mekongia", None)
    assert credits.dateline_of("Mekongia— The ferry resumed on Monday.") is None  # no place before the country


def test_a_place_in_capitals_printed_apart_with_its_date_and_wire() -> None:
    assert credits.place_apart("RIVERTON") == ("RIVERTON", None)
    assert credits.place_apart("RIVERTON, Oct. 19, Kyodo") == ("RIVERTON, Oct. 19", "Kyodo")
    assert credits.place_apart("Riverton") is None  # title case: a line of text
    assert credits.place_apart("PHOTO") is None
    # its country in title case after a comma, a wire's name not taken for one
    assert credits.place_apart("RIVERTON, Mekongia") == ("RIVERTON, Mekongia", None)
    assert credits.place_apart("RIVERTON, Kyodo") == ("RIVERTON", "Kyodo")


@pytest.mark.parametrize(
    ("paragraph", "credit"),
    [
        ("Traders watch the board at the exchange on Monday. (Wire: Jane Tan)", "Wire: Jane Tan"),
        ("Traders watch the board at the exchange on Monday. (Ali Bakar, The Daily Post)", "Ali Bakar, The Daily Post"),
        ("Traders watch the board at the exchange on Monday. (Ali Bakar, Picture Desk)", "Ali Bakar, Picture Desk"),
    ],
)
def test_a_bracketed_slot_credit_names_its_source_before_a_colon_or_after_a_comma(paragraph: str, credit: str) -> None:
    # the photographer with the source: "(AGENCY: Name)" or "(Name, Source)", after the caption's full stop
    assert credits.split_slot_caption(paragraph) == ("Traders watch the board at the exchange on Monday.", credit)
    assert credits.split_slot_caption("Prices rose by a third over the year. (Note: some figures)")[1] is None


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the place's state or province abbreviated with its stop, the wire in brackets, then a dash
        (
            "RIVERTON, Calif. (OrbitWire) — Crews worked through the night to clear the road.",
            ("RIVERTON, Calif.", "OrbitWire"),
        ),
        ("Port Lowe, N.S.W. (OW) - Crews worked through the night to clear the road.", ("Port Lowe, N.S.W.", "OW")),
        # the region's compass point as a lone initial: "W Java", "N Sulawesi"
        ("Hilltown, W Mekong (Orbit News) - Crews worked through the night.", ("Hilltown, W Mekong", "Orbit News")),
        # no dash after the brackets: a sentence, no dateline
        ("Jane Tan, Jr. (left) talks with the crews on the road.", None),
    ],
)
def test_a_place_with_its_region_abbreviated_before_the_source_in_brackets_is_a_dateline(
    paragraph: str, expected: tuple[str, str | None] | None
) -> None:
    assert credits.dateline_of(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a publication's name in title case in brackets, no dash, then the lead: the story's source
        ("(Harbour Gazette) The council has voted to close the old ferry pier.", "Harbour Gazette"),
        ("(NEWSDESK- The Valley Weekly Post) Villagers near the dam were moved.", "NEWSDESK- The Valley Weekly Post"),
        ("(Reuters) The ferry service resumed on Monday.", "Reuters"),  # one word: only a wire's name
        ("(LEAD) Ferry service resumes after the storm.", None),  # a story's flag
        ("(File Photo) The minister speaks to reporters.", None),  # a photo's label
        ("(Brief Caption) The minister speaks to reporters.", None),
        ("(Footage courtesy of City Police) The car was seen.", None),  # words in lower case: no name
    ],
)
def test_a_source_in_brackets_opening_the_lead_without_a_dash_names_the_agency(
    paragraph: str, expected: str | None
) -> None:
    assert credits.opening_agency(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the printed date with its year stays part of the dateline, with a comma before the year or none
        ("RIVERTON, June 22, 2031: The council has voted to close the old pier.", ("RIVERTON, June 22, 2031", None)),
        (
            "PORT LOWE, Mekongia, Mar 25 2031 – Police urged drivers to stay home.",
            ("PORT LOWE, Mekongia, Mar 25 2031", None),
        ),
        ("Hilltown, 14 November 2031 (OW) -- A new plant was opened on Tuesday.", ("Hilltown, 14 November 2031", "OW")),
        # a weekday in capitals before the date is a date line, no place
        ("FRIDAY, JULY 7, 2031 - The council has voted to close the old pier.", None),
    ],
)
def test_a_dateline_keeps_its_printed_date_with_the_year(
    paragraph: str, expected: tuple[str, str | None] | None
) -> None:
    assert credits.dateline_of(paragraph) == expected


def test_a_weekday_in_capitals_on_a_line_of_its_own_is_no_place_printed_apart() -> None:
    assert credits.place_apart("TUESDAY, NOVEMBER 8, 2031") is None
    assert credits.place_apart("RIVERTON, Nov. 8") == ("RIVERTON, Nov. 8", None)


@pytest.mark.parametrize(
    ("paragraph", "caption", "credit"),
    [
        # A stock library's own attribution line after a dash: the photographer's handle may be in lower case.
        ("Reading aloud is the best thing parents can do at bedtime. - Image by sunnyday88 on Freepik.",
         "Reading aloud is the best thing parents can do at bedtime.", "Image by sunnyday88 on Freepik."),
        ("Hikers rest on the ridge at dawn. - Photo by jane_cruz on Unsplash",
         "Hikers rest on the ridge at dawn.", "Photo by jane_cruz on Unsplash"),
        # A sentence that only mentions a library is no credit.
        ("The shop sells prints. - Images by many artists are sold on the site.", None, None),
    ],
)  # fmt: skip
def test_stock_library_attribution_after_a_dash(paragraph: str, caption: str | None, credit: str | None) -> None:
    assert credits.split_caption_credit(paragraph) == (caption or paragraph, credit)


@pytest.mark.parametrize(
    ("paragraph", "caption", "credit"),
    [
        # A source and its photographer glued to the caption's last stop.
        ("A hornbill rests on a branch in the reserve.Rainforest Trust/Jane Tan",
         "A hornbill rests on a branch in the reserve.", "Rainforest Trust/Jane Tan"),
        # Capitals before the stop are an abbreviation, not a sentence's end.
        ("Trade talks between the U.S./China teams resumed", None, None),
    ],
)  # fmt: skip
def test_slash_credit_glued_to_the_captions_stop(paragraph: str, caption: str | None, credit: str | None) -> None:
    assert credits.split_caption_credit(paragraph) == (caption or paragraph, credit)


@pytest.mark.parametrize(
    ("paragraph", "split"),
    [
        ("Firefighters at the scene (Ana Reyes)", ("Firefighters at the scene", "Ana Reyes")),
        ("A hearing at the Riverton District Court (UNRHO)", ("A hearing at the Riverton District Court", "UNRHO")),
        # a byline's name and paper, a body's name and town: no phrase that describes, no credit
        ("Ana Reyes and Ali Bakar (The Daily Ledger)", ("Ana Reyes and Ali Bakar (The Daily Ledger)", None)),
        ("Federation of Asian Rugby (Doha)", ("Federation of Asian Rugby (Doha)", None)),
    ],
)
def test_the_caption_slot_knows_a_source_in_brackets_after_a_phrase_with_no_stop(
    paragraph: str, split: tuple[str, str | None]
) -> None:
    assert credits.split_slot_caption(paragraph) == split


@pytest.mark.parametrize(
    ("paragraph", "caption", "credit"),
    [
        # a bar sets the labelled credit off, after the caption's stop or with none
        ("Boats moored at the old harbour at dawn | Photos by the writer", None, "Photos by the writer"),
        ("Boats moored at the old harbour at dawn.  | Photo Credit: JANE TAN", None, "Photo Credit: JANE TAN"),
        ("Boats moored at the old harbour at dawn | Photo: Harbour Pictures", None, "Photo: Harbour Pictures"),
        # a page's title with a bar: the section's or a gallery's name, no caption's words before it
        ("Gallery | Photos: the week in pictures", None, None),
        # no photo label after the bar
        ("Boats moored at the old harbour at dawn | Photos of the week", None, None),
    ],
)
def test_a_labelled_credit_after_a_bar(paragraph: str, caption: str | None, credit: str | None) -> None:
    if caption is None and credit is not None:
        caption = paragraph[: paragraph.rindex(" |")].rstrip()
    assert credits.split_caption_credit(paragraph) == (caption or paragraph, credit)


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # a wire alone in brackets after a caption left without its stop
        (
            "Cattle wade through the flooded highway near the park (PTI)",
            ("Cattle wade through the flooded highway near the park", "PTI"),
        ),
        ("Rescuers search the rubble in the old town (IANS)", ("Rescuers search the rubble in the old town", "IANS")),
        # a wire of the world signs off a briefing's item so: no credit
        (
            "Rescuers searched the rubble in the old town (AFP)",
            ("Rescuers searched the rubble in the old town (AFP)", None),
        ),
        # no wire's name in the brackets: an abbreviation the sentence defines, no credit
        ("Officials of the Regional Water Board (RWB)", ("Officials of the Regional Water Board (RWB)", None)),
        # the wire's name inside a word's brackets: no credit alone in them
        ("Talks with the wire service (AFP Asia)", ("Talks with the wire service (AFP Asia)", None)),
    ],
)
def test_a_wire_alone_in_brackets_after_an_unfinished_caption_is_its_credit(
    caption: str, expected: tuple[str, str | None]
) -> None:
    assert credits.split_caption_credit(caption) == expected


@pytest.mark.parametrize(
    ("paragraph", "caption", "credit"),
    [
        (
            "Aerial view of terraced rice fields at dawn in the highlands. Wide shot from Shutterstock.com",
            "Aerial view of terraced rice fields at dawn in the highlands. Wide shot",
            "Shutterstock.com",
        ),
        (
            "A fishing boat returns to the harbour at dusk from iStock",
            "A fishing boat returns to the harbour at dusk",
            "iStock",
        ),
        # a sentence that tells where a picture was bought ends in its stop: no credit
        ("The council bought the photo from Shutterstock.", None, None),
        # "from" before a word that names no library
        ("Residents wade through the flooded street from Kampung Baru", None, None),
    ],
)
def test_a_stock_library_named_after_from_closes_a_caption(
    paragraph: str, caption: str | None, credit: str | None
) -> None:
    assert credits.split_caption_credit(paragraph) == (caption or paragraph, credit)


def test_a_sources_page_on_a_platform_in_brackets_after_the_stop_is_a_credit() -> None:
    paragraph = "Floodwater covers the main road of the town on Sunday. (Town Rescue Office, Riverton/Facebook)"
    assert credits.split_caption_credit(paragraph) == (paragraph[:54], "Town Rescue Office, Riverton/Facebook")
    # no stop before the bracket: the sentence's own aside
    aside = "The office posted a video of the road (Town Rescue Office, Riverton/Facebook)"
    assert credits.split_caption_credit(aside) == (aside, None)


@pytest.mark.parametrize(
    ("paragraph", "credit"),
    [
        ("Commuters wade through a flooded underpass on Monday. File", "File"),
        ("Commuters wade through a flooded underpass on Monday. FILE", "FILE"),
        ("Commuters wade through a flooded underpass. File photos show the same road in 2019.", None),
        ("The clerk closed the case file", None),
    ],
)
def test_file_alone_after_the_stop_credits_an_archive_photo_in_the_slot(paragraph: str, credit: str | None) -> None:
    expected = (paragraph[:-5], credit) if credit else (paragraph, None)
    assert credits.split_slot_caption(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "credit"),
    [
        (
            "Boats moored in the bay as the storm nears on Sunday morning. Ana Cruz, Harbour News",
            "Ana Cruz, Harbour News",
        ),
        (
            "Volunteers pack relief goods at the gym. Jose Dela Rosa, The Island Times",
            "Jose Dela Rosa, The Island Times",
        ),
        # the outlet's last word is no word of the press, or the paragraph ends in its stop: no credit
        ("Boats moored in the bay as the storm nears on Sunday morning. Ana Cruz, Harbour Town", None),
        ("Boats moored in the bay, said Ana Cruz, Harbour News.", None),
    ],
)
def test_a_staff_photographer_and_the_outlet_after_the_stop_credit_a_caption(
    paragraph: str, credit: str | None
) -> None:
    expected = (paragraph[: -len(credit) - 1], credit) if credit else (paragraph, None)
    assert credits.split_caption_credit(paragraph) == expected


@pytest.mark.parametrize(
    ("dek", "flagged"),
    [
        ("(UPDATED) Councillors say the plan was never put to a vote", True),
        ("(2nd UPDATE) Councillors say the plan was never put to a vote", True),
        ("(3rd Floor) Councillors met in the annex", False),  # an ordinal before no story flag
    ],
)
def test_a_dek_flagged_as_an_update_with_its_number(dek: str, flagged: bool) -> None:
    assert credits.opens_with_story_flag(dek) is flagged


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a town in title case, its date, the source's initials in brackets run into the lead without a dash
        ("Riverton, Sept 9 (RNA) Three more people have died of fever in the town.", ("Riverton, Sept 9", "RNA")),
        ("Port Lowe, March 12 (OWN) Crews worked through the night.", ("Port Lowe, March 12", "OWN")),
        # near misses: no date before the bracket, a weekday for a town, a sentence going on in lower case
        ("Health Ministry (MOH) Officials said three more died.", None),
        ("On Friday, Sept 9 (UTC) Three more people died.", None),
        ("Health Ministry, Sept 9 (MOH) said three more people died.", None),
        # a province named with a particle in lower case after a place in capitals, its source in brackets
        ("CAMP RIVERA, Valle del Norte (Wire) – A storm hit the camp.", ("CAMP RIVERA, Valle del Norte", "Wire")),
        ("CAMP RIVERA, Valle de Oro (Wire) - A storm hit the camp.", ("CAMP RIVERA, Valle de Oro", "Wire")),
        # near miss: the particle's province with no source in brackets is not read
        ("CAMP RIVERA, Valle del Norte – A storm hit the camp.", None),
    ],
)
def test_a_dated_town_with_its_source_initials_or_a_province_with_a_particle_is_a_dateline(
    paragraph: str, expected: tuple[str, str | None] | None
) -> None:
    assert credits.dateline_of(paragraph) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("RNA Riverton, August 02, 2031 —", ("Riverton, August 02, 2031", "RNA")),
        ("OWN Port Lowe, Sept 9, 2031 -", ("Port Lowe, Sept 9, 2031", "OWN")),
        # near misses: no dash ending the line, a story's flag first, a weekday for the town, no year
        ("RNA Riverton, August 02, 2031", None),
        ("LIVE Riverton, August 02, 2031 —", None),
        ("RNA Friday, August 02, 2031 —", None),
        ("RNA Riverton, August 02 —", None),
    ],
)
def test_the_agency_initials_before_a_dated_town_on_a_line_ending_in_a_dash(
    line: str, expected: tuple[str, str] | None
) -> None:
    assert credits.agency_place_dated(line) == expected


def test_a_place_in_capitals_and_its_date_run_into_the_lead_with_no_dash() -> None:
    lead = "RIVERTON, Aug 5 The town's top shuttler ended his run at the open championship in the semi-finals today."
    assert credits.dateline_of(lead) == ("RIVERTON, Aug 5", None)
    # a place in title case and a date open a sentence ("Riverton, May 5 was ..."): no dateline without a separator
    titled = "Riverton, Aug 5 The town's top shuttler ended his run at the open championship."
    assert credits.dateline_of(titled) is None
    # a date line of its own, no lead after it
    assert credits.dateline_of("RIVERTON, Aug 5 2031") is None


def test_a_dateline_names_two_wires_in_its_brackets() -> None:
    assert credits.dateline_of("RIVERTON (BLOOMBERG, REUTERS) - At least six people were hurt in the blast.") == (
        "RIVERTON",
        "BLOOMBERG, REUTERS",
    )
    assert credits.dateline_of("RIVERTON (Reuters, AFP) - At least six people were hurt.") == (
        "RIVERTON",
        "Reuters, AFP",
    )
    # a bracket of other words with a comma is no wire's
    assert credits.dateline_of("RIVERTON (left, centre) - At least six people were hurt.") is None


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("MANILA, Philippines – Ayayay! (Too late)", ("MANILA, Philippines", None)),  # an exclamation and its gloss
        ("RIVERTON – Not again? (Again)", ("RIVERTON", None)),
        ("NEWSPAPER SECTION: Business desk", None),  # a label and its value, as before
    ],
)
def test_a_leads_short_exclamation_after_the_dateline_is_no_labels_value(
    paragraph: str, expected: tuple[str, str | None] | None
) -> None:
    assert credits.dateline_of(paragraph) == expected


@pytest.mark.parametrize(
    ("line", "credit_only"),
    [
        ("Council Speaker Oren Castell. FILE PHOTO", False),  # a headshot's name, then the archive's note
        ("FILE PHOTO", True),
        ("U.S. NAVY PHOTO", True),  # all in capitals: the stop is an initial's
    ],
)
def test_a_name_before_an_archive_note_is_a_caption_not_a_credit(line: str, credit_only: bool) -> None:
    assert credits.is_credit_only(line) is credit_only


def test_a_photo_from_a_named_page_after_the_caption_is_its_credit() -> None:
    caption = "SHELTER. Nine villages in Harrow Bend are moved out a day before the storm is due to make landfall."
    credit = "Photo from the Harrow Bend Town Facebook page"
    assert credits.split_caption_credit(f"{caption} {credit}") == (caption, credit)
    # a sentence naming where a photo came from, with more words after the page, is no credit
    text = "Residents shared a photo from the Town Facebook page showing the flooded road."
    assert credits.split_caption_credit(text) == (text, None)


@pytest.mark.parametrize(
    ("paragraph", "caption", "credit"),
    [
        # the photographer's name in capitals right after the caption's stop, no label or dash between
        (
            "Volunteers sort donated rice sacks at the gym in Ormoc City on Friday. MARIBEL T. SANTOS",
            "Volunteers sort donated rice sacks at the gym in Ormoc City on Friday.",
            "MARIBEL T. SANTOS",
        ),
        (
            "Fishermen wait for the storm to pass beside their boats in “Barrio Luz.” KITTIPONG SAELIM",
            "Fishermen wait for the storm to pass beside their boats in “Barrio Luz.”",
            "KITTIPONG SAELIM",
        ),
        # a wire desk's initials after a story's sentence, a link's words, a heading in capitals: no credit
        ("The hearing resumes on Monday, the court said. NNA ABK TRS", None, None),
        ("The ferry resumes service on Monday, the operator said. READ MORE", None, None),
        ("HARBOUR TOWN SPECIAL. JANE TAN", None, None),
    ],
)
def test_a_name_in_capitals_after_the_captions_stop_is_its_credit(
    paragraph: str, caption: str | None, credit: str | None
) -> None:
    assert credits.split_caption_credit(paragraph) == (caption or paragraph, credit)


def test_a_labelled_credit_naming_a_photo_sharing_site_and_a_licence() -> None:
    caption = "Rice terraces above the river valley in the dry season."
    credit = "Photo: Anan Kittisak / flickr. CC BY-SA 2.0"
    assert credits.split_caption_credit(f"{caption} {credit}.") == (caption, credit)


def test_a_name_after_a_long_dash_glued_to_the_captions_stop_is_its_credit() -> None:
    # "... on Monday.—Staff Pool": the desk's or photographer's name after a dash glued to the stop
    caption = "FERRIES wait at the north quay as the river runs high."
    assert credits.split_caption_credit(f"{caption}—Harbour Desk") == (caption, "Harbour Desk")
    assert credits.split_caption_credit(f"{caption}—Jane Tan") == (caption, "Jane Tan")
    # near misses: a dash with words in lower case after it, or a dash after no stop, stays the sentence's
    clause = f"{caption}—and Then the rain came"
    assert credits.split_caption_credit(clause) == (clause, None)
    unstopped = "FERRIES wait at the north quay—Harbour Desk"
    assert credits.split_caption_credit(unstopped)[1] != "Harbour Desk"


def test_a_labelled_credit_in_brackets_glued_to_the_captions_stop() -> None:
    caption = "Red flags fly over the quiet bay to warn swimmers away, however calm the sea looks."
    assert credits.split_caption_credit(f"{caption}(Photo by Jane Tan)") == (caption, "Photo by Jane Tan")
    # a sentence's own brackets after a word, no credit's label: the sentence's
    aside = "The bay was closed on Monday.(It reopens next week, officials said)"
    assert credits.split_caption_credit(aside) == (aside, None)


def test_a_desks_initials_photo_word_and_photographer_after_a_dash() -> None:
    caption = "Coach Lee (left) shakes hands with the federation's chief at the signing in Hà Nội yesterday."
    credit = "HDN Photo Trần Minh"
    assert credits.split_caption_credit(f"{caption} — {credit}") == (caption, credit)
    # words in lower case after the photo word, or no stop before the dash: no credit
    exhibit = f"{caption} — UN Photo exhibit opens"
    assert credits.split_caption_credit(exhibit) == (exhibit, None)
    unstopped = "Coach Lee signs the contract — HDN Photo Trần Minh"
    assert credits.split_caption_credit(unstopped)[1] != credit


def test_a_source_label_after_a_slot_captions_stop_is_its_credit() -> None:
    assert credits.split_slot_caption("Riverside district. Source: Wikimedia") == (
        "Riverside district.",
        "Source: Wikimedia",
    )
    assert credits.split_slot_caption("A ferry at dusk. Source: Harbour Daily/Jane Tan") == (
        "A ferry at dusk.",
        "Source: Harbour Daily/Jane Tan",
    )
    # a sentence after the label is no source's name
    told = "The ferry ran late. Source: officials said it would run again soon."
    assert credits.split_slot_caption(told) == (told, None)
