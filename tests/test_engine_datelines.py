"""A dateline's town that no earlier step reported (session 28)."""
import pytest


def found(doc):
    return [(m.text, m.name, m.country_code, m.precision, m.approximate) for m in doc.mentions]


def test_a_dateline_town_no_source_holds_lies_in_its_county(parser):
    doc = parser.parse("QUELVARRA, Co Kerry — Boat trips to the island will start a fortnight late.", lang="en")
    town = [m for m in doc.mentions if m.text == "QUELVARRA"]
    kerry = [m for m in doc.mentions if m.text == "Co Kerry"]
    assert town and kerry and town[0].approximate and town[0].precision == 2, found(doc)
    assert (town[0].lat, town[0].lon) == (kerry[0].lat, kerry[0].lon)


def test_a_dateline_town_the_filter_doubted_is_the_source_town_in_its_state(parser):
    doc = parser.parse("ST. JOHNSBURY, Vt. — The town council met on Monday to talk about the budget.", lang="en")
    town = [m for m in doc.mentions if m.text == "ST. JOHNSBURY"]
    assert town and not town[0].approximate and town[0].country_code == "US" and abs(town[0].lon + 72.0) < 0.2, found(doc)


@pytest.mark.parametrize("text,name", [
    ("QUELVARRA, Que. — The lake froze early this year.", "QUELVARRA"),  # a province's point says too little
    ("LONDON (Reuters) - Shares fell on Monday.", "LONDON"),  # no comma: the town is found as before
])
def test_what_the_dateline_rule_leaves(parser, text, name):
    doc = parser.parse(text, lang="en")
    hits = [m for m in doc.mentions if m.text == name]
    if name == "LONDON":
        assert hits and hits[0].country_code == "GB"
    else:
        assert not hits, found(doc)
