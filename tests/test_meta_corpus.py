"""Region and report_year accuracy over the DEV corpus, against its MANIFEST.tsv.

Every document whose MANIFEST row gives the region is scored: the files, and
each document of a container (the national JSONL: its row gives 国务院 for all
of them, and a span of years, so only their region is scored). Region score:
right 1, missing or flagged ``region_uncertain`` 0, a wrong code given with
confidence -1 (it counts double: a wrong code is worse than none).

MANIFEST rows flagged "year check: review section is Y" are documents whose
body reviews year Y: the body's answer (Y + 1) is the right one there, and
the manifest's label is the known flaw. Everything else must match the
manifest.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tests.conftest import corpus_or_skip

# floors at what is measured (issue 9: a floor of 0.98 let the region ancestor context go
# unnoticed at 0.995); raise them when the figures rise
REGION_FLOOR = 1.0  # 286 of 286 (214 files, 72 documents of the national JSONL)
YEAR_FLOOR = 0.995  # 213 of 214


@dataclass(frozen=True)
class Row:
    file: str
    want_region: str
    got_region: str | None
    uncertain: bool  # a region_uncertain notice, or a region confidence of 0.5 or less
    years: frozenset[int] | None  # the right report years; None: the manifest gives a span
    got_year: int | None
    level: str = ""  # the manifest's admin_level (national, province, city, county)


@functools.cache
def _results() -> tuple[Row, ...]:
    from gwr.pipeline import extract
    from gwr.types import Document

    corpus = corpus_or_skip()
    rows = []
    with (corpus / "MANIFEST.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if not row["region_code"]:
                continue
            years: frozenset[int] | None = None
            if row["report_year"].isdigit():
                years = frozenset({int(row["report_year"])})
                m = re.search(r"review section is (\d{4})", row["notes"])
                if m:
                    years = frozenset({int(m.group(1)) + 1})
            docs = [d for d in extract(corpus / row["file"]) if isinstance(d, Document)]
            if row["file"].endswith(".jsonl"):
                metas = [d.meta for d in docs]
            else:
                metas = [docs[0].meta] if docs else [None]
            for meta in metas:
                uncertain = meta is not None and (
                    any(n.code == "region_uncertain" for n in meta.notices)
                    or ("region_code" in meta.evidence and meta.evidence["region_code"].confidence <= 0.5)
                )
                rows.append(
                    Row(
                        row["file"], row["region_code"], meta.region_code if meta else None, uncertain,
                        years, meta.report_year if meta else None, row["admin_level"],
                    )
                )  # fmt: skip
    return tuple(rows)


def region_score(rows: Sequence[Row]) -> float:
    def point(r: Row) -> int:
        if r.got_region == r.want_region:
            return 1
        return 0 if r.got_region is None or r.uncertain else -1

    return sum(map(point, rows)) / len(rows)


def by_level() -> dict[str, tuple[int, float, int, float]]:
    """Per admin level: (documents, region score, documents with one report year, year accuracy)."""
    out = {}
    for level in sorted({r.level for r in _results()}):
        rows = [r for r in _results() if r.level == level]
        dated = [r for r in rows if r.years is not None]
        years_right = sum(r.got_year in (r.years or ()) for r in dated)
        out[level] = (len(rows), region_score(rows), len(dated), years_right / max(len(dated), 1))
    return out


def test_region_accuracy() -> None:
    rows = _results()
    wrong = [
        (r.file, r.want_region, r.got_region, r.uncertain) for r in rows if r.got_region != r.want_region
    ]
    score = region_score(rows)
    print(f"region score {score:.3f} over {len(rows)} documents ({len(wrong)} not right)")
    assert len(rows) >= 280  # the 214 files and the 72 documents of the national JSONL
    assert score >= REGION_FLOOR, f"region score {score:.3f} < {REGION_FLOOR}: {wrong[:20]}"


def test_report_year_accuracy() -> None:
    rows = [r for r in _results() if r.years is not None]
    wrong = [(r.file, sorted(r.years or ()), r.got_year) for r in rows if r.got_year not in (r.years or ())]
    acc = 1 - len(wrong) / len(rows)
    print(f"report_year accuracy {acc:.3f} over {len(rows)} documents")
    assert acc >= YEAR_FLOOR, f"report_year accuracy {acc:.3f} < {YEAR_FLOOR}: {wrong[:20]}"


def test_a_confident_wrong_region_counts_double() -> None:
    right = Row("a", "130628", "130628", False, None, None)
    rows = (
        right,
        right,
        Row("b", "130628", None, False, None, None),
        Row("c", "130628", "130632", False, None, None),
    )
    assert region_score(rows) == (1 + 1 + 0 - 1) / 4
    flagged = Row("c", "130628", "130632", True, None, None)
    assert region_score((right, flagged)) == 0.5
