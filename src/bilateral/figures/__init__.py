"""Figures: reported quantities (placeholder until the figures issue lands)."""

from __future__ import annotations

from bilateral.types import Document, Figure, Mention, Sentence


def extract_figures(document: Document, sentences: list[Sentence], mentions: list[Mention]) -> list[Figure]:
    return []
