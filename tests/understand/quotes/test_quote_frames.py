"""Quote frames beyond 'X said that ...', on hand-built parses: one behaviour per test."""

from __future__ import annotations

from spacy.tokens import Doc

from tests.understand.parses import doc_from_rows
from tests.understand.parses import found_quotes as _found

# --------------------------------------------------------------------------- paragraphs and quotation marks


def test_reported_content_stops_at_the_paragraph_break():
    # The coach said the team had done what he wanted \n\n Ham explained why the plan would work .
    # (the parser hangs the next paragraph's clause on 'wanted', inside the content of 'said')
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("coach", 2, "nsubj", "NOUN", "coach"),
            ("said", 2, "ROOT", "VERB", "say"),
            ("the", 4, "det", "DET", "the"),
            ("team", 6, "nsubj", "NOUN", "team"),
            ("had", 6, "aux", "AUX", "have"),
            ("done", 2, "ccomp", "VERB", "do"),
            ("what", 9, "dobj", "PRON", "what"),
            ("he", 9, "nsubj", "PRON", "he"),
            ("wanted", 6, "ccomp", "VERB", "want"),
            ("\n\n", 9, "dep", "SPACE", "\n\n"),
            ("Ham", 12, "nsubj", "PROPN", "Ham"),
            ("explained", 9, "ccomp", "VERB", "explain"),
            ("why", 17, "advmod", "SCONJ", "why"),
            ("the", 15, "det", "DET", "the"),
            ("plan", 17, "nsubj", "NOUN", "plan"),
            ("would", 17, "aux", "AUX", "would"),
            ("work", 12, "ccomp", "VERB", "work"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )
    assert _found(doc) == [
        ("indirect", "the team had done what he wanted", "said", "The coach"),
        ("indirect", "why the plan would work", "explained", "Ham"),
    ]


def test_quotation_split_by_its_cue_is_one_direct_quote():
    # “ Look , ” he said , “ the deal gives away everything . ”
    # (one attribution per cue: the content runs from the first part to the second, the cue between them)
    doc = doc_from_rows(
        [
            ("“", 5, "punct", "PUNCT", "“"),
            ("Look", 5, "xcomp", "VERB", "look"),
            (",", 5, "punct", "PUNCT", ","),
            ("”", 5, "punct", "PUNCT", "”"),
            ("he", 5, "nsubj", "PRON", "he"),
            ("said", 5, "ROOT", "VERB", "say"),
            (",", 5, "punct", "PUNCT", ","),
            ("“", 5, "punct", "PUNCT", "“"),
            ("the", 9, "det", "DET", "the"),
            ("deal", 10, "nsubj", "NOUN", "deal"),
            ("gives", 5, "ccomp", "VERB", "give"),
            ("away", 10, "prt", "ADP", "away"),
            ("everything", 10, "dobj", "PRON", "everything"),
            (".", 5, "punct", "PUNCT", "."),
            ("”", 5, "punct", "PUNCT", "”"),
        ]
    )
    assert doc.text == "“Look,” he said, “the deal gives away everything.”"
    assert _found(doc) == [("direct", "Look,” he said, “the deal gives away everything.", "said", "he")]


def _sugar(second: list[tuple[str, int, str, str, str]], space_after: set[int] | None = None, brk: str = "\n\n") -> Doc:
    # “ Sugar is the enemy , ” she said . <brk> <second paragraph: a quotation without a cue>
    return doc_from_rows(
        [
            ("“", 8, "punct", "PUNCT", "“"),
            ("Sugar", 2, "nsubj", "NOUN", "sugar"),
            ("is", 8, "ccomp", "AUX", "be"),
            ("the", 4, "det", "DET", "the"),
            ("enemy", 2, "attr", "NOUN", "enemy"),
            (",", 8, "punct", "PUNCT", ","),
            ("”", 8, "punct", "PUNCT", "”"),
            ("she", 8, "nsubj", "PRON", "she"),
            ("said", 8, "ROOT", "VERB", "say"),
            (".", 8, "punct", "PUNCT", "."),
            (brk, 9, "dep", "SPACE", brk),
            *second,
        ],
        space_after,
    )


