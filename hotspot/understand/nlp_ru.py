"""Russian text as a spaCy ``Doc``, parsed by natasha (segmenter, morphology, syntax, NER trained on news).

natasha's models ship inside its wheels (navec embeddings, slovnet taggers), so
nothing is downloaded at run time. Its output is turned into an ordinary spaCy
``Doc`` so that the rest of Hotspot (offsets, sentences, the records every stage
makes) reads Russian as it reads English:

- tokens are natasha's, with white space that is not a single space kept as
  ``SPACE`` tokens, so ``doc.text`` is the input and character offsets hold
  (the doc is a ``RussianDoc``, which returns that input instead of joining its
  tokens again on every ``doc.text``);
- ``token.lemma_`` is pymorphy's lemma in lower case, ``token.pos_`` and
  ``token.morph`` the UD tags, ``token.dep_``/``token.head`` the UD tree;
- sentences are natasha's (razdel) sentences;
- ``doc.ents`` are natasha's spans labelled ``PER``, ``LOC``, ``ORG``, and
  ``doc.user_data[NORMAL_FORMS]`` maps each span's ``(start_char, end_char)`` to
  its normal form (nominative: ``Токаеву`` → ``Токаев``; natasha's
  ``span.normalize``), which linking needs because Russian inflects names.

The parser is a blank spaCy Russian pipeline whose tokenizer is this adapter,
so ``nlp.pipe``, ``nlp.meta`` and the pipeline's batching work unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from threading import Lock
from typing import Any, NamedTuple

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from hotspot.understand.nlp_ru_layers import CNNEncoder, NavecEmbedding

NORMAL_FORMS = "ru_normal_forms"
"""Key of ``doc.user_data``: ``{(start_char, end_char): normal form}`` for every named-entity span."""
PARSER_NAME = "natasha_news"
LEMMA_CACHE = 200_000  # (word, tag) → lemma; about 40 MB when full

_CACHE: dict[str, Language] = {}
_LOCK = Lock()


class RussianDoc(Doc):
    """A spaCy ``Doc`` that keeps the text it was made from, for ``doc.text``.

    spaCy's ``Doc.text`` joins every token's text on each call; the Russian
    event coder reads it once per sentence, which made a tenth of its time.
    A document's text never changes (retokenising keeps it) and this parser's
    tokens cover the input exactly, so the input is returned. Pickled, it is
    an ordinary ``Doc``.
    """

    __slots__ = ("_text",)
    _text: str

    @property
    def text(self) -> str:
        try:
            return str(self._text)
        except AttributeError:  # made by spaCy (``from_bytes``), not by the parser
            return str(Doc.text.__get__(self))

    def __reduce__(self) -> Any:
        import copyreg

        return copyreg.dispatch_table[Doc](self)  # spaCy's own pickling of a Doc


class Tag(NamedTuple):
    """One tag of the morphology model's fixed vocabulary, read once: what every token of that tag carries."""

    pos: str
    feats: dict[str, str]
    morph: str  # spaCy's ``Feat=Value|…`` string


class Sentence(NamedTuple):
    """One sentence as the models see it: razdel's tokens, the morphology tags, the tree (1-based heads, 0 = root)."""

    tokens: list[Any]  # razdel ``Substring``: ``start``, ``stop``, ``text``
    tags: list[str]
    heads: list[int]
    rels: list[str]


