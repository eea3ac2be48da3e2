"""Full-text search with citations over events, quotes and articles (SQLite FTS5, and
PostgreSQL's stored tsvectors when BILATERAL_TEST_PG_URL is set)."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select

from bilateral.analysis.search import best_sentence, search, semantic_search
from bilateral.linking.similarity import embedding_available
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