def test_quotation_continued_in_the_next_paragraph_joins_the_quote_before():
    # “Sugar is the enemy,” she said. \n\n “ We will close the plant . ”  (only the cue clause between the parts)
    doc = _sugar(
        [
            ("“", 14, "punct", "PUNCT", "“"),
            ("We", 14, "nsubj", "PRON", "we"),
            ("will", 14, "aux", "AUX", "will"),
            ("close", 14, "ROOT", "VERB", "close"),
            ("the", 16, "det", "DET", "the"),
            ("plant", 14, "dobj", "NOUN", "plant"),
            (".", 14, "punct", "PUNCT", "."),
            ("”", 14, "punct", "PUNCT", "”"),
        ]
    )
    assert _found(doc) == [("direct", "Sugar is the enemy,” she said.\n\n“We will close the plant.", "said", "she")]


def test_quotation_continued_on_the_next_line_joins_the_quote_before():
    # “Sugar is the enemy,” she said. \n “ We will close the plant . ”  (a sentence a line, as scraped commentary has it)
    doc = _sugar(
        [
            ("“", 14, "punct", "PUNCT", "“"),
            ("We", 14, "nsubj", "PRON", "we"),
            ("will", 14, "aux", "AUX", "will"),
            ("close", 14, "ROOT", "VERB", "close"),
            ("the", 16, "det", "DET", "the"),
            ("plant", 14, "dobj", "NOUN", "plant"),
            (".", 14, "punct", "PUNCT", "."),
            ("”", 14, "punct", "PUNCT", "”"),
        ],
        brk="\n",
    )
    assert _found(doc) == [("direct", "Sugar is the enemy,” she said.\n“We will close the plant.", "said", "she")]


def test_cueless_title_case_quotation_is_not_carried_over():
    # “Sugar is the enemy,” she said. \n\n “ Sugar Is n't the Enemy . ”  (the title of a piece)
    doc = _sugar(
        [
            ("“", 13, "punct", "PUNCT", "“"),
            ("Sugar", 13, "nsubj", "NOUN", "sugar"),
            ("Is", 13, "ROOT", "AUX", "be"),
            ("n't", 13, "neg", "PART", "not"),
            ("the", 16, "det", "DET", "the"),
            ("Enemy", 13, "attr", "PROPN", "Enemy"),
            (".", 13, "punct", "PUNCT", "."),
            ("”", 13, "punct", "PUNCT", "”"),
        ],
        space_after={1, 2, 3, 6, 7, 12, 14, 15},
    )
    assert doc.text == "“Sugar is the enemy,” she said.\n\n“Sugar Isn't the Enemy.”"
    assert _found(doc) == [("direct", "Sugar is the enemy", "said", "she")]


def _headline(rows: list[tuple[str, int, str, str, str]], person: tuple[int, int]) -> Doc:
    # <name> Hammers ... CEO : ‘ You Should Be Investigated . ’  (a headline, a paragraph of its own)
    colon = len(rows)
    tail = [
        (":", colon - 1, "punct", "PUNCT", ":"),
        ("‘", colon - 1, "punct", "PUNCT", "‘"),
        ("You", colon + 5, "nsubjpass", "PRON", "you"),
        ("Should", colon + 5, "aux", "AUX", "should"),
        ("Be", colon + 5, "auxpass", "AUX", "be"),
        ("Investigated", colon - 1, "acl", "VERB", "investigate"),
        (".", colon - 1, "punct", "PUNCT", "."),
        ("’", colon - 1, "punct", "PUNCT", "’"),
    ]
    words_before_colon = set(range(colon - 1))
    spaced = words_before_colon | {colon, colon + 2, colon + 3, colon + 4}
    return doc_from_rows([*rows, *tail], spaced, ents=[(*person, "PERSON")])


def test_headline_quotation_after_a_colon_takes_the_person_named_before_it():
    # Maria Lopez Grills Acme Bank CEO: ‘You Should Be Investigated.’
    doc = _headline(
        [
            ("Maria", 1, "compound", "PROPN", "Maria"),
            ("Lopez", 2, "compound", "PROPN", "Lopez"),
            ("Grills", 5, "compound", "PROPN", "Grills"),
            ("Acme", 5, "compound", "PROPN", "Acme"),
            ("Bank", 5, "compound", "PROPN", "Bank"),
            ("CEO", 5, "ROOT", "PROPN", "CEO"),
        ],
        person=(0, 2),
    )
    assert doc.text == "Maria Lopez Grills Acme Bank CEO: ‘You Should Be Investigated.’"
    assert _found(doc) == [("direct", "You Should Be Investigated.", ":", "Maria Lopez")]


