"""compiled: the mypyc build of the hot modules (``scripts/build_compiled.py``, run by ``make setup``)
put in front of their sources, only while it is fresh.

The build lives outside the package, in build/mypyc/ of the checkout, with a manifest recording the
interpreter it was built for and the sha256 of every source it was compiled from (the compiled
modules and the gwr modules they import). The first import of a compiled module compares the
manifest with the sources on disk: when one differs, the sources are imported and one warning line
names the file (once per tree of processes: the CLI's and the workers' stderr stay as they are), so
an edited module is never shadowed by an older build. ``GWR_PURE=1`` always
imports the sources; so does an interpreter other than the one the build was made for.
``import gwr`` only registers the finder: nothing is read until a gwr submodule is imported.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build" / "mypyc"
MANIFEST = "manifest.json"
PURE_ENV = "GWR_PURE"
WARNED_ENV = "GWR_STALE_BUILD"  # set once the warning is printed: the processes this one starts stay quiet


def interpreter() -> str:
    """What a build is bound to: the C API and ABI of this interpreter."""
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    return f"{sys.implementation.cache_tag} {sys.version.split()[0]} {suffix}"


def source_hashes(root: Path, files: Sequence[str]) -> dict[str, str]:
    """sha256 of each file (a path relative to ``root``); "" for one that is missing."""
    import hashlib

    out = {}
    for name in files:
        try:
            out[name] = hashlib.sha256((root / name).read_bytes()).hexdigest()
        except OSError:
            out[name] = ""
    return out


def read_manifest(build: Path) -> dict[str, object] | None:
    import json

    try:
        data = json.loads((build / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def changed_source(manifest: dict[str, object], root: Path) -> str | None:
    """The first source whose content differs from the one the build was compiled from, or None."""
    recorded = manifest.get("sources")
    if not isinstance(recorded, dict):
        return MANIFEST
    now = source_hashes(root, list(recorded))
    return next((name for name, digest in recorded.items() if now[name] != digest), None)


class _Finder(importlib.abc.MetaPathFinder):
    """Finds the compiled modules of a fresh build; leaves every other name (and a stale build) to
    the normal import system."""

    def __init__(self, build: Path, root: Path) -> None:
        self.build = build
        self.root = root
        self.modules: dict[str, str] | None = None  # module name -> its .so under build; {} when unusable

    def _load(self) -> dict[str, str]:
        manifest = read_manifest(self.build)
        if manifest is None or manifest.get("interpreter") != interpreter():
            return {}  # no build, or one for another Python: the sources, silently
        changed = changed_source(manifest, self.root)
        if changed is not None:
            if not os.environ.get(WARNED_ENV):
                sys.stderr.write(
                    f"gwr: {changed} changed since the compiled build ({self.build}): "
                    "running the Python sources (`make setup` rebuilds it)\n"
                )
                os.environ[WARNED_ENV] = changed
            return {}
        modules = manifest.get("modules")
        return {str(k): str(v) for k, v in modules.items()} if isinstance(modules, dict) else {}

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if self.modules is None:
            if not fullname.startswith("gwr."):
                return None
            self.modules = self._load()
        file = self.modules.get(fullname)
        if file is None:
            return None
        location = str(self.build / file)
        loader = importlib.machinery.ExtensionFileLoader(fullname, location)
        return importlib.util.spec_from_file_location(fullname, location, loader=loader)


def install(build: Path = BUILD, root: Path = ROOT) -> None:
    """Put the compiled build (when there is one, it is fresh and GWR_PURE is not set) in front of
    the sources. Called once by ``import gwr``."""
    if os.environ.get(PURE_ENV) or any(isinstance(f, _Finder) for f in sys.meta_path):
        return
    if (build / MANIFEST).exists():
        sys.meta_path.insert(0, _Finder(build, root))


def mode() -> str:
    """``compiled`` when this process runs (or will run) the compiled modules, else ``pure``."""
    spec = importlib.util.find_spec("gwr.numbers")
    loader = spec.loader if spec is not None else None
    return "compiled" if isinstance(loader, importlib.machinery.ExtensionFileLoader) else "pure"
