"""Events v74: mocking, ridiculing and shaming a rival accuse him; agreeing that something is so is a view, agreeing
that something will be done an agreement; a tweet or an advert that attacks someone accuses; a yes-no question asks
whether an act happened and does not tell it.

One behaviour each, on the session pipeline (``understand_nlp``); sentences written for these tests.
"""

from __future__ import annotations

from tests.understand.events.coded import by_trigger as _one
from tests.understand.events.coded import code_text as _code
from tests.understand.events.coded import types_at


def test_a_senator_ridiculing_the_governor_accuses_him(understand_nlp):
    text = "The senator ridiculed the governor's response to the floods on Tuesday."
    assert _one(_code(understand_nlp, text), "ridiculed").type == "ACCUSE"


def test_tweets_shaming_a_critic_accuse_her(understand_nlp):
    text = "The candidate stood by his late-night posts shaming the former mayor Ana Ruiz."
    assert _one(_code(understand_nlp, text), "shaming").type == "ACCUSE"


def test_two_parties_trading_insults_accuse_each_other(understand_nlp):
    text = "The two main parties have traded insults since the local elections in June."
    assert _one(_code(understand_nlp, text), "insults").type == "ACCUSE"


def test_agreeing_that_something_is_so_is_no_agreement(understand_nlp):
    text = "The senator agreed that the party's nomination rules were outdated."
    assert types_at(_code(understand_nlp, text), "agreed") == []


def test_agreeing_that_something_will_be_done_is_an_agreement(understand_nlp):
    text = "Russia and Ukraine agreed that prisoners will be exchanged next week."
    assert _one(_code(understand_nlp, text), "agreed").type == "AGREE"


def test_a_tweet_attacking_a_rival_accuses_and_does_not_assault(understand_nlp):
    text = "The campaign deleted a tweet attacking the former mayor."
    assert types_at(_code(understand_nlp, text), "attacking") == ["ACCUSE"]


def test_a_yes_no_question_does_not_tell_the_act(understand_nlp):
    text = "Has the government arrested the protesters who marched in the capital?"
    assert _one(_code(understand_nlp, text), "arrested").hypothetical


def test_a_wh_question_takes_its_act_as_given(understand_nlp):
    text = "Why did the minister criticise the constitutional court last week?"
    assert not _one(_code(understand_nlp, text), "criticise").hypothetical
