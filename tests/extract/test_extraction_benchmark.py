"""Accuracy gate: our extractors on the whole Zyte benchmark must not fall below the pinned F1 floors."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
DATA = REPO_ROOT.parent / "shared" / "benchmarks" / "extraction_zyte"
BASELINE = json.loads((Path(__file__).with_name("eval_baseline.json")).read_text(encoding="utf-8"))

pytestmark = pytest.mark.skipif(not DATA.is_dir(), reason="Zyte benchmark data not present")


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_extraction", REPO_ROOT / "bench" / "extraction.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return _bench()


@pytest.fixture(scope="module")
def pages(bench: ModuleType) -> list:
    loaded = bench.load_pages(DATA)
    assert len(loaded) == BASELINE["pages"]
    return loaded


def test_html_f1_floor(bench: ModuleType, pages: list) -> None:
    predictions = [bench.extract_html(page.html, page.url).text for page in pages]
    result = bench.score(predictions, [page.truth for page in pages])
    assert result.f1 >= BASELINE["html_f1"]


def test_flattened_text_f1_floor(bench: ModuleType, pages: list) -> None:
    predictions = [bench.extract_page_text(page.flat, page.url).text for page in pages]
    result = bench.score(predictions, [page.truth for page in pages])
    assert result.f1 >= BASELINE["flattened_f1"]
