"""Before ``make run`` opens the window: are the system libraries Qt's xcb plugin needs there?

PySide6 brings Qt but not the X11 libraries its xcb platform plugin links to; without them Qt
only says it "could not load the Qt platform plugin xcb". This asks ``ldd`` which libraries of
the plugin (and of the Qt modules SalesDesk loads) cannot be found, and prints the one
``apt-get install`` line that adds them. Silent and successful when nothing is missing, when
there is no display (offscreen, CI) and on systems other than Linux.

    python tools/check_display_libs.py      exit 0: fine; 1: libraries are missing
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# The libraries the xcb plugin and the Qt modules link to, by the Debian/Ubuntu package that
# has them (found with ldd over PySide6's libqxcb.so and QtCore/QtGui/QtWidgets).
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libexpat.so.1": "libexpat1",
}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def qt_binaries() -> list[Path]:
    """The xcb plugin and the Qt modules SalesDesk imports, from the installed PySide6."""
    import PySide6

    root = Path(PySide6.__file__).parent
    plugin = root / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    modules = [next(root.glob(f"{name}.*so"), None) for name in ("QtCore", "QtGui", "QtWidgets")]
    return [path for path in (plugin, *modules) if path is not None and path.exists()]


def missing_libraries(ldd_output: str) -> list[str]:
    """The sonames ``ldd`` could not find, each once, in order."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def install_command(libraries: list[str]) -> str:
    packages = dict.fromkeys(PACKAGES.get(name, name) for name in libraries)
    return "sudo apt-get install " + " ".join(packages)


def needs_a_display() -> bool:
    """Whether Qt will try the xcb plugin: Linux with an X display and no other platform."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or (platform and not platform.startswith("xcb")):
        return False
    return bool(os.environ.get("DISPLAY"))


def main() -> int:
    if not needs_a_display() or shutil.which("ldd") is None:
        return 0
    output = "".join(
        subprocess.run(["ldd", str(binary)], capture_output=True, text=True, check=False).stdout
        for binary in qt_binaries()
    )
    missing = missing_libraries(output)
    if not missing:
        return 0
    print(
        "SalesDesk cannot open its window: Qt's xcb platform plugin needs system libraries "
        f"that are missing ({', '.join(missing)}). Install them with:\n"
        f"  {install_command(missing)}",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
