"""The agreement check after the match threshold: opposed predicates and swapped roles, on parses of sentences written here."""

import numpy as np
import pytest

from hotspot.connect import agreement
from hotspot.connect.agreement import Frame, converse, frames, is_same_party, is_swap, judge, opposed, role_cosines
from hotspot.understand.data import load_table


def frame(lemmas=("say",), subject="", arguments=(), passive=False, negated=False, named=True):
    return Frame(tuple(lemmas), subject, tuple(arguments), passive, negated, named)


def one(text, lang):
    return frames([text], lang)[0]


def fixed_encode(table):
    """An encode function over a few known phrases: each a fixed unit vector, so cosines are chosen by the test."""

    def encode(texts):
        return np.array([table[text] for text in texts], dtype=np.float32)

    return encode


def test_every_group_of_the_table_has_two_poles_in_both_languages():
    for group in load_table("agreement", ("groups",), package="hotspot.connect.data")["groups"]:
        assert len(group["poles"]) == 2
        assert all(pole["en"] and pole["ru"] for pole in group["poles"])


def test_a_rise_and_a_cut_of_the_same_thing_are_opposed():
    rise = one("The government of Mongolia raised coal exports to China.", "en")
    cut = one("Правительство Монголии сократило экспорт угля в Китай.", "ru")
    assert opposed(rise, "en", cut, "ru") == "more / less"


def test_a_translation_keeps_its_pole():
    rise = one("The government of Mongolia raised coal exports to China.", "en")
    also_rise = one("Правительство Монголии увеличило экспорт угля в Китай.", "ru")
    assert opposed(rise, "en", also_rise, "ru") is None


def test_the_verb_a_plan_governs_is_read():
    closing = one("The city plans to close the old market.", "en")
    opening = one("Город открывает старый рынок.", "ru")
    assert opposed(closing, "en", opening, "ru") == "open / close"


def test_a_negated_predicate_is_left_to_the_denial_check():
    not_raised = one("The bank did not raise its rates.", "en")
    lowered = one("Банк снизил ставки.", "ru")
    assert opposed(not_raised, "en", lowered, "ru") is None


def test_an_approval_and_a_rejection_of_the_same_text_are_opposed():
    approved = one("The council approved the new water code.", "en")
    rejected = one("Совет отверг новый водный кодекс.", "ru")
    assert opposed(approved, "en", rejected, "ru") == "accept / refuse"


def test_buying_and_selling_are_converse_not_opposed():
    bought = one("Georgia bought wheat from Armenia.", "en")
    sold = one("Армения продала пшеницу Грузии.", "ru")
    assert opposed(bought, "en", sold, "ru") is None
    assert converse(bought, "en", sold, "ru") == "buy / sell"


def test_a_common_noun_subject_is_not_a_named_party():
    assert not one("Foreign banks own most of the mining sector.", "en").named
    assert one("Mongolia owns most of the mining sector.", "en").named


def test_a_common_noun_subject_is_not_tested_for_roles():
    never_called = fixed_encode({})
    share = frame(subject="a large share", arguments=("Chinese firms",), named=False)
    firms = frame(subject="Chinese firms", arguments=("a large share",))
    assert role_cosines(share, firms, never_called) is None


def test_converse_predicates_with_swapped_subjects_agree():
    east, west = np.array([1.0, 0.0]), np.array([0.0, 1.0])
    encode = fixed_encode({"Georgia": east, "Грузии": east, "Armenia": west, "Армения": west})
    a = frame(lemmas=("buy",), subject="Georgia", arguments=("Armenia",))
    b = frame(lemmas=("продать",), subject="Армения", arguments=("Грузии",))
    assert judge(a, "en", b, "ru", encode, threshold=0.65).agree


def test_converse_predicates_said_of_one_party_are_refused():
    east, west = np.array([1.0, 0.0]), np.array([0.0, 1.0])
    encode = fixed_encode({"Georgia": east, "Грузия": east, "Armenia": west, "Армении": west})
    a = frame(lemmas=("buy",), subject="Georgia", arguments=("Armenia",))
    b = frame(lemmas=("продать",), subject="Грузия", arguments=("Армении",))
    verdict = judge(a, "en", b, "ru", encode, threshold=0.65)
    assert (verdict.agree, verdict.reason) == (False, "converse")


