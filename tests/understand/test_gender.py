"""Gender evidence for pronoun agreement: pronouns, census given names, honorifics; conflicting evidence is none."""

from __future__ import annotations

from hotspot.understand import gender


def test_pronouns_have_their_gender_and_other_words_none():
    assert [gender.of_pronoun(w) for w in ("He", "her", "they", "it")] == ["male", "female", None, None]


def test_a_full_names_given_name_says_the_sex_the_census_lists_give_it():
    assert (gender.of_given_name("Michelle Obama"), gender.of_given_name("Donald Trump")) == ("female", "male")


def test_a_name_given_to_both_sexes_or_to_neither_says_nothing():
    assert [gender.of_given_name(n) for n in ("Jordan Peele", "Kassym-Jomart Tokayev", "Obama")] == [None, None, None]


def test_an_honorific_right_before_a_name_says_its_gender():
    text = "Mrs. Clinton met Mr Obama and Sokolov."
    assert [gender.of_honorific_before(text, text.index(n)) for n in ("Clinton", "Obama", "Sokolov")] == [
        "female", "male", None]


def test_evidence_that_disagrees_gives_no_gender():
    assert (gender.agree({"male"}), gender.agree({"male", "female"}), gender.agree(set())) == ("male", None, None)


def test_pronouns_decide_only_when_the_name_says_nothing():
    assert (gender.decide(set(), set(), {"female"}), gender.decide(set(), {"male"}, {"female"}),
            gender.decide({"female"}, set(), {"male"})) == ("female", "male", "female")


def test_pronouns_that_disagree_give_no_gender():
    assert gender.decide(set(), set(), {"male", "female"}) is None
