"""Which actors a phrase of a parsed sentence names, read from the resolver's mentions.

A mention covers characters of the document; a token covers characters of its
sentence. ``SentenceActors`` joins the two so an argument's subtree ("a Prime
Ministerial delegation from Russia", "Pakistan and Russia", "the two countries")
yields its actors. Places ("talks in Moscow") are kept apart: they are targets
only of visits, and locations otherwise.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from bilateral.types import Actor, Mention, Sentence

# Children whose subtree is another statement, not part of the argument.
CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "punct", "mark", "appos"}
# "which", "that", "who": a relative pronoun stands for the noun its clause describes.
RELATIVE_TAGS = {"WDT", "WP"}
# Preposition phrases that still describe who the argument is.
IDENTITY_PREPS = {"of", "from"}
# Participles that say whose a group is: "a delegation led / headed / sent by X".
LEADING_VERBS = {"lead", "head", "send", "dispatch", "command"}
# Who speaks for someone is that someone: "a spokesman for Kenya's army".
SPOKESPERSON_NOUNS = {"spokesman", "spokeswoman", "spokesperson"}
# People of a place, not of a state body: "students in Jakarta" act for their country.
POPULACE_NOUNS = {
    "group", "party", "opposition", "student", "protester", "demonstrator", "activist",
    "worker", "resident", "villager", "farmer", "people", "citizen", "union", "youth",
    "crowd", "supporter", "elder", "rebel", "militant", "insurgent", "guerrilla",
    "movement", "militia", "fighter", "separatist", "faction",
    "prisoner", "inmate", "monk", "teacher", "miner",
    # armed people of no state: "gunmen in Somalia kidnapped", "armed men in Mali abducted"
    "gunman", "man", "pirate", "bandit", "extremist", "kidnapper", "attacker", "assailant",
    "terrorist", "jihadist", "islamist", "hijacker", "tribesman", "clansman",
}
# State bodies named by where they sit: "a court in Guyana", "police in Nairobi" are that
# country's (not troops or an embassy, which are another state's abroad).
SEATED_BODY_NOUNS = {
    "court", "tribunal", "judge", "prosecutor", "police", "policeman", "marshal", "authority",
    "government", "parliament", "legislature", "regime", "junta",
}
# Forces named by their task at home are the state's where they are: "security forces in
# Guinea" are Guinea's (troops in Kenya may be another state's).
HOME_FORCE_WORDS = {"security"}
# Where people are, said of the people: "students in / throughout / across Indonesia",
# "pirates off the coast of Somalia".
WHEREABOUTS_PREPS = {"in", "throughout", "across", "off"}
# "ethnic Albanian guerrillas", "ethnic Serb civilians": a people, not the state of the name.
ETHNIC_WORDS = {"ethnic", "ethnically"}
# "tens of thousands of students": the count stands for the people it counts.
COUNT_NOUNS = {"ten", "dozen", "hundred", "thousand", "million", "score"}
# Plural endings and their singular, for a common noun the tagger left unlemmatised.
PLURAL_ENDINGS = (("ies", "y"), ("men", "man"), ("s", ""))


@dataclass(frozen=True, slots=True)
class Found:
    """An actor found in a phrase, and whether the mention is a place."""

    actor: Actor
    is_place: bool
    token: int


def _source_of_report(token: Any) -> bool:
    """In an "according to" phrase: who tells the news ("civilians were killed, according to
    the United Nations"), which is no party to what it tells."""
    return any(a.lower_ == "according" for a in token.ancestors)


class SentenceActors:
    """The actors named at each token of one parsed sentence."""

    def __init__(self, sentence: Sentence, mentions: list[Mention]):
        self.by_token: dict[int, list[Found]] = {}
        self.reporters: dict[int, list[Found]] = {}  # named in an "according to" phrase
        # peoples named by the name of a state ("ethnic Albanians"): no party of a relation
        self.peoples: list[Found] = []
        doc = sentence.doc
        starts = [t.idx for t in doc]
        for mention in mentions:
            if mention.end <= sentence.start or mention.start >= sentence.end:
                continue
            actors = [a for a in (mention.group or (mention.actor,)) if a and a.country]
            tokens = _tokens_in(
                doc, starts, mention.start - sentence.start, mention.end - sentence.start
            )
            if tokens and _ethnic(tokens[0]):
                self.peoples += [Found(a, False, tokens[0].i) for a in actors]
                continue
            # who tells the news is kept apart: only an attribution reads it as a speaker
            where = self.reporters if tokens and _source_of_report(tokens[0]) else self.by_token
            # every token of the mention: "PM Imran Khan" may be split across phrases
            for token in tokens:
                found = [Found(a, mention.is_place, token.i) for a in actors]
                where.setdefault(token.i, []).extend(found)

    def in_tokens(self, tokens: Iterator[Any], reporters: bool = False) -> list[Found]:
        """Actors named at any of ``tokens``, in sentence order, without repeats; with
        ``reporters``, those named as the source of a report instead."""
        named = self.reporters if reporters else self.by_token
        seen: list[Found] = []
        for token in sorted(tokens, key=lambda t: t.i):
            for found in named.get(token.i, []):
                if all(f.actor.country != found.actor.country for f in seen):
                    seen.append(found)
        return seen

    def in_phrase(self, head: Any, follow_preps: set[str] = IDENTITY_PREPS) -> list[Found]:
        """Actors of the noun phrase headed by ``head`` (conjuncts included).

        An appositive counts only when the phrase names no actor without it, and then
        without its prepositions: "the envoy, a Russian diplomat" is Russian; "Mursi, an
        ally of Erdogan" is not Erdogan.
        """
        found = self.in_tokens(phrase_tokens(head, follow_preps))
        if found:
            return found
        appositives = _appositives(head)
        return self.in_tokens(
            t
            for a in appositives
            for t in phrase_tokens(a, {"for"} if a.lemma_.lower() in SPOKESPERSON_NOUNS else set())
        )

    def in_prep_objects(
        self, heads: list[Any], preps: set[str] | frozenset[str], follow_preps: set[str] = IDENTITY_PREPS
    ) -> list[Found]:
        """Actors of the objects of ``heads``' prepositions among ``preps``, in order
        ("fired at posts in Kenya": the at-phrase's)."""
        return [f for head in heads for obj in prep_objects(head, preps)
                for f in self.in_phrase(obj, follow_preps)]

    def in_subject(self, head: Any) -> list[Found]:
        """Actors of a subject; people named by where they are act for that country
        ("opposition groups in Zimbabwe demanded" is a Zimbabwean demand, "thousands of
        students throughout Indonesia staged protests" an Indonesian protest), and so does
        a state body ("a court in Guyana issued warrants") and home forces ("security forces
        in Guinea")."""
        found = self.in_phrase(head)
        nouns = counted_nouns(head)
        if found or not _named_by_place(nouns[-1]):
            return found
        return [Found(f.actor, False, f.token) for f in self.in_prep_objects(nouns, WHEREABOUTS_PREPS)]


def _appositives(head: Any) -> list[Any]:
    """The appositives of ``head``, and theirs in turn: "the host, the summit's chair,
    Qatar" (a title after a title) names who the head is at the end of the chain."""
    found = [c for c in head.children if c.dep_ == "appos"]
    for appositive in found:
        found += [c for c in appositive.children if c.dep_ == "appos"]
    return found


def common_lemma(noun: Any) -> str:
    """The lowercase lemma of a common noun, also where the tagger took a capitalised plural
    opening the sentence for a name ("Rebels in Peru attacked ...": PROPN, lemma "Rebels")."""
    lemma: str = noun.lemma_.lower()
    opens = all(t.is_punct for t in noun.doc[: noun.i])
    if noun.pos_ != "PROPN" or not noun.is_title or not opens:
        return lemma
    for plural, singular in PLURAL_ENDINGS:
        if lemma.endswith(plural):
            return lemma[: len(lemma) - len(plural)] + singular
    return lemma


def seated_body(noun: Any) -> bool:
    """A state body named by its kind, which sits where its phrase places it ("the district
    court in Puerto Rico", "US Marshals in Georgia"); a name's plural too ("Marshals")."""
    lemma = common_lemma(noun)
    if noun.pos_ == "PROPN":
        lemma = next((lemma[: len(lemma) - len(p)] + s for p, s in PLURAL_ENDINGS if lemma.endswith(p)), lemma)
    return lemma in SEATED_BODY_NOUNS


def _named_by_place(noun: Any) -> bool:
    """People, a state body or home forces, who act for the country they are in."""
    lemma = common_lemma(noun)
    return lemma in POPULACE_NOUNS | SEATED_BODY_NOUNS or (
        lemma == "force"
        and any(c.dep_ in ("amod", "compound") and c.lower_ in HOME_FORCE_WORDS for c in noun.children)
    )


def prep_objects(head: Any, preps: set[str] | frozenset[str]) -> list[Any]:
    """The objects of ``head``'s prepositions among ``preps`` ("talks in Moscow": Moscow)."""
    return [obj for prep in head.children if prep.dep_ == "prep" and prep.lower_ in preps
            for obj in prep.children if obj.dep_ == "pobj"]


def counted_nouns(head: Any) -> list[Any]:
    """The counts down to the people they count ("thousands of students": thousands,
    students), or the head alone; the place may hang on any of them."""
    nouns = [head]
    while common_lemma(nouns[-1]) in COUNT_NOUNS:
        counted = [
            o
            for prep in nouns[-1].children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for o in prep.children
            if o.dep_ == "pobj"
        ]
        if not counted:
            break
        nouns.append(counted[0])
    return nouns


def phrase_tokens(head: Any, follow_preps: set[str] = IDENTITY_PREPS) -> Iterator[Any]:
    """``head`` and its modifiers, not crossing into clauses, appositives or other
    prepositions."""
    yield head
    for child in head.children:
        if _led_by(child):  # "a delegation led by the Chinese foreign minister"
            yield from (t for o in passive_agents(child) for t in phrase_tokens(o, follow_preps))
            continue
        if child.dep_ in CLAUSE_DEPS:
            continue
        if child.dep_ == "prep" and child.lower_ not in follow_preps:
            continue
        yield from phrase_tokens(child, follow_preps)


def _led_by(child: Any) -> bool:
    """A participle that says whose a group is: "a delegation led by X", "a mission headed by
    X", "a team sent by X" are X's (not "a deal brokered by X": a mediator is no party)."""
    return child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in LEADING_VERBS


def passive_agents(verb: Any) -> list[Any]:
    """The nouns of a passive verb's by-phrase ("was hit by rockets fired from X": rockets)."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _tokens_in(doc: Any, starts: list[int], start: int, end: int) -> list[Any]:
    """The tokens overlapping the character span [start, end); ``starts`` holds each token's
    first character (a binary search: this runs once per mention, a profile hot spot)."""
    if start >= end:
        return []
    first = max(bisect_right(starts, start) - 1, 0)
    last = bisect_left(starts, end)
    return [t for t in doc[first:last] if t.idx + len(t) > start]


def _ethnic(token: Any) -> bool:
    """The name is said of a people ("ethnic Albanian guerrillas", "ethnic Serbs"): they
    live in whatever state the sentence names, and act for no state of their name."""
    return token.i > 0 and token.doc[token.i - 1].lower_ in ETHNIC_WORDS
