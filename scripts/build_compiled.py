"""Compile the hot pure-Python modules with mypyc into build/mypyc/ (``make setup`` runs this).

gwr.compiled puts the build in front of the sources only while every source it was compiled from
is unchanged (sha256 recorded in build/mypyc/manifest.json); GWR_PURE=1 runs the sources. Without a
C compiler, the Python headers or mypyc, or when mypyc rejects a module, this prints one warning
line and exits 0: gwr then runs as pure Python. The build is made beside build/mypyc and moved in
place when complete, so a running import never sees half of it; two builds of one checkout take
turns (build/mypyc.lock).

    python scripts/build_compiled.py            # build when missing or stale
    python scripts/build_compiled.py --force    # build again
    python scripts/build_compiled.py --check    # exit 1 unless the build is fresh
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import json
import shutil
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gwr.compiled import BUILD, MANIFEST, changed_source, interpreter, read_manifest, source_hashes  # noqa: E402

# the stages' pure-Python code: the indicators (most of the pipeline's time), numbers, clean, the
# outline's titles and the metadata readers. Not web, store, cli (I/O bound), not the package
# __init__ modules (kept as plain packages), not gwr/meta/vote.py (mypyc 1.x cannot compile a
# dataclass field typed ``object`` under ``from __future__ import annotations``).
MODULES = (
    "gwr/clean.py", "gwr/cues.py", "gwr/numbers.py",
    "gwr/indicators/build.py", "gwr/indicators/context.py", "gwr/indicators/enumerations.py",
    "gwr/indicators/extract.py", "gwr/indicators/figures.py", "gwr/indicators/labels.py",
    "gwr/indicators/measure.py", "gwr/indicators/parts.py", "gwr/indicators/passage.py",
    "gwr/indicators/phrase.py", "gwr/indicators/scope.py", "gwr/indicators/subject.py",
    "gwr/indicators/when.py",
    "gwr/meta/head.py", "gwr/meta/kind.py", "gwr/meta/region.py", "gwr/meta/years.py",
    "gwr/outline/roles.py",
)  # fmt: skip
LOG = BUILD.with_name("mypyc.log")
# written when mypyc rejects the sources (their hashes and the log's end), removed by a good build:
# tests/test_compiled.py fails on it while those sources are unchanged
FAILED = BUILD.with_name("mypyc.failed")


def module_file(name: str) -> str | None:
    """The source of a gwr module, relative to the checkout (None outside gwr)."""
    if name != "gwr" and not name.startswith("gwr."):
        return None
    base = ROOT / name.replace(".", "/")
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.exists():
            return path.relative_to(ROOT).as_posix()
    return None


def imported(file: str) -> set[str]:
    """The modules a source imports at module level (``from gwr import numbers`` names gwr.numbers;
    imports inside functions are left out: they load lazily and mypyc compiles no assumption about
    what they return beyond a type it checks at run time)."""
    names: set[str] = set()
    todo: list[ast.AST] = [ast.parse((ROOT / file).read_text(encoding="utf-8"))]
    while todo:
        for node in ast.iter_child_nodes(todo.pop()):
            if isinstance(node, ast.Import):
                names.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                for a in node.names:
                    sub = f"{node.module}.{a.name}"
                    names.add(sub if module_file(sub) else node.module)
            elif not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                todo.append(node)  # if TYPE_CHECKING:, try: at module level
    return names


def sources() -> list[str]:
    """The compiled modules and every gwr module they import at module level, transitively: what the
    C code of the build was derived from (mypyc compiles against the types of the modules it imports)."""
    seen, todo = set(MODULES), list(MODULES)
    while todo:
        for name in imported(todo.pop()):
            file = module_file(name)
            if file is not None and file not in seen:
                seen.add(file)
                todo.append(file)
    return sorted(seen)


def missing_tool() -> str | None:
    """Why this machine cannot compile, or None."""
    try:
        import mypyc  # noqa: F401
    except ImportError:
        return "mypyc is not installed (pip install mypy)"
    cc = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(cc) is None:
        return f"no C compiler ({cc})"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").exists():
        return "no Python headers (Python.h; Debian: apt-get install python3-dev)"
    return None


def compile_into(out: Path) -> None:
    """Run in a child process: mypyc's C files and the extensions under ``out``."""
    from mypyc.build import mypycify
    from setuptools import Distribution

    extensions = mypycify(list(MODULES), opt_level="3", target_dir=str(out / "c"))
    dist = Distribution({"name": "gwr-compiled", "ext_modules": extensions})
    build_ext = dist.get_command_obj("build_ext")
    build_ext.build_lib = str(out / "lib")
    build_ext.build_temp = str(out / "temp")
    build_ext.parallel = 2
    dist.run_command("build_ext")


