"""``gwr plot panel|attention``: the first figures, as PNG or SVG (``gwr.plot``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from gwr.cli.options import DbOpt, DictOpt, LevelOpt, RegionOpt, YearOpt
from gwr.cli.output import note, open_corpus
from gwr.cli.query import figure, resolve

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from gwr.store import Corpus

GROUP = ("plot", "Figures as PNG or SVG: targets and outcomes, attention over the years.")

FigureOut = Annotated[Path, typer.Option("--out", "-o", help="FILE.png or FILE.svg.")]
Width = Annotated[float, typer.Option("--width", min=2, max=40, help="Width in inches.")]
Height = Annotated[float, typer.Option("--height", min=2, max=40, help="Height in inches.")]


def _check_out(out: Path) -> None:
    from gwr.names import BadName
    from gwr.plot import FORMATS

    if out.suffix.lstrip(".").lower() not in FORMATS:
        raise BadName(f"--out {out}: a figure is written as .png or .svg")


def _font_note() -> None:
    from gwr.plot import cjk_font

    if cjk_font() is None:
        note("no CJK font found: Chinese labels show as boxes; install Debian's fonts-noto-cjk (make setup)")


def _draw(db: str, out: Path, figure: Callable[[Corpus], Figure]) -> None:
    """Check ``out``, draw ``figure`` over the corpus at ``db`` and save it there."""
    from gwr.plot import save

    _check_out(out)
    _font_note()
    with open_corpus(db) as corpus:
        fig = figure(corpus)
    save(fig, out)
    note(f"wrote {out}")


def panel(
    indicator: Annotated[str, typer.Option("--indicator", help="Indicator id or Chinese name.")],
    out: FigureOut,
    measure: Annotated[str, typer.Option("--measure", help="level, growth, rate, share, ...")] = "growth",
    region: RegionOpt = None,
    year: YearOpt = None,
    level: LevelOpt = None,
    width: Width = 9.0,
    height: Height = 5.0,
    db: DbOpt = "gwr.db",
) -> None:
    """Targets and outcomes of one indicator over the years, one colour per region."""
    from gwr.plot import panel_figure

    sel = resolve(indicator, measure, None, level, region, year)
    ind, (chosen_measure, _) = figure(sel)
    lvl, codes, chosen_years = sel.level, sel.codes, sel.years
    _draw(
        db,
        out,
        lambda corpus: panel_figure(
            corpus,
            ind,
            chosen_measure,
            regions=codes,
            years=chosen_years,
            level=lvl,
            width=width,
            height=height,
        ),
    )


def attention(
    out: FigureOut,
    topic: Annotated[
        list[str] | None, typer.Option("--topic", help="Topic id (repeatable); default: the top 6.")
    ] = None,
    region: RegionOpt = None,
    year: YearOpt = None,
    level: LevelOpt = None,
    dict_file: DictOpt = None,
    width: Width = 9.0,
    height: Height = 5.0,
    db: DbOpt = "gwr.db",
) -> None:
    """Policy attention over the years, one line per topic."""
    from gwr import names
    from gwr.plot import attention_figure
    from gwr.taxonomy import topics

    dictionary = str(dict_file) if dict_file else None
    known = topics(dictionary)
    chosen = [names.topic(t, known) for t in topic] if topic else None
    sel = resolve(level=level, region=region, year=year)
    lvl, codes, chosen_years = sel.level, sel.codes, sel.years
    _draw(
        db,
        out,
        lambda corpus: attention_figure(
            corpus,
            chosen,
            regions=codes,
            years=chosen_years,
            level=lvl,
            dictionary=dictionary,
            width=width,
            height=height,
        ),
    )


def scorecard(
    out: FigureOut,
    region: RegionOpt = None,
    year: YearOpt = None,
    width: Width = 9.0,
    height: Height = 5.0,
    db: DbOpt = "gwr.db",
) -> None:
    """Share of each year's targets met, one line per region (from the scorecard)."""
    from gwr.plot import scorecard_figure

    sel = resolve(region=region, year=year)
    codes, chosen_years = sel.codes, sel.years
    _draw(
        db,
        out,
        lambda corpus: scorecard_figure(
            corpus, regions=codes, years=chosen_years, width=width, height=height
        ),
    )


COMMANDS = (panel, attention, scorecard)
