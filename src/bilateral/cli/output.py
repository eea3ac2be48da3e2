"""Output conventions shared by every listing command.

``--format table|json|csv``: table by default on a terminal, json otherwise;
json is a list of objects with stable field names; csv has a header row.
Errors: one line on stderr, exit code 1, never a traceback (see ``main.py``).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from enum import Enum
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

stderr = Console(stderr=True)


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


FORMAT_OPTION = typer.Option(
    None, "--format", "-f", help="table (default on a terminal), json or csv."
)


def resolve_format(fmt: OutputFormat | None) -> OutputFormat:
    if fmt is not None:
        return fmt
    return OutputFormat.table if sys.stdout.isatty() else OutputFormat.json


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return str(value.get("name") or value.get("country") or json.dumps(value))
    return str(value)


def emit(
    rows: Iterable[dict[str, Any]],
    fmt: OutputFormat | None,
    columns: Sequence[str],
    *,
    title: str | None = None,
    widths: dict[str, int] | None = None,
) -> None:
    """Print ``rows`` in the chosen format; ``columns`` are the table/csv columns, in order.

    json prints every field of each row; table and csv print ``columns``.
    """
    fmt = resolve_format(fmt)
    rows = list(rows)
    if fmt is OutputFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
    elif fmt is OutputFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
    else:
        table = Table(title=title, show_lines=False)
        for column in columns:
            table.add_column(column, max_width=(widths or {}).get(column), overflow="fold")
        for row in rows:
            table.add_row(*(_cell(row.get(c)) for c in columns))
        Console().print(table)
