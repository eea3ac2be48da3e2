"""Development check for figures and conflicts on the sample articles (not part of the product).

Builds Documents from ../shared/corpus/seeds with bilateral.cleaning.clean, runs the default
extractor, writes export records, and prints the conflicts found among them:

    .venv/bin/python eval/figures_dev.py out/figures_dev.jsonl
    python3 ../shared/eval/score.py ../shared/gold/seeds.json out/figures_dev.jsonl --verbose

Publication dates come from the gold file when cleaning gives none, since
cleaning is another issue's work and "last year" needs a date.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from bilateral.extract import Extractor
from bilateral.linking.figures import FigureSource, find_conflicts
from bilateral.types import Document

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


def _document(path: Path, gold_dates: dict[str, list[str]]) -> Document:
    from bilateral.cleaning import clean
    from bilateral.sources.items import TEXT, RawItem

    document = clean(RawItem(str(path), path.read_bytes(), TEXT))
    dates = gold_dates.get(path.name) or []
    if document.published is None and dates:
        document = replace(document, published=date.fromisoformat(dates[0]))
    return document


def main(out: str) -> None:
    gold = json.loads((SHARED / "gold" / "seeds.json").read_text())
    gold_dates = {d["file"]: d["published"] for d in gold["documents"]}
    extractor = Extractor.default()
    sources = []
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as handle:
        for path in sorted((SHARED / "corpus" / "seeds").glob("*.txt")):
            document = _document(path, gold_dates)
            records = extractor(document)
            handle.writelines(
                json.dumps(record, ensure_ascii=False) + "\n" for record in records.to_records()
            )
            published = document.published.isoformat() if document.published else None
            sources += [
                FigureSource(f, document.title, published, path.name) for f in records.figures
            ]
            for quote in records.quotes:
                speaker = (quote.speaker.name, quote.speaker.country) if quote.speaker else None
                print(f"quote {path.name[:3]} {speaker!r} {quote.verb!r}: {quote.text[:60]!r}")
    for conflict in find_conflicts(sources):
        print(conflict.describe())


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "out/figures_dev.jsonl")
