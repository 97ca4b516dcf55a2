"""Quotes and events on the annotated Russian news (issue 15), side by side with a base commit, with natasha alone for speed.

Usage::

    python bench/realnews_ru.py --base REV [--only events|quotes|speed|written] [--limit N] [--repeat N] [--errors N]
                                [--misses N] [--counted-at T,T,...] [--json FILE] [--gold-dir DIR] [--realnews-dir DIR]
                                [--factru-dir DIR]

Every figure is printed for the code at ``REV`` ("base") and for the work tree,
in one run: ``figure | base | work tree | change``. ``--only`` may be repeated
(``events`` and ``quotes`` share one analysis; ``speed`` adds natasha alone);
``--limit N`` keeps the first N articles of the gold files; ``--repeat N`` times
the work tree's pipeline and natasha alone N times each (default 3) and keeps
the fastest pass, because the machine is shared and a single 2-second pass is
noisy. ``--errors N`` prints up to N counted events of the work tree that match no
gold current event, from the ``tune`` halves only (real news, then factru, then the
written set), each as its type, the gold status it matched (or ``unmatched``), its
trigger and six words either side; ``--misses N`` prints up to N gold ``current``
events of the same tune halves that no counted event matches, with what the work
tree found in that sentence. Neither ever prints a test or check half. ``--counted-at T,T,...``
prints, for the work tree, the counted precision and current recall of each half (real news,
every factru batch pooled, the written set) at each confidence threshold, as
``realnews_events.py --counted-at`` does: a threshold is chosen on the tune halves only.

Gold, and what may be tuned on
------------------------------
``bench/gold/realnews_ru_events.jsonl`` and ``realnews_ru_quotes.jsonl`` (offsets
only, described in ``bench/gold/README_ru.md``): the 30 Russian texts of
``../shared/benchmarks/realnews_dev/`` (10 ODS news texts, 20 NEREL Wikinews
texts), annotated blind -- from the texts alone, before any Hotspot code was run
on them and without looking at any system output. Each file alternates
``split`` within its folder: 15 ``tune`` and 15 ``test`` articles. Rules and
word lists may be tuned on the ``tune`` split; the ``test`` split is reported
only (never read to write rules), so its figures are the honest ones.

``bench/gold/written_events_ru.jsonl`` (``--only written``): 40 short Russian texts
written and annotated for the project (same event format, the text inline, a
``reference_date`` each), split ``tune`` / ``check`` alternately. They are scored
as their own set ``written`` (never inside ``all``), with the events rule below;
the ``check`` half is reported only, like the real ``test`` half.

``bench/gold/factru_ru_events.jsonl`` (part of ``--only events``): 30 texts of the
factRuEval-2016 devset (``../shared/benchmarks/factru_dev/devset/``, ``--factru-dir``;
every 4th by sorted name), annotated blind in the same format (``file`` =
``factru/<name>.txt``, read whole as UTF-8 with its line ends, ``reference_date``
null for all), 15 ``tune`` and 15 ``test`` alternately. Mostly science, sport and
business news, few events. Scored as its own set ``factru`` with rows
``factru tune / test / all`` (never inside ``all``, as the English bench's ``local``
sets); its analysis is not timed. Its test half is reported only. A missing file or
folder skips the set with a message. ``bench/gold/factru_ru_events_b.jsonl``: 30 more
devset texts (positions 2, 6, … 118 by sorted name), annotated blind the same way,
scored as the set ``factru_b`` beside it when the file is there; ``factru_ru_events_c.jsonl``:
30 more (positions 1, 5, … 117), annotated blind by two annotators (15 texts each), the set
``factru_c``; ``factru_ru_events_d.jsonl``: the last 30 (positions 3, 7, … 119), the same way, the set
``factru_d``. One line then pools every test half's counted events and statuses (real news as ``all``, and each factru batch).

How each side runs
------------------
As ``bench/realnews_events.py``: the base is a ``git archive`` of REV's
``hotspot/`` and ``bench/`` under ``$TMPDIR/hotspot-realnews_ru/<commit>/tree``,
the work tree is this checkout, each runs in its own subprocess from
``bench/codeat.py`` (this interpreter, ``PYTHONPATH`` = that side's root,
``PYTHONHASHSEED=0``, OMP/OpenBLAS/MKL at one thread, ``hotspot`` checked to come
from that root). Each text is ``realnews_dev/<file>`` read whole as UTF-8 (title
line included) and analysed as clean text, so the gold offsets index it:
``hotspot.records.Article(id, source, text, published=reference_date or None,
language="ru")`` through ``hotspot.pipeline.Analyzer().reanalyze(articles)``. The
pipeline routes language ``ru`` to the Russian row of
``hotspot.understand.stages``; a version without that row skips the article
("skipped: language ru") and finds no facts, which scores as zero -- the
figures say how many articles each side understood. The raw events and quotes
are read from the article with defaults for fields a version lacks; the base's
are cached per commit and input (``$TMPDIR/hotspot-realnews_ru/<commit>/``), the
work tree's never are. Before timing, each subprocess analyses one English and
one Russian sentence, so both languages' parsers are loaded: the peak RSS is
that of a process holding both.

Events (the rule of ``bench/realnews_events.py``, whose scorer this script calls)
--------------------------------------------------------------------------------
The Russian gold's trigger ``[start, end, word]`` is read as the English gold's
``start``, ``end``, ``trigger``. A predicted event matches a gold event when its
trigger lies inside the gold event's ``sentence`` span and the types are equal;
pairs are one-to-one, nearest triggers first. Predicted status, first flag that
holds: negated > hypothetical > future > alleged > historical > current; a
predicted event is *counted* when the side's signal counts it (``realnews_events.counted``). Per split (tune, test,
all): precision = matched / predicted; recall = matched / gold; F1; counted
precision = predicted counted events matched to a gold ``current`` event /
predicted counted events; current recall = gold current events matched by a
counted prediction / gold current events; status accuracy = matched pairs with
the gold status / matched pairs. The same figures per folder (news, wikinews)
are in ``--json``.

Quotes (the convention of ``bench/quotes.py``, whose matcher this script calls)
-----------------------------------------------------------------------------
Gold content = the non-whitespace characters of its ``content`` span. F1@30: a
predicted quote (its ``start``-``end`` span, as the article holds it; continuations
are not joined and nested quotes are not dropped, since this gold annotates each
marked piece and each cue on its own) matches a gold quote when they overlap and
the gold characters inside the prediction are at least 30 % of the gold
content's characters; pairs are one-to-one, greedy by that share. Precision =
matched / predicted, recall = matched / gold, F1 their harmonic mean. F1@80 is
the same at 80 %. Speaker accuracy = matched (@30) quotes whose predicted speaker
is right / matched quotes with a gold speaker. Right: the predicted speaker's
mention span overlaps the gold speaker span, or, compared after lower-casing,
``ё`` → ``е`` and collapsing white space, the gold ``speaker_name`` or the gold
speaker surface equals or is contained in the predicted resolved name or the
predicted mention text. No predicted speaker is wrong.

Per-article counts and runtime
------------------------------
Per split: articles, articles understood (neither skipped nor failed), gold and
predicted events, counted events, gold and predicted quotes per article. Speed
is over whitespace-separated words of the texts: words / seconds of the fastest
``reanalyze`` pass over all texts after the parsers are loaded (the whole
pipeline: parse, entities, quotes, speakers, focus, events), and natasha alone
on the same texts in its own subprocess on the work tree's environment (one
thread): ``Segmenter``, ``NewsMorphTagger``, ``NewsSyntaxParser``,
``NewsNERTagger`` on a ``natasha.Doc`` per text (segment, tag_morph,
parse_syntax, tag_ner; no lemmas), fastest of ``--repeat`` passes after one
untimed pass. Each pass is timed twice: wall seconds, and CPU seconds of the process
(``time.process_time``, every thread, and one thread is all either side runs).
Words per CPU second is the per-core speed the issue asks for, and the figure a
shared, busy machine disturbs least (a wall pass stretches while another process
holds the core; a CPU pass does not); the target reads the CPU ratio, and the wall
ratio is printed beside it. The Russian parser's lemma cache is emptied before each pipeline pass, so no pass
reads what an earlier pass over the same texts left in it. Ratio = pipeline words per CPU second / natasha's. A side that skipped
or failed any article gets no words/s (a skipped article costs nothing, so the
figure would not be a Russian pipeline's speed); the base is timed once only,
and not at all when read from the cache. Peak RSS is each subprocess's own
``ru_maxrss`` at its end.

Issue 15's targets, printed at the end for the test split and for all: quote
F1@30 >= 0.75 with speaker accuracy >= 0.85, counted-event precision >= 0.80,
the Russian pipeline >= 0.8x natasha alone.

Exit status 0; 2 when a gold file or a text is missing; a side that fails stops
the run with its error output (status 1).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import codeat  # beside this script
import realnews_events as en  # beside this script: the event scorer, the event record and the table printing

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent
REALNEWS_DIR = REPO_ROOT.parent / "shared" / "benchmarks" / "realnews_dev"
FACTRU_DIR = REPO_ROOT.parent / "shared" / "benchmarks" / "factru_dev" / "devset"
GOLD_DIR = REPO_ROOT / "bench" / "gold"
EVENTS_GOLD = "realnews_ru_events.jsonl"
WRITTEN_GOLD = "written_events_ru.jsonl"
WRITTEN_SPLITS = ("tune", "check", "all")
FACTRU_GOLD = "factru_ru_events.jsonl"
FACTRU_GOLD_B = "factru_ru_events_b.jsonl"  # 30 more devset texts (positions 2, 6, … 118), annotated blind
FACTRU_GOLD_C = "factru_ru_events_c.jsonl"  # 30 more (positions 1, 5, … 117), annotated blind
FACTRU_GOLD_D = "factru_ru_events_d.jsonl"  # the last 30 (positions 3, 7, … 119), annotated blind
QUOTES_GOLD = "realnews_ru_quotes.jsonl"
BENCH = "realnews_ru"  # codeat's folder name: $TMPDIR/hotspot-realnews_ru/<commit>
SPLITS = ("tune", "test", "all")
FORMAT = "2"  # version of the raw-prediction records; part of the cache key (2: counts)
QUOTE_THRESHOLDS = (0.3, 0.8)
WARM_UP = {
    "en": "The minister met the envoy in Paris.",
    "ru": "Президент Казахстана Касым-Жомарт Токаев встретился с министром в Астане, сообщает пресс-служба.",
}
TUNING = ("tuning: gold 'tune' split may be tuned on; gold 'test' split reported only "
          "(gold annotated blind, see bench/gold/README_ru.md)")
TARGETS = (("quotes", "f1_30", "quote F1@30", 0.75), ("quotes", "speaker_accuracy", "speaker accuracy", 0.85),
           ("events", "counted_precision", "counted-event precision", 0.80))
RATIO_TARGET = 0.8

Item = dict[str, Any]


# ---------------------------------------------------------------- the subprocesses (analysis in one side's tree; natasha alone)

def _quote_record(quote: Any) -> Item:
    """One quote as plain data, with defaults for fields a version may lack."""
    cue, speaker = getattr(quote, "cue", None), getattr(quote, "speaker", None)
    return {
        "kind": quote.kind,
        "content": [quote.start, quote.end],
        "cue": [cue.start, cue.end, cue.text] if cue is not None else None,
        "speaker": {"text": speaker.text, "start": speaker.start, "end": speaker.end, "name": getattr(speaker, "name", None)}
        if speaker is not None else None,
        "via": list(getattr(quote, "via", None) or []),
    }


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def _worker(job_path: Path, out_path: Path, code_root: Path) -> int:
    """Analyse the job's texts with the ``hotspot`` of ``code_root``; write raw events and quotes per article and the timings."""
    hotspot = codeat.import_hotspot(code_root, HERE)
    from hotspot.pipeline import Analyzer
    from hotspot.records import Article

    job = json.loads(job_path.read_text(encoding="utf-8"))
    items: list[Item] = job["items"]
    texts = {i["id"]: i["text"] for i in items}

    def articles() -> list[Article]:  # fresh records per pass: reanalyze clears and fills the ones it is given
        return [Article(id=i["id"], source=i["id"], text=i["text"], published=i["published"], language="ru") for i in items]

    t0 = time.perf_counter()
    analyzer = Analyzer()
    warm = [Article(id=f"warm-up-{lang}", source=f"warm-up-{lang}", text=text, language=lang) for lang, text in WARM_UP.items()]
    list(analyzer.reanalyze(warm))
    out: Item = {"hotspot": hotspot.__file__, "load_s": time.perf_counter() - t0, "passes": [], "cpu_passes": []}
    predictions: dict[str, Item] = {}
    for number in range(max(1, job["repeat"])):
        # A pass must not read lemmas the pass before remembered (the Russian parser caches them): cold as a new corpus.
        lemma_cache = getattr(getattr(getattr(analyzer, "_parsers", {}).get("ru"), "tokenizer", None), "_lemma", None)
        if lemma_cache is not None:
            lemma_cache.cache_clear()
        t1, c1 = time.perf_counter(), time.process_time()
        results = list(analyzer.reanalyze(articles()))
        out["passes"].append(time.perf_counter() - t1)
        out["cpu_passes"].append(time.process_time() - c1)
        if number:
            continue
        for result in results:
            article = result.article
            if result.status != "analyzed" or article is None:
                predictions[result.source] = {"error": str(result.reason), "events": [], "quotes": []}
                continue
            understood = article.extractors.get("understand", "")
            predictions[result.source] = {
                "events": [en._event_record(ev) for ev in article.events],
                "quotes": [_quote_record(q) for q in article.quotes],
                "skipped": understood if understood.startswith("skipped") else None,
                "text_changed": article.text != texts[result.source],
            }
    out["predictions"] = predictions
    out["peak_rss_mb"] = _peak_rss_mb()
    out_path.write_text(json.dumps(out), encoding="utf-8")
    return 0


