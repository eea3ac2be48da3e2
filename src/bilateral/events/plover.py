"""Code a trigger word: CAMEO code -> PLOVER type and mode, Goldstein value.

Two lexicons, both shipped in ``events/data`` (see its README for sources):

* ``triggers.tsv``: the project's own list of verbs and nouns that carry
  inter-state events in news about bilateral relations, with their CAMEO code
  (what "meet", "visit", "sign", "exercise", "sanctions" mean here).
* the PETRARCH-2 verb dictionary (``verbs.tsv``, ``verb_patterns.tsv``,
  ``synsets.tsv``): verb synonym blocks with a default code, refined by the
  verb's object or preposition ("sign" + "agreement" -> 057).

The curated list is tried first; the PETRARCH-2 dictionary covers the long tail.
Codes in CAMEO roots 01 (statements) and 02 (appeals) have no PLOVER type and
are not events.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from bilateral.calendar import MONTHS, WEEKDAYS
from bilateral.events.arguments import COUNT_NOUNS

OBJECT_DEPS = ("dobj", "attr", "nsubjpass", "oprd", "dative")
# "which", "that", "who(m)": a relative pronoun standing for the noun its clause hangs on
RELATIVE_PRONOUN_TAGS = ("WDT", "WP")
# How the word after a verb joins it in a multi-word lemma ("take part", "call upon").
JOINING_DEPS = ("prt", "prep", "dobj", "advmod")
# A row's object "-": the verb used without one ("thousands rallied" is a protest,
# "rallied support" is not).
INTRANSITIVE = "-"
# Nouns that only measure or package what they govern: "suspended aid deliveries", "ended
# mediation efforts", "part of a military aid program" act on the aid and the mediation;
# "launched ten days of war games" launched the games.
CONTAINER_NOUNS = {
    "part", "portion", "share", "effort", "program", "programme", "delivery", "shipment",
    "package", "mission", "round", "series", "wave", "day", "week", "month", "line",
    "facility", "tonne", "ton", "consignment", "batch",
}
# An amount holds what its of- or in-phrase names: "gave Bosnia 20 million ecus in aid",
# "extended $50 million in credit" give the aid and the credit.
AMOUNT_PREPS = ("of", "in")
# Fallback blocks whose default, "engage in material cooperation, not specified" (060),
# names no act between states: increasing, easing, merging, linking, founding and allotting
# ("instituted a quarantine", "is appeasing Russia", "established democratic institutions",
# "linked the rise to tariffs"). Such a verb counts only through a pattern or
# the curated list. Giving, aiding and trading keep the default, and so do managing and
# leading (a party may lead or conduct an act done with another).
UNSPECIFIED_DEFAULTS = {
    (block, "060") for block in ("boost", "facilitate", "merge", "link", "enact", "allocate")
}
# A preposition whose object is a time says when, not on or against whom: "a strike on
# Monday" is no "strike on X".
TIME_WORDS = {*WEEKDAYS, *MONTHS, "day", "night", "morning", "evening", "weekend", "occasion"}


@dataclass(frozen=True, slots=True)
class Coding:
    """A CAMEO code with its PLOVER type, mode and Goldstein value."""

    cameo: str
    type: str
    mode: str | None
    goldstein: float
    curated: bool = True  # False: read from the PETRARCH-2 fallback dictionary


@dataclass(frozen=True, slots=True)
class Pattern:
    """A trigger reading: what the arguments must hold, and the coding it gives."""

    obj: str
    modifier: str
    prep: str
    cameo: str
    type: str = ""  # PLOVER type when it differs from the CAMEO table's mapping
    verbs: frozenset[str] = frozenset()  # PETRARCH-2: the block's verbs it holds for (empty: all)


def _rows(name: str) -> Iterable[dict[str, str]]:
    text = resources.files("bilateral.events").joinpath("data", name).read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return csv.DictReader(lines, delimiter="\t")


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, Coding]:
    """Every CAMEO code that has a PLOVER type."""
    return {
        r["cameo_code"]: Coding(
            r["cameo_code"], r["plover_type"], r["plover_mode"] or None, float(r["goldstein"])
        )
        for r in _rows("cameo.tsv")
        if r["plover_type"]
    }


def coding(cameo: str | None, plover_type: str = "") -> Coding | None:
    """The PLOVER coding of a CAMEO code, or None when PLOVER has no type for it.

    ``plover_type`` overrides the table where a curated trigger row reads the act
    differently from its code's type.
    """
    found = cameo_table().get(cameo) if cameo else None
    if found is None or not plover_type or plover_type == found.type:
        return found
    return Coding(found.cameo, plover_type, None, found.goldstein)


def known_coding(cameo: str) -> Coding:
    """The coding of a CAMEO code the rules name by number; the table must hold it."""
    found = coding(cameo)
    if found is None:
        raise LookupError(f"CAMEO {cameo} has no PLOVER type in the cameo table")
    return found


@lru_cache(maxsize=1)
def curated() -> dict[tuple[str, str], list[Pattern]]:
    """(lemma, pos) -> patterns from triggers.tsv; an empty object means the default."""
    table: dict[tuple[str, str], list[Pattern]] = defaultdict(list)
    for r in _rows("triggers.tsv"):
        table[(r["lemma"], r["pos"])].append(
            Pattern(r["object"], r["modifier"], r["prep"], r["cameo_code"], r["plover_type"])
        )
    return dict(table)


@lru_cache(maxsize=1)
def petrarch_verbs() -> dict[str, list[tuple[str, str]]]:
    """verb -> [(block, own code)] from the PETRARCH-2 dictionary."""
    table: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r in _rows("verbs.tsv"):
        table[r["verb"]].append((r["block"], r["cameo_code"]))
    return dict(table)


@lru_cache(maxsize=1)
def petrarch_patterns() -> dict[str, list[Pattern]]:
    """block -> every pattern row (the same arguments may give several codes)."""
    table: dict[str, list[Pattern]] = defaultdict(list)
    for r in _rows("verb_patterns.tsv"):
        verbs = frozenset(r["verbs"].split(",")) if r["verbs"] else frozenset()
        table[r["block"]].append(
            Pattern(r["object"], r["modifier"], r["prep"], r["cameo_code"], verbs=verbs)
        )
    return dict(table)


@lru_cache(maxsize=4096)
def verb_patterns(block: str, verb: str, own: str) -> list[Pattern]:
    """The patterns of ``block`` that hold for ``verb`` (see ``_holds_for``), one code per
    (object, modifier, prep): the most frequent among the rows written for the verb, else
    among all that hold."""
    rows: dict[tuple[str, str, str], list[Pattern]] = defaultdict(list)
    for p in petrarch_patterns().get(block, []):
        if (p.obj or p.prep) and _holds_for(p, verb, own):
            rows[(p.obj, p.modifier, p.prep)].append(p)
    found = []
    for (obj, modifier, prep), patterns in rows.items():
        codes = Counter(p.cameo for p in patterns if verb in p.verbs) or Counter(
            p.cameo for p in patterns
        )
        found.append(Pattern(obj, modifier, prep, min(codes, key=lambda c: (-codes[c], c))))
    return found


@lru_cache(maxsize=1)
def synsets() -> dict[str, frozenset[str]]:
    """Word sets a pattern names by ``&NAME``: PETRARCH-2's (``&TREATY``) and the
    project's own (``word_sets.tsv``: ``&MEASURE``, the measures a state imposes)."""
    table: dict[str, set[str]] = defaultdict(set)
    for name in ("synsets.tsv", "word_sets.tsv"):
        for r in _rows(name):
            table[r["synset"]].add(r["word"])
    return {k: frozenset(v) for k, v in table.items()}


