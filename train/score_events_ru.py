"""Score the Russian event coder on a training file before it is trained on: a held-out check (issue 15).

Usage::

    python train/score_events_ru.py train/events_ru/written_re.jsonl --base REV [--show N] [--counted-at T,T,...]

Why: a file written blind to the system says how the shipped coder does on text nobody tuned on, once, before its errors
are read and it enters training. The code at ``REV`` ("base") and the work tree each analyse the file's texts in a
subprocess (``bench/realnews_ru.py``'s sides, the base cached per commit), and are scored by the bench's rule
(``bench/realnews_events.py``: same type, trigger inside the gold sentence, one-to-one, nearest triggers first): counted
precision (counted events matched to a gold ``current`` event / counted events), current recall, event F1, status
accuracy. ``--show N`` prints up to N counted events of the work tree that match no gold current event, and up to N gold
current events no counted event matches (the file is the project's own, so every error may be read; after that it is
no longer held out).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import codeat
import realnews_events as en
import realnews_ru as ru


def arguments(doc: str | None, argv: list[str] | None, what: str) -> argparse.Namespace:
    """The command line both scorers take: the file, the base commit and how many errors to show."""
    parser = argparse.ArgumentParser(description=(doc or "").split("\n\n")[0])
    parser.add_argument("file", type=Path, help=f"a jsonl of texts with inline events ({what})")
    parser.add_argument("--base", required=True, help="the commit to compare with")
    parser.add_argument("--show", type=int, default=0, help="print up to N errors (and misses) of the work tree")
    parser.add_argument("--counted-at", type=en.parse_thresholds, default=None, metavar="T,T,...",
                        help="also print the work tree's counted precision and current recall at these confidence thresholds")
    return parser.parse_args(argv)


def read_file(path: Path) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """The file's name, its texts as gold articles of the ``tune`` split, and the items to analyse."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    name = path.stem
    articles = [{"file": r["id"], "split": "tune", "folder": name, "reference_date": r.get("reference_date"), "text": r["text"],
                 "events": r["events"], "quotes": []} for r in records]
    items = [{"id": a["file"], "text": a["text"], "published": a["reference_date"]} for a in articles]
    return name, articles, items


def print_scores(name: str, articles: list[dict[str, Any]], predicted: dict[str, Any]) -> None:
    """One line per side: counted precision, current recall, event F1, status accuracy (the bench's rule)."""
    for label, p in predicted.items():
        f = en.score_gold({name: articles}, {name: p})[f"{name}/all"]
        c = f["counts"]
        print(f"{label:12}: counted precision {c['counted_matched_current']}/{c['predicted_counted']} = "
              f"{f['counted_precision'] or 0:.3f}; current recall {c['gold_current_found']}/{c['gold_current']} = "
              f"{f['current_recall'] or 0:.3f}; event F1 {f['f1'] or 0:.3f}; status accuracy {f['status_accuracy'] or 0:.3f}")


def print_counted_at(args: argparse.Namespace, name: str, articles: list[dict[str, Any]], work: dict[str, Any]) -> None:
    """``--counted-at``: the bench's counted curve (``realnews_events.counted_curve``) of the file, for the work tree."""
    if args.counted_at:
        en.print_counted_curve({name: ({name: articles}, {name: work})}, args.counted_at)


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__, argv, "train/events_ru/*.jsonl")
    name, articles, items = read_file(args.file)
    commit = codeat.commit_of(args.base)
    sides = {f"base {commit[:7]}": ru.Side("base", codeat.tree(ru.BENCH, commit), commit),
             "work tree": ru.Side("work tree", ru.REPO_ROOT, None)}
    predicted = {label: side.analyse(items, 1, timed=False) for label, side in sides.items()}
    print_scores(name, articles, predicted)
    print_counted_at(args, name, articles, predicted["work tree"])
    if args.show:
        en.show_errors({name: articles}, {name: predicted["work tree"]}, args.show)
        ru.show_misses(name, articles, predicted["work tree"], args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
