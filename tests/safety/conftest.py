"""Hypothesis profiles: ``make test`` runs a small, fixed sample of the generated files (the
same every run); ``make fuzz`` (HYPOTHESIS_PROFILE=fuzz) many more, differently each run."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_COMMON = {
    "deadline": None,
    "database": None,  # no .hypothesis/ folder in the source tree
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
}
settings.register_profile("bounded", max_examples=12, derandomize=True, **_COMMON)
settings.register_profile(
    "fuzz", max_examples=int(os.environ.get("FUZZ_EXAMPLES", "400")), **_COMMON
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "bounded"))