class NatashaTokenizer:
    """A spaCy tokenizer that returns a fully annotated ``Doc`` (tags, lemmas, tree, sentences, entities).

    It runs natasha's own models (razdel, the slovnet morphology, syntax and NER
    taggers of ``NewsEmbedding``) with natasha's batching, but reads their
    output directly instead of through ``natasha.Doc``: natasha wraps every token
    three times (slovnet markup, natasha markup, ``DocToken``), which cost a
    tenth of its own time, and the morphology and syntax models encode the same
    words with the same vocabularies, so the words are encoded once for both.
    The output is token for token the one ``natasha.Doc`` gives
    (``tests/understand/test_nlp_ru.py`` checks it).
    """

    def __init__(self, vocab: Any) -> None:
        from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser
        from slovnet.conll import parse_conll_tag

        self.vocab = vocab
        embedding = NewsEmbedding()
        self.morph_vocab = morph_vocab()
        self.morph_tagger = NewsMorphTagger(embedding)
        self.syntax_parser = _sharing_words(NewsSyntaxParser(embedding), self.morph_tagger)
        self.ner_tagger = _sharing_words(NewsNERTagger(embedding), self.morph_tagger)
        for tagger in (self.morph_tagger, self.syntax_parser, self.ner_tagger):  # the same sums, fewer copies
            tagger.infer.model.encoder = CNNEncoder(tagger.infer.model.encoder)
            tagger.infer.model.emb.word = NavecEmbedding(tagger.infer.model.emb.word)

        # The morphology model has a few hundred tags: each is split into part of speech and features once.
        self._tags: dict[str, Tag] = {}
        for tag in self.morph_tagger.infer.decoder.tags_vocab.items:
            pos, feats = parse_conll_tag(tag)
            self._tags[tag] = Tag(pos, feats, "|".join(f"{k}={v}" for k, v in sorted(feats.items())))
        morph, syntax = self.morph_tagger.infer.encoder, self.syntax_parser.infer.encoder
        self._one_encoding = (morph.batch_size == syntax.batch_size and morph.words_vocab is syntax.words_vocab
                              and morph.shapes_vocab is syntax.shapes_vocab)

        # pymorphy's lemmatiser is the slowest step left per token; news repeats its words, so each form's lemma is
        # remembered per tag (the bench empties this cache before each timed pass).
        self._lemma = lru_cache(maxsize=LEMMA_CACHE)(self._lemmatize)

    def _lemmatize(self, word: str, tag: str) -> str:
        known = self._tag(tag)
        return str(self.morph_vocab.lemmatize(word, known.pos or "X", known.feats) or word).lower()

    def _tag(self, tag: str) -> Tag:
        known = self._tags.get(tag)
        if known is None:  # not in the model's vocabulary: cannot happen with natasha 1.6, read it anyway
            from slovnet.conll import parse_conll_tag

            pos, feats = parse_conll_tag(tag)
            known = self._tags[tag] = Tag(pos, feats, "|".join(f"{k}={v}" for k, v in sorted(feats.items())))
        return known

    def __call__(self, text: str) -> Doc:
        from razdel import tokenize

        tokens = list(tokenize(text))
        codes: dict[str, tuple[int, int]] = {}  # the text's words as the models' vocabularies encode them, each once
        sentences = self._analyse(text, tokens, codes)
        return self._to_spacy(text, tokens, sentences, self._entities(text, [token.text for token in tokens], codes))

    def _analyse(self, text: str, tokens: list[Any], codes: dict[str, tuple[int, int]] | None = None) -> list[Sentence]:
        """The text's sentences, tagged and parsed: natasha's ``segment``, ``tag_morph`` and ``parse_syntax``
        (``codes``: see ``_encode``)."""
        from natasha.span import envelop_spans
        from razdel import sentenize

        bounds = _at_line_ends(text, list(sentenize(text))) if text else []  # razdel gives an empty text one empty sentence
        grouped: list[list[Any]] = list(envelop_spans(tokens, bounds))  # a token across a sentence end is dropped, as natasha does
        grouped = [sentence for sentence in grouped if sentence]  # white space alone: slovnet fails on an empty batch
        # The models run in batches padded to their longest sentence; sentences of like length batched together
        # pad little (``_batches``), and the padding is masked: the output is the same in any order.
        order = sorted(range(len(grouped)), key=lambda i: len(grouped[i]))
        words = [[self._spelled(token.text) for token in grouped[i]] for i in order]
        morph, syntax = self.morph_tagger.infer, self.syntax_parser.infer
        inputs = self._encode(morph.encoder, words, codes)
        tags = morph.decoder(morph.process(inputs))
        trees = syntax.decoder(syntax.process(inputs if self._one_encoding else self._encode(syntax.encoder, words, None)))
        analysed: list[Sentence | None] = [None] * len(grouped)
        for i, tag, (_ids, heads, rels) in zip(order, tags, trees, strict=True):
            analysed[i] = Sentence(grouped[i], tag, [int(h) for h in heads], rels)
        return [sentence for sentence in analysed if sentence is not None]

    def _encode(self, encoder: Any, sentences: list[list[str]], codes: dict[str, tuple[int, int]] | None) -> list[Any]:
        """slovnet's ``WordShapeEncoder(sentences)``: the batches of word and shape ids, padded; ``sentences`` shortest
        first, cut into batches by ``_batches`` (slovnet cuts ``batch_size`` sentences each).

        A text repeats its words (and the name model reads the words the tagger read), so each distinct word is looked up
        in the vocabularies once and its ids kept in ``codes``, one text's, for encoders of the morphology model's
        vocabularies only (the name model shares them, ``_sharing_words``; a model with its own gets a dict of its own)."""
        from slovnet.shape import word_shape

        words_vocab, shapes_vocab = encoder.words_vocab, encoder.shapes_vocab
        mine = self.morph_tagger.infer.encoder
        if codes is None or words_vocab is not mine.words_vocab or shapes_vocab is not mine.shapes_vocab:
            codes = {}
        items = []
        for sentence in sentences:
            word_ids, shape_ids = [], []
            for word in sentence:
                known = codes.get(word)
                if known is None:
                    known = codes[word] = (words_vocab.encode(word.lower()), shapes_vocab.encode(word_shape(word)))
                word_ids.append(known[0])
                shape_ids.append(known[1])
            items.append((word_ids, shape_ids))
        return [encoder.input(items[start:end]) for start, end in _batches([len(sentence) for sentence in sentences])]

    def _spelled(self, word: str) -> str:
        """The word as the models' vocabulary spells it: Russian writes «ё» or «е» at will and natasha's 250,000 words
        mostly hold the «е» form, so a «ё» word it lacks («оглашён», «обвинённого») is read as its «е» twin instead of
        as unknown (unknown, «оглашён» was tagged a dative plural noun and its clause lost its verb). A word the
        vocabulary has («провёл», «её») is read as written: the output stays natasha's wherever natasha knows the word."""
        if "ё" not in word and "Ё" not in word:
            return word
        vocab = self.morph_tagger.infer.encoder.words_vocab.item_ids
        if word.lower() in vocab:
            return word
        twin = word.replace("ё", "е").replace("Ё", "Е")
        return twin if twin.lower() in vocab else word

    def _entities(self, text: str, words: list[str] | None = None, codes: dict[str, tuple[int, int]] | None = None) -> list[Any]:
        """natasha's named entities (``NewsNERTagger(text).spans``: ``start``, ``stop``, ``type``), decoded by ``_viterbi``.

        slovnet tags the whole text as one sequence of its own words; its CRF
        decoding was a tenth of natasha's time, most of it numpy calls on
        8 × 8 arrays, so the same sums are made with fewer calls. Its words are
        razdel's tokens of the text (slovnet's ``text_words``): ``words``, when
        the caller has tokenised the text already, saves doing it twice (``codes``: see ``_encode``).
        """
        from slovnet.exec.infer import text_words
        from slovnet.markup import BIOMarkup

        if not text.strip():
            return []  # natasha tags nothing there
        infer = self.ner_tagger.infer
        if words is None:
            words = text_words(text)
        [batch] = self._encode(infer.encoder, [words], codes)  # one text: one batch
        emissions = infer.model(batch.word_id, batch.shape_id, batch.pad_mask)
        if batch.pad_mask.any() or not words:  # not one unpadded sequence: slovnet's own decoding
            [ids] = infer.model.head.crf.decode(emissions, ~batch.pad_mask)
        else:
            ids = _viterbi(emissions[0], infer.model.head.crf.transitions.array)
        tags = [infer.decoder.tags_vocab.decode(i) for i in ids]
        return list(BIOMarkup.from_tuples(zip(words, tags, strict=True)).to_span(text).spans)

    def _to_spacy(self, text: str, tokens: list[Any], sentences: list[Sentence], entities: Sequence[Any]) -> Doc:
        """The spaCy ``Doc``: white space between tokens as ``SPACE`` tokens, one tree per sentence, the entities."""
        from natasha.span import envelop_spans

        words: list[str] = []
        spaces: list[bool] = []
        pos: list[str] = []
        morphs: list[str] = []
        lemmas: list[str] = []
        deps: list[str] = []
        heads: list[int] = []
        sent_starts: list[bool | int | None] = []
        position = 0

        def add_space(gap: str, previous: int | None) -> None:
            words.append(gap)
            spaces.append(False)
            pos.append("SPACE")
            morphs.append("")
            lemmas.append(gap)
            deps.append("dep" if previous is not None else "ROOT")
            heads.append(previous if previous is not None else len(words) - 1)
            sent_starts.append(previous is None)

        lemma_of = self._lemma
        for sentence in sentences:
            members: list[int] = []  # our indexes of the sentence's (non-space) tokens
            for number, (token, tag) in enumerate(zip(sentence.tokens, sentence.tags, strict=True)):
                gap = text[position:token.start]
                if gap:
                    if gap == " " and words and words[-1].strip():
                        spaces[-1] = True
                    else:
                        add_space(gap, len(words) - 1 if words else None)
                known = self._tag(tag)
                members.append(len(words))
                words.append(token.text)
                spaces.append(False)
                pos.append(known.pos or "X")
                morphs.append(known.morph)
                lemmas.append(lemma_of(token.text, tag))
                deps.append(sentence.rels[number] or "dep")
                heads.append(len(words) - 1)
                sent_starts.append(number == 0)
                position = token.stop
            for me, head, rel in zip(members, sentence.heads, sentence.rels, strict=True):
                if 1 <= head <= len(members) and members[head - 1] != me and rel != "root":
                    heads[me] = members[head - 1]
                else:  # natasha's root (head 0), a token its own head, or the "root" relation
                    heads[me], deps[me] = me, "ROOT"
            _one_tree(members, heads, deps)
        tail = text[position:]
        if tail:
            add_space(tail, len(words) - 1 if words else None)
        doc = RussianDoc(self.vocab, words=words, spaces=spaces, pos=pos, morphs=morphs, lemmas=lemmas, heads=heads,
                         deps=deps, sent_starts=sent_starts)
        doc._text = text
        spans = []
        normal: dict[tuple[int, int], str] = {}
        place = {token.start: (number, i, sentence) for number, sentence in enumerate(sentences, 1)
                 for i, token in enumerate(sentence.tokens)} if entities else {}
        for entity, inside in zip(entities, envelop_spans(tokens, entities), strict=True):
            made = doc.char_span(entity.start, entity.stop, label=entity.type, alignment_mode="expand")
            if made is None:
                continue
            spans.append(made)
            normal[(made.start_char, made.end_char)] = self._normal_form(text, entity, inside, place)
        doc.ents = spacy.util.filter_spans(spans)
        doc.user_data[NORMAL_FORMS] = normal
        return doc

    def _normal_form(self, text: str, entity: Any, inside: list[Any], place: dict[int, tuple[int, int, Sentence]]) -> str:
        """An entity's nominative form: natasha's ``DocSpan.normalize`` on the entity's tokens.

        natasha normalises from the tokens' tags and, for organisations, their
        tree, so the tokens are made as its ``DocToken`` (ids numbered by
        sentence, from 1), for the tokens of entities only.
        """
        from natasha.doc import DocSpan, DocToken

        members = []
        for token in inside:
            number, i, sentence = place.get(token.start, (0, 0, None))
            if sentence is None:  # a token outside every sentence is untagged, as in natasha
                members.append(DocToken(token.start, token.stop, token.text))
                continue
            known = self._tag(sentence.tags[i])
            members.append(DocToken(token.start, token.stop, token.text, id=f"{number}_{i + 1}",
                                    head_id=f"{number}_{sentence.heads[i]}", rel=sentence.rels[i], pos=known.pos,
                                    feats=known.feats))
        span = DocSpan(entity.start, entity.stop, entity.type, text[entity.start:entity.stop], members)
        span.normalize(self.morph_vocab)
        return str(span.normal or span.text)


