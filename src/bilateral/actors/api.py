"""``bilateral.resolve``: the actors of a piece of text, resolved at a date."""

from __future__ import annotations

from datetime import date as Date
from pathlib import Path

from bilateral.actors.load import load_kb
from bilateral.actors.resolve import Resolver
from bilateral.errors import UserError
from bilateral.nlp.pipeline import split_sentences
from bilateral.types import Document, Mention


def resolve(
    text: str, date: Date | str | None = None, *, actors_file: Path | None = None
) -> list[Mention]:
    """Every actor mention of ``text`` and whom it denotes on ``date``.

    Args:
        text (str): any English text.
        date (date | str | None): the date roles and surnames are resolved at (the
            article's publication date); None: today's office holders.
        actors_file (Path | None): a YAML file that extends the knowledge base.

    Returns:
        list[Mention]: in text order; ``mention.actor`` is None when unresolved and
        ``mention.group`` holds the members of "the two countries".

    Example:
        >>> [m.actor.role for m in bilateral.resolve("PM Imran Khan spoke.", date="2019-01-01")]
        ['prime minister']
    """
    if isinstance(date, str):
        try:
            date = Date.fromisoformat(date)
        except ValueError as exc:
            raise UserError(f"not a date (YYYY-MM-DD): {date!r}") from exc
    document = Document(text=text, source="<text>", published=date, language="en")
    return Resolver(load_kb(actors_file)).resolve(document, split_sentences(text))
