"""plot: the figures a researcher draws first, with matplotlib.

* ``panel_figure(corpus, indicator, measure, regions=...)``: targets and outcomes
  of one indicator over the years, one colour per region; targets dashed with
  their ranges as bars, actuals solid.
* ``attention_figure(corpus, topics=...)``: policy attention over the years, one
  line per topic (mean occurrences per 10,000 characters of the documents chosen).
* ``save(figure, path)``: PNG or SVG by the extension, through a temporary file.

Chinese labels need a CJK font. ``cjk_font()`` finds Noto Sans CJK (Debian's
fonts-noto-cjk, which ``make setup`` installs when missing) or another CJK font
matplotlib knows; without one the figure is drawn anyway and the labels show as
boxes, and ``cjk_font()`` says so with ``MissingFont`` notes.

Figures are ``matplotlib.figure.Figure`` objects made without pyplot: nothing
global changes (no backend switch, no open windows), so a notebook can show
them and a server can draw them in threads.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import TYPE_CHECKING

from gwr.types import GwrError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from matplotlib.figure import Figure

    from gwr.store.corpus import Corpus

__all__ = ["FORMATS", "attention_figure", "cjk_font", "panel_figure", "save", "scorecard_figure"]

FORMATS = ("png", "svg")
_FONT_DIRS = ("/usr/share/fonts/opentype/noto", "/usr/share/fonts/truetype/noto", "/usr/share/fonts")
_CJK_NAMES = (
    "Noto Sans CJK SC",
    "Noto Sans CJK JP",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Zen Hei",
)


@functools.cache
def cjk_font() -> str | None:
    """The family name of a CJK font matplotlib can use, registering Debian's Noto CJK files
    when matplotlib has not found them; None when there is none."""
    from matplotlib import font_manager

    known = {f.name for f in font_manager.fontManager.ttflist}
    for name in _CJK_NAMES:
        if name in known:
            return name
    for folder in map(Path, _FONT_DIRS):
        if not folder.is_dir():
            continue
        for entry in sorted(folder.rglob("*CJK*")):
            if entry.suffix.lower() in (".ttc", ".otf", ".ttf"):
                font_manager.fontManager.addfont(str(entry))
    known = {f.name for f in font_manager.fontManager.ttflist}
    return next((name for name in _CJK_NAMES if name in known), None)


def _figure(width: float, height: float) -> Figure:
    from matplotlib.figure import Figure

    font = cjk_font()
    fig = Figure(figsize=(width, height), layout="constrained")
    if font is not None:
        import matplotlib

        matplotlib.rcParams["font.sans-serif"] = [font, *matplotlib.rcParams["font.sans-serif"]]
        matplotlib.rcParams["axes.unicode_minus"] = False
    return fig


def panel_figure(
    corpus: Corpus,
    indicator: str,
    measure: str = "growth",
    *,
    regions: Sequence[str] | None = None,
    years: Sequence[int] | None = None,
    level: str | None = None,
    width: float = 9.0,
    height: float = 5.0,
) -> Figure:
    """Targets (dashed, ranges as bars) and actuals (solid) of one indicator per region."""
    from matplotlib.ticker import MaxNLocator

    from gwr.store.verified import panel_lines
    from gwr.taxonomy import indicator as lookup

    lines = panel_lines(corpus, indicator, measure, level, regions, years)  # corrections applied
    targets, actuals = lines[lines["status"] == "target"], lines[lines["status"] == "actual"]
    if targets.empty and actuals.empty:
        raise GwrError(f"no {indicator} {measure} figure for these regions and years: nothing to draw")
    fig = _figure(width, height)
    ax = fig.add_subplot()
    codes = list(dict.fromkeys([*actuals["region_code"], *targets["region_code"]]))
    colours = [f"C{i % 10}" for i in range(len(codes))]
    for code, colour in zip(codes, colours, strict=True):
        t = targets[targets["region_code"] == code].sort_values("year")
        a = actuals[actuals["region_code"] == code].sort_values("year")
        name = str((a if not a.empty else t)["region_name"].iloc[0])
        if not a.empty:
            ax.plot(a["year"].astype(int), a["value"], "o-", color=colour, label=f"{name} 实际 actual")
        if not t.empty:
            ty = t["year"].astype(int)
            mid = t["value"].astype("float64").where(t["value"].notna(), (t["low"] + t["high"]) / 2)
            ax.plot(ty, mid, "s--", color=colour, alpha=0.8, mfc="white", label=f"{name} 目标 target")
            ranged = t["low"].notna() & t["high"].notna()
            if ranged.any():
                ax.vlines(ty[ranged], t["low"][ranged], t["high"][ranged], color=colour, alpha=0.5, lw=4)
    ind = lookup(indicator)
    unit = "%" if measure in ("growth", "share", "rate") else ind.unit
    ax.set_title(f"{ind.name} ({indicator}) {measure}: 目标与实际 targets and outcomes")
    ax.set_xlabel("年份 year")
    ax.set_ylabel(f"{measure} ({unit})")
    ax.grid(True, alpha=0.3)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(fontsize="small", ncols=2 if len(codes) > 3 else 1)
    return fig


def attention_figure(
    corpus: Corpus,
    topics: Sequence[str] | None = None,
    *,
    regions: Sequence[str] | None = None,
    years: Sequence[int] | None = None,
    level: str | None = None,
    dictionary: str | None = None,
    top: int = 6,
    width: float = 9.0,
    height: float = 5.0,
) -> Figure:
    """Mean attention (occurrences per 10,000 characters) of the reports (not summaries or
    other documents) per year, one line per topic; without ``topics``, the ``top`` topics with
    the highest mean attention."""
    from gwr.frames import keep_rows
    from gwr.taxonomy import topics as load

    chosen = load(dictionary)
    if topics:
        chosen = tuple(t for t in chosen if t.id in set(topics))
    frame = keep_rows(
        corpus.attention(chosen),
        regions=list(regions) if regions else None,
        years=list(years) if years else None,
        level=level,
    )
    frame = frame[frame["year"].notna() & (frame["doc_kind"] == "report")]
    if frame.empty:
        raise GwrError("no document with a year for these regions, years and topics: nothing to draw")
    means = frame.groupby(["topic", "year"])["per_10k_chars"].mean().unstack("topic")
    if not topics:
        means = means[means.mean().sort_values(ascending=False).index[:top]]
    names = {t.id: t.name for t in chosen}
    fig = _figure(width, height)
    ax = fig.add_subplot()
    for i, topic in enumerate(means.columns):
        series = means[topic].dropna()
        ax.plot(
            series.index.astype(int),
            series.values,
            "o-",
            ms=3,
            color=f"C{i % 10}",
            label=f"{names.get(topic, topic)} {topic}",
        )
    ax.set_title("政策注意力 policy attention")
    ax.set_xlabel("年份 year")
    ax.set_ylabel("每万字出现次数 per 10,000 characters")
    ax.grid(True, alpha=0.3)
    ax.legend(fontsize="small")
    return fig


def scorecard_figure(
    corpus: Corpus,
    *,
    regions: Sequence[str] | None = None,
    years: Sequence[int] | None = None,
    width: float = 9.0,
    height: float = 5.0,
) -> Figure:
    """Share of each year's targets met (of those with a comparable outcome), one line per
    region, from ``Corpus.scorecard(summary=True)`` (gwr.track)."""
    from matplotlib.ticker import MaxNLocator, PercentFormatter

    frame = corpus.scorecard(regions, years, summary=True)
    frame = frame[frame["share_met"].notna()]
    if frame.empty:
        raise GwrError("no target with a comparable outcome for these regions and years: nothing to draw")
    fig = _figure(width, height)
    ax = fig.add_subplot()
    for i, (code, rows) in enumerate(frame.groupby("region_code", sort=True)):
        rows = rows.sort_values("year")
        name = str(rows["region_name"].iloc[-1] or code)
        ax.plot(
            rows["year"].astype(int), rows["share_met"].astype(float), "o-", color=f"C{i % 10}", label=name
        )
    ax.set_title("目标完成率 share of targets met")
    ax.set_xlabel("目标年份 target year")
    ax.set_ylabel("已完成 met (of targets with an outcome)")
    ax.set_ylim(-0.05, 1.05)
    ax.yaxis.set_major_formatter(PercentFormatter(1.0))
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(True, alpha=0.3)
    ax.legend(fontsize="small")
    return fig


def save(fig: Figure, path: str | Path, *, dpi: int = 150) -> Path:
    """Write ``fig`` as PNG or SVG (from the extension), through a temporary file."""
    path = Path(path)
    fmt = path.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise GwrError(f"{path}: a figure is written as .png or .svg")
    if not path.parent.is_dir():
        raise GwrError(f"the folder {path.parent} does not exist")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fig.savefig(tmp, format=fmt, dpi=dpi)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