def _natasha_worker(job_path: Path, out_path: Path) -> int:
    """natasha alone on the job's texts (segment, morphology, syntax, NER), one untimed pass then the timed ones."""
    from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

    job = json.loads(job_path.read_text(encoding="utf-8"))
    texts = [i["text"] for i in job["items"]]
    t0 = time.perf_counter()
    embedding = NewsEmbedding()
    segmenter, morph = Segmenter(), NewsMorphTagger(embedding)
    syntax, ner = NewsSyntaxParser(embedding), NewsNERTagger(embedding)
    load_s = time.perf_counter() - t0

    def one_pass() -> tuple[float, float]:
        t1, c1 = time.perf_counter(), time.process_time()
        for text in texts:
            doc = Doc(text)
            doc.segment(segmenter)
            doc.tag_morph(morph)
            doc.parse_syntax(syntax)
            doc.tag_ner(ner)
        return time.perf_counter() - t1, time.process_time() - c1

    one_pass()  # warm-up: first-use costs are not charged to the measurement
    timed = [one_pass() for _ in range(max(1, job["repeat"]))]
    out_path.write_text(json.dumps({"load_s": load_s, "passes": [wall for wall, _ in timed], "cpu_passes": [cpu for _, cpu in timed],
                                    "peak_rss_mb": _peak_rss_mb()}), encoding="utf-8")
    return 0


