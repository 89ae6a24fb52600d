"""Every table command writes every format; codes and exact text come back as strings and
Chinese intact; names are checked before the database is opened."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from gwr.cli import app
from gwr.store.corpus import Corpus
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("out") / "examples.db"
    with Corpus(path, create=True) as c:
        c.ingest([EXAMPLES])
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


COMMANDS = {
    "panel": ["panel", "--indicator", "gdp", "--status", "target"],
    "search": ["search", "经济"],
    "attention": ["attention", "--topic", "innovation"],
    "status": ["status"],
    "indicators": ["indicators"],
    "regions": ["regions"],
}


def _read(path: Path, fmt: str) -> pd.DataFrame:
    """The table as written: CSV cells as text (a float would read 210200.0), JSON values
    as decoded, XLSX cells as stored (openpyxl: a text cell stays str), Parquet and Stata typed."""
    if fmt == "csv":
        return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig").replace("", None)
    if fmt == "json":
        lines = path.read_text(encoding="utf-8").splitlines()
        return pd.DataFrame([json.loads(line) for line in lines], dtype=object)
    if fmt == "parquet":
        return pd.read_parquet(path)
    if fmt == "xlsx":
        import openpyxl

        rows = list(openpyxl.load_workbook(path, read_only=True).active.iter_rows(values_only=True))
        return pd.DataFrame(rows[1:], columns=rows[0], dtype=object)
    return pd.read_stata(path)


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet", "xlsx", "dta"])
@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_table_command_writes_every_format(db: Path, tmp_path: Path, name: str, fmt: str) -> None:
    out = tmp_path / f"{name}.{fmt}"
    code, _, err = run(*COMMANDS[name], "--format", fmt, "--out", str(out), "--db", str(db))
    assert code == 0, err
    assert out.exists() and out.stat().st_size > 0
    frame = _read(out, fmt)
    assert len(frame) > 0
    if "region_code" in frame.columns:
        codes = frame["region_code"].dropna()
        assert all(isinstance(c, str) and len(c) == 6 for c in codes), codes.head().tolist()
    if "region_name" in frame.columns:
        assert frame["region_name"].dropna().astype(str).str.contains("大连|辽阳|中山").any()


def test_panel_keeps_exact_decimals_as_text(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "p.xlsx"
    code, _, err = run("panel", "--indicator", "gdp", "--out", str(out), "--db", str(db))
    assert code == 0, err
    frame = _read(out, "xlsx")
    if "value_text" in frame.columns:
        assert all(isinstance(v, str) for v in frame["value_text"].dropna())


@pytest.mark.parametrize("name", ["panel", "search", "attention", "status", "indicators", "regions"])
def test_json_to_stdout_is_one_object_per_line(db: Path, name: str) -> None:
    code, out, err = run(*COMMANDS[name], "--format", "json", "--db", str(db))
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and all(isinstance(r, dict) for r in rows)
    for r in rows:
        if r.get("region_code") is not None:
            assert isinstance(r["region_code"], str)


def test_attention_on_a_terminal_does_not_crash(db: Path) -> None:
    code, out, err = run("attention", "--db", str(db))
    assert code == 0, err
    assert "innovation" in out


def test_attention_filters(db: Path) -> None:
    code, out, err = run("attention", "--region", "大连", "--year", "2018", "--topic", "innovation",
                         "-f", "csv", "--db", str(db))
    assert code == 0, err
    frame = pd.read_csv(__import__("io").StringIO(out), dtype={"region_code": str})
    assert set(frame["region_code"]) == {"210200"} and set(frame["year"]) == {2018}
    assert set(frame["topic"]) == {"innovation"}
    assert "region 大连 = 大连市 (210200)" in err


FORMAT_ERRORS = [
    pytest.param(["--format", "parquet"], "gwr: --format parquet needs --out FILE", id="binary-to-terminal"),
    pytest.param(["--format", "jsn"], "gwr: unknown format 'jsn'; did you mean json?", id="typo"),
    pytest.param(["--out", "x.txt"], "gwr: --out x.txt: say which format with --format", id="unknown-suffix"),
]


@pytest.mark.parametrize("args,message", FORMAT_ERRORS)
def test_format_errors_are_usage_errors(db: Path, args: list[str], message: str) -> None:
    code, _, err = run("status", *args, "--db", str(db))
    assert code == 2
    assert err.startswith(message), err


def test_names_in_the_cli(db: Path) -> None:
    code, _, err = run("panel", "--indicator", "gpd", "--db", str(db))
    assert (code, err) == (2, "gwr: unknown indicator 'gpd'; did you mean gdp? (see `gwr indicators`)\n")
    code, out, err = run("panel", "--indicator", "地区生产总值", "--region", "大连", "-f", "csv", "--db", str(db))
    assert code == 0, err
    assert "indicator 地区生产总值 = gdp" in err and "region 大连 = 大连市 (210200)" in err
    assert "210200,大连市" in out


def test_regions_under_a_province(db: Path) -> None:
    code, out, err = run("regions", "--under", "辽宁", "-f", "csv", "--db", str(db))
    assert code == 0, err
    frame = pd.read_csv(__import__("io").StringIO(out), dtype={"region_code": str})
    assert set(frame["region_name"]) == {"大连市", "辽阳市", "中山区"}


def test_extract_results_have_a_frame() -> None:
    import gwr

    results = gwr.extract(EXAMPLES)
    frame = results.to_frame()
    assert len(frame) == sum(len(d.mentions) for d in results.documents())
    assert str(frame["region_code"].dtype) == "string" and str(frame["value_text"].dtype) == "string"
    assert set(frame["region_code"].dropna()) >= {"210200"}
    docs = results.documents_frame()
    assert len(docs) == 5 and docs["sha256"].str.len().eq(64).all()


@pytest.mark.parametrize("command", [["panel", "--indicator", "gdp"], ["search", "经济"]], ids=["panel", "search"])
def test_a_valid_region_without_documents_is_said(db: Path, command: list[str]) -> None:
    code, _, err = run(*command, "--region", "北京", "--db", str(db))
    assert code == 0, err
    assert f"{db} holds no document of 北京市 (110000); see `gwr regions`" in err
