"""Lines of a dump -> a parsed article: title, meta bullets, captions, body, credits, tags, related lists.

The page is read top to bottom in three zones:
  head     title line, then "  • Section" / "  • Wednesday, 19 Feb 2025" bullets (optional)
  content  photo captions, then the body; promo blocks are cut out wherever they sit
  tail     from the first end marker on: reporting credits, the WhatsApp line and its tags line,
           "Next In <X>" / "Others Also Read" lists, paywall prompts and page chrome; once body text has
           started, also comment prompts, "Tags:" lines, print-edition lines and newsletter sign-ups

Each line is given a kind once (one anchored regex, plus a promo check behind cheap substring
tests), so parsing stays linear in the number of lines and costs a few microseconds per line.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from itertools import compress, repeat
from operator import contains as _contains
from operator import itemgetter

# Module constants are Final: compiled (mypyc), a Final name is a C static or an inlined literal, where any
# other module-level name costs a dictionary lookup at each use.
from typing import Final, cast

from transforms import credits, head, segment
from transforms.records import Caption, ParsedArticle, ParseOutcome, Quarantined, RelatedList

# ---------------------------------------------------------------------------------------------
# Line kinds
# ---------------------------------------------------------------------------------------------
BODY: Final = 0  # article text, caption, headline or list item: decided by position
WHATSAPP: Final = 1  # "Follow us on our official WhatsApp channel ..."
CREDITS: Final = 2  # "(Reporting by A; Editing by B)"
NEXT_IN: Final = 3  # "Next In World"
OTHERS: Final = 4  # "Others Also Read"
PAYWALL: Final = 5  # "Already a subscriber? Log in", "Subscribe to continue reading"
CHROME: Final = 6  # "Thank you for your report!", "All Headlines:", "Want to listen to full audio?"
DROP: Final = 7  # "ADVERTISEMENT": dropped wherever it sits
SIGNOFF: Final = 8  # "- Bernama", "— Reuters": a wire-agency sign-off on a line of its own
PROMO_CORE: Final = 9  # a price or billing line: "RM 13.90/month", "Billed as RM 9.73 for the 1st month, ..."
PROMO_AUX: Final = 10  # plan labels and terms: "Monthly Plan", "Best Value", "Free Trial", "Cancel anytime. ..."
PROMO_OPEN: Final = 11  # an offer headline that is promo on its own: "Save 30% OFF The Star Digital Access"
PROMO_WEAK: Final = 12  # an offer-sounding line that is promo only inside a block with prices
# Page furniture under an article: a comment counter or prompt, a "Tags:" line, a print-edition line, a newsletter
# sign-up. It ends the article once body text has started; above it (a counter in the byline area) it is dropped.
TAIL: Final = 13

_END_KINDS: Final = frozenset((WHATSAPP, CREDITS, NEXT_IN, OTHERS, PAYWALL, CHROME))
_PROMO_KINDS: Final = frozenset((PROMO_CORE, PROMO_AUX, PROMO_OPEN, PROMO_WEAK))
_ENDS_CONTENT: Final = _END_KINDS | {TAIL}  # TAIL only once body text has started
_TAIL_STRUCTURE: Final = _ENDS_CONTENT | {DROP, SIGNOFF}  # tail lines that are page structure, not list items or tags
_DATE_WIDGET_MAX: Final = len("published")  # the longest of head._DATE_WIDGET_WORDS
# lines the page classifier owns: never a headline
_STRUCTURE_KINDS: Final = _END_KINDS | {SIGNOFF, TAIL} | _PROMO_KINDS

_PRICE: Final = r"(?:rm|usd|us\$|s\$|\$)\s?\d[\d,]*(?:\.\d+)?"
_PERIOD: Final = r"(?:month|mth|mo|year|yr|week|day|annum)"
# Every special line, as (kind, the lower-case words it can start with, anchored pattern). The
# patterns are compiled into one alternation per first character, and a line runs it only when it
# starts with one of the words: a body line pays for a dict lookup and a prefix test, no regex. Words
# are as long as the pattern allows (one space where it allows any): a regex call costs a body line
# more than the prefix test, and a third of body paragraphs open with "The". Tuples of words are typed
# tuple[str, ...] (see head.TERMINAL): one of known length would be built anew at each use.
_FURNITURE_STARTS: Final[tuple[str, ...]] = (
    "also", "read", "share", "media", "image", "follow", "article", "content", "user", "cxense", "campaign",
    "page", "click", "x", "facebook", "twitter", "whatsapp", "telegram", "linkedin", "reddit", "pinterest",
    "email", "e-mail", "copy link", "link copied", "editor", "line", "related", "see also", "reporter", "writer",
    "full story", "edited by", "see our", "(see ", "rewriter",
)  # fmt: skip
_RAIL_HEADING_STARTS: Final[tuple[str, ...]] = (
    "top", "more", "most", "latest", "trending", "you", "read", "watch next", "up next", "recommended", "videos from",
    "hot ", "recent ",
)  # fmt: skip
_PLAN_STARTS: Final[tuple[str, ...]] = (
    "monthly", "annual", "yearly", "weekly", "quarterly", "digital", "premium", "basic", "standard", "student",
    "family", "plan", "package", "subscription", "pass",
)  # fmt: skip
_COMMENT_VERBS: Final[tuple[str, ...]] = ("add ", "leave ", "post ", "write ")
# networks a site invites readers to follow on
_SOCIAL: Final = r"(?:facebook|twitter|x|instagram|tiktok|youtube|linkedin)"
# (with the copy-link button's toast, "Link copied", saved in its place)
_NETWORK: Final = (
    r"(?:facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|line|e-?mail|copy link|link copied|google\+)"
)
# A notice over a machine-written summary of the article, not the article: "This is an AI-generated summary; check
# the full story." (Furniture wherever it stands; the summary right under it is no headline.)
_MACHINE_SUMMARY: Final = r"this is (?:an? )?(?:ai[- ]generated|automated|machine[- ]generated) summar\w*\b.{0,160}$"
_MACHINE_SUMMARY_NOTICE: Final = re.compile(_MACHINE_SUMMARY, re.I)
# A name in a programme's cast ("Dr Jane Tan-Mei", "Ali bin Omar"), perhaps with a role or a house in brackets
_CAST_NAME: Final = r"(?-i:[A-Z][\w’'.-]*(?: (?:bin|binti|de|van|[A-Z][\w’'.-]*)){0,4})(?: \([^()]{1,60}\))?"
_SPECIAL_LINES: Final[tuple[tuple[int, tuple[str, ...], str], ...]] = (
    (  # "Follow us on our WhatsApp channel ...", "Please join the X WhatsApp Channel ..."
        WHATSAPP,
        ("follow", "join", "please join", "please follow"),
        r"(?:(?:please )?(?:follow|join)\s+(?:us|our)|please (?:follow|join) the)\b.{0,80}?\bwhatsapp\b.{0,100}$",
    ),
    (NEXT_IN, ("next ",), r"(?-i:Next [Ii]n [A-Z0-9][^.!?]{0,50})$"),
    (OTHERS, ("others",), r"others also read\s*:?$"),
    (CREDITS, ("(", "additional", "reporting", "writing", "-", "—", "–"), credits.CREDITS_LINE_PATTERN),
    # Paywall prompts end the readable body.
    (PAYWALL, ("already",), r"already\s+(?:a\s+|an\s+)?(?:subscriber|member)\b.{0,60}$"),
    (
        PAYWALL,
        ("please", "log", "sign", "subscribe", "register"),
        r"(?:please\s+)?(?:log\s?in|sign\s?in|subscribe|register|sign\s?up)\b.{0,50}?\bto\s+"
        r"(?:continue|read (?:the|this|more|on)|keep reading|unlock this|view this|access this)\b.{0,80}$",
    ),
    (PAYWALL, ("to continue", "continue"), r"(?:to\s+)?continue\s+reading\b.{0,60}$"),
    # a link to the rest on the source's site under a syndicated story's opening: "Continue to read on The Ledger"
    (
        PAYWALL,
        ("continue to read",),
        r"continue to read (?:it |the (?:full )?(?:article|story) )?(?:on|at)\s+\S.{0,50}$",
    ),
    (
        PAYWALL,
        ("this article", "this story", "this content", "the article", "the story", "the content"),
        r"(?:this|the)\s+(?:article|story|content)\s+is\s+(?:only\s+)?(?:for|exclusive\s+to|available\s+"
        r"(?:only\s+)?to|reserved\s+for)\s+(?:our\s+)?(?:paid\s+|premium\s+)?(?:subscribers|members)\b.{0,40}$",
    ),
    (PAYWALL, ("subscriber", "member"), r"(?:subscribers?|members?)[- ]only\b.{0,40}$"),
    (PAYWALL, ("you",), r"you(?:'|’)ve\s+reached\s+(?:your|the)\b.{0,30}\blimit\b.{0,60}$"),
    (PAYWALL, ("premium", "exclusive"), r"(?:premium|exclusive)\s+(?:content|article|story)\s*[.!]?$"),
    # Page chrome around the lists and at the end of the page.
    (CHROME, ("thank",), r"thank you for your (?:report|feedback)\b.{0,30}$"),
    # A removed story's notice where the article was: "This article is no longer available."
    (
        CHROME,
        # (its pattern's every opening spelled out: a line tries only the entries of the start word it opens with)
        (
            *("this article", "this story", "this page", "this content", "the article", "the story", "the page"),
            *("the content", "sorry"),
        ),
        r"(?:sorry,?\s+)?(?:this|the)\s+(?:article|story|page|content)\s+(?:you\s+(?:are\s+|were\s+)?\w+(?:\s+for)?\s+)?"
        r"(?:is\s+no\s+longer\s+available|has\s+been\s+(?:re)?moved|has\s+been\s+(?:deleted|taken\s+down)|"
        r"(?:could|can)\s*not\s+be\s+found|does\s+not\s+exist)\b.{0,80}$",
    ),
    # An audio player's notice ("Try our new audio version of this story.", "The voice is produced by a
    # machine-learning tool."): furniture wherever it stands.
    (
        DROP,
        ("try our", "try the", "listen to", "the voice", "this audio", "duration"),
        r"(?:try|listen\s+to)\s+(?:our|the|this)\s+(?:new\s+)?audio\b.{0,80}$|"
        r"listen to this (?:article|story)\b.{0,20}$|"  # an audio player's label over the article
        # and its length, perhaps in two units ("Duration: 1 minute 16 seconds")
        r"duration\s*:?\s*\d[\d:′″'\" ]{0,10}(?:(?:mins?|minutes?|hrs?|hours?)\s+\d{1,2}\s*)?"
        r"(?:mins?|minutes?|secs?|seconds?)?\s*$|"
        r"(?:the\s+voice|this\s+audio)\s+(?:you\s+hear\s+)?(?:is|was)\s+(?:produced|generated|created|synthesi[sz]ed)\b.{0,80}$",
    ),
    # A machine translation's notice over the text ("Powered by automated translation", "This article has been
    # translated using AI. See original."): furniture wherever it stands.
    (
        DROP,
        ("powered by", "this article", "this story", "translated"),
        r"powered\s+by\s+(?:automated|automatic|machine|ai)\s+translation\s*\.?$|"
        r"(?:this\s+(?:article|story)\s+(?:has\s+been|was|is)\s+)?(?:automatically\s+|machine[- ])?translated\s+"
        r"(?:using|by|with)\s+(?:ai|an?\s+ai\s+tool|a\s+machine|machine\s+translation|artificial\s+intelligence)\b"
        r".{0,30}$",
    ),
    # A text-to-speech player's widget: its consent notice ("To enable text-to-speech, accept ...") or
    # its shortcode the page left unrendered ('[speech_button voice="UK English Male"]'): furniture wherever it stands.
    (
        DROP,
        ("to activate", "to enable", "to use", "text-to-speech", "["),
        r"(?:to (?:activate|enable|use) (?:the |this )?)?text-to-speech\b.{0,120}$|"
        r"\[[a-z]+(?:_[a-z]+)+(?:\s+[a-z_-]+=\"[^\"]{0,40}\")*\s*\]$",
    ),
    # "Source: The Daily Courier", "Source: Police via Channel 9": where a photo or the story was taken from, on a
    # line of its own inside or under the article; never the article's words. A wire's acronym alone ("Source: VNA",
    # a service's channel number after it: "Source: VOR2") is left to the sign-off rules, which name the agency from it.
    (DROP, ("source",), r"sources?\s*:(?!\s*(?-i:[A-Z]{2,6}\d?)\s*$)\s*[^.!?]{1,60}$"),
    # A gift button's prompt: "Gift this article", "New: Gift this members-only story to someone", "GIFT a
    # SubscriptionGift" (the icon's name glued on): furniture wherever it stands.
    (
        DROP,
        ("gift", "new: gift", "new gift"),
        r"(?:new:?\s+)?gift\s+(?:this|a|an)\s+(?:[\w-]+\s+)?(?:article|story|subscription)\w*"
        r"(?:\s+to\s+(?:your\s+)?[\w\s]{0,30})?\s*[.!]?$",
    ),
    (CHROME, ("see also", "must see"), r"(?:see also|must see)\s*:?$"),  # a rail of other stories' headlines
    # the same rail's heading in Japanese ("recommended articles", "related articles")
    (CHROME, ("おすすめ", "関連"), r"(?:おすすめ|関連)(?:記事|ニュース)\s*:?$"),
    # A box of paid stories under the article, its heading alone on a line ("Sponsored Content", "Promoted Stories"):
    # an advertiser's, no word of the article (an ad slot inside the article is labelled "Advertisement")
    (CHROME, ("sponsored", "promoted"), r"(?:sponsored|promoted)\s+(?:content|stories|links)\s*:?$"),
    # An updated story's pointer to the version it replaces, its headline under it: "Earlier report:".
    (CHROME, ("earlier", "previous"), r"(?:earlier|previous)\s+(?:reports?|stor(?:y|ies)|versions?)\s*:$"),
    (
        CHROME,
        _RAIL_HEADING_STARTS,
        r"(?:top|more|latest|recent)(?: news)? (?:stories|news|headlines|videos)\s*:?$|"
        # "Latest National Stories" (a briefing's own labels say "Top local stories"); "Top Picks": the editors' choice
        r"latest [a-z]+ (?:stories|news|headlines)\s*:?$|top picks\s*:?$|"
        r"hot (?:this week|today|right now|now|stories|news)\s*:?$|"  # a rail of the week's most read
        r"you (?:may|might) also like\s*:?$|"
        r"(?:read|watch|up) next\s*:?$|"  # a video page's rail: "Watch next", "Up next"
        r"videos from other sections\s*:?$|"  # a video page's rail of other clips
        r"read more\s*:$|"  # a heading over links ("READ MORE HERE" inside a briefing is a link: furniture)
        r"read more (?:[a-z]+ )?(?:news|stories)\s*:?$|"  # "Read More News Stories": a rail's heading
        # "Most Viewed Video Stories" ("Most Popular" labels a plan too)
        r"most (?:read|viewed|shared)(?: (?:video|videos|stories|news|articles)){0,2}\s*:?$|trending(?: now)?\s*:?$|"
        r"recommended(?: for you| stories| articles| reads)?\s*:?$|"
        # "More from <site>"; a magazine kiosk's "MORE STORIES FROM <title>" over its cards of the title's other stories
        r"(?:more|latest)(?: (?:stories|news|articles))? (?:from|in) [^.!?,:]{1,30}$|"
        r"more like this\s*:?$|"  # a rail of other stories
        # "More on this story", "More on <a topic>": a title, no stop (a sentence "More on Monday, ..." runs on)
        r"more on (?:this (?:story|topic)|(?-i:[A-Z0-9])[^.!?,:;]{0,40})\s*:?$",
    ),
    # A rail's heading over other stories' cards under the article: "See more", "View more", "MORE Business NEWS",
    # "Recent posts" (a live blog's "Latest posts" labels its own entries: not here)
    (
        CHROME,
        ("see more", "view more", "more ", "recent posts"),
        r"(?:see|view) more\s*:?$|more [a-z]+(?: [a-z]+)? (?:news|stories)\s*:?$|recent posts\s*:?$",
    ),
    (
        CHROME,
        ("want", "listen"),
        r"(?:want to\s+)?listen to (?:the\s+)?(?:full\s+)?(?:audio|article)\b.{0,20}$",
    ),
    (CHROME, ("report",), r"report (?:it to us|an? (?:error|typo|issue))\b.{0,30}$"),
    (CHROME, ("found",), r"found an? (?:mistake|error|typo)\b.{0,40}$"),
    # An appeal's heading under the article, alone on its line ("Since you're here...", "While you're here,"): what
    # follows asks the reader for support or business, no word of the article
    (CHROME, ("since you", "while you"), r"(?:since|while) you(?:'|’)re here\s*(?:\.{1,3}|…|,|:|!)?$"),
    (
        CHROME,
        ("did", "was"),
        r"(?:did you find this|was this) (?:article|story|page) (?:insightful|helpful|useful|informative)\b.{0,20}$",
    ),
    (CHROME, ("copyright", "©"), r"copyright\b.{0,80}$|©.{0,80}$"),
    (
        DROP,
        (
            "advertis",
            "scroll",
            "continue",
            "- advertis",
            "– advertis",
            "— advertis",
            "ads",
            "story continues",
            "article continues",
        ),
        # "- Advertisement -" and "ADS": ad slots (a news theme glues its placeholder on: "- Advertisement -spot_img");
        # the label's other spellings ("Advertising", "- Advertisment -", a numbered slot "Advertisement 2") and
        # the footer's link to the ad desk ("Advertise with us", or in the ad group's name under each slot:
        # "Advertise with Harbour Media."); a blog host labels each slot in the plural ("Advertisements")
        r"(?:[-–—]\s*)?advertis(?:e?ments?|ing)(?:\s+\d{1,2})?\s*(?:[-–—]\s*)?(?:spot_img)*$|ads$|"
        r"advertise (?:here|with (?:us|(?-i:[A-Z])[\w&.-]*(?: (?-i:[A-Z])[\w&.-]*){0,2}))\.?$|"
        r"scroll to continue\b.{0,20}$|continue reading below\s*$|"
        r"(?:story|article) continues (?:below|after)(?: (?:this|the))?(?: advertisement)?\s*$",  # the slot's label
    ),
    # A mobile (AMP) theme's link to the full page, printed in its footer under the article: never the article's.
    (DROP, ("exit mobile",), r"exit mobile version$"),
    # An author's photo's alt text, left where the photo stood (over a byline or an author box): "Avatar photo".
    (DROP, ("avatar", "author avatar"), r"(?:author )?avatar(?: (?:photo|image))?$"),
    # A page anchor's link, where the page prints it: "Back to top", "Go to top", "top of page", "bottom of page".
    # ("scroll to top" is left: on a one-paragraph page the outcome rule reads it as a second paragraph.)
    (
        DROP,
        ("back to", "go to", "return to", "top of", "bottom of"),
        r"(?:(?:back|go|return)\s+to\s+(?:the\s+)?top(?:\s+of\s+(?:the\s+)?page)?|"
        r"(?:top|bottom)\s+of\s+(?:the\s+)?page)\s*[↑^]?$",
    ),
    # A media player's label over the article, its clip's length: "Watch video 01:45", "Play video (2:03)".
    (
        DROP,
        ("watch video", "watch the video", "play video"),
        r"(?:watch|play)(?: the)? video\s*:?\s*\(?\d{1,2}:\d{2}\)?$",
    ),
    # A video embed's prompt to the site's streaming service: "Watch more News on StreamPlus".
    (DROP, ("watch more",), r"watch more\b.{0,30}\bon [\w.-]+(?: [\w.-]+)?\s*$"),
    # A lazy loader's placeholder where a widget did not load: "LOADING CONTENT", "Loading...".
    (
        DROP,
        ("loading",),
        r"loading(?: (?:content|comments|more|video|article|story))?(?:,?\s*please wait)?\s*(?:\.{1,3}|…)?$",
    ),
    # The site's address alone on a line, from its footer: "www.example.com".
    (DROP, ("www.",), r"www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+/?$"),
    # Page furniture inside the article: share buttons, "read more" links, media-player notices and
    # the analytics fields some pages print ("Article type: metered").
    (
        DROP,
        _FURNITURE_STARTS,
        r"read more(?: here| like this)?\s*(?::|\.{3}|…)?$|"  # "Read more...": the link, its dots the scrape's
        r"read (?:the )?(?:original|full)(?: article| story)?(?: here)?\s*:?$|"  # a link to the source's page
        r"full story\s*:\s*\S+\.[a-z]{2,}\S*$|"  # the source's address under a summary: "Full story: site.com"
        r"read(?:ing)? time\s*:?\s*\d+\s*(?:mins?|minutes?)\.?$|"  # "Read Time: 3 mins"
        # an inline link to another story: "ALSO READ: <headline>", "Related news: ...", "Also read | ..."
        r"(?:also read|read(?: also| more)?|related(?: news| stories| story| articles?)?|see also)"
        r"\s*[:|]\s*\S.{0,160}$|"
        r"see also\s+(?-i:[A-Z0-9‘“\"'])[^.!?]{0,160}$|"  # "See also  Town council ..." (a headline: no stop)
        # a pointer to the site's other coverage: "See our full coverage of the Games", "(See story on X here.)"
        r"see our (?:full |complete |special |latest )?coverage\b[^.!?]{0,80}$|"
        r"\(see (?:the |our |related |full )?(?:story|stories|report|article)\b[^()]{0,80}\)\.?$|"
        r"(?:also read|read also)\s*:?\s*$|"  # the inline link's label alone, its headline on the next line
        r"share (?:on|via) (?:whatsapp|facebook|twitter|x|telegram|linkedin|email|google\+)\s*$|"
        rf"(?:share (?:on|via) {_NETWORK}\s*){{2,6}}$|"  # the buttons glued: "Share on FacebookShare on Twitter"
        # share buttons, each network on a line, under their label ("Share", "Share it", "Share this article:")
        r"share(?: this| it)?(?: (?:article|story|page|post))?\s*:?\s*$|"
        rf"{_NETWORK}\s*$|"  # one share button a line
        # the share buttons on one line: "Facebook  X  WhatsApp", "Facebook | Twitter | Email"
        rf"(?:share(?: this)?(?: (?:article|story))?(?: on| via)?\s*:?\s*)?"
        rf"{_NETWORK}(?:\s*[|·•/,]?\s*{_NETWORK}){{1,8}}\s*$|"
        # the desk's credit lines ("Editor: MH"); a Thai state wire's pages credit the one who rewrote the report
        # in English under its reporter ("Reporter: Jane Tan" / "Rewriter: ali bakar"), the name in any case
        r"(?:editor|reporter|writer|rewriter)\s*:\s*[A-Z][\w. ]{0,40}$|"
        r"edited by\s+(?-i:[A-Z]{2,5})\s*$|"  # and the editor's initials alone ("Edited by MH")
        r"media playback is unsupported on your device\s*$|"
        # a broadcaster's screen-reader labels (_PHOTO_LABELS), alone ("Image caption,") or before their text
        r"(?:media|image)\s?(?:caption(?:,\s*$|(?-i:(?=\s?[A-Z:])))|copyright\b|source\s*[,:]).{0,300}$|"
        r"follow \S+(?: \S+)? on (?:whatsapp|telegram|google news)\s*$|"
        r"follow (?:this )?topics?\s*:?$|"  # a topic's follow button, its label over the topic's name or alone
        r"(?:(?:article|content|user|cxense|campaign|page)\s+(?:access\s+)?(?:type|status|id))\s*:.{0,40}$|"
        r"click here to (?:read|see|view)\b.{0,40}$|click to (?:share|email|print)\b.{0,60}$|"
        r"articles? (?:remaining|left)\s*:?\s*\d+\s*$",  # a metered page's counter
    ),
    # Furniture under the article (see TAIL): comments, reactions, topic labels, print-edition lines, newsletters.
    # One entry per start word: a line tries only the entries of its first character (and start word).
    # "Comments (12) Closed", "Comments are closed."
    (TAIL, ("comment",), r"comments?\s*(?:[-–—:|]\s*)?(?:\(\d+\)|\d+)?\s*(?:(?:are )?closed\.?)?\s*:?$"),
    # a view counter under the article: "This story has been viewed 1,204 times.", "This article has been read 87 times"
    (
        TAIL,
        ("this article", "this story", "this post"),
        r"this (?:article|story|post) has been (?:viewed|read) [\d,]+ times\.?$",
    ),
    # a comment section's rules: "Disclaimer: All the comments will be moderated by ..."
    (TAIL, ("disclaimer",), r"disclaimer\s*:\s*all (?:the )?comments\b.{0,600}$"),
    # a comment form's prompts: "Please enter your comment!", "Please enter your name here"
    (TAIL, ("please enter your",), r"please enter your (?:comment|name|e-?mail)\b.{0,20}$"),
    (TAIL, tuple("123456789"), r"\d+ comments?\s*$"),
    # "Leave a comment", "Post your say": the comment form's heading
    (
        TAIL,
        _COMMENT_VERBS,
        r"(?:add|leave|post|write) (?:(?:a|your|new) (?:comment|reply)\b.{0,40}|your say\b.{0,40}|comments?\s*)$",
    ),
    (TAIL, ("join the",), r"join the (?:conversation|discussion)\b.{0,100}$"),
    # a comment system's box named by its label where it did not load: "vuukle comment", "Disqus Comments"
    (TAIL, ("vuukle", "disqus"), r"(?:vuukle|disqus)(?: comments?)?\s*$"),
    # a comment system's own line under its box: "comments powered by Disqus", the Akismet plugin's spam notice
    (
        TAIL,
        ("comments powered", "this site uses"),
        r"comments powered by \w+\s*\.?$|this site uses akismet\b.{0,100}$",
    ),
    # a consent banner's heading under the article ("We value your privacy."), its notice and buttons under it
    (TAIL, ("we value",), r"we value your privacy\s*[.!]?$"),
    # another story's card under the article: its section and age glued, "- Regional News11 months ago"
    (TAIL, ("- ",), r"-\s+(?-i:[A-Z])[^.!?]{0,40}?\d{1,2}\s*(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago\s*$"),
    # the source of a rewritten story named at its end: "Full story: The Valley Times"
    (TAIL, ("full story",), r"full story\s*:\s*(?-i:[A-Z])[\w.&'’ -]{1,40}$"),
    # a login box under the article: "Welcome! Log into your account", "Remember me Lost your password?"
    (
        TAIL,
        ("welcome", "remember me", "lost your", "lost password"),
        r"welcome!?\s+log\s?in(?:\s?to| in to) your account\b.{0,20}$|remember me\b.{0,30}$|"
        r"lost (?:your )?password\s*\??$",
    ),
    # the app's prompt: "Download it from the App Store or Play Store.", "Download our app on Google Play"
    (
        TAIL,
        ("download",),
        r"download (?:(?:it|the app|our app|the [\w ]{1,20} app) )?(?:from|on|at) (?:the )?"
        r"(?:apple|app|google|play)(?: app| play)? store\b.{0,60}$",
    ),
    # a comment box's login prompt: "Please, login or register to post a comment"
    (
        TAIL,
        ("please", "log", "sign"),
        r"(?:please,?\s+)?(?:log\s?in|sign\s?in)(?:\s+or\s+(?:register|sign\s?up))?\s+to\s+"
        r"(?:post|add|leave|write)\s+(?:a\s+)?comments?\b.{0,20}$",
    ),
    (DROP, ("// ",), r"// \S.{0,200}$"),  # a script's comment printed as text: "// Loads the player after consent"
    (TAIL, ("click",), r"click (?:here )?to comment\b.{0,20}$"),  # "click" opens furniture's lines already
    # An app's download badges left as their stores' names: "App Store Google Play", "Apple | Google"
    (
        DROP,
        ("apple", "app store", "google", "android"),
        r"(?:apple|app store|google(?: play)?|android)(?:\s*[|/,]?\s*(?:apple|app store|google(?: play)?|ios)){1,2}$",
    ),
    # A paper's app badges, each captioned over its store: "Available for" / "Phones", "Available in" / "Google Play"
    (DROP, ("available",), r"available (?:for|in|on)\s*$"),
    # A site's template lines about the page, not the story: a newsletter's pitch under the headline ("Sign up now:
    # Get ... in your inbox"), a fact-check desk's link ("Real or fake? See what our checkers found here.") and a
    # comments plugin's login notice ("Facebook notice ...! You need to log in to view and post comments!").
    (
        DROP,
        ("sign up now:", "you need to log", "facebook notice", "fake or not?", "real or fake?"),
        r"sign up now:\s.{1,80}$|"
        r"(?:fake or not|real or fake)\?\s.{0,60}\bhere\.?$|"
        r"(?:facebook notice\b.{0,30}!\s*)?you need to log ?in to (?:view|see|read|post)\b.{0,30}\bcomments?\s*!?$",
    ),
    # A WordPress shortcode the page printed as text where its plugin's widget stood (a map, a read-aloud button):
    # "[mapwidget id="12"]", "[speak_button voice="UK English Male"]", lower-case names with an attribute.
    (DROP, ("[",), r"\[(?-i:[a-z][a-z0-9_]*)\s+(?-i:[a-z][a-z0-9_-]*)=[^\[\]\s][^\[\]]{0,80}\]$"),
    # An embed's placeholder printed as text where the player or the post stood: "[video:https://... autoplay:1]",
    # "View this post on Instagram".
    (
        DROP,
        ("[", "view this", "view the"),
        r"\[(?:video|audio|embed|youtube|instagram|tweet|twitter)\s*:\s*https?://[^\[\]\s]{1,200}[^\[\]]{0,40}\]$|"
        r"view (?:this|the) (?:post|video|photo|reel|tweet) on (?:instagram|twitter|x|tiktok|facebook|youtube)\s*$",
    ),
    # A digital newsstand's footer under a print page: "Newspapers in English", "Newspapers from Thailand".
    (TAIL, ("newspapers",), r"newspapers (?:in|from) [a-z][a-z ]{1,30}$"),
    (
        TAIL,
        ("view", "show", "load", "see all", "read"),
        r"(?:view|show|load|see|read) (?:all )?(?:\d+ )?comments?\b.{0,20}$",
    ),
    (TAIL, ("tell us",), r"tell us what you think\b.{0,100}$"),
    # an opinion page's disclaimer under the piece: "The views expressed are the writer's own and do not necessarily
    # reflect those of the paper."
    (
        TAIL,
        ("the views",),
        r"the views\b.{0,80}?\bexpressed\b.{0,120}?\bnot necessarily (?:reflect|represent)\b.{0,120}$",
    ),
    # a comment plugin's controls over its box: "Notify of" (the reply subscription's label, its choice lost),
    # "Inline Feedbacks" (the count's label beside "View all comments")
    (TAIL, ("notify of", "inline feedback"), r"notify of\s*$|inline feedbacks?\s*$"),
    # a comment section's rules under the article: "Please read our commenting guidelines."
    (
        TAIL,
        ("please follow", "please read"),
        r"please (?:follow|read) our comment(?:ing|s)? (?:guidelines|policy|rules)\b.{0,20}$",
    ),
    # The author box and the short-link widget under an article: "About the author", "Author", "Short link:"; a
    # credit's label alone, its name on the line under it: "Editor:", "Lead photo by"
    (
        TAIL,
        ("about the", "short link", "author", "editor", "lead photo", "main photo", "top photo", "cover photo"),
        r"(?:about the (?:author|writer|reporter|contributor)s?|authors?|editors?\s*:)\s*:?$|short link\s*:.{0,80}$|"
        r"(?:lead|main|top|cover) photo(?:graph)? by\s*:?$",
    ),
    (TAIL, ("pengarang", "penulis"), r"(?:pengarang|penulis)\s*:$"),  # the same label in Malay: "Pengarang :"
    (TAIL, ("how does", "how did"), r"how (?:does|did) (?:this|the) (?:story |article |news )?make you feel\s*\??$"),
    (  # "Tags: a, b" or the label alone over the topic links ("KEYWORDS")
        TAIL,
        ("tags", "topics", "tagged", "keywords"),
        r"(?:tags(?:\s*/\s*keywords)?|topics|keywords|tagged(?: with| in)?)\s*(?::\s*\S.{0,200}|:?\s*)$",
    ),
    # A question to the reader about the story: "What do you think of this story?", "Do you like the content of this
    # article?" (the reactions' buttons or the comments under it)
    (
        TAIL,
        ("what do", "share your", "do you like", "did you like", "did you enjoy"),
        r"what do you think(?: (?:of|about) (?:this|the) (?:story|article|report|news|post))?\s*\??$|"
        r"(?:do|did) you (?:like|enjoy) (?:the content of )?(?:this|the) (?:story|article|report|content|post)\s*\??$|"
        r"share your (?:thoughts|views|comments)\b.{0,60}$",
    ),
    # The desk's other credit lines, wherever they stand (the reporter's, writer's and editor's are furniture above):
    # "Graphic: Wire Agency", "Illustration: Jane Tan", "Translated by: Mei Lin"
    (
        DROP,
        ("graphic", "infographic", "illustration", "translat"),
        r"(?:(?:info)?graphics?|illustrations?|translator|translated by)\s*:\s*[^\s.!?][^.!?]{0,40}$",
    ),
    # A programme's cast under a video or podcast page's summary: "Panellists: Jane Tan (Moderator), Ali Omar
    # (The Ledger) and Mei Lin", "Host: Tomas Reyes": names, each perhaps with a role in brackets, no sentence
    (
        DROP,
        ("panel", "moderator", "host", "guest", "presenter"),
        r"(?:panel+ists?|moderators?|hosts?|guests?|presenters?)\s*:\s*"
        rf"{_CAST_NAME}(?:(?:,\s*|,?\s+(?:and|&)\s+){_CAST_NAME}){{0,9}}$",
    ),
    # A cookie consent notice, wherever the scrape left it: "We use cookies to improve your experience ...", "We and
    # our partners use cookies to ...", "This website uses cookies ... By continuing to browse, you agree ..." (the
    # head's chrome knows the short ones), at a paywall's or a page's end as well: the notice names the site, the
    # reader's browsing, consent, the policy, the settings or ads
    (
        DROP,
        ("we use cookies", "we and our partners use", "this site uses cookies", "this website uses cookies"),
        r"(?:this (?:web)?site uses cookies|we(?: and our (?:partners|advertisers))? use cookies\b"
        r"(?=.{0,300}\b(?:site|website|experience|brows\w*|consent|personali[sz]\w*|advertis\w*|ads|privacy|agree\w*"
        r"|polic\w*|settings|preferences)\b))"
        r".{0,600}$",
    ),
    # The page's own number for the story, printed over or under it: "News Code 123456", "Story Code : 987654",
    # "Article ID: 4567"
    (
        DROP,
        ("news code", "news id", "story code", "story id", "article code", "article id", "article no"),
        r"(?:news|story|article) ?(?:code|id|no\.?)\s*[:#]?\s*\d{3,}$",
    ),
    # Share buttons saved as a list's items, one a line: "• Facebook", "• Twitter", "• submit to reddit", or by their
    # icons' alt text, a network the list above does not know among them ("• Facebook share button")
    (DROP, ("•",), rf"•\s*(?:{_NETWORK}|submit to reddit|share|[a-z]+ share button)\s*$"),
    (DROP, ("like this",), r"like this\s*:$"),  # a blog's like-button heading
    # A photo's credit alone in brackets, its photo not printed: "(Photo credit: Jane Tan/The Ledger)", "(Home page
    # image courtesy Example Images)"
    (
        DROP,
        ("(",),
        r"\((?:(?:home ?page|main|lead|top|cover|featured?) )?(?:image|photo|picture|pic)s? (?:credit|courtesy)\b"
        r"[^()]{0,80}\)$",
    ),
    # An invitation to follow the site's channel, dropped wherever it sits (some pages print it mid-article):
    # "Stay current - Follow our news channel for updates!", "Follow the top stories on our app"
    (
        DROP,
        ("stay", "follow", "like us", "like our", "join"),
        # "Join our Facebook page.", "Join The Ledger's News Channel": the site's page or channel
        # (a messaging app's channel is the WhatsApp line's kind: _MESSAGING_INVITE)
        r"join (?!.{0,60}\b(?:whatsapp|telegram)\b)"
        r"(?:(?:us on |our )(?:[\w'’]+ ){0,2}(?:page|channel|group)|"
        r"(?-i:[A-Z])[\w'’-]*(?: [\w'’-]+){0,4} (?:channel|community))\s*[.!]?$|"
        r"(?:stay (?:current|updated|up to date|informed|connected|tuned|in the loop)\s*[-–—:|!.,]\s*)?"
        r"follow (?:us|our)\b.{0,60}\b(?:channel|page|account|updates|news)\b.{0,60}$|"
        r"follow\b.{0,60}\bon our (?:app|channel|page|website|site)\s*[.!]?$|"
        # the invitation naming the networks alone or as a whole: "Follow us on Facebook here.", "Follow The Ledger
        # on Twitter and Facebook to join the conversation.", "Follow us on Instagram https://...", "FOLLOW US ON
        # SOCIAL MEDIA": the networks, their address, perhaps a call for the reader's stories after it ("Follow The
        # Ledger North on Facebook and X. Send your story ideas to: north@example.com")
        rf"follow (?:us|\S+(?: \S+){{0,2}}) on (?:social media|{_SOCIAL}(?:(?:,| and| &) {_SOCIAL})*)"
        r"(?: here| to join the conversation)?\s*[.!]?(?:\s+https?://\S+|\s+send (?:us )?your\b.{0,100})?$|"
        r"like (?:us on facebook|our facebook page)\s*[.!]?(?:\s+https?://\S+)?$",  # "Like our Facebook page"
    ),
    # A button that opens the rest of the page or the source's page: "Show full article", "View original story"
    (DROP, ("show", "view"), r"(?:show|view) (?:the )?(?:original|full)(?: article| story)?\s*$"),
    # An archive notice over an old article: "This article is more than 12 months old"
    (
        DROP,
        ("this article", "this story"),
        r"this (?:article|story) is (?:(?:more than|over) )?\S+ (?:days?|weeks?|months?|years?) old\.?$",
    ),
    # A live story's notice to the reader, wherever the page prints it: "This is a developing story: more details
    # to follow.", "Developing story", "This story is developing; check back later." (a sentence that reports
    # something goes on otherwise: "This is a developing story, the minister said.")
    (
        DROP,
        ("this is a", "this story", "developing"),
        r"(?:(?:this is an? )?developing story|this story is (?:still )?developing)"
        r"(?:\s*[.!;,:–—-]?\s*(?:please\s+)?(?:refresh|check back|stay tuned|more (?:details )?to follow|"
        r"updates? (?:to follow|will follow))\b.{0,60})?\s*[.!]?$",
    ),
    # A wire desk's end-of-story marker: "(END)", "-END-", "Enditem/AW", "(ends)", "###"; a page's "End of Article".
    (
        TAIL,
        ("(", "-", "end", "#"),
        r"\(\s*ends?\s*\)$|-+\s*ends?\s*-+$|end ?item(?:\s*/\s*\w{1,8})?$|#{3}$|end of (?:the )?(?:article|story)$",
    ),
    (  # "Published in Dawn, March 2nd, 2021"
        TAIL,
        ("published", "printed"),
        r"(?:published|printed)\s+in\s+(?:the\s+)?(?:(?-i:[A-Z])|(?:print )?(?:paper|newspaper|print edition)\b)"
        r"[^!?]{0,80}?\b(?:19|20)\d\d\s*\.?$",
    ),
    (  # "More details in tomorrow's Daily Ledger": an online teaser's pointer to the print edition, the paper named
        TAIL,
        ("more details",),
        r"more details (?:in|on) (?:tomorrow|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s "
        r"(?-i:[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,4})\s*[.!]?$",
    ),
    (  # "A version of this article appeared in the print edition of The Daily Ledger on May 2, 2020, with ..."
        TAIL,
        ("a version",),
        r"a version of this (?:article|story) (?:appeared|appears) in (?:the )?print\b.{0,300}$",
    ),
    (
        TAIL,
        ("sign", "subscribe", "register", "get"),  # a newsletter sign-up or a subscription pitch
        r"(?:sign up|subscribe|register)(?: now| today)? (?:for|to) (?:our|the)\b.{0,60}\bnewsletters?\b.{0,120}$|"
        r"get (?:(?:our|the)\b.{0,40}\b)?newsletters?\b.{0,120}$|"  # "Get Newsletter": a sign-up box's heading
        r"get (?:our|the) (?:[\w-]+ ){0,3}app\s*[.!]?$|"  # "Get the RNZ app": an app prompt under the article
        r"subscribe to (?-i:[A-Z])[^.!?]{0,40}\s(?:for|and get)\s.{0,160}$",
    ),
    (
        SIGNOFF,
        ("-", "—", "–", "―"),
        r"(?:--|[—–―-])\s*(?:bernama|reuters|xinhua|bloomberg|(?-i:AFP|AP|ANN))\s*$|"
        r"(?:--|[—–―-])\s*(?-i:PTI|IANS|ANI)\s*[—–―-]?\s*$",  # India's wires, a dash either side: "—PTI–"
    ),
    (SIGNOFF, ("(with", "with "), credits.INPUTS_CREDIT_PATTERN),  # "(With AFP inputs)": South Asian sites' wire credit
    (SIGNOFF, ("(",), credits.SOURCE_SITE_PATTERN),  # "(news.example.lk)": the site the story was taken from
    (SIGNOFF, ("(",), credits.BRACKETED_WIRE_PATTERN),  # "(NAN)" alone under the last paragraph: the wire's sign-off
    # Promo blocks: prices and billing lines are the core, plan labels and terms hang around them.
    (PROMO_CORE, ("billed",), rf"billed\s+(?:as|at)\s+{_PRICE}.*|billed\s+(?:monthly|annually|yearly|every)\b.*"),
    (
        PROMO_CORE,
        ("rm", "usd", "us$", "s$", "$"),
        rf"{_PRICE}(?:\s*(?:/|per\s+|a\s+)\s*{_PERIOD})?(?:\s+only)?\s*[!.]?$",
    ),
    (
        PROMO_CORE,
        ("only", "just", "now", "then", "thereafter"),
        rf"(?:only|just|now|then|thereafter)\s+{_PRICE}\b.{{0,40}}$",
    ),
    (
        PROMO_AUX,
        _PLAN_STARTS,
        r"(?:(?:monthly|annual|yearly|weekly|quarterly|digital|premium|basic|standard|student|family)\s+)?"
        r"(?:plan|package|subscription|pass)\s*$",
    ),
    (PROMO_AUX, ("best", "most"), r"best\s+value\s*!?$|most\s+popular\s*!?$"),
    (PROMO_AUX, ("free", "for"), r"free\s+trial\b.{0,40}$|for\s+new\s+subscribers\b.{0,30}$"),
    (
        PROMO_AUX,
        tuple("123456789"),
        r"\d+\s*-?\s*(?:months?|years?|weeks?|days?)(?:\s+(?:free|access|plan|trial))?\s*$",
    ),
    (PROMO_AUX, ("cancel",), r"cancel\s+any\s?time\b.*$"),
    (PROMO_AUX, ("subscribe", "sign", "buy"), r"(?:subscribe|sign up|buy)(?:\s+(?:now|today))?\s*!?$"),
    (PROMO_AUX, ("t&", "t &"), r"t\s?&\s?cs?\s+appl(?:y|ies)\b.{0,20}$"),
    (PROMO_AUX, ("no ads", "auto-renewal"), r"(?:no ads|auto-renewal)\b.{0,120}$"),
    (PROMO_AUX, ("limited", "special", "exclusive"), r"(?:limited[- ]time|special|exclusive)\s+offer\b.{0,40}$"),
    # Rarer chrome last: a line tries the entries of its first character in order, so the common ones come first.
    # A share button in Vietnamese ("Chia sẻ": "Share"), the region's other page language with Latin letters.
    (DROP, ("chia sẻ",), r"chia sẻ\s*:?$"),
    # A WordPress news theme's image placeholder left as text where an ad or photo did not load: "spot_img".
    (DROP, ("spot_img",), r"(?:spot_img)+$"),
    # A text-size tool's buttons: "Change text size", "Font Size Up", run together with the print button ("Font
    # Size Up Font Size Down Print This Page"). No "In"/"De" start words ("Increase font size"): too many lines open
    # with them. "Adjust font size:" is left to the head, where it stands over a photo's caption.
    (
        DROP,
        ("text size", "font size", "change text", "change font"),
        r"(?:(?:(?:change|increase|decrease) )?(?:the )?(?:text|font) size(?: up| down)?\s*:?\s*|print this page\s*)+$",
    ),
    # A date widget's label left alone on its line, its date lost or on a later line: "Published on", "Updated:".
    (DROP, ("published", "posted", "updated", "last updated"), r"(?:last )?(?:published|posted|updated)(?: on)?\s*:?$"),
    (DROP, ("you can share",), r"you can share this (?:post|article|story|page)\s*[.!]?$"),  # a share box's prompt
    # Share buttons in a site's own words: "Send in e-mail" (glued twice: the icon's label and the link's), "LINE it!",
    # "Share if you like"
    (
        DROP,
        ("send ", "line it", "share if"),
        r"(?:send (?:in|by|via) e-?mail\s*){1,2}$|line it\s*!?$|share if you like\s*[.!]?$",
    ),
    # A pager's links between stories ("Prev", "Next article") and an inline rail's heading ("FEATURED STORIES").
    # The pager's link glued to the other story's headline: "Previous articleFerry fares cut".
    (
        DROP,
        ("prev", "next"),
        r"(?:prev(?:ious)?|next)(?: (?:article|post|story|news))?\s*$|(?:previous|next) (?:article|post)(?-i:[A-Z]).*$",
    ),
    (DROP, ("featured",), r"featured (?:stories|articles|news|posts)\s*:?$"),
    # An inline link to another story, marked by a double chevron before its headline (">> Port fees cut again"),
    # alone on its line or in a run between the article's paragraphs: a link, never the article's words.
    (DROP, (">>",), r">>\s*[^\s>].{0,200}$"),
    # An inline box's heading over another story's card inside the article ("Must Read", its headline under it, the
    # card's link printed twice): furniture wherever it stands, never the article's words
    (DROP, ("must read",), r"must read\s*:?$"),
    # An update's stamp wholly in brackets over or inside the story, a date in it (a month's name by a day, or a
    # day and month in figures): "[Updated May 3, 9:15 a.m.]", "(Last updated 3/6/2031 14:20)". A stamp, never the
    # article's words (a dek "(UPDATED) Mayor ..." runs on; "[Updated at 3pm]" may be the editor's note in the story).
    (
        DROP,
        ("[updated", "(updated", "[update", "(update", "[last updated", "(last updated"),
        r"[\[(](?:last )?updated?\b\s*(?:on|at)?\s*:?\s*[^\[\]()]{0,20}"
        r"(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|"
        r"\d (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,2}[/.-]\d{1,2}[/.-]\d)"
        r"[^\[\]()]{0,40}[\])]$",
    ),
    # An anti-bot wall's notice where the page stopped loading: "Verifying user", "Verifying you are human. This may
    # take a few seconds.", "Checking your browser before accessing ...", "Press & Hold to confirm you are a human".
    # The walls' own words, the same on every site behind them; never the article's.
    (
        DROP,
        ("verifying", "verify you", "checking your browser", "checking if the site", "performing security", "press "),
        r"verifying (?:user|you are (?:a )?(?:human|not a (?:ro)?bot))\b.{0,100}$|"
        r"verify you are (?:a )?(?:human|not a (?:ro)?bot)\b.{0,100}$|"
        r"checking (?:your browser|if the site connection is secure)\b.{0,100}$|"
        r"performing security verification\b.{0,100}$|"
        r"press (?:&|and) hold to confirm you are\b.{0,60}$",
    ),
    # A wire's continuation mark where the story goes on in its next take: "— MORE", "-- MORE --".
    (DROP, ("—", "–", "-"), r"(?-i:(?:[—–]|-{1,2})\s*MORE(?:\s*(?:[—–]|-{1,2}))?)$"),
    # A Vietnamese site's credit of the paper it took the story from ("Theo": "according to"): "Theo site.vn"
    (TAIL, ("theo ",), r"theo\s+[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\s*$"),
    # A machine summary's notice (_MACHINE_SUMMARY).
    (
        DROP,
        ("this is a",),  # one start word: the prefix test of every line opening with "t" tries each word
        _MACHINE_SUMMARY,
    ),
    (CHROME, ("page not found", "404"), r"(?:page\s+not\s+found|404(?:\s*[-:|]\s*page\s+not\s+found)?)\s*[.!]?$"),
    (CHROME, ("all",), r"all headlines\s*:?$"),
    # A heading over links to other stories ends the article: what follows is theirs, not its body. The scrape may
    # run the links' headlines into the heading's line ("Related Articles Ferry fares rise Port reopens"): no
    # sentence opens so, and the headlines close with no stop.
    (
        CHROME,
        ("related",),
        r"related(?: (?:stories|articles|news|content|topics?|tags|posts|reads))?\s*:?$|"
        r"related (?:stories|articles|posts) (?-i:[A-Z0-9‘“'\"]).{20,}(?<!\.)$",
    ),
    (CHROME, ("other ",), r"other (?:news|stories|headlines)\s*:?$"),
    (CHROME, ("news feed", "newsfeed"), r"news ?feed\s*:?$"),  # a heading over the site's latest stories
    # "Related news" in Vietnamese over the links under an English edition's article
    (CHROME, ("tin liên quan",), r"tin liên quan\s*:?$"),
    # The page's date label under the article, other stories' cards after it: "Publish Date : 26 June 2031 09:10"
    (TAIL, ("publish date",), r"publish date\s*:.{0,40}$"),
    # "Popular", "Popular posts": an entry of its own, so lines opening with another p-word ("Please ...",
    # "Published ...") do not try the long alternation of the rails' headings
    (CHROME, ("popular",), r"popular(?: (?:now|today|news|stories|posts|articles))?\s*:?$"),
)


# Start words by a letter of theirs: the words, or (many words share the letters so far) the words by their next
# letter, and so on down ("th": 18 start words, 9 of them "the", 6 of those "the "; a third of body paragraphs open
# with "The"): each word tried costs a line opening so about 100 instructions.
_StartWords = dict[str, "tuple[str, ...] | _StartWords"]
# The entries a line tries, by the start word it opens with: each entry's pattern and kind, in _SPECIAL_LINES' order.
_EntriesByWord = dict[str, tuple[tuple[re.Pattern[str], int], ...]]
# A first character's start words (those no other one begins); where one of them is that character alone, the
# alternation of its entries' patterns (named k0, k1, ...) and their kinds, else the start words by their second
# letter and on (_by_letter) and the entries of each start word.
_SpecialEntry = tuple[
    tuple[str, ...], re.Pattern[str] | None, tuple[int, ...], _StartWords | None, _EntriesByWord | None
]
# This many start words sharing their letters so far are sorted by their next letter (each longer than those).
_BY_NEXT_MIN_WORDS: Final = 6


def _by_letter(words: tuple[str, ...], depth: int) -> _StartWords:
    """The start words (each longer than depth) by their letter at depth: the words sharing it, or, many of them and
    each longer, those by their next letter."""
    groups: dict[str, tuple[str, ...]] = {}
    for w in words:
        groups[w[depth]] = (*groups.get(w[depth], ()), w)
    return {
        letter: _by_letter(group, depth + 1)
        if len(group) >= _BY_NEXT_MIN_WORDS and all(len(w) > depth + 1 for w in group)
        else group
        for letter, group in groups.items()
    }


def _special_by_first_char() -> dict[str, _SpecialEntry]:
    chars = sorted({word[0] for _, words, _ in _SPECIAL_LINES for word in words})
    # Each entry's own pattern compiled once, whatever characters open its start words: a line opening with a start
    # word of two letters or more tries only the entries of that word, one by one (the first that matches, as an
    # alternation answers): "Students ..." tries 1 pattern, not the 24 of "s", and a letter's alternation, which
    # repeated the long entries under each of their words' first letters, is no longer compiled at import.
    patterns = {pattern: re.compile(pattern, re.I) for _, _, pattern in _SPECIAL_LINES}
    table: dict[str, _SpecialEntry] = {}
    for c in chars:
        entries = [(kind, words, pattern) for kind, words, pattern in _SPECIAL_LINES if any(w[0] == c for w in words)]
        words = dict.fromkeys(w for _, words, _ in entries for w in words if w[0] == c)
        # A start word another one begins is never tested ("share" covers "share your"): the prefix test
        # runs on every line that starts with the character, and tries the words one by one.
        starts = tuple(w for w in words if not any(o != w and w.startswith(o) for o in words))
        if all(len(w) > 1 for w in starts):
            # The start words by their second letter ("th": 15 of the t-words' 32), and on (_by_letter): a line tries
            # only those, then the entries of the one it opens with (no start word begins another): those with a
            # word it begins ("share" for "share your"). No other entry matches a line opening with that start word
            # (tests/transforms/test_fast_paths.py reads each pattern).
            by_word = {
                start: tuple(
                    (patterns[pattern], kind)
                    for kind, entry_words, pattern in entries
                    if any(w.startswith(start) for w in entry_words)
                )
                for start in starts
            }
            table[c] = (starts, None, (), _by_letter(starts, 1), by_word)
        else:
            # A start word of one character, which every line opening with it begins ("(", "x", "3"): such a line
            # tries the character's entries as one alternation.
            alternation = "|".join(f"(?P<k{n}>{pattern})" for n, (_, _, pattern) in enumerate(entries))
            table[c] = (starts, re.compile(alternation, re.I), tuple(kind for kind, _, _ in entries), None, None)
        if c.upper() != c:
            table[c.upper()] = table[c]
    return table


_SPECIAL_BY_FIRST: Final = _special_by_first_char()
_START_CHARS: Final = max(len(word) for _, words, _ in _SPECIAL_LINES for word in words)
# An offer headline: a discount, "promo", "special offer", "digital access", "More Info".
_PROMO_OPENER: Final = re.compile(
    r"\bsave\s+(?:up\s+to\s+)?\d+\s*%|\b\d+\s*%\s*off\b|\bpromo\b|\bspecial offer\b|\bsubscribe now\b|"
    r"\bdigital access\b|\bmore info\s*!?$|\bunlock unlimited access\b|\bt\s?&\s?cs? appl|\bdaily quota\b|"
    r"\bad-free\b|\bunlimited (?:reading|access)\b|"
    r"\b(?:subscri\w*|sign up|renew)\b.{0,60}\b(?:prizes?|win)\b|\bprizes?\b.{0,60}\bsubscri",
    re.I,
)
# What makes an offer line the site's own subscription promo rather than a news sentence.
_PROMO_BRAND: Final = re.compile(
    r"the ?star|digital|subscri|t\s?&\s?c|more info|premium|unlimited access|membership|yearly|annual|quota|ad-free",
    re.I,
)
_BILLING_PRICE: Final = re.compile(_PRICE, re.I)
_BILLING_PERIOD: Final = re.compile(rf"\b{_PERIOD}s?\b", re.I)
_BILLING_MAX: Final = 160  # characters


def _is_billing_line(text: str) -> bool:
    """An introductory and a regular price per period: 'Pay RM 10.43 in month one, then RM 14.90 a month'."""
    if len(text) > _BILLING_MAX:
        return False
    # Two prices hold two currency marks, counted in C first: a promo's lines mostly hold one price or none, and
    # the search tries its alternatives at every character. (Only an ASCII line: re.I folds "ſ" to the "s" of "usd".)
    if text.isascii():
        low = text.lower()
        if text.count("$") + low.count("rm") + low.count("usd") < 2:
            return False
    return len(_BILLING_PRICE.findall(text)) >= 2 and _BILLING_PERIOD.search(text) is not None


_PROMO_OPENER_MAX_WORDS: Final = 25
_PROMO_OPENER_MAX_CHARS: Final = 180  # about 25 words: longer lines are never offer headlines
_SHORT_LABEL_MAX_WORDS: Final = 5
_SHORT_LABEL_MAX_CHARS: Final = 40

# Star captions open with a short label: "Joint effort: Naval ships ...". Page-structure labels are not captions.
_LABEL_CAPTION: Final = re.compile(r"([A-Z][a-z’']+(?:[ -][A-Za-z’']+){0,3})[?!]?: [A-Z0-9‘“\"]")
_SPACED_PLACE_LEAD: Final = re.compile(r"([A-Z][a-z’']+(?: [A-Z][a-z’']+){0,2}) : [A-Z0-9‘“\"]")
# "Riverton, Eastland: The council ...": a town and its country in title case before the colon
_TOWN_COUNTRY_LEAD: Final = re.compile(
    r"([A-Z][a-z’']+(?: [A-Z][a-z’']+)?, [A-Z][a-z]+(?: [A-Z][a-z]+)?): [A-Z0-9‘“\"]"
)
# "Bangkok- The junta ...", or the dash spaced from the town: "Cape Town - The city ..."
_DASHED_PLACE_LEAD: Final = re.compile(r"([A-Z][a-z’']+(?: [A-Z][a-z’']+){0,2}) ?[-–—] [A-Z0-9‘“\"]")
_NOT_CAPTION_LABELS: Final = frozenset(
    (
        "question", "answer", "q", "a", "note", "update", "editor's note", "editor’s note", "correction",
        "clarification", "analysis", "commentary", "opinion", "review", "exclusive", "breaking", "watch", "video",
        "photos", "related", "read", "also read", "dear",
        "re",  # a letter's reference to the story it answers: 'Re: "Title" (Opinion, Aug 5).'
        "by",  # a byline's label: 'By: Jane Tan ...'
    )
)  # fmt: skip
_TERMINAL: Final = head.TERMINAL
# Where a photo was taken: a preposition of place before a proper name ("in Section 25, Shah Alam", "at the
# Pasig City hall", "along Jalan Kenari"); a column's standfirst argues and rarely names a place this way.
_PHOTO_PLACE: Final = re.compile(
    r"\b(?:in|at|along|outside|near)\s+(?:the\s+)?[A-Z][a-z]|"
    r"\bon\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[A-Z][a-z]"
)  # "on Jalan Pasar", not "on Monday"
# An uncredited caption stands at most this many paragraphs before the dateline paragraph.
_MAX_UNCREDITED_CAPTIONS: Final = 3
# The caption slot ends at a dateline among the first paragraphs; one further down is body text.
_CAPTION_SLOT: Final = _MAX_UNCREDITED_CAPTIONS + 2
_LEAD_PARAGRAPH_CHARS: Final = 150  # a finished paragraph this long is the article's, seldom a caption
_IMAGE_FILE: Final = re.compile(r"[\w.-]{1,80}\.(?:jpe?g|png|gif|webp)\s+", re.I)
_DASH_OPENS: Final = re.compile(r"(?:--|[—–-])\s+\S")
# A local copy's place alone on its line over the lead ("RIVERTON:"): a city's name, at most a few words
_DATELINE_ALONE_MAX_CHARS: Final = 30
_DASHES: Final = "-—–"  # what a line _DASH_OPENS matches starts with: tested before the regex, per content line
# An image's alt text, or a standfirst, printed above a credited caption without a full stop is this short.
_ALT_TEXT_MAX_WORDS: Final = 20
# such a text ends in neither (a tuple built once, not per paragraph)
_ALT_TEXT_NOT_ENDS: Final[tuple[str, ...]] = (*_TERMINAL, ":")
_FINISHED_ALT_TEXT_MAX_WORDS: Final = 25  # finished: a lead over the photo runs longer (or says when, _TELLS_THE_DAY)
_FINISHED_ALT_TEXT_MAX_CHARS: Final = 200  # tested before the words are counted: 25 words seldom run longer
_CAPTION_MIN_WORDS: Final = 4  # a caption's text under its alt text: fewer words are a credit's pieces
_UNFINISHED_CAPTION_MIN_WORDS: Final = 6  # under an inline photo's keywords: a subheading has fewer words
_DEK_REPEAT_WINDOW: Final = 8  # paragraphs: a lead repeated this close under the headline is a summary slot
_REWORDED_DEK_KEY_CHARS: Final = 80  # the opening a reworded summary shares with the lead: a sentence's first clause
_SPACES_LOST_MAX: Final = 12  # spaces a page's old text lost between words in a paragraph printed again
_SPACES_LOST_KEY_CHARS: Final = 16  # the opening the two copies share before the first lost space


def _spaces_lost_below(summary: str, below: str) -> bool:
    """Is the paragraph under the summary the summary again with spaces lost between its words ('... of population
    density in' / '... of populationdensity in')? The site's excerpt field over the article's own first paragraph,
    whose old text ran words together: the excerpt is the dek, the paragraph is the body's."""
    return (
        0 < len(summary) - len(below) <= _SPACES_LOST_MAX  # integers first: most paragraphs differ in length more
        and below[:_SPACES_LOST_KEY_CHARS] == summary[:_SPACES_LOST_KEY_CHARS]
        and below.replace(" ", "") == summary.replace(" ", "")
    )


_SLOT_CHROME_MAX: Final = 40  # characters: chrome in the caption slot is a short label
# A site's quiz box between its dek and its lead ("Quiz of the day" / "Think you follow the news? Test your
# knowledge!"): page chrome in the caption slot, neither caption nor body. It stays in the slot's list (not dropped
# as a line) so the dek above it is not read as the lead printed twice.
_QUIZ_BOX: Final = re.compile(
    r"(?:(?:news )?quiz of the (?:day|week|month)|.{0,60}\btest your knowledge)\s*[.!]?$", re.I
)
# A child's drawing or a portrait captioned with the name and age only: "Mei Ling Tan, 6".
_NAME_AND_AGE: Final = head.NAME_AND_AGE
# One caption for several numbered photos: "1 Fans cheering ... in Bangkok. 2 A player greeting ...".
# A headshot's caption: the person's name, then what they say ("Rahim says the stalls will be moved.").
_HEADSHOT_CAPTION: Final = re.compile(r"(?:[A-Z][\w'’-]+ ){1,3}(?:says|said) ")
# The day a photo was taken, as the picture desk writes it: "... on Thursday (15/1)."
_PHOTO_DATE: Final = re.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)")
_NUMBERED_PHOTOS: Final = re.compile(r"1 [A-Z][^.!?]{10,300}[.!?] 2 [A-Z]")
# A picture desk's placeholder left before the caption's text: "(BRIEF CAPTION) Fans at the stadium ...".
_DESK_PLACEHOLDER: Final = re.compile(r"\((?:[A-Z]+ )?CAPTION\)\s*(?=\S)")
_CAPTION_MAX: Final = 400  # characters: a longer paragraph before the body is a standfirst or body text
_STANDFIRST_SENTENCES: Final = 3  # sentence breaks: an uncredited caption has one or two sentences
# A sentence's end after a word in lower case ("... the capital. The ..."): no abbreviation's stop ("Mr. Tan",
# "Jan. 5", "U.S. envoy"), which two breaks in a caption of two sentences may be.
_SENTENCE_BREAK: Final = re.compile(r"\b[a-z]{3,}\. [A-Z“\"‘']")
# A wire desk's advisory over an updated story, wholly in brackets, its verb capitalised: "(Adds quotes from the
# mayor, paragraphs 4-6)", "(Updates with closing prices)", "(Corrects spelling of name in paragraph 3)".
_WIRE_ADVISORY: Final = re.compile(
    r"\((?:Adds|Updates|Recasts|Rewrites|Corrects|Changes|Repeats|Refiles|Writes through|Clarifies|Removes|Inserts|"
    r"Deletes|Fixes|Tops)\b[^()]{0,200}\)$"
)
_UNSURE_CAPTION_MAX: Final = 200  # characters: a shorter finished first paragraph may be an uncredited caption
_DOUBLED_CAPTION_MIN_CHARS: Final = 25  # characters: a shorter line printed twice is a label or a name, not a caption
# ... unless it is a short sentence of four words or more ("A gull on the pier."): a label or a name has fewer
_SHORT_DOUBLED_CAPTION_MIN_CHARS: Final = 15
_SHORT_DOUBLED_CAPTION_MIN_WORDS: Final = 4
# A second sentence ("... the city. For them, ..."): a paragraph printed twice that has one is a dek or a lead.
_NEXT_SENTENCE: Final = re.compile(r"[.!?][\"”’']?\s+[A-Z“\"‘']")
_QUOTE_OPENERS: Final = "'\"‘“"  # a line printed twice that opens a quotation is a quote broken off, no caption
# The source in brackets after the stop of a caption printed twice in a row (the photo's alt text, then its
# caption): "... in the town. (City Fire Office)", "... Jr. (PIO)". One to four capitalised words; the copy under it
# says the line is a photo's caption, so the brackets hold its credit (in the body they could be any aside). Or the
# photo's kind, its last word in lower case, as a desk credits a frame of a video: "(Screen capture)", "(File photo)".
_DOUBLED_BRACKETED_CREDIT: Final = re.compile(
    r"(?<=[.!?])\s+\(([A-Z][\w&'’.-]+(?: [A-Z][\w&'’.-]*){0,3}|[A-Z][a-z]+ (?:capture|grab|shot|photo|picture)s?)\)$"
)
# Without one there, the dateline may still open one of the first body paragraphs (after a
# standfirst, or a caption of an unknown shape); a "CITY: " deeper in the body is not a dateline.
_DATELINE_SEARCH: Final = 3
_AGENCY_NAMES: Final = {"reuters": "Reuters", "afp": "AFP", "ap": "AP", "bernama": "Bernama", "xinhua": "Xinhua"}


# A messaging-channel invitation worded in any way: a line naming WhatsApp or Telegram with an imperative
# (or "by joining") aimed at the channel,
# "Catch every story first: follow our WhatsApp channel!", "Get our headlines: follow X on Telegram.", after a
# phrase and a comma too ("For the latest, join the Ledger's Telegram channel.").
# A news sentence ("supporters were urged to join its Telegram group") has no imperative there.
_MESSAGING_INVITE: Final = re.compile(
    r"(?:^|[:.!?]\s+|\bby\s+)(?:follow|join|joining|following|subscribe to)\b.{0,60}\b(?:whatsapp|telegram|channel)\b|"
    # after a comma only the imperative ("In Riverton, joining a Telegram channel ..." is a news sentence's subject)
    r",\s+(?:follow|join)\s.{0,60}\b(?:whatsapp|telegram|channel)\b|"
    r"\bby following us on facebook\b|"  # "Stay updated with The Ledger by following us on Facebook."
    r"^\S+(?: \S+){0,3} (?:is|are) now on (?:whatsapp|telegram)\b|"  # "The Ledger is now on Telegram!"
    # "Get breaking news alerts ... on our (official) WhatsApp channel!": the site's own channel, whatever the verb.
    r"\bour (?:official )?(?:whatsapp|telegram) channel\b|"
    # "(To get the daily e-paper on Telegram, tap here.)": the site's edition sent by message
    r"^\(?to (?:receive|get) (?:our|the)\b.{0,40}\bon (?:whatsapp|telegram)\b",
    re.I,
)
_MESSAGING_MAX_WORDS: Final = 25
_LINK_LABEL: Final = re.compile(r"(?:also read|read also)\s*:?\s*", re.I)
_LINK_LABEL_MAX_CHARS: Final = len("read also :")


# A broadcaster's screen-reader labels over a photo's caption and credit, and over a video's description: the label
# alone on its line ("Image caption,", its text on the next line) or before its text ("Image caption Caption text",
# "Image copyright Agency", "Image source, Agency"). The lines are DROP kind; a labelled caption over the article is
# the photo's caption, one inside it or a video's description neither caption nor body.
_CAPTION_LABEL: Final = "caption"
_CREDIT_LABEL: Final = "credit"
_VIDEO_LABEL: Final = "video"
_PHOTO_LABELS: Final = (
    ("Image caption", _CAPTION_LABEL),
    ("Image copyright", _CREDIT_LABEL),
    ("Image source", _CREDIT_LABEL),
    ("Media caption", _VIDEO_LABEL),
)
_PHOTO_LABEL_OPENINGS: Final = frozenset(label[:6] for label, _ in _PHOTO_LABELS)
_GLUED_CREDIT_LABELS: Final = tuple(f" {label} " for label, role in _PHOTO_LABELS if role == _CREDIT_LABEL)


def _photo_label(line: str) -> tuple[str, str] | None:
    """('caption', 'Caption text') from 'Image caption Caption text' or 'Image caption,' (no text: it is on the next
    line); ('credit', 'Agency') from 'Image source, Agency'; None for a line no label opens."""
    for label, role in _PHOTO_LABELS:
        if line.startswith(label):
            rest = line[len(label) :]
            if rest[:1] not in ("", ",", " ", ":") and not rest[:1].isupper():
                return None  # "Image captioned ...": words, not the label
            return role, rest.lstrip(" ,:").strip()
    return None


def _alt_text_over_labels(text: str, lines: Sequence[str], label_at: int) -> bool:
    """A few words with no sentence end ('Harbour cranes at dusk') right over a photo's labels ('Image source, Agency'
    / 'Image caption, ...'): the photo's alt text, which a screen reader's page prints over them (a dek or a lead over
    a photo is set apart from it by other lines, or ends in a stop)."""
    k = label_at - 1
    while k >= 0 and lines[k][:6] in _PHOTO_LABEL_OPENINGS and _photo_label(lines[k]) is not None:
        k -= 1  # the photo's other labels over this one (its credit's)
    return (
        k >= 0
        and lines[k] == text
        and not text.endswith(_TERMINAL)
        and credits.words_at_most(text, _ALT_TEXT_MAX_WORDS)
    )


def _under_bare_photo_label(title: str, lines: Sequence[str], start: int) -> bool:
    """The head's headline stands right under a photo's or a video's label alone ('Media caption,' / 'Mayor visits
    the flooded market'): the label announces the line as a caption, and no page prints a headline under one."""
    for k in range(1, min(start, len(lines))):
        if lines[k] == title:
            above = lines[k - 1]
            return above[:6] in _PHOTO_LABEL_OPENINGS and _photo_label(above) in _BARE_CAPTION_LABELS
    return False


_BARE_CAPTION_LABELS: Final = ((_CAPTION_LABEL, ""), (_VIDEO_LABEL, ""))


def _glued_photo_credit(alt_text: str) -> str | None:
    """'Agency' from a photo's alt text with the credit label run into its end ('A map of ... Image copyright
    Agency'); None when no credit label ends it."""
    for glued in _GLUED_CREDIT_LABELS:
        if (at := alt_text.rfind(glued)) > 0:
            credit = alt_text[at + len(glued) :].lstrip(" ,").strip()
            return credit if 0 < len(credit.split()) <= _GLUED_CREDIT_MAX_WORDS else None
    return None


_GLUED_CREDIT_MAX_WORDS: Final = 4  # "Getty Images", "Met Office": a credit, not a sentence


def _caption_under_image_file(line: str, content: Sequence[str]) -> bool:
    """Is the line under a photo's file name, inside the article (a finished paragraph over it), that photo's caption:
    closed by a credit in brackets ('... on Monday. (Jane Tan)', '(photo: Agency)') or naming the photo ('Photo from
    an agency')? Over the lead, the line under the file name may be the lead itself."""
    return (
        bool(content)
        and content[-1].endswith(_TERMINAL)
        and len(line) <= _CAPTION_MAX
        and (line[-1] == ")" or (not line.endswith(_TERMINAL) and _names_a_photo(line)))
    )


# A photo's note alone on its line, naming no source: "File photo", "Representative image", "Picture used for
# illustrative purposes.", "Image for representation." The photo's caption, with no credit (a note naming its
# source, "Daily file photo", may be the credit of the caption under it).
_PHOTO_NOTE: Final = re.compile(
    r"(?:file|stock|representative|representational|illustrative)\s(?:image|photo|picture|pic)s?|"
    r"(?:picture|photo|image)s?\s(?:used\s|is\s|are\s)?(?:only\s)?for\s(?:illustrative|illustration|representation(?:al)?)"
    r"(?:\spurposes?)?(?:\sonly)?",  # "Photo for representation", its "purposes" left out
    re.I,
)
_PHOTO_NOTE_MAX_CHARS: Final = 60
# the words a note ends in (a set lookup of the last word spares most short lines the regex)
_PHOTO_NOTE_LAST_WORDS: Final = frozenset(
    (
        *("image", "images", "photo", "photos", "picture", "pictures", "pic", "pics", "purpose", "purposes", "only"),
        *("representation", "illustration"),
    )
)


def _unfinished_caption(line: str) -> bool:
    """Under an inline photo's keywords ('harbour fire agency'), is the line that photo's caption: a sentence of
    _UNFINISHED_CAPTION_MIN_WORDS words or more ending in a letter, no stop ('Firemen hose down the burning sheds at the
    quay'), where the article's paragraph ends in its stop and a subheading is a few words?"""
    return line[-1:].isalpha() and len(line) <= _CAPTION_MAX and line.count(" ") + 1 >= _UNFINISHED_CAPTION_MIN_WORDS


def _photo_note(paragraph: str) -> bool:
    """Is the paragraph (of _PHOTO_NOTE_MAX_CHARS or fewer) a photo's note alone ('File photo', 'Picture used for
    illustrative purposes.')?"""
    text = paragraph.removesuffix(".")
    return text[text.rfind(" ") + 1 :].lower() in _PHOTO_NOTE_LAST_WORDS and _PHOTO_NOTE.fullmatch(text) is not None


def _is_finished(paragraph: str) -> bool:
    return paragraph.endswith(_TERMINAL)


def _link_label_over_headline(lines: Sequence[str], kinds: Sequence[int], i: int) -> bool:
    """'ALSO READ' alone over another story's headline (no sentence's end): the link, neither line the body's."""
    return (
        i + 1 < len(lines)
        and kinds[i + 1] == BODY
        and _LINK_LABEL.fullmatch(lines[i]) is not None
        and not lines[i + 1].endswith(_TERMINAL)
        and head.headline_shaped(lines[i + 1])
    )


_APP_PROMPT_MAX_WORDS: Final = 15
_COPYRIGHT_MAX_CHARS: Final = 100  # a page's copyright line is short; a sentence may mention rights reserved
_CAPTION_OVER_COPYRIGHT_MIN_WORDS: Final = 6  # words before the mark: a photo's caption, not a site's name
_OWNER_MAX_WORDS: Final = 4  # "© Getty Images", "© The Ledger Media Group"


def _caption_over_copyright(text: str) -> bool:
    """'The coach watches his side win © Getty Images': a photo's caption closed by its owner's mark, no page's
    copyright line (no year, no 'reserved'; a sentence's words before the mark, not a site's name)."""
    before, _, owner = text.partition("©")
    return (
        before.count(" ") >= _CAPTION_OVER_COPYRIGHT_MIN_WORDS
        and 0 < owner.count(" ") <= _OWNER_MAX_WORDS
        and "reserved" not in owner.lower()
        and not any(c.isdigit() for c in owner)
    )


# A metered paywall in any words: "Oops! You've hit today's free article limit." ends the free preview.
_METER_REACHED: Final = re.compile(
    r"\byou(?:'|’)?(?:ve| have)\s+(?:reached|hit|used up|used|run out of|exceeded)\b.{0,40}"
    r"\b(?:limit|quota|free (?:articles?|stories|reads))\b",
    re.I,
)


def kinds_of(lines: Sequence[str]) -> list[int]:
    """The kind of every trimmed, non-blank line of a dump, in one pass."""
    if isinstance(lines, list):  # parse_lines' lines: compiled, a list's comprehension is sized once and indexed
        return [kind_of(line) for line in lines]
    return [kind_of(line) for line in lines]  # a C call each (map would call through Python)


# Two hashtags or more and nothing else, each a word that opens with a letter ("#1" alone may be a list's mark)
_HASHTAG_ROW: Final = re.compile(r"#[^\W\d_][\w-]*(?:[ \t,]+#[^\W\d_][\w-]*)+")
_IMAGE_FILE_ENDS: Final[tuple[str, ...]] = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".JPG", ".JPEG", ".PNG")
_IMAGE_FILE_LAST: Final = "gpfGP"  # the extensions' last letters
_IMAGE_NAME_MAX_CHARS: Final = 160  # characters: a photo's file name in words, or a caption with its credit label
_SPACED_FILE_NAME_MAX_WORDS: Final = 4  # "2031 Fair Banner.gif": a banner's file name with spaces, no sentence's


def _image_file_name(text: str) -> bool:
    """'a1b2c3-4d5e.jpg', 'Harbour Fair Banner.gif': an image's file name alone on its line, in one word or in a few
    words with no sentence's stop before the extension's dot."""
    return " " not in text or (
        text.count(" ") < _SPACED_FILE_NAME_MAX_WORDS and ". " not in text and text[:1].isalnum()
    )


def _image_file_credited(text: str, bracket: int) -> bool:
    """'a1b2c3.jpeg(HARBOUR NEWS)': an image's file name with the photo's credit in brackets glued to its extension,
    no caption's words (a caption's bracket stands after a space)."""
    name = text[:bracket]
    return name[-1] in _IMAGE_FILE_LAST and name.endswith(_IMAGE_FILE_ENDS) and _image_file_name(name)


# A promo's call to act closing its line, a sentence of its own: "... on our app. Explore now!", "Don't miss a
# headline – join now!", "Register today!" (a quote's "Register now!" is followed by its speaker).
_CALL_TO_ACT_ENDS: Final[tuple[str, ...]] = ("now!", "today!")
_CALL_TO_ACT: Final = re.compile(
    r"(?:^|[.!?]\s+|\s[–—-]\s+)(?:explore|register|join|subscribe|sign up|download|install|click here|try it)"
    r" (?:now|today)\s*!$",
    re.I,
)


# A photo's place in a page scraped to markdown: "![alt](address)", perhaps closed by a table cell's bar.
_MARKDOWN_IMAGE: Final = re.compile(r"!\[[^\]]*\]\([^)]*\)(?: ?\|)?")


# kind_of's kept answers, one per distinct line: a memo of a pure function (the one module state allowed, as
# lru_cache was) in a plain dict that compiled code reads and writes itself, about a tenth of an lru_cache call's
# cost from compiled code (~700 instructions). Emptied by parse.clear_caches, and whole at credits.LINE_CACHE lines.
_KIND_MEMO: Final[dict[str, int]] = {}


def kind_of(text: str) -> int:
    """The kind of one trimmed, non-blank line, kept per line (_KIND_MEMO): _kind_of says how it is found."""
    kind = _KIND_MEMO.get(text)
    if kind is None:
        if len(_KIND_MEMO) >= credits.LINE_CACHE:
            _KIND_MEMO.clear()
        kind = _KIND_MEMO[text] = _kind_of(text)
    return kind


def _kind_of(text: str) -> int:
    """The kind of one trimmed, non-blank line (BODY unless it is page structure).

    A pure function of the line's text, so a batch's repeated lines (chrome, sign-offs, tails, a
    feed's recurring sentences) are classified once.
    """
    special = _SPECIAL_BY_FIRST.get(text[0])
    # A line short enough for the word tests below is lower-cased whole, once: in ASCII its start is read from the
    # same string (lower-casing maps each character on its own, so the start words match there as in its first
    # characters lowered). Outside ASCII str.lower costs some 70 instructions a character: the line's bytes in UTF-8
    # are lowered instead (bytes.lower folds the ASCII letters alone) and read back one character a byte, in C, and
    # its start lowered apart. Every test on low below looks for ASCII words, whose runs of ASCII characters are the
    # same in both (no byte of another character is ASCII); only "İ" and the Kelvin sign lower to ASCII letters, and
    # a line holding one is lowered as text.
    short = len(text) <= _PROMO_OPENER_MAX_CHARS
    exact = short and (credits.IS_ASCII(text) or "\u0130" in text or "\u212a" in text)
    low = (text.lower() if exact else text.encode("utf-8", "surrogatepass").lower().decode("latin-1")) if short else ""
    if special is not None:
        start = low if exact else text[:_START_CHARS].lower()  # the start words are read from the text lowered
        by_letter = special[3]
        if by_letter is None:
            words = special[0]
        else:
            depth = 1  # the start words by the line's second letter, its third, ... (_by_letter)
            group = by_letter.get(start[1:2], ())
            while not isinstance(group, tuple):
                depth += 1
                group = group.get(start[depth : depth + 1], ())
            words = group
        if start.startswith(words):
            by_word = special[4]
            alternation = special[1]
            if by_word is not None:
                for word in words:  # the start word the line opens with (one: no start word begins another)
                    if start.startswith(word):
                        for pattern, kind in by_word[word]:
                            if pattern.match(text) is not None:
                                return kind
                        break
            elif alternation is not None:
                m = alternation.match(text)
                if m is not None:
                    return special[2][int((m.lastgroup or "k0")[1:])]
    if text[0] == "#" and _HASHTAG_ROW.fullmatch(text) is not None:
        return DROP  # "#flood #relief #Kuching": the page's hashtags in a row, never the article's words
    if text[0] == "!" and text[1:2] == "[" and _MARKDOWN_IMAGE.fullmatch(text) is not None:
        return DROP  # "![](photo.jpg) |": where a photo stood, as a scraper's markdown wrote it (its caption is below)
    if text[-1] in _IMAGE_FILE_LAST and text.endswith(_IMAGE_FILE_ENDS) and _image_file_name(text):
        return DROP  # an image's file name where the photo stood ("a1b2c3-4d5e.jpg"): never the article's words
    if text[-1] == ")" and (bracket := text.rfind("(")) > 0 and _image_file_credited(text, bracket):
        return DROP  # "a1b2c3.jpeg(HARBOUR NEWS)": the file name, its credit glued on, no caption: no words of either
    if not short:
        return BODY
    if text[-1] == "!" and text.endswith(_CALL_TO_ACT_ENDS) and _CALL_TO_ACT.search(text) is not None:
        return DROP  # "... exclusively on our app. Explore now!": a short promo bidding the reader act, wherever it is
    # Lines that hold a word of an offer, a paywall meter or a channel invitation, whatever they start with.
    # A rare character first ("q", "&"; "access" for both access words): one cheap search rules words out.
    quota = "q" in low and "quota" in low
    # Words of which an offer headline holds one: only lines holding one are searched for an offer
    # (spelled out rather than any() over a tuple: this runs on every short line).
    if (
        "%" in low
        or "promo" in low
        or "offer" in low
        or "subscri" in low
        or ("access" in low and ("digital access" in low or "unlimited access" in low))
        or "more info" in low
        or quota
        or ("-" in low and "ad-free" in low)  # one character first (memchr): a word's search scans the whole line
        or ("&" in low and "t&c" in low)
        or ("z" in low and "prize" in low)
    ):
        kind = _offer_kind(text) if _may_offer(low) else BODY
        if kind != BODY:
            return kind
        if "gift" in low and ("you" in low or low.startswith(("gift", "new"))) and _GIFT_PITCH.search(text):
            return DROP  # "Subscribers may gift 5 articles a month": a gift button's pitch to the reader
    # "you" in C first: a meter speaks to the reader ("You have reached ..."), most lines naming "free" do not
    if "you" in low and ("limit" in low or quota or "free" in low) and _METER_REACHED.search(text):
        return PAYWALL
    # "reserved" in C first: the strip copies almost every line (most end in a full stop); "v" before it, and "k"
    # before "facebook" below: a one-character test (memchr) rules out most lines' whole-line word search
    copyright_line = "©" in text or ("v" in low and "reserved" in low and low.rstrip(" .").endswith("rights reserved"))
    if copyright_line and len(text) <= _COPYRIGHT_MAX_CHARS and not _caption_over_copyright(text):
        return CHROME  # "Borneo Evening Standard © 2023", "2024 The Ledger. All rights reserved."
    if (
        ("whatsapp" in low or "telegram" in low or ("k" in low and "facebook" in low and "following" in low))
        and _MESSAGING_INVITE.search(text)
        and len(text.split()) <= _MESSAGING_MAX_WORDS
    ):
        return WHATSAPP
    if "google news" in low and "follow" in low and len(text.split()) <= _APP_PROMPT_MAX_WORDS:
        return DROP  # "Stay current - Follow The Ledger on Google News": furniture wherever it stands
    if ":" in text and text[0].islower() and _SCRIPT_SETTING.fullmatch(text):  # the operator before the call
        return DROP  # a widget's script settings printed as text: "enablePagination: false", "startIndex:"
    return BODY


# A subscriber's gift of articles, offered to the reader: "you can gift 3 articles each month", "Gift this story".
_GIFT_PITCH: Final = re.compile(r"\bgift(?:s|ing)?\b.{0,60}?\b(?:articles?|stor(?:y|ies))\b", re.I)


# A script's setting: a camelCase name, a colon and a short value or none ("maxItemsPerPage: 10").
_SCRIPT_SETTING: Final = re.compile(r"[a-z]+(?:[A-Z][A-Za-z]*)+\s*:\s*[\w.\-\"']{0,24}")


def _may_offer(low: str) -> bool:
    """Does the lower-cased line hold the words one of _PROMO_OPENER's alternatives needs? Substring tests in C
    spare the search, which tries every alternative at every position of a line ("0.04% higher", "prize" in
    a sports report) that holds an offer word but not the words around it."""
    return (
        "promo" in low
        or "more info" in low
        or "ad-free" in low
        or "special offer" in low
        or "subscribe now" in low
        or ("%" in low and ("off" in low or "save" in low))
        or "digital access" in low
        or "unlimited access" in low
        or "unlimited reading" in low
        or ("&" in low and " appl" in low)
        or "daily quota" in low
        or (("prize" in low or "win" in low) and ("subscri" in low or "sign up" in low or "renew" in low))
    )


def _offer_kind(text: str) -> int:
    """PROMO_OPEN, PROMO_WEAK or BODY for a short line holding an offer word."""
    if not _PROMO_OPENER.search(text):
        return BODY
    if len(text.split()) > _PROMO_OPENER_MAX_WORDS or text[0] in "\"“‘'":
        return BODY
    low = text.lower()
    # A news sentence ends in a full stop; an offer headline rarely does, unless it ends in its T&C
    # or speaks of the reader's quota or an ad-free plan, which no news sentence does.
    sentence = text.endswith(".") and not ("t&c" in low or "quota" in low or "ad-free" in low)
    return PROMO_OPEN if _PROMO_BRAND.search(text) and not sentence else PROMO_WEAK


def _promo_block_end(lines: list[str], kinds: list[int], start: int) -> int | None:
    """Index after the promo block opening at `start`, or None when no promo block opens there.

    A block is a run of promo lines (and short labels between them). It counts as promo when it
    holds a price or billing line, an offer headline of the site's own, or two plan/terms lines;
    a lone offer-sounding sentence without any of these stays body text.
    """
    kind = kinds[start]
    if kind not in _PROMO_KINDS:
        return None
    has_core = kind == PROMO_CORE
    strong = kind == PROMO_OPEN
    aux = int(kind == PROMO_AUX)
    end = start + 1
    n = len(lines)
    while end < n:
        k = kinds[end]
        if k in _PROMO_KINDS:
            has_core = has_core or k == PROMO_CORE
            strong = strong or k == PROMO_OPEN
            aux += k == PROMO_AUX
        elif not (
            k == BODY
            and (
                (end + 1 < n and kinds[end + 1] in _PROMO_KINDS and _is_short_label(lines[end]))
                # A billing line in words of its own ("Pay RM 10.43 in month one, then ...") inside a
                # block that already has prices.
                or (has_core and _is_billing_line(lines[end]))
                # a plan's perks listed under its price ("- Comment on every story", "- Gift stories to friends")
                or (has_core and lines[end][:2] in _PERK_MARKS and len(lines[end].split()) <= _PERK_MAX_WORDS)
            )
        ):
            break
        end += 1
    return end if has_core or strong or aux >= 2 else None


_PROMO_SCRAP_MAX: Final = len("Cancel any")  # characters: a word or two of a promo line, the rest cut by the dump
# What a promo block's lines open with ("Billed as ...", "Best Value", "Free Trial"): a scrap of one is a prefix of one
_PROMO_STARTS: Final = tuple(
    word for kind, words, _ in _SPECIAL_LINES if kind in _PROMO_KINDS for word in words if word[0].isalpha()
)


def _promo_scrap(line: str) -> bool:
    """'Bi', 'Cancel an': the first letters of a promo block's line, the dump cut after them at its last line
    (no line of an article is so short and opens as a promo line does)."""
    if len(line) > _PROMO_SCRAP_MAX:
        return False
    scrap = line.lower()
    return any(word.startswith(scrap) or scrap.startswith(word + " ") for word in _PROMO_STARTS)


_PERK_MARKS: Final[tuple[str, ...]] = ("- ", "• ", "✓ ", "✔ ")
_PERK_MAX_WORDS: Final = 12


def _is_short_label(text: str) -> bool:
    return (
        len(text) <= _SHORT_LABEL_MAX_CHARS and len(text.split()) <= _SHORT_LABEL_MAX_WORDS and not text.endswith(".")
    )


_TAGS_MAX_CHARS: Final = 300


def _tags_of(text: str) -> tuple[str, ...] | None:
    """('Business', 'palm oil') from 'Business , palm oil ,' (commas, or semicolons); None for other lines.

    A dangling separator at the end is the page's own; an empty item inside, a long item or one
    that ends like a sentence means the line is text, not tags.
    """
    if len(text) > _TAGS_MAX_CHARS:
        return None
    if "," in text and ";" in text:
        text = text.replace(";", ",")  # "Opinion, Letters; George Town": either separator between items
    items = [item.strip() for item in text.split("," if "," in text else ";")]
    if len(items) > 1 and not items[-1]:
        items.pop()
    for item in items:
        if not item or len(item.split()) > 6 or item.endswith((".", "!", "?", ":")) or ": " in item:
            return None  # "Source: Agencies" is a labelled line, not a tag
    return tuple(items)


_TAG_SEPARATORS: Final = frozenset((",", ";"))
_EMPTY_TAG: Final = re.compile(r"(?: ,)+ , ")
_LIST_HEADINGS: Final = frozenset((NEXT_IN, OTHERS))
# The second list's heading, which a dump's cut may leave unfinished as the first list's last line ("Others Als"):
# a cut of six characters or more ("Others") reads as no headline's opening.
_OTHERS_HEADING: Final = "Others Also Read"
_CUT_HEADING_MIN: Final = 6
# "Tags / Keywords: News, Business, ...": the reference site's pages of 2013
_STAR_TAGS_LABEL: Final = "tags / keywords:"
_AUTHOR_NAME_MAX_WORDS: Final = 5
_NAME_PARTICLES: Final = frozenset(("bin", "binti", "a/l", "a/p", "de", "van", "von", "da"))  # "Siti binti Ali"


def _author_box_start(content: Sequence[str]) -> int | None:
    """Where a columnist's box closes the content: the name on a line of its own (once or twice), then a
    bio opening with the name ("Jane Tan" / "Jane Tan" / "Jane Tan began her career ..."); None otherwise."""
    if len(content) < 3:
        return None
    name, bio = content[-2], content[-1]
    words = name.split()
    if not (
        1 < len(words) <= _AUTHOR_NAME_MAX_WORDS and bio.startswith(f"{name} ") and all(w[0].isupper() for w in words)
    ):
        return None
    start = len(content) - 2
    while start > 1 and content[start - 1] == name:
        start -= 1
    return start


def _tags_broken_over_lines(lines: Sequence[str], kinds: Sequence[int], start: int) -> tuple[str, int]:
    """'Kelantan' / ',' / 'floods' / ',' / 'evacuees': a tags line whose items and separators the scraper
    saved each on a line of its own -> ('Kelantan , floods , evacuees', index after its last item)."""
    parts = [lines[start]]
    j = start + 1
    while j + 1 < len(lines) and lines[j] in _TAG_SEPARATORS and kinds[j + 1] == BODY:
        if lines[j + 1] in _TAG_SEPARATORS:
            break
        parts += [lines[j], lines[j + 1]]
        j += 2
    if j < len(lines) and lines[j] in _TAG_SEPARATORS:
        j += 1  # a dangling separator after the last item
    return " ".join(parts), j


def _is_spaced_tags_line(text: str) -> bool:
    """'Transport , world bank , toll ,': the tags line's own ' , ' separator, wherever the line sits."""
    found = _tags_of(text) if " , " in text else None
    return found is not None and len(found) >= 2


_WIDGET_LINES_MAX: Final = 3  # short lines under a tags line that can be the page's widgets


def _tags_over_widget_labels(content: Sequence[str]) -> int | None:
    """Where a tags line with no WhatsApp line above it ('Health , dengue') stands over the page's widgets, short
    labels with no sentence end ('Around the site' / 'Air Quality Index' / 'Moderate'): the article ended at the
    tags line, the labels are page chrome. None when the content does not end so."""
    if _is_short_label(content[-1]):
        for at in range(len(content) - 2, max(0, len(content) - 2 - _WIDGET_LINES_MAX), -1):
            if _is_spaced_tags_line(content[at]):
                return at
            if not _is_short_label(content[at]):
                return None
    return None


def _dek_under_credited_photo(content: Sequence[str]) -> bool:
    """A finished summary with no credit of its own right above the dateline's lead, under a photo whose
    caption and credit the head already took: the story's dek, neither a second caption nor body."""
    first = content[0]
    return (
        first.endswith(_TERMINAL)
        and credits.dateline_of(content[1]) is not None
        and credits.dateline_of(first) is None
        and credits.split_caption_credit(first)[1] is None
    )


def _credit_after(paragraph: str, caption: Caption) -> str | None:
    """'DESK GRAPHICS' from 'Caption. DESK GRAPHICS' printed under the bare 'Caption.': the words after the
    caption's own text, a few words in capitals and no sentence, are its credit."""
    if caption.credit is not None or len(paragraph) <= len(caption.text) or not paragraph.startswith(caption.text):
        return None
    rest = paragraph[len(caption.text) :].strip()
    if rest[:1] == "(" and rest[-1:] == ")" and caption.text.endswith(_TERMINAL):
        rest = rest[1:-1].strip()  # "Caption.(DESK Photo)": the credit in brackets glued to the caption's stop
    elif paragraph[len(caption.text)] != " ":
        return None  # the caption's last word goes on: no credit after it
    return rest if head.credit_words(rest) else None


def _printed_again_credited(paragraph: str, following: str) -> bool:
    """'Caption.' then 'Caption. PAPER PHOTO: NAME': a photo's caption printed bare, then again with its credit."""
    return (
        len(following) > len(paragraph)
        and following.startswith(paragraph)
        and (
            ((split := credits.split_slot_caption(following))[0] == paragraph and split[1] is not None)
            or _credit_after(following, Caption(paragraph, None)) is not None
        )
    )


_BOX_HEADING_MAX_WORDS_CALL: Final = 5


def _submissions_box(heading: str, text: str) -> bool:
    """'Write to us' over 'Tell us about your trips ... Email x@paper.com': a box calling for readers' submissions,
    a short heading over a paragraph with an address to write to and the word for what readers send."""
    return (
        len(heading.split()) <= _BOX_HEADING_MAX_WORDS_CALL
        and not heading.endswith(_TERMINAL)
        and head.asks_for_submissions(text)
    )


def _submissions_box_in_two(paragraphs: Sequence[str], i: int) -> bool:
    """'Write to us' / 'Tell us about your trip ...' / 'We may edit submissions. Email x@paper.com': the box calling
    for readers' stories with its text in two paragraphs, the first speaking to the reader, the address in the
    second (paragraphs[i + 2] holds an '@': the caller tested it)."""
    text = paragraphs[i + 1]
    return (
        "@" not in text
        and len(text) <= _CAPTION_MAX
        and head.speaks_to_reader(text)
        and _submissions_box(paragraphs[i], paragraphs[i + 2])
    )


_ALT_TEXT_PREFIX: Final = 12  # characters: alt text and caption open alike (a cheap test before comparing them whole)
_ALT_TEXT_RESUME: Final = 4  # characters after a mark the alt text dropped early: both go on alike (few: a next mark)
_ALT_TEXT_STRIPPED_MAX: Final = 40  # characters of punctuation the alt text leaves out of its caption
_PUNCTUATION: Final = re.compile(r"[^\w]+|_")


def _alt_text_of(paragraph: str, caption: str) -> bool:
    """'Crowds in Odesa Ukraine March 1 2024. REUTERSJane Doe' over 'Crowds in Odesa, Ukraine March 1, 2024.
    REUTERS/Jane Doe': an image's alt text, the caption under it with its punctuation stripped."""
    if not caption.startswith(paragraph[:_ALT_TEXT_PREFIX]):
        # the punctuation left out may come early ("Ukraines President" under "Ukraine's President"): where the
        # two first differ, the caption holds a mark the alt text dropped, and past it both go on alike (tested
        # before the whole texts are compared: "The Centre's move" under "The Centre on Monday" is no alt text)
        at = next((j for j, (mine, theirs) in enumerate(zip(paragraph, caption, strict=False)) if mine != theirs), None)
        if at is None or caption[at].isalnum() or caption[at] == " ":  # None: one a prefix of the other
            return False
        resume = at + 1
        while resume < len(caption) and not caption[resume].isalnum() and caption[resume] != " ":
            resume += 1  # a run of marks ("?!", "),")
        if paragraph[at : at + _ALT_TEXT_RESUME] != caption[resume : resume + _ALT_TEXT_RESUME]:
            return False
    return (
        not caption.startswith(paragraph)
        and _last_alnum(paragraph) == _last_alnum(caption)  # a step or two from each end: most pairs end apart
        and _PUNCTUATION.sub("", paragraph) == _PUNCTUATION.sub("", caption)
    )


def _last_alnum(text: str) -> str:
    """The text's last letter or digit ("" without one): the last character _PUNCTUATION.sub keeps of it."""
    k = len(text) - 1
    while k >= 0 and not text[k].isalnum():
        k -= 1
    return text[k : k + 1]


def _numbered_credited_captions(paragraph: str) -> list[Caption] | None:
    """'1 Fans at the gate. — JANE TAN/The Post2 The stage at night. — Filepic': a gallery's numbered captions
    saved on one line, each closed by its own credit with the next photo's number glued to it; None when any
    part has no credit (one caption for several numbered photos, _NUMBERED_PHOTOS)."""
    parts: list[str] = []
    rest, number = paragraph[2:], 2
    while (m := re.search(rf"(?<=[^\s\d]){number} (?=[A-Z(])", rest)) is not None:
        parts.append(rest[: m.start()])
        rest, number = rest[m.end() :], number + 1
    if not parts:
        return None
    parts.append(rest)
    captions = []
    for part in parts:
        text, credit = credits.split_slot_caption(part.strip())
        if credit is None:
            return None
        captions.append(Caption(text, credit))
    return captions


def _unbracketed(line: str) -> str:
    """'J. Tan/City News' from '[J. Tan/City News]': a line in square brackets without them; other lines as they are."""
    return line[1:-1].strip() if line[:1] == "[" and line[-1:] == "]" else line


def _orphan_credit(credit: str, above: str) -> bool:
    """'Jane Tan / The Herald)': a credit closing a bracket it never opened, under a line that leaves none open. Its
    caption, which opened the bracket, was lost: the line above is not that caption (the article's lead, as a rule)."""
    return credit[-1] == ")" and "(" not in credit and not above.endswith("(")


def _credited_caption_ahead(paragraphs: Sequence[str], i: int) -> bool:
    """Is the next paragraph a photo's credited caption (no wire's sign-off), the article under it?"""
    if i + 2 >= len(paragraphs) or len(paragraphs[i + 1]) > _CAPTION_MAX:
        return False
    credit = credits.split_slot_caption(paragraphs[i + 1])[1]
    return credit is not None and not credits.is_bare_agency(credit)


_UNFINISHED_OVER_CAPTION_MAX: Final = 3  # lines: the page's buttons, a date line, a standfirst cut short


def _caption_past_unfinished_lines(paragraphs: Sequence[str], i: int) -> int | None:
    """With nothing to anchor the body, where a photo's credited caption (printed once, or bare and then again
    with its credit) stands under a few unfinished lines from paragraph i on ('Adjust font size:', a standfirst
    without its stop, share buttons glued together): the index of the caption. A finished paragraph above it is the
    lead, and the photo under it one inside the article."""
    n = len(paragraphs)
    for k in range(i, min(i + _UNFINISHED_OVER_CAPTION_MAX + 1, n - 2)):
        paragraph = paragraphs[k]
        if k > i and (
            _credited_caption_ahead(paragraphs, k - 1)
            or (paragraphs[k + 1].startswith(paragraph) and _printed_again_credited(paragraph, paragraphs[k + 1]))
        ):
            return k
        if (paragraph.endswith(_TERMINAL) and not _quote_without_stop(paragraph)) or len(paragraph) > _CAPTION_MAX:
            return None
    return None


_QUOTE_MARK_ENDS: Final = _TERMINAL[3:7]


def _quote_without_stop(paragraph: str) -> bool:
    """ "Minister: 'We will not back down'": a line closed by a quote mark with no sentence's stop inside it, a
    headline's or a standfirst's quoted words, not a finished sentence."""
    return paragraph.endswith(_QUOTE_MARK_ENDS) and paragraph.rstrip("".join(_QUOTE_MARK_ENDS))[-1:].isalnum()


# A lead tells when it happened; a standfirst or an image's alt text seldom names the day.
_DAY_WORDS: Final[tuple[str, ...]] = (
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    *("yesterday", "today", "tonight"),
    *(f"{which} {span}" for which in ("this", "last", "next") for span in ("week", "month", "year")),
)
# The words as written; _TELLS_THE_DAY below answers as this does.
_TELLS_THE_DAY_RE_I: Final = re.compile(rf"\b(?:{'|'.join(_DAY_WORDS)})\b", re.I)
_TELLS_THE_DAY: Final = credits.word_search(_DAY_WORDS)  # the same as a search the regex engine runs fast


def _finished_alt_text(paragraph: str, following: str) -> bool:
    """'A courtroom's entrance on a sunny day.' over 'The case goes on.(City News: Jane Tan)', no dateline under
    them: a finished first line in a standfirst's length that names no day, over a credited caption (its credit in
    any of the slot's forms), is the image's alt text or a standfirst, neither caption nor body (a lead says when)."""
    if (
        len(paragraph) > _FINISHED_ALT_TEXT_MAX_CHARS  # most leads: one test, no call
        or len(following) > _CAPTION_MAX
        or len(paragraph.split()) > _FINISHED_ALT_TEXT_MAX_WORDS
        or credits.split_caption_credit(paragraph)[1] is not None  # (cached: the slot asks it of the line anyway)
    ):
        return False
    text, credit = credits.split_slot_caption(following)
    return (
        credit is not None
        and len(text.split()) >= _CAPTION_MIN_WORDS  # a credit alone under it ('[J. Tan/City News]'): a caption
        and not credits.is_bare_agency(credit)
        and _TELLS_THE_DAY.search(paragraph) is None  # last: a search of common first letters ('t', 's')
    )


_FILE_PHOTO_MARKS: Final = frozenset(("filepic", "file pic"))  # a file photo's mark, naming no source


def _file_photo_alone(line: str) -> bool:
    """'Filepic', 'Photo: Filepic': a file photo's mark alone, perhaps after a photo label (no source named: 'Photo:
    Star/File' names the paper, a credit alone)."""
    low = line.lower()
    return low.removeprefix("photo:").strip() in _FILE_PHOTO_MARKS


_CUT_ALT_TEXT_MIN_CHARS: Final = 60  # a shorter line the next one opens with is a label or a kicker, no cut copy


def _split_captions(
    paragraphs: list[str], place_lead_at: int | None = None
) -> tuple[list[Caption], list[str], int | None, tuple[str, ...]]:
    """Captions sit between the head and the first body paragraph: (captions, body, dateline index in body,
    warnings about what could not be decided).

    A paragraph there is a caption when it ends in a photo credit; or, uncredited, when it is a
    finished sentence standing just before the dateline paragraph, or opens with a Star caption
    label ("Joint effort: ..."). A dateline paragraph always starts the body, one body paragraph is
    always left, and multi-item briefings whose paragraphs each end in '— Reuters' are body.
    When a dateline opens one of the first paragraphs, the paragraphs before it are all looked at, so
    one caption of an unknown shape (kept as body) does not hide the credited captions after it;
    without a dateline the slot ends at the first paragraph that is no caption (a column's standfirst).
    place_lead_at: the paragraph a place printed alone on the line over it ("RIVERTON:", taken out) opened.
    """
    n = len(paragraphs)
    if n and paragraphs[0][:3] == "By " and (lead := _lead_after_glued_byline(paragraphs[0])) is not None:
        paragraphs = [lead, *paragraphs[1:]]  # a copy: the caller's list stays as it was
    dated: list[int] = []  # (a loop, not a list comprehension: a comprehension is a call of its own)
    for i in range(min(n, _CAPTION_SLOT)):
        if (
            (
                credits.dateline_of(paragraphs[i])
                # a wire's lead with its agency but no place ("(Reuters) - ..."): a dateline's anchor all the same
                or (paragraphs[i][:1] == "(" and credits.is_bare_agency(credits.opening_agency(paragraphs[i])))
            )
            and not _caption_copy(paragraphs, i)
        ):
            dated.append(i)
    # A wire photo's caption opens with a dateline of its own ("SEPANG, 15 Mac -- ... -- fotoBERNAMA"): the
    # dateline paragraph under it, not the photo's, opens the body.
    while len(dated) > 1 and _photo_credited(paragraphs[dated[0]]):
        dated.pop(0)
    dateline_at = dated[0] if dated else None
    if dateline_at is None and n > 1 and _dashed_place_lead(paragraphs[0]):
        dateline_at = 0  # 'Riverton — The council has ...': the lead under a town in title case, whatever follows
    # The body's first paragraph shows itself by a dateline or by a print lead in capitals
    # ("RESIDENTS are ..."): what stands before it, under the head, describes the photo.
    # A dateline in the slot anchors the body whatever stands above it: a caption opening with a name in
    # capitals ("NASA engineers ...", "WTI crude ...") reads as a print lead, but a print lead opens the body and
    # no dateline follows it.
    anchor_at = (
        dateline_at
        if dateline_at is not None
        else next(
            (
                i
                for i in range(min(n, _CAPTION_SLOT))
                if head.is_print_lead(paragraphs[i])
                and not _defined_acronym(paragraphs, i)
                and not _photo_credited(paragraphs[i])
                and not _printed_again(paragraphs, i)
                # "US President ... in April 2017. - AFP" over the lead: a wire photo's caption
                and not (i + 1 < n and credits.split_caption_credit(paragraphs[i])[1] is not None)
            ),
            None,
        )
    )
    if anchor_at is None and place_lead_at and place_lead_at < n:
        # "RIVERTON:" alone over a lead too short to be glued to it: the place anchors the body as a dateline does
        anchor_at = dateline_at = place_lead_at
    if anchor_at is None and n > 1 and (place_at := _place_lead_at(paragraphs)) is not None:
        anchor_at = dateline_at = place_at
    # A briefing under section labels ("Energy", "Forex", "Top stories abroad"): the first label opens
    # the body, and what stands above it describes the photo (credited or not).
    label_at = _first_section_label(paragraphs) if anchor_at is None else 0
    if label_at:
        anchor_at = label_at
    captions: list[Caption] = []
    kept: list[str] = []  # caption-slot paragraphs that are not captions
    briefing: bool | None = None  # decided only when a bare '— Agency' credit shows up
    pending_credit: str | None = None  # a credit printed on a line of its own above its caption
    # the lead's text after its dateline (for _repeats_lead), read when the first paragraph long enough is compared
    lead_after: str | None = None
    lead_after_read = False
    end = min(n - 1, n if anchor_at is None else anchor_at)
    i = 0
    while i < end:
        paragraph = paragraphs[i]
        if _printed_twice(paragraph):
            paragraph = paragraph[: len(paragraph) // 2].strip()  # alt text and caption, the same text on one line
        if (
            i + 1 < n
            and 0 < len(paragraphs[i + 1]) - len(paragraph) <= _ALT_TEXT_STRIPPED_MAX  # integers first: no slices
            and _alt_text_of(paragraph, paragraphs[i + 1])
        ):
            i += 1  # the photo's alt text, its caption without punctuation, over the caption itself
            continue
        if (
            i + 1 < n
            and len(paragraph) >= _CUT_ALT_TEXT_MIN_CHARS
            and len(paragraphs[i + 1]) > len(paragraph)  # integers first: most slot paragraphs differ at once
            and not paragraph.endswith(_TERMINAL)
            and paragraphs[i + 1].startswith(paragraph)
        ):
            i += 1  # the photo's alt text cut at the page's length limit ('... on Sa'), over the caption in full
            continue
        if (
            i + 1 < n
            and len(paragraphs[i + 1]) > len(paragraph) + 1  # integers first: most slot paragraphs differ at once
            and paragraphs[i + 1][len(paragraph)] == "."
            and paragraphs[i + 1].startswith(paragraph)
            and credits.split_slot_caption(paragraphs[i + 1])[1] is not None
        ):
            # 'A rice field (Oryza sativa)' over 'A rice field (Oryza sativa). Photo: Jane Tan': the photo's alt text,
            # its caption without the stop and the credit, over the credited caption: neither caption nor body
            i += 1
            continue
        if captions and (
            paragraph in (captions[-1].text, _joined(captions[-1]))
            or (
                paragraph.startswith(captions[-1].text)
                and credits.split_caption_credit(paragraph) == (captions[-1].text, captions[-1].credit)
            )
        ):
            i += 1  # a caption printed twice is recorded once (its credit in brackets: "... [Jane Doe/Reuters]")
            continue
        if i + 2 < n and paragraphs[i + 1] == paragraph and _doubled_caption(paragraphs, i):  # the equality first
            # A finished sentence printed twice in a row under the head (the photo's alt text, then its caption):
            # the photo's caption, recorded once, even when it opens in capitals as a print lead does or with a
            # label read as a dateline ("FILE - ...", "CALM: ..."). A dek printed twice runs to a second sentence.
            text, credit = credits.split_slot_caption(paragraph)
            if credit is None and paragraph[-1] == ")" and (m := _DOUBLED_BRACKETED_CREDIT.search(paragraph)):
                text, credit = paragraph[: m.start()], m.group(1)  # "... the town. (City Fire Office)" twice
            captions.append(Caption(text, credit))
            i += 2
            end = max(end, min(i, n - 1))
            continue
        if i + 2 < n and paragraphs[i + 1] == paragraph and (doubled := _doubled_credited_caption(paragraph)):
            # The same printed twice with its credit after the stop, a name or an agency ("... on Monday. Jane Tan",
            # "... the prayer. WAM"): the photo's caption and its credit, recorded once.
            captions.append(doubled)
            i += 2
            end = max(end, min(i, n - 1))
            continue
        if i + 2 < n and paragraphs[i + 1] == paragraph and _doubled_label_caption(paragraphs, i):
            # A line without a stop printed twice in a row under the head, a phrase of a few words ("Police
            # outside the court", "Former minister Jane Tan / Daily file"): the photo's alt text, then its caption.
            captions.append(Caption(*credits.split_slot_caption(paragraph)))
            i += 2
            end = max(end, min(i, n - 1))
            continue
        if (
            (paragraph[:3] in ("By ", "by ") and head.is_byline(paragraph))
            or (len(paragraph) <= _ROLE_BYLINE_MAX_CHARS and head.is_role_byline(paragraph))  # the length: no call
            or (paragraph[-1:].isalpha() and head.is_team_byline(paragraph))  # most end in a stop: no call
        ):
            # the byline under the photo, over the lead ("By Jane Tan", "JANE TAN, Staff Writer", a team's "Reports
            # by JANE TAN, ALI BAKAR and ..."): neither
            i += 1
            continue
        if i + 2 < n and "@" in paragraphs[i + 1] and _submissions_box(paragraph, paragraphs[i + 1]):
            i += 2  # a standing call for readers' stories under its heading ("Write to us"): neither caption nor body
            end = max(end, i)
            continue
        if i + 3 < n and "@" in paragraphs[i + 2] and _submissions_box_in_two(paragraphs, i):
            i += 3  # the call under its heading in two paragraphs, the address in the second: neither
            end = max(end, i)
            continue
        if i == 0 and paragraph[:7] in head.SOURCE_LABELS and i + 1 < n and head.source_line(paragraph):
            i += 1  # "Source: NEWS AGENCY" over the lead: the story's source, printed as the head's meta; no caption
            continue
        if "@" in paragraph and i + 1 < n and head.calls_for_stories(paragraph):
            i += 1  # a call for readers' stories with no heading over it: neither caption nor body
            continue
        if i + 1 == anchor_at and paragraph[-3:].lower() == "pic" and _file_photo_alone(paragraph):
            # 'Filepic', 'Photo: Filepic' alone over the lead: a file photo with no words of its own, which annotators
            # record as the photo's caption (a lone word there is chrome; a labelled credit alone is neither)
            captions.append(Caption(paragraph, None))
            i += 1
            continue
        if (
            len(paragraph) <= _SLOT_CHROME_MAX
            and (head.is_chrome(paragraph) or (anchor_at is not None and " " not in paragraph))
            and not (paragraph[-1] == ":" and _own_numbered_item_at(paragraphs, i + 1))  # the article's list heading
        ) or (("uiz" in paragraph or "knowledge" in paragraph) and _QUIZ_BOX.match(paragraph) is not None):
            i += 1  # page chrome under the photo ("Listen", "3 min", a lone word before the lead): not body
            continue
        if "CLICK" in paragraph and paragraph.isupper() and _CLICK_BID.search(paragraph) is not None:
            # "READ OUR E-PAPER FREE EVERY MORNING. CLICK LINK": the site's promo in capitals bidding the reader click,
            # no photo's caption (a caption describes; it bids nothing) and no body
            i += 1
            continue
        if anchor_at is not None and not lead_after_read and len(paragraph) >= _LEAD_REPEAT_CHARS:
            lead_after, lead_after_read = credits.text_after_dateline(paragraphs[anchor_at]), True
        if (
            anchor_at is not None
            and (
                credits.opens_with_story_flag(paragraph)
                # the wire desk's advisory over the updated story: "(Adds quotes from the mayor)"
                or (paragraph[-1] == ")" and paragraph[:1] == "(" and _WIRE_ADVISORY.match(paragraph) is not None)
                or _repeats_lead(paragraph, lead_after)
                or (
                    i < anchor_at == dateline_at
                    and (
                        (breaks := paragraph.count(". ")) >= _STANDFIRST_SENTENCES
                        or (breaks == _STANDFIRST_SENTENCES - 1 and _three_sentences(paragraph))
                    )
                    # a caption's credit of the slot's own shapes too: "... the site. —JANE TAN" under a photo
                    and credits.split_slot_caption(paragraph)[1] is None
                )
            )
        ):
            # a dek above the lead ("(UPDATED) Senators say ...", the desk's advisory, the lead's own words, a summary):
            # not body
            i += 1
            continue
        if i + 2 == anchor_at != dateline_at and _alt_text_over_briefing(paragraphs, i):
            captions.append(Caption(paragraph, None))  # the briefing's photo named above its first section label
            i += 1
            continue
        if i + 1 == anchor_at and credits.is_credit_only(paragraph):
            if captions and captions[-1].credit is None and captions[-1].text == paragraphs[i - 1]:
                # 'Caption.' / 'PHOTO: WIRE' over the lead: the credit of the uncredited caption right above it
                captions[-1] = Caption(captions[-1].text, paragraph)
            elif not credits.is_labelled_credit(paragraph):
                captions.append(Caption(paragraph, None))  # a photo with its credit alone right above the lead
            # else 'PHOTO: FILE' alone: the label names the line a credit, with no caption's words: neither caption
            # nor body (a described photo, 'Filepic' or 'Photo courtesy of ...', is the caption)
            i += 1
            continue
        if i + 1 == anchor_at == dateline_at and "; " in paragraph and _two_clause_dek(paragraph):
            # "Port hires 40 crew; union calls off the strike" over the dateline's lead: a summary in a headline's
            # grammar, two clauses joined by a semicolon with no stop, whatever their verbs: neither caption nor body
            i += 1
            continue
        if (
            i + 1 == anchor_at
            # over a print lead, under a photo's credited caption or right under the head (a column's standfirst
            # over its print lead under an uncredited caption is the body's first paragraph)
            and (anchor_at == dateline_at or (captions and captions[-1].credit is not None and not kept) or i == 0)
            and len(paragraph) <= (_CAPTIONED_STANDFIRST_MAX_CHARS if captions else _HEADLINE_STANDFIRST_MAX_CHARS)
            and not paragraph.endswith(_TERMINAL)
            and paragraph is paragraphs[i]  # a line printed twice is a photo's alt text and caption
            # right under the head over a print lead, one clause may hold a finite verb ("The next two years are
            # crucial for the fund"): over a dateline such a line may caption a headshot ("Ali is one of three ...");
            # under a credited caption a place names the story's scene: a second photo's caption has its own credit
            and _unfinished_standfirst(
                paragraph,
                finite_ok=(i == 0 and anchor_at != dateline_at and not label_at and ". " not in paragraph),
                placed=bool(captions) and captions[-1].credit is not None,
            )
        ):
            i += 1  # a summary in a headline's words over the lead ("Rates fall as supply recovers"): neither
            continue
        if (
            i + 1 == anchor_at == dateline_at
            and captions
            and captions[-1].credit is not None
            and not kept
            and _ends_unfinished(paragraph)
            and paragraph.count(" ") >= _STANDFIRST_MIN_WORDS - 1  # words counted in C
            and paragraph is paragraphs[i]  # a line printed twice is a photo's alt text and caption
            and credits.split_slot_caption(paragraph)[1] is None
        ):
            # A sentence with no stop under a photo's credited caption, over the dateline's lead ("Most of the
            # damage was inland as ... in the province"): the story's dek, however long and whatever its verbs,
            # not body (the dateline opens the body) and no caption (a second photo's caption has its own credit)
            i += 1
            continue
        if (
            i == 0
            and anchor_at is None
            and i + 1 < n
            and len(paragraph) <= _HEADLINE_STANDFIRST_MAX_CHARS
            and _LEAD_OVER_LINE_FACTOR * len(paragraph) < len(paragraphs[1])
            and _ends_unfinished(paragraph)
            and paragraph is paragraphs[i]  # a line printed twice is a photo's alt text and caption
            and head.bullet_of(paragraphs[1]) is None  # a briefing's first heading over its item's bullets
            and _unfinished_standfirst(paragraph)
        ):
            i += 1  # a summary in a headline's words right under the head, over a lead far longer: neither
            continue
        if pending_credit is None and credits.is_credit_only(paragraph) and i + 1 < n - 1:
            if (
                anchor_at is not None
                and captions
                and captions[-1].credit is None
                and captions[-1].text == paragraphs[i - 1]
            ):
                # 'Caption' / 'Jane Tan/The Paper' (or 'Photo: Jane Tan') / a dek or the lead: the credit of the
                # uncredited caption right above it, as most pages print a photo's credit line under its caption (a
                # credit announcing the paragraph under it stands where no uncredited caption is right above it)
                captions[-1] = Caption(captions[-1].text, paragraph)
                i += 1
                continue
            if len(paragraph) <= _PHOTO_NOTE_MAX_CHARS and _photo_note(paragraph):
                # "File photo" alone under the head, naming no source: the photo's caption (printed twice, recorded
                # once; a credit on the line under it is its credit), not a credit announcing the paragraph under it
                i += 2 if i + 2 < n and paragraphs[i + 1] == paragraph else 1
                credit = paragraphs[i] if i < n - 1 and credits.is_credit_only(paragraphs[i]) else None
                captions.append(Caption(paragraph, credit))
                i += credit is not None
                end = max(end, min(i, n - 1))
                continue
            pending_credit = paragraph
            end = max(end, i + 2)  # a credit on a line of its own announces its caption, anchor or not
            i += 1
            continue
        if i + 2 < n and paragraph == paragraphs[i + 2] and credits.is_credit_only(paragraphs[i + 1]):
            captions.append(Caption(paragraph, paragraphs[i + 1]))  # caption, its credit, the caption again
            end = max(end, min(i + 3, n - 1))
            i += 3
            continue
        if i + 2 < n and paragraph == f"{paragraphs[i + 1]} {paragraphs[i + 2]}":
            text, credit = credits.split_slot_caption(paragraph)
            captions.append(Caption(text, credit))  # a caption printed again, broken over two lines
            end = max(end, min(i + 3, n - 1))
            i += 3
            continue
        if (
            i + 1 < n
            and len(paragraphs[i + 1]) > len(paragraph)
            and paragraph in paragraphs[i + 1]  # a substring test in C before the copy is built
            and _printed_twice(joined := f"{paragraph} {paragraphs[i + 1]}")
        ):
            # "Caption broken" / "over two lines. Caption broken over two lines.": the alt text broken over two
            # lines, the caption glued to its end, printed whole
            captions.append(Caption(*credits.split_slot_caption(joined[: len(joined) // 2].strip())))
            end = max(end, min(i + 2, n - 1))
            i += 2
            continue
        if (
            i + 1 < end
            and not paragraph.endswith(_ALT_TEXT_NOT_ENDS)  # "Here are the main stories:" opens a briefing
            and credits.words_at_most(paragraph, _ALT_TEXT_MAX_WORDS)  # (after the ends: most paragraphs stop there)
            and credits.split_caption_credit(paragraph)[1] is None
            and not credits.is_bare_agency(below := credits.split_caption_credit(paragraphs[i + 1])[1])
            and below is not None
        ) or (
            not captions
            and not kept
            and anchor_at is None
            and i + 1 < end
            and paragraph.endswith(_TERMINAL)
            and _finished_alt_text(paragraph, paragraphs[i + 1])
        ):
            i += 1  # an image's alt text (or a standfirst) above a credited caption: neither caption nor body
            continue
        if captions and i + 1 < n and f"{paragraph} {paragraphs[i + 1]}" in (captions[-1].text, _joined(captions[-1])):
            i += 2  # the caption printed again, broken over two lines
            continue
        if (image := _IMAGE_FILE.match(paragraph)) is not None and len(paragraph) > image.end():
            paragraph = paragraph[image.end() :]  # "190710-cabinet.jpg Caption ...": a photo's file name
            text, credit = credits.split_slot_caption(paragraph)
            if (
                credit is None
                and pending_credit is None
                and i + 2 < n
                and credits.is_credit_only(below := _unbracketed(paragraphs[i + 1]))
            ):
                # its credit printed on a line of its own under it ("Jane Tan/The Paper"), as under any caption
                captions.append(Caption(text, below))
                i += 2
                continue
            captions.append(Caption(text, credit or pending_credit))
            pending_credit = None
            end = max(end, min(i + 2, n - 1))
            i += 1
            continue
        if (
            pending_credit is not None
            and anchor_at is None
            and i + 1 < n
            # a paragraph longer than any caption under a photo's credit alone is the lead, whatever it tells
            and (
                len(paragraph) > _CAPTION_MAX
                or _lead_over_shorter(paragraph, paragraphs[i + 1])
                or _tells_the_news(paragraph, pending_credit)
                or _lead_under_photo_label(paragraph, pending_credit)
            )
        ):
            pending_credit = None  # a photo's credit with no caption text over the lead: no caption, and not body
            break
        if i == 0 and paragraph[:2] == "1 " and (numbered := _numbered_credited_captions(paragraph)) is not None:
            captions.extend(numbered)  # "1 Caption. — CREDIT2 Caption. — CREDIT": a gallery's captions run together
            i += 1
            continue
        if (
            anchor_at is None
            and pending_credit is None
            and not kept
            and i + 2 < n
            and len(paragraph) <= _CAPTION_MAX
            and credits.is_credit_only(below := _unbracketed(paragraphs[i + 1]))
            and credits.split_caption_credit(paragraph)[1] is None
            and credits.dateline_of(paragraph) is None
            and not _orphan_credit(below, paragraph)
        ):
            # 'A fisherman mends his nets.' / 'Courtesy of Jane Tan' over the article: the photo's credit printed on
            # a line of its own under its caption (with no dateline to anchor the body, the credit tells the photo),
            # perhaps in square brackets ('[J. Tan/City News]')
            captions.append(Caption(paragraph, below))
            i += 2
            continue
        if (bare := credits.without_blank_credit(paragraph)) is not None:
            captions.append(Caption(bare, pending_credit))  # "Caption. —": the page left the credit blank
            pending_credit = None
            i += 1
            continue
        text, credit = credits.split_slot_caption(paragraph)
        if (
            credit is None
            and anchor_at is not None
            and paragraph[-1:].isalpha()  # most slot paragraphs end in a full stop: no call
            and (quoted := _pull_quote_speaker(paragraphs, i)) is not None
        ):
            text, credit = quoted  # 'Drains are old.- Jane Tan' over the lead: a headshot's pull quote and its speaker
        if credit is None and captions and (credit := _credit_after(paragraph, captions[-1])) is not None:
            text = captions[-1].text  # "Caption." then "Caption. DESK GRAPHICS": the rest is its credit
        if credit is not None and captions and captions[-1].credit is None and captions[-1].text == text:
            captions[-1] = Caption(text, credit)  # printed bare, then again with its credit
            i += 1
            continue
        if captions and _told_before(captions, Caption(text, credit)):
            i += 1  # printed twice with its credit ("Caption - Photo: Agency" twice, its quotes curly once)
            continue
        if (
            i == 0
            and credit is None
            and anchor_at is not None
            and anchor_at == dateline_at
            and anchor_at > 1
            and pending_credit is None
            and _slot_opens_with_dek_over_caption(paragraphs, anchor_at)
        ):
            i += 1  # the story's dek under the headline, its photo's caption under it: neither caption nor body
            continue
        if credit is not None:
            if credits.is_bare_agency(credit) and not label_at:
                if briefing is None:
                    briefing = _is_briefing(paragraphs, i)
                if briefing:
                    break
            captions.append(Caption(text, credit))
            pending_credit = None  # a credit-shaped line above a caption credited on its own: a byline ("Name / Site")
        elif (
            not kept
            and (  # after a paragraph that is no caption, only a credit tells a caption from body text
                (
                    anchor_at is not None
                    and anchor_at - i <= _MAX_UNCREDITED_CAPTIONS
                    and (len(paragraph) <= _CAPTION_MAX or head.PHOTO_POSITION.search(paragraph) is not None)
                    and (anchor_at == dateline_at or _caption_before_print_lead(paragraphs, i, captions))
                )
                or (
                    paragraph.endswith(_TERMINAL)
                    and _is_labelled(paragraph)
                    and not _untold_place_lead(paragraph, dateline_at)
                    and not _itemised(paragraphs)
                    and not _speakers_labelled(paragraphs, i)
                )
                or pending_credit is not None
                # right above the first section label of a briefing whose items sign off a wire: its photo's
                # caption, however long (a feature's subheadings carry no sign-offs; a briefing has no standfirst)
                or (i + 1 == label_at and any(map(credits.ends_in_bare_agency, paragraphs[label_at:])))
                or (paragraph[-1:].isdigit() and _NAME_AND_AGE.fullmatch(paragraph) is not None)  # ends in the age
                or (i == 0 and _NUMBERED_PHOTOS.match(paragraph) is not None)
                or (anchor_at is None and i == 0 and i + 1 < n and _describes_a_photo(paragraph, paragraphs[i + 1]))
                # (its credit glued to the lead's dateline, "... — Picture by Jane TanRIVERTON, Jan 5 — ...", the
                # paragraph is the lead: the body's clean-up takes the caption off its front)
                or (
                    i == 0 and i + 1 < n and _names_itself_a_photo(paragraph) and _glued_once_caption(paragraph) is None
                )
                # "Ali Bakar says ..." over an undated lead: a headshot's caption, which names its person shortly
                # while the article gives the name in full below
                or (anchor_at is None and i == 0 and i + 2 < n and _headshot_says(paragraph, paragraphs[1:4]))
                # a headshot's caption over the lead: who is shown, by role and name, with no verb
                or (i == 0 and i + 1 < n and len(paragraphs[i + 1]) > len(paragraph) and _role_and_name(paragraph))
                # a first paragraph that places people in the photo ("Ali (left) and Mei ...") with no finite verb,
                # over an undated lead: the photo's caption (a lead that places someone says what they said or did)
                or (
                    anchor_at is None
                    and i == 0
                    and i + 1 < n
                    and _places_in_photo(paragraph)
                    and not paragraphs[i + 1].startswith(paragraph)  # printed cut, then whole: read below
                )
                # a finished line over a box calling for readers' stories: the photo's caption, the box under it
                or (
                    i + 2 < n
                    and "@" in paragraphs[i + 2]
                    and paragraph.endswith(_TERMINAL)
                    and _submissions_box(paragraphs[i + 1], paragraphs[i + 2])
                )
                or (
                    i + 1 < n
                    and paragraphs[i + 1].startswith(paragraph)
                    and _printed_again_credited(paragraph, paragraphs[i + 1])
                )
            )
            # "The court on Wednesday dismissed ...": a wire's lead tells the day after its subject, no caption does
            # (asked last: only of a paragraph read as a caption)
            and not _wire_lead_day(paragraph)
        ):
            captions.append(Caption(text, pending_credit))
            pending_credit = None
        elif not kept and i + 1 < n and _restated_below(paragraph, paragraphs[i + 1]):
            pass  # a dek the lead under it (a print lead or a dateline's) says again: neither caption nor body
        elif anchor_at is None:
            if not kept and paragraphs[i + 1].startswith(paragraph) and _credited_caption_ahead(paragraphs, i):
                i += 1  # the caption printed first cut short (or bare), then whole with its credit: recorded once
                continue
            if (
                i == 0
                and _unfinished_line_over_lead(paragraph, paragraphs[1])
                # "Dear Editor," over the letter: its writer's own first words, kept (the comma tested in C first)
                and not (paragraph[-1:] == "," and head.is_salutation(paragraph))
                # a first subheading, with more under it: the article's own ("Energy" ... "Forex"); a label naming
                # who sent or wrote the story ("Press Release: City Police") heads no section
                and not (
                    _is_subheading(paragraph)
                    and not _names_after_label(paragraph)
                    and any(map(_is_subheading, paragraphs[2:]))
                )
            ):
                i += 1  # page furniture, a photo's bare label or a dek cut short over an undated lead: neither
                continue
            if not captions and not kept and (k := _caption_past_unfinished_lines(paragraphs, i)) is not None:
                # page lines or an unfinished standfirst over the photo's credited caption: neither
                if (split := credits.split_slot_caption(paragraphs[k]))[1] is not None:
                    captions.append(Caption(*split))  # read whole, not as a credit alone over the lead
                    k += 1
                i = k
                continue
            break
        else:
            kept.append(paragraph)
        i += 1
    if pending_credit is not None:
        kept.insert(0, pending_credit)
    body = kept + paragraphs[i:]
    if len(body) == 1 and (only := _photo_caption_alone(body[0])) is not None:
        return [*captions, only], [], None, ()  # a photo and its credited caption, and no article under it
    undecided: tuple[str, ...] = ()
    if (
        anchor_at is None
        and not kept
        and not captions
        and len(body) > 1
        and len(body[0]) <= _UNSURE_CAPTION_MAX
        and body[0].endswith(".")
        and len(body[1]) > len(body[0])
    ):
        undecided = ("possible_uncredited_caption",)
    for k, caption in enumerate(captions):
        if caption.text[:1] == "(" and (mark := _DESK_PLACEHOLDER.match(caption.text)) is not None:
            captions[k] = Caption(caption.text[mark.end() :], caption.credit)  # the desk's "(BRIEF CAPTION)" left in
    found = dateline_at is not None and i == dateline_at and len(kept) < _DATELINE_SEARCH
    return captions, body, (len(kept) if found else None), undecided


_SPLIT_BYLINE_MAX_NAMES: Final = 4  # words of the name under a lone "By"


def _split_byline(paragraph: str, following: str) -> bool:
    """A byline's label alone ("By", a bulleted "• By") over the name alone, a few capitalised words without a
    stop or a digit ("Jane Tan", "• JANE TAN")."""
    if paragraph.lstrip("•·-–— ").rstrip(" :") not in ("By", "BY", "by"):
        return False
    words = following.lstrip("•·-–— ").split()
    return (
        0 < len(words) <= _SPLIT_BYLINE_MAX_NAMES
        and all(w[0].isupper() and w.replace(".", "").replace("-", "").replace("'", "").isalpha() for w in words)
        and following[-1] != "."
    )


_GLUED_BYLINE_MAX_NAMES: Final = 4
# Words that open a sentence and never end a name: "By Jane Tan The council has ..." breaks before "The".
_SENTENCE_OPENERS: Final = frozenset((
    "The", "This", "That", "These", "Those", "A", "An", "It", "Its", "In", "On", "At", "After", "As", "When", "While",
    "For",
))  # fmt: skip
_SPACED_WORD: Final = re.compile(r"\S+")


def _lead_after_glued_byline(paragraph: str) -> str | None:
    """'This year's budget ...' from 'By Jane Tan This year's budget ...', 'CITY - The ...' from 'By Wire CITY - The
    ...': a byline the scrape ran into the lead (one to four words of a name after 'By', then a dateline or a word
    that opens a sentence and a word in lower case after it), the lead alone; None for any other paragraph."""
    if len(paragraph) < _LEAD_PARAGRAPH_CHARS:
        return None  # a lead's length (a dump cut mid-sentence may leave it unfinished)
    spans = [m.span() for m in _SPACED_WORD.finditer(paragraph, 3, _GLUED_BYLINE_SCAN_CHARS)]
    for k in range(1, min(len(spans) - 1, _GLUED_BYLINE_MAX_NAMES + 1)):
        if not head.is_name_word(paragraph[slice(*spans[k - 1])]):
            return None
        word, following = paragraph[slice(*spans[k])], paragraph[slice(*spans[k + 1])]
        rest = paragraph[spans[k][0] :]
        if (word in _SENTENCE_OPENERS and following[:1].islower()) or credits.dateline_of(rest) is not None:
            return rest
    return None


_GLUED_BYLINE_SCAN_CHARS: Final = 120  # characters: the name and the lead's first words


_BOX_HEADING_MAX_WORDS: Final = 4
_BOX_HEADING_MAX_WORDS_BULLETED: Final = 5  # over bulleted points the heading may be a short question's length
_BOX_ITEM_WORDS: Final = range(4, 21)  # a summary's item is a clause without its full stop; a label is shorter


def _summary_box_end(content: list[str]) -> int | None:
    """Where a summary box that opens the content ends: a short heading ending in a colon ('Key points:',
    'In brief:'), then two items or more, each a clause of 4-20 words with no sentence end."""
    if not content:
        return None
    if content[0][:2] in _POINT_MARKS and (end := _machine_points_end(content)) is not None:
        return end
    if not content[0].endswith(":"):
        # most dumps: the lead, tested by its end and the line under it before any split
        if len(content) < 2:
            return None
        if content[1] in _LONE_LIST_MARKS:
            return _marked_box_end(content)
        return _dashed_box_end(content) if content[1][:2] == "- " else None
    if len(content[0].split()) > _BOX_HEADING_MAX_WORDS_BULLETED:
        return None
    end = 1
    if content[1:2] and content[1][:1] == "•":
        # points set with a bullet each may run to full sentences ('• The minister was flown home on Friday.')
        while end < len(content) and content[end][:1] == "•" and len(content[end]) <= _BOX_BULLET_MAX_CHARS:
            end += 1
        return end if end >= 3 and end < len(content) else None
    if len(content[0].split()) > _BOX_HEADING_MAX_WORDS:
        return None
    while end < len(content) and not content[end].endswith(_TERMINAL) and len(content[end].split()) in _BOX_ITEM_WORDS:
        end += 1
    return end if end >= 3 else None


_LONE_LIST_MARKS: Final = frozenset(("-", "•", "*", "–"))
# The note a site prints under a machine-written summary's points: "AI generated", "AI-generated summary",
# "Summary generated by AI." (alone on its line; the longer notice over a summary is _MACHINE_SUMMARY).
_MACHINE_POINTS_NOTE: Final = re.compile(
    r"(?:ai[- ]generated(?: summary)?|(?:summary )?generated (?:by|with|using) ai(?: tools?)?)\s*\.?", re.I
)


def _machine_points_end(content: Sequence[str]) -> int | None:
    """Where a machine-written summary that opens the content ends: its points, each with a list mark ('- Shares
    rose ...'), then the site's note that a machine wrote them ('AI generated'); the article starts under the note.
    The note names the points a summary, so one point is enough."""
    end = 0
    while end < len(content) and content[end][:2] in _POINT_MARKS and len(content[end]) <= _BOX_BULLET_MAX_CHARS:
        end += 1
    if 0 < end < len(content) and _MACHINE_POINTS_NOTE.fullmatch(content[end]) is not None:
        return end + 1
    return None


# A summary box's own heading, with a colon (the first item may follow it on its line): "Key points: ...".
_INNER_BOX_HEADING: Final = re.compile(
    r"(?i:key (?:points|takeaways|facts)|highlights|at a glance|in brief|in short|quick read)\s*:\s*(?P<item>.*)$"
)
_INNER_BOX_ITEM_WORDS: Final = range(4, 26)  # a point under the lead may run longer than a label's clause
_INNER_BOX_WITHIN: Final = 4  # a box opens on one of the body's lines 1-4 (under the lead or the next paragraphs)


_BOX_BULLET_MAX_CHARS: Final = 300


def _box_item(line: str) -> bool:
    """A summary box's point: a bulleted line of a point's length ('• Fares rise in May'), or a clause of 4-25
    words with no sentence end (its list mark aside)."""
    if line[:1] == "•":
        return len(line) <= _BOX_BULLET_MAX_CHARS
    words = line.split()
    if words and words[0] in _LONE_LIST_MARKS:
        del words[0]
    return len(words) in _INNER_BOX_ITEM_WORDS and not line.endswith(_TERMINAL)


def _points_over_dateline_lead(body: Sequence[str]) -> int:
    """How many bulleted points with no sentence end open the body right over a lead with a dateline ('• Council
    backs the plan' / '• Vote set for May' / 'RIVERTON — The council ...'): the story's key points, two or more, a
    summary box without its heading; 0 when the body does not open so."""
    k = 0
    while k < len(body) and body[k][:1] == "•" and _box_item(body[k]) and not body[k].endswith(_TERMINAL):
        k += 1
    return k if k >= _KEY_POINTS_MIN and k < len(body) and credits.dateline_of(body[k]) is not None else 0


_KEY_POINTS_MIN: Final = 2


def _inner_summary_box(content: Sequence[str]) -> tuple[int, int] | None:
    """Where a summary box set under the article's first paragraphs stands: its heading in the box's own words with
    a colon ('Key points:', perhaps with the first item after it), then its points (_box_item), two or more in
    all. Inside the article a heading with a colon over short lines may open the article's own list: only the box's
    words mark a summary there."""
    for start in range(1, min(len(content) - 1, _INNER_BOX_WITHIN + 1)):
        if (m := _INNER_BOX_HEADING.match(content[start])) is None:
            continue
        glued = m.group("item")
        if glued and not _box_item(glued):
            return None
        end = start + 1
        while end < len(content) and _box_item(content[end]):
            end += 1
        items = end - start - 1 + (1 if glued else 0)
        return (start, end) if items >= 2 and end < len(content) else None
    return None


def _dashed_box_end(content: Sequence[str]) -> int | None:
    """Where a box of points under its own heading with no colon ends ('Highlights' / '- a point' / '- a point'):
    the box's words name the heading (a subheading over the article's own dashed list has other words); the box may
    be all the dump holds under the head (a scrape cut inside it)."""
    if _BOX_HEADING_WORDS.fullmatch(content[0]) is None:
        return None
    end = 1
    while end < len(content) and content[end][:2] == "- " and len(content[end]) <= _BOX_BULLET_MAX_CHARS:
        end += 1
    return end


def _points_under_box_heading(lines: Sequence[str], i: int) -> int | None:
    """Where the bulleted points from line i end, under a box's own heading ('At a Glance' / '• a point'): the
    heading's words name the box, so one point is enough (it sums the story up, in a sentence the story may print
    again further down or never); the article starts under the points."""
    if i == 0 or _BOX_HEADING_WORDS.fullmatch(lines[i - 1]) is None:
        return None
    end = i
    while end < len(lines) and lines[end][:2] == "• " and len(lines[end]) <= _BOX_BULLET_MAX_CHARS:
        end += 1
    return end if i < end < len(lines) else None


# A summary box's own heading on a line of its own, with no colon: "Highlights", "Key Points".
_BOX_HEADING_WORDS: Final = re.compile(
    r"(?i:key (?:points|takeaways|facts)|highlights|at a glance|in brief|quick read)"
)


def _marked_box_end(content: Sequence[str]) -> int | None:
    """Where a box of points under a heading with no colon ends ('Highlights' / '-' / a point / '-' / a point): each
    item's list mark saved on a line of its own above it marks the points as a list, not the article's
    paragraphs (a subheading over the lead has no such marks)."""
    if len(content) < 5 or content[0].endswith(_TERMINAL) or len(content[0].split()) > _BOX_HEADING_MAX_WORDS:
        return None
    end = 1
    while (
        end + 1 < len(content)
        and content[end] in _LONE_LIST_MARKS
        and not content[end + 1].endswith(_TERMINAL)
        and len(content[end + 1].split()) in _BOX_ITEM_WORDS
    ):
        end += 2
    return end if end >= 5 else None


_BYLINE_BLOCK_MAX: Final = 4  # lines: names, roles and the date of a byline block
# A run of days ("Oct 18-26", "18 - 20 Nov"): an event's dates in a listing, never the day a page was published.
_DAY_RANGE: Final = re.compile(r"(?<![\d-])\d{1,2}\s*[-–]\s*\d{1,2}(?![\d-])")
# A span from one date to another ("(Mar 3, 2031 - Jun 9, 2031)", "18 Oct - 2 Nov"): the dates of what a section
# of the article tells (its subheading's), never a time stamp, which gives one date and perhaps a time after a dash.
_SPAN_DATE: Final = rf"(?:{head._MONTH}\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{head._MONTH}\.?(?:,?\s+\d{{4}})?)"
_DATE_SPAN: Final = re.compile(rf"\b{_SPAN_DATE}\s*[-–]\s*{_SPAN_DATE}\b", re.I)


def _byline_block(content: list[str]) -> tuple[int, int] | None:
    """Where a byline block stands in the caption slot: consecutive bylines and date lines, a date among
    them (a name alone may be a photo's caption: 'Lee Chong Wei'), with a paragraph after it."""
    for start in range(min(len(content), _CAPTION_SLOT)):
        end = start
        while (
            end < len(content)
            and end - start < _BYLINE_BLOCK_MAX
            and len(content[end]) <= head.BYLINE_MAX_CHARS  # a paragraph (most lines): neither test can hold
            and (head.is_byline(content[end]) or head.is_date_line(content[end]))
        ):
            end += 1
        if (
            end > start
            and end < len(content)
            and any(
                head.is_date_line(line) and _DAY_RANGE.search(line) is None and _DATE_SPAN.search(line) is None
                for line in content[start:end]
            )
        ):
            return start, end
    return None


_METER_LEAD_WINDOW: Final = 5  # lines: a meter under the headline stands this close above the lead


_RELATED_HEADING_MAX_CHARS: Final = 30
_INLINE_LINKS_OPENINGS: Final = frozenset(("see", "rel"))  # "See also:", "Related Articles:": an inline box of links
# under such a label, a finished paragraph this long is the article's, not a link's
_INLINE_LINKS_NEXT_CHARS: Final = 100
_TEASER_PAIRS_MIN: Final = 2


def _teaser_block_end(lines: Sequence[str], kinds: Sequence[int], start: int) -> int | None:
    """Under a heading such as 'Other News' at the top of the page: two or more other stories, each a headline
    (no sentence end) over its one-sentence teaser, and the article's paragraphs under them. Returns the index of
    the article's first paragraph; None when no such block stands there."""
    n, k, pairs = len(lines), start, 0
    while (
        k + 1 < n
        and kinds[k] == BODY
        and kinds[k + 1] == BODY
        and not lines[k].endswith(_TERMINAL)
        and lines[k + 1].endswith(_TERMINAL)
        and head.headline_shaped(lines[k])
    ):
        pairs += 1
        k += 2
    return k if pairs >= _TEASER_PAIRS_MIN and _article_follows(lines, kinds, k) else None


_ARTICLE_RUN: Final = 4  # paragraphs of text in a row: the article, not the related stories' headlines and teasers
_ARTICLE_RUN_MIN_CHARS: Final = 60


def _article_follows(lines: Sequence[str], kinds: Sequence[int], start: int) -> bool:
    """Do paragraphs of article text follow, each of them no headline or list item (a run of long lines)?"""
    run = lines[start : start + _ARTICLE_RUN]
    return (
        len(run) == _ARTICLE_RUN
        and all(len(line) >= _ARTICLE_RUN_MIN_CHARS and kinds[k] == BODY for k, line in enumerate(run, start))
        and sum(line.endswith(_TERMINAL) for line in run) >= _ARTICLE_RUN // 2
    )


_ARTICLE_BELOW_REACH: Final = 5  # lines under a promo in the head the article may start within (a caption, key points)


def _article_below(lines: Sequence[str], kinds: Sequence[int], start: int) -> bool:
    """Does the article start within a few lines under `start` (a photo's caption or a box of key points between):
    a paragraph that opens with a dateline ("TOWN (May 4): ...") or a run of article paragraphs?"""
    for k in range(start, min(start + _ARTICLE_BELOW_REACH, len(lines))):
        if kinds[k] != BODY:
            return False  # structure (an end marker, a list's heading) before any article text
        line = lines[k]
        if (len(line) >= _ARTICLE_RUN_MIN_CHARS and credits.dateline_of(line)) or _article_follows(lines, kinds, k):
            return True
    return False


_CUT_MARK_LAST: Final = ".…"  # how a summary cut short ends: "...", "…"
_CUT_SUMMARY_MIN_CHARS: Final = 80  # a summary's text before its cut mark: a clause or more, no label
_CUT_SUMMARY_REACH: Final = 4  # paragraphs under the summary whose text it was cut from, run together


def _summary_cut_from_paragraphs(content: Sequence[str]) -> bool:
    """Is the first paragraph the page's summary, the paragraphs under it run together and cut short ("Top items:
    1. Court dismisses ... While the judges..." over "Top items:" / "1. Court dismisses ..." / "While the judges
    ...")? The article prints those paragraphs under it: the summary is no body."""
    first = content[0]
    if not first.endswith(("...", "…")):
        return False
    text = first.rstrip(_CUT_MARK_LAST).rstrip()
    return len(text) >= _CUT_SUMMARY_MIN_CHARS and " ".join(content[1 : 1 + _CUT_SUMMARY_REACH]).startswith(text)


def _own_numbered_item_at(lines: Sequence[str], k: int) -> bool:
    """Is line k a numbered item ("1. Court dismisses ...") with a finished paragraph of an article's length under
    it? A roundup's own list under its heading: other stories' lists hold headlines, no report under each."""
    return k + 1 < len(lines) and lines[k][:1] == "1" and head.numbered(lines[k]) and _paragraph_at(lines, k + 1)


def _paragraph_at(lines: Sequence[str], k: int, min_chars: int = _LEAD_PARAGRAPH_CHARS) -> bool:
    """Is line k a finished paragraph of an article's length (no heading, teaser label or prompt)?"""
    return k < len(lines) and len(lines[k]) >= min_chars and lines[k].endswith(_TERMINAL)


_FULL_TEXT_WINDOW: Final = 40  # lines: how far under a paywall prompt a page may print the article in full
_FULL_TEXT_OPENING: Final = 40  # characters of the preview's opening the full text repeats: a sentence, not a label
_PREVIEW_MARK_MAX: Final = 12  # characters a preview may carry before its text ("(imageTag)")
_PREVIEW_DEPTH: Final = 3  # paragraphs over the prompt the preview may stand among (the prompt's own first lines)


def _full_text_after(lines: Sequence[str], start: int, content: Sequence[str]) -> tuple[int, int] | None:
    """The preview's index in `content` and the line under a paywall prompt where the page prints the article in
    full, or None.

    Some pages print a preview (the lead, cut short or run into the next paragraph), the subscription prompt (its
    first line may be a paragraph of its own: "Read this for free:"), and then the whole article: its first paragraph
    opens with the preview's words.
    """
    for k in range(len(content) - 1, max(len(content) - 1 - _PREVIEW_DEPTH, -1), -1):
        preview = content[k]
        if len(preview) < _FULL_TEXT_OPENING:
            continue
        head_of_preview = preview[: _FULL_TEXT_OPENING + _PREVIEW_MARK_MAX]
        for j in range(start, min(len(lines), start + _FULL_TEXT_WINDOW)):
            line = lines[j]
            if len(line) >= _FULL_TEXT_OPENING and line[:_FULL_TEXT_OPENING] in head_of_preview:
                return k, j
    return None


_FINISHED_LEAD_MIN_WORDS: Final = 20  # a lead's sentence: a related story's title or a teaser's line is shorter


def _finished_lead_at(lines: Sequence[str], at: int) -> bool:
    """Is line `at` a paragraph of twenty words or more closed by a stop, with another paragraph under it (the
    article's first two paragraphs, as a lead with no dateline opens it)?"""
    return (
        at + 1 < len(lines)
        and lines[at].count(" ") >= _FINISHED_LEAD_MIN_WORDS - 1  # words counted in C
        and lines[at].endswith(_TERMINAL)
        and lines[at + 1].count(" ") >= _FINISHED_LEAD_MIN_WORDS - 1
    )


def _lead_follows(lines: Sequence[str], start: int) -> bool:
    """Does a dateline paragraph follow within a few lines (the article goes on after a meter prompt)?"""
    return any(credits.dateline_of(line) is not None for line in lines[start : start + _METER_LEAD_WINDOW])


def _alt_text_over_briefing(paragraphs: Sequence[str], i: int) -> bool:
    """'Port bldg' over 'Port deal called off' over a print lead: two label-shaped lines in a row, the second the
    first of a briefing's recurring section labels; the first, with no text of its own under it, names the photo."""
    return (
        _is_section_label(paragraphs[i])
        and _is_section_label(paragraphs[i + 1])
        and sum(map(_is_section_label, paragraphs[i + 1 :])) >= _SECTION_LABELS_MIN
    )


# A wire's lead names the day right after its subject, then its verb in the past ("The court on Wednesday dismissed
# an appeal ...", "The agency on Tuesday urged ..."); a photo's caption names the day at the scene's end ("... at the
# market on Tuesday evening.").
_WIRE_LEAD_DAY: Final = re.compile(
    r"\bon (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day (?:[a-z]{2,}ed|said|told|took|made|gave|held|met|won|lost|became"
    r"|began|sent|fell|rose|struck|left|threw|sought|brought|paid)\b"
)


def _wire_lead_day(paragraph: str) -> bool:
    """'The council on Monday approved the budget ...': the day told between the subject and its verb in the past, as
    a wire's lead tells it (a lower-case word after the day: no time of day, "on Tuesday evening", counts). The
    weekday's 'day ' is looked for in C first."""
    return "day " in paragraph and _WIRE_LEAD_DAY.search(paragraph) is not None


_SLOT_CAPTION_MIN_WORDS: Final = 4  # a photo's caption under a dek: fewer words are a label or a byline's name


def _slot_opens_with_dek_over_caption(paragraphs: Sequence[str], anchor_at: int) -> bool:
    """Is the slot's first paragraph, uncredited over a dateline's lead, the story's dek, a photo's caption under it?
    'Officials were told to act. / Residents wade through the flooded street. (File pic) / TOWN: ...': one finished
    sentence telling the news (a finite verb, no one placed in the photo, no caption's label), with a
    finished paragraph of a caption's words between it and the lead. A dek sits right under the headline, the photo
    under it; two photos' captions both show a moment ('Workers clearing ...' / 'Residents watching ...'). The head
    asks the same of a line under the photo's alt text with other evidence: head._is_dek_over_head_caption."""
    first = paragraphs[0]
    if not first.endswith(_TERMINAL) or paragraphs[1] == first:  # printed twice: the photo's alt text and caption
        return False
    if ". " in first:
        return False  # two sentences: a scene and what led to it ("Crowds wait outside. Some have queued since dawn.")
    if _FINITE.search(first) is None or head.PHOTO_POSITION.search(first) is not None or _is_labelled(first):
        return False  # no finite verb: a caption's phrase ("Crowds at the ..."), however it is shaped
    return any(
        p != first
        and p.count(" ") >= _SLOT_CAPTION_MIN_WORDS - 1  # words counted in C
        and (p.endswith(_TERMINAL) or credits.split_slot_caption(p)[1] is not None)  # finished, or credited
        and not head.is_chrome(p)
        for p in paragraphs[1:anchor_at]
    )


def _cut_heading(heading: str, i: int, n: int) -> bool:
    """'Next In B' as the dump's last line: the scrape stopped inside the heading, a letter of the section's name
    left (no section is named by one letter), so the page names no section it can be read from."""
    return i == n - 1 and len(heading.split(None, 2)[2]) == 1


def _caption_before_print_lead(paragraphs: Sequence[str], i: int, captions: Sequence[Caption]) -> bool:
    """Is uncredited paragraph i, above a print lead, a photo's caption rather than a column's standfirst?

    A standfirst has no full stop; a caption has one, or shows where the photo was taken ("... in Jalan
    Kenari, Puchong"). A second such paragraph is the standfirst, unless it too says where its photo was
    taken with no finite verb (a standfirst naming a place tells what happens there), reads like a caption,
    or the credit above announced several photos.
    """
    paragraph = paragraphs[i]
    if not captions and "according to" in paragraph:
        return False  # it names its source ("..., according to a survey released this morning"): the article's
    placed = _PHOTO_PLACE.search(paragraph) is not None
    if (
        not captions
        and _reads_as_standfirst(paragraph)
        and not _is_repeated(paragraphs, i)  # printed twice (the photo's alt text, then its caption): no standfirst
        and not head.PHOTO_POSITION.search(paragraph)
        and not _PHOTO_DATE.search(paragraph)
        and not _HEADSHOT_CAPTION.match(paragraph)
        and not _is_labelled(paragraph)  # a caption's label ('Name: ...', 'Long wait: ...'): no standfirst opens so
    ):
        return False
    several = any(_announces_photos(c.credit) for c in captions)
    if paragraph.endswith(_TERMINAL) or _is_repeated(paragraphs, i):
        # under a photo's caption a second one places its photo with no finite verb; a sentence telling the news
        # there, though it names a place ("The campaign has begun in ..."), is the summary that opens the body
        return (
            not captions or several or _caption_grammar(paragraph) or (placed and _tells_nothing_happening(paragraph))
        )
    # No full stop: a caption when it says where its photo was taken, but not under a photo's caption whose credit
    # names one photo (there the line with no full stop is the summary that opens the body; a dek of a headline's
    # length was dropped before this test); first in the slot, a caption's phrase label and no full stop: the name of
    # whom the photo shows ("Proud parent: Jane", a headshot's caption) or its text cut short by the page ("Long wait:
    # Commuters at the ... with Mr"); a standfirst opens with no label phrase (a writer's name in title case is none)
    if not captions and paragraph[-1:].isalpha() and _phrase_labelled(paragraph, finished=False):
        return True
    return placed and (not captions or several)


# A standfirst argues or looks ahead, in the writer's voice ("we", "our"); a photo's caption shows a moment.
_ARGUES: Final = re.compile(r"\?|[.!]\s+\S|\b(?:will|would|likely|should|must|could|might|can|we|our|yet)\b")


def _reads_as_standfirst(paragraph: str) -> bool:
    """'The decision raises questions. Have the police lost faith?': a column's standfirst (more than one
    sentence, a question, or what will or should happen), not the caption of the photo above it."""
    return _ARGUES.search(paragraph) is not None


def _caption_grammar(paragraph: str, *, ing_nouns: frozenset[str] = frozenset()) -> bool:
    """'Garden coordinator Jane Tan showing off her crop.': a participle close after the subject and no
    finite verb, as a photo's caption reads (an article's sentence tells what happened). Words of `ing_nouns`
    ('meeting', 'warning') are no participle."""
    words = paragraph.split()
    if words and words[0].lower() in _FIRST_PERSON:
        return False  # "I REFER to the report on rising rents ...": a letter writer's sentence, not a photo's
    return _FINITE.search(paragraph) is None and any(
        w.endswith("ing") and w[0].islower() and words[k].lower() not in _GERUND_PREPOSITIONS and w not in ing_nouns
        for k, w in enumerate(words[1 : _PARTICIPLE_WITHIN + 1])
    )


# After a preposition an -ing word is a gerund ("steadfast in fending off ...", a headline's words), not the
# participle that follows a caption's subject ("Jane Tan showing off her crop").
_GERUND_PREPOSITIONS: Final = frozenset(("in", "of", "for", "on", "by", "after", "before", "from", "about", "without"))
# Nouns ending in -ing that name an event or a thing ("The fifth meeting of ... opened", "Indonesia issued a tsunami
# warning on Friday"): a lead's subject or object, not a caption's participle.
_ING_NOUNS: Final = frozenset((
    "meeting", "warning", "building", "morning", "evening", "housing", "funding", "spending", "ceiling",
    "thing", "nothing", "something", "anything", "everything", "sibling", "wedding", "hearing", "briefing", "ruling",
))  # fmt: skip


def _ends_unfinished(paragraph: str) -> bool:
    """'Rates fall as supply recovers', 'What changes for residents…': a word or an ellipsis ends the line, not a
    sentence's stop, a quote mark, a bracket, a colon or a dash."""
    return paragraph[-1:].isalnum() or paragraph[-1:] == "…"


_HEADLINE_STANDFIRST_MAX_CHARS: Final = 100  # a summary in a headline's words is a headline's length
# Under a photo's caption the summary is shorter still: a longer unfinished line there is the standfirst paragraph the
# body opens with
_CAPTIONED_STANDFIRST_MAX_CHARS: Final = 95
_STANDFIRST_MIN_WORDS: Final = 4  # fewer words under the headline are a label or a name
_STANDFIRST_MAX_WORDS: Final = 20  # a headline's words, not a paragraph's
_STANDFIRST_LOWER_WORDS: Final = 2  # a photo's subject named alone ("Datuk Ali Bakar") has fewer words in lower case


# A line that opens by naming the picture it stands under ("Satellite image of the storm", "Map showing the
# route"): the photo's caption, never a summary of the story.
_PICTURE_NAMED: Final = re.compile(
    r"(?:satellite |aerial |file )?(?:image|photo|picture|map|graphic)s? (?:of|for|showing|shows) ", re.I
)


def _unfinished_standfirst(paragraph: str, *, finite_ok: bool = False, placed: bool = False) -> bool:
    """'Rising costs, weak demand weigh on makers': a summary written as a headline, without a full stop and
    with no credit, the photo's place or position, a caption's participle or a sentence's finite verb ("Ali
    Bakar is one of three people named in the suit" is a headshot's caption saying who is shown). Under a photo's
    credited caption (`placed`) the summary may name the story's place ("... at the market in Kampung Baru")."""
    words = paragraph.split()
    return (
        _STANDFIRST_MIN_WORDS <= len(words) <= _STANDFIRST_MAX_WORDS
        and not paragraph.endswith(":")
        and sum(w[0].islower() for w in words) >= _STANDFIRST_LOWER_WORDS
        and (finite_ok or _FINITE.search(paragraph) is None)
        and (placed or _PHOTO_PLACE.search(paragraph) is None)
        and head.PHOTO_POSITION.search(paragraph) is None
        and not _caption_grammar(paragraph)
        and credits.split_slot_caption(paragraph)[1] is None
        and not (": " in paragraph and _labelled_name(paragraph))
        and not _role_and_name(paragraph)  # "Harbour board chairman Datuk Ali Bakar": who a headshot shows
        and _PICTURE_NAMED.match(paragraph) is None  # "Satellite image of the storm": the picture's caption
    )


_DEK_CLAUSE_MIN_WORDS: Final = 3
_DEK_MAX_WORDS: Final = 30


def _two_clause_dek(paragraph: str) -> bool:
    """'Port hires 40 crew; union calls off the strike': two clauses of a few words each joined by a semicolon, no
    stop, no credit and no photo's position: a headline's grammar, which a dek under the headline writes in and no
    caption does (a caption says what the photo shows, in one sentence or two)."""
    first, _, second = paragraph.partition("; ")
    return (
        not paragraph.endswith(_TERMINAL)
        and len(first.split()) >= _DEK_CLAUSE_MIN_WORDS
        and len(second.split()) >= _DEK_CLAUSE_MIN_WORDS
        and paragraph.count(" ") < _DEK_MAX_WORDS
        and head.PHOTO_POSITION.search(paragraph) is None
        and credits.split_slot_caption(paragraph)[1] is None
    )


def _three_sentences(paragraph: str) -> bool:
    """Two breaks in a paragraph, each a sentence's end after a word in lower case: three sentences, which no
    uncredited caption runs to (a standfirst does), where one or two breaks may be an abbreviation's stop."""
    return len(_SENTENCE_BREAK.findall(paragraph)) >= _STANDFIRST_SENTENCES - 1


# The roles a headshot's caption names its person by ("... chairman Datuk Ali Bakar", "Former President Jane Tan").
_ROLES: Final = frozenset(
    (
        *("minister", "president", "chairman", "chairwoman", "chairperson", "director", "secretary", "governor"),
        *("mayor", "spokesperson", "spokesman", "spokeswoman", "chief", "officer", "executive", "founder", "leader"),
        *("commissioner", "ambassador", "premier", "senator", "councillor", "deputy", "principal", "lecturer"),
        *("professor", "manager", "coach", "captain", "ceo", "speaker", "judge", "economist", "analyst", "adviser"),
        *("advisor", "consultant", "researcher", "dean", "chancellor", "psychologist", "head", "vice-president"),
    )
)
_ROLE_NAME_MAX_WORDS: Final = 16
_HEADSHOT_NAME_WORDS: Final = range(2, 7)  # "Jane Tan" to "Datuk Seri Jane binti Tan Mei"


def _role_and_name(paragraph: str) -> bool:
    """'Rivertown Council chairman Datuk Ali Bakar', 'Former President Jane Tan': who a headshot shows, a role and
    the person's name ending the line, no verb and no sentence's end (an article's line says what happened)."""
    words = paragraph.split()
    if not 2 < len(words) <= _ROLE_NAME_MAX_WORDS or paragraph.endswith((*_TERMINAL, ":")) or ": " in paragraph:
        return False
    at = next((k for k in range(len(words) - 3, -1, -1) if words[k].lower() in _ROLES), None)
    if at is None or len(words) - at - 1 not in _HEADSHOT_NAME_WORDS:
        return False
    return all(w[0].isupper() or w in _NAME_PARTICLES for w in words[at + 1 :]) and _FINITE.search(paragraph) is None


def _labelled_name(paragraph: str) -> bool:
    """'A proud father: Ahmad Tan': a headshot's caption, a label phrase in lower case after its first word and the
    name of the person shown after its colon; a summary in a headline's words says what happened after its colon."""
    label, _, rest = paragraph.partition(": ")
    phrase = label.split()
    return (
        _LABEL_PHRASE_MIN_WORDS <= len(phrase) <= _LABEL_PHRASE_MAX_WORDS
        and label[:1].isupper()
        and label.lower() not in _NOT_CAPTION_LABELS
        and any(w[0].islower() for w in phrase[1:])
        and _name_alone(rest)
    )


def _name_alone(text: str) -> bool:
    """'Ahmad Tan', 'Siti binti Ali': a name and nothing else, a few words each opening in a capital (or a name's
    particle)."""
    name = text.split()
    return 0 < len(name) <= _NAME_MAX_WORDS and all(w[0].isupper() or w in _NAME_PARTICLES for w in name)


_LABEL_PHRASE_MIN_WORDS: Final = 2  # "Reporter: Jane Tan" is a byline's label, one word
_LABEL_PHRASE_MAX_WORDS: Final = 5
_NAME_MAX_WORDS: Final = 5


# "... the drains cannot cope.- Jane Tan Mei Ling": a quote closed by a dash and its speaker's name (title-case
# words, a name's particles between them), glued to the sentence end or spaced.
_SPEAKER_AFTER_QUOTE: Final = re.compile(
    r"(?<=[.!?’”'\"])\s?[-–—]\s?([A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|bin|binti|a/l|a/p)){1,6})$"
)  # "Datuk Seri Jane binti Tan Mei Ling": honorifics are title-case words too
_SPEAKER_NAMED_WITHIN: Final = 2  # paragraphs under the quote: the lead or the next one names its speaker


def _pull_quote_speaker(paragraphs: Sequence[str], i: int) -> tuple[str, str] | None:
    """(quote, speaker) when paragraph i, above the body's first paragraph, is a headshot's pull quote: a finished
    sentence, a dash and a name the article names under it ('... said Jane Tan Mei Ling, the group's chairman')
    (a credit only a name would be a quote's speaker in the body, so the name printed again is the test)."""
    paragraph = paragraphs[i]
    m = _SPEAKER_AFTER_QUOTE.search(paragraph)
    if m is None or m.start() == 0:
        return None
    speaker = m.group(1)
    if not any(speaker in later for later in paragraphs[i + 1 : i + 1 + _SPEAKER_NAMED_WITHIN]):
        return None
    return paragraph[: m.start()].rstrip(), speaker


def _announces_photos(credit: str | None) -> bool:
    """'Photos: NAME/The Star', 'Pictures by NAME': a credit for several photos, so several captions follow."""
    return credit is not None and credit.lower().startswith(("photos", "pictures", "pics"))


_LONE_CAPTION_MAX_CHARS: Final = 800  # a caption is a sentence or three (the longest met ran ~600 characters)


def _photo_caption_alone(paragraph: str) -> Caption | None:
    """The caption of a page whose only paragraph ends in a photo credit ('... at a factory. — Filepic'):
    an article never ends in one (a bare '— Bernama' may be its sign-off, so that is not enough)."""
    # a paragraph of a dozen sentences signed by its writer ('... — Jane Tan/AB, City News') is an article
    if len(paragraph) > _LONE_CAPTION_MAX_CHARS or credits.dateline_of(paragraph) is not None:
        return None
    text, credit = credits.split_slot_caption(paragraph)
    if credit is None or credits.is_bare_agency(credit) or not _names_a_photo(credit):
        return None
    return Caption(text, credit)


# A caption shows what a photo shows: "Workers clearing out the stalls along Jalan Langkawi." has a
# participle and no finite verb; an article's first sentence tells what happened ("DBKL has seized ...").
_FINITE_WORDS: Final[tuple[str, ...]] = (
    *("is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says", "say", "can", "could"),
    *("did", "does", "do", "may", "might", "must", "should"),
    *("told", "according to"),  # a source named ("according to local sources", "told reporters"): a news sentence
)
# The words as written; _FINITE below answers as this does.
_FINITE_RE_I: Final = re.compile(rf"\b(?:{'|'.join(_FINITE_WORDS)})\b", re.I)
# _FINITE_RE_I as a search the regex engine runs fast (credits.word_search; callers ask only whether it matches).
_FINITE: Final = credits.word_search(_FINITE_WORDS)
_FIRST_PERSON: Final = frozenset(("i", "we", "my", "our"))  # a caption speaks of the photo, never of its writer
_PARTICIPLE_WITHIN: Final = 6  # words: the participle follows its subject closely


# "Workers are pictured ...", "The minister is pictured ...": the first sentence's subject is the photo's.
_SUBJECT_PICTURED: Final = re.compile(r"\b(?:is|are) pictured\b")
# "A file photo showing ...", "Picture shows ...": a caption that says it is one.
_PHOTO_SAYS_SO: Final = re.compile(
    r"(?:an? |the )?(?:file |undated |handout )?(?:photo|picture|image|photograph|pic)s? "
    r"(?:(?:from|by) (?-i:[A-Z][\w'’&-]*)(?: (?-i:[A-Z][\w'’&-]*)){0,3} )?(?:shows?|showing|of)\b",
    re.I,
)


# "Market Watch logo for the business desk.": a recurring column's logo named by its alt text, a photo's caption.
_LOGO: Final = re.compile(r"\blogos?\b")
_LOGO_ALT_MAX_WORDS: Final = 12
_PIC_PLACED: Final = re.compile(r"\(pics?,? (?:above|below|top|bottom|inset)\)")  # "(pic, above)": where the photo sits
# "Screen grab.", "File photo": a first paragraph that only says what kind of picture stands above the text.
_PICTURE_KIND: Final = re.compile(
    r"(?:screen ?grabs?|screen ?shots?|video (?:grab|still)s?|file (?:photo|picture|pic)s?|handout(?: photos?)?)\.?",
    re.I,
)
_PICTURE_KIND_MAX: Final = len("Video stills.")


_HEADSHOT_SAYS: Final = re.compile(r"((?:[A-Z][\w'’-]+ ){1,3})says ")


def _headshot_says(paragraph: str, below: Sequence[str]) -> bool:
    """'Ali Bakar says the council must act fast.' over 'Mayor Datuk Ali Bakar Osman said ...': a headshot's
    caption, one short sentence in the present tense under a name the article prints in full further down (a
    word in capitals before or after it); a lead that reports speech names its speaker in full first."""
    if len(paragraph) > _UNSURE_CAPTION_MAX or paragraph[-1:] != "." or ". " in paragraph:
        return False
    said = _HEADSHOT_SAYS.match(paragraph)
    if said is None:
        return False
    name = said.group(1).rstrip()
    fuller = re.compile(rf"[A-Z][\w'’-]* {re.escape(name)}\b|\b{re.escape(name)} [A-Z]")
    return any(fuller.search(p) is not None for p in below)


def _names_itself_a_photo(paragraph: str) -> bool:
    """'A file photo showing traffic on the bridge.': a first paragraph that names itself a photo, and whose first
    sentence tells nothing happening ('A photo of the suspect was shared online.' opens an article); or a short one
    that points at its photos by their place ('The old pier (pic, above) and the new one (pic, below) ...'), or
    one that only names the picture's kind ('Screen grab.')."""
    if len(paragraph) <= _PICTURE_KIND_MAX and _PICTURE_KIND.fullmatch(paragraph) is not None:
        return True
    if "(pic" in paragraph and len(paragraph) <= _UNSURE_CAPTION_MAX and _PIC_PLACED.search(paragraph) is not None:
        return paragraph.endswith(".")
    if " pictured " in paragraph and _SUBJECT_PICTURED.search(paragraph.split(". ", 1)[0]) is not None:
        return True  # 'Family members are pictured at the funeral ...': only a photo's caption says who is pictured
    if _PHOTO_SAYS_SO.match(paragraph) is None and not (
        "logo" in paragraph and len(paragraph.split()) <= _LOGO_ALT_MAX_WORDS and _LOGO.search(paragraph) is not None
    ):
        return False
    return _tells_nothing_happening(paragraph)


def _tells_nothing_happening(paragraph: str) -> bool:
    """No finite verb in the first sentence: a caption's noun phrase ('A file photo showing ...'), not an article's
    sentence about a photo ('A photo of the suspect was shared online.')."""
    return _FINITE.search(paragraph.split(". ", 1)[0]) is None


# Where someone stands in the photo, then what they are doing ("Mayor Ali (centre) cutting the ribbon ..."): the
# participle a caption opens with, however long it runs ("... while Mei (left) looks on. Also present are ...").
_PLACED_DOING: Final = re.compile(rf"{head.PHOTO_POSITION.pattern}\s+[a-z]{{3,}}ing\b")


def _places_in_photo(paragraph: str) -> bool:
    """'Mayor Ali (centre) greets trader Mei Tan (left) at the market.': a caption's length, where someone stands in
    the photo, and no finite verb in its first sentence; or, up to any caption's length, where someone stands and a
    participle saying what they are doing."""
    if "(" not in paragraph or len(paragraph) > _CAPTION_MAX:
        return False
    if len(paragraph) > _UNSURE_CAPTION_MAX:
        return _PLACED_DOING.search(paragraph) is not None
    return head.PHOTO_POSITION.search(paragraph) is not None and (
        _tells_nothing_happening(paragraph) or _PLACED_DOING.search(paragraph) is not None
    )


_UNFINISHED_LINE_MAX: Final = 100  # characters: a page's line, a photo's label, a dek cut short; a lead is longer
_LEAD_OVER_LINE_FACTOR: Final = 2  # the lead under it runs at least this many times its length


def _unfinished_line_over_lead(paragraph: str, following: str) -> bool:
    """'Media caption,', 'Press Release: City Police', 'Mayor Jane Tan at the market': a short first line with no
    sentence's end and no finite verb, over a finished paragraph far longer (the lead no dateline anchors)."""
    return (
        len(paragraph) <= _UNFINISHED_LINE_MAX
        and _LEAD_OVER_LINE_FACTOR * len(paragraph) < len(following)
        and not paragraph.endswith((*_TERMINAL, ":"))
        and following.endswith(_TERMINAL)
        and _FINITE.search(paragraph) is None
    )


_SENDER_LABEL_MAX_WORDS: Final = 3


def _names_after_label(paragraph: str) -> bool:
    """'Press Release: City Police', 'SOURCE/WRITER: Jane Tan': a short label, its colon, and a name alone after it
    (every word capitalised), as a line crediting the story's sender or writer runs; a section's subheading says
    what the section tells."""
    label, colon, rest = paragraph.partition(": ")
    return bool(colon) and 0 < len(label.split()) <= _SENDER_LABEL_MAX_WORDS and _name_alone(rest)


def _is_subheading(paragraph: str) -> bool:
    """'Port operator posts record quarter': a short capitalised line with no sentence's end, as an article's
    subheadings and a briefing's item headings run."""
    return (
        len(paragraph) <= _UNFINISHED_LINE_MAX
        and paragraph[:1].isupper()
        and not paragraph.endswith((*_TERMINAL, ":", ","))
    )


def _describes_a_photo(paragraph: str, following: str) -> bool:
    """Is the first paragraph an uncredited caption by its grammar, a longer paragraph under it or a print lead
    of any length ('FOOTBALL unites ...', 'GAMEs bring ...': a lead too short for head.is_print_lead)?"""
    return (
        len(paragraph) <= _UNSURE_CAPTION_MAX
        and paragraph.endswith(".")
        and (len(following) > len(paragraph) or _opens_in_capitals(following))
        and _caption_grammar(paragraph, ing_nouns=_ING_NOUNS)  # "The fifth meeting of ... opened ...": a lead
    )


def _opens_in_capitals(paragraph: str) -> bool:
    """'FOOTBALL unites ...', 'GAMEs bring ...': two capital letters open the paragraph, as a print lead opens."""
    capitals = credits.ASCII_CAPITALS  # set tests, not "A" <= c <= "Z": two generic comparison calls each
    return paragraph[:1] in capitals and paragraph[1:2] in capitals


_LEAD_REPEAT_CHARS: Final = 60  # characters (spaces aside) a dek shares with the lead it summarizes


# A dek that the lead right under it says again: the lead holds three in four of its content words or more, of
# eight at least (a lead and the paragraph under it share half their words at most).
_RESTATED_MIN_WORDS: Final = 8
_RESTATED_SHARE: Final = (3, 4)
_RESTATED_TAIL_MARKS: Final = " .!?\"'”’)"
_RESTATED_STEM_CHARS: Final = 6  # the word's stem, as the content words are cut


def _restated_below(paragraph: str, below: str) -> bool:
    """'Rates rose in May, the bank said.' over 'Rates rose by half a point in May, the central bank said on
    Monday.': a summary over the lead that restates it, no longer than the lead and with no credit of a caption."""
    if len(paragraph) > len(below) or paragraph.count(" ") + 1 < _RESTATED_MIN_WORDS:
        return False  # the lengths first, in C: no words are read for a paragraph longer than the one under it
    low = below.lower()
    tail = paragraph.rstrip(_RESTATED_TAIL_MARKS)
    if tail[tail.rfind(" ") + 1 :][:_RESTATED_STEM_CHARS].lower() not in low:
        return False  # a restatement ends on a word of the lead ("... the country's health minister."): one test in C
    words, shared = head.words_and_shared(paragraph, low)
    return (
        words >= _RESTATED_MIN_WORDS
        and shared * _RESTATED_SHARE[1] >= words * _RESTATED_SHARE[0]
        and credits.split_slot_caption(paragraph)[1] is None
    )


def _repeats_lead(paragraph: str, after: str | None) -> bool:
    """Does the paragraph open with the words the lead opens with after its dateline (spacing aside)? after: the
    lead's credits.text_after_dateline, read once for every paragraph above the lead (a dateline regex)."""
    if len(paragraph) < _LEAD_REPEAT_CHARS or after is None:
        return False
    # The first characters that are not white space, compared first: most paragraphs open unlike the lead
    first = paragraph.lstrip()[:1]
    if first and after.lstrip()[:1] != first:
        return False
    return _opens_as(after, paragraph, _LEAD_REPEAT_CHARS)


def _opens_as(text: str, opening: str, size: int) -> bool:
    """'"".join(text.split())[:size].startswith("".join(opening.split())[:size])': does the text open with the
    opening's characters, white space aside? Read a character code at a time from both starts, white space skipped,
    up to the first that differs: no word made a string, no text joined (most paragraphs part from the lead within a
    few characters)."""
    i = j = 0
    n = len(opening)
    m = len(text)
    for _ in range(size):
        while i < n and credits.is_white(ord(opening[i])):
            i += 1
        if i == n:
            return True  # the opening's characters are fewer than size, and all matched
        while j < m and credits.is_white(ord(text[j])):
            j += 1
        if j == m or ord(text[j]) != ord(opening[i]):
            return False
        i += 1
        j += 1
    return True


def _doubled_caption(paragraphs: Sequence[str], i: int) -> bool:
    """Is paragraph i one finished sentence printed again right under it, with more text after the copy? The
    photo's alt text and caption; a dek or a summary printed twice runs to a second sentence."""
    paragraph = paragraphs[i]
    return (
        i + 2 < len(paragraphs)
        and paragraphs[i + 1] == paragraph
        and _SHORT_DOUBLED_CAPTION_MIN_CHARS <= len(paragraph) <= _CAPTION_MAX
        and (
            len(paragraph) >= _DOUBLED_CAPTION_MIN_CHARS or paragraph.count(" ") + 1 >= _SHORT_DOUBLED_CAPTION_MIN_WORDS
        )
        and paragraph.endswith(_TERMINAL)
        and _NEXT_SENTENCE.search(paragraph, _caption_kicker_end(paragraph)) is None
    )


def _caption_kicker_end(paragraph: str) -> int:
    """Where the caption's sentence starts after its kicker in capitals and a stop ('HIGH WATER. Residents wade ...',
    'JANE TAN. Takes the stage ...'), 0 without one: the kicker's stop ends no sentence."""
    if not paragraph[1:2].isupper() or (m := _CAPTION_KICKER.match(paragraph)) is None:
        return 0  # the second letter in C first: most captions open with a word in lower case after its capital
    return m.end() - 1


def _doubled_label_caption(paragraphs: Sequence[str], i: int) -> bool:
    """Is paragraph i a phrase without a stop (four words or more, one line of a caption's length) printed again
    right under it, with more text after the copy and not printed a third time? A photo's alt text and caption
    ('Police outside the court' twice); a date, a byline, an agency's name or page chrome printed twice is not."""
    paragraph = paragraphs[i]
    return (
        _DOUBLED_CAPTION_MIN_CHARS <= len(paragraph) <= _UNSURE_CAPTION_MAX
        and not paragraph.endswith(_TERMINAL)
        and paragraph[0] not in _QUOTE_OPENERS  # a quotation broken off over two lines
        and ". " not in paragraph  # a sentence and a credit after it: _doubled_credited_caption's
        and paragraph.count(" ") + 1 >= _SHORT_DOUBLED_CAPTION_MIN_WORDS
        and i + 2 < len(paragraphs)
        and paragraphs[i + 1] == paragraph
        and paragraphs[i + 2] != paragraph
        and not head.is_meta(paragraph, None)
    )


def _doubled_credited_caption(paragraph: str) -> Caption | None:
    """'Caption.' and its credit after the stop, a few capitalised words and no sentence ('... on Monday. Jane
    Tan', '... the prayer. WAM'), for a line printed twice in a row: the caption is one finished sentence of a
    caption's length (a dek printed twice runs to a second sentence)."""
    stop = paragraph.rfind(". ")
    if (
        stop < _SHORT_DOUBLED_CAPTION_MIN_CHARS
        or len(paragraph) > _CAPTION_MAX
        or credits.split_slot_caption(paragraph)[1] is not None  # a credit of a known form: the slot's rules read it
    ):
        return None
    text = paragraph[: stop + 1]
    if _NEXT_SENTENCE.search(text) is not None or (credit := _credit_after(paragraph, Caption(text, None))) is None:
        return None
    return Caption(text, credit)


def _caption_copy(paragraphs: Sequence[str], i: int) -> bool:
    """Is paragraph i either copy of a caption printed twice in a row ('CALM: Fishermen mend ...' twice)?"""
    return _doubled_caption(paragraphs, i) or (i > 0 and _doubled_caption(paragraphs, i - 1))


def _printed_again(paragraphs: Sequence[str], i: int) -> bool:
    """Is paragraph i printed again right under it, whole or broken over two lines? A photo's caption is
    (alt text, then caption); a lead is not."""
    return _is_repeated(paragraphs, i) or (
        i + 2 < len(paragraphs) and paragraphs[i] == f"{paragraphs[i + 1]} {paragraphs[i + 2]}"
    )


def _photo_credited(paragraph: str) -> bool:
    """Does the paragraph end in a photo's credit ("... on Monday. JANE CRUZ / HERALD")? A caption opening with
    a label in capitals ("NO WAY OUT Commuters wait ...") is then no print lead; a wire sign-off is no photo's."""
    credit = credits.split_caption_credit(paragraph)[1]
    return credit is not None and not credits.is_bare_agency(credit)


def _defined_acronym(paragraphs: Sequence[str], i: int) -> bool:
    """Does paragraph i open with an acronym spelled out before it ('... Police Office (NCRPO) ...') or already
    named inside a sentence above it ('... of the EC's office said ...' over 'EC secretary-general Jane Tan ...')? A
    print lead's first word is in capitals for the lead's sake alone, never so inside a sentence above it."""
    first = paragraphs[i].split(None, 1)[0].strip('“"‘')
    named = len(first) > 1 and first.isupper()  # "A"/"I" open a sentence anywhere: only a word of capitals counts
    return any(f"({first})" in p or (named and _names_inside(p, first)) for p in paragraphs[:i])


def _names_inside(paragraph: str, word: str) -> bool:
    """Does the word stand whole inside the paragraph, after its first character (a sentence names it there)?"""
    at = paragraph.find(word, 1)
    while at > 0:
        end = at + len(word)
        if not paragraph[at - 1].isalnum() and not paragraph[end : end + 1].isalnum():
            return True
        at = paragraph.find(word, end)
    return False


_PHOTO_CREDIT_TAIL: Final = 120  # characters at a paragraph's end that can hold a photo credit
# A handout's or a stock library's name alone in brackets closing the line, after its last word or its stop: "...
# at the camp on June 3 (Supplied)". A photo's source; an article's sentence ends in its stop, not in a source.
_HANDOUT_CREDIT_END: Final = re.compile(
    r"\s\((?i:supplied|shutterstock|istock(?:photo)?|123rf|pexels|pixabay|freepik|dreamstime|unsplash)\)$"
)
_HANDOUT_CAPTION_MAX: Final = 250  # characters: a caption's sentence or two with its source; a paragraph runs longer


def _is_photo_caption(paragraph: str) -> bool:
    """A paragraph that is a photo's caption closed by a photo credit, or a photo credit alone."""
    if not _names_a_photo(paragraph[-_PHOTO_CREDIT_TAIL:]):
        return False  # no photo word or slash near the end: the common case, decided without splitting
    if paragraph[-2:] == " |":
        paragraph = paragraph[:-2].rstrip()  # "Caption (Photo: Agency) |": a table cell's bar after the credit
    if credits.is_credit_only(paragraph) or _photo_source_line(paragraph):
        return True
    credit = credits.split_caption_credit(paragraph)[1]
    return credit is not None and not credits.is_bare_agency(credit) and _names_a_photo(credit)


# A line that says only where the article's photos came from, printed under them or under the last paragraph:
# "Image from Jane Tan on Facebook.", "Top image via Riverton Council", "Images source: @jtan on X". Its source
# is names, handles and the platform, joined by a few small words; a sentence about photos goes on in lower case
# ("Photos from the scene show ...").
_PHOTO_SOURCE_LINE: Final = re.compile(
    r"(?:(?:top|header|cover|featured|main|lead|all|other) )?(?:images?|photos?|pictures?|pics?)"
    r"(?: (?:source|credit)s?)?(?: ?:| from| via| courtesy of)\s+(?P<source>[^.!?]{2,100})\.?",
    re.I,
)
_PHOTO_SOURCE_SMALL_WORDS: Final = frozenset(
    ("on", "and", "of", "the", "via", "from", "&", "page", "pages", "account", "accounts", "website", "group")
)
_PHOTO_SOURCE_MAX_WORDS: Final = 14


def _photo_source_line(paragraph: str) -> bool:
    """'Image from Jane Tan on Facebook.': a line naming the photos' source alone (_PHOTO_SOURCE_LINE), no
    caption's or article's words: every word of the source a name, a handle or a small word."""
    found = _PHOTO_SOURCE_LINE.fullmatch(paragraph)
    if found is None:
        return False
    words = found.group("source").split()
    return len(words) <= _PHOTO_SOURCE_MAX_WORDS and all(
        word[0].isupper() or word[0].isdigit() or word[0] == "@" or word in _PHOTO_SOURCE_SMALL_WORDS for word in words
    )


def _names_a_photo(text: str) -> bool:
    """Does the text name a photo, as a photo credit does ('/', photo, pic, illustration, image, graphic)?"""
    # Outside ASCII str.lower costs some 30 instructions a character: the text's bytes in UTF-8 are lowered instead
    # (bytes.lower folds the ASCII letters alone) and read back one character a byte, in C. The same answer: no other
    # character lowers to these words' letters ("İ" lowers to "i" and a combining dot, which no word here goes on
    # with; the Kelvin sign's "k" is in none), and every byte of another character is no ASCII letter.
    if "/" in text:  # one character, no case: told before the text is lowered
        return True
    low = text.lower() if credits.IS_ASCII(text) else text.encode("utf-8", "surrogatepass").lower().decode("latin-1")
    # the words spelled out, not any() over a tuple: this runs on every body paragraph; "photo" and "graphic" share
    # "ph", which few paragraphs hold: one search rules both out
    return (
        ("ph" in low and ("photo" in low or "graphic" in low))
        or "pic" in low
        or "illustration" in low
        or "image" in low
    )


_ALT_TEXT_IN_BODY_MAX_WORDS: Final = 8
_ALT_TEXT_IN_BODY_MAX_CHARS: Final = 100  # eight words: a cheap test before looking at the letters


def _is_alt_text(paragraph: str) -> bool:
    """A few words all in lower case, no punctuation: no sentence of an article looks like this."""
    return (
        len(paragraph) <= _ALT_TEXT_IN_BODY_MAX_CHARS
        and paragraph.islower()
        and len(paragraph.split()) <= _ALT_TEXT_IN_BODY_MAX_WORDS
        and paragraph[-1].isalnum()
        and not any(ch in paragraph for ch in ",;:")
    )


def _caption_tail(caption: str, following: str) -> bool:
    """'(Left) Ali at the stall. (Right) Tan at the gate.' over 'Tan at the gate.': a caption of several photos,
    then its last photo's caption printed alone right under it (a sentence, not a word or a name)."""
    return (
        _DOUBLED_CAPTION_MIN_CHARS <= len(following) < len(caption)
        and caption.endswith(following)
        and caption[-len(following) - 1] == " "
    )


def _printed_twice(paragraph: str) -> bool:
    """'X X' or 'XX' for some X: a caption and its credit printed twice (alt text, then caption)."""
    half = len(paragraph) // 2
    if half < 20:  # a short text twice is a caption only as a name and age ("Tan Mei Ling, 6Tan Mei Ling, 6")
        # the copies glued ("XX") or a space between them ("X X": an odd length, the space in the middle)
        second = paragraph[half + 1 :] if paragraph[half : half + 1] == " " else paragraph[half:]
        return half >= 8 and paragraph[:half] == second and _NAME_AND_AGE.fullmatch(second) is not None
    # the first characters compared first (a character each, no copies): most paragraphs' halves differ there
    if (
        paragraph[0] != paragraph[len(paragraph) - half]
        or paragraph[:8] != paragraph[len(paragraph) - half : len(paragraph) - half + 8]
    ):
        return False
    # Odd lengths leave the middle character out: "X X" (a space between) or "XYX" is not checked.
    return paragraph[:half] == paragraph[len(paragraph) - half :] and paragraph[half : len(paragraph) - half] in (
        "",
        " ",
    )


_JOINT_SIGNOFF_SLASH_WITHIN: Final = len("/HNPX")  # a joint sign-off's slash stands this close to the end
_DOUBLED_PREFIX_MAX: Final = 400  # characters of a caption glued twice in front of a paragraph
_OPENS_SENTENCE: Final = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZ“"‘')


def _doubled_prefix_end(paragraph: str) -> int | None:
    """Where the paragraph proper starts after a caption glued twice in front of it
    ("Caption.Caption.Body ...", "TehTehNational ..."); None when nothing is doubled."""
    opening = paragraph[:3]
    # A second copy starts in the first half, within _DOUBLED_PREFIX_MAX: the search in C stops there, not at the end
    stop = min(_DOUBLED_PREFIX_MAX, (len(paragraph) - 1) // 2) + len(opening)
    k = paragraph.find(opening, 3, stop)
    while k > 0:
        if paragraph[2 * k] in _OPENS_SENTENCE and paragraph.startswith(paragraph[:k], k):
            return 2 * k
        k = paragraph.find(opening, k + 1, stop)
    return None


_DOUBLED_MAX: Final = 400  # characters: a paragraph printed twice in a row that is longer is body text printed twice
_SUFFIX_PROBE: Final = 12  # characters: the end of a paragraph looked for earlier in it (a caption is longer)
_SENTENCE_CLOSERS: Final = frozenset('.!?"”’')


def _caption_printed_again_and_cut(paragraph: str) -> bool:
    """'Caption. - Photo: AgencyCaption, cut': a caption with its photo credit, glued to its own second copy
    that the end of the dump cut short; or 'Caption.Caption, cut' with no credit, the copy glued to the stop."""
    k = paragraph.find(paragraph[:_SUFFIX_PROBE], _SUFFIX_PROBE)
    while k > 0:
        if paragraph.startswith(paragraph[k:]) and (
            paragraph[k - 1] in _SENTENCE_CLOSERS or _photo_credited(paragraph[:k])
        ):
            return True
        k = paragraph.find(paragraph[:_SUFFIX_PROBE], k + 1)
    return False


def _doubled_suffix_start(paragraph: str) -> int | None:
    """Where a caption printed twice and glued after the paragraph's last sentence starts ("... their housing
    areas.Tham says ....Tham says ...."); None when the paragraph does not end in a text printed twice."""
    n = len(paragraph)
    if n < 4 * _SUFFIX_PROBE:
        return None
    probe = paragraph[n - _SUFFIX_PROBE :]
    j = paragraph.rfind(probe, 0, n - _SUFFIX_PROBE)  # one search in C: almost always -1
    while j > 0:
        first_end = j + _SUFFIX_PROBE
        start = 2 * first_end - n
        if start <= 0 or n - first_end > _DOUBLED_PREFIX_MAX:
            return None
        if (
            paragraph[start - 1] in _SENTENCE_CLOSERS
            and paragraph[start].isupper()
            and paragraph.startswith(paragraph[first_end:], start)
        ):
            return start
        j = paragraph.rfind(probe, 0, first_end - 1)
    return None


_GLUED_LABEL_MIN: Final = 3  # characters of a photo's label (a name) printed twice after the paragraph's end
_GLUED_LABEL_MAX: Final = 30  # characters: a name or a short label under an inline photo, no caption's sentence


def _glued_label_start(paragraph: str, cut: bool) -> int | None:
    """Where a short label printed twice and glued to the paragraph's last sentence starts, too short for
    _doubled_suffix_start's probe ("... to the industry.Jane TanJane Tan", a name under an inline headshot); with
    `cut`, the dump's end may cut the second copy ("... he added.Prof TanProf")."""
    # (callers test that the paragraph ends in a letter: most end in a stop)
    start = paragraph.rfind(".", -2 * _GLUED_LABEL_MAX - 2) + 1  # the last sentence's stop, or its closing quote
    if start <= 0:
        return None
    if paragraph[start : start + 1] in _CLOSING_QUOTES:
        start += 1
    tail = paragraph[start:]
    if not tail[:1].isupper() or len(tail) > 2 * _GLUED_LABEL_MAX or "." in tail:
        return None
    half = len(tail) // 2
    if half >= _GLUED_LABEL_MIN and tail[:half] == tail[half:]:
        return start
    if cut:
        k = tail.find(tail[:_GLUED_LABEL_MIN], half + 1)  # the cut copy starts past the middle, shorter than the first
        while k > 0:
            if tail[k - 1] != " " and tail.startswith(tail[k:]):
                return start
            k = tail.find(tail[:_GLUED_LABEL_MIN], k + 1)
    return None


# Where a caption's credit runs into the dateline in capitals with no space ("... — file picALOR SETAR, Aug 26 —"):
# a lower-case letter, a full stop or a bracket, then a place in capitals and a dateline's punctuation.
_GLUED_DATELINE: Final = re.compile(
    r"[a-z.)](?=[A-Z]{2}[A-Z .'’-]*(?:,|\s*\(|:|\s[-–—―]))|"
    r"\)(?=[A-Z][a-z]+(?: [A-Z][a-z]+){0,3} \()|"  # "... (Photo: Agency)Hanoi (VNA) –": a town in title case
    # "... — Picture by Jane Tan NORTHPORT, April 6 — ...": spaced from the credit's last name, the place in capitals
    # with its month and day, then the dash (no comma or colon alone: a name's capitals may follow a credit)
    r"[a-z] (?=[A-Z]{2}[A-Z .'’-]*, [A-Z][a-z]{2,8}\.? \d{1,2} [—―–-] )"
)


def _glued_once_caption(paragraph: str) -> tuple[Caption, str] | None:
    """The caption with its credit glued once in front of the first paragraph's dateline, and the paragraph
    from its dateline on; None when the paragraph opens otherwise."""
    for m in _GLUED_DATELINE.finditer(paragraph, 0, _DOUBLED_PREFIX_MAX):
        start = m.end()
        caption, credit = credits.split_caption_credit(paragraph[:start].rstrip())
        if credit is not None and credits.dateline_of(paragraph[start:]) is not None:
            return Caption(caption, credit), paragraph[start:]
    return None


_REWORDED_MIN: Final = 40  # characters: shorter lines (labels, "Age: 54") share words by chance
# One line's opening, its first letter aside ("Stalls ..." / "The stalls ..."), looked for in the next line, in C,
# before any word is counted.
_REWORDED_OPENING: Final = itemgetter(slice(1, 17))
_REWORDED_SHARE: Final = 0.8  # of the shorter line's words: alt text and caption of one photo tell the same thing


def _reworded_twice(paragraph: str, following: str) -> bool:
    """'Stalls sell kuih for RM2 at Jalan Kenari.' / 'The stalls sell kuih for RM2 at the market in Jalan Kenari.':
    a photo's alt text and its caption in slightly different words, one after the other, telling no news (the
    article's own sentences seldom share most of their words); a quotation is left to the pull-quote rule."""
    if (
        not _REWORDED_MIN <= len(paragraph) <= _UNSURE_CAPTION_MAX
        or not _REWORDED_MIN <= len(following) <= _UNSURE_CAPTION_MAX
        or paragraph == following
        or paragraph[0] in _OPENING_QUOTES
        or following[0] in _OPENING_QUOTES
    ):
        return False
    if any(_ARGUES.search(line) or _reports(line) for line in (paragraph, following)):
        return False  # a caption shows a moment: what was said, will or would happen is the article's
    first, second = set(_WORD.findall(paragraph.lower())), set(_WORD.findall(following.lower()))
    return len(first & second) >= _REWORDED_SHARE * min(len(first), len(second))


_WORD: Final = re.compile(r"\w+")

_NO_TEXTS: Final[frozenset[str]] = frozenset()


def _is_letter(ch: str) -> bool:
    """ch.isalpha() for one character, an ASCII one (most) told by its code: compiled, str.isalpha is a method
    call by name, which costs ten times the test (it runs on every body paragraph's last character)."""
    code = ord(ch)
    return 97 <= (code | 32) <= 122 if code < 128 else ch.isalpha()  # "A"-"Z" and "a"-"z": one range, case bit set


def _is_capital(ch: str) -> bool:
    """ch.isupper() for one character, an ASCII one told by its code (see _is_letter)."""
    code = ord(ch)
    return 65 <= code <= 90 if code < 128 else ch.isupper()


def _without_printed_captions(
    body: list[str], captions: Sequence[Caption]
) -> tuple[list[str], int, list[Caption], list[str], bool]:
    """The body without the captions of photos printed inside it, how many were removed, the caption
    glued twice in front of the first paragraph (a photo above the article: a caption of its own), the short
    lines ending in a letter, and whether a line is short enough and holds a comma to be a letter's signature.

    A mid-article photo shows up as its caption printed twice (alt text, then caption), as two
    paragraphs, glued into one, or as the caption followed by the caption with its credit. A
    paragraph equal to a caption of the caption slot is that photo repeated. Neither is body text,
    nor is a pull quote (see _without_pull_quotes), looked for only when a paragraph is a quotation alone.
    """
    # A credited caption's bare words in the body, reporting speech ("..., he said."), are the article's own
    # paragraph that the site printed under the photo too: kept. So is an uncredited caption the desk lifted
    # from the story (a finished sentence with no label).
    slot: AbstractSet[str] = _NO_TEXTS  # no captions (many dumps): no set built
    # The page's photographers named in the slot's credits ("Jane Tan, Valley News"), no wire's name alone: a body
    # paragraph closed by one of them after its stop is another photo of theirs, captioned in the article.
    staff: tuple[str, ...] = ()
    if captions:
        texts: set[str] = set()  # (a loop, not comprehensions: each comprehension is a call of its own)
        for c in captions:
            if c.credit is not None and ", " in c.credit and not credits.is_bare_agency(c.credit):
                staff += (c.credit,)
            if c.credit is None:
                if not _lifted_from_story(c.text):
                    texts.add(c.text)
            else:
                if not _reports(c.text):
                    texts.add(c.text)
                texts.add(_joined(c))
        slot = texts
    out: list[str] = []
    removed = 0
    glued: list[Caption] = []
    quotations: list[str] = []  # paragraphs that are a quotation alone: pull quotes if repeated
    labelled_at: list[int] = []  # paragraphs opening with a caption's label: captions if they quote the article
    unfinished: list[str] = []  # paragraphs ending in a letter, no stop
    signed = False  # a short line with a comma: a letter's signature ("Jane Tan, Northport, Eastern Cape")?
    if (
        len(body) > 2
        and _SUFFIX_PROBE <= len(body[-1]) < len(body[-2]) <= _DOUBLED_MAX
        and body[-2].startswith(body[-1])
    ):
        body = body[:-2]  # the page's last two lines: a photo's caption, then its second copy cut by the dump's end
        removed += 1
    # A page whose captions carry no credit prints a mid-article photo with nothing to tell it from the article
    # but its words told twice: does a paragraph's opening (its first letter aside) recur in the next? (In C.)
    if (
        len(body) > 2
        and captions
        and any(caption.credit is None for caption in captions)
        and any(recur := list(map(_contains, body[2:], map(_REWORDED_OPENING, body[1:-1]))))
    ):
        twins: list[int] = []
        for k in compress(range(1, len(body) - 1), recur):  # only the pairs whose opening recurs
            if (not twins or k > twins[-1] + 1) and _reworded_twice(body[k], body[k + 1]):
                twins.append(k)
        body = body[:]  # the caller's list stays as it was
        for k in reversed(twins):
            del body[k : k + 2]  # a mid-article photo's alt text and caption, the same words told twice in a row
        removed += len(twins)
    k = 0
    n = len(body)
    while k < n:
        paragraph = body[k]
        following = body[k + 1] if k + 1 < n else None
        size = len(paragraph)
        if paragraph in slot and k > 0:
            removed += 1
            k += 1
            continue
        if k == 0 and following == paragraph and credits.dateline_of(paragraph) is not None:
            k += 1  # the lead printed twice in a row: one copy is body (further down, a photo's caption twice)
            continue
        if following is not None and size <= _DOUBLED_MAX and following.startswith(paragraph):
            rest = following[len(paragraph) :].strip()
            if not rest or (credited := credits.split_caption_credit(following))[1] is not None:
                if rest and len(out) == 1 and not captions and not glued:
                    # The page's photo under the lead (see below), its alt text over the credited caption
                    glued.append(Caption(*credited))
                elif (
                    not rest
                    and len(out) == 1
                    and not captions
                    and not glued
                    and (twice := credits.split_caption_credit(paragraph))[0]
                    and twice[1] is not None
                ):
                    # The page's photo under the lead, its credited caption printed twice (alt text, then caption)
                    glued.append(Caption(*twice))
                else:
                    removed += 1
                k += 2
                continue
        if (
            not out
            and not glued
            and credits.dateline_of(paragraph) is None  # most first paragraphs: no regex scan below
            and _names_a_photo(paragraph[:_DOUBLED_PREFIX_MAX])
            and _doubled_prefix_end(paragraph) is None  # printed twice: photo_marks finds it
            and (split := _glued_once_caption(paragraph)) is not None
        ):
            glued.append(split[0])
            paragraph = split[1]
        last = paragraph[-1]  # read once below: compiled, each index makes a one-character string through a call
        if k > 0 and last in _DASHES and _caption_printed_again_and_cut(paragraph):
            # "Caption. — CreditCaption. —": a mid-article photo's caption and credit glued to its second copy, whose
            # credit the page left out (a dash and nothing after it): the copy is as short as one the dump's end cut
            removed += 1
            k += 1
            continue
        if k == n - 1:  # one test for the last paragraph's two checks
            if k > 0 and _caption_printed_again_and_cut(paragraph):
                removed += 1  # the page's last line: a photo's caption and credit, printed again until the dump was cut
                k += 1
                continue
            if paragraph.endswith("/ANN") and credits.trailing_agency(paragraph) is not None:
                out.append(paragraph)  # the article's sign-off through the Asia News Network, not a photo's credit
                k += 1
                continue
        if _is_letter(last) and k > 0 and (label_at := _glued_label_start(paragraph, k == n - 1)) is not None:
            removed += 1  # an inline photo's label printed twice after the last sentence (the dump's end may cut it)
            out.append(paragraph[:label_at])
            k += 1
            continue
        if (
            k > 0
            and _is_capital(last)  # first: most paragraphs end in a stop
            and "/" in paragraph[-_JOINT_SIGNOFF_SLASH_WITHIN:]
            and (joint := credits.trailing_wire(paragraph)) is not None
            and "/" in joint.agency
        ):
            out.append(paragraph)  # "... the new port. — VNA/HNP": the wire's and the paper's sign-off, no credit
            k += 1
            continue
        if (
            staff
            and k > 0
            and size <= _DOUBLED_MAX
            and paragraph.endswith(staff)  # in C: most paragraphs end in a stop
            and credits.split_caption_credit(paragraph)[1] in staff
        ):
            removed += 1  # a mid-article photo's caption, credited to the photographer of the slot's caption
            k += 1
            continue
        marks = photo_marks(paragraph)
        if marks is None:  # the common case: nothing of a photo's or a pull quote's
            if size > _IMAGE_NAME_MAX_CHARS:  # most paragraphs: one test for the short lines' checks below
                out.append(paragraph)
                k += 1
                continue
            if last not in _CLOSING_STOPS:  # in C: most short paragraphs end in a stop too
                if (
                    last in _IMAGE_FILE_LAST
                    and following is not None
                    and paragraph.endswith(_IMAGE_FILE_ENDS)
                    and _caption_under_image_file(following, out)
                ):
                    removed += 1  # a photo's file name in words ("Harbour Fire 2.jpeg") and its caption under it
                    k += 2
                    continue
                if k > 0 and "Credit:" in paragraph and _LABELLED_CREDIT_AFTER_STOP.search(paragraph) is not None:
                    removed += 1  # a mid-article photo's caption, its credit after the stop: "...Credit: Jane Tan"
                    k += 1
                    continue
            if (
                len(out) <= 1
                and size <= _PHOTO_NOTE_MAX_CHARS
                and not captions
                and not glued
                and _photo_note(paragraph)
            ):
                glued.append(Caption(paragraph, None))  # the page's photo under the first paragraph: its note
                k += 1
                continue
            out.append(paragraph)
            if size <= _LINK_HEADLINE_MAX_CHARS:
                if _is_letter(last) and paragraph.count(" ") > 1:
                    # a line ending in a letter: a headshot's caption or a link's headline?
                    unfinished.append(paragraph)
                if size <= _SIGNATURE_LINE_MAX and (", " in paragraph or last == "," or paragraph.isalpha()):
                    signed = True  # a signature's town with its region, a town of one word, or a name and a comma
            k += 1
            continue
        alt_text, photo_caption, printed_twice, doubled, alone_quoted, suffix_cut, labelled = marks
        if suffix_cut is not None:
            removed += 1  # a mid-article photo's caption printed twice and glued after the paragraph's end
            out.append(paragraph[:suffix_cut].rstrip())
            k += 1
            continue
        if alt_text and 0 < k < n - 1:
            removed += 1  # an inline photo's alt text or keywords ("terror suspect petaling jaya")
            k += 1
            if paragraph.endswith(_IMAGE_FILE_ENDS) and _caption_under_image_file(body[k], out):
                k += 1  # its file name in lower-case words ("harbour fire 2.jpg"): the caption under it goes too
            elif k < n - 1 and _unfinished_caption(body[k]):
                k += 1  # the photo's caption under its keywords, left without a stop as no paragraph is
            continue
        if photo_caption and k > 0 and not (k == n - 1 and _glued_desk_signoff_start(paragraph) is not None):
            if len(out) == 1 and not captions and not credits.is_credit_only(paragraph):
                # The page's photo printed under the lead (some sites put the lead above it): its caption.
                glued.append(Caption(*credits.split_caption_credit(paragraph)))
            else:
                removed += 1  # a mid-article photo: its caption with a photo credit, or the credit alone
                if (
                    k + 2 < n
                    and credits.ends_in_bare_agency(body[k + 1])
                    and not credits.ends_in_bare_agency(body[k + 2])
                ):
                    # the site's own caption of that photo under the wire's, signed "— Reuters" (a lone sign-off
                    # mid-article; a briefing's items sign off in a run, the article's sign-off stands last)
                    removed += 1
                    k += 1
                elif following is not None and _caption_tail(paragraph, following):
                    removed += 1  # the last of the caption's photos captioned again on its own line
                    k += 1
            k += 1
            continue
        if printed_twice:
            removed += 1  # a photo caption (with its credit) printed twice on one line
            k += 1
            continue
        if (
            labelled
            and k > 0
            and (
                _labelled_photo_moment(paragraph)
                # the page's caption under the head opens with a phrase for a label, and so does this paragraph
                or (captions and _phrase_labelled(paragraph) and any(_phrase_labelled(c.text) for c in captions))
            )
        ):
            removed += 1  # "Lending a hand: Volunteers sorting ...": a mid-article photo's caption, printed once
            k += 1
            continue
        if doubled is not None:
            if not out:
                glued.append(Caption(*credits.split_caption_credit(paragraph[: doubled // 2].strip())))
            else:
                removed += 1
            paragraph = paragraph[doubled:].strip()
            if not paragraph:
                k += 1
                continue
        out.append(paragraph)
        if alone_quoted:
            quotations.append(paragraph)
        if labelled:
            labelled_at.append(len(out) - 1)
        k += 1
    labelled_quotes = [j for j in labelled_at if _quoted_under_label(out, j)] if labelled_at else []
    if labelled_quotes:
        removed += len(labelled_quotes)
        out = [p for j, p in enumerate(out) if j not in labelled_quotes]
    return (_without_pull_quotes(out, quotations) if quotations else out), removed, glued, unfinished, signed


_BARE_CAPTION_MIN_CHARS: Final = 20  # a caption printed bare under its bracketed copy: a shorter line may be a label


def _without_bracketed_twins(body: list[str], unfinished: Sequence[str]) -> tuple[list[str], int]:
    """The body without the mid-article photos whose caption is printed with a note or credit in brackets, then
    bare on the next line (the bare copy ends in a letter: one of the unfinished lines), and how many."""
    drop: set[int] = set()
    for bare in unfinished:
        at = body.index(bare) if bare in body else 0
        if at > 0 and body[at - 1][-1] == ")" and _bare_after_bracketed(body[at - 1], bare):
            drop.update((at - 1, at))
    if not drop or len(body) - len(drop) < 2:  # the article's paragraphs stay around the photos
        return body, 0
    return [p for k, p in enumerate(body) if k not in drop], len(drop) // 2


def _bare_after_bracketed(paragraph: str, following: str) -> bool:
    """'Mould on the staircase (supplied by the tenant)' over 'Mould on the staircase': a photo's caption printed
    twice, first with a note or credit in brackets (the alt text), then bare; the quote marks may differ."""
    cut = len(following)
    return (
        _BARE_CAPTION_MIN_CHARS <= cut < len(paragraph)
        and paragraph[cut:].lstrip()[:1] == "("
        and following[-1:] not in _TERMINAL  # a caption, no sentence
        and ((bare := paragraph[:cut]) == following or head.same_but_quotes(bare, following))
    )


_LABEL_MAX_CHARS: Final = 32  # "Madeline: " - a caption's label stands in these first characters
_LABELLED_QUOTE_MIN: Final = 30  # characters: a shorter text may be found anywhere by chance


_FOREIGN_HEADLINE_MIN_SPACES: Final = 4  # five words or more: a short subheading ("Rubbish collection") may name its
# subject in words the paragraphs under it do not repeat


# "By Jane Tan-Ong", "By Ali Bakar of Harbour Community Radio" (after its "By "): a name's words in capitals, perhaps
# its newsroom's; no sentence's words ("By The Numbers", "By Air", "By now, ...")
_MID_BYLINE: Final = re.compile(
    r"(?!(?:The|A|An|Land|Air|Sea|Road|Rail|Night|Day|Numbers) )[A-Z][\w’'-]+(?: [A-Z][\w’'.-]+){1,3}"
    r"(?: of [A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,4})?"
)


def _without_inserted_lines(body: list[str], lines: list[str], title: str | None) -> tuple[list[str], int]:
    """The body without the lines the site set between two paragraphs (lines: the body's paragraphs ending in a
    letter, no stop), and how many headshots' captions were removed:
    - a headshot's caption ('Riverside Traders Association chairman Datuk Ali Bakar': a role and the person's name
      ending the line, no verb), neither body nor the caption of the photo over the article;
    - another story's headline: the one unfinished line of five words or more (no colon or figure: no label or
      market line) none of whose words the article or its headline uses ('Universities as catalyst for national
      growth' amid a story on screen time). A subheading announces what the paragraphs under it tell, in their
      words; several such lines are a briefing's item headings or the article's subheadings."""
    first, last = body[0], body[-1]
    inside = [line for line in lines if line != first and line != last]
    # a name ends a headshot's caption: its last word in capitals, tested before the call
    drop = [line for line in inside if line[line.rfind(" ") + 1].isupper() and _role_and_name(line)]
    headshots = len(drop)
    # a byline between paragraphs: a live page's entry, a column's writer under its introduction
    drop += [line for line in inside if line[:3] == "By " and _MID_BYLINE.fullmatch(line, 3)]
    long_lines = [
        line for line in inside if line not in drop and line.count(" ") >= _FOREIGN_HEADLINE_MIN_SPACES
    ]  # (the lines are short: _LINK_HEADLINE_MAX_CHARS at most)
    if (
        len(long_lines) == 1
        and ":" not in (line := long_lines[0])
        and not any(c.isdigit() for c in line)
        and line in body  # (a pull quote the body lost since)
    ):
        at = body.index(line)
        low = " ".join(body[:at] + body[at + 1 :]).lower() + " " + (title or "").lower()
        if head.words_shared(line, low) == 0:
            drop.append(line)
    if not drop:
        return body, 0
    return [p for p in body if p not in drop], headshots


_ALT_NUMBER_MAX_CHARS: Final = len(" - hình ảnh 10")  # a separator and a photo's number after the headline
_PHOTO_TITLE_MAX_WORDS: Final = 6  # a photo's title names its subject in a few words; a longer line is a sentence


def _without_titled_photos(body: list[str], title: str) -> tuple[list[str], int]:
    """The body without mid-article photos printed as a title in the headline's words over a caption ('Harbour
    Festival' / 'Boats lining the quay during the Harbour Festival in June.': a participle after the subject and
    no finite verb, as a photo's caption reads; a subheading is followed by the article's sentences), and how many
    were removed. Neither line is body or caption."""
    out = [body[0]]
    removed = 0
    k, n = 1, len(body)
    while k < n:
        paragraph = body[k]
        if (
            k + 1 < n
            and paragraph in title
            and len(paragraph.split()) <= _PHOTO_TITLE_MAX_WORDS
            and not paragraph.endswith(_TERMINAL)
            and body[k + 1].endswith(".")
            and len(body[k + 1]) <= _CAPTION_MAX
            and _caption_grammar(body[k + 1])
        ):
            removed += 1
            k += 2
            continue
        out.append(paragraph)
        k += 1
    return out, removed


def _phrase_labelled(paragraph: str, *, finished: bool = True) -> bool:
    """'Long wait: The ferry ...': a finished paragraph under a caption's label that is a phrase, two words or more
    with one in lower case ('Long wait', 'Out of the blue'), as the reference site labels its photos' captions; no
    speaker's or item's label ('Chan:', 'Venue:', 'Jane Tan:'). Articles there seldom label a paragraph so: on a
    page whose captions are labelled, such a paragraph in the body is another photo's caption. With `finished`
    false the paragraph may end without its stop (a caption the page cut short)."""
    if " " not in paragraph[: paragraph.find(": ", 0, _LABEL_MAX_CHARS)]:
        return False  # a label of one word, the common case ('Chan: ...'); no colon early: the regex decides
    label = _LABEL_CAPTION.match(paragraph)
    if label is None or len(paragraph) > _CAPTION_MAX or (finished and not paragraph.endswith(_TERMINAL)):
        return False
    words = label.group(1).split()
    return (
        len(words) > 1 and any(w[0].islower() for w in words[1:]) and label.group(1).lower() not in _NOT_CAPTION_LABELS
    )


def _labelled_photo_moment(paragraph: str) -> bool:
    """'Lending a hand: Volunteers sorting donations at the hall.': under a caption's label, a participle close
    after its subject and no finite verb (a photo's moment), where a labelled paragraph of the article tells
    what happened ('Lesson learnt: The council has since ...')."""
    return _caption_grammar(paragraph[paragraph.find(": ") + 2 :])


def _quoted_under_label(body: Sequence[str], j: int) -> bool:
    """'Aminah: This harbour town looks nothing like it did.': a photo's caption (or pull quote) under a name,
    in words the article quotes in another paragraph."""
    paragraph = body[j]
    quote = paragraph[paragraph.find(": ") + 2 :].rstrip(".")
    return len(quote) >= _LABELLED_QUOTE_MIN and any(quote in other for k, other in enumerate(body) if k != j)


# photo_marks's kept answers (a memo of a pure function, the one module state allowed, as lru_cache was):
# compiled code reads and writes the dict itself, a tenth of an lru_cache call's cost. Emptied by
# parse.clear_caches, and whole at credits.LINE_CACHE entries.
_NOT_KEPT: Final = object()  # a memo's answer for a text not yet asked about (answers may be None)
_PHOTO_MARKS_MEMO: Final[dict[str, tuple[bool, bool, bool, int | None, bool, int | None, bool] | None]] = {}


def photo_marks(paragraph: str) -> tuple[bool, bool, bool, int | None, bool, int | None, bool] | None:
    """_photo_marks's answer, kept per text in _PHOTO_MARKS_MEMO."""
    answer = _PHOTO_MARKS_MEMO.get(paragraph, _NOT_KEPT)
    if answer is not _NOT_KEPT:
        return cast("tuple[bool, bool, bool, int | None, bool, int | None, bool] | None", answer)
    if len(_PHOTO_MARKS_MEMO) >= credits.LINE_CACHE:
        _PHOTO_MARKS_MEMO.clear()
    found = _PHOTO_MARKS_MEMO[paragraph] = _photo_marks(paragraph)
    return found


def _photo_marks(paragraph: str) -> tuple[bool, bool, bool, int | None, bool, int | None, bool] | None:
    """What marks a body paragraph as a photo's: (alt text, captioned photo, printed twice, end of a
    doubled caption prefix), as a pull quote's shape (a quotation alone, see _without_pull_quotes),
    where a caption printed twice after the paragraph's end starts (_doubled_suffix_start), and a
    caption's label ("Name: ...", see _quoted_under_label).
    A pure function of the text, kept per paragraph across a batch's dumps; None when nothing is marked,
    the common case the caller tells by one test."""
    alt_text = _is_alt_text(paragraph)
    photo_caption = (
        _is_photo_caption(paragraph)
        or (
            "(" in paragraph
            and (
                _positioned_caption(paragraph)
                # "... in the ruins of the village.(City News: Jane Tan)": the bracket glued to the stop
                or (paragraph[-1] == ")" and _LABELLED_CREDIT_AFTER_STOP.search(paragraph) is not None)
            )
        )
        # "hoto" in C first, among the first characters alone: _PHOTO_OF is matched at the start, where its "hoto"
        # ends by _PHOTO_OF_HOTO_END ("The " and a word of 14 letters before it): no search of the whole paragraph
        or (paragraph.find("hoto", 0, _PHOTO_OF_HOTO_END) >= 0 and _says_photo_of(paragraph))
        # "... at the camp on June 3 (Supplied)": a mid-article photo's caption closed by its handout's source
        or (
            paragraph[-1] == ")"
            and len(paragraph) <= _HANDOUT_CAPTION_MAX
            and _HANDOUT_CREDIT_END.search(paragraph) is not None
        )
    )
    printed_twice = _printed_twice(paragraph)
    doubled = _doubled_prefix_end(paragraph)
    # A pull quote's shape: a quotation alone (spelled out: this runs on every distinct body paragraph).
    quoted = paragraph[0] in _OPENING_QUOTES and paragraph[-1] in _CLOSING_QUOTES and len(paragraph) >= _PULL_QUOTE_MIN
    size = len(paragraph)
    suffix_cut = (  # one search in C first: almost no paragraph ends in text printed earlier in it
        _doubled_suffix_start(paragraph) if size >= 4 * _SUFFIX_PROBE and _suffix_seen_late(paragraph) else None
    )
    labelled = paragraph.find(": ", 0, _LABEL_MAX_CHARS) > 0 and _is_labelled(paragraph)
    if (
        alt_text
        or photo_caption
        or printed_twice
        or quoted
        or doubled is not None
        or suffix_cut is not None
        or labelled
    ):
        return alt_text, photo_caption, printed_twice, doubled, quoted, suffix_cut, labelled
    return None


def _suffix_seen_late(paragraph: str) -> bool:
    """May _doubled_suffix_start find a caption printed twice at the paragraph's end? Its last characters
    (_SUFFIX_PROBE) printed earlier, where a copy can end: past the middle (the second copy as long as the first)
    and within _DOUBLED_PREFIX_MAX of the end; _doubled_suffix_start's answer is None for every earlier copy. The
    search in C reads that span alone, not the whole paragraph; a paragraph opening with its last characters is
    no such caption (the first copy found at 0 answered no before, whatever came later)."""
    size = len(paragraph)
    probe = paragraph[size - _SUFFIX_PROBE :]
    # a copy at j ends at first_end = j + _SUFFIX_PROBE: 2 * first_end > size, size - first_end <= _DOUBLED_PREFIX_MAX
    lowest = max((size - 2 * _SUFFIX_PROBE) // 2 + 1, size - _SUFFIX_PROBE - _DOUBLED_PREFIX_MAX)
    return not paragraph.startswith(probe) and paragraph.find(probe, lowest, size - _SUFFIX_PROBE) >= 0


# A photo's credit in its "Source: Name" form set right after the caption's last stop: "... on Monday.Credit: Jane
# Tan", "... the evacuation centre. Credit: Channel 9", "... in the ruins of the village.(City News: Jane Tan)" (the
# bracket glued to the stop). An article's sentence ends at its stop, or with a note in brackets after a space.
_CLOSING_STOPS: Final = ".\"”’'!?"  # how most paragraphs end: no credit closes them
_LABELLED_CREDIT_AFTER_STOP: Final = re.compile(
    r"[.!?”’\"](?: ?(?:Image |Photo )?Credit: ?\S[^()]{0,50}|\([A-Z][^():]{0,30}: ?[^()]{2,40}\))$"
)


# "A group photo of the committee ...", "Internet photo of the court house.": a photo's caption printed in the body,
# naming itself a photo of what it shows (an article's sentence about a photo says what happened to it). Wider in
# the word before "photo" than the first paragraph's _PHOTO_SAYS_SO, narrower in the nouns and case: each as learned.
_PHOTO_OF: Final = re.compile(r"(?:[Aa]n? |[Tt]he )?(?:[A-Za-z-]{1,14} )?[Pp]hoto(?:graph)?s? (?:of|showing)\b")
_PHOTO_OF_HOTO_END: Final = len("The ") + 14 + len(" Photo")  # where _PHOTO_OF's "hoto" ends at the latest


def _says_photo_of(paragraph: str) -> bool:
    return _PHOTO_OF.match(paragraph) is not None and _tells_nothing_happening(paragraph)


def _positioned_caption(paragraph: str) -> bool:
    """'(From left) Ali, Mei and Tan want ...', 'One of the best: Moey (left) preparing noodles.': a photo's caption
    inside the article, opening with where people stand or with a caption's label, and placing someone."""
    return (
        len(paragraph) <= _CAPTION_MAX
        and (paragraph[0] == "(" or _is_labelled(paragraph))
        and head.PHOTO_POSITION.search(paragraph) is not None
    )


def _is_repeated(paragraphs: Sequence[str], i: int) -> bool:
    return i + 1 < len(paragraphs) and paragraphs[i + 1] == paragraphs[i]


def _lifted_from_story(caption: str) -> bool:
    """'Rice prices rose for a third month in the capital, buoyed by poor harvests.': an uncredited caption that
    reads as a paragraph of the article (a finished sentence, no label), which the body prints again as its own;
    a labelled caption ('Uneasy wait: ...') is the photo's alone, so its copy inside the body is that photo again."""
    return caption.endswith(_TERMINAL) and not _is_labelled(caption)


def _told_before(captions: Sequence[Caption], caption: Caption) -> bool:
    """Is the caption one already recorded in the slot, perhaps with its quotes curly once and straight once
    (the photo's alt text, then its caption; or the head block printed twice)?"""
    text, credit = caption.text, caption.credit
    for told in captions:  # caption in captions, field by field: compiled, no call of the class's generated __eq__
        if told.text == text and told.credit == credit:
            return True
    size = len(text)
    return any(
        len(told.text) == size and told.credit == caption.credit and head.same_but_quotes(caption.text, told.text)
        for told in captions
    )


_CUT_SHORT: Final[tuple[str, ...]] = ("...", "…")  # a teaser's copy of a caption, cut where the page ran out of room
_CUT_STEM_MIN: Final = 20  # characters of a cut copy: a shorter stem could open another photo's caption


_UNTIDY_CREDIT_ENDS: Final = ")|"


def _credit_tidied(credit: str) -> str:
    """The credit without a table cell's bar after it ('Photo: Jane Tan/RNA |') or a closing bracket it never opened
    ('Photo: Harbour Board (HB) / AFP)': the page closed the bracket the caption was set in, its opening lost)."""
    if credit.endswith(" |"):
        credit = credit[:-2].rstrip()
    if credit.endswith(")") and credit.count(")") > credit.count("("):
        credit = credit[:-1].rstrip()
    return credit


def _recorded_once(captions: list[Caption]) -> list[Caption]:
    """A caption printed twice in a row is recorded once: its copy behind a list's bullet ("• Caption."), or cut
    short by a teaser ("Caption opening..."), next to the whole caption; the whole, unbulleted copy is kept, with
    the credit either copy has."""
    kept: list[Caption] = [captions[0]]
    for caption in captions[1:]:
        last = kept[-1]
        if last.credit is not None and caption.credit is not None and last.credit != caption.credit:
            kept.append(caption)
            continue
        credit = last.credit or caption.credit
        a, b = last.text.lstrip(head._BULLET_CHARS + " "), caption.text.lstrip(head._BULLET_CHARS + " ")
        if a == b and (a != last.text or b != caption.text):
            kept[-1] = Caption(b, credit)  # one copy behind a bullet
        elif a.endswith(_CUT_SHORT) and len(stem := a.rstrip(".…").rstrip()) >= _CUT_STEM_MIN and b.startswith(stem):
            kept[-1] = caption  # the teaser's cut copy, then the whole caption
        elif b.endswith(_CUT_SHORT) and len(stem := b.rstrip(".…").rstrip()) >= _CUT_STEM_MIN and a.startswith(stem):
            pass  # the whole caption, then the teaser's cut copy
        else:
            kept.append(caption)
    return kept


def _joined(caption: Caption) -> str:
    return f"{caption.text} {caption.credit}" if caption.credit else caption.text


_ITEMS_MIN: Final = 3


def _itemised(paragraphs: Sequence[str]) -> bool:
    """Three or more labelled paragraphs open the body ('Ordered: By the court, ...' / 'Sold: ...' / ...):
    a column's items, not photo captions (a photo has one)."""
    return len(paragraphs) >= _ITEMS_MIN and all(_is_labelled(p) for p in paragraphs[:_ITEMS_MIN])


_CLICK_BID: Final = re.compile(r"\bCLICK (?:HERE|LINK|BELOW|NOW)\b")  # a promo's bid, in capitals as the line is


_SPEAKER_REACH: Final = 4  # paragraphs under a labelled one where the next speaker's label may stand
_SPEAKER_LABEL: Final = re.compile(r"[A-Z][\w’'-]{1,30}: [A-Z0-9‘“\"]")  # "Ali: ...", "Reader_42: ...": one word


def _speakers_labelled(paragraphs: Sequence[str], i: int) -> bool:
    """'Ali: We pay for it anyway.' / ... / 'Mei: Free is never free.': paragraph i opens with a one-word label and
    a paragraph close under it opens with another one-word label: the speakers of a readers' comments page or a
    transcript, no photo's caption (a photo has one caption; the article does not label its paragraphs so)."""
    label = paragraphs[i][: paragraphs[i].find(": ") + 2]
    if len(label) <= 2 or " " in label[:-2]:
        return False  # a phrase's label ('Long wait: ...') is the reference site's caption label
    for other in paragraphs[i + 1 : i + 1 + _SPEAKER_REACH]:
        if (
            other[:1].isupper()  # one character first: most paragraphs open with no label
            and not other.startswith(label)
            and _SPEAKER_LABEL.match(other) is not None
        ):
            return True
    return False


def _is_labelled(paragraph: str) -> bool:
    # the capital it opens with and the colon it needs, in C first: most paragraphs hold no ": ", and the match reads
    # up to four words before it fails
    if not ("A" <= paragraph[:1] <= "Z" and ": " in paragraph):
        return False
    label = _LABEL_CAPTION.match(paragraph)
    return label is not None and label.group(1).lower() not in _NOT_CAPTION_LABELS


_PLACE_LABEL_MAX_WORDS: Final = 3
# "... Department on Friday issued ...", "... a storm on Tuesday night smashed ...": the day, then what was done in
# the past tense, a news lead's verb (a caption tells its photo in the present: "Crews on Friday clear ...")
_DAY_THEN_PAST: Final = re.compile(r"\bon (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day (?:[a-z]+ )?[a-z]{2,}ed\b")
# characters: a labelled paragraph longer than this is a place's lead, not a caption
_CAPTION_LEAD_MIN_CHARS: Final = 200
_PLACE_LABEL_MAX_CHARS: Final = 40  # the label and its colon stand in these first characters


def _place_lead(paragraph: str, *, under_credited: bool = False) -> str | None:
    """'Bhopal' from 'Bhopal: A leopard that strayed ... was tranquilised, officials said.': a town in title
    case opening a sentence that tells what happened (a finite verb, no caption's participle). A Star caption's
    label is a phrase in lower case after its first word ('Joint effort: ...') or describes a photo
    ('Battered: A house left roofless by the storm.'), so it stays a caption. Under a photo's credited caption
    (`under_credited`) the verb may be any ('Riverton: The ministry drew ...'): a second photo's caption there
    would carry its own credit."""
    head_chars = paragraph[:_PLACE_LABEL_MAX_CHARS]
    if ": " in head_chars:
        if not (paragraph.endswith(".") or " : " in head_chars):
            return None  # a place spaced from its colon may open a paragraph the dump cut
        label = _LABEL_CAPTION.match(paragraph) or _SPACED_PLACE_LEAD.match(paragraph)  # "Bangkok : The junta ..."
        if label is None and ", " in head_chars:
            label = _TOWN_COUNTRY_LEAD.match(paragraph)  # "Riverton, Eastland: The council ...": the town's country
    elif paragraph[-1:] == "." and ("- " in head_chars or "— " in head_chars or "– " in head_chars):
        label = _DASHED_PLACE_LEAD.match(paragraph)  # "Bangkok- The junta ...": the dash run into the place
    else:
        return None  # most paragraphs: no regex
    if label is None:
        return None
    place = label.group(1)
    words = place.split()
    if len(words) > _PLACE_LABEL_MAX_WORDS or not all(w[:1].isupper() for w in words) or "-" in place:
        return None
    if len(words) == 1 and place.endswith(("ed", "ing")):
        return None  # 'Relieved: The family was reunited ...': a caption's one-word label is a participle
    rest = paragraph[label.end() - 1 :]
    if (
        place.lower() in _NOT_CAPTION_LABELS
        # no auxiliary verb ("Rows of wounded lay outside ..."): a lead only when it runs longer than captions do
        or (
            not under_credited
            and _FINITE.search(rest) is None
            and len(paragraph) <= _CAPTION_LEAD_MIN_CHARS
            and _DAY_THEN_PAST.search(rest) is None
        )
        or _caption_grammar(rest)
    ):
        return None
    return place


def _place_apart_over_lead(line: str, lead: str, *, under_byline: bool = False) -> tuple[str, str | None] | None:
    """('OSAKA', None) for 'OSAKA' over 'Osaka police said on Monday ...', ('SEOUL, Oct. 19', 'Wire') for 'SEOUL,
    Oct. 19, Wire' over the lead: a place in capitals printed apart with no separator is the dateline when it carries
    its date or wire, or when the lead under it names it or its country ('HALDEN, Norway' over '... in Norway's south
    ...'; a heading in capitals over the text does neither), or when it stands right under the byline, where a wire
    story prints its dateline (a heading stands between paragraphs). A lead shorter than most is a finished sentence
    naming the place ('NORTHPORT' over 'Divers searched ... off the pier in Northport on Monday.')."""
    if len(lead) < _LEAD_PARAGRAPH_CHARS and (len(lead) < _PLACE_APART_SHORT_LEAD or not lead.endswith(_TERMINAL)):
        return None
    apart = credits.place_apart(line)  # (its own gate tests the capitals and the length before its pattern)
    if apart is None:
        return None
    place, wire = apart
    if (
        wire is None
        and not (under_byline and len(lead) >= _LEAD_PARAGRAPH_CHARS)
        and (len(lead) < _LEAD_PARAGRAPH_CHARS or not any(map(str.isdigit, place)))
    ):
        named = lead[:_PLACE_NAMED_WITHIN].lower()
        town, _, country = place.partition(", ")
        if town.lower() not in named and (not country or country.lower() not in named):
            return None
    return apart


_PLACE_APART_SHORT_LEAD: Final = 80  # a finished lead this long under a place printed apart may name it


_PLACE_NAMED_WITHIN: Final = 200  # characters of the lead that name the place printed apart above it


def _dashed_place_lead(paragraph: str) -> bool:
    """'Riverton — The council has ...': a town in title case before a spaced dash opening a finished sentence that
    tells what happened, the lead (a caption's label stands before a colon, never a dash). The dash is looked for in
    C first."""
    return paragraph[-1:] == "." and _dash_near_start(paragraph) and _place_lead(paragraph) is not None


def _dash_near_start(paragraph: str) -> bool:
    """A spaced dash in the paragraph's first characters, where a town in title case sets off its lead ('Riverton —
    The ministry ...'): under a photo's credited caption the town's dash tells what its colon does."""
    head_chars = paragraph[:_PLACE_LABEL_MAX_CHARS]
    return " — " in head_chars or " – " in head_chars or " - " in head_chars


def _place_lead_at(paragraphs: Sequence[str]) -> int | None:
    """Where a lead under a dateline in title case ('Riverton: The council has ...') opens the body: the slot's first
    paragraph, or its second under a photo's credited caption or credit line (an uncredited sentence above it may
    be a dek as well as a caption; a Star caption's label may be a name, and a print lead under it anchors the body
    first); or its third, under a dek and a photo's caption, when the lead tells what happened in its own verb. The
    colon is looked for in C before any call."""
    first = paragraphs[0]
    if first.find(": ", 0, _PLACE_LABEL_MAX_CHARS) > 0 and _place_lead(first) is not None:
        return 0
    if (
        len(paragraphs) > 2
        and (paragraphs[1].find(": ", 0, _PLACE_LABEL_MAX_CHARS) > 0 or _dash_near_start(paragraphs[1]))
        and credits.split_slot_caption(first)[1] is not None
        and _place_lead(paragraphs[1], under_credited=True) is not None
    ):
        return 1
    if (
        len(paragraphs) > 3
        and paragraphs[2].find(": ", 0, _PLACE_LABEL_MAX_CHARS) > 0
        and _place_lead(paragraphs[2]) is not None
    ):
        return 2
    return None


def _untold_place_lead(paragraph: str, dateline_at: int | None) -> bool:
    """A labelled paragraph that is the lead under a title-case dateline: no other dateline in the slot."""
    return dateline_at is None and _place_lead(paragraph) is not None


# An article's sentence reports someone: a lead under a lone credit (_tells_the_news) and no appeal to readers
# (_is_closing_note). One pattern: two merged branches each defined one under this name, and the later one
# was what both rules ran with.
_REPORTED: Final = re.compile(r"\b(?:said|says|told|according)\b")


def _reports(text: str) -> bool:
    """_REPORTED.search(text) is not None; four scans in C first (its leading \\b gives the regex engine no fast
    scan: it tried the four words at every character of a caption)."""
    return ("said" in text or "says" in text or "told" in text or "according" in text) and _REPORTED.search(
        text
    ) is not None


def _tells_the_news(paragraph: str, credit: str) -> bool:
    """Under a credit line for one photo ('Photo: Star/File'), a sentence that reports what someone said, with
    no credit or caption's participle of its own: the lead, not the photo's caption (a credit for several
    photos, 'Photos By NAME', announces captions, which may quote their subjects)."""
    return (
        not _announces_photos(credit)
        and paragraph.endswith(".")
        and _reports(paragraph)
        and credits.split_caption_credit(paragraph)[1] is None
        and not _caption_grammar(paragraph)
    )


def _lead_over_shorter(paragraph: str, following: str) -> bool:
    """Under a photo's credit alone, a finished paragraph no shorter than the one under it that neither places nor
    dates a photo nor reads as a caption: the lead (a photo's caption is shorter than the lead it stands over)."""
    return (
        len(paragraph) >= len(following)
        and paragraph.endswith(_TERMINAL)
        and head.PHOTO_POSITION.search(paragraph) is None
        and _PHOTO_DATE.search(paragraph) is None
        and not _caption_grammar(paragraph)
    )


_LABELLED_LEAD_MIN_CHARS: Final = 200  # under a 'Photo: NAME' line, a finished paragraph this long is the lead


def _lead_under_photo_label(paragraph: str, credit: str) -> bool:
    """'Photo: Agency' on a line of its own (a credit for one photo, by its label), then a finished paragraph of a
    lead's length that neither places nor dates a photo nor reads as a caption: the lead under a photo printed
    with no caption (its credit alone), not that photo's caption."""
    return (
        len(paragraph) >= _LABELLED_LEAD_MIN_CHARS
        and credit[:5].lower() == "photo"
        and credit[5:].lstrip()[:1] == ":"
        and paragraph.endswith(_TERMINAL)
        and credits.split_caption_credit(paragraph)[1] is None
        and head.PHOTO_POSITION.search(paragraph) is None
        and _PHOTO_DATE.search(paragraph) is None
        and not _caption_grammar(paragraph)
    )


_SECTION_LABEL_MAX_WORDS: Final = 4
# a label ends in none (a tuple built once, not per paragraph)
_SECTION_LABEL_NOT_ENDS: Final[tuple[str, ...]] = (*_TERMINAL, ":", ",")
_SECTION_LABELS_MIN: Final = 3  # a briefing has several sections; one subheading in a feature is no briefing
_FIRST_LABEL_MAX: Final = 2  # the photo above a briefing has one caption, at most two paragraphs


def _is_section_label(paragraph: str) -> bool:
    return (
        not paragraph.endswith(_SECTION_LABEL_NOT_ENDS)  # first: most paragraphs end in a stop, spared the split
        and credits.words_at_most(paragraph, _SECTION_LABEL_MAX_WORDS)
        and paragraph[0].isupper()
        and credits.dateline_of(paragraph) is None
        # "Photo Credit: Name" between paragraphs: a mid-article photo's credit line, no briefing's section label (a
        # feature with three photos would otherwise read as a briefing, and its lead as the caption above it)
        and not credits.is_credit_only(paragraph)
    )


def _first_section_label(paragraphs: Sequence[str]) -> int:
    """Index of the first section label of a briefing, if the page is one and text stands above it; else 0."""
    first = next((i for i in range(min(len(paragraphs), _FIRST_LABEL_MAX + 1)) if _is_section_label(paragraphs[i])), 0)
    if first == 0 or sum(map(_is_section_label, paragraphs[first:])) < _SECTION_LABELS_MIN:
        return 0
    return first


_RUBRIC_MAX_WORDS: Final = 4
_RUBRIC_MAX_CHARS: Final = 40  # tested first, in the caller: a lead is longer, and its words are never split


def _label_over_lead(body: Sequence[str]) -> bool:
    """The body's first paragraph, under the photo's caption: a rubric's or series' label ('Letters to the Editor',
    'Election Watch': a few capitalised words, no digit, no sentence end) over a long finished lead that does not
    name it, and no label like it among the next paragraphs (a briefing's first section label opens its items)."""
    label = body[0]
    words = label.split()
    return (
        len(words) <= _RUBRIC_MAX_WORDS
        and not label.endswith(_TERMINAL)
        and words[0][0].isupper()
        and all(word[0].isupper() or word in _RUBRIC_SMALL_WORDS for word in words)
        and not any(map(str.isdigit, label))
        and len(body[1]) >= _RUBRIC_LEAD_MIN_CHARS
        and body[1].endswith(_TERMINAL)
        and label not in body[1]  # a review's subheading names what the lead goes on to tell of ("Harbour Lights")
        and not any(map(_is_section_label, body[2:4]))
    )


_RUBRIC_SMALL_WORDS: Final = frozenset(("to", "the", "of", "and", "in", "for", "on", "a"))
_RUBRIC_LEAD_MIN_CHARS: Final = 100

# A dek (a standfirst or summary under the headline) over the lead, told apart from a lead over its second
# paragraph. Measured on the first paragraphs of ~1,400 learned pages (about 30 sites each, the reference site's as
# guards): with no sentence's end, the dek's words come back in the lead (no kept first paragraph with no stop shares
# three in ten of its content words with the paragraph under it); finished, the dek is one short sentence over a lead
# that tells the day, opens a story of its own (no "He", "But", quote) and takes up more of the headline's words than
# the dek does (on the pages measured, no kept first paragraph of the other sites' or the reference site's has it).
_DEK_FINISHED: Final = _TERMINAL[:7]  # a sentence's stop or its quote mark
_DEK_STOPS: Final = _TERMINAL[:3]  # a sentence's stop
_DEK_SHARE: Final = (3, 10)  # of the unfinished dek's content words, the lead under it holds this share or more
_DEK_MIN_SPACES: Final = 3  # an unfinished dek has four words or more
_DEK_TAIL_MIN_SPACES: Final = 8  # a dek the lead prints again after its own subject: nine words after the first
_DEK_MAX_SPACES: Final = 24  # a finished dek is one sentence of 25 words at most
_NAMES_THE_DAY: Final = credits.word_search(_DAY_WORDS[:10])  # a weekday, "yesterday", "today" or "tonight"
_DAY_REACH: Final = 200  # characters: a lead tells the day in its first clauses
_CARRIES_ON: Final = re.compile(r"(?:He|She|It|They|But|And|This|That|However)\b|[\"“‘']")


def _dek_over_lead(body: Sequence[str], title: str | None, captions: Sequence[Caption]) -> bool:
    """Is the body's first paragraph, no dateline's, the story's dek over the lead under it? 'Aid pours in for
    flood victims in two districts' over 'Aid has poured in for the flood victims of ...' (unfinished, its words
    taken up); 'Prices will stay high for months.' over 'Fuel prices rose by a tenth on Monday as ...' with the
    headline's words in the lead (finished). A one-sentence lead is kept: the paragraph under it carries it on, tells
    no day, or takes up fewer of the headline's words; a print lead opening in capitals is the reference site's."""
    paragraph, below = body[0], body[1]
    if (
        len(below) > len(paragraph)  # integers first: most leads run no longer than the paragraph over them
        and (space := paragraph.find(" ")) > 0
        and below.endswith(paragraph[space:])  # in C
        and paragraph.count(" ", space) >= _DEK_TAIL_MIN_SPACES
        and paragraph.endswith(_DEK_STOPS)
    ):
        # "ACRONYM on Friday declared ..." over "The Full Name (ACRONYM) on Friday declared ...": the lead printed
        # again as its summary, only the subject shortened: the dek, not body
        return not (captions and captions[-1].credit is not None and _opens_in_capitals(below))
    if _quote_without_stop(paragraph):
        # "Mayor calls the vote 'a contest of ideas'": a headline's quoted words with no sentence's stop over a longer
        # finished paragraph; a listing's heading in capitals ("EXHIBITION: 'BLUE HOURS'") opens its item
        if not (
            _DEK_MIN_SPACES <= paragraph.count(" ") <= _DEK_MAX_SPACES
            and len(below) > len(paragraph)
            and below.endswith(_TERMINAL)
            and not _quote_without_stop(below)
            and not _opens_in_capitals(paragraph)
            and credits.dateline_of(paragraph) is None
        ):
            return False
    elif not paragraph.endswith(_DEK_FINISHED):
        if paragraph.count(" ") < _DEK_MIN_SPACES or paragraph in below:
            # a label or a name of a word or two ("Energy"): no dek; printed again (a photo's alt text and caption)
            # or named whole by the lead (a review's subheading, "Harbour Lights")
            return False
        words, shared = head.words_and_shared(paragraph, below.lower())
        if not (
            words > 0
            and shared * _DEK_SHARE[1] >= words * _DEK_SHARE[0]
            and credits.dateline_of(paragraph) is None
            # a briefing's or a listing's first heading over its item, more headings under it ("MUSIC: JAZZ NIGHTS")
            and not (_is_subheading(paragraph) and any(map(_is_subheading, body[2:])))
        ):
            return False
    elif not (
        title is not None
        and len(below) > len(paragraph)  # the lead is longer than its dek (integers first, in C)
        and paragraph.endswith(_DEK_STOPS)
        and not _opens_in_capitals(paragraph)  # a print lead ("THE council ..."), the reference site's lead
        and ". " not in paragraph
        and paragraph.count(" ") <= _DEK_MAX_SPACES
        and _CARRIES_ON.match(below) is None
        and ("day" in (opening := below[:_DAY_REACH]) or "onight" in opening)  # in C before the word search
        and _NAMES_THE_DAY.search(opening) is not None
        and head.more_shared_below(title, paragraph.lower(), below.lower())
        and credits.dateline_of(paragraph) is None
    ):
        return False
    # under a credited photo over a print lead: the reference site's summary that opens the body
    return not (captions and captions[-1].credit is not None and _opens_in_capitals(below))


def _is_briefing(paragraphs: list[str], start: int) -> bool:
    """Several paragraphs signing off '— Reuters' are briefing items, not photo captions.

    Photo captions come first and in a short run; briefing items run on (three or more in a row),
    or come back after other paragraphs. The last paragraph's own sign-off ('... said. — Reuters')
    signs off the article and does not count.
    """
    run = start
    while run < len(paragraphs) and credits.ends_in_bare_agency(paragraphs[run]):
        run += 1
    if run - start >= 3 or run == len(paragraphs):
        return True
    # Two signed items over a last paragraph the dump's end cut off (no stop): the third item, cut short; two photos
    # signed by a wire in a row, over a lead, are not seen.
    if run - start == 2 and run == len(paragraphs) - 1 and not paragraphs[run].endswith(_TERMINAL):
        return True
    # A mid-article photo's second caption ("... — Reuters" under "... REUTERS/Jane Tan") is no item coming back.
    return any(
        credits.ends_in_bare_agency(p) and not _photo_credited(paragraphs[k - 1])
        for k, p in enumerate(paragraphs[run:-1], run)
    )


# A finished paragraph this long under a bracketed wire's name resumes the article (a notice under a sign-off, "All
# rights reserved.", runs shorter)
_RESUMED_PARAGRAPH_MIN_CHARS: Final = 80


def _after_agency_boilerplate(lines: Sequence[str], kinds: Sequence[int], start: int, agency: str | None) -> int:
    """Index after the paragraphs under a sign-off line that open with the agency's name ('-- BERNAMA' /
    'BERNAMA publishes news ...'): the agency describing itself, not the story."""
    if agency is None:
        return start
    opening = agency.lower() + " "
    i = start
    while i < len(lines) and kinds[i] == BODY and lines[i][: len(opening)].lower() == opening:
        i += 1
    return i


# A headline's length: a line with a kicker ("LABEL: ...", "LABEL - ...") at most this long, unfinished, over the
# lead is a headline repeated in the body, no dateline's lead.
_KICKER_HEADLINE_MAX_CHARS: Final = 100
_LEAD_ENDS: Final = _TERMINAL[:8]  # a sentence's stop, its quote mark or its closing bracket


def _kicker_headline(body: list[str], at: int) -> bool:
    """Is the dated paragraph body[at] a headline under a kicker ('LABEL: Floods force thousands from homes'): short,
    ending in no stop, no agency in brackets, with a longer finished paragraph after it (a dump wrapped by hand
    goes on with an unfinished line; a cut dump ends there)?"""
    line = body[at]
    if len(line) > _KICKER_HEADLINE_MAX_CHARS or line.endswith(_LEAD_ENDS) or at + 1 >= len(body):
        return False
    lead = body[at + 1]
    found = credits.dateline_of(line)
    return (
        found is not None
        and found[1] is None
        and len(lead) > len(line)
        and lead.endswith(_LEAD_ENDS)
        and lead[:1].isupper()
    )


def _agency_name(raw: str | None) -> str | None:
    if raw is None:
        return None
    return _AGENCY_NAMES.get(raw.strip().lower(), raw.strip())


_CREDIT_IN_BRACKETS: Final = re.compile(r"\s*\(([^()]{2,40})\)")  # what a caption adds to its alt text: "(Twitter)"
# The print edition's one caption for several photos, each part behind the place of its photo on the page: "Left:
# A crane at the pier. Above: Divers at the wreck." (also "Top:", "Inset:", "Far right:").
_POSITION_LABEL: Final = re.compile(
    r"(?:(?:far |top |bottom )?(?:left|right)|above|below|top|bottom|inset|clockwise from [a-z ]{3,12})\s?:\s", re.I
)
_COMBINED_MIN_CAPTIONS: Final = 3  # the combined caption and at least two photos' own


def _without_combined_caption(captions: list[Caption]) -> list[Caption]:
    """The captions without the print edition's combined caption when each photo's own caption is recorded too:
    an uncredited caption opening with a photo's place ("Left: ...") that holds the text of two or more of the
    other captions says again what they say, one caption per photo."""
    kept = [
        caption
        for caption in captions
        if caption.credit is not None
        or _POSITION_LABEL.match(caption.text) is None
        or sum(other.text in caption.text for other in captions if other is not caption and other.text) < 2
    ]
    return kept if len(kept) < len(captions) else captions


_FURNITURE_KINDS: Final = frozenset((CHROME, DROP, TAIL))  # page furniture the head may skip above the headline


class _KindIn:
    """`kinds[i] in wanted`, answered when asked (a head.LineMarks): the head reads a handful of lines' answers,
    and two lists of every line's answer cost a dump 3 % of parse_dump's instructions."""

    __slots__ = ("_kinds", "_wanted")

    # A list and a frozenset: compiled, a list's item and a set's test are read in C, a Sequence's and an
    # AbstractSet's through generic calls (the head asks about every line it passes).
    def __init__(self, kinds: list[int], wanted: frozenset[int]) -> None:
        self._kinds = kinds
        self._wanted = wanted

    def __getitem__(self, index: int, /) -> bool:
        return self._kinds[index] in self._wanted


def _asterisk_blocks_joined(lines: Sequence[str]) -> list[str]:
    """A photo's caption some sites save as asterisk-marked lines, '*Caption, part one' / '*' / '*part two
    (Photo: X)' / '*', as the one paragraph it is ('Caption, part one part two (Photo: X)'). A run counts
    when it holds a lone '*' line, which no list bulleted with asterisks has."""
    out: list[str] = []
    i, n = 0, len(lines)
    while i < n:
        end = i
        while end < n and lines[end][0] == "*":
            end += 1
        if end - i >= 2 and "*" in lines[i:end]:
            joined = " ".join(part for line in lines[i:end] if (part := line[1:].strip()))
            if joined:
                out.append(joined)
            i = end
        else:
            out.append(lines[i])
            i += 1
    return out


_GLUED_BYLINE_MAX_CHARS: Final = 60
# Under the byline, the writers' town (or towns) and country in title case, nothing else: "Riverton, Mekongia",
# "Riverton and Halden, Mekongia". A dateline in capitals or before a colon reads otherwise.
_FILING_PLACE: Final = re.compile(
    r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?: and [A-Z][a-z]+(?: [A-Z][a-z]+){0,2})?, [A-Z][a-z]+(?: [A-Z][a-z]+)?"
)
_FILING_PLACE_MAX_CHARS: Final = 50
# A text-size widget's label printed after the byline ("By: Jane Tan Text Size:"), the lead run in after it
_SIZE_WIDGET_LABELS: Final[tuple[str, ...]] = (" Text Size: ", " Text size: ", " Font Size: ", " Font size: ")


def _byline_widget_end(paragraph: str) -> int:
    """Where the lead starts in 'By: Jane Tan Text Size: RIVERTON: The council ...': the byline and the label of
    the page's text-size buttons run into the first paragraph (the breaks between them lost); neither is the
    article's. 0 when the paragraph opens otherwise."""
    for label in _SIZE_WIDGET_LABELS:
        at = paragraph.find(label, 0, _GLUED_BYLINE_MAX_CHARS)
        if at > 0:
            end = at + len(label)
            name = paragraph[3 if paragraph[2] == ":" else 2 : at].split()  # after "By:" or "By"
            named = bool(name) and all(w[:1].isupper() for w in name)  # "By then the": the lead's own words
            return end if named and head.is_byline(paragraph[:at]) and paragraph[end : end + 1].isupper() else 0
    return 0


# A desk's byline names itself after the site's name or initials: "AB Web Team", "Paper News Desk".
_DESK_ENDS: Final[tuple[str, ...]] = (" Team ", " Desk ", " Bureau ")
_DESK_KINDS: Final = frozenset(("Web", "News", "Online", "Digital", "Editorial"))
_DESK_NAME_MAX_WORDS: Final = 3  # the site's name or initials and the desk's kind: "AB Web", "The Paper News"
_GLUED_PLACE_MAX_WORDS: Final = 2  # "Riverton", "New Riverton"


def _desk_place_glued(paragraph: str) -> tuple[str, str] | None:
    """('New Riverton', 'The council said ...') from 'AB Web Team New Riverton The council said ...': a desk's
    byline (the site's name or initials, the desk's kind, then 'Team', 'Desk' or 'Bureau') and the town it filed
    from run into the lead, the breaks between them lost; the town is the dateline, printed apart (the lead opens
    with a capitalised word and a word in lower case). None for any other paragraph."""
    at = -1
    for end in _DESK_ENDS:
        if (at := paragraph.find(end, 0, _GLUED_BYLINE_MAX_CHARS)) > 0:
            break
    if at <= 0:
        return None
    desk = paragraph[:at].split()
    if (
        not 1 < len(desk) <= _DESK_NAME_MAX_WORDS
        or desk[-1] not in _DESK_KINDS
        or not all(w[0].isupper() and w.isalpha() for w in desk)
    ):
        return None
    words = paragraph[at:].split(" ", _GLUED_PLACE_MAX_WORDS + 4)[2:]  # after the desk's word
    for size in range(1, _GLUED_PLACE_MAX_WORDS + 1):
        place, after = words[:size], words[size : size + 2]
        if len(after) < 2 or not all(w.isalpha() and w[0].isupper() and w[1:].islower() for w in place):
            return None
        opener, second = after
        if opener.isalpha() and opener[0].isupper() and second.isalpha() and second.islower():
            return " ".join(place), " ".join(words[size:])
    return None


def _alt_text_headline_cut(content: list[str], title: str) -> None:
    """'Headline A man walks past ... (Agency/Name)': the photo's alt text, the headline, glued before its credited
    caption in the caption slot; the caption is the rest."""
    prefix = title + " "
    for k, paragraph in enumerate(content[:_CAPTION_SLOT]):
        if paragraph.startswith(prefix):
            rest = paragraph[len(prefix) :].lstrip()
            if rest[:1].isupper() and (
                credits.split_slot_caption(rest)[1] is not None
                or (k + 1 < len(content) and credits.is_credit_only(content[k + 1]))
            ):
                content[k] = rest
            return


_SIGNATURE_MAX: Final = 60  # characters: a writer's name with the bar after it
_SOURCE_LINE_MAX_CHARS: Final = 40  # characters: a story's source on a line of its own ("SOURCE: The Daily Courier")


def _kicker_over(lines: Sequence[str], title: str | None, content_start: int) -> str | None:
    """The short label printed right above the headline ('Metro'), or None; a story card's label is no longer
    (the content loop's one length test stands in front of both)."""
    if title is None:
        return None
    try:
        at = lines.index(title, 0, content_start)
    except ValueError:
        return None
    label = lines[at - 1] if at else ""
    return label if label and len(label) <= _CARD_LABEL_MAX and not label.endswith(_TERMINAL) else None


_ROLE_BYLINE_MAX_CHARS: Final = head.ROLE_BYLINE_MAX_CHARS
# Words that open a lead's sentence ("At least 27 people were ...") and that a headline in sentence case never
# capitalizes in its middle; and the words a headline does not end on ("... beach in", "... against").
_LEAD_OPENERS: Final = frozenset(
    ("A", "An", "The", "At", "In", "On", "For", "After", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
     "Nine", "Ten", "Dozens", "Hundreds", "Thousands")
)  # fmt: skip
_FUNCTION_WORDS: Final = frozenset(
    ("a", "an", "the", "in", "on", "at", "of", "for", "to", "by", "with", "from", "and", "or", "as", "than",
     "against", "into", "over", "after", "before", "about", "its", "their", "his", "her", "is", "are", "was", "were")
)  # fmt: skip
_GLUED_HEADLINE_WORDS: Final = (4, 20)  # a headline's words before the lead
_GLUED_LEAD_MIN_CHARS: Final = 80


def _headline_glued_to_lead(text: str) -> tuple[str, str] | None:
    """'Ferry sinks off the coast in storm At least 12 people ...': a headline in sentence case run into the lead
    with one space (the scrape lost the line break), split where a lead's opening word follows a lower-case word;
    None when no such seam stands within a headline's length or the rest is no sentence."""
    words = text.split(" ")
    low, high = _GLUED_HEADLINE_WORDS
    for k in range(low, min(high, len(words) - 1) + 1):
        if words[k] not in _LEAD_OPENERS:
            continue
        before = words[k - 1]
        if not (before[:1].islower() and before[-1:].isalpha()) or before in _FUNCTION_WORDS:
            return None  # the first seam decides: a capital after a stop or a name is no headline's end
        title, lead = " ".join(words[:k]), " ".join(words[k:])
        if len(lead) < _GLUED_LEAD_MIN_CHARS or not lead.endswith(_TERMINAL) or not head.headline_shaped(title):
            return None
        return title, lead
    return None


_REPEAT_REACH: Final = 3  # lines under the first one where its copy stands (a photo's credit between them)
_REPEAT_MIN_WORDS: Final = 5


def _split_caption_above(caption: str) -> tuple[str, str | None]:
    """split_caption_credit for a caption the head took, and a source in brackets glued to its stop ('... on
    Saturday.(City Police)'), which the head took for that credit. A caption and its credit printed twice on its
    line ('Caption. Photo: X Caption. Photo: X': the alt text, then the caption) is read once."""
    if _printed_twice(caption):
        caption = caption[: len(caption) // 2].strip()
    text, credit = credits.split_caption_credit(caption)
    if credit is None and (glued := credits.split_glued_source(caption)) is not None:
        return glued
    return text, credit


def _head_under_line_printed_again(lines: Sequence[str]) -> int | None:
    """The first line is no headline, and a line right under it prints it again: whole (a photo's caption over its
    credit, then the caption again over the headline) or its opening (an excerpt, 'Headline Lead ... [...]', over
    the headline and the lead), or two lines down, a headline between (the photo's text over the headline, its
    caption under it). Where the head starts: after the caption's copy, at the excerpt's headline or that headline."""
    first = lines[0]
    if first.count(" ") < _REPEAT_MIN_WORDS - 1:
        return None
    for j in range(1, min(len(lines) - 1, _REPEAT_REACH + 1)):
        copy = lines[j]
        if copy == first:
            if not first.endswith(_TERMINAL):
                return None
            # a caption: a sentence, at most its credit between it and its copy
            if all(map(credits.is_credit_only, lines[1:j])):
                return j + 1
            # the photo's text over the headline and its caption under it, the same sentence: the head starts at
            # the headline (a lead is never printed again two lines down)
            return 1 if j == 2 and lines[1][-1:] != "." and head.headline_shaped(lines[1]) else None
        if (
            len(copy) < len(first)
            and first.startswith(copy)
            and first[len(copy)] == " "
            and copy.count(" ") >= _REPEAT_MIN_WORDS - 1
            and head.headline_shaped(copy)
        ):
            return j
    return None


_CREDITED_CAPTION_MIN_WORDS: Final = 6  # a caption's sentence: a headline's sentence before a stop runs shorter
_CREDITED_CAPTION_TAIL_MAX_WORDS: Final = 6  # a photographer's or agency's name, a label before it
# the word a photo's credit opens with after a caption's stop ('Picture by Jane Tan', 'Illustration: Jane Tan')
_PHOTO_CREDIT_WORDS: Final = frozenset(
    {"Picture", "Pictures", "Pic", "Pics", "Photo", "Photos", "Photograph", "File", "Filepic", "Illustration", "Image"}
)


def _credited_caption(line: str) -> bool:
    """A photo's caption with its credit after it: a finished sentence of a few words, then after its stop a short
    credit set off by a mark ('... on Monday. — Jane Tan', '... pier. (Herald/Jane Tan)', '... fort. / Agency'),
    opened by a photo's word ('... 2031. Picture by Jane Tan', '... rains. File') or in capitals ('... JANE TAN').
    A headline's second part after a stop is a clause of its own ('... rise. Will it last?'), no credit."""
    at = line.rfind(". ")
    if at < 0 or line.count(" ", 0, at) < _CREDITED_CAPTION_MIN_WORDS - 1:
        return False
    tail = line[at + 2 :].strip()
    if not tail or tail.count(" ") >= _CREDITED_CAPTION_TAIL_MAX_WORDS or tail.endswith(_SENTENCE_END):
        return False
    if tail[0] in credits.CREDIT_MARKS:
        return any(map(str.isalpha, tail))
    word = tail.split(" ", 1)[0].rstrip(":")
    return word in _PHOTO_CREDIT_WORDS or (tail.isupper() and tail.count(" ") >= 1)


_CAPTION_KICKER: Final = re.compile(r"[A-Z][A-Z0-9'’ -]{2,40}\. [A-Z]")  # 'HIGH WATER. Residents wade ...'
_KICKED_CAPTION_MIN_WORDS: Final = 12  # the caption's sentence under its kicker runs past a headline's length


def _kicked_caption(line: str) -> bool:
    """A photo's caption opening with its kicker in capitals and a stop ('HIGH WATER. Residents wade through ...'),
    a long sentence after it: a headline's label ends in a colon, never a stop."""
    return (
        line.count(" ") >= _KICKED_CAPTION_MIN_WORDS and line[1:2].isupper() and _CAPTION_KICKER.match(line) is not None
    )


def _lead_glued_to_title(line: str, title: str) -> str | None:
    """'Ferry fares riseTHE council approved ...': the whole headline printed again with no space before a finished
    paragraph of a lead's length, its capital glued to the headline's last letter (a heading's text and the paragraph
    under it saved as one line); the paragraph, or None. (An alt text's headline before a caption is spaced.)"""
    at = len(title)
    if len(line) < at + _LEAD_PARAGRAPH_CHARS or not line.startswith(title):
        return None
    rest = line[at:]
    return rest if _is_capital(rest[0]) and _is_letter(line[at - 1]) and rest.endswith(_TERMINAL) else None


def _title_printed_again(line: str, title: str) -> bool:
    """'Headline Headl': a line opening with the whole headline, the rest the headline's opening again (a gallery's
    alt texts run together, the last one cut by the dump's end)."""
    rest = line[len(title) :]
    return rest[:1] == " " and len(rest) > 1 and title.startswith(rest[1:].rstrip())


_TWIN_TAIL_CHARS: Final = 12  # the ends two copies of one line share, compared before their letters are
_TWIN_MARKS_MAX_CHARS: Final = 24  # ' ?? ' around a label, twice over: the marked copy is only a little longer


def _without_marked_twins(body: list[str]) -> tuple[list[str], int]:
    """Drop a paragraph printed twice in a row, once with marks around its label (' ?? FILE PIC ?? Pupils at ...' /
    'FILE PIC Pupils at ...'): a print page's photo caption set after the text, its kicker's glyphs lost once;
    neither body nor caption (the same letters and digits, other marks). How many paragraphs went."""
    kept: list[str] = []
    dropped = 0
    k = 0
    while k < len(body):
        here = body[k]
        if (
            k + 1 < len(body)
            and (there := body[k + 1]) != here
            # in C first: neighbours seldom end alike (one slice and a suffix test where both are long enough, as
            # most are; a shorter one is equal only as a whole, which the test above rules out)
            and len(here) >= _TWIN_TAIL_CHARS <= len(there)
            and there[-2] == here[-2]  # a character each first, no copy (most lines end in a stop: the one before it)
            and there.endswith(here[-_TWIN_TAIL_CHARS:])
            and 0 < abs(len(here) - len(there)) <= _TWIN_MARKS_MAX_CHARS  # the marks alone tell the copies apart
            and ("??" in here or "??" in there)  # the kicker's lost glyphs, as the page's charset left them
            and _letters_of(here) == _letters_of(there)
        ):
            dropped += 2
            k += 2
            continue
        kept.append(here)
        k += 1
    return (kept, dropped) if dropped else (body, 0)


_DOUBLED_PAGE_MIN_PAIRS: Final = 3  # paragraphs printed twice in a row: a caption and its alt text are one pair


def _page_printed_twice(content: list[str], *, cut: bool) -> list[str] | None:
    """The article's paragraphs once each, when the scrape saved every one of them twice in a row (a page whose
    text layer was read twice): three copied pairs or more and fewer lines printed once than pairs. cut: the dump
    stopped inside the content's last line, so a last line that opens the line above it is that paragraph's copy,
    cut short, or (every line above it in pairs) the paragraph whose copy the cut took away. None for any other
    page (a caption and its alt text are one pair among lines printed once)."""
    kept: list[str] = []
    pairs = 0
    k = 0
    last = len(content) - 1
    while k <= last:
        here = content[k]
        if k < last and (
            content[k + 1] == here or (cut and k + 1 == last and here.startswith(content[k + 1]))  # in C
        ):
            pairs += 1
            k += 2
        else:
            if cut and k == last and 2 * pairs == k:
                pairs += 1  # every line above in pairs, the last one's copy cut away by the scrape
            k += 1
        kept.append(here)
    return kept if pairs >= _DOUBLED_PAGE_MIN_PAIRS and len(kept) - pairs < pairs else None


_NOT_LETTERS: Final = re.compile(r"[\W_]+")


def _letters_of(text: str) -> str:
    return _NOT_LETTERS.sub("", text)  # in C: a generator over the characters cost a fifth of the parse


_ALT_TITLE_PARAGRAPHS_UNDER: Final = 2  # a share card's dek is one paragraph; the article goes on for more


def _paragraphs_at(lines: Sequence[str], kinds: Sequence[int], start: int, count: int) -> bool:
    """Do `count` body lines from `start` on read as the article's finished paragraphs (_reads_as_article)?"""
    end = start + count
    return end <= len(lines) and all(kinds[k] == BODY and _reads_as_article(lines[k]) for k in range(start, end))


_CARD_LABEL_MAX: Final = head.CARD_LABEL_MAX  # bound here: the content loop tests it on every line


_HEAD_COPY_REACH: Final = 3  # lines under a chrome line under the page's title where the headline is printed again
_PADDED_PROBE_CHARS: Final = 16  # the first paragraph's opening, looked for in the dump's text


def parse_lines(
    lines: list[str],
    decode_warnings: tuple[str, ...] = (),
    *,
    at_sign: bool = True,
    capped: bool = False,
    raw: str = "",
) -> ParseOutcome:
    """Classify the lines of one dump into an article, or say why there is none. at_sign: False when the dump holds
    no "@" (the caller's one search in C over its text), so no social post is looked for. capped: the scrape stopped
    at its size cap, so the last line is cut wherever the cap fell (a name's first letters are no writer's name).
    raw: the dump's text as decoded, its lines' trailing spaces kept (an old print page's layout, read by
    segment.unpadded_among_padded)."""
    warnings: list[str] = list(decode_warnings)
    if not lines:
        return Quarantined(
            "empty_file", "no text lines in the dump: the scrape returned no page", warnings=tuple(warnings)
        )
    first = head.strip_scraper_prefix(lines[0])
    prefixed = first != lines[0]  # the scraper's ' date YYYY-MM-DD ' stood before the page's first line
    if prefixed:
        lines = [first, *lines[1:]] if first else list(lines[1:])
        if not lines:
            return Quarantined("empty_file", "only a scraper prefix, no text: the scrape returned no page")
    # A caption saved as asterisk-marked lines (rare): a line that is "*" alone holds a character of raw, so a raw
    # without one (a search in C over the text, as for at_sign) spares the list search, an equality test a line.
    if (not raw or "*" in raw) and "*" in lines:
        lines = _asterisk_blocks_joined(lines)
        if not lines:  # asterisks alone ("*" / "*"): no text
            return Quarantined("empty_file", "only asterisks, no text: the scrape returned no page")
    kinds = kinds_of(lines)
    n = len(lines)
    if n > 2 and kinds[0] in _PROMO_KINDS and (pitch := _lone_pitch_lines(lines, kinds)):
        # a lone pitch on the page's first line ('SUBSCRIBE NOW', a button's 'More info'), no block of offers under
        # it: the page's header, above the headline
        lines, kinds, n = lines[pitch:], kinds[pitch:], n - pitch
        warnings.append("head_lines_skipped")

    # Head: chrome above the headline, the headline, meta bullets, bylines and standfirst.
    top = head.read_head(lines, _KindIn(kinds, _STRUCTURE_KINDS), _KindIn(kinds, _FURNITURE_KINDS))
    if top.title is None and not top.skipped and (split := _headline_glued_to_lead(lines[0])) is not None:
        # the scrape lost the break under the headline
        return parse_lines([*split, *lines[1:]], decode_warnings, at_sign=at_sign, capped=capped, raw=raw)
    if (
        top.title is None
        and top.skipped
        and (j := top.content_start) + 2 < n
        and kinds[j] in _PROMO_KINDS
        and kinds[j + 1] not in _PROMO_KINDS
    ):
        # a lone pitch under the page's chrome ('SUBSCRIBE NOW', no block of offers under it) stopped the head: the
        # header's button, as on the page's first line; the head is read again without it
        return parse_lines([*lines[:j], *lines[j + 1 :]], decode_warnings, at_sign=at_sign, capped=capped, raw=raw)
    if top.title is None and not top.skipped and (k := _head_under_line_printed_again(lines)) is not None:
        # the page's first line (a photo's caption, an excerpt) printed again over the head: the head starts there
        outcome = parse_lines(lines[k:], decode_warnings, at_sign=at_sign, capped=capped, raw=raw)
        if isinstance(outcome, ParsedArticle):
            above = (Caption(lines[0], lines[1] if k == 3 else None),) if k > 1 and lines[k - 1] == lines[0] else ()
            return dataclasses.replace(
                outcome,
                captions=(*above, *outcome.captions),
                warnings=tuple(dict.fromkeys((*outcome.warnings, "head_lines_skipped"))),
            )
    if (
        top.title is not None
        and top.content_start + 1 < n
        and kinds[top.content_start] == CHROME
        and top.title in lines[top.content_start + 1 : top.content_start + _HEAD_COPY_REACH + 1]
    ):
        # the page's title over a chrome line ("Top Stories", "Most Viewed"), the headline printed again under it:
        # the article's head starts at the copy
        k = lines.index(top.title, top.content_start + 1)
        outcome = parse_lines(lines[k:], decode_warnings, at_sign=at_sign, capped=capped, raw=raw)
        if isinstance(outcome, ParsedArticle):
            return dataclasses.replace(
                outcome, warnings=tuple(dict.fromkeys((*outcome.warnings, "head_lines_skipped")))
            )
    title, section, published = top.title, top.section, top.published
    if (
        title is not None
        and ". " in title  # in C: few titles hold a stop
        and ((credited := _credited_caption(title)) or _kicked_caption(title))
        and title in lines
    ):
        # a photo's credited caption read as the headline: the page's head starts under it, a headline there or
        # none (the lead right under the caption: the scrape lost the page's head)
        k = lines.index(title) + 1
        if k >= n:
            return Quarantined(
                "no_headline", "only a photo's caption, no headline or text under it: re-scrape the page"
            )
        outcome = parse_lines(lines[k:], decode_warnings, at_sign=at_sign, capped=capped, raw=raw)
        if isinstance(outcome, ParsedArticle):
            text, credit = credits.split_credited_headline(title) if credited else (title, None)
            return dataclasses.replace(
                outcome,
                captions=(Caption(text, credit), *outcome.captions),
                warnings=tuple(dict.fromkeys((*outcome.warnings, "head_lines_skipped"))),
            )
        return outcome
    if prefixed and title is not None and title == lines[0] and _summary_sentence(title):
        title = None  # under the scraper's prefix, a long sentence opening 'The ...': the page's summary, no headline
    if (
        prefixed
        and title is not None
        and title == lines[0]
        and title.count(" ") >= _CUT_SUMMARY_MIN_WORDS - 1  # words counted in C: most headlines stop here
        and _opens_a_paragraph_below(title, lines, top.content_start)
    ):
        title = None  # under the scraper's prefix, a paragraph's opening cut from it: the page's summary, no headline
    if prefixed and title is not None and title == lines[0] and " | " in title and _barred_caption(title):
        title = None  # under the scraper's prefix, a finished sentence and its credit after a bar: a photo's caption
    if (
        prefixed
        and title is not None
        and top.content_start == 1
        and " | " in lines[0]  # in C: most first lines hold no bar
        and lines[0].startswith(title)
        and _photographer_after_bar(lines[0], lines[1])
    ):
        title = None  # under the scraper's prefix, a caption and its photographer after a bar over the dateline's lead
    if title is not None and top.skipped and _under_summary_notice(title, lines, top.content_start):
        title = None  # under a machine summary's notice, the summary: the headline was lost above them
    if title is not None and top.skipped and _under_bare_photo_label(title, lines, top.content_start):
        title = None  # the text a screen reader's caption label announces is a photo's or video's caption: no headline
    if title is not None and (_never_a_headline(title, at_sign=at_sign) or _cut_mid_phrase(title, lines)):
        title = None  # a paragraph, a social post, a caption or a line cut mid-phrase where the headline stands: none
    i = top.content_start
    if top.skipped:
        warnings.append("head_lines_skipped")
    opening: str | None = None  # the article's first paragraph set as a list item ("  • Paragraph ... .")
    if i < n and lines[i][:1] in head._BULLET_CHARS:
        if (end := _points_under_box_heading(lines, i)) is not None:
            i = end  # 'At a Glance' over its bulleted points, the head's last line: a summary, not the article
        elif (opening := head.paragraph_bullet(lines, i)) is not None:
            lines = [*lines[:i], opening, *lines[i + 1 :]]  # its text, without the mark

    # Content: everything up to the first end marker, promo blocks and ad markers cut out.
    content: list[str] = []
    # The writer's name under the headline ('JANE DOE |'), printed again after the last paragraph, signs off.
    # (Loops, not set comprehensions: a comprehension is a call of its own in every dump.)
    signed: set[str] = set()
    for line in lines[: top.content_start]:
        if len(line) > _SIGNATURE_MAX:
            continue
        if line.endswith(" |") and head.is_byline(line[:-2]):
            signed.add(line[:-2])
        # 'By News Desk' under the headline, 'News Desk' after the last paragraph: the author box
        if line[:3] == "By " and head.is_byline(name := line[3:].strip()):
            signed.add(name)
    kicker = _kicker_over(lines, title, top.content_start) if top.content_start > 1 else None
    signoff_agency: str | None = None
    paywalled = False  # a paywall may cut the free preview mid-sentence
    promo_tags: tuple[str, ...] = ()  # a tags line under the promo that closes the article
    title_line = False  # a short line in the headline's words in the content: a mid-article photo's title?
    labelled_captions: list[Caption] = []  # photos over the article under a broadcaster's labels (_PHOTO_LABELS)
    photo_credit: str | None = None  # the credit label's text over the caption label's
    # the headline's words, and its length with the space after it: a line opening with it is tested in the loop
    title_words = title.count(" ") if title is not None else 0
    title_chars = len(title) + 1 if title is not None else 0
    while i < n:
        kind = kinds[i]
        line = lines[i]  # indexed once: a body line is read by several tests below
        if kind != BODY:  # body text, the common case, skips the structure tests
            if kind == PAYWALL and not content and _lead_follows(lines, i + 1):
                warnings.append("head_lines_skipped")  # a metered page's counter under the headline
                i += 1
                continue
            if kind in _ENDS_CONTENT:
                if kind == TAIL and not content:
                    i += 1  # a comment counter or the like above the article: dropped
                    continue
                if (
                    kind == CHROME
                    and len(content) < _CAPTION_SLOT
                    and head.is_chrome(lines[i])
                    # a lead with no dateline right under the player's label, nothing read above it: the article
                    # (an end marker there would leave the headline with no body)
                    and (_lead_follows(lines, i + 1) or (not content and _finished_lead_at(lines, i + 1)))
                    and not any(credits.dateline_of(paragraph) for paragraph in content)
                ):
                    warnings.append("head_lines_skipped")  # "Listen to this article" between the photo and the lead
                    i += 1
                    continue
                if (
                    kind == CHROME
                    and len(content) < _CAPTION_SLOT
                    and len(line) <= _RELATED_HEADING_MAX_CHARS
                    and (block_end := _teaser_block_end(lines, kinds, i + 1)) is not None
                ):
                    warnings.append("head_lines_skipped")  # other stories' headlines and teasers over the article
                    if len(content) == 1 and credits.split_caption_credit(content[0])[1] is None:
                        content.clear()  # the line between the headline and the block is the standfirst
                    i = block_end
                    continue
                if (
                    kind == CHROME
                    and content
                    and len(line) <= _RELATED_HEADING_MAX_CHARS
                    and line[:3].lower() in _INLINE_LINKS_OPENINGS
                    and content[-1].endswith(_TERMINAL)
                    and _paragraph_at(lines, i + 1, _INLINE_LINKS_NEXT_CHARS)
                ):
                    i += 1  # "See also:" between two paragraphs, its links not saved: the article goes on under it
                    continue
                if kind == CHROME and content and line[-1] == ":" and _own_numbered_item_at(lines, i + 1):
                    content.append(line)  # "Top stories:" over "1. ..." and its report: the article's own list
                    i += 1
                    continue
                if kind == WHATSAPP and len(content) < _CAPTION_SLOT and _article_below(lines, kinds, i + 1):
                    warnings.append("promo_removed")  # a channel's invitation between the head and the article
                    i += 1
                    continue
                if kind == PAYWALL and content and (full := _full_text_after(lines, i + 1, content)) is not None:
                    del content[full[0] :]  # the preview over the prompt: the page prints the article in full below it
                    i = full[1]
                    continue
                if kind == PAYWALL:
                    warnings.append("paywall_prompt")
                paywalled = kind == PAYWALL
                break
            if kind in _PROMO_KINDS and (promo_end := _promo_block_end(lines, kinds, i)) is not None:
                warnings.append("promo_removed")
                i = promo_end
                if i == n - 1 and _promo_scrap(lines[i]):
                    break  # "Bi": the block's next line, cut by the dump's end after its first letters
                # The promo closing the article stands where the WhatsApp line does: a short line between it and
                # the related list's heading is the tags line ("Topic A" or "Topic A , Topic B").
                if (
                    content
                    and i + 1 < n
                    and kinds[i + 1] in _LIST_HEADINGS
                    and kinds[i] == BODY
                    and (_is_short_label(lines[i]) or _is_spaced_tags_line(lines[i]))
                    and (tags_line := _tags_of(lines[i]))
                ):
                    promo_tags = tags_line
                    i += 1
                continue
            if kind == SIGNOFF:
                if (
                    line[0] == "("
                    and content
                    and content[-1].endswith(_TERMINAL)
                    and i + 1 < n
                    and kinds[i + 1] == BODY
                    and _paragraph_at(lines, i + 1, _RESUMED_PARAGRAPH_MIN_CHARS)
                ):
                    # "(Yonhap)" alone between two finished paragraphs: the credit of a photo without a caption
                    # (the article goes on under it), no sign-off: neither body nor the story's agency
                    i += 1
                    continue
                signoff_agency = credits.signoff_agency(lines[i]) or signoff_agency
                i = _after_agency_boilerplate(lines, kinds, i + 1, signoff_agency)
                continue
            if kind == DROP:
                if len(line) <= _MORE_MARK_MAX_CHARS and "MORE" in line and i + 1 < n and _wire_slug(lines[i + 1]):
                    i += 2  # the wire's "— MORE" and the next take's slug under it: routing, the story goes on below
                    continue
                if (
                    line[-1] in _IMAGE_FILE_LAST  # in C: most dropped lines are ad slots and buttons
                    and i + 1 < n
                    and kinds[i + 1] == BODY
                    and line.endswith(_IMAGE_FILE_ENDS)
                    and _caption_under_image_file(lines[i + 1], content)
                ):
                    if len(content) == 1 and not labelled_captions and not top.captions_above:
                        # the page's photo under the lead (some sites put the lead above it): its caption
                        labelled_captions.append(Caption(*credits.split_slot_caption(lines[i + 1])))
                    i += 2  # a photo's file name inside the article, its caption under it: neither body nor caption
                    continue
                if line[:6] in _PHOTO_LABEL_OPENINGS and (labelled := _photo_label(line)) is not None:
                    role, text = labelled
                    label_at = i
                    if not text and i + 1 < n and kinds[i + 1] == BODY and not lines[i + 1].endswith("."):
                        i += 1  # the label alone, its text on the next line (no stop closes such a caption)
                        text = lines[i]
                    if role == _CREDIT_LABEL:
                        photo_credit = text or None
                    elif (
                        role == _CAPTION_LABEL
                        and text
                        and len(content) < _CAPTION_SLOT
                        and not any(map(_is_finished, content))  # over the lead (a dek or alt text has no stop)
                    ):
                        # the photo over the article: the caption, its credit on the label's line above it or at the
                        # end of the photo's alt text above it ('A map of ... Image copyright Agency'), not body
                        if photo_credit is None and content and (alt_credit := _glued_photo_credit(content[-1])):
                            photo_credit = alt_credit
                            content.pop()
                        elif content and _alt_text_over_labels(content[-1], lines, label_at):
                            content.pop()  # the photo's alt text right over its labels ('Harbour cranes'): no body
                        labelled_captions.append(Caption(text, photo_credit))
                        photo_credit = None
                    else:
                        photo_credit = None  # inside the article, or a video's: neither caption nor body
                    i += 1
                    continue
                if (
                    len(content) > 1
                    and (line[:6].lower() == "source" or line[:7].lower() in ("follow ", "like us", "like ou"))
                    and content[-1].endswith(_TERMINAL)
                    and not _is_photo_caption(content[-1])
                    and not _paragraph_at(lines, i + 1)  # a graphic's source: the article goes on under it
                    # in the head (a dek, a photo's caption over it), the article starting a few lines under it: the
                    # page's invitation between the head and the article, no end
                    and not (len(content) < _CAPTION_SLOT and _article_below(lines, kinds, i + 1))
                ):
                    # "Source: The Daily Courier" under the last finished paragraph names where the story came from,
                    # "Follow us on Twitter" invites the reader away from it: the article ends there (under it, the
                    # page's: another story's card, a comment prompt, an app's download link)
                    break
                # an inline link's label alone ("ALSO READ"): the other story's headline under it goes too
                i += 2 if len(lines[i]) <= _LINK_LABEL_MAX_CHARS and _link_label_over_headline(lines, kinds, i) else 1
                continue
        elif signed and line in signed and content and (content[-1].endswith(_TERMINAL) or i == n - 1):
            break  # the writer's sign-off under the last paragraph: what follows is the page's, not the article's
        elif (
            (line == title or (title is not None and line.startswith(title) and _title_printed_again(line, title)))
            and len(content) > 1
            and content[-1].endswith(_TERMINAL)
            and title.count(" ") >= _PHOTO_TITLE_MAX_WORDS  # a photo's title in the headline's words is shorter
            and title not in content  # a gallery prints it over every photo's caption
        ):
            if _paragraphs_at(lines, kinds, i + 1, _ALT_TITLE_PARAGRAPHS_UNDER):
                # the article goes on under it in finished paragraphs: an inline photo's alt text in the headline's
                # words, neither body nor caption
                i += 1
                continue
            break  # the whole headline printed again under the last paragraph: the page's share or photo card, its list
        elif (
            line[-1].isdigit()  # one character first: most paragraphs end in a stop
            and title is not None
            and line.startswith(title)
            and len(line) - len(title) <= _ALT_NUMBER_MAX_CHARS
            and head._ALT_IMAGE_NUMBER.search(line, len(title)) is not None
        ):
            # the headline again with the photo's number after it ('Headline - ảnh 1'): an inline photo's alt text,
            # whatever the headline's length, neither body nor caption
            i += 1
            continue
        elif (
            title_words >= _PHOTO_TITLE_MAX_WORDS
            and title_chars < len(line) <= title_chars + _CAPTION_MAX
            and line[title_chars - 1] == " "  # one character first: seldom a break where the headline ends
            and title is not None
            and line.startswith(title)
            and line[title_chars] in _OPENS_SENTENCE
            and len(content) > 1
            and content[-1].endswith(_TERMINAL)
        ):
            # inside the article, the whole headline and a sentence after it ('Headline On Monday, workers ...'): an
            # inline photo's alt text in the headline's words glued to the photo's caption, neither body nor caption
            warnings.append("caption_in_body_removed")
            i += 1
            continue
        elif len(line) <= _CARD_LABEL_MAX and (  # most body lines are longer: one test in C spares them both rules
            (
                at_kicker := line == kicker
                and content
                and i + 1 < n
                and lines[i + 1] != title
                and head.headline_shaped(lines[i + 1])
            )
            or (
                i + 2 < n
                and len(lines[i + 2]) <= _DATE_WIDGET_MAX  # the card's date widget: one short word, tested first
                and head.story_card_at(lines, i, _KindIn(kinds, _STRUCTURE_KINDS))
            )
        ):
            # Another story's card: the label printed over the headline ("Metro") printed again over another
            # headline after the body (the next story in the site's river), or a label, a headline and its own date
            # widget. The article has ended; a short line with no sentence end right above the repeated label is
            # the story's source ("The Daily Courier"), not a paragraph.
            source = content[-1] if at_kicker and len(content) > 1 else ""
            if source and len(source) <= _SOURCE_LINE_MAX_CHARS and not source.endswith(_TERMINAL):
                content.pop()
            break
        elif (
            i + 1 < n
            and kinds[i + 1] in _PROMO_KINDS
            and _is_short_label(line)
            and (promo_end := _promo_block_end(lines, kinds, i + 1)) is not None
        ):
            warnings.append("promo_removed")  # the block's own label above it: "Limited-time deal:"
            i = promo_end
            continue
        if not title_line and len(line) <= _CARD_LABEL_MAX and title is not None and line in title:
            title_line = True  # a short line in the headline's words: a mid-article photo's title, perhaps
        if content and line[0] in _DASHES and _DASH_OPENS.match(line) and credits.is_dateline_alone(content[-1]):
            content[-1] = f"{content[-1]} {line}"  # "HCM City (VNA)" / "– The ...": one dateline paragraph
        elif (
            content
            and content[-1][-1] == ":"  # one character first: most paragraphs end in a stop
            and len(content) <= _CAPTION_SLOT
            and len(content[-1]) <= _DATELINE_ALONE_MAX_CHARS
            and _paragraph_at(lines, i)  # a lead's length under it (a label over a list's items is no place)
            and credits.dateline_of(f"{content[-1]} {line}") == (content[-1][:-1], None)
        ):
            content[-1] = f"{content[-1]} {line}"  # "RIVERTON:" / "Police said ...": the dateline over its lead
        elif len(content) < _CAPTION_SLOT and title is not None and (lead := _lead_glued_to_title(line, title)):
            content.append(lead)  # "HeadlineTHE council ...": the headline printed again, the lead glued to it
        else:
            content.append(line)
        i += 1

    footer_missing = i >= n  # the dump ends inside the body: the scrape may have stopped early
    # (one line fewer: a cut dump's last pair may be the paragraph's copy cut short, a pair all the same)
    if len(content) >= 2 * _DOUBLED_PAGE_MIN_PAIRS - 1 and (content[0] == content[1] or content[1] == content[2]):
        # in C first: a page printed twice repeats its first paragraph (or the one under a caption) at once
        once = _page_printed_twice(content, cut=footer_missing and content[-1] == lines[-1])
        if once is not None:
            content = once
            warnings.append("page_printed_twice")
    under_tail = not footer_missing and kinds[i] == TAIL  # the article ends where tags, comments, prompts start
    above_credits = not footer_missing and kinds[i] == CREDITS  # a wire story's "(Reporting by ...)" closes it

    # Tail: credits, WhatsApp + tags, related lists, paywall leftovers and chrome.
    reporters: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    related: list[RelatedList] = []
    list_kind: str | None = None
    list_title = ""
    items: list[str] = []
    next_in_section: str | None = None
    tags_slot = False  # the line right after the WhatsApp line
    in_chrome = False  # after a paywall prompt or page chrome, stray lines are chrome too
    while i < n:
        text, kind = lines[i], kinds[i]
        at_tags_slot, tags_slot = tags_slot, False
        if kind == BODY and list_kind is not None:
            items.append(text)  # a related list's item, the common case
            i += 1
            continue
        if kind in _TAIL_STRUCTURE:
            if list_kind is not None and kind not in (DROP, SIGNOFF):
                related.append(RelatedList(list_kind, list_title, tuple(items)))
                list_kind = None
            if kind in (NEXT_IN, OTHERS):
                list_kind = "next_in" if kind == NEXT_IN else "others_also_read"
                list_title = text.rstrip(":").strip()
                items = []
                if kind == NEXT_IN and next_in_section is None and not _cut_heading(list_title, i, n):
                    next_in_section = list_title.split(None, 2)[2]
                in_chrome = False
            elif kind == CREDITS:
                found_reporters, found_editors = credits.people_of_credits_line(text)
                reporters += tuple(r for r in found_reporters if r not in reporters)
                editors += tuple(e for e in found_editors if e not in editors)
            elif kind == WHATSAPP:
                tags_slot, in_chrome = True, False
            elif kind in (PAYWALL, CHROME, TAIL):
                in_chrome = True
                if not tags and text[:16].lower() == _STAR_TAGS_LABEL:
                    tags = _tags_of(text[16:].strip()) or ()  # the reference site's older tags line
            i += 1
            continue
        # A promo block of two lines or more is never a related headline or a tags line.
        promo_end = _promo_block_end(lines, kinds, i) if kind in _PROMO_KINDS else None
        if promo_end is not None and (list_kind is None or promo_end - i >= 2):
            warnings.append("promo_removed")
            i = promo_end
            continue
        i += 1
        if list_kind is not None:
            items.append(text)
        elif not tags and at_tags_slot and i < n and lines[i] in _TAG_SEPARATORS:
            text, i = _tags_broken_over_lines(lines, kinds, i - 1)
            tags = _tags_of(text) or ()
            if not tags:
                warnings.append("unrecognized_tail_line")
        elif at_tags_slot and i < n and lines[i].startswith(text) and "," not in text and ";" not in text:
            # The writer's name in the tags slot, the columnist's box under it opening with the name again ("Name" /
            # "Name" / "Name began his career ..."): the box's own heading, no tags line (readers of such pages
            # record no tags), and the box is no body.
            in_chrome = True
        elif not tags and (at_tags_slot or _is_spaced_tags_line(text)) and (found_tags := _tags_of(text)):
            tags = found_tags
        elif not tags and at_tags_slot and " , , " in text and (found_tags := _tags_of(_EMPTY_TAG.sub(" , ", text))):
            tags = found_tags  # "Rubber , latex , , Exports": an empty tag between the site's separators, skipped
        elif not in_chrome:
            warnings.append("unrecognized_tail_line")
    if list_kind is not None:
        if (
            items
            and _CUT_HEADING_MIN <= len(items[-1]) < len(_OTHERS_HEADING)
            and _OTHERS_HEADING.startswith(items[-1])
            and items[-1] == lines[n - 1]
        ):
            items.pop()  # the next list's heading, cut by the dump's end: no headline
        related.append(RelatedList(list_kind, list_title, tuple(items)))
    tags = tags or promo_tags

    if (
        len(content) > 2
        and content[0] != content[1]
        and (
            (
                content[0] in content[2:_DEK_REPEAT_WINDOW]
                and (
                    credits.dateline_of(content[0]) is not None
                    or _headline_printed_again_by(content, title, lines, top.content_start)
                )
            )
            # reworded a little further on ("... the Harbour Board flats" / "... the Harbour and Port Board (HPB)
            # flats"): the same opening, dateline and all, well past the first words
            or (
                len(content[0]) >= _REWORDED_DEK_KEY_CHARS
                and any(p.startswith(content[0][:_REWORDED_DEK_KEY_CHARS]) for p in content[2:_DEK_REPEAT_WINDOW])
                and credits.dateline_of(content[0]) is not None
            )
            # the site's excerpt field under the headline, its quote marks left straight, over the photo and the
            # lead (the length tested first: in C, and most leads differ)
            or (len(content[2]) == len(content[0]) and head.same_but_quotes(content[0], content[2]))
            or _lead_split_below(content)
            or (content[0][-1] in _CUT_MARK_LAST and _summary_cut_from_paragraphs(content))
            or _spaces_lost_below(content[0], content[1])
        )
    ):
        # The lead printed under the headline as a summary and again where the article starts: a dek.
        content = content[1:]
        warnings.append("dek_repeated_in_body")
    if (
        content
        and len(content[-1]) <= _LINK_HEADLINE_MAX_CHARS  # a cut paragraph (most cut dumps) is no list's last line
        and not content[-1].endswith(_TERMINAL)
        and (start := _dated_list_start(content, cut=capped and content[-1] == lines[-1])) is not None
    ):
        if (
            len(content[start]) <= _LONE_AGENCY_MAX_CHARS
            and credits.is_bare_agency(content[start])
            and content[start - 1].endswith(_TERMINAL)
        ):
            # "AFP" on a line of its own under the last paragraph, over the page's links: the wire signs off
            signoff_agency = credits.agency_of_credit(content[start]) or signoff_agency
        del content[start:]  # other stories' headlines, each over its date: the site's list of latest stories
    if not tags and content and _is_spaced_tags_line(content[-1]):
        tags = _tags_of(content.pop()) or ()  # a tags line with no WhatsApp line above it (older pages)
    elif (
        not tags
        and len(content) > 2
        and len(content[-1]) <= _SHORT_LABEL_MAX_CHARS  # _is_short_label's bound: most articles end in a longer line
        and (at := _tags_over_widget_labels(content)) is not None
    ):
        tags = _tags_of(content[at]) or ()
        del content[at:]
    # The bio opens with the name above it: one test in C spares most dumps the call.
    if len(content) >= 3 and content[-1].startswith(content[-2]) and (box := _author_box_start(content)) is not None:
        content = content[:box]
        # A page with no WhatsApp line: its tags line stands right over the columnist's box ("Name , Column's
        # name"); the name printed twice over the bio is the box's heading, as under a WhatsApp line, no tag.
        if not tags and content and _is_spaced_tags_line(content[-1]):
            tags = _tags_of(content.pop()) or ()
    # A byline block under the photo ("Jane Tan" / "Indonesia Correspondent" / "Published Sep 2, 2025"):
    # head meta printed after the caption, not body.
    if (box := _summary_box_end(content)) is not None:
        del content[:box]  # "Key points:" and its items above the photo and the lead: a summary, not the article
        warnings.append("head_lines_skipped")
    elif (
        len(content) > 3
        and content[1][-1:] == ":"  # in C first: most second lines end otherwise
        and credits.split_caption_credit(content[0])[1] is not None
        and (box := _summary_box_end(content[1:])) is not None
    ):
        del content[1 : 1 + box]  # the box under the photo's credited caption, over the lead: a summary as well
        warnings.append("head_lines_skipped")
    if (block := _byline_block(content)) is not None:
        del content[block[0] : block[1]]
        warnings.append("head_lines_skipped")
    for k in range(min(len(content) - 2, _CAPTION_SLOT)):
        if len(content[k]) <= 4 and _split_byline(content[k], content[k + 1]):  # the length: no call for most
            del content[k : k + 2]  # the byline's label on a line of its own, the name under it: neither
            warnings.append("head_lines_skipped")
            break
    if (
        content
        and len(content[0]) <= _FILING_PLACE_MAX_CHARS
        and ", " in content[0]  # in C first: most first paragraphs run longer or hold no comma
        and 0 < top.content_start < n
        and content[0] == lines[top.content_start]
        and _FILING_PLACE.fullmatch(content[0]) is not None
        and (head.is_byline(filer := lines[top.content_start - 1]) or head._names_byline(filer))
    ):
        del content[0]  # "Jane Tan and Ali Rahman" / "Riverton, Mekongia": where the writers filed from, head meta
        warnings.append("head_lines_skipped")
    # "Singapore:" on a line of its own above the first paragraph: the dateline, printed apart.
    slot = range(min(len(content) - 1, _CAPTION_SLOT))
    place_at, place_line = next(((k, place) for k in slot if (place := credits.place_alone(content[k]))), (None, None))
    if place_at is not None and (
        sum(len(p) >= _LEAD_PARAGRAPH_CHARS and p.endswith(_TERMINAL) for p in content[:place_at]) > 1
        # 'Top items:' over '1. ...': a list's heading, no place (a lead never opens with an item's number)
        or _own_numbered_item_at(content, place_at + 1)
    ):
        place_at = place_line = None  # 'SQUAD:' under two paragraphs of the article: a subheading, no dateline
    place_wire: str | None = None
    if place_at is not None:
        del content[place_at]
    elif top.content_start:
        # "Dhaka, September 30 :" read with the head's date lines, right above the first paragraph: the dateline
        place_line = credits.place_alone(lines[top.content_start - 1])
        if (
            place_line is None
            and content
            and len(lines[top.content_start - 1]) <= credits.PLACE_APART_MAX_CHARS
            and lines[top.content_start - 1][:4].isupper()  # most heads end in a line of text: no call
            and (
                apart := _place_apart_over_lead(
                    lines[top.content_start - 1],
                    content[0],
                    under_byline=top.content_start > 1 and head.is_byline(lines[top.content_start - 2]),
                )
            )
        ):
            place_line, place_wire = apart
        elif (
            place_line is None
            and content
            and lines[top.content_start - 1][-1:] in _DASHES  # most heads end in a line of text: no call
            and (agency_first := credits.agency_place_dated(lines[top.content_start - 1])) is not None
        ):
            place_line, place_wire = agency_first  # "RNA Riverton, August 02, 2031 —" over the lead: the dateline apart
    if (
        place_line is None
        and len(content) > 1
        and len(content[0]) <= credits.PLACE_APART_MAX_CHARS  # most first paragraphs: no call
        and content[0][:4].isupper()
        and (
            apart := _place_apart_over_lead(
                content[0],
                content[1],
                # the byline right over it (the place is the line the head ends over)
                under_byline=0 < top.content_start < n
                and lines[top.content_start] == content[0]
                and head.is_byline(lines[top.content_start - 1]),
            )
        )
    ):
        place_line, place_wire = apart  # "OSAKA" / "Osaka police said ...": the dateline printed apart, no colon
        del content[0]
    if top.credits_above and len(content) > 2 and _dek_under_credited_photo(content):
        del content[0]  # the photo under the headline has its caption and credit: the summary under it is a dek
        warnings.append("head_lines_skipped")
    if title is not None:
        _alt_text_headline_cut(content, title)
    cut_caption: str | None = None
    if len(content) > 1 and content[0][-1] == "(" and (cut_caption := _caption_over_lost_credit(content[0])):
        del content[0]  # the photo's caption, its credit's bracket opened and the rest lost: no standfirst
    for k in reversed(_pull_quotes_with_speakers(content)):
        del content[k : k + 2]  # a print pull quote and its speaker's line: the article quotes those words itself
        warnings.append("caption_in_body_removed")
    if content and content[0][:3] == "By " and "  " in content[0][:_GLUED_BYLINE_MAX_CHARS]:
        byline, _, rest = content[0].partition("  ")
        if head.is_byline(byline) and rest[:1].isupper():
            content[0] = rest.lstrip()  # "By Jane Tan  The council ...": the byline glued to the lead by two spaces
            warnings.append("head_lines_skipped")
    elif content and content[0][:2] == "By" and (widget_end := _byline_widget_end(content[0])) > 0:
        content[0] = content[0][widget_end:]  # "By: Jane Tan Text Size: RIVERTON: ...": byline and widget, no lead
        warnings.append("head_lines_skipped")
    if (
        place_line is None
        and content
        and len(content[0]) >= _LEAD_PARAGRAPH_CHARS
        and (desk_glued := _desk_place_glued(content[0])) is not None
        and credits.dateline_of(desk_glued[1]) is None
    ):
        place_line, content[0] = desk_glued  # "AB Web Team Riverton The council ...": the desk's byline and town, glued
        warnings.append("head_lines_skipped")
    captions: list[Caption]
    undecided: tuple[str, ...]
    if opening is not None and content and content[0] == opening:
        captions, body, dateline_at, undecided = [], content, None, ()  # the list item opens the body: no photo above
    else:
        captions, body, dateline_at, undecided = _split_captions(content, place_at)
    warnings.extend(undecided)
    if cut_caption:
        captions.insert(0, Caption(cut_caption, None))
    if top.captions_above:  # rare: most dumps are spared the comprehension's call
        captions[:0] = [Caption(*_split_caption_above(above)) for above in top.captions_above]
    for at, credit in top.credits_above:
        if captions[at].credit is None:
            captions[at] = Caption(captions[at].text, credit)  # the credit printed on a line of its own under it
    if labelled_captions:  # rare: one test spares most dumps the slice
        captions[len(top.captions_above) : len(top.captions_above)] = labelled_captions
    if top.captions_above and (last_above := len(top.captions_above)) < len(captions):
        alt, below = captions[last_above - 1], captions[last_above]
        if alt.credit is None and below.text.startswith(alt.text):
            # the photo's alt text under the head, then its caption with the credit ("Jane Tan (Twitter)"): one
            if below.text == alt.text:
                del captions[last_above - 1]
            elif (bracketed := _CREDIT_IN_BRACKETS.fullmatch(below.text, len(alt.text))) is not None:
                captions[last_above - 1 : last_above + 1] = [Caption(alt.text, bracketed.group(1))]
    if len(captions) >= _COMBINED_MIN_CAPTIONS:  # a few pages: one length test spares the rest
        captions = _without_combined_caption(captions)
    if captions and len(body) > 2 and len(body[0]) <= _RUBRIC_MAX_CHARS and _label_over_lead(body) and dateline_at != 0:
        del body[0]  # under the photo's caption, a rubric's label over the lead ("Letters to the Editor"): no body
        if dateline_at is not None:
            dateline_at -= 1
    if len(body) > 2 and body[0][:1] == "•" and (points := _points_over_dateline_lead(body)):  # in C first
        del body[:points]  # the story's key points over the dateline's lead: a summary, not the article
        if dateline_at is not None:
            dateline_at = max(0, dateline_at - points)
    if len(body) > 1 and dateline_at != 0 and _dek_over_lead(body, title, captions):
        del body[0]  # a standfirst under the headline, over the lead: no body (the corpus README's convention)
        if dateline_at is not None:
            dateline_at -= 1
    anchored = body[dateline_at] if dateline_at is not None else None
    body, repeated, glued, unfinished, letters_signed = _without_printed_captions(body, captions)
    if len(body) > 2:
        body, marked = _without_marked_twins(body)
        repeated += marked
    if at_sign and len(body) > 1 and any(map(_contains, body, _AT_SIGN)):  # in C: most bodies tag no one
        body = _without_embedded_posts(body)
    body = _without_placeholder_addresses(body)
    if title_line and title is not None and len(body) > 2:
        body, titled = _without_titled_photos(body, title)
        repeated += titled
    # A line ending in a letter inside the body (most paragraphs end in a stop): a headshot's caption or another
    # story's headline the site set between two paragraphs?
    if (signature_at := _signature_block_start(body, cut=lines[-1] if capped else None)) is not None:
        # a letter's signature (its name in capitals would pass for a headshot's caption, "DATUK ALI BIN OMAR"): no body
        body = body[:signature_at]
    if unfinished and len(body) > 2 and (len(unfinished) > 1 or unfinished[0] != body[-1]):  # a cut last paragraph
        if (inner := _inner_summary_box(body)) is not None:
            # "Key points:" and its points (lines ending in a letter) under the lead: a summary, not the article
            body = body[: inner[0]] + body[inner[1] :]
        body, twins = _without_bracketed_twins(body, unfinished)
        repeated += twins
        body, inserted = _without_inserted_lines(body, unfinished, title)
        repeated += inserted
    if letters_signed and len(body) > 2:  # a short line with a comma: most bodies hold none
        body = _without_signatures(body)
    if len(body) > 2 and (body[-2][-1] == "," or body[-3][-1] == ","):  # in C: most paragraphs end in a stop
        body = _without_signature_block(body)
    if len(body) > 1 and body[-1][:1] in _CUT_QUOTE_OPENINGS and _pull_quote_cut(body):
        body.pop()  # a pull quote the scrape cut: the article tells those words once, earlier
    captions.extend(glued)
    if repeated:
        warnings.append("caption_in_body_removed")
    dateline_at = body.index(anchored) if anchored is not None and anchored in body else None
    dateline: str | None = None
    agency: str | None = None
    if dateline_at is None:
        dateline_at = next((k for k, p in enumerate(body[:_DATELINE_SEARCH]) if credits.dateline_of(p)), None)
    if dateline_at is not None and _kicker_headline(body, dateline_at):
        # "LABEL: Floods force thousands from homes" over the lead: a headline's kicker, no place; the lead may have one
        after = dateline_at + 1
        dated = (k for k in range(after, min(len(body), after + _DATELINE_SEARCH)) if credits.dateline_of(body[k]))
        dateline_at = next(dated, None)
    # the slot anchored the lead right under a photo's credited caption (a title-case place's lead may have any verb)
    lead_under_credit = dateline_at == 0 and bool(captions) and captions[-1].credit is not None
    if dateline_at is not None and (found := credits.dateline_of(body[dateline_at])) is not None:
        dateline, agency = found[0], _agency_name(found[1])
        if agency is None and (named := credits.wire_opening(body[dateline_at])) is not None:
            dateline, agency = None, _agency_name(named)  # "REUTERS - Markets are ...": the wire's name, no place
    elif place_line is not None:
        dateline, agency = place_line, _agency_name(place_wire)
    elif body and (place := _place_lead(body[0], under_credited=lead_under_credit)) is not None:
        dateline = place  # "Bhopal: A leopard ... was tranquilised ...": a dateline in title case before a colon
    elif body and (opening := credits.opening_agency(body[dateline_at or 0])) is not None:
        agency = _agency_name(opening)  # "(AFP) — ...": the wire's lead without a place
    if len(body) > 2 and body[-1].endswith(_CUT_TEASER_ENDS):  # the last card's teaser is cut too
        body = _without_teaser_cards(body)
    if len(body) > _TWICE_CARDS_MIN_PARAGRAPHS:
        body = _without_twice_printed_cards(body)
    # Only the article's sign-off is cut and names its agency; briefing items each signing off
    # '— Reuters' keep theirs, and a briefing of several items has no one agency.
    teaser = False  # the site cut the article itself, with a link to the rest
    if body and "ontinue reading" in body[-1]:
        last = body[-1]
        body[-1] = _without_continue_link(last, title)
        teaser = body[-1] != last and len(body[-1]) >= _ARTICLE_SENTENCE_MIN_CHARS
    if body and "©" in body[-1] and (owned := _GLUED_COPYRIGHT.search(body[-1])) is not None:
        # "... the council said. © Harbour Media Group Bhd": a syndicated story's copyright notice run into its last
        # paragraph is the publisher's credit line, never the article's words
        body[-1] = body[-1][: owned.start()]
    if body and body[-1].endswith(" /."):
        # A Vietnamese wire's end mark set off by a space ("... in March. /.") signs the story off; glued to the
        # sentence ("... in March./.") it is printed as the paragraph's own end and kept, as readers copy it.
        body[-1] = body[-1][:-2].rstrip()
    if body and (initialled := _desk_initials_above(body)) is not None:
        # "... the office said. /jt": the desk's initials sign the story off; under them, the page's (an appeal for
        # donations, a rail), finished sentences or not
        body = [*body[: initialled[0]], initialled[1]]
    if body and body[-1][-1] == ")" and (run_in := credits.trailing_credits(body[-1])) is not None:
        # "... was unanimous. (Reporting by A; Editing by B)": the wire's credits line run into the last paragraph
        body[-1] = run_in[0]
        found_reporters, found_editors = credits.people_of_credits_line(run_in[1])
        reporters += tuple(r for r in found_reporters if r not in reporters)
        editors += tuple(e for e in found_editors if e not in editors)
    if body and (desk_at := _glued_desk_signoff_start(body[-1])) is not None:
        # "... the hearing. – Report from Jane Tan": the desk's credit run into the last paragraph, no article's words
        # (no wire's sign-off: the agency stays as read)
        body[-1] = body[-1][:desk_at]
    if title is not None and len(body) > 1 and body[-1].endswith(title) and _crumbs_over(body[-1], title):
        body.pop()  # "World / <headline>": the page's breadcrumb under the article, its last crumb the headline
    if len(body) > 1 and body[-1][-1] == ":" and _label_over_nothing(body[-1], body[-2]):
        body.pop()  # "Watch the video:", "In full:" under the last paragraph: a label, what it announced lost
    trailing = credits.trailing_agency(body[-1]) if body else None
    if trailing is not None and not any(
        (other := credits.trailing_agency(p)) and other.agency == trailing.agency for p in body[:-1]
    ):
        body[-1] = trailing.paragraph
        signoff_agency = trailing.agency
    elif (
        trailing is None
        and body
        and (body[-1][-1].isupper() or body[-1][-1] == ")" or body[-1][-1].isdigit())
        and (wire := credits.trailing_wire(body[-1])) is not None
    ):
        # "... on Sunday.   -UNB", a last line "Source: VNA", "... 100-94 (PNA)": a wire's acronym
        signoff_agency = wire.agency
        if wire.paragraph:
            body[-1] = wire.paragraph
        elif len(body) > 1:
            body.pop()
    elif (
        trailing is None
        and len(body) > 1
        and len(body[-1]) <= credits.WIRE_ALONE_MAX_CHARS  # most last paragraphs run longer: no call
        and body[-2].endswith(_TERMINAL)
        and (alone := credits.wire_alone(body[-1])) is not None
    ):
        body.pop()  # "... the ministry said." over "VNA" alone: the wire signs the article off on a line of its own
        signoff_agency = alone
    elif (
        trailing is None
        and body
        and body[-1][-1] in credits.PRESS_NAME_LAST  # most last paragraphs end in a stop: no call
        and (press := credits.trailing_press(body[-1])) is not None
    ):
        body[-1] = press.paragraph  # "... the refugees. — Anadolu Agency": a news organisation signs off in its name
        signoff_agency = press.agency
    elif (
        trailing is None
        and len(body) > 2
        # the page's lines under it: a heading ending in a letter (unfinished), or one line right under it
        and ((unfinished and unfinished[-1] in body[-_SIGNOFF_LOOKBACK:]) or body[-2][-1] == ")")
        and any(map(str.endswith, body[-_SIGNOFF_LOOKBACK - 1 : -1], repeat(")")))  # in C: most end in a stop
        and (signed_at := _signed_off_above(body)) is not None
    ):
        # "... fuel supplies. (Harbour Gazette)" a few paragraphs above the last: the article ends there (under it, the
        # page's: a reader's comment, an appeal for support, a rail's heading)
        body = [*body[: signed_at[0]], signed_at[1].paragraph]
        signoff_agency = signed_at[1].agency
    elif (
        trailing is None
        and len(body) > 2
        and len(body[-1]) <= _PAGE_LINE_UNDER_SIGNOFF_MAX  # most last paragraphs run longer: no call
        and not body[-1].endswith(_TERMINAL)
        and (wired_at := _wire_signed_off_above(body)) is not None
    ):
        # "... at the meeting hall. —WIRE" over a few short lines of the page (its acronym again, a post's code, a
        # theme's "Exit mobile version"): the article ends at the wire's sign-off
        body = [*body[: wired_at[0]], wired_at[1].paragraph]
        signoff_agency = wired_at[1].agency
    agency = agency or signoff_agency
    if (
        above_credits
        and len(body) > 1
        and not body[-1].endswith(_TERMINAL)
        and len(body[-1]) <= _LINK_HEADLINE_MAX_CHARS
        and body[-2].endswith(_TERMINAL)
    ):
        # Another story's headline the site put under the last paragraph, over the wire's credits line: a link
        # (a wire story ends in a finished sentence, its credits line right under it).
        body.pop()
    if len(body) > 1 and (
        body[-1][-1] == ")"
        or body[-1][-1] == "]"  # an address hidden from robots: "[email protected]"
        or not body[-1].endswith(_TERMINAL)
        or body[-1][-1] == "!"  # a pitch bids the reader: "Sign in for member-only extras!"
        or (under_tail and len(body[-1]) <= _CLOSING_NOTE_MAX)
        or "necessarily" in body[-1]  # a disclaimer (searched in C)
        or _may_call_for_submissions(body[-1])
    ):  # most articles end in a finished paragraph: not looked at
        body = _without_closing_furniture(
            body, agency, lines, top.content_start if under_tail else None, cut=lines[-1] if capped else None
        )
    elif len(body) == 1 and _is_closing_note(body[0], lines, top.content_start):
        body = []  # all the page holds under the head is the bylined writer's bio (a column page without its column)
    # most bodies hold no line this short (a compiled loop: min(map(len, body)) calls len and compares two ints
    # through Python objects, ~100 instructions a paragraph)
    if any(len(p) <= _LAYOUT_LINE_MAX for p in body):
        # a rule ("———"), a bar, a widget's counter ("0 / 0"), a rank's number: layout, no word of the article
        body = [p for p in body if len(p) > _LAYOUT_LINE_MAX or any(map(str.isalpha, p))]
    if (
        len(body) > _EDGE_RUN_MIN
        and not (body[0].endswith(_SENTENCE_END) and body[-1].endswith(_SENTENCE_END))  # in C: most bodies are prose
        and (len(body[0]) <= _EDGE_LINE_MAX or len(body[-1]) <= _EDGE_LINE_MAX)
    ):
        # a run of short unfinished lines over the first paragraph or under the last: a menu, a ticker, links
        body = _without_edge_runs(body)

    if (
        len(body) > 2
        # the first paragraph's line ends in a space: found by its opening (a short needle skips ahead in C, and
        # the search stops where the paragraph stands, near the top)
        and (at := raw.find(body[0][:_PADDED_PROBE_CHARS])) >= 0
        and raw.startswith(body[0] + " ", at)
        and (unpadded := segment.unpadded_among_padded(raw))
    ):
        # a photo's caption printed between the old page's paragraphs, its line alone ending in no space: neither
        # body nor caption
        kept = [p for p in body[1:-1] if p not in unpadded]
        if len(kept) < len(body) - 2:
            body = [body[0], *kept, body[-1]]
            warnings.append("caption_in_body_removed")
    if body and dateline is None:
        warnings.append("no_dateline")
    if len(captions) > 1:  # most dumps have one photo at most: no call
        captions = _recorded_once(captions)
    for k, caption in enumerate(captions):
        if caption.credit is not None and caption.credit[-1] in _UNTIDY_CREDIT_ENDS:  # most credits end in a letter
            captions[k] = Caption(caption.text, _credit_tidied(caption.credit))
    if any(c.credit is None for c in captions):
        warnings.append("caption_without_credit")
    if footer_missing:
        warnings.append("no_footer")
    # A last paragraph without a sentence end, on a page whose footer is missing, was cut off.
    # (Briefing items signing off '— Reuters' and a letter's signature are finished as they are.)
    if (
        (footer_missing or paywalled)
        and body
        and not body[-1].endswith(_TERMINAL)
        and not credits.ends_in_bare_agency(body[-1])
    ):
        warnings.append("truncated_body")

    if (
        title is not None
        and title.count(" ") >= _PULL_QUOTE_MIN_SPACES  # in C: most headlines run shorter
        and title == lines[0]
        and _pull_quote_of(title, body)
    ):
        title = None  # a sentence of the story printed again in its text (a pull quote) on top: the headline was lost
    elif title is not None and title[:14] == "The following " and title.startswith(_EDITORS_NOTE_OPENINGS):
        title = None  # the editor's note over a reprint ('The following is an excerpt of ...'): the headline was lost
    # Positional, in the record's field order: compiled code passes keywords to a Python class through a
    # dict it builds per call, about half the cost of building the record.
    article = ParsedArticle(
        title,
        section or next_in_section,  # section
        published,  # published_date
        dateline,
        agency,
        tuple(captions),
        tuple(body),  # body_paragraphs
        reporters,
        editors,
        tags,
        tuple(related),
        tuple(dict.fromkeys(warnings)),  # warnings: ordered, each once
    )
    if title is None:
        return Quarantined(
            "no_headline",
            "the first line is body text (" + _preview(lines[0]) + "), not a headline: "
            "the scrape missed the page head; re-scrape the page",
            partial=article,
            warnings=article.warnings,
        )
    if (
        # a listing's body holds its cards' short lines (labels, headlines): most bodies have few, and no call
        len(body) >= 2 * _LISTING_MIN_CARDS
        and sum(len(p) <= _CARD_LABEL_MAX_CHARS for p in body) >= _LISTING_MIN_CARDS
        and (cards := _listing_cards(lines)) is not None
    ):
        return Quarantined(
            "no_body",
            f"a listing of {cards} stories (each a headline over its teaser, under the listing's labels or pager), "
            "no single article: the scrape saved a section's or writers' index page; scrape the articles it links",
            partial=article,
            warnings=article.warnings,
        )
    if (
        not body
        or (
            len(body[0]) < _CUT_PARAGRAPH_MIN_CHARS
            and not teaser
            and not any(map(_reads_as_article, body))
            and not (capped and _lead_cut_by_the_cap(body[-1], lines[-1]))
        )
        # a gallery: its one paragraph is the standfirst under the headline, printed again as a photo's caption
        or (len(body) == 1 and body[0] in lines[: top.content_start] and _in_head_under(body[0], title, lines, top))
        or _dek_points_only(body, lines, top.content_start)
        or (
            # most bodies open with a finished paragraph or run longer: no call
            len(body) <= _POINTS_PAGE_MAX
            and len(body[0]) < _CUT_PARAGRAPH_MIN_CHARS
            and body[0][-1] != "."
            and _points_and_headings_only(body)
        )
    ):
        # Dek bullets, a byline and a date, a paywall's teaser or a video's duration and tags under a headline:
        # no sentence of an article.
        if (footer := _footer_over_article(lines, kinds, top.content_start)) is not None:
            # the page's footer saved above its article (a menu, other stories' links, a copyright line): what was
            # read as the head is the site's header, and the article's head starts under the copyright line
            outcome = parse_lines(lines[footer + 1 :], decode_warnings, at_sign=at_sign, capped=capped, raw=raw)
            if isinstance(outcome, ParsedArticle):
                return dataclasses.replace(
                    outcome, warnings=tuple(dict.fromkeys((*outcome.warnings, "head_lines_skipped")))
                )
        return Quarantined(
            "no_body",
            f"headline {_preview(title)} but no article paragraph: the page was empty, all chrome, a paywall's "
            "teaser or cut before the article; re-scrape the page",
            partial=article,
            warnings=article.warnings,
        )
    return article


_DEK_POINTS_MAX: Final = 4  # a headline's summary points: two or three, rarely more


def _dek_points_only(body: Sequence[str], lines: Sequence[str], start: int) -> bool:
    """All the content under the head is a few dash-marked points right under the headline ('- Council backs the plan
    after a long debate' / '- Vote set for May'): the headline's summary (the corpus README's standfirst), the scrape
    stopped before the article under it (an article's own paragraphs open with no list mark)."""
    return (
        0 < len(body) <= _DEK_POINTS_MAX
        and start < len(lines)
        and body[0] == lines[start]
        and all(p[:2] in head._DEK_DASHES for p in body)
    )


_POINTS_PAGE_MAX: Final = 8  # paragraphs: a teaser's labels, headline and points, or two teasers'
_POINT_MARKS: Final[tuple[str, ...]] = ("• ", *head._DEK_DASHES)  # a summary point's mark: "• Vote set for May"


def _points_and_headings_only(body: Sequence[str]) -> bool:
    """Under the head only summary points (two or more, each marked and in a headline's words, no stop: "• Council
    backs the plan") and short lines with no sentence's stop (a kicker, a topic's label, another story's headline or
    question): a teaser of the story, or of several, and no paragraph of an article (an article's own paragraph is a
    finished sentence or runs long; a briefing's points are sentences)."""
    points = 0
    for p in body:
        if p.endswith(_TERMINAL) and p[-1] != "?":
            return False
        if p[:2] in _POINT_MARKS:
            points += 1
        elif len(p) >= _CUT_PARAGRAPH_MIN_CHARS:
            return False
    return points >= 2


# A listing page (a section's front, a writers' index) is story cards: a headline over its teaser, again and again.
# What says the cards are a listing and not an article's subheads over their paragraphs: the listing's own widget
# on top (the reference site's pager and filter, "  • Go to", "  • Filter by": data, its page family's chrome), or a
# label over each card's headline, the same words each time ("The Star Says") or a section with the story's age
# ("Metro News 6h ago"), which no article prints over its subheads.
_LISTING_WIDGETS: Final = frozenset(("• Go to", "• Filter by"))
_LISTING_WIDGET_TOP: Final = 6  # lines: the widget stands under the listing's name
_CARD_AGE: Final = re.compile(r"[A-Z][\w&’' ]{0,40}? \d{1,2} ?(?:[mhd]|mins?|hrs?|hours?|days?) ago")
_LISTING_MIN_CARDS: Final = 3
_CARD_LABEL_MAX_CHARS: Final = 40
_CARD_TEASER_MIN_CHARS: Final = 60  # a teaser is a sentence or more; a subhead's line is not
_CARD_HEADLINE_MAX_CHARS: Final = 120  # a card's headline fits its box


# An editor's note pointing at the text under it ('The following article is submitted by a reader'): a headline
# names its story, it never points at what follows.
_EDITORS_NOTE_OPENINGS: Final[tuple[str, ...]] = tuple(
    "The following " + word + " " for word in ("is", "are", "article", "story", "piece", "column", "letter", "excerpt")
)
_PULL_QUOTE_MIN_SPACES: Final = 9  # ten words: a headline this long is never printed again inside a paragraph
_PULL_QUOTE_REACH: Final = 6  # paragraphs: a pull quote is taken from the story's first screen


def _pull_quote_of(title: str, body: Sequence[str]) -> bool:
    """The line read as the headline is printed again inside one of the body's first paragraphs, after its opening
    (a quotation's mark, a sentence before it): a sentence pulled from the text ('"...," the minister said'). A
    paragraph that opens with the line may go on from a headline in a sentence's words: no call."""
    key = title.rstrip(".")
    return any(p.find(key) > 0 for p in body[:_PULL_QUOTE_REACH])


def _headline_printed_again_by(content: Sequence[str], title: str | None, lines: Sequence[str], start: int) -> bool:
    """The headline printed a second time right over the paragraph under the head (the photo's alt text), or glued
    to the photo's caption right under it: the page's summary slot under the headline, as sites print a dek that the
    text repeats (a photo's caption printed again by a photo in the text has no copy of the headline by it)."""
    if title is None:
        return False
    return (start > 1 and lines[start - 1] == title and title in lines[: start - 1]) or content[1].startswith(title)


def _in_head_under(paragraph: str, title: str, lines: Sequence[str], top: head.Head) -> bool:
    """The paragraph is printed in the head under the headline (a gallery's standfirst, printed again as its photo's
    caption), not only above it: a page's description over its headline repeats a one-paragraph story's text."""
    at = lines.index(title) if title in lines[: top.content_start] else -1
    return paragraph in lines[at + 1 : top.content_start]


_FOOTER_ARTICLE_MIN_LINES: Final = 3  # a headline and a paragraph at least, and a line between or after


def _footer_over_article(lines: Sequence[str], kinds: Sequence[int], start: int) -> int | None:
    """Where a copyright line ('Copyright © 2025 ...'), a page's last line, stands under the head with an article's
    lines still under it: the scrape saved the site's header and footer above the story. None elsewhere."""
    for j in range(start, len(lines) - _FOOTER_ARTICLE_MIN_LINES):
        if kinds[j] == CHROME and "©" in lines[j]:
            return j
    return None


def _lone_pitch_lines(lines: Sequence[str], kinds: Sequence[int]) -> int:
    """How many of the page's first lines are one pitch (its first line, a promo line), printed once or again
    right under itself (a header's button saved twice, as a desktop and a mobile header print it): 0 where a
    block of other offers follows (a paywall's plans), or nothing but the pitch."""
    k = 1
    while k < len(lines) and lines[k] == lines[0]:
        k += 1
    return k if k + 1 < len(lines) and kinds[k] not in _PROMO_KINDS else 0


def _listing_cards(lines: Sequence[str]) -> int | None:
    """How many story cards a listing page holds (None when the page is no listing): cards are a headline-shaped
    line over a paragraph of teaser, under the listing's widget on top or each under a label (_LISTING_WIDGETS,
    _CARD_AGE)."""
    n = len(lines)
    if n < 3 * _LISTING_MIN_CARDS:
        return None
    widget = any(line.strip() in _LISTING_WIDGETS for line in lines[:_LISTING_WIDGET_TOP])
    if not widget:
        # Labels the cards need: one short line printed three times or more (two repeats at least), or three ages;
        # most pages have neither, and the cards are not looked for.
        short = [line for line in lines if len(line) <= _CARD_LABEL_MAX_CHARS]
        if len(short) - len(set(short)) < _LISTING_MIN_CARDS - 1 and (
            sum(line.endswith(" ago") for line in short) < _LISTING_MIN_CARDS
        ):
            return None
    cards = aged = same = 0
    first_label = ""  # the line over the first card
    for j in range(1, n - 1):
        label, line = lines[j - 1], lines[j]
        labelled = len(label) <= _CARD_LABEL_MAX_CHARS and not label.endswith(_TERMINAL)
        if (
            # past the first card only labelled cards count, but on a page with the widget (length tests first)
            (cards and not (labelled or widget))
            or len(line) > _CARD_HEADLINE_MAX_CHARS
            or len(lines[j + 1]) < _CARD_TEASER_MIN_CHARS
            or line.endswith(_TERMINAL)
            or not head.headline_shaped(line)
        ):
            continue
        cards += 1
        if cards == 1:
            first_label = label
        else:
            # the first card's label again over a later card ("The Star Says"); a briefing's link line under each
            # item ("Read more here") stands over the next item's headline too, but never over the first
            same += label == first_label
        aged += labelled and label.endswith(" ago") and _CARD_AGE.fullmatch(label) is not None
    # the first card and two more under its label, or three cards under a section and an age
    if cards >= _LISTING_MIN_CARDS and (widget or aged >= _LISTING_MIN_CARDS or same + 1 >= _LISTING_MIN_CARDS):
        return cards
    return None


_ARTICLE_SENTENCE_MIN_CHARS: Final = 12  # "Six were hurt." reads as a sentence; "Video." does not
_CUT_PARAGRAPH_MIN_CHARS: Final = 200  # an unfinished paragraph this long is article text the scrape cut off


_SUMMARY_MIN_WORDS: Final = 13  # a headline this long that opens with an article is rare; a summary's sentence is not
_SUMMARY_OPENINGS: Final[tuple[str, ...]] = ("The ", "A ", "An ")


_CUT_SUMMARY_MIN_WORDS: Final = 8  # a clause's length: a few words may open any paragraph


def _lead_split_below(content: list[str]) -> bool:
    """The paragraph under the headline printed again a little further on, broken into two paragraphs at a sentence's
    end: the page's summary slot holding the lead's two sentences, the article starting at their copy (a photo's
    caption printed twice is printed whole)."""
    first = content[0]
    for k in range(2, min(len(content) - 1, _DEK_REPEAT_WINDOW)):
        opening = content[k]
        if (
            len(first) > len(opening) + 1
            and first.startswith(opening)  # in C: most paragraphs differ at once
            and opening.endswith(_TERMINAL)
            and first[len(opening)] == " "
            and first[len(opening) + 1 :] == content[k + 1]
        ):
            return True
    return False


def _opens_a_paragraph_below(line: str, lines: Sequence[str], start: int) -> bool:
    """'Drivers were told to slow down in the rain' over '... / Drivers were told to slow down in the rain, keep their
    distance and ...': a paragraph under the head opens with the line's words and goes on past a mark, the line the
    page's summary cut from it (a headline is not printed again as a paragraph's opening clause)."""
    size = len(line)
    for k in range(start, len(lines)):
        other = lines[k]
        if len(other) > size + 1 and other.startswith(line) and other[size] in _CLAUSE_MARKS:
            return True
    return False


_CLAUSE_MARKS: Final = ",;:"  # where the paragraph goes on past the cut: a clause's end, not a word's


def _under_summary_notice(title: str, lines: Sequence[str], start: int) -> bool:
    """The line taken for the headline, a sentence of a summary's length, right under the notice of a machine-written
    summary ('This is an AI-generated summary ...'): the summary it announces, not the headline."""
    if title.count(" ") < _SUMMARY_MIN_WORDS - 1:  # words counted in C: most headlines stop here
        return False
    for k in range(1, min(start, len(lines))):
        if lines[k] == title:
            return _MACHINE_SUMMARY_NOTICE.match(lines[k - 1]) is not None
    return False


def _summary_sentence(line: str) -> bool:
    """'The council approved the plan after a long debate on the harbour's future': a sentence in sentence case
    opening with an article, as a summary or a lead is written; headlines drop their articles and run shorter."""
    if not line.startswith(_SUMMARY_OPENINGS):
        return False
    words = line.split()
    return len(words) >= _SUMMARY_MIN_WORDS and 2 * sum(w[0].islower() for w in words) >= len(words)


def _barred_caption(line: str) -> bool:
    """'Crews clear the road after the slide. | Jane Tan': a finished sentence (no headline closes on a full stop)
    and a credit after a bar, a photo's caption where a browser tab's title puts the site's name."""
    caption, credit = credits.split_slot_caption(line)
    return credit is not None and caption.endswith(".") and not caption.endswith("..")


_PARAGRAPH_TITLE_MIN_SPACES: Final = 26  # 27 words: the longest real headlines run 24
_PARAGRAPH_TITLE_MIN_CHARS: Final = 100  # 27 words and their spaces run longer


def _never_a_headline(title: str, *, at_sign: bool) -> bool:
    """What the head took for the headline is a shape no headline takes, wherever it stands: a finished sentence of
    27 words or more (a lead's or a standfirst's paragraph: headlines run shorter); an embedded social post closed
    by its poster's signature ('... — Jane Tan (@janetan) March 3, 2024', its photo's short link); a photo's caption
    with its labelled source inside ('Jane Tan PIX: Sports Council ...') or its photographer's name after a bar
    ('... after the storm | Jane tan'). The page's headline was not saved. at_sign: the dump holds an "@" (no post is
    looked for without one)."""
    if (
        len(title) >= _PARAGRAPH_TITLE_MIN_CHARS  # most titles run shorter: no count
        and title.count(" ") >= _PARAGRAPH_TITLE_MIN_SPACES
        and title.endswith(_TERMINAL)
    ):
        return True
    if at_sign and title[-1].isdigit() and _post_end(title):
        return True
    if ": " in title and _LABELLED_CREDIT_INSIDE.search(title) is not None:  # in C: most titles hold no colon
        return True
    return " | " in title and head._photographer_after_bar(title)


# A photo's label and the source after it, behind the caption's words ('Jane Tan at the final PIX: Sports Council'):
# two words or more before it ('IN PHOTOS: ...' opens a gallery's headline).
_LABELLED_CREDIT_INSIDE: Final = re.compile(
    r"\S \S+ (?:PIX|Pix|PHOTOS?|Photos?|PICS?|Pics?|PICTURES?|Pictures?): [A-Z]"
)
# Words that close no phrase: a line ending on one stops mid-phrase ('Member for', 'the cost of').
_UNFINISHED_ENDS: Final = frozenset(("a", "an", "the", "and", "or", "of", "for", "to", "with", "from"))
_UNFINISHED_END_MAX_CHARS: Final = 4  # the longest of them


def _cut_mid_phrase(title: str, lines: Sequence[str]) -> bool:
    """The line the head took for the headline stops mid-phrase: on a word that closes no phrase ('Member for'), or
    it holds a sentence's end and its last sentence goes on in the next line, in lower case to a full stop (a
    caption or a paragraph broken by a hard line break: 'Six were hurt. Two ... 2 Riverton' / 'councillors and the
    vice mayor.', shorter than the line over it). A headline ends on its last word; a byline under it may open in
    lower case ('by Jane Tan'), and so may a lead whose drop cap the scrape lost ('olice said ...', a paragraph
    longer than the headline, which may hold a stop: 'Rates rise. Who pays?', 'talks on Aug. 9')."""
    # the last word, looked for only where it is short (a search of the last 5 characters in C)
    at = title.rfind(" ", max(len(title) - _UNFINISHED_END_MAX_CHARS - 1, 0))
    if at >= 0 and title[at + 1 :] in _UNFINISHED_ENDS:
        return True
    if ". " not in title or title.endswith(_TERMINAL) or title not in lines:  # in C: most titles hold no stop
        return False
    k = lines.index(title) + 1
    return (
        k < len(lines)
        and lines[k][:1].islower()
        and lines[k][-1] == "."
        and len(lines[k]) < len(title)  # the rest of the broken sentence; a lead that lost its drop cap runs longer
        and lines[k][:3] != "by "
    )


_BARRED_PHOTOGRAPHER_WORDS: Final = range(2, 4)  # "Jane Tan", "Jane Mei Tan": a person's name, no site's
_BARRED_CAPTION_MIN_WORDS: Final = 8  # a scene told in a clause: longer than the site's name is, as captions run


def _photographer_after_bar(first: str, lead: str) -> bool:
    """'Crews clear the slide on the hill road after the storm | Jane Tan' right over 'Riverton: The ...': the
    photo's caption and its photographer's name after a bar, the dateline's lead under it with no byline or date
    between (a browser tab's title puts the site's name after the bar, and an article's head has its meta lines).
    A name: two or three words in title case, none a paper's, a menu's or a site's word."""
    caption, _, name = first.rpartition(" | ")
    words = name.split()
    if (
        len(words) not in _BARRED_PHOTOGRAPHER_WORDS
        or not all(w.isalpha() and w[0].isupper() and w[1:].islower() for w in words)
        or caption.count(" ") < _BARRED_CAPTION_MIN_WORDS - 1
        or len(lead) < _LEAD_PARAGRAPH_CHARS
    ):
        return False
    if any(w in credits._PRESS_WORDS or w.lower() in head._MENU_WORDS or head.is_chrome(w) for w in words):
        return False
    if head.is_masthead(name) or name.lower() in head.SITE_NAMES or head.is_agency_only(name):
        return False
    return head.is_byline(name) and (credits.dateline_of(lead) is not None or _place_lead(lead) is not None)


_CUT_LEAD_MIN_WORDS: Final = 15  # words of a lead the scrape's cap cut: a sentence's length, more than a headline's


def _lead_cut_by_the_cap(paragraph: str, last: str) -> bool:
    """The dump's last line, where the scrape's size cap cut it: a sentence's opening in prose (a capital, then words
    enough for more than a headline), the lead the cap left short of a paragraph's length."""
    return paragraph == last and paragraph[0].isupper() and len(paragraph.split()) >= _CUT_LEAD_MIN_WORDS


def _reads_as_article(paragraph: str) -> bool:
    """Is this paragraph article text: a sentence long enough, finished (or signed off '— Reuters' as a
    briefing's items are) and no paywall's word to subscribers, or a long paragraph the scrape cut off?"""
    size = len(paragraph)
    if size < _ARTICLE_SENTENCE_MIN_CHARS:
        return False
    if size >= _CUT_PARAGRAPH_MIN_CHARS:
        return True
    return (paragraph.endswith(_TERMINAL) or credits.ends_in_bare_agency(paragraph)) and (
        "subscri" not in paragraph.lower()
    )


def _preview(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


_PULL_QUOTE_MIN: Final = 30  # characters: a pull quote is a sentence or two, never a word
_OPENING_QUOTES: Final = '“"'
_CLOSING_QUOTES: Final = '”"'


_CUT_QUOTE_OPENINGS: Final = '“"‘'  # a pull quote may open with a single curly quote too
_LOST_CREDIT_ENDS: Final[tuple[str, ...]] = (". (", "! (", "? (", "” (", '" (')


def _caption_over_lost_credit(paragraph: str) -> str | None:
    """'Crowds at the night market in May. (': the first paragraph a finished caption whose credit the page lost after
    the bracket that opens it; the caption's text, or None (a sentence breaks for a bracket that holds a name's
    characters the scrape dropped, 'Jane Tan (', with no stop before it)."""
    if not paragraph.endswith(_LOST_CREDIT_ENDS) or len(paragraph) > _CAPTION_MAX:
        return None
    text = paragraph[:-2]
    return text if credits.dateline_of(text) is None else None


_PULL_KEY_CHARS: Final = 40  # a pull quote's opening, looked for again after a quote mark
_PULL_SPEAKER_MAX_CHARS: Final = 60  # a pull quote's speaker line: a name, perhaps a role after a comma


def _pull_quotes_with_speakers(content: list[str]) -> list[int]:
    """Where print pull quotes stand with their speaker on the line under each: a sentence printed without quote
    marks ('Rates will ease once the harvest is in'), then a short line that is a name, perhaps with a role after a
    comma ('Jane Tan, the board's economist'), whose last word the article prints elsewhere, while another paragraph
    opens the same words with a quote mark: the designer's display of a quote the article tells in its own
    paragraph, neither body nor caption. The quote's indexes, in order (its speaker stands under each)."""
    found: list[int] = []
    for k in range(len(content) - 1):
        speaker = content[k + 1]
        if len(speaker) > _PULL_SPEAKER_MAX_CHARS or not speaker[:1].isupper() or speaker.endswith(_TERMINAL):
            continue  # the common case: a paragraph under a paragraph
        quote = content[k]
        if len(quote) < _PULL_KEY_CHARS or quote[0] in _CUT_QUOTE_OPENINGS or found[-1:] == [k - 1]:
            continue
        name = speaker.partition(",")[0]
        if not _name_alone(name):
            continue
        key = quote[:_PULL_KEY_CHARS]
        surname = name[name.rfind(" ") + 1 :]
        others = [p for j, p in enumerate(content) if j != k and j != k + 1]
        if any("“" + key in p or '"' + key in p for p in others) and any(surname in p for p in others):
            found.append(k)
    return found


def _pull_quote_cut(body: Sequence[str]) -> bool:
    """Is the last paragraph a pull quote cut by the scrape ('‘Prices will rise as the dry season ..., and the
    co')? It opens with a quote and never closes it, and its whole words are printed in an earlier paragraph."""
    last = body[-1]
    if last[-1:] in _CLOSING_QUOTES or last[-1:] in "’.!?":
        return False
    words = last[1:].rpartition(" ")[0]  # the last word may be cut in the middle
    return len(words) >= _PULL_QUOTE_MIN and any(words in paragraph for paragraph in body[:-1])


def _without_pull_quotes(body: list[str], quotations: Sequence[str]) -> list[str]:
    """The body without its pull quotes: a paragraph that is only a quotation (one of `quotations`) whose
    words another, longer paragraph prints again with its attribution ('“X.”' then '“X,” he said.'). The
    page's designer repeated the quote for display; the article tells it once."""
    out = list(body)
    text = "\n".join(body)  # searched in C: the words found more often than the quotation is printed
    for paragraph in quotations:
        if text.count(paragraph[1:-1].rstrip(".,!?… ")) > body.count(paragraph):
            out.remove(paragraph)
    return out


_LINK_HEADLINE_MAX_CHARS: Final = 120  # characters: a linked story's headline, never a paragraph
_CLOSING_LINE_MAX: Final = 300  # characters: furniture under an article is short (a desk's note is the longest)
_CLOSING_NAME_MAX: Final = 40  # characters: an author's name or an agency on the last line


def _desk_contact(last: str) -> bool:
    """'For comments or corrections to this story, contact: desk@example.com' (the address perhaps hidden from robots,
    '[email protected]'): a line that ends in an address after a colon, asking to be contacted or written to; the
    desk's note, not the article's."""
    if last.endswith(head._HIDDEN_ADDRESS_CLOSE) and last[-head._HIDDEN_ADDRESS_CHARS :].startswith(
        head._HIDDEN_ADDRESS_OPEN
    ):
        before = last[: -head._HIDDEN_ADDRESS_CHARS].rstrip()
    else:
        before, _, address = last.rpartition(" ")
        if _EMAIL_ALONE.fullmatch(address) is None:
            return False
    low = before.lower()
    return before.endswith(":") and ("contact" in low or "write to" in low or "mail" in low)


_EMAIL_ALONE: Final = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # an address and nothing else on the line
_BYLINE_WITH_ADDRESS: Final = re.compile(r"By [^()@]+ \([\w.+-]+@[\w-]+(?:\.[\w-]+)+\)")  # "By Name (address)"
_CLOSING_DATE_MAX: Final = 80  # characters: the page's date line
_DATE_LINE_WORDS: Final[tuple[str, ...]] = (
    "Published", "Updated", "Posted", "First published", "First Published", "Last updated", "Last Updated",
    "Publish Date", "Publish date",
    "PUBLISHED", "UPDATED",
)  # fmt: skip
_DESK_NOTE_SUBJECT: Final = re.compile(r"\b(?:this|the) (?:story|article|report|copy|content)\b", re.I)
_DESK_NOTE_ACT: Final = re.compile(r"\b(?:edited|published|syndicated|feed|auto-generated|generated|wire)\b", re.I)
_TRAIL_MIN_ITEMS: Final = 3  # "Kerala / health / water transport": a topic trail has several items
_TRAIL_ITEM_MAX_WORDS: Final = 5


# A feed's or embed's teaser cut by the site: "... the squad flies home today. Perth … Continue reading <headline>".
# "... continue reading" too
_CONTINUE_LINK: Final = re.compile(r"\s*(?:…|\.\.\.)\s*[Cc]ontinue reading\b\s*(?P<rest>.*)$")


def _without_continue_link(paragraph: str, title: str | None) -> str:
    """The teaser without its ellipsis and 'Continue reading' link (to the headline, or an arrow alone)."""
    m = _CONTINUE_LINK.search(paragraph)
    if m is None or m.start() == 0:
        return paragraph
    rest = m.group("rest").strip(" →»>")
    if rest and rest != title and not rest.startswith("the article"):
        return paragraph
    return paragraph[: m.start()]


# A social post embedded in the article, saved as text: its last line holds the photo's short link or closes with the
# poster's signature, "— Jane Tan (@janetan) March 3, 2024" (a date written out, as the embed prints it).
_POST_LINK: Final = "pic.twitter.com/"
_POST_SIGNATURE: Final = re.compile(
    r"(?:^|\s)[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\s*$"
)
_POST_LINE_MAX_CHARS: Final = 60  # a post's heading line ("Road Closure Notice") or its hashtags run this short
_POST_ABOVE_MAX: Final = 3  # the post's lines above its last one


_AT_SIGN: Final = repeat("@")  # map()'s second argument: "@" for every paragraph


def _post_end(paragraph: str) -> bool:
    """A post's last line, closed by the poster's signature (its text above when the signature stands apart)."""
    return paragraph[-1].isdigit() and "(@" in paragraph and _POST_SIGNATURE.search(paragraph) is not None


def _post_line(paragraph: str) -> bool:
    """A line of an embedded post over its last: a hashtag or a handle in it, or a short line with no sentence end
    (the post's heading); an article's paragraph ends its sentence and tags no one."""
    return (
        "#" in paragraph
        or (" @" in paragraph or paragraph[:1] == "@")
        or (len(paragraph) <= _POST_LINE_MAX_CHARS and not paragraph.endswith(_TERMINAL))
    )


_MORE_MARK_MAX_CHARS: Final = len("-- MORE --")
_SLUG_MAX_CHARS: Final = 80
_TAKE_NUMBER: Final = re.compile(r"(?<![\w-])\d{1,2}(?![\w-])")


def _wire_slug(line: str) -> bool:
    """'HARBOUR-SHIPPING (PORT) 2 (LAST) NORTHPORT': a wire take's slug line, in capitals, its take's number standing
    alone in it, no sentence's stop (under a "— MORE" mark it opens the story's next take)."""
    return (
        len(line) <= _SLUG_MAX_CHARS
        and line.isupper()
        and not line.endswith(_TERMINAL)
        and _TAKE_NUMBER.search(line) is not None
    )


def _bare_address(text: str) -> bool:
    """'https://social.example/page/posts/123/': a web address and nothing else on the line."""
    return text.startswith(("https://", "http://")) and " " not in text


def _without_placeholder_addresses(body: list[str]) -> list[str]:
    """The body without a web address alone on its line between two of its paragraphs (no address right under it):
    where an embedded post or a link card stood, the scrape left its address, no prose. Addresses in a row under the
    last paragraph are the page's links ("Find us on ..."), left to the closing furniture."""
    drop: list[int] = []
    for k in range(len(body) - 1):
        # the first character alone on most paragraphs (a search of the dump for "://" costs more than this loop)
        if body[k][0] == "h" and _bare_address(body[k]) and not _bare_address(body[k + 1]):
            drop.append(k)
    return [p for k, p in enumerate(body) if k not in drop] if drop else body


def _without_embedded_posts(body: list[str]) -> list[str]:
    """The body without the social posts embedded in it: the post's last line (its photo link or the poster's
    signature), its text above a signature printed apart, and the post's hashtag or heading lines above it."""
    drop: set[int] = set()
    for k, paragraph in enumerate(body):
        if k == 0 or not _post_end(paragraph):
            continue  # the first paragraph is the article's own
        drop.add(k)
        j = k - 1
        if paragraph[:1] in _DASHES and j > 0:
            drop.add(j)  # the signature printed apart: the post's text right above it
            j -= 1
        while j > 0 and k - j <= _POST_ABOVE_MAX and _post_line(body[j]):
            drop.add(j)
            j -= 1
    return [p for k, p in enumerate(body) if k not in drop] if drop else body


_SIGNOFF_LOOKBACK: Final = 5  # paragraphs above the last where the article's bracketed sign-off may stand
# The desk's initials after a slash, set off by a space from the story's last sentence: "... the office said. /jt".
_DESK_INITIALS: Final = re.compile(r"(?<=[.!?\"”’)])\s+/[a-z]{2,4}$")
_DESK_INITIALS_TAIL: Final = len(" /abcd")  # characters at a paragraph's end that hold the mark
_DESK_INITIALS_SEARCH: Final = 12  # characters at a paragraph's end searched for it (white space before the slash)


def _desk_initials(text: str) -> str | None:
    """'... the office said.' from '... the office said. /jt'; None for a paragraph without the mark."""
    # in C, from the tail's start (no copy of it): most paragraphs end in a stop
    if text.find("/", max(0, len(text) - _DESK_INITIALS_TAIL)) < 0:
        return None
    mark = _DESK_INITIALS.search(text, max(0, len(text) - _DESK_INITIALS_SEARCH))
    return None if mark is None else text[: mark.start()]


def _desk_initials_above(body: list[str]) -> tuple[int, str] | None:
    """Where the paragraph signed off with the desk's initials stands (the last or a few above it), and its text
    without them; None when none is, or when a paragraph above it is signed so too (items each signed: no one end)."""
    for k in range(len(body) - 1, max(-1, len(body) - 2 - _SIGNOFF_LOOKBACK), -1):
        if (text := _desk_initials(body[k])) is not None:
            if any(_desk_initials(p) is not None for p in body[:k]):
                return None
            return k, text
    return None


def _signed_off(paragraph: str) -> credits.TrailingAgency | None:
    """'... fuel supplies. (Harbour Gazette)', '... his assent. (NAN)': the paragraph without its sign-off in brackets,
    and the name; None when it has none (the closing bracket tested by the caller)."""
    return credits.trailing_wire(paragraph) or credits.trailing_press(paragraph)


def _signed_off_above(body: Sequence[str]) -> tuple[int, credits.TrailingAgency] | None:
    """Where a paragraph a few above the last signs off in a wire's or a paper's name in brackets, and its sign-off,
    when the page's lines follow it (a heading without a sentence's end, a reader's numbered comment '1. ...');
    None when none does, when a finished paragraph follows it, or when a paragraph above it signs off so too (a
    briefing's items each sign off)."""
    for k in range(len(body) - 2, max(0, len(body) - 2 - _SIGNOFF_LOOKBACK), -1):
        if body[k][-1] == ")" and (found := _signed_off(body[k])) is not None and found.paragraph:
            under = body[k + 1]
            if under.endswith(_TERMINAL) and not (under[:1].isdigit() and under[1:3] == ". "):
                return None  # the article goes on under it (a mid-article photo's caption credited so, perhaps)
            if any(p[-1] == ")" and _signed_off(p) is not None for p in body[:k]):
                return None
            return k, found
    return None


_PAGE_LINE_UNDER_SIGNOFF_MAX: Final = 30  # characters: a line of the page under a wire's sign-off, no paragraph


def _wire_signed_off_above(body: Sequence[str]) -> tuple[int, credits.TrailingAgency] | None:
    """Where a paragraph a few above the last signs off with a wire's acronym after a dash ('... the hall. —WIRE'),
    and its sign-off, when only short lines with no sentence end follow it (the page's); None when a longer or
    finished line follows it, or when a paragraph above it signs off so too (a briefing's items each sign off)."""
    for k in range(len(body) - 2, max(0, len(body) - 2 - _SIGNOFF_LOOKBACK), -1):
        under = body[k + 1]
        if len(under) > _PAGE_LINE_UNDER_SIGNOFF_MAX or under.endswith(_TERMINAL):
            return None
        text = body[k]
        if text[-1].isupper() and (found := credits.trailing_wire(text)) is not None and found.paragraph:
            if any(p[-1].isupper() and credits.trailing_wire(p) is not None for p in body[:k]):
                return None
            return k, found
    return None


_EDGE_RUN_MIN: Final = 3  # lines: a run of menu items, a ticker, related headlines is at least this long
_EDGE_LINE_MAX: Final = 100  # characters of a run's line (a menu bar of a dozen names runs this long)
_EDGE_LINE_MAX_WORDS: Final = 16  # words with a letter in a run's line ("|" and "-" separators not counted)
_EDGE_PROSE_MIN_WORDS: Final = 10  # a prose paragraph: a finished sentence this long at least
_EDGE_PAIR: Final = 2  # lines: a shorter run at the body's start goes when no heading stands further down
_EDGE_LONE_MIN_WORDS: Final = 5  # words of a lone such line (a briefing's one-word or short heading stays)
_BRIEF_HEADING_MIN_WORDS: Final = 4  # words of a short unfinished line in the body: a briefing's item heading
# How a sentence ends, its closing brackets left out: "Name of a Body (NB)" is a link's name.
_SENTENCE_END: Final = tuple(end for end in _TERMINAL if end not in ")]")


def _edge_line(paragraph: str) -> bool:
    """A short line without a sentence's end: a menu item, a section's name, a date line, another story's link."""
    return (
        len(paragraph) <= _EDGE_LINE_MAX
        and not paragraph.endswith(_SENTENCE_END)
        and paragraph[-1] != ":"  # a list's lead-in
        and (
            paragraph.count(" ") < _EDGE_LINE_MAX_WORDS  # fewer words than that: not counted
            or sum(any(map(str.isalpha, word)) for word in paragraph.split()) <= _EDGE_LINE_MAX_WORDS
        )
    )


def _edge_prose(paragraph: str) -> bool:
    return (
        len(paragraph) > _EDGE_LINE_MAX // 2
        and paragraph.endswith(_SENTENCE_END)
        and (paragraph.count(" ") >= _EDGE_PROSE_MIN_WORDS - 1)
    )


def _listing(run: list[str]) -> bool:
    """Most lines "Label: value" or "Name, place, time": a listing of the article (fixtures, events), not chrome."""
    return 2 * sum(", " in p or ": " in p for p in run) > len(run)


def _subhead(line: str) -> bool:
    """A phrase in sentence case ("The main points of the day"): a heading over the prose under it, kept."""
    words = line.split()
    return len(words) >= 4 and line[0].isupper() and all(w[0].islower() for w in words[1:])


def _without_edge_runs(body: list[str]) -> list[str]:
    """The body without a run of short unfinished lines (menu, ticker, related links, a date line) over its first
    prose paragraph or under its last: the page's, not the article's; over the first, two such lines or one of five
    words or more are enough when no heading stands further down. A one-paragraph body, a listing, a list's
    lead-in ending in ":" and a subhead in sentence case over the prose keep their lines."""
    n = len(body)
    start = 0
    while start < n and _edge_line(body[start]):
        start += 1
    if not (0 < start < n and _edge_prose(body[start]) and not _listing(body[:start])):
        start = 0  # no run, no prose under it, or a listing: the lines stay
    elif start >= _EDGE_RUN_MIN:
        if _subhead(body[start - 1]):
            start -= 1  # a subhead over the prose stays
    elif not (
        (start == _EDGE_PAIR and not _subhead(body[1]))
        or (start == 1 and body[0].count(" ") >= _EDGE_LONE_MIN_WORDS - 1)
    ) or any(_edge_line(p) and p.count(" ") >= _BRIEF_HEADING_MIN_WORDS - 1 for p in body[start + 1 :]):
        # two lines over the lead (a section's label and the headline printed again, a photo's caption and its
        # title, an icon's letters) or one of five words or more (a standfirst without its stop, the headline
        # again, a byline's date line) go too, unless a heading of four words or more stands further down: a
        # briefing, its first item's heading (under the agency's name or the site's) opens the body
        start = 0
    if start and body[start - 1][-1] == "," and head.is_salutation(body[start - 1]):
        start -= 1  # "Dear Editor," over the prose: the letter's own first words, not the page's line
    end = n
    while end > start and _edge_line(body[end - 1]):
        end -= 1
    if not (n - end >= _EDGE_RUN_MIN and end > start and _edge_prose(body[end - 1]) and not _listing(body[end:])):
        end = n
    if (start == 0 and end == n) or sum(map(_edge_prose, body)) < 2:  # a one-paragraph body keeps its lines
        return body
    return body[start:end]


_LONE_DASHES: Final = frozenset(_DASHES)  # a line that is one dash and nothing else
_LAYOUT_LINE_MAX: Final = 12  # characters: a line of punctuation alone in the body (a rule, a bar) is this short
_CUT_TEASER_ENDS: Final[tuple[str, ...]] = ("...", "…")


# A copyright owner's mark after the last sentence's end: a few words (a company's name and its suffix: "(M) Bhd").
_GLUED_COPYRIGHT: Final = re.compile(r"(?<=[.!?\"”’])\s+©\s*[^©]{1,60}$")


def _without_teaser_cards(body: list[str]) -> list[str]:
    """The body without other stories' cards under it: a dash alone on a line over a teaser the site cut off
    ('-' / 'Another story's first lines ...'), and everything after the first such card."""
    for k in range(1, len(body) - 1):
        if body[k] in _LONE_DASHES and body[k + 1].endswith(_CUT_TEASER_ENDS):
            return body[:k]
    return body


# Other stories' cards under the article, each its headline printed twice (the link's text and the card's title, a
# date between them or not) over its teaser: two such cards in a row are a widget, never the article's text.
_TWICE_CARDS_MIN_PARAGRAPHS: Final = 7  # a paragraph of the article and two cards of three lines
_CARD_TITLE_MAX_CHARS: Final = 90
_CARD_LABEL_MAX_WORDS: Final = 3  # the widget's label over a card: "Opinion", "Editorial", "More from the desk"


def _twice_printed_card_end(body: Sequence[str], k: int) -> int | None:
    """Where the card opening at paragraph k ends: its headline, perhaps a date line, the headline again, then a
    teaser; None when no such card opens there (its equality tests in C first)."""
    n = len(body)
    title = body[k]
    if len(title) > _CARD_TITLE_MAX_CHARS or title.endswith(".") or k + 2 >= n:
        return None
    if body[k + 1] == title:
        teaser = k + 2
    elif k + 3 < n and body[k + 2] == title and head.is_date_line(body[k + 1]):
        teaser = k + 3
    else:
        return None
    return teaser + 1 if len(body[teaser]) > _CARD_TITLE_MAX_CHARS or body[teaser].endswith(_TERMINAL) else None


def _card_label(text: str) -> bool:
    """A widget's short label over a card: a few words, no sentence end."""
    return text.count(" ") < _CARD_LABEL_MAX_WORDS and not text.endswith(_TERMINAL)


def _without_twice_printed_cards(body: list[str]) -> list[str]:
    """The body without other stories' cards under it (_twice_printed_card_end), two in a row or apart by a
    label, and everything after them; the label over the first card goes with it."""
    n = len(body)
    for k in range(1, n - 2):
        title = body[k]
        if body[k + 1] != title and body[k + 2] != title:
            continue  # most paragraphs: two equality tests in C
        end = _twice_printed_card_end(body, k)
        if end is None or end >= n:
            continue
        if _twice_printed_card_end(body, end) is None and not (
            end + 1 < n and _card_label(body[end]) and _twice_printed_card_end(body, end + 1) is not None
        ):
            continue
        start = k - 1 if k > 1 and _card_label(body[k - 1]) else k
        return body[:start]
    return body


# The site's pitch for its subscription, edition or membership under the article: "Read every page of our ePaper
# on your phone ...", "Subscribers can post and read every comment.", "Log in for member-only extras!". It names
# what it sells and speaks to the reader (or bids them act); a news sentence about subscribers reports someone's
# words.
_PITCH_MAX_CHARS: Final = 300
# ("unlimited access": a paywall's offer, "Get unlimited access to ... and support ...")
_PITCH_GOODS: Final = re.compile(r"\b(?:subscri\w*|e-?paper|members?-only|membership|unlimited access)\b", re.I)
_PITCH_TO_READER: Final = re.compile(
    r"\b(?:you|your)\b|^(?:subscribe|sign in|sign up|log in|unlock|get|join|read|have something to say)\b", re.I
)


def _pitches_subscription(paragraph: str) -> bool:
    """(The length and the goods' words are tested by the caller, in C.)"""
    return (
        _PITCH_GOODS.search(paragraph) is not None
        and _PITCH_TO_READER.search(paragraph) is not None
        and not any(mark in paragraph for mark in _QUOTE_MARKS)
        and not _reports(paragraph)
    )


_QUOTE_MARKS: Final[tuple[str, ...]] = ('"', "“", "”")


_LONE_AGENCY_MAX_CHARS: Final = len("Asia News Network")


def _signed_as_the_letters_above(body: Sequence[str]) -> bool:
    """Is the last paragraph a name alone under a finished paragraph, as a name alone closes an earlier letter in the
    body (a finished paragraph above it, the next letter under it)? A page of several readers' letters signs each
    the same way, and the body keeps their signatures in place: the last letter's too (a reporter's name alone under
    an article has no other name alone above it)."""
    n = len(body)
    last = body[-1]
    if n < _LETTERS_MIN_PARAGRAPHS or len(last) > _CLOSING_NAME_MAX or not body[-2].endswith(_TERMINAL):
        return False
    if not head.is_byline(last):
        return False
    for k in range(1, n - 2):
        line = body[k]
        if len(line) <= _CLOSING_NAME_MAX and body[k - 1].endswith(_TERMINAL) and head.is_byline(line):
            return True
    return False


_LETTERS_MIN_PARAGRAPHS: Final = 5  # two letters, each a paragraph or more and its signature, the last signed


def _without_closing_furniture(
    body: list[str], agency: str | None, lines: Sequence[str], head_end: int | None, cut: str | None = None
) -> list[str]:
    """The body without the page's furniture on its last lines: the agency's name alone (a sign-off of
    its own), a desk's note in brackets about the story itself, the writers' credit in brackets, a topic
    trail 'a / b / c', the page's date line, the author's name alone under a finished last paragraph, and
    the finished notes of _is_closing_note (an appeal to readers, the author's bio) when the article ends
    where furniture of the TAIL kind starts (head_end: the end of the page's head, where the byline stands;
    None when notes are not looked for); first, the site's disclaimer (_without_disclaimer). cut: the dump's last line
    when the scrape stopped at its size cap (a name there may be a paragraph's first words, cut: 'Mr Ta')."""
    if len(body) > 2 and "necessarily" in body[-1]:
        body = _without_disclaimer(body)
    while len(body) > 1:
        if (signature_at := _signature_block_start(body, cut=cut)) is not None:
            body = body[:signature_at]  # a letter's signature: its writer's name and town or affiliation
            continue
        if not (
            (
                _is_closing_furniture(body[-1], body[-2], agency, cut=body[-1] == cut)
                and not _signed_as_the_letters_above(body)
            )
            # "Read us on your phone: get the app from the App Store or Google Play": the page's app promo
            or ("Google Play" in body[-1] and "App Store" in body[-1])
            or (_may_call_for_submissions(body[-1]) and _calls_for_submissions(body[-1]))
            or (head_end is not None and _is_closing_note(body[-1], lines, head_end))
            or (len(body) > 2 and len(body[-1]) <= _CLOSING_NAME_MAX and _town_under_signature(body))
            # "Log in for member-only extras!": the site's pitch to its readers
            or (
                len(body[-1]) <= _PITCH_MAX_CHARS
                and body[-1].isascii()  # a flag of the string: the words' searches below are fast on ASCII only
                and ("ubscri" in body[-1] or "aper" in body[-1] or "ember" in body[-1] or "ccess" in body[-1])  # in C
                and _pitches_subscription(body[-1])
            )
        ):
            break
        body = body[:-1]
    return body


_SUBMISSIONS_CALL_MAX: Final = 400  # characters: the call, what to send and where, in two or three sentences


def _may_call_for_submissions(paragraph: str) -> bool:
    """Does the paragraph hold a word of a call for readers' stories or photos ("Submit your ...", "Send your news
    stories to ...", "Send us your photos")? Searched in C before _calls_for_submissions' regex."""
    return "ubmit" in paragraph or "end your" in paragraph or "end us your" in paragraph


def _calls_for_submissions(paragraph: str) -> bool:
    """'Seen it happen? Submit your stories to us:', 'Would you like to submit a photo to our series? ... send it to
    x@paper.com': the site's call for readers' stories or photos under the article, speaking to the reader ('you');
    a sentence reporting someone's words is the article's."""
    return (
        len(paragraph) <= _SUBMISSIONS_CALL_MAX and head.asks_readers_to_submit(paragraph) and not _reports(paragraph)
    )


# one headline over a date may close an article (an event's name and day); two are a list
_DATED_LIST_MIN_ITEMS: Final = 2
# Short lines without a sentence end under the article's last finished paragraph: other stories' headlines (each
# perhaps closed by a link's " -"), the topics' links one a line, a rail's heading and its items. One or two such
# lines may be the article's own (a subheading over a paragraph the scrape cut, a letter's signature and town).
_LINK_RUN_MIN: Final = 3
# Spaces in a topic's link in lower case ("flood relief"): a line of more words so is a paragraph's wrapped line.
_LINK_RUN_LOWER_WORDS: Final = 3


def _dated_list_start(body: Sequence[str], *, cut: bool = False) -> int | None:
    """Where a list of other stories closes the body: headlines without a sentence end, each over its own date line
    ('Floods close the coast road' / 'Published : Mar 3, 2024'), two or more, the last one perhaps cut before its
    date by the end of the dump; or undated, _link_run_start. None when the body does not end so. cut: the last line
    is where the scrape's size cap cut the dump."""
    if (  # the run's last lines, tested in C: most bodies have a paragraph right above their last line
        len(body) > _LINK_RUN_MIN
        and len(body[-2]) <= _LINK_HEADLINE_MAX_CHARS
        and len(body[-3]) <= _LINK_HEADLINE_MAX_CHARS
        and not body[-2].endswith(_TERMINAL)
        and not body[-3].endswith(_TERMINAL)
        and (start := _link_run_start(body, cut=cut)) is not None
    ):
        return start
    k = len(body)
    if (
        k > 1
        and not body[-1].endswith(_TERMINAL)
        and (len(body[-1]) > _CLOSING_DATE_MAX or not head.is_date_line(body[-1]))
    ):
        k -= 1  # the last headline, its date cut off
    items = 0
    while (
        k > 2
        and len(body[k - 1]) <= _CLOSING_DATE_MAX
        and len(body[k - 2]) <= _LINK_HEADLINE_MAX_CHARS
        and not body[k - 2].endswith(_TERMINAL)
        and head.is_date_line(body[k - 1])
        and head.headline_shaped(body[k - 2])
    ):
        k -= 2
        items += 1
    return k if items >= _DATED_LIST_MIN_ITEMS else None


def _link_run_start(body: Sequence[str], *, cut: bool = False) -> int | None:
    """Where a run of _LINK_RUN_MIN or more short lines without a sentence end closes the body right under a finished
    paragraph (none of them a paragraph's wrapped line, several words opening in lower case); None when it does not."""
    k, links = len(body), 0
    while k > 1:
        line = body[k - 1]
        if (
            len(line) > _LINK_HEADLINE_MAX_CHARS
            or line.endswith(_TERMINAL)
            or (line[0].islower() and line.count(" ") >= _LINK_RUN_LOWER_WORDS)
            or " , " in line  # a tags line over the page's widgets: read later, as tags
            or _wire_signed(line)  # the last paragraph signed off "- Bernama", "— VNA/HNP"
            # a mid-article photo's caption and its credit ("Stalls at the night market. Photo: Jane Tan"): no link
            or (". " in line and credits.split_caption_credit(line)[1] is not None)
        ):
            break
        k -= 1
        links += len(line) > _LAYOUT_LINE_MAX or _WORD.search(line) is not None  # a rule ("———") is layout, no link
    if links >= _LINK_RUN_MIN and (body[k - 1].endswith(_TERMINAL) or _wire_signed(body[k - 1])):
        if links == _LINK_RUN_MIN and k + 3 == len(body) and _signature_lines(body, k) == 2:
            return None  # a letter's signature over the next letter's heading, cut by the dump's end: no list
        if _items_of_the_article(body, k, cut=cut):
            return None
        return k
    return None


def _wire_signed(line: str) -> bool:
    """'... on Monday. — Reuters', '... on Monday. — VNA/HNP': a finished paragraph signed off by a wire (its name
    alone, or a wire's acronym after the stop), no link's headline."""
    if credits.ends_in_bare_agency(line):
        return True
    return line[-1].isupper() and (found := credits.trailing_wire(line)) is not None and bool(found.paragraph)


_ITEM_MARKS: Final = "•*-"  # "• Hilltown", "* Hilltown", "- Hilltown": a list item's mark (its indent stripped)
_LIST_CLAUSE_MIN_WORDS: Final = 5  # "Areas under the signal include:"; a rail's heading ("More stories:") is shorter


def _items_of_the_article(body: Sequence[str], k: int, *, cut: bool = False) -> bool:
    """Is the run of short lines from k on the article's own list (areas, names, steps), not other stories' links:
    every line a marked item ('• Hilltown'), under a clause of the article's that ends in a colon ('Areas under the
    signal include:', in the run or right above it) or under earlier items of the same list (the dump's end cut it)?"""
    first = k + 1 if body[k].endswith(":") and len(body[k].split()) >= _LIST_CLAUSE_MIN_WORDS else k
    # the line the scrape's cap cut under the list may open the next paragraph: no item need it be
    end = len(body) - 1 if cut and first < len(body) - 1 else len(body)
    if first == len(body):
        return False
    if body[first][:1] not in _ITEM_MARKS:
        # unmarked, under the clause in the run: each item a name and its detail after the same spaced dash ("Hilltown
        # – all schools closed"), as a list of places or people is set; another story's headline seldom is
        return first > k and _dashed_items(body[first:end])
    mark = body[first][:2]
    if not all(line.startswith(mark) for line in body[first:end]):
        return False
    above = body[first - 1]
    return above.startswith(mark) or (above.endswith(":") and len(above.split()) >= _LIST_CLAUSE_MIN_WORDS)


_DANGLING_LABEL_MAX_WORDS: Final = (
    4  # "Watch the video:"; a clause over a list the dump cut ("... include:") runs longer
)
_DANGLING_LABEL_MAX_CHARS: Final = 30


def _label_over_nothing(last: str, above: str) -> bool:
    """The body's last paragraph, a label of a few words ending in a colon under a finished paragraph ('Watch the
    video:', 'In full:', 'RELATED VIDEO:'): what it announced (a player, a link, a list) is not in the dump."""
    return (
        len(last) <= _DANGLING_LABEL_MAX_CHARS
        and last.count(" ") < _DANGLING_LABEL_MAX_WORDS
        and above.endswith(_TERMINAL)
        and credits.place_alone(last) is None  # "RIVERTON:" is a place, the next story's dateline printed apart
    )


_ITEM_DASHES: Final[tuple[str, ...]] = (" – ", " — ", " - ")


def _dashed_items(items: Sequence[str]) -> bool:
    """'Hilltown – all schools closed' / 'Port Lanmo – classes online': two items or more, each a name and its detail
    after the same spaced dash."""
    if len(items) < 2:
        return False
    dash = next((d for d in _ITEM_DASHES if d in items[0]), None)
    return dash is not None and all(dash in item for item in items)


def _town_under_signature(body: Sequence[str]) -> bool:
    """'... a finished last paragraph.' / 'Jane Tan' / 'Ipoh': a letter's signature, the writer's name and town under
    the letter (the name then goes as the author's name under a finished paragraph)."""
    town, name = body[-1], body[-2]
    words = town.replace(",", " ").split()
    return (
        len(words) <= head.TOWN_MAX_WORDS  # "Karachi", "George Town, Penang"
        and all(w[:1].isupper() for w in words)
        and not town.endswith(_TERMINAL)
        and body[-3].endswith(_TERMINAL)
        and head.is_byline(name)
        and not name.isupper()
    )


# A letter to the editor closes with its writer's signature, apart from the letter: the name (in capitals on the
# reference site, "JANE TAN BEE LING", "DR ALI BAKAR"), then perhaps a town ("Klang", "Batu Caves, Selangor"), a role
# and an affiliation ("Chairman" / "Friends of the Riverside"). Annotators leave it out of the body, as a byline.
_SIGNATURE_BLOCK_MAX: Final = 3  # lines: the name, then a town, or a role and an affiliation
_SIGNER_NAME_WORDS: Final = range(2, 7)  # a name in capitals with its honours: "DATUK DR ALI BAKAR BIN OMAR"
_SIGNER_DETAIL_MAX_WORDS: Final = 8  # words: "Senior lecturer, Faculty of Arts and Letters"
_NAME_MARKS: Final = ".-'’/"  # an initial's stop, a double name's hyphen, "A/L" (son of) in a Malaysian name
# Words of a heading or a label in capitals that no name holds ("WHAT PARENTS WANT", "READ MORE HERE")
_NO_NAME_WORDS: Final = frozenset(
    ("THE", "OF", "FOR", "TO", "IN", "ON", "AT", "WITH", "AND", "OR", "IS", "ARE", "WHAT", "HOW", "WHY", "WHO", "WHEN",
     "MORE", "NEW", "OUR", "YOUR", "READ", "ALSO", "NEWS", "STORIES", "RELATED", "LATEST", "TOP")
)  # fmt: skip


def _signer_name(line: str) -> bool:
    """'JANE TAN BEE LING', 'DR K. RAVI', 'Jane Tan': a person's name alone on its line, in capitals (two to six words
    of letters, no digit, no colon) or as a byline (a name in title case)."""
    if not line[0].isalpha():
        return False  # "— BERNAMA", "-- REUTERS": a wire's sign-off
    if line.isupper():
        words = line.split()
        return (
            len(words) in _SIGNER_NAME_WORDS
            and all(w.strip(_NAME_MARKS).isalpha() for w in words)
            and _NO_NAME_WORDS.isdisjoint(words)
        )
    return head.is_byline(line)


_AFFILIATION_LOWER_WORDS: Final = frozenset(("of", "the", "and", "for", "in", "on", "at", "de", "bin", "binti", "&"))


def _signature_detail(line: str, *, first: bool) -> bool:
    """'Klang', 'Batu Caves, Selangor', 'Senior lecturer', 'Friends of the Riverside': a short line under a
    signature's name, opening with a capital or a number (an address), no sentence. Under the first (the town or the
    writer's role, in words of any case) an affiliation's words open in capitals, but for a name's small words (a
    heading the dump's end cut, "Cheaper fares n", is the next letter's)."""
    if not (line[0].isupper() or line[0].isdigit()) or line.endswith(_TERMINAL):
        return False
    words = line.split()
    if len(words) > _SIGNER_DETAIL_MAX_WORDS:
        return False
    return first or all(w[0].isupper() or w[0].isdigit() or w in _AFFILIATION_LOWER_WORDS for w in words)


def _signature_block_start(body: Sequence[str], *, cut: str | None) -> int | None:
    """Where a letter's closing signature starts (None when the body does not end in one): two or three short lines
    under the letter's finished last paragraph, none a sentence, the first the writer's name (_signer_name), the
    others its town, role or affiliation (_signature_detail). A name alone is left to _is_closing_furniture (two
    words in capitals alone may be a dateline's place the dump's end cut). cut: the dump's last line when the scrape
    stopped at its size cap (a last line so cut may be a paragraph's first words, no signature)."""
    if len(body) <= 2 or len(body[-1]) > _SIGNATURE_LINE_MAX or body[-1] == cut:
        return None  # integers first: most last paragraphs run longer than a signature's line
    for size in range(1, _SIGNATURE_BLOCK_MAX + 1):
        k = len(body) - size
        if k < 1:
            return None
        line = body[k]
        if len(line) > _SIGNATURE_LINE_MAX or line.endswith(_TERMINAL):
            return None  # every line of a signature is short, and no sentence
        if (
            size > 1
            and body[k - 1].endswith(_TERMINAL)
            and _signer_name(line)
            and _signature_detail(body[k + 1], first=True)
            and (size == 2 or _signature_detail(body[k + 2], first=False))
        ):
            return k
    return None


# A letters page prints each letter's signature under its last paragraph: the writer's name over an address ("Jane
# Tan" / "Hill Road, Northport 4"), or name, town and region on one line ("Jane Tan, Northport, Eastern Cape").
_SIGNATURE_LINE_MAX: Final = 60  # characters: a name, or a name and its town and region
_ADDRESS_MAX_WORDS: Final = 4  # "Hill Road, Northport 4": a street and a town, a postal district's number
_SIGNED_TOWN_PARTS: Final = 3  # name, town, region: a place and its state alone ("Kuala Kedah, Kedah") is a subheading


def _is_address(line: str) -> bool:
    """'Northport', 'Hill Road, Northport 4', 'Maple Creek, North Dakota': a few capitalised words or numbers."""
    words = line.replace(",", " ").split()
    return (
        0 < len(words) <= _ADDRESS_MAX_WORDS
        and all(w[0].isupper() or w.isdigit() for w in words)
        and not line.endswith(_TERMINAL)
    )


def _town_alone(line: str, name: str) -> bool:
    """'Northport' under 'Jane Tan': a town of one word, not the name again (a second word may be a subheading's)."""
    return line.isalpha() and line[0].isupper() and not line.isupper() and line not in name


def _signature_lines(body: Sequence[str], k: int) -> int:
    """How many lines from k on are a letter's signature under a finished paragraph (0 when none): the writer's
    name over an address with a comma that no further address line follows (a list of places is the article's), or
    name, town and region on one line."""
    line = body[k]
    if not line[0].isupper() or line.endswith(_TERMINAL) or not body[k - 1].endswith(_TERMINAL):
        return 0
    if k + 1 == len(body) and _SIGNED_VALEDICTION.match(line) is not None:
        return 1  # "Regards, Jane Tan" closing the letter: its formula and its writer's name on one line
    if line[-1] == "," and head.is_byline(line[:-1]):
        return 1 + _under_comma_signature(body, k + 1, line)
    if (
        k + 1 < len(body)
        and head.is_byline(line)
        and not line.isupper()
        # "Hill Road, Northport 4", "Maple Creek, Eastern Cape", or a town of one word ("Northport")
        and (", " in body[k + 1] or _town_alone(body[k + 1], line))
        and _is_address(body[k + 1])
        and (k + 2 == len(body) or not _is_address(body[k + 2]))
    ):
        return 2
    parts = line.split(", ")
    if (
        len(parts) == _SIGNED_TOWN_PARTS
        and head.is_byline(parts[0])
        and not parts[0].isupper()
        and _is_address(f"{parts[1]}, {parts[2]}")
    ):
        return 1
    return 0


# The way a letter reached the paper, under its writer's name: "On email.", "By e-mail."
_SENT_BY_MAX_WORDS: Final = 3


def _under_comma_signature(body: Sequence[str], k: int, name: str) -> int:
    """'Jane Tan,' over 'Northport, Eastern Cape', 'Northport.' or 'On email.': the comma after a letter writer's
    name leads on to the signature's next line, the writer's town or how the letter came (a few words naming the
    mail). 1 when body[k] is that line, else 0 (the next letter's heading, "Fair fares", stays)."""
    if k >= len(body):
        return 0
    line = body[k]
    place = line[:-1] if line[-1] == "." else line  # "Northport.": a town some pages close with a stop
    if place and (", " in place or _town_alone(place, name)) and _is_address(place):
        return 1
    return int(line[-1] == "." and "mail" in line and len(line.split()) <= _SENT_BY_MAX_WORDS)


def _without_signatures(body: list[str]) -> list[str]:
    """The body without the letters' signatures under their last paragraphs (_signature_lines)."""
    out = [body[0]]
    k = 1
    while k < len(body):
        line = body[k]
        if len(line) <= _SIGNATURE_LINE_MAX and (size := _signature_lines(body, k)):
            k += size
            continue
        out.append(line)
        k += 1
    return out


# A letter's closing formula, its last words, printed on the letter's last line or glued to its last sentence:
# "Yours faithfully,", "... the council. – Yours, etc,", "Sincerely,", "Kind regards,".
_VALEDICTION_WORDS: Final = (
    r"(?:Yours(?:,? (?:faithfully|sincerely|truly|respectfully|etc\.?))?|(?:Very |Most )?(?:Sincerely|Respectfully|"
    r"Faithfully)(?: yours)?|(?:Kind |Best |Warm )?Regards)"
)
_VALEDICTION: Final = re.compile(rf"\b{_VALEDICTION_WORDS},$")
# The formula and the writer's name (or pen name) on the letter's last line: "Regards, Jane Tan", "Sincerely, A
# worried parent". The whole line is the signature (the formula on a line of its own is the letter's and stays).
_SIGNED_VALEDICTION: Final = re.compile(rf"{_VALEDICTION_WORDS},\s+[A-Z][^.!?,;:]{{0,40}}$")
_VALEDICTION_TAIL: Final = 40  # characters at the paragraph's end the formula is searched in
_SIGNATURE_BLOCK_LINES: Final = 2  # the writer's name, their address


def _without_signature_block(body: list[str]) -> list[str]:
    """The body without the signature under a letter's closing formula ('Yours faithfully,' / 'Jane Tan' /
    'Hill Road, Northport'): one or two short lines closing the body, under a paragraph that ends in the formula
    (the formula is the letter's and stays)."""
    for k in range(len(body) - 2, len(body) - 2 - _SIGNATURE_BLOCK_LINES, -1):
        if (
            body[k][-1] == ","
            and _VALEDICTION.search(body[k], max(0, len(body[k]) - _VALEDICTION_TAIL)) is not None
            and all(len(line) <= _SIGNATURE_LINE_MAX for line in body[k + 1 :])
        ):
            return body[: k + 1]
    return body


_CLOSING_NOTE_MAX: Final = 250  # characters: an appeal to readers or an author's bio is a sentence or two
# An appeal for readers' support holds one of these (substring tests: a regex search of every short last
# paragraph would cost more than the rest of its tail) and speaks to its readers, of the site.
_APPEAL_WORDS: Final[tuple[str, ...]] = (
    "ournalism",
    "eaders like you",
    "costs money",
    "elp us keep",
    "onate ",
    "onation",
)
_TO_READERS: Final = re.compile(r"\b(?:you|your|us|our)\b", re.I)  # the site speaks to its readers, of itself
# What a bio says of the writer after their name: "Jane Tan covers ...", "Ali Bakar is a senior ...".
_BIO_VERBS: Final = frozenset(("is", "was", "covers", "writes", "reports", "edits", "heads", "joined", "has", "tweets"))
_BIO_NAME_WORDS: Final = range(2, 5)  # a writer's name: two to four capitalised words


def _is_closing_note(last: str, lines: Sequence[str], head_end: int) -> bool:
    """A finished short paragraph at the article's end that is page furniture: an appeal for readers'
    support ('<Site> relies on readers like you. Support independent journalism.', 'Good reporting costs
    money. Help us keep it going.'), or the author's bio ('<Name> covers the courts for the paper.') whose
    name the byline above the article printed (repetition evidence)."""
    if len(last) > _CLOSING_NOTE_MAX or not last.endswith(_TERMINAL):
        return False
    if (
        (
            _APPEAL_WORDS[0] in last
            or _APPEAL_WORDS[1] in last
            or _APPEAL_WORDS[2] in last
            or _APPEAL_WORDS[3] in last
            or _APPEAL_WORDS[4] in last
            or _APPEAL_WORDS[5] in last
        )
        and _TO_READERS.search(last)
        and not _reports(last)
    ):
        return True
    end = _bio_name_end(last)
    if end < 0:
        return False
    name = last[:end]
    return any(name in lines[k] and head.is_byline(lines[k]) for k in range(head_end))  # never a headline's name


def _bio_name_end(text: str) -> int:
    """Where the writer's name ends in a bio that opens with it ('Jane Tan covers ...', 'Ali Bakar is a ...'):
    two to four capitalised words, then one of _BIO_VERBS; -1 when the text does not open so."""
    if not text[0].isupper():
        return -1
    # The capitalised words it opens with, found without splitting it (this runs on most last paragraphs).
    name_words, end = 1, text.find(" ")
    while end > 0 and name_words <= _BIO_NAME_WORDS[-1] and text[end + 1 : end + 2].isupper():
        name_words, end = name_words + 1, text.find(" ", end + 1)
    if name_words not in _BIO_NAME_WORDS or end < 0 or text[end + 1 : text.find(" ", end + 1)] not in _BIO_VERBS:
        return -1
    return end


# The site's disclaimer under an opinion piece or a reader's letter: "The views expressed are the writer's own and do
# not necessarily reflect those of the paper." (a phrase family: substring tests, "necessarily" first in C).
_DISCLAIMS: Final[tuple[str, ...]] = ("necessarily reflect", "necessarily represent")
_WRITERS_LINE_MAX: Final = 100  # characters: the one-sentence bio over the disclaimer ("Jane Tan is a reader in Ipoh.")


def _without_disclaimer(body: list[str]) -> list[str]:
    """The body without the site's disclaimer on its last line, nor the writer's one-sentence bio right over it
    ('Jane Tan is a regular reader.' / 'The views expressed ... do not necessarily reflect those of the paper.')."""
    last = body[-1]
    if len(last) > _CLOSING_NOTE_MAX or not (_DISCLAIMS[0] in last or _DISCLAIMS[1] in last):
        return body
    if ("views" not in last and "opinions" not in last) or _reports(last):  # "..., the ministry said": the article's
        return body
    body = body[:-1]
    bio = body[-1]
    if (
        len(body) > 1
        and len(bio) <= _WRITERS_LINE_MAX
        and bio.endswith(_TERMINAL)
        and _NEXT_SENTENCE.search(bio) is None
        and _bio_name_end(bio) > 0
    ):
        body = body[:-1]
    return body


# The desk's credits under the article, without brackets and unfinished: "Edited by: Jane Tan", "Produced by: The
# Morning Desk, Ali Bakar", "-With a report from Jane Tan", "With files from Ali Bakar" (a wire's "(Reporting by
# ...)" line in brackets is a credits line, read for its people).
_DESK_CREDIT: Final = re.compile(
    r"(?:[-–—]\s*)?(?:(?:Edited|Produced|Subedited|Sub-edited) by|With (?:a )?reports? (?:from|by)|With files from)"
    r":?\s+[A-Z]"
)
_DESK_CREDIT_OPENINGS: Final = frozenset("-–—EPSW")
# How a reader's letter reached the paper, on its last line, perhaps after the writer's name: "Sent via email",
# "Jane Tan, By email", "By e-mail".
_SENT_BY_EMAIL: Final = re.compile(r"(?:([^,]{2,40}),\s*)?(?:[Ss]ent )?(?:[Bb]y|[Vv]ia) e-?mail\.?")


_SIGNOFF_DASHES: Final = _DASHES + "―"  # a horizontal bar may stand before a name too: "― Jane Tan"


# A desk's credit run into the article's last paragraph after a dash: who reported it ("... said. – Report from Jane
# Tan", "— With reports from Ali Bakar"), or the writer, the editor's initials and the outlet ("...—Jane Tan/KB,
# Harbour News"). A wire's name there is its sign-off (the agency rules); a photo's credit carries no editor's initials.
_GLUED_DESK_SIGNOFF: Final = re.compile(
    r"[-–—―]\s*(?:"
    r"(?:With )?(?:a )?[Rr]eports? (?:from|by):?\s+(?P<reporters>[A-Z][^.!?/–—―]{2,60})"
    r"|(?P<writer>[A-Z][^.!?/–—―]{2,40})/(?P<initials>[A-Z]{2,4}), (?P<outlet>[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})"
    # or the writer's initials alone and the newsroom, a word of the press closing its name ("...—KB, Harbour
    # News"): only right after the sentence's stop (a bare acronym and a name after a dash may be the sentence's own)
    rf"|(?P<desk>[A-Z]{{2,4}}), [A-Z][\w.]*(?: [A-Z][\w.]*){{0,2}} {credits.PRESS_NAME_ENDS}"
    r")"
)
_DESK_STOPS: Final = frozenset('.!?"”’')  # a sentence's last character, before a desk's initials signing it off
_DESK_SIGNOFF_WITHIN: Final = 110  # characters from the paragraph's end where the sign-off's dash may stand
_DESK_SIGNOFF_MIN_LEAD: Final = 40  # characters of the paragraph before the dash: a sentence at least, no line alone


def _glued_desk_signoff_start(paragraph: str) -> int | None:
    """Where a desk's credit run into the last paragraph starts (_GLUED_DESK_SIGNOFF: '... said. – Report from Jane
    Tan', '... the hearing—Jane Tan/KB, Harbour News'), the white space before its dash included; None when the
    paragraph does not end so."""
    if not _is_letter(paragraph[-1]):
        return None  # most paragraphs end in a stop
    floor = max(0, len(paragraph) - _DESK_SIGNOFF_WITHIN)
    at = max(paragraph.rfind("-", floor), paragraph.rfind("–", floor), paragraph.rfind("—", floor))
    at = max(at, paragraph.rfind("―", floor))
    if at < _DESK_SIGNOFF_MIN_LEAD:
        return None
    spaced = paragraph[at - 1] == " "
    if paragraph[at] == "-" and not spaced:
        return None  # a hyphen inside a word ("ex-mayor"), no sign-off's dash
    signoff = _GLUED_DESK_SIGNOFF.fullmatch(paragraph, at)
    if signoff is None:
        return None
    reporters = signoff.group("reporters")
    if signoff.group("desk") is not None:
        if paragraph[:at].rstrip()[-1:] not in _DESK_STOPS or credits.is_bare_agency(signoff.group("desk")):
            return None  # "... the alliance — PDP, Laban News": no stop before the dash; "— AFP, Harbour Times"
    elif reporters is not None:
        names = reporters.replace(" and ", ", ").split(", ")
        if not all(head.is_byline(name) and not name.isupper() for name in names):
            return None
    elif not head.is_byline(signoff.group("writer")) or credits.is_bare_agency(signoff.group("initials")):
        return None  # "Jane Tan/AFP, File": a photo's credit, its wire's name after the slash
    return len(paragraph[:at].rstrip())


def _dashed_name(line: str) -> bool:
    """'— Jane Tan', '- Ali Bakar': a person's name alone after a dash (a wire's name is a sign-off of its own)."""
    name = line.lstrip(_SIGNOFF_DASHES).strip()
    return name != line and bool(name) and not name.isupper() and head.is_byline(name)


_CAPITALS_LABEL_MIN_WORDS: Final = 3  # words: two capitalised words may be a signature or a dateline's place, cut
_INITIALS_MAX: Final = 3  # letters: a writer's or an editor's initials signing the article off ("JE", "MRT")


def _signed(last: str) -> bool:
    """A letter's signature on the last line: the writer's name and a comma ('Jane Tan,'), or the name and the town
    after a dot ('Jane Tan • Northport')."""
    if last[-1] == ",":
        name = last[:-1]
    else:
        name, _, town = last.partition(" • ")
        if not (town[:1].isupper() and len(town.split()) <= _SIGNATURE_TOWN_MAX_WORDS and town[-1:].isalpha()):
            return False
    return not name.isupper() and head.is_byline(name)


_SIGNATURE_TOWN_MAX_WORDS: Final = 3


# How a site's disclaimer under an opinion piece opens ("The views expressed are those of the writer and do not
# necessarily reflect ..."): a last line the scrape cut inside these words, or after them, is that disclaimer.
_DISCLAIMER_OPENINGS: Final[tuple[str, ...]] = (
    "The views expressed",
    "The opinions expressed",
    "The views and opinions expressed",
)
_CUT_DISCLAIMER_MIN_CHARS: Final = len("The views e")  # one letter of the verb at least


def _cut_disclaimer(last: str) -> bool:
    """'The views expres', 'The views expressed here are those of the wri': the disclaimer cut by the dump's end."""
    return len(last) >= _CUT_DISCLAIMER_MIN_CHARS and any(
        opening.startswith(last) or last.startswith(opening) for opening in _DISCLAIMER_OPENINGS
    )


_TRAIL_CRUMBS_MAX_WORDS: Final = 6  # words of the crumbs before the headline in a breadcrumb under the article


def _crumbs_over(line: str, title: str) -> bool:
    """'World / Asia / <headline>': a line ending in the headline (the caller tests that, in C) after a few words
    closed by a crumb's separator, the page's breadcrumb trail printed under the article."""
    crumbs = line[: len(line) - len(title)].rstrip()
    return crumbs.endswith(head.CRUMB_ENDS) and 0 < crumbs.count(" ") < _TRAIL_CRUMBS_MAX_WORDS


# A letter's writer signs with a title in brackets after the name: "Jane Tan Mei Ling (Dr)", "Ali Bakar (Mr)".
_SIGNER_TITLES: Final = frozenset(("(Dr)", "(Mr)", "(Ms)", "(Mrs)", "(Mdm)", "(Miss)", "(Prof)", "(Madam)"))


def _titled_signature(line: str) -> bool:
    """'Jane Tan Mei Ling (Dr)': a name with the writer's title in brackets after it, a letter's signature."""
    name, _, title = line.rpartition(" ")
    return title in _SIGNER_TITLES and head.is_byline(name) and not name.isupper()


def _is_closing_furniture(last: str, before: str, agency: str | None, *, cut: bool = False) -> bool:
    if len(last) > _CLOSING_LINE_MAX:
        return False  # the common case: a paragraph of the article
    if last[0] == "(" and last[-1] == ")":
        if last[1:4].lower() == "by " and head.is_byline(last[1:-1]):
            return True  # "(By Jane Tan and Ali Bakar)": the writers' credit under the article
        return _DESK_NOTE_SUBJECT.search(last) is not None and _DESK_NOTE_ACT.search(last) is not None
    if (
        last[-1] == ")"
        and last[:3] == "By "
        and before.endswith(_TERMINAL)
        and _BYLINE_WITH_ADDRESS.fullmatch(last) is not None
    ):
        # "By Jane Tan (jane.tan@example.com)": the writer's credit and address under the article
        return head.is_byline(last[: last.index(" (")])
    if (last[-1] == "]" or "@" in last) and _desk_contact(last):
        return True  # "For corrections to this story, contact: desk@example.com": the desk's address, not the article
    if last[-1] == ")" and not cut and len(last) <= _CLOSING_NAME_MAX and before.endswith(_TERMINAL):
        return _titled_signature(last)  # 'Jane Tan (Dr)' under the letter's finished last paragraph: its signature
    if last.endswith(_TERMINAL):
        return False  # a finished sentence
    if cut and last[:4] == "The " and _cut_disclaimer(last):
        return True  # "The views expres": the site's disclaimer under the article, the scrape's cap cut it short
    if len(last) <= _LAYOUT_LINE_MAX and not any(map(str.isalpha, last)):
        return True  # a rule ("---") under the article: layout (dropped anywhere later), the furniture above it too
    if "@" in last and " " not in last and _EMAIL_ALONE.fullmatch(last) is not None:
        return True  # "jane.tan@example.com": the writer's address alone under the article, whatever stands above it
    if (
        "mail" in last  # in C first
        and (sent := _SENT_BY_EMAIL.fullmatch(last)) is not None
        and (
            sent.group(1) is None  # alone, perhaps under the writer's name (which then goes as the author's name)
            or (before.endswith(_TERMINAL) and head.is_byline(sent.group(1)) and not sent.group(1).isupper())
        )
    ):
        return True  # "Sent via email", "Jane Tan, By email": how a reader's letter reached the paper, under it
    if last[0] in _DESK_CREDIT_OPENINGS and _DESK_CREDIT.match(last) is not None:
        return True  # "Edited by: Jane Tan", "-With a report from Ali Bakar": the desk's credits under the article
    if len(last) <= _CLOSING_NAME_MAX:
        if (agency is not None and last.lower() == agency.lower()) or credits.is_bare_agency(last):
            return True  # "VNA" under the article that opened "Sóc Trăng (VNA) –"
        # Under a finished last paragraph (and not the opening words of one the scrape's cap cut: 'Mr Ta'), the
        # writer signs off: the author's name, a letter's signature with a comma or with the town ("Name • Town"),
        # or the desk's initials ("JE", no wire's name).
        if (
            before.endswith(_TERMINAL)
            and not cut
            and (
                (head.is_byline(last) and not last.isupper())
                or ((last[-1] == "," or " • " in last) and _signed(last))
                or (len(last) <= _INITIALS_MAX and last.isupper() and last.isalpha())
                # a heading in capitals of three words or more, nothing under it: a rail's or section's label
                # ("MORE WORLD NEWS"); the scrape's cut leaves a sentence's opening words, in lower case
                or (last.count(" ") >= _CAPITALS_LABEL_MIN_WORDS - 1 and last.isupper())
            )
        ):
            return True
        if last[0] in _SIGNOFF_DASHES and before[:1] not in _SIGNOFF_DASHES and _dashed_name(last):
            return True  # "— Jane Tan": the reporter signs the article off (a list of dashed items has more above)
        if (
            last[:2] in ("By", "BY")
            and not cut
            and len(before) <= _CLOSING_DATE_MAX
            and before.startswith(_DATE_LINE_WORDS)
            and head.is_date_line(before)
            and head.is_byline(last)
        ):
            return True  # "Published : May 2, 2031" / "By : THE DESK": the page's meta printed under the article
    if len(last) <= _CLOSING_DATE_MAX and last.startswith(_DATE_LINE_WORDS) and head.is_date_line(last):
        return True  # "Published - April 4, 2024 07:30 pm IST": the page's date line under the article
    if " / " in last:
        items = last.split(" / ")
        return len(items) >= _TRAIL_MIN_ITEMS and all(0 < len(item.split()) <= _TRAIL_ITEM_MAX_WORDS for item in items)
    return False
