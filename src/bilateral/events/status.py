"""Did the event happen? Read from the dependency parse around its trigger.

The trigger and the words that govern it are walked up to the clause root.
What is found on the way decides: a negation ("did not meet", "no agreement was
reached", "has no plans to"; "has yet to" is expected) unless a wish above holds it
("urged them not to"), a modal ("will visit", "could sign", "should maintain"), a
governing verb of planning, hope, expectation or denial ("plans to visit", "is
expected to sign", "hopes to", "denied reports that"), a conditional ("if they
meet"), a present on a timetable ("travels to Rome later Monday"), a modifier on a
nominal trigger ("the planned visit", "the long overdue visit") or a discredited
source ("false rumours accusing"). Progressive present ("is arriving today") and
ongoing negotiation ("are negotiating deals") stay occurred, and so does an act
decided or agreed on ("agreed Monday to re-admit Morocco": the vote re-admits it)
unless it has a time or condition of its own ("agreed to reopen embassies from July 20").
"""

from __future__ import annotations

from typing import Any

from bilateral.calendar import MONTHS, WEEKDAYS
from bilateral.events.plover import curated
from bilateral.types import OCCURRED

# Verbs of saying: a date on them dates the statement, not what it reports.
SPEECH_VERBS = {"say", "tell", "add", "note", "report", "state", "write", "quote", "explain"}
# ... and of announcing: "said / announced he would visit" is the future of that past.
REPORTING_VERBS = SPEECH_VERBS | {"announce", "confirm", "promise", "pledge", "vow", "declare",
                                  "insist"}

