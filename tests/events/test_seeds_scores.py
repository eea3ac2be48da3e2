"""Samples, dev set and PLOVER sentences still score at or above the pinned floors
(eval/baseline.json, checked by eval/gate.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.slow
def test_extraction_scores_meet_the_floors(shared_dir: Path, repo_root: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(repo_root / "eval" / "gate.py")],
        check=False,
        capture_output=True,
        text=True,
        cwd=repo_root,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    floors = json.loads((repo_root / "eval" / "baseline.json").read_text())["floors"]
    assert floors["seeds.events_f1"] >= 0.85 and floors["seeds.events_recall"] >= 0.85
    assert floors["seeds.events_no_status_errors"] == 1.0
    assert floors["seeds.figures_f1"] == 1.0 and floors["seeds.cleaning"] == 1.0
    assert {"dev.events_f1", "dev_a-f.events_f1", "dev_g-l.events_f1", "gsr.type_recall"} <= set(floors)
