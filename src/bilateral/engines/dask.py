"""A Dask distributed engine: an existing cluster (``--scheduler``) or a local one.

Workers must have bilateral (and the spaCy model) installed; each loads the
model once, on its first item, through the per-process cache in
``Extractor.default()``. A local cluster uses single-threaded worker
processes, because spaCy's parse holds the GIL.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from bilateral.engines.base import ClosingEngine
from bilateral.errors import ConfigError, MissingExtra

T = TypeVar("T")
R = TypeVar("R")

IN_FLIGHT_PER_WORKER = 4
CONNECT_TIMEOUT = "20s"


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise MissingExtra("dask[distributed]", "dask") from None
    return distributed


class DaskEngine(ClosingEngine):
    """Submit items to a Dask cluster, a bounded number at a time, and stream the results."""

    def __init__(self, scheduler: str | None = None, n_workers: int | None = None) -> None:
        distributed = _distributed()
        self._cluster = None
        if scheduler:
            try:
                self.client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError) as exc:
                raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        else:
            self._cluster = distributed.LocalCluster(
                n_workers=n_workers or 1, threads_per_worker=1, processes=True,
                host="127.0.0.1", dashboard_address=None, silence_logs=logging.WARNING,
            )
            self.client = distributed.Client(self._cluster)

    @property
    def n_workers(self) -> int:
        return max(1, len(self.client.scheduler_info().get("workers", {})))

    def map(self, func: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        distributed = _distributed()
        items = iter(items)

        def submit(item: T) -> Any:
            # pure=False: two identical items are two tasks (the caller counts each).
            return self.client.submit(func, item, pure=False)

        first = itertools.islice(items, self.n_workers * IN_FLIGHT_PER_WORKER)
        queue = distributed.as_completed([submit(item) for item in first])
        for future in queue:
            result = future.result()
            future.release()  # let the cluster forget it: memory stays flat
            for item in itertools.islice(items, 1):
                queue.add(submit(item))
            yield result

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()
