"""The figure conflicts the linker stores (``linking.contradictions``) equal the conflicts
computed from the figures per request, as the pages did before, for every pair and the whole
store: after an ingest of the bundled examples and of articles whose figures disagree, after
analysts' edits and rejections, and after a re-extraction. Needs the spaCy model (``model``
extra).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from bilateral.analysis import conflicts as reading
from bilateral.analysis.conflicts import (
    cited_documents,
    conflict_count,
    conflict_disagreements,
    conflict_sides,
    figure_conflicts,
    stored_conflicts,
)
from bilateral.analysis.review_queue import review_queue
from bilateral.errors import MissingExtra
from bilateral.linking import contradictions as writing
from bilateral.linking.events import link_pending
from bilateral.linking.figures import COMPARED_VARIABLES
from bilateral.review import actions
from bilateral.store.filters import figures_naming
from bilateral.store.ingest import ingest
from bilateral.store.models import (
    FigureConflictRow,
    FigureConflictSideRow,
    FigureDisagreementRow,
    FigureRow,
)
from bilateral.store.reextract import reextract

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"
# Three reports of Brazil-Turkey trade in 2019: two totals that disagree, and exports.
ARTICLES = {
    "ankara.txt": "Bilateral trade between Brazil and Turkey reached $3.2 billion in 2019, "
                  "officials in Ankara said on Monday. The two governments hope to open a "
                  "direct shipping line next spring, and a delegation of Turkish builders is "
                  "expected in Sao Paulo before the end of the year to look at port projects.",
    "brasilia.txt": "Trade between Brazil and Turkey stood at $4.9 billion in 2019, according "
                    "to the Brazilian embassy. Coffee, soybeans and iron ore made up most of "
                    "what Brazil sold, while Turkish firms shipped machinery, steel and carpets "
                    "across the Atlantic, the embassy's annual bulletin added.",
    "ministry.txt": "Brazil's exports to Turkey were worth about $1.1 billion in 2019, the "
                    "trade ministry said in its yearly review. Farm goods led the list. The "
                    "ministry expects sales of beef and poultry to grow once Turkish health "
                    "inspectors finish visiting slaughterhouses in the southern states.",
}


@pytest.fixture(autouse=True)
def lexical(monkeypatch):
    monkeypatch.setenv("BILATERAL_SIMILARITY", "lexical")


@pytest.fixture
def ingested(store, tmp_path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    try:
        ingest(store, [str(EXAMPLES), str(tmp_path)], after_write=link_pending)
    except MissingExtra as exc:
        pytest.skip(str(exc))
    return store


def computed(session, codes: tuple[str, ...]) -> list[dict]:
    """The conflicts worked out from every comparable figure naming ``codes``, per request."""
    rows = list(session.scalars(
        select(FigureRow).where(FigureRow.variable.in_(COMPARED_VARIABLES),
                                FigureRow.target.is_(False), *figures_naming(codes))
        .order_by(FigureRow.period.nulls_first(), FigureRow.id)))
    return figure_conflicts(rows, cited_documents(session, {r.doc_id for r in rows}))


def whole(session, conflicts: list[dict], page: int = 2) -> list[dict]:
    """Stored conflicts as ``figure_conflicts`` gives them: every side and disagreeing pair,
    read by pages of ``page`` (``conflict_sides``, ``conflict_disagreements``), in place of
    the ones listed."""
    for conflict in conflicts:
        conflict_id = conflict.pop("id")
        sides = paged(conflict_sides, session, conflict_id, page)
        assert conflict.pop("side_count") == len(sides)
        assert sides[:len(conflict["sides"])] == conflict["sides"]
        conflict["sides"], conflict["periods"] = sides, [side["period"] for side in sides]
        pairs = paged(conflict_disagreements, session, conflict_id, page)
        assert conflict.pop("disagreement_count") == len(pairs)
        assert pairs[:len(conflict["disagreements"])] == conflict["disagreements"]
        conflict["disagreements"] = pairs
    return conflicts


def paged(read, session, conflict_id: int, page: int) -> list:
    """Everything ``read`` gives of one conflict, a page of ``page`` at a time; each page
    says the same total, and the pages add up to it."""
    found, offset, total = [], 0, None
    while total is None or offset < total:
        items, total = read(session, conflict_id, limit=page, offset=offset) or ([], 0)
        found += items
        offset += page
    assert len(found) == total
    return found


def assert_stored_equal_computed(store) -> None:
    with store.session() as session:
        sides = set(session.scalars(select(FigureConflictSideRow.figure_id)))
        flagged = set(session.scalars(select(FigureRow.id).where(FigureRow.contradicted)))
        assert flagged == sides  # what the review queue reads
        keys = session.scalars(select(FigureRow.country_key).distinct()).all()
        scopes = {()} | {tuple(k.split()) for k in keys if k} | {
            (c,) for k in keys for c in k.split()}
        for codes in sorted(scopes):
            expected = computed(session, codes)
            assert whole(session, stored_conflicts(session, codes)) == expected, codes
            assert whole(session, stored_conflicts(session, codes, pairs=1), page=3) == expected
            assert conflict_count(session, codes) == len(expected), codes
            pages = [c for offset in range(0, len(expected), 2)
                     for c in stored_conflicts(session, codes, limit=2, offset=offset)]
            assert whole(session, pages) == expected, codes  # pages of two, the same order
            capped = stored_conflicts(session, codes, limit=3, sides=2, pairs=0)
            assert [(c["sides"], c["periods"], c["side_count"], c["disagreements"])
                    for c in capped] == [
                (c["sides"][:2], c["periods"][:2], len(c["sides"]), []) for c in expected[:3]]
            assert whole(session, capped, page=1) == expected[:3], codes


def brazil_turkey_totals(store) -> list[str]:
    with store.session() as session:
        return list(session.scalars(
            select(FigureRow.figure_id).where(FigureRow.country_key == "BRA TUR",
                                              FigureRow.variable == "trade_total")
            .order_by(FigureRow.value)))


def test_stored_conflicts_equal_computed_after_ingest(ingested):
    assert_stored_equal_computed(ingested)
    with ingested.session() as session:
        [conflict] = stored_conflicts(session, ("BRA", "TUR"))
        unchecked = session.scalar(select(func.count()).where(FigureRow.conflicts_checked.is_(False)))
        assert conflict_disagreements(session, conflict["id"] + 1000, limit=5) is None
    assert sorted(s["value"] for s in conflict["sides"]) == [3.2e9, 4.9e9]
    assert conflict["disagreements"] == [[0, 1]] and conflict["disagreement_count"] == 1
    assert unchecked == 0
    contradicted = {i["id"] for i in review_queue(ingested, 10_000) if i["kind"] == "figure"}
    with ingested.session() as session:
        sides = computed(session, ())
        documents = {(side["doc_id"], side["start"], side["value"]) for c in sides for side in c["sides"]}
        expected = {r.figure_id for r in session.scalars(select(FigureRow))
                    if (r.doc_id, r.start, r.value) in documents}
    assert set(brazil_turkey_totals(ingested)) < contradicted == expected


def test_an_edit_and_a_rejection_are_followed(ingested):
    low, high = brazil_turkey_totals(ingested)
    with ingested.session() as session:
        actions.correct(session, high, "edit", edits={"value": "3250000000"}, author="test")
    assert_stored_equal_computed(ingested)
    with ingested.session() as session:
        assert conflict_count(session, ("BRA", "TUR")) == 0  # within the 5 % tolerance now
        actions.correct(session, high, "edit", edits={"value": "6000000000"}, author="test")
    assert_stored_equal_computed(ingested)
    with ingested.session() as session:
        assert conflict_count(session, ("BRA", "TUR")) == 1
        actions.correct(session, low, "reject", author="test")
    assert_stored_equal_computed(ingested)
    with ingested.session() as session:
        assert conflict_count(session, ("BRA", "TUR")) == 0
        assert session.scalar(select(func.count()).select_from(FigureConflictSideRow)) == \
            sum(len(c["sides"]) for c in stored_conflicts(session))


def test_reextraction_refreshes_the_conflicts(ingested):
    _, high = brazil_turkey_totals(ingested)
    with ingested.session() as session:
        actions.correct(session, high, "edit", edits={"value": "9000000000"}, author="test")
        before = stored_conflicts(session, ("BRA", "TUR"))
        old_ids = set(session.scalars(select(FigureConflictRow.id)))
    reextract(ingested, only_stale=False, after_write=link_pending)
    assert_stored_equal_computed(ingested)
    with ingested.session() as session:
        after = stored_conflicts(session, ("BRA", "TUR"))
        # the analyst's edit stays (in conflicts stored anew, with new ids)
        assert [c | {"id": None} for c in after] == [c | {"id": None} for c in before]
        assert not old_ids & set(session.scalars(select(FigureConflictRow.id)))


def test_many_disagreements_are_kept_in_rows_and_read_by_pages(store, tmp_path, monkeypatch):
    # Five reports of one year's total, all different: ten disagreeing pairs, three to a row.
    for n, value in enumerate(("2.1", "2.9", "3.6", "4.4", "5.3")):
        (tmp_path / f"report{n}.txt").write_text(
            f"Trade between Chile and Norway came to ${value} billion in 2021, the statistics "
            f"office of the reporting country said in its yearly note number {n}.",
            encoding="utf-8")
    monkeypatch.setattr(writing, "DISAGREEMENTS_PER_ROW", 3)
    monkeypatch.setattr(reading, "DISAGREEMENTS_PER_ROW", 3)
    try:
        ingest(store, [str(tmp_path)], after_write=link_pending)
    except MissingExtra as exc:
        pytest.skip(str(exc))
    with store.session() as session:
        [conflict] = stored_conflicts(session, ("CHL", "NOR"), pairs=4)
        expected = computed(session, ("CHL", "NOR"))[0]["disagreements"]
        rows = session.scalar(select(func.count()).select_from(FigureDisagreementRow))
        middle = conflict_disagreements(session, conflict["id"], limit=5, offset=4)
        past = conflict_disagreements(session, conflict["id"], limit=5, offset=10)
        assert len(expected) == 10 and rows == 4
        assert conflict["disagreements"] == expected[:4] and conflict["disagreement_count"] == 10
        assert middle == (expected[4:9], 10) and past == ([], 10)
        assert whole(session, [conflict], page=3)[0]["disagreements"] == expected


def test_a_conflict_lists_its_first_sides_and_pages_the_rest(store, tmp_path):
    # Five reports of one year's exports, all different: one conflict of five sides.
    for n, value in enumerate(("610", "745", "820", "905", "990")):
        (tmp_path / f"bulletin{n}.txt").write_text(
            f"Kenya's exports to Japan were worth ${value} million in 2022, according to "
            f"customs bulletin number {n} published by the revenue authority in Nairobi.",
            encoding="utf-8")
    try:
        ingest(store, [str(tmp_path)], after_write=link_pending)
    except MissingExtra as exc:
        pytest.skip(str(exc))
    with store.session() as session:
        [every] = computed(session, ("JPN", "KEN"))
        [conflict] = stored_conflicts(session, ("JPN", "KEN"), sides=2)
        assert len(every["sides"]) == 5 and conflict["side_count"] == 5
        assert conflict["sides"] == every["sides"][:2]
        assert conflict["periods"] == ["2022", "2022"]
        rest = conflict_sides(session, conflict["id"], limit=10, offset=2)
        assert rest == (every["sides"][2:], 5)
        assert conflict_sides(session, conflict["id"], limit=2, offset=4) == (
            every["sides"][4:], 5)
        assert conflict_sides(session, conflict["id"] + 1000, limit=2) is None
