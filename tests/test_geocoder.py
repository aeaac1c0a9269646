import pytest
from geopy.exc import GeocoderQueryError
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geo.engine.geocoder import OfflineGeocoder


@pytest.fixture(scope="module")
def geocoder(gazetteer):
    return OfflineGeocoder(gazetteer)


def test_is_a_geopy_geocoder(geocoder):
    assert isinstance(geocoder, Geocoder)


def test_geocode_any_script_returns_a_location(geocoder):
    for query in ("طرابلس", "Tripoli", "Триполи"):
        loc = geocoder.geocode(query)
        assert isinstance(loc, Location)
        assert loc.raw["country_code"] == "LY", query


def test_context_and_country_codes_narrow_the_answer(geocoder):
    assert geocoder.geocode("Tripoli, Lebanon").raw["country_code"] == "LB"
    assert geocoder.geocode("طرابلس، لبنان").raw["country_code"] == "LB"
    assert geocoder.geocode("Tripoli", country_codes=["lb"]).raw["country_code"] == "LB"


def test_exactly_one_false_gives_a_list_best_first(geocoder):
    found = geocoder.geocode("Tripoli", exactly_one=False)
    assert isinstance(found, list) and len(found) >= 2
    assert found[0].raw["population"] >= found[1].raw["population"]


def test_arabic_addresses_on_request(geocoder):
    assert geocoder.geocode("Sirte", language="ar").address.startswith("سرت")


def test_unknown_name_gives_none_and_bad_query_raises(geocoder):
    assert geocoder.geocode("Qwxzzyplace") is None
    with pytest.raises(GeocoderQueryError):
        geocoder.geocode("  ")


def test_reverse_finds_the_nearest_place(geocoder):
    loc = geocoder.reverse((32.89, 13.19))
    assert loc.raw["name"] == "Tripoli" and loc.raw["distance_km"] < 5
    assert len(geocoder.reverse("31.2, 16.6", exactly_one=False, limit=3)) == 3
    with pytest.raises(GeocoderQueryError):
        geocoder.reverse("not a point")


def test_fallback_geocoder_answers_what_the_gazetteer_lacks(gazetteer):
    class Fixed(Geocoder):
        """A stand-in for an online service: answers one name (no network in tests)."""
        def geocode(self, query, exactly_one=True, **kwargs):
            return Location("Somewhere", (1.0, 2.0), {"query": query})

    geocoder = OfflineGeocoder(gazetteer, fallback=Fixed())
    assert geocoder.geocode("Qwxzzyplace").raw == {"query": "Qwxzzyplace"}
    assert geocoder.geocode("Sirte").raw["country_code"] == "LY"  # the gazetteer still answers first
