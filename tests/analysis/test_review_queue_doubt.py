"""The review queue reads its most doubtful events from the points the writer stores with
each event (``EventRow.doubt``, ``store.doubt``): the same queue as scoring every event of the
store in SQL per request, as it was computed before (SQLite, and PostgreSQL when
BILATERAL_TEST_PG_URL is set)."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import and_, case, func, or_, select

from bilateral.analysis.review_queue import (
    _event_item,
    _figure_item,
    contradicted,
    event_reasons,
    review_queue,
)
from bilateral.review import actions
from bilateral.store.doubt import CONFLICT_TYPES, LOW_CONFIDENCE, WEIGHTS
from bilateral.store.models import DocumentRow, EventRow
from bilateral.types import OCCURRED

SENTENCE = "Some officials met others."


def doubt_in_sql():
    """The points of an event as the queue computed them in SQL for every event."""
    undated = and_(EventRow.status == OCCURRED, or_(EventRow.date.is_(None), EventRow.date == ""))
    return (case((EventRow.confidence < LOW_CONFIDENCE,
                  WEIGHTS["low confidence"] + LOW_CONFIDENCE - EventRow.confidence), else_=0.0)
            + case((EventRow.type.in_(sorted(CONFLICT_TYPES)), WEIGHTS["conflict type"]), else_=0.0)
            + case((undated, WEIGHTS["undated"]), else_=0.0)
            + case((EventRow.status != OCCURRED, WEIGHTS["did not happen"]), else_=0.0))


def queue_as_before(store, limit: int) -> list[dict]:
    doubt = doubt_in_sql()
    with store.session() as session:
        events = session.scalars(
            select(EventRow).where(EventRow.review.is_(None), doubt > 0)
            .order_by(doubt.desc(), EventRow.event_id).limit(limit)).all()
        items = [_event_item(r, event_reasons(r)) for r in events]
        items += [_figure_item(r) for r in contradicted(session, limit)]
    items.sort(key=lambda item: (-item["score"], item["id"]))
    return items[:limit]


@pytest.fixture
def varied_store(demo_store):
    """The demo store and events of every kind of doubt, added as rows (the column's default
    scores them) on its first document."""
    with demo_store.session() as session:
        doc_id = session.scalar(select(DocumentRow.doc_id).order_by(DocumentRow.id).limit(1))
        kinds = itertools.product((0.31, 0.55, 0.5999, 0.6, 0.93), ("ACCUSE", "CONSULT"),
                                  (OCCURRED, "planned"), (None, "", "2021-03-04"))
        session.add_all(EventRow(
            event_id=f"{doc_id}:E{100 + n}", doc_id=doc_id, type=type_, status=status,
            date=date, confidence=confidence, sentence=SENTENCE, start=0,
            end=10, participants=[], evidence=[])
            for n, (confidence, type_, status, date) in enumerate(kinds))
    return demo_store


def test_stored_doubt_equals_the_sql_score(varied_store):
    with varied_store.session() as session:
        rows = session.execute(select(EventRow.doubt, doubt_in_sql())).all()
        assert len(rows) > 60 and {stored for stored, _ in rows} != {0.0}
        assert all(stored == scored for stored, scored in rows)


@pytest.mark.parametrize("limit", [1, 7, 40, 1000])
def test_queue_equals_the_queue_scored_per_request(varied_store, limit):
    assert review_queue(varied_store, limit) == queue_as_before(varied_store, limit)


def test_an_analysts_edit_rescores_the_event(varied_store):
    with varied_store.session() as session:
        event = session.scalar(select(EventRow).where(
            EventRow.status == OCCURRED, EventRow.confidence > 0.6, EventRow.date > "",
            ~EventRow.type.in_(CONFLICT_TYPES), EventRow.sentence != SENTENCE)
            .order_by(EventRow.id).limit(1))  # a demo article's event: its sentence is there
        assert event.doubt == 0.0
        event_id = event.event_id
        actions.correct(session, event_id, "edit", edits={"status": "planned"}, author="test")
    with varied_store.session() as session:
        edited = session.scalar(select(EventRow).where(EventRow.event_id == event_id))
        assert edited.status == "planned" and edited.doubt == WEIGHTS["did not happen"]
        assert session.scalar(select(func.count()).where(EventRow.doubt != doubt_in_sql())) == 0
    assert event_id not in {item["id"] for item in review_queue(varied_store, 1000)}
