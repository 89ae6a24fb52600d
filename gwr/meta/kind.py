"""kind: is this the report itself, a summary of it, or something else?

A resolution on the report, a budget or plan report, a news item retelling the
report, a compiled summary (基于公开资料整理), and files that are no reports at
all (a README, source code, a config file, a manifest or table) are told apart
from the report by the words of their first lines and by their shape.
"""

from __future__ import annotations

import re

import regex

from gwr.types import DocKind

_SUMMARY_CUES = regex.compile(
    r"基于公开资料整理|报告(?:指出|提出|显示|强调|回顾|明确|称|说)|记者|据悉|新闻|通讯员|本报讯|综合整理"
)
_OTHER_TITLES = regex.compile(
    r"预算执行情况|预算(?:（|\()?草案|规划纲要|(?:关于|的)决议|计划执行情况与|计划草案的报告|开幕|闭幕"
)
_REPORT_CUES = regex.compile(r"各位代表|我代表[\p{Han}]{0,16}(?:人民政府|政府|国务院)?[，,]?向大会|请予审议")


# the shapes of files that are no reports, each with the reason given (stdlib re: C speed)
_MARKDOWN = re.compile(r"^(?:#{1,6} \S|```|\|[^\n]*\|[ \t]*$|[-*] \S)", re.M)
_CODE = re.compile(
    r"^[ \t]*(?:def |class \w+[:(]|import \w|from [\w.]+ import |function\b|const |let |var |#include|"
    r"public |private |return\b|if __name__|package |func |fn |use \w)",
    re.M,
)
_CONFIG_SECTION = re.compile(r"^[ \t]*\[{1,2}[\w.\-\"' ]+\]{1,2}[ \t]*$", re.M)
_CONFIG_KEY = re.compile(r"^[ \t]*[\w.\-\"]+[ \t]*[=:][ \t]*\S", re.M)
_TABBED = re.compile(r"^[^\n]*\t[^\n]*\t", re.M)
_SAMPLE = 20000


def not_a_report(text: str) -> str | None:
    """Why ``text`` is no report at all (a README, source code, a config file,
    a manifest or table), or None. Read from the shape of the text, never from
    a file name: a report is Chinese prose in paragraphs."""
    sample = text[:_SAMPLE]
    visible = len(sample) - sum(sample.count(c) for c in " \t\n\r\u3000")
    if visible <= 0:
        return "the text is empty"
    wide = len(sample) - len(sample.encode("ascii", "ignore"))  # Chinese and full-width characters
    n = sample.count("\n") + 1
    tabbed = len(_TABBED.findall(sample)) if "\t" in sample else 0
    if tabbed >= 3 and tabbed >= 0.5 * n:
        return "a table or manifest (tab-separated columns), not a report"
    if wide >= 0.6 * visible and "```" not in sample:
        return None  # Chinese prose: the shapes below need mostly ASCII text
    code = len(_CODE.findall(sample))
    if code >= 3 and code >= 0.05 * n:
        return "source code, not a report"
    keys = len(_CONFIG_KEY.findall(sample))
    if _CONFIG_SECTION.search(sample) and keys >= 3 and keys >= 0.3 * n:
        return "a configuration file, not a report"
    if len(_MARKDOWN.findall(sample)) >= max(3, 0.1 * n):
        return "a Markdown document (a README or notes), not a report"
    if visible >= 200 and wide < 0.2 * visible:
        return "hardly any Chinese text: not a report"
    return None


def doc_kind(text: str, title: str) -> DocKind:
    head = text[:3000]
    if regex.search(
        r"听取(?:和|并)?审议了[^。]{0,40}政府工作报告|决定批准这个报告|关于政府工作报告的决议", text[:1500]
    ):
        return "other"  # the congress's resolution on the report
    if _OTHER_TITLES.search(title) or (
        not _REPORT_CUES.search(text[:8000]) and _OTHER_TITLES.search(head[:300])
    ):
        return "other"
    if _REPORT_CUES.search(text[:8000]):
        return "report"
    if "基于公开资料整理" in text[:3000] or len(_SUMMARY_CUES.findall(text[:6000])) >= 2:
        return "summary"
    if text.count("我们") >= 3:
        return "report"  # the government speaking in the first person
    if regex.search(r"(?:我|全)(?:市|省|区|县)[^。]{0,20}(?:要|将)", text[:6000]):
        return "summary"  # the plan retold in the third person, without the report's address
    if "政府工作报告" in head or "工作回顾" in text or "我们" in text[:6000]:
        return "report"
    return "other"