class Bound(NamedTuple):
    """A sentence's character span, as razdel's ``Substring`` gives it (``envelop_spans`` reads start and stop)."""

    start: int
    stop: int
    text: str


_LINE_BREAK = re.compile(r"[ \t\xa0]*\n\s*")
_OPENS_SENTENCE = re.compile(r"[A-ZА-ЯЁ0-9«\"„“—–-]")
_RUNS_ON = ",:;-–—(«„"
"""A line that ends with one of these goes on in the next line (a list, a quotation announced by a colon, a hyphenated
word): no sentence ends there."""


def _at_line_ends(text: str, bounds: list[Any]) -> list[Any]:
    """razdel's sentences, also cut where a line ends without a sentence's final mark and the next line opens one.

    razdel ends a sentence only at a full stop, question or exclamation mark, so a headline, a photo caption or a
    dateline (lines that end with no mark) ran into the first sentence below it: «Токаев посетит Китай⏎⏎Президент
    …» was one sentence, whose date, mood and negation the headline's events then shared. A line break before a
    capital letter, a digit, a quotation mark or a dash ends the line's sentence unless the line ends with a mark
    that runs on (``_RUNS_ON``)."""
    out: list[Any] = []
    for bound in bounds:
        start = bound.start
        for m in _LINE_BREAK.finditer(text, bound.start, bound.stop):
            before = text[start:m.start()].rstrip()
            if not before or m.end() >= bound.stop or before[-1] in _RUNS_ON or not _OPENS_SENTENCE.match(text, m.end()):
                continue
            out.append(Bound(start, start + len(before), before))
            start = m.end()
        out.append(bound if start == bound.start else Bound(start, bound.stop, text[start:bound.stop]))
    return out


