"""Re-run extraction on stored documents, one transaction per document."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import or_, select

from bilateral.extract import Extractor
from bilateral.store.ingest import EXTRACTOR_VERSION, AfterWrite
from bilateral.store.models import DocumentRow
from bilateral.store.review import reapply_if_corrected
from bilateral.store.session import Store
from bilateral.store.write import replace_records
from bilateral.types import Document


def row_document(row: DocumentRow) -> Document:
    return Document(
        text=row.text, source=row.source, title=row.title,
        published=date.fromisoformat(row.published) if row.published else None,
        photographed=date.fromisoformat(row.photographed) if row.photographed else None,
        outlet=row.outlet, url=row.url, language=row.language,
        doc_id=row.doc_id, content_hash=row.content_hash,
    )


def reextract(store: Store, *, only_stale: bool = True, extractor: Extractor | None = None,
              progress: Callable[[int, int], None] | None = None,
              after_write: AfterWrite | None = None) -> int:
    """Extract again every stored document (or those of an older extractor version).

    after_write: run in each document's transaction (``linking.events.link_pending``
    places its new events and the other reports of the clusters it left).
    """
    extractor = extractor or Extractor.default()
    stale = or_(DocumentRow.extractor_version.is_(None), DocumentRow.extractor_version != EXTRACTOR_VERSION)
    with store.session() as session:
        query = select(DocumentRow.id)
        if only_stale:
            query = query.where(stale)
        ids = list(session.scalars(query.order_by(DocumentRow.id)))
    for n, row_id in enumerate(ids, 1):
        with store.session() as session:
            row = session.get(DocumentRow, row_id)
            if row is None:
                continue
            replace_records(session, extractor(row_document(row)))
            reapply_if_corrected(session, row.doc_id, row.content_hash)  # analysts' decisions stay
            row.extractor_version = EXTRACTOR_VERSION
            if after_write:
                after_write(session)
        if progress:
            progress(n, len(ids))
    return len(ids)
