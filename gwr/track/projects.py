"""projects: named projects and works, their stage in each report, linked across years.

Reads ``Report`` records with their clean text and outline; adds ``StageRow`` records, one per
(project, report). Pure: no database. Every word below is data (gwr/data/projects.yaml, read
by ``lexicon()``).

* Names: numbered lines (地铁4号5号7号线 is lines 4, 5 and 7: one row each; 18号线二期 in a
  clause about 轨道交通) and phrases ending in a works noun (隧道, 机场, 枢纽, 大桥, 城际铁路,
  大道, 通道, 产业园 …) within one clause item (split at 、，；。 和 及 与), with the leading
  verbs cut. A bare works noun (机场, 高速公路) and a counted group (9个县区污水处理厂) name no
  project.
* Stage: the first cue of the clause in this order: completed (建成, 竣工, 通车, 投用, 贯通) >
  started (开工) > preparatory (前期工作: 加快推进…前期工作 is preparatory) > construction
  (加快建设, 推进, 续建) > planned (谋划, 规划). A stage word inside a name does not count.
  A name with no cue in its clause is not a stage and gives no row.
* Status: ``actual`` in a review section, else ``target``; ``section`` keeps the role.
* Documents: one per region and year, the report (else the summary) with the longest text;
  ``basis`` names it and the others of that year (not read).
* Linking: the alias table, then a normalised name (``normalise``: 轨道交通5号线 = 5号线 =
  地铁五号线 → 地铁5号线; 第二期/2期 → 二期, a phase kept; 工程/项目/建设 cut, also before a
  phase; the region's own prefix 市/我市 cut), then, among the names already seen in the
  region with the same numbers and phase, rapidfuzz (ratio ≥ 90), then a name that another
  ends with after a place of one or two characters (碑林博物馆, 西安碑林博物馆).
* Delay, literally: a ``completed`` promise of year Y (in this year's plan sections, or in a
  text without them a sentence with 确保/力争/今年 …) with no completion reported for the
  project in the report of Y+1 (in its review, or outside any section with no promise word),
  when that report is there. ``basis`` says which case applied.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Literal, get_args

from gwr.track.reports import Report
from gwr.types import Role

Stage = Literal["planned", "preparatory", "started", "construction", "completed"]
STAGES: tuple[Stage, ...] = ("planned", "preparatory", "started", "construction", "completed")
QUOTE_MAX = 300
FUZZ = 90
_NUM = r"(?:\d+|[一二三四五六七八九十]+)"
_PHASE = rf"第?{_NUM}期"
_CN = "〇一二三四五六七八九十"


@dataclass(frozen=True, slots=True)
class Lexicon:
    """gwr/data/projects.yaml: the words of the rules (its header says what each is for) and the
    alias table, (region code or "*", alias) -> project id."""

    works: tuple[str, ...]
    transit: tuple[str, ...]
    suffixes: tuple[str, ...]
    home: tuple[str, ...]
    home_not: tuple[str, ...]
    lead: tuple[str, ...]
    boundary: tuple[str, ...]
    generic: frozenset[str]
    counted: tuple[str, ...]
    stages: tuple[tuple[Stage, tuple[str, ...]], ...]
    promise: frozenset[str]
    promise_words: tuple[str, ...]
    aliases: Mapping[tuple[str, str], str]


@functools.cache
def lexicon() -> Lexicon:
    """The one reader of gwr/data/projects.yaml (cached); a malformed entry raises LexiconError."""
    from gwr.lexicon import LexiconError, read_yaml

    where = "gwr/data/projects.yaml"
    data = read_yaml("projects.yaml")
    words = data.get("words") if isinstance(data, dict) else None
    if not isinstance(words, dict):
        raise LexiconError(f"{where}: a `words` mapping is needed")

    def listed(value: object, key: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not value or any(not isinstance(w, str) or not w for w in value):
            raise LexiconError(f"{where}: words.{key}: a list of non-empty words is needed")
        return tuple(value)

    stages = words.get("stages")
    if not isinstance(stages, dict) or sorted(stages) != sorted(STAGES):
        raise LexiconError(f"{where}: words.stages: one list for each of {', '.join(STAGES)}")
    promise = listed(words.get("promise"), "promise")
    if unknown := set(promise) - set(get_args(Role)):
        raise LexiconError(f"{where}: words.promise: not a section role: {', '.join(sorted(unknown))}")
    aliases: dict[tuple[str, str], str] = {}
    for n, entry in enumerate(data.get("projects") or [], 1):
        pid, region = str(entry.get("id", "")), str(entry.get("region", "*"))
        if len(pid) < 2:
            raise LexiconError(f"{where}: projects entry {n}: id of at least 2 characters needed")
        for alias in (pid, *(str(a) for a in entry.get("aliases", []))):
            if aliases.get((region, alias), pid) != pid:
                raise LexiconError(f"{where}: alias {alias!r} under {aliases[(region, alias)]} and {pid}")
            aliases[(region, alias)] = pid
    return Lexicon(
        works=listed(words.get("works"), "works"),
        transit=listed(words.get("transit"), "transit"),
        suffixes=listed(words.get("suffixes"), "suffixes"),
        home=listed(words.get("home"), "home"),
        home_not=listed(words.get("home_not"), "home_not"),
        lead=listed(words.get("lead"), "lead"),
        boundary=listed(words.get("boundary"), "boundary"),
        generic=frozenset(listed(words.get("generic"), "generic")),
        counted=listed(words.get("counted"), "counted"),
        stages=tuple((stage, listed(stages[stage], f"stages.{stage}")) for stage in stages),
        promise=frozenset(promise),
        promise_words=listed(words.get("promise_words"), "promise_words"),
        aliases=aliases,
    )


@dataclass(frozen=True, slots=True)
class _Patterns:
    cues: tuple[tuple[Stage, re.Pattern[str]], ...]
    any_cue: re.Pattern[str]
    any_works: re.Pattern[str]
    transit: re.Pattern[str]
    name: re.Pattern[str]
    metro: re.Pattern[str]
    lone_line: re.Pattern[str]
    line_name: re.Pattern[str]
    lead: re.Pattern[str]
    works_end: re.Pattern[str]
    boundary: re.Pattern[str]
    home: re.Pattern[str]
    phase: re.Pattern[str]
    before_phase: re.Pattern[str]
    tail: re.Pattern[str]
    counted: re.Pattern[str]
    promise: re.Pattern[str]


@functools.cache
def _patterns() -> _Patterns:
    from gwr.lexicon import alternation as alt

    lex = lexicon()
    works, transit, suffix = alt(lex.works), alt(lex.transit), alt(lex.suffixes)
    any_cue = re.compile(alt(w for _, ws in lex.stages for w in ws))
    # a suffix that is also a stage cue (建设) stays out of the name: it is the clause's cue
    kept = alt(s for s in lex.suffixes if not any_cue.fullmatch(s))
    return _Patterns(
        cues=tuple((stage, re.compile(alt(ws))) for stage, ws in lex.stages),
        any_cue=any_cue,
        any_works=re.compile(rf"{works}|{transit}|{_NUM}号线"),
        transit=re.compile(transit),
        name=re.compile(rf"[\u4e00-\u9fffA-Za-z0-9“”]{{0,14}}?{works}(?:{_PHASE})?{kept}?"),
        metro=re.compile(rf"({transit})((?:{_NUM}号(?:线)?[、和及]?)+)({_PHASE})?"),
        lone_line=re.compile(rf"(?<![\d一二三四五六七八九十号]){_NUM}号线(?:{_PHASE})?"),
        line_name=re.compile(rf"(?:{transit})?({_NUM})号线?({_PHASE})?"),
        lead=re.compile(rf"^{alt(lex.lead)}+"),
        works_end=re.compile(rf"{works}(?:{_PHASE})?{kept}?$"),
        boundary=re.compile(alt(lex.boundary)),
        home=re.compile(rf"^{alt(lex.home)}(?=..)"),
        phase=re.compile(_PHASE),
        before_phase=re.compile(rf"{suffix}+(?={_PHASE})"),
        tail=re.compile(rf"{suffix}+$"),
        counted=re.compile(rf"(?:\d+|[一两二三四五六七八九十百千]+){alt(lex.counted)}"),
        promise=re.compile(alt(lex.promise_words)),
    )


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
    section: Role | None
    delayed: bool
    basis: str
    doc: str
    start: int
    end: int
    quote: str


def alias_table() -> Mapping[tuple[str, str], str]:
    """(region code or "*", alias) -> project id, from gwr/data/projects.yaml."""
    return lexicon().aliases


def _number(text: str) -> int:
    from gwr.numbers import parse_cn_number

    return int(text) if text.isdigit() else int(parse_cn_number(text))


def _phase(text: str) -> str:
    """第二期, 2期, 二期 -> 二期 (a Chinese numeral up to 十, digits beyond)."""
    n = _number(text.lstrip("第")[:-1])
    return f"{_CN[n] if n <= 10 else n}期"


def normalise(name: str) -> str:
    """The name as linked: quotes and the region's own prefix cut; a numbered line as 地铁N号线
    (+ phase); a phase as 一期, 二期 …; 工程/项目/建设 cut at the end and before a phase."""
    pat, lex = _patterns(), lexicon()
    text = name.replace("“", "").replace("”", "").replace('"', "")
    home = pat.home.match(text)
    if home and not text.startswith(lex.home_not):
        text = text[home.end() :]
    line = pat.line_name.fullmatch(text)
    if line:
        return f"{lex.transit[0]}{_number(line[1])}号线{_phase(line[2]) if line[2] else ''}"
    text = pat.before_phase.sub("", pat.phase.sub(lambda m: _phase(m[0]), text))
    cut = pat.tail.sub("", text)
    return cut if len(cut) >= 2 else text


def _stage(clause: str) -> Stage | None:
    for stage, pattern in _patterns().cues:
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
    """(start, end, name) of every project named in ``text`` (one per numbered line)."""
    pat, lex = _patterns(), lexicon()
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for m in pat.metro.finditer(text):
        lines = re.findall(_NUM, m.group(2))
        phase = m.group(3) if len(lines) == 1 and m.group(3) else ""
        for n in lines:
            found.append((m.start(), m.end(), f"{m.group(1)}{n}号线{phase}"))
        taken.append((m.start(), m.end()))
    if pat.transit.search(text):  # 18号线二期等轨道交通: a line named without the word before it
        for m in pat.lone_line.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                found.append((m.start(), m.end(), m.group()))
                taken.append((m.start(), m.end()))
    for item in re.finditer(r"[^、，,；;。：:和及与\n]+", text):
        if any(a < item.end() and item.start() < b for a, b in taken):
            continue
        hit = pat.name.search(item.group())
        if hit is None:
            continue
        raw = hit.group()
        lead = pat.lead.match(raw)
        cut = lead.end() if lead else 0
        name = raw[cut:]
        works = pat.works_end.search(name)
        head = name[: works.start()] if works else name
        cuts = [m.end() for m in pat.boundary.finditer(head)]
        name = name[max(cuts, default=0) :]  # 全长222公里的大伙房水库, 今年要确保东港大桥 -> the name
        cut += len(raw) - cut - len(name)
        if (
            len(name) < 3
            or name in lex.generic
            or pat.tail.sub("", name) in lex.generic
            or pat.counted.search(name)
        ):
            continue
        start = item.start() + hit.start() + cut
        found.append((start, start + len(name), name))
    return sorted(found)


def _promised(role: Role | None, sentence: str) -> bool:
    """A completion cue in this sentence is a promise of the report's year."""
    if role in lexicon().promise:
        return True
    return role in (None, "other") and bool(_patterns().promise.search(sentence))


