"""After its first documents, an extracting process keeps what it loaded out of the
collector's sight (``extract._freeze_what_is_loaded``), and the records stay the same."""

import gc

from bilateral.extract import YOUNG_COLLECTION_THRESHOLD, extract

TEXT = ("Chile and Norway signed a fisheries agreement in Santiago on Tuesday, and their "
        "ministers said they would meet again in March.")


def test_loaded_objects_frozen_and_young_collections_rarer() -> None:
    first = extract(TEXT, "2021-06-01")
    assert gc.get_freeze_count() > 50_000  # the model, the KB and the lexicons
    assert gc.get_threshold()[0] >= YOUNG_COLLECTION_THRESHOLD
    gc.collect()
    again = extract(TEXT, "2021-06-01")
    assert [e.to_record() for e in again.events] == [e.to_record() for e in first.events]
    assert first.events  # the agreement
