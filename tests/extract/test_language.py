"""detect_language: ISO 639-1 codes for real text, None when there is too little to tell."""

from __future__ import annotations

from hotspot.extract import detect_language


def test_english_sentence_is_en() -> None:
    assert detect_language("The president met the ministers of both countries on Tuesday.") == "en"


def test_russian_sentence_is_ru() -> None:
    assert detect_language("Президент встретился с министрами обеих стран во вторник.") == "ru"


def test_empty_text_is_none() -> None:
    assert detect_language("") is None


def test_too_short_text_is_none() -> None:
    assert detect_language("  ok  ") is None
