"""State stays in the URL: JSON twins, filters, facets, exports and errors over real HTTP, on the hand-made store."""

from __future__ import annotations

import csv
import io
import re
from html import unescape
from urllib.parse import parse_qsl, urlsplit

import pytest

from tests.web.handmade import CLEAN_ID, CLEAN_SOURCE, EVIDENCE_ID, MONTHS, OUTLETS, UNDATED


def _footer_json_link(html: str) -> str:
    return unescape(re.search(r'<a class="json-twin" href="([^"]*)"', html).group(1))


@pytest.mark.parametrize("path", ["/search?q=gas&outlet=Outlet+02&page=1", "/countries?sort=-articles",
                                  "/voices?limit=5&sort=name", "/events?type=ASSAULT&country=KZ",
                                  "/countries/KZ?mode=raw", "/voices/Aida%20Bekova?page=1", "/attention?q=gas&period=month",
                                  "/compare?country=KZ&country=KG&mode=raw"])
def test_footer_json_link_keeps_the_query_string(web, path) -> None:
    link = _footer_json_link(web.get(path).text)
    asked, given = urlsplit(path), urlsplit(link)
    assert given.path == asked.path + ".json"
    assert parse_qsl(given.query) == parse_qsl(asked.query)
    assert web.get(link).headers["content-type"].startswith("application/json")


def test_footer_json_link_of_the_home_page_is_the_search_twin(web) -> None:
    link = _footer_json_link(web.get("/", params={"q": "gas"}).text)
    assert link == "/search.json?q=gas"
    assert web.get(link).json()["total"] > 0


def test_ingest_page_has_a_json_twin(web) -> None:
    body = web.get("/ingest.json").json()
    assert body["writes"] == "disabled" and "clean_text" in body["kinds"]


def test_month_facet_values_are_links_that_filter(web) -> None:
    page = web.get("/search").text
    assert f'href="/search?month={MONTHS[1]}"' in page
    body = web.get("/search.json", params={"month": MONTHS[1]}).json()
    assert body["total"] == 8
    assert {hit["published"][:7] for hit in body["hits"]} == {MONTHS[1]}


def test_several_months_are_any_of(web) -> None:
    assert web.get("/search.json", params=[("month", MONTHS[0]), ("month", MONTHS[1])]).json()["total"] == 16


def test_choosing_an_outlet_keeps_the_others_in_its_facet(web) -> None:
    body = web.get("/search.json", params={"outlet": "Outlet 02"}).json()
    assert body["total"] == 2
    shown = {row["value"] for row in body["facets"]["outlet"]}
    assert {"Outlet 02", "Outlet 03"} <= shown
    page = web.get("/search", params={"outlet": "Outlet 02"}).text
    assert 'href="/search?outlet=Outlet+02&amp;outlet=Outlet+03"' in page  # adds to the choice


def test_two_outlets_find_the_articles_of_either(web) -> None:
    body = web.get("/search.json", params=[("outlet", "Outlet 02"), ("outlet", "Outlet 03")]).json()
    assert body["total"] == 4
    assert {hit["site_name"] for hit in body["hits"]} == {"Outlet 02", "Outlet 03"}


def test_a_facet_past_ten_values_offers_more(web) -> None:
    first = web.get("/search.json").json()
    assert len(first["facets"]["outlet"]) == 10 and first["facets_more"]["outlet"] is True
    page = web.get("/search").text
    assert 'href="/search?more=outlet"' in page
    opened = web.get("/search.json", params={"more": "outlet"}).json()
    assert set(OUTLETS) <= {row["value"] for row in opened["facets"]["outlet"]}
    assert opened["facets_more"]["outlet"] is False


def test_voices_csv_keeps_the_limit(web) -> None:
    page = web.get("/voices", params={"limit": 1}).text
    link = unescape(re.search(r'href="([^"]*format=csv[^"]*)"', page).group(1))
    assert dict(parse_qsl(urlsplit(link).query)) == {"limit": "1", "format": "csv"}
    rows = list(csv.reader(io.StringIO(web.get(link).text)))
    assert rows[0][0] == "name" and len(rows) == 2


def test_countries_csv_is_csv(web) -> None:
    response = web.get("/countries", params={"format": "csv"})
    assert response.headers["content-type"].startswith("text/csv")
    assert response.text.startswith("rank,code,name,trend")


def test_a_page_past_the_end_says_so(web) -> None:
    page = web.get("/search", params={"page": 99}).text
    assert "Page 99 is past the end" in page and "No articles match" not in page
    assert 'href="/search?page=2"' in page  # the last page, one click away
    body = web.get("/search.json", params={"page": 99}).json()
    assert body["past_end"] is True and body["hits"] == [] and body["pages"] == 2