def build() -> str:
    """Build into a temporary folder, then move it to BUILD. Returns what happened, in one line."""
    files = sources()
    before = source_hashes(ROOT, files)
    tmp = BUILD.with_name("mypyc.new")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    started = time.perf_counter()
    with open(LOG, "w", encoding="utf-8") as log:
        done = subprocess.run(
            [sys.executable, __file__, "--compile-into", str(tmp)], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT
        )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        shutil.rmtree(tmp, ignore_errors=True)
        tail = LOG.read_text(encoding="utf-8", errors="replace").splitlines()[-30:]
        FAILED.write_text(json.dumps({"sources": before, "log": tail}, indent=1) + "\n", encoding="utf-8")
        return f"warning: mypyc could not compile gwr ({LOG.relative_to(ROOT)} says why): gwr runs as pure Python"
    if source_hashes(ROOT, files) != before:
        shutil.rmtree(tmp, ignore_errors=True)
        return "warning: sources changed during the build: none kept, gwr runs as pure Python (build again)"
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    lib = tmp / "lib"
    modules = {
        p.relative_to(lib).as_posix()[: -len(suffix)].replace("/", "."): p.relative_to(tmp).as_posix()
        for p in lib.rglob(f"*{suffix}")
    }
    shutil.rmtree(tmp / "c")
    shutil.rmtree(tmp / "temp")
    manifest = {"interpreter": interpreter(), "sources": before, "modules": dict(sorted(modules.items()))}
    (tmp / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    old = BUILD.with_name("mypyc.old")
    shutil.rmtree(old, ignore_errors=True)
    if BUILD.exists():
        BUILD.rename(old)
    tmp.rename(BUILD)
    shutil.rmtree(old, ignore_errors=True)
    FAILED.unlink(missing_ok=True)
    return f"compiled {len(MODULES)} modules with mypyc into {BUILD.relative_to(ROOT)} in {seconds:.0f} s"


def fresh() -> bool:
    manifest = read_manifest(BUILD)
    return (
        manifest is not None
        and manifest.get("interpreter") == interpreter()
        and sorted(manifest.get("sources") or ()) == sources()  # type: ignore[call-overload]
        and changed_source(manifest, ROOT) is None
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--force", action="store_true", help="build even when the build is fresh")
    parser.add_argument("--check", action="store_true", help="exit 1 unless the build is fresh")
    parser.add_argument("--compile-into", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.compile_into:
        compile_into(args.compile_into)
        return
    if args.check:
        sys.exit(0 if fresh() else 1)
    BUILD.parent.mkdir(parents=True, exist_ok=True)
    with open(BUILD.with_name("mypyc.lock"), "w") as lock:
        with contextlib.suppress(ImportError):  # another build of this checkout: wait for it
            import fcntl

            fcntl.flock(lock, fcntl.LOCK_EX)
        if not args.force and fresh():
            print(f"compiled modules up to date ({BUILD.relative_to(ROOT)})")
            return
        why = missing_tool()
        if why is not None:
            print(f"warning: cannot compile gwr with mypyc: {why}: gwr runs as pure Python")
            return
        print(build())


if __name__ == "__main__":
    main()
