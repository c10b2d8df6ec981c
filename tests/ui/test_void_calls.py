"""Guards the PySide6 pin: 6.12.0 on Python 3.11 aborts ("Fatal Python error: none_dealloc")
after a few thousand Qt calls that return None, because it releases Py_None too often.

The calls run in a child process, so an abort fails this test instead of killing pytest.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CALLS = 20_000

_CHILD = textwrap.dedent(
    """
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([])
    label = QLabel()
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    calls = 0
    for n in range({rounds}):
        label.setText(str(n))  # each of these returns None
        label.setToolTip("tip")
        painter.drawLine(0, 0, 7, 7)
        painter.drawPoint(n % 8, n % 8)
        calls += 4
    painter.end()
    print(calls)
    """
)


def test_twenty_thousand_void_qt_calls_do_not_abort() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.run(
        [sys.executable, "-c", _CHILD.format(rounds=CALLS // 4)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert child.returncode == 0, child.stderr
    assert child.stdout.strip() == str(CALLS)
