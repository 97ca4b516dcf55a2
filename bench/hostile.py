"""Hostile inputs at real size: every input ends with one outcome, and memory stays under 1.5 GB (issue 13).

Usage: ``python bench/hostile.py [--workers 1 2] [--pages 8] [--skip-web] [--uploads 40] [--json FILE]``

1. Builds, in a temporary folder, the hostile corpus of
   ``tests/ingest/test_hostile_inputs.py`` at the sizes the default settings
   meet (``max_input_bytes`` 20 MB, ``max_text_chars`` 200,000, ``batch_size``
   8, ``batch_chars`` 400,000; the run reads no ``hotspot.toml`` and no
   ``HOTSPOT_*`` variable): a FIFO, a socket, a link loop, a dangling link, a
   link to a folder, a file name that is not UTF-8, a JSONL line of invalid
   UTF-8 between good lines, a truncated ``.jsonl.gz``, a 2 MB ``.jsonl.gz``
   whose second line inflates to 2 GiB (deflate's ratio is at most ~1,030:1,
   so 2 MB is all the issue's bomb could hold), a 1 MB ``.html.gz`` that
   inflates to 1 GiB, a ``.warc.gz`` whose header line is 256 MiB, a file of
   25 MB (sparse), 1 MB of half-invalid bytes, an empty file, 1 MB of random
   bytes, a PDF, ``--pages`` HTML pages of ~205,000 characters of prose each
   (sentences written here, varied by a seeded random), two copies of one
   small page (one is a duplicate), and the sample pages of
   ``../shared/samples`` read from where they are.
2. Runs the real CLI, ``python -m hotspot ingest CORPUS SAMPLES --db
   sqlite:///…`` (as ``bench/throughput.py`` does), once per ``--workers``
   value, each into a fresh SQLite file, and samples every 0.1 s the summed
   RSS (and PSS) of its process tree from ``/proc`` (psutil is not needed);
   each process's own peak (``VmHWM``) is kept too, so a spike between two
   samples still shows in "largest process".
3. Reads each store with ``sqlite3``: every input has exactly one row in
   ``ingest_log`` with the outcome it must have (stored or duplicate, or
   failed/skipped with its code), no row is left unexplained, the CLI's
   summary counts the same rows, and nothing is half-written (each stored
   row has its article and each article its row; SQLite's integrity, foreign
   key and full-text checks pass).
4. Web (unless ``--skip-web``): starts ``hotspot serve --allow-writes`` on a
   free loopback port over a fresh store, POSTs ``--uploads`` gzip files of
   ~90 KB, each inflating to ~15 MB of prose (a few paragraphs repeated:
   deflate gets ~170:1 from it), in one request to
   ``/api/v1/ingest/jobs`` (no Origin header: a script, not a browser; Host
   127.0.0.1:PORT), polls the job to its end and reports the server tree's
   peak RSS. The uploads are sent as ``kind=clean_text`` by default: each is
   inflated and decoded, then refused for its length ([H042]), so the run
   measures the decoding that the issue found done for every upload at once,
   without minutes of parsing; ``--upload-kind auto`` reads them as page text
   and analyses each (cut to 200,000 characters), which takes many minutes.

There is no ``--base``: the version before the fixes of issue 13 does not
finish this corpus (the FIFO hangs it, the first bad input aborts it). Its
figures are the issue's measurements: 4.4 GB RSS for the 2 MB ``.jsonl.gz``,
4.9 GB for 8 pages of 200,000 characters, 2.2 GB for the server given 40
small gzip uploads.

It measures and prints; it exits 0 unless the corpus could not be run.
Summed RSS counts memory shared between processes once per process, so it
is an upper bound; PSS shares it out. On a busy machine times are noisy,
memory much less so.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import random
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
SAMPLES = REPO_ROOT.parent / "shared" / "samples"
GOAL_MB = 1500  # issue 13: peak memory for the corpus under 1.5 GB
SAMPLE_EVERY_S = 0.1
SEED = 13
MiB = 2**20
DOCUMENT = "document"  # stored or duplicate
PAGE_CHARS = 205_000  # a little above max_text_chars, so each page is cut as a real long page is
BOMB_BYTES = 2 * 2**30  # the .jsonl.gz line: 2 GiB of 'a' in 2 MB
HTML_BOMB_BYTES = 2**30
WARC_HEADER_BYTES = 256 * MiB
UPLOAD_BYTES = 15_000_000

# -- prose: sentences written for this benchmark, varied by a seeded random -----------------------

PEOPLE = ["Aigerim Nurlanova", "Daniyar Seitkali", "Marat Beketov", "Olga Petrenko", "Yerlan Karin", "Saule Omarova",
          "Timur Abenov", "Gulnara Iskakova", "Askar Zhunusov", "Irina Volkova", "Nurlan Sarsenov", "Dinara Akhmetova"]
ROLES = ["the regional governor", "a spokesman for the interior ministry", "an opposition deputy",
         "the head of the drivers' union", "a local imam", "the deputy energy minister", "a human rights lawyer",
         "the mayor's press secretary", "an economist at the national bank", "a protest organiser"]
PLACES = ["Almaty", "Aktau", "Zhanaozen", "Atyrau", "Shymkent", "Karaganda", "Taraz", "Aktobe", "Kyzylorda",
          "Pavlodar", "Uralsk", "Semey"]
GROUPS = ["oil workers", "taxi drivers", "students", "pensioners", "market traders", "miners", "teachers",
          "bus drivers", "farmers", "nurses"]
ORGS = ["KazMunayGas", "the Samruk-Kazyna fund", "the Ministry of Energy", "the national bank", "Tengizchevroil",
        "the Agency for Competition Protection", "the prosecutor general's office", "Kazakhtelecom"]
GOODS = ["liquefied gas", "diesel", "bread", "electricity", "rent", "petrol", "flour", "heating"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
VERBS = ["gathered", "marched", "rallied", "camped", "held a sit-in", "blocked the main road"]
WHERE = ["outside the akimat", "on Republic Square", "near the railway station", "in front of the oil company's offices",
         "along the central avenue", "at the gates of the refinery"]
SENTENCES = [
    "Several hundred {group} {verb} {where} in {place} on {day}, demanding that the price of {good} be cut back to "
    "last year's level.",
    "\"We cannot feed our families when {good} costs twice what it did in January,\" said {person}, who has worked in "
    "{place} for eleven years.",
    "{person}, {role}, told reporters that the government would review the tariffs before the end of the month.",
    "Police in {place} detained {n} people on {day}, according to {role}, who said the gathering had not been "
    "authorised.",
    "The protests began in {place2} after {org} announced that it would stop subsidising {good} for households.",
    "{org} said in a statement that the decision followed a review of its costs and had been agreed with the regulator.",
    "By {day} evening the crowd {where} had grown to several thousand, and shops in the centre of {place} had closed "
    "early.",
    "\"Nobody asked us,\" said {person}, a teacher from {place2}. \"They decide in the capital and we pay at the pump.\"",
    "The interior ministry accused unnamed organisers of trying to provoke clashes and warned that unauthorised rallies "
    "would be dispersed.",
    "Internet access in {place} was cut for several hours on {day}, residents said, and messaging apps remained slow on "
    "{day2}.",
    "In {place2}, about {n} {group} {verb} {where}, holding banners that read \"Lower prices, not promises\".",
    "{person}, {role}, said the authorities were ready to meet the protesters but would not negotiate under pressure.",
    "Analysts said the unrest in {place} reflected years of frustration over wages, housing and the gap between "
    "regions.",
    "The price of {good} in {place} rose by {n} percent in a single month, according to figures published by {org}.",
    "Witnesses described a tense but peaceful night {where}, with volunteers handing out tea and bread to the crowd.",
    "{org} later said it would cap the price of {good} in {place} for ninety days while a commission studied the "
    "market.",
    "The president dismissed the government on {day} and promised to investigate what he called speculation in the "
    "fuel market.",
    "{person} said that at least {n} people had been taken to hospital in {place2} after police used tear gas.",
    "Lawyers for those detained in {place} said they had not been allowed to see their clients for two days.",
    "Flights between {place} and {place2} were suspended on {day}, and the main airport was briefly closed.",
    "\"This is not about {good} any more,\" said {person}. \"It is about whether anyone listens to us.\"",
    "{role} said on {day2} that order had been restored in {place} and that the curfew would be lifted gradually.",
    "The unrest spread to {place2} and {place3} within two days, where {group} joined the demands for lower prices.",
    "Officials in {place} blamed the shortages on {org}, which denied any wrongdoing and said deliveries were on "
    "schedule.",
]


def sentence(rng: random.Random) -> str:
    places, days = rng.sample(PLACES, 3), rng.sample(DAYS, 2)
    return rng.choice(SENTENCES).format(
        person=rng.choice(PEOPLE), role=rng.choice(ROLES), place=places[0], place2=places[1], place3=places[2],
        group=rng.choice(GROUPS), org=rng.choice(ORGS), good=rng.choice(GOODS), day=days[0], day2=days[1],
        verb=rng.choice(VERBS), where=rng.choice(WHERE), n=rng.randint(3, 400))


def paragraphs(rng: random.Random, chars: int) -> list[str]:
    """Paragraphs of two to five sentences, at least ``chars`` characters in all."""
    out: list[str] = []
    size = 0
    while size < chars:
        out.append(" ".join(sentence(rng) for _ in range(rng.randint(2, 5))))
        size += len(out[-1]) + 2
    return out


def html_page(rng: random.Random, chars: int) -> str:
    """A news page: a title, a byline, the article's paragraphs, a little navigation around it."""
    title = sentence(rng).split(",")[0].rstrip(".")
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs(rng, chars))
    return (f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body>"
            "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/asia\">Asia</a></nav>"
            f"<article><h1>{title}</h1><p class=\"byline\">By {rng.choice(PEOPLE)}, {rng.choice(PLACES)}</p>\n{body}"
            "</article><footer>© 2024 The Steppe Courier. All rights reserved.</footer></body></html>")


