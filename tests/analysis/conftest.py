"""Fixtures for analysis tests: the demo articles in a store (SQLite, and PostgreSQL when
BILATERAL_TEST_PG_URL is set; ``store`` comes from tests/conftest.py)."""

from __future__ import annotations

import pytest

from bilateral.analysis.demo import build_demo


@pytest.fixture
def demo_store(store):
    build_demo(store)
    return store


@pytest.fixture(autouse=True)
def lexical_linking(monkeypatch):
    # Analysis reads clusters; which text similarity made them is tested in tests/linking.
    monkeypatch.setenv("BILATERAL_SIMILARITY", "lexical")
