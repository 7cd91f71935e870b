"""Fast paths before a regex (cheap tests, cached answers) agree with the slow path they stand in front of."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from transforms import classify, head

AGENCIES = ["reuters", "afp", "ap", "associated press", "bernama", "bloomberg", "xinhua", "kyodo", "ann"]
AGENCIES += ["asia news network", "dpa", "efe", "anadolu", "yonhap", "pti", "ians", "ani"]
# Text around an agency's name: padding the name test strips, other words, or nothing.
AROUND = st.sampled_from(["", " ", ".", "- ", " —", "–", " .-", "x", "the ", " news", "\u00a0"])


def _any_case(text: str, flips: list[bool]) -> str:
    return "".join(ch.upper() if flip else ch for ch, flip in zip(text, flips + [False] * len(text), strict=False))


@given(
    st.sampled_from(AGENCIES),
    st.lists(st.booleans(), max_size=20),
    AROUND,
    AROUND,
    st.text(max_size=4),
)
def test_agency_only_agrees_with_its_regex(name: str, flips: list[bool], before: str, after: str, noise: str) -> None:
    for text in (before + _any_case(name, flips) + after, name + noise, noise + name, noise):
        slow = head._AGENCY_ONLY.fullmatch(text.strip(" .-–—")) is not None
        assert head.is_agency_only(text) == slow, text


@given(
    st.sampled_from(["", "-", "--", "—", "–", "―", "x -", " -", "=", "~"]),
    st.sampled_from(["", " ", "\t", "  ", "\u00a0"]),
    st.text(max_size=4),
)
def test_dash_opener_starts_with_a_dash(opening: str, space: str, rest: str) -> None:
    line = opening + space + rest
    if line and classify._DASH_OPENS.match(line) is not None:
        assert line[0] in classify._DASHES, line
