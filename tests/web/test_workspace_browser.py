"""The workspace in headless Chromium on the hand-made store: evidence lands on its sentence, every page fits a
phone, and the keyboard reaches what the mouse does. Screenshots go under pytest's tmp dir."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.web.handmade import CLEAN_ID, EVIDENCE_ID

PAGES = {
    "search": "/", "search-query": "/search?q=gas", "search-past-end": "/search?page=99",
    "search-bad-date": "/search?date_from=yesterday", "article": f"/articles/{EVIDENCE_ID}",
    "article-clean-text": f"/articles/{CLEAN_ID}", "countries": "/countries", "country": "/countries/KZ",
    "voices": "/voices", "voice": "/voices/Aida%20Bekova", "events": "/events", "ingest": "/ingest",
    "attention": "/attention?q=gas", "compare-countries": "/compare?country=KZ&country=KG",
    "compare-queries": "/compare?q=gas&q=depot", "compare-empty": "/compare", "narratives-empty": "/narratives",
}
HIGHLIGHT = "rgb(255, 243, 168)"  # .anchor:target in hotspot.css


@pytest.fixture
def at(browser):
    """A page factory: ``at(width)`` opens a fresh browser page that wide (900 px high)."""
    contexts = []

    def open_page(width: int):
        context = browser.new_context(viewport={"width": width, "height": 900})
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


def _shot(page, tmp_path: Path, name: str) -> None:
    page.screenshot(path=str(tmp_path / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("width", [390, 1400])
def test_no_page_is_wider_than_the_screen(workspace, at, tmp_path, width) -> None:
    page = at(width)
    too_wide = {}
    for name, path in PAGES.items():
        page.goto(workspace.url + path)
        scroll, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        if scroll > inner:
            too_wide[name] = scroll
        _shot(page, tmp_path, f"{name}-{width}")
    assert too_wide == {}, f"wider than {width} px: {too_wide} (screenshots in {tmp_path})"


def test_every_page_has_one_h1(workspace, at) -> None:
    page = at(1400)
    for name, path in PAGES.items():
        page.goto(workspace.url + path)
        assert page.locator("h1").count() == 1, name


@pytest.mark.parametrize("path", ["/events", "/countries/KZ", "/voices/Aida%20Bekova"])
def test_every_evidence_link_lands_on_its_highlighted_sentence(workspace, at, path) -> None:
    page = at(1400)
    page.goto(workspace.url + path)
    links = [page.locator("a.evidence-link").nth(i).get_attribute("href") for i in range(page.locator("a.evidence-link").count())]
    assert links, f"no evidence links on {path}"
    for href in links:
        assert re.fullmatch(r"/articles/[0-9a-f]+#s-\d+-\d+", href), href
        page.goto(workspace.url + href)
        target = page.locator(f"#{href.split('#')[1]}")
        assert target.count() == 1, href
        assert page.evaluate("document.querySelector(':target') && document.querySelector(':target').id") == href.split("#")[1]
        assert target.evaluate("el => getComputedStyle(el).backgroundColor") == HIGHLIGHT, href
        assert target.is_visible() and target.bounding_box()["y"] < 900, href


def test_a_span_cut_by_another_is_highlighted_whole(workspace, at, tmp_path) -> None:
    page = at(1400)
    page.goto(f"{workspace.url}/articles/{EVIDENCE_ID}")
    href = page.locator(".quote-card a.goto").first.get_attribute("href")
    page.click(".quote-card a.goto")
    parts = page.locator(f'.anchor[data-anchor="{href[1:]}"]')
    assert parts.count() == 2  # the quote opens inside the event's sentence and closes in the next
    assert " ".join(parts.all_inner_texts()).endswith("thank God.")
    assert all(parts.nth(i).evaluate("el => getComputedStyle(el).backgroundColor") == HIGHLIGHT for i in range(2))
    _shot(page, tmp_path, "article-quote-target")


def test_span_details_open_from_the_keyboard(workspace, at) -> None:
    page = at(1400)
    page.goto(f"{workspace.url}/articles/{EVIDENCE_ID}")
    summary = page.locator(".quote-card details summary").first
    summary.focus()
    page.keyboard.press("Enter")
    details = page.locator(".quote-card details").first
    assert details.evaluate("el => el.open")
    assert "a local activist" in details.inner_text() and "chars 62–134" in details.inner_text()


def test_the_skip_link_is_the_first_tab_and_jumps_to_the_content(workspace, at) -> None:
    page = at(1400)
    page.goto(f"{workspace.url}/countries")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_charts_are_focusable_and_titled(workspace, at) -> None:
    page = at(1400)
    page.goto(f"{workspace.url}/countries/KZ")
    charts = page.locator("svg[role=img]")
    assert charts.count() >= 1
    for i in range(charts.count()):
        chart = charts.nth(i)
        assert chart.get_attribute("tabindex") == "0"
        title = chart.locator(":scope > title")  # its own title; bars and points have theirs
        assert title.count() == 1 and title.text_content().strip()
        assert chart.get_attribute("aria-labelledby") == title.get_attribute("id")


def test_facet_counts_are_at_least_12_px(workspace, at) -> None:
    page = at(1400)
    page.goto(workspace.url + "/search")
    sizes = page.locator(".facet .count").evaluate_all("els => els.map(el => parseFloat(getComputedStyle(el).fontSize))")
    assert sizes and min(sizes) >= 12


def test_the_query_box_stays_inside_its_panel(workspace, at) -> None:
    for width in (390, 1400):
        page = at(width)
        page.goto(workspace.url + "/search")
        if page.locator(".filters-toggle").is_visible():
            page.click(".filters-toggle")
        panel, box = page.locator("#facets").bounding_box(), page.locator("#q").bounding_box()
        dates = page.locator(".filters .dates").bounding_box()
        assert box["x"] + box["width"] <= panel["x"] + panel["width"], width
        assert dates["x"] + dates["width"] <= panel["x"] + panel["width"], width


def test_on_a_phone_the_facets_fold_behind_a_button_and_results_come_first(workspace, at, tmp_path) -> None:
    page = at(390)
    page.goto(workspace.url + "/search?q=gas")
    toggle = page.locator(".filters-toggle")
    assert toggle.is_visible() and toggle.get_attribute("aria-expanded") == "false"
    assert not page.locator("#facets").is_visible()
    assert page.locator(".hit").first.bounding_box()["y"] < 900
    toggle.click()
    assert page.locator("#facets").is_visible() and toggle.get_attribute("aria-expanded") == "true"
    _shot(page, tmp_path, "search-390-facets-open")


def test_on_a_desktop_the_facets_are_shown_without_a_button(workspace, at) -> None:
    page = at(1400)
    page.goto(workspace.url + "/search")
    assert page.locator("#facets").is_visible() and not page.locator(".filters-toggle").is_visible()
