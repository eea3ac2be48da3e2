"""The line classifier for already-scraped text: keep the article, drop the page around it.

Each line gets a label (None = article). Strong cues (prompts, captions,
date widgets, link lists, other scripts, repetition) label lines anywhere;
position then decides the rest: lines above the headline are the masthead,
lines below the last paragraph that are not sentences (or read like
headlines) are the page footer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from bilateral.cleaning import cues
from bilateral.cleaning.dates import date_stamp_end

MIN_PROSE_WORDS = 8
# A run of words this long is a paragraph even when the scrape cut it before its full stop.
CUT_PARAGRAPH_WORDS = 25
MAX_TITLE_WORDS = 30
MIN_LINK_HEADLINE_WORDS = 8
SHORT_LINE_WORDS = 6
MAX_CAPTIONS = 20
# An author's note is a line or two at the end.
MAX_BIO_LINES = 2
# Words that name a publication rather than say something ("MM News TV", "Daily Times").
OUTLET_WORDS = re.compile(
    r"\b(news|times|post|daily|tv|tribune|journal|herald|gazette|online|today|express|opinion"
    r"|review|network|media|press|agency|chronicle|observer|telegraph|mail|guardian|insider|wire"
    r"|magazine|monitor|weekly|standard|nation|radio|channel|blog|\w+\.(com|org|net|pk|in|ru|co))\b",
    re.IGNORECASE,
)
LIST_START = re.compile(r"^list of \d+ items?$", re.IGNORECASE)
LIST_END = re.compile(r"^end of list$", re.IGNORECASE)
LIST_ITEM = re.compile(r"^([-•*·–]|\d{1,2}[.)])\s")
BULLET = re.compile(r"^[-•*·–]\s")
ELLIPSIS = re.compile(r"\s*(\.\.\.|…)$")
# A headline starts with a capital, a digit or a quote; "watch …", "* point" are not one.
HEADLINE_START = re.compile(r"^[\"'“‘«(\[]*[^\W\d_a-z]|^\d")
READ_MORE = re.compile(r"^(read more|more|continue reading|full (story|article))\W*$", re.IGNORECASE)
# Words run together by a scraper: a lower-case run, then a capital ("HomeArchive", "codeQR").
GLUED_WORDS = re.compile(r"[a-z]{3}[A-Z]")
# Hard-wrapped text (wire copy, e-mail) breaks every line near one width, in characters.
WRAP_WIDTHS = range(40, 101)
# A wire or author sign-off after a paragraph's last sentence ("… for crude. - Sapa-AFP").
SIGN_OFF = re.compile(r"(?<=[.!?\"”’])\s+[-–—]{1,2}\s*[A-Z]\w*(?:[-/ ][A-Z]\w*){0,2}$")
# A subheading run into its paragraph when a page is flattened without line breaks
# ("Fares cappedThe operator will …"): a few words with no full stop, then a word that
# opens a sentence glued to the last one with no space. Not "In", "On", "At", "As": brand
# names end so ("LinkedIn said …"); nor after a hashtag or a handle ("#TalksOnIt").
GLUED_SUBHEADING = re.compile(
    r"[\"'“‘]?[A-Z][^.!?#@()\n]{2,80}?[a-z0-9]"
    r"(?=(?:The|A|An|After|Before|But|When|While|This|These|It|He|She|They|We|Its|His|Her|Their"
    r"|According|For|From|Since|With|Both|Last|Officials|Speaking|Meanwhile|However) )"
)
MAX_SUBHEADING_WORDS = 10
MIN_WRAPPED_LINES = 8
WRAPPED_SHARE = 0.6


@dataclass
class Line:
    index: int
    block: int
    text: str
    label: str | None = None

    @property
    def n_words(self) -> int:
        return len(cues.words(self.text))


@dataclass
class Classified:
    """The labelled lines and the headline."""

    lines: list[Line]
    title: str | None = None

    @property
    def kept(self) -> list[str]:
        return [line.text for line in self.lines if line.label is None]

    @property
    def head(self) -> list[Line]:
        """The lines above the first article paragraph (masthead, headline, byline, captions)."""
        first = next((line.index for line in self.lines if is_prose(line)), len(self.lines))
        return self.lines[:first]

    def first_paragraph(self) -> str | None:
        return next((line.text for line in self.lines if is_prose(line)), None)


def unwrap(text: str) -> str:
    """Hard-wrapped text with its broken lines joined again, so that a paragraph is one line.

    Text is hard-wrapped when most lines come near one width (the 90th percentile of
    line lengths, under 100 characters). A line continues on the next when the next
    line's first word would not have fitted on it, or when the next line starts in
    lower case under a line that does not end a sentence (a dateline cut short). After a
    full stop, only a line that fills the width or ends a sentence continues the paragraph:
    a short line there is a subheading.
    """
    rows = [" ".join(raw.split()) for raw in text.split("\n")]
    lengths = sorted(len(row) for row in rows if row)
    if len(lengths) < MIN_WRAPPED_LINES:
        return text
    width = lengths[int(len(lengths) * 0.9)]
    near_width = sum(length >= 0.75 * width for length in lengths)
    if width not in WRAP_WIDTHS or near_width < WRAPPED_SHARE * len(lengths):
        return text
    joined: list[str] = []
    for previous, row in zip(["", *rows], rows):
        if joined and previous and row and _continues(previous, row, width):
            joined[-1] += " " + row
        else:
            joined.append(row)
    return "\n".join(joined)


def _continues(previous: str, row: str, width: int) -> bool:
    if LIST_ITEM.match(row):
        return False
    first_word = row.split()[0]
    if cues.ends_sentence(previous):
        fills = len(row) >= 0.75 * width or cues.ends_sentence(row)
        return fills and len(previous) + 1 + len(first_word) > width
    return len(previous) + 1 + len(first_word) > width or first_word[0].islower()


def split_lines(text: str) -> list[Line]:
    """Non-blank lines, stripped; ``block`` counts the blank-line-separated blocks.

    A date stamp glued before a line's text ("Updated: 4 May 2023 09:12 GMT Talks resume…"),
    a sign-off glued after a paragraph (a run of words no headline has) and a related-story
    link or widget heading glued after a sentence ("… he said. Also read | …", "… he said.
    Trending Now …") become lines of their own, so each piece is judged alone.
    """
    lines: list[Line] = []
    block, blank = 0, False
    for raw in text.split("\n"):
        stripped = " ".join(raw.split())
        if not stripped:
            blank = True
            continue
        if blank and lines:
            block += 1
        blank = False
        for part in _pieces(stripped):
            lines.append(Line(len(lines), block, part))
    return lines


def _pieces(line: str) -> list[str]:
    stamp_end = date_stamp_end(line) or 0
    cuts = [stamp_end]
    glued = GLUED_SUBHEADING.match(line, stamp_end)
    if (glued and len(cues.words(glued.group())) <= MAX_SUBHEADING_WORDS
            and len(cues.words(line[glued.end() :])) >= MIN_PROSE_WORDS):
        cuts.append(glued.end())
    sign_off = SIGN_OFF.search(line, stamp_end)
    if sign_off and len(cues.words(line[stamp_end : sign_off.start()])) >= CUT_PARAGRAPH_WORDS:
        cuts.append(sign_off.start())
    cuts += [found.end() for found in cues.GLUED_RELATED_LINK.finditer(line, stamp_end)]
    cuts += [found.end() for found in cues.GLUED_STORY_CREDITS.finditer(line, stamp_end)]
    cuts += [found.end() for found in cues.GLUED_WIDGET_HEADING.finditer(line, stamp_end)]
    bounds = [0, *sorted(set(cuts)), len(line)]
    return [piece for start, end in pairwise(bounds) if (piece := line[start:end].strip())]


WORDING_CHECKS = (
    ("prompt", cues.is_prompt),
    ("prompt", cues.is_pitch),
    ("notice", cues.is_notice),
    ("caption", cues.is_caption_credit),
    ("date", cues.is_date_widget),
    ("date", cues.is_dateline_alone),
    ("byline", cues.is_byline),
    ("ticker", cues.is_ticker),
    ("ticker", cues.is_news_flash),
    ("menu", cues.is_menu),
)


def classify(text: str, *, title: str | None = None, page_layout: bool = True) -> Classified:
    """Label every line of ``text``.

    page_layout: the text is a whole scraped page, so position, repetition, link-like
    lines and other scripts count too, and the headline is picked. Off for text an
    HTML extractor already cut out of its page, where only the wording cues apply.
    title: a headline known from elsewhere (HTML metadata); lines repeating it are dropped.
    """
    lines = split_lines(unwrap(text) if page_layout else text)
    _label_wording(lines)
    _label_comment_sections(lines)
    result = Classified(lines)
    if page_layout:
        _label_layout(lines, cues.dominant_script(text))
        _label_masthead_block(lines)
        result.title = _pick_title(lines)
    else:
        _label_headline_lists(lines, in_headline_case=True)
    if title or result.title:
        _label_title_copies(lines, title or result.title or "")
    if page_layout:
        _label_doubled(lines)
        _label_lone_headlines(lines)
        _label_author_bio(lines)
        _label_footer(lines)
    return result


def _label_doubled(lines: list[Line]) -> None:
    """Below the headline, a line that is not a sentence pasted twice in a row is an
    image's alt text and caption, or an author's avatar and name."""
    for line, below in pairwise(lines):
        if (line.label is None and line.n_words >= 2 and _key(line.text) == _key(below.text)
                and not cues.ends_sentence(line.text)):
            line.label = below.label = "repeated"


def _label_author_bio(lines: list[Line]) -> None:
    """The story's last lines telling who its author is ("Ana Holt is the Courier's
    fisheries correspondent.") are the author's note, not the article."""
    kept = [line for line in lines if line.label is None]
    for line in reversed(kept[-MAX_BIO_LINES:]):
        if not cues.is_author_bio(line.text):
            return
        line.label = "byline"


def _label_lone_headlines(lines: list[Line]) -> None:
    """A long headline-like line (no full stop) between two paragraphs is a link to another
    story: a subheading is a few words."""
    for above, line, below in zip(lines, lines[1:], lines[2:]):
        if (_is_headline(line) and MIN_LINK_HEADLINE_WORDS <= line.n_words < CUT_PARAGRAPH_WORDS
                and not cues.ends_sentence(line.text) and ":" not in line.text and not LIST_ITEM.match(line.text)
                and is_prose(above) and is_prose(below)):
            line.label = "link"


def _label_wording(lines: list[Line]) -> None:
    for line in lines:
        line.label = next((label for label, check in WORDING_CHECKS if check(line.text)), None)


def _label_layout(lines: list[Line], script: str | None) -> None:
    for line in lines:
        if line.label is None and cues.is_link_like(line.text):
            line.label = "link"
        elif line.label is None and _is_foreign_ui(line, script):
            line.label = "foreign"
    _label_repetition(lines)
    _label_announced_lists(lines)
    _label_teasers(lines)
    _label_headline_lists(lines)
    _label_read_more_rail(lines)


def _label_read_more_rail(lines: list[Line]) -> None:
    """Headlines each followed by its own "Read more" prompt, two or more on a page, are
    a rail of links to other stories."""
    teasers = [
        line for line, below in pairwise(lines)
        if line.label is None and READ_MORE.match(below.text) and line.n_words <= MAX_TITLE_WORDS
        and not line.text.endswith(".")
    ]
    if len(teasers) >= 2:
        for line in teasers:
            line.label = "link"


def _label_announced_lists(lines: list[Line]) -> None:
    """A list a page announces to screen readers ("list of 4 items" … "end of list") is a
    box of links to other stories set between the paragraphs, announcements included."""
    start: int | None = None
    for line in lines:
        if LIST_START.match(line.text):
            start = line.index
        elif start is not None and LIST_END.match(line.text):
            for item in lines[start : line.index + 1]:
                item.label = item.label or "link"
            start = None


def _label_teasers(lines: list[Line]) -> None:
    """A line cut with "…" that another line continues is a teaser of that paragraph."""
    keys = [_key(line.text) for line in lines]
    for line in lines:
        if line.label is not None or not ELLIPSIS.search(line.text):
            continue
        start = _key(ELLIPSIS.sub("", line.text))
        if len(start.split()) >= SHORT_LINE_WORDS and any(
            key != start and key.startswith(start) for key in keys
        ):
            line.label = "repeated"


def _label_headline_lists(lines: list[Line], *, in_headline_case: bool = False) -> None:
    """Bulleted lines that are not sentences (headlines, questions in headline case), with
    no line ending in ":" to introduce them, are links to other stories listed between
    paragraphs. in_headline_case: only bulleted (not numbered: a ranking's items are
    titles too) runs whose every item is in headline case count (text an extractor cut
    out, where a list of the article's points is more likely)."""
    run: list[Line] = []
    for line in [*lines, None]:
        if line is not None and line.label is None and LIST_ITEM.match(line.text):
            run.append(line)
            continue
        introduced = bool(run) and run[0].index > 0 and lines[run[0].index - 1].text.endswith(":")
        headlines = not in_headline_case or all(
            cues.is_headline_case(item.text) and BULLET.match(item.text) for item in run
        )
        if len(run) >= 2 and not introduced and headlines and not any(_is_sentence(item.text) for item in run):
            for item in run:
                item.label = "link"
        run = []


def _is_sentence(text: str) -> bool:
    """Ends like a sentence and is not a headline ("Can Talks Resume?" is one)."""
    return cues.ends_sentence(text) and not cues.is_headline_case(text)


def _is_foreign_ui(line: Line, script: str | None) -> bool:
    """A short line in another script than the article's (a UI string left by the scraper)."""
    own = cues.dominant_script(line.text)
    return bool(script and own and own != script and line.n_words <= 20)


def _key(text: str) -> str:
    return " ".join(w.lower() for w in cues.words(text))


def _label_repetition(lines: list[Line]) -> None:
    """Short lines recurring apart (a site name on top and at the bottom) are furniture,
    unless all copies stand above the article (a headline pasted twice); later copies of
    any other line (a pull quote) are copies."""
    seen: dict[str, Line] = {}
    spread: dict[str, list[int]] = {}
    for line in lines:
        spread.setdefault(_key(line.text), []).append(line.index)
    first_prose = next((line.index for line in lines if is_prose(line)), len(lines))
    for line in lines:
        key = _key(line.text)
        copies = spread[key]
        furniture = line.n_words <= SHORT_LINE_WORDS and not _adjacent(copies) and copies[-1] > first_prose
        if not key:
            line.label = line.label or "empty"
        elif (furniture and not cues.ends_sentence(line.text)) or key in seen:
            line.label = line.label or "repeated"
        else:
            seen[key] = line
    # The first captions suffice (a page repeats its lead photo's caption); the cap keeps
    # this linear on pathological pages made of thousands of captions.
    captions = [set(_key(c.text).split()) for c in lines if c.label == "caption"][:MAX_CAPTIONS]
    for line in lines:
        if line.label is None and any(_overlaps(line.text, caption) for caption in captions):
            line.label = "caption"


def _adjacent(indexes: list[int]) -> bool:
    """One line, or copies that follow each other directly."""
    return all(b - a == 1 for a, b in pairwise(indexes))


def _overlaps(text: str, other: set[str], share: float = 0.8) -> bool:
    tokens = set(_key(text).split())
    return len(tokens) >= 6 and len(tokens & other) >= share * min(len(tokens), len(other))


def _label_comment_sections(lines: list[Line]) -> None:
    """After a comments heading in the second half of the page, everything is readers' talk."""
    for line in lines[len(lines) // 2 :]:
        if cues.is_comments_heading(line.text):
            for later in lines[line.index :]:
                later.label = later.label or "comments"
            return


def is_prose(line: Line) -> bool:
    """An article paragraph: a sentence of some length, or a long run of words cut off
    before its end (a scrape truncated mid-sentence, a body on one line); not a headline."""
    return (
        line.label is None
        and line.n_words >= MIN_PROSE_WORDS
        and (cues.ends_sentence(line.text) or line.n_words >= CUT_PARAGRAPH_WORDS)
        and not cues.is_headline_case(line.text)
    )


def _is_headline(line: Line) -> bool:
    return (
        line.label is None
        and 3 <= line.n_words <= MAX_TITLE_WORDS
        and not line.text.endswith((".", ",", ";"))
        and bool(HEADLINE_START.match(line.text))
        and not cues.is_mostly_numbers(line.text)
    )


def _label_masthead_block(lines: list[Line]) -> None:
    """A first block of short lines standing over a headline is the site's masthead."""
    first = [line for line in lines if line.block == 0]
    after = [line for line in lines if line.block > 0 and line.label is None]
    if len(first) < 2 or not after or not _is_headline(after[0]):
        return
    top = first[0]
    if top.n_words > SHORT_LINE_WORDS or cues.ends_sentence(top.text):
        return
    for line in first:
        line.label = line.label or "masthead"


def _is_site_name(line: Line, lines: list[Line]) -> bool:
    """A short line naming a publication or a topic: an outlet word ("Times", "News"), or
    a name or tag of a few words standing over a longer headline-like line (right above
    it, or capitalised)."""
    if line.n_words > SHORT_LINE_WORDS or cues.ends_sentence(line.text):
        return False
    if OUTLET_WORDS.search(line.text) and line.n_words <= 4 and _all_capitalised(line):
        return True
    below = next((o for o in lines[line.index + 1 :] if o.label is None), None)
    if below is None or not _is_headline(below) or below.n_words <= line.n_words:
        return False
    adjacent = below.index == line.index + 1
    return (adjacent and line.n_words <= 3) or (line.n_words <= 4 and _all_capitalised(line))


def _all_capitalised(line: Line) -> bool:
    return all(word[0].isupper() or word[0].isdigit() for word in cues.words(line.text))


def _without_site_suffix(line: Line) -> Line:
    """"Headline | Site name" or "Section | Headline" (a page title pasted as text)
    read as the headline alone: the longest part, when it has a few words."""
    if line.label != "link" or not 1 <= line.text.count(" | ") <= 2:
        return line
    head = max(line.text.split(" | "), key=lambda part: len(cues.words(part)))
    return Line(line.index, line.block, head) if len(cues.words(head)) >= 4 else line


def _pick_title(lines: list[Line]) -> str | None:
    """The first headline-like line down to the first paragraph; lines above it are the header.

    The first "paragraph" itself may be the headline when it is a question. A line with
    words glued together ("HomeArchiveTalks resume") is menu or widget text run into one
    line, so a later headline is preferred to it.
    """
    first_prose = next((line.index for line in lines if is_prose(line)), len(lines))
    candidates = [
        read for read in map(_without_site_suffix, lines[: first_prose + 1])
        if _is_headline(read) and not _is_site_name(read, lines)
    ]
    if not candidates:
        return None
    title = next((read for read in candidates if not GLUED_WORDS.search(read.text)), candidates[0])
    for above in lines[: title.index]:
        above.label = above.label or "header"
    lines[title.index].text, lines[title.index].label = title.text, "title"
    for below in lines[title.index + 1 : first_prose]:
        if below.label is None and _is_site_name(below, lines):
            below.label = "header"
    return title.text


def _label_title_copies(lines: list[Line], title: str) -> None:
    key = _key(title)
    for line in lines:
        if line.label is None and _key(line.text) == key:
            line.label = "title"


def _label_footer(lines: list[Line]) -> None:
    """Below the last paragraph, lines that are not sentences (links, headlines) are page footer.

    A short closing sentence ("Talks resume in May.") stays: it is the article's last line,
    and so does the only line left after the last paragraph when it reads as the start of
    one (the scrape was cut there, mid-sentence).
    """
    last_prose = max((line.index for line in lines if is_prose(line)), default=-1)
    in_list = last_prose >= 0 and lines[last_prose].text.endswith(":")
    rest = [line for line in lines[last_prose + 1 :] if line.label is None]
    if last_prose >= 0 and len(rest) == 1 and _is_cut_paragraph(rest[0]):
        return
    # A list introduced by a sentence ("… on these dates:") goes on while its lines follow
    # each other, bulleted or not; under a short heading ("Trending:") only bullets are items.
    introduced_by_sentence = in_list
    above = last_prose
    for line in rest:
        follows, above = line.index == above + 1, line.index
        if in_list and (LIST_ITEM.match(line.text) or (follows and introduced_by_sentence)):
            continue  # the items of a list the article's last paragraph introduced
        in_list = line.text.endswith(":")
        introduced_by_sentence = in_list and line.n_words >= MIN_PROSE_WORDS
        if introduced_by_sentence and line.index + 1 < len(lines) and lines[line.index + 1].label is None:
            continue
        if not cues.ends_sentence(line.text) or cues.is_headline_case(line.text):
            line.label = "footer"


def _is_cut_paragraph(line: Line) -> bool:
    return line.n_words >= MIN_PROSE_WORDS and not cues.is_headline_case(line.text)
