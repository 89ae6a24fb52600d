"""gwr.search_tokens and Corpus.search: segmentation, safe queries, bm25 order, KWIC offsets."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from gwr import search_tokens
from gwr.cli import app as gwr_app
from gwr.store.corpus import Corpus
from gwr.store.passages import TARGET
from gwr.store.postgres import PostgresCorpus
from gwr.store.schema import SCHEMA_VERSION
from gwr.store.sqlite import SqliteCorpus
from gwr.types import GwrError
from tests.pg_server import ENGINES, target
from tests.test_store import FILLER, make_doc

# A small corpus written by hand. 营商环境 occurs in three documents: 3 times in a short
# one, 3 times in a long one, once in a third; so bm25 ranks them A > B > C.
DOCS = {
    "A": (
        "210200",
        "大连市",
        "city",
        2018,
        "一、工作回顾\n优化营商环境。营商环境是生产力。持续改善营商环境。",
    ),
    "B": (
        "210200",
        "大连市",
        "city",
        2019,
        "一、工作回顾\n" + FILLER * 8 + "优化营商环境，营商环境\n建设，营商环境。",
    ),
    "C": ("211000", "辽阳市", "city", 2018, "一、工作回顾\n" + FILLER * 4 + "营商环境有所改善。"),
    "D": (
        "210202",
        "中山区",
        "district",
        2018,
        "一、工作回顾\n地区生产总值增长7%。大连市中山区推进城市更新。",
    ),
    "E": (
        "130000",
        "河北省",
        "province",
        2018,
        "一、工作回顾\n城镇登记失业率控制在4.5%以内。[bold]标记[/bold]",
    ),
    "F": ("130000", "河北省", "province", 2019, "一、工作回顾\n" + FILLER * 2 + "推进京津冀协同发展。"),
    "G": ("130600", "保定市", "city", 2019, "一、工作回顾\n" + FILLER * 3 + "乡村振兴取得新进展。"),
    "H": ("130600", "保定市", "city", 2020, "一、工作回顾\n" + FILLER * 5 + "生态环境持续改善。"),
}


@pytest.fixture(scope="module", params=ENGINES)
def corpus(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """The same small corpus on each engine: every search test runs on SQLite and PostgreSQL."""
    c = Corpus(target(request.param, tmp_path_factory.mktemp("search")), create=True)
    docs = [
        make_doc(text, code=code, name=name, level=level, year=year, path=f"/d/{key}.txt")
        for key, (code, name, level, year, text) in DOCS.items()
    ]
    docs.append(make_doc(DOCS["A"][4], year=2018, path="/mirror/A.txt"))  # exact duplicate of A
    c.add(docs)
    yield c
    c.close()


def _keys(corpus: Corpus, frame: object) -> list[str]:
    paths = dict(corpus.execute("SELECT id, path FROM documents").fetchall())
    return [Path(paths[i]).stem for i in frame["document_id"]]  # type: ignore[index]


def test_bm25_order(corpus: Corpus) -> None:
    hits = corpus.search("营商环境")
    assert _keys(corpus, hits) == ["A", "B", "C"]
    assert hits["score"].is_monotonic_decreasing and (hits["score"] > 0).all()
    assert set(hits["method"]) == {"fts"}


def test_offsets_point_into_the_clean_text(corpus: Corpus) -> None:
    hits = corpus.search("营商环境", per_doc=5)
    texts = dict(corpus.execute("SELECT id, text FROM documents").fetchall())
    for h in hits.itertuples():
        found = texts[h.document_id][h.start : h.end]
        assert found.replace("\n", "") == "营商环境"
        assert h.snippet == h.left + h.match + h.right
    assert (hits["document_id"].value_counts().to_dict()) == {
        hits.iloc[0].document_id: 3,
        hits.iloc[3].document_id: 3,
        hits.iloc[6].document_id: 1,
    }


def test_kwic_across_a_line_break() -> None:
    text = "持续优化营商\n环境，营商环境好"
    hits = search_tokens.kwic(text, "营商环境", width=3)
    assert [(k.start, k.end, k.match) for k in hits] == [(4, 9, "营商 环境"), (10, 14, "营商环境")]
    assert hits[0].left == "续优化" and hits[0].right == "，营商"


def test_duplicates_are_hidden_unless_asked(corpus: Corpus) -> None:
    assert len(corpus.search("生产力")) == 1
    assert len(corpus.search("生产力", include_duplicates=True)) == 2


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("生产总值", ["D"]),  # an alias inside the longer alias 地区生产总值
        ("大连", ["D"]),  # a short name inside the full name 大连市
        ("失业率", ["E"]),  # inside 城镇登记失业率
        ("GDP", []),
    ],
    ids=["alias-in-alias", "short-name", "inner-word", "absent"],
)
def test_words_inside_longer_words(corpus: Corpus, query: str, expected: list[str]) -> None:
    assert _keys(corpus, corpus.search(query)) == expected


def test_substring_fallback_when_words_do_not_line_up(corpus: Corpus) -> None:
    hits = corpus.search("产总值增")  # no word boundary matches: found as a substring
    assert _keys(corpus, hits) == ["D"] and hits["method"].tolist() == ["substring"]
    assert hits.iloc[0]["match"] == "产总值增"


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"regions": ["辽阳市"]}, ["C"]),
        ({"years": [2019]}, ["B"]),
        ({"level": "city", "regions": ["210200"]}, ["A", "B"]),
    ],
    ids=["region", "year", "level-and-code"],
)
def test_search_filters(corpus: Corpus, kwargs: dict[str, object], expected: list[str]) -> None:
    assert _keys(corpus, corpus.search("营商环境", **kwargs)) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "AND",
        "营商 OR 环境",
        "NEAR(营商 环境)",
        "body:营商",
        "营商*",
        "-环境",
        "^营商",
        "'; DROP TABLE documents; --",
        "{body words}: 营商",
        '营商"环境',
    ],
    ids=["quote", "AND", "OR", "NEAR", "column", "prefix", "minus", "caret", "sql", "colset", "inner-quote"],
)
def test_user_input_never_reaches_fts_syntax(corpus: Corpus, query: str) -> None:
    try:
        hits = corpus.search(query)
    except GwrError as exc:  # only the clear "no words" error is allowed
        assert "no words to search for" in str(exc)
        return
    assert set(hits.columns) >= {"document_id", "score", "start", "end", "snippet"}
    assert corpus.execute("SELECT count(*) FROM documents").fetchone()[0] == 9


def test_fts_query_is_phrase_quoted() -> None:
    assert search_tokens.fts_query("营商环境") == '"营商 环境"'
    assert search_tokens.fts_query('营商"环境 京津冀') == '"营商 环境" AND "京津冀"'
    with pytest.raises(GwrError, match="no words"):
        search_tokens.fts_query("，。！")


def test_segment_keeps_aliases_and_region_names_whole() -> None:
    tokens = search_tokens.segment("城镇登记失业率控制在4.5%以内，大连市金州区")
    body = tokens.body.split()
    assert "城镇登记失业率" in body and "大连市" in body and "金州区" in body
    assert "失业率" in tokens.words.split() and "大连" in tokens.words.split()


def test_segment_cuts_a_text_seen_just_before_once() -> None:
    """The same report stored twice in a row (two sources of one text) is segmented once."""
    text = "城镇登记失业率控制在4.5%以内，大连市金州区。" * 3
    first = search_tokens.segment(text)
    assert search_tokens.segment(text) is first
    assert search_tokens.segment(text + "\n") is not first


def test_cli_search_prints_escaped_kwic(corpus: Corpus) -> None:
    app = gwr_app
    result = CliRunner().invoke(app, ["search", "标记", "--db", corpus.location])
    assert result.exit_code == 0, result.output
    assert "[bold]标记[/bold]" in result.stdout  # the text's own brackets are shown, not interpreted
    assert "河北省 2018" in result.stdout


def test_a_phrase_over_a_passage_boundary_is_found(corpus: Corpus, tmp_path: Path) -> None:
    """PostgreSQL ranks passages of a few hundred characters (gwr.store.passages): a phrase cut by
    the line break that ends one is found, as in SQLite's index of the whole text."""
    line = FILLER * -(-(TARGET - 11) // len(FILLER)) + "优化营商"  # a line that ends the first passage
    first = "一、工作回顾\n" + line
    assert len(line) <= TARGET <= len(first)
    c = Corpus(target(_engine(corpus), tmp_path), create=True)
    with c:
        c.add([make_doc(first + "\n环境，推进城市更新。" + FILLER, path="/d/edge.txt")])
        if isinstance(c, PostgresCorpus):  # the line break ends the first passage
            assert c.execute("SELECT span_end FROM doc_passages WHERE ord = 0").fetchone()[0] == len(first)
        hits = c.search("营商环境")  # 营商 | 环境: a phrase of two words over the line break
        assert hits["method"].tolist() == ["fts"] and hits.iloc[0]["start"] == len(first) - 2
        assert c.search("营商环境 城市更新")["method"].tolist() == ["fts"]


def _engine(corpus: Corpus) -> str:
    return "sqlite" if isinstance(corpus, SqliteCorpus) else "postgresql"


def test_a_database_of_schema_5_is_migrated(corpus: Corpus, tmp_path: Path) -> None:
    """Schema 6 changed PostgreSQL's word index (one tsvector per document -> passages): a
    schema-5 database is upgraded on opening, its texts indexed again; SQLite's only changes
    its version."""
    engine = _engine(corpus)
    c = Corpus(target(engine, tmp_path), create=True)
    docs = [
        make_doc(text, code=code, name=name, level=level, year=year, path=f"/d/{key}.txt")
        for key, (code, name, level, year, text) in DOCS.items()
    ]
    with c:
        c.add(docs)
        before = {q: c.search(q, per_doc=3) for q in ("营商环境", "大连", "乡村振兴 改善")}
        if engine == "postgresql":  # the schema-5 layout
            c.execute("DROP TABLE doc_passages")
            c.execute(
                "CREATE TABLE doc_fts (document_id BIGINT PRIMARY KEY REFERENCES documents(id), tsv TSVECTOR)"
            )
            c.execute("INSERT INTO doc_fts SELECT id, to_tsvector('simple', text) FROM documents")
        c.execute("UPDATE meta SET value = '5' WHERE name = 'schema_version'")
    with Corpus(c.location if engine == "sqlite" else c.url) as again:  # type: ignore[attr-defined]
        assert again.schema_version() == SCHEMA_VERSION == 6
        for q, frame in before.items():
            pd.testing.assert_frame_equal(again.search(q, per_doc=3), frame)
        if engine == "postgresql":
            names = {r[0] for r in again.execute("SELECT tablename FROM pg_tables").fetchall()}
            assert "doc_fts" not in names
            indexed = again.execute("SELECT count(DISTINCT document_id) FROM doc_passages").fetchone()[0]
            assert indexed == len(docs)