# Word sets no lexicon row codes but a rule reads in a clause: a statement's ("said the move
# was interference", "said X was responsible for the deaths") or an impact's ("a Syrian shell
# landed in Turkey": the projectile, rarer than the verbs "land" and "fall"), or an incursion's
# ("Chinese troops entered Indian territory": the armed force, rarer than verbs of moving). The
# cheap pass parses sentences with their words, inflected as the part of speech named ("adj": as
# written).
RULE_CUE_SETS = {"&VERDICT": "noun", "&BLAMEWORTHY": "noun", "&RESPONSIBLE": "noun",
                 "&CONSEQUENCE": "noun",
                 "&HARMING": "verb", "&WRONGDOING": "verb", "&ABETTING": "verb",
                 "&ANSWERING": "verb", "&DISCONTENT": "adj", "&PROJECTILE": "noun",
                 "&ARMED_FORCE": "noun"}
# Verbs in nearly every sentence: parsing for their rare object patterns would parse everything.
STATEMENT_VERBS = frozenset({"say", "tell", "be", "have", "make", "take", "give", "get", "go",
                             "come", "see", "put", "do"})


def trigger_lemmas() -> set[tuple[str, str]]:
    """(head word of the lemma, "verb"/"noun") for every lemma the lexicons code as an event.

    What the cheap pass (``nlp.prefilter``) looks for before a sentence is parsed.
    Multi-word lemmas ("call upon", "take part") count by their first word.
    PETRARCH verbs count when their own code has a PLOVER type, or when their block has
    object patterns that do ("presented evidence against X"): statements and appeals
    (CAMEO 01/02) may be events only through such patterns, and the verbs of nearly every
    sentence (``STATEMENT_VERBS``: say, tell, be, have) are left out, or every sentence
    would be parsed. ``RULE_CUE_SETS`` are words no lexicon codes but a rule reads.
    """
    lemmas = {
        (lemma.split()[0], pos.lower())
        for (lemma, pos), patterns in curated().items()
        if any(coding(p.cameo, p.type) for p in patterns)
    } | {(word, pos) for name, pos in RULE_CUE_SETS.items() for word in synsets()[name]}
    patterned = {block for block, patterns in petrarch_patterns().items()
                 if any(coding(p.cameo) for p in patterns)}
    for verb, entries in petrarch_verbs().items():
        head = verb.split()[0]
        if any(coding(own) for _, own in entries) or (
                head not in STATEMENT_VERBS and any(b in patterned for b, _ in entries)):
            lemmas.add((head, "verb"))
    return lemmas


