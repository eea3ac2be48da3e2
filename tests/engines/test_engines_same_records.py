"""The three engines give the same records for the same articles."""

from __future__ import annotations

import json

import pytest

from bilateral.engines import InProcess, make_engine
from bilateral.engines.pool import ProcessPool
from bilateral.extract import extract

ARTICLES = [
    ("Kazakhstan and Uzbekistan signed a water-sharing agreement in Tashkent on Tuesday. "
     "Trade between the two countries reached $4.2 billion in 2022, up 12 percent.\n"
     "\"We are neighbours and partners,\" the Uzbek foreign minister told reporters."),
    ("Brazil's president met Argentina's president in Brasilia to discuss a gas pipeline.\n"
     "Argentina exported goods worth 1.3 billion dollars to Brazil last year."),
    ("Japan accused China of violating its airspace near the Senkaku islands. "
     "Tokyo summoned the Chinese ambassador and lodged a formal protest."),
    "Nothing about any country here, only the weather: rain all week.",
]


def _records(engine) -> list[str]:  # type: ignore[no-untyped-def]
    """Every record of every article, as sorted JSON lines (engines may reorder results)."""
    lines = [
        json.dumps(record, sort_keys=True, default=str)
        for records in engine.map(extract, ARTICLES)
        for record in records.to_records()
    ]
    return sorted(lines)


@pytest.fixture(scope="module")
def expected() -> list[str]:
    with InProcess() as engine:
        return _records(engine)


def test_in_process_extracts_every_article(expected: list[str]) -> None:
    documents = [line for line in expected if '"kind": "document"' in line]
    assert len(documents) == len(ARTICLES)


@pytest.mark.slow  # two fresh processes load spaCy
def test_process_pool_gives_the_same_records(expected: list[str]) -> None:
    with ProcessPool(2) as engine:
        assert _records(engine) == expected


@pytest.mark.dask
def test_local_dask_cluster_gives_the_same_records(expected: list[str]) -> None:
    pytest.importorskip("distributed")
    with make_engine(dask_workers=2) as engine:
        assert engine.n_workers == 2
        assert _records(engine) == expected


@pytest.mark.dask
def test_dask_scheduler_address_gives_the_same_records(expected: list[str]) -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        with make_engine(scheduler=cluster.scheduler_address) as engine:
            assert _records(engine) == expected
