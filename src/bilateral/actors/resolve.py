"""Resolve a document's mentions to actors, at the document's date.

``Resolver`` is what the pipeline calls: ``cues`` picks the sentences worth a parse,
``resolve`` finds the KB's phrases in one cheap pass (``phrases.find_phrases``) and
reads them into mentions (``reading.DocumentReading``), then adds the proper names of
parsed sentences the KB does not know. ``actor_at`` and ``actor_on`` let events and
quotes re-resolve a role, a name or an actor at another date.

A role or surname resolves to whoever held it on ``Document.published`` (or today's
holder when the document has no date).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bilateral.actors.kb import KnowledgeBase
from bilateral.actors.phrases import PhraseMatch, find_phrases
from bilateral.actors.places import place_actor
from bilateral.actors.reading import DocumentReading
from bilateral.actors.words import Word, phrase_key, words_of
from bilateral.calendar import MONTHS, WEEKDAYS
from bilateral.gazetteer import geocode
from bilateral.types import Actor, Document, Mention, Sentence

CUE_KINDS = ("state", "part", "org", "person", "surname", "title", "group", "half")
QUOTE_OR_NUMBER = re.compile(r"[\d\"“”«»]")
# Weekday and month names: proper nouns to the tagger, dates to a reader.
CALENDAR_WORDS = frozenset([*WEEKDAYS, *MONTHS])
NAME_COLUMNS = ["POS", "IDX", "LENGTH"]  # the token attributes ``name_spans`` reads


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
            if not match.kinds.isdisjoint(CUE_KINDS):
                position = bisect.bisect_right(starts, match.start) - 1
                if position >= 0:
                    wanted.add(sentences[position].index)
        return wanted

    def known_names(self, document: Document) -> list[tuple[int, int]]:
        """Character spans of the KB's phrases in ``document.text``: names a title-case
        headline keeps capitalised when it is parsed in sentence case. Cheap, as ``cues``."""
        _, matches = self._phrases(document.text)
        return [(match.start, match.end) for match in matches]

    def resolve(self, document: Document, sentences: list[Sentence]) -> list[Mention]:
        """Every actor mention of ``document``, resolved at its publication date.

        Spans are character offsets into ``document.text``. Parsed sentences add the
        proper names the KB does not know (actor None; see ``proper_names``).
        """
        words, matches = self._phrases(document.text)
        reading = DocumentReading(
            self.kb, document.text, words, matches, document.published, sentences
        )
        mentions = reading.run()
        mentions = _with_names(mentions, sentences, self.kb, reading.dateline)
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


def _with_names(
    mentions: list[Mention], sentences: list[Sentence], kb: KnowledgeBase, dateline: str | None
) -> list[Mention]:
    """Add the proper names of parsed sentences that the KB left unresolved.

    People, organisations and places the KB lacks ("Ikram Sehgal", "Institute of Strategic
    Studies", "Lahore"); a name the gazetteer knows is marked as a place, and one written as
    a place of a country is that country ("shelled villages near Kupiansk": Ukraine; see
    ``places.place_actor``), else its actor is None. The states the text names, and the one
    of its dateline ("ASADABAD, Afghanistan (AP) —"), decide between namesakes.
    """
    named = {m.actor.country for m in mentions if m.actor and m.actor.country}
    if dateline is not None:
        named.add(dateline)
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in taken]
    extra: list[Mention] = []
    for sentence in sentences:
        if sentence.doc is None:
            continue
        for name_start, name_end in name_spans(sentence.doc, sentence.text):
            start, end = sentence.start + name_start, sentence.start + name_end
            i = bisect.bisect_left(starts, start)
            overlaps = (i < len(taken) and taken[i][0] < end) or (i > 0 and taken[i - 1][1] > start)
            if overlaps:
                continue
            name = sentence.text[name_start:name_end]
            span = sentence.doc.char_span(name_start, name_end)
            place = place_actor(span, named, kb) if span is not None else None
            is_place = place is not None or _is_place_name(name)
            extra.append(Mention(name, start, end, place, is_place=is_place))
    return mentions + extra


def proper_names(doc: Any, text: str | None = None) -> list[Any]:
    """The spans of ``name_spans`` as spaCy ``Span``s of ``doc``."""
    return [doc.char_span(start, end) for start, end in name_spans(doc, text)]


def name_spans(doc: Any, text: str | None = None) -> list[tuple[int, int]]:
    """Character spans of the maximal runs of capitalised proper nouns in a parsed ``doc``
    (whose text is ``text`` when the caller has it: ``Doc.text`` joins the text of every
    token again).

    "of" or "for" joins two names ("Institute of Strategic Studies"), as does a hyphen
    written without spaces ("Ground Self-Defense Force"). Weekday and month names at
    either end are trimmed.
    """
    # Parts of speech and token offsets read as three columns of one array (making a Token
    # or a Span per word costs more than the rest of this function); then only the proper
    # nouns, a tenth of the words, are walked.
    source: str = doc.text if text is None else text
    propn = doc.vocab.strings["PROPN"]
    columns: list[list[int]] = doc.to_array(NAME_COLUMNS).T.tolist()
    pos, starts, lengths = columns
    names = [k for k, p in enumerate(pos) if p == propn and source[starts[k]].isupper()]
    if not names:
        return []

    def word(k: int) -> str:
        return source[starts[k] : starts[k] + lengths[k]].lower()

    def joins(k: int) -> bool:
        # Token k, between two names, joins them: "of", "for", or a hyphen without spaces.
        if word(k) == "-":
            return starts[k - 1] + lengths[k - 1] == starts[k] and starts[k] + 1 == starts[k + 1]
        return word(k) in ("of", "for")

    runs = []
    first = last = names[0]
    for k in names[1:]:
        if k == last + 1 or (k == last + 2 and joins(last + 1)):
            last = k
        else:
            runs.append((first, last + 1))
            first = last = k
    runs.append((first, last + 1))
    spans = []
    for start, end in runs:
        while start < end and word(start) in CALENDAR_WORDS:
            start += 1
        while end > start and word(end - 1) in CALENDAR_WORDS:
            end -= 1
        if start < end:
            spans.append((starts[start], starts[end - 1] + lengths[end - 1]))
    return spans


def _is_place_name(name: str) -> bool:
    # An acronym is an organisation far more often than the town it spells ("IGA").
    return not name.isupper() and geocode(name) is not None
