"""make bench: throughput per stage and peak memory over the DEV corpus.

Prints MB/s of input text per CPU-second (one core) for each stage (ingest, clean, outline,
meta, indicators) and overall, in the mode it ran (the compiled build of gwr.compiled, or the
pure-Python sources; when compiled, the pure figures follow, from a process with GWR_PURE=1), the ratio of the full pipeline to the
simplest floor (one compiled digit regex over the same text), peak RSS, the machine load,
`gwr --help` latency, and the corpus-DB figures from bench/bench_store.py: end-to-end
ingest in MB per CPU-second on SQLite -j 1, split into extraction, row building,
segmentation for search, writing and the rest.
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


def _load() -> str:
    import os

    try:
        one, five, _ = os.getloadavg()
    except OSError:
        return "load average unknown"
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} CPUs"


def pipeline(corpus: Path) -> None:
    """Extraction stage by stage in this process. Figures are MB of decoded text (UTF-8) per
    CPU-second (``time.process_time``: what one core does, whatever else the machine runs);
    the wall-clock rate is printed beside the overall one."""
    from gwr.clean import clean
    from gwr.compiled import mode
    from gwr.indicators import extract_mentions
    from gwr.ingest import read_paths
    from gwr.meta import extract_metadata
    from gwr.outline import outline
    from gwr.types import Failure

    clock = time.process_time
    # one-time loading (region table, taxonomy, compiled patterns), paid once per
    # process: timed on one example and reported apart from the throughput
    t0 = clock()
    for item in read_paths([ROOT / "examples" / "002_93b6e1f04503de54.txt"]):
        if not isinstance(item, Failure):
            c = clean(item)
            o = outline(c)
            extract_mentions(c, o, extract_metadata(c, o))
    setup = clock() - t0
    times = dict.fromkeys(("ingest", "clean", "outline", "meta", "indicators"), 0.0)
    nbytes = docs = failures = mentions = 0
    digit = re.compile(r"\d+")
    floor = 0.0
    wall = time.perf_counter()
    it = iter(read_paths([corpus / "raw"]))
    while True:
        t0 = clock()
        item = next(it, None)
        times["ingest"] += clock() - t0
        if item is None:
            break
        if isinstance(item, Failure):
            failures += 1
            continue
        docs += 1
        nbytes += len(item.text.encode("utf-8"))
        t0 = clock()
        text = clean(item)
        t1 = clock()
        sections = outline(text)
        t2 = clock()
        meta = extract_metadata(text, sections)
        t3 = clock()
        mentions += len(extract_mentions(text, sections, meta))
        t4 = clock()
        times["clean"] += t1 - t0
        times["outline"] += t2 - t1
        times["meta"] += t3 - t2
        times["indicators"] += t4 - t3
        t0 = clock()
        sum(1 for _ in digit.finditer(item.text))
        floor += clock() - t0
    wall = time.perf_counter() - wall
    total = sum(times.values())
    mb = nbytes / 1e6
    print(
        f"corpus: {docs} documents, {failures} failures, {mb:.1f} MB of decoded text (UTF-8), {mentions} figures"
    )
    print(f"  mode: {_MODES[mode()]}")
    print(f"  machine: {_load()} (CPU time is per core; wall time depends on the load)")
    print(f"  one-time loading (tables, taxonomy, patterns): {setup:.2f} CPU-s, then per stage:")
    for stage, t in times.items():
        share = t / total if total else 0.0
        print(f"  {stage:<11} {mb / t if t else float('inf'):8.1f} MB/s  ({t:.2f} CPU-s, {share:4.0%})")
    issue3 = sum(times[s] for s in ("ingest", "clean", "outline", "meta"))
    print(f"  {'ingest→meta':<11} {mb / issue3:8.1f} MB/s   target >= 20 MB/s per core")
    print(
        f"  {'overall':<11} {mb / total:8.1f} MB/s   target >= 10 MB/s per core (ingest → indicators, issue 8)"
    )
    print(f"  {'wall clock':<11} {mb / (wall - floor):8.1f} MB/s   the same run by the wall clock")
    print(f"  {'with setup':<11} {mb / (total + setup):8.1f} MB/s   overall including the one-time loading")
    print(f"  {'floor':<11} {mb / floor:8.1f} MB/s   one compiled digit regex over the same text")
    print(f"  floor / pipeline time ratio: {total / floor:.0f}x slower than the digit-regex floor")
    print(f"  peak RSS: {_rss_mb():.0f} MB   target < 200 MB (issue 3) / < 300 MB (issue 4)")


_MODES = {
    "compiled": "compiled (the mypyc build in build/mypyc, scripts/build_compiled.py)",
    "pure": "pure Python (no fresh compiled build, or GWR_PURE=1)",
}


def pure_pipeline(corpus: Path) -> None:
    """The pipeline figures again in a process running the Python sources (GWR_PURE=1)."""
    import os

    done = subprocess.run(
        [sys.executable, str(Path(__file__)), "--corpus", str(corpus), "--pipeline-only"],
        env={**os.environ, "GWR_PURE": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    for line in (done.stdout + done.stderr).splitlines():
        print(f"  {line}")


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
        split = {k.split(" ", 1)[1]: v for k, v in figures.items() if k.startswith("ingest_j1_cpu_s ")}
        print(
            f"  end to end, -j 1 on SQLite (input file bytes to committed rows, FTS included): "
            f"{figures['ingest_j1_mb_per_cpu_s']:.2f} MB per CPU-second   target >= 5 (issue 11); "
            f"{_load()}"
        )
        total = sum(split.values())
        for step, seconds in split.items():
            print(f"    {step:<44} {seconds:6.2f} CPU-s  {seconds / total:4.0%}")
        for key, value in figures.items():
            if key not in split and not key.startswith("ingest_j1_cpu_s "):
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


# pathological inputs of issue 9, built here: name -> (file name, bytes)
_LINE = "全年地区生产总值增长6.5%，一般公共预算收入增长8%，城镇新增就业8万人；"


def _zip_bytes(members: list[tuple[str, bytes]], duplicates: int = 0) -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            z.writestr(name, data)
    data = bytearray(buf.getvalue())
    if duplicates:  # more central-directory entries for the first member's data
        end = data.rfind(b"PK\x05\x06")
        cd = int.from_bytes(data[end + 16 : end + 20], "little")
        first = bytes(data[cd : cd + 46 + int.from_bytes(data[cd + 28 : cd + 30], "little")])
        name = first[46:]
        extra = b"".join(first[:46] + f"{i:0{len(name)}d}"[-len(name) :].encode() for i in range(duplicates))
        data[end:end] = extra
        total = int.from_bytes(data[end + len(extra) + 10 : end + len(extra) + 12], "little") + duplicates
        data[end + len(extra) + 8 : end + len(extra) + 12] = total.to_bytes(2, "little") * 2
        size = int.from_bytes(data[end + len(extra) + 12 : end + len(extra) + 16], "little") + len(extra)
        data[end + len(extra) + 12 : end + len(extra) + 16] = size.to_bytes(4, "little")
    return bytes(data)


def _pathological_input(name: str) -> tuple[str, bytes]:
    import json

    report = ("各位代表：\n" + _LINE * 40 + "\n").encode()
    big = 100 * 2**20
    cases = {
        "mask: 50,000 *": lambda: ("a.txt", ("各位代表：" + "*" * 50_000).encode()),
        "spam_link: <a href=http://x to 48 KB": lambda: ("a.txt", b"<a href=http://x" * 3_000),
        "<a  x 262,144": lambda: ("a.txt", b"<a " * 262_144),
        "31 MiB one-line file": lambda: ("a.txt", (_LINE * (31 * 2**20 // len(_LINE.encode()))).encode()),
        "HTML tag with 200k attributes": lambda: (
            "a.html",
            (
                "<html><body><p "
                + " ".join(f"a{i}=1" for i in range(200_000))
                + ">各位代表</p></body></html>"
            ).encode(),
        ),
        "100 MB CSV cell": lambda: (
            "a.csv",
            b"region,year,text\n\xe5\xa4\xa7\xe8\xbf\x9e,2018," + b"x" * big + b"\n",
        ),
        "100 MB JSONL string": lambda: ("a.jsonl", json.dumps({"text": "x" * big}).encode()),
        "60 MB zip member": lambda: (
            "a.zip",
            _zip_bytes([("big.txt", (_LINE * (60 * 2**20 // len(_LINE.encode()))).encode())]),
        ),
        "zip: 2000 entries, one member": lambda: ("a.zip", _zip_bytes([("a.txt", report)], duplicates=1999)),
        "long digit runs": lambda: (
            "a.txt",
            ("增长" + "1" * 29 + "%，" + "1" * 21 + "亿元。").encode() + report,
        ),
        "one sentence of 12,000 figures": lambda: (
            "a.txt",
            (
                "各位代表：\n2024年"
                + "地区生产总值增长6.5%，今年一般公共预算收入增长8%，到2025年城镇新增就业8万人，累计" * 4000
                + "。\n"
            ).encode(),
        ),
        "double-encoded script": lambda: (
            "a.txt",
            b"&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;" + report,
        ),
    }
    return cases[name]() if name in cases else ("", b"")


_PATHOLOGICAL = (
    "mask: 50,000 *", "spam_link: <a href=http://x to 48 KB", "<a  x 262,144", "31 MiB one-line file",
    "HTML tag with 200k attributes", "100 MB CSV cell", "100 MB JSONL string", "60 MB zip member",
    "zip: 2000 entries, one member", "long digit runs", "one sentence of 12,000 figures", "double-encoded script",
)  # fmt: skip


def _one_pathological(name: str) -> None:
    """In a fresh process: read and extract one pathological input under the default budget."""
    import json
    import resource

    from gwr.pipeline import extract_bytes

    extract_bytes("各位代表：今年地区生产总值增长7%左右。".encode(), "warm-up.txt")  # one-time loading apart
    file, data = _pathological_input(name)
    started = time.perf_counter()
    out = extract_bytes(data, file)
    seconds = time.perf_counter() - started
    codes = sorted({getattr(r, "code", "document") for r in out})
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps({"seconds": seconds, "results": len(out), "codes": codes, "rss": rss, "bytes": len(data)})
    )


def pathological() -> None:
    """Time per document and peak memory for the inputs that once crashed or hung (issue 9)."""
    import json
    import subprocess

    from gwr.ingest.budget import DEFAULT

    print(f"pathological inputs (budget in force: {DEFAULT.describe()}), each in a fresh process:")
    for name in _PATHOLOGICAL:
        done = subprocess.run(
            [sys.executable, str(Path(__file__)), "--pathological-case", name],
            capture_output=True,
            text=True,
            check=False,
        )
        try:
            r = json.loads(done.stdout.strip().splitlines()[-1])
        except (IndexError, ValueError):
            print(f"  {name:<38} FAILED: {done.stderr.strip().splitlines()[-1:]}")
            continue
        per_doc = r["seconds"] / max(r["results"], 1)
        print(
            f"  {name:<38} {r['bytes'] / 2**20:7.1f} MiB  {r['seconds']:7.2f} s  {r['results']:5} result(s), "
            f"{per_doc:7.3f} s/doc  peak RSS {r['rss']:6.0f} MB  {', '.join(r['codes'])}"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--skip-store", action="store_true")
    parser.add_argument("--skip-web", action="store_true")
    parser.add_argument("--only-pathological", action="store_true", help="only the pathological inputs")
    parser.add_argument("--pathological-case", help=argparse.SUPPRESS)
    parser.add_argument("--pipeline-only", action="store_true", help="only the pipeline's figures")
    args = parser.parse_args()
    if args.pathological_case:
        _one_pathological(args.pathological_case)
        return
    if args.only_pathological:
        pathological()
        return
    if not (args.corpus / "raw").exists():
        sys.exit(f"bench: corpus not found at {args.corpus}")
    pipeline(args.corpus)
    if args.pipeline_only:
        return
    from gwr.compiled import mode

    if mode() == "compiled":
        print("the same, pure Python (GWR_PURE=1):")
        pure_pipeline(args.corpus)
    help_latency()
    if not args.skip_store:
        print("corpus database:")
        store(args.corpus)
    if not args.skip_web:
        print("web app (gwr serve, 50 concurrent API clients for 10 s on loopback):")
        web(args.corpus)
    pathological()


if __name__ == "__main__":
    main()
