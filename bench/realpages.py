"""Events and quotes on real news pages annotated blind outside the repository (issues 12, 14 and 15), read and held-out
files pooled.

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

A file whose records carry ``quotes`` instead of ``events`` (the format of ``bench/gold/written_opinion_quotes*.jsonl``:
``content``, ``cue``, ``speaker``, ``speaker_name``, ``kind``, ``via``, ``parts``; brief in ``realpages_brief.md``) is a
quote file: it is scored as ``bench/realnews_quotes.py`` and ``realnews_ru.py`` score quotes (precision, recall and F1
at 30 % overlap, F1 at 80 %, speaker accuracy of the matched quotes), per file and pooled per language and role.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "train"))
import codeat  # noqa: E402
import realnews_events as en  # noqa: E402
import realnews_quotes as enq  # noqa: E402
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


def read_quote_file(path: Path) -> tuple[str, list[Item], list[Item]]:
    """A quote file's name, its texts as gold articles of one group (``folder``: the file's name), and the items to
    analyse."""
    records = [json.loads(text) for text in path.read_text(encoding="utf-8").splitlines() if text.strip()]
    articles = [{"file": r["id"], "split": "test", "folder": path.stem, "text": r["text"], "quotes": r["quotes"]}
                for r in records]
    items = [{"id": r["id"], "text": r["text"], "published": r.get("reference_date")} for r in records]
    return path.stem, articles, items


def analyse_quotes(language: str, name: str, items: list[Item], base: str) -> dict[str, dict[str, Item]]:
    """Raw quotes per side for one file: the Russian sides record them with the events; English as
    ``bench/realnews_quotes.py`` analyses its texts."""
    if language == "ru":
        return analyse(language, name, items, base)
    commit = codeat.commit_of(base)
    texts = [{"id": i["id"], "text": i["text"]} for i in items]
    return {"base": enq.analyse("base", codeat.tree(enq.BENCH, commit), commit, texts, {}),
            "work tree": enq.analyse("work tree", enq.REPO_ROOT, None, texts, {})}


def quote_line(label: str, articles: list[Item], predicted: dict[str, Item]) -> str:
    """One side's quote figures for a group of texts."""
    f = ru.score_quotes([{**a, "folder": "group"} for a in articles], predicted)["group/test"]
    c = f["counts"]
    return (f"  {label:10}: precision@30 {c['matched_30']}/{c['predicted']} = {f['precision_30'] or 0:.3f}; "
            f"recall@30 {f['recall_30'] or 0:.3f}; F1@30 {f['f1_30'] or 0:.3f}; F1@80 {f['f1_80'] or 0:.3f}; "
            f"speaker accuracy {c['speaker_right']}/{c['speaker_n']} = {f['speaker_accuracy'] or 0:.3f}")


def is_quote_file(path: Path) -> bool:
    """Whether a file's records carry quotes (and no events)."""
    first = next((text for text in path.read_text(encoding="utf-8").splitlines() if text.strip()), "{}")
    record = json.loads(first)
    return "quotes" in record and "events" not in record


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
    groups: dict[tuple[str, str, bool], tuple[list[Item], dict[str, dict[str, Item]]]] = {}
    for path in files:
        language, _, letter = path.stem.partition("_")
        if language not in ("en", "ru"):
            continue
        quotes = is_quote_file(path)
        name, articles, items = read_quote_file(path) if quotes else read_file(path)
        predicted = analyse_quotes(language, name, items, args.base) if quotes else analyse(language, name, items, args.base)
        role = "held out" if letter in held else "read"
        print(f"{name} ({role}{', quotes' if quotes else ''}, {len(articles)} texts)")
        for label, side in predicted.items():
            print(quote_line(label, articles, side) if quotes else line(label, articles, side))
        pooled_articles, pooled = groups.setdefault((language, role, quotes), ([], {"base": {}, "work tree": {}}))
        pooled_articles.extend(articles)
        for label, side in predicted.items():
            pooled[label].update(side)
    for (language, role, quotes), (articles, pooled) in sorted(groups.items()):
        print(f"pooled {language} {role}{', quotes' if quotes else ''} ({len(articles)} texts)")
        for label, side in pooled.items():
            print(quote_line(label, articles, side) if quotes else line(label, articles, side))
    return 0


if __name__ == "__main__":
    sys.exit(main())
