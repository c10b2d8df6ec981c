"""The SalesDesk desktop application (PySide6). Qt only: it calls the core in ``salesdesk``."""
