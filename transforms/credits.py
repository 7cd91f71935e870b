"""Attribution text -> structured fields: caption credits, datelines, agencies, reporting lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Module constants are Final: compiled (mypyc), a Final name is a C static or an inlined literal, where any
# other module-level name costs a dictionary lookup at each use.
from typing import Final, cast

# "RIYADH/WASHINGTON (Reuters) - ", "LONDON, Feb 19 (Reuters) - ", "KUALA LUMPUR: ", "ST. PETERSBURG (AFP) -",
# "KUALA LUMPUR (Bernama): ", "MANILA, Philippines — ", "SEPANG, Malaysia (Reuters) - ", "KUCHING (Feb 15): ",
# "HCM City (VNA) – ", "GEORGE TOWN, 12 March — " (day before month).
# The place is in capitals (print style); a place in title case needs an agency in parentheses. A
# printed date stays part of the dateline. After the place: an agency in parentheses and a dash or
# colon, or a colon, or a spaced dash (so a print lead such as "THE Straits of ..." is not a dateline).
_CAP: Final = "A-ZÀ-ÖØ-ÞĂÂĐÊÔƠƯẠ-Ỹ"
# A place's first word may hold a prefix in lower case before its capitals: "McALLEN", "DeKALB".
_PLACE: Final = rf"[{_CAP}](?:[a-z]{{1,2}}(?=[{_CAP}]{{3}}))?[{_CAP}.'’\-]*(?:[ ][{_CAP}][{_CAP}.'’\-]*){{0,4}}"
# "Hà Nội", "HCM City". A word's letters are taken possessively ("++"): whatever follows a word here opens with no
# letter (an apostrophe, a space, a comma, a slash, a bracket, a colon, a dash), so giving a letter back never led
# to a match, and a line opening with a capitalised word ("The council said ...") is refused without the engine
# trying every shorter cut of each word in every alternative.
_TITLE_PLACE: Final = r"[A-ZĐ][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]++(?:['’]s)?(?: [A-ZĐ][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]++){0,2}"
_PRINTED_DATE: Final = (
    # the month in capitals too: "KOTA BHARU, JAN 5:", "BANDAR SERI BEGAWAN, 30 OGOS –"
    # its year may follow: "ALOR SETAR, June 22, 2012:", "KINGSTON, Jamaica, Mar 25 2017 –"
    r"(?:(?:,\s*[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?\s+\d{1,2}|,\s*\d{1,2}\s+[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?)"
    r"(?:,?\s\d{4}\b)?|"
    r"\s\([A-Z][a-z]{2,8}\.?\s+\d{1,2}\))"
)
_WIRE_NAMES: Final = (
    r"(?i:reuters|afp|ap|bernama|xinhua|kyodo|jiji|yonhap|antara|vna|cna|pti|ians|ani|upi|dpa|efe|ann|bloomberg)"
)
_DATELINE: Final = re.compile(
    # "MANILA, Philippines (AFP) -", "MANDALAY, Myanmar —", "RIVERTON, Mekongia: The ...": a country after the place
    # "PERAK, Malaysia/SINGAPORE:": a place's country before a slash and the next place
    rf"(?P<place>(?:{_PLACE}(?:(?:,\s[A-Z][a-z]+)?\s*/\s*{_PLACE}){{0,3}}"
    # the country may have the printed date after it: "KINGSTON, Jamaica, Mar 25 -"; a province named with a
    # particle in lower case, the source in brackets after it: "CAMP RIVERA, Valle del Norte (Wire) -"
    rf"(?:,\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=\s*[-–—―(:]|{_PRINTED_DATE}\s*[-–—―(:])|"
    r",\s[A-Z][a-z]+\sdel?\s[A-Z][a-z]+(?=\s\())?|"
    # "Labuan Bajo, East Nusa Tenggara (ANTARA) -", "Taipei, Jan. 9 (CNA)"; towns joined by slashes, the places a
    # wire's story was reported from, as before a colon: "Hilltown/Rivertown (Wire) -"
    rf"(?={_TITLE_PLACE}(?:/{_TITLE_PLACE}){{0,3}}(?:,\s{_TITLE_PLACE})?(?:{_PRINTED_DATE})?\s*\()"
    rf"{_TITLE_PLACE}(?:/{_TITLE_PLACE}){{0,3}}(?:,\s{_TITLE_PLACE})?|"
    # "Hilltown/Rivertown: The ...": towns in title case joined by slashes, the places a story was reported from
    rf"(?={_TITLE_PLACE}(?:/{_TITLE_PLACE}){{1,3}}:\s)[^:]+|"
    # "Metro Manila, Philippines — The ...": a place and its country in title case before a spaced long dash;
    # "Jakarta, IO – President ...": a town in title case and the site's own initials before a spaced dash
    rf"(?={_TITLE_PLACE},\s(?:(?!{_WIRE_NAMES}\b)[A-Z][a-z]+ [—–] [A-Z“\"‘]|[A-Z]{{2,4}}\s[-–—]\s))"
    rf"[^,]+,\s(?:[A-Z][a-z]+|[A-Z]{{2,4}}))(?:{_PRINTED_DATE})?)"
    # an agency's name may hold a digit after its first letter: "(News1st) -"; a colon may be typed before the dash:
    # "(Wire):-- "; two wires the story was written from: "(WIRE, WIRE) -"
    rf"(?:\s*\((?P<agency>[A-Za-z][A-Za-z0-9 .&/-]{{0,40}}(?:,\s{_WIRE_NAMES})?)\)"
    r"\s*(?::(?=[-–—―]))?(?:--|[-–—―:])|\s*:|\s+(?:--|[-–—―•])|"
    # "CAGAYAN DE ORO CITY—The city ...": a long dash run into both words (the text opens with a capital)
    r"(?<=[A-Z]{4})—|"
    # "MANILA, Philippines—The ...": or into the country after the place, a long dash or a short one ("...–The")
    r"(?<=[a-z])[—–](?=[A-Z“\"‘])|"
    # "JAKARTA- Indonesia's ...": a short dash run into a place in capitals, a space after it; or a dash run into
    # the country after it ("LUMALANG, Indonesia- Thousands ...", "LUMALANG, Indonesia— Thousands ..."): only that
    # part of a place is in lower case
    r"(?<=[A-Z]{4})[-–](?=\s)|(?<=[a-z])[-–—](?=\s[A-Z“\"‘])|"
    # A wire's name in brackets runs into the text on some wires' sites ("Taipei, Jan. 9 (CNA) Taiwan's ...");
    # without the dash only a wire's name counts ("Health Ministry (MOH) said ..." is a sentence).
    rf"\s*\((?P<wire>{_WIRE_NAMES})\))(?:\s+\S|(?<=[—–])[A-Z“\"‘]|"
    # a place in capitals and its colon run into the lead's first word: "NEW DELHI:What was ..."
    r"(?<=[A-Z]{3}:)[A-Z“\"‘](?=[a-z]))"
)
# Headings in capitals that open a paragraph like a dateline does ("FILE PHOTO: ...", "PHOTOGRAPHY: ...").
_NOT_PLACES: Final = frozenset(
    (
        "PHOTO", "PHOTOS", "FILE PHOTO", "FILE PIC", "FILEPIC", "PHOTOGRAPHY", "IMAGE", "PICTURE", "VIDEO", "UPDATE",
        "FILE",  # a wire's tag for an archive photo opening its caption ("FILE - A crowd gathers ...")
        "EXCLUSIVE", "REVIEW", "REVIEWS",
        "ANALYSIS", "COMMENT", "OPINION", "EDITORIAL", "NOTE", "WATCH", "READ", "BREAKING", "LIVE", "MUSIC",
        "THEATRE", "DANCE", "FILM", "EXHIBITION", "ART", "BOOKS", "EVENT", "WORKSHOP", "TALK", "VENUE", "DATE",
        "TIME", "ADMISSION", "TICKETS", "Q", "A", "ALSO READ", "RELATED", "CORRECTION", "CLARIFICATION",
        "WRITER", "REPORTER", "AUTHOR", "EDITOR", "SOURCE",  # a labelled byline or source line
        "LETTERS", "LETTER",  # a section's label over a reader's letter ("LETTERS: I refer to ...")
        "WARNING",  # a content advisory ("WARNING: This story contains images ...")
        "TEXT SIZE", "FONT SIZE",  # a text-size tool's label on a line of its own ("Text Size:"), its buttons lost
        # a market briefing's item labels ("STOCKS: Local shares closed flat ...")
        "STOCKS", "SHARES", "MARKETS", "CURRENCY", "CURRENCIES", "FOREX", "RINGGIT", "OIL", "GOLD", "BONDS",
        "COMMODITIES", "PROPERTY", "BANKING", "AVIATION", "ECONOMY", "TECH", "ENERGY", "PLANTATION",
    )
)  # fmt: skip
# Words in brackets after a dateline that flag the story, not name its agency.
_STORY_FLAGS: Final = frozenset(("UPDATED", "UPDATE", "UPDATES", "LIVE", "VIDEO", "PHOTOS", "WATCH", "CORRECTED"))

# "(UPDATED) ...", or the update counted: "(3rd UPDATE) ..."
_FLAG_OPENING: Final = re.compile(r"\((?:\d{1,2}(?:st|nd|rd|th) )?(\w+)\)\s+\S")
# A counted flag in the agency's place after a dateline's place: "MANILA, Philippines (3rd UPDATE) – ...".
_COUNTED_FLAG: Final = re.compile(r"\(\d{1,2}(?:st|nd|rd|th) (?=(\w+)\))")


def opens_with_story_flag(paragraph: str) -> bool:
    """'(UPDATED) Senators say ...': a dek under the headline, flagged like the story."""
    m = _FLAG_OPENING.match(paragraph)
    return m is not None and m.group(1).upper() in _STORY_FLAGS


# Agencies: how to recognize each in attribution text, and its normalized name (schema.CREDIT_AGENCIES).
_AGENCY_PATTERNS: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    (re.compile(r"\breuters\b", re.I), "Reuters"),
    (re.compile(r"\bafp\b", re.I), "AFP"),
    (re.compile(r"\bAP\b"), "AP"),
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
# Letters re.I folds beyond their two cases: the dotted and dotless i, the long s, the Kelvin sign.
_MORE_CASES: Final = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}


def any_case_class(letter: str) -> str:
    """'[sSſ]' for 's': what a lower-case letter matches under re.I, as a class; other characters as they are."""
    return f"[{letter}{letter.upper()}{_MORE_CASES.get(letter, '')}]" if letter.isalpha() else letter


def word_search(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that finds one of the lower-case words (letters, spaces, hyphens) as a word of its own in any case,
    as re.compile(r"\b(?:word|...)\b", re.I) does, in a shape the regex engine searches fast: a class of the words'
    first letters, every case spelled out (re.I gives the engine no fast scan), so it skips in C to those letters;
    then the word boundary before the letter and the rest of a word opening with it. Only whether it matches is
    the same (a test keeps both in step), not which word it finds first."""
    starts = "".join(dict.fromkeys(word[0] for word in words))
    rests = "|".join(
        f"(?<={any_case_class(c)})(?:" + "|".join("".join(map(any_case_class, w[1:])) for w in words if w[0] == c) + ")"
        for c in starts
    )
    return re.compile(f"[{''.join(any_case_class(c)[1:-1] for c in starts)}](?<!\\w.)(?:{rests})\\b")


# Tuples of words are typed tuple[str, ...] (see head.TERMINAL): one of known length would be built anew at each use.
_AGENCY_WORDS: Final[tuple[str, ...]] = (
    *("reuters", "afp", "associated press", "bernama", "epa", "epa-efe", "xinhua", "getty", "bloomberg"),
    *("the star", "thestar", "unsplash", "asia news network", "ap", "ann"),
)
# The names as written; _ANY_AGENCY below answers as this does.
_ANY_AGENCY_AS_WRITTEN: Final = re.compile(
    r"\b(?:reuters|afp|associated press|bernama|epa(?:-efe)?|xinhua|getty|bloomberg|the ?star|unsplash|"
    r"asia news network)\b|\b(?:AP|ANN)\b",
    re.I,
)
_ANY_AGENCY: Final = word_search(_AGENCY_WORDS)
_AP_OR_ANN: Final = re.compile(r"ap|ann")  # literal alternatives: the regex engine scans for them fast


def _mentions_agency(text: str, low: str) -> bool:
    """_ANY_AGENCY.search(text), answered by substring tests where they suffice: that search runs on the
    end of every body paragraph, and its leading \b defeats the regex engine's fast scan. low: the text
    lower-cased, as the caller has it already (lowering a line that is not ASCII costs more than the tests)."""
    if not low.isascii() and ("ſ" in low or "ı" in low):
        # the pattern ignores case as Unicode does, reading the long s and the dotless i as "s" and "i"; lowering
        # leaves them as they are, so no substring test below would see the name they spell (isascii: a flag read)
        return _ANY_AGENCY.search(text) is not None
    if (  # a word of _ANY_AGENCY's names, spelled out (no generator per call)
        "reuters" in low
        or "afp" in low
        or "associated press" in low
        or "bernama" in low
        or "xinhua" in low
        or "getty" in low
        or "bloomberg" in low
        or "unsplash" in low
        or "asia news network" in low
    ):
        return _ANY_AGENCY.search(text) is not None
    # The short names are mostly found inside longer words ("separate", "the start"), where the search (some 20k
    # instructions) finds nothing: in ASCII they are looked for as words of their own first (the AP/ANN test below
    # still runs when none is, as the search would find those too).
    if ("epa" in low or "star" in low) and (
        not low.isascii()  # low's positions are the text's in ASCII (and with the Kelvin sign, one letter to one)
        or _ascii_word_in(low, "epa")
        or _ascii_word_in(low, "the star")
        or _ascii_word_in(low, "thestar")
    ):
        return _ANY_AGENCY.search(text) is not None
    if "ap" not in low and "ann" not in low:  # two scans in C: the search below walks every character
        return False
    for m in _AP_OR_ANN.finditer(low):  # "AP", "ANN" (any case) as words of their own
        before = low[m.start() - 1] if m.start() else " "
        after = low[m.end()] if m.end() < len(low) else " "
        if not (before.isalnum() or after.isalnum()):  # confirmed by the pattern itself below
            return _ANY_AGENCY.search(text) is not None
    return False


def _ascii_word_in(low: str, word: str) -> bool:
    """Does the lower-cased ASCII text hold the word with no word's character (\\w: a letter, digit or "_") right
    before or after it, as the pattern's boundaries read it?"""
    at = low.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _is_ascii_word_char(low[at - 1])) and (end == len(low) or not _is_ascii_word_char(low[end])):
            return True
        at = low.find(word, at + 1)
    return False


def _is_ascii_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


# Credits that may close with a full stop: a desk credit with a slash, or a "Photo" credit.
_CLOSED_CREDIT: Final = re.compile(r"\S/ ?\S|\bphotos?\.$|\bpics?\.$|\bfilepic\.$", re.I)
_VIA: Final = re.compile(r"\bvia\s+(.+)$", re.I)
# A credit opening with its label, "Photo: Jane Cruz / Facebook." (the final full stop ends the caption), also
# spelt out: "Photograph: Jane Cruz", "File photograph: Stockhouse".
PHOTO_LABEL_WORDS: Final = r"(?:photo(?:graph)?s?|pictures?|pics?|images?)"  # a credit's label before its colon
_PHOTO_LABEL: Final = re.compile(rf"{PHOTO_LABEL_WORDS}\s*:\s*\S", re.I)
# "File photograph: X": tested apart (an optional group slowed every search)
_FILE_LABEL: Final[tuple[str, ...]] = ("File ", "file ")


# The first letters _PHOTO_LABEL matches, as re.I reads them: "p" or "i" in either case, and "İ" and "ı", which it
# folds onto "i". Told by a set lookup before the match: most tails asked open with another letter.
_PHOTO_LABEL_FIRSTS: Final = frozenset("pPiI\u0130\u0131")


