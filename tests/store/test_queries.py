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


def _with_entities(n: int, *names: str) -> Article:
    from hotspot.records import Entity

    text = " ".join(names) + " met."
    found, start = [], 0
    for name in names:
        found.append(Entity(name, "PERSON", start, start + len(name), name, f"person:{name.lower()}", None, None, None, "t.v1"))
        start += len(name) + 1
    return Article(id=f"{n:016x}", source=f"/{n}.html", text=text, content_hash=f"{n:064x}", text_hash=f"t{n:063x}",
                   entities=found)


def test_several_values_of_one_filter_all_must_hold(store_url):
    s = Store(store_url)
    s.save(_with_entities(11, "Tokayev", "Putin"))
    s.save(_with_entities(12, "Tokayev"))
    s.save(_with_entities(13, "Putin", "Xi"))
    ids = lambda f: sorted(h["id"] for h in search_articles(s, f)["hits"])  # noqa: E731
    assert ids(SearchFilters(entity=["Tokayev", "putin"])) == [f"{11:016x}"]
    assert ids(SearchFilters(entity=["Putin"])) == [f"{11:016x}", f"{13:016x}"]
    assert ids(SearchFilters(entity=["Tokayev", "Tokayev"])) == [f"{11:016x}", f"{12:016x}"]
    assert ids(SearchFilters(entity=["person:xi", "Putin"])) == [f"{13:016x}"]
    s.close()
