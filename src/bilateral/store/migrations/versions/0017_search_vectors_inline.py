"""full-text search on PostgreSQL: every vector ranked is read from a narrow row, in line

Ranking a common word reads the tsvector of every matching row ('agreement' matches half the
articles and 55,000 events of a 100,000-article store). Two things made each read dear:

- an article's vector is ~2.3 kB and barely compresses, so PostgreSQL's default storage for
  it (EXTENDED) moved every one over ~2 kB out of line into the TOAST table, uncompressed: each
  match then cost a lookup in the TOAST index and reads of its chunks. Storage MAIN keeps a
  vector in its row unless the row cannot fit in a page (longer articles still go out of
  line), so ``document_vectors`` is rebuilt with it;
- an event's vector was a generated column of ``events``, whose rows carry the sentence, the
  actors and the record's JSON: the ranking read ~4,600 pages per 10,000 events. It moves to
  ``event_vectors`` (id, vector), kept by a trigger as ``documents``' is (0013).

The vectors, their GIN indexes and the queries' matches and ranks are the same. SQLite's FTS5
tables are unchanged.

Revision ID: 0017
Revises: 0016
"""
from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None

def _vector_table(table: str, source: str, vectors: str, index: str) -> None:
    """A narrow table of ``source``'s ids and vectors, kept in line, filled from ``vectors``
    (a vector copied from another table is read whole and stored by the new table's rules;
    changing a column's storage would leave the values already stored where they are)."""
    op.execute(f"CREATE TABLE {table} (id integer PRIMARY KEY "
               f"REFERENCES {source}(id) ON DELETE CASCADE, search_vector tsvector NOT NULL)")
    op.execute(f"ALTER TABLE {table} ALTER COLUMN search_vector SET STORAGE MAIN")
    op.execute(f"INSERT INTO {table} (id, search_vector) {vectors}")
    op.execute(f"CREATE INDEX {index} ON {table} USING GIN (search_vector)")
    op.execute(f"ANALYZE {table}")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE document_vectors RENAME TO document_vectors_toasted")
    op.execute("ALTER INDEX document_vectors_pkey RENAME TO document_vectors_toasted_pkey")
    op.execute("ALTER INDEX ix_documents_fulltext RENAME TO ix_documents_fulltext_toasted")
    _vector_table("document_vectors", "documents",
                  "SELECT id, search_vector FROM document_vectors_toasted", "ix_documents_fulltext")
    op.execute("DROP TABLE document_vectors_toasted")  # 0013's trigger names the new table

    op.execute("ALTER INDEX ix_events_fulltext RENAME TO ix_events_fulltext_wide")
    _vector_table("event_vectors", "events", "SELECT id, search_vector FROM events",
                  "ix_events_fulltext")
    op.execute("ALTER TABLE events DROP COLUMN search_vector")  # its index goes with it
    op.execute("""CREATE FUNCTION event_vectors_keep() RETURNS trigger AS $$
        BEGIN
            INSERT INTO event_vectors (id, search_vector)
            VALUES (NEW.id, to_tsvector('english', NEW.sentence))
            ON CONFLICT (id) DO UPDATE SET search_vector = EXCLUDED.search_vector;
            RETURN NULL;
        END $$ LANGUAGE plpgsql""")
    op.execute("CREATE TRIGGER event_vectors_kept AFTER INSERT OR UPDATE OF sentence "
               "ON events FOR EACH ROW EXECUTE FUNCTION event_vectors_keep()")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TABLE event_vectors")
    op.execute("DROP FUNCTION event_vectors_keep() CASCADE")
    op.execute("ALTER TABLE events ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
               "(to_tsvector('english', sentence)) STORED")
    op.execute("CREATE INDEX ix_events_fulltext ON events USING GIN (search_vector)")
    # the vectors stored since stay in line; those written from now on are toasted again
    op.execute("ALTER TABLE document_vectors ALTER COLUMN search_vector SET STORAGE EXTENDED")
