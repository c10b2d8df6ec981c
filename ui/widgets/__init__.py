"""Reusable widgets of the SalesDesk window."""