# A copula in the present tense ("is", "are"): what it says of an act holds now.
PRESENT_TAGS = {"VBZ", "VBP"}
MODALS = {
    "will": "planned",
    "shall": "planned",
    "'ll": "planned",
    "wo": "planned",
    "would": "hypothetical",
    "could": "hypothetical",
    "might": "hypothetical",
    "may": "hypothetical",
    "can": "hypothetical",
    "should": "hypothetical",
    "must": "hypothetical",
    "ought": "hypothetical",
}
# Modals that make a stance speculation: "could be willing to agree" offers nothing yet
# ("would be willing", reported, is an offer).
SPECULATIVE_MODALS = {"could", "might", "may"}
GOVERNING_VERBS = {
    **dict.fromkeys(
        (
            "plan",
            "intend",
            "schedule",
            "prepare",
            "set",
            "propose",
            "aim",
            "seek",
            "want",
            "decide",
            "vow",
            "pledge",
            "promise",
            "agree",
            "offer",
            "arrange",
            "consider",
            "mull",
            "discuss",
            "invite",
        ),
        "planned",
    ),
    **dict.fromkeys(
        ("expect", "await", "anticipate", "likely", "due", "poise", "slate", "predict", "forecast"),
        "expected",
    ),
    **dict.fromkeys(
        ("hope", "wish", "desire", "urge", "call", "ask", "want", "need", "look", "encourage",
         "press", "persuade"),
        "hoped",
    ),
    **dict.fromkeys(("deny", "refute", "dismiss", "reject", "rebut"), "denied"),
    **dict.fromkeys(
        ("fail", "refuse", "decline", "cancel", "postpone", "avoid", "stop", "unable", "forgo",
         "skip"),
        "negated",
    ),
    **dict.fromkeys(
        ("imagine", "suppose", "speculate", "could", "rumor", "rumour", "threaten", "warn",
         "unlikely"),
        "hypothetical",
    ),
    **dict.fromkeys(("ready", "willing", "prepared", "eager", "keen"), "planned"),
}
NOUN_MODIFIERS = {
    **dict.fromkeys(
        (
            "planned",
            "proposed",
            "upcoming",
            "forthcoming",
            "scheduled",
            "future",
            "next",
            "prospective",
            "intended",
            "impending",
        ),
        "planned",
    ),
    **dict.fromkeys(("expected", "overdue", "awaited", "anticipated", "likely"), "expected"),
    **dict.fromkeys(("possible", "potential", "hypothetical", "probable", "unlikely"), "hypothetical"),
    **dict.fromkeys(("cancelled", "canceled", "postponed", "aborted"), "negated"),
}
# Nouns an infinitive on them tells the aim or the reach of, not an act done: "efforts to
# remove trade barriers", "in a bid to end the stalemate", "a campaign to buy influence"
# (hoped); "the right of its troops to fire", "the power to impose tariffs" (hypothetical);
# "accepted an invitation to visit Dhaka" (planned: the visit is to come).
# Not a decision or a move, which news reports as done ("the decision to expel").
AIM_NOUNS = {
    "invitation": "planned",
    **dict.fromkeys(
        ("effort", "attempt", "bid", "campaign", "drive", "push", "quest", "endeavour",
         "endeavor", "ambition", "aim", "goal", "objective", "mission", "strategy", "order"),
        "hoped",
    ),
    **dict.fromkeys(
        ("right", "ability", "capacity", "capability", "power", "authority", "freedom",
         "chance", "opportunity", "way", "means", "need", "reason", "incentive", "leverage"),
        "hypothetical",
    ),
}
# Nouns a copula's infinitive tells what is to come or sought: "the next step is to call a
# meeting", "the plan is to sign in May" (planned); "the aim of the visit is to sign a deal",
# "the hope is to agree by June" (as a noun of aim: hoped).
STEP_NOUNS = {
    **AIM_NOUNS,
    **dict.fromkeys(
        ("step", "plan", "idea", "intention", "proposal", "task", "priority", "agenda", "target"),
        "planned",
    ),
    **dict.fromkeys(("purpose", "hope", "wish", "dream", "intent"), "hoped"),
}
# Nouns whose copula's infinitive tells what was done, not what is arranged: "its answer was
# to expel the envoy".
OUTCOME_NOUNS = {"answer", "response", "reaction", "reply", "retaliation", "result", "outcome", "move"}
# What a resolution, bill or plan sets out to do is its content ("a resolution that aims to
# tighten sanctions"), sought, not yet done.
TEXT_AIM_VERBS = {"aim", "seek"}
# Verbs whose decision is the act news reports: "the AU agreed to re-admit Morocco" happened
# with the vote. Only a time of the act's own ("agreed to reopen embassies from July 20")
# leaves it to come.
DECISION_VERBS = {"decide", "agree", "resolve", "vote"}
# Words that give a clause a time of its own ("next month", "from July 20", "on Tuesday").
TIME_WORDS = {*MONTHS, *WEEKDAYS, "tomorrow", "tonight", "next", "coming", "later", "soon"}
# A negated act under these is not a record that it did not happen.
UNRECORDED_WISHES = {"hoped", "hypothetical"}
# Words that put a present-tense act on a timetable ("meets Kenya's president tomorrow").
FUTURE_WORDS = {"tomorrow", "tonight", "next", "coming", "upcoming"}
TIME_DEPS = {"npadvmod", "advmod", "prep", "tmod"}
# Acts of saying that a noun names once they are made (status._made_by_its_owner).
STATED_NOUNS = {"offer", "request", "invitation", "appeal", "proposal", "call"}
CLAIM_NOUNS = {"rumour", "rumor", "allegation", "claim", "report", "accusation", "speculation",
               "charge", "assertion"}
FALSE_WORDS = {"false", "baseless", "fake", "unfounded", "bogus", "fabricated", "untrue",
               "groundless", "absurd", "ridiculous",
               # "said the accusations were lies / slander": nouns that call a claim false
               "lie", "slander", "smear", "disinformation", "propaganda", "fabrication"}
