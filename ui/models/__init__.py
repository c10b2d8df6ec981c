"""Qt item models: thin adapters over the core's queries (STYLE 3)."""
