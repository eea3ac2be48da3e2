"""The end of ``bilateral analyze``: print the summary, write the report (ingest linked the events)."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table

from bilateral.analysis import summary
from bilateral.analysis.report import write_report
from bilateral.cli.records import check_country
from bilateral.errors import UserError
from bilateral.linking.events import link_pending
from bilateral.store import Store


def finish_analysis(store: Store, pair: tuple[str, str] | None, report: Path) -> None:
    console = Console()
    with store.session() as session:  # events stored by an older version have no cluster yet
        link_pending(session)
    codes = tuple(check_country(c) for c in pair) if pair else None
    if codes is None:
        top = summary(store)["top_pair"]
        if not top:
            console.print("No events between two countries were found, so there is no report.")
            return
        codes = tuple(top.split("-"))
    facts = summary(store, codes)
    if not report.parent.exists():
        raise UserError(f"folder {report.parent} does not exist; choose another --report path")
    write_report(store, codes, report)
    table = Table(title=f"bilateral: {' – '.join(codes)}", show_header=False)
    for key, value in facts.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items()) or "none"
        table.add_row(key.replace("_", " "), "—" if value is None else str(value))
    console.print(table)
    console.print(f"Report: [bold]{report}[/]  (open it in a browser; it works offline)")
