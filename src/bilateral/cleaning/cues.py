"""Line-level cues that a line of scraped text is page furniture rather than article.

Each cue is general web-page vocabulary or shape (prompts, credits, link lists,
date widgets, other scripts), never a particular site's strings.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from bilateral.calendar import MONTH_ALTERNATION, WEEKDAYS
from bilateral.cleaning.dates import DAY_OF_MONTH, find_dates

# Chinese and Japanese write without spaces: each character counts as a word.
WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]|\w[\w'’\-]*")
TERMINAL = re.compile(r"[.!?…。！？][\"'”’)\]」』]*$")
# Names a date line may carry besides the date: a place, an agency, an outlet.
MAX_NAMES_BY_DATE = 3
TABLE_ROW = re.compile(r"^\|.*\|$")

# Calls to act on the page: share, comment, subscribe, log in, navigate. Only read on short lines.
PROMPT = re.compile(
    r"^(share|tweet|e-?mail|print|save|copy link|follow us|like us)\b|^follow (@|\w+ on\b)"
    r"|\bshare (this|on|it|the|via)\b|^\W*(facebook|twitter|x|whatsapp|linkedin|telegram|pinterest|reddit)\W*$"
    r"|\b(leave|post|add|write|view|show|load|see|read|top rated|join)\b.{0,20}\b(comments?|repl(y|ies)|responses?|discussion)\b"
    r"|^\d*\s*(comments?|replies|responses)\b|^\w+ comments?\W*$|\bcomments are (closed|disabled)\b"
    r"|\bparticipate in the discussion\b|\bcomment below\b|\bshare your (views|thoughts)\b|\bjoin (our|us)\b"
    r"|\b(subscribe|newsletter|sign ?up|sign ?in|log ?in|log ?out|register|create an account|my account)\b"
    r"|\b(back|scroll|go) to top\b|\bskip to\b|^(main )?menu$|^home$|\b(next|previous) (article|story|post)\b"
    r"|^(read|see) (more|also|next)\b|^also read\b|^(don'?t|do not|never) miss\b|^related( (articles?|stories|news|posts?|content|topics?))?\b"
    r"|\byou (may|might) (also )?like\b|^(most (read|popular|viewed)|trending|recommended|more (from|stories|news)|latest (news|stories)|top stories)\b"
    r"|\bclick here\b|\btap here\b|\b(mobile|desktop|amp) version\b|\bopen in (the )?app\b|^you are here\b"
    r"|\bmenu items?\b|\badvertisement\b|^sponsored\b|^ad$"
    r"|\bdownload (our|the) app\b|\bget (the|our) app\b|\bstory continues\b"
    r"|\bcookies?\b|\bprivacy (policy|settings)\b|\bterms (of|and) (use|service|conditions)\b"
    r"|\ball rights reserved\b|\bcopyright\b|^loading\b|\blike this:|\bbloggers like\b|\brate this\b"
    r"|^(full (article|story|text|report)|continue reading)\W*$|\d\s*°\s*[CF]\b"
    r"|\breprints?\b|\berror has occurred\b|\btry again\b|^thank you\b|^(tags?|topics|filed under|categories)\b\s*:?"
    r"|^(previous|next|prev|older|newer)(\s+(post|article|story|page|entries))?\W*$"
    r"|\bmin(ute)?s? read\b|\bpermalink\b"
    r"|^(search|accept|reject|live|video|audio|\d*\s*shares?|(font|text) size|listen to this (article|story))$"
    r"|^(breaking news|editor'?s'? picks?|more on this (story|topic)|in pictures)$"
    r"|^((open|close|toggle) (the )?(menu|navigation|search)|(main )?navigation|e-?paper)$"
    r"|^(source|sources|via|courtesy)\s*:|^\(?with inputs from\b|^published in\b",
    re.IGNORECASE,
)
# A link to another story introduced as one ("Also read: …", "Read more | …", "ALSO READ
# Talks resume"), however long. Without a separator the headline starts with a capital.
_RELATED_INTRO = r"(also read|read also|read more|see also|must read)"
RELATED_LINK = re.compile(
    rf"^({_RELATED_INTRO}|related( stories| articles)?|more|read|watch|listen|video|photos|in pictures)\s*[:|»›]|^{_RELATED_INTRO}\s*[-–—]?\s+(?-i:[\"“‘'A-Z])",
    re.IGNORECASE,
)
# The same link pasted after a paragraph's last sentence, on its line.
GLUED_RELATED_LINK = re.compile(
    rf"[.!?\"”’](?=\s+({_RELATED_INTRO}\s*[:|»›]|(?-i:ALSO READ|READ ALSO|READ MORE|SEE ALSO)\b))", re.IGNORECASE
)
# A link's kind in brackets after its headline: "Macron visits Beijing [VIDEO]", "… [PICS]".
RELATED_KIND = re.compile(r"\[(?-i:[A-Z]{3,}(?: [A-Z]{3,})?)\]\W*$")
# A widget's heading run on after the last sentence when a page is flattened to one line
# ("... review progress. Trending Now Kwacha slides Home Politics"): written in title case.
GLUED_WIDGET_HEADING = re.compile(
    r"[.!?\"”’](?=\s+(?:Trending(?: Now| Stories| News)?|Most (?:Read|Popular|Viewed)|Latest (?:News|Stories)"
    r"|Top Stories|More (?:Stories|News)|Related (?:Stories|Articles|News)|You May Also Like"
    r"|Recommended(?: for You| Stories)?)\b)")
# The site selling its services to the reader, however long ("Get the day's top headlines
# delivered to your inbox by subscribing to our newsletter"): a service the site offers
# and words that address the reader (an imperative opening, "you").
SERVICE = re.compile(
    r"\b(newsletters?|inbox|subscri(be|bing|ption)|sign(ed|ing)? up|podcasts?|(follow|find|like) (us|him|her|them|me) on"
    r"|click(ing)? (here|to|on|below)|tap here|(download|get) (our|the) app"
    r"|(enjoy|enjoyed|liked|value|appreciate) (this|our|reading) (article|story|post|journalism|reporting|work)"
    r"|become a (member|subscriber|supporter|patron)|support (our|independent|quality) journalism)\b",
    re.IGNORECASE,
)
# An author's or the site's social account closing a story ("Follow him on Twitter @handle."),
# a pitch even beside a quoted book title in the same bio.
FOLLOW_HANDLE = re.compile(r"\bfollow (us|him|her|them|me)\b.{0,40}@\w+", re.IGNORECASE)
MAX_BIO_WORDS = 80
TO_THE_READER = re.compile(
    r"\b(you|your)\b|(^|[.!?]\s+)(get|sign|subscribe|follow|join|click|tap|download|listen|watch|keep|stay|thanks?|like)\b",
    re.IGNORECASE,
)
QUOTED = re.compile(r"[\"“”]|\b(said|says|told)\b", re.IGNORECASE)
MAX_PITCH_WORDS = 40
# Long boilerplate that still reads like a sentence: disclaimers, data-consent notices.
NOTICE = re.compile(
    r"\b(views|opinions) expressed\b|\bdo not necessarily reflect\b"
    r"|\b(personal|your) data (will|may|is|are)( only)? (be )?(used|stored|processed|disclosed|deleted)\b"
    r"|\bby submitting\b|\b(uses?|using|use of) cookies\b|\bcookie (policy|settings|preferences)\b|\ball rights reserved\b|\bthis (copy|material) (is for|may not)\b"
    r"|\bnot be (published|broadcast|rewritten|redistributed)\b"
    r"|\b(you can|to) comment on (stories|articles|this)\b|\b(before|after) (writing|posting) your first comment\b"
    r"|\bif you (buy|purchase|order) (something|anything|a product|through)\b|\baffiliate (links?|commissions?|partners?)\b"
    r"|\b(earn|get|receive) (a )?(small )?(commission|share of the sale)\b",
    re.IGNORECASE,
)
# Comment sections: everything after such a heading belongs to readers, not the article.
COMMENTS_HEADING = re.compile(
    r"^(\d+\s+)?(comments?|responses?|replies|discussion|reader comments|top rated comments"
    r"|leave a (reply|comment)|post a comment|join the (discussion|conversation)"
    r"|(\d+\s+)?thoughts on\b.*|\d+\s+(responses|replies|comments) (on|to)\b.*)\s*:?$",
    re.IGNORECASE,
)
CAPTION = re.compile(
    r"©|\((\w+ )?(photo|image|picture|file|credit)\b|\b(photo|photograph|image|picture|pic|video|file photo)"
    r"( credit)?s?\s*(:|by\b|/)|\bphoto(s)? courtesy\b|\bcredit\s*:|\b(getty images|shutterstock)\b"
    r"|^(image|media|video) (caption|source)\b|\((l|r|c|left|right|cent(er|re)|2nd [lr]|from left)\)"
    r"|^image result for\b|\bfile (photo|picture|image)\b",
    re.IGNORECASE,
)
# A caption's positions of the people shown, set off by commas ("X, left, and Y shake hands").
CAPTION_POSITION = re.compile(
    r",\s(left|right|cent(er|re)|(second|third|2nd|3rd|far) (from )?(left|right)|top|bottom)\s?,", re.IGNORECASE
)
# A caption or a link to another story with its date after a dash or a bar, where a
# sentence would end: "Troops prepare to deploy to the border - 2 March 2008".
DATED_TAIL = re.compile(r"\s[-–—|]\s+([^-–—|]{4,40})$")
MAX_TEASER_WORDS = 30
# A line that is only an image's file name, or only "(Agency)" credits.
CREDIT_LINE = re.compile(r"\S+\.(jpe?g|png|gif|webp)|(\([A-Z][\w .&-]{1,30}\)\s*)+", re.IGNORECASE)
# Agencies as photo credits are upper-case words glued to a separator or the line's end.
AGENCY_CREDIT = re.compile(r"\b(AFP|AP|REUTERS|Reuters|EPA|Xinhua|ANI|PTI|Anadolu|TASS)\s*(/|\||$|Photo)")
BYLINE = re.compile(
    r"^(by|written by|author|reported by|posted by|reporter|words by)\b\s*:?\s*\S|^(?-i:By(?=[A-Z][a-z]))"
    r"|^(staff|special|our|a) (reporter|correspondent|writer)\b|^(news|web|monitoring|city) desk\b",
    re.IGNORECASE,
)
# A news agency's credits closing a story, however many names they list: "(Reporting by …;
# additional reporting by …; Editing by …)", "Compiled by …".
STORY_CREDITS = re.compile(r"^\(?(additional )?(reporting|writing|editing|edited|compiled) by\b", re.IGNORECASE)
# The same credits pasted after the last paragraph's final sentence, on its line.
GLUED_STORY_CREDITS = re.compile(r"[.!?\"”’](?=\s+\((additional )?(reporting|writing|editing) by\b)", re.IGNORECASE)
MAX_CREDITS_WORDS = 50
LINK = re.compile(r"https?://|www\.|\S+@\S+\.\w+|\s[|»›]\s|^[|»›•]|\s>\s.*\s>\s|^\w+( / \w+)+$")
AGO = re.compile(r"\b\d+\s+(min(ute)?s?|hours?|hrs?|days?|weeks?)\s+ago\b", re.IGNORECASE)
CLOCK = re.compile(r"\b[0-2]?\d:[0-5]\d\b")
# A weekday is known by its first three letters ("Tue", "Tues", "Tuesday").
DATE_WORDS = re.compile(
    r"^(" + "|".join(day[:3] for day in WEEKDAYS) + r")[a-z]*$"
    r"|^(updated?|published|posted|last|latest|on|at|am|pm|a\.m|p\.m"
    r"|gmt|utc|ist|pkt|est|edt|et|cet|cest|bst|pst|msk|jst|hrs|ago|hours?|minutes?|mins?|days?|today|yesterday"
    r"|" + MONTH_ALTERNATION + r"|muharram|safar|rabi|jumada|awwal|thani|akhir"
    r"|rajab|sha'?ban|ramadan|shawwal|dhul|dhu|qadah|qa'?dah|hijjah|al|ul|st|nd|rd|th)$",
    re.IGNORECASE,
)

# Market data: index or price levels with their moves ("Sensex 61,234 ▲ 0.4%", "Gold $1,950 +0.3%").
TICKER_MARK = re.compile(r"[▲▼△▽↑↓]|(?<![\w.])[+\-−]\d[\d.,]*\s?%|(?<![\w.])[+\-−]\d[\d,]*\.\d+\b|\([+\-−]\d[\d.,]*\)")
# A quoted price or index level: decimals, or thousands separated ("1,845.20", "78.34", "44,321").
PRICE = re.compile(r"^[(+\-−$€£¥]*\d{1,3}(,\d{3})+(\.\d+)?\W*$|^[(+\-−$€£¥]*\d+\.\d+\W*$")
# Quotes of a ticker: prices make up this share of the line's tokens at least.
TICKER_PRICE_SHARE = 1 / 3
# A news ticker's item, led by its kind ("Breaking: Storm warning for the coast", "LIVE | …").
NEWS_FLASH = re.compile(
    r"^(breaking( news)?|just in|developing( story)?|live( updates?)?|news ?flash|news alert)\s*[:|–—-]", re.IGNORECASE
)
MAX_FLASH_WORDS = 30
# The section names of a site's menu: a line made mostly of them is navigation, not a headline.
# No place names: "US China Trade" is a headline.
SECTION = re.compile(
    r"^(home|news|world|politics|business|economy|markets?|money|sports?|opinion|editorials?|video|videos|photos"
    r"|culture|arts|tech|technology|science|health|lifestyle|life|style|travel|food|weather|entertainment"
    r"|local|national|international|podcasts?|blogs?|features|analysis|columns?|columnists|obituaries|education|environment|climate"
    r"|property|jobs|cars|motoring|fashion|books|music|film|tv|games|more|latest|epaper|e-paper|archives?|about|contact)$",
    re.IGNORECASE,
)
MIN_MENU_WORDS = 3
MENU_SHARE = 2 / 3
NUMBER_TOKEN = re.compile(r"^[^\w]*\d[\d.,:%]*[^\w]*$")


@lru_cache(maxsize=4096)  # the classifier's cues each count a line's words again
def words(line: str) -> tuple[str, ...]:
    return tuple(WORD.findall(line))


def ends_sentence(line: str) -> bool:
    return bool(TERMINAL.search(line.rstrip()))


def is_prompt(line: str) -> bool:
    """A call to act on the page (share, comment, subscribe, log in, go back to top...)."""
    line = line.strip()
    if RELATED_LINK.match(line) or (RELATED_KIND.search(line) and len(words(line)) <= MAX_TEASER_WORDS):
        return True
    return len(words(line)) <= 12 and bool(PROMPT.search(line))


def is_pitch(line: str) -> bool:
    """The site's own call to use one of its services, addressed to the reader and not
    quoted ("Subscribe to our newsletter to get the latest news in your inbox")."""
    if len(words(line)) <= MAX_BIO_WORDS and FOLLOW_HANDLE.search(line):
        return True
    return (len(words(line)) <= MAX_PITCH_WORDS and bool(SERVICE.search(line))
            and bool(TO_THE_READER.search(line)) and not QUOTED.search(line))


def is_notice(line: str) -> bool:
    return len(words(line)) <= 80 and bool(NOTICE.search(line))


# The title of the post a comments heading names, in quotes ("12 thoughts on “Talks resume”").
QUOTED_TITLE = re.compile(r"[\"“«‘'][^\"“”«»]{3,200}[\"”»’']\s*:?$")


def is_comments_heading(line: str) -> bool:
    """A comments section's heading; a quoted post title it names does not count in its length."""
    heading = QUOTED_TITLE.sub("", line.strip()).strip() or line.strip()
    return len(words(heading)) <= 8 and bool(COMMENTS_HEADING.match(heading))


