"""Quotes: direct quotations in an article and who said them.

Quotation spans come from ``spans`` (a quote may run over paragraphs), the
speaker and reporting verb from ``attribution``; a speaker that refers back
("he", "the source") is the latest speaker named before it, in a quote's
attribution or in reported speech ("a source in the embassy told Sputnik").
Speakers become actors: the resolver's person or organisation when a mention
covers the name, else a person actor carrying the country named in the
speaker's description ("a source in the Pakistani embassy" -> PAK).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bilateral.quotes.attribution import Attribution, attribute, core_name, reported_speakers
from bilateral.quotes.spans import find_quote_spans
from bilateral.types import Actor, Document, Mention, Quote, Sentence

# name, country -> the known actor of that name, if any
KnownActor = Callable[[str, str | None], Actor | None] | None
MIN_WORDS = 3
# An unattributed quotation this short is a scare quote ("a “new dimension”"), not speech.
MIN_UNATTRIBUTED_WORDS = 8


def extract_quotes(document: Document, sentences: list[Sentence], mentions: list[Mention],
                   resolver: object) -> list[Quote]:
    """Every direct quotation of the document with its speaker and reporting verb."""
    text = document.text
    known = _knowledge_base_lookup(resolver, document)
    quotes: list[Quote] = []
    speakers: list[tuple[int, Actor, str]] = []  # (offset, actor, words) of speakers so far
    for span in find_quote_spans(text):
        words = span.text_in(text)
        if len(words.split()) < MIN_WORDS:
            continue
        found = attribute(text, span.open_at, span.close_at,
                          _paragraph_start(text, span.open_at), _paragraph_end(text, span.close_at))
        if found:
            speaker = _speaker(text, found, span.open_at, mentions, speakers, known)
        else:
            speaker = _continued_speaker(text, span.open_at, quotes)
            if speaker is None and len(words.split()) < MIN_UNATTRIBUTED_WORDS:
                continue
        if speaker is not None and found:
            speakers.append((span.open_at, speaker, found.speaker))
        quotes.append(Quote(
            doc_id=document.doc_id,
            text=words,
            start=span.start,
            end=span.end,
            speaker=speaker,
            speaker_text=found.speaker if found else None,
            verb=found.verb if found else None,
        ))
    return quotes


def _knowledge_base_lookup(resolver: object, document: Document) -> KnownActor:
    """Name -> actor through the resolver's knowledge base, at the publication date."""
    actor_at = getattr(resolver, "actor_at", None)
    if actor_at is None:
        return None
    return lambda name, country: actor_at(name, country, document.published)


def _continued_speaker(text: str, open_at: int, quotes: list[Quote]) -> Actor | None:
    """An unattributed quotation right after another one (the same or the next paragraph,
    nothing but the attribution between) goes on with that quotation's speaker."""
    if not quotes:
        return None
    previous = quotes[-1]
    between = text[previous.end:open_at]
    if between.count("\n") > 2 or len(between) > 200 or re.search(r"[.!?]\s+[A-Z][^“\"]*[.!?]", between):
        return None
    return previous.speaker


def _speaker(text: str, found: Attribution, position: int, mentions: list[Mention],
             speakers: list[tuple[int, Actor, str]], known: KnownActor) -> Actor | None:
    if not found.anaphoric:
        return speaker_actor(text, found.speaker, found.start, found.end, mentions, known)
    return _antecedent(text, position, mentions, speakers, known)


def _antecedent(text: str, position: int, mentions: list[Mention],
                speakers: list[tuple[int, Actor, str]], known: KnownActor) -> Actor | None:
    """The latest speaker before ``position``: a quote's, or the subject of reported speech."""
    quoted = speakers[-1] if speakers else None
    reported = [r for r in reported_speakers(text, position) if not r.anaphoric]
    if reported and (quoted is None or reported[-1].start > quoted[0]):
        last = reported[-1]
        return speaker_actor(text, last.speaker, last.start, last.end, mentions, known)
    return quoted[1] if quoted else None


def speaker_actor(text: str, speaker: str, start: int, end: int, mentions: list[Mention],
                  known: KnownActor = None) -> Actor:
    """The actor for a speaker phrase at ``start:end`` of ``text``: a mention that is the
    name, else the knowledge base's actor for the name, else a new person actor."""
    inside = [(m, m.actor) for m in mentions if start <= m.start and m.end <= end and m.actor is not None]
    name = core_name(speaker)
    name_end = start + len(name)
    for mention, named in inside:
        # the mention must be the name itself, not a word of it ("Khan" of another Khan)
        covered = min(mention.end, name_end) - mention.start
        if not mention.is_place and covered >= 0.6 * len(name):
            return named
    country = next((a.country for m, a in inside if not m.is_place), None) or next(
        (a.country for _, a in inside), None)
    full = _full_name(text, _trailing_name(name), start)
    actor = known(full, country) if known and re.match(r"[A-Z]", full) else None
    if actor is not None:
        return actor
    return Actor(id=f"person:{_slug(full)}", name=full, country=country, kind="person")


def _trailing_name(phrase: str) -> str:
    """The name at the end of a described speaker: "Oklahoma City coach Billy Donovan" -> "Billy Donovan"."""
    match = re.search(r"(?:^|\s)[a-z][\w-]*\s+((?:[A-Z][\w’'.-]+\s+)+[A-Z][\w’'-]+)$", phrase)
    return match.group(1) if match else phrase


def _full_name(text: str, name: str, before: int) -> str:
    """A surname alone ("Sehgal") completed from its first mention ("Ikram Sehgal")."""
    if not re.fullmatch(r"[A-Z][\w’'-]+", name):
        return name
    match = re.search(r"((?:[A-Z][\w’'-]+\s+){1,3})" + re.escape(name) + r"\b", text[:before])
    return (match.group(1) + name) if match else name


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _paragraph_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _paragraph_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end
