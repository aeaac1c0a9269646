"""The event's place among the mentions of its sentence: a scene named with its address
("Kourma town (Sabou, Boulkiemde)"), namesakes far from their own district, topics of a protest.

Sentences and coordinates written for these tests, not taken from the training records.
"""
from __future__ import annotations

from datetime import date

import geo
from geo.engine.document import Document, Mention
from geo.events.extract import extract_events

TUESDAY = date(2020, 6, 9)


def doc_at(text: str, places: list[tuple[str, str, float, float, str]]) -> Document:
    """A Document whose mentions are (surface, feature, lat, lon, country) at their first occurrence."""
    mentions = []
    pos = 0
    for surface, feature, lat, lon, cc in places:
        start = text.index(surface, pos)
        pos = start + len(surface)
        mentions.append(Mention(start=start, end=pos, text=surface, name=surface, name_ar=None, name_en=None,
                                lat=lat, lon=lon, country_code=cc, feature=feature, geonameid=None, precision=1,
                                confidence=0.9, excerpt=text, excerpt_start=0))
    return Document(text=text, lang="en", mentions=mentions)


def parsed_events(text: str) -> list[dict]:
    """The events of ``text`` through the whole engine (places found by the gazetteer)."""
    return geo.parse(text, lang="en", published=TUESDAY).events


def only_event(doc: Document) -> dict:
    [event] = extract_events(doc, TUESDAY)
    return event


def test_the_scene_before_its_address_is_the_place():
    text = "On Monday gunmen attacked the market in Kourma town (Sabou, Boulkiemde), killing two traders."
    doc = doc_at(text, [("Kourma", "city", 12.30, -2.10, "BF"), ("Sabou", "city", 12.07, -2.23, "BF"),
                        ("Boulkiemde", "admin1", 12.40, -2.20, "BF")])
    e = only_event(doc)
    assert e["location"] == "Kourma" and e["geo_precision"] == 1
    assert [m.is_event_location for m in doc.mentions] == [True, False, False]


def test_a_namesake_far_from_its_own_address_gives_way_to_the_address():
    # "Tessa" resolved to a namesake in Italy; its address says Ansongo, in Mali.
    text = "Militants attacked the health centre of Tessa (Ansongo, Gao) on Sunday, killing a nurse."
    doc = doc_at(text, [("Tessa", "city", 45.1, 9.7, "IT"), ("Ansongo", "city", 15.66, 0.50, "ML"),
                        ("Gao", "city", 16.27, -0.04, "ML")])
    e = only_event(doc)
    assert e["location"] == "Ansongo" and e["geo_precision"] == 2


def test_a_scene_the_gazetteer_lacks_is_placed_near_the_first_place_of_its_address():
    text = "Unknown gunmen killed a herder in Ndiamoussa (Bankass, Mopti) on Monday."
    doc = doc_at(text, [("Bankass", "city", 14.07, -3.52, "ML"), ("Mopti", "city", 14.49, -4.18, "ML")])
    e = only_event(doc)
    assert e["location"] == "Bankass" and e["geo_precision"] == 2


def test_a_namesake_far_from_the_district_said_to_contain_it_gives_way():
    text = "Taliban fighters attacked a police post in Darband district of Kunar province, killing 3 policemen."
    doc = doc_at(text, [("Darband", "city", 36.6, 51.4, "IR"), ("Kunar", "admin1", 34.85, 71.1, "AF")])
    e = only_event(doc)
    assert e["location"] == "Kunar" and e["fatalities"] == 3


def test_a_speaking_capital_is_no_container():
    text = "Russian drones struck Kharkiv overnight, Moscow said, killing four people."
    doc = doc_at(text, [("Kharkiv", "city", 49.99, 36.23, "UA"), ("Moscow", "city", 55.75, 37.62, "RU")])
    assert only_event(doc)["location"] == "Kharkiv"


def test_the_topic_of_a_protest_is_not_its_place():
    text = "Students staged a protest in Sylhet city on Monday, condemning the air strikes on Gaza."
    doc = doc_at(text, [("Sylhet", "city", 24.9, 91.87, "BD"), ("Gaza", "city", 31.5, 34.47, "PS")])
    assert only_event(doc)["location"] == "Sylhet"


def doc_with(text: str, places: list[tuple]) -> Document:
    """As :func:`doc_at`, with optional (precision, approximate) after the country."""
    doc = doc_at(text, [p[:5] for p in places])
    for m, p in zip(doc.mentions, places):
        if len(p) > 5:
            m.precision, m.approximate = p[5], p[6]
    return doc


