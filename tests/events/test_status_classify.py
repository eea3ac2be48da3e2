"""The status classifier, on parsed sentences written for the test."""

from __future__ import annotations

from typing import Any

import pytest

from bilateral.events.status import classify_status


def _status(parse: Any, text: str, trigger: str) -> str:
    doc = parse(text)
    token = next(t for t in doc if t.text == trigger)
    return classify_status(token)


@pytest.mark.parametrize(
    "text,trigger,status",
    [
        ("Norway's foreign minister is arriving in Santiago today.", "arriving", "occurred"),
        ("Kenya and Japan signed a fisheries accord on Friday.", "signed", "occurred"),
        ("Chile and Norway are negotiating a salmon deal.", "negotiating", "occurred"),
        ("Kenya plans to open an embassy in Tokyo.", "open", "planned"),
        ("Japan will host the Kenyan president next month.", "host", "planned"),
        ("Brazil is expected to sign the treaty in June.", "sign", "expected"),
        ("Oslo hopes to resume talks with Santiago.", "resume", "hoped"),
        ("Japan invited Kenya's president to attend the summit.", "attend", "planned"),
        ("Kenya's president said he would visit Japan in May.", "visit", "planned"),
        ("Kenya's president would visit Japan if invited.", "visit", "hypothetical"),
        ("Japan invited Kenya's president to attend the summit.", "invited", "occurred"),
        ("Chile could send aid to Kenya.", "send", "hypothetical"),
        ("Norway should support the proposal.", "support", "hypothetical"),
        ("If Japan attacks, Kenya will respond.", "attacks", "hypothetical"),
        ("Brazil did not sign the declaration.", "sign", "negated"),
        ("Kenya never recognised the government.", "recognised", "negated"),
        ("Japan refused to meet the delegation.", "meet", "negated"),
        ("Norway denied that it had expelled the diplomats.", "expelled", "denied"),
        (
            "Citizens are eagerly awaiting the long overdue visit of the Chilean president.",
            "visit",
            "expected",
        ),
        ("The planned summit between the two countries drew protests.", "summit", "planned"),
        (
            "Baseless allegations accusing Chile of spying circulated online.",
            "accusing",
            "false_claim",
        ),
        ("After the minister visited Oslo, trade grew.", "visited", "occurred"),
        # a subject that is nobody: the act did not happen
        ("No Chilean warship fired at the Norwegian trawler.", "fired", "negated"),
        ("None of the Kenyan ministers attended the summit.", "attended", "negated"),
        ("Neither side withdrew its troops from the border.", "withdrew", "negated"),
    ],
)
def test_status_classify(parse: Any, text: str, trigger: str, status: str) -> None:
    assert _status(parse, text, trigger) == status


def test_status_purpose_infinitive_shares_the_governors_future(parse: Any) -> None:
    assert (
        _status(parse, "The two presidents will meet in Oslo to discuss fisheries.", "discuss")
        == "planned"
    )


@pytest.mark.parametrize(
    "text,trigger,status",
    [
        ("Kenya threatened to expel the Japanese envoy.", "expel", "hypothetical"),
        ("Norway is ready to send troops to Chile.", "send", "planned"),
    ],
)
def test_status_announced_acts_did_not_happen(
    parse: Any, text: str, trigger: str, status: str
) -> None:
    assert _status(parse, text, trigger) == status


@pytest.mark.parametrize(
    "text,trigger,status",
    [
        ("The ministers set a new goal during the president's visit to Nairobi.", "visit", "occurred"),
        ("They agreed to build a port, the centrepiece of the king's visit to Oslo.", "visit", "occurred"),
        ("Chile plans to sign the accord after the visit.", "sign", "planned"),
    ],
)
def test_status_circumstances_and_appositives_are_not_governed(
    parse: Any, text: str, trigger: str, status: str
) -> None:
    assert _status(parse, text, trigger) == status


