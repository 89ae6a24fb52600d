"""Inputs and checks shared by the fuzz tests (tests/test_fuzz.py, bounded, in ``make
test``) and the long fuzz run (``make fuzz``, scripts/fuzz.py).

Inputs: random bytes, real reports mutated (bit flips, cut, spliced, chunks
repeated), containers built around them (zip, csv, jsonl, html, docx), and
pathological repetitions (the shapes that once took minutes). Checks: what a
caller may rely on whatever the input: no exception, every result a Document
or a Failure whose message names where it happened, clean text mapping back
to the raw text without live markup, quantities that are what they cover."""

from __future__ import annotations

import csv
import html
import io
import json
import random
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from gwr.clean import clean
from gwr.ingest import read_bytes
from gwr.ingest.budget import Budget, using
from gwr.numbers import scan_quantities
from gwr.pipeline import process_safely, read_within_budget
from gwr.types import Document, Failure, Provenance, RawDocument

ROOT = Path(__file__).resolve().parents[1]
# small enough that a pathological input is refused or stopped quickly, large enough for a report
BUDGET = Budget(bytes=2 * 2**20, chars=400_000, seconds=20)

NAMES = ("x.txt", "x.html", "x.csv", "x.jsonl", "x.json", "x.zip", "x.docx", "x.xlsx", "x.pdf", "x")
PATHOLOGICAL = (
    "*", "<a href=http://x", "<a ", "<!--", "<script>", "<p a=1 ", "&amp;", "&lt;", "1", "9,", "1.",
    "。", "\n", "一", "十", "万", "亿元", "%", "<", "{", "a{", "\\r\\n", "（", "第", "\x00", "\ufeff", "\ud800",
    "增长8%，", "各位代表：", "<U+00A0>", "**", "<svg onload=alert(1)>",
)  # fmt: skip


def seeds() -> list[str]:
    """Real report text: the examples folder."""
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]


def mutate(data: bytes, rnd: random.Random) -> bytes:
    """A few random edits: flips, cuts, insertions, a repeated chunk."""
    buf = bytearray(data)
    for _ in range(rnd.randint(1, 6)):
        op = rnd.randrange(5)
        pos = rnd.randrange(len(buf) + 1)
        if op == 0 and buf:
            buf[min(pos, len(buf) - 1)] ^= 1 << rnd.randrange(8)
        elif op == 1:
            del buf[pos : pos + rnd.randint(1, 64)]
        elif op == 2:
            buf[pos:pos] = bytes(rnd.randrange(256) for _ in range(rnd.randint(1, 16)))
        elif op == 3 and buf:
            chunk = buf[pos : pos + rnd.randint(1, 32)]
            buf[pos:pos] = chunk * rnd.randint(2, 200)
        else:
            buf[pos:pos] = rnd.choice(PATHOLOGICAL).encode("utf-8", "surrogatepass") * rnd.randint(1, 300)
    return bytes(buf)


