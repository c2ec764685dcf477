# Everything a new user or CI needs, from a machine with only Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test translations update-translations bench fuzz screenshots clean dist test-dist

run: $(STAMP) $(QM)
	$(BIN)/careerjournal

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

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

# The desktop build: a one-folder app in dist/careerjournal/ (see build.spec).
dist: $(STAMP) translations
	$(BIN)/python -c 'import PyInstaller' 2>/dev/null || $(BIN)/python -m pip install --quiet 'pyinstaller>=6'
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec

# Build, then run the built app headless: CLI commands, a vault, a PDF, the GUI.
test-dist: dist
	CAREERJOURNAL_DIST=dist/careerjournal/careerjournal QT_QPA_PLATFORM=offscreen \
		$(BIN)/python -m pytest tests/test_dist.py $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) build dist resources/translations/*.qm
