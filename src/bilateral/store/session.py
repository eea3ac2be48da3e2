"""Open the store: a SQLite file by default, any SQLAlchemy URL (PostgreSQL) otherwise.

The location comes from, in order: ``--db``, the environment variable
``BILATERAL_DB``, then ``bilateral.db`` in the working folder. The schema is
brought up to date by Alembic migrations on open.

A store can be opened read-only (``bilateral serve --read-only``, and always when the
SQLite file is not writable): SQLite opens the file with ``mode=ro``, PostgreSQL
sessions are read-only transactions, and the schema is checked, not migrated. Every
read works on it, since reading never writes (events are linked when they are stored).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.orm import Session, sessionmaker

from bilateral.errors import ConfigError

DEFAULT_DB = "bilateral.db"


def database_url(db: str | None = None) -> str:
    """A SQLAlchemy URL from a file path, a URL, ``BILATERAL_DB`` or the default file."""
    db = db or os.environ.get("BILATERAL_DB") or DEFAULT_DB
    if "://" in db:
        if db.startswith("postgres://"):
            db = "postgresql://" + db[len("postgres://"):]
        if db.startswith("postgresql://"):
            db = "postgresql+psycopg://" + db[len("postgresql://"):]
        return db
    path = Path(db).expanduser()
    if path.is_dir():
        raise ConfigError(f"--db {db} is a folder; give a file path such as {path / DEFAULT_DB}")
    return f"sqlite:///{path}"


def _sqlite_read_only_pragmas(dbapi_connection: DBAPIConnection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _sqlite_pragmas(dbapi_connection: DBAPIConnection, _record: object) -> None:
    # WAL lets readers (the web app) read while an ingest writes; foreign keys are off by default.
    # synchronous=NORMAL: in WAL mode a commit survives a crash of the process (the SIGKILL
    # tests), only a power cut may lose the last ones, and the store stays consistent; FULL
    # (the default) syncs the disk on every document's commit.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


@dataclass
class Store:
    """The one stateful part of bilateral: an engine and a session factory."""

    engine: Engine
    url: str
    read_only: bool = False

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error."""
        with self._sessions() as session, session.begin():
            yield session

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"


def _read_only_url(url: str) -> str:
    """The SQLite URL that opens the same file with ``mode=ro`` (never written, never created)."""
    path = Path(url[len("sqlite:///"):]).resolve()
    if not path.is_file():
        raise ConfigError(f"{path} does not exist; a read-only store must be created first")
    return f"sqlite:///file:{quote(str(path))}?mode=ro&uri=true"


def open_store(db: str | None = None, *, migrate: bool = True, read_only: bool = False) -> Store:
    """Open (and create or upgrade) the store at ``db`` (path or SQLAlchemy URL).

    read_only: never write (see the module docstring); also chosen when ``db`` is a
    SQLite file this process may not write.
    """
    url = database_url(db)
    connect_url, connect_args = url, {}
    if url.startswith("sqlite:///"):
        path = Path(url[len("sqlite:///"):])
        if not path.parent.exists():
            raise ConfigError(f"folder {path.parent} does not exist; create it or choose another --db")
        read_only = read_only or (path.is_file() and not os.access(path, os.W_OK))
        if read_only:
            connect_url = _read_only_url(url)
    elif read_only and url.startswith("postgresql"):
        connect_args = {"options": "-c default_transaction_read_only=on"}
    try:
        engine = create_engine(connect_url, future=True, connect_args=connect_args)
    except Exception as exc:  # noqa: BLE001 - bad driver names, malformed URLs
        raise ConfigError(f"cannot use database {url!r}: {exc}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect",
                     _sqlite_read_only_pragmas if read_only else _sqlite_pragmas)
    store = Store(engine, url, read_only)
    if read_only:
        from bilateral.store.migrate import check_current

        check_current(engine, url)
    elif migrate:
        from bilateral.store.migrate import upgrade

        upgrade(engine, url)
    return store


def run_sql(session: Session, statement: Any, parameters: Any = None) -> Any:
    """``statement`` run as plain SQL on the session's connection, in its transaction.

    For the linking's reads of plain columns and its deletes, updates by condition and
    bulk inserts: through ``session.execute`` the ORM builds each read's rows again, looks
    for the objects a delete or an update touches (a SELECT before each) and maps every
    inserted row, though the writer keeps no such objects (~0.3 s of the ~2 s of linking the
    400 articles of ``bench/throughput.py``). The session's first read flushed what was
    pending: every statement after it is SQL, so nothing is.
    """
    return session.connection().execute(statement, parameters)
