"""Which reader handles a body, from its media type or its first bytes."""

from __future__ import annotations

from bilateral.sources.items import HTML, TEXT

HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)
FEED = "feed"


def media_type(content_type: str) -> str:
    return content_type.split(";")[0].strip().lower()


def kind_of_content_type(content_type: str) -> str | None:
    """``"html"``, ``"text"``, ``"feed"`` or None for a type bilateral does not read."""
    media = media_type(content_type)
    if media in HTML_TYPES:
        return HTML
    if media in TEXT_TYPES:
        return TEXT
    if media in FEED_TYPES:
        return FEED
    return None


def looks_like_feed(head: bytes) -> bool:
    """An RSS/Atom document, whatever the server called it."""
    start = head[:2048].lower()
    return b"<rss" in start or b"<feed" in start or b"<rdf:rdf" in start
