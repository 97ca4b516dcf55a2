"""Article extraction from a text copy of a whole web page.

Input is what "select all, copy" or an HTML-to-text flattener leaves: every
block on its own line, with the site's menus, widgets and footers around the
article. There is no markup to lean on, so each line is scored on its own
shape (length, sentence punctuation, capitalisation, bullets, known chrome
wording) and the article is taken as the densest run of prose lines: a
maximum-sum segment over line scores, where prose earns its length and chrome
costs a penalty. Short lines inside that run survive as subheadings when they
sit between prose paragraphs. The title, standfirst, byline and dates are read
from the lines just above the body. One pass per step: linear in input size.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from hotspot.extract import boilerplate as bp
from hotspot.extract.language import detect_language
from hotspot.records import Extraction

METHOD = "hotspot.extract.page_text.v1"

# --- line shape -----------------------------------------------------------------
PROSE_MIN_WORDS = 12
"""A line this long that reads as a sentence is article prose."""
LONG_PROSE_WORDS = 25
"""A line this long is prose even without closing punctuation."""
SENTENCE_MIN_WORDS = 6
"""A shorter line ending like a sentence is weak prose (a one-line paragraph)."""
HEADING_MAX_WORDS = 14
"""Longer non-sentences are not subheadings."""
TITLE_MIN_WORDS, TITLE_MAX_WORDS = 3, 30
MIN_LETTER_SHARE = 0.5
"""Lines with fewer letters than this (numbers, symbols, junk) are not prose."""
MAX_MEAN_TOKEN_CHARS = 16
"""Space-separated tokens longer than this on average are not words (junk, URLs, base64)."""
MIN_PLAIN_SHARE = 0.93
"""Text is letters, digits, spaces and common punctuation; random bytes are full of symbols."""
MAX_TITLE_CASE_SHARE = 0.7
"""Lines whose words are mostly Capitalised are link lists or headlines."""
CJK_CHARS_PER_WORD = 2
"""Chinese/Japanese/Korean runs have no spaces; count a word per this many chars."""

# --- block scoring ----------------------------------------------------------------
WEAK_PROSE_WEIGHT = 0.5
SHORT_LINE_PENALTY = 25.0
LIST_LINE_PENALTY = 35.0
BOILERPLATE_PENALTY = 80.0
REPEATED_LINE_PENALTY = 35.0
TABLE_ROW_SCORE = 0.0
"""Table rows are neutral: kept inside an article, never a reason to start one."""
AFTER_END_WEIGHT = 0.1
"""Prose after a closing marker (comments, 'related') counts this much: it is rarely the article."""
MIN_PROSE_BEFORE_END = 200
"""Closing markers only count once this much prose was seen (menus also say 'Comments')."""
END_MARKER_REACH = 12
"""...and only within this many lines after prose: a comment form follows its article."""
WORDS_PER_PUNCTUATION = 40
"""Prose has at least one punctuation mark per this many words; tag clouds have none."""
END_MARKER_PENALTY = 2_000.0
"""Comment forms and 'related' boxes: the article does not run on past them."""
MIN_BODY_CHARS = 120
"""A best run smaller than this is not an article."""

# --- header -----------------------------------------------------------------------
HEADER_WINDOW = 25
"""Lines above the body searched for title, byline, dates."""
NAME_MAX_WORDS = 8
STANDFIRST_MAX_WORDS = 45
STANDFIRST_LEAD_RATIO = 1.3
"""The body's first paragraph must be this much longer than a standfirst candidate."""

