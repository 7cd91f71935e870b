"""Ratchets on real and blind pages: the parser may get better on them, never worse.

The floors are the levels reached when they were set (raise them when the parser improves; never
lower one to make a change pass). The shared corpus is read in place from ../shared/corpus (or
NEWSETL_CORPUS); where it is absent, as in a user's clone, its ratchet skips and says why.
"""

from __future__ import annotations

import pytest

from bench.evaluate import (
    CASES_DIR,
    TruthCase,
    corpus_cases,
    corpus_root,
    score,
    score_leave_one_site_out,
    truth_cases,
)

# Shared corpus (dev + real, 91 pages): field agreement, right outcomes, mean body token F1.
CORPUS_FLOOR = {"fields": 0.9989, "outcomes": 91, "body_f1": 1.0000}
# The same pages, each site scored with its own entries taken out of the parser's site-name table.
LOSO_FLOOR = {"fields": 0.9989, "outcomes": 91, "body_f1": 1.0000}
# Blind batch 2026-12 (24 crafted pages the parser's authors never read before it was committed).
# 2.18.0: 99.59 % / 24 / 1.000 (r79: a dek over the lead whose words the lead takes up is no body).
BLIND_FLOOR = {"fields": 0.9959, "outcomes": 24, "body_f1": 1.0000}


# Blind batch 2026-12b (30 crafted pages, 24 in the reference site's shapes), scored when committed:
# 83.79 % / 26 outcomes with the parser before this work, 96.94 % / 30 with the parser of that commit.
BLIND_B_FLOOR = {"fields": 1.0000, "outcomes": 30, "body_f1": 1.0000}
# Blind batch 2026-12c (32 crafted pages, 22 in the reference site's shapes, 10 of other sites, 5 to
# quarantine), scored when committed, with the parser of d4c9808: 91.79 % / 30 outcomes / 0.9693. Its
# misses then guided parser changes (shapes, never strings), so it is no longer a blind estimate.
BLIND_C_FLOOR = {"fields": 0.9969, "outcomes": 31, "body_f1": 1.0000}
# Blind batch 2026-12d (32 crafted pages, 26 in the reference site's shapes, 3 to quarantine), scored when
# committed: 94.30 % / 32 / 0.929 with the parser of d4c9808, 95.44 % / 32 / 0.939 with that of 6be6807.
BLIND_D_FLOOR = {"fields": 1.0000, "outcomes": 32, "body_f1": 1.0000}
# Blind batch 2026-12e (32 crafted pages, 27 in the reference site's shapes, 3 to quarantine), the last of
# the session, never used to change the parser: 92.88 % / 32 / 0.894 with the parser of d4c9808,
# 95.16 % / 32 / 0.947 with that of a4cb568 when it was committed. On 2026-12-02 two of its misses (a
# feedback widget in other words, a list heading and share buttons) guided parser changes: no longer blind.
BLIND_E_FLOOR = {"fields": 1.0000, "outcomes": 32, "body_f1": 1.0000}

