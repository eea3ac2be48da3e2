"""Events: who did what to whom, when (placeholder until the events issue lands)."""

from __future__ import annotations

from bilateral.types import Document, Event, Mention, Sentence


def extract_events(document: Document, sentences: list[Sentence], mentions: list[Mention],
                   resolver: object) -> list[Event]:
    return []
