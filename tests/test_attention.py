"""gwr.attention: topic counts, per-10k rates and sentence shares, counted by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from gwr.attention import TopicScore, matches, measure, sentence_ends
from gwr.cli import app as gwr_app
from gwr.store.corpus import Corpus
from gwr.taxonomy import Topic, topics
from tests.test_store import make_doc

TEXT = (
    "科技创新是第一动力。我们坚持创新驱动发展，推动大众创业、万众创新！\n"
    "加强生态环境保护；改善生态环境。\n\n教育优先发展"
)
# Sentences (end at 。！？ or a line break; empty pieces do not count), counted by hand:
#   1 科技创新是第一动力。
#   2 我们坚持创新驱动发展，推动大众创业、万众创新！
#   3 加强生态环境保护；改善生态环境。
#   4 教育优先发展
INNOVATION = Topic("innovation", "创新", ("科技创新", "创新驱动", "大众创业", "万众创新", "创新"))
ENVIRONMENT = Topic("environment", "生态环保", ("生态环境", "环境保护", "生态"))
EDUCATION = Topic("education", "教育", ("教育",))
NOTHING = Topic("space", "航天", ("航天", "卫星"))

# (topic, count, sentences mentioning it), by hand:
#   innovation: 科技创新 | 创新驱动 | 大众创业 | 万众创新 = 4 (never also 创新 inside them), sentences 1, 2
#   environment: 生态环境 (环境保护 overlaps it: not counted) | 生态环境 = 2, sentence 3
#   education: 教育 = 1, sentence 4
EXPECTED = [(INNOVATION, 4, 2), (ENVIRONMENT, 2, 1), (EDUCATION, 1, 1), (NOTHING, 0, 0)]


def test_sentences_counted_by_hand() -> None:
    assert len(sentence_ends(TEXT)) == 4


@pytest.mark.parametrize(("topic", "count", "sentences"), EXPECTED, ids=[t.id for t, _, _ in EXPECTED])
def test_hand_counted_scores(topic: Topic, count: int, sentences: int) -> None:
    (score,) = measure(TEXT, [topic])
    assert score == TopicScore(
        topic=topic.id,
        name=topic.name,
        count=count,
        chars=len(TEXT),
        per_10k_chars=count / len(TEXT) * 10000,
        sentences=sentences,
        sentences_total=4,
        sentence_share=sentences / 4,
    )


def test_topics_are_independent_and_keep_their_order() -> None:
    shared = Topic("science", "科技", ("科技创新", "科技"))
    scores = measure(TEXT, [shared, INNOVATION])
    assert [(s.topic, s.count) for s in scores] == [("science", 1), ("innovation", 4)]


@pytest.mark.parametrize(
    ("text", "terms", "spans"),
    [
        ("创新创新", ("创新",), [(0, 2), (2, 4)]),
        ("新创新", ("新创", "创新"), [(0, 2)]),  # leftmost first, then no overlap
        ("科技创新", ("创新", "科技创新"), [(0, 4)]),  # the longest at the same start
        ("", ("创新",), []),
        ("创新", (), []),
    ],
    ids=["repeat", "leftmost", "longest", "empty-text", "no-terms"],
)
def test_matches(text: str, terms: tuple[str, ...], spans: list[tuple[int, int]]) -> None:
    assert matches(text, terms) == spans


def test_empty_text_scores_zero() -> None:
    (score,) = measure("", [INNOVATION])
    assert (score.count, score.per_10k_chars, score.sentences_total, score.sentence_share) == (0, 0.0, 0, 0.0)


@pytest.fixture
def db(tmp_path: Path) -> Corpus:
    c = Corpus(tmp_path / "a.db", create=True)
    c.add(
        [
            make_doc(TEXT, path="/d/a.txt"),
            make_doc(
                "一、工作回顾\n航天事业发展。发射卫星三颗。",
                code="130000",
                name="河北省",
                level="province",
                path="/d/b.txt",
            ),
        ]
    )
    yield c
    c.close()


def test_corpus_attention_per_document_and_topic(db: Corpus) -> None:
    frame = db.attention([INNOVATION, NOTHING])
    got = {(r.region_name, r.topic): (r.count, r.sentence_share) for r in frame.itertuples()}
    assert got == {
        ("大连市", "innovation"): (4, 0.5),
        ("大连市", "space"): (0, 0.0),
        ("河北省", "innovation"): (0, 0.0),
        ("河北省", "space"): (2, 2 / 3),
    }


def test_user_dictionary_from_csv(db: Corpus, tmp_path: Path) -> None:
    path = tmp_path / "topics.csv"
    path.write_text("topic,name,term\nspace,航天,航天\nspace,航天,卫星\n", encoding="utf-8")
    frame = db.attention(topics(str(path)))
    assert frame.set_index("region_name").loc["河北省", "count"] == 2


def test_cli_attention_with_dictionary_and_bad_dictionary(db: Corpus, tmp_path: Path) -> None:
    app = gwr_app
    good = tmp_path / "topics.csv"
    good.write_text("topic,term\nspace,航天\n", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["attention", "--db", str(db.path), "--dict", str(good), "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith("document_id,region_code,region_name")
    bad = tmp_path / "bad.csv"
    bad.write_text("topic,term\nSpace Topic,航\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["attention", "--db", str(db.path), "--dict", str(bad)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output and len(result.stderr.strip().splitlines()) == 1
