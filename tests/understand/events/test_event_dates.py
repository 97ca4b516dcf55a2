"""The date grammar (hotspot.understand.events.dates): no model needed."""

from __future__ import annotations

from datetime import date

from hotspot.understand.events import find_dates, reference_date
from hotspot.understand.events.dates import date_of_event, first_day, last_day, latest_date_mentioned


def _values(text: str, ref: date | None) -> list[tuple[str | None, str | None]]:
    return [(d.value, d.granularity) for d in find_dates(text, ref)]


def test_full_date_is_a_day():
    assert _values("On January 3, 2022 he spoke.", None) == [("2022-01-03", "day")]


def test_month_and_year_is_a_month():
    assert _values("In January 2022, protests took place.", None) == [("2022-01", "month")]


def test_bare_year_after_in_is_a_year():
    assert _values("a revolution in 2005", None) == [("2005", "year")]


def test_relative_dates_need_a_reference():
    assert _values("They met last week.", None) == [(None, None)]


def test_last_week_resolves_against_the_reference():
    assert _values("They met last week.", date(2022, 1, 12)) == [("2022-W01", "week")]


def test_weekday_is_the_latest_such_day_not_after_the_reference():
    assert _values("on Monday", date(2022, 1, 12)) == [("2022-01-10", "day")]


def test_impossible_date_is_null_not_guessed():
    assert _values("On February 30, 2022 nothing happened.", None)[0][0] is None


def test_reference_is_the_given_date_else_none_never_a_date_guessed_from_the_text():
    assert reference_date("In 2005 and on March 3, 2021.", "2023-05-01") == date(2023, 5, 1)
    assert reference_date("In 2005 and on March 3, 2021.", None) is None
    assert reference_date("Nothing dated here.", None) is None


def test_unparseable_reference_is_none():
    assert reference_date("no dates", "not a date") is None


def test_latest_date_mentioned_is_offered_apart_as_a_bound():
    assert latest_date_mentioned("In 2005 and on March 3, 2021.") == date(2021, 3, 3)
    assert latest_date_mentioned("In 2024, new conflicts may occur.") == date(2024, 12, 31)
    assert latest_date_mentioned("Nothing dated here.") is None


# Full dates keep their granularity, whatever surrounds them.


def test_full_date_with_its_weekday_is_one_day():
    assert _values("Monday, January 3, 2022: protests began.", None) == [("2022-01-03", "day")]
    assert _values("on Monday 3 January 2022", date(2024, 5, 1)) == [("2022-01-03", "day")]


def test_a_range_of_days_is_its_first_day_in_the_stated_year():
    assert _values("Protests on January 2-5, 2022.", date(2024, 5, 1)) == [("2022-01-02", "day")]
    assert _values("from 2 to 5 January 2022", None) == [("2022-01-02", "day")]


def test_a_range_across_months_takes_the_year_of_its_dated_end():
    assert _values("from December 30 to January 2, 2022", None) == [("2021-12-30", "day"), ("2022-01-02", "day")]


def test_sentence_initial_year_is_found():
    assert _values("In 2005, troops opened fire.", None) == [("2005", "year")]
    assert _values("In mid-2022 the talks stalled.", None) == [("2022", "year")]
    assert _values("amid 2022 figures", None) == []


def test_a_day_without_a_year_takes_the_year_stated_before_it():
    assert _values("In January 2022 protests began, and on January 5 troops came.", date(2024, 5, 1)) == [
        ("2022-01", "month"), ("2022-01-05", "day")]
    assert _values("On 5 January, after the events of 3 March 2021, ...", None)[0] == (None, None)


def test_since_a_year_does_not_date_a_later_day():
    assert _values("Russia has held Crimea since 2014; on March 3 it said so.", date(2024, 5, 1))[1] == ("2024-03-03", "day")


def test_a_day_without_a_year_is_unresolved_without_a_reference():
    assert _values("on March 3", None) == [(None, None)]


# Relative dates against the reference date.


