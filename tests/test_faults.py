"""Edges of the behaviours that ten surviving faults broke (issue 9, "The tests themselves").

tests/test_hardening_mutants.py holds one test per fault; these pin the same
behaviours at their edges, with exact labels and values, and each was checked to
fail with its fault put back by hand:

* test_a_count_after_he_with_no_noun_keeps_the_label   label after 和/与 dropped (a14b300)
* test_figures_of_the_main_target_passage_are_main     ``main`` always false
* test_an_inherited_indicator_costs_confidence         inherited confidence 0.85 -> 1.0
* test_grain_in_jin_and_gongjin_is_stored_in_tons      斤/公斤 -> tonne divisor off by 100
* test_an_autumn_meeting_plans_the_next_year           autumn meeting -> next year rule off
* test_a_named_parent_picks_the_county                 region ancestor context removed
* test_near_duplicates_need_a_similarity_of_0_8        near-duplicate threshold 0.8 -> 0.5
  (on the MinHash pairs; test_hardening_mutants covers the containment check)
* test_cli_summary_prints_names_literally              escaping in the CLI summary removed
* test_the_panel_prefers_the_main_target_passage       the panel ignoring ``main``
* test_results_carry_no_strength                       strength kept on results
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import gwr
from gwr.indicators import extract_phrase
from gwr.store import dedup
from gwr.store.corpus import Corpus
from gwr.types import Mention
from tests.test_store import FILLER, make_doc, mention

# ------------------------------------------------------------------ labels, main, confidence, units


def _phrase(text: str, role: str = "plan_targets", year: int = 2018) -> list[Mention]:
    return list(extract_phrase(text, role=role, report_year=year))  # type: ignore[arg-type]


def test_a_count_after_he_with_no_noun_keeps_the_label() -> None:
    """A count after 和/与 followed by no noun is not dropped: it keeps the words before
    it (the 22 corpus figures lost in a14b300's parent commit were of this kind)."""
    got = [
        (m.label, m.value, m.unit)
        for m in _phrase("新建13座城市公园和275个，改造老旧小区50个。", "plan_tasks")
    ]
    assert [(label and label.rstrip("和与"), value, unit) for label, value, unit in got] == [
        ("城市公园", Decimal(13), "座"),  # 新建 before a count: the noun alone
        ("城市公园", Decimal(275), "个"),
        ("改造老旧小区", Decimal(50), "个"),
    ]
    # with a noun after it, the count takes that noun alone (272318b)
    got = [(m.label, m.value) for m in _phrase("新建13座城市公园和275个口袋公园。", "plan_tasks")]
    assert got == [("城市公园", Decimal(13)), ("口袋公园", Decimal(275))]


MAIN_TARGETS = "今年主要预期目标是：地区生产总值增长7%左右；城镇新增就业8万人。"


@pytest.mark.parametrize(
    "text,main",
    [
        (MAIN_TARGETS, [("gdp", True), ("new_urban_jobs", True)]),
        ("今年地区生产总值增长7%左右，城镇新增就业8万人。", [("gdp", False), ("new_urban_jobs", False)]),
    ],
    ids=["main-target-passage", "plan-prose"],
)
def test_figures_of_the_main_target_passage_are_main(text: str, main: list[tuple[str, bool]]) -> None:
    assert [(m.indicator, m.main) for m in _phrase(text)] == main


@pytest.mark.parametrize(
    "text,expected",
    [
        ("地区生产总值增长7%左右，增长8%。", [("gdp", Decimal(7), 1.0), ("gdp", Decimal(8), 0.85)]),
        (
            "地区生产总值增长7%左右，地区生产总值增长8%。",
            [("gdp", Decimal(7), 1.0), ("gdp", Decimal(8), 1.0)],
        ),
    ],
    ids=["inherited", "named"],
)
def test_an_inherited_indicator_costs_confidence(
    text: str, expected: list[tuple[str, Decimal, float]]
) -> None:
    got = _phrase(text)
    assert [(m.indicator, m.value, m.confidence) for m in got] == expected
    assert ["indicator_from_previous_clause" in m.flags for m in got] == [c < 1 for _, _, c in expected]


@pytest.mark.parametrize(
    "text,value,raw",
    [
        ("粮食产量600亿斤以上。", Decimal(30_000_000), "600亿斤以上"),  # 600亿斤 = 300亿公斤 = 3000万吨
        ("粮食总产量稳定在1.3万亿斤。", Decimal(650_000_000), "1.3万亿斤"),
        ("粮食产量达到500万公斤。", Decimal(5_000), "500万公斤"),
        ("粮食产量达到3000万吨。", Decimal(30_000_000), "3000万吨"),
    ],
    ids=["jin", "wanyi-jin", "gongjin", "ton"],
)
def test_grain_in_jin_and_gongjin_is_stored_in_tons(text: str, value: Decimal, raw: str) -> None:
    (grain,) = [m for m in _phrase(text) if m.indicator == "grain_output"]
    assert (grain.value, grain.unit, grain.raw) == (value, "ton", raw)


# ------------------------------------------------------------------ metadata


def _head(delivered: str, region: str = "大连市") -> str:
    return (
        f"{region}政府工作报告\n——{delivered}在{region}第十六届人民代表大会第二次会议上\n市长 张三\n"
        "各位代表：\n主要预期目标是：地区生产总值增长7%左右。\n"
    )


@pytest.mark.parametrize(
    "delivered,report_year",
    [
        ("2016年1月25日", 2016),
        ("2016年3月1日", 2016),
        ("2016年9月28日", 2016),
        ("2016年10月25日", 2017),
        ("2016年12月20日", 2017),
    ],
)
def test_an_autumn_meeting_plans_the_next_year(delivered: str, report_year: int) -> None:
    """A report delivered in October or later sets the plan of the next year."""
    meta = gwr.extract_text(_head(delivered)).meta
    assert (meta.delivered_on[:4], meta.report_year) == (delivered[:4], report_year)


GULOU = {  # 鼓楼区 is a district of four cities
    "named-in-body": "鼓楼区政府工作报告\n各位代表：\n在{parent}委的坚强领导下，全区上下攻坚克难，全区经济稳定增长。\n",
    "named-in-title": "{parent}鼓楼区政府工作报告\n各位代表：\n全区上下攻坚克难，全区经济稳定增长。\n",
}


@pytest.mark.parametrize("form", sorted(GULOU))
@pytest.mark.parametrize(
    "parent,code",
    [("南京市", "320106"), ("徐州市", "320302"), ("福州市", "350102"), ("开封市", "410204")],
)
def test_a_named_parent_picks_the_county(form: str, parent: str, code: str) -> None:
    """A county name shared by several divisions: the parent the text names tells which."""
    text = GULOU[form].format(parent=parent) + "今年全区地区生产总值增长7%左右。\n"
    meta = gwr.extract_text(text).meta
    assert (meta.region_name, meta.region_code, meta.level) == ("鼓楼区", code, "district")


def test_a_county_name_of_several_parents_none_named_is_uncertain() -> None:
    meta = gwr.extract_text("鼓楼区政府工作报告\n各位代表：\n今年全区地区生产总值增长7%左右。\n").meta
    assert meta.region_code is None
    assert "region_uncertain" in {n.code for n in meta.notices}


# ------------------------------------------------------------------ near duplicates


def _signature(same: int) -> tuple[bytes, bytes]:
    """Two MinHash signatures equal in their first ``same`` of 128 values (so they share
    the first LSH band and are compared): estimated Jaccard similarity same/128."""
    a = [i * 7 + 1 for i in range(dedup.NUM_PERM)]
    b = a[:same] + [v + 3 for v in a[same:]]
    pack = lambda vs: b"".join(v.to_bytes(8, "little") for v in vs)  # noqa: E731
    return pack(a), pack(b)


@pytest.mark.parametrize(
    "same,linked",
    [(128, True), (103, True), (102, False), (90, False), (70, False)],
    ids=["1.00", "0.80", "0.797", "0.70", "0.55"],
)
def test_near_duplicates_need_a_similarity_of_0_8(same: int, linked: bool) -> None:
    sig_a, sig_b = _signature(same)
    assert dedup.similarity(sig_a, sig_b) == same / 128
    docs = [
        dedup.DocInfo(1, "210200", 2018, "report", "a" * 64, 9000, 0, sig_a, "a.txt"),
        dedup.DocInfo(2, "210200", None, "report", "b" * 64, 8000, 0, sig_b, "b.txt"),
    ]
    links = dedup.assign(docs)
    assert [(x.id, x.duplicate_of, x.dup_kind) for x in links] == (
        [(1, None, None), (2, 1, "near")] if linked else [(1, None, None), (2, None, None)]
    )


# ------------------------------------------------------------------ CLI summary, panel, strength
# (also in tests/test_hardening_mutants.py on the hardening branch; here so that main has them)

MARKUP_REPORT = (
    "大连市政府工作报告\n"
    "——2018年1月8日在大连市第十六届人民代表大会第二次会议上\n"
    "大连市市长 谭成旭\n"
    "各位代表：\n"
    "今年经济社会发展的主要预期目标是：地区生产总值增长7%左右；城镇新增就业8万人。\n"
)


def test_cli_summary_prints_names_literally(tmp_path: Path) -> None:
    """Rich markup in a name from the input ([bold] in a file name) is printed as written."""
    path = tmp_path / "[bold]dalian [red].txt"
    path.write_text(MARKUP_REPORT, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "gwr.cli", "extract", str(path)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[0].startswith(f"{path} · 大连市 (210200, city) 2018 · report"), run.stdout
    assert "  target gdp growth ~ 7 percent  «7%左右»" in run.stdout.splitlines()


def test_the_panel_prefers_the_main_target_passage(tmp_path: Path) -> None:
    """Two annual GDP targets of one report and section: the one in the main-target passage
    wins, although the other comes first and is more confident."""
    body = "一、工作回顾\n" + FILLER * 5
    prose = dataclasses.replace(mention(value="9", raw="9%", confidence=1.0, start=5), section="plan_tasks")
    headline = dataclasses.replace(
        mention(value="7", raw="7%左右", confidence=0.8, start=60), section="plan_tasks", main=True
    )
    with Corpus(tmp_path / "p.db", create=True) as c:
        c.add([make_doc(body, mentions=(prose, headline))])
        panel = c.panel("gdp", "growth", "target")
        why = c.panel_explain("gdp", "growth", "target").set_index("raw")["why"].to_dict()
    assert panel[["region_code", "year", "value", "raw"]].values.tolist() == [["210200", 2018, 7.0, "7%左右"]]
    assert why["9%"] == "lost: in the main-target passage"


def test_results_carry_no_strength() -> None:
    """确保 (hard) and 力争 (soft) qualify targets; a reviewed result has no strength."""
    text = "确保地区生产总值增长7%，力争一般公共预算收入增长8%。"
    assert [(m.status, m.strength) for m in _phrase(text, "review")] == [("actual", None), ("actual", None)]
    assert [(m.status, m.strength) for m in _phrase(text)] == [("target", "hard"), ("target", "soft")]
