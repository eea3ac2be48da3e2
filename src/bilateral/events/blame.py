"""Blame and verdicts: what a statement says another party did wrong (ACCUSE) and who it
says did it, whose words an "according to" gives, and the harms and stakes a threat or a
blame names. ``verbal`` reads its verbs with these."""

from __future__ import annotations

from typing import Any

from bilateral.events.arguments import (
    RELATIVE_TAGS,
    Found,
    SentenceActors,
    passive_agents,
    phrase_tokens,
    prep_objects,
)
from bilateral.events.candidate import HOSTILE_TYPES, as_actors
from bilateral.events.plover import code_token, synsets
from bilateral.events.status import MODALS, REPORTING_VERBS, SPEECH_VERBS, weighed_act

VIOLATION_VERBS = {"violate", "breach", "contravene", "flout", "infringe"}
# "said the arms sale undermined peace" (&HARMING in data/word_sets.tsv): blame, when the
# act's party is named.
HARMING = "&HARMING"
# "NATO's expansion threatens Russia's security": what threatens a party's security, peace
# or sovereignty harms it (&HARMING), and holds out no act (no THREATEN).
THREATENING = {"threaten"}
STAKE_NOUNS = {
    "security", "stability", "peace", "sovereignty", "integrity", "interest", "existence",
    "safety", "independence", "unity",
}
# What the statement calls the act (&VERDICT, &BLAMEWORTHY in data/word_sets.tsv): "said the
# move was interference / unacceptable", "termed the remarks irresponsible", "described the
# sanctions as illegal", "said the policy amounted to discrimination".
VERDICT_SETS = ("&VERDICT", "&BLAMEWORTHY")
# Nouns of a verdict's kind: "an act of aggression", "a form of blackmail" (not "victims of
# aggression": a verdict on someone else's act).
VERDICT_KINDS = {"act", "form", "kind", "case", "campaign", "policy", "example", "instance"}
# Verbs that say what the act is, as "be" does: "constituted an act of aggression".
VERDICT_COPULAS = {"constitute", "represent"}
VERDICT_VERBS = SPEECH_VERBS | {
    "call", "describe", "brand", "term", "declare", "insist", "maintain", "argue", "assert",
    "contend", "stress", "reiterate", "complain", "warn",
}
# "said documents showed / evidence indicated that X ...": what the evidence cited shows is
# what the speaker says.
EVIDENCE_VERBS = {"show", "prove", "indicate", "reveal", "demonstrate", "suggest", "confirm"}
# "pointed to evidence that X ...", "presented proof that X ...": evidence cited says it too.
CITING_VERBS = {"cite", "point", "present", "produce", "release", "publish", "provide", "show"}
EVIDENCE_NOUNS = {"evidence", "proof", "document", "report", "intelligence", "information"}
# "said / believes X was behind the attack": naming who did a harmful act accuses them.
BLAME_VERBS = VERDICT_VERBS | {"believe", "suspect", "claim", "allege", "think", "conclude"}
HARM_NOUNS = {
    "hacking", "hack", "plot", "killing", "blast", "explosion", "assassination", "unrest",
    "riot", "riots", "coup", "sabotage", "violence", "massacre", "kidnapping", "death",
    "casualty", "bloodshed", "escalation", "sinking", "downing", "incident", "crisis",
    "deterioration", "tension", "conflict", "war", "fighting", "breakdown", "collapse",
    "failure", "impasse", "stalemate", "deadlock", "standoff", "face-off", "tragedy",
    "disaster", "catastrophe", "atrocity", "destruction", "crash",
}
# "said the clash happened as a result of / because of / due to X's attempt", "said the
# crisis was caused by X's decision": whose act a harm is said to come from is blamed for it.
CAUSE_WORDS = {"because", "due", "owing"}
CAUSING_VERBS = {"cause", "trigger", "provoke", "spark"}
# "said Rabat had spied on Algerian officials", "said Sudan was trying to extort fees"
# (&WRONGDOING in data/word_sets.tsv): a statement that another party did wrong, with no
# accusing verb, accuses it; so does one that it backs, arms or hides armed groups ("said
# South Sudan was supporting rebels": &ABETTING, &ARMED_GROUP).
WRONGDOING = "&WRONGDOING"
ABETTING = "&ABETTING"
ARMED_GROUP = "&ARMED_GROUP"
# Words for a part of a group: "militants, one of whom was trained by X" tells it of the group.
PART_WORDS = {"one", "some", "many", "several", "most", "each", "both", "all", "part"}
# "was trying to extort", "continued to meddle": the wrong is the infinitive's.
ATTEMPT_VERBS = {"try", "attempt", "seek", "continue", "keep"}
# "said X had illegally entered its waters", "was occupying the area unlawfully": an act the
# statement calls unlawful or one-sided is a wrong, whatever the act.
WRONGFUL_ADVERBS = {
    "illegally", "unlawfully", "wrongfully", "arbitrarily", "unilaterally", "deliberately",
    "flagrantly", "blatantly", "brazenly", "recklessly",
}
# "said X had broken its promise", "failed to honour its commitments": a word given and not kept.
BROKEN_VERBS = {"break", "betray", "renounce", "disregard", "ignore"}
PLEDGE_NOUNS = {
    "promise", "pledge", "commitment", "word", "agreement", "accord", "treaty", "deal",
    "truce", "ceasefire", "obligation", "undertaking", "law", "rule", "resolution",
}
KEEPING_VERBS = {"honour", "honor", "meet", "keep", "fulfil", "fulfill", "respect", "abide",
                 "comply", "implement", "observe"}
