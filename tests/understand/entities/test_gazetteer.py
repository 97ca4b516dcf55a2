"""Pure gazetteer lookups: no spaCy model involved."""

from __future__ import annotations

import pytest

from hotspot.understand.entities import gazetteer


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Kazakhstan", "KZ"),
        ("Russia", "RU"),
        ("Russian Federation", "RU"),
        ("United States", "US"),
        ("the United States", "US"),
        ("U.S.", "US"),
        ("US", "US"),
        ("USA", "US"),
        ("Great Britain", "GB"),
        ("Britain", "GB"),
        ("UK", "GB"),
        ("Iran", "IR"),
        ("Turkey", "TR"),
        ("Türkiye", "TR"),
        ("South Korea", "KR"),
        ("North Korea", "KP"),
        ("Kyrgyzstan", "KG"),
        ("France", "FR"),
    ],
)
def test_country_names_and_aliases(name: str, code: str) -> None:
    actor = gazetteer.country(name)
    assert actor is not None
    assert actor.country == code
    assert actor.actor_id == f"country:{code}"
    assert actor.kind == "country"


def test_country_canonical_names_are_short_english() -> None:
    assert gazetteer.country("Russian Federation").canonical == "Russia"
    assert gazetteer.country("Türkiye").canonical == "Turkey"
    assert gazetteer.country_by_code("kz").canonical == "Kazakhstan"


@pytest.mark.parametrize("name", ["us", "the West", "West", "Central Asia", "Moscow"])
def test_not_countries(name: str) -> None:
    assert gazetteer.country(name) is None


def test_curly_apostrophe_and_spacing_do_not_matter() -> None:
    assert gazetteer.country("Cote d\u2019Ivoire").country == "CI"
    assert gazetteer.country("United   States").country == "US"


def test_city_with_coordinates() -> None:
    for name in ("Zhanaozen", "Aktau", "Almaty"):
        actor = gazetteer.city(name)
        assert actor is not None and actor.country == "KZ"
        assert actor.lat is not None and actor.lon is not None
        assert actor.actor_id.startswith("place:")


def test_city_alternate_names() -> None:
    assert gazetteer.city("Alma-Ata").canonical == "Almaty"
    assert gazetteer.city("Nur-Sultan").canonical == "Astana"
    assert gazetteer.city("Aqtau").canonical == "Aktau"


def test_city_most_populous_by_default() -> None:
    assert gazetteer.city("Moscow").country == "RU"
    assert gazetteer.city("Aksu").country == "CN"


def test_city_prefers_a_mentioned_country() -> None:
    assert gazetteer.city("Aksu", prefer_countries={"KZ"}).country == "KZ"
    assert gazetteer.city("Valencia", prefer_countries={"ES"}).country == "ES"
    assert gazetteer.city("Hyderabad", prefer_countries={"PK"}).country == "PK"


def test_a_dominant_city_beats_a_small_namesake_in_a_mentioned_country() -> None:
    assert gazetteer.city("Moscow", prefer_countries={"US"}).country == "RU"


def test_capital_metonyms_are_places_with_their_country() -> None:
    assert gazetteer.place("Moscow").country == "RU"
    assert gazetteer.place("Washington").country == "US"


def test_place_order_country_before_city_and_state() -> None:
    assert gazetteer.place("Georgia").kind == "country"
    assert gazetteer.place("Texas").kind == "state"
    assert gazetteer.place("Texas").country == "US"


@pytest.mark.parametrize("name", ["Central Asia", "Middle East", "the Middle East", "South Caucasus", "Asia"])
def test_regions_have_no_country(name: str) -> None:
    actor = gazetteer.region(name)
    assert actor is not None and actor.kind == "region" and actor.country is None


def test_region_inside_one_country() -> None:
    assert gazetteer.region("Siberia").country == "RU"


@pytest.mark.parametrize(
    ("name", "org_id"),
    [
        ("CSTO", "CSTO"),
        ("Collective Security Treaty Organization", "CSTO"),
        ("Collective Security Treaty Organisation", "CSTO"),
        ("the Collective Security Treaty Organization", "CSTO"),
        ("EEU", "EAEU"),
        ("EAEU", "EAEU"),
        ("Eurasian Economic Union", "EAEU"),
        ("SCO", "SCO"),
        ("Shanghai Cooperation Organization", "SCO"),
        ("CIS", "CIS"),
        ("OSCE", "OSCE"),
        ("Organization for Security and Cooperation in Europe", "OSCE"),
        ("OIC", "OIC"),
        ("Organization of Islamic Cooperation", "OIC"),
        ("UN", "UN"),
        ("United Nations", "UN"),
        ("EU", "EU"),
        ("NATO", "NATO"),
        ("Organization of Turkic States", "OTS"),
        ("IMF", "IMF"),
        ("WTO", "WTO"),
    ],
)
def test_organisation_aliases(name: str, org_id: str) -> None:
    actor = gazetteer.organisation(name)
    assert actor is not None and actor.actor_id == f"org:{org_id}"


def test_acronyms_are_case_sensitive() -> None:
    assert gazetteer.organisation("who") is None
    assert gazetteer.organisation("WHO").actor_id == "org:WHO"


def test_kremlin_is_a_russian_body() -> None:
    actor = gazetteer.organisation("Kremlin")
    assert actor.canonical == "Kremlin" and actor.country == "RU"


