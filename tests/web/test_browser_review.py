"""The review actions in headless Chromium: forms that work without JavaScript, and the queue's
keyboard shortcuts with it (issue 14). Screenshots go where the ``screenshots`` fixture says."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def queue_ids(page) -> list[str]:
    return page.locator("#review-queue tbody tr[data-id]").evaluate_all("rows => rows.map(r => r.dataset.id)")


def test_browser_review_reject_without_javascript(browser, live_server, screenshots):
    context = browser.new_context(java_script_enabled=False, base_url=live_server,
                                  viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto("/review")
    page.screenshot(path=str(screenshots / "20-review-queue.png"), full_page=True)
    first = queue_ids(page)[0]
    with page.expect_navigation():
        page.locator(f'#review-queue tr[data-id="{first}"] button.reject').click()
    assert page.url.endswith("/review"), page.content()[-1500:]
    assert first not in queue_ids(page)
    assert page.request.get(f"/api/events/{first}").status == 404 or first.split(":")[1].startswith("F")
    rejected = page.request.get("/api/reviews?decision=reject").json()["data"]
    assert first in [r["record_id"] for r in rejected]
    context.close()


def test_browser_review_queue_keys_accept_in_place(page, screenshots):
    page.goto("/review")
    page.wait_for_load_state("networkidle")
    ids = queue_ids(page)
    assert len(ids) >= 2
    page.keyboard.press("j")  # the second row
    assert page.locator("#review-queue tr.selected").get_attribute("data-id") == ids[1]
    page.keyboard.press("a")
    page.locator(f'#review-queue tr[data-id="{ids[1]}"]').wait_for(state="detached")
    assert page.url.endswith("/review")  # no page load: the REST API took the decision
    kind = "figures" if ":F" in ids[1] else "events"
    assert page.request.get(f"/api/{kind}/{ids[1]}").json()["data"]["review"] == "accepted"
    page.screenshot(path=str(screenshots / "21-review-queue-after-accept.png"), full_page=True)
    assert page.problems == []


def test_browser_review_edit_form_on_an_event(page, screenshots):
    event = page.request.get("/api/events?limit=1").json()["data"][0]
    page.goto(f"/events/{event['event_id']}")
    form = page.locator("form.review-edit")
    form.locator("input[name=date]").fill("2001-02-03")
    form.locator("select[name=status]").select_option("planned")
    form.locator("input[name=note]").fill("checked in the article")
    with page.expect_navigation():
        form.locator("button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    assert page.locator("h1 .review-edited").text_content() == "edited"
    shown = page.request.get(f"/api/events/{event['event_id']}").json()["data"]
    assert (shown["date"], shown["status"]) == ("2001-02-03", "planned")
    page.screenshot(path=str(screenshots / "22-event-edited.png"), full_page=True)
    assert page.problems == []


def test_browser_review_edit_form_on_a_figure(page, screenshots):
    figure = page.request.get("/api/figures?limit=1").json()["data"][0]
    page.goto(f"/figures/{figure['figure_id']}")
    form = page.locator("form.review-edit")
    form.locator("input[name=period]").fill("1999")
    with page.expect_navigation():
        form.locator("button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    assert page.request.get(f"/api/figures/{figure['figure_id']}").json()["data"]["period"] == "1999"
    page.screenshot(path=str(screenshots / "23-figure-edited.png"), full_page=True)
    assert page.problems == []
