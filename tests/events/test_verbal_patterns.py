"""Verbal event patterns, with a stand-in resolver (see conftest.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from .conftest import Events


def _summary(events: list[Any]) -> set[tuple[str, frozenset[str], str | None, str]]:
    return {
        (
            e.type,
            frozenset(a.country for a in (e.source, e.target, *e.participants) if a),
            e.date,
            e.status,
        )
        for e in events
    }


@pytest.mark.parametrize(
    "text,expected",
    [
        # subject-verb-object
        ("Minister Hansen met President Rojas in 2015.", ("CONSULT", {"NOR", "CHL"}, "2015")),
        # coordination in the subject
        (
            "Kenya and Japan signed a fisheries agreement in 2010.",
            ("AGREE", {"KEN", "JPN"}, "2010"),
        ),
        # a visit to a place: the place's country is the host
        ("Minister Hansen visited Nairobi in 2009.", ("CONSULT", {"NOR", "KEN"}, "2009")),
        # passive with an agent
        ("The accord was signed by Norway and Chile in 2007.", ("AGREE", {"NOR", "CHL"}, "2007")),
        # phrasal verb
        (
            "Minister Hansen called upon President Rojas in 2012.",
            ("CONSULT", {"NOR", "CHL"}, "2012"),
        ),
        # appointment of a consul
        (
            "In 2013, Japan appointed an honorary consul in Kenya.",
            ("SUPPORT", {"JPN", "KEN"}, "2013"),
        ),
        # controlled subject: "working to help X"
        ("Japan is working to help Kenya build a railway.", ("AID", {"JPN", "KEN"}, None)),
        # object control: "permitting X to buy from Y" (the purchase is the event)
        (
            "In 2011, Brazil eased rules, permitting Chile to purchase jets from Brazil.",
            ("COOPERATE", {"BRA", "CHL"}, "2011"),
        ),
        # a joint exercise held, with the group actor
        (
            "The first joint naval exercise between the two countries was held in 2014.",
            ("COOPERATE", {"NOR", "CHL"}, "2014"),
        ),
        # accusation
        ("Japan accused Brazil of dumping steel in 2018.", ("ACCUSE", {"JPN", "BRA"}, "2018")),
        # disapproval voiced, a protest registered, a party held responsible
        (
            "In 2017, Chile expressed concern over Norway's fishing quotas.",
            ("ACCUSE", {"CHL", "NOR"}, "2017"),
        ),
        ("Kenya registered a protest with Japan in 2014.", ("ACCUSE", {"KEN", "JPN"}, "2014")),
        (
            "In 2012, Brazil held Chile responsible for the collision.",
            ("ACCUSE", {"BRA", "CHL"}, "2012"),
        ),
        # a particle the parser reads as an adverb still joins the verb
        (
            "In 2015, the summit brought together officials from Chile and Norway.",
            ("CONSULT", {"CHL", "NOR"}, "2015"),
        ),
        # a gerund of time shares its clause's subject
        (
            "After meeting President Rojas in 2016, Minister Hansen praised the accord.",
            ("CONSULT", {"NOR", "CHL"}, "2016"),
        ),
        # a complaint or case against a party: the target is in the object's phrase
        (
            "In 2016, Brazil filed a complaint against Japan over steel subsidies.",
            ("ACCUSE", {"BRA", "JPN"}, "2016"),
        ),
        # a party taken to a court
        ("Chile took Norway to court over fishing rights in 2019.", ("ACCUSE", {"CHL", "NOR"}, "2019")),
        # a warning in the object's modifier ("warning messages")
        (
            "In 2021, a Japanese patrol boat issued warning messages to a Kenyan trawler.",
            ("THREATEN", {"JPN", "KEN"}, "2021"),
        ),
    ],
)
def test_verbal_pattern(
    events_of: Events, text: str, expected: tuple[str, set[str], str | None]
) -> None:
    kind, countries, when = expected
    assert (kind, frozenset(countries), when, "occurred") in _summary(events_of(text))


def test_verbal_two_visits_in_one_sentence_are_two_events(events_of: Events) -> None:
    text = "Minister Hansen visited Nairobi in 2003 and then a delegation from Kenya visited Norway in 2008."
    found = _summary(events_of(text))
    assert ("CONSULT", frozenset({"NOR", "KEN"}), "2003", "occurred") in found
    assert ("CONSULT", frozenset({"NOR", "KEN"}), "2008", "occurred") in found


def test_verbal_relative_date_resolved_against_publication(events_of: Events) -> None:
    [event] = events_of("Minister Hansen met President Rojas on Monday.", date(2021, 6, 10))
    assert event.date == "2021-06-07"


def test_verbal_same_country_is_no_event(events_of: Events) -> None:
    assert events_of("Moscow hosted Russia's regional governors in 2017.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Relations between Kenya and Japan are developing steadily.",
        "Ties between Norway and Chile have expanded since 2010.",
        "Chile could benefit from closer cooperation with Norway.",
        "Kenya is reevaluating its stance on Japan.",
    ],
)
def test_verbal_generic_statements_are_not_events(events_of: Events, text: str) -> None:
    assert events_of(text) == []


def test_verbal_event_records_code_and_evidence(events_of: Events) -> None:
    text = "Kenya and Japan signed a trade agreement in 2010."
    [event] = events_of(text)
    assert event.cameo == "057" and event.goldstein == 8.0
    assert text[event.start : event.end] == event.sentence


def test_verbal_trilateral_meeting_keeps_participants(events_of: Events) -> None:
    [event] = events_of("In 2019, Oslo hosted a meeting with Chile and Kenya on fisheries.")
    assert event.type == "CONSULT" and event.source is not None and event.source.country == "NOR"
    assert {a.country for a in (event.target, *event.participants) if a} == {"CHL", "KEN"}


def test_verbal_planned_visit_keeps_its_status(events_of: Events) -> None:
    # announced for later, a visit is the intent to meet (CAMEO 036, PLOVER AGREE)
    [event] = events_of("Minister Hansen will visit Nairobi next week.", date(2021, 6, 10))
    assert (event.type, event.cameo, event.status) == ("AGREE", "036", "planned")
    assert event.location is not None and event.location.name == "Nairobi"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Norway will give Kenya a grant of 40 million crowns for schools, the ministry said.",
         ("AGREE", "033", "planned")),
        ("Chile said it would withdraw its troops from Kenya.", ("AGREE", "035", "planned")),
        # the content of an agreement is no intent of its own: the talks stay talks
        ("Norway and Chile agreed on Monday to hold talks next month.",
         ("CONSULT", "040", "planned")),
        # the itinerary of a visit under way: what he will do there is part of the visit
        ("Minister Hansen arrived in Nairobi today for a visit where he will meet Rojas.",
         ("CONSULT", "040", "planned")),
        ("Norway is not willing to pay Chile.", ("COOPERATE", "061", "negated")),
        # a hostile act announced for later is a threat, made when it is said
        ("Chile said it would expel Kenyan diplomats.", ("THREATEN", "131", "occurred")),
    ],
)
def test_an_act_announced_for_later_is_an_intent_or_a_threat(
    events_of: Events, text: str, expected: tuple
) -> None:
    events = events_of(text, date(2021, 6, 10))
    assert expected in [(e.type, e.cameo, e.status) for e in events]


def test_verbal_raised_subject_of_expected_visit(events_of: Events) -> None:
    [event] = events_of(
        "Minister Hansen is expected to visit Chile later this year.", date(2021, 6, 10)
    )
    assert (event.type, event.status, event.date) == ("CONSULT", "expected", "2021")
    assert {event.source.country, event.target.country} == {"NOR", "CHL"}


def test_verbal_date_of_the_triggers_own_phrase(events_of: Events) -> None:
    events = events_of(
        "Norway and Chile agreed on Monday to hold talks with Kenya next month.", date(2021, 3, 10)
    )
    talks = [e for e in events if e.type == "CONSULT"]
    assert talks and talks[0].status == "planned" and talks[0].date == "2021-04"


def test_verbal_undated_event_takes_the_paragraphs_year(events_of: Events) -> None:
    text = "Trade grew in March 2015. Kenya and Japan signed a fisheries accord."
    [event] = events_of(text)
    assert event.date == "2015" and event.date_text is None


def test_verbal_threat_names_the_receiver_and_the_act_is_not_recorded(events_of: Events) -> None:
    events = events_of("Japan threatened to sanction Brazilian steel makers in 2018.")
    assert _summary(events) == {("THREATEN", frozenset({"JPN", "BRA"}), "2018", "occurred")}


def test_an_appositive_names_the_actor_only_by_itself(events_of: Events) -> None:
    expelled = events_of("Kenya expelled the envoy, a Norwegian diplomat, on Monday.")
    assert {(e.type, e.target.country) for e in expelled if e.target} >= {("SANCTION", "NOR")}
    ousted = events_of("Kenya's army ousted the president, an ally of Norway, in 2013.")
    assert all(e.target is None or e.target.country != "NOR" for e in ousted)


def test_a_pronoun_reporting_its_speaker_and_would_as_a_reported_future(events_of: Events) -> None:
    events = events_of("President Rojas said he would visit Norway in April.", date(2019, 2, 1))
    assert _summary(events) == {("AGREE", frozenset({"CHL", "NOR"}), "2019-04", "planned")}


def test_an_act_with_only_a_receiver_is_done_by_the_place_it_happens_in(events_of: Events) -> None:
    events = events_of("Protesters stormed the Japanese embassy in Nairobi in 2016.")
    assert {(e.source.country, e.target.country) for e in events if e.source and e.target} == {
        ("KEN", "JPN")}


def test_one_sided_act_takes_the_article_counterpart(events_of: Events) -> None:
    """A refusal with only its doer named is addressed to the article's other party."""
    text = (
        "Norway offered Chile new talks on fishing quotas. Chile and Norway have argued "
        "over the quotas since 2019. On Monday, Chile rejected the offer."
    )
    rejected = [e for e in events_of(text, published=date(2021, 3, 10)) if e.type == "REJECT"]
    assert [_summary([e]).pop()[1] for e in rejected] == [frozenset({"NOR", "CHL"})]
    assert rejected[0].confidence < 0.9  # the receiver was inferred, not read


