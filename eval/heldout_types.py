"""Event-type accuracy of the trigger lexicons on sentence sets the rules never saw.

    python eval/heldout_types.py [--shared ../shared/data]

Sets: the PLOVER gold-standard sentences (plover/plover_gsr.jsonl, PLOVER types) and the
PETRARCH-2 GSR validation sentences (petrarch_gsr/petr2_gsr_validation.jsonl, CAMEO codes
mapped to PLOVER). Each sentence is parsed alone; its main trigger (the coded token nearest
the root of the parse) gives the predicted type. Three lexicon set-ups are compared:
the curated list alone, PETRARCH-2 alone, and curated first with PETRARCH-2 as fallback
(what ``bilateral.events`` uses). Prints, per set and set-up: accuracy over sentences with a
gold type (no trigger found counts as wrong), coverage (a trigger found), and for sentences
that expect no event, how often a trigger fires anyway.

With ``--events`` it also runs the whole pipeline (actor resolver included) on the
PETRARCH-2 GSR sentences with real country codes and scores events as eval/README.md
does: an output event between parties (what the export keeps) is right when its type is a
gold type and it names two of the gold's countries (reciprocal A->B / B->A gold pairs count
once). Gold events missed are counted by class: the type found as a one-party event, or
between another pair; the gold's parties found in an event of another type; nothing. The gold sets code a non-state actor by its kind (IGO, NGO, IMG...: the PLOVER manual's
non-state codes) where bilateral names it ("UN", "EU", "AQ"), so any party that is no state
matches such a code; the few states the PLOVER file writes in older CAMEO codes (JAP, ITL,
VTN) are read as their ISO3 codes.

Both sets are also scored in two fixed halves by their position in the file: ``even``
(0, 2, 4, ...) is the half read to find classes of error, ``odd`` the half that checks a fix
without having been read.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from bilateral.actors.load import load_kb
from bilateral.events import plover
from bilateral.nlp.pipeline import load_nlp

REPO = Path(__file__).resolve().parents[1]

# The PLOVER manual's codes for actors that are no state: gold writes the kind, not the body.
NON_STATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})
NON_STATE = "non-state"
# States the PLOVER gold file writes in older CAMEO codes.
CAMEO_STATE_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


HALVES = ("even", "odd")


def petrarch_records(shared: Path, half: str | None = None) -> list[dict[str, Any]]:
    """The PETRARCH-2 GSR records, all or one half by file position (``even``/``odd``)."""
    with open(shared / "petrarch_gsr" / "petr2_gsr_validation.jsonl", encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    if half is None:
        return records
    return records[HALVES.index(half) :: 2]


def load_sets(shared: Path) -> dict[str, list[tuple[str, set[str]]]]:
    """Set name -> [(sentence, gold PLOVER types)]; an empty set means 'no event'."""
    sets: dict[str, list[tuple[str, set[str]]]] = {}
    with open(shared / "plover" / "plover_gsr.jsonl", encoding="utf-8") as f:
        sets["plover_gsr"] = [(r["text"], {r["event_type"]}) for r in map(json.loads, f)]
    for half in (None, *HALVES):
        rows = []
        for r in petrarch_records(shared, half):
            types = {e["plover_type"] for e in r["expected_events"] if e.get("plover_type")}
            if types or r["no_events"]:
                rows.append((r["sentence"], types))
        sets["petrarch_gsr" + (f" {half}" if half else "")] = rows
    return sets


def predict(doc: Any, setup: str) -> str | None:
    """The type of the main trigger of a parsed sentence under one lexicon set-up."""
    coded = []
    for token in doc:
        if setup == "petrarch":
            found = (
                plover._petrarch(token, plover._lemmas(token))
                if token.pos_ == "VERB"
                else None
            )
        else:
            found = plover.code_token(token, use_petrarch=setup == "curated+petrarch")
        if found:
            coded.append((root_distance(token), token.i, found.type))
    return min(coded)[2] if coded else None


def root_distance(token: Any) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token, depth = token.head, depth + 1
    return depth


def evaluate(docs: list[Any], gold: list[set[str]], setup: str) -> dict[str, float]:
    right = covered = typed = fired_on_none = none = 0
    confusions: Counter[tuple[str, str]] = Counter()
    for doc, types in zip(docs, gold):
        guess = predict(doc, setup)
        if not types:
            none += 1
            fired_on_none += guess is not None
            continue
        typed += 1
        covered += guess is not None
        right += guess in types
        if guess not in types:
            confusions[(min(types), str(guess))] += 1
    return {
        "accuracy": right / typed,
        "coverage": covered / typed,
        "n": typed,
        "fires_on_no_event": fired_on_none / none if none else float("nan"),
        "top_confusions": confusions.most_common(5),
    }


def gold_code(code: str) -> str:
    """A gold actor code in the vocabulary the output is compared in."""
    return NON_STATE if code in NON_STATE_CODES else CAMEO_STATE_CODES.get(code, code)


def output_code(actor: Any) -> str:
    """An output party's code: its state's ISO3, or ``NON_STATE`` for an organisation's."""
    return actor.country if load_kb().state(actor.country) else NON_STATE


