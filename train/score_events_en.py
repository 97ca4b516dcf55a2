"""Score the English event coder on a training-format file before it is trained on or read: a held-out check (issue 12).

Usage::

    python train/score_events_en.py train/events_en/written_y.jsonl --base REV [--show N]

Why: a file written blind to the system says how the shipped coder does on text nobody tuned on, once, before its errors
are read. The English twin of ``train/score_events_ru.py``: the code at ``REV`` ("base") and the work tree each analyse
the file's texts in a subprocess (``bench/realnews_events.py``'s sides, the base cached per commit) and are scored by the
bench's rule (same type, trigger inside the gold sentence, one-to-one, nearest triggers first): counted precision
(counted events matched to a gold ``current`` event / counted events), current recall, event F1, status accuracy.
``--show N`` prints up to N counted events of the work tree that match no gold current event (the file is the
project's own, so its errors may be read; after that it is no longer held out).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import codeat
import realnews_events as en


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("file", type=Path, help="a jsonl of texts with inline events (train/events_en/*.jsonl)")
    parser.add_argument("--base", required=True, help="the commit to compare with")
    parser.add_argument("--show", type=int, default=0, help="print up to N counted events of the work tree that are wrong")
    args = parser.parse_args(argv)
    records = [json.loads(line) for line in args.file.read_text(encoding="utf-8").splitlines() if line.strip()]
    name = args.file.stem
    articles = [{**r, "file": r["id"], "split": "tune"} for r in records]
    items = [{"id": r["id"], "text": r["text"], "published": r.get("reference_date")} for r in records]
    commit = codeat.commit_of(args.base)
    sides = {f"base {commit[:7]}": en.Side("base", codeat.tree("realnews", commit), commit),
             "work tree": en.Side("work tree", en.REPO_ROOT, None)}
    predicted = {label: side.analyse({name: items})[name] for label, side in sides.items()}
    for label, p in predicted.items():
        f = en.score_gold({name: articles}, {name: p})[f"{name}/all"]
        c = f["counts"]
        print(f"{label:12}: counted precision {c['counted_matched_current']}/{c['predicted_counted']} = "
              f"{f['counted_precision'] or 0:.3f}; current recall {c['gold_current_found']}/{c['gold_current']} = "
              f"{f['current_recall'] or 0:.3f}; event F1 {f['f1'] or 0:.3f}; status accuracy {f['status_accuracy'] or 0:.3f}")
    if args.show:
        en.show_errors({name: articles}, {name: predicted["work tree"]}, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
