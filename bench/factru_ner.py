"""Russian NER: natasha alone and Hotspot's ``find_entities_ru``, side by side, on factRuEval dev and NEREL dev.

Usage::

    python bench/factru_ner.py                 # the table
    python bench/factru_ner.py --json out.json # and the figures as JSON
    python bench/factru_ner.py --errors 30     # also list Hotspot's wrong and missed spans on factRuEval

Data: ``../shared/benchmarks/factru_dev/devset/`` (122 documents) and the NEREL
dev texts in ``../shared/benchmarks/realnews_dev/ru/wikinews/`` (20 documents).
Both systems read the same parse (``load_russian()(text)``): natasha alone is
the parse's ``doc.ents`` (natasha's PER/LOC/ORG spans as its NER tagger gives
them), Hotspot is ``find_entities_ru(doc)`` with PERSON → PER, ORG → ORG and
GPE/LOC → LOC.

Scoring, the same for both:

- factRuEval gold as natasha's own evaluation (naeval) builds it: a Person
  object's whole extent, an Org object's ``org_name`` spans, a Location's or
  LocOrg's ``loc_name`` spans; overlapping spans dropped after the first (in
  order of start, longer first); spans that do not start and end on a token of
  naeval's tokenizer dropped (predictions too).
- token-level F1 per type (naeval's ``tag_f1``): each token inside a predicted
  span of the type counts towards precision, each inside a gold one towards
  recall, micro over documents; and exact-span precision, recall and F1
  (same start, end and type), per type and over all.
- NEREL as ``../shared/benchmarks/README.md`` says: T lines of PERSON, ORGANIZATION,
  COUNTRY, CITY, STATE_OR_PROVINCE, LOCATION; discontinuous spans left out; every
  nesting level is gold, so recall over the outermost entities is reported too.
  Places are scored merged into LOC (natasha has one place type), and, for the
  README's own typing, with COUNTRY/CITY/STATE_OR_PROVINCE as GPE and LOCATION
  as LOC (natasha alone: its LOC counted as GPE, the type most of its places have).

The run also prints the actors of the two English samples (``../shared/samples``)
named in Russian sentences written for this check (not benchmark text): whether
``find_entities_ru`` gives them the actor id the English stage gives them there,
and the memory (RSS) the Russian indexes add and the time each step takes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

BENCHMARKS = REPO_ROOT.parent / "shared" / "benchmarks"
FACTRU = BENCHMARKS / "factru_dev" / "devset"
NEREL = BENCHMARKS / "realnews_dev" / "ru" / "wikinews"
SAMPLES = REPO_ROOT.parent / "shared" / "samples"
GOLD_SAMPLES = REPO_ROOT.parent / "shared" / "gold" / "samples.json"

TYPES = ("PER", "ORG", "LOC")
TYPED = ("PER", "ORG", "GPE", "LOC")
TOKEN_RE = re.compile(r"[^\W\d]+|\d+|[^\w\s]")  # naeval's tokenizer
NATASHA_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
HOTSPOT_TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
HOTSPOT_TYPED = {"PERSON": "PER", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC"}
NATASHA_TYPED = {"PER": "PER", "ORG": "ORG", "LOC": "GPE"}
NEREL_TYPES = {"PERSON": "PER", "ORGANIZATION": "ORG", "COUNTRY": "LOC", "CITY": "LOC", "STATE_OR_PROVINCE": "LOC",
               "LOCATION": "LOC"}
NEREL_TYPED = {"PERSON": "PER", "ORGANIZATION": "ORG", "COUNTRY": "GPE", "CITY": "GPE", "STATE_OR_PROVINCE": "GPE",
               "LOCATION": "LOC"}

# The actors of the two English samples (gold names), each named in a Russian sentence written for this
# check, and the Russian mention that should carry the actor: (English gold name, sentence, mention).
SAMPLE_ACTORS_RU: tuple[tuple[str, str, str], ...] = (
    ("Kassym-Jomart Tokayev", "Касым-Жомарт Токаев подписал указ.", "Касым-Жомарт Токаев"),
    ("Kassym-Jomart Tokayev", "Депутаты обратились к Токаеву с письмом.", "Токаеву"),
    ("Putin", "Путин провёл совещание в Кремле.", "Путин"),
    ("Putin", "Журналисты спросили Путина о ценах.", "Путина"),
    ("Vladimir Prokhvatilov", "Эксперт Владимир Прохватилов дал интервью.", "Владимир Прохватилов"),
    ("Rauf Orujev", "Политолог Рауф Оруджев не согласился.", "Рауф Оруджев"),
    ("Nurlan Munbaev", "Аналитик Нурлан Мунбаев написал колонку.", "Нурлан Мунбаев"),
    ("Egor Kuroptev", "Об этом рассказал Егор Куроптев.", "Егор Куроптев"),
    ("Mukhtar Ablyazov", "Беглый банкир Мухтар Аблязов живёт во Франции.", "Мухтар Аблязов"),
    ("George Soros", "Миллиардер Джордж Сорос закрыл офис в Бишкеке.", "Джордж Сорос"),
    ("Karim Masimov", "Бывший глава КНБ Карим Масимов арестован.", "Карим Масимов"),
    ("Joe Biden", "Джо Байден позвонил союзникам.", "Джо Байден"),
    ("Binali Yıldırım", "В Астану приехал Бинали Йылдырым.", "Бинали Йылдырым"),
    ("Collective Security Treaty Organization", "Миротворцы ОДКБ покинули страну.", "ОДКБ"),
    ("Eurasian Economic Union", "Страны ЕАЭС обсудили пошлины.", "ЕАЭС"),
    ("UN", "Генсек ООН призвал к диалогу.", "ООН"),
    ("OSCE", "Наблюдатели ОБСЕ следили за выборами.", "ОБСЕ"),
    ("SCO", "Саммит ШОС прошёл летом.", "ШОС"),
    ("CIS", "Лидеры СНГ собрались в Минске.", "СНГ"),
    ("EU", "Евросоюз ввёл новые санкции.", "Евросоюз"),
    ("Kremlin", "В Кремле отказались от комментариев.", "Кремле"),
    ("Organization of Turkic States", "Саммит Организации тюркских государств открылся в Астане.", "Организации тюркских государств"),
    ("Kazakhstan", "Власти Казахстана ввели режим ЧП.", "Казахстана"),
    ("Middle East", "Ситуация на Ближнем Востоке обострилась.", "Ближнем Востоке"),
    ("Central Asia", "Страны Центральной Азии подписали договор.", "Центральной Азии"),
    ("United States", "США выразили обеспокоенность.", "США"),
    ("Great Britain", "Посол Великобритании вызван в МИД.", "Великобритании"),
    ("Russia", "Россия направила войска.", "Россия"),
    ("Zhanaozen", "Протесты начались в Жанаозене.", "Жанаозене"),
    ("Aktau", "Митинг прошёл в Актау.", "Актау"),
    ("Almaty", "В Алматы отключили интернет.", "Алматы"),
    ("Moscow", "Делегация вылетела в Москву.", "Москву"),
    ("South Caucasus", "Эксперт по Южному Кавказу дал оценку.", "Южному Кавказу"),
    ("Tbilisi", "Конференция прошла в Тбилиси.", "Тбилиси"),
    ("Ukraine", "Украина осудила заявление.", "Украина"),
    ("France", "Франция отозвала посла.", "Франция"),
    ("Kyrgyzstan", "Граница с Кыргызстаном закрыта.", "Кыргызстаном"),
    ("Belarus", "Белоруссия поддержала решение.", "Белоруссия"),
    ("Turkey", "Делегация Турции прибыла в Анкару.", "Турции"),
    ("China", "Китай увеличил импорт зерна.", "Китай"),
    ("Afghanistan", "Беженцы из Афганистана пересекли границу.", "Афганистана"),
)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    stop: int
    type: str


@dataclass(slots=True)
class Document:
    name: str
    text: str
    gold: list[Span]
    outermost: list[Span] = field(default_factory=list)


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


# --- data -------------------------------------------------------------------------------------------


def tokens_of(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in TOKEN_RE.finditer(text)]


def non_overlapping(spans: Iterable[Span]) -> list[Span]:
    """naeval's filter_overlapping_spans: in order of start (longer first), drop a span overlapping the last kept."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.stop)):
        if not kept or kept[-1].stop <= span.start:
            kept.append(span)
    return kept


