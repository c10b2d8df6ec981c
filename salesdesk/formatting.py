"""Numbers, money, percentages and dates in the current language (ru / en).

Babel supplies the CLDR conventions (``1 234 567,89 ₽`` in Russian, ``$1,234,567.89`` in
English). The currency always comes from the database, never from the OS locale.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from salesdesk.i18n import language

MISSING = "—"


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


def format_money(minor: int | float | None, currency: str, *, decimals: int = 2) -> str:
    """Minor units (kopecks, cents) as money: ``format_money(123456, "RUB")`` -> ``1 234,56 ₽``."""
    if minor is None:
        return MISSING
    from babel.numbers import format_currency

    return format_currency(
        minor / 100,
        currency,
        format=_money_pattern(currency, decimals),
        locale=_locale(language()),
        currency_digits=False,
    )


def _money_pattern(currency: str, decimals: int) -> str:
    from babel.numbers import get_currency_symbol

    locale = _locale(language())
    pattern = locale.currency_formats["standard"].pattern.split(";")[0]
    pattern = pattern.replace("#,##0.00", "#,##0" + ("." + "0" * decimals if decimals else ""))
    if get_currency_symbol(currency, locale=locale).isalpha() and "¤#" in pattern:
        pattern = pattern.replace("¤#", "¤\xa0#")  # "RUB 1,234.00", not "RUB1,234.00"
    return pattern


def format_number(value: int | float | None, decimals: int = 0) -> str:
    if value is None:
        return MISSING
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=_locale(language()))


def format_percent(ratio: float | None, decimals: int = 1, *, signed: bool = False) -> str:
    """A ratio (0.183) as a percentage (``18.3%`` / ``18,3 %``); ``signed`` adds ``+``."""
    if ratio is None:
        return MISSING
    from babel.numbers import format_percent as babel_percent

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "") + "%"
    if signed:
        pattern = f"+{pattern};-{pattern}"
    return babel_percent(ratio, format=pattern, locale=_locale(language()))


def format_date(value: dt.date | None, *, style: str = "medium") -> str:
    """``28 Nov 2026`` / ``28 нояб. 2026 г.``; style as Babel's (short, medium, long)."""
    if value is None:
        return MISSING
    from babel.dates import format_date as babel_date

    return babel_date(value, format=style, locale=_locale(language()))


def format_datetime(value: dt.datetime) -> str:
    from babel.dates import format_datetime as babel_datetime

    return babel_datetime(value, format="medium", locale=_locale(language()))


def format_month(value: dt.date, *, abbreviated: bool = False) -> str:
    """``November 2026`` / ``ноябрь 2026``; abbreviated: ``Nov 2026`` / ``нояб. 2026``."""
    from babel.dates import format_skeleton

    skeleton = "yMMM" if abbreviated else "yMMMM"
    return format_skeleton(skeleton, value, locale=_locale(language()))


def money_major(minor: int | float | None) -> float | None:
    """Minor units as major units rounded to cents, for machine output (CSV, JSON)."""
    return None if minor is None else round(minor / 100, 2)
