"""Read a document's phrase matches, left to right, into resolved mentions.

Neighbouring phrases are read together:

    [nationality]['s] title+ [name]   "Russian Ambassador Alexey Dedov", "Pakistan's PM"
    title+ of nationality [name]      "Prime Minister of Pakistan Shehbaz Sharif"
    title+ name of nationality        "Prime Minister Barak of Israel"
    name, [a|the] [nationality] title "Alexey Dedov, the Russian ambassador"
    nationality institution           "Pakistan Army", "the Russian government"
    name | surname                    "Imran Khan", "Khan" (the same person, by memory)
    state | capital | seat | org      "Russia", "Moscow" (a place after "in", "at", "to")
    surname written as a town         "in Trujillo", "Trujillo, Peru" -> the town's state
    group phrase                      "the two countries" -> the states named just before
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cached_property

from bilateral.actors.context import DocumentContext
from bilateral.actors.kb import (
    ELECT_ROLES,
    GENERIC_ROLES,
    OFFICER_OFFICES,
    RANK_ROLE,
    ROLE_RANK,
    Entry,
    KnowledgeBase,
    Person,
    default_surnames,
    slug,
)
from bilateral.actors.offices import (
    ENDED,
    IN_OFFICE,
    Fit,
    best_fit,
    first_name_agrees,
    fit_actor,
    given_name_only,
    holder_named,
    is_dynasty_name,
    persons_named,
)
from bilateral.actors.phrases import PhraseMatch, iter_capitalised
from bilateral.actors.places import town_meant
from bilateral.actors.words import APOSTROPHE_WORDS, APOSTROPHES, Word, phrase_key
from bilateral.calendar import MONTH_NAMES, WEEKDAYS
from bilateral.cleaning.metadata import CAPITALS_DATELINE
from bilateral.types import Actor, Mention, Sentence

ACTOR_KINDS = ("state", "part", "org", "person", "surname")
NATIONALITY_KINDS = ("state", "part", "org")
TITLE_KINDS = frozenset(["title"])  # of a title read across a nationality (``_split_title``)
# Offices besides the ranked ones (``ROLE_RANK``) whose holders a surname alone names
# in any text, their state named or not.
KNOWN_FROM_AFAR = frozenset(["vice president", "finance minister"])
# How long out of office a person is named by a bare surname only in a text on his state.
LONG_PAST = timedelta(days=20 * 365)
# The titles of a seat's head, who holds the office whose seat it is (``_seat_office``).
SEAT_HEADS = frozenset(["chief", "governor", "president"])
# A place below a state owning a nationality: "the province's Albanian leadership".
REGION_OWNS = re.compile(
    r"\b(province|region|territory|enclave|district|republic|autonomous area)['’]s\s+$",
    re.IGNORECASE,
)
POSSESSIVE_GAP = re.compile(r"['’]s\s+")
# Words before a title that make its holder a former one ("Sudan's ousted president").
FORMER_WORDS = frozenset(
    ["former", "ex", "then-former", "late", "ousted", "toppled", "deposed", "overthrown"]
)
# Between a name and the title in apposition after it: "Sharif, Pakistan's army chief".
APPOSITION_GAP = re.compile(r",\s+(?:the\s+)?")
# "Uribe, Colombia's president", "Akufo-Addo, Ghana's president": a name word, a comma, the title
SURNAME_BEFORE_APPOSITION = re.compile(r"(?<![\w'’-])([A-Z][\w'’]*(?:-[\w'’]+)*),\s+(?:the\s+)?$")
# fmt: off
# A word before a capital or seat that makes it a location: "talks in Moscow".
LOCATIVE = frozenset([
    "in", "at", "to", "near", "outside", "inside", "across", "around", "into", "via", "toward",
    "towards", "through", "throughout", "within", "visit", "visited", "visiting", "visits", "reached", "arrived", "arrive", "landed",
    "left",
])
# Capitalised words that never start or continue a person's name after a title.
NOT_NAMES = frozenset([
    "The", "A", "An", "And", "But", "Or", "He", "She", "His", "Her", "It", "Its", "They", "Their",
    "We", "Our", "On", "In", "At", "Of", "For", "To", "From", "By", "With", "Said", "Says",
    "Also", "Has", "Had", "Was", "Were", "Is", "Are", "Will", "Would", "This", "That", "These",
    "Those", "Who", "Which", "Mr", "Mrs", "Ms", "Dr", "Sir",
    *(name.capitalize() for name in (*WEEKDAYS, *MONTH_NAMES)),
])
# States whose name is also a person's first name or surname ("Chad Thomas", "Michael
# Jordan", "Robert Mann": the Isle of Man's old name): next to an unknown capitalised name
# they are part of that person's name (``_in_persons_name``).
PERSONS_NAME_STATES = frozenset(["Jordan", "Chad", "Georgia", "India", "Israel", "Kenya", "Cuba", "Mann"])
# Words compared as phrase keys that are never a surname standing alone ("May" the month).
NOT_SURNAMES = frozenset(phrase_key(word) for word in NOT_NAMES)
# Last words that make a capitalised run an organisation or a place, not a person's name.
NOT_PERSON_ENDINGS = frozenset([
    "Motors", "Electric", "Dynamics", "Corporation", "Company", "Group", "Bank", "University",
    "College", "Institute", "Hospital", "Airport", "Road", "Street", "Square", "Province",
    "District", "Council", "Ministry", "Committee", "Headquarters", "Party", "Assembly", "Forum",
    "Agency", "Authority", "Commission", "Court", "News", "Times", "Post",
])
# A word before a one-word surname that writes it as a town ("talks in Trujillo"); "at",
# "to" and "from" are left out, as they come before people as often ("a call from Rubio").
TOWN_LOCATIVE = frozenset([
    "in", "near", "outside", "inside", "around", "across", "throughout", "within", "nearby",
])
# Words of a journey: the place after them is where a person goes, not where he is from.
JOURNEY_WORDS = frozenset([
    "arrive", "arrives", "arrived", "arriving", "land", "lands", "landed", "landing", "fly",
    "flies", "flew", "flying", "travel", "travels", "travelled", "traveled", "travelling",
    "traveling", "visit", "visits", "visited", "visiting", "went", "go", "goes", "going",
    "headed", "heading", "toured", "touring", "came", "come", "comes", "coming", "reached",
    "trip", "tour", "journey",
])
# Punctuation that ends the clause a place is looked for in.
CLAUSE_ENDS = frozenset([".", "!", "?", ";"])
# The longest town name read after a locative.
PLACE_NAME_WORDS = 3
# Nouns whose "in" takes a person: "confidence in Abe" is no town.
TRUST_NOUNS = frozenset(["faith", "trust", "confidence", "belief", "interest", "hope"])
# Nouns a surname modifies as a person's: "a shift in Bush administration policy".
PERSON_NOUNS = frozenset([
    "administration", "government", "regime", "era", "years", "presidency", "cabinet", "camp",
    "team", "doctrine", "family", "visit", "policy", "policies", "plan", "aides", "allies",
    "supporters", "loyalists", "campaign", "rule", "tenure", "legacy", "speech", "remarks",
    "statement", "comments", "interview", "faction", "wing", "style",
])
# Nouns around a surname that make it a town: "the city of Trujillo", "Bogra district"
# (not "camp", "front" or "area", which a person has too: "the Rubio camp").
TOWN_NOUNS = frozenset([
    "town", "village", "city", "port", "region", "province", "district", "county",
    "municipality", "prefecture", "governorate", "oblast", "department", "suburbs", "outskirts",
])
# Nouns after a city that make the city a name of a text, not a party to it: "the Algiers
# Agreement" (Ethiopia and Eritrea), "the Minsk accords", "the Elysee treaty".
TEXT_NOUNS = frozenset([
    "agreement", "agreements", "accord", "accords", "treaty", "treaties", "protocol",
    "declaration", "convention", "conventions", "communique", "communiqué", "charter", "pact",
    "memorandum", "deal", "framework", "consensus", "principles", "document", "roadmap",
])
# fmt: on


# Head words a body named in full is later called by alone ("the Council", "the Assembly").
SHORT_BODY_WORDS = frozenset(["Council", "Assembly"])
SHORT_BODY = re.compile(r"\bthe (Council|Assembly)\b(?! of\b)")


class DocumentReading:
    """One left-to-right reading of a document's phrase matches into mentions."""

    def __init__(
        self,
        kb: KnowledgeBase,
        text: str,
        words: list[Word],
        matches: list[PhraseMatch],
        on: date | None,
        sentences: list[Sentence],
    ) -> None:
        self.kb = kb
        self.text = text
        self.words = words
        self.matches = matches
        self.on = on
        self.sentence_starts = [s.start for s in sentences]
        self.sentence_ends = [s.end for s in sentences]
        self.match_at_word = {i: m for m in matches for i in range(m.first, m.last + 1)}
        self.match_firsts = [m.first for m in matches]
        self.match_starts = [m.start for m in matches]
        self.context = DocumentContext()
        self.mentions: list[Mention] = []
        self.new_surnames: dict[str, Actor] = {}
        self.dateline: str | None = None  # the state the story was filed from
        self.dateline_ends: dict[int, int] = {}  # a line's start -> its wire dateline's end
        self.title_cased: dict[int, bool] = {}  # a sentence's index -> ``_title_cased``
        # the states any phrase of the text names: a capital's namesake may be read by them
        self.text_states = {e.ref for m in matches for e in m.entries if e.kind == "state"}

    def run(self) -> list[Mention]:
        """All mentions of the document, in reading order (later surnames appended)."""
        j = 0
        while j < len(self.matches):
            j = self._read_at(j)
        self._name_appositions()
        self._add_surname_mentions()
        self._add_short_body_mentions()
        return self.mentions

    # --- reading one mention --------------------------------------------------------

    def _read_at(self, j: int) -> int:
        """Read the mention starting at match ``j``; returns the index of the next match."""
        match = self.matches[j]
        kinds = match.kinds
        if "ignore" in kinds:
            return j + 1
        if "group" in kinds:
            self._group(match)
            return j + 1
        if "half" in kinds:
            self._half(match)
            return j + 1
        if "state" in kinds:
            after_person = self._state_s_person(j)
            if after_person is not None:
                return after_person
        nationality = None
        k = j
        if not kinds.isdisjoint(NATIONALITY_KINDS) and j + 1 < len(self.matches):
            following = self.matches[j + 1]
            gap = self.text[match.end : following.start]
            composes = _kind(following, "title") or (
                _kind(following, "institution") and not self._is_member_org(match)
            )
            if composes and _is_modifier_gap(gap):
                if _kind(following, "institution") and self._people_of_a_place(match):
                    return j + 2
                nationality, k = match, j + 1
            elif _kind(following, "person") and _is_modifier_gap(gap):
                own = self._state_s_namesake(match, following)
                if own is not None:
                    self._add(Mention(self.text[match.start : following.end], match.start,
                                      following.end, own))
                    return j + 2
        split = self._split_title(j)
        if split is not None:
            nationality, title, k = split
            return self._read_titles(nationality, [title], k)
        head = self.matches[k]
        if _kind(head, "title") and (not _kind(head, *ACTOR_KINDS) or nationality):
            return self._titled(nationality, k)
        if _kind(head, "institution"):
            return self._institution(nationality, k)
        if not kinds.isdisjoint(ACTOR_KINDS):
            self._plain(match, j)
        return j + 1

    def _state_s_person(self, j: int) -> int | None:
        """ "Sudan's Bashir", "Mali's Goita", "Senegal's Faye": a name after a state's
        possessive is the person of that name who held an office of that state, its leader
        at the date first ("Sri Lanka's Rajapaksa" in 2021: the president, not the prime
        minister), whether the KB knows the name as a surname or not (not the Gambian Faye);
        one mention, as "Sudan's President Bashir" is, and so is a name the KB knows in full
        ("Brazil's Lula", "Russia's Vladimir Putin"). Returns the index of the next match, or
        None when nobody of that state bears the name."""
        match = self.matches[j]
        if not self._possessive_s_at(match.last + 1):
            return None
        country = self._country_of(match)
        if country not in self.kb.states:
            return None
        owner = replace(match, end=self.words[match.last + 2].end, last=match.last + 2)
        name_match, name_words, after = self._name_after(owner, j + 1)
        if name_match is not None and _kind(name_match, "person"):
            # "Russia's Vladimir Putin", "Brazil's Lula": the name says who
            person = self._state_s_namesake(match, name_match) or self._named(
                name_match, None, country
            )
            if person is None:
                return None
            self._add(Mention(self.text[match.start : name_match.end], match.start,
                              name_match.end, person))
            return after
        if name_match is None and not name_words:
            return None
        first, last = (name_match.first, name_match.last) if name_match else (
            name_words[0], name_words[-1])
        start, end = self.words[first].start, self.words[last].end
        written = self.text[start:end]
        surnamed = [e.ref for e in name_match.entries if e.kind == "surname"] if name_match else []
        person = self._state_s_holder(
            [*surnamed, *persons_named(self.kb, written)], country, written
        )
        if person is None:
            return None
        self._note_person(person, [written, *self._surnames(person)])
        self._add(Mention(self.text[match.start : end], match.start, end, person))
        return after

    def _state_s_holder(self, named: list[str], country: str, written: str) -> Actor | None:
        """Of these people, the one leading ``country`` at the date, else the one in an
        office of it then or lately (``best_fit``); nobody whose term there ended long
        before ("S. Korea's Moon" in 2012 is not Ban Ki-moon, foreign minister to 2006)."""
        named = list(dict.fromkeys(named))
        for office in self.kb.roles_meant("leader", country):
            leaders = self.kb.holding((office,), country, self.on, named)
            if len(leaders) == 1:
                return self.kb.person_actor(leaders[0].id, self.on)
        given_only = given_name_only(self.kb, written, named)
        fit = best_fit(self.kb, named, None, country, self.on, given_only)
        if fit is None or fit.status == ENDED or fit.person_id in given_only:
            return None
        return fit_actor(self.kb, fit, False, self.on)

    def _people_of_a_place(self, demonym: PhraseMatch) -> bool:
        """ "the province's Albanian leadership", "Kosovo's Serb leaders": a nationality
        owned by a place of its own (a region's, or another state's) names a people living
        there, not its state."""
        before = self.text[max(0, demonym.start - 40) : demonym.start]
        if REGION_OWNS.search(before):
            return True
        previous = self.mentions[-1] if self.mentions else None
        return (
            previous is not None
            and previous.actor is not None
            and previous.actor.country != self._country_of(demonym)
            and POSSESSIVE_GAP.fullmatch(self.text[previous.end : demonym.start]) is not None
        )

    def _titled(self, nationality: PhraseMatch | None, k: int) -> int:
        """``[nationality] title+ [of nationality] [to host] [name]`` -> a person or role holder.

        Also "Alexey Dedov, the Russian ambassador" (the name before, as an apposition)
        and "the former foreign minister".
        """
        titles = [self.matches[k]]
        k += 1
        while (
            k < len(self.matches)
            and _kind(self.matches[k], "title")
            and self._adjacent(titles[-1], self.matches[k])
        ):
            titles.append(self.matches[k])
            k += 1
        return self._read_titles(nationality, titles, k)

    def _read_titles(
        self, nationality: PhraseMatch | None, titles: list[PhraseMatch], k: int
    ) -> int:
        """The titles read, then ``[of nationality] [to host] [name]`` from match ``k``."""
        if nationality is None and self._joined(titles[-1], k, r"\s+of\s+(the\s+)?"):
            nationality = self.matches[k]
            k += 1
        last = nationality if nationality and nationality.end > titles[-1].end else titles[-1]
        name_match, name_words, after_name = self._name_after(last, k)
        if not (name_match or name_words) and self._joined(last, k, r"\s+to\s+(the\s+)?"):
            # "Pakistan's ambassador to Russia Shafqat Ali Khan": the host country, then the name
            host_name = self._name_after(self.matches[k], k + 1)
            if host_name[0] or host_name[1]:
                last, (name_match, name_words, after_name) = self.matches[k], host_name
        state_after_name = None
        if nationality is None and (name_match or name_words):
            # "Prime Minister Barak of Israel": the state after the name is the nationality
            name_end = name_match.end if name_match else self.words[name_words[-1]].end
            if after_name < len(self.matches) and re.fullmatch(
                r"\s+of\s+(the\s+)?", self.text[name_end : self.matches[after_name].start]
            ) and _kind(self.matches[after_name], *NATIONALITY_KINDS):
                nationality = state_after_name = self.matches[after_name]
                after_name += 1
        if nationality is None and not (name_match or name_words) and self._ends_a_longer_name(titles[0]):
            return after_name  # "ZHDA president", "Acme president": that body's, no state's
        first = nationality if nationality and nationality.start < titles[0].start else titles[0]
        start, end = first.start, last.end
        if state_after_name is not None:
            end = state_after_name.end
        elif name_match or name_words:
            end = name_match.end if name_match else self.words[name_words[-1]].end
        else:
            name_words = self._name_before(first)
            start = self.words[name_words[0]].start if name_words else start
        between = self.text[nationality.end : titles[0].start] if nationality is first else ""
        former = (
            self._former_before(first)
            or not FORMER_WORDS.isdisjoint(between.split())
            or "then-" in between.lower().split()  # "Pakistan's then-army chief"
        )
        actor = self._titled_actor(nationality, titles, name_match, name_words, former)
        if actor is None:
            if nationality is not None:
                self._plain(nationality)
            return after_name
        if start == first.start and not (name_match or name_words):
            surname_at = self._holder_s_surname_before(first, actor)
            start = start if surname_at is None else surname_at
        self._add(Mention(self.text[start:end], start, end, actor))
        return after_name

    def _split_title(self, j: int) -> tuple[PhraseMatch, PhraseMatch, int] | None:
        """A title the nationality splits: "the governor of Kenya's central bank" is Kenya's
        "central bank governor", "the head of Pakistan's army" its "army head", "the chief
        of Turkey's general staff" (or "of the Turkish general staff") its "chief of the
        general staff"; and a title whose
        first word stands before the nationality: "the top US military officer" is the US's
        "top military officer", "the top Russian diplomat" Russia's "top diplomat".

        Match ``j`` is the state (the head word before it in no phrase) or the title that
        ends in the head word, the state following it. Returns the state, the whole title
        as one match (from the head word to the last word of the office) and the index of
        the first match after it."""
        match = self.matches[j]
        if _kind(match, *NATIONALITY_KINDS) and not _kind(match, "person", "surname"):
            nationality, state_at = match, j
        elif _kind(match, "title") and j + 1 < len(self.matches):
            nationality, state_at = self.matches[j + 1], j + 1
            if not _kind(nationality, *NATIONALITY_KINDS):
                return None
        else:
            return None
        of_at = nationality.first - 1
        article = of_at > 0 and self.words[of_at].text.lower() == "the"
        if article:
            of_at -= 1
        after = nationality.last + 1
        head_of = of_at >= 0 and self.words[of_at].text.lower() == "of"
        if head_of and self._possessive_s_at(after):
            # "the governor of Kenya's central bank"
            head_at, office, inside = of_at - 1, after + 2, True
        elif head_of:
            # "the chief of the Russian general staff", "the head of the Pakistani army"
            head_at, office = of_at - 1, after
            inside = article and self._possessive_at(after)[:1] != ["'"]
        else:
            # "the top US military officer": a lower-case head word right before the state
            # that starts some title of two words or more (most words start none)
            head_at, office = nationality.first - 1, after
            head_word = self.words[head_at].text if head_at >= 0 else ""
            inside = head_word.islower() and head_word in self.kb.title_starts
            inside = inside and self._possessive_at(after)[:1] != ["'"]
        if head_at < 0 or not inside:
            return None
        if state_at == j and self._in_match(head_at):
            return None  # the head word's title is read from that match, not from the state
        if state_at != j and (match.last != head_at or not head_of):
            return None
        heads = [(phrase_key(self.words[head_at].text), head_at)]
        if state_at != j and match.first < head_at:
            # "the chief of staff of the Iranian armed forces": the whole title first
            heads.insert(0, (phrase_key(match.text), match.first))
        for head_key, head_first in heads:
            for last in range(min(office + SPLIT_OFFICE_WORDS, len(self.words)) - 1, office - 1, -1):
                words = " ".join(phrase_key(w.text) for w in self.words[office : last + 1])
                if not head_of:
                    keys: tuple[str, ...] = (f"{head_key} {words}",)
                else:
                    # "central bank governor", else "chief of [the] general staff"
                    keys = (
                        f"{words} {head_key}",
                        f"{head_key} of {words}",
                        f"{head_key} of the {words}",
                    )
                entries = next((found for key in keys if (found := self._titles_at(key))), ())
                if not entries or any(e.needs_name for e in entries):
                    continue
                goes_on = [w.text.translate(APOSTROPHES) for w in self.words[last + 1 : last + 2]]
                if goes_on == ["'"]:
                    return None  # "the head of Pakistan's army's media wing" heads the wing
                if goes_on and f"{words} {phrase_key(goes_on[0])}" in self.kb.phrases:
                    return None  # "the head of Russia's defense ministry" heads no defence staff
                head = self.words[head_first]
                end = self.words[last].end
                title = PhraseMatch(
                    head.start, end, self.text[head.start : end], entries, head_first, last,
                    TITLE_KINDS,
                )
                k = state_at + 1
                while k < len(self.matches) and self.matches[k].start < end:
                    k += 1
                return nationality, title, k
        return None

    def _possessive_s_at(self, at: int) -> bool:
        """Whether the words from ``at`` are "'s" (the test ``_possessive_at`` makes, without
        a list: asked after every state)."""
        return (
            at + 1 < len(self.words)
            and self.words[at].text in APOSTROPHE_WORDS
            and self.words[at + 1].text in ("s", "S")
        )

    def _possessive_at(self, at: int) -> list[str]:
        """The two words from ``at``, apostrophes made plain: ["'", "s"] after "Kenya"."""
        return [w.text.translate(APOSTROPHES).lower() for w in self.words[at : at + 2]]

    def _titles_at(self, key: str) -> tuple[Entry, ...]:
        return tuple(e for e in self.kb.phrases.get(key, ()) if e.kind == "title")

    def _joined(self, left: PhraseMatch, k: int, gap: str) -> bool:
        """Whether match ``k`` names a state or org and follows ``left`` across ``gap``."""
        if k >= len(self.matches) or not _kind(self.matches[k], *NATIONALITY_KINDS):
            return False
        return re.fullmatch(gap, self.text[left.end : self.matches[k].start]) is not None

    def _name_after(self, before: PhraseMatch, k: int) -> tuple[PhraseMatch | None, list[int], int]:
        """A known name (a phrase match) or a run of capitalised words right after ``before``
        ("Ambassador Alexey Dedov", or set off by commas: "the ambassador, Alexey Dedov,");
        returns it and the index of the first match after it."""
        following = self.matches[k] if k < len(self.matches) else None
        if (
            following
            and _kind(following, "person", "surname")
            and self._name_gap(self.text[before.end : following.start])
            and not self._name_goes_on(following)
            and not self._surname_before_surname(k)
        ):
            return following, [], k + 1
        start = before.last + 1
        comma = start < len(self.words) and self.words[start].text == ","
        run: list[int] = []
        for index in iter_capitalised(self.words, start + comma):
            inside = self.match_at_word.get(index)
            if (self.words[index].text in NOT_NAMES and not self._month_named(index, run)) or (
                inside and not _kind(inside, "person", "surname")
            ):
                break
            if run and "\n" in self.text[self.words[run[-1]].end : self.words[index].start]:
                break  # a name never runs on to the next line
            run.append(index)
        while run and not self.words[run[-1]].text[:1].isupper():
            run.pop()  # a joiner before a word that is no name ("Khan - The")
        if not run or not self._name_gap(self.text[before.end : self.words[run[0]].start]):
            return None, [], k
        if self.words[run[-1]].text in NOT_PERSON_ENDINGS:
            return None, [], k
        after = self.words[run[-1] + 1].text if run[-1] + 1 < len(self.words) else "."
        if comma and after not in (",", ".", ";", ")"):
            return None, [], k  # "the minister, Pakistan said" is no apposition
        end = self.words[run[-1]].end
        while k < len(self.matches) and self.matches[k].start < end:
            k += 1
        return None, run, k

    def _month_named(self, index: int, run: list[int]) -> bool:
        """A month's name right after a title and before no day, that a KB person bears: a
        surname ("Prime Minister May said"), not a date ("the prime minister May 5")."""
        word = self.words[index].text
        following = self.words[index + 1].text if index + 1 < len(self.words) else ""
        return (
            not run
            and word.lower() in MONTH_NAMES
            and not following[:1].isdigit()
            and bool(persons_named(self.kb, word))
        )

    @staticmethod
    def _name_gap(gap: str) -> bool:
        """Between a title and a name: spaces, or a comma opening an apposition."""
        return gap.strip() in ("", ",") and "\n" not in gap

    def _name_goes_on(self, match: PhraseMatch) -> bool:
        """Whether a capitalised unknown word follows a KB name: "Ali Raza" is not "Ali"."""
        i = match.last + 1
        if i >= len(self.words) or i in self.match_at_word:
            return False
        word = self.words[i]
        return (
            word.text[:1].isupper()
            and word.text.isalpha()
            and word.text not in NOT_NAMES
            and not self.text[match.end : word.start].strip()
        )

    def _surname_before_surname(self, k: int) -> bool:
        """Whether match ``k``, a surname and no whole name of the KB, runs on into another
        KB name: after a title, "spokesman Abbas Mousavi" is one unknown name, not
        Mahmoud Abbas."""
        match = self.matches[k]
        if _kind(match, "person") or k + 1 >= len(self.matches):
            return False
        following = self.matches[k + 1]
        return (
            following.first == match.last + 1
            and _kind(following, "person", "surname")
            and not self.text[match.end : following.start].strip()
        )

    def _name_before(self, first: PhraseMatch) -> list[int]:
        """The name in "Alexey Dedov, the Russian ambassador": two to four capitalised words
        (none part of a KB phrase) then a comma and maybe an article, before the title."""
        i = first.first - 1
        if i >= 0 and self.words[i].text.lower() in ("the", "a", "an"):
            i -= 1
        if i < 1 or self.words[i].text != ",":
            return []
        run: list[int] = []
        i -= 1
        while i >= 0 and len(run) < 4:
            word = self.words[i].text
            if (
                not (word[:1].isupper() and word.isalpha())
                or word in NOT_NAMES
                or self._in_match(i)
            ):
                break
            run.insert(0, i)
            i -= 1
        return run if len(run) >= 2 else []

    def _holder_s_surname_before(self, first: PhraseMatch, holder: Actor) -> int | None:
        """Where "Correa, Ecuador's president" starts: one word (or hyphened words) before
        the title and a comma that is a word of the holder's name, no mention yet."""
        before = SURNAME_BEFORE_APPOSITION.search(self.text, max(0, first.start - 60), first.start)
        if (
            before is None
            or holder.id not in self.kb.persons
            or before.group(1) in NOT_NAMES
            or (self.mentions and self.mentions[-1].end > before.start())
            or not _among_words(phrase_key(before.group(1)), phrase_key(holder.name))
        ):
            return None
        return before.start(1)

    def _in_match(self, index: int) -> bool:
        position = bisect.bisect_right(self.match_firsts, index) - 1
        return position >= 0 and self.matches[position].last >= index

    def _former_before(self, first: PhraseMatch) -> bool:
        i = first.first - 1
        if i >= 0 and self.words[i].text.lower() in ("the", "a", "an", "-"):
            i -= 1
        if i < 0:
            return False
        word = self.words[i].text.lower()
        # "then-President Zuma": the holder at the time told of, no longer; not the adverb
        # ("and then President Ramaphosa spoke")
        then = word == "then" and self.words[i + 1].text == "-"
        return then or word in FORMER_WORDS

    def _indefinite_before(self, first: PhraseMatch) -> bool:
        """ "a former foreign minister", "an ex-army chief": an article that names one of
        several holders."""
        i = first.first - 1
        while i >= 0 and self.words[i].text.lower() in (*FORMER_WORDS, "-"):
            i -= 1
        return i >= 0 and self.words[i].text.lower() in ("a", "an")

    def _titled_actor(
        self,
        nationality: PhraseMatch | None,
        titles: list[PhraseMatch],
        name_match: PhraseMatch | None,
        name_words: list[int],
        former: bool,
    ) -> Actor | None:
        country = self._country_of(nationality)
        if nationality is not None and (name_match or name_words):
            first, last = (
                (name_match, name_match)
                if name_match
                else (self.words[name_words[0]], self.words[name_words[-1]])
            )
            country = self._state_holding(nationality, self.text[first.start : last.end], country)
        title = self._seat_office(nationality, _main_title(titles, country))
        org = self._member_org(nationality)
        if name_match is not None:
            homes = {
                self.kb.persons[e.ref].country
                for e in name_match.entries
                if e.kind in ("person", "surname")
            }
            own_body = title.country is not None and title.country not in self.kb.states
            if country is None and len(homes) == 1 and not own_body:
                # "Chancellor Rishi Sunak", "Secretary of State Hague": in his state's sense;
                # an organisation's title keeps its body ("NATO chief Robertson")
                title = self._seat_office(nationality, _main_title(titles, homes.pop()))
            return self._named(name_match, title, country or title.country, former)
        if name_words:
            known = self._holder_named(name_words, title, country or title.country, former)
            for local in [] if known or country else _local_titles(titles):
                # "Chancellor Osborne": the title in a state's own sense, if he held it
                known = self._holder_named(name_words, local, local.country, former)
                if known is not None:
                    break
            if known is not None:
                return known
            written = self.text[self.words[name_words[0]].start : self.words[name_words[-1]].end]
            known = self._holder_romanised_otherwise(written, title, country, former)
            if known is None and title.ref == RANK_ROLE and not former:
                known = self._officer_named(written, country)
            if known is not None:
                return known
            sector = self._sector_of(nationality) or title.sector
            return self._new_person(name_words, title, country or title.country, former, sector)
        if title.needs_name:
            return None
        if org is not None:  # "the Taliban spokesman", "Gazprom's chief executive"
            holder = self.kb.holder(title.ref, org.id, self.on)  # "the UNHCR chief"
            if holder is None and org.sector == "GOV" and org.country in self.kb.states:
                # a movement that governs its state: "the Taliban's prime minister" since 2021
                holder = self.kb.holder(title.ref, org.country, self.on)
            if holder is not None:
                self._note_person(holder, self._surnames(holder))
                return holder
            return Actor(
                id=org.id,
                name=f"{org.name} {title.ref}",
                country=org.country,
                sector=org.sector or title.sector,
                role=title.ref,
                kind="person",
            )
        if former:
            country = country or title.country or self._state_placed_after(titles[-1])
            first = nationality if nationality and nationality.start < titles[0].start else titles[0]
            if country and self._indefinite_before(first):
                # "a former Kenyan foreign minister": one of them, not the last
                return self._role_holder(
                    replace(title, ref=f"former {title.ref}", sector="ELI"), country, "ELI",
                    titles[-1].end,
                )
            return self._former_holder(title, country)
        if country is None and self._names_its_ministry(titles[0]):
            country = self.dateline  # "a Foreign Ministry spokeswoman": see _home_institution
        return self._role_holder(
            title, country or title.country, self._sector_of(nationality), titles[-1].end
        )

    def _elect_named(self, match: PhraseMatch, title: Entry, country: str | None) -> Actor | None:
        """ "Philippine President-elect Marcos" in May 2022: of the people so named, the one
        whose term of that office begins next (Ferdinand Jr., not his father)."""
        named = dict.fromkeys(
            [e.ref for e in match.entries if e.kind in ("person", "surname")]
            + persons_named(self.kb, match.text)
        )
        states = [country] if country else list(dict.fromkeys(
            t.country for p in named for t in self.kb.persons[p].tenures
        ))
        for state in states:
            term = self.kb.elect_term(title.ref, state, self.on)
            if term is not None and term.person_id in named:
                actor = self.kb.person_actor(term.person_id, self.on)
                elect = replace(actor, country=state, role=title.ref, sector="GOV")
                self._note_person(elect, self._surnames(elect))
                return elect
        return None

    def _named(
        self,
        match: PhraseMatch,
        title: Entry | None,
        country: str | None = None,
        former: bool = False,
    ) -> Actor | None:
        if title is not None and title.ref in ELECT_ROLES and not former:
            elect = self._elect_named(match, title, country)
            if elect is not None:
                return elect
        person_entries = [e for e in match.entries if e.kind == "person"]
        if (
            person_entries
            and title is None
            and match.first == match.last
            and self._in_longer_name(match)
        ):
            return None  # "Imran Ismail" is not Imran Khan
        if person_entries:
            person = self.kb.persons[person_entries[0].ref]
            if (
                title is not None
                and not former
                and match.first == match.last
                and self.kb.holds_office(title.ref)
                and self.on is not None
                and not self._in_office(person)
            ):
                # one word the KB knows as a whole name ("Modi", "Lula") is a surname: with
                # a title, the person holding an office at the date, else nobody named
                # ("Indian Prime Minister Modi" in 2010)
                held = _state_of_office(person, title.ref)
                return self._new_person([match.first], title, country or held, former)
            if country in self.kb.states and not self._of_state(person, country):
                # "the Jordanian monarch, King Abdullah": that state's namesake in the office
                namesake = self._namesake_in(country, match)
                if namesake is not None:
                    return namesake
            actor = self._titled_person(person.id, title)
            if former and title is not None:
                # the office named, else as the text says ("Former Nigerian military ruler
                # Ibrahim Babangida", whom the tables know as president)
                actor = self._former_term(person_entries[0].ref, title, country) or (
                    actor if (actor.role or "").startswith("former ")
                    else replace(actor, role=f"former {title.ref}", sector="ELI")
                )
            if title is not None and not title.needs_name and actor.role != title.ref:
                # a name the KB gives someone out of that office then, whose holder then is
                # spelt alike: one human the tables may still hold as two
                spelt = self._holder_romanised_otherwise(match.text, title, country, former)
                if spelt is not None:
                    return spelt
            if (
                title is not None
                and country in self.kb.orgs
                and country not in self.kb.states
                and actor.country != country
            ):
                # "OECD Secretary-General Angel Gurria": the organisation's, as the text
                # says, though the KB knows him only as Mexico's minister
                actor = replace(actor, country=country, role=title.ref, sector=title.sector)
            if country in self.kb.states and actor.country not in self.kb.states:
                # "Gabonese Foreign Minister Jean Ping" in 2005, whom the KB knows only as
                # the AU Commission's chair from 2008: Gabon's, as the text says; and
                # "Portuguese Prime Minister Antonio Guterres" in 2019 its former one
                held_here = title is not None and any(
                    t.role == title.ref and t.country == country
                    for t in self.kb.persons[actor.id].tenures
                )
                actor = (
                    replace(actor, country=country, role=f"former {title.ref}", sector="ELI")
                    if held_here and title is not None
                    else replace(actor, country=country)
                )
            # and by the surname of the name as written: "Guillermo Lasso ... Lasso said",
            # whom the tables name "Guillermo Lasso Mendoza"
            written = default_surnames(match.text, actor.country or "")
            self._note_person(actor, [*self._surnames(actor), *written])
            return actor
        return self._surname(match, title, country, former)

    def _former_term(self, person_id: str, title: Entry, country: str | None) -> Actor | None:
        """The person as the former holder of the office the title names ("Former IMF chief
        Christine Lagarde" in 2021: the IMF's former managing director, not the ECB's
        president; "Former Gambian president Yahya Jammeh": not his last post, defence)."""
        roles = self.kb.roles_meant(title.ref, country) if country else (title.ref,)
        ended = [
            t for t in self.kb.persons[person_id].tenures
            if t.role in roles
            and (country is None or t.country == country)
            and t.end is not None
            and (self.on is None or t.end <= self.on)
        ]
        if not ended:
            return None
        term = max(ended, key=lambda t: t.end or date.min)
        return Actor(
            id=person_id,
            name=self.kb.persons[person_id].name,
            country=term.country,
            sector="ELI",
            role=f"former {term.role}",
            kind="person",
        )

    def _titled_person(self, person_id: str, title: Entry | None) -> Actor:
        """A KB person at the date; the text's title wins when it names an office the KB
        tracks but never gave this person ("Defence Minister Taro Kono" past the KB), or
        when the KB has the person in no office at the date ("President-elect Biden" in
        December 2020 was no longer vice-president)."""
        actor = self.kb.person_actor(
            person_id, self.on, title.sector if title else None, title.ref if title else None
        )
        if title is None or title.needs_name or title.ref in GENERIC_ROLES:
            return actor
        held = {t.role for t in self.kb.persons[person_id].tenures}
        out_of_office = actor.role is None or actor.role.startswith("former ")
        if self.kb.holds_office(title.ref):
            if title.ref in held and actor.role is not None:
                return actor
        elif not out_of_office:
            return actor
        return replace(actor, role=title.ref, sector=title.sector)

    def _surname(
        self, match: PhraseMatch, title: Entry | None, country: str | None, former: bool
    ) -> Actor | None:
        remembered = self.context.person_by_surname(match.text)
        if remembered is not None and _title_fits(title, remembered):
            return remembered
        if title is None and self._in_longer_name(match):
            self.context.note_other_bearer(match.text)
            return None  # "Shafqat Ali Khan" is not Imran Khan
        if title is None and self.context.names_other_bearer(match.text):
            return None  # "Owen Dempsey ... Dempsey said": not the general
        ids = [e.ref for e in match.entries if e.kind == "surname"]
        tracked = title is not None and (
            title.ref in self.kb.office_roles or title.ref in GENERIC_ROLES
        )
        role = title.ref if title is not None and tracked else None
        if title is not None and role is not None and not title.needs_name:
            # "Prime Minister Sharif", "Portuguese Prime Minister Guterres": by office and date
            named = list(dict.fromkeys(ids + persons_named(self.kb, match.text)))
            fit = self._named_fit(named, role, country, match.text)
            if country is None and not (
                fit and fit.role_fits and (fit.status == IN_OFFICE or former)
            ):
                # no nationality: a namesake elsewhere counts only in that very office then
                # (or lately, or as its former holder: not Paraguay's President Chavez of
                # 1954 for a text of 2020); one who held it before tells the state
                # ("Prime Minister Trudeau" in 1990: Canada's, nobody the KB names)
                by_name = fit
                fit = holder_named(self.kb, ids, role, None, self.on, near=self._states_in_text)
                if fit is None and by_name is not None and by_name.role_fits:
                    fit = by_name
                if fit is not None and not former and self._long_out_of_office(fit.person_id):
                    fit = None
            if fit is not None:
                spelt = self._holder_spelt_otherwise(fit, match.text, title, country, former)
                if spelt is not None:
                    return spelt
                ended, fit = fit, self._in_office_then(fit, country, former)
                if fit is None:  # nobody of that name in office then: the country, no guess
                    return self._new_person(list(range(match.first, match.last + 1)), title,
                                            country or ended.tenure.country, former)
                actor = fit_actor(self.kb, fit, former, self.on)
                # the name as written too: "President Chavez ... Mr Chavez", whom the KB
                # knows by no bare surname
                self._note_person(actor, [match.text, *self._surnames(actor)])
                return actor
            if country:  # nobody of that name held an office there: named, not guessed
                spelt = self._holder_romanised_otherwise(match.text, title, country, former)
                if spelt is not None:
                    return spelt
                return self._new_person(list(range(match.first, match.last + 1)), title,
                                        country, former)
        if country is not None and title is not None:
            # "British General Carter": a namesake of another state is not meant
            candidates = dict.fromkeys(ids + persons_named(self.kb, match.text))
            ids = [p for p in candidates if self._of_state(self.kb.persons[p], country)]
            if not ids:
                return self._new_person(list(range(match.first, match.last + 1)), title,
                                        country, former)
        if title is not None and title.ref == RANK_ROLE and not former:
            officer = self._officer_named(match.text, country, spelt_otherwise=False)
            if officer is not None:
                return officer
        if (
            title is None
            and self.on is not None
            and not any(self._in_office(self.kb.persons[p]) for p in ids)
        ):
            # a bare surname none of whose bearers the KB indexes is in office then is any
            # office holder of a state the text names who bears it as surname, chosen by
            # the date ("Kenyatta said in Nairobi" in 1975 is Jomo, whom the tables give no
            # bare surname)
            named = persons_named(self.kb, match.text)
            weak = given_name_only(self.kb, match.text, named)
            states = self._states_in_text
            ids = list(dict.fromkeys(ids + [
                p for p in named
                if p not in weak and any(t.country in states for t in self.kb.persons[p].tenures)
            ]))
        sector = title.sector if title and role is None and title.needs_name else None
        person = self.kb.person_for_surname(ids, role, sector, self.on)
        if person is None:
            return None
        if title is not None and country is None and not former and self._long_out_of_office(
            person.id
        ):
            return self._new_person(list(range(match.first, match.last + 1)), title, None, former)
        if title is not None and role is not None and self._not_yet_in_office(person.id):
            # "President Bush" in 1996 is not George W. Bush, in office from 2001; the state
            # is the one whose office he would hold ("Chancellor Merkel" in 2003: Germany's)
            held = _state_of_office(person, role)
            return self._new_person(list(range(match.first, match.last + 1)), title,
                                    country or held, former)
        if title is None and len(set(ids)) > 1 and not self._in_office(person):
            return None  # a shared surname with no one of that name in office: unclear
        if (
            title is not None
            and role is None
            and title.ref.endswith(" minister")
            and self._in_office(person)
        ):
            # "Japanese Health Minister Abe" in 2015 is not the prime minister: a portfolio
            # the KB does not track, held by someone it does not know
            return self._new_person(list(range(match.first, match.last + 1)), title, country,
                                    former)
        actor = self._titled_person(person.id, title)
        if title is None and not self._known_from_afar(actor):
            return None  # "Hong said" in a text on China and Korea: not Vietnam's Hong
        self._note_person(actor, self._surnames(actor))
        return actor

    @staticmethod
    def _of_state(person: Person, country: str) -> bool:
        return person.country == country or any(t.country == country for t in person.tenures)

    def _known_from_afar(self, person: Actor) -> bool:
        """Whether a surname alone may name this KB person: one who was ever a leader,
        vice-president, foreign, defence or finance minister or army chief is named so
        anywhere ("Lavrov said", "Bush urged" before his presidency too), anyone else only
        in a text that has named their state (a central-bank governor, a deputy minister)."""
        tenures = self.kb.persons[person.id].tenures if person.id in self.kb.persons else []
        if self._long_out_of_office(person.id):
            # out of office for a generation: only in a text on his state ("Lynch" in a 2012
            # story on tyre tariffs is no Taoiseach of the 1970s)
            return person.country in self._states_named()
        if any(t.role in ROLE_RANK or t.role in KNOWN_FROM_AFAR for t in tenures):
            return True
        return person.country in self._states_named()

    def _not_yet_in_office(self, person_id: str) -> bool:
        """Whether every term of this KB person begins after the date."""
        on = self.on
        return on is not None and all(
            t.start is not None and t.start > on for t in self.kb.persons[person_id].tenures
        )

    def _long_out_of_office(self, person_id: str) -> bool:
        """Whether every term of this KB person ended a generation (``LONG_PAST``) before
        the date: a surname with a title and no nationality, or none at all, names such a
        person only in a text on his state or as a former holder."""
        person = self.kb.persons.get(person_id)
        on = self.on
        if person is None or on is None or not person.tenures:
            return False
        return all(t.end is not None and t.end < on - LONG_PAST for t in person.tenures)

    def _holder_named(
        self, name_words: list[int], title: Entry, country: str | None, former: bool
    ) -> Actor | None:
        """A KB office holder of ``country`` called what the words after a title say
        ("Ghanaian President Mahama"), chosen by the office and the date; None when
        nobody fits (or the document named this person before). Without a nationality
        ("President Mugabe") only someone in that very office at the date fits; in a text
        that gives no date, anyone who ever held it (the title tells the text's time)."""
        if title.needs_name or not self.kb.holds_office(title.ref):
            return None  # "Chinese spokesman Wang": no office to tell which Wang
        written = self.text[self.words[name_words[0]].start : self.words[name_words[-1]].end]
        if self.context.person_by_surname(written) is not None:
            return None
        role = title.ref
        named = persons_named(self.kb, written)
        fit = self._named_fit(named, role, country, written)
        if fit is not None and len(name_words) == 1:  # a full name says who, in office or not
            fit = self._in_office_then(fit, country, former)
        in_office = fit is not None and fit.role_fits and (fit.status == IN_OFFICE or self.on is None)
        if fit is None or (country is None and not in_office and not former):
            return None
        if is_dynasty_name(self.kb, named, written) and not (
            fit.role_fits and (former or fit.status != ENDED)
        ):
            return None  # "Foreign Minister Al Khalifa" when the KB knows no holder then
        spelt = self._holder_spelt_otherwise(fit, written, title, country, former)
        if spelt is not None:
            return spelt
        actor = fit_actor(self.kb, fit, former, self.on)
        self._note_person(actor, [written, *self._surnames(actor)])
        return actor

    def _in_office_then(self, fit: Fit, country: str | None, former: bool) -> Fit | None:
        """``fit`` if its person is in that office at the date (or the text says "former",
        or gives no date); else that person's term of another office of that state then
        ("President Putin" in 2010 was the prime minister); else None: a title and a
        surname pick the person holding an office at the date, and "Ghanaian President
        Mahama" in 2020 is nobody the KB can name (at an event's earlier date, the role's
        holder then)."""
        if former or self.on is None or fit.status != ENDED:
            return fit
        current = best_fit(self.kb, [fit.person_id], None, country or fit.tenure.country, self.on)
        return current if current is not None and current.status == IN_OFFICE else None

    def _named_fit(
        self, named: list[str], role: str, country: str | None, written: str
    ) -> Fit | None:
        """``holder_named``; a generic title ("North Korean leader Kim") is the first of the
        offices it means there that one of these people held at the date (Kim Jong Il in
        2005, Kim Jong Un in 2015)."""
        given_only = given_name_only(self.kb, written, named)
        if role in GENERIC_ROLES and country:
            for office in self.kb.roles_meant(role, country):
                fit = best_fit(self.kb, named, office, country, self.on, given_only)
                if fit is not None and fit.role_fits and fit.status != ENDED:
                    return fit
        near = self._states_in_text if country is None else ()
        return holder_named(self.kb, named, role, country, self.on, given_only, near)

    def _in_longer_name(self, match: PhraseMatch) -> bool:
        """Whether unknown capitalised words around a one-word name make it part of
        another person's name."""
        return self._after_unknown_name(match) or self._name_goes_on(match)

    def _in_persons_name(self, match: PhraseMatch) -> bool:
        """A state's name that is also a person's (``PERSONS_NAME_STATES``) written as part
        of a person's name: after an unknown capitalised word that does not open the sentence
        ("Michael Jordan said", "Tracey Robert Mann's campaign"), or before one that ends a
        two-word name ("Chad Thomas has filled in"; not "India Meteorological Department").
        Not in a headline written in title case, where every word is capitalised."""
        if match.text not in PERSONS_NAME_STATES or self._title_cased(match):
            return False
        if self._ends_a_longer_name(match):
            return True
        after = match.last + 2
        return (
            self._name_goes_on(match)
            and "\n" not in self.text[match.end : self.words[match.last + 1].start]
            and (after >= len(self.words) or not self.words[after].text[:1].isupper())
        )

    def _title_cased(self, match: PhraseMatch) -> bool:
        """Whether the sentence of the phrase capitalises all its longer words ("Beijing
        Denies Manila's Claim"), as a headline does."""
        position = bisect.bisect_right(self.sentence_starts, match.start) - 1
        if position < 0:
            return False
        if position not in self.title_cased:  # once per sentence, not per phrase
            line = self.text[self.sentence_starts[position] : self.sentence_ends[position]]
            longer = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
            self.title_cased[position] = len(longer) >= 3 and all(w[:1].isupper() for w in longer)
        return self.title_cased[position]

    def _ends_a_longer_name(self, match: PhraseMatch) -> bool:
        """An unknown capitalised word just before the phrase, unless that word opens the
        sentence, where it may be no name ("Yesterday Moscow rejected ...")."""
        return self._after_unknown_name(match) and not self._opens_sentence(
            self.words[match.first - 1].start
        )

    def _after_unknown_name(self, match: PhraseMatch) -> bool:
        i = match.first - 1
        if i < 0 or self._in_match(i) or self.text[self.words[i].end : match.start].strip():
            return False
        word = self.words[i].text
        return word[:1].isupper() and word.isalpha() and word not in NOT_NAMES

    def _in_office(self, person: Person) -> bool:
        if self.on is None:
            return any(t.end is None for t in person.tenures)
        return any(t.covers(self.on) for t in person.tenures)

    def _holder_spelt_otherwise(
        self, fit: Fit, written: str, title: Entry, country: str | None, former: bool
    ) -> Actor | None:
        """The holder of the office named at the date, spelt otherwise, rather than a
        person of that very spelling who is not in it then (one human the tables may hold
        as two, under two spellings: Lebanon's army chief Lahoud of 1989-1998 and president
        Lahud were, until the tables were merged)."""
        if fit.role_fits and fit.status == IN_OFFICE:
            return None
        # of the fit's state when the text names none ("President Kenyatta" in 1995 is no
        # Guinean "Conte")
        spelt = self._holder_romanised_otherwise(
            written, title, country or fit.tenure.country, former
        )
        return spelt if spelt is not None and spelt.id != fit.person_id else None

    def _state_s_namesake(self, state: PhraseMatch, name: PhraseMatch) -> Actor | None:
        """ "Jordan's King Abdullah" or "King Abdullah of Jordan", whom the KB names as
        Saudi Arabia's king: the person of that office and name in the state written, when
        there is one."""
        country = self._country_of(state)
        return self._namesake_in(country, name) if country in self.kb.states else None

    def _namesake_in(self, country: str, name: PhraseMatch) -> Actor | None:
        """The holder in ``country`` of the office the KB person of ``name`` holds elsewhere
        and of that name. The office is the title the name is written with, else the KB
        person's (in 2003 the Saudi "King Abdullah" was crown prince)."""
        people = [e.ref for e in name.entries if e.kind == "person"]
        if not people:
            return None
        actor = self._titled_person(people[0], None)
        written_title = self._titles_at(phrase_key(name.text).split(" ", 1)[0])
        office = written_title[0].ref if written_title else (actor.role or "").removeprefix(
            "former ")
        if not office or actor.country == country or actor.country not in self.kb.states:
            return None
        return self._holder_bearing(name.text, office, country)

    def _titled_namesake_in_text(self, name: PhraseMatch) -> Actor | None:
        """ "King Abdullah met Sharon in Aqaba": a name the KB knows with its title ("King
        Abdullah", Saudi Arabia's) in a text naming other states and not the person's is
        the namesake holding that office in one of them (Jordan's King Abdullah II)."""
        people = [e.ref for e in name.entries if e.kind == "person"]
        if not people or not self._titles_at(phrase_key(name.text).split(" ", 1)[0]):
            return None
        if self.kb.persons[people[0]].country in self.text_states:
            return None
        for country in sorted(self.text_states):
            state = self.kb.state(country)
            if state is not None and state.id == country:
                found = self._namesake_in(country, name)
                if found is not None:
                    return found
        return None

    def _holder_bearing(self, written: str, role: str, country: str) -> Actor | None:
        """The holder of ``role`` in ``country`` at the date whose name has the last word
        written ("King Abdullah II" for "Jordan's King Abdullah")."""
        last = phrase_key(written).rsplit(" ", 1)[-1]
        for office in self.kb.roles_meant(role, country):
            for person in self.kb.holders(office, country, self.on):
                if last in phrase_key(person.name).split():
                    actor = self.kb.person_actor(person.id, self.on, role=office)
                    self._note_person(actor, [written, *self._surnames(actor)])
                    return actor
        return None

    def _holder_romanised_otherwise(
        self, written: str, title: Entry, country: str | None, former: bool
    ) -> Actor | None:
        """ "Libyan Prime Minister Fayez al-Sarraj", whom the KB does not know by that name:
        the one holder of the office there at the date whose surname the text spells in
        another romanisation (the Factbook's "Fayiz al-Saraj"); without a nationality, the
        one holder of that office anywhere at the date whom a surname alone names
        ("President Anastasiades"; "President Ali Bashir" is not Umar al-Bashir)."""
        if former or not self.kb.holds_office(title.ref):
            return None
        if country is None and (
            self.on is None or title.ref in GENERIC_ROLES or len(written.split()) > 1
        ):
            return None
        alike = self.kb.spelt_alike(written)
        for office in self.kb.roles_meant(title.ref, country) if country else (title.ref,):
            # the first names compared only for the few in office (a regex each)
            spelt = [
                person
                for person in self.kb.holding((office,), country, self.on, alike)
                if first_name_agrees(written, person.name)
            ]
            if len(spelt) == 1:
                actor = self._titled_person(spelt[0].id, title)
                self._note_person(actor, [written, *self._surnames(actor)])
                return actor
        return None

    def _officer_named(
        self, written: str, country: str | None, spelt_otherwise: bool = True
    ) -> Actor | None:
        """ "General Buratai", "Colonel Goita": the one officer of that name in an office
        soldiers hold at the date, in the state written or, with none, anywhere; else (when
        ``spelt_otherwise``) the one such holder whose name the text romanises otherwise
        ("General Tchiani"). A rank alone names no office, so nobody else fits."""
        if self.on is None:
            return None
        named = persons_named(self.kb, written)
        officers = self.kb.holding(OFFICER_OFFICES, country, self.on, named)
        if not officers and spelt_otherwise:
            alike = self.kb.spelt_alike(written)
            officers = self.kb.holding(OFFICER_OFFICES, country, self.on, alike)
        if len(officers) != 1:
            return None
        actor = self.kb.person_actor(officers[0].id, self.on)
        self._note_person(actor, [written, *self._surnames(actor)])
        return actor

    def _new_person(
        self,
        name_words: list[int],
        title: Entry,
        country: str | None,
        former: bool,
        sector: str | None = None,
    ) -> Actor:
        """Someone the KB does not know, described by the text: "Russian Ambassador X"."""
        name = self.text[self.words[name_words[0]].start : self.words[name_words[-1]].end]
        remembered = self.context.person_by_surname(name)
        if remembered is not None:
            return remembered
        role, sector = title.ref, sector or title.sector
        if former and sector in ("GOV", "MIL", "DIP"):
            role, sector = f"former {role}", "ELI"
        actor = Actor(
            id=f"person:{slug(name)}",
            name=name,
            country=country,
            sector=sector,
            role=role,
            kind="person",
        )
        self._note_person(actor, [name, *default_surnames(name, country or "")])
        return actor

    def _role_holder(
        self, title: Entry, country: str | None, sector: str | None, at: int
    ) -> Actor | None:
        """A title without a name: that day's holder, a generic role, or the person meant."""
        role = title.ref
        if role == "counterpart":
            previous = self.context.last_person()
            if previous is None or not previous.role or not country:
                return self.kb.part(country, "GOV") if country else None
            role = previous.role.removeprefix("former ")
        if country is None:
            return self._unnamed_in_role(role, at)
        holder = self.kb.holder(role, country, self.on)
        if holder is not None:
            self._note_person(holder, self._surnames(holder))
            return holder
        sector = sector or title.sector
        whole = self.kb.part(country, sector)
        if whole is None:
            return None
        return Actor(
            id=whole.id,
            name=f"{whole.name.split(' (')[0]} {role}",
            country=whole.country,
            sector=sector,
            role=role,
            kind="person",
        )

    def _unnamed_in_role(self, role: str, at: int) -> Actor | None:
        """ "the premier" with no country: the person named in that role before, else the
        holder in the state the document names most so far (a Pakistani paper's "the prime
        minister"); in a text that has named no state yet, the one of the place it has
        named ("In Nairobi, the finance minister said"), else the one state the rest of the
        sentence names ("The foreign minister said Nigeria would not send troops"); else
        nobody."""
        remembered = self.context.person_in_role(role)
        main = self.context.main_state() or self._state_placed_before_or_after(at)
        if remembered is not None or main is None or not self.kb.holds_office(role):
            return remembered
        holder = self.kb.holder(role, main, self.on)
        if holder is not None:
            self._note_person(holder, self._surnames(holder))
        return holder

    def _state_placed_before_or_after(self, at: int) -> str | None:
        """The state of the last place the text named before offset ``at``, else the one
        state the rest of that sentence names (a state, its capital or a part of it)."""
        if self.context.places:
            return self.context.places[-1][1]
        i = bisect.bisect_right(self.sentence_starts, at) - 1
        end = self.sentence_ends[i] if i >= 0 else len(self.text)
        named = {
            self._country_of(m)
            for m in self.matches[bisect.bisect_left(self.match_starts, at):]
            if m.start < end and _kind(m, "state", "part")
        }
        named.discard(None)
        return named.pop() if len(named) == 1 else None

    def _former_holder(self, title: Entry, country: str | None) -> Actor | None:
        """ "the former prime minister": the one the document named, else the last holder."""
        remembered = self.context.person_in_role(title.ref)
        if remembered is not None and (remembered.role or "").startswith("former"):
            return remembered
        if country is None:
            return None
        # undated: before today's holder, as an undated role is today's holder
        previous = self.kb.previous_holder(title.ref, country, self.on or date.today())
        if previous is None:
            return None
        actor = self.kb.person_actor(previous.id, self.on)  # the office the text names
        return replace(actor, role=f"former {title.ref}", sector="ELI")

    def _state_placed_after(self, title: PhraseMatch) -> str | None:
        """ "The former prime minister was arrested in Lahore": a holder the text names by
        title alone is of the state its clause places him in (a town after "in", "near"...,
        or a capital), unless the clause takes him there ("arrived in Moscow", "flew to
        Beijing": a visitor's destination is not his state)."""
        sentence = bisect.bisect_right(self.sentence_starts, title.start)
        ends = self.sentence_starts[sentence] if sentence < len(self.sentence_starts) else None
        for i in range(title.last + 1, len(self.words) - 1):
            word = self.words[i].text.lower()
            past_clause = ends is not None and self.words[i].start >= ends
            if past_clause or word in CLAUSE_ENDS or word in JOURNEY_WORDS:
                return None
            if word not in TOWN_LOCATIVE or not self.words[i + 1].text[:1].isupper():
                continue
            known = self.match_at_word.get(i + 1)
            if known is not None:
                return self._country_of(known) if _kind(known, "state", "part") else None
            last = i + 1
            while last - i < PLACE_NAME_WORDS and self.words[last + 1 : last + 2] and (
                self.words[last + 1].text[:1].isupper()
            ):
                last += 1
            written = self.text[self.words[i + 1].start : self.words[last].end]
            place = town_meant(written, self._states_named(), self.kb)
            return place.country if place is not None else None
        return None

    def _institution(self, nationality: PhraseMatch | None, k: int) -> int:
        """``nationality institution`` or ``institution of nationality`` -> a state's sector."""
        head = self.matches[k]
        sector = next(e.sector for e in head.entries if e.kind == "institution")
        first, last = head if nationality is None else nationality, head
        if nationality is None:
            after = self.matches[k + 1] if k + 1 < len(self.matches) else None
            if (
                after is None
                or not _kind(after, *NATIONALITY_KINDS)
                or not re.fullmatch(r"\s+of\s+(the\s+)?", self.text[head.end : after.start])
            ):
                self._home_institution(head, sector)
                return k + 1
            first, last, nationality, k = head, after, after, k + 1
        country = self._country_of(nationality)
        actor = self.kb.part(country, sector) if country else None
        if actor is None:
            return k + 1
        self._add(Mention(self.text[first.start : last.end], first.start, last.end, actor))
        return k + 1

    def _home_institution(self, match: PhraseMatch, sector: str | None) -> None:
        """ "In London the Foreign Office said", "a Foreign Ministry spokeswoman": a ministry
        named as a proper name without its state is the one of the capital just before it,
        else of the state the story was filed from."""
        words = match.text.split()
        proper = all(w[:1].isupper() for w in words) and (
            len(words) > 1 or not self._starts_sentence(match)
        )
        country = self._capital_just_before(match) or self.dateline
        actor = self.kb.part(country, sector) if country and proper else None
        if actor is not None:
            self._add(Mention(match.text, match.start, match.end, actor))

    def _capital_just_before(self, match: PhraseMatch) -> str | None:
        """The state of "In London" in "In London the Foreign Office"."""
        previous = self.mentions[-1] if self.mentions else None
        if previous is None or not previous.is_place or previous.actor is None:
            return None
        if not re.fullmatch(r"\s*,?\s*(the\s+)?", self.text[previous.end : match.start]):
            return None
        return previous.actor.country

    def _names_its_ministry(self, title: PhraseMatch) -> bool:
        """ "Foreign Ministry spokesman": a capitalised institution, then the title proper."""
        words = title.text.split()[:-1]
        entries = self.kb.phrases.get(phrase_key(" ".join(words)), [])
        return bool(words) and all(w[:1].isupper() for w in words) and any(
            e.kind == "institution" for e in entries
        )

    def _starts_sentence(self, match: PhraseMatch) -> bool:
        return self._opens_sentence(match.start)

    def _opens_sentence(self, offset: int) -> bool:
        position = bisect.bisect_right(self.sentence_starts, offset) - 1
        start = self.sentence_starts[position] if position >= 0 else 0
        return not self.text[start:offset].strip(" \t\n\"“‘'")

    def _plain(self, match: PhraseMatch, at: int | None = None) -> None:
        """A phrase on its own (match ``at``): a state, a part of one, an organisation or
        a person."""
        entry = _best_entry(match)
        if entry is None:
            return
        if entry.kind in ("person", "surname"):
            town = self._town_written(match)
            if town is not None:
                self._add(Mention(match.text, match.start, match.end, town, is_place=True))
                return
            state = self._state_of_after(match, at)
            actor = (
                (state and self._state_s_namesake(state, match))
                or self._titled_namesake_in_text(match)
                or self._named(match, None)
            )
            if actor is not None:
                self._add(Mention(match.text, match.start, match.end, actor))
            return
        actor = self.kb.entry_actor(entry, self.on)
        if actor is None or (entry.place and self._names_a_text(match)):
            return
        actor = self._namesake_town(match, entry, actor) or actor
        # A state may be part of a wire dateline too: the "Vietnam" of "HANOI, Vietnam (AP) —".
        # Such a dateline tells where the story was filed and is no word of its first sentence,
        # whose parse would otherwise take it for the subject.
        in_wire_dateline = self._in_wire_dateline(match)
        dateline = in_wire_dateline or (entry.place and self._opens_a_line(match))
        if dateline and self.dateline is None:
            self.dateline = actor.country
        if in_wire_dateline:
            return
        # in a headline written in title case every word is capitalised: no longer name is told
        capital = entry.kind == "part" and entry.place and not dateline and not self._title_cased(match)
        if capital and self._ends_a_longer_name(match):
            return  # a club's or a firm's name ("has coached Real Madrid")
        if not dateline and self._in_persons_name(match):
            return
        if entry.place and (self._after_locative(match) or dateline):
            self._add(
                Mention(
                    match.text,
                    match.start,
                    match.end,
                    (self.kb.state(actor.country) if actor.country else None) or actor,
                    is_place=True,
                )
            )
            return
        self._add(Mention(match.text, match.start, match.end, actor))

    def _state_of_after(self, match: PhraseMatch, at: int | None) -> PhraseMatch | None:
        """The state of "King Abdullah of Jordan" (``match`` is match ``at``)."""
        if at is None or not self._joined(match, at + 1, r"\s+of\s+(the\s+)?"):
            return None
        return self.matches[at + 1]

    def _namesake_town(self, match: PhraseMatch, entry: Entry, actor: Actor) -> Actor | None:
        """The state of a town that bears a capital's name, in a text that names that state
        and never the capital's own: "militias in Tripoli ... the north Lebanese port" is
        Lebanon's Tripoli. Not a town the capital dwarfs ("Washington" in a text on Britain
        is still the American capital: ``gazetteer.place_meant``)."""
        if entry.kind != "part" or not entry.place or actor.country in self.text_states:
            return None
        town = town_meant(match.text, self.text_states, self.kb)
        if town is None or town.country == actor.country or town.country not in self.text_states:
            return None
        return self.kb.state(town.country)

    def _town_written(self, match: PhraseMatch) -> Actor | None:
        """The state of the town a one-word surname names where the text writes a place:
        after "in" or "near", after "the city of", before "province", or before a comma
        and a state ("Trujillo, Peru"). It is the town even when the document named the
        person before; "Trujillo said", "Minister Trujillo" and "Trujillo's" stay people."""
        if match.first != match.last or POSSESSIVE_GAP.match(self.text, match.end):
            return None
        named = self._states_named()
        if self.dateline is not None:
            named.add(self.dateline)
        state_after = self._state_after_comma(match)
        if state_after is not None:
            named.add(state_after)
        elif not self._town_word_around(match):
            return None
        place = town_meant(match.text, named, self.kb)
        if place is None or (state_after is not None and place.country != state_after):
            return None
        return self.kb.state(place.country)

    @cached_property
    def _states_in_text(self) -> set[str]:
        """The states the whole text names, by name, demonym, capital or a part of them."""
        return {
            country for m in self.matches
            if _kind(m, "state", "part") and (country := self._country_of(m)) is not None
        }

    def _states_named(self) -> set[str]:
        """The states the text has named so far, as actors or as places."""
        return set(self.context.state_counts) | {code for _, code in self.context.places}

    def _town_word_around(self, match: PhraseMatch) -> bool:
        before = [w.text.lower() for w in self.words[max(0, match.first - 2) : match.first]]
        after = self.words[match.last + 1].text.lower() if match.last + 1 < len(self.words) else ""
        if after in TOWN_NOUNS:
            return True
        if not before or after in PERSON_NOUNS:
            return False
        if before[-1] in TOWN_LOCATIVE:
            return before[:-1] == [] or before[0] not in TRUST_NOUNS
        return before[-1] == "of" and before[0] in TOWN_NOUNS

    def _state_after_comma(self, match: PhraseMatch) -> str | None:
        """The state after "Trujillo, ": by its name ("Trujillo, Peru hosted"), or by any
        of its phrases when the clause ends there; "faith in Rubio, Venezuelan officials
        said" is a person and a nationality."""
        following = self.match_at_word.get(match.last + 2)
        if following is None or self.text[match.end : following.start].strip() != ",":
            return None
        state = next((e.ref for e in following.entries if e.kind == "state"), None)
        actor = self.kb.state(state) if state is not None else None
        if actor is None:
            return None
        closes = re.match(r"\s*(?:[^\w\s]|$)", self.text[following.end : following.end + 3])
        if phrase_key(following.text) != phrase_key(actor.name) and closes is None:
            return None
        return actor.country

    def _half(self, match: PhraseMatch) -> None:
        """ "The North accused the South": in a text naming a half of a divided state (North
        or South Korea, Sudan or South Sudan), the half the word points to."""
        side = 0 if match.entries[0].ref == "north" else 1
        for code, _ in self.context.state_counts.most_common():
            halves = self.kb.halves.get(code)
            actor = self.kb.state(halves[side]) if halves else None
            if actor is not None:
                self._add(Mention(match.text, match.start, match.end, actor))
                return

    def _group(self, match: PhraseMatch) -> None:
        entry = next(e for e in match.entries if e.kind == "group")
        if entry.ref == "persons":
            members = tuple(self.context.recent_persons(entry.size))
        elif entry.ref != "states":  # a pair by its own name: "the two Koreas"
            members = tuple(a for a in (self.kb.part(c, entry.sector) for c in entry.ref.split()) if a)
        else:
            since = self._sentence_start_before(match.start, back=1)
            codes = self.context.recent_states(since, entry.size)
            members = tuple(a for a in (self.kb.part(c, entry.sector) for c in codes) if a)
        if members:
            self.mentions.append(Mention(match.text, match.start, match.end, None, group=members))

    # --- bookkeeping ----------------------------------------------------------------

    def _add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        actor = mention.actor
        if actor is not None and actor.country in self.kb.states:
            self.context.note_state(mention.start, self.kb.states[actor.country].country,
                                    place=mention.is_place)

    def _note_person(self, actor: Actor, names: list[str]) -> None:
        """Remember a person the text named (or a role's holder) for the short forms that
        follow: in the context, and by a one-word surname for ``_add_surname_mentions``."""
        self.context.note_person(actor, names)
        for name in names:
            key = phrase_key(name)
            if key and " " not in key and len(key) > 2 and key not in NOT_SURNAMES:
                # as written and as folded ("Erdogan" for "Erdoğan"), capitalised
                self.new_surnames[name] = self.new_surnames[key.capitalize()] = actor

    def _name_appositions(self) -> None:
        """ "Sharif, Pakistan's army chief, said": a surname followed by a title in apposition
        is that title's holder when the holder bears it (Raheel Sharif in 2015, not the prime
        minister Nawaz)."""
        for i in range(len(self.mentions) - 1):
            name, title = self.mentions[i], self.mentions[i + 1]
            holder = title.actor
            if (
                holder is None
                or name.actor is None
                or holder.id == name.actor.id
                or holder.id not in self.kb.persons
                or " " in name.text.strip()
                or APPOSITION_GAP.fullmatch(self.text[name.end : title.start]) is None
                or not _among_words(phrase_key(name.text), phrase_key(holder.name))
            ):
                continue
            self.mentions[i] = replace(name, actor=holder)

    def _add_surname_mentions(self) -> None:
        """Later mentions of people by surname alone that the KB holds no phrase for: people
        it does not know ("Sehgal said"), and known ones whose surname alone is ambiguous
        in general but not once the text has named them ("Timerman warned")."""
        if not self.new_surnames:
            return
        taken = sorted((m.start, m.end) for m in self.mentions)
        starts = [start for start, _ in taken]
        # one scan of the text for the surnames (a loop over every word costs more)
        names = sorted(self.new_surnames, key=len, reverse=True)
        pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")
        for found in pattern.finditer(self.text):
            start, end = found.span()
            i = bisect.bisect_right(starts, start) - 1
            if i >= 0 and start < taken[i][1]:
                continue  # inside a mention already read ("Hector Timerman")
            self.mentions.append(Mention(found.group(), start, end, self.new_surnames[found.group()]))

    def _add_short_body_mentions(self) -> None:
        """A body named in full and then by its head word alone: "the Security Council ...
        In his address to the Council", "the General Assembly ... told the Assembly". The
        short form is the last body the text named with that head word; not before it, and
        not a body of something else ("the Council of Ministers")."""
        bodies = [m for m in self.mentions if m.actor is not None and m.text.split()[-1:]
                  and m.text.split()[-1] in SHORT_BODY_WORDS]
        if not bodies:
            return
        taken = sorted((m.start, m.end) for m in self.mentions)
        starts = [start for start, _ in taken]
        for found in SHORT_BODY.finditer(self.text):
            start, end = found.span(1)
            i = bisect.bisect_right(starts, start) - 1
            if i >= 0 and start < taken[i][1]:
                continue  # inside a mention already read
            named = [m for m in bodies if m.end <= start and m.text.split()[-1] == found.group(1)]
            if named:
                self.mentions.append(Mention(found.group(1), start, end, named[-1].actor))

    def _surnames(self, actor: Actor) -> list[str]:
        return [actor.name, *default_surnames(actor.name, actor.country or "")]

    def _country_of(self, match: PhraseMatch | None) -> str | None:
        if match is None:
            return None
        entry = _best_entry(match)
        if entry is None:
            return None
        if entry.kind == "org":
            org = self.kb.org(entry.ref, self.on)
            return org.id if org and org.id == org.country else (org.country if org else None)
        if entry.kind == "state":
            state = self.kb.state(entry.ref)  # a former state's offices are its successor's
            return state.country if state else entry.ref
        return entry.ref if entry.kind == "part" else None

    def _sector_of(self, match: PhraseMatch | None) -> str | None:
        """The sector a nationality word carries: "ISI" (intelligence), "Pentagon"
        (military), a group's or company's own; None for a state as a whole."""
        entry = _best_entry(match) if match is not None else None
        if entry is None:
            return None
        if entry.kind == "part":
            return entry.sector
        org = self._member_org(match)
        return org.sector if org else None

    def _state_holding(
        self, nationality: PhraseMatch, written: str, country: str | None
    ) -> str | None:
        """Of the states a nationality names ("Congolese": DR Congo and Congo; "Dominican":
        the Dominican Republic and Dominica), the one where someone called ``written`` held
        office; else ``country``, the first."""
        states = [e.ref for e in nationality.entries if e.kind == "state"]
        if len(states) < 2:
            return country
        held = {
            tenure.country
            for person_id in persons_named(self.kb, written)
            for tenure in self.kb.persons[person_id].tenures
        }
        for ref in states:
            state = self.kb.state(ref)
            if (state.country if state else ref) in held:
                return state.country if state else ref
        return country

    @staticmethod
    def _seat_office(nationality: PhraseMatch | None, title: Entry) -> Entry:
        """The title a seat's head bears: the office held there ("Pentagon chief": the US
        defence minister; "Kremlin chief": Russia's president; "Central Bank of Nigeria
        governor": Nigeria's central-bank governor)."""
        entry = _best_entry(nationality) if nationality is not None else None
        if entry is None or entry.office is None or title.ref not in SEAT_HEADS:
            return title
        return replace(title, ref=entry.office)

    def _is_member_org(self, match: PhraseMatch) -> bool:
        """An organisation of one state (a company, an armed group): "JeM leaders" are
        the group's, not the state's government."""
        return self._member_org(match) is not None

    def _member_org(self, match: PhraseMatch | None) -> Actor | None:
        entry = _best_entry(match) if match is not None else None
        if entry is None or entry.kind != "org":
            return None
        org = self.kb.org(entry.ref, self.on)
        return org if org is not None and org.country != org.id else None

    def _adjacent(self, left: PhraseMatch, right: PhraseMatch) -> bool:
        gap = self.text[left.end : right.start]
        return gap.strip() == "" and "\n" not in gap

    def _opens_a_line(self, match: PhraseMatch) -> bool:
        """ "ISLAMABAD:" or "Moscow —" opening a line: where the story was filed (a wire
        dateline, "HANOI, Vietnam (AP) —", is ``_in_wire_dateline``)."""
        line_start = self.text.rfind("\n", 0, match.start) + 1
        if self.text[line_start : match.start].strip():
            return False
        return re.match(r"\s*(:|[—–]|-\s)", self.text[match.end : match.end + 3]) is not None

    def _in_wire_dateline(self, match: PhraseMatch) -> bool:
        """Inside the "PLACE, Region (AGENCY) —" that opens a line of wire copy."""
        line_start = self.text.rfind("\n", 0, match.start) + 1
        if line_start not in self.dateline_ends:  # once per line, not per phrase
            wire_dateline = CAPITALS_DATELINE.match(self.text[line_start : line_start + 120])
            self.dateline_ends[line_start] = (
                line_start + wire_dateline.end() if wire_dateline is not None else -1
            )
        return match.end <= self.dateline_ends[line_start]

    def _names_a_text(self, match: PhraseMatch) -> bool:
        """ "the Algiers Agreement", "the Oslo peace accords": the city names a text."""
        following = [w.text.lower() for w in self.words[match.last + 1 : match.last + 3]]
        if following[:1] == ["peace"]:
            following = following[1:]
        return bool(following) and following[0] in TEXT_NOUNS

    def _after_locative(self, match: PhraseMatch) -> bool:
        before = self.words[match.first - 1].text.lower() if match.first > 0 else ""
        if before == "the" and match.first > 1:
            before = self.words[match.first - 2].text.lower()
        return before in LOCATIVE

    def _sentence_start_before(self, offset: int, back: int) -> int:
        position = bisect.bisect_right(self.sentence_starts, offset) - 1 - back
        return self.sentence_starts[max(position, 0)] if self.sentence_starts else 0


