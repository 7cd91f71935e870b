"""Quality gate: run the expectation suites over curated tables, split rows into accepted and rejected."""

from __future__ import annotations

import copy
import functools
import json
import logging
import os
import re
import shutil
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import great_expectations as gx
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from great_expectations.core import (
    ExpectationSuite,
    ExpectationSuiteValidationResult,
    ExpectationValidationResult,
)
from great_expectations.core.batch_definition import BatchDefinition
from great_expectations.core.id_dict import BatchSpec
from great_expectations.core.run_identifier import RunIdentifier
from great_expectations.data_context.data_context.abstract_data_context import AbstractDataContext
from great_expectations.data_context.types.base import (
    DataContextConfig,
    InMemoryStoreBackendDefaults,
    ProgressBarsConfig,
)
from great_expectations.data_context.types.resource_identifiers import (
    ExpectationSuiteIdentifier,
    ValidationResultIdentifier,
)
from great_expectations.execution_engine import pandas_execution_engine

from transforms.schema import (
    ARTICLE,
    CAPTION,
    CREDIT_AGENCIES,
    CURATED_TABLES,
    REJECTED_ROW,
    RELATED_HEADLINE,
    RELATED_LISTS,
    VALIDATION_RESULT,
    Table,
)

log = logging.getLogger(__name__)

SUITES_DIR = Path(__file__).resolve().parent
# The Data Docs' CSS/JS/fonts: npm packages pinned in package.json/package-lock.json, installed by
# `make install` (npm ci) in the project folder.
ASSETS_DIR = SUITES_DIR.parent / "node_modules"
DEPENDENCY_EXPECTATION = "dependency:article_rejected"
DOCS_SITE = "newsetl"

# Rejected values are for people to read; a whole article body is not.
_MAX_VALUE_CHARS = 300
# COMPLETE is the only format that lists every failing row; without
# unexpected_index_column_names GX reports dataframe index labels, which are row positions
# here (RangeIndex). Key columns would be ambiguous exactly when keys are null or duplicated.
_RESULT_FORMAT: dict[str, Any] = {"result_format": "COMPLETE", "return_unexpected_index_query": False}
# GX contexts, data assets and stores are not thread-safe; flows may run batches in threads.
_LOCK = threading.RLock()
# Expectations whose failing rows can be recomputed with pandas when GX gives no row indexes.
_UNIQUENESS = {"expect_column_values_to_be_unique", "expect_compound_columns_to_be_unique"}


@dataclass(frozen=True)
class GateResult:
    """What validation decided for one run's curated tables."""

    tables: dict[str, pa.Table]  # accepted rows per curated table name, same schemas as input
    rejected: pa.Table  # schema REJECTED_ROW.arrow_schema
    results: pa.Table  # schema VALIDATION_RESULT.arrow_schema, one row per expectation per table
    batch_failures: list[str]  # integrity failures; non-empty => caller publishes nothing
    # GX's own result objects, kept only so build_docs can render them without re-validating.
    validations: dict[str, ExpectationSuiteValidationResult] = field(default_factory=dict, compare=False, repr=False)

    @property
    def ok(self) -> bool:
        return not self.batch_failures


@dataclass(frozen=True)
class _Gx:
    """The process-wide ephemeral GX context with one batch definition and suite per table."""

    context: AbstractDataContext
    batches: dict[str, BatchDefinition[Any]]
    suites: dict[str, ExpectationSuite]


@dataclass(frozen=True)
class _Reason:
    """Why one row is held back: the first failing expectation in suite order."""

    order: int
    expectation: str
    columns: tuple[str, ...]
    patterns: tuple[str, ...] = ()


def load_suite(table_name: str) -> ExpectationSuite:
    """Load a table's suite from expectations/<table>.json (a fresh object on every call)."""
    path = SUITES_DIR / f"{table_name}.json"
    with path.open(encoding="utf-8") as f:
        return ExpectationSuite(**json.load(f))


def _gx() -> _Gx:
    with _LOCK:
        return _build_gx()


