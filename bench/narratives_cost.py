"""What narratives cost at ingest (issue 16: at most 1.3x the time without them).

Usage: ``python bench/narratives_cost.py [--articles 1000] [--data DIR ...] [--json FILE]``

1. The pages of ``../shared/benchmarks/realnews_dev`` (English and Russian; measuring only, nothing is
   kept) are read as ``hotspot ingest`` reads them and analysed once by the pipeline in this process
   (one worker), on the clock: the analysis time per article.
2. ``--articles`` distinct articles are made from them: the n-th copy of a page gets a line of its own
   appended to its text (so it is no duplicate), a new id and hashes, one of ten outlets and a day of
   its own; its facts keep their offsets.
3. They are stored twice, each time into a new SQLite file, in one process: without narratives, then
   with them (claims made, embedded once per article with the ``narrative_encoder``, linked to
   narratives in the article's transaction); loading the encoder is on the clock.
   With ``--second-encoder e5`` they are stored a third time with a cascade (``narrative_second_encoder``): e5 loads
   on the first pair in USE's band, on the clock; the pairs it was asked about, the claims it embedded and the peak
   RSS after each run are printed.
4. Ingest time = analysis time (per article, times the articles) + store time; the figure is
   ``(analysis + store with narratives) / (analysis + store without)``. With ``--workers 2`` the
   analysis takes about half as long and the store's part (and so the ratio) grows: the store time with
   narratives is printed on its own to read that case from.

Copies of a page make the same claims, so they join the narratives of the first copy: the in-memory
index stays as small as the distinct pages make it (its size is printed; 2 KB per exemplar claim).
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from hotspot.connect.narratives import Narrator  # noqa: E402
from hotspot.ingest import iter_inputs  # noqa: E402
from hotspot.pipeline import Analyzer, Limits  # noqa: E402
from hotspot.records import Article, RawDocument  # noqa: E402
from hotspot.store import Store  # noqa: E402
from hotspot.store import narratives as stored  # noqa: E402

DEFAULT_DATA = REPO_ROOT.parent / "shared" / "benchmarks" / "realnews_dev"
OUTLETS = 10
FIRST_DAY = date(2024, 1, 1)


def _peak_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def analyse(paths: list[Path]) -> tuple[list[Article], float]:
    """The pages' articles and the seconds the pipeline took for them (reading the files off the clock)."""
    documents = [item for item in iter_inputs([str(p) for p in paths]) if isinstance(item, RawDocument)]
    analyzer = Analyzer(limits=Limits(time_limit_s=0))
    list(analyzer.run(documents[:1]))  # the model loads outside the clock: ingest loads it once per run
    started, cpu = time.perf_counter(), time.process_time()
    results = list(analyzer.run(documents))
    seconds = time.perf_counter() - started
    print(f"analysis: {seconds:.1f} s wall, {time.process_time() - cpu:.1f} s CPU", file=sys.stderr)
    return [r.article for r in results if r.article is not None], seconds


def variants(articles: list[Article], count: int) -> list[Article]:
    """``count`` distinct articles: copies of the pages, each with its own line, id, outlet and day."""
    made = []
    for n in range(count):
        article = copy.deepcopy(articles[n % len(articles)])
        article.text += f"\n\nCopy {n}."
        digest = hashlib.sha256(f"{article.content_hash}:{n}".encode()).hexdigest()
        article.id, article.content_hash = digest[:16], digest
        article.text_hash = hashlib.sha256(article.text.encode()).hexdigest()
        article.site_name = f"Outlet {(n // len(articles)) % OUTLETS}"  # each copy of a page in another outlet
        article.published = (FIRST_DAY + timedelta(days=n % 90)).isoformat()
        made.append(article)
    return made