def noun_codings(lemma: str) -> list[Coding]:
    """Every coding the curated list gives the noun ``lemma``, whatever its arguments."""
    found = (coding(p.cameo, p.type) for p in curated().get((lemma, "NOUN"), []) if p.cameo)
    return [c for c in found if c is not None]


def code_token(token: Any, use_petrarch: bool = True) -> Coding | None:
    """The event coding of a trigger token (verb or noun), or None when it is no trigger."""
    pos = (
        "VERB"
        if token.pos_ in ("VERB", "AUX")
        else "NOUN"
        if token.pos_ in ("NOUN", "PROPN")
        else ""
    )
    if not pos:
        return None
    heads = lexicon_heads()[pos]
    if token.lemma_.lower().split(" ")[0] not in heads and token.lower_.split(" ")[0] not in heads:
        return None  # most words: no lemma of ``_lemmas`` can be in a lexicon
    return _known_word_coding(token, pos, use_petrarch)


# The rules of a sentence ask again for the coding of the words they read (a verb's object,
# a noun's governor); a token is equal only to itself, in its own parse.
@lru_cache(maxsize=1024)
def _known_word_coding(token: Any, pos: str, use_petrarch: bool) -> Coding | None:
    """``code_token`` of a word whose lemma or form starts a lexicon entry."""
    lemmas = _lemmas(token)
    # The arguments are read only for a word the lexicons know: most words are none.
    args: list[tuple[str, str, str]] | None = None
    for lemma in lemmas:
        patterns = curated().get((lemma, pos))
        if patterns is None:
            continue
        args = _arguments(token)
        best = _best(patterns, args)
        if best and best.cameo and not (_bare(best) and _done_to_a_party(best.cameo) and _only_that_clause(token)):
            return coding(best.cameo, best.type)
        if best or _stopped(patterns):
            return None  # a reading without a code applies ("clear the way"): no event
        break  # a curated verb whose readings do not apply: the fallback may know more
    if use_petrarch and pos == "VERB":
        # nor a word the curated list stops: "took part in the killing" is no taking
        return _petrarch(token, [lemma for lemma in lemmas if not _stopped(curated().get((lemma, pos), []))])
    return None


