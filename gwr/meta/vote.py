"""vote: one piece of evidence for a value, with where it stands and how much it weighs."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Vote:
    value: object
    start: int
    end: int
    weight: float
    source: str
