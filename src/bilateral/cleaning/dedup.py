"""Near-duplicate articles: MinHash signatures over word 3-shingles, looked up with LSH.

Exact duplicates are caught by ``Document.content_hash``; this catches the same
wire story republished with a different intro, footer or a corrected figure.

    index = NearDuplicateIndex()
    sig = signature(doc.body)
    first = index.find(sig)          # doc_id of an earlier near-copy, or None
    if first is None: index.add(doc.doc_id, sig)
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE_WORDS = 3  # short articles: a one-word edit changes few 3-word shingles
THRESHOLD = 0.8
# LSH only proposes candidates; a lower band threshold keeps pairs just above THRESHOLD from
# slipping through the banding, and each candidate is then checked against THRESHOLD.
CANDIDATE_SHARE = 0.75
# Seed and hashing scheme fixed, so signatures stored in a database stay comparable across runs.
SEED = 1
SCHEME = "affine32"
WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Lower-cased word n-grams (the whole text as one shingle when it is shorter)."""
    tokens = [t.lower() for t in WORD.findall(text)]
    if len(tokens) < size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def signature(text: str) -> bytes:
    """The MinHash signature of ``text`` as bytes (``NUM_PERM`` unsigned 64-bit values)."""
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    minhash.update_batch([s.encode("utf-8") for s in shingles(text)])
    packed: bytes = minhash.hashvalues.astype("<u8").tobytes()
    return packed


def _minhash(sig: bytes) -> LeanMinHash:
    # Lean: a stored signature needs no hash permutations (which cost more than the lookup).
    values = np.frombuffer(sig, dtype="<u8").astype(np.uint64)
    if len(values) != NUM_PERM:
        raise ValueError(f"signature holds {len(values)} values, expected {NUM_PERM}")
    return LeanMinHash(seed=SEED, hashvalues=values, scheme=SCHEME)


def similarity(sig_a: bytes, sig_b: bytes) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets."""
    return float(_minhash(sig_a).jaccard(_minhash(sig_b)))


class NearDuplicateIndex:
    """Signatures of the articles seen so far; ``find`` names the first near-copy."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold * CANDIDATE_SHARE, num_perm=NUM_PERM)
        self._signatures: dict[str, bytes] = {}
        self._order: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def add(self, doc_id: str, sig: bytes) -> None:
        """Remember ``doc_id``'s signature; adding the same id again does nothing."""
        if doc_id in self._signatures:
            return
        self._lsh.insert(doc_id, _minhash(sig))
        self._signatures[doc_id] = sig
        self._order[doc_id] = len(self._order)

    def find(self, sig: bytes) -> str | None:
        """The earliest-added document whose estimated similarity reaches the threshold."""
        candidates = [
            doc_id for doc_id in self._lsh.query(_minhash(sig))
            if similarity(sig, self._signatures[doc_id]) >= self.threshold
        ]
        return min(candidates, key=self._order.__getitem__, default=None)
