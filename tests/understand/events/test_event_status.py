"""Status that holds (hotspot.understand.events.flags): negation, modality, conditions, allegation, historical.

One behaviour each, on the session pipeline (``understand_nlp``); sentences written for these tests.
"""

from __future__ import annotations

from hotspot.records import Event
from tests.understand.events.coded import by_trigger as _by_trigger
from tests.understand.events.coded import code_text


def _code(nlp, text: str, published: str | None = None, captured: bool = False) -> list[Event]:
    return code_text(nlp, text, published, captured)


def _current(e: Event) -> bool:
    return not (e.negated or e.hypothetical or e.future or e.historical or e.alleged)


# --------------------------------------------------------------------------- ordinary events stay as they are


def test_plain_past_event_is_current(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "Police arrested ten protesters in Almaty on Monday.", "2024-03-06"), "arrested")
    assert _current(e) and e.historical is False


def test_neutral_report_is_not_an_allegation(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "Police said two people were killed in the clashes."), "killed")
    assert _current(e)


def test_when_clause_of_a_present_event_is_no_condition(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "Troops opened fire when the crowd reached the square on Monday.", "2024-03-06"), "opened")
    assert _current(e)


# --------------------------------------------------------------------------- negation


def test_no_subject_negates_every_gapped_conjunct(understand_nlp):
    events = _code(understand_nlp, "Since the election, no newspapers were closed, stories suppressed, or journalists harassed.")
    assert events and all(e.negated for e in events)


def test_gapped_passive_subject_is_the_recipient(understand_nlp):
    events = _code(understand_nlp, "Since the election, no newspapers were closed, stories suppressed, or journalists harassed.")
    e = _by_trigger(events, "harassed")
    assert [r.text for r in e.recipient] == ["journalists"] and not e.actor


def test_neither_nor_subject_negates(understand_nlp):
    assert _by_trigger(_code(understand_nlp, "Neither the police nor the army attacked the protesters."), "attacked").negated


def test_neither_nor_predicates_are_both_negated(understand_nlp):
    events = _code(understand_nlp, "The police neither attacked nor arrested the protesters.")
    assert _by_trigger(events, "attacked").negated and _by_trigger(events, "arrested").negated


def test_none_of_subject_negates(understand_nlp):
    assert _by_trigger(_code(understand_nlp, "None of the protesters were arrested."), "arrested").negated


def test_nobody_subject_negates(understand_nlp):
    assert _by_trigger(_code(understand_nlp, "Nobody was arrested."), "arrested").negated


def test_negative_object_negates(understand_nlp):
    assert _by_trigger(_code(understand_nlp, "Police arrested nobody."), "arrested").negated


def test_never_negates(understand_nlp):
    assert _by_trigger(_code(understand_nlp, "The army never attacked the village."), "attacked").negated


def test_without_negates_its_clause(understand_nlp):
    events = _code(understand_nlp, "Troops dispersed the crowd without arresting anyone.")
    assert _by_trigger(events, "arresting").negated and not _by_trigger(events, "dispersed").negated


def test_failed_to_negates(understand_nlp):
    assert _by_trigger(_code(understand_nlp, "The government failed to release the prisoners."), "release").negated


def test_refused_act_did_not_happen(understand_nlp):
    events = _code(understand_nlp, "The rebels refused to withdraw from the town.")
    e = _by_trigger(events, "withdraw")
    assert e.negated and not e.hypothetical


def test_negation_covers_a_coordinated_predicate(understand_nlp):
    events = _code(understand_nlp, "Police did not arrest or charge the men.")
    assert _by_trigger(events, "arrest").negated and _by_trigger(events, "charge").negated


def test_negation_does_not_leak_past_but(understand_nlp):
    events = _code(understand_nlp, "Police did not arrest anyone, but soldiers beat the protesters.")
    assert _by_trigger(events, "arrest").negated and not _by_trigger(events, "beat").negated


def test_negation_does_not_leak_to_a_full_clause(understand_nlp):
    events = _code(understand_nlp, "No one was hurt and police arrested two men.")
    assert not _by_trigger(events, "arrested").negated


def test_negated_statement_does_not_negate_its_event_noun(understand_nlp):
    events = _code(understand_nlp, "The minister did not condemn the attack on the village.")
    assert not _by_trigger(events, "attack").negated


# --------------------------------------------------------------------------- modality and conditions


def test_month_may_is_not_a_modal(understand_nlp):
    text = "On May 13, 2005, when government troops in Andijan opened fire on protesters, hundreds were killed."
    e = _by_trigger(_code(understand_nlp, text, "2024-03-06"), "opened")
    assert not e.hypothetical and e.historical is True and not e.negated


def test_if_clause_and_its_consequence_are_hypothetical(understand_nlp):
    events = _code(understand_nlp, "If the army attacks, the rebels retreat.")
    assert events and all(e.hypothetical for e in events)


def test_called_for_talks_are_hypothetical(understand_nlp):
    events = _code(understand_nlp, "The opposition called for talks with the government.")
    assert _by_trigger(events, "talks").hypothetical and not _by_trigger(events, "called").hypothetical


def test_an_object_the_verb_names_or_judges_is_no_wish(understand_nlp):
    # "call X Y" and "consider X Y" name or judge what there is; "call for X" and "consider X" want or weigh it
    named = _code(understand_nlp, "The minister called the strikes a plot by the opposition.", "2025-05-02")
    judged = _code(understand_nlp, "The senator called the governor's criticisms of the budget absurd.", "2025-05-02")
    weighed = _code(understand_nlp, "The minister is considering sanctions against the firm.", "2025-05-02")
    assert not _by_trigger(named, "strikes").hypothetical
    assert not _by_trigger(judged, "criticisms").hypothetical
    assert _by_trigger(weighed, "sanctions").hypothetical


def test_a_definite_object_of_call_is_named_not_asked_for(understand_nlp):
    # the parse gives "shameful" no object-predicate link here: "call" with a bare definite object still names it
    events = _code(understand_nlp, "Councillor Ravi Okafor called the raids on the market shameful.", "2025-05-02")
    assert _current(_by_trigger(events, "raids"))


def test_an_indefinite_gathering_called_is_convened_for_later(understand_nlp):
    events = _code(understand_nlp, "The dockers' union has called a march to the harbour for Monday.", "2025-05-02")
    march = _by_trigger(events, "march")
    assert march.future and not march.hypothetical


def test_what_a_modal_clause_would_halt_is_there_already(understand_nlp):
    events = _code(understand_nlp, "The ministry may soon halt the raids on the villages.", "2025-05-02")
    assert _current(_by_trigger(events, "raids"))


def test_what_is_expected_to_be_stepped_up_is_there_already(understand_nlp):
    events = _code(understand_nlp, "Brussels is expected to tighten the embargo on the cartel.", "2025-05-02")
    assert _current(_by_trigger(events, "embargo"))


def test_an_act_a_modal_clause_would_launch_stays_hypothetical(understand_nlp):
    events = _code(understand_nlp, "The ministry may soon launch raids on the villages.", "2025-05-02")
    assert _by_trigger(events, "raids").hypothetical


def test_an_act_pressed_on_with_is_carried_on_not_asked_for(understand_nlp):
    pressed_on = _code(understand_nlp, "The army is pressing its offensive in the eastern hills.", "2025-05-02")
    asked = _code(understand_nlp, "The rebels pressed for talks with the government.", "2025-05-02")
    assert not _by_trigger(pressed_on, "offensive").hypothetical
    assert _by_trigger(asked, "talks").hypothetical


def test_what_a_plan_is_defended_against_is_no_part_of_the_plan(understand_nlp):
    events = _code(understand_nlp, "The governor defended her plans against sharp criticism by the unions.", "2025-05-02")
    assert _current(_by_trigger(events, "criticism"))


def test_an_imminent_act_is_future(understand_nlp):
    events = _code(understand_nlp, "The coalition partners announced their imminent withdrawal from the region.", "2025-05-02")
    assert _by_trigger(events, "withdrawal").future


def test_an_infinitive_opened_by_a_wh_word_is_a_question_not_a_deed(understand_nlp):
    asked = _code(understand_nlp, "The allies disagree about how to punish the Kremlin.", "2025-05-02")
    done = _code(understand_nlp, "Police fired tear gas to disperse the crowd.", "2025-05-02")
    assert _by_trigger(asked, "punish").hypothetical
    assert not _by_trigger(done, "disperse").hypothetical


def test_demanded_release_is_hypothetical(understand_nlp):
    assert _by_trigger(_code(understand_nlp, "Protesters demanded the release of political prisoners."), "release").hypothetical


def test_going_to_is_future(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "The army is going to attack the town."), "attack")
    assert e.future


