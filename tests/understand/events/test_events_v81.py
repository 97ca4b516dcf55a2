"""Events v81: when an act was, from the clause and the phrase around it. A "when" clause's date times the clause it
modifies; a decade is a date; a date in the phrase of what an act is about is that matter's; a participant named by
the role they held "then" sets the act in that past; a relative clause told as done is out of the reach of a want or
a modal around its noun; a headline's plural noun with a subject is its verb.

One behaviour each: the rules on hand-built parses (``handbuilt.hand_doc``) or on dates alone, and through the
session pipeline (``understand_nlp``); sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

from hotspot.understand.events.dates import find_dates
from hotspot.understand.events.senses import headline_verb
from tests.understand.events.coded import by_trigger as _one
from tests.understand.events.coded import code_text as _code
from tests.understand.events.handbuilt import hand_doc

# ---------------------------------------------------------------- a "when" clause times the clause it modifies

def test_a_fronted_when_clause_dates_the_main_clause(understand_nlp):
    text = "When soldiers seized power in Mali in 2020, the regional bloc suspended the country from its institutions."
    event = _one(_code(understand_nlp, text), "suspended")
    assert event.historical is True
    assert event.date is not None and event.date.value == "2020"


def test_a_when_clause_after_the_main_clause_dates_it(understand_nlp):
    event = _one(_code(understand_nlp, "The party leader resigned when the kingdom held its snap election in 1979."), "resigned")
    assert event.historical is True


def test_an_after_clause_does_not_date_the_main_clause(understand_nlp):
    event = _one(_code(understand_nlp, "After the army seized power in 2020, the bloc has suspended the country."), "suspended")
    assert event.date is None


# ---------------------------------------------------------------- decades

def test_a_past_decade_is_a_date_ending_with_its_last_year():
    (found,) = find_dates("in the 1990s", date(2025, 12, 1))
    assert (found.value, found.granularity) == ("1999", "year")


def test_the_early_part_of_a_decade_ends_with_its_third_year():
    (found,) = find_dates("the wars of the early 1990s", date(2025, 12, 1))
    assert found.value == "1993"


def test_the_decade_of_the_reference_date_is_left_unresolved():
    (found,) = find_dates("in the 2020s", date(2025, 12, 1))
    assert found.value is None


def test_an_act_in_a_past_decade_is_dated_and_background(understand_nlp):
    event = _one(_code(understand_nlp, "Rebels attacked the border villages in the early 1990s."), "attacked")
    assert event.historical is True
    assert event.date is not None and event.date.value == "1993"


# ---------------------------------------------------------------- the date of a matter is not the act's

def test_a_date_in_what_charges_relate_to_does_not_date_the_charges(understand_nlp):
    text = ("The former president appeared in court on Friday to face corruption charges relating to a fighter-jet "
            "contract in the late 1990s.")
    event = _one(_code(understand_nlp, text, published="2024-05-10"), "charges")
    assert event.historical is not True


# ---------------------------------------------------------------- the role someone held then

def test_an_act_by_the_then_minister_is_background(understand_nlp):
    text = "Papers released by the archive describe the negotiations held by the then interior minister with the miners."
    event = _one(_code(understand_nlp, text), "negotiations")
    assert event.historical is True


def test_a_subject_set_off_as_then_holding_a_role_makes_the_act_background(understand_nlp):
    event = _one(_code(understand_nlp, "Tokayev, then the Senate speaker, criticised the government."), "criticised")
    assert event.historical is True


def test_then_as_a_sequence_adverb_leaves_the_act_current(understand_nlp):
    event = _one(_code(understand_nlp, "Police then arrested three men outside the court."), "arrested")
    assert event.historical is not True


# ---------------------------------------------------------------- relative clauses told as done

def test_a_relative_clause_in_the_past_is_out_of_reach_of_a_want(understand_nlp):
    event = _one(_code(understand_nlp, "The minister wants to punish the officers who attacked protesters last week."), "attacked")
    assert not event.hypothetical


def test_a_relative_clause_in_the_present_perfect_is_out_of_reach_of_a_condition(understand_nlp):
    text = "If the army punishes the soldiers who have shelled the village, the rebels may return to talks."
    event = _one(_code(understand_nlp, text), "shelled")
    assert not event.hypothetical


def test_a_relative_clause_in_the_present_stays_in_reach_of_the_future(understand_nlp):
    event = _one(_code(understand_nlp, "The EU will sanction anyone who attacks ships in the strait."), "attacks")
    assert event.hypothetical or event.future


# ---------------------------------------------------------------- a headline's misread verb

def _headline(second_dep: str, tag: str = "NNS"):
    # "Manila protests after ...": the name as the noun's subject or compound
    return hand_doc(["Manila", "protests", "after", "talks"], ["Manila", "protest", "after", "talk"],
                    ["PROPN", "NOUN", "ADP", "NOUN"], [second_dep, "ROOT", "prep", "pobj"], [1, 1, 1, 2],
                    ["NNP", tag, "IN", "NNS"])


def test_a_plural_noun_heading_a_headline_with_a_subject_is_its_verb():
    assert headline_verb(_headline("nsubj")[1])


def test_a_plural_noun_with_only_a_compound_and_no_clause_is_a_noun():
    assert not headline_verb(_headline("compound")[1])


def test_a_singular_noun_is_never_read_as_a_headline_verb():
    assert not headline_verb(_headline("nsubj", tag="NN")[1])


def test_a_state_that_protests_in_a_headline_complains(understand_nlp):
    event = _one(_code(understand_nlp, "Manila protests after Chinese coast guard fires water cannon at fisheries vessel"), "protests")
    assert event.type == "ACCUSE"


# ---------------------------------------------------------------- what an act answers for or accuses of has its own time

def test_a_date_closing_the_reason_of_a_fine_is_the_deeds(understand_nlp):
    text = "The court on Friday sentenced a man to ten years in prison and fined him for the death of his wife in 2019."
    event = _one(_code(understand_nlp, text, published="2026-01-17"), "fined")
    assert event.historical is not True


def test_a_date_closing_what_a_criticism_is_for_is_not_the_criticisms(understand_nlp):
    text = "Opposition senators criticised the agency for the slow delivery of relief goods after the typhoon in 2024."
    event = _one(_code(understand_nlp, text, published="2026-09-02"), "criticised")
    assert event.historical is not True


def test_a_date_inside_what_one_is_accused_of_is_not_the_accusations(understand_nlp):
    text = "Armenia has frozen its participation, accusing Moscow of leaving it alone during the crises of 2022 and 2023."
    event = _one(_code(understand_nlp, text, published="2025-11-07"), "accusing")
    assert event.historical is not True


def test_the_act_inside_the_reason_keeps_the_date(understand_nlp):
    text = "The court on Friday sentenced a general to twelve years for the killing of two students in 1985."
    event = _one(_code(understand_nlp, text, published="2026-11-04"), "killing")
    assert event.historical is True


# ---------------------------------------------------------------- spans that reach the present

def test_since_a_past_season_a_present_perfect_reaches_now(understand_nlp):
    event = _one(_code(understand_nlp, "Since last summer, troopers have arrested hundreds of men.", published="2022-08-26"), "arrested")
    assert event.historical is not True


def test_a_past_season_alone_sets_the_act_in_the_past(understand_nlp):
    event = _one(_code(understand_nlp, "Last summer, troopers arrested hundreds of men.", published="2022-08-26"), "arrested")
    assert event.historical is True


def test_sanctions_adopted_in_packages_since_a_date_reach_now(understand_nlp):
    text = "The EU has adopted 17 packages of sanctions against Russia since its invasion of Ukraine in February 2022."
    event = _one(_code(understand_nlp, text, published="2025-06-20"), "sanctions")
    assert event.historical is not True
    assert [a.text for a in event.actor] == ["The EU"]


# ---------------------------------------------------------------- two clauses of a headline

def test_a_headline_clause_before_a_semicolon_is_no_complement_of_the_next(understand_nlp):
    text = "Anti-graft agency remands assemblyman over timber deals; opposition calls it selective prosecution"
    event = _one(_code(understand_nlp, text), "remands")
    assert not event.hypothetical

