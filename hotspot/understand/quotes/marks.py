"""Quotation marks: which stretches of a text are in marks, paired per paragraph.

A character scan, no parse: straight and curly, double and single, nested marks
are paired within each paragraph; a quotation left open at a paragraph end runs
on only when the next paragraph opens with a mark (the newspaper layout for
quotations over several paragraphs), and none is longer than ``MAX_QUOTE_CHARS``.
Where a text runs those paragraphs together on one line, a straight mark after a
space and a sentence end inside an open quotation opens its next paragraph and
closes nothing ('said: "A. "B."').
Straight marks and apostrophes are told apart by what stands on either side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_QUOTE_CHARS = 3000  # a direct quote longer than this is cut at a sentence end

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
OPEN_SINGLE = "‘‚‹"
CLOSE_SINGLE = "’›"
SENTENCE_END = ".!?"
DOUBLE_MARK_TOKENS = frozenset(('"', "“", "”", "``", "''"))
"""Double quotation marks as tokens of the English parse (its tokenizer writes straight marks as `` and '' too)."""
MARK_TOKENS = DOUBLE_MARK_TOKENS | {"‘", "’"}
"""Double and single quotation marks as tokens of the English parse."""


@dataclass(slots=True)
class Marked:
    """A span in quotation marks: ``start``/``end`` inside the marks, ``outer_*`` with them."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    closed: bool = True


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character bounds of the non-empty lines (paragraphs) of ``text``."""
    bounds = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            bounds.append((match.start(), match.end()))
    return bounds


def _is_open_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/" or before in OPEN_DOUBLE + OPEN_SINGLE) and not after.isspace()


def _is_close_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-" or after in CLOSE_DOUBLE + CLOSE_SINGLE)


def _marks(text: str, start: int, end: int) -> list[tuple[int, str, str]]:
    """(position, 'open'|'close', family) for each quotation mark in ``text[start:end]``."""
    found = []
    for match in re.finditer(r"''|``|[\"“”„«»‘’‚‹›']", text[start:end]):
        i = start + match.start()
        ch = match.group()
        if ch in ("''", "``"):
            if ch == "``" or _is_open_straight(text, i) and not _is_close_straight(text, i + 1):
                found.append((i, "open", "double"))
            else:
                found.append((i, "close", "double"))
            continue
        if ch in OPEN_DOUBLE:
            found.append((i, "open", "double"))
        elif ch in CLOSE_DOUBLE:
            # a closing mark typed as an opener: at a paragraph start, or after a space and before a word
            before = text[i - 1] if i > start else "\n"
            after = text[i + 1] if i + 1 < len(text) else " "
            opens = before.isspace() and after.isalnum()
            found.append((i, "open" if opens else "close", "double"))
        elif ch == '"':
            if _is_open_straight(text, i):
                found.append((i, "open", "double"))
            elif _is_close_straight(text, i):
                found.append((i, "close", "double"))
            elif _previous_char(text, start, i) in (".", ",", ";", ":", "!", "?", "'", "’"):
                # a mark set off by spaces after the end of a quoted sentence closes it: "... 'outreach,' " he told
                found.append((i, "close", "double"))
        elif ch in OPEN_SINGLE or ch in CLOSE_SINGLE or ch == "'":
            # Single marks double as apostrophes: only word-initial opens and word-final closes count.
            before = text[i - 1] if i > 0 else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if ch not in "’›" and (before.isspace() or before in "([{—–\"“") and after.isalnum():
                found.append((i, "open", "single"))
            elif ch != "‘" and not before.isspace() and (after.isspace() or after in ".,;:!?)—–\"”"):
                found.append((i, "close", "single"))
    return found


def _previous_char(text: str, start: int, i: int) -> str:
    """The last character before ``i`` that is not a space (none before ``start``)."""
    k = i - 1
    while k >= start and text[k].isspace():
        k -= 1
    return text[k] if k >= start else ""


def _width(text: str, pos: int) -> int:
    return 2 if text[pos : pos + 2] in ("''", "``") else 1


def find_marked(text: str) -> list[Marked]:
    """The top-level spans in quotation marks, paired per paragraph; see the module docstring."""
    spans: list[Marked] = []
    pending: Marked | None = None  # a quotation running over into the next paragraph
    for p_start, p_end in paragraphs(text):
        stack: list[tuple[int, str]] = []
        marks = _marks(text, p_start, p_end)
        if pending is not None:
            first = text[p_start:p_end].lstrip()
            first_pos = p_end - len(text[p_start:p_end].lstrip())
            opens = bool(marks) and marks[0][0] == first_pos and marks[0][1] == "open"
            if opens and first and first[0] != "'" and not _labelled(text, first_pos):
                stack.append((marks[0][0], marks[0][2]))
                marks = marks[1:]
                carried = pending
            else:
                spans.append(pending)
                carried = None
            pending = None
        else:
            carried = None
        for pos, role, family in marks:
            if role == "open":
                if stack and stack[-1][1] == family and family == "double" and text[pos] == '"':
                    if _reopens(text, p_start, pos):
                        continue  # 'said: "A. "B. "C."': paragraphs run together, the quotation goes on
                    role = "close"  # a straight mark after an open straight mark closes it
                else:
                    if family == "single" and not stack or family == "double" or stack:
                        stack.append((pos, family))
                    continue
            # closing mark: close the innermost open span of the same family
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][1] == family:
                    open_pos = stack[depth][0]
                    del stack[depth:]
                    if not stack:
                        start = carried.start if carried is not None else _inner_start(text, open_pos, p_start)
                        outer = carried.outer_start if carried is not None else open_pos
                        spans.append(Marked(start, pos, outer, pos + _width(text, pos)))
                        carried = None
                    break
        if stack:
            open_pos = stack[0][0]
            if carried is not None:
                open_start, open_outer = carried.start, carried.outer_start
            else:
                open_start, open_outer = _inner_start(text, open_pos, p_start), open_pos
            end = p_end
            while end > open_start and text[end - 1].isspace():
                end -= 1
            unclosed = Marked(open_start, end, open_outer, end, closed=False)
            mid_paragraph = open_pos != p_start + len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip())
            if stack[0][1] == "double" and mid_paragraph and not _introduced(text, p_start, open_pos, end):
                spans.append(unclosed)  # opened mid-paragraph: ends with its paragraph
            else:
                pending = unclosed
    if pending is not None:
        spans.append(pending)
    return [_capped(text, span) for span in spans if span.end > span.start]


# a transcript's speaker label: 'WALLACE:', 'SEN. KAINE:', 'Pence:' (at most three Title-case words)
SPEAKER_LABEL = re.compile(r"(?:[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3}|[A-Z][a-z]+\.?(?: [A-Z][a-z]+\.?){0,2}):[ \t]+(?=\S)")


def _introduced(text: str, p_start: int, open_pos: int, end: int) -> bool:
    """A quotation a colon opens that runs to its paragraph's last sentence end: 'X told The Sun: "A. B.' / '"C."'.

    The newspaper layout of a quotation over several paragraphs, opened mid-paragraph
    by its cue's colon; it runs on only when the next paragraph opens with a mark.
    """
    return _previous_char(text, p_start, open_pos) == ":" and end > open_pos and text[end - 1] in SENTENCE_END


def _reopens(text: str, p_start: int, pos: int) -> bool:
    """A straight mark that opens a new sentence of a quotation still open: '... the depot. "Nobody told us ...'.

    A closing mark hugs the sentence it ends ('Mail."'); one set off by a space after
    the sentence end and followed by a word opens the next paragraph of the same
    quotation, where a text runs a story's paragraphs together on one line and keeps
    the newspaper convention (each quoted paragraph opens with a mark, only the last
    closes).
    """
    return text[pos - 1 : pos].isspace() and _previous_char(text, p_start, pos) in SENTENCE_END


def _labelled(text: str, open_pos: int) -> bool:
    """A paragraph-opening mark followed by a transcript speaker label ('"WALLACE: ...')."""
    return SPEAKER_LABEL.match(text, open_pos + _width(text, open_pos)) is not None


def _inner_start(text: str, open_pos: int, p_start: int) -> int:
    """Where a quotation's words start: after the mark and, at a paragraph start, after a speaker label."""
    start = open_pos + _width(text, open_pos)
    if text[p_start:open_pos].strip() == "":
        label = SPEAKER_LABEL.match(text, start)
        if label is not None:
            return label.end()
    return start


def _capped(text: str, span: Marked) -> Marked:
    if span.end - span.start <= MAX_QUOTE_CHARS:
        return span
    limit = span.start + MAX_QUOTE_CHARS
    cut = max(text.rfind(ch, span.start, limit) for ch in SENTENCE_END)
    end = cut + 1 if cut > span.start else limit
    return Marked(span.start, end, span.outer_start, end, closed=False)
