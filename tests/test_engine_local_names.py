"""Hamlets no source holds, named as where something is (session 28).

Every sentence is our own; the hamlets' names are made up, so no gazetteer knows them.
"""
import pytest


def found(doc):
    return [(m.text, m.name, m.country_code, m.precision) for m in doc.mentions]


@pytest.mark.parametrize("text,hamlet,town", [
    ("Flood water reached homes in Clonvarra, a few miles from Athlone, on Monday.", "Clonvarra", "Athlone"),
    ("Crews from Inverness worked through the night near Ballachroy and reopened the road.", "Ballachroy", "Inverness"),
    ("Floods in Richmond washed away the road to Quelbury, the council said.", "Quelbury", "Richmond"),
    # No town in its own sentence: the story's most named one.
    ("Athlone council met on Monday. Farmers in Athlone asked for help. The silt is worst near Clonvarra.",
     "Clonvarra", "Athlone"),
])
def test_a_hamlet_after_a_locating_word_lies_beside_the_storys_town(parser, text, hamlet, town):
    doc = parser.parse(text, lang="en")
    hits = {m.text: m for m in doc.mentions}
    assert hamlet in hits and town in hits, found(doc)
    m = hits[hamlet]
    assert m.approximate and m.precision == 2 and (m.lat, m.lon) == (hits[town].lat, hits[town].lon)


@pytest.mark.parametrize("text,word", [
    ("Councillors in Athlone met in Parliament on Monday.", "Parliament"),  # an everyday word
    ("Councillor Aoife Clonvarra spoke in Athlone. Residents near Clonvarra, she said, were angry.", "Clonvarra"),
    ("The Athlone choir sang in Quelvarish, the old tongue.", "Quelvarish"),  # a language
    ("Traffic in Athlone slowed near Clonvarra Road and the bridge.", "Clonvarra"),  # a street's name goes on
    ("The Athlone team lost in Clonvarra's new stadium.", "Clonvarra"),  # a possessive goes on
    ("Athlone's hospital is full, according to Quelbury, the health board's spokesman.", "Quelbury"),  # a source
    ("A cheque from Athlone was handed to Quelbury Trust, a local charity.", "Quelbury"),  # described as no place
])
def test_names_that_are_no_hamlet_make_no_place(parser, text, word):
    doc = parser.parse(text, lang="en")
    assert not [m for m in doc.mentions if word in m.text and m.approximate], found(doc)


def test_a_hamlet_with_no_town_in_the_story_is_not_guessed(parser):
    doc = parser.parse("Flood water reached homes in Clonvarra on Monday.", lang="en")
    assert "Clonvarra" not in [m.text for m in doc.mentions], found(doc)



STORY = "AMBLESIDE, England — Snow closed the pass above Keswick on Sunday, and buses from Windermere were cancelled. "


def test_a_small_far_namesake_in_a_story_about_one_country_is_the_storys_own(parser):
    # Session 28: Grasmere is known only as a New Zealand town; in a Lake District story it is the
    # village no source holds, beside the story's towns.
    doc = parser.parse(STORY + "Shops in Keswick and Grasmere reopened on Monday.", lang="en")
    grasmere = [m for m in doc.mentions if m.text == "Grasmere"]
    assert grasmere and grasmere[0].country_code == "GB" and grasmere[0].approximate and grasmere[0].precision == 2


@pytest.mark.parametrize("tail,code", [
    ("A delegation from Grasmere, New Zealand, arrived by train.", "NZ"),  # the story names its country
    ("A family from Auckland was stranded at Penrith.", "NZ"),  # a city, not a small town
])
def test_a_foreign_town_the_story_means_stays_abroad(parser, tail, code):
    doc = parser.parse(STORY + tail, lang="en")
    name = "Grasmere" if "Grasmere" in tail else "Auckland"
    assert [m.country_code for m in doc.mentions if m.text == name] == [code], found(doc)


@pytest.mark.parametrize("text,lon", [
    # Preston, Ontario (now part of Cambridge) is in no source; Preston, Nova Scotia is 1,300 km away.
    ("CAMBRIDGE, Ont. — Paddlers from Kitchener and Guelph joined a clean-up of the river in Galt on Saturday. "
     "Volunteers from Preston and Hespeler collected 200 bags of rubbish.", -80),
    # In a Nova Scotia story the town is Nova Scotia's own.
    ("HALIFAX, Nova Scotia — Paddlers from Dartmouth and Truro joined a clean-up in Bedford on Saturday. "
     "Volunteers from Preston collected 200 bags.", -63),
])
def test_a_small_town_far_from_a_story_about_one_place_is_the_places_own(parser, text, lon):
    preston = [m for m in parser.parse(text, lang="en").mentions if m.text == "Preston"]
    assert preston and round(preston[0].lon) == lon


