"""Russian quote detection on the real natasha parse: sentences written for these tests, one behaviour each."""

from __future__ import annotations

import pytest

from hotspot.records import Quote
from hotspot.understand.quotes.ru_marks import find_marked_ru
from hotspot.understand.quotes.russian import EXTRACTOR, find_quotes_ru


@pytest.fixture(scope="module")
def quotes_of():
    from hotspot.understand.nlp_ru import load_russian

    nlp = load_russian()

    def run(text: str) -> list[Quote]:
        return find_quotes_ru(nlp(text))

    return run


def _only(quotes: list[Quote]) -> Quote:
    assert len(quotes) == 1, [(q.kind, q.text) for q in quotes]
    return quotes[0]


# records


def test_extractor_name_is_versioned():
    assert EXTRACTOR == "hotspot.quotes.ru.v1"


def test_empty_text_has_no_quotes(quotes_of):
    assert quotes_of("") == []


def test_spans_index_the_text_and_name_the_extractor(quotes_of):
    text = "Министр заявил, что цены вырастут. «Мы готовы к диалогу», — сказал посол."
    quotes = quotes_of(text)
    assert len(quotes) == 2
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
        assert text[quote.cue.start : quote.cue.end] == quote.cue.text
        assert text[quote.speaker.start : quote.speaker.end] == quote.speaker.text
        assert quote.extractor == EXTRACTOR
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


# quotation marks


def test_marks_nest_low_quotes_inside_angle_quotes():
    text = "«Он назвал это „ошибкой“ вчера», — сказал он."
    (marked,) = find_marked_ru(text)
    assert text[marked.start : marked.end] == "Он назвал это „ошибкой“ вчера"


def test_marks_nest_straight_quotes_inside_straight_quotes():
    text = 'Он сказал: "Компания "Восход" не может работать", - и ушёл.'
    (marked,) = find_marked_ru(text)
    assert text[marked.start : marked.end] == 'Компания "Восход" не может работать'


def test_marks_keep_a_quotation_running_over_paragraphs():
    text = "«Первый абзац речи.\n«Второй абзац речи», — сказал он."
    (marked,) = find_marked_ru(text)
    assert text[marked.start : marked.end] == "Первый абзац речи.\n«Второй абзац речи"


def test_marks_drop_a_stray_opening_mark_but_keep_what_closed_inside_it():
    text = "Цены « растут, а «Газпром» молчит."
    assert [text[m.start : m.end] for m in find_marked_ru(text)] == ["Газпром"]


# direct speech: the dash convention


def test_quote_then_comma_dash_and_cue_is_direct(quotes_of):
    quote = _only(quotes_of("«Мы не допустим повторения беспорядков», — сказал Токаев журналистам."))
    assert (quote.kind, quote.text, quote.cue.text, quote.speaker.text) == (
        "direct", "Мы не допустим повторения беспорядков", "сказал", "Токаев")


def test_quote_then_dash_without_comma_is_direct(quotes_of):
    quote = _only(quotes_of("«Ситуация полностью под контролем» — заявил глава МВД Ерлан Тургумбаев."))
    assert (quote.kind, quote.text, quote.speaker.text) == ("direct", "Ситуация полностью под контролем",
                                                            "Ерлан Тургумбаев")


def test_low_quotes_are_direct_speech(quotes_of):
    quote = _only(quotes_of("„Работы хватит всем“, — пообещал мэр города."))
    assert (quote.kind, quote.text, quote.speaker.text) == ("direct", "Работы хватит всем", "мэр города")


def test_straight_quotes_with_a_hyphen_are_direct_speech(quotes_of):
    quote = _only(quotes_of('"Цены на хлеб вырастут", - сказал фермер Иван Кузнецов.'))
    assert (quote.kind, quote.text, quote.speaker.text) == ("direct", "Цены на хлеб вырастут", "Иван Кузнецов")


def test_dialogue_dash_line_is_direct_speech(quotes_of):
    quote = _only(quotes_of("— Ситуация под контролем, — отметил он."))
    assert (quote.kind, quote.text, quote.speaker.text) == ("direct", "Ситуация под контролем", "он")


def test_dialogue_question_before_its_dash_is_direct_speech(quotes_of):
    quote = _only(quotes_of("— Когда откроют границу? — спросил журналист."))
    assert (quote.kind, quote.text) == ("direct", "Когда откроют границу?")


