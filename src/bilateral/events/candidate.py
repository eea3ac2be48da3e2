"""A trigger with the actors around it, before it becomes an ``Event``."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from bilateral.events.arguments import Found, SentenceActors, passive_agents
from bilateral.events.plover import Coding
from bilateral.events.status import REPORTING_VERBS
from bilateral.types import Actor

JOINT_WORDS = {"joint", "bilateral", "combined", "mutual", "jointly"}
# Acts against a party. What they hit is where it is ("strikes on camps in Iraq" hit Iraq),
# and the act noun's own target phrase names the receiver ("launched a raid against X").
HOSTILE_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN"}
HOSTILE_TARGET_PREPS = {"against", "on", "upon", "at", "into"}
# Acts one side aims at another, not done together: co-doers of one are not each other's
# receivers when the sentence names whom it was aimed at (``Candidate.actors``).
AIMED_TYPES = {"ACCUSE", "REQUEST", "REJECT", "PROTEST", "SUPPORT", "AID", "CONCEDE", "RETREAT"}
PLACE_PREPS = {"in", "inside"}
# Acts several parties do to one, or one does to several, that are one act each: a hostile
# act, and an accusation ("Sudan and Egypt accused Ethiopia" is two).
ONE_EACH_TYPES = HOSTILE_TYPES | {"ACCUSE"}
# "the border between the two countries": a phrase naming both sides of one relation.
RELATION_PREPS = {"between", "among"}
# Where an act took place, or the meeting another act was made in ("urged X in a phone call").
SITE_PREPS = {"in", "at"}
# The prepositions that name a meeting's parties, wherever the parser hangs them.
PARTY_PREPS = {"between", "with", "among"}
# Verbs of a two-way passing of something: "traded", "exchanged" or "swapped" threats.
RECIPROCAL_VERBS = {"trade", "exchange", "swap"}
# Support one side gives another, by CAMEO code: praise or endorsement, verbal defence,
# rallying support, recognition, forgiveness (051-054, 056). Parties that give it together
# give it side by side, not to each other; diplomatic cooperation (050: ties restored) is
# between them.
SUPPORT_GIVEN = ("051", "052", "053", "054", "056")
# What makes support go both ways: "praised each other", "one another", "mutual
# recognition" ("each" alone is each doer on their own: "each welcomed the deal").
RECIPROCAL_PRONOUNS = {("each", "other"), ("one", "another")}
TWO_WAY_MODIFIERS = {"mutual", "mutually", "reciprocal", "reciprocally"}
# Acts done in words: what is said, however it is coded (blame, a demand, a refusal, a
# threat, praise), and the verbs of saying that carry them ("told reporters that ...").
STATEMENT_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"}
SAYING_VERBS = REPORTING_VERBS | {"speak"}
# Acts coded as words that are done at home: an envoy is summoned to the ministry of the
# state that summons ("was summoned in Moscow" is Russia's summons).
AT_HOME_VERBS = {"summon"}
# A clause's noun subject, active or passive: the noun the clause is about.
NOMINAL_SUBJECT_DEPS = {"nsubj", "nsubjpass"}


@dataclass
class Candidate:
    """What a pattern read: the trigger token, its coding, who acted and on whom.

    ``sources`` did the act, ``targets`` received it; for reciprocal acts ("Pakistan
    and Russia signed") all actors are sources. ``places`` are named places that
    are not actors of this event (its location).
    """

    trigger: Any
    coding: Coding
    sources: list[Found] = field(default_factory=list)
    targets: list[Found] = field(default_factory=list)
    places: list[Found] = field(default_factory=list)
    nominal: bool = False
    implicit: bool = False  # a party added from the article, not named in the sentence
    status: str | None = None  # set when the trigger's own status would misread the act

    def actors(self) -> list[Actor]:
        """Source first, then the others, one per country or organisation.

        With a single party, a place of another country is the counterpart: "Japan
        appointed a consul in Kenya" is between Japan and Kenya; when that party only
        received the act, the place's country did it ("protesters stormed the Saudi
        embassy in Tehran": Iran on Saudi Arabia); not where words were said (``_said_there``).
        """
        ordered: list[Actor] = []
        organisation = self.is_organisation_meeting()
        for found in self._doer_and_receivers_first():
            if organisation and self._sited(found):
                continue
            if all(a.country != found.actor.country for a in ordered):
                ordered.append(found.actor)
        if len(ordered) == 1 and not organisation:
            place = [
                f.actor for f in self.places[:1]
                if f.actor.country != ordered[0].country and (self.sources or not self._said_there(f))
            ]
            ordered = ordered + place if self.sources else place + ordered
        elif self.coding.type == "PROTEST" and not self.targets:
            # "US and British activists staged a protest in Beijing": protesters of several
            # countries protest together, at the place's country, not at each other
            host = [f.actor for f in self.places[:1]
                    if all(f.actor.country != a.country for a in ordered)]
            ordered = ordered[:1] + host + ordered[1:] if host else ordered
        return ordered

    def _doer_and_receivers_first(self) -> list[Found]:
        """The parties in the order source, target, others. Co-doers of an act aimed at
        another (``AIMED_TYPES``) come after the receiver the sentence names: "Russia and
        Syria accused US forces" is Russia's accusation of the US, with Syria beside it,
        not Russia's of Syria."""
        doers = {f.actor.country for f in self.sources}
        if self.coding.type not in AIMED_TYPES or len(doers) < 2:
            return self.sources + self.targets
        receivers = [f for f in self.targets if f.actor.country not in doers and not f.is_place]
        if not receivers:
            return self.sources + self.targets
        return self.sources[:1] + receivers + self.sources[1:] + [
            f for f in self.targets if f not in receivers
        ]

    def is_organisation_meeting(self) -> bool:
        """A meeting named after the one organisation that holds it ("an EU summit", "the
        ASEAN meeting"): the organisation meets its members, not the host or the article's
        other party. Who attends is named by the verb ("Abe will attend an ASEAN meeting")."""
        if not self.nominal or self.coding.type != "CONSULT":
            return False
        # where it meets is no party of it ("the EU summit in Seville, Spain")
        named = [f for f in self.sources + self.targets if not self._sited(f)]
        if len(named) != 1:
            return False
        token = self.trigger.doc[named[0].token]
        return (
            named[0].actor.kind == "org"
            and token.head.i == self.trigger.i
            and token.dep_ in ("compound", "nmod", "amod", "poss")
        )

    def _sited(self, found: Found) -> bool:
        """The actor is named in the trigger's in/at phrase: the place of the act."""
        return any(
            token.dep_ == "prep" and token.lower_ in SITE_PREPS and token.head.i == self.trigger.i
            for token in self.trigger.doc[found.token].ancestors
        )

    def _said_there(self, found: Found) -> bool:
        """The place is where words were said, not who said them: for an act of words, a
        place in an in/at phrase of the verb ("said in Nairobi", "accused X of extortion in
        Oslo"), of the occasion ("in a speech in Tokyo", "told a news conference in Oslo"),
        of a participle of the speaker's doing ("speaking in Oslo") or of a named speaker
        ("Amum, in Nairobi, accused X"). A place still tells who acts where it hangs on a
        subject that is no name ("officials in Moscow said"), on the passive participle that
        made the subject ("a report released in Kenya accused Chile") or on the receiver of
        an act other than saying ("summoned the Russian ambassador in London"); a capital
        that speaks is the subject itself ("Moscow said"), no place."""
        trigger = self.trigger
        lemma = trigger.lemma_.lower()
        if (self.coding.type not in STATEMENT_TYPES and lemma not in SAYING_VERBS) or lemma in AT_HOME_VERBS:
            return False
        token = trigger.doc[found.token]
        if token.dep_ != "pobj" or token.head.lower_ not in SITE_PREPS:
            return False
        while token.dep_ == "pobj":
            holder = token.head.head
            if holder.i == trigger.i or holder.tag_ == "VBG":
                return True
            if holder.head.i == trigger.i and (
                (holder.dep_ == "nsubj" and holder.pos_ == "PROPN")
                or (holder.dep_ == "dobj" and lemma in SAYING_VERBS)
            ):
                return True
            token = holder  # the occasion's own phrase: "in a speech in Tokyo"
        return False

    def is_joint(self) -> bool:
        """The trigger says two parties act together: "joint exercises", "bilateral talks",
        "joint drills were held"."""
        # the trigger's own modifiers, or its noun's ("joint exercises were held")
        heads = [self.trigger] + [
            c for c in self.trigger.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")
        ]
        words = {
            c.lower_ for h in heads for c in h.children if c.dep_ in ("amod", "compound", "advmod")
        }
        return bool(words & JOINT_WORDS)

    def is_bilateral(self) -> bool:
        """True when at least two different countries (or a country and an org) take part."""
        return len(self.actors()) >= 2

    def receivers_only(self) -> bool:
        """An act aimed at several receivers named side by side, its doer not named ("Kenya
        and Norway were criticised", "aid was sent to Kenya and Norway"): none of them did
        it to the other, so the event has no source."""
        return _unnamed_doer_on_conjoined(self, AIMED_TYPES)


def split_places(found: list[Found], visit: bool) -> tuple[list[Found], list[Found]]:
    """(actors, places): a visited place is a target; elsewhere a place is a location."""
    if visit:
        return found, []
    return [f for f in found if not f.is_place], [f for f in found if f.is_place]


def groups_where_they_are(found: list[Found]) -> list[Found]:
    """The receivers of a hostile act, a group hit in another state read as that state:
    "bombed Hamas camps in Syria" is an attack on Syria, "struck Hezbollah positions in
    southern Lebanon" one on Lebanon (PLOVER codes the act at the state it lands in)."""
    places = [f for f in found if f.is_place]
    states = {f.actor.country for f in places}
    elsewhere = [f for f in found if f.actor.kind == "group" and f.actor.country not in states]
    if not places or not elsewhere:
        return found
    kept = [f for f in found if f not in elsewhere and not f.is_place]
    return kept + [Found(f.actor, False, f.token) for f in places[:1]] + places[1:]


def origins(verb: Any, actors: SentenceActors) -> list[Found]:
    """Who launched what hit the subject of a passive, by where it came from: "Haifa was
    hit by rockets fired from Lebanon", "the barrage was launched from Syria"."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return []
    agents = passive_agents(verb)
    heads = [verb] + [a for g in agents for a in g.children if a.dep_ == "acl"]
    return as_actors(prep_actors(heads, {"from"}, actors))


def prep_actors(heads: list[Any], preps: set[str], actors: SentenceActors,
                deps: tuple[str, ...] = ("prep",)) -> list[Found]:
    """The parties named in the ``preps`` phrases hung on ``heads`` ("from Lebanon")."""
    return [
        f
        for head in heads
        for prep in head.children
        if prep.dep_ in deps and prep.lower_ in preps
        for o in prep.children
        if o.dep_ == "pobj"
        for f in actors.in_phrase(o)
    ]


def _unnamed_doer_on_conjoined(candidate: Candidate, types: set[str]) -> bool:
    """An act of one of ``types`` with no doer named, on several receivers named side by side
    and not as parties between them."""
    receivers = list({f.actor.country: f for f in candidate.targets if not f.is_place}.values())
    return (
        candidate.coding.type in types
        and not candidate.sources
        and len(receivers) > 1
        and _conjoined(candidate.trigger.doc, receivers)
        and not _between(candidate.trigger.doc, receivers)
    )


def as_actors(found: list[Found]) -> list[Found]:
    """Places read as the states they stand for (metonymy in a doer's position)."""
    return [Found(f.actor, False, f.token) if f.is_place else f for f in found]


def one_per_doer(candidate: Candidate) -> list[Candidate]:
    """A hostile act or an accusation of several doers on another party, or of one doer on
    several parties, is one act each: "Ecuador and Venezuela expelled Colombian diplomats" is two
    expulsions, "France recalled its envoys to Chile and Peru" two recalls, not one act
    among three states. Parties named together as one group ("gave the two neighbours an
    ultimatum") receive one act. Several receivers of an act whose doer is not named are
    several acts, unless the act is named as one between them ("the border between the two
    countries was closed")."""
    doers = list({f.actor.country: f for f in candidate.sources if not f.is_place}.values())
    receivers = list({f.actor.country: f for f in candidate.targets if not f.is_place}.values())
    doer_countries = {f.actor.country for f in doers}
    receiver_countries = {f.actor.country for f in receivers}
    if _unnamed_doer_on_conjoined(candidate, HOSTILE_TYPES):
        # "militants seized parts of Iraq and Syria": an unnamed doer's act on each, not
        # an act of one receiver on the other
        return [replace(candidate, targets=[receiver]) for receiver in receivers]
    if (
        candidate.coding.type not in ONE_EACH_TYPES
        or not doers
        or not receivers
        or doer_countries & receiver_countries
        or len(doers) == len(receivers) == 1
    ):
        return [candidate]
    if len(doers) == 1 and len({f.token for f in receivers}) == 1:
        return [candidate]
    if len(doers) > 1:
        return [replace(candidate, sources=[doer]) for doer in doers]
    if candidate.coding.type not in HOSTILE_TYPES:
        return [candidate]  # whom an accusation names besides the accused may be its victim
    return [replace(candidate, targets=[receiver]) for receiver in receivers]


def one_per_co_doer(candidate: Candidate) -> list[Candidate]:
    """Support (``SUPPORT_GIVEN``) that several parties give together is support of each:
    "France and Britain backed the plan" is no support between France and Britain, "Kenya
    and Norway praised Chile" two acts of praise for Chile. Not when the sentence says it
    went both ways ("praised each other", "exchanged congratulations", "mutual
    recognition") or names the doers as one pair ("praise between the two")."""
    doers = list({f.actor.country: f for f in candidate.sources if not f.is_place}.values())
    trigger = candidate.trigger
    if (
        len(doers) < 2
        or not candidate.coding.cameo.startswith(SUPPORT_GIVEN)
        or trigger.lemma_.lower() in RECIPROCAL_VERBS
        or _told_both_ways(trigger)
        or _between(trigger.doc, doers)
    ):
        return [candidate]
    return [replace(candidate, sources=[doer]) for doer in doers]


def _told_both_ways(trigger: Any) -> bool:
    """The act's phrase says each side did it to the other ("praised each other's efforts",
    "mutual recognition", "backed one another's bids")."""
    doc = trigger.doc
    if any((doc[t.i - 1].lower_, t.lower_) in RECIPROCAL_PRONOUNS for t in trigger.subtree if t.i > 0):
        return True
    return any(
        t.lower_ in TWO_WAY_MODIFIERS for c in [trigger, *trigger.children] for t in c.children
    )


def _between(doc: Any, found: list[Found]) -> bool:
    """The parties are named as one pair: a group ("the two countries", one mention for
    both) or a between/among phrase."""
    if len({f.token for f in found}) == 1:
        return True
    return all(
        any(t.dep_ == "prep" and t.lower_ in RELATION_PREPS for t in doc[f.token].ancestors)
        for f in found
    )


def _conjoined(doc: Any, found: list[Found]) -> bool:
    """The parties are named side by side in one phrase ("parts of Iraq and Syria")."""
    heads = [_name_head(doc[f.token]) for f in found]
    return all(t.dep_ == "conj" and heads[0] in t.ancestors for t in heads[1:])


def _name_head(token: Any) -> Any:
    """The head word of the name a token is part of ("South" -> "Korea"), or of the phrase a
    demonym qualifies ("Japanese" -> "tourists" in "four Japanese tourists and two Germans")."""
    while token.dep_ in ("compound", "flat", "amod") and token.head.i != token.i:
        token = token.head
    return token
