"""Command-line commands, one module per family; see :mod:`salesdesk.cli`."""
