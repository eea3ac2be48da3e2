"""full-text search on PostgreSQL reads stored tsvectors instead of recomputing them

Migration 0002 indexed ``to_tsvector('english', …)`` expressions with GIN: the index finds
the matching rows, but ranking them (``ts_rank``) parsed each matching row's text again, a
whole article for a document (8 s for a common word in a 100,000-article store). Each table
now keeps the same vector in a generated column, ``search_vector``, which PostgreSQL
computes when a row is written, and the GIN index is on that column. SQLite's FTS5 tables
are unchanged.

Revision ID: 0011
Revises: 0010
"""
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

# table -> (GIN index, the text it searches): the expressions of migration 0002.
SEARCHED = {
    "documents": ("ix_documents_fulltext", "coalesce(title, '') || ' ' || text"),
    "events": ("ix_events_fulltext", "sentence"),
    "quotes": ("ix_quotes_fulltext", "text"),
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, (index, expression) in SEARCHED.items():
        op.execute(f"DROP INDEX IF EXISTS {index}")
        op.execute(f"ALTER TABLE {table} ADD COLUMN search_vector tsvector "
                   f"GENERATED ALWAYS AS (to_tsvector('english', {expression})) STORED")
        op.execute(f"CREATE INDEX {index} ON {table} USING GIN (search_vector)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, (index, expression) in SEARCHED.items():
        op.execute(f"DROP INDEX IF EXISTS {index}")
        op.execute(f"ALTER TABLE {table} DROP COLUMN search_vector")
        op.execute(f"CREATE INDEX {index} ON {table} "
                   f"USING GIN (to_tsvector('english', {expression}))")
