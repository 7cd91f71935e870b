"""Typed records the parser returns: a parsed article, or a quarantine verdict with its reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Caption:
    """A photo caption as printed, split from its trailing credit."""

    text: str
    credit: str | None


@dataclass(frozen=True)
class RelatedList:
    """A list of related headlines under a heading such as 'Next In World'."""

    kind: str  # one of schema.RELATED_LISTS
    title: str
    headlines: tuple[str, ...]


@dataclass(frozen=True)
class ParsedArticle:
    """What a careful reader takes off one dump."""

    title: str | None
    section: str | None
    published_date: date | None
    dateline: str | None
    agency: str | None
    captions: tuple[Caption, ...]
    body_paragraphs: tuple[str, ...]
    reporters: tuple[str, ...]
    editors: tuple[str, ...]
    tags: tuple[str, ...]
    related: tuple[RelatedList, ...]
    warnings: tuple[str, ...] = field(default=())

    def related_headlines(self, kind: str) -> list[str]:
        return [h for lst in self.related if lst.kind == kind for h in lst.headlines]


@dataclass(frozen=True)
class Quarantined:
    """A dump that yields no article: why, in words a person can act on.

    `partial` keeps whatever could still be read (e.g. the body of a dump with no headline),
    so `newsetl parse` can show it and the truth comparison can score it.
    """

    reason_code: str  # one of schema.QUARANTINE_REASONS
    detail: str
    partial: ParsedArticle | None = None
    warnings: tuple[str, ...] = field(default=())


ParseOutcome = ParsedArticle | Quarantined
