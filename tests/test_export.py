"""gwr.export: four formats read back with pandas, Chinese text intact, limits handled, atomic writes."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from gwr.cli import app as gwr_app
from gwr.export import DTA_STR_MAX, FORMATS, LABELS, XLSX_MAX, export_corpus, stata_name, write
from gwr.store.corpus import Corpus
from gwr.taxonomy import Topic
from gwr.types import GwrError
from tests.pg_server import ENGINES, target
from tests.test_store import FILLER, make_doc, mention

ROOT = Path(__file__).resolve().parents[1]
LONG = "营商环境" * 3000  # 12,000 characters: strL in Stata, fine in Excel
HUGE = "发展" * 20000  # 40,000 characters: over Excel's cell limit


def frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "region_name": ["大连市", "中山区", None],
            "year": pd.array([2018, None, 2020], dtype="Int64"),
            "value": [7.5, None, 6.0],
            "sentence": ["地区生产总值增长7.5%左右。", LONG, "控制字符\x07已去除"],
            "end": [10, 20, 30],
        }
    )


def read(path: Path, fmt: str) -> pd.DataFrame:
    if fmt == "csv":
        return pd.read_csv(path, encoding="utf-8-sig")
    if fmt == "parquet":
        return pd.read_parquet(path)
    if fmt == "xlsx":
        return pd.read_excel(path)
    return pd.read_stata(path)


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_keeps_chinese_text(tmp_path: Path, fmt: str) -> None:
    path = write(frame(), tmp_path / f"t.{fmt}")
    back = read(path, fmt)
    assert back["region_name"].tolist()[:2] == ["大连市", "中山区"]
    assert back["sentence"].iloc[0] == "地区生产总值增长7.5%左右。"
    assert back["sentence"].iloc[1] == LONG
    assert back["value"].iloc[0] == 7.5 and pd.isna(back["value"].iloc[1])
    assert int(back["year"].iloc[0]) == 2018 and pd.isna(back["year"].iloc[1])
    assert [p.name for p in tmp_path.iterdir()] == [f"t.{fmt}"]  # no temporary file left


def test_csv_has_a_byte_order_mark(tmp_path: Path) -> None:
    assert write(frame(), tmp_path / "t.csv").read_bytes().startswith(b"\xef\xbb\xbfregion_name,")


def test_dta_is_version_118_with_labels_and_valid_names(tmp_path: Path) -> None:
    path = write(frame(), tmp_path / "t.dta")
    assert path.read_bytes()[:67].decode("ascii", "replace").find("<release>118</release>") >= 0
    with pd.io.stata.StataReader(path) as reader:
        labels = reader.variable_labels()
    assert labels["region_name"] == LABELS["region_name"]
    assert labels["end_"] == LABELS["end"]  # 'end' is reserved in Stata
    assert len(LONG.encode()) > DTA_STR_MAX


def test_xlsx_cuts_cells_over_the_limit_with_a_note(tmp_path: Path) -> None:
    data = pd.DataFrame({"text": [HUGE, "控制\x01字符"]})
    back = pd.read_excel(write(data, tmp_path / "t.xlsx"))
    cell = back["text"].iloc[0]
    assert len(cell) == XLSX_MAX and cell.startswith("发展发展")
    assert cell.endswith("[truncated by gwr: 40000 characters in all]")
    assert back["text"].iloc[1] == "控制字符"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("region_code", "region_code"),
        ("2018", "y2018"),
        ("end", "end_"),
        ("per 10k chars", "per_10k_chars"),
        ("a" * 40, "a" * 32),
        ("价值", "__"),
    ],
    ids=["plain", "year", "reserved", "spaces", "long", "non-ascii"],
)
def test_stata_names(name: str, expected: str) -> None:
    assert stata_name(name, set()) == expected


def test_stata_names_stay_unique() -> None:
    taken: set[str] = set()
    assert [stata_name("a" * 40, taken), stata_name("a" * 40, taken)] == ["a" * 32, "a" * 30 + "_1"]


def test_wide_panel_year_columns_export(tmp_path: Path) -> None:
    wide = pd.DataFrame({"region_code": ["210200"], 2016: [8.0], 2018: [7.5]})
    back = pd.read_stata(write(wide, tmp_path / "w.dta"))
    assert list(back.columns) == ["region_code", "y2016", "y2018"]
    assert list(pd.read_parquet(write(wide, tmp_path / "w.parquet")).columns) == [
        "region_code",
        "2016",
        "2018",
    ]


def test_errors_are_clear_and_leave_nothing(tmp_path: Path) -> None:
    with pytest.raises(GwrError, match="unknown export format 'sav'"):
        write(frame(), tmp_path / "t.sav")
    with pytest.raises(GwrError, match="does not exist"):
        write(frame(), tmp_path / "missing" / "t.csv")
    assert list(tmp_path.iterdir()) == []


@pytest.fixture(params=ENGINES)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Corpus:
    """A small corpus on each engine: exports read both the same way."""
    c = Corpus(target(request.param, tmp_path), create=True)
    text = "一、工作回顾\n地区生产总值增长7%左右。科技创新。" + FILLER
    c.add([make_doc(text, mentions=(mention(start=15),)), make_doc(text, path="/mirror/copy.txt")])
    yield c
    c.close()


TOPICS = (Topic("innovation", "创新", ("科技创新", "创新")),)


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_corpus_writes_six_tables(db: Corpus, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out"
    paths = export_corpus(db, out, fmt, topics=TOPICS)
    tables = [f"{t}.{fmt}" for t in ("documents", "mentions", "panel", "attention", "scorecard", "projects")]
    assert [p.name for p in paths] == [*tables, "manifest.json"]  # the manifest last
    documents, mentions, panel, attention = (read(p, fmt) for p in paths[:4])
    assert len(documents) == 2 and "text" not in documents.columns  # all documents, metadata only
    assert documents["region_name"].tolist() == ["大连市", "大连市"]
    assert mentions["sentence"].tolist() == ["地区生产总值增长7%左右。"]  # canonical documents only
    assert panel[["indicator", "measure", "status"]].values.tolist() == [["gdp", "growth", "target"]]
    assert attention["topic_name"].tolist() == ["创新"] and attention["count"].tolist() == [1]


def test_every_exported_column_is_documented(db: Corpus) -> None:
    doc = (ROOT / "docs" / "corpus.md").read_text(encoding="utf-8")
    first_cells = re.findall(r"^\| ([^|]+) \|", doc, flags=re.M)  # "`low`, `high`" names two columns
    documented = {name for cell in first_cells for name in re.findall(r"`([a-z_0-9]+)`", cell)}
    columns = set()
    for frame_ in (db.documents(), db.mentions(), db.panel_long(), db.attention(TOPICS)):
        columns |= set(frame_.columns)
    assert columns <= documented, sorted(columns - documented)
    assert columns <= set(LABELS), sorted(columns - set(LABELS))


def test_tracking_tables_carry_stata_labels(db: Corpus) -> None:
    columns = set(db.scorecard().columns) | set(db.projects().columns)
    assert {"verdict", "margin", "target_quote", "actual_quote", "stage"} <= columns
    assert columns <= set(LABELS), sorted(columns - set(LABELS))


def test_cli_export_and_panel_formats(db: Corpus, tmp_path: Path) -> None:
    app = gwr_app
    run = CliRunner().invoke
    result = run(app, ["export", "--format", "dta", "--out", str(tmp_path / "x"), "--db", db.location])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "x").iterdir()) == [
        "attention.dta",
        "documents.dta",
        "manifest.json",
        "mentions.dta",
        "panel.dta",
        "projects.dta",
        "scorecard.dta",
    ]
    result = run(app, ["panel", "--indicator", "gdp", "--db", db.location, "--out", str(tmp_path / "p.xlsx")])
    assert result.exit_code == 0, result.output
    assert pd.read_excel(tmp_path / "p.xlsx")["value"].tolist() == [7]
    result = run(app, ["panel", "--indicator", "gdp", "--db", db.location, "--format", "parquet"])
    assert result.exit_code == 2 and "needs --out" in result.stderr  # a usage error
    result = run(app, ["export", "--format", "sav", "--out", str(tmp_path / "y"), "--db", db.location])
    assert (
        result.exit_code == 1
        and "unknown export format" in result.stderr
        and "Traceback" not in result.output
    )


def test_parquet_export_is_written_one_report_year_at_a_time(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    text = "一、工作回顾\n地区生产总值增长7%左右。" + FILLER
    docs = [
        make_doc(text + "甲", year=2017, path="/d/2017.txt", mentions=(mention(start=15, year=2017),)),
        make_doc(text + "乙", year=2018, path="/d/2018.txt", mentions=(mention(start=15),)),
        make_doc(text + "丙", year=None, path="/d/none.txt", code="210202", name="中山区"),
    ]
    with Corpus(tmp_path / "p.db", create=True) as c:
        c.add(docs)
        assert c.report_years() == [2017, 2018, None]
        paths = export_corpus(c, tmp_path / "out", "parquet", topics=TOPICS)
        expected = c.documents(include_duplicates=True)
    documents = pq.ParquetFile(paths[0])
    assert documents.metadata.num_row_groups == 3  # one per report year, the year-less last
    assert pq.ParquetFile(paths[1]).metadata.num_row_groups == 2  # the year-less document has no figure
    back = pd.read_parquet(paths[0])
    assert back["path"].tolist() == expected["path"].tolist() == ["/d/2017.txt", "/d/2018.txt", "/d/none.txt"]
    assert str(documents.schema_arrow.field("speaker").type) == "string"  # null in every partition
