"""The store's API on real SQLite files and a real PostgreSQL server (hand-made Documents)."""
from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from geo.engine.document import Document, Mention
from geo.errors import StoreError
from geo.store import Store
from store_backends import BACKENDS, open_store

TEXT = "Clashes broke out in Sirte on Monday. Forces from Misrata moved south, officials in Tripoli said."


def mention(text: str, surface: str, name: str, lat: float, lon: float, cc: str = "LY", conf: float = 0.8) -> Mention:
    start = text.index(surface)
    sentence_start = text.rfind(".", 0, start) + 1
    return Mention(start=start, end=start + len(surface), text=surface, name=name, name_ar=None, name_en=name,
                   lat=lat, lon=lon, country_code=cc, feature="city", geonameid=None, precision=1,
                   confidence=conf, excerpt=text[sentence_start:text.find(".", start) + 1].strip(),
                   excerpt_start=sentence_start, alternatives=[{"name": "Other", "lat": 1.0, "lon": 2.0}])


def engine_v1(text: str, lang=None, published=None) -> Document:
    found = [mention(text, s, n, la, lo) for s, n, la, lo in
             [("Sirte", "Sirte", 31.2, 16.6), ("Misrata", "Misrata", 32.4, 15.1), ("Tripoli", "Tripoli", 32.9, 13.2)]
             if s in text]
    event = {"type": "Battles", "sub_type": "Armed clash", "start": 0, "end": 37, "excerpt": text[:37],
             "mention_index": 0, "location": "Sirte", "lat": 31.2, "lon": 16.6, "country_code": "LY",
             "geo_precision": 1, "date": "2020-06-08", "fatalities": None, "actor1": None, "actor2": None,
             "confidence": 0.6}
    return Document(text=text, lang="en", mentions=found, events=[event] if "Sirte" in text else [])


def engine_v2(text: str, lang=None, published=None) -> Document:
    """A 'newer engine': finds Tripoli in Lebanon, no longer finds Misrata, and finds no events."""
    doc = engine_v1(text)
    doc.mentions = [m for m in doc.mentions if m.text != "Misrata"]
    for m in doc.mentions:
        if m.text == "Tripoli":
            m.lat, m.lon, m.country_code = 34.4, 35.8, "LB"
    doc.events = []
    return doc


ARTICLE = {"text": TEXT, "title": "Clashes in Sirte", "source": "Wire", "url": "https://example.org/1",
           "published": date(2020, 6, 9), "lang": "en"}


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    with open_store(request.param, tmp_path) as opened:
        yield opened


def by_text(rows):
    return {r["text"]: r for r in rows}


def test_document_round_trips_with_every_mention_field(store):
    article_id, created = store.add_document(ARTICLE, engine_v1(TEXT))
    assert created
    rows = store.mention_rows()
    assert [r["text"] for r in rows] == ["Sirte", "Misrata", "Tripoli"]
    sirte = rows[0]
    expected = engine_v1(TEXT).mentions[0].to_dict()
    assert {k: sirte[k] for k in expected} == expected
    assert sirte["status"] == "auto" and sirte["article_id"] == article_id
    assert (sirte["title"], sirte["source"], sirte["url"], sirte["published"], sirte["lang"]) == (
        "Clashes in Sirte", "Wire", "https://example.org/1", "2020-06-09", "en")
    assert sirte["added_at"] and isinstance(sirte["mention_id"], int)
    assert store.article(article_id)["text"] == TEXT


def test_same_text_is_stored_once_even_with_other_whitespace(store):
    first = store.add_document(ARTICLE, engine_v1(TEXT))
    again = store.add_document(dict(ARTICLE, text="  " + TEXT.replace(" ", "\n", 1) + "\n"), engine_v1(TEXT))
    assert again == (first[0], False)
    assert store.stats()["articles"] == 1
    assert len(store.mention_rows()) == 3


