"""Roles read around a person's mentions (titles, appositions): one behaviour each."""

from __future__ import annotations


def test_role_from_post_posed_apposition_drops_article(resolve):
    text = "Prices will rise, says Maria Kovalenko, a senior fellow at the Carnegie Endowment."
    (quote,) = resolve(text, dict(content="Prices will rise", speaker="Maria Kovalenko"))
    assert quote.speaker.role == "senior fellow at the Carnegie Endowment"


def test_role_from_pre_posed_apposition_list(resolve):
    text = (
        "Professor of economics, a member of the Kazakh Academy of Sciences, "
        "Aigul Serikova says that the tenge will hold."
    )
    (quote,) = resolve(text, dict(content="the tenge will hold", speaker="Aigul Serikova"))
    assert "Professor of economics" in quote.speaker.role
    assert "member of the Kazakh Academy of Sciences" in quote.speaker.role


def test_role_from_title_before_name(resolve):
    text = "French President Emmanuel Macron said that Europe must rearm."
    (quote,) = resolve(text, dict(content="Europe must rearm", speaker="French President Emmanuel Macron"))
    assert quote.speaker.name == "Emmanuel Macron"
    assert "President" in quote.speaker.role


def test_role_from_possessive_country_title(resolve):
    text = (
        "Kazakhstan held elections in March. "
        "The country's President Kassym-Jomart Tokayev said that the vote was fair."
    )
    (quote,) = resolve(
        text, dict(content="the vote was fair", speaker="President Kassym-Jomart Tokayev")
    )
    assert quote.speaker.role == "President of Kazakhstan"


def test_role_carries_to_later_surname_mention(resolve):
    text = (
        "Maria Kovalenko, a military analyst at the Razumkov Centre, has studied the front. "
        "The front is stable, Kovalenko said."
    )
    (quote,) = resolve(text, dict(content="The front is stable", speaker="Kovalenko"))
    assert "military analyst" in quote.speaker.role