def test_subjects_are_one_party_only_as_close_as_a_match():
    assert is_same_party((0.90, 0.30, 0.20), reappear=0.65)
    assert not is_same_party((0.50, 0.30, 0.20), reappear=0.65)


def test_a_subject_and_the_other_arguments_are_found():
    parsed = one("Armenia accused Georgia of closing the border.", "en")
    assert parsed.subject == "Armenia"
    assert "Georgia" in parsed.arguments
    assert not parsed.passive


def test_a_pronoun_subject_names_no_one():
    assert one("It sells grain to Georgia.", "en").subject == ""


def test_a_language_without_a_parser_gives_an_empty_frame():
    assert frames(["Бұл сөйлем қазақ тілінде жазылған."], "kk") == [frame(lemmas=())]


def test_roles_are_swapped_when_each_subject_reappears_as_the_others_argument():
    assert is_swap((0.40, 0.70, 0.85), reappear=0.65)


def test_roles_are_not_swapped_when_no_subject_reappears_as_close_as_a_match():
    # "Kazakhstan will build a plant" / "Росатом построит станцию в Казахстане": the parties in other words.
    assert not is_swap((0.20, 0.47, 0.33), reappear=0.65)


def test_roles_are_not_swapped_when_the_subjects_are_the_same_party():
    assert not is_swap((0.90, 0.70, 0.30), reappear=0.65)


def test_a_passive_claim_is_not_tested_for_roles():
    never_called = fixed_encode({})
    passive = frame(subject="", arguments=("Georgia",), passive=True)
    active = frame(subject="Armenia", arguments=("Georgia",))
    assert role_cosines(passive, active, never_called) is None


def test_judge_refuses_swapped_roles():
    east, west = np.array([1.0, 0.0]), np.array([0.0, 1.0])
    encode = fixed_encode({"Armenia": east, "Armenien": east, "Georgia": west, "Georgien": west})
    a = frame(lemmas=("accuse",), subject="Armenia", arguments=("Georgia",))
    b = frame(lemmas=("accuse",), subject="Georgien", arguments=("Armenien",))
    verdict = judge(a, "en", b, "en", encode, threshold=0.65)
    assert (verdict.agree, verdict.reason) == (False, "swapped")


def test_judge_lets_the_same_roles_pass():
    east, west = np.array([1.0, 0.0]), np.array([0.0, 1.0])
    encode = fixed_encode({"Armenia": east, "Armenien": east, "Georgia": west, "Georgien": west})
    a = frame(lemmas=("accuse",), subject="Armenia", arguments=("Georgia",))
    b = frame(lemmas=("accuse",), subject="Armenien", arguments=("Georgien",))
    assert judge(a, "en", b, "en", encode, threshold=0.65).agree


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_lemma_on_both_poles_of_a_group_is_not_read_as_opposed(lang, monkeypatch):
    monkeypatch.setattr(agreement, "_poles", lambda language: (("g", frozenset({"x"}), frozenset({"x", "y"})),))
    assert opposed(frame(lemmas=("x",)), lang, frame(lemmas=("y",)), lang) is None


def test_agrees_refuses_a_claim_and_its_opposite():
    never_called = fixed_encode({})
    lowered, raised = "Kyrgyzstan lowered the tax on fuel.", "Кыргызстан повысил налог на топливо."
    verdict = agreement.agrees(lowered, "en", raised, "ru", never_called, 0.65)
    assert (verdict.agree, verdict.reason, verdict.detail) == (False, "opposed", "more / less")


def test_agrees_takes_a_reprint_without_parsing_it(monkeypatch):
    monkeypatch.setattr(agreement, "frames", None)  # calling it would fail
    assert agreement.agrees("Prices rose in Osh.", "en", "prices rose in Osh.", "en", fixed_encode({}), 0.65).agree


def test_agree_many_judges_each_pair_on_its_own():
    def encode(texts):  # every phrase alike: the subjects are as close as can be, no swap
        return np.ones((len(texts), 2), dtype=np.float32) / np.sqrt(2)

    verdicts = agreement.agree_many(
        [
            ("The ministry raised the fuel tax.", "en", "Министерство снизило налог на топливо.", "ru"),
            ("The ministry raised the fuel tax.", "en", "Министерство повысило налог на топливо.", "ru"),
        ],
        encode,
        0.65,
    )
    assert [v.agree for v in verdicts] == [False, True]