def is_labelled_credit(tail: str) -> bool:
    """Does the credit open with a photo label ('Photo: ', 'File photograph: ')?"""
    return (tail[:1] in _PHOTO_LABEL_FIRSTS and _PHOTO_LABEL.match(tail) is not None) or (
        tail.startswith(_FILE_LABEL) and _PHOTO_LABEL.match(tail, len(_FILE_LABEL[0])) is not None
    )


# A credit that says whose photo it is, "Photo courtesy of the Port Authority.": its words announce a
# credit, so the full stop closing it (kept: it is the credit's own) does not make it a sentence.
# "Photo by Jane Tan." is such a credit too.
_COURTESY_LABEL: Final = re.compile(r"(?:photos?|pictures?|pics?|images?) (?:courtesy of|by) [A-Z]", re.I)

# Words a credit may contain in lower case; anything else in lower case is sentence text.
_CREDIT_LOWER_WORDS: Final = frozenset(
    (
        "via", "by", "on", "and", "of", "de", "da", "del", "der", "van", "von", "bin", "binti", "bt", "bte", "al",
        "el", "la", "le", "du", "dos", "das", "pic", "pics", "photo", "photos", "file", "filepic", "handout",
        "courtesy", "image", "images", "picture", "pictures", "staff", "for", "credit", "credits", "the",
        "fotobernama",  # the national agency's photo credit in Malay ("fotoBERNAMA")
        "star", "video",  # "NAME/The star": the paper's name in a hurried credit; "Photos and video: NAME"
        "photographer",  # "Starpic by photographer NAME/The Star"
        "supplied",  # "Photo supplied": the photo came from the people in the story
        "istock", "istockphoto",  # a stock library whose name opens in lower case: "Credit: iStock Photo"
    )
)  # fmt: skip
_CREDIT_MARKER_AS_WRITTEN: Final = re.compile(
    r"/|\bvia\b|^(?:photos?|photographs?|pics?|pictures?|images?|illustrations?|filepic|starpic|file photo|handout|"
    r"courtesy)\b|"
    r"^fotobernama\b|"
    r"(?-i:^[A-Z]{2,6} PHOTOS?: [A-Z])|"  # a paper's initials before the label: "ST PHOTO: JANE TAN"
    r"^(?:text|words|story) and (?:photo|picture|pic)s?(?::| by\b)|"  # the writer took the photo too
    r"^credits?:|"
    r"\bpics?$|(?<=\w\s)filepics?$|"  # "Bernama pic", "Star filepic": a source's name before its photo word
    r"(?-i:^[A-Z]{3,}(?:PHOTOS?|PIX)$)|\bphotos?\.?$|\bpix$|\b(?:photos?|pics?|starpic)\s+(?:by|courtesy of)\s|"
    r"^(?:123rf|shutterstock|istock(?:photo)?|pexels|pixabay|freepik|dreamstime|depositphotos)(?:\.com)?$|"  # stock
    # a frame of a video or a screen saved as the photo: "SCREENGRAB", "(Screenshot)", "Screen capture"
    r"^screen\s?grabs?$|^screen\s?shots?$|^screen\s?captures?$|"
    # a wire alone, or glued to its photo word as a hurried desk types it ("-Bernamapic")
    r"^(?:reuters|afp|ap|bernama|epa(?:-efe)?|xinhua|getty images|bloomberg|the star|ann)(?:pics?)?$|"
    # Asian wires named alone after a bar or in brackets ("... | KYODO", "(Yonhap)"), and "Supplied"
    r"^(?:kyodo|jiji|yonhap|antara|vna|pti|ians|supplied)$",
    re.I,
)
# _CREDIT_MARKER_AS_WRITTEN in two parts that answer the same: a search tried its ^-anchored alternatives at every
# character (each a failed branch), so those are one match at the start, and the rest a search behind one \b.
_CREDIT_MARKER_AT_START: Final = re.compile(
    r"(?:photos?|photographs?|pics?|pictures?|images?|illustrations?|filepic|starpic|file photo|handout|courtesy)\b|"
    r"fotobernama\b|"
    r"(?-i:[A-Z]{2,6} PHOTOS?: [A-Z])|"
    r"(?:text|words|story) and (?:photo|picture|pic)s?:|(?:text|words|story) and (?:photo|picture|pic)s? by\b|"
    r"credits?:|"
    r"(?:maps?|graphics?)\s*:|"  # "Map: Weather Centre": a map's or a graphic's maker, labelled as a photo's
    r"(?-i:[A-Z]{3,}(?:PHOTOS?|PIX)$)|"
    r"(?:123rf|shutterstock|istock(?:photo)?|pexels|pixabay|freepik|dreamstime|depositphotos)(?:\.com)?$|"
    r"screen\s?grabs?$|screen\s?shots?$|screen\s?captures?$|"
    r"(?:reuters|afp|ap|bernama|epa(?:-efe)?|xinhua|getty images|bloomberg|the star|ann)(?:pics?)?$|"
    r"(?:kyodo|jiji|yonhap|antara|vna|pti|ians|supplied)$",
    re.I,
)
# The first two letters of each of _CREDIT_MARKER_AT_START's words (a test keeps them in step): on ASCII text
# lower() folds as re.I does; its words in capitals need a capital second letter.
_MARKER_OPENINGS: Final = frozenset((
    "ph", "pi", "im", "il", "fi", "st", "fo", "ha", "co", "cr", "12", "sh", "is", "pe", "fr", "dr", "de", "sc", "su",
    "re", "af", "ap", "an", "be", "bl", "ep", "xi", "ge", "th", "ky", "ji", "yo", "vn", "pt", "ia", "te", "wo",
    "ma", "gr",
))  # fmt: skip
_CREDIT_MARKER_ANYWHERE: Final = re.compile(
    r"\b(?:via\b|pics?$|(?<=\w\s)filepics?$|photos?\.?$|pix$|(?:photos?|pics?|starpic)\s+(?:by|courtesy of)\s)", re.I
)


def _has_credit_marker(text: str) -> bool:
    """_CREDIT_MARKER_AS_WRITTEN.search(text) is not None: a slash, a credit word at the start, 'via', a photo word
    at the end."""
    if "/" in text:
        return True
    # Each pattern is tried only where it can match: a case-insensitive alternation costs the regex engine
    # thousands of instructions on a headline that holds none of its words.
    opening = text[:2]
    if (
        opening.lower() in _MARKER_OPENINGS or "A" <= opening[1:] <= "Z" or not opening.isascii()
    ) and _CREDIT_MARKER_AT_START.match(text) is not None:
        return True  # (a capital second letter: the paper's initials, "ST PHOTO: ...", "STARPIX")
    low = text.lower()
    return (
        "via" in low or "pi" in low or "photo" in low or "\u0130" in text or "\u0131" in text  # dotted, dotless I
    ) and _CREDIT_MARKER_ANYWHERE.search(text) is not None


# The last word of a caption that may be its whole credit (stock libraries, a video's frame): the cheap test
# that lets such a caption into the sentence-end scan.
_BARE_CREDIT_WORDS: Final = frozenset(
    ("123rf", "shutterstock", "istock", "istockphoto", "pexels", "pixabay", "freepik", "dreamstime", "screengrab")
)
# A credit in brackets at the caption's end: "... in Manila. (Photo: Jane Cruz)", or a wire desk's
# "... Feb. 20. (Xinhua/Chhay Sopheak)" (an agency before the slash: "(2024/25)" or "(PH/BN)" is text).
_BRACKETED_CREDIT: Final = re.compile(
    # "(Photo credit: Jane Cruz)": the label may name itself a credit; some pages glue the brackets to the caption's
    # stop ("... on Monday.(Photo by Jane Cruz)"), a sentence's own brackets stand after a space
    r"(?:\s|(?<=[.!?]))\("
    r"((?:photos?(?:\scredits?)?|photographers?|pics?|pictures?|images?|illustrations?|file photo|video|source|"
    # "(Photographer: Jane Tan/Wire)": the label names the photographer; "(Map: Weather Centre)": a map's or a
    # graphic's maker, credited as a photo's
    r"supplied|maps?|graphics?)\s*"
    r"(?::|\||by|courtesy of|from)\s*"  # "(Photo from the Senate press office)", "(Photo | Jane Cruz, EPS)"
    r"[^()]{1,80}|"
    r"(?:reuters|afp|ap(?:\sphoto)?|epa(?:-efe)?|xinhua|bernama|anadolu|yonhap|kyodo|antara|vna)/[^()/]{2,60}|"
    # a photographer and the paper: "(Jane Tan/The Valley Times)", two or three names capitalized before the slash
    r"(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})/(?-i:[A-Z])[\w.&'’ -]{1,40}|"
    # "(Bernama pic)", "(FMT file photo)": a source's name, then the photo word
    r"(?-i:[A-Z])[\w.&'’-]*(?:\s(?-i:[A-Z])[\w.&'’-]*){0,2}\s(?:file\s)?(?:pics?|pix|photos?|pictures?)|"
    # the picture desk's date stamp before the photographer and paper: "... (08/04/2016/JANE TAN/The Star)"
    r"\d{1,2}/\d{1,2}/\d{4}/[^()/]{2,60}/[^()/]{2,40}|"
    # a wire, "Supplied" or the social platform the photo was taken from alone in brackets after the caption: "... in
    # Gimje. (Yonhap)", "... at the market. (Facebook)"
    r"(?<=[.!?]\s\()(?:reuters|afp|ap|epa|xinhua|bernama|kyodo|jiji|yonhap|antara|vna|pti|ians|spa|supplied|"
    r"facebook|instagram|twitter|youtube|tiktok)|"
    # the source's page on that platform after a slash: "... on Sunday. (Town Rescue Office, Riverton/Facebook)"
    r"(?<=[.!?]\s\()(?-i:[A-Z])[^()/]{1,60}/(?:facebook|instagram|twitter|youtube|tiktok)|"
    # India's photo wires alone in brackets after a caption the page left without its stop: "... near the harbour
    # (PTI)" (a wire of the world there signs off a briefing's item: "The talks ended (Reuters)")
    r"(?<=[a-z0-9]\s\()(?:pti|ians|ani)|"
    # a wire spaced inside its brackets, the caption unfinished: "... of the hospital ( AFP )"
    r"\s(?:reuters|afp|ap|epa|xinhua|bernama|pti|ians|ani)\s)\)$",
    re.I,
)
# A photo's kind and its source after "from" ("Screenshot from City TV/YouTube", "image from the Weather Bureau"):
# after the caption's sentence end, or in brackets before the caption's own full stop.
_SOURCED_PHOTO_CREDIT: Final = (
    r"(?i:screen\s?(?:caps?|shots?|grabs?)|photos?|pictures?|images?)\sfrom\s(?:the\s)?"
    r"(?:[A-Z][\w.&'’/-]*(?:\s(?:[A-Z][\w.&'’/-]*|of|the|and))*"
    r"(?:\s(?:page|account|website))?"  # "Photo from the Riverton Council Facebook page": where the page posted it
    # or a web address, in lower case as it is typed: "Screen grab from weather.example.gov", "Photo from
    # https://www.example.org/"
    r"|(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[\w./-]*)?)"
)
_SOURCED_PHOTO: Final = re.compile(
    rf"(?<=[.!?\"”])\s+({_SOURCED_PHOTO_CREDIT})(?<=[\w/])$|\s\(({_SOURCED_PHOTO_CREDIT})\)\.$"
)
# The same credit alone after a dash: "... in the flood. — Photo from weather.example.gov".
_SOURCED_PHOTO_ALONE: Final = re.compile(rf"(?:{_SOURCED_PHOTO_CREDIT})(?<=[\w/])")
# "Supplied" or a stock library in brackets right after the caption's last word, no stop between: "... to the court
# (Shutterstock)" (a platform so placed may be the sentence's own: "... post the video (Facebook)").
_BRACKETED_STOCK: Final = re.compile(
    r"(?<=\w)\s\(((?i:supplied|shutterstock|istock(?:photo)?|123rf|pexels|pixabay|freepik|dreamstime|unsplash))\)$"
)
# A photographer and source in square brackets at the caption's end: "... at the court [Jane Doe/Reuters]".
_SQUARE_CREDIT: Final = re.compile(r"\s\[([^\[\]/]{2,60}/[^\[\]/]{2,60})\]$")
# Caption end + credit: a sentence end, then the credit; or a dash, then the credit.
_SENTENCE_END: Final = re.compile(r"[.!?\"”’')](?=\s+\S)")
_CREDIT_WINDOW: Final = 160  # characters at the end of a caption that can hold its credit (14 words at most)
_GLUED_CREDIT_LABEL: Final = re.compile(r"(?<=[.!?])(?=(?:photos?|pictures?|pics?|credit)\b[^.!?:]{0,40}:\s*\S)", re.I)
# A stop with a slash credit run into it ("... reserve.Wildlife Fund/Jane Tan"); a class opens the pattern, so the
# regex engine skips in C to the next stop, and the letters before the stop are tested after.
_GLUED_SLASH_CREDIT: Final = re.compile(r"[.!?](?=[A-Z][^\s/]*(?: [^\s/]+){0,2}/ ?[A-Z][^/]*$)")
_GLUED_CREDIT_BY: Final = re.compile(
    r"(?<=[a-z)][.!?])(?=(?:photos?|pictures?|pics?|pix|starpic) by (?-i:[A-Z]))", re.I
)
# "--" or one dash, then room for a list of photographers. The second hyphen of "--" is an optional part after the
# dash (the same matches, tried in the same order): a pattern opening with a class lets the regex engine skip in C
# to the next dash, where "(?:--|...)" made it try the pattern at every character of the paragraph's end.
# A photo's label in capitals right after the caption's last word in lower case: "... in Seoul PHOTO: AFP".
_CAPS_PHOTO_LABEL: Final = re.compile(r"(?<=[a-z0-9]) ((?:PHOTOS?|PICTURES?) ?: ?[A-Z0-9][^:]*)$")
# The credit's characters are taken possessively: only the paragraph's end closes it, which fewer of them never
# reach, so a dash inside the last sentence ("Asia-Pacific") fails at once, where giving back each of 140 did not.
_DASH_CREDIT: Final = re.compile(r"[—–―-](?:(?<=-)-)?\s*([^—–―]{1,140}+)$")
_DASH_CREDIT_AS_WRITTEN: Final = re.compile(r"(?:--|[—–―-])\s*([^—–―]{1,140})$")  # the same, for a test
# A credit that is only an agency after a dash ("— Reuters"): the shape both of a photo credit and
# of a briefing item's sign-off, so the classifier looks at its neighbours before calling it a caption.
_BARE_AGENCY_NAMES: Final = r"(?:reuters|afp|ap|bernama|epa(?:-efe)?|xinhua|bloomberg|ann|asia news network|dpa)"
_BARE_AGENCY: Final = re.compile(rf"^{_BARE_AGENCY_NAMES}$", re.I)
# Picture-desk captions may run straight into their credit with no sentence end between them
# ("... against Germany's Alexander Zverev REUTERS/Edgar Su"). The credit is then found only when its
# first slash word is unambiguous: a wire agency before the slash ("REUTERS/Name(/Pool)"), or a
# distributor after it ("X/Handout via REUTERS", "NAME and NAME/The Star").
_DESK_AGENCY: Final = re.compile(r"(?:reuters|afp|ap|epa(?:-efe)?|xinhua|bernama)$", re.I)
_DESK_SOURCE: Final = re.compile(r".*\bvia\s+\S|(?:.*/)?\s*(?:handout|pool|the ?star)\s*$", re.I)
_CAPS_NAME: Final = re.compile(r"[A-Z][A-Z'’-]+$")  # a name in a credit's capitals ("AZHAR", "MAHFOF")
# Wire agencies that sign off a body paragraph ("... he said. - Bernama", "— Reuters"), by how the
# sign-off spells them, to the normalized name (schema.CREDIT_AGENCIES). The dash must follow a space
# or punctuation, so "Thomson-Reuters" is no sign-off.
_WIRE_SIGNOFF: Final = {
    "bernama": "Bernama", "reuters": "Reuters", "afp": "AFP", "ap": "AP", "xinhua": "Xinhua",
    "bloomberg": "Bloomberg", "ann": "ANN",
}  # fmt: skip
_TRAILING_AGENCY: Final = re.compile(
    r"(?<![\w-])(?:--|[—–―-])\s*(?P<agency>(?i:bernama|reuters|xinhua|bloomberg)|AFP|AP|ANN)\s*$"
)
_SIGNOFF_LAST_CHARS: Final = frozenset("aAsSgGPN")  # last letters of the agencies above: a cheap reject
# "(Reporting by ...; Editing by ...)", or without brackets when a second role follows a semicolon, perhaps
# opened by a dash ("— Reporting by A; Editing by B"; a body sentence such as "Reporting by the BBC showed ..." has
# neither). Shared with classify.
CREDITS_LINE_PATTERN: Final = (
    r"\(\s*(?:additional\s+)?(?:reporting|writing|editing|edited|compiled|research|graphics)\b[^()]*\bby\b[^()]*\)\.?$"
    r"|(?:(?:--|[—–-])\s*)?(?:additional\s+)?(?:reporting|writing) by [^.()]{2,200};\s*"
    r"(?:editing|writing|additional reporting) by [^()]+$"
)
_CREDITS_LINE: Final = re.compile(CREDITS_LINE_PATTERN, re.I)
_ROLE: Final = re.compile(
    r"\b(additional reporting|reporting and writing|writing and reporting|reporting|writing|editing|edited|compiled|"
    r"research|graphics)\s+by\s+",
    re.I,
)
_REPORTER_ROLES: Final = frozenset(
    ("additional reporting", "reporting and writing", "writing and reporting", "reporting", "writing", "compiled")
)
# Separators between the people of one role; the separator is kept to tell a place's comma from a list's.
# Written as r"(\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s*&\s*|\s*;\s*)" it splits the same (a test keeps both in step), but no
# alternative opens with a character, so the engine tried all five at every character: here a class of the characters
# a separator opens with lets it skip to those in C, and the one it opens with picks the alternatives (a run of white
# space is taken whole either way: what follows it is no white space).
_NAME_SEP: Final = re.compile(
    r"([\s,&;](?:(?<=,)(?:\s*and\s+|\s*)|(?<=[&;])\s*|(?<=\s)\s*(?:,\s*and\s+|,\s*|and\s+|&\s*|;\s*)))"
)
_IN_PLACE: Final = re.compile(r"\s+in\s+\S")
_PHOTOGRAPHER_BY: Final = re.compile(r"^(?:photos?|pics?|pictures?)\s+by\s+(.+?)(?:\s+(?:on|for|via)\s+.+)?$", re.I)
_NOT_PHOTOGRAPHER: Final = re.compile(
    r"^(?:reuters|afp|ap(?: photo)?|bernama|epa(?:-efe)?|xinhua|getty images|bloomberg|the star|ann|"
    r"pool|handout|file|file photo|filepic|courtesy|staff|.*\bpics?)$",
    re.I,
)
_POOL: Final = re.compile(r"\bpool\b", re.I)
_HANDOUT: Final = re.compile(r"\bhandout\b", re.I)


