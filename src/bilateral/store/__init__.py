"""The store: SQLAlchemy 2 over SQLite (default) or PostgreSQL, with Alembic migrations."""

from bilateral.store.session import Store, database_url, open_store

__all__ = ["Store", "database_url", "open_store"]
