"""One real event, one record: merge the mentions of the same event within a document.

Two mentions are the same event when they have the same type and status, their
countries are the same (or one set holds the other, two at least), their dates are
compatible (equal, one more precise than the other, or one missing), and something
ties them: the same sentence, dates the text gives in both, a nominal back-reference ("the
visit", or an act's participle on a definite noun: "The agreement, signed by Dar, covers"),
or the same person on both ("Khan met Medvedev" ... "Khan and Medvedev discussed"; any
mention already merged counts, not only the first), a sentence that retells an earlier
one in most of its words, or a quotation right after a sentence telling the act (at a
compatible date, as always). The headline's
event ties the first later mention of its type between its countries: the lede telling the
headline again (only the first: a later one is as likely another event). The lines under
the title written as headlines (a deck, a photo caption) are headlines too: each ties an
earlier headline's event of its type between its countries, and the lede retells them.
Two undated signings between the same states stay two events, and so do an act and the
other side's answer in one sentence. Within one sentence the main
clause's status wins ("arriving today for a visit where he will
meet" is one occurred visit). The merged event keeps the first mention as its
sentence, every mention as evidence, the most precise date and the highest
confidence; it joins the latest earlier match. A nominal back-reference with no
actors of its own ("during the meeting") joins the latest earlier event of its type.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from bilateral.types import OCCURRED, Event, Evidence

WORD = re.compile(r"[a-z]+")
# A retold sentence shares this share of its words, and has enough of them to tell.
RETOLD_SHARE = 0.7
MIN_RETOLD_WORDS = 6


def merge_events(
    mentions: list[tuple[Event, bool]],
    anaphors: list[Event],
    headline_end: int = 0,
    quotations: Mapping[int, int] | None = None,
) -> list[Event]:
    """Events with repeats folded together, in document order.

    Args:
        mentions (list[tuple[Event, bool]]): each event with its actors, and whether it was
            read from a noun ("the visit") rather than a verb.
        anaphors (list[Event]): actor-less mentions ("the meeting") that only add evidence.
        headline_end (int): where the headline lines that lead the text end (0: none).
        quotations (Mapping[int, int]): where each sentence that opens a quotation starts,
            mapped to where the sentence before it starts.
    """
    merged: list[Event] = []
    # the persons named in any mention of each merged event, not only its first: a headline
    # names the states, the lede it took in the minister, and his later meeting ties there
    named: list[set[str]] = []
    restated: set[int] = set()  # headline events the body has told again
    for event, nominal in sorted(mentions, key=lambda m: m[0].start):
        # a quotation right after the act's telling is the source's words for it ("A patrol
        # came under fire on Saturday." "'They fired warning shots,' the spokesman said.")
        quoted_after = (quotations or {}).get(event.start)
        # headline events this mention tells again: as another headline line (a deck or
        # caption under the title), or as their first retelling in the body
        retelling = {
            i
            for i, m in enumerate(merged)
            if m.start < headline_end and i not in restated and _same_act(m, event)
        }
        # the latest earlier match: an undated "the visit" refers to the visit just told
        same = next(
            (
                i
                for i in reversed(range(len(merged)))
                if _same_event(merged[i], event)
                and (
                    i in retelling
                    or bool(named[i] & _persons(event))
                    or _tied(merged[i], event, nominal, quoted_after)
                )
            ),
            None,
        )
        if event.start >= headline_end:
            restated |= retelling
        if same is None:
            merged.append(replace(event, evidence=event.evidence or (_evidence(event),)))
            named.append(_persons(event))
        else:
            merged[same] = _fold(merged[same], event)
            named[same] |= _persons(event)
    for anaphor in anaphors:
        earlier = [m for m in merged if m.type == anaphor.type and m.start < anaphor.start]
        if earlier:
            target = max(earlier, key=lambda m: m.start)
            merged[merged.index(target)] = _add_evidence(target, anaphor)
    return merged


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Equal, or one a coarser form of the other, or either unknown."""
    return not a or not b or a.startswith(b) or b.startswith(a)


def _countries(event: Event) -> frozenset[str]:
    actors = [event.source, event.target, *event.participants]
    return frozenset(a.country for a in actors if a and a.country)


def _same_act(kept: Event, new: Event) -> bool:
    """The same type of act between the same countries (one set may hold the other)."""
    a, b = _countries(kept), _countries(new)
    return kept.type == new.type and len(a & b) >= 2 and (a <= b or b <= a)


def _same_event(kept: Event, new: Event) -> bool:
    if not _same_act(kept, new) or _answered(kept, new):
        return False
    if not dates_compatible(kept.date, new.date):
        return False
    return kept.status == new.status or _shares_sentence(kept, new)


def _answered(kept: Event, new: Event) -> bool:
    """One sentence tells an act and the other side's answer to it: "X fired at Y, which
    in response fired at X" is two attacks, not one told twice; so is a headline's act and the
    answer the lede it took in tells ("Russia ordered a diplomat out, days after Tallinn
    expelled one")."""
    if not _shares_sentence(kept, new) or not (kept.source and kept.target and new.source and new.target):
        return False
    return (kept.source.country, kept.target.country) == (new.target.country, new.source.country)


def _tied(kept: Event, new: Event, new_is_nominal: bool, quoted_after: int | None) -> bool:
    """Something beyond type and countries says the two mentions are one event."""
    # Only dates the text tells tie: a year estimated from publication or narrative is
    # shared by every undated event of the article.
    if _shares_sentence(kept, new) or new_is_nominal or (kept.date_text and new.date_text):
        return True
    if any(_retold(e.sentence, new.sentence) for e in kept.evidence):
        return True
    return any(e.start == quoted_after for e in kept.evidence)


def _shares_sentence(kept: Event, new: Event) -> bool:
    """``new`` is told in a sentence the kept event already holds (a headline's event has
    taken in the lede's "arriving today for a visit where he will meet")."""
    return new.start == kept.start or any(e.start == new.start for e in kept.evidence)


def _retold(a: str, b: str) -> bool:
    """One sentence tells the other again: most of the shorter one's words are in the longer
    (a quote of the statement the lede paraphrased, a repeated paragraph)."""
    words_a, words_b = set(WORD.findall(a.lower())), set(WORD.findall(b.lower()))
    shorter = min(len(words_a), len(words_b))
    return shorter >= MIN_RETOLD_WORDS and len(words_a & words_b) >= RETOLD_SHARE * shorter


def _persons(event: Event) -> set[str]:
    actors = [event.source, event.target, *event.participants]
    return {a.id for a in actors if a and a.id.startswith("person:")}


def _fold(kept: Event, new: Event) -> Event:
    status = OCCURRED if OCCURRED in (kept.status, new.status) else kept.status
    date, date_text = kept.date, kept.date_text
    if new.date and (not date or len(new.date) > len(date)):
        date, date_text = new.date, new.date_text
    folded = replace(
        kept,
        status=status,
        date=date,
        date_text=date_text,
        confidence=max(kept.confidence, new.confidence),
        location=kept.location or new.location,
    )
    return _add_evidence(folded, new)


def _add_evidence(kept: Event, new: Event) -> Event:
    evidence = kept.evidence or (_evidence(kept),)
    if all(e.start != new.start for e in evidence):
        evidence = evidence + (_evidence(new),)
    return replace(kept, evidence=evidence)


def _evidence(event: Event) -> Evidence:
    return Evidence(event.sentence, event.start, event.end)
