"""The Strategy section: market, pricing, channels and research pages."""
