"""Words that code no event in everyday world news (issue #13, read on unread news pages):
fallback verbs used for no act between parties, statements told with a verb of proposing
or claiming, questions put, risks warned of, press conferences, requests for comment,
illnesses fought or died of, bills signed into law; prices and markets, a plea of guilty,
a vote at the polls, a show hosted, crowds that gather."""

from __future__ import annotations

import pytest

import bilateral

from .conftest import Events, relations


@pytest.mark.parametrize(
    "text",
    [
        # fallback verbs used for no act between parties
        "Kenya said Brazil's new levy contrasts with Chile's.",
        "Chile's president is closely monitoring the situation at the Japanese embassy.",
        "Weak harvests plague the Chilean economy, Brazil said.",
        "Kenyan voters tend to trust Japan more than Brazil.",
        "The Kenyan ambassador learned of the Japanese decision from the radio.",
        "The Indian army was combing the border town after Pakistan's fighters fled.",
        # a statement, not a proposal or a complaint
        "Economists who contend that Brazil needs Chinese capital are mistaken.",
        # a question put, not a request
        "Japan asked the Kenyan envoy about reports of a new fence.",
        "Norway asked the Chilean minister whether Chile would reopen the border.",
        "Japan refused to say whether it would send ships to help India.",
        # a risk foretold, no threat
        "Norway warned that Chinese tariffs could hurt Norwegian farmers.",
        "President Rojas was warned by Norway that the Japanese plan could cost him votes.",
        "The Kenyan health minister warned that the pandemic in Brazil is far from over.",
        # said to the press
        "Minister Hansen told a press conference in Oslo that Kenya had voted.",
        "Neither Kenya nor Japan responded to requests for comment.",
        # an illness or a fire is no enemy
        "Indian troops are fighting the coronavirus pandemic alongside Pakistan's doctors.",
        "Two Kenyans have died from the disease in Brazil, Chile said.",
        "Chile battled the wildfires with help from Brazil.",
        # a law signed at home
        "The act against Russia was signed into law by the Japanese prime minister.",
    ],
)
def test_no_event(events_of: Events, text: str) -> None:
    assert relations(events_of(text)) == []


def test_a_statement_with_suggest_asks_nothing(events_of: Events) -> None:
    found = relations(events_of("Minister Hansen seems to suggest that he met President Rojas twice."))
    assert found == [("CONSULT", "NOR", "CHL")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway suggested that Chile resume fishing talks.", ("REQUEST", "NOR", "CHL")),
        ("Russia asked Japan to return the fishing boat.", ("REQUEST", "RUS", "JPN")),
        ("Russia warned Japan that further attacks would bring consequences.", ("THREATEN", "RUS", "JPN")),
        ("China warned that Japan could face countermeasures.", ("THREATEN", "CHN", "JPN")),
        ("Pakistan warned that its missiles could strike bases in India.", ("THREATEN", "PAK", "IND")),
        ("Chile turned down Brazil's requests for extradition.", ("REJECT", "CHL", "BRA")),
        ("Kenya signed a trade agreement with Norway.", ("AGREE", "KEN", "NOR")),
        ("Russia is fighting Japanese troops on the island.", ("ASSAULT", "RUS", "JPN")),
    ],
)
def test_the_act_itself_still_codes(events_of: Events, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in relations(events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # prices and markets act on no party
        "Shares of Japanese banks were trading higher after Kenya's vote.",
        "The rupee was supported by Chinese demand, traders in Pakistan said.",
        # helping to do something, with no one helped
        "Japan sent water kits to help prevent the spread of cholera in Kenya.",
        # a plea of guilty, a vote at the polls, a show hosted
        "A Kenyan man pleaded guilty to stealing from a Japanese firm.",
        "Kenyans voted for control of the Japanese-funded council.",
        "Japan will host a charity gig for Kenya's flood victims.",
        # one's own people protected, a business killed, disasters dealt with, a date given
        "Japan said it would act to protect its citizens in Kenya.",
        "Long brownouts are killing Kenyan businesses, Japan said.",
        "Kenya dealt with more than 200 disasters with Japanese help.",
        "Kenya said it is impossible to give the exact date when the border with Japan will reopen.",
        "Kenyan players hit some tough shots against Japan.",
        # confessions and admissions, buyers pulled in, contracts bid for, a campaign
        "Ten Kenyan patients were admitted to a Japanese hospital.",
        "A sleek redesign will pull in more Japanese buyers to Kenya.",
        "Nine Japanese companies may bid for contracts in Kenya.",
        "The Kenyan president will campaign on his tough stance toward Japan.",
        # taxes paid at home, firms competing, a proposal studied
        "Kenyans pay tax on income earned in Japan.",
        "Kenyan firms find it harder to compete against Japanese rivals.",
        "Japan will study Kenya's proposal.",
    ],
)
def test_no_event_in_market_and_civic_news(events_of: Events, text: str) -> None:
    assert relations(events_of(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan will help Kenya rebuild its ports.", "AGREE"),
        ("Kenya pleaded with Japan for more aid.", "REQUEST"),
        ("Pakistan voted in favour of Chile at the UN.", "SUPPORT"),
        ("Japan sent warships to protect Kenya.", "AID"),
        ("Japanese troops killed two Kenyan soldiers.", "ASSAULT"),
        ("Japan gave Kenya a loan.", "AID"),
        ("Japan hit Kenya with new tariffs.", "SANCTION"),
        ("Kenya had admitted more than a million refugees from Japan.", "AID"),
        ("Kenya campaigned for the release of prisoners held by Japan.", "REQUEST"),
        ("Japan paid Kenya five million dollars for the land.", "COOPERATE"),
        ("Thousands of Kenyan protesters gathered outside the Japanese embassy.", "PROTEST"),
        ("Kenyan and Japanese ministers gathered in Nairobi for talks.", "CONSULT"),
    ],
)
def test_the_act_keeps_its_type(events_of: Events, text: str, expected: str) -> None:
    assert expected in {t for t, _, _ in relations(events_of(text))}


def test_protesters_killed_in_a_headline_were_killed(nlp: object) -> None:
    records = bilateral.extract("More than 100 protesters killed in Kenyan unrest", published="2019-11-20")
    assert [e.type for e in records.events] == ["ASSAULT"]
