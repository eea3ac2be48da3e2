"""Bad input is skipped with a one-line reason, or decoded right."""

from __future__ import annotations

import pytest

from bilateral.cleaning import MAX_BYTES, clean
from bilateral.errors import SkipDocument
from bilateral.sources import RawItem

ARTICLE = (
    "The two governments agreed on Thursday to reopen the consulate in the port city, "
    "closed since the floods three years ago. Officials said visa services for students "
    "and traders would resume in the spring, and a joint committee will meet in June."
)


def _text(content: bytes, kind: str = "text") -> RawItem:
    return RawItem("test.txt", content, kind, {})


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty"),
        (b"  \n\n\t ", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary"),
        (b"\x00\x01\x02\x03" * 200, "binary"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "binary"),
        (b"Short note.", "too short"),
    ],
)
def test_clean_bad_input_is_skipped_with_reason(content: bytes, reason: str) -> None:
    with pytest.raises(SkipDocument, match=reason):
        clean(_text(content))


def test_clean_over_size_cap_is_skipped() -> None:
    with pytest.raises(SkipDocument, match="MB cap"):
        clean(_text(b"a" * (MAX_BYTES + 1)))


def test_clean_latin1_text_is_decoded() -> None:
    latin = ("Le ministre a déclaré que la coopération économique était très importante. "
             + ARTICLE).encode("latin-1")
    with pytest.raises(UnicodeDecodeError):
        latin.decode("utf-8")
    doc = clean(_text(latin))
    assert "déclaré que la coopération économique était très" in doc.text


def test_clean_mojibake_is_repaired() -> None:
    broken = ("The minister’s statement was welcomed. " + ARTICLE).encode("utf-8").decode("latin-1")
    doc = clean(_text(broken.encode("utf-8")))
    assert "minister’s statement" in doc.text


def test_clean_html_without_body_is_skipped() -> None:
    page = b"<html><head><title>Nothing here</title></head></html>"
    with pytest.raises(SkipDocument, match="no article text"):
        clean(RawItem("empty.html", page, "html", {}))


def test_clean_non_english_article_is_marked() -> None:
    german = (
        "Die beiden Regierungen haben sich am Donnerstag darauf geeinigt, das Konsulat in der "
        "Hafenstadt wieder zu öffnen. Nach Angaben der Beamten sollen die Visadienste für "
        "Studenten und Händler im Frühjahr wieder aufgenommen werden."
    )
    doc = clean(_text(german.encode("utf-8")))
    assert doc.language == "de"
    assert clean(_text(ARTICLE.encode())).language == "en"


def test_clean_user_metadata_wins() -> None:
    item = RawItem("feed.jsonl#L1", ARTICLE.encode(), "text",
                   {"title": "Consulate to reopen", "published": "2020-02-03",
                    "outlet": "Harbour Gazette", "url": "https://www.gazette.example/a"})
    doc = clean(item)
    assert (doc.title, doc.published.isoformat(), doc.outlet, doc.url) == (
        "Consulate to reopen", "2020-02-03", "Harbour Gazette", "https://www.gazette.example/a")


def test_clean_outlet_falls_back_to_domain_and_date_stays_null() -> None:
    doc = clean(RawItem("x.txt", ARTICLE.encode(), "text", {"url": "https://www.gazette.example/a"}))
    assert doc.outlet == "gazette.example"
    assert doc.published is None
