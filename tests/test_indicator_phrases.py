"""The hard-phrase table (tests/phrases.py) run through gwr.indicators.

Each case names a subset of Mention fields per expected mention; a case
passes when every expected mention is matched by a distinct extracted one
(and, for exhaustive cases, nothing else was extracted). Known failures are
listed in KNOWN with a reason and run as strict xfails, so a fix shows up.
"""

from __future__ import annotations

from typing import Any

import pytest

from gwr.indicators import extract_phrase
from tests.golden_eval import matches
from tests.phrases import CASES, Case

KNOWN: dict[str, str] = {
    "dalian2018_pm25_pm10_pair": "300个蓝天 (good air days counted as 个 blue-sky days) is not tied to good_air_days",
    "national1998_spaced_digits_soft": "digits separated by spaces (1 0 0 0 万) before a subject noun",
    "national1998_nine_years_is_not_a_figure": "spaced digits (7 2 %) and a share stated as 增加到…的",
    "national2003_from_to_years": "从1997年的X增加到2002年的Y: from–to figures with their own years",
    "national2004_year_before_count": "a bare 万 figure (员额20万) with no unit or indicator",
    "hebei2003_fanyifan_horizon": "接近或达到1万亿元 continues a 翻一番 clause",
    "zhumadian2011_fanyifan": "翻一番 in a clause after the subject's own figure",
    "bad_number_split_between_digits_is_ambiguous": "1/200万人: the part after the break is read on its own",
}


def check(case: Case) -> None:
    got = list(extract_phrase(case.text, role=case.role, report_year=case.report_year))  # type: ignore[arg-type]
    missing = []
    for want in case.expected:
        hit = next((m for m in got if matches(m, want)), None)
        if hit is None:
            missing.append(want)
        else:
            got.remove(hit)
    shown = [
        (m.indicator or m.label, m.measure, str(m.value), m.comparator, m.status, m.year, m.raw) for m in got
    ]
    assert not missing, f"missing {missing}; other mentions: {shown}"
    if case.exhaustive:
        assert not got, f"unexpected mentions: {shown}"


def _param(case: Case) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=KNOWN[case.id])] if case.id in KNOWN else []
    return pytest.param(case, id=case.id, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_phrase(case: Case) -> None:
    check(case)
