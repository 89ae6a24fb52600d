"""How the commands show results: tables to stdout or --out, notes to stderr.

Report text is hostile: every cell is escaped before rich sees it.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd
    from rich.console import Console

    from gwr.store.corpus import Corpus


# C0 and C1 controls but tab and newline, DEL, and the bidi overrides that reorder what a
# terminal shows: a zip member named "\x1b[2J" must not clear the screen
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """``text`` with every control character shown as an escape (``\\x1b``), never sent raw."""
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(lambda m: m[0].encode("unicode_escape").decode("ascii"), text)


def note(message: str) -> None:
    """One line on stderr."""
    sys.stderr.write(terminal_safe(" ".join(str(message).split("\n"))) + "\n")


def said_once(where: str, message: str) -> str:
    """``message`` without a leading copy of ``where`` (or of its file name), so an error line
    names the file once: ``a.csv: no_text_column: no column ...``."""
    for prefix in (where, where.rsplit("/", 1)[-1]):
        if prefix and message.startswith(prefix + ": "):
            return message[len(prefix) + 2 :]
    return message


def console(stderr: bool = False) -> Console:
    """A rich console whose ``print`` shows control characters in its strings as escapes
    (our markup has none; names and report text may)."""
    from rich.console import Console

    class SafeConsole(Console):
        def print(self, *objects: Any, **kwargs: Any) -> None:
            super().print(*(terminal_safe(o) if isinstance(o, str) else o for o in objects), **kwargs)

    return SafeConsole(stderr=stderr, highlight=False, soft_wrap=True)


def open_corpus(db: str | Path, create: bool = False) -> Corpus:
    from gwr.store.corpus import Corpus

    return Corpus(db, create=create)


def missing(value: object) -> bool:
    """None, NaN or pandas' NA (whose truth value cannot be asked)."""
    import pandas as pd

    if value is None:
        return True
    return not isinstance(value, list | tuple) and bool(pd.isna(value))


FORMATS = ("table", "csv", "json", "parquet", "dta", "xlsx")
_TEXT_FORMATS = ("table", "csv", "json")
_SUFFIXES = {"jsonl": "json", "ndjson": "json"}


def output_format(fmt: str | None, out: Path | None) -> str:
    """The format asked for: --format, else the extension of --out, else a table."""
    from gwr.names import BadName, suggest

    if fmt is None:
        if out is None:
            return "table"
        suffix = out.suffix.lstrip(".").lower()
        fmt = _SUFFIXES.get(suffix, suffix)
        if fmt not in FORMATS or fmt == "table":
            raise BadName(f"--out {out}: say which format with --format ({', '.join(FORMATS[1:])})")
    chosen = fmt.strip().lower()
    if chosen not in FORMATS:
        close = suggest(chosen, FORMATS)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise BadName(f"unknown format {fmt!r}{hint} (one of {', '.join(FORMATS)})")
    if chosen == "table" and out is not None:
        raise BadName("--format table is for the terminal; give csv, json, parquet, dta or xlsx with --out")
    if chosen not in _TEXT_FORMATS and out is None:
        raise BadName(f"--format {chosen} needs --out FILE")
    return chosen


def emit(frame: pd.DataFrame, fmt: str | None, out: Path | None, columns: list[str], title: str) -> None:
    """Show or write a table: ``table`` prints ``columns`` for a person; csv and json (JSON
    Lines) go to stdout or --out; parquet, dta and xlsx need --out. Codes and exact decimals
    are written as text in every format (``gwr.frames.as_strings``)."""
    from gwr.frames import as_strings

    chosen = output_format(fmt, out)
    frame = as_strings(frame)
    if chosen == "table":
        print_table(frame, columns, title)
        return
    if out is None:
        if chosen == "csv":
            frame.to_csv(sys.stdout, index=False)
        else:
            frame.to_json(sys.stdout, orient="records", lines=True, force_ascii=False, date_format="iso")
        return
    if chosen == "json":
        write_json(frame, out)
    else:
        from gwr.export import write

        write(frame, out, chosen, title=title)
    note(f"wrote {len(frame)} rows to {out}")


def write_json(frame: pd.DataFrame, out: Path) -> None:
    """JSON Lines, UTF-8, through a temporary file renamed on success."""
    import os

    from gwr.types import GwrError

    if not out.parent.is_dir():
        raise GwrError(f"the folder {out.parent} does not exist")
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        frame.to_json(tmp, orient="records", lines=True, force_ascii=False, date_format="iso")
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)


def _cell(value: object) -> str:
    if missing(value):
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return terminal_safe(str(value))


def print_table(frame: pd.DataFrame, columns: list[str], title: str) -> None:
    from rich.cells import cell_len
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=escape(title))
    shown = [c for c in columns if c in frame.columns]
    for col in shown:
        table.add_column(escape(str(col)), no_wrap=True)
    widths = [len(str(c)) for c in shown]
    for row in frame[shown].itertuples(index=False):
        cells = [_cell(v) for v in row]
        widths = [max(w, cell_len(c)) for w, c in zip(widths, cells, strict=True)]
        table.add_row(*(escape(c) for c in cells))
    out = console()
    out.soft_wrap = False
    out.width = max(out.width, min(sum(widths) + 3 * len(widths) + 1, 2000))  # never squash a panel
    out.print(table)
    note(f"{len(frame)} rows")
