"""gwr.taxonomy: the indicator taxonomy and the attention dictionary load, obey
their rules, map the usual phrases to the right ids, occur in real reports,
and bad user dictionaries fail with a message naming file, line and id."""

from __future__ import annotations

import csv
import functools
import typing
from collections import Counter
from pathlib import Path

import pytest
import yaml

from gwr import taxonomy
from gwr.lexicon import LexiconError, data_path
from gwr.types import Measure

ROOT = Path(__file__).resolve().parents[1]

REQUIRED_IDS = [  # named in the project brief
    "gdp", "gdp_per_capita", "general_budget_revenue", "tax_revenue", "general_budget_expenditure",
    "fixed_asset_investment", "retail_sales", "industrial_value_added", "foreign_trade", "exports",
    "imports", "fdi", "domestic_capital", "cpi", "urban_unemployment_rate",
    "new_urban_jobs", "income_per_capita", "income_urban",
    "income_rural", "energy_intensity", "carbon_intensity", "good_air_days",
    "pm25", "urbanisation_rate", "rd_intensity", "grain_output", "population", "tourism_revenue",
    "industrial_structure", "service_value_added", "agriculture_value_added", "digital_economy_share",
    "high_tech_value_added", "private_investment", "m2", "total_social_financing", "deficit_ratio",
    "special_bonds", "poverty_reduction", "rural_roads", "forest_coverage", "water_quality",
    "energy_consumption_total", "cod_emissions", "so2_emissions", "nox_emissions",
    "ammonia_nitrogen_emissions", "tourist_arrivals", "port_throughput", "container_throughput",
    "air_passenger_throughput", "deposits", "loans", "listed_companies", "patents_per_10k",
    "high_tech_enterprises", "market_entities", "electricity_consumption", "life_expectancy",
    "green_coverage", "sewage_treatment_rate", "basic_pension_coverage",
]  # fmt: skip


