"""The web app's speed: the viewer page of the largest corpus report, and the API under 50
concurrent clients for 10 s, all on loopback (bounded: it stops by itself).

    python bench/bench_web.py --corpus ../shared/corpus [--clients 50] [--seconds 10]

``gwr serve`` runs as its own process (as a user runs it) over a fresh database holding the
largest report of the corpus and examples/; the load generator is a small asyncio HTTP/1.1
client with keep-alive connections, one per client, each sending its next request as soon as
the last one is answered (a closed loop: latency = queueing + service). The app keeps GET
answers while the database is unchanged (``gwr.web.cache``): ``viewer_made_ms`` and
``api_made_*`` time answers made afresh, ``viewer_kept_ms`` and the load test mostly kept ones.
Figures are printed, never asserted. Targets (issue 13): viewer < 300 ms; API p95 < 100 ms
with no errors. Say how loaded the machine was (``uptime``): the figures move with it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GWR = ROOT / ".venv" / "bin" / "gwr"


def largest_report(corpus: Path) -> Path:
    files = [p for p in (corpus / "raw").rglob("*") if p.is_file() and p.suffix in (".txt", ".html", ".htm")]
    return max(files, key=lambda p: p.stat().st_size)


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> tuple[int, bytes]:
    with urllib.request.urlopen(url, timeout=30) as r:
        return r.status, r.read()


def _timed(url: str) -> tuple[float, int]:
    """Seconds to answer ``url`` (status 200) and the size of the answer."""
    t0 = time.perf_counter()
    status, body = _get(url)
    assert status == 200, url
    return time.perf_counter() - t0, len(body)


def _wait(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            _get(url)
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"server at {url} did not start")


async def _client(
    host: str, port: int, paths: list[str], until: float, lat: list[float], errors: list[str], seed: int
) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    i = seed
    try:
        while time.perf_counter() < until:
            path = paths[i % len(paths)]
            i += 1
            t0 = time.perf_counter()
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: keep-alive\r\n\r\n".encode())
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            await reader.readexactly(length)
            lat.append(time.perf_counter() - t0)
            if status >= 400:
                errors.append(f"{status} {path}")
    except (OSError, asyncio.IncompleteReadError) as exc:
        errors.append(f"{type(exc).__name__}: {exc}")
    finally:
        writer.close()


async def _load(
    host: str, port: int, paths: list[str], clients: int, seconds: float
) -> tuple[list[float], list[str]]:
    lat: list[float] = []
    errors: list[str] = []
    until = time.perf_counter() + seconds
    await asyncio.gather(*(_client(host, port, paths, until, lat, errors, k) for k in range(clients)))
    return lat, errors


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else float("nan")


def run(corpus: Path, clients: int = 50, seconds: float = 10.0, workers: int = 1) -> dict[str, object]:
    out: dict[str, object] = {}
    biggest = largest_report(corpus)
    with tempfile.TemporaryDirectory(prefix="gwr-bench-web-") as tmp:
        db = Path(tmp) / "web.db"
        folder = Path(tmp) / "in"
        folder.mkdir()
        (folder / biggest.name).write_bytes(biggest.read_bytes())
        subprocess.run(
            [str(GWR), "ingest", str(folder), str(ROOT / "examples"), "--db", str(db)],
            check=True,
            capture_output=True,
        )
        from gwr import Corpus

        with Corpus(db) as c:
            docs = c.documents()
        row = docs.sort_values("chars").iloc[-1]
        doc_id, chars = int(row["document_id"]), int(row["chars"])
        with Corpus(db) as c:
            figures = len(c.mentions().query("document_id == @doc_id"))
        port = _port()
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        server = subprocess.Popen(
            [str(GWR), "serve", "--db", str(db), "--port", str(port), "--workers", str(workers)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            _wait(base + "/api/documents?limit=1")
            viewer = f"{base}/documents/{doc_id}"
            first, size = _timed(viewer)
            # a new ?hit= each time: the page is made again (not a kept answer) by a warm server
            uncached = [_timed(f"{viewer}?hit={k}-{k + 1}")[0] for k in range(1, 12)]
            cached = [_timed(viewer)[0] for _ in range(10)]
            out["viewer_report"] = (
                f"{biggest.name}: {chars} chars, {figures} figures, page {size / 1e6:.2f} MB"
            )
            out["viewer_first_ms"] = first * 1000  # the first request the server answers
            out["viewer_made_ms"] = statistics.median(uncached) * 1000
            out["viewer_kept_ms"] = statistics.median(cached) * 1000
            ids = [int(i) for i in docs["document_id"]]
            paths = [
                "/api/documents?limit=20",
                f"/api/documents/{ids[0]}",
                f"/api/mentions?document_id={ids[-1]}&limit=50",
                "/api/mentions?limit=50&offset=100",
                "/api/panel?indicator=gdp&measure=growth&status=target",
                "/api/search?q=%E7%94%9F%E4%BA%A7%E6%80%BB%E5%80%BC",  # 生产总值
                "/api/scorecard?limit=50",
                "/api/corrections",
            ]
            made = []
            for path in paths:  # once each with a query no one asked before: the answer is made
                made.append(_timed(f"{base}{path}{'&' if '?' in path else '?'}format=json")[0])
            out["api_made_max_ms"] = max(made) * 1000
            out["api_made_slowest"] = paths[made.index(max(made))]
            for path in paths:  # warm every worker
                for _ in range(workers * 2):
                    _get(base + path)
            lat, errors = asyncio.run(_load("127.0.0.1", port, paths, clients, seconds))
            out["api_clients"] = clients
            out["api_requests"] = len(lat)
            out["api_rps"] = len(lat) / seconds
            out["api_p50_ms"] = _pct(lat, 0.50)
            out["api_p95_ms"] = _pct(lat, 0.95)
            out["api_max_ms"] = max(lat) * 1000 if lat else float("nan")
            out["api_errors"] = len(errors)
            if errors:
                out["api_first_error"] = errors[0]
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--workers", type=int, default=1, help="gwr serve --workers (its default: 1)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    figures = run(args.corpus, args.clients, args.seconds, args.workers)
    for key, value in figures.items():
        print(f"  {key}: {value:.1f}" if isinstance(value, float) else f"  {key}: {value}")
    print("  targets: viewer < 300 ms; API p95 < 100 ms with no errors")
    print(f"  load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