def test_dialogue_line_goes_on_after_its_cue(quotes_of):
    first, second = quotes_of("— Больницы работают, — отметила министр. — Лекарств хватает.")
    assert (first.text, second.text) == ("Больницы работают", "Лекарств хватает.")
    assert first.cue == second.cue and first.speaker == second.speaker


def test_dialogue_line_with_two_cues_gives_each_its_own_speech(quotes_of):
    quotes = quotes_of("— Больницы работают, — сказал он. — Лекарств хватает, — добавил министр.")
    assert [(q.text, q.cue.text) for q in quotes] == [("Больницы работают", "сказал"), ("Лекарств хватает", "добавил")]


# split quotations


def test_split_quotation_is_one_attribution_with_two_parts(quotes_of):
    text = "«Мы не допустим повторения беспорядков, — сказал он, — виновные будут наказаны»."
    first, second = quotes_of(text)
    assert (first.text, second.text) == ("Мы не допустим повторения беспорядков", "виновные будут наказаны")
    assert first.cue == second.cue and first.cue.text == "сказал"
    assert first.speaker == second.speaker and first.speaker.text == "он"
    assert first.end < first.cue.start < second.start


def test_two_quotations_around_one_cue_share_it(quotes_of):
    first, second = quotes_of("«Мы готовы к переговорам», — сказал министр, — «но не на любых условиях».")
    assert (first.text, second.text) == ("Мы готовы к переговорам", "но не на любых условиях")
    assert first.cue == second.cue


def test_cue_inside_a_quotation_belongs_to_it(quotes_of):
    quote = _only(quotes_of("«Он сказал, что всё будет хорошо», — вспомнил депутат."))
    assert (quote.kind, quote.cue.text, quote.speaker.text) == ("direct", "вспомнил", "депутат")


# direct speech after a colon


def test_cue_and_colon_before_a_quotation_is_direct(quotes_of):
    quote = _only(quotes_of("Пресс-секретарь Кремля Дмитрий Песков сообщил журналистам: «Решение ещё не принято»."))
    assert (quote.kind, quote.text, quote.cue.text, quote.speaker.text) == (
        "direct", "Решение ещё не принято", "сообщил", "Дмитрий Песков")


def test_name_and_colon_before_a_quotation_is_direct(quotes_of):
    quote = _only(quotes_of("Токаев: «Мы не допустим повторения беспорядков»."))
    assert (quote.kind, quote.cue.text, quote.speaker.text) == ("direct", ":", "Токаев")


def test_colon_without_marks_is_indirect(quotes_of):
    quote = _only(quotes_of("Министр заявил журналистам: переговоры продолжатся в пятницу."))
    assert (quote.kind, quote.text) == ("indirect", "переговоры продолжатся в пятницу.")


# indirect speech


def test_cue_with_that_clause_is_indirect(quotes_of):
    quote = _only(quotes_of("Президент Казахстана Касым-Жомарт Токаев заявил, что ситуация в стране стабилизировалась."))
    assert (quote.kind, quote.text, quote.cue.text, quote.speaker.text) == (
        "indirect", "ситуация в стране стабилизировалась", "заявил", "Касым-Жомарт Токаев")


@pytest.mark.parametrize("cue", ["сообщил", "отметил", "подчеркнул", "считает", "полагает", "уверен"])
def test_speech_and_belief_cues_report_their_that_clause(quotes_of, cue):
    quote = _only(quotes_of(f"Министр {cue}, что кризис скоро закончится."))
    assert (quote.text, quote.cue.text, quote.speaker.text) == ("кризис скоро закончится", cue, "Министр")


def test_that_clause_after_o_tom_is_the_content(quotes_of):
    quote = _only(quotes_of("Лавров заявил о том, что Москва готова к диалогу."))
    assert quote.text == "Москва готова к диалогу"


def test_coordinated_cues_each_report_their_own_clause(quotes_of):
    first, second = quotes_of("Он отметил, что войска уйдут, и добавил, что решение окончательное.")
    assert (first.text, second.text) == ("войска уйдут", "решение окончательное")
    assert second.speaker.text == "Он"


def test_converb_cue_takes_the_subject_of_its_clause(quotes_of):
    quote = _only(quotes_of("Токаев, заявив, что кризис позади, покинул зал."))
    assert (quote.text, quote.speaker.text) == ("кризис позади", "Токаев")


def test_cue_after_its_content_behind_a_comma_is_indirect(quotes_of):
    quote = _only(quotes_of("Цены будут расти, считает политолог Иван Петров."))
    assert (quote.kind, quote.text, quote.speaker.text) == ("indirect", "Цены будут расти", "Иван Петров")


