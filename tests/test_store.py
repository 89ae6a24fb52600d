"""gwr.store.corpus: schema, writing, panels, migrations and database errors.

Documents are built by hand (``make_doc``) so these tests do not depend on the
extractor; tests/test_ingest_db.py runs the real pipeline.
"""

from __future__ import annotations

import hashlib
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from gwr.store import corpus as corpus_module
from gwr.store.corpus import Corpus
from gwr.store.sqlite import SqliteCorpus
from gwr.store.sqlite import engine as sqlite_engine
from gwr.types import (
    CleanText,
    Document,
    Edit,
    GwrError,
    Mention,
    Metadata,
    Provenance,
    RawDocument,
    Section,
)
from tests.pg_server import ENGINES, target

FILLER = "坚持稳中求进工作总基调，推动高质量发展，持续改善民生。"


def mention(
    indicator: str | None = "gdp",
    value: str | None = "7",
    *,
    measure: str = "growth",
    status: str = "target",
    year: int | None = 2018,
    start: int = 0,
    confidence: float = 1.0,
    raw: str = "7%左右",
    comparator: str = "~",
    unit: str = "percent",
) -> Mention:
    return Mention(
        indicator=indicator,
        label=None,
        value=Decimal(value) if value is not None else None,
        unit=unit,
        currency=None,
        low=None,
        high=None,
        comparator=comparator,  # type: ignore[arg-type]
        measure=measure,
        status=status,
        strength="soft",
        year=year,  # type: ignore[arg-type]
        start=start,
        end=start + len(raw),
        sentence=f"地区生产总值增长{raw}。",
        raw=raw,
        confidence=confidence,
    )


def make_doc(
    text: str,
    *,
    code: str | None = "210200",
    name: str | None = "大连市",
    level: str | None = "city",
    year: int | None = 2018,
    kind: str = "report",
    mentions: tuple[Mention, ...] = (),
    path: str = "/data/dalian_2018.txt",
    member: str | None = None,
    row: int | None = None,
    edits: tuple[Edit, ...] = (),
) -> Document:
    """A Document as the extractor would return it, for the given text and metadata."""
    raw = RawDocument(
        text=text,
        provenance=Provenance(path=path, member=member, row=row),
        sha256=hashlib.sha256(f"{path}|{member}|{row}|{text}".encode()).hexdigest(),
        encoding="utf-8",
        format="txt",
    )
    clean = CleanText(text=text, raw=raw, edits=edits, segments=((0, 0),))
    meta = Metadata(
        region_name=name,
        region_code=code,
        level=level,  # type: ignore[arg-type]
        report_year=year,
        review_year=year - 1 if year else None,
        doc_kind=kind,
    )  # type: ignore[arg-type]
    outline = (Section("一、工作回顾", 1, "review", 0, len(text), 6),)
    return Document(raw=raw, clean=clean, meta=meta, outline=outline, mentions=mentions)


@pytest.fixture(params=ENGINES)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Corpus:
    """An empty corpus on each engine: the tests below run against SQLite and PostgreSQL."""
    c = Corpus(target(request.param, tmp_path), create=True)
    yield c
    c.close()


# ------------------------------------------------------------------ schema and writing


def test_new_database_is_plain_sqlite_in_wal_mode(tmp_path: Path) -> None:
    with Corpus(tmp_path / "t.db", create=True) as db:
        db.add([make_doc("一、工作回顾\n" + FILLER)])
    plain = sqlite3.connect(tmp_path / "t.db")  # no gwr code: what datasette / DuckDB see
    tables = {r[0] for r in plain.execute("SELECT name FROM sqlite_master WHERE type IN ('table')")}
    assert {
        "meta",
        "documents",
        "sections",
        "mentions",
        "removed",
        "regions",
        "failures",
        "runs",
        "doc_fts",
    } <= tables
    assert plain.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert plain.execute("SELECT value FROM meta WHERE name = 'schema_version'").fetchone()[0] == str(
        corpus_module.SCHEMA_VERSION
    )
    assert plain.execute("SELECT region_name, report_year FROM documents").fetchall() == [("大连市", 2018)]


