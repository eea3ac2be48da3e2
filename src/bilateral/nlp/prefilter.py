"""The cheap pass: which sentences need spaCy's full parse.

The parse is what costs (tok2vec, tagger and parser take most of extraction
time), and most sentences of a news article cannot hold an event, a figure
or a quote. A sentence is parsed when the resolver found a cue in it (an
actor, a number or a quotation mark) *and* it has one of:

* an event trigger: a word form of a lemma the events lexicon codes as an
  event (meet, visit, sign, exercise, sanctions, ...), inflected with the
  spaCy model's own lemmatizer rules and exceptions, run backwards; the lemmas
  are passed in (``Prefilter.for_lemmas``), so this stage reads nothing of events;
* a figure cue: a number next to a quantity word (trade, exports, billion, %, $);
* a quotation mark;
* an obligation ("must", "should"), which a statement turns into a demand.

Word forms are over-generated on purpose ("visites"): a spurious form costs
a parse, a missing one costs an event.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from bilateral.types import Sentence

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|"
    r"fifty|hundred|thousand|million|billion|trillion|half|dozen)\b", re.IGNORECASE)
_QUANTITY = re.compile(
    r"[$€£¥₹%]|\b(?:trade|export|import|invest|deal|aid|loan|grant|credit|worth|valued|"
    r"turnover|volume|surplus|deficit|balance|growth|grew|rose|fell|increase|decrease|"
    r"percent|per cent|dollars?|usd|euros?|rupees?|roubles?|rubles?|yuan|rs\.?|bn|mn|"
    r"million|billion|trillion|tons?|tonnes?|barrels?|km|kilomet|miles?|people|population|"
    r"troops|soldiers|refugees|workers)", re.IGNORECASE)
_QUOTE = re.compile("[\"“”«»]")
# "said Sudan must return the helicopter": a demand told through an obligation
_OBLIGATION = re.compile(r"\b(?:must|should)\b", re.IGNORECASE)


# Auxiliaries are in the lexicon only as light verbs ("have talks", "do business")
# whose noun is a trigger of its own; as words they are in every sentence.
AUXILIARIES = frozenset(
    ["be", "is", "are", "was", "were", "been", "being", "am", "'s", "have", "has", "had", "having", "do", "does", "did", "done", "doing", "will", "would", "shall", "should", "can", "could", "may", "might", "must"]
)


@dataclass(frozen=True)
class Prefilter:
    """The cheap pass with its trigger vocabulary: every form of the event-trigger lemmas.

    The lemmas are the events stage's to know (``events.plover.trigger_lemmas``); the
    caller that holds both stages passes them in (``for_lemmas``).
    """

    trigger_forms: frozenset[str]

    @classmethod
    def for_lemmas(cls, lemmas: Iterable[tuple[str, str]], nlp: Any) -> Prefilter:
        """Every inflected form of each (lemma, "verb"/"noun") of ``lemmas``, lower-cased,
        by the lemmatizer rules and exceptions of the spaCy pipeline ``nlp``."""
        rules, exceptions = _inflection_tables(nlp)
        forms: set[str] = set()
        for lemma, pos in lemmas:
            forms |= inflect(lemma, rules.get(pos, []), exceptions.get(pos, {}))
        return cls(frozenset(forms - AUXILIARIES))

    def needs_parse(self, sentence: Sentence, cues: set[int]) -> bool:
        """True when the sentence can hold an event, a figure or a quote (see module docstring).

        ``cues`` are the indexes of sentences where the resolver found an actor,
        a number or a quotation mark.
        """
        if sentence.index not in cues:
            return False
        text = sentence.text
        return (
            bool(_QUOTE.search(text))
            or self.has_event_trigger(text)
            or bool(_OBLIGATION.search(text))
            or bool(_NUMBER.search(text) and _QUANTITY.search(text))
        )

    def has_event_trigger(self, text: str) -> bool:
        """True when a word of ``text`` is a form of an event-trigger lemma."""
        return not self.trigger_forms.isdisjoint(_WORD.findall(text.lower()))


def inflect(lemma: str, rules: Iterable[tuple[str, str]], exceptions: dict[str, set[str]]) -> set[str]:
    """Forms of ``lemma``: the lemmatizer's suffix rules backwards, its exceptions, doubling."""
    forms = {lemma} | exceptions.get(lemma, set())
    for form_suffix, lemma_suffix in rules:
        if lemma.endswith(lemma_suffix):
            forms.add(lemma[: len(lemma) - len(lemma_suffix)] + form_suffix)
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma):  # plan -> planned, planning
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def _inflection_tables(nlp: Any) -> tuple[dict[str, list[tuple[str, str]]], dict[str, dict[str, set[str]]]]:
    """The model's lemmatizer rules per POS, and its exceptions inverted (lemma -> forms)."""
    lookups = nlp.get_pipe("lemmatizer").lookups
    rule_table, exc_table = lookups.get_table("lemma_rules"), lookups.get_table("lemma_exc")
    rules: dict[str, list[tuple[str, str]]] = {}
    exceptions: dict[str, dict[str, set[str]]] = {}
    for pos in ("verb", "noun"):  # lookups tables hash their keys: index by name, never iterate
        rules[pos] = [(form, lemma) for form, lemma in rule_table.get(pos, [])]
        inverted: dict[str, set[str]] = {}
        for form, lemmas in exc_table.get(pos, {}).items():
            for lemma in lemmas:
                inverted.setdefault(lemma, set()).add(form)
        exceptions[pos] = inverted
    return rules, exceptions
