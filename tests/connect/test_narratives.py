"""Claims and narratives: the cue-word rules on hand-made text, and the samples' coup claim end to end.

The end-to-end tests analyse the two sample articles and a Russian article written for this test with the
real pipeline, store them in a real SQLite file with the real sentence encoder (multilingual USE), and
read the narratives back, through the functions and through the CLI.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np
import pytest
from typer.testing import CliRunner

from hotspot.connect import narratives
from hotspot.connect.claims import affirmed, claim_core, claims_of, denies, matched_text, stance_of, with_holder
from hotspot.connect.embeddings import Encoder
from hotspot.connect.narratives import match_threshold
from hotspot.errors import ConfigurationError
from hotspot.pipeline import Analyzer, Limits
from hotspot.records import Article, Event, Quote, ReportedBy, Span, Speaker
from hotspot.store import Store

# Written for this test: the coup claim of the samples, said in Russian by an invented analyst.
RUSSIAN = (
    "Военный эксперт Игорь Семёнов считает, что Запад может попытаться повторить в Казахстане январский "
    "переворот 2022 года. «Западные спецслужбы готовят в Казахстане новый государственный переворот», — "
    "заявил Семёнов в интервью."
)


# -- the cue-word rules ---------------------------------------------------------------------


def test_a_negation_denies():
    assert denies("Kazakhstan will not send troops to Ukraine", "en")


def test_a_negated_exclusion_asserts():
    assert not denies("I don't rule out that the West may try to repeat the coup", "en")


def test_a_russian_negated_exclusion_asserts():
    assert not denies("Не исключаю, что Запад попытается повторить переворот", "ru")


def test_not_only_but_asserts_both():
    assert not denies("The plant will supply not only Kazakhstan but its neighbours too", "en")
    assert not denies("Станция будет снабжать не только Казахстан, но и соседей", "ru")


def test_a_bound_on_a_number_asserts():
    assert not denies("Не менее восьми человек погибли при разгоне протеста", "ru")
    assert not denies("No fewer than eight people died when the protest was dispersed", "en")


def test_a_negated_purpose_asserts():
    assert not denies("Чтобы не платить пошлину, фермеры везут зерно через соседнюю страну", "ru")


def test_a_refusal_to_act_denies_as_a_negation_does():
    assert denies("Kazakhstan declined to recognise the new regions.", "en")
    assert denies("Казахстан отказался признать новые области.", "ru")


def test_a_refusal_to_rule_out_asserts():
    assert not denies("The minister refused to rule out a second referendum.", "en")
    assert affirmed("The minister refused to rule out a referendum", "en") == "The minister refused to rule out a referendum"


def test_a_verb_of_decline_without_its_infinitive_asserts():
    assert not denies("Grain exports declined by a fifth last year.", "en")
    assert not denies("Узбекистан решил отказаться от кириллицы.", "ru")


def test_a_refusal_is_matched_as_what_it_refuses():
    assert affirmed("Kazakhstan refused to join the sanctions", "en") == "Kazakhstan join the sanctions"
    assert affirmed("Казахстан отказался признать области", "ru") == "Казахстан признать области"


def test_a_russian_lack_asserts_and_keeps_its_negation():
    assert not denies("В стране не хватает продовольствия.", "ru")
    assert affirmed("в стране не хватает лекарств", "ru") == "в стране не хватает лекарств"


def test_a_russian_denial_stem_denies():
    assert denies("МИД опроверг сообщения о военной базе", "ru")


def test_calling_a_report_a_fiction_denies_it():
    assert denies("Посол назвал вымыслом сообщения о том, что база строится.", "ru")
    assert claim_core("Посол назвал вымыслом сообщения о том, что база строится.", "ru") == "база строится."


def test_calling_a_report_a_lie_denies_it():
    assert denies("Министерство назвало ложью сообщения о закрытии границы.", "ru")
    assert claim_core("Министерство назвало ложью сообщения о том, что граница закрыта.", "ru") == "граница закрыта."


def test_each_encoder_has_its_own_threshold_and_a_set_one_replaces_it():
    assert match_threshold("use") < 0.7 < match_threshold("e5")  # USE's cosines run far lower than e5's
    assert match_threshold("e5", 0.6) == 0.6
    assert narratives.Narrator(encoder_name="e5").threshold == match_threshold("e5")


def test_an_encoder_without_a_threshold_is_a_configuration_error():
    with pytest.raises(ConfigurationError):
        match_threshold("word2vec")


def test_ruling_out_denies_and_a_thing_not_ruled_out_asserts():
    assert denies("The minister ruled out a second referendum.", "en")
    assert denies("Министр исключил возможность второго референдума.", "ru")
    assert not denies("A second referendum cannot be ruled out.", "en")


def test_skipping_or_boycotting_denies_as_not_going_does():
    assert denies("Mongolia skipped the summit in Tokyo.", "en")
    assert denies("Монголия бойкотировала саммит в Токио.", "ru")


def test_a_low_likelihood_denies():
    assert stance_of("The likelihood that a putsch is being prepared seems low to me", "en") == "denies"


def test_a_denial_cue_verb_denies_whatever_the_content():
    assert stance_of("Kazakhstan would send troops to Ukraine", "en", cue="denied") == "denies"


def test_a_question_questions():
    assert stance_of("Is the West preparing a coup in Kazakhstan?", "en") == "questions"


def test_the_core_drops_a_denial_frame():
    assert claim_core("It is clear that, unfortunately, no West interferes in Kazakhstan", "en") == "no West interferes in Kazakhstan"


def test_the_core_drops_a_likelihood_frame_and_its_evaluation():
    text = "The likelihood that Western forces are preparing a putsch in Kazakhstan seems low to me, since it is illegal"
    assert claim_core(text, "en") == "Western forces are preparing a putsch in Kazakhstan"


def test_a_negation_in_the_first_clause_is_no_frame():
    text = "The West cannot do anything that could undermine the support of its people."
    assert claim_core(text, "en") == text


def test_the_core_drops_a_reporting_frame():
    assert claim_core("The mayor of Osh insisted that the market will reopen in May", "en") == "the market will reopen in May"
    assert claim_core("Аким заявил, что рынок откроется в мае", "ru") == "рынок откроется в мае"


def test_the_core_drops_a_judged_report_and_its_judgement():
    text = "The ministry said reports of a cholera outbreak in Osh were false."
    assert claim_core(text, "en") == "a cholera outbreak in Osh"
    assert claim_core("The mayor called claims that the market will close a fake", "en") == "the market will close"


def test_a_russian_report_called_a_fake_is_a_frame():
    text = "Минздрав назвало фейком сообщения о том, что в Оше вспышка холеры."
    assert claim_core(text, "ru") == "в Оше вспышка холеры."


def test_a_denial_is_matched_without_its_negation():
    assert affirmed("it has not closed the road to Osh", "en") == "it has closed the road to Osh"
    assert affirmed("the mayor hasn't closed the road", "en") == "the mayor has closed the road"
    assert affirmed("никаких ограничений на въезд нет", "ru") == "ограничений на въезд"


def test_an_assertion_is_matched_with_its_words():
    assert matched_text("Prices will not fall this year", "asserts", "The bank", "speaker", "en") == "Prices will not fall this year"


def test_a_leading_it_is_matched_as_the_speaker():
    assert with_holder("it has closed the road", "Tashkent", "en") == "Tashkent has closed the road"
    assert with_holder("its army is leaving", "Tashkent", "en") == "Tashkent's army is leaving"


def test_an_outlet_does_not_stand_for_it():
    assert matched_text("it has closed the road", "asserts", "Daily News", "outlet", "en") == "it has closed the road"


def test_the_core_drops_a_trailing_clause_of_reason():
    assert claim_core("The base will close next year, because the lease ends", "en") == "The base will close next year"


# -- claims of an article ---------------------------------------------------------------------


def hand_article() -> Article:
    text = "Analyst Ivan Petrov said the West is planning a coup in Kazakhstan. Critics reportedly say troops were bribed."
    said = text.index("the West")
    bribed = text.index("bribed")
    sentence = text.index("Critics")
    return Article(
        id="a" * 16, source="hand.txt", text=text, site_name="Hand Post", language="en", published="2024-02-01",
        quotes=[Quote(kind="indirect", text=text[said : text.index(".")], start=said, end=text.index("."),
                      cue=Span("said", text.index("said"), text.index("said") + 4),
                      speaker=Speaker("Analyst Ivan Petrov", 0, 19, name="Ivan Petrov"))],
        events=[
            Event(type="ACCUSE", trigger=Span("planning", text.index("planning"), text.index("planning") + 8),
                  sentence=Span(text[: text.index(".") + 1], 0, text.index(".") + 1), hypothetical=True,
                  reported_by=ReportedBy(said, text.index("."), "Ivan Petrov")),
            Event(type="COERCE", trigger=Span("bribed", bribed, bribed + 6), sentence=Span(text[sentence:], sentence, len(text)),
                  alleged=True),
        ],
    )


def test_a_quote_is_a_claim_held_by_its_speaker_on_the_articles_day():
    [quoted, _] = claims_of(hand_article())
    assert (quoted.holder, quoted.holder_kind, quoted.stance, quoted.day, quoted.language, quoted.extractor) == (
        "Ivan Petrov", "speaker", "asserts", "2024-02-01", "en", "hotspot.claims.v8")


def test_an_event_inside_a_quote_is_not_claimed_twice():
    assert [c.source for c in claims_of(hand_article())] == ["quote", "event"]


def test_an_alleged_event_without_a_speaker_is_held_by_the_outlet():
    [_, alleged] = claims_of(hand_article())
    assert (alleged.holder, alleged.holder_kind, alleged.text) == ("Hand Post", "outlet", "Critics reportedly say troops were bribed.")


def _reported_claim(text: str, noun: str, content_from: str, language: str = "en") -> Article:
    """An article of one sentence whose quote is someone's report ('claims that ...'), the noun its cue."""
    start, cue = text.index(content_from), text.index(noun)
    end = len(text.rstrip("."))
    return Article(id="b" * 16, source="hand.txt", text=text, language=language,
                   quotes=[Quote(kind="indirect", text=text[start:end], start=start, end=end,
                                 cue=Span(noun, cue, cue + len(noun)), speaker=Speaker("The government", 0, 14))])


