"""The actors' network: typed edges counted once per real event, written as GraphML."""

from __future__ import annotations

import networkx as nx

from bilateral.analysis.network import actor_network, top_actors, write_graphml


def test_network_meeting_reported_three_times_is_one_tie(demo_store):
    graph = actor_network(demo_store, "PAK RUS")
    ties = [(a, b, d) for a, b, k, d in graph.edges(keys=True, data=True) if k == "CONSULT"
            and {a, b} == {"person:imran-khan", "person:dmitry-medvedev"}]
    assert sum(d["count"] for _, _, d in ties) <= 2  # once per direction reported, not per article
    assert all(d["goldstein_mean"] == 2.5 and d["first_date"] == "2018-11-05" for *_, d in ties)
    assert "KAZ" not in graph and "planned" not in {d.get("status") for *_, d in graph.edges(data=True)}


def test_network_graphml_round_trip(demo_store, tmp_path):
    graph = actor_network(demo_store)
    path = tmp_path / "net.graphml"
    assert write_graphml(graph, path) == graph.number_of_edges()
    back = nx.read_graphml(path)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.nodes["person:sergey-lavrov"]["name"] == "Sergey Lavrov"
    assert back.nodes["person:sergey-lavrov"]["kind"] == "person"
    assert {d["type"] for *_, d in back.edges(data=True)} == {"CONSULT", "AGREE", "COOPERATE"}


def test_network_top_actors_ranked_by_events(demo_store):
    top = top_actors(actor_network(demo_store, "PAK RUS"), 3)
    assert top[0]["id"] == "PAK" and top[0]["events"] >= top[-1]["events"]


def test_network_counts_the_real_events_an_analyst_reviewed(demo_store):
    from sqlalchemy import select

    from bilateral.review import actions
    from bilateral.store.models import EventRow

    assert not any(d["reviewed"] for *_, d in actor_network(demo_store, "PAK RUS").edges(data=True))
    with demo_store.session() as session:
        event_id = session.scalar(select(EventRow.event_id).where(
            EventRow.type == "CONSULT", EventRow.source_country == "PAK",
            EventRow.target_country == "RUS").order_by(EventRow.id).limit(1))
        actions.correct(session, event_id, "accept", author="test")
    graph = actor_network(demo_store, "PAK RUS")
    reviewed = [d for *_, d in graph.edges(data=True) if d["reviewed"]]
    assert reviewed and all(d["type"] == "CONSULT" and d["reviewed"] == 1 for d in reviewed)
