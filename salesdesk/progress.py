"""A small progress bar for long commands, drawn on stderr only when it is a terminal.

Use it as the ``progress(fraction, text)`` callback that long core operations accept::

    with TerminalProgress() as progress:
        generate_demo(path, progress=progress)

Redrawing is throttled (a 10M-row job may report thousands of times) and the line is
cleared at the end, so the command's own output starts on a clean line. When stderr is not
a terminal (a pipe, a log file, a test) nothing is written at all.
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import TextIO

BAR_WIDTH = 28
REDRAW_SECONDS = 0.1


class TerminalProgress:
    """A callable ``(fraction, text) -> None`` that draws ``[#####.....]  42%  text``."""

    def __init__(self, stream: TextIO | None = None, *, enabled: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self._last_draw = float("-inf")
        self._last_line = ""
        self._last_text: str | None = None
        self._width = 0

    def __call__(self, fraction: float, text: str = "") -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if text == self._last_text and now - self._last_draw < REDRAW_SECONDS:
            return
        line = render_bar(fraction, text)
        if line != self._last_line:
            self._draw(line)
        self._last_draw = now
        self._last_text = text

    def _draw(self, line: str) -> None:
        padding = " " * max(self._width - len(line), 0)  # wipe what a longer line left
        self.stream.write(f"\r{line}{padding}")
        self.stream.flush()
        self._last_line = line
        self._width = len(line)

    def finish(self) -> None:
        """Clears the bar's line."""
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0
            self._last_line = ""

    def __enter__(self) -> TerminalProgress:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _error: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.finish()


def render_bar(fraction: float, text: str = "") -> str:
    """``[##########..................]  37%  text`` for a fraction in [0, 1]."""
    fraction = min(max(fraction, 0.0), 1.0)
    filled = int(fraction * BAR_WIDTH)
    bar = "#" * filled + "." * (BAR_WIDTH - filled)
    return f"[{bar}] {fraction:4.0%}  {text}".rstrip()
