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
