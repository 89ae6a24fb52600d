"""Every option that names a thing: aliases resolve, typos fail with the closest names."""

from __future__ import annotations

import pytest

from gwr import names

RESOLVED = [  # (function, typed, expected)
    pytest.param(names.indicator, "gdp", "gdp", id="indicator-id"),
    pytest.param(names.indicator, "GDP", "gdp", id="indicator-upper-case"),
    pytest.param(names.indicator, "地区生产总值", "gdp", id="indicator-chinese-name"),
    pytest.param(names.indicator, "国内生产总值", "gdp", id="indicator-chinese-alias"),
    pytest.param(names.measure, "Growth", "growth", id="measure-case"),
    pytest.param(names.measure, "增速", "growth", id="measure-chinese"),
    pytest.param(names.status, "目标", "target", id="status-chinese"),
    pytest.param(names.status, "actual", "actual", id="status"),
    pytest.param(names.level, "省", "province", id="level-chinese"),
    pytest.param(names.level, "City", "city", id="level-case"),
]


@pytest.mark.parametrize("resolve,typed,expected", RESOLVED)
def test_names_resolve(resolve: object, typed: str, expected: str) -> None:
    assert resolve(typed) == expected  # type: ignore[operator]


REGIONS = [  # typed -> (code, official name)
    ("驻马店", "411700", "驻马店市"),
    ("驻马店市", "411700", "驻马店市"),
    ("411700", "411700", "驻马店市"),
    ("驻马店地区", "412800", "驻马店地区"),  # the name before 2000
    ("河南", "410000", "河南省"),
    ("全国", "100000", "中华人民共和国"),
    ("国务院", "100000", "中华人民共和国"),
    ("大连", "210200", "大连市"),
    (" 保定市 ", "130600", "保定市"),
]


@pytest.mark.parametrize("typed,code,name", REGIONS, ids=[r[0].strip() for r in REGIONS])
def test_regions_resolve(typed: str, code: str, name: str) -> None:
    region = names.region(typed)
    assert (region.code, region.name) == (code, name)


MISTAKES = [  # (function, typed, the exact message)
    pytest.param(names.indicator, "gpd", "unknown indicator 'gpd'; did you mean gdp? (see `gwr indicators`)", id="gpd"),
    pytest.param(
        names.indicator,
        "地区生产总",
        "unknown indicator '地区生产总'; did you mean gdp, gdp_per_capita? (see `gwr indicators`)",
        id="chinese-near-miss",
    ),
    pytest.param(names.indicator, "zzzz", "unknown indicator 'zzzz' (see `gwr indicators`)", id="nothing-close"),
    pytest.param(names.measure, "grwth", "unknown measure 'grwth'; did you mean growth? (see `gwr indicators`)", id="grwth"),
    pytest.param(names.status, "targets", "unknown status 'targets'; did you mean target? (see `gwr panel --help`)", id="targets"),
    pytest.param(names.level, "prov", "unknown level 'prov'; did you mean province? (see `gwr regions --help`)", id="prov"),
    pytest.param(
        names.region,
        "驻马",
        "unknown region '驻马'; did you mean 驻马店, 驻马店市, 驻马店地区? (see `gwr regions`)",
        id="region-typo",
    ),
    pytest.param(
        names.region,
        "朝阳区",
        "region '朝阳区' is ambiguous: 110105 北京市朝阳区, 220104 吉林省长春市朝阳区; give a code or the full name",
        id="region-ambiguous",
    ),
    pytest.param(names.region, "999999", "unknown region code '999999' (see `gwr regions --all`)", id="region-code"),
]


@pytest.mark.parametrize("resolve,typed,message", MISTAKES)
def test_mistakes_name_the_closest(resolve: object, typed: str, message: str) -> None:
    with pytest.raises(names.BadName) as caught:
        resolve(typed)  # type: ignore[operator]
    assert str(caught.value) == message


def test_measure_must_belong_to_the_indicator() -> None:
    with pytest.raises(names.BadName, match="indicator gdp has no measure 'share'; it has level, growth"):
        names.measure("share", "gdp")


YEARS = [
    (["2018"], [2018]),
    (["2015-2017"], [2015, 2016, 2017]),
    (["2015-2016", "2020"], [2015, 2016, 2020]),
]


@pytest.mark.parametrize("typed,expected", YEARS, ids=[",".join(y[0]) for y in YEARS])
def test_years(typed: list[str], expected: list[int]) -> None:
    assert names.years(typed) == expected


@pytest.mark.parametrize("typed", ["2025-20", "20x", "18", "2020-2018", "2018-"], ids=lambda t: t)
def test_bad_years(typed: str) -> None:
    with pytest.raises(names.BadName, match="--year"):
        names.years([typed])


def test_select_resolves_a_choice_of_figures_as_the_cli_and_the_app_read_it() -> None:
    chosen = names.select("地区生产总值", "增速", "目标", "省", ["河北", " "], ["2018-2019", ""])
    assert (chosen.indicator, chosen.measure, chosen.status, chosen.level) == (
        "gdp",
        "growth",
        "target",
        "province",
    )
    assert (chosen.codes, chosen.years) == (["130000"], [2018, 2019])
    assert names.select(" ", "", None, None, [], []) == names.Selection()


@pytest.mark.parametrize(
    "given",
    [
        {"indicator": "gpd"},
        {"indicator": "gdp", "measure": "speed"},
        {"regions": ["nowhere"]},
        {"years": ["20x8"]},
    ],
    ids=["indicator", "measure", "region", "year"],
)
def test_select_fails_on_the_first_bad_name(given: dict[str, object]) -> None:
    with pytest.raises(names.BadName):
        names.select(**given)  # type: ignore[arg-type]
