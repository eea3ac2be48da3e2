"""Verbal events: a trigger verb with its subject, objects and prepositional actors.

Handles actives ("Khan met Medvedev"), passives ("the deal was signed by Pakistan
and Russia"), coordination ("Pakistan and Russia signed"), controlled subjects
("Moscow is working to help Pakistan", "permitting Pakistan to buy weapons from
Moscow"), shared subjects of conjoined verbs, participles on a noun ("the agreement
signed in 2014 between A and B") and visits to a place ("X visited Moscow": the
place's country is the host).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from bilateral.events.arguments import (
    COUNT_NOUNS,
    IDENTITY_PREPS,
    POPULACE_NOUNS,
    RELATIVE_TAGS,
    Found,
    SentenceActors,
    common_lemma,
    counted_nouns,
    passive_agents,
    phrase_tokens,
    prep_objects,
)
from bilateral.events.blame import (
    RESPONSIBLE,
    STATEMENT_NOUNS,
    VERDICT_SETS,
    VERDICT_VERBS,
    attack_in_words,
    attribution,
    attribution_speakers,
    is_hostile_noun,
    judged_parties,
    threatens_a_stake,
)
from bilateral.events.candidate import (
    HOSTILE_TARGET_PREPS,
    HOSTILE_TYPES,
    PARTY_PREPS,
    PLACE_PREPS,
    RECIPROCAL_VERBS,
    Candidate,
    as_actors,
    groups_where_they_are,
    origins,
    prep_actors,
    split_places,
)
from bilateral.events.plover import (
    Coding,
    code_token,
    coded_as,
    coding,
    contents_of,
    known_coding,
    noun_codings,
    synsets,
)
from bilateral.events.status import (
    CLAIM_NOUNS,
    FALSE_WORDS,
    MODALS,
    REPORTING_VERBS,
    classify_status,
    headline_infinitive,
    is_speculative,
)
from bilateral.nlp.pipeline import stranded_subjects
from bilateral.types import OCCURRED

# Who does what a verb in the active voice tells (a passive's subject receives it).
ACTIVE_SUBJECT_DEPS = {"nsubj", "csubj", "expl"}

# Acts one side aims at the other, which a two-way passing makes mutual.
AIMED_TYPES = HOSTILE_TYPES | {"ACCUSE", "PROTEST"}
# "Britain said it was disappointed": "it" is a state or a body as often as a thing.
PERSONAL_PRONOUNS = {"he", "she", "it", "they", "we", "i"}
# A possessive pronoun on an event noun stands for its doer: "his visit to Japan".
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}
OBJECT_PRONOUNS = {"it", "them"}
# Verbs of feeling: in the passive the subject feels it and the by-phrase caused it
# ("Canada was disappointed by Mexico's decision").
EXPERIENCER_VERBS = {
    "disappoint", "dismay", "concern", "alarm", "worry", "trouble", "upset", "outrage",
    "anger", "shock", "frustrate", "irritate", "annoy", "disturb",
}
# "the ministry, which threatened ...": the relative pronoun is the noun it hangs on.
RELATIVE_PRONOUNS = {"which", "who", "that"}
# The relative pronoun as the object stands for the noun its clause is on.
OBJECT_RELATIVES = {"which", "whom", "who", "that"}
# "threatened to retaliate if X ...": the condition names whom the threat is aimed at.
CONDITION_MARKERS = {"if", "unless"}
# What talks or cooperation are on is their topic ("talks on Syria", "cooperation on the
# Security Council"), or their occasion ("a meeting on the sidelines of the UN assembly"), not
# a party; a visit on a person is a courtesy call. (A hostile measure's on-phrase is its target.)
TOPIC_PREPS = {"on"}
# "if it fails to reply", "if Iran refuses": a condition that the other party defaults.
DEFAULT_VERBS = {"fail", "refuse", "decline", "ignore", "defy"}
# "X accused Y of spying, a charge Y denied": the verbs that rebut a claim, and how the parser
# hangs the noun that names the claim (status.CLAIM_NOUNS) on the accusing verb.
REBUTTING_VERBS = {"deny", "reject", "dismiss", "refute", "rebut"}
CLAIM_DEPS = {"npadvmod", "appos", "dobj", "attr", "conj"}
# "summoned X's envoy to lodge a protest": the summoner protests, not the envoy.
SUMMONING_VERBS = {"summon"}
# "X said / announced / hoped he would visit": he is X.
SPEAKER_VERBS = REPORTING_VERBS | {"hope", "expect", "think", "believe", "stress"}
OBJECT_DEPS = {"dobj", "dative", "iobj", "oprd", "attr"}
TARGET_PREPS = {
    "with",
    "to",
    "upon",
    "on",
    "between",
    "among",
    "against",
    "into",
    "in",
    "at",
    "toward",
    "towards",
    "from",
    "for",
    "over",
}
# What an act is over or for, beside an object that names its receiver: the matter, whose
# parties receive nothing ("warned the US over arms sales to Taiwan").
MATTER_PREPS = {"over", "for"}
# Preps of the object noun that still name a party ("a meeting with X", "drills between A and B",
# "filed a complaint against X", "dismissed the claims by X").
OBJECT_PREPS = {"with", "between", "among", "of", "from", "to", "against", "by"}
INHERIT_DEPS = {"xcomp", "conj", "advcl", "acl", "pcomp", "acomp"}
# A participle said of something is an adjective, not an act: "how detached from reality he
# is", "it is striking that", "as demonstrated by his departure" (but "is committed to",
# "is prepared to send troops" are stances: ``_said_of_something``).
COPULAS = {"be", "seem", "appear", "look", "remain", "become", "sound", "feel", "prove"}
# The verb of proposing that also means "indicate": "suggested that Sweden resume talks"
# asks, "seems to suggest that he went" asserts. ("insist", "propose" and "recommend" with an
# indicative clause were tried: dev g-l lost a found event.)
PROPOSING_VERBS = {"suggest"}
# "has to", "needs to", "is to": an obligation told in the indicative still asks.
OBLIGING_VERBS = {"have", "need", "be"}
# A that-clause told in these words is the speaker's claim, no act on a party ("contend that
# the economy needs capital"; PETRARCH-2 files them as disapproval, 110). "argue", "claim"
# and "suspect" were tried too: dev g-l lost a found event.
CLAIMING_VERBS = {"contend", "aver", "avow"}
# A question put, not a request made: "asked the minister whether ...", "asked X about Y".
ASKING_VERBS = {"ask", "demand", "inquire", "enquire", "query"}
# A warning of what may befall ("could hurt") or how things stand ("is far from over"), not
# of what the warner will do: the modals that foretell an act ("attacks would bring ...").
WARNING_VERBS = {"warn", "caution"}
FORETELLING_MODALS = {"will", "would", "shall", "'ll", "wo", "must"}
QUESTION_WORDS = {"whether", "if", "why", "how", "what", "when", "where", "who", "which"}
# Deaths in these befall people; no one inflicts them ("killed in a helicopter crash").
MISHAPS = {
    "crash", "accident", "collision", "earthquake", "flood", "flooding", "storm", "avalanche",
    "landslide", "stampede", "cyclone", "hurricane", "typhoon", "tsunami", "mishap",
}
# "Ties have expanded", "to improve relations": statements about the relationship, not acts.
RELATION_NOUNS = {
    "relation",
    "relations",
    "relationship",
    "tie",
    "ties",
    "partnership",
    "cooperation",
    "collaboration",
    "trade",
    "bond",
    "alliance",
    "friendship",
    "interaction",
    "engagement",
    "connectivity",
    "integration",
    "understanding",
}
# Verbs whose receiver is the receiver of the act they announce ("threatened to shell X").
COMMITMENT_VERBS = {
    "threaten",
    "hesitate",
    "warn",
    "promise",
    "pledge",
    "vow",
    "offer",
    "agree",
    "refuse",
    "decline",
    "commit",
    "undertake",
    "reserve",
}
# Whom a complaint is against, before where it was filed ("with the WTO").
AGAINST = {"against"}
# Verbs of criticism whose at-phrase names whom it is aimed at ("lashed out / hit out /
# took aim / sniped at X"), not where it was said.
CRITICISM_AT_VERBS = {"lash", "hit", "take", "snipe", "swipe", "rail", "jab", "aim", "fire", "point"}
# Acts done by saying something: a claim or a report cannot do them, only who makes it.
SPOKEN_TYPES = {"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN"}
# Types whose verb acts on whatever it is about, a relationship included.
STANCE_TYPES = {"SUPPORT", "ACCUSE", "REQUEST"}
# "vowed to retaliate", "swore to strike back": a hostile act sworn to is a threat.
VOW_VERBS = {"vow", "pledge", "promise", "swear"}
# "prepared to attack", "prepared to resume shelling": readiness for force (CAMEO 15).
PREPARE_VERBS = {"prepare"}
ASPECT_VERBS = {"resume", "begin", "start", "continue", "keep"}
READINESS = known_coding("150")
# "a Syrian shell landed in Turkey", "two rounds fell near a South Korean ship": a projectile
# that comes down somewhere is an attack there (CAMEO 190) by whoever fired it.
IMPACT_VERBS = {"land", "fall", "explode", "crash", "slam", "smash", "rain", "plough", "plow"}
PROJECTILE = "&PROJECTILE"  # in data/word_sets.tsv: shell, rocket, missile, mortar, round ...
FIRE_NOUN = "fire"  # "mortar fire", "rocket fire": what its modifier fired
IMPACT_PREPS = {"in", "inside", "into", "on", "near", "at"}
# A missile that falls into the open sea was tested or shown, not fired at anyone ("fell into
# the sea off Japan", "landed in Japan's exclusive economic zone").
OPEN_SEA_NOUNS = {"sea", "ocean", "zone"}
PROJECTILE_ATTACK = known_coding("190")
# "Chinese troops entered Indian territory", "Russian forces advanced toward Kyiv": armed
# forces that move onto another party's ground make an incursion, a use of force (CAMEO 190,
# as "entered its airspace"), aimed at the party whose ground it is.
MOVING_VERBS = {
    "enter", "cross", "advance", "move", "push", "march", "roll", "drive", "pour", "venture",
    "stray",
}
INCURSION = known_coding("190")
ARMED_FORCE = "&ARMED_FORCE"  # in data/word_sets.tsv: troop, force, soldier, army, tank ...
MARKET = "&MARKET"  # in data/word_sets.tsv: shares, index, dollar, rupee, prices ...
# A crowd that gathers rallies; parties that gather meet.
GATHERING_VERBS = {"gather", "congregate", "converge"}
AFFLICTION = "&AFFLICTION"  # in data/word_sets.tsv: virus, pandemic, disease, fire, pollution ...
# A state's forces besides the armed ones: who acts in "the ministry said police arrested ...".
STATE_FORCE_NOUNS = {"police", "policeman", "officer", "navy", "guard", "aircraft", "authority"}
# Words that put forces on another side than the speaker's: "enemy troops", "foreign forces".
OTHER_SIDE_WORDS = {
    "enemy", "foreign", "hostile", "opposing", "coalition", "allied", "peacekeeping",
    "peacekeeper", "international", "multinational", "unidentified", "unknown", "occupation",
    "occupying", "invading",
}
DESTINATION_PREPS = {"into", "toward", "towards", "onto", "inside", "across"}
# "declared two diplomats persona non grata": an expulsion (CAMEO 166). The parser makes
# "persona" a clause or predicate of "declare", whose subject is who is expelled.
UNWELCOME_WORD = "persona"
EXPULSION = known_coding("166")
# "stopped buying X coal", "ceased providing aid to X": a cooperative act stopped is a
# reduction of relations (CAMEO 16): of aid (162), of negotiations (164), else unspecified (160).
HALTING_VERBS = {"stop", "cease", "halt", "suspend", "quit"}
HALTED = {"COOPERATE": known_coding("160"), "AID": known_coding("162"), "CONSULT": known_coding("164")}
# "After meeting Xi, Ruto said": a gerund of time shares the clause's subject ("accused
# Kenya of supporting rebels" does not: Kenya supports); so does the means of an answer
# ("retaliated by expelling diplomats").
SHARED_SUBJECT_PREPS = {"after", "before", "while", "upon"}
MEANS_PREP = "by"
# Answering another's act, which a vow makes a threat: "vowed to respond", "to avenge".
RETALIATION_VERBS = {"respond", "react", "avenge", "punish"}
# "vowed a tough response / retaliation": the answer vowed as a noun.
RESPONSE_NOUNS = {"response", "retaliation", "reprisal", "revenge", "countermeasure"}
ANSWER_VERBS = RETALIATION_VERBS | {"retaliate", "reciprocate"}
THREAT = known_coding("130")
# A withdrawal held out "unless" the other acts is a threat; "if fulfilled, will withdraw"
# is an offer.
WITHDRAWAL_THREAT_MARKERS = {"unless"}
# "will not accept the demands", "did not approve the plan", "does not recognise Kosovo": a
# refusal, not a non-event.
ACCEPT_VERBS = {"accept", "approve", "endorse", "recognise", "recognize"}
# Assent said not to be coming is refused ("would not agree to a ceasefire", "will not sign
# the deal"); "did not sign" only tells it did not happen.
ASSENT_VERBS = {"agree", "sign"}
WILL_MODALS = {"will", "would", "wo", "'ll"}
REFUSAL = known_coding("120")
# What one party asks of another: not giving it is refusing it ("would not give permission").
ASKED_NOUNS = {"demand", "request", "condition", "ultimatum", "permission", "consent", "approval"}
# "did not rule out military action / a military option": force held open.
FORCE_NOUNS = {"action", "option", "intervention", "response", "operation", "means"}
MILITARY_WORDS = {"military", "armed"}
# "the provocation will not go unanswered": a promise of retaliation, so a threat.
UNANSWERED_WORDS = {"unanswered", "unpunished", "unavenged"}
# "said Sudan must return the helicopter": a statement that another party must act is a demand.
DEMAND = known_coding("100")
DEMONSTRATION = known_coding("141")
# Force used by protesters is a violent protest (CAMEO 145, PLOVER PROTEST riot): "rioters
# torched the consulate", "the building was demolished by protesters".
RIOT = known_coding("145")
PROTESTER_NOUNS = {"protester", "protestor", "demonstrator", "rioter", "mob"}
# A crowd's own acts, which take no object to undergo them ("students protested").
CROWD_VERBS = {"protest", "rally", "march", "demonstrate", "riot", "gather", "picket", "chant"}
PEACEKEEPING = known_coding("074")
OBLIGATION_MODALS = {"must", "should"}
# "said Japan had to / needed to / ought to withdraw": obligation told with a verb.
OBLIGATION_VERBS = {"have", "need", "ought"}
# Verbs of one party's wish for another's act: "Kenya wants Japan to lift the ban", "would
# like Japan to", "expects Japan to": a demand on the other party, as "urged Japan to" is.
WISH_VERBS = {"want", "expect"}
POLITE_WISH = "like"  # only as "would like" ("liked" is no demand)
STATEMENT_VERBS = REPORTING_VERBS | {"reiterate", "stress", "conclude", "maintain", "repeat"}
# "is willing / ready / prepared to withdraw": an expressed intent (CAMEO 03), an offer;
# so is the readiness a party states ("expressed its readiness to resume talks").
OFFER_ADJECTIVES = {"willing", "ready", "prepared"}
OFFER_NOUNS = {"readiness", "willingness"}
INTENT = known_coding("030")
# "said the decision violated international law", "called the strikes an outright
# aggression": a statement that another's act broke the law or was an aggression accuses.
VERDICT = known_coding("112")
# "reacted angrily to X's decision", "responded sharply to X": an angry answer disapproves.
ANSWERING = "&ANSWERING"
ANGER_ADVERBS = {"angrily", "furiously", "sharply", "indignantly", "harshly", "strongly"}
DISAPPROVAL = known_coding("111")
# "China is strongly dissatisfied with Japan's actions", "said it was angry at X": discontent
# with another party's act is a disapproval of it.
DISCONTENT = "&DISCONTENT"
DISCONTENT_PREPS = {"with", "at", "over", "by", "about"}
# "said X will pay a heavy price", "said Kenya would face consequences": a price promised
# to another party is a threat (CAMEO 130) made by the speaker.
PRICE_NOUNS = {"price"}
PRICE_ADVERBS = {"dearly"}  # "will pay dearly"
CONSEQUENCE = "&CONSEQUENCE"  # word_sets.tsv: consequences, retaliation, reprisal, wrath
FUTURE_AUXILIARIES = {"will", "would", "shall", "'ll"}
# "X must / should bear the consequences" warns X as "X will bear them" does.
BINDING_AUXILIARIES = {"must", "should"}
# "gave X until Friday / a week to withdraw": a deadline set on another is an ultimatum.
ULTIMATUM = known_coding("139")
DEADLINE_UNITS = {"hour", "day", "week", "month", "deadline"}
# A deadline to leave is an order to leave: "gave 23 diplomats a week to leave" expels them as
# "ordered them to leave" does; troops given a week to leave are given an ultimatum.
DEPARTURE_VERBS = {"leave", "depart", "quit", "exit"}
SPAN_DEPS = ("dobj", "npadvmod")
# What a threat holds out: "warned of consequences, including withholding aid to X".
THREAT_CONTENT_PREPS = {"of", "including", "with"}
# The attack a killing or wounding happened in: "were killed in air strikes on X".
ACT_SETTING_PREPS = {"in", "during"}
# Verbs whose passive subject is the doer's own people: "the ambassador was recalled from X".
RECALLING_VERBS = {"recall", "withdraw"}
# Verbs whose subject suffers the attack they tell: "five soldiers died in Indian shelling".
DYING_VERBS = {"die", "perish"}
# Who owns an attack noun: "Indian shelling", "an Indian air strike", "Russia's strike".
OWNER_DEPS = ("amod", "poss", "compound", "nmod")
# Verbs that do act on a relationship ("established relations", "severed ties").
RELATION_ACTS = {
    "establish",
    "sever",
    "cut",
    "break",
    "suspend",
    "restore",
    "normalize",
    "normalise",
    "resume",
    "freeze",
    "downgrade",
    "halt",
    "end",
    "stop",
}
# A text a legislature passes (&LEGISLATION in data/word_sets.tsv) and the verbs of passing it.
LEGISLATION = "&LEGISLATION"
# A standing text, and what it does as a text: "the Charter guarantees", "the treaty provides".
CHARTER_NOUNS = {"charter", "constitution", "treaty", "convention", "law", "covenant", "statute"}
PROVIDING_VERBS = {"guarantee", "provide", "stipulate", "enshrine", "ensure", "grant", "allow"}
ENACTING_VERBS = {"pass", "approve", "adopt", "enact"}
# What a text passed is aimed with: "a bill targeting Russia" (not an attack on it).
AIMING_VERBS = {"target"}
# What a source declines or asks of the press: "declined to comment", "asked not to be
# identified", "refused to elaborate".
PRESS_ACTS = {"comment", "identify", "name", "elaborate", "say", "confirm", "specify", "speculate"}
# "met to discuss Iran", "Syria was discussed": the object of these verbs is the topic.
TOPIC_VERBS = {"discuss", "debate"}
# The meeting or call an act was done in: "discussed Ukraine in a call with Macron".
SETTING_PREPS = {"in", "during", "at"}
# "Kenya received aid from Japan": the receiver is the subject, the giver in the from-phrase.
RECEIPT_VERBS = {"receive", "secure", "obtain"}
# "Putin received Erdogan in the Kremlin", "Modi welcomed Sheikh Mohamed": a person received
# is a guest (CAMEO 043), whatever else these verbs take ("received aid", "welcomed the move").
HOSTING_VERBS = {"receive", "welcome"}
HOSTED = known_coding("043")
# Regret for one's own act is an apology (CONCEDE, as the curated "apologize"); for
# another's act ("regretted China's decision") a disapproval (ACCUSE 110).
APOLOGY = coding("055", "CONCEDE") or known_coding("055")
# Signing is done at the meeting it is the purpose of ("met to sign the accord").
SIGNING = "057"
# What talks are held for and may not reach: a settlement agreed (AGREE), a dispute eased (CONCEDE).
SOUGHT_OUTCOMES = {"AGREE", "CONCEDE"}


# Where an act noun names its doer: "shelling by Armenia", "fire from Syria"
DOER_PREPS = {"by", "from"}
# Acts that judge another's act: its doer is whom they are aimed at
APPRAISING_TYPES = {"ACCUSE", "REJECT", "SUPPORT", "PROTEST"}
# Lists a party is put on as a sanction ("added to the entity list", "placed on a blacklist").
LIST_NOUNS = {"list", "blacklist"}
LISTING_PREPS = {"on", "to"}
# What a number reaches, and the figures that move: "hit a record", "exports struck a high".
LEVEL_NOUNS = {
    "record", "high", "low", "peak", "level", "mark", "milestone", "threshold", "ceiling",
    "floor", "percent", "%", "million", "billion", "trillion", "bn", "mn", "bcm", "tonne",
    "ton", "barrel",
}
FIGURE_NOUNS = {
    "export", "import", "trade", "share", "stock", "price", "index", "currency", "inflation",
    "output", "sale", "revenue", "investment", "growth", "production", "remittance", "tourism",
    "arrival", "turnover", "volume", "yield", "bond", "market", "earning", "profit", "deficit",
    "surplus", "economy", "rupee", "dollar", "yuan", "euro", "rouble", "ruble", "yen",
}


def verbal_candidates(doc: Any, actors: SentenceActors) -> Iterator[Candidate]:
    """Every verb of the parsed sentence ``doc`` that codes as an event, with its actors."""
    for token in doc:
        if token.pos_ not in ("VERB", "AUX") or token.dep_ == "aux":
            continue
        if _not_left_unanswered(token):
            yield _retaliation_promised(token, actors)
            continue
        if _kept_open(token):  # "did not rule out military action against X"
            sources = as_actors(_subjects(token, actors))
            targets = _hostile_targets(token, actors) + _objects(token, actors, False)
            yield Candidate(token, THREAT, sources, targets, [], status=OCCURRED)
            continue
        if _said_of_something(token) or _killed_by_mishap(token):
            continue
        if token.lemma_.lower() in AIMING_VERBS and token.dep_ == "acl" and _enacted_text(token.head):
            continue  # "a bill targeting Russia" strikes no one: the passing verb reads it
        if _provision(token):
            continue  # "the UN Charter guarantees sovereignty": what a text says, no act
        if _asserted_not_asked(token) or _question_put(token) or _warns_of_risk(token, actors):
            continue
        if _market_move(token):
            continue
        enacted = _enacted_content(token)
        found = (
            _exchanged_act(token)
            or code_token(token)
            or enacted
            or (REFUSAL if _refuses(token) else None)
        )
        if found is not None and found.type == "ASSAULT" and any(
            c.dep_ == "dobj" and attack_in_words(c) for c in token.children
        ):
            found = DISAPPROVAL  # "launched a scathing attack on X": in words
        if found is not None and found.type == "CONCEDE" and _regret_over_another(token, actors):
            found = DISAPPROVAL  # "expressed regret over Seoul's decision": not an apology
        discontent = _causes_of_discontent(token, actors)
        if _angry_answer(token) or discontent:
            found = DISAPPROVAL
        # a projectile accuses no one: "missiles slammed into the city" is no criticism
        impact = (found is None or found.type == "ACCUSE") and _projectile_lands(token)
        if impact:
            found = PROJECTILE_ATTACK
        incursion = found is None and _armed_force_moves(token)
        if incursion:
            found = INCURSION
        unwelcome = _declared_unwelcome(token)
        if unwelcome is not None:
            found = EXPULSION
        if _sets_deadline(token):
            found = _ordered_out(token) or ULTIMATUM
        if _readies_hostile_act(token):
            found = READINESS
        if _unhesitating(token) and _vows_hostile_act(token):
            found = THREAT  # "hesitate" codes nothing of its own
        answered = _answers_to_come(token)
        if answered:  # "said it would respond firmly to any provocation by X"
            found = THREAT
        wished_of = _wished_of_parties(token, actors)
        obliged = _obliged_parties(token, actors) or wished_of
        if obliged:
            found = DEMAND
        judged = judged_parties(token, actors)
        if judged is not None:
            found = VERDICT
        if token.lemma_.lower() in HOSTING_VERBS and _person_received(token, actors):
            found = HOSTED
        warned = _warned_parties(token, actors)
        if warned is not None:
            found = THREAT
        rebutted = _rebutted_accusers(token, actors)
        refuted = _claim_called_false(token)
        if rebutted or refuted is not None:
            found = REFUSAL
        if refuted is not None:  # the claim's maker, when the phrase names one
            rebutted = as_actors(actors.in_phrase(refuted))
        if found is not None and found.type == "ASSAULT":
            found = _measure_subject(token) or found  # "US sanctions hit Russian banks"
        if found is not None and found.type == "ACCUSE" and _regrets_own_act(token, actors):
            found = APOLOGY
        if found is not None and found.type == "THREATEN" and threatens_a_stake(token):
            found = None  # "the deployment threatens regional stability"
        # "stopped issuing visas to X": what was handed over is what was stopped
        handing_halted = found is None and _handing_halted(token)
        if handing_halted:
            found = handing_halted
        defaulters = _defaulters(token, actors)
        if defaulters:  # "agreed to deal with Tehran at the UN if it failed to reply"
            found = THREAT
        if found is None or _about_relationship(token, found.type) or _sworn(token, found):
            continue
        if _trait_of_a_name(token) or (found.type in HOSTILE_TYPES and _reaches_a_level(token)):
            continue
        halted = bool(handing_halted) or (found.type in HALTED and _halted(token))
        if halted and not handing_halted:
            found = HALTED[found.type]
        given_up = found.type in HALTED and _no_longer(token)
        if given_up:  # "will no longer provide aid to X": the aid is stopped, decided now
            found = HALTED[found.type]
        if _to_the_press(token) or _goal_of_meeting(token, found) or _motive_of_hostile_act(token, found):
            continue
        if found.type == "ACCUSE" and token.lemma_ == "protest" and (
            _by_crowd(token) or _purpose_of_act(token)
        ):
            found = DEMONSTRATION  # "demonstrators protesting", "began a strike to protest"
        if found.type in ("ASSAULT", "COERCE") and _by_protesters(token):
            found = RIOT
        if found.type == "CONSULT" and token.lemma_.lower() in GATHERING_VERBS and (
            _by_crowd(token) or _by_protesters(token)
        ):
            found = DEMONSTRATION  # "protesters gathered at the theatre": no meeting of parties
        if found.mode == "visit" and _peacekeepers_arrive(token):
            found = PEACEKEEPING  # "NATO peacekeeping troops arrived in Bosnia"
        if found.type == "MOBILIZE":
            found = _aid_deployed_for(token) or found
        if found.type == "AGREE" and _vows_not_to_cooperate(token):
            found = REFUSAL
        # the stopping is the act: "has stopped buying X's coal" happened, not was negated
        trigger, status = (token.head if halted else token), None
        if _refuses(token):
            # the refusal is stated: its statement, else the refusal itself, happened
            found, trigger = REFUSAL, _speech_verb(token) or token
            status = None if trigger is not token else OCCURRED
        elif _vows_hostile_act(token):
            found = THREAT
            if _unhesitating(token):  # "said it would not hesitate to use force": said now
                trigger, status = _speech_verb(token) or token, OCCURRED
        elif _offered(token):
            # "is willing to withdraw", "ready to contribute troops": the offer is made now;
            # a hostile act held ready ("prepared to impose martial law") is a threat
            found, status = (THREAT if found.type in HOSTILE_TYPES else INTENT), OCCURRED
        elif (found.type in HOSTILE_TYPES and _conditional_future(token)) or (
            found.type == "RETREAT" and _conditional_future(token, WITHDRAWAL_THREAT_MARKERS)
        ):
            # "said it will impose tariffs unless X ...": the statement is the threat
            found, trigger = THREAT, _speech_verb(token) or token
        if answered:  # the answer promised is a threat made when said
            trigger, status = _speech_verb(token) or token, OCCURRED
        if defaulters:  # the statement of the act held out is the threat
            trigger = _statement_above(token) or token
            status = OCCURRED
        if wished_of or given_up:
            status = OCCURRED  # "would like Japan to": the wish is told now, not imagined
        if found.type == "SANCTION" and _announced_measure(token):
            status = OCCURRED  # "said it will impose duties": the measure is decided
        visit = found.mode == "visit"
        sources, targets = _subjects(token, actors), _objects(token, actors, visit)
        if unwelcome is not None:  # the persona's subject; the doer in a by-phrase under it
            sources += actors.in_prep_objects(list(unwelcome.subtree), {MEANS_PREP})
            doers = {f.actor.country for f in sources}
            targets += [f for c in unwelcome.children if c.dep_ == "nsubj" for f in actors.in_phrase(c)]
            targets = [f for f in targets if f.actor.country not in doers]
        if impact:  # where it came down: "fell near a South Korean ship"
            targets += actors.in_prep_objects([token], IMPACT_PREPS, IDENTITY_PREPS | PLACE_PREPS)
        if incursion:  # whose ground it moved onto: "advanced toward Kyiv"
            targets += actors.in_prep_objects(
                [token], DESTINATION_PREPS, IDENTITY_PREPS | PLACE_PREPS
            )
        if found is VERDICT and attribution(token) is not None:
            sources, targets = attribution_speakers(token, actors), []
        if found.type in HOSTILE_TYPES:
            targets = groups_where_they_are(targets + _hostile_targets(token, actors))
            sources = sources or origins(token, actors)
        if found is DEMAND:
            targets += obliged
        if enacted is not None and found is enacted:
            targets += [f for aimed in _aimed_by_text(token) for f in _objects(aimed, actors, False)]
        if found is ULTIMATUM and token.lemma_.lower() == "set":
            targets += [f for bound in _deadline_bound(token) for f in actors.in_phrase(bound)]
        if found is VERDICT:
            targets += judged or []
        targets += warned or []
        targets += rebutted
        targets += discontent
        if answered:
            targets += [f for act in answered for f in as_actors(actors.in_phrase(act, {"by", "of", "from"}))]
        if defaulters:  # "X said major powers agreed to ... if it failed"
            sources, targets = sources or speaker(token, actors), defaulters
        if found.type == "THREATEN" and not targets:
            targets = _threatened_parties(token, actors, sources)
        if found is READINESS:  # "prepared to shell X": readiness against X
            targets += [
                f
                for act in _hostile_infinitives(token)
                for f in _objects(act, actors, False) + _hostile_targets(act, actors)
            ]
        if sources and not targets and token.dep_ == "conj" and _has_own_subject(token):
            # "Russia expelled two British diplomats and Britain answered in kind"
            targets = _other_side(token.head, sources, actors, visit)
        if found.type == "AGREE" and not sources and token.dep_ == "acl":
            sources = _participle_agents(token, actors)  # "the agreement signed by A and B"
        if found.type == "AID" and token.lemma_.lower() in RECEIPT_VERBS:
            sources, targets = _givers(token, actors), sources
        if found.type in APPRAISING_TYPES:
            # "rejected India's accusation against Pakistan": India's act is judged, not Pakistan
            targets = _appraised_doers(token, actors) or targets or _relative_object(token, actors)
        if found.type == "ACCUSE":
            # "expressed strong reservations about a US strike on Iraq": the act's doer first;
            # "filed a complaint with the WTO against China's tariffs": the accused, not the forum
            targets = (
                _about_objects(token, actors, AGAINST)
                + _about_objects(token, actors, DISCONTENT_PREPS)
                + targets
            )
        if found.type == "ACCUSE" and token.lemma_.lower() in CRITICISM_AT_VERBS:
            # "lashed out at the US over the bill": whom the words are aimed at (not where
            # they were said), before whose act they are about
            aimed = actors.in_prep_objects([token], {"at"})
            targets = [Found(f.actor, False, f.token) for f in aimed] + targets
        if (found.type == "MOBILIZE" or token.lemma_.lower() in RECALLING_VERBS) and not any(
            c.dep_ == "agent" for c in token.children
        ):
            sources, targets = _own_people_moved(token, actors, sources, targets)
        if found.type == "ASSAULT" and token.lemma_.lower() in DYING_VERBS:
            sources, targets = _attackers_of_the_dead(token, actors), sources + targets
        if found.type == "SANCTION" and not sources:  # "was placed on a US blacklist"
            sources = _list_keepers(token, actors)
        # one phrase is not both sides: "hit with sanctions by X" names X in the with-phrase too
        targets = [f for f in targets if all(f.token != s.token for s in sources)]
        sources = as_actors(sources)  # a capital that acts is its state: "Moscow hosted"
        targets, places = split_places(targets, visit)
        yield Candidate(trigger, found, sources, targets, places, status=status)


def _appraised_doers(verb: Any, actors: SentenceActors) -> list[Found]:
    """The doers named on an act the verb judges ("condemned Russia's annexation of Crimea",
    "India's accusation against Pakistan was rejected"): whom the judgement is on."""
    return [
        f
        for act in verb.children
        if act.dep_ in ("dobj", "nsubjpass") and code_token(act) is not None
        for own in act.children
        if own.dep_ in ("poss", "amod", "compound")
        for f in actors.in_phrase(own)
    ]


def _about_objects(verb: Any, actors: SentenceActors, preps: set[str]) -> list[Found]:
    """Whom a feeling or a complaint the verb expresses or files is about ("voiced
    reservations about a US strike", "expressed concern over Ethiopia's dam", "filed a
    complaint against China's tariffs"), in its ``preps`` phrases: the doer named on an act,
    else the party the phrase names."""
    found: list[Found] = []
    # an against-phrase may hang on the verb itself ("filed a complaint with X against Y")
    heads = [verb] if preps == AGAINST else []
    heads += [c for c in verb.children if c.dep_ == "dobj" and code_token(c) is None]
    for feeling in heads:
        for about in prep_objects(feeling, preps):
            if code_token(about) is not None:  # an act: its doer, not whom it hit
                owners = [c for c in about.children if c.dep_ in ("poss", "amod", "compound")]
                found += [f for own in owners for f in actors.in_phrase(own)]
            else:
                found += actors.in_phrase(about)
    return found


def _regret_over_another(verb: Any, actors: SentenceActors) -> bool:
    """Regret expressed over another party's act ("expressed regret over South Korea's
    decision") blames it; regret for one's own is an apology."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() == "regret" for c in verb.children):
        return False
    own = {f.actor.country for f in _subjects(verb, actors)}
    return any(f.actor.country not in own for f in _about_objects(verb, actors, DISCONTENT_PREPS))