# Subjects, or their determiners, that say nobody did the act.
NO_ONE = {"nobody", "none", "neither", "no"}
CONDITIONAL_MARKS = {"if", "unless", "whether", "whenever"}
# Clause links the walk does not cross: the governor of a relative clause or an
# adverbial clause is another event ("after Khan visited Moscow, issues arose").
# An appositive describes its noun ("a partnership, the centrepiece of the visit"): what it
# mentions is presupposed, not governed by the verb above.
# A participle modifying a noun ("a US-brokered deal") is presupposed as well.
STOP_DEPS = {"relcl", "advcl", "acl:relcl", "parataxis", "conj", "appos", "amod"}
# Prepositions that set an act in the time of another ("agreed during the talks") ...
TIME_PREPS = {"during", "after", "before", "since", "following", "amid", "throughout"}
# ... or in its circumstances: what they introduce is not the act's content ("the goal set
# during the visit" plans the goal, not the visit).
CIRCUMSTANCE_PREPS = TIME_PREPS | {"despite", "at", "on", "in"}


def classify_status(trigger: Any) -> str:
    """The status of the event whose trigger is the spaCy token ``trigger``.

    Returns one of ``bilateral.types.STATUSES``: occurred, planned, expected, hoped,
    hypothetical, negated, denied or false_claim.
    """
    token = trigger
    previous = None
    while True:
        found = _status_at(token, previous, trigger)
        if found:
            return found
        if _ends_walk(token):
            return OCCURRED
        previous, token = token, setting_verb(token) if token.dep_ == "prep" else token.head


def setting_verb(prep: Any) -> Any:
    """What a preposition's phrase is on: its head, except a circumstance the parser hung on
    the verb's object, which sets the verb's act ("discussed the war in talks with X": the
    discussing was in the talks; "restored ties at a UN meeting")."""
    head = prep.head
    if prep.lower_ in CIRCUMSTANCE_PREPS and head.dep_ == "dobj" and head.pos_ in ("NOUN", "PROPN"):
        return head.head
    return head


def _ends_walk(token: Any) -> bool:
    """At the root, or at a link to another clause; an infinitive of purpose ("will meet in
    Zurich to discuss trade") still shares its governor's status."""
    if token.head.i == token.i:
        return True
    infinitive = token.dep_ == "advcl" and token.tag_ == "VB"
    return token.dep_ in STOP_DEPS and not infinitive


def weighed_act(gerund: Any) -> bool:
    """``gerund`` is an act a copula weighs as an option, in the present or with a modal:
    "removing the sanctions is out of the question", "attacking Kenya would be a mistake".
    It is named as a choice, not told as done ("signing the deal was a mistake" was done)."""
    copula = gerund.head
    if gerund.dep_ != "csubj" or gerund.tag_ != "VBG" or copula.lemma_ != "be":
        return False
    modal = any(c.dep_ == "aux" and c.lower_ in MODALS for c in copula.children)
    return modal or copula.tag_ in PRESENT_TAGS