def aligned(spans: Iterable[Span], tokens: list[tuple[int, int]]) -> list[Span]:
    """naeval's filter_misaligned_spans: a span must start and end on token bounds."""
    starts = {start for start, _ in tokens}
    stops = {stop for _, stop in tokens}
    return [span for span in spans if span.start in starts and span.stop in stops]


def load_factru() -> list[Document]:
    documents = []
    for text_path in sorted(FACTRU.glob("*.txt")):
        text = text_path.read_text(encoding="utf-8")
        spans: dict[str, tuple[str, int, int]] = {}
        for line in text_path.with_suffix(".spans").read_text(encoding="utf-8").splitlines():
            fields = line.split("#")[0].split()
            if len(fields) >= 4:
                start = int(fields[2])
                spans[fields[0]] = (fields[1], start, start + int(fields[3]))
        gold: list[Span] = []
        for line in text_path.with_suffix(".objects").read_text(encoding="utf-8").splitlines():
            fields = line.split("#")[0].split()
            if len(fields) < 3:
                continue
            kind, parts = fields[1], [spans[i] for i in fields[2:] if i in spans]
            if kind == "Person" and parts:
                gold.append(Span(min(p[1] for p in parts), max(p[2] for p in parts), "PER"))
            elif kind == "Org":
                gold.extend(non_overlapping(Span(p[1], p[2], "ORG") for p in parts if p[0] == "org_name"))
            elif kind in ("Location", "LocOrg"):
                gold.extend(non_overlapping(Span(p[1], p[2], "LOC") for p in parts if p[0] == "loc_name"))
        documents.append(Document(text_path.stem, text, aligned(non_overlapping(gold), tokens_of(text))))
    return documents


