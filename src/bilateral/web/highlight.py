"""Cut an article into plain and highlighted segments; the template escapes each one."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    text: str
    mark: str | None = None  # None for plain text; "primary" or "other" for highlighted spans


def segments(text: str, primary: list[tuple[int, int]],
             other: list[tuple[int, int]] | None = None) -> list[Segment]:
    """``text`` split at the spans; primary spans win where spans overlap.

    Spans outside the text are clipped; empty or inverted spans are ignored.
    """
    kinds: list[str | None] = [None] * (len(text) + 1)
    for kind, spans in (("other", other or []), ("primary", primary)):
        for start, end in spans:
            start, end = max(0, start), min(len(text), end)
            for i in range(start, end):
                kinds[i] = kind
    out: list[Segment] = []
    begin = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or kinds[i] != kinds[begin]:
            out.append(Segment(text[begin:i], kinds[begin]))
            begin = i
    return out
