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
    curated_dir: Path = Field(Path("data/curated"), description="Parquet snapshots of the curated tables.")
    warehouse: Path = Field(Path("data/warehouse.duckdb"), description="DuckDB file with views and run logs.")
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
    keep_snapshots: int = Field(3, ge=1, description="Published snapshots kept on disk (current included).")
    lock_timeout_s: float = Field(0.0, ge=0, description="Seconds to wait for another run's lock before failing.")

    @field_validator("raw_dir", mode="before")
    @classmethod
    def _path_as_text(cls, value: object) -> object:
        # A URL is text (Path would fold "s3://" into "s3:/"); a Path is accepted as its text.
        return os.fspath(value) if isinstance(value, os.PathLike) else value

    @property
    def data_root(self) -> Path:
        """The folder holding the warehouse: quarantine and docs live beside it by default."""
        return self.warehouse.parent

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
                "curated_dir": self.curated_dir.resolve(),
                "warehouse": self.warehouse.resolve(),
                "quarantine_dir": self.quarantine_path.resolve(),
                "docs_dir": self.docs_path.resolve(),
            }
        )
