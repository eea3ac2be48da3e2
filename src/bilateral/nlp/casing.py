"""Title-case lines parsed in sentence case, their words kept as written.

The tagger reads a capital as a name: "Russia Reacts Angrily To NATO Airstrikes" comes
out as a run of proper nouns with no verb, "Beijing Denies Manila's Claim ..." has
"Denies" for part of a name. A line written in title case is parsed as the same line in
sentence case instead: a capitalised word keeps its capital when it starts the line or
a clause after a colon, when the caller knows it as a name (the actor phrases), when it
is an acronym, or when it is no English word (a name no dictionary holds: "Sisi");
every other word is lowered. Lowering changes no length, so the parse's offsets are the
line's; the parsed words are then given back their written text (``written_as``), and
names, evidence and spans read the line as it stands.

The dictionary is the model's own: the lemmatizer's index of English lemmas (WordNet's)
and its exceptions, reached through its suffix rules, and the model's stop words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

_WORD = re.compile(r"[^\W\d_]+")
# A capitalised word: an upper-case letter, then lower-case ones only.
_CAPITALISED = re.compile(r"[^\W\d_][^\W\d_A-Z]*")
# Words shorter than this are left out of the test for title case: a title's short
# prepositions and articles are written either way ("Deal on Scarborough Shoal").
MIN_TESTED_LETTERS = 4
# A title-case line has at least this many capitalised dictionary words past its first:
# fewer tell a name-heavy sentence ("Prime Minister Shinzo Abe met ...") as well.
MIN_LOWERED = 2
# A headline, a deck or a caption: a longer line is a sentence of the story.
MAX_TITLE_WORDS = 30
# Each word of a compound the dictionary lacks has at least this many letters ("air-strikes").
MIN_COMPOUND_PART = 3
# The annotations a parse gives its words, copied onto the words as written.
PARSE_ATTRIBUTES: list[int | str] = ["TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP", "SENT_START"]


@dataclass
class SentenceCase:
    """The English words of the model ``nlp``, and the sentence case of title-case lines."""

    nlp: Any
    _known: dict[str, bool] = field(default_factory=dict, init=False, repr=False)
    _lemmas: dict[str, tuple[frozenset[str], list[tuple[str, str]]]] = field(
        default_factory=dict, init=False, repr=False
    )

    def recased(self, text: str, names: Iterable[tuple[int, int]] = ()) -> str | None:
        """``text`` in sentence case when it is written in title case, else None.

        ``names`` are the character spans of ``text`` known as names: they keep their
        capitals.
        """
        words = list(_WORD.finditer(text))
        if len(words) > MAX_TITLE_WORDS:
            return None
        kept = [(start, end) for start, end in names]
        tested = [w for w in words[1:] if len(w.group()) >= MIN_TESTED_LETTERS and not w.group().isupper()]
        if not tested or not all(w.group()[:1].isupper() for w in tested):
            return None
        lowered = [
            w for i, w in enumerate(words)
            if i > 0
            and _CAPITALISED.fullmatch(w.group())
            and not text[: w.start()].rstrip().endswith(":")
            and not any(start <= w.start() < end for start, end in kept)
            and self.is_english_word(w.group().lower())
        ]
        if sum(len(w.group()) >= MIN_TESTED_LETTERS for w in lowered) < MIN_LOWERED:
            return None
        letters = list(text)
        for word in lowered:
            letters[word.start()] = letters[word.start()].lower()
        recased = "".join(letters)
        return recased if len(recased) == len(text) else None

    def is_english_word(self, word: str) -> bool:
        """Whether the lower-case ``word`` is an English word the model's dictionary holds."""
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = self._in_dictionary(word)
        return known

    def _in_dictionary(self, word: str) -> bool:
        """A word of the dictionary, or two run together ("airstrikes", "ceasefire")."""
        return self._lemma_form(word) or any(
            self._lemma_form(word[:i], inflected=False) and self._lemma_form(word[i:])
            for i in range(MIN_COMPOUND_PART, len(word) - MIN_COMPOUND_PART + 1)
        )

    def _lemma_form(self, word: str, inflected: bool = True) -> bool:
        """Whether ``word`` is a lemma of the dictionary or (``inflected``) a form of one."""
        if not self._lemmas:
            self._load_dictionary()
        if word in self.nlp.Defaults.stop_words:
            return True
        return any(
            word in lemmas or (inflected and any(
                word.endswith(form) and word[: len(word) - len(form)] + lemma in lemmas
                for form, lemma in rules
            ))
            for lemmas, rules in self._lemmas.values()
        )

    def _load_dictionary(self) -> None:
        """Per part of speech, the lemmas with the forms the exceptions list, and the rules."""
        lookups = self.nlp.get_pipe("lemmatizer").lookups
        index, rules = lookups.get_table("lemma_index"), lookups.get_table("lemma_rules")
        exceptions = lookups.get_table("lemma_exc")
        for pos in ("noun", "verb", "adj", "adv"):
            lemmas = set(index.get(pos, [])) | set(exceptions.get(pos, {}))
            self._lemmas[pos] = (frozenset(lemmas), [(f, lemma) for f, lemma in rules.get(pos, [])])


def written_as(doc: Doc, text: str) -> Doc:
    """The parse ``doc`` of a re-cased line, on the words of ``text`` as written."""
    words = [text[token.idx : token.idx + len(token)] for token in doc]
    spaces = [bool(token.whitespace_) for token in doc]
    annotations: Any = doc.to_array(PARSE_ATTRIBUTES)  # typed by spaCy as floats; it is uint64
    return Doc(doc.vocab, words=words, spaces=spaces).from_array(PARSE_ATTRIBUTES, annotations)
