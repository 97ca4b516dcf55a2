"""Fixtures for the entity tests: a blank English pipeline to build hand-made Docs with (no model is loaded)."""

from __future__ import annotations

import pytest
import spacy


@pytest.fixture(scope="module")
def blank() -> spacy.Language:
    return spacy.blank("en")
