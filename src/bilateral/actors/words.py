"""How the actors stage cuts text into words and compares them.

A phrase is compared by its words (``phrase_key``): case-folded, curly apostrophes made
straight, accents dropped, punctuation kept as its own word, so "U.S." and
"Pakistan-Russia" match whatever the spacing. The knowledge base indexes its phrases by
this key and the phrase finder (``phrases.py``) looks the words of a text up by it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

WORD = re.compile(r"\w+|[^\w\s]")
# Courtesy titles written before a name, no part of it ("Sheikh Talal al-Khalid al-Sabah",
# "Prince Faisal bin Farhan"), folded.
HONORIFICS = frozenset(["sheikh", "shaikh", "sheikha", "shaikha", "prince", "princess"])
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
APOSTROPHE_WORDS = frozenset(["'", "\u2019", "\u2018", "\u02bc"])  # each a word of its own
# Letters no Unicode decomposition takes to a plain Latin one, as English news writes them
# ("Kavcıoğlu" is "Kavcioglu", "Wałęsa" "Walesa", "Støre" "Store", "Đinđić" "Dindic").
UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h"})


@lru_cache(maxsize=100_000)  # a text's words are mostly words already seen
def fold(word: str) -> str:
    """A word as compared: lower case, straight apostrophes, no accents ("Chișinău" = "chisinau")."""
    word = word.translate(APOSTROPHES).casefold()
    if word.isascii():
        return word
    return "".join(
        ch
        for ch in unicodedata.normalize("NFKD", word.translate(UNDECOMPOSED))
        if not unicodedata.combining(ch)
    )


@lru_cache(maxsize=100_000)  # the same names are compared again in every text
def consonants(word: str) -> str:
    """The word's consonants, a doubled one once ("Mohammed" -> "mhmd"): what two
    romanisations of a name share ("Omar"/"Umar", "Sarraj"/"Saraj")."""
    kept = [c for c in word if c.isalpha() and c not in "aeiouy"]
    return "".join(c for i, c in enumerate(kept) if i == 0 or c != kept[i - 1])


# Letters that romanisations of one name write for one sound, each made the same by
# ``sound_key`` (in this order: "kh" before "h" is dropped): Berdymukhamedov and
# Berdimuhamedow, Rakhmon and Rahmon, Qadhafi and Gaddafi, Zhaparov and Japarov.
SAME_SOUNDS = (
    ("kh", "h"), ("zh", "j"), ("dj", "j"), ("ph", "f"), ("w", "v"), ("q", "k"), ("c", "k"),
    ("g", "k"), ("h", ""),
)


def sound_key(word: str) -> str:
    """``consonants`` of the word with the letters of ``SAME_SOUNDS`` made one: looser, for
    telling which of the few holders of an office at a date a text means."""
    for written, said in SAME_SOUNDS:
        word = word.replace(written, said)
    return consonants(word)


def spelling_keys(name: str) -> list[str]:
    """What two romanisations of a surname share: the ``consonants`` and the ``sound_key``
    of the name's last word, each of three letters or more so that a short word never
    matches by chance ("Sarraj"/"Saraj", "Zeidan"/"Zaydan", "Rakhmon"/"Rahmon")."""
    words = [w for w in phrase_key(name).split() if w.isalnum()]
    if not words:
        return []
    keys = (f"c {consonants(words[-1])}", f"s {sound_key(words[-1])}")
    return [key for key in keys if len(key) >= 5]


def phrase_key(text: str) -> str:
    """The words of ``text`` as compared (see ``fold``), one space apart."""
    return " ".join(fold(word) for word in WORD.findall(text))


class Word(NamedTuple):
    """A word of a text and its character span (a tuple: made for every word of every text)."""

    text: str
    start: int
    end: int


_new_tuple = tuple.__new__


def words_of(text: str) -> list[Word]:
    # tuple.__new__ skips the NamedTuple constructor's Python frame: a third less time,
    # over every word of every text. WORD leaves only white space between its words, so
    # each word is the next occurrence of its text: str.find is cheaper than a Match.
    words: list[Word] = []
    add, find, end = words.append, text.find, 0
    for word in WORD.findall(text):
        start = find(word, end)
        end = start + len(word)
        add(_new_tuple(Word, (word, start, end)))
    return words


def folded_words(words: list[Word]) -> list[str]:
    """``fold`` of each word; an ASCII word (most of them) is only lower-cased, which is
    what ``fold`` makes of it, without the call."""
    return [w.text.lower() if w.text.isascii() else fold(w.text) for w in words]
