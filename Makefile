# Two commands for a fresh machine (see README.md):
#   make chat   install, then talk to the bot in this terminal (no Telegram needed)
#   make test   install everything the tests need, then run them all
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
EMULATOR := tests/e2e/emulator
# Every dependency, the test tools and the build backend, pinned with their hashes:
# pip refuses anything not in it, or whose file does not match. `make lock` remakes it
# after a change to pyproject.toml.
LOCK := requirements-dev.lock

.PHONY: chat test install install-dev lint messages bench lock

# pip itself comes from the lock too (pinned there with its hashes).
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

install: $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .

install-dev: install
	cd $(EMULATOR) && npm ci --no-audit --no-fund --silent

lock:
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install --quiet pip-tools==7.6.2
	.venv-lock/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
		--no-emit-index-url --no-emit-find-links --extra dev -o $(LOCK) \
		pyproject.toml requirements-build.in

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
		--add-comments=Translators: --sort-by-file --no-wrap \
		--project=rjbot --copyright-holder="rjbot contributors" \
		-o locales/messages.pot bot dialogues
	$(BIN)/pybabel update -i locales/messages.pot -d locales -D messages --no-wrap --ignore-obsolete
	$(BIN)/pybabel extract -F pyproject.toml --no-default-keywords -k D_ \
		--add-comments=Translators: --sort-by-file --no-wrap \
		--project=rjbot --copyright-holder="rjbot contributors" \
		-o locales/desk.pot bot referral_store
	$(BIN)/pybabel update -i locales/desk.pot -d locales -D desk --no-wrap --ignore-obsolete

# Benchmarks: writes the results table into docs/performance.md (about 5 minutes).
bench: install-dev
	$(BIN)/python -m benchmarks