# ---------------------------------------------------------------- sides: base tree, work tree, subprocesses, cache

def _key(payload: Any) -> str:
    return hashlib.sha1((FORMAT + json.dumps(payload, sort_keys=True)).encode()).hexdigest()[:12]


def _subprocess(root: Path, label: str, mode: str, payload: Item, *extra: str) -> tuple[Item, float]:
    """Run this script's ``mode`` worker on the code of ``root``; its JSON output and wall seconds."""
    codeat.probe(root)  # before the clock starts: the wall time is the work alone
    with tempfile.TemporaryDirectory(prefix="realnews-ru-") as tmp:
        job, out = Path(tmp) / "job.json", Path(tmp) / "out.json"
        job.write_text(json.dumps(payload), encoding="utf-8")
        t0 = time.perf_counter()
        done = codeat.run_python(root, str(Path(__file__).resolve()), mode, str(job), str(out), *extra)
        wall = time.perf_counter() - t0
        if done.returncode != 0 or not out.exists():
            raise SystemExit(f"{mode} failed for the {label} ({root}):\n{done.stderr[-3000:]}")
        return dict(json.loads(out.read_text(encoding="utf-8"))), wall


class Side:
    """One version of the code: the base (a commit, its predictions cached) or the work tree (never cached)."""

    def __init__(self, label: str, root: Path, commit: str | None) -> None:
        self.label, self.root, self.commit = label, root, commit
        self.runtime: Item = {}

    def analyse(self, items: list[Item], repeat: int, timed: bool = True) -> dict[str, Item]:
        """Raw events and quotes per article id: from the cache where the base has them, else from one subprocess
        (``timed`` False: the run's timings are not this side's speed figures, as for the written texts)."""
        key = _key([[i["id"], i["text"], i["published"]] for i in items])
        path = codeat.folder(BENCH, self.commit) / f"analysis-{key}.json" if self.commit else None
        if path is not None and path.exists():
            self.runtime["analysis"] = "cached"
            return dict(json.loads(path.read_text(encoding="utf-8")))
        # the base is only timed once: its speed is not a figure here, and its facts do not change
        result, wall = _subprocess(self.root, self.label, "--worker", {"items": items, "repeat": 1 if self.commit else repeat},
                                   str(self.root))
        if not timed:
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(json.dumps(result["predictions"]), encoding="utf-8")
            return dict(result["predictions"])
        words = sum(len(i["text"].split()) for i in items)
        best = min(result["passes"])
        self.runtime.update({"model_load_s": round(result["load_s"], 1), "analysis_wall_s": round(wall, 1),
                             "passes_s": [round(s, 2) for s in result["passes"]], "words": words,
                             "words_per_s": round(words / best) if best else None,
                             "words_per_cpu_s": _per_cpu_second(words, result), "peak_rss_mb": round(result["peak_rss_mb"])})
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(result["predictions"]), encoding="utf-8")
        return dict(result["predictions"])