def test_a_report_its_holder_rejects_is_a_denial():
    article = _reported_claim("The government rejected claims that the country is short of food.", "claims", "the country")
    assert [c.stance for c in claims_of(article)] == ["denies"]


def test_a_report_its_holder_repeats_is_an_assertion():
    article = _reported_claim("The government repeated claims that the country is short of food.", "claims", "the country")
    assert [c.stance for c in claims_of(article)] == ["asserts"]


def test_a_russian_report_its_holder_refutes_is_a_denial():
    text = "Министерство опровергло сообщения о том, что Россия перебрасывает войска на базу."
    article = _reported_claim(text, "сообщения", "Россия", language="ru")
    assert [c.stance for c in claims_of(article)] == ["denies"]


def test_every_claim_is_its_articles_text_at_its_span():
    article = hand_article()
    assert all(article.text[c.start : c.end] == c.text for c in claims_of(article))


# -- the samples, end to end ------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory, samples_dir):
    from hotspot.records import RawDocument

    raws = [RawDocument(source=str(path), kind="page_text", content=path.read_text(encoding="utf-8"), content_hash=path.stem * 2)
            for path in sorted(samples_dir.glob("*.txt"))]
    raws.append(RawDocument(source="ru-coup.txt", kind="clean_text", content=RUSSIAN, content_hash="r" * 64,
                            published="2024-01-20", site_name="Тестовая газета"))
    results = list(Analyzer(limits=Limits(time_limit_s=0)).run(raws))
    assert [r.status for r in results] == ["analyzed"] * 3, [r.reason for r in results]
    path = tmp_path_factory.mktemp("narratives") / "samples.db"
    store = narratives.attach(Store(f"sqlite:///{path}"))
    for result in results:
        assert result.article is not None
        store.save(result.article)
    yield store, path
    store.close()


