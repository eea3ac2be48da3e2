"""The README documents every command, and the quick start is the two make targets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.core import TyperGroup

from bilateral.cli.main import app
from bilateral.cli.reference import walk_commands

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    """Every command that runs (groups such as `docs` are listed by their subcommands)."""
    return [path.removeprefix("bilateral ") for path, ctx in walk_commands()
            if not isinstance(ctx.command, TyperGroup)]


@pytest.mark.parametrize("command", _commands())
def test_docs_readme_mentions_every_command(command: str) -> None:
    head, _, sub = command.partition(" ")
    pattern = rf"bilateral {head}\b" + (rf".*\b{sub}\b" if sub else "")
    assert re.search(pattern, README), f"README does not document `bilateral {command}`"


@pytest.mark.parametrize("command", _commands())
def test_docs_help_opens_with_an_example(command: str) -> None:
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, [*command.split(), "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.stdout, f"`bilateral {command} --help` has no Example"


def test_docs_quick_start_is_make_run_and_make_test() -> None:
    quick = README.split("## Quick start", 1)[1].split("##", 1)[0]
    assert "make run" in quick and "make test" in quick