# -- the corpus -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Expected:
    """What one input must end as: ``name`` (relative to the corpus), ``DOCUMENT`` or a code.

    ``lines``: the input is a container cut short: its rows are named ``name#Ln``, some documents then
    one failure with ``outcome``.
    """

    name: str
    outcome: str
    lines: bool = False


def gzip_stream(pieces: list[tuple[bytes, int]]) -> bytes:
    """One gzip member of ``data * times`` for each ``(data, times)``, compressed as a stream (never held whole)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    out = []
    for data, times in pieces:
        chunk = data * max(1, (4 * MiB) // max(len(data), 1)) if times > 1 else data
        left = len(data) * times
        while left > 0:
            out.append(compressor.compress(chunk[:left]))
            left -= min(len(chunk), left)
    out.append(compressor.flush())
    return b"".join(out)


def build_corpus(folder: Path, pages: int) -> list[Expected]:
    """Write the corpus into ``folder``; return what each input must end as."""
    rng = random.Random(SEED)
    folder.mkdir()
    expected: list[Expected] = []

    def add(name: str, data: bytes, outcome: str = DOCUMENT) -> None:
        (folder / name).write_bytes(data)
        expected.append(Expected(name, outcome))

    def jsonl(*texts: str) -> bytes:
        return b"".join(json.dumps({"text": text}).encode() + b"\n" for text in texts)

    def prose(chars: int) -> str:
        return "\n\n".join(paragraphs(rng, chars))

    small = html_page(rng, 3_000).encode()
    add("01_good.html", small)
    add("02_good_copy.html", small)  # the same bytes: one of the two is a duplicate
    add("03_empty.txt", b"", "H013")
    add("04_binary.html", rng.randbytes(MiB), "H012")
    add("05_half_invalid.txt", bytes(b for i in range(MiB // 2) for b in (b"Almaty protest news. "[i % 21], 0x80 + i % 128)),
        "H080")
    add("06_bomb.html.gz", gzip_stream([(b"<html><body><p>", 1), (b"a", HTML_BOMB_BYTES)]), "H011")
    (folder / "07_lines.jsonl").write_bytes(
        jsonl(prose(1_500)) + b'{"text": "caf\xe9 is not UTF-8 here"}\n' + jsonl(prose(1_500)))
    expected += [Expected("07_lines.jsonl#L1", DOCUMENT), Expected("07_lines.jsonl#L2", "H017"),
                 Expected("07_lines.jsonl#L3", DOCUMENT)]
    whole = gzip.compress(jsonl(*(prose(1_000) for _ in range(60))))
    (folder / "08_truncated.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    expected.append(Expected("08_truncated.jsonl.gz", "H010", lines=True))
    # The bomb: a good line, then one line of 2 GiB. Read past max_input_bytes plus 100 times the
    # file's size (about 230 MB here), the rest of the file is refused.
    (folder / "09_bomb.jsonl.gz").write_bytes(
        gzip_stream([(jsonl(prose(1_000)), 1), (b'{"text": "', 1), (b"a", BOMB_BYTES), (b'"}\n', 1)]))
    expected += [Expected("09_bomb.jsonl.gz#L1", DOCUMENT), Expected("09_bomb.jsonl.gz#L2", "H011")]
    os.mkfifo(folder / "10_fifo.html")
    expected.append(Expected("10_fifo.html", "H019"))
    (folder / "11_loop_a.html").symlink_to(folder / "12_loop_b.html")
    (folder / "12_loop_b.html").symlink_to(folder / "11_loop_a.html")
    expected += [Expected("11_loop_a.html", "H015"), Expected("12_loop_b.html", "H015")]
    (folder / "13_dangling.html").symlink_to(folder / "nowhere.html")
    expected.append(Expected("13_dangling.html", "H015"))
    try:
        with open(os.fsencode(folder) + b"/14_caf\xe9.txt", "wb") as handle:
            handle.write(prose(2_000).encode())
        expected.append(Expected("14_caf\\xe9.txt", DOCUMENT))  # stored under its name with the byte escaped
    except OSError:
        pass  # this file system refuses names that are not UTF-8: the case cannot be built here
    add("15_notes.pdf", b"%PDF-1.4\n" + rng.randbytes(10_000), "H026")
    (folder / "16_up").symlink_to(folder)
    expected.append(Expected("16_up", "H019"))
    warc_header = b"WARC/1.0\r\nWARC-Type: response\r\nX-Pad: "
    add("17_headers.warc.gz", gzip_stream([(warc_header, 1), (b"a", WARC_HEADER_BYTES), (b"\r\n\r\n", 1)]), "H029")
    with socket.socket(socket.AF_UNIX) as server:  # the socket file stays once closed
        server.bind(str(folder / "18_socket.html"))
    expected.append(Expected("18_socket.html", "H019"))
    with open(folder / "19_huge.html", "wb") as handle:
        handle.truncate(25_000_000)  # sparse: 25 MB that costs no disk, refused before it is read
    expected.append(Expected("19_huge.html", "H014"))
    (folder / "pages").mkdir()
    for k in range(pages):
        add(f"pages/page_{k + 1:02d}.html", html_page(rng, PAGE_CHARS).encode())
    return expected


def sample_inputs() -> list[Path]:
    return sorted(p for p in SAMPLES.glob("*") if p.is_file()) if SAMPLES.is_dir() else []


def corpus_size(folder: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            with contextlib.suppress(OSError):
                total += os.lstat(os.path.join(root, name)).st_blocks * 512  # sparse file: what is on disk
    return total


# -- measuring a process tree -------------------------------------------------------------------


def _status_kb(pid: int) -> dict[str, int]:
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return {}
    fields = {}
    for line in lines:
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0])
    return fields


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def process_tree(pid: int) -> list[int]:
    """``pid`` and its descendants, from the children of every thread (a server starts workers from a thread)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            tasks = os.listdir(f"/proc/{current}/task")
        except OSError:
            continue
        for task in tasks:
            with contextlib.suppress(OSError):
                todo += [int(c) for c in Path(f"/proc/{current}/task/{task}/children").read_text().split()]
    return found


