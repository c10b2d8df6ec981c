"""Renders every section, tab and main dialog to PNG at 1280×800, in English and Russian, light
and dark, so that a walk through the whole application can be looked at in one folder.

    python tools/screenshots.py                  # everything, into build/screenshots/
    python tools/screenshots.py --lang ru --theme dark
    python tools/screenshots.py --db my.sqlite   # an existing database instead of a demo
    python tools/screenshots.py --readme         # the README's overview shots, docs/screenshots/

Writes ``build/screenshots/<lang>-<theme>/<screen>.png`` and prints, per screen, the text that
does not fit (:mod:`tools.layout_audit`). ``--readme`` writes only the six section overviews,
light, as ``docs/screenshots/<section>.png`` and ``<section>_ru.png``.

Each language and theme runs in its own process (translators and the core's language are per
process) on the offscreen platform, with settings in a temporary folder so the user's own are
never touched; the demo databases are generated once, before.
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

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "build" / "screenshots"
README_DIR = ROOT / "docs" / "screenshots"
WINDOW_SIZE = (1280, 800)
LANGUAGES = ("en", "ru")
THEMES = ("light", "dark")
# A demo big enough for full charts, small enough to generate in seconds.
DEMO_CUSTOMERS, DEMO_SALES = 400, 12_000
LOAD_TIMEOUT_S = 120


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="render this database instead of a new demo")
    parser.add_argument("--out", type=Path, help="folder for the PNG files")
    parser.add_argument("--lang", choices=LANGUAGES, help="only this language")
    parser.add_argument("--theme", choices=THEMES, help="only this theme")
    parser.add_argument("--readme", action="store_true", help="the README's overview shots")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    arguments = parse_arguments(argv)
    if arguments.child:
        return render(arguments)
    languages = [arguments.lang] if arguments.lang else list(LANGUAGES)
    themes = ["light"] if arguments.readme else [arguments.theme] if arguments.theme else THEMES
    with tempfile.TemporaryDirectory(prefix="salesdesk-shots-") as scratch:
        for language in languages:
            database = arguments.db or _generate_demo(Path(scratch), language)
            for theme in themes:
                command = [
                    sys.executable, __file__, "--child", "--lang", language, "--theme", theme,
                    "--db", str(database.absolute()),
                ]  # fmt: skip
                if arguments.readme:
                    command.append("--readme")
                if arguments.out:
                    command += ["--out", str(arguments.out)]
                env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MPLBACKEND": "Agg"}
                if subprocess.run(command, env=env, check=False).returncode != 0:
                    return 1
    return 0


def _generate_demo(scratch: Path, language: str) -> Path:
    sys.path.insert(0, str(ROOT))
    from salesdesk.demo import generate_demo

    path = scratch / f"demo-{language}.sqlite"
    print(f"[{language}] generating a demo database…", flush=True)
    generate_demo(path, customers=DEMO_CUSTOMERS, sales=DEMO_SALES, language=language)
    return path


def render(arguments: argparse.Namespace) -> int:
    """One language and theme, in this process."""
    with tempfile.TemporaryDirectory(prefix="salesdesk-shots-") as scratch:
        os.environ["SALESDESK_HOME"] = scratch  # settings stay in the scratch folder
        sys.path.insert(0, str(ROOT))
        return _render(arguments, Path(scratch))


def _render(arguments: argparse.Namespace, scratch: Path) -> int:
    from PySide6.QtWidgets import QApplication, QWidget

    from tools.layout_audit import audit
    from tools.walkthrough import Walk, section_name

    from ui.app import create_application, set_language
    from ui.theme import apply_theme

    app = create_application([sys.argv[0]])
    set_language(app, arguments.lang)
    apply_theme(app, arguments.theme)

    from ui.main_window import MainWindow

    window = MainWindow()
    window.resize(*WINDOW_SIZE)
    window.show()
    wait_until = _waiter(app)
    opened: list[object] = []
    window.controller.opened.connect(opened.append)
    window.controller.open_path(arguments.db)
    wait_until(lambda: bool(opened))
    window.period_picker.set_kind("quarter")
    window.period_picker.previous()  # the last complete quarter: every chart has data
    tag = f"[{arguments.lang}-{arguments.theme}]"
    if arguments.readme:
        folder = arguments.out or README_DIR
        suffix = "" if arguments.lang == "en" else f"_{arguments.lang}"
        overviews = {section_name(s) for s in window.sections}
    else:
        folder = (arguments.out or OUT_DIR) / f"{arguments.lang}-{arguments.theme}"
        suffix, overviews = "", set()
    folder.mkdir(parents=True, exist_ok=True)
    problems = 0

    def capture(name: str, widget: QWidget) -> None:
        nonlocal problems
        if arguments.readme and name not in overviews:
            return
        target = folder / f"{name}{suffix}.png"
        widget.grab().save(str(target))
        findings = audit(widget)
        problems += len(findings)
        shown = target.relative_to(ROOT) if target.is_relative_to(ROOT) else target
        print(f"{tag} {shown}", flush=True)
        for finding in findings:
            print(f"{tag}     does not fit: {finding}", flush=True)

    Walk(window, capture, wait_until, scratch).run()
    print(f"{tag} {problems} text(s) that do not fit", flush=True)
    window.close()
    QApplication.processEvents()
    return 0


def _waiter(app: object) -> Callable[[Callable[[], bool]], None]:
    def wait_until(condition: Callable[[], bool]) -> None:
        """Runs the event loop until ``condition`` holds, then a little longer to paint."""
        deadline = time.monotonic() + LOAD_TIMEOUT_S
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit("timed out waiting for the window")
            app.processEvents()  # type: ignore[attr-defined]
            time.sleep(0.01)
        for _ in range(5):
            app.processEvents()  # type: ignore[attr-defined]

    return wait_until


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
