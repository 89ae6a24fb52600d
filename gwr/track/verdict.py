"""verdict: one target against one outcome -> (verdict, margin, basis).

Direction: a comparator that bounds the figure says which side is good (``>=``/``>`` at least,
``<=``/``<`` at most; for a stated decline, value negative, the bound is on the size of the fall,
so ``能耗降低3%以上`` (−3, ``>=``) is met by −3.5). A bare or 左右 figure takes the indicator's
``better`` from the taxonomy; a price indicator (``better: none``, group prices) is read as a
ceiling, as reports mean it (物价涨幅3%左右); an open commitment is a quantity to reach (a
decline, value negative, a quantity to fall by). Where no direction holds, only a figure within
the tolerance is met.

Margin: outcome − target (the nearer end of a range), signed so that positive is better.
A 左右 target is met when the margin is ≥ −tolerance (default 0: at or better than the value).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from gwr.types import Comparator

Verdict = Literal["met", "missed", "no_data", "not_comparable", "not_due", "ambiguous"]
VERDICTS: tuple[Verdict, ...] = ("met", "missed", "no_data", "not_comparable", "not_due", "ambiguous")
Direction = Literal[1, -1, 0]


@dataclass(frozen=True, slots=True)
class Judgement:
    verdict: Verdict
    margin: Decimal | None
    basis: str  # the rule that decided, in words


def direction(comparator: Comparator, value: Decimal | None, indicator: str | None) -> tuple[Direction, str]:
    """+1 when a higher outcome is better, −1 when lower is, 0 when neither; and why."""
    negative = value is not None and value < 0
    if comparator in (">=", ">"):
        return (-1, "at least this fall") if negative else (1, "at least")
    if comparator in ("<=", "<"):
        return (1, "at most this fall") if negative else (-1, "at most")
    if indicator is not None:
        from gwr.taxonomy import indicator as lookup

        try:
            ind = lookup(indicator)
        except KeyError:
            ind = None
        if ind is not None:
            if ind.better == "higher":
                return 1, "taxonomy: higher is better"
            if ind.better == "lower":
                return -1, "taxonomy: lower is better"
            if ind.group == "prices":
                return -1, "price target read as a ceiling"
            return 0, "taxonomy: no better direction"
    return (-1, "commitment to reduce") if negative else (1, "commitment to reach")


def judge(
    comparator: Comparator,
    value: Decimal | None,
    low: Decimal | None,
    high: Decimal | None,
    actual: Decimal,
    indicator: str | None,
    tolerance: Decimal = Decimal(0),
) -> Judgement:
    """The verdict of one target (``comparator``, ``value`` or ``low``..``high``) given ``actual``."""
    sign, why = direction(comparator, value if value is not None else low, indicator)
    if comparator == "range":
        if low is None or high is None:
            return Judgement("not_comparable", None, "range without both ends")
        if sign == 0:
            inside = low <= actual <= high
            edge = min(actual - low, high - actual)
            return Judgement("met" if inside else "missed", edge, f"{why}; met inside the range")
        bound = low if sign > 0 else high
        margin = (actual - bound) * sign
        return Judgement(
            "met" if margin >= 0 else "missed", margin, f"{why}; met at or past the range's near end"
        )
    if value is None:
        return Judgement("not_comparable", None, "target without a value")
    if sign == 0:
        gap = abs(actual - value)
        return Judgement(
            "met" if gap <= tolerance else "missed", -gap, f"{why}; met within the tolerance {tolerance}"
        )
    margin = (actual - value) * sign
    if comparator in (">", "<"):
        ok = margin > 0
        rule = "strictly past the value"
    elif comparator == "~":
        ok = margin >= -tolerance
        rule = f"左右: at or better than the value, tolerance {tolerance}"
    else:
        ok = margin >= 0
        rule = "at or better than the value"
    return Judgement("met" if ok else "missed", margin, f"{why}; {rule}")
