"""The pipeline multiplies through numpy's BLAS on one thread, and parses as with BLIS."""

from __future__ import annotations

import ctypes
from pathlib import Path

import pytest
import spacy

from bilateral.errors import MissingExtra
from bilateral.nlp.blas import LOADED_LIBRARIES, multiply_through_numpy
from bilateral.nlp.pipeline import EXCLUDED_COMPONENTS, load_model, load_nlp

pytestmark = pytest.mark.slow  # loads the spaCy model afresh

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"
SENTENCES = [
    "The two foreign ministers met in Hanoi on Tuesday and signed a fisheries accord.",
    "Exports to Brazil fell 12.5 per cent to $3.2 billion in the first half of the year.",
    "\"We will not accept these sanctions,\" the spokesman told reporters in Ankara.",
]


def model_with_blis() -> spacy.Language:
    try:
        return load_model(exclude=EXCLUDED_COMPONENTS)
    except MissingExtra as exc:
        pytest.skip(str(exc))


def parses(nlp: spacy.Language, texts: list[str]) -> list[list[tuple[str, ...]]]:
    return [[(t.text, t.tag_, t.dep_, str(t.head.i), t.lemma_) for t in doc] for doc in nlp.pipe(texts)]


def test_every_layer_multiplies_through_numpy() -> None:
    nlp = load_nlp()
    models = [getattr(pipe, "model", None) for _, pipe in nlp.pipeline]
    layers = [layer for model in models if model is not None for layer in model.walk()]
    assert layers and all(layer.ops.use_blis is False for layer in layers)


def test_tags_and_arcs_are_those_of_blis() -> None:
    texts = SENTENCES + [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    with_blis, with_numpy = model_with_blis(), model_with_blis()
    multiply_through_numpy(with_numpy)
    assert parses(with_numpy, texts) == parses(with_blis, texts)


def test_openblas_runs_on_one_thread() -> None:
    load_nlp()
    if not LOADED_LIBRARIES.exists():
        pytest.skip("no /proc/self/maps: the loaded libraries are not listed")
    paths = {line.split()[-1] for line in LOADED_LIBRARIES.read_text().splitlines()
             if "openblas" in line.lower()}
    counts = []
    for path in paths:
        library = ctypes.CDLL(path)
        for name in ("openblas_get_num_threads", "scipy_openblas_get_num_threads64_",
                     "scipy_openblas_get_num_threads"):
            getter = getattr(library, name, None)
            if getter is not None:
                counts.append(getter())
                break
    if not counts:
        pytest.skip("numpy is not linked to OpenBLAS here")
    assert counts == [1] * len(counts)