def _status_at(token: Any, previous: Any, trigger: Any) -> str | None:
    """The status a single node of the walk imposes, or None."""
    children = list(token.children)
    if previous is not None and weighed_act(previous):
        return "hypothetical"
    if (
        (any(c.dep_ == "neg" for c in children) and not _described(token, previous))
        or _has_never(children)
        or _denied_by_no(token, previous)
        or _done_by_none(token, children)
    ):
        if token is not trigger:
            # "did not want a third party in the talks": the wish is denied, not the act
            unwished = _wish(token)
            if unwished is not None:
                return unwished
        return _negated_unless_wished(token)
    if _is_conditional(token):
        return "hypothetical"
    if _goes_on(token, previous):
        return OCCURRED
    if _cancels(token, previous):
        return "negated"  # "will forgo meeting Moon", "will cancel the visit": whatever the tense
    modal = next(
        (
            MODALS[c.lower_]
            for c in children
            if c.dep_ == "aux" and c.lower_ in MODALS and token.pos_ in ("VERB", "AUX")
        ),
        None,
    )
    if modal == "hypothetical" and _reported_future(token, children):
        return "planned"  # "Sisi said he would visit Turkey in April": will, reported
    if modal:
        return modal
    if _scheduled_present(token, children) or (token is trigger and headline_infinitive(token)):
        return "planned"  # "travels to Rome later Monday"; the headline "Japan PM to visit India"
    if token.pos_ in ("NOUN", "PROPN"):
        noun = _noun_status(token, children)
        if noun:
            return noun
        if token is trigger and _made_by_its_owner(token, children):
            return OCCURRED
        if previous is not None and _aimed_at(token, previous):
            return AIM_NOUNS[token.lemma_.lower()]
    if previous is not None and _infinitive(previous):
        step = _step_of_copula(token, previous)
        if step:
            return step
    if previous is not None and _governs(token, previous):
        if previous.dep_ == "xcomp" and any(c.lower_ == "yet" for c in children):
            return "expected"  # "were yet to deploy", "has yet to ratify"
        forms = _forms(token)
        if any(f in DECISION_VERBS for f in forms) and previous.dep_ == "xcomp":
            return "planned" if _left_to_come(token, previous) else None
        found = next((GOVERNING_VERBS[f] for f in forms if f in GOVERNING_VERBS), None)
        if found and _aim_of_a_text(token):
            return "hoped"  # "a resolution that aims to tighten sanctions": what it seeks
        if found is None and previous.dep_ == "prep":
            found = _predicate_status(children)
        if found and token.dep_ == "acomp" and any(c.dep_ == "neg" for c in token.head.children):
            return _negated_unless_wished(token.head)  # "is not willing to pay"
        if found and token.dep_ == "acomp" and is_speculative(token.head):
            return "hypothetical"  # "could be ready to sign"
        return found
    return None


