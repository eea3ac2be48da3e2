"""Sources: turn what the user names (files, folders, globs, URLs, feeds) into raw articles.

    for item in iter_sources(["corpus/", "https://example.org/feed.xml"]):
        if isinstance(item, SourceFailure): ...   # one-line reason, the batch goes on
        else: clean(item)

Readers never raise for bad input: every problem is a ``SourceFailure``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx

from bilateral.errors import SourceError
from bilateral.sources.feeds import iter_feed
from bilateral.sources.files import (
    FEED_SUFFIXES,
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    TEXT_SUFFIXES,
    WARC_SUFFIXES,
    expand,
    open_article,
    suffix_of,
    unreadable,
)
from bilateral.sources.items import HTML, TEXT, RawItem, SourceFailure
from bilateral.sources.jsonl import count_jsonl, iter_jsonl
from bilateral.sources.kinds import FEED
from bilateral.sources.urls import Fetcher, Resolver, is_url, system_resolver
from bilateral.sources.warc import iter_warc

__all__ = ["RawItem", "SourceFailure", "count_sources", "iter_sources"]


def iter_sources(
    specs: list[str],
    *,
    allow_private: bool = False,
    timeout: float = 20.0,
    max_bytes: int = 20_000_000,
    client: httpx.Client | None = None,
    resolver: Resolver = system_resolver,
) -> Iterator[RawItem | SourceFailure]:
    """Every article the specs name, in order, or a failure saying why one could not be read.

    specs: file paths, folders (read recursively, sorted), glob patterns, http(s) URLs of pages
    or RSS/Atom feeds, local feed files (.xml/.rss/.atom). Files over ``max_bytes`` are refused.
    allow_private: fetch hosts that resolve to private, loopback or link-local addresses.
    client: an ``httpx.Client`` to use (tests pass one with a ``MockTransport``).
    """
    fetcher = Fetcher(
        client=client,
        allow_private=allow_private,
        timeout=timeout,
        max_bytes=max_bytes,
        resolver=resolver,
    )
    try:
        for spec in specs:
            if is_url(spec):
                yield from _iter_url(spec, fetcher)
                continue
            for path in expand(spec):
                if isinstance(path, SourceFailure):
                    yield path
                else:
                    yield from _iter_file(path, fetcher, max_bytes)
    finally:
        if client is None:
            fetcher.close()


def count_sources(specs: list[str]) -> int | None:
    """How many articles the specs hold, cheaply; None when unknown (URLs, feeds, WARC)."""
    total = 0
    for spec in specs:
        if is_url(spec):
            return None
        for path in expand(spec):
            if isinstance(path, SourceFailure):
                total += 1
                continue
            suffix = suffix_of(path)
            if suffix in WARC_SUFFIXES or suffix in FEED_SUFFIXES:
                return None
            total += count_jsonl(path) if suffix in JSONL_SUFFIXES else 1
    return total


def _iter_url(url: str, fetcher: Fetcher) -> Iterator[RawItem | SourceFailure]:
    try:
        fetched = fetcher.fetch(url)
    except SourceError as exc:
        yield SourceFailure(url, str(exc))
        return
    if fetched.kind == FEED:
        yield from iter_feed(fetched.content, url, fetcher)
    else:
        yield RawItem(url, fetched.content, fetched.kind, {"url": fetched.url})


def _iter_file(path: Path, fetcher: Fetcher, max_bytes: int) -> Iterator[RawItem | SourceFailure]:
    source = str(path)
    suffix = suffix_of(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield SourceFailure(source, unreadable(exc))
        return
    if suffix in JSONL_SUFFIXES:
        yield from iter_jsonl(path, source)
    elif suffix in WARC_SUFFIXES:
        yield from iter_warc(path, source, max_bytes)
    elif size > max_bytes:
        yield SourceFailure(source, f"file of {size / 1e6:.1f} MB is over the {max_bytes / 1e6:g} MB cap")
    elif suffix in FEED_SUFFIXES:
        yield from iter_feed(path.read_bytes(), source, fetcher)
    elif suffix in HTML_SUFFIXES or suffix in TEXT_SUFFIXES:
        kind = HTML if suffix in HTML_SUFFIXES else TEXT
        yield _read_file(path, source, kind, max_bytes)
    else:
        yield SourceFailure(source, f"unsupported file type {suffix or '(no suffix)'!r}")


def _read_file(path: Path, source: str, kind: str, max_bytes: int) -> RawItem | SourceFailure:
    try:
        with open_article(path) as handle:
            content = handle.read(max_bytes + 1)  # a gzipped file may unpack past the cap
    except (OSError, EOFError) as exc:  # unreadable, or a broken or truncated gzip stream
        return SourceFailure(source, unreadable(exc))
    if len(content) > max_bytes:
        return SourceFailure(source, f"unpacks to over the {max_bytes / 1e6:g} MB cap")
    return RawItem(source, content, kind, {})
