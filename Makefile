# `make run`: set up and ingest the bundled seed articles; `make test`: set up and run the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/pip install -q -c constraints.txt -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	rm -f examples/dyads.db examples/dyads.db-wal examples/dyads.db-shm
	$(BIN)/dyads --db examples/dyads.db ingest examples/seeds/
	$(BIN)/dyads --db examples/dyads.db articles
	$(BIN)/dyads --db examples/dyads.db events

test: $(STAMP)
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) examples/dyads.db*
