"""A server reachable from other machines needs a token; loopback servers check Host."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from bilateral.api.security import check_bind, is_loopback
from bilateral.errors import ConfigError
from bilateral.web.app import create_app


@pytest.mark.parametrize("host,expected", [
    ("127.0.0.1", True), ("127.5.0.1", True), ("localhost", True), ("::1", True),
    ("[::1]", True), ("0.0.0.0", False), ("::", False), ("192.168.1.4", False),
    ("example.org", False),
])
def test_security_is_loopback(host, expected):
    assert is_loopback(host) is expected


def test_security_public_host_needs_token():
    with pytest.raises(ConfigError, match="--token"):
        check_bind("0.0.0.0", None)
    check_bind("0.0.0.0", "t")
    check_bind("127.0.0.1", None)


def test_security_serve_refuses_public_host_without_token(tmp_path):
    from bilateral.cli.main import app

    result = CliRunner().invoke(app, ["--db", str(tmp_path / "x.db"), "serve", "--host",
                                      "0.0.0.0"])
    assert result.exit_code != 0
    assert "--token" in str(result.exception) + result.output


def test_security_host_header_checked_when_asked(store):
    app = create_app(None, store=store, allowed_hosts=["127.0.0.1", "localhost"])
    with TestClient(app, base_url="http://127.0.0.1:8000") as ok_client:
        assert ok_client.get("/api/events").status_code == 200
    with TestClient(app, base_url="http://attacker.example") as bad_client:
        assert bad_client.get("/api/events").status_code == 400


def test_security_pages_send_csp(client):
    response = client.get("/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
