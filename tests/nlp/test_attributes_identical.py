"""The cached attribute ruler and lemmatizer set exactly what the model's own components set."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from bilateral.errors import MissingExtra
from bilateral.nlp.attributes import CachedAttributeRuler, cache_attribute_ruler
from bilateral.nlp.lemmas import CachedLemmatizer
from bilateral.nlp.pipeline import EXCLUDED_COMPONENTS, load_model, load_nlp

pytestmark = pytest.mark.slow  # each test loads the spaCy model afresh, once or twice

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"
# Rules of several tokens, rules on dependencies, spaces, contractions.
TRICKY = [
    "There is no deal yet, but there were talks.  Gonna be long, ain't it?",
    "Let's see: I told you it was done, and you did it; they have it.",
    "What did the minister say?\n\nThat which was agreed — nothing more.",
]


def model_nlp() -> spacy.Language:
    """The model with its own attribute ruler and lemmatizer (what ``load_nlp`` replaces)."""
    try:
        return load_model(exclude=EXCLUDED_COMPONENTS)
    except MissingExtra as exc:
        pytest.skip(str(exc))


def annotations(doc: spacy.tokens.Doc) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.text) for t in doc]


def test_same_annotations_as_the_models_components_on_real_text() -> None:
    texts = TRICKY + [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    assert len(texts) > 5
    original, cached = model_nlp(), load_nlp()
    ruler = cached.get_pipe("attribute_ruler")
    assert isinstance(ruler, CachedAttributeRuler)
    assert isinstance(cached.get_pipe("lemmatizer"), CachedLemmatizer)
    # the rules of several tokens run only where their words are ("gon", "let", "there")
    assert ruler.several_needs is not None
    for text in texts:
        assert annotations(cached(text)) == annotations(original(text))
    # A second pass reads every token from the cache: still the same.
    for text in texts:
        assert annotations(cached(text)) == annotations(original(text))


def test_a_rule_reading_more_than_the_token_runs_on_the_document() -> None:
    original, cached = model_nlp(), model_nlp()
    for nlp in (original, cached):  # NORM can differ between tokens of the same text
        nlp.get_pipe("attribute_ruler").add([[{"TAG": "NNP", "NORM": "delhi"}]], {"LEMMA": "Dilli"})
    cache_attribute_ruler(cached)
    ruler = cached.get_pipe("attribute_ruler")
    newest = str(len(ruler.attrs) - 1)
    assert isinstance(ruler, CachedAttributeRuler) and newest in ruler.several
    assert newest not in ruler.single
    assert ruler.several_needs is None  # a rule on NORM alone: no word to look for first
    text = "The envoys met in Delhi."
    assert [t.lemma_ for t in cached(text)][-2] == "Dilli"
    assert annotations(cached(text)) == annotations(original(text))
