"""Merging mentions of one event, on hand-built events."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bilateral.events.merge import merge_events
from bilateral.types import Actor, Event

NOR, CHL = Actor("NOR", "Norway", "NOR"), Actor("CHL", "Chile", "CHL")
HANSEN = Actor("person:hansen", "Hansen", "NOR", kind="person")


def _event(
    start: int,
    kind: str = "AGREE",
    date: str | None = None,
    source: Actor = NOR,
    status: str = "occurred",
    date_text: str | None = "",
) -> Event:
    """``date_text`` defaults to words that told the date; None marks an estimated date."""
    return Event(
        doc_id="d",
        type=kind,
        source=source,
        target=CHL,
        sentence=f"s{start}",
        start=start,
        end=start + 5,
        date=date,
        date_text=(date_text if date_text != "" else date),
        status=status,
    )


def test_merge_compatible_dates_fold_into_one() -> None:
    [event] = merge_events(
        [(_event(0, date="2014"), False), (_event(50, date="2014-11"), False)], []
    )
    assert event.date == "2014-11" and len(event.evidence) == 2


def test_merge_estimated_years_do_not_tie_mentions() -> None:
    events = [(_event(0, date="2014", date_text=None), False)]
    events.append((_event(50, date="2014", date_text=None), False))
    assert len(merge_events(events, [])) == 2


def test_merge_undated_signings_between_states_stay_apart() -> None:
    assert len(merge_events([(_event(0, date="2014"), False), (_event(50), False)], [])) == 2


def test_merge_different_dates_stay_apart() -> None:
    events = [(_event(0, "CONSULT", "2003"), False), (_event(50, "CONSULT", "2008"), False)]
    assert len(merge_events(events, [])) == 2


def test_merge_same_person_ties_undated_mentions() -> None:
    events = [
        (_event(0, "CONSULT", "2020", HANSEN), False),
        (_event(50, "CONSULT", None, HANSEN), False),
    ]
    [event] = merge_events(events, [])
    assert len(event.evidence) == 2


def test_merge_noun_back_reference_joins_the_latest_earlier_event() -> None:
    events = [
        (_event(0, "CONSULT", "2003"), False),
        (_event(50, "CONSULT", "2008"), False),
        (_event(90, "CONSULT"), True),
    ]
    merged = merge_events(events, [])
    assert [len(e.evidence) for e in merged] == [1, 2]


def test_merge_status_differs_across_sentences_stays_apart() -> None:
    events = [(_event(0, "CONSULT"), False), (_event(50, "CONSULT", status="expected"), True)]
    assert len(merge_events(events, [])) == 2


def test_merge_anaphor_adds_evidence_only() -> None:
    anaphor = Event(
        doc_id="d",
        type="CONSULT",
        source=None,
        target=None,
        sentence="During the meeting",
        start=40,
        end=58,
    )
    [event] = merge_events([(_event(0, "CONSULT", "2020"), False)], [anaphor])
    assert [e.start for e in event.evidence] == [0, 40]


def test_merge_headline_event_takes_in_its_first_retelling() -> None:
    events = [(_event(0, date="2024", date_text=None), False)]
    events.append((_event(40, date="2024", date_text=None), False))
    [event] = merge_events(events, [], headline_end=30)
    assert [e.start for e in event.evidence] == [0, 40]


def test_merge_headline_event_is_retold_once() -> None:
    # a second undated agreement further down is another agreement
    events = [(_event(s, date="2024", date_text=None), False) for s in (0, 40, 90)]
    merged = merge_events(events, [], headline_end=30)
    assert [len(e.evidence) for e in merged] == [2, 1]


def test_merge_quotation_joins_the_telling_right_before_it() -> None:
    told = _event(0, "ASSAULT", "2024-05-04")
    quoted = _event(50, "ASSAULT", "2024", date_text=None)
    [event] = merge_events([(told, False), (quoted, False)], [], quotations={50: 0})
    assert [e.start for e in event.evidence] == [0, 50] and event.date == "2024-05-04"
    # a quotation after another sentence is not the source's words for this telling
    assert len(merge_events([(told, False), (quoted, False)], [], quotations={50: 30})) == 2


def test_merge_headline_and_lede_of_an_article_are_one_event(events_of) -> None:
    title = "Norway expels Chilean diplomats"
    text = f"{title}\n\nNorway expelled two Chilean diplomats over the fishing dispute, the ministry said."
    sanctions = [e for e in events_of(text, date(2024, 5, 3), title) if e.type == "SANCTION"]
    assert len(sanctions) == 1 and len(sanctions[0].evidence) == 2


def test_merge_the_answer_a_lede_tells_beside_the_headline_act_stays_apart(events_of) -> None:
    title = "Norway expels Chilean diplomat"
    text = (f"{title}\n\nNorway on Monday ordered a Chilean diplomat to leave, days after Chile "
            "expelled a Norwegian embassy employee.")
    sanctions = [(e.source.country, e.target.country)
                 for e in events_of(text, date(2024, 5, 3), title) if e.type == "SANCTION"]
    assert sorted(sanctions) == [("CHL", "NOR"), ("NOR", "CHL")]


def test_merge_a_retold_sentence_is_the_same_event() -> None:
    lede = "Norway and Chile have agreed on new fishing quotas in the southern sea, officials said."
    quote = '"Norway and Chile have agreed on new fishing quotas in the southern sea," he said.'
    first = replace(_event(0, date="2024", date_text=None), sentence=lede)
    events = [
        (first, False),
        (replace(_event(200, date="2024", date_text=None), sentence=quote), False),
    ]
    [event] = merge_events(events, [])
    assert len(event.evidence) == 2


def test_merge_different_sentences_of_one_pair_stay_apart() -> None:
    lede = "Norway and Chile have agreed on new fishing quotas in the southern sea, officials said."
    other = "Last year Norway signed a separate deal with Chile on salmon farming and research."
    first = replace(_event(0, date="2024", date_text=None), sentence=lede)
    events = [
        (first, False),
        (replace(_event(200, date="2024", date_text=None), sentence=other), False),
    ]
    assert len(merge_events(events, [])) == 2


def test_merge_deck_under_the_title_and_the_lede_are_one_event(events_of) -> None:
    title = "Fishing row deepens in the southern sea"
    deck = "Norway expels two Chilean diplomats"
    lede = "Norway expelled two Chilean diplomats on Monday, the foreign ministry in Oslo said."
    text = f"{title}\n\n{deck}\n\n{lede}"
    sanctions = [e for e in events_of(text, date(2024, 5, 3), title) if e.type == "SANCTION"]
    assert len(sanctions) == 1
    assert len(sanctions[0].evidence) == 2 and sanctions[0].date == "2024-04-29"


def test_merge_dated_caption_gives_the_lede_its_date(events_of) -> None:
    title = "Tensions rise over fishing quotas"
    caption = "Norway expels two Chilean diplomats - 2 May 2024"
    lede = "Norway has expelled two Chilean diplomats in a row over fishing quotas."
    text = f"{title}\n\n{caption}\n\n{lede}"
    sanctions = [e for e in events_of(text, date(2024, 5, 3), title) if e.type == "SANCTION"]
    assert [(e.date, len(e.evidence)) for e in sanctions] == [("2024-05-02", 2)]


def test_merge_a_lede_with_a_full_stop_is_no_headline(events_of) -> None:
    # an untitled article opens with its story: a later undated expulsion may be another one
    lede = "Norway expelled two Chilean diplomats on Monday, the foreign ministry said."
    later = "Norway has expelled Chilean diplomats over espionage before."
    sanctions = [
        e for e in events_of(f"{lede}\n\n{later}", date(2024, 5, 3)) if e.type == "SANCTION"
    ]
    assert len(sanctions) == 2


LEDE = "Norwegian troops fired on a Chilean patrol near the border on Saturday."


def _records(events_of, text: str, kind: str) -> list[tuple[str | None, int]]:
    """Each event of ``kind`` in ``text`` (written on 8 May 2024): its date and how many
    sentences tell it."""
    events = events_of(text, date(2024, 5, 8))
    return [(e.date, len(e.evidence)) for e in events if e.type == kind]


def _assaults(events_of, text: str) -> list[tuple[str | None, int]]:
    return _records(events_of, text, "ASSAULT")


def test_merge_a_quotation_telling_the_act_just_told_is_the_same_event(events_of) -> None:
    quote = "\u201cNorwegian soldiers fired warning shots at a Chilean patrol,\u201d the army said."
    assert _assaults(events_of, f"{LEDE} {quote}") == [("2024-05-04", 2)]
    assert _assaults(events_of, f"{LEDE}\n\n{quote}") == [("2024-05-04", 2)]


def test_merge_a_quotation_further_down_or_with_its_own_date_stays_apart(events_of) -> None:
    later = "No one was hurt. \u201cNorwegian soldiers fired warning shots at a Chilean patrol,\u201d"
    assert len(_assaults(events_of, f"{LEDE} {later} the army said.")) == 2
    dated = "\u201cNorwegian soldiers fired at a Chilean patrol on Tuesday,\u201d the army said."
    assert len(_assaults(events_of, f"{LEDE} {dated}")) == 2


SIGNED = "Norway and Chile signed a fishing agreement in Oslo on Monday, officials said."


def _agreements(events_of, text: str) -> list[tuple[str | None, int]]:
    return _records(events_of, text, "AGREE")


def test_merge_a_participle_on_a_definite_noun_tells_the_act_again(events_of) -> None:
    # "The agreement, signed by ..." is the signing just told, as "the agreement" is
    again = "The agreement, signed by Minister Hansen and a Chilean official, sets new quotas."
    assert _agreements(events_of, f"{SIGNED}\n\n{again}") == [("2024-05-06", 2)]


def test_merge_a_participle_on_an_indefinite_noun_may_be_another_act(events_of) -> None:
    other = "A separate accord signed by Norway and Chile covers salmon farming."
    assert len(_agreements(events_of, f"{SIGNED}\n\n{other}")) == 2


def test_merge_a_person_of_any_earlier_mention_ties() -> None:
    # the headline names the states, the lede the minister who met; his next meeting
    # told undated joins the event the lede told
    headline = _event(0, "CONSULT", "2024", date_text=None)
    lede = _event(40, "CONSULT", "2024-05-06", HANSEN)
    later = _event(120, "CONSULT", None, HANSEN)
    merged = merge_events([(headline, False), (lede, False), (later, False)], [], headline_end=30)
    assert [[e.start for e in m.evidence] for m in merged] == [[0, 40, 120]]
