# figcheck developer tasks.  Everything runs from a local virtualenv (.venv),
# created on first use and refreshed when pyproject.toml changes.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

EXAMPLE       := examples/airstrikes-toll.txt
EXAMPLE_WRONG := examples/airstrikes-toll-wrong.txt

.PHONY: venv demo test clean-venv

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -e '.[test]'
	touch $(STAMP)

# The clean article must pass; the altered one is expected to exit 1
# (findings).  Exit 2 (usage or input error, crash) still fails the demo.
demo: venv
	$(BIN)/figcheck check $(EXAMPLE)
	@echo
	$(BIN)/figcheck check $(EXAMPLE_WRONG) || test $$? -eq 1

test: venv
	$(BIN)/python -m pytest -q

clean-venv:
	rm -rf $(VENV)

# eval and bench targets: added separately.
