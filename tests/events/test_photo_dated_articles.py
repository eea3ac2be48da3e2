"""An article that prints no date but shows a dated photo: the photo's day dates its news."""

from __future__ import annotations

from datetime import date

import pytest

from bilateral.cleaning import clean
from bilateral.sources.items import TEXT, RawItem

ARTICLE = """Kenya and Japan sign port deal in Nairobi

Kenya's President and Japan's Prime Minister shake hands as they sign agreements at State House in Nairobi, Kenya March 3, 2023. REUTERS/Staff Photographer

NAIROBI, (Reuters) - Kenya and Japan yesterday signed an agreement to expand the port of Mombasa, the two governments said, in a deal both sides called the largest of its kind.

The agreement follows two years of talks between the two countries on financing the project, which Japan's development agency will fund with a loan.

Kenya's transport minister said work would begin next year and employ several thousand people.
"""


def test_the_photo_day_is_kept_apart_from_the_publication_date() -> None:
    document = clean(RawItem(source="port.txt", content=ARTICLE.encode(), kind=TEXT))
    assert document.published is None  # the article prints none
    assert document.photographed == date(2023, 3, 3)
    assert "REUTERS/Staff" not in document.text


@pytest.mark.usefixtures("nlp")
def test_events_of_an_undated_article_take_the_year_of_its_photo() -> None:
    from bilateral.extract import Extractor

    document = clean(RawItem(source="port.txt", content=ARTICLE.encode(), kind=TEXT))
    signed = [e for e in Extractor.default()(document).events if e.type == "AGREE"]
    # "yesterday" against the photo's day would claim a day the text does not give
    assert signed and all(e.date == "2023" for e in signed)


def test_the_photo_day_is_stored_so_reextraction_dates_alike(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from bilateral.store.ingest import ingest
    from bilateral.store.models import DocumentRow, EventRow
    from bilateral.store.reextract import reextract

    (tmp_path / "port.txt").write_text(ARTICLE, encoding="utf-8")
    ingest(store, [str(tmp_path / "port.txt")])

    def dates() -> list[str | None]:
        with store.session() as session:
            return sorted(str(d) for d in session.scalars(select(EventRow.date)))

    before = dates()
    with store.session() as session:
        row = session.scalars(select(DocumentRow)).one()
        assert row.photographed == "2023-03-03"
        row.extractor_version = "0"
    assert reextract(store) == 1
    assert dates() == before and "2023" in before