@lru_cache(maxsize=1)
def lexicon_heads() -> dict[str, frozenset[str]]:
    """Per part of speech ("VERB", "NOUN"), the first word of every lemma a lexicon knows
    (curated rows, PETRARCH-2 verbs): a token whose lemma and form start with none of
    them is no trigger, whatever the next word (``_lemmas``)."""
    heads: dict[str, set[str]] = {"VERB": set(), "NOUN": set()}
    for lemma, pos in curated():
        heads.setdefault(pos, set()).add(lemma.split(" ")[0])
    heads["VERB"] |= {verb.split(" ")[0] for verb in petrarch_verbs()}
    return {pos: frozenset(words) for pos, words in heads.items()}


def coded_as(lemma: str, objects: list[Any]) -> Coding | None:
    """How the curated verb ``lemma`` codes an act done to ``objects``: a deadline to leave
    given to diplomats reads as "ordered the diplomats to leave"."""
    best = _best(curated().get((lemma, "VERB"), []), [f for o in objects for f in _forms(o, "")])
    return coding(best.cameo, best.type) if best and best.cameo else None


def _stopped(patterns: list[Pattern]) -> bool:
    """A bare row with no code: the word never triggers by itself."""
    return any(_bare(p) and not p.cameo for p in patterns)


def _bare(pattern: Pattern) -> bool:
    """A row that asks nothing of the word's arguments."""
    return not (pattern.obj or pattern.modifier or pattern.prep)


def _lemmas(token: Any) -> list[str]:
    """Multi-word lemma first ("call upon", "take part"), then the word itself."""
    lemma = token.lemma_.lower()
    # Only the next word can join the lemma: it is read directly, not found among the children.
    # The parser may read the particle as an adverb ("brought together officials").
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    joined = after is not None and after.head.i == token.i and after.dep_ in JOINING_DEPS
    multiword = [f"{lemma} {after.lower_}"] if joined and after is not None else []
    # the plural as written too: "talks" is an event, "talk" rarely is
    return multiword + list(dict.fromkeys([token.lower_, lemma]))


def _arguments(token: Any, contents: bool = True) -> list[tuple[str, str, str]]:
    """(object lemma, modifier lemmas joined, preposition) for the token's arguments;
    ``contents``: a container noun's contents count too (``contents_of``)."""
    found: list[tuple[str, str, str]] = []
    for child in token.children:
        if child.dep_ in OBJECT_DEPS:
            found += _forms(child, "", contents)
            if token.pos_ == "VERB" and any(p.dep_ == "prep" and p.lower_ == "as" for p in child.children):
                # "blasted Israel's raid as terrorism": the parser hangs the verb's "as" on the object
                found.append(("", "", "as"))
        elif child.dep_ in ("prep", "agent"):
            if _says_when(child):
                continue
            for obj in child.children:
                if obj.dep_ == "pobj":
                    found += _forms(obj, child.lower_, contents)
                elif obj.dep_ == "prep":  # "pulled out of the treaty": "of" hangs on "out"
                    found += [f for o in obj.children if o.dep_ == "pobj" for f in _forms(o, obj.lower_, contents)]
            found.append(("", "", child.lower_))
        elif child.dep_ in ("advcl", "acl") and token.pos_ in ("NOUN", "PROPN"):
            # "its call for Uganda to release them": the clause's "for" is the noun's
            found += [("", "", m.lower_) for m in child.children if m.dep_ == "mark"]
            if child.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
                found.append(("", "", "xcomp"))  # "its threat to cut off exports"
        elif child.dep_ == "xcomp" or _infinitive_clause(child):
            # "declined to join": a row's prep "xcomp"; the parser may read the infinitive
            # as an adverbial clause ("a statement calling on X to release ..."); "called
            # for X to withdraw": the parser makes "for" the clause's marker, still the verb's
            found.append(("", "", "xcomp"))
            found += [("", "", m.lower_) for m in child.children if m.dep_ == "mark" and m.lower_ == "for"]
        if child.dep_ == "oprd":  # "called the raid an act of war": a row's prep "oprd"
            found.append(("", "", "oprd"))
        elif child.dep_ in ("advcl", "ccomp") and child.pos_ == "ADJ":
            # a predicate adjective the parser hangs as a clause: "held Iran responsible"
            found += _forms(child, "")
        elif child.dep_ == "ccomp" and child.pos_ == "NOUN" and token.pos_ in ("VERB", "AUX"):
            # a verbless clause is a predicate noun: "called Chile's move a provocation"
            found.append(("", "", "oprd"))
    if token.dep_ == "acl" and token.pos_ == "VERB":  # "the agreement signed in 2014"
        found += _forms(token.head, "")
    elif token.dep_ == "relcl" and _relative_object(token):
        found += _forms(token.head, "")  # "the aid that was withheld", "tariffs it imposed"
    if token.pos_ in ("NOUN", "PROPN"):
        found.append(("", _modifiers(token), ""))
    return found