def headline_infinitive(verb: Any) -> bool:
    """A headline tells what is to come as a name and an infinitive: "Japan PM to visit
    India" (the parser hangs the infinitive on the name, the sentence's root). Not on an
    event noun, whose infinitive says what it is for ("Leaders' dinner to boost ties"), nor
    on a noun of aim or a possessed common noun, which a misparsed sentence may leave as
    its root ("Norway's decision to expel the envoy angered Chile")."""
    head = verb.head
    return (
        verb.tag_ == "VB"
        and verb.dep_ in ("advcl", "acl", "relcl")
        and head.dep_ == "ROOT"
        and (head.pos_ == "PROPN" or (
            head.pos_ == "NOUN" and not any(c.dep_ == "poss" for c in head.children)))
        and head.lemma_.lower() not in AIM_NOUNS
        and (head.lemma_.lower(), "NOUN") not in curated()
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _described(copula: Any, previous: Any) -> bool:
    """The walk came from the subject of "be": a negated copula denies what is said of the
    act ("the call was not in line with policy", "the talks were not easy"), not the act."""
    return previous is not None and previous.dep_ == "nsubj" and copula.lemma_.lower() == "be"


def _cancels(token: Any, previous: Any) -> bool:
    """``token`` is a verb of calling off or refusing that governs the act walked from."""
    return (
        previous is not None
        and _governs(token, previous)
        and any(GOVERNING_VERBS.get(f) == "negated" for f in _forms(token))
    )


def is_speculative(verb: Any) -> bool:
    """The verb carries a modal of speculation ("could be", "might be")."""
    return any(c.dep_ == "aux" and c.lower_ in SPECULATIVE_MODALS for c in verb.children)


def _goes_on(token: Any, previous: Any) -> bool:
    """"will continue to encourage X": the act is under way now, whatever the modal; not
    when the act has a time of its own ("will continue to talk in the coming days")."""
    return (
        previous is not None
        and token.lemma_.lower() == "continue"
        and previous.dep_ == "xcomp"
        and previous.head.i == token.i
        and not _left_to_come(token, previous)
    )


def _left_to_come(decision: Any, act: Any) -> bool:
    """The decided act is still to come: it has a time of its own ("from July 20", "next
    month"), a condition ("if Iran fails to reply"), or was only agreed "in principle"."""
    if any(
        p.lower_ == "in" and any(o.lower_ == "principle" for o in p.children)
        for p in decision.children
    ):
        return True
    if any(c.dep_ == "advcl" and _is_conditional(c) for c in (*decision.children, *act.children)):
        return True
    return any(
        t.lower_ in TIME_WORDS and (t.lower_ != "may" or t.tag_ == "NNP") for t in act.subtree
    )


def _is_conditional(clause: Any) -> bool:
    return any(
        c.dep_ in ("mark", "advmod") and c.lower_ in CONDITIONAL_MARKS for c in clause.children
    )


def _scheduled_present(verb: Any, children: list[Any]) -> bool:
    """The present of a timetable: "Bush travels to Italy later Monday", "leaves tomorrow"."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in children):
        return False
    times = [t for c in children if c.dep_ in TIME_DEPS for t in c.subtree]
    return any(t.lower_ in FUTURE_WORDS or _later_today(t) for t in times)


def _later_today(word: Any) -> bool:
    """"later Monday", "later this week"; not "two years later", which looks back."""
    if word.lower_ != "later":
        return False
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return word.head.pos_ in ("NOUN", "PROPN") or (after is not None and after.lower_ == "this")


def _reported_future(token: Any, children: list[Any]) -> bool:
    """"would" in a clause reported by a past verb of saying: the future of that past."""
    would = any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in children)
    head = token.head
    return (
        would
        and token.dep_ == "ccomp"
        and head.tag_ == "VBD"
        and head.lemma_ in REPORTING_VERBS
        and not any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in children)
    )


def _forms(token: Any) -> list[str]:
    """The lemma, and base forms guessed from the word (the small model reads "hoping" as "hop")."""
    word = token.lower_
    forms = [token.lemma_.lower(), word]
    for suffix, replacements in (
        ("ing", ("", "e")),
        ("ed", ("", "e")),
        ("es", ("",)),
        ("s", ("",)),
    ):
        if word.endswith(suffix):
            forms += [word[: -len(suffix)] + r for r in replacements]
    return forms


def _denied_by_no(token: Any, previous: Any) -> bool:
    """No on the event's noun ("no agreement was reached"), or on a noun of intent whose
    infinitive is the event ("has no plans to send troops").
    """
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if previous is not None and (previous.dep_ != "acl" or previous.tag_ != "VB"):
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)


def _done_by_none(token: Any, children: list[Any]) -> bool:
    """A verb whose subject is nobody: "no warships fired", "none of the ministers attended"."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    return any(
        c.lower_ in NO_ONE or any(d.dep_ == "det" and d.lower_ in NO_ONE for d in c.children)
        for c in children
        if c.dep_ in ("nsubj", "nsubjpass")
    )


def _negated_unless_wished(token: Any) -> str:
    """A negated act asked, hoped or imagined by a governor above ("urged Kenya not to expel
    the envoy") is that wish, not a fact that it did not happen."""
    previous, node = token, token
    while not _ends_walk(node):
        previous, node = node, node.head
        if not _governs(node, previous):
            break
        wish = _wish(node)
        if wish is not None:
            return wish
    return "negated"


def _wish(verb: Any) -> str | None:
    """The unrecorded status (hoped, hypothetical) a verb of wishing or imagining gives the
    act it governs, None for any other verb."""
    wish = next((GOVERNING_VERBS[f] for f in _forms(verb) if f in GOVERNING_VERBS), None)
    return wish if wish in UNRECORDED_WISHES else None


def _has_never(children: list[Any]) -> bool:
    return any(c.lower_ in ("never", "no longer") for c in children if c.dep_ == "advmod")


