"""Customer flow over a period: who was current at its start and end, won, lost, converted."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CustomerFlow:
    current_at_start: int
    current_at_end: int
    retained: int
    lost: int
    new: int
    prospects_at_start: int
    created_in_period: int
    converted: int

    @property
    def retention_rate(self) -> float | None:
        return self.retained / self.current_at_start if self.current_at_start else None

    @property
    def churn_rate(self) -> float | None:
        return self.lost / self.current_at_start if self.current_at_start else None

    @property
    def conversion_rate(self) -> float | None:
        candidates = self.prospects_at_start + self.created_in_period
        return self.converted / candidates if candidates else None
