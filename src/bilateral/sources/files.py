"""Expand file, folder and glob specs into the files bilateral can read."""

from __future__ import annotations

import glob
from collections.abc import Iterator
from pathlib import Path

from bilateral.sources.items import SourceFailure

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
WARC_SUFFIXES = (".warc", ".warc.gz")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
# Folders and globs pick up articles only; a feed file must be named explicitly.
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES
ALL_SUFFIXES = ARTICLE_SUFFIXES + FEED_SUFFIXES


def suffix_of(path: Path) -> str:
    """The lower-case suffix that decides how a file is read (``.warc.gz`` counts as one)."""
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


def _articles_in(path: Path) -> Iterator[Path]:
    if path.is_file():
        if suffix_of(path) in ARTICLE_SUFFIXES:
            yield path
        return
    for child in sorted(p for p in path.rglob("*") if p.is_file()):
        if suffix_of(child) in ARTICLE_SUFFIXES and not child.name.startswith("."):
            yield child
