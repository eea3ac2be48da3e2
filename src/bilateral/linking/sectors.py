"""Which policy sector an event belongs to: diplomacy, defence, energy, trade, security.

Decided from, in order of weight: the actors' sectors (MIL -> defence, BUS -> trade,
SPY/COP -> security), the PLOVER mode (``military``, ``economic``, ``security``),
the CAMEO code (061 economic, 062 military, 063 judicial/security cooperation)
and keywords in the sentence. An event may belong to several sectors; one that
matches none is diplomacy (talks, visits, statements, agreements in general).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

# pair_periods holds a count column per sector (migration 0014): a new sector needs a migration
SECTORS = ("diplomacy", "defence", "energy", "trade", "security")

KEYWORDS = {
    "defence": r"militar|defen[cs]e|army|armed forces|navy|naval|air force|troops|soldier|"
               r"exercise|drill|weapon|arms|helicopter|fighter|jet|missile|tank|submarine",
    "energy": r"\bgas\b|\boil\b|pipeline|energy|power plant|nuclear power|\blng\b|electricity|"
              r"coal|refiner|petroleum|hydropower|solar",
    "trade": r"trade|export|import|invest|business|econom|tariff|commerce|commercial|"
             r"\bbank|customs|market|wheat|barter|currency|\bfta\b",
    "security": r"terror|security|intelligence|narcotic|\bdrug|extremis|militant|insurgen|"
                r"border control|counter-?terror|cyber",
}
# Matched against the lowercased sentence: several times faster than re.IGNORECASE, which
# tries every letter of these long alternations both ways.
_PATTERNS = {sector: re.compile(rx) for sector, rx in KEYWORDS.items()}

ACTOR_SECTORS = {"MIL": "defence", "BUS": "trade", "SPY": "security", "COP": "security"}
MODE_SECTORS = {"military": "defence", "economic": "trade", "security": "security"}
CAMEO_SECTORS = {"061": "trade", "062": "defence", "063": "security", "0871": "defence",
                 "0872": "defence", "0873": "defence", "0874": "defence"}


def _structured(actors: Iterable[dict[str, Any]], mode: str | None,
                cameo: str | None) -> set[str]:
    found = {ACTOR_SECTORS[a["sector"]] for a in actors if a.get("sector") in ACTOR_SECTORS}
    if mode in MODE_SECTORS:
        found.add(MODE_SECTORS[mode])
    if cameo:
        found |= {s for code, s in CAMEO_SECTORS.items() if cameo.startswith(code)}
    return found


def event_sectors(sentence: str, actors: Iterable[dict[str, Any]] = (), mode: str | None = None,
                  cameo: str | None = None) -> set[str]:
    """The sectors of one event (never empty: diplomacy when nothing else matches)."""
    found = _structured(actors, mode, cameo)
    lowered = sentence.lower()
    found |= {s for s, rx in _PATTERNS.items() if rx.search(lowered)}
    return found or {"diplomacy"}


def union_sectors(per_event: Iterable[set[str]]) -> set[str]:
    """The sectors of a real event from its reports' sectors."""
    found: set[str] = set().union(*per_event)
    if len(found) > 1:
        found.discard("diplomacy")  # one member's plain wording does not outvote the others
    return found