# "said X was responsible for the attack", "X bears responsibility for the deaths":
# responsibility for a harmful act is blame too.
RESPONSIBLE = "&RESPONSIBLE"
# An attack made with words is criticism (CAMEO 111): "a scathing / thinly veiled attack on
# X", "the speech was an attack on X".
WORDED_ATTACK_MODIFIERS = {
    "verbal", "scathing", "blistering", "stinging", "veiled", "rhetorical", "withering",
    "written", "thinly-veiled",
}
SAYING_NOUNS = {"remark", "comment", "speech", "article", "editorial", "tweet", "post", "address",
                "interview", "op-ed", "column"}
# What a party issues, sends or adopts says what it says: "issued a statement urging X to",
# "sent a letter demanding", "adopted a resolution calling on X".
STATEMENT_NOUNS = {
    "statement", "declaration", "letter", "communique", "communiqué", "message", "note",
    "resolution",
}


def judged_parties(verb: Any, actors: SentenceActors) -> list[Found] | None:
    """Whose act a statement condemns as unlawful or aggression ("Japan says the decision
    violated international law": the decision's party, else left to the article; "called
    the air strikes an outright aggression"), or who it says was behind a harmful act
    ("Kabul believes Islamabad was behind the attack"); None when the statement judges
    nothing."""
    attributed = attribution(verb)
    cited = cited_clauses(verb)
    if verb.lemma_.lower() not in BLAME_VERBS and attributed is None and not cited:
        return None
    said = said_clauses(verb) | cited if attributed is None else {attributed.i}
    # clauses joined to a said one, and those evidence it cites shows, are said too
    joined = [t for t in verb.doc if t.i in said and t.head.i != verb.i]
    for clause in [*verb.children, *joined] if attributed is None else [attributed]:
        blamed = blamed_parties(clause, actors) if clause.i in said else None
        if clause.i in said and blamed is None:
            blamed = harm_caused_by(clause, actors)
        if blamed is not None:
            return blamed
        if clause.i in said and tells_wrongdoing(clause):
            wrongdoers = wrongdoers_in(clause, actors)
            if wrongdoers:
                return wrongdoers
        if verb.lemma_.lower() not in VERDICT_VERBS and attributed is None:
            continue
        if clause.i in said and clause.lemma_.lower() in VIOLATION_VERBS:
            return clause_subjects(clause, actors)
        if clause.i in said and (
            harming(clause) or threatens_a_stake(clause)
        ):
            harmers = clause_subjects(clause, actors)
            if harmers:
                return harmers
        if clause.i in said and says_verdict(clause) and not weighs_an_option(clause):
            # "said the Japanese move was interference": the move's party, when it names one
            subjects = clause_subjects(clause, actors)
            if subjects or verdict_of(clause, {"attr"}):
                return subjects
        # "described the sanctions as illegal"; the parser may hang the as-phrase on the object
        named_as = [clause, *clause.children] if clause.dep_ == "dobj" else [clause]
        if verdict_of(verb, {"dobj", "oprd"}, clause) or any(verdict_as(p) for p in named_as):
            named = [c for c in verb.children if c.dep_ == "dobj" and c.i != clause.i]
            return [f for c in named for f in as_actors(actors.in_phrase(c))]
    return None


