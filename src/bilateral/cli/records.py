"""``bilateral export``, ``bilateral events`` and ``bilateral reextract``."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import Progress
from sqlalchemy import ColumnElement, and_, func, or_, select

from bilateral.cli.context import db_option
from bilateral.cli.output import FORMAT_OPTION, OutputFormat, emit
from bilateral.errors import UserError
from bilateral.store import open_store
from bilateral.store.export import ExportFormat, write_jsonl
from bilateral.store.models import DocumentRow, EventRow
from bilateral.store.write import event_record
from bilateral.types import STATUSES


def check_country(code: str) -> str:
    """An ISO3 country or organisation code, upper-cased; UserError if malformed."""
    code = code.strip().upper()
    if not (2 <= len(code) <= 8 and code.isalnum()):
        raise UserError(f"{code!r} is not a country code; use ISO 3166 alpha-3 such as PAK or RUS")
    return code


def pair_filter(pair: tuple[str, str] | None) -> ColumnElement[bool] | None:
    """Events between the two countries, either way round (source/target or participants)."""
    if not pair:
        return None
    a, b = (check_country(c) for c in pair)
    return or_(
        and_(EventRow.source_country == a, EventRow.target_country == b),
        and_(EventRow.source_country == b, EventRow.target_country == a),
    )


def register(app: typer.Typer) -> None:
    @app.command("export")
    def export_command(
        ctx: typer.Context,
        fmt: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f", help="jsonl, gdelt-csv, plover-json, parquet or graphml."),
        output: Path = typer.Option(..., "--output", "-o", help="File to write ('-' for stdout with jsonl; a folder for parquet)."),
    ) -> None:
        """Export documents and records.

        Example: bilateral export --format jsonl -o export.jsonl
        """
        store = open_store(db_option(ctx))
        if fmt is ExportFormat.jsonl:
            if str(output) == "-":
                count = write_jsonl(store, sys.stdout)
            else:
                with open(output, "w", encoding="utf-8") as out:
                    count = write_jsonl(store, out)
        else:
            try:
                from bilateral.analysis.export import write_export
            except ImportError:
                raise UserError(f"--format {fmt.value} is not available in this version") from None
            if str(output) == "-":
                raise UserError(f"--format {fmt.value} needs a file: -o FILE")
            count = write_export(store, fmt.value, output)
        Console(stderr=True).print(f"wrote {count} records to {output}")

    @app.command("events")
    def events_command(
        ctx: typer.Context,
        pair: tuple[str, str] | None = typer.Option(None, "--pair", help="Two ISO3 codes: --pair PAK RUS."),
        type_: str | None = typer.Option(None, "--type", "-t", help="PLOVER type, e.g. CONSULT."),
        status: str | None = typer.Option(None, "--status", help=f"One of: {', '.join(STATUSES)}."),
        since: str | None = typer.Option(None, "--since", help="Events dated on or after: 2014, 2014-06 or 2014-06-01."),
        until: str | None = typer.Option(None, "--until", help="Events dated on or before."),
        limit: int = typer.Option(200, "--limit", "-n", min=1, help="At most this many events."),
        fmt: OutputFormat | None = FORMAT_OPTION,
    ) -> None:
        """List extracted events.

        Example: bilateral events --pair PAK RUS --type CONSULT --since 2014
        """
        query = select(EventRow, DocumentRow.source).join(DocumentRow, DocumentRow.doc_id == EventRow.doc_id)
        if (cond := pair_filter(pair)) is not None:
            query = query.where(cond)
        if type_:
            query = query.where(EventRow.type == type_.upper())
        if status:
            if status not in STATUSES:
                raise UserError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")
            query = query.where(EventRow.status == status)
        for bound, op in ((since, "ge"), (until, "le")):
            if bound:
                _check_date(bound)
                column = func.substr(EventRow.date, 1, len(bound))
                query = query.where(column >= bound if op == "ge" else column <= bound)
        query = query.order_by(EventRow.date.is_(None), EventRow.date, EventRow.id).limit(limit)
        store = open_store(db_option(ctx))
        with store.session() as session:
            rows = [event_record(row) | {"source_doc": source} for row, source in session.execute(query)]
        for row in rows:
            row["actors"] = " → ".join(
                (a or {}).get("country") or "?" for a in (row["source"], row["target"])
            )
        emit(rows, fmt, ("event_id", "date", "type", "actors", "status", "sentence"),
             widths={"sentence": 70, "event_id": 20})

    @app.command("reextract")
    def reextract_command(
        ctx: typer.Context,
        all_: bool = typer.Option(False, "--all", help="Every document, not only those extracted by an older version."),
    ) -> None:
        """Re-run extraction on stored documents (after an upgrade), with a progress bar.

        Example: bilateral reextract --all
        """
        from bilateral.linking.events import link_pending
        from bilateral.store.reextract import reextract

        store = open_store(db_option(ctx))
        with Progress(console=Console(stderr=True)) as bar:
            task = bar.add_task("reextract", total=None)
            done = reextract(
                store, only_stale=not all_,
                progress=lambda n, total: bar.update(task, completed=n, total=total),
                after_write=link_pending,
            )
        Console(stderr=True).print(f"re-extracted {done} documents")


def _check_date(text: str) -> None:
    import re

    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        raise UserError(f"{text!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
