"""Quote-extraction benchmark on PolNeAR dev, side by side with textacy's direct quotations.

Usage: ``python bench/quotes.py [--limit N] [--data DIR] [--show N] [--half even|odd]``

Development split: rules are tuned on ``--half even`` and checked on ``--half odd``.

Scoring (GenderGapTracker's method, see ``../shared/benchmarks/README.md``):

- Gold: every PolNeAR attribution with a Content span, from the first ``.ann``
  of each article in name order. A discontinuous content counts as the set of
  its characters.
- Match: a predicted quote matches a gold attribution when the characters they
  share are at least 30% (also reported: 80%) of the gold content's characters.
  Matching is one-to-one, greedy by shared characters. Precision = matched /
  predicted, recall = matched / gold, F1 their harmonic mean.
- Speaker accuracy, over matched quotes whose gold attribution has a Source: the
  predicted speaker is right when (a) its mention span overlaps the gold Source
  span, or (b) after speaker resolution, the last word of the resolved
  ``speaker.name`` appears (case-insensitive, as a word) in the gold Source text
  or, when the gold Source is a pronoun, in the nearest PERSON/ORG-looking
  capitalised name before it (the last proper name among the 300 characters
  preceding the pronoun), or (c) when the gold Source is a relative pronoun
  ('a doctor who is a fierce critic of ...', 'the government, which has
  denied ...'), the predicted mention ends right before it (nothing but spaces
  and a comma between): the noun the relative clause hangs from is who speaks.
  No predicted speaker counts as wrong.
- Kind: PolNeAR has no kind label; the gold kind is derived from the content:
  ``direct`` if the content (stripped of spaces and punctuation) is wholly
  inside quotation marks, ``mixed`` if it contains a quoted part, else
  ``indirect``. By-kind recall is over gold of that kind; by-kind precision over
  predictions of that kind (matched against any gold).

If ``hotspot.understand.speakers.resolve_speakers`` is importable it runs (with
``find_entities(doc)``) before scoring; otherwise the raw mention spans are scored.
Speed: quotes/s over the quote stage (quote finding and speaker resolution), and
the quote stage's time as a share of the spaCy parse time of the same articles.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

DEFAULT_DATA = REPO_ROOT.parent / "shared" / "benchmarks" / "polnear_dev"
THRESHOLDS = (0.3, 0.8)
KINDS = ("direct", "indirect", "mixed")
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "its", "their", "who", "which"}
QUOTE_CHARS = "\"“”‘’'«»"


@dataclass
class GoldQuote:
    chars: frozenset[int]
    start: int
    end: int
    text: str
    kind: str
    source: tuple[int, int] | None = None
    source_text: str = ""


@dataclass
class Article:
    name: str
    text: str
    gold: list[GoldQuote] = field(default_factory=list)


def _spans(field_text: str) -> list[tuple[int, int]]:
    return [tuple(map(int, part.split())) for part in field_text.split(";")]  # type: ignore[misc]


def gold_kind(text: str, spans: list[tuple[int, int]]) -> str:
    """direct / mixed / indirect from where quotation marks fall in the content."""
    from hotspot.understand.quotes import find_marked

    content = "".join(text[a:b] for a, b in spans)
    marked = find_marked(content)
    if not marked:
        # the marks may be just outside a content span (content inside the marks)
        a, b = spans[0][0], spans[-1][1]
        before, after = text[max(0, a - 2) : a], text[b : b + 2]
        if any(c in QUOTE_CHARS for c in before) and any(c in QUOTE_CHARS for c in after):
            return "direct"
        return "indirect"
    inside = set()
    for m in marked:
        inside.update(range(m.outer_start, m.outer_end))
    outside = "".join(ch for k, ch in enumerate(content) if k not in inside)
    return "mixed" if re.search(r"\w", outside) else "direct"


def load_articles(data: Path, limit: int | None = None) -> list[Article]:
    """The articles of PolNeAR dev with the first annotator's attributions."""
    articles = []
    chosen: dict[str, Path] = {}
    for ann in sorted((data / "attributions").glob("*.ann")):
        base = ann.stem.rsplit("_", 1)[0]
        chosen.setdefault(base, ann)
    for base, ann in sorted(chosen.items()):
        text_path = data / "text" / f"{base}.txt"
        if not text_path.is_file():
            continue
        text = text_path.read_text(encoding="utf-8")
        spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
        events = []
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            if parts[0].startswith("T"):
                label, _, offsets = parts[1].partition(" ")
                spans[parts[0]] = (label, _spans(offsets))
            elif parts[0].startswith("E"):
                events.append(dict(item.split(":", 1) for item in parts[1].split()))
        article = Article(base, text)
        for event in events:
            content = spans.get(event.get("Content", ""))
            if content is None:
                continue
            chars = frozenset(k for a, b in content[1] for k in range(a, b) if not text[k].isspace())
            if not chars:
                continue
            source = spans.get(event.get("Source", ""))
            src = (source[1][0][0], source[1][-1][1]) if source else None
            article.gold.append(
                GoldQuote(
                    chars=chars,
                    start=content[1][0][0],
                    end=content[1][-1][1],
                    text=" ".join(text[a:b] for a, b in content[1]),
                    kind=gold_kind(text, content[1]),
                    source=src,
                    source_text=" ".join(text[a:b] for a, b in source[1]) if source else "",
                )
            )
        articles.append(article)
        if limit and len(articles) >= limit:
            break
    return articles