def is_caption_credit(line: str) -> bool:
    """A photo caption or credit: ©, "Photo:", "(File photo)", an agency credit."""
    if len(words(line)) > 80:
        return False
    ends = line[:60] + "\n" + line[-60:]
    return bool(
        CAPTION.search(ends) or AGENCY_CREDIT.search(ends) or CREDIT_LINE.fullmatch(line.strip())
        or CAPTION_POSITION.search(ends) or is_dated_teaser(line)
    )


def is_dated_teaser(line: str) -> bool:
    """A headline or caption closed by its date after a dash ("Troops prepare to deploy to
    the border - 2 March 2008"): article paragraphs do not end in a date stamp."""
    tail = DATED_TAIL.search(line.rstrip())
    if not tail or len(words(line)) > MAX_TEASER_WORDS:
        return False
    head = line[: tail.start()]
    return len(words(head)) >= 3 and not is_date_widget(head) and is_date_widget(tail.group(1))


def is_ticker(line: str) -> bool:
    """A market-data strip: moves marked by arrows or signs, or prices one after another,
    and no sentence ("Sensex 61,234.5 ▲ 0.4% | Nifty 18,120 ▼ 0.2%", "Gold 1,845.20 Oil
    78.34"); a table row of the article is kept."""
    if ends_sentence(line) or TABLE_ROW.match(line):
        return False
    tokens = line.split()
    prices = sum(1 for token in tokens if PRICE.match(token))
    return bool(TICKER_MARK.search(line)) or (prices >= 2 and prices >= TICKER_PRICE_SHARE * len(tokens))


