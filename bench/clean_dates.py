"""Publication-date accuracy of bilateral's HTML cleaning on the htmldate evaluation set.

    python bench/clean_dates.py [--limit N] [--jobs N]

Runs bilateral's date step and bare htmldate (``find_date`` with its defaults,
extensive search) on each page, with no URL and no user date, and scores both
as htmldate's evaluation does (../shared/data/htmldate/README.md): equal to
gold -> TP, different -> FP, none on a dated page -> FN, none on an undated
page -> TN (the fair variant that README proposes). Only the day counts.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import htmldate
from htmldate import find_date

from bilateral.cleaning.decode import decode
from bilateral.cleaning.html import publication_date
from bilateral.errors import SkipDocument

DATA = Path(__file__).resolve().parents[1] / "../shared/data/htmldate"


def outcome(found: str | None, gold: str | None) -> str:
    if found is None:
        return "TN" if gold is None else "FN"
    return "TP" if found == gold else "FP"


def metrics(counts: Counter) -> dict[str, float]:
    tp, fp, fn, tn = (counts[k] for k in ("TP", "FP", "FN", "TN"))
    total = tp + fp + fn + tn
    return {
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "accuracy": (tp + tn) / total if total else 0.0,
        "f": 2 * tp / (2 * tp + fp + fn) if tp else 0.0,
    }


def run_page(path: Path) -> tuple[str | None, str | None]:
    """(bilateral's date, bare htmldate's date) for one page, as YYYY-MM-DD."""
    with gzip.open(path) as handle:
        raw = handle.read()
    try:
        html = decode(raw, html=True)
    except SkipDocument:
        return None, None
    ours = publication_date(html)
    try:
        bare = find_date(html)
    except (ValueError, TypeError):
        bare = None
    return (ours.isoformat() if ours else None), bare


def load(limit: int | None) -> list[dict]:
    rows = [json.loads(line) for line in (DATA / "gold.jsonl").open(encoding="utf-8")]
    return rows[:limit] if limit else rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pages")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    args = parser.parse_args()
    if not (DATA / "gold.jsonl").exists():
        print(f"skipped: benchmark data not found at {DATA.resolve()}")
        return 0
    rows = load(args.limit)
    paths = [DATA / row["page"] for row in rows]
    with ProcessPoolExecutor(args.jobs) as pool:
        results = list(pool.map(run_page, paths, chunksize=8))
    counts: dict[tuple[str, str], Counter] = {}
    for row, (ours, bare) in zip(rows, results):
        for system, found in (("bilateral", ours), (f"htmldate {htmldate.__version__} (bare)", bare)):
            for subset in (row["set"], "all"):
                counts.setdefault((subset, system), Counter())[outcome(found, row["date"])] += 1
    print(f"htmldate evaluation set, {len(rows)} pages")
    print(f"{'set':<16} {'system':<26} {'prec':>6} {'recall':>6} {'acc':>6} {'F':>6}")
    for (subset, system), c in sorted(counts.items(), key=lambda kv: (kv[0][0] != "all", kv[0])):
        m = metrics(c)
        print(f"{subset:<16} {system:<26} {m['precision']:6.3f} {m['recall']:6.3f} "
              f"{m['accuracy']:6.3f} {m['f']:6.3f}")
    print(f"{'all':<16} {'htmldate 1.10 (published)':<26} {0.908:6.3f} {0.993:6.3f} {0.903:6.3f} {0.949:6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
