"""Charts in headless Chromium: readable on a phone, described for screen readers, and printed without the controls."""

from __future__ import annotations

import pytest

CHART_PAGES = ["/countries/KZ", "/search?q=gas", "/attention?q=gas", "/compare?country=KZ&country=KG"]


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 390, "height": 900})
    yield context.new_page()
    context.close()


@pytest.fixture
def desktop(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    yield context.new_page()
    context.close()


def _boxes(page, selector: str) -> list[dict]:
    return page.locator(selector).evaluate_all(
        "els => els.filter(el => getComputedStyle(el).display !== 'none').map(el => el.getBoundingClientRect())"
        ".map(r => ({x: r.x, y: r.y, w: r.width, h: r.height}))")


@pytest.mark.parametrize("path", CHART_PAGES)
def test_on_a_phone_tick_labels_are_readable_and_apart(workspace, phone, path) -> None:
    phone.goto(workspace.url + path)
    ticks = _boxes(phone, "svg.chart .xlab")
    assert ticks, path
    assert min(t["h"] for t in ticks) >= 9, path  # rendered at least 9 px tall, not shrunk with the drawing
    ordered = sorted(ticks, key=lambda t: t["x"])
    for left, right in zip(ordered, ordered[1:], strict=False):
        if abs(left["y"] - right["y"]) < 1:
            assert left["x"] + left["w"] <= right["x"] + 0.5, path


@pytest.mark.parametrize("path", CHART_PAGES)
def test_every_chart_has_a_title_and_a_description(workspace, desktop, path) -> None:
    desktop.goto(workspace.url + path)
    charts = desktop.locator("svg[role=img]")
    assert charts.count() >= 1
    for i in range(charts.count()):
        chart = charts.nth(i)
        assert chart.get_attribute("tabindex") == "0"
        desc = desktop.locator(f"#{chart.get_attribute('aria-describedby')}")
        assert desc.count() == 1 and desc.text_content().strip(), path


def test_values_are_written_on_the_chart_not_only_in_tooltips(workspace, desktop) -> None:
    desktop.goto(workspace.url + "/attention?q=gas&period=month")
    assert desktop.locator("#attention-chart .vlab").all_text_contents() == ["8", "8", "8"]
    assert desktop.locator("#attention-chart .axis-title").all_text_contents() == ["Month", "articles"]


def test_a_printed_country_page_keeps_the_charts_and_drops_the_controls(workspace, desktop) -> None:
    desktop.goto(workspace.url + "/countries/KZ")
    desktop.emulate_media(media="print")
    assert desktop.locator("#timeline-chart").is_visible() and desktop.locator("svg.map").is_visible()
    assert not desktop.locator("header.top nav").is_visible()
    assert not desktop.locator("#timeline .toggle").first.is_visible()
    assert not desktop.locator("footer").is_visible()
    link = desktop.locator("a.evidence-link").first
    assert "/articles/" in link.evaluate("el => getComputedStyle(el, '::after').content")  # the printed page says where


def test_the_country_map_draws_the_outline_and_labels_its_places(workspace, desktop) -> None:
    from hotspot.web import maps

    if maps._archive() is None:
        pytest.skip(f"{maps.OUTLINE_PACKAGE} is not installed: the map is a graticule")
    desktop.goto(workspace.url + "/countries/KZ")
    assert desktop.locator("svg.map path.outline").count() >= 1
    assert desktop.locator("svg.map .pt-label").all_text_contents() == ["Taraz"]
    assert "Natural Earth" in desktop.locator("#main").inner_text()
