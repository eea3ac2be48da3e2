"""Nominal events: an event noun with its possessor, modifiers and prepositional actors.

"Lavrov's two-day visit to Pakistan", "Monday's meeting between A and B", "the
first joint military exercise between the two countries", "Russian-Pakistani
talks". A noun that is the object or subject of a verbal trigger ("signed an
agreement", "the exercise was held") belongs to that verb's event and is skipped
here, unless it is the subject and names parties of its own ("Japan's strikes on
camps in Kenya killed six"). When the noun names fewer than two parties, the subject
of the verb that governs it joins in ("Moscow hosting a meeting with Pakistan"); not as the
doer of an attack it condemns or blames, or whose doer the sentence names as no party.
"Kenyan posts came under attack from X", "Vietnam faces US tariffs": the subject underwent
(or is to undergo) the act, X did it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from bilateral.events.arguments import (
    IDENTITY_PREPS,
    RELATIVE_TAGS,
    Found,
    SentenceActors,
    passive_agents,
    prep_objects,
)
from bilateral.events.blame import PART_WORDS, attack_in_words
from bilateral.events.candidate import (
    HOSTILE_TARGET_PREPS,
    HOSTILE_TYPES,
    NOMINAL_SUBJECT_DEPS,
    PARTY_PREPS,
    PLACE_PREPS,
    SITE_PREPS,
    Candidate,
    as_actors,
    groups_where_they_are,
    origins,
    prep_actors,
    split_places,
)
from bilateral.events.plover import CONTAINER_NOUNS, code_token, known_coding
from bilateral.events.status import REPORTING_VERBS, TIME_PREPS, setting_verb
from bilateral.events.verbal import (
    PERSONAL_PRONOUNS,
    POSSESSIVE_PRONOUNS,
    TOPIC_PREPS,
    condition_subjects,
    speaker,
)
from bilateral.nlp.pipeline import stranded_subjects

SOURCE_PREPS = {"of", "by", "from"}
# Sending people away: their of-phrase names them, whoever sends them is named otherwise.
REMOVAL_NOUNS = {"expulsion", "deportation", "extradition", "eviction", "repatriation"}
# Stopping or closing something: the of-phrase names what is stopped, its owner the receiver
# ("the closure of the Chinese consulate", "the suspension of imports of Australian beef").
# Leaving a party: the from-phrase names whom one's own envoys, troops or membership leave
# ("the recall of its ambassador from Riyadh", "the withdrawal of US troops from Syria").
LEAVING_NOUNS = {"recall", "withdrawal"}
# Who sends people away may hang on them: "the expulsion of diplomats by / from Britain".
REMOVAL_AGENT_PREPS = frozenset({"by", "from"})
FROM = frozenset({"from"})
PATIENT_NOUNS = {"closure", "suspension", "freezing", "downgrading", "downgrade", "cancellation"}
TARGET_PREPS = {"to", "with", "between", "among", "in", "inside", "at", "against", "on"}
OWN_DEPS = {"poss", "amod", "compound", "nmod", "npadvmod"}
# Praise and blame: the act they are about is an event of its own.
APPRAISAL_TYPES = {"ACCUSE", "SUPPORT"}
# Who blames or protests another's hostile act is, most often, the one it was done to.
APPRAISED_BY = {"ACCUSE", "REJECT", "PROTEST"}
# "blamed the attack on X", "attributed the bombing to X": the phrase names who did it, not
# whom it hit.
BLAMING_PREPS = {"blame": "on", "attribute": "to", "ascribe": "to"}
ARGUMENT_DEPS = {"dobj", "nsubjpass", "nsubj", "attr", "oprd"}
# "came under fire from X": fire is a shot only after "under", and not when a reason
# follows ("came under fire over its budget" is criticism).
UNDERGONE_ONLY = {"fire"}
REASON_PREPS = {"over", "for"}
# Nouns that name an act only as what someone does ("ordered / stepped up patrols"); elsewhere
# they name the unit ("a UN patrol came under fire").
UNIT_NOUNS = {"patrol"}
# "Vietnam faces US tariffs", "Iran faces sanctions from the EU", "the move drew
# condemnation from X": the subject is the target.
SUFFERING_VERBS = {"face", "draw", "attract", "earn"}
# Verbs of setting out: their for/to phrase is where a visit goes ("left for Turkey on a visit").
DEPARTING_VERBS = {"leave", "depart", "head", "embark"}
# Verbs that say who took part in a meeting, in a clause on the meeting noun ("a summit
# attended by A and B", "talks involving A and B", "a meeting that brought together ...").
GATHERING_VERBS = {"attend", "involve", "bring", "gather", "group", "unite"}
# Passive verbs of someone awaited somewhere: "is expected in Delhi for talks".
AWAITING_VERBS = {"expect", "await"}
# Verbs that only say an act was done: its participle on the act noun carries the act's parties
DOING_VERBS = {"launch", "carry", "conduct", "stage", "mount", "wage", "unleash", "perpetrate",
               "commit", "execute", "undertake"}
# Acts a party can undergo from another: hostile acts and blame ("came under criticism").
UNDERGONE_TYPES = HOSTILE_TYPES | {"ACCUSE"}
ATTACK = known_coding("190")
CRITICISM = known_coding("111")
# A measure faced on a condition is the threat of it (CAMEO 131 sanctions, 137 repression,
# 138 force; 130 otherwise).
CONDITIONAL_THREATS = {"SANCTION": "131", "COERCE": "137", "ASSAULT": "138"}
# Nouns of acts about another act (a threat, a refusal): with no receiver of their own, the
# act held out or refused names it.
HELD_OUT_TYPES = {"THREATEN", "REJECT"}


def nominal_candidates(doc: Any, actors: SentenceActors) -> Iterator[Candidate]:
    """Every event noun of ``doc`` that is not already an argument of a verbal trigger."""
    for token in doc:
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        if token.lemma_.lower() in UNIT_NOUNS and token.dep_ != "dobj":
            continue
        undergone = _undergone_by(token)
        found_coding = code_token(token)
        if undergone is not None and token.lemma_.lower() in UNDERGONE_ONLY:
            found_coding = ATTACK
        if found_coding is None:
            continue
        if found_coding.type == "ASSAULT" and attack_in_words(token):
            found_coding = CRITICISM  # "a scathing attack on X": in words
        if found_coding.type not in UNDERGONE_TYPES:  # "withdrew under the agreement"
            undergone = None
        visit = found_coding.mode == "visit"
        sources = [f for c in token.children if c.dep_ in OWN_DEPS for f in actors.in_phrase(c)]
        # a verb the tagger took for a noun keeps its subject: "Russia reserves the right"
        sources += [f for c in token.children if c.dep_ == "nsubj" for f in actors.in_subject(c)]
        hostile = found_coding.type in HOSTILE_TYPES
        follow = IDENTITY_PREPS | PLACE_PREPS if hostile else IDENTITY_PREPS
        targets: list[Found] = []
        # "the arrest of two reporters by the police": beside a by-phrase, of names the patient
        agent = any(c.dep_ == "prep" and c.lower_ == "by" for c in token.children)
        removal = token.lemma_.lower() in REMOVAL_NOUNS
        leaving = token.lemma_.lower() in LEAVING_NOUNS
        # "the expulsion of Russian diplomats from Britain": from, on whom is sent away, too
        hung_agents = [] if sources else _agents_on_patient(token, REMOVAL_AGENT_PREPS if removal else frozenset({"by"}))
        if hung_agents:  # "the expulsion of 23 diplomats by Britain": by hangs on diplomats
            agent = True
            sources += [f for o in hung_agents for f in actors.in_phrase(o)]
        blamed = _blamed(token)
        # "the expulsion of Russian diplomats from Norway": of names who is sent away
        # "a condemnation of India's actions", "criticism of NATO": of names the one blamed
        removed_of = agent or removal or token.lemma_.lower() in PATIENT_NOUNS or found_coding.type == "ACCUSE"
        for prep in _own_preps(token):
            # whom of names is sent away or called back, not from where (read apart)
            phrase = follow - {"from"} if (removal or leaving) and prep.lower_ == "of" else follow
            found = [f for o in prep.children if o.dep_ == "pobj" for f in actors.in_phrase(o, phrase)]
            doer = prep.lower_ in SOURCE_PREPS and not (removed_of and prep.lower_ == "of")
            doer = doer and not (prep.lower_ == "from" and token.lemma_.lower() in LEAVING_NOUNS)
            doer = doer or prep.lower_ == blamed
            (sources if doer else targets).extend(
                found if prep.lower_ in SOURCE_PREPS | TARGET_PREPS and not topic_phrase(prep) else []
            )
        targets += _clause_subjects(token, actors)
        if leaving:  # "the recall of its ambassador from Caracas": from hangs on the envoy
            targets += [f for o in _agents_on_patient(token, FROM) for f in actors.in_phrase(o)]
        if found_coding.type == "ACCUSE":  # "allegations that Rwanda backs the rebels"
            targets += [f for clause in claim_clauses(token) for s in clause.children
                        if s.dep_ in ("nsubj", "nsubjpass") for f in actors.in_phrase(s)]
        if undergone is not None:
            if _on_condition(undergone):  # "faces US tariffs if no deal is reached": a threat
                found_coding = known_coding(CONDITIONAL_THREATS.get(found_coding.type, "130"))
            sources += prep_actors([undergone], SOURCE_PREPS, actors, ("prep", "agent"))
            if not sources and any(
                c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in token.children
            ):  # "Trump vowed to ... and Vietnam faces his tariffs": his are the speaker's
                sources = speaker(token, actors)
            # "came under attack", "was placed under arrest": the subject underwent it
            sufferers = [c for c in undergone.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
            sufferers = sufferers or stranded_subjects(undergone)
            targets += [f for c in sufferers for f in _doers(c, actors)]
            targets, places = split_places(targets, False)
            yield Candidate(token, found_coding, as_actors(sources), targets, places, nominal=True)
            continue
        if _argument_of_trigger(token) and not (token.dep_ in NOMINAL_SUBJECT_DEPS and sources + targets):
            continue
        if found_coding.type in HELD_OUT_TYPES and not targets:
            # "reserves the right to act against X", "its refusal to meet the Kenyan minister"
            targets = _held_out_targets(token, actors)
        if hostile and blamed:  # "blamed the attack on X": X did it
            sources += prep_actors([token.head], {blamed}, actors, ("prep", "agent"))
        elif hostile:
            targets = groups_where_they_are(targets + _carrier_targets(token, actors, follow))
            if not sources and token.dep_ == "nsubjpass":  # "the barrage was launched from X"
                sources = origins(token.head, actors)
        if _parties(sources + targets) < 2:
            governors = _governor_subjects(token, actors)
            if hostile and sources and _appraised(token):
                targets += governors  # "Kenya condemned Japan's strikes": on Kenya
            elif sources:
                # the noun names its doer: the governor's subject is whom it reached ("Kenya
                # received a visit from Uganda's president", "Kenya welcomed Uganda's
                # offer", "the Russian move drew condemnation from Ukraine"), not a co-doer
                own = {f.actor.country for f in sources}
                targets += [f for f in as_actors(governors) if f.actor.country not in own]
            elif not (hostile and (_appraised(token) or doer_is_no_party(token, actors))):
                # not who blames or condemns an attack ("Kenya condemned the raids"), nor
                # one whom the sentence tells is not its doer ("gunmen staged an attack")
                sources = governors
        if found_coding.type == "PROTEST" and not sources:
            # "protests against X erupted in Chile": people protest for the place they are in
            own = {f.actor.country for f in targets}
            sources = [f for f in prep_actors([token, token.head], SITE_PREPS, actors)
                       if f.actor.country not in own]
        if found_coding.type == "CONSULT":
            targets += _gathered(token, actors)
        if found_coding.type == "CONSULT" and not sources and _with_own_counterpart(token):
            sources = speaker(token, actors)  # "Lavrov said talks with his counterpart were ..."
        if found_coding.type == "CONSULT" and _parties(sources + targets) < 2:
            # the place is the host, no other named; "told Putin in a phone call": Putin
            targets += _stay_places(token, actors) + _told_in_it(token, actors)
        elif _parties(sources + targets) < 2:  # "entered Chile in a raid": the raid hit Chile
            targets += _told_in_it(token, actors)
        sources = as_actors(sources)  # "Beijing's offer": the capital stands for its state
        targets, places = split_places(targets, visit)
        yield Candidate(token, found_coding, sources, targets, places, nominal=True)


def topic_phrase(prep: Any) -> bool:
    """``prep`` says what the talks or the meeting it hangs on are about, or when they were
    held ("talks on Syria", "a meeting on the sidelines of the summit"); no party is named
    there."""
    noun = prep.head
    if prep.lower_ not in TOPIC_PREPS or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    found = code_token(noun)
    return found is not None and found.type == "CONSULT" and found.mode != "visit"


def _with_own_counterpart(noun: Any) -> bool:
    """The talks are with "his" or "her" counterpart (or host, or guest): the one whose
    counterpart it is took part, and the speaker the pronoun stands for is that one."""
    return any(
        d.dep_ == "poss" and d.lower_ in ("his", "her")
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in PARTY_PREPS
        for o in p.children
        if o.dep_ == "pobj"
        for d in o.children
    )


def _parties(found: list[Found]) -> int:
    """How many countries the phrases name as parties (not as places)."""
    return len({f.actor.country for f in found if not f.is_place})


def _own_preps(noun: Any) -> list[Any]:
    """The noun's prepositional phrases, and those its verb took from it when the noun is the
    subject: "Talks resumed in Doha between A and B", "negotiations opened with X" (the
    parser hangs between and with on the verb), "the request was handed to X"."""
    preps = [c for c in noun.children if c.dep_ == "prep"]
    # "attacks launched by A against B", "the strikes carried out by A on B": the participle
    # that says the act was done holds its doer and its target
    preps += [
        c
        for done in noun.children
        if done.dep_ == "acl" and done.lemma_.lower() in DOING_VERBS
        for c in done.children
        if c.dep_ in ("prep", "agent")
    ]
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB":
        # a request or an offer passed on: "Kenya's request was sent to Uganda"
        named = PARTY_PREPS | {"to"} if noun.dep_ == "nsubjpass" else PARTY_PREPS
        preps += [c for c in noun.head.children
                  if c.dep_ == "prep" and c.lower_ in named and c.i > noun.i]
    return preps


def _clause_subjects(noun: Any, actors: SentenceActors) -> list[Found]:
    """Who a call or an appeal is on: the subject of its for-clause ("its call for Uganda to
    release the detainees")."""
    return [
        f
        for clause in noun.children
        if clause.dep_ in ("advcl", "acl") and any(
            m.dep_ == "mark" and m.lower_ == "for" for m in clause.children
        )
        for s in clause.children
        if s.dep_ == "nsubj"
        for f in actors.in_phrase(s)
    ]


def claim_clauses(noun: Any) -> list[Any]:
    """The that-clauses saying what an accusation or allegation holds ("allegations that
    Rwanda backs the rebels"): the act they tell is the claim's content, not a record of it."""
    return [
        clause
        for clause in noun.children
        if clause.dep_ in ("acl", "ccomp")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
    ]


def _held_out_targets(noun: Any, actors: SentenceActors) -> list[Found]:
    """Whom the act a threat or refusal noun holds out is aimed at: "reserves the right to
    take measures against NATO", "an ultimatum to withdraw from Kenya", "the threat of
    sanctions against Turkey", "its threat to cut off exports to Japan", "its threat to
    attack Kenya", "its refusal to meet the Kenyan minister"."""
    acts = [a for o in [noun, *(c for c in noun.children if c.dep_ == "dobj")]
            for a in o.children if a.dep_ in ("acl", "relcl")]
    received = [f for act in acts for c in act.children if c.dep_ == "dobj"
                for f in actors.in_phrase(c)]
    acts += prep_objects(noun, {"of"})
    return received + [
        f
        for act in acts
        for f in actors.in_prep_objects([act], HOSTILE_TARGET_PREPS | {"from", "to"})
        + actors.in_prep_objects([c for c in act.children if c.dep_ == "dobj"],
                                 HOSTILE_TARGET_PREPS | {"to"})
    ]


def _agents_on_patient(noun: Any, preps: frozenset[str] = frozenset({"by"})) -> list[Any]:
    """The by-phrase (or another of ``preps``) the parser hangs on the noun's of-object ("the
    expulsion of 23 diplomats by Britain"), read as the act's doer when the noun names none of
    its own (with one, "Japan's rejection of the proposal by Kenya", the by-phrase is the
    proposal's)."""
    return [
        agent
        for of in noun.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for patient in of.children
        if patient.dep_ == "pobj"
        for by in patient.children
        if by.dep_ == "prep" and by.lower_ in preps
        for agent in by.children
        if agent.dep_ == "pobj"
    ]


def _on_condition(verb: Any) -> bool:
    """The verb has an if/unless clause: what it says is held out, not done."""
    return any(
        clause.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in clause.children)
        for clause in verb.children
    )


