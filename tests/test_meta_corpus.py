"""Region and report_year accuracy over the DEV corpus, against its MANIFEST.tsv.

MANIFEST rows flagged "year check: review section is Y" are documents whose
body reviews year Y: the body's answer (Y + 1) is the right one there, and
the manifest's label is the known flaw. Everything else must match the
manifest. The floor is 98% on each field.
"""

from __future__ import annotations

import csv
import functools
import re

from tests.conftest import corpus_or_skip

# floors at what is measured (issue 9: a floor of 0.98 let the region ancestor context go
# unnoticed at 0.995); raise them when the figures rise
REGION_FLOOR = 1.0  # 214 of 214
YEAR_FLOOR = 0.995  # 213 of 214


@functools.cache
def _results() -> list[tuple[str, str, int, str | None, int | None, set[int]]]:
    from gwr.pipeline import extract
    from gwr.types import Document

    corpus = corpus_or_skip()
    rows = []
    with (corpus / "MANIFEST.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["file"].endswith(".jsonl"):
                continue
            accept = {int(row["report_year"])}
            m = re.search(r"review section is (\d{4})", row["notes"])
            if m:
                accept = {int(m.group(1)) + 1}
            docs = [d for d in extract(corpus / row["file"]) if isinstance(d, Document)]
            got = docs[0].meta if docs else None
            rows.append(
                (row["file"], row["region_code"], int(row["report_year"]),
                 got.region_code if got else None, got.report_year if got else None, accept)
            )
    return rows


def test_region_accuracy() -> None:
    rows = _results()
    wrong = [(f, want, got) for f, want, _, got, _, _ in rows if got != want]
    acc = 1 - len(wrong) / len(rows)
    print(f"region accuracy {acc:.3f} over {len(rows)} documents")
    assert acc >= REGION_FLOOR, f"region accuracy {acc:.3f} < {REGION_FLOOR}: {wrong[:20]}"


def test_report_year_accuracy() -> None:
    rows = _results()
    wrong = [(f, sorted(acc), got) for f, _, _, _, got, acc in rows if got not in acc]
    acc = 1 - len(wrong) / len(rows)
    print(f"report_year accuracy {acc:.3f} over {len(rows)} documents")
    assert acc >= YEAR_FLOOR, f"report_year accuracy {acc:.3f} < {YEAR_FLOOR}: {wrong[:20]}"

