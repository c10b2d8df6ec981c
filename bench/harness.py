"""Runs the benchmarks of SPEC §11 and writes docs/PERFORMANCE.md.

    python -m bench.harness                 # every bench/b<N>_*.py, then docs/PERFORMANCE.md
    python -m bench.harness --only B1 B7    # some of them; prints, writes nothing
    python -m bench.harness --quick         # smaller data and fewer runs, to try things out

A benchmark is a module ``bench/b<N>_<name>.py`` that defines::

    ID = "B1"
    WHAT = "start-up to main window shown"
    def add_arguments(group: argparse._ArgumentGroup) -> None    # optional: its own options
    def run(args: argparse.Namespace) -> dict                    # a Result(...).as_dict()

``run`` times the thing and a raw baseline doing the same work in the same run, on the same
data, since these machines are too noisy to compare absolute times between runs. Each module
also runs alone: ``python -m bench.b1_startup`` (see :func:`main_for`). Benchmarks are not
tests: CI runs none of them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import platform
import sqlite3
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from types import ModuleType
from typing import Any

from bench.server import add_engine_arguments

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
REPORT = ROOT / "docs" / "PERFORMANCE.md"


@dataclass(frozen=True)
class Result:
    """One benchmark's outcome; ``ratio`` is seconds / baseline_seconds."""

    id: str
    what: str
    seconds: float
    baseline: str  # what the baseline does, in a few words
    baseline_seconds: float
    target: str  # as SPEC §11 words it
    met: bool | None  # None: the target cannot be judged from this run (say why in notes)
    notes: str = ""
    unit: str = "s"  # what seconds and baseline_seconds measure, e.g. "MB" for memory (B8)

    @property
    def ratio(self) -> float:
        return self.seconds / self.baseline_seconds if self.baseline_seconds else float("inf")

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": self.ratio}


# --- discovering and running ------------------------------------------------------------------


def benchmark_modules() -> list[ModuleType]:
    names = sorted((path.stem for path in BENCH_DIR.glob("b[0-9]*_*.py")), key=_number)
    return [importlib.import_module(f"bench.{name}") for name in names]


def _number(module_name: str) -> int:
    """7 for b7_demo: B10 sorts after B9."""
    return int(module_name[1:].split("_", maxsplit=1)[0])


def common_parser(*, add_help: bool = True) -> argparse.ArgumentParser:
    """The options every benchmark understands."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], add_help=add_help)
    parser.add_argument("--only", nargs="+", metavar="ID", help="run only these, e.g. B1 B7")
    parser.add_argument("--quick", action="store_true", help="small data, few runs")
    parser.add_argument("--runs", type=int, help="repetitions where a benchmark repeats")
    parser.add_argument(
        "--workdir", type=Path, help="keep generated data here between runs (default: temporary)"
    )
    add_engine_arguments(parser)
    return parser


def module_parser(module: ModuleType, *, add_help: bool = True) -> argparse.ArgumentParser:
    """The common options and the module's own: each module has a parser of its own, so two
    benchmarks may both take, say, ``--db``."""
    parser = common_parser(add_help=add_help)
    if hasattr(module, "add_arguments"):
        module.add_arguments(parser.add_argument_group(f"{benchmark_id(module)}: {what(module)}"))
    return parser


def module_arguments(modules: list[ModuleType], argv: list[str]) -> dict[str, argparse.Namespace]:
    """Each module's view of the command line; an option no module knows is an error."""
    parsed, leftovers = {}, []
    for module in modules:
        parser = module_parser(module, add_help=False)
        parsed[module.__name__], unknown = parser.parse_known_args(argv)
        leftovers.append({arg for arg in unknown if arg.startswith("-")})
    if unrecognised := set.intersection(*leftovers) if leftovers else set():
        common_parser().error(f"unrecognised arguments: {' '.join(sorted(unrecognised))}")
    return parsed


def run_benchmarks(
    modules: list[ModuleType], arguments: dict[str, argparse.Namespace]
) -> tuple[list[dict[str, Any]], list[str]]:
    """Runs each benchmark; one that fails is reported and the others still run."""
    results, failures = [], []
    for module in modules:
        print(f"{benchmark_id(module)}: {what(module)} ...", flush=True)
        try:
            result = checked(module.run(arguments[module.__name__]))
        except Exception as error:  # whatever broke, the other benchmarks still run
            reason = textwrap.shorten(str(error), 160, placeholder=" ...")
            failures.append(f"{benchmark_id(module)}: {type(error).__name__}: {reason}")
            print(f"  FAILED: {failures[-1]}", flush=True)
            continue
        print(f"  {format_line(result)}", flush=True)
        results.append(result)
    return results, failures


def benchmark_id(module: ModuleType) -> str:
    """ID, or B7 for a module named b7_demo that forgot to say."""
    return getattr(module, "ID", None) or module.__name__.rsplit(".", 1)[-1].split("_")[0].upper()


def what(module: ModuleType) -> str:
    return getattr(module, "WHAT", None) or (module.__doc__ or module.__name__).splitlines()[0]


