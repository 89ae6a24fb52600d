"""Corpus-database figures for bench/run.py: ingest throughput with -j 1 and -j 2 (MB of input
files per second and per CPU-second, the -j 1 run split into extraction, row building,
segmentation, writing and the rest), parallel efficiency, parent peak RSS, search p95, panel
time and database size per MB of input.

``run(corpus, tmpdir)`` returns the figures and prints nothing. Each ingest runs in a fresh
Python process so that its peak RSS is the parent's alone (worker processes are not counted).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

_INGEST = """
import json, resource, sys, time
from gwr.store.corpus import Corpus

# CPU seconds per step of the ingest (-j 1 runs every step in this process): each function
# wrapped by a timer, so the split and the total come from the same run
cpu = dict.fromkeys(("extract", "rows", "segment", "write"), 0.0)

def timed(owner, name, key):
    inner = getattr(owner, name)
    def wrapper(*args, **kwargs):
        t0 = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            cpu[key] += time.process_time() - t0
    setattr(owner, name, wrapper)

if int(sys.argv[3]) == 1:
    import gwr.pipeline, gwr.search_tokens, gwr.store.ingest
    timed(gwr.pipeline, "process_safely", "extract")
    timed(gwr.store.ingest, "rows_of", "rows")
    timed(gwr.search_tokens, "segment", "segment")
    timed(Corpus, "write", "write")
with Corpus(sys.argv[1], create=True) as c:
    s = c.ingest([sys.argv[2]], jobs=int(sys.argv[3]))
    c.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
use = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
total = sum(u.ru_utime + u.ru_stime for u in use)  # this process and its finished workers
try:  # VmHWM: ru_maxrss would include the RSS of the process that forked us (Linux)
    hwm = next(line for line in open("/proc/self/status") if line.startswith("VmHWM"))
    rss = int(hwm.split()[1]) / 1024
except OSError:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"documents": s.documents, "failed": s.failed, "bytes": s.bytes, "seconds": s.seconds,
                  "rss_mb": rss, "cpu": total, "split": cpu}))
"""


QUERIES = (
    "营商环境",
    "乡村振兴",
    "高质量发展",
    "生态环境",
    "科技创新",
    "脱贫攻坚",
    "京津冀协同发展",
    "供给侧结构性改革",
    "新型城镇化",
    "国有企业改革",
    "放管服",
    "民营经济",
    "粮食安全",
    "房地产",
    "人工智能",
    "一带一路",
    "大连",
    "生产总值",
    "城镇登记失业率",
    "环境保护",
)


def _ingest(db: Path, source: Path, jobs: int) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-c", _INGEST, str(db), str(source), str(jobs)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    figures: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return figures


def _ms(fn: object, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - t0) * 1000)
    return times


def run(corpus: Path, tmpdir: Path) -> dict[str, float]:
    from gwr.store.corpus import Corpus

    source = corpus / "raw" if (corpus / "raw").is_dir() else corpus
    figures: dict[str, float] = {}
    throughput: dict[int, float] = {}
    for jobs in (1, 2):
        db = tmpdir / f"bench_j{jobs}.db"
        f = _ingest(db, source, jobs)
        mb = f["bytes"] / 1e6
        throughput[jobs] = mb / f["seconds"]
        figures[f"ingest_j{jobs}_docs_per_s"] = f["documents"] / f["seconds"]
        figures[f"ingest_j{jobs}_mb_per_s"] = throughput[jobs]
        figures[f"ingest_j{jobs}_parent_peak_rss_mb"] = f["rss_mb"]
        figures[f"ingest_j{jobs}_seconds"] = f["seconds"]
        figures[f"ingest_j{jobs}_mb_per_cpu_s"] = mb / f["cpu"]
        if jobs == 1:
            split = f["split"]
            other = f["cpu"] - split["extract"] - split["rows"] - split["write"]
            steps = {
                "extraction": split["extract"],
                "row building (without segmentation)": split["rows"] - split["segment"],
                "segmentation for search (rjieba)": split["segment"],
                "writing (SQLite, FTS5, commits)": split["write"],
                "reading, hashing, one-time loading, dedup": other,
            }
            for step, seconds in steps.items():
                figures[f"ingest_j1_cpu_s {step}"] = seconds
        if jobs == 2:
            size = sum(p.stat().st_size for p in tmpdir.glob(f"{db.name}*"))
            figures["db_bytes_per_input_mb"] = size / mb
            figures["documents"] = f["documents"]
            figures["input_mb"] = mb
    figures["parallel_efficiency"] = throughput[2] / (2 * throughput[1])
    with Corpus(tmpdir / "bench_j2.db") as c:
        c.search(QUERIES[0])  # load the segmenter once
        searches = [t for q in QUERIES for t in _ms(lambda q=q: c.search(q), 3)]
        panels = _ms(lambda: c.panel("gdp", "growth", "target"), 5)
    figures["search_p95_ms"] = statistics.quantiles(searches, n=20)[-1]
    figures["search_median_ms"] = statistics.median(searches)
    figures["panel_ms"] = statistics.median(panels)
    return figures