@dataclass
class Pred:
    start: int
    end: int
    kind: str
    speaker: tuple[int, int] | None = None
    speaker_name: str | None = None
    speaker_record: object = None
    cue: object = None

    @property
    def speaker_span(self) -> tuple[int, int] | None:
        return self.speaker


def match(preds: list[Pred], gold: list[GoldQuote], threshold: float) -> list[tuple[int, int]]:
    """One-to-one (pred index, gold index) pairs, greedy by shared characters."""
    candidates = []
    for p_idx, pred in enumerate(preds):
        for g_idx, g in enumerate(gold):
            if pred.end <= g.start or g.end <= pred.start:
                continue
            shared = sum(1 for k in g.chars if pred.start <= k < pred.end)
            if shared >= threshold * len(g.chars):
                candidates.append((shared / len(g.chars), p_idx, g_idx))
    pairs, used_p, used_g = [], set(), set()
    for _, p_idx, g_idx in sorted(candidates, reverse=True):
        if p_idx in used_p or g_idx in used_g:
            continue
        used_p.add(p_idx)
        used_g.add(g_idx)
        pairs.append((p_idx, g_idx))
    return pairs


def _antecedent(text: str, start: int) -> str:
    names = re.findall(r"(?:[A-Z][\w’'.-]+\s)*[A-Z][\w’'.-]+", text[max(0, start - 300) : start])
    return names[-1] if names else ""


RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}


def speaker_right(pred: Pred, gold: GoldQuote, text: str) -> bool:
    if gold.source is None:
        return False
    if pred.speaker is not None and pred.speaker[0] < gold.source[1] and gold.source[0] < pred.speaker[1]:
        return True
    if (pred.speaker is not None and gold.source_text.strip().lower() in RELATIVE_PRONOUNS
            and pred.speaker[1] <= gold.source[0] and re.fullmatch(r"[\s,]*", text[pred.speaker[1]:gold.source[0]])):
        return True  # the relative clause's head noun: 'a lawyer who ...'
    if pred.speaker_name:
        last = pred.speaker_name.split()[-1].lower()
        target = gold.source_text
        if gold.source_text.strip().lower() in PRONOUNS:
            target = _antecedent(text, gold.source[0])
        return re.search(rf"\b{re.escape(last)}\b", target.lower()) is not None
    return False


def textacy_preds(doc) -> list[Pred]:
    from textacy.extract.triples import direct_quotations

    preds = []
    try:
        for dq in direct_quotations(doc):
            content = dq.content
            a, b = content[0].idx, content[-1].idx + len(content[-1])
            while a < b and doc.text[a] in QUOTE_CHARS + " ":
                a += 1
            while b > a and doc.text[b - 1] in QUOTE_CHARS + " ,.":
                b -= 1
            speaker = None
            if dq.speaker:
                speaker = (dq.speaker[0].idx, dq.speaker[-1].idx + len(dq.speaker[-1]))
            preds.append(Pred(a, b, "direct", speaker))
    except Exception as exc:  # textacy fails on some layouts; count as no quotes
        print(f"  textacy failed: {exc!r}", file=sys.stderr)
    return preds


