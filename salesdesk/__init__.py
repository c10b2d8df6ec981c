"""SalesDesk core: domain, persistence, metrics, reports and the command line.

This package imports no Qt; the GUI lives in ``ui/``.
"""

__version__ = "0.1.0"
APP_NAME = "SalesDesk"
