"""Extraction then linking on articles written for this test: one visit reported three times
(once in passing a year later), a first exercise recalled years later, and an earlier visit by
the same minister that must stay apart. Needs the spaCy model (``model`` extra)."""

from __future__ import annotations

import pytest

from bilateral.analysis.timeline import timeline
from bilateral.errors import MissingExtra
from bilateral.linking.events import link_events
from bilateral.store.write import add_records, document_row

ARTICLES = [
    ("a.txt", "2021-04-08",
     ("Russian Foreign Minister Sergey Lavrov arrived in Islamabad on Wednesday for a two-day "
     "visit, the first by a Russian foreign minister in nine years. Lavrov met Foreign Minister "
     "Shah Mahmood Qureshi and discussed energy cooperation, including the Pakistan Stream gas "
     "pipeline.")),
    ("b.txt", "2021-04-07",
     ("Sergei Lavrov landed in Pakistan on Wednesday. During his visit, Lavrov held talks with "
     "his Pakistani counterpart Qureshi on the gas pipeline project and on Afghanistan.")),
    ("c.txt", "2022-02-20",
     ("Relations have warmed since Lavrov visited Islamabad in April 2021. In 2016, Pakistan and "
     "Russia held their first joint military exercise.")),
    ("e.txt", "2012-10-05",
     ("Russian Foreign Minister Sergey Lavrov visited Islamabad on Thursday and held talks with "
     "Foreign Minister Hina Rabbani Khar on energy projects.")),
    ("d.txt", "2016-10-11",
     ("Pakistani and Russian troops held their first joint military exercise near Cherat on "
     "Monday, the army said.")),
]


@pytest.fixture(scope="module")
def records():
    from bilateral.extract import extract

    try:
        return [extract(text, published=pub, source=src) for src, pub, text in ARTICLES]
    except MissingExtra as exc:
        pytest.skip(str(exc))


@pytest.mark.slow
@pytest.mark.parametrize("similarity", ["lexical", "auto"])
def test_events_end_to_end_each_real_event_once(store, records, similarity):
    for rec in records:
        with store.session() as session:
            session.add(document_row(rec, raw_hash=None, minhash=None, version="test"))
            session.flush()
            add_records(session, rec)
    link_events(store, similarity=similarity)
    visits = {e["date"][:4]: len({s["doc_id"] for s in e["sources"]})
              for e in timeline(store, "PAK RUS", type="CONSULT")}
    assert visits.get("2021") == 3 and visits.get("2012") == 1
    exercises = [e for e in timeline(store, "PAK RUS", type="COOPERATE")
                 if e["date"].startswith("2016")]
    assert len(exercises) == 1 and len(exercises[0]["sources"]) == 2