def gsr_events(
    shared: Path, half: str | None = None
) -> list[tuple[str, list[tuple[str, frozenset[str]]]]]:
    """GSR sentences with their gold (type, countries) events; reciprocal pairs merged."""
    rows = []
    for r in petrarch_records(shared, half):
        gold = {
            (e["plover_type"], frozenset(map(gold_code, (e["source_country"], e["target_country"]))))
            for e in r["expected_events"]
            if e.get("plover_type")
            and e["source_country"]
            and e["target_country"]
            and gold_code(e["source_country"]) != gold_code(e["target_country"])
        }
        if gold or r["no_events"]:
            rows.append((r["sentence"], sorted(gold, key=str)))
    return rows


def plover_events(
    shared: Path, half: str | None = None
) -> list[tuple[str, list[tuple[str, frozenset[str]]]]]:
    """PLOVER gold sentences with two distinct actor codes, as (type, countries); all or
    one half by file position."""
    rows = []
    with open(shared / "plover" / "plover_gsr.jsonl", encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    if half is not None:
        records = records[HALVES.index(half) :: 2]
    for r in records:
        codes = frozenset(gold_code(c) for c in r["actor_codes"] if len(c) == 3 and c.isalpha())
        if len(codes) >= 2:
            rows.append((r["text"], [(r["event_type"], codes)]))
    return rows


@cache
def sentence_events(sentence: str) -> list[Any]:
    """All events of one sentence as a document, one-party ones included (each set is
    scored whole and in halves: one extraction serves all three)."""
    from bilateral.extract import extract

    return extract(sentence).events


def parties(event: Any) -> set[str]:
    """The codes of an event's parties, organisations as ``NON_STATE``."""
    return {
        output_code(a)
        for a in (event.source, event.target, *event.participants)
        if a and a.country
    }


def miss_class(events: list[Any], event_type: str, gold: frozenset[str]) -> str:
    """Why a gold event was not found: what the sentence's output has instead."""
    typed = [e for e in events if e.type == event_type]
    if any(parties(e) & gold and not e.between_parties for e in typed):
        return "type found, one party"
    if any(parties(e) & gold for e in typed):
        return "type found, other party"
    if any(len(parties(e) & gold) >= 2 for e in events):
        return "parties found, other type"
    return "not found"


def score_events(rows: list[tuple[str, list[tuple[str, frozenset[str]]]]]) -> dict[str, Any]:
    """Event precision/recall of the full pipeline on one-sentence documents, and the gold
    events missed by class."""
    tp = n_out = n_gold = found = 0
    missed: Counter[str] = Counter()
    for sentence, gold in rows:
        events = sentence_events(sentence)
        relations = [e for e in events if e.between_parties]
        n_out += len(relations)
        n_gold += len(gold)
        taken: set[int] = set()
        for event in relations:
            countries = parties(event)
            hit = next(
                (
                    i
                    for i, (t, g) in enumerate(gold)
                    if i not in taken and t == event.type and len(countries & g) >= 2
                ),
                None,
            )
            if hit is not None:
                taken.add(hit)
                tp += 1
        found += len(taken)
        missed.update(
            miss_class(events, t, g) for i, (t, g) in enumerate(gold) if i not in taken
        )
    p = tp / n_out if n_out else 0.0
    r = found / n_gold if n_gold else 0.0
    return {
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
        "output": n_out,
        "gold": n_gold,
        "missed": dict(missed.most_common()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--events", action="store_true", help="also score full events (GSR)")
    args = parser.parse_args()
    if args.events:
        for set_name, gold_events in (("petrarch_gsr", gsr_events), ("plover_gsr", plover_events)):
            for half in (None, *HALVES):
                name = set_name + (f" {half}" if half else "")
                print(f"{name + ' events:':24s}", score_events(gold_events(args.shared, half)))
    nlp = load_nlp()
    for name, rows in load_sets(args.shared).items():
        docs = list(nlp.pipe(text for text, _ in rows))
        for setup in ("curated", "petrarch", "curated+petrarch"):
            r = evaluate(docs, [types for _, types in rows], setup)
            print(
                f"{name:18s} {setup:17s} accuracy={r['accuracy']:.3f} coverage={r['coverage']:.3f} "
                f"n={r['n']} fires_on_no_event={r['fires_on_no_event']:.2f}"
            )
            print(f"{'':36s} confusions {r['top_confusions']}")


if __name__ == "__main__":
    main()
