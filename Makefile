# treatyexit — two commands: `make run` (install, migrate, seed, serve) and `make test` (install, test).
SHELL := /bin/bash
PYTHON ?= $(shell for p in python3.12 python3.11 python3; do \
	if command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(not ((3,11) <= sys.version_info[:2] <= (3,12)))' 2>/dev/null; then echo $$p; break; fi; done)
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-dev lint bench clean openapi

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "Python 3.11 or 3.12 is required (durable-rules 2.0.28 does not import on 3.13)"; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .

install-dev: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@# openapi-typescript for the TypeScript client test (tests/contract); without Node.js that test skips and says so
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --loglevel=error \
		|| echo "npm ci failed: the TypeScript client test will skip"; fi

run: install
	$(BIN)/python -m app rules check
	$(BIN)/python -m app db upgrade
	$(BIN)/python -m app db seed
	$(BIN)/python -m app serve --host $(HOST) --port $(PORT)

test: install-dev
	@scripts/ensure-chromium
	@scripts/ensure-nginx
	$(BIN)/ruff check app schemas tests bench alembic
	$(BIN)/ruff format --check app schemas tests bench alembic
	$(BIN)/yamllint --no-warnings -c .yamllint.yaml rules world
	$(BIN)/mypy
	$(BIN)/python -m app rules check
	$(BIN)/python -m app openapi check
	$(BIN)/python -m pytest

# Publish the app's OpenAPI document as openapi/v1.json (refuses a breaking change not released in CHANGELOG.md).
openapi: install
	$(BIN)/python -m app openapi update

lint: install-dev
	$(BIN)/ruff check app schemas tests bench alembic && $(BIN)/yamllint --no-warnings -c .yamllint.yaml rules world && $(BIN)/mypy

bench: install-dev
	$(BIN)/python bench/engine.py

clean:
	rm -rf node_modules $(VENV) *.egg-info .pytest_cache .mypy_cache .ruff_cache treatyexit.db
