"""Three real articles of examples/corpus, ingested into the ``store`` fixture (SQLite, then
PostgreSQL when BILATERAL_TEST_PG_URL is set), and a second, fresh store beside it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bilateral.store import open_store
from bilateral.store.session import Store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"
ARTICLES = ("03_civil_nuclear_agreement_2016.txt", "04_dharma_guardian_exercise_2018.html",
            "06_articles_2022.jsonl")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ARTICLES:
        shutil.copyfile(EXAMPLES / name, folder / name)
    return folder


@pytest.fixture
def fresh_store(db_url: str, tmp_path: Path) -> Iterator[Store]:
    """Another empty store on the same backend: a second SQLite file, or a PostgreSQL schema."""
    if "://" not in db_url:
        store = open_store(str(tmp_path / "fresh.db"))
        yield store
        store.engine.dispose()
        return
    from sqlalchemy import text

    url = db_url + ("&" if "?" in db_url else "?") + "options=-csearch_path%3Dfresh"
    admin = open_store(db_url, migrate=False)
    with admin.engine.begin() as connection:
        connection.execute(text("DROP SCHEMA IF EXISTS fresh CASCADE"))
        connection.execute(text("CREATE SCHEMA fresh"))
    admin.engine.dispose()
    store = open_store(url)
    yield store
    store.engine.dispose()
