"""gwr.ingest: bytes in any format → RawDocument / Failure.

Fixtures in tests/fixtures/ are made by scripts/make_fixtures.py from
examples/*.txt; the corpus tests read ../shared/corpus (or $GWR_CORPUS) and
are skipped when it is absent.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import os
import re
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gwr.ingest import decode, normalize, read_bytes, read_paths
from gwr.ingest.decode import decode_bytes
from gwr.types import Failure, Provenance, RawDocument

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLES = ROOT / "examples"
CORPUS = Path(os.environ.get("GWR_CORPUS", ROOT.parent / "shared" / "corpus"))

Result = RawDocument | Failure


def example(prefix: str) -> str:
    (path,) = EXAMPLES.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def read_one(name: str, **limits: int) -> list[Result]:
    return list(read_paths([FIXTURES / name], **limits))


def only_document(results: list[Result]) -> RawDocument:
    assert len(results) == 1, results
    (result,) = results
    assert isinstance(result, RawDocument), result
    return result


def only_failure(results: list[Result]) -> Failure:
    assert len(results) == 1, results
    (result,) = results
    assert isinstance(result, Failure), result
    return result


def squash(text: str) -> str:
    """Text without line breaks and spaces, for comparing across PDF line wrapping."""
    return re.sub(r"\s+", "", text)


# Decoding -----------------------------------------------------------------------------------------

REPORT = "政府工作报告：地区生产总值增长6.5%左右，城镇新增就业10万人。"
DECODE_CASES = [  # (id, bytes, declared, expected encoding, expected text)
    ("utf-8", REPORT.encode("utf-8"), None, "utf-8", REPORT),
    ("utf-8 BOM", codecs.BOM_UTF8 + REPORT.encode("utf-8"), None, "utf-8-sig", REPORT),
    ("utf-16 LE BOM", codecs.BOM_UTF16_LE + REPORT.encode("utf-16-le"), None, "utf-16", REPORT),
    ("utf-16 BE BOM", codecs.BOM_UTF16_BE + REPORT.encode("utf-16-be"), None, "utf-16", REPORT),
    ("utf-16 LE no BOM", "GDP 6.5% 2018\n".encode("utf-16-le") * 4, None, "utf-16-le", "GDP 6.5% 2018\n" * 4),
    ("gbk undeclared", REPORT.encode("gbk"), None, "gb18030", REPORT),
    ("gbk declared gb2312", REPORT.encode("gbk"), "gb2312", "gb18030", REPORT),
    ("gb18030 four-byte character", (REPORT + "䶮").encode("gb18030"), None, "gb18030", REPORT + "䶮"),
    (
        "declared big5 wins over gb18030",
        "政府工作報告，經濟發展。".encode("big5"),
        "big5",
        "big5hkscs",
        "政府工作報告，經濟發展。",
    ),
    ("Chinese page mislabelled iso-8859-1", REPORT.encode("gbk"), "iso-8859-1", "gb18030", REPORT),
    (
        "declared windows-1252 for Latin text",
        "Café, naïve.".encode("cp1252"),
        "windows-1252",
        "cp1252",
        "Café, naïve.",
    ),
    ("unknown declared label ignored", REPORT.encode("gbk"), "x-no-such-charset", "gb18030", REPORT),
    ("utf-8 beats a wrong declaration", REPORT.encode("utf-8"), "gb2312", "utf-8", REPORT),
]


@pytest.mark.parametrize(
    ("data", "declared", "encoding", "text"), [c[1:] for c in DECODE_CASES], ids=[c[0] for c in DECODE_CASES]
)
def test_decode(data: bytes, declared: str | None, encoding: str, text: str) -> None:
    assert decode(data, declared) == (text, encoding)


TRUNCATED = [  # (id, bytes, encoding, text kept)
    ("utf-8 cut after 1 of 3 bytes", "报告".encode()[:-2], "utf-8", "报"),
    ("utf-8 cut after 2 of 3 bytes", "报告".encode()[:-1], "utf-8", "报"),
    ("gbk cut after the lead byte", REPORT.encode("gbk") + "告".encode("gbk")[:1], "gb18030", REPORT),
    ("utf-16 odd length", codecs.BOM_UTF16_LE + "报告".encode("utf-16-le")[:-1], "utf-16", "报"),
]


@pytest.mark.parametrize(
    ("data", "encoding", "text"), [c[1:] for c in TRUNCATED], ids=[c[0] for c in TRUNCATED]
)
def test_truncated_multibyte_is_dropped_with_a_notice(data: bytes, encoding: str, text: str) -> None:
    result = decode_bytes(data)
    assert (result.text, result.encoding) == (text, encoding)
    assert [n.code for n in result.notices] == ["truncated_multibyte"]


def test_utf8_with_a_stray_byte_is_not_read_as_gb18030() -> None:
    data = REPORT.encode() * 3 + b"\xe9" + REPORT.encode() * 3
    result = decode_bytes(data)
    assert result.encoding == "utf-8"
    assert result.text == REPORT * 3 + "\ufffd" + REPORT * 3
    assert [n.code for n in result.notices] == ["decode_lossy"]


def test_undecodable_bytes_are_replaced_with_a_notice() -> None:
    result = decode_bytes(bytes(range(0x80, 0x100)) * 3)
    assert result.encoding == "utf-8"
    assert "\ufffd" in result.text
    assert [n.code for n in result.notices] == ["decode_lossy"]


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from([None, "gb2312", "utf-8", "bogus"]))
def test_decode_never_raises(data: bytes, declared: str | None) -> None:
    text, encoding = decode(data, declared)
    assert isinstance(text, str)
    assert encoding


# Normalisation ------------------------------------------------------------------------------------

NORMALIZE = [  # (id, raw, normalised)
    ("CRLF", "第一行\r\n第二行\r\n", "第一行\n第二行\n"),
    ("CR CR LF (gov.cn R scrape)", "第一行\r\r\n第二行", "第一行\n第二行"),
    ("lone CR", "第一行\r第二行\r\r第四行", "第一行\n第二行\n\n第四行"),
    ("full-width digits and percent", "增长６．５％，达到１２３４亿元", "增长6.5%，达到1234亿元"),
    ("full-width full stop not between digits", "Ａ．Ｂ。１．", "Ａ．Ｂ。1．"),
    ("no-break space", "国务院总理\u00a0李鹏", "国务院总理 李鹏"),
    ("R scraper literals stay", "<U+00A0><U+200D>正文", "<U+00A0><U+200D>正文"),
    ("zero-width characters stay", "\u200b政府工作报\u200d告\ufeff", "\u200b政府工作报\u200d告\ufeff"),
    ("Chinese punctuation stays", "（一）“稳增长”、促改革：好；", "（一）“稳增长”、促改革：好；"),
    ("no NFKC", "面积100㎡，Ⅲ类水体", "面积100㎡，Ⅲ类水体"),
]


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in NORMALIZE], ids=[c[0] for c in NORMALIZE])
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize("raw", [c[1] for c in NORMALIZE if "\r" not in c[1]])
def test_normalize_keeps_length_without_line_endings(raw: str) -> None:
    assert len(normalize(raw)) == len(raw)


def test_txt_line_endings_and_digits_are_normalised() -> None:
    data = "报告\r\n增长６．５％\r\r\n完\r".encode("gbk")
    doc = only_document(list(read_bytes(data, "a.txt")))
    assert doc.text == "报告\n增长6.5%\n完\n"
    assert doc.sha256 == hashlib.sha256(data).hexdigest()


# HTML ---------------------------------------------------------------------------------------------

FIRST_SENTENCE = (
    "过去的一年，在省委、省政府和市委的坚强领导下，"
    "我们深入学习贯彻习近平新时代中国特色社会主义思想和党的十九大精神"
)


@pytest.fixture(scope="module")
def dalian_html() -> RawDocument:
    return only_document(read_one("dalian2018_gb2312.html"))


def test_html_body_and_encoding(dalian_html: RawDocument) -> None:
    assert dalian_html.format == "html"
    assert dalian_html.encoding == "gb18030"
    assert "大连" in dalian_html.text
    # the source wraps this paragraph over several lines: it must read as one
    assert FIRST_SENTENCE in dalian_html.text
    assert example("001").split("\n")[3] in dalian_html.text


def test_html_provenance(dalian_html: RawDocument) -> None:
    prov = dalian_html.provenance
    assert prov.title == "2018年大连市政府工作报告"
    assert prov.published_on == "2018-01-22"
    assert prov.source_url == "http://www.dl.gov.cn.example/art/2018/1/22/art_gzbg2018.html"


@pytest.mark.parametrize(
    "dropped", ["_hmt", "脚本里的文字", "样式文字", "font:", "createElement", "JavaScript"]
)
def test_html_drops_script_style_noscript(dalian_html: RawDocument, dropped: str) -> None:
    assert dropped not in dalian_html.text


def test_html_keeps_lines_and_leaves_noise_to_the_cleaner(dalian_html: RawDocument) -> None:
    lines = dalian_html.text.split("\n")
    assert "一、2017年工作回顾" in lines  # a bold heading on its own stays its own line
    assert "当前位置：首页 > 政务公开 > 政府工作报告" in lines
    assert any(line.startswith("版权所有：嘉兴市人民政府") for line in lines)
    assert "上一篇：市政府召开第一次全体会议" in lines
    assert "二是再次蝉联全国文明城市。澳门新葡京娱乐在中央文明委" in dalian_html.text  # spam stays inline
    assert "&nbsp;" not in dalian_html.text and "&gt;" not in dalian_html.text
    assert "\u00a0" not in dalian_html.text
    assert "<strong>" not in dalian_html.text


HTML_HINTS = [  # (id, page, title, published_on, source_url)
    (
        "gov.cn PubDate meta, og:url",
        '<html><head><meta name="PubDate" content="2018-02-27 08:16"><meta property="og:url" '
        'content="http://a.example/x"><title> 报告 </title></head><body><p>正文</p></body></html>',
        "报告",
        "2018-02-27",
        "http://a.example/x",
    ),
    (
        "og:title when no <title>",
        '<html><head><meta property="og:title" content="政府工作报告">'
        '<meta property="article:published_time" content="2019-03-05T09:00:00+08:00"></head>'
        "<body><h1>别的</h1><p>正文</p></body></html>",
        "政府工作报告",
        "2019-03-05",
        None,
    ),
    (
        "first h1, 发布日期 line with Chinese date",
        "<html><body><h1>2024年政府工作报告</h1><div>发布日期：2024年1月30日</div><p>正文</p></body></html>",
        "2024年政府工作报告",
        "2024-01-30",
        None,
    ),
    ("nothing stated", "<html><body><p>正文</p></body></html>", None, None, None),
]


@pytest.mark.parametrize(
    ("page", "title", "published", "url"), [c[1:] for c in HTML_HINTS], ids=[c[0] for c in HTML_HINTS]
)
def test_html_hints(page: str, title: str | None, published: str | None, url: str | None) -> None:
    doc = only_document(list(read_bytes(page.encode(), "p.html")))
    assert (doc.provenance.title, doc.provenance.published_on, doc.provenance.source_url) == (
        title,
        published,
        url,
    )
    assert "正文" in doc.text


def test_html_table_cells_become_tabs_and_br_breaks_lines() -> None:
    page = "<table><tr><td>指标</td><td>目标</td></tr><tr><td>GDP</td><td>6.5%</td></tr></table>甲<br>乙"
    doc = only_document(list(read_bytes(page.encode(), "t.htm")))
    assert doc.text == "指标\t目标\nGDP\t6.5%\n甲\n乙"


def test_html_entities_and_nbsp() -> None:
    doc = only_document(
        list(read_bytes("<p>增长&nbsp;６．５％&amp;&#8220;好&#x201D;</p>".encode(), "e.html"))
    )
    assert doc.text == "增长 6.5%&“好”"


def test_deeply_nested_html_does_not_crash() -> None:
    depth = 100_000
    page = "<html><body>" + "<div>" * depth + "<p>深层正文</p>" + "</div>" * depth + "</body></html>"
    doc = only_document(list(read_bytes(page.encode(), "nested.html")))
    assert doc.text == "深层正文"
    assert [n.code for n in doc.notices] == ["html_fallback"]


def test_regex_fallback_drops_scripts_in_linear_time() -> None:
    page = (
        "<div>" * 3000
        + "<p>正文</p><script>x<script>y</script><style>s</style><!-- c -->尾"
        + "<script>" * 20000
    )
    doc = only_document(list(read_bytes(page.encode(), "many.html")))
    assert doc.text == "正文\n尾"


def test_xhtml_with_xml_declaration() -> None:
    page = '<?xml version="1.0" encoding="gb2312"?><html><body><p>正文</p></body></html>'
    doc = only_document(list(read_bytes(page.encode("gb2312"), "x.xhtml")))
    assert doc.text == "正文"


def test_txt_with_html_markup_stays_txt() -> None:
    data = "<p><strong>一、2017年工作回顾</strong></p>\n<div>正文</div>".encode()
    doc = only_document(list(read_bytes(data, "report.txt")))
    assert doc.format == "txt"
    assert "<strong>一、2017年工作回顾</strong>" in doc.text


def test_html_is_sniffed_without_extension() -> None:
    data = (
        b"<!DOCTYPE html>\n<html><head><title>T</title></head><body><p>"
        + "正文".encode()
        + b"</p></body></html>"
    )
    doc = only_document(list(read_bytes(data, "download")))
    assert doc.format == "html"
    assert doc.text == "正文"


# PDF ----------------------------------------------------------------------------------------------


def test_pdf_text_layer_in_order() -> None:
    doc = only_document(read_one("liaoyang2017.pdf"))
    assert doc.format == "pdf"
    flat = squash(doc.text)
    source = [squash(line) for line in example("002").split("\n") if line.strip()]
    assert source[4] in flat  # "刚刚过去的2016年,经济形势错综复杂,..." across PDF line wraps
    positions = [flat.index(line) for line in source[:10]]
    assert positions == sorted(positions)


def test_scanned_pdf_needs_ocr() -> None:
    failure = only_failure(read_one("scanned.pdf"))
    assert failure.code == "needs_ocr"
    assert failure.message.startswith(str(FIXTURES / "scanned.pdf"))
    assert "has no text layer: it is a scanned PDF and needs OCR first" in failure.message
    assert failure.sha256 == hashlib.sha256((FIXTURES / "scanned.pdf").read_bytes()).hexdigest()


def test_encrypted_pdf() -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.encrypt("secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    failure = only_failure(list(read_bytes(buffer.getvalue(), "locked.pdf")))
    assert failure.code == "encrypted"
    assert "password" in failure.message


@pytest.mark.parametrize("cut", [0.1, 0.5, 0.99])
def test_truncated_pdf_is_broken(cut: float) -> None:
    data = (FIXTURES / "liaoyang2017.pdf").read_bytes()
    failure = only_failure(list(read_bytes(data[: int(len(data) * cut)], "cut.pdf")))
    assert failure.code == "broken"
    assert failure.message.startswith("cut.pdf: not a readable PDF")


# DOCX ---------------------------------------------------------------------------------------------


def test_docx_paragraphs_tables_and_properties() -> None:
    doc = only_document(read_one("zhongshan2018.docx"))
    assert doc.format == "docx"
    assert doc.provenance.title == "中山区人民政府2018年政府工作报告"
    assert doc.provenance.published_on == "2018-02-27"
    lines = doc.text.split("\n")
    assert lines[0] == "索引号\t2102020006/2018-13962"  # the table comes first, as in the document
    assert lines.index("中山区人民政府2018年政府工作报告") > lines.index("公开范围\t面向社会")
    assert "各位代表:" in lines


def test_docx_that_is_not_a_zip() -> None:
    failure = only_failure(list(read_bytes(b"not a docx at all", "r.docx")))
    assert failure.code == "broken"


# CSV / XLSX / JSONL ---------------------------------------------------------------------------------

EXPECTED_ROWS = [  # (row, region_hint, year_hint, title, published_on)
    (1, "大连市", 2018, "2018年大连市政府工作报告", "2018-01-22"),
    (2, "辽阳市", 2017, "2017年辽阳市政府工作报告", "2017-01-16"),
    (3, "中山区", 2018, "中山区人民政府2018年政府工作报告", "2018-02-27"),
]


def text_cells(name: str) -> list[str]:
    if name.endswith(".csv"):
        rows = list(csv.reader(io.StringIO((FIXTURES / name).read_text("utf-8-sig"), newline="")))
        return [row[-1] for row in rows[1:]]
    import openpyxl

    book = openpyxl.load_workbook(FIXTURES / name, read_only=True)
    return [str(row[-1]) for row in list(book.active.iter_rows(values_only=True))[1:]]


@pytest.mark.parametrize(("name", "encoding"), [("reports.csv", "utf-8-sig"), ("reports.xlsx", "unicode")])
def test_table_rows_become_documents(name: str, encoding: str) -> None:
    docs = [only_document([r]) for r in read_one(name)]
    got = [
        (
            d.provenance.row,
            d.provenance.region_hint,
            d.provenance.year_hint,
            d.provenance.title,
            d.provenance.published_on,
        )
        for d in docs
    ]
    assert got == EXPECTED_ROWS
    assert {d.format for d in docs} == {name.rsplit(".", 1)[1]}
    assert {d.encoding for d in docs} == {encoding}
    assert docs[0].provenance.source_url == "http://www.dl.gov.cn.example/gzbg/2018"
    assert docs[1].text.startswith("2017年1月10日在辽阳市第十五届人民代表大会第六次会议上")
    cells = text_cells(name)
    assert [d.sha256 for d in docs] == [hashlib.sha256(c.encode("utf-8")).hexdigest() for c in cells]


def test_csv_without_header_finds_region_and_year_by_value() -> None:
    body = "经济" * 150
    data = f"大连市,2018,{body}\n辽阳市,2017年,{body}\n".encode()
    docs = [only_document([r]) for r in read_bytes(data, "t.csv")]
    assert [(d.provenance.row, d.provenance.region_hint, d.provenance.year_hint) for d in docs] == [
        (1, "大连市", 2018),
        (2, "辽阳市", 2017),
    ]


def test_csv_without_long_text_fails_clearly() -> None:
    failure = only_failure(list(read_bytes("地区,年份,GDP\n大连市,2018,7363.9\n".encode(), "figures.csv")))
    assert failure.code == "no_text_column"
    assert failure.message.startswith("figures.csv: no column")


def test_jsonl_lines() -> None:
    long = "政府工作报告正文" * 40
    lines = [
        json.dumps({"title": "2019年报告", "url": "http://w.example/2019", "year": "2019", "content": long}),
        "",
        "{not json",
        json.dumps(["a list"]),
        json.dumps({"标题": "2018年报告", "正文": long, "年份": 2018}, ensure_ascii=False),
    ]
    results = list(read_bytes("\n".join(lines).encode(), "reports.jsonl"))
    kinds = [(type(r).__name__, r.provenance.row) for r in results]
    assert kinds == [("RawDocument", 1), ("Failure", 3), ("Failure", 4), ("RawDocument", 5)]
    first, last = results[0], results[-1]
    assert isinstance(first, RawDocument) and isinstance(last, RawDocument)
    assert (first.provenance.title, first.provenance.year_hint, first.provenance.source_url) == (
        "2019年报告",
        2019,
        "http://w.example/2019",
    )
    assert (last.provenance.title, last.provenance.year_hint, last.text) == ("2018年报告", 2018, long)
    assert results[1].message.startswith("reports.jsonl row 3: not a JSON object")  # type: ignore[union-attr]


# ZIP ----------------------------------------------------------------------------------------------


def test_zip_member_names_in_gbk() -> None:
    results = read_one("gbk_names.zip")
    docs = [only_document([r]) for r in results]
    assert [d.provenance.member for d in docs] == [
        "2018年大连市政府工作报告.txt",
        "辽阳/2017年辽阳市政府工作报告.txt",
    ]
    dalian, liaoyang = docs
    assert dalian.encoding == "gb18030" and liaoyang.encoding == "utf-8"
    assert dalian.text.startswith("2018年大连市政府工作报告（全文）\n")
    assert "\r" not in dalian.text  # the GBK member has CRLF line endings
    with zipfile.ZipFile(FIXTURES / "gbk_names.zip") as archive:
        first = archive.infolist()[0]
        assert not first.flag_bits & 0x800  # really stored without the UTF-8 flag
        assert dalian.sha256 == hashlib.sha256(archive.read(first)).hexdigest()


def test_broken_zip() -> None:
    failure = only_failure(read_one("broken.zip"))
    assert failure.code == "broken"
    assert failure.message.startswith(str(FIXTURES / "broken.zip") + ": not a readable zip")


@pytest.fixture
def opened_members(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Names of zip members that were inflated."""
    opened: list[str] = []
    original = zipfile.ZipFile.open

    def spy(self: zipfile.ZipFile, name: str | zipfile.ZipInfo, *args: object, **kwargs: object) -> object:
        opened.append(name.filename if isinstance(name, zipfile.ZipInfo) else name)
        return original(self, name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    return opened


@pytest.mark.parametrize("limit", [2**20, 64 * 2**20], ids=["over max_member_bytes", "compression ratio"])
def test_zip_bomb_refused_without_inflating(opened_members: list[str], limit: int) -> None:
    results = read_one("bomb.zip", max_member_bytes=limit)
    assert [(type(r).__name__, r.provenance.member) for r in results] == [
        ("Failure", "bomb.txt"),
        ("RawDocument", "readme.txt"),
    ]
    assert results[0].code == "too_large"  # type: ignore[union-attr]
    assert "bomb.txt" not in opened_members and "readme.txt" in opened_members


def test_zip_member_cap_does_not_trust_the_header(monkeypatch: pytest.MonkeyPatch) -> None:
    from gwr.ingest import containers

    monkeypatch.setattr(containers, "bomb_check", lambda info, limit: None)  # a header that lies
    results = read_one("bomb.zip", max_member_bytes=2**20)
    assert results[0].code == "too_large"  # type: ignore[union-attr]
    assert "although its header says" in results[0].message  # type: ignore[union-attr]


def zip_of(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_nested_zip_one_level() -> None:
    inner = zip_of({"a.txt": "内层报告".encode(), "deeper.zip": zip_of({"b.txt": b"x"})})
    outer = zip_of({"inner.zip": inner, "top.txt": "外层报告".encode()})
    results = list(read_bytes(outer, "outer.zip"))
    got = [(type(r).__name__, r.provenance.member, getattr(r, "code", None)) for r in results]
    assert got == [
        ("RawDocument", "inner.zip/a.txt", None),
        ("Failure", "inner.zip/deeper.zip", "nested_too_deep"),
        ("RawDocument", "top.txt", None),
    ]
    assert all(r.provenance.path == "outer.zip" for r in results)


def test_zip_member_failures_do_not_stop_the_rest() -> None:
    data = bytearray(zip_of({"locked.txt": b"secret", "empty.txt": b"", "ok.txt": "正文".encode()}))
    central = data.index(b"PK\x01\x02")
    data[6] |= 0x1  # mark the first member encrypted, in its local header ...
    data[central + 8] |= 0x1  # ... and in the central directory
    results = list(read_bytes(bytes(data), "mixed.zip"))
    assert [(r.provenance.member, getattr(r, "code", "ok")) for r in results] == [
        ("locked.txt", "encrypted"),
        ("empty.txt", "empty"),
        ("ok.txt", "ok"),
    ]
    assert results[0].message.startswith("mixed.zip::locked.txt: ")  # type: ignore[union-attr]


# Bad inputs and dispatch ---------------------------------------------------------------------------

BAD_FIXTURES = [  # (file, code)
    ("empty.txt", "empty"),
    ("junk.bin", "binary"),
    ("scanned.pdf", "needs_ocr"),
    ("broken.zip", "broken"),
]


@pytest.mark.parametrize(("name", "code"), BAD_FIXTURES, ids=[c[0] for c in BAD_FIXTURES])
def test_bad_fixture_fails_with_one_line(name: str, code: str) -> None:
    failure = only_failure(read_one(name))
    assert failure.code == code
    assert failure.message.startswith(str(FIXTURES / name) + ": ")
    assert "\n" not in failure.message


@pytest.mark.parametrize(
    ("name", "encoding", "ending"),
    [("truncated_utf8.txt", "utf-8", "令人鼓"), ("truncated_gbk.txt", "gb18030", "提出意")],
)
def test_truncated_fixture(name: str, encoding: str, ending: str) -> None:
    doc = only_document(read_one(name))
    assert doc.encoding == encoding
    assert doc.text.endswith(ending)
    assert [n.code for n in doc.notices] == ["truncated_multibyte"]


def test_unknown_extension_with_text_is_read_as_txt() -> None:
    doc = only_document(read_one("unknown.xyz"))
    assert doc.format == "txt"
    assert doc.text.startswith("嘉兴六方面工作今年发力更足")
    assert [n.code for n in doc.notices] == ["unknown_extension"]


SNIFF = [  # (id, bytes, name, format or failure code, notice)
    ("PNG image", b"\x89PNG\r\n\x1a\n" + bytes(64), "scan.png", "unsupported", None),
    ("old Word .doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "report.doc", "unsupported", None),
    (
        "HTML error page saved as .pdf",
        b"<html><body><p>404 Not Found</p></body></html>",
        "r.pdf",
        "html",
        "extension_mismatch",
    ),
    ("garbage named .pdf", b"hello, not a pdf", "r.pdf", "broken", None),
    ("UTF-16 text with NULs is not binary", "政府工作报告 GDP".encode("utf-16"), "r.txt", "txt", None),
    ("NUL-laden .txt", b"abc\x00\x00\x00\x00def" * 10, "r.txt", "binary", None),
]


@pytest.mark.parametrize(
    ("data", "name", "outcome", "notice"), [c[1:] for c in SNIFF], ids=[c[0] for c in SNIFF]
)
def test_sniffing(data: bytes, name: str, outcome: str, notice: str | None) -> None:
    (result,) = read_bytes(data, name)
    if isinstance(result, Failure):
        assert result.code == outcome
        assert result.message.startswith(f"{name}: ")
    else:
        assert result.format == outcome
        assert [n.code for n in result.notices] == ([notice] if notice else [])


def test_pdf_named_txt_is_read_as_pdf() -> None:
    data = (FIXTURES / "liaoyang2017.pdf").read_bytes()
    doc = only_document(list(read_bytes(data, "download.txt")))
    assert doc.format == "pdf"
    assert [n.code for n in doc.notices] == ["extension_mismatch"]


def test_provenance_is_passed_through() -> None:
    prov = Provenance(path="batch.zip", member="a.txt", source_url="http://x.example/")
    doc = only_document(list(read_bytes("正文".encode(), "a.txt", prov)))
    assert doc.provenance == prov


ALL_FIXTURES = sorted(p.name for p in FIXTURES.iterdir())


@pytest.mark.parametrize("name", ALL_FIXTURES)
@pytest.mark.parametrize("cut", [0.07, 0.5, 0.93])
def test_no_exception_for_truncated_fixtures(name: str, cut: float) -> None:
    data = (FIXTURES / name).read_bytes()
    for result in read_bytes(data[: int(len(data) * cut)], name):
        assert isinstance(result, RawDocument | Failure)
        if isinstance(result, Failure):
            assert result.code != "error", result.message  # "error" means an unexpected exception


@settings(max_examples=150, deadline=None)
@given(
    st.binary(max_size=3000), st.sampled_from(["a.txt", "a.html", "a.csv", "a.jsonl", "a.zip", "a.pdf", "a"])
)
def test_read_bytes_never_raises(data: bytes, name: str) -> None:
    for result in read_bytes(data, name):
        assert isinstance(result, RawDocument | Failure)


# Paths and folders --------------------------------------------------------------------------------


def test_folder_walk_sorted_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for rel in ("c.txt", "b/x.txt", "a.txt", ".hidden.txt", ".git/config.txt", "~$lock.docx"):
        (tmp_path / rel).write_text(f"正文 {rel}", encoding="utf-8")
    names = [Path(r.provenance.path).relative_to(tmp_path).as_posix() for r in read_paths([tmp_path])]
    assert names == ["a.txt", "b/x.txt", "c.txt"]


def test_symlink_outside_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("机密", encoding="utf-8")
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text("正文", encoding="utf-8")
    (root / "link.txt").symlink_to(outside / "secret.txt")
    (root / "linkdir").symlink_to(outside, target_is_directory=True)
    (root / "inner.txt").symlink_to(root / "a.txt")  # inside: followed
    (root / "sub" / "loop").symlink_to(root, target_is_directory=True)  # inside but a loop
    results = list(read_paths([root]))
    got = [(Path(r.provenance.path).name, getattr(r, "code", "ok")) for r in results]
    assert got == [
        ("a.txt", "ok"),
        ("inner.txt", "ok"),
        ("link.txt", "symlink_outside"),
        ("linkdir", "symlink_outside"),
    ]
    assert not any(isinstance(r, RawDocument) and "机密" in r.text for r in results)


def test_named_symlink_is_followed(tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_text("正文", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")
    assert only_document(list(read_paths([tmp_path / "link.txt"]))).text == "正文"


def test_too_large_is_refused_without_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 1000)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", refuse)
    failure = only_failure(list(read_paths([big], max_bytes=999)))
    assert failure.code == "too_large"
    assert failure.message.startswith(f"{big}: ")


def test_a_single_path_is_not_split_into_characters() -> None:
    doc = only_document(list(read_paths(str(FIXTURES / "unknown.xyz"))))  # type: ignore[arg-type]
    assert doc.format == "txt"


def test_missing_path(tmp_path: Path) -> None:
    failure = only_failure(list(read_paths([tmp_path / "nope.txt"])))
    assert failure.code == "not_found"


def test_fifo_is_skipped(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert only_failure(list(read_paths([tmp_path]))).code == "not_regular"


def test_read_paths_is_lazy(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text("正文", encoding="utf-8")
    results = read_paths([tmp_path])
    assert isinstance(results, Iterator)
    first = next(results)
    (tmp_path / "2.txt").unlink()  # files are read one at a time, as the walk reaches them
    rest = list(results)
    assert isinstance(first, RawDocument)
    assert [getattr(r, "code", "ok") for r in rest] == ["ok", "not_found"]


# Corpus -------------------------------------------------------------------------------------------

NO_CORPUS = f"corpus folder {CORPUS} is absent (set GWR_CORPUS to read it)"


def corpus_files(pattern: str = "**/*", keep: Callable[[Path], bool] = lambda path: True) -> list[Any]:
    """Corpus files as test parameters with readable ids, or one skipped parameter."""
    raw = CORPUS / "raw"
    if not raw.is_dir():
        return [pytest.param(None, marks=pytest.mark.skip(reason=NO_CORPUS), id="no-corpus")]
    files = sorted(p for p in raw.glob(pattern) if p.is_file() and keep(p))
    return [pytest.param(p, id=p.relative_to(raw).as_posix()) for p in files]


@pytest.mark.corpus
@pytest.mark.parametrize("path", corpus_files())
def test_corpus_file_reads(path: Path) -> None:
    results = list(read_paths([path]))
    assert results
    failures = [r for r in results if isinstance(r, Failure)]
    assert not failures, failures[0].message
    for doc in results:
        assert isinstance(doc, RawDocument)
        assert "\r" not in doc.text
        assert not {n.code for n in doc.notices} & {"decode_lossy", "encoding_guessed"}


def gbk_national(path: Path) -> bool:
    """national_1954.txt … national_2018.txt are gov.cn pages saved in GB2312/GBK."""
    match = re.fullmatch(r"national_(\d{4})\.txt", path.name)
    return bool(match and int(match[1]) <= 2018)


NATIONAL_TITLES = {  # gov.cn files the page labels 政府工作报告 although the text never says so
    "national_1958.txt": "关于一九五八年度国民经济计划草案的报告",  # 薄一波's 1958 plan report
}


@pytest.mark.corpus
@pytest.mark.parametrize("path", corpus_files("national/*.txt", gbk_national))
def test_corpus_gbk_national(path: Path) -> None:
    doc = only_document(list(read_paths([path])))
    assert doc.encoding == "gb18030"
    assert NATIONAL_TITLES.get(path.name, "政府工作报告") in doc.text


@pytest.mark.corpus
def test_corpus_wikisource_jsonl() -> None:
    path = CORPUS / "raw" / "national" / "national_1954-2025_wikisource.jsonl"
    if not path.is_file():
        pytest.skip(NO_CORPUS)
    docs = list(read_paths([path]))
    assert len(docs) >= 70
    assert all(isinstance(d, RawDocument) for d in docs)
    first = docs[0]
    assert first.provenance.row == 1 and first.provenance.year_hint == 2025
    assert first.provenance.title == "2025年中华人民共和国国务院政府工作报告"
    assert first.text.startswith("各位代表")


@pytest.mark.corpus
@pytest.mark.parametrize("path", corpus_files("prov2025/*.docx"))
def test_corpus_prov2025_docx(path: Path) -> None:
    doc = only_document(list(read_paths([path])))
    assert doc.format == "docx"
    assert len(doc.text) > 5000
    assert "政府工作报告" in doc.text or "各位代表" in doc.text


@pytest.mark.corpus
@pytest.mark.parametrize("path", corpus_files("prov2026/*.csv"))
def test_corpus_prov2026_csv_row_matches_its_txt(path: Path) -> None:
    doc = only_document(list(read_paths([path])))
    assert (doc.provenance.row, doc.provenance.year_hint) == (1, 2026)
    assert doc.provenance.region_hint and doc.provenance.region_hint.endswith(("省", "市", "自治区"))
    assert doc.sha256 == hashlib.sha256(path.with_suffix(".txt").read_bytes()).hexdigest()


@pytest.mark.corpus
def test_corpus_reads_quickly() -> None:
    if not (CORPUS / "raw").is_dir():
        pytest.skip(NO_CORPUS)
    start = time.perf_counter()
    count = sum(1 for _ in read_paths([CORPUS / "raw"]))
    elapsed = time.perf_counter() - start
    print(f"read {count} documents from {CORPUS / 'raw'} in {elapsed:.2f} s")
    assert count > 250  # the speed is measured by `make bench`, not asserted here