def coup_narrative(store: Store) -> dict:
    [coup] = [row for row in narratives.ranked(store, limit=100) if "coup in Kazakhstan" in (row["representative"] or "")]
    found = narratives.detail(store, coup["id"])
    assert found is not None
    return found


def holders(found: dict, stance: str) -> set[str]:
    return {c["holder"] for c in found["claims_list"] if c["stance"] == stance}


def test_prokhvatilovs_coup_claim_is_asserted_in_the_narrative(sample_store):
    assert "Vladimir Prokhvatilov" in holders(coup_narrative(sample_store[0]), "asserts")


def test_orujevs_framing_questions_the_same_narrative(sample_store):
    assert "Rauf Orujev" in holders(coup_narrative(sample_store[0]), "questions")


def test_munbaev_and_kuroptev_deny_the_same_narrative(sample_store):
    assert {"Nurlan Munbaev", "Egor Kuroptev"} <= holders(coup_narrative(sample_store[0]), "denies")


def test_the_russian_claim_joins_the_english_narrative(sample_store):
    found = coup_narrative(sample_store[0])
    assert {c["language"] for c in found["claims_list"]} == {"en", "ru"}
    assert "Igor Semenov" in holders(found, "asserts") or "Игорь Семёнов" in holders(found, "asserts")


