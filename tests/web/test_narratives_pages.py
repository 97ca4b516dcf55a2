"""The Narratives pages over real HTTP: a real SQLite store whose hand-made quotes were joined into narratives by the
real sentence encoder (multilingual USE), an English and a Russian claim together, a denial as a denial.

The texts are written for these tests; one article's title, outlet and speaker are markup, to be shown as text.
"""

from __future__ import annotations

import csv
import io
import re

import httpx
import pytest

from hotspot.records import Article, Entity, Quote, Span, Speaker
from tests.web.conftest import LiveServer

HOSTILE = "<script>alert(1)</script>"
CLAIMS = [
    # (outlet, language, day, speaker, cue, quoted claim)
    ("Steppe Wire", "en", "2024-03-01", "Ivan Petrov", "said", "The West is preparing a coup in Kazakhstan this year."),
    ("Capital Post", "en", "2024-03-03", "Oleg Sidorov", "said", "Western countries are preparing a coup in Kazakhstan this year."),
    ("Вести Степи", "ru", "2024-03-04", "Игорь Семёнов", "заявил", "Запад готовит в этом году государственный переворот в Казахстане."),
    ("Capital Post", "en", "2024-03-05", "Asel Omarova", "denied", "the West is preparing a coup in Kazakhstan this year"),
    (f"{HOSTILE} Daily", "en", "2024-03-06", f"<img src=x onerror=alert(2)> {HOSTILE}", "said",
     "The West is preparing a coup in Kazakhstan this very year."),
]


def claim_article(n: int, outlet: str, language: str, day: str, speaker: str, cue: str, said: str) -> Article:
    """Article ``n``: "SPEAKER CUE that CLAIM." or, for a direct quote, "“CLAIM” CUE SPEAKER.", about Kazakhstan."""
    if cue == "denied":
        text = f"{speaker} {cue} that {said}."
        start = text.index(said)
        cue_at = text.index(cue)
        speaker_at = 0
    else:
        text = f"“{said}” — {cue} {speaker}."
        start, cue_at, speaker_at = 1, text.index(f" {cue} ") + 1, text.index(speaker)
    where = text.index("Казахстане" if language == "ru" else "Kazakhstan")
    word = "Казахстане" if language == "ru" else "Kazakhstan"
    return Article(
        id=f"{0xC1A100 + n:016x}", source=f"/pages/claim-{n}.html", text=text,
        title=f"{HOSTILE} coup talk" if HOSTILE in outlet else f"Coup talk {n}", site_name=outlet, language=language,
        published=day, content_hash=f"{0xC1A100 + n:064x}", text_hash=f"c{0xC1A100 + n:063x}", focus=["KZ"],
        url=f"https://example.org/claim-{n}",
        entities=[Entity(word, "GPE", where, where + len(word), "Kazakhstan", "country:KZ", "KZ", None, None, "t.v1")],
        quotes=[Quote("direct" if cue != "denied" else "indirect", said, start, start + len(said),
                      Span(cue, cue_at, cue_at + len(cue)),
                      Speaker(speaker, speaker_at, speaker_at + len(speaker), speaker, None, None), [], "t.quotes.v1")],
    )


def other_article() -> Article:
    """A second narrative: unrelated to the coup claim."""
    return claim_article(9, "Steppe Wire", "en", "2024-02-01", "Dana Bek", "said", "Bread prices in Kazakhstan will double by next winter.")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from hotspot.connect.narratives import attach
    from hotspot.store import Store
    from hotspot.web import create_app

    db = f"sqlite:///{tmp_path_factory.mktemp('narratives') / 'hotspot.db'}"
    store = attach(Store(db))
    for n, item in enumerate(CLAIMS):
        store.save(claim_article(n, *item))
    store.save(other_article())
    store.close()
    with LiveServer(create_app(db)) as server:
        yield server


@pytest.fixture(scope="module")
def http(site):
    with httpx.Client(base_url=site.url, timeout=30) as client:
        yield client


def coup_narrative(http) -> dict:
    rows = http.get("/narratives.json").json()["narratives"]
    return next(row for row in rows if "coup" in (row["representative"] or ""))


def test_the_list_ranks_narratives_with_their_counts(http):
    coup = coup_narrative(http)
    assert (coup["claims"], coup["languages"], coup["denying"]) == (5, 2, 1)


def test_the_list_page_links_each_narrative(http):
    page = http.get("/narratives")
    assert page.status_code == 200
    assert f'href="/narratives/{coup_narrative(http)["id"]}"' in page.text


def test_the_list_filters_by_country_in_the_url(http):
    assert http.get("/narratives.json?country=KG").json()["narratives"] == []


def test_the_list_filters_by_since(http):
    rows = http.get("/narratives.json?since=2024-03-01").json()["narratives"]
    assert [row["representative"] for row in rows if "Bread" in (row["representative"] or "")] == []


