"""A throwaway PostgreSQL server for the backend tests: ``start(folder)`` runs initdb and
pg_ctl from Debian's packages (as the ``nobody`` user when we are root: the server refuses
root) with a unix socket in ``folder`` and no TCP port, and returns a URL; ``stop(folder)``
stops it. ``python -m tests.pg_server start|stop FOLDER`` does the same from a shell."""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

DBNAME = "gwr_test"
SUPERUSER = "gwr"


def binaries() -> Path | None:
    """The folder of initdb/pg_ctl of the newest PostgreSQL installed, or None."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parts[-3]))
    if found:
        return found[-1].parent
    which = shutil.which("pg_ctl")
    return Path(which).parent if which else None


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", "nobody", "--", *cmd]


def start(folder: Path) -> str:
    """Start a server with its data and socket in ``folder``; returns the URL of database
    ``gwr_test`` (superuser ``gwr``). Raises RuntimeError saying why it cannot."""
    bin_dir = binaries()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is not installed (apt-get install postgresql; `make test` does it)")
    folder.mkdir(parents=True, exist_ok=True)
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, "nobody")
        folder.chmod(0o755)
    if not data.exists():
        _run(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-U",
                SUPERUSER,
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ],
        )
    options = f"-c listen_addresses='' -k {folder} -c fsync=off -c full_page_writes=off"
    _run([str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"])
    url = f"postgresql://{SUPERUSER}@/postgres?host={folder}"
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DBNAME,)).fetchone() is None:
            conn.execute(f"CREATE DATABASE {DBNAME}")
    return f"postgresql://{SUPERUSER}@/{DBNAME}?host={folder}"


def stop(folder: Path) -> None:
    bin_dir = binaries()
    if bin_dir is not None and (folder / "data" / "postmaster.pid").exists():
        _run([str(bin_dir / "pg_ctl"), "-D", str(folder / "data"), "-m", "fast", "-w", "stop"])


def restart(folder: Path) -> None:
    """Stop the server immediately (connections drop) and start it again."""
    bin_dir = binaries()
    assert bin_dir is not None
    _run([str(bin_dir / "pg_ctl"), "-D", str(folder / "data"), "-m", "immediate", "-w", "stop"])
    options = f"-c listen_addresses='' -k {folder} -c fsync=off -c full_page_writes=off"
    _run(
        [
            str(bin_dir / "pg_ctl"),
            "-D",
            str(folder / "data"),
            "-o",
            options,
            "-l",
            str(folder / "log"),
            "-w",
            "start",
        ]
    )


def _run(cmd: list[str]) -> None:
    out = subprocess.run(_as_server_user(cmd), capture_output=True, text=True, check=False, cwd="/")
    if out.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:1])} failed: {(out.stderr or out.stdout).strip()[-500:]}")


@functools.cache
def server() -> tuple[str, Path | None]:
    """(URL of a maintenance database, server folder) of the server shared by this test process:
    $GWR_TEST_PG when set (a server you run), else a throwaway one stopped at exit. Raises
    RuntimeError saying why none could start."""
    given = os.environ.get("GWR_TEST_PG")
    if given:
        return given, None
    folder = Path(tempfile.mkdtemp(prefix="gwrpg"))
    atexit.register(shutil.rmtree, folder, True)
    url = start(folder)
    atexit.register(stop, folder)
    return url, folder


def fresh_database() -> str:
    """The URL of a new, empty database on the shared server."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    url, _ = server()
    name = f"gwr_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    info = conninfo_to_dict(url)
    info["dbname"] = name
    return _as_url(make_conninfo(**info))


def _as_url(conninfo: str) -> str:
    """A libpq key=value string as a postgresql:// URL (what --db takes)."""
    from urllib.parse import quote, urlencode

    from psycopg.conninfo import conninfo_to_dict

    info = conninfo_to_dict(conninfo)
    user = quote(str(info.pop("user", "")))
    password = info.pop("password", None)
    host = str(info.pop("host", ""))
    port = info.pop("port", None)
    dbname = quote(str(info.pop("dbname", "")))
    auth = f"{user}:{quote(str(password))}@" if password else (f"{user}@" if user else "")
    netloc = "" if host.startswith("/") else host + (f":{port}" if port else "")
    query = {k: str(v) for k, v in info.items()}
    if host.startswith("/"):
        query["host"] = host
        if port:
            query["port"] = str(port)
    return f"postgresql://{auth}{netloc}/{dbname}" + (f"?{urlencode(query)}" if query else "")


ENGINES = ("sqlite", "postgresql")


def target(engine: str, folder: Path) -> str:
    """Where a test's corpus goes: a new SQLite file in ``folder`` or a new PostgreSQL database
    (the test is skipped, saying why, when no PostgreSQL server can start here)."""
    import pytest

    if engine == "sqlite":
        return str(folder / "t.db")
    try:
        return fresh_database()
    except (RuntimeError, OSError) as exc:
        pytest.skip(f"PostgreSQL server cannot start: {exc}")


if __name__ == "__main__":
    verb, where = sys.argv[1], Path(sys.argv[2])
    if verb == "start":
        print(start(where))
    else:
        stop(where)