def test_every_claim_of_the_narrative_cites_its_sentence(sample_store):
    store = sample_store[0]
    for claim in coup_narrative(store)["claims_list"]:
        article = store.get(claim["article_id"])
        assert article is not None and article.text[claim["sentence_start"] : claim["sentence_end"]] == claim["sentence"]
        assert claim["text"] in claim["sentence"]


def test_rebuilding_from_the_store_gives_the_same_narrative(sample_store):
    store = sample_store[0]
    before = {(c["text"], c["stance"]) for c in coup_narrative(store)["claims_list"]}
    narratives.rebuild(store)
    assert {(c["text"], c["stance"]) for c in coup_narrative(store)["claims_list"]} == before


def test_the_brief_section_names_voices_for_and_against(sample_store):
    [line, citation] = narratives.claimed_about(sample_store[0], "KZ", limit=1)
    assert "for: " in line and "against: " in line and "Nurlan Munbaev" in line and citation.strip().startswith("[")


def test_the_cli_lists_the_narratives_of_a_country_as_json(sample_store):
    import hotspot.cli.narratives  # noqa: F401  (registers the command until hotspot.cli imports it)
    from hotspot.cli.common import app

    result = CliRunner().invoke(app, ["narratives", "--country", "KZ", "--format", "json", "--db", str(sample_store[1])])
    assert result.exit_code == 0, result.output
    assert any(row["languages"] == 2 and row["denying"] >= 2 for row in json.loads(result.output))


def test_the_cli_shows_a_narrative_grouped_by_stance(sample_store):
    import hotspot.cli.narratives  # noqa: F401
    from hotspot.cli.common import app

    found = coup_narrative(sample_store[0])
    result = CliRunner().invoke(app, ["narratives", "show", str(found["id"]), "--db", str(sample_store[1])])
    assert result.exit_code == 0, result.output
    assert result.output.index("asserts") < result.output.index("denies") < result.output.index("Timeline")


def test_db_narratives_rebuilds_the_same_counts(sample_store):
    import hotspot.cli.narratives  # noqa: F401
    from hotspot.cli.common import app

    before = [(r["representative"], r["claims"]) for r in narratives.ranked(sample_store[0], limit=100)]
    result = CliRunner().invoke(app, ["db", "narratives", "--db", str(sample_store[1])])
    assert result.exit_code == 0, result.output
    assert [(r["representative"], r["claims"]) for r in narratives.ranked(sample_store[0], limit=100)] == before


