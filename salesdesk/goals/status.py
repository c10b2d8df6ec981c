"""Goal statuses and SMART verdicts with their colours: light enough for the GUI's start-up."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    NOT_STARTED = "not_started"
    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    MISSED = "missed"
    NO_DATA = "no_data"


class Verdict(StrEnum):
    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"


STATUS_COLOURS: dict[str, str] = {
    Status.ACHIEVED: "#15803D",
    Status.ON_TRACK: "#22A06B",
    Status.AT_RISK: "#D97706",
    Status.OFF_TRACK: "#DC2626",
    Status.MISSED: "#7F1D1D",
    Status.NOT_STARTED: "#9CA3AF",
    Status.NO_DATA: "#D1D5DB",
}