BATCH_COST = 32
"""What one more batch costs the models beside the words they read, in padded words: a batch's fixed numpy calls take
about as long as the models reading 32 words. On the 30 real texts of ``bench/realnews_ru.py``, costs from 24 to 64
tagged and parsed alike, 8 % faster than natasha's cuts of 8; 4 and 8 were slower (many small batches)."""
MAX_BATCH = 32
"""The most sentences one batch holds."""


def _batches(lengths: list[int]) -> list[tuple[int, int]]:
    """Where to cut sentences of these lengths (shortest first) into batches: ``(start, end)`` each, in order.

    A batch is padded to its longest sentence, so it costs its size times that length, plus ``BATCH_COST``; the cuts
    are those of least cost (dynamic programming over the last batch's start). Cut every 8 sentences (natasha's
    batch size), sorted sentences of news made the models read 40 % more words than the texts hold, 18 % with these
    cuts (the 30 real texts of ``bench/realnews_ru.py``); any cut gives the same output, as padding is masked."""
    best = [0] + [0] * len(lengths)
    start = [0] * (len(lengths) + 1)
    for end in range(1, len(lengths) + 1):
        best[end], start[end] = min((best[first] + BATCH_COST + (end - first) * lengths[end - 1], first)
                                    for first in range(max(0, end - MAX_BATCH), end))
    cuts = []
    end = len(lengths)
    while end:
        cuts.append((start[end], end))
        end = start[end]
    return cuts[::-1]


