"""What a document has said so far: the memory behind coreference.

"Imran Khan" … "Khan" … "PM Khan" … "the premier" are one person because the
resolver remembers, per document, the people named (by surname and role) and the
states mentioned (for "the two countries").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from bilateral.actors.words import phrase_key
from bilateral.types import Actor

# How many mentions being named in the last two sentences is worth, for a plural.
RECENCY_BONUS = 2


@dataclass
class DocumentContext:
    """Mutable memory of one document's resolution; created per ``resolve`` call."""

    by_surname: dict[str, Actor] = field(default_factory=dict)
    by_role: dict[str, Actor] = field(default_factory=dict)
    persons: list[Actor] = field(default_factory=list)
    # surnames the text gave, in full, to people the KB does not know ("Owen Dempsey")
    others_surnames: set[str] = field(default_factory=set)
    # (character offset, state code) of every state-level mention, in text order.
    states: list[tuple[int, str]] = field(default_factory=list)
    state_counts: Counter[str] = field(default_factory=Counter)
    # (offset, state code) of places ("in Tehran"): recent, but not what the text is about
    places: list[tuple[int, str]] = field(default_factory=list)

    def note_person(self, actor: Actor, surnames: list[str]) -> None:
        """Remember a person named in full (or by title and name) for later short forms."""
        for surname in surnames:
            self.by_surname[phrase_key(surname)] = actor
        if actor.role:
            self.by_role[_current(actor.role)] = actor
        self.persons = [p for p in self.persons if p.id != actor.id] + [actor]

    def note_state(self, offset: int, code: str | None, place: bool = False) -> None:
        if code and place:
            self.places.append((offset, code))
        elif code:
            self.states.append((offset, code))
            self.state_counts[code] += 1

    def note_other_bearer(self, surname: str) -> None:
        """Remember that the text named someone unknown with this surname: its later
        surname alone is that person, not a famous namesake ("Owen Dempsey ... Dempsey said")."""
        self.others_surnames.add(phrase_key(surname))

    def names_other_bearer(self, surname: str) -> bool:
        return phrase_key(surname) in self.others_surnames

    def person_by_surname(self, surname: str) -> Actor | None:
        return self.by_surname.get(phrase_key(surname))

    def person_in_role(self, role: str) -> Actor | None:
        return self.by_role.get(role)

    def main_state(self) -> str | None:
        """The state the document has named most so far (whose "prime minister" is meant)."""
        common = self.state_counts.most_common(1)
        return common[0][0] if common else None

    def last_person(self) -> Actor | None:
        return self.persons[-1] if self.persons else None

    def recent_states(self, since: int, size: int) -> list[str]:
        """The ``size`` states a plural ("the two countries") most likely means.

        If exactly ``size`` states were named since offset ``since`` (the current and
        previous sentences; places count here: "the embassy in Tehran"), those. Otherwise the choice is among them and the
        document's most named states, by how often the document names each, with a
        bonus for being recent: an article on two countries keeps meaning them when a
        third is mentioned in passing.
        """
        window: list[str] = []
        for _, code in sorted(
            (m for m in self.states + self.places if m[0] >= since), reverse=True
        ):
            if code not in window:
                window.append(code)
        if len(window) == size:
            return window
        candidates = list(
            dict.fromkeys(window + [c for c, _ in self.state_counts.most_common(size + 1)])
        )
        if len(candidates) < size:
            return []
        candidates.sort(key=lambda c: -(self.state_counts[c] + RECENCY_BONUS * (c in window)))
        return candidates[:size]

    def recent_persons(self, size: int) -> list[Actor]:
        return self.persons[-size:] if len(self.persons) >= size else []


def _current(role: str) -> str:
    return role.removeprefix("former ")
