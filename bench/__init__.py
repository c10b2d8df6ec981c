"""Benchmarks of SPEC §11; run them with `make bench` (see bench/harness.py)."""