def test_cue_about_a_topic_reports_it(quotes_of):
    quote = _only(quotes_of("МВД сообщило о задержании двухсот участников акции."))
    assert (quote.kind, quote.text, quote.speaker.text) == ("indirect", "задержании двухсот участников акции", "МВД")


def test_about_this_reports_the_sentence_before(quotes_of):
    quote = _only(quotes_of("В Алма-Ате задержаны более 200 человек. Об этом сообщил министр внутренних дел."))
    assert (quote.text, quote.cue.text) == ("В Алма-Ате задержаны более 200 человек.", "сообщил")


def test_about_this_leaves_a_sentence_another_cue_reports(quotes_of):
    quote = _only(quotes_of("«Мы не допустим беспорядков», — сказал Токаев. Об этом он заявил на совещании."))
    assert quote.cue.text == "сказал"


def test_plural_cue_without_subject_speaks_for_the_body_named_in_it(quotes_of):
    quote = _only(quotes_of("В МИД Казахстана заявили, что посол будет вызван."))
    assert (quote.text, quote.speaker.text) == ("посол будет вызван", "МИД")


def test_impersonal_cue_speaks_for_the_author_of_the_document(quotes_of):
    quote = _only(quotes_of("«Ситуация стабилизировалась», — говорится в заявлении МИД России."))
    assert (quote.kind, quote.speaker.text) == ("direct", "МИД")


# source phrases


def test_po_slovam_names_the_speaker_of_the_clause(quotes_of):
    quote = _only(quotes_of("По словам Токаева, войска ОДКБ покинут страну в течение десяти дней."))
    assert (quote.kind, quote.text, quote.cue.text, quote.speaker.text) == (
        "indirect", "войска ОДКБ покинут страну в течение десяти дней.", "По словам", "Токаева")


def test_po_mneniyu_names_the_speaker_of_the_clause(quotes_of):
    quote = _only(quotes_of("По мнению политолога Ивана Петрова, цены будут расти."))
    assert (quote.text, quote.speaker.text) == ("цены будут расти.", "Ивана Петрова")


def test_possessive_inside_the_phrase_is_the_speaker(quotes_of):
    quote = _only(quotes_of("По его словам, переговоры продолжатся."))
    assert (quote.cue.text, quote.speaker.text) == ("По его словам", "его")


def test_source_phrase_after_the_clause_reports_the_clause(quotes_of):
    quote = _only(quotes_of("Переговоры продолжатся в пятницу, по словам министра."))
    assert (quote.text, quote.speaker.text) == ("Переговоры продолжатся в пятницу", "министра")


def test_soglasno_a_statement_speaks_for_its_author(quotes_of):
    quote = _only(quotes_of("Согласно заявлению МВД, порядок в городе восстановлен."))
    assert (quote.cue.text, quote.speaker.text) == ("Согласно", "МВД")


def test_soglasno_a_law_is_no_quote(quotes_of):
    assert quotes_of("Согласно закону, выборы пройдут в декабре.") == []


def test_po_nashim_dannym_is_the_author(quotes_of):
    assert quotes_of("По нашим данным, выборы пройдут в декабре.") == []


def test_kak_soobshchaet_names_the_speaker_of_the_rest(quotes_of):
    quote = _only(quotes_of("Как сообщает ТАСС, в Алма-Ате возобновили работу банки."))
    assert (quote.text, quote.cue.text, quote.speaker.text) == (
        "в Алма-Ате возобновили работу банки.", "Как сообщает", "ТАСС")


def test_kak_zayavil_before_a_quotation_is_direct(quotes_of):
    quote = _only(quotes_of("Как заявил Токаев, «мирные граждане не пострадают»."))
    assert (quote.kind, quote.text, quote.speaker.text) == ("direct", "мирные граждане не пострадают", "Токаев")


# reporting chains


def test_kak_peredayot_with_a_reference_is_a_chain(quotes_of):
    quote = _only(quotes_of("Как передаёт РИА Новости со ссылкой на МВД, задержаны более 200 человек."))
    assert (quote.speaker.text, quote.via) == ("МВД", ["РИА Новости"])


def test_outlet_with_a_reference_before_its_cue_is_a_chain(quotes_of):
    quote = _only(quotes_of("РИА Новости со ссылкой на источник в МВД сообщает, что задержаны десять человек."))
    assert (quote.text, quote.speaker.text, quote.via) == ("задержаны десять человек", "источник в МВД",
                                                          ["РИА Новости"])


