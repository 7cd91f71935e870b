"""Every table newsetl writes: columns, Arrow types and descriptions, defined once."""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

PARSER_VERSION = "2.31.0"

# Partition key of the curated Parquet tables (Hive layout: published_date=YYYY-MM-DD).
PARTITION_COLUMN = "published_date"

# Allowed values shared by the parser, the expectation suites and the docs.
RELATED_LISTS: tuple[str, ...] = ("next_in", "others_also_read")
CREDIT_AGENCIES: tuple[str, ...] = (
    "Reuters",
    "AFP",
    "AP",
    "Bernama",
    "EPA-EFE",
    "Xinhua",
    "Getty Images",
    "Bloomberg",
    "The Star",
    "Unsplash",
    "ANN",
)
QUARANTINE_REASONS: tuple[str, ...] = (
    "empty_file",
    "too_large",
    "binary_content",
    "undecodable",
    "no_headline",
    "no_body",
    "parser_error",
    "duplicate_article",
    # raw-file discovery (flows/discovery.py): entries that could not be read as a dump
    "unreadable",
    "vanished",
    "not_a_file",
)

# Every code that can appear in article.parse_warnings, with what it tells a person. A code may carry
# a detail after a colon ("encoding_fallback:cp1252"). What the parser could not decide for sure is
# said here, never dropped silently.
PARSE_WARNINGS: dict[str, str] = {
    "encoding_fallback": "the bytes were not UTF-8; decoded with the encoding named after the colon",
    "truncated_encoding": "the last character was cut inside its bytes and dropped",
    "mojibake_repaired": "UTF-8 read as cp1252 somewhere upstream; the text was repaired",
    "replacement_characters": "the text holds U+FFFD: some characters were lost before the dump was saved",
    "head_lines_skipped": "page chrome, bylines, date lines or a standfirst around the headline were left out",
    "paywall_prompt": "a paywall prompt ends the readable body: the article is a preview",
    "promo_removed": "a subscription or promo block was cut out of the page",
    "unrecognized_tail_line": "a line after the body matched no known tail shape and was left out",
    "dek_repeated_in_body": "the lead printed under the headline repeats further down; the first copy was left out",
    "page_printed_twice": "every paragraph was saved twice in a row; each was kept once",
    "caption_in_body_removed": "a photo caption printed inside the body (or twice) was left out of the body",
    "possible_uncredited_caption": "the first paragraph may be an uncredited photo caption; kept as body",
    "no_dateline": "the body opens with no dateline",
    "caption_without_credit": "a photo caption has no credit",
    "no_footer": "the dump ends inside the body (no tail): the scrape may have stopped early",
    "truncated_body": "the last paragraph stops mid-sentence: the dump was cut",
}


def warning_code(warning: str) -> str:
    """'encoding_fallback' from 'encoding_fallback:cp1252'."""
    return warning.split(":", 1)[0]


@dataclass(frozen=True)
class Column:
    """One column: its name, Arrow type, nullability and what it means to an analyst."""

    name: str
    type: pa.DataType
    description: str
    nullable: bool = True


@dataclass(frozen=True)
class Table:
    """One table: its name, what a row is, and its columns in order."""

    name: str
    description: str
    columns: tuple[Column, ...]
    # True for the curated tables (partitioned Parquet in the lake).
    curated: bool = False

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def arrow_schema(self) -> pa.Schema:
        return pa.schema([pa.field(c.name, c.type, nullable=c.nullable) for c in self.columns])

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(f"{self.name} has no column {name!r}")


_STRINGS = pa.list_(pa.string())
_UTC = pa.timestamp("us", tz="UTC")

