"""The dashboard and the API on a store opened read-only: every GET answers, nothing is written."""

from __future__ import annotations

import hashlib
import shutil
import stat
from pathlib import Path
from typing import Any

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlalchemy import select

from bilateral.api.app import create_app
from bilateral.errors import ConfigError
from bilateral.store import open_store
from bilateral.store.models import FigureRow


@pytest.fixture
def read_only_file(tmp_path: Path, demo_file: tuple[Path, dict[str, Any]]) -> Path:
    copy = tmp_path / "read-only.db"
    shutil.copyfile(demo_file[0], copy)
    copy.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)  # 0444
    return copy


def _routes(app: Any) -> list[APIRoute]:
    """The app's own routes and those of the routers it includes."""
    found = []
    for route in app.routes:
        router = getattr(route, "original_router", None)
        found += router.routes if router is not None else [route]
    return [r for r in found if isinstance(r, APIRoute)]


def _get_paths(app: Any, ids: dict[str, str]) -> list[str]:
    """Every GET route of the app, its path parameters filled from the demo store."""
    paths = []
    for route in _routes(app):
        if "GET" not in route.methods:
            continue
        path = route.path
        for name, value in ids.items():
            path = path.replace("{" + name + "}", value)
        # Required and optional filters alike: every route reads a pair and a query.
        paths.append(path + "?pair=PAK-RUS&q=trade")
    return paths


def test_read_only_store_serves_every_page_and_route(read_only_file, demo):
    before = hashlib.sha256(read_only_file.read_bytes()).hexdigest()
    app = create_app(str(read_only_file), read_only=True)
    assert app.state.store.read_only
    with app.state.store.session() as session:
        figure_id = session.scalar(select(FigureRow.figure_id))
    ids = {"doc_id": demo["doc_ids"][0], "event_id": demo["event_ids"][0],
           "figure_id": figure_id, "cluster_id": str(demo["cluster_ids"][0]),
           "job_id": "no-such-job", "name": "plotly.min.js"}
    exports = [f"/api/exports/{fmt}" for fmt in
               ("jsonl", "gdelt-csv", "plover-json", "parquet", "graphml")]
    with TestClient(app) as client:
        paths = [p for p in _get_paths(app, ids) if "{fmt}" not in p] + exports
        assert {"/", "/api/timeline", "/api/index", "/network", "/events/{event_id}"} <= {
            route.path for route in _routes(app)}
        answers = {path: client.get(path).status_code for path in paths}
        ingest = client.post("/api/ingest", data={"urls": "https://example.org/a"},
                             headers={"X-Bilateral-Client": "test"})
    expected = {"no-such-job": 404, "favicon.ico": 204}  # no job; the icon is inline
    failed = {path: status for path, status in answers.items()
              if status != next((code for part, code in expected.items() if part in path), 200)}
    assert not failed
    assert len(answers) > 25
    assert ingest.status_code == 403 and "read-only" in ingest.json()["error"]
    app.state.store.engine.dispose()
    assert hashlib.sha256(read_only_file.read_bytes()).hexdigest() == before


def test_read_only_store_of_an_older_schema_is_refused(read_only_file):
    import sqlite3

    read_only_file.chmod(0o644)
    with sqlite3.connect(read_only_file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0003'")
    with pytest.raises(ConfigError, match="schema version 0003"):
        open_store(str(read_only_file), read_only=True)


def test_read_only_store_must_exist(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        open_store(str(tmp_path / "missing.db"), read_only=True)