def natasha_alone(items: list[Item], repeat: int) -> Item:
    """natasha's own speed and peak memory on the texts, on the work tree's environment."""
    result, wall = _subprocess(REPO_ROOT, "natasha alone", "--natasha", {"items": items, "repeat": repeat})
    words = sum(len(i["text"].split()) for i in items)
    best = min(result["passes"])
    return {"model_load_s": round(result["load_s"], 1), "wall_s": round(wall, 1), "passes_s": [round(s, 2) for s in result["passes"]],
            "words": words, "words_per_s": round(words / best) if best else None,
            "words_per_cpu_s": _per_cpu_second(words, result), "peak_rss_mb": round(result["peak_rss_mb"])}


def _per_cpu_second(words: int, result: Item) -> int | None:
    """Words per CPU second of the pass that used least CPU: the per-core speed, which a busy machine disturbs least."""
    cpu = min(result.get("cpu_passes") or [0.0])
    return round(words / cpu) if cpu else None


# ---------------------------------------------------------------- inputs

def _records(path: Path, limit: int | None) -> list[Item]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()][: limit or None]


def _gold_events(events: list[Item]) -> list[Item]:
    """The English gold's form, so realnews_events' scorer reads it: trigger [start, end, word] -> start, end, trigger."""
    return [{**{k: v for k, v in e.items() if k != "trigger"}, "start": e["trigger"][0], "end": e["trigger"][1],
             "trigger": e["trigger"][2]} for e in events]


def load_gold(gold_dir: Path, realnews_dir: Path, limit: int | None) -> list[Item]:
    """Per article, in gold order: file, split, folder (news / wikinews), date, text, gold events (English form) and quotes."""
    events = {r["file"]: r for r in _records(gold_dir / EVENTS_GOLD, limit)}
    quotes = {r["file"]: r for r in _records(gold_dir / QUOTES_GOLD, limit)}
    articles = []
    for file in dict.fromkeys([*events, *quotes]):
        record = events.get(file) or quotes[file]
        articles.append({
            "file": file,
            "split": record["split"],
            "folder": Path(file).parent.name,  # news or wikinews
            "reference_date": events.get(file, {}).get("reference_date"),
            "text": (realnews_dir / file).read_bytes().decode("utf-8"),
            "events": _gold_events(events.get(file, {}).get("events", [])),
            "quotes": quotes.get(file, {}).get("quotes", []),
        })
    return articles


def load_written(gold_dir: Path, limit: int | None) -> list[Item]:
    """The project-written texts (``WRITTEN_GOLD``) in the form of ``load_gold``'s articles, folder ``written``."""
    path = gold_dir / WRITTEN_GOLD
    return [{"file": r["id"], "split": r["split"], "folder": "written", "reference_date": r["reference_date"], "text": r["text"],
             "events": _gold_events(r["events"]), "quotes": []} for r in _records(path, limit)]


def load_factru(gold_dir: Path, factru_dir: Path, limit: int | None, gold: str = FACTRU_GOLD,
                folder: str = "factru") -> list[Item]:
    """The factRuEval devset texts of ``gold`` in the form of ``load_gold``'s articles, folder ``folder``; the gold's
    ``factru/<name>.txt`` is ``factru_dir/<name>.txt``, read whole as UTF-8 with line ends kept (the gold's offsets)."""
    return [{"file": r["file"], "split": r["split"], "folder": folder, "reference_date": r["reference_date"],
             "text": (factru_dir / Path(r["file"]).name).read_bytes().decode("utf-8"),
             "events": _gold_events(r["events"]), "quotes": []} for r in _records(gold_dir / gold, limit)]


# ---------------------------------------------------------------- scoring

def _groups(article: Item) -> tuple[str, ...]:
    return (f"{article['folder']}/{article['split']}", f"{article['folder']}/all", f"all/{article['split']}", "all/all")


def score_events(articles: list[Item], predictions: dict[str, Item]) -> dict[str, Item]:
    """realnews_events' scorer, with the folders as its sets: figures per ``<folder>/<split>`` and ``all/<split>``."""
    sets: dict[str, list[Item]] = {}
    for article in articles:
        sets.setdefault(article["folder"], []).append(article)
    return en.score_gold(sets, dict.fromkeys(sets, predictions))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("ё", "е")).strip()


def speaker_right(predicted: Item, gold: Item) -> bool:
    """The speaker rule of the docstring: overlapping mentions, or a gold name or surface inside the predicted name or mention."""
    speaker, gold_span = predicted.get("speaker"), gold.get("speaker")
    if speaker is None or gold_span is None:
        return False
    if speaker["start"] < gold_span[1] and gold_span[0] < speaker["end"]:
        return True
    said = [_norm(s) for s in (speaker.get("name"), speaker.get("text")) if s]
    wanted = [_norm(s) for s in (gold.get("speaker_name"), gold_span[2]) if s and _norm(s)]
    return any(w in s for w in wanted for s in said)


QUOTE_COUNTS = ("articles", "gold", "gold_with_speaker", "predicted", "matched_30", "matched_80", "speaker_n", "speaker_right",
                "gold_offset_mismatch", "failed")


