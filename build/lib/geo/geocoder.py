"""The offline geopy geocoder at its documented path (it lives in ``geo.engine.geocoder``)."""
from geo.engine.geocoder import OfflineGeocoder

__all__ = ["OfflineGeocoder"]