def is_news_flash(line: str) -> bool:
    return len(words(line)) <= MAX_FLASH_WORDS and bool(NEWS_FLASH.match(line.strip()))


def is_menu(line: str) -> bool:
    """A site's navigation run into one line ("Home World Politics Business Sport")."""
    tokens = words(line)
    if len(tokens) < MIN_MENU_WORDS or ends_sentence(line):
        return False
    return sum(bool(SECTION.match(token)) for token in tokens) >= MENU_SHARE * len(tokens)


# An author's note closing a story, in the present tense under the author's full name:
# "Ana Holt is the Courier's fisheries correspondent …" ("Mr Holt was …" is the story's).
AUTHOR_BIO = re.compile(
    r"^(?!(mr|mrs|ms|dr|prof|sir|president|minister)\b)(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})"
    r" (is|writes|reports|covers)\b.{0,80}?"
    r"\b(correspondent|reporter|journalist|writer|editor|columnist|contributor|author|freelancer"
    r"|(senior |research )?fellow|writes (about|on|for)|reports (on|for)|covers)\b",
    re.IGNORECASE,
)
MAX_BIO_SENTENCE_WORDS = 40


def is_author_bio(line: str) -> bool:
    return len(words(line)) <= MAX_BIO_SENTENCE_WORDS and bool(AUTHOR_BIO.match(line.strip()))


