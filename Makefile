# Everything a new user or CI needs, from a machine with only Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test translations update-translations bench clean

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

clean:
	rm -rf $(VENV) build dist resources/translations/*.qm