def test_went_on_to_is_not_future(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "The rebels went on to attack the town."), "attack")
    assert not e.future


def test_event_noun_set_to_begin_is_future(understand_nlp):
    assert _by_trigger(_code(understand_nlp, "Talks are set to begin next week."), "Talks").future


def test_generic_statement_is_hypothetical(understand_nlp):
    assert _by_trigger(_code(understand_nlp, "People protest when prices rise."), "protest").hypothetical


def test_a_verb_of_asking_does_not_govern_its_own_conjunct(understand_nlp):
    # the urging is told beside the calling, not as what was called for
    text = "The union called the verdict a disgrace and urged the governor to release the strikers."
    assert _current(_by_trigger(_code(understand_nlp, text, "2024-03-06"), "urged"))


def test_an_order_does_not_make_its_conjunct_future(understand_nlp):
    text = "A district court ordered the deportation of the activist, and the appeal court rejected his challenge."
    assert _current(_by_trigger(_code(understand_nlp, text, "2024-03-06"), "rejected"))


def test_a_conjunct_of_a_governed_verb_stays_governed(understand_nlp):
    text = "The ministry urged the rebels to halt the shelling and withdraw their fighters."
    assert _by_trigger(_code(understand_nlp, text, "2024-03-06"), "withdraw").hypothetical


# --------------------------------------------------------------------------- allegation


def test_accused_deed_is_alleged_and_the_accusation_current(understand_nlp):
    events = _code(understand_nlp, "Rights groups accused the police of torturing detainees.")
    torture = _by_trigger(events, "torturing")
    assert torture.alleged and not torture.hypothetical
    assert [a.text for a in torture.actor] == ["the police"]
    accusation = _by_trigger(events, "accused")
    assert accusation.type == "ACCUSE" and _current(accusation)


def test_reportedly_is_alleged(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "Troops reportedly fired on protesters."), "fired")
    assert e.alleged and not e.hypothetical


def test_said_to_have_is_alleged(understand_nlp):
    assert _by_trigger(_code(understand_nlp, "The rebels are said to have attacked the convoy."), "attacked").alleged


def test_alleged_attack_is_alleged(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "The alleged attack on the convoy was condemned."), "attack")
    assert e.alleged and not e.hypothetical


def test_an_adjective_of_a_compound_noun_says_what_its_event_is(understand_nlp):
    claimed = _code(understand_nlp, "Prosecutors showed the jury notes about alleged coup plans drawn up by two colonels.", "2025-05-02")
    weighed = _code(understand_nlp, "Officials denied reports of a possible coup attempt.", "2025-05-02")
    plain = _code(understand_nlp, "Police arrested the coup leaders on Monday.", "2025-05-02")
    assert _by_trigger(claimed, "coup").alleged
    assert _by_trigger(weighed, "coup").hypothetical
    assert not _by_trigger(plain, "coup").alleged


def test_claimed_responsibility_is_no_allegation(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "The group claimed responsibility for the bombing."), "bombing")
    assert not e.alleged


# --------------------------------------------------------------------------- historical


def test_past_era_is_historical_without_a_date(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "Thousands were deported during the Soviet era.", "2024-03-06"), "deported")
    assert e.historical is True


def test_era_of_another_clause_does_not_count(understand_nlp):
    text = "Protesters marched against a law that was passed decades ago."
    e = _by_trigger(_code(understand_nlp, text, "2024-03-06"), "marched")
    assert not e.historical


def test_last_year_is_historical(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "Police arrested the opposition leader last year.", "2024-03-06"), "arrested")
    assert e.historical is True


def test_a_requested_act_in_a_quote_is_no_allegation_against_its_doer(understand_nlp):
    # A request that someone act is no accusation that they will: the quote recode skips object-control complements.
    events = _code(understand_nlp, '"We will ask the army to seize the airport," the rebel leader said on Monday.',
                   "2024-05-06")
    assert not any(e.type == "ACCUSE" and e.mode == "allege" for e in events)


def test_the_writers_own_should_is_an_opinion_not_a_request(understand_nlp):
    events = _code(understand_nlp, "The European Union should impose tougher sanctions on Moscow.", "2024-05-06")
    assert not any(e.type == "REQUEST" and e.trigger.text == "should" for e in events)


def test_a_reported_must_stays_a_request(understand_nlp):
    events = _code(understand_nlp, "The United Nations said on Monday that Iran must halt uranium enrichment.", "2024-05-06")
    assert any(e.type == "REQUEST" and e.trigger.text == "must" for e in events)


def test_without_an_article_date_a_date_weeks_before_a_later_reported_date_is_historical(understand_nlp):
    text = ("On March 3, 2014, Russian troops seized the parliament in Simferopol. "
            "On October 5, 2015, protesters marched in Kyiv against the government.")
    events = _code(understand_nlp, text, None)
    seized = _by_trigger(events, "seized")
    marched = _by_trigger(events, "marched")
    assert seized.historical is True
    assert marched.historical is None  # the latest date reported: nothing says how long ago it was



def test_without_any_date_a_past_act_in_a_stated_year_or_month_of_a_year_is_background(understand_nlp):
    # a news report without a date (simple past, not commentary): news gives a year only to a time not its present
    text = ("The minister has promised a review of the border force. "
            "Guards detained the two farmers at the crossing in September 2011. "
            "The opposition leader, who resigned after the 2009 election, has called for an inquiry.")
    events = _code(understand_nlp, text, None)
    assert _by_trigger(events, "detained").historical is True
    assert _by_trigger(events, "resigned").historical is True
    assert not _by_trigger(events, "called").historical  # the present perfect of the news


def test_a_year_of_the_sentence_before_does_not_hold_for_a_sentence_that_says_it_is_recent(understand_nlp):
    text = "The dissident fled to Bulgaria in 2002. The officers who recently detained him gave no reason for his arrest."
    assert not _by_trigger(_code(understand_nlp, text, None), "detained").historical


def test_a_stated_year_dates_no_background_when_the_article_has_a_date(understand_nlp):
    text = "Guards detained the two farmers at the crossing in September 2011."
    assert not _by_trigger(_code(understand_nlp, text, "2011-09-20"), "detained").historical
    assert not _by_trigger(_code(understand_nlp, text, "2011-09-20", captured=True), "detained").historical



def test_an_event_noun_told_as_an_earlier_one_of_its_kind_is_background(understand_nlp):
    text = "The governor has ordered an inquiry into the prison, saying previous investigations were a whitewash."
    events = _code(understand_nlp, text, "2024-03-06")
    assert _by_trigger(events, "investigations").historical is True
    assert not _by_trigger(events, "inquiry").historical

def test_an_act_someone_is_reluctant_to_do_is_hypothetical(understand_nlp):
    events = _code(understand_nlp, "Germany is reluctant to impose sanctions on Russia.", "2024-05-06")
    assert _by_trigger(events, "sanctions").hypothetical


def test_a_simple_present_clause_of_time_is_future_not_current(understand_nlp):
    events = _code(understand_nlp, "When the leaders meet in Brussels next month, they will discuss trade.", "2024-05-06")
    assert _by_trigger(events, "meet").future


def test_is_supposed_to_is_future(understand_nlp):
    events = _code(understand_nlp, "Chancellor Weber is supposed to meet President Novak in Prague.", "2009-07-01")
    assert _by_trigger(events, "meet").future


def test_whenever_makes_a_habit_not_a_current_event(understand_nlp):
    events = _code(understand_nlp, "Whenever students protest, the police arrest their leaders.", "2024-05-06")
    assert _by_trigger(events, "arrest").hypothetical


# --------------------------------------------------------------------------- background without a date (issue 12)


def test_past_perfect_is_background(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "The two parties had clashed over the budget in parliament.", "2024-03-06"), "clashed")
    assert e.historical is True


def test_past_perfect_reported_by_a_verb_of_saying_is_news(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "Police said they had arrested ten protesters.", "2024-03-06"), "arrested")
    assert e.historical is not True


def test_past_perfect_with_just_is_recent(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "The ministry had just banned the rally.", "2024-03-06"), "banned")
    assert e.historical is not True


def test_last_summer_is_a_past_period(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "Last summer, police detained the two reporters in the capital."), "detained")
    assert e.historical is True


def test_a_past_decade_is_a_past_period(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "In the 1990s the army shelled the northern villages."), "shelled")
    assert e.historical is True


def test_any_before_an_event_noun_asserts_no_event(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "Any talks with the rebels would need the approval of parliament."), "talks")
    assert e.hypothetical


def test_an_aim_of_a_noun_is_no_deed(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "The ministry announced a plan to deport the activists."), "deport")
    assert e.hypothetical or e.future


