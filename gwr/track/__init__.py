"""track: documents of several years -> scorecard rows and project stages.

reports.py    ``Report``: what tracking needs of one document (ids, region, years, kind,
              figures), made from a typed ``Document`` or from stored rows
verdict.py    the rule: direction (taxonomy ``better`` and the comparator), margin, verdict
labels.py     open commitments: normalised labels and whether two of them name one thing
scorecard.py  targets of year Y paired with the outcomes for Y (``scorecard``, ``scorecards``),
              fulfilment measures per region-year (``fulfilment``)
projects.py   named projects, their stage in each report, linked across years (``projects``)
lineage.py    region codes that name one division across a change of code (撤县设区)
db.py         the corpus database: stored scorecard and project-stage tables, DataFrames

Pure library first: everything but db.py works on typed records without a database
(``gwr scorecard PLAN_FILE REVIEW_FILE``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["Report", "ScoreRow", "StageRow", "fulfilment", "projects", "scorecard", "scorecards"]

if TYPE_CHECKING:
    from gwr.track.projects import StageRow, projects
    from gwr.track.reports import Report
    from gwr.track.scorecard import ScoreRow, fulfilment, scorecard, scorecards

_WHERE = {
    "Report": "reports",
    "ScoreRow": "scorecard",
    "fulfilment": "scorecard",
    "scorecard": "scorecard",
    "scorecards": "scorecard",
    "StageRow": "projects",
    "projects": "projects",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        import importlib

        return getattr(importlib.import_module(f"gwr.track.{_WHERE[name]}"), name)
    raise AttributeError(f"module 'gwr.track' has no attribute {name!r}")