def _state_of_office(person: Person, role: str) -> str | None:
    """The state where the person held (or will hold) ``role``: "Chancellor Merkel" is
    Germany's before her term too."""
    return next((t.country for t in person.tenures if t.role == role), None)


def _among_words(key: str, name_key: str) -> bool:
    """Whether the words of ``key`` are words of ``name_key`` in a row ("akufo - addo" of
    "nana akufo - addo")."""
    return f" {key} " in f" {name_key} "


def _kind(match: PhraseMatch, *kinds: str) -> bool:
    return not match.kinds.isdisjoint(kinds)


def _best_entry(match: PhraseMatch) -> Entry | None:
    for kind in ("person", "org", "state", "part", "surname"):
        for entry in match.entries:
            if entry.kind == kind:
                return entry
    return None


def _title_fits(title: Entry | None, person: Actor) -> bool:
    """Whether "PM Khan" can be the Khan remembered: no title, or his role or sector."""
    if title is None or not person.role:
        return True
    return title.ref in person.role or (title.needs_name and title.sector == person.sector)


def _main_title(titles: list[PhraseMatch], country: str | None) -> Entry:
    """The title that tells the role: the first that is not a bare rank ("Army Chief
    General X" is the army chief), in its meaning for ``country`` when it has one.

    A title whose meanings all belong to other states is only its own words there: "the
    Russian Secretary of State" is not Russia's foreign minister, nor "the Indian home
    secretary" (a civil servant) its interior minister."""
    entries = [e for t in titles for e in t.entries if e.kind == "title"]
    for entry in entries:
        if not entry.needs_name and country and entry.country == country:
            return entry
    for entry in entries:
        if not entry.needs_name and (entry.country is None or entry.country == country):
            return entry
    for entry in entries:
        if not entry.needs_name:
            if country is None:
                return entry
            return replace(entry, ref=entry.surface.lower(), country=None)
    return entries[0]


def _local_titles(titles: list[PhraseMatch]) -> list[Entry]:
    """The meanings the titles have in one state only ("Chancellor" in Britain)."""
    return [
        e for t in titles for e in t.entries if e.kind == "title" and e.country and not e.needs_name
    ]


# The most words of an office a nationality splits from its head word: "the governor of
# Kenya's central bank" (two), "the chairman of Bosnia's tripartite presidency" (no title).
SPLIT_OFFICE_WORDS = 3

# Words that may stand between a nationality and a title: "Iran's top security official".
TITLE_MODIFIERS = (
    "top|senior|new|former|outgoing|incoming|acting|then|veteran|leading|caretaker|interim|"
    "security|military|defence|defense|foreign|trade|finance|economic"
)
MODIFIER_GAP = re.compile(rf"[ \t]*(['’]s?[ \t]+)?(({TITLE_MODIFIERS})[ \t]+){{0,2}}")


def _is_modifier_gap(gap: str) -> bool:
    """Between a nationality and a title: a space or a possessive ("Pakistan's PM"), and at
    most two modifiers ("Iran's top security official", "Pakistan's former ambassador")."""
    return MODIFIER_GAP.fullmatch(gap) is not None
