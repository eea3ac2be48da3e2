"""A local process pool: one worker process per core, spaCy loaded once in each."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import TypeVar

from bilateral.engines.base import ClosingEngine

T = TypeVar("T")
R = TypeVar("R")

# Items queued per worker: enough to keep every worker busy while the caller
# writes results, few enough that memory does not grow with the input.
IN_FLIGHT_PER_WORKER = 4


class ProcessPool(ClosingEngine):
    """Run ``func`` in ``workers`` processes, streaming results as they finish."""

    def __init__(self, workers: int) -> None:
        # forkserver, not fork: the caller may run threads (a progress bar, a
        # database pool), and forking a threaded process can deadlock the child.
        context = multiprocessing.get_context("forkserver")
        self.workers = workers
        self._executor = ProcessPoolExecutor(workers, mp_context=context)

    def map(self, func: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        limit = self.workers * IN_FLIGHT_PER_WORKER
        pending: set[Future[R]] = set()
        for item in items:
            pending.add(self._executor.submit(func, item))
            if len(pending) >= limit:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                yield from (future.result() for future in done)
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            yield from (future.result() for future in done)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