_COMMENTARY = (
    "The Steppe Question\n\n"
    "Europe still looks at Central Asia through a Russian lens, and that is a mistake. The region is changing fast. "
    "Its governments trade with China, they court Turkey, and they want investment from the Gulf. "
    "Kazakhstan has signed new deals with Brussels. Uzbekistan is opening its economy. "
    "The old order broke down slowly. Soldiers crushed the protests in the valley and the president banned the opposition party. "
    "Nobody in Brussels believes that the region will turn west. But the European Union can offer more than it does. "
    "It should open its markets, and it must speak plainly about prisoners. "
    "Recently the foreign minister visited Astana. "
    "The question is whether Europe wants a partner or a market, and the answer matters for everyone who lives there."
)


def test_commentary_without_a_date_tells_its_background_in_the_simple_past(understand_nlp):
    e = _by_trigger(_code(understand_nlp, _COMMENTARY), "banned")
    assert e.historical is True


def test_commentary_keeps_a_recent_simple_past_current(understand_nlp):
    e = _by_trigger(_code(understand_nlp, _COMMENTARY), "visited")
    assert e.historical is not True


def test_commentary_keeps_its_present_perfect_current(understand_nlp):
    e = _by_trigger(_code(understand_nlp, _COMMENTARY), "signed")
    assert e.historical is not True


def test_what_was_done_in_the_past_is_historical_even_in_the_present_perfect(understand_nlp):
    text = "Moscow has rejected the proposal in the past, and officials did not comment on Sunday."
    assert _by_trigger(_code(understand_nlp, text, "2024-03-06"), "rejected").historical is True


def test_a_month_of_that_year_is_in_the_year_the_story_named(understand_nlp):
    text = "Police arrested him in 2019. In September that year thousands of people rallied in the capital."
    assert _by_trigger(_code(understand_nlp, text, "2026-09-22"), "rallied").historical is True


def test_what_was_done_during_a_war_of_past_years_is_historical(understand_nlp):
    text = "The militia fought alongside federal troops during the 2020-2022 war in the north."
    assert _by_trigger(_code(understand_nlp, text, "2026-09-22"), "fought").historical is True


def test_what_a_span_of_years_lies_after_is_historical(understand_nlp):
    text = "Two years after the revolution, the president has accepted the opposition's terms."
    assert _by_trigger(_code(understand_nlp, text, "2024-03-06"), "revolution").historical is True


def test_an_act_a_year_lies_after_is_historical(understand_nlp):
    text = "Thousands marched on Friday to mark one year since the government suspended the accession talks."
    assert _by_trigger(_code(understand_nlp, text, "2024-03-06"), "suspended").historical is True


def test_the_event_of_an_anniversary_is_historical(understand_nlp):
    text = "The minister urged the bloc to act before the fourth anniversary of the invasion next Tuesday."
    assert _by_trigger(_code(understand_nlp, text, "2024-03-06"), "invasion").historical is True


def test_each_conjunct_of_a_demand_is_wanted_not_done(understand_nlp):
    text = "The rebels have demanded the withdrawal of federal troops and the release of detainees."
    assert _by_trigger(_code(understand_nlp, text, "2024-03-06"), "release").hypothetical


def test_talks_one_is_invited_to_are_not_held(understand_nlp):
    text = "Mediators have invited both sides to new talks in Geneva next month."
    e = _by_trigger(_code(understand_nlp, text, "2024-03-06"), "talks")
    assert e.hypothetical or e.future


def test_what_days_lie_after_may_still_be_news(understand_nlp):
    text = "Days after the attack, police arrested three men in the capital."
    assert not _by_trigger(_code(understand_nlp, text, "2024-03-06"), "attack").historical


def test_in_the_past_few_weeks_is_recent(understand_nlp):
    text = "Moscow has rejected the proposal twice in the past few weeks."
    assert not _by_trigger(_code(understand_nlp, text, "2024-03-06"), "rejected").historical


def test_a_year_that_dates_an_event_noun_is_background_whatever_the_tense_around_it(understand_nlp):
    text = _COMMENTARY + " Its mood resembles the years after the Andijan uprising of 2005 and shapes every choice."
    assert _by_trigger(_code(understand_nlp, text), "uprising").historical is True


_UNDATED_REPORT = (
    "Mayor defends housing plan against revolt\n\n"
    "The mayor of Eastford says she will not drop her housing plan despite a revolt by councillors. "
    "Councillor Ann Price accused the mayor of ignoring tenants. "
    "\"The plan is a disaster for families,\" Ms Price says. "
    "The mayor says the criticism is unfair. "
    "She told local radio that the city needs new homes. "
    "Opposition members say they want a vote. "
    "\"We are ready to fight this,\" one councillor says. "
    "Tenants' groups say rents are rising. "
    "Officials say the plan is affordable, and the mayor adds that she is open to talks."
)


def test_an_undated_report_that_attributes_what_it_tells_keeps_its_simple_past_as_news(understand_nlp):
    # told mostly in the present ("says"), like commentary, but a news report: its simple past is the news
    e = _by_trigger(_code(understand_nlp, _UNDATED_REPORT), "accused")
    assert e.historical is not True


def test_attribution_share_tells_a_report_from_commentary(understand_nlp):
    from hotspot.understand.events.context import ATTRIBUTION_SHARE, clause_shares

    (report_present, report_attributed), (commentary_present, commentary_attributed) = (
        clause_shares(understand_nlp(_UNDATED_REPORT)), clause_shares(understand_nlp(_COMMENTARY)))
    assert report_present >= 0.55 and commentary_present >= 0.55
    assert report_attributed >= ATTRIBUTION_SHARE > commentary_attributed


def test_a_dated_commentary_reads_its_simple_past_against_its_date(understand_nlp):
    e = _by_trigger(_code(understand_nlp, _COMMENTARY, "2024-03-06"), "banned")
    assert e.historical is not True


def test_instead_of_negates_what_it_introduces(understand_nlp):
    events = _code(understand_nlp, "Instead of negotiating with the rebels, the army shelled the town.")
    assert _by_trigger(events, "negotiating").negated and not _by_trigger(events, "shelled").negated


def test_rather_than_negates_what_it_introduces(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "The police arrested the leaders rather than negotiating with them."), "negotiating")
    assert e.negated


def test_what_is_ruled_out_is_negated(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "The government ruled out talks with the rebels.", "2024-03-06"), "talks")
    assert e.negated


def test_what_is_not_ruled_out_may_come(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "The government did not rule out new sanctions against the regime.", "2024-03-06"),
                    "sanctions")
    assert e.hypothetical and not e.negated


def test_a_story_told_in_the_past_goes_on_at_the_date_set_before_it(understand_nlp):
    text = "In March 2019, police detained dozens of protesters in Nur-Sultan. Officers beat several of the detainees."
    e = _by_trigger(_code(understand_nlp, text, "2024-03-06"), "beat")
    assert e.historical is True and e.date is None  # read at March 2019; its own sentence states no date


def test_a_date_does_not_carry_over_a_paragraph_break(understand_nlp):
    text = "In March 2019, police detained dozens of protesters in Nur-Sultan.\n\nOfficers beat several of the detainees."
    e = _by_trigger(_code(understand_nlp, text, "2024-03-06"), "beat")
    assert not e.historical


def test_a_capture_date_proves_no_event_historical(understand_nlp):
    # the page was copied in May; the article may be from January, when the arrests were news
    text = "In January 2022, police arrested hundreds of protesters in Almaty."
    assert _by_trigger(_code(understand_nlp, text, "2022-05-28"), "arrested").historical is True
    assert not _by_trigger(_code(understand_nlp, text, "2022-05-28", captured=True), "arrested").historical


# --------------------------------------------------------------------------- the date a story is told at


def test_an_undated_event_of_an_article_without_a_publication_date_is_told_at_the_month_named_before_it(understand_nlp):
    text = ("Kazakhstan entered the New Year with a nightmare. People protested against gas prices.\n\n"
            "Later, the police have arrested the leader of the opposition party.")
    arrest = _by_trigger(_code(understand_nlp, text, "2022-05-28", captured=True), "arrested")
    assert arrest.date is not None and (arrest.date.value, arrest.date.granularity, arrest.date.text) == (
        "2022-01", "month", "New Year")
    assert text[arrest.date.start : arrest.date.end] == "New Year"  # provenance: where the date was named
    assert not arrest.historical  # the story's date is no status


def test_with_a_publication_date_an_undated_event_keeps_no_date(understand_nlp):
    text = "Kazakhstan entered the New Year with a nightmare. Later, the police have arrested the opposition leader."
    assert _by_trigger(_code(understand_nlp, text, "2022-01-12"), "arrested").date is None


