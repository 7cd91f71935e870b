"""The validation gate inside a run: rejected rows are held back, a failing batch publishes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.flows.lake import REFERENCE, REPO, Lake

pytestmark = pytest.mark.usefixtures("prefect_harness")


def _copies(lake: Lake, count: int) -> None:
    """`count` distinct articles (own file names, own ids) made from the reference dump."""
    text = (REPO / "data" / "raw" / REFERENCE).read_text()
    for i in range(count):
        (lake.raw / f"copy_{i:03d}.txt").write_text(text.replace("US, Russia agree", f"US, Russia agree ({i})"))


def _ancient(lake: Lake) -> Path:
    """A dump dated 1985: the article fails 'published_date not before 1990'."""
    text = (REPO / "data" / "raw" / REFERENCE).read_text().replace("Wednesday, 19 Feb 2025", "Tuesday, 19 Feb 1985")
    path = lake.raw / "ancient.txt"
    path.write_text(text)
    return path


@pytest.fixture
def lake(tmp_path: Path) -> Lake:
    lake = Lake(tmp_path / "data")
    lake.raw.mkdir(parents=True)
    return lake


def test_rejected_article_and_dependants_are_held_back(lake: Lake) -> None:
    _copies(lake, 20)
    _ancient(lake)  # 1 of 21 articles rejected: under the 5 % share, the run completes
    assert lake.run() == 0
    assert lake.sql("SELECT count(*) FROM article") == [(20,)]
    rejected = lake.sql("SELECT table_name, expectation, source_file FROM rejected_row ORDER BY table_name")
    tables = [r[0] for r in rejected]
    assert tables.count("article") == 1 and tables.count("caption") == 1 and tables.count("related_headline") == 10
    article_reject = next(r for r in rejected if r[0] == "article")
    assert "published_date" in str(article_reject[1]) and article_reject[2] == "ancient.txt"
    assert lake.sql("SELECT status FROM ingest_file WHERE source_file = 'ancient.txt'") == [("rejected",)]
    assert lake.sql("SELECT count(*) FROM article WHERE source_file = 'ancient.txt'") == [(0,)]
    # History: one row per expectation per table for the run, failures included.
    per_table = dict(lake.sql("SELECT table_name, count(*) FROM validation_result GROUP BY 1"))
    assert set(per_table) == {"article", "caption", "related_headline"}
    assert lake.sql("SELECT count(*) FROM validation_result WHERE NOT success") != [(0,)]


def test_too_many_rejects_fail_the_run_and_keep_the_previous_snapshot(lake: Lake) -> None:
    shutil.copy(REPO / "data" / "raw" / REFERENCE, lake.raw / REFERENCE)
    assert lake.run() == 0
    before = lake.tables()
    files = {k: v for k, v in lake.parquet_files().items() if "/article/" in k}
    _ancient(lake)  # 1 of 1 new articles rejected: 100 % > 5 %
    assert lake.run() != 0
    assert lake.tables() == before
    assert {k: v for k, v in lake.parquet_files().items() if "/article/" in k} == files
    assert lake.sql("SELECT status FROM ingest_run ORDER BY started_at") == [("completed",), ("failed",)]
    assert lake.sql("SELECT count(*) FROM rejected_row WHERE table_name = 'article'") == [(1,)]
    # The failed file is not in the manifest: it is tried again next run.
    assert lake.sql("SELECT count(*) FROM ingest_file WHERE source_file = 'ancient.txt'") == [(0,)]
