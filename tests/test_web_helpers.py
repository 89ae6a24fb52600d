"""Helpers shared by the web tests (no tests here): a demo database and a live server."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi.testclient import TestClient

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

# A report carrying the kinds of injected markup found in the corpus: a spam link, a script,
# an image with an event handler, in text that survives cleaning (escaped entity forms) and not.
HOSTILE = (
    "2019年河北省政府工作报告\n"
    "一、2018年工作回顾\n"
    '全省生产总值增长6.6%，城镇新增就业90万人。<a href="https://spam.example/x">点此领取</a>\n'
    "二、2019年工作安排\n"
    "全省生产总值增长6.5%左右，居民消费价格涨幅3%左右。"
    "&lt;a href=&quot;https://evil.example/&quot;&gt;免费下载&lt;/a&gt;"
    "<script>alert('x')</script><img src=x onerror=\"alert('y')\">\n"
)


def build_demo(db: Path) -> Path:
    """examples/ and the hostile report ingested into ``db``."""
    from gwr import Corpus

    hostile = db.parent / "hostile"
    hostile.mkdir(exist_ok=True)
    (hostile / "hebei_2019.txt").write_text(HOSTILE, encoding="utf-8")
    with Corpus(db, create=True) as corpus:
        corpus.ingest([EXAMPLES, hostile])
    return db


def live_server(db: Path) -> contextlib.AbstractContextManager[str]:
    """``gwr serve``'s app on a free loopback port in a thread; yields its base URL."""
    from gwr.web.screenshots import serving

    return serving(db)


def post_correction(client: TestClient, doc: int, fig: dict[str, Any], action: str, **changes: Any) -> None:
    """Save a correction of figure ``fig`` (its ``start`` and ``end``) of document ``doc``
    through the web API; it must be accepted (201)."""
    body = {
        "document_id": doc,
        "start": fig["start"],
        "end": fig["end"],
        "action": action,
        "changes": changes,
    }
    r = client.post("/api/corrections", json=body)
    assert r.status_code == 201, r.text