def test_a_year_is_too_vague_to_tell_a_story_at(understand_nlp):
    text = "He has lived in France since 2013. The police arrested the opposition leader."
    assert _by_trigger(_code(understand_nlp, text), "arrested").date is None


def test_a_time_that_cannot_be_told_ends_the_story_date(understand_nlp):
    # without a reference 'last week' is unknown: the story has moved on from March 2014
    text = "In March 2014, the police arrested the opposition leader. Last week the police detained his lawyer. They also raided his office."
    events = _code(understand_nlp, text)
    assert _by_trigger(events, "raided").date is None and _by_trigger(events, "detained").date is None


def test_a_hypothetical_event_takes_no_story_date(understand_nlp):
    text = "On January 5, protesters stormed the airport. Moscow could have sent troops to the city."
    assert _by_trigger(_code(understand_nlp, text, "2022-05-28", captured=True), "sent").date is None


def test_a_week_named_later_ends_the_story_date(understand_nlp):
    text = ("Protesters stormed the airport on January 5. Last week, police arrested the opposition leader. "
            "Troops fired on the crowd.")
    assert _by_trigger(_code(understand_nlp, text, "2022-05-28", captured=True), "fired").date is None


def test_a_definite_event_noun_refers_back_to_the_story_and_takes_its_date(understand_nlp):
    # 'the recent unrest' is the unrest the story told, whatever the tense of the clause that names it
    text = ("On January 5, protesters stormed the airport in Almaty. "
            "The banker is said to be among the organisers of the recent unrest in the city.")
    unrest = _by_trigger(_code(understand_nlp, text, "2022-05-28", captured=True), "unrest")
    assert unrest.date is not None and (unrest.date.value, unrest.date.granularity) == ("2022-01-05", "day")


def test_an_indefinite_event_noun_in_the_present_takes_no_story_date(understand_nlp):
    text = ("On January 5, protesters stormed the airport in Almaty. "
            "The banker is said to finance unrest in several countries.")
    unrest = _by_trigger(_code(understand_nlp, text, "2022-05-28", captured=True), "unrest")
    assert unrest.date is None


def _side_of_moving_troops(verb: str, verb_lemma: str):
    from tests.understand.parses import doc_from_rows

    # "Officials <verb> the Tajik side of moving troops.": the parser hangs "of" from "side", not from the verb
    return doc_from_rows([
        ("Officials", 1, "nsubj", "NOUN", "official"), (verb, 1, "ROOT", "VERB", verb_lemma),
        ("the", 4, "det", "DET", "the"), ("Tajik", 4, "compound", "PROPN", "Tajik"), ("side", 1, "dobj", "NOUN", "side"),
        ("of", 4, "prep", "ADP", "of"), ("moving", 5, "pcomp", "VERB", "move"), ("troops", 6, "dobj", "NOUN", "troop"),
        (".", 1, "punct", "PUNCT", "."),
    ])


def test_an_accused_deed_hung_from_the_accused_noun_is_alleged():
    from hotspot.understand.events.flags import alleged

    doc = _side_of_moving_troops("accused", "accuse")
    assert alleged(doc[6], doc[6])
    assert not alleged(doc[1], doc[1])


def test_a_deed_of_a_noun_under_a_verb_that_accuses_nobody_is_not_alleged():
    from hotspot.understand.events.flags import alleged

    doc = _side_of_moving_troops("praised", "praise")  # no allegation word above the phrase
    assert not alleged(doc[6], doc[6])


def _meet(adverb_rows, tag: str = "VBP"):
    from tests.understand.parses import doc_from_rows

    # "Ministers meet <adverb>." with the adverb's rows hung from "meet" (index 1)
    rows = [("Ministers", 1, "nsubj", "NOUN", "minister"), ("meet", 1, "ROOT", "VERB", "meet"), *adverb_rows,
            (".", 1, "punct", "PUNCT", ".")]
    tags = ["NNS", tag] + ["RB"] * len(adverb_rows) + ["."]
    return doc_from_rows(rows, tags=tags)


def test_a_present_habit_of_a_particular_actor_is_hypothetical():
    from hotspot.understand.events.flags import _habitual

    doc = _meet([("regularly", 1, "advmod", "ADV", "regularly")])
    assert _habitual(doc[1], doc[1])
    every = _meet([("every", 3, "det", "DET", "every"), ("year", 1, "npadvmod", "NOUN", "year")])
    assert _habitual(every[1], every[1])


def test_a_past_habit_or_a_plain_present_is_no_habit():
    from hotspot.understand.events.flags import _habitual

    past = _meet([("regularly", 1, "advmod", "ADV", "regularly")], tag="VBD")
    assert not _habitual(past[1], past[1])  # "met regularly": history, read by the date rules
    plain = _meet([("today", 1, "npadvmod", "NOUN", "today")])
    assert not _habitual(plain[1], plain[1])


def _last_summer_rows():
    # "Last summer, they were arrested after they collaborated, and were tried."
    return [
        ("Last", 1, "amod", "ADJ", "last"), ("summer", 5, "npadvmod", "NOUN", "summer"), (",", 5, "punct", "PUNCT", ","),
        ("they", 5, "nsubjpass", "PRON", "they"), ("were", 5, "auxpass", "AUX", "be"),
        ("arrested", 5, "ROOT", "VERB", "arrest"), ("after", 8, "mark", "SCONJ", "after"),
        ("they", 8, "nsubj", "PRON", "they"), ("collaborated", 5, "advcl", "VERB", "collaborate"),
        (",", 5, "punct", "PUNCT", ","), ("and", 5, "cc", "CCONJ", "and"), ("were", 12, "auxpass", "AUX", "be"),
        ("tried", 5, "conj", "VERB", "try"), (".", 5, "punct", "PUNCT", "."),
    ]


_LAST_SUMMER_TAGS = ["JJ", "NN", ",", "PRP", "VBD", "VBN", "IN", "PRP", "VBD", ",", "CC", "VBD", "VBN", "."]


def test_a_past_era_holds_for_the_past_clauses_that_go_on_from_its_clause():
    from hotspot.understand.events.flags import in_past_era, sets_past_era
    from tests.understand.parses import doc_from_rows

    doc = doc_from_rows(_last_summer_rows(), tags=_LAST_SUMMER_TAGS)
    assert in_past_era(doc[5], doc[5])  # arrested: the era's own clause
    assert in_past_era(doc[8], doc[8])  # collaborated: its adverbial clause
    assert in_past_era(doc[12], doc[12])  # tried: its conjunct, with no subject of its own
    assert sets_past_era(doc[:])


def test_a_conjunct_with_a_subject_and_a_time_of_its_own_starts_afresh():
    from hotspot.understand.events.flags import in_past_era
    from tests.understand.parses import doc_from_rows

    # "Last summer, they were arrested, and this month ministers met."
    rows = _last_summer_rows()[:6] + [
        (",", 5, "punct", "PUNCT", ","), ("and", 5, "cc", "CCONJ", "and"), ("this", 9, "det", "DET", "this"),
        ("month", 11, "npadvmod", "NOUN", "month"), ("ministers", 11, "nsubj", "NOUN", "minister"),
        ("met", 5, "conj", "VERB", "meet"), (".", 5, "punct", "PUNCT", "."),
    ]
    doc = doc_from_rows(rows, ents=[(8, 10, "DATE")], tags=["JJ", "NN", ",", "PRP", "VBD", "VBN", ",", "CC", "DT", "NN", "NNS", "VBD", "."])
    assert in_past_era(doc[5], doc[5]) and not in_past_era(doc[11], doc[11])


def test_a_conjunct_with_a_subject_but_no_time_of_its_own_goes_on_in_the_era():
    from hotspot.understand.events.flags import in_past_era
    from tests.understand.parses import doc_from_rows

    # "Last summer, they were arrested, and ministers resigned." (v61: a narrative goes on in the time it set)
    rows = _last_summer_rows()[:6] + [
        (",", 5, "punct", "PUNCT", ","), ("and", 5, "cc", "CCONJ", "and"), ("ministers", 9, "nsubj", "NOUN", "minister"),
        ("resigned", 5, "conj", "VERB", "resign"), (".", 5, "punct", "PUNCT", "."),
    ]
    doc = doc_from_rows(rows, tags=["JJ", "NN", ",", "PRP", "VBD", "VBN", ",", "CC", "NNS", "VBD", "."])
    assert in_past_era(doc[9], doc[9])


def test_the_sentence_after_a_past_era_goes_on_in_it_within_its_paragraph(understand_nlp):
    text = ("Last summer, police arrested the dissident's brother. After a closed trial, he was sentenced to seven years."
            "\n\nThe dissident was sentenced as well.")
    events = _code(understand_nlp, text)
    sentenced = [e for e in events if e.trigger.text == "sentenced"]
    assert sentenced[0].historical is True
    assert sentenced[1].historical is not True  # a new paragraph: the era no longer holds


