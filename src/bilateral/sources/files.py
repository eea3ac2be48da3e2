"""Expand file, folder and glob specs into the files bilateral can read."""

from __future__ import annotations

import glob
import gzip
import io
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from bilateral.sources.items import SourceFailure

# Articles may come gzipped (downloads, crawls, archives): read as they are, unpacked on the fly.
TEXT_SUFFIXES = (".txt", ".txt.gz")
HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
# Folders and globs pick up articles only; a feed file must be named explicitly.
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES
ALL_SUFFIXES = ARTICLE_SUFFIXES + FEED_SUFFIXES


def suffix_of(path: Path) -> str:
    """The lower-case suffix that decides how a file is read (``.warc.gz``, ``.html.gz``
    count as one)."""
    name = path.name.lower()
    for suffix in ALL_SUFFIXES:
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def is_glob(spec: str) -> bool:
    return any(ch in spec for ch in "*?[")


def expand(spec: str) -> Iterator[Path | SourceFailure]:
    """The files a spec names: the file itself, a folder's articles (recursive, sorted), a glob's."""
    if is_glob(spec):
        matches = sorted(glob.glob(spec, recursive=True))
        if not matches:
            yield SourceFailure(spec, "no file matches this pattern")
        for match in matches:
            yield from _articles_in(Path(match))
        return
    path = Path(spec)
    if path.is_dir():
        yield from _articles_in(path)
    elif path.is_file():
        yield path
    else:
        yield SourceFailure(spec, "no such file or folder")


def open_article(path: Path) -> gzip.GzipFile | io.BufferedReader:
    """The file's bytes, unpacked when its name ends in ``.gz``."""
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")


def unreadable(exc: OSError | EOFError) -> str:
    """Why a file could not be read: the system's words, or the gzip module's for a broken
    or truncated stream."""
    return f"cannot read: {getattr(exc, 'strerror', None) or exc}"


def _articles_in(path: Path) -> Iterator[Path | SourceFailure]:
    if path.is_file():
        if suffix_of(path) in ARTICLE_SUFFIXES:
            yield path
        return
    files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
    articles = [p for p in files if suffix_of(p) in ARTICLE_SUFFIXES]
    yield from articles
    if articles:
        return
    # a folder that yields nothing must say why, or the run ends with "0 articles" and no clue
    others = Counter(suffix_of(p) or "(no suffix)" for p in files)
    found = ", ".join(f"{count} {suffix}" for suffix, count in others.most_common(3))
    yield SourceFailure(str(path), f"no articles in the folder ({found or 'no'} files; articles are "
                                   f"{' '.join(ARTICLE_SUFFIXES)})")