def test_document_and_children_written_together(db: Corpus) -> None:
    text = "一、工作回顾\n地区生产总值增长7%左右，总量达到1.2万亿元。" + FILLER
    big = mention(
        "gdp",
        "1200000000000",
        measure="level",
        status="actual",
        year=2017,
        start=23,
        raw="1.2万亿元",
        comparator="=",
        unit="CNY",
    )
    exact = mention("gdp", "6.50", start=15)
    edit = Edit(rule="page_chrome", start=0, end=4, text="当前位置")
    summary = db.add([make_doc(text, mentions=(exact, big), edits=(edit,))])
    assert (summary.added, summary.updated, summary.failed) == (1, 0, 0)
    c = db
    doc_id, chars, text_sha = c.execute("SELECT id, chars, text_sha256 FROM documents").fetchone()
    assert chars == len(text) and text_sha == hashlib.sha256(text.encode()).hexdigest()
    rows = c.execute(
        "SELECT value, value_text, region_code, report_year, span_start, span_end "
        "FROM mentions WHERE document_id = ? ORDER BY ord",
        (doc_id,),
    ).fetchall()
    assert rows == [(6.5, "6.50", "210200", 2018, 15, 19), (1.2e12, "1200000000000", "210200", 2018, 23, 29)]
    assert c.execute("SELECT title, role, title_end FROM sections").fetchall() == [
        ("一、工作回顾", "review", 6)
    ]
    assert c.execute("SELECT rule, text FROM removed").fetchall() == [("page_chrome", "当前位置")]
    assert db.search("生产总值")["document_id"].tolist() == [doc_id]


def test_same_source_is_replaced_in_place(db: Corpus) -> None:
    doc = make_doc("一、工作回顾\n" + FILLER, mentions=(mention(),))
    db.add([doc])
    first_id = db.execute("SELECT id FROM documents").fetchone()[0]
    indexed = _index_rows(db)
    again = db.add([doc])
    assert (again.added, again.updated) == (0, 1)
    assert db.execute("SELECT id FROM documents").fetchall() == [(first_id,)]
    assert db.execute("SELECT count(*) FROM mentions").fetchone()[0] == 1
    assert _index_rows(db) == indexed and indexed[0] == 1


def _index_rows(db: Corpus) -> tuple[int, int]:
    """(documents in the word index, rows of it): SQLite one FTS5 row per document,
    PostgreSQL one per passage (gwr.store.passages)."""
    if isinstance(db, SqliteCorpus):
        n = db.execute("SELECT count(*) FROM doc_fts").fetchone()[0]
        return n, n
    return db.execute("SELECT count(DISTINCT document_id), count(*) FROM doc_passages").fetchone()


def test_regions_roll_up_to_city_and_province(db: Corpus) -> None:
    rows = db.execute(
        "SELECT code, parent, city_code, province_code FROM regions WHERE code IN ('210202', '130628') "
        "AND valid_to IS NULL ORDER BY code"
    ).fetchall()
    assert rows == [("130628", "130600", "130600", "130000"), ("210202", "210200", "210200", "210000")]


def test_documents_frame_has_metadata_not_text(db: Corpus) -> None:
    db.add([make_doc("一、工作回顾\n" + FILLER)])
    frame = db.documents()
    assert "text" not in frame.columns and "minhash" not in frame.columns
    assert frame.loc[0, "region_name"] == "大连市" and frame.loc[0, "report_year"] == 2018


# ------------------------------------------------------------------ panels


@pytest.fixture
def panel_db(db: Corpus) -> Corpus:
    body = "一、工作回顾\n" + FILLER * 3
    db.add(
        [
            # 大连 2018: two targets for gdp growth; the more confident one is chosen
            make_doc(
                body + "甲",
                mentions=(
                    mention(value="7", start=10, confidence=0.9),
                    mention(value="7.5", start=50, confidence=0.95, raw="7.5%", comparator="="),
                    mention(value="7.1", status="actual", year=2017, start=70, raw="7.1%", comparator="="),
                ),
            ),
            # 大连 2016: its own target, and a five-year target for 2018 (not the report's own year)
            make_doc(
                body + "乙",
                year=2016,
                path="/data/dalian_2016.txt",
                mentions=(
                    mention(value="8", year=2016, start=5, raw="8%", comparator="="),
                    mention(value="9", year=2018, start=90, raw="9%", comparator="=", confidence=1.0),
                ),
            ),
            make_doc(
                body + "丙",
                code="210202",
                name="中山区",
                level="district",
                path="/data/zhongshan_2018.txt",
                mentions=(mention(value="7", start=12),),
            ),
            # the 大连 2018 report again (same text, another file): an exact duplicate, not canonical
            make_doc(body + "甲", path="/mirror/dalian_2018.txt", mentions=(mention(value="99", start=10),)),
        ]
    )
    return db


