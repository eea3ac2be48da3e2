"""Request-scoped helpers: the store of the running app, and a session on it."""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import Request
from sqlalchemy.orm import Session

from bilateral.store.session import Store


def get_store(request: Request) -> Store:
    return request.app.state.store


def get_session(request: Request) -> Iterator[Session]:
    """A read session for one request."""
    with get_store(request).session() as session:
        yield session