def test_filters_select_by_article_fields_place_and_text(store):
    store.add_document(ARTICLE, engine_v1(TEXT))
    other = "Shelling hit Tripoli overnight."
    store.add_document({"text": other, "source": "Agency", "published": "2021-01-05", "lang": "ar"},
                       engine_v1(other))
    assert len(store.mention_rows({"sources": ["Agency"]})) == 1
    assert len(store.mention_rows({"langs": ["en"]})) == 3
    assert len(store.mention_rows({"date_from": "2021-01-01"})) == 1
    assert len(store.mention_rows({"date_to": date(2020, 12, 31)})) == 3
    # Case-insensitive, over excerpt, title and place names: Tripoli shares Misrata's sentence.
    assert {r["text"] for r in store.mention_rows({"search": "MISRATA"})} == {"Misrata", "Tripoli"}
    assert {r["title"] for r in store.mention_rows({"search": "clashes in"})} == {"Clashes in Sirte"}
    assert store.mention_rows({"search": "100%_"}) == []  # LIKE wildcards are literal
    assert len(store.mention_rows({"country_codes": ["LY"], "features": ["city"], "min_confidence": 0.5})) == 4
    assert store.mention_rows({"min_confidence": 0.9}) == []
    with pytest.raises(StoreError, match="unknown filters: colour"):
        store.mention_rows({"colour": "red"})


def test_correction_wins_in_rows_and_filters_and_is_audited(store):
    store.add_document(ARTICLE, engine_v1(TEXT))
    tripoli = by_text(store.mention_rows())["Tripoli"]
    place = {"name": "Tripoli", "name_ar": "طرابلس", "name_en": "Tripoli", "lat": 34.43, "lon": 35.84,
             "country_code": "LB", "feature": "city", "geonameid": 266826, "precision": 1}
    after = store.correct_mention(tripoli["mention_id"], place, by="amal")
    assert (after["status"], after["country_code"], after["lat"], after["confidence"]) == ("corrected", "LB", 34.43, 1.0)
    assert by_text(store.mention_rows({"country_codes": ["LB"]})).keys() == {"Tripoli"}
    [entry] = store.audit_log(target="mention")  # the article's own "add" row is the other one
    assert (entry["who"], entry["action"], entry["target"], entry["target_id"]) == ("amal", "correct", "mention",
                                                                                   tripoli["mention_id"])
    assert entry["before"]["country_code"] == "LY" and entry["after"]["country_code"] == "LB"
    assert entry["at"]


def test_rejected_mentions_are_hidden_unless_asked_for(store):
    store.add_document(ARTICLE, engine_v1(TEXT))
    misrata = by_text(store.mention_rows())["Misrata"]
    store.reject_mention(misrata["mention_id"], by="omar")
    assert "Misrata" not in by_text(store.mention_rows())
    assert by_text(store.mention_rows({"include_rejected": True}))["Misrata"]["status"] == "rejected"
    assert [r["text"] for r in store.mention_rows({"statuses": ["rejected"]})] == ["Misrata"]
    store.reset_mention(misrata["mention_id"], by="omar")
    assert by_text(store.mention_rows())["Misrata"]["status"] == "auto"
    assert [e["action"] for e in store.audit_log(target="mention")] == ["reset", "reject"]


def test_confirming_a_corrected_mention_keeps_the_analysts_place(store):
    store.add_document(ARTICLE, engine_v1(TEXT))
    sirte = by_text(store.mention_rows())["Sirte"]
    store.confirm_mention(sirte["mention_id"], by="a")
    assert by_text(store.mention_rows())["Sirte"]["status"] == "confirmed"
    store.correct_mention(sirte["mention_id"], {"name": "Surt", "lat": 31.0, "lon": 16.5, "country_code": "LY"}, by="b")
    row = store.confirm_mention(sirte["mention_id"], by="c")
    assert (row["status"], row["name"]) == ("corrected", "Surt")


def test_corrections_survive_a_reparse_with_a_newer_engine(store):
    article_id, _ = store.add_document(ARTICLE, engine_v1(TEXT))
    rows = by_text(store.mention_rows())
    store.confirm_mention(rows["Sirte"]["mention_id"], by="amal")
    store.correct_mention(rows["Misrata"]["mention_id"],
                          {"name": "Misurata", "lat": 32.37, "lon": 15.09, "country_code": "LY"}, by="amal")
    store.reject_mention(rows["Tripoli"]["mention_id"], by="amal")
    event = store.event_rows()[0]
    store.correct_event(event["event_id"], {"fatalities": 7, "actor1": "Militia"}, by="amal")

    assert store.reparse(engine_v2) == 1

    after = by_text(store.mention_rows({"include_rejected": True}))
    assert after["Sirte"]["status"] == "confirmed"
    # The newer engine lost Misrata: the analyst's correction brings it back.
    assert (after["Misrata"]["status"], after["Misrata"]["name"]) == ("corrected", "Misurata")
    assert after["Tripoli"]["status"] == "rejected"
    [event_after] = store.event_rows()
    assert (event_after["status"], event_after["fatalities"], event_after["actor1"]) == ("corrected", 7, "Militia")
    assert store.article(article_id)["n_mentions"] == 3