@dataclass
class Tally:
    pred: int = 0
    gold: int = 0
    matched: dict[float, int] = field(default_factory=lambda: defaultdict(int))
    speaker_ok: int = 0
    speaker_n: int = 0
    by_kind_gold: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    by_kind_recall: dict[tuple[float, str], int] = field(default_factory=lambda: defaultdict(int))
    by_kind_pred: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    by_kind_prec: dict[tuple[float, str], int] = field(default_factory=lambda: defaultdict(int))

    def add(self, preds: list[Pred], gold: list[GoldQuote], text: str) -> None:
        self.pred += len(preds)
        self.gold += len(gold)
        for g in gold:
            self.by_kind_gold[g.kind] += 1
        for p in preds:
            self.by_kind_pred[p.kind] += 1
        for threshold in THRESHOLDS:
            pairs = match(preds, gold, threshold)
            self.matched[threshold] += len(pairs)
            for p_idx, g_idx in pairs:
                self.by_kind_recall[(threshold, gold[g_idx].kind)] += 1
                self.by_kind_prec[(threshold, preds[p_idx].kind)] += 1
                if threshold == THRESHOLDS[0] and gold[g_idx].source is not None:
                    self.speaker_n += 1
                    self.speaker_ok += speaker_right(preds[p_idx], gold[g_idx], text)

    def prf(self, threshold: float) -> tuple[float, float, float]:
        m = self.matched[threshold]
        p = m / self.pred if self.pred else 0.0
        r = m / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def speaker_accuracy(self) -> float:
        return self.speaker_ok / self.speaker_n if self.speaker_n else 0.0


def join_continuations(quotes, text: str) -> list:
    """PolNeAR's unit: one attribution per cue, its content spanning every quotation the cue governs.

    Hotspot emits one quote per quotation ('“A,” she said. “B.”' gives A, then B with the
    same speaker mention and no cue; '“A,” she said, “B.”' gives A and B with the same cue);
    PolNeAR annotates A and B as one discontinuous content. Before scoring, a direct quote
    without a cue of its own (none, or the cue of the quote before it) is joined to the quote
    just before it when both have the same speaker mention and lie in the same paragraph.
    """
    joined: list = []
    for q in quotes:
        prev = joined[-1] if joined else None
        if (
            prev is not None
            and q.kind == "direct"
            and (q.cue is None or (prev.cue is not None and (prev.cue.start, prev.cue.end) == (q.cue.start, q.cue.end)))
            and prev.speaker is not None
            and q.speaker is not None
            and prev.speaker == (q.speaker.start, q.speaker.end)
            and "\n" not in text[prev.end : q.start]
        ):
            joined[-1] = Pred(prev.start, q.end, prev.kind, prev.speaker, prev.speaker_name, prev.speaker_record, prev.cue)
            continue
        joined.append(
            Pred(
                q.start,
                q.end,
                q.kind,
                (q.speaker.start, q.speaker.end) if q.speaker else None,
                q.speaker.name if q.speaker else None,
                q.speaker,
                q.cue,
            )
        )
    return joined


def outermost(preds: list[Pred]) -> list[Pred]:
    """PolNeAR's guideline 'No nested attributions': only the outermost attribution is annotated.

    ('Reardon criticized Mr. Lamport for saying that a minimum wage is bad' is one
    attribution, Reardon's.) Hotspot keeps the nested one (Lamport's, with Reardon in
    its chain); before scoring, a prediction whose cue lies inside the content of
    another prediction is set aside.
    """
    kept = []
    for p in preds:
        inside = p.cue is not None and any(
            o is not p and o.start <= p.cue.start and p.cue.end <= o.end and o.start <= p.start and p.end <= o.end
            for o in preds
        )
        if not inside:
            kept.append(p)
    return kept


def run(data: Path, limit: int | None, show: int = 0, with_textacy: bool = True, half: str | None = None) -> dict:
    from hotspot.understand import find_entities, load_nlp
    from hotspot.understand.quotes import find_quotes

    try:
        from hotspot.understand.speakers import resolve_speakers
    except ImportError:
        resolve_speakers = None

    nlp = load_nlp()
    articles = load_articles(data, limit)
    if half in ("even", "odd"):
        # a fixed development split: articles at even (0, 2, ...) or odd positions in name order
        articles = articles[(0 if half == "even" else 1) :: 2]
    ours, base = Tally(), Tally()
    parse_s = quote_s = 0.0
    n_quotes = 0
    shown = 0
    for article in articles:
        t0 = time.perf_counter()
        doc = nlp(article.text)
        t_parsed = time.perf_counter()
        entities = find_entities(doc)  # the entity stage, not timed here
        t1 = time.perf_counter()
        quotes = find_quotes(doc)
        if resolve_speakers is not None:
            quotes = resolve_speakers(doc, quotes, entities)
        t2 = time.perf_counter()
        parse_s += t_parsed - t0
        quote_s += t2 - t1
        n_quotes += len(quotes)
        preds = outermost(join_continuations(quotes, article.text))
        ours.add(preds, article.gold, article.text)
        if with_textacy:
            base.add(textacy_preds(doc), article.gold, article.text)
        if show and shown < show:
            shown += _show(article, preds)
    return {
        "articles": len(articles),
        "ours": ours,
        "textacy": base if with_textacy else None,
        "parse_s": parse_s,
        "quote_s": quote_s,
        "quotes": n_quotes,
        "resolved": resolve_speakers is not None,
    }


