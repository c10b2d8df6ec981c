"""Numbers, money, percentages and dates in the current language (ru / en).

Babel supplies the CLDR conventions (``1 234 567,89 ₽`` in Russian, ``$1,234,567.89`` in
English). The currency always comes from the database, never from the OS locale, and so does
where its symbol goes (the ``currency_position`` setting: as the language writes it, or
always before or after the amount).

Every value is rounded half up in Decimal before Babel sees it (SPEC §3a Money), so the GUI,
the PDFs and the command line print the same digits: $2.50 shown without cents is $3, never
the $2 that Babel's half-to-even rounding would give.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from salesdesk.i18n import language
from salesdesk.money import Number, round_half_up, to_decimal

MISSING = "—"
_application_position = "language"
_thread = threading.local()  # a report built in a worker for another database's setting


def set_currency_position(position: str) -> None:
    """Where the currency symbol goes from now on (the open database's setting)."""
    global _application_position
    _application_position = position


def currency_position() -> str:
    return getattr(_thread, "position", None) or _application_position


@contextmanager
def currency_position_set_to(position: str) -> Iterator[None]:
    """The symbol's place for the calling thread only, e.g. while a report is built."""
    previous = getattr(_thread, "position", None)
    _thread.position = position
    try:
        yield
    finally:
        _thread.position = previous


def is_currency_code(code: str) -> bool:
    """Whether ``code`` is an ISO 4217 currency code (Babel's list, which CLDR keeps)."""
    from babel.numbers import list_currencies

    return code in list_currencies()


def checked_currency(code: str) -> str:
    """``code`` in capitals; raises unless it is an ISO 4217 code."""
    from salesdesk.errors import SalesDeskError
    from salesdesk.i18n import tr

    code = code.strip().upper()
    if not is_currency_code(code):
        raise SalesDeskError(
            tr("{code!r} is not an ISO 4217 currency code such as RUB, USD or EUR.", code=code)
        )
    return code


@cache
def _locale(lang: str):  # type: ignore[no-untyped-def]
    from babel import Locale

    return Locale.parse("ru_RU" if lang == "ru" else "en_US")


def format_money(minor: Number | None, currency: str, *, decimals: int = 2) -> str:
    """Minor units (kopecks, cents) as money: ``format_money(123456, "RUB")`` -> ``1 234,56 ₽``."""
    if minor is None:
        return MISSING
    from babel.numbers import format_currency

    return format_currency(
        round_half_up(to_decimal(minor) / 100, decimals),
        currency,
        format=_money_pattern(currency, decimals),
        locale=_locale(language()),
        currency_digits=False,
    )


def _money_pattern(currency: str, decimals: int) -> str:
    locale = _locale(language())
    number = "#,##0" + ("." + "0" * decimals if decimals else "")
    position = currency_position()
    if position == "before":
        pattern = f"¤{number}"
    elif position == "after":
        pattern = f"{number}\xa0¤"
    else:
        pattern = locale.currency_formats["standard"].pattern.split(";")[0]
        pattern = pattern.replace("#,##0.00", number)
    if currency_symbol(currency).isalpha() and "¤#" in pattern:
        pattern = pattern.replace("¤#", "¤\xa0#")  # "RUB 1,234.00", not "RUB1,234.00"
    return pattern


def currency_symbol(currency: str) -> str:
    """The currency's symbol in the current language: ``₽`` in Russian, ``$`` for USD."""
    from babel.numbers import get_currency_symbol

    return str(get_currency_symbol(currency, locale=_locale(language())))


def format_number(value: Number | None, decimals: int = 0) -> str:
    if value is None:
        return MISSING
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(
        round_half_up(value, decimals), format=pattern, locale=_locale(language())
    )


def format_percent(ratio: Number | None, decimals: int = 1, *, signed: bool = False) -> str:
    """A ratio (0.183) as a percentage (``18.3%`` / ``18,3 %``); ``signed`` adds ``+``."""
    if ratio is None:
        return MISSING
    from babel.numbers import format_percent as babel_percent

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "") + "%"
    rounded = round_half_up(to_decimal(ratio) * 100, decimals) / 100
    if not rounded:
        rounded = abs(rounded)  # no sign on what shows as zero: "-0.0%" or "+0.0%" say nothing
    elif signed:
        pattern = f"+{pattern};-{pattern}"
    return babel_percent(rounded, format=pattern, locale=_locale(language()))


def format_points(change: Number | None, decimals: int = 1) -> str:
    """A change of a rate (0.015) in percentage points, signed: ``+1.5 pp`` / ``-0,3 п. п.``;
    no sign on a change that shows as zero."""
    if change is None:
        return MISSING
    from salesdesk.i18n import tr

    points = round_half_up(to_decimal(change) * 100, decimals)
    shown = format_number(abs(points), decimals)
    sign = "+" if points > 0 else "-" if points < 0 else ""
    return tr("{points} pp", points=sign + shown)


def format_date(value: dt.date | None, *, style: str = "medium") -> str:
    """``28 Nov 2026`` / ``28 нояб. 2026 г.``; style as Babel's (short, medium, long)."""
    if value is None:
        return MISSING
    from babel.dates import format_date as babel_date

    return babel_date(value, format=style, locale=_locale(language()))


def date_pattern(style: str = "medium") -> str:
    """The CLDR pattern :func:`format_date` writes dates with (``MMM d, y`` in English), for
    date fields that should show dates the same way."""
    pattern: str = _locale(language()).date_formats[style].pattern
    return pattern


def format_datetime(value: dt.datetime) -> str:
    from babel.dates import format_datetime as babel_datetime

    return babel_datetime(value, format="medium", locale=_locale(language()))


def format_month(value: dt.date, *, abbreviated: bool = False) -> str:
    """``November 2026`` / ``ноябрь 2026``; abbreviated: ``Nov 2026`` / ``нояб. 2026``.

    The stand-alone month and the bare year: CLDR's Russian month-and-year adds "г.", which
    crowds a chart's axis and doubles the full stop of an abbreviation ("2026 г..")."""
    from babel.dates import format_date as babel_date

    pattern = "LLL y" if abbreviated else "LLLL y"
    return babel_date(value, format=pattern, locale=_locale(language()))


def month_names() -> list[str]:
    """January … December as a list names them, in the current language ("Январь")."""
    from babel.dates import get_month_names

    names = get_month_names("wide", context="stand-alone", locale=_locale(language()))
    return [names[month].capitalize() for month in range(1, 13)]


def currency_affixes(currency: str) -> tuple[str, str]:
    """What a money field writes before and after the amount it holds, e.g. ("$", "") or
    ("", " ₽"): the symbol where :func:`format_money` puts it, so fields and figures agree."""
    pattern = _money_pattern(currency, 0)
    symbol = currency_symbol(currency)
    before, _, after = pattern.partition("#")
    after = after.lstrip("#,0.")
    return before.replace("¤", symbol), after.replace("¤", symbol)


def money_major(minor: Number | None) -> float | None:
    """Minor units as major units rounded half up to cents, for machine output (CSV, JSON):
    the float nearest the two-decimal value, which JSON prints with those two decimals."""
    from salesdesk.money import major_units

    major = major_units(minor)
    return None if major is None else float(major)