def test_relative_days_weeks_months_and_years():
    ref = date(2022, 1, 12)  # a Wednesday
    assert _values("yesterday", ref) == [("2022-01-11", "day")]
    assert _values("tomorrow", ref) == [("2022-01-13", "day")]
    assert _values("two days ago", ref) == [("2022-01-10", "day")]
    assert _values("a week ago", ref) == [("2022-W01", "week")]
    assert _values("next week", ref) == [("2022-W03", "week")]
    assert _values("last month", ref) == [("2021-12", "month")]
    assert _values("three months ago", ref) == [("2021-10", "month")]
    assert _values("next month", ref) == [("2022-02", "month")]
    assert _values("last year", ref) == [("2021", "year")]


def test_next_weekday_is_after_the_reference_and_a_plain_one_before():
    ref = date(2022, 1, 12)  # a Wednesday
    assert _values("next Monday", ref) == [("2022-01-17", "day")]
    assert _values("On Monday, police came.", ref) == [("2022-01-10", "day")]
    assert _values("on Wednesday", ref) == [("2022-01-12", "day")]


def test_a_week_covers_monday_to_sunday():
    [week] = find_dates("last week", date(2022, 1, 12))
    assert first_day(week) == date(2022, 1, 3) and last_day(week) == date(2022, 1, 9)


# The date of an event.


def _blank(text: str):
    from spacy.lang.en import English

    return English()(text)


def test_event_in_a_year_is_narrowed_to_a_finer_date_of_its_sentence_within_that_year():
    doc = _blank("On January 3, 2022 the president named the reasons for the riots in 2022.")
    riots = next(t for t in doc if t.text == "riots")
    chosen = date_of_event(find_dates(doc.text, None), doc, riots, riots)
    assert (chosen.value, chosen.granularity) == ("2022-01-03", "day")


def test_event_in_a_year_keeps_the_year_when_the_finer_date_is_another_year():
    doc = _blank("On January 3, 2023 the president named the reasons for the riots in 2022.")
    riots = next(t for t in doc if t.text == "riots")
    chosen = date_of_event(find_dates(doc.text, None), doc, riots, riots)
    assert (chosen.value, chosen.granularity) == ("2022", "year")


def test_the_next_month_of_a_story_is_not_the_month_after_the_reference():
    assert _values("The next month, troops withdrew.", date(2024, 5, 1)) == []
    assert _values("Talks resume next month.", date(2024, 5, 1)) == [("2024-06", "month")]


def test_the_new_year_is_the_january_of_the_references_year():
    assert _values("Kazakhstan entered the New Year with a nightmare.", date(2022, 5, 28)) == [("2022-01", "month")]


def test_the_new_year_written_in_december_is_the_coming_january():
    assert _values("Prices will rise in the New Year.", date(2021, 12, 20)) == [("2022-01", "month")]


def test_new_years_eve_and_day_are_days():
    assert _values("On New Year's Eve and on New Year's Day they marched.", date(2022, 5, 28)) == [
        ("2021-12-31", "day"), ("2022-01-01", "day"),
    ]


def test_the_new_year_needs_a_reference_and_another_calendars_is_not_it():
    assert _values("entered the New Year", None) == [(None, None)]
    assert _values("for the Lunar New Year", date(2022, 5, 28)) == []


def test_another_calendars_new_year_and_a_greeting_are_no_dates():
    assert _values("They marked the Iranian New Year and wished everyone a Happy New Year.", date(2022, 5, 28)) == []


# A month named alone, and a year that names which of a kind.


def test_a_month_alone_is_the_latest_such_month_not_after_the_reference():
    ref = date(2025, 10, 24)
    assert _values("The US sanctioned a bank in January.", ref) == [("2025-01", "month")]
    assert _values("They met in November.", ref) == [("2024-11", "month")]


def test_last_this_and_next_month_are_read_against_the_references_month():
    ref = date(2026, 6, 19)
    assert _values("He was indicted last October.", ref) == [("2025-10", "month")]
    assert _values("He was indicted last March.", ref) == [("2026-03", "month")]
    assert _values("Talks resume next March.", ref) == [("2027-03", "month")]
    assert _values("The vote is due this September.", ref) == [("2026-09", "month")]


def test_a_month_alone_takes_the_year_stated_before_it():
    assert _values("In 2022, in January, protests began.", date(2025, 10, 24)) == [("2022", "year"), ("2022-01", "month")]


def test_a_month_alone_needs_a_reference_or_a_stated_year():
    assert _values("They met in January.", None) == [(None, None)]