def test_an_event_noun_under_any_deep_in_a_phrase_is_hypothetical():
    from hotspot.understand.events.flags import irrealis
    from hotspot.understand.events.lexicon import load_lexicon
    from tests.understand.parses import doc_from_rows

    # "to strengthen her hand in any negotiations": the noun is its own clause verb, and 'any' asserts no talks
    doc = doc_from_rows([
        ("strengthen", 0, "ROOT", "VERB", "strengthen"), ("her", 2, "poss", "PRON", "her"), ("hand", 0, "dobj", "NOUN", "hand"),
        ("in", 2, "prep", "ADP", "in"), ("any", 5, "det", "DET", "any"), ("negotiations", 3, "pobj", "NOUN", "negotiation"),
    ])
    hypothetical, future = irrealis(doc[5], doc[5], load_lexicon(), set(), set())
    assert hypothetical and not future


def test_the_means_of_an_act_in_a_past_era_is_in_that_era(understand_nlp):
    [lashing] = [e for e in _code(understand_nlp, "The governor did the same thing last winter by lashing out at the union.")
                 if e.trigger.text == "lashing"]
    assert lashing.historical is True


def test_future_event_takes_the_coming_day(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "The two presidents will meet in Astana on June 28.", "2024-06-15"), "meet")
    assert e.future and e.date is not None and e.date.value == "2024-06-28"


def test_talks_set_for_a_day_are_future(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "The talks between the two ministers are set for Thursday.", "2024-06-15"), "talks")
    assert e.future and e.date is not None and e.date.value == "2024-06-20"


def test_talks_that_were_set_for_a_day_are_not_future(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "The talks between the two ministers were set for Thursday.", "2024-06-15"), "talks")
    assert not e.future


def test_fact_after_which_a_promise_was_made_is_not_promised(understand_nlp):
    events = _code(understand_nlp, "Moscow agreed to new talks after the army shelled the border town.", "2024-06-15")
    assert _current(_by_trigger(events, "shelled"))


def test_contrast_clause_is_not_what_the_main_clause_wants(understand_nlp):
    text = "Ankara wants more time, while Brussels continues to insist on the autumn cut-off date."
    assert not _by_trigger(_code(understand_nlp, text, "2024-06-15"), "insist").hypothetical


# --------------------------------------------------------------------------- background told of a person or before a past act


def test_a_former_officials_ousting_told_in_a_participial_clause_is_background(understand_nlp):
    text = "The former governor, removed in a palace coup, now teaches law in Vienna."
    assert _by_trigger(_code(understand_nlp, text, "2024-03-06"), "coup").historical is True


def test_a_former_officials_conviction_told_in_a_relative_clause_is_background(understand_nlp):
    text = "Marta Lind, a former mayor who was convicted of fraud, is running for parliament."
    assert _by_trigger(_code(understand_nlp, text, "2024-03-06"), "convicted").historical is True


def test_a_former_officials_dated_arrest_keeps_its_date(understand_nlp):
    text = "The former mayor, who was arrested on Tuesday, has denied the charges."
    assert _by_trigger(_code(understand_nlp, text, "2024-03-06"), "arrested").historical is False


def test_a_relative_clause_under_a_past_main_clause_is_the_storys_own_time(understand_nlp):
    text = "The former mayor, who organised the strike, was questioned by police."
    assert _by_trigger(_code(understand_nlp, text, "2024-03-06"), "strike").historical is not True


def test_a_past_perfect_is_background_when_the_date_is_its_conjuncts(understand_nlp):
    text = "The ministry had banned the movement, and on Monday a court upheld the ban."
    events = _code(understand_nlp, text, "2024-03-06")
    assert _by_trigger(events, "banned").historical is True


def test_what_came_before_a_background_act_is_background(understand_nlp):
    text = "The governor had dissolved the assembly after its members protested in the square."
    assert _by_trigger(_code(understand_nlp, text, "2024-03-06"), "protested").historical is True


def test_what_came_before_a_current_act_keeps_its_time(understand_nlp):
    text = "The governor dissolved the assembly on Monday after its members protested in the square."
    assert _by_trigger(_code(understand_nlp, text, "2024-03-06"), "protested").historical is not True


def test_a_denied_act_is_an_allegation_not_a_fact(understand_nlp):
    e = _by_trigger(_code(understand_nlp, "The rebels denied that they had attacked the convoy.", "2024-06-15"), "attacked")
    assert e.alleged


def test_an_act_done_before_is_background():
    from hotspot.understand.events.flags import told_as_earlier
    from tests.understand.events.handbuilt import hand_doc

    doc = hand_doc(["Supporters", "have", "marched", "there", "before", "."],
                   ["supporter", "have", "march", "there", "before", "."],
                   ["NOUN", "AUX", "VERB", "ADV", "ADV", "PUNCT"],
                   ["nsubj", "aux", "ROOT", "advmod", "advmod", "punct"],
                   [2, 2, 2, 2, 2, 2],
                   ["NNS", "VBP", "VBN", "RB", "RB", "."])
    assert told_as_earlier(doc[2])


def test_once_again_is_news_not_background():
    from hotspot.understand.events.flags import told_as_earlier
    from tests.understand.events.handbuilt import hand_doc

    doc = hand_doc(["Protesters", "once", "again", "marched", "."],
                   ["protester", "once", "again", "march", "."],
                   ["NOUN", "ADV", "ADV", "VERB", "PUNCT"],
                   ["nsubj", "advmod", "advmod", "ROOT", "punct"],
                   [3, 2, 3, 3, 3],
                   ["NNS", "RB", "RB", "VBD", "."])
    assert not told_as_earlier(doc[3])


def test_a_march_before_a_vote_is_not_set_before(understand_nlp):
    events = _code(understand_nlp, "Supporters marched before the vote on Monday.", "2025-06-10")
    [march] = [e for e in events if e.trigger.text == "marched"]
    assert _current(march)


def test_a_meeting_told_in_the_present_with_a_date_ahead_is_future(understand_nlp):
    [meet] = [e for e in _code(understand_nlp, "The two leaders meet in Bishkek on June 20.", "2025-06-12") if e.trigger.text == "meet"]
    assert meet.future and not meet.historical
    assert meet.date is not None and meet.date.value == "2025-06-20"


def test_a_headline_present_with_a_day_just_past_is_current(understand_nlp):
    [meets] = [e for e in _code(understand_nlp, "Kazakh president meets Putin on Tuesday", "2025-06-12") if e.trigger.text == "meets"]
    assert _current(meets)


def test_skipping_a_summit_is_no_meeting(understand_nlp):
    [summit] = [e for e in _code(understand_nlp, "The prime minister skipped the summit of the alliance.", "2025-06-12")
                if e.trigger.text == "summit"]
    assert summit.negated


def test_what_followed_a_background_act_is_background(understand_nlp):
    text = "In 1994 the landlord was found dead. Police questioned two regulars. A driver was arrested nine days later."
    [arrested] = [e for e in _code(understand_nlp, text, "2025-10-09") if e.trigger.text == "arrested"]
    assert arrested.historical


def test_what_followed_a_fresh_act_is_fresh(understand_nlp):
    text = "Police detained the activist on Monday. He was later released without charge."
    [released] = [e for e in _code(understand_nlp, text, "2025-10-09") if e.trigger.text == "released"]
    assert _current(released)


def test_a_leaders_first_term_is_past(understand_nlp):
    events = _code(understand_nlp, "During his first term he pulled the country out of the treaty.", "2025-11-19")
    [pulled] = [e for e in events if e.trigger.text == "pulled"]
    assert pulled.historical


def test_a_summit_dated_next_month_is_future(understand_nlp):
    text = "Brussels should raise the sentences at the summit in Samarkand next month."
    [summit] = [e for e in _code(understand_nlp, text, "2026-01-20") if e.trigger.text == "summit"]
    assert summit.future or summit.hypothetical
    assert not summit.historical


def test_a_past_act_beside_a_later_date_stays_done(understand_nlp):
    text = "The parliament approved the deal, and the summit in March 2027 will seal it."
    [approved] = [e for e in _code(understand_nlp, text, "2026-01-20") if e.trigger.text == "approved"]
    assert not approved.future


def test_that_winter_is_a_past_season(understand_nlp):
    text = "The protests began in November 2024. Police arrested hundreds of demonstrators that winter."
    [arrested] = [e for e in _code(understand_nlp, text, "2026-02-12") if e.trigger.text == "arrested"]
    assert arrested.historical


