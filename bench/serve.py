"""Web workspace under load: latency per endpoint of ``hotspot serve`` over a store of 10,000 articles.

Usage: ``python bench/serve.py [--articles 10000] [--concurrency 8] [--requests 2000] [--db PATH]``

1. Builds a store (a SQLite file in a temporary directory unless ``--db``; an
   existing ``--db`` that already holds enough articles is reused). The
   benchmark pages of ``../shared/benchmarks`` (extraction_zyte HTML,
   polnear_dev texts) are analysed once each with the real pipeline; the
   articles stored are cheap, distinct variants of them: a new id and hash, a
   note appended at the end of the text (offsets stay valid), every third one
   two analysed articles joined with the second one's facts re-offset, a
   publication date spread over two years and an outlet from a small set.
2. Starts ``hotspot serve`` in a separate process on a free loopback port and
   drives it with ``--concurrency`` asyncio workers (httpx) for at most
   ``--requests`` requests and ``--max-seconds`` seconds, after warm-up
   requests that are not counted: search page and ``/api/v1/search``, article
   page and JSON twin, country page and JSON twin, voice page and JSON twin,
   the voices list.
3. Prints requests, errors, p50/p95/p99 latency and requests/s per endpoint,
   the overall p95, the server's peak RSS and CPU time, and the goal
   "p95 < 200 ms" per endpoint. Exits 0 either way: it measures, it does not judge.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import datetime as dt
import os
import random
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import quote, urlencode

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from corpus import DATE_DAYS, DATE_START, OUTLETS, make_variant, source_inputs  # noqa: E402 - beside this script

GOAL_MS = 200.0
COUNTRIES = ["US", "KZ", "RU", "GB", "CN", "UA", "DE", "FR", "IN", "SY", "MX", "IR"]
SEED = 20240501

# Endpoint name → relative weight in the request mix.
ENDPOINTS = {
    "search page": 2.0,
    "search api": 2.0,
    "article page": 1.5,
    "article json": 1.5,
    "country page": 1.0,
    "country json": 1.0,
    "voice page": 1.0,
    "voice json": 1.0,
    "voices list json": 0.5,
}


# -- building the store ------------------------------------------------------------------


def count_articles(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def build_store(db: Path, n: int, sources: int | None) -> None:
    from hotspot.pipeline import Analyzer
    from hotspot.store import Store

    t0 = time.perf_counter()
    items = source_inputs(sources)
    bases, failed = [], Counter()
    for result in Analyzer().run(items):
        if result.article is not None and result.article.text.strip():
            bases.append(result.article)
        else:
            failed[(result.reason or result.status)[:60]] += 1
    t_analyse = time.perf_counter() - t0
    facts = sum(len(a.entities) + len(a.quotes) + len(a.events) for a in bases)
    print(f"  analysed {len(items)} source pages once in {t_analyse:.1f} s "
          f"({len(items) / t_analyse:.1f} pages/s): {len(bases)} articles, {facts:,} facts"
          + (f"; not usable: {sum(failed.values())}" if failed else ""), flush=True)
    if not bases:
        raise SystemExit("no article could be analysed from the benchmark pages")
    store = Store(str(db))
    # Store.save checks duplicates by content_hash OR text_hash, and content_hash has no index: without
    # this one every save scans the whole articles table (see the report). Reads never use it.
    with store.engine.begin() as conn:
        conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS bench_ix_articles_content_hash ON articles (content_hash)")
    rng = random.Random(SEED)
    t1, statuses = time.perf_counter(), Counter()
    for k in range(n):
        status, _ = store.save(make_variant(k, bases, rng))
        statuses[status] += 1
        if (k + 1) % 2000 == 0:
            rate = (k + 1) / (time.perf_counter() - t1)
            print(f"  saved {k + 1:,}/{n:,} ({rate:.0f} articles/s)", flush=True)
    store.close()
    with sqlite3.connect(db) as conn:
        conn.execute("ANALYZE")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    t_save = time.perf_counter() - t1
    print(f"  stored {dict(statuses)} in {t_save:.1f} s ({n / t_save:.0f} articles/s)", flush=True)


# -- the server --------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def proc_status(pid: int) -> dict[str, str]:
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return {}
    return dict(line.split(":", 1) for line in lines if ":" in line)


def cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def process_tree(pid: int) -> list[int]:
    """The server and its worker processes (``serve --workers N`` forks them)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            todo += [int(c) for c in Path(f"/proc/{current}/task/{current}/children").read_text().split()]
        except OSError:
            pass
    return found


def tree_cpu_seconds(pid: int) -> float:
    return sum(cpu_seconds(p) for p in process_tree(pid))


