"""Toponym resolution over a whole article, on hand-made Docs: the model's spans are given, no model is loaded."""

from __future__ import annotations

import pytest
import spacy

from hotspot.records import Entity
from hotspot.understand.entities import find_entities, gazetteer
from tests.understand.entities.docs import make_doc


def places(nlp: spacy.Language, text: str, ents: list[tuple[str, str]]) -> list[Entity]:
    return [e for e in find_entities(make_doc(nlp, text, ents)) if e.label in ("GPE", "LOC")]


def test_a_state_after_a_comma_settles_the_town(blank: spacy.Language) -> None:
    found = places(blank, "The band grew up in Paris, Texas, and never left.", [("Paris", "GPE"), ("Texas", "GPE")])
    assert (found[0].country, found[0].canonical) == ("US", "Paris")
    assert found[0].lat is not None and 30 < found[0].lat < 36


def test_one_sense_per_name_per_article(blank: spacy.Language) -> None:
    text = "Paris, Texas, is small. The mayor of Paris spoke."
    found = places(blank, text, [("Paris", "GPE"), ("Texas", "GPE"), ("Paris", "GPE")])
    assert [e.actor_id for e in found if e.text == "Paris"][0] == [e.actor_id for e in found if e.text == "Paris"][1]
    assert {e.country for e in found if e.text == "Paris"} == {"US"}


def test_a_dateline_with_an_ap_state_abbreviation(blank: spacy.Language) -> None:
    found = places(blank, "HELENA, Mont. — Lawmakers met on Monday.", [])
    helena = next(e for e in found if e.text == "HELENA")
    montana = next(e for e in found if e.text == "Mont.")
    assert (helena.country, helena.canonical) == ("US", "Helena")
    assert (montana.canonical, montana.country) == ("Montana", "US")


def test_a_postal_code_after_a_comma_is_its_state(blank: spacy.Language) -> None:
    found = places(blank, "He lives in Springfield, MO with his family.", [("Springfield", "GPE")])
    springfield = next(e for e in found if e.text == "Springfield")
    assert springfield.country == "US" and springfield.lat is not None and 36 < springfield.lat < 38


def test_a_state_beats_a_foreign_town_known_by_its_name(blank: spacy.Language) -> None:
    found = places(blank, "He spent the weekend in Florida.", [("Florida", "GPE")])
    assert (found[0].canonical, found[0].country) == ("Florida", "US")


def test_the_articles_country_picks_among_namesakes(blank: spacy.Language) -> None:
    text = "Police in Britain said the attack in Salisbury was planned."
    found = places(blank, text, [("Britain", "GPE"), ("Salisbury", "GPE")])
    assert next(e for e in found if e.text == "Salisbury").country == "GB"


def test_a_named_state_picks_its_own_town(blank: spacy.Language) -> None:
    text = "Florida officials said Melbourne was spared by the storm."
    found = places(blank, text, [("Florida", "GPE"), ("Melbourne", "GPE")])
    assert next(e for e in found if e.text == "Melbourne").country == "US"


def test_a_us_county_in_the_articles_state(blank: spacy.Language) -> None:
    text = "Missouri officials said Greene County will vote."
    found = places(blank, text, [("Missouri", "GPE"), ("Greene County", "GPE")])
    county = next(e for e in found if e.text == "Greene County")
    assert county.canonical == "Greene County, Missouri" and county.lat is not None


def test_a_kazakh_region_is_a_first_order_division(blank: spacy.Language) -> None:
    found = places(blank, "Farmers in Akmola Region lost their crops.", [("Akmola Region", "GPE")])
    assert found[0].country == "KZ" and found[0].lat is not None and 48 < found[0].lat < 55


def test_countries_and_regions_carry_a_point(blank: spacy.Language) -> None:
    found = places(blank, "Russia and Central Asia are far apart.", [("Russia", "GPE"), ("Central Asia", "LOC")])
    assert all(e.lat is not None and e.lon is not None for e in found)


def test_an_unknown_lone_word_without_a_locative_is_no_place(blank: spacy.Language) -> None:
    assert places(blank, "Wavepiston said the test went well.", [("Wavepiston", "GPE")]) == []