def test_a_month_named_with_that_is_past(understand_nlp):
    text = "The war began in February 2022. That June, the president refused to recognise the breakaway republics."
    [refused] = [e for e in _code(understand_nlp, text, "2025-11-01") if e.trigger.text == "refused"]
    assert refused.historical


def test_the_following_months_go_on_from_a_background_act(understand_nlp):
    text = "Gunmen attacked a theatre in March 2024. In the following months police detained hundreds of migrants."
    [detained] = [e for e in _code(understand_nlp, text, "2025-11-20") if e.trigger.text == "detained"]
    assert detained.historical


def test_the_next_day_after_a_fresh_act_is_fresh(understand_nlp):
    text = "Protesters rallied in the capital on Monday. The next day police detained forty of them."
    [detained] = [e for e in _code(understand_nlp, text, "2026-03-04") if e.trigger.text == "detained"]
    assert _current(detained)


def test_the_coup_of_an_anniversary_is_past(understand_nlp):
    events = _code(understand_nlp, "The junta freed two former ministers on the coup anniversary.", "2026-07-30")
    assert _by_trigger(events, "coup").historical
    assert _current(_by_trigger(events, "freed"))


def test_a_familys_account_of_abuse_is_alleged(understand_nlp):
    events = _code(understand_nlp, "His relatives say guards have beaten him repeatedly.", "2025-06-26")
    assert _by_trigger(events, "beaten").alleged


def test_an_account_by_the_police_is_not_alleged(understand_nlp):
    events = _code(understand_nlp, "Police said officers had detained two men on Monday.", "2025-06-26")
    assert not _by_trigger(events, "detained").alleged


def test_would_in_a_clause_reported_in_the_past_is_the_speakers_will(understand_nlp):
    text = "The embassy said the two governments would sign a trade pact next month."
    sign = _by_trigger(_code(understand_nlp, text, "2026-03-01"), "sign")
    assert sign.future and not sign.hypothetical


def test_a_conjunct_with_its_own_subject_and_tense_takes_no_would(understand_nlp):
    text = "The governor told reporters the new tolls would hurt commuters and he blamed the assembly for the shortfall."
    blamed = _by_trigger(_code(understand_nlp, text, "2026-03-01"), "blamed")
    assert not blamed.future and not blamed.hypothetical


def test_a_conjunct_without_a_subject_shares_the_will(understand_nlp):
    events = _code(understand_nlp, "The two presidents will meet in Geneva and sign the treaty.", "2026-03-01")
    assert _by_trigger(events, "sign").future


def test_would_with_a_condition_stays_hypothetical(understand_nlp):
    text = "The general said the army would strike back if the town was attacked."
    events = _code(understand_nlp, text, "2026-03-01")
    assert all(e.hypothetical for e in events if e.trigger.text in ("strike", "attacked"))


def test_a_year_in_what_a_fine_answers_for_does_not_date_the_fine(understand_nlp):
    text = "The judge on Friday jailed a Kanpur trader for seven years and fined him Rs 10,000 for the death of his brother in 2017."
    fined = _by_trigger(_code(understand_nlp, text, "2026-03-04"), "fined")
    assert not fined.historical


def test_a_year_that_dates_the_jailing_itself_still_makes_it_history(understand_nlp):
    text = "The landlord was jailed for two years in 2018."
    jailed = _by_trigger(_code(understand_nlp, text, "2026-03-04"), "jailed")
    assert jailed.historical


def test_a_month_in_a_quotation_does_not_set_the_storys_time(understand_nlp):
    text = ("The mayor walked out on Monday, saying he would \"not sit on a board whose report was written in March\". "
            "He accused the governor of running a purge.")
    accused = _by_trigger(_code(understand_nlp, text, "2026-06-04"), "accused")
    assert not accused.historical


def test_a_month_of_the_main_clause_still_sets_the_storys_time(understand_nlp):
    text = "The mayor walked out of the board in March. He accused the governor of running a purge."
    accused = _by_trigger(_code(understand_nlp, text, "2026-06-04"), "accused")
    assert accused.historical


def test_a_year_in_what_is_called_for_still_dates_the_call(understand_nlp):
    text = "The rector signed an open letter calling for a ceasefire in 2022."
    calling = _by_trigger(_code(understand_nlp, text, "2026-06-04"), "calling")
    assert calling.historical


def test_a_threat_made_on_a_condition_is_itself_told(understand_nlp):
    text = "The nurses' union has warned of a strike if the pay offer is not improved."
    warned = _by_trigger(_code(understand_nlp, text, "2026-03-01"), "warned")
    assert _current(warned)


def test_a_threat_that_would_be_made_on_a_condition_stays_hypothetical(understand_nlp):
    text = "The mayor said the council would threaten legal action if the company refused to pay."
    threaten = _by_trigger(_code(understand_nlp, text, "2026-03-01"), "threaten")
    assert threaten.hypothetical


def test_a_planned_rally_is_to_come(understand_nlp):
    rally = _by_trigger(_code(understand_nlp, "The opposition called supporters to the planned rally in the capital.", "2026-03-01"), "rally")
    assert rally.future and not rally.hypothetical


def test_an_awaited_trial_is_to_come(understand_nlp):
    trial = _by_trigger(_code(understand_nlp, "The three men are in jail as they await trial.", "2026-03-01"), "trial")
    assert trial.future


def test_an_expected_act_is_hypothetical(understand_nlp):
    sign = _by_trigger(_code(understand_nlp, "The foreign ministers are expected to sign a trade agreement in Astana.", "2026-03-01"), "sign")
    assert sign.hypothetical


def test_an_actors_own_expectation_stays_its_plan(understand_nlp):
    sign = _by_trigger(_code(understand_nlp, "The ministry expects to sign a trade agreement with Tashkent.", "2026-03-01"), "sign")
    assert not sign.hypothetical


def test_a_planned_event_set_against_an_expected_act_stays_future(understand_nlp):
    text = "Lawmakers are expected to debate the budget during the planned protest outside parliament."
    protest = _by_trigger(_code(understand_nlp, text, "2026-03-01"), "protest")
    assert protest.future and not protest.hypothetical


def test_a_modal_of_the_main_clause_does_not_reach_an_as_clause(understand_nlp):
    text = "As the rebels shell the border villages, the ministry may close the crossing."
    shell = _by_trigger(_code(understand_nlp, text, "2026-03-01"), "shell")
    assert not shell.hypothetical


def test_last_year_is_past_in_a_text_without_a_date(understand_nlp):
    text = "Police arrested the mayor last year, and the court sentenced him to five years in prison in February."
    assert _by_trigger(_code(understand_nlp, text), "arrested").historical is True


def test_over_the_last_year_reaches_the_present(understand_nlp):
    text = "Over the last year police have arrested dozens of activists in the capital."
    assert _by_trigger(_code(understand_nlp, text), "arrested").historical is not True


def test_last_year_is_read_against_the_articles_date_when_it_has_one(understand_nlp):
    text = "Police arrested the mayor last year, and the court sentenced him to five years in prison on Monday."
    assert _by_trigger(_code(understand_nlp, text, "2026-01-05"), "arrested").historical is not True


def test_the_first_to_act_in_commentary_is_its_background(understand_nlp):
    text = _COMMENTARY + " Estonia was the first to expel the Russian diplomats, and the others followed."
    assert _by_trigger(_code(understand_nlp, text), "expel").historical is True


def test_the_first_to_act_now_stays_current(understand_nlp):
    text = _COMMENTARY + " Estonia is the first to expel the Russian diplomats, and the others follow."
    assert _by_trigger(_code(understand_nlp, text), "expel").historical is not True


def test_an_as_clause_after_a_modal_main_clause_stays_in_its_scope(understand_nlp):
    text = "The ministry may close the crossing as the rebels shell the border villages."
    shell = _by_trigger(_code(understand_nlp, text, "2026-03-01"), "shell")
    assert shell.hypothetical


def test_a_month_of_last_year_in_dated_news_is_background(understand_nlp):
    text = "Police arrested the mayor in March last year after an audit of the city budget."
    assert _by_trigger(_code(understand_nlp, text, "2025-03-14"), "arrested").historical is True


def test_a_participle_clause_takes_the_time_of_its_clause(understand_nlp):
    text = "The widow of the murdered guard once wrote to the interior minister, begging him for more police officers."
    assert _by_trigger(_code(understand_nlp, text, "2025-10-09"), "begging").historical is True


def test_a_participle_clause_of_fresh_news_stays_current(understand_nlp):
    text = "Police fired on the crowd in the capital on Monday, killing three protesters."
    assert _by_trigger(_code(understand_nlp, text, "2025-10-09"), "killing").historical is False