def score_quotes(articles: list[Item], predictions: dict[str, Item]) -> dict[str, Item]:
    """F1@30, F1@80 and speaker accuracy per ``<folder>/<split>`` and ``all/<split>`` (bench/quotes.py's matcher)."""
    import quotes as polnear  # beside this script; imported here, not at the top: it puts the work tree on sys.path

    tallies: dict[str, Counter[str]] = {}
    for article in articles:
        text = article["text"]
        entry = predictions.get(article["file"], {"quotes": [], "error": "not analysed"})
        preds = [polnear.Pred(q["content"][0], q["content"][1], q["kind"]) for q in entry["quotes"]]
        gold = []
        for g in article["quotes"]:
            a, b = g["content"]
            gold.append(polnear.GoldQuote(chars=frozenset(k for k in range(a, b) if not text[k].isspace()), start=a, end=b,
                                          text=text[a:b], kind=g["kind"]))
        c: Counter[str] = Counter(articles=1, gold=len(gold), predicted=len(preds), failed=int("error" in entry))
        c["gold_with_speaker"] = sum(g["speaker"] is not None for g in article["quotes"])
        for threshold in QUOTE_THRESHOLDS:
            pairs = polnear.match(preds, gold, threshold)
            c[f"matched_{round(threshold * 100)}"] = len(pairs)
            c.update(f"found_{article['quotes'][g]['kind']}_{round(threshold * 100)}" for _, g in pairs)
            if threshold == QUOTE_THRESHOLDS[0]:
                for p_index, g_index in pairs:
                    if article["quotes"][g_index]["speaker"] is not None:
                        c["speaker_n"] += 1
                        c["speaker_right"] += speaker_right(entry["quotes"][p_index], article["quotes"][g_index])
        c.update(f"gold_{g['kind']}" for g in article["quotes"])
        c["gold_offset_mismatch"] = sum(
            text[part[0]:part[1]] != part[2] for g in article["quotes"] for part in (g["cue"], g["speaker"], g["via"]) if part)
        for group in _groups(article):
            tallies.setdefault(group, Counter()).update(c)
    figures: dict[str, Item] = {}
    for group, c in tallies.items():
        figures[group] = {"counts": {k: c[k] for k in QUOTE_COUNTS},
                          "speaker_accuracy": en._ratio(c["speaker_right"], c["speaker_n"]),
                          "recall_by_kind_30": {k: en._ratio(c[f"found_{k}_30"], c[f"gold_{k}"]) for k in ("direct", "indirect", "mixed")}}
        for threshold in (30, 80):
            p, r = en._ratio(c[f"matched_{threshold}"], c["predicted"]), en._ratio(c[f"matched_{threshold}"], c["gold"])
            figures[group][f"precision_{threshold}"] = p
            figures[group][f"recall_{threshold}"] = r
            figures[group][f"f1_{threshold}"] = (2 * p * r / (p + r) if p + r else 0.0) if p is not None and r is not None else None
    return figures


def article_counts(articles: list[Item], predictions: dict[str, Item]) -> dict[str, Item]:
    """Per ``<folder>/<split>`` and ``all/<split>``: articles understood and facts per article, gold and predicted."""
    tallies: dict[str, Counter[str]] = {}
    for article in articles:
        entry = predictions.get(article["file"], {"events": [], "quotes": [], "error": "not analysed"})
        c: Counter[str] = Counter(articles=1, gold_events=len(article["events"]), events=len(entry["events"]),
                                  counted=sum(en.counted(e) for e in entry["events"]), gold_quotes=len(article["quotes"]),
                                  quotes=len(entry["quotes"]), skipped=int(bool(entry.get("skipped"))),
                                  failed=int("error" in entry), words=len(article["text"].split()))
        c["understood"] = 1 - c["skipped"] - c["failed"]
        for group in _groups(article):
            tallies.setdefault(group, Counter()).update(c)
    out: dict[str, Item] = {}
    for group, c in tallies.items():
        n = c["articles"]
        out[group] = {"articles": n, "understood": c["understood"], "skipped": c["skipped"], "failed": c["failed"], "words": c["words"],
                      **{f"{k}_per_article": c[k] / n for k in ("gold_events", "events", "counted", "gold_quotes", "quotes")}}
    return out


# ---------------------------------------------------------------- printing

def show_misses(name: str, records: list[Item], predictions: dict[str, Item], n: int) -> None:
    """Gold current events of the tune split that no counted event of the work tree matches (never the test split):
    the gold type and trigger with a few words, and what the work tree found in that sentence (type, status)."""
    print(f"\nup to {n} gold current events of the {name} tune split no counted event matches (work tree): "
          "type [trigger] clause; predicted in the sentence")
    shown = 0
    for record in records:
        if record["split"] != "tune":
            continue
        pred = predictions.get(record["file"], {"events": []})["events"]
        pairs = en.match(pred, record["events"])
        for gi, gold in enumerate(record["events"]):
            if gold["status"] != "current" or (gi in pairs and en.counted(pred[pairs[gi]])):
                continue
            if shown >= n:
                return
            shown += 1
            s0, s1 = gold["sentence"]
            near = [f"{p['type']}/{en.status(p)}{'' if en.counted(p) else '(not counted)'} {p['trigger'][2]}"
                    for p in pred if s0 <= p["trigger"][0] < s1]
            clause = en._clause(record["text"], {"trigger": [gold["start"], gold["end"]], "sentence": gold["sentence"]})
            print(f"  {record['file'][:28]:28} {gold['type']:10} {clause}\n{'':41}predicted: {'; '.join(near) or '-'}")


_row, _header = en._row, en._header

EVENT_ROWS = (("precision", "event precision"), ("recall", "event recall"), ("f1", "event F1"),
              ("counted_precision", "counted precision (current)"), ("current_recall", "current recall (counted)"),
              ("status_accuracy", "status accuracy (matched)"))
QUOTE_ROWS = (("precision_30", "quote precision@30"), ("recall_30", "quote recall@30"), ("f1_30", "quote F1@30"),
              ("f1_80", "quote F1@80"), ("speaker_accuracy", "speaker accuracy (matched@30)"))