def _relative_object(clause: Any) -> bool:
    """The noun a relative clause hangs on is what its verb acts on: the relative pronoun is
    its object ("the tariffs which the US imposed", "the aid that was withheld"), or the
    clause has a subject of its own and no object ("the sanctions the EU imposed")."""
    children = list(clause.children)
    if any(c.dep_ in OBJECT_DEPS and c.tag_ in RELATIVE_PRONOUN_TAGS for c in children):
        return True
    subject = [c for c in children if c.dep_ == "nsubj"]
    return (
        bool(subject)
        and all(c.tag_ not in RELATIVE_PRONOUN_TAGS for c in subject)
        and not any(c.dep_ in OBJECT_DEPS or c.dep_ in ("ccomp", "xcomp") for c in children)
    )


def _infinitive_clause(clause: Any) -> bool:
    return clause.dep_ == "advcl" and clause.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
    )


def _says_when(prep: Any) -> bool:
    """"on Monday", "on the night of ...": the phrase dates the act."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    return bool(objects) and all(o.lemma_.lower() in TIME_WORDS for o in objects)


def _forms(token: Any, prep: str, contents: bool = False) -> list[tuple[str, str, str]]:
    """The argument as lemma and as written ("talks"), with its modifiers; with ``contents``,
    for a container noun also what it holds (``contents_of``)."""
    found = []
    for noun in [token, *(contents_of(token) if contents else [])]:
        modifiers = _modifiers(noun)
        found += [(form, modifiers, prep) for form in dict.fromkeys([noun.lemma_.lower(), noun.lower_])]
    return found


def contents_of(noun: Any) -> list[Any]:
    """What a container noun holds: its compound ("aid deliveries") or its of-object
    ("part of a military aid program", "ten days of war games"), read through containers."""
    amount = _is_amount(noun)
    if not amount and noun.lemma_.lower() not in CONTAINER_NOUNS:
        return []
    held = [c for c in noun.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
    held += [
        o
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in (AMOUNT_PREPS if amount else ("of",))
        for o in prep.children
        if o.dep_ == "pobj"
    ]
    return held + [inner for h in held for inner in contents_of(h)]


def _is_amount(noun: Any) -> bool:
    """A sum or a count ("$5 million", "20 million ecus", "300 of its troops", "thousands of
    troops", "millions of doses"): a number heads it or counts it, or it is a count noun."""
    return (
        noun.pos_ == "NUM"
        or noun.lemma_.lower() in COUNT_NOUNS
        or any(c.dep_ == "nummod" for c in noun.children)
    )


def _modifiers(token: Any) -> str:
    return " ".join(
        c.lemma_.lower() for c in token.children if c.dep_ in ("amod", "compound", "nmod")
    )


def _matches(word: str, lemma: str) -> bool:
    if not word:
        return True
    if word.startswith("&"):
        return lemma in synsets().get(word, frozenset())
    return word == lemma


def _best(patterns: list[Pattern], args: list[tuple[str, str, str]]) -> Pattern | None:
    """The most specific pattern the arguments satisfy (object+modifier > object > prep),
    with or without a code."""
    best, best_score = None, -1
    for p in patterns:
        for obj, modifiers, prep in args or [("", "", "")]:
            if p.obj == INTRANSITIVE:
                if any(o and not pr for o, _, pr in args):
                    continue
            elif p.obj and not _matches(p.obj, obj):
                continue
            if p.prep and p.prep != prep:
                continue
            if p.modifier and not any(_matches(p.modifier, m) for m in modifiers.split()):
                continue
            score = 4 * bool(p.obj) + 2 * bool(p.modifier) + bool(p.prep)
            if score > best_score:
                best, best_score = p, score
    return best


def _holds_for(pattern: Pattern, verb: str, own: str) -> bool:
    """A PETRARCH-2 pattern holds for every verb of its block, except a bare preposition
    that reads another type of act than the verb's own code: the preposition says nothing
    of the act, the verb it was written for does. PHYSICAL_CONFLICT holds "attack" and
    "fight": "attacked the minister for his remarks" is a criticism, "fought for hours" is
    fighting. An object decides on its own ("branded them terrorists", written for "brand",
    reads "labelled them terrorists" too)."""
    if not pattern.verbs or verb in pattern.verbs or pattern.obj:
        return True
    own_coding, read = coding(own), coding(pattern.cameo)
    return own_coding is None or read is None or read.type == own_coding.type


def _object_is_event(verb: Any) -> bool:
    """The verb's object is an event noun of its own: a verb read only by its own
    general code ("organize", "stage") then says less than its object."""
    return any(c.dep_ == "dobj" and code_token(c) is not None for c in verb.children)


def _default_does_not_apply(verb: Any, own: str) -> bool:
    """The block's own code tells no act done to a party when the verb only carries
    another clause. Unspecified material cooperation (060) with an infinitive is an
    aspect of the act the infinitive names ("have managed to improve their air
    quality"): the infinitive is read on its own. A verb of support whose only complement
    is a that-clause tells what someone holds true ("recognized that its citizens were
    also perpetrators"): recognising a state needs that state as its object."""
    if own == "060" and any(c.dep_ == "xcomp" or _infinitive_clause(c) for c in verb.children):
        return True
    return _done_to_a_party(own) and _only_that_clause(verb)


def _done_to_a_party(cameo: str) -> bool:
    """Diplomatic support (root 05: recognising, praising, endorsing) is given to a party,
    which must be named; a request, an accusation or a denial may be told by its content,
    and so may cooperation (root 06) in the PLOVER gold."""
    return cameo.startswith("05")


def _only_that_clause(verb: Any) -> bool:
    """The verb has a that-clause and no object: "recognized that ...", "hailed that ..."."""
    children = list(verb.children)
    # the parser may hang the clause on the noun of an adjunct: "recognized in 2001 that ..."
    adjunct_nouns = [o for c in children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    clauses = [c for c in children if c.dep_ == "ccomp"] + [
        c for noun in adjunct_nouns for c in noun.children if c.dep_ == "acl" and _opens_with_that(c)
    ]
    return any(_finite(c) for c in clauses) and not any(c.dep_ in OBJECT_DEPS for c in children)


def _opens_with_that(clause: Any) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _finite(clause: Any) -> bool:
    """A clause with a verb of its own: "that X was ...", or with "that" left out."""
    return clause.pos_ in ("VERB", "AUX") and not _infinitive_clause(clause) and clause.tag_ != "VB"


def _petrarch(token: Any, lemmas: list[str]) -> Coding | None:
    """The long-tail dictionary's code for the verb ``token`` of ``lemmas``.

    Its patterns read the objects as written, not a container's contents: "launched ten
    days of war games" leaves the games to be read as the event they are."""
    for lemma in lemmas:
        entries = petrarch_verbs().get(lemma)
        if not entries:
            continue
        args = _arguments(token, contents=False)
        for block, own in entries:
            best = _best(verb_patterns(block, lemma, own), args)
            if not (best and best.cameo) and _object_is_event(token):
                return None  # "organized a general strike": the strike is the event
            if not (best and best.cameo) and (block, own) in UNSPECIFIED_DEFAULTS:
                return None
            if not (best and best.cameo) and _default_does_not_apply(token, own):
                return None
            found = coding(best.cameo if best and best.cameo else own)
            if found:
                return replace(found, curated=False)
        return None
    return None
