"""Analyst views defined over the base views, with their COMMENT ON statements derived from the schema module."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import duckdb

from flows import lake
from transforms.schema import ALL_TABLES, ARTICLE, CAPTION, INGEST_RUN, RELATED_LISTS, Table


@dataclass(frozen=True)
class ExtraView:
    """A view over the base views/tables: it re-binds at query time, so it follows every snapshot switch."""

    name: str
    description: str
    select: str
    # Columns passed through from these tables take their description from the schema module ...
    sources: tuple[Table, ...]
    # ... computed columns (and ones whose meaning changes) are described here.
    derived: dict[str, str] = field(default_factory=dict)
    # Shown with its real output in docs/analyst.md; the tests run it.
    example: str = ""

    def column_description(self, column: str) -> str:
        if column in self.derived:
            return self.derived[column]
        for table in self.sources:
            if column in table.column_names:
                return table.column(column).description
        raise KeyError(f"view {self.name}: column {column!r} has no description (add it to `derived`)")


def _list_counts() -> tuple[str, dict[str, str]]:
    """One count column per related-headline list, from the schema's list names (so a new list shows up)."""
    exprs = [f"count(*) FILTER (WHERE list = '{name}') AS {name}_count" for name in RELATED_LISTS]
    docs = {f"{name}_count": f"Related headlines in the '{name}' list." for name in RELATED_LISTS}
    return ", ".join(exprs), docs


_LIST_COUNT_SQL, _LIST_COUNT_DOCS = _list_counts()
_LIST_COUNT_COLUMNS = ", ".join(f"coalesce(r.{name}, 0) AS {name}" for name in _LIST_COUNT_DOCS)

EXTRA_VIEWS: tuple[ExtraView, ...] = (
    ExtraView(
        "article_overview",
        "One row per article with its caption and related-headline counts (no body text: quick to scan).",
        "SELECT a.article_id, a.published_date, a.section, a.title, a.agency, a.dateline, a.word_count, "
        "coalesce(c.caption_count, 0) AS caption_count, "
        "coalesce(r.related_headline_count, 0) AS related_headline_count, "
        f"{_LIST_COUNT_COLUMNS}, a.source_file "
        "FROM article AS a "
        "LEFT JOIN (SELECT article_id, count(*) AS caption_count FROM caption GROUP BY article_id) AS c "
        "ON c.article_id = a.article_id "
        "LEFT JOIN (SELECT article_id, count(*) AS related_headline_count, "
        f"{_LIST_COUNT_SQL} FROM related_headline GROUP BY article_id) AS r "
        "ON r.article_id = a.article_id",
        (ARTICLE,),
        {
            "caption_count": "Photo captions of the article (0 when none).",
            "related_headline_count": "Related headlines listed on the article's page, all lists (0 when none).",
            **_LIST_COUNT_DOCS,
        },
        "SELECT published_date, section, title, caption_count, related_headline_count\n"
        "FROM article_overview ORDER BY published_date DESC LIMIT 5",
    ),
    ExtraView(
        "credits_by_agency",
        "Photo captions per credit agency and photographer (null agency: no or unrecognised credit).",
        "SELECT credit_agency, photographer, count(*) AS captions, count(DISTINCT article_id) AS articles, "
        "count(*) FILTER (WHERE is_pool) AS pool_photos, count(*) FILTER (WHERE is_handout) AS handouts, "
        "min(published_date) AS first_published, max(published_date) AS last_published "
        "FROM caption GROUP BY credit_agency, photographer",
        (CAPTION,),
        {
            "captions": "Captions with this agency and photographer.",
            "articles": "Distinct articles carrying those captions.",
            "pool_photos": "Of those captions, pool photos.",
            "handouts": "Of those captions, handouts.",
            "first_published": "Earliest published_date of those articles.",
            "last_published": "Latest published_date of those articles.",
        },
        "SELECT credit_agency, photographer, captions, articles\n"
        "FROM credits_by_agency ORDER BY captions DESC LIMIT 10",
    ),
    ExtraView(
        "sections_by_day",
        "Articles per section per publication day (null date or section: not given in the dump).",
        "SELECT published_date, section, count(*) AS articles, CAST(sum(word_count) AS BIGINT) AS words, "
        "count(DISTINCT agency) AS agencies "
        "FROM article GROUP BY published_date, section",
        (ARTICLE,),
        {
            "articles": "Articles of that section published that day.",
            "words": "Total word_count of those articles.",
            "agencies": "Distinct wire agencies among those articles (null agency not counted).",
        },
        "SELECT published_date, section, articles, words\nFROM sections_by_day ORDER BY published_date, section",
    ),
    ExtraView(
        "run_history",
        "One row per pipeline run that committed, newest first, with its lake snapshot and whether it is the latest.",
        "SELECT r.run_id, r.started_at, r.finished_at, r.status, r.files_seen, r.files_new, r.articles, r.captions, "
        "r.related_headlines, r.quarantined, r.rejected, r.reparsed, r.duplicates, r.duration_s, r.snapshot_id, "
        "CASE WHEN r.snapshot_id IS NOT NULL THEN r.finished_at END AS published_at, "
        "coalesce(r.snapshot_id = (SELECT max(snapshot_id) FROM ingest_run), false) AS is_current, r.error "
        "FROM ingest_run AS r "
        "ORDER BY r.started_at DESC",
        (INGEST_RUN,),
        {
            "published_at": "When the run committed its snapshot (UTC); null when it published none.",
            "is_current": "The run's snapshot is the newest a run committed (what the tables show, maintenance aside).",
        },
        "SELECT started_at, status, files_new, articles, captions, related_headlines, snapshot_id, is_current\n"
        "FROM run_history LIMIT 5",
    ),
)

