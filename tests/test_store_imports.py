"""Imports run one way: no circle among the modules of the whole package gwr (the store
included), counting every import the code names (at module level, inside functions and under
TYPE_CHECKING), read from the source with ``ast``; and ``Corpus(db)`` still opens the engine
``db`` names."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import gwr
from gwr.store import Corpus, PostgresCorpus, SqliteCorpus
from gwr.store.corpus import scheme
from gwr.types import GwrError

PACKAGE = Path(gwr.__file__).parent
STORE = PACKAGE / "store"


def module_name(path: Path, top: Path) -> str:
    """``gwr.store.corpus`` of top/gwr/store/corpus.py (a package: of its __init__.py)."""
    parts = path.relative_to(top).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, top: Path, modules: set[str]) -> set[str]:
    """The modules of ``modules`` that the file at ``path`` imports anywhere in its code."""
    name = module_name(path, top)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if sub in modules else base)
    return {m for m in found if m in modules and m != name}


def graph(root: Path) -> dict[str, set[str]]:
    """module -> the modules under ``root`` (a folder of the package gwr) it imports."""
    top = next(p for p in (root, *root.parents) if p.name == "gwr").parent
    files = sorted(root.rglob("*.py"))
    modules = {module_name(f, top) for f in files}
    return {module_name(f, top): imports(f, top, modules) for f in files}


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def test_the_finder_sees_a_circle_and_a_one_way_graph():
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert circles({"a": {"b"}, "b": {"c"}, "c": set()}) == []


def test_the_walk_reads_lazy_and_relative_imports(tmp_path):
    pkg = tmp_path / "gwr" / "store"
    (pkg / "eng").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "base.py").write_text("def f():\n    from gwr.store.eng import E\n")
    (pkg / "eng" / "__init__.py").write_text("from .impl import E\n")
    (pkg / "eng" / "impl.py").write_text("from ..base import f\n")
    edges = graph(pkg)
    assert edges["gwr.store.base"] == {"gwr.store.eng"}
    assert edges["gwr.store.eng.impl"] == {"gwr.store.base"}
    assert circles(edges) == [["gwr.store.base", "gwr.store.eng", "gwr.store.eng.impl"]]


def test_no_import_circle_inside_the_store():
    edges = graph(STORE)
    assert "gwr.store.corpus" in edges and "gwr.store.postgres.engine" in edges
    assert circles(edges) == []


def test_no_import_circle_in_the_whole_package():
    edges = graph(PACKAGE)
    assert {"gwr", "gwr.store.corpus", "gwr.track.db", "gwr.web.app", "gwr.cli"} <= set(edges)
    assert circles(edges) == []


def test_the_corpus_reaches_tracking_and_tracking_only_the_protocol():
    """``Corpus.scorecard`` imports gwr.track.db lazily; tracking and the corrections know a
    corpus only as ``gwr.store.access.Database``, and the store never imports the package."""
    edges = graph(PACKAGE)
    assert "gwr.track.db" in edges["gwr.store.corpus"]
    for name in ("gwr.track.db", "gwr.store.verified", "gwr.store.corrections"):
        assert "gwr.store.corpus" not in edges[name], name
        assert "gwr.store.access" in edges[name], name
    assert not any("gwr" in edges[m] for m in edges if m.startswith("gwr.store"))


def test_the_interface_names_no_engine():
    edges = graph(STORE)
    engines = {m for m in edges if m.startswith(("gwr.store.sqlite", "gwr.store.postgres"))}
    assert not edges["gwr.store.corpus"] & engines
    assert "gwr.store.corpus" in edges["gwr.store.sqlite.engine"]
    assert "gwr.store.corpus" in edges["gwr.store.postgres.engine"]


@pytest.mark.parametrize(
    "db,expected",
    [
        ("corpus.db", ""),
        ("C://corpus.db", ""),
        ("postgresql://gwr@host/gwr", "postgresql"),
        ("postgres://gwr@host/gwr", "postgres"),
        ("MySQL://x@y/z", "mysql"),
    ],
)
def test_scheme(db, expected):
    assert scheme(db) == expected


def test_corpus_opens_the_engine_its_argument_names(tmp_path):
    with Corpus(tmp_path / "a.db", create=True) as corpus:
        assert type(corpus) is SqliteCorpus
    with Corpus(str(tmp_path / "b.db"), create=True) as corpus:
        assert type(corpus) is SqliteCorpus
    assert Corpus._engines["postgresql"] is PostgresCorpus


def test_a_url_of_no_engine_is_one_clear_line():
    with pytest.raises(GwrError, match=r"^no engine opens mysql:// databases: .*postgresql://") as info:
        Corpus("mysql://user:secret@host/db")
    assert "secret" not in str(info.value) and "\n" not in str(info.value)
