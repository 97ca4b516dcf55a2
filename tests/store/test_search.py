"""Full-text search (store/search.py) on both back ends: FTS5 on SQLite, the stored tsvector on PostgreSQL."""

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
