"""Money arithmetic in Decimal, rounded half up (SPEC §3a Money).

Amounts are integers in minor units (kopecks, cents). A line's amount is computed once, from
the quantity and unit price less the discount, and rounded half up to the minor unit; an
average is computed exactly and rounded half up once, when it is shown. Nothing goes through
binary floating point on the way: 0.7 × 1.65 is 1.155, which is 1.16 — not 1.15 as a float
product would round it.

Amounts typed by people ("1 234,56", "1,234.56") are read here too (:func:`parse_money`), for
the import files and the GUI's amount fields alike.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction

from salesdesk.i18n import language, tr

Number = int | float | Decimal | Fraction

_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009'")
_MINUS_SIGNS = str.maketrans({"\u2212": "-", "\u2013": "-"})
_COMMA_GROUPS = re.compile(r"\d{1,3}(,\d{3})+")
_DOT_GROUPS = re.compile(r"\d{1,3}(\.\d{3})+")
# The largest amount of one line, in minor units (ten trillion in major units): room for sums
# of many such lines in SQLite's 64-bit integers, and exact in a double for the fast path.
MAX_MINOR_UNITS = 10**15


def to_decimal(value: Number) -> Decimal:
    """The value as a Decimal: a float by the digits it prints as (0.7, not 0.6999...)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, Fraction):
        return Decimal(value.numerator) / Decimal(value.denominator)
    if isinstance(value, float):
        return Decimal(float.__repr__(value))  # numpy's float64 too, without its own repr
    return Decimal(int(value))


def round_half_up(value: Number, places: int = 0) -> Decimal:
    """``value`` rounded half up to ``places`` decimals: 2.5 -> 3, -2.5 -> -3."""
    return to_decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def minor_units(value: Number) -> int:
    """An amount in minor units (possibly fractional) as whole minor units, half up."""
    return int(round_half_up(value))


def line_amount(quantity: Number, unit_price: int, discount: int = 0) -> int:
    """quantity × unit price − discount, in minor units, rounded once."""
    return minor_units(to_decimal(quantity) * unit_price) - discount


def major_units(minor: Number | None) -> Decimal | None:
    """Minor units as major units rounded half up to the minor unit (7759.92), for output."""
    return None if minor is None else round_half_up(to_decimal(minor) / 100, 2)


# --- amounts and numbers as people type them ----------------------------------------------------
# "1 234,56" (spaces or no-break spaces group thousands, a comma is the decimal mark) or
# "1,234.56"; only "1,234" is truly ambiguous, and the caller's ``decimal_comma`` settles it.
# Parsers raise ValueError with a translated reason.


def canonical_number(text: str, *, decimal_comma: bool = False) -> str:
    """``text`` as a plain "-1234.56" string; ``decimal_comma`` settles "1,234" only."""
    s = text.strip().translate(_MINUS_SIGNS)
    digits = s[1:] if s[:1] in ("-", "+") else s
    if digits.replace(".", "", 1).isdecimal():  # the common case: 1234, 1234.5, -12.50
        return s
    s = s.translate(_SPACES)
    sign, digits = (s[0], s[1:]) if s[:1] in ("-", "+") else ("", s)
    digits = _without_grouping(digits, decimal_comma=decimal_comma)
    if not digits.replace(".", "", 1).isdecimal():
        raise ValueError(tr("not a number: {value}", value=text.strip()))
    return sign + digits


def _without_grouping(digits: str, *, decimal_comma: bool) -> str:
    """Removes thousands separators and makes the decimal mark a dot."""
    comma, dot = digits.rfind(","), digits.rfind(".")
    if comma >= 0 and dot >= 0:  # both: the later one is the decimal mark
        grouping, decimal = (",", ".") if dot > comma else (".", ",")
        return digits.replace(grouping, "").replace(decimal, ".")
    if comma >= 0:
        if _COMMA_GROUPS.fullmatch(digits) and (digits.count(",") > 1 or not decimal_comma):
            return digits.replace(",", "")
        return digits.replace(",", ".")
    if dot >= 0 and digits.count(".") > 1 and _DOT_GROUPS.fullmatch(digits):
        return digits.replace(".", "")
    return digits


def parse_decimal(value: object, *, decimal_comma: bool = False) -> Decimal:
    if isinstance(value, bool):
        raise ValueError(tr("not a number: {value}", value=value))
    if isinstance(value, int | Decimal):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))  # the shortest text that round-trips, e.g. 0.1 -> "0.1"
    else:
        try:
            number = Decimal(canonical_number(str(value), decimal_comma=decimal_comma))
        except InvalidOperation:
            raise ValueError(tr("not a number: {value}", value=value)) from None
    if not number.is_finite():
        raise ValueError(tr("not a number: {value}", value=value))
    return number


def check_limit(number: Decimal | float, limit: int, value: object, *, scale: int = 1) -> None:
    """Refuses ``number`` beyond ``limit``; the reason shows the limit divided by ``scale``
    (minor units are checked, major units shown)."""
    if not -limit <= number <= limit:
        shown = _grouped(limit // scale)
        raise ValueError(tr("too large: {value} (at most {limit})", value=value, limit=shown))


def _grouped(whole: int) -> str:
    """``whole`` with the thousands grouped as the language writes them, as format_number
    would (salesdesk.formatting imports this module, so this one cannot use it)."""
    from babel.numbers import format_decimal

    locale = "ru_RU" if language() == "ru" else "en_US"
    return str(format_decimal(whole, format="#,##0", locale=locale))


def parse_money(value: object, *, decimal_comma: bool = False) -> int:
    """An amount in major units (roubles, dollars) as integer minor units, half up to the cent."""
    if isinstance(value, str):
        minor = _plain_money(canonical_number(value, decimal_comma=decimal_comma))
        if minor is not None:
            check_limit(minor, MAX_MINOR_UNITS, value, scale=100)
            return minor
    major = parse_decimal(value, decimal_comma=decimal_comma)
    check_limit(major * 100, MAX_MINOR_UNITS, value, scale=100)
    return minor_units(major * 100)


def _plain_money(canonical: str) -> int | None:
    """Integer arithmetic for amounts with at most two decimals (the usual case, and fast)."""
    negative = canonical.startswith("-")
    whole, _, fraction = canonical.lstrip("+-").partition(".")
    if len(fraction) > 2 or len(whole) > 18:  # too long for an amount: Decimal says why
        return None
    minor = int(whole or "0") * 100 + int(fraction.ljust(2, "0"))
    return -minor if negative else minor
