"""Corrections are data: applied everywhere, kept across reextract and a re-ingest into a fresh
store, never lost (issue 14). Real articles, real extraction, SQLite and PostgreSQL."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bilateral.errors import UserError
from bilateral.linking.events import link_pending
from bilateral.review import actions
from bilateral.review.gold import judged, reviewed_gold
from bilateral.review.score import score
from bilateral.store import review as corrections
from bilateral.store.export import iter_records
from bilateral.store.ingest import ingest
from bilateral.store.models import DocumentRow, EventRow, FigureRow
from bilateral.store.reextract import reextract
from bilateral.store.session import Store

NUCLEAR = "Japan and India sign civil nuclear cooperation agreement"
EXERCISE = "Indian and Japanese soldiers begin first joint army exercise"
TRADE_GAP = "India-Japan trade: a gap in the numbers"


def doc_id(store: Store, title: str) -> str:
    with store.session() as session:
        return session.scalar(select(DocumentRow.doc_id).where(DocumentRow.title == title))


def event_id(store: Store, title: str, words: str, type_: str | None = None) -> str:
    """The id of the event of article ``title`` whose sentence holds ``words``."""
    with store.session() as session:
        rows = session.scalars(select(EventRow).where(EventRow.doc_id == doc_id(store, title))).all()
    found = [r.event_id for r in rows if words in r.sentence and (type_ is None or r.type == type_)]
    assert len(found) == 1, (words, [(r.type, r.sentence) for r in rows])
    return found[0]


def figure_id(store: Store, title: str, text: str) -> str:
    with store.session() as session:
        return session.scalar(select(FigureRow.figure_id).where(
            FigureRow.doc_id == doc_id(store, title), FigureRow.text == text))


def records(store: Store) -> list[dict[str, Any]]:
    """Events and figures as exported, without where they are stored (ids may be renumbered)."""
    kept = []
    for record in iter_records(store, ("event", "figure")):
        if record["kind"] != "document":
            kept.append({k: v for k, v in record.items() if k not in ("event_id", "figure_id", "cluster_id")})
    return sorted(kept, key=lambda r: (r["doc_id"], r["kind"], r["start"], repr(sorted(r.items()))))


def review(store: Store) -> dict[str, str]:
    """The decisions of the worked example: reject, edit an event and a figure, add, accept."""
    with store.session() as session:
        rejected = event_id(store, TRADE_GAP, "both governments agree")
        actions.correct(session, rejected, "reject", author="ana", note="a view, not an agreement")
        edited = event_id(store, NUCLEAR, "signed memorandums", "AGREE")
        actions.correct(session, edited, "edit", edits={"date": "2016-11-11"}, author="ana",
                        note="signed the same day as the agreement")
        accepted = event_id(store, EXERCISE, "begin first joint army exercise")
        actions.correct(session, accepted, "accept", author="ana")
        gap = figure_id(store, TRADE_GAP, "20.57 billion dollars")
        actions.correct(session, gap, "edit", edits={"period": "2021-04/2022-03"}, author="bo")
        added = actions.add_missed(session, doc_id(store, EXERCISE), "held their JIMEX exercise",
                                   {"type": "COOPERATE", "source": "IND", "target": "JPN",
                                    "date": "2018-10"}, author="ana", note="the navies' drill")
    return {"rejected": rejected, "edited": edited, "added": added["record_id"]}


@pytest.fixture
def reviewed(store: Store, corpus: Path) -> dict[str, str]:
    ingest(store, [str(corpus)], after_write=link_pending)
    return review(store)


def test_review_decisions_show_in_the_store(store: Store, reviewed: dict[str, str]) -> None:
    exported = records(store)
    sentences = {(r["kind"], r["sentence"]) for r in exported}
    assert not any("both governments agree" in s for _, s in sentences)  # rejected: gone
    added = [r for r in exported if r.get("review") == "added"]
    assert [(a["type"], a["source"]["country"], a["target"]["country"], a["date"]) for a in added] \
        == [("COOPERATE", "IND", "JPN", "2018-10")]
    assert "JIMEX" in added[0]["sentence"]
    edited = [r for r in exported if r["kind"] == "event" and r.get("review") == "edited"]
    assert [(e["type"], e["date"]) for e in edited] == [("AGREE", "2016-11-11")]
    figure = next(r for r in exported if r["kind"] == "figure" and r.get("review") == "edited")
    assert figure["period"] == "2021-04/2022-03" and figure["value"] == 20570000000
    assert sum(1 for r in exported if r.get("review") == "accepted") == 1
    assert all("review" in r for r in exported)  # every record says whether it was reviewed


def test_review_rejected_records_are_listed_only_when_asked(store: Store, reviewed: dict[str, str]) -> None:
    with store.session() as session:
        rejected = corrections.list_corrections(session, decision="reject")
        with pytest.raises(UserError, match="review list --decision reject"):
            corrections.find_record(session, reviewed["rejected"])
    assert [r["before"]["sentence"][:40] for r in rejected] == ["Whatever the exact number, both governme"]
    assert rejected[0]["author"] == "ana" and rejected[0]["note"] == "a view, not an agreement"


def test_review_corrections_survive_reextract(store: Store, reviewed: dict[str, str]) -> None:
    before = records(store)
    with store.session() as session:  # as after an upgrade: every document is stale
        for document in session.scalars(select(DocumentRow)):
            document.extractor_version = "0"
    assert reextract(store) == 4
    assert records(store) == before
    with store.session() as session:
        states = {r["state"] for r in corrections.list_corrections(session)}
    assert states == {"applied"}


def test_review_corrections_reattach_in_a_fresh_store(store: Store, reviewed: dict[str, str],
                                                      fresh_store: Store, corpus: Path) -> None:
    out = io.StringIO()
    with store.session() as session:
        assert corrections.write_corrections(session, out) == 5
    shared = corrections.read_corrections(out.getvalue().splitlines(), "corrections.jsonl")
    with fresh_store.session() as session:  # corrections first: the articles come later
        assert corrections.import_corrections(session, shared) == (5, 0)
        assert {r["state"] for r in corrections.list_corrections(session)} == {"orphaned"}
    ingest(fresh_store, [str(corpus)], after_write=link_pending)
    assert records(fresh_store) == records(store)
    with fresh_store.session() as session:
        assert corrections.import_corrections(session, shared) == (0, 5)  # idempotent
        assert {r["state"] for r in corrections.list_corrections(session)} == {"applied"}
    assert records(fresh_store) == records(store)


def test_review_orphaned_correction_is_kept_and_listed(store: Store, reviewed: dict[str, str],
                                                       fresh_store: Store, tmp_path: Path) -> None:
    out = io.StringIO()
    with store.session() as session:
        corrections.write_corrections(session, out)
    only_one = tmp_path / "one"
    only_one.mkdir()
    (only_one / "03.txt").write_text((Path(__file__).resolve().parents[2] / "examples" / "corpus"
                                      / "03_civil_nuclear_agreement_2016.txt").read_text(encoding="utf-8"))
    ingest(fresh_store, [str(only_one)], after_write=link_pending)
    with fresh_store.session() as session:
        corrections.import_corrections(session, corrections.read_corrections(out.getvalue().splitlines(), "x"))
        listed = corrections.list_corrections(session)
    assert sorted(r["state"] for r in listed) == ["applied", "orphaned", "orphaned", "orphaned", "orphaned"]
    assert [r["decision"] for r in listed if r["state"] == "applied"] == ["edit"]


def test_review_later_decision_supersedes_and_history_is_kept(store: Store, reviewed: dict[str, str]) -> None:
    with store.session() as session:
        actions.correct(session, reviewed["edited"], "edit", edits={"status": "planned"}, author="cy")
        record = corrections.row_record(corrections.find_record(session, reviewed["edited"])[1])
        history = corrections.list_corrections(session, latest=False)
    assert record["status"] == "planned" and record["date"] == "2016-11-11" and record["review"] == "edited"
    chain = [c for c in history if c["record_id"] == reviewed["edited"] or c["state"] == "superseded"]
    assert [(c["author"], c["state"]) for c in chain] == [("ana", "superseded"), ("cy", "applied")]
    assert chain[1]["before"]["date"] == "2016-11-11" and chain[0]["before"]["date"] == "2016"


def test_review_gold_scores_one_with_corrections_and_lower_without(
        store: Store, reviewed: dict[str, str], fresh_store: Store, corpus: Path) -> None:
    gold = reviewed_gold(store)
    assert len(gold["documents"]) == 3
    full = score(gold, iter_records(store))["summary"]
    assert (full["events"]["f1"], full["figures"]["f1"]) == (1.0, 1.0)
    ingest(fresh_store, [str(corpus)], after_write=link_pending)
    bare = score(gold, iter_records(fresh_store))["summary"]
    assert bare["events"]["f1"] < 1.0 and bare["figures"]["f1"] < 1.0
    assert bare["events"]["required_found"] < full["events"]["required_found"]  # the added one


def test_review_stats_judge_the_extractor(store: Store, reviewed: dict[str, str]) -> None:
    rows = {(r["kind"], r["type"]): r for r in judged(store)}
    overall = rows[("all", "all")]
    assert (overall["accepted"], overall["edited"], overall["rejected"], overall["added"]) == (1, 2, 1, 1)
    assert overall["precision"] == round(1 / 4, 3) and overall["recall"] == round(3 / 4, 3)
    assert rows[("event", "COOPERATE")]["added"] >= 1


@pytest.mark.parametrize(("words", "message"), [
    ("exercise", r"is in \d+ sentences"),
    ("a sentence nobody wrote", "is in no sentence"),
])
def test_review_add_needs_words_of_exactly_one_sentence(store: Store, corpus: Path, words: str,
                                                        message: str) -> None:
    ingest(store, [str(corpus)], after_write=link_pending)
    with store.session() as session, pytest.raises(UserError, match=message):
        actions.add_missed(session, doc_id(store, EXERCISE), words,
                           {"type": "COOPERATE", "source": "IND", "target": "JPN"})


@pytest.mark.parametrize(("edits", "message"), [
    ({"date": "2016-13"}, "not a date"),
    ({"type": "HUG"}, "unknown event type"),
    ({"source": "XXQ"}, "unknown country or organisation code"),
    ({"status": "rumoured"}, "unknown status"),
    ({"variable": "exports"}, "an event has no variable"),
    ({}, "nothing to edit"),
    ({"type": "COOPERATE"}, "nothing to edit"),
])
def test_review_edit_refuses_bad_values(store: Store, corpus: Path, edits: dict[str, str],
                                        message: str) -> None:
    ingest(store, [str(corpus)], after_write=link_pending)
    target = event_id(store, EXERCISE, "begin first joint army exercise")
    with store.session() as session, pytest.raises(UserError, match=message):
        actions.correct(session, target, "edit", edits=edits)
    with store.session() as session:
        assert corrections.list_corrections(session) == []


def test_review_every_export_format_says_what_was_reviewed(store: Store, reviewed: dict[str, str],
                                                           tmp_path: Path) -> None:
    import csv
    import json

    from bilateral.analysis.export import write_export

    write_export(store, "plover-json", tmp_path / "events.json")
    plover = json.loads((tmp_path / "events.json").read_text(encoding="utf-8"))
    assert {e["event_id"]: e["review"] for e in plover if e["review"]} == {
        reviewed["edited"]: "edited", reviewed["added"]: "added",
        event_id(store, EXERCISE, "begin first joint army exercise"): "accepted"}
    assert reviewed["rejected"] not in {e["event_id"] for e in plover}
    write_export(store, "gdelt-csv", tmp_path / "events.csv")
    with open(tmp_path / "events.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["Review"] for r in rows} >= {"accepted", "added", ""}
    assert not any("both governments agree" in r["Sentence"] for r in rows)


def test_review_status_edit_takes_an_event_out_of_the_index(store: Store, corpus: Path) -> None:
    from bilateral.analysis.timeline import timeline

    ingest(store, [str(corpus)], after_write=link_pending)
    drill = event_id(store, EXERCISE, "begin first joint army exercise")
    assert any(item["date"] == "2018-11-01" for item in timeline(store, ("IND", "JPN")))
    with store.session() as session:
        actions.correct(session, drill, "edit", edits={"status": "planned"}, note="announced, not held")
    assert not any(item["date"] == "2018-11-01" for item in timeline(store, ("IND", "JPN")))
    planned = timeline(store, ("IND", "JPN"), status="planned")
    assert any(item["date"] == "2018-11-01" for item in planned)
