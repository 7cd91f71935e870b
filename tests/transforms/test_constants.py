"""The compiled parser modules' constants are Final: compiled, any other module-level name is a dict lookup per use."""

from __future__ import annotations

import ast
import re

from compile_transforms import COMPILED, PACKAGE

_CONSTANT_NAME = re.compile(r"_?[A-Z][A-Z0-9_]*")
# Swapped at run time by bench.evaluate's leave-one-site-out scoring: a Final name would be inlined and never swapped.
_REBOUND = {"head": {"SITE_NAMES"}}


def _constants_not_final(source: str, allowed: set[str]) -> list[str]:
    """Module-level assignments to a constant's name that are not annotated Final."""
    found = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [] if "Final" in ast.unparse(node.annotation) else [node.target.id]
        else:
            continue
        found += [name for name in names if _CONSTANT_NAME.fullmatch(name) and name not in allowed]
    return found


def test_the_compiled_modules_constants_are_final() -> None:
    for module in COMPILED:
        source = (PACKAGE / f"{module}.py").read_text(encoding="utf-8")
        assert _constants_not_final(source, _REBOUND.get(module, set())) == [], module


def test_a_constant_without_final_is_found() -> None:
    source = "from typing import Final\nA: Final = 1\n_B = 2\nC: int = 3\nlower = 4\nD: Final[int] = 5\n"
    assert _constants_not_final(source, set()) == ["_B", "C"]
