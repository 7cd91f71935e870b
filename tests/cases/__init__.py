"""Golden cases: real and crafted dumps beside their truth (and, for some, expected table rows)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CASES_DIR = Path(__file__).parent


@dataclass(frozen=True)
class Case:
    name: str
    dump: Path
    truth: dict[str, Any]

    @property
    def expected_rows(self) -> dict[str, Any] | None:
        path = self.dump.with_name(self.dump.name + ".expected.json")
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def load_cases(folder: str | None = None) -> list[Case]:
    """Every `NAME` with a `NAME.truth.json` beside it, under tests/cases/ (or one subfolder)."""
    root = CASES_DIR / folder if folder else CASES_DIR
    cases = []
    for truth in sorted(root.rglob("*.truth.json")):
        dump = truth.with_name(truth.name[: -len(".truth.json")])
        cases.append(Case(str(dump.relative_to(CASES_DIR)), dump, json.loads(truth.read_text(encoding="utf-8"))))
    return cases