def _doers(phrase: Any, actors: SentenceActors) -> list[Found]:
    """Who a subject names: for an act ("Russia's expulsion of diplomats drew
    condemnation") its doer, not whom it was done to."""
    if code_token(phrase) is None:
        return actors.in_phrase(phrase)
    return [f for c in phrase.children if c.dep_ in OWN_DEPS for f in actors.in_phrase(c)]


def _undergone_by(noun: Any) -> Any | None:
    """The verb of "came under attack" or "faces US tariffs": its subject suffered (or is
    to suffer) the act the noun names; through a part of it too ("faces one of the highest
    tariffs", "drew some of the harshest criticism")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in PART_WORDS:
        noun = noun.head.head
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in SUFFERING_VERBS:
        return noun.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "under" or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    figurative = noun.lemma_.lower() in UNDERGONE_ONLY and any(
        c.dep_ == "prep" and c.lower_ in REASON_PREPS for c in [*verb.children, *noun.children]
    )  # "came under fire over its budget": criticism, read as such by no trigger
    return None if figurative else verb


def _argument_of_trigger(noun: Any) -> bool:
    """The noun is the object of a coded verb ("held talks", "took part in drills"), other
    than a verb of praise or blame; also through a container noun ("held the next round of
    talks", "launched ten days of war games": the verb's object holds the noun)."""
    own = code_token(noun)
    held = _held_by_container(noun)
    while _held_by_container(noun):
        noun = noun.head.head
    if held and noun.dep_ not in ARGUMENT_DEPS:
        return False  # "as part of his visit": the setting of the act, not what it acts on
    head = noun.head
    setting = False
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        if head.lower_ in TIME_PREPS:
            return False  # "agreed during bilateral talks": the talks are an event of their own
        setting = head.lower_ in SITE_PREPS  # "in talks": the act, or its setting
        head = head.head
    elif noun.dep_ not in ARGUMENT_DEPS:
        return False
    if head.i == noun.i or head.pos_ not in ("VERB", "AUX"):
        return False
    coding = code_token(head)
    if coding is None:
        return False
    if setting:
        # "took part in talks" is the talks; "urged a ceasefire in a phone call with X" is
        # a demand made in a call, which happened too
        return own is None or own.type == coding.type
    # praise or blame of an act leaves the act its own event ("condemned the air strikes")
    return coding.type not in APPRAISAL_TYPES


def _blamed(noun: Any) -> str | None:
    """The preposition naming whom the act the noun names is blamed on ("on" for "blamed
    the bombing on X", "to" for "attributed it to X"), None when it is blamed on nobody."""
    return BLAMING_PREPS.get(noun.head.lemma_.lower()) if noun.dep_ == "dobj" else None


def doer_is_no_party(trigger: Any, actors: SentenceActors) -> bool:
    """The sentence tells who did the act ``trigger`` names, and none of them is a party:
    "blamed the raids on a group", "an attack by gunmen", "raids claimed by the group", "the
    attack was carried out by militants", "gunmen staged an attack", "militants attacked X".
    Then the act's doer is known, and it is neither the one who tells of it nor the other
    party of the article."""
    doers = _told_doers(trigger)
    return bool(doers) and not any(actors.in_phrase(d) for d in doers)


def accused_is_no_party(verb: Any, actors: SentenceActors) -> bool:
    """The verb blames or condemns someone the sentence names, and no party is named in
    them: "blamed the attack on militants", "blamed rebels for the raids", "condemned an
    attack by gunmen". The blame is then aimed at them, not at the article's other party."""
    prep = BLAMING_PREPS.get(verb.lemma_.lower())
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    acts = [o for o in objects if code_token(o) is not None]
    if prep is not None:
        # the parser hangs "on militants" on the verb or on the act
        accused = [p for o in [verb, *objects] for p in prep_objects(o, {prep})]
        accused = accused or [o for o in objects if o not in acts]  # "blamed rebels for it"
        accused = [a for a in accused if a.pos_ != "PRON"]
        # a party anywhere in it is blamed too ("on a group it says Norway funds")
        return bool(accused) and not any(actors.in_tokens(a.subtree) for a in accused)
    if acts:
        return all(doer_is_no_party(a, actors) for a in acts)
    # a noun the list does not code may still name an act and its doer: "opposes
    # intimidation by any claimant", "condemned violations by the rebels" (the parser may
    # hang the by-phrase on the active verb; "condemned it by recalling" tells the means)
    active = objects and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    doers = [a for o in objects for a in _agents(o)] + (_agents(verb) if active else [])
    doers = [d for d in doers if d.pos_ in ("NOUN", "PROPN")]
    return bool(doers) and not any(actors.in_phrase(d) for d in doers)


def _agents(noun_or_verb: Any) -> list[Any]:
    """The objects of its by-phrases: who did the act it names."""
    return [o for p in noun_or_verb.children if p.dep_ in ("agent", "prep") and p.lower_ == "by"
            for o in p.children if o.dep_ == "pobj"]


def _told_doers(trigger: Any) -> list[Any]:
    """The phrases that name who did the act of ``trigger``, a party or not: a verb's subject
    or passive agent; a noun's by-phrase (also on its of-object, or on the verb it is the
    subject of or hangs on: "the raids were claimed by the group", "an attack carried out by
    militants"), the phrase a verb of blame lays it on, the subject of the verb it is the
    object of ("gunmen staged an attack"; not one of saying: "police reported an attack").
    Pronouns are left out: whom they stand for is read elsewhere."""
    def subjects(verb: Any) -> list[Any]:
        return [c for c in verb.children if c.dep_ == "nsubj"]

    if trigger.pos_ in ("VERB", "AUX"):
        found = subjects(trigger) + _agents(trigger)
    else:
        found = _agents(trigger) + _agents_on_patient(trigger)
        found += [o for v in trigger.children if v.dep_ in ("acl", "relcl") for o in _agents(v)]
        head = trigger.head
        if trigger.dep_ == "nsubjpass":
            found += _agents(head)
        blamed = _blamed(trigger)
        if blamed is not None:
            # the parser hangs "on militants" on the verb or on the act
            found += prep_objects(head, {blamed}) + prep_objects(trigger, {blamed})
        elif trigger.dep_ == "dobj" and head.pos_ == "VERB" and code_token(head) is None and (
            head.lemma_.lower() not in REPORTING_VERBS
        ):
            found += subjects(head)
    return [d for d in found if d.pos_ != "PRON"]


def _appraised(noun: Any) -> bool:
    """The noun is what a verb of blame or refusal is about ("condemned India's strike")."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return False
    found = code_token(verb)
    return found is not None and found.type in APPRAISED_BY


def _carrier_targets(noun: Any, actors: SentenceActors, follow: set[str]) -> list[Found]:
    """Targets on the verb that carries the noun: "carried out an airstrike against X"; else
    whom its condition names ("would take countermeasures if X went ahead": X)."""
    if noun.dep_ != "dobj":
        return []
    named = actors.in_prep_objects([noun.head], HOSTILE_TARGET_PREPS, follow)
    return named or condition_subjects(noun.head, actors)


def _governor_subjects(noun: Any, actors: SentenceActors) -> list[Found]:
    """The subject of the verb whose object the noun is ("A and B held frequent drills",
    "A and B launched ten days of war games"), or of the adjective it complements ("X is
    back from talks in Y"); the name a verbless headline is about ("Kerry in Moscow for
    talks with Lavrov")."""
    while _held_by_container(noun):
        noun = noun.head.head
    verb = noun.head
    if noun.dep_ == "pobj":
        verb = setting_verb(verb)
    if verb.dep_ in ("acomp", "advcl", "advmod") and verb.pos_ == "ADJ":
        # "Both leaders are fresh from meetings with Bush", "Fresh from talks with X, Y flew"
        verb = verb.head
    if noun.dep_ == "pobj" and verb.dep_ == "ROOT" and (
        verb.tag_ == "NNP" or (verb.pos_ == "NOUN" and noun.head.lower_ == "for")
    ):
        # a headline without a verb: "Kerry in Moscow for talks", "Kenyan leader in Uganda
        # for talks" (a common noun only with the purpose: "Launches" in a title-case
        # headline is taken for a noun)
        return actors.in_phrase(verb)
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and verb.pos_ in ("NOUN", "PROPN") and (
        _meeting(noun)
    ):
        # "Chile's president, on a three-day visit to Norway, met ...": whom the phrase is on
        return actors.in_phrase(verb)
    if noun.dep_ not in ("dobj", "pobj", "attr") or verb.pos_ not in ("VERB", "AUX"):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if _awaited_for(noun):
        # "Lavrov is expected in Delhi for talks": who is awaited there for them takes part
        subjects += [c for c in verb.children if c.dep_ == "nsubjpass"]
    found = [f for c in subjects for f in actors.in_subject(c)]
    if not found and any(c.lower_ in PERSONAL_PRONOUNS for c in subjects):
        found = speaker(verb, actors)  # "Japan said it would take countermeasures"
    if not found and verb.dep_ == "acl":  # "militaries of both countries engaging in drills"
        found = actors.in_phrase(verb.head)
    if not subjects and verb.dep_ == "xcomp" and noun.dep_ == "pobj":
        # the setting of an act agreed on: "A and B agreed to set up a council at a summit"
        found = [f for c in verb.head.children if c.dep_ == "nsubj" for f in actors.in_subject(c)]
    timed = noun.dep_ == "pobj" and noun.head.lower_ in TIME_PREPS
    if timed and not subjects and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        # "Speaking after talks with Putin, Erdogan said": the clause's subject spoke after
        # its own talks ("Adding to the curbs, Japan ...": what is added to is no act of Japan's)
        found = [f for c in verb.head.children if c.dep_ == "nsubj" for f in actors.in_subject(c)]
    return found


def _meeting(noun: Any) -> bool:
    found = code_token(noun)
    return found is not None and found.type == "CONSULT"


def _awaited_for(noun: Any) -> bool:
    """The noun is a meeting or visit someone is expected somewhere for ("is expected in
    Delhi for talks", "is awaited in Tokyo for a visit")."""
    found = code_token(noun)
    holder = noun.head.head
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "for"
        and found is not None
        and found.type == "CONSULT"
        and holder.lemma_.lower() in AWAITING_VERBS
        and any(c.dep_ == "nsubjpass" for c in holder.children)
    )


def _told_in_it(noun: Any, actors: SentenceActors) -> list[Found]:
    """Whom the verb a meeting or call is the setting of was addressed to: "Erdogan told
    Putin in a phone call that ...", "in a call, Biden urged Xi to ..."; whom the verb an
    act was done in reached: "troops entered Chile in a raid". A meeting "their" own is the
    one of the verb's parties whenever it was ("pressed Xi after their talks")."""
    if noun.dep_ != "pobj":
        return []
    theirs = any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children)
    if noun.head.lower_ not in ("in", "during") and not (theirs and noun.head.lower_ in TIME_PREPS):
        return []
    verb = setting_verb(noun.head)
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return [f for c in verb.children if c.dep_ in ("dobj", "dative") for f in actors.in_phrase(c)]


