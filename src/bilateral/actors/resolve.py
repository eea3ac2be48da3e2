"""Resolve mentions to actors (placeholder: exact country names; the actors issue replaces it)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bilateral.actors.kb import KnowledgeBase
from bilateral.types import Document, Mention, Sentence


@dataclass
class Resolver:
    kb: KnowledgeBase

    def _pattern(self) -> re.Pattern[str]:
        names = sorted(self.kb.names, key=len, reverse=True)
        return re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b", re.I)

    def cues(self, document: Document, sentences: list[Sentence]) -> set[int]:
        """Indexes of sentences worth a full parse: an actor, a number or a quote."""
        pattern = self._pattern()
        return {s.index for s in sentences if pattern.search(s.text) or re.search(r"\d|\"|“", s.text)}

    def resolve(self, document: Document, sentences: list[Sentence]) -> list[Mention]:
        pattern = self._pattern()
        return [
            Mention(m.group(), m.start(), m.end(), self.kb.names[m.group().lower()])
            for m in pattern.finditer(document.text)
        ]