REQUIRED_KEYS = {f.name for f in fields(Result) if f.name != "unit"} | {"ratio"}


def amount(result: dict[str, Any], key: str) -> str:
    unit = result.get("unit", "s")
    return f"{result[key]:.3f} s" if unit == "s" else f"{result[key]:,.0f} {unit}"


def checked(result: dict[str, Any]) -> dict[str, Any]:
    if missing := REQUIRED_KEYS - result.keys():
        raise ValueError(f"run() returned no {', '.join(sorted(missing))}: use harness.Result")
    return result


def format_line(result: dict[str, Any]) -> str:
    verdict = {True: "met", False: "NOT met", None: "not judged"}[result["met"]]
    return (
        f"{amount(result, 'seconds')} vs {result['baseline']} {amount(result, 'baseline_seconds')}"
        f" = {result['ratio']:.2f}x; target {result['target']}: {verdict}"
    )


# --- the report ---------------------------------------------------------------------------------


def machine_facts() -> dict[str, str]:
    import PySide6

    return {
        "date": dt.date.today().isoformat(),
        "processor": _cpu_model(),
        "cores": str(os.cpu_count()),
        "memory": _memory(),
        "system": platform.platform(),
        "Python": platform.python_version(),
        "SQLite": sqlite3.sqlite_version,
        "PySide6": PySide6.__version__,
    }


def _cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def _memory() -> str:
    import psutil

    return f"{psutil.virtual_memory().total / 2**30:.0f} GiB"


def render_report(results: list[dict[str, Any]], failures: list[str], facts: dict[str, str]) -> str:
    lines = [
        "# Performance",
        "",
        "Written by `make bench` (`python -m bench.harness`); do not edit by hand. Each benchmark",
        "times SalesDesk and a raw baseline doing the same work in the same run: on these noisy",
        "shared machines compare the ratios, not the absolute times. Targets: SPEC §11.",
        "",
        "| id | what | SalesDesk | baseline | ratio | target | met |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        met = {True: "yes", False: "**no**", None: "—"}[r["met"]]
        lines.append(
            f"| {r['id']} | {r['what']} | {amount(r, 'seconds')} | {r['baseline']}: "
            f"{amount(r, 'baseline_seconds')} | {r['ratio']:.2f}× | {r['target']} | {met} |"
        )
    notes = [f"- **{r['id']}**: {r['notes']}" for r in results if r["notes"]]
    if notes:
        lines += ["", "## Notes", "", *notes]
    if failures:
        lines += ["", "## Failed in this run", "", *(f"- {failure}" for failure in failures)]
    lines += ["", "## Machine", "", *(f"- {key}: {value}" for key, value in facts.items()), ""]
    return "\n".join(lines)


# --- entry points -------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    modules = benchmark_modules()
    common = _parse_common(modules, argv)
    wanted = {name.upper() for name in common.only or []}
    chosen = [m for m in modules if not wanted or benchmark_id(m) in wanted]
    if common.engine != "sqlite":  # those that run on a server
        chosen = [m for m in chosen if common.engine in getattr(m, "ENGINES", ("sqlite",))]
        print(f"on {common.engine}: {', '.join(benchmark_id(m) for m in chosen)}")
    arguments = module_arguments(chosen, argv)
    with _workdir(common):
        for args in arguments.values():
            args.workdir = common.workdir
        results, failures = run_benchmarks(chosen, arguments)
    if failures:
        print("failed:", *failures, sep="\n  ", file=sys.stderr)
    if common.only or common.quick or common.engine != "sqlite":
        print("(a partial, quick or server run: docs/PERFORMANCE.md left as it was)")
    else:
        REPORT.write_text(render_report(results, failures, machine_facts()), encoding="utf-8")
        print(f"wrote {REPORT.relative_to(ROOT)}")
    return 1 if failures else 0


def _parse_common(modules: list[ModuleType], argv: list[str]) -> argparse.Namespace:
    """The harness's own options; --help also lists the benchmarks and how to see theirs."""
    parser = common_parser()
    parser.epilog = "benchmarks (options: python -m bench.<module> --help): " + ", ".join(
        f"{benchmark_id(m)} ({m.__name__.removeprefix('bench.')})" for m in modules
    )
    return parser.parse_known_args(argv)[0]


def main_for(module_name: str, argv: list[str] | None = None) -> int:
    """Runs one benchmark module alone, with the harness's options and its own."""
    module = importlib.import_module(module_name)
    args = module_parser(module).parse_args(argv)
    with _workdir(args):
        print(format_line(checked(module.run(args))))
    return 0


@contextmanager
def _workdir(args: argparse.Namespace) -> Iterator[None]:
    """Gives ``args.workdir`` a folder for the run: the one asked for, or a temporary one."""
    if args.workdir is not None:
        args.workdir.mkdir(parents=True, exist_ok=True)
        yield
        return
    with tempfile.TemporaryDirectory(prefix="salesdesk-bench-") as folder:
        args.workdir = Path(folder)
        yield


if __name__ == "__main__":
    sys.exit(main())
