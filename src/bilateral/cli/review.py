"""``bilateral review …`` (an analyst's corrections) and ``bilateral evaluate``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer

from bilateral.cli.context import db_option
from bilateral.cli.output import FORMAT_OPTION, OutputFormat, emit, stderr
from bilateral.errors import UserError
from bilateral.review import actions
from bilateral.store import open_store
from bilateral.store import review as corrections

review_app = typer.Typer(help="Accept, correct, reject or add records; share the decisions; "
                         "measure the extractor on your own articles.", no_args_is_help=True)

AUTHOR = typer.Option(None, "--author", help="Who decides (default: BILATERAL_AUTHOR, else the login name).")
NOTE = typer.Option(None, "--note", help="Why, in a few words.")
RECORD_ID = typer.Argument(..., metavar="ID", help="An event or figure id as exported (…:E3, …:F1).")
# The fields of a record, shared by `edit` and `add` ("none" clears one in an edit).
TYPE = typer.Option(None, "--type", help="Event: PLOVER type, e.g. CONSULT.")
MODE = typer.Option(None, "--mode", help="Event: PLOVER mode, e.g. visit.")
SOURCE = typer.Option(None, "--source", help="Event: the source's country or organisation code.")
TARGET = typer.Option(None, "--target", help="Event: the target's code.")
DATE = typer.Option(None, "--date", help="Event: YYYY, YYYY-MM or YYYY-MM-DD.")
STATUS = typer.Option(None, "--status", help="Event: occurred, planned, expected, negated, …")
VARIABLE = typer.Option(None, "--variable", help="Figure: trade_total, exports, … (in add: a figure, not an event).")
VALUE = typer.Option(None, "--value", help="Figure: the number in base units.")
UNIT = typer.Option(None, "--unit", help="Figure: USD, percent, km, people, …")
PERIOD = typer.Option(None, "--period", help="Figure: 2018, 2021-01, 2017/2018, …")
COUNTRIES = typer.Option(None, "--countries", help="Figure: PAK,RUS.")
DIRECTION = typer.Option(None, "--direction", help="Figure: EXPORTER->IMPORTER.")


def _report(records: list[dict[str, Any]], fmt: OutputFormat | None) -> None:
    """Corrections as listed: each with a one-line summary of its record."""
    for row in records:
        row["record"] = _summary(row["record_kind"], row["after"] or row["before"] or {})
    emit(records, fmt, ("decision", "record_id", "record", "state", "author", "note"),
         widths={"record": 34, "note": 30})


def _decide(ctx: typer.Context, record_id: str, decision: str, author: str | None,
            note: str | None, edits: dict[str, str | None] | None = None) -> dict[str, Any]:
    with open_store(db_option(ctx)).session() as session:
        return actions.correct(session, record_id, decision, edits=edits, author=author, note=note)


def register(app: typer.Typer) -> None:
    app.add_typer(review_app, name="review")

    @app.command("evaluate")
    def evaluate_command(
        ctx: typer.Context,
        gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="A gold file (eval README format)."),
        verbose: bool = typer.Option(False, "--verbose", "-v", help="Every miss and spurious record per document."),
        as_json: bool = typer.Option(False, "--json", help="The whole report as JSON."),
    ) -> None:
        """Score the store against a gold file, by the eval README's matching rules.

        Example: bilateral evaluate my-gold.json --verbose
        """
        from bilateral.review.score import score, summary_lines
        from bilateral.store.export import iter_records

        try:
            data = json.loads(gold.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise UserError(f"{gold} is not JSON ({exc}); make a gold file with "
                            "`bilateral review gold -o GOLD.json`") from None
        if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
            raise UserError(f"{gold} has no 'documents' list; it is not a gold file "
                            "(see `bilateral review gold`)")
        report = score(data, iter_records(open_store(db_option(ctx)), ("event", "figure")))
        if as_json:
            typer.echo(json.dumps(report, indent=1, ensure_ascii=False))
            return
        if verbose:
            for row in report["documents"]:
                typer.echo(f"== {row['file']}")
                for error in row["errors"]:
                    typer.echo(f"    {error}")
        for line in summary_lines(report):
            typer.echo(line)


@review_app.command("edit")
def edit_command(
    ctx: typer.Context,
    record_id: str = RECORD_ID,
    type_: str | None = TYPE,
    mode: str | None = MODE,
    source: str | None = SOURCE,
    target: str | None = TARGET,
    participants: str | None = typer.Option(None, "--participants", help="Event: further codes, PAK,CHN."),
    date: str | None = DATE,
    status: str | None = STATUS,
    location: str | None = typer.Option(None, "--location", help="Event: a place name."),
    variable: str | None = VARIABLE,
    value: str | None = VALUE,
    unit: str | None = UNIT,
    period: str | None = PERIOD,
    countries: str | None = COUNTRIES,
    direction: str | None = DIRECTION,
    note: str | None = NOTE,
    author: str | None = AUTHOR,
    fmt: OutputFormat | None = FORMAT_OPTION,
) -> None:
    """Correct an event or a figure; the correction survives reextract and re-ingest.

    Example: bilateral review edit 1a2b3c4d5e6f7a8b:E3 --type CONSULT --date 2014-09-01 --note "a visit"
    """
    edits = {"type": type_, "mode": mode, "source": source, "target": target,
             "participants": participants, "date": date, "status": status, "location": location,
             "variable": variable, "value": value, "unit": unit, "period": period,
             "countries": countries, "direction": direction}
    _report([_decide(ctx, record_id, "edit", author, note, edits)], fmt)


@review_app.command("reject")
def reject_command(
    ctx: typer.Context,
    record_id: str = RECORD_ID,
    note: str | None = NOTE,
    author: str | None = AUTHOR,
    fmt: OutputFormat | None = FORMAT_OPTION,
) -> None:
    """Reject a record: it leaves every listing, export and analysis (the correction keeps it).

    Example: bilateral review reject 1a2b3c4d5e6f7a8b:E5 --note "an invitation, not a visit"
    """
    _report([_decide(ctx, record_id, "reject", author, note)], fmt)


@review_app.command("accept")
def accept_command(
    ctx: typer.Context,
    record_id: str = RECORD_ID,
    note: str | None = NOTE,
    author: str | None = AUTHOR,
    fmt: OutputFormat | None = FORMAT_OPTION,
) -> None:
    """Confirm a record as it is.

    Example: bilateral review accept 1a2b3c4d5e6f7a8b:E1
    """
    _report([_decide(ctx, record_id, "accept", author, note)], fmt)


@review_app.command("add")
def add_command(
    ctx: typer.Context,
    doc_id: str = typer.Argument(..., help="The document (see `bilateral docs`)."),
    sentence: str = typer.Option(..., "--sentence", help="Words of the one sentence the record is read from."),
    type_: str | None = TYPE,
    source: str | None = SOURCE,
    target: str | None = TARGET,
    date: str | None = DATE,
    status: str | None = STATUS,
    mode: str | None = MODE,
    variable: str | None = VARIABLE,
    value: str | None = VALUE,
    unit: str | None = UNIT,
    period: str | None = PERIOD,
    countries: str | None = COUNTRIES,
    direction: str | None = DIRECTION,
    note: str | None = NOTE,
    author: str | None = AUTHOR,
    fmt: OutputFormat | None = FORMAT_OPTION,
) -> None:
    """Add an event (or, with --variable, a figure) the extractor missed, read from one sentence.

    Example: bilateral review add 1a2b3c4d5e6f7a8b --sentence "signed a memorandum" --type AGREE --source IND --target JPN --date 2014-09-01
    """
    fields = {"type": type_, "source": source, "target": target, "date": date, "status": status,
              "mode": mode, "variable": variable, "value": value, "unit": unit, "period": period,
              "countries": countries, "direction": direction}
    with open_store(db_option(ctx)).session() as session:
        shown = actions.add_missed(session, doc_id, sentence, fields, author=author, note=note)
    _report([shown], fmt)


@review_app.command("list")
def list_command(
    ctx: typer.Context,
    decision: str | None = typer.Option(None, "--decision", help="accept, edit, reject or add (reject lists rejected records)."),
    state: str | None = typer.Option(None, "--state", help="applied, restored, orphaned or superseded."),
    history: bool = typer.Option(False, "--history", help="Also corrections superseded by a later one."),
    fmt: OutputFormat | None = FORMAT_OPTION,
) -> None:
    """List corrections, with whether each is applied or orphaned.

    Example: bilateral review list --decision reject --format csv
    """
    if decision and decision not in corrections.DECISIONS:
        raise UserError(f"unknown decision {decision!r}; use {', '.join(corrections.DECISIONS)}")
    with open_store(db_option(ctx)).session() as session:
        rows = corrections.list_corrections(session, decision=decision, state=state,
                                            latest=not history and state != "superseded")
    _report(rows, fmt)


def _summary(kind: str, record: dict[str, Any]) -> str:
    if kind == "event":
        actors = " → ".join((record.get(s) or {}).get("country") or "?" for s in ("source", "target"))
        return f"{record.get('type')} {actors} {record.get('date') or ''} {record.get('status')}".strip()
    return f"{record.get('variable')} {record.get('value')} {record.get('unit')} {record.get('period') or ''}".strip()


@review_app.command("stats")
def stats_command(ctx: typer.Context, fmt: OutputFormat | None = FORMAT_OPTION) -> None:
    """Per type: accepted, edited, rejected, added; the extractor's precision and recall as judged.

    Example: bilateral review stats --format table
    """
    from bilateral.review.gold import judged

    emit(judged(open_store(db_option(ctx))), fmt,
         ("kind", "type", "accepted", "edited", "rejected", "added", "precision", "recall"))


@review_app.command("export")
def export_command(
    ctx: typer.Context,
    output: Path = typer.Option(..., "--output", "-o", help="A JSON Lines file ('-' for stdout)."),
) -> None:
    """Write every correction (history included) as JSON Lines, to share or keep.

    Example: bilateral review export -o corrections.jsonl
    """
    with open_store(db_option(ctx)).session() as session:
        if str(output) == "-":
            count = corrections.write_corrections(session, sys.stdout)
        else:
            with open(output, "w", encoding="utf-8") as out:
                count = corrections.write_corrections(session, out)
    stderr.print(f"wrote {count} corrections to {output}")


@review_app.command("import")
def import_command(
    ctx: typer.Context,
    source: Path = typer.Argument(..., exists=True, dir_okay=False, help="`review export` output."),
) -> None:
    """Read corrections and apply them (again: those already stored are skipped).

    Example: bilateral review import corrections.jsonl
    """
    with open(source, encoding="utf-8") as lines:
        records = corrections.read_corrections(lines, str(source))
    with open_store(db_option(ctx)).session() as session:
        added, known = actions.import_corrections(session, records)
        orphaned = corrections.list_corrections(session, state="orphaned", latest=True)
    stderr.print(f"imported {added} corrections ({known} already stored); "
                 f"{len(orphaned)} orphaned (document or sentence not in this store)")


@review_app.command("gold")
def gold_command(
    ctx: typer.Context,
    output: Path = typer.Option(..., "--output", "-o", help="The gold file to write."),
) -> None:
    """The reviewed documents as a gold file (eval README format), for `bilateral evaluate`.

    Example: bilateral review gold -o my-gold.json
    """
    from bilateral.review.gold import reviewed_gold

    gold = reviewed_gold(open_store(db_option(ctx)))
    if not gold["documents"]:
        raise UserError("no reviewed document yet: accept, edit, reject or add records first")
    output.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    events = sum(len(d["events"]) for d in gold["documents"])
    figures = sum(len(d["figures"]) for d in gold["documents"])
    stderr.print(f"wrote {len(gold['documents'])} documents ({events} events, {figures} figures) to {output}")
