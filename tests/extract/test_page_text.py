"""extract_page_text: the line filter that finds an article in a text copy of a whole page."""

from __future__ import annotations

from hotspot.extract import extract_page_text

PROSE = [
    "The city council voted on Tuesday to expand the tram network, a plan that has divided residents for years.",
    "Supporters say the new lines will cut traffic in the centre, while opponents point to the rising costs of the project.",
    "The mayor said construction would start next spring and that the first trams could run within three years.",
    "Business owners along the planned route asked the council for compensation during the works, and the request is under review.",
]
HEADER = ["DAILY COURIER LOGO", "Home", "News", "Sport", "Subscribe", "Local News"]
FOOTER = ["Share", "Leave a Reply", "Your email address will not be published.", "© 2021 Daily Courier"]


def page(*body: str, header: list[str] = HEADER, footer: list[str] = FOOTER) -> str:
    return "\n".join([*header, "", "Council backs bigger tram network", "", *body, "", *footer])


def test_body_is_the_prose_block_without_menus_or_footer() -> None:
    result = extract_page_text(page(*PROSE))
    assert result.text == "\n\n".join(PROSE)


def test_dropped_lines_list_the_boilerplate() -> None:
    result = extract_page_text(page(*PROSE))
    assert "Subscribe" in result.dropped_lines
    assert "Leave a Reply" in result.dropped_lines


def test_title_is_the_headline_above_the_body() -> None:
    assert extract_page_text(page(*PROSE)).title == "Council backs bigger tram network"


def test_site_name_comes_from_a_logo_line() -> None:
    assert extract_page_text(page(*PROSE)).site_name == "Daily Courier"


def test_short_line_between_paragraphs_is_a_subheading_kept_in_text() -> None:
    result = extract_page_text(page(PROSE[0], PROSE[1], "What happens next", PROSE[2], PROSE[3]))
    assert result.subheadings == ["What happens next"]
    assert "\n\nWhat happens next\n\n" in result.text


def test_one_sentence_line_under_the_title_is_the_standfirst() -> None:
    standfirst = "The vote ends a decade of argument over public transport."
    result = extract_page_text(page(standfirst, *PROSE))
    assert result.standfirst == standfirst
    assert result.text.startswith(PROSE[0])


def test_byline_gives_author_and_publication_date() -> None:
    result = extract_page_text(page("By Jane Doe | March 3, 2021", *PROSE))
    assert result.author == "Jane Doe"
    assert result.published == "2021-03-03"


def test_date_widget_above_the_title_is_the_capture_date() -> None:
    header = ["12.5 C", "Saturday, May 28, 2022", *HEADER]
    result = extract_page_text(page(*PROSE, header=header))
    assert result.captured == "2022-05-28"
    assert result.published is None


def test_updated_date_is_not_the_publication_date() -> None:
    result = extract_page_text(page("Updated: April 9, 2021", "Published: March 3, 2021", *PROSE))
    assert result.published == "2021-03-03"


def test_readers_comments_after_the_article_are_not_body() -> None:
    comment = "I have lived here for twenty years and I think this tram plan is a terrible waste of our money, honestly."
    footer = ["3 Comments", "Anna on March 4, 2021 at 9:15 am said:", comment * 3]
    result = extract_page_text(page(*PROSE, footer=footer))
    assert "terrible waste" not in result.text


def test_menu_only_page_has_no_article() -> None:
    assert extract_page_text("\n".join(HEADER * 5)).text == ""


def test_empty_input_has_no_article() -> None:
    result = extract_page_text("")
    assert result.text == ""
    assert result.method.startswith("hotspot.extract.page_text.v")


def test_a_single_line_without_newlines_is_read_as_one_paragraph() -> None:
    assert extract_page_text(" ".join(PROSE)).text == " ".join(PROSE)


def test_binary_junk_does_not_crash() -> None:
    junk = bytes(range(256)).decode("latin-1") * 50
    assert extract_page_text(junk).text == ""


def test_many_lines_are_handled() -> None:
    text = "\n".join(["Home", "News"] * 50_000 + PROSE)
    assert extract_page_text(text).text == "\n\n".join(PROSE)


def test_a_clean_text_starting_with_its_title_keeps_it_over_a_photo_caption():
    text = (
        "Court frees the editor after a week in custody\n"
        "The editor outside the court building, 8 June\n"
        "A court in the capital released the editor on Monday after a week in custody, his lawyer said. "
        "Prosecutors had asked for two months of house arrest, which the judge refused after a short hearing.\n"
        "The case drew protests from journalists across the country, who gathered outside the court for three days.\n"
    )
    assert extract_page_text(text).title == "Court frees the editor after a week in custody"