def _relative_object(verb: Any, actors: SentenceActors) -> list[Found]:
    """The party a relative clause is on, when the relative pronoun is the verb's object
    ("Rwanda, which Congo accuses of backing rebels": Congo accuses Rwanda). Read for a
    stance held of the party (blame, praise, a rebuff); a material act told so is background
    to the sentence, most often told as an act of its own elsewhere."""
    if verb.dep_ != "relcl":
        return []
    if not any(c.dep_ in OBJECT_DEPS and c.lower_ in OBJECT_RELATIVES for c in verb.children):
        return []
    return actors.in_phrase(verb.head)


def _said_of_something(verb: Any) -> bool:
    """Whether a participle only describes: the complement of a copula, a predicate of
    "it" that a that-clause follows, or a passive in an as-clause without a subject."""
    if verb.tag_ not in ("VBN", "VBG"):
        return False
    children = list(verb.children)
    if verb.dep_ == "acomp" and verb.head.lemma_.lower() in COPULAS:
        # but a stance toward an act or a party: "is prepared to send troops", "committed to"
        return not any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "to") for c in children)
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in children):
        return not any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
    # "it is striking that ...": the parser may hang the "that" on the participle as an object
    follows = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return follows is not None and follows.lower_ == "that" and any(
        c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in children
    )