def _gathered(noun: Any, actors: SentenceActors) -> list[Found]:
    """The parties a clause on the meeting noun says took part: "a summit attended by A and
    B", "a summit which A attended", "talks involving A and B", "a meeting that brought
    together officials from A, B and C" (also a from-phrase the parser hangs on the verb)."""
    found: list[Found] = []
    for clause in noun.children:
        if clause.dep_ not in ("acl", "relcl") or clause.lemma_.lower() not in GATHERING_VERBS:
            continue
        deps = ("dobj", "nsubj") if clause.lemma_.lower() == "attend" else ("dobj",)
        phrases = [c for c in clause.children if c.dep_ in deps and c.tag_ not in RELATIVE_TAGS]
        phrases += passive_agents(clause)
        found += [f for p in phrases for f in actors.in_phrase(p)]
        found += actors.in_prep_objects([clause], IDENTITY_PREPS)
    return found


def _stay_places(noun: Any, actors: SentenceActors) -> list[Found]:
    """Where a party is, or leaves for, for the talks or on the visit: "the minister is in
    Tehran for talks", "is due in Ankara for a visit", "is in Japan on a two-day visit",
    "left for Turkey on his first visit", the headline "Kenyan leader in Uganda for talks".
    Being there for them is visiting the place's country."""
    visit = code_token(noun)
    linked = ("for", "on") if visit is not None and visit.mode == "visit" else ("for",)
    if noun.dep_ != "pobj" or noun.head.lower_ not in linked:
        return []
    holder = noun.head.head
    if holder.lemma_.lower() in DEPARTING_VERBS:
        return [Found(f.actor, False, f.token) for f in actors.in_prep_objects([holder], {"for", "to"})]
    copula = holder.lemma_.lower() == "be" or (holder.dep_ == "ROOT" and holder.pos_ in ("NOUN", "PROPN"))
    copula = copula or _awaited_for(noun)  # "is expected in Ankara for talks", as "is due in"
    if not copula:
        return []
    stays = [holder, *(c for c in holder.children if c.dep_ == "acomp")]
    return [Found(f.actor, False, f.token) for f in actors.in_prep_objects(stays, {"in", "at"})]


def _held_by_container(noun: Any) -> bool:
    """"ten days of war games": the games are what the container noun days holds."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.pos_ == "NOUN"
        and prep.head.lemma_.lower() in CONTAINER_NOUNS
    )
