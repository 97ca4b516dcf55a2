"""Quotes v23 (issue 14, commentary precision), on parses of sentences written for these tests.

Three kinds of words that look like a report and are none: a title run into the prose ('... Most Read Everything the
Mayor Has Vowed to Fix ...', a list of linked stories a page glued to a paragraph), whose capitalised verb nobody
says; an amount compared as what was promised or said ('promises more than it can deliver'), which tells no content;
and a degree asked after a verb of evidence ('the letter shows how distant the brothers had grown'), the author's measure of
a thing, not a proposition it puts forward.
"""

from __future__ import annotations

from spacy.tokens import Doc

from hotspot.understand.quotes.attribution import Attribution
from hotspot.understand.quotes.gate import _bare_amount, _degree_question, _title_in_prose
from tests.understand.parses import doc_from_rows


def _found(nlp, text: str) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    from hotspot.understand.quotes import find_quotes

    return [(q.text, q.cue.text if q.cue else "", q.speaker.text if q.speaker else None) for q in find_quotes(nlp(text))]


# ---------------------------------------------------------------- a title run into the prose

def _title_doc(words: list[str]) -> Doc:
    """'The talks ended late.' + the given words (the last a verb, the rest on it) + 'to Cut in May'; the rule reads
    only the verb's auxiliary, capitals, sentence starts and the line."""
    rows = [("The", 1, "det", "DET", "the"), ("talks", 2, "nsubj", "NOUN", "talk"), ("ended", 2, "ROOT", "VERB", "end"),
            ("late", 2, "advmod", "ADV", "late"), (".", 2, "punct", "PUNCT", ".")]
    verb = len(rows) + len(words) - 1
    for word in words[:-1]:
        rows.append((word, verb, "aux" if word.lower() == "has" else "compound", "AUX" if word.lower() == "has" else "PROPN",
                     word.lower()))
    rows.append((words[-1], verb, "ROOT", "VERB", "vow"))
    rows += [("to", verb + 2, "aux", "PART", "to"), ("Cut", verb, "xcomp", "VERB", "cut"), ("in", verb + 2, "prep", "ADP", "in"),
             ("May", verb + 3, "pobj", "PROPN", "May")]
    return doc_from_rows(rows)  # two roots: the title words make a sentence of their own after 'late.'


def test_a_capitalised_verb_after_a_capitalised_word_inside_prose_is_a_title():
    doc = _title_doc(["Top", "Stories", "Everything", "Mayor", "Lund", "Has", "Vowed"])
    assert _title_in_prose(doc, doc[11])


def test_a_lower_case_verb_after_a_name_is_prose():
    doc = _title_doc(["Then", "Mayor", "Lund", "vowed"])
    assert not _title_in_prose(doc, doc[8])


def test_a_capitalised_verb_opening_its_sentence_is_prose():
    doc = _title_doc(["Vowed"])
    assert not _title_in_prose(doc, doc[5])


def test_a_line_wholly_in_headline_capitals_is_left_to_the_headline_rules():
    rows = [("Mayor", 1, "compound", "PROPN", "mayor"), ("Lund", 2, "nsubj", "PROPN", "Lund"), ("Vows", 2, "ROOT", "VERB", "vow"),
            ("to", 4, "aux", "PART", "to"), ("Cut", 2, "xcomp", "VERB", "cut"), ("Fares", 4, "dobj", "NOUN", "fare")]
    doc = doc_from_rows(rows)
    assert not _title_in_prose(doc, doc[2])


def test_a_linked_title_glued_to_a_paragraph_is_no_quote(understand_nlp):
    text = ("The two rivals settled the matter over lunch. Most Read Everything Mayor Lund Has Vowed to Cut Before the "
            "Winter The 40 Finest Bridges in Europe")
    assert [cue for _, cue, _ in _found(understand_nlp, text)] == []


# ---------------------------------------------------------------- an amount compared

def _amount_doc(object_words: list[tuple[str, str, str]]) -> Doc:
    """'The charter promises' + the object's words (flat on the verb; the rule reads only the content's words)."""
    rows = [("The", 1, "det", "DET", "the"), ("charter", 2, "nsubj", "NOUN", "charter"), ("promises", 2, "ROOT", "VERB", "promise")]
    rows += [(w, 2, dep, pos, w.lower()) for w, dep, pos in object_words]
    return doc_from_rows(rows + [(".", 2, "punct", "PUNCT", ".")])


def _object_attribution(doc: Doc) -> Attribution:
    return Attribution(cue=(2, 3), speaker=(0, 2), content=(3, len(doc) - 1), clausal=False)


