"""Samples, dev set (both halves) and PLOVER gold sentences, side by side.

    python eval/run_all.py                      # scores, per type, per error class
    python eval/run_all.py --save eval/out/before.json
    python eval/run_all.py --compare eval/out/before.json
    python eval/run_all.py --only dev --verbose # every miss and spurious record of the dev set

Extraction runs in-process (cleaning + extraction, no store), the same functions ``ingest`` runs.
The dev set is scored whole and in two halves: files a–f (read them to find classes of error)
and g–l (check a fix there before trusting it). Spurious events are classed by what they lack:
a gold event of the same type and actors on another date is a *wrong date*, one of the same
actors and date with another type a *wrong type*, one of the same type and date with other actors
*wrong actors*. Figures that miss a gold figure only by their period are *wrong period*.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
GSR = SHARED / "data" / "plover" / "plover_gsr.jsonl"
SETS = {"seeds": ("corpus/seeds", "gold/seeds.json"), "dev": ("corpus/dev", "gold/dev.json")}
HALVES = {"dev a-f": "abcdef", "dev g-l": "ghijkl"}


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_export(folder: Path, out: Path) -> None:
    """Clean and extract every article of ``folder`` (in file order) into one JSONL export."""
    from bilateral.cleaning import clean
    from bilateral.errors import SkipDocument
    from bilateral.extract import Extractor
    from bilateral.sources.items import HTML, TEXT, RawItem

    extractor = Extractor.default()
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for path in sorted(folder.iterdir()):
            kind = HTML if path.suffix in (".html", ".htm") else TEXT
            try:
                document = clean(RawItem(source=path.name, content=path.read_bytes(), kind=kind))
            except SkipDocument as e:
                print(f"skipped {path.name}: {e}", file=sys.stderr)
                continue
            for record in extractor(document).to_records():
                f.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")


def _classify(error: str) -> str:
    """The error class of one line of score.py's per-document errors."""
    if error.startswith("missed ") and "-E" in error.split(":")[0]:
        return "missed event"
    if error.startswith("missed "):
        return "missed figure"
    if "found without a date" in error:
        return "no date"
    if error.startswith("duplicate"):
        return "duplicate"
    if error.startswith("reported as"):
        return "status"
    if error.startswith("spurious event"):
        return "spurious event"
    if error.startswith("spurious or wrong figure"):
        return "spurious figure"
    if error.startswith(("boilerplate", "article text", "title", "published")):
        return "cleaning: " + error.split(" ")[0]
    return "other"


def _spurious_event_class(score, gold_doc: dict, ev: dict) -> str:
    etype = str(ev.get("type") or "").upper()
    countries = score.event_countries(ev)
    for g in gold_doc["events"]:
        gset = {score.norm_code(c) for c in g["actors"]}
        actors_ok = len(countries & gset) >= min(2, len(gset))
        date_ok = score.dates_compatible(ev.get("date"), g["dates"])
        if etype in g["types"] and actors_ok and not date_ok:
            return "wrong date"
    for g in gold_doc["events"]:
        gset = {score.norm_code(c) for c in g["actors"]}
        if len(countries & gset) >= min(2, len(gset)) and score.dates_compatible(ev.get("date"), g["dates"]):
            return "wrong type"
    for g in gold_doc["events"]:
        if etype in g["types"] and score.dates_compatible(ev.get("date"), g["dates"]):
            return "wrong actors"
    return "no such event"


def _figure_period_miss(score, gold_doc: dict, fg: dict) -> bool:
    """True when ``fg`` matches a gold figure in all but its period."""
    try:
        value = float(fg.get("value"))
    except (TypeError, ValueError):
        return False
    countries = {score.norm_code(c) for c in (fg.get("countries") or []) if c}
    for g in gold_doc["figures"]:
        if str(fg.get("variable") or "").lower() not in g["variables"]:
            continue
        if abs(value - g["value"]) > 0.01 * abs(g["value"]):
            continue
        if {score.norm_code(c) for c in g["countries"]} <= countries and g["periods"]:
            return True
    return False


def analyse(name: str, gold: dict, export: Path, verbose: bool) -> dict:
    """Scores of one gold file plus per-type recall and error classes."""
    score = _scorer()
    report = score.score(gold, str(export))
    docs, events, figures = score.load_export(str(export))
    doc_by_file = {Path(str(d.get("source") or d.get("doc_id"))).name: d for d in docs.values()}
    per_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    classes: Counter[str] = Counter()
    figure_vars: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    lines = []
    for gold_doc, row in zip(gold["documents"], report["documents"]):
        missed = {e.split(":")[0].split(" ")[1] for e in row["errors"] if e.startswith("missed ")}
        for g in gold_doc["events"]:
            if g.get("required") and g.get("status", "occurred") == "occurred":
                per_type[g["types"][0]][1] += 1
                per_type[g["types"][0]][0] += g["id"] not in missed
        for g in gold_doc["figures"]:
            if g.get("required"):
                figure_vars[g["variables"][0]][1] += 1
                figure_vars[g["variables"][0]][0] += g["id"] not in missed
        doc = doc_by_file.get(gold_doc["file"])
        doc_events = [e for e in events if doc and e.get("doc_id") == doc["doc_id"]]
        doc_figures = [f for f in figures if doc and f.get("doc_id") == doc["doc_id"]]
        spurious = iter(
            e for e in doc_events
            if any(str(e.get("type")).upper() in err and "spurious event" in err
                   and score.norm_text(e.get("sentence"))[:70] in err for err in row["errors"])
        )
        for error in row["errors"]:
            kind = _classify(error)
            if kind == "spurious event":
                ev = next(spurious, None)
                kind = "spurious: " + (_spurious_event_class(score, gold_doc, ev) if ev else "?")
            if kind == "spurious figure":
                period = any(_figure_period_miss(score, gold_doc, f) for f in doc_figures
                             if f"{f.get('variable')} {f.get('value')} " in error)
                kind = "figure: wrong period" if period else "figure: spurious"
            classes[kind] += 1
        if verbose and row["errors"]:
            lines.append(f"== {gold_doc['file']}")
            lines.extend(f"    {e}" for e in row["errors"])
    summary = report["summary"]
    return {
        "name": name,
        "events": summary["events"],
        "figures": summary["figures"],
        "cleaning": summary["cleaning"],
        "per_type": {k: v for k, v in sorted(per_type.items())},
        "figure_variables": {k: v for k, v in sorted(figure_vars.items())},
        "classes": dict(sorted(classes.items())),
        "verbose": lines,
    }