def test_outlet_after_a_quote_relays_it(quotes_of):
    quote = _only(quotes_of("«Переговоры будут продолжены», — сказал Песков, передаёт ТАСС."))
    assert (quote.speaker.text, quote.via) == ("Песков", ["ТАСС"])


def test_outlet_quoting_someone_relays_them(quotes_of):
    quote = _only(quotes_of("«Переговоры будут продолжены», — цитирует Токаева ТАСС."))
    assert (quote.speaker.text, quote.via) == ("Токаева", ["ТАСС"])


def test_interview_outlet_goes_to_via(quotes_of):
    quote = _only(quotes_of("Песков рассказал в интервью РИА Новости, что визит состоится."))
    assert (quote.speaker.text, quote.via) == ("Песков", ["РИА Новости"])


# kinds


def test_quoted_fragment_in_a_reported_clause_is_mixed(quotes_of):
    quote = _only(quotes_of("Токаев назвал протесты «попыткой государственного переворота»."))
    assert (quote.kind, quote.text) == ("mixed", "протесты «попыткой государственного переворота»")


def test_reported_clause_wholly_in_marks_is_direct(quotes_of):
    quote = _only(quotes_of("Министр заявил, что «цены на газ не вырастут до осени»."))
    assert (quote.kind, quote.text) == ("direct", "цены на газ не вырастут до осени")


def test_quoted_name_in_a_reported_clause_leaves_it_indirect(quotes_of):
    quote = _only(quotes_of("Министр заявил, что «Газпром» повысит цены на газ."))
    assert (quote.kind, quote.text) == ("indirect", "«Газпром» повысит цены на газ")


# what is no quote


def test_company_name_in_marks_is_no_quote(quotes_of):
    assert quotes_of("Компания «Газпром» повысила цены на газ.") == []


def test_newspaper_name_in_marks_is_no_quote(quotes_of):
    assert quotes_of("Газета «Известия» опубликовала интервью с министром.") == []


def test_name_in_marks_before_a_relay_is_no_quote(quotes_of):
    quote = _only(quotes_of("Об отставке министра рассказал телеканал «Хабар», сообщает ТАСС."))
    assert (quote.cue.text, quote.speaker.text, quote.via) == ("рассказал", "телеканал «Хабар»", ["ТАСС"])


def test_long_name_after_a_naming_noun_is_no_quote(quotes_of):
    assert quotes_of("Депутаты партии «за справедливую и честную жизнь» собрались в Астане.") == []


def test_slogan_in_scare_quotes_is_no_quote(quotes_of):
    assert quotes_of("Участники акции несли плакаты с надписью «нет повышению цен» и расходились.") == []


def test_authors_statement_is_no_quote(quotes_of):
    assert quotes_of("Ситуация в стране остаётся напряжённой. Цены на топливо выросли вдвое.") == []


def test_authors_reminder_is_no_quote(quotes_of):
    assert quotes_of("Напомним, что ранее протесты прошли в Жанаозене.") == []


def test_authors_earlier_report_is_no_quote(quotes_of):
    assert quotes_of("Как сообщалось ранее, протесты прошли в Жанаозене.") == []


def test_first_person_cue_outside_quotes_is_the_author(quotes_of):
    assert quotes_of("Мы считаем, что реформа провалилась.") == []


def test_headline_without_a_cue_is_no_quote(quotes_of):
    assert quotes_of("«Мы не сдадимся»\n\nЖители посёлка вышли на улицы.") == []


# quotations without a cue of their own


def test_statement_after_a_quote_keeps_its_speaker(quotes_of):
    first, second = quotes_of("«Мы не допустим беспорядков», — сказал Токаев.\n«Все виновные будут наказаны по закону.»")
    assert (second.kind, second.cue, second.speaker.text) == ("direct", None, "Токаев")
    assert second.text == "Все виновные будут наказаны по закону."


def test_statement_after_another_person_is_named_keeps_no_speaker(quotes_of):
    quotes = quotes_of("«Мы не допустим беспорядков», — сказал Токаев. Лавров промолчал. «Все виновные будут наказаны.»")
    assert len(quotes) == 1


# error analysis of issue 15 (tune split): the rules each test below pins


def test_statement_without_an_author_speaks_for_itself(quotes_of):
    quote = _only(quotes_of("«Работы продлятся до весны», — говорится в сообщении."))
    assert (quote.text, quote.speaker.text) == ("Работы продлятся до весны", "сообщении")


def test_statement_named_before_an_impersonal_cue_is_its_source(quotes_of):
    quote = _only(quotes_of("В докладе подчеркивается, что цены на жильё продолжат расти."))
    assert (quote.text, quote.cue.text, quote.speaker.text) == ("цены на жильё продолжат расти", "подчеркивается", "докладе")


