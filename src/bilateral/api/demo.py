"""A small demo store (articles written for bilateral) for tests, docs and screenshots.

Two fictional-style reports on Pakistan–Russia relations built from public facts, one on
India–Russia, with events, figures (two of which disagree) and a quote; one event is reported twice.
Rows are written directly, so the API can be exercised without the NLP pipeline; the
events are then linked into clusters by ``bilateral.linking``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from bilateral.linking.events import link_events
from bilateral.store.models import ClusterRow, DocumentRow, EventRow, FigureRow, QuoteRow
from bilateral.store.session import Store
from bilateral.types import content_hash

PAK = {"id": "PAK", "name": "Pakistan", "country": "PAK", "sector": None, "role": None}
RUS = {"id": "RUS", "name": "Russia", "country": "RUS", "sector": None, "role": None}
IND = {"id": "IND", "name": "India", "country": "IND", "sector": None, "role": None}
LAVROV = {"id": "person:sergey-lavrov", "name": "Sergey Lavrov", "country": "RUS",
          "sector": "DIP", "role": "foreign minister"}
QURESHI = {"id": "person:shah-mahmood-qureshi", "name": "Shah Mahmood Qureshi",
           "country": "PAK", "sector": "DIP", "role": "foreign minister"}

ARTICLES: list[dict[str, Any]] = [
    {
        "title": "Russian foreign minister arrives in Islamabad for talks",
        "published": "2021-04-07",
        "outlet": "Demo Herald",
        "url": "https://example.org/demo/lavrov-islamabad",
        "text": (
            "Russian Foreign Minister Sergey Lavrov arrived in Islamabad on Tuesday for a "
            "two-day visit.\n\n"
            "Lavrov met his Pakistani counterpart Shah Mahmood Qureshi and the two sides "
            "discussed energy and security cooperation.\n\n"
            "The two countries signed a defence cooperation agreement in 2014.\n\n"
            "Bilateral trade reached $ 790 million in 2018, officials said.\n\n"
            "Pakistan hopes Russia will build the North-South gas pipeline next year.\n\n"
            "\"Our relations are on the rise,\" Qureshi said."
        ),
    },
    {
        "title": "Pakistan and Russia hold joint military exercise",
        "published": "2016-10-10",
        "outlet": "Demo Tribune",
        "url": None,
        "text": (
            "Pakistan and Russia held their first joint military exercise in September 2016.\n\n"
            "Russia denied reports that it had cancelled the exercise.\n\n"
            "Trade between the two countries stood at $ 540 million in 2018, according to a "
            "later estimate.\n\n"
            "The two countries had signed a defence cooperation agreement in 2014."
        ),
    },
    {
        "title": "India and Russia agree on fuel supplies",
        "published": "2019-09-05",
        "outlet": "Demo Post",
        "url": "https://example.org/demo/india-russia",
        "text": (
            "India and Russia agreed on long-term fuel supplies in Vladivostok on Wednesday.\n\n"
            "Russia accused unnamed rivals of trying to derail the deal."
        ),
    },
]

# (article, sentence start text, type, mode, source, target, date, status, goldstein, cameo)
EVENTS = [
    (0, "Russian Foreign Minister Sergey Lavrov arrived", "CONSULT", "visit", LAVROV, PAK,
     "2021-04-06", "occurred", 1.9, "042"),
    (0, "Lavrov met his Pakistani", "CONSULT", "meeting", LAVROV, QURESHI, "2021-04-06",
     "occurred", 4.0, "043"),
    (0, "The two countries signed", "AGREE", None, PAK, RUS, "2014", "occurred", 4.8, "057"),
    (0, "Pakistan hopes Russia", "COOPERATE", "economic", RUS, PAK, "2022", "hoped", 6.0, "061"),
    (1, "Pakistan and Russia held", "COOPERATE", "military", PAK, RUS, "2016-09", "occurred",
     6.4, "062"),
    (1, "Russia denied reports", "REJECT", None, RUS, PAK, "2016-10", "denied", -4.0, "128"),
    (1, "The two countries had signed", "AGREE", None, PAK, RUS, "2014", "occurred", 4.8, "057"),
    (2, "India and Russia agreed", "AGREE", None, IND, RUS, "2019-09-04", "occurred", 4.8, "057"),
    (2, "Russia accused unnamed", "ACCUSE", None, RUS, IND, "2019-09", "occurred", -2.0, "112"),
]

# (article, sentence start, value as written, value, period)
FIGURES = [
    (0, "Bilateral trade reached", "$ 790 million", 790e6, "2018"),
    (1, "Trade between the two", "$ 540 million", 540e6, "2018"),
]


def sentence_span(text: str, begins: str) -> tuple[int, int]:
    """The span of the sentence (up to its paragraph end) that begins with ``begins``."""
    start = text.index(begins)
    end = text.find("\n", start)
    return start, end if end != -1 else len(text)


def _documents() -> list[DocumentRow]:
    rows = []
    for n, article in enumerate(ARTICLES):
        digest = content_hash(article["text"])
        rows.append(DocumentRow(
            doc_id=digest[:16], content_hash=digest, source=f"demo/article-{n + 1}.txt",
            url=article["url"], title=article["title"], published=article["published"],
            outlet=article["outlet"], language="en", text=article["text"], status="ok",
        ))
    return rows


def _events(docs: list[DocumentRow]) -> list[EventRow]:
    rows = []
    for n, (a, begins, type_, mode, src, tgt, date, status, gold, cameo) in enumerate(EVENTS, 1):
        doc = docs[a]
        start, end = sentence_span(doc.text, begins)
        rows.append(EventRow(
            event_id=f"{doc.doc_id}:E{n}", doc_id=doc.doc_id, type=type_, mode=mode, cameo=cameo,
            goldstein=gold, source_country=src["country"], target_country=tgt["country"],
            source=src, target=tgt, participants=[], date=date, date_text=None, location=None,
            status=status, sentence=doc.text[start:end], start=start, end=end, confidence=0.8,
            trigger=None, evidence=[],
        ))
    return rows


def _figures(docs: list[DocumentRow]) -> list[FigureRow]:
    rows = []
    for n, (a, begins, written, value, period) in enumerate(FIGURES, 1):
        doc = docs[a]
        start, end = sentence_span(doc.text, begins)
        rows.append(FigureRow(
            figure_id=f"{doc.doc_id}:F{n}", doc_id=doc.doc_id, variable="trade_total",
            value=value, unit="USD", text=written, countries=["PAK", "RUS"],
            country_key="PAK RUS", direction=None, period=period, approx=None,
            sentence=doc.text[start:end], start=start, end=end,
        ))
    return rows


def _quote(doc: DocumentRow) -> QuoteRow:
    start = doc.text.index("\"Our relations")
    end = doc.text.index("\"", start + 1) + 1
    return QuoteRow(quote_id=f"{doc.doc_id}:Q1", doc_id=doc.doc_id, text=doc.text[start:end],
                    start=start, end=end, speaker=QURESHI, speaker_country="PAK",
                    speaker_text="Qureshi", verb="said")


def fill_demo_store(store: Store) -> dict[str, Any]:
    """Write the demo rows into an empty ``store`` and link its events into clusters.

    Returns the ids of what was written, for tests.
    """
    docs = _documents()
    events = _events(docs)
    with store.session() as session:
        session.add_all(docs)
        session.flush()
        session.add_all([*events, *_figures(docs), _quote(docs[0])])
    link_events(store, similarity="lexical")
    with store.session() as session:
        clusters = list(session.scalars(select(ClusterRow.id)))
    return {"doc_ids": [d.doc_id for d in docs], "event_ids": [e.event_id for e in events],
            "cluster_ids": clusters}
