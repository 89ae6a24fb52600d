"""clean: RawDocument -> CleanText.

Reads the decoded raw text; removes HTML remnants, page chrome, scraper
headers, repeated copies of the body, masking asterisks and injected spam,
following the rules in ``data/noise.yaml``. Adds the clean text, the log of
every edit (rule id, raw span, removed text) and a map from clean offsets back
to raw offsets. Removing real report text is worse than leaving noise: line
rules never remove a line that carries a quantity unless the rule is certain.
"""

from __future__ import annotations

import bisect
import functools
import html
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from gwr.lexicon import LexiconError, read_yaml
from gwr.types import CleanText, Edit, RawDocument

_QUANTITY = regex.compile(r"\d[\d.,]*\s*(?:%|万|亿|元|人|个|吨|亩|公里|平方米|户|套|家|项|千瓦|辆|座|所|条)")
# stdlib re: it scans for the line starts of this pattern several times faster
_HEADING_SPAM = re.compile(
    r"^[ \t　]*[一二三四五六七八九十]{1,3}、[^\n，。；]{0,30}?"
    r"(?:工作回顾|工作安排|主要任务|目标任务|总体要求|主要工作|重点工作|工作任务|政府自身建设)"
    r"(?P<tail>[\u3400-\u9fff]{2,8})[ \t　]*$",
    re.M,
)
_HEADING_OK_TAIL = regex.compile(r"^(?:和|及|与|的|暨|、|以及|工作|任务|要求|安排|建议|目标)")
# a line that starts the report proper: ends the head region where header rules apply
_BODY_START = regex.compile(
    r"各位代表|政府工作报告|人民代表大会|[一二三四五六七八九十]、|^[（(][一二三四五六七八九十][）)]"
)


@dataclass(frozen=True, slots=True)
class _Rule:
    id: str
    kind: str
    pattern: regex.Pattern[str]
    scan: re.Pattern[str] | regex.Pattern[str]  # the same pattern for whole-text scans: stdlib re when it can
    replace: str
    max_len: int
    numbers_ok: bool
    min_hits: int
    needs: str


@functools.cache
def _rules() -> tuple[_Rule, ...]:
    data = read_yaml("noise.yaml")
    rules = []
    seen: set[str] = set()
    for item in data["rules"]:
        rid = item["id"]
        if rid in seen:
            raise LexiconError(f"noise.yaml: rule id {rid!r} defined twice")
        seen.add(rid)
        kind = item["kind"]
        if kind not in ("line", "inline", "header", "tail", "entity", "dense"):
            raise LexiconError(f"noise.yaml: rule {rid!r} has unknown kind {kind!r}")
        try:
            pattern = regex.compile(item["pattern"])
        except regex.error as exc:
            raise LexiconError(f"noise.yaml: rule {rid!r} pattern does not compile: {exc}") from exc
        try:
            scan: re.Pattern[str] | regex.Pattern[str] = re.compile(item["pattern"])
        except re.error:
            scan = pattern  # \p{Han} and friends need the regex module
        rules.append(
            _Rule(
                id=rid,
                kind=kind,
                pattern=pattern,
                scan=scan,
                replace=item.get("replace", ""),
                max_len=int(item.get("max_len", 40)),
                numbers_ok=bool(item.get("numbers_ok", False)),
                min_hits=int(item.get("min_hits", 0)),
                needs=str(item.get("needs", "")),
            )
        )
    return tuple(rules)


def rule_ids() -> tuple[str, ...]:
    return (*tuple(r.id for r in _rules()), "repeated_text", "heading_spam", "html_markup")


