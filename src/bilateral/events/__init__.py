"""Events: who did what to whom, when, PLOVER-coded, dated, with status and evidence.

``extract_events`` reads every parsed sentence: verbal and nominal triggers
(``verbal``, ``nominal``) with their actors from the resolver's mentions, the
type and CAMEO code (``plover``), the status (``status``), the date (``dates``
finds a sentence's date expressions, ``dating`` picks the event's)
and the place (``location``); then folds repeated mentions of one event into one
record (``merge``). See docs/method-events.md for how each decision is made.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise
from typing import Any

from bilateral.events.arguments import (
    POPULACE_NOUNS,
    RELATIVE_TAGS,
    SPOKESPERSON_NOUNS,
    WHEREABOUTS_PREPS,
    Found,
    SentenceActors,
    seated_body,
)
from bilateral.events.blame import described_noun
from bilateral.events.candidate import (
    HOSTILE_TYPES,
    NOMINAL_SUBJECT_DEPS,
    SITE_PREPS,
    Candidate,
    as_actors,
    one_per_co_doer,
    one_per_doer,
)
from bilateral.events.dates import DateMatch, find_dates, resolve_date
from bilateral.events.dating import (
    clause_tense,
    default_date,
    is_past,
    nearest_date,
    of_another_clause,
    on_past_governor,
    times_of_an_act_done,
    topic_year,
    worded_in_statement,
)
from bilateral.events.location import event_location
from bilateral.events.merge import merge_events
from bilateral.events.nominal import (
    accused_is_no_party,
    claim_clauses,
    doer_is_no_party,
    nominal_candidates,
)
from bilateral.events.plover import Coding, code_token, coding, known_coding
from bilateral.events.status import (
    MODALS,
    REPORTING_VERBS,
    SPEECH_VERBS,
    TIME_PREPS,
    classify_status,
)
from bilateral.events.verbal import (
    ANSWER_VERBS,
    MEANS_PREP,
    TOPIC_VERBS,
    crowd_predicate,
    joined_to_reported_act,
    pronoun_subject,
    verbal_candidates,
)
from bilateral.types import OCCURRED, Actor, Document, Event, Mention, Sentence

__all__ = ["extract_events"]

# Conjunctions of a clause that tells the time of another's act.
MEETING_TIME_MARKS = {"when", "after", "while", "as"}
# Clauses below a trigger that make another statement or tell another act.
OTHER_STATEMENT_DEPS = {"ccomp", "relcl", "parataxis", "csubj", "advcl"}
# "imposed sanctions after Russia invaded", "following the Ugandan raid": the act answered.
ANSWERED_MARKERS = {"after", "following"}
# What an answer answers: "responded to Uganda's move", "retaliated against Uganda".
ANSWERED_PREPS = {"to", "against"}
# Who did an act told as a noun: "Uganda's decision", "the Ugandan raid".
ACT_OWNER_DEPS = {"poss", "amod", "compound"}

FUTURE_STATUSES = {"planned", "expected", "hoped"}
# Acts a protest may be staged for, whose receiver it is aimed at: "rallied to demand that
# X ...", "marched to protest against X", "protested, condemning X", "to reject X's claim".
GOAL_RECEIVER_TYPES = {"REQUEST", "PROTEST", "ACCUSE", "REJECT"}
# How a protest's goal hangs below it: a purpose clause or participle ("to demand",
# "demanding"), through the phrases of an act joined to it ("joining crowds in demanding").
GOAL_PATH_DEPS = {"advcl", "xcomp", "acl", "pcomp", "prep", "pobj", "dobj"}
# Where a sending or a journey goes: "sent experts to Iran to inspect".
DESTINATION_PREPS = {"to", "into"}
# Verbs that assert without vouching: "claimed that X attacked Y", "alleges X is arming
# rebels" tell an accusation, not the act (a complaint or protest takes a fact: "complained
# that X closed the border").
CLAIM_VERBS = {"claim", "allege", "charge", "suspect", "accuse"}
# Acts told with their content, the charge or the act asked for: a party named there is who
# the content is about, never who accused or asked ("accused of pressuring Ukraine", "urged
# Ukraine to investigate Biden").
CONTENT_TYPES = {"ACCUSE", "REQUEST"}
# Acts whose complement is the act demanded, refused or threatened, not an event of its own.
FRAMING_TYPES = {"REQUEST", "REJECT", "THREATEN"}
# A demand an act is done for does not say the act: "would blockade Paris to demand an end
# to the EC's reform" is a blockade (and a demand).
GOAL_TYPES = {"REQUEST"}
# "offered to mediate": the mediation offered is the offer's content, not an event yet.
OFFER_VERBS = {"offer"}
# "agreed to share information", "agreed to provide aid": cooperation agreed to is the
# agreement's content (PLOVER: future cooperation is AGREE), not an act yet.
AGREED_CONTENT_TYPES = {"COOPERATE", "AID", "SUPPORT"}
AGREEING_VERBS = {"agree", "pledge", "promise", "commit"}
# "Pakistan could benefit from closer ties", "we hope they will meet": opinion and
# analysis, not a record of events (planned, expected, negated, denied and false claims stay).
UNRECORDED_STATUSES = {"hypothetical", "hoped"}
# Definite back-references without actors of their own ("during the meeting").
ANAPHOR_DETERMINERS = {"the", "this", "that", "these", "those"}
MAIN_MENTIONS = 2
# A headline, deck or caption line is short and has no full stop.
MAX_HEADLINE_WORDS = 30
STOPS = (".", "!", "?")
CLOSING_QUOTES = "\"'\u201d\u2019 "
OPENING_QUOTES = ('"', "\u201c", "\u2018")
# Who hears a statement at home: an act before them is not one with another state.
AUDIENCE_NOUNS = {
    "press", "news", "reporter", "journalist", "media", "medium", "newspaper", "television",
    "parliament", "lawmaker", "legislator",
}
AUDIENCE_PREPS = {"to", "with"}  # "spoke to the press"; not a venue ("rejected it in parliament")
# The article's other party is the counterpart of an act with one party named only while
# the text is about it: named in this sentence or the two before. Further on the text has
# moved to another topic (a third party, home politics, background); chosen on dev a-f.
RECENT_SENTENCES = 3
# What a meeting or call is about: its topic ("a call about its China sales").
ABOUT_PREPS = {"about", "over", "regarding", "concerning"}
# A sentence naming this many parties besides the pair is about them (``_pair_in_view``).
MAX_OTHER_PARTIES = 2
# Acts that answer another party's act: their receiver may be told only in the sentence
# before ("... Lithuania rejected the demand", "Kenya retaliated").
ANSWER_TYPES = HOSTILE_TYPES | {"ACCUSE", "REJECT", "REQUEST", "CONCEDE"}
# What describes a noun: "Norway, which depends on Kenyan tea", "Norway, a Kenyan ally".
DESCRIBING_DEPS = {"relcl", "acl", "appos"}
# A person's pronoun as an accuser the text does not resolve ("He accused Japan of ..."):
# a person who speaks for one of the article's parties.
PERSON_PRONOUNS = {"he", "she"}
# Who speaks or acts for a state, named by office alone ("the ministry said", "the spokesman
# accused Japan of ..."): in an article about two parties, the one the act is not aimed at.
OFFICE_NOUNS = SPOKESPERSON_NOUNS | {
    "ministry", "government", "official", "minister", "negotiator", "envoy", "ambassador",
    "embassy", "diplomat", "administration", "cabinet", "president", "premier", "office",
}
# The phrases a meeting or visit names whom it was with in: "talks with X", "a visit to X".
COUNTERPART_PREPS = {"with", "to"}
# Nouns for the other side of a meeting that do not name it: "met his counterpart".
COUNTERPART_NOUNS = {"counterpart", "host", "guest"}
EXERCISE = "062"  # military cooperation: joint exercises
PARTNER_PREPS = {"with", "alongside"}  # "drills with Belarus"; not "near the Polish border"
SHOW_OF_FORCE = known_coding("150")
# What a pronoun subject can take up from the sentence before.
ANTECEDENT_KINDS = {
    "he": {"person"},
    "she": {"person"},
    "it": {"state", "org"},
    "they": {"state", "org", "group", "person"},
}
# A cooperative act announced for later is, as CAMEO and PLOVER code it, the intent to do
# it (03x, AGREE): "Finland will give Tanzania a grant", "X will visit Albania in June",
# "the rebels said they will release the hostages"; an announced concession stays one.
INTENT_STATUSES = {"planned"}
# Verbs that state an intent rather than do an act of their own ("said it would", "plans to").
INTENT_GOVERNORS = REPORTING_VERBS | {"plan", "intend", "want", "aim", "ready", "willing", "prepared"}
INTENT_CODES = {
    "CONSULT": ("036", "AGREE"), "AID": ("033", "AGREE"), "COOPERATE": ("031", "AGREE"),
    "SUPPORT": ("032", "AGREE"), "RETREAT": ("035", "AGREE"),
    # a hostile act someone says they will do is a threat of it (CAMEO 13x)
    "SANCTION": ("131", "THREATEN"), "COERCE": ("137", "THREATEN"),
    "ASSAULT": ("138", "THREATEN"),
}


def extract_events(
    document: Document, sentences: list[Sentence], mentions: list[Mention], resolver: object = None
) -> list[Event]:
    """Every event in ``document``, one record per real event.

    Events between two parties (countries or organisations) come first; then the
    one-party events: an act whose other side is no state or organisation the text
    names ("Egyptian police opened fire on demonstrators", "Indonesian students staged
    demonstrations"), or whose doer it does not name ("the group condemned Iran": no ``source``).
    Those have no ``target`` or no ``source`` and are not part of the record of
    relations (``Records.relations``).

    Args:
        document (Document): the cleaned article (its ``published`` anchors relative dates).
        sentences (list[Sentence]): its sentences; only those with a parse (``doc``) are read.
        mentions (list[Mention]): resolved actor mentions, character offsets into the text.
        resolver (object): the actor resolver (unused here; kept for the pipeline contract).

    Returns:
        list[Event]: events in document order, each with all its sentences as evidence.
    """
    # An article that prints no date but shows a dated photo was written on or soon after
    # that day: read "yesterday", "on Friday" and its news against it, keeping only the year.
    reference = None if document.published else document.photographed
    if reference is not None:
        document = replace(document, published=reference)
    events: list[tuple[Event, bool]] = []  # (event, read from a noun)
    one_party: list[tuple[Event, bool]] = []
    anaphors: list[Event] = []
    article_pair = _article_pair(mentions)
    headline_end = _headline_end(document, sentences)
    named_in: list[set[str]] = []  # the parties each sentence so far names
    antecedent: list[Found] = []  # whom "he", "it" or "they" of the next sentence may be
    earlier_acts: list[list[Found]] = []  # the parties of each act between parties just told
    last_year: int | None = None
    narrative: DateMatch | None = None  # the date the previous sentence of the paragraph gave
    paragraph = -1
    for sentence in sentences:
        if sentence.paragraph != paragraph:
            narrative, paragraph = None, sentence.paragraph
        dates = find_dates(sentence.text, document.published, last_year)
        named_in.append(_parties_named(sentence, mentions))
        if sentence.doc is not None:
            actors = SentenceActors(sentence, mentions)
            candidates = _candidates(sentence.doc, actors)
            for candidate in candidates:
                _take_up_antecedent(candidate, antecedent)
                # the same for the whole loop: it reads the other candidates, which no step
                # here changes, and not this one's parties
                heads_clause = _heads_its_clause(candidate, candidates)
                if heads_clause:
                    _add_goal_receiver(candidate, candidates, actors)
                    _add_clause_counterpart(candidate, actors)
                    _add_purpose_destination(candidate, actors)
                    _add_answered_party(candidate, actors)
                headline = sentence.start < headline_end
                if not _other_side_is_no_party(candidate, actors):
                    _add_joint_partner(
                        candidate, _pair_in_view(article_pair, named_in, headline), actors
                    )
                    _add_earlier_counterpart(candidate, earlier_acts)
                    if heads_clause:
                        _add_sentence_party(candidate, actors)
                # split after the context has had its say: a co-doer is no receiver to add
                for single in one_per_co_doer(candidate):
                    event = _event(document, sentence, single, last_year, narrative, headline)
                    if event.status in UNRECORDED_STATUSES:
                        continue
                    if single.is_bilateral():
                        told_before = single.nominal or _describes_told_act(single.trigger)
                        events.append((_own_exercise(event, single), told_before))
                    elif _is_anaphor(single):
                        anaphors.append(event)
                    elif heads_clause:
                        party = _one_party(event, single, actors)
                        if party and all(
                            (e.start, e.trigger, e.type) != (party.start, party.trigger, party.type)
                            for e, _ in one_party
                        ):  # one act, though several people of it are named
                            one_party.append((party, single.nominal))
            antecedent = _next_antecedent(sentence.doc, actors, antecedent)
            earlier_acts = [_parties(c) for c in candidates if c.is_bilateral()]
        elif any(sentence.start <= m.start < sentence.end and not m.is_place for m in mentions):
            antecedent = []  # whom an unparsed sentence is about is not known
        last_year = topic_year(dates) or last_year
        narrative = next(
            (d for d in reversed(dates) if is_past(d, document) and not d.bound), None
        )
    quotations = _quotations(sentences)
    found = merge_events(events, anaphors, headline_end, quotations) + merge_events(
        one_party, [], headline_end, quotations
    )
    return [_year_only(e) for e in found] if reference is not None else found


def _headline_end(document: Document, sentences: list[Sentence]) -> int:
    """Where the lines written as headlines end: the title, and the lines right after it
    that are headlines too (a deck "Congo blames Rwanda for attack", a photo caption
    "Troops prepare to deploy - 2 March 2008"). The lede tells their acts again."""
    end = len(document.text) - len(document.body)
    sentences_in = Counter(s.paragraph for s in sentences)
    for sentence in sentences:
        if sentence.end <= end:
            continue
        if sentences_in[sentence.paragraph] > 1 or not _written_as_headline(sentence.text):
            break
        end = sentence.end
    return end


def _written_as_headline(line: str) -> bool:
    """A short line with no full stop: a headline, a deck or a caption, not a sentence
    of the story."""
    words = line.split()
    return len(words) <= MAX_HEADLINE_WORDS and not line.rstrip(CLOSING_QUOTES).endswith(STOPS)


def _quotations(sentences: list[Sentence]) -> dict[int, int]:
    """Where each sentence that opens a quotation starts, mapped to where the sentence before
    it starts."""
    return {
        sentence.start: before.start
        for before, sentence in pairwise(sentences)
        if sentence.text.startswith(OPENING_QUOTES)
    }


def _year_only(event: Event) -> Event:
    """An event dated against the reference date keeps the year; one the text dates in
    full ("on May 22, 2014") keeps its date."""
    if event.date is None or (event.date_text and resolve_date(event.date_text)[0]):
        return event
    return replace(event, date=event.date[:4])


def _one_party(event: Event, candidate: Candidate, actors: SentenceActors) -> Event | None:
    """The event with its one party: the actor named, else the country of the place it
    happened in ("demonstrators in Baghdad blocked a road" is an act in Iraq). A party
    that only received the act is its target, the doer unknown ("the group condemned
    Iran": Iran accused no one)."""
    event = _own_exercise(event, candidate)
    if event.source is not None and not candidate.sources and candidate.targets:
        return replace(event, source=None, target=event.source)
    if event.source is not None:
        return event
    places = candidate.places + [
        found for token in sorted(actors.by_token) for found in actors.by_token[token]
    ]
    place = next((f.actor for f in places if f.is_place), None)
    if place is None and candidate.coding.type == "PROTEST":
        place = next((f.actor for f in _protest_site(candidate.trigger, actors)), None)
    if place is None:  # "ethnic Albanians have sworn to fight": the people's own act
        place = next((f.actor for f in actors.peoples), None)
    return replace(event, source=place) if place else None


def _own_exercise(event: Event, candidate: Candidate) -> Event:
    """One country's own military exercise is a show of force (PLOVER: joint exercises are
    COOPERATE, single-country ones MOBILIZE), at the country whose border or waters it is
    held near ("Russia staged exercises near the Ukrainian border")."""
    doc = candidate.trigger.doc
    partners = {found.actor.country for found in candidate.sources} | {
        found.actor.country for found in candidate.targets
        if any(t.dep_ == "prep" and t.lower_ in PARTNER_PREPS for t in doc[found.token].ancestors)
    }
    if event.cameo != EXERCISE or candidate.is_joint() or candidate.implicit or len(partners) > 1:
        return event
    return replace(event, type=SHOW_OF_FORCE.type, mode=SHOW_OF_FORCE.mode,
                   cameo=SHOW_OF_FORCE.cameo, goldstein=SHOW_OF_FORCE.goldstein)


def _protest_site(trigger: Any, actors: SentenceActors) -> list[Found]:
    """The country a crowd protests in, named in the trigger's in/at phrase even where the
    resolver did not take it for a place ("prisoners rioted at a jail in East Timor's
    capital"): PLOVER codes a protest at its location."""
    return actors.in_tokens(
        t
        for prep in trigger.children
        if prep.dep_ == "prep" and prep.lower_ in SITE_PREPS
        for t in prep.subtree
    )


def _event_heads(candidate: Candidate) -> set[int]:
    """The tokens that stand for the act: its trigger, and for a noun the verb that carries
    it ("staged demonstrations", "launched an offensive")."""
    trigger = candidate.trigger
    heads = {trigger.i}
    if candidate.nominal and trigger.dep_ in ("dobj", "pobj", "attr", "nsubjpass"):
        heads.add(trigger.head.i)
    return heads


def _heads_its_clause(candidate: Candidate, candidates: list[Candidate]) -> bool:
    """A one-party act stands alone only as its own clause: not the goal or part of another
    act of the sentence ("staged demonstrations to demand reforms" is the protest, "offered
    troops to help him oust the general" the offer), not the means of an act between
    parties, and not a modifier ("war-torn", "Israeli-occupied", "the ousted president")."""
    trigger = candidate.trigger
    modifier = trigger.dep_ in ("amod", "compound", "acl") and trigger.tag_ in ("VBN", "JJ", "VBG")
    # "a statement demanding" is a demand; "Hundreds of students protested" the crowd's act
    if modifier and not worded_in_statement(trigger) and not crowd_predicate(trigger):
        return False
    others = set().union(*(_event_heads(c) for c in candidates if c is not candidate))
    if any(
        trigger in c.trigger.ancestors and not _told_as_earlier(c.trigger, trigger)
        for c in candidates
        if c.is_bilateral() and c.coding.type not in GOAL_TYPES
    ):
        return False  # "sent troops to attack Japanese positions": the attack says it all
    for token in trigger.ancestors:
        if token.i in others:
            return False
        if token.lemma_ in SPEECH_VERBS:
            return True
    return True


def _told_as_earlier(act: Any, trigger: Any) -> bool:
    """``act`` hangs on ``trigger`` as what came before it ("recalled its envoy after two
    diplomats were expelled by Uganda"): an act of its own that the trigger may answer, not
    its goal or means."""
    token = act
    while token.i != trigger.i:
        if token.dep_ == "prep" and token.lower_ in ANSWERED_MARKERS:
            return True
        if token.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ANSWERED_MARKERS for m in token.children
        ):
            return True
        token = token.head
    return False


def _main_subject(doc: Any, actors: SentenceActors) -> list[Found]:
    """The parties named in the subject of the sentence's main clause."""
    root = next(t for t in doc if t.head.i == t.i)
    return as_actors([f for c in root.children if c.dep_ == "nsubj" for f in actors.in_phrase(c)])


def _next_antecedent(doc: Any, actors: SentenceActors, antecedent: list[Found]) -> list[Found]:
    """Who a pronoun opening the next sentence takes up: the parties named in this
    sentence's main subject; a sentence whose subject is itself a pronoun keeps them."""
    named = _main_subject(doc, actors)
    if named:
        return named
    root = next(t for t in doc if t.head.i == t.i)
    pronoun = any(c.dep_ == "nsubj" and c.lower_ in ANTECEDENT_KINDS for c in root.children)
    return antecedent if pronoun else []


def _take_up_antecedent(candidate: Candidate, antecedent: list[Found]) -> None:
    """An act done by a pronoun the sentence does not name ("He met Xi on Tuesday", "his
    visit to Japan") is done by the main subject of the sentence before, when it agrees:
    "he" and "she" a person, "it" a state or organisation, "they" any parties."""
    if candidate.sources or not antecedent:
        return
    pronoun = pronoun_subject(candidate.trigger)
    kinds = ANTECEDENT_KINDS.get(pronoun or "")
    if not kinds or any(f.actor.kind not in kinds for f in antecedent):
        return
    if pronoun != "they" and len(antecedent) > 1:
        return
    receivers = {f.actor.country for f in candidate.targets}
    candidate.sources = [
        Found(f.actor, False, -1) for f in antecedent if f.actor.country not in receivers
    ]


def _article_pair(mentions: list[Mention]) -> list[Found]:
    """The two parties the article is most about, most named first (places and groups do
    not count); a party named once is not one the article is about. Each stands as its
    first mention, but a state named through a person stands as the state where the text
    names it: the act with the other party was its state's, not that person's."""
    counts = Counter(
        m.actor.country for m in mentions if m.actor and m.actor.country and not m.is_place
    )
    named = [m.actor for m in mentions if m.actor and not m.is_place]
    firsts = {a.country: a for a in reversed(named)}
    states = {a.country: a for a in reversed(named) if a.kind == "state"}
    firsts = {c: states.get(c, a) if a.kind == "person" else a for c, a in firsts.items()}
    return [Found(firsts[c], False, -1) for c, n in counts.most_common(2) if n >= MAIN_MENTIONS]


def _pair_in_view(article_pair: list[Found], named_in: list[set[str]], headline: bool) -> list[Found]:
    """The parties of the article's pair that the text is about at this sentence: those
    named in it or in the sentences just before (``RECENT_SENTENCES``). The headline tells
    what the whole article is about, so there both are. A sentence that names several
    other parties tells an act among them ("Norway joined Sweden and Finland in condemning
    the vote"), not one with the article's pair."""
    pair = {f.actor.country for f in article_pair}
    if len(named_in[-1] - pair) >= MAX_OTHER_PARTIES:
        return []
    if headline:
        return article_pair
    recent = set().union(*named_in[-RECENT_SENTENCES:])
    return [f for f in article_pair if f.actor.country in recent]


def _parties_named(sentence: Sentence, mentions: list[Mention]) -> set[str]:
    """The countries and organisations the sentence names as actors (not as places)."""
    return {
        m.actor.country
        for m in mentions
        if sentence.start <= m.start < sentence.end and m.actor and m.actor.country and not m.is_place
    }


def _add_clause_counterpart(candidate: Candidate, actors: SentenceActors) -> None:
    """An act whose arguments name one party is with the first other party its own phrases
    name, however deep: "provided aid to refugees fleeing the war in Liberia", "rioted at a
    jail in northern Israel". A place there is where the act was (``Candidate.actors``
    reads who did it), and so is a place named in a subject that names no doer ("a bombing
    near the town of Samarra killed a US soldier"), or a country named where the subject's
    thing was made ("a report released in Kenya accused Chile"); when only the receiver is named, another
    party is taken as the doer only for an act with no subject. Not a party of another statement or act
    below it (what is said, a relative clause, a conjoined or adverbial act, the act a time
    phrase refers to), a co-doer in the subject, or a topic discussed."""
    named = candidate.actors()
    if len(named) != 1 or candidate.is_organisation_meeting():
        return
    trigger = candidate.trigger
    if any(c.dep_ in ("dobj", "nsubjpass") and c.tag_ in RELATIVE_TAGS for c in trigger.children):
        return  # "which X blamed": its receiver is what the clause describes
    own = [c for c in trigger.children if not _other_statement(c, trigger)]
    subjects = [c for c in own if c.dep_ in NOMINAL_SUBJECT_DEPS]
    found = actors.in_tokens(t for c in own if c not in subjects for t in _own_tokens(c))
    if not candidate.sources and candidate.coding.type in CONTENT_TYPES:
        # the charge names whom the accused acted on, not the accuser: "Trump is accused of
        # leveraging aid to pressure Ukraine"; where it was made still may
        found = [f for f in found if f.is_place]
    if not candidate.sources:
        # who did what the one named party received: the place it happened in, also one
        # its subject names; another party only when the act has no subject ("were
        # kidnapped by gunmen loyal to X"): a subject the resolver could not name is still
        # the doer
        found += [
            f if f.is_place else Found(f.actor, True, f.token)
            for c in subjects
            for f in actors.in_tokens(_own_tokens(c))
            if f.is_place or _told_as_site(trigger.doc[f.token], c)
        ]
        if any(c.dep_ == "nsubj" for c in trigger.children):
            found = [f for f in found if f.is_place]
    if candidate.coding.type == "CONSULT":  # "a call with analysts about its China sales"
        found = [f for f in found if not _in_topic_phrase(trigger.doc[f.token], trigger)]
    other = next((f for f in found if f.actor.country != named[0].country), None)
    if other is None:
        return
    if other.is_place:
        candidate.places.insert(0, other)
    elif candidate.sources:
        candidate.targets.append(other)
    else:
        candidate.sources.append(other)


def _add_goal_receiver(
    candidate: Candidate, candidates: list[Candidate], actors: SentenceActors
) -> None:
    """A protest that names no receiver is aimed at whom its goal is: the demand, protest,
    blame or refusal it is staged for ("rallied in Nairobi to demand that Britain pay",
    "marched demanding an apology from Japan", "went on strike to protest against American
    bases", "rioted, joining crowds in demanding independence from Indonesian rule"). The
    goal is a participle or an infinitive of purpose below the protest, not another
    statement (what is said, a relative clause) or an act it came after. A goal that names
    no receiver of its own is aimed at the first party its phrases name ("a referendum on
    independence from Indonesian rule")."""
    if candidate.coding.type != "PROTEST" or candidate.targets:
        return
    doers = {f.actor.country for f in candidate.sources}
    for goal in candidates:
        if goal.coding.type not in GOAL_RECEIVER_TYPES or not _goal_of(goal.trigger, candidate.trigger):
            continue
        aimed = goal.targets or actors.in_tokens(
            t
            for c in goal.trigger.children
            if c.dep_ not in NOMINAL_SUBJECT_DEPS and not _other_statement(c, goal.trigger)
            for t in _own_tokens(c)
        )[:1]
        for found in aimed:
            if not found.is_place and found.actor.country not in doers:
                doers.add(found.actor.country)
                candidate.targets.append(found)
    if candidate.targets and not candidate.sources:
        # a crowd no party is named for protests for where it is ("prisoners rioted at a
        # jail in Dili"), as a one-party protest is coded
        receivers = {f.actor.country for f in candidate.targets}
        candidate.sources += as_actors(
            [f for f in _protest_site(candidate.trigger, actors) if f.actor.country not in receivers][:1]
        )


def _add_purpose_destination(candidate: Candidate, actors: SentenceActors) -> None:
    """An act done as the purpose of a sending or a journey, naming only its doer, is done
    where the sending went: "sent 30 officers to Angola to investigate", "sent experts to
    Iran to inspect the plant", "sent its intelligence chief to Gaza to mediate". That place
    is the act's counterpart, as a place in its own phrases is. Not a hostile act ("sent
    troops to Syria to fight rebels" fights in Syria, not Syria)."""
    trigger = candidate.trigger
    if candidate.coding.type in HOSTILE_TYPES or candidate.targets or not candidate.sources:
        return
    named = candidate.actors()
    if len(named) != 1 or trigger.dep_ not in ("advcl", "xcomp"):
        return
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return
    destination = next(
        (f for f in actors.in_prep_objects([trigger.head], DESTINATION_PREPS)
         if f.actor.country != named[0].country),
        None,
    )
    if destination is not None:
        candidate.places.insert(0, Found(destination.actor, True, destination.token))


def _goal_of(act: Any, protest: Any) -> bool:
    """``act`` is what ``protest`` is staged for: a participle ("demanding") or an infinitive
    of purpose ("to demand") reached from it through purpose clauses, participles and
    their phrases only ("joining crowds in demanding ...")."""
    purpose = act.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children)
    if act.i == protest.i or not purpose:
        return False
    token = act
    while token.i != protest.i:
        if token.dep_ not in GOAL_PATH_DEPS or token.head.i == token.i:
            return False
        if any(m.dep_ == "mark" for m in token.children):
            return False  # "after X attacked": an act of its own, not the goal
        token = token.head
    return True