ARTICLE = Table(
    "article",
    "One row per parsed news article (the winning version when a dump was re-scraped).",
    (
        Column(
            "article_id",
            pa.string(),
            "16 lowercase hex: first 16 hex digits of sha256('newsetl:' + lowercased file name "
            "without extension); a re-scrape delivered under the same name keeps its id.",
            False,
        ),
        Column("source_file", pa.string(), "Path of the dump relative to the raw root.", False),
        Column("source_sha256", pa.string(), "sha256 of the dump's bytes (64 lowercase hex).", False),
        Column("title", pa.string(), "Headline, verbatim.", False),
        Column("section", pa.string(), "Section from the meta bullet, else from the 'Next In <X>' heading."),
        Column("published_date", pa.date32(), "Publication date from the date bullet; null when absent."),
        Column("dateline", pa.string(), "Place prefix of the first body paragraph, e.g. 'RIYADH/WASHINGTON'."),
        Column("agency", pa.string(), "Wire agency: '(Reuters) -' in the dateline or a trailing '- Bernama'."),
        Column("body", pa.string(), "Body paragraphs joined by one blank line; the first keeps its dateline.", False),
        Column("paragraph_count", pa.int32(), "Number of body paragraphs.", False),
        Column("word_count", pa.int32(), "Whitespace-separated words in body.", False),
        Column("reporters", _STRINGS, "Names from 'Reporting by ...' (and writing/additional reporting).", False),
        Column("editors", _STRINGS, "Names from 'Editing by ...'.", False),
        Column("tags", _STRINGS, "Items of the tags line after the WhatsApp line.", False),
        Column("parse_warnings", _STRINGS, "Codes a person should know about, e.g. truncated_body.", False),
        Column("parser_version", pa.string(), "Version of the newsetl parser that produced the row.", False),
        Column("run_id", pa.string(), "Run that loaded this version of the article.", False),
        Column("ingested_at", _UTC, "When that run started (UTC).", False),
    ),
    curated=True,
)

CAPTION = Table(
    "caption",
    "One row per photo caption of an article, in page order.",
    (
        Column("article_id", pa.string(), "Article the caption belongs to.", False),
        Column("position", pa.int32(), "1-based order of the caption on the page.", False),
        Column("caption_text", pa.string(), "Caption without its credit, verbatim.", False),
        Column("credit", pa.string(), "Trailing attribution, raw (e.g. 'REUTERS/Evelyn Hockstein/Pool')."),
        Column("credit_agency", pa.string(), "Normalized agency of the credit (Reuters, AFP, AP, Bernama, ...)."),
        Column("photographer", pa.string(), "Photographer named in the credit, if any."),
        Column("is_pool", pa.bool_(), "The photo is a pool photo.", False),
        Column("is_handout", pa.bool_(), "The photo is a handout.", False),
        Column("published_date", pa.date32(), "The article's published_date (partition key)."),
    ),
    curated=True,
)

RELATED_HEADLINE = Table(
    "related_headline",
    "One row per headline listed under 'Next In <Section>' or 'Others Also Read'.",
    (
        Column("article_id", pa.string(), "Article whose page lists the headline.", False),
        Column("list", pa.string(), "'next_in' or 'others_also_read'.", False),
        Column("list_title", pa.string(), "Heading as printed, e.g. 'Next In World'.", False),
        Column("position", pa.int32(), "1-based order within the list.", False),
        Column("headline", pa.string(), "Related headline, verbatim.", False),
        Column("published_date", pa.date32(), "The article's published_date (partition key)."),
    ),
    curated=True,
)

QUARANTINE = Table(
    "quarantine",
    "One row per dump that yielded no article; its bytes are kept under data/quarantine/.",
    (
        Column("source_file", pa.string(), "Path of the dump relative to the raw root.", False),
        Column("source_sha256", pa.string(), "sha256 of the dump's bytes.", False),
        Column("reason_code", pa.string(), "Machine-readable reason, e.g. no_headline.", False),
        Column("detail", pa.string(), "What a person should look at or do.", False),
        Column("kept_as", pa.string(), "Where the bytes were kept, relative to the data root."),
        Column("run_id", pa.string(), "Run that quarantined the dump.", False),
        Column("quarantined_at", _UTC, "When (UTC).", False),
    ),
)

