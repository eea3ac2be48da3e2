"""what the big pages read is kept beside the rows: doubt, pair statuses, ties, disagreements

- ``events.doubt``: the review queue's points for the event (``store.doubt``), so the queue
  reads its most doubtful unreviewed events from ``ix_events_doubt``; filled here with the
  rule's expression as it stands at this version.
- ``event_pairs.status`` and ``event_pairs.doc_id``: copied from the event, so the overview
  counts a pair's events by status and its documents from ``ix_event_pairs_status``.
- ``cluster_ties``: every cluster's ties (``clusters.ties``) as rows of actor ids with the
  cluster's type, date and score, read by the network instead of every cluster's row.
- ``figure_disagreements``: a conflict's disagreeing pairs, moved out of
  ``figure_conflicts.disagreements`` in rows of ``PAIRS_PER_ROW``, with their number in
  ``figure_conflicts.disagreement_count``: a page of conflicts no longer reads every pair.

Revision ID: 0010
Revises: 0009
"""
from collections.abc import Iterator, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

PAIRS_PER_ROW = 1000  # linking.contradictions.DISAGREEMENTS_PER_ROW at this version
ROWS_PER_READ = 5000
# store.doubt.event_doubt at this version, as SQL
DOUBT = """
    (CASE WHEN confidence < 0.6 THEN 2.0 + 0.6 - confidence ELSE 0.0 END)
    + (CASE WHEN type IN ('ACCUSE', 'ASSAULT', 'COERCE', 'MOBILIZE', 'PROTEST', 'REJECT',
                          'SANCTION', 'THREATEN') THEN 1.0 ELSE 0.0 END)
    + (CASE WHEN status = 'occurred' AND (date IS NULL OR date = '') THEN 0.75 ELSE 0.0 END)
    + (CASE WHEN status != 'occurred' THEN 0.5 ELSE 0.0 END)
"""


def _batches(connection: sa.Connection, query: sa.Select[Any],
             key: sa.ColumnClause[Any]) -> Iterator[Sequence[Any]]:
    """Every row of ``query``, read ``ROWS_PER_READ`` at a time by ``key``."""
    last = None
    while True:
        page = query.order_by(key).limit(ROWS_PER_READ)
        if last is not None:
            page = page.where(key > last)
        rows = connection.execute(page).all()
        if not rows:
            return
        yield rows
        last = rows[-1][0]


def _fill_cluster_ties(connection: sa.Connection) -> None:
    clusters = sa.table('clusters', sa.column('id', sa.Integer), sa.column('ties', sa.JSON),
                        sa.column('type'), sa.column('date'), sa.column('goldstein'))
    ties = sa.table('cluster_ties', sa.column('cluster_id'), sa.column('position'),
                    sa.column('source_id'), sa.column('target_id'), sa.column('type'),
                    sa.column('date'), sa.column('goldstein'))
    read = sa.select(clusters.c.id, clusters.c.ties, clusters.c.type, clusters.c.date,
                     clusters.c.goldstein)
    for rows in _batches(connection, read, clusters.c.id):
        values = [{"cluster_id": cluster_id, "position": n, "source_id": a["id"],
                   "target_id": b["id"], "type": type_, "date": date, "goldstein": goldstein}
                  for cluster_id, pairs, type_, date, goldstein in rows
                  for n, (a, b) in enumerate(pairs or [])]
        if values:
            connection.execute(sa.insert(ties), values)


def _split_disagreements(connection: sa.Connection) -> None:
    conflicts = sa.table('figure_conflicts', sa.column('id', sa.Integer),
                         sa.column('disagreements', sa.JSON),
                         sa.column('disagreement_count', sa.Integer))
    chunks = sa.table('figure_disagreements', sa.column('conflict_id'), sa.column('chunk'),
                      sa.column('pairs', sa.JSON))
    ids = connection.scalars(sa.select(conflicts.c.id).order_by(conflicts.c.id)).all()
    for conflict_id in ids:  # one at a time: a conflict's pairs may be millions
        pairs = connection.scalar(sa.select(conflicts.c.disagreements)
                                  .where(conflicts.c.id == conflict_id)) or []
        connection.execute(sa.update(conflicts).where(conflicts.c.id == conflict_id)
                           .values(disagreement_count=len(pairs)))
        values = [{"conflict_id": conflict_id, "chunk": n,
                   "pairs": pairs[start:start + PAIRS_PER_ROW]}
                  for n, start in enumerate(range(0, len(pairs), PAIRS_PER_ROW))]
        if values:
            connection.execute(sa.insert(chunks), values)


