"""Guards of the GUI tests: a question box no test answered fails the test instead of
waiting for a click that never comes."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _unanswered_questions_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.dialogs.messages import AskFirst

    def unanswered(self: AskFirst) -> int:
        raise AssertionError(f"unanswered question: {self.text()} {self.informativeText()}")

    monkeypatch.setattr(AskFirst, "exec", unanswered)
