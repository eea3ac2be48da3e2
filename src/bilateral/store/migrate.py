"""Bring a store's schema up to date with Alembic, programmatically (no alembic.ini needed)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from bilateral.errors import ConfigError

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(engine: Engine, url: str) -> None:
    """Apply every pending migration to the store at ``url`` (idempotent)."""
    config = alembic_config(url)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except OperationalError as exc:
        reason = str(exc.orig).splitlines()[0] if exc.orig else str(exc)
        raise ConfigError(f"cannot open database {url}: {reason}") from None


def check_current(engine: Engine, url: str) -> None:
    """Refuse a read-only store whose schema is not the latest (it cannot be migrated)."""
    head = ScriptDirectory.from_config(alembic_config(url)).get_current_head()
    try:
        with engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise ConfigError(f"cannot open database {url} read-only: {reason}") from None
    if current != head:
        raise ConfigError(
            f"the store {url} is at schema version {current or 'none'}, not {head}; "
            "open it once with write access (any bilateral command) to upgrade it")