def test_a_facility_named_after_a_town_is_placed_there(blank: spacy.Language) -> None:
    found = places(blank, "He landed at Vancouver International Airport.", [("Vancouver International Airport", "FAC")])
    assert found[0].label == "LOC" and found[0].country == "CA"


def test_a_facility_without_a_town_stays_a_facility(blank: spacy.Language) -> None:
    entities = find_entities(make_doc(blank, "They met at Webb Center today.", [("Webb Center", "FAC")]))
    assert [(e.text, e.label) for e in entities] == [("Webb Center", "FAC")]


@pytest.mark.parametrize(("text", "code"), [("Calif.", "CA"), ("W. Va.", "WV"), ("Mont.", "MT"), ("TX", "TX")])
def test_state_abbreviations(text: str, code: str) -> None:
    actor = gazetteer.us_state_abbreviation(text)
    assert actor is not None and actor.admin1 == code


def test_a_misplaced_division_point_falls_back_inside_its_country() -> None:
    for actor in gazetteer.divisions("Liverpool"):
        assert actor.lat is not None and actor.lon is not None
        assert gazetteer.within_country(actor.country or "", actor.lat, actor.lon)


def test_shared_namesakes_abroad_do_not_outweigh_the_big_cities(blank: spacy.Language) -> None:
    text = "Flights from Amsterdam to Brussels, Paris and London were cancelled."
    found = places(blank, text, [("Amsterdam", "GPE"), ("Brussels", "GPE"), ("Paris", "GPE"), ("London", "GPE")])
    assert {e.text: e.country for e in found} == {"Amsterdam": "NL", "Brussels": "BE", "Paris": "FR", "London": "GB"}


def test_a_county_has_its_own_point_not_its_states(blank: spacy.Language) -> None:
    found = places(blank, "Deputies in Tarrant County, Texas, closed two roads.", [("Tarrant County", "GPE"), ("Texas", "GPE")])
    county = next(e for e in found if e.text == "Tarrant County")
    assert county.actor_id == "county:US-48439"
    assert county.lat is not None and county.lon is not None and abs(county.lat - 32.8) < 0.5 and abs(county.lon + 97.3) < 0.5


def test_namesake_villages_of_big_places_do_not_make_a_shared_state(blank: spacy.Language) -> None:
    text = "Officials in Hawaii and Honolulu spoke to Washington and to California about the storm."
    found = places(blank, text, [("Hawaii", "GPE"), ("Honolulu", "GPE"), ("Washington", "GPE"), ("California", "GPE")])
    assert next(e for e in found if e.text == "California").actor_id != "place:4350049"  # not the village in Maryland
    assert next(e for e in found if e.text == "California").canonical == "California"


def test_a_place_the_gazetteer_lacks_is_in_the_articles_one_country(blank: spacy.Language) -> None:
    text = "Rain in Texas flooded Dallas, Austin and the Quillwater Creek bottoms."
    ents = [("Texas", "GPE"), ("Dallas", "GPE"), ("Austin", "GPE"), ("Quillwater Creek", "LOC")]
    creek = next(e for e in places(blank, text, ents) if e.text == "Quillwater Creek")
    assert creek.country == "US" and creek.lat is None and creek.actor_id is None


def test_a_place_the_gazetteer_lacks_gets_no_country_in_a_mixed_article(blank: spacy.Language) -> None:
    text = "Ministers from France, Japan and Brazil met at Quillwater Creek."
    ents = [("France", "GPE"), ("Japan", "GPE"), ("Brazil", "GPE"), ("Quillwater Creek", "LOC")]
    creek = next(e for e in places(blank, text, ents) if e.text == "Quillwater Creek")
    assert creek.country is None


def test_a_name_with_a_persons_title_is_that_person_everywhere(blank: spacy.Language) -> None:
    text = "Denton won again. \"We stayed patient,\" said coach Denton after the meet."
    doc_ents = find_entities(make_doc(blank, text, [("Denton", "GPE"), ("Denton", "GPE")]))
    assert [e.label for e in doc_ents if e.text == "Denton"] == ["PERSON", "PERSON"]


