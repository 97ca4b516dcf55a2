"""Article-extraction benchmark on the Zyte pages, HTML and flattened text.

Usage: ``python bench/extraction.py [--limit N] [--data DIR]``

Scoring follows the Zyte article-extraction-benchmark (see its README under
``../shared/benchmarks/extraction_zyte``): each text becomes a multiset of word
4-grams (``\\w+`` tokens); per page the matched / extra / missing shingles are
TP / FP / FN; precision and recall are averaged over pages and F1 is the
harmonic mean of the two averages.

Two input forms are scored, because Hotspot gets both: (a) the HTML pages;
(b) the same pages flattened to plain text with all boilerplate kept, every
block on its own line (inscriptis), like a "select all, copy" of the page.
For each form the table compares our extractor, trafilatura with default
settings and "keep everything". Words/s counts the words of the whole page
(its flattened text), the work an extractor has to wade through.
"""

from __future__ import annotations

import argparse
import gzip
import html as html_lib
import json
import logging
import re
import resource
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import trafilatura
from inscriptis import get_text

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from hotspot.extract import extract_html, extract_page_text  # noqa: E402

DEFAULT_DATA = REPO_ROOT.parent / "shared" / "benchmarks" / "extraction_zyte"
SHINGLE_SIZE = 4
TOKEN = re.compile(r"\w+")

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


@dataclass(frozen=True, slots=True)
class Page:
    item_id: str
    url: str
    html: str
    flat: str
    truth: str


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    tokens = TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def score(predictions: list[str], truths: list[str]) -> Score:
    """Zyte's score: per-page shingle precision and recall, each averaged over pages."""
    precisions: list[float] = []
    recalls: list[float] = []
    for predicted, truth in zip(predictions, truths, strict=True):
        pred, true = shingles(predicted), shingles(truth)
        if not pred and not true:
            precisions.append(1.0)
            recalls.append(1.0)
            continue
        tp = sum((pred & true).values())
        fp = sum((pred - true).values())
        fn = sum((true - pred).values())
        if tp + fp:
            precisions.append(tp / (tp + fp))
        if tp + fn:
            recalls.append(tp / (tp + fn))
    return Score(
        precision=sum(precisions) / len(precisions) if precisions else 0.0,
        recall=sum(recalls) / len(recalls) if recalls else 0.0,
    )


def flatten(html: str) -> str:
    """The whole page as plain text, every block on its own line (boilerplate kept)."""
    return get_text(html)


def load_pages(data: Path, limit: int | None = None) -> list[Page]:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for item_id in sorted(truth)[:limit]:
        raw = gzip.decompress((data / "html" / f"{item_id}.html.gz").read_bytes())
        html = raw.decode("utf-8", errors="replace")
        pages.append(
            Page(item_id, truth[item_id]["url"], html, flatten(html), truth[item_id]["articleBody"])
        )
    return pages


def _trafilatura_on_text(text: str) -> str:
    # trafilatura needs markup: give each line its own paragraph, as a browser would.
    body = "".join(f"<p>{html_lib.escape(line.strip())}</p>" for line in text.splitlines() if line.strip())
    return trafilatura.extract(f"<html><body>{body}</body></html>") or ""


System = tuple[str, Callable[[Page], str]]

HTML_SYSTEMS: tuple[System, ...] = (
    ("hotspot extract_html", lambda page: extract_html(page.html, page.url).text),
    ("trafilatura (default)", lambda page: trafilatura.extract(page.html, url=page.url) or ""),
    ("keep everything", lambda page: page.flat),
)
TEXT_SYSTEMS: tuple[System, ...] = (
    ("hotspot extract_page_text", lambda page: extract_page_text(page.flat, page.url).text),
    ("trafilatura (default)", lambda page: _trafilatura_on_text(page.flat)),
    ("keep everything", lambda page: page.flat),
)


def run_table(title: str, systems: tuple[System, ...], pages: list[Page]) -> dict[str, Score]:
    truths = [page.truth for page in pages]
    print(f"\n{title} ({len(pages)} pages)")
    words = sum(len(TOKEN.findall(page.flat)) for page in pages)
    print(f"{'system':<28} {'precision':>9} {'recall':>7} {'F1':>7} {'pages/s':>9} {'words/s':>10}")
    results = {}
    for name, system in systems:
        started = time.perf_counter()
        predictions = [system(page) for page in pages]
        elapsed = time.perf_counter() - started
        result = score(predictions, truths)
        results[name] = result
        rate = len(pages) / elapsed if elapsed else float("inf")
        word_rate = words / elapsed if elapsed else float("inf")
        print(
            f"{name:<28} {result.precision:>9.4f} {result.recall:>7.4f} {result.f1:>7.4f}"
            f" {rate:>9.1f} {word_rate:>10.0f}"
        )
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pages")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="extraction_zyte directory")
    args = parser.parse_args(argv)
    pages = load_pages(args.data, args.limit)
    run_table("(a) HTML input", HTML_SYSTEMS, pages)
    run_table("(b) flattened-text input (inscriptis, boilerplate kept)", TEXT_SYSTEMS, pages)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory (max RSS): {peak_mib:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
