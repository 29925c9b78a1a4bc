# Two commands for a fresh machine (see README.md):
#   make chat   install, then talk to the bot in this terminal (no Telegram needed)
#   make test   install everything the tests need, then run them all
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
EMULATOR := tests/e2e/emulator

.PHONY: chat test install install-dev lint messages bench

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

# Translations: extract every marked string into locales/messages.pot (what people see)
# and locales/desk.pot (what staff see), then merge each into every language's .po (new
# strings arrive untranslated; that language falls back to English until they are).
# .mo files are never committed: catalogs compile at start.
messages: install-dev
	$(BIN)/pybabel extract -F pyproject.toml -k N_ -k ngettext:1,2 -k pgettext:1c,2 \
		--add-comments=Translators: --add-location=file --sort-by-file --no-wrap \
		--project=rjbot --copyright-holder="rjbot contributors" \
		-o locales/messages.pot bot dialogues
	$(BIN)/pybabel update -i locales/messages.pot -d locales -D messages --no-wrap --ignore-obsolete
	$(BIN)/pybabel extract -F pyproject.toml --no-default-keywords -k D_ \
		--add-comments=Translators: --add-location=file --sort-by-file --no-wrap \
		--project=rjbot --copyright-holder="rjbot contributors" \
		-o locales/desk.pot bot referral_store
	$(BIN)/pybabel update -i locales/desk.pot -d locales -D desk --no-wrap --ignore-obsolete

# Benchmarks: writes the results table into docs/performance.md (about 5 minutes).
bench: install-dev
	$(BIN)/python -m benchmarks
