"""Events: who did what to whom, when, PLOVER-coded, dated, with status and evidence.

``extract_events`` reads every parsed sentence: verbal and nominal triggers
(``verbal``, ``nominal``) with their actors from the resolver's mentions, the
type and CAMEO code (``plover``), the status (``status``), the date (``dates``)
and the place (``location``); then folds repeated mentions of one event into one
record (``merge``). See docs/method-events.md for how each decision is made.
"""

from __future__ import annotations

from typing import Any

from bilateral.events.arguments import SentenceActors
from bilateral.events.candidate import Candidate
from bilateral.events.dates import DateMatch, find_dates
from bilateral.events.location import event_location
from bilateral.events.merge import merge_events
from bilateral.events.nominal import nominal_candidates
from bilateral.events.status import classify_status
from bilateral.events.verbal import verbal_candidates
from bilateral.types import OCCURRED, Document, Event, Mention, Sentence

__all__ = ["extract_events"]

FUTURE_STATUSES = {"planned", "expected", "hoped"}
# "Pakistan could benefit from closer ties", "if they meet": analysis, not a record of events.
UNRECORDED_STATUSES = {"hypothetical"}
# Definite back-references without actors of their own ("during the meeting").
ANAPHOR_DETERMINERS = {"the", "this", "that", "these", "those"}


def extract_events(document: Document, sentences: list[Sentence], mentions: list[Mention],
                   resolver: object = None) -> list[Event]:
    """Every event between actors in ``document``, one record per real event.

    Args:
        document (Document): the cleaned article (its ``published`` anchors relative dates).
        sentences (list[Sentence]): its sentences; only those with a parse (``doc``) are read.
        mentions (list[Mention]): resolved actor mentions, character offsets into the text.
        resolver (object): the actor resolver (unused here; kept for the pipeline contract).

    Returns:
        list[Event]: events in document order, each with all its sentences as evidence.
    """
    events: list[Event] = []
    anaphors: list[Event] = []
    last_year: int | None = None
    narrative: DateMatch | None = None  # the date the previous sentence of the paragraph gave
    paragraph = -1
    for sentence in sentences:
        if sentence.paragraph != paragraph:
            narrative, paragraph = None, sentence.paragraph
        dates = find_dates(sentence.text, document.published, last_year)
        if sentence.doc is not None:
            actors = SentenceActors(sentence, mentions)
            for candidate in _candidates(sentence.doc, actors):
                event = _event(document, sentence, candidate, last_year, narrative)
                if event.status in UNRECORDED_STATUSES:
                    continue
                if candidate.is_bilateral():
                    events.append(event)
                elif _is_anaphor(candidate):
                    anaphors.append(event)
        last_year = _topic_year(dates) or last_year
        narrative = next((d for d in reversed(dates) if d.value), None)
    return merge_events(events, anaphors)


def _candidates(doc: Any, actors: SentenceActors) -> list[Candidate]:
    return list(verbal_candidates(doc, actors)) + list(nominal_candidates(doc, actors))


def _event(document: Document, sentence: Sentence, candidate: Candidate,
           last_year: int | None, narrative: DateMatch | None) -> Event:
    status = classify_status(candidate.trigger)
    dates = find_dates(sentence.text, document.published, last_year,
                       future=status in FUTURE_STATUSES)
    date = _nearest_date(dates, candidate.trigger)
    if date is None and status == OCCURRED:
        date = narrative
    actors = candidate.actors()
    coding = candidate.coding
    return Event(
        doc_id=document.doc_id,
        type=coding.type,
        mode=coding.mode,
        cameo=coding.cameo,
        goldstein=coding.goldstein,
        source=actors[0] if actors else None,
        target=actors[1] if len(actors) > 1 else None,
        participants=tuple(actors[2:]),
        sentence=sentence.text,
        start=sentence.start,
        end=sentence.end,
        date=date.value if date else _default_date(document, candidate, status),
        date_text=date.text if date else None,
        location=event_location(candidate.trigger),
        status=status,
        confidence=_confidence(candidate),
        trigger=candidate.trigger.text,
    )


def _nearest_date(dates: list[DateMatch], trigger: Any) -> DateMatch | None:
    """The resolved date expression closest to the trigger in the sentence."""
    resolved = [d for d in dates if d.value]
    if not resolved:
        return None
    at = trigger.idx
    return min(resolved, key=lambda d: min(abs(d.start - at), abs(d.end - at)))


def _default_date(document: Document, candidate: Candidate, status: str) -> str | None:
    """An undated ongoing event ("is negotiating", "have increased") dates from publication.

    (An undated event after a dated sentence of the same paragraph has already taken
    that sentence's date: narrative time.)
    """
    if document.published is None or status != OCCURRED:
        return None
    trigger = candidate.trigger
    if _is_ongoing(trigger):
        return str(document.published.year)
    return None


def _is_ongoing(trigger: Any) -> bool:
    """Present, progressive or present perfect: true at the time of writing."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(tags & {"VBZ", "VBP"}) or (verb.tag_ == "VBG" and trigger.pos_ == "NOUN")


def _is_anaphor(candidate: Candidate) -> bool:
    trigger = candidate.trigger
    return candidate.nominal and not candidate.actors() and any(
        c.dep_ == "det" and c.lower_ in ANAPHOR_DETERMINERS for c in trigger.children)


def _topic_year(dates: list[DateMatch]) -> int | None:
    """The year "the same year" refers to after this sentence: a sentence-opening year
    ("In 2018, ...") frames the sentence; otherwise the last year written."""
    years = [d for d in dates if d.value and d.value[:4].isdigit()]
    if not years:
        return None
    framing = years[0] if years[0].start < 12 else years[-1]
    return int(framing.value[:4])  # type: ignore[index]


def _confidence(candidate: Candidate) -> float:
    """Higher when both sides come from syntax and the trigger is a verb."""
    score = 0.5 + 0.2 * (not candidate.nominal)
    score += 0.2 * bool(candidate.sources and candidate.targets)
    return min(score, 0.95)
