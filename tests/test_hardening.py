"""Hostile inputs (issue 9): each crash, hang or silent loss found by the attack
run, rebuilt from the same kind of input and generated here (no large files are
stored). Every input gives records, never a traceback; a bad document or row is
one failure record naming it, and its siblings are still read."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import time
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import gwr
from gwr.ingest import read_bytes, read_paths
from gwr.ingest.budget import Budget, OverBudget, deadline, using
from gwr.numbers import _atomic, scan_quantities
from gwr.pipeline import extract_bytes, iter_extract
from gwr.types import Document, Failure, RawDocument

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


GROUPED_50 = ",".join(["12", *["345"] * 16])  # 50 digits in thousands groups: 12,345,345,…


@pytest.mark.parametrize("fmt", ["csv", "parquet", "xlsx", "dta"])
def test_a_50_digit_grouped_number_goes_through_store_and_export(tmp_path: Path, fmt: str) -> None:
    """A 50-digit figure written with thousands separators is read whole (rounded past 28
    significant digits), stored, shown in the panel and exported, with no InvalidOperation."""
    from gwr.export import export_corpus
    from gwr.store import Corpus

    text = (
        "2018年大连市政府工作报告\n各位代表：\n今年主要预期目标是：地区生产总值达到"
        + GROUPED_50
        + "亿元，增长"
        + GROUPED_50
        + "%。\n"
    )
    (doc,) = extract_bytes(text.encode("utf-8"), "big.txt")
    assert isinstance(doc, Document)
    levels = [m for m in doc.mentions if m.measure == "level"]
    assert [m.raw for m in levels] == [GROUPED_50 + "亿元"]
    value = Decimal(GROUPED_50.replace(",", "")) * Decimal(10) ** 8
    assert levels[0].value is not None and abs(levels[0].value - value) <= value * Decimal("1e-26")
    with Corpus(tmp_path / "big.db", create=True) as c:
        c.add([doc])
        assert len(c.panel("gdp", "level", "target")) == 1
        paths = export_corpus(c, tmp_path / "out", fmt)
    assert paths[-1].name == "manifest.json"


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


# 3-4. one budget per document, however it arrived ------------------------------------------------

SMALL = Budget(bytes=20_000, chars=5_000, seconds=60)
BIG = "各位代表：" + "预算收入增长8%。" * 1_000  # 9,005 characters, 27,015 bytes
OK = REPORT  # under both limits


def _zip(members: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in members:
            z.writestr(name, text.encode("utf-8"))
    return buf.getvalue()


def _csv(cells: list[str]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["region", "year", "text"])
    for i, cell in enumerate(cells):
        w.writerow(["大连市", 2018 + i, cell])
    return buf.getvalue().encode("utf-8")


def _jsonl(texts: list[str]) -> bytes:
    return "\n".join(
        json.dumps({"title": f"r{i}", "text": t}, ensure_ascii=False) for i, t in enumerate(texts)
    ).encode()


def _xlsx(cells: list[str]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["region", "year", "text"])
    for i, cell in enumerate(cells):
        sheet.append(["大连市", 2018 + i, cell])
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


CONTAINERS = [
    pytest.param(
        lambda: _zip([("a.txt", OK), ("big.txt", BIG), ("c.txt", OK)]), "x.zip", "bytes", id="zip-member"
    ),
    pytest.param(lambda: _csv([OK, BIG, OK]), "x.csv", "characters", id="csv-cell"),
    pytest.param(lambda: _xlsx([OK, BIG, OK]), "x.xlsx", "characters", id="xlsx-cell"),
    pytest.param(lambda: _jsonl([OK, BIG, OK]), "x.jsonl", "characters", id="jsonl-string"),
    pytest.param(lambda: BIG.encode("utf-8"), "x.txt", "bytes", id="file"),
]


@pytest.mark.parametrize(("make", "name", "limit"), CONTAINERS)
def test_a_document_over_the_budget_is_one_failure_naming_the_limit(make: Any, name: str, limit: str) -> None:
    with using(SMALL):
        out = extract_bytes(make(), name)
    failures = [r for r in out if isinstance(r, Failure)]
    assert len(failures) == 1
    (bad,) = failures
    assert bad.code == "over_limit" and limit in bad.message and "Budget." in bad.message
    assert len(out) in (1, 3)  # the siblings are read
    assert all(isinstance(r, Document) for r in out if r is not bad)


def test_the_default_budget_holds_a_long_report() -> None:
    (doc,) = extract_bytes(BIG.encode("utf-8"), "x.txt")
    assert isinstance(doc, Document)


def test_zip_entries_pointing_at_one_member_are_read_once() -> None:
    data = bytearray(_zip([("a.txt", OK)]))
    # a second central-directory entry for the same local header, under another name
    end = data.rfind(b"PK\x05\x06")
    cd_start = int.from_bytes(data[end + 16 : end + 20], "little")
    entry = bytes(data[cd_start:end])
    copies = 50
    extra = b"".join(entry.replace(b"a.txt", f"{i:05d}".encode()[:5]) for i in range(copies))
    data[end:end] = extra
    total = 1 + copies
    data[end + len(extra) + 8 : end + len(extra) + 12] = total.to_bytes(2, "little") * 2
    data[end + len(extra) + 12 : end + len(extra) + 16] = (len(entry) * total).to_bytes(4, "little")
    out = list(read_bytes(bytes(data), "dup.zip"))
    docs = [r for r in out if isinstance(r, RawDocument)]
    dups = [r for r in out if isinstance(r, Failure)]
    assert len(docs) == 1 and len(dups) == copies
    assert {d.code for d in dups} == {"duplicate_member"}


@pytest.mark.parametrize(
    "name", ["../evil.txt", "a/../../evil.txt", "/etc/evil.txt", "..\\evil.txt", "C:evil.txt"]
)
def test_zip_member_leaving_the_archive_is_a_failure(name: str) -> None:
    out = list(read_bytes(_zip([("a.txt", OK), (name, OK)]), "x.zip"))
    assert [type(r).__name__ for r in out] == ["RawDocument", "Failure"]
    bad = out[1]
    assert isinstance(bad, Failure) and bad.code == "unsafe_name" and bad.provenance.member == name


def test_a_document_past_its_time_is_stopped_and_the_next_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gwr.clean

    real = gwr.clean.clean

    def slow(raw: RawDocument) -> Any:
        if "慢" in raw.text:
            time.sleep(3600)
        return real(raw)

    monkeypatch.setattr(gwr.clean, "clean", slow)
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(REPORT + "慢", encoding="utf-8")
    (tmp_path / "c.txt").write_text(REPORT, encoding="utf-8")
    with using(Budget(seconds=1)):
        out = list(iter_extract([tmp_path]))
    assert [type(r).__name__ for r in out] == ["Document", "Failure", "Document"]
    bad = out[1]
    assert isinstance(bad, Failure) and bad.code == "over_limit" and "time limit" in bad.message
    assert bad.provenance.path.endswith("b.txt")


def test_a_reader_past_its_time_ends_its_file_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from gwr.ingest import containers

    real = containers.read_csv

    def slow(data: bytes, prov: Any, name: str) -> Any:
        yield from real(data, prov, name)
        time.sleep(3600)

    monkeypatch.setattr(containers, "read_csv", slow)
    (tmp_path / "a.csv").write_bytes(_csv([OK, OK]))
    (tmp_path / "b.txt").write_text(REPORT, encoding="utf-8")
    with using(Budget(seconds=1)):
        out = list(iter_extract([tmp_path]))
    assert [type(r).__name__ for r in out] == ["Document", "Document", "Failure", "Document"]
    assert isinstance(out[2], Failure) and "after 2 document(s)" in out[2].message


def test_deadlines_nest() -> None:
    with using(Budget(seconds=5)), deadline():
        with pytest.raises(OverBudget), deadline(0.2):
            time.sleep(3600)
        time.sleep(0.3)  # the outer deadline still has time left


# 12. an interrupted export never looks complete ----------------------------------------------------


def test_an_interrupted_export_does_not_look_complete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json as json_

    from gwr import export
    from gwr.store import Corpus

    with Corpus(tmp_path / "c.db", create=True) as corpus:
        corpus.add(extract_bytes(REPORT.encode("utf-8"), "a.txt"))
        out = tmp_path / "out"
        first = export.export_corpus(corpus, out, "csv")
        assert export.check_export(out) == []
        manifest = json_.loads((out / "manifest.json").read_text(encoding="utf-8"))
        tables = {"documents", "mentions", "panel", "attention", "scorecard", "projects"}
        assert set(manifest["tables"]) == tables and len(first) == 7

        real = export.write
        calls = []

        def dies_on_the_third(frame: Any, path: Path, fmt: str, **kw: Any) -> Path:
            calls.append(path.name)
            if len(calls) == 3:
                path.with_name(f".{path.name}.99999.tmp").write_text("half")  # as a kill -9 leaves it
                raise KeyboardInterrupt
            return real(frame, path, fmt, **kw)

        monkeypatch.setattr(export, "write", dies_on_the_third)
        with pytest.raises(KeyboardInterrupt):
            export.export_corpus(corpus, out, "csv")
        assert export.check_export(out) == [
            f"{out / 'manifest.json'} is missing or unreadable: the export is incomplete"
        ]

        monkeypatch.setattr(export, "write", real)
        export.export_corpus(corpus, out, "csv")
    assert export.check_export(out) == []
    assert not list(out.glob(".*.tmp"))  # the stale temp file is gone


def test_a_changed_table_fails_the_check(tmp_path: Path) -> None:
    from gwr import export
    from gwr.store import Corpus

    with Corpus(tmp_path / "c.db", create=True) as corpus:
        corpus.add(extract_bytes(REPORT.encode("utf-8"), "a.txt"))
        export.export_corpus(corpus, tmp_path / "out", "csv")
    (tmp_path / "out" / "panel.csv").write_text("old\n", encoding="utf-8")
    assert export.check_export(tmp_path / "out") == [
        f"panel: {tmp_path / 'out' / 'panel.csv'} is not the file the manifest describes"
    ]


# 10, 15. the command line: names, --db, search options ---------------------------------------------


def _gwr(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gwr.cli", *args], capture_output=True, text=True, timeout=300, check=False
    )


@pytest.fixture(scope="module")
def esc_zip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("esc") / "names.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("\x1b[2Jclear\x07.txt", REPORT.encode("utf-8"))
        z.writestr("bad\x1b]0;title\x07\u202e.txt", b"")
    return path


def test_control_characters_in_names_never_reach_the_terminal(esc_zip: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "e.db")
    runs = [
        _gwr("extract", str(esc_zip)),
        _gwr("ingest", str(esc_zip), "--db", db),
        _gwr("status", "--db", db),
    ]
    for run in runs:
        shown = run.stdout + run.stderr
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]", shown), repr(shown)
    assert "\\x1b[2Jclear" in runs[0].stdout and "\\u202e" in runs[2].stdout + runs[2].stderr


@pytest.mark.parametrize(
    "args",
    [
        ["--limit", "99999999999999999999"],
        ["--per-doc", "99999999999999999999"],
        ["--year", "²"],
        ["--year", "1-99999999"],
    ],
    ids=["limit", "per-doc", "superscript-year", "huge-range"],
)
def test_search_options_out_of_range_are_usage_errors(args: list[str], tmp_path: Path) -> None:
    from gwr.store import Corpus

    db = tmp_path / "s.db"
    with Corpus(db, create=True) as corpus:
        corpus.add(extract_bytes(REPORT.encode("utf-8"), "a.txt"))
    run = _gwr("search", "政府", "--db", str(db), *args)
    assert run.returncode in (1, 2) and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_as_db_is_named_as_such(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "x.db")
    run = _gwr("status", "--db", str(tmp_path / "x.db"))
    assert run.returncode == 1 and "not a regular file" in run.stderr and "disk is full" not in run.stderr


def test_status_on_a_database_with_overwritten_pages(tmp_path: Path) -> None:
    from gwr.store import Corpus

    db = tmp_path / "c.db"
    with Corpus(db, create=True) as corpus:
        corpus.add(extract_bytes(REPORT.encode("utf-8"), "a.txt"))
        corpus.add(extract_bytes((REPORT * 40).encode("utf-8"), "b.txt"))
    data = bytearray(db.read_bytes())
    page = 4096
    for start in range(len(data) - 6 * page, len(data), 2 * page):  # data pages, not the schema
        data[start : start + page] = bytes(range(256)) * (page // 256)
    db.write_bytes(bytes(data))
    run = _gwr("status", "--db", str(db))
    assert run.returncode == 1 and "corrupted" in run.stderr and "Traceback" not in run.stderr


# 15. a PDF that makes pypdf warn: one notice, not a flood on stderr --------------------------------


def _pdf(text: bytes, broken_xref: bool) -> bytes:
    stream = b"BT /F1 12 Tf 20 100 Td (" + text + b") Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    start = b"9%d" % xref if broken_xref else b"%d" % xref  # a startxref pointing nowhere
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n" % (len(objs) + 1) + start + b"\n%%EOF\n")
    return out.getvalue()


@pytest.mark.parametrize("broken", [True, False], ids=["broken-xref", "clean"])
def test_pypdf_warnings_become_one_notice(broken: bool, capfd: pytest.CaptureFixture[str]) -> None:
    (doc,) = read_bytes(_pdf(b"Government work report 2018", broken), "x.pdf")
    assert isinstance(doc, RawDocument) and "Government work report 2018" in doc.text
    notices = [n for n in doc.notices if n.code == "pdf_warnings"]
    assert len(notices) == (1 if broken else 0)
    assert capfd.readouterr().err == ""


# 2. search and attention with a document of no report year -----------------------------------------


def test_search_and_attention_with_a_document_of_no_year(tmp_path: Path) -> None:
    from gwr.store import Corpus

    db = tmp_path / "c.db"
    with Corpus(db, create=True) as corpus:
        corpus.add(extract_bytes(REPORT.encode("utf-8"), "a.txt"))
        corpus.add(extract_bytes("各位代表：今年工作很好。政府工作报告，科技创新。".encode(), "b.txt"))
    for args in (["search", "政府工作报告"], ["attention"]):
        run = _gwr(*args, "--db", str(db))
        assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
