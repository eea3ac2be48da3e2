"""Alembic environment: runs on the connection bilateral passes in (see store/migrate.py)."""

from alembic import context
from sqlalchemy import Connection, create_engine

from bilateral.store.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # the alembic command line, e.g. `alembic revision --autogenerate`
        url = config.get_main_option("sqlalchemy.url")
        if not url:
            raise SystemExit("alembic: no sqlalchemy.url in the config; set it to the store's URL")
        engine = create_engine(url)
        with engine.begin() as connection:
            _migrate(connection)
    else:
        _migrate(connection)


def _not_full_text(name: str | None, type_: str, _parent: object) -> bool:
    # FTS5 tables (migration 0002) are raw SQL, not models: autogenerate must not drop them.
    return not (type_ == "table" and name and "_fts" in name)


def _migrate(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_name=_not_full_text,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


run()
