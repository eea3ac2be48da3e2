"""``bilateral report``: one self-contained, offline HTML file for a pair of countries.

Sections: summary, cooperation–conflict index (an inline SVG chart), timeline of
what happened, what did not (planned, hoped, denied…), figures with contradictions, top actors, and the cited articles with every
cited sentence highlighted; each item links to its sentence (``#s-…`` anchors,
highlighted by CSS ``:target``). No script, no CDN; all text is escaped by
Jinja2's autoescape.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pycountry
from jinja2 import Environment, PackageLoader, select_autoescape

from bilateral.analysis.conflicts import cited_documents, figure_conflicts, pair_figures
from bilateral.analysis.index import cooperation_index
from bilateral.analysis.network import actor_network, top_actors
from bilateral.analysis.overview import summary
from bilateral.analysis.timeline import ALL, timeline
from bilateral.linking.events import pair_codes
from bilateral.store.models import DocumentRow, FigureRow
from bilateral.types import OCCURRED


@dataclass(frozen=True)
class Span:
    doc_id: str
    start: int
    end: int

    @property
    def anchor(self) -> str:
        return f"s-{self.doc_id}-{self.start}-{self.end}"


def country_name(code: str, entries: list[dict[str, Any]]) -> str:
    """ISO 3166's name for ``code``; for an organisation, the name its events use most."""
    country = pycountry.countries.get(alpha_3=code)
    if country is not None:
        return str(getattr(country, "common_name", None) or country.name)
    names = Counter(str(a["name"]) for e in entries for a in e["actors"]
                    if a.get("id") == code and a.get("name"))
    return names.most_common(1)[0][0] if names else code


# ---- chart ---------------------------------------------------------------------------------

CHART_W, CHART_H, PAD = 720, 240, 36


def index_chart(periods: list[dict[str, Any]]) -> dict[str, Any]:
    """Geometry of a bar chart of the Goldstein sum per period, zero line between the extremes."""
    sums = [p["goldstein_sum"] for p in periods]
    high, low = max([0.0, *sums]), max([0.0, *(-v for v in sums)])
    span = (high + low) or 1.0
    plot = CHART_H - 2 * PAD
    zero = PAD + plot * high / span
    step = (CHART_W - 2 * PAD) / max(len(periods), 1)
    bars = []
    for n, p in enumerate(periods):
        value = p["goldstein_sum"]
        height = abs(value) / span * plot
        bars.append({
            "x": round(PAD + n * step + step * 0.15, 1), "w": round(step * 0.7, 1),
            "y": round(zero - height if value >= 0 else zero, 1), "h": round(max(height, 1.0), 1),
            "cls": "coop" if value >= 0 else "conf", "label": p["period"], "value": value,
            "events": p["events"], "label_x": round(PAD + n * step + step / 2, 1),
        })
    return {"bars": bars, "width": CHART_W, "height": CHART_H, "zero": round(zero, 1),
            "high": round(high, 1), "low": round(-low, 1)}


# ---- articles with highlighted sentences ---------------------------------------------------

def segments(text: str, spans: list[Span]) -> tuple[list[tuple[str, str | None]], dict[str, str]]:
    """``text`` cut into (piece, anchor or None); overlapping spans share the first's anchor."""
    pieces: list[tuple[str, str | None]] = []
    aliases: dict[str, str] = {}
    cursor, last = 0, None
    for span in sorted(set(spans), key=lambda s: (s.start, -s.end)):
        if span.start < cursor and last is not None:
            aliases[span.anchor] = last.anchor
            continue
        pieces.append((text[cursor:span.start], None))
        pieces.append((text[span.start:span.end], span.anchor))
        cursor, last = span.end, span
    pieces.append((text[cursor:], None))
    return [p for p in pieces if p[0]], aliases


def _cited_spans(entries: list[dict[str, Any]], figures: list[FigureRow]) -> list[Span]:
    spans = [Span(s["doc_id"], s["start"], s["end"]) for e in entries for s in e["sources"]]
    return spans + [Span(f.doc_id, f.start, f.end) for f in figures]


def articles(docs: dict[str, DocumentRow], spans: list[Span]
             ) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Each cited document with its text cut into highlighted pieces; anchor aliases."""
    by_doc: dict[str, list[Span]] = {}
    for span in spans:
        by_doc.setdefault(span.doc_id, []).append(span)
    out, aliases = [], {}
    for doc_id in sorted(by_doc, key=lambda d: (docs[d].published or "", d)):
        doc = docs[doc_id]
        pieces, doc_aliases = segments(doc.text, by_doc[doc_id])
        aliases.update(doc_aliases)
        out.append({"doc_id": doc_id, "title": doc.title or doc.source, "outlet": doc.outlet,
                    "published": doc.published, "url": doc.url, "source": doc.source,
                    "pieces": pieces})
    return out, aliases


# ---- the page ------------------------------------------------------------------------------

def report_context(store: Any, codes: Sequence[str]) -> dict[str, Any]:
    """Everything the template shows."""
    entries = timeline(store, codes, status=ALL)
    index = cooperation_index(store, codes, "year")
    graph = actor_network(store, codes)
    with store.session() as session:
        figures = pair_figures(session, codes)
        spans = _cited_spans(entries, figures)
        docs = cited_documents(session, {span.doc_id for span in spans}, whole=True)
    conflicts = figure_conflicts(figures, docs)
    cited, aliases = articles(docs, spans)

    def anchor(doc_id: str, start: int, end: int) -> str:
        name = Span(doc_id, start, end).anchor
        return aliases.get(name, name)

    return {
        "codes": codes, "names": [country_name(c, entries) for c in codes],
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "summary": summary(store, codes), "index": index, "chart": index_chart(index["periods"]),
        "timeline": [e for e in entries if e["status"] == OCCURRED],
        "not_happened": [e for e in entries if e["status"] != OCCURRED], "figures": figures, "docs": docs, "conflicts": conflicts,
        "actors": top_actors(graph, 15), "articles": cited,
        "anchor": anchor,
    }


def _environment() -> Environment:
    return Environment(loader=PackageLoader("bilateral.analysis", "templates"),
                       autoescape=select_autoescape(default=True, default_for_string=True))


def render_report(store: Any, pair: str | Sequence[str]) -> str:
    """The report of ``pair`` as one HTML string."""
    codes = pair_codes(pair)
    return _environment().get_template("report.html").render(**report_context(store, codes))


def write_report(store: Any, pair: str | Sequence[str], path: Path) -> Path:
    """Write the report of ``pair`` to ``path`` (UTF-8) and return the path."""
    Path(path).write_text(render_report(store, pair), encoding="utf-8")
    return Path(path)