def test_a_bad_since_is_a_400_with_its_code(http):
    answer = http.get("/narratives.json?since=yesterday")
    assert answer.status_code == 400 and "H018" in answer.json()["error"]["message"]


def test_the_list_exports_as_csv(http):
    rows = list(csv.DictReader(io.StringIO(http.get("/narratives?format=csv").text)))
    assert {row["id"] for row in rows} >= {str(coup_narrative(http)["id"])}


def test_a_narrative_page_groups_claims_by_stance(http):
    page = http.get(f"/narratives/{coup_narrative(http)['id']}").text
    assert page.index("For: asserting it") < page.index("Against: denying it")
    assert "Asel Omarova" in page[page.index("Against: denying it"):]


def test_a_narrative_page_shows_the_russian_claim_beside_the_english(http):
    page = http.get(f"/narratives/{coup_narrative(http)['id']}").text
    assert "Запад готовит" in page and "Вести Степи" in page


def test_every_claim_links_to_its_sentence(http):
    page = http.get(f"/narratives/{coup_narrative(http)['id']}").text
    links = re.findall(r'class="evidence-link" href="([^"]+)"', page)
    assert len(links) == 5 and all(re.fullmatch(r"/articles/[0-9a-f]{16}#s-\d+-\d+", link) for link in links)


def test_markup_in_a_title_outlet_or_speaker_is_shown_as_text(http):
    page = http.get(f"/narratives/{coup_narrative(http)['id']}").text
    assert HOSTILE not in page and "<img src=x" not in page and "&lt;script&gt;" in page


def test_an_unknown_narrative_is_a_404(http):
    answer = http.get("/narratives/99999")
    assert answer.status_code == 404 and "H053" in answer.text


def test_a_narrative_id_that_is_no_number_is_a_404(http):
    assert http.get("/narratives/abc").status_code == 404


def test_the_narrative_json_twin_lists_every_claim_once(http):
    data = http.get(f"/narratives/{coup_narrative(http)['id']}.json").json()
    assert len(data["claims_list"]) == 5 and "by_stance" not in data and data["voices"]["denies"] == ["Asel Omarova"]


def test_the_narrative_exports_its_claims_as_jsonl(http):
    lines = http.get(f"/narratives/{coup_narrative(http)['id']}?format=jsonl").text.splitlines()
    assert len(lines) == 5


def test_the_api_lists_narratives(http):
    assert http.get("/api/v1/narratives?country=KZ").json()["narratives"][0]["claims"] >= 1


def test_the_api_gives_one_narrative(http):
    narrative_id = coup_narrative(http)["id"]
    assert http.get(f"/api/v1/narratives/{narrative_id}").json()["id"] == narrative_id


def test_the_api_answers_an_unknown_narrative_with_a_json_404(http):
    answer = http.get("/api/v1/narratives/99999")
    assert answer.status_code == 404 and "H053" in answer.json()["error"]["message"]


def test_the_nav_links_the_narratives_page(http):
    assert 'href="/narratives" aria-current="page"' in http.get("/narratives").text


def test_the_country_page_lists_what_is_being_claimed(http):
    page = http.get("/countries/KZ").text
    claimed = page[page.index("What is being claimed"):page.index("What drives the signal")]
    assert f'href="/narratives/{coup_narrative(http)["id"]}"' in claimed
    assert re.search(r'class="evidence-link" href="/articles/[0-9a-f]{16}#s-\d+-\d+"', claimed)


# -- in Chromium: phone width, one h1, the skip link, axe ----------------------------------------------------------


@pytest.fixture
def pages(site, browser):
    context = browser.new_context(viewport={"width": 390, "height": 900})
    yield context.new_page()
    context.close()


def _paths(http) -> list[str]:
    return ["/narratives", f"/narratives/{coup_narrative(http)['id']}"]


def test_the_narratives_pages_fit_a_phone(site, http, pages):
    wide = {}
    for path in _paths(http):
        pages.goto(site.url + path)
        scroll, inner = pages.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        if scroll > inner:
            wide[path] = scroll
    assert wide == {}


def test_the_narratives_pages_have_one_h1_and_a_working_skip_link(site, http, pages):
    for path in _paths(http):
        pages.goto(site.url + path)
        assert pages.locator("h1").count() == 1, path
        pages.keyboard.press("Tab")
        pages.keyboard.press("Enter")
        assert pages.evaluate("document.activeElement.id") == "main", path


def test_axe_finds_no_serious_violation_on_the_narratives_pages(site, http, pages):
    from tests.web.test_accessibility import AXE, BLOCKING

    for path in _paths(http):
        pages.goto(site.url + path)
        pages.evaluate(AXE.read_text(encoding="utf-8"))
        found = pages.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
                               ".map(v => ({id: v.id, impact: v.impact}))")
        assert [v for v in found if v["impact"] in BLOCKING] == [], path