def _killed_by_mishap(verb: Any) -> bool:
    """Whether a death is put down to a crash, an accident or a disaster, or to an illness
    ("died of the virus", ``&AFFLICTION``)."""
    if verb.lemma_.lower() not in ("kill", "die"):
        return False
    causes = [(c.lower_, o.lemma_.lower()) for c in verb.children if c.dep_ == "prep"
              for o in c.children if o.dep_ == "pobj"]
    return any(
        (prep in ("in", "during") and cause in MISHAPS)
        or (prep in ("of", "from") and cause in synsets()[AFFLICTION])
        for prep, cause in causes
    )


def _asserted_not_asked(verb: Any) -> bool:
    """A verb of proposing whose that-clause is told in the indicative ("seems to suggest
    that he went", "insisted that it seeks no conflict"), or a verb of claiming with only a
    that-clause ("argued that it was the first victim"): a statement of what is so, no
    request of, or complaint about, a party. The subjunctive or "should" still asks
    ("suggested that Sweden resume talks", "insisted that Congress remain")."""
    lemma = verb.lemma_.lower()
    if lemma not in PROPOSING_VERBS | CLAIMING_VERBS or any(
        c.dep_ in OBJECT_DEPS for c in verb.children
    ):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if lemma in CLAIMING_VERBS:  # an act claimed may be a wrong: "claimed that X had attacked Y"
        return bool(clauses) and not any(_tells_act(c) for c in clauses)
    return any(_indicative(c) for c in clauses)


