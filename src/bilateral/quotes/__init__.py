"""Quotes: direct quotations and their speakers (placeholder until the figures/quotes issue lands)."""

from __future__ import annotations

from bilateral.types import Document, Mention, Quote, Sentence


def extract_quotes(document: Document, sentences: list[Sentence], mentions: list[Mention],
                   resolver: object) -> list[Quote]:
    return []
