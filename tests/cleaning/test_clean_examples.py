"""The bundled example corpus reads and cleans without loss: titles, dates, outlets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bilateral.cleaning import clean
from bilateral.sources import RawItem, count_sources, iter_sources

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
FURNITURE = ("Share this", "Leave a comment", "Back to top", "Photo:", "Comments are closed",
             "Subscribe", "Read more", "Related", "Log in", "All rights reserved", "min read")


def test_clean_examples_all_articles_clean() -> None:
    items = list(iter_sources([str(CORPUS)]))
    assert count_sources([str(CORPUS)]) == len(items) == 8
    docs = [clean(item) for item in items if isinstance(item, RawItem)]
    assert len(docs) == 8
    for doc in docs:
        assert doc.title and doc.published and doc.outlet and doc.language == "en"
        assert date(2014, 1, 1) <= doc.published <= date(2022, 12, 31)
        assert not any(f.lower() in doc.text.lower() for f in FURNITURE), doc.source
        assert 150 <= len(doc.text.split()) <= 400


def test_clean_examples_tagline_and_date_widget_are_not_the_title() -> None:
    [item] = iter_sources([str(CORPUS / "01_modi_tokyo_visit_2014.txt")])
    doc = clean(item)
    assert doc.title == "India and Japan raise ties to 'special' partnership as Modi visits Tokyo"
    assert doc.published == date(2014, 9, 2)
    assert doc.outlet == "The Eastern Ledger"
    # the headline leads the text, then the body from its first line
    assert doc.text.startswith(doc.title + "\n\nPrime Minister Narendra Modi and his Japanese")
    assert doc.body.startswith("Prime Minister Narendra Modi and his Japanese counterpart")
    assert doc.text.endswith("No agreement was reached on that issue during the visit.")


def test_a_headline_pasted_above_the_body_leads_the_text_once() -> None:
    from bilateral.sources.items import TEXT, RawItem

    body = (
        "Kenya and Uganda agreed on Monday to reopen their shared border crossing at Malaba, "
        "officials said, after a month-long closure that stranded hundreds of lorries."
    )
    page = f"Kenya, Uganda reopen border\n\n{body}\n"
    doc = clean(RawItem(source="border.txt", content=page.encode(), kind=TEXT))
    assert doc.title == "Kenya, Uganda reopen border"
    assert doc.text == f"{doc.title}\n\n{body}"
    assert doc.body == body
    # the identity is the body's: the same story under another headline is the same article
    page = f"Malaba crossing reopens after a month\n\n{body}\n"
    other = clean(RawItem(source="b.txt", content=page.encode(), kind=TEXT))
    assert other.content_hash == doc.content_hash
