"""docs/cli.md, the command-line reference: every command and option, read from the Typer app.

    python -m bilateral.cli.reference docs/cli.md   # rewrite the file (no argument: stdout)

Usage lines and option lines are the ones ``--help`` prints, so the reference cannot say
anything the commands do not; tests/cli/test_cli_reference.py fails when the file is stale.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import typer
import typer.main
from typer.core import TyperGroup

from bilateral.cli.main import app

HEADER = """\
# Command-line reference

Generated from the commands themselves by `python -m bilateral.cli.reference docs/cli.md`;
do not edit it by hand (a test fails when it is out of date). The [README](../README.md#usage)
says what the commands are for, with examples of their output. Every command also takes
`--help`.
"""


def walk_commands() -> Iterator[tuple[str, typer.Context]]:
    """Every command and group under ``bilateral`` (itself first), depth first in --help
    order, as (command path, its click context)."""
    root = typer.main.get_command(app)
    yield from _walk(typer.Context(root, info_name="bilateral"))


def _walk(ctx: typer.Context) -> Iterator[tuple[str, typer.Context]]:
    yield ctx.command_path, ctx
    group = ctx.command
    if isinstance(group, TyperGroup):
        for name in group.list_commands(ctx):
            command = group.get_command(ctx, name)
            if command is not None and not command.hidden:
                yield from _walk(typer.Context(command, info_name=name, parent=ctx))


def _section(path: str, ctx: typer.Context) -> str:
    command = ctx.command
    lines = [f"## `{path}`", ""]
    if command.help:
        lines += [command.help, ""]
    lines += ["```", f"{path} {' '.join(command.collect_usage_pieces(ctx))}", "```", ""]
    records: dict[str, list[tuple[str, str]]] = {"argument": [], "option": []}
    for param in command.get_params(ctx):
        record = param.get_help_record(ctx)
        if record is not None and param.name != "help":
            records[param.param_type_name].append(record)
    for kind, title in (("argument", "Arguments"), ("option", "Options")):
        if records[kind]:
            lines += [f"{title}:", ""]
            lines += [f"- `{name}`" + (f": {text}" if text else "") for name, text in records[kind]]
            lines.append("")
    if isinstance(command, TyperGroup):
        lines += ["Commands:", ""]
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            if sub is not None and not sub.hidden:
                lines.append(f"- [`{path} {name}`](#{_anchor(f'{path} {name}')}): "
                             f"{sub.get_short_help_str(limit=100)}")
        lines.append("")
    return "\n".join(lines)


def _anchor(path: str) -> str:
    """The anchor a Markdown renderer gives the heading of ``path``."""
    return path.replace(" ", "-")


def cli_reference() -> str:
    """The whole reference, as docs/cli.md holds it."""
    sections = [_section(path, ctx) for path, ctx in walk_commands()]
    return HEADER + "\n" + "\n".join(sections).rstrip() + "\n"


def main(argv: list[str]) -> None:
    text = cli_reference()
    if not argv:
        sys.stdout.write(text)
        return
    Path(argv[0]).write_text(text, encoding="utf-8")
    print(f"wrote {argv[0]}")


if __name__ == "__main__":
    main(sys.argv[1:])
