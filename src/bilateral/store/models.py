"""The database schema (SQLAlchemy 2). Migrations live in ``store/migrations`` (Alembic).

Every record row keeps its document id and character span; actor objects are
kept whole as JSON beside flat columns used for filtering.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from bilateral.store.doubt import doubt_of_inserted


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(32), unique=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10), index=True)
    # the day of the photo above an undated article (Document.photographed), for re-extraction
    photographed: Mapped[str | None] = mapped_column(String(10))
    outlet: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    # hash of the raw bytes as read, so re-ingesting the same item is skipped before any work
    raw_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    # ok | non_english (stored, not analysed)
    status: Mapped[str] = mapped_column(String(16), default="ok", index=True)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)
    extractor_version: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(default=_now)


class FailureRow(Base):
    """A source that was skipped or failed, with the stage and the reason."""

    __tablename__ = "failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(Text)
    stage: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=_now)


class DuplicateRow(Base):
    """An item whose article was already stored: recorded, not processed again."""

    __tablename__ = "duplicates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(Text)
    raw_hash: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(8))  # exact | near
    duplicate_of: Mapped[str] = mapped_column(ForeignKey("documents.doc_id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(default=_now)


class MentionRow(Base):
    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.doc_id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    actor_id: Mapped[str | None] = mapped_column(String(128), index=True)
    country: Mapped[str | None] = mapped_column(String(16), index=True)
    actor: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    group: Mapped[list[Any] | None] = mapped_column(JSON)
    is_place: Mapped[bool] = mapped_column(default=False)


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[str] = mapped_column(String(48), unique=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.doc_id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(16), index=True)
    mode: Mapped[str | None] = mapped_column(String(32))
    cameo: Mapped[str | None] = mapped_column(String(8))
    goldstein: Mapped[float | None] = mapped_column(Float)
    source_country: Mapped[str | None] = mapped_column(String(16), index=True)
    target_country: Mapped[str | None] = mapped_column(String(16), index=True)
    source: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    target: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    participants: Mapped[list[Any]] = mapped_column(JSON, default=list)
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    date_text: Mapped[str | None] = mapped_column(Text)
    location: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16), index=True)
    sentence: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    confidence: Mapped[float] = mapped_column(Float)
    trigger: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[list[Any]] = mapped_column(JSON, default=list)
    cluster_id: Mapped[int | None] = mapped_column(ForeignKey("clusters.id", ondelete="SET NULL"), index=True)
    # accepted | edited | added by an analyst (see CorrectionRow), None when not reviewed
    review: Mapped[str | None] = mapped_column(String(16))
    review_chain: Mapped[str | None] = mapped_column(String(64), index=True)
    # How worth an analyst's look the event is (``store.doubt``; 0: no reason to doubt it),
    # kept so that the review queue reads its most doubtful events from an index.
    doubt: Mapped[float] = mapped_column(Float, default=lambda context: doubt_of_inserted(context),
                                         server_default="0")


class FigureRow(Base):
    __tablename__ = "figures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    figure_id: Mapped[str] = mapped_column(String(48), unique=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.doc_id", ondelete="CASCADE"), index=True)
    variable: Mapped[str] = mapped_column(String(32), index=True)
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text, default="")
    countries: Mapped[list[str]] = mapped_column(JSON, default=list)
    # countries sorted and joined ("PAK RUS") for filtering by pair
    country_key: Mapped[str] = mapped_column(String(64), index=True, default="")
    direction: Mapped[str | None] = mapped_column(String(16))
    period: Mapped[str | None] = mapped_column(String(32))
    approx: Mapped[str | None] = mapped_column(String(32))
    target: Mapped[bool] = mapped_column(Boolean, default=False)
    sentence: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    review: Mapped[str | None] = mapped_column(String(16))
    review_chain: Mapped[str | None] = mapped_column(String(64), index=True)
    # False until the linker has found the conflicts of its group with it (FigureConflictRow);
    # set back to False for a whole group when one of its figures changes or goes.
    conflicts_checked: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false(),
                                                    index=True)
    # True while the figure is a side of a stored conflict (set by the linker with the
    # conflicts): the review queue reads its contradicted figures from an index.
    contradicted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class FigureConflictRow(Base):
    """Figures of one group (same variable, countries, direction and unit) whose sources
    disagree: a ``linking.figures.Conflict``, kept by the linker (``linking.contradictions``)
    so that pages read conflicts instead of comparing every figure of a pair per request.
    """

    __tablename__ = "figure_conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    variable: Mapped[str] = mapped_column(String(32))
    # the figures' FigureRow.country_key, for filtering by pair and finding a group's conflicts
    country_key: Mapped[str] = mapped_column(String(64))
    countries: Mapped[list[str]] = mapped_column(JSON, default=list)
    direction: Mapped[str | None] = mapped_column(String(16))
    unit: Mapped[str] = mapped_column(String(16))
    # The order find_conflicts gives: its groups by their first figure in (period, id) order,
    # then the conflicts of a group in turn.
    group_period: Mapped[str | None] = mapped_column(String(32))
    group_figure: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)
    # how many pairs of sides disagree (FigureDisagreementRow holds them)
    disagreement_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class FigureDisagreementRow(Base):
    """The disagreeing pairs of a conflict, ``DISAGREEMENTS_PER_ROW`` to a row, in order.

    A conflict's pairs grow with the square of its sides (one of a 100,000-article store has
    1.2 M): kept apart from the conflict, they are read a page at a time.
    """

    __tablename__ = "figure_disagreements"

    conflict_id: Mapped[int] = mapped_column(ForeignKey("figure_conflicts.id", ondelete="CASCADE"),
                                             primary_key=True)
    chunk: Mapped[int] = mapped_column(Integer, primary_key=True)
    pairs: Mapped[list[Any]] = mapped_column(JSON, default=list)  # index pairs into sides


class FigureConflictSideRow(Base):
    """One figure of a conflict, at its place among the conflict's sides."""

    __tablename__ = "figure_conflict_sides"

    conflict_id: Mapped[int] = mapped_column(ForeignKey("figure_conflicts.id", ondelete="CASCADE"),
                                             primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    figure_id: Mapped[int] = mapped_column(ForeignKey("figures.id", ondelete="CASCADE"), index=True)


class QuoteRow(Base):
    __tablename__ = "quotes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    quote_id: Mapped[str] = mapped_column(String(48), unique=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.doc_id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    speaker: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    speaker_country: Mapped[str | None] = mapped_column(String(16), index=True)
    speaker_text: Mapped[str | None] = mapped_column(Text)
    verb: Mapped[str | None] = mapped_column(String(32))


class ClusterRow(Base):
    """One real-world event, reported by one or more event rows (see ``bilateral.linking``)."""

    __tablename__ = "clusters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pair: Mapped[str] = mapped_column(String(40), index=True)  # "PAK-RUS", codes sorted
    type: Mapped[str] = mapped_column(String(16), index=True)
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    status: Mapped[str] = mapped_column(String(16))
    actors: Mapped[list[Any]] = mapped_column(JSON, default=list)
    size: Mapped[int] = mapped_column(Integer, default=1)
    label: Mapped[str] = mapped_column(Text, default="")
    # Kept by the linker so that the index and the network need not read the members:
    # the mean Goldstein value of the members (the type's default when none has one) and
    # the sectors (" defence trade "; see linking/sectors.py), space-padded for LIKE.
    goldstein: Mapped[float | None] = mapped_column(Float)
    sectors: Mapped[str] = mapped_column(String(64), default="")
    # Who acted on whom: [source actor, other actor] pairs of the members (linking.events.ties).
    ties: Mapped[list[Any] | None] = mapped_column(JSON)


class EventPairRow(Base):
    """A pair of countries an event names ("PAK-RUS", codes sorted), or its one country ("PAK").

    Participants are stored as JSON; this table lets a pair's events be found by index.
    """

    __tablename__ = "event_pairs"

    pair: Mapped[str] = mapped_column(String(40), primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"),
                                          primary_key=True, index=True)
    # Copied from the event (written again when it changes) so that a pair's counts by
    # status and its documents are read from the index alone.
    status: Mapped[str | None] = mapped_column(String(16))
    doc_id: Mapped[str | None] = mapped_column(String(32))


class ClusterPairRow(Base):
    """A pair among a cluster's countries (``ClusterRow.pair``), or its one country.

    Status and date are copied from the cluster so that a pair's timeline is read in
    order from the index alone; size, type, score and sectors so that the triggers keeping
    the pair's summary (``PairCountRow``, ``PairPeriodRow``) read this row alone.
    """

    __tablename__ = "cluster_pairs"

    pair: Mapped[str] = mapped_column(String(40), primary_key=True)
    cluster_id: Mapped[int] = mapped_column(ForeignKey("clusters.id", ondelete="CASCADE"),
                                            primary_key=True, index=True)
    status: Mapped[str] = mapped_column(String(16))
    date: Mapped[str | None] = mapped_column(String(10))
    size: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    type: Mapped[str] = mapped_column(String(16), default="", server_default="")
    goldstein: Mapped[float | None] = mapped_column(Float)
    sectors: Mapped[str] = mapped_column(String(64), default="", server_default="")


# The pair summaries below are kept by triggers (migration 0014) as ``event_pairs``,
# ``cluster_pairs`` and ``events`` are written, in the same transaction, by whatever code
# writes them: nothing in Python writes them. Only pairs of two countries ("PAK-RUS") are
# kept. A count that fell to 0 stays as a row of 0.

class PairCountRow(Base):
    """One count of a pair: ``status`` (key: a status) its events by status, ``documents``
    the documents its events cite and ``quotes`` their quotes, ``reported`` the events whose
    source and target are its two countries, ``clusters`` its real events, ``multi_source``
    those reported more than once (key '' but for ``status``)."""

    __tablename__ = "pair_counts"

    pair: Mapped[str] = mapped_column(String(40), primary_key=True)
    measure: Mapped[str] = mapped_column(String(16), primary_key=True)
    key: Mapped[str] = mapped_column(String(16), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class PairDocumentRow(Base):
    """How many of a pair's events cite a document (``PairCountRow`` counts the documents
    and their quotes as this goes from 0 to 1 and back; a row at 0 is deleted)."""

    __tablename__ = "pair_documents"

    pair: Mapped[str] = mapped_column(String(40), primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(32), primary_key=True, index=True)
    events: Mapped[int] = mapped_column(Integer)


class PairPeriodRow(Base):
    """A pair's occurred real events in one year, quarter or month (``period_kind``), as the
    cooperation index adds them up (``analysis.index``); ``period`` '' counts those dated
    too coarsely for that kind. The Goldstein sum is kept in millionths (an integer: a float
    sum kept by adding and taking away would drift with the order of the writes, and the
    index rounded to two places would show it). One count column per sector
    (``linking.sectors.SECTORS``)."""

    __tablename__ = "pair_periods"

    pair: Mapped[str] = mapped_column(String(40), primary_key=True)
    period_kind: Mapped[str] = mapped_column(String(8), primary_key=True)
    period: Mapped[str] = mapped_column(String(8), primary_key=True)
    events: Mapped[int] = mapped_column(Integer)
    goldstein_millionths: Mapped[int] = mapped_column(BigInteger)
    cooperation: Mapped[int] = mapped_column(Integer)
    conflict: Mapped[int] = mapped_column(Integer)
    diplomacy: Mapped[int] = mapped_column(Integer)
    defence: Mapped[int] = mapped_column(Integer)
    energy: Mapped[int] = mapped_column(Integer)
    trade: Mapped[int] = mapped_column(Integer)
    security: Mapped[int] = mapped_column(Integer)


class PairPeriodTypeRow(Base):
    """A pair's occurred real events of one PLOVER type in one placed period."""

    __tablename__ = "pair_period_types"

    pair: Mapped[str] = mapped_column(String(40), primary_key=True)
    period_kind: Mapped[str] = mapped_column(String(8), primary_key=True)
    period: Mapped[str] = mapped_column(String(8), primary_key=True)
    type: Mapped[str] = mapped_column(String(16), primary_key=True)
    events: Mapped[int] = mapped_column(Integer)


class ClusterTieRow(Base):
    """One of ``ClusterRow.ties`` (who acted on whom) by actor id, in its order, with the
    cluster's type, date and score: the network reads a pair's ties from here alone, not by
    looking up and decoding every cluster."""

    __tablename__ = "cluster_ties"
    __table_args__ = ({"sqlite_with_rowid": False},)  # the rows are the primary key's index

    cluster_id: Mapped[int] = mapped_column(ForeignKey("clusters.id", ondelete="CASCADE"),
                                            primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[str] = mapped_column(Text)
    target_id: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(16))
    date: Mapped[str | None] = mapped_column(String(10))
    goldstein: Mapped[float | None] = mapped_column(Float)


# The network of a pair of countries (its occurred real events' ties) is kept by triggers
# (migration 0015) as ``cluster_ties`` and ``cluster_pairs`` are written: nothing in Python
# writes these four tables.

class NetworkTieRow(Base):
    """A tie of an occurred real event (``ClusterTieRow``) under one pair of two countries
    the event has (``ClusterPairRow``), keyed by pair and edge."""

    __tablename__ = "network_ties"
    __table_args__ = ({"sqlite_with_rowid": False},)

    pair: Mapped[str] = mapped_column(String(40), primary_key=True)
    source_id: Mapped[str] = mapped_column(Text, primary_key=True)
    target_id: Mapped[str] = mapped_column(Text, primary_key=True)
    type: Mapped[str] = mapped_column(String(16), primary_key=True)
    cluster_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    date: Mapped[str | None] = mapped_column(String(10))
    goldstein_millionths: Mapped[int] = mapped_column(BigInteger)


class NetworkEdgeRow(Base):
    """One edge of a pair's network: its ties (real events), their Goldstein sum in
    millionths, first and last dates (None: none dated), and the real event and tie
    position it first appears at."""

    __tablename__ = "network_edges"

    pair: Mapped[str] = mapped_column(String(40), primary_key=True)
    source_id: Mapped[str] = mapped_column(Text, primary_key=True)
    target_id: Mapped[str] = mapped_column(Text, primary_key=True)
    type: Mapped[str] = mapped_column(String(16), primary_key=True)
    ties: Mapped[int] = mapped_column(Integer)
    goldstein_millionths: Mapped[int] = mapped_column(BigInteger)
    first_date: Mapped[str | None] = mapped_column(String(10))
    last_date: Mapped[str | None] = mapped_column(String(10))
    first_cluster: Mapped[int] = mapped_column(Integer)
    first_position: Mapped[int] = mapped_column(Integer)


class NetworkActorClusterRow(Base):
    """How many ties of one real event of a pair name an actor (the actor's real events)."""

    __tablename__ = "network_actor_clusters"
    __table_args__ = ({"sqlite_with_rowid": False},)

    pair: Mapped[str] = mapped_column(String(40), primary_key=True)
    actor_id: Mapped[str] = mapped_column(Text, primary_key=True)
    cluster_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ties: Mapped[int] = mapped_column(Integer)


class NetworkActorRow(Base):
    """An actor of a pair's network: its real events and the first one."""

    __tablename__ = "network_actors"

    pair: Mapped[str] = mapped_column(String(40), primary_key=True)
    actor_id: Mapped[str] = mapped_column(Text, primary_key=True)
    events: Mapped[int] = mapped_column(Integer)
    first_cluster: Mapped[int] = mapped_column(Integer)


class CorrectionRow(Base):
    """An analyst's decision about one event or figure (see ``bilateral.store.review``).

    Anchored on the document's content hash and the sentence span, not on a row id, so it
    re-attaches after ``reextract`` or a re-ingest. ``chain`` names the record it is about;
    the latest correction of a chain is the one applied.
    """

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    correction_id: Mapped[str] = mapped_column(String(64), unique=True)
    chain: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # event | figure
    decision: Mapped[str] = mapped_column(String(8))  # accept | edit | reject | add
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    doc_id: Mapped[str] = mapped_column(String(32))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[str] = mapped_column(Text)
    # what identifies the extractor's record in its sentence; None for an added record
    original: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    author: Mapped[str] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(32))  # ISO time, kept as written
    # applied | restored (the extractor no longer gives it; the analyst's record is kept) |
    # orphaned (document or sentence not in the store) | superseded (a later one in the chain)
    state: Mapped[str] = mapped_column(String(16), default="orphaned")
    record_id: Mapped[str | None] = mapped_column(String(48))


# a pair's events sorted by date and id from the index alone (the events list, its pages);
# SQLite's entries end with the rowid, the id, already: migration 0012 adds it on PostgreSQL
Index("ix_events_pair_date", EventRow.source_country, EventRow.target_country, EventRow.date,
      EventRow.id)
Index("ix_figure_conflicts_group", FigureConflictRow.variable, FigureConflictRow.country_key)
# a pair's events by status, and its documents, from the index alone (the overview)
Index("ix_event_pairs_status", EventPairRow.pair, EventPairRow.status, EventPairRow.doc_id,
      EventPairRow.event_id)
# a pair's figures' documents from the index alone (the overview's cited documents)
Index("ix_figures_key_doc", FigureRow.country_key, FigureRow.doc_id)
# a pair's figures in the order they are listed, sorted from the index alone (migration 0018)
Index("ix_figures_key_order", FigureRow.country_key, FigureRow.variable, FigureRow.period,
      FigureRow.id)
# the review queue: unreviewed events, most doubtful first; unreviewed contradicted figures
# by id (on PostgreSQL the id in byte order, COLLATE "C", as Python sorts it: migration 0014)
Index("ix_events_doubt", EventRow.review, EventRow.doubt.desc(), EventRow.event_id)
Index("ix_figures_contradicted", FigureRow.review, FigureRow.contradicted, FigureRow.figure_id)
Index("ix_cluster_pairs_timeline", ClusterPairRow.pair, ClusterPairRow.status, ClusterPairRow.date,
      ClusterPairRow.cluster_id)
# the documents list, newest first (its undated documents are read by id after)
Index("ix_documents_newest", DocumentRow.published.desc(), DocumentRow.id)
# a pair's real events of every status by date, or of one type by date (the clusters list)
Index("ix_cluster_pairs_date", ClusterPairRow.pair, ClusterPairRow.date, ClusterPairRow.cluster_id)
Index("ix_cluster_pairs_type_date", ClusterPairRow.pair, ClusterPairRow.type, ClusterPairRow.date,
      ClusterPairRow.cluster_id)
# an edge's first and last dates when a tie goes (on PostgreSQL the date in byte order,
# COLLATE "C": migration 0015); a real event's ties under its pairs
Index("ix_network_ties_date", NetworkTieRow.pair, NetworkTieRow.source_id, NetworkTieRow.target_id,
      NetworkTieRow.type, NetworkTieRow.date)
Index("ix_network_ties_cluster", NetworkTieRow.cluster_id, NetworkTieRow.pair)
