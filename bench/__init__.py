"""Benchmarks: `python -m bench` runs every bench/*.py module's ``main()``; each prints a small table."""
