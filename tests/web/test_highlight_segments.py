"""The article is cut into plain and highlighted segments at the records' spans."""

from __future__ import annotations

import pytest

from bilateral.web.highlight import Segment, segments

TEXT = "Ankara hosted talks. Both sides agreed on gas. Prices rose."


def test_highlight_primary_span():
    start = TEXT.index("Both")
    end = TEXT.index("gas.") + 4
    parts = segments(TEXT, [(start, end)])
    assert parts == [Segment("Ankara hosted talks. "), Segment(TEXT[start:end], "primary"),
                     Segment(" Prices rose.")]
    assert "".join(p.text for p in parts) == TEXT


def test_highlight_primary_wins_over_other():
    parts = segments(TEXT, [(0, 6)], [(0, 20)])
    assert [(p.text, p.mark) for p in parts] == [
        ("Ankara", "primary"), (" hosted talks.", "other"), (TEXT[20:], None)]


@pytest.mark.parametrize("span", [(-5, 3), (50, 500), (10, 5), (0, 0)])
def test_highlight_bad_spans_never_lose_text(span):
    assert "".join(p.text for p in segments(TEXT, [span])) == TEXT


def test_highlight_empty_text():
    assert segments("", [(0, 4)]) == []
