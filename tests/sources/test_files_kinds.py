"""Files, folders, globs, JSONL and WARC each yield the articles they hold."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from bilateral.sources import RawItem, SourceFailure, count_sources, iter_sources

ARTICLE = "Delegates from two neighbouring states met in the capital on Tuesday.\n"
PAGE = "<html><body><article><p>Ministers signed a fisheries accord.</p></article></body></html>"


def _items(specs: list[str]) -> list[RawItem | SourceFailure]:
    return list(iter_sources(specs))


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b" / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b" / "old.htm").write_text(PAGE, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("name, kind", [("a.txt", "text"), ("b/page.html", "html")])
def test_files_single_file_kind(corpus: Path, name: str, kind: str) -> None:
    [item] = _items([str(corpus / name)])
    assert isinstance(item, RawItem)
    assert item.kind == kind
    assert item.source == str(corpus / name)


def test_files_folder_is_recursive_sorted_and_skips_other_types(corpus: Path) -> None:
    sources = [item.source for item in _items([str(corpus)])]
    assert sources == [str(corpus / "a.txt"), str(corpus / "b/old.htm"), str(corpus / "b/page.html")]


def test_files_glob(corpus: Path) -> None:
    sources = [item.source for item in _items([str(corpus / "**" / "*.htm*")])]
    assert sources == [str(corpus / "b/old.htm"), str(corpus / "b/page.html")]


def test_files_missing_path_is_a_failure_and_batch_goes_on(corpus: Path) -> None:
    items = _items([str(corpus / "missing.txt"), str(corpus / "a.txt")])
    assert isinstance(items[0], SourceFailure)
    assert "no such file" in items[0].reason
    assert isinstance(items[1], RawItem)


def test_files_over_cap_is_refused_quickly(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # sparse 50 MB file: nothing is written but its end
        handle.seek(50_000_000)
        handle.write(b"x")
    [item] = _items([str(big)])
    assert isinstance(item, SourceFailure)
    assert "MB cap" in item.reason


def test_files_count_sources(corpus: Path) -> None:
    (corpus / "two.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n', encoding="utf-8")
    assert count_sources([str(corpus)]) == 5
    assert count_sources(["https://example.org/"]) is None


def test_jsonl_lines_metadata_and_broken_lines(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"text": ARTICLE, "url": "https://news.example/a", "title": "Accord",
                    "published": "2021-03-04", "outlet": "Daily Example"}),
        "{not json",
        json.dumps({"html": PAGE}),
        json.dumps({"title": "no body"}),
        json.dumps(["a", "list"]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _items([str(path)])
    assert [type(i).__name__ for i in items] == [
        "RawItem", "SourceFailure", "RawItem", "SourceFailure", "SourceFailure"]
    first = items[0]
    assert isinstance(first, RawItem)
    assert first.source == f"{path}#L1"
    assert first.meta == {"url": "https://news.example/a", "title": "Accord",
                          "published": "2021-03-04", "outlet": "Daily Example"}
    assert items[1].source == f"{path}#L2" and "invalid JSON" in items[1].reason
    assert items[2].kind == "html"


def _warc_bytes() -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for uri, ctype, body in [
        ("https://news.example/story", "text/html; charset=utf-8", PAGE.encode()),
        ("https://news.example/logo.png", "image/png", b"\x89PNG...."),
    ]:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                           http_headers=headers)
        writer.write_record(record)
    return buffer.getvalue()


def test_warc_html_responses_become_items(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_warc_bytes())
    [item] = _items([str(path)])
    assert isinstance(item, RawItem)
    assert item.source == "https://news.example/story"
    assert item.kind == "html"
    assert b"fisheries accord" in item.content


def test_warc_corrupt_archive_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc"
    path.write_bytes(b"this is not a warc archive\r\n\r\n")
    [item] = _items([str(path)])
    assert isinstance(item, SourceFailure)


def test_gzipped_articles_are_read_unpacked(tmp_path: Path) -> None:
    (tmp_path / "story.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    (tmp_path / "wire.txt.gz").write_bytes(gzip.compress(ARTICLE.encode()))
    lines = json.dumps({"text": ARTICLE}) + "\n" + json.dumps({"html": PAGE}) + "\n"
    (tmp_path / "feed.jsonl.gz").write_bytes(gzip.compress(lines.encode()))
    items = _items([str(tmp_path)])
    assert [(i.source.rsplit("/", 1)[-1], i.kind) for i in items if isinstance(i, RawItem)] == [
        ("feed.jsonl.gz#L1", "text"), ("feed.jsonl.gz#L2", "html"),
        ("story.html.gz", "html"), ("wire.txt.gz", "text")]
    assert b"fisheries accord" in items[2].content
    assert count_sources([str(tmp_path)]) == 4


def test_a_broken_gzip_is_a_failure_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a_cut.html.gz").write_bytes(gzip.compress(PAGE.encode())[:20])
    (tmp_path / "b_cut.jsonl.gz").write_bytes(gzip.compress((json.dumps({"text": ARTICLE}) + "\n").encode() * 50)[:60])
    (tmp_path / "c_fake.txt.gz").write_bytes(b"plain text, not gzip")
    (tmp_path / "d.txt").write_text(ARTICLE, encoding="utf-8")
    items = _items([str(tmp_path)])
    failures = [i for i in items if isinstance(i, SourceFailure)]
    assert len(failures) == 3 and all("cannot read" in f.reason for f in failures)
    assert items[-1].source.endswith("d.txt") and isinstance(items[-1], RawItem)


def test_a_gzip_that_unpacks_past_the_cap_is_refused(tmp_path: Path) -> None:
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a" * 2_000_000))
    [item] = list(iter_sources([str(tmp_path / "bomb.txt.gz")], max_bytes=1_000_000))
    assert isinstance(item, SourceFailure) and "1 MB cap" in item.reason


def test_a_folder_without_articles_says_what_it_holds(tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"page{n}.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    [item] = _items([str(tmp_path)])
    assert isinstance(item, SourceFailure)
    assert "no articles in the folder (3 .pdf, 1 .md files" in item.reason
    empty = tmp_path / "empty"
    empty.mkdir()
    [item] = _items([str(empty)])
    assert isinstance(item, SourceFailure) and "(no files" in item.reason
