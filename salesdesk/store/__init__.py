"""Persistence: the database file (SQLite today), its lock, backups, schema and migrations."""
