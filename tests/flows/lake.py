"""A tmp data folder for flow tests: raw dumps in, curated snapshots and warehouse out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from flows.cli import main

REPO = Path(__file__).resolve().parents[2]
REFERENCE = "000_4a013bf47e0abc10.txt"


@dataclass(frozen=True)
class Lake:
    """A tmp data folder: raw dumps in, curated snapshots and warehouse out."""

    root: Path

    @property
    def raw(self) -> Path:
        return self.root / "raw"

    @property
    def curated(self) -> Path:
        return self.root / "curated"

    @property
    def warehouse(self) -> Path:
        return self.root / "warehouse.duckdb"

    def run(self, *extra: str) -> int:
        return main(
            ["run", "--raw", str(self.raw), "--curated", str(self.curated), "--warehouse", str(self.warehouse), *extra]
        )

    def sql(self, query: str) -> list[tuple[object, ...]]:
        with duckdb.connect(str(self.warehouse), read_only=True) as con:
            return con.execute(query).fetchall()

    def parquet_files(self) -> dict[str, tuple[int, int]]:
        """Every Parquet file of every snapshot: inode and mtime (what a no-op must not change)."""
        out = {}
        for p in sorted(self.curated.rglob("*.parquet")):
            st = p.stat()
            out[str(p.relative_to(self.curated))] = (st.st_ino, st.st_mtime_ns)
        return out

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
