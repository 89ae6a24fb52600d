"""Report year from head lines, the no_structure notice, and what is no report at all."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from gwr.clean import clean
from gwr.meta import extract_metadata
from gwr.meta.kind import not_a_report
from gwr.outline import outline
from gwr.types import Metadata, Provenance, RawDocument

ROOT = Path(__file__).resolve().parents[1]


def _meta(text: str) -> Metadata:
    raw = RawDocument(text, Provenance("<case>"), hashlib.sha256(text.encode()).hexdigest(), "utf-8", "txt")
    c = clean(raw)
    return extract_metadata(c, outline(c))


_BODY = (
    "各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、过去一年工作回顾\n过去一年，全县生产总值增长7%。\n"
    "二、今年工作安排\n全县地区生产总值增长7%左右。\n"
)

# (id, text, report year, delivered_on): only the date line tells the year
YEARS = [
    ("date_line_spaced_in_brackets", "政府工作报告\n（ 2017年2月26日）\n" + _BODY, 2017, "2017-02-26"),
    ("date_line_spaces_both_sides", "政府工作报告\n（ 2017年2月26日 ）\n" + _BODY, 2017, "2017-02-26"),
    ("date_line_in_chinese_numerals", "政府工作报告\n（二〇一九年一月十四日）\n" + _BODY, 2019, "2019-01-14"),
    ("date_line_nbsp_indent", "政府工作报告\n\u00a0\u00a0(2016年1月8日)\n" + _BODY, 2016, "2016-01-08"),
    ("date_line_in_autumn_plans_next_year", "政府工作报告\n（2015年12月20日）\n" + _BODY, 2016, "2015-12-20"),
    ("literal_escapes_and_spaced_date",
     ("政府工作报告\\r\\n（ 2017年2月26日）\\r\\n" + _BODY.replace("\n", "\\r\\n")), 2017, "2017-02-26"),
]  # fmt: skip


@pytest.mark.parametrize("name,text,year,delivered", YEARS, ids=[y[0] for y in YEARS])
def test_year_from_a_date_line(name: str, text: str, year: int, delivered: str) -> None:
    meta = _meta(text)
    assert (meta.report_year, meta.delivered_on) == (year, delivered)


def test_report_without_parts_carries_no_structure() -> None:
    text = "政府工作报告\n（2017年2月26日）\n各位代表：\n现在，我代表县人民政府向大会报告工作。全县生产总值增长7%。\n"
    assert "no_structure" in {n.code for n in _meta(text).notices}


@pytest.mark.parametrize(
    "parts",
    ["一、深化改革\n（一）加快发展\n", "四、加强政府自身建设\n依法行政。\n名词解释\n1.两重：建设。\n"],
    ids=["headings of no kind", "only the government's own part and a glossary"],
)
def test_headings_without_a_review_or_plan_part_carry_no_structure(parts: str) -> None:
    text = "政府工作报告\n（2017年2月26日）\n各位代表：\n现在，我代表县人民政府向大会报告工作。全县生产总值增长7%。\n" + parts
    assert "no_structure" in {n.code for n in _meta(text).notices}


def test_report_with_parts_has_structure() -> None:
    text = "政府工作报告\n（2017年2月26日）\n" + _BODY
    assert "no_structure" not in {n.code for n in _meta(text).notices}


# --- what is no report -------------------------------------------------------------------

MARKDOWN_README = (
    "# Government work reports\n\nTest input for the extractor.\n\n## Series\n\n| series | region | years |\n|---|---|---|\n"
    "| zhumadian/ | 驻马店市 | 2002–2026 |\n| national/ | 国务院 | 1954–2025 |\n\n- keep files byte for byte\n"
    "- 保定市 2000 is a summary: 地区生产总值增长7%左右\n"
)
PYPROJECT = (
    '[project]\nname = "gwr"\nversion = "0.1.0"\nrequires-python = ">=3.11"\ndependencies = ["regex", "jieba"]\n\n'
    '[tool.ruff]\nline-length = 110\n'
)
MANIFEST = (
    "file\tregion\tregion_code\treport_year\n"
    "raw/a.txt\t保定市\t130600\t2000\nraw/b.txt\t保定市\t130600\t2001\nraw/c.txt\t高阳县\t130628\t2002\n"
)
CODE = (
    "import regex\n\nfrom gwr.types import Section\n\n\ndef outline(text):\n    # 一、2017年工作回顾\n"
    "    return [s for s in text.split()]\n\n\nclass Heading:\n    pass\n"
)

KINDS = [
    ("markdown_readme", MARKDOWN_README, "Markdown"),
    ("pyproject_toml", PYPROJECT, "configuration"),
    ("manifest_tsv", MANIFEST, "table"),
    ("python_source", CODE, "source code"),
]


@pytest.mark.parametrize("name,text,reason", KINDS, ids=[k[0] for k in KINDS])
def test_files_that_are_no_reports(name: str, text: str, reason: str) -> None:
    why = not_a_report(text)
    assert why is not None and reason in why
    meta = _meta(text)
    assert meta.doc_kind == "other"
    assert any(n.code == "doc_kind" and reason in n.message for n in meta.notices)


REPORTS = [
    ("plain_report", "政府工作报告\n（2017年2月26日）\n" + _BODY),
    ("report_as_markdown", "# 2018年大连市政府工作报告\n\n## 一、2017年工作回顾\n\n过去一年，全市生产总值增长7%。\n\n"
                           "## 二、2018年工作安排\n\n全市地区生产总值增长7%左右。我们要坚定信心。\n" * 3),
]  # fmt: skip


@pytest.mark.parametrize("name,text", REPORTS, ids=[r[0] for r in REPORTS])
def test_reports_are_reports(name: str, text: str) -> None:
    assert not_a_report(text) is None


@pytest.mark.parametrize("name", ["README.md", "pyproject.toml", "Makefile"])
def test_project_files_are_no_reports(name: str) -> None:
    path = ROOT / name
    if not path.exists():
        pytest.skip(f"{name} is not in this checkout")
    assert not_a_report(path.read_text(encoding="utf-8")) is not None