def test_an_ordinary_word_after_the_is_no_town(blank: spacy.Language) -> None:
    text = "The council said the Centre had not replied to its letters."
    assert places(blank, text, [("Centre", "GPE")]) == []


def test_an_ordinary_word_after_in_the_stays_a_place(blank: spacy.Language) -> None:
    text = "Small shops in the Valley hired more people this year."
    assert [e.text for e in places(blank, text, [("Valley", "LOC")])] == ["Valley"]




def test_a_buildings_name_is_a_facility_not_a_place(blank: spacy.Language) -> None:
    text = "Pupils of Harlowe Elementary planted trees."
    entities = find_entities(make_doc(blank, text, [("Harlowe Elementary", "GPE")]))
    assert [(e.text, e.label) for e in entities] == [("Harlowe Elementary", "FAC")]


def test_a_named_state_beats_states_where_the_names_merely_have_namesakes(blank: spacy.Language) -> None:
    text = "Floods in Ohio closed schools in Dover and Lancaster on Tuesday."
    found = places(blank, text, [("Ohio", "GPE"), ("Dover", "GPE"), ("Lancaster", "GPE")])
    assert [e.lat is not None and 39.5 < e.lat < 41 and e.lon is not None and -82.8 < e.lon < -81.3
            for e in found if e.text != "Ohio"] == [True, True]


def test_a_town_and_a_county_of_one_local_story_lie_together(blank: spacy.Language) -> None:
    text = "U.S. marshals, Columbia police and Boone County deputies searched the creek banks."
    found = places(blank, text, [("U.S.", "GPE"), ("Columbia", "GPE"), ("Boone County", "GPE")])
    assert next(e for e in found if e.text == "Boone County").canonical == "Boone County, Missouri"


def test_an_abbreviated_saint_is_the_towns_own_name(blank: spacy.Language) -> None:
    text = "The flight from Moscow landed in St. Petersburg."
    found = places(blank, text, [("Moscow", "GPE"), ("St. Petersburg", "GPE")])
    assert next(e for e in found if e.text == "St. Petersburg").country == "RU"


def test_a_leaders_administration_is_no_town(blank: spacy.Language) -> None:
    text = "Egypt and the Clinton administration met in Cairo."
    found = find_entities(make_doc(blank, text, [("Egypt", "GPE"), ("Clinton", "GPE"), ("Cairo", "GPE")]))
    clinton = next(e for e in found if e.text == "Clinton")
    assert clinton.label == "PERSON" and clinton.lat is None


def test_a_big_citys_administration_keeps_its_place(blank: spacy.Language) -> None:
    text = "The Almaty administration closed the roads."
    found = places(blank, text, [("Almaty", "GPE")])
    assert found and found[0].country == "KZ"


def test_a_capital_is_its_government_in_an_article_that_names_its_country(blank: spacy.Language) -> None:
    text = "London and Moscow expelled diplomats. In Washington, the US said it would follow Britain."
    found = places(blank, text, [("London", "GPE"), ("Moscow", "GPE"), ("Washington", "GPE"), ("US", "GPE"), ("Britain", "GPE")])
    washington = next(e for e in found if e.text == "Washington")
    assert washington.country == "US" and washington.lon is not None and -78 < washington.lon < -76


def test_a_name_listed_with_a_state_is_a_state(blank: spacy.Language) -> None:
    text = "Workers moved from states such as Oregon or Washington to Utah."
    found = places(blank, text, [("Oregon", "GPE"), ("Washington", "GPE"), ("Utah", "GPE")])
    washington = next(e for e in found if e.text == "Washington")
    assert washington.country == "US" and washington.lat is not None and washington.lat > 45  # the state, not the capital


def test_namesake_counties_are_ranked_by_their_people() -> None:
    from hotspot.understand.entities.toponyms import candidates, prior

    counties = {c.admin1: prior(c, "dekalb county") for c in candidates("DeKalb County")}
    assert counties["GA"] > counties["TN"]  # DeKalb County, Georgia (Decatur, part of Atlanta) over DeKalb County, Tennessee


