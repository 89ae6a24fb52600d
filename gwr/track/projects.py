"""projects: named projects and works, their stage in each report, linked across years.

Reads ``Report`` records with their clean text and outline; adds ``StageRow`` records, one per
(project, report). Pure: no database.

* Names: metro lines (地铁4号5号7号线 is lines 4, 5 and 7: one row each) and phrases ending in
  a works noun (隧道, 机场, 枢纽, 大桥, 城际铁路, 大道, 通道, 产业园 …) within one clause item
  (split at 、，；。 和 及 与), with the leading verbs stripped.
* Stage: the first cue of the clause in this order: completed (建成, 竣工, 通车, 投用, 贯通) >
  started (开工) > preparatory (前期工作: 加快推进…前期工作 is preparatory) > construction
  (加快建设, 推进, 续建) > planned (谋划, 规划). A stage word inside a name does not count.
  A name with no cue in its clause is not a stage and gives no row.
* Status: ``actual`` in a review section, else ``target``.
* Linking: the alias table gwr/data/projects.yaml, then a normalised name (工程/项目/建设 cut),
  then rapidfuzz (ratio ≥ 90) against the names already seen in the region.
* Delay: a ``completed`` target in the report of Y with no ``completed`` actual for the project
  in the report of Y+1 (when that report exists).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

from gwr.track.reports import Report

Stage = Literal["planned", "preparatory", "started", "construction", "completed"]
STAGES: tuple[Stage, ...] = ("planned", "preparatory", "started", "construction", "completed")
QUOTE_MAX = 300
FUZZ = 90

_CUES: tuple[tuple[Stage, str], ...] = (  # tried in this order: the first that occurs wins
    ("completed", r"完成|建成|竣工|通车|投用|投入使用|投运|投产|全线贯通|贯通|开通|落成|完工"),
    ("started", r"开工|动工|启动建设|开建"),
    ("preparatory", r"前期工作|前期|可研|立项|选址"),
    ("construction", r"加快建设|加快推进|续建|推进|建设|实施|加快"),
    ("planned", r"谋划|规划|筹建|论证"),
)
_CUE = [(stage, re.compile(p)) for stage, p in _CUES]
_ANY_CUE = re.compile("|".join(p for _, p in _CUES))
_WORKS = (
    "综合交通枢纽|海底隧道|城际铁路|高速铁路|高速公路|快速路|轨道交通|跨海大桥|大桥|隧道|机场|枢纽站|枢纽|"
    "大道|通道|铁路|高铁|港区|码头|水库|电厂|电站|产业园|工业园|科技园|物流园|园区|体育中心|会展中心|"
    "博物馆|图书馆|污水处理厂|焚烧厂|引水工程|调水工程|水厂"
)
_ANY_WORKS = re.compile(rf"{_WORKS}|地铁|轨道交通|轻轨")
_NAME = re.compile(rf"[\u4e00-\u9fffA-Za-z0-9“”]{{0,14}}?(?:{_WORKS})(?:[一二三四五六]期)?(?:工程)?")
_METRO = re.compile(r"(地铁|轨道交通|轻轨)((?:\d+号(?:线)?[、和及]?)+)")
_ITEM = re.compile(r"[^、，,；;。：:和及与\n]+")
_LEAD = re.compile(
    r"^(?:加快推进|加快建设|加快|推进|建设一批|建设|全面|开工建设|启动建设|启动|开工|建成|完成|实施|新建|续建|谋划|规划|"
    r"做好|抓好|确保|力争|争取|实现|积极|着力|继续|全力|重点|加强|完善|及|和|与|以及|的)+"
)
_WORKS_END = re.compile(rf"(?:{_WORKS})(?:[一二三四五六]期)?(?:工程)?$")
_BOUNDARY = re.compile(
    r"的|要|确保|力争|争取|推进|建设|加快|启动|完成|实现|开工|今年|年内|明年|继续|全力|谋划|规划|做好|抓好|实施|新建|续建|建成"
)
_GENERIC = frozenset(
    {
        "机场",
        "园区",
        "隧道",
        "大桥",
        "码头",
        "通道",
        "枢纽",
        "铁路",
        "大道",
        "产业园",
        "工业园",
        "水库",
        "电站",
    }
)
_HOME = re.compile(r"^(?:我市|全市|本市|市(?![场民区])|县(?!城))(?=..)")
_TAIL = re.compile(r"(?:工程|项目|建设)+$")


@dataclass(frozen=True, slots=True)
class StageRow:
    region_code: str | None
    region_name: str | None
    project: str
    name: str
    aliases: tuple[str, ...]
    year: int
    stage: Stage
    status: Literal["target", "actual"]
    delayed: bool
    doc: str
    start: int
    end: int
    quote: str


@functools.cache
def alias_table() -> dict[tuple[str, str], str]:
    """(region code or "*", alias) -> project id, from gwr/data/projects.yaml."""
    from gwr.lexicon import LexiconError, read_yaml

    data = read_yaml("projects.yaml")
    out: dict[tuple[str, str], str] = {}
    for n, entry in enumerate(data.get("projects", []) if isinstance(data, dict) else [], 1):
        pid, region = str(entry.get("id", "")), str(entry.get("region", "*"))
        if len(pid) < 2:
            raise LexiconError(f"gwr/data/projects.yaml: entry {n}: id of at least 2 characters needed")
        for alias in (pid, *(str(a) for a in entry.get("aliases", []))):
            key = (region, alias)
            if key in out and out[key] != pid:
                raise LexiconError(f"gwr/data/projects.yaml: alias {alias!r} under {out[key]} and {pid}")
            out[key] = pid
    return out


def normalise(name: str) -> str:
    """The name as linked: quotes and a trailing 工程/项目/建设 cut."""
    text = _HOME.sub("", name.replace("“", "").replace("”", ""))
    cut = _TAIL.sub("", text)
    return cut if len(cut) >= 2 else text


def _stage(clause: str) -> Stage | None:
    for stage, pattern in _CUE:
        if pattern.search(clause):
            return stage
    return None


def _clauses(text: str) -> Iterable[tuple[int, str]]:
    for m in re.finditer(r"[^，,；;。！!？?\n]+", text):
        yield m.start(), m.group()


def _sentence(text: str, start: int) -> str:
    a = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    b_candidates = [i for i in (text.find("。", start), text.find("\n", start)) if i >= 0]
    b = min(b_candidates) + 1 if b_candidates else len(text)
    s = text[a:b].strip()
    return s if len(s) <= QUOTE_MAX else s[:QUOTE_MAX] + "…"


def names_in(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every project named in ``text`` (one per metro line)."""
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for m in _METRO.finditer(text):
        for n in re.findall(r"\d+", m.group(2)):
            found.append((m.start(), m.end(), f"{m.group(1)}{n}号线"))
        taken.append((m.start(), m.end()))
    for item in _ITEM.finditer(text):
        if any(a < item.end() and item.start() < b for a, b in taken):
            continue
        hit = _NAME.search(item.group())
        if hit is None:
            continue
        raw = hit.group()
        lead = _LEAD.match(raw)
        cut = lead.end() if lead else 0
        name = raw[cut:]
        works = _WORKS_END.search(name)
        head = name[: works.start()] if works else name
        cuts = [m.end() for m in _BOUNDARY.finditer(head)]
        name = name[max(cuts, default=0) :]  # 全长222公里的大伙房水库, 今年要确保东港大桥 -> the name
        start_shift = len(raw) - cut - len(name)
        cut += start_shift
        if len(name) < 3 or name in _GENERIC or _TAIL.sub("", name) in _GENERIC:
            continue
        start = item.start() + hit.start() + cut
        found.append((start, start + len(name), name))
    return sorted(found)