def test_one_sided_act_of_a_third_country_stays_one_sided(events_of: Events) -> None:
    text = (
        "Norway offered Chile new talks on fishing quotas. Chile and Norway have argued "
        "over the quotas since 2019. Brazil rejected the plan on Monday."
    )
    assert not [e for e in events_of(text) if e.type == "REJECT"]


@pytest.mark.parametrize(
    "act",
    [
        "Chile backs the separatist movement in the south.",
        "Chile has supported the rebels since 2015.",
        "The militia groups, which were backed by Chile, seized the port.",
    ],
)
def test_friendly_act_to_a_group_is_not_with_the_other_state(events_of: Events, act: str) -> None:
    """Support given to people or a group the sentence names is theirs, not the article's
    other party's."""
    text = (
        "Norway and Chile have argued over fishing quotas since 2019. Norway accused Chile "
        "of overfishing. " + act
    )
    assert not [e for e in events_of(text) if e.type in ("SUPPORT", "AID")]


def test_hostile_act_on_a_group_still_takes_the_article_counterpart(events_of: Events) -> None:
    """A strike on fighters of the other side is a strike on that side."""
    text = (
        "Norway and Chile have argued over fishing quotas since 2019. Norway accused Chile "
        "of overfishing. On Monday, Norway attacked the rebels near the border."
    )
    assert ("ASSAULT", frozenset({"NOR", "CHL"})) in {
        (e.type, frozenset({e.source.country, e.target.country})) for e in events_of(text)
    }


