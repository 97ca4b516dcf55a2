"""Events on real news (issue 12): topic controls, annotated real articles and the PLOVER GSR, side by side with a base commit.

Usage::

    python bench/realnews_events.py --base REV [--only topics|gold|written|gsr] [--limit N] [--show N] [--errors N] [--json FILE]
                                    [--counted-at T,T,...]
                                    [--gold-dir DIR] [--realnews-dir DIR] [--geoparsing-dir DIR] [--topics-dir DIR]
                                    [--gsr-data FILE]

Every figure is printed for the code at ``REV`` ("base") and for the work tree,
in one run: ``figure | base | work tree | change``. ``--only`` may be repeated;
``--limit N`` keeps the first N articles of each topic and of each gold file
(and the first N GSR records); ``--show N`` prints the N off-topic articles
(sport, entertainment, tech) with the most events in the work tree, each event
as its type, status, trigger and a short clause around it (never the story);
``--errors N`` prints, for the gold ``tune`` split only (of every gold set,
``local`` to ``local_k``, ``bbc`` to ``bbc_e``, ``zyte`` to ``zyte_e``, ``polnear`` to
``polnear_d`` included),
up to N of the work tree's counted events that match no gold ``current`` event, the same way, each marked
``unmatched`` or with the status the gold gives the event it matches. ``--counted-at T,T,...`` prints, for the
work tree, the counted precision and current recall of the gold tune halves, the test halves, the written and the
held-out sets if the signal counted from each confidence threshold T (``counted_curve``): a model retrained or an
encoder changed moves its calibration, and the threshold that matches is chosen on the tune halves only.

Which sets may be tuned on: the gold ``tune`` split may be tuned on (news,
opinion, local to local_k, bbc to bbc_e, zyte to zyte_e, polnear to polnear_d); the gold
``test`` split is reported only (never read to write rules). ``topics_bbc_dev`` and the PLOVER GSR are development sets (the
GSR's held-out half is scored only, as ``bench/events.py`` says).

How each side runs
------------------
The base is a ``git archive`` of REV's ``hotspot/`` and ``bench/`` under
``$TMPDIR/hotspot-realnews/<commit>/tree``; the work tree is this checkout. Each
side runs in its own subprocess (the same interpreter and installed packages,
``PYTHONPATH`` = that side's root, ``PYTHONHASHSEED=0``, OMP/OpenBLAS/MKL at one
thread), which checks that ``hotspot`` was imported from that root; both the
tree and the subprocess come from ``bench/codeat.py``. Analysis
uses only API that both versions have: one
``hotspot.records.Article(id, source, text, published, language="en")`` per text
(clean text, kept verbatim, so offsets index it), run through
``hotspot.pipeline.Analyzer().reanalyze(articles)``; the side's raw events
(type, mode, trigger and sentence spans, the flags ``hypothetical``, ``future``,
``negated``, ``historical``, ``alleged`` when the record has it, whether
``reported_by`` is set, actor and recipient texts, date value) are read from
``article.events`` with defaults for fields one version lacks. The base's raw
predictions are cached per commit and input (``$TMPDIR/hotspot-realnews/<commit>/``,
keyed by a hash of the texts and dates); the work tree is never cached, so a
re-run costs only the work tree. Scoring happens here, on the raw predictions.

Status of a predicted event, from its flags, first that holds: ``negated`` >
``hypothetical`` > ``future`` > ``alleged`` (only when the record has that
field) > ``historical`` (True; None = unknown is not historical) > ``current``.
A predicted event is *counted* when the side's own signal counts it: its
``counts_as_new`` (``hotspot.records``; before events v20 ``hotspot.connect.signals``)
on the event, which since events v20 also asks a classifier confidence of at
least ``records.COUNTED_CONFIDENCE``; a version with neither counts status
``current``. The type compared is the record's ``type`` (the act itself; ``plover_type``'s statement reading is not applied), as the gold codes
the act with its status.

1. topics (``topics_bbc_dev/<topic>/*.txt``, each file whole as clean text, no
   published date), per topic (business, entertainment, politics, sport, tech)
   and for the three off-topic ones together: articles; events per article;
   share of articles with at least one event; events per 1,000 words
   (whitespace-separated words of the file); counted events per article; the
   five most common types; articles the analyzer failed on.
2. gold (``bench/gold/realnews_events_news.jsonl`` and
   ``realnews_events_opinion.jsonl``, the format of issue 12's gold spec, and
   ``localnews_events.jsonl``, ``localnews_events_b.jsonl``, ``localnews_events_c.jsonl`` and
   ``localnews_events_d.jsonl``, the same format; a file that is absent is
   skipped with a message). Each article's text: for a news
   page ``en/html/<stem>.html``, ``title + "\\n\\n" + "\\n\\n".join(paragraphs)`` of
   ``realnews_dev/gold/html/<stem>.json`` (``paragraphs`` a list, or a string
   holding a Python list literal); for an opinion piece, the file
   ``realnews_dev/<file>`` decoded as UTF-8 as it is; for ``lgl/<docid>`` and
   ``gwn/<file>``, the ``<text>`` of that article of
   ``geoparsing_dev/lgl_dev.xml`` or ``GWN_dev.xml`` as ``xml.etree`` reads it
   (each file parsed once). ``published`` = the
   record's ``reference_date`` (as given: a day, a month or none). Matching,
   per article: a predicted event can match a gold event when its trigger lies
   inside the gold event's ``sentence`` span and the types are equal; pairs are
   taken one-to-one, nearest first (character gap between the two triggers, 0
   when they overlap; ties by gold then predicted order). Figures, per set
   (news, opinion) and per split (tune, test, all) and over both sets:

   - event precision = matched / predicted events; recall = matched / gold
     events; F1 their harmonic mean;
   - counted precision = predicted counted events matched to a gold event whose
     status is ``current`` / predicted counted events;
   - current recall = gold ``current`` events matched by a predicted counted
     event / gold ``current`` events;
   - status accuracy = matched pairs whose predicted status equals the gold
     status / matched pairs (the confusion is kept in ``--json``);
   - actor (recipient) accuracy = matched pairs whose gold event names an actor
     (recipient) span and one of the predicted actors' (recipients') spans
     shares a character with it or is written with the same words (the gold's
     offsets come from searching its label in the sentence, so a second 'he'
     may carry the first one's) / matched pairs whose gold event names one. A
     pronoun counts where it is written (the gold marks 'they', not its
     antecedent; the system keeps the pronoun's span and adds the antecedent's
     canonical actor); an event coded to the country it happens in is right
     only when that place is the gold participant.

   Gold triggers whose offsets do not reproduce the trigger text are counted
   and reported (a check on the gold file, not on the system).

   The set ``local`` (``localnews_events.jsonl``: 30 US local news articles of
   2009 from LGL and 10 web news articles of 2018 from GeoWebNews, every 10th of
   the geoparsing development files, mostly non-political, annotated with the
   same definitions; bench/gold/README.md) measures the events on ordinary news.
   Its rows ``local/tune``, ``local/test`` and ``local/all`` are printed in a
   table of their own and are never inside ``all``, so that ``all`` stays the
   news and opinion pages of the earlier figures. Its tune split may be tuned
   on, its test split is reported only, like the others. The set ``local_b``
   (``localnews_events_b.jsonl``: the articles between those, LGL positions 5,
   15, ... 285 and GWN 5, 15, ... 95, annotated the same way and frozen before
   any system output was seen on them) is a second batch of the same kind, with
   rows ``local_b/tune``, ``local_b/test`` and ``local_b/all`` in the same table,
   also never inside ``all``; the two batches are kept apart so that figures of
   ``local`` stay comparable with earlier runs. The sets ``local_c``
   (``localnews_events_c.jsonl``: LGL positions 2, 12, ... 292 and GWN 2, 12,
   ... 92) and ``local_d`` (``localnews_events_d.jsonl``: LGL 7, 17, ... 287 and
   GWN 7, 17, ... 87) are a third and a fourth batch, each frozen by its own
   commit before any system output was seen on it, with rows ``local_c/*`` and
   ``local_d/*`` in the same table, likewise never inside ``all``. The set ``bbc``
   (``bbc_politics_events.jsonl``: 36 BBC politics stories of 2004-05 from
   ``topics_bbc_dev/politics``, annotated blind, split alternately) is a second
   real-news check, printed in its own table, never inside ``all``; ``bbc_b``
   (``bbc_politics_events_b.jsonl``: 37 more, every fifth file from the third,
   annotated blind by two annotators) is printed in the same table.
3. written (``bench/gold/written_events.jsonl``): 48 texts written and annotated
   for the project, each line its own text and ``reference_date`` (the format of
   ``train/events_en/``), scored like the gold above as one set ``written``
   (split ``test``: nothing is tuned on it; its errors are never listed), and
   printed apart, never inside ``all``: made-up texts are easier than real ones
   and are no substitute for them. They were written for the classifier's
   training and left out of it (bench/gold/README.md says why).
4. heldout (``train/events_en/heldout/*.jsonl``): texts in the training format, written blind to the system and
   kept out of the models' training (``train/events_en/README.md``), scored like ``written`` as one set
   ``heldout``; their errors were read to write rules (events v32, v33), so they are a check of the models, not of
   the rules.
5. gsr: ``bench/events.py --json FILE`` of each side's own tree (its own
   method: the top event's ``plover_type`` per GSR sentence), reading the
   Hotspot macro-F1 and accuracy of the ``dev`` half, the held-out half and
   ``all``. The base's JSON is cached per commit.

Runtime: per side, the model load, the seconds per set after it, and the wall
seconds of the analysis subprocess and of ``bench/events.py`` are printed and
written to ``--json``. Exit status 0; 2 when an input set is missing; a side
that fails stops the run with its error output (status 1).
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import re
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any

import codeat  # beside this script

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent
SHARED = REPO_ROOT.parent / "shared" / "benchmarks"
TOPICS_DIR = SHARED / "topics_bbc_dev"
REALNEWS_DIR = SHARED / "realnews_dev"
GEOPARSING_DIR = SHARED / "geoparsing_dev"
ZYTE_GROUND_TRUTH = SHARED / "extraction_zyte" / "ground-truth.json"
POLNEAR_TEXTS = SHARED / "polnear_dev" / "text"
GOLD_DIR = REPO_ROOT / "bench" / "gold"
GSR_DATA = SHARED / "plover" / "plover_gsr" / "plover_gsr_normalized.jsonl"

TOPICS = ("business", "entertainment", "politics", "sport", "tech")
OFF_TOPIC = ("entertainment", "sport", "tech")
GOLD_FILES = {"news": "realnews_events_news.jsonl", "opinion": "realnews_events_opinion.jsonl",
              "local": "localnews_events.jsonl", "local_b": "localnews_events_b.jsonl",
              "local_c": "localnews_events_c.jsonl", "local_d": "localnews_events_d.jsonl",
              "local_e": "localnews_events_e.jsonl", "local_f": "localnews_events_f.jsonl",
              "local_g": "localnews_events_g.jsonl", "local_h": "localnews_events_h.jsonl",
              "local_i": "localnews_events_i.jsonl", "local_j": "localnews_events_j.jsonl",
              "local_k": "localnews_events_k.jsonl",
              "bbc": "bbc_politics_events.jsonl", "bbc_b": "bbc_politics_events_b.jsonl",
              "bbc_c": "bbc_politics_events_c.jsonl", "bbc_d": "bbc_politics_events_d.jsonl",
              "bbc_e": "bbc_politics_events_e.jsonl",
              "zyte": "zyte_events.jsonl", "zyte_b": "zyte_events_b.jsonl", "zyte_c": "zyte_events_c.jsonl",
              "zyte_d": "zyte_events_d.jsonl", "zyte_e": "zyte_events_e.jsonl",
              "polnear": "polnear_events.jsonl",
              "polnear_b": "polnear_b_events.jsonl", "polnear_c": "polnear_c_events.jsonl",
              "polnear_d": "polnear_d_events.jsonl"}
LOCAL_SETS = ("local", "local_b", "local_c", "local_d", "local_e", "local_f", "local_g", "local_h", "local_i",
              "local_j", "local_k")
BBC_SETS = ("bbc", "bbc_b", "bbc_c", "bbc_d", "bbc_e")
"""Real BBC politics stories of 2004-05 (``topics_bbc_dev/politics``), annotated blind: a real-news check of another
time and country, in its own table."""
ZYTE_SETS = ("zyte", "zyte_b", "zyte_c", "zyte_d", "zyte_e")
"""Real web pages of 2019 (the Zyte extraction benchmark's ``articleBody``): commentary, reviews and fact-checks as well as
political news (``zyte``), and ordinary pages of every kind, most with nothing political in them (``zyte_b`` to
``zyte_e``: cars, sport, games, science, health, recipes, deals, business, a few world and crime stories), annotated
blind, in its own table."""
POLNEAR_SETS = ("polnear", "polnear_b", "polnear_c", "polnear_d")
"""Real US political news of 2016 (PolNeAR's development texts, ``polnear_dev/text``), dense with campaign speech,
annotated blind for events, in its own table."""
APART_SETS = LOCAL_SETS + BBC_SETS + ZYTE_SETS + POLNEAR_SETS
"""Gold sets scored beside ``all``, never inside it, so that ``all`` stays the news and opinion pages of earlier figures."""
APART_TABLES = (
    (LOCAL_SETS, "ordinary local and web news (LGL, GeoWebNews"),
    (BBC_SETS, "BBC politics stories of 2004-05 (topics_bbc_dev"),
    (ZYTE_SETS, "real web pages of 2019 (extraction_zyte: commentary, reviews, fact-checks, political news; "
                "zyte_b to zyte_e ordinary pages"),
    (POLNEAR_SETS, "US political news of 2016 (polnear_dev texts"),
)
"""The sets of each table printed beside ``all``, with the start of its title."""
GEOPARSING_FILES = {"lgl": ("lgl_dev.xml", "docid"), "gwn": ("GWN_dev.xml", "file")}
"""Gold file prefix -> the geoparsing file its texts come from and the attribute naming an article there."""
WRITTEN_FILE = "written_events.jsonl"
"""48 texts written and annotated for the project (bench/gold/README.md), scored apart from the real articles."""
HELDOUT_DIR = REPO_ROOT / "train" / "events_en" / "heldout"
"""Training-format texts written blind to the system and kept out of the models' training (train/events_en/README.md)."""
SPLITS = ("tune", "test", "check", "all")  # "check": the held-out half of a project-written set (bench/realnews_ru.py)
STATUSES = ("current", "historical", "future", "hypothetical", "negated", "alleged")
FORMAT = "3"  # version of the raw-prediction records; part of the cache key (2: participant spans; 3: counts)
TUNING = ("tuning: gold 'tune' split may be tuned on (news, opinion, local to local_k, bbc to bbc_e, zyte to zyte_e, "
          "polnear to polnear_d); "
          "gold 'test' split reported only; "
          "topics_bbc_dev and the PLOVER GSR are development sets (GSR held-out half scored only)")

Item = dict[str, Any]


# ---------------------------------------------------------------- the analysis subprocess (runs inside one side's tree)

def _event_record(ev: Any) -> Item:
    """One event as plain data, with defaults for fields a version may lack."""
    trigger, sentence, date = ev.trigger, getattr(ev, "sentence", None), getattr(ev, "date", None)
    record: Item = {
        "type": ev.type,
        "mode": getattr(ev, "mode", None),
        "trigger": [trigger.start, trigger.end, trigger.text],
        "sentence": [sentence.start, sentence.end] if sentence is not None else None,
        "hypothetical": bool(getattr(ev, "hypothetical", False)),
        "future": bool(getattr(ev, "future", False)),
        "negated": bool(getattr(ev, "negated", False)),
        "historical": getattr(ev, "historical", None),
        "has_alleged": hasattr(ev, "alleged"),
        "alleged": bool(getattr(ev, "alleged", False)),
        "reported_by": getattr(ev, "reported_by", None) is not None,
        "actor": [a.text for a in getattr(ev, "actor", None) or []],
        "recipient": [a.text for a in getattr(ev, "recipient", None) or []],
        "actor_spans": [[a.start, a.end] for a in getattr(ev, "actor", None) or []],
        "recipient_spans": [[a.start, a.end] for a in getattr(ev, "recipient", None) or []],
        "date": getattr(date, "value", None) if date is not None else None,
    }
    if record["historical"] is not None:
        record["historical"] = bool(record["historical"])
    record["counts"] = _counts(ev)
    record["confidence"] = getattr(ev, "confidence", None)
    record["told_real"] = _told_real(ev)
    return record


def _told_real(ev: Any) -> bool | None:
    """Whether the side's rules tell the event as real and new, whatever its confidence (``told_as_real``), None for a
    version without it: what ``--counted-at`` counts at another threshold."""
    try:
        from hotspot.records import told_as_real
    except ImportError:
        return None
    return bool(told_as_real(ev))


def _counts(ev: Any) -> bool | None:
    """Whether the side's own signal counts the event (its ``counts_as_new``), None for a version without one."""
    try:
        from hotspot.records import counts_as_new  # events v20 on: status and the classifier's confidence
    except ImportError:
        try:
            from hotspot.connect.signals import counts_as_new  # before: status alone
        except ImportError:
            return None
    return bool(counts_as_new(ev))


def _worker(job_path: Path, out_path: Path, code_root: Path) -> int:
    """Analyse the job's sets with the ``hotspot`` of ``code_root`` and write the raw events per article."""
    hotspot = codeat.import_hotspot(code_root, HERE)
    from hotspot.pipeline import Analyzer
    from hotspot.records import Article

    job = json.loads(job_path.read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    analyzer = Analyzer()
    list(analyzer.reanalyze([Article(id="warm-up", source="warm-up", text="The minister met the envoy in Paris.", language="en")]))
    out: Item = {"hotspot": hotspot.__file__, "load_s": time.perf_counter() - t0, "sets": {}, "seconds": {}}
    for name, items in job["sets"].items():
        t1 = time.perf_counter()
        articles = [Article(id=i["id"], source=i["id"], text=i["text"], published=i["published"], language="en") for i in items]
        texts = {i["id"]: i["text"] for i in items}
        predictions: dict[str, Item] = {}
        for result in analyzer.reanalyze(articles):
            article = result.article
            if result.status != "analyzed" or article is None:
                predictions[result.source] = {"error": str(result.reason), "events": []}
                continue
            predictions[result.source] = {
                "events": [_event_record(ev) for ev in article.events],
                "text_changed": article.text != texts[result.source],
            }
        out["sets"][name] = predictions
        out["seconds"][name] = time.perf_counter() - t1
    out_path.write_text(json.dumps(out), encoding="utf-8")
    return 0


# ---------------------------------------------------------------- sides: base tree, work tree, subprocesses, cache

def _key(payload: Any) -> str:
    return hashlib.sha1((FORMAT + json.dumps(payload, sort_keys=True)).encode()).hexdigest()[:12]


class Side:
    """One version of the code: the base (a commit, cached) or the work tree (never cached)."""

    def __init__(self, label: str, root: Path, commit: str | None) -> None:
        self.label, self.root, self.commit = label, root, commit
        self.runtime: dict[str, float | str] = {}

    def _cached(self, name: str) -> Path | None:
        return codeat.folder("realnews", self.commit) / name if self.commit else None

    def analyse(self, sets: dict[str, list[Item]]) -> dict[str, dict[str, Item]]:
        """Raw events per set and article id: from the cache where the base has them, else from one subprocess."""
        found: dict[str, dict[str, Item]] = {}
        todo: dict[str, list[Item]] = {}
        for name, items in sets.items():
            path = self._cached(f"{name}-{_key([[i['id'], i['text'], i['published']] for i in items])}.json")
            if path is not None and path.exists():
                found[name] = json.loads(path.read_text(encoding="utf-8"))
                self.runtime[name] = "cached"
            else:
                todo[name] = items
        if todo:
            codeat.probe(self.root)  # before the clock starts: the wall time is the analysis alone
            with tempfile.TemporaryDirectory(prefix="realnews-events-") as tmp:
                job, out = Path(tmp) / "job.json", Path(tmp) / "out.json"
                job.write_text(json.dumps({"sets": todo}), encoding="utf-8")
                t0 = time.perf_counter()
                done = codeat.run_python(self.root, str(Path(__file__).resolve()), "--worker", str(job), str(out), str(self.root))
                wall = time.perf_counter() - t0
                if done.returncode != 0 or not out.exists():
                    raise SystemExit(f"analysis failed for the {self.label} ({self.root}):\n{done.stderr[-3000:]}")
                result = json.loads(out.read_text(encoding="utf-8"))
            self.runtime["model_load_s"] = round(result["load_s"], 1)
            self.runtime["analysis_wall_s"] = round(float(self.runtime.get("analysis_wall_s", 0.0)) + wall, 1)
            for name, items in todo.items():
                found[name] = result["sets"][name]
                self.runtime[name] = round(result["seconds"][name], 1)
                path = self._cached(f"{name}-{_key([[i['id'], i['text'], i['published']] for i in items])}.json")
                if path is not None:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_text(json.dumps(found[name]), encoding="utf-8")
        return found

    def gsr(self, data: Path, limit: int | None) -> Item | None:
        """``bench/events.py --json`` of this side's tree (the base's cached), or None when the tree has no such script."""
        script = self.root / "bench" / "events.py"
        path = self._cached(f"gsr-{_key([hashlib.sha1(data.read_bytes()).hexdigest(), limit])}.json")
        if path is not None and path.exists():
            self.runtime["gsr"] = "cached"
            return dict(json.loads(path.read_text(encoding="utf-8")))
        if not script.exists():
            return None
        codeat.probe(self.root)
        with tempfile.TemporaryDirectory(prefix="realnews-gsr-") as tmp:
            out = Path(tmp) / "gsr.json"
            options = ["--data", str(data), "--json", str(out)] + (["--limit", str(limit)] if limit else [])
            t0 = time.perf_counter()
            done = codeat.run_python(self.root, str(script), *options)
            self.runtime["gsr"] = round(time.perf_counter() - t0, 1)
            if done.returncode != 0 or not out.exists():
                raise SystemExit(f"bench/events.py failed for the {self.label}:\n{done.stderr[-3000:]}")
            figures = dict(json.loads(out.read_text(encoding="utf-8")))
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(figures), encoding="utf-8")
        return figures


# ---------------------------------------------------------------- inputs

def _decode(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def topic_items(topics_dir: Path, limit: int | None) -> tuple[list[Item], dict[str, Item]]:
    """The topic articles to analyse, and per id its topic, word count and text (for ``--show``)."""
    items: list[Item] = []
    meta: dict[str, Item] = {}
    for topic in TOPICS:
        files = sorted((topics_dir / topic).glob("*.txt"))[: limit or None]
        for path in files:
            text = _decode(path)
            ident = f"{topic}/{path.name}"
            items.append({"id": ident, "text": text, "published": None})
            meta[ident] = {"topic": topic, "words": len(text.split()), "text": text}
    return items, meta


_GEOPARSING_TEXTS: dict[Path, dict[str, str]] = {}
_ZYTE_BODIES: dict[Path, dict[str, str]] = {}


def _zyte_body(path: Path, ident: str) -> str:
    """The ``articleBody`` of one page of the Zyte extraction benchmark's ground truth (its clean text, read once)."""
    if path not in _ZYTE_BODIES:
        _ZYTE_BODIES[path] = {k: str(v["articleBody"]) for k, v in json.loads(_decode(path)).items()}
    return _ZYTE_BODIES[path][ident]


def _geoparsing_texts(path: Path, key: str) -> dict[str, str]:
    """Article id -> ``<text>`` of one geoparsing XML file, parsed once per path (it holds hundreds of articles)."""
    if path not in _GEOPARSING_TEXTS:
        _GEOPARSING_TEXTS[path] = {e.get(key, ""): e.findtext("text") or "" for e in ET.parse(path).getroot().iter("article")}
    return _GEOPARSING_TEXTS[path]


def gold_text(realnews_dir: Path, file: str, geoparsing_dir: Path = GEOPARSING_DIR, topics_dir: Path = TOPICS_DIR) -> str:
    """An annotated article's text, exactly as the gold spec builds it (``lgl/``, ``gwn/``: the geoparsing XML's text;
    ``politics/``: a BBC story of ``topics_bbc_dev``, the whole file; ``zyte/``: a page's ``articleBody`` in the
    ground truth of ``extraction_zyte``; ``polnear/``: a text of ``polnear_dev``, the whole file)."""
    prefix, _, ident = file.partition("/")
    if prefix == "zyte":
        return _zyte_body(ZYTE_GROUND_TRUTH, ident)
    if prefix == "polnear":
        return _decode(POLNEAR_TEXTS / ident)
    if prefix in TOPICS:
        return _decode(topics_dir / prefix / ident)
    if prefix in GEOPARSING_FILES:
        filename, key = GEOPARSING_FILES[prefix]
        return _geoparsing_texts(geoparsing_dir / filename, key)[ident]
    if file.startswith("en/html/"):
        page = json.loads(_decode(realnews_dir / "gold" / "html" / (Path(file).stem + ".json")))
        paragraphs = page["paragraphs"]
        if isinstance(paragraphs, str):
            paragraphs = ast.literal_eval(paragraphs)
        return str(page["title"]) + "\n\n" + "\n\n".join(paragraphs)
    return _decode(realnews_dir / file)


def gold_sets(gold_dir: Path, realnews_dir: Path, limit: int | None,
              geoparsing_dir: Path = GEOPARSING_DIR, topics_dir: Path = TOPICS_DIR) -> dict[str, list[Item]]:
    """Per gold set present: its records in file order, each with the article's text."""
    sets: dict[str, list[Item]] = {}
    for name, filename in GOLD_FILES.items():
        path = gold_dir / filename
        if not path.exists():
            print(f"gold: {path} absent, set '{name}' skipped")
            continue
        records = [json.loads(line) for line in _decode(path).splitlines() if line.strip()][: limit or None]
        try:
            for record in records:
                record["text"] = gold_text(realnews_dir, record["file"], geoparsing_dir, topics_dir)
        except FileNotFoundError as missing:
            print(f"gold: a text of set '{name}' is absent ({missing.filename}), set skipped")
            continue
        sets[name] = records
    return sets


def heldout_records(folder: Path, limit: int | None) -> list[Item]:
    """The held-out training-format texts (``HELDOUT_DIR``, every ``*.jsonl``), as gold records of split ``test``."""
    records: list[Item] = []
    for path in sorted(folder.glob("*.jsonl")):
        records += [json.loads(line) for line in _decode(path).splitlines() if line.strip()]
    if not records:
        print(f"heldout: no texts in {folder}, skipped")
    return [{**r, "file": r["id"], "split": "test"} for r in records[: limit or None]]


def written_records(gold_dir: Path, limit: int | None) -> list[Item]:
    """The project-written texts (``WRITTEN_FILE``), as gold records of split ``test``, each its own text."""
    path = gold_dir / WRITTEN_FILE
    if not path.exists():
        print(f"written: {path} absent, skipped")
        return []
    records = [json.loads(line) for line in _decode(path).splitlines() if line.strip()][: limit or None]
    return [{**r, "file": r["id"], "split": "test"} for r in records]


# ---------------------------------------------------------------- scoring

def status(event: Item) -> str:
    """The predicted status: the first flag that holds, in the order negated, hypothetical, future, alleged, historical."""
    if event["negated"]:
        return "negated"
    if event["hypothetical"]:
        return "hypothetical"
    if event["future"]:
        return "future"
    if event.get("has_alleged") and event.get("alleged"):
        return "alleged"
    if event["historical"] is True:
        return "historical"
    return "current"


def counted(event: Item) -> bool:
    """What the side's signal counts (``counts`` from its own ``counts_as_new``), else status ``current``."""
    counts = event.get("counts")
    return status(event) == "current" if counts is None else bool(counts)


def _ratio(a: float, b: float) -> float | None:
    return a / b if b else None


def score_topics(meta: dict[str, Item], predictions: dict[str, Item]) -> dict[str, Item]:
    groups = {topic: [i for i, m in meta.items() if m["topic"] == topic] for topic in TOPICS}
    groups["off-topic"] = [i for i, m in meta.items() if m["topic"] in OFF_TOPIC]
    figures: dict[str, Item] = {}
    for name, ids in groups.items():
        if not ids:
            continue
        events = [predictions.get(i, {"events": []})["events"] for i in ids]
        n_events = sum(len(e) for e in events)
        words = sum(meta[i]["words"] for i in ids)
        types = Counter(ev["type"] for evs in events for ev in evs)
        figures[name] = {
            "articles": len(ids),
            "events_per_article": n_events / len(ids),
            "share_with_event": sum(1 for e in events if e) / len(ids),
            "events_per_1000_words": 1000 * n_events / words if words else None,
            "counted_per_article": sum(counted(ev) for evs in events for ev in evs) / len(ids),
            "top_types": types.most_common(5),
            "failed": sum(1 for i in ids if "error" in predictions.get(i, {})),
        }
    return figures


def _overlaps(spans: list[list[int]], gold: list[int], text: str | None = None) -> bool:
    """Whether one predicted participant span shares a character with the gold one, or (given the text) is written
    with the same words: the gold's offsets were found by searching its label in the sentence, so a second 'he' or
    'Belarus' of a sentence may carry the first one's offsets."""
    said = " ".join(text[gold[0]:gold[1]].lower().split()) if text is not None else None
    return any((a < gold[1] and gold[0] < b) or (said is not None and " ".join(text[a:b].lower().split()) == said)
               for a, b in spans)


def match(predicted: list[Item], gold: list[Item]) -> dict[int, int]:
    """Gold index → predicted index: same type, trigger inside the gold sentence, one-to-one, nearest triggers first."""
    pairs = []
    for gi, g in enumerate(gold):
        s0, s1 = g["sentence"]
        for pi, p in enumerate(predicted):
            t0, t1 = p["trigger"][0], p["trigger"][1]
            if s0 <= t0 and t1 <= s1 and p["type"] == g["type"]:
                gap = 0 if t0 < g["end"] and g["start"] < t1 else min(abs(t0 - g["end"]), abs(g["start"] - t1))
                pairs.append((gap, gi, pi))
    taken_g: dict[int, int] = {}
    taken_p: set[int] = set()
    for _, gi, pi in sorted(pairs):
        if gi not in taken_g and pi not in taken_p:
            taken_g[gi] = pi
            taken_p.add(pi)
    return taken_g


COUNTS = ("articles", "gold", "predicted", "matched", "predicted_counted", "counted_matched_current", "gold_current",
          "gold_current_found", "status_right", "gold_offset_mismatch", "failed",
          "gold_actor", "actor_right", "gold_recipient", "recipient_right")

COUNTED_KINDS = ("no event in the sentence", "another type in the sentence", "a second trigger of a gold event",
                 "historical", "alleged", "hypothetical", "future", "negated")
"""What a counted event that is not a gold current event is, by the gold: no gold event in its sentence at all (a
sense, topic or metaphor error), only gold events of other types there (a typing error), only gold events of its type
already matched to another trigger (one act coded twice), or a gold event of another status. Counts, never a list: the
test halves' errors are not read, but where they lie (detection, type or status) says which stage to work on."""


def _counted_kind(event: Item, matched: Item | None, gold: list[Item]) -> str:
    """The ``COUNTED_KINDS`` entry of a counted event that is not a gold current event."""
    if matched is not None:
        return str(matched["status"])
    start = event["trigger"][0]
    same = [g for g in gold if g["sentence"][0] <= start < g["sentence"][1]]
    if not same:
        return COUNTED_KINDS[0]
    return COUNTED_KINDS[2] if any(g["type"] == event["type"] for g in same) else COUNTED_KINDS[1]


def score_gold(sets: dict[str, list[Item]], predictions: dict[str, dict[str, Item]]) -> dict[str, Item]:
    """Counts and figures per ``<set>/<split>``, set ``all`` being every set but those of ``APART_SETS`` and split
    ``all`` both splits."""
    tallies: dict[str, Counter[str]] = {}
    confusion: dict[str, Counter[str]] = {}
    for name, records in sets.items():
        for record in records:
            entry = predictions[name].get(record["file"], {"events": [], "error": "not analysed"})
            pred, gold, text = entry["events"], record["events"], record["text"]
            pairs = match(pred, gold)
            c: Counter[str] = Counter(articles=1, gold=len(gold), predicted=len(pred), matched=len(pairs),
                                      failed=int("error" in entry))
            c["predicted_counted"] = sum(counted(p) for p in pred)
            c["gold_current"] = sum(g["status"] == "current" for g in gold)
            conf: Counter[str] = Counter()
            by_pred = {pi: gi for gi, pi in pairs.items()}
            for pi, p in enumerate(pred):
                if counted(p) and not (pi in by_pred and gold[by_pred[pi]]["status"] == "current"):
                    c[f"counted_as:{_counted_kind(p, gold[by_pred[pi]] if pi in by_pred else None, gold)}"] += 1
            for gi, pi in pairs.items():
                g, p = gold[gi], pred[pi]
                if counted(p) and g["status"] == "current":
                    c["counted_matched_current"] += 1
                    c["gold_current_found"] += 1
                c["status_right"] += status(p) == g["status"]
                for role in ("actor", "recipient"):
                    if g.get(f"{role}_span"):
                        c[f"gold_{role}"] += 1
                        c[f"{role}_right"] += _overlaps(p.get(f"{role}_spans", []), g[f"{role}_span"], text)
                conf[f"{g['status']}->{status(p)}"] += 1
            c["gold_offset_mismatch"] = sum(text[g["start"]:g["end"]] != g["trigger"] for g in gold)
            groups = (f"{name}/{record['split']}", f"{name}/all")
            if name not in APART_SETS:
                groups += (f"all/{record['split']}", "all/all")
            for group in groups:
                tallies.setdefault(group, Counter()).update(c)
                confusion.setdefault(group, Counter()).update(conf)
    figures: dict[str, Item] = {}
    for group in [f"{s}/{sp}" for s in (*sets, "all") for sp in SPLITS]:
        if group not in tallies:
            continue
        c = tallies[group]
        p, r = _ratio(c["matched"], c["predicted"]), _ratio(c["matched"], c["gold"])
        figures[group] = {
            "counts": {k: c[k] for k in COUNTS} | {f"counted_as:{k}": c[f"counted_as:{k}"] for k in COUNTED_KINDS},
            "precision": p,
            "recall": r,
            "f1": (2 * p * r / (p + r) if p + r else 0.0) if p is not None and r is not None else None,
            "counted_precision": _ratio(c["counted_matched_current"], c["predicted_counted"]),
            "current_recall": _ratio(c["gold_current_found"], c["gold_current"]),
            "status_accuracy": _ratio(c["status_right"], c["matched"]),
            "actor_accuracy": _ratio(c["actor_right"], c["gold_actor"]),
            "recipient_accuracy": _ratio(c["recipient_right"], c["gold_recipient"]),
            "status_confusion": dict(sorted(confusion[group].items())),
        }
    return figures


def gsr_figures(report: Item | None) -> Item | None:
    if report is None:
        return None
    out: Item = {}
    for split in ("dev", "held-out", "all"):
        hotspot = report.get(split, {}).get("hotspot", {})
        out[split] = {"macro_f1": hotspot.get("macro_f1"), "accuracy": hotspot.get("accuracy"), "n": hotspot.get("n")}
    return out


# ---------------------------------------------------------------- printing

def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _row(figure: str, base: Any, work: Any) -> str:
    change = ""
    if isinstance(base, int | float) and isinstance(work, int | float) and not isinstance(base, bool):
        change = f"{work - base:+.3f}" if isinstance(base, float) or isinstance(work, float) else f"{work - base:+,}"
    return f"{figure:42} | {_fmt(base):>12} | {_fmt(work):>12} | {change:>8}"


def _header(title: str, base_label: str) -> None:
    print(f"\n{title}\n{'figure':42} | {base_label:>12} | {'work tree':>12} | {'change':>8}\n{'-' * 84}")


def _types(pairs: list[Any] | None) -> str:
    return ", ".join(f"{t} {n}" for t, n in pairs or []) or "-"


def print_topics(base: dict[str, Item], work: dict[str, Item], base_label: str) -> None:
    _header("topics_bbc_dev (development set; clean text, no date)", base_label)
    for name in (*TOPICS, "off-topic"):
        b, w = base.get(name), work.get(name)
        if not b or not w:
            continue
        for key, label in (("articles", "articles"), ("events_per_article", "events / article"),
                           ("share_with_event", "share with >= 1 event"), ("events_per_1000_words", "events / 1,000 words"),
                           ("counted_per_article", "counted events / article"), ("failed", "failed articles")):
            print(_row(f"{name}: {label}", b[key], w[key]))
        print(f"{'':42}   base top types: {_types(b['top_types'])}")
        print(f"{'':42}   work top types: {_types(w['top_types'])}")


def _clause(text: str, event: Item, words: int = 6) -> str:
    """A few words either side of the trigger, inside its sentence, on one line."""
    t0, t1 = event["trigger"][0], event["trigger"][1]
    s0, s1 = event["sentence"] if event.get("sentence") else (max(0, t0 - 200), t1 + 200)
    left = text[s0:t0].split()[-words:]
    right = text[t1:s1].split()[:words]
    clause = " ".join([*left, f"[{text[t0:t1]}]", *right])
    return re.sub(r"\s+", " ", clause)[:160]


def show_errors(sets: dict[str, list[Item]], predictions: dict[str, dict[str, Item]], n: int) -> None:
    """The work tree's counted events of the tune split that match no gold current event (never the test split)."""
    print(f"\nup to {n} counted events of the tune split matching no gold current event (work tree): type [trigger] clause")
    shown = 0
    for name, records in sets.items():
        for record in records:
            if record["split"] != "tune":
                continue
            pred = predictions[name].get(record["file"], {"events": []})["events"]
            by_pred = {pi: gi for gi, pi in match(pred, record["events"]).items()}
            for pi, event in enumerate(pred):
                gold_status = record["events"][by_pred[pi]]["status"] if pi in by_pred else None
                if not counted(event) or gold_status == "current":
                    continue
                if shown >= n:
                    return
                shown += 1
                print(f"  {record['file'][:28]:28} {event['type']:10} {gold_status or 'unmatched':12} {_clause(record['text'], event)}")


def show_worst(meta: dict[str, Item], predictions: dict[str, Item], n: int) -> None:
    ids = [i for i, m in meta.items() if m["topic"] in OFF_TOPIC]
    worst = sorted(ids, key=lambda i: (-len(predictions.get(i, {"events": []})["events"]), i))[:n]
    print(f"\n{n} off-topic articles with the most events (work tree): type/status [trigger] and a short clause")
    for ident in worst:
        events = predictions[ident]["events"]
        print(f"  {ident}: {len(events)} events, {sum(counted(e) for e in events)} counted")
        for ev in events[:8]:
            print(f"    {ev['type']:10} {status(ev):12} {_clause(meta[ident]['text'], ev)}")
        if len(events) > 8:
            print(f"    … and {len(events) - 8} more")


GOLD_ROWS = (("precision", "event precision"), ("recall", "event recall"), ("f1", "event F1"),
             ("counted_precision", "counted precision (current)"), ("current_recall", "current recall (counted)"),
             ("status_accuracy", "status accuracy (matched)"), ("actor_accuracy", "actor accuracy (matched)"),
             ("recipient_accuracy", "recipient accuracy (matched)"))


def print_pooled_tests(base: dict[str, Item], work: dict[str, Item], base_label: str, names: list[str],
                       part: str = "gold") -> None:
    """Every gold set's test half pooled (``<name>/test`` of each of ``names``): the honest counted precision and status
    accuracy over all real news scored. ``bench/realnews_ru.py`` prints its Russian sets with it too."""
    print(f"\n{part}: every test half pooled ({', '.join(names)}; reported only)")
    for label, figures in ((base_label, base), ("work tree", work)):
        c: Counter[str] = Counter()
        for name in names:
            c.update(figures.get(f"{name}/test", {}).get("counts", {}))
        counted_share = _ratio(c["counted_matched_current"], c["predicted_counted"])
        status_share = _ratio(c["status_right"], c["matched"])
        print(f"  {label:12}: counted precision {_fmt(counted_share)} ({c['counted_matched_current']} of "
              f"{c['predicted_counted']}), status accuracy {_fmt(status_share)} ({c['status_right']} of {c['matched']})")
        wrong = ", ".join(f"{c[f'counted_as:{kind}']} {kind}" for kind in COUNTED_KINDS if c[f"counted_as:{kind}"])
        print(f"  {'':12}  the counted ones that are no gold current event (counts only): {wrong or 'none'}")


def counted_curve(sets: dict[str, list[Item]], predictions: dict[str, dict[str, Item]],
                  thresholds: list[float]) -> dict[float, Counter[str]]:
    """Per threshold: the events told as real with a confidence of at least it (or none) that are counted, and of
    them those that match a gold current event, and the gold current events, over every record of ``sets``. The
    signal's own threshold is one point of this curve; another is a choice to make on the tune halves only."""
    curve: dict[float, Counter[str]] = {t: Counter() for t in thresholds}
    for name, records in sets.items():
        for record in records:
            pred = predictions[name].get(record["file"], {"events": []})["events"]
            by_pred = {pi: gi for gi, pi in match(pred, record["events"]).items()}
            current = sum(g["status"] == "current" for g in record["events"])
            for t, c in curve.items():
                c["gold_current"] += current
                for pi, p in enumerate(pred):
                    if not p.get("told_real") or (p.get("confidence") is not None and p["confidence"] < t):
                        continue
                    c["counted"] += 1
                    c["right"] += pi in by_pred and record["events"][by_pred[pi]]["status"] == "current"
    return curve


def parse_thresholds(text: str) -> list[float]:
    """``--counted-at``'s value, one parser for every script that takes it: confidences in [0, 1], comma-separated."""
    try:
        values = [float(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected numbers separated by commas (0.5,0.7), got {text!r}") from None
    if not values or not all(0.0 <= value <= 1.0 for value in values):
        raise argparse.ArgumentTypeError(f"expected confidences between 0 and 1, got {text!r}")
    return values


def print_counted_curve(parts: dict[str, tuple[dict[str, list[Item]], dict[str, dict[str, Item]]]],
                        thresholds: list[float]) -> None:
    """``--counted-at``: the work tree's counted precision and current recall at each threshold, per part."""
    print("\nwork tree: counted events at other confidence thresholds (--counted-at; choose on the tune halves only)")
    for part, (sets, predictions) in parts.items():
        for t, c in counted_curve(sets, predictions, thresholds).items():
            print(f"  {part:22} from {t:.2f}: counted precision {_fmt(_ratio(c['right'], c['counted']))} "
                  f"({c['right']} of {c['counted']}), current recall {_fmt(_ratio(c['right'], c['gold_current']))}")


def print_gold(base: dict[str, Item], work: dict[str, Item], base_label: str,
               title: str = "gold: annotated real articles (tune split may be tuned on; test split reported only)") -> None:
    _header(title, base_label)
    for group, w in work.items():
        b = base.get(group, {})
        counts_w, counts_b = w["counts"], b.get("counts", {})
        print(_row(f"{group}: articles", counts_b.get("articles"), counts_w["articles"]))
        print(_row(f"{group}: gold events", counts_b.get("gold"), counts_w["gold"]))
        print(_row(f"{group}: gold current events", counts_b.get("gold_current"), counts_w["gold_current"]))
        print(_row(f"{group}: predicted events", counts_b.get("predicted"), counts_w["predicted"]))
        print(_row(f"{group}: predicted counted events", counts_b.get("predicted_counted"), counts_w["predicted_counted"]))
        for key, label in GOLD_ROWS:
            print(_row(f"{group}: {label}", b.get(key), w.get(key)))
        if counts_w["gold_offset_mismatch"]:
            print(f"{'':42}   WARNING: {counts_w['gold_offset_mismatch']} gold triggers do not match their offsets")
        if counts_w["failed"] or counts_b.get("failed"):
            print(f"{'':42}   failed articles: base {counts_b.get('failed')}, work tree {counts_w['failed']}")


def print_gsr(base: Item | None, work: Item | None, base_label: str) -> None:
    _header("PLOVER GSR via bench/events.py (development set; held-out half scored only)", base_label)
    for split in ("dev", "held-out", "all"):
        for key in ("macro_f1", "accuracy"):
            print(_row(f"{split}: Hotspot {key}", (base or {}).get(split, {}).get(key), (work or {}).get(split, {}).get(key)))
    if base is None:
        print("  (the base tree has no bench/events.py)")


# ---------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--worker"]:
        return _worker(Path(argv[1]), Path(argv[2]), Path(argv[3]))
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--base", required=True, help="the commit to compare with (e.g. HEAD)")
    parser.add_argument("--only", choices=("topics", "gold", "written", "heldout", "gsr"), action="append",
                        help="run only these parts (repeatable)")
    parser.add_argument("--limit", type=int, default=None, help="first N articles per topic and per gold file, first N GSR records")
    parser.add_argument("--show", type=int, default=0, help="print the N off-topic articles with the most events (work tree)")
    parser.add_argument("--errors", type=int, default=0, help="print N counted events of the gold tune split that are wrong (work tree)")
    parser.add_argument("--json", type=Path, default=None, help="write every figure and the runtimes here")
    parser.add_argument("--counted-at", type=parse_thresholds, default=None, metavar="T,T,...",
                        help="also print the work tree's counted precision and recall at these confidence thresholds")
    parser.add_argument("--gold-dir", type=Path, default=GOLD_DIR)
    parser.add_argument("--realnews-dir", type=Path, default=REALNEWS_DIR)
    parser.add_argument("--geoparsing-dir", type=Path, default=GEOPARSING_DIR)
    parser.add_argument("--topics-dir", type=Path, default=TOPICS_DIR)
    parser.add_argument("--gsr-data", type=Path, default=GSR_DATA)
    args = parser.parse_args(argv)
    parts = args.only or ["topics", "gold", "written", "heldout", "gsr"]

    commit = codeat.commit_of(args.base)
    head = codeat.commit_of("HEAD")
    # uncommitted code the work tree runs (tracked or not); it is read as it is while the run goes on
    dirty = sorted({*codeat.git("diff", "--name-only", "HEAD", "--", "hotspot").split(),
                    *codeat.git("ls-files", "--others", "--exclude-standard", "--", "hotspot").split()})
    base = Side("base", codeat.tree("realnews", commit), commit)
    work = Side("work tree", REPO_ROOT, None)
    base_label = f"base {commit[:7]}"
    changes = f" + {len(dirty)} uncommitted files under hotspot/" if dirty else ""
    print(f"realnews_events: base {args.base} = {commit[:10]} vs work tree (HEAD {head[:10]}{changes})")
    print(TUNING)
    if args.limit:
        print(f"--limit {args.limit}: a partial run, not the figures of the sets")

    report: Item = {"base": {"rev": args.base, "commit": commit}, "work_tree": {"head": head, "dirty": dirty},
                    "limit": args.limit, "tuning": TUNING}
    status_code = 0

    sets: dict[str, list[Item]] = {}
    meta: dict[str, Item] = {}
    gold: dict[str, list[Item]] = {}
    if "topics" in parts:
        if not args.topics_dir.exists():
            print(f"topics: {args.topics_dir} not found, skipped")
            status_code = 2
        else:
            sets["topics"], meta = topic_items(args.topics_dir, args.limit)
    if "gold" in parts:
        gold = gold_sets(args.gold_dir, args.realnews_dir, args.limit, args.geoparsing_dir, args.topics_dir)
        for name, records in gold.items():
            sets[f"gold_{name}"] = [{"id": r["file"], "text": r["text"], "published": r.get("reference_date")} for r in records]

    written = written_records(args.gold_dir, args.limit) if "written" in parts else []
    if written:
        sets["written"] = [{"id": r["file"], "text": r["text"], "published": r.get("reference_date")} for r in written]
    heldout = heldout_records(HELDOUT_DIR, args.limit) if "heldout" in parts else []
    if heldout:
        sets["heldout"] = [{"id": r["file"], "text": r["text"], "published": r.get("reference_date")} for r in heldout]

    if sets:
        predicted = {side.label: side.analyse(sets) for side in (base, work)}
        if "topics" in sets:
            topics = {label: score_topics(meta, p["topics"]) for label, p in predicted.items()}
            print_topics(topics["base"], topics["work tree"], base_label)
            report["topics"] = topics
            if args.show:
                show_worst(meta, predicted["work tree"]["topics"], args.show)
        if gold:
            scored = {label: score_gold(gold, {n: p[f"gold_{n}"] for n in gold}) for label, p in predicted.items()}
            rows = {label: {g: f for g, f in figures.items() if g.split("/")[0] not in APART_SETS}
                    for label, figures in scored.items()}
            print_gold(rows["base"], rows["work tree"], base_label)
            for names, title in APART_TABLES:
                table = {label: {g: f for g, f in figures.items() if g.split("/")[0] in names}
                         for label, figures in scored.items()}
                if table["work tree"]:
                    print_gold(table["base"], table["work tree"], base_label, f"gold: {title}; tune split may be tuned "
                               "on; test split reported only; not in 'all')")
            print_pooled_tests(scored["base"], scored["work tree"], base_label, sorted(gold))
            if args.errors:
                show_errors(gold, {n: predicted["work tree"][f"gold_{n}"] for n in gold}, args.errors)
            report["gold"] = scored
            changed = sum(e.get("text_changed", False) for p in predicted.values() for n in gold for e in p[f"gold_{n}"].values())
            if changed:
                print(f"  WARNING: {changed} analysed texts came back changed: offsets may not index the gold text")

        for name, records, title in (
                ("written", written, "written: texts written and annotated for the project (never tuned on; scored apart)"),
                ("heldout", heldout, "heldout: training-format texts written blind, kept out of training (train/events_en/heldout/)")):
            if records:
                scored = {label: {g: f for g, f in score_gold({name: records}, {name: p[name]}).items() if g.startswith(f"{name}/")}
                          for label, p in predicted.items()}
                print_gold(scored["base"], scored["work tree"], base_label, title)
                report[name] = scored

    if "gsr" in parts:
        if not args.gsr_data.exists():
            print(f"gsr: {args.gsr_data} not found, skipped")
            status_code = 2
        else:
            gsr = {side.label: gsr_figures(side.gsr(args.gsr_data, args.limit)) for side in (base, work)}
            print_gsr(gsr["base"], gsr["work tree"], base_label)
            report["gsr"] = gsr

    if args.counted_at and sets:
        work_p = predicted["work tree"]
        curve_parts: dict[str, tuple[dict[str, list[Item]], dict[str, dict[str, Item]]]] = {}
        for split in ("tune", "test"):
            if gold:
                curve_parts[f"gold {split} halves"] = (
                    {n: [r for r in records if r["split"] == split] for n, records in gold.items()},
                    {n: work_p[f"gold_{n}"] for n in gold})
        for name, records in (("written", written), ("heldout", heldout)):
            if records:
                curve_parts[name] = ({name: records}, {name: work_p[name]})
        print_counted_curve(curve_parts, args.counted_at)

    report["runtime_s"] = {side.label: side.runtime for side in (base, work)}
    print("\nruntime (seconds; analysis per set after the model load, 'cached' = base read from the cache):")
    for side in (base, work):
        print(f"  {side.label:9}: " + (", ".join(f"{k} {v}" for k, v in side.runtime.items()) or "-"))
    if args.json:
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
        print(f"figures written to {args.json}")
    return status_code


if __name__ == "__main__":
    sys.exit(main())