def test_panel_one_row_per_region_year_with_documented_columns(panel_db: Corpus) -> None:
    frame = panel_db.panel("gdp", "growth", "target")
    assert list(frame.columns) == [
        "region_code",
        "region_name",
        "level",
        "year",
        "value",
        "comparator",
        "low",
        "high",
        "unit",
        "value_text",
        "low_text",
        "high_text",
        "strength",
        "aggregate",
        "document_id",
        "doc_kind",
        "path",
        "member",
        "row",
        "sha256",
        "source_url",
        "start",
        "end",
        "raw",
        "sentence",
        "section",
        "confidence",
        "candidates",
    ]
    got = {(r.region_code, r.year): (r.value, r.comparator) for r in frame.itertuples()}
    assert got == {("210200", 2016): (8.0, "="), ("210200", 2018): (7.5, "="), ("210202", 2018): (7.0, "~")}


def test_panel_prefers_the_reports_own_year_over_confidence(panel_db: Corpus) -> None:
    frame = panel_db.panel("gdp", "growth", "target", regions=["210200"], years=[2018])
    assert frame["value"].tolist() == [7.5]  # not the 2016 report's 9 for 2018


def test_panel_uses_canonical_documents_unless_asked(panel_db: Corpus) -> None:
    assert 99.0 not in panel_db.panel("gdp", "growth", "target")["value"].tolist()
    dup = panel_db.mentions("gdp", include_duplicates=True)
    assert 99.0 in dup["value"].tolist()


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"level": "district"}, {("210202", 2018)}),
        ({"regions": ["中山区"]}, {("210202", 2018)}),
        ({"years": [2016]}, {("210200", 2016)}),
        ({"regions": ["210200"], "years": range(2017, 2019)}, {("210200", 2018)}),
    ],
    ids=["level", "region-name", "year", "region-code-and-range"],
)
def test_panel_filters(panel_db: Corpus, kwargs: dict[str, object], expected: set[tuple[str, int]]) -> None:
    frame = panel_db.panel("gdp", "growth", "target", **kwargs)  # type: ignore[arg-type]
    assert {(r.region_code, r.year) for r in frame.itertuples()} == expected


def test_panel_wide_is_regions_by_years(panel_db: Corpus) -> None:
    wide = panel_db.panel("gdp", "growth", "target", wide=True)
    assert list(wide.columns) == ["region_code", "region_name", "level", 2016, 2018]
    dalian = wide.set_index("region_code").loc["210200"]
    assert (dalian[2016], dalian[2018]) == (8.0, 7.5)


def test_actual_panel_uses_review_year(panel_db: Corpus) -> None:
    frame = panel_db.panel("gdp", "growth", "actual")
    assert [(r.region_code, r.year, r.value) for r in frame.itertuples()] == [("210200", 2017, 7.1)]


def test_mentions_filters_and_year(panel_db: Corpus) -> None:
    frame = panel_db.mentions(indicator="gdp", status="actual")
    assert frame[["year", "report_year", "value_text"]].values.tolist() == [[2017, 2018, "7.1"]]


# ------------------------------------------------------------------ migrations and bad files


def _set_version(path: Path, version: int) -> None:
    with sqlite3.connect(path) as con:
        con.execute("UPDATE meta SET value = ? WHERE name = 'schema_version'", (str(version),))