# Blind batch 2026-12f (32 crafted pages, 24 in the reference site's shapes, 4 to quarantine), scored when
# committed: 95.59 % / 30 / 0.992 with the parser of 742e151, 95.88 % / 30 / 0.993 with that of a6c2578. Its
# misses then guided parser changes (shapes, never strings): no longer a blind estimate.
BLIND_F_FLOOR = {"fields": 1.0000, "outcomes": 32, "body_f1": 1.0000}
# Blind batch 2026-12g (32 crafted pages, 24 in the reference site's shapes, 4 to quarantine), scored when
# committed: 97.06 % / 31 / 0.993 with the parser of 742e151, 97.94 % / 31 / 0.993 with that of 2ec4a3f. Its
# misses then guided parser changes: no longer a blind estimate.
BLIND_G_FLOOR = {"fields": 1.0000, "outcomes": 32, "body_f1": 1.0000}
# Blind batch 2026-12h (32 crafted pages, 24 in the reference site's shapes, 4 to quarantine), scored when
# committed: 95.88 % / 30 / 0.983 with the parser of 742e151, 97.35 % / 31 / 0.993 with that of e76f14c. Its
# misses then guided parser changes: no longer a blind estimate. Its one miss left (bh_09) lists a caption
# printed twice twice, where the corpus README says once (a real truth does the same; the README is followed).
BLIND_H_FLOOR = {"fields": 0.9970, "outcomes": 32, "body_f1": 1.0000}
# Blind batch 2026-12i (32 crafted pages, 24 in the reference site's shapes, 4 to quarantine), scored when
# committed: 94.71 % / 31 / 0.974 with the parser of 742e151, 97.06 % / 32 / 0.985 with that of 0d00470. Its
# misses then guided parser changes: no longer a blind estimate. Its miss left (bi_12) is bh_09's: a caption
# printed twice listed twice.
BLIND_I_FLOOR = {"fields": 0.9970, "outcomes": 32, "body_f1": 1.0000}
# Blind batch 2026-12j (32 crafted pages, 24 in the reference site's shapes, 4 to quarantine), scored when
# committed: 93.82 % / 30 / 0.971 with the parser of 742e151, 95.59 % / 31 / 0.951 with that of a0de85b
# (reference-site pages 98.82 % / 24 / 0.992; other sites 85.88 % / 7 / 0.825). Its misses then guided
# parser changes: no longer a blind estimate.
BLIND_J_FLOOR = {"fields": 1.0000, "outcomes": 32, "body_f1": 1.0000}
# Blind batch 2026-12k (36 crafted pages, 30 in the reference site's shapes and 6 of other sites, as the
# hidden sets mix them; 5 to quarantine): 95.76 % / 35 / 0.975 with the parser of 742e151 (2.1.0),
# 98.67 % / 36 / 0.994 with that of 6ec1f2f when it was committed (reference-site pages 99.37 % / 30 / 0.997,
# other sites 95.08 % / 6 / 0.976). Its three misses then guided parser changes: no longer blind.
BLIND_K_FLOOR = {"fields": 1.0000, "outcomes": 36, "body_f1": 1.0000}
# Blind batch 2026-12l (36 crafted pages, 30 in the reference site's shapes, 6 of other sites; 5 to
# quarantine): 94.16 % / 33 / 0.942 with the parser of 742e151, 97.61 % / 35 / 0.964 with that of 2a55596
# when it was committed (reference-site pages 97.79 % / 29 / 0.961, other sites 96.72 % / 6 / 0.982). Its
# misses then guided parser changes: no longer blind. Miss left: bl_32 (an agency's boilerplate paragraph
# after its sign-off line is read as body).
BLIND_L_FLOOR = {"fields": 1.0000, "outcomes": 36, "body_f1": 1.0000}
# Blind batch 2026-12m (36 crafted pages, 30 in the reference site's shapes, 6 of other sites; 5 to
# quarantine), the last of the session, never used to change the parser: 97.08 % / 34 / 0.985 with the
# parser of 742e151 (2.1.0), 98.14 % / 35 / 0.989 with that of 2b0e74e (2.2.0) when it was committed
# (reference-site pages 99.68 % / 30 / 0.997, other sites 90.16 % / 5 / 0.950). Still never used to change
# the parser; 2.3.0 (learned from 12n-12r) scores it 98.93 % / 36 / 0.990.
# 2.13.0 (family rounds r36-r39): 99.20 % / 36 / 0.993.
BLIND_M_FLOOR = {"fields": 0.9920, "outcomes": 36, "body_f1": 0.9932}
# Blind batches 2026-12n and 2026-12o (36 crafted pages each, 16 in the reference site's shapes and 20 of
# other sites' layouts; 6 to quarantine each), written to learn other sites' pages: on arrival 95.90 % /
# 35 / 0.972 and 92.08 % / 33 / 0.932 with the parser of ba14d85 (2.2.0).
BLIND_N_FLOOR = {"fields": 1.0000, "outcomes": 36, "body_f1": 1.0000}
BLIND_O_FLOOR = {"fields": 0.9972, "outcomes": 36, "body_f1": 1.0000}
# Blind batch 2026-12p (36 crafted pages mixed as the hidden sets are: 30 in the reference site's shapes, 6 of
# other sites; 5 to quarantine), the estimate of this round, never used to change the parser: 99.47 % / 36 /
# 0.999 with the parser of f6aae5c (2.2.0) and on arrival, 99.73% / 36 / 1.000 with 2.3.0.
BLIND_P_FLOOR = {"fields": 1.0000, "outcomes": 36, "body_f1": 1.0000}
# Blind batch 2026-12q (36 crafted pages, 10 in the reference site's shapes and 26 of other Asian sites'
# layouts; 6 to quarantine), written to measure other sites' pages after the 12n/12o round: on arrival
# 88.25 % / 33 / 0.910 with the parser of 8eb6614.
BLIND_Q_FLOOR = {"fields": 1.0000, "outcomes": 36, "body_f1": 1.0000}
# Blind batch 2026-12r (36 crafted pages, 12 in the reference site's shapes and 24 of other Asian and Pacific
# sites' layouts; 6 to quarantine), written after the 12q round to measure it: on arrival 88.80 % / 32 /
# 0.953 with the parser of 37a8a92 (reference-site pages 100 %, other sites 83.20 %); 2.4.0: 96.99 % / 36 / 0.982;
# 97.27 % / 36 / 0.986 once a caption in capitals printed twice over a dateline lead was no print lead (r14);
# 2.12.0: 97.54 % (r31: a source named after a spaced slash credits the caption); 2.13.0: 97.81 %.
# 2.15.0: 98.36 % / 36 / 0.991 (r48: a "Source:" line under the last paragraph; r49: a finished alt text over a
# credited caption). 2.19.0: 98.36 % / 36 / 0.993 (r94: the headline printed again over the lead is the page's).
BLIND_R_FLOOR = {"fields": 0.9862, "outcomes": 36, "body_f1": 0.9932}
# Blind batch 2026-12s (30 crafted pages, 6 in the reference site's shapes and 24 of other sites in Asia, the
# Pacific, the Middle East and Africa; 4 to quarantine), written at the end of the 2.3.0 round as the estimate
# for other sites, never used to change the parser: 85.13 % / 24 / 0.896 with 2.2.0 (f6aae5c), 93.04 % / 28 /
# 0.934 with 2.3.0 when it was committed (other sites' pages 81.57 % -> 91.37 %; reference-site pages 100 %).
# 2.4.0 (learned from real pages of other sites read outside the project, and from a few of 12s's misses):
# 94.62 % / 29 / 0.976.
# 2.5.0: 95.25 % / 29 / 0.980. 2.13.0: 95.57 % / 29 / 0.980. 2.14.0: 95.57 % / 29 / 0.981 (r40: another
# story's headline between two paragraphs is no body). 2.17.0: 96.52 % / 29 / 0.982 (real pages' rules: a printed
# date with its year in a dateline, a credit alone over the lead credits the caption above it). 2.19.0: 96.84 % / 29 /
# 0.986 (r94: two short unfinished lines over the first paragraph are the page's). 2.23.0: 97.78 % / 29 / 0.992
# (r115: a 'Source: NAME' line over the lead, a call for readers' news under the article).
BLIND_S_FLOOR = {"fields": 0.9777, "outcomes": 29, "body_f1": 0.9918}