def _in_topic_phrase(token: Any, trigger: Any) -> bool:
    """``token`` lies in what a meeting or call is about ("about its China sales", "over
    Ukraine's debt"): a topic, no party to it."""
    for above in [token, *token.ancestors]:
        if above.i == trigger.i:
            return False
        if above.dep_ == "prep" and above.lower_ in ABOUT_PREPS:
            return True
    return False


def _told_as_site(token: Any, subject: Any) -> bool:
    """``token`` names where the subject's thing was made or done: it lies in an in/at
    phrase of a participle in the subject ("a report released in Kenya", "a report
    published in the Rwandan capital"). A country so named is a place, as a town would
    be; not one where people are ("troops in Kenya" may be another state's)."""
    while token.i != subject.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ in SITE_PREPS and token.head.pos_ == "VERB":
            return True
        token = token.head
    return False


def _add_answered_party(candidate: Candidate, actors: SentenceActors) -> None:
    """An act with only its doer named, told as coming after another party's act, answers
    that party: "Japan imposed sanctions after Russia invaded Ukraine", "China protested
    after Japan bought the islands", "Uganda's condemnation came a day after Rwandan troops
    crossed the border", "recalled its ambassador following Uganda's decision". The earlier
    act hangs on the clause's own verb (an after-clause or an after/following phrase), so
    what a quoted or reported clause says is not read."""
    if not candidate.sources or candidate.targets or len(candidate.actors()) != 1:
        return
    trigger = candidate.trigger
    verb = trigger.head if trigger.dep_ in NOMINAL_SUBJECT_DEPS | {"dobj"} else trigger
    if verb.pos_ not in ("VERB", "AUX"):
        return
    doers = {f.actor.country for f in candidate.sources}
    earlier: list[Found] = []
    for child in [*verb.children, *(c for o in verb.children if o.dep_ == "dobj" for c in o.children)]:
        if child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ANSWERED_MARKERS for m in child.children
        ):
            earlier += _earlier_doers(child, actors)
        elif child.dep_ == "prep" and child.lower_ in ANSWERED_MARKERS:
            earlier += [f for act in child.children if act.dep_ == "pobj"
                        for f in _earlier_doers(act, actors)]
    means = trigger.dep_ == "pcomp" and trigger.head.lower_ == MEANS_PREP
    if means and trigger.head.head.lemma_.lower() in ANSWER_VERBS:
        # "responded to Uganda's move by recalling its ambassador": the means answers it
        earlier += actors.in_prep_objects([trigger.head.head], ANSWERED_PREPS)
    other = next((f for f in earlier if f.actor.country not in doers and not f.is_place), None)
    if other is not None:
        candidate.targets.append(other)


