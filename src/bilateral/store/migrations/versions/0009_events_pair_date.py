"""events: the pair index carries the date, so a pair's page of events is sorted from the index

``ix_events_pair`` (source_country, target_country) made the events list of a pair read every
one of its rows for their date before sorting (81,000 rows for the largest pair of a
100,000-article store); (source_country, target_country, date) holds the date and the row id
beside the pair, and still serves everything the old index did, which it replaces.

Revision ID: 0009
Revises: 0008
"""
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_events_pair_date', 'events', ['source_country', 'target_country', 'date'])
    op.drop_index('ix_events_pair', table_name='events')


def downgrade() -> None:
    op.create_index('ix_events_pair', 'events', ['source_country', 'target_country'])
    op.drop_index('ix_events_pair_date', table_name='events')
