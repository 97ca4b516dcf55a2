"""Full-text search (store/search.py) on both back ends: FTS5 on SQLite, the stored tsvector on PostgreSQL."""

from hotspot.store.queries import SearchFilters, search_articles
from tests.store.test_database import make_article


def test_search_finds_words_in_text_and_ranks_title_hits_first(store):
    store.save(make_article(1, text="A long report on gas prices and the protests in the west of the country."))
    store.save(make_article(2, title="Protests in Kazakhstan", text="Residents opposed the price rise for gas."))
    hits = store.search("protests")
    assert [h.id for h in hits] == [f"{2:016x}", f"{1:016x}"]
    assert store.search("nothing-like-this-anywhere") == []


def test_search_survives_query_syntax_errors(store):
    store.save(make_article(1))
    assert [h.id for h in store.search('Zhanaozen AND (')] == [f"{1:016x}"]


def test_search_takes_the_same_operators_on_both_back_ends(store):
    store.save(make_article(1, text="Gas prices rose in Aktau."))
    store.save(make_article(2, text="Gas prices rose in Almaty."))
    assert [h.id for h in store.search("gas NOT Almaty")] == [f"{1:016x}"]
    assert len(store.search("Aktau OR Almaty")) == 2
    assert [h.id for h in store.search('"rose in Almaty"')] == [f"{2:016x}"]


def _russian_articles(store):
    store.save(make_article(1, language="ru", text="Президент встретился с Назарбаевым в Астане."))
    store.save(make_article(2, language="ru", text="Слова Назарбаева приводит агентство."))
    store.save(make_article(3, language="ru", text="Нурсултану Назарбаеву вручили награду в Казахстане."))
    store.save(make_article(4, text="Nazarbayev met the president in Astana."))


def test_a_russian_name_finds_every_case_form_of_it(store):
    _russian_articles(store)
    assert sorted(h.id for h in store.search("Назарбаев")) == [f"{n:016x}" for n in (1, 2, 3)]
    assert sorted(h.id for h in store.search("Назарбаева")) == [f"{n:016x}" for n in (1, 2, 3)]


def test_a_russian_phrase_and_operators_are_stemmed_word_by_word(store):
    _russian_articles(store)
    assert [h.id for h in store.search('"Нурсултан Назарбаев"')] == [f"{3:016x}"]
    assert [h.id for h in store.search("Назарбаев NOT Казахстан NOT Астана")] == [f"{2:016x}"]


def test_the_web_search_stems_russian_too(store):
    _russian_articles(store)
    hits = search_articles(store, SearchFilters(q="Назарбаеву"))["hits"]
    assert sorted(h["id"] for h in hits) == [f"{n:016x}" for n in (1, 2, 3)]


def test_english_words_are_searched_as_typed_beside_russian_articles(store):
    _russian_articles(store)
    assert [h.id for h in store.search("Nazarbayev")] == [f"{4:016x}"]
