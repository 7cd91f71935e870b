"""Compile the parser (transforms/) to C extension modules with mypyc, beside its sources.

The parser is plain, fully typed Python; mypyc turns the same source into native code that parses about a
third faster (make bench). Python imports an extension module before a source file of the same name, so
the compiled modules replace the interpreted ones wherever the package is imported: flows, CLI, tests.
Without a C compiler the sources run as they are (slower), and this says so. `make native` runs this when
a source changed; `make interpreted` removes the compiled modules.
"""

from __future__ import annotations

import shutil
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent
PACKAGE = ROOT / "transforms"
# The shared runtime library inside the package, so it imports wherever `transforms` does (an editable
# install maps the package, not the project's root).
GROUP = "transforms._native"
# The parser's modules: where the time goes. The others stay Python: their objects cross processes (run
# contexts, batches, parse results and errors pickled to workers and Dask), and a frozen dataclass compiled
# to a native class does not unpickle. parse.py, the entry point, stays Python too: a few calls per dump, and
# its parse_text can be replaced in a test (a parser crash injected end to end).
COMPILED = ("segment", "decode", "classify", "credits", "head")


def compiled_modules(package: Path = PACKAGE) -> list[Path]:
    """The extension modules a build leaves in the package."""
    return sorted(package.glob(f"*{sysconfig.get_config_var('EXT_SUFFIX')}"))


def stale_sources(package: Path = PACKAGE) -> list[str]:
    """Sources changed since the build (or added after it): compiled modules would run old code in their place.

    Every source counts, not only the compiled modules' own: the build reads all of them for their types, and
    the Makefile rebuilds when any changes, so pytest run on its own stops where `make` would have rebuilt.
    """
    built = [module.stat().st_mtime for module in compiled_modules(package)]
    if not built:
        return []  # nothing compiled: the sources run as they are
    return sorted(p.name for p in package.glob("*.py") if p.stat().st_mtime > min(built))


def remove_compiled() -> None:
    for module in compiled_modules():
        module.unlink()
    shutil.rmtree(ROOT / "build", ignore_errors=True)


def main(argv: list[str]) -> int:
    remove_compiled()  # a failed build must never leave old native code in front of new sources
    if argv[1:] == ["--remove"]:
        print("transforms: compiled modules removed, the sources run interpreted")
        return 0
    compiler = sysconfig.get_config_var("CC") or "cc"
    if shutil.which(compiler.split()[0]) is None:
        print(f"transforms: no C compiler ({compiler}): the parser runs interpreted, about a third slower")
        return 0
    from mypyc.build import mypycify
    from setuptools import setup

    # Every module is given for its types; only the parser's are compiled (the package's __init__ never: the
    # shared library lives in the package, which must import before it).
    sources = sorted(str(p.relative_to(ROOT)) for p in PACKAGE.glob("*.py"))
    modules = [f"transforms/{name}.py" for name in COMPILED]
    setup(
        name="newsetl-transforms-native",
        ext_modules=mypycify(sources, only_compile_paths=modules, group_name=GROUP, opt_level="3"),
        script_args=["--quiet", "build_ext", "--inplace"],  # the compiler's command lines stay out of make's output
    )
    shutil.rmtree(ROOT / "build", ignore_errors=True)
    print(f"transforms: {', '.join(COMPILED)} compiled ({len(compiled_modules())} extension modules)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