def load_nerel(types: dict[str, str]) -> list[Document]:
    documents = []
    for text_path in sorted(NEREL.glob("*.txt")):
        text = text_path.read_text(encoding="utf-8")
        gold: list[Span] = []
        for line in text_path.with_suffix(".ann").read_text(encoding="utf-8").splitlines():
            if not line.startswith("T"):
                continue
            kind_and_offsets = line.split("\t")[1]
            if ";" in kind_and_offsets:
                continue  # a discontinuous span: not scored
            kind, start, stop = kind_and_offsets.split()
            if kind in types:
                gold.append(Span(int(start), int(stop), types[kind]))
        gold = sorted(set(gold), key=lambda s: (s.start, -s.stop))
        outermost = [s for s in gold if not any(o != s and o.start <= s.start and s.stop <= o.stop for o in gold)]
        documents.append(Document(text_path.stem, text, gold, outermost))
    return documents


# --- scoring ----------------------------------------------------------------------------------------


@dataclass(slots=True)
class Counts:
    predicted: int = 0
    correct_predicted: int = 0
    gold: int = 0
    correct_gold: int = 0

    def add(self, other: Counts) -> None:
        self.predicted += other.predicted
        self.correct_predicted += other.correct_predicted
        self.gold += other.gold
        self.correct_gold += other.correct_gold

    def figures(self) -> dict[str, float]:
        precision = self.correct_predicted / self.predicted if self.predicted else 0.0
        recall = self.correct_gold / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                "predicted": self.predicted, "gold": self.gold}


