"""Options shared by several commands, declared once."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

DbOpt = Annotated[
    str,
    typer.Option(
        "--db", envvar="GWR_DB", help="Corpus database: an SQLite file or postgresql://user@host/dbname."
    ),
]
JobsOpt = Annotated[
    int, typer.Option("--jobs", "-j", min=1, max=256, help="Worker processes for extraction.")
]
FormatOpt = Annotated[
    str | None, typer.Option("--format", "-f", help="table, csv, json, parquet, xlsx or dta.")
]
OutOpt = Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file.")]
RegionOpt = Annotated[list[str] | None, typer.Option("--region", help="Region code or name (repeatable).")]
YearOpt = Annotated[list[str] | None, typer.Option("--year", help="Year or range 2015-2020 (repeatable).")]
LevelOpt = Annotated[str | None, typer.Option("--level", help="national, province, city, county, district.")]
DictOpt = Annotated[Path | None, typer.Option("--dict", help="Topic dictionary (.yaml or .csv/.tsv).")]