@pytest.mark.parametrize(
    "text,expected",
    [
        # a verb of feeling in the passive: the subject feels it, the by-phrase caused it
        ("Chile said it was disappointed by Norway's decision.", ("ACCUSE", "CHL", "NOR")),
        # "it" is the speaker, and the clause's subject what disappointed
        ("Chile said it was disappointed that Norway had rejected an invitation.", ("ACCUSE", "CHL", "NOR")),
    ],
)
def test_disappointment_is_an_accusation_of_the_cause(
    events_of: Events, text: str, expected: tuple[str, str, str]
) -> None:
    found = {(e.type, e.source.country, e.target.country) for e in events_of(text) if e.target}
    assert expected in found


def test_an_appeal_is_a_request(events_of: Events) -> None:
    """PLOVER's REQUEST takes CAMEO's appeals (02) as well as its demands (10)."""
    [event] = [e for e in events_of("Kenya appealed to Norway for humanitarian aid.") if e.target]
    assert (event.type, event.source.country, event.target.country) == ("REQUEST", "KEN", "NOR")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kenya declined Norway's offer of talks.", ("REJECT", "KEN", "NOR")),
        ("Kenya refused to let Norwegian trawlers into the port.", ("REJECT", "KEN", "NOR")),
        ("Chile denied Brazil's claim that it had moved troops.", ("REJECT", "CHL", "BRA")),
        ("Kenya sought a new loan from Japan.", ("REQUEST", "KEN", "JPN")),
        ("Minister Hansen made a brief stopover in Nairobi on Tuesday.", ("CONSULT", "NOR", "KEN")),
    ],
)
def test_refusals_requests_and_stopovers(
    events_of: Events, text: str, expected: tuple[str, str, str]
) -> None:
    found = {(e.type, e.source.country, e.target.country) for e in events_of(text) if e.target}
    assert expected in found


