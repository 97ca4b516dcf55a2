"""Answers kept until the store changes: a country's brief or the list of voices, computed once per change.

A country page aggregates every event about the country (100,000 for the US in
a large store) and costs about a second; analysts open the same few countries
and voices again and again, while the store changes only when something is
ingested. Each answer is kept with the store's generation it was computed at
(:meth:`hotspot.store.database.Store.generation`) and reused while that is
unchanged: a write anywhere, by this server or a CLI ingest beside it, makes
every kept answer stale. The cache is bounded (least recently used goes first)
and per process.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")


class GenerationCache:
    def __init__(self, store: Any, max_entries: int = 512) -> None:
        self.store = store
        self.max_entries = max_entries
        self._entries: OrderedDict[Hashable, tuple[tuple[int, int], Any]] = OrderedDict()
        self._lock = threading.Lock()
        self._computing: dict[Hashable, threading.Lock] = {}

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The kept answer for ``key`` if the store has not changed since, else ``compute()`` (and keep it).

        One computation per key at a time: a request arriving while the same answer is
        being computed waits for it instead of computing it again (a cold country page
        under load would otherwise be computed by every waiting request at once).
        """
        generation = self.store.generation()
        hit = self._fresh(key, generation)
        if hit is not None:
            return hit[0]
        with self._lock:
            key_lock = self._computing.setdefault(key, threading.Lock())
        with key_lock:
            hit = self._fresh(key, generation)
            if hit is not None:
                return hit[0]
            value = compute()
            with self._lock:
                self._entries[key] = (generation, value)
                self._entries.move_to_end(key)
                while len(self._entries) > self.max_entries:
                    self._entries.popitem(last=False)
                self._computing.pop(key, None)
        return value

    def _fresh(self, key: Hashable, generation: tuple[int, int]) -> tuple[Any] | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and entry[0] == generation:
                self._entries.move_to_end(key)
                return (entry[1],)
        return None
