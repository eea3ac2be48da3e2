"""Cost of actor resolution against spaCy's parse, on the seed articles.

    .venv/bin/python bench/actors_speed.py [--repeat N]

For each article, measured in the same run: the resolver's two calls in the
pipeline (``cues`` on the unparsed sentences, ``resolve`` on the parsed ones) and
spaCy's full parse of the sentences the pipeline parses. Prints per-article times
and the ratio resolve / parse; the issue asks for under 10 %. Prints
``skipped: …`` and exits 0 when ../shared is missing.
"""

from __future__ import annotations

import argparse
import time
from datetime import date
from pathlib import Path

from bilateral.actors.resolve import Resolver
from bilateral.extract import Extractor
from bilateral.nlp.pipeline import parse_sentences, split_sentences
from bilateral.nlp.prefilter import Prefilter
from bilateral.types import Document

SEEDS = Path(__file__).resolve().parents[1] / "../shared/corpus/seeds"


def best_of(repeat: int, work) -> tuple[float, object]:
    """The fastest of ``repeat`` runs of ``work()`` (seconds) and its result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - start)
    return best, result


def measure(path: Path, nlp, resolver: Resolver, prefilter: Prefilter,
            repeat: int) -> tuple[float, float, int]:
    text = path.read_text(encoding="utf-8")
    document = Document(text=text, source=str(path), published=date(2020, 1, 1))
    sentences = split_sentences(text)

    def run_cues():
        return Resolver(resolver.kb).cues(document, sentences)

    cue_time, cues = best_of(repeat, run_cues)
    parse_time, parsed = best_of(
        repeat, lambda: parse_sentences(sentences, nlp, lambda s: prefilter.needs_parse(s, cues))
    )
    resolve_time, mentions = best_of(
        repeat, lambda: Resolver(resolver.kb).resolve(document, parsed)
    )
    return cue_time + resolve_time, parse_time, len(mentions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not SEEDS.is_dir():
        print(f"skipped: {SEEDS} not found")
        return
    extractor = Extractor.default()  # spaCy, the KB and the cheap pass as extraction has them
    resolver = Resolver(extractor.kb)
    total_resolve = total_parse = 0.0
    print(f"{'article':32} {'mentions':>8} {'resolve ms':>10} {'parse ms':>9} {'ratio':>6}")
    for path in sorted(SEEDS.glob("*.txt")):
        resolve_time, parse_time, count = measure(
            path, extractor.nlp, resolver, extractor.prefilter, args.repeat
        )
        total_resolve += resolve_time
        total_parse += parse_time
        print(
            f"{path.name:32} {count:8d} {resolve_time * 1000:10.1f} {parse_time * 1000:9.1f} "
            f"{resolve_time / parse_time:6.1%}"
        )
    print(
        f"total: resolve {total_resolve * 1000:.1f} ms, parse {total_parse * 1000:.1f} ms, "
        f"resolve/parse = {total_resolve / total_parse:.1%}"
    )


if __name__ == "__main__":
    main()
