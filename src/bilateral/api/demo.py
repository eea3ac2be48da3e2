"""The API's demo store: three articles (written for bilateral) for tests and screenshots.

Two reports on Pakistan–Russia relations built from public facts, one on India–Russia:
a visit and a meeting, an agreement reported twice, a hoped-for and a denied act, two
trade figures that disagree and a quote. Built with ``bilateral.analysis.demo`` (rows
written directly, no NLP), then linked into clusters by ``bilateral.linking``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from bilateral.analysis.demo import DemoArticle, DemoEvent, DemoFigure, DemoQuote, actor, build_demo
from bilateral.store.models import ClusterRow, EventRow
from bilateral.store.session import Store

PAK = actor("PAK", "Pakistan", "PAK")
RUS = actor("RUS", "Russia", "RUS")
IND = actor("IND", "India", "IND")
LAVROV = actor("person:sergey-lavrov", "Sergey Lavrov", "RUS", "DIP", "foreign minister")
QURESHI = actor("person:shah-mahmood-qureshi", "Shah Mahmood Qureshi", "PAK", "DIP",
                "foreign minister")

SIGNED_2014 = "The two countries signed a defence cooperation agreement in 2014."
SIGNED_2014_AGAIN = "The two countries had signed a defence cooperation agreement in 2014."

ARTICLES = [
    DemoArticle(
        "demo/article-1.txt", "2021-04-07", "Demo Herald",
        "Russian foreign minister arrives in Islamabad for talks",
        "Russian Foreign Minister Sergey Lavrov arrived in Islamabad on Tuesday for a "
        "two-day visit.\n\n"
        "Lavrov met his Pakistani counterpart Shah Mahmood Qureshi and the two sides "
        "discussed energy and security cooperation.\n\n"
        f"{SIGNED_2014}\n\n"
        "Bilateral trade reached $ 790 million in 2018, officials said.\n\n"
        "Pakistan hopes Russia will build the North-South gas pipeline next year.\n\n"
        "\"Our relations are on the rise,\" Qureshi said.",
        events=[
            DemoEvent("Russian Foreign Minister Sergey Lavrov arrived in Islamabad on Tuesday for "
                      "a two-day visit.", "CONSULT", LAVROV, PAK, "2021-04-06", "visit", "042",
                      1.9),
            DemoEvent("Lavrov met his Pakistani counterpart Shah Mahmood Qureshi and the two "
                      "sides discussed energy and security cooperation.", "CONSULT", LAVROV,
                      QURESHI, "2021-04-06", "meeting", "043", 4.0),
            DemoEvent(SIGNED_2014, "AGREE", PAK, RUS, "2014", None, "057", 4.8),
            DemoEvent("Pakistan hopes Russia will build the North-South gas pipeline next year.",
                      "COOPERATE", RUS, PAK, "2022", "economic", "061", 6.0, status="hoped"),
        ],
        figures=[DemoFigure("Bilateral trade reached $ 790 million in 2018, officials said.",
                            "$ 790 million", "trade_total", 790e6, "USD", ["PAK", "RUS"],
                            "2018")],
        quotes=[DemoQuote("\"Our relations are on the rise,\"", QURESHI)],
        url="https://example.org/demo/lavrov-islamabad",
    ),
    DemoArticle(
        "demo/article-2.txt", "2016-10-10", "Demo Tribune",
        "Pakistan and Russia hold joint military exercise",
        "Pakistan and Russia held their first joint military exercise in September 2016.\n\n"
        "Russia denied reports that it had cancelled the exercise.\n\n"
        "Trade between the two countries stood at $ 540 million in 2018, according to a "
        "later estimate.\n\n"
        f"{SIGNED_2014_AGAIN}",
        events=[
            DemoEvent("Pakistan and Russia held their first joint military exercise in September "
                      "2016.", "COOPERATE", PAK, RUS, "2016-09", "military", "062", 6.4),
            DemoEvent("Russia denied reports that it had cancelled the exercise.", "REJECT", RUS,
                      PAK, "2016-10", None, "128", -4.0, status="denied"),
            DemoEvent(SIGNED_2014_AGAIN, "AGREE", PAK, RUS, "2014", None, "057", 4.8),
        ],
        figures=[DemoFigure("Trade between the two countries stood at $ 540 million in 2018, "
                            "according to a later estimate.", "$ 540 million", "trade_total",
                            540e6, "USD", ["PAK", "RUS"], "2018")],
        url=None,
    ),
    DemoArticle(
        "demo/article-3.txt", "2019-09-05", "Demo Post", "India and Russia agree on fuel supplies",
        "India and Russia agreed on long-term fuel supplies in Vladivostok on Wednesday.\n\n"
        "Russia accused unnamed rivals of trying to derail the deal.",
        events=[
            DemoEvent("India and Russia agreed on long-term fuel supplies in Vladivostok on "
                      "Wednesday.", "AGREE", IND, RUS, "2019-09-04", None, "057", 4.8),
            DemoEvent("Russia accused unnamed rivals of trying to derail the deal.", "ACCUSE",
                      RUS, IND, "2019-09", None, "112", -2.0),
        ],
        url="https://example.org/demo/india-russia",
    ),
]


def fill_demo_store(store: Store) -> dict[str, Any]:
    """Write the demo articles into an empty ``store`` and link their events into clusters.

    Returns the ids of what was written, for tests.
    """
    doc_ids = build_demo(store, ARTICLES)
    with store.session() as session:
        event_ids = list(session.scalars(select(EventRow.event_id).order_by(EventRow.id)))
        clusters = list(session.scalars(select(ClusterRow.id)))
    return {"doc_ids": doc_ids, "event_ids": event_ids, "cluster_ids": clusters}
