"""gwr.compiled: the mypyc build (scripts/build_compiled.py) is used only while it is fresh; an
edited source always wins over an older build, with one warning line; GWR_PURE=1 runs the sources."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gwr import compiled
from tests.conftest import CORPUS, EXAMPLES

ROOT = Path(__file__).resolve().parents[1]
SOURCE = "gwr/numbers.py"
FAILED = compiled.BUILD.with_name("mypyc.failed")


def _fake_build(tmp_path: Path, digest: str, interpreter: str | None = None) -> Path:
    build = tmp_path / "build"
    build.mkdir()
    manifest = {
        "interpreter": interpreter or compiled.interpreter(),
        "sources": {SOURCE: digest},
        "modules": {"gwr.numbers": "lib/gwr/numbers.so"},
    }
    (build / compiled.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    return build


def _digest() -> str:
    return hashlib.sha256((ROOT / SOURCE).read_bytes()).hexdigest()


def test_a_fresh_build_is_put_in_front_of_its_sources(tmp_path: Path) -> None:
    build = _fake_build(tmp_path, _digest())
    spec = compiled._Finder(build, ROOT).find_spec("gwr.numbers", None)
    assert spec is not None and spec.origin == str(build / "lib/gwr/numbers.so")
    assert compiled._Finder(build, ROOT).find_spec("gwr.types", None) is None  # not compiled


def test_an_edited_source_wins_over_the_build_with_one_warning_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(compiled.WARNED_ENV, raising=False)
    build = _fake_build(tmp_path, "0" * 64)
    finder = compiled._Finder(build, ROOT)
    assert finder.find_spec("gwr.numbers", None) is None
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{SOURCE} changed since the compiled build" in err
    assert finder.find_spec("gwr.numbers", None) is None and capsys.readouterr().err == ""  # once
    assert os.environ[compiled.WARNED_ENV] == SOURCE
    # a process this one starts (a CLI run, a worker) says it no more
    assert compiled._Finder(build, ROOT).find_spec("gwr.numbers", None) is None
    assert capsys.readouterr().err == ""


def test_a_build_for_another_interpreter_is_left_alone_silently(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build = _fake_build(tmp_path, _digest(), interpreter="cpython-99 9.9.9 .so")
    assert compiled._Finder(build, ROOT).find_spec("gwr.numbers", None) is None
    assert capsys.readouterr().err == ""


def _mode(cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """``gwr.compiled.mode()`` and where gwr.indicators.when came from, in a fresh interpreter that
    imports gwr from ``cwd``."""
    code = "import gwr.compiled, gwr.indicators.when as w; print(gwr.compiled.mode(), w.__file__)"
    environ = {k: v for k, v in os.environ.items() if k not in (compiled.PURE_ENV, compiled.WARNED_ENV)}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=cwd,
        env={**environ, "PYTHONPATH": str(cwd), **env},
        capture_output=True,
        text=True,
        check=True,
    )


needs_build = pytest.mark.skipif(
    compiled.read_manifest(compiled.BUILD) is None, reason="no compiled build (make setup makes one)"
)


@needs_build
def test_the_suite_runs_the_compiled_build_when_it_is_fresh() -> None:
    fresh = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_compiled.py"), "--check"])
    if fresh.returncode != 0 or os.environ.get(compiled.PURE_ENV):
        pytest.skip("the build is stale or GWR_PURE is set: the suite runs the sources")
    assert compiled.mode() == "compiled"


@needs_build
def test_a_copy_runs_compiled_until_a_module_is_edited_then_its_source(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "gwr", tmp_path / "gwr", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(compiled.BUILD, tmp_path / "build" / "mypyc")
    fresh = _mode(tmp_path)
    if not fresh.stdout.startswith("compiled"):
        pytest.skip(f"the build is stale: {fresh.stderr.strip()}")
    assert str(tmp_path / "build" / "mypyc") in fresh.stdout and fresh.stderr == ""
    assert _mode(tmp_path, GWR_PURE="1").stdout.split() == ["pure", str(tmp_path / "gwr/indicators/when.py")]
    when = tmp_path / "gwr" / "indicators" / "when.py"
    when.write_text(when.read_text(encoding="utf-8") + "\nEDITED = True\n", encoding="utf-8")
    edited = _mode(tmp_path)
    assert edited.stdout.split() == ["pure", str(when)]
    assert edited.stderr.splitlines() == [
        f"gwr: gwr/indicators/when.py changed since the compiled build ({tmp_path / 'build' / 'mypyc'}): "
        "running the Python sources (`make setup` rebuilds it)"
    ]


def test_mypyc_compiles_the_sources_as_they_are() -> None:
    """A build that mypyc refused (scripts/build_compiled.py left build/mypyc.failed) for the sources
    as they are now: make setup went on in pure Python, this says why."""
    if not FAILED.exists():
        pytest.skip("no failed build recorded")
    failed = json.loads(FAILED.read_text(encoding="utf-8"))
    if compiled.changed_source(failed, ROOT) is not None:
        pytest.skip("the sources changed since the failed build (make setup tries again)")
    pytest.fail("mypyc rejects the sources (make setup ran pure Python):\n" + "\n".join(failed["log"]))


def _extract(paths: list[Path], **env: str) -> str:
    environ = {k: v for k, v in os.environ.items() if k not in (compiled.PURE_ENV, compiled.WARNED_ENV)}
    code = (
        "import sys, gwr.compiled\n"
        "from gwr.pipeline import iter_extract\n"
        "from gwr.record import to_json\n"
        "print(gwr.compiled.mode())\n"
        "for item in iter_extract(sys.argv[1:]):\n"
        "    print(to_json(item))\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, *map(str, paths)],
        cwd=ROOT,
        env={**environ, **env},
        capture_output=True,
        text=True,
        check=True,
    ).stdout


@needs_build
def test_the_build_gives_the_output_of_the_sources() -> None:
    """The examples and three folders of the corpus (provinces 2025, 2026, a county's reports),
    extracted compiled and pure: the same JSON, document by document."""
    paths = [EXAMPLES] + [
        CORPUS / "raw" / name
        for name in ("prov2025", "prov2026", "hebei_baoding_gaoyang")
        if (CORPUS / "raw" / name).is_dir()
    ]
    built = _extract(paths).splitlines()
    if built[0] != "compiled":
        pytest.skip("the build is stale: nothing to compare")
    pure = _extract(paths, GWR_PURE="1").splitlines()
    assert pure[0] == "pure" and len(built) == len(pure) > 5
    for got, want in zip(built[1:], pure[1:], strict=True):
        assert got == want