def _sharing_words(model: Any, first: Any) -> Any:
    """``model`` with ``first``'s word and shape vocabularies where they are the same lists.

    natasha's three models each load the 250,000 words of ``NewsEmbedding``
    (about 25 MB each); one copy serves them all, and inputs equal for two
    models can be encoded once.
    """
    mine, theirs = model.infer.encoder, first.infer.encoder
    if mine.words_vocab.items == theirs.words_vocab.items:
        mine.words_vocab = theirs.words_vocab
    if mine.shapes_vocab.items == theirs.shapes_vocab.items:
        mine.shapes_vocab = theirs.shapes_vocab
    return model


def _viterbi(emissions: Any, transitions: Any) -> list[int]:
    """The best tag path of one unpadded sequence: slovnet's ``CRF.decode`` for a batch of one, with fewer numpy calls.

    ``emissions`` is words × tags, ``transitions`` from-tag × to-tag. Each step
    makes the same float32 sums in the same order (score + transition, then +
    emission) and keeps the first maximum as ``argmax`` does, so the path is
    the one slovnet finds.
    """
    import numpy as np

    columns = np.arange(emissions.shape[1])
    score = emissions[0]
    history = []
    for step in range(1, emissions.shape[0]):
        scores = score[:, None] + transitions + emissions[step][None, :]
        best = scores.argmax(0)
        score = scores[best, columns]
        history.append(best)
    last = int(score.argmax())
    path = [last]
    for back in reversed(np.array(history).tolist() if history else []):
        last = back[last]
        path.append(last)
    path.reverse()
    return path