COUNT_ROWS = (("understood", "articles understood"), ("gold_events_per_article", "gold events / article"),
              ("events_per_article", "predicted events / article"), ("counted_per_article", "counted events / article"),
              ("gold_quotes_per_article", "gold quotes / article"), ("quotes_per_article", "predicted quotes / article"))


def _split(group: str) -> str:
    return group.split("/", 1)[1]


def print_events(base: dict[str, Item], work: dict[str, Item], base_label: str) -> None:
    _header("events: annotated Russian articles (tune split may be tuned on; test split reported only)", base_label)
    for group in (f"all/{s}" for s in SPLITS):
        w, b = work.get(group), base.get(group, {})
        if w is None:
            continue
        split, cw, cb = _split(group), w["counts"], b.get("counts", {})
        for key, label in (("gold", "gold events"), ("gold_current", "gold current events"), ("predicted", "predicted events"),
                           ("predicted_counted", "predicted counted events")):
            print(_row(f"{split}: {label}", cb.get(key), cw[key]))
        for key, label in EVENT_ROWS:
            print(_row(f"{split}: {label}", b.get(key), w.get(key)))
        if cw["gold_offset_mismatch"]:
            print(f"{'':42}   WARNING: {cw['gold_offset_mismatch']} gold triggers do not match their offsets")


def score_apart(name: str, records: list[Item], sides: tuple[Side, Side], base_label: str, splits: tuple[str, ...],
                title: str) -> tuple[dict[str, Item], dict[str, Item]]:
    """Analyse and score a set apart from the real news (``written``, ``factru``) on both sides, and print its table:
    each side's raw predictions (``--errors`` reads the work tree's) and its figures ``<name>/<split>``."""
    items = [{"id": a["file"], "text": a["text"], "published": a["reference_date"]} for a in records]
    predicted = {side.label: side.analyse(items, 1, timed=False) for side in sides}
    scored = {label: {g: f for g, f in en.score_gold({name: records}, {name: p}).items() if g.startswith(f"{name}/")}
              for label, p in predicted.items()}
    print_apart(scored["base"], scored["work tree"], base_label, name, splits, title)
    return predicted, scored


def print_pooled_tests(report: dict[str, Any], base_label: str) -> None:
    """Every Russian test half pooled, the real news (its ``all``) and each factru batch, by ``en.print_pooled_tests``."""
    keys = [key for key in ("events", "factru", "factru_b", "factru_c", "factru_d") if key in report]
    sides = {side: {group: f for key in keys for group, f in report[key].get(side, {}).items()} for side in ("base", "work tree")}
    en.print_pooled_tests(sides["base"], sides["work tree"], base_label, ["all" if key == "events" else key for key in keys],
                          "events")


def print_apart(base: dict[str, Item], work: dict[str, Item], base_label: str, name: str, splits: tuple[str, ...],
                title: str) -> None:
    """The event table of a set scored apart from the real news (``written``, ``factru``): rows ``<name> <split>``."""
    _header(title, base_label)
    for split in splits:
        w, b = work.get(f"{name}/{split}"), base.get(f"{name}/{split}", {})
        if w is None:
            continue
        cw, cb = w["counts"], b.get("counts", {})
        for key, label in (("gold", "gold events"), ("gold_current", "gold current events"), ("predicted", "predicted events"),
                           ("predicted_counted", "predicted counted events")):
            print(_row(f"{name} {split}: {label}", cb.get(key), cw[key]))
        for key, label in EVENT_ROWS:
            print(_row(f"{name} {split}: {label}", b.get(key), w.get(key)))
        if cw["failed"] or cb.get("failed"):
            print(f"{'':42}   failed articles: base {cb.get('failed')}, work tree {cw['failed']}")
        if cw["gold_offset_mismatch"]:
            print(f"{'':42}   WARNING: {cw['gold_offset_mismatch']} gold triggers do not match their offsets")


def print_counted_at(thresholds: list[float], shown: list[tuple[str, list[Item], dict[str, Item]]]) -> None:
    """``--counted-at``: ``realnews_events.counted_curve`` per half of the real news, of every factru batch pooled and of
    the written set. The coder's own threshold is one point of it; another is chosen on the tune halves only."""
    factru = [(name, records, p) for name, records, p in shown if name.startswith("factru")]
    parts: dict[str, tuple[dict[str, list[Item]], dict[str, dict[str, Item]]]] = {}
    for split in ("tune", "test", "check"):
        for label, group in (("real", [s for s in shown if s[0] == "real"]), ("factru", factru),
                             ("written", [s for s in shown if s[0] == "written"])):
            sets = {name: [r for r in records if r["split"] == split] for name, records, _ in group}
            if any(sets.values()):
                parts[f"{label} {split}"] = (sets, {name: p for name, _, p in group})
    en.print_counted_curve(parts, thresholds)


def print_quotes(base: dict[str, Item], work: dict[str, Item], base_label: str) -> None:
    _header("quotes: annotated Russian articles (bench/quotes.py's F1@30; tune may be tuned on, test reported only)", base_label)
    for group in (f"all/{s}" for s in SPLITS):
        w, b = work.get(group), base.get(group, {})
        if w is None:
            continue
        split, cw, cb = _split(group), w["counts"], b.get("counts", {})
        for key, label in (("gold", "gold quotes"), ("gold_with_speaker", "gold quotes with a speaker"),
                           ("predicted", "predicted quotes")):
            print(_row(f"{split}: {label}", cb.get(key), cw[key]))
        for key, label in QUOTE_ROWS:
            print(_row(f"{split}: {label}", b.get(key), w.get(key)))
        if cw["gold_offset_mismatch"]:
            print(f"{'':42}   WARNING: {cw['gold_offset_mismatch']} gold cue/speaker/via surfaces do not match their offsets")


