"""Which of a sentence's times is an event's, and the year an undated event takes.

``extract_events`` (the package) finds the candidates; this module decides, for one
candidate, which date expression of its sentence tells when the act happened (not a
deadline, a period's end, an act to come in an infinitive, a time of another clause) and,
when none does, whether the time of writing dates it. See docs/method-events.md.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from bilateral.events.blame import STATEMENT_NOUNS
from bilateral.events.candidate import Candidate
from bilateral.events.dates import DateMatch, find_dates
from bilateral.events.status import REPORTING_VERBS, SPEECH_VERBS
from bilateral.nlp.pipeline import FINITE_TAGS
from bilateral.types import OCCURRED, Document

PRESENT_TAGS = {"VBZ", "VBP"}
PARTICIPLE_TAGS = {"VBG", "VBN"}
# A headline drops the auxiliary: "Vietnam surplus surges, clouding tariff talks" is told
# in the present, "Envoys expelled from Moscow" in the past.
HEADLINE_TENSES = {"VBG": "present", "VBN": "past"}
# What an adjunct participle's act shares the time of its verb under: "while patrolling",
# "after exchanging shots", "by asking both sides", "began investigating".
CONCURRENT_MARKS = {"while", "when", "as", "after", "once"}
CONCURRENT_PREPS = {"after", "following", "upon", "while", "by"}
ASPECT_VERBS = {"begin", "start", "continue", "keep", "resume"}
# Their infinitive is an act under way at their time: "tried to arrest", "began to shell".
ATTEMPT_VERBS = ASPECT_VERBS | {"try", "attempt", "manage"}
TRIED_VERBS = ATTEMPT_VERBS | {"fail"}  # their infinitive is no act to come
# A dateline: a place (and its country) with commas, the day, an agency, then a dash.
DATELINE_PLACE = re.compile(r"[A-Z][\w.'’ -]{1,30},(?:\s[A-Z][\w.'’ -]{1,30},)?\s")
DATELINE_CLOSE = re.compile(r",?\s*(?:\d{4}\s*)?(?:\([^)]{1,30}\)\s*)?[-–—]")


def times_of_an_act_done(
    dates: list[DateMatch], trigger: Any, text: str, document: Document, last_year: int | None
) -> list[DateMatch]:
    """The dates that may tell when an act already done happened. Not a deadline or a
    period's end ("extended sanctions until January 31"), not a time after writing ("agreed
    to hold talks next month"), and not the time of an act to come that an infinitive under
    the trigger tells ("invited him to visit in November", "ordered him to appear October
    16"): read ahead it is another day. (A year reads the same both ways and dates the whole:
    "threatened to sanction them in 2018".)"""
    published = document.published
    # a date after the photo of an undated article may still be before its writing
    written = published if published != document.photographed else None
    kept = [
        d
        for d in dates
        if not d.bound
        and not (written and d.value and d.value > written.isoformat()[: len(d.value)])
    ]
    if not any(d.value for d in kept):
        return kept
    ahead = {d.start: d.value for d in find_dates(text, published, last_year, future=True)}
    return [d for d in kept if not (ahead.get(d.start) != d.value and _in_infinitive(d, trigger))]


def _in_infinitive(date: DateMatch, trigger: Any) -> bool:
    """The date hangs from an infinitive ("to visit", "to appear") under the trigger."""
    span = trigger.doc.char_span(date.start, date.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    while token.i != trigger.i and token.head.i != token.i:
        if token.pos_ in ("VERB", "AUX") and any(c.tag_ == "TO" for c in token.children):
            # "failed to reach a deal on Sunday", "tried to enter on Monday": no act to come
            return token.head.lemma_.lower() not in TRIED_VERBS and trigger in token.ancestors
        token = token.head
    return False


def nearest_date(dates: list[DateMatch], trigger: Any) -> DateMatch | None:
    """The resolved date expression of the trigger's own phrase, else the closest one.

    "agreed on Monday to hold talks next month": the talks are next month. A date of
    another clause is not the event's: "the visit, ... since taking office in May".
    """
    resolved = [d for d in dates if d.value and not of_another_clause(d, trigger)]
    # "PARIS, April 8 - ... will meet in July": the dateline's day is the report's
    resolved = [d for d in resolved if not _in_dateline(d, trigger.doc.text)] or resolved
    if not resolved:
        return None
    tokens = list(trigger.subtree)
    own = [
        d
        for d in resolved
        if tokens[0].idx <= d.start and d.end <= tokens[-1].idx + len(tokens[-1])
    ]
    at = trigger.idx
    return min(own or resolved, key=lambda d: min(abs(d.start - at), abs(d.end - at)))


def _in_dateline(date: DateMatch, text: str) -> bool:
    """The date closes the dateline the sentence opens with ("PARIS, April 8 -", "BAKU,
    Azerbaijan, May 4 (Reuters) -"): the day the report was filed."""
    return bool(DATELINE_PLACE.fullmatch(text[: date.start])) and bool(
        DATELINE_CLOSE.match(text, date.end)
    )


def of_another_clause(date: DateMatch, trigger: Any) -> bool:
    """True when a verb stands between the date and the trigger in the parse.

    Walking up from the date's head to the first word that is the trigger or governs
    it, a verb on the way heads a clause of its own ("after arriving on Sunday", "who
    took office in May"), unless that clause describes the trigger itself ("the talks,
    which were held on Monday"). A date on a verb of saying that governs the trigger
    dates the statement ("..., officials said on Monday").
    """
    anchor = _date_anchor(date, trigger)
    if anchor is None:
        return True
    # "India has banned the apps, officials said on Monday": the day of the saying
    return anchor.i != trigger.i and anchor.lemma_ in SPEECH_VERBS


def _date_anchor(date: DateMatch, trigger: Any) -> Any | None:
    """The trigger, or the word governing it, that the date hangs from; None when a verb of
    another clause comes first (see ``of_another_clause``) or the date is not in the parse."""
    span = trigger.doc.char_span(date.start, date.end, alignment_mode="expand")
    inside = [t for t in span if date.start <= t.idx < date.end] if span is not None else []
    if not inside:
        return trigger
    head = next((t for t in inside if not date.start <= t.head.idx < date.end), inside[0])
    if _names_a_thing(head, trigger) or _counts_since(head, trigger):
        return None
    governing = {trigger.i, *(a.i for a in trigger.ancestors)}
    token = head
    while token.i not in governing and token.head.i != token.i:
        # A participle used as a preposition ("following", "including") heads no clause.
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "prep" and not _describes(token, trigger):
            return None
        token = token.head
    return token


NOUN_MODIFIERS = {"nummod", "compound", "amod", "poss"}


# Where an act is done: "at the 2015 summit", "during the 2008 war"
SETTING_PREPS = {"in", "at", "during", "amid"}
# "the deal of 2015" names a deal; "the spring of 2019", "the end of May" are times.
NAMING_PREPS = {"of"}


TIME_NOUNS = {
    "spring", "summer", "autumn", "fall", "winter", "season", "beginning", "start", "end",
    "middle", "half", "quarter", "year", "month", "week", "weekend", "day", "morning",
    "afternoon", "evening", "night", "period", "time", "course",
}


def _names_a_thing(date_head: Any, trigger: Any) -> bool:
    """A year that modifies a noun names a thing ("revive a 1998 accord", "accept the 2002
    decision", "violated the deal of 2015"; not a time: "in the spring of 2019"): it dates
    that thing, not an act done to it. It
    does date the act of the thing itself: the trigger noun ("the 2014 summit", "the summit
    of June 2018"), the trigger's subject or a clause on it ("the 1965 treaty that
    established relations")."""
    if date_head.dep_ in NOUN_MODIFIERS:
        noun = date_head.head
    elif date_head.dep_ == "pobj" and date_head.head.lower_ in NAMING_PREPS:
        noun = date_head.head.head
        if noun.lemma_.lower() in TIME_NOUNS:
            return False
    else:
        return False
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    is_trigger = noun.i == trigger.i
    clause_on_it = trigger.head.i == noun.i and trigger.dep_ in ("relcl", "acl")
    its_subject = noun.head.i == trigger.i and noun.dep_ in ("nsubj", "nsubjpass")
    # "attacked during the 2008 war", "met at the 2015 summit": the act was done in it
    its_setting = (
        noun.dep_ == "pobj" and noun.head.lower_ in SETTING_PREPS and noun.head.head.i == trigger.i
    )
    return not (is_trigger or clause_on_it or its_subject or its_setting)


def _counts_since(date_head: Any, trigger: Any) -> bool:
    """A date under "since" on another noun or an adjective is where a count starts
    ("criticised the test, its largest since 2006", "hosted him, the first summit since
    2007"), not when the act happened. On a verb it dates the act's start ("has blocked
    imports since August"); on the trigger noun, the last act of its kind ("the first meeting
    since August 2019": there was one then)."""
    preposition = date_head.head
    return bool(
        preposition.lower_ == "since"
        and preposition.head.pos_ not in ("VERB", "AUX")
        and preposition.head.i != trigger.i
    )


def on_past_governor(date: DateMatch, trigger: Any) -> bool:
    """The date hangs from a verb in the past tense above the trigger ("met on Thursday and
    agreed to ..."): it is read as past even when the trigger's act is to come."""
    anchor = _date_anchor(date, trigger)
    return anchor is not None and anchor.i != trigger.i and anchor.tag_ == "VBD"


# Prepositions whose participle tells a time of its own ("after arriving on Sunday").
OWN_TIME_PREPS = {"after", "before", "since", "following", "until", "till", "upon", "on", "while"}


def _describes(verb: Any, trigger: Any) -> bool:
    """A clause that is part of the trigger's own act: a relative or participial clause on
    the trigger (or on its noun phrase, for a noun), or a non-finite complement of it
    ("accused Brazil of dumping steel in 2018", "threatened to sanction them in 2018":
    the sentence gives one date, read for the whole)."""
    if verb.dep_ in ("relcl", "acl") and trigger.pos_ in ("NOUN", "PROPN"):
        return bool(trigger.left_edge.i <= verb.head.i <= trigger.right_edge.i)
    if verb.dep_ in ("relcl", "acl", "xcomp"):
        return bool(verb.head.i == trigger.i)
    return (
        verb.dep_ == "pcomp"
        and verb.head.dep_ == "prep"
        and verb.head.head.i == trigger.i
        and verb.head.lower_ not in OWN_TIME_PREPS
    )


def default_date(
    candidate: Candidate,
    status: str,
    published: datetime.date | None,
    untold: bool,
    headline: bool = False,
) -> str | None:
    """An undated event that happened takes the publication year when its clause says it is
    news: present ("is negotiating", "have increased") or simple past ("Congo blamed
    Rwanda"). Not the past perfect: "had caused" is background (unless reported: see
    ``_reported``); nor a clause that tells a time it does not give (``untold``: "attacked them
    in the 1990s"). A headline with no verb names the news of the day, and so does a line
    with no finite verb that names its act by a participle ("Kenyan troops firing on
    fishermen": a caption, a deck, a line the parser leaves without a main verb). An article
    that prints no date leaves it undated: the latest year it cites is often history, and a
    wrong date is worse than none.

    (An undated event after a dated sentence of the same paragraph has already taken
    that sentence's date: narrative time.)
    """
    if status != OCCURRED or untold or not published:
        return None
    tense = clause_tense(candidate.trigger)
    if tense in ("present", "past") or (
        (headline and _verbless(candidate.trigger))
        or (tense is None and _participle_fragment(candidate.trigger))
    ):
        return str(published.year)
    return None


def clause_tense(trigger: Any) -> str | None:
    """ "present" for the present, progressive present or present perfect (true at
    writing), "past" for the simple past, "pluperfect" for the past perfect; None for
    modal or verbless clauses.

    The tense is read on the nearest finite verb above the trigger ("holding a meeting"
    inside "ties have recently witnessed ... Khan holding a meeting" is present perfect).
    A non-finite trigger under a past verb ("ditched a deal to buy submarines") is not
    told as past: the act may lie anywhere before or after; a participle told at that verb's
    time is (see ``_told_with_its_governor``). A headline's participle with no auxiliary is
    read in the tense the headline drops ("..., clouding tariff talks": present).
    """
    non_finite = False
    for token in [trigger, *trigger.ancestors]:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        tags = {token.tag_} | {c.tag_ for c in auxiliaries}
        if not tags & FINITE_TAGS:
            if token.dep_ == "ROOT" and not auxiliaries and token.tag_ in HEADLINE_TENSES:
                return None if non_finite else HEADLINE_TENSES[token.tag_]
            # "issued a statement urging X": the statement says it when it is issued
            told_then = worded_in_statement(token) or _told_with_its_governor(token)
            non_finite = non_finite or not told_then
            continue
        if "MD" in tags:
            return None
        if tags & PRESENT_TAGS:
            return "present"
        if any(c.lower_ in ("had", "'d") for c in auxiliaries) and not _reported(token):
            return "pluperfect"
        return None if non_finite else "past"
    return None


def _participle_fragment(trigger: Any) -> bool:
    """No finite verb, modal or infinitive from the trigger up to the root: the act is told
    by a participle or gerund alone ("Kenyan troops firing on fishermen near the islands")."""
    chain = [trigger, *trigger.ancestors]
    verbs = [t for t in chain if t.pos_ in ("VERB", "AUX")]
    auxiliaries = [c for t in chain for c in t.children if c.dep_ in ("aux", "auxpass")]
    tags = {t.tag_ for t in verbs} | {a.tag_ for a in auxiliaries}
    infinitive = any(c.tag_ == "TO" for t in chain for c in t.children)
    return bool(verbs) and not tags & FINITE_TAGS and not infinitive


def _verbless(trigger: Any) -> bool:
    """No verb tells the act: a headline that names its news ("Kenya-Japan talks on fishing")."""
    return all(t.pos_ not in ("VERB", "AUX") for t in [trigger, *trigger.ancestors])


def _reported(verb: Any) -> bool:
    """A clause that a past verb of saying reports: its past perfect is the reported act's
    simple past shifted back ("officials said the army had repelled an attack": the attack
    is news), not background."""
    head = verb.head
    return bool(
        verb.dep_ == "ccomp" and head.lemma_.lower() in REPORTING_VERBS and head.tag_ == "VBD"
    )


def worded_in_statement(verb: Any) -> bool:
    return verb.dep_ == "acl" and verb.head.lemma_.lower() in STATEMENT_NOUNS


def _told_with_its_governor(verb: Any) -> bool:
    """A participle or gerund whose act is told at the time of the verb it hangs on: an
    adjunct ("crossed the border, firing at a ship", "after exchanging shots, returned",
    "brokered a deal by asking both to withdraw") or a gerund after a verb of beginning or
    going on ("began investigating"), or an infinitive after one or a verb of trying ("tried
    to arrest", "began to shell"). Not a condition ("if attacked") nor an act that did not
    come ("left without signing", "considered imposing")."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ATTEMPT_VERBS:
        return True  # "tried to arrest", "began to shell", "managed to enter"
    if verb.tag_ not in PARTICIPLE_TAGS:
        return False
    if verb.dep_ == "advcl":
        return all(c.lower_ in CONCURRENT_MARKS for c in verb.children if c.dep_ == "mark")
    if verb.dep_ == "pcomp":
        return bool(verb.head.lower_ in CONCURRENT_PREPS)
    return verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in ASPECT_VERBS


def is_past(date: DateMatch, document: Document) -> bool:
    """A resolved date not after publication: only those set the narrative time."""
    if not date.value:
        return False
    published = document.published
    return published is None or date.value <= published.isoformat()[: len(date.value)]


def topic_year(dates: list[DateMatch]) -> int | None:
    """The year "the same year" refers to after this sentence: a sentence-opening year
    ("In 2018, ...") frames the sentence; otherwise the last year written."""
    years = [(d.start, int(d.value[:4])) for d in dates if d.value and d.value[:4].isdigit()]
    if not years:
        return None
    start, year = years[0]
    return year if start < 12 else years[-1][1]
