"""A dashboard view as a URL query string, and back, so a link reproduces what an analyst sees.

    >>> state, notices = view_from_query({"country": ["LY"], "colour": ["precision"]})
    >>> view_to_query(state)
    {'country': ['LY'], 'colour': 'precision'}

The view is filters, the selected place, the map centre and zoom, the colour key and the
heat map switch. Defaults are left out of the URL so links stay short. Every value from a
link is checked (type, range, length, known choices): a malformed or tampered part is
dropped with a notice naming it, never an exception, because links are typed, pasted and
cut short by chat clients. Saved views (``?view=<id>``) go through the store's
``save_view``/``load_view`` with the same validation on the way back.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from typing import Any, Callable, Iterable, Mapping

from geo.maps.colours import COLOUR_KEYS

FEATURES = ("continent", "country", "admin1", "admin2", "city", "area")  # geo.store.records.FEATURES
STATUSES = ("auto", "confirmed", "corrected", "rejected")  # geo.store.records.STATUSES
LANGS = ("ar", "en")
MAX_ZOOM = 18  # geo.maps.build.MAX_ZOOM
MAX_TEXT = 200  # a search or a source name longer than this is not something a person typed
MAX_ITEMS = 100  # values of one list parameter
VIEW_ID = re.compile(r"^[A-Za-z0-9_-]{6,16}$")
PLACE_ID = re.compile(r"^(g\d{1,12}|p-?\d{1,2}\.\d{3}_-?\d{1,3}\.\d{3}_[0-9a-f]{8})$")
COUNTRY = re.compile(r"^[A-Z]{2}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class ViewState:
    """Everything a share link carries. Empty lists and None mean "no filter"."""

    articles: tuple[int, ...] = ()
    sources: tuple[str, ...] = ()
    langs: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    countries: tuple[str, ...] = ()
    features: tuple[str, ...] = ()
    min_confidence: float = 0.0
    statuses: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    min_fatalities: int = 0
    search: str = ""
    place: str | None = None
    lat: float | None = None
    lon: float | None = None
    zoom: int | None = None
    colour: str = "country"
    heat: bool = False

    @property
    def center(self) -> tuple[float, float] | None:
        return (self.lat, self.lon) if self.lat is not None and self.lon is not None else None


# field name -> URL parameter; short names keep links readable
PARAMS: dict[str, str] = {
    "articles": "article", "sources": "source", "langs": "lang", "date_from": "from", "date_to": "to",
    "countries": "country", "features": "feature", "min_confidence": "minconf", "statuses": "status",
    "event_types": "etype", "actors": "actor", "min_fatalities": "minfat", "search": "q",
    "place": "place", "lat": "lat", "lon": "lon", "zoom": "zoom", "colour": "colour", "heat": "heat",
}
LIST_FIELDS = frozenset({"articles", "sources", "langs", "countries", "features", "statuses",
                         "event_types", "actors"})
DEFAULT = ViewState()


class _Bad(ValueError):
    """One parameter's value cannot be used."""


def _text(value: str) -> str:
    value = value.strip()
    if len(value) > MAX_TEXT or _CONTROL.search(value):
        raise _Bad("too long or has control characters")
    return value


def _choice(allowed: Iterable[str]):
    allowed = tuple(allowed)

    def check(value: str) -> str:
        if value not in allowed:
            raise _Bad(f"not one of {', '.join(allowed)}")
        return value
    return check


def _ranged(convert: Callable[[str], Any], lo: Any, hi: Any, not_a: str):
    def check(value: str) -> Any:
        try:
            number = convert(value)
        except ValueError:
            raise _Bad(not_a) from None
        if not lo <= number <= hi:  # also refuses nan
            raise _Bad(f"out of range {lo}..{hi}")
        return number
    return check


def _int(lo: int, hi: int):
    return _ranged(int, lo, hi, "not a whole number")


def _float(lo: float, hi: float):
    return _ranged(float, lo, hi, "not a number")


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _Bad("not a date (yyyy-mm-dd)") from None


def _country(value: str) -> str:
    value = value.strip().upper()
    if not COUNTRY.match(value):
        raise _Bad("not a two-letter country code")
    return value


def _place(value: str) -> str:
    if not PLACE_ID.match(value):
        raise _Bad("not a place id")
    return value


def _bool(value: str) -> bool:
    if value not in ("0", "1"):
        raise _Bad("not 0 or 1")
    return value == "1"


CHECKS = {
    "articles": _int(1, 2**62), "sources": _text, "langs": _choice(LANGS), "date_from": _date,
    "date_to": _date, "countries": _country, "features": _choice(FEATURES),
    "min_confidence": _float(0.0, 1.0), "statuses": _choice(STATUSES), "event_types": _text,
    "actors": _text, "min_fatalities": _int(0, 1_000_000), "search": _text, "place": _place,
    "lat": _float(-90.0, 90.0), "lon": _float(-180.0, 180.0), "zoom": _int(1, MAX_ZOOM),
    "colour": _choice(COLOUR_KEYS), "heat": _bool,
}


def _values(raw: Any) -> list[str]:
    """A parameter's values as strings, whatever shape the caller's mapping uses."""
    if raw is None:
        return []
    if isinstance(raw, (list, tuple)):
        return [str(v) for v in raw]
    return [str(raw)]


