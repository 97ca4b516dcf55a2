"""Voices as identities across the store (store/voices.py): rows of one person read as one voice, aliases with evidence."""

from hotspot.records import Quote, Span, Speaker
from tests.store.test_database import make_article


def said_by(n: int, *speakers: tuple[str, str, str | None]) -> object:
    """Article ``n`` whose sentences each quote one speaker: (mention text, resolved name, entity)."""
    sentences = [f"{mention} said the talks in round {n}.{i} would go on." for i, (mention, _, _) in enumerate(speakers)]
    text = " ".join(sentences)
    quotes, at = [], 0
    for (mention, name, entity), sentence in zip(speakers, sentences, strict=True):
        start = text.index(sentence, at)
        cue = start + len(mention) + 1
        content = cue + len("said ")
        end = start + len(sentence) - 1
        quotes.append(Quote("indirect", text[content:end], content, end, Span("said", cue, cue + 4),
                            Speaker(mention, start, start + len(mention), name, None, entity), [], "t.v1"))
        at = start + len(sentence)
    return make_article(n, text=text, entities=[], quotes=quotes)


def test_a_surname_alone_joins_the_only_full_name_quoted_elsewhere(store):
    store.save(said_by(1, ("Obama", "Obama", "person:obama")))
    store.save(said_by(2, ("Barack Obama", "Barack Obama", "person:barack-obama")))
    [voice] = store.voices()
    assert (voice["name"], voice["quotes"], voice["articles"]) == ("Barack Obama", 2, 2)
    assert voice["aliases"] == ["Obama"]


def test_a_surname_two_full_names_share_stays_its_own_voice(store):
    store.save(said_by(1, ("Clinton", "Clinton", "person:clinton")))
    store.save(said_by(2, ("Hillary Clinton", "Hillary Clinton", "person:hillary-clinton"),
                       ("Bill Clinton", "Bill Clinton", "person:bill-clinton")))
    assert sorted(v["name"] for v in store.voices()) == ["Bill Clinton", "Clinton", "Hillary Clinton"]


def test_a_name_without_its_middle_name_joins_the_longer_one(store):
    store.save(said_by(1, ("Owen Dempsey", "Owen Dempsey", "person:owen-dempsey")))
    store.save(said_by(2, ("Owen John Dempsey", "Owen John Dempsey", "person:owen-john-dempsey")))
    assert [v["name"] for v in store.voices()] == ["Owen John Dempsey"]


def test_each_alias_says_how_it_was_resolved_and_how_sure_that_is(store):
    store.save(said_by(1, ("President Barack Obama", "Barack Obama", "person:barack-obama"),
                       ("Obama", "Barack Obama", "person:barack-obama"),
                       ("The president", "Barack Obama", "person:barack-obama"),
                       ("He", "Barack Obama", "person:barack-obama")))
    [voice] = store.voices()
    how = {a["alias"]: (a["how"], a["sure"]) for a in voice["alias_evidence"]}
    assert how == {"President Barack Obama": ("full name", "high"), "Obama": ("surname in article", "high"),
                   "The president": ("role", "medium"), "He": ("pronoun", "low")}
    assert "He" not in voice["aliases"]


def test_a_statement_noun_is_their_words_not_an_alias(store):
    store.save(said_by(1, ("a Donald Trump tweet", "Donald Trump", "person:donald-trump")))
    [voice] = store.voices()
    assert voice["alias_evidence"][0]["how"] == "their words"
    assert voice["aliases"] == []


def test_a_voice_is_found_by_the_name_of_a_row_joined_to_it(store):
    store.save(said_by(1, ("Obama", "Obama", "person:obama")))
    store.save(said_by(2, ("Barack Obama", "Barack Obama", "person:barack-obama")))
    voice = store.voice_identity("Obama")
    assert voice["name"] == "Barack Obama"
    assert (voice["quotes_total"], len(voice["quotes"])) == (2, 2)
    assert [a["how"] for a in voice["alias_evidence"]] == ["full name", "name in other articles"]


def test_an_unknown_voice_is_none(store):
    store.save(said_by(1, ("Obama", "Obama", "person:obama")))
    assert store.voice_identity("Nobody Here") is None


def test_a_surname_two_full_names_share_joins_the_one_with_its_role(store):
    obama = said_by(1, ("President Obama", "Obama", "person:obama"))
    obama.quotes[0].speaker.role = "President"
    store.save(obama)
    barack = said_by(2, ("Barack Obama", "Barack Obama", "person:barack-obama"),
                     ("Michelle Obama", "Michelle Obama", "person:michelle-obama"))
    barack.quotes[0].speaker.role = "US President"
    store.save(barack)
    assert sorted(v["name"] for v in store.voices()) == ["Barack Obama", "Michelle Obama"]


def test_a_surname_two_full_names_share_joins_the_one_of_the_sex_its_honorific_says(store):
    store.save(said_by(1, ("Mr. Obama", "Obama", "person:obama")))
    store.save(said_by(2, ("Barack Obama", "Barack Obama", "person:barack-obama"),
                       ("Michelle Obama", "Michelle Obama", "person:michelle-obama")))
    assert sorted(v["name"] for v in store.voices()) == ["Barack Obama", "Michelle Obama"]
    assert store.voice_identity("Obama")["name"] == "Barack Obama"
