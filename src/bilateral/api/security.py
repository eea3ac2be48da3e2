"""Who may write: a token when one is set, and a check that a public server always has one."""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from fastapi import Header, HTTPException, Request

from bilateral.errors import ConfigError

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")


def is_loopback(host: str) -> bool:
    """True when ``host`` only listens on this machine (127.0.0.0/8, ::1, localhost)."""
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve to anything


def check_bind(host: str, token: str | None) -> None:
    """Refuse to listen beyond loopback without a token (write endpoints would be open)."""
    if not is_loopback(host) and not token:
        raise ConfigError(
            f"--host {host} is reachable from other machines; give --token TOKEN so that "
            "uploads and ingestion need it (or use --host 127.0.0.1)"
        )


def _presented_token(request: Request, authorization: str | None) -> str | None:
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return request.headers.get("x-bilateral-token")


def require_writer(
    request: Request,
    authorization: str | None = Header(None, description="Bearer TOKEN, when the server has one"),
    x_bilateral_client: str | None = Header(None, description="Any value; sent by the dashboard"),
) -> None:
    """Dependency for write endpoints.

    With a server token: ``Authorization: Bearer TOKEN`` (or ``X-Bilateral-Token``) is
    required: 401 when missing, 403 when wrong. Without one (loopback only), the request
    must still carry an ``X-Bilateral-Client`` header: a browser cannot add it to a
    cross-site form post without a CORS preflight, which this server never grants.
    """
    if request.app.state.store.read_only:
        raise HTTPException(403, "this server has the store open read-only")
    expected = request.app.state.token
    if expected:
        presented = _presented_token(request, authorization)
        if not presented:
            raise HTTPException(401, "this server needs a token: Authorization: Bearer TOKEN",
                                headers={"WWW-Authenticate": "Bearer"})
        if not hmac.compare_digest(presented.encode(), expected.encode()):
            raise HTTPException(403, "wrong token")
    elif not x_bilateral_client:
        raise HTTPException(403, "write requests need the X-Bilateral-Client header")


def form_token(request: Request) -> str:
    """The hidden field a dashboard form carries: a key of this server process, which a page
    on another site cannot read (same-origin policy), so it cannot forge the post."""
    state = request.app.state
    if not getattr(state, "form_secret", None):
        state.form_secret = secrets.token_bytes(32)
    return hmac.new(state.form_secret, b"bilateral-form", hashlib.sha256).hexdigest()


def check_form_writer(request: Request, fields: Mapping[str, Any]) -> None:
    """``require_writer`` for a form posted without JavaScript (no custom header possible).

    The form must carry this server's ``form_token``; a server with a token also needs it typed
    in the form's ``token`` field; a post whose Origin is another site is refused.
    """
    origin = request.headers.get("origin")
    # "null": the browser hides the origin (these pages send Referrer-Policy: no-referrer)
    if origin and origin != "null" and urlsplit(origin).netloc != request.headers.get("host", ""):
        raise HTTPException(403, "a form from another site cannot write here")
    if not hmac.compare_digest(str(fields.get("csrf", "")).encode(), form_token(request).encode()):
        raise HTTPException(403, "this form has expired: reload the page and try again")
    expected = request.app.state.token
    if expected and not hmac.compare_digest(str(fields.get("token", "")).encode(), expected.encode()):
        raise HTTPException(403, "wrong or missing token: this server needs its token to write")
