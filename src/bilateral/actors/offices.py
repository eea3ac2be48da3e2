"""Who a title and a surname mean at a date, among namesakes.

"Malawian President Banda" is Hastings Banda in 1990 and Joyce Banda in 2013;
"Portuguese Prime Minister Guterres" (1998) is Portugal's, not the UN's; "Prime
Minister Sharif" is Nawaz in 1998 and Shehbaz in 2023. The candidates are the office
holders whose name or alias holds the words written (in a row); the office named and
the date choose among them, and when nobody fits the caller keeps the country and
leaves the person unnamed rather than guess.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from bilateral.actors.kb import ADDRESSED_AS, FAMILY_NAME_FIRST, KnowledgeBase, Tenure
from bilateral.actors.words import HONORIFICS, consonants, phrase_key
from bilateral.types import Actor

# A term that ended this many days before the date still fits a title without "former",
# unless the KB knows the office's next holder by then: the derived tables end a term at
# the last snapshot that lists it, a lower bound.
GRACE_DAYS = 365
# How a term fits a date, best last.
ENDED, RECENTLY_ENDED, IN_OFFICE = 1, 2, 3


@dataclass(frozen=True, slots=True)
class Fit:
    person_id: str
    tenure: Tenure
    status: int
    role_fits: bool


def persons_named(kb: KnowledgeBase, written: str) -> list[str]:
    """Ids of the office holders whose name or an alias holds the words of ``written``
    in that order ("Lula" in "Luiz Inácio Lula da Silva", "John Mahama" in "John Dramani
    Mahama", "Le Drian")."""
    words = tuple(phrase_key(written).split())
    while len(words) > 1 and words[0] in HONORIFICS:  # "Sheikh Sabah": a Sabah
        words = words[1:]
    if not words:
        return []
    found = []
    for person_id, name in kb.name_words.get(words[-1], {}):
        rest = iter(name)
        # a subsequence: each word after the last; the words before the surname as spelt
        # in another transliteration ("Omar El Bashir" for "Umar Hassan Ahmad al-Bashir")
        if all(
            any(_same_name_word(word, known) for known in rest) for word in words[:-1]
        ) and words[-1] in rest:
            found.append(person_id)
    return list(dict.fromkeys(found))


def given_name_only(kb: KnowledgeBase, written: str, person_ids: list[str]) -> frozenset[str]:
    """Of these people, those a one-word ``written`` names only by a given or middle name:
    it is none of their KB surnames and ends none of their names that hold it (opens none,
    in a state that puts the family name first): "Kenny" of Kenny Anthony, not of Enda
    Kenny; "Barak" of Barak Sope, not of Ehud Barak; "Kim" of Singapore's Wee Kim Wee, not
    of Kim Il Sung."""
    words = phrase_key(written).split()
    if len(words) != 1:
        return frozenset()
    word = words[0]
    surnamed = {e.ref for e in kb.phrases.get(word, ()) if e.kind == "surname"}
    at_surname: dict[str, bool] = {}
    for person_id, name in kb.name_words.get(word, {}):
        if person_id in person_ids and person_id not in surnamed:
            family_first = any(t.country in FAMILY_NAME_FIRST for t in kb.persons[person_id].tenures)
            here = name[0 if family_first else -1] == word
            at_surname[person_id] = at_surname.get(person_id, False) or here
    return frozenset(person_id for person_id, here in at_surname.items() if not here)


def first_name_agrees(written: str, name: str) -> bool:
    """Whether a name of two words or more opens with a word of ``name``, in this or another
    romanisation: "Fayez al-Sarraj" is the KB's "Fayiz al-Saraj", but "Tamim bin Hamad Al
    Thani" no "Hamad bin Khalifa Al Thani" of the same spelling keys."""
    words = [w for w in phrase_key(written).split() if w.isalnum() and w not in HONORIFICS]
    if len(words) < 2:
        return True
    return any(_same_name_word(words[0], known) for known in phrase_key(name).split())


# Arabic's article as English news spells it: "al-", "el-", "ul-".
NAME_ARTICLES = frozenset({"al", "el", "ul"})


def _same_name_word(written: str, known: str) -> bool:
    """Whether a written given name or article is the KB's in another romanisation: the
    same consonants in the same order ("Omar"/"Umar", "Mohamed"/"Muhammad",
    "Hussein"/"Husayn"), at least two of them so that short words never match by chance."""
    if written == known:
        return True
    if written in NAME_ARTICLES and known in NAME_ARTICLES:
        return True
    key = consonants(written)
    return len(key) >= 2 and key == consonants(known)


def is_dynasty_name(kb: KnowledgeBase, person_ids: list[str], written: str) -> bool:
    """Whether ``written`` is only a family's name, "Al X", that several of these office
    holders share ("Al Khalifa", "Al-Sabah"): a dynasty's name tells no member from another,
    so only the office held at the date can ("Bahraini Foreign Minister Al Khalifa")."""
    words = [w for w in phrase_key(written).split() if w.isalnum()]
    if len(words) != 2 or words[0] not in ("al", "el"):
        return False
    return len({kb.persons[p].name for p in person_ids}) > 1


def best_fit(
    kb: KnowledgeBase,
    person_ids: list[str],
    role: str | None,
    country: str | None,
    on: date | None,
    given_only: frozenset[str] = frozenset(),
    near: Collection[str] = (),
) -> Fit | None:
    """The term that best fits ``role`` in ``country`` on ``on`` among these people.

    Terms in another country never fit; terms not begun by ``on`` never fit. Best is a
    term of ``role`` (any term when ``role`` is None), then one in office, then one that
    ended recently, then one in a state the text names (``near``: "Prime Minister Lee
    said in Singapore" in 2018 is not South Korea's Lee Nak-yon), then one of a person the
    text names by more than a given name
    (``given_only``: "Prime Minister Barak" in 2000 is Ehud Barak, not Vanuatu's Barak
    Sope, both in office), then a term of that very office over one the press titles so
    (``ADDRESSED_AS``: a state's President Kim over the World Bank's), then the latest begun.
    """
    best: tuple[bool, int, bool, bool, bool, date] | None = None
    chosen: Fit | None = None
    for person_id in dict.fromkeys(person_ids):
        for tenure in kb.persons[person_id].tenures:
            if country and tenure.country != country:
                continue
            status = _status(tenure, on)
            if status is None:
                continue
            if status == RECENTLY_ENDED and _successor_in_office(kb, tenure, on):
                status = ENDED  # the grace is for terms whose end is unknown, not followed
            own_title = role is None or tenure.role == role
            # "President Juncker" of the Commission, but a state's president first
            role_fits = own_title or ADDRESSED_AS.get(tenure.role) == role
            score = (
                role_fits, status, tenure.country in near, person_id not in given_only,
                own_title, tenure.start or date.min,
            )
            if best is None or score > best:
                best, chosen = score, Fit(person_id, tenure, status, role_fits)
    return chosen


def holder_named(
    kb: KnowledgeBase,
    person_ids: list[str],
    role: str | None,
    country: str | None,
    on: date | None,
    given_only: frozenset[str] = frozenset(),
    near: Collection[str] = (),
) -> Fit | None:
    """``best_fit``, but a term of another office counts only when the name leaves no
    choice: "President Putin" in 2010 was the prime minister; "Chinese Vice Premier Liu"
    is none of the other Lius in office."""
    fit = best_fit(kb, person_ids, role, country, on, given_only, near)
    if fit is None or fit.role_fits:
        return fit
    people = {
        person_id
        for person_id in person_ids
        if any(country is None or t.country == country for t in kb.persons[person_id].tenures)
    }
    return fit if len(people) == 1 else None


def fit_actor(kb: KnowledgeBase, fit: Fit, former: bool, on: date | None) -> Actor:
    """The person of ``fit`` in that office, or as its former holder when the text says
    "former". A term that ended long before gives the role held on ``on`` in the same
    state ("Russian President Vladimir Putin" in 2010 was the prime minister),
    and the former holder's when that role is another state's or an organisation's
    ("Portuguese Prime Minister Antonio Guterres" in 2019 is Portugal's, not the UN's).
    With no date, the office the text names is held when it was written ("President
    Mugabe" in an undated text)."""
    person, tenure = kb.persons[fit.person_id], fit.tenure
    if fit.status == ENDED and not former and on is not None:
        actor = kb.person_actor(person.id, on)
        if actor.country == tenure.country:
            return actor
        former = True
    if former:
        role, sector = f"former {tenure.role}", "ELI"
    else:
        role, sector = tenure.role, kb.tenure_sector(tenure)
    return Actor(
        id=person.id,
        name=person.name,
        country=tenure.country,
        sector=sector,
        role=role,
        kind="person",
    )


def _successor_in_office(kb: KnowledgeBase, tenure: Tenure, on: date | None) -> bool:
    """Whether someone else is known to hold ``tenure``'s office on ``on``: then its
    holder's term is over ("Taoiseach Martin" in 2023 was Varadkar's Tánaiste)."""
    return on is not None and any(
        other.person_id != tenure.person_id and other.covers(on)
        for other in kb.offices.get((tenure.country, tenure.role), [])
    )


def _status(tenure: Tenure, on: date | None) -> int | None:
    if on is None:
        return IN_OFFICE if tenure.end is None else ENDED
    if tenure.covers(on):
        return IN_OFFICE
    if tenure.start is not None and tenure.start > on:
        return None
    assert tenure.end is not None  # neither covering nor begun later: it has ended
    return RECENTLY_ENDED if (on - tenure.end).days <= GRACE_DAYS else ENDED
