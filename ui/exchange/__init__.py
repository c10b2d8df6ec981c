"""File > Import (a wizard over :mod:`salesdesk.exchange`) and File > Export (a dialog)."""
