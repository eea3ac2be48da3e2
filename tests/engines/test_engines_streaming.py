"""Engines stream results with a bounded number of items in flight, and fail loudly."""

from __future__ import annotations

import math
from collections.abc import Iterator

import pytest

from bilateral.engines import InProcess, make_engine, pool
from bilateral.engines.pool import ProcessPool
from bilateral.errors import ConfigError


class CountingItems:
    """An endless-looking input that counts how far the engine has read it."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.pulled = 0

    def __iter__(self) -> Iterator[int]:
        for i in range(self.n):
            self.pulled += 1
            yield i


def test_pool_reads_ahead_a_bounded_number_of_items() -> None:
    items = CountingItems(400)
    ahead = []
    with ProcessPool(2) as engine:
        for done, _ in enumerate(engine.map(math.factorial, items), 1):
            ahead.append(items.pulled - done)
    assert items.pulled == 400
    assert max(ahead) <= 2 * pool.IN_FLIGHT_PER_WORKER


def test_pool_returns_every_result_once() -> None:
    with ProcessPool(2) as engine:
        assert sorted(engine.map(abs, range(-50, 50))) == sorted(abs(i) for i in range(-50, 50))


def test_pool_raises_the_workers_error() -> None:
    with ProcessPool(2) as engine, pytest.raises(ValueError):
        list(engine.map(int, ["12", "twelve"]))


@pytest.mark.dask
def test_dask_reads_ahead_a_bounded_number_of_items() -> None:
    pytest.importorskip("distributed")
    from bilateral.engines import dask as dask_engine

    items = CountingItems(60)
    ahead = []
    with make_engine(dask_workers=1) as engine:
        for done, _ in enumerate(engine.map(math.factorial, items), 1):
            ahead.append(items.pulled - done)
    assert items.pulled == 60
    assert max(ahead) <= dask_engine.IN_FLIGHT_PER_WORKER


def test_one_worker_means_this_process() -> None:
    assert isinstance(make_engine(workers=1), InProcess)


def test_default_is_a_pool_of_every_core(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("os.cpu_count", lambda: 3)
    with make_engine() as engine:
        assert isinstance(engine, ProcessPool) and engine.workers == 3


@pytest.mark.parametrize("options", [
    {"workers": 0},
    {"dask_workers": 0},
    {"scheduler": "tcp://127.0.0.1:1", "dask_workers": 2},
])
def test_contradicting_or_empty_options_are_user_errors(options: dict) -> None:
    with pytest.raises(ConfigError):
        make_engine(**options)