def test_the_checker_handed_to_the_store_reads_a_missing_language_as_unparsed():
    agree = agreement.checker(fixed_encode({}), 0.65)
    assert agree([("Prices rose in Osh.", None, "Цены в Оше снизились.", None)]) == [True]


def test_growing_and_ending_one_thing_are_opposed():
    expanding = one("The company plans to expand its plant in Pavlodar.", "en")
    closing = one("Компания собирается закрыть свой завод в Павлодаре.", "ru")
    assert opposed(expanding, "en", closing, "ru") == "more / less ~ open / close"


def test_quantities_are_read_with_their_scale_and_decimal_mark():
    assert agreement.quantities("a loan of $1.5bn in 2023", "en") == (frozenset({1.5e9}), frozenset({2023}))
    assert agreement.quantities("кредит на 1,5 млрд долларов в 2023 году", "ru") == (frozenset({1.5e9}), frozenset({2023}))
    assert agreement.quantities("12,000 workers", "en") == (frozenset({12000.0}), frozenset())
    assert agreement.quantities("12 000 рабочих", "ru") == (frozenset({12000.0}), frozenset())


def test_different_figures_differ_and_the_same_figure_does_not():
    assert agreement.numbers_differ("Wheat exports fell by 20%.", "en", "Экспорт пшеницы упал на 40%.", "ru")
    assert not agreement.numbers_differ("Wheat exports fell by 20%.", "en", "Экспорт пшеницы упал на 20%.", "ru")


def test_a_figure_in_words_is_not_compared():
    assert not agreement.numbers_differ("Wheat exports fell by a fifth.", "en", "Экспорт пшеницы упал на 40%.", "ru")


def test_agree_many_refuses_claims_of_different_figures():
    never_called = fixed_encode({})
    verdict = agreement.agrees("Wheat exports fell by 20%.", "en", "Экспорт пшеницы упал на 40%.", "ru", never_called, 0.65)
    assert (verdict.agree, verdict.reason) == (False, "numbers")


# -- countries, figures in words, order in time, converse nouns (hotspot.claims.v6) ---------------------------------


def test_another_destination_is_another_claim():
    japan = one("Mongolia will send more coal to Japan.", "en")
    korea = one("Монголия отправит больше угля в Южную Корею.", "ru")
    assert agreement.parties_differ(japan, "en", korea, "ru") == "places"


def test_a_capital_for_its_country_is_the_same_place():
    capital = one("Ulaanbaatar will send more coal to Japan.", "en")
    country = one("Монголия отправит больше угля в Японию.", "ru")
    assert agreement.parties_differ(capital, "en", country, "ru") is None


def test_a_country_named_on_one_side_only_is_context_not_another_place():
    bare = one("Mongolia will send more coal.", "en")
    placed = one("Монголия отправит больше угля в Японию.", "ru")
    assert agreement.parties_differ(bare, "en", placed, "ru") is None


def test_parties_named_by_nationality_are_swapped():
    one_way = one("Mongolian hackers attacked Chinese banks.", "en")
    other_way = one("Китайские хакеры атаковали монгольские банки.", "ru")
    assert agreement.parties_differ(one_way, "en", other_way, "ru") == "swapped"


def test_giving_and_getting_across_converse_groups_take_swapped_countries_as_the_paraphrase():
    receives = one("Japan receives coal from Mongolia.", "en")
    sells = one("Монголия продаёт уголь Японии.", "ru")
    assert converse(receives, "en", sells, "ru") == "giving / getting"
    assert agreement.parties_differ(receives, "en", sells, "ru") is None


def test_imports_and_exports_of_one_country_are_opposite_claims():
    imports = one("Mongolia increased its coal imports.", "en")
    exports = one("Монголия нарастила экспорт угля.", "ru")
    assert agreement.parties_differ(imports, "en", exports, "ru") == "converse"


