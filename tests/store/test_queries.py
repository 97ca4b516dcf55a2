"""The web workspace's search (store/queries.py) on both back ends: FTS5 on SQLite, the stored tsvector on PostgreSQL."""

import pytest

from hotspot.records import Article
from hotspot.store import Store
from hotspot.store.queries import SearchFilters, search_articles


@pytest.fixture
def store(store_url):
    s = Store(store_url)
    s.save(Article(id=f"{1:016x}", source="/1.html", title="Protests in Aktau", text="Gas prices rose in Aktau.",
                   site_name="Steppe Post", content_hash="1" * 64, text_hash="2" * 64))
    s.save(Article(id=f"{2:016x}", source="/2.html", text="Gas prices rose in Almaty.", site_name="Almaty Daily",
                   content_hash="3" * 64, text_hash="4" * 64))
    yield s
    s.close()


def test_web_search_takes_the_same_operators_on_both_back_ends(store):
    assert [h["id"] for h in search_articles(store, SearchFilters(q="gas NOT Almaty"))["hits"]] == [f"{1:016x}"]
    assert search_articles(store, SearchFilters(q="Aktau OR Almaty"))["total"] == 2
    assert search_articles(store, SearchFilters(q='"rose in Almaty"'))["total"] == 1


def test_web_search_counts_facets_over_the_matches(store):
    result = search_articles(store, SearchFilters(q="gas"))
    assert result["total"] == 2
    assert {row["value"] for row in result["facets"]["outlet"]} == {"Steppe Post", "Almaty Daily"}


@pytest.mark.parametrize("name", ["outlet", "language", "country", "entity", "speaker", "event_type"])
def test_filters_refuse_more_values_than_max_filter_values(name):
    from hotspot.store.queries import TooManyFilterValues

    with pytest.raises(TooManyFilterValues, match=rf"^\[H081\] too many values for {name}: 51 \(at most 50\)$"):
        SearchFilters(**{name: [f"v{n}" for n in range(51)]})


def test_the_filter_bound_follows_the_setting(monkeypatch):
    from hotspot.store.queries import TooManyFilterValues

    monkeypatch.setenv("HOTSPOT_MAX_FILTER_VALUES", "2")
    assert SearchFilters(entity=["a", "b"]).entity == ["a", "b"]
    with pytest.raises(TooManyFilterValues, match="at most 2"):
        SearchFilters(entity=["a", "b", "c"])


def test_every_filter_at_its_bound_stays_inside_sqlites_expression_depth(tmp_path):
    # SQLite is the back end with a depth limit (a thousand values were "Expression tree is too large"). PostgreSQL
    # has none, but plans one subquery per value slowly: there the query time limit answers first (H060).
    store = Store(f"sqlite:///{tmp_path / 'h.db'}")
    lists = {name: [f"v{n}" for n in range(50)] for name in ("outlet", "language", "country", "entity", "speaker",
                                                               "event_type")}
    assert search_articles(store, SearchFilters(q="gas", **lists))["total"] == 0
    assert search_articles(store, SearchFilters(**lists))["total"] == 0
    store.close()