def stages_in(report: Report) -> list[StageRow]:
    """The projects one report names with a stage cue in the same clause."""
    if report.report_year is None or not report.text:
        return []
    rows: list[StageRow] = []
    for offset, clause in _clauses(report.text):
        if not _ANY_CUE.search(clause) or not _ANY_WORKS.search(clause):
            continue  # most clauses name no works or say no stage: skip the item scan
        found = names_in(clause)
        if not found:
            continue
        masked = clause
        for start, end, _ in found:  # a cue inside a name (洪汝河通航项目) is not a stage
            masked = masked[:start] + "＿" * (end - start) + masked[end:]
        stage = _stage(masked)
        if stage is None:
            continue
        for start, end, name in found:
            role = report.role_at(offset + start)
            status: Literal["target", "actual"] = (
                "actual" if role in ("review", "review_period") else "target"
            )
            rows.append(
                StageRow(
                    region_code=report.region_code,
                    region_name=report.region_name,
                    project=name,
                    name=name,
                    aliases=(),
                    year=report.report_year,
                    stage=stage,
                    status=status,
                    delayed=False,
                    doc=report.doc,
                    start=offset + start,
                    end=offset + end,
                    quote=_sentence(report.text, offset + start),
                )
            )
    return rows


def _link(rows: list[StageRow]) -> list[StageRow]:
    """Give every row of one region its linked project name and the other names seen."""
    from rapidfuzz import fuzz

    table = alias_table()
    canon: dict[str, str] = {}  # normalised name -> project
    known: list[str] = []
    out: list[StageRow] = []
    for row in rows:
        code = row.region_code or "*"
        key = normalise(row.name)
        project = table.get((code, row.name)) or table.get((code, key)) or table.get(("*", row.name))
        if project is None:
            project = canon.get(key)
        if project is None:
            best = max(known, key=lambda k: fuzz.ratio(k, key), default=None)
            if best is not None and fuzz.ratio(best, key) >= FUZZ:
                project = canon[best]
        if project is None:
            project = key
        canon.setdefault(key, project)
        if key not in known:
            known.append(key)
        out.append(replace(row, project=project))
    names: dict[str, set[str]] = defaultdict(set)
    for row in out:
        names[row.project].add(row.name)
    return [replace(r, aliases=tuple(sorted(names[r.project] - {r.project}))) for r in out]