def test_organisation_names_longest_first() -> None:
    names = gazetteer.organisation_names()
    assert "CSTO" in names and "Collective Security Treaty Organization" in names
    assert len(names[0]) >= len(names[-1])


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Kazakh", "KZ"),
        ("Kazakhs", "KZ"),
        ("Kazakhstani", "KZ"),
        ("Kazakhstanis", "KZ"),
        ("Russian", "RU"),
        ("Russians", "RU"),
    ],
)
def test_demonyms(name: str, code: str) -> None:
    actor = gazetteer.group(name)
    assert actor is not None and actor.country == code and actor.actor_id == f"norp:{code}"


def test_groups_without_country() -> None:
    west = gazetteer.group("West")
    assert west.canonical == "the West" and west.country is None
    assert gazetteer.group("kazakh") is None  # proper adjectives are capitalised


def test_known_people_by_surname() -> None:
    putin = gazetteer.person("Putin")
    assert putin.canonical == "Vladimir Putin" and putin.country == "RU"
    assert gazetteer.person("Nobody Inparticular") is None


def test_slug_is_ascii() -> None:
    assert gazetteer.slug("Binali Yıldırım") == "binali-yildirim"
    assert gazetteer.slug("Kassym-Jomart Tokayev") == "kassym-jomart-tokayev"


def test_country_codes_are_lower_case_tlds() -> None:
    codes = gazetteer.country_codes()
    assert {"kz", "ru", "az"} <= codes


def test_the_soviet_union_is_read_as_russia() -> None:
    assert gazetteer.country("Soviet Union").country == "RU"  # type: ignore[union-attr]
    assert gazetteer.country("USSR").country == "RU"  # type: ignore[union-attr]


def test_us_regions_lie_in_the_us() -> None:
    west = gazetteer.region("West Coast")
    assert west is not None and west.country == "US" and west.lat is not None


def test_a_counties_point_is_among_its_towns() -> None:
    (county,) = [c for c in gazetteer.us_counties("Orange County") if c.admin1 == "CA"]
    assert county.lat is not None and county.lon is not None and abs(county.lat - 33.7) < 0.4 and abs(county.lon + 117.8) < 0.4


def test_a_division_is_not_found_by_direction_words_alone() -> None:
    assert gazetteer.divisions("South Central") == ()
    assert [d.country for d in gazetteer.divisions("South Central Province")] == ["MV"]


@pytest.mark.parametrize(("name", "code"), [("Darfur", "SD"), ("South Ossetia", "GE"), ("Chechnya", "RU")])
def test_regions_of_one_country_the_news_names(name: str, code: str) -> None:
    found = gazetteer.region(name)
    assert found is not None and found.country == code and found.lat is not None


def test_a_countrys_point_is_geonames_not_the_rounded_factbook_one() -> None:
    canada = gazetteer.country("Canada")
    assert canada is not None and canada.lat is not None and canada.lon is not None
    assert abs(canada.lat - 60.1) < 0.1 and abs(canada.lon + 113.6) < 0.1  # GeoNames' point, in Alberta, not 60 N 95 W


def test_villages_are_apart_from_towns() -> None:
    assert any(v.admin1 == "ME" and v.population < gazetteer.CITY_MIN_POPULATION for v in gazetteer.villages("Hartland"))
    assert not any(c.admin1 == "ME" for c in gazetteer.cities("Hartland"))


@pytest.mark.parametrize(("one", "other"), [
    ("Timur Dzhumabayev", "Timur Jumabaev"),  # dzh/j and a vowel's iotated 'ye'
    ("Ruslan Khasanov", "Ruslan Hasanov"),
    ("Yerlan Sadykov", "Erlan Sadikov"),  # a word-initial 'ye', 'y' for 'ы'
    ("Dmitriy Zhukov", "Dmitry Zhukov"),
    ("Arman Massimov", "Arman Masimov"),
    ("Yusuf Yılmaz", "Yusuf Yylmaz"),  # the Turkish dotless i and the Russian spelling's 'y'
])
def test_spellings_of_one_name_share_a_person_key(one: str, other: str) -> None:
    assert gazetteer.person_key(one) == gazetteer.person_key(other)
    assert gazetteer.person_id(one) == gazetteer.person_id(other) == f"person:{gazetteer.person_key(one)}"


@pytest.mark.parametrize(("one", "other"), [
    ("Ivan Orlov", "Ivana Orlov"),
    ("Marat Sadykov", "Marat Sadykova"),
    ("Daniel Kern", "Danil Kern"),  # 'ie' after a consonant is kept
    ("Oleg Sokolov", "Oleg Sokolova"),
])
def test_different_names_keep_different_person_keys(one: str, other: str) -> None:
    assert gazetteer.person_key(one) != gazetteer.person_key(other)


def test_the_gazetteers_people_have_distinct_person_keys() -> None:
    from hotspot.understand.data import load_table

    names = {record["name"] for record in load_table("people", ("people",))["people"]}
    assert len({gazetteer.person_key(name) for name in names}) == len(names)


def test_the_russian_tables_people_have_distinct_person_keys() -> None:
    from hotspot.understand.entities.russian import _table

    names = set(_table()["people"].values())
    assert len({gazetteer.person_key(name) for name in names}) == len(names)
