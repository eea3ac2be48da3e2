"""HTML pages: article text, title, site name and date, with trafilatura and htmldate.

Two trafilatura passes are combined: the precision-oriented pass, unless it
lost much of what the default pass found (then the default one). Cells of
layout tables are unwrapped, and a dated first paragraph both passes dropped is
taken back from the markup. The line classifier then removes the furniture both
leave (prompts, credits, comment sections, related-article lists). Measured in
bench/clean_html.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from html import unescape

import lxml.etree
import lxml.html
import trafilatura
from htmldate import find_date

from bilateral.cleaning.dates import parse_date
from bilateral.cleaning.lines import classify
from bilateral.cleaning.metadata import opens_with_dateline, photo_date
from bilateral.cleaning.text import ArticleParts

# The precision pass is trusted unless it kept less than this share of the default pass.
PRECISION_MIN_SHARE = 0.6
# Words of a line that is a paragraph of prose: a dateline and a sentence, not a date stamp
# ("November 19, 2019 / 12:21 AM") nor a layout table's menu cell.
PARAGRAPH_MIN_WORDS = 12
HAS_BODY = re.compile(r"<body\b|<p\b|<article\b|<div\b", re.IGNORECASE)


def extract_article(html: str, *, url: str | None = None) -> str:
    """The article text of a page, paragraphs one a line ("" when none is found)."""
    precise = trafilatura.extract(html, url=url, favor_precision=True) or ""
    default = trafilatura.extract(html, url=url) or ""
    chosen = precise if len(precise) >= PRECISION_MIN_SHARE * len(default) else default
    chosen = without_layout_cells(chosen)
    if not chosen or opens_with_dateline(chosen):
        return chosen
    lines = chosen.split("\n")
    first = next((i for i, line in enumerate(lines) if len(line.split()) >= PARAGRAPH_MIN_WORDS), 0)
    lead = dated_lead_above(html, lines[first])
    return "\n".join([*lines[:first], lead, *lines[first:]]) if lead else chosen


_CELL_EDGE = re.compile(r"^\s*\||\|\s*$")
_CELL_SEPARATOR = re.compile(r"(?<!\\)\|")  # trafilatura escapes a pipe inside a cell


def without_layout_cells(text: str) -> str:
    """``text`` with the cell marks of layout tables removed.

    Old sites lay out the whole page as a table, and trafilatura writes each row as
    "| cell | cell |": a row (or a line of a row) with at most one filled cell, or with
    a paragraph in a cell, is layout, one line a cell. Rows of short cells are data
    and stay as they are.
    """
    lines = []
    for line in text.split("\n"):
        if _CELL_EDGE.search(line):
            cells = [" ".join(cell.split()) for cell in _CELL_SEPARATOR.split(line)]
            filled = [cell for cell in cells if cell.strip("-: ")]
            if len(filled) <= 1 or max(len(cell.split()) for cell in filled) >= PARAGRAPH_MIN_WORDS:
                lines.extend(filled)
                continue
        lines.append(line)
    return "\n".join(lines)


_BLOCK_BREAK = "\x00"  # not "\n": the markup's own line breaks are spaces
_BLOCK_TAGS = frozenset(
    ["p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "td", "th", "article", "section", "header", "footer", "blockquote", "figure", "figcaption", "nav", "aside", "form"]
)


def dated_lead_above(html: str, first_line: str) -> str | None:
    """The paragraph right above ``first_line`` in the page when it opens with a dateline
    ("16 January 2008 – The Council ...").

    Pages that set the dated first paragraph apart from the others (in a ``<span>``
    after the date, not a ``<p>``) lose it in trafilatura's passes, which keep
    paragraphs by their tags. Only that one block is taken back: other text above
    the body is standfirsts, teasers and furniture.
    """
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    blocks = [" ".join(block.split()) for block in "".join(_block_text(root)).split(_BLOCK_BREAK)]
    blocks = [block for block in blocks if block]
    start = " ".join(first_line.split())[:60]
    at = next((i for i, block in enumerate(blocks) if block.startswith(start)), 0)
    if at == 0:
        return None
    above = blocks[at - 1]
    if len(above.split()) < PARAGRAPH_MIN_WORDS or not opens_with_dateline(above):
        return None
    return above


def _block_text(element: lxml.html.HtmlElement) -> Iterator[str]:
    """The text under ``element`` in document order, a break around each block."""
    if not isinstance(element.tag, str) or element.tag in ("script", "style"):
        yield element.tail or ""  # a comment's or a script's tail is the page's text
        return
    block = element.tag in _BLOCK_TAGS
    if block:
        yield _BLOCK_BREAK
    yield element.text or ""
    for child in element:
        yield from _block_text(child)
    if block:
        yield _BLOCK_BREAK
    yield element.tail or ""


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
    text = extract_article(html, url=url)
    # No headline in the markup (no <title>, no meta): the line the page layout marks as one.
    title = (meta.title if meta else None) or classify(text).title
    classified = classify(text, title=title, page_layout=False)
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