def token_counts(tokens: list[tuple[int, int]], predicted: list[Span], gold: list[Span], kind: str) -> Counts:
    """naeval's tag_f1 for one document and type: tokens inside a predicted / gold span of the type."""

    def inside(spans: list[Span]) -> list[bool]:
        spans = sorted((s for s in spans if s.type == kind), key=lambda s: s.start)
        flags, i = [], 0
        for start, stop in tokens:
            while i < len(spans) and spans[i].stop <= start:
                i += 1
            flags.append(any(s.start <= start and stop <= s.stop for s in spans[i:i + 8]))
        return flags

    p, g = inside(predicted), inside(gold)
    both = sum(1 for a, b in zip(p, g, strict=True) if a and b)
    return Counts(sum(p), both, sum(g), both)


def span_counts(predicted: list[Span], gold: list[Span], kind: str | None) -> Counts:
    p = {s for s in predicted if kind is None or s.type == kind}
    g = {s for s in gold if kind is None or s.type == kind}
    return Counts(len(p), len(p & g), len(g), len(p & g))


def score(documents: list[Document], predictions: list[list[Span]], types: tuple[str, ...]) -> dict[str, dict[str, dict[str, float]]]:
    token: dict[str, Counts] = defaultdict(Counts)
    exact: dict[str, Counts] = defaultdict(Counts)
    outer = Counts()
    for document, predicted in zip(documents, predictions, strict=True):
        tokens = tokens_of(document.text)
        predicted = aligned(predicted, tokens)
        for kind in types:
            token[kind].add(token_counts(tokens, predicted, document.gold, kind))
            exact[kind].add(span_counts(predicted, document.gold, kind))
        exact["all"].add(span_counts(predicted, document.gold, None))
        if document.outermost:
            outer.add(span_counts(predicted, document.outermost, None))
    out = {"token": {kind: token[kind].figures() for kind in types},
           "exact": {kind: exact[kind].figures() for kind in (*types, "all")}}
    if outer.gold:
        out["outermost_recall"] = {"all": {"recall": outer.figures()["recall"]}}
    return out


# --- systems ---------------------------------------------------------------------------------------


def run(documents: list[Document], natasha_map: dict[str, str], hotspot_map: dict[str, str],
        timing: dict[str, float]) -> tuple[list[list[Span]], list[list[Span]], list[list]]:
    from hotspot.understand.entities.russian import find_entities_ru
    from hotspot.understand.nlp_ru import load_russian

    nlp = load_russian()
    natasha_spans, hotspot_spans, entities_of = [], [], []
    for document in documents:
        started = time.perf_counter()
        doc = nlp(document.text)
        parsed = time.perf_counter()
        entities = find_entities_ru(doc)
        timing["parse"] += parsed - started
        timing["entities"] += time.perf_counter() - parsed
        timing["words"] += len(document.text.split())
        natasha_spans.append([Span(e.start_char, e.end_char, natasha_map[e.label_]) for e in doc.ents if e.label_ in natasha_map])
        hotspot_spans.append([Span(e.start, e.end, hotspot_map[e.label]) for e in entities if e.label in hotspot_map])
        entities_of.append(entities)
    return natasha_spans, hotspot_spans, entities_of


def sample_actors() -> dict[str, object]:
    """The English samples' actors named in Russian: the id the English stage gives each, and the Russian one."""
    from hotspot.understand.entities import find_entities
    from hotspot.understand.entities.russian import find_entities_ru
    from hotspot.understand.nlp import load_nlp
    from hotspot.understand.nlp_ru import load_russian

    english_ids: dict[str, str] = {}
    gold = json.loads(GOLD_SAMPLES.read_text(encoding="utf-8"))["documents"]
    nlp = load_nlp()
    for document in gold:
        entities = find_entities(nlp((SAMPLES / document["file"]).read_text(encoding="utf-8")))
        for names in document["entities"].values():
            for name in names:
                found = next((e.actor_id for e in entities if e.text == name and e.actor_id), None)
                if found and name not in english_ids:
                    english_ids[name] = found
    russian = load_russian()
    rows = []
    for name, sentence, mention in SAMPLE_ACTORS_RU:
        linked = next((e for e in find_entities_ru(russian(sentence)) if e.text == mention), None)
        rows.append({"english_name": name, "russian": mention, "english_id": english_ids.get(name),
                     "russian_id": linked.actor_id if linked else None, "russian_label": linked.label if linked else None})
    comparable = [r for r in rows if r["english_id"]]
    same = sum(1 for r in comparable if r["english_id"] == r["russian_id"])
    return {"rows": rows, "same": same, "comparable": len(comparable)}


