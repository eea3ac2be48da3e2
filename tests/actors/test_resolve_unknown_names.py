"""Proper names the KB does not know are kept as mentions: unresolved, or places."""

from __future__ import annotations

from datetime import date

from bilateral.actors.load import load_kb
from bilateral.actors.resolve import Resolver, name_spans, proper_names
from bilateral.nlp.pipeline import load_nlp, parse_sentences, split_sentences
from bilateral.types import Document


def test_unknown_people_organisations_and_places_are_mentions() -> None:
    text = ("Analyst Tomasz Wierzbicki of the Institute of Baltic Affairs said on Tuesday that "
            "the ministers of Estonia and Finland met in Tartu.")
    document = Document(text=text, source="t", published=date(2021, 3, 4), language="en")
    sentences = parse_sentences(split_sentences(text), load_nlp())
    mentions = Resolver(load_kb()).resolve(document, sentences)
    unresolved = {m.text: m.is_place for m in mentions if m.actor is None and not m.group}
    assert any("Tomasz Wierzbicki" in m.text for m in mentions)  # a person, by the title
    assert unresolved.get("Institute of Baltic Affairs") is False
    # a town the KB lacks, written as a place: a place of its country
    assert [(m.actor and m.actor.country, m.is_place) for m in mentions if m.text == "Tartu"] == [
        ("EST", True)
    ]
    assert "Tuesday" not in unresolved
    resolved = {m.text: m.actor.country for m in mentions if m.actor is not None}
    assert resolved.get("Estonia") == "EST" and resolved.get("Finland") == "FIN"


def test_calendar_words_are_trimmed_from_names() -> None:
    doc = load_nlp()("Officials met Ana Brnabic on Monday in Belgrade.")
    assert [n.text for n in proper_names(doc)] == ["Ana Brnabic", "Belgrade"]


def test_name_spans_join_names_by_of_and_tight_hyphens() -> None:
    text = "Engineers of the Ground Self-Defense Force met the Bank of Lisbon - Porto in May."
    doc = load_nlp()(text)
    names = [text[start:end] for start, end in name_spans(doc, text)]
    assert "Ground Self-Defense Force" in names  # a hyphen without spaces joins
    assert "Bank of Lisbon" in names and "Porto" in names  # a spaced hyphen does not
    assert [span.text for span in proper_names(doc, text)] == names


def test_a_negotiator_the_kb_does_not_know_is_of_the_state_that_sends_them() -> None:
    # wire copy names a side's negotiator by title, then by surname where he speaks: the
    # surname is that state's person, not the country of the venue
    text = ("Chile's chief negotiator Tomas Arvelo said Lima was asking too much. "
            "Arvelo told reporters in Quito that Peru had broken its word.")
    document = Document(text=text, source="t", published=date(2021, 3, 4), language="en")
    mentions = Resolver(load_kb()).resolve(document, split_sentences(text))
    people = {m.text: m.actor.country for m in mentions if m.actor and m.actor.kind == "person"}
    assert people == {"Chile's chief negotiator Tomas Arvelo": "CHL", "Arvelo": "CHL"}
