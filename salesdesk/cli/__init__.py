"""The command line: ``main.py COMMAND`` (see :mod:`salesdesk.cli.main`), one module per family."""