def test_a_county_named_in_an_organisations_name_places_the_articles_town(blank: spacy.Language) -> None:
    text = "The City of Paris plants trees. Gifts go to the Edgar County Arts Council."
    found = places(blank, text, [("Paris", "GPE"), ("Edgar County Arts Council", "ORG")])
    paris = next(e for e in found if e.text == "Paris")
    assert (paris.country, paris.canonical) == ("US", "Paris")
    assert paris.lat is not None and 39 < paris.lat < 40  # Paris, Illinois


def test_a_name_without_a_named_county_keeps_the_big_place(blank: spacy.Language) -> None:
    text = "The City of Paris plants trees. Gifts go to the Community Foundation."
    found = places(blank, text, [("Paris", "GPE"), ("Community Foundation", "ORG")])
    assert next(e for e in found if e.text == "Paris").country == "FR"


@pytest.mark.parametrize(("name", "expected"), [
    ("Edgar County Community Foundation", ("US", "IL", "ADM2")),
    ("State of Ohio", ("US", "OH", "ADM1")),
    ("Boone County Sheriff's Office", None),  # eight Boone Counties: no one division
    ("Georgia Power", None),  # the country claims the name as well
    ("Dublin Arts Council", None),  # a town, not a division
])
def test_a_division_inside_an_organisations_name(name: str, expected: tuple[str, str, str] | None) -> None:
    from hotspot.understand.entities.toponyms import embedded_division

    found = embedded_division(name)
    assert (None if found is None else (found.country, found.admin1, found.feature)) == expected


@pytest.mark.parametrize("name", ["Red River", "Bradford Woods", "Greenbrier River Valley"])
def test_a_natural_feature_the_gazetteer_lacks_is_not_read_from_a_town_in_its_name(name: str) -> None:
    from hotspot.understand.entities.toponyms import _partial_candidates

    assert _partial_candidates(name) == ((), "")


def test_a_building_named_after_a_town_is_still_read_from_it() -> None:
    from hotspot.understand.entities.toponyms import _partial_candidates

    found, head = _partial_candidates("Bradford Hospital", facility=True)
    assert head == "Bradford" and found


def test_a_name_that_starts_with_a_name_of_the_article_is_read_from_it(blank: spacy.Language) -> None:
    text = "Springfield, Ohio, hired a teacher. Springfield City Schools will grow."
    found = places(blank, text, [("Springfield", "GPE"), ("Ohio", "GPE"), ("Springfield City Schools", "GPE")])
    springfield, schools = (next(e for e in found if e.text == t) for t in ("Springfield", "Springfield City Schools"))
    assert springfield.actor_id == schools.actor_id and schools.lat is not None and 39 < schools.lat < 41


def test_a_county_in_an_organisations_name_tells_namesake_towns_apart(blank: spacy.Language) -> None:
    text = "An Alexandria man was hurt. He was flown to the Douglas County Clinic."
    found = places(blank, text, [("Alexandria", "GPE"), ("Douglas County Clinic", "ORG")])
    alexandria = next(e for e in found if e.text == "Alexandria")
    assert alexandria.country == "US" and alexandria.lat is not None and 45 < alexandria.lat < 46.5  # Minnesota's
    assert [e.text for e in found] == ["Alexandria"]  # the county is context, not a place of the article


def test_the_county_where_the_articles_town_lies_wins_over_a_bigger_namesake(blank: spacy.Language) -> None:
    text = "Paris and Henry County are rich in history. Henry County schools open today."
    found = places(blank, text, [("Paris", "GPE"), ("Henry County", "GPE"), ("Henry County", "GPE")])
    assert {e.canonical for e in found if e.text == "Henry County"} == {"Henry County, Tennessee"}


@pytest.mark.parametrize("name", ["Jackson Township", "Harlow Twp.", "Harlow Twp"])
def test_a_township_the_gazetteer_lacks_is_not_read_from_a_town_in_its_name(name: str) -> None:
    from hotspot.understand.entities.toponyms import _partial_candidates

    assert _partial_candidates(name) == ((), "")


