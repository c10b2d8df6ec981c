"""Customers at scale: the list query, segments, the customer detail, retention analytics.

The per-customer sales figures that the list filters and sorts by live in the
``customer_summary`` cache (:mod:`salesdesk.customers.summary`).
"""
