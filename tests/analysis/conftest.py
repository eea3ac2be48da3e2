"""Fixtures for analysis tests: an empty store, and one filled with the demo articles."""

from __future__ import annotations

import pytest

from bilateral.analysis.demo import build_demo
from bilateral.store import open_store


@pytest.fixture
def store(tmp_path):
    return open_store(str(tmp_path / "analysis.db"))


@pytest.fixture
def demo_store(store):
    build_demo(store)
    return store
