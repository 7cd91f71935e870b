# newsetl: `make run` and `make test` set up everything on a fresh machine.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
BIN := $(VENV)/bin
# Prefect: no telemetry, project-local state (never ~/.prefect), no network beyond loopback.
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1
export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_LOGGING_LEVEL ?= WARNING

.PHONY: install native interpreted run test lint typecheck unit bench eval clean

# The stamp re-installs when the pins change (Python: requirements.lock; Data Docs assets: package-lock.json).
# The Data Docs' CSS/JS/fonts come from the npm registry, pinned; without npm the docs still build
# and load their styling from CDNs (they say so).
$(VENV)/.installed: pyproject.toml requirements.lock package.json package-lock.json
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check uv==0.13.9
	$(UV) pip install -q --compile-bytecode --python $(PY) -r requirements.lock
	$(UV) pip install -q --python $(PY) --no-deps -e .
	if command -v npm >/dev/null 2>&1; then \
		npm ci --ignore-scripts --no-audit --no-fund --loglevel=error; \
	else \
		echo "npm not found: Data Docs will load their styling from CDNs (needs the network)"; \
	fi
	# DuckDB's lake extensions from their PyPI wheels: ATTACH 'ducklake:...' works offline, in Python and the CLI.
	$(BIN)/newsetl install-extensions
	touch $@

install: $(VENV)/.installed

# The parser compiled to native code by mypyc, beside its sources (compile_transforms.py): rebuilt whenever a
# source changes, before anything that parses. `make interpreted` removes it (the sources then run as they are).
NATIVE := transforms/.compiled
$(NATIVE): $(VENV)/.installed compile_transforms.py $(wildcard transforms/*.py)
	$(PY) compile_transforms.py
	touch $@

native: $(NATIVE)

interpreted: install
	$(PY) compile_transforms.py --remove
	rm -f $(NATIVE)

run: native
	$(BIN)/newsetl run

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

unit: native
	$(BIN)/pytest

test: lint typecheck unit

# The parser's scoreboard on the shared real corpus (../shared/corpus) and the project's own cases.
eval: native
	$(PY) -m bench.evaluate --cases

bench: native
	$(PY) -m bench.parse_speed
	$(PY) -m bench.run

clean:
	rm -rf data/curated/* data/lake.sqlite* data/staging data/quarantine data/docs .prefect
