"""Near-duplicate detection with MinHash + LSH."""

from __future__ import annotations

from bilateral.cleaning.dedup import NUM_PERM, NearDuplicateIndex, signature, similarity

STORY = (
    "The foreign ministers of the two countries met in the capital on Tuesday and agreed to "
    "set up a joint commission on water sharing. The commission will meet twice a year and "
    "publish its findings. Officials said the first session would take place in the autumn, "
    "and that technical teams would exchange river flow data every week until then. Farmers' "
    "groups on both sides of the border welcomed the decision, saying that the lack of data "
    "had fuelled mistrust during the last two dry seasons. The ministers also discussed a "
    "visa agreement for students and a possible direct flight between the two capitals."
)
REPUBLISHED = "Reprinted from a wire service. " + STORY.replace("twice a year", "twice a year,")
OTHER = (
    "The central bank left interest rates unchanged on Thursday, citing slowing inflation and "
    "a weaker outlook for exports, and said it would review its stance again in the spring."
)


def test_dedup_signature_is_bytes_of_fixed_size() -> None:
    sig = signature(STORY)
    assert isinstance(sig, bytes) and len(sig) == NUM_PERM * 8
    assert sig == signature(STORY)


def test_dedup_near_copy_is_found_and_other_story_is_not() -> None:
    index = NearDuplicateIndex()
    index.add("first", signature(STORY))
    assert similarity(signature(STORY), signature(REPUBLISHED)) > 0.8
    assert index.find(signature(REPUBLISHED)) == "first"
    assert index.find(signature(OTHER)) is None


def test_dedup_earliest_document_is_named() -> None:
    index = NearDuplicateIndex()
    index.add("first", signature(STORY))
    index.add("second", signature(REPUBLISHED))
    index.add("first", signature(STORY))
    assert len(index) == 2
    assert index.find(signature(STORY)) == "first"


def test_dedup_short_article_with_one_word_changed_is_a_near_copy() -> None:
    short = ("The ministers of two neighbouring countries met on Tuesday and agreed to open a "
             "second border crossing for lorries, officials said after the meeting in the capital. "
             "Trade between them reached four billion dollars last year.")
    index = NearDuplicateIndex()
    index.add("short", signature(short))
    assert index.find(signature(short.replace("Tuesday", "Wednesday"))) == "short"
    follow_up = ("The ministers of two neighbouring countries met again on Friday to discuss water "
                 "sharing and fishing rights, after agreeing last week to open a second border "
                 "crossing. No agreement was reached on the river.")
    assert index.find(signature(follow_up)) is None