def test_falling_exports_are_no_refusal(events_of: Events) -> None:
    assert not events_of("Kenyan exports to Japan declined to $3 billion in May.")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Minister Hansen hailed Chile's cooperation on fisheries.", ("SUPPORT", "NOR", "CHL")),
        ("Kenya called for closer ties with Japan.", ("REQUEST", "KEN", "JPN")),
    ],
)
def test_praise_and_appeals_about_a_relationship_are_acts(
    events_of: Events, text: str, expected: tuple[str, str, str]
) -> None:
    found = {(e.type, e.source.country, e.target.country) for e in events_of(text) if e.target}
    assert expected in found


@pytest.mark.parametrize(
    "text,framing,inside",
    [
        ("Minister Hansen refused to meet President Rojas.", "REJECT", "CONSULT"),
        ("Kenya demanded the withdrawal of Japanese troops.", "REQUEST", "RETREAT"),
    ],
)
def test_the_act_refused_or_demanded_is_part_of_that_event(
    events_of: Events, text: str, framing: str, inside: str
) -> None:
    types = {e.type for e in events_of(text)}
    assert framing in types and inside not in types


def test_an_attack_that_was_condemned_stays_an_event(events_of: Events) -> None:
    types = {e.type for e in events_of("Kenya condemned the Japanese air strikes on Kenyan ships.")}
    assert "ASSAULT" in types


@pytest.mark.parametrize(
    "text,expected",
    [
        # a negated acceptance is a refusal that happened
        ("Japan will not accept the Brazilian proposal.", ("REJECT", {"JPN", "BRA"})),
        ("Chile said it would not accept the Norwegian demands.", ("REJECT", {"CHL", "NOR"})),
        # a phrasal verb of refusal
        ("Norway turned down the Chilean offer of talks.", ("REJECT", {"NOR", "CHL"})),
        # dismissing a proposal, not only a claim
        ("Kenya dismissed the Japanese demand for compensation.", ("REJECT", {"KEN", "JPN"})),
        ("Norway dismissed an appeal from Chile to end the blockade.", ("REJECT", {"NOR", "CHL"})),
        # not yielding to what the other asks
        ("Japan said it would not meet Brazilian demands for a refund.", ("REJECT", {"JPN", "BRA"})),
    ],
)
def test_verbal_refusal_phrasings_are_rejections(
    events_of: Events, text: str, expected: tuple[str, set[str]]
) -> None:
    kind, countries = expected
    assert (kind, frozenset(countries), None, "occurred") in _summary(events_of(text))


def test_verbal_an_act_that_will_not_go_unanswered_is_a_threat(events_of: Events) -> None:
    said = events_of("Kenya said the Norwegian provocations would not go unpunished.")
    assert ("THREATEN", frozenset({"KEN", "NOR"}), None, "occurred") in _summary(said)
    quoted = events_of("Japan's provocation will not remain unanswered, Minister Hansen said.")
    assert ("THREATEN", frozenset({"NOR", "JPN"}), None, "occurred") in _summary(quoted)


def test_a_spokesman_appositive_speaks_for_whom_it_names(events_of: Events) -> None:
    said = events_of("Mr Olsen, a spokesman for Kenya, accused Japan of spying.")
    assert {(e.type, e.source.country) for e in said if e.source} >= {("ACCUSE", "KEN")}


def test_verbal_a_threat_is_received_by_whom_the_measures_would_hit(events_of: Events) -> None:
    warned = events_of("Kenya warned of consequences, including suspending aid to Japan.")
    assert ("THREATEN", frozenset({"KEN", "JPN"}), None, "occurred") in _summary(warned)


def test_verbal_a_warning_of_a_hostile_act_is_received_by_its_target(events_of: Events) -> None:
    warned = events_of("Chile warned that it would retaliate against Norway.")
    assert ("THREATEN", frozenset({"CHL", "NOR"}), None, "occurred") in _summary(warned)


