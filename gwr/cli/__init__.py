"""The ``gwr`` command: a thin layer over the Python API.

Each command parses its options, calls one library function and prints the
result: tables to stdout (or ``--out``), progress and notes to stderr.

Layout: one module per group of commands, each command a plain function at
module level, heavy imports inside the function so ``gwr --help`` stays fast.
A module lists its commands in ``COMMANDS`` (a tuple of functions; the command
is the function's name with ``_`` as ``-``). A module that is a command group
(``gwr plot panel``) also sets ``GROUP = ("plot", "help text")``.

To add a command module (say ``gwr/cli/serve.py``): write the module with its
``COMMANDS`` and add its name to ``MODULES`` below. That one line is all.

Errors: one mapper for every command (``_Group.main``). Whatever a user can
cause becomes ONE line on stderr, no traceback and no box:

* exit 2: a usage problem (unknown option, bad value, a name that matches
  nothing: ``gwr.names.BadName``), with ``see `gwr CMD --help```;
* exit 1: a failure (``GwrError``, ``LexiconError``, database or file errors);
* exit 130: interrupted (Ctrl-C); whatever was stored stays stored.

A command signals these by raising; it never prints its own errors or calls
``sys.exit``.
"""

from __future__ import annotations

import importlib
import sqlite3
import sys
from collections.abc import Callable, Sequence
from typing import Any

import typer
from typer._click import exceptions as click  # typer >= 0.20 ships its own click
from typer.core import TyperGroup

# The command modules, in the order their commands appear in `gwr --help`.
MODULES: tuple[str, ...] = ("extract", "corpus", "query", "lists", "plot", "track", "web", "corrections")


def _line(message: str) -> None:
    from gwr.cli.output import terminal_safe

    sys.stderr.write(terminal_safe(" ".join(str(message).split("\n")).rstrip()) + "\n")


def _usage(exc: click.UsageError) -> str:
    path = exc.ctx.command_path if exc.ctx is not None else "gwr"
    return f"{path}: {exc.format_message()} (see `{path} --help`)"


class _Group(TyperGroup):
    """The root group: runs a command and maps every error to one line and an exit code."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        code = _run(
            lambda: super(_Group, self).main(
                args=args,
                prog_name=prog_name or "gwr",
                complete_var=complete_var,
                standalone_mode=False,
                windows_expand_args=windows_expand_args,
                **extra,
            )
        )
        if standalone_mode:
            sys.exit(code)
        return code


def _run(call: Callable[[], Any]) -> int:
    """Run one command; return its exit code, printing one line for any error."""
    from gwr.lexicon import LexiconError
    from gwr.names import BadName
    from gwr.types import GwrError

    try:
        result = call()
    except click.UsageError as exc:
        _line(_usage(exc))
        return 2
    except BadName as exc:
        _line(f"gwr: {exc}")
        return 2
    except click.ClickException as exc:
        _line(f"gwr: {exc.format_message()}")
        return exc.exit_code
    except (typer.Abort, KeyboardInterrupt):
        result = 130
    except BrokenPipeError:
        sys.stderr.close()  # `gwr ... | head`: stop quietly
        return 0
    except (GwrError, LexiconError) as exc:
        _line(f"gwr: {exc}")
        return 1
    except sqlite3.Error as exc:
        _line(f"gwr: database error: {exc}")
        return 1
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        _line(f"gwr: {where}{exc.strerror or exc}")
        return 1
    code = int(result) if isinstance(result, int) else 0
    if code == 130:
        _line("gwr: interrupted; what was stored is kept, run the same command again to finish")
    return code


def _build() -> typer.Typer:
    root = typer.Typer(
        name="gwr",
        cls=_Group,
        help="Chinese government work reports (政府工作报告) as research-grade structured data.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    for name in MODULES:
        module = importlib.import_module(f"gwr.cli.{name}")
        group = getattr(module, "GROUP", None)
        target = root
        if group is not None:
            target = typer.Typer(name=group[0], help=group[1], no_args_is_help=True)
            root.add_typer(target, name=group[0], help=group[1])
        for command in module.COMMANDS:
            target.command(name=command.__name__.rstrip("_").replace("_", "-"))(command)
    return root


app = _build()


def main() -> None:
    app()