class _Ops:
    """Non-overlapping edits over the raw text; the first claim on a span wins."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.taken = bytearray(len(text) + 1)
        self.starts: list[int] = []  # sorted starts of the edits
        self.by_start: dict[int, Edit] = {}

    def free(self, start: int, end: int) -> bool:
        return self.taken.find(1, start, end) < 0

    def add(self, rule: str, start: int, end: int, replacement: str = "") -> bool:
        if start >= end or not self.free(start, end):
            return False
        self.taken[start:end] = b"\x01" * (end - start)
        bisect.insort(self.starts, start)
        self.by_start[start] = Edit(rule, start, end, self.text[start:end], replacement)
        return True

    def _inside(self, start: int, end: int) -> list[int]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return self.starts[lo:hi]

    def add_line(self, rule: str, start: int, end: int, replacement: str = "") -> None:
        """Remove a whole line (or replace a span): inline edits inside it are absorbed into this one."""
        inner = self._inside(start, end)
        if inner:
            lo = bisect.bisect_left(self.starts, start)
            del self.starts[lo : lo + len(inner)]
            for k in inner:
                del self.by_start[k]
            self.taken[start:end] = bytes(end - start)
        self.add(rule, start, end, replacement)

    def visible(self, start: int, end: int) -> str:
        """The line as it will read after the edits made so far."""
        if self.free(start, end):
            return self.text[start:end]
        out = []
        pos = start
        for k in self._inside(start, end):
            e = self.by_start[k]
            out.append(self.text[pos : e.start])
            out.append(e.replacement)
            pos = max(pos, e.end)
        out.append(self.text[pos:end])
        return "".join(out)

    @property
    def edits(self) -> list[Edit]:
        return [self.by_start[k] for k in self.starts]


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, end including the newline."""
    if not text:
        return []
    ends = list(itertools.accumulate(len(part) + 1 for part in text.split("\n")))
    ends[-1] -= 1  # the last line has no newline after it
    if ends[-1] == (ends[-2] if len(ends) > 1 else 0):
        ends.pop()  # the text ended with a newline: no empty last line
    return list(zip([0, *ends[:-1]], ends, strict=True))


def clean(raw: RawDocument) -> CleanText:
    """Remove noise from ``raw.text`` and return the clean text with its edit log."""
    text = raw.text
    ops = _Ops(text)
    rules = _rules()
    lines = _lines(text)
    _repeated(ops, lines)  # first: copies of a pasted-again body need no other rule
    _inline(ops, rules)
    _header(ops, rules, lines)
    _line_rules(ops, rules, lines)
    _tail(ops, rules, lines)
    _heading_spam(ops, lines)
    _markup(ops)  # last: whatever the other rules left or decoded
    return _build(raw, ops)


def _inline(ops: _Ops, rules: tuple[_Rule, ...]) -> None:
    text = ops.text
    for rule in rules:
        if rule.kind not in ("inline", "entity"):
            continue
        if rule.needs and rule.needs not in text:
            continue
        taken = ops.taken
        for m in rule.scan.finditer(text):
            if taken[m.start()]:
                continue  # inside a removed copy of the body
            if rule.kind == "entity":
                ops.add(rule.id, m.start(), m.end(), html.unescape(m.group()))
            else:
                ops.add(rule.id, m.start(), m.end(), rule.replace)


def _has_quantity(s: str) -> bool:
    return _QUANTITY.search(s) is not None


@functools.cache
def _combined(kinds: tuple[str, ...]) -> tuple[regex.Pattern[str], int]:
    """One alternation of the rules of these kinds (a line that matches none is
    rejected in one pass) and the longest line any of them may remove."""
    rules = [r for r in _rules() if r.kind in kinds]
    pattern = regex.compile("|".join(f"(?:{r.pattern.pattern})" for r in rules))
    longest = max((r.max_len for r in rules if r.kind == "line"), default=1 << 30)
    return pattern, longest


# words at least one of which every line rule needs on a line over 24
# characters: a longer line with none of them is body text
_LONG_LINE_TRIGGER = regex.compile(
    r"首页|上一|下一|较旧|较新|前一|后一|相关|延伸|推荐|猜你|分享|转发|扫描|字体|字号|来源|作者|编辑|责编|"
    r"审核|校对|发布|更新|时间|点击|浏览|阅读|访问|您是第|E-mail|Email|邮件|评论|版权|Copyright|copyright|©|"
    r"主办|承办|协办|技术支持|运行维护|标识码|识别码|备案|ICP|公网安|联系我们|网站|声明|关于我们|建议使用|"
    r"分辨率|浏览器|摄|新华社|人民网|中新社|央视网|新华网|位置|打印|关闭|收藏|纠错|手机版|无障碍|适老|登录|注册|"
    r"搜索|繁体|简体|繁简|返回|微信|微博|Top|TOP"
)


def _match_line(rules: tuple[_Rule, ...], kinds: tuple[str, ...], line: str) -> _Rule | None:
    combined, longest = _combined(kinds)
    if len(line) > longest or (
        kinds == ("line",) and len(line) > 24 and _LONG_LINE_TRIGGER.search(line) is None
    ):
        return None
    if combined.fullmatch(line) is None:
        return None
    for rule in rules:
        if rule.kind not in kinds:
            continue
        if rule.kind == "line" and len(line) > rule.max_len:
            continue
        if rule.pattern.fullmatch(line) is None:
            continue
        if rule.kind == "line" and not rule.numbers_ok and _has_quantity(line):
            continue
        return rule
    return None


