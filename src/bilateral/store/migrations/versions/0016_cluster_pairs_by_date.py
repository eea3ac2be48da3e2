"""cluster_pairs: a pair's real events by date, and by type and date, from an index

``/api/clusters?pair=…`` lists a pair's real events of every status by date. It counted
and sorted all of them per request (the 22,980 of the largest pair of a 100,000-article
store: ~100 ms of CPU on SQLite); the only index holding the date had the status before it.
With these two indexes a page is read in order from the index, with or without a type.

Revision ID: 0016
Revises: 0015
"""
from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_cluster_pairs_date', 'cluster_pairs', ['pair', 'date', 'cluster_id'])
    op.create_index('ix_cluster_pairs_type_date', 'cluster_pairs',
                    ['pair', 'type', 'date', 'cluster_id'])


def downgrade() -> None:
    op.drop_index('ix_cluster_pairs_type_date', table_name='cluster_pairs')
    op.drop_index('ix_cluster_pairs_date', table_name='cluster_pairs')