def pathological(rnd: random.Random, size: int = 20_000) -> str:
    """One or two pieces repeated to ``size`` characters, in report text or alone."""
    pieces = rnd.choice(PATHOLOGICAL) + (rnd.choice(PATHOLOGICAL) if rnd.random() < 0.5 else "")
    run = pieces * max(1, size // len(pieces))
    return run if rnd.random() < 0.5 else f"各位代表：\n{run}\n全年增长8%。"


def container(text: str, kind: str) -> tuple[bytes, str]:
    """``text`` wrapped as a file of ``kind``."""
    if kind == "zip":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("a.txt", text.encode("utf-8", "replace"))
            z.writestr("b/c.html", f"<p>{text}</p>".encode("utf-8", "replace"))
        return buf.getvalue(), "x.zip"
    if kind == "csv":
        out = io.StringIO()
        w = csv.writer(out)
        w.writerows([["region", "year", "text"], ["大连市", "2018", text], ["大连市", "2019", text[::-1]]])
        return out.getvalue().encode("utf-8", "replace"), "x.csv"
    if kind == "jsonl":
        rows = [json.dumps({"text": text, "year": 2018}), json.dumps({"text": text[::-1]})]
        return "\n".join(rows).encode("utf-8", "replace"), "x.jsonl"
    if kind == "html":
        return f"<html><head><title>t</title></head><body><p>{text}</p></body></html>".encode(
            "utf-8", "replace"
        ), "x.html"
    return text.encode("utf-8", "replace"), "x.txt"


def random_input(rnd: random.Random) -> tuple[bytes, str]:
    """One fuzz input for the readers: random bytes, a mutated real report or container,
    or a pathological repetition."""
    choice = rnd.randrange(4)
    if choice == 0:
        return bytes(rnd.randrange(256) for _ in range(rnd.randint(0, 2048))), rnd.choice(NAMES)
    text = rnd.choice(seeds())
    if choice == 1:
        text = text[: rnd.randint(0, len(text))]
    elif choice == 2:
        text = pathological(rnd, rnd.choice((100, 5_000, 50_000)))
    data, name = container(text, rnd.choice(("txt", "zip", "csv", "jsonl", "html")))
    if rnd.random() < 0.7:
        data = mutate(data, rnd)
    return data, rnd.choice((name, name, rnd.choice(NAMES)))


# checks ------------------------------------------------------------------------------------------

LIVE = re.compile(r"<[/?A-Za-z]")


def _decoded(text: str) -> str:
    for _ in range(10):
        new = html.unescape(text)
        if new == text:
            break
        text = new
    return text


def check_reader(data: bytes, name: str) -> int:
    """Read and extract ``data`` as ``name``; returns the number of results."""
    with using(BUDGET):
        results = [process_safely(r) for r in read_within_budget(read_bytes(data, name), name)]
    assert results, "no result at all: a silent loss"
    for r in results:
        assert isinstance(r, Document | Failure), type(r)
        if isinstance(r, Failure):
            assert r.code and r.message and r.provenance.path == name, r
        else:
            check_document(r)
    return len(results)


def check_document(doc: Document) -> None:
    text, raw = doc.clean.text, doc.raw.text
    for e in doc.clean.edits:
        assert 0 <= e.start < e.end <= len(raw) and raw[e.start : e.end] == e.text
    assert not LIVE.search(_decoded(text)), "live markup in the clean text"
    for m in doc.mentions:
        assert 0 <= m.start < m.end <= len(text), (m.start, m.end)


def check_cleaner(text: str) -> None:
    ct = clean(RawDocument(text, Provenance("fuzz.txt"), "0" * 64, "utf-8", "txt"))
    last = 0
    for e in ct.edits:
        assert last <= e.start < e.end <= len(text) and text[e.start : e.end] == e.text
        last = e.end
    kept = "".join(e.replacement for e in ct.edits)
    assert len(ct.text) == len(text) - sum(e.end - e.start for e in ct.edits) + len(kept)
    assert not LIVE.search(_decoded(ct.text)), "live markup in the clean text"


def check_numbers(text: str) -> None:
    last = 0
    for q in scan_quantities(text):
        assert last <= q.start < q.end <= len(text) and text[q.start : q.end] == q.raw
        last = q.end


TARGETS: dict[str, Callable[[random.Random], None]] = {
    "readers": lambda rnd: check_reader(*random_input(rnd)) and None,
    "cleaner": lambda rnd: check_cleaner(
        pathological(rnd, rnd.choice((100, 5_000, 50_000)))
        if rnd.random() < 0.5
        else mutate(rnd.choice(seeds()).encode(), rnd).decode("utf-8", "replace")
    ),
    "numbers": lambda rnd: check_numbers(
        "".join(rnd.choice(("1", "0", "9", ".", ",", "万", "亿", "元", "%", "十", "百", "至", "—", "多", "O", " ", "年", "第", "：", "２"))
                for _ in range(rnd.randint(1, 80)))
    ),
}  # fmt: skip
