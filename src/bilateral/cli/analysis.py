"""``bilateral timeline|index|network|search|report``: answers across articles."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import typer
from sqlalchemy import select, union

from bilateral.cli.context import db_option
from bilateral.cli.output import FORMAT_OPTION, OutputFormat, emit, stderr
from bilateral.errors import UserError
from bilateral.store import open_store
from bilateral.store.models import EventRow
from bilateral.store.session import Store
from bilateral.types import STATUSES

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT")

COUNTRIES_ARGUMENT = typer.Argument(None, help="Optionally two ISO3 codes, e.g. PAK RUS.")
GRAPHML_OPTION = typer.Option(None, "--output", "-o", help="Write the network as GraphML.")
REPORT_OPTION = typer.Option(Path("report.html"), "--output", "-o", help="The HTML file.")


def _known_codes(store: Store) -> set[str]:
    with store.session() as session:
        query = union(select(EventRow.source_country), select(EventRow.target_country))
        return {c for (c,) in session.execute(query) if c}


def check_codes(store: Store, codes: list[str]) -> tuple[str, ...]:
    """Upper-cased codes; an unknown one (not ISO 3166 alpha-3, not in the store) is an error."""
    import pycountry

    known = _known_codes(store)
    out = []
    for code in codes:
        code = code.strip().upper()
        if code not in known and pycountry.countries.get(alpha_3=code) is None:
            raise UserError(f"unknown country code {code!r}; use ISO 3166-1 alpha-3 codes "
                            "such as PAK RUS")
        out.append(code)
    if len(out) == 1 or len(set(out)) != len(out):
        raise UserError("give two different country codes, e.g. PAK RUS")
    return tuple(out)


def _check_choice(value: str | None, choices: tuple[str, ...], what: str) -> str | None:
    if value is not None and value not in choices:
        raise UserError(f"unknown {what} {value!r}; choose one of {', '.join(choices)}")
    return value


def check_since(since: str | None) -> str | None:
    if since is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", since):
        raise UserError(f"--since {since!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    return since


def _actor_names(actors: list[dict[str, Any]]) -> str:
    return ", ".join(a.get("name") or a.get("id", "") for a in actors[:4])


def register(app: typer.Typer) -> None:
    @app.command()
    def timeline(
        ctx: typer.Context,
        country_a: str = typer.Argument(..., help="ISO3 code, e.g. PAK."),
        country_b: str = typer.Argument(..., help="ISO3 code, e.g. RUS."),
        since: str | None = typer.Option(None, "--since", help="YYYY, YYYY-MM or YYYY-MM-DD."),
        type_: str | None = typer.Option(None, "--type", help="A PLOVER type, e.g. CONSULT."),
        status: str = typer.Option("occurred", "--status",
                                   help="occurred (default), planned, denied, … or all."),
        fmt: OutputFormat | None = FORMAT_OPTION,
    ) -> None:
        """Real events between two countries in date order, each with all its sources.

        Example: bilateral timeline PAK RUS --since 2014 --type CONSULT --format json
        """
        from bilateral.analysis.timeline import timeline as build

        store = open_store(db_option(ctx))
        codes = check_codes(store, [country_a, country_b])
        _check_choice(type_.upper() if type_ else None, PLOVER_TYPES, "PLOVER type")
        _check_choice(status, (*STATUSES, "all"), "status")
        check_since(since)
        entries = build(store, codes, since=since, type=type_, status=status)
        for entry in entries:
            entry["who"] = _actor_names(entry["actors"])
            entry["n_sources"] = len(entry["sources"])
        emit(entries, fmt, ("date", "type", "status", "who", "n_sources", "label"),
             title=f"{'-'.join(codes)} timeline", widths={"label": 70, "who": 30})

    @app.command()
    def index(
        ctx: typer.Context,
        country_a: str = typer.Argument(..., help="ISO3 code, e.g. PAK."),
        country_b: str = typer.Argument(..., help="ISO3 code, e.g. RUS."),
        by: str = typer.Option("year", "--by", help="year, quarter or month."),
        fmt: OutputFormat | None = FORMAT_OPTION,
    ) -> None:
        """Cooperation–conflict index (Goldstein-weighted) per period, by type and sector.

        Example: bilateral index PAK RUS --by quarter
        """
        from bilateral.analysis.index import PERIODS, cooperation_index

        store = open_store(db_option(ctx))
        codes = check_codes(store, [country_a, country_b])
        _check_choice(by, PERIODS, "period")
        result = cooperation_index(store, codes, by)
        if result["unplaced"]:
            stderr.print(f"{result['unplaced']} event(s) dated less precisely than a {by} "
                         "are not in the table.")
        for row in result["periods"]:  # readable table/csv cells beside the json objects
            row["types"] = " ".join(f"{k}:{v}" for k, v in row["by_type"].items())
            row["sectors"] = " ".join(f"{k}:{v}" for k, v in row["by_sector"].items())
        emit(result["periods"], fmt, ("period", "events", "goldstein_mean", "goldstein_sum",
                                      "cooperation", "conflict", "types", "sectors"),
             title=f"{'-'.join(codes)} cooperation–conflict index by {by}")

    @app.command()
    def network(
        ctx: typer.Context,
        countries: list[str] = COUNTRIES_ARGUMENT,
        output: Path | None = GRAPHML_OPTION,
        fmt: OutputFormat | None = FORMAT_OPTION,
    ) -> None:
        """The actors' network (who met, agreed with, accused whom); GraphML with -o.

        Example: bilateral network PAK RUS -o net.graphml
        """
        from bilateral.analysis.network import actor_network, top_actors, write_graphml

        store = open_store(db_option(ctx))
        codes = check_codes(store, countries) if countries else None
        graph = actor_network(store, codes, listed=None)  # a file for other tools: every id
        if output:
            edges = write_graphml(graph, output)
            stderr.print(f"Wrote {graph.number_of_nodes()} actors and {edges} ties to {output}")
        emit(top_actors(graph, 20), fmt, ("name", "country", "kind", "events", "ties"),
             title="Top actors")

    @app.command()
    def search(
        ctx: typer.Context,
        query: str = typer.Argument(..., help="Words to find."),
        limit: int = typer.Option(20, "--limit", "-n", min=1, help="At most this many hits."),
        semantic: bool = typer.Option(False, "--semantic", help="Match by meaning (events and "
                                      "quotes; needs the semantic extra)."),
        fmt: OutputFormat | None = FORMAT_OPTION,
    ) -> None:
        """Full-text search over articles, events and quotes, with the sentence cited.

        Example: bilateral search "gas pipeline" --limit 5
        """
        from bilateral.analysis.search import search as full_text
        from bilateral.analysis.search import semantic_search

        run = semantic_search if semantic else full_text
        hits = run(open_store(db_option(ctx)), query, limit=limit)
        if not hits:
            stderr.print(f"No match for {query!r}.")
        emit(hits, fmt, ("kind", "doc_id", "source", "sentence", "start", "end"),
             widths={"sentence": 80})

    @app.command()
    def report(
        ctx: typer.Context,
        country_a: str = typer.Argument(..., help="ISO3 code, e.g. PAK."),
        country_b: str = typer.Argument(..., help="ISO3 code, e.g. RUS."),
        output: Path = REPORT_OPTION,
    ) -> None:
        """One self-contained HTML report (works offline): summary, index, timeline, figures.

        Example: bilateral report PAK RUS -o report.html
        """
        from bilateral.analysis.report import write_report

        store = open_store(db_option(ctx))
        codes = check_codes(store, [country_a, country_b])
        if output.parent and not output.parent.exists():
            raise UserError(f"folder {output.parent} does not exist")
        write_report(store, codes, output)
        typer.echo(str(output))