@functools.cache
def _build_gx() -> _Gx:
    # One context per process: building it and registering suites costs far more than
    # validating a small batch, and GX keeps everything in memory anyway.
    config = DataContextConfig(
        store_backend_defaults=InMemoryStoreBackendDefaults(),
        analytics_enabled=False,
        # GX ignores TQDM_DISABLE; progress bars only clutter pipeline logs.
        progress_bars=ProgressBarsConfig(globally=False, metric_calculations=False),
    )
    context = gx.get_context(mode="ephemeral", project_config=config)
    # GX fingerprints every in-memory batch below 1 GB: hash_pandas_object fails on list
    # columns, so it pickles and md5s the whole frame (~2 s per 100k articles). Nothing
    # reads the fingerprint; a zero threshold skips it.
    pandas_execution_engine.HASH_THRESHOLD = 0
    source = context.data_sources.add_pandas("newsetl")
    batches: dict[str, BatchDefinition[Any]] = {}
    suites: dict[str, ExpectationSuite] = {}
    for table in CURATED_TABLES:
        asset = source.add_dataframe_asset(table.name)
        batches[table.name] = asset.add_batch_definition_whole_dataframe("whole")
        # Registered so Data Docs can render the suite pages too.
        suites[table.name] = context.suites.add(load_suite(table.name))
    return _Gx(context=context, batches=batches, suites=suites)


def validate_tables(
    tables: dict[str, pa.Table],
    *,
    run_id: str,
    today: date,
    max_reject_share: float = 0.05,
) -> GateResult:
    """Validate the curated tables of one run; a missing table counts as empty."""
    unknown = sorted(set(tables) - {t.name for t in CURATED_TABLES})
    if unknown:
        raise ValueError(f"not curated tables: {unknown}")
    inputs = {t.name: tables.get(t.name, t.arrow_schema.empty_table()) for t in CURATED_TABLES}
    failures = [msg for t in CURATED_TABLES if (msg := _schema_failure(t, inputs[t.name]))]
    # Allowed values come from transforms/schema.py so the suites never copy them.
    parameters = {
        "today": today.isoformat(),
        "related_lists": list(RELATED_LISTS),
        "credit_agencies": list(CREDIT_AGENCIES),
    }

    env = _gx()
    reasons: dict[str, dict[int, _Reason]] = {}
    validations: dict[str, ExpectationSuiteValidationResult] = {}
    result_rows: list[dict[str, Any]] = []
    for table in CURATED_TABLES:
        data = inputs[table.name]
        # ArrowDtype keeps the Arrow types exactly (no int -> float on nulls, real dates), so
        # the suites' type expectations check the schema, and string work runs in Arrow.
        frame = data.to_pandas(types_mapper=pd.ArrowDtype)
        # Row positions, even for a table made from a DataFrame whose index pandas restores.
        frame.index = pd.RangeIndex(len(frame))
        with _LOCK:
            batch = env.batches[table.name].get_batch(batch_parameters={"dataframe": frame})
            validation = batch.validate(
                env.suites[table.name], result_format=_RESULT_FORMAT, expectation_parameters=parameters
            )
        # Data Docs file pages under the run; run_time is when this table was validated.
        validation.meta["run_id"] = RunIdentifier(run_name=run_id)
        validations[table.name] = validation
        reasons[table.name], rows = _row_reasons(env.suites[table.name], validation, frame, run_id)
        result_rows.extend(rows)

    _add_dependants(inputs, reasons)
    if not failures:  # structural checks need the columns the schema check vouched for
        failures += _orphans(inputs)
        failures += _gaps(CAPTION, inputs[CAPTION.name], ("article_id",))
        failures += _gaps(RELATED_HEADLINE, inputs[RELATED_HEADLINE.name], ("article_id", "list"))
    n_articles = inputs[ARTICLE.name].num_rows
    n_rejected = len(reasons[ARTICLE.name])
    if n_articles and n_rejected / n_articles > max_reject_share:
        failures.append(
            f"article: {n_rejected} of {n_articles} rows rejected "
            f"({n_rejected / n_articles:.1%} > max_reject_share {max_reject_share:.1%})"
        )

    accepted = {name: data.filter(pa.array(_keep_mask(data.num_rows, reasons[name]))) for name, data in inputs.items()}
    return GateResult(
        tables=accepted,
        rejected=_rejected_table(inputs, reasons, run_id),
        results=pa.Table.from_pylist(result_rows, schema=VALIDATION_RESULT.arrow_schema),
        batch_failures=failures,
        validations=validations,
    )


