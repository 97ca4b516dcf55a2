"""The stage table: English runs its registered stages in order, and a language is a row, not an ``if``."""

import pytest

from hotspot import pipeline
from hotspot.pipeline import Limits
from hotspot.records import RawDocument
from hotspot.understand import stages
from hotspot.understand.stages import LANGUAGES, LanguageRow, Stage, check_table, row_for


def test_the_table_is_consistent():
    assert check_table() == []


def test_english_runs_entities_quotes_speakers_focus_events_in_order():
    names = [s.name.split(".")[1] for s in LANGUAGES["en"].stages]
    assert names == ["entities", "quotes", "speakers", "focus", "events"]
    assert [s.recorded_as for s in LANGUAGES["en"].stages] == ["entities", "quotes", "speakers", None, "events"]


def test_an_undetected_language_is_read_by_the_default_row_and_an_unknown_one_by_none():
    assert row_for(None) is LANGUAGES["en"]
    assert row_for("xx") is None


def test_a_stage_reading_what_no_earlier_stage_assigned_is_reported(monkeypatch):
    row = LanguageRow("zz", lambda _name: None, [Stage("hotspot.events.v9", "events", ("quotes",), lambda d, a: [])])
    monkeypatch.setitem(LANGUAGES, "zz", row)
    assert check_table() == ["zz: hotspot.events.v9 reads quotes before any stage assigns it"]


def test_an_unversioned_stage_name_is_reported(monkeypatch):
    row = LanguageRow("zz", lambda _name: None, [Stage("quotes", "quotes", (), lambda d, a: [])])
    monkeypatch.setitem(LANGUAGES, "zz", row)
    assert check_table() == ["zz: stage name 'quotes' is not hotspot.<what>.v<N>"]


class _Parsed:
    """A parse stand-in: the stages of the test row read only its text."""

    def __init__(self, text: str) -> None:
        self.text = text


class _Parser:
    meta = {"name": "toy_ru", "version": "1"}

    def pipe(self, texts, batch_size):
        return [_Parsed(t) for t in texts]


def test_a_second_language_is_a_new_row_of_registered_stages(monkeypatch):
    monkeypatch.setitem(LANGUAGES, "ru", LanguageRow("ru", lambda _name: _Parser()))
    monkeypatch.setattr(LANGUAGES["ru"], "stages", [])

    @stages.stage("ru", "hotspot.focus_ru.v1", assigns="focus")
    def focus(doc, article):
        return ["KZ"] if "Казахстан" in doc.text else []

    assert check_table() == []
    raw = RawDocument(source="/in/ru.txt", kind="clean_text",
                      content="Протесты в Казахстане: Казахстан повысил цены на газ в январе, сообщили власти.",
                      content_hash=f"{7:064x}")
    asked = []

    def get_nlp(language):
        asked.append(language)
        return _Parser()

    [result] = pipeline.analyze_batch([raw], get_nlp=get_nlp, limits=Limits())
    assert asked == ["ru"]
    assert result.status == "analyzed" and result.article.focus == ["KZ"]
    assert result.article.extractors["model"] == "toy_ru-1"
    assert "understand" not in result.article.extractors


def test_a_failing_stage_fails_its_article_alone(monkeypatch):
    def broken(doc, article):
        raise RuntimeError("stage broke")

    monkeypatch.setitem(LANGUAGES, "ru", LanguageRow("ru", lambda _name: _Parser(), [
        Stage("hotspot.focus_ru.v1", "focus", (), lambda d, a: ["KZ"] if "газ" in d.text else broken(d, a))]))
    raws = [RawDocument(source=f"/in/{n}.txt", kind="clean_text", content=text, content_hash=f"{n:064x}")
            for n, text in [(1, "Жители Жанаозена вышли на митинг против цен на газ в январе."),
                            (2, "Футбольный клуб Астана выиграл матч в воскресенье со счётом два ноль.")]]
    results = pipeline.analyze_batch(raws, get_nlp=lambda _language: _Parser(), limits=Limits())
    assert [r.status for r in results] == ["analyzed", "failed"]
    assert results[1].internal_error and "stage broke" in results[1].reason


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_row_has_a_parser_and_stages(language):
    assert callable(LANGUAGES[language].load_parser) and LANGUAGES[language].stages
