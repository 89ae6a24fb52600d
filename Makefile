# gwr: two commands on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
CORPUS ?= ../shared/corpus
export GWR_CORPUS ?= $(abspath $(CORPUS))

.PHONY: setup fonts demo test lint bench eval clean postgresql bench-scale

$(BIN)/gwr: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(BIN)/gwr

setup: $(BIN)/gwr fonts

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

# PostgreSQL from Debian's packages when it is missing (the backend tests start a throwaway
# server of their own, on a unix socket in a temp dir, and stop it; see tests/pg_server.py).
postgresql:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
	  echo "installing PostgreSQL (apt-get)"; \
	  (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql) >/dev/null \
	  || echo "could not install PostgreSQL: the PostgreSQL tests will say they are skipped"; }

test: setup postgresql
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check gwr tests bench scripts
	$(BIN)/ruff format --check gwr
	$(BIN)/mypy gwr

bench: setup
	$(BIN)/python bench/run.py --corpus $(GWR_CORPUS)

eval: setup
	$(BIN)/python bench/eval.py --corpus $(GWR_CORPUS)

clean:
	rm -rf out .pytest_cache .mypy_cache .ruff_cache

# mutation testing (scripts/mutate.py): each target module against its own tests for at most
# MUTATE_SECONDS on 2 processes; results kept in out/mutate/ (a rerun goes on from there);
# prints the counts and every surviving mutant with its diff. MUTATE_TARGETS=all for every target.
MUTATE_TARGETS ?=
MUTATE_SECONDS ?= 300
mutate: setup
	$(BIN)/python -c "import mutmut" 2>/dev/null || $(BIN)/pip install -q -e '.[mutate]'
	$(BIN)/python scripts/mutate.py $(MUTATE_TARGETS) --seconds $(MUTATE_SECONDS)
