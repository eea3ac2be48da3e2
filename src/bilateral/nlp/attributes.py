"""The model's attribute ruler, with its one-token rules cached per word form.

spaCy's ``AttributeRuler`` runs a ``Matcher`` of ~180 patterns over every token
and sets each match through a ``Span``: in en_core_web_sm that costs as much as
the parser (a quarter of bilateral's parse). Almost every pattern reads a
single token (its text, tag and dependency), so the attributes it sets are a
function of (text, tag, dependency): ``CachedAttributeRuler`` works them out
once per such key, with the model's own matcher on a one-token probe, and
applies the merged result. Patterns spanning several tokens ("gon na",
"there is") keep a matcher of their own, run only on a document that has a word
each of them needs ("gon", "let", an expletive "there"): few sentences do. The result
is the model's, token for token (``tests/nlp/test_attributes_identical.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

FACTORY = "bilateral_cached_attribute_ruler"
# What a cached rule may read: the token's tag and dependency, and attributes of its
# text alone. A rule reading anything else (POS, lemma, norm, entities) stays in the
# matcher that runs on the whole document.
CACHEABLE_KEYS = frozenset(
    ["ORTH", "TEXT", "LOWER", "LENGTH", "SHAPE", "PREFIX", "SUFFIX", "IS_ALPHA", "IS_ASCII",
     "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT", "IS_SPACE", "LIKE_NUM",
     "TAG", "DEP"]
)
# The cache is cleared past this many keys, so a long run's memory stays flat.
MAX_KEYS = 200_000
# What a token of a rule spanning tokens may require that a document can be searched for
# at once: a word (lower-cased) or a dependency, given as a string or a list of strings.
REQUIRED_ATTRS = ("LOWER", "DEP")


@dataclass(frozen=True)
class RequiredValues:
    """Values a document must hold for one of a matcher's patterns to match: some
    token's word (``LOWER``) among ``lowers`` or its dependency among ``deps`` (string
    ids). A document with neither has no match, and the matcher need not run."""

    lowers: frozenset[int]
    deps: frozenset[int]

    def found_in(self, doc: Doc) -> bool:
        values = doc.to_array(list(REQUIRED_ATTRS))
        return not (self.lowers.isdisjoint(values[:, 0].tolist())
                    and self.deps.isdisjoint(values[:, 1].tolist()))


class CachedAttributeRuler:
    """Applies an ``AttributeRuler``'s rules with one-token rules cached (see module doc)."""

    def __init__(self, vocab: Any, name: str = "attribute_ruler") -> None:
        self.vocab = vocab
        self.name = name
        self.attrs: list[dict[Any, Any]] = []
        self.indices: list[int] = []
        self.single = Matcher(vocab)
        self.several = Matcher(vocab)
        self.cache: dict[tuple[int, int, int], tuple[list[int], dict[Any, Any]]] = {}
        self.several_needs: RequiredValues | None = None  # None: always run ``several``

    def copy_rules(self, ruler: AttributeRuler) -> None:
        """Take every rule of ``ruler``, in its order (later rules win, as there)."""
        self.attrs, self.indices = list(ruler.attrs), list(ruler.indices)
        spanning: list[list[dict[str, Any]]] = []
        for attr_id in range(len(ruler.attrs)):
            patterns = ruler.matcher.get(self.vocab.strings[str(attr_id)])[1]
            cacheable = all(
                len(pattern) == 1 and set(pattern[0]) <= CACHEABLE_KEYS for pattern in patterns
            )
            (self.single if cacheable else self.several).add(str(attr_id), patterns)
            if not cacheable:
                spanning += patterns
        self.several_needs = self._required_values(spanning)
        self.cache.clear()

    def _required_values(self, patterns: list[list[dict[str, Any]]]) -> RequiredValues | None:
        """What a document needs for any of ``patterns`` to match: for each pattern, the
        fewest values one of its tokens must have (``REQUIRED_ATTRS``); None when a
        pattern requires none of them."""
        needed: dict[str, set[int]] = {name: set() for name in REQUIRED_ATTRS}
        for pattern in patterns:
            options = [
                (name, values)
                for spec in pattern
                for name in REQUIRED_ATTRS
                if (values := _string_values(spec.get(name))) is not None
            ]
            if not options:
                return None
            name, values = min(options, key=lambda option: len(option[1]))
            needed[name] |= {self.vocab.strings.add(value) for value in values}
        return RequiredValues(frozenset(needed["LOWER"]), frozenset(needed["DEP"]))

    def __call__(self, doc: Doc) -> Doc:
        strings = self.vocab.strings
        several: dict[int, list[int]] = {}
        needs = self.several_needs
        matches = self.several(doc, allow_missing=True) if needs is None or needs.found_in(doc) else []
        for match_id, start, end in matches:
            attr_id = int(strings[match_id])
            position = range(start, end)[self.indices[attr_id]]
            several.setdefault(position, []).append(attr_id)
        for token in doc:
            ids, merged = self._single(token)
            if token.i in several:
                merged = self._merge([*ids, *several[token.i]])
            if merged:
                set_token_attrs(token, merged)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 1000) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def _single(self, token: Any) -> tuple[list[int], dict[Any, Any]]:
        """The one-token rules matching ``token`` and their merged attributes, cached."""
        key = (token.orth, token.tag, token.dep)
        found = self.cache.get(key)
        if found is None:
            if len(self.cache) >= MAX_KEYS:
                self.cache.clear()
            ids = self._single_ids(token)
            found = self.cache[key] = (ids, self._merge(ids))
        return found

    def _single_ids(self, token: Any) -> list[int]:
        """Rules of one token that match ``token``: the model's matcher on a probe of it."""
        probe = Doc(self.vocab, words=[token.text], spaces=[False])
        probe[0].tag, probe[0].dep = token.tag, token.dep
        return [int(self.vocab.strings[m]) for m, _, _ in self.single(probe, allow_missing=True)]

    def _merge(self, attr_ids: list[int]) -> dict[Any, Any]:
        merged: dict[Any, Any] = {}
        for attr_id in sorted(attr_ids):
            merged.update(self.attrs[attr_id])
        return merged


def _string_values(spec: Any) -> list[str] | None:
    """The strings a token attribute's spec allows ("gon", {"IN": ["is", "are"]}), or None
    when it allows others (a regular expression, a negation) or is absent."""
    if isinstance(spec, str):
        return [spec]
    if isinstance(spec, dict) and set(spec) == {"IN"} and all(isinstance(v, str) for v in spec["IN"]):
        return list(spec["IN"])
    return None


@Language.factory(FACTORY)
def make_cached_attribute_ruler(nlp: Language, name: str) -> CachedAttributeRuler:
    return CachedAttributeRuler(nlp.vocab, name)


def cache_attribute_ruler(nlp: Language) -> None:
    """Swap the model's ``attribute_ruler`` for a ``CachedAttributeRuler`` with its rules."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler) or any("_" in attrs for attrs in ruler.attrs):
        return  # custom extension attributes: keep the original
    cached = nlp.replace_pipe("attribute_ruler", FACTORY)
    assert isinstance(cached, CachedAttributeRuler)  # what FACTORY makes
    cached.copy_rules(ruler)
