"""Russian text as a spaCy ``Doc``, parsed by natasha (segmenter, morphology, syntax, NER trained on news).

natasha's models ship inside its wheels (navec embeddings, slovnet taggers), so
nothing is downloaded at run time. Its output is turned into an ordinary spaCy
``Doc`` so that the rest of Hotspot (offsets, sentences, the records every stage
makes) reads Russian as it reads English:

- tokens are natasha's, with white space that is not a single space kept as
  ``SPACE`` tokens, so ``doc.text`` is the input and character offsets hold;
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

from functools import lru_cache
from threading import Lock
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

NORMAL_FORMS = "ru_normal_forms"
"""Key of ``doc.user_data``: ``{(start_char, end_char): normal form}`` for every named-entity span."""
PARSER_NAME = "natasha_news"
LEMMA_CACHE = 200_000  # (word, tag, features) → lemma; about 40 MB when full

_CACHE: dict[str, Language] = {}
_LOCK = Lock()


class NatashaTokenizer:
    """A spaCy tokenizer that returns a fully annotated ``Doc`` (tags, lemmas, tree, sentences, entities)."""

    def __init__(self, vocab: Any) -> None:
        from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

        self.vocab = vocab
        embedding = NewsEmbedding()
        self.segmenter = Segmenter()
        self.morph_vocab = MorphVocab()
        self.morph_tagger = NewsMorphTagger(embedding)
        self.syntax_parser = NewsSyntaxParser(embedding)
        self.ner_tagger = NewsNERTagger(embedding)

        # pymorphy's analysis was a third of the parse; news repeats its words, so lemmas are remembered.
        self._lemma = lru_cache(maxsize=LEMMA_CACHE)(self._lemmatize)

    def _lemmatize(self, word: str, pos: str | None, feats: tuple[tuple[str, str], ...]) -> str:
        return str(self.morph_vocab.lemmatize(word, pos or "X", dict(feats)) or word).lower()

    def __call__(self, text: str) -> Doc:
        from natasha import Doc as NatashaDoc

        parsed = NatashaDoc(text)
        parsed.segment(self.segmenter)
        parsed.tag_morph(self.morph_tagger)
        parsed.parse_syntax(self.syntax_parser)
        parsed.tag_ner(self.ner_tagger)
        return self._to_spacy(text, parsed)

    def _to_spacy(self, text: str, parsed: Any) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        pos: list[str] = []
        morphs: list[str] = []
        lemmas: list[str] = []
        deps: list[str] = []
        heads: list[int] = []
        sent_starts: list[bool | int | None] = []
        index_of: dict[str, int] = {}  # natasha's "sentence_token" id -> our token index
        natasha_heads: list[str | None] = []
        position = 0

        def add_space(gap: str, previous: int | None) -> None:
            words.append(gap)
            spaces.append(False)
            pos.append("SPACE")
            morphs.append("")
            lemmas.append(gap)
            deps.append("dep" if previous is not None else "ROOT")
            natasha_heads.append(None)
            heads.append(previous if previous is not None else len(words) - 1)
            sent_starts.append(previous is None)

        sentence_tokens: list[list[int]] = []  # our indexes of each sentence's (non-space) tokens
        for sentence in parsed.sents:
            sentence_tokens.append([])
            for number, token in enumerate(sentence.tokens):
                gap = text[position:token.start]
                if gap:
                    if gap == " " and words and words[-1].strip():
                        spaces[-1] = True
                    else:
                        add_space(gap, len(words) - 1 if words else None)
                lemma = self._lemma(token.text, token.pos, tuple(sorted((token.feats or {}).items())))
                index_of[token.id] = len(words)
                sentence_tokens[-1].append(len(words))
                words.append(token.text)
                spaces.append(False)
                pos.append(token.pos or "X")
                morphs.append("|".join(f"{k}={v}" for k, v in sorted((token.feats or {}).items())))
                lemmas.append(lemma)
                deps.append(token.rel or "dep")
                natasha_heads.append(token.head_id)
                heads.append(len(words) - 1)
                sent_starts.append(number == 0)
                position = token.stop
        tail = text[position:]
        if tail:
            add_space(tail, len(words) - 1 if words else None)
        for i, head_id in enumerate(natasha_heads):
            if head_id is None:
                continue
            target = index_of.get(head_id)
            if target is None or target == i or deps[i] == "root":
                heads[i], deps[i] = i, "ROOT"
            else:
                heads[i] = target
        for members in sentence_tokens:
            _one_tree(members, heads, deps)
        doc = Doc(self.vocab, words=words, spaces=spaces, pos=pos, morphs=morphs, lemmas=lemmas, heads=heads,
                  deps=deps, sent_starts=sent_starts)
        spans = []
        normal: dict[tuple[int, int], str] = {}
        for span in parsed.spans:
            made = doc.char_span(span.start, span.stop, label=span.type, alignment_mode="expand")
            if made is None:
                continue
            span.normalize(self.morph_vocab)
            spans.append(made)
            normal[(made.start_char, made.end_char)] = span.normal or span.text
        doc.ents = spacy.util.filter_spans(spans)
        doc.user_data[NORMAL_FORMS] = normal
        return doc


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
