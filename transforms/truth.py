"""Parser output in the human truth-file format, and field-by-field agreement with a truth file."""

from __future__ import annotations

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


def field_mismatches(truth: Mapping[str, Any], got: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    """{field: (expected, got)} for every truth field the parser got wrong."""
    return {f: (truth.get(f), got.get(f)) for f in TRUTH_FIELDS if f in truth and truth.get(f) != got.get(f)}


@dataclass
class Agreement:
    """Per-field agreement over many dumps: how many dumps got each field exactly right."""

    files: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TRUTH_FIELDS, 0))
    wrong_files: dict[str, list[str]] = field(default_factory=dict)

    def add(self, name: str, truth: Mapping[str, Any], got: Mapping[str, Any]) -> None:
        """Score one file: each truth field it has counts right or wrong."""
        self.files += 1
        wrong = field_mismatches(truth, got)
        for f in TRUTH_FIELDS:
            if f not in wrong:
                self.right[f] += 1
            else:
                self.wrong_files.setdefault(f, []).append(name)

    def share(self, f: str) -> float:
        """Share of files whose field f agrees with the truth."""
        return self.right[f] / self.files if self.files else 1.0

    def report_lines(self) -> Iterable[str]:
        """A table of agreement per field, then the files each wrong field came from."""
        yield f"{'field':<16} {'agree':>9} {'share':>7}"
        for f in TRUTH_FIELDS:
            yield f"{f:<16} {self.right[f]:>4}/{self.files:<4}{self.share(f):>7.1%}"
        for f in TRUTH_FIELDS:
            if f in self.wrong_files:
                yield f"{f} mismatches: " + ", ".join(self.wrong_files[f])

    def overall(self) -> float:
        """Share of (file, field) pairs that agree."""
        total = self.files * len(TRUTH_FIELDS)
        return sum(self.right.values()) / total if total else 1.0
