"""Russian text for the core (CLI, errors, reports, demo data). Keys are the English originals.

One module per area, so that areas are translated side by side without touching each other;
each defines ``MESSAGES`` (English -> Russian) and ``PLURALS`` (English singular -> the
Russian forms one / few / many). A test checks that every ``tr()`` / ``trn()`` literal in
``salesdesk/`` has an entry.
"""

from __future__ import annotations

import importlib
import pkgutil

MESSAGES: dict[str, str] = {}
PLURALS: dict[str, tuple[str, str, str]] = {}

for _module_info in pkgutil.iter_modules(__path__):
    _module = importlib.import_module(f"{__name__}.{_module_info.name}")
    MESSAGES.update(getattr(_module, "MESSAGES", {}))
    PLURALS.update(getattr(_module, "PLURALS", {}))
