"""A geopy-compatible geocoder over the offline gazetteer.

    >>> from geo.engine.geocoder import OfflineGeocoder
    >>> g = OfflineGeocoder()
    >>> g.geocode("طرابلس, لبنان").raw["country_code"]
    'LB'
    >>> g.reverse((32.89, 13.19)).address
    'Tripoli, Libya'

It follows geopy's geocoders (``geocode(query, *, exactly_one=True, timeout=..., language=...)``
returning ``Location``s, a list when ``exactly_one=False``, None when nothing matches) so any code
written for geopy can use it. An online geocoder can stand behind it for names the gazetteer lacks,
off by default: ``OfflineGeocoder(fallback=Nominatim(user_agent="my-desk"))``.
"""
from __future__ import annotations

import math
from typing import Any

from geopy.exc import GeocoderQueryError
from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location
from geopy.point import Point

from geo.engine.document import Place
from geo.engine.gazetteer import Gazetteer
from geo.engine.resolve import FEATURE_PRIOR


class OfflineGeocoder(Geocoder):
    """Names in any script to places, and points to the nearest place, with no network."""

    def __init__(self, gazetteer: Gazetteer | None = None, fallback: Geocoder | None = None,
                 user_agent: str = "conflict-atlas", timeout: float = 10.0):
        super().__init__(user_agent=user_agent, timeout=timeout)
        self._gazetteer = gazetteer
        self.fallback = fallback

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            from geo.engine.pipeline import default_parser

            self._gazetteer = default_parser().gazetteer
        return self._gazetteer

    # -- forward --------------------------------------------------------------------------------

    def geocode(self, query: str, *, exactly_one: bool = True, timeout: Any = DEFAULT_SENTINEL,
                language: str | None = None, country_codes: str | list[str] | None = None):
        """Places named ``query`` ("Tripoli", "Tripoli, Lebanon", "طرابلس، لبنان"), best first.

        ``country_codes`` limits the search (ISO alpha-2); ``language`` ("ar" or "en") picks the
        language of the returned address.
        """
        if not isinstance(query, str) or not query.strip():
            raise GeocoderQueryError("geocode needs a non-empty place name")
        parts = [p.strip() for p in query.replace("،", ",").split(",") if p.strip()]
        codes = {country_codes.upper()} if isinstance(country_codes, str) else {c.upper() for c in country_codes or []}
        places = self.gazetteer.lookup(parts[0])
        context = [self.gazetteer.lookup(p) for p in parts[1:]]
        scored = []
        for p in places:
            if codes and p.country_code not in codes:
                continue
            if context and not all(any(self._contains(c, p) for c in ctx) for ctx in context):
                continue
            scored.append((math.log10(p.population + 10) + FEATURE_PRIOR.get(p.feature, 0.0), p))
        scored.sort(key=lambda t: -t[0])
        if not scored:
            if self.fallback is not None:
                return self.fallback.geocode(query, exactly_one=exactly_one, timeout=timeout,
                                             **({"language": language} if language else {}))
            return None
        locations = [self._location(p, language) for _, p in scored]
        return locations[0] if exactly_one else locations

    @staticmethod
    def _contains(outer: Place, inner: Place) -> bool:
        if outer.feature == "country":
            return outer.country_code == inner.country_code
        if outer.feature == "admin1":
            return (outer.country_code, outer.admin1) == (inner.country_code, inner.admin1)
        return outer.id == inner.id

    # -- reverse --------------------------------------------------------------------------------

    def reverse(self, query, *, exactly_one: bool = True, timeout: Any = DEFAULT_SENTINEL,
                language: str | None = None, limit: int = 5):
        """The place nearest to a point ((lat, lon), "lat, lon" or a geopy Point)."""
        try:
            point = Point(query)
        except (ValueError, TypeError) as e:
            raise GeocoderQueryError(f"reverse needs a point (lat, lon): {e}") from None
        nearest = self.gazetteer.nearest(point.latitude, point.longitude, k=1 if exactly_one else limit)
        if not nearest:
            return None
        locations = [self._location(p, language, distance_km=d) for d, p in nearest]
        return locations[0] if exactly_one else locations

    # -- output ---------------------------------------------------------------------------------

    def _location(self, p: Place, language: str | None, distance_km: float | None = None) -> Location:
        arabic = (language or "").lower().startswith("ar")

        def label(q: Place | None) -> str | None:
            if q is None:
                return None
            return (q.name_ar or q.name) if arabic else q.name

        parts = [label(p)]
        if p.feature not in ("country", "admin1", "continent"):
            parts.append(label(self.gazetteer.admin1(p.country_code, p.admin1)))
        if p.feature != "country":
            parts.append(label(self.gazetteer.country(p.country_code)))
        address = ("، " if arabic else ", ").join(dict.fromkeys(x for x in parts if x))
        raw = {"geonameid": p.geonameid, "name": p.name, "name_ar": p.name_ar, "country_code": p.country_code,
               "admin1": p.admin1, "feature": p.feature, "population": p.population, "lat": p.lat, "lon": p.lon}
        if distance_km is not None:
            raw["distance_km"] = round(distance_km, 3)
        return Location(address, Point(p.lat, p.lon), raw)
