"""Derive the events package data from the shared CAMEO / PLOVER / PETRARCH-2 sources.

    python eval/derive_event_data.py [SHARED_DATA_DIR]

Writes src/bilateral/events/data/cameo.tsv (CAMEO code -> Goldstein, PLOVER type/mode;
CC BY-SA 4.0 because of the PLOVER mapping) and, from the PETRARCH-2 verb dictionary (MIT):
verbs.tsv (verb -> block, own CAMEO code), verb_patterns.tsv (block, object word or &SET,
preposition -> CAMEO code, the block's verbs the line was written for) and synsets.tsv
(&SET -> word).
"""

from __future__ import annotations

import csv
import gzip
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "bilateral" / "events" / "data"
HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
CODE = re.compile(r"\[:?(\d{2,4})")
PARENS = re.compile(r"\(([^)]*)\)")


# PLOVER folds CAMEO's appeals (02) and demands (10) into REQUEST; the 2021 table lists 02 as
# dropped, so its codes would lose every "called for", "urged", "sought" the PETRARCH-2
# dictionary reads as an appeal.
APPEAL_ROOT = "02"
# Where the project reads a code otherwise than the 2021 table. The PLOVER gold sentences
# (PLOVER 0.8's own coding) code destroyed property ("bulldozers demolished homes", "blew up
# power lines") COERCE, mode destroy, as seized property is; the table files CAMEO 1712 under
# ASSAULT. Signing a formal agreement (057) is an agreement by the rules the project's
# event gold is annotated with (eval/README.md), as the curated "sign" rows already code it;
# the table (and PLOVER's gold sentences) keep it under SUPPORT.
PLOVER_READINGS = {"1712": ("COERCE", "destroy"), "057": ("AGREE", "")}
# Verbs PETRARCH-2 files in its physical-conflict block (default 190, use of force) that news
# uses for words, not force: a quarrel or a face-off is disapproval (110); "conflict with" (be
# at odds) and "match", "pit" (compare, set against) tell no act of their own (no code: only
# their patterns code).
VERB_READINGS = {"quarrel": "110", "altercate": "110", "square off": "110",
                 "conflict": "", "match": "", "pit": ""}


def derive_cameo(shared: Path) -> None:
    """Keep the columns the coder needs from cameo_codes.tsv (appeals coded as REQUEST, and
    ``PLOVER_READINGS`` over the table)."""
    with open(shared / "cameo" / "cameo_codes.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    with open(OUT / "cameo.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["cameo_code", "cameo_name", "goldstein", "plover_type", "plover_mode"])
        for r in rows:
            plover_type = r["plover_type"] or ("REQUEST" if r["cameo_code"].startswith(APPEAL_ROOT) else "")
            plover_type, plover_mode = PLOVER_READINGS.get(r["cameo_code"], (plover_type, r["plover_mode"]))
            w.writerow([r["cameo_code"], r["cameo_name"], r["goldstein"], plover_type, plover_mode])


def _synsets(lines: list[str]) -> dict[str, list[str]]:
    """PETRARCH synonym sets: '&NAME' followed by '+WORD' lines."""
    sets: dict[str, list[str]] = {}
    current = None
    for line in lines:
        if line.startswith("&"):
            current = line.split()[0]
            sets[current] = []
        elif current and line.startswith("+"):
            sets[current].append(line[1:].split()[0].rstrip("_").replace("_", " ").lower())
        elif line.startswith("#######") and "VERB PATTERNS" in line:
            break
    return sets


def _word(token: str) -> str:
    token = token.strip("{}").rstrip("_")
    if token.startswith("&"):
        return token
    return token.lower() if token.replace("_", "").replace("-", "").isalpha() else ""