@pytest.mark.parametrize(
    "text,is_ultimatum",
    [
        ("Norway had given Chile until Friday to withdraw its troops or face sanctions.", True),
        ("Kenya gave Japan a week to pull out its ships.", True),
        # a gift of time spent on something is no deadline
        ("Japan gave Kenya two days of training to improve its skills.", False),
        ("Norway set a deadline of Friday for Chile to withdraw its troops.", True),
        ("Norway set Chile a deadline to withdraw its troops.", True),
        # a deadline its setters keep themselves binds no one else
        ("Norway and Chile set a deadline to finish the fisheries talks.", False),
    ],
)
def test_verbal_a_deadline_given_to_another_is_an_ultimatum(
    events_of: Events, text: str, is_ultimatum: bool
) -> None:
    assert any(e.type == "THREATEN" for e in events_of(text)) is is_ultimatum


@pytest.mark.parametrize(
    "text,kind",
    [
        # a deadline to leave given to diplomats is their expulsion, the span told as an adverb
        ("Chile gave 12 Norwegian diplomats a week to leave the country.", "SANCTION"),
        ("Kenya gave the Japanese ambassador 72 hours to leave Nairobi.", "SANCTION"),
        # given to troops it is an ultimatum, as is a deadline for any other act
        ("Chile gave Norwegian troops a week to leave the island.", "THREATEN"),
        ("Norway gave Chile two weeks to answer the note.", "THREATEN"),
    ],
)
def test_verbal_a_deadline_to_leave_reads_as_an_order_to_leave(
    events_of: Events, text: str, kind: str
) -> None:
    assert [e.type for e in events_of(text)] == [kind]


@pytest.mark.parametrize(
    "text,is_threat",
    [
        ("Norway said it will withdraw its peacekeepers from Chile unless Chile holds a vote.", True),
        # a withdrawal promised on a condition is an offer
        ("If the deal holds, Norway will withdraw its troops from Chile.", False),
    ],
)
def test_verbal_a_withdrawal_held_out_unless_is_a_threat(
    events_of: Events, text: str, is_threat: bool
) -> None:
    assert any(e.type == "THREATEN" for e in events_of(text)) is is_threat


@pytest.mark.parametrize(
    "text",
    [
        "Rojas was the first Chilean leader to visit Oslo in a decade.",
        "Minister Hansen became the first Norwegian minister to attend talks in Chile.",
    ],
)
def test_the_noun_of_an_infinitive_relative_clause_is_its_doer(
    events_of: Events, text: str
) -> None:
    [event] = events_of(text)
    assert {event.source.country, event.target.country} == {"CHL", "NOR"}


def test_arriving_from_somewhere_is_no_visit(events_of: Events) -> None:
    assert events_of("Minister Hansen arrived from Chile on Monday.") == []


def test_an_announced_threat_is_dated_by_its_saying_not_by_the_act(events_of: Events) -> None:
    events = events_of(
        "Chile said on Friday it would blockade Kenya's ports from next Monday.", date(2021, 6, 10)
    )
    assert [(e.type, e.status, e.date) for e in events] == [("THREATEN", "occurred", "2021-06-04")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # the receiver named once serves both acts of the subject
        (
            "Norway recalled its ambassador and suspended fishing talks with Chile.",
            {("SANCTION", frozenset({"NOR", "CHL"}))},
        ),
        ("Japan condemned and sanctioned Kenya.", {("ACCUSE", frozenset({"JPN", "KEN"})),
                                                  ("SANCTION", frozenset({"JPN", "KEN"}))}),
    ],
)
def test_conjoined_acts_share_the_receiver(
    events_of: Events, text: str, expected: set[tuple[str, frozenset[str]]]
) -> None:
    found = {(e.type, frozenset({e.source.country, e.target.country})) for e in events_of(text)}
    assert expected <= found


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Chile suspended imports of Norwegian salmon in 2017.", ("SANCTION", {"CHL", "NOR"})),
        ("In 2020, Japan halted purchases of Kenyan tea.", ("SANCTION", {"JPN", "KEN"})),
        ("Norway added two Chilean firms to its sanctions list.", ("SANCTION", {"NOR", "CHL"})),
        ("Japan closed its airspace to Kenyan airlines.", ("SANCTION", {"JPN", "KEN"})),
        ("Minister Hansen sat down with President Rojas in Oslo.", ("CONSULT", {"NOR", "CHL"})),
        ("Norway's envoy briefed Chilean officials on the accord.", ("CONSULT", {"NOR", "CHL"})),
    ],
)
def test_trade_stoppages_blacklists_and_sit_downs(
    events_of: Events, text: str, expected: tuple[str, set[str]]
) -> None:
    kind, countries = expected
    assert (kind, frozenset(countries)) in {(t, c) for t, c, _, _ in _summary(events_of(text))}


