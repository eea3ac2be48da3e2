"""``bilateral ingest`` and ``bilateral analyze``: read sources into the store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from bilateral.cli.context import db_option
from bilateral.engines import Engine, make_engine
from bilateral.errors import UserError
from bilateral.store import open_store

if TYPE_CHECKING:
    from bilateral.store.ingest import IngestSummary

console = Console(stderr=True)

WORKERS = typer.Option(None, "--workers", "-w", help="Worker processes (default: every core; 1 = this process).")
SCHEDULER = typer.Option(None, "--scheduler", help="Run extraction on a Dask cluster: tcp://host:8786.")
DASK_WORKERS = typer.Option(None, "--dask-workers", help="Start a local Dask cluster with N workers.")
ACTORS = typer.Option(None, "--actors", help="A YAML file that extends the actor knowledge base.",
                      exists=True, dir_okay=False)
PRIVATE = typer.Option(False, "--allow-private", help="Allow URLs on private, loopback or link-local addresses.")


class _IngestOptions(TypedDict):
    """The keyword options ``ingest`` and ``ingest_to_shards`` share."""

    actors_file: str | None
    engine: Engine
    allow_private: bool
    progress: Callable[[str], None]


def run_ingest(ctx: typer.Context, sources: list[str], actors: Path | None, workers: int | None,
               scheduler: str | None, dask_workers: int | None, allow_private: bool,
               shards: Path | None = None) -> IngestSummary:
    """Ingest with a Rich progress bar on stderr; shared by ``ingest`` and ``analyze``."""
    from bilateral.linking.events import link_pending
    from bilateral.sources import count_sources
    from bilateral.store.ingest import ingest, ingest_to_shards

    if not sources:
        raise UserError("give at least one source: a file, folder, glob, URL or feed")
    if shards is None:
        store = open_store(db_option(ctx))
    total = count_sources(sources)
    engine = make_engine(workers=workers, scheduler=scheduler, dask_workers=dask_workers)
    columns = [TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.fields[source]}", style="dim")]
    try:
        with Progress(*columns, console=console, transient=False) as bar:
            task = bar.add_task("ingest", total=total, source="")
            options: _IngestOptions = {
                "actors_file": str(actors) if actors else None, "engine": engine,
                "allow_private": allow_private,
                "progress": lambda source: bar.update(task, advance=1, source=Path(source).name[:40]),
            }
            if shards is None:
                summary = ingest(store, sources, after_write=link_pending, **options)
            else:
                summary = ingest_to_shards(sources, str(shards), **options)
                console.print(f"records written as Parquet shards under {shards}")
    finally:
        engine.close()
    print_summary(summary)
    return summary


def print_summary(summary: IngestSummary) -> None:
    console.print(
        f"[bold green]ingested {summary.ingested}[/] · already stored {summary.unchanged} · "
        f"duplicates {len(summary.duplicates)} · skipped {len(summary.skipped)} · "
        f"failed {len(summary.failed)}"
        + (f" · non-English {summary.non_english}" if summary.non_english else "")
    )
    console.print(f"records: {summary.events} events, {summary.figures} figures, {summary.quotes} quotes")
    for source, first in summary.duplicates:
        console.print(f"  duplicate  {source}  (of {first})", style="dim")
    for source, reason in summary.skipped:
        console.print(f"  skipped    {source}: {reason}", style="yellow")
    for source, reason in summary.failed:
        console.print(f"  failed     {source}: {reason}", style="red")


def register(app: typer.Typer) -> None:
    @app.command("ingest")
    def ingest_command(
        ctx: typer.Context,
        sources: list[str] = typer.Argument(..., help="Files, folders, globs, http(s) URLs or RSS/Atom feeds."),
        actors: Path | None = ACTORS,
        workers: int | None = WORKERS,
        scheduler: str | None = SCHEDULER,
        dask_workers: int | None = DASK_WORKERS,
        allow_private: bool = PRIVATE,
        shards: Path | None = typer.Option(
            None, "--shards", file_okay=False,
            help="Write records as Parquet shards in this folder instead of the store "
            "(very large runs; no resume).",
        ),
    ) -> None:
        """Read articles, clean them, extract their records and store them.

        Example: bilateral ingest articles/ https://example.com/feed.xml

        Re-running on the same sources adds nothing; an interrupted run resumes.
        """
        run_ingest(ctx, sources, actors, workers, scheduler, dask_workers, allow_private, shards)

    @app.command("analyze")
    def analyze_command(
        ctx: typer.Context,
        sources: list[str] = typer.Argument(..., help="Files, folders, globs, URLs or feeds."),
        pair: tuple[str, str] | None = typer.Option(None, "--pair", help="Two ISO3 codes, e.g. --pair PAK RUS; default: the most reported pair."),
        report: Path = typer.Option(Path("report.html"), "--report", "-o", help="Where to write the HTML report."),
        actors: Path | None = ACTORS,
        workers: int | None = WORKERS,
        scheduler: str | None = SCHEDULER,
        dask_workers: int | None = DASK_WORKERS,
        allow_private: bool = PRIVATE,
    ) -> None:
        """The main job: ingest, extract, link across articles, print a summary and write a report.

        Example: bilateral analyze examples/corpus --pair IND JPN -o report.html
        """
        from bilateral.cli.analyze import finish_analysis

        run_ingest(ctx, sources, actors, workers, scheduler, dask_workers, allow_private)
        finish_analysis(open_store(db_option(ctx)), pair, report)
