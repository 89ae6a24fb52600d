"""Tests for the ten deliberate faults that survived the whole suite (issue 9).
Each test fails with its fault put back, and passes on the code as it is:

1. the report-text escaping in the CLI summary removed;
2. the label bug that lost 22 corpus figures put back (a count after 和 dropped);
3. the ``main`` flag always false;
4. the panel ignoring ``main``;
5. the confidence of an inherited indicator raised from 0.85 to 1.0;
6. the 斤 → tonne divisor off by 100;
7. strength kept on results;
8. the autumn-meeting → next-year rule off;
9. the region ancestor context removed (tests/test_meta_corpus.py: floor at the measured 1.0);
10. the near-duplicate threshold 0.8 → 0.5.
"""

from __future__ import annotations

import random
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import gwr
from gwr.pipeline import extract_bytes
from gwr.store import Corpus

TARGETS = (
    "2018年大连市政府工作报告\n各位代表：\n今年主要预期目标是：地区生产总值增长7%左右；城镇新增就业8万人。\n"
)


def test_1_cli_summary_shows_markup_in_names_as_text(tmp_path: Path) -> None:
    path = tmp_path / "a[bold]b[red].txt"
    path.write_text(TARGETS, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "gwr.cli", "extract", str(path)], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr
    assert "a[bold]b[red].txt" in run.stdout


def test_2_a_count_after_he_keeps_a_label() -> None:
    doc = gwr.extract_text("今年新建13座城市公园和275个，改造老旧小区50个。")
    by_value = {m.value: m for m in doc.mentions}
    assert set(by_value) == {Decimal(13), Decimal(275), Decimal(50)}  # none of them dropped
    assert by_value[Decimal(275)].label and "城市公园" in by_value[Decimal(275)].label


def test_3_the_main_targets_are_flagged() -> None:
    doc = gwr.extract_text(TARGETS)
    assert [(m.indicator, m.main) for m in doc.mentions] == [("gdp", True), ("new_urban_jobs", True)]


def test_4_the_panel_prefers_the_main_target(tmp_path: Path) -> None:
    text = (
        "2018年大连市政府工作报告\n各位代表：\n今年开发区地区生产总值增长9%。\n"
        + "全市各项工作取得新进展。\n" * 3
        + "今年主要预期目标是：地区生产总值增长7%左右。\n"
    )
    with Corpus(tmp_path / "p.db", create=True) as c:
        c.add(extract_bytes(text.encode("utf-8"), "a.txt"))
        mentions = c.mentions()[["value", "main"]].values.tolist()
        panel = c.panel("gdp", "growth", "target")[["region_code", "year", "value"]].values.tolist()
    assert mentions == [[9.0, 0], [7.0, 1]]  # the first gdp target is not the main one
    assert panel == [["210200", 2018, 7.0]]


def test_5_an_inherited_indicator_has_lower_confidence() -> None:
    doc = gwr.extract_text(
        "2018年大连市政府工作报告\n各位代表：\n一、2017年工作回顾\n过去一年，地区生产总值增长7%。\n"
        "二、2018年工作安排\n今年地区生产总值增长7%左右，增长8%。"
    )
    assert [(m.indicator, str(m.value), m.status, m.confidence) for m in doc.mentions] == [
        ("gdp", "7", "actual", 1.0),
        ("gdp", "7", "target", 1.0),
        ("gdp", "8", "target", 0.85),  # 增长8% names no indicator: it inherits gdp
    ]


def test_6_jin_are_half_a_kilogram() -> None:
    doc = gwr.extract_text("2018年政府工作报告\n各位代表：\n今年全市粮食产量达到600亿斤。")
    (grain,) = [m for m in doc.mentions if m.indicator == "grain_output"]
    assert (grain.value, grain.unit) == (Decimal(600) * 10**8 / 2 / 1000, "ton")  # 600亿斤 = 3,000万吨


def test_7_results_carry_no_strength() -> None:
    doc = gwr.extract_text(
        "各位代表：\n过去一年，确保地区生产总值增长7%的目标圆满完成，力争一般公共预算收入增长8%。\n"
        "今年力争地区生产总值增长7%左右，确保城镇新增就业8万人。"
    )
    assert [(m.status, m.strength) for m in doc.mentions] == [
        ("actual", None),
        ("actual", None),
        ("target", "soft"),
        ("target", "hard"),
    ]


@pytest.mark.parametrize(("delivered", "year"), [("2016年10月25日", 2017), ("2016年2月25日", 2016)])
def test_8_an_autumn_meeting_plans_the_next_year(delivered: str, year: int) -> None:
    doc = gwr.extract_text(
        f"政府工作报告\n——{delivered}在某市第一届人民代表大会第一次会议上\n市长 张三\n各位代表：\n"
        "今年主要预期目标是：地区生产总值增长7%左右。"
    )
    assert doc.meta.report_year == year


def _paragraphs(rnd: random.Random, n: int) -> list[str]:
    return ["".join(chr(0x4E00 + rnd.randrange(3000)) for _ in range(30)) + "。" for _ in range(n)]


@pytest.mark.parametrize(
    ("shared", "kind"), [(0.97, "near"), (0.65, "same_key")], ids=["97%-shared", "65%-shared"]
)
def test_10_near_duplicates_need_80_percent_similarity(tmp_path: Path, shared: float, kind: str) -> None:
    # two reports claiming one region and year: the second is a near copy of the first when at
    # least 80 % of it is in the first (containment), else a different report with the same key
    rnd = random.Random(9)
    head = "2018年大连市政府工作报告\n各位代表：\n"
    base = _paragraphs(rnd, 100)
    keep = int(len(base) * shared)
    other = base[:keep] + _paragraphs(rnd, len(base) - keep)
    with Corpus(tmp_path / "d.db", create=True) as c:
        c.add(
            extract_bytes((head + "\n".join(base)).encode(), "a.txt")
            + extract_bytes((head + "\n".join(other)).encode(), "b.txt")
        )
        kinds = [k if isinstance(k, str) else None for k in c.documents(include_duplicates=True)["dup_kind"]]
    assert kinds == [None, kind]
