# Two entry points a newcomer needs: `make run` and `make test`. Nothing else is installed by hand.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT := out
# `make test-fast`, for the edit-test loop: no servers, nothing marked slow, postgres, browser, dask.
FAST_TESTS := not slow and not postgres and not browser and not dask

.PHONY: run test test-fast setup lint cli-docs eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[all,dev]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	mkdir -p $(OUT)
	$(BIN)/bilateral --db $(OUT)/example.db analyze examples/corpus --report $(OUT)/report.html

# Every test: starts PostgreSQL and installs Chromium where it can, stops what it started.
test: $(STAMP)
	PYTHON=$(BIN)/python bash scripts/test.sh -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "$(FAST_TESTS)"

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

cli-docs: $(STAMP)
	$(BIN)/python -m bilateral.cli.reference docs/cli.md

eval: $(STAMP)
	mkdir -p $(OUT)
	$(BIN)/python eval/run_all.py --save $(OUT)/eval.json
	$(BIN)/python eval/gate.py

clean:
	rm -rf $(VENV) $(OUT) build dist src/*.egg-info
