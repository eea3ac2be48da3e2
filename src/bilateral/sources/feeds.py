"""RSS/Atom feeds: each entry's link is fetched; its title and date become metadata."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import feedparser

from bilateral.errors import SourceError
from bilateral.sources.items import HTML, RawItem, SourceFailure
from bilateral.sources.kinds import FEED
from bilateral.sources.urls import Fetcher


def iter_feed(content: bytes, source: str, fetcher: Fetcher) -> Iterator[RawItem | SourceFailure]:
    """Fetch the article behind every entry of a feed document."""
    parsed = feedparser.parse(content)
    if parsed.bozo and not parsed.entries:
        yield SourceFailure(source, f"not a readable RSS/Atom feed: {parsed.bozo_exception}")
        return
    outlet = parsed.feed.get("title")
    for entry in parsed.entries:
        yield _entry_item(entry, source, outlet, fetcher)


def _entry_item(entry: Any, source: str, outlet: str | None, fetcher: Fetcher) -> RawItem | SourceFailure:
    meta = _entry_meta(entry, outlet)
    link = entry.get("link")
    if not link:
        return _inline_item(entry, source, meta)
    try:
        fetched = fetcher.fetch(link)
    except SourceError as exc:
        return SourceFailure(link, str(exc))
    if fetched.kind == FEED:
        return SourceFailure(link, "feed entry links to another feed")
    return RawItem(link, fetched.content, fetched.kind, {**meta, "url": fetched.url})


def _entry_meta(entry: Any, outlet: str | None) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    if entry.get("title"):
        meta["title"] = entry["title"]
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if stamp:
        meta["published"] = time.strftime("%Y-%m-%d", stamp)
    if outlet:
        meta["outlet"] = outlet
    return meta


def _inline_item(entry: Any, source: str, meta: dict[str, Any]) -> RawItem | SourceFailure:
    """An entry without a link: use the full content the feed carries, if any."""
    bodies = [c.get("value", "") for c in entry.get("content", [])] or [entry.get("summary", "")]
    body = max(bodies, key=len)
    name = f"{source}#{entry.get('id') or meta.get('title', 'entry')}"
    if not body.strip():
        return SourceFailure(name, "feed entry has neither a link nor content")
    return RawItem(name, body.encode("utf-8"), HTML, meta)
