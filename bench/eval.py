"""make eval: extraction quality on the golden files and a census of the corpus.

1. For each hand-checked golden file (tests/golden/targets/*.yaml) and overall:
   mention recall and precision inside the golden passages, and per-field
   agreement for golden/extracted pairs of the same printed figure.
2. The hard-phrase table (tests/phrases.py): share of cases passing.
3. Over ../shared/corpus: mentions per status, per measure, share with an
   indicator, and the main-target coverage (documents with a GDP growth target).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import gwr  # noqa: E402
from gwr.types import Document  # noqa: E402
from tests.golden_eval import FIELDS, Score, golden_files, load, score  # noqa: E402


def golden() -> None:
    total = Score()
    print("golden passages (tests/golden/targets):")
    for path in golden_files():
        doc = next(d for d in gwr.extract(ROOT / "examples" / f"{path.stem}.txt") if isinstance(d, Document))
        s = score(doc, load(path))
        total.add(s)
        print(f"  {path.stem}: recall {s.recall:.3f} ({s.found}/{s.expected})  "
              f"precision {s.precision:.3f} ({s.correct}/{s.predicted})")
    print(f"  overall: recall {total.recall:.3f}  precision {total.precision:.3f}")
    print("  per field (pairs of the same printed figure):")
    for f in FIELDS:
        n = total.field_pairs[f]
        if n:
            print(f"    {f:<11} {total.field_right[f] / n:.3f}  ({total.field_right[f]}/{n})")
    for miss in total.misses:
        print(f"    missed: {miss}")
    for extra in total.extras:
        print(f"    extra:  {extra}")


def phrases() -> None:
    from tests.phrases import CASES
    from tests.test_indicator_phrases import check

    ok = 0
    for case in CASES:
        try:
            check(case)
            ok += 1
        except AssertionError:
            pass
    print(f"hard-phrase table: {ok}/{len(CASES)} cases pass ({ok / len(CASES):.3f})")


def corpus(path: Path) -> None:
    status: Counter[str] = Counter()
    measure: Counter[str] = Counter()
    named = total = docs = with_gdp_target = reports = 0
    for doc in gwr.pipeline.iter_extract([path / "raw"]):
        if not isinstance(doc, Document):
            continue
        docs += 1
        if doc.meta.doc_kind == "report":
            reports += 1
            if any(m.indicator == "gdp" and m.measure == "growth" and m.status == "target" for m in doc.mentions):
                with_gdp_target += 1
        for m in doc.mentions:
            total += 1
            named += m.indicator is not None
            status[m.status] += 1
            measure[m.measure] += 1
    print(f"corpus ({path}): {docs} documents, {total} figures, {named / max(total, 1):.3f} with an indicator")
    print("  per status: " + ", ".join(f"{k} {v}" for k, v in status.most_common()))
    print("  per measure: " + ", ".join(f"{k} {v}" for k, v in measure.most_common()))
    print(f"  reports with a GDP growth target: {with_gdp_target}/{reports}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args()
    golden()
    phrases()
    if (args.corpus / "raw").exists():
        import gwr.pipeline  # noqa: F401

        corpus(args.corpus)
    else:
        print(f"corpus not found at {args.corpus}: census skipped")


if __name__ == "__main__":
    main()
