# SalesDesk developer commands. The README opens with the two that matter:
#   make run    set everything up and open SalesDesk on a demo database
#   make test   set everything up, lint, type-check the core and run the whole suite (.ci/run)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Reinstalled whenever pyproject.toml changes.
INSTALLED := $(VENV)/.installed
# The database `make run` opens; by default the demo file the app itself offers on first start.
DB ?=
PYTEST_ARGS ?=
BENCH_ARGS ?=

.PHONY: setup run server test fuzz lint typecheck translations bench build screenshots \
	readme-screenshots clean distclean

setup: $(INSTALLED) translations

$(INSTALLED): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "SalesDesk needs Python 3.11 or newer: make PYTHON=python3.11 ..." >&2; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check -e ".[dev]"
	touch $@

translations: $(INSTALLED)
	$(BIN)/python tools/translations.py build

# The window needs system libraries pip cannot install: say which, before anything else.
run: setup
	@$(BIN)/python tools/check_display_libs.py
	@db="$(DB)"; \
	[ -n "$$db" ] || db="$$($(BIN)/python -c 'from ui.paths import default_demo_path; print(default_demo_path())')"; \
	if [ ! -e "$$db" ]; then \
		mkdir -p "$$(dirname "$$db")" && $(BIN)/python main.py demo --db "$$db" || exit 1; \
	fi; \
	echo "Opening $$db"; \
	$(BIN)/python main.py --db "$$db"

lint: $(INSTALLED)
	$(BIN)/ruff check .

typecheck: $(INSTALLED)
	$(BIN)/mypy

# pytest exits 5 when it collected no tests: that fails too, with a word saying why.
# A local PostgreSQL server with the demo pushed in, for trying the team database (Ctrl-C ends it).
server: setup
	$(BIN)/python tools/team_server.py

test: setup lint typecheck
	@$(BIN)/python -c 'from tools.postgres_cluster import server_binaries as found; \
		print(f"make test: the team database tests run on PostgreSQL from {found()}") if found() else \
		print("make test: PostgreSQL is not installed, so the team database tests are SKIPPED (apt install postgresql)")'
	@$(BIN)/python -m pytest $(PYTEST_ARGS); status=$$?; \
	if [ $$status -eq 5 ]; then echo "make test: pytest found no tests to run" >&2; fi; \
	exit $$status

# The generated hostile files of tests/safety, many more than the fixed sample make test runs
# (and different ones each time). FUZZ_EXAMPLES sets how many per test.
FUZZ_EXAMPLES ?= 400
fuzz: setup
	HYPOTHESIS_PROFILE=fuzz FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest -m fuzz tests/safety $(PYTEST_ARGS)

bench: setup
	$(BIN)/python -m bench.harness $(BENCH_ARGS)

# A one-folder application in dist/SalesDesk (SPEC §10); see build.spec.
build: setup
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec

# Every section, tab and main dialog, en and ru, light and dark: build/screenshots/ (not kept).
screenshots: setup
	$(BIN)/python tools/screenshots.py

# The README's overview of each section: docs/screenshots/ (committed).
readme-screenshots: setup
	$(BIN)/python tools/screenshots.py --readme

clean:
	rm -rf build dist resources/i18n/*.qm

distclean: clean
	rm -rf $(VENV)
