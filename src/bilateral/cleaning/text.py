"""Already-scraped plain text: the line classifier plus metadata read from the cut lines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bilateral.cleaning.lines import classify
from bilateral.cleaning.metadata import date_from_text, photo_date, site_name


@dataclass(frozen=True)
class ArticleParts:
    """What cleaning reads off a page or a scraped text."""

    text: str
    title: str | None
    outlet: str | None
    published: date | None
    photographed: date | None = None  # the day of the head's photo (see ``photo_date``)


def clean_text(text: str, *, today: date | None = None) -> ArticleParts:
    """Article lines (joined by blank lines), headline, site name and written date."""
    classified = classify(text)
    return ArticleParts(
        text="\n\n".join(classified.kept),
        title=classified.title,
        outlet=site_name(classified),
        published=date_from_text(classified, today=today),
        photographed=photo_date(classified, today=today),
    )