def test_an_amount_compared_is_a_bare_amount():
    doc = _amount_doc([("far", "advmod", "ADV"), ("more", "dobj", "ADJ"), ("than", "prep", "ADP"), ("anyone", "nsubj", "PRON"),
                       ("can", "aux", "AUX"), ("pay", "ccomp", "VERB")])
    assert _bare_amount(doc, _object_attribution(doc))


def test_a_thing_compared_is_no_bare_amount():
    doc = _amount_doc([("more", "amod", "ADJ"), ("beds", "dobj", "NOUN"), ("than", "prep", "ADP"), ("last", "amod", "ADJ"),
                       ("year", "pobj", "NOUN")])
    assert not _bare_amount(doc, _object_attribution(doc))


def test_a_document_that_promises_more_than_it_can_give_reports_nothing(understand_nlp):
    assert _found(understand_nlp, "The new charter promises more than the town can ever afford.") == []


def test_more_than_a_figure_is_an_amount_told(understand_nlp):
    [(content, cue, speaker)] = _found(understand_nlp, "The premier promised more than $40 million in flood relief.")
    assert (cue, speaker) == ("promised", "The premier") and content.startswith("more than $40 million")


# ---------------------------------------------------------------- a degree asked after a verb of evidence

def _shows_doc(how_head: tuple[str, str, str]) -> Doc:
    """'The diary shows how' + an adjective or adverb + 'the brothers had grown' (the parse the small model gives)."""
    word, pos, lemma = how_head
    rows = [("The", 1, "det", "DET", "the"), ("diary", 2, "nsubj", "NOUN", "diary"), ("shows", 2, "ROOT", "VERB", "show"),
            ("how", 4, "advmod", "SCONJ", "how"), (word, 8, "acomp", pos, lemma), ("the", 6, "det", "DET", "the"),
            ("brothers", 8, "nsubj", "NOUN", "brother"), ("had", 8, "aux", "AUX", "have"), ("grown", 2, "ccomp", "VERB", "grow"),
            (".", 2, "punct", "PUNCT", ".")]
    return doc_from_rows(rows)


def _clause_attribution(doc: Doc) -> Attribution:
    return Attribution(cue=(2, 3), speaker=(0, 2), content=(3, 9))


def test_how_on_an_adjective_asks_a_degree():
    doc = _shows_doc(("distant", "ADJ", "distant"))
    assert _degree_question(doc, _clause_attribution(doc))


def test_how_on_an_amount_asks_a_figure_a_source_can_state():
    doc = _shows_doc(("much", "ADJ", "much"))
    assert not _degree_question(doc, _clause_attribution(doc))


def test_how_on_the_verb_asks_the_manner():
    rows = [("The", 1, "det", "DET", "the"), ("diary", 2, "nsubj", "NOUN", "diary"), ("shows", 2, "ROOT", "VERB", "show"),
            ("how", 6, "advmod", "SCONJ", "how"), ("the", 5, "det", "DET", "the"), ("brothers", 6, "nsubj", "NOUN", "brother"),
            ("split", 2, "ccomp", "VERB", "split"), ("the", 8, "det", "DET", "the"), ("farm", 6, "dobj", "NOUN", "farm"),
            (".", 2, "punct", "PUNCT", ".")]
    doc = doc_from_rows(rows)
    assert not _degree_question(doc, _clause_attribution(doc))


def test_a_letter_that_shows_how_distant_two_brothers_had_grown_reports_nothing(understand_nlp):
    text = "One letter from the archive shows how distant the two brothers had grown by then."
    assert _found(understand_nlp, text) == []


def test_an_audit_that_shows_how_much_was_spent_still_reports(understand_nlp):
    [(content, cue, speaker)] = _found(understand_nlp, "The audit shows how much money the clinic lost in the spring.")
    assert (cue, speaker) == ("shows", "The audit") and content.startswith("how much money")


# ---------------------------------------------------------------- the author's gloss on an act

def test_a_cue_after_in_effect_is_the_authors_gloss(understand_nlp):
    assert _found(understand_nlp, "Oslo is in effect telling the fishing fleets that the northern banks are closed.") == []


def test_a_cue_after_in_other_words_set_off_by_commas_is_the_authors_gloss(understand_nlp):
    assert _found(understand_nlp, "The ministry, in other words, is admitting that its timetable was a fiction.") == []


def test_a_cue_after_effectively_is_the_authors_gloss(understand_nlp):
    assert _found(understand_nlp, "The council has effectively conceded that the ferry will never run again.") == []


def test_a_gloss_after_the_cue_leaves_the_statement_standing(understand_nlp):
    [(content, cue, speaker)] = _found(understand_nlp, "Ms Varga replied, in effect, that the ferry would never run again.")
    assert (cue, speaker) == ("replied", "Ms Varga") and content.endswith("the ferry would never run again")


