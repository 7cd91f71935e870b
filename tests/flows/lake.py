"""A tmp data folder for flow tests: raw dumps in, a DuckLake (SQLite catalog + Parquet files) out."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from flows import lake as lakes
from flows.cli import main

REPO = Path(__file__).resolve().parents[2]
REFERENCE = "000_4a013bf47e0abc10.txt"


@dataclass(frozen=True)
class Lake:
    """A tmp data folder: raw dumps in, the lake out."""

    root: Path

    @property
    def raw(self) -> Path:
        return self.root / "raw"

    @property
    def curated(self) -> Path:
        return self.root / "curated"

    @property
    def catalog(self) -> Path:
        return self.root / "lake.sqlite"

    @property
    def location(self) -> lakes.LakeLocation:
        return lakes.LakeLocation(f"sqlite:{self.catalog}", str(self.curated))

    @property
    def options(self) -> list[str]:
        return ["--raw", str(self.raw), "--catalog", str(self.catalog), "--data-path", str(self.curated)]

    def run(self, *extra: str) -> int:
        return main(["run", *self.options, *extra])

    def sql(self, query: str, as_of: str | None = None) -> list[tuple[object, ...]]:
        """A query on the lake attached read-only (as an analyst attaches it)."""
        with contextlib.closing(lakes.connect(self.location, read_only=True, as_of=as_of)) as con:
            return con.execute(query).fetchall()

    def parquet_files(self) -> dict[str, tuple[int, int]]:
        """Every Parquet data file of the lake: inode and mtime (what a no-op must not change)."""
        return lakes.data_files(self.location)

    def snapshot_ids(self) -> list[int]:
        return [int(r[0]) for r in self.sql("SELECT snapshot_id FROM lake.snapshots() ORDER BY 1")]

    def tables(self) -> dict[str, list[tuple[object, ...]]]:
        """The three views, ordered, without the per-run columns."""
        return {
            "article": self.sql("SELECT * EXCLUDE (run_id, ingested_at) FROM article ORDER BY article_id"),
            "caption": self.sql("SELECT * FROM caption ORDER BY article_id, position"),
            "related_headline": self.sql("SELECT * FROM related_headline ORDER BY article_id, list, position"),
        }

    def counts(self) -> dict[str, int]:
        """Rows in each curated view."""
        return {t: int(self.sql(f"SELECT count(*) FROM {t}")[0][0]) for t in ("article", "caption", "related_headline")}
