"""Shared fixtures: paths to examples/ and the DEV corpus, and --update-golden."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
CORPUS = Path(os.environ.get("GWR_CORPUS", ROOT.parent / "shared" / "corpus"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/*.json from current output")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def corpus_or_skip() -> Path:
    if not (CORPUS / "MANIFEST.tsv").exists():
        pytest.skip(f"DEV corpus not found at {CORPUS} (set GWR_CORPUS to run corpus tests)")
    return CORPUS


@pytest.fixture(scope="session")
def corpus() -> Path:
    return corpus_or_skip()
