"""Article-text quality of bilateral's HTML cleaning on the Zyte article-extraction benchmark.

    python bench/clean_html.py [--limit N] [--jobs N]

Scores bilateral's HTML cleaner and bare trafilatura (default settings) in the same
run, and the plain-text line classifier on simulated scraper output (see
``scraped_text``), with the benchmark's metric (../shared/data/article_extraction/README.md):
4-gram shingles of \\w+ tokens per page, TP/FP/FN normalised per page,
precision and recall averaged over pages, F1 of the two means.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import trafilatura

from bilateral.cleaning.html import clean_html
from bilateral.cleaning.text import clean_text

DATA = Path(__file__).resolve().parents[1] / "../shared/data/article_extraction"
TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter:
    tokens = TOKEN.findall(text or "")
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def page_counts(truth: str, predicted: str) -> tuple[float, float, float]:
    """TP, FP, FN of one page, normalised so that they sum to 1."""
    true, pred = shingles(truth), shingles(predicted)
    tp, fp, fn = sum((true & pred).values()), sum((pred - true).values()), sum((true - pred).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def score(truths: dict[str, str], predictions: dict[str, str]) -> dict[str, float]:
    """Mean precision and recall over pages, their F1, and exact-match accuracy."""
    precisions, recalls, exact = [], [], 0
    for item_id, truth in truths.items():
        predicted = predictions.get(item_id, "")
        tp, fp, fn = page_counts(truth, predicted)
        if tp + fp > 0:
            precisions.append(tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(tp / (tp + fn))
        exact += TOKEN.findall(truth) == TOKEN.findall(predicted)
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return {"f1": 2 * p * r / (p + r) if p + r else 0.0, "precision": p, "recall": r,
            "accuracy": exact / len(truths)}


def load(limit: int | None) -> tuple[dict[str, str], dict[str, Path]]:
    """(item_id -> true article body, item_id -> gzipped page)."""
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit] if limit else sorted(truth)
    return {i: truth[i]["articleBody"] for i in ids}, {i: DATA / "html" / f"{i}.html.gz" for i in ids}


def scraped_text(html: str) -> str:
    """What a scraper leaves: a recall-oriented extraction with comments, the page title on top."""
    text = trafilatura.extract(html, favor_recall=True, include_comments=True) or ""
    meta = trafilatura.extract_metadata(html)
    return f"{meta.title}\n\n{text}" if meta and meta.title else text


def run_page(path: Path) -> tuple[str, str, str, str]:
    """bilateral's text, bare trafilatura's, a scraped text, and that text after the line classifier."""
    with gzip.open(path) as handle:
        html = handle.read().decode("utf-8")
    scraped = scraped_text(html)
    return clean_html(html).text, trafilatura.extract(html) or "", scraped, clean_text(scraped).text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pages")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    args = parser.parse_args()
    if not (DATA / "ground-truth.json").exists():
        print(f"skipped: benchmark data not found at {DATA.resolve()}")
        return 0
    truths, pages = load(args.limit)
    with ProcessPoolExecutor(args.jobs) as pool:
        outputs = dict(zip(pages, pool.map(run_page, pages.values(), chunksize=4)))
    names = ["bilateral", f"trafilatura {trafilatura.__version__} (bare)",
             "scraped text, raw", "scraped text, bilateral"]
    # Halves by page order: errors are looked for on the even pages, a change is checked on the odd.
    ids = sorted(truths)
    halves = {"even": ids[0::2], "odd": ids[1::2]}
    print(f"Zyte article-extraction benchmark, {len(truths)} pages")
    print(f"{'system':<30} {'F1':>6} {'prec':>6} {'recall':>6} {'acc':>6} {'F1 even':>8} {'F1 odd':>7}")
    for k, name in enumerate(names):
        predicted = {i: out[k] for i, out in outputs.items()}
        s = score(truths, predicted)
        even, odd = (score({i: truths[i] for i in half}, predicted)["f1"] for half in halves.values())
        print(f"{name:<30} {s['f1']:6.3f} {s['precision']:6.3f} {s['recall']:6.3f} {s['accuracy']:6.3f}"
              f" {even:8.4f} {odd:7.4f}")
    print(f"{'trafilatura 2.0.0 (published)':<30} {0.958:6.3f} {0.938:6.3f} {0.978:6.3f} {0.293:6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
