"""End to end in headless Chromium: ingest through the UI, search, read, the country page; and XSS."""

from __future__ import annotations

import pytest

from tests.web.conftest import TOKEN, LiveServer, screenshot

PAYLOAD = "<img src=x onerror=window.__pwned=1>"
XSS_PAGE = f"""<!doctype html><html><head>
<title>&lt;script&gt;window.__pwned=1&lt;/script&gt; Hunters in Almaty</title>
<script>window.__pwned = 1</script></head>
<body onload="window.__pwned=1"><article>
<h1>&lt;script&gt;window.__pwned=1&lt;/script&gt; Hunters in Almaty</h1>
<p>Protesters gathered in Almaty on Monday. “{PAYLOAD.replace('<', '&lt;').replace('>', '&gt;')} is what we saw,” said
John Smith, a local activist. The police said the crowd was calm &lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;.</p>
<p>Read more at <a href="javascript:window.__pwned=1">javascript:window.__pwned=1</a> and
&lt;svg onload=window.__pwned=1&gt; and &lt;a href="javascript:alert(1)"&gt;click&lt;/a&gt; and "&gt;&lt;b onmouseover=alert(1)&gt;.</p>
<p>Officials in Astana said the protests in Almaty would be investigated by the prosecutor general.</p>
<img src=x onerror="window.__pwned=1">
</article></body></html>"""


@pytest.fixture(scope="module")
def empty_server(tmp_path_factory):  # noqa: ANN001, ANN201
    from hotspot.web import create_app

    db = f"sqlite:///{tmp_path_factory.mktemp('e2e') / 'hotspot.db'}"
    with LiveServer(create_app(db, token=TOKEN)) as server:
        yield server


@pytest.fixture
def page(browser):  # noqa: ANN001, ANN201
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


def test_ingest_search_read_and_country_in_the_browser(empty_server, page, samples_dir) -> None:  # noqa: ANN001
    page.goto(f"{empty_server.url}/ingest")
    page.set_input_files("input[name=files]", sorted(str(p) for p in samples_dir.iterdir()))
    page.fill("input[name=token]", TOKEN)
    page.click("button[type=submit]")
    page.wait_for_selector("#ingest-summary", timeout=120_000)
    assert page.locator(".st-stored").count() == 2
    screenshot(page, "ingest")

    page.fill("header input[name=q]", "coup")
    page.press("header input[name=q]", "Enter")
    page.wait_for_selector(".hit")
    assert "q=coup" in page.url
    assert page.locator(".hit mark").first.inner_text().lower() == "coup"
    screenshot(page, "search")

    page.click(".hit a.title")
    page.wait_for_selector("#article-text")
    quote = page.locator('#article-text .q[data-speaker="Vladimir Prokhvatilov"]')
    assert quote.count() > 0 and quote.first.is_visible()
    speaker = page.locator('#article-text .spk[data-speaker="Vladimir Prokhvatilov"]')
    assert "Prokhvatilov" in " ".join(speaker.all_inner_texts())
    card = page.locator('.quote-card[data-speaker="Vladimir Prokhvatilov"]').first
    assert "Vladimir Prokhvatilov" in card.inner_text()
    screenshot(page, "article")

    page.click("a[href='/countries/KZ']")
    page.wait_for_selector("#timeline svg.chart")
    assert page.locator("#timeline svg.chart").is_visible()
    assert page.locator("h1").inner_text().startswith("Kazakhstan")
    screenshot(page, "country")
    page.click("#timeline .toggle a:has-text('Raw')")
    assert "mode=raw" in page.url
    screenshot(page, "country-raw")

    for path, name in (("/events?country=KZ", "events"), ("/voices/Vladimir%20Prokhvatilov", "voice")):
        page.goto(empty_server.url + path)
        screenshot(page, name)


def test_hostile_pages_do_not_execute(empty_server, page, tmp_path) -> None:  # noqa: ANN001
    hostile = tmp_path / "<script>alert(1)<script>.html"
    hostile.write_text(XSS_PAGE, encoding="utf-8")
    page.goto(f"{empty_server.url}/ingest")
    page.set_input_files("input[name=files]", str(hostile))
    page.fill("textarea[name=text]", f"{PAYLOAD} pasted </textarea><script>window.__pwned=1</script> "
                                     "Protesters in Almaty said the police were calm, officials said.")
    page.fill("input[name=token]", TOKEN)
    page.click("button[type=submit]")
    page.wait_for_selector("#ingest-summary", timeout=120_000)
    links = page.locator("#ingest-summary a[href^='/articles/']")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert hrefs, page.locator("#ingest-summary").inner_text()
    pages = [*hrefs, "/search?q=Almaty", "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/events", "/voices",
             "/countries/KZ"]
    for path in pages:
        page.goto(empty_server.url + path)
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.__pwned") == "undefined", path
        assert page.locator("a[href^='javascript:']").count() == 0, path
    assert page.dialogs == []
    page.goto(empty_server.url + hrefs[-1])
    assert "<script>" in page.inner_text("body")  # shown as text, not run
    page.goto(empty_server.url + hrefs[0])
    assert "onerror=window.__pwned=1" in page.inner_text("body")
    screenshot(page, "xss-article")
