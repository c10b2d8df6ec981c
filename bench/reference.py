"""The reference database of SPEC §11 (1M customers, 10M sales lines), and copies of it.

Building it takes minutes, so it is built once and reused: ``--ref FILE`` names one (e.g. made
by ``python main.py demo --db /work/ref/ref.sqlite --customers 1000000 --sales 10000000``),
else the B7 demo of the work folder is used. Benchmarks that write get a copy of their own,
made untimed. With ``--quick`` a small demo stands in (the targets are not judged then).
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

REFERENCE = (1_000_000, 10_000_000)  # customers, sales lines
QUICK = (20_000, 200_000)


def add_reference_argument(group: argparse._ArgumentGroup) -> None:
    group.add_argument(
        "--ref", type=Path, metavar="FILE", help="the reference database (default: the B7 demo)"
    )


def reference_path(args: argparse.Namespace) -> tuple[Path, bool]:
    """The database to measure on, and whether it is the reference size."""
    if getattr(args, "ref", None) is not None:
        return Path(args.ref), True
    quick = getattr(args, "quick", False)
    customers, sales = QUICK if quick else REFERENCE
    path = args.workdir / f"demo-{customers}x{sales}.sqlite"
    if not path.exists():
        from salesdesk.demo import generate_demo

        generate_demo(path, customers=customers, sales=sales)
    return path, not quick


def copy_of(source: Path, target: Path) -> Path:
    """A byte copy of a database at rest (its write-ahead log folded in and empty)."""
    log = source.with_name(source.name + "-wal")
    if log.exists() and log.stat().st_size:
        raise RuntimeError(f"{source} has a write-ahead log: open and close it first")
    for leftover in (target, *(target.with_name(target.name + s) for s in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target
