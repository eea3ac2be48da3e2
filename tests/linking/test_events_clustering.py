"""Event linking: one real event reported in different words is one cluster; others stay apart."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bilateral.analysis.demo import DemoArticle, DemoEvent, actor, build_demo, place
from bilateral.linking.events import link_events, link_score, pair_codes, to_item
from bilateral.linking.similarity import embedding_available, lexical_similarity
from bilateral.store.models import ClusterRow, EventRow


@pytest.fixture(params=[
    "lexical",
    pytest.param("hybrid", marks=[pytest.mark.slow, pytest.mark.skipif(
        not embedding_available(), reason="needs the semantic extra")]),
])
def link(request, store):
    """link_events on the test store, with each text similarity."""
    return lambda pair=None: link_events(store, pair, similarity=request.param)


IND = actor("IND", "India", "IND")
JPN = actor("JPN", "Japan", "JPN")
MODI = actor("person:narendra-modi", "Narendra Modi", "IND", "GOV")
ABE = actor("person:shinzo-abe", "Shinzo Abe", "JPN", "GOV")


def article(name: str, published: str, *events: DemoEvent, extra: str = "") -> DemoArticle:
    text = " ".join(e.sentence for e in events) + extra
    return DemoArticle(name, published, "Test Outlet " + name, name, text, list(events))


def clusters_of(store) -> list[tuple[str | None, str, str, int, list[str]]]:
    """(date, type, status, size, member sentences) per cluster, sorted by date."""
    with store.session() as session:
        rows = session.scalars(select(ClusterRow)).all()
        out = []
        for c in rows:
            members = session.scalars(select(EventRow).where(EventRow.cluster_id == c.id)).all()
            out.append((c.date, c.type, c.status, c.size, sorted(m.sentence for m in members)))
    return sorted(out, key=lambda c: (c[0] or "", c[1], c[2]))


SUMMIT = [
    article("a1", "2014-09-02", DemoEvent(
        "Japanese Prime Minister Shinzo Abe welcomed Narendra Modi in Tokyo on Monday for a "
        "summit on infrastructure investment.", "CONSULT", ABE, MODI, "2014-09-01", "visit",
        location=place("Tokyo", "JPN"))),
    article("a2", "2014-09-03", DemoEvent(
        "Modi held summit talks with Abe in the Japanese capital, where investment in Indian "
        "infrastructure topped the agenda.", "CONSULT", MODI, ABE, "2014-09", "visit",
        location=place("Tokyo", "JPN"))),
    article("a3", "2015-12-10", DemoEvent(
        "Since the Tokyo summit between Modi and Abe in 2014, Japanese investment in India has "
        "doubled.", "CONSULT", MODI, ABE, "2014")),
]


def test_events_same_summit_in_three_wordings_is_one_cluster(store, link):
    build_demo(store, SUMMIT)
    link()
    [(date, type_, status, size, _)] = clusters_of(store)
    assert (date, type_, status, size) == ("2014-09-01", "CONSULT", "occurred", 3)


def test_events_same_actors_a_year_apart_stay_apart(store, link):
    build_demo(store, [
        article("b1", "2014-09-02", SUMMIT[0].events[0]),
        article("b2", "2015-12-13", DemoEvent(
            "Abe arrived in New Delhi on Saturday for his annual summit with Modi, bringing a "
            "high-speed rail offer.", "CONSULT", ABE, MODI, "2015-12-12", "visit",
            location=place("New Delhi", "IND"))),
        article("b3", "2016-01-05", DemoEvent(
            "Abe's summit with Modi in New Delhi in December 2015 sealed the bullet train deal.",
            "CONSULT", ABE, MODI, "2015-12", "visit")),
    ])
    link()
    assert [(c[0], c[3]) for c in clusters_of(store)] == [("2014-09-01", 1), ("2015-12-12", 2)]


@pytest.mark.parametrize("other_date", ["2017", "2019"])
def test_events_different_years_never_merge(store, other_date, link):
    sentence = "India and Japan held a naval exercise in the Bay of Bengal in {}."
    build_demo(store, [
        article("c1", "2018-12-01", DemoEvent(sentence.format(2018), "COOPERATE", IND, JPN,
                                              "2018", "military")),
        article("c2", "2019-12-01", DemoEvent(sentence.format(other_date), "COOPERATE", IND,
                                              JPN, other_date, "military")),
    ])
    link()
    assert sorted(c[0] for c in clusters_of(store)) == sorted(["2018", other_date])


def test_events_status_kept_separate(store, link):
    build_demo(store, [
        article("d1", "2017-03-01", DemoEvent(
            "India and Japan will sign a civil nuclear agreement in 2017, officials said.",
            "AGREE", IND, JPN, "2017", status="planned")),
        article("d2", "2017-11-20", DemoEvent(
            "India and Japan signed a civil nuclear agreement in 2017.", "AGREE", IND, JPN,
            "2017")),
    ])
    link()
    assert sorted(c[2] for c in clusters_of(store)) == ["occurred", "planned"]


def test_events_meeting_and_deal_on_same_day_stay_apart(store, link):
    build_demo(store, [article(
        "e1", "2014-09-02",
        DemoEvent("Abe and Modi met at the Akasaka Palace on Monday.", "CONSULT", ABE, MODI,
                  "2014-09-01"),
        DemoEvent("Japan pledged 3.5 trillion yen of public and private financing for Indian "
                  "railways and smart cities.", "AGREE", JPN, IND, "2014-09-01"),
    )])
    link()
    assert sorted(c[1] for c in clusters_of(store)) == ["AGREE", "CONSULT"]


def test_events_undated_mention_joins_only_on_strong_agreement(store, link):
    build_demo(store, [
        SUMMIT[0],
        article("f1", "2014-10-01", DemoEvent(
            "Abe welcomed Modi in Tokyo for a summit on infrastructure investment.", "CONSULT",
            ABE, MODI, None, "visit")),
        article("f2", "2014-10-02", DemoEvent(
            "Indian and Japanese officials have talked about maritime security.", "CONSULT",
            IND, JPN, None)),
    ])
    link()
    assert sorted(c[3] for c in clusters_of(store)) == [1, 2]


def test_events_undated_mention_cannot_precede_the_event(store, link):
    # Published before the summit took place: it cannot report it as having happened.
    build_demo(store, [SUMMIT[0], article("g1", "2013-05-01", DemoEvent(
        "Abe welcomed Modi in Tokyo for a summit on infrastructure investment.", "CONSULT",
        ABE, MODI, None, "visit"))])
    link()
    assert sorted(c[3] for c in clusters_of(store)) == [1, 1]


def test_events_relinking_is_idempotent(store, link):
    build_demo(store)
    first = link()
    before = clusters_of(store)
    second = link("PAK-RUS")
    assert first == link()
    assert clusters_of(store) == before
    assert second.events == 9  # every PAK-RUS event, none of the KAZ-TUR one


def test_events_demo_meeting_recalled_years_later_joins_its_cluster(store, link):
    build_demo(store)
    link(("PAK", "RUS"))
    sizes = {(c[0], c[1], c[2]): c[3] for c in clusters_of(store)}
    assert sizes[("2018-11-05", "CONSULT", "occurred")] == 3
    assert sizes[("2016-10-10", "COOPERATE", "occurred")] == 2
    assert sizes[("2017-09", "COOPERATE", "occurred")] == 1
    assert sizes[("2017", "COOPERATE", "planned")] == 1


def test_events_link_score_refuses_other_country_pair(store):
    build_demo(store)
    with store.session() as session:
        rows = session.scalars(select(EventRow).order_by(EventRow.id)).all()
        items = [to_item(r, None) for r in rows]
    for n, item in enumerate(items):
        item.index = n
    sim = lexical_similarity([i.text for i in items])
    kaz = next(i for i in items if "KAZ" in i.countries)
    assert all(link_score(kaz, other, sim(kaz.index, other.index)) is None
               for other in items if other is not kaz)


@pytest.mark.parametrize("given,codes", [("PAK-RUS", ("PAK", "RUS")), ("rus pak", ("PAK", "RUS")),
                                         (["RUS", "PAK"], ("PAK", "RUS")), (None, ())])
def test_events_pair_codes(given, codes):
    assert pair_codes(given) == codes


def test_events_agreement_recalled_years_later_joins_but_another_deal_that_year_does_not(
        store, link):
    pak, rus = actor("PAK", "Pakistan", "PAK"), actor("RUS", "Russia", "RUS")
    build_demo(store, [
        article("h1", "2014-11-21", DemoEvent(
            "Russia and Pakistan signed a defence cooperation agreement in Rawalpindi on "
            "Thursday.", "AGREE", rus, pak, "2014-11-20", location=place("Rawalpindi", "PAK"))),
        article("h2", "2017-02-01", DemoEvent(
            "Since the two countries signed their defence cooperation agreement in 2014, "
            "military ties have grown.", "AGREE", pak, rus, "2014")),
        article("h3", "2015-01-10", DemoEvent(
            "In 2014 the two sides also agreed to work together on energy projects such as "
            "a gas pipeline.", "AGREE", pak, rus, "2014")),
    ])
    link()
    assert sorted((c[0], c[3]) for c in clusters_of(store)) == [("2014", 1), ("2014-11-20", 2)]


def test_events_deleted_article_leaves_no_empty_cluster(store, link):
    from sqlalchemy import delete

    from bilateral.analysis.timeline import timeline
    from bilateral.store.models import DocumentRow

    build_demo(store)
    link()
    with store.session() as session:
        session.execute(delete(DocumentRow).where(DocumentRow.source == "review-2021-04-08.txt"))
    link()  # reading never links: whoever deletes links again
    entries = timeline(store, "PAK RUS")
    assert all(e["sources"] for e in entries)
    assert "2021-04-07" not in {e["date"] for e in entries}
