"""Quote detection: direct, indirect and mixed quotations with their cue and speaker mention.

Rules on the dependency parse, after the GenderGapTracker quote extractor, plus a
character scan for quotation marks:

1. **Quotation marks** are paired by a scan of each paragraph (straight and curly,
   double and single, nested). A quotation left open at the end of a paragraph
   continues only if the next paragraph opens with a mark (the newspaper layout
   for quotations over several paragraphs); otherwise it ends with its paragraph.
   No quotation is longer than ``MAX_QUOTE_CHARS``.
2. **Reported speech** is found from cue verbs (``data/cues.json``): the clausal
   complement of a speech, belief or conclusion verb (``X says that ...``), the
   main clause an inverted cue hangs from (``..., Munbaev says.``), the object of
   an object verb when it is quoted or has an ``as``/``for`` complement
   (``blamed "external circles"``), and non-verbal cues (``according to X``,
   ``as said by X``, ``in the words of X``). Beyond the lexicon, some frames
   report whatever their word: a sentient subject's that-clause (``sought to
   ensure that ...``), a noun's own that-clause or a possessor's infinitive
   (``his acknowledgment that ...``, ``his eagerness to ...``), a quoted label
   after ``as`` (``branding the mayor as a "fraud"``), an ``as X noted`` clause,
   and a clause stated in a poll (``In the latest poll, Clinton led ...``).
3. Each quotation is attributed to the cue clause right after it (``"...," X
   said``) or right before it (``X said: "..."``, a speaker-colon or a dash
   layout). A reported clause that is wholly a quotation is ``direct``; one with
   a quoted part is ``mixed``. A quotation whose sentence has no cue takes the
   speaker mention of the attribution just before it, in the same or the
   previous paragraph, if it reads like a statement (several words, at the start
   of a sentence); a short quoted phrase without a cue is a scare quote and no
   quote at all.

4. **Attributions, not attitudes** (:mod:`.gate`): the frames find every attribution
   PolNeAR would annotate; only those whose source communicates the content, or
   explicitly holds it, are quotes. A country's or a people's mood in the author's
   voice ('the Kazakhs are keen to ...', 'China views ... as ...'), intentions,
   attitudes, judgements and the author's own first person are not. A quotation
   split by its cue ('"A," she said. "B."') is one quote.

The speaker is the mention that carries the quote (the subject of the cue, its
name part when the subject is a role with a named apposition); ``name``/``role``/
``entity`` and ``via`` are left for :mod:`hotspot.understand.speakers`.
Every step is linear in the number of tokens (subtrees are read from
``left_edge``/``right_edge``), so bad input costs no more than good input.

The package is split by role, as BBC's citron splits quote attribution:

- :mod:`.marks`: quotation marks and paragraphs (step 1, no parse);
- :mod:`.cues`: the cue lexicon (``data/cues.json``);
- :mod:`.syntax` and :mod:`.source`: the parse helpers every frame shares, and
  who carries a quote (the speaker span, a sentient source);
- :mod:`.attribution`: the record every frame returns (cue, speaker, content);
- :mod:`.verbal` and :mod:`.contents`: verbal frames and what a verb reports;
- :mod:`.nominal`: nouns and adjectives that hold a statement or a stance;
- :mod:`.nonverbal`: 'according to X', 'in the latest poll, ...';
- :mod:`.layout`: colon and dash layouts, headline quotations, paragraph and
  sentence limits of a content;
- :mod:`.furniture`: a scraped page's furniture (bylines, captions, link lists,
  editor's notes) is nobody's speech; embedded posts, interviews and pull quotes;
- :mod:`.gate`: which attributions report anything (a quote), which are attitudes;
- :mod:`.frames`: every frame tried on every token, in order of precedence;
- :mod:`.assembly`: quotations joined with attributions as Quote records (step 3).
"""

from __future__ import annotations

from hotspot.understand.quotes.assembly import EXTRACTOR, find_quotes
from hotspot.understand.quotes.cues import Cues, load_cues
from hotspot.understand.quotes.marks import MAX_QUOTE_CHARS, Marked, find_marked, paragraphs

__all__ = ["EXTRACTOR", "MAX_QUOTE_CHARS", "Cues", "Marked", "find_marked", "find_quotes", "load_cues", "paragraphs"]
