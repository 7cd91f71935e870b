"""Parse outcomes -> Arrow tables (article, caption, related_headline, quarantine) and version merging."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from transforms.records import ParsedArticle, ParseOutcome, Quarantined
from transforms.schema import ARTICLE, CAPTION, PARSER_VERSION, QUARANTINE, RELATED_HEADLINE, Table


@dataclass(frozen=True)
class SourceDump:
    """Where a dump came from: its path relative to the raw root (POSIX) and the sha256 of its bytes."""

    source_file: str
    sha256: str


@dataclass(frozen=True)
class RunContext:
    """The run that produces rows: its id and start time (UTC)."""

    run_id: str
    started_at: datetime


def article_id_for(source_file: str) -> str:
    """16 hex digits naming the article a dump holds, from its file name without extension.

    The scraper names a page's dump after the page, so a re-scrape of the same page keeps the
    id wherever it is delivered; which version wins is `winning_versions`' rule.
    """
    # PurePosixPath(source_file).stem without building a path (called 300k times by a plan).
    name = source_file.rstrip("/").rsplit("/", 1)[-1]
    dot = name.rfind(".")
    stem = (name[:dot] if 0 < dot < len(name) - 1 else name).lower()
    return hashlib.sha256(f"newsetl:{stem}".encode()).hexdigest()[:16]


def empty_table(table: Table) -> pa.Table:
    return table.arrow_schema.empty_table()


def _columns(table: Table, rows: Sequence[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pydict({c: [r[c] for r in rows] for c in table.column_names}, schema=table.arrow_schema)


@dataclass(frozen=True)
class BatchTables:
    """Rows from one batch of dumps, one Arrow table per output table."""

    article: pa.Table
    caption: pa.Table
    related_headline: pa.Table
    quarantine: pa.Table

    def curated(self) -> dict[str, pa.Table]:
        return {"article": self.article, "caption": self.caption, "related_headline": self.related_headline}


def article_row(article: ParsedArticle, source: SourceDump, run: RunContext) -> dict[str, Any]:
    body = "\n\n".join(article.body_paragraphs)
    return {
        "article_id": article_id_for(source.source_file),
        "source_file": source.source_file,
        "source_sha256": source.sha256,
        "title": article.title,
        "section": article.section,
        "published_date": article.published_date,
        "dateline": article.dateline,
        "agency": article.agency,
        "body": body,
        "paragraph_count": len(article.body_paragraphs),
        "word_count": len(body.split()),
        "reporters": list(article.reporters),
        "editors": list(article.editors),
        "tags": list(article.tags),
        "parse_warnings": list(article.warnings),
        "parser_version": PARSER_VERSION,
        "run_id": run.run_id,
        "ingested_at": run.started_at,
    }


def caption_rows(article: ParsedArticle, article_id: str) -> list[dict[str, Any]]:
    from transforms import credits  # local: keeps this module's import surface small

    return [
        {
            "article_id": article_id,
            "position": position,
            "caption_text": caption.text,
            "credit": caption.credit,
            "credit_agency": credits.agency_of_credit(caption.credit),
            "photographer": credits.photographer_of_credit(caption.credit),
            "is_pool": credits.is_pool(caption.credit),
            "is_handout": credits.is_handout(caption.credit),
            "published_date": article.published_date,
        }
        for position, caption in enumerate(article.captions, start=1)
    ]


def related_rows(article: ParsedArticle, article_id: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    positions: dict[str, int] = {}
    for lst in article.related:
        for headline in lst.headlines:
            # Positions run 1..n per list kind, also if a page repeats a heading.
            positions[lst.kind] = positions.get(lst.kind, 0) + 1
            rows.append(
                {
                    "article_id": article_id,
                    "list": lst.kind,
                    "list_title": lst.title,
                    "position": positions[lst.kind],
                    "headline": headline,
                    "published_date": article.published_date,
                }
            )
    return rows


def quarantine_row(verdict: Quarantined, source: SourceDump, run: RunContext, kept_as: str | None) -> dict[str, Any]:
    return {
        "source_file": source.source_file,
        "source_sha256": source.sha256,
        "reason_code": verdict.reason_code,
        "detail": verdict.detail,
        "kept_as": kept_as,
        "run_id": run.run_id,
        "quarantined_at": run.started_at,
    }


def batch_tables(outcomes: Iterable[tuple[SourceDump, ParseOutcome, str | None]], run: RunContext) -> BatchTables:
    """Rows of every output table for a batch of (source, outcome, kept_as) triples."""
    articles: list[dict[str, Any]] = []
    captions: list[dict[str, Any]] = []
    related: list[dict[str, Any]] = []
    quarantined: list[dict[str, Any]] = []
    for source, outcome, kept_as in outcomes:
        if isinstance(outcome, Quarantined):
            quarantined.append(quarantine_row(outcome, source, run, kept_as))
            continue
        row = article_row(outcome, source, run)
        articles.append(row)
        captions.extend(caption_rows(outcome, row["article_id"]))
        related.extend(related_rows(outcome, row["article_id"]))
    return BatchTables(
        _columns(ARTICLE, articles),
        _columns(CAPTION, captions),
        _columns(RELATED_HEADLINE, related),
        _columns(QUARANTINE, quarantined),
    )


def concat(tables: Sequence[pa.Table], table: Table) -> pa.Table:
    """One table from many of the same schema (an empty one for none)."""
    parts = [t for t in tables if t.num_rows]
    return pa.concat_tables(parts) if parts else empty_table(table)


def _version_key(row: dict[str, Any]) -> tuple[str, datetime, str]:
    return (row["source_file"], row["ingested_at"], row["source_sha256"])


def resolve_versions(previous: pa.Table, incoming: pa.Table) -> tuple[list[str], list[str]]:
    """Which article versions win when a run meets articles the snapshot already has.

    Rule (deterministic; for dumps present together it does not depend on run order): the
    version whose source_file sorts last wins (re-scrapes delivered into dated folders: the
    newest folder wins); for the same source_file the later ingested_at wins (the file was
    overwritten by a re-scrape); then the larger source_sha256. Within one run the planner
    already kept one dump per article id by the same rule.
    `previous` needs article_id, source_file, ingested_at, source_sha256.
    Returns (ids whose previous version is replaced, ids whose incoming version loses).
    """
    columns = ["article_id", "source_file", "ingested_at", "source_sha256"]
    incoming_keys = {row["article_id"]: _version_key(row) for row in incoming.select(columns).to_pylist()}
    shared = previous.filter(pc.is_in(previous["article_id"], value_set=pa.array(list(incoming_keys), pa.string())))
    replaced: list[str] = []
    kept_old: list[str] = []
    for row in shared.select(columns).to_pylist():
        target = replaced if incoming_keys[row["article_id"]] > _version_key(row) else kept_old
        target.append(row["article_id"])
    return replaced, kept_old