def test_a_past_relative_clause_set_off_after_a_name_is_background(understand_nlp):
    text = "Ortiz, who seized power in a coup, now says he will hold elections next year."
    assert _by_trigger(_code(understand_nlp, text, "2025-10-09"), "seized").historical is True


def test_a_restrictive_relative_clause_keeps_its_time(understand_nlp):
    text = "The man who attacked the guards has told the court he acted alone."
    assert _by_trigger(_code(understand_nlp, text, "2025-10-09"), "attacked").historical is not True


def test_a_year_after_since_starts_a_span_that_reaches_the_present(understand_nlp):
    text = "Since 2022 the government has refused to join the sanctions against its neighbour."
    assert _by_trigger(_code(understand_nlp, text, "2026-03-01"), "refused").historical is not True


def test_a_year_of_its_own_dates_a_past_act(understand_nlp):
    text = "In 2022 the government refused to join the sanctions against its neighbour."
    assert _by_trigger(_code(understand_nlp, text, "2026-03-01"), "refused").historical is True


def test_a_perfect_progressive_since_a_date_reaches_the_present(understand_nlp):
    text = "The two armies have been fighting since April 2023 in the border provinces."
    assert _by_trigger(_code(understand_nlp, text, "2026-03-01"), "fighting").historical is not True


def test_a_present_perfect_takes_no_past_time_from_a_date_in_its_clause(understand_nlp):
    text = "The opposition leader has been held in pretrial detention since his arrest in November."
    assert _by_trigger(_code(understand_nlp, text, "2026-03-01"), "held").historical is not True


def test_the_event_a_span_starts_from_keeps_its_own_date(understand_nlp):
    text = "Since the invasion of its neighbour in 2022, the government has expelled dozens of diplomats."
    events = _code(understand_nlp, text, "2026-03-01")
    assert _by_trigger(events, "invasion").historical is True
    assert _by_trigger(events, "expelled").historical is not True


def test_an_event_noun_after_since_in_a_perfect_clause_is_past(understand_nlp):
    text = "The colonel has ruled the country since a coup in September 2022."
    assert _by_trigger(_code(understand_nlp, text, "2026-03-01"), "coup").historical is True


def test_what_a_tale_tells_is_hypothetical(understand_nlp):
    # "the story goes that ...", "legend has it that ...": a told tale, not an act of the news
    text = ("The story goes that two soldiers are arrested for a crime and locked up in separate cells. "
            "The mayor said the police arrested two men.")
    events = _code(understand_nlp, text, "2024-03-06")
    assert _by_trigger(events, "arrested").hypothetical is True
    assert _current([e for e in events if e.trigger.text == "arrested"][1])
    legend = _code(understand_nlp, "Legend has it that soldiers detained the chief and his sons.", "2024-03-06")
    assert _by_trigger(legend, "detained").hypothetical is True


def test_avoiding_an_act_negates_it(understand_nlp):
    [criticism] = [e for e in _code(understand_nlp, "The state senators avoided open criticism of the striking nurses.", "2025-06-12")
                   if e.trigger.text == "criticism"]
    assert criticism.negated


def test_refraining_from_an_act_negates_it(understand_nlp):
    [condemning] = [e for e in _code(understand_nlp, "The ministers refrained from condemning the raid on the newspaper.",
                                     "2025-06-12") if e.trigger.text == "condemning"]
    assert condemning.negated


def test_what_a_statement_one_refrains_from_is_about_still_happened(understand_nlp):
    [raid] = [e for e in _code(understand_nlp, "The ministers refrained from condemning the raid on the newspaper.",
                               "2025-06-12") if e.trigger.text == "raid"]
    assert not raid.negated


def test_an_opportunity_for_an_act_is_hypothetical(understand_nlp):
    [inquiry] = [e for e in _code(understand_nlp, "There is still an opportunity for a wider inquiry into the ministry.",
                                  "2025-06-12") if e.trigger.text == "inquiry"]
    assert inquiry.hypothetical


def test_a_conjunct_shares_the_aim_of_a_noun_s_infinitive(understand_nlp):
    events = _code(understand_nlp, "The council backed a plan to seize and demolish the empty barracks.", "2025-06-12")
    assert _by_trigger(events, "demolish").hypothetical


def test_what_an_aim_pushes_someone_into_is_hypothetical(understand_nlp):
    events = _code(understand_nlp, "The minister's plan to coerce the regulator into dropping the case was a mistake.",
                   "2025-06-12")
    assert _by_trigger(events, "dropping").hypothetical


def test_what_someone_was_pushed_into_happened(understand_nlp):
    events = _code(understand_nlp, "The rebels forced the mayor into resigning last week.", "2025-06-12")
    assert _current(_by_trigger(events, "resigning"))


def test_an_aim_does_not_reach_a_relative_clause(understand_nlp):
    events = _code(understand_nlp, "The group launched a campaign to free the men who were arrested on Monday.", "2025-06-12")
    assert not _by_trigger(events, "arrested").hypothetical


def test_a_likeness_to_an_act_is_hypothetical(understand_nlp):
    events = _code(understand_nlp, "The opposition described the new checkpoints as tantamount to an invasion of the city.",
                   "2025-06-12")
    assert _by_trigger(events, "invasion").hypothetical



def test_an_act_under_used_to_is_a_past_habit(understand_nlp):
    text = "Years before the reform, the militia used to raid villages along the river."
    assert _by_trigger(_code(understand_nlp, text, "2024-03-06"), "raid").historical is True


def test_the_object_of_a_verb_under_used_to_is_a_past_habit(understand_nlp):
    text = "The two governments used to hold talks in the border town."
    assert _by_trigger(_code(understand_nlp, text, "2024-03-06"), "talks").historical is True


def test_an_act_with_used_as_a_means_is_no_habit(understand_nlp):
    text = "Officers used pepper spray to disperse the marchers outside the parliament on Monday."
    assert not _by_trigger(_code(understand_nlp, text, "2024-03-06"), "disperse").historical


def test_a_case_opened_by_say_is_a_supposition(understand_nlp):
    # "Say ...", "Suppose ...": the writer puts a case to the reader; nothing is told as done
    events = _code(understand_nlp, "Say the province demanded that the capital return its funds.", "2024-03-06")
    assert _by_trigger(events, "demanded").hypothetical is True
    suppose = _code(understand_nlp, "Suppose the governor refused to sign the budget.", "2024-03-06")
    assert _by_trigger(suppose, "refused").hypothetical is True


def test_what_someone_says_was_demanded_is_no_supposition(understand_nlp):
    events = _code(understand_nlp, "The governor said the province demanded that the capital return its funds.", "2024-03-06")
    assert _current(_by_trigger(events, "demanded"))


def test_a_month_naming_the_occasion_dates_the_act(understand_nlp):
    # "in an August speech": the speech is when the words in it were said
    events = _code(understand_nlp, "In a March speech, the governor attacked the senator as a liar.", "2026-06-10")
    assert _by_trigger(events, "attacked").historical is True
    year = _code(understand_nlp, "In a 2019 interview, the governor attacked the senator as a liar.", "2026-06-10")
    assert _by_trigger(year, "attacked").historical is True


def test_the_month_of_may_before_a_noun_is_no_date(understand_nlp):
    # "the May government" names a prime minister, not a month
    from datetime import date

    from hotspot.understand.events.dates import find_dates

    assert find_dates("The May government attacked the plan.", date(2026, 6, 10)) == []
    assert [d.value for d in find_dates("In an August speech she attacked the plan.", date(2026, 10, 1))] == ["2026-08"]


def test_an_act_a_way_or_step_leads_toward_is_hypothetical(understand_nlp):
    # "paved the way for", "a step toward", "the groundwork for": a goal not yet reached
    way = _code(understand_nlp, "The ruling paved the way for a public inquiry into the prison.", "2026-06-10")
    assert _by_trigger(way, "inquiry").hypothetical
    step = _code(understand_nlp, "The vote is a step toward tougher sanctions on the regime.", "2026-06-10")
    assert _by_trigger(step, "sanctions").hypothetical
    ground = _code(understand_nlp, "The envoys laid the groundwork for talks and a ceasefire.", "2026-06-10")
    assert _by_trigger(ground, "talks").hypothetical and _by_trigger(ground, "ceasefire").hypothetical


def test_a_journey_to_an_act_is_no_goal(understand_nlp):
    # "on the way to the rally": the rally takes place; "the route of the march" is the march's own
    events = _code(understand_nlp, "Protesters were arrested on the way to the rally.", "2026-06-10")
    assert not _by_trigger(events, "rally").hypothetical
    route = _code(understand_nlp, "Officials mapped the route of the march through the city.", "2026-06-10")
    assert not _by_trigger(route, "march").hypothetical


