"""The cleaner on hostile text (issue 9): markup that a browser would run never
survives in the clean text, after any amount of entity decoding (the OWASP XSS
filter-evasion patterns as a table), and the rules that grew much faster than
their input give the right result on inputs of the size that took minutes.

Speed itself is measured by ``make bench``; here a return to quadratic time shows
as a suite that takes minutes, and the outcome is checked."""

from __future__ import annotations

import html
import re

import pytest

from gwr.clean import clean
from gwr.ingest import read_bytes
from gwr.pipeline import extract_bytes
from gwr.types import Document, Provenance, RawDocument

BODY = "各位代表：全年地区生产总值增长6.5%。"
LIVE = re.compile(r"<[/?A-Za-z]")


def _raw(text: str) -> RawDocument:
    return RawDocument(text, Provenance("x.txt"), "0" * 64, "utf-8", "txt")


def _fully_decoded(text: str) -> str:
    for _ in range(10):
        decoded = html.unescape(text)
        if decoded == text:
            return text
        text = decoded
    return text


# OWASP XSS filter evasion cheat sheet: encoded, double-encoded, mixed-case and broken tags
XSS = {
    "double-encoded-script": "&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;",
    "triple-encoded-script": "&amp;amp;lt;script&amp;amp;gt;alert(1)",
    "encoded-svg-onload": "&lt;svg onload=alert(1)&gt;",
    "encoded-details-ontoggle": "&lt;details open ontoggle=alert(1)&gt;",
    "mixed-case-script": "<ScRiPt>alert(1)</sCrIpT>",
    "unclosed-img-javascript": "<IMG SRC=\"javascript:alert('XSS')\"",
    "img-no-quotes": "<IMG SRC=javascript:alert('XSS')>",
    "img-grave-accent": "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
    "malformed-a-tags": '<a onmouseover="alert(document.cookie)">xxs link</a>',
    "img-onerror": '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>',
    "decimal-entities": "&#60;img src=x onerror=alert(1)&#62;",
    "decimal-padded": "&#0000060;img src=x onerror=alert(1)&#0000062;",
    "hex-entities": "&#x3C;img src=x onerror=alert(1)&#x3E;",
    "hex-uppercase": "&#X3C;IMG SRC=x ONERROR=alert(1)&#X3E;",
    "no-semicolon": "&ltscript&gtalert(1)&lt/script&gt",
    "uppercase-entity": "&LT;script&GT;alert(1)&LT;/script&GT;",
    "entity-inside-name": "&lt;&#115;cript&gt;alert(1)",
    "svg-slash": "<svg/onload=alert(1)>",
    "extraneous-open-brackets": '<<SCRIPT>alert("XSS");//<</SCRIPT>',
    "no-closing-script": "<SCRIPT SRC=http://xss.rocks/xss.js?< B >",
    "half-open-html": "<IMG SRC=\"`<javascript:alert>`('XSS')\"",
    "end-title": '</TITLE><SCRIPT>alert("XSS");</SCRIPT>',
    "input-image": '<INPUT TYPE="IMAGE" SRC="javascript:alert(\'XSS\');">',
    "body-onload": "<BODY ONLOAD=alert('XSS')>",
    "iframe": "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
    "object": '<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"></OBJECT>',
    "style-expression": "<DIV STYLE=\"width: expression(alert('XSS'));\">",
    "meta-refresh": '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(\'XSS\');">',
    "non-alpha-non-digit": '<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>',
    "processing-instruction": '<?xml-stylesheet href="javascript:alert(1)"?>',
    "end-tag-in-comment": "<!--<img src=x onerror=alert(1)>-->",
    "encoded-end-tag": "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;",
    "tab-in-tag-name": "<IMG SRC=\"jav\tascript:alert('XSS');\">",
    "amp-chain-decimal": "&amp;#60;script&amp;#62;alert(1)",
}


