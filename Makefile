# gwr: two commands on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
CORPUS ?= ../shared/corpus
export GWR_CORPUS ?= $(abspath $(CORPUS))

.PHONY: setup compiled fonts demo test lint bench eval clean postgresql bench-scale serve screenshots browser echarts fuzz mutate test-pythons

$(BIN)/gwr: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(BIN)/gwr

setup: $(BIN)/gwr fonts compiled

# the hot modules compiled with mypyc into build/mypyc/ when missing or older than their sources
# (gcc and the Python headers needed; without them one warning line and gwr runs as pure Python).
# gwr uses the build only while every source it was compiled from is unchanged; GWR_PURE=1 runs the sources.
compiled: $(BIN)/gwr
	@$(BIN)/python scripts/build_compiled.py

# Chinese labels in `gwr plot` figures need a CJK font: Debian's fonts-noto-cjk, installed when
# missing (needs root and apt; elsewhere a warning, and the figures show boxes for Chinese).
NOTO := /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
fonts:
	@[ -f $(NOTO) ] || ! command -v apt-get >/dev/null || \
	  (DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null 2>&1 || \
	   (apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null 2>&1)) || true
	@[ -f $(NOTO) ] || echo "warning: fonts-noto-cjk is not installed: Chinese labels in plots will show as boxes"

demo: setup
	mkdir -p out
	$(BIN)/gwr extract examples/
	$(BIN)/gwr extract examples/ --json --out out/examples.jsonl
	@echo "wrote out/examples.jsonl"
	rm -f out/demo.db
	$(BIN)/gwr ingest examples/ --db out/demo.db
	$(BIN)/gwr panel --indicator 地区生产总值 --region 大连 --db out/demo.db
	$(BIN)/gwr panel --indicator gdp --region 大连 --explain --db out/demo.db --out out/gdp_explain.csv
	$(BIN)/gwr plot panel --indicator gdp --db out/demo.db --out out/gdp_targets.png
	$(BIN)/gwr plot attention --db out/demo.db --out out/attention.png
	$(MAKE) --no-print-directory screenshots
	@echo "browse the demo database: make serve  (gwr serve --db $(DEMO_DB) at http://127.0.0.1:$(PORT)/)"

# PostgreSQL from Debian's packages when it is missing (the backend tests start a throwaway
# server of their own, on a unix socket in a temp dir, and stop it; see tests/pg_server.py).
postgresql:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
	  echo "installing PostgreSQL (apt-get)"; \
	  (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql) >/dev/null \
	  || echo "could not install PostgreSQL: the PostgreSQL tests will say they are skipped"; }

# The web app (gwr serve) over the demo database: examples/ ingested into out/demo.db.
DEMO_DB ?= out/demo.db
PORT ?= 8000
$(DEMO_DB): $(BIN)/gwr examples/*
	mkdir -p $(dir $(DEMO_DB))
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/gwr ingest examples/ --db $(DEMO_DB)

serve: $(DEMO_DB)
	$(BIN)/gwr serve --db $(DEMO_DB) --port $(PORT)

# Screenshots of every page in headless Chromium (Debian's) under out/screenshots/.
screenshots: $(DEMO_DB) browser
	$(BIN)/python -m gwr.web.screenshots --db $(DEMO_DB) --out out/screenshots

# Debian's Chromium and CJK fonts for the browser tests (Playwright's own download does not work here).
browser:
	@if [ ! -x /usr/bin/chromium ] || ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then \
	  echo "installing Debian's chromium and fonts-noto-cjk"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	fi

# ECharts from the npm registry into gwr/web/static/vendor/ (vendored there with its licence;
# run this to refresh it, e.g. ECHARTS=6.1.0).
ECHARTS ?= 6.1.0
echarts:
	rm -rf out/npm && mkdir -p out/npm
	cd out/npm && npm pack --silent echarts@$(ECHARTS) >/dev/null && tar xzf echarts-$(ECHARTS).tgz
	cp out/npm/package/dist/echarts.min.js gwr/web/static/vendor/echarts.min.js
	cp out/npm/package/LICENSE gwr/web/static/vendor/ECHARTS-LICENSE.txt
	cp out/npm/package/NOTICE gwr/web/static/vendor/ECHARTS-NOTICE.txt
	@echo "vendored echarts $(ECHARTS) into gwr/web/static/vendor/"

test: setup postgresql browser
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check gwr tests bench scripts
	$(BIN)/ruff format --check gwr
	$(BIN)/mypy gwr

bench: setup
	$(BIN)/python bench/run.py --corpus $(GWR_CORPUS)

# ../shared/corpus replicated 11x (other bytes per copy): local pool on SQLite and on PostgreSQL,
# Dask LocalCluster on PostgreSQL; docs/deploy.md keeps the figures.
bench-scale: setup postgresql
	$(BIN)/python bench/bench_scale.py --corpus $(GWR_CORPUS)

eval: setup
	$(BIN)/python bench/eval.py --corpus $(GWR_CORPUS)

clean:
	rm -rf out .pytest_cache .mypy_cache .ruff_cache build/mypyc build/mypyc.*

# mutation testing (scripts/mutate.py): each target module against its own tests for at most
# MUTATE_SECONDS on 2 processes; results kept in out/mutate/ (a rerun goes on from there);
# prints the counts and every surviving mutant with its diff. MUTATE_TARGETS=all for every target.
# Runs the Python sources (mutate.py sets GWR_PURE=1), never the compiled build: mutants edit the sources.
MUTATE_TARGETS ?=
MUTATE_SECONDS ?= 300
MUTATE_ONLY ?=  # function names: mutate only these (e.g. MUTATE_ONLY="_special _per")
mutate: setup
	$(BIN)/python -c "import mutmut" 2>/dev/null || $(BIN)/pip install -q -e '.[mutate]'
	$(BIN)/python scripts/mutate.py $(MUTATE_TARGETS) --seconds $(MUTATE_SECONDS) $(if $(strip $(MUTATE_ONLY)),--only $(MUTATE_ONLY))

# a longer fuzz run than make test's: inputs/s per target, reproducers in out/fuzz (FUZZ_SECONDS each)
FUZZ_SECONDS ?= 120
fuzz: setup
	$(BIN)/python scripts/fuzz.py --seconds $(FUZZ_SECONDS)

# the suite under Debian 12's python3 (3.11.2) and every newer CPython to be had (PYTEST_ARGS narrows it)
test-pythons: setup
	bash scripts/test_pythons.sh
