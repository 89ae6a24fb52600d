"""Build tests/fixtures/ for tests/test_ingest.py from examples/*.txt.

    .venv/bin/python scripts/make_fixtures.py            # everything
    .venv/bin/python scripts/make_fixtures.py --no-pdf   # skip the two PDFs

The corpus has no HTML, PDF or DOCX originals, so this script makes what users
download: a GB2312 web page with navigation, scripts and a footer; a PDF with a
text layer (LibreOffice) and a scanned one (an image only); XLSX/CSV tables;
zips with GBK member names, a zip bomb and a truncated zip; a DOCX; and bad
inputs. The PDFs need two build-time tools from Debian, not needed by tests:

    apt-get install -y libreoffice-writer-nogui fonts-wqy-microhei poppler-utils

Everything else uses the standard library, python-docx and openpyxl. Output
is deterministic except the PDFs and the DOCX/XLSX (their zips carry times).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import html
import io
import random
import shutil
import subprocess
import sys
import tempfile
import textwrap
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
OUT = ROOT / "tests" / "fixtures"
STAMP = (2018, 2, 27, 9, 0, 0)


def example(prefix: str) -> list[str]:
    """Lines of examples/<prefix>_*.txt."""
    (path,) = EXAMPLES.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8").splitlines()


def write(name: str, data: bytes) -> None:
    (OUT / name).write_bytes(data)
    print(f"{name:28} {len(data):>8,} bytes")


# HTML ---------------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>2018年大连市政府工作报告</title>
<meta name="keywords" content="政府工作报告,大连" />
<link rel="canonical" href="http://www.dl.gov.cn.example/art/2018/1/22/art_gzbg2018.html" />
<style type="text/css">
body {{ font: 14px/1.8 "宋体"; }} .nav a {{ color: #333; }} .hidden-style-text {{ content: "样式文字"; }}
</style>
<script type="text/javascript">
var _hmt = _hmt || []; document.write("<p>脚本里的文字</p>");
</script>
</head>
<body>
<div class="top"><a href="/">大连市人民政府</a> | <a href="/en/">English</a></div>
<div class="nav">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt;
 <a href="/zwgk/gzbg/">政府工作报告</a></div>
<div class="article">
<h1>{h1}</h1>
<div class="info">发布时间：2018-01-22 10:30&nbsp;&nbsp;来源：大连市人民政府办公厅&nbsp;&nbsp;【字号：
<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="content" id="zoom">
{body}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="pn"><a href="/art/2018/1/21/a.html">上一篇：市政府召开第一次全体会议</a><br />
<a href="/art/2018/1/23/b.html">下一篇：关于2017年全市国民经济和社会发展计划执行情况的报告</a></div>
</div>
<noscript>您的浏览器不支持JavaScript</noscript>
<div class="footer">版权所有：嘉兴市人民政府&nbsp; 主办：嘉兴市人民政府办公室&nbsp;
备案号：浙ICP备05000000号</div>
<script type="text/javascript">(function(){{var s=document.createElement("script");}})();</script>
</body>
</html>
"""
SPAM = '<a href="http://spam.example/">澳门新葡京娱乐</a>'


def make_html() -> None:
    lines = [line.strip() for line in example("001") if line.strip()][:41]
    paragraphs = []
    for number, line in enumerate(lines[1:], 1):
        if line.startswith("<strong>"):  # the example keeps its bold headings as literal tags
            inner = html.escape(line.removeprefix("<strong>").removesuffix("</strong>"), quote=False)
            paragraphs.append(f"<p><strong>{inner}</strong></p>")
            continue
        text = html.escape(line, quote=False)
        if number == 2:  # a CMS that wraps its source lines: the page must read as one paragraph
            text = "\n".join(textwrap.wrap(text, 60))
        if number == 5:  # an injected spam link inside a paragraph
            cut = text.index("。") + 1
            text = text[:cut] + SPAM + text[cut:]
        paragraphs.append(f"<p>\u3000\u3000{text}</p>")
    page = PAGE.format(h1=html.escape(lines[0]), body="\n".join(paragraphs))
    write("dalian2018_gb2312.html", page.encode("gb2312", errors="xmlcharrefreplace"))


