"""Throughput: bilateral's end-to-end ingest+extract against spaCy's bare full parse.

    python bench/throughput.py [--articles 2000] [--spacy-articles 300] [--repeats 2] [--skip-dask]

Builds a corpus of ``--articles`` articles by varying the sample articles
(../shared/corpus/seeds) and the bundled examples (examples/corpus): each
variant mixes the paragraphs of two articles, shuffles them, renames the two
countries to another pair and redraws every number, so deduplication keeps
it. The variants are written as .txt files, and in the same run it measures:

* spaCy en_core_web_sm (bilateral.nlp.pipeline.load_nlp) over the whole text of
  the first ``--spacy-articles`` variants: every component, nlp.pipe defaults;
* bilateral's ingest (read, clean, deduplicate, extract, store in SQLite and
  link each batch's events into clusters, as ``bilateral ingest`` does) of every variant in this process, in a pool of 2 processes (the two alternate,
  ``--repeats`` times each, and the fastest of each counts), on a 2-worker Dask
  LocalCluster (models are loaded before the clock starts, as for spaCy);
* peak RSS of every process (psutil, sampled every 0.5 s), and its growth
  between the first and the second half of each run; ``peak_rss_mb`` on the
  last line is the largest over bilateral's runs.

Tokens are counted with spaCy's tokenizer over the same files. The last line is
``throughput: ratio_vs_spacy=R speedup_2proc=S peak_rss_mb=M``.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

import psutil

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "corpus" / "seeds"
EXAMPLES = REPO / "examples" / "corpus"

# Pairs the variants are renamed to: (name, adjective) each.
COUNTRIES = [
    ("Kazakhstan", "Kazakh"), ("Uzbekistan", "Uzbek"), ("Turkey", "Turkish"), ("Iran", "Iranian"),
    ("India", "Indian"), ("China", "Chinese"), ("Japan", "Japanese"), ("Brazil", "Brazilian"),
    ("Egypt", "Egyptian"), ("Indonesia", "Indonesian"), ("Saudi Arabia", "Saudi"),
    ("Germany", "German"), ("France", "French"), ("Vietnam", "Vietnamese"), ("Nigeria", "Nigerian"),
    ("Pakistan", "Pakistani"), ("Russia", "Russian"), ("Afghanistan", "Afghan"),
]
NUMBER = re.compile(r"\b\d+(?:[.,]\d+)?\b")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


# --- corpus ---------------------------------------------------------------------------------

@dataclass
class Article:
    title: str
    published: str | None
    sentences: list[str]


def source_articles() -> list[Article]:
    """The seeds and examples, cleaned by bilateral (the article text, not the page chrome)."""
    from bilateral.cleaning import clean
    from bilateral.errors import SkipDocument
    from bilateral.sources import RawItem, iter_sources

    specs = [str(p) for p in (SEEDS, EXAMPLES) if p.is_dir()]
    found = []
    for item in iter_sources(specs):
        if not isinstance(item, RawItem):
            continue
        try:
            doc = clean(item)
        except SkipDocument:
            continue
        sentences = [s for line in doc.text.split("\n") for s in SENTENCE_END.split(line.strip()) if s]
        if len(sentences) >= 5:
            found.append(Article(doc.title or sentences[0], doc.published and doc.published.isoformat(),
                                 sentences))
    if not found:
        sys.exit("no source articles: need ../shared/corpus/seeds or examples/corpus")
    return found


def country_pair(article: Article) -> list[tuple[str, str]]:
    """The two countries of ``COUNTRIES`` the article names most."""
    text = " ".join(article.sentences)
    counts = sorted(COUNTRIES, key=lambda c: -text.count(c[0]) - text.count(c[1]))
    return counts[:2]


def vary(base: Article, other: Article, rng: random.Random) -> str:
    """A new article: most of ``base``'s sentences and some of ``other``'s, renamed, renumbered."""
    keep = rng.sample(base.sentences, max(3, int(len(base.sentences) * rng.uniform(0.6, 0.9))))
    extra = rng.sample(other.sentences, max(1, len(other.sentences) // 4))
    body = keep + extra
    rng.shuffle(body)
    paragraphs = []
    while body:
        size = rng.randint(1, 4)
        paragraphs.append(" ".join(body[:size]))
        body = body[size:]
    text = "\n\n".join([base.title, *paragraphs])
    renames = {}
    for old, new in zip(country_pair(base), rng.sample(COUNTRIES, 2)):
        renames.update({old[0]: new[0], old[1]: new[1]})
    # One pass, longest first: "Pakistani" before "Pakistan", no chained renames.
    names = re.compile("|".join(re.escape(n) for n in sorted(renames, key=len, reverse=True)))
    text = names.sub(lambda m: renames[m.group()], text)
    text = NUMBER.sub(lambda m: _redraw(m.group(), rng), text)
    date = f"Published {rng.randint(2010, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    title, rest = text.split("\n\n", 1)
    return f"{title}\n\n{date}\n\n{rest}\n"


def _redraw(number: str, rng: random.Random) -> str:
    if re.fullmatch(r"(19|20)\d\d", number):  # a year: stay plausible
        return str(rng.randint(1995, 2024))
    return "".join(str(rng.randint(1 if i == 0 else 0, 9)) if c.isdigit() else c
                   for i, c in enumerate(number))


def build_corpus(folder: Path, n: int, seed: int = 11) -> list[Path]:
    rng = random.Random(seed)
    sources = source_articles()
    paths = []
    for i in range(n):
        base, other = rng.choice(sources), rng.choice(sources)
        path = folder / f"variant_{i:05d}.txt"
        path.write_text(vary(base, other, rng), encoding="utf-8")
        paths.append(path)
    return paths


# --- measuring ------------------------------------------------------------------------------

@dataclass
class Run:
    name: str
    articles: int
    tokens: int
    seconds: float
    peak_rss_mb: float = 0.0
    growth_mb: float = 0.0
    notes: str = ""
    cpu_seconds: float = 0.0  # this process's CPU time: steady when other jobs share the cores

    @property
    def tokens_per_s(self) -> float:
        return self.tokens / self.seconds

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds


@dataclass
class MemoryWatch:
    """Samples the RSS of this process and all its descendants in a thread."""

    interval: float = 0.5
    samples: list[tuple[float, dict[int, float]]] = field(default_factory=list)

    def __enter__(self) -> Self:
        self._stop = threading.Event()
        self._began = time.monotonic()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        me = psutil.Process()
        while not self._stop.wait(self.interval):
            by_pid = {}
            for proc in [me, *me.children(recursive=True)]:
                try:
                    by_pid[proc.pid] = proc.memory_info().rss / 2**20
                except psutil.NoSuchProcess:
                    continue
            self.samples.append((time.monotonic() - self._began, by_pid))

    def peak(self) -> float:
        return max((mb for _, s in self.samples for mb in s.values()), default=0.0)

    def growth(self) -> float:
        """Largest rise of one process's peak RSS from the first half of the run to the second."""
        if not self.samples:
            return 0.0
        half = self.samples[-1][0] / 2
        first = [s for t, s in self.samples if t <= half]
        second = [s for t, s in self.samples if t > half]
        pids = set().union(*first, set()) & set().union(*second, set())
        return max((max(s.get(p, 0) for s in second) - max(s.get(p, 0) for s in first)
                    for p in pids), default=0.0)