def _join_disagreements(connection: sa.Connection) -> None:
    conflicts = sa.table('figure_conflicts', sa.column('id', sa.Integer),
                         sa.column('disagreements', sa.JSON))
    chunks = sa.table('figure_disagreements', sa.column('conflict_id'), sa.column('chunk'),
                      sa.column('pairs', sa.JSON))
    ids = connection.scalars(sa.select(conflicts.c.id).order_by(conflicts.c.id)).all()
    for conflict_id in ids:
        pairs = [pair for rows in connection.scalars(
            sa.select(chunks.c.pairs).where(chunks.c.conflict_id == conflict_id)
            .order_by(chunks.c.chunk)) for pair in rows]
        connection.execute(sa.update(conflicts).where(conflicts.c.id == conflict_id)
                           .values(disagreements=pairs))


def upgrade() -> None:
    connection = op.get_bind()
    op.add_column('events', sa.Column('doubt', sa.Float(), nullable=False, server_default='0'))
    op.execute(f"UPDATE events SET doubt = {DOUBT}")
    op.create_index('ix_events_doubt', 'events', ['review', sa.text('doubt DESC'), 'event_id'])

    op.add_column('event_pairs', sa.Column('status', sa.String(length=16), nullable=True))
    op.add_column('event_pairs', sa.Column('doc_id', sa.String(length=32), nullable=True))
    op.execute("UPDATE event_pairs SET "
               "status = (SELECT status FROM events WHERE events.id = event_pairs.event_id), "
               "doc_id = (SELECT doc_id FROM events WHERE events.id = event_pairs.event_id)")
    op.create_index('ix_event_pairs_status', 'event_pairs', ['pair', 'status', 'doc_id', 'event_id'])

    op.create_table(
        'cluster_ties',
        sa.Column('cluster_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('source_id', sa.Text(), nullable=False),
        sa.Column('target_id', sa.Text(), nullable=False),
        sa.Column('type', sa.String(length=16), nullable=False),
        sa.Column('date', sa.String(length=10), nullable=True),
        sa.Column('goldstein', sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(['cluster_id'], ['clusters.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('cluster_id', 'position'),
        sqlite_with_rowid=False,
    )
    _fill_cluster_ties(connection)

    op.create_table(
        'figure_disagreements',
        sa.Column('conflict_id', sa.Integer(), nullable=False),
        sa.Column('chunk', sa.Integer(), nullable=False),
        sa.Column('pairs', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(['conflict_id'], ['figure_conflicts.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('conflict_id', 'chunk'),
    )
    op.add_column('figure_conflicts', sa.Column('disagreement_count', sa.Integer(),
                                                nullable=False, server_default='0'))
    _split_disagreements(connection)
    # dropped in place (SQLite 3.35+ and PostgreSQL): a copied table would be dropped
    # whole, and that deletes the sides referencing it
    op.drop_column('figure_conflicts', 'disagreements')


def downgrade() -> None:
    connection = op.get_bind()
    op.add_column('figure_conflicts', sa.Column('disagreements', sa.JSON(), nullable=False,
                                                server_default='[]'))
    _join_disagreements(connection)
    op.drop_column('figure_conflicts', 'disagreement_count')
    op.drop_table('figure_disagreements')
    op.drop_table('cluster_ties')
    op.drop_index('ix_event_pairs_status', table_name='event_pairs')
    op.drop_column('event_pairs', 'doc_id')
    op.drop_column('event_pairs', 'status')
    op.drop_index('ix_events_doubt', table_name='events')
    op.drop_column('events', 'doubt')
