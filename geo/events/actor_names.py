"""Actor names as ACLED writes them: "Civilians (Benin)", "Protesters (Bangladesh)",
"Unidentified Armed Group (Mali)", "Military Forces of Afghanistan", "Police Forces of Benin".

The actor list names generic actors without a country (data/actors.tsv: "Civilians", "Police
Forces"); an event gives them the country of its place. Country names come from the first columns
of data/countries.tsv, read once on first use, with ACLED's spelling where it differs.
"""
from __future__ import annotations

import csv
from functools import lru_cache

from geo.paths import DATA_DIR

COUNTRIES = DATA_DIR / "countries.tsv"
# ACLED's spelling where GeoNames' English name differs.
_ACLED_SPELLING = {"TR": "Turkey", "CD": "Democratic Republic of Congo", "CG": "Republic of Congo",
                   "CZ": "Czech Republic", "SZ": "eSwatini", "PS": "Palestine", "MK": "North Macedonia"}
# Generic actor (name_en in data/actors.tsv) -> ACLED's pattern with the event's country.
_BY_COUNTRY = {
    "Civilians": "Civilians ({})",
    "Protesters": "Protesters ({})",
    "Rioters": "Rioters ({})",
    "Unidentified armed group": "Unidentified Armed Group ({})",
    "Police Forces": "Police Forces of {}",
    "Military Forces": "Military Forces of {}",
    "Fulani Ethnic Militia": "Fulani Ethnic Militia ({})",
    "Dozo Communal Militia": "Dozo Communal Militia ({})",
    "Dogon Ethnic Militia": "Dogon Ethnic Militia ({})",
}


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO code -> English country name (ACLED's spelling)."""
    names: dict[str, str] = {}
    with COUNTRIES.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        feature, code, name = header.index("feature"), header.index("country_code"), header.index("name_en")
        for row in reader:
            if len(row) > name and row[feature] == "country" and row[code]:
                names.setdefault(row[code], row[name])
    names.update(_ACLED_SPELLING)
    return names


def acled_actor(name: str | None, country_code: str | None) -> str | None:
    """A generic actor's name with the event's country, as ACLED writes it; other names unchanged."""
    if name is None or name not in _BY_COUNTRY or not country_code:
        return name
    country = country_names().get(country_code.upper())
    return _BY_COUNTRY[name].format(country) if country else name
