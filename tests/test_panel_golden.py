"""Golden panels of the DEV corpus: GDP growth targets and actuals of the State Council
(1990-2025) and 驻马店市 (2002-2026), one figure per year, each row read against its report
(tests/golden/panels/gdp_growth.yaml gives the printed figure and the file). Every row is an
annual figure: no 年均, 累计, 翻番 or five-year figure fills a cell. A year with no row is a year
where the reports state none the extractor finds (or no report exists: national 2020 and 2026);
a wrong figure in such a cell fails the test. Rewrite with `pytest --update-golden` and review
the diff by reading the reports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import yaml

from gwr.store.corpus import Corpus
from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "golden" / "panels" / "gdp_growth.yaml"
SERIES = {  # name: (region code, first year, last year, corpus folders)
    "national": ("100000", 1990, 2025, ("national",)),
    "zhumadian": ("411700", 2002, 2026, ("zhumadian",)),
}


@pytest.fixture(scope="module")
def db(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("golden") / "panels.db"
    folders = sorted({corpus / "raw" / f for _, _, _, fs in SERIES.values() for f in fs})
    with Corpus(path, create=True) as c:
        c.ingest(folders, jobs=2)
    return path


def _series(db: Path, name: str, status: str) -> list[dict[str, Any]]:
    code, first, last, _ = SERIES[name]
    with Corpus(db) as c:
        frame = c.panel("gdp", "growth", status, regions=[code], years=list(range(first, last + 1)))
    rows = []
    for r in frame.itertuples():
        row: dict[str, Any] = {"year": int(r.year), "comparator": r.comparator}
        if not pd.isna(r.value):
            row["value"] = float(r.value)
        if not pd.isna(r.low) and not pd.isna(r.high):
            row["low"], row["high"] = float(r.low), float(r.high)
        row["raw"] = r.raw
        row["file"] = Path(r.path).name + ("" if pd.isna(r.row) else f"#row{int(r.row)}")
        rows.append(row)
    return rows


CASES = [(n, s) for n in SERIES for s in ("target", "actual")]


@pytest.mark.corpus
@pytest.mark.parametrize("name,status", CASES, ids=[f"{n}-{s}" for n, s in CASES])
def test_golden_panel(db: Path, update_golden: bool, name: str, status: str) -> None:
    got = _series(db, name, status)
    golden = yaml.safe_load(GOLDEN.read_text(encoding="utf-8")) if GOLDEN.exists() else {}
    key = f"{name}_{status}"
    if update_golden:
        golden[key] = got
        GOLDEN.write_text(yaml.safe_dump(golden, allow_unicode=True, sort_keys=True), encoding="utf-8")
    assert got == golden[key]
    for row in got:  # the figure as printed is annual: no multi-year wording in it
        assert "翻" not in row["raw"] and "年均" not in row["raw"]