def test_short_headline_quotation_takes_the_person_not_the_whole_label():
    # Warren Hammers CEO: ‘You Should Be Investigated.’  (Warren a PERSON entity)
    doc = _headline(
        [
            ("Warren", 2, "compound", "PROPN", "Warren"),
            ("Hammers", 2, "compound", "PROPN", "Hammers"),
            ("CEO", 2, "ROOT", "PROPN", "CEO"),
        ],
        person=(0, 1),
    )
    assert doc.text == "Warren Hammers CEO: ‘You Should Be Investigated.’"
    assert _found(doc) == [("direct", "You Should Be Investigated.", ":", "Warren")]


# --------------------------------------------------------------------------- speaker-colon layouts


def _colon_layout(label: str, rest: list[tuple[str, int, str, str, str]]) -> Doc:
    # <label> : <sentence>  (a paragraph of its own)
    return doc_from_rows([(label, 0, "ROOT", "NOUN", label.lower()), (":", 0, "punct", "PUNCT", ":"), *rest])


def test_newsroom_label_before_a_colon_is_no_speaker():
    # Correction: An earlier version misstated the date.
    doc = _colon_layout(
        "Correction",
        [
            ("An", 4, "det", "DET", "an"),
            ("earlier", 4, "amod", "ADJ", "early"),
            ("version", 5, "nsubj", "NOUN", "version"),
            ("misstated", 0, "acl", "VERB", "misstate"),
            ("the", 7, "det", "DET", "the"),
            ("date", 5, "dobj", "NOUN", "date"),
            (".", 5, "punct", "PUNCT", "."),
        ],
    )
    assert doc.text == "Correction: An earlier version misstated the date."
    assert _found(doc) == []


def test_transcript_speaker_label_before_a_colon_is_a_speaker():
    # PENCE: We will win this.
    doc = doc_from_rows(
        [
            ("PENCE", 4, "npadvmod", "PROPN", "PENCE"),
            (":", 4, "punct", "PUNCT", ":"),
            ("We", 4, "nsubj", "PRON", "we"),
            ("will", 4, "aux", "AUX", "will"),
            ("win", 4, "ROOT", "VERB", "win"),
            ("this", 4, "dobj", "PRON", "this"),
            (".", 4, "punct", "PUNCT", "."),
        ]
    )
    assert _found(doc) == [("indirect", "We will win this.", ":", "PENCE")]


# --------------------------------------------------------------------------- verb complements


def test_coordinated_bare_infinitive_on_the_cue_belongs_to_the_content():
    # She promised to meet and exceed the goals .  ('exceed', tagged VBP, hangs on 'promised')
    doc = doc_from_rows(
        [
            ("She", 1, "nsubj", "PRON", "she"),
            ("promised", 1, "ROOT", "VERB", "promise"),
            ("to", 3, "aux", "PART", "to"),
            ("meet", 1, "xcomp", "VERB", "meet"),
            ("and", 1, "cc", "CCONJ", "and"),
            ("exceed", 1, "conj", "VERB", "exceed"),
            ("the", 7, "det", "DET", "the"),
            ("goals", 5, "dobj", "NOUN", "goal"),
            (".", 1, "punct", "PUNCT", "."),
        ],
        tags=["PRP", "VBD", "TO", "VB", "CC", "VBP", "DT", "NNS", "."],
    )
    assert _found(doc) == [("indirect", "to meet and exceed the goals", "promised", "She")]


