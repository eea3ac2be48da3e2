"""Bring a store's schema up to date with Alembic, programmatically (no alembic.ini needed)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from bilateral.errors import ConfigError

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(store) -> None:  # type: ignore[no-untyped-def]
    """Apply every pending migration to ``store`` (idempotent)."""
    config = alembic_config(store.url)
    try:
        with store.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except OperationalError as exc:
        reason = str(exc.orig).splitlines()[0] if exc.orig else str(exc)
        raise ConfigError(f"cannot open database {store.url}: {reason}") from None


def check_current(store) -> None:  # type: ignore[no-untyped-def]
    """Refuse a read-only store whose schema is not the latest (it cannot be migrated)."""
    head = ScriptDirectory.from_config(alembic_config(store.url)).get_current_head()
    try:
        with store.engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise ConfigError(f"cannot open database {store.url} read-only: {reason}") from None
    if current != head:
        raise ConfigError(
            f"the store {store.url} is at schema version {current or 'none'}, not {head}; "
            "open it once with write access (any bilateral command) to upgrade it")
