"""The codebook (docs/codebook.md and .json) is generated from gwr/fields.py, kept in sync,
and has an entry for every column a real database returns."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gwr import codebook
from gwr.store.corpus import Corpus
from gwr.store.verified import verified_mentions, verified_panel_long
from gwr.taxonomy import Topic
from tests.test_store import FILLER, make_doc, mention

ROOT = Path(__file__).resolve().parents[1]


def test_markdown_is_generated() -> None:
    text = (ROOT / "docs" / "codebook.md").read_text(encoding="utf-8")
    assert text == codebook.markdown(), "docs/codebook.md is stale: run `python -m gwr.codebook`"


def test_json_is_generated() -> None:
    data = json.loads((ROOT / "docs" / "codebook.json").read_text(encoding="utf-8"))
    assert data == codebook.codebook(), "docs/codebook.json is stale: run `python -m gwr.codebook`"


@pytest.fixture(scope="module")
def frames(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    path = tmp_path_factory.mktemp("cb") / "c.db"
    with Corpus(path, create=True) as c:
        c.add([make_doc("一、工作回顾\n" + FILLER * 3, mentions=(mention(),))])
        return {
            "documents": list(c.documents(include_duplicates=True).columns),
            "mentions": list(verified_mentions(c).columns),  # what gwr export writes
            "panel": list(verified_panel_long(c).columns),
            "attention": list(c.attention((Topic("t", "测试", ("发展",)),)).columns),
        }


@pytest.mark.parametrize("table", list(codebook.TABLES))
def test_every_column_of_the_database_has_an_entry(frames: dict[str, list[str]], table: str) -> None:
    entries = [c["name"] for c in codebook.codebook()["tables"][table]["columns"]]
    assert frames[table] == entries


def test_a_column_without_a_declaration_fails() -> None:
    with pytest.raises(KeyError):
        codebook.column("not_a_column")


ENTRIES = [  # (table, column, type, unit)
    ("panel", "region_code", "string", ""),
    ("panel", "value", "float", "the row's `unit`"),
    ("panel", "value_text", "string", "the row's `unit`"),
    ("panel", "year", "integer", "year"),
    ("mentions", "main", "0/1", ""),
    ("mentions", "flags", "JSON text", ""),
    ("attention", "per_10k_chars", "float", "occurrences per 10,000 characters"),
]


@pytest.mark.parametrize("table,name,kind,unit", ENTRIES, ids=[f"{e[0]}.{e[1]}" for e in ENTRIES])
def test_entries(table: str, name: str, kind: str, unit: str) -> None:
    entry = next(c for c in codebook.codebook()["tables"][table]["columns"] if c["name"] == name)
    assert (entry["type"], entry["unit"]) == (kind, unit)
    assert entry["label"] and len(entry["label"]) <= 80 and entry["meaning"]
