# Two commands for a fresh machine (see README.md):
#   make chat   install, then talk to the bot in this terminal (no Telegram needed)
#   make test   install everything the tests need, then run them all
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
EMULATOR := tests/e2e/emulator

.PHONY: chat test install install-dev lint

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip==25.3

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-dev: $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	cd $(EMULATOR) && npm ci --no-audit --no-fund --silent

chat: install
	$(BIN)/rjbot chat

test: install-dev
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pytest

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