def is_mostly_numbers(line: str) -> bool:
    """As many numbers as words ("USD/INR 82.45 0.12", "Kenya 2 Uganda 1"): data, not a headline."""
    tokens = line.split()
    numbers = sum(1 for token in tokens if NUMBER_TOKEN.match(token))
    return numbers >= 2 and numbers >= len(tokens) - numbers


def is_byline(line: str) -> bool:
    n_words = len(words(line))
    if n_words <= MAX_CREDITS_WORDS and STORY_CREDITS.match(line.strip()):
        return True
    return n_words <= 10 and bool(BYLINE.match(line.strip()))


def is_link_like(line: str) -> bool:
    """URLs, e-mail addresses, menus and breadcrumbs joined by | » ›."""
    if TABLE_ROW.match(line.strip()):  # a table's row, which may hold trade figures
        return False
    return len(words(line)) <= 25 and bool(LINK.search(line))


def is_date_widget(line: str) -> bool:
    """A line that is a date and little else ("Wednesday 25th May 2022 / 23 Shawwal 1443"),
    or a date under a name or two ("PARIS (AFP) May 27, 2002", "Bloomberg News July 11, 2014",
    a dateline "BAKU, Azerbaijan, April 8")."""
    tokens = words(line)
    if not tokens or len(tokens) > 16 or not any(ch.isdigit() for ch in line):
        return False
    rest = [t for t in tokens if not (t[0].isdigit() or DATE_WORDS.match(t))]
    has_date = any(p.search(line) for p in (CLOCK, AGO)) or next(find_dates(line), None) is not None
    if len(rest) <= 1:
        return has_date
    names_only = len(rest) <= MAX_NAMES_BY_DATE and all(t[0].isupper() for t in rest)
    return names_only and not ends_sentence(line) and (has_date or _ends_with_day_of_month(line))