def _schema_failure(table: Table, data: pa.Table) -> str | None:
    # Nullability flags are not compared: pyarrow does not enforce them, the suites do.
    expected = [(f.name, f.type) for f in table.arrow_schema]
    actual = [(f.name, f.type) for f in data.schema]
    if actual == expected:
        return None
    return f"{table.name}: schema {actual} does not match transforms/schema.py {expected}"


def _expectation_name(kind: str, kwargs: Mapping[str, Any], table_name: str) -> tuple[str, tuple[str, ...]]:
    """How results and rejects name an expectation: 'type(column)' or 'type(col1,col2)'."""
    if "column_list" in kwargs:
        columns = tuple(kwargs["column_list"])
    else:
        columns = tuple(kwargs[k] for k in ("column", "column_A", "column_B") if k in kwargs)
    return f"{kind}({','.join(columns) or table_name})", columns


def _row_reasons(
    suite: ExpectationSuite,
    validation: ExpectationSuiteValidationResult,
    frame: pd.DataFrame,
    run_id: str,
) -> tuple[dict[int, _Reason], list[dict[str, Any]]]:
    """Map each failing row to its first failing expectation; one results row per expectation."""
    table_name = suite.name
    # GX groups results by column; suite order is the order people read and the tie-break.
    order = {
        _expectation_name(e.configuration.type, e.configuration.kwargs, table_name)[0]: i
        for i, e in enumerate(suite.expectations)
    }
    reasons: dict[int, _Reason] = {}
    rows: list[dict[str, Any]] = []
    for result in validation.results:
        config = result.expectation_config
        assert config is not None  # GX always attaches the configuration it ran
        kwargs = config.kwargs
        name, columns = _expectation_name(config.type, kwargs, table_name)
        failed = np.empty(0, dtype=np.int64) if result.success else _failed_rows(result, frame)
        patterns = tuple(kwargs.get("regex_list") or ([kwargs["regex"]] if "regex" in kwargs else []))
        reason = _Reason(order.get(name, len(order)), name, columns, patterns)
        for i in failed.tolist():
            if i not in reasons or reason.order < reasons[i].order:
                reasons[i] = reason
        unexpected = result.result.get("unexpected_count")
        rows.append(
            {
                "run_id": run_id,
                "table_name": table_name,
                "expectation": name,
                "success": bool(result.success),
                "unexpected_count": int(unexpected)
                if unexpected is not None
                else (None if result.success else len(failed)),
                "observed_value": _observed(result),
            }
        )
    rows.sort(key=lambda r: order.get(r["expectation"], len(order)))
    return reasons, rows


def _failed_rows(result: ExpectationValidationResult, frame: pd.DataFrame) -> np.ndarray[Any, np.dtype[np.int64]]:
    """Row positions that made a failed expectation fail; never empty, so nothing passes silently."""
    indexes = result.result.get("unexpected_index_list")
    if indexes and all(isinstance(i, (int, np.integer)) for i in indexes):
        return np.unique(np.asarray(indexes, dtype=np.int64))
    config = result.expectation_config
    kind = config.type if config else ""
    kwargs = config.kwargs if config else {}
    columns = list(kwargs.get("column_list") or ([kwargs["column"]] if "column" in kwargs else []))
    if kind in _UNIQUENESS and columns and set(columns) <= set(frame.columns):
        duplicated = frame.duplicated(subset=columns, keep=False).to_numpy()
        if duplicated.any():
            return np.flatnonzero(duplicated).astype(np.int64)
    # A table-level failure (wrong type, GX exception, ...): no row can be trusted.
    return np.arange(len(frame), dtype=np.int64)


