"""Parser output in the human truth-file format, and field-by-field agreement with a truth file."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from transforms.records import ParseOutcome, Quarantined

# Fields a truth file holds, in its order; "notes" and "file" are not compared.
TRUTH_FIELDS: tuple[str, ...] = (
    "outcome",
    "title",
    "section",
    "published_date",
    "dateline",
    "agency",
    "captions",
    "body_paragraphs",
    "reporters",
    "editors",
    "tags",
    "related",
)


def truth_view(outcome: ParseOutcome) -> dict[str, Any]:
    """What the parser read, shaped like a truth file (a quarantined dump shows its partial read)."""
    article = outcome.partial if isinstance(outcome, Quarantined) else outcome
    view: dict[str, Any] = {"outcome": "quarantine" if isinstance(outcome, Quarantined) else "ok"}
    if article is None:
        view.update(
            title=None,
            section=None,
            published_date=None,
            dateline=None,
            agency=None,
            captions=[],
            body_paragraphs=[],
            reporters=[],
            editors=[],
            tags=[],
            related={"next_in": [], "others_also_read": []},
        )
        return view
    view.update(
        title=article.title,
        section=article.section,
        published_date=article.published_date.isoformat() if article.published_date else None,
        dateline=article.dateline,
        agency=article.agency,
        captions=[{"caption": c.text, "credit": c.credit} for c in article.captions],
        body_paragraphs=list(article.body_paragraphs),
        reporters=list(article.reporters),
        editors=list(article.editors),
        tags=list(article.tags),
        related={
            "next_in": article.related_headlines("next_in"),
            "others_also_read": article.related_headlines("others_also_read"),
        },
    )
    return view


def compared_fields(truth: Mapping[str, Any]) -> tuple[str, ...]:
    """The fields a truth file is scored on: all of them, or only the outcome for a quarantine verdict.

    In a dump that must be quarantined only the verdict counts (corpus convention): what else the
    truth holds there is what a reader could still make out, not what the warehouse gets.
    """
    if truth.get("outcome") == "quarantine":
        return ("outcome",)
    return tuple(f for f in TRUTH_FIELDS if f in truth)


def field_mismatches(truth: Mapping[str, Any], got: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    """{field: (expected, got)} for every scored truth field the parser got wrong."""
    return {f: (truth.get(f), got.get(f)) for f in compared_fields(truth) if truth.get(f) != got.get(f)}


_TOKEN = re.compile(r"\w+", re.UNICODE)


def body_tokens(paragraphs: Iterable[str]) -> Counter[str]:
    """The bag of lower-cased word tokens of some body paragraphs."""
    return Counter(t.lower() for p in paragraphs for t in _TOKEN.findall(p))


def token_f1(truth_paragraphs: Iterable[str], got_paragraphs: Iterable[str]) -> float:
    """Bag-of-tokens F1 of the parser's body against the truth's (1.0 when both are empty)."""
    want, have = body_tokens(truth_paragraphs), body_tokens(got_paragraphs)
    overlap = sum((want & have).values())
    if not want and not have:
        return 1.0
    if overlap == 0:
        return 0.0
    precision, recall = overlap / sum(have.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)


@dataclass
class Score:
    """Agreement of the parser with the truth over a set of dumps (a site, a folder, the whole corpus):
    field agreement, outcomes, body token F1, and per field how many dumps got it right and which not."""

    files: int = 0
    fields: int = 0  # (file, field) pairs scored
    fields_right: int = 0
    outcomes_right: int = 0
    f1_sum: float = 0.0  # body token F1 summed over the dumps that must yield an article
    f1_files: int = 0
    scored_by_field: Counter[str] = field(default_factory=Counter)
    right_by_field: Counter[str] = field(default_factory=Counter)
    wrong_files: dict[str, list[str]] = field(default_factory=dict)  # field -> names of the dumps it was wrong in

    def add(self, truth: Mapping[str, Any], got: Mapping[str, Any], name: str = "") -> dict[str, tuple[Any, Any]]:
        """Score one dump; returns its mismatches."""
        wrong = field_mismatches(truth, got)
        scored = compared_fields(truth)
        self.files += 1
        self.fields += len(scored)
        self.fields_right += len(scored) - len(wrong)
        self.outcomes_right += "outcome" not in wrong
        self.scored_by_field.update(scored)
        self.right_by_field.update(f for f in scored if f not in wrong)
        for f in wrong:
            self.wrong_files.setdefault(f, []).append(name)
        if truth.get("outcome") == "ok":
            self.f1_sum += token_f1(truth.get("body_paragraphs") or [], got.get("body_paragraphs") or [])
            self.f1_files += 1
        return wrong

    def merge(self, other: Score) -> None:
        """Add another score's counts to this one."""
        self.files += other.files
        self.fields += other.fields
        self.fields_right += other.fields_right
        self.outcomes_right += other.outcomes_right
        self.f1_sum += other.f1_sum
        self.f1_files += other.f1_files
        self.scored_by_field.update(other.scored_by_field)
        self.right_by_field.update(other.right_by_field)
        for f, names in other.wrong_files.items():
            self.wrong_files.setdefault(f, []).extend(names)

    @property
    def field_agreement(self) -> float:
        return self.fields_right / self.fields if self.fields else 1.0

    @property
    def outcome_accuracy(self) -> float:
        return self.outcomes_right / self.files if self.files else 1.0

    @property
    def body_f1(self) -> float:
        return self.f1_sum / self.f1_files if self.f1_files else 1.0

    def line(self, label: str) -> str:
        return (
            f"{label:<22} {self.files:>5} {self.field_agreement:>9.2%} {self.outcomes_right:>4}/{self.files:<4}"
            f" {self.body_f1:>8.4f}"
        )

    def field_lines(self) -> Iterable[str]:
        """A table of agreement per field (over the dumps that field was scored on), then the dumps each
        wrong field came from."""
        yield f"{'field':<16} {'agree':>9} {'share':>7}"
        for f in TRUTH_FIELDS:
            scored = self.scored_by_field[f]
            share = self.right_by_field[f] / scored if scored else 1.0
            yield f"{f:<16} {self.right_by_field[f]:>4}/{scored:<4}{share:>7.1%}"
        for f in TRUTH_FIELDS:
            if f in self.wrong_files:
                yield f"{f} mismatches: " + ", ".join(self.wrong_files[f])


SCORE_HEADER = f"{'set':<22} {'dumps':>5} {'fields':>9} {'outcome':>9} {'body F1':>8}"