def count_tokens(paths: list[Path]) -> int:
    # the shipped model's tokenizer (bilateral's is the same): loading bilateral's pipeline
    # here would set this process's BLAS to one thread before spaCy's bare parse is timed
    tokenizer = full_model().tokenizer
    return sum(len(tokenizer(p.read_text(encoding="utf-8"))) for p in paths)


def full_model() -> Any:
    """en_core_web_sm as shipped: every component, NER included (bilateral loads less)."""
    from bilateral.errors import MissingExtra
    from bilateral.nlp.pipeline import load_model

    try:
        return load_model()
    except MissingExtra as exc:
        sys.exit(str(exc))


def bare_spacy(paths: list[Path]) -> Run:
    nlp = full_model()
    texts = [p.read_text(encoding="utf-8") for p in paths]
    list(nlp.pipe(texts[:5]))  # warm up, as bilateral's engines are
    with MemoryWatch() as watch:
        began, cpu = time.perf_counter(), time.process_time()
        tokens = sum(len(doc) for doc in nlp.pipe(texts))
        seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
    return Run("spaCy en_core_web_sm, full parse", len(texts), tokens, seconds, watch.peak(),
               watch.growth(), cpu_seconds=cpu)


def warm_worker(_: int) -> int:
    """Load, in a worker, all that its first item loads (cleaning's language model, spaCy,
    the gazetteer, the lexicons), then linger so the next warm-up lands on another worker."""
    from bilateral.sources import RawItem
    from bilateral.store.ingest import process_item

    text = ("Kenya and Japan sign energy deal\n\nPublished 2020-03-04\n\nKenya and Japan signed "
            "a $2 billion energy deal in Nairobi on Monday, and their ministers said they would "
            "meet again next year to review the trade figures of the past decade.\n")
    process_item(RawItem("warm-up.txt", text.encode(), "text"))
    time.sleep(1.0)
    return os.getpid()


def bilateral_ingest(name: str, folder: Path, tokens: int, make: Callable[[], Any],
                     workers: int, work_dir: Path) -> Run:
    from bilateral.linking.events import link_pending
    from bilateral.store import open_store
    from bilateral.store.ingest import ingest

    # A new store each run: an existing one would make the run a resume with nothing to do.
    slug = re.sub(r"\W+", "_", name)
    store = open_store(str(work_dir / f"{slug}_{time.monotonic_ns()}.db"))
    with make() as engine:
        warmed = set(engine.map(warm_worker, range(2 * workers)))
        with MemoryWatch() as watch:
            began, cpu = time.perf_counter(), time.process_time()
            summary = ingest(store, [str(folder)], engine=engine, after_write=link_pending)
            seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
    store.engine.dispose()
    notes = (f"{summary.ingested} stored, {len(summary.duplicates)} duplicates, "
             f"{len(summary.skipped) + len(summary.failed)} skipped/failed, "
             f"{summary.events} events, {summary.figures} figures; {len(warmed)} warm workers")
    return Run(name, summary.seen, tokens, seconds, watch.peak(), watch.growth(), notes, cpu)


