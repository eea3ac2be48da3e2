"""Build documents and country mentions for figure tests without spaCy or the knowledge base."""

from __future__ import annotations

import re
from datetime import date

import pytest

from bilateral.figures import extract_figures
from bilateral.nlp.pipeline import split_sentences
from bilateral.types import Actor, Document, Figure, Mention

COUNTRIES = {
    "pakistan": "PAK", "pakistani": "PAK", "islamabad": "PAK",
    "russia": "RUS", "russian": "RUS", "moscow": "RUS",
    "india": "IND", "indian": "IND", "china": "CHN", "chinese": "CHN", "japan": "JPN",
    "japanese": "JPN", "turkey": "TUR", "germany": "DEU", "the united states": "USA",
    "kenya": "KEN", "uganda": "UGA", "beijing": "CHN", "bangladesh": "BGD", "nepal": "NPL",
    "vietnam": "VNM", "egypt": "EGY", "ethiopia": "ETH", "brazil": "BRA", "sri lanka": "LKA",
    "cambodia": "KHM", "laos": "LAO", "bhutan": "BTN", "australia": "AUS", "australian": "AUS",
    "myanmar": "MMR", "qatar": "QAT", "afghanistan": "AFG", "indonesia": "IDN", "south korea": "KOR",
    "north korea": "PRK", "uae": "ARE", "britain": "GBR", "saudi arabia": "SAU", "yemen": "YEM",
    "ukraine": "UKR", "malaysia": "MYS", "turkish": "TUR", "kazakhstan": "KAZ", "uzbekistan": "UZB",
    "vietnamese": "VNM", "bangladeshi": "BGD", "ghana": "GHA", "nigeria": "NGA", "south africa": "ZAF",
    "mexico": "MEX", "argentina": "ARG", "iran": "IRN", "iraq": "IRQ", "jordan": "JOR", "thailand": "THA",
    "philippines": "PHL", "tanzania": "TZA", "zambia": "ZMB", "mongolia": "MNG", "azerbaijan": "AZE",
    "türkiye": "TUR", "poland": "POL", "venezuela": "VEN", "lebanon": "LBN", "tokyo": "JPN", "manila": "PHL", "kazakh": "KAZ", "chad": "TCD", "sudan": "SDN",
}
_NAMES = re.compile(r"\b(" + "|".join(sorted(COUNTRIES, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def country_mentions(text: str) -> list[Mention]:
    """A Mention for every country name or demonym in ``text``."""
    mentions = []
    for match in _NAMES.finditer(text):
        code = COUNTRIES[match.group().lower()]
        mentions.append(Mention(match.group(), match.start(), match.end(), Actor(code, code, code)))
    return mentions


def figures_of(text: str, published: str | None = None) -> list[Figure]:
    """The figures extracted from ``text`` with mentions found by name."""
    document = Document(text=text, source="test", published=date.fromisoformat(published) if published else None)
    return extract_figures(document, split_sentences(text), country_mentions(text))


@pytest.fixture
def extract():
    return figures_of