def _raw(name: str) -> typing.Any:
    with data_path(name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


# ------------------------------------------------------------- the two files


def test_indicator_count() -> None:
    assert len(taxonomy.indicators()) >= 60


def test_topic_count() -> None:
    assert len(taxonomy.topics()) >= 24


def test_indicator_ids_unique() -> None:
    ids = Counter(entry["id"] for entry in _raw("indicators.yaml")["indicators"])
    assert [i for i, n in ids.items() if n > 1] == []


def test_topic_ids_unique() -> None:
    ids = Counter(entry["id"] for entry in _raw("attention.yaml")["topics"])
    assert [i for i, n in ids.items() if n > 1] == []


@pytest.mark.parametrize("ind_id", REQUIRED_IDS)
def test_required_indicator_exists(ind_id: str) -> None:
    assert taxonomy.indicator(ind_id).id == ind_id


def test_unknown_indicator_is_key_error() -> None:
    with pytest.raises(KeyError, match="no_such_thing"):
        taxonomy.indicator("no_such_thing")


def test_no_alias_claimed_twice() -> None:
    """Checked on the raw file, so the test explains itself even if the loader
    were changed to let a duplicate through."""
    owners: dict[str, set[str]] = {}
    for entry in _raw("indicators.yaml")["indicators"]:
        for phrase in {entry["name"], *entry["aliases"]}:
            owners.setdefault(phrase, set()).add(entry["id"])
    assert {p: sorted(o) for p, o in owners.items() if len(o) > 1} == {}


def test_alias_index_covers_every_alias_and_name() -> None:
    index = taxonomy.alias_index()
    for ind in taxonomy.indicators():
        assert index[ind.name] == ind.id
        assert all(index[a] == ind.id for a in ind.aliases)
    assert len(index) == sum(len(ind.aliases) for ind in taxonomy.indicators())


def test_alias_index_is_a_fresh_copy() -> None:
    taxonomy.alias_index()["国内生产总值"] = "changed"
    assert taxonomy.alias_index()["国内生产总值"] == "gdp"


def test_aliases_sorted_longest_first() -> None:
    for ind in taxonomy.indicators():
        lengths = [len(a) for a in ind.aliases]
        assert lengths == sorted(lengths, reverse=True), ind.id


def test_every_measure_valid() -> None:
    allowed = set(typing.get_args(Measure))
    bad = {i.id: m for i in taxonomy.indicators() for m in i.measures if m not in allowed}
    assert bad == {}


def test_percent_valued_indicators_pick_rate_or_share() -> None:
    """The extractor files a bare percent under rate or share: an indicator may offer one, not both."""
    both = [i.id for i in taxonomy.indicators() if {"rate", "share"} <= set(i.measures)]
    assert both == []


def test_every_phrase_at_least_two_characters() -> None:
    short = [a for i in taxonomy.indicators() for a in i.aliases if len(a) < 2]
    short += [t for tp in taxonomy.topics() for t in tp.terms if len(t) < 2]
    assert short == []


def test_shadows_contain_an_alias_and_are_not_aliases() -> None:
    index = taxonomy.alias_index()
    assert taxonomy.shadows()
    for phrase in taxonomy.shadows():
        assert phrase not in index
        assert any(alias in phrase for alias in index), phrase


# ------------------------------------------------------ phrase → indicator id

ALIASES = [
    # from the brief
    ("国内生产总值", "gdp"),
    ("规模以上工业增加值", "industrial_value_added"),
    ("城镇调查失业率", "urban_unemployment_rate"),
    ("单位地区生产总值能耗", "energy_intensity"),
    ("实际使用外资", "fdi"),
    ("居民消费价格涨幅", "cpi"),
    ("城镇登记失业率", "urban_unemployment_rate"),
    ("新增城镇就业", "new_urban_jobs"),
    ("社会消费品零售总额", "retail_sales"),
    ("常住人口城镇化率", "urbanisation_rate"),
    ("研发投入强度", "rd_intensity"),
    ("PM2.5平均浓度", "pm25"),
    ("优良天数比例", "good_air_days"),
    ("三次产业结构", "industrial_structure"),
    ("赤字率", "deficit_ratio"),
    ("地方政府专项债券", "special_bonds"),
    # seen in the DEV corpus
    ("地区生产总值", "gdp"),
    ("全县生产总值", "gdp"),
    ("经济增长", "gdp"),
    ("人均生产总值", "gdp_per_capita"),
    ("规上工业增加值", "industrial_value_added"),
    ("限上工业增加值", "industrial_value_added"),
    ("地方财政一般预算收入", "general_budget_revenue"),
    ("公共财政预算收入", "general_budget_revenue"),
    ("地方一般公共预算收入", "general_budget_revenue"),
    ("全部财政收入", "fiscal_revenue_total"),
    ("财政收入", "fiscal_revenue_total"),
    ("外贸进出口", "foreign_trade"),
    ("进出口总值", "foreign_trade"),
    ("外贸出口", "exports"),
    ("实际利用外资", "fdi"),
    ("实际到位省外资金", "domestic_capital"),
    ("实际利用市外资金", "domestic_capital"),
    ("居民消费价格指数", "cpi"),
    ("居民消费价格总水平", "cpi"),
    ("零售物价", "retail_price_index"),
    ("城乡常住居民人均可支配收入", "income_per_capita"),
    ("居民收入", "income_per_capita"),
    ("城镇常住居民人均可支配收入", "income_urban"),
    ("城镇居民可支配收人", "income_urban"),  # OCR 人 for 入, 驻马店 2005
    ("农民人均纯收入", "income_rural"),
    ("农村居民人均可支配收入", "income_rural"),
    ("万元生产总值能耗", "energy_intensity"),
    ("单位GDP能耗", "energy_intensity"),
    ("能耗强度", "energy_intensity"),
    ("单位地区生产总值二氧化碳排放", "carbon_intensity"),
    ("细颗粒物（PM2.5）浓度", "pm25"),
    ("空气质量优良天数", "good_air_days"),
    ("空气质量优良天数比率", "good_air_days"),
    ("地表水国考断面水质优良比例", "water_quality"),
    ("化学需氧量", "cod_emissions"),
    ("氨氮", "ammonia_nitrogen_emissions"),
    ("户籍人口城镇化率", "urbanisation_rate_registered"),
    ("粮食总产", "grain_output"),
    ("农村贫困人口减少", "poverty_reduction"),
    ("农村贫困人口", "rural_poor_population"),
    ("新建改建农村公路", "rural_roads"),
    ("经营主体", "market_entities"),
    ("广义货币M2", "m2"),
    ("每万人高价值发明专利拥有量", "high_value_patents_per_10k"),
    ("高技术制造业增加值", "high_tech_manufacturing_value_added"),
    ("旅游综合收入", "tourism_revenue"),
    ("接待游客", "tourist_arrivals"),
    ("新农合参合率", "basic_medical_insurance_coverage"),
]


@pytest.mark.parametrize(("alias", "ind_id"), ALIASES, ids=[a for a, _ in ALIASES])
def test_alias_maps_to(alias: str, ind_id: str) -> None:
    assert taxonomy.alias_index()[alias] == ind_id


@functools.cache
def _phrases() -> dict[str, str]:
    """alias → id plus shadow → "" (a shadow matches and names nothing)."""
    return {**taxonomy.alias_index(), **dict.fromkeys(taxonomy.shadows(), "")}


def _first_match(text: str) -> str | None:
    """The id of the leftmost-longest phrase in text ("" for a shadow), as the
    matcher in gwr/indicators/subject.py sees it."""
    phrases = _phrases()
    longest = max(len(p) for p in phrases)
    for start in range(len(text)):
        for end in range(min(len(text), start + longest), start, -1):
            if text[start:end] in phrases:
                return phrases[text[start:end]]
    return None


LONGEST_MATCH = [
    # a short alias inside a longer name of another indicator
    ("单位国内生产总值能耗下降3.5%", "energy_intensity"),
    ("人均地区生产总值达到10万元", "gdp_per_capita"),
    ("国民生产总值增长7%", "gdp"),  # GNP counts as gdp (see indicators.yaml)
    ("工农业生产总值比上年增长", "agri_industrial_output"),
    ("海洋生产总值增长8%", "marine_gdp"),
    ("进出口总额增长5%", "foreign_trade"),
    ("跨境电商进出口增长20%", "cross_border_ecommerce"),
    ("高技术制造业增加值增长9%", "high_tech_manufacturing_value_added"),
    ("装备制造业增加值增长10%", "equipment_manufacturing_value_added"),
    ("户籍人口城镇化率提高1个百分点", "urbanisation_rate_registered"),
    ("全社会研发经费支出占生产总值比重提高到1.56%", "rd_intensity"),
    ("城镇居民人均可支配收入增长7%", "income_urban"),
    ("储蓄存款余额增加8000多亿元", "household_savings"),
    ("近岸海域水质优良比例达96.9%", "coastal_water_quality"),
    ("非化石能源占能源消费总量比重", "non_fossil_energy_share"),
    ("可再生能源发电装机", "renewable_capacity"),
    ("数字经济核心产业增加值占地区生产总值比重", "digital_economy_share"),
    # shadows: a longer phrase that names nothing
    ("培育新型农业经营主体", ""),
    ("培育新的经济增长点", ""),
    ("消费对经济增长的贡献率达到65%", ""),
    ("涉农贷款余额从6.12万亿元", ""),
    ("完善出口退税机制", ""),
]


@pytest.mark.parametrize(("phrase", "ind_id"), LONGEST_MATCH, ids=[p for p, _ in LONGEST_MATCH])
def test_longest_match_wins(phrase: str, ind_id: str) -> None:
    assert _first_match(phrase) == ind_id


# ------------------------------------------------------- validation on load


def _indicator_entry(**overrides: typing.Any) -> dict[str, typing.Any]:
    entry: dict[str, typing.Any] = {
        "id": "toy",
        "name": "玩具产量",
        "aliases": ["玩具产量", "玩具总产量"],
        "measures": ["level", "growth"],
        "unit": "ton",
        "better": "higher",
        "group": "industry",
    }
    entry.update(overrides)
    return entry


BAD_INDICATORS = [
    (
        "duplicate_id",
        [_indicator_entry(), _indicator_entry(name="玩具", aliases=["玩具"])],
        "toy",
        "duplicate id",
    ),
    (
        "alias_claimed_twice",
        [_indicator_entry(), _indicator_entry(id="toy2", name="玩具2")],
        "toy2",
        "claimed",
    ),
    ("unknown_measure", [_indicator_entry(measures=["level", "speed"])], "toy", "unknown measure 'speed'"),
    ("empty_aliases", [_indicator_entry(aliases=[])], "toy", "non-empty list"),
    ("not_snake_case", [_indicator_entry(id="ToyOutput")], "ToyOutput", "snake_case"),
    ("bad_better", [_indicator_entry(better="more")], "toy", "better"),
    ("one_char_alias", [_indicator_entry(aliases=["玩"])], "toy", "shorter than 2"),
    ("unknown_field", [_indicator_entry(alias=["玩具"])], "toy", "unknown field"),
    ("missing_unit", [_indicator_entry(unit="")], "toy", "'unit'"),
]


@pytest.mark.parametrize(
    ("entries", "bad_id", "message"),
    [case[1:] for case in BAD_INDICATORS],
    ids=[case[0] for case in BAD_INDICATORS],
)
def test_bad_indicator_file_names_file_line_and_id(
    tmp_path: Path, entries: list[dict[str, typing.Any]], bad_id: str, message: str
) -> None:
    path = tmp_path / "indicators.yaml"
    path.write_text(yaml.safe_dump({"indicators": entries}, allow_unicode=True), encoding="utf-8")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    with pytest.raises(LexiconError) as err:
        taxonomy._build_indicators(data, taxonomy._Source(path))
    text = str(err.value)
    assert text.startswith(f"{path}:")
    assert f": {bad_id}: " in text
    assert message in text
    assert not text.startswith(f"{path}:0:")  # the entry's line was found


# ---------------------------------------------------- user topic dictionaries


def test_user_yaml_topics(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "topics:\n  - id: low_altitude\n    name: 低空经济\n    terms: [无人机, 低空经济]\n", "utf-8"
    )
    assert taxonomy.topics(str(path)) == (taxonomy.Topic("low_altitude", "低空经济", ("低空经济", "无人机")),)


@pytest.mark.parametrize("suffix", [".csv", ".tsv"])
def test_user_table_topics(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"mine{suffix}"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:  # with a BOM, as Excel writes it
        writer = csv.writer(fh, delimiter="\t" if suffix == ".tsv" else ",")
        writer.writerows(
            [["topic", "name", "term"],
             ["low_altitude", "低空经济", "低空经济"],
             ["low_altitude", "", "无人机"],
             ["ai", "", "人工智能"]]
        )  # fmt: skip
    assert taxonomy.topics(str(path)) == (
        taxonomy.Topic("low_altitude", "低空经济", ("低空经济", "无人机")),
        taxonomy.Topic("ai", "ai", ("人工智能",)),
    )


def test_user_table_without_name_column(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text("topic,term\nai,人工智能\nai,大模型\n", encoding="utf-8")
    assert taxonomy.topics(str(path)) == (taxonomy.Topic("ai", "ai", ("人工智能", "大模型")),)


BAD_TOPIC_FILES = [
    ("yaml_syntax", "mine.yaml", "topics:\n  - id: ai\n    terms: [人工智能\n", ":4:", ""),
    ("duplicate_id", "mine.yaml",
     "topics:\n  - id: ai\n    terms: [人工智能]\n  - id: ai\n    terms: [算力]\n",
     ":4: ai: ", "duplicate id"),
    ("one_char_term", "mine.yaml", "topics:\n  - id: party\n    terms: [党]\n", ":2: party: ", "'党'"),
    ("not_snake_case", "mine.yaml", "topics:\n  - id: AI\n    terms: [人工智能]\n", ":2: AI: ", "snake_case"),
    ("no_terms", "mine.yaml", "topics:\n  - id: ai\n    name: 人工智能\n", ":2: ai: ", "'terms'"),
    ("misspelt_field", "mine.yaml",
     "topics:\n  - id: ai\n    term: [人工智能]\n", ":2: ai: ", "unknown field"),
    ("not_a_list", "mine.yaml", "ai: [人工智能]\n", ":1:", "'topics:'"),
    ("csv_no_term_column", "mine.csv", "topic,word\nai,人工智能\n", ":1:", "topic and term"),
    ("csv_bad_id", "mine.csv", "topic,term\nai,人工智能\nArt Intel,算力\n", ":3: Art Intel: ", "snake_case"),
    ("csv_repeated_term", "mine.csv", "topic,term\nai,人工智能\nai,人工智能\n", ":3: ai: ", "listed twice"),
    ("unknown_format", "mine.txt", "ai 人工智能\n", ":0:", ".csv or .tsv"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("filename", "content", "where", "message"),
    [case[1:] for case in BAD_TOPIC_FILES],
    ids=[case[0] for case in BAD_TOPIC_FILES],
)
def test_bad_user_topic_file_gives_clear_error(
    tmp_path: Path, filename: str, content: str, where: str, message: str
) -> None:
    path = tmp_path / filename
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        taxonomy.topics(str(path))
    assert str(err.value).startswith(f"{path}{where}")
    assert message in str(err.value)


def test_missing_user_topic_file(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="no such topic dictionary"):
        taxonomy.topics(str(tmp_path / "nope.yaml"))


# ---------------------------------------------------------------- the docs


def test_docs_table_is_current() -> None:
    doc = ROOT / "docs" / "taxonomy.md"
    assert doc.read_text(encoding="utf-8") == taxonomy.markdown(), (
        "docs/taxonomy.md is stale: regenerate it with "
        ".venv/bin/python -c \"import gwr.taxonomy as t; print(t.markdown(), end='')\" > docs/taxonomy.md"
    )


# -------------------------------------------------------- corpus coverage


@pytest.fixture(scope="module")
def corpus_text(corpus: Path) -> str:
    """All .txt reports of the DEV corpus, decoded as MANIFEST.tsv says, joined."""
    texts = []
    with (corpus / "MANIFEST.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if not row["file"].endswith(".txt"):
                continue
            encoding = "gb18030" if row["encoding"].startswith("gb") else "utf-8-sig"
            texts.append((corpus / row["file"]).read_bytes().decode(encoding, errors="replace"))
    return "\n".join(texts)


def _absent(text: str, ids: list[str]) -> list[str]:
    return [i for i in ids if not any(a in text for a in taxonomy.indicator(i).aliases)]


@pytest.mark.corpus
def test_required_indicators_occur_in_corpus(corpus_text: str) -> None:
    absent = _absent(corpus_text, REQUIRED_IDS)
    assert absent == [], f"no alias of these required indicators occurs in the DEV corpus: {absent}"


@pytest.mark.corpus
def test_most_indicators_occur_in_corpus(corpus_text: str) -> None:
    ids = [i.id for i in taxonomy.indicators()]
    absent = _absent(corpus_text, ids)
    assert len(absent) <= 0.1 * len(ids), f"{len(absent)}/{len(ids)} indicators never occur: {absent}"


@pytest.mark.corpus
def test_every_topic_occurs_in_corpus(corpus_text: str) -> None:
    silent = [t.id for t in taxonomy.topics() if not any(term in corpus_text for term in t.terms)]
    assert silent == []