def _tells_act(clause: Any) -> bool:
    """The clause's verb, or one joined to it, is an event word: "had attacked Iraq and
    taken Mosul"."""
    return any(code_token(v) is not None for v in [clause, *(c for c in clause.children if c.dep_ == "conj")])


def _indicative(clause: Any) -> bool:
    """The clause's verb states a fact: a past or third-person present form ("went",
    "seeks"), or one carried by a tensed auxiliary or a modal of what will or can be
    ("had met", "is seeking", "would withdraw"), not "should" or "must"."""
    auxiliaries = [a for a in clause.children if a.dep_ in ("aux", "auxpass") and a.lower_ != "to"]
    if any(a.lower_ in ("should", "must") for a in auxiliaries):
        return False
    if clause.lemma_.lower() in OBLIGING_VERBS and any(c.dep_ == "xcomp" for c in clause.children):
        return False  # "insisted that X would have to withdraw", "... needs to leave"
    return clause.tag_ in ("VBD", "VBZ") or any(
        a.tag_ in ("VBD", "VBZ", "MD") for a in auxiliaries
    )


def _warns_of_risk(verb: Any, actors: SentenceActors) -> bool:
    """"warned that easing restrictions could cost lives", "warned that the pandemic is far
    from over": what a thing may do or how things stand, foretold; no act of the warner's
    is held out. A threat names what the warner will do ("warned that it would close the
    strait", "that its missiles could strike X"), or a party that will suffer ("that Japan
    could face countermeasures"), or what will follow ("attacks would bring consequences")."""
    if verb.lemma_.lower() not in WARNING_VERBS:
        return False
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        modals = {a.lower_ for a in clause.children if a.dep_ == "aux" and a.tag_ == "MD"}
        if (
            not modals & FORETELLING_MODALS
            and subjects
            and not any(s.tag_ == "PRP" or actors.in_tokens(iter([s])) for s in subjects)
            and not _is_hostile(clause)
        ):
            return True
    return False


def _question_put(verb: Any) -> bool:
    """"asked the minister whether Copenhagen would reopen the border", "asked the envoy
    about the reports": a question, not a request, when nothing is asked for and no act
    asked of anyone ("asked X to", "asked for")."""
    if verb.lemma_.lower() not in ASKING_VERBS:
        return False
    children = list(verb.children)
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in children):
        return False
    about = any(c.dep_ == "prep" and c.lower_ == "about" for c in children)
    question = any(
        c.dep_ == "ccomp" and any(
            w.lower_ in QUESTION_WORDS and w.dep_ in ("mark", "advmod", "nsubj", "dobj", "attr")
            for w in c.children
        )
        for c in children
    )
    return about or question


def _exchanged_act(verb: Any) -> Coding | None:
    """ "traded threats", "exchanged accusations", "swapped insults": acts two sides aim at
    each other, told as goods passed between them. The noun is the act, whatever arguments
    it would need on its own ("threat against X"); the verb adds only that it went both ways."""
    if verb.lemma_.lower() not in RECIPROCAL_VERBS:
        return None
    for noun in verb.children:
        if noun.dep_ != "dobj":
            continue
        codings = noun_codings(noun.lemma_.lower())
        aimed = [c for c in codings if c.type in AIMED_TYPES]
        if aimed and len(aimed) == len(codings):
            return max(aimed, key=aimed.count)
    return None


def _declared_unwelcome(verb: Any) -> Any | None:
    """The "persona" of "declared X persona non grata", or None."""
    if verb.lemma_.lower() != "declare":
        return None
    return next(
        (c for c in verb.children if c.dep_ in ("ccomp", "oprd", "xcomp") and c.lower_ == UNWELCOME_WORD),
        None,
    )


def _projectile_lands(verb: Any) -> bool:
    """A shell, rocket or round (or "mortar fire") that landed, fell or exploded, not in the
    open sea."""
    if verb.lemma_.lower() not in IMPACT_VERBS:
        return False
    if any(t.lemma_.lower() in OPEN_SEA_NOUNS for o in prep_objects(verb, IMPACT_PREPS) for t in o.subtree):
        return False
    return any(c.dep_ == "nsubj" and _projectile(c) for c in verb.children)


def _own_people_moved(
    verb: Any, actors: SentenceActors, sources: list[Found], targets: list[Found]
) -> tuple[list[Found], list[Found]]:
    """A force mobilised, or an envoy recalled, in the passive with no doer named is its own
    state's ("the Indian army was put on high alert along the Pakistani border", "the French
    ambassador was recalled from Niger"): the passive subject is the doer; the place it was
    moved to or from is whom the act is aimed at, not its doer."""
    own = [f for c in verb.children if c.dep_ == "nsubjpass" for f in actors.in_subject(c)]
    if not own:
        return sources, targets
    doers = {f.actor.country for f in own}
    return own, [f for f in sources + targets if f.actor.country not in doers]


def _attackers_of_the_dead(verb: Any, actors: SentenceActors) -> list[Found]:
    """Who attacked those who died: the owner of the attack they died in ("five soldiers died
    in Indian shelling", "died in an air strike by X"); the dead are its receivers, not its
    doers."""
    attacks = [o for o in prep_objects(verb, ACT_SETTING_PREPS) if is_hostile_noun(o)]
    owners = [c for o in attacks for c in o.children if c.dep_ in OWNER_DEPS]
    agents = [a for o in attacks for a in prep_objects(o, {MEANS_PREP})]
    return as_actors([f for phrase in owners + agents for f in actors.in_phrase(phrase)])


def _armed_force_moves(verb: Any) -> bool:
    """Armed forces move somewhere: "troops entered Indian territory", "forces crossed into
    X", "troops have continued to advance toward Kyiv" (the subject of the verb of aspect
    above moves). Where to is the verb's object or a phrase of direction. Not peacekeepers
    ("UN peacekeeping troops entered the town")."""
    if verb.lemma_.lower() not in MOVING_VERBS:
        return False
    if not any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in DESTINATION_PREPS)
               for c in verb.children):
        return False
    mover = verb.head if verb.dep_ == "xcomp" else verb
    forces = synsets()[ARMED_FORCE]
    # peacekeepers come in to keep a peace, not to take ground
    return not _peacekeepers_arrive(mover) and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in forces for c in mover.children
    )


def _projectile(noun: Any) -> bool:
    """What was fired: "shells", "two rounds", "mortar fire"; for a noun with an of-object,
    that object ("rounds of artillery shells"; not "a round of talks")."""
    held = [o for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for o in prep.children if o.dep_ == "pobj"]
    if held:
        return any(_projectile(o) for o in held)
    projectiles = synsets()[PROJECTILE]
    if noun.lemma_.lower() == FIRE_NOUN:
        return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in projectiles for c in noun.children)
    return noun.lemma_.lower() in projectiles


def _halted(verb: Any) -> bool:
    """The act is what its doer stopped doing: "stopped buying", "ceased providing" (not
    "did not stop buying": a negated halt goes on with the act)."""
    halting = verb.head
    return (
        verb.dep_ == "xcomp"
        and verb.tag_ == "VBG"
        and halting.lemma_.lower() in HALTING_VERBS
        and not any(c.dep_ == "neg" for c in halting.children)
    )


def _no_longer(verb: Any) -> bool:
    """"no longer provides", "will no longer buy": the act is given up."""
    return any(
        c.dep_ == "advmod" and c.lower_ == "longer" and any(n.lower_ == "no" for n in c.children)
        for c in verb.children
    )


def _handing_halted(verb: Any) -> Coding | None:
    """A measure read through an act of handing over that codes nothing itself: "stopped
    issuing visas to X", "halted granting licences" are coded as stopping what was handed
    ("suspended visas"), when that is a measure (SANCTION). The halting verbs are one family
    here: the lexicon's rows for one ("suspend visas") serve the others ("stop")."""
    if not _halted(verb):
        return None
    handed = [c for c in verb.children if c.dep_ == "dobj"]
    own = verb.head.lemma_.lower()
    for lemma in [own, *sorted(HALTING_VERBS - {own})]:
        found = coded_as(lemma, handed)
        if found is not None and found.type == "SANCTION":
            return found
    return None


