"""Distinct English articles as clean-text files, made from the PolNeAR benchmark texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from hotspot.pipeline import cut_text

POLNEAR_TEXTS = Path(__file__).resolve().parents[2].parent / "shared" / "benchmarks" / "polnear_dev" / "text"
# Characters kept per article: a few paragraphs, enough for quotes and events, quick to parse.
ARTICLE_CHARS = 1500


@pytest.fixture(scope="session")
def write_articles():
    """A function writing ``n`` distinct articles into a directory."""
    return _write_articles


def _write_articles(directory: Path, n: int) -> list[Path]:
    """The first ``n`` PolNeAR texts, each cut at a paragraph end, as ``.txt`` files (distinct texts)."""
    if not POLNEAR_TEXTS.is_dir():
        pytest.skip("../shared/benchmarks/polnear_dev is not beside the repository")
    sources = sorted(POLNEAR_TEXTS.glob("*.txt"))[:n]
    if len(sources) < n:
        pytest.skip(f"only {len(sources)} PolNeAR texts, {n} wanted")
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, source in enumerate(sources):
        path = directory / f"{i:03d}_{source.stem[:40]}.txt"
        path.write_text(cut_text(source.read_text(encoding="utf-8"), ARTICLE_CHARS), encoding="utf-8")
        paths.append(path)
    return paths