def test_a_scheduled_event_under_a_want_stays_future(understand_nlp):
    # "the upcoming summit" is on the calendar whatever the rebels may try against it
    events = _code(understand_nlp, "The rebels may try to disrupt the upcoming summit.", "2026-03-01")
    summit = _by_trigger(events, "summit")
    assert summit.future and not summit.hypothetical
    aimed = _code(understand_nlp, "The arrests aim at scaring people away from the planned protest rallies.", "2026-03-01")
    assert not _by_trigger(aimed, "rallies").hypothetical


def test_a_scheduled_event_in_doubt_itself_stays_hypothetical(understand_nlp):
    # the rally's own clause doubts it: a condition on it, a modal of which it is the subject
    cond = _code(understand_nlp, "If the planned rally goes ahead, police will close the square.", "2026-03-01")
    assert _by_trigger(cond, "rally").hypothetical
    subject = _code(understand_nlp, "The planned rally may be cancelled.", "2026-03-01")
    assert _by_trigger(subject, "rally").hypothetical


def test_what_a_refusal_or_failure_is_to_do_is_negated(understand_nlp):
    # nouns of refusing and failing keep the sense of their verbs: the inquiry was not ordered, no talks were held
    refusal = _code(understand_nlp, "Lawyers challenged the ministry's refusal to order a public inquiry.", "2026-03-01")
    assert _by_trigger(refusal, "inquiry").negated
    failure = _code(understand_nlp, "The council's failure to hold talks angered the unions.", "2026-03-01")
    assert _by_trigger(failure, "talks").negated
    decision = _code(understand_nlp, "The council's decision to hold talks angered the unions.", "2026-03-01")
    assert not _by_trigger(decision, "talks").negated


def test_would_have_in_reported_speech_is_a_counterfactual(understand_nlp):
    # "would have objected" tells what did not happen; "would attack" is the speaker's "will" told from the past
    events = _code(understand_nlp, "The envoy said the cabinet would have objected to the merger of the two firms.", "2026-03-01")
    objected = _by_trigger(events, "objected")
    assert objected.hypothetical and not objected.future
    plain = _code(understand_nlp, "He said the army would attack the town.", "2026-03-01")
    assert _by_trigger(plain, "attack").future


def test_talks_due_next_week_are_future(understand_nlp):
    # a headline's "talks due in Geneva next week": "due" on the noun puts it on the calendar (events v58)
    talks = _by_trigger(_code(understand_nlp, "The government summons the envoy; talks due in Geneva next week.",
                              "2026-03-01"), "talks")
    assert talks.future


def test_sanctions_due_to_a_war_are_not_scheduled(understand_nlp):
    # causal "due to" is no schedule
    sanctions = _by_trigger(_code(understand_nlp, "The sanctions due to the invasion hurt exports.", "2026-03-01"),
                            "sanctions")
    assert not sanctions.future


def test_an_inquiry_a_release_is_pending_is_yet_to_come(understand_nlp):
    # "pending" (a preposition here) names what the bail waits for (events v58)
    events = _code(understand_nlp, "Three men were freed on bail pending further inquiries into the brawl.", "2026-03-01")
    assert _by_trigger(events, "inquiries").future
    assert not _by_trigger(events, "freed").future


def test_an_era_phrase_between_auxiliary_and_participle_dates_the_clause(understand_nlp):
    text = "Officers of the border unit have in the past been accused of beating migrants."
    e = _by_trigger(_code(understand_nlp, text, "2025-06-10"), "accused")
    assert e.historical is True


def test_an_announced_protest_is_yet_to_come(understand_nlp):
    text = "The farmers' union announced a protest outside the parliament on Thursday."
    e = _by_trigger(_code(understand_nlp, text, "2025-06-10"), "protest")
    assert e.future and not e.negated


def test_an_announced_sanction_is_not_made_future(understand_nlp):
    text = "The government announced new sanctions on the company."
    e = _by_trigger(_code(understand_nlp, text, "2025-06-10"), "sanctions")
    assert not e.future


def test_a_negated_if_clause_is_a_condition_not_a_denial(understand_nlp):
    text = "The union said it would call a strike if its leader was not released by Monday."
    e = _by_trigger(_code(understand_nlp, text, "2025-06-10"), "released")
    assert e.hypothetical and not e.negated


# --------------------------------------------------------------------------- v61: discourse of status


def test_a_conjunct_without_a_time_of_its_own_goes_on_in_the_era(understand_nlp):
    text = "Prosecutors said at the time that money had flowed abroad, and police arrested dozens of couriers."
    assert _by_trigger(_code(understand_nlp, text, "2026-04-03"), "arrested").historical is True


def test_a_conjunct_with_a_time_of_its_own_starts_afresh(understand_nlp):
    text = "Last summer police detained the editor, and this week a court sentenced him."
    events = _code(understand_nlp, text, "2026-04-03")
    assert _by_trigger(events, "detained").historical is True
    assert not _by_trigger(events, "sentenced").historical


def test_a_relative_clause_in_an_appositive_on_a_name_is_background(understand_nlp):
    text = "The inquiry is being led by Marta Ilves, the veteran lawyer who prosecuted the former governor."
    assert _by_trigger(_code(understand_nlp, text, "2018-03-30"), "prosecuted").historical is True


def test_an_appositive_relative_clause_that_says_it_is_recent_keeps_its_time(understand_nlp):
    text = "Ortiz, a lawyer who sued the ministry last week, says he will appeal."
    assert not _by_trigger(_code(understand_nlp, text, "2018-03-30"), "sued").historical


def test_a_disputed_account_is_alleged(understand_nlp):
    text = ("Police arrested 23 people at the march on Thursday. The statement said two officers were injured.\n\n"
            "Organisers disputed the police account.")
    events = _code(understand_nlp, text, "2024-10-04")
    assert _by_trigger(events, "injured").alleged
    assert _current(_by_trigger(events, "arrested"))


def test_an_account_nobody_disputes_is_not_alleged(understand_nlp):
    text = "The statement said two officers were injured. Organisers called for calm."
    assert not _by_trigger(_code(understand_nlp, text, "2024-10-04"), "injured").alleged


def test_a_conjunct_of_the_reporting_verb_is_not_the_disputed_account(understand_nlp):
    text = "He alleged that police had raided the offices, and demanded the release of the detainees. The minister rejected the allegations."
    events = _code(understand_nlp, text, "2023-06-08")
    assert not _by_trigger(events, "demanded").alleged


def test_a_different_account_is_alleged(understand_nlp):
    text = "Dushanbe gave a different account, saying Kyrgyz guards had opened fire first."
    assert _by_trigger(_code(understand_nlp, text, "2026-11-18"), "opened").alleged


def test_an_announced_different_account_makes_the_next_report_alleged(understand_nlp):
    text = "The government in Kabul gave a very different account. Its spokesman said the jets had killed eleven civilians."
    assert _by_trigger(_code(understand_nlp, text, "2026-03-12"), "killed").alleged


def test_not_the_first_time_tells_the_earlier_occurrence(understand_nlp):
    text = "It is not the first time the blogger has been arrested in Armenia."
    assert _by_trigger(_code(understand_nlp, text, "2025-03-14"), "arrested").historical is True


def test_not_the_first_sets_the_next_sentence_before_the_news(understand_nlp):
    text = "It is not the reporter's first brush with the authorities. He was arrested during the protests after the election."
    assert _by_trigger(_code(understand_nlp, text, "2025-03-14"), "arrested").historical is True


def test_not_for_the_first_time_is_a_repeat_now(understand_nlp):
    text = "Police arrested him on Monday. Not for the first time, police detained the editor."
    assert not _by_trigger(_code(understand_nlp, text, "2025-03-14"), "detained").historical


def test_an_act_of_early_last_year_is_background_in_january(understand_nlp):
    events = _code(understand_nlp, "The government banned maize exports in early 2024.", "2025-01-21")
    assert _by_trigger(events, "banned").historical is True
    later = _code(understand_nlp, "The government banned maize exports in late 2024.", "2025-01-21")
    assert not _by_trigger(later, "banned").historical


def test_a_report_set_against_another_is_alleged(understand_nlp):
    text = ("While the two ministries say they have met the herders' councils, campaigners insist the dam was approved "
            "behind closed doors.")
    assert _by_trigger(_code(understand_nlp, text, "2023-11-15"), "met").alleged


def test_a_while_clause_that_reports_nothing_is_not_contested(understand_nlp):
    text = "While police arrested ten men on Monday, the ministry said the march was peaceful."
    assert not _by_trigger(_code(understand_nlp, text, "2023-11-15"), "arrested").alleged