# A dateline set on a line of its own above the first paragraph: a place, then a day or an
# agency, then the colon or dash that would join it to the paragraph ("NEW DELHI:",
# "Lakeside, March 3 (Agency):", "Harbour Town (Agency) --").
DATELINE_ALONE = re.compile(
    r"^(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})"
    r"(?P<when>,\s*(?:\w+,\s*)?" + DAY_OF_MONTH.pattern + r"(?:,?\s*(?:19|20)\d\d)?)?"
    r"(?P<agency>\s*\([^)]{2,30}\))?\s*(?::|[-–—]{1,2})$",
    re.IGNORECASE,
)


def is_dateline_alone(line: str) -> bool:
    """A dateline on its own line, with a day or an agency unless the place is in capitals."""
    found = DATELINE_ALONE.match(line.strip())
    if not found:
        return False
    if found.group("when") or found.group("agency"):
        return True
    return line.strip().rstrip(":-–— ").isupper()


def _ends_with_day_of_month(line: str) -> bool:
    found = DAY_OF_MONTH.search(line)
    return found is not None and found.end() == len(line.rstrip())


def is_headline_case(line: str) -> bool:
    """Most longer words capitalised, as in "Where Does The Relationship Stand?".

    A line ending with a full stop is a sentence, however many names it holds.
    """
    if line.rstrip().endswith("."):
        return False
    long_words = [w for w in words(line) if len(w) > 3]
    if len(long_words) < 2:
        return False
    return sum(w[0].isupper() for w in long_words) >= 0.7 * len(long_words)


