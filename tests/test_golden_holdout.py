"""Held-out whole reports: well formed, every quote found, and the extractor above measured floors.

Same format and scorer as tests/golden/whole (tests/golden_whole.py), but never
tuned on (tests/golden/holdout/README.md): these scores say how the extractor
does on reports nobody has fitted it to. Floors are the measured figures rounded
down to 0.01: raise them when the extractor improves, never lower them silently.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import test_golden_whole as whole
from tests.golden_whole import HOLDOUT, golden_files, load, score_present

FILES = golden_files(HOLDOUT)


def test_the_held_out_set_is_there() -> None:
    assert FILES, "tests/golden/holdout holds no golden file"


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_held_out_file_is_well_formed(path: Path) -> None:
    whole.test_golden_file_is_well_formed(path)


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_held_out_quotes_are_in_the_clean_text(path: Path) -> None:
    whole.test_golden_quotes_are_in_the_clean_text(path)


def test_no_held_out_report_is_also_a_tuning_report() -> None:
    tuned = {load(p)["file"] for p in golden_files()}
    assert not tuned & {load(p)["file"] for p in FILES}


# the measured figures rounded down to 0.01, on the second held-out set's 12 files (2026-12-02):
# baoding_2014, gaoyang_2015, hebei_2013, hebei_2024, heilongjiang_2025, national_2009, national_2017,
# qinghai_2026, shandong_2026, sichuan_2025, zhumadian_2009, zhumadian_2014:
# 398/411 targets found, 394/434 extracted on target, 333/434 right in every field,
# 79/79 main targets found as main, 1285/1391 others right in status (labels of 10 shandong_2026 and national_2009 items set to the printed
# subject noun after landing: rows right 329 -> 333)
# baoding_2014, hebei_2024, heilongjiang_2025, national_2009, shandong_2026 and zhumadian_2014 add 276 targets and
# 611 others (their first measurement, at landing): DOWN recall 0.97 -> 0.96, row_precision 0.84 -> 0.76; up precision 0.89 -> 0.9
# gaoyang_2015 … zhumadian_2009 blind at landing (5d1c4cd): precision 130/149, rows right 123/149, others 711/780
# end of 2026-12-02 (main after the day's precision work, which never looked at these files):
# 403/411 found, 399/428 on target, 344/428 right in every field, 79/79 main, 1311/1391 others
FLOORS = {
    "recall": 0.98,
    "precision": 0.93,
    "row_precision": 0.8,
    "main_recall": 1.0,
    "others_right": 0.94,
}


def test_held_out_scores_hold_their_floors() -> None:
    total = score_present(FILES)
    if total is None:
        pytest.skip("no held-out report found here (set GWR_CORPUS, or the set is being rebuilt)")
    assert FLOORS, "held-out files without floors: measure them and write FLOORS"
    for name, floor in FLOORS.items():
        assert getattr(total, name) >= floor, (name, getattr(total, name), total.errors[:20])