def test_the_province_tells_which_of_village_and_district_is_misread():
    # The district's name was resolved to its namesake 450 km away; the village lies in the province named.
    text = "Gunmen attacked a checkpoint in the Sorkhak village of Baraz district, Nimruz, killing 2 policemen."
    doc = doc_at(text, [("Sorkhak", "city", 31.10, 62.20, "AF"), ("Baraz", "city", 34.50, 66.90, "AF"),
                        ("Nimruz", "admin1", 30.90, 62.40, "AF")])
    assert only_event(doc)["location"] == "Sorkhak"


def test_a_district_read_as_a_district_beats_a_province_read_as_a_far_village():
    text = "A soldier was killed by a sniper in Tolwara district, Samsar."
    doc = doc_at(text, [("Tolwara", "admin2", 33.80, 68.40, "AF"), ("Samsar", "city", 36.25, 68.80, "AF")])
    assert only_event(doc)["location"] == "Tolwara"


def test_an_area_far_from_the_district_said_to_contain_it_is_a_namesake():
    # "Kelabad" resolved 100 km from "Marzan district"; districts are a few tens of km across.
    text = "Two soldiers were killed by a roadside bomb in the Kelabad area of Marzan district, Logar."
    doc = doc_at(text, [("Kelabad", "city", 34.35, 69.75, "AF"), ("Marzan", "city", 34.00, 68.71, "AF")])
    e = only_event(doc)
    assert e["location"] == "Marzan" and e["geo_precision"] == 2


def test_a_village_placed_only_at_the_country_gives_way_to_its_commune():
    text = "Farmers attacked a herder in the village of Tanoussa (Dassaro, Borgou) on Monday."
    doc = doc_with(text, [("Tanoussa", "area", 9.5, 2.25, "BJ", 3, True), ("Dassaro", "city", 9.01, 1.67, "BJ", 1, False),
                          ("Borgou", "admin1", 9.27, 1.72, "BJ", 3, False)])
    e = only_event(doc)
    assert e["location"] == "Dassaro" and e["geo_precision"] == 2


def test_a_village_resolved_abroad_gives_way_to_its_address_country():
    text = "Farmers with guns attacked herders' camps in the villages Kobe, Lanta and Miro (Zagnan, Collines)."
    doc = doc_at(text, [("Kobe", "city", 6.72, 2.79, "NG"), ("Zagnan", "city", 8.41, 1.89, "BJ"),
                        ("Collines", "admin1", 8.11, 2.19, "BJ")])
    assert only_event(doc)["location"] == "Zagnan"


def test_an_event_whose_sentence_names_no_place_takes_the_next_sentences():
    text = "A rebel aircraft was shot down by government forces. Fighting continued around Darsa on Monday."
    doc = doc_at(text, [("Darsa", "city", 32.1, 20.1, "LY")])
    events = extract_events(doc, TUESDAY)
    assert events[0]["start"] == 0 and events[0]["location"] == "Darsa"


def test_a_neighbour_place_is_not_taken_across_a_paragraph():
    text = "A rebel aircraft was shot down by government forces.\nFighting continued around Darsa on Monday."
    doc = doc_at(text, [("Darsa", "city", 32.1, 20.1, "LY")])
    events = extract_events(doc, TUESDAY)
    assert events[0]["start"] == 0 and events[0]["location"] is None


class TwoNamesakes:
    """A gazetteer holding two places called Tolwara: one far away, one in the province the report names."""

    def __init__(self) -> None:
        from geo.engine.document import Place
        self.places = [Place(0, 101, "Tolwara", None, 32.8, 67.8, "AF", "01", "city"),
                       Place(1, 102, "Tolwara", None, 35.05, 63.3, "AF", "02", "city")]

    @staticmethod
    def key(name: str) -> str:
        from geo.engine.normalize import name_key
        return name_key(name)

    def ids(self, key: str):
        return (0, 1) if key == "tolwara" else None

    def folded_ids(self, key: str):
        return ()

    def place(self, pid: int):
        return self.places[pid]

    def by_geonameid(self, gid: int):
        return next((p for p in self.places if p.geonameid == gid), None)


def test_a_place_resolved_far_from_its_province_is_read_again_near_it():
    text = "A sniper shot and killed a soldier in Tolwara district, Samsar, on Monday."
    doc = doc_at(text, [("Tolwara", "city", 32.8, 67.8, "AF"), ("Samsar", "admin1", 35.0, 63.75, "AF")])
    [event] = extract_events(doc, TUESDAY, gazetteer=TwoNamesakes())
    tolwara = doc.mentions[0]
    assert (tolwara.lat, tolwara.lon) == (35.05, 63.3) and tolwara.geonameid == 102
    assert tolwara.alternatives[0]["lat"] == 32.8  # the first reading is kept
    assert event["location"] == "Tolwara" and event["lat"] == 35.05


