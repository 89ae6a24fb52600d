"""Golden files for the five example reports.

* tests/golden/meta/<stem>.json: metadata, outline and figure counts of each
  example, compared as parsed JSON; `pytest --update-golden` rewrites them and
  the diff is reviewed like code.
* tests/golden/targets/<stem>.yaml: hand-checked figures of the main-target
  and review passages; recall and precision are held above floors that can
  only be raised (an evaluation gate).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import gwr
from gwr.types import Document
from tests.conftest import EXAMPLES
from tests.golden_eval import golden_files, load, score

META = Path(__file__).parent / "golden" / "meta"
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.txt"))

# floors per example: (recall, precision); raise them when the extractor improves
FLOORS = {
    "000_d5ee9f7b5e9ff031": (1.0, 1.0),
    "001_73368d6ee1ea3c0d": (1.0, 1.0),
    "002_93b6e1f04503de54": (1.0, 1.0),
    "003_4af55ab381632780": (0.95, 1.0),
    "004_a2a8ef631bb62342": (1.0, 1.0),
}


def _doc(path: Path) -> Document:
    docs = [d for d in gwr.extract(path) if isinstance(d, Document)]
    assert len(docs) == 1
    return docs[0]


def _summary(doc: Document) -> dict[str, Any]:
    m = doc.meta
    return {
        "meta": {
            "region_name": m.region_name, "region_code": m.region_code, "level": m.level,
            "report_year": m.report_year, "review_year": m.review_year, "speaker": m.speaker,
            "delivered_on": m.delivered_on, "meeting": m.meeting, "title": m.title, "doc_kind": m.doc_kind,
        },
        "warnings": sorted(n.code for n in doc.raw.notices + m.notices),
        "outline": [[s.level, s.role, s.title] for s in doc.outline],
        "removed_rules": sorted({e.rule for e in doc.clean.edits}),
        "targets": [
            [x.indicator, x.measure, x.comparator, str(x.value), x.raw]
            for x in doc.mentions if x.status == "target" and x.indicator
        ],
    }


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=[p.stem for p in EXAMPLE_FILES])
def test_example_matches_golden(path: Path, update_golden: bool) -> None:
    got = _summary(_doc(path))
    golden = META / f"{path.stem}.json"
    if update_golden:
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    # a missing golden file fails: it is written only by --update-golden, then read and checked by hand
    assert golden.exists(), f"{golden} is missing: run pytest --update-golden and check what it wrote"
    assert got == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", golden_files(), ids=[p.stem for p in golden_files()])
def test_golden_targets(path: Path) -> None:
    golden = load(path)
    doc = _doc(EXAMPLES / f"{path.stem}.txt")
    assert doc.meta.region_code == golden["region_code"]
    assert doc.meta.report_year == golden["report_year"]
    s = score(doc, golden)
    recall_floor, precision_floor = FLOORS[path.stem]
    assert s.recall >= recall_floor, f"recall {s.recall:.3f} < {recall_floor}; missed: {s.misses}"
    assert s.precision >= precision_floor, f"precision {s.precision:.3f} < {precision_floor}; extra: {s.extras}"
