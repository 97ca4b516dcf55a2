"""Pronoun speakers ('he', 'they', 'I' inside a quote): hand-built quotes over parsed text, one behaviour each."""

from __future__ import annotations


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


def test_first_person_inside_a_quote_is_that_quotes_speaker(resolve):
    text = "Andrei Sokolov concludes that we can say the crisis is over."
    outer, inner = resolve(
        text,
        dict(content="we can say the crisis is over", speaker="Andrei Sokolov"),
        dict(content="the crisis is over", speaker="we"),
    )
    assert inner.speaker.name == "Andrei Sokolov"


def test_she_passes_over_a_nearer_man_named_in_the_subject(resolve):
    text = (
        "Olga Ivanova spoke at the forum in Almaty on Monday. "
        "Later Peter Hansen visited the stand and met the delegates. "
        "She said that the talks would continue."
    )
    (quote,) = resolve(text, dict(content="the talks would continue", speaker="She"))
    assert quote.speaker.name == "Olga Ivanova"


def test_he_passes_over_a_woman_known_by_her_honorific(resolve):
    text = (
        "Mr. Sokolov arrived in Vienna on Monday. "
        "Ms. Clarke met the delegation at the airport. "
        "He said that the deal was close."
    )
    (quote,) = resolve(text, dict(content="the deal was close", speaker="He"))
    assert quote.speaker.name == "Sokolov"


def test_a_person_of_unknown_sex_agrees_with_either_pronoun(resolve):
    text = "Nurlan Abenov visited the crossing at Khorgos. She said that the queues were getting shorter."
    (quote,) = resolve(text, dict(content="the queues were getting shorter", speaker="She"))
    assert quote.speaker.name == "Nurlan Abenov"


def test_he_passes_over_a_woman_the_article_calls_she(resolve):
    text = (
        "Nurlan Abenov runs a cotton farm near Shymkent. "
        "Aigerim Bekova lost her farm in the floods last spring. "
        "He said that the water came at night."
    )
    (quote,) = resolve(text, dict(content="the water came at night", speaker="He"))
    assert quote.speaker.name == "Nurlan Abenov"


def test_a_resolved_pronoun_speaker_gives_its_person_no_sex(resolve):
    text = (
        "Aigerim Bekova said the border would stay closed. "
        "The queues grew all day. "
        "Trucks waited at the gate. "
        "He said that the gate would open at noon. "
        "The drivers slept in their cabins. "
        "She said that the drivers were tired."
    )
    _, second, third = resolve(
        text,
        dict(content="the border would stay closed", speaker="Aigerim Bekova"),
        dict(content="the gate would open at noon", speaker="He"),
        dict(content="the drivers were tired", speaker="She"),
    )
    assert (second.speaker.name, third.speaker.name) == ("Aigerim Bekova", "Aigerim Bekova")


def test_pronoun_opening_a_fronted_clause_points_to_the_main_clauses_subject(resolve):
    text = (
        "Andrei Sokolov chaired the morning session. "
        "After he told reporters that the plant would close, Viktor Petrov left the city."
    )
    (quote,) = resolve(text, dict(content="the plant would close", speaker="he", speaker_after="After "))
    assert quote.speaker.name == "Viktor Petrov"


def test_pronoun_follows_a_run_of_the_same_pronoun_back_to_its_named_subject(resolve):
    text = (
        "Andrei Sokolov spoke to Olga Ivanova about the budget. "
        "For years, Viktor Petrov has been criticised by economists. "
        "He has promoted risky funds. "
        "He said that the funds were safe."
    )
    _, second = resolve(
        text,
        dict(content="the budget", speaker="Andrei Sokolov"),
        dict(content="the funds were safe", speaker="He", speaker_after="He said"),
    )
    assert second.speaker.name == "Viktor Petrov"


def test_surname_the_entity_pass_missed_is_a_subject_a_pronoun_can_take(resolve):
    text = (
        "Andrei Sokolov said that the clinic of Dr. Timur Bo in Almaty was the best. "
        "For years, Bo has been criticised by other doctors. "
        "He said that the treatment was safe."
    )
    _, second = resolve(
        text,
        dict(content="the clinic of Dr. Timur Bo in Almaty was the best", speaker="Andrei Sokolov"),
        dict(content="the treatment was safe", speaker="He", speaker_after="He said"),
    )
    assert second.speaker.name == "Timur Bo"


def test_quotation_carrying_a_pronoun_mention_takes_that_mentions_referent(resolve):
    text = (
        "Ana Tormegima, the ambassador to Oman, told reporters that firms had arrived, and she thinks others will join. "
        "“They have focused on space companies and on new launch sites.”"
    )
    first, second, third = resolve(
        text,
        dict(content="firms had arrived", speaker="Ana Tormegima"),
        dict(content="others will join", speaker="she"),
        dict(content="They have focused on space companies and on new launch sites.", speaker="she", kind="direct"),
    )
    assert second.speaker.name == "Ana Tormegima"
    assert third.speaker.name == second.speaker.name


def test_surname_typed_as_an_organisation_is_still_that_person(understand_nlp):
    from dataclasses import replace

    from hotspot.records import Quote, Speaker
    from hotspot.understand import find_entities
    from hotspot.understand.speakers import resolve_speakers

    text = (
        "Andrei Sokolov said that the clinic of Dr. Marina Ferraz in Almaty was the best. "
        "For years, Ferraz has been criticised by other doctors. "
        "She said that the treatment was safe."
    )
    doc = understand_nlp(text)
    second_mention = text.index("Ferraz has")
    # the small model's mistake, made here on purpose: the bare surname typed as an organisation
    entities = [replace(e, label="ORG", canonical=None, actor_id=None) if e.start == second_mention else e
                for e in find_entities(doc)]
    assert any(e.start == second_mention and e.label == "ORG" for e in entities)
    first = text.index("the clinic")
    at = text.index("She said")
    quotes = [
        Quote(kind="indirect", text="x", start=first, end=first + 10, cue=None, speaker=Speaker("Andrei Sokolov", 0, 14)),
        Quote(kind="indirect", text="the treatment was safe", start=text.index("the treatment"),
              end=text.index("the treatment") + 22, cue=None, speaker=Speaker("She", at, at + 3)),
    ]
    resolve_speakers(doc, quotes, entities)
    assert quotes[1].speaker.name == "Marina Ferraz"