class TreePeak:
    """Samples a process tree every ``SAMPLE_EVERY_S`` until stopped: summed RSS and PSS, each process's own peak."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak_rss_kb = 0
        self.peak_pss_kb = 0
        self.peak_at_s = 0.0
        self.hwm_kb: dict[int, int] = {}
        self.samples = 0
        self._stop = threading.Event()
        self._started = time.perf_counter()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            rss = pss = 0
            for pid in process_tree(self.pid):
                fields = _status_kb(pid)
                rss += fields.get("VmRSS", 0)
                pss += _pss_kb(pid)
                self.hwm_kb[pid] = max(self.hwm_kb.get(pid, 0), fields.get("VmHWM", 0))
            self.samples += 1
            if rss > self.peak_rss_kb:
                self.peak_rss_kb, self.peak_at_s = rss, time.perf_counter() - self._started
            self.peak_pss_kb = max(self.peak_pss_kb, pss)
            self._stop.wait(SAMPLE_EVERY_S)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def figures(self) -> dict[str, Any]:
        return {"peak_rss_mb": self.peak_rss_kb / 1024, "peak_pss_mb": self.peak_pss_kb / 1024,
                "peak_at_s": self.peak_at_s, "largest_process_mb": max(self.hwm_kb.values(), default=0) / 1024,
                "process_peaks_mb": [round(kb / 1024) for kb in sorted(self.hwm_kb.values(), reverse=True)],
                "processes": len(self.hwm_kb), "samples": self.samples}


def clean_env(**extra: str) -> dict[str, str]:
    """This environment without any HOTSPOT_ setting or config: the defaults, as the issue measured them."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HOTSPOT_")}
    return {**env, "HOTSPOT_CONFIG": os.devnull, **extra}


