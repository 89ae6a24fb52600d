"""gwr corrections export|apply|check: share the figures a group checked (``gwr.store.corrections``).

Corrections are keyed by a document's sha256 and the figure's offsets, so a file exported from one
database applies to any other holding the same reports, whatever extractor version wrote them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from gwr.cli.options import DbOpt
from gwr.cli.output import note, open_corpus

GROUP = ("corrections", "Export, apply and check corrections made in `gwr serve`.")


def export(
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="JSON Lines file (default: stdout).")
    ] = None,
    db: DbOpt = "gwr.db",
) -> None:
    """Write every correction as one JSON line (sha256, start, end, raw, action, changes, author, ...)."""
    from gwr.store.corrections import export_records

    with open_corpus(db) as corpus:
        records = export_records(corpus)
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if out is None:
        sys.stdout.write(lines)
    else:
        out.write_text(lines, encoding="utf-8")
        note(f"wrote {len(records)} correction(s) to {out}")


def apply(
    path: Annotated[Path, typer.Argument(help="A file written by `gwr corrections export`.")],
    db: DbOpt = "gwr.db",
) -> None:
    """Store the corrections of a file (a newer correction of the same span wins) and report orphans."""
    from gwr.store.corrections import CorrectionError, apply_records

    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise CorrectionError(f"{path}:{n}: not a JSON line ({exc.msg})") from None
    with open_corpus(db) as corpus:
        counts = apply_records(corpus, records)
    note(
        f"{counts['applied']} applied, {counts['older']} kept (the database's own is newer), "
        f"{counts['orphaned']} orphaned (no such document or span here) -> {db}"
    )


def check(db: DbOpt = "gwr.db") -> None:
    """List corrections whose document or span is gone (orphaned); exit 1 when there are any."""
    from gwr.store.corrections import check as run

    with open_corpus(db) as corpus:
        checked = run(corpus)
    bad = [x for x in checked if x.state != "ok"]
    for x in bad:
        c = x.correction
        sys.stdout.write(f"{x.state}\t{c.sha256}\t{c.start}\t{c.end}\t{c.raw}\t{c.action}\t{c.author}\n")
    note(f"{len(checked)} correction(s), {len(bad)} orphaned")
    if bad:
        raise typer.Exit(1)


COMMANDS = (export, apply, check)