def _header(ops: _Ops, rules: tuple[_Rule, ...], lines: list[tuple[int, int]]) -> None:
    """Scraper headers and disclosure tables above the body."""
    prev_index = False
    for start, end in lines[:80]:
        line = ops.visible(start, end).strip()
        if not line:
            continue
        rule = _match_line(rules, ("header",), line)
        if rule is None:
            if _BODY_START.search(line) or len(line) >= 50:
                return
            prev_index = False
            continue
        if rule.id == "header_gov_index_value" and not prev_index:
            return
        prev_index = rule.id in ("header_gov_index", "header_gov_index_value")
        ops.add_line(rule.id, start, end)


def _line_rules(ops: _Ops, rules: tuple[_Rule, ...], lines: list[tuple[int, int]]) -> None:
    text = ops.text
    for start, end in lines:
        if end - start > 2000:
            continue
        if end - start > 64:
            last = end - 2 if text[end - 1] == "\n" else end - 1
            if text[last] in "。；！？" and text[last - 1] != "摄":
                continue  # a report paragraph (checked again below for shorter lines)
        if ops.free(start, end):
            line = text[start:end].strip(" \t\n\r　")
        elif _partly_free(ops, start, end):
            line = ops.visible(start, end).strip(" \t\n\r　")
        else:
            continue
        if not line:
            continue
        if len(line) > 60 and line[-1] in "。；！？" and not line.endswith("摄。"):
            continue  # a paragraph of the report: no chrome rule ends a long line with a full stop
        if len(line) > 200:
            rule = None if "。" in line else _dense(rules, line)  # a paragraph of the report
        else:
            rule = _match_line(rules, ("line",), line) or _dense(rules, line)
        if rule is not None:
            ops.add_line(rule.id, start, end)


def _dense(rules: tuple[_Rule, ...], line: str) -> _Rule | None:
    """A long line packed with chrome words and no sentence end."""
    if "。" in line:
        return None
    for rule in rules:
        if rule.kind == "dense" and len(rule.pattern.findall(line)) >= rule.min_hits:
            return rule
    return None


def _partly_free(ops: _Ops, start: int, end: int) -> bool:
    return ops.taken.find(0, start, end) >= 0


def _tail(ops: _Ops, rules: tuple[_Rule, ...], lines: list[tuple[int, int]]) -> None:
    """Walk up from the end removing junk lines until the first real line."""
    for start, end in reversed(lines):
        line = ops.visible(start, end).strip(" \t\n\r　")
        if not line:
            continue
        if not _partly_free(ops, start, max(start + 1, end - 1)):
            continue
        rule = _match_line(rules, ("tail",), line)
        if rule is None:
            return
        ops.add_line(rule.id, start, end)


def _repeated(ops: _Ops, lines: list[tuple[int, int]]) -> None:
    """Remove later copies of the body (pages concatenated by a scraper).

    A long line (>= 25 visible characters) that repeats an earlier line
    exactly is a copy; a short line is a copy when it repeats an earlier line
    and the nearest long lines around it are copies too.
    """
    text = ops.text
    raw_long = [text[s:e].strip() for s, e in lines if e - s >= 25]
    if len(set(raw_long)) == len(raw_long):
        return  # no long line occurs twice: nothing was pasted again
    if ops.starts:
        visible = [ops.visible(s, e).strip(" \t\n\r　") for s, e in lines]
    else:  # nothing removed yet: the lines as written
        visible = [text[s:e].strip(" \t\n\r　") for s, e in lines]
    seen: set[str] = set()
    copy = [False] * len(lines)
    long_ = [len(v) >= 25 for v in visible]
    for i, v in enumerate(visible):
        if not v:
            continue
        if v in seen and long_[i]:
            copy[i] = True
        seen.add(v)
    if not any(copy):
        return
    # for each line, whether the nearest long line before / after it is a copy
    n = len(lines)
    before_copy = [False] * n
    state = False
    for i in range(n):
        before_copy[i] = state
        if visible[i] and long_[i]:
            state = copy[i]
    after_copy = [True] * n
    state = True
    for i in range(n - 1, -1, -1):
        after_copy[i] = state
        if visible[i] and long_[i]:
            state = copy[i]
    seen_short: set[str] = set()
    for i, v in enumerate(visible):
        if not v or long_[i]:
            continue
        if v in seen_short and before_copy[i] and after_copy[i]:
            copy[i] = True
        seen_short.add(v)
    # blank lines between copies go with them; each run of copies is one edit
    prev_nonblank = [False] * n
    state = False
    for i in range(n):
        prev_nonblank[i] = state
        if visible[i]:
            state = copy[i]
    state = False
    for i in range(n - 1, -1, -1):
        if not visible[i] and not copy[i]:
            copy[i] = prev_nonblank[i] and state
        if visible[i]:
            state = copy[i]
    run_start = -1
    for i, c in enumerate([*copy, False]):
        if c and run_start < 0:
            run_start = i
        elif not c and run_start >= 0:
            ops.add_line("repeated_text", lines[run_start][0], lines[i - 1][1])
            run_start = -1


