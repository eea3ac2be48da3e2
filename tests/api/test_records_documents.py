"""/api/documents lists articles without text; one document comes with its text and counts."""

from __future__ import annotations


def test_documents_list_has_no_text(client):
    body = client.get("/api/documents").json()
    assert body["total"] == 3
    assert all("text" not in d for d in body["data"])
    # newest publication first
    assert [d["published"] for d in body["data"]] == ["2021-04-07", "2019-09-05", "2016-10-10"]


def test_documents_filter_by_title(client):
    body = client.get("/api/documents?q=military exercise").json()
    assert [d["title"] for d in body["data"]] == ["Pakistan and Russia hold joint military exercise"]


def test_documents_get_has_text_and_counts(client, demo):
    doc = client.get(f"/api/documents/{demo['doc_ids'][0]}").json()["data"]
    assert doc["text"].startswith("Russian Foreign Minister Sergey Lavrov")
    assert doc["counts"] == {"events": 4, "figures": 1, "quotes": 1}


def test_figures_by_pair_and_variable(client):
    body = client.get("/api/figures?pair=RUS-PAK&variable=trade_total").json()
    assert body["total"] == 2
    assert sorted(f["value"] for f in body["data"]) == [540e6, 790e6]
    assert client.get("/api/figures?pair=IND-RUS").json()["total"] == 0


def test_pairs_and_facets(client):
    pairs = client.get("/api/pairs").json()["data"]
    assert pairs[0] == {"pair": "PAK-RUS", "events": 7}
    facets = client.get("/api/facets").json()["data"]
    assert "CONSULT" in facets["types"] and "occurred" in facets["statuses"]


def test_figures_pair_matches_whole_codes(store):
    from bilateral.api import queries
    from bilateral.store.models import FigureRow

    with store.session() as session:
        session.add(FigureRow(figure_id="x:F1", doc_id=session.scalars(
            queries.documents_query()).first().doc_id, variable="aid", value=1.0, unit="USD",
            countries=["RUSX", "PAKI"], country_key="PAKI RUSX", sentence="s", start=0, end=1))
    with store.session() as session:
        found = list(session.scalars(queries.figures_query(("PAK", "RUS"))))
    assert "x:F1" not in {f.figure_id for f in found} and len(found) == 2
