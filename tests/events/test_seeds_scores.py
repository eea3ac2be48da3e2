"""The sample articles still score at or above the pinned floors (eval/baseline.json)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.slow
def test_seeds_scores_meet_the_floors(shared_dir: Path, repo_root: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(repo_root / "eval" / "gate.py")],
        check=False,
        capture_output=True,
        text=True,
        cwd=repo_root,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    floors = json.loads((repo_root / "eval" / "baseline.json").read_text())["floors"]
    assert floors["events_f1"] >= 0.80 and floors["events_recall"] >= 0.85
    assert floors["events_no_status_errors"] == 1.0 and floors["events_dated_share"] >= 0.90
