"""Mutation testing of the core modules, bounded in time: ``make mutate``.

For each target (a module and the tests that read it) mutmut runs in its own
work folder out/mutate/<target>/ (a copy of gwr/, tests/ and examples/ with a
[tool.mutmut] section of its own), for at most ``--seconds`` of wall-clock time
on ``--children`` processes. Results are kept there, so the next run goes on
with the mutants not yet checked and re-checks only functions that changed.
At the end it prints, per target, the counts (killed, survived, no tests,
timeout, not checked) and every surviving mutant with its diff.

Functions whose result is cached (``functools.cache``) or that are called only
at import time, or only by such functions, are not mutated: mutmut forks its
workers from a process that has already run the tests, so their mutants would
never run and would all look like survivors.

    python scripts/mutate.py                     # the default targets
    python scripts/mutate.py numbers dedup --seconds 900
    python scripts/mutate.py --list
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "out" / "mutate"
MUTMUT = Path(sys.executable).with_name("mutmut")

# target -> (module, the tests that exercise it). A test file that does not exist is left out.
TARGETS: dict[str, tuple[str, tuple[str, ...]]] = {
    "numbers": (
        "gwr/numbers.py",
        ("tests/test_numbers.py", "tests/test_faults_numbers.py", "tests/test_numbers_mutants.py"),
    ),
    "dedup": (
        "gwr/store/dedup.py",
        (
            "tests/test_faults_dedup.py",
            "tests/test_faults.py",
            "tests/test_store.py",
            "tests/test_hardening_mutants.py",
        ),
    ),
    "years": (
        "gwr/meta/years.py",
        (
            "tests/test_faults.py",
            "tests/test_hard_cases.py",
            "tests/test_meta_regions.py",
            "tests/test_golden.py",
        ),
    ),
    "rows": (
        "gwr/store/rows.py",
        ("tests/test_store.py", "tests/test_store_fields.py", "tests/test_panel.py"),
    ),
    "clean": ("gwr/clean.py", ("tests/test_ingest.py", "tests/test_clean_hostile.py")),
    "build": ("gwr/indicators/build.py", ("tests/test_indicator_phrases.py", "tests/test_faults.py")),
    "figures": ("gwr/indicators/figures.py", ("tests/test_indicator_phrases.py", "tests/test_faults.py")),
    "when": ("gwr/indicators/when.py", ("tests/test_indicator_phrases.py", "tests/test_faults.py")),
    "enumerations": (
        "gwr/indicators/enumerations.py",
        ("tests/test_enumerations.py", "tests/test_indicator_phrases.py", "tests/test_faults.py"),
    ),
    "region": (
        "gwr/meta/region.py",
        ("tests/test_faults.py", "tests/test_meta_regions.py", "tests/test_golden.py"),
    ),
}
DEFAULT = ("numbers", "dedup", "years")
_STATUS = re.compile(r"^\s*(?P<name>\S+): (?P<status>.+?)\s*$")


def _cached(node: ast.FunctionDef) -> bool:
    for d in node.decorator_list:
        target = d.func if isinstance(d, ast.Call) else d
        name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
        if name in ("cache", "lru_cache", "cached_property"):
            return True
    return False


def frozen_functions(source: str) -> set[str]:
    """Top-level functions whose mutants cannot be seen in a forked worker: cached ones, those
    called at import time, and those called only from these (transitively)."""
    tree = ast.parse(source)
    funcs = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}

    def calls(node: ast.AST) -> set[str]:
        return {
            c.func.id
            for c in ast.walk(node)
            if isinstance(c, ast.Call) and isinstance(c.func, ast.Name) and c.func.id in funcs
        }

    frozen = {name for name, f in funcs.items() if _cached(f)}
    for stmt in tree.body:
        if not isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            frozen |= calls(stmt)  # module level: runs at import
    callers: dict[str, set[str]] = {name: set() for name in funcs}
    for name, f in funcs.items():
        for callee in calls(f):
            if callee != name:
                callers[callee].add(name)
    for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
        for callee in calls(cls):
            callers[callee].add(f"<class {cls.name}>")
    changed = True
    while changed:
        changed = False
        for name, who in callers.items():
            if name not in frozen and who and who <= frozen:
                frozen.add(name)
                changed = True
    return frozen


def _config(module: str, tests: list[str]) -> str:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    text = re.sub(r"(?ms)^\[tool\.mutmut\].*?(?=^\[|\Z)", "", text)  # this target's section only

    def toml_list(items: list[str]) -> str:
        return "[" + ", ".join(f'"{x}"' for x in items) + "]"

    return (
        text.rstrip()
        + "\n\n[tool.mutmut]\n"
        + 'source_paths = ["gwr"]\n'
        + f"only_mutate = {toml_list([module])}\n"
        + f"pytest_add_cli_args_test_selection = {toml_list(tests)}\n"
        + 'pytest_add_cli_args = ["-q", "-x", "-p", "no:cacheprovider", "-p", "no:randomly"]\n'
        + 'also_copy = ["examples", "tests"]\n'
    )


def _prepare(name: str) -> tuple[Path, str, list[str], set[str]]:
    module, wanted = TARGETS[name]
    tests = [t for t in wanted if (ROOT / t).exists()]
    frozen = frozen_functions((ROOT / module).read_text(encoding="utf-8"))
    work = WORK / name
    work.mkdir(parents=True, exist_ok=True)
    for folder in ("gwr", "tests", "examples"):
        shutil.rmtree(work / folder, ignore_errors=True)
        shutil.copytree(ROOT / folder, work / folder, ignore=shutil.ignore_patterns("__pycache__", "*.db"))
    (work / "pyproject.toml").write_text(_config(module, tests), encoding="utf-8")
    _sync_mutants(work, module)
    _recheck_survivors(work, module)
    return work, module, tests, frozen


def _recheck_survivors(work: Path, module: str) -> None:
    """mutmut keeps a result for every mutant of a function that did not change, so a test
    added since the last run would never be tried on the survivors: mark them not checked.
    (A killed mutant stays killed: only removing or weakening a test could revive it.)"""
    # which tests reach which function is collected again by whole files: mutmut's own update
    # for new tests selects them by node id and failed on some of ours
    (work / "mutants" / "mutmut-stats.json").unlink(missing_ok=True)
    meta = work / "mutants" / (module + ".meta")
    if not meta.is_file():
        return
    data = json.loads(meta.read_text(encoding="utf-8"))
    codes = data.get("exit_code_by_key", {})
    survived = [key for key, code in codes.items() if code == 0]
    for key in survived:
        codes[key] = None
    meta.write_text(json.dumps(data), encoding="utf-8")


def _sync_mutants(work: Path, module: str) -> None:
    """mutmut keeps its copy of the tree in mutants/ from the last run and regenerates only
    the mutated module: bring every other file (data, other modules, tests) up to date."""
    mutants = work / "mutants"
    if not mutants.is_dir():
        return
    for folder in ("tests", "examples"):
        shutil.rmtree(mutants / folder, ignore_errors=True)
        shutil.copytree(work / folder, mutants / folder)
    for src in (work / "gwr").rglob("*"):
        rel = src.relative_to(work)
        if src.is_file() and rel.as_posix() != module:
            (mutants / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, mutants / rel)


def _mutant_names(module: str, frozen: set[str], only: list[str]) -> list[str]:
    """fnmatch patterns of the mutants to run: every function of the module but the frozen
    ones (or those named in ``only``)."""
    tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
    dotted = module.removesuffix(".py").replace("/", ".")
    funcs = [n.name for n in tree.body if isinstance(n, ast.FunctionDef) and n.name not in frozen]
    if only:
        return [f"{dotted}.x_{f}__mutmut_*" for f in funcs if f in only]
    names = [f"{dotted}.x_{f}__mutmut_*" for f in funcs]
    if any(isinstance(n, ast.ClassDef) for n in tree.body):
        names.append(f"{dotted}.xǁ*")  # methods
    return names


def run(name: str, seconds: float, children: int, show: int, only: list[str]) -> Counter[str]:
    work, module, tests, frozen = _prepare(name)
    print(
        f"== {name}: {module} against {', '.join(tests)} ({seconds:.0f} s, {children} processes)", flush=True
    )
    if frozen:
        print(f"   not mutated (cached or import-time): {', '.join(sorted(frozen))}", flush=True)
    # GWR_PURE: the mutants are edits of the Python sources, never shadowed by the compiled build
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "GWR_PURE": "1"}
    log = (work / "run.log").open("w", encoding="utf-8")
    started = time.monotonic()
    proc = subprocess.Popen(
        [str(MUTMUT), "run", "--max-children", str(children), *_mutant_names(module, frozen, only)],
        cwd=work, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True,
    )  # fmt: skip
    try:
        proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        print("   stopped at the time budget; `make mutate` again goes on from here", flush=True)
    finally:
        if proc.poll() is None:  # interrupted: leave no worker behind
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()
    elapsed = time.monotonic() - started
    out = subprocess.run(
        [str(MUTMUT), "results", "--all", "true"],
        cwd=work,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    ).stdout
    dotted = module.removesuffix(".py").replace("/", ".") + "."
    statuses = {
        m["name"]: m["status"]
        for m in map(_STATUS.match, out.splitlines())
        if m and m["name"].startswith(dotted) and _function(m["name"]) not in frozen
        and (not only or _function(m["name"]) in only)
    }  # fmt: skip
    counts = Counter(statuses.values())
    checked = sum(n for s, n in counts.items() if s != "not checked")
    print(
        f"   {elapsed:.0f} s; {len(statuses)} mutants: "
        + ", ".join(f"{s} {n}" for s, n in sorted(counts.items()))
        + (f"; {counts['killed'] / checked:.1%} of the checked killed" if checked else ""),
        flush=True,
    )
    survivors = [n for n, s in statuses.items() if s == "survived"]
    for n in survivors[:show]:
        diff = subprocess.run(
            [str(MUTMUT), "show", n], cwd=work, capture_output=True, text=True, env=env, check=False
        ).stdout
        lines = [
            ln for ln in diff.splitlines() if ln.startswith(("-", "+")) and not ln.startswith(("---", "+++"))
        ]
        print(f"   survived {n}")
        for ln in lines:
            print(f"      {ln}")
    if len(survivors) > show:
        print(f"   … {len(survivors) - show} more survivors: `cd {work.relative_to(ROOT)} && mutmut results`")
    return counts


def _function(mutant: str) -> str:
    tail = mutant.rsplit(".", 1)[-1]
    return tail.removeprefix("x_").split("__mutmut_")[0]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("targets", nargs="*", help=f"targets (default: {' '.join(DEFAULT)}; 'all' for every one)")
    ap.add_argument("--seconds", type=float, default=300, help="wall-clock budget per target (default 300)")
    ap.add_argument("--children", type=int, default=2, help="mutmut worker processes (default 2)")
    ap.add_argument("--show", type=int, default=60, help="survivors shown with their diff per target")
    ap.add_argument("--only", nargs="+", default=[], metavar="FUNCTION", help="mutate these functions only")
    ap.add_argument("--list", action="store_true", help="list the targets and exit")
    args = ap.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so a killed run stops its mutmut too
    if args.list:
        for name, (module, tests) in TARGETS.items():
            print(f"{name:8} {module:26} {' '.join(tests)}")
        return 0
    if not MUTMUT.exists():
        print(f"mutmut not found next to {sys.executable}: pip install -e '.[mutate]'", file=sys.stderr)
        return 2
    names = list(TARGETS) if args.targets == ["all"] else args.targets or list(DEFAULT)
    unknown = [n for n in names if n not in TARGETS]
    if unknown:
        print(f"unknown target(s) {', '.join(unknown)}; known: {', '.join(TARGETS)}", file=sys.stderr)
        return 2
    total: Counter[str] = Counter()
    for name in names:
        total += run(name, args.seconds, args.children, args.show, args.only)
    print("all targets: " + ", ".join(f"{s} {n}" for s, n in sorted(total.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