def _show(article: Article, preds: list[Pred]) -> int:
    """Print the misses and the false alarms of one article (for development)."""
    text = article.text
    pairs = match(preds, article.gold, THRESHOLDS[0])
    mp = {p for p, _ in pairs}
    mg = {g for _, g in pairs}
    print(f"\n=== {article.name}")
    for g_idx, g in enumerate(article.gold):
        if g_idx not in mg:
            print(f"  MISS[{g.kind}] src={g.source_text!r}: {g.text[:150]!r}")
    for p_idx, p in enumerate(preds):
        if p_idx not in mp:
            sp = text[p.speaker[0] : p.speaker[1]] if p.speaker else None
            print(f"  FA[{p.kind}] spk={sp!r}: {text[p.start:p.end][:150]!r}")
    for p_idx, g_idx in pairs:
        g, p = article.gold[g_idx], preds[p_idx]
        if g.source and not speaker_right(p, g, text):
            sp = text[p.speaker[0] : p.speaker[1]] if p.speaker else None
            print(f"  SPK gold={g.source_text!r} pred={sp!r}: {g.text[:80]!r}")
    return 1


def report(result: dict) -> None:
    ours, base = result["ours"], result["textacy"]
    print(f"PolNeAR dev: {result['articles']} articles, {ours.gold} gold attributions")
    print(f"speaker resolution: {'resolve_speakers applied' if result['resolved'] else 'raw mention spans'}")
    header = f"{'system':<22}{'overlap':>8}{'P':>8}{'R':>8}{'F1':>8}{'speaker':>9}"
    print(header)
    print("-" * len(header))
    from hotspot.understand.quotes import EXTRACTOR

    for name, tally in ((EXTRACTOR, ours), ("textacy direct_quot.", base)):
        if tally is None:
            continue
        for threshold in THRESHOLDS:
            p, r, f = tally.prf(threshold)
            spk = f"{tally.speaker_accuracy():.3f}" if threshold == THRESHOLDS[0] else ""
            print(f"{name:<22}{threshold:>8.0%}{p:>8.3f}{r:>8.3f}{f:>8.3f}{spk:>9}")
    print()
    print(f"{'by kind (30% / 80%)':<22}{'gold':>6}{'R@30':>8}{'R@80':>8}{'pred':>6}{'P@30':>8}{'P@80':>8}{'textacy R@30':>14}")
    for kind in KINDS:
        g = ours.by_kind_gold[kind]
        n = ours.by_kind_pred[kind]
        r30 = ours.by_kind_recall[(0.3, kind)] / g if g else 0.0
        r80 = ours.by_kind_recall[(0.8, kind)] / g if g else 0.0
        p30 = ours.by_kind_prec[(0.3, kind)] / n if n else 0.0
        p80 = ours.by_kind_prec[(0.8, kind)] / n if n else 0.0
        tr = base.by_kind_recall[(0.3, kind)] / g if base and g else 0.0
        print(f"{kind:<22}{g:>6}{r30:>8.3f}{r80:>8.3f}{n:>6}{p30:>8.3f}{p80:>8.3f}{tr:>14.3f}")
    print()
    qs = result["quotes"] / result["quote_s"] if result["quote_s"] else 0.0
    share = result["quote_s"] / result["parse_s"] if result["parse_s"] else 0.0
    print(f"quote stage: {result['quotes']} quotes in {result['quote_s']:.2f} s = {qs:,.0f} quotes/s")
    print(f"spaCy parse: {result['parse_s']:.2f} s; quote stage = {share:.1%} of the parse")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the PolNeAR dev folder")
    parser.add_argument("--show", type=int, default=0, help="print misses and false alarms of N articles")
    parser.add_argument("--no-textacy", action="store_true", help="skip the textacy baseline")
    parser.add_argument("--half", choices=("even", "odd"), help="score only the articles at even/odd positions in name order (the development split)")
    parser.add_argument("--gate-off", action="store_true",
                        help="PolNeAR's scope: keep every attribution the frames find (the quote gate off, as the accuracy test scores)")
    args = parser.parse_args(argv)
    if not (args.data / "attributions").is_dir():
        print(f"no PolNeAR data under {args.data}", file=sys.stderr)
        return 2
    if args.gate_off:
        from hotspot.understand.quotes import frames

        frames.judge_attributions = lambda doc, attributions, cues: attributions  # type: ignore[assignment]
        print("quote gate: off (every attribution the frames find)")
    report(run(args.data, args.limit, args.show, not args.no_textacy, args.half))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