def stages_in(report: Report, why: str = "") -> list[StageRow]:
    """The projects one report names with a stage cue in the same clause; ``why`` is added to
    each row's ``basis`` after the document (why this one was read)."""
    if report.report_year is None or not report.text:
        return []
    pat = _patterns()
    rows: list[StageRow] = []
    for offset, clause in _clauses(report.text):
        if not pat.any_cue.search(clause) or not pat.any_works.search(clause):
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
            actual = role in ("review", "review_period")
            where = f"{role} section" if role else "no section"
            rows.append(
                StageRow(
                    region_code=report.region_code,
                    region_name=report.region_name,
                    project=name,
                    name=name,
                    aliases=(),
                    year=report.report_year,
                    stage=stage,
                    status="actual" if actual else "target",
                    section=role,
                    delayed=False,
                    basis=f"doc {report.doc}{why}, {where}",
                    doc=report.doc,
                    start=offset + start,
                    end=offset + end,
                    quote=_sentence(report.text, offset + start),
                )
            )
    return rows


def _qualified(long: str, short: str) -> bool:
    """``long`` is ``short`` with a place of one or two characters before it (西安碑林博物馆,
    碑林博物馆): ``short`` names one work on its own (four characters or more, not generic once
    its phase is cut)."""
    if not 0 < len(long) - len(short) <= 2 or not long.endswith(short) or len(short) < 4:
        return False
    core = _patterns().phase.sub("", short)
    return core not in lexicon().generic and core not in lexicon().works