def _earlier_doers(act: Any, actors: SentenceActors) -> list[Found]:
    """Who did the act an answer follows: a clause's subject or its passive's agent ("after
    Uganda expelled", "after two diplomats were expelled by Uganda"); a noun's possessor,
    nationality or by-phrase ("Uganda's decision", "the Ugandan raid", "the expulsion of
    two diplomats by Uganda")."""
    found = [f for c in act.children if c.dep_ == "nsubj" for f in actors.in_subject(c)]
    found += [f for c in act.children if c.dep_ in ACT_OWNER_DEPS for f in actors.in_phrase(c)]
    return found + [
        f
        for by in act.children
        if by.dep_ == "agent" or (by.dep_ == "prep" and by.lower_ == MEANS_PREP)
        for agent in by.children
        if agent.dep_ == "pobj"
        for f in actors.in_phrase(agent)
    ]


def _own_tokens(head: Any) -> Iterator[Any]:
    """``head`` and all below it that is not another statement or act."""
    yield head
    for child in head.children:
        if not _other_statement(child, head):
            yield from _own_tokens(child)


def _other_statement(child: Any, head: Any) -> bool:
    """The child opens another statement or act than its head's: what is said, a relative,
    conjoined or adverbial clause, a time phrase ("after the strike"), a topic discussed.
    An appositive says who its noun is, as ``SentenceActors.in_phrase`` reads it: without
    its prepositions ("the envoy, a Norwegian diplomat"; not "the president, an ally of
    Norway")."""
    return (
        child.dep_ in OTHER_STATEMENT_DEPS
        or (child.dep_ == "prep" and head.dep_ == "appos")
        or (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"))
        or (child.dep_ == "prep" and child.lower_ in TIME_PREPS)
        or (child.dep_ == "dobj" and head.lemma_.lower() in TOPIC_VERBS)
    )


def _add_joint_partner(candidate: Candidate, pair: list[Found], actors: SentenceActors) -> None:
    """An act with one party named is with the article's main other party: "joint military
    exercises in Pakistan", "Argentina rejected the invitation", "X said it was disappointed"
    in an article about that pair. Only when the named party is one of ``pair`` (the two the
    article is most about, each named often enough to be its subject, and in the body named
    within the last few sentences) and the other of the two is in ``pair`` too, and not for
    a meeting that names whom it was with (``_met_someone_else``)."""
    if candidate.is_joint() and not candidate.actors() and candidate.places:
        # "joint exercises were held in Chile": the host is a party
        candidate.sources.append(as_actors(candidate.places[:1])[0])
    named_actors = candidate.actors()
    if len(named_actors) != 1 or not _takes_counterpart(candidate):
        return
    if _met_someone_else(candidate, actors):
        return
    named = named_actors[0].country
    if named is None or named not in {f.actor.country for f in pair}:
        return
    partner = next((f for f in pair if f.actor.country != named), None)
    if partner and candidate.sources:
        candidate.targets.append(partner)
        candidate.implicit = True
    elif partner:  # "Rwanda has been accused of backing the rebels": by the other party
        candidate.sources.append(partner)
        candidate.implicit = True


def _other_side_is_no_party(candidate: Candidate, actors: SentenceActors) -> bool:
    """The sentence names the act's other side, and it is no party: the doer of an attack
    whose one party named is whom it hit ("gunmen attacked Kenyan posts", "an attack carried
    out by militants"), whom a blame is laid on ("blamed the raids on militants"). Then
    neither the article's pair nor the acts before supply it."""
    if candidate.coding.type == "ACCUSE":
        return bool(candidate.sources) and accused_is_no_party(candidate.trigger, actors)
    return (
        candidate.coding.type in HOSTILE_TYPES
        and not candidate.sources
        and doer_is_no_party(candidate.trigger, actors)
    )


def _add_earlier_counterpart(candidate: Candidate, earlier_acts: list[list[Found]]) -> None:
    """An answer with only its doer named, whose doer took part in an act between parties
    the sentence before told, is aimed at the other party of that act: "China recalled its
    ambassador from Lithuania. Lithuania rejected the demand", "Norway imposed tariffs on
    Kenyan tea. Kenya protested on Friday". The latest such act counts."""
    if not _answer_of_its_doer_alone(candidate):
        return
    doer = candidate.actors()[0].country
    for parties in reversed(earlier_acts):
        other = next((f for f in parties if f.actor.country != doer), None)
        if other is not None and any(f.actor.country == doer for f in parties):
            candidate.targets.append(Found(other.actor, False, -1))
            candidate.implicit = True
            return


def _add_sentence_party(candidate: Candidate, actors: SentenceActors) -> None:
    """An answer or hostile act of the main clause with only its doer named, in a sentence
    that names one other party, is aimed at that party wherever the sentence names it ("a
    camp for Kenyan refugees was attacked by Norwegian troops, the agency reported"). Not a
    party who says it (the subject of a verb of saying above the act), one in a clause on
    the doer's phrase ("Norway, which depends on Kenyan tea, ..."), one in an appositive's
    prepositions ("ousted the president, an ally of Kenya", as ``SentenceActors.in_phrase``
    reads it), nor one in an adverbial clause or a time phrase ("if war starts in Kenya",
    "before allowing Kenyan convoys in").
    Run after the article's pair and the act before: only a one-party act of a sentence
    that leaves no choice gets a receiver here."""
    if not _in_main_clause(candidate.trigger) or not _answer_of_its_doer_alone(candidate):
        return
    named = candidate.actors()
    trigger = candidate.trigger
    on_path = {trigger.i, *(t.i for t in trigger.ancestors)}
    doer_phrase = {t.i for f in candidate.sources if f.token >= 0
                   for t in _phrase_chain(trigger.doc[f.token], on_path)}
    aside = {
        t.i
        for token in trigger.doc
        for c in token.children
        if c.i not in on_path and (
            _adverbial(c)
            or (token.i in doer_phrase and c.dep_ in DESCRIBING_DEPS)
            # where a state body sits: "US Marshals in Georgia arrested ..."
            or (token.i in doer_phrase and c.dep_ == "prep" and c.lower_ in WHEREABOUTS_PREPS
                and seated_body(token))
            or (token.dep_ == "appos" and c.dep_ == "prep")  # "the president, an ally of X"
        )
        for t in c.subtree
    }
    aside |= {
        t.i
        for verb in trigger.ancestors
        if verb.lemma_.lower() in REPORTING_VERBS
        for c in verb.children
        if c.dep_ in NOMINAL_SUBJECT_DEPS
        for t in c.subtree
    }
    others = {
        f.actor.country: f
        for i, found in actors.by_token.items()
        if i not in aside
        for f in found
        if f.actor.country != named[0].country
    }
    if len(others) == 1:
        candidate.targets.append(Found(next(iter(others.values())).actor, False, -1))
        candidate.implicit = True


def _answer_of_its_doer_alone(candidate: Candidate) -> bool:
    """An answer or hostile act (``ANSWER_TYPES``) told as done, with its doer the one
    party named: its receiver is left to the context."""
    return (
        len(candidate.actors()) == 1
        and bool(candidate.sources)
        and candidate.coding.type in ANSWER_TYPES
        and _takes_counterpart(candidate)
    )


def _phrase_chain(token: Any, on_path: set[int]) -> list[Any]:
    """``token`` and the words above it up to the phrase that hangs on the act's path."""
    chain = [token]
    while chain[-1].head.i not in on_path and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _adverbial(child: Any) -> bool:
    """An adverbial clause or a time phrase: a condition, a purpose or another act told
    as before or after ("if war starts in Kenya", "before allowing Kenyan convoys in")."""
    return child.dep_ == "advcl" or (child.dep_ == "prep" and child.lower_ in TIME_PREPS)


def _in_main_clause(trigger: Any) -> bool:
    """The act is told by the main clause (or one its verb of saying reports), directly or
    as the object or subject noun of its verb."""
    verb = trigger
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "nsubj", "nsubjpass"):
        verb = trigger.head
    while verb.dep_ == "conj":
        verb = verb.head
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS:
        verb = verb.head
    return bool(verb.dep_ == "ROOT")