def test_court_ruling_speaks_for_its_court(quotes_of):
    quote = _only(quotes_of("Расходы бюджета выросли на треть, говорится в решении районного суда."))
    assert quote.text == "Расходы бюджета выросли на треть"
    assert "суда" in quote.speaker.text


def test_impersonal_cue_with_that_clause_is_a_quote_without_a_speaker(quotes_of):
    quote = _only(quotes_of("Уточняется, что изменения вступят в силу в мае."))
    assert (quote.text, quote.speaker) == ("изменения вступят в силу в мае", None)


def test_colon_ending_its_line_introduces_the_next_line(quotes_of):
    quote = _only(quotes_of("Мэр города написал в Telegram:\nМы сделаем всё, чтобы восстановить дороги до зимы.\nДороги закрыты."))
    assert (quote.kind, quote.speaker.text) == ("direct", "Мэр города")
    assert quote.text == "Мы сделаем всё, чтобы восстановить дороги до зимы."


def test_quoted_end_of_a_reported_clause_is_mixed(quotes_of):
    quote = _only(quotes_of('Уровень безработицы "остаётся высоким", заявил министр Иван Петров.'))
    assert (quote.kind, quote.text) == ("mixed", 'Уровень безработицы "остаётся высоким"')


def test_adverb_between_kak_and_its_cue(quotes_of):
    quote = _only(quotes_of("Как ранее сообщал портал Lenta.ru, мост закроют на ремонт до осени."))
    assert (quote.cue.text, quote.text) == ("Как ранее сообщал", "мост закроют на ремонт до осени.")


def test_site_owner_is_the_source_of_an_impersonal_report(quotes_of):
    quote = _only(quotes_of("Как сообщается на сайте городской администрации, мост закроют на ремонт до осени."))
    assert quote.speaker.text == "городской администрации"


def test_quoted_object_after_a_participle(quotes_of):
    quote = _only(quotes_of('В ответ представитель партии назвал прошедшие выборы "грандиозным обманом" и покинул зал.'))
    assert (quote.kind, quote.text) == ("mixed", 'прошедшие выборы "грандиозным обманом"')


def test_speech_resumes_after_a_clause_following_the_cue(quotes_of):
    first, second = quotes_of(
        "«Я не могу сказать точно», – сказал Петров, когда его спросили о ценах на бирже. – «Но я надеюсь на лучшее».")
    assert (first.text, second.text) == ("Я не могу сказать точно", "Но я надеюсь на лучшее")
    assert second.speaker.text == "Петров"


def test_speech_does_not_resume_across_an_author_sentence(quotes_of):
    quotes = quotes_of("«Я не могу сказать точно», – сказал Петров, когда его спросили о ценах. Потом он ушёл. – «Но я надеюсь».")
    assert [q.text for q in quotes] == ["Я не могу сказать точно"]


def test_named_apposition_is_the_speaker_of_a_kak_clause(quotes_of):
    quote = _only(quotes_of(
        "Как пишет один из участников той встречи, отставной генерал США Джон Смит, "
        "мероприятия были последней возможностью увидеться."))
    assert (quote.speaker.text, quote.text) == ("Джон Смит", "мероприятия были последней возможностью увидеться.")


def test_source_phrase_with_an_adjective_inside(quotes_of):
    quote = _only(quotes_of("По последним данным МВД, пожар начался из-за неисправной проводки."))
    assert (quote.cue.text, quote.speaker.text) == ("По последним данным", "МВД")


def test_data_of_nobody_is_no_quote(quotes_of):
    assert quotes_of("По предварительным данным, пожар начался из-за неисправной проводки.") == []


def test_report_phrase_po_soobshcheniyu_names_its_source(quotes_of):
    quote = _only(quotes_of("По сообщению местного телеканала, мост закрыли на ремонт до осени."))
    assert quote.speaker.text == "местного телеканала"


def test_mention_is_a_cue(quotes_of):
    quote = _only(quotes_of("Городские сайты лишь коротко упоминают, что мэр по-прежнему болеет."))
    assert (quote.cue.text, quote.text) == ("упоминают", "мэр по-прежнему болеет")


def test_shout_is_a_cue(quotes_of):
    quote = _only(quotes_of("Судья отказался от комментариев, а она крикнула: «Это несправедливо!»"))
    assert (quote.cue.text, quote.speaker.text) == ("крикнула", "она")