def test_a_catalogue_entry_is_matched_with_its_evidence(sample_store, tmp_path):
    catalogue = tmp_path / "known.toml"
    catalogue.write_text(
        '[[narratives]]\nname = "Western coup plot"\ndescription = "The West is said to plan a coup."\n'
        'examples = ["Western countries are plotting a coup in Kazakhstan."]\n', encoding="utf-8")
    store = sample_store[0]
    assert narratives.rematch(store, catalogue) >= 1
    [match] = coup_narrative(store)["catalogue"]
    assert match["entry"] == "Western coup plot" and match["evidence"] and match["score"] >= 0.65




def test_a_narrative_line_counts_articles_and_says_when_no_outlet_is_known():
    item = {"id": 7, "representative": "the West may repeat the coup", "claims": 2, "articles": 1, "outlets": 0,
            "languages": 1, "first_seen": "2022-05-28", "voices": {"asserts": ["A. Analyst"], "denies": [], "questions": []},
            "catalogue": [], "cite": {"article_id": "abc", "start": 0, "end": 10}}
    [line, _] = narratives.claimed_lines([item])
    assert "2 claims in 1 article (outlet not stated), 1 language" in line and "0 outlets" not in line
    [line, _] = narratives.claimed_lines([{**item, "articles": 3, "outlets": 2}])
    assert "in 3 articles from 2 outlets" in line


def test_a_holder_names_its_country_by_its_name_a_nationality_or_its_capital():
    from hotspot.connect.claims import named_country

    assert named_country("Armenia's labour minister", "en") == "Armenia"
    assert named_country("Georgian officials", "en") == "Georgia"
    assert named_country("Yerevan", "en") == "Armenia"
    assert named_country("The mayor's office", "en") is None
    assert named_country("Министерство финансов Армении", "ru") == "Армения"
    assert named_country("Пресс-служба компании", "ru") is None


def test_the_country_in_a_claim_is_its_holders_country():
    denied = matched_text("the country had not sold its gold reserves", "denies", "Armenia's finance minister", "speaker", "en")
    assert denied == "Armenia had sold its gold reserves"
    said = matched_text("страна закупит новые самолёты", "asserts", "Премьер-министр Армении", "speaker", "ru")
    assert said == "Армения закупит новые самолёты"


def test_a_denial_that_names_no_country_is_about_its_holders():
    assert (matched_text("выборы не перенесут", "denies", "Избирком Армении", "speaker", "ru")
            == "Армения: выборы перенесут")
    assert (matched_text("Georgia has not bought new drones", "denies", "Armenia's defence minister", "speaker", "en")
            == "Georgia has bought new drones")
    assert (matched_text("турецкие дроны не закупали", "denies", "Минобороны Армении", "speaker", "ru")
            == "турецкие дроны закупали")
    assert matched_text("no wages will be frozen", "denies", "The mayor's office", "speaker", "en") == "wages will be frozen"


def test_an_assertion_or_a_denial_naming_a_country_gets_no_country_added():
    assert matched_text("wages will be frozen", "asserts", "Armenia's labour minister", "speaker", "en") == "wages will be frozen"
    assert (matched_text("Armenian wages will not be frozen", "denies", "Armenia's labour minister", "speaker", "en")
            == "Armenian wages will be frozen")
    assert (matched_text("армянские зарплаты не заморозят", "denies", "Минтруд Армении", "speaker", "ru")
            == "армянские зарплаты заморозят")
    assert matched_text("the country will not freeze wages", "denies", "Daily News", "outlet", "en") == "the country will freeze wages"


def test_a_well_known_person_speaks_for_the_country():
    from hotspot.connect.claims import named_country

    assert named_country("President Tokayev", "en") == "Kazakhstan"
    assert named_country("Токаева", "ru") == "Токаев"
    assert matched_text("the country will not join the bloc", "denies", "Tokayev", "speaker", "en") == "Kazakhstan will join the bloc"