BULLET = re.compile(r"^(?:[*•·+\-–—o»›>]|\d{1,3}[.)])\s+")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+(?:[.,:]\d+)*")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
TABLE_ROW = re.compile(r"\S(?:\t|\s{2,})\S.*\S(?:\t|\s{2,})\S")
TRUNCATED = re.compile(r"(?:\.\.\.|…)\s*$|\b(?:read more|continue reading|more)\s*(?:»|›|>|→)+\s*$", re.IGNORECASE)
PUNCTUATION = re.compile(r"[.,;:!?。、，！？]")
GLUED_HEADLINE = re.compile(r"^(?P<head>.{10,150}?[^\W\d_]{3}[?!.’'”)]?)(?=[A-Z][a-z]|[A-Z] [a-z])")
GLUED_HEAD_MIN_WORDS = 3
UNUSUAL = re.compile(r"[^\w\s.,;:!?'\"()\[\]/%&+\-–—‘’“”«»„…•·*#@$€£¥°。、，！？（）「」『』・]")
CLOSERS = "\"'”’»)]*"
SENTENCE_END = re.compile(r"[.!?…。！？:;][" + re.escape(CLOSERS) + r"]*$")
SENTENCE_BREAK = re.compile(r"[.!?。！？][\"'”’»)]*\s+(?=[\"'“‘«(]?[A-Z\u0400-\u042f])")
DATELINE = re.compile(r"^[A-Z][A-Za-z .,'()]{1,40}\s[—–-]{1,2}\s|^[A-Z .,]{3,40}\((AP|Reuters|AFP|UPI)\)")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"\b(?P<year>(?:19|20)\d\d)[-/.](?P<mnum>\d{1,2})[-/.](?P<day>\d{1,2})\b"),
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE),
    re.compile(r"\b(?P<day>\d{1,2})[./](?P<mnum>\d{1,2})[./](?P<year>(?:19|20)\d\d)\b"),
)
DATE_FILLER = re.compile(
    r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b\d{1,2}[:.]\d\d\b|\b(am|pm|a\.m|p\.m|utc|gmt|[ecmp][sd]?t|bst|cet|ist|updated|"
    r"published|posted|on|at|date|last|modified|first|time)\b",
    re.IGNORECASE,
)
DATE_LINE_MAX_LEFTOVER_WORDS = 2


@dataclass(slots=True)
class _Line:
    """One non-blank input line with the features the filter needs."""

    index: int
    text: str
    core: str
    words: int
    letters_ok: bool
    sentence: bool
    title_case: bool
    bullet: bool
    chrome: bool
    end_marker: bool
    repeated: bool
    table_row: bool
    truncated: bool
    teaser: bool
    punctuated: bool

    @property
    def prose(self) -> bool:
        strong = self.words >= LONG_PROSE_WORDS or (self.words >= PROSE_MIN_WORDS and self.sentence)
        return (
            strong
            and self.letters_ok
            and self.punctuated
            and not self.title_case
            and not self.chrome
            and not self.truncated
            and not self.teaser
        )

    @property
    def weak_prose(self) -> bool:
        return (
            self.words >= SENTENCE_MIN_WORDS
            and self.sentence
            and self.letters_ok
            and not self.chrome
            and not self.truncated
            and not self.teaser
        )

    def score(self) -> float:
        if self.end_marker:
            return -END_MARKER_PENALTY
        if self.chrome:
            return -BOILERPLATE_PENALTY
        if self.prose:
            return float(len(self.core))
        if self.repeated:
            return -REPEATED_LINE_PENALTY
        if self.weak_prose and not self.title_case:
            return WEAK_PROSE_WEIGHT * len(self.core)
        if self.table_row:
            return TABLE_ROW_SCORE
        return -(LIST_LINE_PENALTY if self.bullet else SHORT_LINE_PENALTY)


def extract_page_text(text: str, url: str | None = None) -> Extraction:
    """The article in a text copy of a web page; ``text`` is "" when none is found."""
    del url  # a text copy has no links to resolve; kept for the extractor interface
    lines = _read_lines(text if isinstance(text, str) else "")
    if not lines:
        return Extraction(text="", method=METHOD)
    start, end = _best_run(lines)
    body = [line for line in lines[start : end + 1] if _keep_in_body(lines, line)] if end >= start else []
    body = _trim_edges(body)
    if sum(len(line.core) for line in body) < MIN_BODY_CHARS:
        return Extraction(text="", method=METHOD, dropped_lines=[line.text for line in lines])
    header = _header(lines, body[0])
    title = _title(header)
    standfirst = _standfirst(body, title, lines)
    if standfirst is not None:
        body = body[1:]
    kept = {line.index for line in body}
    subheadings = [line.text for line in body if not line.weak_prose and not line.prose]
    article = "\n\n".join(line.text for line in body)
    published, captured = _dates(lines, header, title, body)
    return Extraction(
        text=article,
        title=title.text if title else None,
        standfirst=standfirst.text if standfirst else None,
        subheadings=subheadings,
        section=_section(header, title),
        site_name=_site_name(lines, body[0].index),
        author=_author(header),
        published=published,
        captured=captured,
        language=detect_language(article),
        method=METHOD,
        dropped_lines=[line.text for line in lines if line.index not in kept],
    )


def _read_lines(text: str) -> list[_Line]:
    raw = [(i, CONTROL.sub("", line).strip()) for i, line in enumerate(text.splitlines())]
    raw = [(i, line) for i, line in raw if line]
    counts = Counter(line.casefold() for _i, line in raw)
    return [_features(i, line, counts[line.casefold()] > 1) for i, line in raw]


def _features(index: int, text: str, repeated: bool) -> _Line:
    bullet = BULLET.match(text)
    core = text[bullet.end() :] if bullet else text
    tokens = WORD.findall(core)
    cjk = len(CJK.findall(core))
    words = len(tokens) + cjk // CJK_CHARS_PER_WORD
    letters = sum(ch.isalpha() or ch.isspace() for ch in core)
    spaced_tokens = len(core.split())
    plain = len(core) - len(UNUSUAL.findall(core))
    wordy = cjk * 2 >= len(core) or len(core) <= MAX_MEAN_TOKEN_CHARS * max(spaced_tokens, 1)
    capitalised = [t for t in tokens if len(t) > 3 and t[0].isalpha()]
    upper = sum(t[0].isupper() for t in capitalised)
    stripped = core.strip(" -–—|:•·*_=#[](){}<>")
    return _Line(
        index=index,
        text=text,
        core=core,
        words=words,
        letters_ok=bool(core)
        and wordy
        and letters >= MIN_LETTER_SHARE * len(core)
        and plain >= MIN_PLAIN_SHARE * len(core),
        sentence=bool(SENTENCE_END.search(core)),
        title_case=len(capitalised) >= 3 and upper / len(capitalised) > MAX_TITLE_CASE_SHARE,
        bullet=bullet is not None,
        chrome=bool(
            bp.BOILERPLATE_RE.match(stripped)
            or bp.COPYRIGHT.search(core)
            or bp.CHROME_PROSE.search(core)
            or bp.WEATHER.match(core)
            or bp.LOGO.match(core)
            or _is_date_line(core)
        ),
        end_marker=bullet is None and bool(bp.END_MARKER_RE.match(stripped) or bp.COMMENT_HEADER.match(core)),
        repeated=repeated,
        table_row=bool(TABLE_ROW.search(core)),
        truncated=bool(TRUNCATED.search(core)),
        teaser=_is_glued_teaser(core),
        punctuated=len(PUNCTUATION.findall(core)) * WORDS_PER_PUNCTUATION >= words,
    )


def _is_glued_teaser(core: str) -> bool:
    """A link to another story flattened into one line: 'Headline In Title CaseFirst sentence...'."""
    match = GLUED_HEADLINE.match(core)
    if not match:
        return False
    head = WORD.findall(match.group("head"))
    capitalised = [word for word in head if word[0].isupper() or word[0].isdigit()]
    return len(head) >= GLUED_HEAD_MIN_WORDS and len(capitalised) / len(head) > MAX_TITLE_CASE_SHARE


def _best_run(lines: list[_Line]) -> tuple[int, int]:
    """The maximum-sum contiguous run of line scores (Kadane): the densest prose block."""
    best, best_start, best_end = 0.0, 0, -1
    total, start = 0.0, 0
    prose_seen, last_prose, weight = 0, -END_MARKER_REACH, 1.0
    for position, line in enumerate(lines):
        if total <= 0:
            total, start = 0.0, position
        score = line.score()
        closes = position - last_prose <= END_MARKER_REACH and prose_seen >= MIN_PROSE_BEFORE_END
        if line.end_marker and closes:
            weight = AFTER_END_WEIGHT
        if line.prose:
            prose_seen += len(line.core)
            last_prose = position
        total += score * weight if score > 0 else score
        if total > best:
            best, best_start, best_end = total, start, position
    return best_start, best_end


def _keep_in_body(lines: list[_Line], line: _Line) -> bool:
    if line.chrome or line.end_marker:
        return False
    if line.prose or (line.weak_prose and not line.title_case):
        return True
    return _is_subheading(lines, line)


def _is_subheading(lines: list[_Line], line: _Line) -> bool:
    """A short, non-sentence line directly followed by prose inside the body."""
    if line.bullet or line.repeated or not line.letters_ok or line.words > HEADING_MAX_WORDS:
        return False
    if SENTENCE_END.search(line.core) and not line.core.rstrip(CLOSERS).endswith(("?", "!", ":")):
        return False
    position = _position(lines, line)
    following = lines[position + 1] if position + 1 < len(lines) else None
    return following is not None and following.prose


def _trim_edges(body: list[_Line]) -> list[_Line]:
    """A body starts and ends on a paragraph: a heading or a question at the edge is a
    headline or a call to comment, not article text."""
    start, end = 0, len(body)
    while start < end and not _paragraph(body[start]):
        start += 1
    while end > start and not _paragraph(body[end - 1]):
        end -= 1
    return body[start:end]


def _paragraph(line: _Line) -> bool:
    if line.prose:
        return True
    return line.weak_prose and not line.core.rstrip(CLOSERS).endswith(("?", "!", ":"))


def _position(lines: list[_Line], line: _Line) -> int:
    # Lines are stored in input order with unique indices: bisect on them.
    low, high = 0, len(lines) - 1
    while low < high:
        middle = (low + high) // 2
        if lines[middle].index < line.index:
            low = middle + 1
        else:
            high = middle
    return low


def _header(lines: list[_Line], first: _Line) -> list[_Line]:
    position = _position(lines, first)
    return lines[max(0, position - HEADER_WINDOW) : position]


def _looks_like_title(line: _Line) -> bool:
    return (
        TITLE_MIN_WORDS <= line.words <= TITLE_MAX_WORDS
        and line.letters_ok
        and not line.chrome
        and not line.end_marker
        and not line.bullet
        and not line.core.endswith((".", ":", ","))
        and _parse_date(line.core) is None
        and bp.BYLINE.match(line.core) is None
    )


# At most this many lines above the body, all headline-like and the first one the text's first line: a
# clean text's title followed by photo captions (Russian Wikinews and news dumps), not a page's chrome.
CLEAN_HEADER_LINES = 3


def _title(header: list[_Line]) -> _Line | None:
    """The headline: the nearest headline-like line above the body, preferring one the
    page repeats at the end of another line (a breadcrumb or a 'share' label).

    A text that starts with a few headline-like lines and then its body (no menu, byline or date)
    starts with its title; the lines under it are captions of the article's photos, which the
    nearest-line rule took for the title ("Ivan Golunov in the courtroom, 8 June" above a story
    about Putin dismissing two generals).
    """
    candidates = [line for line in header if _looks_like_title(line)]
    if header and header[0].index == 0 and 1 < len(header) <= CLEAN_HEADER_LINES and candidates == header:
        return header[0]
    if not candidates:
        return None
    tails = {line.text.casefold() for line in candidates}
    echoed = {
        tail
        for line in header
        for tail in tails
        if len(line.text) > len(tail) and line.text.casefold().endswith(tail)
    }
    for line in reversed(candidates):
        if line.text.casefold() in echoed:
            return line
    before_byline = _before_byline(header, candidates)
    return before_byline or candidates[-1]


def _before_byline(header: list[_Line], candidates: list[_Line]) -> _Line | None:
    bylines = [line.index for line in header if bp.BYLINE.match(line.core) or line.core.lower() == "by"]
    if not bylines:
        return None
    above = [line for line in candidates if line.index < bylines[-1]]
    return above[-1] if above else None


def _standfirst(body: list[_Line], title: _Line | None, lines: list[_Line]) -> _Line | None:
    """A one-sentence summary between the headline and a longer first paragraph."""
    if title is None or len(body) < 2:
        return None
    first, second = body[0], body[1]
    between = lines[_position(lines, title) + 1 : _position(lines, first)]
    if any(line.prose for line in between):
        return None
    if not first.sentence or first.words > STANDFIRST_MAX_WORDS or DATELINE.match(first.core):
        return None
    if len(SENTENCE_BREAK.findall(first.core)) > 0 or not second.prose:
        return None
    if len(second.core) < STANDFIRST_LEAD_RATIO * len(first.core):
        return None
    return first


def _section(header: list[_Line], title: _Line | None) -> str | None:
    """A short label right above the headline (not a date, logo or breadcrumb)."""
    if title is None:
        return None
    above = [line for line in header if line.index < title.index]
    if not above:
        return None
    line = above[-1]
    if line.chrome or line.bullet or line.words > 4 or title.text.casefold() in line.text.casefold():
        return None
    if SENTENCE_END.search(line.core) or not line.letters_ok:
        return None
    return line.text


def _site_name(lines: list[_Line], body_start: int) -> str | None:
    for line in lines:
        if line.index >= body_start:
            break
        match = bp.LOGO.match(line.core)
        if match:
            name = match.group("name").strip(" -|:")
            return name.title() if name.isupper() else name
    return None


def _author(header: list[_Line]) -> str | None:
    """The name in a byline above the body: 'By Jane Doe', or 'By' on a line of its own."""
    for position, line in enumerate(header):
        if line.core.lower() == "by" and position + 1 < len(header):
            return _clean_name(header[position + 1].core)
        match = bp.BYLINE.match(line.core)
        if match:
            return _clean_name(match.group("name"))
    return None


def _clean_name(name: str) -> str | None:
    name = name.strip(" -–—|,:")
    words = name.split()
    if not words or len(words) > NAME_MAX_WORDS or not any(w[:1].isupper() for w in words):
        return None
    return name


def _parse_date(text: str) -> tuple[str, re.Match[str]] | None:
    for pattern in DATE_PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        groups = match.groupdict()
        month = MONTHS[groups["month"].lower()] if groups.get("month") else int(groups["mnum"])
        try:
            found = date(int(groups["year"]), month, int(groups["day"]))
        except ValueError:
            continue
        return found.isoformat(), match
    return None


def _is_date_line(text: str) -> bool:
    """A line that is only a date (maybe with weekday, time and a cue word)."""
    if len(text) > 80:
        return False
    parsed = _parse_date(text)
    if parsed is None:
        return False
    _iso, match = parsed
    rest = DATE_FILLER.sub(" ", text[: match.start()] + " " + text[match.end() :])
    return len(WORD.findall(rest)) <= DATE_LINE_MAX_LEFTOVER_WORDS


def _dates(
    lines: list[_Line], header: list[_Line], title: _Line | None, body: list[_Line]
) -> tuple[str | None, str | None]:
    """(published, captured). A bare date above the headline is the page's own date
    widget, i.e. the day of the copy; a date under the headline, in a byline or after
    a 'published' cue belongs to the article. 'Updated' dates are never publication."""
    title_index = title.index if title else -1
    published: str | None = None
    captured: str | None = None
    for line in header:
        parsed = _parse_date(line.core)
        if parsed is None or len(line.core) > 120:
            continue
        iso = parsed[0]
        if bp.UPDATED_CUE.search(line.core) and not bp.PUBLISHED_CUE.search(line.core):
            continue
        cued = bp.PUBLISHED_CUE.search(line.core) or bp.BYLINE.match(line.core)
        if line.index < title_index and not cued:
            captured = captured or iso
        elif published is None:
            published = iso
    if published is None:
        body_end = body[-1].index
        for line in lines:
            if line.index > body_end and bp.PUBLISHED_CUE.search(line.core) and len(line.core) <= 120:
                parsed = _parse_date(line.core)
                if parsed:
                    published = parsed[0]
                    break
    return published, captured
