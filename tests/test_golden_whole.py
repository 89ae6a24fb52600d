"""Whole-report golden files: well formed, and the extractor held above measured floors.

The files are read by hand (tests/golden_whole.py says how they are scored);
`make eval` prints the full scores. Floors are the measured figures: raise them
when the extractor improves, never lower them silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, get_args

import pytest

from gwr.types import Aggregate, Comparator, Measure, Mention
from tests.golden_whole import (
    OTHER_KEYS,
    TARGET_KEYS,
    Score,
    extract,
    golden_files,
    load,
    locate,
    score,
    source_path,
)

FILES = golden_files()
STATUSES = ("actual", "estimate", "none")


def _items(path: Path) -> list[tuple[str, dict[str, Any]]]:
    g = load(path)
    return [("targets", t) for t in g.get("targets") or []] + [("others", o) for o in g.get("others") or []]


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_golden_file_is_well_formed(path: Path) -> None:
    g = load(path)
    assert {"file", "report_year", "region_code", "level"} <= set(g), path
    assert isinstance(g["region_code"], str) and len(g["region_code"]) == 6
    for part, item in _items(path):
        allowed = TARGET_KEYS if part == "targets" else OTHER_KEYS
        assert set(item) <= allowed, (item, set(item) - allowed)
        assert str(item.get("raw", item["quote"])) in str(item["quote"]), item
        if part == "targets":
            assert item.get("comparator") in get_args(Comparator), item
            assert item.get("measure") in get_args(Measure), item
            assert item.get("aggregate", "annual") in get_args(Aggregate), item
            assert isinstance(item.get("year"), int), item
            if item.get("comparator") == "range":
                assert item.get("low") is not None and item.get("high") is not None, item
        else:
            assert item.get("status") in STATUSES, item


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_golden_quotes_are_in_the_clean_text(path: Path) -> None:
    src = source_path(load(path))
    if not src.exists():
        pytest.skip(f"report not found at {src} (set GWR_CORPUS)")
    text = extract(src).text
    missing = [item["quote"] for _, item in _items(path) if locate(text, item) is None]
    assert not missing


# ---- the scorer itself, on a short report whose every figure is known --------------------

REPORT = """2026年某某市政府工作报告
一、2025年工作回顾
全年地区生产总值增长5.2%，城镇新增就业8.1万人。
二、2026年工作安排
今年经济社会发展主要预期目标是：地区生产总值增长5%左右，城镇新增就业8万人以上。
重点抓好十个方面工作。
"""


def _m(
    raw: str, status: str, year: int, indicator: str, measure: str, value: str, cmp: str, main: bool = False
) -> Mention:
    start = REPORT.index(raw)
    return Mention(
        indicator=indicator,
        label=None,
        value=Decimal(value),
        unit=None,
        currency=None,
        low=None,
        high=None,
        comparator=cmp,
        measure=measure,
        status=status,
        strength=None,
        year=year,  # type: ignore[arg-type]
        start=start,
        end=start + len(raw),
        sentence="",
        raw=raw,
        main=main,
    )


@dataclass
class Extracted:  # what the scorer reads of a Document
    text: str
    mentions: tuple[Mention, ...]


RIGHT = (
    _m("5.2%", "actual", 2025, "gdp", "growth", "5.2", "="),
    _m("8.1万人", "actual", 2025, "new_urban_jobs", "level", "81000", "="),
    _m("5%左右", "target", 2026, "gdp", "growth", "5", "~", main=True),
    _m("8万人以上", "target", 2026, "new_urban_jobs", "level", "80000", ">=", main=True),
)

GOLD: dict[str, Any] = {
    "targets": [
        {
            "quote": "地区生产总值增长5%左右",
            "raw": "5%左右",
            "indicator": "gdp",
            "measure": "growth",
            "value": "5",
            "comparator": "~",
            "year": 2026,
            "main": True,
        },
        {
            "quote": "城镇新增就业8万人以上",
            "raw": "8万人以上",
            "indicator": "new_urban_jobs",
            "measure": "level",
            "value": "80000",
            "comparator": ">=",
            "year": 2026,
            "main": True,
        },
    ],
    "others": [
        {"quote": "地区生产总值增长5.2%", "raw": "5.2%", "status": "actual", "year": 2025},
        {"quote": "城镇新增就业8.1万人", "raw": "8.1万人", "status": "actual", "year": 2025},
        {"quote": "重点抓好十个方面工作", "raw": "十个", "status": "none"},
    ],
}


def _score(gold: dict[str, Any], mentions: tuple[Mention, ...] = RIGHT) -> Score:
    return score(Extracted(REPORT, mentions), gold, "sample")  # type: ignore[arg-type]


def test_scorer_counts_a_right_report_as_right() -> None:
    s = _score(GOLD)
    assert (s.found, s.targets, s.on_target, s.predicted, s.rows_right) == (2, 2, 2, 2, 2), s.errors
    assert (s.main_found, s.main) == (2, 2)
    assert (s.others_status, s.others, s.others_year) == (3, 3, 2)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"year": 2030}, "year"),
        ({"value": "6"}, "value"),
        ({"comparator": ">="}, "comparator"),
        ({"indicator": "cpi"}, "indicator"),
        ({"scope": "省属企业"}, "scope"),
        ({"aggregate": "average", "period_start": 2026, "period_end": 2030}, "aggregate"),
    ],
    ids=["year", "value", "comparator", "indicator", "scope", "aggregate"],
)
def test_scorer_sees_a_wrong_field(change: dict[str, Any], field: str) -> None:
    gold = {**GOLD, "targets": [{**GOLD["targets"][0], **change}, GOLD["targets"][1]]}
    s = _score(gold)
    assert s.field_right[field] == s.field_pairs[field] - 1
    assert s.rows_right == 1


def test_scorer_counts_an_unlisted_target_against_precision() -> None:
    s = _score({**GOLD, "targets": GOLD["targets"][:1]})
    assert (s.on_target, s.predicted) == (1, 2)


def test_scorer_counts_a_missed_target_against_recall() -> None:
    s = _score(GOLD, RIGHT[:3])
    assert (s.found, s.targets, s.main_found) == (1, 2, 1)


def test_scorer_counts_a_list_count_read_as_a_figure() -> None:
    count = _m("十个", "target", 2026, "", "level", "10", "=")
    s = _score(GOLD, (*RIGHT, count))
    assert (s.on_target, s.predicted) == (2, 3)
    assert (s.others_status, s.others) == (2, 3)


def test_scorer_reads_a_result_taken_for_a_target() -> None:
    wrong = (_m("5.2%", "target", 2026, "gdp", "growth", "5.2", "="), *RIGHT[1:])
    s = _score(GOLD, wrong)
    assert (s.on_target, s.predicted) == (2, 3)
    assert s.others_status == 2


def test_scorer_reads_a_wrong_status_of_a_result() -> None:
    s = _score({**GOLD, "others": [{**GOLD["others"][0], "status": "estimate"}]})
    assert (s.others_status, s.others) == (0, 1)


# ---- floors over the hand-read reports (measured; raise them as the extractor improves) ----

# over all files, the measured figures rounded down to 0.005 (25 files, 2026-12-02, after shares of a plan
# labelled by the figure before them, then labels of counted things, comparators, coverage rates, compressed
# lists and scopes of sectors, portfolios and areas, then gaps in points and counts of people with 以上, then a
# review's self-government part, grade and threshold qualifiers, counts in words, pairs, 翻了一番 after a base
# year, turns from a base rate and people after 为/对: 824/836 targets found, 823/843 extracted on target,
# 787/843 right in every field, 147/147 main targets, results and estimates 1726/1789 right in status and
# 1012/1012 in year)
# xinjiang_2026 added (26 files): 842/854 targets found, 841/862 on target, 805/862 right in every field,
# 158/158 main, others 1873/1941 in status and 1101/1101 in year; the floors held unchanged.
# baoding_2022 added (27 files, a city report whose tasks are mostly counts of things to build): 902/915 found,
# 900/930 on target, 861/930 right in every field, 166/166 main, others 1984/2071 in status and 1155/1155 in
# year; precision, rows right and others lowered to these measured figures
# zhumadian_2024 added (28 files): 974/988 found, 972/1004 on target, 930/1004 right, 174/174 main, others
# 2091/2185 in status and 1227/1227 in year; the floors hold
# shanghai_2025 added (29 files, a docx): 1012/1027 found, 1010/1043 on target, 961/1043 right, 179/179 main,
# others 2211/2320 in status and 1313/1313 in year; rows right and others lowered to these measured figures
# national_2018 added (30 files): 1046/1061 found, 1042/1076 on target, 993/1076 right, 185/185 main, others
# 2317/2436 in status and 1352/1352 in year; the floors hold
# hebei_2019 added (31 files): 1093/1112 found, 1089/1125 on target, 1039/1125 right, 198/198 main, others
# 2406/2533 in status and 1414/1414 in year; recall and others lowered to these measured figures
# shanxi_2026 added (32 files, a 2026 province: 十四五 review, 十五五 goals for 2030, many quantified tasks and a 民生实事
# list): 1168/1188 found, 1164/1206 on target, 1103/1206 right in every field, 205/205 main, others 2532/2674 in
# status and 1461/1462 in year; lowered to these measured figures: row_precision, others_year
# zhumadian_2019 added (33 files, a city report whose headings run into the text, with a long review and many counts):
# 1256/1277 found, 1252/1302 on target, 1185/1302 right in every field, 215/219 main, others 2661/2820 in status and
# 1553/1554 in year; lowered to these measured figures: precision, main_recall, others_right
# gaoyang_2023 added (34 files, a county news page about the congress, not the report): 1256/1277 found, 1252/1302 on
# target, 1185/1302 right in every field, 215/219 main, others 2675/2834 in status and 1553/1554 in year; the floors
# held unchanged
# tianjin_2025 added (35 files, a 2025 province from a .docx with few quantified tasks): 1288/1310 found, 1284/1336 on
# target, 1217/1336 right in every field, 221/225 main, others 2763/2931 in status and 1608/1609 in year; the floors
# held unchanged
# national_2025 added (36 files, national 2025: main targets, their restatements and the budget): 1303/1325 found,
# 1299/1351 on target, 1230/1351 right in every field, 227/231 main, others 2812/2980 in status and 1641/1642 in year;
# the floors held unchanged
# hebei_2021 added (37 files, a 2021 province with 十三五 review and 十四五 goals): 1384/1409 found, 1380/1440 on target,
# 1302/1440 right in every field, 237/241 main, others 2926/3107 in status and 1708/1709 in year; lowered to these
# measured figures: precision, row_precision
# counts of a set a plan acts upon (围绕/聚焦/继续实施 …, examples before 等N个), lists of thresholds, the second count
# of a plain list, 分别 lists after a base year, from–to ends with their own year: 1386/1409 found, 1382/1431 on
# target, 1303/1431 right in every field, 237/241 main, others 2936/3107 and 1708/1709; precision and rows
# raised to these measured figures
# scopes of sectors, classes of firms, programmes, groups and listed places, 今后N年 spans, comparators after a
# 分别 list with its own verb (37 files): 1310/1431 right in every field; row_precision raised to it
# the region's people as a fact, users and couples counted by a bare 万, sums of a reduction, shares of units
# (X%的…): 1389/1409 found, 1385/1433 on target, 1313/1433 right in every field, 237/241 main, others 2942/3107 in
# status and 1712/1713 in year; recall and others raised
# p8recall (figures not extracted at all: counts first, every value of a list, continuations, magnitudes, fractions,
# units): 1402/1409 found, 1398/1444 on target, 1327/1444 right in every field, others 3000/3107 in status and
# 1761/1762 in year; recall and others_right raised to these measured figures
# the main-target passage's extent (topics of a 新发展理念 list with no figure stay inside, a restatement with its
# reason is outside): 241/241 main targets found, 241/241 main flags on a main target; main raised to 1.0 and main
# flags scored (main_precision)
FLOORS = {
    "recall": 0.995,
    "precision": 0.965,
    "row_precision": 0.915,
    "main_recall": 1.0,
    "main_precision": 1.0,
    "others_right": 0.965,
    "others_year": 0.995,
}


def _measured(total: Score, name: str) -> float:
    if name == "others_year":
        return Score.ratio(total.others_year, total.others_year_pairs)
    value: float = getattr(total, name)
    return value


def test_whole_report_scores_hold_their_floors() -> None:
    from tests.golden_whole import score_present

    total = score_present(FILES)
    if total is None:
        pytest.skip("no whole-report golden file has its report here (set GWR_CORPUS)")
    for name, floor in FLOORS.items():
        assert _measured(total, name) >= floor, (name, _measured(total, name), total.errors[:20])
