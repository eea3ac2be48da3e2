"""Ingestion into the store: idempotence, duplicates, bad input, export; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from bilateral.store.export import iter_records
from bilateral.store.ingest import ingest
from bilateral.store.models import DocumentRow, DuplicateRow, EventRow, FailureRow

ARTICLE_A = """Canada and Mexico sign new trade accord

OTTAWA — Canadian Prime Minister Justin Trudeau met Mexican President Andres Manuel Lopez Obrador in Mexico City on Tuesday, and the two leaders signed an agreement to expand cooperation on clean energy and labour mobility.

The agreement follows two years of talks between the countries' trade ministries. Officials said bilateral trade reached $56 billion last year, an increase of 12 percent.

Share this article
"""

ARTICLE_B = """Brazil and Argentina hold border talks

Brazilian Foreign Minister Mauro Vieira visited Buenos Aires on Monday for talks with his Argentine counterpart on border security and the Mercosur trade bloc.

The ministers agreed to set up a joint working group on cross-border crime, according to a statement from the Brazilian foreign ministry.
"""

ARTICLE_C = """Kenya and Ethiopia open a new highway link

Kenya and Ethiopia inaugurated a highway connecting Nairobi and Addis Ababa on Friday, a road project financed in part by the African Development Bank.

Traders on both sides of the border said the road would cut travel times for goods, and officials expect trade between the two countries to double within five years.
"""


def write_corpus(folder: Path) -> Path:
    folder.mkdir()
    for name, text in (("a.txt", ARTICLE_A), ("b.txt", ARTICLE_B), ("c.txt", ARTICLE_C)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def count(store, table) -> int:  # type: ignore[no-untyped-def]
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(table))


def test_ingest_stores_each_article_once(store, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    first = ingest(store, [str(corpus)])
    assert first.ingested == 3 and not first.failed and not first.skipped
    again = ingest(store, [str(corpus)])
    assert again.ingested == 0 and again.unchanged == 3
    assert count(store, DocumentRow) == 3


def test_ingest_records_exact_and_near_duplicates(store, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    (corpus / "a_copy.txt").write_text(ARTICLE_A.replace("\n\n", "\n\n\n"), encoding="utf-8")
    (corpus / "a_edit.txt").write_text(ARTICLE_A.replace("Tuesday", "Wednesday"), encoding="utf-8")
    summary = ingest(store, [str(corpus)])
    assert summary.ingested == 3
    assert len(summary.duplicates) == 2
    with store.session() as session:
        kinds = sorted(session.scalars(select(DuplicateRow.kind)))
    assert kinds == ["exact", "near"]
    # Duplicates are remembered too: nothing new on a second run.
    assert ingest(store, [str(corpus)]).unchanged == 5


def test_ingest_writes_a_batch_in_document_order(store, tmp_path: Path) -> None:
    # A batch's rows go in together; ids still follow the documents as they came, then
    # each document's records in their order.
    corpus = write_corpus(tmp_path / "corpus")
    (corpus / "b_copy.txt").write_text(ARTICLE_B.replace("\n\n", "\n\n\n"), encoding="utf-8")
    summary = ingest(store, [str(corpus)])
    assert summary.ingested == 3 and len(summary.duplicates) == 1
    with store.session() as session:
        order = {doc_id: n for n, doc_id in session.execute(select(DocumentRow.id, DocumentRow.doc_id))}
        events = session.execute(select(EventRow.doc_id, EventRow.event_id).order_by(EventRow.id)).all()
    assert len(order) == 3 and len({doc_id for doc_id, _ in events}) >= 2
    numbered = [(order[doc_id], int(event_id.rsplit(":E", 1)[1])) for doc_id, event_id in events]
    assert numbered == sorted(numbered)


def test_ingest_bad_input_is_reported_and_the_batch_goes_on(store, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 40)
    lines = [json.dumps({"text": ARTICLE_B.replace("Monday", "Sunday") + " Extra line.", "title": "T"}),
             "{not json", ""]
    (corpus / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    summary = ingest(store, [str(corpus), str(tmp_path / "missing.txt")])
    assert summary.ingested == 3
    reasons = " | ".join(f"{s}: {r}" for s, r in summary.skipped + summary.failed)
    assert "empty.txt" in reasons and "binary.txt" in reasons and "missing.txt" in reasons
    assert "feed.jsonl" in reasons  # the broken line, named
    assert count(store, FailureRow) == len(summary.skipped) + len(summary.failed)


def test_export_gives_documents_then_their_records(store, tmp_path: Path) -> None:
    ingest(store, [str(write_corpus(tmp_path / "corpus"))])
    records = list(iter_records(store))
    documents = [r for r in records if r["kind"] == "document"]
    assert len(documents) == 3
    assert {d["title"] for d in documents} >= {"Brazil and Argentina hold border talks"}
    assert all("Share this article" not in d["text"] for d in documents)
    texts = {d["doc_id"]: d["text"] for d in documents}
    for record in records:
        if record["kind"] in ("event", "figure"):
            text = texts[record["doc_id"]]
            assert text[record["start"]:record["end"]] == record["sentence"]
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(EventRow)) == sum(
            r["kind"] == "event" for r in records
        )


def test_ingest_to_shards_writes_the_records_a_store_would_hold(tmp_path: Path) -> None:
    import pyarrow.dataset as ds

    from bilateral.store import open_store
    from bilateral.store.ingest import ingest_to_shards

    corpus = write_corpus(tmp_path / "corpus")
    (corpus / "a_copy.txt").write_text(ARTICLE_A, encoding="utf-8")
    summary = ingest_to_shards([str(corpus)], str(tmp_path / "shards"))
    assert summary.ingested == 3 and len(summary.duplicates) == 1
    stored = open_store(str(tmp_path / "x.db"))
    ingest(stored, [str(corpus)])
    by_kind = {"document": DocumentRow, "event": EventRow}
    for kind, table in by_kind.items():
        rows = ds.dataset(tmp_path / "shards" / kind).to_table().num_rows
        assert rows == count(stored, table)
