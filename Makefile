# Two commands for a fresh machine (see README.md):
#   make chat   install, then talk to the bot in this terminal (no Telegram needed)
#   make test   install everything the tests need, then run them all
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
EMULATOR := tests/e2e/emulator
# axe-core, which the web desk's browser tests inject into every page (tests/web/).
AXE := tests/web/axe
# Every dependency, the test tools and the build backend, pinned with their hashes:
# pip refuses anything not in it, or whose file does not match. `make lock` remakes it
# after a change to pyproject.toml.
LOCK := requirements-dev.lock

.PHONY: system-deps chat test install install-dev lint messages review bench lock

# pip itself comes from the lock too (pinned there with its hashes).
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

install: $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .

system-deps:
	tools/system-deps

install-dev: install
	cd $(EMULATOR) && npm ci --no-audit --no-fund --silent
	cd $(AXE) && npm ci --no-audit --no-fund --silent

lock:
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install --quiet pip-tools==7.6.2
	.venv-lock/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
		--no-emit-index-url --no-emit-find-links --extra dev -o $(LOCK) \
		pyproject.toml requirements-build.in

chat: install
	$(BIN)/rjbot chat

# Everything: the Debian packages the tests drive (chromium, PostgreSQL 15, nginx: installed
# by tools/system-deps when missing), lint, the suite, then whole conversations in real Rasa
# (make test-rasa below).
test: system-deps install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pytest
	$(MAKE) test-rasa

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# Translations (docs/languages.md), and after adding a question: extract every marked string into locales/messages.pot
# (what people see) and locales/desk.pot (what staff see), then merge each into every
# language's .po. New strings arrive empty and changed ones fuzzy; each is shown in English
# until translated, and the language stays offered (dialogues/i18n.py OFFER_THRESHOLD).
# Locations name the file only, and a template whose messages did not change is kept as it
# was, so running this twice changes nothing. .mo files are never committed: catalogs
# compile at start.
EXTRACT := $(BIN)/pybabel extract -F pyproject.toml --add-comments=Translators: \
	--add-location=file --sort-by-file --no-wrap \
	--project=rjbot --copyright-holder="rjbot contributors"
# keep-or-replace NEW OLD: OLD is replaced only when more than its creation date differs.
define keep_or_replace
	grep -v '^"POT-Creation-Date:' $(1) > $(1).cmp; \
	grep -v '^"POT-Creation-Date:' $(2) > $(2).cmp 2>/dev/null; \
	if cmp -s $(1).cmp $(2).cmp; then rm $(1); else mv $(1) $(2); fi; \
	rm -f $(1).cmp $(2).cmp
endef

messages: install-dev
	$(EXTRACT) -k N_ -k ngettext:1,2 -k pgettext:1c,2 -o locales/messages.pot.new bot dialogues
	@$(call keep_or_replace,locales/messages.pot.new,locales/messages.pot)
	$(BIN)/pybabel update -i locales/messages.pot -d locales -D messages --no-wrap --ignore-obsolete
	$(EXTRACT) --no-default-keywords -k D_ -o locales/desk.pot.new bot dialogues referral_store
	@$(call keep_or_replace,locales/desk.pot.new,locales/desk.pot)
	$(BIN)/pybabel update -i locales/desk.pot -d locales -D desk --no-wrap --ignore-obsolete
	# The Rasa domain and NLU data are made from the flows and these catalogs.
	$(BIN)/python -m bot.rasa.domain

# A side-by-side sheet for a native reviewer: make review LANG=cy (docs/languages.md).
# LANG here names the catalog, and only when given on the command line (otherwise it is the
# shell's locale); the tool itself runs in a UTF-8 locale.
review: install
	LANG=C.UTF-8 $(BIN)/python -m bot.files.review_sheet $(if $(filter command line,$(origin LANG)),$(LANG))

# Benchmarks: writes the results table into docs/performance.md (about 5 minutes).
bench: install-dev
	$(BIN)/python -m benchmarks

# ---- Real Rasa (issue 19) --------------------------------------------------------------
# `make test-rasa` installs Rasa Open Source into its own virtual environment outside the
# checkout (RASA_HOME, cached between runs with its pip downloads and trained models),
# then drives whole conversations through Rasa's REST channel and `rjbot actions`
# (tests_rasa/). A missing or failing Rasa fails this target: it never skips. The first
# test waits for training (minutes on a busy machine), hence the long --timeout.
RASA_VERSION := 3.6.21
RASA_HOME ?= $(HOME)/.cache/rjbot-rasa
RASA_VENV := $(RASA_HOME)/venv-$(RASA_VERSION)

.PHONY: rasa test-rasa
$(RASA_VENV)/bin/rasa:
	.ci/rasa-install "$(RASA_VENV)" "$(RASA_VERSION)" "$(RASA_HOME)/pip-cache"

rasa: $(RASA_VENV)/bin/rasa

test-rasa: install-dev rasa
	RJBOT_RASA="$(RASA_VENV)/bin/rasa" RJBOT_RASA_HOME="$(RASA_HOME)" \
		$(BIN)/pytest -q -p no:cacheprovider --timeout 1800 --durations 5 tests_rasa
# ---- end of real Rasa -------------------------------------------------------------------

# ---- The web desk's vendored front end (bot/web/static/) --------------------------------
# GOV.UK Frontend's compiled CSS, JS, fonts and images and htmx, at the versions pinned in
# tools/web-assets/package.json, copied into the package so that no page ever asks another
# server for anything. The CSS names its fonts and images under /assets/; the app serves
# them under /static/govuk/assets/, so the copy says so. The GDS Transport font is for
# GOV.UK services only, so its files and @font-face rules are left out: pages fall back to
# the stack GOV.UK Frontend names after it (arial, sans-serif).
WEB_ASSETS := tools/web-assets
GOVUK_DIST := $(WEB_ASSETS)/node_modules/govuk-frontend/dist/govuk
STATIC := bot/web/static

.PHONY: govuk
govuk:
	cd $(WEB_ASSETS) && npm ci --no-audit --no-fund --silent
	rm -rf $(STATIC)/govuk $(STATIC)/htmx
	mkdir -p $(STATIC)/govuk $(STATIC)/htmx
	cp -R $(GOVUK_DIST)/assets $(STATIC)/govuk/assets
	rm -rf $(STATIC)/govuk/assets/fonts
	sed 's#url(/assets/#url(/static/govuk/assets/#g; s#/\*\# sourceMappingURL=[^*]*\*/##; s#@font-face{[^}]*}##g' \
		$(GOVUK_DIST)/govuk-frontend.min.css > $(STATIC)/govuk/govuk-frontend.min.css
	sed 's#//\# sourceMappingURL=.*##' $(GOVUK_DIST)/govuk-frontend.min.js > $(STATIC)/govuk/govuk-frontend.min.js
	cp $(WEB_ASSETS)/node_modules/htmx.org/dist/htmx.min.js $(STATIC)/htmx/htmx.min.js
	cp $(WEB_ASSETS)/node_modules/htmx.org/LICENSE $(STATIC)/htmx/LICENSE
	node -p "'govuk-frontend ' + require('./$(WEB_ASSETS)/node_modules/govuk-frontend/package.json').version + ', htmx.org ' + require('./$(WEB_ASSETS)/node_modules/htmx.org/package.json').version" > $(STATIC)/VERSIONS
# ---- end of the web front end -------------------------------------------------------------