# PDF ----------------------------------------------------------------------------------------------


def make_pdfs() -> None:
    for tool in ("soffice", "pdftoppm"):
        if not shutil.which(tool):
            sys.exit(
                f"{tool} not found: apt-get install -y libreoffice-writer-nogui fonts-wqy-microhei "
                "poppler-utils (or run with --no-pdf)"
            )
    lines = [line.strip() for line in example("002") if line.strip()]
    text, size = [], 0
    for line in lines:  # about three A4 pages
        text.append(line)
        size += len(line)
        if size > 3000:
            break
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = work / "liaoyang2017.txt"
        source.write_text("2017年辽阳市政府工作报告\n\n" + "\n\n".join(text) + "\n", encoding="utf-8")
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{work}/profile",
                "--headless",
                "--infilter=Text (encoded):UTF8,LF,WenQuanYi Micro Hei,zh-CN,",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        pdf = (work / "liaoyang2017.pdf").read_bytes()
        write("liaoyang2017.pdf", pdf)
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "60",
                "-gray",
                "-f",
                "1",
                "-l",
                "1",
                str(work / "liaoyang2017.pdf"),
                str(work / "p"),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        (page,) = work.glob("p*.pgm")
        write("scanned.pdf", image_pdf(page.read_bytes()))


def image_pdf(pgm: bytes) -> bytes:
    """A one-page PDF holding a greyscale image (binary PGM) and no text."""
    fields = pgm.split(maxsplit=4)  # P5, width, height, maxval, pixels
    if fields[0] != b"P5":
        raise ValueError("expected a binary PGM")
    width, height, pixels = int(fields[1]), int(fields[2]), fields[4]
    image = zlib.compress(pixels, 9)
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n%b\nendstream"
        % (width, height, len(image), image),
        b"<< /Length %d >>\nstream\n%b\nendstream" % (len(content), content),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%b\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


# Tables -------------------------------------------------------------------------------------------

ROWS = [  # (province, region, year, title, source_url, publish_date, example)
    (
        "辽宁省",
        "大连市",
        2018,
        "2018年大连市政府工作报告",
        "http://www.dl.gov.cn.example/gzbg/2018",
        "2018-01-22",
        "001",
    ),
    (
        "辽宁省",
        "辽阳市",
        2017,
        "2017年辽阳市政府工作报告",
        "http://www.liaoyang.gov.cn.example/gzbg/2017",
        "2017-01-16",
        "002",
    ),
    (
        "辽宁省",
        "中山区",
        2018,
        "中山区人民政府2018年政府工作报告",
        "http://www.dlzs.gov.cn.example/2018",
        "2018-02-27",
        "004",
    ),
]


def report_text(prefix: str, limit: int = 5000) -> str:
    text = "\n".join(line for line in example(prefix) if line.strip())
    return text[:limit]


def make_tables() -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "reports"
    sheet.append(["province", "region", "year", "title", "source_url", "publish_date", "full_text"])
    for province, region, year, title, url, date, prefix in ROWS:
        published = dt.datetime.fromisoformat(date)
        sheet.append([province, region, year, title, url, published, report_text(prefix)])
    book.properties.created = book.properties.modified = dt.datetime(2018, 3, 1)
    buffer = io.BytesIO()
    book.save(buffer)
    write("reports.xlsx", buffer.getvalue())

    # The CSV uses Chinese headers, no province column, and a UTF-8 BOM.
    buffer_text = io.StringIO(newline="")
    writer = csv.writer(buffer_text)
    writer.writerow(["地区", "年份", "标题", "链接", "发布日期", "正文"])
    for _, region, year, title, url, date, prefix in ROWS:
        writer.writerow([region, year, title, url, date.replace("-", "/"), report_text(prefix)])
    write("reports.csv", buffer_text.getvalue().encode("utf-8-sig"))


# Zips ---------------------------------------------------------------------------------------------


