"""Find knowledge-base phrases in text: one regex pass for words, then dictionary look-ups.

A phrase is compared by its words as ``words.phrase_key`` folds them, so "U.S." and
"Pakistan-Russia" match whatever the spacing. Capitalised words of a KB phrase must be capitalised in the text
("Turkey" the country, not "turkey"), and an all-capitals KB word must be written so
("US", not "us"). A text that names no state with a capital is written in lower case
throughout: there a state's one-word name or demonym that is no English word is the state
in lower case too ("the pakistani army"); elsewhere a lower-case "tunisian" is no name. The longest phrase starting at a word wins. Measured on the seed
articles this costs ~1 ms per article, against ~100 ms for spaCy's parse.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from bilateral.actors.kb import Entry, KnowledgeBase
from bilateral.actors.words import APOSTROPHES, HONORIFICS, WORD, Word, folded_words, words_of


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    """A KB phrase found at ``text[start:end]``; ``first``/``last`` index its words;
    ``kinds``: the kinds of its entries (asked of every match, several times)."""

    start: int
    end: int
    text: str
    entries: tuple[Entry, ...]
    first: int
    last: int
    kinds: frozenset[str]


@lru_cache(maxsize=8192)  # the same names recur in every text
def case_agrees(surface: str, written: str) -> bool:
    """Whether ``written`` honours the capitals of the KB's ``surface`` form."""
    kb_words = _surface_words(surface)
    text_words = WORD.findall(written.translate(APOSTROPHES))
    if len(kb_words) != len(text_words):
        return False
    for kb_word, word in zip(kb_words, text_words):
        if not kb_word[:1].isupper():
            continue
        if not word[:1].isupper():
            return False
        if len(kb_word) > 1 and kb_word.isupper() and not word.isupper():
            return False
        if not kb_word.isupper() and any(ch.isupper() for ch in kb_word[1:]) and word != kb_word:
            return False  # mixed case ("LeT", "JeM") is written exactly so
    return True


# fmt: off
# Names and demonyms of states that are also English words or names written in lower case
# ("turkey", "polish", "french fries", "china" plates): only capitalised are they the state.
LOWER_CASE_WORDS = frozenset([
    "turkey", "chad", "jordan", "guinea", "china", "panama", "jersey", "bermuda", "mann",
    "monaco", "sino", "indo", "russo", "pak", "viti", "timor", "soviet", "soviets", "polish",
    "french", "dutch", "danish", "swiss", "english", "greek", "turkish", "spanish", "swedish",
    "finnish", "irish", "british", "turks", "czech", "thai", "nippon",
])
# fmt: on


def _lower_case_state(entry: Entry, written: str) -> bool:
    """A state's one-word name or demonym written in lower case ("the pakistani army",
    "emirati officials"), unless that word is also an English word."""
    return (
        entry.kind == "state"
        and written.islower()
        and written.isalpha()
        and len(written) > 3
        and written not in LOWER_CASE_WORDS
    )


@lru_cache(maxsize=20_000)
def _surface_words(surface: str) -> tuple[str, ...]:
    """The words of a KB form (a few thousand forms, compared again for every match)."""
    return tuple(WORD.findall(surface.translate(APOSTROPHES)))


def find_phrases(
    kb: KnowledgeBase, text: str, words: list[Word] | None = None
) -> list[PhraseMatch]:
    """Every KB phrase in ``text``, longest first at each word, never overlapping; in a text
    that names no state with a capital, states named in lower case too."""
    words = words if words is not None else words_of(text)
    matches = _phrases_in(kb, text, words, lower_case_states=False)
    if any(e.kind == "state" for m in matches for e in m.entries):
        return matches
    return _phrases_in(kb, text, words, lower_case_states=True)


def _phrases_in(
    kb: KnowledgeBase, text: str, words: list[Word], *, lower_case_states: bool
) -> list[PhraseMatch]:
    keys = folded_words(words)
    matches: list[PhraseMatch] = []
    first_words, uncapitalised = kb.first_words, kb.uncapitalised_starts
    # Most words start nothing: the few that may are picked out in one pass.
    free = 0  # the first word not inside a phrase found
    for i in [i for i, key in enumerate(keys) if key in first_words]:
        if i < free:
            continue
        key = keys[i]
        # "in", "said", "trade" start only names ("IN", "Said Ali", "Trade Council"):
        # written in lower case, they start no phrase the case rules let match (unless
        # the text writes its states in lower case too).
        cased = lower_case_states or key in uncapitalised or words[i].text[:1].isupper()
        found = _longest_at(kb, text, words, keys, i, lower_case_states) if cased else None
        if found is None and key in GROUP_FIRST_WORDS:
            found = _group_with_modifiers(kb, text, words, keys, i)
        if found is not None and key == "the" and found.last + 1 < len(words):
            # "The UN chief": a longer phrase after the article ("UN chief") wins over
            # the name with it ("the UN")
            after = _longest_at(kb, text, words, keys, i + 1, lower_case_states)
            if after is not None and after.last > found.last:
                found = after
        if found is not None:
            matches.append(found)
            free = found.last + 1
    return matches


