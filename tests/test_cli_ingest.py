"""What is a report at ingest: README, code, config and manifests beside reports are passed
over with a counted notice; --include/--exclude globs; a missing path writes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gwr.cli import app
from gwr.ingest.select import Selection, not_a_report
from gwr.store.corpus import Corpus
from tests.conftest import EXAMPLES

REPORTS = sorted(p.name for p in EXAMPLES.iterdir() if p.suffix == ".txt")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "reports"
    root.mkdir()
    for name in REPORTS[:2]:
        shutil.copy(EXAMPLES / name, root / name)
    # Files a folder of reports often holds; the README quotes a report so it would be read as one.
    (root / "README.md").write_text(
        "# 大连市2018年政府工作报告\n\n各位代表：全市地区生产总值增长7%左右。\n" * 20, encoding="utf-8"
    )
    (root / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    (root / "MANIFEST.tsv").write_text("file\tregion\n" + "a.txt\t大连市\n" * 5, encoding="utf-8")
    (root / "scrape.py").write_text("print('大连市政府工作报告')\n", encoding="utf-8")
    return root


def _stored(db: Path) -> list[str]:
    with Corpus(db) as c:
        return sorted(Path(p).name for p in c.documents(include_duplicates=True)["path"])


def test_only_reports_are_ingested(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert _stored(db) == REPORTS[:2]
    assert "2 added, 0 updated, 0 skipped, 0 failed" in result.stderr
    assert "4 file(s) in the folders not read as reports (MANIFEST.tsv, README.md, pyproject.toml, scrape.py)" in (
        result.stderr
    )


def test_include_reads_what_the_rule_skips(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db), "--include", "*.md"])
    assert result.exit_code == 0, result.output
    assert _stored(db) == ["README.md"]


def test_exclude_skips_matching_reports(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db), "--exclude", REPORTS[0]])
    assert result.exit_code == 0, result.output
    assert _stored(db) == [REPORTS[1]]
    assert "5 file(s)" in result.stderr


def test_a_file_named_on_the_command_line_is_read(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    result = CliRunner().invoke(app, ["ingest", str(folder / "README.md"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert _stored(db) == ["README.md"]


def test_a_missing_path_creates_no_database(tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "nonexistent"), "--db", str(db)])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [f"gwr: {tmp_path / 'nonexistent'}: no such file or folder; nothing was written"]
    assert not db.exists()


NAMES = [  # (file name, skipped?)
    ("README.md", True),
    ("readme.txt", True),
    ("README", True),
    ("LICENSE", True),
    ("MANIFEST.tsv", True),
    ("pyproject.toml", True),
    ("package.json", True),
    ("build.py", True),
    ("config.yaml", True),
    ("notes.md", True),
    ("analysis.ipynb", True),
    ("national_2019.txt", False),
    ("大连市2018年政府工作报告.docx", False),
    ("reports.zip", False),
    ("prov2026.csv", False),
    ("wikisource.jsonl", False),
    ("report.html", False),
    ("report.pdf", False),
]


@pytest.mark.parametrize("name,skipped", NAMES, ids=[n for n, _ in NAMES])
def test_default_rule(name: str, skipped: bool) -> None:
    assert (not_a_report(name) is not None) == skipped


GLOBS = [  # (include, exclude, relative path, read?)
    ((), ("drafts/*",), "drafts/a.txt", False),
    ((), ("drafts/*",), "final/a.txt", True),
    ((), ("**/old/*",), "x/old/a.txt", False),
    (("*.md",), (), "README.md", True),
    (("*.md",), (), "a.txt", False),
    (("*.txt",), ("b*",), "b.txt", False),
]


@pytest.mark.parametrize("include,exclude,rel,read", GLOBS, ids=[f"{g[0]}{g[1]}{g[2]}" for g in GLOBS])
def test_globs(tmp_path: Path, include: tuple[str, ...], exclude: tuple[str, ...], rel: str, read: bool) -> None:
    why = Selection(include, exclude).why_skipped(tmp_path / rel, tmp_path)
    assert (why is None) == read, why


def test_paths_are_stored_normalised(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    odd = folder / ".." / folder.name / "." / REPORTS[0]
    result = CliRunner().invoke(app, ["ingest", str(odd), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with Corpus(db) as c:
        assert c.documents()["path"].tolist() == [str(folder / REPORTS[0])]


def test_a_failure_names_its_file_once(tmp_path: Path) -> None:
    table = tmp_path / "figures.csv"
    table.write_text("year,value\n" + "2018,7\n" * 20, encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(table), "--db", str(tmp_path / "c.db")])
    line = next(x for x in result.stderr.splitlines() if "failed " in x and "no_text_column" in x)
    assert line.count("figures.csv") == 1, line
