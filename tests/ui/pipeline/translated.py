"""Runs a block with the app's translators and the core's language set to one language."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication

from salesdesk import i18n

from ui.app import install_translators


@contextmanager
def translated(language: str) -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, language)
    i18n.set_language(language)
    try:
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        i18n.set_language("en")
