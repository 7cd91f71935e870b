"""A separate reader process: attaches the lake read-only (as `newsetl shell` does) and queries it in a loop.

    python -m tests.flows.lake_reader CATALOG DATA_PATH OUT_JSONL STOP_FILE

Each answer is one JSON line: the article count, duplicate ids and orphan rows (a mix of two
snapshots would show as orphans or duplicates) and the lake snapshot it read.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from flows import lake

QUERY = """
SELECT
  (SELECT count(*) FROM article),
  (SELECT count(*) - count(DISTINCT article_id) FROM article),
  (SELECT count(*) FROM caption c ANTI JOIN article a USING (article_id)),
  (SELECT count(*) FROM related_headline r ANTI JOIN article a USING (article_id)),
  (SELECT count(*) FROM ingest_run),
  (SELECT id FROM lake.current_snapshot())
"""


def main(argv: list[str]) -> int:
    catalog, data_path, out, stop = argv
    con = lake.connect(lake.LakeLocation(catalog, data_path), read_only=True)
    with open(out, "a", encoding="utf-8") as fh:
        while not Path(stop).exists():
            started = time.monotonic()
            try:
                row = con.execute(QUERY).fetchall()[0]
                answer = dict(
                    zip(("articles", "dups", "orphan_captions", "orphan_related", "runs", "snapshot"), row, strict=True)
                )
            except Exception as exc:  # noqa: BLE001 - reported to the test, which fails on it
                answer = {"error": str(exc)}
            answer["query_s"] = round(time.monotonic() - started, 4)
            fh.write(json.dumps(answer) + "\n")
            fh.flush()
            time.sleep(0.02)
    con.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
