"""Named and described speakers (surnames, role phrases, 'the country', apposed names): one behaviour each."""

from __future__ import annotations


def test_surname_resolves_to_full_name_seen_earlier(resolve):
    text = (
        "Maria Kovalenko runs a bakery in Kharkiv. "
        "The war has doubled the price of flour, Kovalenko says."
    )
    (quote,) = resolve(text, dict(content="The war has doubled the price of flour", speaker="Kovalenko"))
    assert quote.speaker.name == "Maria Kovalenko"


def test_role_noun_phrase_resolves_through_title_before_a_name(resolve):
    text = (
        "Kyrgyz President Sadyr Japarov arrived in Moscow on Tuesday with Andrei Sokolov. "
        "The talks lasted four hours. "
        "The Kyrgyz president said that the border dispute was settled."
    )
    (quote,) = resolve(text, dict(content="the border dispute was settled", speaker="The Kyrgyz president"))
    assert quote.speaker.name == "Sadyr Japarov"
    assert quote.speaker.entity == "person:sadir-japarov"


def test_role_noun_phrase_resolves_through_apposition(resolve):
    text = (
        "Andrei Sokolov met Olga Ivanova, an economist at the Higher School of Economics, in Moscow. "
        "The economist said that inflation would slow down."
    )
    (quote,) = resolve(text, dict(content="inflation would slow down", speaker="The economist"))
    assert quote.speaker.name == "Olga Ivanova"


def test_role_noun_phrase_without_matching_person_stays_unnamed(resolve):
    text = "Andrei Sokolov, a farmer, lives near Tambov. The minister said that subsidies would rise."
    (quote,) = resolve(text, dict(content="subsidies would rise", speaker="The minister"))
    assert quote.speaker.name is None


def test_the_country_resolves_to_the_country_that_was_the_subject(resolve):
    text = (
        "Japan is watching the strait closely. "
        "\u201cThe situation is dangerous,\u201d the country said in a statement."
    )
    (quote,) = resolve(
        text, dict(content="The situation is dangerous", speaker="the country", kind="direct")
    )
    assert quote.speaker.name == "Japan"
    assert quote.speaker.entity == "country:JP"


def test_role_mention_apposed_to_a_name_resolves_to_the_name(resolve):
    text = "Professor of law, an adviser to the parliament, Aigul Serikova says that the reform is legal."
    (quote,) = resolve(text, dict(content="the reform is legal", speaker="Professor"))
    assert quote.speaker.name == "Aigul Serikova"
