"""Fail when extraction scores fall below the floors pinned in eval/baseline.json.

    python eval/gate.py                  # samples, dev set and PLOVER sentences vs the floors
    python eval/gate.py --raise-floors   # after an improvement: pin the new scores
    python eval/gate.py --raise-floors --allow-regression   # lower a floor, on purpose

Every figure `make eval` reports for the samples, the dev set and the PLOVER gold sentences
has a floor (eval/run_all.py computes them). Floors are pinned with the SHA-256 of the gold
files and the article texts, so a changed corpus is noticed instead of silently compared. A
floor is never lowered without --allow-regression (trafilatura's eval gate works the same way).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys

from run_all import GSR, REPO, SETS, SHARED, run

BASELINE = REPO / "eval" / "baseline.json"
EPSILON = 0.0005


def corpus_sha() -> str:
    """SHA-256 over the gold files, the article texts and the PLOVER sentences, in name order."""
    digest = hashlib.sha256()
    for corpus, gold in SETS.values():
        digest.update((SHARED / gold).read_bytes())
        for path in sorted((SHARED / corpus).iterdir()):
            digest.update(path.read_bytes())
    digest.update(GSR.read_bytes())
    return digest.hexdigest()


def _ratio(text: str) -> float:
    found, total = (int(x) for x in text.split("/"))
    return found / total if total else 1.0


def measure(results: list[dict]) -> dict[str, float]:
    """Higher-is-better metrics, named ``set.metric``."""
    scores: dict[str, float] = {}
    for r in results:
        name = r["name"].replace(" ", "_")
        if name == "gsr":
            scores["gsr.type_recall"] = r["type_recall"]
            scores["gsr.type_precision"] = r["type_precision"]
            continue
        events = r["events"]
        scores[f"{name}.events_precision"] = events["precision"]
        scores[f"{name}.events_recall"] = events["recall"]
        scores[f"{name}.events_f1"] = events["f1"]
        scores[f"{name}.events_dated_share"] = round(_ratio(events["dated_found"]), 4)
        scores[f"{name}.figures_f1"] = r["figures"]["f1"]
        scores[f"{name}.cleaning"] = r["cleaning"]["score"]
    scores["seeds.events_no_status_errors"] = float(
        next(r for r in results if r["name"] == "seeds")["events"]["status_errors"] == 0
    )
    return scores


def regressions(scores: dict[str, float], floors: dict[str, float]) -> list[str]:
    return [
        f"{k}: {scores.get(k, 0.0):.4f} < floor {v:.4f}"
        for k, v in floors.items()
        if scores.get(k, 0.0) < v - EPSILON
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raise-floors", action="store_true", help="pin the better scores")
    parser.add_argument("--allow-regression", action="store_true", help="also lower floors")
    args = parser.parse_args()
    scores = measure(run(None, verbose=False))
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {"floors": {}}
    sha = corpus_sha()
    if baseline.get("corpus_sha256") not in (None, sha) and not args.allow_regression:
        sys.exit(
            "the gold or the article texts changed since the floors were pinned; "
            "re-pin with --raise-floors --allow-regression after checking the scores"
        )
    failed = regressions(scores, baseline["floors"])
    for name, value in sorted(scores.items()):
        print(f"{name:32s} {value:.4f}  floor {baseline['floors'].get(name, 0.0):.4f}")
    if args.raise_floors:
        floors = baseline["floors"] if not args.allow_regression else {}
        for name, value in scores.items():
            floors[name] = round(max(value, floors.get(name, 0.0)), 4)
        BASELINE.write_text(json.dumps({"corpus_sha256": sha, "floors": floors}, indent=2) + "\n")
        print(f"floors written to {BASELINE}")
    if failed and not args.allow_regression:
        sys.exit("below the floors:\n  " + "\n  ".join(failed))


if __name__ == "__main__":
    main()
