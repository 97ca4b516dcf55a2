"""Hand-built spaCy parses for the rule tests: a Doc from (word, head, dep, pos, lemma) rows, no model loaded."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

Row = tuple[str, int, str, str, str]

NO_SPACE_BEFORE = (".", ",", "”", ":")
NO_SPACE_AFTER = ("“",)


def doc_from_rows(
    rows: list[Row],
    space_after: set[int] | None = None,
    *,
    ents: list[tuple[int, int, str]] | None = None,
    tags: list[str] | None = None,
) -> Doc:
    """A parsed Doc. rows: (word, head index, dep, pos, lemma), heads as absolute token indices.

    A space follows every word unless the next is punctuation ('.', ',', '”', ':') or the word
    opens a quotation ('“'); a whitespace token ('\\n\\n', the paragraph break spaCy keeps as a
    SPACE token) takes no space on either side. ``space_after``, when given, names exactly the
    token indices followed by a space instead. ``ents`` are (start, end, label) token spans set
    as ``doc.ents``; ``tags`` are the fine-grained tags (``tag_``), one per row.
    """
    vocab = spacy.blank("en").vocab
    words = [r[0] for r in rows]
    if space_after is not None:
        spaces = [i in space_after for i in range(len(words))]
    else:
        spaces = [
            i + 1 < len(words)
            and words[i + 1] not in NO_SPACE_BEFORE
            and words[i] not in NO_SPACE_AFTER
            and not words[i].isspace()
            and not words[i + 1].isspace()
            for i in range(len(words))
        ]
    doc = Doc(
        vocab,
        words=words,
        spaces=spaces,
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        lemmas=[r[4] for r in rows],
        tags=tags,
    )
    if ents:
        doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


def found_quotes(doc: Doc) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, text, cue, speaker) of every quote ``find_quotes`` finds, in text order: one line to compare."""
    from hotspot.understand.quotes import find_quotes

    return [
        (q.kind, q.text, q.cue.text if q.cue else None, q.speaker.text if q.speaker else None) for q in find_quotes(doc)
    ]
