"""Stores and servers for the dashboard tests.

``client`` runs the app in process on the demo store; ``live_server`` runs Uvicorn on a free
loopback port in a thread, on the example corpus when it can be ingested here (else on the
demo store), with an article that carries a ``<script>`` to prove escaping.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient
from sqlalchemy import select

from bilateral.api.demo import fill_demo_store
from bilateral.linking.events import link_events
from bilateral.store import open_store
from bilateral.store.models import DocumentRow, EventRow
from bilateral.store.session import Store
from bilateral.types import content_hash
from bilateral.web.app import create_app

REPO = Path(__file__).resolve().parents[2]

XSS_TEXT = ('Officials met in <script>alert("xss")</script> Astana on Monday.\n\n'
            'The <b>ministers</b> agreed to meet again & talk <img src=x onerror=alert(2)>.')
XSS_TITLE = '<img src=x onerror=alert(1)> Talks "in" Astana'


def add_hostile_article(store: Store) -> str:
    """An article whose text, title and URL try to inject markup; returns its event id."""
    digest = content_hash(XSS_TEXT)
    doc_id = digest[:16]
    start = 0
    end = XSS_TEXT.index("\n")
    with store.session() as session:
        session.add(DocumentRow(doc_id=doc_id, content_hash=digest, source="hostile.html",
                                url="javascript:alert(3)", title=XSS_TITLE,
                                published="2020-01-01", outlet="<i>Evil</i>", language="en",
                                text=XSS_TEXT, status="ok"))
        session.flush()
        session.add(EventRow(
            event_id=f"{doc_id}:E1", doc_id=doc_id, type="CONSULT", mode=None, cameo="040",
            goldstein=1.0, source_country="KAZ", target_country="UZB",
            source={"id": "KAZ", "name": "<b>Kazakhstan</b>", "country": "KAZ"},
            target={"id": "UZB", "name": "Uzbekistan", "country": "UZB"}, participants=[],
            date="2020-01-01", status="occurred", sentence=XSS_TEXT[start:end], start=start,
            end=end, confidence=0.5, evidence=[],
        ))
    return f"{doc_id}:E1"


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web-demo") / "demo.db"
    store = open_store(str(path))
    fill_demo_store(store)
    add_hostile_article(store)
    link_events(store, similarity="lexical")  # linked once here, not by each test's requests
    store.engine.dispose()
    return path


@pytest.fixture
def store(tmp_path: Path, demo_db: Path) -> Store:
    copy = tmp_path / "web.db"
    shutil.copyfile(demo_db, copy)
    return open_store(str(copy), migrate=False)


@pytest.fixture
def client(store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(None, store=store)) as c:
        yield c


@pytest.fixture
def hostile_event_id(store: Store) -> str:
    with store.session() as session:
        return session.scalar(select(EventRow.event_id).where(EventRow.source_country == "KAZ"))


def corpus_store(path: Path) -> tuple[Store, str]:
    """The example corpus ingested into ``path`` (or the demo rows when that cannot run here)."""
    from bilateral.errors import BilateralError

    store = open_store(str(path))
    try:
        from bilateral.store.ingest import ingest

        summary = ingest(store, [str(REPO / "examples" / "corpus")])
        if summary.ingested and summary.events:
            return store, "example corpus"
    except (ImportError, BilateralError):
        pass
    fill_demo_store(store)
    return store, "demo store"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """http://127.0.0.1:PORT of a Uvicorn server in a thread; stopped after the session."""
    import uvicorn

    from bilateral.linking.events import link_pending

    store, what = corpus_store(tmp_path_factory.mktemp("live") / "live.db")
    add_hostile_article(store)
    with store.session() as session:  # linking is the writer's job: reads never link
        link_pending(session)
    port = free_port()
    app = create_app(None, store=store, allowed_hosts=["127.0.0.1", "localhost"])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    print(f"live server on {what}: http://127.0.0.1:{port}/")
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where page screenshots go: $BILATERAL_SCREENSHOTS, else a pytest temporary folder."""
    folder = Path(os.environ.get("BILATERAL_SCREENSHOTS") or tmp_path_factory.mktemp("screens"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"screenshots in {folder}")
    return folder


@pytest.fixture
def page(browser, live_server):
    """A page whose console errors, page errors and dialogs are collected in ``page.problems``."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=live_server)
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}")
            if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.problems = problems
    yield page
    context.close()