def _heading_spam(ops: _Ops, lines: list[tuple[int, int]]) -> None:
    text = ops.text
    for start, end in lines:
        first = text[start : start + 4].lstrip(" \t　")[:1]
        if not first or first not in "一二三四五六七八九十":
            continue  # only a numbered heading (一、…) can carry a glued title
        m = _HEADING_SPAM.match(text, start, end - 1 if text[end - 1 : end] == "\n" else end)
        if m is None:
            continue
        tail = m.group("tail")
        if _HEADING_OK_TAIL.match(tail):
            continue
        ops.add("heading_spam", m.start("tail"), m.end("tail"))


# "<", or "<" written as an entity, as many times &amp;-encoded as it likes (&amp;amp;lt;);
# html.unescape also reads &lt and &LT without the semicolon, and so do browsers
_LT = re.compile(r"<|&(?:amp;?)*+(?:lt;?|#0*60;?|#x0*3c;?)", re.IGNORECASE)
_TAG_START = re.compile(r"[/?A-Za-z]")  # a tag, an end tag, a processing instruction
_SAFE_LT = "＜"  # full-width: a browser reads it as text


def _unescape_all(text: str) -> str:
    """``text`` after every round of HTML entity decoding a page could apply."""
    for _ in range(8):
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    return text


def _markup(ops: _Ops) -> None:
    """No markup a browser would run survives in the clean text: every ``<`` that,
    after all entity decoding, opens a tag or an end tag (``<script``,
    ``&lt;svg onload=…``, ``&amp;lt;img``) becomes a full-width ``＜``, so the tag and
    its event-handler attributes are inert text. One pass, linear in the text."""
    parts: list[str] = []
    pieces: list[tuple[int, int, int, bool]] = []  # clean start, raw start, raw end, replaced
    clean_len = 0
    for start, end, replacement, replaced in _runs(ops):
        piece = replacement if replaced else ops.text[start:end]
        if piece:
            pieces.append((clean_len, start, end, replaced))
            parts.append(piece)
            clean_len += len(piece)
    text = "".join(parts)
    if "<" not in text and "&" not in text:
        return
    starts = [p[0] for p in pieces]

    def raw_at(pos: int, end: bool) -> int:
        i = bisect.bisect_right(starts, pos) - 1
        clean_start, raw_start, raw_end, replaced = pieces[i]
        if replaced:
            return raw_end if end else raw_start
        return raw_start + (pos - clean_start) + (1 if end else 0)

    spans: list[tuple[int, int]] = []
    for m in _LT.finditer(text):
        after = text[m.end() : m.end() + 24]
        if "&" in after:
            after = _unescape_all(after)
        if not _TAG_START.match(after):
            continue
        lo, hi = raw_at(m.start(), False), raw_at(m.end() - 1, True)
        if spans and lo < spans[-1][1]:  # two in one replaced piece: one edit
            lo = spans.pop()[0]
        spans.append((lo, hi))
    for lo, hi in spans:
        ops.add_line("html_markup", lo, hi, _SAFE_LT)


def _runs(ops: _Ops) -> Iterator[tuple[int, int, str, bool]]:
    """The raw text as kept runs and edits, in order: (start, end, replacement, is_edit)."""
    pos = 0
    for e in ops.edits:
        if e.start > pos:
            yield pos, e.start, "", False
        yield e.start, e.end, e.replacement, True
        pos = e.end
    if pos < len(ops.text):
        yield pos, len(ops.text), "", False


def _build(raw: RawDocument, ops: _Ops) -> CleanText:
    text = ops.text
    edits = ops.edits
    parts: list[str] = []
    segments: list[tuple[int, int]] = []
    pos = 0
    clean_len = 0
    for e in edits:
        if e.start > pos:
            segments.append((clean_len, pos))
            parts.append(text[pos : e.start])
            clean_len += e.start - pos
        if e.replacement:
            segments.append((clean_len, e.start))
            parts.append(e.replacement)
            clean_len += len(e.replacement)
        pos = e.end
    if pos < len(text) or not segments:
        segments.append((clean_len, pos))
        parts.append(text[pos:])
    return CleanText(text="".join(parts), raw=raw, edits=tuple(edits), segments=tuple(segments))
