"""A child process for the fault tests: does one thing to a database and says how far it got.

    python -m tests.safety.actor restore BACKUP TARGET
    python -m tests.safety.actor migrate PATH
    python -m tests.safety.actor edit PATH COUNT CUSTOMERS

It prints "ready" once its imports are done (so that a kill lands in the work, not in Python's
start-up), and for edits "committed N" after each committed edit.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(operation: str, *args: str) -> None:
    from salesdesk.store import db, editing

    print("ready", flush=True)
    if operation == "restore":
        db.restore_database(Path(args[0]), Path(args[1]))
    elif operation == "migrate":
        db.open_database(Path(args[0])).close()
    elif operation == "edit":
        with db.open_database(Path(args[0])) as database:
            customers = int(args[2])
            for n in range(1, int(args[1]) + 1):
                with database.write() as connection:
                    customer = (n - 1) % customers + 1
                    editing.update_row(connection, "customer", customer, {"notes": f"edit {n}"})
                print(f"committed {n}", flush=True)
    print("done", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
