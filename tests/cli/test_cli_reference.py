"""docs/cli.md is what the commands generate, and names every command and option."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilateral.cli.reference import cli_reference, main, walk_commands

REGENERATE = "PYTHONPATH=src python -m bilateral.cli.reference docs/cli.md"


def test_cli_reference_docs_cli_md_is_up_to_date(repo_root: Path) -> None:
    written = (repo_root / "docs" / "cli.md").read_text(encoding="utf-8").splitlines()
    generated = cli_reference().splitlines()
    if written != generated:
        first = next((i for i, (a, b) in enumerate(zip(written, generated)) if a != b),
                     min(len(written), len(generated)))
        pytest.fail(f"docs/cli.md is stale (line {first + 1} differs); regenerate it: {REGENERATE}")


def test_cli_reference_has_every_command_and_option() -> None:
    sections = {s.split("`", 1)[0]: s for s in cli_reference().split("\n## `")[1:]}
    paths = [path for path, _ in walk_commands()]
    assert {"bilateral", "bilateral ingest", "bilateral docs list", "bilateral actors who"} <= set(paths)
    assert list(sections) == paths
    for path, ctx in walk_commands():
        for param in ctx.command.get_params(ctx):
            if param.name == "help":
                continue
            # an argument is shown by its metavar ("[COUNTRY]"), an option by its flags
            argument = param.param_type_name == "argument"
            names = [param.metavar or param.name] if argument else param.opts
            for name in names:
                assert name in sections[path], f"{path}: {name} is missing from the reference"


def test_cli_reference_main_writes_the_file(tmp_path: Path) -> None:
    target = tmp_path / "cli.md"
    main([str(target)])
    assert target.read_text(encoding="utf-8") == cli_reference()
