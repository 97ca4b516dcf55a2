"""Integration gate: quote detection plus speaker resolution on the two gold sample pages."""

from __future__ import annotations

from typing import Any

import pytest

from hotspot.extract import extract_page_text
from hotspot.records import Quote
from hotspot.understand import find_entities
from hotspot.understand.speakers import resolve_speakers

quotes_module = pytest.importorskip("hotspot.understand.quotes")

MIN_COVERAGE = 0.3  # a predicted quote matches a gold one when it covers this share of its characters

# Key words each gold role must show (the wording may differ from the annotation).
ROLE_KEYWORDS: dict[str, tuple[str, ...]] = {
    "Vladimir Prokhvatilov": ("military analyst", "Russian Academy of Military Sciences"),
    "Nurlan Munbaev": ("professor", "New York Academy of Sciences", "Foundation for Parliamentarism"),
    "Egor Kuroptev": ("political scientist", "Free Russia Foundation"),
    "Kassym-Jomart Tokayev": ("President",),
    "Binali Yıldırım": ("heavyweight", "Turkic alliance"),
}


def _overlap(quote: Quote, start: int, end: int) -> int:
    return max(0, min(end, quote.end) - max(start, quote.start))


def _best_match(quotes: list[Quote], start: int, end: int) -> Quote | None:
    """The predicted quote covering >= 30% of the gold span, the tightest fit first."""
    length = end - start
    found = [q for q in quotes if _overlap(q, start, end) >= MIN_COVERAGE * length]
    if not found:
        return None
    return max(found, key=lambda q: _overlap(q, start, end) / (max(end, q.end) - min(start, q.start)))


@pytest.fixture(scope="module")
def analysed(understand_nlp, gold_documents) -> list[dict[str, Any]]:
    results = []
    for document in gold_documents:
        text = extract_page_text(document["page_text"]).text
        doc = understand_nlp(text)
        entities = find_entities(doc)
        quotes = resolve_speakers(doc, quotes_module.find_quotes(doc), entities)
        for gold in document["quotes"]:
            start = text.find(gold["text"])
            assert start >= 0, f"gold quote not in the extracted text: {gold['text'][:60]!r}"
            match = _best_match(quotes, start, start + len(gold["text"]))
            results.append({"gold": gold, "file": document["file"], "match": match})
    return results


def test_there_are_sixteen_gold_quotes(analysed):
    assert len(analysed) == 16


def test_every_gold_quote_is_found(analysed):
    missing = [(r["file"], r["gold"]["text"][:60]) for r in analysed if r["match"] is None]
    assert not missing


def test_every_gold_quote_has_the_right_speaker(analysed):
    wrong = []
    for result in analysed:
        quote, gold = result["match"], result["gold"]
        name = quote.speaker.name if quote is not None and quote.speaker is not None else None
        if name != gold["speaker"]:
            wrong.append((gold["text"][:50], gold["speaker"], name))
    assert not wrong


def test_speakers_carry_actor_ids(analysed):
    for result in analysed:
        quote = result["match"]
        assert quote is not None and quote.speaker is not None
        assert quote.speaker.entity, quote.speaker


def test_prokhvatilov_direct_quote_came_via_ura_ru(analysed):
    (result,) = [
        r for r in analysed if r["gold"]["speaker"] == "Vladimir Prokhvatilov" and r["gold"]["kind"] == "direct"
    ]
    assert result["match"] is not None
    assert result["match"].via == ["Ura.ru"]


def test_quotes_without_reporting_chain_have_none(analysed):
    for result in analysed:
        if result["gold"].get("reported_via") is None and result["match"] is not None:
            assert result["match"].via == [], result["gold"]["text"][:60]


@pytest.mark.parametrize("speaker", sorted(ROLE_KEYWORDS))
def test_gold_roles_are_extracted(analysed, speaker):
    results = [r for r in analysed if r["gold"]["speaker"] == speaker and r["gold"].get("speaker_role")]
    assert results
    for result in results:
        quote = result["match"]
        assert quote is not None and quote.speaker is not None and quote.speaker.role
        role = quote.speaker.role.casefold()
        for keyword in ROLE_KEYWORDS[speaker]:
            assert keyword.casefold() in role, (speaker, quote.speaker.role)
