"""Article text and every stored or user string is escaped: markup shows as text."""

from __future__ import annotations

import pytest

RAW = ['<script>alert("xss")</script>', "<img src=x onerror", "<b>Kazakhstan</b>",
       "<i>Evil</i>", 'href="javascript:']


def assert_escaped(html: str) -> None:
    for raw in RAW:
        assert raw not in html, raw


def test_xss_event_page_shows_script_as_text(client, hostile_event_id):
    response = client.get(f"/events/{hostile_event_id}")
    assert response.status_code == 200
    assert_escaped(response.text)
    assert "&lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt;" in response.text
    assert '<mark class="evidence" id="evidence">Officials met in &lt;script&gt;' in response.text


@pytest.mark.parametrize("url", [
    "/documents", "/events", "/events?q=<script>", "/search?q=script",
    "/search?q=<script>alert(1)</script>", "/?pair=KAZ-UZB", "/network?pair=KAZ-UZB",
    "/figures?pair=KAZ-UZB",
])
def test_xss_pages_escape_stored_and_user_strings(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.text
    assert_escaped(response.text)
    assert "<script>alert(1)</script>" not in response.text


def test_xss_document_page_escapes_and_drops_javascript_url(client, hostile_event_id):
    doc_id = hostile_event_id.split(":")[0]
    html = client.get(f"/documents/{doc_id}").text
    assert_escaped(html)
    assert "javascript:" not in html
    assert "&lt;img src=x onerror=alert(1)&gt; Talks &#34;in&#34; Astana" in html


def test_xss_error_page_escapes_the_path(client):
    response = client.get('/events/<script>alert(1)</script>')
    assert response.status_code == 404
    assert "<script>alert(1)</script>" not in response.text


def test_xss_json_in_pages_cannot_close_the_script_block(client):
    html = client.get("/network?pair=KAZ-UZB").text
    data = html.split('id="network-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data  # tojson escapes < > & so "</script>" in a name cannot end the block