def test_event_rows_carry_article_fields_and_filter(store):
    store.add_document(ARTICLE, engine_v1(TEXT))
    [event] = store.event_rows()
    assert (event["type"], event["date"], event["title"], event["status"]) == ("Battles", "2020-06-08",
                                                                               "Clashes in Sirte", "auto")
    assert store.event_rows({"types": ["Riots"]}) == []
    assert store.event_rows({"date_from": "2020-06-09"}) == []  # the event's own date counts
    store.reject_event(event["event_id"], by="x")
    assert store.event_rows() == []
    assert store.event_rows({"include_rejected": True})[0]["status"] == "rejected"
    with pytest.raises(StoreError, match="cannot be changed: start"):
        store.correct_event(event["event_id"], {"start": 3}, by="x")


def test_corrections_need_a_known_target_a_name_and_valid_places(store):
    store.add_document(ARTICLE, engine_v1(TEXT))
    mention_id = store.mention_rows()[0]["mention_id"]
    with pytest.raises(StoreError, match="no mention 999999"):
        store.confirm_mention(999999, by="a")
    with pytest.raises(StoreError, match="who made the correction"):
        store.confirm_mention(mention_id, by=" ")
    with pytest.raises(StoreError, match="out of range"):
        store.correct_mention(mention_id, {"name": "X", "lat": 123, "lon": 0}, by="a")
    with pytest.raises(StoreError, match="feature must be"):
        store.correct_mention(mention_id, {"name": "X", "lat": 1, "lon": 0, "feature": "planet"}, by="a")
    assert store.audit_log(target="mention") == []  # only the article's own "add" row
    assert store.mention_rows()[0]["status"] == "auto"


def test_saved_view_id_is_stable_for_the_same_state(store):
    state = {"filters": {"country_codes": ["LY"], "search": "سرت"}, "center": [31.2, 16.6], "zoom": 6}
    view_id = store.save_view(state)
    assert store.save_view({"zoom": 6, "center": [31.2, 16.6], "filters": {"search": "سرت", "country_codes": ["LY"]}}) == view_id
    assert store.load_view(view_id) == state
    assert store.save_view({"zoom": 7}) != view_id
    assert store.load_view("nope!") is None and store.load_view("AAAAAAAAAAAA") is None


def test_articles_and_stats_summarise_the_store(store):
    store.add_document(ARTICLE, engine_v1(TEXT))
    store.add_document({"text": "Protest in Tripoli.", "lang": "ar"}, engine_v1("Protest in Tripoli."))
    listed = store.articles()
    assert [a["title"] for a in listed] == [None, "Clashes in Sirte"]  # newest first
    assert "text" not in listed[0]
    stats = store.stats()
    assert (stats["articles"], stats["mentions"], stats["events"]) == (2, 4, 1)
    assert stats["mentions_by_status"]["auto"] == 4
    assert stats["langs"] == {"en": 1, "ar": 1}
    assert stats["published_from"] == "2020-06-09"


def test_article_without_text_is_refused_and_nothing_is_written(store):
    with pytest.raises(StoreError, match="non-empty text"):
        store.add_document({"text": "  "}, engine_v1(""))
    assert store.stats()["articles"] == 0


def test_failed_write_leaves_no_half_article(store):
    bad = engine_v1(TEXT)
    bad.mentions[1].start = None  # violates NOT NULL after the article row was inserted
    with pytest.raises(Exception):
        store.add_document(ARTICLE, bad)
    assert store.stats()["articles"] == 0 and store.mention_rows() == []
    assert store.add_document(ARTICLE, engine_v1(TEXT))[1] is True