def _one_tree(members: list[int], heads: list[int], deps: list[str]) -> None:
    """Make one sentence's heads a tree with one root, in place.

    natasha's parser sometimes gives a sentence two roots (spaCy would then cut it in two: "Военные
    обстреляли село, сообщает ТАСС." lost its source) or a cycle of heads (``Span.root`` raises and
    ``subtree`` never ends). The first root stays the root; another root, and the token where a walk
    up the heads meets itself, is attached to it (``parataxis``, ``dep``).
    """
    if not members:
        return
    inside = set(members)
    roots = [i for i in members if heads[i] == i]
    root = roots[0] if roots else members[0]
    heads[root], deps[root] = root, "ROOT"
    for other in roots[1:]:
        heads[other], deps[other] = root, "parataxis"
    for i in members:
        if heads[i] not in inside:
            heads[i], deps[i] = root, "dep"
    for start in members:
        seen: set[int] = set()
        node = start
        while node != root:
            if node in seen:  # a cycle: cut it where the walk came back
                heads[node], deps[node] = root, "dep"
                break
            seen.add(node)
            node = heads[node]


@lru_cache(maxsize=1)
def morph_vocab() -> Any:
    """natasha's pymorphy dictionary (``MorphVocab``, about a second to load), one per process: the parser's tokenizer
    normalises names with it, and the rules read it for words the tagger misread and for inflection, without loading
    the parser or a second copy."""
    from natasha import MorphVocab

    return MorphVocab()


def load_russian(name: str | None = None) -> Language:
    """The Russian parser (one per process): a blank spaCy ``ru`` pipeline with natasha as its tokenizer."""
    with _LOCK:
        if PARSER_NAME not in _CACHE:
            from importlib.metadata import version

            nlp = spacy.blank("ru")
            nlp.tokenizer = NatashaTokenizer(nlp.vocab)
            nlp.meta["name"] = PARSER_NAME
            nlp.meta["version"] = version("natasha")
            _CACHE[PARSER_NAME] = nlp
        return _CACHE[PARSER_NAME]
