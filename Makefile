# Two entry points a newcomer needs: `make run` and `make test`. Nothing else is installed by hand.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT := out

.PHONY: run test setup lint eval bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[all,dev]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	mkdir -p $(OUT)
	$(BIN)/bilateral --db $(OUT)/example.db analyze examples/corpus --report $(OUT)/report.html

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

eval: $(STAMP)
	mkdir -p $(OUT)
	$(BIN)/python eval/run_all.py --save $(OUT)/eval.json
	$(BIN)/python eval/gate.py

clean:
	rm -rf $(VENV) $(OUT) build dist src/*.egg-info
