"""pairs by index: event_pairs and cluster_pairs; clusters keep their score and sectors

Events and clusters are found by pair from these tables (participants are JSON). The
event pairs of a stored store are filled here; its clusters are dropped, to be linked
again with their new columns (by the next ingest, or by ``bilateral serve`` on a
writable store, which links what is pending before it answers).

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

from bilateral.store.write import actor_countries, country_keys

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

BACKFILL_ROWS = 5000  # events read per query while filling event_pairs


def _fill_event_pairs() -> None:
    connection = op.get_bind()
    events = sa.table("events", sa.column("id"), sa.column("source", sa.JSON),
                      sa.column("target", sa.JSON), sa.column("participants", sa.JSON),
                      sa.column("source_country"), sa.column("target_country"))
    pairs = sa.table("event_pairs", sa.column("pair"), sa.column("event_id"))
    last = 0
    while True:
        rows = connection.execute(sa.select(events).where(events.c.id > last)
                                  .order_by(events.c.id).limit(BACKFILL_ROWS)).all()
        if not rows:
            return
        values = [{"pair": key, "event_id": row.id} for row in rows
                  for key in country_keys(actor_countries(
                      [row.source, row.target, *(row.participants or [])],
                      row.source_country, row.target_country))]
        if values:
            connection.execute(pairs.insert(), values)
        last = rows[-1].id


def upgrade() -> None:
    op.create_table(
        'event_pairs',
        sa.Column('pair', sa.String(length=40), nullable=False),
        sa.Column('event_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['event_id'], ['events.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('pair', 'event_id'),
    )
    op.create_index('ix_event_pairs_event_id', 'event_pairs', ['event_id'])
    op.create_table(
        'cluster_pairs',
        sa.Column('pair', sa.String(length=40), nullable=False),
        sa.Column('cluster_id', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('date', sa.String(length=10), nullable=True),
        sa.ForeignKeyConstraint(['cluster_id'], ['clusters.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('pair', 'cluster_id'),
    )
    op.create_index('ix_cluster_pairs_cluster_id', 'cluster_pairs', ['cluster_id'])
    op.create_index('ix_cluster_pairs_timeline', 'cluster_pairs',
                    ['pair', 'status', 'date', 'cluster_id'])
    with op.batch_alter_table('clusters') as batch:
        batch.add_column(sa.Column('goldstein', sa.Float(), nullable=True))
        batch.add_column(sa.Column('sectors', sa.String(length=64), nullable=False,
                                   server_default=''))
    op.execute("UPDATE events SET cluster_id = NULL")
    op.execute("DELETE FROM clusters")
    _fill_event_pairs()


def downgrade() -> None:
    with op.batch_alter_table('clusters') as batch:
        batch.drop_column('sectors')
        batch.drop_column('goldstein')
    op.drop_index('ix_cluster_pairs_timeline', table_name='cluster_pairs')
    op.drop_index('ix_cluster_pairs_cluster_id', table_name='cluster_pairs')
    op.drop_table('cluster_pairs')
    op.drop_index('ix_event_pairs_event_id', table_name='event_pairs')
    op.drop_table('event_pairs')
