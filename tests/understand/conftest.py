"""Fixtures for the understand tests: the real spaCy pipeline (loaded once) and the gold samples."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED_DIR = REPO_ROOT.parent / "shared"
GOLD_FILE = SHARED_DIR / "gold" / "samples.json"
SAMPLES_DIR = SHARED_DIR / "samples"


@pytest.fixture(scope="session")
def understand_nlp():
    """The configured spaCy pipeline, loaded once for the whole session; skipped if none is installed."""
    from hotspot.errors import ConfigurationError
    from hotspot.understand.nlp import load_nlp

    try:
        return load_nlp()
    except ConfigurationError as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="session")
def gold_documents() -> list[dict[str, Any]]:
    """The hand-annotated sample documents, each with its page text under 'page_text'."""
    if not GOLD_FILE.is_file():
        pytest.skip(f"{GOLD_FILE} is not beside the repository")
    documents = json.loads(GOLD_FILE.read_text(encoding="utf-8"))["documents"]
    for document in documents:
        path = SAMPLES_DIR / document["file"]
        if not path.is_file():
            pytest.skip(f"{path} is missing")
        document["page_text"] = path.read_text(encoding="utf-8")
    return documents