EXTRA_VIEWS_BY_NAME: dict[str, ExtraView] = {v.name: v for v in EXTRA_VIEWS}


def extra_views() -> list[tuple[str, str, str]]:
    """(name, description, SELECT) of every analyst view, in creation order."""
    return [(v.name, v.description, v.select) for v in EXTRA_VIEWS]


@contextmanager
def scratch_catalog() -> Iterator[duckdb.DuckDBPyConnection]:
    """An in-memory warehouse with empty base tables and the extra views: their columns and types, no data.

    Tables come from the lake's own DDL, so the types are the ones the real lake reports.
    """
    with duckdb.connect() as con:
        for table in ALL_TABLES:
            con.execute(lake.ddl(table))
        for view in EXTRA_VIEWS:
            con.execute(f"CREATE VIEW {view.name} AS {view.select}")
        yield con


def columns_of(con: duckdb.DuckDBPyConnection, name: str) -> list[tuple[str, str]]:
    """(column, DuckDB type) of a table or view in schema main, in order."""
    rows = con.execute(
        "SELECT column_name, data_type FROM duckdb_columns() "
        "WHERE schema_name = 'main' AND table_name = ? ORDER BY column_index",
        [name],
    ).fetchall()
    return [(str(r[0]), str(r[1])) for r in rows]


def extra_view_columns() -> dict[str, list[tuple[str, str]]]:
    """(column, DuckDB type) of every extra view, as DuckDB binds it over the schema's tables."""
    with scratch_catalog() as con:
        return {v.name: columns_of(con, v.name) for v in EXTRA_VIEWS}


def _sql_str(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def extra_view_statements() -> list[str]:
    """CREATE OR REPLACE VIEW + COMMENT ON VIEW for every analyst view.

    Run inside each publishing transaction: the views live in the lake (an analyst who attaches it
    has them, also at an older snapshot), and replacing them keeps definitions and comments current
    after an upgrade. DuckLake stores no comments on a view's columns: those are in docs/schema.md.
    """
    out: list[str] = []
    for view in EXTRA_VIEWS:
        out.append(f"CREATE OR REPLACE VIEW {view.name} AS {view.select}")
        out.append(f"COMMENT ON VIEW {view.name} IS {_sql_str(view.description)}")
    return out