def _parties(candidate: Candidate) -> list[Found]:
    """The parties of an act, each once, as found away from its sentence."""
    return [Found(actor, False, -1) for actor in candidate.actors()]


def _met_someone_else(candidate: Candidate, actors: SentenceActors) -> bool:
    """A meeting or visit whose own phrases name whom it was with as no party: "visited a
    counter-terrorism centre", "met representatives of the traders", "his address to the
    Council". It was with them, not with the article's other party. (A statement or stance
    names its topic there, "rejected the invitation", and still answers the other party.)"""
    if candidate.coding.type != "CONSULT":
        return False
    trigger = candidate.trigger
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    # the meeting a light verb carries is the act, and its phrases are ("held talks with X")
    carried = [o for o in objects if code_token(o) is not None]
    met = [o for o in objects if o not in carried] + [
        o
        for head in [trigger, *carried]
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in COUNTERPART_PREPS
        for o in p.children
        if o.dep_ == "pobj"
    ]
    doers = {f.actor.country for f in candidate.sources}
    # what the doer owns is no one met: "visited a Trump-owned golf course"
    return any(
        noun.pos_ in ("NOUN", "PROPN")
        and noun.lemma_.lower() not in COUNTERPART_NOUNS
        and all(f.actor.country in doers for f in actors.in_phrase(noun))
        for noun in met
    )


