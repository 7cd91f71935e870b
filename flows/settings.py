"""One typed settings object; local defaults need no environment (NEWSETL_* variables override)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from transforms.decode import DEFAULT_MAX_BYTES


class Settings(BaseSettings):
    """Where data lives and how a run behaves. Relative paths resolve against the working directory."""

    model_config = SettingsConfigDict(env_prefix="NEWSETL_", frozen=True)

    raw_dir: Path = Field(Path("data/raw"), description="Root scanned for raw dumps (recursively).")
    curated_dir: Path = Field(Path("data/curated"), description="Parquet snapshots of the curated tables.")
    warehouse: Path = Field(Path("data/warehouse.duckdb"), description="DuckDB file with views and run logs.")
    quarantine_dir: Path | None = Field(None, description="Kept bytes of quarantined dumps; default <data>/quarantine.")
    docs_dir: Path | None = Field(None, description="Great Expectations Data Docs; default <data>/docs.")
    max_dump_bytes: int = Field(DEFAULT_MAX_BYTES, gt=0, description="Dumps above this size are quarantined.")
    # Great Expectations costs ~1 s per batch whatever its size; 5,000 dumps keep a worker well under 1 GiB.
    batch_size: int = Field(5000, gt=0, description="Dumps validated and staged together (bounds a worker's memory).")
    # Prefect costs ~0.3 s of CPU per task run on each side; 8 x 5,000 dumps a task at most.
    batches_per_task: int = Field(8, gt=0, description="Batches one Prefect task runs in a row, at most.")
    max_reject_share: float = Field(0.05, ge=0, le=1, description="Share of rejected articles that fails the run.")
    keep_snapshots: int = Field(3, ge=1, description="Published snapshots kept on disk (current included).")
    lock_timeout_s: float = Field(0.0, ge=0, description="Seconds to wait for another run's lock before failing.")

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
                "raw_dir": self.raw_dir.resolve(),
                "curated_dir": self.curated_dir.resolve(),
                "warehouse": self.warehouse.resolve(),
                "quarantine_dir": self.quarantine_path.resolve(),
                "docs_dir": self.docs_path.resolve(),
            }
        )
