"""The Russian parser's convolutional encoder against slovnet's own, bit for bit."""

import numpy as np
from slovnet.exec.model import BatchNorm1d, CNNEncoder, CNNEncoderLayer, Conv1d, ReLU, Weight

from hotspot.understand.nlp_ru_cnn import CNNEncoder as FastEncoder


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


def test_the_parser_runs_its_models_with_the_encoder():
    from hotspot.understand.nlp_ru import load_russian

    parser = load_russian().tokenizer
    for tagger in (parser.morph_tagger, parser.syntax_parser, parser.ner_tagger):
        assert isinstance(tagger.infer.model.encoder, FastEncoder)
