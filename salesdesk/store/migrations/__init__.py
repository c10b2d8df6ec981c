"""Alembic migrations of the SalesDesk schema (run by :mod:`salesdesk.store.db`)."""
