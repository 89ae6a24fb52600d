"""``gwr extract``: reports in, metadata, outline, figures and clean text out (no database)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from gwr.cli.output import note, said_once

PathsArg = Annotated[list[Path], typer.Argument(help="Files, folders or containers (zip, csv, xlsx, jsonl).")]


class AtomicWriter:
    """Write to FILE.tmp and rename on success, so a failed run leaves no half file."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.tmp = path.with_name(path.name + ".tmp") if path else None
        self.fh = open(self.tmp, "w", encoding="utf-8") if self.tmp else sys.stdout  # noqa: SIM115

    def write(self, line: str) -> None:
        self.fh.write(line + "\n")

    def close(self, ok: bool) -> None:
        if self.tmp is None or self.path is None:
            self.fh.flush()
            return
        self.fh.close()
        if ok:
            self.tmp.replace(self.path)
        else:
            self.tmp.unlink(missing_ok=True)


def extract(
    paths: PathsArg,
    json_lines: Annotated[
        bool, typer.Option("--json", help="Write JSON Lines, one object per document.")
    ] = False,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write to this file instead of stdout.")
    ] = None,
) -> None:
    """Extract metadata, outline, figures and clean text from reports."""
    from gwr.pipeline import iter_extract
    from gwr.record import to_json
    from gwr.types import Failure

    if out is not None and out.parent and not out.parent.exists():
        raise typer.BadParameter(f"the folder does not exist: {out.parent}", param_hint="--out")
    writer = AtomicWriter(out) if (json_lines or out is not None) else None
    read = failed = 0
    ok = False
    try:
        for item in iter_extract(paths):
            if isinstance(item, Failure):
                failed += 1
                where = _where(item.provenance)
                note(f"error: {where}: {said_once(where, item.message)}")
            else:
                read += 1
            if writer is not None:
                writer.write(to_json(item))
            elif not isinstance(item, Failure):
                _summary(item)
        ok = True
    except KeyboardInterrupt:
        note("gwr: interrupted")
    finally:
        if writer is not None:
            writer.close(ok)
    note(f"{read} document(s) read, {failed} failed")
    if read == 0:
        raise typer.Exit(1)


def _where(p: object) -> str:
    path = getattr(p, "path", "?")
    member = getattr(p, "member", None)
    row = getattr(p, "row", None)
    return f"{path}" + (f"!{member}" if member else "") + (f"#row{row}" if row else "")


def _summary(doc: object) -> None:
    from rich.markup import escape

    from gwr.cli.output import console as safe_console
    from gwr.types import Document

    assert isinstance(doc, Document)
    console = safe_console()
    m = doc.meta
    region = f"{m.region_name or '?'} ({m.region_code or '------'}, {m.level or '?'})"
    head = f"[bold]{escape(region)}[/bold] {m.report_year or '?'}"
    bits = [escape(_where(doc.raw.provenance)), head, m.doc_kind]
    if m.speaker:
        bits.append(escape(m.speaker))
    if m.delivered_on:
        bits.append(m.delivered_on)
    console.print(" · ".join(bits))
    roles: dict[str, int] = {}
    for s in doc.outline:
        if s.level == 1:
            roles[s.role] = roles.get(s.role, 0) + 1
    targets = [x for x in doc.mentions if x.status == "target" and x.indicator]
    console.print(
        f"  {len(doc.outline)} sections ({', '.join(f'{k} {v}' for k, v in roles.items()) or 'none'}); "
        f"{len(doc.mentions)} figures, {len(targets)} indicator targets; {len(doc.clean.edits)} removals"
    )
    for x in [t for t in targets if t.main][:10] or targets[:8]:
        if x.low is not None or x.high is not None:
            value = f"{_num(x.low)}–{_num(x.high)}"
        else:
            value = _num(x.value)
        console.print(
            f"  target {escape(x.indicator or '')} {x.measure} {x.comparator} {value} {x.unit or ''}"
            f"  [dim]«{escape(x.raw)}»[/dim]"
        )
    for n in doc.raw.notices + m.notices:
        console.print(f"  [yellow]warning[/yellow] {n.code}: {escape(n.message)}")


def _num(value: object) -> str:
    from decimal import Decimal

    if not isinstance(value, Decimal):
        return "?"
    return format(value.normalize(), "f") if value == value.to_integral_value() else str(value)


COMMANDS = (extract,)
