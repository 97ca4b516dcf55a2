"""Store: one schema over SQLite (embedded default) and PostgreSQL, with full-text search."""

from hotspot.store.database import Store, database_url
from hotspot.store.search import SearchHit

__all__ = ["SearchHit", "Store", "database_url"]