def test_a_month_that_bounds_a_period_and_a_short_name_are_no_dates():
    ref = date(2025, 10, 24)
    assert _values("They have detained dozens since June and will keep them until March.", ref) == []
    assert _values("The report was written by Jan Kowalski.", ref) == []


def test_a_month_with_a_day_or_a_year_stays_a_day_or_a_month_of_that_year():
    ref = date(2025, 10, 24)
    assert _values("on March 3", ref) == [("2025-03-03", "day")]
    assert _values("in May 2023", ref) == [("2023-05", "month")]


def test_between_two_years_dates_the_first():
    assert _values("people were killed between 1973 and 1990", None) == [("1973", "year")]


def test_a_year_before_a_noun_names_it_and_dates_only_that_noun():
    from tests.understand.parses import doc_from_rows

    # "The 2011 strike ended when the government agreed."
    doc = doc_from_rows([
        ("The", 2, "det", "DET", "the"), ("2011", 2, "nummod", "NUM", "2011"), ("strike", 3, "nsubj", "NOUN", "strike"),
        ("ended", 3, "ROOT", "VERB", "end"), ("when", 7, "advmod", "SCONJ", "when"), ("the", 6, "det", "DET", "the"),
        ("government", 7, "nsubj", "NOUN", "government"), ("agreed", 3, "advcl", "VERB", "agree"),
        (".", 3, "punct", "PUNCT", "."),
    ])
    [year] = find_dates(doc.text, None)
    assert (year.value, year.modifier) == ("2011", True)
    chosen = date_of_event([year], doc, doc[2], doc[3])
    assert chosen is not None and chosen.value == "2011"
    assert date_of_event([year], doc, doc[7], doc[7]) is None


def test_a_year_before_the_noun_of_a_time_phrase_dates_the_clause():
    from tests.understand.parses import doc_from_rows

    doc = doc_from_rows([
        ("After", 5, "prep", "ADP", "after"), ("the", 3, "det", "DET", "the"), ("2006", 3, "nummod", "NUM", "2006"),
        ("coup", 0, "pobj", "NOUN", "coup"), ("she", 5, "nsubjpass", "PRON", "she"),
        ("detained", 5, "ROOT", "VERB", "detain"), (".", 5, "punct", "PUNCT", "."),
    ], space_after={0, 1, 2, 3, 4})
    [year] = find_dates(doc.text, None)
    chosen = date_of_event([year], doc, doc[5], doc[5])
    assert chosen is not None and chosen.value == "2006"


def test_the_only_date_of_a_sentence_in_a_clause_of_its_own_does_not_date_the_main_act():
    from tests.understand.parses import doc_from_rows

    # "Jeri, who took office after Congress removed him last October, appealed for calm."
    rows = [
        ("Jeri", 11, "nsubj", "PROPN", "Jeri"), (",", 0, "punct", "PUNCT", ","), ("who", 3, "nsubj", "PRON", "who"),
        ("took", 0, "relcl", "VERB", "take"), ("office", 3, "dobj", "NOUN", "office"),
        ("after", 7, "mark", "SCONJ", "after"), ("Congress", 7, "nsubj", "PROPN", "Congress"),
        ("removed", 3, "advcl", "VERB", "remove"), ("him", 7, "dobj", "PRON", "he"),
        ("last", 10, "amod", "ADJ", "last"), ("October", 7, "npadvmod", "PROPN", "October"),
        ("appealed", 11, "ROOT", "VERB", "appeal"), ("for", 11, "prep", "ADP", "for"),
        ("calm", 12, "pobj", "NOUN", "calm"), (".", 11, "punct", "PUNCT", "."),
    ]
    doc = doc_from_rows(rows)
    [october] = find_dates(doc.text, date(2026, 6, 19))
    assert october.value == "2025-10"
    assert date_of_event([october], doc, doc[11], doc[11]) is None
    assert date_of_event([october], doc, doc[7], doc[7]) is october


def test_a_year_after_a_possessive_names_the_noun_after_it():
    [year] = find_dates("under the banners of Egypt's 2011 uprising", None)
    assert (year.value, year.modifier) == ("2011", True)


def test_a_range_of_years_before_a_noun_names_the_period_by_its_last_year():
    [war] = find_dates("They fought in the 1992-97 civil war.", None)
    assert (war.text, war.value, war.granularity, war.modifier) == ("1992-97", "1997", "year", True)


