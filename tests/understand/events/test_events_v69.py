"""Events v69: a search for the missing is no coercion, an inquiry into an accident no accusation, ruling out
someone's involvement no rejection; the act a call, threat or plan is about is not done; crime news keeps the state's
acts when another desk's words only tie with it, or when the town is all that names who acted; a person's title is
read from their own phrase only.

One behaviour each, on the session pipeline (``understand_nlp``), or on a bare ``Doc`` for the genre; sentences written
for these tests.
"""

from __future__ import annotations

from hotspot.understand.events.topic import graded
from tests.understand.events.coded import by_trigger as _one
from tests.understand.events.coded import code_text as _code
from tests.understand.events.coded import types_at


def test_searching_for_missing_climbers_is_no_coercion(understand_nlp):
    text = "Police spent the weekend searching for a pair of hikers who went missing near the pass."
    assert types_at(_code(understand_nlp, text), "searching") == []


def test_searching_for_suspects_is_a_police_hunt(understand_nlp):
    text = "Police on Monday were searching for two gunmen who robbed a petrol station."
    assert types_at(_code(understand_nlp, text), "searching") == ["ACCUSE"]


def test_searching_a_house_is_still_a_search(understand_nlp):
    text = "Police searched the house of the opposition leader and seized documents."
    assert types_at(_code(understand_nlp, text), "searched") == ["COERCE"]


def test_investigating_a_crash_accuses_no_one(understand_nlp):
    text = "Police are investigating the crash on the bypass."
    assert types_at(_code(understand_nlp, text), "investigating") == []


def test_investigating_deaths_at_a_protest_is_still_an_inquiry_into_someone(understand_nlp):
    text = "Prosecutors are investigating the deaths of protesters during the rally."
    assert types_at(_code(understand_nlp, text), "investigating") == ["ACCUSE"]


def test_ruling_out_a_groups_involvement_rejects_nothing(understand_nlp):
    text = "The government has ruled out rebel involvement in the latest bombing."
    assert "REJECT" not in types_at(_code(understand_nlp, text), "ruled")


def test_ruling_out_a_coalition_is_still_a_rejection(understand_nlp):
    text = "The Liberal party has ruled out governing with the Greens."
    assert types_at(_code(understand_nlp, text), "ruled") == ["REJECT"]


def test_the_release_a_call_is_about_is_not_done(understand_nlp):
    text = "The archbishop renewed his detainee release call on Monday."
    assert _one(_code(understand_nlp, text), "release").hypothetical


def test_the_withdrawal_a_plan_is_about_is_to_come(understand_nlp):
    text = "Ministers backed the troop withdrawal plan on Monday."
    withdrawal = _one(_code(understand_nlp, text), "withdrawal")
    assert withdrawal.future or withdrawal.hypothetical


def test_a_tie_between_crime_news_and_another_desk_is_crime_news():
    topic = graded({"politics": 1.0, "tech": 9.0, "justice": 9.0}, 400, 6, "politics", ties_to=frozenset({"justice"}))
    assert topic.genre == "justice"


def test_without_a_preferred_genre_a_tie_keeps_the_first_desk():
    topic = graded({"politics": 1.0, "tech": 9.0, "justice": 9.0}, 400, 6, "politics")
    assert topic.genre == "tech"


CRIME_BLOTTER = (
    "A man was charged with burglary after a laptop, a games console, a tablet, headphones and DVDs were taken "
    "from a home on Elm Street, police said. Detectives say the thief entered through a window. "
)


def test_an_agentless_arrest_told_with_its_town_stands_in_crime_news(understand_nlp):
    text = CRIME_BLOTTER + "Two men were arrested near Springfield on Friday in the shooting of a clerk."
    assert types_at(_code(understand_nlp, text), "arrested") == ["COERCE"]


MURDER_TRIAL = (
    "A jury at the crown court heard on Tuesday how a man was found dead in a flat, and the trial of his neighbour "
    "for murder continues. Detectives told the court the victim had been stabbed. "
)


def test_police_before_a_name_in_another_clause_are_not_the_persons_title(understand_nlp):
    # "police searched Martin Kell's house": a verb stands between the police and the name, so they are no title of
    # his, and his violence is a private person's, which crime news does not code
    text = MURDER_TRIAL + ("When officers arrived, police searched Martin Kell's house. "
                           "Kell attacked a neighbour with a knife, the court heard.")
    assert types_at(_code(understand_nlp, text), "attacked") == []


def test_a_relative_clause_in_an_apposition_is_not_the_persons_office(understand_nlp):
    # "a man who had fled from police": the apposition's noun says what he is, its clause what he did
    text = MURDER_TRIAL + "Martin Kell, a man who had twice fled from police, attacked a neighbour with a knife, the court heard."
    assert types_at(_code(understand_nlp, text), "attacked") == []


def test_a_participle_after_a_passive_shares_its_subject_as_the_one_it_befell(understand_nlp):
    text = "Dan Hale, of Elm Avenue, was arrested on Tuesday and charged with burglary."
    charged = _one(_code(understand_nlp, text), "charged")
    assert "Dan Hale" not in [a.text for a in charged.actor]
    assert [r.text for r in charged.recipient] == ["Dan Hale"]


def test_release_on_bail_in_crime_news_is_the_states_act(understand_nlp):
    text = MURDER_TRIAL + "Martin Kell was released on bail and ordered to stay away from the flat."
    assert types_at(_code(understand_nlp, text), "released") == ["RETREAT"]


def test_an_anti_corruption_commission_is_law_enforcement(understand_nlp):
    text = MURDER_TRIAL + "The Anti-Corruption Commission arrested Martin Kell at his home on Tuesday."
    assert types_at(_code(understand_nlp, text), "arrested") == ["COERCE"]
