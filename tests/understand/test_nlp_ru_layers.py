"""The Russian parser's word embedding and convolutional encoder against slovnet's own, bit for bit."""

import numpy as np
from slovnet.exec.model import BatchNorm1d, CNNEncoder, CNNEncoderLayer, Conv1d, NavecEmbedding, ReLU, Weight

from hotspot.understand.nlp_ru_layers import CNNEncoder as FastEncoder
from hotspot.understand.nlp_ru_layers import NavecEmbedding as FastEmbedding


def _weight(array: np.ndarray) -> Weight:
    return Weight(list(array.shape), str(array.dtype), array)


def _slovnet_encoder(random: np.random.Generator, dims: list[int], kernel: int = 3) -> CNNEncoder:
    layers = []
    for in_dim, filters in zip(dims, dims[1:], strict=False):
        def floats(*shape: int) -> np.ndarray:
            return random.normal(size=shape).astype(np.float32)

        conv = Conv1d(_weight(floats(filters, in_dim, kernel)), _weight(floats(filters)), kernel // 2)
        norm = BatchNorm1d(_weight(floats(filters)), _weight(floats(filters)), _weight(floats(filters)),
                           _weight(np.abs(floats(filters)) + np.float32(0.5)))
        layers.append(CNNEncoderLayer(conv, ReLU(), norm))
    return CNNEncoder(layers)


def test_the_encoder_gives_slovnets_output_bit_for_bit():
    random = np.random.default_rng(15)
    encoder = _slovnet_encoder(random, [33, 24, 16, 8])
    fast = FastEncoder(encoder)
    for lengths in ([1], [2], [7], [5, 5], [9, 1, 4, 12], [3, 30, 1]):  # one sentence, a batch padded to its longest
        words = np.array(lengths)
        pad_mask = np.arange(words.max())[None, :] >= words[:, None]
        input = random.normal(size=(len(lengths), words.max(), 33)).astype(np.float32)
        expected = encoder(input.copy(), pad_mask)
        got = fast(input.copy(), pad_mask)
        assert got.shape == expected.shape and got.dtype == expected.dtype
        assert np.array_equal(got.view(np.uint32), np.ascontiguousarray(expected).view(np.uint32))  # every bit, signed zeros too
        assert not got[pad_mask].any()


def test_the_word_embedding_gives_slovnets_vectors_bit_for_bit():
    random = np.random.default_rng(15)
    books, centroids, chunk, words = 10, 256, 3, 500
    codes = random.normal(size=(books, centroids, chunk)).astype(np.float32)
    indexes = random.integers(0, centroids, size=(words, books)).astype(np.uint8)
    embedding = NavecEmbedding("test", _weight(indexes), _weight(codes))
    fast = FastEmbedding(embedding)
    for shape in ((1, 1), (1, 9), (8, 40), (3, 0)):
        ids = random.integers(0, words, size=shape)
        expected, got = embedding(ids), fast(ids)
        assert got.shape == expected.shape == (*shape, books * chunk) and got.dtype == expected.dtype
        assert np.array_equal(got.view(np.uint32), expected.view(np.uint32))


def test_the_parser_runs_its_models_with_these_layers():
    from hotspot.understand.nlp_ru import load_russian

    parser = load_russian().tokenizer
    for tagger in (parser.morph_tagger, parser.syntax_parser, parser.ner_tagger):
        assert isinstance(tagger.infer.model.encoder, FastEncoder)
        assert isinstance(tagger.infer.model.emb.word, FastEmbedding)
