"""Hostile inputs (issue 9): each crash, hang or silent loss found by the attack
run, rebuilt from the same kind of input and generated here (no large files are
stored). Every input gives records, never a traceback; a bad document or row is
one failure record naming it, and its siblings are still read."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import gwr
from gwr.ingest import read_bytes, read_paths
from gwr.numbers import _atomic, scan_quantities
from gwr.types import Failure, RawDocument

REPORT = "各位代表：\n" + "全年地区生产总值增长6.5%，一般公共预算收入增长8%。\n" * 12


# 1. long digit runs -------------------------------------------------------------------------------

LONG_DIGITS = [
    pytest.param("1" * 17 + "万亿元", Decimal("1" * 17 + "0" * 12), id="17-digits-wanyi-yuan"),
    pytest.param("1" * 21 + "亿元", Decimal("1" * 21 + "0" * 8), id="21-digits-yi-yuan"),
    pytest.param("1" * 29 + "%", Decimal("1" * 29), id="29-digits-percent"),
    pytest.param("9" * 60 + "元", Decimal("9" * 60), id="60-digits-yuan"),
]


@pytest.mark.parametrize(("text", "value"), LONG_DIGITS)
def test_long_digit_runs_are_numbers_not_crashes(text: str, value: Decimal) -> None:
    (q,) = scan_quantities("增长" + text + "。")
    assert q.value is not None
    # beyond 28 significant digits the product is rounded: the leading digits are right
    assert abs(q.value - value) <= value * Decimal("1e-26")


def test_long_digit_run_in_a_batch_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(REPORT + "增长" + "1" * 29 + "%。\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text(REPORT, encoding="utf-8")
    results = gwr.extract(tmp_path)
    assert [type(r).__name__ for r in results] == ["Document"] * 3


# 6. Python 3.11.0-3.11.2: possessive repeats written as atomic groups ------------------------------

ATOMIC = [
    pytest.param(r"a(?:b|c)*+d", r"a(?>(?:b|c)*)d", id="group-star"),
    pytest.param(r"(?:ab){2,}+c", r"(?>(?:ab){2,})c", id="group-counted"),
    pytest.param(r"(x(?:y)++)?+", r"(?>(x(?>(?:y)+))?)", id="nested"),
    pytest.param(r"[()]++x", r"[()]++x", id="class-left-alone"),
    pytest.param(r"\(a\)++", r"\(a\)++", id="escaped-parens"),
    pytest.param(r"[0-9]++(?:\.[0-9]+)?", r"[0-9]++(?:\.[0-9]+)?", id="no-possessive-group"),
]


@pytest.mark.parametrize(("pattern", "expected"), ATOMIC)
def test_possessive_groups_become_atomic(pattern: str, expected: str) -> None:
    assert _atomic(pattern) == expected


@pytest.mark.parametrize(
    ("text", "raw"),
    [("外资要增长8%以上", "8%"), ("建成5号线", None), ("新增造林8万亩", "8万亩"), ("11万千伏变电站", None)],
)
def test_numbers_match_what_3_11_2_got_wrong(text: str, raw: str | None) -> None:
    found = [q.raw for q in scan_quantities(text)]
    assert all(found), found  # never an empty match
    if raw:
        assert raw in found


# 13. a lone surrogate in one JSONL row -----------------------------------------------------------


@pytest.mark.parametrize("name", ["rows.jsonl", "rows.json"])
def test_lone_surrogate_is_one_row_not_the_file(name: str) -> None:
    rows = [
        json.dumps({"text": REPORT + "甲"}),
        '{"text": "\\ud800' + REPORT.replace("\n", "\\n") + '", "title": "\\udfff"}',
        json.dumps({"text": REPORT + "乙"}),
    ]
    data = ("[" + ",".join(rows) + "]" if name.endswith(".json") else "\n".join(rows)).encode()
    out = list(read_bytes(data, name))
    assert [type(r).__name__ for r in out] == ["RawDocument"] * 3
    middle = out[1]
    assert isinstance(middle, RawDocument)
    assert middle.text.startswith("\ufffd") and middle.provenance.title == "\ufffd"
    assert [n.code for n in middle.notices] == ["decode_lossy"]
    assert out[2].provenance.row == 3


def test_a_row_whose_reader_fails_is_one_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    from gwr.ingest import containers

    real = containers.iso_date

    def boom(value: object) -> str | None:
        if value == "bad":
            raise RuntimeError("reader bug")
        return real(value)

    monkeypatch.setattr(containers, "iso_date", boom)
    rows = [{"text": REPORT, "date": d} for d in ("2020-01-01", "bad", "2021-01-01")]
    out = list(read_bytes("\n".join(json.dumps(r) for r in rows).encode(), "x.jsonl"))
    assert [type(r).__name__ for r in out] == ["RawDocument", "Failure", "RawDocument"]
    bad = out[1]
    assert isinstance(bad, Failure) and bad.code == "error" and bad.provenance.row == 2
    assert "RuntimeError: reader bug" in bad.message


# 7. UTF-16 without a BOM -------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [REPORT, "Government work report 2020\n" * 20], ids=["chinese", "ascii"])
def test_utf16_without_bom(encoding: str, text: str) -> None:
    (doc,) = read_bytes(text.encode(encoding), "report.txt")
    assert isinstance(doc, RawDocument), doc
    assert doc.encoding == encoding and doc.text == text


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(bytes(range(256)) * 8, id="all-bytes"),
        pytest.param(REPORT.encode("gb18030"), id="gb18030"),
        pytest.param(REPORT.encode("utf-8"), id="utf-8"),
        pytest.param(b"abcdefghijklmnopqrstuvwxyz" * 10, id="ascii-letters"),
    ],
)
def test_other_bytes_are_not_taken_for_utf16(data: bytes) -> None:
    from gwr.ingest.decode import decode_bytes

    assert not decode_bytes(data).encoding.startswith("utf-16")


# 5. only regular files ---------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_ingest_skips_a_fifo_in_a_folder_without_blocking(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(REPORT, encoding="utf-8")
    os.mkfifo(folder / "b.txt")
    script = (
        "import sys\n"
        "from gwr.store import Corpus\n"
        "from gwr.store.ingest import ingest\n"
        "with Corpus(sys.argv[1], create=True) as c:\n"
        "    s = ingest(c, [sys.argv[2]])\n"
        "print(s.added, s.failed, [f[1] for f in s.failures])\n"
    )
    # a hang here is the bug: the timeout turns it into a failure instead of a stuck suite
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "c.db"), str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "1", "['not_regular']"]


def test_device_is_not_regular() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    (item,) = read_paths(["/dev/zero"])
    assert isinstance(item, Failure) and item.code == "not_regular"


def test_no_empty_quantity_anywhere() -> None:
    text = "".join(f"第{i}条增长{i}%，投资{i}亿元，{i}号线；" for i in range(50))
    assert all(re.fullmatch(r".+", q.raw) for q in scan_quantities(text))