# -- the CLI run and its store ---------------------------------------------------------------------


@dataclass(slots=True)
class IngestRun:
    workers: int
    exit_code: int
    wall_s: float
    memory: dict[str, Any]
    rows: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    by_code: dict[str, int] = field(default_factory=dict)
    summary: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def run_ingest(folder: Path, samples: list[Path], expected: list[Expected], workers: int, tmp: Path) -> IngestRun:
    db = tmp / f"hostile-w{workers}.db"
    log = tmp / f"ingest-w{workers}.log"
    command = [sys.executable, "-m", "hotspot", "ingest", str(folder), *map(str, samples), "--db", f"sqlite:///{db}",
               "--workers", str(workers)]
    with log.open("wb") as handle:
        started = time.perf_counter()
        proc = subprocess.Popen(command, cwd=tmp, stdout=handle, stderr=subprocess.STDOUT,
                                env=clean_env(COLUMNS="120"), start_new_session=True)
        peak = TreePeak(proc.pid)
        try:
            proc.wait(timeout=1_200)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        wall = time.perf_counter() - started
        peak.stop()
    run = IngestRun(workers, proc.returncode, wall, peak.figures())
    output = log.read_text(encoding="utf-8", errors="replace")
    run.summary = parse_summary(output)
    if proc.returncode != 0:
        run.problems.append(f"exit {proc.returncode}: " + " | ".join(output.strip().splitlines()[-5:]))
    if not db.exists():
        run.problems.append("no store was written")
        return run
    check_store(db, folder, samples, expected, run)
    return run


