"""HTML pages: article text, title, site name and date, with trafilatura and htmldate.

Two trafilatura passes are combined: the precision-oriented pass, unless it
lost much of what the default pass found (then the default one). The line
classifier then removes the furniture both leave (prompts, credits, comment
sections, related-article lists). Measured in bench/clean_html.py.
"""

from __future__ import annotations

import re
from datetime import date
from html import unescape

import trafilatura
from htmldate import find_date

from bilateral.cleaning.dates import parse_date
from bilateral.cleaning.lines import classify
from bilateral.cleaning.metadata import photo_date
from bilateral.cleaning.text import ArticleParts

# The precision pass is trusted unless it kept less than this share of the default pass.
PRECISION_MIN_SHARE = 0.6
HAS_BODY = re.compile(r"<body\b|<p\b|<article\b|<div\b", re.IGNORECASE)


def extract_article(html: str, *, url: str | None = None) -> str:
    """The article text of a page, paragraphs one a line ("" when none is found)."""
    precise = trafilatura.extract(html, url=url, favor_precision=True) or ""
    default = trafilatura.extract(html, url=url) or ""
    return precise if len(precise) >= PRECISION_MIN_SHARE * len(default) else default


def publication_date(html: str, *, url: str | None = None) -> date | None:
    """The page's publication date from its markup (htmldate, extensive search), or None."""
    try:
        found = find_date(html, url=url, extensive_search=True, original_date=True)
    except (ValueError, TypeError):
        return None
    return parse_date(found)


def clean_html(html: str, *, url: str | None = None) -> ArticleParts:
    """Text (paragraphs split by blank lines), title, site name and date of a page."""
    if not HAS_BODY.search(html):
        return ArticleParts("", None, None, None)
    meta = trafilatura.extract_metadata(html, default_url=url)
    title = meta.title if meta else None
    classified = classify(extract_article(html, url=url), title=title, page_layout=False)
    return ArticleParts(
        text="\n\n".join(classified.kept),
        title=title,
        outlet=(meta.sitename if meta else None) or title_suffix(html, title),
        published=publication_date(html, url=url),
        photographed=photo_date(classified),
    )


_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TITLE_SEPARATOR = re.compile(r"\s+[|–—:-]{1,2}\s+")


def title_suffix(html: str, title: str | None) -> str | None:
    """The site name a page's <title> adds after its headline ("Headline | The Observer")."""
    found = _TITLE_TAG.search(html)
    if not found or not title:
        return None
    parts = _TITLE_SEPARATOR.split(unescape(found.group(1)).strip())
    if len(parts) < 2 or not parts[0].strip().startswith(title.strip()[:40]):
        return None
    suffix = parts[-1].strip()
    return suffix if 0 < len(suffix.split()) <= 6 else None
