"""PLOVER event-coding benchmark on the PLOVER Gold Standard Records, side by side with a keyword baseline.

Usage: ``python bench/events.py [--limit N] [--data FILE] [--show N] [--json FILE]``

Each GSR sentence is analysed as clean text: spaCy parse, ``find_entities``,
quotes with speakers, ``code_events(doc, entities, quotes)`` (no published date).

- Predicted type of a sentence: ``plover_type`` of the *top* event, where the
  top event is the one whose trigger's clause verb is highest in the dependency
  tree (fewest steps from the sentence root), earliest on ties, skipping events
  with no PLOVER reading (a negated hostile act). ``plover_type`` reads a
  promised cooperative act as AGREE (a promised retreat too), an
  announced or conditional hostile act as THREATEN and a negated cooperative act
  as REJECT, as the codebook does. No event: no prediction (counts against recall).
- Per-type precision/recall/F1 over the 16 types and their macro average
  (a type never predicted and never gold is left out of the average).
- Actor match: over sentences whose gold has actors and for which an event was
  predicted (also reported over all sentences with gold actors), the top
  event's actors match when one of them overlaps the character span of a gold
  actor text in the sentence, or has the same ISO country (our alpha-2 →
  alpha-3 with pycountry) as a gold actor's code. Recipient match likewise.
- Baseline: the type of the first token whose lemma is an unconditional
  keyword of the same lexicon (no syntax, no conditions); its actor is the
  first entity of the sentence, its recipient the second.
- Split: a fixed hash split (md5 of the record id, even = "dev") is reported
  beside the whole set; rules were inspected on dev errors only, and only dev
  confusions and dev sentences (``--show``) are printed.
- Speed: sentences/s of the event stage alone and of the whole analysis, and
  the event stage's time as a share of the spaCy parse time.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

DEFAULT_DATA = REPO_ROOT.parent / "shared" / "benchmarks" / "plover" / "plover_gsr" / "plover_gsr_normalized.jsonl"


def alpha3(code: str | None) -> str | None:
    if not code:
        return None
    import pycountry

    try:
        country = pycountry.countries.get(alpha_2=code.upper())
    except (KeyError, LookupError):
        return None
    return country.alpha_3 if country else None


# The GSR uses a few codes of its own for countries.
GSR_ALIASES = {"JAP": "JPN", "PAL": "PSE", "SER": "SRB", "YUG": "SRB", "ROM": "ROU", "GER": "DEU", "UK": "GBR", "USSR": "RUS", "SUN": "RUS", "ZAI": "COD", "TMP": "TLS", "KOS": "XKX"}


def gold_parties(record: dict, key: str) -> list[dict]:
    parties = record.get(key) or []
    return [p for p in parties if isinstance(p, dict) and (p.get("actorText") or p.get("code"))]


def gold_spans(text: str, parties: list[dict]) -> list[tuple[int, int]]:
    spans = []
    for p in parties:
        needle = (p.get("actorText") or "").strip()
        if not needle:
            continue
        i = text.find(needle)
        if i < 0:
            i = text.lower().find(needle.lower())
        if i >= 0:
            spans.append((i, i + len(needle)))
    return spans


def party_match(predicted: list[tuple[int, int, str | None]], text: str, parties: list[dict]) -> bool:
    spans = gold_spans(text, parties)
    codes = {GSR_ALIASES.get((p.get("code") or "").upper(), (p.get("code") or "").upper()) for p in parties}
    for start, end, country in predicted:
        if any(start < b and a < end for a, b in spans):
            return True
        if country and alpha3(country) in codes:
            return True
    return False


def prf(pred: list[str | None], gold: list[str], types: list[str]) -> tuple[dict[str, tuple[float, float, float, int]], float]:
    table = {}
    f1s = []
    for t in types:
        tp = sum(1 for p, g in zip(pred, gold) if p == t and g == t)
        fp = sum(1 for p, g in zip(pred, gold) if p == t and g != t)
        fn = sum(1 for p, g in zip(pred, gold) if p != t and g == t)
        support = tp + fn
        if support == 0 and tp + fp == 0:
            continue
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        table[t] = (p, r, f, support)
        f1s.append(f)
    return table, (sum(f1s) / len(f1s) if f1s else 0.0)


def is_dev(record_id: str) -> bool:
    return int(hashlib.md5(record_id.encode()).hexdigest(), 16) % 2 == 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--show", type=int, default=0, help="print N misclassified dev sentences")
    parser.add_argument("--json", type=Path, default=None, help="write the figures as JSON here")
    args = parser.parse_args(argv)

    from hotspot.understand import find_entities, load_nlp
    from hotspot.understand.events import PLOVER_TYPES, code_events, keyword_type, plover_type, top_event
    from hotspot.understand.quotes import find_quotes
    from hotspot.understand.speakers import resolve_speakers

    records = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.limit:
        records = records[: args.limit]
    nlp = load_nlp()
    nlp("Warm up.")

    rows = []
    t_parse = t_rest = t_events = 0.0
    for rec in records:
        text = rec["text"].strip()
        t0 = time.perf_counter()
        doc = nlp(text)
        t1 = time.perf_counter()
        entities = find_entities(doc)
        quotes = resolve_speakers(doc, find_quotes(doc), entities)
        t2 = time.perf_counter()
        events = code_events(doc, entities, quotes, None)
        t3 = time.perf_counter()
        t_parse += t1 - t0
        t_rest += t2 - t1
        t_events += t3 - t2
        top = top_event(events, doc)
        pred = plover_type(top) if top else None
        base = keyword_type(doc)
        ents = [e for e in entities if e.label in ("PERSON", "ORG", "GPE", "NORP")]
        rows.append({
            "id": rec["id"], "dev": is_dev(rec["id"]), "text": text, "gold": rec["event_type"], "pred": pred, "base": base,
            "actors": [(a.start, a.end, a.country) for a in (top.actor if top else [])],
            "recipients": [(a.start, a.end, a.country) for a in (top.recipient if top else [])],
            "base_actor": [(e.start, e.end, e.country) for e in ents[:1]],
            "base_recipient": [(e.start, e.end, e.country) for e in ents[1:2]],
            "gold_actor": gold_parties(rec, "actor"), "gold_recipient": gold_parties(rec, "recipient"),
            "trigger": top.trigger.text if top else None, "n_events": len(events),
        })

    types = list(PLOVER_TYPES)
    figures: dict[str, dict] = {}

    def score(subset: list[dict], name: str) -> None:
        out = {}
        for system, key, akey, rkey in (("hotspot", "pred", "actors", "recipients"), ("keyword", "base", "base_actor", "base_recipient")):
            table, macro = prf([r[key] for r in subset], [r["gold"] for r in subset], types)
            acc = sum(r[key] == r["gold"] for r in subset) / max(len(subset), 1)
            with_actor = [r for r in subset if r["gold_actor"]]
            with_recipient = [r for r in subset if r["gold_recipient"]]
            a_all = sum(party_match(r[akey], r["text"], r["gold_actor"]) for r in with_actor) / max(len(with_actor), 1)
            r_all = sum(party_match(r[rkey], r["text"], r["gold_recipient"]) for r in with_recipient) / max(len(with_recipient), 1)
            a_pred = [r for r in with_actor if r[key]]
            r_pred = [r for r in with_recipient if r[key]]
            a_cond = sum(party_match(r[akey], r["text"], r["gold_actor"]) for r in a_pred) / max(len(a_pred), 1)
            r_cond = sum(party_match(r[rkey], r["text"], r["gold_recipient"]) for r in r_pred) / max(len(r_pred), 1)
            out[system] = {"table": table, "macro_f1": macro, "accuracy": acc, "actor_match": a_all, "recipient_match": r_all,
                           "actor_match_predicted": a_cond, "recipient_match_predicted": r_cond, "n": len(subset),
                           "no_prediction": sum(1 for r in subset if not r[key])}
        figures[name] = out

    score(rows, "all")
    score([r for r in rows if r["dev"]], "dev")
    score([r for r in rows if not r["dev"]], "held-out")

    print(f"PLOVER GSR: {len(rows)} sentences ({sum(r['dev'] for r in rows)} dev / {sum(not r['dev'] for r in rows)} held-out)\n")
    allf = figures["all"]
    print(f"{'type':10} {'n':>4} | {'hotspot P':>9} {'R':>5} {'F1':>5} | {'keyword P':>9} {'R':>5} {'F1':>5}")
    for t in types:
        h = allf["hotspot"]["table"].get(t)
        k = allf["keyword"]["table"].get(t)
        n = (h or k or (0, 0, 0, 0))[3]
        hs = f"{h[0]:9.2f} {h[1]:5.2f} {h[2]:5.2f}" if h else f"{'-':>9} {'-':>5} {'-':>5}"
        ks = f"{k[0]:9.2f} {k[1]:5.2f} {k[2]:5.2f}" if k else f"{'-':>9} {'-':>5} {'-':>5}"
        print(f"{t:10} {n:4d} | {hs} | {ks}")
    print()
    print(f"{'split':9} {'system':8} {'macroF1':>7} {'acc':>5} {'actor':>6} {'recip':>6} {'actor|p':>7} {'recip|p':>7} {'none':>5}")
    for name in ("all", "dev", "held-out"):
        for system in ("hotspot", "keyword"):
            f = figures[name][system]
            print(f"{name:9} {system:8} {f['macro_f1']:7.3f} {f['accuracy']:5.2f} {f['actor_match']:6.2f} {f['recipient_match']:6.2f} "
                  f"{f['actor_match_predicted']:7.2f} {f['recipient_match_predicted']:7.2f} {f['no_prediction']:5d}")
    n = len(rows)
    total = t_parse + t_rest + t_events
    print(f"\nspeed: event stage {n / max(t_events, 1e-9):.0f} sentences/s; whole analysis {n / max(total, 1e-9):.0f} sentences/s; "
          f"event stage = {100 * t_events / max(t_parse, 1e-9):.1f}% of spaCy parse time "
          f"(parse {t_parse:.2f}s, entities+quotes {t_rest:.2f}s, events {t_events:.2f}s)")
    # dev only: the held-out half is for measuring, and its errors are not read
    confusion = Counter((r["gold"], r["pred"]) for r in rows if r["dev"] and r["gold"] != r["pred"])
    print("most common dev confusions (gold -> predicted):", ", ".join(f"{g}->{p} {c}" for (g, p), c in confusion.most_common(10)))
    if args.show:
        shown = 0
        for r in rows:
            if r["dev"] and r["gold"] != r["pred"] and shown < args.show:
                shown += 1
                print(f"  [{r['gold']} -> {r['pred']} via {r['trigger']!r}] {r['text'][:160]}")
    if args.json:
        figures["speed"] = {"sentences_per_s_events": n / max(t_events, 1e-9), "share_of_parse": t_events / max(t_parse, 1e-9)}
        args.json.write_text(json.dumps(figures, indent=1, default=list), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
