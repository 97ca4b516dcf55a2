"""Russian quotation marks: «ёлочки», „лапки“, English “curly” and straight "marks", paired per paragraph.

A character scan, no parse. Russian typography nests „…“ inside «…», and news
copy often nests straight marks inside straight marks ("…АО "КрасЭКО" не
могут…"), so each mark is read by its shape and, for straight marks, by what
stands on either side: a mark after a space or an opening bracket and before a
word opens; one after a word and before a space or punctuation closes. '“'
closes an open '„' and otherwise opens. Only the outermost spans are kept.

A quotation left open at a paragraph end runs on when the next paragraph opens
with a mark (the layout of a quotation over several paragraphs); one opened
mid-paragraph and never closed is dropped (a stray mark), but the spans closed
inside it are kept. No quotation is longer than ``MAX_QUOTE_CHARS``.
"""

from __future__ import annotations

import re

from hotspot.understand.quotes.marks import MAX_QUOTE_CHARS, SENTENCE_END, Marked, paragraphs

_MARK = re.compile(r"[«»„“”\"]")
_OPEN_BEFORE = "([{—–-/«„“"
_CLOSE_AFTER = ".,;:!?)]}—–-…»“”"


def _straight_role(text: str, i: int, start: int, end: int) -> str | None:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    opens = (before.isspace() or before in _OPEN_BEFORE) and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in _CLOSE_AFTER)
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return None


def _scan(text: str, start: int, end: int) -> tuple[list[Marked], tuple[int, list[Marked]] | None]:
    """The closed outermost spans of one paragraph, and the mark left open at its end with the spans inside it."""
    stack: list[tuple[int, str, list[Marked]]] = []  # (position, family, closed spans directly inside)
    spans: list[Marked] = []

    def close(family_set: str, pos: int) -> bool:
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][1] in family_set:
                open_pos = stack[depth][0]
                del stack[depth:]
                made = Marked(open_pos + 1, pos, open_pos, pos + 1)
                (stack[-1][2] if stack else spans).append(made)
                return True
        return False

    for match in _MARK.finditer(text, start, end):
        i, ch = match.start(), match.group()
        if ch == "«":
            stack.append((i, "angle", []))
        elif ch == "»":
            close("angle", i)
        elif ch == "„":
            stack.append((i, "low", []))
        elif ch == "“":
            if not close("low", i):
                stack.append((i, "curly", []))
        elif ch == "”":
            if not close("low curly", i) and _straight_role(text, i, start, end) == "open":
                stack.append((i, "curly", []))
        else:
            role = _straight_role(text, i, start, end)
            if role == "close" and close("straight", i):
                continue
            if role == "open":
                stack.append((i, "straight", []))
    if not stack:
        return spans, None
    # marks left open: the innermost give up their closed spans to the one below; the bottom one stays open
    for depth in range(len(stack) - 1, 0, -1):
        stack[depth - 1][2].extend(stack[depth][2])
    bottom_pos, _, inside = stack[0]
    return spans, (bottom_pos, inside)


def find_marked_ru(text: str) -> list[Marked]:
    """The outermost quotations of a Russian text, paired per paragraph; see the module docstring."""
    found: list[Marked] = []
    pending: Marked | None = None  # a quotation running over into the next paragraph
    for p_start, p_end in paragraphs(text):
        first = p_start + len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip())
        spans, left_open = _scan(text, p_start, p_end)
        end = p_end
        while end > first and text[end - 1].isspace():
            end -= 1
        carried = pending if pending is not None and first < p_end and text[first] in "«„“\"" else None
        if pending is not None and carried is None:
            found.append(pending)
        pending = None
        for span in spans:
            if carried is not None and span.outer_start == first:
                # the quotation carried over from the paragraphs before closes here
                span = Marked(carried.start, span.end, carried.outer_start, span.outer_end)
                carried = None
            found.append(span)
        if left_open is None:
            if carried is not None:
                found.append(carried)  # the next paragraph opened with a mark that closed nothing
            continue
        open_pos, inside = left_open
        if open_pos != first:
            found.extend(inside)  # a stray mark opened mid-paragraph: keep what was closed inside it
            if carried is not None:
                found.append(carried)
        elif carried is not None:
            pending = Marked(carried.start, end, carried.outer_start, end, closed=False)
        else:
            pending = Marked(open_pos + 1, end, open_pos, end, closed=False)
    if pending is not None:
        found.append(pending)
    return sorted((_capped(text, m) for m in found if m.end > m.start), key=lambda m: m.outer_start)


def _capped(text: str, span: Marked) -> Marked:
    if span.end - span.start <= MAX_QUOTE_CHARS:
        return span
    limit = span.start + MAX_QUOTE_CHARS
    cut = max(text.rfind(ch, span.start, limit) for ch in SENTENCE_END)
    end = cut + 1 if cut > span.start else limit
    return Marked(span.start, end, span.outer_start, end, closed=False)
