"""dedup: which stored documents are the same report, and which one of each group is canonical.

Three kinds of link join documents into groups (union-find):

* ``exact``: the same clean text (equal ``text_sha256``);
* ``near``: estimated Jaccard similarity of character 5-gram shingles (whitespace
  removed) >= ``THRESHOLD``, estimated by MinHash signatures of 128 values and
  found by LSH banding (9 bands of 13 values). Only documents that do not claim
  different regions or years are linked: templated summaries that differ in
  the year alone stay apart, and texts under ``MIN_CHARS`` characters are
  linked only when exact;
* ``same_key``: the same ``(region_code, report_year, doc_kind)`` (both known).
  Two different reports claiming one region and year end up here: both are
  kept, one is canonical, ``gwr status`` lists the pair.

The canonical document of a group is the most complete: a report before a
summary before anything else, then the longer clean text, then fewer warnings,
then the source that sorts first (path, member, row: not the id, which depends
on the order in which workers finished). Every other member points at it (``duplicate_of``) with the
kind of its own relation to it: ``exact`` if the texts are equal, ``same_key``
if it shares the key but neither text is (nearly) contained in the other (a
truncated copy of the canonical report is ``near``), ``near`` otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

NUM_PERM = 128
SEED = 1
SHINGLE = 5
THRESHOLD = 0.8
MIN_CHARS = 200  # shorter texts give too few shingles for a trustworthy estimate: exact links only
_KIND_RANK = {"report": 0, "summary": 1}
_SPACE = regex.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class DocInfo:
    id: int
    region_code: str | None
    report_year: int | None
    doc_kind: str
    text_sha256: str
    chars: int
    n_warnings: int
    minhash: bytes | None
    source: str = ""  # path!member#row: the last tie-breaker, so the choice does not depend on ids


@dataclass(frozen=True, slots=True)
class Link:
    id: int
    canonical_id: int
    duplicate_of: int | None  # None for the canonical document
    dup_kind: str | None  # exact, near, same_key; None for the canonical document


def minhash(text: str) -> bytes:
    """MinHash signature of the character 5-grams of ``text`` (whitespace removed).

    One-permutation MinHash: each shingle is hashed to 64 bits by a polynomial
    over its code points and a fixed mixer (numpy; the same on every machine and
    process); the top 7 bits pick one of ``NUM_PERM`` bins, each bin keeps its
    smallest remaining value, and an empty bin borrows from the next non-empty
    one (rotation densification). Little-endian uint64."""
    import numpy as np

    flat = _SPACE.sub("", text) or " "
    codes = np.frombuffer(flat.encode("utf-32-le"), dtype="<u4").astype(np.uint64)
    n = max(1, len(codes) - SHINGLE + 1)
    hashed = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(min(SHINGLE, len(codes))):
            hashed = hashed * np.uint64(1_000_003) + codes[k : k + n]
        for shift, mult in ((30, 0xBF58476D1CE4E5B9), (27, 0x94D049BB133111EB)):  # splitmix64 finaliser
            hashed ^= hashed >> np.uint64(shift)
            hashed *= np.uint64(mult)
        hashed ^= hashed >> np.uint64(31)
    empty = np.iinfo(np.uint64).max
    values = np.full(NUM_PERM, empty, dtype=np.uint64)
    np.minimum.at(values, (hashed >> np.uint64(57)).astype(np.intp), hashed & np.uint64((1 << 57) - 1))
    filled = np.flatnonzero(values != empty)
    for i in np.flatnonzero(values == empty):
        nxt = filled[np.searchsorted(filled, i) % len(filled)]
        values[i] = values[nxt] + np.uint64(((nxt - i) % NUM_PERM) << 57)
    return bytes(values.astype("<u8").tobytes())


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures from ``minhash``."""
    import numpy as np

    x = np.frombuffer(a, dtype="<u8")
    y = np.frombuffer(b, dtype="<u8")
    return float(np.count_nonzero(x == y)) / len(x) if len(x) == len(y) and len(x) else 0.0


