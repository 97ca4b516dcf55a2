"""The learned second opinion on rule candidates: its model file, its scoring, and how the coder applies it."""

from __future__ import annotations

import importlib.util
import json
import math
from pathlib import Path

import numpy as np
import pytest

from hotspot.understand.events import classifier, coding
from hotspot.understand.events.classifier import Model, load_model

REPO_ROOT = Path(__file__).resolve().parents[3]
TRAIN_SCRIPT = REPO_ROOT / "train" / "train_events.py"
TRAIN_DIR = REPO_ROOT / "train" / "events_en"

KNOWN_PREFIXES = ("bias.type.", "pos.", "tag.", "dep.", "lemma.", "verb.tag.", "off_topic", "genre.", "actor.", "recipient.",
                  "parties.none", "status.", "reported", "date.", "mode.", "passive", "subject.generic", "in_entity",
                  "capitalised", "sentence.", "context.sentence.", "context.window.")


def _train_module():
    spec = importlib.util.spec_from_file_location("train_events", TRAIN_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_model_is_a_checked_logistic_regression():
    model = load_model()
    assert model is not None
    assert 0.0 < model.threshold < 1.0
    assert all(name.startswith(KNOWN_PREFIXES) for name in model.weights), "a weight no sign can carry"


def test_probability_is_the_logistic_of_the_weighted_signs():
    model = Model({"a": 2.0, "b": -1.0}, 0.5, 0.5)
    assert model.probability({"a": 1.0, "b": 1.0, "unseen": 1.0}) == pytest.approx(1 / (1 + math.exp(-1.5)))
    assert model.keeps({"a": 1.0}) and not model.keeps({"b": 3.0})


def test_shipped_english_model_weighs_the_context_by_a_shipped_encoder():
    from hotspot.connect.embeddings import ENCODERS

    model = load_model()
    assert model is not None and model.encoder in ENCODERS
    assert any(name.startswith("context.window.") for name in model.weights)


def test_a_model_without_an_encoder_leaves_the_signs_as_they_are():
    signs = [{"a": 1.0}]
    assert Model({"a": 1.0}, 0.0, 0.5).with_context(signs, [("Police arrested him.", "arrested him")]) is signs


def test_context_signs_name_each_dimension_of_sentence_and_window():
    signs = classifier.context_signs([0.1, 0.2, 0.3, 0.4])
    assert signs == {"context.sentence.0": 0.1, "context.sentence.1": 0.2, "context.window.0": 0.3, "context.window.1": 0.4}


def test_with_context_adds_the_encoders_embedding_to_each_candidate():
    model = Model({}, 0.0, 0.5, "use")
    (signs,) = model.with_context([{"a": 1.0}], [("Police arrested the opposition leader.", "Police arrested the")])
    assert signs["a"] == 1.0
    sentence = np.array([signs[f"context.sentence.{i}"] for i in range(512)])
    window = np.array([signs[f"context.window.{i}"] for i in range(512)])
    assert np.linalg.norm(sentence) == pytest.approx(1.0, abs=1e-3) and np.linalg.norm(window) == pytest.approx(1.0, abs=1e-3)
    assert not np.allclose(sentence, window)


def test_extreme_scores_do_not_overflow():
    model = Model({"a": 1e6}, 0.0, 0.5)
    assert model.probability({"a": 1.0}) == pytest.approx(1.0)
    assert model.probability({"a": -1.0}) == pytest.approx(0.0)


def _article(nlp, text: str):
    from hotspot.understand import find_entities
    from hotspot.understand.quotes import find_quotes
    from hotspot.understand.speakers import resolve_speakers

    doc = nlp(text)
    entities = find_entities(doc)
    return doc, entities, resolve_speakers(doc, find_quotes(doc), entities)


@pytest.mark.model
def test_signs_name_the_candidates_form_and_parties(understand_nlp):
    doc, entities, quotes = _article(understand_nlp, "Police arrested the opposition leader in Almaty on Monday.")
    (candidate,) = coding.event_candidates(doc, entities, quotes, "2024-05-06")
    signs = candidate.signs
    assert signs["bias.type.COERCE"] == 1.0
    assert signs["tag.VBD"] == 1.0 and signs["dep.root"] == 1.0
    assert signs["actor.some"] == 1.0 and signs["recipient.some"] == 1.0
    assert "status.hypothetical" not in signs


@pytest.mark.model
def test_context_is_the_sentence_and_eight_words_each_side_of_the_trigger(understand_nlp):
    first = ("On a cold and windy Monday morning in the old city centre, the police arrested the leader of the small "
             "opposition party at his home.")
    doc = understand_nlp(first + " He was released on Tuesday.")
    tok = next(t for t in doc if t.text == "arrested")
    sentence, window = classifier.context_of(tok)
    assert sentence == first
    assert window == "in the old city centre , the police arrested the leader of the small opposition party at"


@pytest.mark.model
def test_context_reads_a_bounded_piece_of_a_hostile_sentence(understand_nlp):
    # a page without a full stop is one sentence: the encoder reads 40 words each side of the trigger, not the page
    doc = understand_nlp("Crowds gathered and waited and " * 100 + "police arrested the leader" + " and crowds waited" * 100 + ".")
    tok = next(t for t in doc if t.text == "arrested")
    sentence, _ = classifier.context_of(tok)
    assert len(sentence.split()) == 81 and "arrested" in sentence


def test_a_sentence_shared_by_candidates_is_encoded_once(monkeypatch):
    from hotspot.connect import embeddings

    seen: list[str] = []

    class Fake:
        def encode(self, texts):
            seen.extend(texts)
            return np.eye(len(texts), 4, dtype=np.float32)

    monkeypatch.setattr(embeddings, "load_encoder", lambda name: Fake())
    contexts = [("Police arrested him and beat him.", "Police arrested him"), ("Police arrested him and beat him.", "him and beat him")]
    signs = Model({}, 0.0, 0.5, "use").with_context([{}, {}], contexts)
    assert seen.count("Police arrested him and beat him.") == 1
    assert signs[0]["context.sentence.0"] == signs[1]["context.sentence.0"] == 1.0


@pytest.mark.model
def test_coder_drops_what_the_model_rejects_and_rules_alone_keep_it(understand_nlp, monkeypatch):
    doc, entities, quotes = _article(understand_nlp, "Police arrested the opposition leader in Almaty on Monday.")
    monkeypatch.setattr(coding, "load_model", lambda: Model({"bias.type.COERCE": -10.0}, 0.0, 0.5))
    monkeypatch.setattr(coding, "load_status_model", lambda: None)
    assert coding.code_events(doc, entities, quotes, "2024-05-06") == []
    assert [e.type for e in coding.code_events(doc, entities, quotes, "2024-05-06", classify=False)] == ["COERCE"]


@pytest.mark.model
def test_a_kept_event_carries_the_models_confidence_and_counts_only_above_the_counting_floor(understand_nlp, monkeypatch):
    from hotspot.records import counts_as_new

    doc, entities, quotes = _article(understand_nlp, "Police arrested the opposition leader in Almaty on Monday.")
    monkeypatch.setattr(coding, "load_status_model", lambda: None)
    monkeypatch.setattr(coding, "load_model", lambda: Model({"bias.type.COERCE": 0.0}, -0.4, 0.25))  # p = 0.401
    [unsure] = coding.code_events(doc, entities, quotes, "2024-05-06")
    assert unsure.confidence == pytest.approx(0.4013, abs=1e-4) and not counts_as_new(unsure)
    monkeypatch.setattr(coding, "load_model", lambda: Model({"bias.type.COERCE": 0.0}, 2.0, 0.25))  # p = 0.881
    [sure] = coding.code_events(doc, entities, quotes, "2024-05-06")
    assert sure.confidence == pytest.approx(0.8808, abs=1e-4) and counts_as_new(sure)


@pytest.mark.model
def test_without_a_model_every_candidate_stands(understand_nlp, monkeypatch):
    doc, entities, quotes = _article(understand_nlp, "Police arrested the opposition leader in Almaty on Monday.")
    monkeypatch.setattr(coding, "load_model", lambda: None)
    assert [e.type for e in coding.code_events(doc, entities, quotes, "2024-05-06")] == ["COERCE"]


@pytest.mark.model
def test_a_current_events_confidence_is_the_event_model_times_the_status_model(understand_nlp, monkeypatch):
    doc, entities, quotes = _article(understand_nlp, "Police arrested the opposition leader in Almaty on Monday.")
    monkeypatch.setattr(coding, "load_model", lambda: Model({"bias.type.COERCE": 0.0}, 2.0, 0.25))  # p = 0.881
    monkeypatch.setattr(coding, "load_status_model", lambda: Model({"time.dated": 0.0}, 0.0, 0.0))  # p = 0.5
    [event] = coding.code_events(doc, entities, quotes, "2024-05-06")
    assert event.confidence == pytest.approx(0.8808 * 0.5, abs=1e-3)


@pytest.mark.model
def test_the_status_model_leaves_an_event_with_a_status_flag_alone(understand_nlp, monkeypatch):
    doc, entities, quotes = _article(understand_nlp, "Police may arrest the opposition leader in Almaty next week.")
    monkeypatch.setattr(coding, "load_model", lambda: Model({"bias.type.COERCE": 0.0}, 2.0, 0.25))
    monkeypatch.setattr(coding, "load_status_model", lambda: Model({}, -5.0, 0.0))
    [event] = coding.code_events(doc, entities, quotes, "2024-05-06")
    assert event.hypothetical and event.confidence == pytest.approx(0.8808, abs=1e-4)


@pytest.mark.model
def test_time_signs_tell_an_undated_text_and_the_simple_past(understand_nlp):
    from hotspot.understand.events.classifier import english_tense, time_signs

    doc, entities, quotes = _article(understand_nlp, "Police arrested the opposition leader in Almaty.")
    [event] = coding.code_events(doc, entities, quotes, None, classify=False)
    arrested = next(t for t in doc if t.text == "arrested")
    signs = time_signs(arrested, event, dated=False, sentence_index=0, tense=english_tense(arrested))
    assert signs["time.undated"] == signs["time.undated.simple_past"] == signs["time.first_sentence"] == 1.0
    assert "time.dated" not in signs and "time.present_perfect" not in signs


@pytest.mark.model
def test_time_signs_say_whether_the_paragraph_was_telling_background(understand_nlp):
    from hotspot.understand.events.classifier import time_signs

    doc, entities, quotes = _article(understand_nlp, "Police arrested the opposition leader in Almaty.")
    [event] = coding.code_events(doc, entities, quotes, "2024-05-06", classify=False)
    arrested = next(t for t in doc if t.text == "arrested")
    assert time_signs(arrested, event, True, 4, "simple_past", told_before=True)["time.after_background"] == 1.0
    assert time_signs(arrested, event, True, 4, "simple_past", told_before=False)["time.after_recent"] == 1.0
    signs = time_signs(arrested, event, True, 4, "simple_past")
    assert "time.after_background" not in signs and "time.after_recent" not in signs and "time.lead" not in signs


def test_status_signs_leave_out_words_and_context():
    from hotspot.understand.events.classifier import status_signs

    signs = status_signs({"lemma.arrest": 1.0, "mode.arrest": 1.0, "context.sentence.3": 0.2, "tag.VBD": 1.0},
                         {"time.dated": 1.0})
    assert signs == {"tag.VBD": 1.0, "time.dated": 1.0}


def test_the_shipped_status_model_weighs_time_signs():
    from hotspot.understand.events.classifier import load_status_model

    model = load_status_model()
    assert model is not None and model.encoder is None
    assert any(name.startswith("time.") for name in model.weights)
    assert not any(name.startswith(("lemma.", "mode.", "context.")) for name in model.weights)


def test_empty_weights_mean_no_model(monkeypatch):
    monkeypatch.setattr(classifier, "load_table", lambda name, required: {"weights": {}, "bias": 0.0, "threshold": 0.5})
    load_model.cache_clear()
    try:
        assert load_model() is None
    finally:
        load_model.cache_clear()


def test_training_texts_hold_their_triggers_where_they_say():
    train = _train_module()
    texts = train.read_texts(TRAIN_DIR)
    assert len(texts) >= 120
    for text in texts:
        for event in text["events"]:
            start, end = event["sentence"]
            assert start <= event["start"] < event["end"] <= end


def test_training_refuses_a_trigger_that_is_not_at_its_offsets(tmp_path: Path):
    train = _train_module()
    record = {"id": "x", "text": "Police arrested him.", "reference_date": None,
              "events": [{"start": 0, "end": 6, "trigger": "arrested", "sentence": [0, 20], "type": "COERCE", "status": "current"}]}
    (tmp_path / "bad.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="not at 0-6"):
        train.read_texts(tmp_path)


def test_fit_separates_a_separable_sign():
    train = _train_module()
    x = np.array([[1.0, 1.0], [1.0, 1.0], [1.0, 0.0], [1.0, 0.0]])
    y = np.array([1.0, 1.0, 0.0, 0.0])
    w = train.fit(x, y, l2=1.0)
    assert w[1] > 0.5  # the sign weighs for the event (the L2 penalty keeps it finite)
    probabilities = 1 / (1 + np.exp(-(x @ w)))
    assert (probabilities[:2] > 0.5).all() and (probabilities[2:] < 0.5).all()


def test_shipped_russian_model_reads_russian_signs():
    from hotspot.understand.events.ru_signs import TABLE as RUSSIAN_TABLE

    model = load_model(RUSSIAN_TABLE)
    assert model is not None and 0.0 < model.threshold < 1.0
    assert all(name.startswith(KNOWN_PREFIXES) for name in model.weights)
    assert any(name.startswith("tag.VERB:") for name in model.weights), "Russian forms are part of speech and verb categories"


def test_every_shipped_model_stays_loaded_once_read():
    # four tables (two languages, event and status models) are read for every article: none may push another out
    from hotspot.understand.events.ru_signs import STATUS_TABLE as RU_STATUS
    from hotspot.understand.events.ru_signs import TABLE as RU_TABLE

    tables = [classifier.TABLE, classifier.STATUS_TABLE, RU_TABLE, RU_STATUS]
    for table in tables:
        load_model(table)
    before = load_model.cache_info().hits
    for table in tables:
        load_model(table)
    assert load_model.cache_info().hits == before + len(tables)
