"""Alembic environment: runs on the connection bilateral passes in (see store/migrate.py)."""

from alembic import context
from sqlalchemy import create_engine

from bilateral.store.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # the alembic command line, e.g. `alembic revision --autogenerate`
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as connection:
            _migrate(connection)
    else:
        _migrate(connection)


def _not_full_text(name, type_, _parent) -> bool:  # type: ignore[no-untyped-def]
    # FTS5 tables (migration 0002) are raw SQL, not models: autogenerate must not drop them.
    return not (type_ == "table" and name and "_fts" in name)


def _migrate(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_name=_not_full_text,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


run()
