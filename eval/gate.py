"""Fail when extraction scores fall below the floors pinned in eval/baseline.json.

    python eval/gate.py                  # run the seeds, compare with the floors
    python eval/gate.py --raise-floors   # after an improvement: pin the new scores
    python eval/gate.py --raise-floors --allow-regression   # lower a floor, on purpose

Floors are pinned together with the SHA-256 of the gold and the sample texts, so a
changed corpus is noticed instead of silently compared. A floor is never lowered
without --allow-regression (trafilatura's eval gate works the same way).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys

from run_seeds import GOLD, REPO, SEEDS, score, write_export

BASELINE = REPO / "eval" / "baseline.json"
EPSILON = 0.0005
METRIC = re.compile(
    r"^events\s+P=(?P<p>[\d.]+) R=(?P<r>[\d.]+) F1=(?P<f1>[\d.]+).*"
    r"status_errors=(?P<status>\d+) dated=(?P<dated>\d+)/(?P<dated_n>\d+)",
    re.MULTILINE,
)
SCORE_LINE = re.compile(
    r"^score: events_f1=(?P<events_f1>[\d.]+) figures_f1=(?P<figures_f1>[\d.]+)"
    r" cleaning=(?P<cleaning>[\d.]+)",
    re.MULTILINE,
)


def corpus_sha() -> str:
    """SHA-256 over the gold file and the sample texts, in name order."""
    digest = hashlib.sha256(GOLD.read_bytes())
    for path in sorted(SEEDS.glob("*.txt")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def measure(report: str) -> dict[str, float]:
    """Higher-is-better metrics from score.py's report."""
    events, line = METRIC.search(report), SCORE_LINE.search(report)
    if not events or not line:
        sys.exit("score.py's report has no events/score line:\n" + report)
    dated_n = int(events["dated_n"])
    return {
        "events_precision": float(events["p"]),
        "events_recall": float(events["r"]),
        "events_f1": float(events["f1"]),
        "events_dated_share": int(events["dated"]) / dated_n if dated_n else 1.0,
        "events_no_status_errors": float(int(events["status"]) == 0),
        "figures_f1": float(line["figures_f1"]),
        "cleaning": float(line["cleaning"]),
    }


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
    out = REPO / "eval" / "out" / "gate.jsonl"
    write_export(out)
    scores = measure(score(out, verbose=False))
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {"floors": {}}
    sha = corpus_sha()
    if baseline.get("corpus_sha256") not in (None, sha) and not args.allow_regression:
        sys.exit(
            "the gold or the sample texts changed since the floors were pinned; "
            "re-pin with --raise-floors --allow-regression after checking the scores"
        )
    failed = regressions(scores, baseline["floors"])
    for name, value in sorted(scores.items()):
        print(f"{name:26s} {value:.4f}  floor {baseline['floors'].get(name, 0.0):.4f}")
    if args.raise_floors:
        floors = baseline["floors"]
        for name, value in scores.items():
            if args.allow_regression or value > floors.get(name, 0.0):
                floors[name] = round(value, 4)
        BASELINE.write_text(json.dumps({"corpus_sha256": sha, "floors": floors}, indent=2) + "\n")
        print(f"floors written to {BASELINE}")
    if failed and not args.allow_regression:
        sys.exit("below the floors:\n  " + "\n  ".join(failed))


if __name__ == "__main__":
    main()
