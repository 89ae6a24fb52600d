"""What exists: indicators, regions and the corpus's contents, with counts.

``indicators(corpus)``, ``regions(corpus, level=, under=)`` and
``contents(corpus)`` return DataFrames (the ``gwr indicators``, ``gwr regions``
and ``gwr status`` tables). Counts come from canonical documents; with no
corpus the counts are left out and the lists come from gwr/data alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from gwr.store.corpus import Corpus

__all__ = ["contents", "indicators", "regions"]


def indicators(corpus: Corpus | None = None) -> pd.DataFrame:
    """One row per indicator of the taxonomy: id, name, measures, unit, group, aliases; with a
    corpus, the figures found (``figures``, ``targets``, ``actuals``) and the years they span."""
    import pandas as pd

    from gwr.taxonomy import indicators as taxonomy

    frame = pd.DataFrame(
        [
            {
                "indicator": i.id,
                "name": i.name,
                "measures": ",".join(i.measures),
                "unit": i.unit,
                "group": i.group,
                "aliases": "、".join(a for a in i.aliases if a != i.name),
            }
            for i in taxonomy()
        ]
    )
    if corpus is None:
        return frame
    m = corpus.mentions()
    m = m[m["indicator"].notna()]
    counts = m.groupby("indicator").agg(
        figures=("indicator", "size"),
        targets=("status", lambda s: int((s == "target").sum())),
        actuals=("status", lambda s: int((s == "actual").sum())),
        first_year=("year", "min"),
        last_year=("year", "max"),
    )
    frame = frame.join(counts, on="indicator")
    for col in ("figures", "targets", "actuals"):
        frame[col] = frame[col].fillna(0).astype("int64")
    for col in ("first_year", "last_year"):
        frame[col] = frame[col].astype("Int64")
    return frame


def regions(
    corpus: Corpus | None = None,
    *,
    level: str | None = None,
    under: str | None = None,
    everything: bool = False,
) -> pd.DataFrame:
    """Regions with their documents in the corpus: code, name, short, level, parent,
    ``documents``, ``first_year``, ``last_year``. ``under`` is a region code: only the
    divisions inside it. Without ``everything`` only regions with a document are listed
    (all divisions in force now when there is no corpus)."""
    import pandas as pd

    from gwr import regions as table

    rows = {r.code: r for r in table.all_rows() if r.valid_to is None}
    docs = _documents(corpus)
    counts = (
        docs.groupby("region_code").agg(
            documents=("region_code", "size"),
            first_year=("report_year", "min"),
            last_year=("report_year", "max"),
        )
        if docs is not None
        else None
    )
    if counts is not None:  # regions named in documents but not in force now
        for code in counts.index:
            if code not in rows:
                found = table.by_code(str(code))
                if found is not None:
                    rows[found.code] = found
    records = []
    for r in rows.values():
        if level is not None and r.level != level:
            continue
        if under is not None and under not in {a.code for a in table.ancestors(r.code, r.valid_to)}:
            continue
        parent = table.by_code(r.parent, r.valid_to) if r.parent else None
        records.append(
            {
                "region_code": r.code,
                "region_name": r.name,
                "short": r.short,
                "level": r.level,
                "parent": parent.name if parent else "",
            }
        )
    frame = pd.DataFrame(records, columns=["region_code", "region_name", "short", "level", "parent"])
    if counts is not None:
        frame = frame.join(counts, on="region_code")
        frame["documents"] = frame["documents"].fillna(0).astype("int64")
        for col in ("first_year", "last_year"):
            frame[col] = frame[col].astype("Int64")
        if not everything:
            frame = frame[frame["documents"] > 0]
    return frame.sort_values("region_code").reset_index(drop=True)


def contents(corpus: Corpus) -> pd.DataFrame:
    """Canonical documents by level and kind: documents, regions, first and last year, figures."""
    import pandas as pd

    docs = _documents(corpus)
    assert docs is not None
    m = corpus.mentions()
    per_doc = m.groupby("document_id").size().rename("figures")
    docs = docs.join(per_doc, on="document_id")
    docs["figures"] = docs["figures"].fillna(0)
    docs["level"] = docs["level"].fillna("unknown")
    grouped = docs.groupby(["level", "doc_kind"], dropna=False).agg(
        documents=("document_id", "size"),
        regions=("region_code", "nunique"),
        first_year=("report_year", "min"),
        last_year=("report_year", "max"),
        figures=("figures", "sum"),
    )
    frame = grouped.reset_index()
    frame["figures"] = frame["figures"].astype("int64")
    for col in ("first_year", "last_year"):
        frame[col] = frame[col].astype("Int64")
    order = {"national": 0, "province": 1, "city": 2, "county": 3, "district": 4, "unknown": 5}
    frame = frame.sort_values(["level", "doc_kind"], key=lambda s: s.map(order) if s.name == "level" else s)
    return pd.DataFrame(frame).reset_index(drop=True)


def _documents(corpus: Corpus | None) -> pd.DataFrame | None:
    if corpus is None:
        return None
    return corpus.documents()
