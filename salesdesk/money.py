"""Money arithmetic in Decimal, rounded half up (SPEC §3a Money).

Amounts are integers in minor units (kopecks, cents). A line's amount is computed once, from
the quantity and unit price less the discount, and rounded half up to the minor unit; an
average is computed exactly and rounded half up once, when it is shown. Nothing goes through
binary floating point on the way: 0.7 × 1.65 is 1.155, which is 1.16 — not 1.15 as a float
product would round it.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

Number = int | float | Decimal | Fraction


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
