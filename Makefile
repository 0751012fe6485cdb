# `make run`: set up and ingest the bundled seed articles; `make test`: set up and run the tests.
# `make run` installs the core only (archive, extraction, coder, CLI, exports); `make test`
# adds the extras (server, postgres, ray, charts) and the test tools.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CORE := $(VENV)/.installed-core
DEV := $(VENV)/.installed-dev

.PHONY: setup run test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(CORE): $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/pip install -q -c constraints.txt -e .
	touch $(CORE)

$(DEV): $(CORE)
	$(BIN)/pip install -q -c constraints.txt -e ".[dev]"
	touch $(DEV)

setup: $(DEV)

run: $(CORE)
	rm -f examples/dyads.db examples/dyads.db-wal examples/dyads.db-shm
	$(BIN)/dyads --db examples/dyads.db ingest examples/seeds/
	$(BIN)/dyads --db examples/dyads.db articles
	$(BIN)/dyads --db examples/dyads.db events

test: $(DEV)
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) examples/dyads.db*
