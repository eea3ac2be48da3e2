"""WARC archives (.warc, .warc.gz): each HTML or plain-text response is an article."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from bilateral.sources.items import RawItem, SourceFailure
from bilateral.sources.kinds import kind_of_content_type

RECORD_TYPES = ("response", "resource")


def iter_warc(path: Path, source: str, max_bytes: int) -> Iterator[RawItem | SourceFailure]:
    """The archive's HTML/text records; the record's URL is the item's source."""
    found = 0
    try:
        with path.open("rb") as stream:
            for number, record in enumerate(ArchiveIterator(stream), start=1):
                item = _item_from_record(record, f"{source}#{number}", max_bytes)
                if item is not None:
                    found += 1
                    yield item
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        yield SourceFailure(source, f"unreadable WARC archive: {str(exc).splitlines()[0]}")
        return
    if not found:
        yield SourceFailure(source, "WARC archive holds no HTML or text response")


def _item_from_record(
    record: ArcWarcRecord, fallback: str, max_bytes: int
) -> RawItem | SourceFailure | None:
    if record.rec_type not in RECORD_TYPES:
        return None
    if record.rec_type == "response":
        if record.http_headers is None or record.http_headers.get_statuscode() != "200":
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    kind = kind_of_content_type(content_type)
    if kind is None:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    content = record.content_stream().read(max_bytes + 1)
    if len(content) > max_bytes:
        return SourceFailure(url or fallback, f"record larger than {max_bytes:,} bytes")
    return RawItem(url or fallback, content, kind, {"url": url} if url else {})
