"""The dashboard in headless Chromium (Debian's, driven by Playwright; nothing downloaded).

The server runs on the example corpus (tests/web/conftest.py). Each page is screenshotted
into the folder the ``screenshots`` fixture names.
"""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ARTICLE = """Uzbekistan and Kazakhstan sign water-sharing accord

Tashkent, 12 March 2024

The foreign ministers of Uzbekistan and Kazakhstan signed an agreement on sharing the waters
of the Syr Darya in Tashkent on Tuesday, officials said.

The two countries also discussed a new railway link between Tashkent and Shymkent.
"""


def visit(page, path: str, screenshots, name: str) -> None:
    response = page.goto(path)
    assert response.ok, f"{path}: {response.status}"
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(screenshots / f"{name}.png"), full_page=True)


def test_browser_dashboard_draws_the_index_chart(page, screenshots):
    visit(page, "/", screenshots, "01-dashboard")
    page.wait_for_selector("#index-chart .main-svg", timeout=15_000)
    assert page.locator("#index-chart .scatterlayer .trace").count() >= 1
    assert page.locator("ol.timeline > li").count() >= 1
    assert page.problems == []


def test_browser_filters_narrow_the_events_table(page, screenshots):
    visit(page, "/events", screenshots, "02-events")
    rows = page.locator("#events-table tbody tr[data-event-id]")
    everything = rows.count()
    assert everything >= 2
    first_type = page.locator("#events-table tbody tr[data-event-id] .type").first.inner_text()
    with page.expect_navigation():
        page.select_option("select[name=type]", first_type)  # applies itself, no button
    page.wait_for_load_state("networkidle")
    narrowed = rows.count()
    assert 0 < narrowed < everything
    types = page.locator("#events-table tbody tr[data-event-id] .type").all_inner_texts()
    assert set(types) == {first_type}
    assert f"type={first_type}" in page.url
    page.screenshot(path=str(screenshots / "03-events-filtered.png"), full_page=True)
    assert page.problems == []


def test_browser_event_shows_its_sentence_highlighted(page, screenshots):
    visit(page, "/events", screenshots, "02-events")
    link = page.locator("#events-table a.sentence").first
    event_id = link.locator("xpath=ancestor::tr").get_attribute("data-event-id")
    with page.expect_navigation():
        link.click()
    page.wait_for_load_state("networkidle")
    mark = page.locator("mark#evidence")
    assert mark.is_visible()
    sentence = page.request.get(f"/api/events/{event_id}").json()["data"]["sentence"]
    assert mark.inner_text().strip() == sentence.strip()
    page.screenshot(path=str(screenshots / "04-event-evidence.png"), full_page=True)
    assert page.problems == []


@pytest.mark.parametrize("path,name,selector", [
    ("/figures", "05-figures", "table.figures"),
    ("/network", "06-network", "#network-chart .main-svg"),
    ("/documents", "07-documents", "#documents-table"),
    ("/search?q=agreement", "08-search", "ol.hits"),
    ("/ingest", "09-ingest", "#ingest-form"),
    ("/api/docs", "10-api-docs", ".swagger-ui .info"),
])
def test_browser_pages_load_without_errors(page, screenshots, path, name, selector):
    visit(page, path, screenshots, name)
    page.wait_for_selector(selector, timeout=15_000)
    page.screenshot(path=str(screenshots / f"{name}.png"), full_page=True)
    assert page.problems == []


def test_browser_script_in_an_article_is_shown_as_text(page, screenshots):
    visit(page, "/search?q=Astana", screenshots, "11-hostile-search")
    with page.expect_navigation():
        page.locator("ol.hits a").first.click()
    page.wait_for_load_state("networkidle")
    assert '<script>alert("xss")</script>' in page.locator(".article").inner_text()
    assert page.locator(".article script, .article img").count() == 0
    page.screenshot(path=str(screenshots / "12-hostile-article.png"), full_page=True)
    visit(page, "/network?pair=KAZ-UZB", screenshots, "15-hostile-network")
    page.wait_for_selector("#network-chart .main-svg", timeout=15_000)
    labels = page.locator("#network-chart .textpoint text").all_text_contents()
    assert "<b>Kazakhstan</b>" in labels  # the name as written, not bold markup
    assert page.problems == []  # no alert dialog, no error


def test_browser_uploaded_article_appears(page, screenshots, tmp_path):
    article = tmp_path / "water-accord.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    visit(page, "/ingest", screenshots, "09-ingest")
    page.set_input_files("#ingest-files", str(article))
    page.click("#ingest-submit")
    # The button comes back when the job is done or has failed. (A selector wait, not
    # wait_for_function: the page's CSP forbids the eval that one needs.)
    page.wait_for_selector("#ingest-submit:enabled", timeout=120_000)
    summary = page.locator("#ingest-summary").inner_text()
    assert summary.startswith("1 ingested"), page.locator("#ingest-state").inner_text()
    page.screenshot(path=str(screenshots / "13-ingest-done.png"), full_page=True)
    with page.expect_navigation():
        page.click("#ingest-summary a")
    assert page.locator("#documents-table", has_text="water-sharing accord").count() == 1
    page.screenshot(path=str(screenshots / "14-documents-after-upload.png"), full_page=True)
    assert page.problems == []