def parse_summary(output: str) -> dict[str, int]:
    """The counts of the CLI's summary table (``inputs read │ 40``…)."""
    found = {}
    for label in ("inputs read", "stored", "duplicate", "skipped", "failed"):
        match = re.search(rf"^\W*{label}\s*\W\s*(\d+)", output, re.MULTILINE)
        if match:
            found[label] = int(match.group(1))
    return found


def relative_name(source: str, folder: Path) -> str:
    prefix = f"{folder.resolve()}/"
    if source.startswith(prefix):
        return source[len(prefix):]
    for sample in sample_inputs():
        if source in (str(sample), str(sample.resolve())):
            return f"samples/{sample.name}"
    return source


def check_store(db: Path, folder: Path, samples: list[Path], expected: list[Expected], run: IngestRun) -> None:
    """Every input has exactly its one outcome; the summary counts them all; nothing is half-written."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        rows = conn.execute("SELECT source, status, reason, article_id FROM ingest_log ORDER BY pk").fetchall()
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        orphans = conn.execute("SELECT count(*) FROM ingest_log l LEFT JOIN articles a ON a.id = l.article_id "
                               "WHERE l.status IN ('stored', 'duplicate') AND a.id IS NULL").fetchone()[0]
        unlogged = conn.execute("SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM ingest_log l "
                                "WHERE l.article_id = a.id AND l.status = 'stored')").fetchone()[0]
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        foreign = conn.execute("PRAGMA foreign_key_check").fetchall()
    with sqlite3.connect(db) as conn:  # the FTS5 check is spelt as an INSERT; it writes nothing
        try:
            conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as exc:
            run.problems.append(f"full-text index: {exc}")
    run.rows = len(rows)
    run.by_status = dict(Counter(status for _s, status, _r, _a in rows))
    run.by_code = dict(sorted(Counter((reason or "")[1:5] for _s, status, reason, _a in rows
                                      if status in ("failed", "skipped")).items()))
    problems = run.problems
    if integrity != "ok" or foreign:
        problems.append(f"SQLite integrity: {integrity}; foreign key violations: {len(foreign)}")
    if orphans or unlogged or articles != run.by_status.get("stored", 0):
        problems.append(f"half-written: {articles} articles, {run.by_status.get('stored', 0)} stored rows, "
                        f"{orphans} rows without their article, {unlogged} articles without their row")
    named = Counter(source for source, *_ in rows)
    problems += [f"{source}: {n} outcomes" for source, n in named.items() if n > 1]
    outcomes = [(relative_name(source, folder), status, (reason or "")[1:5]) for source, status, reason, _a in rows]
    explained: set[int] = set()
    for want in [*expected, *(Expected(f"samples/{p.name}", DOCUMENT) for p in samples)]:
        if want.lines:
            got = [(i, o) for i, o in enumerate(outcomes) if o[0].startswith(f"{want.name}#L")]
            documents = [o for _i, o in got[:-1] if o[1] in ("stored", "duplicate")]
            last = got[-1][1] if got else None
            if not got or len(documents) != len(got) - 1 or last is None or last[2] != want.outcome:
                problems.append(f"{want.name}: {[o[1:] for _i, o in got]}, wanted documents then {want.outcome}")
        else:
            got = [(i, o) for i, o in enumerate(outcomes) if o[0] == want.name]
            wanted = ("stored", "duplicate") if want.outcome == DOCUMENT else ("failed", "skipped")
            if len(got) != 1 or got[0][1][1] not in wanted or (want.outcome != DOCUMENT and got[0][1][2] != want.outcome):
                problems.append(f"{want.name}: {[o[1:] for _i, o in got] or 'no outcome'}, wanted {want.outcome}")
        explained.update(i for i, _o in got)
    problems += [f"unexpected outcome {o}" for i, o in enumerate(outcomes) if i not in explained]
    if run.by_status.get("duplicate", 0) < 1:
        problems.append("the copied page was not found a duplicate")
    said = run.summary
    counted = {"inputs read": len(rows), **{s: run.by_status.get(s, 0) for s in ("stored", "duplicate", "skipped", "failed")}}
    if said != counted:
        problems.append(f"the CLI's summary {said} differs from the store's {counted}")


# -- the web part ---------------------------------------------------------------------------------


@dataclass(slots=True)
class WebRun:
    uploads: int
    upload_kind: str
    sent_bytes: int
    inflated_bytes: int
    http_status: int = 0
    job_state: str = ""
    summary: dict[str, int] = field(default_factory=dict)
    by_code: dict[str, int] = field(default_factory=dict)
    job_s: float = 0.0
    memory: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def make_uploads(n: int) -> list[tuple[str, bytes]]:
    """``n`` distinct gzip files of ~90 KB, each inflating to ~15 MB of prose (a few paragraphs repeated)."""
    rng = random.Random(SEED + 1)
    uploads = []
    for k in range(n):
        block = ("\n\n".join(paragraphs(rng, 2_000)) + "\n\n").encode()
        head = f"Report {k + 1} of {n} from the regional desk.\n\n".encode()
        uploads.append((f"report_{k + 1:02d}.txt.gz", gzip_stream([(head, 1), (block, UPLOAD_BYTES // len(block))])))
    return uploads


def run_web(uploads_n: int, kind: str, tmp: Path, timeout_s: float) -> WebRun:
    import httpx

    uploads = make_uploads(uploads_n)
    inflated = sum(len(gzip.decompress(data)) for _name, data in uploads)
    web = WebRun(uploads_n, kind, sum(len(data) for _n, data in uploads), inflated)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = tmp / "serve.log"
    with log.open("wb") as handle:
        proc = subprocess.Popen(
            [sys.executable, "-m", "hotspot", "serve", "--host", "127.0.0.1", "--port", str(port), "--db",
             f"sqlite:///{tmp / 'web.db'}", "--allow-writes"],
            cwd=tmp, env=clean_env(), stdout=handle, stderr=subprocess.STDOUT, start_new_session=True)
    peak = TreePeak(proc.pid)
    try:
        with httpx.Client(base_url=base, timeout=60.0) as client:  # Host: 127.0.0.1:PORT, and no Origin
            deadline = time.monotonic() + 90
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"the server exited with status {proc.returncode}: see {log}")
                try:
                    if client.get("/api/v1/stats").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError("the server did not answer within 90 s")
                time.sleep(0.25)
            started = time.perf_counter()
            answer = client.post("/api/v1/ingest/jobs", data={"kind": kind},
                                 files=[("files", (name, data, "application/gzip")) for name, data in uploads])
            web.http_status = answer.status_code
            if answer.status_code != 202:
                web.problems.append(f"POST answered {answer.status_code}: {answer.text[:200]}")
                return web
            url = answer.json()["url"]
            job: dict[str, Any] = {}
            while time.perf_counter() - started < timeout_s:
                job = client.get(url).json()
                if job["state"] not in ("queued", "running"):
                    break
                time.sleep(0.5)
            web.job_s = time.perf_counter() - started
            web.job_state = job.get("state", "")
            web.summary = job.get("summary", {})
            web.by_code = dict(sorted(Counter((r.get("reason") or "")[1:5] for r in job.get("results", [])
                                              if r["status"] in ("failed", "skipped")).items()))
            if web.job_state != "done":
                web.problems.append(f"the job ended {web.job_state or 'nowhere'} after {web.job_s:.0f} s")
            if web.summary.get("inputs") != uploads_n:
                web.problems.append(f"the job counted {web.summary.get('inputs')} inputs of {uploads_n}")
    except (RuntimeError, httpx.HTTPError) as exc:
        web.problems.append(str(exc))
    finally:
        peak.stop()
        web.memory = peak.figures()
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return web


# -- the report ------------------------------------------------------------------------------------


def verdict(mb: float) -> str:
    return "yes" if mb < GOAL_MB else "NO"


def print_runs(runs: list[IngestRun]) -> None:
    width = 16
    print(f"{'':<26}" + "".join(f"{f'workers {r.workers}':>{width}}" for r in runs))

    def line(label: str, values: list[str]) -> None:
        print(f"{label:<26}" + "".join(f"{v:>{width}}" for v in values))

    line("exit code", [str(r.exit_code) for r in runs])
    line("inputs (ingest_log rows)", [str(r.rows) for r in runs])
    for status in ("stored", "duplicate", "skipped", "failed"):
        line(status, [str(r.by_status.get(status, 0)) for r in runs])
    codes = sorted({code for r in runs for code in r.by_code})
    for code in codes:
        line(f"  {code}", [str(r.by_code.get(code, 0)) for r in runs])
    line("CLI summary agrees", ["yes" if not any("summary" in p for p in r.problems) else "NO" for r in runs])
    line("peak RSS MB (tree)", [f"{r.memory['peak_rss_mb']:.0f}" for r in runs])
    line("peak PSS MB (tree)", [f"{r.memory['peak_pss_mb']:.0f}" for r in runs])
    line("largest process MB", [f"{r.memory['largest_process_mb']:.0f}" for r in runs])
    line("each process's peak MB", ["/".join(map(str, r.memory["process_peaks_mb"][:3])) for r in runs])
    line("peak reached at s", [f"{r.memory['peak_at_s']:.0f}" for r in runs])
    line("wall s", [f"{r.wall_s:.0f}" for r in runs])
    line("peak < 1.5 GB", [verdict(r.memory["peak_rss_mb"]) for r in runs])
    line("every input one outcome", ["yes" if not r.problems else "NO" for r in runs])
    if any(r.workers > 1 for r in runs):
        print("  (--workers N: N worker processes, each loading its own model, beside the process that reads and "
              "stores; the tree's peak adds them up)")
    for r in runs:
        for problem in r.problems:
            print(f"  workers {r.workers}: {problem}")


def print_web(web: WebRun) -> None:
    print(f"\nWeb: {web.uploads} gzip uploads in one POST to /api/v1/ingest/jobs (kind={web.upload_kind}), "
          f"{web.sent_bytes / 1e6:.1f} MB sent, {web.inflated_bytes / 1e6:.0f} MB inflated")
    print(f"  answer {web.http_status}; job {web.job_state or '-'} in {web.job_s:.0f} s; summary {web.summary}; "
          f"codes {web.by_code}")
    if web.memory:
        m = web.memory
        print(f"  server peak RSS {m['peak_rss_mb']:.0f} MB (PSS {m['peak_pss_mb']:.0f}, largest process "
              f"{m['largest_process_mb']:.0f}, each process's peak {'/'.join(map(str, m['process_peaks_mb'][:3]))}); "
              "peak < 1.5 GB: "
              f"{verdict(m['peak_rss_mb'])} (issue 13: 2.2 GB before)")
    for problem in web.problems:
        print(f"  problem: {problem}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="ingest --workers values, one run each")
    parser.add_argument("--pages", type=int, default=8, help="HTML pages of ~205,000 characters in the corpus")
    parser.add_argument("--skip-web", action="store_true", help="only the CLI runs")
    parser.add_argument("--uploads", type=int, default=40, help="gzip uploads of ~15 MB inflated in the web run")
    parser.add_argument("--upload-kind", choices=["clean_text", "auto"], default="clean_text",
                        help="clean_text: inflated, decoded and refused (H042), fast; auto: analysed, many minutes")
    parser.add_argument("--web-timeout", type=float, default=600.0, help="seconds to wait for the web job")
    parser.add_argument("--json", type=Path, help="also save the figures to this file")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (corpus, stores, logs)")
    args = parser.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="hotspot-bench-hostile-"))
    try:
        t0 = time.perf_counter()
        folder = tmp / "corpus"
        expected = build_corpus(folder, args.pages)
        samples = sample_inputs()
        print(f"Corpus: {len(expected)} hostile and good inputs in {folder} ({corpus_size(folder) / 1e6:.0f} MB on "
              f"disk, built in {time.perf_counter() - t0:.0f} s) + {len(samples)} sample pages from {SAMPLES}")
        print(f"Settings: defaults (max_input_bytes 20 MB, max_text_chars 200,000, batch_size 8, batch_chars "
              f"400,000); {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}\n", flush=True)
        runs = []
        for workers in args.workers:
            print(f"hotspot ingest --workers {workers} …", flush=True)
            runs.append(run_ingest(folder, samples, expected, workers, tmp))
        print()
        print_runs(runs)
        print("  (before issue 13: the FIFO hung the run, the first bad input aborted it; 4.4 GB RSS for the "
              ".jsonl.gz bomb, 4.9 GB for 8 pages of 200,000 characters)")
        web = None
        if not args.skip_web:
            web = run_web(args.uploads, args.upload_kind, tmp, args.web_timeout)
            print_web(web)
        if args.json:
            args.json.write_text(json.dumps({"ingest": [asdict(r) for r in runs], "web": asdict(web) if web else None,
                                             "goal_mb": GOAL_MB, "cpus": os.cpu_count()}, indent=2))
        if args.keep:
            print(f"\nKept: {tmp}")
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