def _pattern_row(line: str, block: str) -> tuple | None:
    """One pattern line -> (block, object, modifier, preposition, code); the last noun wins."""
    code = CODE.search(line)
    if not code or "*" not in line:
        return None
    before, after = line.split("*", 1)
    if before.lstrip("-").strip():
        # a word before the verb limits who does it ("&REFUGEE * (INTO)": refugees
        # crossing into a country appeal for aid, "&MILITARY * (INTO)" invade); the coder
        # reads no subjects, so such a line would code every subject
        return None
    after = after.split("[")[0]
    prep, noun_tokens = "", after
    groups = PARENS.findall(after)
    if groups and not PARENS.sub("", after).strip(" {}$%^"):
        first = groups[0].split()
        prep, noun_tokens = first[0].lower(), " ".join(first[1:])
    tokens = [t for t in noun_tokens.replace("(", " ").replace(")", " ").split() if t not in "$%^"]
    obj = _word(tokens[-1]) if tokens else ""
    if not obj and not prep:
        return None
    # "{TRADE &TREATY}": keep the word before the head, it decides between codes
    modifier = _word(tokens[-2]) if len(tokens) > 1 and tokens[-1].endswith("}") else ""
    return (block, obj, modifier, prep, code.group(1))


def _written_for(comment: str) -> tuple[str, ...]:
    """The verbs a pattern line's comment names ("# BLAST", "# CONFIRM , REAFFIRM")."""
    words = comment.replace(",", " ").split()
    return tuple(
        w.rstrip("_").replace("_", " ").lower() for w in words if w.replace("_", "").isalpha()
    )


def _for_members(row: tuple, members: set[tuple[str, str]]) -> tuple:
    """The pattern row with the block verbs it was written for, comma-joined: a synonym block
    mixes senses (PHYSICAL_CONFLICT holds "fight" and "attack", and "attack ... for" is a
    criticism), so the coder can tell a pattern's own verbs (``plover._holds_for``). Empty
    when the comment names none of the block's verbs (initials, dates, notes)."""
    *pattern, written_for = row
    block = pattern[0]
    named = sorted({verb for verb in written_for if (block, verb) in members})
    return (*pattern, ",".join(named))


def derive_verbs(shared: Path) -> None:
    """Verb blocks -> default code per verb, plus single-object patterns."""
    path = shared / "cameo" / "petrarch2_verbs" / "CAMEO.2.0.txt.gz"
    with gzip.open(path, "rt", encoding="utf-8", errors="replace") as f:
        lines = f.read().splitlines()
    start = next(i for i, l in enumerate(lines) if "VERB PATTERNS" in l)
    verbs: set[tuple] = set()
    patterns: set[tuple] = set()
    block, default = "", ""
    for raw in lines[start + 1 :]:
        line, _, comment = raw.partition("#")
        line = line.rstrip()
        head = HEADER.match(line)
        if head:
            block, default = head.group(1).lower(), head.group(2).split(":")[0]
        elif line.startswith("-"):
            row = _pattern_row(line, block)
            if row:
                patterns.add((*row, _written_for(comment)))
        elif line.strip() and line[0] not in " &":
            word = line.split()[0].lstrip("+").rstrip("_").replace("_", " ").lower()
            own = CODE.search(line)
            code = own.group(1) if own else default.strip("-")
            verbs.add((word, block, VERB_READINGS.get(word, code)))
    sets = _synsets(lines)
    _write("verbs.tsv", ["verb", "block", "cameo_code"], sorted(verbs))
    members = {(block, verb) for verb, block, _ in verbs}
    _write(
        "verb_patterns.tsv",
        ["block", "object", "modifier", "prep", "cameo_code", "verbs"],
        sorted(_for_members(row, members) for row in patterns),
    )
    _write(
        "synsets.tsv",
        ["synset", "word"],
        sorted((k, w) for k, words in sets.items() for w in words),
    )


def _write(name: str, header: list[str], rows: list[tuple]) -> None:
    with open(OUT / name, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "data"
    OUT.mkdir(parents=True, exist_ok=True)
    derive_cameo(shared)
    derive_verbs(shared)


if __name__ == "__main__":
    main()
