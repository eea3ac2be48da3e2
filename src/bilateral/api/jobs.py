"""Ingest jobs started from the web: one at a time in a background thread, progress polled.

Uploaded files are saved to a private temporary folder that is removed when the job ends.
URLs and feeds go through the same safe fetcher as the CLI, private addresses refused.
"""

from __future__ import annotations

import shutil
import threading
import uuid
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from bilateral.store.session import Store

IngestFn = Callable[..., Any]


@dataclass
class Job:
    """The state of one ingest job, as the progress endpoint reports it."""

    job_id: str
    sources: list[str]
    expected: int | None  # known for uploads; feeds expand to an unknown number of items
    state: str = "queued"  # queued | running | done | failed
    done: int = 0
    current: str | None = None
    summary: dict[str, Any] | None = None
    error: str | None = None
    started_at: str = field(
        default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    folder: Path | None = field(default=None, repr=False)  # uploads, removed when it ends

    def to_dict(self) -> dict[str, Any]:
        return {
            "job_id": self.job_id, "state": self.state, "done": self.done,
            "expected": self.expected, "current": self.current, "sources": self.sources,
            "summary": self.summary, "error": self.error, "started_at": self.started_at,
        }


def _reasons(items: Iterable[tuple[str, str]]) -> list[dict[str, str]]:
    return [{"source": s, "reason": r} for s, r in items]


def summary_dict(summary: Any) -> dict[str, Any]:
    """The closing summary of an ingest, as JSON."""
    return {
        "ingested": summary.ingested,
        "unchanged": getattr(summary, "unchanged", 0),
        "duplicates": [{"source": s, "duplicate_of": d} for s, d in summary.duplicates],
        "skipped": _reasons(summary.skipped),
        "failed": _reasons(summary.failed),
        "events": getattr(summary, "events", 0),
        "figures": getattr(summary, "figures", 0),
    }


def default_ingest() -> IngestFn:
    # Imported late: ingestion pulls in the NLP stack, which the read-only API never needs.
    from bilateral.linking.events import link_pending
    from bilateral.store.ingest import ingest

    return partial(ingest, after_write=link_pending)


class JobRunner:
    """Runs ingest jobs one after another (SQLite has one writer) and keeps their state."""

    def __init__(self, store: Store, ingest: IngestFn | None = None, keep: int = 50) -> None:
        self.store = store
        self.ingest = ingest
        self.keep = keep
        self.jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bilateral-ingest")

    def submit(self, specs: list[str], *, labels: list[str], expected: int | None,
               folder: Path | None) -> Job:
        job = Job(uuid.uuid4().hex[:12], labels, expected, folder=folder)
        with self._lock:
            self.jobs[job.job_id] = job
            for old in list(self.jobs)[:-self.keep]:
                del self.jobs[old]
        self._pool.submit(self._run, job, specs)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self.jobs.get(job_id)

    def _run(self, job: Job, specs: list[str]) -> None:
        job.state = "running"

        def progress(source: str) -> None:
            job.done += 1
            job.current = Path(source).name if job.folder else source

        try:
            summary = (self.ingest or default_ingest())(self.store, specs, progress=progress)
            job.summary = summary_dict(summary)
            job.state = "done"
        except Exception as exc:  # noqa: BLE001 - reported to the page; the server goes on
            job.error = f"{type(exc).__name__}: {exc}"
            job.state = "failed"
        finally:
            if job.folder:
                shutil.rmtree(job.folder, ignore_errors=True)

    def shutdown(self) -> None:
        """Stop taking jobs; queued ones are dropped with their uploads."""
        self._pool.shutdown(wait=False, cancel_futures=True)
        with self._lock:
            for job in self.jobs.values():
                if job.state == "queued" and job.folder:
                    shutil.rmtree(job.folder, ignore_errors=True)