class _Groups:
    def __init__(self, ids: Sequence[int]) -> None:
        self.parent = {i: i for i in ids}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _compatible(a: DocInfo, b: DocInfo) -> bool:
    def same(x: object, y: object) -> bool:
        return x is None or y is None or x == y

    return same(a.region_code, b.region_code) and same(a.report_year, b.report_year)


# LSH banding for THRESHOLD 0.8 over 128 values: 9 bands of 13 rows (the split
# datasketch's optimiser picks for these settings), done here without importing
# datasketch and scipy, which cost more than the whole comparison
_BANDS, _ROWS = 9, 13


def _near_pairs(docs: Sequence[DocInfo]) -> list[tuple[int, int]]:
    signed = {
        d.id: d
        for d in docs
        if d.minhash is not None and len(d.minhash) == NUM_PERM * 8 and d.chars >= MIN_CHARS
    }
    if len(signed) < 2:
        return []
    buckets: dict[tuple[int, bytes], list[int]] = {}
    for i, d in signed.items():
        sig = d.minhash or b""
        for band in range(_BANDS):
            key = sig[band * _ROWS * 8 : (band + 1) * _ROWS * 8]
            buckets.setdefault((band, key), []).append(i)
    candidates: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) > 1:
            ordered = sorted(members)
            candidates.update((a, b) for k, a in enumerate(ordered) for b in ordered[k + 1 :])
    pairs = [
        (i, j)
        for i, j in candidates
        if _compatible(signed[i], signed[j])
        and similarity(signed[i].minhash or b"", signed[j].minhash or b"") >= THRESHOLD
    ]
    return sorted(pairs)


def _preference(d: DocInfo) -> tuple[int, int, int, str, int]:
    return (_KIND_RANK.get(d.doc_kind, 2), -d.chars, d.n_warnings, d.source, d.id)


def assign(docs: Sequence[DocInfo]) -> list[Link]:
    """The group links of every document (canonical documents link to themselves)."""
    groups = _Groups([d.id for d in docs])
    first_by: dict[object, int] = {}
    for d in docs:
        keys: list[object] = [("text", d.text_sha256)]
        if d.region_code is not None and d.report_year is not None:
            keys.append(("key", d.region_code, d.report_year, d.doc_kind))
        for key in keys:
            if key in first_by:
                groups.union(first_by[key], d.id)
            else:
                first_by[key] = d.id
    for a, b in _near_pairs(docs):
        groups.union(a, b)
    members: dict[int, list[DocInfo]] = {}
    for d in docs:
        members.setdefault(groups.find(d.id), []).append(d)
    links: list[Link] = []
    for group in members.values():
        canon = min(group, key=_preference)
        for d in group:
            if d.id == canon.id:
                links.append(Link(d.id, d.id, None, None))
            else:
                links.append(Link(d.id, canon.id, canon.id, _kind(d, canon)))
    return sorted(links, key=lambda link: link.id)


def _kind(d: DocInfo, canon: DocInfo) -> str:
    if d.text_sha256 == canon.text_sha256:
        return "exact"
    key = (d.region_code, d.report_year, d.doc_kind)
    same_key = None not in key and key == (canon.region_code, canon.report_year, canon.doc_kind)
    if same_key and containment(d, canon) < THRESHOLD:
        return "same_key"
    return "near"


def containment(a: DocInfo, b: DocInfo) -> float:
    """Estimated share of the shorter text's shingles found in the other text (a truncated
    copy of a report is contained in it although their Jaccard similarity is low); the
    shingle sets are taken to be as large as the texts are long."""
    if a.minhash is None or b.minhash is None or min(a.chars, b.chars) < MIN_CHARS:
        return 0.0
    j = similarity(a.minhash, b.minhash)
    return min(1.0, j * (a.chars + b.chars) / (1 + j) / min(a.chars, b.chars))
