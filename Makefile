# figcheck developer tasks.  Everything runs from a local virtualenv (.venv),
# created on first use and refreshed when pyproject.toml changes.  The
# package is compiled to bytecode once at set-up: an editable install writes
# no .pyc of its own, and where PYTHONDONTWRITEBYTECODE is set every run
# would compile the sources again (about 0.25 s of each start-up).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

EXAMPLE       := examples/airstrikes-toll.txt
EXAMPLE_WRONG := examples/airstrikes-toll-wrong.txt

.PHONY: venv demo test report clean-venv eval bench

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -e '.[test]'
	$(BIN)/python -m compileall -q checker >/dev/null
	touch $(STAMP)

# The clean article must pass; the altered one is expected to exit 1
# (findings).  Exit 2 (usage or input error, crash) still fails the demo.
demo: venv
	$(BIN)/figcheck check $(EXAMPLE)
	@echo
	$(BIN)/figcheck check $(EXAMPLE_WRONG) || test $$? -eq 1

# on every core (pytest-xdist): the suite is some 47,000 tests
test: venv
	$(BIN)/python -m pytest -q -n auto

# The editor's HTML report on the altered example, and a screenshot of it
# taken with headless Chromium (apt-get install chromium).
REPORT_HTML := reports/example-report.html
REPORT_PNG  := reports/report-example.png
CHROMIUM    ?= chromium

report: venv
	mkdir -p reports
	$(BIN)/figcheck check --format html -o $(REPORT_HTML) $(EXAMPLE_WRONG) || test $$? -eq 1
	profile=$$(mktemp -d) && $(CHROMIUM) --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync --user-data-dir=$$profile \
		--hide-scrollbars --window-size=1400,1500 --screenshot=$(REPORT_PNG) file://$(CURDIR)/$(REPORT_HTML) \
		2>/dev/null; status=$$?; rm -rf $$profile; exit $$status

clean-venv:
	rm -rf $(VENV)

# Accuracy on ../shared (labelled cases and articles, the corpus):
# writes reports/eval.md and reports/eval.json; skips when ../shared is absent.
eval: venv
	$(BIN)/python tools/evaluate.py $(EVAL_ARGS)

# Speed on the corpus against quantulum3 and a regex floor: writes
# reports/bench.md and reports/bench.png.  Its own virtualenv, so that
# quantulum3 and matplotlib never enter the project's.
BENCH_VENV  := .venv-bench
BENCH_STAMP := $(BENCH_VENV)/.installed

$(BENCH_STAMP): pyproject.toml bench/requirements.txt
	$(PYTHON) -m venv $(BENCH_VENV)
	echo '*' > $(BENCH_VENV)/.gitignore
	$(BENCH_VENV)/bin/pip install -e . -r bench/requirements.txt
	$(BENCH_VENV)/bin/python -m compileall -q checker >/dev/null
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BENCH_VENV)/bin/python bench/bench.py $(BENCH_ARGS)
