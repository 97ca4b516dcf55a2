"""Whole-pipeline throughput: extraction, spaCy and entity linking, stage by stage.

Usage: ``python bench/pipeline.py [--limit N] [--data DIR]``

Runs the pages of ``../shared/benchmarks/extraction_zyte`` through the same
code ``hotspot ingest`` uses (storing nothing) and prints articles/s and
words/s for the whole run, the time each stage takes, and peak memory. The
baseline is the spaCy parse alone: what any pipeline built on the same model
pays at the least.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import resource
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from hotspot import settings  # noqa: E402
from hotspot.pipeline import Limits, build_article, extract  # noqa: E402
from hotspot.records import RawDocument  # noqa: E402
from hotspot.understand import find_entities, load_nlp  # noqa: E402

DEFAULT_DATA = REPO_ROOT.parent / "shared" / "benchmarks" / "extraction_zyte"
BATCH_SIZE = int(settings.get("batch_size"))


def load_documents(data: Path, limit: int | None) -> list[RawDocument]:
    documents = []
    for path in sorted((data / "html").glob("*.html.gz"))[:limit]:
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        digest = hashlib.sha256(html.encode()).hexdigest()
        documents.append(RawDocument(str(path), "html", html, content_hash=digest, size=len(html)))
    return documents


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="extraction_zyte directory")
    args = parser.parse_args(argv)
    documents = load_documents(args.data, args.limit)
    nlp = load_nlp()

    started = time.perf_counter()
    articles = []
    for raw in documents:
        try:
            articles.append(build_article(raw, extract(raw), Limits()))
        except Exception:  # noqa: BLE001 - a page without an article is skipped, as in ingest
            continue
    extract_s = time.perf_counter() - started

    # Docs are consumed as spaCy yields them, so memory stays that of one batch.
    entities_s = 0.0
    words = 0
    started = time.perf_counter()
    for article, doc in zip(articles, nlp.pipe((a.text for a in articles), batch_size=BATCH_SIZE), strict=True):
        words += len(doc)
        entity_start = time.perf_counter()
        article.entities = find_entities(doc)
        entities_s += time.perf_counter() - entity_start
    parse_s = time.perf_counter() - started - entities_s

    total_s = extract_s + parse_s + entities_s
    print(f"{len(documents)} pages, {len(articles)} articles, {words:,} tokens of clean text")
    print(f"{'stage':<24} {'seconds':>8} {'articles/s':>11} {'words/s':>10}")
    for stage, seconds in (
        ("extract (trafilatura)", extract_s),
        ("spaCy parse (baseline)", parse_s),
        ("entities + linking", entities_s),
        ("whole pipeline", total_s),
    ):
        print(f"{stage:<24} {seconds:>8.2f} {len(articles) / seconds:>11.1f} {words / seconds:>10.0f}")
    print(f"entities + linking cost {entities_s / parse_s:.1%} of the spaCy parse")
    print(f"entities found: {sum(len(a.entities) for a in articles):,}")
    print(f"peak memory (max RSS): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
