# Every target bootstraps what it needs: python3, make and (for `make lint`) node/npm are all that is assumed.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
UV_VERSION := 0.13.8
BOOT := .tools/uv
UV := $(BOOT)/bin/uv
VENV := .venv
BIN := $(VENV)/bin
LINT_TOOLS := scripts/lint-tools
PORT ?= 8765

# uv must use this machine's Python and the project venv, never download an interpreter.
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)
# The generator's post-hooks find ruff on PATH: make it the locked one.
export PATH := $(CURDIR)/$(BIN):$(PATH)

SPEC := spec/highlevel-invoices.openapi.yaml

.PHONY: help venv chromium test lint generate golden-record dist discrepancies docs-drift emulator contract replay corpus-add bench clean cleanup

help:
	@echo "make test           run every test (the CI command; sets itself up)"
	@echo "make contract       run the contract suite against the embedded emulator (or the live API, see README)"
	@echo "make cleanup        delete the drafts a crashed contract run left behind (its reports/invoices.jsonl)"
	@echo "make generate       regenerate generated/highlevel_invoices from the curated spec"
	@echo "make golden-record  regenerate the client templates' golden record (after a deliberate template change)"
	@echo "make dist           build the client's and the emulator's wheels and sdists into dist/"
	@echo "make lint           ruff, mypy --strict, spec validation, Spectral, actionlint, zizmor"
	@echo "make discrepancies  print the catalog of vendor-doc discrepancies"
	@echo "make docs-drift     compare the vendor's current OpenAPI files with the record (VENDOR_SPEC=path-or-url, VENDOR_FILE=invoices-v3)"
	@echo "make emulator       serve the vendor emulator on 127.0.0.1:\$$PORT (default 8765)"
	@echo "make replay [CASSETTE=reports/recording.har.gz]  re-check recorded traffic (default: the corpus) against the spec"
	@echo "make corpus-add HAR=reports/recording.har.gz  add a recorded run's sanitized exchanges to the corpus"
	@echo "make bench          run the benchmarks (client overhead, suite throughput, emulator memory); fails when a target is missed"

$(UV):
	$(PYTHON) -m venv $(BOOT)
	$(BOOT)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.synced: pyproject.toml uv.lock contract_tests/emulator/pyproject.toml | $(UV)
	$(UV) sync --locked --python $(PYTHON) --quiet
	touch $@

venv: $(VENV)/.synced

$(LINT_TOOLS)/node_modules/.installed: $(LINT_TOOLS)/package.json $(LINT_TOOLS)/package-lock.json
	cd $(LINT_TOOLS) && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $@

# The HTML report's layout test renders the page in Debian's headless Chromium: installed here when missing
# (apt-get update only when the package lists cannot provide it).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get install -y --no-install-recommends chromium fonts-dejavu-core \
	  || { apt-get update && apt-get install -y --no-install-recommends chromium fonts-dejavu-core; }; }

test: lint chromium
	$(BIN)/python -m pytest

lint: venv $(LINT_TOOLS)/node_modules/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/ruff check --isolated --line-length=120 --select=E,F,W,I,UP,B generated contract_tests/tests/spec/golden/expected
	$(BIN)/mypy
	$(BIN)/mypy --strict generated/highlevel_invoices
	$(BIN)/python -m openapi_spec_validator $(SPEC)
	$(BIN)/python scripts/as_documented.py --check
	$(LINT_TOOLS)/node_modules/.bin/spectral lint --fail-severity=warn --ruleset spec/.spectral.yaml $(SPEC)
	$(BIN)/actionlint .github/workflows/*.yml
	$(BIN)/zizmor --offline --no-progress --config .github/zizmor.yml .github/workflows

generate: venv
	$(BIN)/python scripts/generate.py

# The package generated from the fixture spec that uses every construct the templates support; the golden-record
# test compares it, byte for byte, with what the templates generate, and runs it against a tiny loopback server.
golden-record: venv
	$(BIN)/python scripts/generate.py --golden

# The two distributions: the client (generated/ holds its pyproject.toml) and the emulator (contract_tests/emulator/);
# their wheels and sdists land in dist/.
dist: venv
	rm -rf dist
	$(UV) build generated --out-dir dist --no-create-gitignore
	$(UV) build contract_tests/emulator --out-dir dist --no-create-gitignore
	@ls dist

discrepancies: venv
	@$(BIN)/python scripts/discrepancies.py

docs-drift: venv
	$(BIN)/python scripts/docs_drift.py $(if $(VENDOR_SPEC),--vendor-spec "$(VENDOR_SPEC)") $(if $(VENDOR_FILE),--vendor-file "$(VENDOR_FILE)")

emulator: venv
	$(BIN)/python -m highlevel_invoices_emulator --host 127.0.0.1 --port $(PORT) $(if $(TOKENS),--tokens $(TOKENS)) $(if $(PROFILE),--profile $(PROFILE)) $(if $(SEED),--seed-invoices $(SEED)) $(if $(CONTROL),--control)

# GNU make exits 2 whenever a recipe fails, so the run's own exit status (0 passed, 1 violation or drift, 2 bad
# setup, 3 aborted) is written to $(REPORTS)/contract-exit-code and named on the last line; the nightly reads it.
REPORTS = $(or $(CONTRACT_REPORTS_DIR),reports)
contract: venv
	@status=0; $(BIN)/python scripts/contract.py || status=$$?; \
	mkdir -p "$(REPORTS)" && echo "$$status" > "$(REPORTS)/contract-exit-code"; \
	if [ "$$status" -ne 0 ]; then echo "make contract: scripts/contract.py exited $$status (recorded in $(REPORTS)/contract-exit-code)" >&2; fi; \
	exit "$$status"

cleanup: venv
	$(BIN)/python scripts/cleanup.py

replay: venv
	$(BIN)/python scripts/replay.py "$(or $(CASSETTE),contract_tests/corpus/exchanges)"

corpus-add: venv
	@test -n "$(HAR)" || { echo "usage: make corpus-add HAR=reports/recording.har.gz" >&2; exit 2; }
	$(BIN)/python scripts/corpus_add.py "$(HAR)"

# Every benchmark runs whatever the first one finds; the target fails (make's own status, 2) when any misses its
# target or cannot run (each script's own status is 1 for a missed target).
bench: venv
	@failed=""; \
	$(BIN)/python scripts/bench_client.py || failed="$$failed bench_client.py"; \
	$(BIN)/python scripts/bench_contract.py || failed="$$failed bench_contract.py"; \
	$(BIN)/python scripts/bench_memory.py || failed="$$failed bench_memory.py"; \
	if [ -n "$$failed" ]; then echo "make bench: target missed (or benchmark failed):$$failed" >&2; exit 1; fi

clean:
	rm -rf $(VENV) $(BOOT) dist reports .pytest_cache .mypy_cache .ruff_cache .hypothesis $(LINT_TOOLS)/node_modules