# The zones of one dump ask about the same paragraphs more than once (head, caption slot, briefing
# check), and a batch's dumps share lines (chrome, tails, a feed's stock sentences); answers are pure
# functions of the text, so recent ones are kept. One bound for every per-line cache of the parser (head
# and classify use it too): 16,384 lines keep a worker's memory flat, and caches of 1,024-4,096 lines
# cost the bench corpus 2 % of its parse time in misses. Each memo's few lines (look up, empty at the bound, keep)
# are written out beside its function on purpose: one shared helper taking the function to call measured +2 % per
# bench dump (a Python-level call on every miss, answers boxed), more than the eight copies cost to read.
LINE_CACHE: Final = 16_384
_NOT_KEPT: Final = object()  # a memo's answer for a text not yet asked about (answers may be None)

# str.isascii called as a function: compiled, a method named on a str that mypyc has no primitive for is looked up
# on the type at every call, which costs several times the test itself (a flag of the string).
IS_ASCII: Final = str.isascii


_SPACE: Final = 32  # ord(" ")
_TAB: Final = 9  # ord("\t"); to the carriage return (13): white space, as the file to the unit separator (28-31)
_CARRIAGE_RETURN: Final = 13
_FILE_SEPARATOR: Final = 28
_UNIT_SEPARATOR: Final = 31


def is_white(code: int) -> bool:
    """Is the character code white space as str.split reads it? In ASCII by its codes (tab to carriage return, the
    four separators 0x1c-0x1f, space), beyond by str.isspace."""
    if code <= _ASCII_LAST:
        return code == _SPACE or _TAB <= code <= _CARRIAGE_RETURN or _FILE_SEPARATOR <= code <= _UNIT_SEPARATOR
    return chr(code).isspace()


def words_at_most(text: str, most: int) -> bool:
    """len(text.split()) <= most, the words counted a character code at a time up to the one past `most`:
    str.split(None, most) copied the rest of a long paragraph into its last piece (thousands of instructions in
    UCS-2). White space is str.split's: ASCII by its codes, beyond ASCII by str.isspace."""
    words = 0
    in_word = False
    for i in range(len(text)):
        code = ord(text[i])
        # a space, or is_white asked only below it or beyond ASCII: letters and digits, most of a text, take no call
        if code == _SPACE or ((code < _SPACE or code > _ASCII_LAST) and is_white(code)):
            in_word = False
        elif not in_word:
            in_word = True
            words += 1
            if words > most:
                return False
    return True


_PLACE_MAX_CHARS: Final = 60  # a longer place is no dateline's (dateline_of)


# White space from the 61st character on, then a dateline's separator: a body sentence with a space there
# (most of them) is spared the dateline regex.
_SEPARATOR_AFTER_SPACE: Final = re.compile(r"\s+[(:\-–—―•]")


def _separator_near_start(paragraph: str) -> bool:
    """Can a dateline's separator follow a place of at most _PLACE_MAX_CHARS characters? The place (no
    space at its ends) is followed by optional white space and "(", ":" or a dash or bullet: one of these
    stands in the first _PLACE_MAX_CHARS + 1 characters, or a run of white space crosses that point.
    A cheap test that spares most body paragraphs the dateline regex."""
    start = paragraph[: _PLACE_MAX_CHARS + 1]
    return (
        "(" in start
        or ":" in start
        or "-" in start
        # the four beyond ASCII only in a start that holds more than ASCII (isascii reads a flag, no scan)
        or (
            not IS_ASCII(start)
            and (
                "–" in start
                or "—" in start
                or "―" in start  # U+2015, a horizontal bar some sites print for the dash
                or "•" in start
            )
        )
        or (
            len(paragraph) > _PLACE_MAX_CHARS
            and paragraph[_PLACE_MAX_CHARS].isspace()
            and _SEPARATOR_AFTER_SPACE.match(paragraph, _PLACE_MAX_CHARS) is not None
        )
    )


# dateline_of's kept answers (a memo of a pure function, the one module state allowed, as lru_cache was):
# compiled code reads and writes the dict itself, a tenth of an lru_cache call's cost. Emptied by
# parse.clear_caches, and whole at LINE_CACHE entries.
_DATELINE_MEMO: Final[dict[str, tuple[str, str | None] | None]] = {}


def dateline_of(paragraph: str) -> tuple[str, str | None] | None:
    """_dateline_of's answer, kept per text in _DATELINE_MEMO."""
    answer = _DATELINE_MEMO.get(paragraph, _NOT_KEPT)
    if answer is not _NOT_KEPT:
        return cast("tuple[str, str | None] | None", answer)
    if len(_DATELINE_MEMO) >= LINE_CACHE:
        _DATELINE_MEMO.clear()
    found = _DATELINE_MEMO[paragraph] = _dateline_of(paragraph)
    return found


# The ASCII capitals, a set: compiled, a test in it costs a hash lookup where "A" <= c <= "Z" makes two generic
# comparison calls.
ASCII_CAPITALS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _dateline_of(paragraph: str) -> tuple[str, str | None] | None:
    """('RIYADH/WASHINGTON', 'Reuters') from 'RIYADH/WASHINGTON (Reuters) - ...'; None without a dateline."""
    first = paragraph[:1]
    if first not in ASCII_CAPITALS:  # cheap reject: datelines open with a capital letter
        return None
    if not _separator_near_start(paragraph):
        # a place in capitals, its date and the lead run in: the second letter tested in C first
        return _dated_place_run_in(paragraph) if paragraph[1:2].isupper() else None
    m = _DATELINE.match(paragraph)
    if m is None:
        if first in "JFMASOND" and paragraph[:3] in _MONTH_OPENINGS and (d := _DATE_FIRST.match(paragraph)) is not None:
            # "March 3 (Wire) - ...", "March 3, Riverton (RT): ...": the date before the place, the source after
            agency = d.group("agency")
            return d.group("place"), (None if agency.upper() in _STORY_FLAGS else agency)
        if (
            paragraph.find("(", 0, _PLACE_MAX_CHARS + 3) > 1
            and (s := _SOURCE_BRACKET_MORE.match(paragraph)) is not None
            and s.group("place").split(",")[0] not in _NOT_PLACES
            and (agency := s.group("source")).upper() not in _STORY_FLAGS
        ):
            # "TOWN, Country (Paper, Feb. 3, 2031) – ...", "TOWN, (WIRE - Site / Site - 3rd Feb, 2031) Text": the
            # source's bracket holding its date or the site's own name
            return s.group("place"), agency
        if (
            (comma := paragraph.find(", ", 2, _PLACE_MAX_CHARS)) > 0
            and paragraph.find(" (", comma + 3, comma + _REGION_ABBREVIATED_MAX_CHARS) > 0  # in C: most have none
            and (r := _PLACE_ABBREVIATED_REGION.match(paragraph)) is not None
        ):
            # "RIVERTON, Calif. (Wire) — ...": the place's region abbreviated, the source in brackets
            agency = r.group("agency")
            return r.group("place"), (None if agency.upper() in _STORY_FLAGS else agency)
        if (
            (comma := paragraph.find(", ", 2, _PLACE_MAX_CHARS)) > 0
            and paragraph[comma + 2 : comma + 5] in _MONTH_OPENINGS  # the town's comma, then a month: no search yet
            and (t := _TITLE_PLACE_DATED.match(paragraph)) is not None
            and t.group("town").rpartition(" ")[2] not in _WEEKDAYS  # "Tuesday, June 8", "Updated Tuesday, ...": a day
        ):
            return t.group("place"), None  # "Riverton, June 8: ...": a town in title case with its date, no source
        if (
            (comma := paragraph.find(", ", 2, _PLACE_MAX_CHARS)) > 0
            and paragraph[comma + 2 : comma + 5] in _MONTH_OPENINGS  # the town's comma, then a month: no search yet
            and (a := _TITLE_PLACE_DATED_ACRONYM.match(paragraph)) is not None
            and a.group("town").rpartition(" ")[2] not in _WEEKDAYS
            and a.group("agency") not in _STORY_FLAGS
        ):
            # "Riverton, Sept 9 (RNA) Three more ...": a town in title case with its date, the source's initials in
            # brackets run into the lead with no dash (the date before the bracket: no sentence's subject)
            return a.group("place"), a.group("agency")
        if (
            (comma := paragraph.find(", ", 2, _PLACE_MAX_CHARS)) > 0
            and paragraph.find(".", 2, comma + _SITE_ADDRESS_MAX_CHARS) > 0  # in C: a site's address holds a dot
            and (a := _SITE_ADDRESS_BY_PLACE.match(paragraph)) is not None
        ):
            # "NEWS.CO.ID, RIVERTON -- ...", "RIVERTON, DAILYNEWS.COM -- ...": the site's own address beside a place in
            # capitals, the site's credit in the wire's slot: the place, no agency
            return a.group("first") or a.group("last"), None
        if paragraph.find(", ", 0, _WIRE_FIRST_MAX_CHARS) > 1 and (w := _WIRE_FIRST.match(paragraph)) is not None:
            # "Reuters, NEW DELHI – ...": the wire's name before the place, as some aggregators print it
            rest = dateline_of(paragraph[w.end() :])
            return None if rest is None or rest[1] is not None else (rest[0], w.group(1))
        if (
            (opening := paragraph.find(" (", 2, _PLACE_MAX_CHARS + 1)) > 0
            and paragraph[opening + 2 : opening + 3].isdigit()  # in C: most brackets hold no number first
            and (counted := _COUNTED_FLAG.match(paragraph, opening + 1)) is not None
            and counted.group(1).upper() in _STORY_FLAGS
        ):
            # "MANILA, Philippines (3rd UPDATE) – ...": the story's flag counted, no agency; read without the count
            mended = dateline_of(paragraph[: opening + 2] + paragraph[counted.end() :])
            return None if mended is None else (mended[0], None)
        if (comma := paragraph.find(", (", 2, _PLACE_MAX_CHARS + 1)) > 0:
            # "NAIROBI, (Wire) – ...", "TOWN, Country, (Wire) -- ...": a comma typed before the source's brackets
            mended = dateline_of(paragraph[:comma] + paragraph[comma + 1 :])
            if mended is not None and mended[1] is not None:
                return mended
        return _dated_place_run_in(paragraph) if paragraph[1:2].isupper() else None
    # The match's groups and end read once: compiled, each method call on a match is a generic lookup and call.
    place_group: str
    agency_group: str | None
    wire_group: str | None
    place_group, agency_group, wire_group = m.group("place", "agency", "wire")
    end = m.end()
    place = place_group.strip()
    # Two letters at least: "Q: ..." in an interview is not a place.
    if len(place) > _PLACE_MAX_CHARS or (len(place) < 4 and sum(ch.isalpha() for ch in place) < 2):
        return None
    if place.split(",")[0].split(" (")[0] in _NOT_PLACES:
        return None
    if place[:3].upper() in _WEEKDAY_OPENINGS and place.partition(",")[0].title() in _WEEKDAYS:
        return None  # "FRIDAY, JULY 7, 2023": a date line in capitals, no place
    if len(paragraph) - end < _LABEL_VALUE_MAX_CHARS and _label_and_value(paragraph[end - 1 :]):
        return None  # "NEWSPAPER SECTION: Business": a label and its value, no sentence after a place
    agency = agency_group or wire_group
    if wire_group is not None and _spelt_by_initials(place, wire_group):
        return None  # "Channel News Asia (CNA) recently ...": a name and its initials, the sentence's subject
    if agency is None and paragraph[end - 1 : end].islower() and _lower_word_opens(paragraph, end - 1):
        return None  # "TOWN – named after a flower, is ...": the place is the sentence's subject, no dateline
    if (
        agency_group is not None
        and paragraph[(agency_end := m.end("agency")) + 1 : agency_end + 3].lstrip()[:1] == ":"
        and _region_in_brackets(agency)
    ):
        return f"{place} ({agency})", None  # "Riverton (North Province): ...": the town's state, no agency
    if agency is None and ", " in place:
        town, _, wire = place.rpartition(", ")
        if _WIRE_ALONE.fullmatch(wire) is not None:
            return town, wire  # "NEW DELHI, Reuters –": the wire after the place
        if wire.isupper() and not town.isupper():
            return town, None  # "Jakarta, IO –": the site's own initials after the town, no agency
        if _SITE_ADDRESS.fullmatch(town) is not None:
            return wire, None  # "TEMPO.CO, Jakarta -": the site's own address before the town
    # "MANILA, Philippines (UPDATED) –": a flag of the story's own in the agency's place.
    return place, (None if agency is not None and agency.strip().upper() in _STORY_FLAGS else agency)


_LABEL_VALUE_MAX_CHARS: Final = 40


def _spelt_by_initials(name: str, acronym: str) -> bool:
    """Is the acronym the initials of the name's words ('Channel News Asia', 'CNA')? A name glossed with its
    initials opens a sentence; a wire's name after a place is not the place's initials."""
    return "".join(word[0] for word in name.split()).upper() == acronym.upper()