def _numbers(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The numbers and phase of a name: a fuzzy or contained name links only to a name with the
    same (地铁2号线 is not 地铁12号线, 一期 is not 二期)."""
    return tuple(re.findall(r"\d+", name)), tuple(_patterns().phase.findall(name))


def _link(rows: list[StageRow]) -> list[StageRow]:
    """Give every row of one region its linked project name and the other names seen."""
    from rapidfuzz import fuzz

    table = alias_table()
    canon: dict[str, str] = {}  # normalised name -> project
    known: dict[tuple[tuple[str, ...], tuple[str, ...]], list[str]] = defaultdict(list)  # by numbers
    out: list[StageRow] = []
    for row in rows:
        code = row.region_code or "*"
        key = normalise(row.name)
        alike = known[_numbers(key)]
        project = table.get((code, row.name)) or table.get((code, key)) or table.get(("*", row.name))
        if project is None:
            project = canon.get(key)
        if project is None:
            best = max(alike, key=lambda k: fuzz.ratio(k, key), default=None)
            if best is not None and fuzz.ratio(best, key) >= FUZZ:
                project = canon[best]
        if project is None:
            near = [k for k in alike if _qualified(k, key) or _qualified(key, k)]
            if near:
                project = canon[max(near, key=len)]
        if project is None:
            project = key
        canon.setdefault(key, project)
        if key not in alike:
            alike.append(key)
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


def _reported(row: StageRow) -> bool:
    """A completion reported as done: in a review section, or in a text without sections when
    no promise word makes it a plan (东港大桥建成通车, not 今年要确保东港大桥建成通车)."""
    if row.status == "actual":
        return True
    return row.section in (None, "other") and not _promised(row.section, row.quote)


def _delays(rows: list[StageRow], docs: Mapping[int, Report]) -> list[StageRow]:
    """Flag a completion promised for Y and not reported completed by the document of Y+1."""
    done = {(r.project, r.year) for r in rows if r.stage == "completed" and _reported(r)}
    out: list[StageRow] = []
    for r in rows:
        if r.status != "target" or r.stage != "completed":
            out.append(r)
            continue
        if not _promised(r.section, r.quote):
            out.append(
                replace(r, basis=f"{r.basis}; a completion, not promised for the year: no delay judged")
            )
            continue
        later = docs.get(r.year + 1)
        basis = f"{r.basis}; completion promised for {r.year}"
        if later is None:
            out.append(replace(r, basis=f"{basis}; no document of {r.year + 1}: delay not judged"))
        elif (r.project, r.year + 1) in done:
            out.append(replace(r, basis=f"{basis}; reported completed in doc {later.doc} ({r.year + 1})"))
        else:
            why = f"{basis}; delayed: not reported completed in doc {later.doc} ({r.year + 1})"
            out.append(replace(r, delayed=True, basis=why))
    return out


def _one_per_year(docs: list[Report]) -> tuple[dict[int, Report], dict[int, list[Report]]]:
    """The document read for each year (the report, else the summary, with the longest text)
    and the others of that year, not read."""
    by_year: dict[int, list[Report]] = defaultdict(list)
    for d in docs:
        if d.report_year is not None:
            by_year[d.report_year].append(d)
    chosen: dict[int, Report] = {}
    others: dict[int, list[Report]] = {}
    for year, group in by_year.items():
        group.sort(key=lambda r: (r.kind_rank, -len(r.text), r.doc))
        chosen[year], others[year] = group[0], group[1:]
    return chosen, others


def projects(reports: Iterable[Report]) -> list[StageRow]:
    """Stage rows of every region, linked across its reports (one document per region-year)."""
    from gwr.track.lineage import current

    by_region: dict[str, list[Report]] = defaultdict(list)
    for r in reports:
        if r.report_year is not None:  # 清苑县 130622 and 清苑区 130608 are one division
            by_region[current(r.region_code) if r.region_code else ""].append(r)
    out: list[StageRow] = []
    for code in sorted(by_region):
        chosen, others = _one_per_year(by_region[code])
        rows: list[StageRow] = []
        for year in sorted(chosen):
            doc, skipped = chosen[year], others[year]
            why = ""
            if skipped:
                listed = ", ".join(f"{d.doc} ({d.doc_kind})" for d in skipped)
                why = f" (the {doc.doc_kind} with the longest text; also for {year}, not read: {listed})"
            rows += stages_in(doc, why)
        out.extend(_delays(_one_per_report(_link(rows)), chosen))
    return out
