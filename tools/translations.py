"""The Qt Linguist pipeline of the GUI: sources -> .ts (committed) -> .qm (built, never committed).

    python tools/translations.py update   # refresh ui/i18n/salesdesk_{ru,en}.ts from the sources
    python tools/translations.py build    # compile them to resources/i18n/salesdesk_{ru,en}.qm
    python tools/translations.py check    # list what still needs translating; exit 1 if anything

``update`` runs lupdate over ``ui/`` and ``main.py`` and drops strings that left the code
(``-no-obsolete``). Translators then fill ``<translation>`` elements in the .ts files (Qt
Linguist, or any editor). ``check`` runs lupdate on temporary copies, so it also catches
strings added to the code since the last ``update``, and leaves the committed files alone.

Russian needs every message. English is the source language, so only plural messages
(``self.tr("%n deal(s)", "", n)``) need English forms: "%n deal" and "%n deals".
The core (``salesdesk/``) has no Qt and translates itself: see ``salesdesk/i18n.py``.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "ui" / "i18n"
QM_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("ru", "en")
SOURCE_LANGUAGE = "en"
# Placeholders a translation must keep: Qt's %n (the count of a plural message) and %1..%99
# (QString.arg), and Python's {field} for str.format().
PLACEHOLDER = re.compile(r"%(?:n|L?\d{1,2})|\{\w*(?:[:!][^{}]*)?\}")


def ts_path(language: str, folder: Path = TS_DIR) -> Path:
    return folder / f"salesdesk_{language}.ts"


def qm_path(language: str) -> Path:
    return QM_DIR / f"salesdesk_{language}.qm"


def source_files() -> list[Path]:
    """Every file whose ``tr()`` calls belong to the GUI's catalogue."""
    return [*sorted((ROOT / "ui").rglob("*.py")), ROOT / "main.py"]


def qt_tool(name: str) -> str:
    """PySide6's wrapper for a Linguist tool, preferring the one beside this Python."""
    wrapper = f"pyside6-{name}"
    beside_python = Path(sys.executable).parent / wrapper
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which(wrapper)
    if found is None:
        raise SystemExit(f"{wrapper} not found: install the project (pip install -e '.[dev]')")
    return found


def run_lupdate(ts_files: dict[str, Path]) -> None:
    """Merges the strings of the sources into each language's .ts file (created if missing)."""
    sources = [str(path) for path in source_files()]
    for language, ts in ts_files.items():
        ts.parent.mkdir(parents=True, exist_ok=True)
        command = [qt_tool("lupdate"), *sources, "-ts", str(ts), "-no-obsolete", "-silent"]
        # No line numbers: the .ts then changes only when the strings do.
        command += ["-locations", "none"]
        command += ["-source-language", SOURCE_LANGUAGE, "-target-language", language]
        subprocess.run(command, check=True)


def run_lrelease() -> list[Path]:
    QM_DIR.mkdir(parents=True, exist_ok=True)
    built = []
    for language in LANGUAGES:
        ts = ts_path(language)
        if not ts.exists():
            raise SystemExit(f"{ts.relative_to(ROOT)} is missing: run `translations.py update`")
        qm = qm_path(language)
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


# --- checking ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    language: str
    context: str
    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.language}: [{self.context}] {self.source!r}: {self.reason}"


def find_problems(ts: Path, language: str) -> Iterator[Problem]:
    """Messages of one .ts file that are untranslated, unfinished or lose a placeholder."""
    for context in ET.parse(ts).getroot().iter("context"):
        context_name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            for reason in _message_problems(message, source, language):
                yield Problem(language, context_name, source, reason)


def _message_problems(message: ET.Element, source: str, language: str) -> Iterator[str]:
    plural = message.get("numerus") == "yes"
    if language == SOURCE_LANGUAGE and not plural:
        return  # English text is its own translation
    translation = message.find("translation")
    assert translation is not None  # lupdate writes one for every message
    if plural:
        forms = [form.text or "" for form in translation.iter("numerusform")]
    else:
        forms = [translation.text or ""]
    if not all(form.strip() for form in forms):
        yield "plural forms missing" if plural else "not translated"
        return
    if translation.get("type") == "unfinished":
        yield "marked unfinished"
    # Every form keeps %n: Russian's "one" form also serves 21, 31, ... ("21 сделка").
    expected = sorted(PLACEHOLDER.findall(source))
    for form in forms:
        if sorted(PLACEHOLDER.findall(form)) != expected:
            yield f"placeholders {expected} differ in {form!r}"


def check() -> list[Problem]:
    """Problems against the current sources, found on copies of the committed .ts files."""
    with tempfile.TemporaryDirectory() as scratch:
        copies = {language: ts_path(language, Path(scratch)) for language in LANGUAGES}
        for language, copy in copies.items():
            if ts_path(language).exists():
                shutil.copyfile(ts_path(language), copy)
        run_lupdate(copies)
        return [p for language, copy in copies.items() for p in find_problems(copy, language)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("update", "build", "check"))
    action = parser.parse_args(argv).action
    if action == "update":
        run_lupdate({language: ts_path(language) for language in LANGUAGES})
        return 0
    if action == "build":
        for qm in run_lrelease():
            print(f"built {qm.relative_to(ROOT)}")
        return 0
    problems = check()
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} message(s) need translating: edit ui/i18n/*.ts", file=sys.stderr)
        return 1
    print("translations complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
