"""Fixtures for linking tests: an empty store in a temporary SQLite file."""

from __future__ import annotations

import pytest

from bilateral.store import open_store


@pytest.fixture
def store(tmp_path):
    return open_store(str(tmp_path / "linking.db"))