def gsr() -> dict:
    """Type recall and precision of ``bilateral.extract`` on the PLOVER gold sentences."""
    import bilateral

    per_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    n = hit = out = good = 0
    for line in GSR.open(encoding="utf-8"):
        s = json.loads(line)
        gold = s.get("event_type")
        if not gold:
            continue
        n += 1
        types = [e.type for e in bilateral.extract(s["text"], published=s.get("date") or None).events]
        hit += gold in types
        per_type[gold][1] += 1
        per_type[gold][0] += gold in types
        out += len(types)
        good += sum(t == gold for t in types)
    return {
        "name": "gsr",
        "type_recall": round(hit / n, 3),
        "type_precision": round(good / out, 3) if out else 0.0,
        "events": out,
        "per_type": dict(sorted(per_type.items())),
    }


def _subset(gold: dict, letters: str) -> dict:
    return {**gold, "documents": [d for d in gold["documents"] if d["file"][0] in letters]}


def run(only: str | None, verbose: bool) -> list[dict]:
    results = []
    for name, (corpus, gold_path) in SETS.items():
        if only and not only.startswith(name):
            continue
        gold = json.loads((SHARED / gold_path).read_text(encoding="utf-8"))
        export = REPO / "eval" / "out" / f"{name}.jsonl"
        write_export(SHARED / corpus, export)
        results.append(analyse(name, gold, export, verbose))
        if name == "dev":
            for half, letters in HALVES.items():
                results.append(analyse(half, _subset(gold, letters), export, False))
    if not only or only == "gsr":
        results.append(gsr())
    return results


def _headline(r: dict) -> str:
    if r["name"] == "gsr":
        return f"type_recall={r['type_recall']:.3f} type_precision={r['type_precision']:.3f} events={r['events']}"
    e, f, c = r["events"], r["figures"], r["cleaning"]
    return (f"events F1={e['f1']:.3f} (P={e['precision']:.3f} R={e['recall']:.3f}) "
            f"found={e['required_found']}/{e['required']} dated={e['dated_found']} status_err={e['status_errors']} | "
            f"figures F1={f['f1']:.3f} (P={f['precision']:.3f} R={f['recall']:.3f}) | cleaning={c['score']:.3f}")


def _cells(r: dict) -> dict[str, str]:
    return {k: f"{v[0]}/{v[1]}" for k, v in r["per_type"].items()}


def report(results: list[dict], before: list[dict] | None) -> None:
    old = {r["name"]: r for r in before or []}
    for r in results:
        print(f"{r['name']:8} {_headline(r)}")
        if r["name"] in old:
            print(f"{'(before)':8} {_headline(old[r['name']])}")
    print("\nrequired events found per PLOVER type (GSR: sentences with the gold type)")
    names = [r["name"] for r in results]
    types = sorted({t for r in results for t in r["per_type"]})
    print(f"{'type':12}" + "".join(f"{n:>12}" for n in names))
    for t in types:
        row = ""
        for r in results:
            cell = _cells(r).get(t, "")
            was = _cells(old[r["name"]]).get(t, "") if r["name"] in old else ""
            row += f"{cell + ('*' if was and was != cell else ''):>12}"
        print(f"{t:12}{row}")
    print("\nerror classes (* changed; before in brackets)")
    for r in results:
        if "classes" not in r:
            continue
        was = old.get(r["name"], {}).get("classes", {})
        cells = [f"{k}={v}" + (f"[{was.get(k, 0)}]" if r["name"] in old and was.get(k, 0) != v else "")
                 for k, v in r["classes"].items()]
        print(f"{r['name']:8} " + "  ".join(cells))
    print("\nrequired figures found per variable")
    for r in results:
        if "figure_variables" in r:
            print(f"{r['name']:8} " + "  ".join(f"{k}={a}/{b}" for k, (a, b) in r["figure_variables"].items()))
    for r in results:
        if r.get("verbose"):
            print(f"\n### {r['name']}")
            print("\n".join(r["verbose"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["seeds", "dev", "gsr"])
    parser.add_argument("--verbose", action="store_true", help="every error of each document")
    parser.add_argument("--save", type=Path, help="write the results as JSON (for --compare)")
    parser.add_argument("--compare", type=Path, help="results saved earlier, shown beside these")
    args = parser.parse_args()
    if not SCORER.exists():
        sys.exit(f"no scorer at {SCORER}: the shared data folder is needed")
    results = run(args.only, args.verbose)
    before = json.loads(args.compare.read_text()) if args.compare else None
    report(results, before)
    if args.save:
        args.save.parent.mkdir(parents=True, exist_ok=True)
        args.save.write_text(json.dumps([{k: v for k, v in r.items() if k != "verbose"} for r in results], indent=1))


if __name__ == "__main__":
    main()
