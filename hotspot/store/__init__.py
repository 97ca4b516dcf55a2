"""Store: one schema over SQLite (embedded default) and PostgreSQL, with full-text search."""

from hotspot.store.database import SearchHit, Store, database_url

__all__ = ["SearchHit", "Store", "database_url"]