def attribution(verb: Any) -> Any | None:
    """The clause an "according to X" phrase attributes to X ("According to Russia, Ukraine
    was responsible for the shelling": the clause is what Russia says), or None."""
    if verb.lower_ != "according" or verb.dep_ != "prep" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    return verb.head if any(c.lower_ == "to" for c in verb.children) else None


def attribution_speakers(verb: Any, actors: SentenceActors) -> list[Found]:
    """Who an "according to" phrase names as the speaker."""
    return [f for to in verb.children if to.lower_ == "to" for o in to.children
            if o.dep_ == "pobj" for f in actors.in_tokens(phrase_tokens(o), reporters=True)]


def said_clauses(verb: Any) -> set[int]:
    """Where the clauses the verb says are: its that-clauses, and the clauses joined to them
    ("said the islands were Chinese and that Japan's purchase was illegal": both are said)."""
    said = [c for c in verb.children if c.dep_ == "ccomp"]
    said += [  # "said in a statement that X ...": the parser hangs the clause on the statement
        c for o in prep_objects(verb, {"in"}) if o.lemma_.lower() in STATEMENT_NOUNS
        for c in o.children if c.dep_ == "acl" and that_clause(c)
    ]
    said += [  # "said documents showed that X had armed the rebels": what they show is said
        c for clause in said if clause.lemma_.lower() in EVIDENCE_VERBS
        for c in clause.children if c.dep_ == "ccomp"
    ]
    return {c.i for c in said} | {
        c.i for clause in said for c in clause.children
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
    }


def cited_clauses(verb: Any) -> set[int]:
    """What the evidence a party cites or presents is said to show ("pointed to evidence that
    X had funded the rebels", "presented proof that X had spied", "cited reports showing that
    X had armed the rebels"): the party says it as much as if it had said it outright."""
    if verb.lemma_.lower() not in CITING_VERBS:
        return set()
    nouns = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, {"to"})
    evidence = [n for n in nouns if n.lemma_.lower() in EVIDENCE_NOUNS]
    content = [
        c for n in evidence for c in n.children
        if c.dep_ in ("acl", "ccomp") and that_clause(c)
    ]
    shown = [
        c for n in evidence for a in n.children
        if a.dep_ == "acl" and a.lemma_.lower() in EVIDENCE_VERBS
        for c in a.children if c.dep_ == "ccomp"
    ]
    return {c.i for c in content + shown}


def harming(clause: Any) -> bool:
    """The clause tells a harm done, or tried ("X was trying to destabilise the region")."""
    if clause.lemma_.lower() in ATTEMPT_VERBS:
        return any(c.dep_ == "xcomp" and harming(c) for c in clause.children)
    return clause.lemma_.lower() in synsets()[HARMING]


def that_clause(clause: Any) -> bool:
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def tells_wrongdoing(clause: Any) -> bool:
    """The reported clause says its subject did wrong, as a fact: "Rabat had spied on
    Algerian officials", "Sudan has been attempting to extort fees", "South Sudan was
    arming the rebels" (not "would meddle", "had not interfered": no fact, no blame)."""
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) for c in clause.children):
        return False
    words = synsets()
    lemma = clause.lemma_.lower()
    if lemma in ATTEMPT_VERBS:
        return any(c.dep_ == "xcomp" and tells_wrongdoing(c) for c in clause.children)
    if lemma in words[WRONGDOING] or any(
        c.dep_ == "advmod" and c.lower_ in WRONGFUL_ADVERBS for c in clause.children
    ):
        return True
    if lemma == "fail":  # "failed to honour its commitments"
        return any(
            c.dep_ == "xcomp" and c.lemma_.lower() in KEEPING_VERBS and pledge_object(c)
            for c in clause.children
        )
    if lemma in BROKEN_VERBS and pledge_object(clause):
        return True
    return lemma in words[ABETTING] and any(
        noun.lemma_.lower() in words[ARMED_GROUP] for noun in abetted(clause)
    )