def print_counts(base: dict[str, Item], work: dict[str, Item], base_label: str) -> None:
    _header("per article", base_label)
    for group in (f"all/{s}" for s in SPLITS):
        w, b = work.get(group), base.get(group, {})
        if w is None:
            continue
        print(_row(f"{_split(group)}: articles", b.get("articles"), w["articles"]))
        for key, label in COUNT_ROWS:
            print(_row(f"{_split(group)}: {label}", b.get(key), w.get(key)))
        skipped = {side: figures.get("skipped") for side, figures in (("base", b), ("work tree", w)) if figures.get("skipped")}
        failed = {side: figures.get("failed") for side, figures in (("base", b), ("work tree", w)) if figures.get("failed")}
        if skipped:
            print(f"{'':42}   skipped (no Russian row): " + ", ".join(f"{k} {v}" for k, v in skipped.items()))
        if failed:
            print(f"{'':42}   failed: " + ", ".join(f"{k} {v}" for k, v in failed.items()))


def print_speed(base: Side, work: Side, natasha: Item | None, base_label: str) -> Item:
    """The speed table; returns the figures for ``--json``."""
    _header("speed (whitespace words of the texts; fastest pass after loading; one thread)", base_label)
    b, w = base.runtime, work.runtime
    print(_row("words", b.get("words"), w.get("words")))
    print(_row("pipeline words/s", b.get("words_per_s"), w.get("words_per_s")))
    print(_row("pipeline words per CPU second", b.get("words_per_cpu_s"), w.get("words_per_cpu_s")))
    print(_row("peak RSS MB (en and ru warmed up)", b.get("peak_rss_mb"), w.get("peak_rss_mb")))
    if b.get("analysis") == "cached":
        print(f"{'':42}   (base read from the cache: not timed)")
    for side in (base, work):
        if side.runtime.get("not_understood"):
            print(f"{'':42}   {side.label}: {side.runtime['not_understood']} skipped or failed: no words/s, no Russian parser loaded")
    figures: Item = {"natasha_alone": natasha}
    if natasha is not None:
        wall_ratio = w["words_per_s"] / natasha["words_per_s"] if w.get("words_per_s") and natasha.get("words_per_s") else None
        ratio = (w["words_per_cpu_s"] / natasha["words_per_cpu_s"]
                 if w.get("words_per_cpu_s") and natasha.get("words_per_cpu_s") else None)
        figures["ratio_to_natasha"], figures["wall_ratio_to_natasha"] = ratio, wall_ratio
        print(_row("natasha alone words/s", None, natasha["words_per_s"]))
        print(_row("natasha alone words per CPU second", None, natasha["words_per_cpu_s"]))
        print(_row("natasha alone peak RSS MB", None, natasha["peak_rss_mb"]))
        print(_row("pipeline / natasha alone (wall)", None, wall_ratio))
        print(_row("pipeline / natasha alone (CPU: per core)", None, ratio))
    return figures


def print_targets(events: dict[str, Item] | None, quotes: dict[str, Item] | None, ratio: float | None, parts: list[str]) -> None:
    """Issue 15's done-when figures for the work tree: test split (honest) and all."""
    print("\nissue 15 targets, work tree (test split is the honest figure):")
    scored = {"events": events or {}, "quotes": quotes or {}}
    for part, key, label, floor in TARGETS:
        values = [scored[part].get(f"all/{s}", {}).get(key) for s in ("test", "all")]
        if part not in parts:
            continue
        shown = ", ".join(f"{s} {en._fmt(v)}" for s, v in zip(("test", "all"), values, strict=True))
        met = "met" if values[0] is not None and values[0] >= floor else "not met"
        print(f"  {label} >= {floor:.2f}: {shown} -> {met} (test)")
    if "speed" in parts:
        shown = f"{ratio:.2f}x" if ratio is not None else "-"
        met = "met" if ratio is not None and ratio >= RATIO_TARGET else "not met"
        print(f"  pipeline >= {RATIO_TARGET}x natasha alone: {shown} -> {met}")


