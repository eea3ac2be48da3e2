"""``bilateral figures`` and ``bilateral conflicts``: reported quantities and where sources disagree."""

from __future__ import annotations

from typing import Any

import typer
from sqlalchemy import select

from bilateral.cli.context import db_option
from bilateral.cli.output import FORMAT_OPTION, OutputFormat, emit, resolve_format
from bilateral.errors import UserError
from bilateral.linking.figures import FigureSource, find_conflicts
from bilateral.store import open_store
from bilateral.store.models import DocumentRow, FigureRow
from bilateral.types import FIGURE_VARIABLES, Figure

# table/csv columns: "text" is the quantity as written ("US $ 478.03 million"), json has every field
FIGURE_COLUMNS = ("published", "variable", "countries", "direction", "period", "approx", "text",
                  "value", "unit", "title")
CONFLICT_COLUMNS = ("conflict", "variable", "countries", "direction", "period", "text", "published",
                    "title")


def country_key(pair: tuple[str, ...] | None) -> str | None:
    """The stored ``country_key`` for ``--pair A B`` ("PAK RUS"), checked and sorted."""
    if not pair:
        return None
    codes = sorted(code.strip().upper() for code in pair)
    for code in codes:
        if not (len(code) == 3 and code.isalpha()):
            raise UserError(f"{code!r} is not a country code; use ISO 3166 alpha-3 such as PAK or RUS")
    return " ".join(codes)


def check_variable(variable: str | None) -> str | None:
    if variable is not None and variable not in FIGURE_VARIABLES:
        raise UserError(f"unknown variable {variable!r}; one of: {', '.join(FIGURE_VARIABLES)}")
    return variable


def load_figures(db: str | None, pair: tuple[str, ...] | None, variable: str | None) -> list[FigureSource]:
    """Stored figures (with their document's title and date), filtered by pair and variable."""
    key, variable = country_key(pair), check_variable(variable)
    query = select(FigureRow, DocumentRow).join(DocumentRow, DocumentRow.doc_id == FigureRow.doc_id)
    if key:
        query = query.where(FigureRow.country_key == key)
    if variable:
        query = query.where(FigureRow.variable == variable)
    query = query.order_by(DocumentRow.published, FigureRow.doc_id, FigureRow.start)
    with open_store(db).session() as session:
        return [_source(figure, document) for figure, document in session.execute(query).all()]


def _source(row: FigureRow, document: DocumentRow) -> FigureSource:
    figure = Figure(
        doc_id=row.doc_id, variable=row.variable, value=row.value, unit=row.unit,
        sentence=row.sentence, start=row.start, end=row.end, text=row.text,
        countries=tuple(row.countries or ()), direction=row.direction, period=row.period,
        approx=row.approx, target=bool(row.target),
    )
    return FigureSource(figure, document.title, document.published, document.source)


def figure_row(source: FigureSource) -> dict[str, Any]:
    """One figure as listed: the figure's fields and its document's."""
    row = source.to_dict()
    figure = source.figure
    row.update(variable=figure.variable, countries=list(figure.countries), direction=figure.direction)
    return row


def conflict_rows(sources: list[FigureSource]) -> list[dict[str, Any]]:
    """Each conflict as one row per side (table, csv) with a conflict number to group them."""
    rows = []
    for number, conflict in enumerate(find_conflicts(sources), 1):
        for side in conflict.sides:
            row = figure_row(side)
            row["conflict"] = number
            rows.append(row)
    return rows


def register(app: typer.Typer) -> None:
    @app.command("figures")
    def figures_command(
        ctx: typer.Context,
        pair: tuple[str, str] | None = typer.Option(
            None, "--pair", help="Two ISO3 codes: --pair PAK RUS (figures about exactly these two)."
        ),
        variable: str | None = typer.Option(None, "--variable", help="trade_total, exports, imports, ..."),
        fmt: OutputFormat | None = FORMAT_OPTION,
    ) -> None:
        """List reported figures (trade, investment, deals...) with their sources.

        Example: bilateral figures --pair PAK RUS --variable trade_total
        """
        rows = [figure_row(s) for s in load_figures(db_option(ctx), pair, variable)]
        emit(rows, fmt, FIGURE_COLUMNS, title="Figures", widths={"text": 30, "title": 40})

    @app.command("conflicts")
    def conflicts_command(
        ctx: typer.Context,
        pair: tuple[str, str] | None = typer.Option(None, "--pair", help="Two ISO3 codes: --pair PAK RUS."),
        variable: str | None = typer.Option(None, "--variable", help="Only this variable."),
        fmt: OutputFormat | None = FORMAT_OPTION,
    ) -> None:
        """List figures on which sources disagree, every source side by side.

        Figures on the same variable, countries and direction over overlapping
        periods are compared (see bilateral.linking.figures for the rule).

        Example: bilateral conflicts --pair PAK RUS
        """
        sources = load_figures(db_option(ctx), pair, variable)
        if resolve_format(fmt) is OutputFormat.json:
            emit([c.to_dict() for c in find_conflicts(sources)], fmt, ())
            return
        emit(conflict_rows(sources), fmt, CONFLICT_COLUMNS,
             title="Conflicting figures", widths={"text": 30, "title": 40})
