"""select: which files found in a folder are read as reports.

A folder of reports often holds other files too: a README, a manifest, code,
configuration. Read as reports they become documents (the corpus README.md
became a 保定市 2000 "summary" and won the canonical choice), so a walk skips
them and says how many (``gwr ingest`` prints the count and the first names).

``Selection(include, exclude)`` decides for one path found under a folder:

1. a path matching an ``exclude`` glob is skipped;
2. with ``include`` globs, a path is read only when it matches one of them
   (this also reads a file the default rule would skip: ``--include '*.md'``);
3. without them, the default rule skips ``NOT_REPORT_NAMES`` (README,
   LICENSE, MANIFEST, ... in any case, any extension) and ``NOT_REPORT_SUFFIXES``
   (code, configuration, notebooks, Markdown).

A glob matches the file name or its path relative to the folder walked
(``*.md``, ``drafts/*``, ``**/notes/*``). A file named on the command line is
always read: it was asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath

__all__ = ["NOT_REPORT_NAMES", "NOT_REPORT_SUFFIXES", "Selection"]

# File names (before the first dot, lower case) that are never reports.
NOT_REPORT_NAMES = frozenset(
    {
        "readme",
        "license",
        "licence",
        "copying",
        "notice",
        "authors",
        "changelog",
        "changes",
        "contributing",
        "manifest",
        "makefile",
        "dockerfile",
        "requirements",
        "setup",
        "pyproject",
        "package",
        "package-lock",
        "citation",
    }
)
# Extensions of code, configuration and notes: never a report.
NOT_REPORT_SUFFIXES = frozenset(
    {
        ".py",
        ".pyc",
        ".r",
        ".rmd",
        ".ipynb",
        ".js",
        ".ts",
        ".sh",
        ".bat",
        ".ps1",
        ".c",
        ".h",
        ".java",
        ".go",
        ".rs",
        ".sql",
        ".toml",
        ".ini",
        ".cfg",
        ".conf",
        ".yaml",
        ".yml",
        ".json",
        ".lock",
        ".md",
        ".rst",
        ".db",
        ".sqlite",
        ".parquet",
        ".dta",
        ".log",
    }
)


@dataclass(frozen=True, slots=True)
class Selection:
    """Which files under a walked folder are read (see the module docstring)."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    def why_skipped(self, path: Path, root: Path) -> str | None:
        """None when ``path`` (found under ``root``) is read, else why it is not."""
        try:
            rel = PurePosixPath(path.relative_to(root).as_posix())
        except ValueError:
            rel = PurePosixPath(path.name)
        for glob in self.exclude:
            if _matches(rel, glob):
                return f"--exclude {glob}"
        if self.include:
            if any(_matches(rel, glob) for glob in self.include):
                return None
            return "not matched by --include"
        return not_a_report(path.name)


def not_a_report(name: str) -> str | None:
    """Why a file called ``name`` is no report (README, code, configuration), else None."""
    lower = name.lower()
    if lower.split(".", 1)[0] in NOT_REPORT_NAMES:
        return "not a report (README, licence, manifest or build file)"
    suffix = PurePosixPath(lower).suffix
    if suffix in NOT_REPORT_SUFFIXES:
        return f"not a report ({suffix} file)"
    return None


def _matches(rel: PurePosixPath, glob: str) -> bool:
    glob = glob.strip().replace("\\", "/")
    if "/" not in glob:
        return fnmatchcase(rel.name, glob) or fnmatchcase(rel.name.lower(), glob.lower())
    flat = glob.replace("**/", "*")  # fnmatch's * crosses folders already
    return fnmatchcase(str(rel), flat) or fnmatchcase(str(rel), flat.lstrip("*/"))
