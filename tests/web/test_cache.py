"""Kept answers last exactly as long as the store is unchanged."""

from __future__ import annotations

from hotspot.store import Store
from hotspot.web.cache import GenerationCache
from tests.store.test_database import make_article


def test_answer_is_reused_until_the_store_changes(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'h.db'}")
    cache = GenerationCache(store)
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    assert cache.get("k", compute) == 1
    assert cache.get("k", compute) == 1
    store.save(make_article(1))
    assert cache.get("k", compute) == 2
    store.delete(f"{1:016x}")
    assert cache.get("k", compute) == 3


def test_cache_is_bounded(tmp_path):
    cache = GenerationCache(Store(f"sqlite:///{tmp_path / 'h.db'}"), max_entries=2)
    for key in "abc":
        cache.get(key, lambda: key)
    assert list(cache._entries) == ["b", "c"]
