"""B9: the built one-folder app on Linux: size on disk, and start-up against the source tree.

The start-up is timed as in B1 (spawn to main window shown, offscreen, alternating runs,
medians) for ``dist/SalesDesk/SalesDesk`` and for ``python main.py`` on the same demo
database. The app is built first when ``dist/SalesDesk`` is missing (or with --b9-rebuild).

    python -m bench.b9_bundle [--runs 7] [--b9-rebuild]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from bench.b1_startup import alternate_medians, demo_database, quiet_environment
from bench.harness import ROOT, Result, main_for

ID = "B9"
WHAT = "the built one-folder app: size and start-up"
MAX_MEGABYTES = 200
TARGET_RATIO = 1.5
RUNS, QUICK_RUNS = 7, 3
BUNDLE = ROOT / "dist" / "SalesDesk"


def add_arguments(group: argparse._ArgumentGroup) -> None:
    group.add_argument("--b9-rebuild", action="store_true", help="rebuild dist/SalesDesk first")


def run(args: argparse.Namespace) -> dict:
    if args.b9_rebuild or not (BUNDLE / "SalesDesk").exists():
        build()
    size = disk_usage(BUNDLE)
    megabytes, mebibytes = size / 1e6, size / 2**20
    database = demo_database(args.workdir)
    env = quiet_environment(args.workdir)
    built = [str(BUNDLE / "SalesDesk"), "--db", str(database)]
    source = [sys.executable, str(ROOT / "main.py"), "--db", str(database)]
    runs = args.runs or (QUICK_RUNS if args.quick else RUNS)
    built_seconds, source_seconds = alternate_medians(built, source, env, runs)
    small_enough = megabytes <= MAX_MEGABYTES
    return Result(
        id=ID,
        what=WHAT,
        seconds=built_seconds,
        baseline="source-tree start-up",
        baseline_seconds=source_seconds,
        target=f"≤ {MAX_MEGABYTES} MB; start-up ≤ {TARGET_RATIO}× the source tree",
        met=small_enough and built_seconds / source_seconds <= TARGET_RATIO,
        notes=(
            f"{megabytes:.0f} MB on disk ({mebibytes:.0f} MiB, what `du -sh` shows), judged "
            f"in MB; start-up is the median of {runs} runs each."
        ),
    ).as_dict()


def build() -> None:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "build.spec"],
        cwd=ROOT,
        check=True,
    )


def disk_usage(folder: Path) -> int:
    """Bytes the folder takes on disk, like ``du``: allocated blocks, symlinks not followed."""
    return sum(path.lstat().st_blocks * 512 for path in folder.rglob("*"))


if __name__ == "__main__":
    sys.exit(main_for(__name__))