def test_a_range_of_years_after_a_preposition_modifies_no_noun():
    [period] = find_dates("In 2019-2020, thousands protested.", None)
    assert (period.value, period.modifier) == ("2020", False)


def test_a_month_of_that_year_is_not_the_reference_years():
    assert find_dates("In September that year, thousands rallied.", date(2026, 9, 22)) == []
    assert _values("In September, thousands rallied.", date(2026, 9, 22)) == [("2026-09", "month")]


def test_yearless_day_after_the_reference_has_a_forward_reading():
    [mention] = find_dates("Leaders will meet on June 28.", date(2024, 6, 15))
    assert mention.value == "2023-06-28"  # news tells the past: read backwards unless the clause looks ahead
    assert mention.forward().value == "2024-06-28"


def test_weekday_forward_reading_is_the_coming_one():
    [mention] = find_dates("The talks are set for Thursday.", date(2024, 6, 15))
    assert (mention.value, mention.forward().value) == ("2024-06-13", "2024-06-20")


def test_month_alone_forward_reading_is_this_years():
    [mention] = find_dates("He will visit Moscow in September.", date(2024, 6, 15))
    assert (mention.value, mention.forward().value) == ("2023-09", "2024-09")


def test_stated_year_leaves_no_forward_reading():
    mentions = find_dates("In 2022 the summit was held on June 28.", date(2024, 6, 15))
    assert all(m.ahead is None for m in mentions)


def test_season_is_its_middle_month_before_the_reference():
    assert _values("The inquiry opened in the fall.", date(2018, 3, 30)) == [("2017-10", "month")]


def test_over_the_summer_is_the_last_summer():
    assert _values("The two sides met twice over the summer.", date(2025, 10, 15)) == [("2025-07", "month")]


def test_throughout_the_winter_is_the_last_winter():
    assert _values("Talks went on throughout the winter.", date(2025, 4, 2)) == [("2025-01", "month")]


def test_season_with_its_year_needs_no_reference():
    assert _values("in the summer of 2016", None) == [("2016-07", "month")]


def test_capitalised_spring_is_an_event_not_a_season():
    assert _values("the Arab Spring", date(2018, 3, 30)) == []


def test_fall_of_a_city_is_no_season():
    assert _values("after the fall of Kabul", date(2021, 9, 1)) == []


def test_a_timetable_date_reads_forward_when_nearer():
    from datetime import date

    from hotspot.understand.events.dates import find_dates, scheduled

    ref = date(2025, 6, 12)
    [june] = find_dates("on June 20", ref)
    [tuesday] = find_dates("on Tuesday", ref)
    assert scheduled(june, ref) is not None and scheduled(june, ref).value == "2025-06-20"
    assert scheduled(tuesday, ref) is None


def test_a_month_of_last_year_is_that_month_a_year_back():
    assert _values("The mayor was arrested in March last year.", date(2025, 3, 14)) == [("2024-03", "month")]


def test_a_month_of_this_year_is_the_references_year():
    assert _values("The court fined them in May of this year.", date(2025, 10, 9)) == [("2025-05", "month")]


def test_a_month_of_last_year_needs_a_reference():
    assert _values("The mayor was arrested in March last year.", None) == [(None, None)]


def test_since_a_month_of_last_year_is_a_bound_not_that_month():
    assert _values("He has been held since March last year.", date(2025, 3, 14)) == [("2024", "year")]



def test_early_and_mid_year_end_before_the_year_does():
    # v61: "in early 2024" is over by spring, so background to a page of January 2025; "late 2024" is not
    [early] = find_dates("the ban imposed in early 2024", date(2025, 1, 21))
    [mid] = find_dates("the ban imposed in mid-2024", date(2025, 1, 21))
    [late] = find_dates("the ban imposed in late 2024", date(2025, 1, 21))
    [plain] = find_dates("the ban imposed in 2024", date(2025, 1, 21))
    assert (early.value, early.granularity) == ("2024", "year") and last_day(early) == date(2024, 4, 30)
    assert last_day(mid) == date(2024, 8, 31)
    assert last_day(late) == date(2024, 12, 31) and last_day(plain) == date(2024, 12, 31)
    assert first_day(early) == date(2024, 1, 1)