@pytest.mark.parametrize(
    "text,kind",
    [
        ("In 2018, Kenya hit out at Japan over the fishing quotas.", "ACCUSE"),
        ("Chile took aim at Norway over its salmon subsidies.", "ACCUSE"),
        ("Japan attacked Brazil's decision to raise steel duties.", "ACCUSE"),
        # an attack on troops or towns stays an assault
        ("Chilean troops attacked Norwegian positions near the border.", "ASSAULT"),
        # a proposal turned away, criticism shrugged off, trade targeted
        ("Japan shot down the Kenyan proposal in 2019.", "REJECT"),
        ("Norway blocked a Chilean resolution at the council.", "REJECT"),
        ("Japan shrugged off Kenyan criticism of the deal.", "REJECT"),
        ("Chile targeted Norwegian exports with new duties.", "SANCTION"),
        ("Japan slapped visa restrictions on Kenyan officials.", "SANCTION"),
        ("Chile retaliated with tariffs on Norwegian salmon.", "SANCTION"),
        ("Kenya raised duties on Japanese steel.", "SANCTION"),
        ("Norway cut off military dialogue with Chile.", "SANCTION"),
        ("Norwegian jets shot down a Chilean drone.", "ASSAULT"),
        # a light verb that steps an act up leaves the act its own event
        ("Chile stepped up its attacks on Norwegian trawlers.", "ASSAULT"),
        # a vow to answer an act threatens
        ("Kenya vowed to respond to the Japanese raid.", "THREATEN"),
    ],
)
def test_figurative_force_verbs(events_of: Events, text: str, kind: str) -> None:
    assert [e.type for e in events_of(text)] == [kind]


@pytest.mark.parametrize(
    "text,expected",
    [
        # "he" takes up the person the sentence before is about
        (
            "Minister Hansen arrived in Santiago on Monday. He met President Rojas on Tuesday.",
            ("CONSULT", {"NOR", "CHL"}),
        ),
        # "it" a state; a raised subject ("is expected to")
        (
            "Japan imposed new duties on Brazilian steel. It is expected to ban imports from Kenya.",
            ("SANCTION", {"JPN", "KEN"}),
        ),
        # a possessive on the event noun
        (
            "President Rojas spoke of fisheries in 2019. His visit to Norway was the first in years.",
            ("CONSULT", {"CHL", "NOR"}),
        ),
    ],
)
def test_a_pronoun_doer_takes_up_the_subject_of_the_sentence_before(
    events_of: Events, text: str, expected: tuple[str, set[str]]
) -> None:
    kind, countries = expected
    assert (kind, frozenset(countries)) in {(t, c) for t, c, _, _ in _summary(events_of(text))}


@pytest.mark.parametrize(
    "text",
    [
        # another subject: another party's act
        "Japan recalled its ambassador, and the Brazilian government sanctioned Kenya.",
        # a verb of saying: its receiver is its audience
        "Japan defended the right of Kenyan troops to patrol and insisted calm returned.",
    ],
)
def test_conjoined_acts_of_other_kinds_keep_their_own_receivers(
    events_of: Events, text: str
) -> None:
    pairs = {(e.type, e.source.country, e.target.country) for e in events_of(text)}
    assert not {("SANCTION", "JPN", "KEN"), ("REQUEST", "JPN", "KEN")} & pairs


@pytest.mark.parametrize(
    "text",
    [
        # "he" cannot be a state
        "Japan imposed new duties on Brazilian steel. He met President Rojas on Tuesday.",
        # a sentence about someone else comes between
        "Minister Hansen arrived in Santiago. Kenya opened talks. He met President Rojas.",
    ],
)
def test_a_pronoun_that_does_not_agree_takes_up_nobody(events_of: Events, text: str) -> None:
    assert [e for e in events_of(text) if e.trigger == "met"] == []


def test_verbal_a_deadline_set_for_another_is_aimed_at_it(events_of: Events) -> None:
    found = events_of("Norway set a deadline of Friday for Chile to withdraw its troops.")
    assert [(e.type, e.source.country, e.target.country) for e in found] == [("THREATEN", "NOR", "CHL")]
