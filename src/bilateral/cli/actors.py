"""``bilateral actors resolve|who``: who a text names, and who held an office on a date."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import typer

from bilateral.cli.output import FORMAT_OPTION, OutputFormat, emit
from bilateral.errors import UserError
from bilateral.types import Mention

ACTORS_OPTION = typer.Option(
    None, "--actors", help="A YAML file that extends the actor knowledge base."
)


def _date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UserError(f"not a date (YYYY-MM-DD): {text!r}") from exc


def mention_row(mention: Mention) -> dict[str, Any]:
    """A mention as one output row: its span and the actor it resolved to."""
    actor = mention.actor
    return {
        "text": mention.text,
        "start": mention.start,
        "end": mention.end,
        "actor": actor.to_dict() if actor else None,
        "id": actor.id if actor else None,
        "name": actor.name if actor else None,
        "country": actor.country if actor else None,
        "sector": actor.sector if actor else None,
        "role": actor.role if actor else None,
        "group": [a.to_dict() for a in mention.group],
        "is_place": mention.is_place,
    }


def register(app: typer.Typer) -> None:
    actors = typer.Typer(
        help="Resolve actor mentions; look up office holders.", no_args_is_help=True
    )
    app.add_typer(actors, name="actors")

    @actors.command("resolve")
    def resolve_text(
        text: str = typer.Argument(..., help="The text whose actors to resolve."),
        on: str | None = typer.Option(
            None, "--date", help="Resolve roles at this date (YYYY-MM-DD); default today."
        ),
        actors_file: Path | None = ACTORS_OPTION,
        fmt: OutputFormat | None = FORMAT_OPTION,
    ) -> None:
        """Print the actor mentions of TEXT and whom they denote at --date.

        Example: bilateral actors resolve "PM Imran Khan met Lavrov in Moscow." --date 2019-05-01
        """
        from bilateral.actors.api import resolve

        mentions = resolve(text, _date(on), actors_file=actors_file)
        emit(
            [mention_row(m) for m in mentions],
            fmt,
            ("text", "name", "country", "sector", "role", "group", "is_place"),
        )

    @actors.command("who")
    def who(
        role: str = typer.Argument(
            ...,
            help='An office or title: "prime minister", "FM", "finance minister", '
            '"army chief", "central bank governor", "Taoiseach", "secretary-general"...',
        ),
        country_code: str | None = typer.Argument(
            None, metavar="[COUNTRY]", help="ISO 3166-1 alpha-3 code (PAK) or organisation (UN)."
        ),
        country: str | None = typer.Option(None, "--country", "-c", help="The same as COUNTRY."),
        on: str | None = typer.Option(
            None, "--date", "--on", help="The date (YYYY-MM-DD); default: today's holder."
        ),
        actors_file: Path | None = ACTORS_OPTION,
        fmt: OutputFormat | None = FORMAT_OPTION,
    ) -> None:
        """Who held ROLE in COUNTRY on --date, from the knowledge base.

        Example: bilateral actors who "finance minister" MEX --date 2014-05-01
        """
        from bilateral.actors.load import load_kb
        from bilateral.actors.lookup import office_holders

        where = country_code or country
        if not where:
            raise UserError("give the country: bilateral actors who ROLE COUNTRY --date D")
        rows = office_holders(load_kb(actors_file), role, where, _date(on))
        emit(rows, fmt, ("name", "role", "country", "start", "end", "id"))
