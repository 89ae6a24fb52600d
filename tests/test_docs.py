"""The documentation keeps up with the code: every command has help text and
is named in the docs; every field of the JSON record is in docs/schema.md;
every noise rule id used by the cleaner is in gwr/data/noise.yaml."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

import gwr
from gwr import cli
from gwr.record import document_record, mention_record

ROOT = Path(__file__).resolve().parents[1]
DOCS = "\n".join(p.read_text(encoding="utf-8") for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))])
SCHEMA = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    top = [c.name or "" for c in cli.app.registered_commands]
    grouped = [f"{g.name} {c.name}" for g in cli.app.registered_groups if g.typer_instance
               for c in g.typer_instance.registered_commands]
    return sorted(top + grouped)


@pytest.mark.parametrize("name", _commands())
def test_command_has_help_and_is_documented(name: str) -> None:
    result = CliRunner().invoke(cli.app, [*name.split(), "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output
    assert f"gwr {name}" in DOCS, f"`gwr {name}` is not mentioned in README.md or docs/"


def _record_fields() -> tuple[list[str], list[str], list[str]]:
    doc = gwr.extract_text("各位代表：\n一、2017年工作回顾\n地区生产总值增长7%。\n二、2018年工作安排\n地区生产总值增长7%左右。")
    record = document_record(doc)
    assert doc.mentions, "the sample text must yield a mention"
    return list(record), list(record["meta"]), list(mention_record(doc.mentions[0]))


@pytest.mark.parametrize("field", sorted({f for group in _record_fields() for f in group}))
def test_record_field_is_documented(field: str) -> None:
    assert f"`{field}`" in SCHEMA, f"field {field!r} of the JSON record is missing from docs/schema.md"


def test_record_numbers_are_plain_json_numbers() -> None:
    doc = gwr.extract_text("二、2018年工作安排\n地区生产总值增长7.5%左右。")
    m = mention_record(doc.mentions[0])
    assert m["value"] == 7.5 and isinstance(m["value"], float)
    assert Decimal(str(m["value"])) == doc.mentions[0].value