def tree_kb(pid: int, field: str) -> str:
    """A memory field summed over the process tree, e.g. 'VmHWM' (each process's own peak)."""
    total = 0
    for p in process_tree(pid):
        value = proc_status(p).get(field, "").split()
        total += int(value[0]) if value else 0
    return f"{total} kB"


def start_server(db: Path, port: int, log: Path, workers: int = 1) -> subprocess.Popen:
    env = dict(os.environ)
    env.pop("HOTSPOT_TOKEN", None)
    handle = log.open("wb")
    return subprocess.Popen(
        [sys.executable, "-m", "hotspot", "serve", "--host", "127.0.0.1", "--port", str(port), "--db", str(db),
         "--workers", str(workers)],
        cwd=REPO_ROOT, env=env, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True,
    )


def stop_server(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


async def wait_ready(base: str, proc: subprocess.Popen, timeout: float = 90.0) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    async with httpx.AsyncClient(base_url=base, timeout=5.0) as client:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise SystemExit(f"the server exited with status {proc.returncode}")
            try:
                if (await client.get("/api/v1/stats")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.25)
    raise SystemExit(f"the server did not answer within {timeout:.0f} s")


# -- the request mix ---------------------------------------------------------------------


def corpus_words(db: Path, rng: random.Random) -> dict[str, list[str]]:
    """Words by how many articles hold them (common / medium / rare), phrases, and the unique note codes."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        n = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        sample = [r[0] for r in conn.execute("SELECT text FROM articles ORDER BY random() LIMIT 400")]
        codes = [m.group(1) for (t,) in conn.execute("SELECT substr(text, -120) FROM articles ORDER BY random() LIMIT 300")
                 for m in [re.search(r"reference (q\w+)", t)] if m]
    df: Counter[str] = Counter()
    phrases = []
    for text in sample:
        words = re.findall(r"[A-Za-z]{4,}", text)
        df.update({w.lower() for w in words})
        for _ in range(2):
            if len(words) > 3:
                i = rng.randrange(len(words) - 2)
                phrases.append(f'"{words[i]} {words[i + 1]}"')
    size = len(sample)
    ranked = [w for w, c in df.most_common()]
    common = [w for w in ranked if df[w] >= 0.5 * size][:60]
    medium = [w for w in ranked if 0.03 * size <= df[w] <= 0.15 * size][:300]
    rare = [w for w in ranked if df[w] == 1 and len(w) >= 7][:300]
    return {"common": common or ["said"], "medium": medium or ["government"], "rare": rare or ["zzzz"],
            "phrases": phrases or ['"prime minister"'], "codes": codes or ["qzzz"], "articles": [str(n)]}


def search_params(rng: random.Random, words: dict[str, list[str]], outlets: list[str]) -> dict:
    kind = rng.random()
    if kind < 0.20:
        q = rng.choice(words["common"])
    elif kind < 0.40:
        q = rng.choice(words["medium"])
    elif kind < 0.52:
        q = rng.choice(words["rare"])
    elif kind < 0.60:
        q = rng.choice(words["codes"])
    elif kind < 0.75:
        q = rng.choice(words["phrases"])
    elif kind < 0.85:
        a, b = rng.choice(words["medium"]), rng.choice(words["common"])
        q = rng.choice([f"{a} AND {b}", f"{a} OR {b}", f"{b} NOT {a}", f"{a[:5]}*"])
    else:
        q = ""  # browse: filters only
    params: dict = {"q": q}
    if not q or rng.random() < 0.35:  # a filter
        choice = rng.randrange(5)
        if choice == 0:
            params["country"] = rng.choice(["US", "RU", "KZ", "GB", "CN"])
        elif choice == 1:
            params["outlet"] = rng.choice(outlets)
        elif choice == 2:
            start = DATE_START + dt.timedelta(days=rng.randrange(DATE_DAYS - 60))
            params.update(date_from=start.isoformat(), date_to=(start + dt.timedelta(days=30)).isoformat())
        elif choice == 3:
            params["language"] = "en"
        else:
            params["event_type"] = rng.choice(["PROTEST", "ACCUSE", "COERCE", "CONSULT", "ASSAULT"])
    if rng.random() < 0.1:
        params["page"] = 2
    return params


def make_requests(n: int, rng: random.Random, ids: list[str], countries: list[str], voices: list[str],
                  words: dict[str, list[str]]) -> list[tuple[str, str]]:
    names, weights = list(ENDPOINTS), list(ENDPOINTS.values())
    out = []
    for _ in range(n):
        name = rng.choices(names, weights)[0]
        if name.startswith("search"):
            params = search_params(rng, words, OUTLETS)
            path = ("/search?" if name == "search page" else "/api/v1/search?") + urlencode(params)
        elif name.startswith("article"):
            path = f"/articles/{rng.choice(ids)}" + (".json" if name == "article json" else "")
        elif name.startswith("country"):
            path = f"/countries/{rng.choice(countries)}" + (".json" if name == "country json" else "")
            if rng.random() < 0.2:
                path += "?mode=raw"
        elif name.startswith("voice "):
            path = f"/voices/{quote(rng.choice(voices), safe='')}" + (".json" if name == "voice json" else "")
        else:
            path = "/api/v1/voices?limit=100"
        out.append((name, path))
    return out


@dataclasses.dataclass
class Tally:
    latencies: list[float] = dataclasses.field(default_factory=list)
    errors: Counter = dataclasses.field(default_factory=Counter)
    examples: dict = dataclasses.field(default_factory=dict)


async def drive(base: str, requests: list[tuple[str, str]], concurrency: int, max_seconds: float,
                timeout: float) -> tuple[dict[str, Tally], float, int]:
    import httpx

    tallies = {name: Tally() for name in ENDPOINTS}
    queue: asyncio.Queue = asyncio.Queue()
    for item in requests:
        queue.put_nowait(item)
    deadline = time.monotonic() + max_seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async with httpx.AsyncClient(base_url=base, timeout=timeout, limits=limits) as client:
        async def worker() -> None:
            while time.monotonic() < deadline:
                try:
                    name, path = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                t = time.perf_counter()
                try:
                    response = await client.get(path)
                    await response.aread()
                    status = response.status_code
                    label = None if status < 400 else f"HTTP {status}"
                    if status == 400 and "H060" in response.text:
                        label = "HTTP 400 (query time limit)"
                except httpx.HTTPError as exc:
                    label = type(exc).__name__
                    if isinstance(exc, httpx.ReadError):
                        label += " (connection closed by the server)"
                tally = tallies[name]
                tally.latencies.append((time.perf_counter() - t) * 1000)
                if label:
                    tally.errors[label] += 1
                    tally.examples.setdefault(label, path)

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - t0
    return tallies, elapsed, queue.qsize()


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * p / 100
    lo = int(rank)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (rank - lo)


def print_table(tallies: dict[str, Tally], elapsed: float) -> None:
    header = f"{'endpoint':<18} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} {'req/s':>7}  goal p95<{GOAL_MS:.0f}ms"
    print(header)
    print("-" * len(header))
    every: list[float] = []
    for name, t in tallies.items():
        if not t.latencies:
            print(f"{name:<18} {0:>8}")
            continue
        every += t.latencies
        p95 = percentile(t.latencies, 95)
        verdict = "PASS" if p95 < GOAL_MS and not t.errors else "FAIL"
        print(f"{name:<18} {len(t.latencies):>8} {sum(t.errors.values()):>6} {percentile(t.latencies, 50):>8.1f} "
              f"{p95:>8.1f} {percentile(t.latencies, 99):>8.1f} {max(t.latencies):>8.1f} "
              f"{len(t.latencies) / elapsed:>7.1f}  {verdict}")
    print("-" * len(header))
    errors = sum(sum(t.errors.values()) for t in tallies.values())
    print(f"{'all':<18} {len(every):>8} {errors:>6} {percentile(every, 50):>8.1f} {percentile(every, 95):>8.1f} "
          f"{percentile(every, 99):>8.1f} {max(every) if every else 0:>8.1f} {len(every) / elapsed:>7.1f}")
    for name, t in tallies.items():
        if t.errors:
            print(f"  errors on {name}: " + ", ".join(f"{k} ×{v} (e.g. {t.examples[k]})" for k, v in t.errors.most_common()))


# -- main --------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000, help="articles in the store (at least)")
    parser.add_argument("--concurrency", type=int, default=8, help="concurrent client workers")
    parser.add_argument("--requests", type=int, default=2000, help="measured requests (at most)")
    parser.add_argument("--max-seconds", type=float, default=300.0, help="wall-clock cap on the measured load")
    parser.add_argument("--warmup", type=int, default=40, help="warm-up requests, not counted")
    parser.add_argument("--timeout", type=float, default=30.0, help="per-request timeout, seconds")
    parser.add_argument("--sources", type=int, default=None, help="analyse only the first N source pages")
    parser.add_argument("--db", type=Path, default=None, help="SQLite file to build or reuse (default: a temp dir)")
    parser.add_argument("--keep-server-log", action="store_true", help="print the server log's path, keep it")
    parser.add_argument("--server-workers", type=int, default=1,
                        help="server processes (hotspot serve --workers); with the load generator on the same "
                             "2 cores, 2 processes measured slower than 1 here")
    args = parser.parse_args(argv)

    tmp = tempfile.TemporaryDirectory(prefix="hotspot-bench-serve-")
    db = args.db.resolve() if args.db else Path(tmp.name) / "bench.db"
    print(f"Store: {db}")
    have = count_articles(db)
    t0 = time.perf_counter()
    if have >= args.articles:
        print(f"  reusing it: {have:,} articles already stored")
    else:
        print(f"  building {args.articles:,} articles (it holds {have:,})", flush=True)
        build_store(db, args.articles, args.sources)
    build_s = time.perf_counter() - t0
    print(f"Store ready in {build_s:.1f} s ({count_articles(db):,} articles, "
          f"{db.stat().st_size / 1e6:.0f} MB)", flush=True)

    rng = random.Random(SEED + 1)
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY random() LIMIT 2000")]
        top = [r[0] for r in conn.execute(
            "SELECT country FROM article_countries WHERE focus GROUP BY country ORDER BY count(*) DESC LIMIT 6")]
        counts = dict(conn.execute("SELECT country, count(*) FROM article_countries WHERE focus GROUP BY country"))
        n_quotes, n_events, n_entities = (conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                                          for t in ("quotes", "events", "entities"))
    countries = list(dict.fromkeys(COUNTRIES[:6] + top))
    print(f"  facts: {n_entities:,} entities, {n_quotes:,} quotes, {n_events:,} events; articles about "
          + ", ".join(f"{c} {counts.get(c, 0):,}" for c in countries))
    words = corpus_words(db, rng)

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = Path(tmp.name) / "server.log" if not args.keep_server_log else Path(tempfile.mkstemp(suffix=".log")[1])
    proc = start_server(db, port, log, args.server_workers)
    try:
        t_start = time.perf_counter()
        asyncio.run(wait_ready(base, proc))
        print(f"Server: pid {proc.pid} on {base} ({args.server_workers} process"
              f"{'es' if args.server_workers > 1 else ''}), ready in {time.perf_counter() - t_start:.1f} s")

        import httpx

        with httpx.Client(base_url=base, timeout=60.0) as client:
            voices = [v["name"] for v in client.get("/api/v1/voices", params={"limit": 30}).json()["voices"]]
        voices = voices or ["nobody"]
        print(f"  top voices: {', '.join(voices[:6])}, …")

        warm = make_requests(args.warmup, rng, ids, countries, voices, words)
        warm += [(n, p) for n, p in make_requests(400, rng, ids, countries, voices, words)
                 if n.startswith("country")][:len(countries)]
        asyncio.run(drive(base, warm, args.concurrency, 120.0, args.timeout))
        rss_warm = tree_kb(proc.pid, "VmRSS")
        cpu0 = tree_cpu_seconds(proc.pid)
        print(f"  warm-up: {len(warm)} requests (not counted); server RSS {rss_warm}")

        plan = make_requests(args.requests, rng, ids, countries, voices, words)
        print(f"Load: {len(plan)} requests, {args.concurrency} workers, cap {args.max_seconds:.0f} s", flush=True)
        tallies, elapsed, left = asyncio.run(drive(base, plan, args.concurrency, args.max_seconds, args.timeout))
        cpu = tree_cpu_seconds(proc.pid) - cpu0
        peak, rss_end = tree_kb(proc.pid, "VmHWM"), tree_kb(proc.pid, "VmRSS")
    finally:
        stop_server(proc)

    done = sum(len(t.latencies) for t in tallies.values())
    print(f"  {done} requests in {elapsed:.1f} s" + (f" (wall-clock cap hit: {left} not sent)" if left else ""))
    print()
    print_table(tallies, elapsed)
    print()
    every = [x for t in tallies.values() for x in t.latencies]
    print(f"Overall p95: {percentile(every, 95):.1f} ms over {len(every)} requests ({len(every) / elapsed:.1f} req/s)")
    print(f"Server peak RSS (VmHWM, summed over its processes): {peak}; RSS at end {rss_end}; "
          f"CPU {cpu:.1f} s in {elapsed:.1f} s ({100 * cpu / elapsed:.0f}% of one core, {os.cpu_count()} cores)")
    print(f"Store build/reuse: {build_s:.1f} s")
    failing = [n for n, t in tallies.items() if t.latencies and (percentile(t.latencies, 95) >= GOAL_MS or t.errors)]
    print(f"Goal p95 < {GOAL_MS:.0f} ms: " + ("PASS on every endpoint" if not failing else
                                              f"FAIL on {', '.join(failing)}"))
    if args.keep_server_log:
        print(f"Server log: {log}")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
