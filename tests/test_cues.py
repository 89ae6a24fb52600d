"""The typed cue loader: cues.yaml compiles into a frozen Cues, and a bad
pattern or a missing or unknown pattern name names cues.yaml's path:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from gwr import cues, lexicon


def test_cues_load_typed_and_frozen() -> None:
    c = cues.load()
    assert c.plan_end["十五五"] == 2030
    assert c.rx.year_in.search("到2030年").group("y") == "2030"  # type: ignore[union-attr]
    with pytest.raises(AttributeError):
        c.plan_end = {}  # type: ignore[misc]


BAD = [
    ("broken_regex", "  streak_before: '连续$'\n", "  streak_before: '连续($'\n", "does not compile"),
    ("unknown_name", "  streak_before: '连续$'\n", "  streak_before: '连续$'\n  streak_befor: 'x'\n", "unknown pattern"),
    ("missing_name", "  streak_before: '连续$'\n", "", "missing pattern"),
]


@pytest.mark.parametrize("name,old,new,message", BAD, ids=[b[0] for b in BAD])
def test_bad_cue_file_names_path_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, old: str, new: str, message: str
) -> None:
    text = lexicon.data_path("cues.yaml").read_text(encoding="utf-8")
    assert old in text
    bad = text.replace(old, new)
    (tmp_path / "cues.yaml").write_text(bad, encoding="utf-8")
    line = next(i for i, ln in enumerate(bad.splitlines(), 1) if ln.startswith("patterns:"))
    monkeypatch.setattr(lexicon, "data_path", lambda n: tmp_path / n)
    monkeypatch.setattr(cues, "data_path", lambda n: tmp_path / n)
    for f in (lexicon.read_yaml, cues.cues, cues.load):
        f.cache_clear()
    try:
        with pytest.raises(lexicon.LexiconError, match=message) as err:
            cues.load()
        got = int(str(err.value).split("cues.yaml:")[1].split(":")[0])
        if name == "missing_name":
            assert got == line
        else:
            assert got > line  # the line of the pattern itself, inside patterns:
            assert bad.splitlines()[got - 1].lstrip().startswith("streak_befor")
    finally:
        for f in (lexicon.read_yaml, cues.cues, cues.load):
            f.cache_clear()
