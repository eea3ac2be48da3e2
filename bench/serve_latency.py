"""Latency of every dashboard page and API route on a store of N varied articles.

    python bench/serve_latency.py --articles 10000 [--db URL] [--requests 20] [--workers 1]
    python bench/serve_latency.py --db URL --as-is     # a store made otherwise (scale_store.py)

Builds the store with bilateral's real ingest from the varied articles of
``bench/throughput.py`` (the same seed, so a store of N articles is reused, and
a smaller one is completed, by later runs; ``--as-is`` measures the store at ``--db``
as it is, such as one ``bench/scale_store.py`` replicated), starts ``bilateral serve`` on
127.0.0.1 in a child process, and requests every dashboard page and every GET
API route (exports aside: they are downloads of the whole store) for the pair
with the most events and for a small pair. Each route is requested once cold
(its time is printed apart), then ``--requests`` times warm; p50 and p95 are
over the warm requests, and so is the server's CPU time per request (user + system, read
from the server process around the warm requests: steadier than wall time when other jobs
share the cores). On a PostgreSQL store served on this machine, the CPU time of the
database's backends (the server's connections, read from /proc) per warm request is printed
too: the queries run there, not in the server. The server is stopped at the end. The last line is
``latency: articles=N p95_ms=P worst_route=R server_rss_mb=M`` (P: the worst
route's p95; M: the server's peak RSS, sampled after every route).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

import psutil
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.pool import NullPool

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))

from throughput import build_corpus, machine

SEARCH_TEXT = "agreement"
SMALL_PAIR_EVENTS = 5  # the small pair: the least reported pair with at least this many events
# Pages and routes timed for each of the two pairs (?pair=…).
PAIR_ROUTES = ("/", "/events", "/figures", "/network", "/api/events", "/api/figures",
               "/api/clusters", "/api/timeline", "/api/index", "/api/network",
               "/api/network.graphml", "/api/contradictions")


@dataclass
class Timing:
    route: str
    pair: str
    cold_ms: float
    warm_ms: list[float]
    cpu_ms: float  # the server's CPU time per warm request
    db_cpu_ms: float | None  # PostgreSQL's backends' CPU time per warm request

    def quantile(self, q: float) -> float:
        ordered = sorted(self.warm_ms)
        return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def default_db(articles: int) -> str:
    return str(Path(tempfile.gettempdir()) / f"bilateral-latency-{articles}.db")


def stored_documents(db: str) -> int:
    from sqlalchemy import func, select

    from bilateral.store import open_store
    from bilateral.store.models import DocumentRow

    store = open_store(db)
    with store.session() as session:
        stored = session.scalar(select(func.count()).select_from(DocumentRow)) or 0
    store.engine.dispose()
    return stored


def build_store(db: str, articles: int, workers: int) -> None:
    """Ingest the first ``articles`` varied articles into ``db`` (what is stored is skipped)."""
    from bilateral.engines import InProcess
    from bilateral.engines.pool import ProcessPool
    from bilateral.linking.events import link_pending
    from bilateral.store import open_store
    from bilateral.store.ingest import ingest

    stored = stored_documents(db)
    if stored >= articles:
        print(f"store: reusing {db} ({stored} documents)", flush=True)
        return
    store = open_store(db)
    with tempfile.TemporaryDirectory(prefix="bilateral-latency-") as folder:
        build_corpus(Path(folder), articles)
        began = time.perf_counter()
        with (ProcessPool(workers) if workers > 1 else InProcess()) as engine:
            summary = ingest(store, [folder], engine=engine, after_write=link_pending)
        seconds = time.perf_counter() - began
    store.engine.dispose()
    print(f"store: ingested {summary.ingested} articles ({summary.events} events) into {db} "
          f"in {seconds:.0f} s ({summary.ingested / seconds:.1f} articles/s)", flush=True)


def database_watch(db: str) -> Engine | None:
    """A connection to the store's PostgreSQL database, to read its backends' CPU time."""
    from bilateral.store.session import database_url

    if not db.startswith("postgresql"):
        return None
    return create_engine(database_url(db), poolclass=NullPool)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """``bilateral serve`` in a child process, stopped on exit."""

    def __init__(self, db: str) -> None:
        self.port = free_port()
        env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bilateral", "--db", db, "serve", "--port", str(self.port)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.peak_rss_mb = 0.0
        self.database = database_watch(db)

    def __enter__(self) -> Self:
        deadline = time.monotonic() + 600  # a store of an older version is linked first
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"the server stopped: {self.process.stderr.read().decode()}")  # type: ignore[union-attr]
            try:
                self.get("/api/facets")
                return self
            except OSError:
                time.sleep(0.3)
        raise SystemExit("the server did not answer within 600 s")

    def __exit__(self, *exc: object) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def get(self, path: str) -> bytes:
        url = f"http://127.0.0.1:{self.port}{path}"
        with urllib.request.urlopen(url, timeout=600) as response:
            return bytes(response.read())

    def json(self, path: str) -> Any:
        return json.loads(self.get(path))["data"]

    def cpu_seconds(self) -> float:
        times = psutil.Process(self.process.pid).cpu_times()
        return float(times.user + times.system)

    def database_cpu_seconds(self) -> float | None:
        """CPU time of the PostgreSQL backends serving this server's connections (None on
        SQLite, or when the database runs elsewhere)."""
        if self.database is None:
            return None
        with self.database.connect() as connection:
            pids = connection.execute(text(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid()")).scalars().all()
        total = 0.0
        for pid in pids:
            try:
                times = psutil.Process(pid).cpu_times()
            except psutil.Error:  # gone, or not on this machine
                continue
            total += times.user + times.system
        return total

    def sample_rss(self) -> None:
        rss = psutil.Process(self.process.pid).memory_info().rss / 2**20
        self.peak_rss_mb = max(self.peak_rss_mb, rss)


def routes(server: Server) -> list[tuple[str, str, str]]:
    """(route name, pair label, path) of every page and GET route to time."""
    pairs = server.json("/api/pairs")
    if not pairs:
        raise SystemExit("the store has no pair of countries with events")
    large = pairs[0]["pair"]
    small = next((p["pair"] for p in reversed(pairs) if p["events"] >= SMALL_PAIR_EVENTS),
                 pairs[-1]["pair"])
    event = server.json(f"/api/events?pair={large}&limit=1")[0]["event_id"]
    document = server.json("/api/documents?limit=1")[0]["doc_id"]
    figures = server.json(f"/api/figures?pair={large}&limit=1") or server.json("/api/figures?limit=1")
    clusters = server.json(f"/api/clusters?pair={large}&limit=1")
    quoted = urllib.parse.quote
    found: list[tuple[str, str, str]] = [
        ("/ (default pair)", large, "/"),
        ("/documents", "-", "/documents"),
        ("/documents/{id}", "-", f"/documents/{quoted(document)}"),
        ("/events/{id}", "-", f"/events/{quoted(event)}"),
        ("/search", "-", f"/search?q={SEARCH_TEXT}"),
        ("/ingest", "-", "/ingest"),
        ("/review", "-", "/review"),
        ("/api/pairs", "-", "/api/pairs"),
        ("/api/facets", "-", "/api/facets"),
        ("/api/documents", "-", "/api/documents"),
        ("/api/documents/{id}", "-", f"/api/documents/{quoted(document)}"),
        ("/api/events/{id}", "-", f"/api/events/{quoted(event)}"),
        ("/api/quotes", "-", "/api/quotes"),
        ("/api/search", "-", f"/api/search?q={SEARCH_TEXT}"),
        ("/api/network", "-", "/api/network"),  # the whole store's
    ]
    if figures:
        found.append(("/api/figures/{id}", "-", f"/api/figures/{quoted(figures[0]['figure_id'])}"))
    if clusters:
        found.append(("/api/clusters/{id}", "-", f"/api/clusters/{clusters[0]['cluster_id']}"))
    for pair in dict.fromkeys((large, small)):
        last_page = max(1, -(-next(p["events"] for p in pairs if p["pair"] == pair) // 50))
        found.append(("/events (last page)", pair, f"/events?pair={pair}&page={last_page}"))
        found += [(route, pair, f"{route}?pair={pair}") for route in PAIR_ROUTES]
    return found


def time_route(server: Server, path: str,
               requests: int) -> tuple[float, list[float], float, float | None]:
    """The first request's time, each warm request's, and the server's and the database's
    CPU per warm one."""
    def once() -> float:
        began = time.perf_counter()
        server.get(path)
        return (time.perf_counter() - began) * 1000

    cold = once()
    cpu, database_cpu = server.cpu_seconds(), server.database_cpu_seconds()
    warm = [once() for _ in range(requests)]
    database_after = server.database_cpu_seconds()
    per_request = (None if database_cpu is None or database_after is None
                   else (database_after - database_cpu) * 1000 / requests)
    return cold, warm, (server.cpu_seconds() - cpu) * 1000 / requests, per_request


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="store size (default 1000)")
    parser.add_argument("--db", help="store path or URL (default: a file in the temp folder, "
                        "reused by the next run of the same size)")
    parser.add_argument("--requests", type=int, default=20, help="warm requests per route")
    parser.add_argument("--workers", type=int, default=1,
                        help="processes that extract while the store is built (default 1)")
    parser.add_argument("--as-is", action="store_true",
                        help="measure the store at --db as it is, never ingest into it "
                             "(--articles is then its number of documents)")
    args = parser.parse_args(argv)

    if args.as_is:
        if not args.db:
            parser.error("--as-is needs --db")
        db, args.articles = args.db, stored_documents(args.db)
        print(f"store: {db} as it is ({args.articles} documents)", flush=True)
    else:
        db = args.db or default_db(args.articles)
        build_store(db, args.articles, args.workers)
    print(f"machine: {machine()}; load average: {os.getloadavg()}", flush=True)
    timings: list[Timing] = []
    failures: list[str] = []
    with Server(db) as server:
        for name, pair, path in routes(server):
            try:
                cold, warm, cpu, database_cpu = time_route(server, path, args.requests)
            except (urllib.error.HTTPError, OSError) as exc:
                failures.append(f"{name} {pair}: {exc}")
                continue
            server.sample_rss()
            timings.append(Timing(name, pair, cold, warm, cpu, database_cpu))
            database = "" if database_cpu is None else f"  db cpu {database_cpu:7.1f} ms"
            print(f"{name:28} {pair:9} cold {cold:8.1f} ms  p50 {timings[-1].quantile(0.5):8.1f} ms"
                  f"  p95 {timings[-1].quantile(0.95):8.1f} ms  cpu {cpu:7.1f} ms{database}",
                  flush=True)
    for failure in failures:
        print(f"FAILED {failure}")
    worst = max(timings, key=lambda t: t.quantile(0.95))
    print(f"load average at the end: {os.getloadavg()}")
    worst_route = worst.route.replace(" ", "_") + (f"[{worst.pair}]" if worst.pair != "-" else "")
    print(f"latency: articles={args.articles} p95_ms={worst.quantile(0.95):.0f} "
          f"worst_route={worst_route} server_rss_mb={server.peak_rss_mb:.0f}")
    if failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