def _check(board_overall: object, floor: dict[str, float]) -> None:
    from transforms.truth import Score

    assert isinstance(board_overall, Score)
    got = {
        "fields": board_overall.field_agreement,
        "outcomes": board_overall.outcomes_right,
        "body_f1": board_overall.body_f1,
    }
    fallen = {k: (round(got[k], 4), v) for k, v in floor.items() if got[k] < v}
    assert not fallen, f"below the ratchet (got, floor): {fallen}"


def _shared_corpus() -> list[TruthCase]:
    """The shared corpus's cases, or a skip that says why where it is absent."""
    root = corpus_root()
    cases = corpus_cases(root)
    if not cases:
        pytest.skip(f"shared corpus not found at {root} (a user's clone has none; CI and developers do)")
    return cases


def test_shared_corpus_does_not_fall_below_its_floor() -> None:
    cases = _shared_corpus()
    assert len(cases) >= 91, "the shared corpus lost pages: the floor was set on 91"
    _check(score(cases).overall, CORPUS_FLOOR)


def test_shared_corpus_leave_one_site_out_does_not_fall_below_its_floor() -> None:
    cases = _shared_corpus()
    _check(score_leave_one_site_out(cases).overall, LOSO_FLOOR)


def test_leave_one_site_out_takes_the_site_out_of_the_table() -> None:
    from bench.evaluate import site_names_without
    from transforms import head

    without = site_names_without("borneopost")
    assert "the borneo post" in head.SITE_NAMES and "the borneo post" not in without
    # "The Borneo Post", "Borneo Post" and each run together as a logo's alt text ("TheBorneoPost")
    assert "the star" in without and len(head.SITE_NAMES) - len(without) == 4


# Each blind batch: its folder, how many pages it holds, its floor.
BLIND_BATCHES = {
    "blind_2026_12": (24, BLIND_FLOOR),
    "blind_2026_12b": (30, BLIND_B_FLOOR),
    "blind_2026_12c": (32, BLIND_C_FLOOR),
    "blind_2026_12d": (32, BLIND_D_FLOOR),
    "blind_2026_12e": (32, BLIND_E_FLOOR),
    "blind_2026_12f": (32, BLIND_F_FLOOR),
    "blind_2026_12g": (32, BLIND_G_FLOOR),
    "blind_2026_12h": (32, BLIND_H_FLOOR),
    "blind_2026_12i": (32, BLIND_I_FLOOR),
    "blind_2026_12j": (32, BLIND_J_FLOOR),
    "blind_2026_12k": (36, BLIND_K_FLOOR),
    "blind_2026_12l": (36, BLIND_L_FLOOR),
    "blind_2026_12m": (36, BLIND_M_FLOOR),
    "blind_2026_12n": (36, BLIND_N_FLOOR),
    "blind_2026_12o": (36, BLIND_O_FLOOR),
    "blind_2026_12p": (36, BLIND_P_FLOOR),
    "blind_2026_12q": (36, BLIND_Q_FLOOR),
    "blind_2026_12r": (36, BLIND_R_FLOOR),
    "blind_2026_12s": (30, BLIND_S_FLOOR),
}