# ---------------------------------------------------------------- a belief the author infers in an aside

def test_a_belief_with_it_seems_as_an_aside_is_the_authors_inference(understand_nlp):
    assert _found(understand_nlp, "The admiral, it seems, believes that the strait can be held.") == []


def test_a_belief_stated_without_the_aside_stays(understand_nlp):
    [(content, cue, speaker)] = _found(understand_nlp, "The admiral believes that the strait can be held.")
    assert (cue, speaker) == ("believes", "The admiral") and content.endswith("the strait can be held")


# ---------------------------------------------------------------- words the author bids the reader say

def test_a_quotation_after_an_imperative_and_a_colon_is_nobodys(understand_nlp):
    text = 'Mayor Ilsa Brandt insisted the pier was sound. Ask yourself: "Would you moor your own boat beside it?"'
    assert [cue for _, cue, _ in _found(understand_nlp, text)] == ["insisted"]


def test_a_quotation_after_a_speakers_clause_and_a_colon_is_that_speakers(understand_nlp):
    text = 'Mayor Ilsa Brandt insisted the pier was sound. One engineer put it bluntly: "I would not moor a canoe beside it."'
    assert _found(understand_nlp, text)[-1] == ("I would not moor a canoe beside it.", "", "One engineer")


# ---------------------------------------------------------------- a lesson drawn from a thing for 'us'

def test_figures_that_tell_us_something_are_the_authors_lesson(understand_nlp):
    assert _found(understand_nlp, "The figures tell us that the harvest is shrinking.") == []


def test_a_person_who_told_us_something_still_reports(understand_nlp):
    [(content, cue, speaker)] = _found(understand_nlp, "The minister told us that the harvest is shrinking.")
    assert (cue, speaker) == ("told", "The minister") and content == "the harvest is shrinking"


# ---------------------------------------------------------------- a noun of statement held by an event

def test_a_message_sent_by_an_event_is_no_ones_statement(understand_nlp):
    assert _found(understand_nlp, "The ballot sends a message that the farmers are tired.") == []


def test_a_warning_of_a_body_is_its_statement(understand_nlp):
    [(content, cue, speaker)] = _found(understand_nlp, "The agency's warning that the levee could fail was ignored.")
    assert (cue, speaker) == ("warning", "The agency") and content == "the levee could fail"


# ---------------------------------------------------------------- a class picked out by 'any' or 'every'

def test_a_cue_in_the_relative_clause_of_any_picks_out_a_class(understand_nlp):
    assert _found(understand_nlp, "Any minister who claims that the railways can be fixed cheaply is not serious.") == []


def test_a_cue_in_the_relative_clause_of_every_picks_out_a_class(understand_nlp):
    assert _found(understand_nlp, "Every leader who promises a quick war should read some history.") == []


def test_a_cue_in_the_relative_clause_of_a_definite_noun_is_someones(understand_nlp):
    [(content, cue, speaker)] = _found(understand_nlp, "The minister who claimed that the railways were fixed has resigned.")
    assert (cue, speaker) == ("claimed", "The minister") and content == "the railways were fixed"


# ---------------------------------------------------------------- grounds cited, not a statement

def test_citing_a_bare_noun_phrase_names_grounds_and_reports_nothing(understand_nlp):
    assert _found(understand_nlp, "The judge dismissed the suit on Friday, citing a lack of evidence.") == []


def test_citing_evidence_with_a_verb_of_its_own_reports_what_it_shows(understand_nlp):
    [(content, cue, speaker)] = _found(understand_nlp, "The governor has cited a survey showing the county as the poorest in the state.")
    assert (cue, speaker) == ("cited", "The governor") and content.startswith("a survey showing")


# ---------------------------------------------------------------- what was promised, not to whom

def test_of_two_objects_the_first_naming_people_is_to_whom_and_the_second_is_what():
    from hotspot.understand.quotes.contents import _object_content
    from hotspot.understand.quotes.cues import load_cues

    # 'The town promised its tenants dry cellars.', as the small model parses it: two direct objects
    rows = [("The", 1, "det", "DET", "the"), ("town", 2, "nsubj", "NOUN", "town"), ("promised", 2, "ROOT", "VERB", "promise"),
            ("its", 4, "poss", "PRON", "its"), ("tenants", 2, "dobj", "NOUN", "tenant"), ("dry", 6, "amod", "ADJ", "dry"),
            ("cellars", 2, "dobj", "NOUN", "cellar"), (".", 2, "punct", "PUNCT", ".")]
    doc = doc_from_rows(rows)
    assert _object_content(doc[2], load_cues()) == (5, 7)
