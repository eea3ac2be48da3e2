"""full-text search over documents, events and quotes

SQLite: FTS5 tables with external content (the rows stay in their tables) kept
in sync by triggers. PostgreSQL: GIN indexes on to_tsvector('english', ...);
bilateral.analysis.search queries the same expressions so the indexes are used.

Revision ID: 0002
Revises: 0001
"""
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

# FTS table -> (content table, indexed columns). Used by bilateral.analysis.search.
FTS_TABLES = {
    "documents_fts": ("documents", ("title", "text")),
    "events_fts": ("events", ("sentence",)),
    "quotes_fts": ("quotes", ("text",)),
}

PG_INDEXES = {
    "ix_documents_fulltext": ("documents", "coalesce(title, '') || ' ' || text"),
    "ix_events_fulltext": ("events", "sentence"),
    "ix_quotes_fulltext": ("quotes", "text"),
}


def _sqlite_statements(fts: str, table: str, columns: tuple[str, ...]) -> list[str]:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    delete = f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old});"
    insert = f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new});"
    return [
        (f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', "
         "content_rowid='id', tokenize='porter unicode61')"),
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN {delete} END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {cols} ON {table} BEGIN {delete} {insert} END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for fts, (table, columns) in FTS_TABLES.items():
            for statement in _sqlite_statements(fts, table, columns):
                op.execute(statement)
    elif dialect == "postgresql":
        for name, (table, expression) in PG_INDEXES.items():
            op.execute(f"CREATE INDEX {name} ON {table} "
                       f"USING GIN (to_tsvector('english', {expression}))")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for fts in FTS_TABLES:
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {fts}")
    elif dialect == "postgresql":
        for name in PG_INDEXES:
            op.execute(f"DROP INDEX IF EXISTS {name}")
