"""Throughput side by side: bare spaCy, the pipeline on 1 and N workers and on Ray; ingestion into SQLite and PostgreSQL.

Usage: ``python bench/throughput.py [--texts 300] [--workers 2] [--articles 20000] [--ingest-workers 1]``

1. Parse: the same clean texts (``--texts``, from the benchmark pages of
   ``../shared/benchmarks``: polnear_dev texts and the text trafilatura finds
   in extraction_zyte pages, repeated if more are asked for) through
   - bare spaCy ``nlp.pipe`` with the same model and batch size: the ceiling
     of any pipeline built on that parse;
   - our whole analysis (``analyze_batch``: language, limits, parse, entities
     and linking, quotes and speakers, focus, events) with the local engine
     on 1 worker and on ``--workers`` worker processes, and on Ray with
     ``--workers`` actors. Extraction is not in it: the inputs are clean text
     (``bench/extraction.py`` measures extraction).
   Each case runs in its own process, the clock started once that process
   is ready (its own model loaded; Ray started): worker processes and Ray
   actors load their models on the clock, as every run does. Peak memory is
   the highest summed RSS of the case's whole process tree (workers, Ray's
   daemons and actors).
2. Ingest: ``--articles`` distinct clean-text files (variants of the same
   pages, made by ``bench/corpus.py``) through the real ``hotspot ingest``
   into a fresh SQLite file and a fresh PostgreSQL database: articles/s,
   peak RSS of the process tree, and the peak in the run's first half
   against the whole (flat memory means the two are close).

It measures and prints the goals; it does not fail on them. On a shared or
busy machine the figures are noisy: run it when the machine is quiet.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from corpus import make_variant, source_inputs  # noqa: E402 - beside this script

POSTGRES_ADMIN_URL = os.environ.get("HOTSPOT_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
SAMPLE_EVERY_S = 0.2
SEED = 20240601
# Goals of issue 6.
GOAL_PER_WORKER = 0.7  # the whole pipeline on one worker, as a share of bare spaCy
GOAL_SCALING = 1.7  # N workers against one (for N = 2)
GOAL_INGEST_RSS_MB = 1500


# -- inputs -------------------------------------------------------------------------------


def benchmark_texts() -> list[str]:
    """The clean texts of the benchmark pages: PolNeAR as it is, Zyte pages as trafilatura extracts them."""
    from hotspot.pipeline import Limits, build_article, extract

    texts = []
    for raw in source_inputs(None):
        if not hasattr(raw, "content"):
            continue  # an input the reader refused
        try:
            texts.append(build_article(raw, extract(raw), Limits()).text)
        except Exception:  # noqa: BLE001 - a page without an article, as ingest would reject it
            continue
    return texts


def write_ingest_files(directory: Path, n: int, texts: list[str]) -> int:
    """``n`` distinct clean-text files: ``make_variant`` over articles made from the texts; their size in bytes."""
    from hotspot.records import Article

    bases = [
        Article(id=f"{i:016x}", source=f"bench:{i}", text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(),
                text_hash="", language="en")
        for i, text in enumerate(texts)
    ]
    rng = random.Random(SEED)
    directory.mkdir(parents=True, exist_ok=True)
    size = 0
    for k in range(n):
        path = directory / f"{k // 1000:03d}" / f"{k:06d}.txt"
        path.parent.mkdir(exist_ok=True)
        size += path.write_text(make_variant(k, bases, rng).text, encoding="utf-8")
    return size


# -- measuring a process tree -------------------------------------------------------------


class PeakRss:
    """Samples the summed RSS of a process and all its descendants until stopped; keeps the peaks."""

    def __init__(self, pid: int) -> None:
        import psutil

        self.process = psutil.Process(pid)
        self.samples: list[tuple[float, int]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        started = time.perf_counter()
        while not self._stop.is_set():
            total = 0
            try:
                tree = [self.process, *self.process.children(recursive=True)]
            except psutil.NoSuchProcess:
                return
            for proc in tree:
                try:
                    total += proc.memory_info().rss
                except psutil.Error:
                    pass
            self.samples.append((time.perf_counter() - started, total))
            self._stop.wait(SAMPLE_EVERY_S)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def peak_mb(self, until_share: float = 1.0) -> float:
        if not self.samples:
            return float("nan")
        end = self.samples[-1][0] * until_share
        return max(rss for t, rss in self.samples if t <= end) / 2**20


def run_measured(command: list[str], log: Path, env: dict | None = None) -> tuple[int, float, PeakRss]:
    with log.open("wb") as handle:
        started = time.perf_counter()
        proc = subprocess.Popen(command, cwd=REPO_ROOT, stdout=handle, stderr=subprocess.STDOUT,
                                env={**os.environ, **(env or {})})
        peak = PeakRss(proc.pid)
        proc.wait()
        elapsed = time.perf_counter() - started
        peak.stop()
    return proc.returncode, elapsed, peak


# -- one parse case, in its own process ---------------------------------------------------


def run_case(case: str, texts_file: Path, workers: int) -> dict:
    """Parse the texts one way: seconds to the first result, and in all.

    The clock starts once this process is ready: its own model loaded (bare
    spaCy, one worker), Ray started. Worker processes and Ray actors load
    their models on the clock: every run pays that.
    """
    from hotspot import settings
    from hotspot.records import RawDocument
    from hotspot.understand import load_nlp

    texts = json.loads(texts_file.read_text(encoding="utf-8"))
    batch_size = int(settings.get("batch_size"))
    name, _, n = case.partition(":")
    if name == "spacy":
        nlp = load_nlp()
        started = time.perf_counter()
        outputs = nlp.pipe(texts, batch_size=batch_size)
    else:
        from hotspot.engine import open_engine

        workers = int(n or workers)
        if name == "local" and workers == 1:
            load_nlp()  # cached for the process: the engine finds it loaded
        if name == "ray":
            from hotspot.engine.ray_data import start_ray

            start_ray(None, workers)
        raws = [RawDocument(f"bench:{i}", "clean_text", t, content_hash=hashlib.sha256(f"{i}:{t}".encode()).hexdigest())
                for i, t in enumerate(texts)]
        started = time.perf_counter()
        outputs = open_engine(name, workers=workers).run(raws)
    first_at, done, failed = 0.0, 0, 0
    for output in outputs:
        done += 1
        failed += getattr(output, "status", "analyzed") != "analyzed"
        first_at = first_at or time.perf_counter()
    return {"texts": len(texts), "done": done, "failed": failed, "startup_s": first_at - started,
            "total_s": time.perf_counter() - started}


# -- the report ---------------------------------------------------------------------------


def parse_comparison(args: argparse.Namespace, texts: list[str], tmp: Path) -> dict[str, dict]:
    texts = (texts * (args.texts // max(len(texts), 1) + 1))[: args.texts]
    words = sum(len(t.split()) for t in texts)
    texts_file = tmp / "texts.json"
    texts_file.write_text(json.dumps(texts), encoding="utf-8")
    cases = ["spacy", "local:1", f"local:{args.workers}", f"ray:{args.workers}"]
    print(f"Parse: {len(texts)} clean texts, {words:,} words, batch size of the settings, {os.cpu_count()} CPUs")
    print(f"{'case':<22} {'1st result s':>12} {'seconds':>8} {'articles/s':>11} {'words/s':>9} {'peak RSS MB':>12}")
    figures = {}
    for case in cases:
        out = tmp / f"{case.replace(':', '-')}.json"
        code, _elapsed, peak = run_measured(
            [sys.executable, __file__, "--case", case, "--texts-file", str(texts_file), "--case-output", str(out),
             "--workers", str(args.workers)], tmp / f"{case.replace(':', '-')}.log")
        if code != 0 or not out.exists():
            print(f"{case:<22} failed (exit {code}); see {tmp / (case.replace(':', '-') + '.log')}")
            continue
        result = json.loads(out.read_text())
        rate = result["done"] / result["total_s"]
        word_rate = rate * words / len(texts)
        figures[case] = {**result, "articles_s": rate, "words_s": word_rate, "peak_mb": peak.peak_mb()}
        label = {"spacy": "bare spaCy nlp.pipe"}.get(case, case.replace("local:", "pipeline, workers ")
                                                      .replace("ray:", "Ray, actors "))
        print(f"{label:<22} {result['startup_s']:>12.1f} {result['total_s']:>8.1f} {rate:>11.1f} {word_rate:>9.0f} "
              f"{peak.peak_mb():>12.0f}" + (f"  ({result['failed']} failed)" if result["failed"] else ""), flush=True)
    return figures


def ingest_runs(args: argparse.Namespace, texts: list[str], tmp: Path) -> dict[str, dict]:
    directory = tmp / "ingest"
    t0 = time.perf_counter()
    size = write_ingest_files(directory, args.articles, texts)
    print(f"\nIngest: {args.articles:,} distinct clean-text files ({size / 1e6:.0f} MB, written in "
          f"{time.perf_counter() - t0:.0f} s), `hotspot ingest --clean-text --workers {args.ingest_workers}`")
    print(f"{'store':<12} {'seconds':>8} {'stored':>7} {'articles/s':>11} {'peak RSS MB':>12} {'peak, 1st half':>15}")
    figures = {}
    for name, url, cleanup in stores(args, tmp):
        if url is None:
            print(f"{name:<12} skipped: {cleanup}")
            continue
        try:
            code, elapsed, peak = run_measured(
                [sys.executable, "-m", "hotspot", "ingest", str(directory), "--clean-text", "--db", url,
                 "--workers", str(args.ingest_workers)],
                tmp / f"ingest-{name}.log", env={"HOTSPOT_CONFIG": os.devnull})
            stored = count_articles(url)
            figures[name] = {"seconds": elapsed, "stored": stored, "peak_mb": peak.peak_mb(),
                             "half_mb": peak.peak_mb(0.5), "exit": code}
            print(f"{name:<12} {elapsed:>8.0f} {stored:>7,} {stored / elapsed:>11.1f} {peak.peak_mb():>12.0f} "
                  f"{peak.peak_mb(0.5):>15.0f}" + (f"  (exit {code}; see {tmp}/ingest-{name}.log)" if code else ""),
                  flush=True)
        finally:
            cleanup()
    return figures


def stores(args: argparse.Namespace, tmp: Path):  # noqa: ANN201 - (name, url or None, cleanup or reason)
    yield "SQLite", f"sqlite:///{tmp / 'ingest.db'}", lambda: None
    if args.skip_postgres:
        yield "PostgreSQL", None, "--skip-postgres"
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    name = f"hotspot_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(args.postgres_admin, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError as exc:
        yield "PostgreSQL", None, f"no server at {args.postgres_admin} ({str(exc.orig).strip()[:80]})"
        return

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    yield "PostgreSQL", args.postgres_admin.rsplit("/", 1)[0] + f"/{name}", drop


def count_articles(url: str) -> int:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM articles")).scalar()
    finally:
        engine.dispose()


def print_goals(parse: dict[str, dict], ingest: dict[str, dict], workers: int) -> None:
    print("\nGoals")
    spacy, one, many = parse.get("spacy"), parse.get("local:1"), parse.get(f"local:{workers}")
    if spacy and one:
        share = one["articles_s"] / spacy["articles_s"]
        print(f"  pipeline on 1 worker / bare spaCy = {share:.2f} (goal ≥ {GOAL_PER_WORKER}): "
              + ("met" if share >= GOAL_PER_WORKER else "NOT met"))
    if one and many:
        scaling = many["articles_s"] / one["articles_s"]
        goal = GOAL_SCALING if workers == 2 else None
        print(f"  {workers} workers / 1 worker = {scaling:.2f}" + (
            f" (goal ≥ {goal}): " + ("met" if scaling >= goal else "NOT met") if goal else ""))
    if parse.get(f"ray:{workers}") and one:
        print(f"  Ray, {workers} actors / 1 worker = {parse[f'ray:{workers}']['articles_s'] / one['articles_s']:.2f}")
    for name, f in ingest.items():
        flat = f["peak_mb"] <= 1.1 * f["half_mb"]
        print(f"  {name}: peak RSS {f['peak_mb']:.0f} MB (goal < {GOAL_INGEST_RSS_MB} MB: "
              + ("met" if f["peak_mb"] < GOAL_INGEST_RSS_MB else "NOT met")
              + f"); whole run within 10 % of its first half: {'yes' if flat else 'NO'}"
              + (" (meaningful once the articles are many times the pages they vary)" if not flat else ""))
    print(f"  (cores: {os.cpu_count()}; load average now {os.getloadavg()[0]:.1f}: figures on a busy machine are noisy)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, default=300, help="texts in the parse comparison")
    parser.add_argument("--workers", type=int, default=2, help="workers (processes, Ray actors) in the parallel cases")
    parser.add_argument("--articles", type=int, default=20_000, help="articles ingested into each store")
    parser.add_argument("--ingest-workers", type=int, default=1, help="--workers of the ingest runs")
    parser.add_argument("--skip-parse", action="store_true", help="only the ingest runs")
    parser.add_argument("--skip-ingest", action="store_true", help="only the parse comparison")
    parser.add_argument("--skip-postgres", action="store_true", help="ingest into SQLite only")
    parser.add_argument("--postgres-admin", default=POSTGRES_ADMIN_URL, help="a server URL to create a database on")
    parser.add_argument("--case", help=argparse.SUPPRESS)  # internal: one parse case, in a child process
    parser.add_argument("--texts-file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--case-output", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.case:
        args.case_output.write_text(json.dumps(run_case(args.case, args.texts_file, args.workers)))
        return 0

    with tempfile.TemporaryDirectory(prefix="hotspot-bench-throughput-") as name:
        tmp = Path(name)
        t0 = time.perf_counter()
        texts = benchmark_texts()
        print(f"{len(texts)} benchmark texts ready in {time.perf_counter() - t0:.0f} s\n", flush=True)
        parse = {} if args.skip_parse else parse_comparison(args, texts, tmp)
        ingest = {} if args.skip_ingest else ingest_runs(args, texts, tmp)
        print_goals(parse, ingest, args.workers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
