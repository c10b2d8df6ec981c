"""The core's translation helper: Russian and English text for the CLI, errors and PDFs.

English text is the key. Russian lives in :mod:`salesdesk.locale_ru`; plural forms follow the
CLDR rules of each language (ru: one / few / many — 1 сделка, 2 сделки, 5 сделок, 21 сделка).
The GUI translates its own strings with Qt Linguist; this module serves code without Qt.
"""

from __future__ import annotations

import locale
import os
import re
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


# An abbreviation's full stop followed by the sentence's: "31 дек. 2026 г.." reads "г.".
_DOUBLED_STOP = re.compile(r"(\w\.)\.(?=\s|$|[)»])")


def _tidy(text: str) -> str:
    return _DOUBLED_STOP.sub(r"\1", text)


def tr(text: str, /, **fields: object) -> str:
    """Translates ``text`` into the current language and fills its ``{fields}``."""
    if language() == "ru":
        from salesdesk.locale_ru import MESSAGES

        text = MESSAGES.get(text, text)
    return _tidy(text.format(**fields)) if fields else text


def trn(n: int, singular: str, plural: str, /, **fields: object) -> str:
    """Translates a phrase with a count ``{n}``, choosing the plural form for ``n``."""
    if language() == "ru":
        from salesdesk.locale_ru import PLURALS

        forms = PLURALS.get(singular)
        if forms is not None:
            return _tidy(forms[russian_plural_form(n)].format(n=n, **fields))
    return _tidy((singular if n == 1 else plural).format(n=n, **fields))


def with_unit(number: str, value: float, unit: str) -> str:
    """``number`` (``value`` as shown) followed by ``unit`` in the form the number takes:
    "1 балл", "41 балл", "45 баллов", "2,5 балла"; "1 point", "45 points". A unit the
    language's table does not know stays as written."""
    forms = _unit_forms(unit)
    if forms is None:
        return f"{number} {unit}".strip()
    if language() == "ru":
        whole = float(value).is_integer() and not any(mark in number for mark in ",.")
        return f"{number} {forms[russian_plural_form(int(value)) if whole else 1]}"
    return f"{number} {forms[0] if value == 1 else forms[-1]}"


def _unit_forms(unit: str) -> tuple[str, ...] | None:
    """The forms of ``unit`` (any of them may be given) in the current language."""
    from salesdesk.locale_ru.units import ENGLISH_UNITS, RUSSIAN_UNITS

    table = RUSSIAN_UNITS if language() == "ru" else ENGLISH_UNITS
    word = unit.strip().casefold()
    return next((forms for forms in table if word in forms), None)


def russian_plural_form(n: int) -> int:
    """0 for 'one' (1, 21, 101), 1 for 'few' (2–4, 22–24), 2 for 'many' (0, 5–20, 25…)."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def name_in_genitive(name: str) -> str:
    """A person's name as the owner in "{name}'s team": declined in Russian ("Ивана
    Петрова"), as written in English (the phrase's "'s" does the work)."""
    if language() == "ru":
        from salesdesk.locale_ru.names import genitive_name

        return genitive_name(name)
    return name
