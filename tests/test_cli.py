"""The gwr command on good and bad input: one line per failed input, the batch
goes on, the exit status is non-zero only when nothing could be read, nothing
is written but --out, and no traceback reaches the user."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"


def gwr(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gwr.cli", *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(EXAMPLES / "002_93b6e1f04503de54.txt", folder / "report.txt")
    for name in ("empty.txt", "junk.bin", "scanned.pdf", "bomb.zip", "broken.zip", "unknown.xyz"):
        shutil.copy(FIXTURES / name, folder / name)
    (folder / "nested.html").write_text("<div>" * 20000 + "各位代表" + "</div>" * 20000, encoding="utf-8")
    (tmp_path / "outside.txt").write_text("outside", encoding="utf-8")
    (folder / "link.txt").symlink_to(tmp_path / "outside.txt")
    return folder


def test_batch_goes_on_and_errors_are_one_line(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    before = sorted(p.name for p in tmp_path.iterdir())
    result = gwr("extract", str(mixed), "--json", "--out", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) >= 5  # empty, junk, scanned, bomb, broken, link
    assert any("OCR" in e for e in errors)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    good = [r for r in records if "error" not in r]
    assert any(r["meta"]["region_code"] == "211000" for r in good)
    assert all(set(r["error"]) == {"code", "message"} for r in records if "error" in r)
    after = sorted(p.name for p in tmp_path.iterdir())
    assert set(after) - set(before) == {"out.jsonl"}  # nothing else written, no .tmp left


def test_nothing_readable_exits_non_zero(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "empty.txt", tmp_path / "empty.txt")
    result = gwr("extract", str(tmp_path / "empty.txt"), cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "0 document(s) read, 1 failed" in result.stderr


def test_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    result = gwr("extract", str(tmp_path / "nope.txt"), cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "nope.txt" in result.stderr


def test_out_folder_must_exist(tmp_path: Path) -> None:
    result = gwr("extract", str(EXAMPLES / "002_93b6e1f04503de54.txt"), "--out", str(tmp_path / "no" / "x.jsonl"),
                 cwd=tmp_path)
    assert result.returncode == 2
    assert "does not exist" in result.stderr


def test_summary_escapes_report_text(tmp_path: Path) -> None:
    hostile = "各位代表：\n一、2017年工作回顾\n[bold red]注入[/bold red] <script>alert(1)</script>\n二、2018年工作安排\n"
    path = tmp_path / "hostile.txt"
    path.write_text("标题：[red]x[/red]2018年测试市政府工作报告\n" + hostile, encoding="utf-8")
    result = gwr("extract", str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_help_lists_commands(tmp_path: Path) -> None:
    result = gwr("--help", cwd=tmp_path)
    assert result.returncode == 0
    assert "extract" in result.stdout and "panel" in result.stdout


def test_huge_single_file_is_refused_without_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # a sparse 200 MB file: refused from its size, never read
        fh.truncate(200 * 2**20)
    result = gwr("extract", str(big), str(EXAMPLES / "002_93b6e1f04503de54.txt"), "--json", cwd=tmp_path)
    assert result.returncode == 0
    assert "over the limit of 32 MiB for one document (Budget.bytes)" in result.stderr
    assert "1 document(s) read, 1 failed" in result.stderr


# Every error is one line on stderr: exit 2 for a usage problem, 1 for a failure; no box, no traceback.
ERRORS = [
    pytest.param(["panel", "--bogus"], 2, "gwr panel: No such option: --bogus", id="unknown-option"),
    pytest.param(["pane"], 2, "gwr: No such command 'pane'. Did you mean 'panel'?", id="unknown-command"),
    pytest.param(["panel"], 2, "gwr panel: Missing option '--indicator'", id="missing-option"),
    pytest.param(["search", "x", "--limit", "0"], 2, "gwr search: Invalid value for '--limit'", id="bad-number"),
    pytest.param(["panel", "--indicator", "gdp", "--year", "20x", "--db", "NONE"], 2,
                 "gwr: --year '20x': give a year (2018) or a range (2015-2020)", id="bad-year-before-db"),
    pytest.param(["status", "--db", "NONE"], 1, "gwr: no database at", id="no-database"),
]


@pytest.mark.parametrize("args,code,first", ERRORS)
def test_errors_are_one_line_with_exit_code(tmp_path: Path, args: list[str], code: int, first: str) -> None:
    args = [str(tmp_path / "none.db") if a == "NONE" else a for a in args]
    result = gwr(*args, cwd=tmp_path)
    assert result.returncode == code
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(first), lines[0]
    assert not (tmp_path / "none.db").exists()  # a failed command creates no database
