"""Where the application finds its bundled files and keeps the user's data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, from the source tree or from a PyInstaller bundle."""
    root = Path(getattr(sys, "_MEIPASS", _SOURCE_ROOT))
    return root.joinpath("resources", *parts)


def data_dir() -> Path:
    """The folder for the user's databases: ``$SALESDESK_HOME`` (tests set it) or the OS one."""
    if home := os.environ.get("SALESDESK_HOME"):
        return Path(home)
    from platformdirs import user_data_dir

    return Path(user_data_dir("SalesDesk", appauthor=False))


def default_demo_path() -> Path:
    return data_dir() / "demo.sqlite"