def parsed_share(paths: list[Path]) -> float:
    """Share of tokens that get the full parse, over the given files (after cleaning)."""
    from bilateral.actors.resolve import Resolver
    from bilateral.cleaning import clean
    from bilateral.extract import Extractor
    from bilateral.nlp.pipeline import split_sentences
    from bilateral.sources import RawItem

    extractor = Extractor.default()
    chosen = total = 0
    for path in paths:
        doc = clean(RawItem(str(path), path.read_bytes(), "text"))
        sentences = split_sentences(doc.text)
        cues = Resolver(extractor.kb).cues(doc, sentences)
        for s in sentences:
            words = len(s.text.split())
            total += words
            chosen += words * extractor.prefilter.needs_parse(s, cues)
    return chosen / max(total, 1)


# --- report ---------------------------------------------------------------------------------

def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = psutil.virtual_memory().total / 2**30
    return f"{cpu}, {os.cpu_count()} cores, {ram:.0f} GB RAM, Python {platform.python_version()}"


def print_table(runs: list[Run], spacy: Run) -> None:
    print(f"{'run':36} {'articles':>8} {'seconds':>8} {'art/s':>7} {'tokens/s':>9} "
          f"{'vs spaCy':>8} {'peak RSS MB':>11} {'growth MB':>9}")
    for run in [spacy, *runs]:
        print(f"{run.name:36} {run.articles:>8} {run.seconds:>8.1f} {run.articles_per_s:>7.2f} "
              f"{run.tokens_per_s:>9.0f} {run.tokens_per_s / spacy.tokens_per_s:>8.2f} "
              f"{run.peak_rss_mb:>11.0f} {run.growth_mb:>9.0f}")
    for run in runs:
        print(f"  {run.name}: {run.notes}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="corpus size (default 2000)")
    parser.add_argument("--spacy-articles", type=int, default=300,
                        help="articles the bare spaCy parse is timed on (default 300)")
    parser.add_argument("--repeats", type=int, default=2,
                        help="runs with 1 and with 2 processes, the fastest counts (default 2)")
    parser.add_argument("--skip-dask", action="store_true", help="no Dask run")
    args = parser.parse_args(argv)

    from bilateral.engines import InProcess
    from bilateral.engines.pool import ProcessPool

    work_dir = Path(tempfile.mkdtemp(prefix="bilateral-bench-"))
    try:
        folder = work_dir / "corpus"
        folder.mkdir()
        paths = build_corpus(folder, args.articles)
        tokens = count_tokens(paths)
        print(f"machine: {machine()}; load average at the start: {os.getloadavg()}")
        # spaCy first, in a process where bilateral's pipeline is not loaded yet (see count_tokens)
        spacy = bare_spacy(paths[: args.spacy_articles])
        print(f"corpus: {len(paths)} articles varied from {len(source_articles())} sources, "
              f"{tokens} tokens; full parse on {parsed_share(paths[:200]):.0%} of words")
        # 1 and 2 processes alternate, --repeats times each, and the fastest of each counts
        # (as timeit does): other jobs on a shared machine only ever slow a run down.
        tries: list[tuple[Run, Run]] = []
        for _ in range(args.repeats):
            tries.append((
                bilateral_ingest("bilateral, 1 process", folder, tokens, InProcess, 1, work_dir),
                bilateral_ingest("bilateral, 2 processes", folder, tokens,
                                 lambda: ProcessPool(2), 2, work_dir),
            ))
        for one, two in tries:
            print(f"try: 1 process {one.seconds:.1f} s, 2 processes {two.seconds:.1f} s")
        runs = [min((t[i] for t in tries), key=lambda run: run.seconds) for i in (0, 1)]
        if not args.skip_dask:
            from bilateral.engines.dask import DaskEngine

            runs.append(bilateral_ingest("bilateral, Dask LocalCluster 2 workers", folder, tokens,
                                         lambda: DaskEngine(n_workers=2), 2, work_dir))
        print_table(runs, spacy)
        same = len({run.notes.split(";")[0] for run in runs}) == 1
        print(f"same counts of documents, events and figures in every run: {'yes' if same else 'NO'}")
        print(f"load average (1, 5, 15 min) at the end: {os.getloadavg()}")
        cpu_ratio = (runs[0].tokens / runs[0].cpu_seconds) / (spacy.tokens / spacy.cpu_seconds)
        print(f"CPU-time ratio, 1 process vs spaCy (insensitive to other jobs): {cpu_ratio:.2f}")
        ratio = runs[0].tokens_per_s / spacy.tokens_per_s
        speedup = runs[1].tokens_per_s / runs[0].tokens_per_s
        peak = max(run.peak_rss_mb for run in runs)  # bilateral's processes, not the bare spaCy run
        print(f"throughput: ratio_vs_spacy={ratio:.2f} speedup_2proc={speedup:.2f} "
              f"peak_rss_mb={peak:.0f}")
    finally:
        shutil.rmtree(work_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