# A place in capitals (its country after a comma) or in title case ("Metro Riverton (Harbour TV, August 6) — ...":
# the bracket's date tells a dateline, no name in a sentence), then its source's name in brackets written as no
# dateline above reads it: a printed date after the source's name and a comma, a dash after the bracket; or the
# site's own name after a dash and the date's year, the text right after. ("TOWN, (Wire) – ..." is the comma mend's.)
_SOURCE_NAME: Final = r"[A-Z][A-Za-z0-9.&' ]{0,30}[A-Za-z]"
_SOURCE_BRACKET_MORE: Final = re.compile(
    rf"(?P<place>{_PLACE}(?:,\s[A-Z][a-z]+)?|{_TITLE_PLACE}),?\s\((?P<source>{_SOURCE_NAME})"
    r"(?:,\s(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}|\d{1,2}\s[A-Z][a-z]{2,8})\b[^()]{0,12}\)\s*[-–—―]\s|\s[-–—]\s[^()]{3,80}\b\d{4}\)\s)"
    r"(?=\S)"
)
# A place with its region abbreviated after the comma, then the source in brackets and a dash: "RIVERTON, Calif. (Wire)
# — ...", "RIVERTON, N.S.W. (Wire) - ...", "Riverton, W Java (Wire) - ..." (a stop or a lone initial the place
# pattern above does not take).
_REGION_ABBREVIATED_MAX_CHARS: Final = len(", N Sulawesi (")  # the comma, the region abbreviated, the bracket
_PLACE_ABBREVIATED_REGION: Final = re.compile(
    rf"(?P<place>(?:{_PLACE}|{_TITLE_PLACE}),\s(?:[A-Z][a-z]{{1,4}}\.|(?:[A-Z]\.){{1,3}}|[A-Z]\.?\s[A-Z][a-z]+))"
    r"\s\((?P<agency>[A-Za-z][A-Za-z0-9 .&/-]{0,40})\)\s*(?:--|[-–—―])\s+(?=[A-Z“\"‘])"
)
# A month's name, in full or cut short as desks print it ("Sept", "Sept.", "June", "Jun"): one spelling for every
# dateline pattern below that holds a printed date.
_MONTH_NAME: Final = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# A dateline that opens with its date, the place (if any) after it, then its source in brackets and a dash or colon:
# "Mar 18 (Wire) - ...", "February 15, Riverton (RT): ...". The source in brackets is required: a sentence may open
# with a date ("March 3, Riverton hosts ...").
_MONTH_OPENINGS: Final = frozenset(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"))
_DATE_FIRST: Final = re.compile(
    rf"(?P<place>{_MONTH_NAME}\.?\s\d{{1,2}}(?:,\s{_TITLE_PLACE})?)"
    r"\s\((?P<agency>[A-Za-z][A-Za-z0-9.&/ -]{0,40})\)\s*(?:--|[-–—―:])\s+\S"
)
# A place in capitals, its comma and the printed date, the lead run in with no separator: "RIVERTON, Aug 5 The ...".
_DATED_PLACE_RUN_IN: Final = re.compile(rf"(?P<place>{_PLACE},\s{_MONTH_NAME}\.?\s\d{{1,2}})\s(?=[A-Z“\"‘][a-z]*\s)")
_RUN_IN_LEAD_MIN_CHARS: Final = 80  # a lead's sentence follows the date: more than a date line's words


def _dated_place_run_in(paragraph: str) -> tuple[str, str | None] | None:
    """('RIVERTON, Aug 5', None) from 'RIVERTON, Aug 5 The council said ...': a place in capitals and its date
    with the separator lost before the lead (a place and a month's date open no sentence); None otherwise. The
    comma and the month's first letters are tested before the pattern (most paragraphs stop there); callers test
    the second letter's case first ("The council ...": most paragraphs open with a word in title case)."""
    comma = paragraph.find(", ", 2, _PLACE_MAX_CHARS)
    if comma < 0 or paragraph[comma + 2 : comma + 5] not in _MONTH_OPENINGS or not paragraph[:comma].isupper():
        return None
    if len(paragraph) < _RUN_IN_LEAD_MIN_CHARS or (m := _DATED_PLACE_RUN_IN.match(paragraph)) is None:
        return None
    return m.group("place"), None


# A town in title case, a comma and the month's name and day, then a colon or a dash: "Riverton, June 8: ...",
# "Hilltown, Sept 9 - ...". The printed date is required (a title-case word and a colon may open any sentence).
_TITLE_PLACE_DATED: Final = re.compile(
    rf"(?P<place>(?P<town>{_TITLE_PLACE}),\s{_MONTH_NAME}\.?\s\d{{1,2}})\s*(?::|--|[-–—―])\s+(?=[A-Z“\"‘])"
)
# A town in title case, its month's name and day, then the source's initials in brackets and the lead's first word
# with no dash: "Riverton, Sept 9 (RNA) Three more ...".
_TITLE_PLACE_DATED_ACRONYM: Final = re.compile(
    rf"(?P<place>(?P<town>{_TITLE_PLACE}),\s{_MONTH_NAME}\.?\s\d{{1,2}})\s\((?P<agency>[A-Z]{{2,6}})\)\s(?=[A-Z“\"‘][a-z])"
)
# The agency's initials before a town in title case and its full date, a dash ending the line, the lead on the next:
# "RNA Riverton, August 02, 2031 —".
_AGENCY_PLACE_DATED: Final = re.compile(
    rf"(?P<agency>[A-Z]{{2,6}})\s(?P<place>{_TITLE_PLACE},\s{_MONTH_NAME}\.?\s\d{{1,2}},\s\d{{4}})\s*(?:--|[-–—―])"
)
AGENCY_PLACE_DATED_MAX_CHARS: Final = 60


def agency_place_dated(line: str) -> tuple[str, str] | None:
    """('Riverton, August 02, 2031', 'RNA') from 'RNA Riverton, August 02, 2031 —' on a line of its own, the lead
    under it: a dateline printed apart, the agency's initials first; None for any other line."""
    if len(line) > AGENCY_PLACE_DATED_MAX_CHARS or line[-1:] not in "-–—―" or not line[:2].isupper():
        return None  # most lines: no regex
    m = _AGENCY_PLACE_DATED.fullmatch(line)
    if m is None or m.group("agency") in _STORY_FLAGS or m.group("agency") in _NOT_PLACES:
        return None
    town = m.group("place").partition(",")[0]
    return None if town.rpartition(" ")[2] in _WEEKDAYS else (m.group("place"), m.group("agency"))


WEEKDAY_NAMES: Final[tuple[str, ...]] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAYS: Final = frozenset(WEEKDAY_NAMES)
_WEEKDAY_OPENINGS: Final = frozenset(day[:3].upper() for day in _WEEKDAYS)


def _lower_word_opens(paragraph: str, start: int) -> bool:
    """Does a word in lower-case letters only open the text at start ('named after ...'; a brand's 'eBay' does not)?"""
    word = paragraph[start : start + _LOWER_WORD_MAX].split(" ", 1)[0]
    return word.isalpha() and word.islower()


_LOWER_WORD_MAX: Final = 20  # characters: a longer word is cut, still letters


# A site's address in capitals, printed before the town as the site's own credit: "NEWS.CO", "DAILY.CO.ID".
_SITE_ADDRESS_PATTERN: Final = r"[A-Z][A-Z0-9-]*(?:\.[A-Z]{2,3}){1,2}"
_SITE_ADDRESS: Final = re.compile(_SITE_ADDRESS_PATTERN)
_SITE_ADDRESS_MAX_CHARS: Final = 30  # characters after a place's comma the address's dot stands within
# The address by a place in capitals, either side of its comma, then a dash: "NEWS.CO.ID, RIVERTON -- "
_SITE_ADDRESS_BY_PLACE: Final = re.compile(
    rf"(?:{_SITE_ADDRESS_PATTERN},\s(?P<first>{_PLACE})|(?P<last>{_PLACE}),\s{_SITE_ADDRESS_PATTERN})"
    r"\s+(?:--|[-–—―])\s+(?=[A-Z“\"‘])"
)
_WIRE_FIRST: Final = re.compile(rf"({_WIRE_NAMES}),\s+(?=[{_CAP}]{{2}})")
_WIRE_FIRST_MAX_CHARS: Final = 11  # "Bloomberg, ": the longest wire name and its comma and space
_WIRE_ALONE: Final = re.compile(_WIRE_NAMES)
_REGION_WORD: Final = re.compile(r"[A-Z][a-z]+")
# Words of a wire's or paper's name in title case ("Kyodo News", "Asia News Network"): no region's name.
_PRESS_WORDS: Final = frozenset(
    (
        "The", "News", "Network", "Press", "Agency", "Service", "Times", "Post", "Star", "Daily", "Wire", "Tribune",
        "Herald", "Journal", "Mail", "Express", "Today", "Online", "Media", "Bulletin", "Gazette", "Chronicle",
        "Observer", "Standard", "Telegraph", "Monitor", "Reporter", "Correspondent", "Bureau", "Desk", "Nation",
    )
)  # fmt: skip


def _region_in_brackets(name: str) -> bool:
    """'Madhya Pradesh', 'North Province': two or three words in title case, none a wire's or paper's word (a
    state or province after a town, as Indian papers print their datelines)."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(_REGION_WORD.fullmatch(w) and w not in _PRESS_WORDS for w in words)


def _label_and_value(rest: str) -> bool:
    """Is the text after a would-be dateline a label's short value ('Business', 'Jane Tan') rather than a
    sentence? Three words at most and no sentence end, at the end or inside ("Oops! (Sorry)": an exclamation, then
    its gloss, is the lead's short first sentence)."""
    return (
        len(rest.split()) <= 3
        and not rest.rstrip().endswith((".", "!", "?", '"', "”", "’"))
        and "! " not in rest
        and "? " not in rest
    )


# A wire story's lead with its agency but no place: "(AFP) — Thailand has closed ...".
# (the dash may be glued to the lead's first word: "(WIRE) -Contrary to ...")
_AGENCY_OPENING: Final = re.compile(
    r"\((?P<agency>[A-Z][A-Za-z.&/ -]{1,30})\)\s*(?:(?:--|[-–—―:])\s+\S|(?:--|[-–—―])[A-Z“\"‘][a-z])"
)


# The source's name in title case or capitals in brackets, no dash after it, then the lead's first word:
# "(Harbour Gazette) The council has ...", "(NEWSWIRE- The Daily Post) Villagers ...".
_SOURCE_OPENING: Final = re.compile(
    r"\((?P<agency>[A-Z][A-Za-z.&/-]*(?: [A-Z][A-Za-z.&/-]*){0,6})\)\s+(?=[A-Z“\"‘][a-z]+\s)"
)
_SOURCE_OPENING_MAX_CHARS: Final = 40  # a publication's name with its wire's


# A wire's name alone before a dash opening the lead, no place: "REUTERS - Markets are closed ...", "WIRE -- A ...".
_WIRE_OPENING: Final = re.compile(rf"({_WIRE_NAMES})\s*(?:--|[-–—―])\s+(?=[A-Z“\"‘])")
# The first letters of _WIRE_NAMES, in either case: a cheap reject, read off the names so a wire added there counts
_WIRE_INITIALS: Final = frozenset(
    letter
    for name in _WIRE_NAMES.removeprefix("(?i:").removesuffix(")").split("|")
    for letter in (name[0].lower(), name[0].upper())
)


def wire_opening(paragraph: str) -> str | None:
    """'REUTERS' from 'REUTERS - Markets are closed ...': a wire's name in capitals alone before the lead's dash."""
    if paragraph[1:2].isupper() and paragraph[:1] in _WIRE_INITIALS and (w := _WIRE_OPENING.match(paragraph)):
        return w.group(1)  # (the name in capitals: a second letter in lower case rejects most paragraphs cheaply)
    return None


def opening_agency(paragraph: str) -> str | None:
    """'AFP' from '(AFP) — Thailand has ...' or '(Harbour Gazette) The council ...'; None for any other paragraph
    (a story flag such as '(UPDATED) —' names no agency)."""
    m = _AGENCY_OPENING.match(paragraph) if paragraph.startswith("(") else None
    if m is None and paragraph[:1] == "(" and (m := _SOURCE_OPENING.match(paragraph)) is not None:
        name = m.group("agency")
        # one word is a wire's name ('(Reuters) The ...') or a story's flag ('(LEAD) ...'): only a wire counts
        if len(name) > _SOURCE_OPENING_MAX_CHARS or (" " not in name and not is_bare_agency(name)):
            return None
        if any(word.upper() in _NOT_PLACES or word.upper() == "CAPTION" for word in name.split()):
            return None  # "(File Photo) ...", "(Brief Caption) ...": the photo's or the page's label, no source
    if m is None or m.group("agency").strip().upper() in _STORY_FLAGS:
        return None
    return m.group("agency").strip()


def text_after_dateline(paragraph: str) -> str | None:
    """'The U.S. and ...' from 'RIYADH (Reuters) - The U.S. and ...'; None without a dateline."""
    if dateline_of(paragraph) is None:
        return None
    m = _DATELINE.match(paragraph)
    return paragraph[m.end() - 1 :] if m is not None else None


_DATELINE_ALONE: Final = re.compile(
    rf"(?:{_PLACE}|{_TITLE_PLACE})(?:{_PRINTED_DATE})?\s*\([A-Za-z][A-Za-z .&/-]{{0,40}}\)"
)


# "Singapore:", "MANILA, Philippines:", "Dhaka, September 30 :" (a printed date stays part of the dateline)
_PLACE_ALONE: Final = re.compile(rf"((?:{_PLACE}|{_TITLE_PLACE})(?:,\s[A-Z][a-z]+)?(?:{_PRINTED_DATE})?)\s*:")


def place_alone(line: str) -> str | None:
    """'Singapore' from 'Singapore:' printed on a line of its own above the first paragraph; None otherwise."""
    if len(line) > 40 or not line.endswith(":"):
        return None
    m = _PLACE_ALONE.fullmatch(line)
    return m.group(1) if m is not None and m.group(1).upper() not in _NOT_PLACES else None


# "OSAKA", "SEOUL, Oct. 19, Wire", "RIVERTON, Mekongia": a place in capitals printed apart with no separator at all, its
# country, its date and its wire after it; the classifier takes it only right above the lead.
_PLACE_APART: Final = re.compile(
    rf"(?P<place>{_PLACE}(?:,\s(?!{_WIRE_NAMES}\b)[A-Z][a-z]+)?(?:{_PRINTED_DATE})?)(?:,\s(?P<wire>{_WIRE_NAMES}))?"
)
_PLACE_APART_MIN_LETTERS: Final = 3


def place_apart(line: str) -> tuple[str, str | None] | None:
    """('SEOUL, Oct. 19', 'Wire') from 'SEOUL, Oct. 19, Wire' on a line of its own; None for any other line."""
    if len(line) < _PLACE_APART_MIN_LETTERS or len(line) > PLACE_APART_MAX_CHARS or not line[:4].isupper():
        return None  # most lines: no regex
    m = _PLACE_APART.fullmatch(line)
    if m is None:
        return None
    place = m.group("place")
    if place.split(",")[0] in _NOT_PLACES or not place.split(",")[0].replace(" ", "").isalpha():
        return None
    if place[:3] in _WEEKDAY_OPENINGS and place.partition(",")[0].title() in _WEEKDAYS:
        return None  # "FRIDAY, JULY 7, 2023": a date line in capitals
    return place, m.group("wire")


PLACE_APART_MAX_CHARS: Final = 40


def is_place_alone(line: str) -> bool:
    return place_alone(line) is not None


def is_dateline_alone(line: str) -> bool:
    """'HCM City (VNA)' on a line of its own: a dateline whose dash and text went to the next line."""
    return len(line) <= 60 and _DATELINE_ALONE.fullmatch(line) is not None


def is_credits_line(line: str) -> bool:
    """True for '(Reporting by A and B; Editing by C)'."""
    return bool(_CREDITS_LINE.match(line))


_TRAILING_CREDITS_MAX_CHARS: Final = 240  # "(Reporting by A in X and B; Additional reporting by C; Editing by D)"


def trailing_credits(paragraph: str) -> tuple[str, str] | None:
    """('... was unanimous.', '(Reporting by A; Editing by B)') from the last paragraph with the wire's credits
    run into its end (the scrape joined the credits line to the paragraph above it); None when it has none (the
    closing bracket tested by the caller)."""
    start = paragraph.rfind("(", max(0, len(paragraph) - _TRAILING_CREDITS_MAX_CHARS))
    if start <= 0 or paragraph[start - 1] != " " or " by " not in paragraph[start:].lower():
        return None
    text = paragraph[:start].rstrip()
    credit = paragraph[start:]
    return (text, credit) if text and _CREDITS_LINE.match(credit) is not None else None


def _names(segment: str) -> list[str]:
    """['A', 'B'] from 'A in Oakland, California and B in New York'.

    A place after ' in ' may hold commas ('Washington, D.C.'), so it runs on to the next ' and ',
    '&' or ';', or to a comma whose next piece names a person with a place of their own
    ('A in London, B in Houston'); a comma-separated piece without ' in ' right after a place is
    part of that place. A place with ' and ' in its name ('Trinidad and Tobago') is read as two.
    """
    names: list[str] = []
    text = segment.strip(" ;,.()")
    # A separator's character or word looked for in C first: one name alone (most roles) is one piece, and the split
    # tries its five alternatives at every character.
    parts = _NAME_SEP.split(text) if "," in text or "and" in text or "&" in text or ";" in text else [text]
    in_place = False  # the previous piece ended in a place, so a bare ', X' continues it
    for n in range(0, len(parts), 2):
        piece = parts[n]
        place = _IN_PLACE.search(piece) if "in" in piece else None  # the word in C first: most names have no place
        if in_place and place is None and parts[n - 1].strip() == ",":
            continue
        in_place = place is not None
        name = (piece[: place.start()] if place else piece).strip(" ;,.()")
        if name and name.lower() not in ("and", "the"):
            names.append(name)
    return names


# _ROLE without its leading \b and case, searched in the line lower-cased: the alternatives' first letters give the
# regex engine a fast scan, where \b and re.I make it try every alternative at every word's start.
_ROLE_LOWER: Final = re.compile(
    r"(additional reporting|reporting and writing|writing and reporting|reporting|writing|editing|edited|compiled|"
    r"research|graphics)\s+by\s+"
)


def _roles(line: str) -> list[re.Match[str]]:
    """list(_ROLE.finditer(line)), each role's words lower-cased. In ASCII, lower-casing keeps every character's
    place and re.I matches as the lower-cased letters do; \b is tested on the match (a role opens with a letter,
    so the character before it must be no word's), a failed one searched again from the next character."""
    if not IS_ASCII(line):
        return list(_ROLE.finditer(line))  # re.I folds a few letters outside ASCII onto the roles' ("ſ", "ı")
    low = line.lower()
    roles: list[re.Match[str]] = []
    pos = 0
    while (m := _ROLE_LOWER.search(low, pos)) is not None:
        start = m.start()
        if start > 0 and (low[start - 1].isalnum() or low[start - 1] == "_"):
            pos = start + 1  # inside a word ("misreporting by"): no role
            continue
        roles.append(m)
        pos = m.end()
    return roles


def people_of_credits_line(line: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(reporters, editors) from '(Reporting by A in X and B; Additional reporting by D; Editing by C)'.

    Writing, compiling and additional reporting count as reporting (schema: article.reporters).
    """
    reporters: list[str] = []
    editors: list[str] = []
    roles = _roles(line)
    for n, m in enumerate(roles):
        end = roles[n + 1].start() if n + 1 < len(roles) else len(line)
        role = m.group(1).lower()
        if role in _REPORTER_ROLES:
            target = reporters
        elif role in ("editing", "edited"):  # "(Edited by C)": the desk's note of one role, in brackets
            target = editors
        else:
            continue  # research, graphics: not reporters or editors
        for name in _names(line[m.end() : end]):
            if name not in target:  # a name given twice ("by A and A") is one person
                target.append(name)
    return tuple(reporters), tuple(editors)


_LABELLED_HANDLE_MAX_WORDS: Final = 4


# The picture desk's date stamp closing a credit: "Starpic by JANE TAN / The Star / 04 Feb 2017."
_DATE_STAMPED: Final = re.compile(r"[/-]\s?\d{1,2}(?:st|nd|rd|th)?\s[A-Za-z]{3,9}\.?\s\d{4}\.$")
# ... or after the credit's own full stop with the month first: "JANE TAN / The Star. February 4, 2017." (its
# ", 2017." tested before the pattern)
_MONTH_FIRST_STAMP: Final = re.compile(r"\.\s[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4}\.$")
_CREDIT_MAX_WORDS: Final = 14
# The ends of a stock library's attribution line, its name as the library spells it: one C call before the pattern.
_STOCK_ENDINGS: Final[tuple[str, ...]] = (
    "Unsplash",
    "Unsplash.",
    "Freepik",
    "Freepik.",
    "Pexels",
    "Pexels.",
    "Pixabay",
    "Pixabay.",
)
# A stock library's own attribution line: "Image by jdoe88 on Freepik.", "Photo by Jane Cruz on Unsplash" (the
# photographer's handle may be in lower case; the stop, if any, is the line's own).
_STOCK_ATTRIBUTION: Final = re.compile(
    r"(?:photos?|images?|pictures?) by [\w.'’-]+(?: [\w.'’-]+){0,3} on (?:unsplash|freepik|pexels|pixabay)\.?$", re.I
)
_DESK_DATE: Final = re.compile(r"\d{1,2}\s[A-Za-z]{3,9}\.?\s\d{4}\s+(?=\S)")  # "26 Oct 2017 " before a credit
_LABELLED_CREDIT_MAX_WORDS: Final = 24  # "Photos: NAME, NAME, NAME and NAME/The Star": a feature's photographers listed


# The day a photo was taken, after its credit: "EPA pic, March 2, 2019.", "CNA photo Feb. 11, 2021".
_CREDIT_DATE: Final = re.compile(r",?\s[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4}\.?$")


def _dated_credit(tail: str) -> str | None:
    """'EPA pic, March 2, 2019' from 'EPA pic, March 2, 2019.': a credit with the photo's date after it (the
    final stop, if any, ends the caption); None for any other tail."""
    if not (tail[-1:].isdigit() or tail[-2:-1].isdigit()):  # most tails end in a letter: no regex call
        return None
    m = _CREDIT_DATE.search(tail)
    return tail.removesuffix(".") if m is not None and m.start() > 0 and _credit_shaped(tail[: m.start()]) else None


def _credit_shaped(tail: str) -> bool:
    """A credit names people and organisations: short, capitalized, with a credit marker."""
    words = tail.split()
    limit = _CREDIT_MAX_WORDS
    if len(words) > limit and is_labelled_credit(tail):
        limit = _LABELLED_CREDIT_MAX_WORDS  # a label announces the credit: its list of names may run longer
    if not 1 <= len(words) <= limit or tail.endswith((",", ":", ";")):
        return False
    if tail.endswith(".") and not (
        (len(words) <= 5 and _CLOSED_CREDIT.search(tail))
        or is_labelled_credit(tail)
        or _DATE_STAMPED.search(tail)
        or (tail[-7:-5] == ", " and _MONTH_FIRST_STAMP.search(tail) is not None)
        or _COURTESY_LABEL.match(tail)
        or (len(words) == 1 and _BARE_AGENCY.match(tail[:-1]) is not None)  # "... on Monday. - AFP."
    ):
        return False  # "EPA Photo.", "SHAFWAN ZAIDON/The Star." close with a full stop; sentences do too
    if len(words) <= _LABELLED_HANDLE_MAX_WORDS and not tail.endswith(".") and is_labelled_credit(tail):
        return True  # "Photo: jdoe88 (Pixabay)": after the label a user's handle may be in lower case
    if not (tail[0].isupper() or tail[0].isdigit() or words[0].lower() in _CREDIT_LOWER_WORDS):
        return False  # "— file pic", "fotoBERNAMA": in lower case a credit opens with a credit word
    for word in words:
        core = word.strip("()[],'\"‘’“”:").removesuffix(".")  # "Reuters file photo.", "Image credit: X"
        if core and _opens_in_lower_case(core) and core.split("/")[0].lower() not in _CREDIT_LOWER_WORDS:
            if (word is words[-1] or (word[-1] == "." and _licence_after(tail, word))) and is_labelled_credit(tail):
                # "Photo: Jane Cruz and jdoe88", "Photo: Jane Cruz / flickr.": the label's list of names may close on
                # a user's handle or a site's name in lower case, the caption's stop after it (or the photo's
                # licence after that stop: "/ flickr. CC BY 2.0.")
                break
            return False
    return _has_credit_marker(tail) or bool(_ANY_AGENCY.search(tail))


_LOWER_A: Final = 97  # ord("a")
_LOWER_Z: Final = 122  # ord("z")
_ASCII_LAST: Final = 127


def _opens_in_lower_case(word: str) -> bool:
    """word[0].islower(), an ASCII first letter told by its code: compiled, no method call through Python (~250
    instructions a word of every credit-shaped tail); the same answer, as no other ASCII character is lower case."""
    code = ord(word[0])
    return _LOWER_A <= code <= _LOWER_Z or (code > _ASCII_LAST and word[0].islower())


# A Creative Commons licence closing a photo's credit after the source's name and its stop: ". CC BY 2.0",
# ". CC BY-SA 4.0." (the licence's marks, no name of a person or a sentence's word).
_LICENCE_TAIL: Final = re.compile(r"\. CC(?: BY(?:-[A-Z]{2}){0,2})? \d\.\d\.?$")


def _licence_after(tail: str, word: str) -> bool:
    """Is the word (its stop kept) the last of the credit's names, a Creative Commons licence after it alone?"""
    if " CC" not in tail:  # in C first: most credits hold no licence
        return False
    licence = _LICENCE_TAIL.search(tail)
    return licence is not None and tail[: licence.start() + 1].endswith(word)


def _month_abbreviation_before(paragraph: str, stop: int) -> bool:
    """Does a month's abbreviation ('Dec', 'Sept') stand as a word right before the full stop at `stop`?"""
    word = paragraph[paragraph.rfind(" ", 0, stop) + 1 : stop]
    return word in _MONTH_OPENINGS or word == "Sept"


# A photo's credit after a bar, opened by its label: "| Photo: NAME", "| Photo Credit: NAME", "| Photos by the writer",
# "| Picture courtesy of NAME" (a bar in a headline sets off a section or the site's name, never a labelled credit).
_PIPED_CREDIT: Final = re.compile(
    rf"\s\|\s+({PHOTO_LABEL_WORDS}(?:\s+credits?)?(?:\s*:|\s+by\s|\s+courtesy\s)\s*[^|]{{1,80}})$", re.I
)
_PIPED_CAPTION_MIN_WORDS: Final = 4  # a caption's words before the bar ("Gallery | Photos: ..." is a page's title)


# split_caption_credit's kept answers (a memo of a pure function, the one module state allowed, as lru_cache was):
# compiled code reads and writes the dict itself, a tenth of an lru_cache call's cost. Emptied by
# parse.clear_caches, and whole at LINE_CACHE entries.
_CAPTION_CREDIT_MEMO: Final[dict[str, tuple[str, str | None]]] = {}


def _named_source(name: str) -> bool:
    """A photo's source after its "Source:" label: a credit's shape ("VNA", "Jane Tan/The Ledger") or a site's address
    alone ("news.example.com"), no sentence."""
    return _credit_shaped(name) or (" " not in name and "." in name[1:-1])


_BRACKETED_CREDIT_MAX_CHARS: Final = 60  # a credit in brackets after the caption's stop, its brackets and space


def _credit_after_stop_in_brackets(paragraph: str) -> tuple[str, str] | None:
    """('... on Monday.', 'Online/File') from '... on Monday. (Online/File)': brackets closing the paragraph right
    after its sentence's stop hold no words of that sentence; a credit's shape in them (the one a credit after a
    dash has: "(The STAR/File)", "(Filepic)", "(BADMINTONPHOTO)", "(Desk pic, March 2, 2019)") makes them the photo's
    credit, as "(Photo: NAME)" is. None for any other paragraph (the caller saw it end in a bracket)."""
    opening = paragraph.rfind(" (", max(0, len(paragraph) - _BRACKETED_CREDIT_MAX_CHARS))
    if opening < 1 or paragraph[opening - 1] not in ".!?" or "(" in paragraph[opening + 2 : -1]:
        return None
    inside = paragraph[opening + 2 : -1].strip()
    if not inside or ")" in inside:
        return None
    credit = inside if _credit_shaped(inside) else _dated_credit(inside)
    return None if credit is None else (paragraph[:opening], credit)


def split_caption_credit(paragraph: str) -> tuple[str, str | None]:
    """_split_caption_credit's answer, kept per text in _CAPTION_CREDIT_MEMO."""
    answer = _CAPTION_CREDIT_MEMO.get(paragraph)
    if answer is None:
        if len(_CAPTION_CREDIT_MEMO) >= LINE_CACHE:
            _CAPTION_CREDIT_MEMO.clear()
        answer = _CAPTION_CREDIT_MEMO[paragraph] = _split_caption_credit(paragraph)
    return answer


# A photographer's name in capitals after the caption's last stop, no label or dash ("... on Friday. JANE A. CRUZ"):
# two to four words, initials with their stop; a link's or a button's words in capitals ("READ MORE") are no name.
_CAPITALS_NAME_AFTER_STOP: Final = re.compile(
    r"[.!?][”\"’']?\s+((?:[A-Z]\.|[A-Z][A-Z'’-]+)(?: (?:[A-Z]\.|[A-Z][A-Z'’-]+)){1,3})$"
)
_NOT_NAME_WORDS_IN_CAPITALS: Final = frozenset(
    ("READ", "MORE", "CLICK", "HERE", "WATCH", "SUBSCRIBE", "SHARE", "ALSO", "NEXT", "END", "ENDS", "UPDATE", "LIVE")
)


def _capitals_name_after_stop(paragraph: str, window: int) -> tuple[str, str] | None:
    """('Caption.', 'JANE A. CRUZ') from 'Caption. JANE A. CRUZ': a name in capitals closing a caption written in
    lower case after its sentence's stop, the photographer's credit as some papers print it (no wire's name: a
    wire signs off a story too)."""
    named = _CAPITALS_NAME_AFTER_STOP.search(paragraph, window)
    if named is None:
        return None
    name, text = named.group(1), paragraph[: named.start(1)].rstrip()
    if (
        not any(c.islower() for c in text[-_CAPITALS_CAPTION_REACH:])  # a heading in capitals, no caption in lower case
        or any(w in _NOT_NAME_WORDS_IN_CAPITALS for w in name.split())
        # a wire desk's sign-off and its editors' initials ("PTI ABC XYZ"): no word of a name's length
        or all(len(w) <= _INITIALS_MAX_CHARS for w in name.split())
        or _ANY_AGENCY.search(name) is not None
        or is_bare_agency(name.partition(" ")[0])
    ):
        return None
    return text, name


_CAPITALS_CAPTION_REACH: Final = 40  # characters of the caption before the name: written in lower case
_INITIALS_MAX_CHARS: Final = 3  # a desk's initials ("SJK"); a name has a longer word


def _split_caption_credit(paragraph: str) -> tuple[str, str | None]:
    """('Caption text.', 'REUTERS/Name/Pool') from a caption paragraph; credit None when absent."""
    # A credit is short: only the paragraph's end is searched, which keeps long paragraphs cheap.
    window = max(0, len(paragraph) - _CREDIT_WINDOW)
    if paragraph.endswith(")"):
        if (bracketed := _BRACKETED_CREDIT.search(paragraph, window)) is not None:
            return paragraph[: bracketed.start()].rstrip(), bracketed.group(1).strip()
        if (after_stop := _credit_after_stop_in_brackets(paragraph)) is not None:
            return after_stop
    if (
        paragraph.endswith("]")
        and (squared := _SQUARE_CREDIT.search(paragraph, window)) is not None
        and _credit_shaped(squared.group(1))
    ):
        return paragraph[: squared.start()].rstrip(), squared.group(1).strip()  # "... protest [Jane Doe/Reuters]"
    tail_text = paragraph[window:]
    if (
        " | " in tail_text  # in C: most captions hold no bar
        and (piped := _PIPED_CREDIT.search(paragraph, window)) is not None
        and paragraph.count(" ", 0, piped.start()) >= _PIPED_CAPTION_MIN_WORDS - 1
    ):
        # "... at the old fort | Photos by the writer", "... harbour. | Photo Credit: JANE TAN": a bar sets the photo's
        # labelled credit off from the caption (the label names it a credit, whatever the case of the words after it)
        return paragraph[: piped.start()].rstrip(), piped.group(1).strip()
    if (
        " PHOTO" in tail_text or " PICTURE" in tail_text  # in C: most captions hold no label in capitals
    ) and (capped := _CAPS_PHOTO_LABEL.search(paragraph, window)) is not None:
        # "... at a brokerage in Seoul PHOTO: AFP": a photo's label in capitals sets its credit off the caption's last
        # word in lower case, no stop between (a desk's initials before it, "ST PHOTO: X", are the credit's own)
        credit = capped.group(1)
        if _credit_shaped(credit):
            return paragraph[: capped.start()], credit
    dashed = "-" in tail_text or "—" in tail_text or "–" in tail_text or "―" in tail_text
    pos = window
    while dashed and (dash := _DASH_CREDIT.search(paragraph, pos)) is not None:
        start = dash.start()
        pos = start + 1
        # "Asia-Pacific" is a word, not a dash before a credit.
        if start == 0 or (paragraph[start] == "-" and (paragraph[start - 1].isalnum() or paragraph[start - 1] == "-")):
            continue
        credit = dash.group(1).strip()
        if _credit_shaped(credit):
            # "... in Penang. - -Starpic": a dash typed twice with a space between belongs to the credit
            return paragraph[:start].rstrip().removesuffix(" -"), credit
        if (stamped := _dated_credit(credit)) is not None:
            return paragraph[:start].rstrip(), stamped  # "... good. – EPA pic, March 2, 2019."
        if credit[0].isupper() and " from " in credit and _SOURCED_PHOTO_ALONE.fullmatch(credit) is not None:
            # "... at dawn. — Photo from Riverton Council": as after a stop, the photo's kind opening the credit in
            # capitals ("... was shocked — images from the port" in lower case goes on the sentence)
            return paragraph[:start].rstrip(), credit
        if paragraph[start] == "—" and paragraph[start - 1] in ".!?" and _glued_dash_name(credit):
            # "... at the hydrant.—Staff Pool": the dash glued to the caption's stop and the name's first letter, a
            # picture desk's credit (a sentence's dash stands apart from its words, or follows no stop)
            return paragraph[:start], credit
        if paragraph[start - 2 : start] in _STOP_AND_SPACE and _desk_photo_name(credit):
            # "... at the ceremony yesterday. — VNS Photo Lan Anh": the paper's initials, its photo word and the
            # photographer, no label's colon (a headline in title case has no caption's stop and dash before it)
            return paragraph[: start - 1].rstrip(), credit
        if credit[:8] == "Source: " and _named_source(credit[8:]):
            return paragraph[:start].rstrip(), credit  # "... the police. — Source: news.example.com", as in brackets
        if credit.endswith(_STOCK_ENDINGS) and _STOCK_ATTRIBUTION.match(credit) is not None:
            # "... at bedtime. - Image by jdoe88 on Freepik.": the library's own credit line, a handle in lower case
            return paragraph[:start].rstrip(), credit
    # "Credit: Phuket Marine Police", "Picture: JANE CRUZ"
    low = tail_text.lower()
    # "Starpic by Name", "Image: Jane Doe" (the labels _PHOTO_LABEL knows)
    photo = "photo" in low or "credit:" in low or "picture:" in low or "pic by" in low or "image:" in low
    if (paragraph[-1:].isalpha() or paragraph[-2:] == ")." or paragraph[-1:] == "/") and " from " in low:
        # most end in a stop: no search (a web address may end in its slash)
        if (sourced := _SOURCED_PHOTO.search(paragraph, window)) is not None:
            # "... the festival. Screencap from NAME/YOUTUBE", "... on Monday (image from the Weather Bureau).": the
            # photo named by its kind and where it came from, after the caption's sentence or in brackets before its
            # stop
            return paragraph[: sourced.start()].rstrip(), sourced.group(1) or sourced.group(2)
        if (stocked := _stock_library_source(paragraph)) is not None:
            return stocked  # "... at dusk. Wide shot from Shutterstock.com": the library the photo was bought from
    if paragraph.endswith(" FILE") and (archive := _ARCHIVE_CREDIT.search(paragraph, window)) is not None:
        return paragraph[: archive.start()], archive.group(1)  # "... on Monday. DAILY POST FILE": an archive photo
    if not photo and paragraph[-1:] == ")" and (stock := _BRACKETED_STOCK.search(paragraph, window)) is not None:
        return paragraph[: stock.start()], stock.group(1)  # "... at the court (Shutterstock)": no stop before it
    if (
        paragraph[-1:].isalpha()  # most paragraphs end in a stop: no search
        and paragraph[paragraph.rfind(" ") + 1 :] in _PRESS_WORDS
        and (staff := _STAFF_PHOTO_CREDIT.search(paragraph, window)) is not None
    ):
        return paragraph[: staff.start()], staff.group(1)  # "... at dawn. Jane Tan, Valley News": the site's own
    if paragraph[-1:].isupper() and (named := _capitals_name_after_stop(paragraph, window)) is not None:
        return named  # "... on Friday. JANE A. CRUZ": the photographer's name in capitals after the caption's stop
    if (
        "/" not in tail_text
        and not photo
        and not _mentions_agency(tail_text, low)
        # a stock library or a screen grab named alone after the caption: "... (File picture) Pixabay",
        # "... SCREENGRAB" (a caption's sentence ends in a stop: only a paragraph ending in a letter is split)
        and not (paragraph[-1:].isalpha() and low.rpartition(" ")[2] in _BARE_CREDIT_WORDS)
    ):
        return paragraph, None  # no slash credit, agency or stock library: skip the sentence-end scan
    if "©" in tail_text and (owned := _COPYRIGHT_CREDIT.search(paragraph, window)) is not None:
        return paragraph[: owned.start()].rstrip(), owned.group(1)  # "... on Dec. 19.  © Reuters": the mark opens it
    # A labelled credit glued to the caption's full stop: "... in Ipoh.Photos and video: JANE TAN". Its colon and label
    # word looked for in C first: the search's lookbehind gives the regex engine no fast scan, so it tries every
    # character of the end (re.I folds a few letters outside ASCII to the label's: such an end is searched as before).
    glued = (
        _GLUED_CREDIT_LABEL.search(paragraph, window)
        if ":" in tail_text and ("pic" in low or "photo" in low or "credit" in low or not tail_text.isascii())
        else None
    )
    if glued is not None and _credit_shaped(paragraph[glued.start() :]):
        return paragraph[: glued.start()], paragraph[glued.start() :].removesuffix(".")
    # The same with a byline's "by" for the label: "... forest reserve.Pix by JANE TAN/The Star/10 May 2016."
    glued = (  # the words in C first: most ends hold none
        _GLUED_CREDIT_BY.search(paragraph, window)
        if " by " in low and ("pi" in low or "photo" in low or not tail_text.isascii())
        else None
    )
    if glued is not None and _credit_shaped(paragraph[glued.start() :]):
        return paragraph[: glued.start()], paragraph[glued.start() :]
    # The earliest sentence end whose remainder is credit-shaped: "... 2025. U.S. Navy/Handout via REUTERS".
    for m in _SENTENCE_END.finditer(paragraph, window):
        tail = paragraph[m.end() :].strip()
        if tail[:1].isdigit() and paragraph[m.start()] == "." and _month_abbreviation_before(paragraph, m.start()):
            continue  # "... on Dec. 14, 2031. Photo by ...": a month's abbreviation before its day ends no sentence
        if tail[:1] == "(" and ")" not in tail:
            tail = tail[1:]  # "... yesterday. (Starpic by NAME/The Star": a bracket the page never closed
        elif (
            tail[:1].isdigit() and (dated := _DESK_DATE.match(tail)) is not None and _credit_shaped(tail[dated.end() :])
        ):
            # "... Kuala Lumpur ... 26 Oct 2017 NAME/The Star": the picture desk dates its photo in the caption
            cut = len(paragraph) - len(tail) + dated.end()
            return paragraph[:cut].rstrip(), paragraph[cut:].strip()
        if _credit_shaped(tail) or ("via" in tail and _handout_via_wire(tail)):
            if is_labelled_credit(tail):
                tail = tail.removesuffix(".")  # "Photo: Jane Cruz / Facebook.": the stop ends the caption
            return paragraph[: m.end()].rstrip(), tail
        if (stamped := _dated_credit(tail)) is not None:
            return paragraph[: m.end()].rstrip(), stamped  # "... the event. CNA photo Feb. 11, 2021"
    # A source and its photographer glued to the caption's last stop: "... in the reserve.Wildlife Fund/Jane Tan" (two
    # letters in lower case before the stop: "U.S./China" is no sentence's end).
    if (
        paragraph[-1:].isalpha()  # the credit ends in its name's letter, not the caption's stop
        and (slashed := _GLUED_SLASH_CREDIT.search(paragraph, window)) is not None
        and paragraph[slashed.start() - 2 : slashed.start()].islower()
        and paragraph[slashed.start() - 2 : slashed.start()].isalpha()
    ):
        tail = paragraph[slashed.end() :]
        if _credit_shaped(tail):
            return paragraph[: slashed.end()], tail
    run_on = _run_on_credit_start(paragraph, window)
    if run_on is not None:
        return paragraph[:run_on].rstrip(), paragraph[run_on:].strip()
    if (
        photo
        and paragraph[-1:].isalpha()
        and (labelled := _RUN_ON_LABELLED_CREDIT.search(paragraph, window)) is not None
    ):
        return paragraph[: labelled.start()], paragraph[labelled.start() + 1 :]  # "... this week Photo: JANE TAN"
    return paragraph, None


_STOP_AND_SPACE: Final = frozenset((". ", "! ", "? "))  # a caption's stop and the space before its credit's dash
_DESK_PHOTO_WORDS: Final = frozenset(("Photo", "Photos", "PHOTO", "PHOTOS"))
_DESK_PHOTO_NAMES_MAX: Final = 4  # words of the photographer's name after the photo word


def _desk_photo_name(credit: str) -> bool:
    """'VNS Photo Lan Anh', 'KT PHOTO Jane Tan': a desk's initials in capitals, its photo word, then the
    photographer's name in one to four capitalized words (letters beyond ASCII too), no label's colon."""
    words = credit.split(" ")
    desk = words[0]
    return (
        1 <= len(words) - 2 <= _DESK_PHOTO_NAMES_MAX
        and 2 <= len(desk) <= 6
        and desk.isascii()
        and desk.isalpha()
        and desk.isupper()
        and words[1] in _DESK_PHOTO_WORDS
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words[2:])
    )


_GLUED_DASH_NAME_MAX_WORDS: Final = 4  # a photographer's or a desk's name: "Staff Pool", "Jane Tan"


def _glued_dash_name(credit: str) -> bool:
    """'Staff Pool', 'Jane Tan': one to four words, each a capital and letters, right after a dash glued to a
    caption's stop: a credit's name (a sentence after a dash runs longer, in lower case)."""
    words = credit.split(" ")
    return (
        credit[:1].isupper()
        and len(words) <= _GLUED_DASH_NAME_MAX_WORDS
        and all(w[:1].isupper() and w.isalpha() for w in words)
    )


CREDIT_MARKS: Final = "—–―-/|[("  # what sets a credit off after a caption's stop ('. — Name', '. (Agency)')


def split_credited_headline(line: str) -> tuple[str, str | None]:
    """A photo's credited caption read as the headline (classify._credited_caption's line: '... pier. — Jane Tan',
    '... pier. (Herald/Jane Tan)'): its sentence and its credit after the last stop, the marks around the credit
    dropped. That line's credit is known to follow the stop; split_caption_credit finds a caption's credit by its
    shape."""
    at = line.rfind(". ")
    credit = line[at + 2 :].strip().lstrip(CREDIT_MARKS[:6]).strip()
    if credit[:1] in "[(" and credit[-1:] in ")]":
        credit = credit[1:-1].strip()
    return line[: at + 1], credit or None


# Stock libraries a photo is bought from, by the name a caption's credit closes on ("Shutterstock", "Shutterstock.com").
_STOCK_LIBRARIES: Final = frozenset(
    ("shutterstock", "istock", "istockphoto", "123rf", "pexels", "pixabay", "freepik", "dreamstime", "unsplash")
)


def _stock_library_source(paragraph: str) -> tuple[str, str] | None:
    """('... sunset. Panorama style', 'Shutterstock.com') from '... sunset. Panorama style from Shutterstock.com': a
    stock library, perhaps with its domain, named after "from" as the caption's last word, no stop after it (a
    sentence that names one ends in its stop); None for any other paragraph."""
    before, _, last = paragraph.rpartition(" ")
    if not before.endswith(" from") or last.lower().removesuffix(".com") not in _STOCK_LIBRARIES:
        return None
    return before[: -len(" from")].rstrip(), last


# A labelled credit run on to a caption with no sentence end, ending the paragraph: "... the harbour this week Photo:
# Jane Tan/Paper", "... dead, officials say Credit: WIRE": the label capitalized after a word, the owner's words all
# capitalized (a sentence's words after a colon are not); "Photo Credit:" is one label, not a caption's last word.
_RUN_ON_LABELLED_CREDIT: Final = re.compile(
    r"(?<=[a-z0-9’'])(?<!Photo)(?<!Image)(?<!Picture)\s(?:Photo(?:graph)?s?|Pictures?|Pics?|Images?|Credit):\s"
    r"[A-Z][\w.&'’/-]*(?:\s[A-Z][\w.&'’/-]*){0,5}$"
)


# The page's own photographer after the caption's sentence end, a comma, then the outlet, whose name ends in a word
# of the press: "... on Sunday morning. Jane Tan, Valley News" (a paragraph of the article ends in its stop).
_STAFF_PHOTO_CREDIT: Final = re.compile(
    r"(?<=[.!?\"”])\s+([A-Z][a-z]+(?:\s[A-Z][a-z'’-]+){1,2},\s[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){0,3})$"
)


# A handout's source, however long its name ("Press office of the Ministry of Ports in Region X"), passed on by
# a wire: "Source/Handout via REUTERS", "Source/Handout via REUTERS/File Photo".
_HANDOUT_VIA_WIRE: Final = re.compile(rf"[A-Z][^.!?/]*/\s?handout via {_BARE_AGENCY_NAMES}(?:/\s?file photo)?$", re.I)


def _handout_via_wire(tail: str) -> bool:
    """'Press service of the Region X Emergency Service/Handout via REUTERS/ File Photo': a handout's credit
    after the caption's sentence end, its source named in words of any case (_credit_shaped wants names)."""
    return len(tail.split()) <= _LABELLED_CREDIT_MAX_WORDS and _HANDOUT_VIA_WIRE.match(tail) is not None


# A paper's archive photo after the caption's sentence end, its name in capitals before "FILE": "... on Monday.
# DAILY POST FILE" (case-sensitive: a sentence's words are not all capitals, and "file" in one is no credit).
_ARCHIVE_CREDIT: Final = re.compile(r"(?<=[.!?\"”’])\s+((?:[A-Z][A-Z.&'’-]*\s){1,3}FILE)$")


# A photo's owner after the caption's sentence end, marked as copyright: "... on Dec. 19.  © Reuters".
_COPYRIGHT_CREDIT: Final = re.compile(r"(?<=[.!?\"”’])\s+(©\s*[A-Z][\w.&'’/-]*(?:\s[A-Z][\w.&'’/-]*){0,3})$")


# In the caption slot a long dash may close a caption with a source of its own name only ("— DawnNewsTV").
_SLOT_DASH_CREDIT: Final = re.compile(r"\s(?:--|[—–―])\s*([A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,2})$")


# In the caption slot, a source and a name in brackets after the caption's full stop ("... on Monday.
# (Mekong Mail/Heng Vuthy)") or its own closing bracket ("... the bill (RUU) (JP/Jane Tan)"): each side
# capitalized, one of them a name of two words or more.
# The photographer may come with the source before a colon: "... on Monday. (AAP: Ali Bakar)".
_SLOT_BRACKETED_NAME: Final = re.compile(
    r"(?<=\.)\s+\(((?:[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2}: )?[A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2})\)$"
)
# A photographer and the paper in brackets after the caption's stop, a comma between them, the source perhaps
# before a colon: "... on Monday. (Jane Tan, The Valley Times)", "... on Monday. (AAP: Jane Tan, The Valley
# Times)"; the photographer's name is two or three capitalized words, the paper's one to four.
_SLOT_BRACKETED_NAME_COMMA: Final = re.compile(
    r"(?<=[.!?\"”])\s+\(((?:[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2}: )?"
    r"[A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2}, [A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})\)$"
)
_SLOT_BRACKETED_CREDIT: Final = re.compile(
    r"(?<=[.!?)])\s+\(\s?((?:[A-Z][\w.&'’-]*\s){1,3}?[A-Z][\w.&'’-]*\s?/\s?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}|"
    r"(?:[A-Z][\w.&'’-]*|[a-z][\w-]*(?:\.[a-z]{2,})+)\s?/\s?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){1,3})\)$"
)  # "( JP/Jane Tan)" with a space inside; a site's address as the source: "(news.example.com/Jane Tan)"


# A credit that names itself one ("Photo courtesy of the Rice Federation"), whatever words follow.
_LABELLED_CREDIT: Final = re.compile(
    r"(?:photos?|photographs?|pics?|pictures?|images?)\s*(?::|by\b|courtesy\b)[^.!?]{1,80}$", re.I
)
_SQUARE_BRACKETED: Final = re.compile(r"\s\[([^\[\]]{2,80})\]$")


# A caption's last character when the page left its credit blank ("Caption. —"); the head tests it before the call.
BLANK_CREDIT_DASHES: Final = frozenset(("—", "–"))
_CAPTION_ENDS: Final[tuple[str, ...]] = (".", "!", "?", '"', "”", "’", ")")


def without_blank_credit(paragraph: str) -> str | None:
    """'The harbour at dusk. —': a finished caption over the dash its credit follows, the credit left blank on the
    page (no paragraph of an article ends so); the caption without the dash, or None."""
    if paragraph[-1:] not in BLANK_CREDIT_DASHES or paragraph[-2:-1] != " ":
        return None
    text = paragraph[:-2].rstrip()
    return text if text.endswith(_CAPTION_ENDS) else None


# A source's name after a caption's spaced slash: a few capitalized words ("The Daily Post", "Riverton Town's
# Rescue Team"), small words of a name between them.
_SLASHED_SOURCE: Final = re.compile(r"[A-Z][\w'’&.-]*(?:\s(?:[A-Z][\w'’&.-]*|of|and|the|for|de))*(?<!\.)")
_SLASHED_SOURCE_MAX_WORDS: Final = 6
_BARRED_NAME_MAX_WORDS: Final = 4
# A source in brackets glued to the caption's full stop, perhaps with its photographer after a colon: "...
# Queensland.(City News: Jane Tan)", "... June 27.(HT PHOTO)". No paragraph of an article runs a bracket into its stop.
_GLUED_BRACKETED_CREDIT: Final = re.compile(
    r"(?<=\.)\(([A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}(?::\s[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3})?)\)$"
)


def split_glued_source(caption: str) -> tuple[str, str] | None:
    """('... on Saturday.', 'City Police') from '... on Saturday.(City Police)': a caption with its source in
    brackets glued to its stop (split_slot_caption reads the bracket); None for any other line."""
    if caption[-1:] != ")" or ".(" not in caption:
        return None
    text, credit = split_slot_caption(caption)
    return None if credit is None else (text, credit)


# In the caption slot, a phrase with no stop and a source's name in brackets after its last word: "Officers at the
# scene (Jane Tan)", "A hearing at the city court (UNHRO)". One to three capitalised words in the brackets; the phrase
# before them describes (words in lower case), which a byline's name ("Jane Tan (The Daily Post)") does not.
_UNSTOPPED_BRACKETED_SOURCE: Final = re.compile(r"(?<=[a-z])\s\(([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2})\)$")
_UNSTOPPED_CAPTION_MAX: Final = 200  # characters: a caption's phrase, no paragraph
# A photo named by its kind alone, its photographer's name in brackets after it (a space may open the brackets):
# "Illustration ( Jane Tan)", "File photo (Ali Bakar)": the kind is the caption, the name its credit.
_KIND_BRACKETED_NAME: Final = re.compile(
    r"((?i:illustrations?|photos?|file photos?|pictures?|images?|ilustrasi|foto))"
    r"\s\(\s?([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2})\s?\)"
)
_KIND_BRACKETED_NAME_MAX: Final = 60  # characters: a kind's word and a name of three words at most


def kind_and_name(line: str) -> tuple[str, str] | None:
    """('Illustration', 'Jane Tan') from 'Illustration ( Jane Tan)': a photo's kind as its caption, its
    photographer's name in brackets as its credit; None for any other line (the bracket is tested first)."""
    if line[-1:] != ")" or len(line) > _KIND_BRACKETED_NAME_MAX or (m := _KIND_BRACKETED_NAME.fullmatch(line)) is None:
        return None
    return m.group(1), m.group(2)


_DESCRIBING_WORDS_MIN: Final = 2  # words in lower case beyond a name's particles ("of", "and"): a phrase, not a name
_NAME_LINKS: Final = frozenset(("of", "and", "the", "de", "bin", "binti", "van", "von", "da", "al"))


_SCENE_PREPOSITIONS: Final = frozenset(("at", "in", "on", "outside", "inside", "near", "during", "after", "before"))


def _describes(phrase: str) -> bool:
    """Does the phrase (no stop in it) place a scene, lower-case words beyond a name's particles and a preposition
    among them ('Officers at the scene'), rather than name a person or body ('Confederation of African Football',
    'Jane Tan and Ali') or tell what someone does ('The minister meets the envoy (SPA)': an acronym's aside)?"""
    if any(c in phrase for c in ".!?:;"):
        return False
    lower = [w for w in phrase.split() if w.isalpha() and w.islower() and w not in _NAME_LINKS]
    return len(lower) >= _DESCRIBING_WORDS_MIN and not _SCENE_PREPOSITIONS.isdisjoint(lower)


_FILE_ALONE: Final = frozenset((" File", " FILE"))  # the word after the caption's stop, a space before it


def split_slot_caption(paragraph: str) -> tuple[str, str | None]:
    """split_caption_credit for a paragraph in the caption slot, where a bare source name after a long
    dash ('... on Monday. — DawnNewsTV'), a source and name in brackets ('... (Mekong Mail/Heng Vuthy)') or a
    credit after a bar ('... | Photo courtesy of X') is a credit too (in the body it could be a quote's
    speaker, text in brackets or a table)."""
    text, credit = split_caption_credit(paragraph)
    if (
        credit is None
        # its dash in C first: the search tries every character of the paragraph, and most hold no long dash
        and ("—" in paragraph or "–" in paragraph or "―" in paragraph or "--" in paragraph)
        and (m := _SLOT_DASH_CREDIT.search(paragraph)) is not None
        and m.start() > 0
    ):
        return paragraph[: m.start()].rstrip(), m.group(1)
    if credit is None and paragraph.endswith(")") and (m := _SLOT_BRACKETED_CREDIT.search(paragraph)) is not None:
        return paragraph[: m.start()].rstrip(), m.group(1)
    if (
        credit is None
        and paragraph.endswith(")")
        and ", " in paragraph[-_CREDIT_WINDOW:]
        and (m := _SLOT_BRACKETED_NAME_COMMA.search(paragraph)) is not None
    ):
        return paragraph[: m.start()].rstrip(), m.group(1)
    if credit is None and " | " in paragraph:  # "... on Tuesday night. | Photograph courtesy of BFP-NCR"
        caption, _, tail = paragraph.rpartition(" | ")
        tail = tail.strip()
        if caption.strip() and (
            _credit_shaped(tail)
            or _LABELLED_CREDIT.match(tail)
            # the bar marks a credit, so a finished caption may close on its photographer's name alone ("| Jane Tan")
            or (
                caption.endswith(_CAPTION_ENDS)
                and len(tail.split()) <= _BARRED_NAME_MAX_WORDS
                and _SLASHED_SOURCE.fullmatch(tail) is not None
            )
        ):
            return caption.rstrip(), tail
    if (
        credit is None
        and paragraph.endswith(")")
        and ".(" in paragraph  # a test in C before the pattern
        and (m := _GLUED_BRACKETED_CREDIT.search(paragraph)) is not None
    ):
        return paragraph[: m.start()], m.group(1)  # "... in Brisbane.(City News: Jane Tan)", "....(HT PHOTO)"
    if credit is None and ". / " in paragraph:  # "... on Tuesday. / Supplied": a credit after a spaced slash
        caption, _, tail = paragraph.rpartition(" / ")
        tail = tail.strip()
        # the slash marks a credit, so a source's name alone closes the caption: "... on Tuesday. / The Daily Post"
        if caption.endswith(".") and (
            _credit_shaped(tail)
            or (len(tail.split()) <= _SLASHED_SOURCE_MAX_WORDS and _SLASHED_SOURCE.fullmatch(tail) is not None)
        ):
            return caption.rstrip(), tail
    if credit is None and paragraph.endswith("]") and (m := _SQUARE_BRACKETED.search(paragraph)) is not None:
        inner = m.group(1).strip()
        if _credit_shaped(inner) or _LABELLED_CREDIT.match(inner):  # "... on Tuesday. [VDL Photo / Ana Cruz]"
            return paragraph[: m.start()].rstrip(), inner
    if credit is None and paragraph.endswith(")") and (m := _SLOT_BRACKETED_NAME.search(paragraph)) is not None:
        return paragraph[: m.start()].rstrip(), m.group(1)  # "Mayor Jane Tan. (Ali Bakar)": the photographer
    if (
        credit is None
        and paragraph.endswith(")")
        and len(paragraph) <= _UNSTOPPED_CAPTION_MAX
        and (m := _UNSTOPPED_BRACKETED_SOURCE.search(paragraph)) is not None
        and _describes(paragraph[: m.start()])
    ):
        return paragraph[: m.start()], m.group(1)  # "Officers at the scene (Jane Tan)", "A hearing at court (UNHRO)"
    if credit is None and (kind := kind_and_name(paragraph)) is not None:
        return kind  # "Illustration ( Jane Tan)": the photo's kind and its photographer
    if credit is None and paragraph.endswith(" |"):
        return paragraph[:-2].rstrip(), None  # "Caption |": the bar a site prints before a credit it left empty
    if credit is None and ". Source: " in paragraph:  # in C: most captions name no source
        caption, _, source = paragraph.rpartition(" Source: ")
        source = source.strip()
        if " Source: " not in caption and (_named_source(source) or _glued_dash_name(source)):
            # "Riverside district. Source: Wikimedia": the photo's source labelled after the caption's stop, as in
            # brackets or after a dash (in the body it could be the story's source, printed under a paragraph)
            return caption, "Source: " + source
    if credit is None and paragraph[-5:] in _FILE_ALONE and paragraph[-6:-5] == "." and paragraph[-7:-6].islower():
        return paragraph[:-5], paragraph[-4:]  # "Riders brave the rain. File": an archive photo, the word alone
    return text, credit


def _run_on_credit_start(paragraph: str, window: int) -> int | None:
    """Where a slash credit starts that follows the caption with no sentence end: '... Zverev REUTERS/Edgar Su'."""
    slash = paragraph.find("/", window)
    while slash > 0:
        start = paragraph.rfind(" ", 0, slash) + 1
        head = paragraph[start:slash]
        if start > 0 and head:
            if _DESK_AGENCY.match(head):
                start = _via_source_start(paragraph, start)  # "REUTERS/Name", "Action Images via Reuters/Name"
            elif not _DESK_SOURCE.match(paragraph, slash + 1):
                start = 0  # "2024/25", "and/or": no credit
            elif _CAPS_NAME.match(head):
                start = _caps_names_start(paragraph, start)  # "AZHAR MAHFOF and SAM THAM/The Star"
            else:
                # "Kyiv Ukrainian Presidential Press Service/Handout": where the source's name starts
                # is a guess when a capitalized word precedes it, so no credit is split off then.
                before = paragraph[: start - 1].rsplit(" ", 1)[-1]
                if before[:1].isupper():
                    start = 0
            if start > 0 and paragraph[:start].strip() and _credit_shaped(paragraph[start:].strip()):
                return start
        slash = paragraph.find("/", slash + 1)
    return None


def _caps_names_start(paragraph: str, start: int) -> int:
    """Extend a credit start back over names in capitals joined by 'and' / '&'."""
    pos = start
    while pos > 1:
        word_start = paragraph.rfind(" ", 0, pos - 1) + 1
        word = paragraph[word_start : pos - 1]
        if word in ("and", "&"):
            pos = word_start
            continue
        if not _CAPS_NAME.match(word):
            break
        start = pos = word_start
    return start


_VIA_SOURCE_MAX_WORDS: Final = 3


def _via_source_start(paragraph: str, start: int) -> int:
    """Extend a credit start back over 'Source Name via' before the agency ('Action Images via Reuters/...')."""
    before = paragraph[:start].split()
    if len(before) < 2 or before[-1].lower() != "via":
        return start
    names = 0
    while names < _VIA_SOURCE_MAX_WORDS and names + 2 <= len(before) and before[-2 - names][:1].isupper():
        names += 1
    if names == 0:
        return start
    pos = start
    for _ in range(names + 1):  # "via" and the capitalized names before it
        pos = paragraph.rfind(" ", 0, pos - 1) + 1
    return pos


def is_credit_only(line: str) -> bool:
    """A credit printed on a line of its own: 'Photos By AMANDA LEE', 'Filepic'."""
    return (
        len(line) <= 80
        # the marker first: most lines asked (headline candidates) hold none, and its substring tests cost about
        # half of _credit_shaped's split and word loop (which needs the marker too, or an agency's name)
        and _has_credit_marker(line)
        and _credit_shaped(line)
        and any(sum(ch.isalpha() for ch in word) >= 3 for word in line.split())  # "21/12/2024 04:15 PM" is a date
        and not _caption_before_label(line)
        # "MUSIC/DANCE: 'TITLE'": a listing's rubric over its item; a credit's label comes before any slash
        and not (":" in line and "/" in line[: line.index(":")])
    )


# A sentence's end, then a dash before the credit, spaced or glued to it: "Dr Jane Tan. - Filepic/The Star",
# "Dr Jane Tan. -Star filepic".
_DASH_AFTER_SENTENCE: Final = re.compile(r"[.!?]\s+(?:--|[—–―-])\s*\S")


def _caption_before_label(line: str) -> bool:
    """'Dolores Ryan. Photo: Reuters/Jane Tan', 'Dolores Ryan. - Filepic/The Star': a caption (a name alone)
    and its credit after a label or a dash, not a credit."""
    label = _PHOTO_LABEL.search(line)
    if label is not None and label.start() > 0 and line[: label.start()].rstrip().endswith((".", "!", "?")):
        return True
    # "Stock image. Credit: iStock Photo", "Jane Tan. Photo credit: Ali Bakar": the credit's own label after the stop
    credit = line.find("redit:")
    if credit > 0 and line[:credit].removesuffix("C").removesuffix("Photo c").rstrip().endswith((".", "!", "?")):
        return True
    if line[-1:] == ")" and (bracketed := _BRACKETED_CREDIT.search(line)) is not None and bracketed.start() > 0:
        return True  # "Senator Jane Tan (AP Photo/Ali Bakar)": a headshot's caption, its credit in brackets after it
    if kind_and_name(line) is not None:
        return True  # "Illustration ( Jane Tan)": the photo's kind is its caption, the name in brackets its credit
    return _DASH_AFTER_SENTENCE.search(line) is not None or _name_before_archive_note(line)


def _name_before_archive_note(line: str) -> bool:
    """'Mayor Jane Tan. FILE PHOTO': a headshot's caption (a name in title case, its stop) and the archive's note in
    capitals after it, no label or dash between: a caption and its credit, not a credit ('U.S. NAVY PHOTO', all in
    capitals, is one)."""
    stop = line.rfind(". ")
    if stop <= 0:
        return False
    tail = line[stop + 2 :]
    return tail.isupper() and ("PHOTO" in tail or "FILE" in tail) and not line[:stop].isupper()


_ENDS_IN_BARE_AGENCY: Final = re.compile(
    r"(?:(?<![\w-])(?:--|[—–―-])|[.!?\"”’)])\s*"
    rf"{_BARE_AGENCY_NAMES}\s*$",
    re.I,
)


# Last letters of _BARE_AGENCY_NAMES in any case, with the letters re.I folds onto them ("ſ" for "s",
# the Kelvin sign for "k"): a paragraph ending in another character cannot end in an agency's name.
_BARE_AGENCY_LAST: Final = frozenset("spaegnkSPAEGNK\u017f\u212a")


# The names of _BARE_AGENCY_NAMES by their last letter in any case: an end in ASCII that closes with none of them
# (lower-cased) is no sign-off, told by one endswith in C before the search, which tries every one of the last
# 28 characters (its leading lookbehind gives the regex engine no fast scan). Not ASCII, the search decides: re.I
# folds a few letters outside ASCII onto the names' ("ſ", the Kelvin sign).
_BARE_AGENCY_ENDINGS: Final[tuple[str, ...]] = (
    "reuters",
    "afp",
    "ap",
    "bernama",
    "epa",
    "epa-efe",
    "xinhua",
    "bloomberg",
    "ann",
    "asia news network",
    "dpa",
)
_BARE_AGENCY_BY_LAST: Final = {
    last: tuple(name for name in _BARE_AGENCY_ENDINGS if name[-1] == last.lower()) for last in "spaegnkSPAEGNK"
}
# The longest of those names by their last letter: only so many characters at the end need be ASCII for the names'
# test ("— Reuters", "• Business": a dash or a bullet further back)
_BARE_AGENCY_REACH_BY_LAST: Final = {last: max(map(len, names)) for last, names in _BARE_AGENCY_BY_LAST.items()}


def ends_in_bare_agency(paragraph: str) -> bool:
    """'... on Monday. — Reuters': a paragraph signed off with an agency's name alone (a photo credit or a
    briefing item's sign-off; the classifier tells which from the neighbours)."""
    # The briefing check asks this of every body paragraph: most end in a full stop and skip the search.
    stripped = paragraph.rstrip()
    last = stripped[-1:]
    if last not in _BARE_AGENCY_LAST:
        return False
    window = max(0, len(paragraph) - 28)
    names = _BARE_AGENCY_BY_LAST.get(last)
    if names is None or not IS_ASCII(end := stripped[-_BARE_AGENCY_REACH_BY_LAST[last] :]):
        return _ENDS_IN_BARE_AGENCY.search(paragraph, window) is not None
    low = end.lower()
    for name in names:  # (no name here ends another of its last letter: one at most closes the end)
        if low.endswith(name):
            # A match opens at the mark before the name, spaces between, or at the first of two hyphens there: the
            # pattern is matched at those two places, not searched for through the end's 28 characters.
            mark = _last_non_space(stripped, len(stripped) - len(name))
            return (mark >= window and _ENDS_IN_BARE_AGENCY.match(paragraph, mark) is not None) or (
                mark - 1 >= window and _ENDS_IN_BARE_AGENCY.match(paragraph, mark - 1) is not None
            )
    return False  # "... in the region", "... said on Tuesday": a word that no agency's name closes


def _last_non_space(text: str, before: int) -> int:
    """Where the last character before `before` that is no whitespace (as the regex's \\s reads it) stands; -1 if
    none."""
    k = before - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k


def is_bare_agency(credit: str | None) -> bool:
    """True for a credit that is only an agency name ('Reuters', 'AFP'), as briefing items end."""
    return credit is not None and bool(_BARE_AGENCY.match(credit))


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
    """True for a pool photo ('REUTERS/Name/Pool')."""
    return credit is not None and _POOL.search(credit) is not None


def is_handout(credit: str | None) -> bool:
    """True for a handout photo ('X/Handout via REUTERS')."""
    return credit is not None and _HANDOUT.search(credit) is not None


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
    """A body paragraph with its trailing wire-agency sign-off ('- Bernama') removed, and the agency it named."""

    paragraph: str
    agency: str


def trailing_agency(paragraph: str) -> TrailingAgency | None:
    """Split '... he said. - Bernama' into the paragraph and 'Bernama' (any wire agency: '— Reuters', '- AFP')."""
    text = paragraph.rstrip()
    if not text or text[-1] not in _SIGNOFF_LAST_CHARS:  # cheap reject for almost every paragraph
        return None
    m = _TRAILING_AGENCY.search(text, max(0, len(text) - 16))  # "-- Bloomberg" is the longest sign-off
    if m is None and text.endswith("/ANN"):
        # A partner paper's story through the Asia News Network: "... last year. — The Jakarta Post/ANN"
        m = _ANN_SIGNOFF.search(text, max(0, len(text) - _ANN_SIGNOFF_MAX_CHARS))
        if m is not None and m.start() > 0:
            return TrailingAgency(text[: m.start()].rstrip(), m.group("agency"))
        return None
    if m is None or m.start() == 0 or not text[: m.start()].strip():
        return None
    return TrailingAgency(text[: m.start()].rstrip(), _WIRE_SIGNOFF[m.group("agency").lower()])


_ANN_SIGNOFF_MAX_CHARS: Final = 60
# Only a known wire's name: "... by the health ministry (MOH)" closes a sentence with an acronym too.
# The Philippine News Agency signs off so, and opens with a dash after its name: no dateline needs it.
_SIGNOFF_WIRES: Final = _WIRE_NAMES.replace("(?i:", "(?i:pna|", 1)
# A photo's credit words after a wire's slash ("AFP/POOL", "AP/FILE"): a picture's credit, never a paper's acronym.
_PHOTO_AFTER_SLASH: Final = r"(?:POOL|FILE|STAFF|PHOTO|PICS?|PIX)$"
# A wire's acronym signing off the last paragraph ("... in the capital.   -UNB", or glued to its stop: "... in the
# capital.-UNB", or with no dash after the sentence's stop: "... in the capital. UNB") or named as its source on a
# line of its own ("Source: VNA", "Source VNA", a service's channel number after it: "Source: VOR2"): any acronym,
# where the sign-offs above name the wires they know. After a dash, a known wire's acronym and the paper's own
# joined by a slash sign off a story the paper ran from the wire ("... the new port. — VNA/HNP"): one sign-off, the
# pair its agency.
_WIRE_ACRONYM_SIGNOFF: Final = re.compile(
    r"(?<=[.!?\"”’])(?:\s*(?:--|[—–―-])\s*|\s+)(?P<agency>[A-Z]{3,5})$|"
    r"^(?i:source)(?:\s*:\s*|\s+)(?P<labelled>[A-Z]{3,5}\d?)$|"
    rf"(?<=[.!?\"”’])\s*(?:--|[—–―-])\s*(?P<pair>(?=(?-i:{_SIGNOFF_WIRES})/)[A-Z]{{2,5}}/(?!{_PHOTO_AFTER_SLASH})[A-Z]{{2,5}})$"
)
_WIRE_ACRONYM_SIGNOFF_MAX_CHARS: Final = 20
# After a finished sentence, any wire's or paper's short name in brackets signs the story off: an acronym ("... for
# his assent. (NAN)") or one word run together in capitals ("... the world market. (RiverWire)"); a photo word, an end
# mark or a platform's name in brackets is no source.
_BRACKETED_SOURCE_NOT: Final = r"(?:END|PHOTOS?|VIDEOS?|FILE|AUDIO|PICS?|PIX|MAP|YouTube|TikTok|WhatsApp|LinkedIn)\)"
_WIRE_IN_BRACKETS_SIGNOFF: Final = re.compile(
    rf"(?<=\S)\s+\((?={_SIGNOFF_WIRES}\)$)(?P<agency>[A-Z][A-Za-z]{{1,8}})\)$"
    rf"|(?<=[.!?\"”’])\s+\((?!{_BRACKETED_SOURCE_NOT})(?P<source>[A-Z]{{2,6}}|[A-Z][a-z]+[A-Z][a-z]+)\)$"
)


def trailing_wire(paragraph: str) -> TrailingAgency | None:
    """The last paragraph without a wire acronym's sign-off, and the acronym ('' when the line was only
    'Source: VNA'); None when it has none."""
    text = paragraph.rstrip()
    start = max(0, len(text) - _WIRE_ACRONYM_SIGNOFF_MAX_CHARS)
    # A wire's name in brackets closing the last paragraph: "... 92-92, 100-94 (PNA)"
    pattern = _WIRE_IN_BRACKETS_SIGNOFF if text[-1:] == ")" else _WIRE_ACRONYM_SIGNOFF
    m = pattern.search(text, start)
    if m is None:
        return None
    if (
        m.lastgroup == "agency"
        and text[m.start() : m.start("agency")].isspace()
        and _named_before(text, m.group("agency"), m.start())
    ):
        return None  # "... in line with the HRB's duties. HRB": the body's own subject, no dash: no wire
    # the one named group its alternative matched: "agency", "source" (in brackets) or "pair" (joined by a slash)
    return TrailingAgency(text[: m.start()].rstrip(), m.group(m.lastgroup or "agency"))


def _named_before(text: str, acronym: str, end: int) -> bool:
    """Does the paragraph name the acronym as a word before its end ('the BSP will', 'BSP's')? A wire signing off
    with no dash after the stop is not the paragraph's subject."""
    at = text.find(acronym, 0, end)
    while at >= 0:
        after = text[at + len(acronym) : at + len(acronym) + 1]
        if (at == 0 or not text[at - 1].isalnum()) and not after.isalnum():
            return True
        at = text.find(acronym, at + 1, end)
    return False


_ANN_SIGNOFF: Final = re.compile(r"(?<=[.!?\"”’])\s+(?:--|[—–―-])\s*(?P<agency>(?:[A-Z][\w.&'’-]*\s?){1,5}/ANN)$")

# A news organisation signing off the last paragraph in its own name, after a dash or in brackets: "... the
# refugees. — Anadolu Agency", "... he added. — RiverDaily", "... fuel supplies. (Harbour Gazette)". The name's last
# word is a word of the press (or ends in one, run into the name); a quote's speaker or a photo's source is no such
# name ("— Jane Tan", "— WWF", "— Filepic").
PRESS_NAME_ENDS: Final = (
    r"(?:Agency|Daily|Gazette|News|Times|Post|Press|Tribune|Herald|Journal|Mail|Express|Observer|Chronicle|"
    r"Standard|Telegraph|Monitor|Bulletin|Star)"
)
_PRESS_NAME: Final = rf"(?:(?:[A-Z][\w&'’.-]*\s){{1,3}}|[A-Z][a-z]+){PRESS_NAME_ENDS}"
_PRESS_SIGNOFF: Final = re.compile(
    rf"(?<=[.!?\"”’])\s+(?:(?:--|[—–―-])\s*(?P<dashed>{_PRESS_NAME})|\((?P<bracketed>{_PRESS_NAME})\))$"
)
_PRESS_SIGNOFF_MAX_CHARS: Final = 48
PRESS_NAME_LAST: Final = frozenset("yestdlrhn)")  # the last letters of PRESS_NAME_ENDS, and a closing bracket


def trailing_press(paragraph: str) -> TrailingAgency | None:
    """The last paragraph without a news organisation's sign-off in its own name ('... on Sunday. — Anadolu
    Agency'), and the name; None when it has none."""
    text = paragraph.rstrip()
    if text[-1:] not in PRESS_NAME_LAST:
        return None
    start = max(0, len(text) - _PRESS_SIGNOFF_MAX_CHARS)
    tail = text[start:]
    if not ("—" in tail or "(" in tail or "-" in tail or "–" in tail or "―" in tail):
        return None  # no dash or bracket near the end (most last paragraphs): no regex
    m = _PRESS_SIGNOFF.search(text, start)
    if m is None or not text[: m.start()].strip():
        return None
    return TrailingAgency(text[: m.start()].rstrip(), m.group("dashed") or m.group("bracketed"))


def signoff_agency(line: str) -> str | None:
    """'Bernama' for a line that is only '- Bernama' / '— Reuters' (the sign-off on a line of its own)."""
    m = _TRAILING_AGENCY.match(line.strip())
    if m is None and line[:1] in "(Ww" and (inputs := _INPUTS_CREDIT.match(line.strip())) is not None:
        wire = inputs.group("wire")
        if _WIRE_ALONE.fullmatch(wire) is None:
            return None  # "(With inputs from agencies)", an acronym no wire's: the line is the credit, no agency
        return _WIRE_SIGNOFF.get(wire.lower(), wire)
    if m is None and line[:1] == "(" and (site := _SOURCE_SITE.match(line.strip())) is not None:
        return site.group(1)  # "(news.example.lk)": a story taken from another site names it in brackets
    if m is None and line[:1] == "(" and _BRACKETED_WIRE.match(line.strip()) is not None:
        wire = line.strip()[1:-1]
        return _WIRE_SIGNOFF.get(wire.lower(), wire)
    if m is None and (alone := _INDIAN_WIRE_ALONE.fullmatch(line.strip())) is not None:
        return alone.group(1)  # "—PTI–": India's wires sign off alone on a line, often a dash either side
    return _WIRE_SIGNOFF[m.group("agency").lower()] if m is not None else None


# A known wire's name alone on a line ("VNA", "Kyodo", "REUTERS"): under the article's last paragraph, the wire signs
# the article off on a line of its own.
_WIRE_NAME_ALONE: Final = re.compile(_SIGNOFF_WIRES)
WIRE_ALONE_MAX_CHARS: Final = 9  # "Bloomberg"


def wire_alone(line: str) -> str | None:
    """'VNA' for a line that is only a known wire's name, in capitals or title case ('VNA', 'Kyodo', 'REUTERS' ->
    'Reuters'); None for any other line."""
    if not (
        2 <= len(line) <= WIRE_ALONE_MAX_CHARS
        and line[0].isupper()
        and (line.isupper() or line[1:].islower())
        and _WIRE_NAME_ALONE.fullmatch(line) is not None
    ):
        return None
    return _WIRE_SIGNOFF.get(line.lower(), line)


_INDIAN_WIRE_ALONE: Final = re.compile(r"(?:--|[—–―-])\s*(PTI|IANS|ANI)\s*[—–―-]?")
# "(With AFP inputs)", "(With inputs from PTI)", or without brackets "With inputs from PTI": South Asian sites close a
# rewritten wire story naming its wire (an acronym, or "agencies"). Only a known wire's name is the agency
# (signoff_agency); the line is never body.
_INPUTS_WIRE: Final = r"(?P<wire>reuters|bernama|xinhua|bloomberg|agencies|(?-i:[A-Z]{2,6}))"
INPUTS_CREDIT_PATTERN: Final = (
    r"(?=\(|with\s+(?:inputs\s|\S+\s+inputs\b))"  # without brackets the line names its inputs
    rf"\(?\s*with\s+(?:inputs\s+from\s+)?{_INPUTS_WIRE}(?:\s+inputs)?\s*\)?\.?$"
)
_INPUTS_CREDIT: Final = re.compile(INPUTS_CREDIT_PATTERN, re.I)
# "(NAN)" or "(Yonhap)" on a line of its own under the last paragraph: a wire's acronym or a known wire's name in
# brackets signs the story off (an end mark or a photo word in capitals is no wire).
BRACKETED_WIRE_PATTERN: Final = rf"\((?-i:(?!{_BRACKETED_SOURCE_NOT})[A-Z]{{2,6}}|{_WIRE_NAMES})\)$"
_BRACKETED_WIRE: Final = re.compile(BRACKETED_WIRE_PATTERN)
# "(news.example.lk)": a story taken whole from another site closes with that site's address in brackets.
SOURCE_SITE_PATTERN: Final = r"\((?-i:([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}))\)\s*$"
_SOURCE_SITE: Final = re.compile(SOURCE_SITE_PATTERN)


def is_agency_signoff(line: str) -> bool:
    """True for a line that is only a wire-agency sign-off ('- Bernama', '— Reuters')."""
    return signoff_agency(line) is not None
