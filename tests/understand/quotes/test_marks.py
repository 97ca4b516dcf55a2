"""Quotation marks paired per paragraph (a character scan, no parse): one behaviour per test."""

from __future__ import annotations

from hotspot.understand.quotes.marks import MAX_QUOTE_CHARS, find_marked


def test_marks_curly_pair():
    text = "He said “we will win” today."
    [m] = find_marked(text)
    assert text[m.start : m.end] == "we will win"


def test_marks_straight_pair():
    text = 'He said "we will win" today.'
    [m] = find_marked(text)
    assert text[m.start : m.end] == "we will win"


def test_marks_apostrophes_are_not_quotes():
    assert find_marked("Clinton's plan and the voters' mood don't matter.") == []


def test_marks_nested_quote_stays_inside():
    text = "“He called it ‘a disgrace’ twice,” she said."
    [m] = find_marked(text)
    assert text[m.start : m.end] == "He called it ‘a disgrace’ twice,"


def test_marks_unclosed_quote_ends_with_its_paragraph():
    text = "She said “this never closes\n\nNext paragraph is narrative."
    [m] = find_marked(text)
    assert text[m.start : m.end] == "this never closes" and not m.closed


def test_marks_quote_over_paragraphs():
    text = "“First part of it.\n\n“Second part,” he said."
    [m] = find_marked(text)
    assert text[m.start : m.end].startswith("First") and text[m.start : m.end].endswith("Second part,")


def test_marks_long_quote_is_capped():
    text = "“" + "Word after word goes on. " * 2000 + "”"
    [m] = find_marked(text)
    assert m.end - m.start <= MAX_QUOTE_CHARS


def test_marks_double_single_quotes_pair():
    text = "''I cannot stay,'' she told them."
    [m] = find_marked(text)
    assert text[m.start : m.end] == "I cannot stay,"


def test_marks_transcript_label_starts_a_new_quotation():
    text = '"WALLACE: Will she be there?\n\n"PENCE: She will not be attending.\n\n"More from him on that.'
    spans = [text[m.start : m.end] for m in find_marked(text)]
    assert spans[0] == "Will she be there?"
    assert spans[1].startswith("She will not be attending.") and spans[1].endswith("More from him on that.")
