"""Score export records against a gold file, by the matching rules of the eval README.

Events: an output event may stand for a gold event of its document when its type is one the
gold accepts, it names at least two of the gold's actors (the only one, for a one-actor
gold) and its date is compatible with one of the gold's. Said to have occurred, it competes
for gold events that happened; otherwise for those that did not. Outputs and gold events are
paired one to one by a maximum matching, required gold events first. Figures match one by one
(variable, value within 1 %, unit, countries, direction and period where the gold gives them).
Cleaning: boilerplate gone, kept text present, title and publication date right.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

CODE_ALIASES = {"SUN": "RUS", "USSR": "RUS", "SOV": "RUS", "KSV": "XKX", "KOS": "XKX", "RKS": "XKX"}
UNIT_ALIASES = {
    "%": "percent", "pct": "percent", "us$": "usd", "$": "usd", "dollar": "usd", "dollars": "usd",
    "kilometre": "km", "kilometer": "km", "kilometres": "km", "kilometers": "km",
    "person": "people", "persons": "people", "ton": "tonnes", "tons": "tonnes", "tonne": "tonnes",
    "t": "tonnes", "metric tons": "tonnes", "metric tonnes": "tonnes", "mt": "tonnes",
}
QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def plain(text: str | None) -> str:
    """Text as compared: NFKC, straight quotes, single spaces."""
    text = unicodedata.normalize("NFKC", text or "").translate(QUOTES)
    return " ".join(text.split())


def code(value: Any) -> str | None:
    if not value:
        return None
    upper = str(value).strip().upper()
    return CODE_ALIASES.get(upper, upper)


def actor_code(actor: Any) -> str | None:
    if actor is None or isinstance(actor, str):
        return code(actor)
    return code(actor.get("country") or actor.get("code") or actor.get("org"))


def countries_of(event: dict[str, Any]) -> set[str]:
    actors = [event.get("source"), event.get("target"), *(event.get("participants") or [])]
    return {c for c in map(actor_code, actors) if c}


def compatible(date: Any, accepted: list[str]) -> bool:
    """The same date at equal, finer or coarser precision (a missing date always is)."""
    if not accepted or not date:
        return True
    text = str(date)
    return any(text.startswith(g) or g.startswith(text) for g in accepted)


def period(value: Any) -> str | None:
    if value is None:
        return None
    text = re.sub(r"^FY", "", str(value).strip().upper().replace(" ", ""))
    fiscal = re.fullmatch(r"(\d{4})[-/](\d{2})", text)
    if fiscal and int(fiscal.group(2)) == (int(fiscal.group(1)) + 1) % 100:
        return f"{fiscal.group(1)}/{int(fiscal.group(1)) + 1}"
    return text.replace("--", "/")


def unit(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip().lower()
    return UNIT_ALIASES.get(text, text)


def ratio(found: int, total: int, empty: float) -> float:
    return found / total if total else empty


def prf(true_positive: int, output: int, found: int, required: int) -> tuple[float, float, float]:
    precision = ratio(true_positive, output, 0.0)
    recall = ratio(found, required, 1.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@dataclass
class Totals:
    ev_out: int = 0
    ev_tp: int = 0
    ev_req: int = 0
    ev_req_found: int = 0
    ev_dated: int = 0
    ev_dated_ok: int = 0
    ev_status_err: int = 0
    ev_dup: int = 0
    fig_out: int = 0
    fig_tp: int = 0
    fig_req: int = 0
    fig_req_found: int = 0
    bp: int = 0
    bp_removed: int = 0
    keep: int = 0
    keep_found: int = 0
    title: int = 0
    title_ok: int = 0
    pub: int = 0
    pub_ok: int = 0


@dataclass
class Export:
    """Export records grouped the way the scorer reads them."""

    documents: dict[str, dict[str, Any]] = field(default_factory=dict)  # by file name
    events: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # by doc_id
    figures: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @classmethod
    def of(cls, records: Iterable[dict[str, Any]]) -> Export:
        export = cls()
        for record in records:
            kind = record.get("kind")
            if kind == "document":
                name = os.path.basename(str(record.get("source") or record.get("doc_id")))
                export.documents[name] = record
            elif kind in ("event", "figure"):
                group = export.events if kind == "event" else export.figures
                group.setdefault(record.get("doc_id") or "", []).append(record)
        return export


def score(gold: dict[str, Any], records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """The report: per document errors, missing documents and a summary (as eval/score.py)."""
    export = Export.of(records)
    totals = Totals()
    report: dict[str, Any] = {"documents": [], "missing_documents": []}
    for gold_doc in gold["documents"]:
        errors: list[str] = []
        report["documents"].append({"file": gold_doc["file"], "errors": errors})
        required_events = [g for g in gold_doc["events"]
                           if g.get("required") and g.get("status", "occurred") == "occurred"]
        totals.ev_req += len(required_events)
        totals.fig_req += sum(1 for g in gold_doc["figures"] if g.get("required"))
        totals.bp += len(gold_doc.get("boilerplate", []))
        totals.keep += len(gold_doc.get("keep", []))
        totals.title += 1
        totals.pub += 1
        document = export.documents.get(gold_doc["file"])
        if document is None:
            report["missing_documents"].append(gold_doc["file"])
            continue
        _score_cleaning(gold_doc, document, totals, errors)
        _score_events(gold_doc, export.events.get(document["doc_id"], []), required_events,
                      totals, errors)
        _score_figures(gold_doc, export.figures.get(document["doc_id"], []), totals, errors)
    report["summary"] = summary(totals, len(report["missing_documents"]))
    return report


def _score_cleaning(gold_doc: dict[str, Any], document: dict[str, Any], totals: Totals,
                    errors: list[str]) -> None:
    text = plain(document.get("text"))
    for phrase in gold_doc.get("boilerplate", []):
        if plain(phrase) in text:
            errors.append(f"boilerplate left in text: {phrase!r}")
        else:
            totals.bp_removed += 1
    for phrase in gold_doc.get("keep", []):
        if plain(phrase) in text:
            totals.keep_found += 1
        else:
            errors.append(f"article text lost: {phrase!r}")
    if plain(document.get("title")).lower() == plain(gold_doc["title"]).lower():
        totals.title_ok += 1
    else:
        errors.append(f"title {document.get('title')!r} != {gold_doc['title']!r}")
    published = str(document["published"])[:10] if document.get("published") else None
    if (published in gold_doc["published"]) if gold_doc["published"] else published is None:
        totals.pub_ok += 1
    else:
        errors.append(f"published {published!r}, gold {gold_doc['published'] or None}")


@dataclass
class Candidates:
    """The gold events one output event may stand for."""

    occurred: bool
    real: list[str]  # gold events that happened
    unreal: list[str]  # gold events that did not

    @property
    def eligible(self) -> list[str]:
        return self.real if self.occurred else self.unreal


def candidates(event: dict[str, Any], gold_events: list[dict[str, Any]]) -> Candidates:
    type_ = str(event.get("type") or "").upper()
    countries = countries_of(event)
    real: list[str] = []
    unreal: list[str] = []
    for g in gold_events:
        actors = {code(c) for c in g["actors"]}
        if type_ in g["types"] and len(countries & actors) >= min(2, len(actors)) \
                and compatible(event.get("date"), g["dates"]):
            (real if g.get("status", "occurred") == "occurred" else unreal).append(g["id"])
    if event.get("date"):  # a dated output prefers a dated gold event
        dated = {g["id"] for g in gold_events if g["dates"]}
        real.sort(key=lambda gid: gid not in dated)
    occurred = str(event.get("status") or "occurred").lower() == "occurred"
    return Candidates(occurred, real, unreal)


def pair_events(options: list[Candidates], required: set[str], every: set[str]) -> dict[str, int]:
    """A maximum matching of outputs to gold ids (augmenting paths), required gold first."""
    owner: dict[str, int] = {}

    def augment(i: int, allowed: set[str], visited: set[str]) -> bool:
        free = next((g for g in options[i].eligible if g in allowed and g not in owner), None)
        if free is not None:
            owner[free] = i
            return True
        for gid in options[i].eligible:
            if gid in allowed and gid not in visited:
                visited.add(gid)
                if augment(owner[gid], allowed, visited):
                    owner[gid] = i
                    return True
        return False

    for allowed in (required, every):
        for i in range(len(options)):
            if i not in owner.values():
                augment(i, allowed, set())
    return owner


def _score_events(gold_doc: dict[str, Any], events: list[dict[str, Any]],
                  required_events: list[dict[str, Any]], totals: Totals, errors: list[str]) -> None:
    totals.ev_out += len(events)
    options = [candidates(e, gold_doc["events"]) for e in events]
    owner = pair_events(options, {g["id"] for g in required_events},
                        {g["id"] for g in gold_doc["events"]})
    paired = set(owner.values())
    for i, (event, option) in enumerate(zip(events, options)):
        if i in paired:
            totals.ev_tp += 1
            continue
        what = (f"{str(event.get('type')).upper()} {sorted(countries_of(event))} {event.get('date')} "
                f"{plain(event.get('sentence'))[:70]!r}")
        if option.occurred and option.unreal and not option.real:
            totals.ev_status_err += 1
            errors.append(f"reported as occurred, did not happen ({option.unreal[0]}): {what}")
        elif not option.occurred and option.real and not option.unreal:
            totals.ev_status_err += 1
            errors.append(f"reported as {event.get('status')}, but it happened ({option.real[0]}): {what}")
        elif option.eligible:
            totals.ev_dup += 1
            errors.append(f"duplicate of {option.eligible[0]}: {what}")
        else:
            errors.append(f"spurious event: {what}")
    for g in required_events:
        if g["id"] not in owner:
            errors.append(f"missed {g['id']}: {g['note']}")
            continue
        totals.ev_req_found += 1
        if g["dates"] and g.get("datable", True):
            totals.ev_dated += 1
            if events[owner[g["id"]]].get("date"):
                totals.ev_dated_ok += 1
            else:
                errors.append(f"{g['id']} found without a date")


def figure_matches(figure: dict[str, Any], g: dict[str, Any]) -> bool:
    try:
        value = float(figure.get("value"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    out_unit, gold_unit = unit(figure.get("unit")), unit(g.get("unit"))
    direction = (figure.get("direction") or "").upper().replace(" ", "") or None
    return (str(figure.get("variable") or "").lower() in g["variables"]
            and abs(value - g["value"]) <= 0.01 * abs(g["value"])
            and (not gold_unit or out_unit == gold_unit or (out_unit is None and bool(g.get("unit_optional"))))
            and {code(c) for c in g["countries"]} <= {code(c) for c in figure.get("countries") or [] if c}
            and (not g.get("direction") or direction == g["direction"])
            and (not g["periods"] or period(figure.get("period")) in {period(p) for p in g["periods"]}))


def _score_figures(gold_doc: dict[str, Any], figures: list[dict[str, Any]], totals: Totals,
                   errors: list[str]) -> None:
    taken: set[str] = set()
    for figure in figures:
        totals.fig_out += 1
        hit = next((g for g in gold_doc["figures"] if g["id"] not in taken and figure_matches(figure, g)), None)
        if hit is None:
            countries = sorted({code(c) for c in figure.get("countries") or [] if c})  # type: ignore[type-var]
            direction = (figure.get("direction") or "").upper().replace(" ", "") or None
            errors.append(f"spurious or wrong figure: {str(figure.get('variable') or '').lower()} "
                          f"{figure.get('value')} {figure.get('unit')} {figure.get('period')} "
                          f"{countries} {direction}")
            continue
        taken.add(hit["id"])
        totals.fig_tp += 1
    for g in gold_doc["figures"]:
        if g.get("required"):
            if g["id"] in taken:
                totals.fig_req_found += 1
            else:
                errors.append(f"missed {g['id']}: {g['variables'][0]} {g['value']} {g['unit']} {g['periods']}")


def summary(t: Totals, missing: int) -> dict[str, Any]:
    ep, er, ef = prf(t.ev_tp, t.ev_out, t.ev_req_found, t.ev_req)
    fp, fr, ff = prf(t.fig_tp, t.fig_out, t.fig_req_found, t.fig_req)
    text = (ratio(t.bp_removed, t.bp, 1.0) + ratio(t.keep_found, t.keep, 1.0)) / 2
    cleaning = text * 0.6 + t.title_ok / t.title * 0.2 + t.pub_ok / t.pub * 0.2 if t.title else 0.0
    return {
        "events": {"precision": round(ep, 3), "recall": round(er, 3), "f1": round(ef, 3),
                   "output": t.ev_out, "true_positive": t.ev_tp, "required": t.ev_req,
                   "required_found": t.ev_req_found, "duplicates": t.ev_dup,
                   "status_errors": t.ev_status_err, "dated_found": f"{t.ev_dated_ok}/{t.ev_dated}"},
        "figures": {"precision": round(fp, 3), "recall": round(fr, 3), "f1": round(ff, 3),
                    "output": t.fig_out, "required": t.fig_req, "required_found": t.fig_req_found},
        "cleaning": {"boilerplate_removed": f"{t.bp_removed}/{t.bp}",
                     "text_kept": f"{t.keep_found}/{t.keep}", "titles": f"{t.title_ok}/{t.title}",
                     "published": f"{t.pub_ok}/{t.pub}", "score": round(cleaning, 3)},
        "missing_documents": missing,
    }


def summary_lines(report: dict[str, Any]) -> list[str]:
    """The summary as the lines eval/score.py prints, its last one ``score: …``."""
    s = report["summary"]
    e, f, c = s["events"], s["figures"], s["cleaning"]
    lines = [f"documents missing from the store: {', '.join(report['missing_documents'])}"] \
        if report["missing_documents"] else []
    return lines + [
        (f"events   P={e['precision']:.3f} R={e['recall']:.3f} F1={e['f1']:.3f}  output={e['output']} "
         f"required_found={e['required_found']}/{e['required']} duplicates={e['duplicates']} "
         f"status_errors={e['status_errors']} dated={e['dated_found']}"),
        (f"figures  P={f['precision']:.3f} R={f['recall']:.3f} F1={f['f1']:.3f}  output={f['output']} "
         f"required_found={f['required_found']}/{f['required']}"),
        (f"cleaning boilerplate_removed={c['boilerplate_removed']} text_kept={c['text_kept']} "
         f"titles={c['titles']} published={c['published']} score={c['score']:.3f}"),
        f"score: events_f1={e['f1']:.3f} figures_f1={f['f1']:.3f} cleaning={c['score']:.3f}",
    ]