def test_a_township_typed_as_a_facility_is_a_place_of_the_articles_country(blank: spacy.Language) -> None:
    text = "Officials in Dayton, Ohio, and Toledo, Ohio, met. The road through Harlow Twp reopened."
    ents = [("Dayton", "GPE"), ("Ohio", "GPE"), ("Toledo", "GPE"), ("Ohio", "GPE"), ("Harlow Twp", "FAC")]
    township = next(e for e in places(blank, text, ents) if e.text == "Harlow Twp")
    assert (township.label, township.country, township.lat) == ("GPE", "US", None)


def test_a_state_after_a_comma_places_a_town_the_gazetteer_lacks(blank: spacy.Language) -> None:
    text = "Farmers near Vienna, S.D., lost their crops. Vienna has 70 people."
    found = places(blank, text, [("Vienna", "GPE"), ("S.D.", "GPE"), ("Vienna", "GPE")])
    assert [(e.country, e.lat) for e in found if e.text == "Vienna"] == [("US", None), ("US", None)]


def test_a_country_listed_after_a_country_is_no_qualifier(blank: spacy.Language) -> None:
    found = places(blank, "Talks in France, Germany and Italy went on.", [("France", "GPE"), ("Germany", "GPE"), ("Italy", "GPE")])
    assert [e.country for e in found] == ["FR", "DE", "IT"]


def test_names_listed_before_a_plural_county_word_are_counties(blank: spacy.Language) -> None:
    text = "Crews from Letcher and Bell counties cleared the roads."
    found = places(blank, text, [("Letcher", "GPE"), ("Bell", "GPE")])
    assert [e.actor_id.split("-")[0] if e.actor_id else None for e in found] == ["county:US", "county:US"]
    assert next(e for e in found if e.text == "Letcher").canonical == "Letcher County, Kentucky"


def test_a_list_without_a_plural_county_word_keeps_its_towns(blank: spacy.Language) -> None:
    found = places(blank, "Crews from Letcher and Bell cleared the roads.", [("Letcher", "GPE"), ("Bell", "GPE")])
    assert all(e.actor_id is None or not e.actor_id.startswith("county:") for e in found)


def test_a_village_after_its_state_has_its_own_point(blank: spacy.Language) -> None:
    found = places(blank, "The fair opens in Hartland, Maine, on Saturday.", [("Hartland", "GPE"), ("Maine", "GPE")])
    hartland = next(e for e in found if e.text == "Hartland")
    assert hartland.country == "US" and hartland.lat is not None and abs(hartland.lat - 44.89) < 0.3


def test_a_dateline_without_its_state_is_the_storys_place(blank: spacy.Language) -> None:
    found = places(blank, "Council backs new park. GREENEVILLE — The town council voted on Tuesday.", [])
    assert [(e.text, e.country) for e in found] == [("GREENEVILLE", "US")]


def test_a_dateline_the_model_took_for_an_organisation_is_a_place(blank: spacy.Language) -> None:
    text = "Council backs new park. GREENEVILLE — The town council voted on Tuesday."
    found = places(blank, text, [("GREENEVILLE", "ORG")])
    assert [(e.text, e.label, e.canonical) for e in found] == [("GREENEVILLE", "GPE", "Greeneville")]


def test_capitals_before_a_dash_that_name_no_place_are_no_dateline(blank: spacy.Language) -> None:
    assert places(blank, "Storm ahead. UPDATE — The road is closed.", []) == []


def test_a_town_named_in_its_police_departments_name_places_the_county(blank: spacy.Language) -> None:
    text = "A man was held in the Houston County jail, the Erin Police Department said."
    found = places(blank, text, [("Houston County", "GPE"), ("Erin Police Department", "ORG")])
    assert [e.canonical for e in found] == ["Houston County, Tennessee"]


def test_a_town_in_a_local_bodys_name_is_no_place_of_its_own(blank: spacy.Language) -> None:
    found = places(blank, "The Erin Police Department said so.", [("Erin Police Department", "ORG")])
    assert found == []


def test_two_counties_side_by_side_are_read_together(blank: spacy.Language) -> None:
    text = "Marion County and Wayne County share the cost of the new bridge."
    found = places(blank, text, [("Marion County", "GPE"), ("Wayne County", "GPE")])
    assert {e.canonical.split(", ")[1] for e in found} == {"Illinois"}