# ---------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--worker"]:
        return _worker(Path(argv[1]), Path(argv[2]), Path(argv[3]))
    if argv[:1] == ["--natasha"]:
        return _natasha_worker(Path(argv[1]), Path(argv[2]))
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--base", required=True, help="the commit to compare with (e.g. HEAD)")
    parser.add_argument("--only", choices=("events", "quotes", "speed", "written"), action="append",
                        help="run only these parts (repeatable)")
    parser.add_argument("--errors", type=int, default=0, help="show up to N wrong counted events of the tune halves (work tree)")
    parser.add_argument("--misses", type=int, default=0,
                        help="show up to N gold current events of the tune halves no counted event of the work tree matches")
    parser.add_argument("--limit", type=int, default=None, help="first N articles of the gold files")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes of the work tree's pipeline and of natasha alone")
    parser.add_argument("--json", type=Path, default=None, help="write every figure and the runtimes here")
    parser.add_argument("--counted-at", type=en.parse_thresholds, default=None, metavar="T,T,...",
                        help="also print the work tree's counted precision and current recall at these confidence "
                             "thresholds, per half (choose on the tune halves only)")
    parser.add_argument("--gold-dir", type=Path, default=GOLD_DIR)
    parser.add_argument("--realnews-dir", type=Path, default=REALNEWS_DIR)
    parser.add_argument("--factru-dir", type=Path, default=FACTRU_DIR)
    args = parser.parse_args(argv)
    parts = args.only or ["events", "quotes", "speed", "written"]
    real = [p for p in parts if p != "written"]

    missing = [p for p in (args.gold_dir / EVENTS_GOLD, args.gold_dir / QUOTES_GOLD, args.realnews_dir) if not p.exists()]
    if missing:
        print("missing: " + ", ".join(map(str, missing)), file=sys.stderr)
        return 2
    try:
        articles = load_gold(args.gold_dir, args.realnews_dir, args.limit)
    except FileNotFoundError as exc:
        print(f"missing text: {exc.filename}", file=sys.stderr)
        return 2

    commit = codeat.commit_of(args.base)
    head = codeat.commit_of("HEAD")
    # uncommitted code the work tree runs (tracked or not); it is read as it is while the run goes on
    dirty = sorted({*codeat.git("diff", "--name-only", "HEAD", "--", "hotspot").split(),
                    *codeat.git("ls-files", "--others", "--exclude-standard", "--", "hotspot").split()})
    base = Side("base", codeat.tree(BENCH, commit), commit)
    work = Side("work tree", REPO_ROOT, None)
    base_label = f"base {commit[:7]}"
    changes = f" + {len(dirty)} uncommitted files under hotspot/" if dirty else ""
    print(f"realnews_ru: base {args.base} = {commit[:10]} vs work tree (HEAD {head[:10]}{changes})")
    print(TUNING)
    splits = Counter(a["split"] for a in articles)
    print(f"{len(articles)} Russian articles ({splits['tune']} tune, {splits['test']} test), "
          f"{sum(len(a['text'].split()) for a in articles):,} words")
    if args.limit:
        print(f"--limit {args.limit}: a partial run, not the figures of the set")

    items = [{"id": a["file"], "text": a["text"], "published": a["reference_date"]} for a in articles]
    predicted = {side.label: side.analyse(items, args.repeat) if real else {} for side in (base, work)}
    for side in (base, work):
        not_understood = sum(bool(e.get("skipped")) or "error" in e for e in predicted[side.label].values())
        if not_understood and "words_per_s" in side.runtime:
            # a skipped article costs nothing: words/s over it is not the speed of a Russian pipeline
            side.runtime["words_per_s"] = side.runtime["words_per_cpu_s"] = None
            side.runtime["not_understood"] = f"{not_understood} of {len(items)} articles"
    natasha = natasha_alone(items, args.repeat) if "speed" in parts else None

    report: Item = {"base": {"rev": args.base, "commit": commit}, "work_tree": {"head": head, "dirty": dirty},
                    "limit": args.limit, "tuning": TUNING}
    events = quotes = None
    if "events" in parts:
        events = {label: score_events(articles, p) for label, p in predicted.items()}
        print_events(events["base"], events["work tree"], base_label)
        report["events"] = events
    factru: list[Item] = []
    if "events" in parts:
        if not (args.gold_dir / FACTRU_GOLD).exists() or not args.factru_dir.is_dir():
            print(f"factru: {args.gold_dir / FACTRU_GOLD} or {args.factru_dir} absent, set skipped")
        else:
            factru = load_factru(args.gold_dir, args.factru_dir, args.limit)
    if factru:
        f_predicted, report["factru"] = score_apart(
            "factru", factru, (base, work), base_label, SPLITS,
            "events: factRuEval-2016 devset texts, 30 (tune may be tuned on; test reported only; not in 'all')")
    more_factru: list[tuple[str, list[Item], dict[str, Item]]] = []  # the later batches, each scored as its own set
    for name, gold, which in (("factru_b", FACTRU_GOLD_B, "30 more"), ("factru_c", FACTRU_GOLD_C, "a third 30"),
                              ("factru_d", FACTRU_GOLD_D, "a fourth 30")):
        if factru and (args.gold_dir / gold).exists():
            batch = load_factru(args.gold_dir, args.factru_dir, args.limit, gold, name)
            batch_predicted, report[name] = score_apart(
                name, batch, (base, work), base_label, SPLITS,
                f"events: factRuEval-2016 devset texts, {which} (tune may be tuned on; test reported only; not in 'all')")
            more_factru.append((name, batch, batch_predicted["work tree"]))
    if "events" in parts:
        print_pooled_tests(report, base_label)
    if "quotes" in parts:
        quotes = {label: score_quotes(articles, p) for label, p in predicted.items()}
        print_quotes(quotes["base"], quotes["work tree"], base_label)
        report["quotes"] = quotes
    written = load_written(args.gold_dir, args.limit) if "written" in parts else []
    if written:
        w_predicted, report["written"] = score_apart(
            "written", written, (base, work), base_label, WRITTEN_SPLITS,
            "events: Russian texts written for the project (tune may be tuned on; check reported only)")
    # tune halves only (en.show_errors and show_misses skip every other split): real news, factru, the written set
    shown = [("real", articles if real else [], predicted["work tree"])]
    if factru:
        shown.append(("factru", factru, f_predicted["work tree"]))
    shown.extend(more_factru)
    if written:
        shown.append(("written", written, w_predicted["work tree"]))
    for name, records, side_predictions in shown if args.errors else ():
        en.show_errors({name: records}, {name: side_predictions}, args.errors)
    for name, records, side_predictions in shown if args.misses else ():
        show_misses(name, records, side_predictions, args.misses)
    if args.counted_at:
        print_counted_at(args.counted_at, shown)
    if not real:
        if args.json:
            args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
        return 0
    counts = {label: article_counts(articles, p) for label, p in predicted.items()}
    print_counts(counts["base"], counts["work tree"], base_label)
    report["per_article"] = counts
    changed = sum(e.get("text_changed", False) for p in predicted.values() for e in p.values())
    if changed:
        print(f"  WARNING: {changed} analysed texts came back changed: offsets may not index the gold text")

    speed = print_speed(base, work, natasha, base_label) if "speed" in parts else {}
    report["speed"] = speed
    print_targets((events or {}).get("work tree"), (quotes or {}).get("work tree"), speed.get("ratio_to_natasha"), parts)

    report["runtime_s"] = {side.label: side.runtime for side in (base, work)}
    print("\nruntime (seconds; 'cached' = base read from the cache):")
    for side in (base, work):
        print(f"  {side.label:9}: " + (", ".join(f"{k} {v}" for k, v in side.runtime.items() if k != "words_per_s") or "-"))
    if natasha is not None:
        print(f"  natasha  : model_load_s {natasha['model_load_s']}, wall_s {natasha['wall_s']}, passes_s {natasha['passes_s']}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
