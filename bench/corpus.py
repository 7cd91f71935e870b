"""Deterministic synthetic corpus: N raw dumps in every shape of the corpus catalogue, written in date folders.

The shapes follow the catalogue of real dump shapes (title with or without bullets, blank-line or
one-line-per-paragraph, CRLF, captions with many credit forms, every dateline form, Bernama
trailers, promo blocks, paywalls, tags, Next In / Others Also Read lists, chrome endings, cut-off
scrapes, briefings) plus a configurable share of bad files (empty, binary junk, no headline,
oversize). Text comes from pools built once per seed, so 300k files take seconds, not minutes:
the generator only picks, joins and writes.

Usage: python -m bench.corpus OUT_DIR --dumps 20000 [--seed 7] [--bad-share 0.02]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

# Every shape a good dump can take; tests check each one appears in a modest corpus.
GOOD_SHAPES: tuple[str, ...] = (
    "bullets",
    "no_bullets",
    "blank_lines",
    "one_line_per_paragraph",
    "crlf",
    "captions_0",
    "captions_1",
    "captions_2",
    "captions_3",
    "dateline_agency",
    "dateline_multi_city",
    "dateline_local",
    "dateline_none",
    "bernama_trailer",
    "credits_line",
    "promo",
    "paywall",
    "tags",
    "next_in",
    "others_also_read",
    "others_also_read_headlines",
    "old_chrome",
    "report_chrome",
    "cut_off",
    "briefing",
    "curly_quotes",
    "replacement_char",
)
BAD_KINDS: tuple[str, ...] = ("empty", "binary", "no_headline", "oversize")
# Credit forms of the catalogue; each renders as a caption's trailing attribution.
CREDIT_FORMS: tuple[str, ...] = (
    "reuters_name",
    "reuters_pool",
    "handout_via_reuters",
    "dash_reuters",
    "dash_afp",
    "bernama_pic",
    "unsplash",
    "the_star_names",
)
DEFAULT_OVERSIZE_BYTES = 96 * 1024  # above the 64 KiB limit bench runs use (NEWSETL_MAX_DUMP_BYTES)
BENCH_MAX_DUMP_BYTES = 64 * 1024
_WRITE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
CHUNK = 5_000  # dumps per generator work unit


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_FIRST = _words(
    "Ahmad Lim Siti Rajesh Mei Ling Daniel Nurul Kumar Grace Farid Aisha Wei Jie Hannah Omar Priya Tan Lee "
    "Ismail Chong Sarah David Faizal Kavitha Jason Aminah Victor Hui Min Azlan Rachel Simon Humeyra"
)
_LAST = _words(
    "Abdullah Tan Wong Rahman Kaur Chen Lewis Pamuk Hassan Ibrahim Ng Lim Yusof Raj Fernandez Kerry Ong Goh "
    "Mahmud Samy Cheng Hamid Low Krishnan Idris Teoh Yeoh Aziz Baharom Musa"
)
_CITIES_WIRE = _words(
    "WASHINGTON LONDON BEIJING TOKYO RIYADH MOSCOW PARIS BERLIN SINGAPORE JAKARTA BANGKOK MANILA SEOUL "
    "KYIV ISTANBUL GENEVA BRUSSELS SYDNEY"
)
_CITIES_LOCAL = (
    "KUALA LUMPUR",
    "PETALING JAYA",
    "GEORGE TOWN",
    "JOHOR BARU",
    "IPOH",
    "KOTA KINABALU",
    "KUCHING",
    "MELAKA",
    "SHAH ALAM",
    "PUTRAJAYA",
    "ALOR SETAR",
    "SEREMBAN",
)
_SECTIONS = ("World", "Nation", "Business", "Sport", "Tech", "Lifestyle", "Opinion", "Metro", "Education")
_NEXT_IN_TITLES = {"Business": "Business News", "Opinion": "Columnists"}
_SUBJECTS = (
    "The ministry",
    "The state government",
    "Police",
    "The central bank",
    "Analysts",
    "The company",
    "Residents",
    "The committee",
    "Officials",
    "The federation",
    "Investors",
    "The council",
    "Economists",
    "The union",
    "Health authorities",
    "The opposition",
    "Teachers",
    "The court",
)
_VERBS = (
    "said on Tuesday that",
    "announced that",
    "warned that",
    "confirmed that",
    "told reporters that",
    "noted in a statement that",
    "expects that",
    "revealed on Friday that",
    "argued that",
    "agreed that",
)
_OBJECTS = (
    "the new rules would take effect next month",
    "prices of basic goods had risen faster than expected",
    "more funds would be allocated to rural schools",
    "the project was running ahead of schedule",
    "talks between the two sides would resume soon",
    "the flood situation in several districts had improved",
    "exports grew for the third straight quarter",
    "the investigation was still ongoing",
    "demand for electric vehicles continued to climb",
    "the agreement would boost trade and investment",
    "the number of cases fell sharply last week",
    "the deadline for applications had been extended",
    "several roads would be closed for repairs",
    "the team would travel abroad for training",
    "profits were weighed down by higher costs",
    "the plan had the backing of most members",
)
_TAILS = (
    "according to people familiar with the matter",
    "although details were not disclosed",
    "a move welcomed by industry groups",
    "despite concerns raised by residents",
    "as part of a wider reform programme",
    "in line with earlier forecasts",
    "after weeks of negotiations",
    "while critics called for more transparency",
)
_HEADLINE_WORDS = _words(
    "Ministry Bursa Ringgit Police Flood Court Council Exports Talks Oil Students Farmers Traders Hospital "
    "Budget Tourism Rail Port Airline Startup Election Villagers Teachers Fishermen Palm Rubber Housing"
)
_HEADLINE_VERBS = (
    "eyes",
    "plans",
    "rejects",
    "backs",
    "probes",
    "boosts",
    "cuts",
    "delays",
    "wins",
    "seeks",
    "warns over",
    "ready to fight",
)
_HEADLINE_OBJECTS = (
    "new rules",
    "higher prices",
    "record profit",
    "demolition plan",
    "regional growth",
    "second-tier cities",
    "rate hike",
    "fresh talks",
    "land deal",
    "repair works",
    "trade pact",
    "flood relief",
)
_PROMOS: tuple[tuple[str, ...], ...] = (
    (
        "Save 30% OFF The Star Digital Access",
        "Monthly Plan",
        "RM 13.90/month",
        "RM 9.73/month",
        "Billed as RM 9.73 for the 1st month, RM 13.90 thereafter.",
        "Best Value",
        "Annual Plan",
        "RM 12.33/month",
        "RM 8.63/month",
        "Billed as RM 103.60 for the 1st year, RM 148 thereafter.",
    ),
    (
        "Save 30% and win Bosch appliances! More Info",
        "Monthly Plan",
        "RM13.90/month",
        "RM9.73 only",
        "Billed as RM9.73 for the 1st month then RM13.90 thereafters.",
        "1 month",
        "Free Trial",
        "For new subscribers only",
        "Cancel anytime. No ads. Auto-renewal. Unlimited access to the web and app. Personalised features. "
        "Members rewards.",
    ),
    (
        "The Star Christmas Special Promo: Save 35% OFF Yearly. T&C applies.",
        "Monthly Plan",
        "RM 13.90/month",
        "Best Value",
        "Annual Plan",
        "RM 12.33/month",
        "RM 8.02/month",
        "Billed as RM 96.20 for the 1st year, RM 148 thereafter.",
    ),
    (
        "The Star Festive Promo: Save 40% OFF Yearly. T&C applies.",
        "Annual Plan",
        "RM 12.33/month",
        "RM 7.40/month",
        "Billed as RM 88.80 for the 1st year, RM 148 thereafter.",
    ),
)
_PAYWALLS = ("Already a subscriber? Log in", "Already a member? Log In", "Subscribe now to continue reading")
_WHATSAPP = "Follow us on our official WhatsApp channel for breaking news alerts and key updates!"
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class CorpusStats:
    """What a generate() call wrote: counts per shape and bad kind, bytes, time."""

    root: str
    seed: int
    dumps: int
    good: int
    bad: dict[str, int]
    shapes: dict[str, int]
    total_bytes: int
    days: int
    first_day: str
    last_day: str
    seconds: float
    files: list[str] = field(default_factory=list)  # relative paths, only when asked for (tests)

    def as_dict(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if k != "files"}


class _Pools:
    """Sentences, paragraphs, headlines and names built once per seed; dumps are picks from these."""

    def __init__(self, rng: random.Random) -> None:
        self.sentences = [
            f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}, {rng.choice(_TAILS)}."
            for _ in range(3000)
        ]
        # Paragraphs of 1-3 sentences, ~100-400 characters, like the reference dump's.
        self.paragraphs = [" ".join(rng.sample(self.sentences, rng.randint(1, 3))) for _ in range(6000)]
        self.headlines = [self._headline(rng) for _ in range(4000)]
        self.names = [f"{rng.choice(_FIRST)} {rng.choice(_LAST)}" for _ in range(500)]

    @staticmethod
    def pick(pool: list[str], rng: random.Random, k: int) -> list[str]:
        """k consecutive pool items from a random start: one random draw instead of k (sample is slow)."""
        start = rng.randrange(len(pool) - k)
        return pool[start : start + k]

    @staticmethod
    def _headline(rng: random.Random) -> str:
        words = [rng.choice(_HEADLINE_WORDS), rng.choice(_HEADLINE_VERBS), rng.choice(_HEADLINE_OBJECTS)]
        extra = rng.random()
        if extra < 0.3:
            words.append(f"in {rng.choice(_CITIES_LOCAL).title()}")
        elif extra < 0.5:
            words.append(f"as {rng.choice(_HEADLINE_OBJECTS)} loom")
        elif extra < 0.6:
            words.append(f"for {rng.randint(2, 40)}% more")
        return " ".join(words)


def _credit(rng: random.Random, pools: _Pools, form: str) -> tuple[str, str]:
    """(separator, credit) for a caption: a sentence end then the credit, or a dash form."""
    name = rng.choice(pools.names)
    if form == "reuters_name":
        return " ", f"REUTERS/{name}"
    if form == "reuters_pool":
        return " ", f"REUTERS/{name}/Pool"
    if form == "handout_via_reuters":
        return " ", "Ukrainian Presidential Press Service/Handout via REUTERS"
    if form == "dash_reuters":
        return " — ", "Reuters"
    if form == "dash_afp":
        return " — ", "AFP"
    if form == "bernama_pic":
        return " — ", "Bernama pic"
    if form == "unsplash":
        return " — ", f"Photo by {name} on Unsplash"
    return " ", f"{name.upper()} and {rng.choice(pools.names).upper()}/The Star"


def _date_bullet(rng: random.Random, day: date) -> str:
    """The date bullet in the forms real pages print."""
    style = rng.random()
    if style < 0.7:
        return f"{_WEEKDAYS[day.weekday()]}, {day.day} {_MONTHS[day.month - 1]} {day.year}"
    if style < 0.9:
        return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def render_good(rng: random.Random, pools: _Pools, day: date) -> tuple[str, list[str]]:
    """One good dump's text (LF newlines) and the shapes it shows."""
    shapes: list[str] = []
    section = rng.choice(_SECTIONS)
    head = [rng.choice(pools.headlines)]
    if rng.random() < 0.8:
        shapes.append("bullets")
        head += ["  • " + section, "  • " + _date_bullet(rng, day)]
    else:
        shapes.append("no_bullets")

    briefing = rng.random() < 0.03
    n_captions = 0 if briefing else rng.choices((0, 1, 2, 3), weights=(45, 35, 14, 6))[0]
    shapes.append(f"captions_{n_captions}")
    captions = []
    for _ in range(n_captions):
        sep, credit = _credit(rng, pools, rng.choice(CREDIT_FORMS))
        captions.append(rng.choice(pools.sentences) + sep + credit)

    paragraphs = pools.pick(pools.paragraphs, rng, rng.randint(11, 20))
    dl = rng.random()
    if briefing:
        shapes += ["briefing", "dateline_none"]
        paragraphs = [p + " — Reuters" for p in paragraphs[:6]]
    elif dl < 0.35:
        shapes.append("dateline_agency")
        paragraphs[0] = f"{rng.choice(_CITIES_WIRE)} (Reuters) - {paragraphs[0]}"
    elif dl < 0.45:
        shapes.append("dateline_multi_city")
        a, b = rng.sample(_CITIES_WIRE, 2)
        paragraphs[0] = f"{a}/{b} (Reuters) - {paragraphs[0]}"
    elif dl < 0.85:
        shapes.append("dateline_local")
        paragraphs[0] = f"{rng.choice(_CITIES_LOCAL)}: {paragraphs[0]}"
    else:
        # Columns open with a standfirst, no dateline.
        shapes.append("dateline_none")
    wire = dl < 0.45 and not briefing
    if rng.random() < 0.08:
        shapes.append("curly_quotes")
        paragraphs[1] = f"“{paragraphs[1][:-1]},” {rng.choice(pools.names)} said, ‘quietly’."
    if rng.random() < 0.01:
        shapes.append("replacement_char")
        paragraphs[2] = paragraphs[2].replace(" ", " \ufffd ", 1)

    paywalled = not briefing and rng.random() < 0.08
    if paywalled:
        shapes.append("paywall")
        paragraphs = paragraphs[: rng.randint(2, 3)]
    elif not wire and not briefing and rng.random() < 0.25:
        shapes.append("bernama_trailer")
        paragraphs[-1] += rng.choice((" - Bernama", " — Bernama"))

    body = list(paragraphs)
    if not briefing and rng.random() < 0.25:
        shapes.append("promo")
        body.insert(rng.randint(1, min(3, len(body))), "\n".join(rng.choice(_PROMOS)))

    cut_off = not paywalled and rng.random() < 0.02
    tail: list[str] = []
    if cut_off:
        shapes.append("cut_off")
        last = body[-1]
        body[-1] = last[: max(20, len(last) // 2)].rstrip(" .,")
    elif paywalled:
        tail.append(rng.choice(_PAYWALLS))
    else:
        if wire and rng.random() < 0.8:
            shapes.append("credits_line")
            reporters = " and ".join(rng.sample(pools.names, rng.randint(1, 2)))
            tail.append(f"(Reporting by {reporters}; Editing by {rng.choice(pools.names)})")
        ending = rng.random()
        if ending < 0.06:
            shapes.append("report_chrome")
            tail += [_WHATSAPP, "Thank you for your report!"]
        else:
            tail.append(_WHATSAPP)
            if rng.random() < 0.4:
                shapes.append("tags")
                tail[-1] += (
                    "\n" + f"{section} , {rng.choice(_HEADLINE_WORDS).lower()} , {rng.choice(_CITIES_LOCAL).title()}"
                )
            if rng.random() < 0.85:
                shapes.append("next_in")
                heading = _NEXT_IN_TITLES.get(section, section)
                tail.append(f"Next In {heading}\n\n" + "\n".join(pools.pick(pools.headlines, rng, rng.randint(0, 10))))
            shapes.append("others_also_read")
            if rng.random() < 0.3:
                shapes.append("others_also_read_headlines")
                tail.append("Others Also Read\n\n" + "\n".join(pools.pick(pools.headlines, rng, rng.randint(1, 6))))
            else:
                tail.append("Others Also Read")
            if ending > 0.9:
                shapes.append("old_chrome")
                tail += [
                    "All Headlines:",
                    "Want to listen to full audio?",
                    "Unlock unlimited access to enjoy personalise features on the TheStar.com.my",
                    "Already a member? Log In",
                ]

    if rng.random() < 0.15:
        # One paragraph per line, no blank lines (promo lines stay one per line too).
        shapes.append("one_line_per_paragraph")
        text = "\n".join([*head, *captions, *body, *tail]).replace("\n\n", "\n")
    else:
        shapes.append("blank_lines")
        # The reference layout: title, two blank lines, the bullets, then one blank line between blocks.
        text = head[0] + "\n\n\n" + ("\n".join(head[1:]) + "\n\n" if len(head) > 1 else "")
        text += "\n\n".join([*captions, *(b.replace("\n", "\n\n") for b in body), *tail])
    if rng.random() < 0.1:
        shapes.append("crlf")
        text = text.replace("\n", "\r\n")
    return text, shapes


def render_bad(rng: random.Random, pools: _Pools, kind: str, oversize_bytes: int) -> bytes:
    """Bytes of one bad dump of the given kind."""
    if kind == "empty":
        return b"" if rng.random() < 0.5 else b"  \n\n \r\n"
    if kind == "binary":
        return rng.randbytes(rng.randint(512, 4096)) + b"\x00\x00"
    if kind == "no_headline":
        # The scrape missed the page head: the first line is already the dateline paragraph.
        paras = rng.sample(pools.paragraphs, rng.randint(2, 5))
        paras[0] = f"{rng.choice(_CITIES_LOCAL)}: {paras[0]}"
        return ("\n".join([*paras, _WHATSAPP, "Thank you for your report!"]) + "\n").encode()
    filler = "\n\n".join(pools.paragraphs[:200])
    text = rng.choice(pools.headlines) + "\n\n"
    while len(text) < oversize_bytes:
        text += filler
    return text.encode()


@dataclass(frozen=True)
class _Chunk:
    """A contiguous range of dump indexes written by one worker with its own seeded generator."""

    root: str
    seed: int
    start: int
    stop: int
    dumps: int
    days: int
    first_day: date
    bad_share: float
    oversize_bytes: int
    keep_paths: bool


@dataclass
class _ChunkResult:
    shapes: Counter[str]
    bad: Counter[str]
    total_bytes: int
    paths: list[str]


def _write_chunk(chunk: _Chunk) -> _ChunkResult:
    # Seeded by (seed, chunk start): the bytes do not depend on how many processes write.
    rng = random.Random(f"newsetl-corpus:{chunk.seed}:{chunk.start}")
    pools = _pools_for(chunk.seed)
    out = _ChunkResult(Counter(), Counter(), 0, [])
    current_dir = ""
    for i in range(chunk.start, chunk.stop):
        day = chunk.first_day + timedelta(days=i * chunk.days // chunk.dumps)
        folder = f"{day:%Y/%m/%d}"
        if folder != current_dir:
            os.makedirs(f"{chunk.root}/{folder}", exist_ok=True)
            current_dir = folder
        name = f"{folder}/star_{_SECTIONS[i % len(_SECTIONS)].lower()}_{day.isoformat()}_{i:07d}.txt"
        if rng.random() < chunk.bad_share:
            kind = BAD_KINDS[rng.randrange(len(BAD_KINDS))]
            out.bad[kind] += 1
            data = render_bad(rng, pools, kind, chunk.oversize_bytes)
        else:
            text, found = render_good(rng, pools, day)
            out.shapes.update(found)
            data = text.encode()
        # os.open/os.write: no buffered file object, no pathlib, no fsync (it is a benchmark input).
        fd = os.open(f"{chunk.root}/{name}", _WRITE_FLAGS, 0o644)
        try:
            os.write(fd, data)
        finally:
            os.close(fd)
        out.total_bytes += len(data)
        if chunk.keep_paths:
            out.paths.append(name)
    return out


_POOLS: dict[int, _Pools] = {}


def _pools_for(seed: int) -> _Pools:
    if seed not in _POOLS:
        _POOLS[seed] = _Pools(random.Random(seed * 1_000_003 + 1))
    return _POOLS[seed]


def generate(
    root: Path,
    dumps: int,
    *,
    seed: int = 7,
    bad_share: float = 0.02,
    per_day: int = 300,
    first_day: date = date(2022, 1, 1),
    oversize_bytes: int = DEFAULT_OVERSIZE_BYTES,
    keep_paths: bool = False,
    jobs: int | None = None,
) -> CorpusStats:
    """Write `dumps` files under root/YYYY/MM/DD/ and return what was written (same seed, same bytes).

    `jobs` processes write chunks of CHUNK dumps in parallel (default: all cores); the output
    does not depend on `jobs`.
    """
    clock = time.perf_counter()
    days = max(1, -(-dumps // per_day))
    chunks = [
        _Chunk(
            str(root),
            seed,
            start,
            min(start + CHUNK, dumps),
            dumps,
            days,
            first_day,
            bad_share,
            oversize_bytes,
            keep_paths,
        )
        for start in range(0, dumps, CHUNK)
    ]
    workers = min(jobs or os.cpu_count() or 1, len(chunks))
    if workers > 1:
        with ProcessPoolExecutor(workers) as pool:
            results = list(pool.map(_write_chunk, chunks))
    else:
        results = [_write_chunk(c) for c in chunks]
    shapes: Counter[str] = Counter()
    bad: Counter[str] = Counter()
    for r in results:
        shapes.update(r.shapes)
        bad.update(r.bad)
    return CorpusStats(
        root=str(root),
        seed=seed,
        dumps=dumps,
        good=dumps - sum(bad.values()),
        bad=dict(sorted(bad.items())),
        shapes=dict(sorted(shapes.items())),
        total_bytes=sum(r.total_bytes for r in results),
        days=days,
        first_day=first_day.isoformat(),
        last_day=(first_day + timedelta(days=days - 1)).isoformat(),
        seconds=round(time.perf_counter() - clock, 3),
        files=[p for r in results for p in r.paths],
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--dumps", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--bad-share", type=float, default=0.02)
    parser.add_argument("--per-day", type=int, default=300)
    parser.add_argument("--jobs", type=int, default=None, help="writer processes (default: all cores)")
    args = parser.parse_args(argv)
    if args.out.exists() and any(args.out.iterdir()):
        parser.error(f"{args.out} is not empty")
    stats = generate(
        args.out, args.dumps, seed=args.seed, bad_share=args.bad_share, per_day=args.per_day, jobs=args.jobs
    )
    print(json.dumps(stats.as_dict(), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