def test_a_lone_cardinal_in_words_is_compared():
    two = one("Two reporters were detained after the rally.", "en")
    five = one("После митинга задержали пятерых репортёров.", "ru")
    assert (two.word_numbers, five.word_numbers) == (frozenset({2.0}), frozenset({5.0}))
    assert agreement.numbers_differ("Two reporters were detained after the rally.", "en",
                                    "После митинга задержали пятерых репортёров.", "ru", two.word_numbers, five.word_numbers)


def test_a_cardinal_in_a_compound_is_not_read():
    assert one("Some two hundred thousand people left.", "en").word_numbers == frozenset()
    assert one("Уехали около двухсот тысяч человек.", "ru").word_numbers == frozenset()


def test_a_cardinal_in_words_and_the_same_in_digits_agree():
    two = one("Two reporters were detained.", "en")
    assert not agreement.numbers_differ("Two reporters were detained.", "en", "Задержаны 2 репортёра.", "ru", two.word_numbers)


def test_before_and_after_are_two_claims():
    after = "Министр посетит Токио после саммита."
    assert agreement.sequence_differs("The minister will visit Tokyo before the summit.", "en", after, "ru")
    assert not agreement.sequence_differs("The minister will visit Tokyo after the summit.", "en", after, "ru")


def test_tightening_and_easing_rules_are_opposed():
    tightened = one("The bank tightened its lending rules.", "en")
    eased = one("Банк смягчил правила кредитования.", "ru")
    assert opposed(tightened, "en", eased, "ru") == "more / less"


def test_submitting_and_withdrawing_a_bid_are_opposed():
    withdrew = one("The city withdrew its bid for the games.", "en")
    submitted = one("Город подал заявку на проведение игр.", "ru")
    assert opposed(withdrew, "en", submitted, "ru") == "submit / withdraw"


def test_agree_many_refuses_another_destination():
    never_called = fixed_encode({})
    verdict = agreement.agrees("Mongolia will send more coal to Japan.", "en", "Монголия отправит больше угля в Южную Корею.", "ru",
                               never_called, 0.65)
    assert (verdict.agree, verdict.reason) == (False, "places")


# -- months (hotspot.claims.v7) -------------------------------------------------------------------------------------


def test_claims_dated_to_different_months_differ():
    assert agreement.numbers_differ("The vote will be held in June.", "en", "Голосование перенесли на сентябрь.", "ru")
    assert not agreement.numbers_differ("Prices rose in March.", "en", "В марте цены выросли.", "ru")


def test_a_month_on_one_side_only_or_may_the_verb_is_no_date():
    assert not agreement.numbers_differ("The vote will be held in June.", "en", "Голосование перенесли.", "ru")
    assert agreement.months("May God help us, he said in April.", "en") == frozenset({4})
    assert agreement.months("Майор ушёл в отставку в мае.", "ru") == frozenset({5})


def test_every_russian_lemma_of_the_table_is_its_own_normal_form():
    from natasha import MorphVocab

    morph = MorphVocab()
    table = load_table("agreement", ("groups", "converse_groups"), package="hotspot.connect.data")
    for group in table["groups"] + table["converse_groups"]:
        for side in group.get("poles", group.get("sides")):
            for lemma in side["ru"]:
                assert lemma in {parse.normal_form for parse in morph.parse(lemma)}, lemma


def test_a_sudden_jump_and_a_sharp_fall_are_opposed():
    jumped = one("Wool exports to Turkey jumped last spring.", "en")
    fell = one("Экспорт шерсти в Турцию резко сократился прошлой весной.", "ru")
    assert opposed(jumped, "en", fell, "ru") == "more / less"


def test_prices_going_up_and_down_are_opposed_in_russian_verbs_of_price():
    rose = one("Bread prices in Bishkek rose in March.", "en")
    cheaper = one("Хлеб в Бишкеке подешевел в марте.", "ru")
    dearer = one("Хлеб в Бишкеке подорожал в марте.", "ru")
    assert opposed(rose, "en", cheaper, "ru") == "more / less"
    assert opposed(rose, "en", dearer, "ru") is None


def test_granting_and_refusing_a_licence_are_opposed():
    granted = one("Armenia granted a licence to the foreign radio station.", "en")
    refused = one("Армения отказала иностранной радиостанции в лицензии.", "ru")
    assert opposed(granted, "en", refused, "ru") == "grant / deny"


