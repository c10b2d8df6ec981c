"""Dialogs of the main window. Each exposes a classmethod (``ask``, ``show_…``) that tests replace
instead of running a real modal loop (STYLE 8)."""