# --- output ----------------------------------------------------------------------------------------


def print_table(title: str, natasha: dict, hotspot: dict, types: tuple[str, ...]) -> None:
    print(f"\n{title}")
    print(f"  {'type':<5} {'token F1 natasha':>17} {'hotspot':>8} | {'exact P/R/F1 natasha':>22} {'hotspot':>20}   gold")
    for kind in (*types, "all"):
        tn = natasha["token"].get(kind)
        th = hotspot["token"].get(kind)
        en, eh = natasha["exact"][kind], hotspot["exact"][kind]
        token_part = f"{tn['f1']:>17.3f} {th['f1']:>8.3f}" if tn and th else f"{'':>17} {'':>8}"
        print(f"  {kind:<5} {token_part} | {en['precision']:.3f}/{en['recall']:.3f}/{en['f1']:.3f}".ljust(52)
              + f" {eh['precision']:.3f}/{eh['recall']:.3f}/{eh['f1']:.3f}   {en['gold']}")
    if "outermost_recall" in natasha:
        print(f"  recall over outermost gold entities: natasha {natasha['outermost_recall']['all']['recall']:.3f}, "
              f"hotspot {hotspot['outermost_recall']['all']['recall']:.3f}")


def print_errors(documents: list[Document], predictions: list[list[Span]], limit: int) -> None:
    shown = 0
    for document, predicted in zip(documents, predictions, strict=True):
        gold = set(document.gold)
        for span in sorted(set(predicted) ^ gold, key=lambda s: s.start):
            if shown >= limit:
                return
            side = "extra " if span in predicted else "missed"
            print(f"  {side} {span.type:<4} {document.text[span.start:span.stop]!r:<40} {document.name}")
            shown += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--json", type=Path, default=None, help="write the figures as JSON here")
    parser.add_argument("--errors", type=int, default=0, help="list this many of Hotspot's wrong or missed factRuEval spans")
    parser.add_argument("--no-samples", action="store_true", help="skip the samples' actors check (it loads the English model)")
    args = parser.parse_args(argv)
    if not FACTRU.is_dir() or not NEREL.is_dir():
        print(f"benchmark data missing: {FACTRU} or {NEREL}", file=sys.stderr)
        return 2

    from hotspot.understand.entities import gazetteer, russian
    from hotspot.understand.nlp_ru import load_russian

    memory = {"start": rss_mb()}
    load_russian()
    memory["natasha"] = rss_mb()
    started = time.perf_counter()
    gazetteer.warm()
    memory["english_gazetteer"] = rss_mb()
    english_seconds = time.perf_counter() - started
    started = time.perf_counter()
    russian.warm()
    memory["russian_indexes"] = rss_mb()
    russian_seconds = time.perf_counter() - started

    timing = {"parse": 0.0, "entities": 0.0, "words": 0.0}
    factru = load_factru()
    natasha_pred, hotspot_pred, _ = run(factru, NATASHA_TYPES, HOTSPOT_TYPES, timing)
    results: dict[str, object] = {
        "factru_dev": {"documents": len(factru), "natasha": score(factru, natasha_pred, TYPES),
                       "hotspot": score(factru, hotspot_pred, TYPES)},
    }
    nerel = load_nerel(NEREL_TYPES)
    natasha_nerel, hotspot_nerel, _ = run(nerel, NATASHA_TYPES, HOTSPOT_TYPES, timing)
    results["nerel_dev"] = {"documents": len(nerel), "natasha": score(nerel, natasha_nerel, TYPES),
                            "hotspot": score(nerel, hotspot_nerel, TYPES)}
    nerel_typed = load_nerel(NEREL_TYPED)
    natasha_typed, hotspot_typed, _ = run(nerel_typed, NATASHA_TYPED, HOTSPOT_TYPED, {"parse": 0.0, "entities": 0.0, "words": 0.0})
    results["nerel_dev_typed"] = {"documents": len(nerel_typed), "natasha": score(nerel_typed, natasha_typed, TYPED),
                                  "hotspot": score(nerel_typed, hotspot_typed, TYPED)}

    for key, title, types in (
        ("factru_dev", f"factRuEval-2016 dev ({len(factru)} documents; natasha's evaluation: "
                       "Person, Org, Location+LocOrg → PER, ORG, LOC)", TYPES),
        ("nerel_dev", f"NEREL dev in realnews_dev ({len(nerel)} documents; places merged into LOC)", TYPES),
        ("nerel_dev_typed", "NEREL dev, the README's typing (COUNTRY/CITY/STATE_OR_PROVINCE → GPE, LOCATION → LOC; "
                            "natasha's LOC as GPE)", TYPED),
    ):
        block = results[key]
        assert isinstance(block, dict)
        print_table(title, block["natasha"], block["hotspot"], types)

    words = timing["words"]
    results["speed"] = {"words": int(words), "parse_seconds": round(timing["parse"], 2),
                        "entities_seconds": round(timing["entities"], 2),
                        "natasha_words_per_second": round(words / timing["parse"]) if timing["parse"] else None,
                        "with_entities_words_per_second": round(words / (timing["parse"] + timing["entities"]))
                        if timing["parse"] else None}
    results["memory_mb"] = {key: round(value) for key, value in memory.items()}
    speed = results["speed"]
    assert isinstance(speed, dict)
    print(f"\nspeed (factRuEval + NEREL, {int(words)} words, one process): natasha parse {timing['parse']:.1f} s "
          f"({speed['natasha_words_per_second']} words/s); find_entities_ru {timing['entities']:.2f} s more "
          f"({speed['with_entities_words_per_second']} words/s together, "
          f"{timing['parse'] / (timing['parse'] + timing['entities']):.2f}x natasha alone)")
    print(f"memory (RSS): {memory['start']:.0f} MB at start, {memory['natasha']:.0f} MB with natasha loaded, "
          f"{memory['english_gazetteer']:.0f} MB with the English gazetteer ({english_seconds:.1f} s; its Cyrillic town "
          f"names included), {memory['russian_indexes']:.0f} MB with the Russian indexes "
          f"(+{memory['russian_indexes'] - memory['english_gazetteer']:.0f} MB, {russian_seconds:.1f} s)")

    if not args.no_samples:
        if GOLD_SAMPLES.is_file() and SAMPLES.is_dir():
            actors = sample_actors()
            results["sample_actors"] = actors
            print(f"\nthe English samples' actors named in Russian: {actors['same']} of {actors['comparable']} get the English id")
            for row in actors["rows"]:  # type: ignore[attr-defined]
                mark = "same" if row["english_id"] and row["english_id"] == row["russian_id"] else "DIFF"
                print(f"  {mark} {row['russian']:<32} {str(row['russian_id']):<42} English: {row['english_id']}")
        else:
            print("\n(samples not beside the repository: actors check skipped)")

    if args.errors:
        print(f"\nHotspot's wrong (extra) and missed factRuEval spans, first {args.errors}:")
        print_errors(factru, [aligned(p, tokens_of(d.text)) for d, p in zip(factru, hotspot_pred, strict=True)], args.errors)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
