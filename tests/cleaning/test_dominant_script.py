"""``dominant_script``: the script most letters are written in, the first met on a tie."""

from collections import Counter

import pytest

from bilateral.cleaning.cues import dominant_script, script_of


def letter_by_letter(text: str) -> str | None:
    """The definition: every letter counted in order, the first of the most frequent."""
    counts = Counter(script_of(ch) for ch in text if ch.isalpha())
    return counts.most_common(1)[0][0] if counts else None


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("The ministers met in Geneva on Tuesday.", "LATIN"),
        ("Министры встретились во вторник.", "CYRILLIC"),
        ("Поделиться: Share this story", "LATIN"),  # 10 Cyrillic letters, 14 Latin
        ("Читать далее — Read more", "CYRILLIC"),  # 11 Cyrillic letters, 8 Latin
        ("ab вг", "LATIN"),  # two each: the script met first
        ("вг ab", "CYRILLIC"),
        ("«Über» ab вгд", "LATIN"),  # accented Latin letters count as Latin
        ("“—” 2024, ½ ²", None),  # no letter at all
        ("", None),
        ("日本語のニュース記事です", "CJK"),
    ],
)
def test_dominant_script(text: str, script: str | None) -> None:
    assert dominant_script(text) == script
    assert letter_by_letter(text) == script


def test_same_as_counting_each_letter_on_mixed_lines() -> None:
    lines = [
        "Foreign minister Sergei Lavrov (Сергей Лавров) said on Monday",
        "وزير الخارجية said the talks were useful",
        "Ελλάδα and Türkiye — talks in Ankara",
        "한국 and 日本 signed the accord; 서명",
        "x Ж y Ж",
    ]
    for line in lines:
        for sample in (3, 10, 20_000):
            assert dominant_script(line, sample) == letter_by_letter(line[:sample])
