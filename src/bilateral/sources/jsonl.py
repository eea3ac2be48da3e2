"""JSON Lines: one article a line, ``text`` or ``html`` plus optional metadata."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bilateral.sources.files import open_article, unreadable
from bilateral.sources.items import HTML, TEXT, RawItem, SourceFailure

META_FIELDS = ("url", "title", "published", "outlet")


def iter_jsonl(path: Path, source: str) -> Iterator[RawItem | SourceFailure]:
    """Each non-blank line as an article; a broken line is a failure and the rest go on."""
    number = 0
    try:
        with open_article(path) as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                line_source = f"{source}#L{number}"
                try:
                    yield _item_from_record(json.loads(line), line_source)
                except (ValueError, TypeError) as exc:
                    yield SourceFailure(line_source, _one_line(exc))
    except (OSError, EOFError) as exc:  # unreadable, or a gzip stream broken after line ``number``
        yield SourceFailure(f"{source}#L{number + 1}", unreadable(exc))


def count_jsonl(path: Path) -> int:
    """Non-blank lines: the number of articles the file claims to hold (those before a
    break in a damaged file, which reading reports)."""
    count = 0
    try:
        with open_article(path) as handle:
            for line in handle:
                count += bool(line.strip())
    except (OSError, EOFError):
        pass
    return count


def _item_from_record(record: Any, source: str) -> RawItem:
    if not isinstance(record, dict):
        raise TypeError("line is not a JSON object")
    meta = {key: record[key] for key in META_FIELDS if record.get(key) not in (None, "")}
    for key in ("html", "text"):
        body = record.get(key)
        if isinstance(body, str) and body.strip():
            return RawItem(source, body.encode("utf-8"), HTML if key == "html" else TEXT, meta)
    raise ValueError("line has no non-empty 'text' or 'html' field")


def _one_line(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"invalid JSON ({exc.msg} at column {exc.colno})"
    return str(exc).splitlines()[0]
