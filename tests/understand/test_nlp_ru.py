"""The Russian parser: natasha's analysis as a spaCy Doc whose offsets are those of the text."""

import pytest

from hotspot.understand.nlp_ru import NORMAL_FORMS, NatashaTokenizer, load_russian

TEXT = "Министр встретился с Токаевым в Астане.\n\nПосле  встречи  он уехал.\t\n"


@pytest.fixture(scope="module")
def doc():
    return load_russian()(TEXT)


def test_the_doc_is_the_text_whatever_its_white_space(doc):
    assert doc.text == TEXT
    assert all(TEXT[t.idx : t.idx + len(t.text)] == t.text for t in doc)


def test_sentences_are_natashas(doc):
    assert [s.text.strip() for s in doc.sents] == ["Министр встретился с Токаевым в Астане.", "После  встречи  он уехал."]


def test_tokens_carry_lemma_part_of_speech_morphology_and_a_tree(doc):
    verb = next(t for t in doc if t.text == "встретился")
    assert (verb.lemma_, verb.pos_, verb.dep_) == ("встретиться", "VERB", "ROOT")
    subject = next(t for t in doc if t.text == "Министр")
    assert subject.head == verb and subject.morph.get("Case") == ["Nom"]


def test_names_are_entities_with_their_nominative_form(doc):
    assert [(e.text, e.label_) for e in doc.ents] == [("Токаевым", "PER"), ("Астане", "LOC")]
    normal = doc.user_data[NORMAL_FORMS]
    assert [normal[(e.start_char, e.end_char)] for e in doc.ents] == ["Токаев", "Астана"]


def test_the_parser_is_loaded_once_per_process():
    assert load_russian() is load_russian()


def test_a_sentence_natasha_gives_two_roots_stays_one_sentence_with_one_root():
    doc = load_russian()("Военные обстреляли село, сообщает ТАСС.")
    [sentence] = doc.sents
    assert sentence.root.text == "обстреляли"
    assert next(t for t in doc if t.text == "сообщает").dep_ == "parataxis"


def _parser() -> NatashaTokenizer:
    parser = load_russian().tokenizer
    assert isinstance(parser, NatashaTokenizer)
    return parser


# The parser reads natasha's models directly (not through natasha.Doc): what it reads must be what natasha.Doc gives.
SAMPLE = ("Президент Казахстана Касым-Жомарт Токаев провёл встречу с главой «Газпрома» Алексеем Миллером в Астане. "
          "По словам пресс-службы Акорды, стороны обсудили поставки газа.\n\n"
          "Министерство иностранных дел России заявило, что переговоры продолжатся в Москве в мае.")


@pytest.fixture(scope="module")
def natasha_doc():
    """The sample through natasha's own ``Doc`` with the parser's models: the reference."""
    from natasha import Doc as NatashaDoc
    from natasha import Segmenter

    parser = _parser()
    reference = NatashaDoc(SAMPLE)
    reference.segment(Segmenter())
    reference.tag_morph(parser.morph_tagger)
    reference.parse_syntax(parser.syntax_parser)
    reference.tag_ner(parser.ner_tagger)
    return reference


def test_sentences_tags_and_trees_are_natashas(natasha_doc):
    from razdel import tokenize

    parser = _parser()
    ours = parser._analyse(SAMPLE, list(tokenize(SAMPLE)))
    theirs = natasha_doc.sents
    assert [[t.text for t in s.tokens] for s in ours] == [[t.text for t in s.tokens] for s in theirs]
    assert [[(parser._tag(tag).pos, parser._tag(tag).feats) for tag in s.tags] for s in ours] == [
        [(t.pos, t.feats) for t in s.tokens] for s in theirs]
    assert [[(f"{n}_{h}", r) for h, r in zip(s.heads, s.rels, strict=True)] for n, s in enumerate(ours, 1)] == [
        [(t.head_id, t.rel) for t in s.tokens] for s in theirs]


def test_entities_and_their_normal_forms_are_natashas(natasha_doc):
    parser = _parser()
    for span in natasha_doc.spans:
        span.normalize(parser.morph_vocab)
    doc = load_russian()(SAMPLE)
    assert [(e.start, e.stop, e.type) for e in parser._entities(SAMPLE)] == [(s.start, s.stop, s.type) for s in natasha_doc.spans]
    assert doc.user_data[NORMAL_FORMS] == {(s.start, s.stop): s.normal for s in natasha_doc.spans}


def test_lemmas_are_natashas_lemmatiser_in_lower_case(natasha_doc):
    parser = _parser()
    doc = load_russian()(SAMPLE)
    words = [t for t in doc if not t.is_space]
    for token in natasha_doc.tokens:
        token.lemmatize(parser.morph_vocab)
    assert [t.lemma_ for t in words] == [t.lemma.lower() for t in natasha_doc.tokens]


def test_the_entity_decoder_finds_slovnets_path():
    """``_viterbi`` against slovnet's ``CRF.decode`` on random scores, ties included (rounded scores)."""
    import numpy as np

    from hotspot.understand.nlp_ru import _viterbi

    crf = _parser().ner_tagger.infer.model.head.crf
    random = np.random.default_rng(15)
    for length in (1, 2, 7, 60):
        for rounding in (None, 0):
            emissions = random.normal(size=(1, length, crf.transitions.array.shape[0])).astype(np.float32)
            if rounding is not None:
                emissions = emissions.round(rounding)
            [expected] = crf.decode(emissions, np.ones((1, length), dtype=bool))
            assert _viterbi(emissions[0], crf.transitions.array) == expected.tolist()


