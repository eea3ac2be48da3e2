"""Extract the sample articles without a store and score them against their gold.

    python eval/run_seeds.py [--out eval/out/seeds.jsonl] [--quiet]

Builds each Document from ../shared/corpus/seeds/*.txt (with bilateral.cleaning.clean
when it is there, else: first line = title, no publication date), writes the export
(document, mention, event, figure records) and runs ../shared/eval/score.py --verbose.
Prints score.py's output; its last line is ``score: events_f1=… figures_f1=… cleaning=…``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold" / "seeds.json"
SCORER = SHARED / "eval" / "score.py"


def load_document(path: Path):  # -> bilateral.types.Document
    """The cleaned document of one seed file."""
    from bilateral.types import Document

    try:
        from bilateral.cleaning import clean
        from bilateral.sources.items import TEXT, RawItem
    except ImportError:  # cleaning not there yet: the trivial fallback
        lines = path.read_text(encoding="utf-8").splitlines()
        return Document(
            text="\n".join(lines[1:]).strip(), source=path.name, title=lines[0], language="en"
        )
    return clean(RawItem(source=path.name, content=path.read_bytes(), kind=TEXT))


def write_export(out: Path) -> None:
    """One JSONL export of every seed article's records."""
    from bilateral.extract import Extractor

    extractor = Extractor.default()
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for path in sorted(SEEDS.glob("*.txt")):
            for record in extractor(load_document(path)).to_records():
                f.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")


def score(out: Path, verbose: bool = True) -> str:
    """score.py's report on ``out`` (its stdout)."""
    command = [sys.executable, str(SCORER), str(GOLD), str(out)] + (
        ["--verbose"] if verbose else []
    )
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "eval" / "out" / "seeds.jsonl")
    parser.add_argument("--quiet", action="store_true", help="scores only, no per-document errors")
    args = parser.parse_args()
    if not GOLD.exists():
        sys.exit(f"no gold at {GOLD}: the shared data folder is needed")
    write_export(args.out)
    print(score(args.out, verbose=not args.quiet), end="")


if __name__ == "__main__":
    main()
