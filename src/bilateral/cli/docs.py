"""``bilateral docs list|show``: the stored articles."""

from __future__ import annotations

import typer
from sqlalchemy import func, select

from bilateral.cli.context import db_option
from bilateral.cli.output import FORMAT_OPTION, OutputFormat, emit, resolve_format
from bilateral.errors import UserError
from bilateral.store import open_store
from bilateral.store.models import DocumentRow, EventRow, FigureRow
from bilateral.store.write import document_summary

DOC_FIELDS = ("doc_id", "title", "published", "outlet", "source", "language", "status")


def register(app: typer.Typer) -> None:
    docs = typer.Typer(help="List and show stored articles.", no_args_is_help=True)
    app.add_typer(docs, name="docs")

    @docs.command("list")
    def list_docs(
        ctx: typer.Context,
        limit: int = typer.Option(100, "--limit", "-n", min=1, help="At most this many."),
        fmt: OutputFormat | None = FORMAT_OPTION,
    ) -> None:
        """List stored articles, newest publication first.

        Example: bilateral docs list --format json
        """
        store = open_store(db_option(ctx))
        with store.session() as session:
            events = dict(session.execute(select(EventRow.doc_id, func.count()).group_by(EventRow.doc_id)).all())
            figures = dict(session.execute(select(FigureRow.doc_id, func.count()).group_by(FigureRow.doc_id)).all())
            rows = session.scalars(
                select(DocumentRow).order_by(DocumentRow.published.desc(), DocumentRow.id).limit(limit)
            ).all()
            out = [document_summary(r) | {"events": events.get(r.doc_id, 0), "figures": figures.get(r.doc_id, 0)}
                   for r in rows]
        emit(out, fmt, ("doc_id", "published", "outlet", "title", "events", "figures"),
             widths={"title": 60})

    @docs.command("show")
    def show_doc(
        ctx: typer.Context,
        doc_id: str = typer.Argument(..., help="A document id (or a unique prefix of one)."),
        fmt: OutputFormat | None = FORMAT_OPTION,
    ) -> None:
        """Show one article: metadata and cleaned text.

        Example: bilateral docs show 3f2a9c
        """
        store = open_store(db_option(ctx))
        with store.session() as session:
            rows = session.scalars(
                select(DocumentRow).where(DocumentRow.doc_id.startswith(doc_id)).limit(2)
            ).all()
            if not rows:
                raise UserError(f"no document with id {doc_id!r}; `bilateral docs list` shows the ids")
            if len(rows) > 1:
                raise UserError(f"{doc_id!r} matches several documents; give more characters")
            row = rows[0]
            data = document_summary(row) | {"text": row.text}
        if resolve_format(fmt) is not OutputFormat.table:
            emit([data], fmt, (*DOC_FIELDS, "text"))
            return
        from rich.console import Console

        console = Console()
        console.print(f"[bold]{data['title'] or '(no title)'}[/]")
        console.print(f"{data['outlet'] or ''}  {data['published'] or 'date unknown'}  {data['source']}",
                      style="dim")
        console.print()
        console.print(data["text"], markup=False, highlight=False)