def store_all(articles: list[Article], path: Path, narrator: Narrator | None) -> dict[str, Any]:
    store = Store(f"sqlite:///{path}", narrator=narrator)
    started, cpu = time.perf_counter(), time.process_time()
    for article in articles:
        store.save(article)
    seconds = time.perf_counter() - started
    figures: dict[str, Any] = {"store_s": seconds, "store_cpu_s": time.process_time() - cpu}
    if narrator is not None:
        with store.engine.connect() as conn:
            rows = stored.ranked(conn, limit=1_000_000)
        figures.update(
            claims=sum(r["claims"] for r in rows), narratives=len(rows),
            narratives_two_outlets=sum(1 for r in rows if r["outlets"] >= 2),
            index_rows=store.narrative_index.size, index_mib=store.narrative_index.memory_bytes() / 2**20,
        )
    store.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="articles stored in each run")
    parser.add_argument("--data", type=Path, nargs="+", default=[DEFAULT_DATA], help="folders of pages to analyse")
    parser.add_argument("--json", type=Path, default=None, help="write the figures as JSON here")
    parser.add_argument("--second-encoder", default="none",
                        help="the cascade's second encoder (the setting narrative_second_encoder): e5, or none")
    args = parser.parse_args()
    print(f"load average: {', '.join(f'{x:.2f}' for x in os.getloadavg())}", file=sys.stderr)
    pages, analysis_s = analyse(args.data)
    per_article = analysis_s / len(pages)
    articles = variants(pages, args.articles)
    with tempfile.TemporaryDirectory(prefix="narratives_cost_") as tmp:
        off = store_all(articles, Path(tmp) / "off.db", None)
        narrator = Narrator(second_encoder="none")
        on = store_all(articles, Path(tmp) / "on.db", narrator)
        on["peak_rss_mib"] = _peak_mib()
        cascade, second = None, None
        if args.second_encoder.lower() not in ("", "none"):
            cascaded = Narrator(second_encoder=args.second_encoder)
            cascade = store_all(articles, Path(tmp) / "cascade.db", cascaded)
            second = cascaded.second
            assert second is not None
            cascade.update(peak_rss_mib=_peak_mib(), second_encoder=second.cascade.second,
                           band=[second.cascade.low, second.cascade.high], pairs_in_band=second.asked,
                           claims_embedded_by_second=second.embedded)
    analysis_n = per_article * len(articles)
    figures: dict[str, Any] = {
        "pages": len(pages), "articles": len(articles), "encoder": narrator.encoder_name, "threshold": narrator.threshold,
        "analysis_s_per_article": per_article, "analysis_s": analysis_n, "off": off, "on": on,
        "narratives_store_s_per_article": (on["store_s"] - off["store_s"]) / len(articles),
        "ratio": (analysis_n + on["store_s"]) / (analysis_n + off["store_s"]),
        "peak_rss_mib": _peak_mib(), "load_average_after": os.getloadavg(),
    }
    print(f"{len(pages)} pages analysed in {analysis_s:.1f} s ({per_article * 1000:.0f} ms each, one worker); "
          f"{len(articles)} articles stored per run")
    print(f"store without narratives: {off['store_s']:.1f} s; with: {on['store_s']:.1f} s "
          f"(+{figures['narratives_store_s_per_article'] * 1000:.1f} ms per article, encoder load included)")
    print(f"ingest of {len(articles)} articles: {analysis_n + off['store_s']:.0f} s without, {analysis_n + on['store_s']:.0f} s with "
          f"narratives: {figures['ratio']:.3f}x")
    print(f"{on['claims']} claims in {on['narratives']} narratives ({on['narratives_two_outlets']} in two or more outlets, "
          f"copies included); index {on['index_rows']} rows, {on['index_mib']:.1f} MiB; peak RSS {on['peak_rss_mib']:.0f} MiB")
    if cascade is not None and second is not None:
        figures["cascade"] = cascade
        figures["ratio_cascade"] = (analysis_n + cascade["store_s"]) / (analysis_n + off["store_s"])
        print(f"with the cascade into {second.cascade.second} (band [{second.cascade.low}, {second.cascade.high}) of USE's cosine): "
              f"store {cascade['store_s']:.1f} s (+{(cascade['store_s'] - off['store_s']) / len(articles) * 1000:.1f} ms per "
              f"article, e5's load included); ingest {analysis_n + cascade['store_s']:.0f} s: "
              f"{figures['ratio_cascade']:.3f}x; {cascade['claims']} claims in {cascade['narratives']} narratives; "
              f"peak RSS {cascade['peak_rss_mib']:.0f} MiB")
        print(f"  {second.asked} claim pairs fell in the band and were decided by {second.cascade.second}, which embedded "
              f"{second.embedded} claims (each once)")
    print(f"store CPU seconds: without narratives {off['store_cpu_s']:.1f}, with {on['store_cpu_s']:.1f}"
          + (f", with the cascade {cascade['store_cpu_s']:.1f}" if cascade is not None else ""))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, default=str) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