@pytest.mark.parametrize("vector", XSS.values(), ids=XSS.keys())
def test_no_live_markup_in_clean_text(vector: str) -> None:
    doc = clean(_raw(f"{BODY}\n{vector}\n{BODY}"))
    assert not LIVE.search(_fully_decoded(doc.text)), doc.text
    assert doc.text.count(BODY) == 2  # the report around it is kept


@pytest.mark.parametrize("vector", XSS.values(), ids=XSS.keys())
def test_no_live_markup_after_html_ingest(vector: str) -> None:
    page = f"<html><body><p>{BODY}</p><p>{html.escape(vector)}</p><p>{vector}</p></body></html>"
    (doc,) = extract_bytes(page.encode(), "page.html")
    assert isinstance(doc, Document)
    assert not LIVE.search(_fully_decoded(doc.clean.text)), doc.clean.text


def test_neutralised_markup_is_logged_and_keeps_offsets() -> None:
    raw = f"{BODY}&amp;lt;svg onload=alert(1)&amp;gt;{BODY}"
    doc = clean(_raw(raw))
    markup = [e for e in doc.edits if e.rule == "html_markup"]
    assert [(e.text, e.replacement) for e in markup] == [("&amp;lt;", "＜")]
    assert doc.text == f"{BODY}＜svg onload=alert(1)&gt;{BODY}"
    at = doc.text.index("＜")
    assert raw[doc.to_raw(at) : doc.to_raw(at) + 8] == "&amp;lt;"


@pytest.mark.parametrize(
    "text",
    ["增长<5%", "a < b and c > d", "x<1>", "&lt;5%", "<!-- 注释 -->", "1<2", "&amp; 和 &lt; 3"],
)
def test_text_that_is_not_a_tag_is_left_alone(text: str) -> None:
    doc = clean(_raw(f"{BODY}\n{text}\n"))
    assert not [e for e in doc.edits if e.rule == "html_markup"]


# superlinear rules, at the sizes that took a minute or more -----------------------------------------

PATHOLOGICAL = {
    "mask-50000-stars": ("各位代表：" + "*" * 50_000, "各位代表："),
    "mask-stars-then-han": ("*" * 50_000 + "各位代表", "各位代表"),
    "spam-link-unclosed-48KB": ("<a href=http://x" * 3_000, None),
    "a-space-262144": ("<a " * 262_144, None),
    "unclosed-comments": ("<!--" * 50_000, None),
    "unclosed-scripts": ("<script>" * 30_000, None),
}


@pytest.mark.parametrize(("text", "expected"), PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_pathological_inputs_clean(text: str, expected: str | None) -> None:
    doc = clean(_raw(text))
    if expected is not None:
        assert doc.text == expected
    assert not LIVE.search(_fully_decoded(doc.text))


def test_spam_links_are_still_removed() -> None:
    text = f'{BODY}<a href="http://spam.example/x">买药</a>{BODY}'
    doc = clean(_raw(text))
    assert doc.text == BODY + BODY
    assert [e.rule for e in doc.edits] == ["spam_link"]


def test_html_tag_with_200k_attributes() -> None:
    attrs = " ".join(f"a{i}=1" for i in range(200_000))
    page = f"<html><body><p {attrs}>{BODY}</p></body></html>".encode()
    (doc,) = read_bytes(page, "page.html")
    assert isinstance(doc, RawDocument) and doc.text == BODY
    assert [n.code for n in doc.notices] == ["html_attributes"]


def test_tag_with_a_long_attribute_value_is_kept() -> None:
    page = f'<html><head><meta name="pubdate" content="2020-01-02"></head><body><img src="data:image/png;base64,{"A" * 9000}"><p>{BODY}</p></body></html>'
    (doc,) = read_bytes(page.encode(), "page.html")
    assert isinstance(doc, RawDocument) and doc.text == BODY and not doc.notices
    assert doc.provenance.published_on == "2020-01-02"