def test_a_place_near_its_province_is_not_read_again():
    text = "A sniper shot and killed a soldier in Tolwara district, Samsar, on Monday."
    doc = doc_at(text, [("Tolwara", "city", 32.8, 67.8, "AF"), ("Samsar", "admin1", 33.0, 67.5, "AF")])
    extract_events(doc, TUESDAY, gazetteer=TwoNamesakes())
    assert doc.mentions[0].lat == 32.8 and not doc.mentions[0].alternatives


def test_a_province_alone_in_the_parenthesis_locates_only_loosely():
    # "(Samsar)" is a province: its point lies 120 km from a district it contains, which stays as read.
    text = "Gunmen blew up a house in Tolwara district (Samsar) on Monday."
    doc = doc_at(text, [("Tolwara", "city", 32.8, 67.8, "AF"), ("Samsar", "admin1", 33.6, 68.7, "AF")])
    extract_events(doc, TUESDAY, gazetteer=TwoNamesakes())
    assert doc.mentions[0].lat == 32.8


def test_a_neighbour_sentence_lends_its_town_but_not_its_country():
    text = "The fighting spread across Sudan last year. A soldier was killed by a sniper on Monday."
    doc = doc_at(text, [("Sudan", "country", 15.0, 30.0, "SD")])
    events = [e for e in extract_events(doc, TUESDAY) if e["start"] > 0]
    assert events and events[0]["location"] is None


def test_the_first_place_of_the_address_decides_its_country():
    # "Tamou" read in Nigeria and "Plateau" read as Nigeria's state: the commune, Zakou, is in Benin.
    text = "Herders attacked the village of Tamou, near Zakou (Zakou, Plateau), killing two farmers."
    doc = doc_at(text, [("Tamou", "city", 9.9, 8.9, "NG"), ("Zakou", "city", 7.38, 2.60, "BJ"),
                        ("Zakou", "city", 7.38, 2.60, "BJ"), ("Plateau", "admin1", 9.2, 9.5, "NG")])
    assert only_event(doc)["location"] == "Zakou"


def test_a_container_read_as_a_village_does_not_pull_its_district_away():
    # "Samsar", the province, read as a village of no people far off: Tolwara stays as the resolver read it.
    text = "Militants clashed with the army in Tolwara district, Samsar, on Monday."
    doc = doc_at(text, [("Tolwara", "city", 35.05, 63.3, "AF"), ("Samsar", "city", 33.0, 67.9, "AF")])
    extract_events(doc, TUESDAY, gazetteer=TwoNamesakes())
    assert doc.mentions[0].lat == 35.05


def test_a_district_beats_a_container_read_as_a_far_village():
    # Without the gazetteer the container wins (the old rule); with it, "Samsar" is seen to be a village.
    text = "Militants clashed with the army in Tolwara district, Samsar, on Monday."
    places = [("Tolwara", "city", 35.05, 63.3, "AF"), ("Samsar", "city", 33.0, 67.9, "AF")]
    assert only_event(doc_at(text, places))["location"] == "Samsar"
    [event] = extract_events(doc_at(text, places), TUESDAY, gazetteer=TwoNamesakes())
    assert event["location"] == "Tolwara"


def test_a_town_its_province_holds_is_the_scene_however_far_the_province_point():
    # Ontario's point lies 800 km north of Waterloo; the gazetteer's codes say Ontario holds it.
    doc = geo.parse("On Friday students rallied in Waterloo (Ontario) against tuition fees.", lang="en",
                    published=TUESDAY)
    [e] = doc.events
    assert e["location"] == "Waterloo" and e["geo_precision"] == 1


def test_a_region_of_no_country_in_the_address_makes_no_scene_foreign():
    # "(Sicilia)" is an island region with no country code: Palermo is no foreign namesake.
    doc = geo.parse("Nurses marched in Palermo (Sicilia) on Friday to demand more staff.", lang="en",
                    published=TUESDAY)
    [e] = doc.events
    assert e["location"] == "Palermo"


def test_what_a_protest_is_against_is_not_its_place():
    # "to protest Israel's attacks on Gaza" names the grievance; the rally is in Trabzon.
    text = "Students rallied outside a mosque in Ortahisar, Trabzon, to protest Israel's attacks on Gaza."
    doc = doc_at(text, [("Trabzon", "city", 41.0, 39.73, "TR"), ("Israel", "country", 31.5, 35.0, "IL"),
                        ("Gaza", "city", 31.5, 34.47, "PS")])
    assert only_event(doc)["location"] == "Trabzon"
    # "a human chain protest at Karwan Bazar": "chain protest at" is no "in protest at".
    text = "Journalists staged a human chain protest at Karwan Bazar, Dhaka, demanding the repeal of the act."
    doc = doc_at(text, [("Karwan Bazar", "area", 23.75, 90.39, "BD"), ("Dhaka", "city", 23.71, 90.41, "BD")])
    assert only_event(doc)["location"] in ("Karwan Bazar", "Dhaka")


