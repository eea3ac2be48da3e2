"""Score time-aware actor resolution on bench/actors_cases.tsv, overall and per class.

    PYTHONPATH=src .venv/bin/python bench/actors_cases.py [--misses] [--actors FILE]

A case is right when the resolved mention that overlaps its ``mention`` words has the
expected country, person (a KB person whose name holds every word of the expected
name; "unknown": no KB person, only the country's role; "-": any KB person) and role
("-": any role). A date "-" is an undated text.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

import bilateral
from bilateral.actors.load import load_kb
from bilateral.actors.words import fold
from bilateral.types import Actor

CASES = Path(__file__).with_name("actors_cases.tsv")


def read_cases(path: Path = CASES) -> list[dict[str, str]]:
    """The benchmark rows as dicts (class, text, mention, date, country, person, role)."""
    keys = ("class", "text", "mention", "date", "country", "person", "role")
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        rows.append(dict(zip(keys, line.split("\t"), strict=True)))
    return rows


def name_words(name: str) -> set[str]:
    return {fold(w) for w in re.findall(r"\w+", name)}


def actor_over(
    text: str, mention: str, on: str | None, actors_file: Path | None = None
) -> Actor | None:
    """The actor resolved over the words ``mention`` of ``text`` (the most overlapping)."""
    start = text.find(mention)
    end = start + len(mention)
    mentions = bilateral.resolve(text, date=on, actors_file=actors_file)
    found = [m for m in mentions if m.actor and m.start < end and start < m.end]
    if not found:
        return None
    return max(found, key=lambda m: min(end, m.end) - max(start, m.start)).actor


def judge(case: dict[str, str], actors_file: Path | None = None) -> tuple[bool, str]:
    """Whether the case resolves as expected, and what it resolved to."""
    kb = load_kb(actors_file)
    on = None if case["date"] == "-" else case["date"]
    actor = actor_over(case["text"], case["mention"], on, actors_file)
    if actor is None:
        return False, "no actor"
    got = f"{actor.country} | {actor.name} | {actor.role}"
    if actor.country != case["country"]:
        return False, got
    if case["person"] == "unknown":
        if actor.id in kb.persons:
            return False, got
    elif actor.id not in kb.persons or not name_words(case["person"]) <= name_words(actor.name):
        return False, got
    if case["role"] != "-" and actor.role != case["role"]:
        return False, got
    return True, got


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print every wrong case")
    parser.add_argument("--actors", type=Path, default=None, help="a YAML file extending the KB")
    args = parser.parse_args()
    right, total = Counter(), Counter()
    for case in read_cases():
        ok, got = judge(case, args.actors)
        total[case["class"]] += 1
        right[case["class"]] += ok
        if not ok and args.misses:
            print(
                f"MISS [{case['class']}] {case['text']!r} {case['date']}: expected "
                f"{case['country']} | {case['person']} | {case['role']}; got {got}"
            )
    for name in total:
        print(f"{name:14} {right[name]:4d}/{total[name]:<4d} {right[name] / total[name]:.2f}")
    score = sum(right.values()) / sum(total.values())
    print(f"{'all':14} {sum(right.values()):4d}/{sum(total.values()):<4d} {score:.2f}")


if __name__ == "__main__":
    main()