def _longest_at(
    kb: KnowledgeBase, text: str, words: list[Word], keys: list[str], i: int,
    lower_case_states: bool,
) -> PhraseMatch | None:
    # The phrases starting at word i, found by extending the key while it starts one.
    phrases, prefixes = kb.phrases, kb.prefixes
    key = keys[i]
    ends: list[tuple[int, str]] = []
    last = i
    while True:
        if key in phrases:
            ends.append((last, key))
        last += 1
        if last == len(keys) or key not in prefixes:
            break
        key = f"{key} {keys[last]}"
    for last, key in reversed(ends):  # the longest first
        written = text[words[i].start : words[last].end]
        agreeing, kinds = _agreeing(kb, key, written, lower_case_states)
        if "half" in kinds and _name_word_follows(words, last + 1):
            # "the South" of "the South Korean minister", "the South China Sea": a name
            # going on is no half of a divided state
            agreeing = tuple(e for e in agreeing if e.kind != "half")
            kinds = frozenset(e.kind for e in agreeing)
        if agreeing:
            return PhraseMatch(
                words[i].start, words[last].end, written, agreeing, i, last, kinds
            )
    return None


def _agreeing(
    kb: KnowledgeBase, key: str, written: str, lower_case_states: bool
) -> tuple[tuple[Entry, ...], frozenset[str]]:
    """The entries of ``key`` that ``written`` may name by the case rules, and their kinds;
    remembered by the KB, as the same few thousand names recur in every text."""
    memo = kb.agreeing_entries
    found = memo.get((key, written, lower_case_states))
    if found is None:
        if len(memo) > AGREEING_MEMO_SIZE:
            memo.clear()
        agreeing = tuple(
            e for e in kb.phrases[key]
            if case_agrees(e.surface, written)
            or (lower_case_states and _lower_case_state(e, written))
        )
        found = memo[key, written, lower_case_states] = (
            agreeing, frozenset(e.kind for e in agreeing)
        )
    return found


AGREEING_MEMO_SIZE = 100_000  # (key, as written) pairs: a big corpus's names, kept bounded


# "the two nuclear-armed neighbours": a group phrase of the KB with words describing it.
GROUP_QUANTIFIERS = (("the", "two"), ("both", "the"), ("both",), ("the", "three"), ("all", "three"))
GROUP_FIRST_WORDS = frozenset(q[0] for q in GROUP_QUANTIFIERS)
MAX_MODIFIER_WORDS = 4  # "nuclear - armed" is three
GROUP_KINDS = frozenset(["group"])


def _group_with_modifiers(
    kb: KnowledgeBase, text: str, words: list[Word], keys: list[str], i: int
) -> PhraseMatch | None:
    """A group phrase ("the two neighbours") with modifiers before its noun ("the two
    nuclear-armed neighbours", "the two South Asian neighbours"); word ``i`` is one of
    ``GROUP_FIRST_WORDS``."""
    for quantifier in GROUP_QUANTIFIERS:
        after = i + len(quantifier)
        if tuple(keys[i:after]) != quantifier:
            continue
        for noun in range(after + 1, min(len(words), after + MAX_MODIFIER_WORDS + 1)):
            modifier, key = words[noun - 1].text, keys[noun - 1]
            # a capitalised word that may start a KB phrase ("Indian") names an actor itself
            describes = modifier.islower() or not kb.starts_phrase(key)
            if not (modifier == "-" or modifier.isalpha() and describes):
                break
            entries = tuple(e for e in kb.phrases.get(" ".join([*quantifier, keys[noun]]), [])
                            if e.kind == "group")
            if entries:
                written = text[words[i].start : words[noun].end]
                return PhraseMatch(
                    words[i].start, words[noun].end, written, entries, i, noun, GROUP_KINDS
                )
    return None


# Lower-case words and hyphens inside names: "Zia-ul-Haq", "Mohammed bin Salman".
NAME_JOINERS = frozenset(
    ["ul", "ur", "al", "bin", "ibn", "de", "van", "von", "da", "el", "-", "e", "i"]
)


def iter_capitalised(words: list[Word], start: int, limit: int = 4) -> Iterator[int]:
    """Indexes of the run of capitalised words (a name, with its joiners) from word ``start``;
    ``limit`` capitalised words at most, not counting a courtesy title before them nor
    capitalised joiners ("Sheikh Salman bin Hamad Al Khalifa": four). A joiner is taken
    only before another name word."""
    names = 0
    i = start
    while i < len(words) and names < limit:
        word = words[i].text
        if word[:1].isupper() and word.isalpha():
            lower = word.lower()
            if not (lower in NAME_JOINERS if names else lower in HONORIFICS):
                names += 1
        elif not names and (
            _article_of_name(words, i) or (i > start and _article_of_name(words, i - 1))
        ):
            pass  # "al-Kabariti": the article and its hyphen before the first name word
        elif not (names and word.lower() in NAME_JOINERS and _name_word_follows(words, i + 1)):
            break
        yield i
        i += 1


def _article_of_name(words: list[Word], i: int) -> bool:
    """An Arabic article hyphened to a name's first word: "Prime Minister al-Kabariti"."""
    return (
        words[i].text.lower() in ("al", "el")
        and i + 1 < len(words)
        and words[i + 1].text == "-"
        and words[i].end == words[i + 1].start
        and _name_word_follows(words, i + 2)
    )


def _name_word_follows(words: list[Word], i: int) -> bool:
    while i < len(words) and words[i].text.lower() in NAME_JOINERS:
        i += 1
    return i < len(words) and words[i].text[:1].isupper() and words[i].text.isalpha()
