"""What the words around a name say about which place it is, beyond the kind-of-place cue.

- A nationality adjective right after the name qualifies it: "طرابلس اللبنانية" is Tripoli in
  Lebanon whatever the story's focus ("Lebanese" before an English name likewise).
- Government talk makes a name shared by a capital and a state the capital: "Washington said
  the sanctions..." is the city; "Washington state", "the state of Washington" stay the state.
"""
from __future__ import annotations

from geo.engine.document import Place
from geo.engine.recognize import Candidate, possessive_s
from geo.engine.tokens import Token

QUALIFIER_BONUS = 6.0  # more than the story's focus can give another country (FOCUS_WEIGHT 4.5)
CAPITAL_BONUS = 4.0
GOVERNMENT_WINDOW = 12  # tokens either side
GOVERNMENT_WORDS = {
    "president", "administration", "government", "congress", "senate", "senator", "senators", "federal",
    "officials", "official", "embassy", "ambassador", "diplomats", "diplomatic", "talks", "summit",
    "pentagon", "sanctions", "lawmakers", "policy", "policies", "relations", "treaty", "capitol", "obama", "bush", "clinton",
    "trump", "biden", "white", "secretary", "washington's", "ministers", "minister", "allies",
    # Session 24: who speaks for a capital and what it hands out ("a spokesman in Washington said",
    # "waiting for Washington to deliver the aid it promised").
    "spokesman", "spokeswoman", "spokesperson", "aid", "tariffs", "tariff", "envoy", "envoys", "negotiators",
    # Session 28: the money a capital hands out ("$17 million, much of it from Washington").
    "funding", "funds", "grant", "grants", "million", "billion",
    "واشنطن", "الادارة", "الحكومة", "الرئيس", "الكونغرس", "البيت", "الخارجيه", "السفاره", "العقوبات",
}
STATE_WORDS = {"state", "state's", "county", "seattle", "spokane", "tacoma", "olympia", "vancouver", "yakima"}
_NEAR_ONLY = frozenset(("state", "state's", "county"))


def adjective_country(tokens: list[Token], cand: Candidate, demonyms: dict[str, tuple[str, ...]], lang: str,
                      gaz=None) -> set[str]:
    """Countries a nationality adjective next to the name points at (after it in Arabic, before it in
    English), or, in English with ``gaz``, a country's possessive before it ("Iraq's Kurdistan region",
    "Burkina Faso's Soum province")."""
    k = cand.last + 1 if lang == "ar" else cand.first - 1
    if not 0 <= k < len(tokens):
        return set()
    if lang == "ar" and not tokens[cand.last].joined_to_next:
        return set()
    if lang != "ar" and not tokens[k].joined_to_next:
        return set()
    if lang != "ar" and gaz is not None and possessive_s(tokens[k]):
        return possessive_country(tokens, k, gaz)
    return set(demonyms.get(tokens[k].norm, ()))


def possessive_before(tokens: list[Token], cand: Candidate, gaz) -> set[str]:
    """The country whose possessive stands right before an English name, joined to it ("Cameroon's
    South-West", "Iraq's Kurdistan"), or none."""
    k = cand.first - 1
    if k < 1 or not possessive_s(tokens[k]) or not tokens[k].joined_to_next:
        return set()
    return possessive_country(tokens, k, gaz)


def possessive_country(tokens: list[Token], s_at: int, gaz) -> set[str]:
    """The country whose name (one to three words) ends right before the possessive s at ``s_at``."""
    for n in (1, 2, 3):
        lo = s_at - n
        if lo < 0 or not tokens[lo].text[:1].isupper():
            continue
        key = " ".join(t.norm for t in tokens[lo:s_at])
        codes = {p.country_code for p in map(gaz.place, gaz.ids(key) or ()) if p.feature == "country"}
        if codes:
            return codes
    return set()


def qualifier_bonus(codes: set[str], p: Place) -> float:
    return QUALIFIER_BONUS if codes and p.country_code in codes else 0.0


def about_government(tokens: list[Token], cand: Candidate) -> bool:
    """Government words near the name, and nothing that marks the state."""
    lo, hi = max(0, cand.first - GOVERNMENT_WINDOW), min(len(tokens), cand.last + 1 + GOVERNMENT_WINDOW)
    words = {tokens[i].norm for i in range(lo, hi)}
    near = {tokens[i].norm for i in range(max(0, cand.first - 2), min(len(tokens), cand.last + 3))}
    # "state" and "county" speak for the state only next to the name ("Washington County"): a
    # "County Judge" a sentence earlier is another body ("County Judge Tom Ortiz said he had spoken
    # to Austin and Washington about disaster aid").
    return bool(words & GOVERNMENT_WORDS) and not (near & STATE_WORDS) and not (words & STATE_WORDS - _NEAR_ONLY)


def capital_bonus(p: Place, opts: list[Place], capitals, government: bool) -> float:
    """The national capital over a first-level division of the same name, in government talk."""
    if not government or p.id not in capitals:
        return 0.0
    if any(q.feature == "admin1" and q.country_code == p.country_code for q in opts):
        return CAPITAL_BONUS
    return 0.0
