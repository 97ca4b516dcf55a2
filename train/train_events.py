"""Train the event classifier (``hotspot.understand.events.classifier``) of a language on the project's own texts.

Usage::

    python train/train_events.py [--language en|ru] [--data DIR] [--out FILE] [--l2 L] [--min-count N]
                                 [--threshold T] [--folds K] [--words]

1. Every ``*.jsonl`` of ``--data`` (default: ``train/events_<language>/``) holds texts the project
   wrote and annotated (README.md here says how), one per line: ``text``,
   ``reference_date`` and ``events`` in the format of ``bench/gold`` (trigger
   offsets, sentence span, type, status).
2. Each text runs through the analyzer as an article would
   (``hotspot.pipeline.Analyzer().reanalyze``); its parse is made again by the
   same parser, and ``event_candidates`` (Russian: ``event_candidates_ru``) gives
   every rule candidate with its signs. A candidate is labelled 1 when it matches an annotated event by the
   benchmark's rule (``bench/realnews_events.match``: trigger inside the
   annotated sentence, same type, one-to-one, nearest first), else 0.
3. A logistic regression with an L2 penalty (Newton's method, numpy only) is
   fitted on the signs seen in at least ``--min-count`` candidates. Before the
   final fit, ``--folds`` cross-validation by text prints how well it ranks
   and filters candidates it has not seen (texts of one fold never train it).
4. The weights, bias and ``--threshold`` (the probability under which a
   candidate is dropped) are written to ``--out`` with what they were trained
   on. The threshold is a choice, not learned here: the issue-12 bench's tune
   split is where it was chosen (see the data file's ``about``).

Deterministic: same data, same model.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))  # the bench scripts import each other as siblings

from realnews_events import match  # noqa: E402

from hotspot.records import told_as_real  # noqa: E402
from hotspot.understand.events.classifier import CONTEXT_SIGNS, WORD_SIGNS, Features, Model, status_signs  # noqa: E402

HERE = Path(__file__).resolve().parent
DATA = ROOT / "hotspot" / "understand" / "data"
TABLES = {"en": "event_classifier_en", "ru": "event_classifier_ru"}
STATUS_TABLES = {"en": "event_status_en", "ru": "event_status_ru"}


def read_texts(folder: Path) -> list[dict[str, Any]]:
    texts = []
    for path in sorted(folder.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            record = json.loads(line)
            for ev in record["events"]:
                if record["text"][ev["start"]:ev["end"]] != ev["trigger"]:
                    raise SystemExit(f"{path.name}:{n}: trigger {ev['trigger']!r} is not at {ev['start']}-{ev['end']}")
            record["origin"] = f"{path.name}:{n}"
            texts.append(record)
    return texts


def candidates_of(texts: list[dict[str, Any]], language: str = "en",
                  encoder: str | None = None) -> list[list[tuple[dict[str, Any], Features]]]:
    """Per text: each rule candidate as (the benchmark's event record, its signs), with its context's embedding among
    them when an ``encoder`` is named (``classifier.Model.with_context``, as the coder adds it at run time)."""
    from hotspot.pipeline import Analyzer
    from hotspot.records import Article, article_reference
    from hotspot.understand.events.coding import event_candidates
    from hotspot.understand.events.russian import event_candidates_ru

    candidates = event_candidates_ru if language == "ru" else event_candidates
    context_model = Model({}, 0.0, 0.5, encoder)
    analyzer = Analyzer()
    nlp = analyzer.parser(language)
    articles = [Article(id=f"t{i}", source=t.get("origin", f"t{i}"), text=t["text"], published=t.get("reference_date"),
                        language=language) for i, t in enumerate(texts)]
    out = []
    for result in analyzer.reanalyze(articles):
        article = result.article
        if article is None:
            raise SystemExit(f"{result.source}: not analysed ({result.reason})")
        doc = nlp(article.text)
        reference, _ = article_reference(article.published, article.captured)
        found = candidates(doc, article.entities, article.quotes, reference)
        signs = context_model.with_context([c.signs for c in found], [c.context for c in found])
        out.append([({"type": c.event.type, "trigger": [c.event.trigger.start, c.event.trigger.end, c.event.trigger.text],
                      "told_current": told_as_real(c.event),
                      "status_signs": status_signs(c.signs, c.time)},
                     s) for c, s in zip(found, signs, strict=True)])
    return out


def labelled_status(texts: list[dict[str, Any]],
                    cands: list[list[tuple[dict[str, Any], Features]]]) -> list[list[tuple[Features, int]]]:
    """The status model's rows: each candidate the rules tell as real and current that matches an annotated event,
    labelled 1 when that event's status is ``current`` (else historical, hypothetical, ...: 0), with its
    ``classifier.status_signs``."""
    rows = []
    for text, found in zip(texts, cands, strict=True):
        pairs = match([c for c, _ in found], text["events"])
        rows.append([(found[p][0]["status_signs"], int(text["events"][g]["status"] == "current"))
                     for g, p in sorted(pairs.items(), key=lambda gp: gp[1]) if found[p][0]["told_current"]])
    return rows


def labelled(texts: list[dict[str, Any]], cands: list[list[tuple[dict[str, Any], Features]]]) -> list[list[tuple[Features, int]]]:
    rows = []
    for text, found in zip(texts, cands, strict=True):
        matched = set(match([c for c, _ in found], text["events"]).values())
        rows.append([(signs, int(i in matched)) for i, (_, signs) in enumerate(found)])
    return rows


def fit(x: np.ndarray, y: np.ndarray, l2: float, steps: int = 50, penalty: np.ndarray | None = None) -> np.ndarray:
    """L2-penalised logistic regression by Newton's method; column 0 of ``x`` is the unpenalised bias. ``penalty``,
    when given, is each column's own L2 weight (column 0's is ignored); else every column has ``l2``."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2) if penalty is None else penalty.astype(float).copy()
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def design(rows: list[tuple[Features, int]], names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    index = {n: i + 1 for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names) + 1))
    x[:, 0] = 1.0
    for r, (signs, _) in enumerate(rows):
        for name, value in signs.items():
            j = index.get(name)
            if j is not None:
                x[r, j] = value
    return x, np.array([label for _, label in rows], dtype=float)


