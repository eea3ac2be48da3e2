"""``bilateral extract FILE``: the records of one article, without a store."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import typer

from bilateral.errors import SkipDocument, UserError


def register(app: typer.Typer) -> None:
    @app.command("extract")
    def extract_command(
        file: Path = typer.Argument(..., help="An article: .txt or .html, or either gzipped ('-' reads text from stdin)."),
        published: str | None = typer.Option(None, "--published", help="Publication date YYYY-MM-DD (overrides what the page says)."),
        actors: Path | None = typer.Option(None, "--actors", help="A YAML file extending the actor knowledge base.", exists=True, dir_okay=False),
        fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl (one record a line) or json (a list)."),
    ) -> None:
        """Print the document, event, figure, quote and mention records of one article.

        Example: bilateral extract article.txt --published 2018-11-07
        """
        from bilateral.cleaning import clean
        from bilateral.extract import Extractor
        from bilateral.sources import RawItem
        from bilateral.sources.files import HTML_SUFFIXES, open_article, suffix_of, unreadable

        if fmt not in ("jsonl", "json"):
            raise UserError(f"--format {fmt!r}: use jsonl or json")
        meta = {}
        if published:
            try:
                meta["published"] = date.fromisoformat(published).isoformat()
            except ValueError:
                raise UserError(f"--published {published!r}: use YYYY-MM-DD") from None
        if str(file) == "-":
            content, kind, source = sys.stdin.buffer.read(), "text", "<stdin>"
        else:
            if not file.is_file():
                raise UserError(f"{file}: no such file")
            try:
                with open_article(file) as handle:
                    content = handle.read()
            except (OSError, EOFError) as exc:
                raise UserError(f"{file}: {unreadable(exc)}") from None
            kind = "html" if suffix_of(file) in HTML_SUFFIXES else "text"
            source = str(file)
        try:
            document = clean(RawItem(source=source, content=content, kind=kind, meta=meta))
        except SkipDocument as exc:
            raise UserError(f"{source}: {exc}") from None
        records = list(Extractor.default(actors)(document).to_records())
        if fmt == "json":
            sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
        else:
            for record in records:
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
