"""Full-text search with citations over events, quotes and articles (SQLite FTS5, and
PostgreSQL's stored tsvectors when BILATERAL_TEST_PG_URL is set)."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import delete, select, text

from bilateral.analysis.search import best_sentence, search, semantic_search
from bilateral.linking.similarity import embedding_available
from bilateral.store.migrate import alembic_config
from bilateral.store.models import DocumentRow, EventRow


def _text(store, doc_id):
    with store.session() as session:
        return session.scalar(select(DocumentRow.text).where(DocumentRow.doc_id == doc_id))


def test_search_hits_cite_sentence_and_span(demo_store):
    hits = search(demo_store, "gas pipeline")
    assert hits and hits[0]["kind"] == "event"
    assert {h["kind"] for h in hits} == {"event", "document"}
    for hit in hits:
        assert "pipeline" in hit["sentence"]
        assert _text(demo_store, hit["doc_id"])[hit["start"]:hit["end"]] == hit["sentence"]


def test_search_stems_and_quotes(demo_store):
    assert search(demo_store, "pipelines")  # porter stemming
    quotes = [h for h in search(demo_store, "partnership future") if h["kind"] == "quote"]
    assert quotes and quotes[0]["ref"].endswith(":Q1")


def test_search_falls_back_to_any_word_and_never_parses_user_syntax(demo_store):
    hits = search(demo_store, "pipeline zeppelin")
    assert hits and all("pipeline" in h["sentence"] for h in hits)
    assert search(demo_store, 'NEAR( "unbalanced * OR') == []
    assert search(demo_store, "   ") == []


def test_search_index_follows_deleted_documents(demo_store):
    with demo_store.session() as session:
        session.execute(delete(DocumentRow).where(DocumentRow.source == "steppe-2019-05-01.txt"))
    assert search(demo_store, "Astana") == []


def test_search_index_follows_edited_sentences_and_titles(demo_store):
    with demo_store.session() as session:
        event = session.scalars(select(EventRow).order_by(EventRow.id)).first()
        event.sentence = "The envoys toured a desalination plant."
        document = session.scalars(select(DocumentRow).order_by(DocumentRow.id.desc())).first()
        document.title = "Desalination plants on the coast"
        edited = {("event", event.event_id), ("document", document.doc_id)}
    assert {(h["kind"], h["ref"]) for h in search(demo_store, "desalination")} == edited


def test_search_limit(demo_store):
    assert len(search(demo_store, "Pakistan", limit=3)) == 3


def test_search_best_sentence_prefers_most_query_words():
    body = "Talks went on. The gas pipeline deal was signed.\nNothing else."
    sentence, start, end = best_sentence(body, ["gas", "pipeline"])
    assert sentence == "The gas pipeline deal was signed." == body[start:end]


@pytest.mark.slow
@pytest.mark.skipif(not embedding_available(), reason="needs the semantic extra")
def test_search_semantic_ranks_by_meaning(demo_store):
    hits = semantic_search(demo_store, "army drills", limit=3)
    assert all(h["kind"] == "event" for h in hits)
    assert all("drill" in h["sentence"] or "exercise" in h["sentence"] for h in hits)


def _row_ids(store, kind):
    table = EventRow if kind == "event" else DocumentRow
    ref = EventRow.event_id if kind == "event" else DocumentRow.doc_id
    with store.session() as session:
        return dict(session.execute(select(ref, table.id)).all())


def test_search_equal_scores_come_in_row_order(demo_store):
    # three events told in the same words score the same on either backend; edited last
    # first, so PostgreSQL stores their new rows against their id order
    with demo_store.session() as session:
        events = session.scalars(select(EventRow).order_by(EventRow.id).limit(3)).all()
        refs = [event.event_id for event in events]
        for event in reversed(events):
            event.sentence = "The envoys toured a desalination plant."
            session.flush()
    hits = search(demo_store, "desalination")
    assert [h["ref"] for h in hits] == refs
    assert len({h["score"] for h in hits}) == 1


SEARCHED = ("pipeline", "gas pipeline", "Pakistan", "partnership future", "talks")


def _hits(store):
    return {query: search(store, query, limit=50) for query in SEARCHED}


def _vector_storage(store):
    with store.engine.connect() as connection:
        return dict(connection.execute(text(
            "SELECT c.relname, a.attstorage FROM pg_attribute a "
            "JOIN pg_class c ON c.oid = a.attrelid "
            "WHERE a.attname = 'search_vector' AND c.relkind = 'r'")).all())


def test_search_same_hits_after_the_vectors_move_in_line(demo_store):
    """Migration 0017 (PostgreSQL: the vectors of articles and events kept in line in narrow
    tables) neither loses nor changes a match or a rank, down and up again."""
    config = alembic_config(demo_store.url)
    expected = _hits(demo_store)
    for revision in ("0016", "head"):
        with demo_store.engine.begin() as connection:
            config.attributes["connection"] = connection
            (command.downgrade if revision == "0016" else command.upgrade)(config, revision)
    assert _hits(demo_store) == expected
    if not demo_store.is_sqlite:
        # 'm': in the row unless it cannot fit in a page (the default, 'x', moved every
        # article's vector over ~2 kB out of line)
        assert _vector_storage(demo_store) == {
            "document_vectors": "m", "event_vectors": "m", "quotes": "x"}
