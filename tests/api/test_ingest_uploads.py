"""/api/ingest: token and client header, size and type caps, background job with progress."""

from __future__ import annotations

import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient

from bilateral.web.app import Settings, create_app

CLIENT = {"X-Bilateral-Client": "test"}


class FakeIngest:
    """Records what it was asked to ingest and the files' contents, like the real one reports."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.contents: dict[str, bytes] = {}

    def __call__(self, store, specs, *, progress=None):
        self.calls.append(list(specs))
        for spec in specs:
            if Path(spec).exists():
                self.contents[Path(spec).name] = Path(spec).read_bytes()
            if progress:
                progress(spec)
        return SimpleNamespace(ingested=len(specs), unchanged=0, duplicates=[], skipped=[],
                               failed=[], events=0, figures=0)


@pytest.fixture
def fake() -> FakeIngest:
    return FakeIngest()


def make_client(store, fake, token=None, cap=1024):
    app = create_app(None, token, store=store, ingest=fake,
                     settings=Settings(max_upload_bytes=cap))
    return TestClient(app)


def wait_done(client, job_id, headers=CLIENT):
    for _ in range(100):
        job = client.get(f"/api/ingest/{job_id}", headers=headers).json()["data"]
        if job["state"] in ("done", "failed"):
            return job
        time.sleep(0.05)
    raise AssertionError("ingest job did not finish")


def test_ingest_upload_runs_in_background(store, fake):
    with make_client(store, fake) as client:
        files = [("files", ("../../etc/evil name.txt", b"An article.", "text/plain")),
                 ("files", ("b.html", b"<p>Another.</p>", "text/html"))]
        response = client.post("/api/ingest", files=files, headers=CLIENT)
        assert response.status_code == 202, response.text
        job = wait_done(client, response.json()["data"]["job_id"])
    assert job["state"] == "done" and job["done"] == 2 and job["expected"] == 2
    assert job["summary"]["ingested"] == 2
    saved = sorted(fake.contents)
    assert saved == ["000_evil_name.txt", "001_b.html"]  # no path escapes the upload folder
    assert fake.contents["001_b.html"] == b"<p>Another.</p>"
    assert not Path(fake.calls[0][0]).exists()  # the upload folder is removed afterwards


def test_ingest_urls_are_passed_on(store, fake):
    with make_client(store, fake) as client:
        response = client.post("/api/ingest", headers=CLIENT,
                               data={"urls": "https://example.org/a\n\nhttps://example.org/feed.xml"})
        wait_done(client, response.json()["data"]["job_id"])
    assert fake.calls == [["https://example.org/a", "https://example.org/feed.xml"]]


@pytest.mark.parametrize("data,files,status", [
    ({"urls": "file:///etc/passwd"}, None, 422),
    ({"urls": "not a url"}, None, 422),
    ({}, None, 422),
    ({}, [("files", ("a.exe", b"MZ", "application/octet-stream"))], 415),
    ({}, [("files", ("a.txt", b"x" * 2048, "text/plain"))], 413),
])
def test_ingest_refuses_bad_input(store, fake, data, files, status):
    with make_client(store, fake) as client:
        response = client.post("/api/ingest", data=data, files=files, headers=CLIENT)
    assert response.status_code == status
    assert response.json()["ok"] is False
    assert fake.calls == []


def test_ingest_without_token_needs_client_header(store, fake):
    with make_client(store, fake) as client:
        response = client.post("/api/ingest", data={"urls": "https://example.org/a"})
    assert response.status_code == 403


@pytest.mark.parametrize("headers,status", [
    ({}, 401),
    ({"Authorization": "Bearer wrong"}, 403),
    ({"Authorization": "Bearer s3cret"}, 202),
    ({"X-Bilateral-Token": "s3cret"}, 202),
])
def test_ingest_with_token(store, fake, headers, status):
    with make_client(store, fake, token="s3cret") as client:
        response = client.post("/api/ingest", data={"urls": "https://example.org/a"},
                               headers=headers)
        assert response.status_code == status
        # reads stay open
        assert client.get("/api/events").status_code == 200


def test_ingest_unknown_job_is_404(client):
    assert client.get("/api/ingest/nope").status_code == 404


def test_ingest_failure_is_reported(store):
    def broken(store, specs, *, progress=None):
        raise RuntimeError("disk full")

    with make_client(store, broken) as client:
        job_id = client.post("/api/ingest", data={"urls": "https://example.org/a"},
                             headers=CLIENT).json()["data"]["job_id"]
        job = wait_done(client, job_id)
    assert job["state"] == "failed" and "disk full" in job["error"]


def test_ingest_page_asks_for_the_token_only_when_needed(store, fake):
    with make_client(store, fake) as open_client:
        assert 'id="ingest-token"' not in open_client.get("/ingest").text
    with make_client(store, fake, token="s3cret") as locked_client:
        assert 'id="ingest-token"' in locked_client.get("/ingest").text


def test_ingest_refuses_a_declared_body_over_the_request_cap(store, fake):
    app = create_app(None, store=store, ingest=fake,
                     settings=Settings(max_upload_bytes=1024, max_request_bytes=4096))
    with TestClient(app) as client:
        files = [("files", (f"a{i}.txt", b"x" * 1000, "text/plain")) for i in range(6)]
        response = client.post("/api/ingest", files=files, headers=CLIENT)
    assert response.status_code == 413
    assert fake.calls == []
