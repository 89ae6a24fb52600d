"""How the commands show results: tables to stdout or --out, notes to stderr.

Report text is hostile: every cell is escaped before rich sees it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd
    from rich.console import Console

    from gwr.store.corpus import Corpus


def note(message: str) -> None:
    """One line on stderr."""
    sys.stderr.write(" ".join(str(message).split("\n")) + "\n")


def console(stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def open_corpus(db: Path, create: bool = False) -> Corpus:
    from gwr.store.corpus import Corpus

    return Corpus(db, create=create)


def missing(value: object) -> bool:
    return value is None or value != value or str(value) == "<NA>"


def emit(frame: pd.DataFrame, fmt: str | None, out: Path | None, columns: list[str], title: str) -> None:
    """Write ``frame`` to --out (format from --format or the extension), CSV to stdout for
    --format csv, else print a table of ``columns``."""
    from gwr.export import write
    from gwr.types import GwrError

    if out is not None:
        write(frame, out, fmt, title=title)
        note(f"wrote {len(frame)} rows to {out}")
        return
    if fmt == "csv":
        frame.to_csv(sys.stdout, index=False)
        return
    if fmt is not None:
        raise GwrError(f"--format {fmt} needs --out FILE")
    print_table(frame, columns, title)


def print_table(frame: pd.DataFrame, columns: list[str], title: str) -> None:
    from rich.cells import cell_len
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=escape(title))
    shown = [c for c in columns if c in frame.columns]
    for col in shown:
        table.add_column(escape(str(col)), no_wrap=True)
    widths = [len(str(c)) for c in shown]
    for row in frame[shown].itertuples(index=False):
        cells = ["" if missing(v) else str(v) for v in row]
        widths = [max(w, cell_len(c)) for w, c in zip(widths, cells, strict=True)]
        table.add_row(*(escape(c) for c in cells))
    out = Console(highlight=False)
    out.width = max(out.width, min(sum(widths) + 3 * len(widths) + 1, 2000))  # never squash a panel
    out.print(table)
    note(f"{len(frame)} rows")
