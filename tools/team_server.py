"""``make server``: a local PostgreSQL server holding the demo, for trying the team database.

Starts a throwaway cluster (tools/postgres_cluster.py), pushes a demo into its database
``sales`` and gives the head of sales, a manager and a representative a login each, then
prints how to open it as each of them. Ctrl-C stops the server and removes it.
"""

from __future__ import annotations

import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from salesdesk.demo import generate_demo  # noqa: E402
from salesdesk.store.engine import WRITE_OPTION, DatabaseUrl  # noqa: E402
from salesdesk.store.postgresql import ServerStorage, security  # noqa: E402
from salesdesk.store.postgresql.transfer import push  # noqa: E402
from tools.postgres_cluster import Cluster, server_binaries  # noqa: E402

ROLES = ("head", "manager", "representative")


def _grant_one_of_each(url: DatabaseUrl) -> list[security.TeamLogin]:
    from sqlalchemy import text

    engine = ServerStorage(url).make_engine()
    granted = []
    try:
        with engine.connect() as conn:
            conn.execution_options(**{WRITE_OPTION: True})
            with conn.begin():
                for role in ROLES:
                    email = conn.execute(
                        text("SELECT email FROM member WHERE role = :r AND email IS NOT NULL"
                             " ORDER BY id LIMIT 1"), {"r": role}
                    ).scalar()  # fmt: skip
                    if email:
                        granted.append(security.grant(conn, role, email))
    finally:
        engine.dispose()
    return granted


def _stop(*_: object) -> None:
    raise KeyboardInterrupt  # a terminated server tool stops its server too


def main() -> int:
    signal.signal(signal.SIGTERM, _stop)
    binaries = server_binaries()
    if binaries is None:
        print("PostgreSQL is not installed: sudo apt install postgresql", file=sys.stderr)
        return 1
    cluster = Cluster(binaries)
    try:
        cluster.start()
        cluster.execute("CREATE DATABASE sales")
        url = DatabaseUrl(cluster.url("sales"))
        with tempfile.TemporaryDirectory() as folder:
            demo = Path(folder) / "demo.sqlite"
            print("Making the demo…")
            generate_demo(demo, customers=2_000, sales=40_000, seed=1)
            push(demo, url)
        print(f"\nThe demo is on a local server, as its owner (sees everything):\n  {url}\n")
        for login in _grant_one_of_each(url):
            as_login = cluster.url("sales", user=login.login)
            print(f"{login.member} ({login.role}), login {login.login}:")
            print(f"  .venv/bin/python main.py --db '{as_login}'")
        print("\nCtrl-C stops the server and removes it.")
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        return 0
    finally:
        cluster.stop()


if __name__ == "__main__":
    sys.exit(main())
