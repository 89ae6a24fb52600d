"""gwr.store.dedup at the points where `make mutate` found surviving mutants (issue 9).

Each test kills mutants that the rest of the suite let live: the signature is
fixed (stored in databases, so it must not drift), whitespace is ignored, two
texts of different regions or years are never near duplicates however alike,
and each link kind (exact, near, same_key) is named as documented.
"""

from __future__ import annotations

import hashlib

import pytest

from gwr.store import dedup

TEXT = "政府工作报告" * 50
SIG = dedup.minhash(TEXT)
OTHER = dedup.minhash("完全不同的文本内容" * 50)


def test_the_signature_is_fixed() -> None:
    """Signatures are stored with each document and compared with later ones: the same text
    must give the same 128 little-endian uint64 values on every machine and version."""
    assert len(SIG) == dedup.NUM_PERM * 8
    assert (
        hashlib.sha256(SIG).hexdigest() == "4c7560414912907b8e95f4fcfe6d3ffdf4e3fec05966f3330fa23501a71fbfc1"
    )
    empty = dedup.minhash("")
    assert (
        hashlib.sha256(empty).hexdigest()
        == "912c779249b15033e3e30c5d3a4575212121767c18285c7cd89f8628d47fbbda"
    )


@pytest.mark.parametrize(
    "a,b,same",
    [
        ("各位 代表\n今年", "各位代表今年", True),
        ("", " \n\t", True),
        ("各位代表今年", "各位代表今天", False),  # the last shingle counts
        ("各位代表今年", "今年各位代表", False),
    ],
    ids=["spaces-inside", "blank", "last-character", "reordered"],
)
def test_whitespace_is_ignored_and_every_shingle_counts(a: str, b: str, same: bool) -> None:
    assert (dedup.minhash(a) == dedup.minhash(b)) is same


@pytest.mark.parametrize(
    "a,b,expected",
    [(SIG, SIG, 1.0), (SIG, OTHER, 0.0), (SIG, SIG[:8], 0.0), (b"", b"", 0.0)],
    ids=["same", "unrelated", "lengths-differ", "empty"],
)
def test_similarity_of_signatures(a: bytes, b: bytes, expected: float) -> None:
    assert dedup.similarity(a, b) == expected


def _doc(i: int, code: str | None, year: int | None, sha: str, sig: bytes | None) -> dedup.DocInfo:
    return dedup.DocInfo(i, code, year, "report", sha, 9000 - i, 0, sig, f"{i}.txt")


@pytest.mark.parametrize(
    "second,link",
    [
        (_doc(2, "210200", 2018, "b", SIG), (1, "near")),
        (_doc(2, "210300", 2018, "b", SIG), (None, None)),  # another region: never a duplicate
        (_doc(2, "210200", 2019, "b", SIG), (None, None)),  # another year
        (_doc(2, None, None, "b", SIG), (1, "near")),  # unknown region and year: the text decides
        (_doc(2, "210200", 2018, "a", None), (1, "exact")),  # the same text
        (_doc(2, "210200", 2018, "b", OTHER), (1, "same_key")),  # same region, year, kind; other text
        (_doc(2, "210300", 2019, "b", OTHER), (None, None)),
    ],
    ids=["near", "other-region", "other-year", "unknown-key", "exact", "same-key", "unrelated"],
)
def test_link_kinds(second: dedup.DocInfo, link: tuple[int | None, str | None]) -> None:
    first = _doc(1, "210200", 2018, "a", SIG)
    got = [(x.id, x.duplicate_of, x.dup_kind) for x in dedup.assign([first, second])]
    assert got == [(1, None, None), (2, *link)]


def _sized(i: int, chars: int, sig: bytes | None) -> dedup.DocInfo:
    return dedup.DocInfo(i, "210200", 2018, "report", f"{i}", chars, 0, sig, f"{i}.txt")


def _sharing(same: int) -> bytes:
    """A signature equal to SIG in its first ``same`` values (similarity same/128)."""
    values = [int.from_bytes(SIG[k * 8 : k * 8 + 8], "little") for k in range(dedup.NUM_PERM)]
    return b"".join((v if k < same else v ^ 1).to_bytes(8, "little") for k, v in enumerate(values))


@pytest.mark.parametrize(
    "a,b,expected",
    [
        (_sized(1, 1000, SIG), _sized(2, 1000, SIG), 1.0),
        (_sized(1, 1000, _sharing(32)), _sized(2, 3000, SIG), 0.8),  # j 0.25: 0.25 * 4000 / 1.25 / 1000
        (_sized(1, 1000, SIG), _sized(2, 3000, SIG), 1.0),  # 2.0 before the cap
        (_sized(1, dedup.MIN_CHARS - 1, SIG), _sized(2, 3000, SIG), 0.0),  # too short to tell
        (_sized(1, 1000, None), _sized(2, 3000, SIG), 0.0),
        (_sized(1, 1000, SIG), _sized(2, 3000, None), 0.0),
    ],
    ids=["same-size", "truncated-copy", "capped", "short", "no-signature", "no-signature-b"],
)
def test_containment(a: dedup.DocInfo, b: dedup.DocInfo, expected: float) -> None:
    assert dedup.containment(a, b) == pytest.approx(expected)


@pytest.mark.parametrize("chars,linked", [(dedup.MIN_CHARS, True), (dedup.MIN_CHARS - 1, False)])
def test_near_pairs_need_min_chars(chars: int, linked: bool) -> None:
    docs = [
        dedup.DocInfo(1, "210200", None, "report", "a", 9000, 0, SIG, "1.txt"),
        dedup.DocInfo(2, "210200", 2018, "report", "b", chars, 0, SIG, "2.txt"),
    ]
    got = [(x.id, x.duplicate_of, x.dup_kind) for x in dedup.assign(docs)]
    assert got == [(1, None, None), (2, 1, "near") if linked else (2, None, None)]


def test_a_truncated_copy_at_the_threshold_is_near() -> None:
    """Same region, year and kind, and the shorter text contained in the longer one at exactly
    THRESHOLD (j 0.25 over 1000 and 3000 characters: 0.8): a truncated copy, called near."""
    short, long = _sized(1, 1000, _sharing(32)), _sized(2, 3000, SIG)
    assert dedup.containment(short, long) == dedup.THRESHOLD
    got = [(x.id, x.duplicate_of, x.dup_kind) for x in dedup.assign([short, long])]
    assert got == [(1, 2, "near"), (2, None, None)]


def test_same_key_needs_the_canonical_documents_key() -> None:
    """A summary joined to a report's group through another summary of its own key is not a
    same_key duplicate of the report (their kinds differ), however unlike its text is."""
    report = dedup.DocInfo(1, "210200", 2018, "report", "a", 9000, 0, SIG, "1.txt")
    summary = dedup.DocInfo(2, "210200", 2018, "summary", "b", 8000, 0, SIG, "2.txt")  # near the report
    other = dedup.DocInfo(3, "210200", 2018, "summary", "c", 5000, 0, OTHER, "3.txt")  # same key as 2
    got = [(x.id, x.duplicate_of, x.dup_kind) for x in dedup.assign([report, summary, other])]
    assert got == [(1, None, None), (2, 1, "near"), (3, 1, "near")]
