"""Renders every section of the main window to PNG, in English and Russian, for the README.

    python tools/screenshots.py                  # a fresh demo database per language
    python tools/screenshots.py --db my.sqlite   # an existing database instead
    python tools/screenshots.py --theme dark     # the dark palette

Writes ``docs/screenshots/<section>.png`` (English) and ``<section>_ru.png``. Each language
runs in its own process (translators and the core's language are per process) on the offscreen
platform, with settings in a temporary folder so the user's own are never touched.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "docs" / "screenshots"
WINDOW_SIZE = (1280, 800)
LANGUAGES = ("en", "ru")
# A demo big enough for full charts, small enough to generate in seconds.
DEMO_CUSTOMERS, DEMO_SALES = 400, 12_000
LOAD_TIMEOUT_S = 120


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="render this database instead of a new demo")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="folder for the PNG files")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--lang", choices=LANGUAGES, help=argparse.SUPPRESS)  # one child's
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    arguments = parse_arguments(argv)
    if arguments.lang:
        return render_language(arguments)
    for language in LANGUAGES:
        command = [sys.executable, __file__, *argv, "--lang", language]
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MPLBACKEND": "Agg"}
        if subprocess.run(command, env=env, check=False).returncode != 0:
            return 1
    return 0


def render_language(arguments: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory(prefix="salesdesk-shots-") as scratch:
        os.environ["SALESDESK_HOME"] = scratch  # settings and demo stay in the scratch folder
        sys.path.insert(0, str(ROOT))
        database = arguments.db or _generate_demo(Path(scratch) / "demo.sqlite", arguments.lang)
        return _render(database.absolute(), arguments)


def _generate_demo(path: Path, language: str) -> Path:
    from salesdesk.demo import generate_demo

    print(f"[{language}] generating a demo database…", flush=True)
    generate_demo(path, customers=DEMO_CUSTOMERS, sales=DEMO_SALES, language=language)
    return path


def _render(database: Path, arguments: argparse.Namespace) -> int:
    from ui.app import create_application, set_language
    from ui.theme import apply_theme

    app = create_application([sys.argv[0]])
    set_language(app, arguments.lang)
    apply_theme(app, arguments.theme)

    from ui.main_window import MainWindow
    from ui.tasks import task_registry

    window = MainWindow()
    window.resize(*WINDOW_SIZE)
    window.show()
    opened: list[object] = []
    window.controller.opened.connect(opened.append)
    window.controller.open_path(database)
    _wait_until(lambda: bool(opened), app)
    window.period_picker.set_kind("quarter")
    window.period_picker.previous()  # the last complete quarter: every chart has data
    arguments.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if arguments.lang == "en" else f"_{arguments.lang}"
    suffix += "" if arguments.theme == "light" else f"_{arguments.theme}"
    for index, section in enumerate(window.sections):
        window.show_section(index)
        _wait_until(lambda: not task_registry().running(), app)
        name = type(section).__name__.removesuffix("Section").lower()
        if stage := STAGING.get(name):  # show the section at work, not idle
            stage(section)
            _wait_until(lambda: not task_registry().running(), app)
        target = arguments.out / f"{name}{suffix}.png"
        window.grab().save(str(target))
        print(f"[{arguments.lang}] wrote {target}", flush=True)
    window.close()
    return 0


def _open_first_customer(section: Any) -> None:
    table = section.list_page.table
    table.selectRow(0)


def _choose_first_deal(section: Any) -> None:
    for view in section.board.lists:
        if view.model().rowCount(view.rootIndex()):
            view.setCurrentIndex(view.model().index(0, 0, view.rootIndex()))
            return


def _preview_report(section: Any) -> None:
    section.preview_button.click()


STAGING: dict[str, Callable[[Any], None]] = {
    "customers": _open_first_customer,
    "pipeline": _choose_first_deal,
    "reports": _preview_report,
}


def _wait_until(condition: Callable[[], bool], app: object) -> None:
    """Runs the event loop until ``condition`` holds, then a little longer to paint."""
    deadline = time.monotonic() + LOAD_TIMEOUT_S
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the window")
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
