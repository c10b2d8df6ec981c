"""The core's translation helper: Russian and English text for the CLI, errors and PDFs.

English text is the key. Russian lives in :mod:`salesdesk.locale_ru`; plural forms follow the
CLDR rules of each language (ru: one / few / many — 1 сделка, 2 сделки, 5 сделок, 21 сделка).
The GUI translates its own strings with Qt Linguist; this module serves code without Qt.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Iterator
from contextlib import contextmanager

LANGUAGES = ("en", "ru")
_current = "en"


def set_language(lang: str) -> None:
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    _current = lang


def language() -> str:
    return _current


@contextmanager
def language_set_to(lang: str) -> Iterator[None]:
    """Temporarily switches the language, e.g. to build a report in another one."""
    previous = _current
    set_language(lang)
    try:
        yield
    finally:
        set_language(previous)


def system_language() -> str:
    """'ru' when the OS locale is Russian, otherwise 'en'."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        if value := os.environ.get(var):
            return "ru" if value.lower().startswith("ru") else "en"
    code = locale.getlocale()[0] or ""
    return "ru" if code.lower().startswith("ru") else "en"


def tr(text: str, /, **fields: object) -> str:
    """Translates ``text`` into the current language and fills its ``{fields}``."""
    if _current == "ru":
        from salesdesk.locale_ru import MESSAGES

        text = MESSAGES.get(text, text)
    return text.format(**fields) if fields else text


def trn(n: int, singular: str, plural: str, /, **fields: object) -> str:
    """Translates a phrase with a count ``{n}``, choosing the plural form for ``n``."""
    if _current == "ru":
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
