"""Resolve a document's mentions to actors, at the document's date.

``Resolver`` is what the pipeline calls: ``cues`` picks the sentences worth a parse,
``resolve`` finds the KB's phrases in one cheap pass (``phrases.find_phrases``) and
reads them into mentions (``reading.DocumentReading``), then adds spaCy's entities the
KB does not know. ``actor_at`` and ``actor_on`` let events and quotes re-resolve a role,
a name or an actor at another date.

A role or surname resolves to whoever held it on ``Document.published`` (or today's
holder when the document has no date).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date

from bilateral.actors.kb import KnowledgeBase
from bilateral.actors.phrases import PhraseMatch, Word, find_phrases, phrase_key, words_of
from bilateral.actors.reading import DocumentReading
from bilateral.types import Actor, Document, Mention, Sentence

CUE_KINDS = ("state", "part", "org", "person", "surname", "title", "group")
QUOTE_OR_NUMBER = re.compile(r"[\d\"“”«»]")
SPACY_PLACES = ("GPE", "LOC", "FAC")
SPACY_ACTORS = ("PERSON", "ORG", "NORP")


@dataclass
class Resolver:
    """Resolves mentions against ``kb``; one instance may serve many documents."""

    kb: KnowledgeBase
    _last: tuple[str, list[Word], list[PhraseMatch]] | None = field(
        default=None, init=False, repr=False
    )

    # --- the pipeline's two calls ---------------------------------------------------

    def cues(self, document: Document, sentences: list[Sentence]) -> set[int]:
        """Indexes of sentences worth a full parse: one naming an actor, a number or a quote.

        Cheap: a regex word split and dictionary look-ups, no spaCy model.
        """
        _, matches = self._phrases(document.text)
        starts = [s.start for s in sentences]
        wanted = {s.index for s in sentences if QUOTE_OR_NUMBER.search(s.text)}
        for match in matches:
            if any(e.kind in CUE_KINDS for e in match.entries):
                position = bisect.bisect_right(starts, match.start) - 1
                if position >= 0:
                    wanted.add(sentences[position].index)
        return wanted

    def resolve(self, document: Document, sentences: list[Sentence]) -> list[Mention]:
        """Every actor mention of ``document``, resolved at its publication date.

        Spans are character offsets into ``document.text``. Parsed sentences add
        spaCy's people, organisations and places the KB does not know (actor None).
        """
        words, matches = self._phrases(document.text)
        reading = DocumentReading(
            self.kb, document.text, words, matches, document.published, sentences
        )
        mentions = reading.run()
        mentions = _with_entities(mentions, sentences)
        return sorted(mentions, key=lambda m: (m.start, m.end))

    # --- helpers for events and quotes ----------------------------------------------

    def actor_at(
        self, text: str, country: str | None = None, on: date | None = None
    ) -> Actor | None:
        """Who ``text`` denotes on ``on`` (today's holder of a role when ``on`` is None).

        ``text`` may be a role or title ("prime minister", "COAS": needs ``country`` unless
        the title implies it), a person's name or surname, a country, capital, seat or
        organisation. Examples: ``actor_at("foreign minister", "PAK", date(2019, 3, 1))``
        is Shah Mehmood Qureshi; ``actor_at("Imran Khan", on=date(2023, 1, 1))`` has role
        "former prime minister".
        """
        entries = self.kb.phrases.get(phrase_key(text), [])
        for entry in entries:
            if entry.kind == "title":
                where = country or entry.country
                if where:
                    return self.kb.holder(entry.ref, where, on)
            elif entry.kind in ("person", "state", "part", "org"):
                return self.kb.entry_actor(entry, on)
            elif entry.kind == "surname":
                person = self.kb.person_for_surname(
                    [e.ref for e in entries if e.kind == "surname"], None, None, on
                )
                if person is not None:
                    return self.kb.person_actor(person.id, on)
        if country and text.strip().lower() in self.kb.role_sectors:
            return self.kb.holder(text.strip().lower(), country, on)
        return None

    def actor_on(self, actor: Actor, on: date | None) -> Actor:
        """The same actor re-resolved at another date (an event's date, say).

        A known person gets the role held on ``on``; a role known only by its holder's
        office ("the Pakistani prime minister", id ``PAK.GOV`` with a role) becomes that
        day's holder; anything else is returned unchanged.
        """
        if actor.id in self.kb.persons:
            return self.kb.person_actor(actor.id, on)
        if (
            actor.kind == "person"
            and actor.role
            and actor.country
            and not actor.id.startswith("person:")
        ):
            return self.kb.holder(actor.role, actor.country, on) or actor
        return actor

    def _phrases(self, text: str) -> tuple[list[Word], list[PhraseMatch]]:
        # cues() and resolve() look at the same document one after the other.
        if self._last is None or self._last[0] is not text:
            words = words_of(text)
            self._last = (text, words, find_phrases(self.kb, text, words))
        return self._last[1], self._last[2]


def _with_entities(mentions: list[Mention], sentences: list[Sentence]) -> list[Mention]:
    """Add spaCy's entities the KB left unresolved: people/organisations, and places."""
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in taken]
    extra: list[Mention] = []
    for sentence in sentences:
        if sentence.doc is None:
            continue
        for ent in sentence.doc.ents:
            if ent.label_ not in SPACY_PLACES and ent.label_ not in SPACY_ACTORS:
                continue
            start, end = sentence.start + ent.start_char, sentence.start + ent.end_char
            i = bisect.bisect_left(starts, start)
            overlaps = (i < len(taken) and taken[i][0] < end) or (i > 0 and taken[i - 1][1] > start)
            if overlaps:
                continue
            extra.append(Mention(ent.text, start, end, None, is_place=ent.label_ in SPACY_PLACES))
    return mentions + extra
