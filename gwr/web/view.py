"""view: the report viewer's text cut into pieces (plain text, highlighted figures, section anchors,
removed noise, a search hit), for the template to print. Every piece carries plain strings that
the template escapes; nothing here builds HTML.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Piece:
    kind: str  # text, figure, anchor, noise, hit
    text: str
    start: int = 0  # clean-text offset of the piece's first character
    index: int = -1  # figure: index into the figures list; anchor: section index
    css: str = ""  # figure: status and verified classes; noise: the rule


def _events(
    length: int,
    figures: Sequence[dict[str, Any]],
    sections: Sequence[dict[str, Any]],
    noise: Sequence[tuple[int, str, str]],
    hit: tuple[int, int] | None,
) -> tuple[list[tuple[int, int, int, str]], list[tuple[int, int, str, str]]]:
    spans: list[tuple[int, int, int, str]] = []  # (start, end, figure index or -2 for the hit, css)
    if hit is not None and 0 <= hit[0] < hit[1] <= length:
        spans.append((hit[0], hit[1], -2, "hit"))
    for i, f in enumerate(figures):
        s, e = int(f["start"]), int(f["end"])
        if 0 <= s < e <= length:
            css = f"fig st-{f.get('status') or 'none'} v-{f.get('verified') or 'extracted'}"
            spans.append((s, e, i, css))
    spans.sort(key=lambda x: (x[0], -x[1]))
    kept: list[tuple[int, int, int, str]] = []
    end = -1
    for span in spans:  # overlapping figures: the first (longest) is highlighted, all are listed
        if span[0] >= end:
            kept.append(span)
            end = span[1]
    points: list[tuple[int, int, str, str]] = []  # (at, order, kind/css, text)
    for i, sec in enumerate(sections):
        points.append((int(sec["start"]), i, "anchor", ""))
    for at, rule, body in noise:
        points.append((at, 10**6, rule, body))
    points.sort(key=lambda x: (x[0], x[1]))
    return kept, points


def pieces(
    text: str,
    figures: Sequence[dict[str, Any]],
    sections: Sequence[dict[str, Any]] = (),
    noise: Sequence[tuple[int, str, str]] = (),
    hit: tuple[int, int] | None = None,
) -> list[Piece]:
    """The text in order as pieces; figures that overlap an earlier one are not highlighted."""
    spans, points = _events(len(text), figures, sections, noise, hit)
    out: list[Piece] = []
    pos = 0
    p = 0

    def plain(upto: int) -> None:
        nonlocal pos, p
        while pos < upto:
            while p < len(points) and points[p][0] <= pos:
                _point(out, points[p])
                p += 1
            nxt = min(upto, points[p][0]) if p < len(points) else upto
            out.append(Piece("text", text[pos:nxt], pos))
            pos = nxt

    for s, e, index, css in spans:
        plain(s)
        while p < len(points) and points[p][0] <= s:
            _point(out, points[p])
            p += 1
        if index == -2:
            out.append(Piece("hit", text[s:e], s, -1, css))
        else:
            out.append(Piece("figure", text[s:e], s, index, css))
        pos = e
        while p < len(points) and points[p][0] < e:  # a heading or noise inside a figure: after it
            _point(out, points[p])
            p += 1
    plain(len(text))
    while p < len(points):
        _point(out, points[p])
        p += 1
    return out


def _point(out: list[Piece], point: tuple[int, int, str, str]) -> None:
    at, order, kind, body = point
    if kind == "anchor":
        out.append(Piece("anchor", "", at, order))
    else:
        out.append(Piece("noise", body, at, -1, kind))