def test_the_text_is_kept_and_a_pickled_doc_is_an_ordinary_doc(doc):
    import pickle

    from spacy.tokens import Doc

    copy = pickle.loads(pickle.dumps(doc))
    assert doc.text == TEXT and type(copy) is Doc
    assert copy.text == TEXT and [t.lemma_ for t in copy] == [t.lemma_ for t in doc]


def test_white_space_alone_is_one_space_token():
    doc = load_russian()(" \n\n ")
    assert [(t.text, t.pos_) for t in doc] == [(" \n\n ", "SPACE")] and not doc.ents


def test_the_lemma_cache_can_be_emptied():
    """``bench/realnews_ru.py`` empties it before each timed pass, so no pass reads another's lemmas."""
    parser = _parser()
    load_russian()("Министр уехал.")
    assert parser._lemma.cache_info().currsize > 0
    parser._lemma.cache_clear()
    assert parser._lemma.cache_info().currsize == 0


def test_a_yo_word_the_vocabulary_lacks_is_read_as_its_ye_twin():
    doc = load_russian()("Приговор оглашён 3 августа 2021 года.")
    word = doc[1]
    assert (word.text, word.pos_, word.lemma_) == ("оглашён", "VERB", "огласить")


def test_a_headline_without_a_final_mark_is_a_sentence_of_its_own():
    text = "Министр посетит Астану в мае\n\nВизит пройдёт в рамках переговоров. Он сказал:\n«Мы готовы»."
    assert [s.text.strip() for s in load_russian()(text).sents] == [
        "Министр посетит Астану в мае", "Визит пройдёт в рамках переговоров.", "Он сказал:\n«Мы готовы»."]


# Sentences of many lengths, so that the models read them in several batches of unequal size (``_batches``).
LONG = " ".join([
    "Дождь шёл весь день.",
    "В среду в столице открылась выставка старых карт, которую готовили три года сотрудники городского музея.",
    "Мэр приехал.",
    "По данным ведомства, за неделю в больницы области обратились около двухсот человек с симптомами гриппа, "
    "а число вызовов скорой помощи выросло почти вдвое по сравнению с прошлым месяцем.",
    "Все молчали.",
    "Депутаты обсудили новый закон о налогах.",
    "Учителя школы номер пять провели собрание и решили перенести экзамены на конец июня.",
    "Почему?",
    "Министр транспорта заявил журналистам, что строительство моста через реку завершат к осени, если погода "
    "позволит рабочим продолжать укладку бетона без перерывов, а поставщики вовремя привезут металлические "
    "конструкции с завода в соседнем регионе.",
    "Фермеры ждут урожая.",
    "Вечером на площади выступил оркестр.",
    "Полиция задержала двух мужчин, подозреваемых в краже велосипедов из подъезда жилого дома.",
    "Зима будет тёплой, считают синоптики.",
    "Суд отложил заседание.",
])


def test_batches_cover_the_sentences_in_order_at_least_cost():
    from itertools import combinations

    from hotspot.understand.nlp_ru import BATCH_COST, MAX_BATCH, _batches

    def cost(cuts, lengths):
        return sum(BATCH_COST + (end - start) * lengths[end - 1] for start, end in cuts)

    assert _batches([]) == []
    for lengths in ([4], [1, 1, 1], [2, 3, 5, 8, 13, 21, 34, 55], [3] * 70, [1, 2, 2, 40, 41, 41, 90]):
        cuts = _batches(lengths)
        assert [start for start, _ in cuts] == [0] + [end for _, end in cuts[:-1]] and cuts[-1][1] == len(lengths)
        assert all(0 < end - start <= MAX_BATCH for start, end in cuts)
        if len(lengths) <= 8:  # every way to cut a short list: none costs less
            for k in range(len(lengths)):
                for inner in combinations(range(1, len(lengths)), k):
                    edges = [0, *inner, len(lengths)]
                    assert cost(cuts, lengths) <= cost(list(zip(edges, edges[1:], strict=False)), lengths)


def test_a_long_text_is_tagged_and_parsed_as_natashas_own_models_do():
    """Fresh natasha models (slovnet's own layers, natasha's batches of 8 in text order) against the parser."""
    from natasha import Doc as NatashaDoc
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter
    from razdel import tokenize

    embedding = NewsEmbedding()
    reference = NatashaDoc(LONG)
    reference.segment(Segmenter())
    reference.tag_morph(NewsMorphTagger(embedding))
    reference.parse_syntax(NewsSyntaxParser(embedding))
    reference.tag_ner(NewsNERTagger(embedding))
    parser = _parser()
    ours = parser._analyse(LONG, list(tokenize(LONG)))
    assert len(ours) == len(reference.sents) == 14
    assert [[(parser._tag(tag).pos, parser._tag(tag).feats) for tag in s.tags] for s in ours] == [
        [(t.pos, t.feats) for t in s.tokens] for s in reference.sents]
    assert [[(f"{n}_{h}", r) for h, r in zip(s.heads, s.rels, strict=True)] for n, s in enumerate(ours, 1)] == [
        [(t.head_id, t.rel) for t in s.tokens] for s in reference.sents]
    assert [(e.start, e.stop, e.type) for e in parser._entities(LONG)] == [(s.start, s.stop, s.type) for s in reference.spans]
