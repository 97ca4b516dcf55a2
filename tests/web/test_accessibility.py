"""Accessibility in headless Chromium on the hand-made store: axe-core finds nothing serious on any page, and the
keyboard alone reaches every control and every ``<details>`` of every page.

axe-core is vendored under ``tests/web/vendor/axe-core`` (MPL-2.0, see its README): evaluated in the page through
the DevTools protocol, which the pages' Content-Security-Policy (no inline script) does not apply to.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.web.test_workspace_browser import PAGES

AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
BLOCKING = ("serious", "critical")
FOCUSABLE = ('a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select:not([disabled]), '
             'textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])')
MAX_TABS = 400  # more stops than any page of the hand-made store has: a page that never lets go fails


@pytest.fixture(scope="module")
def axe_source() -> str:
    return AXE.read_text(encoding="utf-8")


PHONE_PAGES = ("search-query", "country", "compare-countries")  # where a phone lays the page out differently (folded facets, charts)


@pytest.fixture(scope="module")
def screens(browser):
    """One page per screen width, kept for the module: ``screens[width]``."""
    contexts = {width: browser.new_context(viewport={"width": width, "height": 900}) for width in (1400, 390)}
    yield {width: context.new_page() for width, context in contexts.items()}
    for context in contexts.values():
        context.close()


def _violations(page, axe_source: str) -> list[dict]:
    page.evaluate(axe_source)
    return page.evaluate("""async () => (await axe.run(document, {resultTypes: ['violations']})).violations
        .map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))""")


@pytest.mark.parametrize(("width", "name"), [(1400, name) for name in PAGES] + [(390, name) for name in PHONE_PAGES])
def test_axe_finds_no_serious_violation(workspace, screens, axe_source, width, name) -> None:
    page = screens[width]
    page.goto(workspace.url + PAGES[name])
    blocking = [v for v in _violations(page, axe_source) if v["impact"] in BLOCKING]
    assert blocking == [], f"{name} at {width} px: {blocking}"


def _reachable(page) -> list[str]:
    """Number every control a user can see (or a closed ``<details>``' summary), and name them."""
    return page.evaluate(f"""() => {{
        const seen = [];
        document.querySelectorAll('{FOCUSABLE}').forEach((el, i) => {{
            const shut = el.closest('details:not([open])');
            const hidden = shut && !(el.tagName === 'SUMMARY' && el.parentElement === shut);
            if (hidden || el.getClientRects().length === 0) return;
            el.dataset.kbd = String(i);
            const name = (el.textContent || el.getAttribute('aria-label') || el.name || '').trim().slice(0, 40);
            seen.push(i + ' ' + el.tagName.toLowerCase() + ' ' + name);
        }});
        return seen;
    }}""")


def _tab_through(page, stops: int) -> set[str]:
    """The controls Tab lands on in ``stops`` presses and a few more (a date input takes one per part).

    Focus events record them in the page: one read at the end, not one per press.
    """
    page.evaluate("""() => { window.kbdReached = new Set();
        document.addEventListener('focusin', e => {
            if (e.target.dataset && e.target.dataset.kbd) window.kbdReached.add(e.target.dataset.kbd); }); }""")
    for _ in range(min(MAX_TABS, stops + 12)):
        page.keyboard.press("Tab")
    return set(page.evaluate("[...window.kbdReached]"))


@pytest.mark.parametrize("name", list(PAGES))
def test_the_keyboard_reaches_every_control_and_every_details(workspace, screens, name) -> None:
    page = screens[1400]
    page.goto(workspace.url + PAGES[name])
    wanted = _reachable(page)
    reached = _tab_through(page, len(wanted))
    missed = [label for label in wanted if label.split(" ", 1)[0] not in reached]
    assert missed == [], f"{name}: not reached by Tab: {missed}"
    assert page.locator("details").count() == page.locator("details > summary").count(), name


def test_a_details_opens_from_the_keyboard_on_the_country_page(workspace, screens) -> None:
    page = screens[1400]
    page.goto(workspace.url + "/countries/KZ")
    page.locator("#timeline details.values-table > summary").focus()
    page.keyboard.press("Enter")
    assert page.locator("#timeline details.values-table").evaluate("el => el.open")
    assert page.locator("#timeline details.values-table tbody tr").count() >= 1
