"""The actor knowledge base (placeholder: countries from pycountry; the actors issue extends it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bilateral.types import Actor


@dataclass
class KnowledgeBase:
    """Names (lower-cased) to the actor they denote."""

    names: dict[str, Actor] = field(default_factory=dict)


def load_kb(extra: Path | None = None) -> KnowledgeBase:
    import pycountry

    kb = KnowledgeBase()
    for country in pycountry.countries:
        actor = Actor(id=country.alpha_3, name=getattr(country, "common_name", country.name),
                      country=country.alpha_3)
        for name in {country.name, getattr(country, "common_name", country.name)}:
            kb.names[name.lower()] = actor
    for name, code in {"russian": "RUS", "pakistani": "PAK", "moscow": "RUS",
                       "islamabad": "PAK", "russia": "RUS"}.items():
        kb.names[name] = kb.names.get(code.lower(), Actor(code, code, code))
    return kb
