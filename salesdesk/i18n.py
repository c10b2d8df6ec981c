"""The core's translation helper: Russian and English text for the CLI, errors and PDFs.

English text is the key. Russian lives in :mod:`salesdesk.locale_ru`; plural forms follow the
CLDR rules of each language (ru: one / few / many — 1 сделка, 2 сделки, 5 сделок, 21 сделка).
The GUI translates its own strings with Qt Linguist; this module serves code without Qt.
"""

from __future__ import annotations

import locale
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

LANGUAGES = ("en", "ru")
_application_language = "en"
# A temporary language for one thread, e.g. a Russian report built in a worker while the
# GUI thread goes on formatting in English.
_thread = threading.local()


def set_language(lang: str) -> None:
    """Sets the application's language (all threads without their own override)."""
    global _application_language
    _application_language = _checked(lang)


def language() -> str:
    return getattr(_thread, "language", None) or _application_language


@contextmanager
def language_set_to(lang: str) -> Iterator[None]:
    """Switches the language of the calling thread only, e.g. to build a report."""
    previous = getattr(_thread, "language", None)
    _thread.language = _checked(lang)
    try:
        yield
    finally:
        _thread.language = previous


def _checked(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    return lang


def system_language() -> str:
    """'ru' when the OS locale is Russian, otherwise 'en'."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        if value := os.environ.get(var):
            return "ru" if value.lower().startswith("ru") else "en"
    code = locale.getlocale()[0] or ""
    return "ru" if code.lower().startswith("ru") else "en"


def tr(text: str, /, **fields: object) -> str:
    """Translates ``text`` into the current language and fills its ``{fields}``."""
    if language() == "ru":
        from salesdesk.locale_ru import MESSAGES

        text = MESSAGES.get(text, text)
    return text.format(**fields) if fields else text


def trn(n: int, singular: str, plural: str, /, **fields: object) -> str:
    """Translates a phrase with a count ``{n}``, choosing the plural form for ``n``."""
    if language() == "ru":
        from salesdesk.locale_ru import PLURALS

        forms = PLURALS.get(singular)
        if forms is not None:
            return forms[russian_plural_form(n)].format(n=n, **fields)
    return (singular if n == 1 else plural).format(n=n, **fields)


def russian_plural_form(n: int) -> int:
    """0 for 'one' (1, 21, 101), 1 for 'few' (2–4, 22–24), 2 for 'many' (0, 5–20, 25…)."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2
