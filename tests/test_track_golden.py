"""gwr.track against tests/golden/scorecard.yaml: pairs of the 驻马店市 and national series
checked by reading both reports (missing outcomes, 预计 outcomes, new-term reviews)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import CORPUS

GOLDEN = Path(__file__).parent / "golden" / "scorecard.yaml"
PAIRS: list[dict[str, Any]] = yaml.safe_load(GOLDEN.read_text(encoding="utf-8"))["pairs"]


def _id(p: dict[str, Any]) -> str:
    return f"{p['region']}-{p['year']}-{p.get('indicator') or p.get('label')}-{p['target']}"


@pytest.fixture(scope="module")
def reports() -> list[Any]:
    if not (CORPUS / "MANIFEST.tsv").exists():
        pytest.skip(f"DEV corpus not found at {CORPUS}")
    import gwr
    from gwr.track.reports import from_document

    paths = sorted((CORPUS / "raw" / "zhumadian").glob("zhumadian_*.txt"))
    paths += [CORPUS / "raw" / "national" / f"national_{y}.txt" for y in range(1990, 2026)]
    docs = gwr.extract([p for p in paths if p.exists()])
    return [from_document(d) for d in docs.documents()]


@pytest.fixture(scope="module")
def rows(reports: list[Any]) -> dict[tuple[str, int, int, str, str, str], Any]:
    from gwr.track.scorecard import scorecards

    found: dict[tuple[str, int, int, str, str, str], Any] = {}
    for r in scorecards(reports):
        key = (r.region_code or "", r.year, r.horizon, r.indicator or r.label or "", r.measure, r.target_raw)
        found.setdefault(key, r)
    return found


def _params() -> list[Any]:
    out = []
    for p in PAIRS:
        marks = [pytest.mark.xfail(strict=True, reason=p["why"])] if p.get("known_error") else []
        out.append(pytest.param(p, id=_id(p), marks=marks))
    return out


@pytest.mark.parametrize("pair", _params())
def test_golden_pair(rows: dict[tuple[str, int, int, str, str, str], Any], pair: dict[str, Any]) -> None:
    key = (
        pair["region"],
        pair["year"],
        pair.get("horizon", pair["year"]),
        pair.get("indicator") or pair.get("label"),
        pair["measure"],
        pair["target"],
    )
    row = rows.get(key)
    assert row is not None, f"no scorecard row for the target {pair['target']}"
    assert (row.verdict, row.actual_raw) == (pair["verdict"], pair["actual"])


def test_golden_has_enough_pairs_of_each_kind() -> None:
    verdicts = [p["verdict"] for p in PAIRS]
    assert len(PAIRS) >= 40 and verdicts.count("no_data") >= 4 and verdicts.count("missed") >= 10


def test_no_pair_across_indicators_measures_or_units(
    rows: dict[tuple[str, int, int, str, str, str], Any],
) -> None:
    """Every outcome used is the same indicator, measure and unit as its target (read back from
    the outcome's document at its offsets)."""
    import gwr
    from gwr.track.reports import from_document

    docs: dict[str, Any] = {}
    for row in rows.values():
        if row.actual_doc is None:
            continue
        if row.actual_doc not in docs:
            docs[row.actual_doc] = from_document(gwr.extract(row.actual_doc)[0])
        outcome = next(
            m for m in docs[row.actual_doc].mentions if (m.start, m.end) == (row.actual_start, row.actual_end)
        )
        assert (outcome.indicator, outcome.measure, outcome.unit) == (row.indicator, row.measure, row.unit), (
            row
        )


STAGES: list[dict[str, Any]] = yaml.safe_load((GOLDEN.parent / "projects.yaml").read_text(encoding="utf-8"))[
    "stages"
]


@pytest.fixture(scope="module")
def stages(reports: list[Any]) -> dict[tuple[str, int, str], Any]:
    from gwr.track.projects import projects

    zhumadian = [r for r in reports if r.region_code == "411700"]
    return {(s.project, s.year, s.status): s for s in projects(zhumadian)}


@pytest.mark.parametrize("want", STAGES, ids=[f"{s['project']}-{s['year']}-{s['status']}" for s in STAGES])
def test_golden_project_stage(stages: dict[tuple[str, int, str], Any], want: dict[str, Any]) -> None:
    got = stages.get((want["project"], want["year"], want["status"]))
    assert got is not None, "project not found in that report"
    assert (got.stage, got.delayed) == (want["stage"], want.get("delayed", False))
