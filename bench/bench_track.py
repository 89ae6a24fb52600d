"""make bench: scorecards and project stages of every region-year of the corpus database.

Times ``gwr.track`` over the DB that bench/bench_store.py built from the DEV corpus: loading
the figures, pairing every target (all regions, all years), the fulfilment panel, project
stages, and storing both tables. Linearity: the same scorecard over the regions holding about
half the region-years, time per region-year against the whole corpus's. Printed, never
asserted. Target: the whole corpus's scorecards under 2 s, linear in region-years.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gwr.store.corpus import Corpus

REPEAT = 3  # best of three: the machine is shared


def _scorecards(corpus: Corpus, regions: Sequence[str] | None) -> tuple[float, float, int, int]:
    """Best (load seconds, total seconds), region-years and rows of the scorecards of ``regions``."""
    from gwr.track.db import load_reports
    from gwr.track.scorecard import fulfilment, scorecards

    best = (float("inf"), float("inf"))
    years = rows = 0
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        reports = load_reports(corpus, regions)
        t1 = time.perf_counter()
        card = scorecards(reports)
        panel = fulfilment(card)
        t2 = time.perf_counter()
        if t2 - t0 < best[1]:
            best = (t1 - t0, t2 - t0)
        years, rows = len(panel), len(card)
    return best[0], best[1], years, rows


def _half(corpus: Corpus) -> list[str]:
    """Every other region, by number of region-years: about half the region-years, with the same
    mix of long and short series as the whole."""
    counts = corpus.execute(
        "SELECT region_code, COUNT(DISTINCT report_year) FROM documents WHERE canonical_id = id "
        "AND region_code IS NOT NULL AND report_year IS NOT NULL GROUP BY region_code ORDER BY 2 DESC, 1"
    ).fetchall()
    return [code for code, _ in counts[::2]]


def run(db: Path) -> dict[str, float]:
    from gwr.store.corpus import Corpus
    from gwr.track.db import load_reports, refresh
    from gwr.track.projects import projects

    figures: dict[str, float] = {}
    with Corpus(db) as corpus:
        load, total, years, rows = _scorecards(corpus, None)
        _, h_total, h_years, h_rows = _scorecards(corpus, _half(corpus))
        t3 = time.perf_counter()
        stages = projects(load_reports(corpus, text=True))
        t4 = time.perf_counter()
        refresh(corpus)
        t5 = time.perf_counter()
    figures["track_region_years"] = years
    figures["track_targets"] = rows
    figures["track_load_s"] = load
    figures["track_scorecards_total_s (target < 2)"] = total
    figures["track_ms_per_region_year"] = 1000 * total / max(years, 1)
    figures["track_half_region_years"] = h_years
    figures["track_half_total_s"] = h_total
    figures["track_half_targets"] = h_rows
    figures["track_half_ms_per_region_year"] = 1000 * h_total / max(h_years, 1)
    figures["track_linearity (ms per region-year, all / half; 1 is linear)"] = (total / max(years, 1)) / (
        h_total / max(h_years, 1)
    )
    figures["track_linearity (ms per target, all / half)"] = (total / max(rows, 1)) / (h_total / max(h_rows, 1))
    figures["track_project_rows"] = len(stages)
    figures["track_projects_s"] = t4 - t3
    figures["track_refresh_tables_s"] = t5 - t4
    return figures


def show(db: Path) -> None:
    print("promise tracking (gwr.track):")
    for key, value in run(db).items():
        print(f"  {key}: {value:.3f}" if isinstance(value, float) else f"  {key}: {value}")


if __name__ == "__main__":
    import sys

    show(Path(sys.argv[1]))
