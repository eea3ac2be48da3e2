"""A demo store (bilateral.api.demo) on a temporary SQLite file, and a client on the app."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient

from bilateral.api.demo import fill_demo_store
from bilateral.store import open_store
from bilateral.store.session import Store
from bilateral.web.app import create_app


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """The demo store built once (migrations take a while); tests get a copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    template = open_store(str(path))
    ids = fill_demo_store(template)
    template.engine.dispose()
    return path, ids


@pytest.fixture
def store(tmp_path: Path, demo_file: tuple[Path, dict[str, Any]]) -> Store:
    """A private copy of the demo store."""
    copy = tmp_path / "api.db"
    shutil.copyfile(demo_file[0], copy)
    return open_store(str(copy), migrate=False)


@pytest.fixture
def demo(demo_file: tuple[Path, dict[str, Any]]) -> dict[str, Any]:
    return demo_file[1]


@pytest.fixture
def client(store: Store, demo: dict[str, Any]) -> TestClient:
    with TestClient(create_app(None, store=store)) as c:
        yield c
