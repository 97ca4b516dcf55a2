"""Rule tests for speaker resolution: hand-built quotes over parsed text, one behaviour each."""

from __future__ import annotations

import pytest

from hotspot.records import Quote, Span, Speaker
from hotspot.understand import find_entities
from hotspot.understand.speakers import EXTRACTOR, resolve_speakers


def _quote(text: str, content: str, speaker: str | None, *, occurrence: int = 0, speaker_after: str = "",
           kind: str = "indirect") -> Quote:
    """A quote over ``content`` with the ``speaker`` mention found after ``speaker_after`` (or anywhere)."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(content, start + 1)
    mention = None
    if speaker is not None:
        anchor = text.index(speaker_after) if speaker_after else 0
        at = text.index(speaker, anchor)
        mention = Speaker(speaker, at, at + len(speaker))
    return Quote(kind=kind, text=content, start=start, end=start + len(content), cue=None, speaker=mention)


@pytest.fixture
def resolve(understand_nlp):
    def run(text: str, *quotes_spec: dict) -> list[Quote]:
        doc = understand_nlp(text)
        quotes = [_quote(text, **spec) for spec in quotes_spec]
        return resolve_speakers(doc, quotes, find_entities(doc))

    return run


def test_extractor_name_is_versioned():
    assert EXTRACTOR == "hotspot.speakers.v2"


def test_empty_list_passes_through(understand_nlp):
    doc = understand_nlp("Nothing was said.")
    assert resolve_speakers(doc, [], find_entities(doc)) == []


def test_full_name_gets_canonical_name_and_actor_id(resolve):
    text = "Prices will rise next year, Maria Kovalenko said on Monday."
    (quote,) = resolve(text, dict(content="Prices will rise next year", speaker="Maria Kovalenko"))
    assert quote.speaker.name == "Maria Kovalenko"
    assert quote.speaker.entity == "person:maria-kovalenko"


def test_surname_resolves_to_full_name_seen_earlier(resolve):
    text = (
        "Maria Kovalenko runs a bakery in Kharkiv. "
        "The war has doubled the price of flour, Kovalenko says."
    )
    (quote,) = resolve(text, dict(content="The war has doubled the price of flour", speaker="Kovalenko"))
    assert quote.speaker.name == "Maria Kovalenko"


def test_pronoun_takes_previous_quotes_speaker(resolve):
    text = (
        "Talks will resume in March, says Andrei Sokolov, a diplomat in Vienna. "
        "He believes that a deal is possible before summer."
    )
    first, second = resolve(
        text,
        dict(content="Talks will resume in March", speaker="Andrei Sokolov"),
        dict(content="a deal is possible before summer", speaker="He"),
    )
    assert second.speaker.name == "Andrei Sokolov"
    assert second.speaker.entity == first.speaker.entity


def test_pronoun_prefers_subject_of_previous_sentence(resolve):
    text = (
        "The border will stay closed, Andrei Sokolov said. "
        "Later that day Olga Ivanova visited the crossing at Narva. "
        "She said that the queues were getting shorter."
    )
    _, second = resolve(
        text,
        dict(content="The border will stay closed", speaker="Andrei Sokolov"),
        dict(content="the queues were getting shorter", speaker="She"),
    )
    assert second.speaker.name == "Olga Ivanova"


def test_pronoun_without_antecedent_stays_unnamed(resolve):
    text = "The weather was cold in the morning. He said that the harvest would be late."
    (quote,) = resolve(text, dict(content="the harvest would be late", speaker="He"))
    assert quote.speaker.name is None
    assert quote.speaker.entity is None


def test_they_resolves_to_an_organisation_not_a_person(resolve):
    text = (
        "Andrei Sokolov met officials of the Collective Security Treaty Organization in Minsk. "
        "They said that the exercises would go ahead."
    )
    (quote,) = resolve(text, dict(content="the exercises would go ahead", speaker="They"))
    assert quote.speaker.entity == "org:CSTO"


def test_role_noun_phrase_resolves_through_title_before_a_name(resolve):
    text = (
        "Kyrgyz President Sadyr Japarov arrived in Moscow on Tuesday with Andrei Sokolov. "
        "The talks lasted four hours. "
        "The Kyrgyz president said that the border dispute was settled."
    )
    (quote,) = resolve(text, dict(content="the border dispute was settled", speaker="The Kyrgyz president"))
    assert quote.speaker.name == "Sadyr Japarov"
    assert quote.speaker.entity == "person:sadyr-japarov"


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


def test_organisation_mention_gets_canonical_org(resolve):
    text = "The CSTO said on Friday that its troops would leave within ten days."
    (quote,) = resolve(text, dict(content="its troops would leave within ten days", speaker="CSTO"))
    assert quote.speaker.entity == "org:CSTO"
    assert quote.speaker.name == "Collective Security Treaty Organization"


def test_first_person_inside_a_quote_is_that_quotes_speaker(resolve):
    text = "Andrei Sokolov concludes that we can say the crisis is over."
    outer, inner = resolve(
        text,
        dict(content="we can say the crisis is over", speaker="Andrei Sokolov"),
        dict(content="the crisis is over", speaker="we"),
    )
    assert inner.speaker.name == "Andrei Sokolov"


def test_missing_speaker_is_never_invented(resolve):
    text = "The crisis is over, it is said in Moscow."
    (quote,) = resolve(text, dict(content="The crisis is over", speaker=None))
    assert quote.speaker is None


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


def test_role_mention_apposed_to_a_name_resolves_to_the_name(resolve):
    text = "Professor of law, an adviser to the parliament, Aigul Serikova says that the reform is legal."
    (quote,) = resolve(text, dict(content="the reform is legal", speaker="Professor"))
    assert quote.speaker.name == "Aigul Serikova"


def test_via_as_reported_by(resolve):
    text = "\u201cWe will not retreat,\u201d Andrei Sokolov said, as reported by Interfax."
    (quote,) = resolve(text, dict(content="We will not retreat", speaker="Andrei Sokolov", kind="direct"))
    assert quote.via == ["Interfax"]


def test_via_told_outlet(resolve):
    text = "Andrei Sokolov told the BBC that the talks had failed."
    (quote,) = resolve(text, dict(content="the talks had failed", speaker="Andrei Sokolov"))
    assert quote.via == ["BBC"]


def test_via_chain_is_outermost_first(resolve):
    text = "Andrei Sokolov told the Financial Times that the talks had failed, according to Reuters."
    (quote,) = resolve(text, dict(content="the talks had failed", speaker="Andrei Sokolov"))
    assert quote.via == ["Reuters", "Financial Times"]


def test_via_ignores_people_after_according_to(resolve):
    text = "The talks had failed, according to Andrei Sokolov."
    (quote,) = resolve(text, dict(content="The talks had failed", speaker="Andrei Sokolov"))
    assert quote.via == []


def test_via_from_reporting_frame_sentence(resolve):
    text = "In an interview with CNN, Andrei Sokolov said that the talks had failed."
    (quote,) = resolve(text, dict(content="the talks had failed", speaker="Andrei Sokolov"))
    assert quote.via == ["CNN"]


def test_via_frame_follows_its_author(resolve):
    text = (
        "In an article published by eurasianet.org, Andrei Sokolov reflects on the talks. "
        "The author argues that the talks had failed."
    )
    (quote,) = resolve(text, dict(content="the talks had failed", speaker="The author"))
    assert quote.speaker.name == "Andrei Sokolov"
    assert quote.via == ["eurasianet.org"]


def test_nested_quote_came_through_the_enclosing_speaker(understand_nlp):
    from hotspot.understand.quotes import find_quotes

    doc = understand_nlp("Union leader John Reardon criticized Mr. Lamport for saying that a minimum wage is bad for business.")
    quotes = resolve_speakers(doc, find_quotes(doc), find_entities(doc))
    inner = next(q for q in quotes if q.text == "a minimum wage is bad for business")
    assert inner.speaker.text == "Mr. Lamport"
    assert inner.via == ["John Reardon"]
