"""Quotes v22 (issue 14, commentary precision), on quotes and parses of sentences written for these tests.

A report whose whole content is another's report relays it ('The nurse said the patient told her: "..."'): the inner
quote stands, with the relayer as ``via``, and the outer one says nothing of its own. A verb of belief joined by 'and'
to a report just before it in the sentence ('told reporters the bridge would reopen in May, and she expects traffic to
ease') goes on with that report: one attribution, not the holder's attitude vouched for by the author. Both hold in the
quotes' scope only (the gate on): PolNeAR's scope counts every attribution apart.
"""

from __future__ import annotations

from spacy.tokens import Doc

from hotspot.records import Quote, Span, Speaker
from hotspot.understand.quotes.assembly import EXTRACTOR, _beliefs_folded, _relayed
from hotspot.understand.quotes.cues import load_cues
from tests.understand.parses import doc_from_rows


def test_the_version_is_at_least_22():
    assert int(EXTRACTOR.rsplit(".v", 1)[1]) >= 22


def _at(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def _quote(text: str, kind: str, content: tuple[int, int], cue: tuple[int, int], speaker: tuple[int, int]) -> Quote:
    return Quote(kind, text[content[0] : content[1]], content[0], content[1], Span(text[cue[0] : cue[1]], *cue),  # type: ignore[arg-type]
                 Speaker(text[speaker[0] : speaker[1]], *speaker), [], EXTRACTOR)


# ---------------------------------------------------------------- a report relayed inside another report

def _relay_quotes(text: str, outer_content: str, inner_content: str) -> list[Quote]:
    """The outer report ('The nurse said ...', its content as given) and the inner one ('the patient told her: "..."')."""
    outer = _quote(text, "mixed", _at(text, outer_content), _at(text, "said"), _at(text, "The nurse"))
    inner = _quote(text, "direct", _at(text, inner_content), _at(text, "told"), _at(text, "the patient"))
    return [outer, inner]


def test_a_report_that_only_relays_another_gives_way_to_it_with_the_relayer_as_via():
    text = 'The nurse said the patient told her: "I saw the van run the red light." The police took notes.'
    quotes = _relay_quotes(text, 'the patient told her: "I saw the van run the red light', "I saw the van run the red light.")
    [inner] = _relayed(quotes, text)
    assert inner.text == "I saw the van run the red light."
    assert inner.speaker is not None and inner.speaker.text == "the patient"
    assert inner.via == ["The nurse"]


def test_a_relay_whose_content_stops_before_the_quotation_also_gives_way():
    # 'recalled that a colleague had once told him: "..."': the parse ends the outer content at the colon
    text = 'The nurse said the patient told her: "I saw the van run the red light."'
    quotes = _relay_quotes(text, "the patient told her", "I saw the van run the red light.")
    assert [(q.text, q.via) for q in _relayed(quotes, text)] == [("I saw the van run the red light.", ["The nurse"])]


def test_a_report_that_goes_on_past_the_relayed_words_keeps_its_own():
    text = 'The nurse said the patient told her: "I saw the van." and that the ambulance came late.'
    quotes = _relay_quotes(text, 'the patient told her: "I saw the van." and that the ambulance came late', "I saw the van.")
    assert len(_relayed(quotes, text)) == 2


def test_a_report_with_words_of_its_own_before_the_inner_speaker_keeps_its_own():
    text = 'The nurse said that twice that night the patient told her: "I saw the van."'
    quotes = _relay_quotes(text, 'that twice that night the patient told her: "I saw the van', "I saw the van.")
    quotes[0] = _quote(text, "mixed", _at(text, 'twice that night the patient told her: "I saw the van'), _at(text, "said"),
                       _at(text, "The nurse"))
    assert len(_relayed(quotes, text)) == 2


# ---------------------------------------------------------------- a belief that goes on with a report

def _mayor_doc(joint: list[tuple[str, str, str]], second: str) -> Doc:
    """'The mayor told reporters the bridge would reopen in May' + the joint words + 'traffic to ease.'

    Heads are flat (every word on the first verb): the two functions read only lemmas, tags and characters.
    """
    rows = [("The", 1, "det", "DET", "the"), ("mayor", 2, "nsubj", "NOUN", "mayor"), ("told", 2, "ROOT", "VERB", "tell"),
            ("reporters", 2, "dobj", "NOUN", "reporter"), ("the", 5, "det", "DET", "the"), ("bridge", 7, "nsubj", "NOUN", "bridge"),
            ("would", 7, "aux", "AUX", "would"), ("reopen", 2, "ccomp", "VERB", "reopen"), ("in", 7, "prep", "ADP", "in"),
            ("May", 8, "pobj", "PROPN", "May")]
    at = len(rows)
    for word, pos, lemma in joint:
        rows.append((word, 2, "cc" if pos == "CCONJ" else "dep", pos, lemma))
    rows += [(second, 2, "conj", "VERB", {"expects": "expect", "insisted": "insist"}[second]),
             ("traffic", at + len(joint) + 2, "nsubj", "NOUN", "traffic"), ("to", at + len(joint) + 2, "aux", "PART", "to"),
             ("ease", 2, "xcomp", "VERB", "ease"), (".", 2, "punct", "PUNCT", ".")]
    return doc_from_rows(rows)


def _mayor_quotes(doc: Doc, second: str) -> list[Quote]:
    text = doc.text
    who = _at(text, "The mayor")
    told = _quote(text, "indirect", _at(text, "the bridge would reopen in May"), _at(text, "told"), who)
    after = text.index(second)
    pronoun = text.find("she ", text.index("May"), after)
    holder = (pronoun, pronoun + 3) if pronoun >= 0 else who
    belief = _quote(text, "indirect", _at(text, "traffic to ease", after), _at(text, second), holder)
    return [told, belief]


def _fold(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    gate = load_cues().gate
    assert gate is not None
    return _beliefs_folded(quotes, doc, gate.communication, gate.belief)


def test_a_belief_joined_by_and_to_a_report_goes_on_with_it():
    doc = _mayor_doc([(",", "PUNCT", ","), ("and", "CCONJ", "and"), ("she", "PRON", "she")], "expects")
    [folded] = _fold(doc, _mayor_quotes(doc, "expects"))
    assert folded.text == "the bridge would reopen in May, and she expects traffic to ease"
    assert folded.cue is not None and folded.cue.text == "told"
    assert folded.kind == "indirect"


def test_a_belief_coordinated_with_the_report_verb_goes_on_with_it():
    # 'told reporters A and also expects B': no subject of its own, an adverb between
    doc = _mayor_doc([("and", "CCONJ", "and"), ("also", "ADV", "also")], "expects")
    [folded] = _fold(doc, _mayor_quotes(doc, "expects"))
    assert folded.text.endswith("and also expects traffic to ease")


def test_a_verb_of_saying_after_and_is_a_report_of_its_own():
    doc = _mayor_doc([(",", "PUNCT", ","), ("and", "CCONJ", "and"), ("she", "PRON", "she")], "insisted")
    assert len(_fold(doc, _mayor_quotes(doc, "insisted"))) == 2


def test_a_belief_after_but_is_a_view_of_its_own():
    doc = _mayor_doc([(",", "PUNCT", ","), ("but", "CCONJ", "but"), ("she", "PRON", "she")], "expects")
    assert len(_fold(doc, _mayor_quotes(doc, "expects"))) == 2


def test_a_belief_in_the_next_sentence_is_a_view_of_its_own():
    doc = _mayor_doc([(".", "PUNCT", "."), ("She", "PRON", "she")], "expects")
    assert len(_fold(doc, _mayor_quotes(doc, "expects"))) == 2


def test_a_belief_with_a_named_subject_of_its_own_is_a_view_of_its_own():
    # 'told reporters A, and the governor expects B': another holder
    doc = _mayor_doc([(",", "PUNCT", ","), ("and", "CCONJ", "and"), ("the", "DET", "the"), ("governor", "NOUN", "governor")],
                     "expects")
    assert len(_fold(doc, _mayor_quotes(doc, "expects"))) == 2


# ---------------------------------------------------------------- the same rules, and three more, on the real parser

def _found(nlp, text: str) -> list[tuple[str, str, str | None, list[str]]]:  # type: ignore[no-untyped-def]
    from hotspot.understand.quotes import find_quotes

    return [(q.text, q.cue.text if q.cue else "", q.speaker.text if q.speaker else None, q.via) for q in find_quotes(nlp(text))]


def test_a_relayed_quotation_is_the_inner_speakers_with_the_relayer_as_via(understand_nlp):
    text = 'Morales said the landlord told her: "You have a week to leave. I need the flat back." She moved out.'
    assert _found(understand_nlp, text) == [("You have a week to leave. I need the flat back.", "told", "the landlord", ["Morales"])]


def test_a_quotation_relayed_according_to_a_source_is_the_inner_speakers(understand_nlp):
    text = 'According to court papers, the guard recalled: "I knocked on the door for ten minutes. Nobody answered."'
    assert _found(understand_nlp, text) == [
        ("I knocked on the door for ten minutes. Nobody answered.", "recalled", "the guard", ["court papers"])
    ]


def test_a_belief_after_a_report_and_a_pronoun_is_part_of_the_report(understand_nlp):
    text = "The mayor told reporters the bridge would reopen in May, and she expects traffic to ease by the summer."
    [(content, cue, _, _)] = _found(understand_nlp, text)
    assert cue == "told" and content.endswith("and she expects traffic to ease by the summer")


def test_two_halves_of_a_report_before_its_cue_are_one_content(understand_nlp):
    # the parser hangs 'is expected ...' and 'will depend ...' on 'says' as two complements
    text = "The port is expected to reopen in May, but whether it will handle more ships will depend on the weather, says Smith."
    [(content, cue, speaker, _)] = _found(understand_nlp, text)
    assert (cue, speaker) == ("says", "Smith")
    assert content.endswith("will depend on the weather")


def test_a_participle_announcing_something_told_already_is_the_occasion_of_the_report(understand_nlp):
    text = 'Announcing the changes, the minister said: "We will cut the waiting lists by half."'
    assert [(c, cue) for c, cue, _, _ in _found(understand_nlp, text)] == [("We will cut the waiting lists by half.", "said")]


def test_a_participle_announcing_something_new_reports_it(understand_nlp):
    text = 'Announcing a new fund for rural clinics, the minister said: "We will cut the waiting lists by half."'
    assert [cue for _, cue, _, _ in _found(understand_nlp, text)] == ["Announcing", "said"]


def test_a_verb_of_evidence_whose_object_is_polling_reports_nothing(understand_nlp):
    text = "The by-election was a rout for the governing party. The result confirms last month's polling."
    assert _found(understand_nlp, text) == []


def test_a_verb_of_evidence_with_a_that_clause_after_reports_still_reports(understand_nlp):
    text = "The ministry confirmed reports that the mine had closed."
    [(content, cue, speaker, _)] = _found(understand_nlp, text)
    assert (cue, speaker) == ("confirmed", "The ministry") and content.endswith("the mine had closed")


# ---------------------------------------------------------------- speakers that can speak

def test_an_institute_and_a_bureau_speak(understand_nlp):
    text = ("The institute said exports were driven by a rise in car sales. "
            "The bureau said the ferry had come within 50 metres of the pier.")
    assert [(cue, speaker) for _, cue, speaker, _ in _found(understand_nlp, text)] == [
        ("said", "The institute"), ("said", "The bureau")]


def test_a_person_named_by_an_age_speaks(understand_nlp):
    text = "The 64-year-old said the flood reached his kitchen within an hour."
    [(content, cue, speaker, _)] = _found(understand_nlp, text)
    assert (cue, speaker) == ("said", "The 64-year-old") and content.startswith("the flood reached")


def test_many_and_others_with_a_verb_of_saying_speak_whatever_their_tag(understand_nlp):
    text = "Many argue that the tunnel will never be built, and others argue it is compatible with the law."
    assert [(cue, speaker) for _, cue, speaker, _ in _found(understand_nlp, text)] == [("argue", "Many"), ("argue", "others")]


def test_guidance_speaks_as_a_document(understand_nlp):
    text = "The guidance says staff should lock the doors at night."
    [(content, cue, speaker, _)] = _found(understand_nlp, text)
    assert (cue, speaker) == ("says", "The guidance") and content == "staff should lock the doors at night"


def test_an_age_alone_as_an_adjective_is_no_speaker():
    from hotspot.understand.quotes.gate import AGED

    assert AGED.search("the 52-year-old") and AGED.search("a 9 month old")
    assert not AGED.search("the old")


def test_a_threat_with_its_infinitive_is_a_commissive_report(understand_nlp):
    text = "The guards threatened to use live rounds if the crowd did not disperse."
    [(content, cue, speaker, _)] = _found(understand_nlp, text)
    assert (cue, speaker) == ("threatened", "The guards") and content.startswith("to use live rounds")


def test_a_thing_that_threatens_to_happen_says_nothing(understand_nlp):
    assert _found(understand_nlp, "The storm threatened to flood the lower town.") == []
