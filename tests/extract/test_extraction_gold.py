"""Accuracy gate on the two hand-annotated sample pages (text copies of whole web pages)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hotspot.extract import extract_page_text

SHARED = Path(__file__).resolve().parents[3] / "shared"
GOLD_FILE = SHARED / "gold" / "samples.json"
SAMPLES = SHARED / "samples"

pytestmark = pytest.mark.skipif(not GOLD_FILE.is_file(), reason="gold samples not present")


def _documents() -> list[dict]:
    if not GOLD_FILE.is_file():
        return []
    return json.loads(GOLD_FILE.read_text(encoding="utf-8"))["documents"]


def _extract(gold: dict):
    return extract_page_text((SAMPLES / gold["file"]).read_text(encoding="utf-8"))


def _by_prefix(prefix: str) -> dict:
    return next(doc for doc in _documents() if doc["file"].startswith(prefix))


@pytest.mark.parametrize("gold", _documents(), ids=lambda doc: doc["file"][:3])
def test_title_is_exact(gold: dict) -> None:
    assert _extract(gold).title == gold["title"]


@pytest.mark.parametrize("gold", _documents(), ids=lambda doc: doc["file"][:3])
def test_no_boilerplate_line_left_in_text(gold: dict) -> None:
    paragraphs = set(_extract(gold).text.split("\n\n"))
    assert not [line for line in gold["boilerplate_lines"] if line.strip() in paragraphs]


@pytest.mark.parametrize("gold", _documents(), ids=lambda doc: doc["file"][:3])
def test_body_starts_and_ends_on_gold_words(gold: dict) -> None:
    text = _extract(gold).text
    assert text.startswith(gold["body_first_words"])
    assert text.endswith(gold["body_last_words"])


def test_standfirst_and_subheadings_of_003() -> None:
    gold = _by_prefix("003")
    result = _extract(gold)
    assert result.standfirst == gold["standfirst"]
    assert gold["standfirst"] not in result.text
    assert result.subheadings == gold["subheadings"]
    assert all(heading in result.text.split("\n\n") for heading in gold["subheadings"])


def test_date_widget_of_003_is_capture_not_publication() -> None:
    gold = _by_prefix("003")
    result = _extract(gold)
    assert result.published != gold["capture_date"]
    assert result.captured == gold["capture_date"]


def test_site_name_and_section_of_000() -> None:
    gold = _by_prefix("000")
    result = _extract(gold)
    assert result.site_name == gold["site_name"]
    assert result.section == gold["section"]
