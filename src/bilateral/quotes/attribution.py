"""Who said a quotation: the attribution clause after it ("…,” Sehgal said") or before it
("Sehgal further said that “…”"), and the reporting verb.

The speaker is returned as the words written; ``bilateral.quotes`` turns them
into an actor. Pronouns and role nouns ("he", "the source") are marked
anaphoric: they refer to an earlier speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

REPORTING_VERBS = (
    "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "stated", "states",
    "stressed", "stresses", "emphasized", "emphasised", "emphasizes", "emphasises",
    "highlighted", "highlights", "quoted", "remarked", "explained", "explains", "asserted",
    "claimed", "claims", "declared", "observed", "underlined", "underscored", "pointed out",
    "shared", "commented", "wrote", "writes", "tweeted", "posted", "announced", "warned",
    "insisted", "argued", "argues", "maintained", "continued", "concluded", "replied",
    "responded", "asked", "affirmed", "reiterated", "recalled", "acknowledged", "admitted",
    "mentioned", "suggested", "urged", "vowed", "confirmed", "believes", "opined", "went on",
)
_VERB = r"(?P<verb>" + "|".join(v.replace(" ", r"\s+") for v in sorted(REPORTING_VERBS, key=len, reverse=True)) + r")"
_ADVERBS = r"(?:(?:further|also|then|later|had|has|have|once|earlier|recently|again|simply)\s+)*"
_PHRASE = r"[^.!?“”\"\n]{1,200}?"

# After the closing mark: ', Sehgal said', ', said Sehgal', ', the source highlighted'.
_AFTER_SPEAKER_VERB = re.compile(r"^\s*[,.!?]?\s*(?P<speaker>" + _PHRASE + r")\s+" + _ADVERBS + _VERB + r"\b")
_AFTER_VERB_SPEAKER = re.compile(
    r"^\s*[,.!?]?\s*" + _VERB + r"\s+(?P<speaker>(?:[A-Z][\w.'’-]*|the|a|an|its|his|her)"
    r"[^.!?“”\"\n,]{0,120})"
)
_AFTER_ACCORDING = re.compile(r"^\s*[,.]?\s*(?P<verb>according\s+to)\s+(?P<speaker>[^.!?“”\"\n]{1,120})")
# Before the opening mark: 'Sehgal further said that “', 'He told reporters: "'.
_BEFORE = re.compile(
    r"(?P<speaker>" + _PHRASE + r")\s+" + _ADVERBS + _VERB
    + r"(?:\s+(?:that|on\s+\w+|in\s+a\s+statement|to\s+[\w\s]{1,30}?|reporters|journalists))?\s*[,:]?\s*$"
)
_ROLE_NOUNS = (
    r"sources?|officials?|spokes(?:man|woman|person)|minister|expert|analyst|diplomat|envoy|"
    r"ambassador|president|premier|leader|statement|ministry|report|former|latter"
)
# Pronouns, role nouns, and "the" + one common noun ("the insider") refer to a speaker named before.
ANAPHORS = re.compile(
    r"^(?:(?:he|she|they|it|we)|(?:the\s+)?(?:" + _ROLE_NOUNS + r")|the\s+[a-z]+)$", re.IGNORECASE
)
# A speaker phrase starts with a name, a determiner, a pronoun or a role noun ("source quoted");
# anything else ("and the talks said") is a clause, not a speaker.
_SPEAKER_START = re.compile(
    r"^(?:[A-Z]|(?:the|a|an|he|she|they|it|we|(?:" + _ROLE_NOUNS + r"))\b)"
)


@dataclass(frozen=True, slots=True)
class Attribution:
    """The speaker as written, its span in the document, the verb, and whether it refers back."""

    speaker: str
    start: int
    end: int
    verb: str
    anaphoric: bool


def attribute(text: str, open_at: int, close_at: int, paragraph_start: int, paragraph_end: int) -> Attribution | None:
    """The attribution of the quotation whose marks are at ``open_at``/``close_at``, or None."""
    after_start = close_at + 1
    after = text[after_start:paragraph_end]
    for pattern in (_AFTER_SPEAKER_VERB, _AFTER_VERB_SPEAKER, _AFTER_ACCORDING):
        match = pattern.match(after)
        if match and _plausible(match.group("speaker")):
            return _attribution(match, after_start)
    before_start = _clause_start(text, paragraph_start, open_at)
    match = _BEFORE.search(text, before_start, open_at)
    if match:
        found = _attribution(match, 0)
        found = _last_clause(found)
        if _plausible(found.speaker):
            return found
    return None


def _last_clause(found: Attribution) -> Attribution:
    """Before a quotation the subject is the last clause ("Later, in remarks at X, he said")."""
    cut = max(found.speaker.rfind(","), found.speaker.rfind(":"), found.speaker.rfind(";"))
    if cut < 0:
        return found
    speaker = found.speaker[cut + 1:].strip()
    start = found.end - len(speaker)
    return Attribution(speaker, start, found.end, found.verb, bool(ANAPHORS.match(speaker)))


def _clause_start(text: str, paragraph_start: int, open_at: int) -> int:
    """Start of the sentence that leads into the quotation (after the last sentence end)."""
    head = text[paragraph_start:open_at]
    ends = [m.end() for m in re.finditer(r"[.!?][”\"]?\s+", head)]
    return paragraph_start + (ends[-1] if ends else 0)


def _attribution(match: re.Match[str], offset: int) -> Attribution:
    raw = match.group("speaker")
    speaker = raw.rstrip().rstrip(",.;:").strip()
    lead = len(raw) - len(raw.lstrip())
    start = offset + match.start("speaker") + lead
    verb = re.sub(r"\s+", " ", match.group("verb").lower())
    core = core_name(speaker)
    return Attribution(speaker, start, start + len(speaker), verb, bool(ANAPHORS.match(core)))


def core_name(speaker: str) -> str:
    """The head of a speaker phrase: the part before an apposition ("X, a geopolitical analyst")."""
    return speaker.split(",", 1)[0].strip()


def _plausible(speaker: str) -> bool:
    speaker = speaker.strip()
    words = len(speaker.split())
    # a long phrase without an apposition comma is a sentence, not a speaker
    return bool(speaker) and words <= 25 and (words <= 10 or "," in speaker) and bool(
        _SPEAKER_START.match(speaker))


_REPORTED = re.compile(
    r"(?:^|(?<=[,.;:]\s)|(?<=\n))(?P<speaker>(?:[Aa]n?|[Tt]he)\s+[^.!?“”\"\n,]{1,100}?"
    r"|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,4})\s+" + _ADVERBS + r"(?P<verb>told|said|says|noted|stated)\b"
)


def reported_speakers(text: str, end: int) -> list[Attribution]:
    """Subjects of reported speech before ``end`` ("a source in the embassy told Sputnik")."""
    return [_attribution(match, 0) for match in _REPORTED.finditer(text, 0, end)]
