"""The HTML report: one offline file with every section, escaped text and working anchors."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from bilateral.analysis.demo import DemoArticle, DemoEvent, actor, build_demo
from bilateral.analysis.report import Span, render_report, segments, write_report


class Page(HTMLParser):
    """Ids, local links, external resources and scripts of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.external: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        href = attrs.get("href") or ""
        if href.startswith("#"):
            self.links.append(href[1:])
        if tag in ("script", "link", "img") and (attrs.get("src") or attrs.get("href")):
            self.external.append(attrs.get("src") or attrs.get("href"))


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    return page


def test_report_has_sections_and_every_link_resolves(demo_store):
    page = parse(render_report(demo_store, "PAK RUS"))
    assert {"summary", "index", "timeline", "not-happened", "figures", "actors",
            "articles"} <= page.ids
    assert "svg" in page.tags and "rect" in page.tags
    assert page.external == [] and "script" not in page.tags  # offline, no CDN
    sentence_links = [link for link in page.links if link.startswith("s-")]
    assert len(sentence_links) >= 9
    assert set(page.links) <= page.ids


def test_report_shows_conflicting_figures_and_pair_only(demo_store):
    html = render_report(demo_store, "PAK RUS")
    assert "Sources disagree" in html and "650,000,000" in html and "560,000,000" in html
    assert "Kazakhstan" not in html


def test_report_escapes_article_text(store, tmp_path):
    a, b = actor("IND", "India", "IND"), actor("JPN", "Japan", "JPN")
    event = DemoEvent("India and Japan signed a pact <script>alert(1)</script> in Tokyo.",
                      "AGREE", a, b, "2019-01-02")
    build_demo(store, [DemoArticle("z.txt", "2019-01-03", "O&M <Times>", "t", event.sentence,
                                   [event])])
    path = write_report(store, "IND JPN", tmp_path / "r.html")
    html = path.read_text()
    assert "<script>" not in html and "&lt;script&gt;" in html and "O&amp;M &lt;Times&gt;" in html


def test_report_segments_overlapping_spans_share_an_anchor():
    text = "One. Two three. Four."
    outer, inner = Span("d", 5, 15), Span("d", 9, 15)
    pieces, aliases = segments(text, [inner, outer])
    assert "".join(p for p, _ in pieces) == text
    assert [p for p, anchor in pieces if anchor] == ["Two three."]
    assert aliases == {inner.anchor: outer.anchor}


@pytest.mark.browser
def test_report_in_headless_chromium_no_errors_and_links_highlight(demo_store, tmp_path, browser):
    sync_api = pytest.importorskip("playwright.sync_api")
    path = write_report(demo_store, "PAK RUS", tmp_path / "report.html")
    problems: list[str] = []
    context = browser.new_context()
    page = context.new_page()
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("request", lambda r: problems.append(r.url)
            if not r.url.startswith(("file:", "data:")) else None)
    page.goto(path.as_uri())
    assert page.locator("#index svg rect").count() == 4
    page.locator("#timeline ul.sources a").first.click()
    # expect() waits for the fragment navigation, which is slow on a loaded machine
    target = page.locator("mark:target")
    sync_api.expect(target).to_have_count(1)
    sync_api.expect(target).to_be_visible()
    context.close()
    assert problems == []  # no script error, no request leaving the file


def test_report_of_a_pair_without_records_still_renders(demo_store):
    html = render_report(demo_store, "IND JPN")
    page = parse(html)
    assert "No event between these countries." in html and "India" in html
    assert set(page.links) <= page.ids
