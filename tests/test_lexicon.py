"""The data files that drive cleaning and reading figures load, and say what
they must: unique rule ids, patterns that compile, cue words that do not
collide, and a loader that names path:line on a bad table."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from gwr import cues, lexicon
from gwr.clean import _rules, rule_ids


def test_noise_rules_load_with_unique_ids() -> None:
    ids = [r.id for r in _rules()]
    assert len(ids) == len(set(ids)) >= 25
    assert {"spam_link", "mask", "nav", "footer", "header_gov_index"} <= set(ids)
    assert {"repeated_text", "heading_spam"} <= set(rule_ids())


@pytest.mark.parametrize("rule", _rules(), ids=lambda r: r.id)
def test_noise_rule_is_well_formed(rule: object) -> None:
    assert rule.kind in ("line", "inline", "header", "tail", "entity", "dense")  # type: ignore[attr-defined]
    assert rule.pattern.pattern  # type: ignore[attr-defined]
    assert rule.pattern.fullmatch("") is None, "a rule must not match empty text"  # type: ignore[attr-defined]


def test_cue_words_do_not_collide() -> None:
    c = cues.cues()
    after = [w for words in c["comparators"]["after"].values() for w in words]
    before = [w for words in c["comparators"]["before"].values() for w in words]
    assert len(after) == len(set(after)) and len(before) == len(set(before))
    assert not set(c["strength"]["hard"]) & set(c["strength"]["soft"])
    assert not set(c["measures"]["up"]) & set(c["measures"]["down"])
    for item in c["horizon"] + c["absent"] + c["fixed"]:
        regex.compile(item["pattern"])


def test_distributive_subjects_name_known_indicators() -> None:
    from gwr import taxonomy

    for alias, ids in cues.cues()["distributive"].items():
        assert len(ids) >= 2, alias
        for i in ids:
            taxonomy.indicator(i)


def test_bad_table_names_path_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "bad.tsv").write_text("# comment\na\tb\n1\t2\n3\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "data_path", lambda name: tmp_path / name)
    lexicon.read_tsv.cache_clear()
    try:
        with pytest.raises(lexicon.LexiconError, match=r"bad\.tsv:4"):
            lexicon.read_tsv("bad.tsv")
    finally:
        lexicon.read_tsv.cache_clear()


def test_alternation_refuses_empty_words() -> None:
    with pytest.raises(lexicon.LexiconError):
        lexicon.alternation(["大连", ""])
    with pytest.raises(lexicon.LexiconError):
        lexicon.alternation([])
    assert regex.fullmatch(lexicon.alternation(["大连", "大连市"]), "大连市")
