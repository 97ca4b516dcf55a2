"""The country map: Natural Earth's outline read offline from an installed package, places on it, labels apart."""

from __future__ import annotations

import itertools

import pytest

from hotspot.web import maps

ALMATY = {"name": "Almaty", "lat": 43.24, "lon": 76.89, "mentions": 5}
ASTANA = {"name": "Astana", "lat": 51.17, "lon": 71.45, "mentions": 3}

needs_outlines = pytest.mark.skipif(maps._archive() is None, reason=f"{maps.OUTLINE_PACKAGE} is not installed")


@needs_outlines
def test_kazakhstan_is_drawn_from_its_natural_earth_outline() -> None:
    drawn = maps.country_map("KZ", [ALMATY, ASTANA], [])
    assert drawn["outline"] and drawn["source"] == maps.OUTLINE_SOURCE
    assert all(d.startswith("M") and d.endswith("Z") for d in drawn["outline"])
    assert sum(len(d) for d in drawn["outline"]) < 40_000  # simplified: a border of thousands of points stays small


@needs_outlines
def test_places_land_inside_the_outline_where_they_are() -> None:
    drawn = maps.country_map("KZ", [ALMATY, ASTANA], [])
    almaty, astana = (next(p for p in drawn["points"] if p["name"] == name) for name in ("Almaty", "Astana"))
    assert astana["y"] < almaty["y"]  # Astana is north of Almaty
    assert astana["x"] < almaty["x"]  # and west of it
    for point in drawn["points"]:
        assert 0 <= point["x"] <= maps.WIDTH and 0 <= point["y"] <= maps.HEIGHT


@needs_outlines
def test_a_country_whose_iso_a2_is_missing_in_natural_earth_is_found_by_its_eh_code() -> None:
    assert maps.outline("FR")  # France's ISO_A2 is -99 in Natural Earth; ISO_A2_EH is FR


@needs_outlines
def test_an_overseas_part_does_not_stretch_the_frame() -> None:
    paris = {"name": "Paris", "lat": 48.86, "lon": 2.35, "mentions": 1}
    drawn = maps.country_map("FR", [paris], [])
    lyon_like = maps.country_map("FR", [paris, {"name": "Lyon", "lat": 45.76, "lon": 4.84, "mentions": 1}], [])
    assert drawn["left_out"] == 0 and len(lyon_like["points"]) == 2
    paris_drawn = drawn["points"][0]
    assert 0.1 * maps.WIDTH < paris_drawn["x"] < 0.9 * maps.WIDTH  # metropolitan France fills the map, not the globe


def test_a_country_without_an_outline_gets_a_graticule_and_says_so(monkeypatch) -> None:
    monkeypatch.setattr(maps, "outline", lambda code: ())
    drawn = maps.country_map("KZ", [ALMATY, ASTANA], [])
    assert drawn["outline"] == [] and drawn["source"] is None
    assert drawn["graticule"]["lines"] and any(label["text"].endswith("°E") for label in drawn["graticule"]["labels"])


def _box(point: dict) -> tuple[float, float, float, float]:
    label, width = point["label"], len(point["name"]) * maps.CHAR_WIDTH
    left = {"start": label["x"], "end": label["x"] - width, "middle": label["x"] - width / 2}[label["anchor"]]
    top = label["y"] - maps.LABEL_SIZE * 0.8
    return left, top, left + width, top + maps.LABEL_SIZE


def test_labels_of_crowded_places_never_overlap() -> None:
    crowd = [{"name": f"Place {i}", "x": 200 + (i % 4) * 12, "y": 150 + (i // 4) * 10, "r": 4, "mentions": i}
             for i in range(12)]
    maps.place_labels(crowd)
    placed = [p for p in crowd if p["label"]]
    assert placed and len(placed) < len(crowd)  # some fit, the rest keep their tooltips
    for a, b in itertools.combinations(placed, 2):
        assert not maps._overlaps(_box(a), _box(b)), (a["name"], b["name"])
    for p in placed:  # and no label covers a point
        for q in crowd:
            assert not maps._overlaps(_box(p), (q["x"] - q["r"], q["y"] - q["r"], q["x"] + q["r"], q["y"] + q["r"]))


def test_the_most_mentioned_place_is_labelled_first() -> None:
    crowd = [{"name": "Minor", "x": 100, "y": 100, "r": 3, "mentions": 1},
             {"name": "Major", "x": 104, "y": 100, "r": 9, "mentions": 9}]
    maps.place_labels(crowd)
    assert crowd[1]["label"] is not None


def test_simplify_keeps_the_ends_and_drops_points_on_a_line() -> None:
    line = [(0.0, 0.0), (1.0, 0.01), (2.0, 0.0), (3.0, 5.0)]
    assert maps.simplify(line, 0.5) == [(0.0, 0.0), (2.0, 0.0), (3.0, 5.0)]
