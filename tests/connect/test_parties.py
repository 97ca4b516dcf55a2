"""The countries a claim names, word by word, in English and Russian, on sentences written here."""

from hotspot.connect.parties import token_countries
from hotspot.understand.nlp import load_nlp
from hotspot.understand.nlp_ru import load_russian


def named(text, lang):
    doc = (load_russian() if lang == "ru" else load_nlp())(text)
    return {doc[i].text: codes for i, codes in token_countries(doc, lang).items()}


def test_an_english_country_and_a_nationality_word_name_their_countries():
    assert named("Mongolian miners sell coal to Japan.", "en") == {"Mongolian": ("MN",), "Japan": ("JP",)}


def test_a_russian_country_in_any_case_and_a_nationality_word_name_their_countries():
    assert named("Монгольские шахтёры продают уголь Японии.", "ru") == {"Монгольские": ("MN",), "Японии": ("JP",)}


def test_a_country_of_two_words_is_read_whole():
    assert named("Монголия продаёт уголь Южной Корее.", "ru") == {"Монголия": ("MN",), "Южной": ("KR",), "Корее": ("KR",)}


def test_a_big_town_names_its_country():
    assert named("Ulaanbaatar sells coal to Tokyo.", "en") == {"Ulaanbaatar": ("MN",), "Tokyo": ("JP",)}


def test_a_russian_compound_adjective_names_both_countries():
    assert named("Патрули охраняют монгольско-китайскую границу.", "ru") == {"монгольско-китайскую": ("MN", "CN")}


def test_a_region_is_no_country():
    assert named("Монголия торгует со странами Центральной Азии.", "ru") == {"Монголия": ("MN",)}


def test_a_lower_case_word_is_never_a_country():
    assert named("Tell us about the coal.", "en") == {}
