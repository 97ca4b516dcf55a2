"""How the event classifier reads a Russian parse: the Russian ``classifier.Reading``.

Why a module of its own: the classifier's signs have one name in every language,
but each language shows them differently. Natasha's parse (``nlp_ru``) carries
Universal Dependencies relations and morphological features, no Penn tags: a
word's form is its part of speech with its verb form, tense, aspect and mood
(«задержала» VERB:Fin.Past.Perf.Ind); a modal is «мочь», «должен», «нужно» or the
conditional «бы»; a passive is «был задержан» or a reflexive passive. The model
that weighs these signs is ``data/event_classifier_ru.json``, trained on Russian
texts the project wrote (``train/events_ru/``).
"""

from __future__ import annotations

from spacy.tokens import Token

from hotspot.understand.events.classifier import Reading
from hotspot.understand.events.ru_clauses import clause_verb
from hotspot.understand.events.ru_lexicon import ru_lemma

TABLE = "event_classifier_ru"
"""The data file of the trained Russian model."""
STATUS_TABLE = "event_status_ru"
"""The data file of the trained Russian status model (``classifier.status_signs`` with ``russian_tense``)."""

_DEP_GROUPS = {
    "ROOT": "root", "root": "root", "ccomp": "complement", "xcomp": "complement", "advcl": "adverbial",
    "acl": "relative", "acl:relcl": "relative", "conj": "conjunct", "amod": "modifier", "nmod": "modifier",
    "compound": "modifier", "appos": "object", "nsubj": "subject", "nsubj:pass": "subject", "csubj": "subject",
    "obj": "object", "iobj": "object", "obl": "prep_object", "obl:agent": "prep_object",
}
_FIRST_PERSON = frozenset({"я", "мы", "мой", "моя", "моё", "мои", "наш", "наша", "наше", "наши", "нас", "нам", "нами",
                           "меня", "мне", "давайте"})
_MODAL_LEMMAS = frozenset({"мочь", "должный", "должен", "следовать", "нужно", "надо", "необходимо", "стоить", "хотеть",
                           "бы", "б", "возможно", "вероятно"})
_FORM_FEATURES = ("VerbForm", "Tense", "Aspect", "Mood")
_QUOTES = ("\u00ab", "\u00bb", "\u201c", "\u201d", "\u201e", '"')


def form(tok: Token) -> str:
    """Part of speech and verbal categories: 'VERB:Fin.Past.Perf.Ind', 'NOUN:'."""
    values = [v for feature in _FORM_FEATURES for v in tok.morph.get(feature, [])]
    return f"{tok.pos_}:{'.'.join(values)}"


def _modal(tok: Token) -> bool:
    return ru_lemma(tok) in _MODAL_LEMMAS or "Cnd" in tok.morph.get("Mood", [])


def _passive(verb: Token) -> bool:
    return "Pass" in verb.morph.get("Voice", []) or any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children)


def _generic_subject(verb: Token) -> bool:
    """A plural common noun as subject, named by no entity: «эксперты предупреждают», «правительства могут»."""
    return any(c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ == "NOUN" and not c.ent_type_ and "Plur" in c.morph.get("Number", [])
               for c in verb.children)


def russian_tense(verb: Token) -> str | None:
    """The tense and aspect of a Russian clause as the status model names them: the perfective past tells a completed
    act («задержали»), the imperfective past a course or a habit of the past («задерживали», often background), the
    present what goes on; a short passive participle («задержан») is a completed act of now, the perfective past's
    passive."""
    tense, aspect = verb.morph.get("Tense", []), verb.morph.get("Aspect", [])
    if "Past" in tense:
        if verb.morph.get("VerbForm", []) == ["Part"]:
            return "passive_past" if "Short" in verb.morph.get("Variant", []) else None
        return "past_perfective" if "Perf" in aspect else "past_imperfective"
    if "Pres" in tense:
        return "present"
    if "Fut" in tense:
        return "future"
    return None


RUSSIAN = Reading(
    form=form,
    clause_verb=clause_verb,
    dep_groups=_DEP_GROUPS,
    first_person=_FIRST_PERSON,
    modal=_modal,
    generic_subject=_generic_subject,
    lemma=ru_lemma,
    passive=_passive,
    quote_marks=_QUOTES,
)