def _as_version_1(path: Path) -> None:
    """Turn a fresh database into the version-1 layout (no alias/main on mentions)."""
    with sqlite3.connect(path) as con:
        con.execute("ALTER TABLE mentions DROP COLUMN alias")
        con.execute("ALTER TABLE mentions DROP COLUMN main")
    _set_version(path, 1)


def test_version_1_database_gains_alias_and_main(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    Corpus(path, create=True).close()
    _as_version_1(path)
    with Corpus(path) as c:
        assert c.schema_version() == corpus_module.SCHEMA_VERSION
        columns = {r[1] for r in c.conn.execute("PRAGMA table_info(mentions)")}
        assert {"alias", "main"} <= columns


def test_older_schema_is_upgraded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.db"
    Corpus(path, create=True).close()
    _as_version_1(path)
    with sqlite3.connect(path) as con:
        con.execute("DROP TABLE runs")
        con.execute("DROP INDEX mentions_panel")
    _set_version(path, 0)
    monkeypatch.setitem(
        sqlite_engine.MIGRATIONS,
        0,
        ("CREATE TABLE legacy_notes (note TEXT)", "INSERT INTO legacy_notes VALUES ('moved')"),
    )
    with Corpus(path) as c:
        assert c.schema_version() == corpus_module.SCHEMA_VERSION
        names = {r[0] for r in c.conn.execute("SELECT name FROM sqlite_master")}
        assert {"runs", "mentions_panel", "legacy_notes"} <= names
        assert c.conn.execute("SELECT note FROM legacy_notes").fetchall() == [("moved",)]


def test_failed_upgrade_leaves_the_database_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    Corpus(path, create=True).close()
    _set_version(path, 0)
    monkeypatch.setitem(sqlite_engine.MIGRATIONS, 0, ("CREATE TABLE half_done (x)", "THIS IS NOT SQL"))
    with pytest.raises(GwrError):
        Corpus(path)
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT value FROM meta WHERE name = 'schema_version'").fetchone() == ("0",)
        assert con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone() == (0,)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    Corpus(path, create=True).close()
    _set_version(path, 99)
    with pytest.raises(GwrError, match=r"written by a newer gwr \(schema 99\); upgrade gwr"):
        Corpus(path)


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["text", "bad-header"],
)
def test_not_a_database(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(content)
    with pytest.raises(GwrError, match="not a gwr database or is corrupted") as info:
        Corpus(path)
    assert "\n" not in str(info.value)


def test_corrupted_pages_give_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.db"
    with Corpus(path, create=True) as c:
        c.add([make_doc("一、工作回顾\n" + FILLER * 200, path=f"/d/{i}.txt") for i in range(3)])
        c.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(2 * page, len(data), page):  # keep page 1 (the schema), wreck the rest
        data[start : start + page] = b"\x07" * page
    path.write_bytes(bytes(data))
    with pytest.raises(GwrError, match="corrupted"):
        c = Corpus(path)
        c.documents()
        c.search("发展")


def test_sqlite_file_of_another_program(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE birds (name TEXT)")
    with pytest.raises(GwrError, match="not a gwr database"):
        Corpus(path)


def test_missing_database_for_queries(tmp_path: Path) -> None:
    with pytest.raises(GwrError, match=r"no database at .*run `gwr ingest"):
        Corpus(tmp_path / "absent.db")
    assert not (tmp_path / "absent.db").exists()


def test_locked_database(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    Corpus(path, create=True).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the lock
    try:
        c = Corpus(path, timeout=0.1)
        with pytest.raises(GwrError, match="is locked by another process"):
            c.add([make_doc("一、工作回顾\n" + FILLER)])
        c.close()
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_full_disk_keeps_what_was_written(tmp_path: Path) -> None:
    path = tmp_path / "full.db"
    with Corpus(path, create=True) as c:
        c.add([make_doc("一、工作回顾\n" + FILLER, path="/d/small.txt")])
        pages = c.conn.execute("PRAGMA page_count").fetchone()[0]
        c.conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # what a full disk looks like to SQLite
        with pytest.raises(GwrError, match=r"disk is full.*free some space"):
            c.add([make_doc("一、工作回顾\n" + FILLER * 2000, path="/d/big.txt")])
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT path FROM documents").fetchall() == [("/d/small.txt",)]
