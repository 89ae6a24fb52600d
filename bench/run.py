"""make bench: throughput per stage and peak memory over the DEV corpus.

Prints MB/s of input text per core for each stage (ingest, clean, outline,
meta, indicators) and overall, the ratio of the full pipeline to the
simplest floor (one compiled digit regex over the same text), peak RSS,
`gwr --help` latency, and the corpus-DB figures from bench/bench_store.py.
Figures are printed, never asserted: speed is measured here, not in tests.
"""

from __future__ import annotations

import argparse
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pipeline(corpus: Path) -> None:
    from gwr.clean import clean
    from gwr.indicators import extract_mentions
    from gwr.ingest import read_paths
    from gwr.meta import extract_metadata
    from gwr.outline import outline
    from gwr.types import Failure

    # one-time loading (region table, taxonomy, compiled patterns), paid once per
    # process: timed on one example and reported apart from the throughput
    t0 = time.perf_counter()
    for item in read_paths([ROOT / "examples" / "002_93b6e1f04503de54.txt"]):
        if not isinstance(item, Failure):
            c = clean(item)
            o = outline(c)
            extract_mentions(c, o, extract_metadata(c, o))
    setup = time.perf_counter() - t0
    times = dict.fromkeys(("ingest", "clean", "outline", "meta", "indicators"), 0.0)
    nbytes = docs = failures = mentions = 0
    digit = re.compile(r"\d+")
    floor = 0.0
    start = time.perf_counter()
    it = iter(read_paths([corpus / "raw"]))
    while True:
        t0 = time.perf_counter()
        item = next(it, None)
        times["ingest"] += time.perf_counter() - t0
        if item is None:
            break
        if isinstance(item, Failure):
            failures += 1
            continue
        docs += 1
        nbytes += len(item.text.encode("utf-8"))
        t0 = time.perf_counter()
        text = clean(item)
        t1 = time.perf_counter()
        sections = outline(text)
        t2 = time.perf_counter()
        meta = extract_metadata(text, sections)
        t3 = time.perf_counter()
        mentions += len(extract_mentions(text, sections, meta))
        t4 = time.perf_counter()
        times["clean"] += t1 - t0
        times["outline"] += t2 - t1
        times["meta"] += t3 - t2
        times["indicators"] += t4 - t3
        t0 = time.perf_counter()
        sum(1 for _ in digit.finditer(item.text))
        floor += time.perf_counter() - t0
    total = time.perf_counter() - start - floor
    mb = nbytes / 1e6
    print(f"corpus: {docs} documents, {failures} failures, {mb:.1f} MB of decoded text (UTF-8), {mentions} figures")
    print(f"  one-time loading (tables, taxonomy, patterns): {setup:.2f} s, then per stage:")
    for stage, t in times.items():
        print(f"  {stage:<11} {mb / t if t else float('inf'):8.1f} MB/s  ({t:.2f} s)")
    issue3 = sum(times[s] for s in ("ingest", "clean", "outline", "meta"))
    print(f"  {'ingest→meta':<11} {mb / issue3:8.1f} MB/s   target >= 20 MB/s per core")
    print(f"  {'overall':<11} {mb / total:8.1f} MB/s   target >= 5 MB/s per core (ingest → indicators)")
    print(f"  {'with setup':<11} {mb / (total + setup):8.1f} MB/s   overall including the one-time loading")
    print(f"  {'floor':<11} {mb / floor:8.1f} MB/s   one compiled digit regex over the same text")
    print(f"  floor / pipeline time ratio: {total / floor:.0f}x slower than the digit-regex floor")
    print(f"  peak RSS: {_rss_mb():.0f} MB   target < 200 MB (issue 3) / < 300 MB (issue 4)")


def help_latency() -> None:
    gwr = ROOT / ".venv" / "bin" / "gwr"
    best = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run([str(gwr), "--help"], capture_output=True, check=True)
        best = min(best, time.perf_counter() - t0)
    print(f"gwr --help: {best * 1000:.0f} ms (best of 5)   target < 300 ms")


def store(corpus: Path) -> None:
    try:
        from bench.bench_store import run
    except ImportError as exc:
        print(f"store bench unavailable: {exc}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        figures = run(corpus, Path(tmp))
        for key, value in figures.items():
            print(f"  {key}: {value:.3f}" if isinstance(value, float) else f"  {key}: {value}")
        from bench.bench_track import show

        show(Path(tmp) / "bench_j2.db")


def web(corpus: Path) -> None:
    try:
        from bench.bench_web import run
    except ImportError as exc:
        print(f"web bench unavailable: {exc}")
        return
    for key, value in run(corpus).items():
        print(f"  {key}: {value:.1f}" if isinstance(value, float) else f"  {key}: {value}")
    print("  targets: viewer < 300 ms; API p95 < 100 ms with no errors (issue 13)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--skip-store", action="store_true")
    parser.add_argument("--skip-web", action="store_true")
    args = parser.parse_args()
    if not (args.corpus / "raw").exists():
        sys.exit(f"bench: corpus not found at {args.corpus}")
    pipeline(args.corpus)
    help_latency()
    if not args.skip_store:
        print("corpus database:")
        store(args.corpus)
    if not args.skip_web:
        print("web app (gwr serve, 50 concurrent API clients for 10 s on loopback):")
        web(args.corpus)


if __name__ == "__main__":
    main()
