"""gwr.fields: the one declaration of each output field, and everything generated from it
(JSON record, SQL columns and migration, rows, export labels, docs tables)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from gwr import fields, types
from gwr.record import document_record
from gwr.store.corpus import Corpus
from gwr.store.rows import document_rows
from gwr.store.schema import SCHEMA_VERSION, column_names
from gwr.types import Document, Edit
from tests.test_store import FILLER, make_doc, mention

ROOT = Path(__file__).resolve().parents[1]


def _edit() -> Edit:
    return Edit(rule="page_chrome", start=0, end=4, text="当前位置")


def _doc() -> Document:
    m = replace(
        mention(), aggregate="average", period_start=2016, period_end=2020, scope="省属企业", main=True
    )
    return make_doc("一、工作回顾\n" + FILLER, mentions=(m,), edits=(_edit(),))


@pytest.mark.parametrize("name", ["schema.md", "corpus.md"])
def test_docs_tables_are_the_generated_ones(name: str) -> None:
    text = (ROOT / "docs" / name).read_text(encoding="utf-8")
    assert "<!-- fields:" in text
    assert fields.render_docs(text) == text, f"run `python -m gwr.fields` to regenerate docs/{name}"


@pytest.mark.parametrize(
    ("part", "declared"),
    [
        ("meta", fields.META),
        ("indicators", fields.MENTION),
        ("outline", fields.SECTION),
        ("removed", fields.EDIT),
    ],
    ids=["meta", "indicators", "outline", "removed"],
)
def test_json_record_keys_are_the_declared_fields(part: str, declared: tuple[fields.Field, ...]) -> None:
    record = document_record(_doc())
    value = record[part]
    first = value[0] if isinstance(value, list) else value
    assert list(first) == [f.name for f in declared if f.json]


@pytest.mark.parametrize("table", fields.TABLES, ids=[t.name for t in fields.TABLES])
def test_sql_columns_are_generated_from_the_fields(tmp_path: Path, table: fields.Table) -> None:
    Corpus(tmp_path / "t.db", create=True).close()
    with sqlite3.connect(tmp_path / "t.db") as con:
        have = [r[1] for r in con.execute(f"PRAGMA table_info({table.name})")]
    key = {
        "id": ["id"],
        "document_ord": ["document_id", "ord"],
        "id_document_ord": ["id", "document_id", "ord"],
    }
    assert have == key[table.key] + column_names(table)


@pytest.mark.parametrize("table", fields.TABLES, ids=[t.name for t in fields.TABLES])
def test_rows_fill_every_field_column(table: fields.Table) -> None:
    rows = document_rows(_doc())
    row = rows.document if table.name == "documents" else rows.children[table.name].dicts()[0]
    admin = {f.sql for f in fields.DOCUMENT_ADMIN}  # added by the writer
    expected = [c for c in column_names(table) if c not in admin]
    assert sorted(set(row) - {"ord"}) == sorted(expected)


def test_new_mention_fields_round_trip(tmp_path: Path) -> None:
    with Corpus(tmp_path / "t.db", create=True) as c:
        c.add([_doc()])
        frame = c.mentions()
    row = frame.iloc[0]
    assert (row["aggregate"], row["period_start"], row["period_end"], row["scope"], row["main"]) == (
        "average",
        2016,
        2020,
        "省属企业",
        1,
    )
    assert row["value_text"] == "7" and Decimal(row["value_text"]) == Decimal(7)


def test_version_2_database_gains_the_columns_of_versions_3_and_5(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    with Corpus(path, create=True) as c:
        c.add([make_doc("一、工作回顾\n" + FILLER, mentions=(mention(),))])
    with sqlite3.connect(path) as con:
        con.execute("DROP VIEW panel")  # a version-2 database had no panel views
        con.execute("DROP VIEW panel_candidates")
        for column in ("aggregate", "period_start", "period_end", "scope", "section_start", "section_end"):
            con.execute(f"ALTER TABLE mentions DROP COLUMN {column}")
        con.execute("UPDATE meta SET value = '2' WHERE name = 'schema_version'")
    with Corpus(path) as c:
        assert c.schema_version() == SCHEMA_VERSION == 6
        frame = c.mentions()
    assert frame[["aggregate", "scope"]].values.tolist() == [["annual", None]]
    assert frame["period_start"].isna().all() and frame["section_start"].isna().all()


def test_every_label_fits_stata() -> None:
    labels = fields.labels()
    assert all(len(v) <= 80 for v in labels.values()), [k for k, v in labels.items() if len(v) > 80]
    assert labels["start"] == "start offset of the figure in the clean text"  # the mention's, not a section's


@pytest.mark.parametrize(
    ("cls", "declared"),
    [
        (types.Provenance, fields.SOURCE),
        (types.RawDocument, fields.RAW),
        (types.Metadata, (*fields.META, fields.DOC_KIND)),
        (types.Section, fields.SECTION),
        (types.Mention, fields.MENTION),
        (types.Edit, fields.EDIT),
    ],
    ids=["Provenance", "RawDocument", "Metadata", "Section", "Mention", "Edit"],
)
def test_field_names_are_attributes_of_their_types(cls: type, declared: tuple[fields.Field, ...]) -> None:
    slots = set(cls.__slots__)  # type: ignore[attr-defined]
    assert {f.name for f in declared} - slots == set()