@pytest.mark.parametrize("batch", sorted(BLIND_BATCHES))
def test_blind_batch_does_not_fall_below_its_floor(batch: str) -> None:
    pages, floor = BLIND_BATCHES[batch]
    cases = list(truth_cases(CASES_DIR / batch, "blind"))
    assert len(cases) == pages
    _check(score(cases).overall, floor)


# Robustness probes (bench.probes): right answers per probe on the shared corpus's pages and on the project's
# own cases, varied as other scrapes save them. Set with parser 2.24.0 (corpus 72/69/41/76, cases 561/533/261/576);
# raised after the probe rounds r128-r129 (a lead on top with no headline under it, cut signed briefings, chrome).
# The caption and byline probes (capfirst, bylinefirst, captop) set in round r139 (a credited caption read as the
# headline, a photo's text over the headline printed again under it, a name with an Arabic article over a lead).
# The stack, date, capitals and one-paragraph probes (stackfirst, datefirst, upperhead, short) set in round r140 (a
# word alone over a wire's dateline lead, the site's name over the lead past its menu and dates, a short headline in
# capitals with a sentence's word read as a writer's name).
# The field probes (dateline, credit) set in round r143 (a credit in brackets after the caption's stop, after a dash
# and its "Source:" label or after a label in capitals; a credit line under an uncredited caption; a town in title
# case and its spaced dash over the lead under a credited caption; title-case towns joined by slashes before the
# agency's brackets).
# The hard-wrap probes (wrapped, wrapheadless) set in round r142 (a dump hard-wrapped at a fixed width: its rows joined
# back into paragraphs, a wrapped lead's first row no headline).
# The live-page probes (dropcap, dropheadless, badges, badgefirst, teaser) set in round r145 (a live blog's badges are
# chrome; a copy of the lead's first sentence over the lead, a teaser over its "Read more" link and a place stamp
# under a date line are no headline; a lead that lost its drop cap is no sentence going on from the headline).
# The labelled-byline probes (bylinelabel, bylineover) set in round r147 ("By: A, B" on top is no headline; a byline
# on top over the headline is skipped to it). The pull-quote probe (quotefirst) set in the same round (a long line
# on top that the text prints again inside a paragraph is no headline).
PROBE_CORPUS_FLOOR = {
    "headless": 73,
    "chrome": 69,
    "cut": 41,
    "oneline": 76,
    "capfirst": 42,
    "bylinefirst": 1,
    "captop": 43,
    "stackfirst": 12,
    "datefirst": 73,
    "upperhead": 72,
    "short": 66,
    "dateline": 363,
    "credit": 122,
    "wrapped": 76,
    "wrapheadless": 70,
    "dropcap": 21,
    "dropheadless": 23,
    "badges": 75,
    "badgefirst": 73,
    "teaser": 73,
    "bylinelabel": 73,
    "bylineover": 73,
    "quotefirst": 26,
}
PROBE_CASES_FLOOR = {
    "headless": 561,
    "chrome": 535,
    "cut": 265,
    "oneline": 576,
    "capfirst": 438,
    "bylinefirst": 49,
    "captop": 431,
    "stackfirst": 78,
    "datefirst": 561,
    "upperhead": 562,
    "short": 539,
    "dateline": 3893,
    "credit": 2088,
    "wrapped": 574,
    "wrapheadless": 540,
    "dropcap": 100,
    "dropheadless": 103,
    "badges": 572,
    "badgefirst": 561,
    "teaser": 561,
    "bylinelabel": 561,
    "bylineover": 566,
    "quotefirst": 206,
}


def _probe_check(cases: list[TruthCase], floor: dict[str, int]) -> None:
    from bench.probes import probe

    board = probe(cases)
    fallen = {p: (board.right[p], v) for p, v in floor.items() if board.right[p] < v}
    assert not fallen, f"probes below the ratchet (right, floor): {fallen}; python -m bench.probes --show lists them"


def test_probes_on_the_shared_corpus_do_not_fall_below_their_floor() -> None:
    cases = _shared_corpus()
    _probe_check(cases, PROBE_CORPUS_FLOOR)


def test_probes_on_the_projects_cases_do_not_fall_below_their_floor() -> None:
    _probe_check(list(truth_cases(CASES_DIR, "cases")), PROBE_CASES_FLOOR)
