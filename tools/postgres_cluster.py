"""A throwaway PostgreSQL cluster: for the tests of the team database (SPEC §13) and for
`make server`.

initdb refuses to run as root, so as root the cluster belongs to the ``postgres`` system user
(commands through ``runuser``). The server listens on a Unix socket in its own folder only (no
TCP port to collide with), trusts local connections, and is stopped when the session ends.
Without PostgreSQL the tests that need it skip, saying why, unless SALESDESK_REQUIRE_POSTGRES=1
(CI), where they fail.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

PORT = 5432  # the socket's name; nothing listens on TCP
SUPERUSER = "postgres"


def server_binaries() -> Path | None:
    """The folder of initdb and pg_ctl: pg_config's, else the newest Debian install."""
    if pg_config := shutil.which("pg_config"):
        found = subprocess.run([pg_config, "--bindir"], check=False, capture_output=True, text=True)
        folder = Path(found.stdout.strip())
        if (folder / "initdb").exists():
            return folder
    installed = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_major_version)
    return Path(installed[-1]).parent if installed else None


def _major_version(initdb: str) -> int:
    return int(Path(initdb).parent.parent.name) if Path(initdb).parent.parent.name.isdigit() else 0


def must_run() -> bool:
    return os.environ.get("SALESDESK_REQUIRE_POSTGRES") == "1"


class Cluster:
    """One cluster in a temporary folder, started on :meth:`start` and removed on :meth:`stop`."""

    def __init__(self, binaries: Path, root: Path | None = None) -> None:
        self.binaries = binaries
        # /tmp, not pytest's folders: the server's user must be able to reach it, and a socket
        # path has to stay under ~100 characters. ``root``: an empty folder of one's own
        # instead (a benchmark's server, kept between runs).
        self.root = root or Path(tempfile.mkdtemp(prefix="salesdesk-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root / "socket"
        self._as_root = os.geteuid() == 0

    def _run(self, *args: str) -> None:
        command = [str(self.binaries / args[0]), *args[1:]]
        if self._as_root:
            command = ["runuser", "-u", SUPERUSER, "--", *command]
        done = subprocess.run(command, check=False, capture_output=True, text=True, cwd=self.root)
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {done.stderr.strip() or done.stdout.strip()}")

    def start(self) -> None:
        self.socket_dir.mkdir()
        if self._as_root:
            shutil.chown(self.root, SUPERUSER)
            shutil.chown(self.socket_dir, SUPERUSER)
        self._run(
            "initdb", "-D", str(self.data), "--auth=trust", "--username", SUPERUSER,
            "--encoding=UTF8", "--locale=C", "--no-sync",
        )  # fmt: skip
        options = (
            f"-k {self.socket_dir} -c listen_addresses='' -p {PORT} -c fsync=off"
            " -c synchronous_commit=off -c full_page_writes=off"
        )
        # -l: the server's output goes to a file; on our pipes it would keep run() waiting
        log = str(self.root / "server.log")
        self._run("pg_ctl", "-D", str(self.data), "-l", log, "-o", options, "-w", "-s", "start")

    def stop(self) -> None:
        try:
            if self.data.exists():
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "-s", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        """The ``postgresql://`` URL of a database, over the socket."""
        return f"postgresql://{user}@/{database}?host={self.socket_dir}&port={PORT}"

    def new_database(self) -> str:
        """Creates an empty database with a fresh name; returns its URL."""
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def execute(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]
