"""tools/check_display_libs.py: what `make run` says when Qt's xcb plugin lacks libraries."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from tests.paths import ROOT

_SPEC = importlib.util.spec_from_file_location(
    "check_display_libs", ROOT / "tools" / "check_display_libs.py"
)
assert _SPEC is not None and _SPEC.loader is not None
tool = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(tool)

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd6b1f8000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f1c3a000000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibsomething-new.so.3 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f1c39c00000)
"""


def test_the_missing_libraries_become_one_apt_get_line() -> None:
    missing = tool.missing_libraries(LDD)
    assert missing == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxkbcommon-x11.so.0",
                       "libsomething-new.so.3"]  # fmt: skip
    assert tool.install_command(missing) == (
        "sudo apt-get install libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 "
        "libsomething-new.so.3"
    )


def test_the_plugin_and_the_qt_modules_are_what_ldd_is_asked_about() -> None:
    names = [path.name for path in tool.qt_binaries()]
    assert names[0] == "libqxcb.so" or sys.platform != "linux"
    assert {name.split(".")[0] for name in names[1:]} == {"QtCore", "QtGui", "QtWidgets"}


@pytest.mark.parametrize(
    ("environment", "needed"),
    [({"DISPLAY": ":0"}, True), ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, False),
     ({}, False), ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, True)],
)  # fmt: skip
def test_only_a_display_asks_for_them(
    environment: dict[str, str], needed: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert tool.needs_a_display() == (needed and sys.platform.startswith("linux"))


def test_offscreen_runs_say_nothing_and_succeed() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "check_display_libs.py")],
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