def _observed(result: ExpectationValidationResult) -> str | None:
    info = result.exception_info or {}
    if info.get("raised_exception"):
        return f"exception: {info.get('exception_message')}"
    observed = result.result.get("observed_value")
    if observed is None:
        return None
    return observed if isinstance(observed, str) else json.dumps(observed, default=str)


def _add_dependants(inputs: Mapping[str, pa.Table], reasons: dict[str, dict[int, _Reason]]) -> None:
    """Hold back captions and related headlines of rejected articles (unless already rejected)."""
    articles = inputs[ARTICLE.name]
    if not reasons[ARTICLE.name] or "article_id" not in articles.column_names:
        return
    rejected_ids = articles.column("article_id").take(sorted(reasons[ARTICLE.name])).drop_null()
    dependency = _Reason(-1, DEPENDENCY_EXPECTATION, ("article_id",))
    for table in (CAPTION, RELATED_HEADLINE):
        data = inputs[table.name]
        if "article_id" not in data.column_names:
            continue
        hit = pc.is_in(data.column("article_id"), value_set=rejected_ids).to_numpy(zero_copy_only=False)
        for i in np.flatnonzero(hit).tolist():
            reasons[table.name].setdefault(i, dependency)


def _orphans(inputs: Mapping[str, pa.Table]) -> list[str]:
    known = inputs[ARTICLE.name].column("article_id").drop_null()
    failures = []
    for table in (CAPTION, RELATED_HEADLINE):
        ids = inputs[table.name].column("article_id").drop_null()
        orphan = ids.filter(pc.invert(pc.is_in(ids, value_set=known)))
        if len(orphan):
            sample = pc.unique(orphan).to_pylist()[:5]
            failures.append(f"{table.name}: {len(orphan)} rows point at no article in the input, e.g. {sample}")
    return failures


def _gaps(table: Table, data: pa.Table, keys: Sequence[str]) -> list[str]:
    """Positions must be exactly 1..n within each group (order on the page is meaningful)."""
    rows = data.select([*keys, "position"]).filter(pc.is_valid(data.column("position")))
    if rows.num_rows == 0:
        return []
    stats = rows.group_by(list(keys)).aggregate(
        [("position", "min"), ("position", "max"), ("position", "count"), ("position", "count_distinct")]
    )
    n = stats.column("position_count")
    bad = stats.filter(
        pc.or_(
            pc.or_(pc.not_equal(stats.column("position_min"), 1), pc.not_equal(stats.column("position_max"), n)),
            pc.not_equal(stats.column("position_count_distinct"), n),
        )
    )
    if bad.num_rows == 0:
        return []
    sample = bad.select(list(keys)).slice(0, 5).to_pylist()
    return [
        f"{table.name}: positions are not contiguous 1..n per {'/'.join(keys)} in {bad.num_rows} groups, e.g. {sample}"
    ]


def _keep_mask(n: int, reasons: Mapping[int, _Reason]) -> np.ndarray[Any, np.dtype[np.bool_]]:
    keep = np.ones(n, dtype=np.bool_)
    keep[list(reasons)] = False
    return keep


def _rejected_table(
    inputs: Mapping[str, pa.Table], reasons: Mapping[str, Mapping[int, _Reason]], run_id: str
) -> pa.Table:
    articles = inputs[ARTICLE.name]
    source_by_id: dict[str, str] | None = None
    out: list[dict[str, Any]] = []
    for table in CURATED_TABLES:
        data, table_reasons = inputs[table.name], reasons[table.name]
        if not table_reasons:
            continue
        positions = sorted(table_reasons)
        ids = _column_values(data, "article_id", positions)
        if table is ARTICLE:
            sources = _column_values(data, "source_file", positions)
        else:
            if source_by_id is None and {"article_id", "source_file"} <= set(articles.column_names):
                source_by_id = dict(
                    zip(
                        reversed(articles.column("article_id").to_pylist()),
                        reversed(articles.column("source_file").to_pylist()),
                        strict=True,
                    )
                )  # reversed: the first article row wins for duplicated ids
            sources = [(source_by_id or {}).get(i) if i is not None else None for i in ids]
        values = _reason_values(data, positions, table_reasons)
        for k, pos in enumerate(positions):
            reason = table_reasons[pos]
            out.append(
                {
                    "run_id": run_id,
                    "table_name": table.name,
                    "article_id": ids[k],
                    "expectation": reason.expectation,
                    "column": ",".join(reason.columns) or None,
                    "value": values[k],
                    "source_file": sources[k],
                }
            )
    return pa.Table.from_pylist(out, schema=REJECTED_ROW.arrow_schema)


