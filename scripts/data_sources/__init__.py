"""Builders of the gazetteer's supplementary data files under data/ (see data/README.md)."""
