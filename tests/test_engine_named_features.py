"""Lakes, rivers, hills and islands no source holds, found by their feature word (session 27).

Every sentence is our own; the features' names are made up, so no gazetteer knows them.
"""
import pytest


def found(doc):
    return [(m.text, m.name, m.country_code, m.precision) for m in doc.mentions]


@pytest.mark.parametrize("text,feature,anchor", [
    ("Boat ramps at Quarnby Lake, which supplies Flagstaff, now end in dry mud.", "Quarnby Lake", "Flagstaff"),
    ("Residents of Medford, Oregon, said smoke from the Tolvery Mountains settled over the town.", "Tolvery Mountains", "Medford"),
    ("In Blenheim, New Zealand, the road over Pelkaro Hill was shut.", "Pelkaro Hill", "Blenheim"),
    ("Farmers near Inverness, Scotland, said the ferry to Isle of Carranmor was cancelled again.", "Isle of Carranmor", "Inverness"),
    ("In Tobermory, walkers flocked to Loch Varrick after the rain.", "Loch Varrick", "Tobermory"),
    ("Mud builds up in Launceston where the Brisk River meets the estuary.", "Brisk River", "Launceston"),
    # A feature word before the name is no surname: what follows never makes it a person.
    ("Lake Quarnby, the city's reservoir, was low in Springfield, Illinois.", "Lake Quarnby", "Springfield"),
    # Where the visitors came from is not where the mountain is.
    ("A couple from Perth, who had just climbed Mount Tarvolu, said they came for the wildlife in Sandakan.",
     "Mount Tarvolu", "Sandakan"),
    # Session 28: beaches, parks and reserves by the words that say what they are.
    ("Lifeguards in Newquay closed Porthvellan Beach after the storm.", "Porthvellan Beach", "Newquay"),
    ("Campers near Durango were moved out of Quarnby Point State Park on Friday.", "Quarnby Point State Park", "Durango"),
    ("Rangers in Kerrville shut Tolvery Rock State Natural Area for the weekend.", "Tolvery Rock State Natural Area",
     "Kerrville"),
    ("Crews in Revelstoke said snow had closed Quarnby Pass on Friday.", "Quarnby Pass", "Revelstoke"),
    ("Lions were seen in Tolvery Game Reserve near Maun.", "Tolvery Game Reserve", "Maun"),
])
def test_a_feature_no_source_knows_is_placed_beside_the_town(parser, text, feature, anchor):
    doc = parser.parse(text, lang="en")
    hits = {m.text: m for m in doc.mentions}
    assert feature in hits and anchor in hits, found(doc)
    m = hits[feature]
    assert m.approximate and m.precision == 2 and (m.lat, m.lon) == (hits[anchor].lat, hits[anchor].lon)


def test_a_town_read_inside_the_feature_gives_way_to_it(parser):
    # "Dogtown" alone is a town elsewhere; "Dogtown Lake" is the lake by the story's town.
    doc = parser.parse("Boat ramps at Dogtown Lake, which supplies Flagstaff, now end in dry mud.", lang="en")
    texts = [m.text for m in doc.mentions]
    assert "Dogtown Lake" in texts and "Dogtown" not in texts, found(doc)


@pytest.mark.parametrize("text,word", [
    # People named like features: an age, a verb of speech, a role in apposition, a title.
    ("Police in Flagstaff found the body of Marla Hill, 24, inside her home.", "Hill"),
    ("\"We will rebuild,\" said Dana Lake, a spokeswoman for the city of Flagstaff.", "Lake"),
    ("The award in Flagstaff went to Robin Brook, a senior at the local college.", "Brook"),
    ("Flagstaff officials met Dr. Quentin Forest on Monday.", "Forest"),
    ("The bus company's general manager Maureen Marsh explained the delays in Flagstaff.", "Marsh"),
    # Institutions and teams named after a feature.
    ("Flagstaff council voted to demolish the Quarnby Creek apartments.", "Quarnby Creek"),
    ("Quarnby Valley students in Flagstaff won the state title.", "Quarnby Valley"),
    ("Students at Quarnby River Community College in Flagstaff marched.", "Quarnby River"),
    ("The Flagstaff concert series moved to Mt. Quarnby News Hall.", "Mt. Quarnby"),
    ("The Quarnby Beach Boys played Flagstaff on Friday.", "Quarnby Beach"),
])
def test_names_that_are_no_feature_make_no_place(parser, text, word):
    doc = parser.parse(text, lang="en")
    assert not [m for m in doc.mentions if word in m.text and m.approximate], found(doc)


def test_a_feature_with_no_town_in_the_story_is_not_guessed(parser):
    doc = parser.parse("Boat ramps at Quarnby Lake now end in dry mud.", lang="en")
    assert "Quarnby Lake" not in [m.text for m in doc.mentions], found(doc)


def test_a_known_feature_keeps_its_own_point(parser):
    doc = parser.parse("Boats on the Mississippi River near Memphis were stopped.", lang="en")
    river = [m for m in doc.mentions if m.text == "Mississippi River"]
    assert river and not river[0].approximate, found(doc)


def test_with_no_town_in_its_sentence_a_feature_lies_by_the_storys_own_towns(parser):
    # Session 28: Waterville, Maine, named three times in a Kerry story, is not where its island is.
    doc = parser.parse("KILLARNEY, Co Kerry — Hotels in Cahersiveen and Waterville said some guests had cancelled. "
                       "A party of 40 from Waterville, Maine, arrived on Monday; Waterville hotels were full. "
                       "Boats still sail to Quelvary Island from the pier.", lang="en")
    island = [m for m in doc.mentions if m.text == "Quelvary Island"]
    assert island and island[0].country_code == "IE", found(doc)
