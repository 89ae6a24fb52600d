"""Figures: the file is written, non-empty, of the size asked; Chinese labels have a font."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gwr.cli import app
from gwr.store.corpus import Corpus
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("plot") / "examples.db"
    with Corpus(path, create=True) as c:
        c.ingest([EXAMPLES])
    return path


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


PLOTS = [
    pytest.param(["panel", "--indicator", "gdp", "--region", "大连"], id="panel"),
    pytest.param(["panel", "--indicator", "地区生产总值"], id="panel-all-regions"),
    pytest.param(["attention", "--topic", "innovation", "--topic", "education"], id="attention"),
    pytest.param(["attention"], id="attention-top"),
    pytest.param(["scorecard"], id="scorecard"),
]


@pytest.mark.parametrize("args", PLOTS)
def test_png_of_the_size_asked(db: Path, tmp_path: Path, args: list[str]) -> None:
    out = tmp_path / "f.png"
    result = CliRunner().invoke(
        app, ["plot", *args, "--width", "8", "--height", "4", "--out", str(out), "--db", str(db)]
    )
    assert result.exit_code == 0, result.output
    assert png_size(out) == (1200, 600)  # 8 x 4 inches at 150 dpi
    assert out.stat().st_size > 10_000
    assert [p.name for p in tmp_path.iterdir()] == ["f.png"]  # no temporary file left


def test_svg(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "f.svg"
    result = CliRunner().invoke(app, ["plot", "panel", "--indicator", "gdp", "--out", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "</svg>" in text
    width = re.search(r'<svg[^>]*width="([\d.]+)pt"', text)
    assert width is not None and float(width.group(1)) == 9 * 72  # the default 9 inches


ERRORS = [
    pytest.param(["panel", "--indicator", "gpd", "--out", "x.png"], 2, "gwr: unknown indicator 'gpd'", id="name"),
    pytest.param(["panel", "--indicator", "gdp", "--out", "x.pdf"], 2, "gwr: --out x.pdf: a figure is written as .png or .svg", id="suffix"),
    pytest.param(["panel", "--indicator", "gdp", "--region", "北京", "--out", "x.png"], 1,
                 "gwr: no gdp growth figure for these regions and years: nothing to draw", id="nothing"),
    pytest.param(["attention", "--topic", "inovation", "--out", "x.png"], 2, "gwr: unknown topic 'inovation'", id="topic"),
]


@pytest.mark.parametrize("args,code,message", ERRORS)
def test_plot_errors(db: Path, tmp_path: Path, args: list[str], code: int, message: str) -> None:
    result = CliRunner().invoke(app, ["plot", *args, "--db", str(db)])
    assert result.exit_code == code
    assert result.stderr.splitlines()[-1].startswith(message), result.stderr


def test_chinese_font_is_found() -> None:
    from gwr.plot import cjk_font

    if not any(Path(d).is_dir() for d in ("/usr/share/fonts/opentype/noto", "/usr/share/fonts/truetype/noto")):
        pytest.skip("no Noto fonts installed (make setup installs Debian's fonts-noto-cjk)")
    assert cjk_font() is not None
