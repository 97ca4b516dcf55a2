"""Score the English event coder on a training-format file before it is trained on or read: a held-out check (issue 12).

Usage::

    python train/score_events_en.py train/events_en/written_y.jsonl --base REV [--show N] [--counted-at T,T,...]

Why: a file written blind to the system says how the shipped coder does on text nobody tuned on, once, before its errors
are read. The English twin of ``train/score_events_ru.py``: the code at ``REV`` ("base") and the work tree each analyse
the file's texts in a subprocess (``bench/realnews_events.py``'s sides, the base cached per commit) and are scored by the
bench's rule (same type, trigger inside the gold sentence, one-to-one, nearest triggers first): counted precision
(counted events matched to a gold ``current`` event / counted events), current recall, event F1, status accuracy.
``--show N`` prints up to N counted events of the work tree that match no gold current event (the file is the
project's own, so its errors may be read; after that it is no longer held out).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import codeat
import realnews_events as en
from score_events_ru import arguments, print_counted_at, print_scores, read_file


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__, argv, "train/events_en/*.jsonl")
    name, articles, items = read_file(args.file)
    commit = codeat.commit_of(args.base)
    sides = {f"base {commit[:7]}": en.Side("base", codeat.tree("realnews", commit), commit),
             "work tree": en.Side("work tree", en.REPO_ROOT, None)}
    predicted = {label: side.analyse({name: items})[name] for label, side in sides.items()}
    print_scores(name, articles, predicted)
    print_counted_at(args, name, articles, predicted["work tree"])
    if args.show:
        en.show_errors({name: articles}, {name: predicted["work tree"]}, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