class GbkName(zipfile.ZipInfo):
    """A member whose name is stored in GBK without the UTF-8 flag, as Chinese Windows zips do."""

    __slots__ = ()

    def _encodeFilenameFlags(self) -> tuple[bytes, int]:  # overrides zipfile's private method
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def member(name: str, data: bytes, gbk: bool = True) -> tuple[zipfile.ZipInfo, bytes]:
    info = (GbkName if gbk else zipfile.ZipInfo)(name, date_time=STAMP)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info, data


def zip_bytes(members: list[tuple[zipfile.ZipInfo, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for info, data in members:
            archive.writestr(info, data, compresslevel=9)
    return buffer.getvalue()


def make_zips() -> bytes:
    dalian = "\r\n".join(line for line in example("001")[:12] if line.strip()) + "\r\n"
    liaoyang = "\n".join(line for line in example("002")[:10] if line.strip()) + "\n"
    apple_double = b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        " + bytes(64)
    gbk_zip = zip_bytes(
        [
            member("2018年大连市政府工作报告.txt", dalian.encode("gbk")),
            member("辽阳/2017年辽阳市政府工作报告.txt", liaoyang.encode("utf-8")),
            member("__MACOSX/._2018年大连市政府工作报告.txt", apple_double),
        ]
    )
    write("gbk_names.zip", gbk_zip)
    write("broken.zip", gbk_zip[: len(gbk_zip) * 6 // 10])
    write(
        "bomb.zip",
        zip_bytes(
            [
                member("bomb.txt", bytes(5 * 2**20), gbk=False),
                member("readme.txt", liaoyang.encode("utf-8"), gbk=False),
            ]
        ),
    )
    return gbk_zip


# DOCX ---------------------------------------------------------------------------------------------


def make_docx() -> None:
    import docx

    lines = [line.strip() for line in example("004") if line.strip()]
    pairs: list[tuple[str, str]] = []
    index = 0
    while lines[index].startswith("- "):  # the page's 索引号/发布日期 table, flattened to a list
        key = lines[index][2:].rstrip(":：")
        value = ""
        if (
            index + 1 < len(lines)
            and lines[index + 1].startswith("- ")
            and not lines[index + 1].endswith(":")
        ):
            value = lines[index + 1][2:]
            index += 1
        pairs.append((key, value))
        index += 1
    document = docx.Document()
    table = document.add_table(rows=0, cols=2)
    for key, value in pairs:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = key, value
    body = lines[index : index + 60]
    document.add_heading(body[0], level=1)
    for line in body[1:]:
        document.add_paragraph(line)
    props = document.core_properties
    props.title = body[0]
    props.author = "大连市中山区人民政府"
    props.created = props.modified = dt.datetime(2018, 2, 27, 8, 16, 12)
    props.last_printed = dt.datetime(2018, 2, 27)
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    write("zhongshan2018.docx", buffer.getvalue())


# Bad inputs ---------------------------------------------------------------------------------------


def make_bad() -> None:
    write("empty.txt", b"")
    junk = bytearray(random.Random(2018).randbytes(4096))
    junk[100:132] = bytes(32)  # binary formats are full of NUL runs
    write("junk.bin", bytes(junk))
    snippet = "\n".join(example("001")[2:4]).rstrip("。；，")
    assert "\u4e00" <= snippet[-1] <= "\u9fff", "the snippet must end in a Chinese character"
    utf8 = snippet.encode("utf-8")
    write("truncated_utf8.txt", utf8[:-1])  # 2 of the last character's 3 bytes
    gbk_snippet = "\n".join(example("004")[17:20]).rstrip("。")
    assert "\u4e00" <= gbk_snippet[-1] <= "\u9fff"
    write("truncated_gbk.txt", gbk_snippet.encode("gbk")[:-1])  # the last character's lead byte only
    write("unknown.xyz", ("\n".join(example("000")[:3]) + "\n").encode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-pdf", action="store_true", help="skip the PDFs (need LibreOffice and poppler)")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    make_html()
    make_tables()
    make_zips()
    make_docx()
    make_bad()
    if not args.no_pdf:
        make_pdfs()


if __name__ == "__main__":
    main()
