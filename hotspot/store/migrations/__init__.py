"""Alembic migration scripts for the store, run by :mod:`hotspot.store.migrate` (no alembic.ini)."""
