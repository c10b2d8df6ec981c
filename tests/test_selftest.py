"""``main.py --self-test`` from the source tree: every step passes and says so in JSON.

CI runs the same self-test in the built application (.ci/run); this is its source-tree twin,
so a broken step shows up in `make test` already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STEPS = ["database", "demo", "kpis", "chart", "pdf", "translations"]


@pytest.mark.slow
def test_self_test_passes_every_step() -> None:
    subprocess.run([sys.executable, str(ROOT / "tools" / "translations.py"), "build"], check=True)
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--self-test"],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    summary = json.loads(result.stdout)
    failed = {step["step"]: step["detail"] for step in summary["steps"] if not step["ok"]}
    assert not failed, "\n".join(f"{step}: {detail}" for step, detail in failed.items())
    assert [step["step"] for step in summary["steps"]] == STEPS
    assert summary["ok"] is True
    assert summary["frozen"] is False
    assert result.returncode == 0
    assert result.stderr == ""
