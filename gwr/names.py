"""Names a user types, resolved to what gwr stores (see ``resolve_*``).

A name that matches nothing raises ``BadName`` with one line that names the
closest known names, so a typo never turns into an empty table.
"""

from __future__ import annotations

from gwr.types import GwrError

__all__ = ["BadName", "years"]


class BadName(GwrError):
    """A name or value typed by the user that matches nothing (a usage error: exit 2)."""


def years(values: list[str] | None) -> list[int] | None:
    """``["2018", "2015-2020"]`` → the years they name; None for no filter."""
    if not values:
        return None
    chosen: list[int] = []
    for value in values:
        low, _, high = value.partition("-")
        if not low.strip().isdigit() or (high and not high.strip().isdigit()):
            raise BadName(f"--year {value!r}: give a year (2018) or a range (2015-2020)")
        chosen.extend(range(int(low), int(high or low) + 1))
    return chosen
