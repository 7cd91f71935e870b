"""Typed records the parser returns: a parsed article, or a quarantine verdict with its reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Each record is a frozen dataclass with its __init__ written out (init=False): the generated one of a frozen class
# sets every field through an object.__setattr__ call (about 1,000 instructions a field; a ParsedArticle cost 25k
# to build), where these store them straight into the new instance's __dict__, as pickle's unpickling does. The
# class is otherwise the dataclass it was: fields, repr, ==, hash, replace, pickling, and FrozenInstanceError on
# any assignment (assignments go through the generated __setattr__; the stores below do not). Each __init__ takes
# the fields in their declared order, with their defaults (tests/transforms/test_records.py).


@dataclass(frozen=True, init=False)
class Caption:
    """A photo caption as printed, split from its trailing credit."""

    text: str
    credit: str | None

    def __init__(self, text: str, credit: str | None) -> None:
        fields = self.__dict__  # see the note above Caption
        fields["text"] = text
        fields["credit"] = credit


@dataclass(frozen=True, init=False)
class RelatedList:
    """A list of related headlines under a heading such as 'Next In World'."""

    kind: str  # one of schema.RELATED_LISTS
    title: str
    headlines: tuple[str, ...]

    def __init__(self, kind: str, title: str, headlines: tuple[str, ...]) -> None:
        fields = self.__dict__  # see the note above Caption
        fields["kind"] = kind
        fields["title"] = title
        fields["headlines"] = headlines


@dataclass(frozen=True, init=False)
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

    def __init__(
        self,
        title: str | None,
        section: str | None,
        published_date: date | None,
        dateline: str | None,
        agency: str | None,
        captions: tuple[Caption, ...],
        body_paragraphs: tuple[str, ...],
        reporters: tuple[str, ...],
        editors: tuple[str, ...],
        tags: tuple[str, ...],
        related: tuple[RelatedList, ...],
        warnings: tuple[str, ...] = (),
    ) -> None:
        fields = self.__dict__  # see the note above Caption
        fields["title"] = title
        fields["section"] = section
        fields["published_date"] = published_date
        fields["dateline"] = dateline
        fields["agency"] = agency
        fields["captions"] = captions
        fields["body_paragraphs"] = body_paragraphs
        fields["reporters"] = reporters
        fields["editors"] = editors
        fields["tags"] = tags
        fields["related"] = related
        fields["warnings"] = warnings

    def related_headlines(self, kind: str) -> list[str]:
        return [h for lst in self.related if lst.kind == kind for h in lst.headlines]


@dataclass(frozen=True, init=False)
class Quarantined:
    """A dump that yields no article: why, in words a person can act on.

    `partial` keeps whatever could still be read (e.g. the body of a dump with no headline),
    so `newsetl parse` can show it and the truth comparison can score it.
    """

    reason_code: str  # one of schema.QUARANTINE_REASONS
    detail: str
    partial: ParsedArticle | None = None
    warnings: tuple[str, ...] = field(default=())

    def __init__(
        self, reason_code: str, detail: str, partial: ParsedArticle | None = None, warnings: tuple[str, ...] = ()
    ) -> None:
        fields = self.__dict__  # see the note above Caption
        fields["reason_code"] = reason_code
        fields["detail"] = detail
        fields["partial"] = partial
        fields["warnings"] = warnings


ParseOutcome = ParsedArticle | Quarantined
