"""make eval: extraction quality on the golden files and a census of the corpus.

1. For each hand-checked golden file (tests/golden/targets/*.yaml) and overall:
   mention recall and precision inside the golden passages, and per-field
   agreement for golden/extracted pairs of the same printed figure.
2. Whole reports (tests/golden/whole/*.yaml, every target and the false
   friends of hand-read reports): target recall, precision, rows right in
   every field, per-field accuracy, main-target recall, status and year of the
   figures that only look like targets; and the golden items right at the last
   ``--save-baseline`` that are no longer right (none may be lost). Then the
   same block for the held-out reports (tests/golden/holdout/*.yaml), which
   score the extractor on reports nobody tunes on.
3. The hard-phrase table (tests/phrases.py): share of cases passing.
4. Over ../shared/corpus: mentions per status, per measure, share with an
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


BASELINE = ROOT / "bench" / "eval_baseline.txt"


def whole(directory: Path, title: str, baseline: Path | None, save_baseline: bool = False) -> None:
    """Score every golden file of ``directory``; compare with ``baseline`` (items right then) when given."""
    from tests.golden_whole import TARGET_FIELDS, golden_files, load, score_file
    from tests.golden_whole import Score as WholeScore

    files = golden_files(directory)
    print(f"{title} ({directory.relative_to(ROOT)}, {len(files)} files):")
    total = WholeScore()
    by_level: dict[str, WholeScore] = {}
    for path in files:
        try:
            s = score_file(path)
        except (OSError, StopIteration) as exc:
            print(f"  {path.stem}: report not readable ({exc})")
            continue
        total.add(s)
        by_level.setdefault(str(load(path).get("level", "unknown")), WholeScore()).add(s)
        print(
            f"  {path.stem:<18} targets recall {s.recall:.3f} ({s.found}/{s.targets})  "
            f"precision {s.precision:.3f} ({s.on_target}/{s.predicted})  "
            f"rows right {s.row_precision:.3f}  others {s.others_status}/{s.others}"
        )
    if not files:
        return
    r = WholeScore.ratio
    print(
        f"  overall: target recall {total.recall:.3f} ({total.found}/{total.targets})  "
        f"precision {total.precision:.3f} ({total.on_target}/{total.predicted})  "
        f"rows right in every field {total.row_precision:.3f} ({total.rows_right}/{total.predicted})"
    )
    print(
        f"  main targets: recall {r(total.main_found, total.main):.3f} ({total.main_found}/{total.main})  "
        f"precision {r(total.main_flag_right, total.main_flagged):.3f} ({total.main_flag_right}/{total.main_flagged})"
    )
    print("  by level of government:")
    for level in ("national", "province", "city", "county", "district", "unknown"):
        if (ls := by_level.get(level)) is not None:
            print(
                f"    {level:<9} recall {ls.recall:.3f} ({ls.found}/{ls.targets})  precision {ls.precision:.3f}  "
                f"rows right {ls.row_precision:.3f}  main {ls.main_found}/{ls.main}  "
                f"others {ls.others_status}/{ls.others}"
            )
    print(
        f"  others (results, estimates, names): status {r(total.others_status, total.others):.3f} "
        f"({total.others_status}/{total.others})  year {r(total.others_year, total.others_year_pairs):.3f} "
        f"({total.others_year}/{total.others_year_pairs})"
    )
    print("  per field (paired targets):")
    for f in TARGET_FIELDS:
        n = total.field_pairs[f]
        if n:
            print(f"    {f:<11} {total.field_right[f] / n:.3f}  ({total.field_right[f]}/{n})")
    right = {k.replace("\n", "\\n") for k in total.right_ids}  # a quote may span lines: one line a key
    if baseline is not None and baseline.exists():
        before = set(baseline.read_text(encoding="utf-8").splitlines())
        lost = sorted(before - right)
        print(f"  since the baseline: {len(right - before)} items newly right, {len(lost)} lost")
        for key in lost:
            print(f"    lost: {key}")
    if baseline is not None and save_baseline:
        baseline.write_text("".join(f"{k}\n" for k in sorted(right)), encoding="utf-8")
        print(f"  baseline saved: {baseline.relative_to(ROOT)} ({len(right)} items right)")
    print(f"  errors ({len(total.errors)}; first 60):")
    for line in total.errors[:60]:
        print(f"    {line}")


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


def metadata() -> None:
    """Region and report year against the corpus MANIFEST, per level of government (a wrong
    region given with confidence scores -1, flagged or missing 0: tests/test_meta_corpus.py)."""
    from tests.test_meta_corpus import by_level

    print("metadata against the corpus MANIFEST (region score: a confident wrong code counts -1):")
    for level, (n, region, dated, year) in by_level().items():
        print(f"  {level:<9} region {region:.3f} over {n} documents  report year {year:.3f} over {dated}")


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
    parser.add_argument("--save-baseline", action="store_true", help="record the golden items right now")
    args = parser.parse_args()
    golden()
    from tests.golden_whole import GOLDEN, HOLDOUT

    whole(GOLDEN, "whole reports", BASELINE, args.save_baseline)
    whole(HOLDOUT, "held-out whole reports, never tuned on", None)
    phrases()
    if (args.corpus / "raw").exists():
        import gwr.pipeline  # noqa: F401

        corpus(args.corpus)
        metadata()
    else:
        print(f"corpus not found at {args.corpus}: census skipped")


if __name__ == "__main__":
    main()