def abetted(verb: Any) -> list[Any]:
    """Whom a verb of backing backs: its object ("was arming the rebels"); in the passive its
    subject ("the rebels were armed by X") or the noun a relative clause tells it of
    ("militants, one of whom it said was trained by X")."""
    received = [c for c in verb.children if c.dep_ == "dobj"]
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return received
    received += [c for c in verb.children if c.dep_ == "nsubjpass" and c.tag_ not in RELATIVE_TAGS]
    described = described_noun(verb)
    return received or ([] if described is None else [described])


def described_noun(verb: Any) -> Any | None:
    """The noun a relative clause tells the verb's act of, itself or through what someone
    says of it ("groups it says are funded by X", "rebels, one of whom it said was armed by
    X": the rebels, a part standing for its group); None outside a relative clause."""
    clause = verb
    while clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORTING_VERBS:
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    noun = clause.head
    if noun.dep_ == "appos" and (noun.tag_ == "CD" or noun.lemma_.lower() in PART_WORDS):
        return noun.head
    return noun


def wrongdoers_in(clause: Any, actors: SentenceActors) -> list[Found]:
    """Who did the wrong a clause tells: its subject, or in the passive its by-phrase ("was
    backed by X")."""
    if any(c.dep_ == "auxpass" for c in clause.children):
        return [f for o in passive_agents(clause) for f in as_actors(actors.in_phrase(o))]
    return clause_subjects(clause, actors)


def threatens_a_stake(verb: Any) -> bool:
    """"threatened Russia's security", "threatens regional peace": the object is what a party
    has at stake, not a party an act is held out to."""
    return verb.lemma_.lower() in THREATENING and any(
        c.dep_ == "dobj" and c.lemma_.lower() in STAKE_NOUNS for c in verb.children
    )


def pledge_object(verb: Any) -> bool:
    """The verb's object is a word given or a rule to keep ("its promise", "the ceasefire",
    "bilateral obligations")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in PLEDGE_NOUNS for c in verb.children)


def clause_subjects(clause: Any, actors: SentenceActors) -> list[Found]:
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "that X's actions were destabilising": the parser may hang the subject on the auxiliary
    subjects = subjects or [
        s for a in clause.children if a.dep_ in ("aux", "auxpass")
        for s in a.children if s.dep_ in ("nsubj", "nsubjpass")
    ]
    return [f for c in subjects for f in as_actors(actors.in_phrase(c))]


def is_verdict(word: Any) -> bool:
    """A word that blames the act it is said of: "interference", "unacceptable", "a hostile
    act" (a noun the blaming adjective modifies), "an act of aggression" (a noun of the
    verdict's kind)."""
    words = synsets()
    verdicts = words[VERDICT_SETS[0]] | words[VERDICT_SETS[1]]
    return (
        word.lemma_.lower() in verdicts
        or any(c.dep_ == "amod" and c.lemma_.lower() in words[VERDICT_SETS[1]] for c in word.children)
        or (word.lemma_.lower() in VERDICT_KINDS
            and any(verdict_of(prep, {"pobj"}) for prep in word.children
                    if prep.dep_ == "prep" and prep.lower_ == "of"))
    )


def verdict_of(head: Any, deps: set[str], only: Any = None) -> bool:
    """``head`` has a verdict among its ``deps`` children (only ``only``, when given)."""
    return any(
        c.dep_ in deps and is_verdict(c) for c in head.children if only is None or c.i == only.i
    )


def says_verdict(clause: Any) -> bool:
    """The clause calls its subject a verdict: "was interference", "was unacceptable",
    "amounted to discrimination", "constituted an act of aggression", "represented a
    violation"; not "was not illegal"."""
    if any(c.dep_ == "neg" for c in clause.children):
        return False
    if verdict_of(clause, {"attr", "acomp"}):
        return True
    lemma = clause.lemma_.lower()
    if lemma in VERDICT_COPULAS:
        return verdict_of(clause, {"dobj"})
    return lemma == "amount" and any(
        verdict_of(prep, {"pobj"}) for prep in clause.children if prep.dep_ == "prep"
    )


