"""The network layout places every actor, unconnected groups side by side."""

from __future__ import annotations

from bilateral.web.charts import index_series, network_layout


def test_charts_network_layout_places_every_node():
    network = {
        "nodes": [{"id": i, "name": i} for i in ("PAK", "RUS", "CHN", "IND", "JPN")],
        "edges": [{"source": "PAK", "target": "RUS", "count": 2},
                  {"source": "RUS", "target": "CHN", "count": 1},
                  {"source": "IND", "target": "JPN", "count": 1}],
    }
    layout = network_layout(network)
    pos = {n["id"]: (n["x"], n["y"]) for n in layout["nodes"]}
    assert set(pos) == {"PAK", "RUS", "CHN", "IND", "JPN"}
    assert layout == network_layout(network)  # seeded: the same picture every time
    span = max(abs(a - b) for p in pos.values() for q in pos.values() for a, b in zip(p, q))
    assert span < 8  # groups side by side, not flung apart


def test_charts_index_series_negates_conflict():
    rows = [{"period": "2019", "goldstein_sum": -3.5, "cooperation": 1, "conflict": 2}]
    assert index_series(rows) == {"x": ["2019"], "score": [-3.5], "cooperation": [1],
                                  "conflict": [-2]}
