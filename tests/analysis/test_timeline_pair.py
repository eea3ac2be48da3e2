"""The timeline of a pair: one entry per real event, in date order, with every source."""

from __future__ import annotations

from bilateral.analysis.timeline import timeline


def test_timeline_each_real_event_once_in_date_order(demo_store):
    entries = timeline(demo_store, "PAK RUS", status="all")
    keys = [(e["date"], e["type"], e["status"], len(e["sources"])) for e in entries]
    assert keys == [
        ("2016-10-10", "COOPERATE", "occurred", 2),
        ("2017", "COOPERATE", "planned", 1),
        ("2017-09", "COOPERATE", "occurred", 1),
        ("2018-11-05", "CONSULT", "occurred", 3),
        ("2018-11-05", "AGREE", "occurred", 1),
        ("2021-04-07", "CONSULT", "occurred", 1),
    ]


def test_timeline_entry_shape_and_sources_cite_sentences(demo_store):
    entry = next(e for e in timeline(demo_store, ("RUS", "PAK")) if e["type"] == "CONSULT")
    assert {"cluster_id", "date", "precision", "type", "status", "actors", "sources"} <= set(entry)
    assert entry["precision"] == "day"
    assert {"person:imran-khan", "person:dmitry-medvedev"} <= {a["id"] for a in entry["actors"]}
    for source in entry["sources"]:
        assert {"doc_id", "source", "sentence"} <= set(source)
        assert source["end"] - source["start"] == len(source["sentence"])


def test_timeline_shows_what_happened_by_default(demo_store):
    entries = timeline(demo_store, "PAK RUS")
    assert len(entries) == 5 and {e["status"] for e in entries} == {"occurred"}


def test_timeline_filters(demo_store):
    since = timeline(demo_store, "PAK-RUS", since="2018")
    assert [e["date"][:4] for e in since] == ["2018", "2018", "2021"]
    consults = timeline(demo_store, "PAK-RUS", type="consult")
    assert {e["type"] for e in consults} == {"CONSULT"}
    planned = timeline(demo_store, "PAK-RUS", status="planned")
    assert [e["date"] for e in planned] == ["2017"]


def test_timeline_other_pair_is_separate(demo_store):
    entries = timeline(demo_store, "TUR KAZ")
    assert [(e["date"], e["type"]) for e in entries] == [("2019-04-30", "AGREE")]
    assert timeline(demo_store, "PAK KAZ") == []


def test_summary_counts(demo_store):
    from bilateral.analysis import summary

    whole = summary(demo_store)
    assert (whole["documents"], whole["events"], whole["figures"], whole["quotes"]) == (6, 10, 3, 2)
    assert whole["top_pair"] == "PAK-RUS"
    pair = summary(demo_store, "PAK RUS")
    assert pair["events_by_status"] == {"occurred": 8, "planned": 1}
    assert (pair["clusters"], pair["clusters_multi_source"], pair["figure_conflicts"]) == (6, 2, 1)
    assert (pair["first_event"], pair["last_event"]) == ("2016-10-10", "2021-04-07")
