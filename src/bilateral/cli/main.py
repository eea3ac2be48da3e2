"""The ``bilateral`` command line: a thin shell over the Python API.

Each module in this folder adds its commands with ``register(app)``.
Errors raised as ``UserError`` print one line on stderr and exit 1.
"""

from __future__ import annotations

import importlib
import sys

import typer

from bilateral.cli.context import db_option
from bilateral.errors import BilateralError, MissingExtra, UserError

__all__ = ["app", "db_option", "main"]

app = typer.Typer(
    name="bilateral",
    help="Turn news articles about relations between countries into a sourced record of "
    "events, figures and quotes.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

# Command modules, in the order their commands appear in --help.
COMMAND_MODULES = (
    "ingest",
    "docs",
    "extract",
    "records",
    "actors",
    "figures",
    "analysis",
    "review",
    "serve",
)


@app.callback()
def _options(
    ctx: typer.Context,
    db: str | None = typer.Option(
        None, "--db", envvar="BILATERAL_DB",
        help="Store: a SQLite file path or a SQLAlchemy URL (postgresql://…). "
        "Default: bilateral.db in the working folder.",
    ),
) -> None:
    ctx.obj = {"db": db}


def _register_all() -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"bilateral.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"bilateral.cli.{name}":
                continue  # command module not written yet
            raise
        module.register(app)


_register_all()


def main() -> None:
    """Entry point: run the app, turning our errors into one line and exit code 1."""
    try:
        app(standalone_mode=False)
    except UserError as exc:
        typer.echo(f"Error: {exc}", err=True)
        sys.exit(1)
    except MissingExtra as exc:
        typer.echo(f"Error: {exc}", err=True)
        sys.exit(1)
    except BilateralError as exc:
        typer.echo(f"Error: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        typer.echo("Interrupted.", err=True)
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as exc:  # noqa: BLE001 - click usage errors, and never a traceback
        import click

        if isinstance(exc, click.exceptions.ClickException):
            exc.show()
            sys.exit(exc.exit_code if exc.exit_code != 2 else 1)
        if isinstance(exc, click.exceptions.Abort):
            sys.exit(1)
        typer.echo(f"Error: unexpected {type(exc).__name__}: {exc}", err=True)
        sys.exit(2)