def vocabulary(rows: list[tuple[Features, int]], min_count: int, words: bool = True) -> list[str]:
    seen = Counter(name for signs, _ in rows for name in signs if words or not name.startswith(WORD_SIGNS))
    return sorted(n for n, c in seen.items() if c >= min_count)


def penalties(names: list[str], l2: float, context_l2: float | None) -> np.ndarray:
    """Each column's L2 weight (bias first): ``context_l2`` for the context embedding's dimensions, ``l2`` for the rest."""
    out = np.full(len(names) + 1, l2)
    if context_l2 is not None:
        out[1:][[n.startswith(CONTEXT_SIGNS) for n in names]] = context_l2
    return out


def cross_validate(per_text: list[list[tuple[Features, int]]], folds: int, l2: float, min_count: int, words: bool,
                   context_l2: float | None = None) -> np.ndarray:
    """Held-out probability of every candidate, texts dealt round-robin into ``folds`` folds."""
    scores: list[np.ndarray] = []
    for k in range(folds):
        train_rows = [r for i, rows in enumerate(per_text) if i % folds != k for r in rows]
        test_rows = [r for i, rows in enumerate(per_text) if i % folds == k for r in rows]
        if not test_rows:
            continue
        names = vocabulary(train_rows, min_count, words)
        w = fit(*design(train_rows, names), l2, penalty=penalties(names, l2, context_l2))
        x, _ = design(test_rows, names)
        scores.append(1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30))))
    flat = np.concatenate(scores)
    labels_in_order = [label for k in range(folds) for i, rows in enumerate(per_text) if i % folds == k for _, label in rows]
    return np.array([flat, np.array(labels_in_order, dtype=float)])