def test_a_bad_date_is_a_400_with_its_message_in_html(web) -> None:
    response = web.get("/search", params={"date_from": "yesterday"})
    assert response.status_code == 400
    assert "[H018] date_from is not a date: &#39;yesterday&#39;" in response.text


def test_a_bad_date_is_a_400_with_its_message_in_json(web) -> None:
    for path in ("/search.json", "/api/v1/search"):
        response = web.get(path, params={"date_to": "2022-02-30"})
        assert response.status_code == 400
        assert response.json()["error"]["message"].startswith("[H018] date_to is not a date")


def test_a_date_range_says_how_many_undated_articles_it_leaves_out(web) -> None:
    body = web.get("/search.json", params={"date_from": "2022-02-01"}).json()
    assert body["total"] == 17 and body["undated_left_out"] == UNDATED + 1  # and the clean-text input
    page = web.get("/search", params={"date_from": "2022-02-01"}).text
    assert f"leaves out {UNDATED + 1} articles without a publication date" in page
    assert 'href="/search?date_from=2022-02-01&amp;include_undated=true"' in page


def test_undated_articles_can_be_included_in_a_date_range(web) -> None:
    body = web.get("/search.json", params={"date_from": "2022-02-01", "include_undated": "true"}).json()
    assert body["total"] == 17 + UNDATED + 1 and body["undated_left_out"] == 0


# -- glitches ---------------------------------------------------------------------------------------


def _text(html: str) -> str:
    """The page as a reader sees it: tags dropped, whitespace as one space."""
    return " ".join(unescape(re.sub(r"<[^>]+>", "", html)).split())


def test_speaker_and_mention_are_apart_on_a_quote_card(web) -> None:
    text = _text(web.get(f"/articles/{EVIDENCE_ID}").text)
    assert "Aida Bekova as “She”" in text and "Bekovaas" not in text


def test_mode_and_actor_are_apart_on_the_events_page(web) -> None:
    text = _text(web.get("/events").text)
    assert "beat · Kazakhstan" in text and "beatKazakhstan" not in text


def test_a_clean_text_article_is_named_by_its_file(web) -> None:
    name = CLEAN_SOURCE.rsplit("/", 1)[-1]
    article = web.get(f"/articles/{CLEAN_ID}").text
    assert f"<h1>{name}</h1>" in article and "unknown outlet" not in article and "(untitled)" not in article
    hits = web.get("/search", params={"q": "queues"}).text
    assert f">{name}</a>" in hits and "unknown outlet" not in hits


# -- countries and voices sorted by column, server side --------------------------------------------


def test_countries_sort_by_a_column_both_ways(web) -> None:
    def codes(sort: str) -> list[str]:
        return [c["code"] for c in web.get("/countries.json", params={"sort": sort}).json()["countries"]]

    assert codes("articles") == ["KG", "KZ"] and codes("-articles") == ["KZ", "KG"]


def test_a_column_header_links_to_its_sort_and_the_next_click_reverses_it(web) -> None:
    assert 'href="/countries?sort=-articles"' in web.get("/countries").text  # counts: most first
    page = web.get("/countries", params={"sort": "-articles"}).text
    assert 'aria-sort="descending"' in page and 'href="/countries?sort=articles"' in page


def test_voices_sort_by_name_both_ways(web) -> None:
    names = [v["name"] for v in web.get("/voices.json", params={"sort": "name"}).json()["voices"]]
    assert names == sorted(names, key=str.casefold)
    backwards = [v["name"] for v in web.get("/voices.json", params={"sort": "-name"}).json()["voices"]]
    assert backwards == names[::-1]


def test_an_unknown_sort_keeps_the_ranking(web) -> None:
    ranked = web.get("/countries.json").json()["countries"]
    assert web.get("/countries.json", params={"sort": "nonsense"}).json()["countries"] == ranked


def test_the_countries_csv_keeps_the_sort(web) -> None:
    page = web.get("/countries", params={"sort": "-articles"}).text
    link = unescape(re.search(r'href="([^"]*format=csv[^"]*)"', page).group(1))
    assert dict(parse_qsl(urlsplit(link).query)) == {"sort": "-articles", "format": "csv"}


def test_an_events_page_past_the_end_says_so(web) -> None:
    page = web.get("/events", params={"page": 50}).text
    assert "Page 50 is past the end: the 3 events found fill 1 page." in page


def test_each_country_shows_its_trend_with_the_evidence_count(web) -> None:
    text = _text(web.get("/countries").text)
    kz = next(c for c in web.get("/countries.json").json()["countries"] if c["code"] == "KZ")
    assert f"{kz['trend']} {kz['happenings']} happening" in text
    assert f"in {kz['reports']} report" in text
