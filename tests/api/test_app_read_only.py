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

from bilateral.errors import ConfigError
from bilateral.store import open_store
from bilateral.store.models import FigureConflictRow, FigureRow
from bilateral.web.app import create_app


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


def _walk(app: Any, demo: dict[str, Any]) -> tuple[dict[str, int], int]:
    """Status of every GET route (unexpected ones only), and of an ingest request."""
    with app.state.store.session() as session:
        figure_id = session.scalar(select(FigureRow.figure_id))
        conflict_id = session.scalar(select(FigureConflictRow.id))
    ids = {"doc_id": demo["doc_ids"][0], "event_id": demo["event_ids"][0],
           "figure_id": figure_id, "cluster_id": str(demo["cluster_ids"][0]),
           "conflict_id": str(conflict_id),
           "job_id": "no-such-job", "name": "plotly.min.js"}
    exports = [f"/api/exports/{fmt}" for fmt in
               ("jsonl", "gdelt-csv", "plover-json", "parquet", "graphml")]
    assert {"/", "/api/timeline", "/api/index", "/network", "/events/{event_id}"} <= {
        route.path for route in _routes(app)}
    with TestClient(app) as client:
        paths = [p for p in _get_paths(app, ids) if "{fmt}" not in p] + exports
        answers = {path: client.get(path).status_code for path in paths}
        ingest = client.post("/api/ingest", data={"urls": "https://example.org/a"},
                             headers={"X-Bilateral-Client": "test"})
    assert len(answers) > 25
    assert "read-only" in ingest.json()["error"]
    expected = {"no-such-job": 404, "favicon.ico": 204}  # no job; the icon is inline
    failed = {path: status for path, status in answers.items()
              if status != next((code for part, code in expected.items() if part in path), 200)}
    return failed, ingest.status_code


def test_read_only_store_serves_every_page_and_route(read_only_file, demo):
    before = hashlib.sha256(read_only_file.read_bytes()).hexdigest()
    app = create_app(str(read_only_file), read_only=True)
    assert app.state.store.read_only
    assert _walk(app, demo) == ({}, 403)
    app.state.store.engine.dispose()
    assert hashlib.sha256(read_only_file.read_bytes()).hexdigest() == before


@pytest.mark.postgres
def test_read_only_postgres_role_serves_every_page_and_route():
    """A role that may only SELECT: every page answers (reading never writes)."""
    import os

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from bilateral.api.demo import fill_demo_store
    from bilateral.store.session import database_url

    url = os.environ.get("BILATERAL_TEST_PG_URL")
    if not url:
        pytest.skip("BILATERAL_TEST_PG_URL is not set (scripts/services.sh start)")
    admin = create_engine(database_url(url))
    with admin.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    writable = open_store(url)
    demo = fill_demo_store(writable)
    writable.engine.dispose()
    with admin.begin() as connection:
        connection.execute(text("DROP ROLE IF EXISTS bilateral_reader"))
        connection.execute(text("CREATE ROLE bilateral_reader LOGIN PASSWORD 'reader'"))
        connection.execute(text("GRANT USAGE ON SCHEMA public TO bilateral_reader"))
        connection.execute(text("GRANT SELECT ON ALL TABLES IN SCHEMA public TO bilateral_reader"))
    reader = make_url(database_url(url)).set(username="bilateral_reader", password="reader")
    app = create_app(reader.render_as_string(hide_password=False), read_only=True)
    try:
        assert _walk(app, demo) == ({}, 403)
    finally:
        app.state.store.engine.dispose()
        with admin.begin() as connection:
            connection.execute(text("DROP OWNED BY bilateral_reader"))
            connection.execute(text("DROP ROLE bilateral_reader"))
        admin.dispose()


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