def test_an_unknown_scene_with_its_unit_word_lets_its_district_stand_in():
    # "Gazaria upazila (Munshiganj, Dhaka)": the upazila is unknown; its district, not the division's
    # namesake city, is the finer place.
    text = "Supporters of two candidates clashed in Gazaria upazila (Munshiganj, Dhaka) over the vote."
    doc = doc_at(text, [("Munshiganj", "admin2", 23.55, 90.53, "BD"), ("Dhaka", "city", 23.71, 90.41, "BD")])
    e = only_event(doc)
    assert e["location"] == "Munshiganj" and e["geo_precision"] == 2


def test_a_quarter_read_far_from_its_town_is_not_the_scene():
    # "the Condado neighborhood" of Paraty had been read as a town 2,000 km off and placed both events.
    text = ("On 16 June 2024, in Parati (Paraty, Rio de Janeiro), the military police exchanged fire with drug "
            "traffickers in the Condado neighborhood. One suspect was shot and injured.")
    events = parsed_events(text)
    assert events and {e["location"] for e in events} == {"Paraty"}


def test_the_area_of_a_town_read_far_from_it_is_not_the_scene():
    # "the Tampouy area of Ouagadougou": a namesake of the quarter lies far off; the city is the scene.
    text = ("On 8 January 2020, two pupils were wounded by the explosion of a grenade at a school in the "
            "Tampouy area of Ouagadougou.")
    doc = doc_at(text, [("Tampouy", "city", 11.2, -3.1, "BF"), ("Ouagadougou", "city", 12.37, -1.53, "BF")])
    assert only_event(doc)["location"] == "Ouagadougou"


def test_the_area_of_a_district_keeps_its_village():
    # A district's namesake town may lie anywhere: "the X area of Y district" proves nothing far.
    text = ("On 4 March 2020, two militia members were killed in clashes in the Aaq Masjid area of Baharak "
            "district, Takhar.")
    doc = doc_at(text, [("Aaq Masjid", "city", 36.9, 69.8, "AF"), ("Baharak", "city", 36.93, 70.9, "AF"),
                        ("Takhar", "admin1", 36.7, 69.5, "AF")])
    assert only_event(doc)["location"] == "Aaq Masjid"


def test_between_two_villages_the_first_is_the_scene():
    # ACLED codes the first of "between X and Y", even when the address follows Y.
    text = ("On 21 March 2020, militants and militiamen clashed between Hitte and Rounga (Ouindigui, Loroum). "
            "No casualties reported.")
    doc = doc_at(text, [("Hitte", "city", 13.84, -2.13, "BF"), ("Rounga", "city", 13.80, -2.10, "BF"),
                        ("Ouindigui", "city", 13.79, -2.05, "BF"), ("Loroum", "admin2", 13.8, -2.1, "BF")])
    assert only_event(doc)["location"] == "Hitte"


def test_a_far_first_of_a_pair_is_a_namesake():
    text = ("On 21 March 2020, militants and militiamen clashed between Hitte and Rounga (Ouindigui, Loroum). "
            "No casualties reported.")
    doc = doc_at(text, [("Hitte", "city", 9.5, 1.2, "TG"), ("Rounga", "city", 13.80, -2.10, "BF"),
                        ("Ouindigui", "city", 13.79, -2.05, "BF"), ("Loroum", "admin2", 13.8, -2.1, "BF")])
    assert only_event(doc)["location"] == "Rounga"


def test_the_place_a_dated_lead_opens_with_is_the_scene():
    # ACLED's notes since about 2021 open "On <day>, in <place>, <province>, ..." and code that place.
    text = ("On 22 May 2024, in Tarimoro, Guanajuato, armed men who had come from Celaya shot and killed "
            "the father of a candidate.")
    doc = doc_at(text, [("Tarimoro", "city", 20.29, -100.76, "MX"), ("Guanajuato", "admin1", 21.0, -101.0, "MX"),
                        ("Celaya", "city", 20.52, -100.81, "MX")])
    assert only_event(doc)["location"] == "Tarimoro"


def test_a_country_named_before_the_scene_is_not_contained_in_it():
    # "France 3 journalists gathered ... in Pau": France is no scene inside Pau, so Pau keeps its place.
    text = ("On 23 May 2024, around 15 striking France 3 journalists gathered for a picket line in Pau "
            "(Nouvelle-Aquitaine) to protest against the planned merger.")
    events = parsed_events(text)
    assert events and events[0]["location"] == "Pau"


def test_a_country_before_an_unknown_scene_lets_the_district_stand_in():
    text = ("On 4 November 2022, Beninese soldiers arrested a group of 4 men on two motorcycles, presumably "
            "Fulani JNIM from Burkina Faso, at the exit of Keremou (Banikoara, Alibori).")
    events = parsed_events(text)
    assert events and events[0]["location"] == "Banikoara"
