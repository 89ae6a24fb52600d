"""screenshots: every page of ``gwr serve`` over a database, photographed in headless Chromium.

    python -m gwr.web.screenshots --db out/demo.db --out out/screenshots

Uses Debian's /usr/bin/chromium through Playwright (``make browser`` installs it). The server
runs in this process on a free loopback port and stops when the pictures are taken.
"""

from __future__ import annotations

import argparse
import contextlib
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@contextlib.contextmanager
def serving(db: Path) -> Iterator[str]:
    """The app over ``db`` on a free loopback port in a thread; yields its base URL."""
    import uvicorn

    from gwr.web import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


def take(db: Path, out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    from gwr import Corpus

    with Corpus(db) as corpus:
        docs = corpus.documents()
    biggest = int(docs.sort_values("chars").iloc[-1]["document_id"]) if not docs.empty else 1
    pages = [
        ("overview", "/"),
        ("viewer", f"/documents/{biggest}"),
        ("search", "/search?q=%E5%A2%9E%E9%95%BF"),  # 增长
        ("panel", "/panel?indicator=gdp&measure=growth"),
        ("corrections", "/corrections"),
        ("scorecard", "/scorecard"),
        ("extract", "/extract"),
    ]
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with serving(db) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        for name, path in pages:
            page.goto(url + path)
            page.wait_for_load_state("networkidle")
            if name == "viewer" and page.locator("mark.fig").count():
                page.locator("mark.fig").nth(min(3, page.locator("mark.fig").count() - 1)).click()
            target = out / f"{name}.png"
            page.screenshot(path=str(target))
            written.append(target)
        browser.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("out/demo.db"))
    parser.add_argument("--out", type=Path, default=Path("out/screenshots"))
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        sys.stderr.write(f"screenshots: {CHROMIUM} not found (run `make browser`)\n")
        return 1
    for path in take(args.db, args.out):
        sys.stderr.write(f"wrote {path}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
