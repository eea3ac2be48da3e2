"""The web application: REST API under /api and the dashboard, from one factory.

It sits above ``bilateral.api`` and the dashboard's views (which read the store through the
API's queries): neither of them imports it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware

from bilateral import __version__
from bilateral.api.envelope import install_error_handlers
from bilateral.api.jobs import JobRunner
from bilateral.api.routes import analysis as analysis_routes
from bilateral.api.routes import ingest as ingest_routes
from bilateral.api.routes import records as records_routes
from bilateral.api.routes import review as review_routes
from bilateral.store.session import Store, open_store
from bilateral.web.review import router as web_review_router
from bilateral.web.views import FAVICON, render_error
from bilateral.web.views import router as web_router

VENDOR_CACHE = {"Cache-Control": "public, max-age=86400"}

# Pages may only run our own scripts; Plotly sets inline styles, hence 'unsafe-inline' for styles.
PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; "
            "frame-ancestors 'none'; form-action 'self'")


@dataclass(frozen=True)
class Settings:
    """What a running server was started with."""

    max_upload_bytes: int = 20 << 20  # per uploaded file
    max_request_bytes: int = 200 << 20  # per ingest request, all files together
    page_size: int = 50


def vendor_files() -> dict[str, Path]:
    """Third-party browser files served from installed Python packages (never a CDN)."""
    found: dict[str, Path] = {}
    try:
        import plotly

        found["plotly.min.js"] = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    except ImportError:
        pass
    try:
        import fastapi_offline

        static = Path(fastapi_offline.__file__).parent / "static"
        for name in ("swagger-ui-bundle.js", "swagger-ui.css"):
            found[name] = static / name
    except ImportError:
        pass
    return {name: path for name, path in found.items() if path.is_file()}


def _add_vendor_routes(app: FastAPI) -> None:
    vendor = vendor_files()

    @app.get("/static/vendor/{name}", include_in_schema=False)
    def vendor_file(name: str) -> FileResponse:
        if name not in vendor:
            raise HTTPException(404, f"no vendor file {name!r}")
        return FileResponse(vendor[name], headers=VENDOR_CACHE)

    @app.get("/api/docs", include_in_schema=False)
    def api_docs() -> Any:
        return get_swagger_ui_html(openapi_url="/api/openapi.json", title="bilateral API",
                                   swagger_js_url="/static/vendor/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui.css",
                                   swagger_favicon_url=FAVICON)


def _add_security_headers(app: FastAPI) -> None:
    @app.middleware("http")
    async def headers(request: Request,
                      call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        if not request.url.path.startswith("/api/docs"):  # Swagger UI starts with an inline script
            response.headers.setdefault("Content-Security-Policy", PAGE_CSP)
        return response


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    app.state.jobs.shutdown()


def create_app(
    db: str | None,
    token: str | None = None,
    *,
    store: Store | None = None,
    allowed_hosts: list[str] | None = None,
    settings: Settings | None = None,
    ingest: Callable[..., Any] | None = None,
    read_only: bool = False,
) -> FastAPI:
    """Build the app on the store at ``db`` (path or SQLAlchemy URL; see ``open_store``).

    Args:
        db (str | None): the store; None means BILATERAL_DB or ./bilateral.db.
        token (str | None): when set, write endpoints need ``Authorization: Bearer TOKEN``.
        store (Store | None): an already open store (tests); ``db`` is then ignored.
        allowed_hosts (list[str] | None): Host headers accepted (guards a loopback server
            against DNS rebinding); None accepts any.
        settings (Settings | None): upload cap and page size. Defaults to ``Settings()``.
        ingest (Callable | None): the ingest function jobs call. Defaults to
            ``bilateral.store.ingest.ingest``, imported when the first job runs.
        read_only (bool): open the store read-only (see ``open_store``); ingest is refused.
    """
    store = store or open_store(db, read_only=read_only)
    app = FastAPI(
        title="bilateral",
        version=__version__,
        description="Events, figures and quotes about relations between countries, each with "
        "the sentence it comes from. Every answer is `{ok, data}`; lists add `total`, `limit`, "
        "`offset`; errors are `{ok: false, error, status}`.",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
        lifespan=_lifespan,
    )
    app.state.store = store
    app.state.token = token
    app.state.settings = settings or Settings()
    app.state.jobs = JobRunner(store, ingest)
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    _add_security_headers(app)

    install_error_handlers(app, render_error)
    for router in (records_routes.router, analysis_routes.router, ingest_routes.router,
                   review_routes.router, web_review_router, web_router):
        app.include_router(router)
    _add_vendor_routes(app)
    app.mount("/static", StaticFiles(directory=str(files("bilateral.web") / "static")),
              name="static")
    return app