def _noun_status(noun: Any, children: list[Any]) -> str | None:
    modifiers = {c.lower_ for c in children if c.dep_ in ("amod", "compound", "nummod", "advmod")}
    modifiers |= {g.lower_ for c in children if c.dep_ == "amod" for g in c.children}
    if noun.lemma_.lower() in CLAIM_NOUNS and modifiers & FALSE_WORDS:
        return "false_claim"
    if noun.lemma_.lower() in ("rumour", "rumor", "speculation"):
        return "hypothetical"
    return next((NOUN_MODIFIERS[m] for m in modifiers if m in NOUN_MODIFIERS), None)


def _predicate_status(children: list[Any]) -> str | None:
    """"Lavrov is due in Ankara for talks", "Kenya is ready for talks": the adjective the
    copula takes sets the time of the act the copula's phrase names (the parser hangs the
    phrase on the copula, not on the adjective)."""
    return next(
        (
            GOVERNING_VERBS[f]
            for c in children
            if c.dep_ == "acomp"
            for f in _forms(c)
            if f in GOVERNING_VERBS
        ),
        None,
    )


def _aimed_at(noun: Any, clause: Any) -> bool:
    """``clause`` is an infinitive on ``noun`` that names what the noun aims at or allows
    ("efforts to remove", "the right to fire")."""
    return noun.lemma_.lower() in AIM_NOUNS and clause.dep_ in ("acl", "relcl") and _infinitive(clause)


def _aim_of_a_text(verb: Any) -> bool:
    """The verb tells what a thing (not a party) aims or seeks at, in a relative clause on
    it: "a resolution that aims to tighten sanctions", "a bill which seeks to ban imports"."""
    return (
        verb.lemma_.lower() in TEXT_AIM_VERBS
        and verb.dep_ == "relcl"
        and verb.head.pos_ == "NOUN"
    )


def _infinitive(clause: Any) -> bool:
    """``clause`` is a to-infinitive ("to call", "to sign")."""
    return clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _step_of_copula(copula: Any, clause: Any) -> str | None:
    """The status a copula's infinitive takes from the copula's subject, a noun of aim, plan
    or step ("the next step is to call a meeting", "the aim of the visit is to sign a deal"):
    the infinitive says what that noun is, an act sought or to come, not one done. With a
    subject of its own the infinitive opens with "for", and the parser hangs it on the
    copula as an adverbial clause ("the next step is for Kenya and Norway to call a meeting")."""
    if copula.lemma_ != "be" or clause.dep_ not in ("xcomp", "ccomp", "attr", "advcl"):
        return None
    if clause.dep_ == "advcl" and not any(
        m.dep_ == "mark" and m.lower_ == "for" for m in clause.children
    ):
        return None  # "the visit was in May to sign a deal": a purpose, not what the noun is
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    noun = subject.lemma_.lower()
    if noun in STEP_NOUNS:
        return STEP_NOUNS[noun]
    if clause.dep_ == "xcomp" and noun not in OUTCOME_NOUNS:
        return "planned"  # "the minister is to visit India", "Modi was to meet Xi": arranged
    return None


def _made_by_its_owner(noun: Any, children: list[Any]) -> bool:
    """"X's offer", "Kenya's request": a request, offer or invitation someone owns was made,
    whatever is to become of it ("the GCC would examine the Iranian president's offer")."""
    return noun.lemma_.lower() in STATED_NOUNS and any(c.dep_ == "poss" for c in children)


def _governs(token: Any, child: Any) -> bool:
    """True when ``token`` governs ``child`` as its content (to-clause, that-clause, object)."""
    if token.pos_ not in ("VERB", "ADJ", "AUX", "NOUN"):
        return False
    if child.dep_ == "prep" and child.lower_ in CIRCUMSTANCE_PREPS:
        return False
    return child.dep_ in (
        "xcomp",
        "ccomp",
        "dobj",
        "pobj",
        "prep",
        "acomp",
        "attr",
        "nsubjpass",
        "oprd",
        "acl",
    )
