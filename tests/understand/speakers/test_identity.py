"""What a speaker mention names (speakers/identity.py): the person, their words, a body, a group, or nobody."""

import pytest

from hotspot.records import Quote, Span, Speaker
from hotspot.understand import find_entities
from hotspot.understand.speakers import resolve_speakers


@pytest.fixture
def speaker_of(understand_nlp):
    """The resolved (name, entity) of the one quote '<mention> <cue> <content>.' in ``text``."""

    def run(text: str, mention: str, cue: str, content: str) -> tuple[str | None, str | None]:
        doc = understand_nlp(text)
        at, cue_at, content_at = text.index(mention), text.index(cue), text.index(content)
        quote = Quote("indirect", content, content_at, content_at + len(content), Span(cue, cue_at, cue_at + len(cue)),
                      Speaker(mention, at, at + len(mention)))
        [resolved] = resolve_speakers(doc, [quote], find_entities(doc))
        return resolved.speaker.name, resolved.speaker.entity

    return run


def test_a_tweet_is_its_writers_words(speaker_of):
    text = "A Donald Trump tweet said the deal was dead."
    assert speaker_of(text, "A Donald Trump tweet", "said", "the deal was dead") == ("Donald Trump", "person:donald-trump")


def test_an_administration_is_a_body_not_its_leader(speaker_of):
    text = "The Trump administration said it would act soon."
    name, entity = speaker_of(text, "The Trump administration", "said", "it would act soon")
    assert (name, entity) == ("Trump administration", "org:trump-administration")


def test_a_government_is_an_organisation_tied_to_its_country(speaker_of):
    text = "The Chinese government said the dam was safe."
    assert speaker_of(text, "The Chinese government", "said", "the dam was safe") == ("Government of China", "org:government-CN")


def test_a_persons_aides_are_not_that_person(speaker_of):
    text = "Barack Obama's aides said the plan was ready."
    assert speaker_of(text, "Barack Obama's aides", "said", "the plan was ready") == (None, None)


def test_a_party_or_nationality_is_never_a_voice(speaker_of):
    text = "Republicans said the tax was bad for farmers."
    assert speaker_of(text, "Republicans", "said", "the tax was bad for farmers") == (None, None)


def test_two_people_joined_are_no_one_voice(speaker_of):
    text = "Hillary Clinton and Donald Trump said the debate would go ahead."
    assert speaker_of(text, "Hillary Clinton and Donald Trump", "said", "the debate would go ahead") == (None, None)


def test_a_country_that_announces_is_a_speaker(speaker_of):
    text = "Russia announced that the test was a success."
    assert speaker_of(text, "Russia", "announced", "the test was a success") == ("Russia", "country:RU")


def test_a_country_that_fears_is_the_authors_description(speaker_of):
    text = "Russia fears that the alliance will expand to the east."
    assert speaker_of(text, "Russia", "fears", "the alliance will expand to the east") == (None, None)


def test_the_president_is_the_president_named_before(speaker_of):
    text = "President Barack Obama met reporters on Monday. The president said the talks would go on."
    assert speaker_of(text, "The president", "said", "the talks would go on") == ("Barack Obama", "person:barack-obama")
