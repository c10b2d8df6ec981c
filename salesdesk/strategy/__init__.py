"""The Strategy area (SPEC §4): competitors and their prices, product pricing, channels and
research notes. Plain functions over a SQLAlchemy Connection; no Qt."""