EAST_ASIAN = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "HALFWIDTH", "FULLWIDTH")


@lru_cache(maxsize=8192)
def script_of(char: str) -> str:
    """The Unicode script family of a letter: LATIN, CYRILLIC, ARABIC, CJK, …"""
    if char.isascii():
        return "LATIN"
    name = unicodedata.name(char, "")
    family = name.split(" ")[0] if name else ""
    # Japanese and Korean text mixes these scripts within one sentence.
    return "CJK" if family in EAST_ASIAN else family


_ASCII_LETTERS = re.compile(r"[A-Za-z]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def dominant_script(text: str, sample: int = 20_000) -> str | None:
    """The script most letters of (the start of) ``text`` are written in; of two as frequent,
    the one met first."""
    head = text[:sample]
    # The ASCII letters (all Latin) are counted by a regex, not one by one: this runs on
    # every line of an article. Each script is entered where it first occurs, as a Counter
    # filled letter by letter would order them.
    counts: Counter[str] = Counter()
    latin = _ASCII_LETTERS.search(head)
    latin_at = latin.start() if latin else len(head)
    for char in _NON_ASCII.finditer(head):
        if char.start() > latin_at and latin is not None and "LATIN" not in counts:
            counts["LATIN"] = 0
        if char.group().isalpha():
            counts[script_of(char.group())] += 1
    if latin is not None:
        counts["LATIN"] += sum(map(len, _ASCII_LETTERS.findall(head, latin_at)))
    return counts.most_common(1)[0][0] if counts else None
