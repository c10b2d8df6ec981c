"""One writer per file, even when processes race for the lock (issue 11, item 11).

The lock file used to be removed before it was unlocked: a process that had opened the old file
could then lock it while another created and locked a new one, and both wrote. Three processes
here take and give back the lock hundreds of times, logging when they hold it; no two may
ever hold it at once.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from salesdesk.store.db import create_database
from tests.paths import ROOT

RACER = """
import os, sys, time
from pathlib import Path
from salesdesk.errors import LockedError
from salesdesk.store.sqlite.lock import WriterLock

database, log, rounds = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
out = os.open(log, os.O_WRONLY | os.O_APPEND)
print("ready", flush=True)
sys.stdin.readline()  # all start together
held = 0
while held < rounds:
    lock = WriterLock(database)
    try:
        lock.acquire()
    except LockedError:
        continue
    os.write(out, f"+{os.getpid()}\\n".encode())
    time.sleep(0.0002)
    os.write(out, f"-{os.getpid()}\\n".encode())
    lock.release()
    held += 1
"""
RACERS, ROUNDS = 3, 300


def test_racing_processes_never_hold_the_writer_lock_together(tmp_path: Path) -> None:
    database = tmp_path / "raced.sqlite"
    create_database(database)
    log = tmp_path / "holders.log"
    log.write_text("")
    racers = [
        subprocess.Popen([sys.executable, "-c", RACER, str(database), str(log), str(ROUNDS)],
                         cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        for _ in range(RACERS)
    ]  # fmt: skip
    for racer in racers:
        assert racer.stdout is not None and racer.stdout.readline() == "ready\n"
    for racer in racers:
        assert racer.stdin is not None
        racer.stdin.write("go\n")
        racer.stdin.flush()
    for racer in racers:
        racer.communicate(timeout=120)
        assert racer.returncode == 0
    entries = log.read_text().split()
    assert len(entries) == 2 * RACERS * ROUNDS
    holder = None
    for entry in entries:  # +pid (took it) and -pid (gives it back) strictly alternate
        if entry.startswith("+"):
            assert holder is None, f"{entry[1:]} took the lock while {holder} held it"
            holder = entry[1:]
        else:
            assert holder == entry[1:]
            holder = None
    assert not (tmp_path / "raced.sqlite.lock").exists()
