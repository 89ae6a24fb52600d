"""make bench: scorecards and project stages of every region-year of the corpus database.

Times ``gwr.track`` over the DB that bench/bench_store.py built from the DEV corpus: loading
the figures, pairing every target (all regions, all years), the fulfilment panel, project
stages, and storing both tables. Printed, never asserted. Target: scorecards under 2 s.
"""

from __future__ import annotations

import time
from pathlib import Path


def run(db: Path) -> dict[str, float]:
    from gwr.store.corpus import Corpus
    from gwr.track.db import load_reports, refresh
    from gwr.track.projects import projects
    from gwr.track.scorecard import fulfilment, scorecards

    figures: dict[str, float] = {}
    with Corpus(db) as corpus:
        t0 = time.perf_counter()
        reports = load_reports(corpus)
        t1 = time.perf_counter()
        rows = scorecards(reports)
        t2 = time.perf_counter()
        panel = fulfilment(rows)
        t3 = time.perf_counter()
        stages = projects(load_reports(corpus, text=True))
        t4 = time.perf_counter()
        refresh(corpus)
        t5 = time.perf_counter()
    figures["track_region_years"] = len(panel)
    figures["track_targets"] = len(rows)
    figures["track_judged"] = sum(1 for r in rows if r.verdict in ("met", "missed"))
    figures["track_load_s"] = t1 - t0
    figures["track_scorecards_s"] = t2 - t1
    figures["track_scorecards_total_s (target < 2)"] = t3 - t0
    figures["track_ms_per_region_year"] = 1000 * (t3 - t0) / max(len(panel), 1)
    figures["track_project_rows"] = len(stages)
    figures["track_projects_s"] = t4 - t3
    figures["track_refresh_tables_s"] = t5 - t4
    return figures


def show(db: Path) -> None:
    print("promise tracking (gwr.track):")
    for key, value in run(db).items():
        print(f"  {key}: {value:.3f}" if isinstance(value, float) else f"  {key}: {value}")
