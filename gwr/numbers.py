"""Numeral and unit parsing: find quantities such as "1.2万亿元" or "6%—7%" in text.

``scan_quantities(text)`` reads a string and returns every ``Quantity`` in it, in
order and without overlaps, each with absolute offsets, the value in its base
unit (yuan, persons, percent, ...) as a ``Decimal``, and flags for repairs made
(OCR letters in digits, spaces inside a number). One compiled pattern
(``_pattern``) finds candidates and skips what only looks like a number: years,
dates, times, list markers, ordinals, codes and URLs. Chinese numerals count
only before a unit from ``data/units.tsv`` (gated by its ``cn`` column) or in
百分之/翻一番, so 一带一路, 三农 and 两个 are not quantities.

Approximation words that are comparators (约, 左右, 以上) are left outside the
span; ``approx`` is set for 多/余 inside the span, 数/几 numerals and a 近
right before it. Vague numerals (数十, 几百万) keep ``value`` None; a damaged
number (1..5%) is flagged ``malformed`` with ``value`` None, never guessed.

The pattern is compiled with the standard ``re`` module, not ``regex``: it needs
nothing ``regex`` adds (possessive quantifiers and conditionals are in ``re``
since 3.11), and ``re`` skips the many positions that fail the leading
character-class test about four times faster, which matters over 20 MB of text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, getcontext
from typing import Literal, NamedTuple, cast

from gwr.lexicon import LexiconError, data_path, read_tsv

Kind = Literal["number", "percent", "pp", "permille", "ratio", "multiple"]
_KINDS: frozenset[str] = frozenset({"number", "percent", "pp", "permille", "multiple"})
_CN_GATES = frozenset({"any", "small", "big", "no"})


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    raw: str
    value: Decimal | None  # in the base unit; None for ranges, ratios, vague and malformed numbers
    low: Decimal | None
    high: Decimal | None
    unit: str | None  # base unit id from data/units.tsv; None for a bare number or a ratio
    currency: str | None
    kind: Kind
    approx: bool
    ratio_parts: tuple[Decimal, ...]
    flags: tuple[str, ...]  # ocr_repaired, space_repaired, double_percent, malformed, vague
    printed_unit: str  # scale and unit as printed: "亿元", "%", "万人"; "" for bare numbers
    scale: Decimal  # multiplier applied to the printed number (1e8 for 亿元)


@dataclass(frozen=True, slots=True)
class Unit:
    """One row of data/units.tsv."""

    printed: str
    base: str
    scale: Decimal
    currency: str | None
    kind: Kind
    cn: str
    stop: str


@functools.cache
def units() -> dict[str, Unit]:
    """Units keyed by their printed form; a bad row raises LexiconError (path:line)."""
    path = data_path("units.tsv")
    table: dict[str, Unit] = {}
    for row in read_tsv("units.tsv"):
        where = f"{path}:{row['__line__']}"
        try:
            scale = Decimal(row["scale"])
        except InvalidOperation:
            raise LexiconError(f"{where}: scale {row['scale']!r} is not a decimal") from None
        kind = row["kind"]
        if not row["printed"] or row["printed"] in table or not row["base"]:
            raise LexiconError(f"{where}: empty or duplicate unit {row['printed']!r}")
        if kind not in _KINDS or row["cn"] not in _CN_GATES or not scale.is_finite() or scale <= 0:
            raise LexiconError(f"{where}: bad kind, cn or scale in {row['printed']!r}")
        table[row["printed"]] = Unit(
            row["printed"],
            row["base"],
            scale,
            row["currency"] or None,
            cast(Kind, kind),
            row["cn"],
            row["stop"],
        )
    return table


@functools.cache
def counter_unit(unit: str | None) -> bool:
    """A counter word (个, 家, 户, 套): a unit that is a Chinese word of its own, its own base
    unit, where other units have a code (ton, CNY, person)."""
    return bool(unit) and all("\u4e00" <= ch <= "\u9fff" for ch in unit or "")


# --- numerals --------------------------------------------------------------------------------

_FOLD = str.maketrans("０１２３４５６７８９．％，", "0123456789.%,")
_OCR = str.maketrans("OolI", "0011")
_CN_DIGIT = {ch: i % 10 for i, ch in enumerate("零一二三四五六七八九〇壹贰叁肆伍陆柒捌玖")} | {
    "○": 0,
    "两": 2,
}
_CN_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_BIG = {"万": 10**4, "萬": 10**4, "亿": 10**8}
_SCALE = {**_CN_SMALL, **_CN_BIG}
_MIXED = re.compile(r"(-?[0-9]+(?:\.[0-9]+)?)(\D*)")
_ONE = Decimal(1)
_CENT = Decimal("0.01")


def _norm(d: Decimal) -> Decimal:
    """Exact value without exponent surprises: 9.15E+10 → 91500000000, 6.50 → 6.5.

    A whole number longer than the context's precision (a run of 30 digits) cannot be
    written out digit by digit: it keeps its exponent instead of raising InvalidOperation."""
    if d == d.to_integral_value():
        if d.adjusted() < getcontext().prec:
            return d.quantize(_ONE)
        return d.normalize()
    return d.normalize()


def _scale_product(chars: str) -> Decimal:
    """十/百/千/万/亿 in increasing order multiply (万亿 = 1e12, 十万 = 1e5)."""
    product, last = 1, 0
    for ch in chars:
        step = _SCALE.get(ch)
        if step is None or step <= last:
            raise ValueError(f"bad scale {chars!r}")
        product, last = product * step, step
    return Decimal(product)


def _cn_int(t: str) -> int:
    if all(ch in _CN_DIGIT for ch in t):  # 二〇一七 is read digit by digit
        return int("".join(str(_CN_DIGIT[ch]) for ch in t))
    total = section = 0
    digit: int | None = None
    last_small, last_big, prev_unit, zero = 10**5, 10**9, 0, False
    for ch in t:
        if ch in _CN_DIGIT:
            if _CN_DIGIT[ch] == 0:
                zero, prev_unit = True, 0
                continue
            if digit is not None:
                raise ValueError(f"two digits in a row in {t!r}")
            digit = _CN_DIGIT[ch]
        elif ch in _CN_SMALL:
            step = _CN_SMALL[ch]
            if step >= last_small:
                raise ValueError(f"misplaced {ch!r} in {t!r}")
            section += (1 if digit is None else digit) * step
            digit, last_small, prev_unit, zero = None, step, step, False
        elif ch in _CN_BIG:
            step = _CN_BIG[ch]
            part = section + (digit or 0)
            part = part or (0 if total else 1)  # 万亿 alone is 1e12
            if step >= last_big and step != 10**8:
                raise ValueError(f"misplaced {ch!r} in {t!r}")
            total = (total + part) * step if step == 10**8 else total + part * step
            section, digit, last_small, last_big, prev_unit, zero = 0, None, 10**5, step, step, False
        else:
            raise ValueError(f"not a Chinese numeral: {t!r}")
    if digit is not None and prev_unit >= 100 and not zero:  # 一万二 = 12000, 一百二 = 120
        return total + section + digit * prev_unit // 10
    return total + section + (digit or 0)


def parse_cn_number(s: str) -> Decimal:
    """Parse an Arabic, Chinese or mixed numeral: 一千二百三十四 → 1234, 1.2万亿 → 1.2e12,
    二〇一七 → 2017, 六点五 → 6.5. Raises ValueError on anything else."""
    t = s.strip().translate(_FOLD).replace(",", "")
    if not t:
        raise ValueError("empty numeral")
    if m := _MIXED.fullmatch(t):
        return _norm(Decimal(m[1]) * _scale_product(m[2]))
    head, dot, rest = t.partition("点")
    if not dot:
        return Decimal(_cn_int(t))
    cut = len(rest) - len(rest.lstrip("".join(_CN_DIGIT)))
    if cut == 0:
        raise ValueError(f"no digits after 点 in {s!r}")
    frac = "".join(str(_CN_DIGIT[ch]) for ch in rest[:cut])
    whole = _cn_int(head) if head else 0
    return _norm(Decimal(f"{whole}.{frac}") * _scale_product(rest[cut:]))


# --- the candidate pattern -------------------------------------------------------------------

_D = "[0-9０-９]"
_L = "A-Za-zＡ-Ｚａ-ｚ"  # letters next to digits make a code (5G, H7N9), not a quantity
_DOT = "[.．]"
_WS = r"[ \t]*+"
_CN_CHARS = "零〇○一二两三四五六七八九十百千万亿几点"
_SEP = _WS + r"(?:[—–―\-－~～]{1,2}|至|到)" + _WS
_YEAR = r"(?<![0-9０-９.．])(?:[1１][5-9５-９]|[2２][0-1０-１])[0-9０-９]{2}(?![0-9０-９])"
_APPROX_TAIL_BASES = frozenset({"times", "year", "month", "day", "hour", "minute", "week"})
_DATE_AFTER = frozenset("月日号时点分秒年")  # 年 here: 90年代, 3年级
_SLOGAN_MARKS = frozenset('+＋“”"')
_NOT_NEAR = frozenset("最附邻临靠贴")
_DIGITS = frozenset("0123456789０１２３４５６７８９")


def _unit_alternation(table: dict[str, Unit]) -> str:
    """The printed units as a trie-shaped regex (longest first), each guarded by its ``stop``
    characters; a leading character-class test makes a miss cost one comparison."""
    if not table:
        raise LexiconError(f"{data_path('units.tsv')}: no units")
    guards = {}
    for printed, unit in table.items():
        guard = "(?![" + re.escape(unit.stop) + "])" if unit.stop else ""
        if printed[-1].isascii() and printed[-1].isalpha():
            guard += f"(?![{_L}])"
        guards[printed] = guard
    first = re.escape("".join(sorted({w[0] for w in table})))
    return f"(?=[{first}])" + _trie(sorted(guards), guards, "")


def _trie(words: list[str], guards: dict[str, str], prefix: str) -> str:
    """Regex for ``words`` (sorted, all starting with ``prefix``) branching one character at a time."""
    branches = []
    for ch in sorted({w[len(prefix)] for w in words if len(w) > len(prefix)}):
        longer = [w for w in words if len(w) > len(prefix) and w[len(prefix)] == ch]
        branches.append(re.escape(ch) + _trie(longer, guards, prefix + ch))
    if prefix in guards:
        branches.append(guards[prefix])  # the shorter unit is tried after every longer one
    if len(branches) == 1:
        return branches[0] if prefix else "(?:" + branches[0] + ")"
    return "(?:" + "|".join(branches) + ")"


def _tail_char(table: dict[str, Unit]) -> str:
    """One scale character after a number, unless it starts a unit (千瓦, 千米, 百分点)."""
    alts = []
    for ch in "十百千万亿":
        rests = sorted({u[1:] for u in table if u.startswith(ch) and len(u) > 1}, key=len, reverse=True)
        guard = "(?!" + "|".join(re.escape(r) for r in rests) + ")" if rests else ""
        alts.append(ch + ("(?=[万亿])" if ch == "十" else guard))
    return "(?:" + "|".join(alts) + ")"


def _part(p: str, units_re: str, small_units: str, money: str, tail_ch: str, after: str, latin: str) -> str:
    """One number with its scale and unit; group names start with ``p``."""
    neg = rf"(?P<{p}neg>(?<![0-9{_L}%％.．０-９])[-－−](?={_D}))?" if p == "a_" else ""
    join = (  # between digits: spaces, a line break with spaces beside it, or a spaced decimal point
        rf"(?:[ \t]{{1,2}}|[ \t]+\n[ \t]*|\n[ \t]+)(?!{_DOT})"
        rf"|(?=[ \t\n]|{_DOT}[ \t\n])[ \t]*\n?[ \t]*{_DOT}[ \t]*\n?[ \t]*"
    )
    arabic = (
        rf"(?<![0-9{_L}.．０-９])(?<![{_L}][-－])(?:"
        rf"(?P<{p}sp>{_D}++(?:(?:{join}){_D}++)++)(?={after})"
        rf"|(?P<{p}mal>{_D}++(?:{_DOT}{{2,}}{_D}++|(?:{_DOT}{_D}++){{2,}}+)(?={after}))"
        rf"|(?P<{p}ar>{_D}++(?:(?:,[0-9０-９]{{3}}|(?<=[０-９])，[０-９]{{3}})(?![0-9０-９]))*+(?:{_DOT}{_D}++)?+)"
        rf"(?!(?!{latin})[{_L}])"
        rf"|(?P<{p}ocr>(?=[OolI.．]*{_D})(?=[0-9.．]*[OolI])[0-9OolI]++(?:{_DOT}[0-9OolI]++)?+"
        rf"(?![{_L}])(?={after})|{_D}++(?:[OolI]++{_D}++)++(?:{_DOT}{_D}++)?+(?![{_L}])))"
    )
    tail = rf"(?P<{p}tail>(?:{_WS}[多余]?{tail_ch})*+)(?P<{p}am>[多余])?"
    unit = rf"{_WS}(?P<{p}unit>{units_re})(?P<{p}dup>(?<=[%％])[%％])?(?P<{p}am3>多(?![十百千万亿]))?"
    # a Chinese numeral needs a unit, except before a range separator: 十四亿七千万至十四亿九千万吨
    cn_bare = f"(?={_SEP})" if p == "a_" else "(?!)"
    cn_run = (  # several characters; or one that may stand alone before a unit: 十个, 三公里, 两成
        rf"(?P<{p}cn>(?:[数几](?=[十百千万])|零(?=点)|[一二两三四五六七八九十])"
        rf"(?:[零〇○一二两三四五六七八九十百万亿几点]|千(?!瓦|米|克|伏))++"
        rf"|十|[百千万](?=[多余])|[一二两三四五六七八九](?={_WS}{small_units}|{cn_bare})"
        rf"|(?<!每)(?:[十百千万]亿(?={money})|亿(?=元以[上下]))"  # 突破万亿元, 亿元以上项目
        # a bare magnitude after a verb or a comparator: 突破千万千瓦, 带动万名青年, 近亿人次, 超百万人
        # (not the idiom 带动千家万户)
        rf"|(?<=[近超逾破上达到动约过在])(?:[十百千]?万|[十百千万]?亿|[百千])(?!家万户)(?={_WS}{units_re}))"
    )
    return rf"(?P<{p[0]}>{neg}(?:{arabic}|{cn_run}){tail}(?:{unit})?(?({p}unit)|(?({p}cn){cn_bare})))"


@functools.cache
def _pattern() -> re.Pattern[str]:
    table = units()
    units_re = _unit_alternation(table)
    tail_ch = _tail_char(table)
    latin = "(?:" + "|".join(re.escape(u) for u in table if u.isascii() and u[0].isalpha()) + ")"
    after = rf"{_WS}(?:[%％]|{tail_ch}|{units_re})"
    no_unit = rf"(?![.．0-9０-９]|{_WS}(?:[%％]|{tail_ch}|{units_re}))"
    junk = "|".join(
        (
            r"(?:https?://|www\.)[!-~]++",  # URLs
            # 第5, 第1至2版, 第十三个五年规划
            rf"第{_WS}(?:{_D}++|[零〇○一二两三四五六七八九十百千]++)(?:{_SEP}{_D}++)?(?:个五年(?:计划|规划))?",
            rf"(?<![^\s。；;：:！？!?]){_D}{{1,3}}[.．、)）](?![0-9０-９])",  # list markers: 1. 2、
            rf"[(（\[【［]{_WS}{_D}{{1,3}}{_WS}[)）\]】］]",  # (1) [5]
            rf"(?<![0-9０-９.．])[0-9](?: [0-9]){{2,}}+(?![0-9]|{_WS}[.．]|{after})",  # 1 9 5 4 0 9 2 4
            rf"[〇○零0０Oo一二三四五六七八九]{{4}}{_WS}年",  # 二〇一七年, 二00三年
            rf"{_YEAR}{_WS}年?{_SEP}{_YEAR}(?:{_WS}年|{no_unit})",  # 2017—2020年
            rf"{_YEAR}{_WS}年",  # 2017年, 2017 年
            r"(?<![0-9０-９.．])(?:[01]?[0-9]|2[0-4])[:：][0-5][0-9](?![0-9.．]|[ \t]*+[∶:：︰])",  # 10:40
            # 2018-02-27, 2008-04-13 16:17
            r"[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}[ \t]*+(?:[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?)?",
            rf"(?<![0-9{_L}.．])[0-9]++(?:[-/_／][0-9{_L}]++)++{no_unit}",  # 2018-13962, 1/3
            rf"(?<![0-9{_L}.．])(?:0[0-9]++|[0-9]{{7,}}+){no_unit}",  # 0411, 2102020006
            rf"(?<![0-9{_L}.．])[0-9]++(?:[.．][0-9]++){{2,}}+(?!{_WS}(?:[%％]|{units_re}))",  # 1.2.3
            r"(?<![0-9.．])[0-9]{1,2}[·•][0-9]{1,2}(?![0-9])",  # 3·15
        )
    )
    rnum = rf"{_D}++(?:{_DOT}{_D}++)?+"
    ratio = rf"(?<![0-9{_L}.．０-９]){rnum}(?:{_WS}[∶:：︰]{_WS}{rnum})++(?![0-9０-９.．])"
    pct_cn = r"[零〇○一二两三四五六七八九十百几数][零〇○一二两三四五六七八九十百点几]*+"
    pct = (
        rf"(?P<pfx>百分之|千分之)(?:(?P<pnum>{rnum})|(?P<pcn>{pct_cn}))(?P<pam>[多余])?"
        rf"(?:{_SEP}(?:百分之|千分之)?(?:(?P<pnum2>{rnum})|(?P<pcn2>{pct_cn})))?"
    )
    fan = r"翻了?近?(?P<fnum>[一两二三四五六七八九0-9])?番"
    # a fraction in words (四分之一, 三分之二) and half of a whole after a verb of change or share (减少一半)
    frac = (
        r"(?P<qden>[二三四五六七八九十])分之(?P<qnum>[一二三四五六七八九])"
        r"|(?:(?<=减少|下降|降低|超过|压减)|(?<=[占过近]))(?P<half>一半)"
    )
    small = _unit_alternation({k: u for k, u in table.items() if u.cn in ("any", "small")})
    money = _unit_alternation({k: u for k, u in table.items() if u.currency})
    a, b = (_part(p, units_re, small, money, tail_ch, after, latin) for p in ("a_", "b_"))
    general = rf"{a}(?:(?P<sep>{_SEP})(?!{_YEAR}{_WS}年){b})?"
    unit_first = re.escape("".join(sorted({u[0] for u in table})))
    first = (  # one character-class test (fast in re), then a look at the next few characters
        r"(?=[0-9０-９OolI第(（\[【［百千翻hw\-－−〇○零一二两三四五六七八九十数几万亿])"
        r"(?=[0-9０-９]|[-－−][0-9０-９]|[OolI][0-9OolI.．]*[0-9]|第|[(（\[【［][ \t]*[0-9０-９]"
        rf"|[百千]分之|[二三四五六七八九十]分之[一二三四五六七八九]|一半|翻|https?:|www\.|[零〇○一二两三四五六七八九十数几百千万亿][{_CN_CHARS}多余]*[{unit_first}至到—–\-－~～]"
        r"|[〇○零一二三四五六七八九][0-9０Oo〇○零一二三四五六七八九]{3}年)"
    )
    return re.compile(
        _atomic(
            rf"{first}(?:(?P<junk>{junk})|(?P<ratio>{ratio})|(?P<pct>{pct})|(?P<frac>{frac})|(?P<fan>{fan})"
            rf"|{general})"
        )
    )


_QUANT = re.compile(r"[*+?]|\{[0-9]*,?[0-9]*\}")


def _atomic(pattern: str) -> str:
    """``(…)*+`` → ``(?>(…)*)``: the same match, written as an atomic group.

    Python 3.11.0-3.11.2 (Debian 12's python3) let a possessive repeat of a group
    whose alternatives hold a lookaround match the empty string, so every number
    failed to parse there; atomic groups have no such bug. Possessive repeats of
    a single character or class are left as they are."""
    out: list[str] = []
    opens: list[int] = []  # positions in ``out`` of the groups still open
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if ch == "[":  # a class: copied whole (a ] first in it is a literal)
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            out.append(pattern[i : j + 1])
            i = j + 1
            continue
        if ch == "(":
            opens.append(len(out))
            out.append(ch)
            i += 1
            continue
        if ch == ")":
            start = opens.pop()
            out.append(ch)
            i += 1
            q = _QUANT.match(pattern, i)
            if q and pattern[q.end() : q.end() + 1] == "+":
                out[start:] = ["(?>", *out[start:], q[0], ")"]
                i = q.end() + 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


# --- building quantities from matches --------------------------------------------------------

_FIELDS = ("sp", "mal", "ar", "ocr", "cn", "tail", "am", "unit", "dup", "am3")
_Read = tuple[Decimal | None, tuple[Decimal, Decimal] | None, str]  # number, vague pair, flag


class _Part(NamedTuple):  # a NamedTuple: built once per number, so it must be cheap
    start: int
    end: int
    number: Decimal | None  # as printed, before scale; None when vague or malformed
    pair: tuple[Decimal, Decimal] | None  # 七八成 → (7, 8)
    tail: str  # scale characters after the number (万, 亿, 万亿), without 多/余
    unit: Unit | None
    approx: bool
    flags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Matcher:
    pattern: re.Pattern[str]
    group: dict[str, int]
    units: dict[str, Unit]
    a: tuple[int, ...]  # group numbers of _FIELDS for the first number of a match
    b: tuple[int, ...]  # ... and for the second number of a range


@functools.cache
def _matcher() -> _Matcher:
    pattern = _pattern()
    gi = pattern.groupindex
    idx = (tuple(gi[p + f] for f in _FIELDS) for p in ("a_", "b_"))
    return _Matcher(pattern, dict(gi), units(), *idx)


def _read_cn(s: str) -> _Read:
    if "几" in s or s[0] == "数":
        if not any(ch in "十百千万亿" for ch in s):
            raise ValueError("vague numeral without magnitude")
        return None, None, "vague"
    if len(s) > 1 and all(ch in _CN_DIGIT for ch in s):
        lo, hi = Decimal(_CN_DIGIT[s[0]]), Decimal(_CN_DIGIT[s[-1]])
        if len(s) == 2 and lo < hi:  # 七八成, 三五年: a vague pair
            return None, (lo, hi), "vague"
        raise ValueError("digit string before a unit")
    return parse_cn_number(s), None, ""


def _read_part(
    m: re.Match[str], mt: _Matcher, part: str, text: str, neg: bool, shared: Unit | None = None
) -> _Part | None:
    """Number ``part`` (a, or b of a range) of a match; ``shared`` is the unit that ends a range."""
    idx = mt.a if part == "a" else mt.b
    sp, mal, ar, ocr, cn, tail, am, unit_s, dup, am3 = m.group(*idx)
    start, end = m.span(mt.group[part])
    flags: tuple[str, ...] = ()
    pair = None
    digits = (ar or sp or "").translate(_FOLD).replace(",", "")
    if ar is not None:
        number: Decimal | None = Decimal(digits)
    elif sp is not None:
        digits = "".join(digits.split())
        number, flags = (
            (Decimal(digits), ("space_repaired",)) if digits.count(".") < 2 else (None, ("malformed",))
        )
    elif mal is not None:
        number, flags = None, ("malformed",)
    elif ocr is not None:
        number, flags = Decimal(ocr.translate(_FOLD).translate(_OCR)), ("ocr_repaired",)
    else:
        try:
            number, pair, flag = _read_cn(cn)
        except ValueError:
            return None
        flags = (flag,) if flag else ()
    if neg and number is not None:
        number = -number
    unit = mt.units[unit_s] if unit_s is not None else None
    approx = am is not None or flags == ("vague",)
    if tail:
        keep = _valid_tail(tail)
        if keep < len(tail):  # 10亿余万: keep 10亿余, drop the rest
            tail, end, unit, approx = tail[:keep], m.start(idx[5]) + keep, None, False
        if "多" in tail or "余" in tail:
            approx, tail = True, tail.replace("多", "").replace("余", "")
        tail = "".join(tail.split())
    if unit is not None:
        approx = approx or "多" in unit.printed
        if am3 is not None:
            if unit.base in _APPROX_TAIL_BASES:
                approx = True
            else:
                end -= 1
        if dup is not None:
            flags += ("double_percent",)
    if cn is not None:  # a Chinese numeral closing a quotation is a name: “大气十条”, “十项”行动
        gate = unit or shared
        if (
            gate is None
            or (end < len(text) and text[end] in "”」』’")
            or not (_cn_allowed(gate, number, pair, approx) or (shared and gate.cn != "no"))
        ):
            return None
    elif (
        digits
        and not tail
        and am is None
        and (unit is None or len(digits) == 4)
        and (_not_a_quantity(digits, unit or shared, text, start, end) or (neg and not unit))
    ):
        return None
    return _Part(start, end, number, pair, tail, unit, approx, flags)


def _valid_tail(tail: str) -> int:
    """Length of the longest prefix of ``tail`` whose scale characters increase (万亿, not 亿万)."""
    last = 0
    for i, ch in enumerate(tail):
        step = _SCALE.get(ch)
        if step is not None:
            if step <= last:
                return i
            last = step
    return len(tail)


def _cn_allowed(
    unit: Unit, number: Decimal | None, pair: tuple[Decimal, Decimal] | None, approx: bool
) -> bool:
    if unit.cn == "no":
        return False
    if unit.cn == "any" or (approx and pair is None):
        return True
    size = pair[1] if pair else number
    return size is not None and size >= (2 if unit.cn == "small" else 10)


def _not_a_quantity(digits: str, unit: Unit | None, text: str, start: int, end: int) -> bool:
    """A year (2017年, a bare 1998), a date or time (3月, 5日), a list marker (1、) or a slogan
    number (“1+5+1”, “1020”工程)."""
    yearish = len(digits) == 4 and digits.isdigit() and "1500" <= digits <= "2199"
    if unit is not None:
        return yearish and unit.base == "year"
    after = text[end : end + 2]
    before = text[start - 1] if start > 0 else ""
    return (
        yearish
        or after[:1] in _DATE_AFTER
        or before in _SLOGAN_MARKS
        or after[:1] in _SLOGAN_MARKS
        or (after[:1] == "、" and after[1:2] not in _DIGITS)
    )


@functools.cache
def _scale_of(tail: str, printed: str) -> Decimal:
    return _norm(_scale_product(tail) * (units()[printed].scale if printed else _ONE))


def _from_parts(text: str, a: _Part, b: _Part | None) -> Quantity:
    last = b or a
    unit = last.unit
    scale = _scale_of(last.tail, unit.printed if unit else "")
    value = low = high = None
    if b is not None:
        a_unit = a.unit or unit
        a_scale = (
            scale if a.unit is None and not a.tail else _scale_of(a.tail, a_unit.printed if a_unit else "")
        )
        low = None if a.number is None else _norm(a.number * a_scale)
        high = None if b.number is None else _norm(b.number * scale)
    elif a.pair is not None:
        low, high = _norm(a.pair[0] * scale), _norm(a.pair[1] * scale)
    elif a.number is not None:
        value = _norm(a.number * scale)
    start, end = a.start, last.end
    return Quantity(
        start, end, text[start:end], value, low, high,
        unit.base if unit else None, unit.currency if unit else None, unit.kind if unit else "number",
        a.approx or last.approx or _near(text, start), (),
        a.flags + b.flags if b and b.flags != a.flags else a.flags,
        last.tail + unit.printed if unit else last.tail, scale,
    )  # fmt: skip


def _near(text: str, start: int) -> bool:
    """近3万人 and 将近/接近 mark an approximate figure; 最近/附近 do not."""
    return start > 0 and text[start - 1] == "近" and text[start - 2 : start - 1] not in _NOT_NEAR


def _general(m: re.Match[str], mt: _Matcher, text: str) -> list[Quantity]:
    neg = m[mt.group["a_neg"]] is not None
    if m[mt.group["b"]] is None:
        a = _read_part(m, mt, "a", text, neg)
        return [] if a is None else [_from_parts(text, a, None)]
    b = _read_part(m, mt, "b", text, False)
    if b is None:
        return []
    a = _read_part(m, mt, "a", text, neg, b.unit)
    if a is None:
        return [_from_parts(text, b, None)]
    if a.unit is not None and b.unit is not None and a.unit.base != b.unit.base:
        return [_from_parts(text, a, None), _from_parts(text, b, None)]
    return [_from_parts(text, a, b)]


def _special(m: re.Match[str], text: str) -> Quantity | None:
    """百分之/千分之 numbers, 翻番 and ratios."""
    start, end = m.span()
    approx = _near(text, start)
    one = _ONE
    if m["ratio"] is not None:
        parts = tuple(_norm(Decimal(x)) for x in re.split(r"[ \t]*[∶:：︰][ \t]*", m[0].translate(_FOLD)))
        return Quantity(start, end, m[0], None, None, None, None, None, "ratio", approx, parts, (), "", one)
    if m["frac"] is not None:
        den = Decimal(2 if m["half"] else _CN_DIGIT.get(m["qden"], 10))
        num = _ONE if m["half"] else Decimal(_CN_DIGIT[m["qnum"]])
        if num >= den:
            return None
        share = num * 100 / den
        exact = share == share.quantize(_CENT)
        pct = _norm(share if exact else share.quantize(_CENT))
        return Quantity(
            start, end, m[0], pct, None, None, "percent", None, "percent", approx or not exact, (), (), "分之", one
        )  # fmt: skip
    if m["fan"] is not None:
        n = m["fnum"]
        times = Decimal(2 ** (1 if n is None else int(n) if n.isdigit() else _CN_DIGIT[n]))
        return Quantity(
            start, end, m[0], times, None, None, "times", None, "multiple", approx, (), (), "番", one
        )
    try:
        number, flag = _pct_number(m["pnum"], m["pcn"])
        high, flag2 = _pct_number(m["pnum2"], m["pcn2"]) if m["pnum2"] or m["pcn2"] else (None, "")
    except ValueError:
        return None
    value, low = (None, number) if flag2 or high is not None else (number, None)
    flags = tuple(dict.fromkeys(f for f in (flag, flag2) if f))
    kind: Kind = "permille" if m["pfx"] == "千分之" else "percent"
    return Quantity(
        start, end, m[0], value, low, high, kind, None, kind,
        approx or m["pam"] is not None or bool(flags), (), flags, m["pfx"], one,
    )  # fmt: skip


def _pct_number(digits: str | None, cn: str | None) -> tuple[Decimal | None, str]:
    """The number after 百分之/千分之, Arabic or Chinese; vague (几) gives None."""
    if digits:
        return _norm(Decimal(digits.translate(_FOLD))), ""
    number, _, flag = _read_cn(cn or "")
    return (None if number is None else _norm(number)), flag


def scan_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """All quantities in ``text[start:end]``, in order, non-overlapping, with absolute offsets."""
    mt = _matcher()
    g_a, g_junk = mt.group["a"], mt.group["junk"]
    found: list[Quantity] = []
    stop = len(text) if end is None else end
    for m in mt.pattern.finditer(text, start, stop):
        if m[g_a] is not None:
            for g in _general(m, mt, text):
                if found and found[-1].end == g.start and found[-1].printed_unit in _BIG_TAILS:
                    mixed = _mixed(found[-1], g, text)
                    if mixed is not None:
                        found[-1] = mixed  # 1万6千多户: one number written in two parts
                        continue
                found.append(_per(text, g, stop) if text[g.end : g.end + 1] in _PER_FIRST else g)
        elif m[g_junk] is None and (q := _special(m, text)) is not None:
            found.append(q)
    return found


_BIG_TAILS = frozenset({"万", "亿"})
_SMALL_TAILS = frozenset("千百")


def _mixed(head: Quantity, rest: Quantity, text: str) -> Quantity | None:
    """``head`` (1万, a whole number of 万 or 亿 with no unit) and ``rest`` right after it (6千多户,
    5千公里: digits of a smaller scale, with the unit) read as one number: 16000 households."""
    printed = rest.printed_unit
    cut = next((k for k in range(len(printed) + 1) if printed[k:] in units() or k == len(printed)), 0)
    tail = printed[:cut]  # the scale characters before the unit (千, 千万)
    if (
        head.unit is not None
        or head.value is None
        or head.value != head.value.to_integral_value()
        or rest.kind != "number"
        or rest.value is None
        or tail[:1] not in _SMALL_TAILS
        or not rest.raw[:1].isdigit()
    ):
        return None
    small = _scale_product(tail)
    if small >= head.scale or rest.value / rest.scale >= head.scale / small:
        return None
    per_unit = rest.scale / small  # the unit's own scale (斤 is half a kg)
    value = _norm(head.value * per_unit + rest.value)
    return Quantity(
        head.start, rest.end, text[head.start : rest.end], value, None, None, rest.unit, rest.currency,
        rest.kind, rest.approx or head.approx, (), head.flags + rest.flags, head.printed_unit + rest.printed_unit,
        head.scale * per_unit,
    )  # fmt: skip


# --- compound units: 16.8万元/人, 500元/吨, 0.5吨标准煤/万元 ---------------------------------

_PER_FIRST = frozenset("/／标")
_MATERIALS = {"标准煤": "ce", "标煤": "ce"}  # 吨标准煤 is tce, 千克标准煤 kgce
_PER_SCALES = {"万": Decimal(10000), "亿": Decimal(100000000), "千": Decimal(1000), "百": Decimal(100)}


def _per(text: str, q: Quantity, stop: int) -> Quantity:
    """``q`` extended over a per-unit denominator (and a material such as 标准煤
    before it); unchanged when none follows."""
    if q.unit is None or q.kind != "number" or (q.value is None and q.low is None):
        return q
    pos, unit = q.end, q.unit
    for word, suffix in _MATERIALS.items():
        if text.startswith(word, pos):
            pos, unit = pos + len(word), ("t" if unit == "ton" else unit) + suffix
            break
    if pos >= stop or text[pos] not in "/／":
        return q
    pos += 1
    scale = _PER_SCALES.get(text[pos : pos + 1], _ONE)
    if scale != _ONE:
        pos += 1
    table = units()
    den = next((table[text[pos : pos + n]] for n in (4, 3, 2, 1) if text[pos : pos + n] in table), None)
    if den is None or den.kind != "number" or pos + len(den.printed) > stop:
        return q
    end = pos + len(den.printed)
    div = scale * den.scale

    def per(v: Decimal | None) -> Decimal | None:
        return None if v is None else _norm(v / div)

    return Quantity(
        q.start, end, text[q.start : end], per(q.value), per(q.low), per(q.high), f"{unit}/{den.base}",
        q.currency, q.kind, q.approx, q.ratio_parts, q.flags, text[q.end - len(q.printed_unit) : end], q.scale,
    )  # fmt: skip


def quantity_at(text: str, pos: int) -> Quantity | None:
    """The quantity covering offset ``pos``, if any (scans a small window around it).

    The window is widened over number characters: back to where a number starts (or at
    most 96 characters: a number cut at its start is not read at all), and forward to
    where the number at ``pos`` ends, so that its last digits and unit are never cut."""
    lo = max(0, pos - 48)
    while lo > 0 and pos - lo < 96 and text[lo - 1] in _NUMBERISH:
        lo -= 1
    hi = pos
    while hi < len(text) and text[hi] in _NUMBERISH:
        hi += 1
    for q in scan_quantities(text, lo, min(len(text), hi + 48)):
        if q.start <= pos < q.end:
            return q
    return None


_NUMBERISH = frozenset("0123456789０１２３４５６７８９.．,%％第" + _CN_CHARS)
