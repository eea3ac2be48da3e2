"""``bilateral serve``: the REST API and the dashboard (FastAPI + Uvicorn)."""

from __future__ import annotations

import gc

import typer

from bilateral.cli.context import db_option
from bilateral.errors import MissingExtra


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        ctx: typer.Context,
        host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
        port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
        token: str | None = typer.Option(
            None, "--token", envvar="BILATERAL_TOKEN",
            help="Write endpoints (ingest) need 'Authorization: Bearer TOKEN'. "
            "Required when --host is not a loopback address.",
        ),
        max_upload_mb: int = typer.Option(20, "--max-upload-mb", min=1, max=1024,
                                          help="Largest file the ingest page accepts."),
        read_only: bool = typer.Option(
            False, "--read-only",
            help="Never write to the store (SQLite mode=ro; PostgreSQL read-only "
            "transactions); ingest is refused. Automatic for a SQLite file not writable."),
    ) -> None:
        """Serve the dashboard at / and the REST API at /api (docs at /api/docs).

        Example: bilateral --db out/example.db serve --port 8000
        """
        try:
            import uvicorn
        except ImportError:
            raise MissingExtra("uvicorn", "web") from None
        from bilateral.api.security import LOOPBACK_NAMES, check_bind, is_loopback
        from bilateral.web.app import Settings, create_app

        check_bind(host, token)
        hosts = None
        # A loopback server answers only to its own names (against DNS rebinding); Starlette's
        # host check cannot parse IPv6 Host headers, so [::1] goes without it.
        if is_loopback(host) and ":" not in host:
            hosts = [*LOOPBACK_NAMES, host]
        web = create_app(db_option(ctx), token, allowed_hosts=hosts, read_only=read_only,
                         settings=Settings(max_upload_bytes=max_upload_mb << 20,
                                           max_request_bytes=max(200, 4 * max_upload_mb) << 20))
        _link_pending(web.state.store)
        # What is loaded by now (modules, the gazetteer, the app) lives as long as the server:
        # keep it out of the collector's full passes, which otherwise walk it all every few
        # requests (~90 ms each, a page's whole time on a large store).
        gc.collect()
        gc.freeze()
        typer.echo(f"bilateral: dashboard at http://{host}:{port}/  API docs at "
                   f"http://{host}:{port}/api/docs", err=True)
        uvicorn.run(web, host=host, port=port, log_level="warning")


def _link_pending(store) -> None:  # type: ignore[no-untyped-def]
    """Link events and compare figures stored by an older version (or by hand) before
    serving: pages never link."""
    from sqlalchemy import func, select

    from bilateral.linking.events import link_pending
    from bilateral.store.models import EventRow, FigureRow

    if store.read_only:
        with store.session() as session:
            unlinked = session.scalar(select(func.count()).where(EventRow.cluster_id.is_(None)))
            unchecked = session.scalar(select(func.count())
                                       .where(FigureRow.conflicts_checked.is_(False)))
        if unlinked or unchecked:
            typer.echo(f"bilateral: {unlinked} events have no cluster yet and {unchecked} "
                       "figures were not compared; they are left out of timelines and "
                       "conflicts: serve the store once without --read-only to link them",
                       err=True)
        return
    with store.session() as session:
        linked = link_pending(session)
    if linked.events:
        typer.echo(f"bilateral: linked {linked.events} events stored without clusters", err=True)
