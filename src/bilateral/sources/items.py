"""What a source yields: raw bytes to clean, or a one-line reason it could not be read."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

HTML = "html"
TEXT = "text"


@dataclass(frozen=True)
class RawItem:
    """One article as read, before cleaning.

    source: the path or URL as given (``file.jsonl#L3`` for a JSONL line).
    kind: ``"html"`` or ``"text"``.
    meta: what the user or the feed told us: ``url``, ``title``, ``published``, ``outlet``.
    """

    source: str
    content: bytes
    kind: str
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SourceFailure:
    """A source (or one part of it) that could not be read; ``reason`` is one line."""

    source: str
    reason: str