def _takes_counterpart(candidate: Candidate) -> bool:
    """A joint act, or an act someone did (a doer named, the receiver left to context),
    told as done.

    Not a friendly act whose receiver the sentence names as people or a group ("Algeria
    backs the Polisario movement", "rebel groups that were backed by Rwanda"): that act is
    done to them, not to the article's other state. A hostile act on a group may still hit
    the state it is in."""
    if candidate.is_joint():
        return True
    status = candidate.status or classify_status(candidate.trigger)
    if status != OCCURRED and _threat_statement(candidate, status) is None:
        # "Norway will raise its defence budget", "Norway would not have signed": an act
        # said to come or not done leaves its receiver open; a threat made ("said it would
        # impose sanctions") is an act done
        return False
    if candidate.is_organisation_meeting():
        return False  # "an EU summit": the organisation meets its members
    if candidate.coding.type not in HOSTILE_TYPES and (
        _receiver_is_populace(candidate.trigger) or _told_of_described_noun(candidate.trigger)
    ):
        return False
    if _before_audience(candidate.trigger):
        return False
    return (
        bool(candidate.sources)
        or _accused_without_accuser(candidate)
        or (bool(candidate.targets) and _done_by_office(candidate.trigger))
        or _accuser_left_out(candidate)
    )


def _accuser_left_out(candidate: Candidate) -> bool:
    """An accusation whose doer the text does not resolve, told in a participle or an
    infinitive (", accusing Japan of provocation" on a subject the resolver does not know)
    or by a person's pronoun the sentence before does not name ("He said Japan had violated
    the truce"), with the accused named: in an article about two parties, the other one
    accuses, as in the passive with no accuser."""
    trigger = candidate.trigger
    return (
        candidate.coding.type == "ACCUSE"
        and bool(candidate.targets)
        and not candidate.sources
        and trigger.pos_ in ("VERB", "AUX")
        and (
            (trigger.dep_ in ("advcl", "xcomp")
             and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children))
            or any(c.dep_ == "nsubj" and c.lower_ in PERSON_PRONOUNS for c in trigger.children)
        )
    )


