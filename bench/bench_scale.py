"""make bench-scale: ingest ../shared/corpus replicated N times (11 by default, so at least 10x
its size; each copy with other bytes so that every document is new) with the local pool on
SQLite, the local pool on PostgreSQL and a Dask LocalCluster on PostgreSQL, then time search and
panel queries on the result. Prints one table; docs/deploy.md keeps the measured figures.

Each ingest runs in a fresh Python process. The PostgreSQL server is a throwaway one
(tests/pg_server.py) unless $GWR_TEST_PG names one.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_store import QUERIES  # noqa: E402

_INGEST = """
import json, resource, sys
from gwr.store.corpus import Corpus
if __name__ == "__main__":
    db, folder, jobs, dask = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] or None
    with Corpus(db, create=True) as c:
        s = c.ingest([folder], jobs=jobs, dask=dask)
    use = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    cpu = sum(u.ru_utime + u.ru_stime for u in use)  # this process and its finished workers
    print(json.dumps({"documents": s.documents, "failed": s.failed, "bytes": s.bytes, "seconds": s.seconds,
                      "cpu": cpu}))
"""


def _vary_csv(data: bytes, mark: str) -> bytes:
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    out = io.StringIO()
    writer = csv.writer(out)
    for i, row in enumerate(rows):
        if i and row:
            longest = max(range(len(row)), key=lambda k: len(row[k]))
            row[longest] += mark
        writer.writerow(row)
    return out.getvalue().encode("utf-8")


def _vary_jsonl(data: bytes, mark: str) -> bytes:
    lines = []
    for line in data.decode("utf-8").splitlines():
        try:
            obj = json.loads(line)
        except ValueError:
            lines.append(line)
            continue
        if isinstance(obj, dict):
            strings = [k for k, v in obj.items() if isinstance(v, str)]
            if strings:
                longest = max(strings, key=lambda k: len(obj[k]))
                obj[longest] += mark
        lines.append(json.dumps(obj, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


def replicate(source: Path, out: Path, copies: int) -> int:
    """``copies`` copies of ``source`` under ``out``, each text with a line of its own (CSV and
    JSONL: in each row's text); DOCX files once. Returns the bytes written."""
    total = 0
    for path in sorted(p for p in source.rglob("*") if p.is_file()):
        rel = path.relative_to(source)
        data = path.read_bytes()
        for i in range(copies if path.suffix != ".docx" else 1):
            mark = f"\n（副本{i}）\n"
            if path.suffix == ".csv":
                body = _vary_csv(data, mark.strip())
            elif path.suffix == ".jsonl":
                body = _vary_jsonl(data, mark.strip())
            elif path.suffix == ".txt":
                body = data + mark.encode("utf-8") if not data.startswith(b"\xff\xfe") else data
            else:
                body = data
            target = out / f"copy{i:02d}" / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(body)
            total += len(body)
    return total


def ingest(db: str, folder: Path, jobs: int, dask: str = "") -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", _INGEST, db, str(folder), str(jobs), dask],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    figures: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return figures


def _ms(fn: object, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - t0) * 1000)
    return times


def queries(db: str) -> dict[str, float]:
    from gwr.store.corpus import Corpus

    with Corpus(db) as c:
        c.search(QUERIES[0])  # load the segmenter once
        searches = [t for q in QUERIES for t in _ms(lambda q=q: c.search(q), 3)]
        panels = _ms(lambda: c.panel("gdp", "growth", "target"), 5)
    return {
        "search_p95_ms": statistics.quantiles(searches, n=20)[-1],
        "search_median_ms": statistics.median(searches),
        "panel_median_ms": statistics.median(panels),
        "panel_max_ms": max(panels),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--copies", type=int, default=11)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    source = args.corpus / "raw" if (args.corpus / "raw").is_dir() else args.corpus
    if not source.is_dir():
        print(f"no corpus at {args.corpus}: pass --corpus")
        return 1
    from tests import pg_server

    work = Path(tempfile.mkdtemp(prefix="gwrscale"))
    try:
        folder = work / "in"
        size = replicate(source, folder, args.copies)
        original = sum(p.stat().st_size for p in source.rglob("*") if p.is_file())
        print(
            f"input: {args.copies} copies of {source}: {size / 1e6:.1f} MB ({size / original:.1f}x), -j {args.jobs}"
        )
        runs = {
            "local pool, SQLite": (str(work / "bench.db"), ""),
            "local pool, PostgreSQL": (pg_server.fresh_database(), ""),
            "Dask LocalCluster, PostgreSQL": (pg_server.fresh_database(), "local"),
        }
        results = {name: ingest(db, folder, args.jobs, dask) for name, (db, dask) in runs.items()}
        base_sqlite = results["local pool, SQLite"]
        base_pg = results["local pool, PostgreSQL"]
        # MB/s/core: the wall-clock rate over the -j workers (lower when the machine is shared);
        # MB/CPU s: input per CPU-second of the run's process and its workers, all of them (not
        # the PostgreSQL server's), the figure of the 5 MB/s per core target
        print(
            f"{'run':32} {'docs':>6} {'failed':>6} {'s':>7} {'docs/s':>7} {'MB/s':>6} {'MB/s/core':>9} "
            f"{'MB/CPU s':>8} {'vs pool':>7} {'CPU s/doc':>9} {'CPU vs pool':>11}"
        )
        for name, f in results.items():
            base = base_pg if "PostgreSQL" in name else base_sqlite
            rate = f["bytes"] / 1e6 / f["seconds"]
            ratio = (f["documents"] / f["seconds"]) / (base["documents"] / base["seconds"])
            cpu = f["cpu"] / max(f["documents"], 1)
            print(
                f"{name:32} {f['documents']:6.0f} {f['failed']:6.0f} {f['seconds']:7.1f} "
                f"{f['documents'] / f['seconds']:7.2f} {rate:6.2f} {rate / args.jobs:9.2f} "
                f"{f['bytes'] / 1e6 / f['cpu']:8.2f} {ratio:7.2f} {cpu:9.4f} {f['cpu'] / base['cpu']:11.2f}"
            )
        print(f"load average (1, 5, 15 min) at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        cost = base_sqlite["seconds"] * args.jobs / max(base_sqlite["documents"], 1)
        print(f"per-document cost (local pool, SQLite): {cost:.3f} worker-seconds")
        print(
            f"estimate for 70,000 documents on 32 workers: {70000 * cost / 32 / 60:.0f} min (perfect scaling)"
        )
        for name in ("local pool, SQLite", "local pool, PostgreSQL"):
            q = queries(runs[name][0])
            print(
                f"queries on {name}: search p95 {q['search_p95_ms']:.1f} ms (median {q['search_median_ms']:.1f}), "
                f"panel {q['panel_median_ms']:.1f} ms (max {q['panel_max_ms']:.1f})"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