def report(probabilities: np.ndarray, labels: np.ndarray) -> None:
    total, positives = len(labels), int(labels.sum())
    print(f"candidates {total}, true events among them {positives} (precision with no model {positives / max(total, 1):.3f})")
    print("threshold | kept | precision | recall of true candidates")
    for t in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7):
        kept = probabilities >= t
        tp = float((labels[kept] == 1).sum())
        print(f"{t:9.1f} | {int(kept.sum()):4d} | {tp / max(kept.sum(), 1):9.3f} | {tp / max(positives, 1):.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--language", choices=sorted(TABLES), default="en")
    parser.add_argument("--data", type=Path, default=None, help="default: train/events_<language>/")
    parser.add_argument("--out", type=Path, default=None, help="default: the language's model in hotspot/understand/data/")
    parser.add_argument("--l2", type=float, default=2.0)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--threshold", type=float, default=0.35)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--words", action="store_true",
                        help="also weigh the trigger's lemma and lexicon mode (off: 60 texts teach a word's quirks, not its sense)")
    parser.add_argument("--encoder", choices=("use", "e5"), default=None,
                        help="also weigh the embedding of each candidate's sentence and window (classifier.context_of) by this encoder")
    parser.add_argument("--context-l2", type=float, default=None,
                        help="the L2 penalty of the context embedding's dimensions (default: --l2, as every sign)")
    parser.add_argument("--target", choices=("event", "status"), default="event",
                        help="event: is a candidate an annotated event (the event classifier); status: is a candidate the "
                             "rules tell as current one whose annotated status is current (the status model)")
    args = parser.parse_args(argv)
    data = args.data or HERE / f"events_{args.language}"
    if args.target == "status" and args.language not in STATUS_TABLES:
        raise SystemExit(f"no status model for language {args.language!r}")
    table_name = STATUS_TABLES[args.language] if args.target == "status" else TABLES[args.language]
    out = args.out or DATA / f"{table_name}.json"

    texts = read_texts(data)
    print(f"{len(texts)} texts, {sum(len(t['events']) for t in texts)} annotated events")
    if args.target == "status":
        args.encoder, args.words = None, False  # when things happen is told by forms, not by words or topic
        per_text = labelled_status(texts, candidates_of(texts, args.language))
    else:
        per_text = labelled(texts, candidates_of(texts, args.language, args.encoder))
    if args.folds > 1:
        probabilities, labels = cross_validate(per_text, args.folds, args.l2, args.min_count, args.words, args.context_l2)
        print(f"{args.folds}-fold cross-validation by text:")
        report(probabilities, labels)
    rows = [r for rows in per_text for r in rows]
    names = vocabulary(rows, args.min_count, args.words)
    w = fit(*design(rows, names), args.l2, penalty=penalties(names, args.l2, args.context_l2))
    weights = {n: round(float(v), 4) for n, v in zip(names, w[1:], strict=True) if abs(v) >= 1e-4}
    table = {
        "about": (
            (f"The trained status model of hotspot.understand.events.classifier ({args.language}): a logistic regression "
             "over classifier.status_signs (forms and relations, no words, and classifier.time_signs) of each rule "
             "candidate the rules tell as real and current that matches an annotated event, 1 when its annotated status "
             f"is current; written by train/train_events.py --target status from the texts in train/events_{args.language}/ "
             "(written and annotated for the project, Apache-2.0; no benchmark text). coding.classified multiplies the "
             "event model's probability by this one's for such events; 'threshold' is unused (nothing is dropped by it): "
             "the signal reads the product at records.counted_confidence. 'trained_on' says on what.")
            if args.target == "status" else
            f"The trained model of hotspot.understand.events.classifier ({args.language}): a logistic regression over the "
            f"signs of each rule candidate (classifier.features), written by train/train_events.py from the texts in "
            f"train/events_{args.language}/ (written and annotated for the project, Apache-2.0; no benchmark text). A "
            "candidate stands when its probability is at least 'threshold', a choice checked on the development sets "
            "(the real-news gold's tune split, the PLOVER GSR development half, the topic controls), never on a test "
            "split. 'trained_on' says on what."
            + (f" 'encoder': the signs include the embedding of each candidate's sentence and of the words around its "
               f"trigger by the sentence encoder '{args.encoder}' (hotspot.connect.embeddings, shipped in its package), "
               "dimension by dimension ('context.sentence.N', 'context.window.N')." if args.encoder else "")
        ),
        "trained_on": {"texts": len(texts), "candidates": len(rows), "true_candidates": int(sum(label for _, label in rows)),
                       "l2": args.l2, "min_count": args.min_count, "words": args.words, "encoder": args.encoder,
                       "context_l2": args.context_l2},
        "bias": round(float(w[0]), 4),
        "encoder": args.encoder,
        "threshold": 0.0 if args.target == "status" else args.threshold,
        "weights": dict(sorted(weights.items())),
    }
    out.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(weights)} weights written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