def _done_by_office(trigger: Any) -> bool:
    """The verb's subject is an office the sentence names no state for ("the ministry
    said", "a government spokesman accused X", "officials condemned")."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    return any(
        c.dep_ == "nsubj" and c.lemma_.lower() in OFFICE_NOUNS and c.pos_ == "NOUN"
        for c in trigger.children
    )


def _accused_without_accuser(candidate: Candidate) -> bool:
    """An accusation told in the passive with no accuser named ("Rwanda has been accused of
    backing the rebels"): in an article about two parties, the other one accuses."""
    trigger = candidate.trigger
    return (
        candidate.coding.type == "ACCUSE"
        and bool(candidate.targets)
        and any(c.dep_ == "nsubjpass" for c in trigger.children)
        and not any(c.dep_ == "agent" for c in trigger.children)
    )


def _before_audience(trigger: Any) -> bool:
    """The act is done to an audience at home, the press or parliament ("told reporters at a
    press conference", "speaking to the press", "detained two journalists"): its receiver is
    that audience, not the article's other state. A venue does not count ("rejected the
    charge in parliament" still answers the other state)."""
    nouns = [c for c in trigger.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    nouns += [
        o
        for p in trigger.children
        if p.dep_ == "prep" and p.lower_ in AUDIENCE_PREPS
        for o in p.children
        if o.dep_ == "pobj"
    ]
    # the noun itself or what names its kind ("a press conference", "held a news conference")
    words = [w for n in [trigger, *nouns] for w in [n, *n.children] if w is n or w.dep_ == "compound"]
    return any(w.lemma_.lower() in AUDIENCE_NOUNS for w in words if w is not trigger)


def _receiver_is_populace(trigger: Any) -> bool:
    """The verb's object or passive subject is people or a group ("the rebels", "a
    movement"); a relative pronoun stands for the noun its clause describes."""
    for child in trigger.children:
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        noun = trigger.head if child.tag_ in RELATIVE_TAGS and trigger.dep_ == "relcl" else child
        if noun.lemma_.lower() in POPULACE_NOUNS:
            return True
    return False


def _told_of_described_noun(trigger: Any) -> bool:
    """A relative clause tells the act of the common noun it describes, itself or through
    what someone says of it ("groups it has labelled terrorist, one of which it said was
    backed by X", "a group it says is funded by X"): the act was done to that noun, not to
    the article's other state. Not when the act names its own receiver, nor on a name
    ("Kenya, which X has backed")."""
    if any(c.dep_ in ("dobj", "nsubjpass") and c.tag_ not in RELATIVE_TAGS for c in trigger.children):
        return False
    noun = described_noun(trigger)
    return noun is not None and noun.pos_ != "PROPN"


def _candidates(doc: Any, actors: SentenceActors) -> list[Candidate]:
    found = list(verbal_candidates(doc, actors)) + list(nominal_candidates(doc, actors))
    framing = {
        c.trigger.i
        for c in found
        if c.coding.type in FRAMING_TYPES or c.trigger.lemma_ in OFFER_VERBS
    }
    # what an accusation noun's that-clause, or a claiming verb's clause, says is the claim,
    # not an act of record
    claimed = {
        clause.i
        for c in found
        if c.coding.type == "ACCUSE"
        for clause in (
            claim_clauses(c.trigger) if c.nominal else _claimed_clauses(c.trigger)
        )
    }
    agreeing = {c.trigger.i for c in found if c.coding.type == "AGREE" and c.trigger.lemma_ in AGREEING_VERBS}
    meetings = {c.trigger.i: c for c in found if c.coding.type == "CONSULT"}
    return [
        single
        for candidate in found
        if not _topic_of_meeting(candidate, meetings)
        and not _inside_frame(candidate.trigger, framing, candidate.coding.type == "CONSULT")
        and not (candidate.coding.type in AGREED_CONTENT_TYPES
                 and _inside_frame(candidate.trigger, agreeing, False))
        and not claimed & {candidate.trigger.i, *(t.i for t in candidate.trigger.ancestors)}
        for single in one_per_doer(candidate)
    ]


def _topic_of_meeting(candidate: Candidate, meetings: dict[int, Candidate]) -> bool:
    """A talk told as what a meeting is for ("will meet in Zurich to discuss trade",
    "travelled to Oslo to negotiate"), between no parties the meeting does not name: the
    meeting's topic, not a second meeting."""
    trigger = candidate.trigger
    meeting = meetings.get(trigger.head.i)
    if candidate.coding.type != "CONSULT" or meeting is None or trigger.dep_ != "advcl":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return False
    met = {a.country for a in meeting.actors()}
    return {a.country for a in candidate.actors()} <= met


def _claimed_clauses(verb: Any) -> list[Any]:
    """What a verb of claiming asserts ("claimed that X attacked Y", "alleges X is arming
    rebels"): its clause complements, with or without "that"."""
    if verb.lemma_.lower() not in CLAIM_VERBS:
        return []
    return [clause for clause in verb.children if clause.dep_ == "ccomp"]


def _inside_frame(trigger: Any, framing: set[int], meeting: bool) -> bool:
    """The act is what a demand, refusal or threat is about ("refused to meet", "demanded the
    withdrawal of troops", "threatened to impose sanctions"): part of that event, not one of
    its own. A verb of saying or a relative clause on the way breaks the frame, and so does
    a meeting the demand was made in ("urged a ceasefire in a phone call with X"). An act
    joined to the framing verb itself is another act of its doer ("dismissed the claims and
    accused Britain of ..."; "said the claims were false and accused X", which the parser
    hangs on the reported clause)."""
    if trigger.dep_ in ("conj", "parataxis") and trigger.head.i in framing:
        return False
    if joined_to_reported_act(trigger) or trigger.dep_ == "relcl":
        return False  # a relative clause tells of its noun ("Rwanda, which X accuses, denied")
    if meeting and _told_as_its_time(trigger):
        return False  # "called on Qatar to extend the deadline when he met its emir"
    for token in trigger.ancestors:
        if token.i in framing:
            return True
        if token.lemma_ in SPEECH_VERBS or token.dep_ in ("relcl", "advcl", "conj", "parataxis"):
            return False
        if token.dep_ == "prep" and token.lower_ in SITE_PREPS | TIME_PREPS and meeting:
            return False
    return False


def _told_as_its_time(verb: Any) -> bool:
    """The verb heads a clause that tells when its governor's act was done ("when he met
    the emir", "after they talked"): an act of its own, not what the governor asks for."""
    return verb.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in MEETING_TIME_MARKS for c in verb.children
    )


def _event(
    document: Document,
    sentence: Sentence,
    candidate: Candidate,
    last_year: int | None,
    narrative: DateMatch | None,
    headline: bool = False,
) -> Event:
    status = candidate.status or classify_status(candidate.trigger)
    found, anchor = candidate.coding, candidate.trigger
    threat = _threat_statement(candidate, status)
    if threat is not None:  # dated by the saying
        found, status, anchor = _intent(found), OCCURRED, threat
    elif status in INTENT_STATUSES and _stated(candidate.trigger) and _intent(found).type != "THREATEN":
        found = _intent(found)
    future = status in FUTURE_STATUSES or (status == "negated" and _told_in_future(candidate.trigger))
    dates = find_dates(sentence.text, document.published, last_year, future=future)
    if not future and anchor is not None:
        dates = times_of_an_act_done(dates, anchor, sentence.text, document, last_year)
    date = nearest_date(dates, anchor) if anchor is not None else None
    if future and date is not None and on_past_governor(date, candidate.trigger):
        # "met on Thursday and agreed to reopen embassies": last Thursday, not next
        past = find_dates(sentence.text, document.published, last_year, future=False)
        date = next((d for d in past if d.start == date.start), date)
    # A time the clause tells but that resolves to nothing ("in the 1990s", "years earlier")
    # is no time of writing nor of the sentence before.
    untold = date is None and anchor is not None and any(
        d.value is None and not of_another_clause(d, anchor) for d in dates
    )
    # Narrative time only for a sentence that dates nothing: one whose dates all belong to
    # other clauses ("invited him to attend later this year") sets its own time frame, and
    # the past perfect tells the background before it ("had cut ties").
    undated = not any(d.value for d in dates) and not untold
    estimated = (
        date is None
        and undated
        and status == OCCURRED
        and narrative is not None
        and clause_tense(candidate.trigger) != "pluperfect"
    )
    if estimated and narrative:  # narrative time, kept to the year: the text does not say more
        date = replace(narrative, value=(narrative.value or "")[:4])
    # receivers named side by side, no doer: neither did it to the other
    actors: list[Actor | None] = [None] if candidate.receivers_only() else []
    actors += candidate.actors()
    return Event(
        doc_id=document.doc_id,
        type=found.type,
        mode=found.mode,
        cameo=found.cameo,
        goldstein=found.goldstein,
        source=actors[0] if actors else None,
        target=actors[1] if len(actors) > 1 else None,
        participants=tuple(a for a in actors[2:] if a is not None),
        sentence=sentence.text,
        start=sentence.start,
        end=sentence.end,
        date=date.value
        if date
        else default_date(candidate, status, document.published, untold, headline),
        date_text=date.text if date and not estimated else None,
        location=event_location(candidate.trigger, visit=candidate.coding.mode == "visit"),
        status=status,
        confidence=_confidence(candidate),
        trigger=candidate.trigger.text,
    )


def _threat_statement(candidate: Candidate, status: str) -> Any | None:
    """The verb of saying that makes a hostile act announced for later a threat ("said it
    would blockade"), if there is one; "Japan will impose tariffs in May" stays a measure to
    come."""
    if status not in INTENT_STATUSES or not _stated(candidate.trigger):
        return None
    return _statement(candidate.trigger) if _intent(candidate.coding).type == "THREATEN" else None


def _told_in_future(trigger: Any) -> bool:
    """The act is called off for later: "will not hold talks in November", "will forgo
    meeting him in October" (its date is to come)."""
    return any(
        c.dep_ == "aux" and MODALS.get(c.lower_) == "planned"
        for t in [trigger, *trigger.ancestors]
        for c in t.children
    )


def _stated(trigger: Any) -> bool:
    """The act is what the sentence or its speaker says it will do: not a description hung
    on a noun or another clause ("arriving today for a visit where he will meet X" is the
    itinerary of a visit under way), nor the content of another act ("agreed to hold
    talks next month" is one agreement)."""
    # a noun's light verb carries it ("said it would take countermeasures")
    carrier = trigger.head.i if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "dobj" else -1
    return all(t.dep_ not in ("relcl", "acl", "advcl") for t in [trigger, *trigger.ancestors]) and all(
        t.pos_ not in ("VERB", "ADJ") or t.lemma_.lower() in INTENT_GOVERNORS or t.i == carrier
        for t in trigger.ancestors
    )


def _statement(trigger: Any) -> Any | None:
    """The verb of saying or announcing the act hangs on, if any."""
    return next((t for t in trigger.ancestors if t.lemma_.lower() in REPORTING_VERBS), None)


def _intent(found: Coding) -> Coding:
    cameo, event_type = INTENT_CODES.get(found.type, (None, ""))
    intent = coding(cameo, event_type)
    return replace(intent, mode=found.mode) if intent else found


def _describes_told_act(trigger: Any) -> bool:
    """A participle describing a definite noun ("The agreement, signed by Dar in Beijing,
    covers ..."; "the talks held on Monday") refers back to an act the article has told,
    as "the agreement" alone would."""
    noun = trigger.head
    return (
        trigger.dep_ == "acl"
        and trigger.tag_ == "VBN"
        and any(c.dep_ == "det" and c.lower_ in ANAPHOR_DETERMINERS for c in noun.children)
    )


def _is_anaphor(candidate: Candidate) -> bool:
    trigger = candidate.trigger
    return (
        candidate.nominal
        and not candidate.actors()
        and any(c.dep_ == "det" and c.lower_ in ANAPHOR_DETERMINERS for c in trigger.children)
    )


def _confidence(candidate: Candidate) -> float:
    """Higher when both sides come from syntax, the trigger is a verb and the curated list
    (not the long-tail dictionary) coded it."""
    score = 0.4 + 0.2 * (not candidate.nominal) + 0.1 * candidate.coding.curated
    score += 0.2 * bool(candidate.sources and candidate.targets and not candidate.implicit)
    return min(score, 0.95)