def test_embedded_question_is_the_content_of_an_object_verb(attribution_scope):
    # They discussed how prices could rise .
    doc = doc_from_rows(
        [
            ("They", 1, "nsubj", "PRON", "they"),
            ("discussed", 1, "ROOT", "VERB", "discuss"),
            ("how", 5, "advmod", "SCONJ", "how"),
            ("prices", 5, "nsubj", "NOUN", "price"),
            ("could", 5, "aux", "AUX", "could"),
            ("rise", 1, "ccomp", "VERB", "rise"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert _found(doc) == [("indirect", "how prices could rise", "discussed", "They")]


def test_pronoun_object_counts_with_a_predicate_complement():
    # He called them messianic impulses .
    doc = doc_from_rows(
        [
            ("He", 1, "nsubj", "PRON", "he"),
            ("called", 1, "ROOT", "VERB", "call"),
            ("them", 1, "dobj", "PRON", "they"),
            ("messianic", 4, "amod", "ADJ", "messianic"),
            ("impulses", 1, "oprd", "NOUN", "impulse"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert _found(doc) == [("indirect", "them messianic impulses", "called", "He")]


def test_comparison_preposition_completes_the_object():
    # The senator likened RT to the BBC .
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("senator", 2, "nsubj", "NOUN", "senator"),
            ("likened", 2, "ROOT", "VERB", "liken"),
            ("RT", 2, "dobj", "PROPN", "RT"),
            ("to", 2, "prep", "ADP", "to"),
            ("the", 6, "det", "DET", "the"),
            ("BBC", 4, "pobj", "PROPN", "BBC"),
            (".", 2, "punct", "PUNCT", "."),
        ],
        ents=[(3, 4, "ORG"), (6, 7, "ORG")],
    )
    assert _found(doc) == [("indirect", "RT to the BBC", "likened", "The senator")]


def test_judgement_verb_with_its_reason_preposition(attribution_scope):
    # Trump accused her of lying .
    doc = doc_from_rows(
        [
            ("Trump", 1, "nsubj", "PROPN", "Trump"),
            ("accused", 1, "ROOT", "VERB", "accuse"),
            ("her", 1, "dobj", "PRON", "she"),
            ("of", 1, "prep", "ADP", "of"),
            ("lying", 3, "pobj", "VERB", "lie"),
            (".", 1, "punct", "PUNCT", "."),
        ],
        ents=[(0, 1, "PERSON")],
    )
    assert _found(doc) == [("indirect", "her of lying", "accused", "Trump")]


def test_judgement_verb_with_a_thing_as_object_is_no_cue():
    # Trump hit a wall .
    doc = doc_from_rows(
        [
            ("Trump", 1, "nsubj", "PROPN", "Trump"),
            ("hit", 1, "ROOT", "VERB", "hit"),
            ("a", 3, "det", "DET", "a"),
            ("wall", 1, "dobj", "NOUN", "wall"),
            (".", 1, "punct", "PUNCT", "."),
        ],
        ents=[(0, 1, "PERSON")],
    )
    assert _found(doc) == []


# --------------------------------------------------------------------------- addressed verbs: listener, then topic


def test_addressed_verb_takes_the_topic_after_its_listener(attribution_scope):
    # Reporters asked Lopez about her travel expenses .
    doc = doc_from_rows(
        [
            ("Reporters", 1, "nsubj", "NOUN", "reporter"),
            ("asked", 1, "ROOT", "VERB", "ask"),
            ("Lopez", 1, "dobj", "PROPN", "Lopez"),
            ("about", 1, "prep", "ADP", "about"),
            ("her", 6, "poss", "PRON", "her"),
            ("travel", 6, "compound", "NOUN", "travel"),
            ("expenses", 3, "pobj", "NOUN", "expense"),
            (".", 1, "punct", "PUNCT", "."),
        ],
        ents=[(2, 3, "PERSON")],
    )
    assert _found(doc) == [("indirect", "her travel expenses", "asked", "Reporters")]


def test_addressed_verb_with_a_date_after_the_preposition_has_no_topic():
    # The panel grilled him on Tuesday .  (Tuesday a DATE entity)
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("panel", 2, "nsubj", "NOUN", "panel"),
            ("grilled", 2, "ROOT", "VERB", "grill"),
            ("him", 2, "dobj", "PRON", "he"),
            ("on", 2, "prep", "ADP", "on"),
            ("Tuesday", 4, "pobj", "PROPN", "Tuesday"),
            (".", 2, "punct", "PUNCT", "."),
        ],
        ents=[(5, 6, "DATE")],
    )
    assert _found(doc) == []


# --------------------------------------------------------------------------- nominal cues


def _effort(possessor: bool) -> Doc:
    # ( Her ) effort(s) to enact a treaty failed .
    n = 1 if possessor else 0  # index of the noun
    rows = [
        ("effort" if possessor else "Efforts", n + 5, "nsubj", "NOUN", "effort"),
        ("to", n + 2, "aux", "PART", "to"),
        ("enact", n, "acl", "VERB", "enact"),
        ("a", n + 4, "det", "DET", "a"),
        ("treaty", n + 2, "dobj", "NOUN", "treaty"),
        ("failed", n + 5, "ROOT", "VERB", "fail"),
        (".", n + 5, "punct", "PUNCT", "."),
    ]
    if possessor:
        rows = [("Her", 1, "poss", "PRON", "her"), *rows]
    return doc_from_rows(rows)


def test_intention_noun_without_a_holder_is_no_quote():
    # Efforts to enact a treaty failed .
    doc = _effort(possessor=False)
    assert doc.text == "Efforts to enact a treaty failed."
    assert _found(doc) == []


def test_intention_noun_with_a_possessor_is_the_holders_quote(attribution_scope):
    # Her effort to enact a treaty failed .
    doc = _effort(possessor=True)
    assert doc.text == "Her effort to enact a treaty failed."
    assert _found(doc) == [("indirect", "to enact a treaty", "effort", "Her")]


def _comment(possessive: str) -> Doc:
    # <His/Her> comment about the tax drew criticism .
    return doc_from_rows(
        [
            (possessive, 1, "poss", "PRON", possessive.lower()),
            ("comment", 5, "nsubj", "NOUN", "comment"),
            ("about", 1, "prep", "ADP", "about"),
            ("the", 4, "det", "DET", "the"),
            ("tax", 2, "pobj", "NOUN", "tax"),
            ("drew", 5, "ROOT", "VERB", "draw"),
            ("criticism", 5, "dobj", "NOUN", "criticism"),
            (".", 5, "punct", "PUNCT", "."),
        ]
    )


def test_topic_noun_takes_its_possessor_as_holder(attribution_scope):
    # Her comment about the tax drew criticism .
    assert _found(_comment("Her")) == [("indirect", "the tax", "comment", "Her")]


def test_topic_noun_takes_a_masculine_possessor_as_holder(attribution_scope):
    # His comment about the tax drew criticism .
    assert _found(_comment("His")) == [("indirect", "the tax", "comment", "His")]


def test_topic_noun_takes_the_subject_of_its_verb_as_holder(attribution_scope):
    # She answered questions about her career .
    doc = doc_from_rows(
        [
            ("She", 1, "nsubj", "PRON", "she"),
            ("answered", 1, "ROOT", "VERB", "answer"),
            ("questions", 1, "dobj", "NOUN", "question"),
            ("about", 2, "prep", "ADP", "about"),
            ("her", 5, "poss", "PRON", "her"),
            ("career", 3, "pobj", "NOUN", "career"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert _found(doc) == [("indirect", "her career", "questions", "She")]


def test_topic_noun_without_a_holder_reports_no_speaker(attribution_scope):
    # Questions about the plant remain .
    doc = doc_from_rows(
        [
            ("Questions", 4, "nsubj", "NOUN", "question"),
            ("about", 0, "prep", "ADP", "about"),
            ("the", 3, "det", "DET", "the"),
            ("plant", 1, "pobj", "NOUN", "plant"),
            ("remain", 4, "ROOT", "VERB", "remain"),
            (".", 4, "punct", "PUNCT", "."),
        ]
    )
    assert _found(doc) == [("indirect", "the plant", "Questions", None)]


def test_topic_noun_with_a_non_sentient_holder_is_no_quote():
    # The bill raised questions about the plant .
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("bill", 2, "nsubj", "NOUN", "bill"),
            ("raised", 2, "ROOT", "VERB", "raise"),
            ("questions", 2, "dobj", "NOUN", "question"),
            ("about", 3, "prep", "ADP", "about"),
            ("the", 6, "det", "DET", "the"),
            ("plant", 4, "pobj", "NOUN", "plant"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )
    assert _found(doc) == []


# --------------------------------------------------------------------------- sentient sources


def _endorsed_by_dozens_of(noun: str, lemma: str) -> Doc:
    # The nominee was endorsed by dozens of <noun> .
    return doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("nominee", 3, "nsubjpass", "NOUN", "nominee"),
            ("was", 3, "auxpass", "AUX", "be"),
            ("endorsed", 3, "ROOT", "VERB", "endorse"),
            ("by", 3, "agent", "ADP", "by"),
            ("dozens", 4, "pobj", "NOUN", "dozen"),
            ("of", 5, "prep", "ADP", "of"),
            (noun, 6, "pobj", "NOUN", lemma),
            (".", 3, "punct", "PUNCT", "."),
        ],
        ents=[(5, 6, "CARDINAL")],
    )


def test_quantity_of_a_sentient_group_is_a_sentient_source(attribution_scope):
    # The nominee was endorsed by dozens of papers .
    assert _found(_endorsed_by_dozens_of("papers", "paper")) == [("indirect", "The nominee", "endorsed", "dozens")]


def test_quantity_of_things_is_no_sentient_source():
    # The nominee was endorsed by dozens of studies .
    assert _found(_endorsed_by_dozens_of("studies", "study")) == []


def _pounded(subject: list[tuple[str, int, str, str, str]]) -> Doc:
    # <subject> pounded Trump as a “ con artist ” .
    v = len(subject)
    return doc_from_rows(
        [
            *subject,
            ("pounded", v, "ROOT", "VERB", "pound"),
            ("Trump", v, "dobj", "PROPN", "Trump"),
            ("as", v, "prep", "ADP", "as"),
            ("a", v + 6, "det", "DET", "a"),
            ("“", v + 6, "punct", "PUNCT", "“"),
            ("con", v + 6, "compound", "NOUN", "con"),
            ("artist", v + 2, "pobj", "NOUN", "artist"),
            ("”", v + 6, "punct", "PUNCT", "”"),
            (".", v, "punct", "PUNCT", "."),
        ]
    )


def test_quoted_label_after_as_is_a_characterization(attribution_scope):
    # Reid pounded Trump as a “con artist”.
    doc = _pounded([("Reid", 1, "nsubj", "PROPN", "Reid")])
    assert doc.text == "Reid pounded Trump as a “con artist”."
    assert _found(doc) == [("mixed", "Trump as a “con artist”", "pounded", "Reid")]


def test_characterization_needs_a_sentient_subject():
    # The storm pounded Trump as a “con artist”.  (nonsense, but nobody's words)
    doc = _pounded([("The", 1, "det", "DET", "the"), ("storm", 2, "nsubj", "NOUN", "storm")])
    assert doc.text == "The storm pounded Trump as a “con artist”."
    assert _found(doc) == []


# --------------------------------------------------------------------------- 'as X noted', bare and continuation cues


def test_as_clause_before_the_main_clause_reports_it():
    # As Trump noted last week , the economy is weak .
    doc = doc_from_rows(
        [
            ("As", 2, "mark", "SCONJ", "as"),
            ("Trump", 2, "nsubj", "PROPN", "Trump"),
            ("noted", 8, "advcl", "VERB", "note"),
            ("last", 4, "amod", "ADJ", "last"),
            ("week", 8, "npadvmod", "NOUN", "week"),
            (",", 8, "punct", "PUNCT", ","),
            ("the", 7, "det", "DET", "the"),
            ("economy", 8, "nsubj", "NOUN", "economy"),
            ("is", 8, "ROOT", "AUX", "be"),
            ("weak", 8, "acomp", "ADJ", "weak"),
            (".", 8, "punct", "PUNCT", "."),
        ],
        ents=[(1, 2, "PERSON"), (3, 5, "DATE")],
    )
    assert _found(doc) == [("indirect", "the economy is weak", "noted", "Trump")]


def test_as_clause_after_the_main_clause_reports_it():
    # The economy is weak , as Trump noted .
    doc = doc_from_rows(
        [
            ("The", 1, "det", "DET", "the"),
            ("economy", 2, "nsubj", "NOUN", "economy"),
            ("is", 2, "ROOT", "AUX", "be"),
            ("weak", 2, "acomp", "ADJ", "weak"),
            (",", 2, "punct", "PUNCT", ","),
            ("as", 7, "mark", "SCONJ", "as"),
            ("Trump", 7, "nsubj", "PROPN", "Trump"),
            ("noted", 2, "advcl", "VERB", "note"),
            (".", 2, "punct", "PUNCT", "."),
        ],
        ents=[(6, 7, "PERSON")],
    )
    assert _found(doc) == [("indirect", "The economy is weak", "noted", "Trump")]


def test_as_said_by_is_left_to_the_nonverbal_cue():
    # As said by Smith , the economy is weak .  (no subject inside the 'as' clause)
    doc = doc_from_rows(
        [
            ("As", 1, "mark", "SCONJ", "as"),
            ("said", 7, "advcl", "VERB", "say"),
            ("by", 1, "agent", "ADP", "by"),
            ("Smith", 2, "pobj", "PROPN", "Smith"),
            (",", 7, "punct", "PUNCT", ","),
            ("the", 6, "det", "DET", "the"),
            ("economy", 7, "nsubj", "NOUN", "economy"),
            ("is", 7, "ROOT", "AUX", "be"),
            ("weak", 7, "acomp", "ADJ", "weak"),
            (".", 7, "punct", "PUNCT", "."),
        ],
        ents=[(3, 4, "PERSON")],
    )
    assert _found(doc) == [("indirect", "the economy is weak", "As said by", "Smith")]


def test_continuation_verb_before_a_quotation_is_a_speech_cue():
    # She continued , “ We want our day in court . ”
    doc = doc_from_rows(
        [
            ("She", 1, "nsubj", "PRON", "she"),
            ("continued", 1, "ROOT", "VERB", "continue"),
            (",", 1, "punct", "PUNCT", ","),
            ("“", 1, "punct", "PUNCT", "“"),
            ("We", 5, "nsubj", "PRON", "we"),
            ("want", 1, "ccomp", "VERB", "want"),
            ("our", 7, "poss", "PRON", "our"),
            ("day", 5, "dobj", "NOUN", "day"),
            ("in", 7, "prep", "ADP", "in"),
            ("court", 8, "pobj", "NOUN", "court"),
            (".", 1, "punct", "PUNCT", "."),
            ("”", 1, "punct", "PUNCT", "”"),
        ]
    )
    assert doc.text == "She continued, “We want our day in court.”"
    assert _found(doc) == [("direct", "We want our day in court.", "continued", "She")]


def test_cue_after_before_takes_the_subject_of_the_main_verb():
    # Blige sings before asking her , “ Where do we go ? ”
    doc = doc_from_rows(
        [
            ("Blige", 1, "nsubj", "PROPN", "Blige"),
            ("sings", 1, "ROOT", "VERB", "sing"),
            ("before", 1, "prep", "ADP", "before"),
            ("asking", 2, "pcomp", "VERB", "ask"),
            ("her", 3, "dobj", "PRON", "she"),
            (",", 1, "punct", "PUNCT", ","),
            ("“", 1, "punct", "PUNCT", "“"),
            ("Where", 10, "advmod", "SCONJ", "where"),
            ("do", 10, "aux", "AUX", "do"),
            ("we", 10, "nsubj", "PRON", "we"),
            ("go", 1, "ccomp", "VERB", "go"),
            ("?", 1, "punct", "PUNCT", "?"),
            ("”", 1, "punct", "PUNCT", "”"),
        ],
        {0, 1, 2, 3, 5, 7, 8, 9},
        ents=[(0, 1, "PERSON")],
    )
    assert doc.text == "Blige sings before asking her, “Where do we go?”"
    assert _found(doc) == [("direct", "Where do we go?", "asking", "Blige")]


def test_a_document_speaks_for_its_authors(attribution_scope):
    # The ad pounded Trump as a “con artist”.  (an ad, a report or a film is a source of its own)
    doc = _pounded([("The", 1, "det", "DET", "the"), ("ad", 2, "nsubj", "NOUN", "ad")])
    assert _found(doc) == [("mixed", "Trump as a “con artist”", "pounded", "The ad")]


def test_a_quotation_closing_a_phrase_is_not_taken_by_the_cue_before_it():
    # He said at the time that Russia closed its doors to “ friends and allies ” .
    # (the parser reads 'that ...' as a relative clause on 'time'; since v16 'said' takes that clause back as its
    # content: one mixed quote, not the quoted phrase alone)
    doc = doc_from_rows(
        [
            ("He", 1, "nsubj", "PRON", "he"),
            ("said", 1, "ROOT", "VERB", "say"),
            ("at", 1, "prep", "ADP", "at"),
            ("the", 4, "det", "DET", "the"),
            ("time", 2, "pobj", "NOUN", "time"),
            ("that", 7, "advmod", "PRON", "that"),
            ("Russia", 7, "nsubj", "PROPN", "Russia"),
            ("closed", 4, "relcl", "VERB", "close"),
            ("its", 9, "poss", "PRON", "its"),
            ("doors", 7, "dobj", "NOUN", "door"),
            ("to", 7, "prep", "ADP", "to"),
            ("“", 12, "punct", "PUNCT", "“"),
            ("friends", 10, "pobj", "NOUN", "friend"),
            ("and", 12, "cc", "CCONJ", "and"),
            ("allies", 12, "conj", "NOUN", "ally"),
            ("”", 12, "punct", "PUNCT", "”"),
            (".", 1, "punct", "PUNCT", "."),
        ],
        ents=[(6, 7, "GPE")],
    )
    assert _found(doc) == [("mixed", "Russia closed its doors to “friends and allies”", "said", "He")]


def test_a_quotation_that_finishes_the_contents_phrase_makes_one_mixed_quote():
    # She said the ministry is guilty of “ lying to everyone ” .  (the parser hangs the quotation off 'said')
    doc = doc_from_rows(
        [
            ("She", 1, "nsubj", "PRON", "she"),
            ("said", 1, "ROOT", "VERB", "say"),
            ("the", 3, "det", "DET", "the"),
            ("ministry", 4, "nsubj", "NOUN", "ministry"),
            ("is", 1, "ccomp", "AUX", "be"),
            ("guilty", 4, "acomp", "ADJ", "guilty"),
            ("of", 5, "prep", "ADP", "of"),
            ("“", 8, "punct", "PUNCT", "“"),
            ("lying", 1, "dep", "VERB", "lie"),
            ("to", 8, "prep", "ADP", "to"),
            ("everyone", 9, "pobj", "PRON", "everyone"),
            ("”", 8, "punct", "PUNCT", "”"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert _found(doc) == [("mixed", "the ministry is guilty of “lying to everyone”", "said", "She")]


def test_cueless_quotation_that_is_the_subject_of_the_authors_verb_is_not_carried_over():
    # “Sugar is the enemy,” she said. \n\n “ Sugar will win the next election ” became a slogan .  (the words named)
    doc = _sugar(
        [
            ("“", 19, "punct", "PUNCT", "“"),
            ("Sugar", 14, "nsubj", "NOUN", "sugar"),
            ("will", 14, "aux", "AUX", "will"),
            ("win", 19, "csubj", "VERB", "win"),
            ("the", 17, "det", "DET", "the"),
            ("next", 17, "amod", "ADJ", "next"),
            ("election", 14, "dobj", "NOUN", "election"),
            ("”", 19, "punct", "PUNCT", "”"),
            ("became", 19, "ROOT", "VERB", "become"),
            ("a", 21, "det", "DET", "a"),
            ("slogan", 19, "attr", "NOUN", "slogan"),
            (".", 19, "punct", "PUNCT", "."),
        ]
    )
    assert doc.text == "“Sugar is the enemy,” she said.\n\n“Sugar will win the next election” became a slogan."
    assert _found(doc) == [("direct", "Sugar is the enemy", "said", "she")]


def test_a_cue_in_a_fronted_adverbial_clause_reports_its_own_content_not_the_main_clause():
    # While Moscow claims to be neutral , the trade has soared .  (the soaring is the author's)
    doc = doc_from_rows(
        [
            ("While", 2, "mark", "SCONJ", "while"),
            ("Moscow", 2, "nsubj", "PROPN", "Moscow"),
            ("claims", 10, "advcl", "VERB", "claim"),
            ("to", 4, "aux", "PART", "to"),
            ("be", 2, "xcomp", "AUX", "be"),
            ("neutral", 4, "acomp", "ADJ", "neutral"),
            (",", 10, "punct", "PUNCT", ","),
            ("the", 8, "det", "DET", "the"),
            ("trade", 10, "nsubj", "NOUN", "trade"),
            ("has", 10, "aux", "AUX", "have"),
            ("soared", 10, "ROOT", "VERB", "soar"),
            (".", 10, "punct", "PUNCT", "."),
        ],
        ents=[(1, 2, "GPE")],
    )
    assert _found(doc) == [("indirect", "to be neutral", "claims", "Moscow")]
