"""What every command reads from the top-level options (kept apart from main.py to avoid import cycles)."""

from __future__ import annotations

import typer


def db_option(ctx: typer.Context) -> str | None:
    """The --db given to the top-level command (or BILATERAL_DB), for subcommands."""
    return (ctx.find_root().obj or {}).get("db")