def _to_the_press(verb: Any) -> bool:
    """The act is a reporter's exchange with a source: "declined to comment on the Chinese
    report", "asked not to be identified", "refused to elaborate". What is refused or asked
    is a word to the press, not anything done to the party the sentence names."""
    return any(
        c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in PRESS_ACTS
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def _participle_agents(verb: Any, actors: SentenceActors) -> list[Found]:
    """Who did what a participle on a noun says was done to it: its by-phrase."""
    return [f for g in passive_agents(verb) for f in actors.in_subject(g)]


def _person_received(verb: Any, actors: SentenceActors) -> bool:
    """The object of the active verb, or the subject of the passive, is a person named (the
    head word itself: "welcomed Erdogan's proposal" receives a proposal)."""
    received = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(
        f.actor.kind == "person" for c in received for f in actors.by_token.get(c.i, [])
    )


def _givers(verb: Any, actors: SentenceActors) -> list[Found]:
    """Who gave what the subject received: the from-phrase on the verb or on its object."""
    return prep_actors([verb] + [c for c in verb.children if c.dep_ == "dobj"], {"from"}, actors)


def _threatened_parties(verb: Any, actors: SentenceActors, sources: list[Found]) -> list[Found]:
    """With no receiver named, whoever the threatened measures would hit receives the threat."""
    doers = {f.actor.country for f in sources}
    found = [
        f
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in THREAT_CONTENT_PREPS
        for f in actors.in_tokens(_threat_content(prep))
    ]
    for clause in verb.children:  # "warned that it would retaliate against X"
        if clause.dep_ in ("ccomp", "xcomp") and _is_hostile(clause):
            found += _objects(clause, actors, False) + _hostile_targets(clause, actors)
    return [f for f in found if f.actor.country not in doers]


def _threat_content(prep: Any) -> Iterator[Any]:
    """The words of what a threat holds out, less what a measure that strikes no one is on:
    "warned of consequences, including withholding cooperation with X on the UN Security
    Council" holds out to X, not the Council; "warned of sanctions on X" holds out to X."""
    topics = {
        t.i
        for on in prep.subtree
        if on.dep_ == "prep" and on.lower_ in TOPIC_PREPS and not is_hostile_noun(on.head)
        for t in on.subtree
    }
    return (t for t in prep.subtree if t.i not in topics)


def _causes_of_discontent(verb: Any, actors: SentenceActors) -> list[Found]:
    """Whose act the subject is said to be dissatisfied or angry with ("is dissatisfied
    with Japan's actions", "was angry at Tokyo"): the parties of the adjective's phrase."""
    if verb.lemma_.lower() != "be":
        return []
    return [
        f
        for adjective in verb.children
        if adjective.dep_ == "acomp" and adjective.lower_ in synsets()[DISCONTENT]
        for f in actors.in_prep_objects([adjective], DISCONTENT_PREPS)
    ]


def _angry_answer(verb: Any) -> bool:
    """"reacted angrily to X's decision": an answer made in anger is a disapproval."""
    return verb.lemma_.lower() in synsets()[ANSWERING] and any(
        c.dep_ == "advmod" and c.lower_ in ANGER_ADVERBS for c in verb.children
    )


def _rebutted_accusers(verb: Any, actors: SentenceActors) -> list[Found]:
    """Who made the accusation a relative clause says was denied or rejected: "X accused Y of
    spying, a charge Y denied" / "claims Y has dismissed" / ", which Y denied" (the denial is
    a rejection of X's accusation, REJECT)."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in REBUTTING_VERBS:
        return []
    if any(c.dep_ == "dobj" and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children):
        return []  # "a charge that Y denied X": the clause has an object of its own
    claim = verb.head
    accusation = claim
    if claim.lemma_.lower() in CLAIM_NOUNS and claim.dep_ in CLAIM_DEPS:
        accusation = claim.head
    elif claim.dep_ == "pobj" and claim.head.dep_ == "prep":
        accusation = claim.head.head  # ", which Y denied" hangs on the content "of spying"
    found = code_token(accusation)
    if found is None or found.type != "ACCUSE":
        return []
    return _subjects(accusation, actors) if accusation.pos_ in ("VERB", "AUX") else []


def _claim_called_false(verb: Any) -> Any | None:
    """The claim a statement calls false ("said the accusations were baseless", "called
    the allegations false"): saying so rejects it (REJECT), as "dismissed the claims" does.
    None when the statement calls no claim false."""
    if verb.lemma_.lower() not in VERDICT_VERBS:
        return None
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.lemma_ == "be":
            claims = [c for c in clause.children if c.dep_ == "nsubj"]
            verdicts = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
        elif clause.dep_ == "oprd" or (clause.dep_ == "ccomp" and clause.pos_ == "ADJ"):
            claims = [c for c in verb.children if c.dep_ == "dobj"]
            verdicts = [clause]
        else:
            continue
        if any(v.lemma_.lower() in FALSE_WORDS for v in verdicts):
            return next((c for c in claims if c.lemma_.lower() in CLAIM_NOUNS), None)
    return None


def _warned_parties(verb: Any, actors: SentenceActors) -> list[Found] | None:
    """Whom a statement promises a price or consequences ("Iran said Israel will pay a
    heavy price", "warned that Kenya would face consequences"), or None when it promises
    none."""
    if verb.lemma_.lower() not in VERDICT_VERBS:
        return None
    for clause in verb.children:
        if clause.dep_ == "ccomp" and _promised_price(clause):
            subjects = [c for c in clause.children if c.dep_ == "nsubj"]
            return [f for c in subjects for f in as_actors(actors.in_phrase(c))]
    return None


def _promised_price(verb: Any) -> bool:
    """"will pay a heavy price", "will pay dearly", "would face consequences", "will regret
    it", "must bear all the consequences", "would bear full responsibility for the
    consequences"."""
    lemma = verb.lemma_.lower()
    modals = FUTURE_AUXILIARIES | (BINDING_AUXILIARIES if lemma == "bear" else set())
    if not any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children):
        return False
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
    borne = objects | {
        o.lemma_.lower()
        for c in verb.children
        if c.dep_ == "dobj" and c.lemma_.lower() in synsets()[RESPONSIBLE]
        for o in prep_objects(c, {"for"})
    }  # responsibility for the consequences is the consequences borne
    paid_dearly = any(c.dep_ == "advmod" and c.lower_ in PRICE_ADVERBS for c in verb.children)
    return (
        (lemma == "pay" and (bool(objects & PRICE_NOUNS) or paid_dearly))
        or (lemma == "face" and bool(objects & synsets()[CONSEQUENCE]))
        or (lemma == "bear" and bool(borne & synsets()[CONSEQUENCE]))
        or lemma == "regret"
    )


def _obliged_parties(verb: Any, actors: SentenceActors) -> list[Found]:
    """Who a statement says must act: "Russia said Sudan must return the helicopter",
    "the minister reiterated that Libya should hand over the suspects", "Moscow must" (a
    capital that must act is its state)."""
    if verb.lemma_.lower() not in STATEMENT_VERBS:
        return []
    return [
        found
        for clause in verb.children
        if clause.dep_ == "ccomp" and _obliges(clause)
        for subject in clause.children
        if subject.dep_ == "nsubj"
        for found in as_actors(actors.in_phrase(subject))
    ]


def _wished_of_parties(verb: Any, actors: SentenceActors) -> list[Found]:
    """Whose act a party's wish is for: the subject of the infinitive under "want",
    "expect" or "would like" ("Kenya wants the US to lift tariffs", "would like Japan to
    provide relief"), which the parser hangs as an object with an infinitive or as the
    infinitive's own subject. Not a negated wish ("does not want Japan to"), nor one for
    what no party does ("expects China's economy to grow")."""
    lemma = verb.lemma_.lower()
    polite = lemma == POLITE_WISH and any(
        c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children
    )
    if not (lemma in WISH_VERBS or polite) or any(c.dep_ == "neg" for c in verb.children):
        return []
    # the act wished is one the lexicons know: "expects China's economy to grow" forecasts
    infinitives = [
        c
        for c in verb.children
        if c.dep_ in ("xcomp", "ccomp")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and code_token(c) is not None
    ]
    doers = [c for i in infinitives if i.dep_ == "ccomp" for c in i.children if c.dep_ == "nsubj"]
    if any(i.dep_ == "xcomp" for i in infinitives):
        doers += [c for c in verb.children if c.dep_ == "dobj"]
    wishers = {f.actor.country for f in _subjects(verb, actors)}
    return [f for d in doers for f in as_actors(actors.in_phrase(d)) if f.actor.country not in wishers]


def _obliges(clause: Any) -> bool:
    """The clause says its subject must act: "must", "should", "ought to", and, told in a
    statement, "has to", "had to", "needs to" ("said Japan had to withdraw its ships")."""
    if any(c.dep_ == "neg" for c in clause.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in clause.children):
        return True
    return clause.lemma_.lower() in OBLIGATION_VERBS and any(
        # the parser hangs the infinitive as xcomp or advcl ("needed to release")
        c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in clause.children
    )


def _sets_deadline(verb: Any) -> bool:
    """"gave Kenya until Friday to withdraw", "gave Kenya a week to pull out", "set a
    deadline for Kenya to withdraw" (not a deadline its setters keep themselves: "Kenya
    and Japan set a deadline to finish the talks")."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    if lemma == "set":
        deadline = any(c.dep_ == "dobj" and c.lemma_.lower() == "deadline" for c in children)
        return deadline and bool(_deadline_bound(verb))
    if lemma != "give":
        return False
    # "gave Kenya a week", "gave the diplomats 72 hours": the span may hang as an adverb
    limit = any(
        (c.dep_ == "prep" and c.lower_ in ("until", "till"))
        or (c.dep_ in SPAN_DEPS and c.lemma_.lower() in DEADLINE_UNITS and not _of_what(c))
        for c in children
    )
    return limit and bool(_due_acts(verb))


def _due_acts(verb: Any) -> list[Any]:
    """The infinitives saying what a deadline given by ``verb`` is for ("a week to leave")."""
    children = list(verb.children)
    clauses = children + [g for c in children if c.dep_ in SPAN_DEPS for g in c.children]
    return [
        c
        for c in clauses
        if c.dep_ in ("advcl", "xcomp", "acl", "relcl")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]


def _ordered_out(verb: Any) -> Coding | None:
    """A deadline to leave given to people is read as an order to leave them: "gave 23
    diplomats a week to leave" is an expulsion."""
    if not any(act.lemma_.lower() in DEPARTURE_VERBS for act in _due_acts(verb)):
        return None
    given = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.lemma_.lower() not in DEADLINE_UNITS]
    return coded_as("order", given)


def _deadline_bound(verb: Any) -> list[Any]:
    """Who a deadline set binds: the subject of its "for X to ..." clause, or the person
    object ("set Kenya a deadline to withdraw"), when a clause says what is due."""
    children = list(verb.children)
    clauses = children + [g for c in children if c.dep_ == "dobj" for g in c.children]
    due = [
        c for c in clauses
        if c.dep_ in ("advcl", "acl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    if not due:
        return []
    bound = [s for c in due for s in c.children if s.dep_ == "nsubj"]
    return bound or [c for c in children if c.dep_ in ("dobj", "dative") and c.lemma_.lower() != "deadline"]


def _of_what(noun: Any) -> bool:
    """"two days of training" is a gift of training, not a time limit."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _not_left_unanswered(verb: Any) -> bool:
    """"will not remain unanswered", "shall not go unpunished"."""
    return any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ in ("acomp", "oprd", "advmod", "xcomp") and c.lower_ in UNANSWERED_WORDS
        for c in verb.children
    )


def _kept_open(verb: Any) -> bool:
    """"did not rule out military action", "would not exclude sanctions": a hostile act held
    open is a threat of it (CAMEO 13)."""
    lemma = verb.lemma_.lower()
    particle = any(c.dep_ in ("prt", "advmod") and c.lower_ == "out" for c in verb.children)
    if not ((lemma == "rule" and particle) or lemma == "exclude"):
        return False
    if not any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and _is_force(c) for c in verb.children)


def _is_force(noun: Any) -> bool:
    """A hostile act named by a noun: one the lexicons code as hostile ("strikes",
    "sanctions"), force, military action or a military option, or the use or possibility
    of one ("the use of force")."""
    found = code_token(noun)
    if found is not None and found.type in HOSTILE_TYPES:
        return True
    modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")}
    if noun.lemma_.lower() == "force" or (noun.lemma_.lower() in FORCE_NOUNS and modifiers & MILITARY_WORDS):
        return True
    return any(
        o.dep_ == "pobj" and _is_force(o)
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for o in prep.children
    )


def _retaliation_promised(verb: Any, actors: SentenceActors) -> Candidate:
    """The speaker threatens whoever the unanswered act names ("the Kenyan provocation")."""
    speech = _speech_verb(verb)
    sources = as_actors(speaker(verb, actors))
    doers = {f.actor.country for f in sources}
    targets = [
        f
        for c in verb.children
        if c.dep_ in ACTIVE_SUBJECT_DEPS | {"nsubjpass"}
        for f in actors.in_phrase(c)
        if f.actor.country not in doers
    ]
    return Candidate(
        speech or verb, THREAT, sources, targets, [], status=None if speech else OCCURRED
    )


def _refuses(verb: Any) -> bool:
    """"will not accept", "never approved", "no longer recognises", "would not meet the
    demands": a negated acceptance, or a negated yielding to what another asks, is a
    rejection."""
    if not _no_longer(verb) and not any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in verb.children
    ):
        return False
    if verb.lemma_.lower() in ACCEPT_VERBS:
        return True
    if verb.lemma_.lower() in ASSENT_VERBS and any(
        c.dep_ == "aux" and c.lower_ in WILL_MODALS for c in verb.children
    ):
        return True  # "would not agree to a ceasefire", "will not sign the deal": a stance
    asked = any(c.dep_ == "dobj" and c.lemma_.lower() in ASKED_NOUNS for c in verb.children)
    found = code_token(verb)
    return asked and found is not None and found.type in ("CONCEDE", "AGREE")


def _is_hostile(verb: Any) -> bool:
    found = code_token(verb)
    return found is not None and found.type in HOSTILE_TYPES


def _vows_hostile_act(verb: Any) -> bool:
    """"vowed to retaliate", "vowed to respond to the attack", "vowed a tough response",
    "would not hesitate to use force": the vow is a threat."""
    return (verb.lemma_.lower() in VOW_VERBS or _unhesitating(verb)) and (
        _hostile_infinitive(verb)
        or any(_vowed_act(c) and c.lemma_.lower() in RETALIATION_VERBS for c in verb.children)
        or any(c.dep_ == "dobj" and c.lemma_.lower() in RESPONSE_NOUNS for c in verb.children)
    )


def _answers_to_come(verb: Any) -> list[Any]:
    """The hostile acts or wrongs a future answer is promised to ("will respond firmly to any
    provocation by X", "would react to any aggression"): an answer promised is a threat to the
    party whose act it answers. None when the verb promises no answer."""
    if verb.lemma_.lower() not in ANSWER_VERBS or not any(
        c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children
    ):
        return []
    return [
        o
        for o in prep_objects(verb, {"to", "against"})
        if is_hostile_noun(o) or o.lemma_.lower() in synsets()[VERDICT_SETS[0]]
    ]


def _unhesitating(verb: Any) -> bool:
    """"would not hesitate to ...": a vow told by denying a doubt."""
    return verb.lemma_.lower() == "hesitate" and any(c.dep_ == "neg" for c in verb.children)


def _readies_hostile_act(verb: Any) -> bool:
    """"the army prepared to resume shelling": readiness for force, short of it (MOBILIZE)."""
    return verb.lemma_.lower() in PREPARE_VERBS and verb.pos_ == "VERB" and _hostile_infinitive(verb)


def _hostile_infinitive(verb: Any) -> bool:
    return bool(_hostile_infinitives(verb))


def _hostile_infinitives(verb: Any) -> list[Any]:
    """The hostile acts to be done the verb governs, directly or through a verb of aspect
    ("to fight", "to resume shelling"), or a light verb carrying a hostile act noun ("to take
    countermeasures against X"); not one vowed not to be done ("promised not to attack X" is
    a commitment to restraint)."""
    found = []
    for clause in (c for c in verb.children if _vowed_act(c) and not any(n.dep_ == "neg" for n in c.children)):
        if clause.lemma_.lower() in ASPECT_VERBS:
            found += [c for c in clause.children if _vowed_act(c) and _is_hostile(c)]
        elif _is_hostile(clause) or any(
            c.dep_ == "dobj" and is_hostile_noun(c) for c in clause.children
        ):
            found.append(clause)
    return found


def _sworn(verb: Any, found: Coding) -> bool:
    """The hostile act of a vow is the vow's threat, and the act an army prepares is its
    readiness: not acts of their own."""
    if found.type not in HOSTILE_TYPES or not _vowed_act(verb):
        return False
    governor = verb.head
    if governor.lemma_.lower() in ASPECT_VERBS and _vowed_act(governor):
        governor = governor.head
    return governor.lemma_.lower() in VOW_VERBS | PREPARE_VERBS or _unhesitating(governor)


def _vowed_act(verb: Any) -> bool:
    """The infinitive a vow governs: "vowed to retaliate"; "have sworn to fight until ...",
    which the parser may hang as an adverbial clause, all the same."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and infinitive)


def _conditional_future(verb: Any, markers: set[str] = CONDITION_MARKERS) -> bool:
    """A hostile act to come on a condition ("will impose tariffs unless", "may halt
    mediation if"): a threat."""
    modal = any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)
    return modal and any(
        clause.dep_ == "advcl" and any(m.lower_ in markers for m in clause.children)
        for clause in verb.children
    )


def _default_condition(verb: Any) -> Any | None:
    """The if/unless clause that holds ``verb``'s act out to a party on the condition that
    it fails or refuses to act ("will refer Iran to the Security Council if it fails to
    comply", "agreed to deal with Tehran at the UN if it failed to reply": the parser may
    hang the condition on the verb the act is the infinitive of), or None. Such an act is a
    threat, whatever the act; the verb that governs it is not the act."""
    if any(c.dep_ == "xcomp" for c in verb.children) or verb.lemma_.lower() in REPORTING_VERBS:
        return None
    holders = [verb] + ([verb.head] if verb.dep_ == "xcomp" else [])
    return next(
        (
            clause
            for holder in holders
            for clause in holder.children
            if clause.dep_ == "advcl"
            and clause.lemma_.lower() in DEFAULT_VERBS
            and any(m.lower_ in CONDITION_MARKERS for m in clause.children)
        ),
        None,
    )


def _defaulters(verb: Any, actors: SentenceActors) -> list[Found]:
    """Whom ``verb``'s act is held out to on the condition that they default: the first party
    the act is done to, when the condition is on it, named or as "it" / "they" ("deal with
    Tehran at the UN if it fails": Tehran, not the UN). None when there is no such condition,
    or it is on anyone else ("will sign a deal with X if Y declines", "if the harvest fails")."""
    condition = _default_condition(verb)
    if condition is None:
        return []
    receivers = [f for f in _objects(verb, actors, False) if not f.is_place][:1]
    subjects = [c for c in condition.children if c.dep_ == "nsubj"]
    if any(c.lower_ in PERSONAL_PRONOUNS for c in subjects):
        return receivers
    named = {f.actor.country for c in subjects for f in as_actors(actors.in_phrase(c))}
    return [f for f in receivers if f.actor.country in named]


def _statement_above(verb: Any) -> Any | None:
    """The nearest verb of saying that ``verb`` is told under ("said major powers had
    agreed to ...")."""
    return next((g for g in verb.ancestors if g.lemma_.lower() in REPORTING_VERBS), None)


def _offered(verb: Any) -> bool:
    """The act is what a party declares itself willing, ready or prepared to do (not "is
    not willing", nor "could be willing": speculation). "Prepared" as the verb of the
    clause is getting ready ("the leader prepared to attend the Games"), no offer."""
    head = verb.head
    if verb.dep_ == "acl" and head.lemma_.lower() in OFFER_NOUNS:
        # "expressed / reaffirmed its readiness to ...": the noun is what its governor states
        return (
            head.dep_ == "dobj"
            and not any(c.dep_ == "neg" for c in head.head.children)
            and not any(c.lower_ == "no" for c in head.children)  # "showed no readiness"
        )
    return (
        verb.dep_ == "xcomp"
        and head.lower_ in OFFER_ADJECTIVES
        and (head.pos_ == "ADJ" or head.dep_ == "acomp")  # not "the leader prepared to attend"
        and not any(c.dep_ == "neg" for c in head.head.children)
        and not is_speculative(head.head)
    )


def _announced_measure(verb: Any) -> bool:
    """A measure the government announces it will take ("the ministry said it will impose
    anti-dumping duties from Friday", "announced it would prohibit aid") is decided when
    announced; "said they would boycott" is a threat."""
    speech = _speech_verb(verb)
    modals = {"will", "'ll", "shall"} | ({"would"} if speech is not None and speech.lemma_ == "announce" else set())
    return speech is not None and any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)


def _speech_verb(verb: Any) -> Any | None:
    """The verb of saying that reports ``verb`` ("Japan said it will ...")."""
    head = verb.head
    if verb.dep_ in ("ccomp", "parataxis") and head.lemma_ in REPORTING_VERBS:
        return head
    return None


def _hostile_targets(verb: Any, actors: SentenceActors) -> list[Found]:
    """Who a hostile act hits: the target phrase of the verb, of its object, or of the attack
    it was done in, with the place the target is in ("fired at posts in Kenya", "carried out
    a raid against X", "were killed in air strikes on X")."""
    phrases = [verb] + [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    phrases += [o for o in prep_objects(verb, ACT_SETTING_PREPS) if is_hostile_noun(o)]
    return actors.in_prep_objects(phrases, HOSTILE_TARGET_PREPS, IDENTITY_PREPS | PLACE_PREPS)


def _trait_of_a_name(verb: Any) -> bool:
    """A relative clause in the simple present on a name tells what the named one stands
    for or does by habit, not an act of the news: "Hamas, which advocates Israel's
    destruction", "Greece, which depends on Iranian crude"; not one a time puts on the
    timetable."""
    return (
        verb.dep_ == "relcl"
        and verb.tag_ in ("VBZ", "VBP")
        and verb.head.pos_ == "PROPN"
        and not any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children)
        and any(c.dep_ == "nsubj" and c.tag_ in RELATIVE_TAGS for c in verb.children)
        and classify_status(verb) == OCCURRED  # not "who travels to Italy later Monday"
    )


def _list_keepers(verb: Any, actors: SentenceActors) -> list[Found]:
    """Whose list a party was put on, when no by-phrase names the doer: the party named on
    the list ("was placed on a US trade blacklist", "was added to Washington's entity list")."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children) or passive_agents(verb):
        return []
    return [
        f
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in LISTING_PREPS
        for listed in prep.children
        if listed.dep_ == "pobj" and listed.lemma_.lower() in LIST_NOUNS
        for owner in listed.children
        if owner.dep_ in ("poss", "compound", "amod", "nmod")
        for f in actors.in_phrase(owner)
    ]


def _measure_subject(verb: Any) -> Coding | None:
    """The sanction a verb of striking has for its subject: "US sanctions hit Russian banks",
    "the tariffs target Chinese steel" tell the measure's reach, not a blow."""
    for subject in verb.children:
        if subject.dep_ == "nsubj":
            found = code_token(subject)
            if found is not None and found.type == "SANCTION":
                return found
    return None


def _reaches_a_level(verb: Any) -> bool:
    """A force verb that tells where a number got to strikes no one: "exports hit $100
    billion", "imports struck a five-year high", "investment shot up to $2bn", "shares were
    hit by fears". A level in a to/at phrase is that of the verb's object when it has one:
    "raised tariffs on X to 25 percent" is still the raise; an amount of something is that
    thing ("cut $200 million in aid")."""
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    for child in verb.children:
        # an amount of something is what is acted on: "cut $200 million in aid"
        if child.dep_ in ("dobj", "attr", "npadvmod") and _is_level(child) and not contents_of(child):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in FIGURE_NOUNS:
            return True
        if not has_object and child.dep_ == "prep" and child.lower_ in ("to", "at") and any(
            _is_level(o) for o in child.children if o.dep_ == "pobj"
        ):
            return True
    return False


def _is_level(noun: Any) -> bool:
    """An amount ("$100 billion", "40 percent", "14 million") or a level ("a record", "a
    high"); not a bare number, which may count people ("expel four")."""
    return noun.tag_ == "$" or noun.lemma_.lower() in LEVEL_NOUNS


def _about_relationship(verb: Any, event_type: str) -> bool:
    """True when the relationship itself is the subject ("ties have been frozen"), or the
    object of anything but an act on it ("to improve relations" vs "severed ties"). Praise,
    blame and appeals about a relationship are acts ("hailed France's cooperation",
    "called for better ties"), and so is a meeting about it ("discussed trade")."""
    if verb.lemma_.lower() in TOPIC_VERBS:
        return False
    deps = ACTIVE_SUBJECT_DEPS | {"nsubjpass"}
    if verb.lemma_.lower() not in RELATION_ACTS and event_type not in STANCE_TYPES:
        deps = deps | OBJECT_DEPS
    return any(
        c.dep_ in deps and (c.lemma_.lower() in RELATION_NOUNS or c.lower_ in RELATION_NOUNS)
        for c in verb.children
    )


def _subjects(verb: Any, actors: SentenceActors, depth: int = 0) -> list[Found]:
    """Who did it: the subject, the passive's agent, or the governing verb's controller."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive and verb.lemma_.lower() in EXPERIENCER_VERBS:
        felt = [c for c in verb.children if c.dep_ == "nsubjpass"]
        found = [f for c in felt for f in actors.in_phrase(c)]
        if not found and any(c.lower_ in PERSONAL_PRONOUNS for c in felt):
            return speaker(verb, actors) or _governing_subject(verb, actors)
        return found
    if passive:
        agents = passive_agents(verb)
        # "X was hit with sanctions by Y": the parser hangs the by-phrase on the with-object
        agents = agents or [
            g
            for w in verb.children
            if w.dep_ == "prep" and w.lower_ == "with"
            for o in w.children
            for measure in [o, *contents_of(o)]  # "hit with a new round of sanctions by Y"
            for by in measure.children
            if by.dep_ == "prep" and by.lower_ == MEANS_PREP
            for g in by.children
        ]
        if not agents and depth:  # raising: "X is expected to visit" -> X visits
            agents = [c for c in verb.children if c.dep_ == "nsubjpass"]
        # "attacked by protesters in Hanoi": people act for the place they are in
        return [f for g in agents for f in actors.in_subject(g)]
    subjects = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECT_DEPS] or stranded_subjects(verb)
    subjects = _headline_partners(verb, subjects) + subjects
    found = [f for c in subjects for f in actors.in_subject(c)]
    if not found:  # "shelling by Armenia killed ...": who did the act that did it
        found = actors.in_prep_objects([c for c in subjects if code_token(c) is not None], DOER_PREPS)
    if not found and subjects and all(_unowned_force(c) for c in subjects):
        # "the Israeli army said soldiers shot a gunman", "according to the Turkish army,
        # warplanes struck ...": the speaker's own forces
        return (speaker(verb, actors) if _told_by_speaker(verb) else []) or [
            f
            for clause in [verb, *verb.ancestors]
            for according in clause.children
            if attribution(according) is not None
            for f in attribution_speakers(according, actors)
        ]
    if not found and verb.dep_ == "relcl" and any(c.lower_ in RELATIVE_PRONOUNS for c in subjects):
        return actors.in_phrase(verb.head)
    if not found and any(c.lower_ in PERSONAL_PRONOUNS or _theirs(c) for c in subjects):
        # "Sisi said he would visit Turkey": he is Sisi; "troops withdrew from the valley
        # where they had clashed": they are the troops; "A and B agreed after their
        # ministers met": the ministers are A's and B's
        return speaker(verb, actors) or _governing_subject(verb, actors)
    if not subjects and headline_infinitive(verb):
        # "Japan PM to visit India"; "US, China to resume talks": both names
        return [f for name in (verb.head, *_comma_partners(verb.head)) for f in actors.in_phrase(name)]
    if not subjects and verb.dep_ == "relcl" and verb.tag_ == "VB":
        # "the first president to attend the summit"; "began a strike to protest": the strikers
        # "passed a bill to grant amnesty": the enacters grant it
        return actors.in_phrase(verb.head) or (
            _governing_subject(verb, actors)
            if _purpose_of_act(verb) or _enacted_text(verb.head)
            else []
        )
    # a subject the resolver could not name is still the subject: do not borrow another
    if subjects or depth > 3 or verb.dep_ not in INHERIT_DEPS:
        return found
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and (
        head.lower_ in SHARED_SUBJECT_PREPS
        or (head.lower_ == MEANS_PREP and head.head.lemma_.lower() in ANSWER_VERBS)
    ):
        head = head.head  # "after meeting Xi, Ruto said": the clause the preposition is on
    if verb.dep_ == "xcomp" and head.lemma_.lower() not in SUMMONING_VERBS:
        # object control: "permitting Pakistan to purchase"
        controlled = [f for c in head.children if c.dep_ == "dobj" for f in actors.in_phrase(c)]
        if controlled:
            return controlled
    if crowd_predicate(verb):  # "Hundreds of students protested outside the embassy"
        return actors.in_subject(head)
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
        # "Khan holding a meeting", "the first president to attend a summit": the noun
        # acts; "the agreement signed": it is acted on
        if verb.tag_ not in ("VBG", "VB"):
            return []
        # "began a hunger strike to protest": who does the act the purpose hangs on;
        # "issued a statement urging X to ...": who issued it
        return actors.in_phrase(head) or (
            _governing_subject(verb, actors)
            if _purpose_of_act(verb)
            or head.lemma_.lower() in STATEMENT_NOUNS | OFFER_NOUNS
            or _enacted_text(head)
            else []
        )
    if joined_to_reported_act(verb):
        head = head.head  # "X said Y's invitation meant ..., and warned": X warned
    return _subjects(head, actors, depth + 1)


def _told_by_speaker(verb: Any) -> bool:
    """The clause is what a verb of saying reports ("said soldiers shot ..."), not what a
    stance above it holds ("said he regretted that troops had to cross": the regret's)."""
    clause = verb
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ in ("ccomp", "parataxis") and clause.head.lemma_ in SPEAKER_VERBS


def _unowned_force(subject: Any) -> bool:
    """A state's forces named by no owner ("troops", "soldiers", "security forces", "the
    navy", "police"): in what a party says, that party's own. Not forces a word places on
    another side ("rebel forces", "enemy troops", "Kurdish fighters": a name the resolver
    does not know)."""
    noun = counted_nouns(subject)[-1]
    if common_lemma(noun) not in synsets()[ARMED_FORCE] | STATE_FORCE_NOUNS:
        return False
    return not any(
        (t.is_title and t.i > 0) or t.is_upper or common_lemma(t) in POPULACE_NOUNS | OTHER_SIDE_WORDS
        for t in phrase_tokens(subject)
        if t.i != noun.i
    )


def crowd_predicate(verb: Any) -> bool:
    """The parser read a crowd's act as a participle on it and left the sentence no verb:
    "Hundreds of students protested outside the embassy" (ROOT "Hundreds", "protested" an
    acl). The verb is the act of the crowd, its subject; only a crowd's own act (protest,
    rally, march ...), which cannot be a reduced passive as "students arrested" is."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.lemma_.lower() in CROWD_VERBS
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and common_lemma(head) in COUNT_NOUNS | POPULACE_NOUNS | PROTESTER_NOUNS
    )


def joined_to_reported_act(verb: Any) -> bool:
    """A verb of saying joined to a reported clause whose subject is an act, a text or a
    claim ("had said Hague's invitation meant he was refusing, and warned of consequences",
    "said the claims were baseless and accused X of lying"): the parser hangs it on the
    reported clause, but an invitation does not warn, nor a claim accuse; the reporter does."""
    head = verb.head
    if verb.dep_ != "conj" or not _spoken_act(verb):
        return False
    if head.dep_ != "ccomp" or head.head.lemma_.lower() not in REPORTING_VERBS:
        return False
    subjects = [c for c in head.children if c.dep_ in ACTIVE_SUBJECT_DEPS]
    return bool(subjects) and all(
        s.pos_ == "NOUN"
        and (code_token(s) is not None or s.lemma_.lower() in STATEMENT_NOUNS | CLAIM_NOUNS)
        for s in subjects
    )


def _spoken_act(verb: Any) -> bool:
    """A verb whose act is done by saying: a verdict, a commitment, or an accusation,
    demand, rebuff or praise."""
    if verb.lemma_.lower() in VERDICT_VERBS | COMMITMENT_VERBS:
        return True
    found = code_token(verb)
    return found is not None and found.type in SPOKEN_TYPES


def _provision(verb: Any) -> bool:
    """A charter, treaty or law that guarantees, provides or stipulates something: what the
    text says, not an act of the party it is named after ("the UN Charter guarantees the
    sovereignty of states")."""
    return verb.lemma_.lower() in PROVIDING_VERBS and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in CHARTER_NOUNS for c in verb.children
    )


def _enacted_text(noun: Any) -> bool:
    """A bill, law or motion passed, approved or adopted ("the Senate passed a bill imposing
    sanctions"): what it does, its enacters do."""
    return (
        noun.dep_ == "dobj"
        and noun.lower_ in synsets()[LEGISLATION]
        and noun.head.lemma_.lower() in ENACTING_VERBS
    )


def _aimed_by_text(verb: Any) -> list[Any]:
    """The participles aiming a text passed at a party ("passed a sanctions bill targeting X")."""
    return [
        aimed
        for text in verb.children
        if _enacted_text(text)
        for aimed in text.children
        if aimed.dep_ == "acl" and aimed.lemma_.lower() in AIMING_VERBS
    ]


def _enacted_content(verb: Any) -> Coding | None:
    """What a text passed does, named in front of it: "passed a sanctions bill against X"."""
    return next(
        (
            found
            for text in verb.children
            if _enacted_text(text)
            for kind in text.children
            if kind.dep_ == "compound"
            for found in [code_token(kind)]
            if found is not None
        ),
        None,
    )


def _theirs(subject: Any) -> bool:
    """A subject owned by a pronoun and named by no name of its own ("their foreign
    ministers", "his envoy"): the pronoun's parties act."""
    return any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in subject.children)


def _headline_partners(verb: Any, subjects: list[Any]) -> list[Any]:
    """Headlines write "A and B" as "A, B" ("India, China hold talks on border", "Modi, Xi
    meet"), which the parser hangs on the verb as a modifier: a name opening the sentence,
    then a comma, then the subject."""
    if not subjects:
        return []
    first = verb.doc[0]
    # or the first name is the subject and the second its apposition ("Norway, Chile discuss")
    second = _comma_partners(first)
    if first.i == subjects[0].i and second:
        return second
    opens = (
        first.tag_ == "NNP"
        and first.head.i == verb.i
        and first.dep_ not in ACTIVE_SUBJECT_DEPS
        and first.i + 2 == subjects[0].left_edge.i
        and verb.doc[first.i + 1].lower_ == ","
    )
    return [first] if opens else []


def _comma_partners(first: Any) -> list[Any]:
    """The name a headline opening "A, B" writes after the comma, which the parser reads as
    the first name's apposition ("Norway, Chile discuss", "US, China to resume talks")."""
    doc = first.doc
    return [
        c for c in first.children
        if c.dep_ == "appos" and c.tag_ == "NNP" and c.left_edge.i == first.i + 2 == 2
        and doc[first.i + 1].lower_ == ","
        and not any(g.dep_ in ("conj", "cc") for g in c.children)  # "A, B, C and D": a list
    ]


def pronoun_subject(trigger: Any) -> str | None:
    """The pronoun that does the act, when a pronoun does it: the subject of the trigger's
    clause ("He met Xi"), of the clause it hangs on ("she later flew to Rome to meet X"), of
    the verb that carries an event noun ("he held talks with X"), or the possessor of that
    noun ("his visit to X")."""
    token = trigger
    if trigger.pos_ in ("NOUN", "PROPN"):
        owner = next((c for c in trigger.children if c.dep_ == "poss"), None)
        if owner is not None:
            return POSSESSIVE_PRONOUNS.get(owner.lower_)
        token = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
        if trigger.dep_ not in ("dobj", "pobj", "attr") or token.pos_ not in ("VERB", "AUX"):
            return None
    came_by = ""
    for _ in range(4):
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            # a passive's subject underwent the act, unless raised ("he is expected to visit")
            doers = [c for c in subjects if c.dep_ == "nsubj" or came_by == "xcomp"]
            return next((c.lower_ for c in doers if c.lower_ in PERSONAL_PRONOUNS), None)
        if token.dep_ not in INHERIT_DEPS or token.head.i == token.i:
            return None
        came_by, token = token.dep_, token.head
    return None


def _by_crowd(verb: Any) -> bool:
    """People in the street, not a government, do the act: its subject, or the noun a
    participle hangs on, is a crowd ("students protested", "demonstrators protesting")."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "acl":
        doers.append(verb.head)
    # "thousands of Chileans protested": people counted in thousands are a crowd
    return any(
        common_lemma(d) in POPULACE_NOUNS or len(counted_nouns(d)) > 1 for d in doers
    )


def _by_protesters(verb: Any) -> bool:
    """The act's doer, its subject or the passive's agent, is protesters ("thousands of
    rioters" counted too). A headline's bare participle has its receiver as subject
    ("100 protesters killed in unrest": they were killed)."""
    doers = [] if _headline_passive(verb) else [c for c in verb.children if c.dep_ == "nsubj"]
    doers += passive_agents(verb)
    return any(counted_nouns(d)[-1].lemma_.lower() in PROTESTER_NOUNS for d in doers)


def _headline_passive(verb: Any) -> bool:
    """A past participle with a subject and no auxiliary: a headline's passive with "were"
    left out ("protesters killed in Iran unrest")."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _market_move(verb: Any) -> bool:
    """The subject is a market, a share or a currency (``&MARKET``): "shares were trading
    higher", "the index has been rallying", "the dollar was supported by data" tell prices,
    no act of a party."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in synsets()[MARKET]
        for c in verb.children
    )


def _purpose_of_act(verb: Any) -> bool:
    """"began a hunger strike to protest against X": the act done to protest is the
    protest; the infinitive of purpose is not a complaint of its own."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.dep_ in ("acl", "relcl"):  # on the act's noun: "a hunger strike to protest"
        return code_token(verb.head) is not None
    return verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_ not in REPORTING_VERBS


def _regrets_own_act(verb: Any, actors: SentenceActors) -> bool:
    """"Colombia regretted that troops had to cross the border", "regretted its remarks":
    what is regretted is the regretter's own act, as its doer is no other party (its own
    pronoun, its own country, or nobody named); "regretted that Japan imposed tariffs" and
    "regretted China's decision" blame the other."""
    if verb.lemma_.lower() != "regret":
        return False
    doers = [c for c in verb.children if c.dep_ in ("ccomp", "dobj")]
    doers = [s for c in doers for s in ([c] if c.dep_ == "dobj" else c.children)
             if s.dep_ in ("dobj", "nsubj", "nsubjpass")]
    if not doers:
        return False
    own = {f.actor.country for f in _subjects(verb, actors)}
    for doer in doers:
        named = {f.actor.country for f in actors.in_phrase(doer)}
        if named - own:
            return False
        if doer.dep_ == "dobj" and not named and not any(
            c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in doer.children
        ):
            return False  # "regretted the decision": whose, the sentence does not say
    return bool(own)


def _vows_not_to_cooperate(verb: Any) -> bool:
    """"vowed not to return the islands to X", "pledged never to hold talks with X": a
    promise to withhold a cooperative act is a refusal of it (a promise not to strike is
    still a commitment)."""
    if verb.lemma_.lower() not in VOW_VERBS:
        return False
    for act in verb.children:
        if act.dep_ != "xcomp" or not any(c.dep_ == "neg" for c in act.children):
            continue
        coded = code_token(act)
        if coded is not None and coded.type not in HOSTILE_TYPES:
            return True
    return False


def _aid_deployed_for(verb: Any) -> Coding | None:
    """"sent troops to Chile to help with flood relief", "deployed soldiers to distribute
    food": forces sent to give aid are aid (PLOVER AID), the coding of the purpose;
    None when the deployment is for no aid."""
    for clause in verb.children:
        if _purpose_infinitive(clause):
            purpose = code_token(clause)
            if purpose is not None and purpose.type == "AID":
                return purpose
    return None


def _motive_of_hostile_act(verb: Any, found: Coding) -> bool:
    """"cut aid to Chile to force it to hold elections", "imposed sanctions to pressure
    Iran": an infinitive of purpose on a hostile act that names only the kind of pressure
    (an unspecified root code, such as COERCE 170) is the act's motive, not a second act.
    An attack a move is made for is the act ("sent troops to attack X"), and a demand stays
    one ("would blockade Paris to demand an end to the reform")."""
    if found.type in ("ASSAULT", "REQUEST") or not (len(found.cameo) == 3 and found.cameo.endswith("0")):
        return False
    if not _purpose_infinitive(verb):
        return False
    act = code_token(verb.head)
    return act is not None and act.type in HOSTILE_TYPES


def _goal_of_meeting(verb: Any, found: Coding) -> bool:
    """"held talks to resolve the dispute", "talks to ease tensions", "flew to Kampala to
    settle the row": the infinitive of purpose on a meeting or visit names the settlement or
    easing it seeks, not one reached. An act done in or through the meeting is one ("met to
    sign the accord", "entered negotiations to supply gas": the supply as the intent)."""
    if found.type not in SOUGHT_OUTCOMES or found.cameo == SIGNING or not _purpose_infinitive(verb):
        return False
    meeting = verb.head
    held = [meeting, *(c for c in meeting.children if c.dep_ == "dobj")]
    return any((coded := code_token(t)) is not None and coded.type == "CONSULT" for t in held)


def _purpose_infinitive(verb: Any) -> bool:
    """"to resolve" hung on an act as what it is done for (not an xcomp: "agreed to resolve")."""
    return (
        verb.tag_ == "VB"
        and verb.dep_ in ("advcl", "acl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _peacekeepers_arrive(verb: Any) -> bool:
    """Peacekeepers arriving are deployed, not visiting."""
    keepers = synsets().get("&PKO", frozenset()) | {"peacekeeping"}
    return any(
        t.lemma_.lower() in keepers or t.lower_ in keepers
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass")
        for t in c.subtree
    )


def speaker(verb: Any, actors: SentenceActors) -> list[Found]:
    """The actors of the subject of the nearest verb of saying or intending above ``verb``."""
    for governor in verb.ancestors:
        if governor.pos_ in ("VERB", "AUX") and governor.lemma_ in SPEAKER_VERBS:
            return [f for c in governor.children if c.dep_ == "nsubj"
                    for f in actors.in_phrase(c)]
    return []


def _governing_subject(verb: Any, actors: SentenceActors) -> list[Found]:
    """The actors of the nearest subject above ``verb`` that names any: a pronoun in a
    subordinate clause most often takes up the main clause's subject."""
    for governor in verb.ancestors:
        found = [f for c in governor.children if c.dep_ == "nsubj" for f in actors.in_phrase(c)]
        if found:
            return found
    return []


def _objects(verb: Any, actors: SentenceActors, visit: bool) -> list[Found]:
    """Who received it: objects, the passive subject, prepositional objects; else the
    receiver of the act promised, of the verb a pronoun refers to, of a conjoined act, or the
    actor right after the verb. What is discussed is the topic, not a party: only the
    with-phrase of a verb of discussing names one ("discussed Syria with Erdogan"), also
    where the parser hangs it on the topic ("discussed security with Argentina")."""
    if verb.lemma_.lower() in TOPIC_VERBS:
        topics = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        # "discussed Ukraine in a phone call with Macron": the call's partner
        settings = prep_objects(verb, SETTING_PREPS)
        return [
            f
            for phrase in [verb, *topics, *settings]
            for prep in phrase.children
            if prep.dep_ == "prep" and prep.lower_ in PARTY_PREPS
            for f in _prep_objects(prep, actors, visit)
        ]
    return (
        _own_objects(verb, actors, visit)
        or _complement_objects(verb, actors, visit)
        or _governing_receiver(verb, actors)
        or _conjunct_receiver(verb, actors, visit)
        or _next_actor(verb, actors)
    )


def _own_objects(verb: Any, actors: SentenceActors, visit: bool) -> list[Found]:
    """The receivers the verb's own phrases name."""
    found: list[Found] = []
    experiencer = verb.lemma_.lower() in EXPERIENCER_VERBS
    for child in verb.children:
        if experiencer and child.dep_ == "nsubjpass":
            continue  # the one who feels it: the source
        if experiencer and child.dep_ == "agent":
            found += [f for g in child.children for f in actors.in_phrase(g, OBJECT_PREPS)]
        elif child.dep_ in OBJECT_DEPS or child.dep_ == "nsubjpass":
            found += actors.in_phrase(child, OBJECT_PREPS) + _measure_targets(child, actors)
            found += [
                p
                for prep in child.children
                if prep.dep_ == "prep"
                for p in _prep_objects(prep, actors, visit)
                if prep.lower_ in ("in", "at")
            ]  # "a consul in Kenya"
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
            if child.lower_ in MATTER_PREPS and _object_names_party(verb, actors):
                continue  # "warned the US over arms sales to Taiwan": the matter, not Taiwan
            found += _prep_objects(child, actors, visit)
        elif child.dep_ in ("ccomp", "xcomp"):  # "help Pakistan build", "allow X to buy"
            found += [f for c in child.children if c.dep_ == "nsubj" for f in actors.in_phrase(c)]
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):  # "the deal signed with X"
        found += actors.in_phrase(verb.head, OBJECT_PREPS)
    elif _before_its_noun(verb):  # "the newly signed deal between A and B"
        found += actors.in_prep_objects([verb.head], PARTY_PREPS)
    return found


def _object_names_party(verb: Any, actors: SentenceActors) -> bool:
    return any(actors.in_phrase(c) for c in verb.children if c.dep_ in OBJECT_DEPS)


def _measure_targets(noun: Any, actors: SentenceActors) -> list[Found]:
    """Whom a hostile measure named as the object is on: "lifted a blockade on Palestinian
    lorries", "eased the embargo against X". The measure's own target phrase names the
    receiver of what is done with it; a topic's does not ("talks on Syria")."""
    found = code_token(noun)
    if found is None or found.type not in HOSTILE_TYPES:
        return []
    return actors.in_prep_objects([noun], HOSTILE_TARGET_PREPS, IDENTITY_PREPS | PLACE_PREPS)


def _has_own_subject(verb: Any) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _other_side(verb: Any, doers: list[Found], actors: SentenceActors, visit: bool) -> list[Found]:
    """The parties of the act ``verb`` tells that are not ``doers``: whom an act joined to it
    with a subject of its own, and no receiver named, answers or meets."""
    named = {f.actor.country for f in doers}
    return [f for f in _subjects(verb, actors) + _own_objects(verb, actors, visit)
            if f.actor.country not in named]


def _before_its_noun(verb: Any) -> bool:
    """The verb is a participle before the noun it describes ("the newly signed agreement
    between A and B"): the parties the noun's with/between phrases name are its own. Not
    the noun's modifiers, which name the doer ("the Israeli-occupied territory")."""
    return verb.dep_ == "amod" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN")


def _conjunct_receiver(verb: Any, actors: SentenceActors, visit: bool) -> list[Found]:
    """Acts of one subject joined by "and" share the receiver the sentence names once:
    "recalled its ambassador and downgraded ties with Lithuania", "condemned and sanctioned
    Iran". Not a conjunct with a subject of its own (another party's act), a passive (its
    receiver is the subject: "would be deposited with X and endorsed by Y"), or a verb that
    says or asks something ("defended X's right ... and insisted that ...")."""
    pairs = [(verb, c) for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        pairs.append((verb.head, verb))
    return [
        f
        for first, second in pairs
        if _plain_act(first) and _plain_act(second) and not _has_subject(second)
        for f in _own_objects(second if first is verb else first, actors, visit)
        if not f.is_place
    ]


def _plain_act(verb: Any) -> bool:
    """An active verb whose arguments are phrases, not clauses, and that does not say
    something (whom one insists to is not whom the other act was on)."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() not in REPORTING_VERBS
        and not any(c.dep_ in ("auxpass", "nsubjpass", "ccomp", "xcomp") for c in verb.children)
    )


def _has_subject(verb: Any) -> bool:
    return any(c.dep_ in ACTIVE_SUBJECT_DEPS for c in verb.children)


def _governing_receiver(verb: Any, actors: SentenceActors) -> list[Found]:
    """A pronoun object of a participle or conjoined verb is the receiver of the verb it
    hangs on: "broke off ties with Qatar, accusing it of ..." (it is Qatar)."""
    pronoun = any(c.dep_ == "dobj" and c.lower_ in OBJECT_PRONOUNS for c in verb.children)
    if not pronoun or verb.dep_ not in ("advcl", "conj"):
        return []
    return [f for f in _objects(verb.head, actors, False) if not f.is_place]


def _complement_objects(verb: Any, actors: SentenceActors, visit: bool) -> list[Found]:
    """The receiver named in the act promised or threatened ("threatened to shell Iraqi
    towns", "promised to continue aid to Mozambique", "reserves the right to respond if X
    ...")."""
    if verb.lemma_.lower() not in COMMITMENT_VERBS:
        return []
    complements = [c for c in verb.children if c.dep_ == "xcomp"]
    # "reserved the right to retaliate against X": the act hangs on the object
    complements += [
        a for o in verb.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "acl"
    ]
    named = [f for c in complements for f in _objects(c, actors, visit) if not f.is_place]
    return named or [
        f for clause in [verb, *complements] for f in condition_subjects(clause, actors)
    ]


def condition_subjects(verb: Any, actors: SentenceActors) -> list[Found]:
    """The subject of an if/unless clause on ``verb`` ("threatened to retaliate if Russia
    went ahead": Russia)."""
    return [
        f
        for clause in verb.children
        if clause.dep_ == "advcl" and any(m.lower_ in CONDITION_MARKERS for m in clause.children)
        for c in clause.children
        if c.dep_ == "nsubj"
        for f in actors.in_phrase(c)
    ]


def _next_actor(verb: Any, actors: SentenceActors, window: int = 4) -> list[Found]:
    """Parse-error fallback: an actor named right after the verb, before any other verb or
    clause ("backed this but Germany opposed it": Germany opens a clause of its own)."""
    for token in verb.doc[verb.i + 1 : verb.i + 1 + window]:
        if token.pos_ in ("VERB", "AUX") or token.is_punct:
            return []
        if token.dep_ == "cc" and token.head.pos_ in ("VERB", "AUX"):
            return []
        found = actors.in_tokens(iter([token]))
        if found:
            return found
    return []


def _prep_objects(prep: Any, actors: SentenceActors, visit: bool) -> list[Found]:
    found: list[Found] = []
    for obj in prep.children:
        if obj.dep_ != "pobj" or _absolute_clause(prep, obj):
            continue
        phrase = actors.in_phrase(obj, OBJECT_PREPS)
        # "in"/"at" name a place ("held in Pakistan"); a party only when visited
        if prep.lower_ in ("in", "at", "into") and not visit:
            phrase = [Found(f.actor, True, f.token) for f in phrase]
        found += phrase
    return found


def _absolute_clause(prep: Any, obj: Any) -> bool:
    """A with-phrase set off by a comma that tells what someone else did meanwhile ("criticised
    the move, with Jordan's foreign minister warning of consequences"): its names did that,
    they did not receive the act."""
    if prep.lower_ != "with" or prep.i == 0 or prep.doc[prep.i - 1].text != ",":
        return False
    participle = obj.tag_ == "VBG" or (obj.lower_.endswith("ing") and obj.tag_ == "NN")
    return participle or any(c.dep_ == "acl" and c.tag_ == "VBG" for c in obj.children)