def weighs_an_option(clause: Any) -> bool:
    """The clause's subject is an act weighed as an option ("said attacking Kenya would be
    a mistake"): a verdict on an act no one did blames no one."""
    return any(weighed_act(c) for c in clause.children)


def verdict_as(prep: Any) -> bool:
    """"described the sanctions as illegal"."""
    return prep.dep_ == "prep" and prep.lower_ == "as" and verdict_of(prep, {"pobj", "amod"})


def blamed_parties(clause: Any, actors: SentenceActors) -> list[Found] | None:
    """Who a statement's clause says was behind a harmful act, or responsible for it ("X
    was behind the attack", "X is responsible for the deaths", "X bears responsibility for",
    "X was to blame for the violence", "X's agents were involved in the plot", "X had a hand
    in the coup attempt")."""
    lemma = clause.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    if lemma in ("be", "bear"):
        phrases = [(clause, "behind" if lemma == "be" else "for")] + [
            (c, "for") for c in clause.children
            if (c.dep_ in ("acomp", "dobj") and c.lemma_.lower() in synsets()[RESPONSIBLE])
            or (c.dep_ == "xcomp" and c.lemma_.lower() == "blame")
        ]
    elif lemma == "involve" and passive:
        phrases = [(clause, "in")]
    elif lemma == "have":
        phrases = [(c, "in") for c in clause.children if c.dep_ == "dobj" and c.lemma_.lower() == "hand"]
    else:
        return None
    harm = any(
        names_harm(o)
        for head, preposition in phrases
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == preposition
        for o in prep.children
        if o.dep_ == "pobj"
    )
    # "said X was to blame": blame, whatever for
    to_blame = lemma == "be" and any(c.dep_ == "xcomp" and c.lemma_.lower() == "blame" for c in clause.children)
    if not harm and not to_blame:
        return None
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [f for c in subjects for f in as_actors(actors.in_phrase(c))]


def harm_caused_by(clause: Any, actors: SentenceActors) -> list[Found] | None:
    """The parties whose act a reported clause says a harm came from ("the face-off happened
    as a result of an attempt by Chinese troops", "the violence erupted due to provocations by
    X", "the crisis was caused by X's decision"), or None when it says no harm had a cause."""
    harms = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and names_harm(c)]
    if not harms:
        return None
    causes: list[Any] = []
    for c in clause.children:
        if c.lower_ in CAUSE_WORDS:  # "because of X", "due to X": the parser hangs X either way
            causes += [o for o in c.subtree if o.dep_ == "pobj" and o.head in (c, *c.children)]
        elif c.dep_ == "prep" and c.lower_ == "as":
            causes += [o for r in c.children if r.lemma_.lower() == "result" for o in prep_objects(r, {"of"})]
        elif c.dep_ == "agent" and clause.lemma_.lower() in CAUSING_VERBS:
            causes += [o for o in c.children if o.dep_ == "pobj"]
    found = [f for o in causes[:1] for f in as_actors(actors.in_phrase(o, {"of", "by", "from"}))]
    return found or None


def names_harm(noun: Any) -> bool:
    """A harm or a hostile act: "the violence", "the clash", "the violent face-off" (read
    with its hyphenated parts), "the coup attempt" (a harm its compound names)."""
    before = [t for t in noun.children if t.dep_ in ("compound", "punct") and t.i < noun.i]
    written = "".join(t.text for t in [*before, noun])
    return (
        noun.lemma_.lower() in HARM_NOUNS
        or written.lower() in HARM_NOUNS
        or is_hostile_noun(noun)
        or any(t.dep_ == "compound" and t.lemma_.lower() in HARM_NOUNS for t in before)
    )


def is_hostile_noun(noun: Any) -> bool:
    found = code_token(noun)
    return found is not None and found.type in HOSTILE_TYPES


def attack_in_words(noun: Any) -> bool:
    """An attack made with words: one called verbal, scathing or veiled ("a thinly veiled
    attack on Washington"), or one a statement, speech or remarks are said to be."""
    if any(c.dep_ == "amod" and c.lower_ in WORDED_ATTACK_MODIFIERS for c in noun.children):
        return True
    head = noun.head
    return noun.dep_ == "attr" and head.lemma_.lower() == "be" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in STATEMENT_NOUNS | SAYING_NOUNS for c in head.children
    )
