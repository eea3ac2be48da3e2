"""Where per-document work runs: in this process, a local process pool, or a Dask cluster.

An engine maps a picklable function over an iterable of items and yields the
results as they finish (not necessarily in input order). Extraction is a pure
function of the item, so every engine gives the same records; only the store
(the caller) keeps state. Engines keep a bounded number of items in flight, so
memory stays flat however long the input is, and they are context managers:

    with make_engine(workers=2) as engine:
        for result in engine.map(process_item, items): ...
"""

from __future__ import annotations

import os

from bilateral.engines.base import Engine, InProcess
from bilateral.engines.dask import DaskEngine
from bilateral.engines.pool import ProcessPool
from bilateral.errors import ConfigError

__all__ = ["DaskEngine", "Engine", "InProcess", "ProcessPool", "make_engine"]


def make_engine(
    workers: int | None = None,
    scheduler: str | None = None,
    dask_workers: int | None = None,
) -> Engine:
    """The engine the command line options ask for.

    Args:
        workers (int | None): local worker processes; None means one per core, 1 means
            this process (no pool).
        scheduler (str | None): address of a running Dask scheduler (``tcp://host:8786``);
            its workers need bilateral installed.
        dask_workers (int | None): start a local Dask cluster with this many
            single-threaded worker processes.

    Raises:
        ConfigError: when the options contradict each other or a count is below 1.
    """
    if scheduler and dask_workers:
        raise ConfigError("give either --scheduler or --dask-workers, not both")
    for name, value in (("--workers", workers), ("--dask-workers", dask_workers)):
        if value is not None and value < 1:
            raise ConfigError(f"{name} must be at least 1, not {value}")
    if scheduler or dask_workers:
        return DaskEngine(scheduler=scheduler, n_workers=dask_workers)
    workers = workers or os.cpu_count() or 1
    if workers == 1:
        return InProcess()
    return ProcessPool(workers)
