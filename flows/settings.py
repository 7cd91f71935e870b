"""One typed settings object; local defaults need no environment (NEWSETL_* variables override)."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from transforms.decode import DEFAULT_MAX_BYTES


def is_url(location: str) -> bool:
    """True for filesystem URLs (s3://, gs://, file://, memory://...), False for plain paths."""
    return "://" in location


class Settings(BaseSettings):
    """Where data lives and how a run behaves. Relative paths resolve against the working directory."""

    model_config = SettingsConfigDict(env_prefix="NEWSETL_", frozen=True)

    raw_dir: str = Field(
        "data/raw",
        description="Root scanned for raw dumps (recursively): a folder, or a filesystem URL (s3://bucket/raw, "
        "gs://, abfs://, hdfs://, file://, or any fsspec protocol).",
    )
    catalog: str = Field(
        "data/lake.sqlite",
        description="DuckLake catalog: a SQLite file (plain path or sqlite:PATH; readers may stay attached while "
        "a run commits), postgres:CONNINFO for many machines (e.g. postgres:dbname=lake host=db), or duckdb:PATH.",
    )
    data_path: str = Field(
        "data/curated",
        description="Where the lake's Parquet data files live: a folder, or s3://bucket/prefix (credentials and "
        "endpoint from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION, AWS_ENDPOINT_URL).",
    )
    staging_dir: Path | None = Field(
        None, description="Validated rows of a run before its commit; default <data>/staging (workers must reach it)."
    )
    quarantine_dir: Path | None = Field(None, description="Kept bytes of quarantined dumps; default <data>/quarantine.")
    docs_dir: Path | None = Field(None, description="Great Expectations Data Docs; default <data>/docs.")
    max_dump_bytes: int = Field(DEFAULT_MAX_BYTES, gt=0, description="Dumps above this size are quarantined.")
    # Great Expectations costs ~1 s of CPU per batch whatever its size (a dump costs 0.60 ms at
    # 5,000 a batch, 0.47 ms at 10,000); 10,000 dumps of 4.4 KB peak a worker at ~0.8 GiB.
    batch_size: int = Field(10_000, gt=0, description="Dumps validated and staged together (bounds a worker's memory).")
    # A worker holds ~10x a batch's raw bytes at its peak (parsed text, Arrow, pandas for GX):
    # 48 MiB of dumps keeps it near 0.8 GiB whatever the dumps' size.
    batch_bytes: int = Field(48 * 2**20, gt=0, description="Bytes of dumps in one batch, at most.")
    # Prefect costs ~0.3 s of CPU per task run on each side; 4 x 10,000 dumps a task at most.
    batches_per_task: int = Field(4, gt=0, description="Batches one Prefect task runs in a row, at most.")
    max_reject_share: float = Field(0.05, ge=0, le=1, description="Share of rejected articles that fails the run.")
    # A query reads the snapshot it started on: expiring only older snapshots keeps it readable.
    snapshot_retention_h: float = Field(
        24.0, ge=0, description="Lake snapshots younger than this many hours stay readable (time travel, queries)."
    )
    # A run merges small data files once a partition holds this many (each incremental run adds
    # one per partition it touches); merging rewrites that partition's rows, so not every run.
    compact_min_files: int = Field(
        8, ge=2, description="After a publish, merge a table partition's data files once it holds this many."
    )
    lock_timeout_s: float = Field(0.0, ge=0, description="Seconds to wait for another run's lock before failing.")
    progress_interval_s: float = Field(
        5.0, gt=0, description="Seconds between two progress lines of a run's parse when no terminal shows a bar."
    )

    @field_validator("raw_dir", "catalog", "data_path", mode="before")
    @classmethod
    def _path_as_text(cls, value: object) -> object:
        # A URL is text (Path would fold "s3://" into "s3:/"); a Path is accepted as its text.
        return os.fspath(value) if isinstance(value, os.PathLike) else value

    @property
    def local_catalog(self) -> Path | None:
        """The catalog's file for a file catalog (SQLite or DuckDB), None for a database server."""
        spec = self.catalog
        if spec.startswith("postgres:"):
            return None
        for prefix in ("sqlite:", "duckdb:"):
            if spec.startswith(prefix):
                spec = spec[len(prefix) :]
        return Path(spec)

    @property
    def data_root(self) -> Path:
        """The folder holding a file catalog (else ./data): quarantine, docs and staging live there by default."""
        return self.local_catalog.parent if self.local_catalog is not None else Path("data")

    @property
    def staging_path(self) -> Path:
        return self.staging_dir or self.data_root / "staging"

    @property
    def quarantine_path(self) -> Path:
        return self.quarantine_dir or self.data_root / "quarantine"

    @property
    def docs_path(self) -> Path:
        return self.docs_dir or self.data_root / "docs"

    def resolved(self) -> Settings:
        """The same settings with absolute paths (DuckDB views must not depend on the cwd)."""
        return self.model_copy(
            update={
                "raw_dir": self.raw_dir if is_url(self.raw_dir) else str(Path(self.raw_dir).resolve()),
                "catalog": self._resolved_catalog(),
                "data_path": self.data_path if is_url(self.data_path) else str(Path(self.data_path).resolve()),
                "staging_dir": self.staging_path.resolve(),
                "quarantine_dir": self.quarantine_path.resolve(),
                "docs_dir": self.docs_path.resolve(),
            }
        )

    def _resolved_catalog(self) -> str:
        """The catalog as DuckLake names it (sqlite:/abs/path, postgres:..., duckdb:/abs/path)."""
        local = self.local_catalog
        if local is None:
            return self.catalog
        kind = "duckdb" if self.catalog.startswith("duckdb:") else "sqlite"
        return f"{kind}:{local.resolve()}"
