"""The in-memory facet index counts what the SQL facets count, and keeps up with the store."""

from __future__ import annotations

import pytest

from hotspot.store import Store
from hotspot.store.facets import FacetIndex
from hotspot.store.queries import SearchFilters, search_articles
from tests.store.test_database import make_article, quoted_article


@pytest.fixture
def store(store_url):
    s = Store(store_url)
    s.save(quoted_article(1, site="Eurasian Star"))
    s.save(quoted_article(2, site="Caspian News"))
    s.save(make_article(3, text="Protesters in Zhanaozen and Aktau said fuel prices were too high, article three."))
    yield s
    s.close()


@pytest.mark.parametrize("filters", [SearchFilters(), SearchFilters(q="Kazakhstan"), SearchFilters(outlet=["Caspian News"]),
                                     SearchFilters(q="Zhanaozen", country=["KZ"])])
def test_index_counts_equal_the_sql_facets(store, filters):
    by_sql = search_articles(store, filters)["facets"]
    by_index = search_articles(store, filters, facet_index=FacetIndex(store))["facets"]
    # the same counts; among equal counts SQLite and PostgreSQL order NULL ('(unknown)') differently
    assert {k: sorted(v, key=lambda r: (-r["count"], r["value"])) for k, v in by_index.items()} == \
        {k: sorted(v, key=lambda r: (-r["count"], r["value"])) for k, v in by_sql.items()}


def test_index_takes_in_articles_stored_after_it_was_built(store):
    index = FacetIndex(store)
    assert {"value": "Caspian News", "count": 1} in index.counts(None, {})["outlet"]
    store.save(quoted_article(4, site="Caspian News"))
    assert {"value": "Caspian News", "count": 2} in index.counts(None, {})["outlet"]


def test_index_forgets_a_deleted_article(store):
    index = FacetIndex(store)
    index.refresh()
    store.delete(f"{2:016x}")
    assert "Caspian News" not in [row["value"] for row in index.counts(None, {})["outlet"]]


def test_speaker_facet_counts_articles_not_quotes(store):
    # two quotes by him in each of two articles: 2 articles
    assert {"value": "Vladimir Prokhvatilov", "count": 2} in FacetIndex(store).counts(None, {})["speaker"]
