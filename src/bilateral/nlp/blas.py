"""The model's matrix products through numpy's BLAS, on one thread per process.

thinc multiplies through BLIS by default, and the BLIS wheel picks its kernels by
CPU model: on a CPU it does not know it runs generic C code. On the AMD EPYC
machines the throughput bench runs on it selects "generic" and the tok2vec's
products (a few thousand tokens by 288 by 288) run at 27 GFLOP/s, against 92
for numpy's OpenBLAS, which has AVX-512 kernels; the tok2vec is two thirds of the
parse. The results are the same to the tags and arcs (``tests/nlp/test_blas.py``).

OpenBLAS would spread each product over every core, but bilateral runs one
process per core (a pool, Dask workers), where extra threads only contend for
the cores and spin: it is kept to one thread. Only the pipeline bilateral loads
changes; a spaCy model loaded elsewhere in the process keeps BLIS.
"""

from __future__ import annotations

import ctypes
from pathlib import Path
from typing import Any

from thinc.api import NumpyOps

# What OpenBLAS builds name the call that sets the thread count (numpy's wheels
# prefix and suffix theirs).
SET_THREADS = ("openblas_set_num_threads", "scipy_openblas_set_num_threads64_",
               "scipy_openblas_set_num_threads")
LOADED_LIBRARIES = Path("/proc/self/maps")


def multiply_through_numpy(nlp: Any) -> None:
    """Make every layer of ``nlp``'s components multiply through numpy, single-threaded."""
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for layer in model.walk():
                layer.ops = ops
    single_threaded_openblas()


def single_threaded_openblas() -> None:
    """Set every OpenBLAS loaded in this process to one thread (where the OS tells which)."""
    try:
        maps = LOADED_LIBRARIES.read_text()
    except OSError:
        return  # not Linux: the products stay right, only maybe on several threads
    paths = {line.split()[-1] for line in maps.splitlines() if "openblas" in line.lower()}
    for path in sorted(paths):
        library = ctypes.CDLL(path)
        for name in SET_THREADS:
            setter = getattr(library, name, None)
            if setter is not None:
                setter(1)
                break
