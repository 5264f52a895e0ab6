"""Benchmarks run side by side with the peer library; see `python -m tools.bench --help`."""
