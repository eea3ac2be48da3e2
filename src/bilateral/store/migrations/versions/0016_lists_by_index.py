"""lists read in order from an index: a pair's real events by date, documents newest first

``/api/clusters?pair=…`` lists a pair's real events of every status by date. It counted
and sorted all of them per request (the 22,980 of the largest pair of a 100,000-article
store: ~100 ms of CPU on SQLite); the only index holding the date had the status before it.
With these two indexes a page is read in order from the index, with or without a type.

documents: the newest first, by (published descending, id), from an index: the documents
list sorted all of them for each page (99,970 in that store, ~40 ms of CPU).

Revision ID: 0016
Revises: 0015
"""
import sqlalchemy as sa
from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_cluster_pairs_date', 'cluster_pairs', ['pair', 'date', 'cluster_id'])
    op.create_index('ix_cluster_pairs_type_date', 'cluster_pairs',
                    ['pair', 'type', 'date', 'cluster_id'])
    op.create_index('ix_documents_newest', 'documents', [sa.text('published DESC'), 'id'])


def downgrade() -> None:
    op.drop_index('ix_documents_newest', table_name='documents')
    op.drop_index('ix_cluster_pairs_type_date', table_name='cluster_pairs')
    op.drop_index('ix_cluster_pairs_date', table_name='cluster_pairs')