def _column_values(data: pa.Table, column: str, positions: list[int]) -> list[Any]:
    if column not in data.column_names:
        return [None] * len(positions)
    return list(data.column(column).take(positions).to_pylist())


def _reason_values(data: pa.Table, positions: list[int], reasons: Mapping[int, _Reason]) -> list[str | None]:
    """The offending value of each rejected row, as text; one take() per expectation."""
    by_reason: dict[_Reason, list[int]] = {}
    for k, pos in enumerate(positions):
        by_reason.setdefault(reasons[pos], []).append(k)
    values: list[str | None] = [None] * len(positions)
    for reason, ks in by_reason.items():
        columns = [c for c in reason.columns if c in data.column_names]
        if not columns:
            continue
        taken = {c: data.column(c).take([positions[k] for k in ks]).to_pylist() for c in columns}
        for j, k in enumerate(ks):
            if len(columns) == 1:
                values[k] = _as_text(taken[columns[0]][j], reason.patterns)
            else:
                values[k] = json.dumps({c: taken[c][j] for c in columns}, default=str)
    return values


def _as_text(value: Any, patterns: Sequence[str]) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        text = value
    elif isinstance(value, (date, datetime)):
        text = value.isoformat()
    elif isinstance(value, (list, dict)):
        text = json.dumps(value, default=str)
    else:
        text = str(value)
    if len(text) <= _MAX_VALUE_CHARS:
        return text
    # Show the part a regex expectation objected to, not just the start of a long body.
    start = 0
    for pattern in patterns:
        found = re.search(pattern, text)
        if found:
            start = max(0, found.start() - _MAX_VALUE_CHARS // 3)
            break
    excerpt = text[start : start + _MAX_VALUE_CHARS]
    return ("…" if start else "") + excerpt + ("…" if start + _MAX_VALUE_CHARS < len(text) else "")


# Data Docs -----------------------------------------------------------------------------------

# GX's page templates load these from CDNs; each maps to a file of the npm package of the same
# version under ASSETS_DIR (package.json pins them; where a template asks for a range, vega@5,
# the pin is the version npm resolved; the filter-control CSS is asked for as 1.19.0 by one
# template and 1.19.1 by the JS, one file serves both).
_CDN_FILES: dict[str, str] = {
    "https://cdn.jsdelivr.net/npm/vega@5": "vega/build/vega.min.js",
    "https://cdn.jsdelivr.net/npm/vega-lite@5": "vega-lite/build/vega-lite.min.js",
    "https://cdn.jsdelivr.net/npm/vega-embed@6": "vega-embed/build/vega-embed.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.6.0/css/all.min.css": (
        "@fortawesome/fontawesome-free/css/all.min.css"
    ),
    "https://code.jquery.com/jquery-3.7.1.min.js": "jquery/dist/jquery.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/popper.js/1.12.9/umd/popper.min.js": ("popper.js/dist/umd/popper.min.js"),
    "https://stackpath.bootstrapcdn.com/bootstrap/4.3.1/js/bootstrap.min.js": ("bootstrap/dist/js/bootstrap.min.js"),
    "https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css": ("bootstrap/dist/css/bootstrap.min.css"),
    "https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.js": (
        "bootstrap-table/dist/bootstrap-table.min.js"
    ),
    "https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.css": (
        "bootstrap-table/dist/bootstrap-table.min.css"
    ),
    "https://unpkg.com/bootstrap-table@1.19.1/dist/extensions/filter-control/bootstrap-table-filter-control.min.js": (
        "bootstrap-table/dist/extensions/filter-control/bootstrap-table-filter-control.min.js"
    ),
    "https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.css": (
        "bootstrap-table/dist/extensions/filter-control/bootstrap-table-filter-control.min.css"
    ),
    "https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.min.css": (
        "bootstrap-table/dist/extensions/filter-control/bootstrap-table-filter-control.min.css"
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/js/bootstrap-datepicker.min.js": (
        "bootstrap-datepicker/dist/js/bootstrap-datepicker.min.js"
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/css/bootstrap-datepicker.min.css": (
        "bootstrap-datepicker/dist/css/bootstrap-datepicker.min.css"
    ),
    "https://cdn.jsdelivr.net/npm/@forevolve/bootstrap-dark@1.1.0/dist/css/bootstrap-prefers-dark.css": (
        "@forevolve/bootstrap-dark/dist/css/bootstrap-prefers-dark.min.css"
    ),
}
# Files the pages reach through the CSS above (relative url(...) in all.min.css), and licences.
_ASSET_EXTRAS = (
    "@fortawesome/fontawesome-free/webfonts",
    "@fortawesome/fontawesome-free/LICENSE.txt",
    "bootstrap/LICENSE",
    "bootstrap-table/LICENSE",
    "bootstrap-datepicker/LICENSE",
    "jquery/LICENSE.txt",
    "vega-lite/LICENSE",
    "vega-embed/LICENSE",
    "@forevolve/bootstrap-dark/LICENSE",
)
NEEDS_NETWORK_NOTE = (
    "The styling of these pages loads from public CDNs: it needs the network. For offline pages, "
    "install the pinned assets with npm (`make install`) and rerun."
)
_NETWORK_BANNER = f'<p class="newsetl-needs-network" style="margin:0;padding:4px 8px">{NEEDS_NETWORK_NOTE}</p>'
# GX's logos live in an S3 bucket; GX also ships the light logo in its static/images, which
# build_data_docs copies next to the pages. The dark-mode logo is not shipped: use the light one.
_GX_ASSETS = "https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/"
_GX_IMAGES = {"logo-long.png": "logo-long.png", "full_logo_dark.png": "logo-long.png"}
_RESOURCE = re.compile(r"""(?P<attr>\b(?:src|href)=|url\()(?P<q>["']?)(?P<url>https?://[^"')\s]+)(?P=q)""")
_LOCAL_STATIC = re.compile(
    r"""(?P<attr>\b(?:src|href)=|url\()(?P<q>["']?)(?P<path>(?:\./|(?:\.\./)+)?static/[^"')\s?#]+)(?P=q)"""
)
_SRI = re.compile(r"""\s(?:integrity|crossorigin)=(?:"[^"]*"|'[^']*'|\S+)""")


def build_docs(gate: GateResult, docs_dir: Path) -> Path:
    """Render GX Data Docs for this gate's validation under docs_dir, usable offline; return index.html.

    Uses the validation results kept in GateResult (no re-validation). The docs show only this
    validation: pages a previous build left in docs_dir are removed first.
    """
    with _LOCK:  # one docs site config and one results store per process
        env = _gx()
        docs_dir = docs_dir.resolve()
        docs_dir.mkdir(parents=True, exist_ok=True)
        # Only GX's own output is removed, so a docs_dir shared with other files is safe.
        for stale in ("expectations", "validations", "static"):
            shutil.rmtree(docs_dir / stale, ignore_errors=True)
        (docs_dir / "index.html").unlink(missing_ok=True)

        env.context.variables.data_docs_sites = {
            DOCS_SITE: {
                "class_name": "SiteBuilder",
                "show_how_to_buttons": False,
                "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir)},
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder", "show_cta_footer": False},
            }
        }
        store = env.context.validation_results_store
        for key in store.list_keys():  # the in-memory store still holds earlier builds of this process
            store.remove_key(key)  # type: ignore[no-untyped-call]
        for table_name, validation in gate.validations.items():
            result = copy.deepcopy(validation)  # GateResult stays as validate_tables returned it
            # The page header reads the asset name from batch_spec.
            result.meta["batch_spec"] = BatchSpec({**result.meta.get("batch_spec", {}), "data_asset_name": table_name})
            key = ValidationResultIdentifier(
                expectation_suite_identifier=ExpectationSuiteIdentifier(name=table_name),
                run_id=result.meta["run_id"],
                batch_identifier=table_name,
            )
            store.set(key, result)
        env.context.build_data_docs(site_names=[DOCS_SITE])
        _make_offline(docs_dir)
        return docs_dir / "index.html"


def missing_assets(assets_dir: Path | None = None) -> list[str]:
    """Asset files the offline pages need that are not installed (empty when `make install` ran npm ci)."""
    root = assets_dir or ASSETS_DIR
    needed = sorted(set(_CDN_FILES.values())) + list(_ASSET_EXTRAS)
    return [rel for rel in needed if not (root / rel).exists()]


def _make_offline(docs_dir: Path) -> None:
    """Copy the installed CSS/JS/fonts next to the pages and point every CDN reference at them.

    Without the assets (no npm where set-up ran) the pages keep their CDN links and say, on the
    page and in the log, that their styling needs the network.
    """
    static = docs_dir / "static"
    missing = missing_assets()
    if missing:
        log.warning("Data Docs assets not installed (%s ...): %s", missing[0], NEEDS_NETWORK_NOTE)
        for page in docs_dir.rglob("*.html"):
            html = page.read_text(encoding="utf-8")
            html = re.sub(r"(<body\b[^>]*>)", lambda m: m.group(1) + _NETWORK_BANNER, html, count=1)
            page.write_text(html, encoding="utf-8")
        return
    for rel in sorted(set(_CDN_FILES.values())) + list(_ASSET_EXTRAS):
        source, target = ASSETS_DIR / rel, static / "vendor" / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, dirs_exist_ok=True)
        else:
            shutil.copyfile(source, target)
    for page in docs_dir.rglob("*.html"):
        html = _RESOURCE.sub(functools.partial(_localize, page=page, static=static), page.read_text(encoding="utf-8"))
        # GX counts one "../" too few for favicons on validation pages; re-aim any static/
        # reference that does not resolve at the static folder this build wrote.
        html = _LOCAL_STATIC.sub(functools.partial(_reaim, page=page, static=static), html)
        # Subresource-integrity/CORS attributes make browsers refuse file:// scripts.
        html = re.sub(r"<(?:script|link)\b[^>]*>", lambda m: _SRI.sub("", m.group(0)), html)
        for leftover in _remote_resources(html):
            log.warning("Data Docs page %s still loads %s from the network", page, leftover)
        page.write_text(html, encoding="utf-8")