@pytest.mark.parametrize(
    "text,trigger,status",
    [
        ("The council decided on Friday to admit Kenya as a member.", "admit", "occurred"),
        ("Union decides to suspend Chile", "suspend", "occurred"),
        ("Norway and Chile agreed to reopen their embassies next month.", "reopen", "planned"),
        ("Norway has agreed in principle to lift the ban on Chilean salmon.", "lift", "planned"),
        ("Japan agreed to lift the sanctions if Kenya released the sailors.", "lift", "planned"),
    ],
)
def test_status_a_decision_is_the_act_unless_it_has_a_time_or_condition_of_its_own(
    parse: Any, text: str, trigger: str, status: str
) -> None:
    assert _status(parse, text, trigger) == status


@pytest.mark.parametrize(
    "text,trigger,status",
    [
        ("The Norwegian contingent has yet to deploy in Chile.", "deploy", "expected"),
        ("No agreement was reached at the talks in Oslo.", "agreement", "negated"),
        ("Japan has no plans to send troops to Kenya.", "send", "negated"),
        ("Norway and Chile have been unable to reach a deal.", "reach", "negated"),
        ("Chile urged Kenya not to expel the Japanese envoy.", "expel", "hoped"),
        ("Norway asked Chile to consider not signing the accord.", "signing", "hoped"),
        # a wish denied says nothing of the act: it is not wished, not undone
        ("Kenya said it did not want Norway in the talks.", "talks", "hoped"),
        ("Kenya does not want Japan to send troops.", "send", "hoped"),
        ("Kenya did not agree to hold talks with Norway.", "talks", "negated"),
    ],
)
def test_status_acts_still_to_come_not_done_or_wished_undone(
    parse: Any, text: str, trigger: str, status: str
) -> None:
    assert _status(parse, text, trigger) == status


@pytest.mark.parametrize(
    "text,trigger,status",
    [
        ("Norway said it would continue to support Chile's bid.", "support", "occurred"),
        ("Japan will continue to press Kenya on the fishing quotas.", "press", "occurred"),
        ("Japan will continue to meet Kenyan officials next month.", "meet", "planned"),
        ("Japan will not continue to fund the Kenyan port.", "fund", "negated"),
    ],
)
def test_status_an_act_that_will_continue_is_under_way(
    parse: Any, text: str, trigger: str, status: str
) -> None:
    assert _status(parse, text, trigger) == status


def test_status_a_participle_on_a_noun_is_presupposed(parse: Any) -> None:
    text = "Kenya denied that it broke the Norwegian-brokered truce with Chile."
    assert _status(parse, text, "brokered") == "occurred"
    assert _status(parse, text, "broke") == "denied"


@pytest.mark.parametrize(
    "text,trigger,status",
    [
        ("Rojas, who flies to Oslo later Tuesday, met Kenya's president.", "flies", "planned"),
        ("The Chilean president visits Kenya next week.", "visits", "planned"),
        ("Hansen meets Rojas tomorrow in Santiago.", "meets", "planned"),
        ("Chile opens an embassy in Nairobi two years later.", "opens", "occurred"),
    ],
)
def test_status_present_tense_on_a_timetable_is_planned(
    parse: Any, text: str, trigger: str, status: str
) -> None:
    assert _status(parse, text, trigger) == status


def test_status_an_attempted_act_is_coded_as_the_act(parse: Any) -> None:
    text = "Chilean coast guards tried to seize a Norwegian trawler."
    assert _status(parse, text, "seize") == "occurred"


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("Norway's premier is unlikely to meet the Chilean president in June.", "meet"),
        ("Kenya unlikely to sign the fisheries pact this year.", "sign"),
        ("An unlikely visit by the Chilean president to Oslo.", "visit"),
        ("Officials said Chile could be willing to ease the quotas.", "ease"),
        ("Japan might be ready to resume talks with Kenya.", "resume"),
    ],
)
def test_status_an_unlikely_or_speculative_act_is_hypothetical(
    parse: Any, text: str, trigger: str
) -> None:
    assert _status(parse, text, trigger) == "hypothetical"


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("The Norwegian premier will forgo meeting the Chilean president this year.", "meeting"),
        ("Kenya will cancel the minister's visit to Tokyo.", "visit"),
        ("Brazil will skip the summit with Chile in May.", "summit"),
    ],
)
def test_status_an_act_called_off_for_later_is_negated(parse: Any, text: str, trigger: str) -> None:
    assert _status(parse, text, trigger) == "negated"