def test_allowing_and_obliging_are_two_claims():
    allowed = one("The new rules would allow teachers to wear jeans.", "en")
    obliged = one("Новые правила обяжут учителей носить джинсы.", "ru")
    assert opposed(allowed, "en", obliged, "ru") == "permit / oblige"


def test_helping_and_harming_are_opposed():
    helped = one("The new tariffs helped Armenian farmers.", "en")
    harmed = one("Новые пошлины навредили армянским фермерам.", "ru")
    assert opposed(helped, "en", harmed, "ru") == "help / harm"


def test_stopping_pumping_to_and_stopping_receiving_from_are_one_event_seen_from_two_sides():
    pumped = one("Georgia has stopped pumping water to Armenia.", "en")
    received = one("Армения перестала получать воду из Грузии.", "ru")
    assert opposed(pumped, "en", received, "ru") is None
    assert converse(pumped, "en", received, "ru") == "give / receive"


def test_the_causes_a_claim_states_are_read_in_both_languages():
    assert one("The bridge collapsed because of heavy rain.", "en").causes == ("heavy rain",)
    assert one("The outage was caused by a storm.", "en").causes == ("a storm",)
    assert one("Prices rose because the harvest failed.", "en").causes == ("the harvest failed",)
    assert one("Мост обрушился из-за сильного дождя.", "ru").causes == ("сильного дождя",)
    assert one("Цены выросли, потому что урожай погиб.", "ru").causes == ("урожай погиб",)


def test_from_abroad_is_a_place_not_a_cause():
    assert one("Лекарства везут из-за рубежа.", "ru").causes == ()
    assert one("The plant was built by a Turkish firm.", "en").causes == ()


def test_two_causes_as_far_apart_as_the_cut_refuse_a_match():
    storm, wiring = Frame((), "", (), False, False, causes=("a storm",)), Frame((), "", (), False, False, causes=("проводка",))
    encode = fixed_encode({"a storm": [1.0, 0.0], "проводка": [0.6, 0.8]})
    cosine = agreement.cause_cosine(storm, wiring, encode)
    assert cosine == pytest.approx(0.6)
    assert agreement.decide(None, None, None, 0.58, cause=cosine, cause_cut=0.7).reason == "cause"
    assert agreement.decide(None, None, None, 0.58, cause=cosine, cause_cut=0.5).agree
    assert agreement.decide(None, None, None, 0.58, cause=cosine, cause_cut=None).agree


def test_a_claim_that_states_no_cause_is_not_compared_for_causes():
    storm = Frame((), "", (), False, False, causes=("a storm",))
    assert agreement.cause_cosine(storm, Frame((), "", (), False, False), fixed_encode({})) is None


def test_agree_many_refuses_claims_that_blame_different_causes():
    a, b = "The dam failed because of an earthquake.", "Плотина разрушилась из-за ошибки строителей."
    table = {"The dam": [1.0, 0.0], "Плотина": [1.0, 0.0], "an earthquake": [1.0, 0.0], "ошибки строителей": [0.0, 1.0]}

    def encode(texts):
        return np.array([table.get(t, [0.7071, 0.7071]) for t in texts], dtype=np.float32)

    assert agreement.agree_many([(a, "en", b, "ru")], encode, 0.58, cause_cut=0.35)[0].reason == "cause"
    assert agreement.agree_many([(a, "en", b, "ru")], encode, 0.58)[0].agree


def test_a_reported_claim_is_read_for_what_it_reports_not_for_the_saying():
    reported = one("Local media reported that the ministry would close the old airport.", "en")
    assert reported.lemmas == ("close",)
    assert reported.subject == "the ministry"
    after = one("The ministry will close the old airport, local media said.", "en")
    assert after.lemmas == ("close",)
    russian = one("Министерство сообщило, что аэропорт закроют в мае.", "ru")
    assert russian.lemmas == ("закрыть",)
    opening = one("Министерство откроет старый аэропорт.", "ru")
    assert opposed(reported, "en", opening, "ru") == "open / close"


def test_a_verb_of_saying_without_a_clause_is_its_own_predicate():
    assert one("The minister said nothing about the airport.", "en").lemmas == ("say",)
