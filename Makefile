# gwr: two commands on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
CORPUS ?= ../shared/corpus
export GWR_CORPUS ?= $(abspath $(CORPUS))

.PHONY: setup demo test lint bench eval clean

$(BIN)/gwr: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(BIN)/gwr

setup: $(BIN)/gwr

demo: setup
	mkdir -p out
	$(BIN)/gwr extract examples/
	$(BIN)/gwr extract examples/ --json --out out/examples.jsonl
	@echo "wrote out/examples.jsonl"

test: setup
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