@pytest.mark.parametrize("backend", BACKENDS)
def test_reopening_applies_no_migration_twice(backend, tmp_path):
    from store_backends import store_url

    with store_url(backend, tmp_path) as url:
        Store.open(url).close()
        store = Store.open(url)
        with store.engine.connect() as conn:
            versions = conn.execute(sa.text("SELECT version FROM schema_version")).scalars().all()
        from geo.store.schema import MIGRATIONS

        assert versions == [number for number, _ in MIGRATIONS]
        store.close()


@pytest.mark.parametrize("backend", BACKENDS)
def test_store_from_before_also_at_upgrades_in_place_keeping_its_rows(backend, tmp_path):
    from store_backends import store_url

    with store_url(backend, tmp_path) as url:
        with Store.open(url) as store:
            store.add_document(ARTICLE, engine_v1(TEXT))
            with store.engine.begin() as conn:  # make it a version-1 store, as an older release left it
                conn.execute(sa.text("ALTER TABLE mentions DROP COLUMN also_at"))
                conn.execute(sa.text("DELETE FROM schema_version WHERE version >= 2"))
        with Store.open(url) as store:
            rows = store.mention_rows()
            assert [r["text"] for r in rows] == ["Sirte", "Misrata", "Tripoli"]
            assert all(r["also_at"] == [] for r in rows)
            doc = engine_v1("Protest in Tripoli, then again in Tripoli.")
            doc.mentions[0].also_at = [[33, 40]]
            store.add_document({"text": doc.text}, doc)
            assert store.mention_rows({"search": "protest"})[0]["also_at"] == [[33, 40]]


def test_store_newer_than_the_code_is_refused(tmp_path):
    path = tmp_path / "future.sqlite"
    Store.open(path).close()
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO schema_version (version, applied_at) VALUES (99, 'later')"))
    engine.dispose()
    with pytest.raises(StoreError, match="newer than this code"):
        Store.open(path)


def test_sqlite_store_uses_wal_and_the_atlas_db_default(tmp_path, monkeypatch):
    monkeypatch.setenv("ATLAS_DB", str(tmp_path / "env.sqlite"))
    store = Store.open()
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    assert store.url.endswith("env.sqlite")
    store.close()


def test_bad_database_url_is_a_clear_store_error():
    with pytest.raises(StoreError, match="not a database URL"):
        Store.open("nosuchdb+driver://x:y:z")


def test_a_missed_place_is_added_audited_kept_over_a_reparse_and_checked(store):
    text = TEXT + " Shelling also hit Wadi Jarif, residents said."
    article_id, _ = store.add_document({**ARTICLE, "text": text}, engine_v1(text))
    jarif = {"name": "Wadi Jarif", "lat": 30.96, "lon": 16.45, "country_code": "LY", "feature": "area",
             "precision": 2}
    row = store.add_mention(article_id, "wadi jarif", jarif, by="amal")  # the case need not match
    assert (row["text"], row["name"], row["status"], row["precision"]) == ("Wadi Jarif", "Wadi Jarif", "corrected", 2)
    assert text[row["start"]:row["end"]] == "Wadi Jarif" and "Shelling also hit" in row["excerpt"]
    assert by_text(store.mention_rows())["Wadi Jarif"]["lat"] == 30.96
    [logged] = store.audit_log(target="mention", limit=1)
    assert (logged["who"], logged["action"], logged["target_id"]) == ("amal", "add", row["mention_id"])
    assert store.verify_audit().ok
    store.reparse(engine_v1)  # the engine still misses it: the correction puts it back
    assert by_text(store.mention_rows())["Wadi Jarif"]["name"] == "Wadi Jarif"
    with pytest.raises(StoreError, match="already a mention"):
        store.add_mention(article_id, "Sirte", jarif, by="amal")
    with pytest.raises(StoreError, match="not written in article"):
        store.add_mention(article_id, "Tarhuna", jarif, by="amal")
    with pytest.raises(StoreError, match="numeric lat"):
        store.add_mention(article_id, "residents", {"name": "X"}, by="amal")
    with pytest.raises(StoreError, match="who made"):
        store.add_mention(article_id, "residents", jarif, by=" ")
