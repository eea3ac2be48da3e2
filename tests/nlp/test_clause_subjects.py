"""A clause's subject the parser reads as a preposition's object ("move into a town as
Turkey vows to ..."): the repair gives it back to its verb (issue #13)."""

from __future__ import annotations

from typing import Any

import pytest

import bilateral
from bilateral.nlp.pipeline import load_nlp, reattach_clause_subjects, retag_verbs_read_as_nouns

HEADLINE = "Russian forces move into strategic town as Turkey vows to keep hammering Russia"


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_nlp()


def test_the_object_of_as_becomes_the_subject_of_the_verb_after_it(nlp: Any) -> None:
    doc = nlp(HEADLINE)
    turkey = next(t for t in doc if t.text == "Turkey")
    assert turkey.dep_ == "pobj"  # the model's reading this repair exists for
    reattach_clause_subjects(doc)
    assert (turkey.dep_, turkey.head.text) == ("nsubj", "vows")
    assert next(t for t in doc if t.text == "as").head.text == "vows"


def test_a_clause_that_has_its_subject_is_left_alone(nlp: Any) -> None:
    doc = nlp("Chile signed the deal after talks in Oslo ended.")
    before = [(t.dep_, t.head.i) for t in doc]
    assert [(t.dep_, t.head.i) for t in reattach_clause_subjects(doc)] == before


def test_the_mover_does_not_move_against_the_vower() -> None:
    events = bilateral.extract(HEADLINE + ".", published="2020-03-02").events
    found = {(e.type, e.source.country if e.source else None, e.target.country if e.target else None)
             for e in events}
    assert ("ASSAULT", "RUS", "TUR") not in found


def test_a_headline_verb_read_as_a_noun_with_an_object_is_a_verb(nlp: Any) -> None:
    doc = nlp("Pakistan expels Indian diplomat")
    expels = doc[1]
    assert (expels.pos_, expels.dep_) == ("NOUN", "ROOT")  # the model's reading
    retag_verbs_read_as_nouns(doc)
    assert (expels.pos_, expels.tag_, doc[0].dep_) == ("VERB", "VBZ", "nsubj")
    events = bilateral.extract("Pakistan expels Indian diplomat", published="2020-03-02").events
    assert [(e.type, e.source.country, e.target.country) for e in events] == [("SANCTION", "PAK", "IND")]


def test_a_plural_noun_heading_a_line_without_an_object_stays_a_noun(nlp: Any) -> None:
    doc = nlp("Indian imports")
    assert [t.pos_ for t in retag_verbs_read_as_nouns(doc)] == [t.pos_ for t in nlp("Indian imports")]


def test_a_name_read_as_given_by_a_naming_becomes_the_object(nlp: Any) -> None:
    from bilateral.nlp.pipeline import promote_naming_participles

    for text in ("Hansen called Rojas on Monday.", "Trump called Erdogan later that day."):
        doc = promote_naming_participles(nlp(text))
        called = next(t for t in doc if t.text == "called")
        assert called.dep_ == "ROOT" and called.tag_ == "VBD", text
        assert [(c.text, c.dep_) for c in called.children if c.dep_ in ("nsubj", "dobj")] == [
            (text.split()[0], "nsubj"), (text.split()[2], "dobj")
        ], text


def test_a_real_naming_and_a_day_are_left_alone(nlp: Any) -> None:
    from bilateral.nlp.pipeline import promote_naming_participles

    doc = promote_naming_participles(nlp("Kenya called Chile a bully."))
    assert {c.dep_ for c in doc[1].children} >= {"dobj", "oprd"}
    doc = promote_naming_participles(nlp("A newspaper called Thursday on Arabs to unite."))
    assert next(t for t in doc if t.text == "Thursday").dep_ != "dobj"


def test_a_subject_listed_after_the_opening_phrase_goes_back_to_its_verb(nlp: Any) -> None:
    from bilateral.nlp.pipeline import reattach_listed_subjects

    doc = reattach_listed_subjects(nlp("Following talks in Oslo, Kenya and Chile agreed to talk again."))
    kenya = next(t for t in doc if t.text == "Kenya")
    assert (kenya.dep_, kenya.head.text) == ("nsubj", "agreed")
    assert next(t for t in doc if t.text == "Chile").head.text == "Kenya"


def test_a_plural_noun_heading_the_line_with_a_subject_is_a_verb(nlp: Any) -> None:
    doc = nlp("Blinken heads to Beijing")
    heads = doc[1]
    # the model's reading this repair exists for: a plural noun with a subject
    assert heads.tag_ == "NNS" and any(c.dep_ == "nsubj" for c in heads.children)
    retag_verbs_read_as_nouns(doc)
    assert (heads.pos_, heads.tag_) == ("VERB", "VBZ")
    assert [c.text for c in heads.children if c.dep_ == "nsubj"] == ["Blinken"]