def _one_per_report(rows: list[StageRow]) -> list[StageRow]:
    """One row per (project, document, status): the most advanced stage, first mention."""
    best: dict[tuple[str, str, str], StageRow] = {}
    for row in rows:
        key = (row.project, row.doc, row.status)
        have = best.get(key)
        if have is None or STAGES.index(row.stage) > STAGES.index(have.stage):
            best[key] = row
    return sorted(
        best.values(), key=lambda r: (r.region_code or "", r.project, r.year, r.status != "actual", r.start)
    )


def _delays(rows: list[StageRow], years: set[int]) -> list[StageRow]:
    done = {(r.project, r.year) for r in rows if r.status == "actual" and r.stage == "completed"}
    out: list[StageRow] = []
    for r in rows:
        late = (
            r.status == "target"
            and r.stage == "completed"
            and (r.year + 1) in years
            and (r.project, r.year + 1) not in done
        )
        out.append(replace(r, delayed=late) if late else r)
    return out


def projects(reports: Iterable[Report]) -> list[StageRow]:
    """Stage rows of every region, linked across its reports (reports in plan-year order)."""
    by_region: dict[str, list[Report]] = defaultdict(list)
    for r in reports:
        if r.report_year is not None:
            by_region[r.region_code or ""].append(r)
    out: list[StageRow] = []
    for code in sorted(by_region):
        docs = sorted(by_region[code], key=lambda r: (r.report_year or 0, r.kind_rank, r.doc))
        rows = [row for d in docs for row in stages_in(d)]
        linked = _one_per_report(_link(rows))
        out.extend(_delays(linked, {d.report_year for d in docs if d.report_year is not None}))
    return out