INGEST_FILE = Table(
    "ingest_file",
    "Manifest: one row per distinct dump (path and bytes) a run has seen.",
    (
        Column("source_file", pa.string(), "Path relative to the raw root.", False),
        Column("source_sha256", pa.string(), "sha256 of the bytes.", False),
        Column("size_bytes", pa.int64(), "Size in bytes.", False),
        Column("mtime_ns", pa.int64(), "Modification time seen (lets reruns skip hashing).", False),
        Column("first_run_id", pa.string(), "Run that first saw these bytes.", False),
        Column(
            "status",
            pa.string(),
            "loaded | quarantined | rejected | duplicate (an older version of an article, or bytes another "
            "file already holds).",
            False,
        ),
        Column("article_id", pa.string(), "Article id the dump parsed to, if any (for a duplicate: the article kept)."),
        Column("parser_version", pa.string(), "Parser version that last parsed these bytes (a newer one re-parses)."),
    ),
)

INGEST_RUN = Table(
    "ingest_run",
    "One row per pipeline run.",
    (
        Column("run_id", pa.string(), "Run id.", False),
        Column("started_at", _UTC, "Start (UTC).", False),
        Column("finished_at", _UTC, "End (UTC)."),
        Column("status", pa.string(), "completed | failed | noop.", False),
        Column("files_seen", pa.int64(), "Files found under the raw root.", False),
        Column("files_new", pa.int64(), "Files whose bytes had not been seen.", False),
        Column("articles", pa.int64(), "Articles published by this run (new or replaced).", False),
        Column("captions", pa.int64(), "Captions published by this run.", False),
        Column("related_headlines", pa.int64(), "Related headlines published by this run.", False),
        Column("quarantined", pa.int64(), "Dumps quarantined by this run.", False),
        Column("rejected", pa.int64(), "Rows rejected by validation in this run.", False),
        Column("reparsed", pa.int64(), "Known dumps re-parsed from their raw bytes (parser upgrade or --reparse)."),
        Column("duplicates", pa.int64(), "Files recorded as duplicate by this run (no row added)."),
        Column("duration_s", pa.float64(), "Wall time in seconds."),
        Column("parser_version", pa.string(), "Parser version.", False),
        Column("snapshot_id", pa.int64(), "DuckLake snapshot the run committed (null when none): AT (VERSION => n)."),
        Column("error", pa.string(), "Why the run failed."),
    ),
)

REJECTED_ROW = Table(
    "rejected_row",
    "One row per row held back by validation (with its dependants).",
    (
        Column("run_id", pa.string(), "Run.", False),
        Column("table_name", pa.string(), "Table of the rejected row.", False),
        Column("article_id", pa.string(), "Article the row belongs to."),
        Column("expectation", pa.string(), "Expectation that failed (or the dependency that pulled it).", False),
        Column("column", pa.string(), "Column checked."),
        Column("value", pa.string(), "Offending value, as text."),
        Column("source_file", pa.string(), "Dump the row came from."),
    ),
)

VALIDATION_RESULT = Table(
    "validation_result",
    "One row per expectation per table per run.",
    (
        Column("run_id", pa.string(), "Run.", False),
        Column("table_name", pa.string(), "Table validated.", False),
        Column("expectation", pa.string(), "Expectation type and column.", False),
        Column("success", pa.bool_(), "Whether every row met it.", False),
        Column("unexpected_count", pa.int64(), "Rows that did not meet it."),
        Column("observed_value", pa.string(), "Observed value reported by Great Expectations, as text."),
    ),
)

CURATED_TABLES: tuple[Table, ...] = (ARTICLE, CAPTION, RELATED_HEADLINE)
LOG_TABLES: tuple[Table, ...] = (QUARANTINE, INGEST_FILE, INGEST_RUN, REJECTED_ROW, VALIDATION_RESULT)
ALL_TABLES: tuple[Table, ...] = CURATED_TABLES + LOG_TABLES
TABLES_BY_NAME: dict[str, Table] = {t.name: t for t in ALL_TABLES}
