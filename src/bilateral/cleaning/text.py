"""Already-scraped plain text: the line classifier plus metadata read from the cut lines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bilateral.cleaning.lines import classify
from bilateral.cleaning.metadata import date_from_text, site_name


@dataclass(frozen=True)
class TextParts:
    text: str
    title: str | None
    outlet: str | None
    published: date | None


def clean_text(text: str, *, today: date | None = None) -> TextParts:
    """Article lines (joined by blank lines), headline, site name and written date."""
    classified = classify(text)
    return TextParts(
        text="\n\n".join(classified.kept),
        title=classified.title,
        outlet=site_name(classified),
        published=date_from_text(classified, today=today),
    )
