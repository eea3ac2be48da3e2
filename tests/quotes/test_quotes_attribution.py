"""Direct quotations: spans (also over paragraphs), speakers, reporting verbs, anaphora."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral.quotes import extract_quotes
from bilateral.quotes.spans import find_quote_spans
from bilateral.types import Actor, Document, Mention

LAVROV = Actor("person:sergei-lavrov", "Sergei Lavrov", "RUS", kind="person")
INDIA = Actor("IND", "India", "IND")
INDIA_DIP = Actor("IND.DIP", "India (diplomats)", "IND", sector="DIP")


def quotes_of(text: str, mentions: list[Mention] | None = None):
    return extract_quotes(Document(text=text, source="t"), [], mentions or [], None)


def mention(text: str, words: str, actor: Actor, is_place: bool = False) -> Mention:
    start = text.index(words)
    return Mention(words, start, start + len(words), actor, is_place=is_place)


@pytest.mark.parametrize(
    "text, speaker, verb",
    [
        ("“We will double our trade within five years,” Ahmed Raza said on Monday.", "Ahmed Raza", "said"),
        ("“We will double our trade within five years,” said Ahmed Raza.", "Ahmed Raza", "said"),
        ("Ahmed Raza further said that “we will double our trade within five years”.", "Ahmed Raza", "said"),
        ('Ahmed Raza told reporters: "We will double our trade within five years."', "Ahmed Raza", "told"),
        ("“We will double our trade within five years,” Ahmed Raza told the agency.", "Ahmed Raza", "told"),
        ("“We will double our trade within five years,” the envoy Ahmed Raza highlighted.",
         "the envoy Ahmed Raza", "highlighted"),
        ("“We will double our trade within five years,” according to Ahmed Raza.", "Ahmed Raza", "according to"),
    ],
)
def test_attribution_forms(text: str, speaker: str, verb: str) -> None:
    (quote,) = quotes_of(text)
    assert quote.speaker_text == speaker
    assert quote.verb == verb
    assert quote.text.lower().startswith("we will double our trade")
    assert text[quote.start:quote.end] == quote.text


def test_speaker_resolved_through_a_mention_of_the_whole_name() -> None:
    text = "“The talks were constructive and frank,” Sergei Lavrov said."
    (quote,) = quotes_of(text, [mention(text, "Sergei Lavrov", LAVROV)])
    assert quote.speaker == LAVROV


def test_a_word_of_the_name_resolved_elsewhere_does_not_decide_the_speaker() -> None:
    text = "“The talks were constructive and frank,” Aleksei Lavrov, a trader, said."
    (quote,) = quotes_of(text, [mention(text, "Lavrov", LAVROV)])
    assert quote.speaker.name == "Aleksei Lavrov" and quote.speaker.kind == "person"


def test_unnamed_source_takes_the_country_of_its_description_and_pronouns_refer_back() -> None:
    text = ("Relations are warm, a source in the Indian embassy told the agency.\n"
            "“Both countries will keep working to strengthen their ties,” the source highlighted.\n"
            "“Our shared experience can benefit all interested parties,” he further quoted.")
    first, second = quotes_of(text, [mention(text, "Indian embassy", INDIA_DIP)])
    assert first.speaker.country == "IND"
    assert first.speaker.name == "a source in the Indian embassy"
    assert (first.verb, second.verb) == ("highlighted", "quoted")
    assert second.speaker == first.speaker


def test_surname_is_completed_from_an_earlier_full_name() -> None:
    text = ("Security expert Ikram Malik says ties are improving.\n"
            "“India should keep friendly ties with everyone,” Malik said.")
    (quote,) = quotes_of(text)
    assert quote.speaker.name == "Ikram Malik"


def test_quote_spanning_paragraphs_with_a_reopening_mark() -> None:
    text = ("“The first part of the statement goes on here without an end.\n\n"
            "“And the second paragraph closes it at last,” the minister said.")
    (quote,) = quotes_of(text)
    assert "without an end. And the second paragraph" in quote.text
    assert quote.verb == "said"
    assert text[quote.start:quote.end].endswith("closes it at last,")


def test_quote_spanning_paragraphs_closed_in_the_next_one() -> None:
    text = ("He said: “The first part goes on here\n"
            "and ends in the next paragraph.” Then he left.")
    (span,) = find_quote_spans(text)
    assert text[span.start:span.end].endswith("next paragraph.")


def test_stray_mark_is_dropped_and_short_scare_quotes_are_skipped() -> None:
    text = ("The visit reflected a “new and positive dimension” of ties.\n"
            "An opening mark “ that never closes here.\nNext paragraph with no marks.")
    assert quotes_of(text) == []


def test_long_unattributed_quote_is_kept_without_speaker() -> None:
    text = "The banner read “peace and friendship between our two great nations for ever and ever”."
    (quote,) = quotes_of(text)
    assert quote.speaker is None and quote.verb is None


def test_straight_quotes_and_inches_are_told_apart() -> None:
    text = 'A 5" pipe was laid. "We have finished the whole section today," the engineer said.'
    (quote,) = quotes_of(text)
    assert quote.text.startswith("We have finished")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab said told ,.“”\"\n HeSource")), max_size=300))
def test_quotes_never_raise(text: str) -> None:
    for quote in quotes_of(text):
        assert 0 <= quote.start <= quote.end <= len(text)


def test_described_speaker_is_named_by_the_name_at_the_end() -> None:
    (quote,) = quotes_of("“We came up short in all these games this year,” Oklahoma City coach Billy Donovan said.")
    assert quote.speaker.name == "Billy Donovan"


def test_the_subject_before_a_quote_is_the_last_clause() -> None:
    text = "Later, in remarks at the party school in Hanoi, he said “we oppose violations of the law of the sea”."
    (quote,) = quotes_of(text)
    assert quote.speaker_text == "he"


def test_an_unattributed_quote_right_after_another_goes_on_with_its_speaker() -> None:
    text = ("“We will not accept these terms at all,” Ahmed Raza said.\n"
            "“Our position has been clear from the very first day of the talks.” "
            "\"It is enormous.\"")
    first, second, third = quotes_of(text)
    assert second.speaker == first.speaker == third.speaker and second.verb is None


class _Resolver:
    """Stands in for the actor resolver: knows one surname."""

    def actor_at(self, text, country=None, on=None):
        return LAVROV if text == "Lavrov" else None


def test_speaker_name_looked_up_in_the_resolvers_knowledge_base() -> None:
    text = "“The talks were constructive and frank,” Lavrov said."
    (quote,) = extract_quotes(Document(text=text, source="t"), [], [], _Resolver())
    assert quote.speaker == LAVROV
