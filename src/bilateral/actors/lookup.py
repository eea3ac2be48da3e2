"""Answer "who was Pakistan's foreign minister on 2019-03-01" from the knowledge base."""

from __future__ import annotations

from datetime import date

from bilateral.actors.kb import GENERIC_ROLES, KnowledgeBase, Person, Tenure
from bilateral.actors.words import phrase_key
from bilateral.errors import UserError


def role_named(kb: KnowledgeBase, text: str, country: str) -> str:
    """The KB role a title means in ``country`` ("FM" -> "foreign minister")."""
    titles = [e for e in kb.phrases.get(phrase_key(text), []) if e.kind == "title"]
    for entry in titles:
        if entry.country == country:
            return entry.ref
    for entry in titles:
        if entry.country is None:
            return entry.ref
    role = " ".join(text.lower().split())
    if role in kb.role_sectors or role in GENERIC_ROLES:
        return role
    raise UserError(
        f"unknown role: {text!r} (try e.g. 'prime minister', 'foreign minister', 'army chief')"
    )


def office_holders(
    kb: KnowledgeBase, role_text: str, country: str, on: date | None
) -> list[dict[str, str | None]]:
    """Rows (name, id, role, country, start, end) of who held the role on ``on``.

    Raises:
        UserError: unknown country code or role.
    """
    code = country.strip().upper()
    if kb.state(code) is None and kb.org(code, None) is None:
        raise UserError(f"unknown country code: {country!r} (use ISO 3166-1 alpha-3, e.g. PAK)")
    role = role_named(kb, role_text, code)
    elect = kb.elect_term(role, code, on)
    if elect is not None:  # "president-elect": the coming term
        return [_row(kb.persons[elect.person_id], elect)]
    meant = kb.holders_meant(role, code, on)
    if meant is None:
        return []
    office, people, _ = meant
    return [row for person in people for row in _terms(person, office, code, on)]


def _terms(
    person: Person, role: str, country: str, on: date | None
) -> list[dict[str, str | None]]:
    """The person's terms of ``role`` in ``country`` that cover ``on`` (open ones when
    ``on`` is None)."""
    return [
        _row(person, tenure)
        for tenure in person.tenures
        if tenure.role == role
        and tenure.country == country
        and ((on is None and tenure.end is None) or (on is not None and tenure.covers(on)))
    ]


def _row(person: Person, tenure: Tenure) -> dict[str, str | None]:
    return {
        "name": person.name,
        "id": person.id,
        "role": tenure.role,
        "country": tenure.country,
        "start": tenure.start.isoformat() if tenure.start else None,
        "end": tenure.end.isoformat() if tenure.end else None,
    }
