"""Cleaning: raw bytes to a ``Document`` (article text, title, date, outlet, language).

    doc = clean(raw_item)        # raises SkipDocument("one-line reason") for non-articles

What the user said (``RawItem.meta``) always wins over what is guessed; a date is
never taken from the file's modification time.
"""

from __future__ import annotations

import re

from bilateral.cleaning.dates import parse_date
from bilateral.cleaning.decode import decode
from bilateral.cleaning.html import clean_html
from bilateral.cleaning.metadata import detect_language, domain_of
from bilateral.cleaning.text import ArticleParts, clean_text
from bilateral.errors import SkipDocument
from bilateral.sources.items import HTML, RawItem
from bilateral.types import Document

__all__ = ["MAX_BYTES", "MIN_WORDS", "clean"]

MAX_BYTES = 20_000_000
MIN_WORDS = 20
LOOKS_LIKE_HTML = re.compile(r"<(html|body|p|div|article|head)\b", re.IGNORECASE)


def clean(item: RawItem) -> Document:
    """The cleaned article of ``item``; raises SkipDocument when it holds none."""
    if len(item.content) > MAX_BYTES:
        raise SkipDocument(f"{len(item.content) / 1e6:.1f} MB is over the {MAX_BYTES / 1e6:g} MB cap")
    text = decode(item.content, html=item.kind == HTML)
    meta = item.meta
    url = meta.get("url") or None
    parts: ArticleParts
    if _is_html(item.kind, text):
        parts = clean_html(text, url=url)
        if not parts.text:
            raise SkipDocument("HTML page has no article text (no body or nothing readable)")
    else:
        parts = clean_text(text)
    _refuse_short(parts.text)
    title = meta.get("title") or parts.title
    published = parse_date(meta.get("published")) or parts.published
    return Document(
        text=_with_headline(parts.text, title),
        source=item.source,
        title=title,
        published=published,
        photographed=None if published else parts.photographed,  # read only for undated articles
        outlet=meta.get("outlet") or parts.outlet or domain_of(url),
        url=url,
        language=detect_language(parts.text),
    )


def _with_headline(text: str, title: str | None) -> str:
    """The article text led by its headline: news often tells the main event there first
    ("Algeria cuts ties with Morocco"), and records must point to text the document holds."""
    if not title or " ".join(text[: len(title) + 40].split()).startswith(" ".join(title.split())):
        return text
    return f"{title}\n\n{text}"


def _is_html(kind: str, text: str) -> bool:
    """HTML by its kind (and some markup), or a "text" that is in fact a saved web page."""
    if kind == HTML:
        return bool(LOOKS_LIKE_HTML.search(text))
    return text.lstrip()[:200].lower().startswith(("<!doctype html", "<html"))


def _refuse_short(text: str) -> None:
    n_words = len(text.split())
    if n_words < MIN_WORDS:
        raise SkipDocument(f"too short to be an article ({n_words} words after cleaning)")
