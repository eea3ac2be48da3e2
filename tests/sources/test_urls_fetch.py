"""URLs and feeds are fetched through an injectable client; private hosts are refused."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from bilateral.errors import SourceError
from bilateral.sources import RawItem, SourceFailure, iter_sources
from bilateral.sources.urls import check_public_host, is_public_address

PAGE = b"<html><body><article><p>Envoys agreed on a rail survey.</p></article></body></html>"
RSS = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Harbour Gazette</title>
<item><title>Port talks resume</title><link>http://93.184.216.34/port</link>
<pubDate>Tue, 02 Mar 2021 08:00:00 GMT</pubDate></item>
<item><title>Gone story</title><link>http://93.184.216.34/gone</link></item>
</channel></rss>"""


def _handler(request: httpx.Request) -> httpx.Response:
    routes = {
        "/story": (200, "text/html; charset=utf-8", PAGE),
        "/port": (200, "text/html", PAGE),
        "/feed": (200, "application/rss+xml", RSS),
        "/report.pdf": (200, "application/pdf", b"%PDF-1.7"),
        "/huge": (200, "text/html", b"x" * 5000),
    }
    if request.url.path == "/moved":
        return httpx.Response(301, headers={"location": "/story"})
    if request.url.path == "/down":
        raise httpx.ConnectError("connection refused", request=request)
    status, ctype, body = routes.get(request.url.path, (404, "text/html", b"not found"))
    return httpx.Response(status, headers={"content-type": ctype}, content=body)


def _items(specs: list[str], **options) -> list[RawItem | SourceFailure]:
    client = httpx.Client(transport=httpx.MockTransport(_handler))
    return list(iter_sources(specs, client=client, **options))


def test_urls_page_is_fetched() -> None:
    [item] = _items(["http://93.184.216.34/story"])
    assert isinstance(item, RawItem)
    assert item.kind == "html" and item.content == PAGE
    assert item.meta["url"] == "http://93.184.216.34/story"


def test_urls_redirect_is_followed_and_recorded() -> None:
    [item] = _items(["http://93.184.216.34/moved"])
    assert isinstance(item, RawItem)
    assert item.meta["url"] == "http://93.184.216.34/story"


@pytest.mark.parametrize(
    "path, reason",
    [("/down", "ConnectError"), ("/report.pdf", "content type"), ("/missing", "HTTP 404")],
)
def test_urls_bad_responses_are_failures(path: str, reason: str) -> None:
    [item] = _items([f"http://93.184.216.34{path}"])
    assert isinstance(item, SourceFailure)
    assert reason in item.reason


def test_urls_size_cap() -> None:
    [item] = _items(["http://93.184.216.34/huge"], max_bytes=1000)
    assert isinstance(item, SourceFailure)
    assert "cap" in item.reason


def test_urls_loopback_refused_unless_allowed() -> None:
    [refused] = _items(["http://127.0.0.1/story"])
    assert isinstance(refused, SourceFailure)
    assert "--allow-private" in refused.reason
    [allowed] = _items(["http://127.0.0.1/story"], allow_private=True)
    assert isinstance(allowed, RawItem)


@pytest.mark.parametrize(
    "address, public",
    [("8.8.8.8", True), ("10.1.2.3", False), ("192.168.0.7", False), ("127.0.0.1", False),
     ("169.254.169.254", False), ("::1", False), ("fe80::1", False), ("::ffff:10.0.0.1", False),
     ("2001:4860:4860::8888", True), ("0.0.0.0", False)],
)
def test_urls_public_address_classes(address: str, public: bool) -> None:
    assert is_public_address(address) is public


def test_urls_check_uses_resolved_addresses() -> None:
    def resolver(host: str, port: int) -> list[str]:
        return {"news.example": ["93.184.216.34"], "sneaky.example": ["93.184.216.34", "10.0.0.5"]}[host]

    check_public_host("https://news.example/a", resolver)
    with pytest.raises(SourceError, match="10.0.0.5"):
        check_public_host("https://sneaky.example/a", resolver)


def test_feeds_url_items_are_fetched_with_entry_metadata() -> None:
    items = _items(["http://93.184.216.34/feed"])
    assert isinstance(items[0], RawItem)
    assert items[0].meta["title"] == "Port talks resume"
    assert items[0].meta["published"] == "2021-03-02"
    assert items[0].meta["outlet"] == "Harbour Gazette"
    assert isinstance(items[1], SourceFailure) and "404" in items[1].reason


def test_feeds_local_file(tmp_path: Path) -> None:
    path = tmp_path / "gazette.rss"
    path.write_bytes(RSS)
    items = _items([str(path)])
    assert [type(i).__name__ for i in items] == ["RawItem", "SourceFailure"]
    assert items[0].source == "http://93.184.216.34/port"
