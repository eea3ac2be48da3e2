"""HTML pages: article text, title, site name and date from the markup."""

from __future__ import annotations

from datetime import date

from bilateral.cleaning import clean
from bilateral.sources import RawItem

PAGE = """<!doctype html><html><head>
<meta charset="utf-8"><title>Rail survey agreed | The Harbour Gazette</title>
<meta property="og:site_name" content="The Harbour Gazette">
<meta property="og:title" content="Rail survey agreed between the two neighbours">
<meta property="article:published_time" content="2021-06-14T08:30:00+00:00">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<article>
<h1>Rail survey agreed between the two neighbours</h1>
<p>The transport ministers of the two neighbouring countries agreed on Monday to fund a joint
survey of a freight line linking their largest ports, officials said after the talks.</p>
<p>The survey, expected to take eighteen months, will study three possible routes through the
hills and estimate the cost of each, according to a statement issued by both ministries.</p>
<p>Business groups on both sides welcomed the decision and said the line could halve the time
needed to move containers between the two harbours.</p>
</article>
<div class="comments"><h3>Leave a comment</h3><form><textarea></textarea></form></div>
<footer><p>© 2021 The Harbour Gazette. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>"""


def test_html_clean_article_and_metadata() -> None:
    doc = clean(RawItem("page.html", PAGE.encode(), "html", {}))
    assert "agreed on Monday to fund a joint" in doc.text
    assert "halve the time" in doc.text
    assert "\n\n" in doc.text
    for furniture in ("Business\n", "Leave a comment", "All rights reserved", "Privacy policy"):
        assert furniture not in doc.text
    assert doc.title == "Rail survey agreed between the two neighbours"
    assert doc.outlet == "The Harbour Gazette"
    assert doc.published == date(2021, 6, 14)
    assert doc.language == "en"


def test_html_user_date_wins_over_markup() -> None:
    doc = clean(RawItem("page.html", PAGE.encode(), "html", {"published": "2021-06-20"}))
    assert doc.published == date(2021, 6, 20)


def test_html_kind_without_markup_is_read_as_text() -> None:
    text = ("Rail survey agreed\n\nThe ministers agreed to fund a survey of a freight line linking "
            "the two largest ports of their countries, officials said on Monday.")
    doc = clean(RawItem("page.html", text.encode(), "html", {}))
    assert doc.title == "Rail survey agreed"


def test_html_page_saved_as_txt_is_read_as_html() -> None:
    doc = clean(RawItem("saved.txt", PAGE.encode(), "text", {}))
    assert doc.title == "Rail survey agreed between the two neighbours"
    assert "<p>" not in doc.text and "Leave a comment" not in doc.text


def test_outlet_from_the_title_suffix_when_the_page_names_no_site() -> None:
    page = PAGE.replace('<meta property="og:site_name" content="The Harbour Gazette">\n', "")
    page = page.replace('<meta property="og:title" content="Rail survey agreed between the two '
                        'neighbours">\n', "")
    page = page.replace("<title>Rail survey agreed | The Harbour Gazette</title>",
                        "<title>Rail survey agreed between the two neighbours – Harbour Gazette"
                        "</title>")
    doc = clean(RawItem("page.html", page.encode(), "html"))
    assert doc.outlet == "Harbour Gazette"