def test_a_name_beside_its_county_is_that_county(blank: spacy.Language) -> None:
    text = "Voters in Fulton County lined up early. Fulton election officials said turnout was high."
    found = places(blank, text, [("Fulton County", "GPE"), ("Fulton", "GPE")])
    assert found[0].actor_id == found[1].actor_id and found[1].canonical.startswith("Fulton County")


def test_a_county_named_only_inside_an_organisation_leaves_the_town_a_town(blank: spacy.Language) -> None:
    text = "Fulton police and the Fulton County Sheriff's Office searched the river."
    found = places(blank, text, [("Fulton", "GPE"), ("Fulton County Sheriff's Office", "ORG")])
    assert found[0].actor_id is not None and found[0].actor_id.startswith("place:")


def test_a_day_named_after_someone_is_a_date_not_a_place(blank: spacy.Language) -> None:
    doc = make_doc(blank, "Florists were busy on Valentine's Day.", [("Valentine's Day", "GPE")])
    assert [(e.text, e.label) for e in find_entities(doc)] == [("Valentine's Day", "DATE")]


def test_a_longer_form_only_another_name_has_is_read_from_its_part(blank: spacy.Language) -> None:
    text = "Toledo City officials met on Monday, Ohio lawmakers said."
    found = places(blank, text, [("Toledo City", "GPE"), ("Ohio", "GPE")])
    toledo = next(e for e in found if e.text == "Toledo City")
    assert (toledo.country, toledo.canonical) == ("US", "Toledo")


def test_a_legislators_home_town_after_the_party_letter_is_a_place(blank: spacy.Language) -> None:
    text = "Rep. Ann Lee, D-Greeneville, said the bill would pass."
    found = places(blank, text, [("Ann Lee", "PERSON"), ("D-Greeneville", "ORG")])
    assert [(e.text, e.country, e.canonical) for e in found] == [("Greeneville", "US", "Greeneville")]


def test_a_legislators_state_in_brackets_is_a_place(blank: spacy.Language) -> None:
    found = places(blank, "Sen. Bo Cole (R-Texas) voted no.", [("Bo Cole", "PERSON")])
    assert [(e.text, e.canonical) for e in found] == [("Texas", "Texas")]


def test_an_unknown_word_after_a_party_letter_is_no_place(blank: spacy.Language) -> None:
    assert places(blank, "Rep. Jo Smith, D-Qwertyvale, said so.", [("Jo Smith", "PERSON")]) == []


def test_a_road_named_after_a_town_is_no_place_there(blank: spacy.Language) -> None:
    found = places(blank, "Traffic slowed on Fairview Drive near the bridge.", [("Fairview Drive", "FAC")])
    assert found == []


def test_a_small_towns_name_that_is_an_articles_surname_is_the_person(blank: spacy.Language) -> None:
    text = "Officers found Carl Newberry at home. Newberry was taken to hospital."
    found = places(blank, text, [("Carl Newberry", "PERSON"), ("Newberry", "GPE")])
    assert found == []


def test_a_big_towns_name_stays_a_place_beside_a_surname(blank: spacy.Language) -> None:
    text = "Ann Houston flew home. Houston was hot."
    found = places(blank, text, [("Ann Houston", "PERSON"), ("Houston", "GPE")])
    assert [e.canonical for e in found] == ["Houston"]


def test_a_name_read_from_a_part_ending_in_s_keeps_its_s(blank: spacy.Language) -> None:
    found = places(blank, "She sang with the Des Moines Symphony Chorus.", [("Des Moines Symphony Chorus", "GPE")])
    assert [(e.canonical, e.country) for e in found] == [("Des Moines", "US")]


def test_a_name_after_a_possessive_is_not_read_from_the_place_before_it(blank: spacy.Language) -> None:
    found = places(blank, "Fans cheered Denver's Tommy Reyes at the meet.", [("Denver's Tommy Reyes", "GPE")])
    assert all(e.actor_id is None and e.lat is None for e in found)