def test_a_village_the_filter_doubted_takes_the_sources_point_by_the_storys_town(parser):
    # Session 28: when the filter has dropped a known village ("residents of nearby Haltwhistle who
    # fear..."), the rule finds it again and gives it the gazetteer's point near the story's town.
    from geo.engine.local_names import find_local_names

    text = "Walkers from Hexham have worn ruts by the wall, angering residents of nearby Haltwhistle."
    hexham = [m for m in parser.parse(text, lang="en").mentions if m.text == "Hexham"]
    found = find_local_names(text, hexham, "en", parser.gazetteer)
    assert [(m.text, m.approximate, round(m.lon, 1)) for m in found] == [("Haltwhistle", False, -2.5)]
    # With no source's village of the name near the town, the name lies beside the town.
    found = find_local_names(text.replace("Haltwhistle", "Quelbury"), hexham, "en", parser.gazetteer)
    assert [(m.text, m.approximate, m.lon) for m in found] == [("Quelbury", True, hexham[0].lon)]


def test_a_town_the_story_placed_is_the_same_town_when_described_again(parser):
    # Session 28: "Salmon, a town of about 3,100" had been taken for an unknown town and placed
    # beside the next "town" of its sentence (Lewis and Clark, read as a county in Montana).
    doc = parser.parse("SALMON, Idaho — A wildfire grew north of Salmon. Salmon, a town of about 3,100, takes "
                       "its name from the river, which Lewis and Clark reached in 1805.", lang="en")
    salmon = [m for m in doc.mentions if m.text == "Salmon"]
    assert len(salmon) == 2 and {(round(m.lat, 1), m.approximate) for m in salmon} == {(45.2, False)}


def test_a_town_the_text_says_is_small_is_not_its_big_namesake(parser):
    # Session 28: Hampton, Tennessee is in no source; Hampton, Virginia (137,000) is no "community of about 2,000".
    doc = parser.parse("ELIZABETHTON, Tenn. — A Hampton man was sentenced on Wednesday for a brush fire near Johnson "
                       "City. Residents of Hampton, a community of about 2,000 near the Doe River gorge, say their "
                       "town is mixed up with Hampton, Va., the much larger city.", lang="en")
    hamptons = [(round(m.lon), m.approximate) for m in doc.mentions if m.text == "Hampton"]
    assert hamptons == [(-82, True), (-82, True), (-76, False)], found(doc)


def test_a_town_whose_size_fits_keeps_its_reading(parser):
    doc = parser.parse("Farmers in Harrogate and Ripon met in Knaresborough, a town of about 15,000.", lang="en")
    town = [m for m in doc.mentions if m.text == "Knaresborough"]
    assert town and not town[0].approximate, found(doc)


@pytest.mark.parametrize("text,name,lon", [
    # Session 29: Gibbonsville, Idaho is in no source; GeoNames gives the name to Watervliet, New York
    # (its old name). The story's towns spread over 300 km and one of them (Boise) lies farther from
    # their middle than a county would: most of them together is enough.
    ("HAMILTON, Mont. — Campers near Gibbonsville were told to leave on Friday as a fire spread toward the state "
     "line, and the road from Darby to Salmon was shut. Crews came from Missoula, Boise and Helena.", "Gibbonsville", -114),
    # Session 29: the creek was placed beside Hampton while Hampton still read as Hampton, Virginia;
    # features are now placed after the rules that move a misread town.
    ("ELIZABETHTON, Tenn. — Volunteers cleared trash from Sycamore Creek near Hampton on Saturday. Hampton, a "
     "community of about 2,000, sits below the ridge.", "Sycamore Creek", -82),
    # Session 29: Quelbury was placed beside Gibbonsville while Gibbonsville still read as Watervliet,
    # New York; hamlets are now placed after the rules that move a misread town.
    ("HAMILTON, Mont. — A fire spread toward the state line on Friday, and the road from Darby to Missoula was "
     "shut. Crews camped at Quelbury, near Gibbonsville, on Saturday.", "Quelbury", -114),
])
def test_a_name_lies_by_the_storys_towns_as_it_finally_reads_them(parser, text, name, lon):
    doc = parser.parse(text, lang="en")
    hits = [m for m in doc.mentions if m.text == name]
    assert hits and hits[0].approximate and round(hits[0].lon) == lon, found(doc)


def test_a_far_small_town_named_with_its_state_stays_there(parser):
    doc = parser.parse("PORTLAND, Maine — Visitors from Bangor, Augusta and Lewiston joined a family from "
                       "Tombstone, Ariz., at the festival.", lang="en")
    town = [m for m in doc.mentions if m.text == "Tombstone"]
    assert town and not town[0].approximate and round(town[0].lon) == -110, found(doc)
