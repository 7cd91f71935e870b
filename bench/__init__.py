"""Benchmark: a deterministic synthetic corpus and `make bench`."""