# -- the cascade: the first encoder's band, the second's say inside it -------------------------


class _HandEncoder(Encoder):
    """A second encoder made by hand: each text's vector is set by the test; every text it embeds is counted."""

    name = "hand"
    dim = 2

    def __init__(self, vectors: dict[str, tuple[float, float]]) -> None:
        self.given = vectors
        self.embedded: list[str] = []

    def _embed(self, texts: list[str]) -> np.ndarray:
        self.embedded.extend(texts)
        return np.array([self.given[text] for text in texts], dtype=np.float32)


@dataclass
class _Said:
    """A claim as the cascade reads it (a stored claim's row has the same fields)."""

    core: str
    language: str
    stance: str = "asserts"
    holder: str | None = None
    holder_kind: str | None = None


BAND = narratives.Cascade(low=0.5, high=0.8, second="hand", second_threshold=0.9)


def test_a_cosine_above_the_band_matches_without_the_second_encoder():
    assert BAND.matches(0.85, None)


def test_a_cosine_below_the_band_does_not_match_whatever_the_second_says():
    assert not BAND.matches(0.45, 0.99)


def test_inside_the_band_the_second_encoder_decides_on_both_sides_of_the_first_cut():
    assert BAND.matches(0.55, 0.95) and not BAND.matches(0.75, 0.85)


def test_the_band_decides_arrays_of_pairs_as_it_decides_one():
    first, second = np.array([0.85, 0.45, 0.55, 0.75]), np.array([0.1, 0.99, 0.95, 0.85])
    assert BAND.matches_all(first, second).tolist() == [BAND.matches(f, s) for f, s in zip(first, second, strict=True)]


def test_the_shipped_band_holds_uses_cut_and_hands_over_to_e5_at_its_own_threshold():
    band = narratives.cascade_of("use", "e5")
    assert band.low <= match_threshold("use") < band.high and band.second_threshold == match_threshold("e5")


def test_an_encoder_without_a_band_cannot_cascade():
    with pytest.raises(ConfigurationError):
        narratives.cascade_of("e5", "use")


def test_the_second_encoder_matches_a_russian_paraphrase_of_an_english_claim():
    english = _Said("The ministry will close the border crossing in May.", "en")
    russian = _Said("Министерство закроет пункт пропуска на границе в мае.", "ru")
    opinion = narratives.SecondOpinion(BAND, _HandEncoder({english.core: (1.0, 0.0), russian.core: (0.96, 0.28)}))
    assert opinion([(english, russian)]) == [True]


def test_the_second_encoder_refuses_a_claim_about_another_crossing():
    english = _Said("The ministry will close the border crossing in May.", "en")
    other = _Said("Министерство откроет новый пункт пропуска на другой границе.", "ru")
    opinion = narratives.SecondOpinion(BAND, _HandEncoder({english.core: (1.0, 0.0), other.core: (0.8, 0.6)}))
    assert opinion([(english, other)]) == [False]


def test_the_second_encoder_embeds_each_claim_once():
    english = _Said("Farmers will get cheaper diesel this autumn.", "en")
    russian = _Said("Осенью фермеры получат более дешёвое дизельное топливо.", "ru")
    encoder = _HandEncoder({english.core: (1.0, 0.0), russian.core: (0.96, 0.28)})
    opinion = narratives.SecondOpinion(BAND, encoder)
    opinion([(english, russian)])
    opinion([(russian, english), (english, russian)])
    assert sorted(encoder.embedded) == sorted([english.core, russian.core])


def test_the_second_encoder_reads_a_denial_as_the_claim_it_denies():
    claim = _Said("The bank will raise its rate.", "en")
    denial = _Said("The bank will not raise its rate.", "en", stance="denies")
    encoder = _HandEncoder({"The bank will raise its rate.": (1.0, 0.0)})
    assert narratives.SecondOpinion(BAND, encoder)([(claim, denial)]) == [True]
