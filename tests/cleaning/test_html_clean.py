"""HTML pages: article text, title, site name and date from the markup."""

from __future__ import annotations

from datetime import date

from bilateral.cleaning import clean
from bilateral.cleaning.html import without_layout_cells
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


# An old news-centre layout: the dated first paragraph sits in a <span>, the others in <p>.
SPAN_LEAD_PAGE = """<html><head><title>Council ends session without a ruling</title></head><body>
<div class=menu><a href="/">News Centre</a> <a href="/archive">Archive</a></div>
<h2>Council ends session without a ruling on the border dispute</h2>
<span class=story>9 March 2011 &#150; </span><span class=story>The regional council ended its
spring session today without ruling on the border dispute between the two republics, after
envoys of both sides addressed the members in a closed meeting.<P>
The council's chair told reporters that the members had asked both governments to submit new
maps of the contested valley before the autumn session opens in September.<P>
Envoys of the two republics said after the meeting that they would consult their capitals and
answer the request within a month, according to a statement read to the press.<P>
The dispute over the valley, which both sides claim, has delayed the opening of a road between
their capitals for more than a decade, and trade along the route remains minimal.<P></span>
</body></html>"""


def test_html_dated_first_paragraph_outside_the_paragraphs_is_kept() -> None:
    doc = clean(RawItem("page.html", SPAN_LEAD_PAGE.encode(), "html", {}))
    lead = doc.text.index("9 March 2011 – The regional council ended its spring session today")
    assert lead < doc.text.index("The council's chair told reporters")
    assert "Council ends session without a ruling on the border dispute" not in doc.text


# A page laid out as tables, with no <title> and no metadata: the headline is a cell.
TABLE_LAYOUT_PAGE = """<html><body>
<table><tr><td>Evening Wire</td><td></td></tr>
<tr><td>Last Updated: Friday, 2 May 2008, 10:12 GMT</td><td></td></tr></table>
<table><tr><td><div class=headline>Neighbours open talks on river water sharing</div></td><td></td></tr>
<tr><td>Delegations of the two upstream and downstream states opened talks on Friday on how to
share the river's water during the dry season, after a year of disputes over new dams.
Officials said the first round would last three days and cover flood warnings as well.
The talks follow a visit by the downstream state's foreign minister last month, when both
sides agreed to set up a joint commission to monitor the flow at the border.</td>
<td>IN DEPTH</td></tr></table>
</body></html>"""


def test_html_table_layout_page_gives_headline_and_plain_paragraphs() -> None:
    doc = clean(RawItem("page.html", TABLE_LAYOUT_PAGE.encode(), "html", {}))
    assert doc.title == "Neighbours open talks on river water sharing"
    assert "Delegations of the two upstream" in doc.text
    assert "|" not in doc.text


def test_layout_cells_unwrapped_data_rows_kept() -> None:
    text = ("| Ministers met in the capital on Friday and agreed to extend the ceasefire by a month, "
            "officials said. | MORE |\n| Exports | 2021 | $5bn |\n|  | Site name |  |")
    assert without_layout_cells(text).split("\n") == [
        "Ministers met in the capital on Friday and agreed to extend the ceasefire by a month, officials said.",
        "MORE",
        "| Exports | 2021 | $5bn |",
        "Site name",
    ]
