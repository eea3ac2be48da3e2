"""The model's lemmatizer, with each lemma worked out once per (word, POS, morphology).

spaCy's rule lemmatizer caches its answers, but not the commonest one: a word in
its base form (a singular noun, a verb in the infinitive) is checked again every
time, through a Python call per token. Its answer only depends on the word, its
POS and its morphology (the rule tables are fixed), so ``CachedLemmatizer`` asks
the model's lemmatizer once per such key and sets the stored lemma afterwards.
The lemmas are the model's (``tests/nlp/test_attributes_identical.py`` compares
them token for token).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

FACTORY = "bilateral_cached_lemmatizer"
# Modes whose lemma reads nothing of a token but its text, POS and morphology.
CACHEABLE_MODES = frozenset(["rule", "lookup", "pos_lookup"])
# The cache is cleared past this many keys, so a long run's memory stays flat.
MAX_KEYS = 200_000


class CachedLemmatizer:
    """Sets the lemmas the model's ``Lemmatizer`` gives, asking it once per key."""

    def __init__(self, vocab: Any, name: str = "lemmatizer") -> None:
        self.vocab = vocab
        self.name = name
        self.lemmatizer: Lemmatizer | None = None
        self.cache: dict[tuple[int, int, int], int] = {}

    @property
    def lookups(self) -> Any:
        """The model's lemma tables (the cheap pass inflects trigger lemmas with them)."""
        assert self.lemmatizer is not None  # set by copy_lemmatizer before any use
        return self.lemmatizer.lookups

    def copy_lemmatizer(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.cache.clear()

    def __call__(self, doc: Doc) -> Doc:
        assert self.lemmatizer is not None
        overwrite = self.lemmatizer.overwrite
        for token in doc:
            if not (overwrite or token.lemma == 0):
                continue  # set by the attribute ruler, which the model's lemmatizer keeps too
            key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]
            lemma = self.cache.get(key)
            if lemma is None:
                if len(self.cache) >= MAX_KEYS:
                    self.cache.clear()
                lemma = self.cache[key] = self.vocab.strings.add(self.lemmatizer.lemmatize(token)[0])
            token.lemma = lemma
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 1000) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(FACTORY)
def make_cached_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    return CachedLemmatizer(nlp.vocab, name)


def cache_lemmatizer(nlp: Language) -> None:
    """Swap the model's ``lemmatizer`` for a ``CachedLemmatizer`` that asks it."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode not in CACHEABLE_MODES:
        return
    cached = nlp.replace_pipe("lemmatizer", FACTORY)
    assert isinstance(cached, CachedLemmatizer)  # what FACTORY makes
    cached.copy_lemmatizer(lemmatizer)
