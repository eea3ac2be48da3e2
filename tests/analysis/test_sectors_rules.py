"""Sectors from actors, mode, CAMEO code and the sentence's words."""

from __future__ import annotations

import pytest

from bilateral.linking.sectors import event_sectors


@pytest.mark.parametrize("sentence,kwargs,expected", [
    ("The two navies held a joint drill in the Arabian Sea.", {}, {"defence"}),
    ("Both sides agreed to build a gas pipeline from Karachi to Lahore.", {}, {"energy"}),
    ("Bilateral trade rose by a fifth as exports of citrus grew.", {}, {"trade"}),
    ("The ministers discussed counter-terrorism cooperation.", {}, {"security"}),
    ("The foreign ministers met in Geneva.", {}, {"diplomacy"}),
    ("The two sides cooperated.", {"mode": "military"}, {"defence"}),
    ("The two sides cooperated.", {"cameo": "061"}, {"trade"}),
    ("The delegations met.", {"actors": [{"id": "X.MIL", "sector": "MIL"}]}, {"defence"}),
])
def test_sectors_event_sectors(sentence, kwargs, expected):
    assert event_sectors(sentence, **kwargs) == expected
