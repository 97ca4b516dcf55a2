"""Attention over time and side by side, over real HTTP on the hand-made store: JSON twins, CSV, one scale."""

from __future__ import annotations

import csv
import io
import re
from html import unescape

from tests.web.handmade import MONTHS, UNDATED

PLAIN_DATED = 8 * len(MONTHS)  # the hand-made store's dated "gas prices" reports


def test_attention_counts_matching_articles_per_period_and_those_no_period_holds(web) -> None:
    body = web.get("/attention.json", params={"q": "gas", "period": "month"}).json()
    assert body["period"] == "month"
    assert [row["period"] for row in body["rows"]] == list(MONTHS)
    assert [row["articles"] for row in body["rows"]] == [8, 8, 8]
    assert body["undated"] == UNDATED and body["total"] == PLAIN_DATED + UNDATED


def test_attention_is_normalised_by_every_article_of_the_period(web) -> None:
    rows = {row["period"]: row for row in web.get("/attention.json", params={"q": "gas", "period": "month"}).json()["rows"]}
    march = rows[MONTHS[2]]
    assert march["all_articles"] == 9  # the evidence article was published in March too, and does not say "gas"
    assert march["share"] == round(8 / 9, 4)
    assert rows[MONTHS[0]]["share"] == 1.0


def test_attention_keeps_the_search_filters(web) -> None:
    body = web.get("/attention.json", params={"q": "gas", "outlet": "Outlet 02", "period": "month"}).json()
    assert sum(row["articles"] for row in body["rows"]) == 2
    assert body["filters"]["outlet"] == ["Outlet 02"]


def test_attention_exports_its_rows_as_csv(web) -> None:
    response = web.get("/attention", params={"q": "gas", "period": "month", "format": "csv"})
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert response.headers["content-type"].startswith("text/csv")
    assert [r["period"] for r in rows] == list(MONTHS) and rows[0].keys() >= {"articles", "all_articles", "share"}


def test_the_search_page_shows_attention_and_links_to_it_with_the_query(web) -> None:
    page = web.get("/search", params={"q": "gas", "outlet": "Outlet 02", "page": "1"}).text
    assert 'id="attention-chart"' in page and "<desc id=\"attention-chart-desc\">" in page
    link = unescape(re.search(r'<a href="(/attention[^"]*)">Attention over time on its own page', page).group(1))
    assert link == "/attention?q=gas&outlet=Outlet+02"  # the filters, not the page


def test_the_search_page_can_show_attention_as_a_share(web) -> None:
    page = web.get("/search", params={"q": "gas", "scale": "share", "period": "month"}).text
    assert "% of all articles" in page


def test_two_countries_side_by_side_share_their_periods_and_their_scale(web) -> None:
    body = web.get("/compare.json", params=[("country", "KZ"), ("country", "KG"), ("mode", "raw")]).json()
    assert body["kind"] == "country" and [s["key"] for s in body["series"]] == ["KZ", "KG"]
    first, second = body["series"]
    assert [r["period"] for r in first["rows"]] == [r["period"] for r in second["rows"]]
    assert first["chart"]["yticks"][-1] == second["chart"]["yticks"][-1]  # one scale: the bars compare


def test_two_queries_side_by_side_with_their_csv(web) -> None:
    params = [("q", "gas"), ("q", "depot"), ("period", "month"), ("mode", "raw")]
    body = web.get("/compare.json", params=params).json()
    assert [s["key"] for s in body["series"]] == ["gas", "depot"]
    assert [s["articles"] for s in body["series"]] == [PLAIN_DATED + UNDATED, 1]
    rows = list(csv.DictReader(io.StringIO(web.get("/compare", params=[*params, ("format", "csv")]).text)))
    assert {r["series"] for r in rows} == {"gas", "depot"}
    depot = [r for r in rows if r["series"] == "depot"]
    assert [(r["period"], r["value"]) for r in depot] == [(MONTHS[0], "0"), (MONTHS[1], "0"), (MONTHS[2], "1")]


def test_compare_refuses_a_country_beside_a_query(web) -> None:
    response = web.get("/compare.json", params=[("country", "KZ"), ("q", "gas")])
    assert response.status_code == 400 and "[H081]" in response.json()["error"]["message"]


def test_the_country_timeline_exports_the_periods_it_draws(web) -> None:
    rows = list(csv.DictReader(io.StringIO(web.get("/countries/KZ", params={"format": "csv", "period": "month"}).text)))
    assert [r["period"] for r in rows] == list(MONTHS)
    assert sum(int(r["articles"]) for r in rows) > 0


def test_evidence_from_an_untitled_article_is_named_by_its_file(web) -> None:
    from tests.web.handmade import CLEAN_ID, CLEAN_SOURCE

    body = web.get("/countries/KZ.json", params={"mode": "raw"}).json()
    driver = next(d for d in body["drivers"] if d["article_id"] == CLEAN_ID)
    assert driver["source"] == CLEAN_SOURCE and driver["title"] is None
    page = web.get("/countries/KZ", params={"mode": "raw"}).text
    assert f'href="/articles/{CLEAN_ID}#s-0-' in page and ">field-report-taraz.txt</a>" in page


def test_quotes_beside_their_article_carry_its_source(tmp_path) -> None:
    from hotspot.connect.brief import _voices
    from hotspot.store import Store
    from tests.web.handmade import build

    db = f"sqlite:///{tmp_path / 'h.db'}"
    build(db)
    store = Store(db)
    try:
        quotes = store.country_quotes("KZ")
    finally:
        store.close()
    assert quotes and quotes[0]["source"] == "/pages/evidence.html"
    escalating, dismissing = _voices([dict(quotes[0], text="war is coming, an escalation")])
    said = (escalating or dismissing)[0].quotes[0]
    assert said["source"] == "/pages/evidence.html"
