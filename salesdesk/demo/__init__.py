"""The demo database (SPEC §7 ``demo``): a realistic sales department in Russian or English.

``generate_demo(path, seed=1, customers=2_000, sales=60_000, language="en")`` builds it; the
same arguments always give the same data. Sizes up to a million customers and ten million
sales lines are generated with numpy and loaded with raw ``executemany`` (SPEC §11, B7).

Importing this package is cheap (the command line registers ``demo`` at every start);
numpy and the generator load on first use of :func:`generate_demo`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

DEFAULT_CUSTOMERS = 2_000
DEFAULT_SALES = 60_000

if TYPE_CHECKING:
    from salesdesk.demo.build import DemoCancelledError, DemoSummary, generate_demo

_LAZY = ("DemoCancelledError", "DemoSummary", "generate_demo")

__all__ = [
    "DEFAULT_CUSTOMERS",
    "DEFAULT_SALES",
    "DemoCancelledError",
    "DemoSummary",
    "generate_demo",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from salesdesk.demo import build

        return getattr(build, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
