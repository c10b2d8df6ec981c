"""Where the tests find the source tree."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
