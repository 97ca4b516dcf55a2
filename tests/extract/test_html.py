"""extract_html: trafilatura's article text plus title, author and the original publication date."""

from __future__ import annotations

from hotspot.extract import extract_html

PARAGRAPH = (
    "<p>The regional council approved the new water plan on Monday after a long debate, "
    "and officials said the first works would begin in the spring of next year.</p>"
)
PAGE = f"""<html><head><title>Council approves water plan | Daily Courier</title>
<meta property="og:site_name" content="Daily Courier">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2021-03-03T10:00:00Z">
<meta property="article:modified_time" content="2021-06-01T10:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council approves water plan</h1>{PARAGRAPH * 4}</article>
<footer>Copyright 2021 Daily Courier. All rights reserved.</footer></body></html>"""


def test_article_text_is_extracted_without_navigation() -> None:
    result = extract_html(PAGE, "https://courier.example/news/water-plan")
    assert "regional council approved the new water plan" in result.text
    assert "All rights reserved" not in result.text


def test_metadata_is_read_from_the_page() -> None:
    result = extract_html(PAGE)
    assert result.title == "Council approves water plan"
    assert result.author == "Jane Doe"
    assert result.language == "en"
    assert result.method.startswith("hotspot.extract.html.v")


def test_published_is_the_original_not_the_update_date() -> None:
    assert extract_html(PAGE).published == "2021-03-03"


def test_page_without_article_gives_empty_text() -> None:
    assert extract_html("<html><head><title>x</title></head><body></body></html>").text == ""


def test_empty_input_gives_empty_text() -> None:
    assert extract_html("").text == ""
