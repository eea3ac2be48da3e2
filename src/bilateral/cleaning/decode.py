"""Bytes to text: refuse binary files, detect the encoding, repair mojibake."""

from __future__ import annotations

import re

import ftfy
from charset_normalizer import from_bytes

from bilateral.errors import SkipDocument

# Signatures of common binary formats, to name what the file really is.
MAGIC = {
    b"%PDF": "PDF",
    b"PK\x03\x04": "ZIP/Office",
    b"\x1f\x8b": "gzip",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\x7fELF": "executable",
}
META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)
CONTROL = set(range(9)) | {11, 12} | set(range(14, 32)) | {127}


def decode(content: bytes, *, html: bool = False) -> str:
    """The text of ``content``; raises SkipDocument for an empty or binary file."""
    if not content.strip():
        raise SkipDocument("empty file")
    refuse_binary(content)
    text = _decode_bytes(content, html)
    return ftfy.fix_text(text, uncurl_quotes=False, normalization="NFC").replace("\r\n", "\n").replace("\r", "\n")


def refuse_binary(content: bytes) -> None:
    """Raise SkipDocument when the bytes are not text (a NUL byte or many control bytes)."""
    for magic, name in MAGIC.items():
        if content.startswith(magic):
            raise SkipDocument(f"binary file ({name}), not text")
    head = content[:8192]
    if b"\x00" in head and not _is_utf16(head):
        raise SkipDocument("binary file (contains NUL bytes), not text")
    if sum(byte in CONTROL for byte in head) > len(head) * 0.05:
        raise SkipDocument("binary file (control bytes), not text")


def _is_utf16(head: bytes) -> bool:
    return head.startswith((b"\xff\xfe", b"\xfe\xff"))


def _decode_bytes(content: bytes, html: bool) -> str:
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = META_CHARSET.search(content[:4096]) if html else None
    if declared:
        try:
            return content.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    western = _as_western(content)
    if western is not None:
        return western
    best = from_bytes(content).best()
    if best is None:
        raise SkipDocument("binary file (no text encoding fits), not text")
    return str(best)


def _as_western(content: bytes) -> str | None:
    """The text as Windows-1252 (a superset of Latin-1) when it reads as a Western language.

    Statistical detectors often take short French or German Latin-1 text for a
    Central European code page; accented letters are a minority in Western text,
    while Cyrillic or Greek bytes read as Latin-1 are almost all accented.
    """
    try:
        text = content.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [ch for ch in text if ch.isalpha()]
    accented = sum(not ch.isascii() for ch in letters)
    return text if letters and accented <= 0.15 * len(letters) else None
