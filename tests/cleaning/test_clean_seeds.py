"""The sample seeds clean to the gold's standard (skipped when ../shared is absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bilateral.cleaning import clean
from bilateral.sources import iter_sources

SHARED = Path(__file__).resolve().parents[2] / "../shared"
pytestmark = pytest.mark.skipif(not (SHARED / "gold/seeds.json").exists(), reason="no ../shared")


def _gold() -> dict[str, dict]:
    gold = json.loads((SHARED / "gold/seeds.json").read_text(encoding="utf-8"))
    return {d["file"]: d for d in gold["documents"]}


def test_clean_seeds_match_gold() -> None:
    gold = _gold()
    for item in iter_sources([str(SHARED / "corpus/seeds")]):
        doc = clean(item)
        expected = gold[Path(doc.source).name]
        for line in expected["boilerplate"]:
            assert line not in doc.text
        for line in expected["keep"]:
            assert line in doc.text
        assert (doc.title or "").lower() == expected["title"].lower()
        published = doc.published.isoformat() if doc.published else None
        assert published in expected["published"] if expected["published"] else published is None
