"""Events on real news pages annotated blind outside the repository (issues 12 and 15), read and held-out files pooled.

Usage::

    python bench/realpages.py DIR --base REV [--held b,d,f]

Why: the gold sets under ``bench/gold`` have been scored for weeks, and every rule since was written with their tune
halves in view; the written files under ``train/events_*/heldout`` are the project's own prose. Real pages nobody has
tuned on are the measure the issues ask for. ``DIR`` holds files named ``<language>_<letter>.jsonl`` (``en_a.jsonl``,
``ru_b.jsonl`` ...) in the training format (``id``, ``url``, ``genre``, ``topic``, ``reference_date``, ``text``,
``events``), each 16 excerpts of real news pages as the tool library's stored copies give them, annotated event by
event from the text alone by an authoring session blind to the system (the brief it was given:
``bench/realpages_brief.md``).
Their texts belong to their publishers, so they stay outside the repository and this bench reads them from ``DIR``:
without the folder there is nothing to score.

Files whose letter is in ``--held`` (default ``b,d,f``) are held out: scored, their errors never read; the others
were read and rules written from them. Printed for the code at ``REV`` (base) and the work tree, in one run: per file,
and pooled per language and role, the counted precision, current recall, event F1 and status accuracy by the rule of
``bench/realnews_events.py`` (same type, trigger inside the gold sentence, one-to-one), with the kinds of the counted
events that are no gold current event (counts only). The base's analyses are cached per commit as the other benches
cache them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "train"))
import codeat  # noqa: E402
import realnews_events as en  # noqa: E402
import realnews_ru as ru  # noqa: E402
from score_events_ru import read_file  # noqa: E402

Item = dict[str, Any]


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="the folder of <language>_<letter>.jsonl files")
    parser.add_argument("--base", required=True, help="the commit to compare with")
    parser.add_argument("--held", default="b,d,f", help="the letters of the held-out files (default b,d,f)")
    return parser.parse_args(argv)


def analyse(language: str, name: str, items: list[Item], base: str) -> dict[str, dict[str, Item]]:
    """Raw events per side for one file, as ``train/score_events_en.py`` and ``score_events_ru.py`` analyse it."""
    commit = codeat.commit_of(base)
    if language == "ru":
        sides: dict[str, Any] = {"base": ru.Side("base", codeat.tree(ru.BENCH, commit), commit),
                                 "work tree": ru.Side("work tree", ru.REPO_ROOT, None)}
        return {label: side.analyse(items, 1, timed=False) for label, side in sides.items()}
    sides = {"base": en.Side("base", codeat.tree("realnews", commit), commit),
             "work tree": en.Side("work tree", en.REPO_ROOT, None)}
    return {label: side.analyse({name: items})[name] for label, side in sides.items()}


def line(label: str, articles: list[Item], predicted: dict[str, Item]) -> str:
    """One side's figures for a group of texts, and the kinds of its counted errors."""
    figures = en.score_gold({"group": articles}, {"group": predicted})["group/all"]
    c = figures["counts"]
    kinds = ", ".join(f"{n} {k.split(':', 1)[1]}" for k, n in c.items() if k.startswith("counted_as:") and n)
    return (f"  {label:10}: counted precision {c['counted_matched_current']}/{c['predicted_counted']} = "
            f"{figures['counted_precision'] or 0:.3f}; current recall {figures['current_recall'] or 0:.3f}; "
            f"event F1 {figures['f1'] or 0:.3f}; status accuracy {figures['status_accuracy'] or 0:.3f}"
            + (f"\n{'':14}counted errors: {kinds}" if kinds else ""))


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    held = {letter.strip() for letter in args.held.split(",") if letter.strip()}
    files = sorted(args.folder.glob("*_*.jsonl"))
    if not files:
        raise SystemExit(f"{args.folder}: no <language>_<letter>.jsonl files")
    print(f"realpages: base {args.base} vs work tree; held out (scored only): {', '.join(sorted(held))}")
    groups: dict[tuple[str, str], tuple[list[Item], dict[str, dict[str, Item]]]] = {}
    for path in files:
        language, _, letter = path.stem.partition("_")
        if language not in ("en", "ru"):
            continue
        name, articles, items = read_file(path)
        predicted = analyse(language, name, items, args.base)
        role = "held out" if letter in held else "read"
        print(f"{name} ({role}, {len(articles)} texts)")
        for label, side in predicted.items():
            print(line(label, articles, side))
        pooled_articles, pooled = groups.setdefault((language, role), ([], {"base": {}, "work tree": {}}))
        pooled_articles.extend(articles)
        for label, side in predicted.items():
            pooled[label].update(side)
    for (language, role), (articles, pooled) in sorted(groups.items()):
        print(f"pooled {language} {role} ({len(articles)} texts)")
        for label, side in pooled.items():
            print(line(label, articles, side))
    return 0


if __name__ == "__main__":
    sys.exit(main())
