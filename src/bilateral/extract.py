"""Per-document extraction: a pure function from a cleaned ``Document`` to its ``Records``.

No database, no I/O: the same ``Extractor`` runs in-process, in a process
pool or on a Dask worker. The model, the knowledge base and the cheap pass
(``nlp.prefilter``, given the events lexicon's trigger words here because ``nlp``
sits below ``events``) are made once per process by ``Extractor.default()`` and
passed in.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from bilateral.actors.kb import KnowledgeBase
from bilateral.actors.load import load_kb
from bilateral.actors.resolve import Resolver
from bilateral.events import extract_events
from bilateral.events.plover import trigger_lemmas
from bilateral.figures import extract_figures
from bilateral.nlp.pipeline import load_nlp, parse_batch, split_sentences
from bilateral.nlp.prefilter import Prefilter
from bilateral.quotes import extract_quotes
from bilateral.types import Document, Records, Sentence


@dataclass
class Extractor:
    """Holds what extraction needs (spaCy, the KB, the cheap pass) and applies it to documents."""

    nlp: Any
    kb: KnowledgeBase
    prefilter: Prefilter

    @classmethod
    def default(cls, actors_file: str | Path | None = None) -> Extractor:
        return _default_extractor(str(actors_file) if actors_file else None)

    def __call__(self, document: Document) -> Records:
        return self.extract_many([document])[0]

    def extract_many(self, documents: Sequence[Document]) -> list[Records]:
        """The records of each document, as ``__call__`` gives them one by one.

        The sentences worth a parse in all the documents go to spaCy in one batch,
        which is faster; every document's records are still a function of it alone.
        """
        english = [d for d in documents if _is_english(d)]
        resolvers = [Resolver(self.kb) for _ in english]
        batch, names = [], []
        for document, resolver in zip(english, resolvers):
            sentences = split_sentences(document.text)
            cues = resolver.cues(document, sentences)
            batch.append((sentences, partial(self.prefilter.needs_parse, cues=cues)))
            names.append(resolver.known_names(document))
        parsed = iter(zip(resolvers, parse_batch(batch, self.nlp, names)))
        records = [
            self._records(document, *next(parsed)) if _is_english(document)
            else Records(document)  # stored and marked, not analysed further
            for document in documents
        ]
        _freeze_what_is_loaded()
        return records

    @staticmethod
    def _records(document: Document, resolver: Resolver, sentences: list[Sentence]) -> Records:
        mentions = resolver.resolve(document, sentences)
        return Records(
            document=document,
            mentions=mentions,
            events=extract_events(document, sentences, mentions, resolver),
            figures=extract_figures(document, sentences, mentions),
            quotes=extract_quotes(document, sentences, mentions, resolver),
        )


# Objects allocated between two collections of the youngest generation (Python's default is
# 700): extraction allocates millions of short-lived objects (tokens, matches, tuples),
# nearly all freed by their reference counts, so most collections would find nothing.
YOUNG_COLLECTION_THRESHOLD = 20_000


@lru_cache(maxsize=1)  # once per process, after the first documents loaded what they use
def _freeze_what_is_loaded() -> None:
    """Move everything alive now (the model, the KB, the lexicons loaded on first use) out
    of the garbage collector's sight: they live as long as the process, and each full
    collection would walk their hundreds of thousands of objects again (~0.5 s of CPU over
    the 400 articles of ``bench/throughput.py``). Collected first, so that no garbage is
    kept; and the young generation collected less often (``YOUNG_COLLECTION_THRESHOLD``)."""
    gc.collect()
    gc.freeze()
    young, *older = gc.get_threshold()
    if 0 < young < YOUNG_COLLECTION_THRESHOLD:  # 0: the process turned collection off
        gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, *older)


def _is_english(document: Document) -> bool:
    return document.language in (None, "en")


@lru_cache(maxsize=4)
def _default_extractor(actors_file: str | None) -> Extractor:
    nlp = load_nlp()
    return Extractor(nlp=nlp, kb=load_kb(Path(actors_file) if actors_file else None),
                     prefilter=Prefilter.for_lemmas(trigger_lemmas(), nlp))


def extract(
    text: str,
    published: date | str | None = None,
    *,
    title: str | None = None,
    source: str = "<text>",
    actors_file: Path | None = None,
) -> Records:
    """Extract events, figures, quotes and actor mentions from one article's text.

    Args:
        text (str): the article text (already clean; use ``bilateral.clean`` for raw pages).
        published (date | str | None): publication date; relative dates ("on Monday",
            "last year") are resolved against it and stay unresolved without it.
        title (str | None): the headline, if known.
        source (str): where the text came from, kept on the document record.
        actors_file (Path | None): a YAML file that extends the actor knowledge base.

    Returns:
        Records: the document and its mentions, events, figures and quotes.

    Example:
        >>> records = bilateral.extract("Pakistan and Russia signed an energy deal on Monday.",
        ...                             published="2018-11-07")
    """
    if isinstance(published, str):
        published = date.fromisoformat(published)
    document = Document(text=text, source=source, title=title, published=published, language="en")
    return Extractor.default(actors_file)(document)