def view_from_query(params: Mapping[str, Any]) -> tuple[ViewState, list[str]]:
    """The view a query string describes, and a notice for each part that was ignored.

    ``params`` maps parameter names to a string or a list of strings (``st.query_params``
    gives both shapes). Unknown parameters are ignored quietly (other tools add their own,
    e.g. utm_*); ``view`` is handled by ``load_shared_view``.
    """
    notices: list[str] = []
    values: dict[str, Any] = {}
    for name, param in PARAMS.items():
        raw = [v for v in _values(params.get(param)) if v != ""]
        if not raw:
            continue
        check = CHECKS[name]
        if name in LIST_FIELDS:
            if len(raw) > MAX_ITEMS:
                notices.append(f"ignored '{param}': more than {MAX_ITEMS} values")
                continue
            good = []
            for value in raw:
                try:
                    good.append(check(value))
                except _Bad as why:
                    notices.append(f"ignored '{param}={_shown(value)}': {why}")
            values[name] = tuple(dict.fromkeys(good))
        else:
            try:
                values[name] = check(raw[-1])
            except _Bad as why:
                notices.append(f"ignored '{param}={_shown(raw[-1])}': {why}")
    if ("lat" in values) != ("lon" in values):
        values.pop("lat", None), values.pop("lon", None)
        notices.append("ignored the map centre: it needs both 'lat' and 'lon'")
    state = replace(DEFAULT, **values)
    if state.date_from and state.date_to and state.date_from > state.date_to:
        state = replace(state, date_from=None, date_to=None)
        notices.append("ignored the date range: 'from' is after 'to'")
    return state, notices


def _shown(value: str) -> str:
    """A bad value, cut short and stripped of control characters, for a notice."""
    value = _CONTROL.sub("", value)
    return value if len(value) <= 40 else value[:40] + "…"


def view_to_query(state: ViewState) -> dict[str, str | list[str]]:
    """The query parameters of a view, defaults left out; lists stay lists (repeated keys)."""
    out: dict[str, str | list[str]] = {}
    for f in fields(ViewState):
        value = getattr(state, f.name)
        if value == getattr(DEFAULT, f.name):
            continue
        param = PARAMS[f.name]
        if f.name in LIST_FIELDS:
            out[param] = [str(v) for v in value]
        elif isinstance(value, bool):
            out[param] = "1" if value else "0"
        elif isinstance(value, date):
            out[param] = value.isoformat()
        elif isinstance(value, float):
            out[param] = f"{value:.5f}".rstrip("0").rstrip(".") if f.name in ("lat", "lon") else f"{value:g}"
        else:
            out[param] = str(value)
    return out


def query_string(state: ViewState) -> str:
    """``view_to_query`` as a URL query string (without the leading '?')."""
    from urllib.parse import urlencode

    return urlencode(view_to_query(state), doseq=True)


def save_shared_view(store: Any, state: ViewState) -> str:
    """Keep the view in the store and return its short id (the same view gives the same id)."""
    return store.save_view(view_to_query(state))


def load_shared_view(store: Any, view_id: str) -> tuple[ViewState | None, list[str]]:
    """The view saved under ``view_id``; None and a notice when the id is unknown or malformed."""
    if not isinstance(view_id, str) or not VIEW_ID.match(view_id):
        return None, [f"ignored 'view={_shown(str(view_id))}': not a saved view id"]
    saved = store.load_view(view_id)
    if not isinstance(saved, dict):
        return None, [f"ignored 'view={view_id}': no view saved under that id"]
    state, notices = view_from_query(saved)
    return state, [f"saved view {view_id}: {n}" for n in notices]


def state_from_link(store: Any, params: Mapping[str, Any]) -> tuple[ViewState, list[str]]:
    """The view a dashboard link asks for: ``?view=<id>`` (a saved view) or the parameters."""
    view_id = _values(params.get("view"))
    if view_id:
        state, notices = load_shared_view(store, view_id[-1])
        if state is not None:
            return state, notices
        fallback, more = view_from_query(params)
        return fallback, notices + more
    return view_from_query(params)


def restrict(state: ViewState, options: Mapping[str, Iterable[Any]]) -> tuple[ViewState, list[str]]:
    """Drop list values the current store does not have (a link from another store, or
    tampered), with a notice; widgets can only show values among their options."""
    notices: list[str] = []
    changes: dict[str, Any] = {}
    for name, allowed in options.items():
        if name not in LIST_FIELDS:
            continue
        allowed_set = set(allowed)
        value = getattr(state, name)
        kept = tuple(v for v in value if v in allowed_set)
        if kept != value:
            gone = [str(v) for v in value if v not in allowed_set]
            notices.append(f"ignored '{PARAMS[name]}={_shown(', '.join(gone))}': not in this store")
            changes[name] = kept
    return replace(state, **changes), notices


def state_dict(state: ViewState) -> dict[str, Any]:
    """The view as a plain dict (for widgets' session keys and tests)."""
    return asdict(state)


def state_from_dict(values: Mapping[str, Any]) -> ViewState:
    """A ViewState from widget values; list fields become tuples, unknown keys are ignored."""
    known = {f.name for f in fields(ViewState)}
    clean = {k: (tuple(v) if k in LIST_FIELDS else v) for k, v in values.items() if k in known}
    return replace(DEFAULT, **clean)


__all__ = ["ViewState", "DEFAULT", "PARAMS", "view_from_query", "view_to_query", "query_string",
           "save_shared_view", "load_shared_view", "state_from_link", "restrict", "state_dict", "state_from_dict"]
