"""Small, realistic stores for tests, docs and demos (written for bilateral, not real articles).

Articles with the events, figures and quotes a reader would code by hand, written as
rows directly (no NLP), so analyses, the API and the dashboard are exercised alone.
``ARTICLES``: six short articles: one meeting reported by two outlets and recalled years
later, two joint exercises a year apart, a planned drill, a visit, figures that disagree,
quotes, and one article about another pair of countries. ``bilateral.api.demo`` builds
its own set with the same builder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from bilateral.linking.events import link_pending
from bilateral.store.models import DocumentRow, EventRow, FigureRow, QuoteRow
from bilateral.types import content_hash


def actor(actor_id: str, name: str, country: str, sector: str | None = None,
          role: str | None = None) -> dict[str, Any]:
    """An actor dict as stored in event rows."""
    return {"id": actor_id, "name": name, "country": country, "sector": sector, "role": role}


PAK = actor("PAK", "Pakistan", "PAK")
RUS = actor("RUS", "Russia", "RUS")
KAZ = actor("KAZ", "Kazakhstan", "KAZ")
TUR = actor("TUR", "Turkey", "TUR")
KHAN = actor("person:imran-khan", "Imran Khan", "PAK", "GOV", "prime minister")
MEDVEDEV = actor("person:dmitry-medvedev", "Dmitry Medvedev", "RUS", "GOV", "prime minister")
LAVROV = actor("person:sergey-lavrov", "Sergey Lavrov", "RUS", "GOV", "foreign minister")
PAK_MIL = actor("PAK.MIL", "Pakistan Army", "PAK", "MIL")
RUS_MIL = actor("RUS.MIL", "Russian Armed Forces", "RUS", "MIL")


@dataclass
class DemoEvent:
    sentence: str
    type: str
    source: dict[str, Any] | None
    target: dict[str, Any] | None
    date: str | None
    mode: str | None = None
    cameo: str | None = None
    goldstein: float | None = None
    status: str = "occurred"
    location: dict[str, Any] | None = None
    participants: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class DemoFigure:
    sentence: str
    text: str
    variable: str
    value: float
    unit: str
    countries: list[str]
    period: str | None = None
    direction: str | None = None


@dataclass
class DemoQuote:
    quote: str
    speaker: dict[str, Any]
    verb: str = "said"


@dataclass
class DemoArticle:
    source: str
    published: str
    outlet: str
    title: str
    text: str
    events: list[DemoEvent] = field(default_factory=list)
    figures: list[DemoFigure] = field(default_factory=list)
    quotes: list[DemoQuote] = field(default_factory=list)
    url: str | None = ""  # "": made up from the source name; None: the article has none


def place(name: str, country: str) -> dict[str, Any]:
    return {"name": name, "country": country, "lat": None, "lon": None}


ARTICLES = [
    DemoArticle(
        "ledger-2018-11-06.txt", "2018-11-06", "The Islamabad Ledger",
        "Khan and Medvedev meet in Shanghai",
        "Prime Minister Imran Khan met Russian Prime Minister Dmitry Medvedev in Shanghai on "
        "Monday. The two leaders discussed energy cooperation and a long-delayed gas pipeline. "
        "Trade between the two countries reached $650 million last year.",
        events=[DemoEvent(
            "Prime Minister Imran Khan met Russian Prime Minister Dmitry Medvedev in Shanghai on "
            "Monday.", "CONSULT", KHAN, MEDVEDEV, "2018-11-05", "third-party", "044", 2.5,
            location=place("Shanghai", "CHN"))],
        figures=[DemoFigure(
            "Trade between the two countries reached $650 million last year.", "$650 million",
            "trade_total", 650e6, "USD", ["PAK", "RUS"], "2017")],
    ),
    DemoArticle(
        "wire-2018-11-07.txt", "2018-11-07", "Moscow Wire",
        "Russia, Pakistan to speed up pipeline",
        "Dmitry Medvedev and Imran Khan held talks on the sidelines of the import expo in "
        "Shanghai on November 5. Russia and Pakistan agreed to speed up work on the offshore gas "
        "pipeline. Bilateral trade stood at $560 million in 2017, according to Russian customs. "
        "\"Our energy partnership has a great future,\" Medvedev said.",
        events=[
            DemoEvent("Dmitry Medvedev and Imran Khan held talks on the sidelines of the import "
                      "expo in Shanghai on November 5.", "CONSULT", MEDVEDEV, KHAN, "2018-11-05",
                      "third-party", "044", 2.5, location=place("Shanghai", "CHN")),
            DemoEvent("Russia and Pakistan agreed to speed up work on the offshore gas pipeline.",
                      "AGREE", RUS, PAK, "2018-11-05", None, "030", 4.0),
        ],
        figures=[DemoFigure(
            "Bilateral trade stood at $560 million in 2017, according to Russian customs.",
            "$560 million", "trade_total", 560e6, "USD", ["PAK", "RUS"], "2017")],
        quotes=[DemoQuote("Our energy partnership has a great future,", MEDVEDEV)],
    ),
    DemoArticle(
        "review-2021-04-08.txt", "2021-04-08", "Regional Review",
        "Lavrov in Islamabad",
        "Sergey Lavrov arrived in Islamabad on Wednesday, the first visit by a Russian foreign "
        "minister in nine years. In 2018, Khan and Medvedev met in Shanghai, where they discussed "
        "energy. Pakistan and Russia held their first joint military exercise in 2016. "
        "\"We are ready to strengthen Pakistan's counter-terrorism capacity,\" Lavrov told "
        "reporters.",
        events=[
            DemoEvent("Sergey Lavrov arrived in Islamabad on Wednesday, the first visit by a "
                      "Russian foreign minister in nine years.", "CONSULT", LAVROV, PAK,
                      "2021-04-07", "visit", "042", 1.9, location=place("Islamabad", "PAK")),
            DemoEvent("In 2018, Khan and Medvedev met in Shanghai, where they discussed energy.",
                      "CONSULT", KHAN, MEDVEDEV, "2018", "third-party", "044", 2.5,
                      location=place("Shanghai", "CHN")),
            DemoEvent("Pakistan and Russia held their first joint military exercise in 2016.",
                      "COOPERATE", PAK, RUS, "2016", "military", "062", 6.4),
        ],
        quotes=[DemoQuote("We are ready to strengthen Pakistan's counter-terrorism capacity,",
                          LAVROV, "told")],
    ),
    DemoArticle(
        "defence-2016-10-11.txt", "2016-10-11", "Defence Daily",
        "First joint drill ends",
        "Pakistani and Russian troops completed their first-ever joint military exercise in "
        "Cherat on Monday. Russia and Pakistan will hold the next drill in 2017, officials said.",
        events=[
            DemoEvent("Pakistani and Russian troops completed their first-ever joint military "
                      "exercise in Cherat on Monday.", "COOPERATE", PAK_MIL, RUS_MIL,
                      "2016-10-10", "military", "062", 6.4, location=place("Cherat", "PAK")),
            DemoEvent("Russia and Pakistan will hold the next drill in 2017, officials said.",
                      "COOPERATE", RUS_MIL, PAK_MIL, "2017", "military", "062", 6.4,
                      status="planned"),
        ],
    ),
    DemoArticle(
        "defence-2017-10-02.txt", "2017-10-02", "Defence Daily",
        "Second joint drill held in Russia",
        "The second joint exercise of Pakistani and Russian special forces was held in "
        "Mineralnye Vody in September. Pakistan's exports to Russia rose to $137 million.",
        events=[DemoEvent(
            "The second joint exercise of Pakistani and Russian special forces was held in "
            "Mineralnye Vody in September.", "COOPERATE", PAK_MIL, RUS_MIL, "2017-09",
            "military", "062", 6.4, location=place("Mineralnye Vody", "RUS"))],
        figures=[DemoFigure(
            "Pakistan's exports to Russia rose to $137 million.", "$137 million", "exports",
            137e6, "USD", ["PAK", "RUS"], None, "PAK->RUS")],
    ),
    DemoArticle(
        "steppe-2019-05-01.txt", "2019-05-01", "Steppe Times",
        "Kazakhstan and Turkey sign trade deal",
        "Kazakhstan and Turkey signed a trade agreement in Astana on April 30. Turkish officials "
        "accused the customs service of delays.",
        events=[DemoEvent("Kazakhstan and Turkey signed a trade agreement in Astana on April 30.",
                          "AGREE", KAZ, TUR, "2019-04-30", None, "030", 4.0,
                          location=place("Astana", "KAZ"))],
    ),
]


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def document_row(article: DemoArticle) -> DocumentRow:
    digest = content_hash(article.text)
    return DocumentRow(
        doc_id=digest[:16], content_hash=digest, source=article.source, title=article.title,
        published=article.published, outlet=article.outlet, language="en", text=article.text,
        url=(f"https://news.example.org/{article.source.removesuffix('.txt')}"
             if article.url == "" else article.url),
    )


def event_row(doc: DocumentRow, n: int, e: DemoEvent) -> EventRow:
    start, end = _span(doc.text, e.sentence)
    return EventRow(
        event_id=f"{doc.doc_id}:E{n}", doc_id=doc.doc_id, type=e.type, mode=e.mode,
        cameo=e.cameo, goldstein=e.goldstein,
        source_country=e.source["country"] if e.source else None,
        target_country=e.target["country"] if e.target else None,
        source=e.source, target=e.target, participants=e.participants, date=e.date,
        location=e.location, status=e.status, sentence=e.sentence, start=start, end=end,
        confidence=0.8, evidence=[],
    )


def figure_row(doc: DocumentRow, n: int, f: DemoFigure) -> FigureRow:
    start, end = _span(doc.text, f.sentence)
    return FigureRow(
        figure_id=f"{doc.doc_id}:F{n}", doc_id=doc.doc_id, variable=f.variable, value=f.value,
        unit=f.unit, text=f.text, countries=f.countries, country_key=" ".join(sorted(f.countries)),
        direction=f.direction, period=f.period, sentence=f.sentence, start=start, end=end,
    )


def quote_row(doc: DocumentRow, n: int, q: DemoQuote) -> QuoteRow:
    start, end = _span(doc.text, q.quote)
    return QuoteRow(
        quote_id=f"{doc.doc_id}:Q{n}", doc_id=doc.doc_id, text=q.quote, start=start, end=end,
        speaker=q.speaker, speaker_country=q.speaker["country"], speaker_text=q.speaker["name"],
        verb=q.verb,
    )


def add_article(session: Session, article: DemoArticle) -> DocumentRow:
    """Store one article with its events, figures and quotes."""
    doc = document_row(article)
    session.add(doc)
    session.flush()
    session.add_all(event_row(doc, n, e) for n, e in enumerate(article.events, 1))
    session.add_all(figure_row(doc, n, f) for n, f in enumerate(article.figures, 1))
    session.add_all(quote_row(doc, n, q) for n, q in enumerate(article.quotes, 1))
    return doc


def build_demo(store: Any, articles: list[DemoArticle] | None = None) -> list[str]:
    """Fill ``store`` with the demo articles, their events linked as ingest links them;
    returns their doc ids."""
    with store.session() as session:
        doc_ids = [add_article(session, a).doc_id for a in (articles or ARTICLES)]
        session.flush()
        link_pending(session)
    return doc_ids
