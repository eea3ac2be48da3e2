"""A 10,000-article ingest keeps every process's memory flat and under 1.5 GB (slow)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

# BILATERAL_MEMORY_ARTICLES makes a shorter run for a quick check; the issue asks for 10,000.
ARTICLES = int(os.environ.get("BILATERAL_MEMORY_ARTICLES", "10000"))
LIMIT_MB = 1500
# Allowed growth of a process's RSS from the first half of the run to the second:
# the ingest keeps one hash and one MinHash signature per document (~1 KB each).
GROWTH_MB = 60


def rss_by_process(psutil, root) -> dict[int, float]:  # type: ignore[no-untyped-def]
    """RSS in MB of the ingest and each of its worker processes."""
    found = {}
    for process in [root, *root.children(recursive=True)]:
        try:
            found[process.pid] = process.memory_info().rss / 2**20
        except psutil.NoSuchProcess:
            continue
    return found


@pytest.mark.slow
def test_ten_thousand_articles_with_flat_memory(tmp_path: Path, corpus, bilateral_cli) -> None:  # type: ignore[no-untyped-def]
    psutil = pytest.importorskip("psutil")
    source = corpus.jsonl(tmp_path / "articles.jsonl", ARTICLES)
    db = str(tmp_path / "big.db")
    process = bilateral_cli.start(db, "ingest", str(source), "--workers", "2")
    root = psutil.Process(process.pid)
    samples: list[tuple[float, dict[int, float]]] = []
    began = time.monotonic()
    while process.poll() is None:
        samples.append((time.monotonic() - began, rss_by_process(psutil, root)))
        time.sleep(1.0)
    assert process.returncode == 0
    duration = time.monotonic() - began

    peak = max(mb for _, by_pid in samples for mb in by_pid.values())
    print(f"\n{ARTICLES} articles in {duration:.0f} s, peak RSS {peak:.0f} MB per process")
    assert peak < LIMIT_MB
    # Flat: after warm-up (models loaded), no process keeps growing.
    first = [s for t, s in samples if 0.15 * duration < t <= 0.5 * duration]
    second = [s for t, s in samples if t > 0.5 * duration]
    for pid in set().union(*first) & set().union(*second):
        early = max(s[pid] for s in first if pid in s)
        late = max(s[pid] for s in second if pid in s)
        assert late - early < GROWTH_MB, f"process {pid} grew from {early:.0f} to {late:.0f} MB"

    from bilateral.store import open_store
    from bilateral.store.export import iter_records

    store = open_store(db)
    documents = sum(1 for r in iter_records(store, kinds=()) if r["kind"] == "document")
    store.engine.dispose()
    assert documents > 0.95 * ARTICLES  # a few generated articles may be near-duplicates