def _localize(match: re.Match[str], page: Path, static: Path) -> str:
    url = match.group("url")
    image = url[len(_GX_ASSETS) :].split("?")[0] if url.startswith(_GX_ASSETS) else ""
    if url in _CDN_FILES:
        target = static / "vendor" / _CDN_FILES[url]
    elif image in _GX_IMAGES:
        target = static / "images" / _GX_IMAGES[image]
    else:
        return match.group(0)
    return f"{match.group('attr')}{match.group('q')}{_relative(target, page)}{match.group('q')}"


def _reaim(match: re.Match[str], page: Path, static: Path) -> str:
    path = match.group("path")
    if (page.parent / path).exists():
        return match.group(0)
    target = static / path.split("static/", 1)[1]
    return f"{match.group('attr')}{match.group('q')}{_relative(target, page)}{match.group('q')}"


def _relative(target: Path, page: Path) -> str:
    return Path(os.path.relpath(target, page.parent)).as_posix()


def _remote_resources(html: str) -> list[str]:
    """URLs a browser would fetch by itself: <script src>, <link href>, <img src>, CSS url()."""
    tags = re.findall(r"<(?:script|link|img)\b[^>]*>", html) + re.findall(r"url\([^)]*\)", html)
    return [m.group("url") for tag in tags for m in _RESOURCE.finditer(tag)]
