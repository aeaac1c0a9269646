"""Fatalities as a learned span choice: which number in a sentence, if any, is the death toll.

Every number in an English sentence is a candidate (digits, written numbers, "a soldier" = 1,
vague "dozens"). Numbers that can never be a toll are dropped by hard rules: years, dates, ages,
calibres, distances, durations and times, percentages, unit numbers ("Brigade 444"). A logistic
regression over context features (the words around the number, the nearest word of death, of
wounding or of arrest, the victim noun after it) scores the rest; the best candidate above the
threshold is the toll. Weights are learned from ACLED notes by ``scripts/train_tolls.py`` and
shipped in ``data/tolls_model.json``; this module needs only the standard library, and scores a
sentence in tens of microseconds.

Arabic keeps its hand rules (:mod:`geo.events.fatalities`): there are no Arabic records with tolls to
learn from. The hard rules still apply to it (a year is never a toll).
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from geo.events.numbers import parse_number
from geo.paths import DATA_DIR

MODEL_PATH = DATA_DIR / "tolls_model.json"

_EN_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
             "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
             "thousand dozen").split()
_WORD = "(?:" + "|".join(sorted(_EN_WORDS, key=len, reverse=True)) + ")"
_VICTIM_ONE = ("civilian|child|man|woman|soldier|person|boy|girl|policeman|policewoman|officer|journalist|fighter"
               "|farmer|elder|official|leader|cleric|imam|priest|pastor|teacher|doctor|nurse|student|activist|judge"
               "|commander|teenager|resident|worker|paramedic|militant|member|trader|herder|villager|driver|youth"
               "|gendarme|militiaman|jihadist|insurgent|suspect|local|chief|guard|contractor|shepherd|businessman"
               "|merchant|police officer|baby|infant|girl|toddler|minor|volunteer|militiamen|soldiers"
               "|pastoralist|thief|robber|hunter|individual|fisherman"
               # session 15: roles and kin that reports name one victim by ("killed the mayor of Koutougou")
               "|constable|personnel|mayor|prefect|subprefect|sub-prefect|chairman|councillor|councilor|wife|husband"
               "|son|daughter|brother|father|mother|detainee|prisoner|vendor|pilot|employee|engineer|informant"
               "|passenger|pedestrian|motorcyclist|lawyer|politician|deputy|governor|administrator|colonel"
               "|captain|lieutenant|sergeant|corporal|secretary|president|councilman|headman|agent|body|corpse")
# Up to three words between "a" and the victim: "a 60-year-old civilian" (or "a 17-year old boy", as
# reports also write it), "an off duty military personnel", "a young Fulani shepherd"; never a
# number or "of" ("a total of 5 soldiers" keeps its 5).
_MODIFIER = r"(?:(?!(?:of|and|or|the|who|which|was|were)\b)[a-z][a-z-]*|\d+[\s-]years?[\s-]old)\s+"
# One alternation, tried left to right: digits, written numbers, vague counts, "a <victim>".
_CANDIDATE = re.compile(
    r"(?<![\w.,])(?P<d>\d{1,3}(?:,\d{3})+|\d+)(?!\.?\d)(?![a-z])"
    r"|(?<![a-z])(?P<w>(?:a\s+)?" + _WORD + r"(?:[\s-]+(?:and[\s-]+)?" + _WORD + r")*)(?![a-z])"
    r"|(?<![a-z])(?P<v>dozens|scores|hundreds|several|tens)(?![a-z])"
    r"|(?<![a-z])(?P<s>(?:a|an)\s+(?:" + _MODIFIER + r"){0,3}?(?:" + _VICTIM_ONE + r")"
    r"|the victim|the body|his body|her body)(?![a-z])")
# One victim named by role right after a killing, or killed in the passive: "assassinated the
# subprefect of Ouinerden", "killed his sixth son", "the driver was shot dead".
_KILLED_ONE = (r"(?:killed|killing|murdered|assassinated|assassinating|executed|executing|beheaded|lynched|shot dead"
               r"|stabbed to death|beat to death|beaten to death|shot and killed|gunned down)")
_ROLE_ONE = r"(?:the|his|her|their)\s+(?:" + _MODIFIER + r"){0,2}?(?:" + _VICTIM_ONE + r")(?![a-z])"
_THE_VICTIM = re.compile(r"\b" + _KILLED_ONE + r"\s+(?P<a>" + _ROLE_ONE + r")"
                         r"|(?<![a-z])(?P<p>" + _ROLE_ONE + r")\s+(?:was|had been|has been)\s+(?:[a-z]+\s+)?"
                         + _KILLED_ONE + r"(?![a-z])")
_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+(?:[.,:]\d+)*|[^\sa-z0-9]")

_CLASSES: dict[str, str] = {}
for _cls, _words in {
    "DEATH": "killed kill kills killing dead died die dies dying death deaths fatalities fatality fatal fatally slain "
             "lives life bodies body corpses corpse martyred perished executed execute beheaded murdered murder "
             "assassinated lynched succumbed toll drowned burnt burned",
    "WOUND": "wounded wounding wound wounds injured injuring injury injuries injures hurt hospitalized hospitalised "
             "casualties critically seriously",
    "ARREST": "arrested arrest arrests detained detention abducted abduction kidnapped kidnapping captured seized "
              "held surrendered released rescued missing displaced freed hostage hostages hostages arresting "
              "abducting detaining rounded",
    "VICTIM": "civilians civilian people persons person soldiers soldier militants militant fighters fighter "
              "policemen policeman police officers officer men man women woman children child members member troops "
              "militiamen insurgents assailants gunmen rebels villagers farmers herders protesters students "
              "jihadists terrorists attackers individuals others more boys girls passengers workers residents "
              "guards gendarmes personnel fishermen migrants traders worshippers pilgrims youths family relatives "
              "taliban elements combatants",
    "TIME": "minute minutes hour hours day days week weeks month months year years decade decades am pm hrs "
            "o'clock night nights morning evening",
    "MONTH": "january february march april may june july august september october november december jan feb mar apr "
             "jun jul aug sep sept oct nov dec",
    "DIST": "km kms kilometres kilometers kilometre kilometer miles mile metres meters metre meter m",
    "UNIT": "brigade battalion regiment division corps squadron sector platoon route highway article resolution "
            "unit no number checkpoint kilo",
    "PCT": "% percent per",
    "MONEY": "$ dollars dollar usd rupees rupee francs cfa naira taka dinars pounds euros",
    "NEG": "no none nobody without neither nor",
    "AND": "and ,",
}.items():
    for _w in _words.split():
        _CLASSES[_w] = _cls
_NEAR_CLASSES = ("DEATH", "WOUND", "ARREST")
_AGE = re.compile(r"^\s*(?:-|\s)?(?:year|yr)s?[\s-]*old|^\s*(?:-|\s)?years?\s+of\s+age")
_AGE_BEFORE = re.compile(r"(?:aged|age of|ages of|age)\s+$")
_CALIBRE = re.compile(r"^\s*-?\s*(?:mm|millimet|calib|cal\b)")
_DIST = re.compile(r"^\s*-?\s*(?:km|kms|kilomet|miles?\b|metres?\b|meters?\b|m\b)")
_PCT = re.compile(r"^\s*(?:%|percent|per cent)")
_TIME = re.compile(r"^\s*(?:-|\s)?(?:minutes?|hours?|days?|weeks?|months?|years?|decades?|am\b|pm\b|a\.m|p\.m|hrs?\b"
                   r"|o'clock|h\b|nights?\b)|^:\d")
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr"
           "|jun|jul|aug|sept|sep|oct|nov|dec")
_DATE_AFTER = re.compile(r"^\s*(?:st|nd|rd|th)?\s*(?:of\s+)?(?:" + _MONTHS + r")\b")
_DATE_BEFORE = re.compile(r"(?:" + _MONTHS + r")\.?\s+$")
_UNIT_BEFORE = re.compile(r"(?<![a-z])(?:brigade|battalion|regiment|division|corps|squadron|sector|platoon|route"
                          r"|highway|road"
                          r"|article|resolution|unit|no\.?|number|checkpoint|kilo|km|phase|zone|block|camp|house"
                          r"|ward|district|precinct|station|resolution|flight|gate|level|grade|class|hp|ak|bm|su|mi"
                          r"|geo-?precision)"
                          r"\s*-?\s*$")
_UNIT_AFTER = re.compile(r"^\s*(?:-?(?:th|st|nd|rd)\b|\s*(?:brigade|battalion|regiment|division|corps|squadron"
                         r"|infantry|armou?red|mechani[sz]ed|commando))")
_APPOSITION_BEFORE = re.compile(r"[a-z.]{2,},\s*$")
_RANGE_BEFORE = re.compile(r"(?:between|from)\s+\S+\s+(?:and|to)\s+$")
# Animals killed are no toll: "killed two hundred cows", "about 58 oxen" (19 notes in the pool).
_ANIMALS_AFTER = re.compile(r"\s+(?:of (?:their|the) )?(?:heads? of )?(?:cows|cattle|oxen|sheep|goats|camels|livestock"
                            r"|donkeys|animals|chickens|horses|bulls|pigs|cow|ox|goat|camel|donkey|horse|bull)\b")
_KILLED_OR_WOUNDED_AFTER = re.compile(r"(?:\s+[a-z-]+){0,3}\s+(?:was|were)\s+(?:reportedly\s+)?killed or "
                                      r"(?:wounded|injured)\b")
_AMONG_AFTER = re.compile(r"^\s+(?:was|were|is|are)\s+(?:also\s+)?among\b")
# Money, before the number.
_MONEY_BEFORE = re.compile(r"(?:\$|usd|rs\.?|£|€)\s*$")


@dataclass(frozen=True)
class Candidate:
    """A number in a folded sentence: [start, end), its value (None when vague) and its kind."""

    start: int
    end: int
    value: int | None
    kind: str  # digit, word, vague, single, sum


def candidates(folded: str) -> list[Candidate]:
    """Every number in a folded English sentence that could be a toll (hard rules applied)."""
    found: list[Candidate] = []
    for m in _CANDIDATE.finditer(folded):
        kind = "digit" if m.group("d") else "word" if m.group("w") else "vague" if m.group("v") else "single"
        text = m.group(0)
        if kind == "single":
            value: int | None = 1
        elif kind == "digit":
            value = int(text.replace(",", ""))
        elif kind == "vague":
            value = None
        else:
            body = text[2:] if kind == "word" and text.startswith("a ") else text
            value = parse_number(body)
            if value is None:
                continue
            if text.startswith("a ") and kind == "word" and body not in ("dozen", "hundred", "thousand"):
                continue
        if never_a_toll(folded, m.start(), m.end(), kind):
            continue
        found.append(Candidate(m.start(), m.end(), value, kind))
    found = _with_role_victims(folded, found)
    return found + _sums(folded, found)


def _with_role_victims(folded: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` and each victim named by role ("killed the driver"), where no number is inside it."""
    if "the " not in folded and "his " not in folded and "her " not in folded:
        return found
    extra = []
    for m in _THE_VICTIM.finditer(folded):
        group = "a" if m.group("a") else "p"
        start, end = m.span(group)
        if not any(c.start < end and start < c.end for c in found):
            extra.append(Candidate(start, end, 1, "single"))
    return sorted(found + extra, key=lambda c: c.start) if extra else found


# Between two parts of a summed toll: "3 policemen and 1 Taliban militant were killed".
_JOIN = re.compile(r"^(?:\s+[a-z'-]+){0,4}?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+along with\s+|\s+as well as\s+)$")
_NOT_IN_JOIN = re.compile(r"kill|dead|died|wound|injur|arrest|hurt|including|among|of whom|whom|while|whereas")
_PART_NOUN = re.compile(r"^\s+(?!and\b|or\b|to\b)[a-z'-]+")
_AND = re.compile(r"\band\b|along with|as well as")
MAX_PARTS = 4


def _sums(folded: str, found: list[Candidate]) -> list[Candidate]:
    """Candidates for a toll told in parts, each part joined to the next by "and" or a comma:
    "3 policemen and 1 Taliban militant were killed" offers 4 beside 3 and 1 (ACLED sums them)."""
    sums: list[Candidate] = []
    for i, first in enumerate(found):
        if first.value is None or first.kind == "sum":
            continue
        total, last = first.value, first
        for nxt in found[i + 1:i + MAX_PARTS]:
            between = folded[last.end:nxt.start]
            if (nxt.value is None or not _JOIN.match(between) or _NOT_IN_JOIN.search(between)
                    or not (last.kind == "single" or _PART_NOUN.match(between))):
                break  # "between 6 and 9 attackers" is a range, not a sum
            if nxt.kind == "single" and not _AND.search(between):
                break  # "1 child, a shepherd, was killed": an apposition names the same victim
            total, last = total + nxt.value, nxt
            sums.append(Candidate(first.start, nxt.end, total, "sum"))
    return sums


def never_a_toll(folded: str, start: int, end: int, kind: str = "digit") -> bool:
    """Hard rule: a year, date, age, calibre, distance, duration or time, percentage, money or unit
    number is never a death toll, whatever the model says."""
    after = folded[end:end + 24]
    before = folded[max(0, start - 16):start]
    token = folded[start:end]
    if kind == "digit":
        if _APPOSITION_BEFORE.search(before) and after[:1] == ",":
            return True  # "Melton Paris, 51, was found shot": an age in apposition
        if before[-1:] == "-" and before[-2:-1].isdigit():
            return True  # the upper end of a range, "7-10 militants": ACLED codes the lower
        if len(token) == 4 and token[:2] in ("19", "20") and "," not in token:
            return True  # a year
        if after[:1] in ("/", ":", ".") and after[1:2].isdigit():
            return True  # 3/6/2020, 10:30, 7.62
        if before[-1:] in ("/", ":") or before.endswith("no. ") or before.endswith("#"):
            return True
    if _RANGE_BEFORE.search(before):
        return True  # "between 6 and 9": the upper end of a range
    if _ANIMALS_AFTER.match(folded, end) or _KILLED_OR_WOUNDED_AFTER.match(folded, end):
        return True  # "killed two hundred cows"; "1 policeman was killed or wounded" (ACLED codes 0: 6 of 6)
    if kind == "single" and (_AMONG_AFTER.match(after) or _not_killed(folded, start, end)):
        return True  # "A 12-year-old boy was among 7 people killed": one of the toll, not the toll
    if _DATE_AFTER.match(after) or _DATE_BEFORE.search(before):
        return True
    if _AGE.match(after) or _AGE_BEFORE.search(before) or _CALIBRE.match(after) or _DIST.match(after):
        return True
    if _PCT.match(after) or _TIME.match(after) or _MONEY_BEFORE.search(before):
        return True
    if kind in ("digit", "word") and (_UNIT_BEFORE.search(before) or _UNIT_AFTER.match(after)):
        return True
    return False


def _not_killed(folded: str, start: int, end: int) -> bool:
    """One victim told as wounded, taken or beaten, and not killed: "wounded a baby and a woman",
    "abducted and ransomed a wealthy livestock trader" (the nearest harm word before it is no death,
    and no death word follows it closely)."""
    before = [_CLASSES.get(w) for w in _TOKEN.findall(folded[max(0, start - 40):start])[-4:]]
    harm = next((c for c in reversed(before) if c in _NEAR_CLASSES), None)
    if harm is None or harm == "DEATH":
        return False
    return "DEATH" not in (_CLASSES.get(w) for w in _TOKEN.findall(folded[end:end + 40])[:5])


def _shape(token: str) -> str:
    """A digit token as its shape ("<year>", "<num>"): the number's value is not a context word."""
    if token[:1].isdigit():
        return "<year>" if len(token) == 4 and token[:2] in ("19", "20") else "<num>"
    return token


def _bucket(value: int | None) -> str:
    if value is None:
        return "vague"
    if value <= 1:
        return str(value)
    if value <= 5:
        return "2-5"
    if value <= 20:
        return "6-20"
    if value <= 100:
        return "21-100"
    return ">100"


def _dist_bucket(d: int) -> str:
    return "1" if d <= 1 else "2" if d == 2 else "3-4" if d <= 4 else "5-8"


def features(folded: str, cands: list[Candidate], k: int, next_sentence: bool = False,
             rules: frozenset[int] = frozenset()) -> list[str]:
    """Context features of candidate ``k`` among ``cands`` in ``folded`` (see module docstring)."""
    c = cands[k]
    before = _TOKEN.findall(folded[max(0, c.start - 80):c.start])[-8:]
    after = _TOKEN.findall(folded[c.end:c.end + 100])[:8]
    if c.kind == "digit" and folded[c.end:c.end + 2][:1] == "-" and folded[c.end + 1:c.end + 2].isdigit():
        extra = ["range_low"]
    else:
        extra = []
    feats = extra + [f"kind={c.kind}", f"val={_bucket(c.value)}", f"idx={min(k, 3)}",
             "last" if k == len(cands) - 1 else "notlast", f"next_sent={int(next_sentence)}",
             "rule" if c.start in rules else "norule"]
    before = [_shape(w) for w in before]
    after = [_shape(w) for w in after]
    cls_before = [_CLASSES.get(w) for w in before]
    cls_after = [_CLASSES.get(w) for w in after]
    for i in range(1, min(3, len(before)) + 1):
        feats.append(f"p{i}={before[-i]}")
        feats.append(f"p{i}c={cls_before[-i] or 'O'}")
    for i in range(min(3, len(after))):
        feats.append(f"n{i + 1}={after[i]}")
        feats.append(f"n{i + 1}c={cls_after[i] or 'O'}")
    if len(before) >= 2:
        feats.append(f"p21={before[-2]}_{before[-1]}")
    if len(after) >= 2:
        feats.append(f"n12={after[0]}_{after[1]}")
    victim = "single" if c.kind == "single" else "victim" if cls_after and cls_after[0] == "VICTIM" else "novictim"
    nearest = {}
    for side, words, classes in (("a", after, cls_after), ("b", before[::-1], cls_before[::-1])):
        seen_number = False
        nearest[side] = "none"
        for d, (w, cls) in enumerate(zip(words, classes), 1):
            if w == "<num>" or w == "<year>":
                seen_number = True
            if cls in _NEAR_CLASSES:
                nearest[side] = f"{cls}{'+num' if seen_number else ''}"
                feats.append(f"near{side}={cls}@{_dist_bucket(d)}")
                feats.append(f"near{side}={nearest[side]}")
                break
        for cls in set(classes):
            if cls in _NEAR_CLASSES or cls == "NEG":
                feats.append(f"win{side}={cls}")
    # A few conjunctions a linear model cannot form itself.
    feats.append(f"{victim}|a={nearest['a']}")
    feats.append(f"a={nearest['a']}|b={nearest['b']}")
    feats.append(f"{c.kind}|a={nearest['a']}")
    first_before = (cls_before[-1] or "O") if before else "^"
    first_after = (cls_after[0] or "O") if after else "$"
    feats.append(f"p1c={first_before}|n1c={first_after}")
    if len(cands) == 1:
        feats.append("only")
    if c.kind == "single":
        feats.append("single_victim")
    elif victim == "victim":
        feats.append("victim_after")
    return feats


@dataclass(frozen=True)
class TollModel:
    """Logistic-regression weights over feature strings, and the decision threshold."""

    weights: dict[str, float]
    bias: float
    threshold: float
    next_threshold: float = 0.5  # stricter for the sentence after the event's: it may tell another story

    def score(self, feats: list[str]) -> float:
        """The probability that a candidate with these features is the toll."""
        w = self.weights
        z = self.bias + sum([w[f] for f in feats if f in w])
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=2)
def load_model(path: str | None = None) -> TollModel:
    """The shipped model (``data/tolls_model.json``), read once per process."""
    with open(path or MODEL_PATH, encoding="utf-8") as handle:
        raw = json.load(handle)
    return TollModel({k: float(v) for k, v in raw["weights"].items()}, float(raw["bias"]), float(raw["threshold"]),
                     float(raw.get("next_threshold", raw["threshold"])))


def best_candidate(folded: str, model: TollModel | None = None, next_sentence: bool = False,
                   rules: frozenset[int] = frozenset()) -> tuple[Candidate | None, float]:
    """The most likely toll candidate in a folded English sentence and its probability
    (None, 0.0 when the sentence holds no number). ``rules``: where the hand patterns read a toll
    (:func:`geo.events.fatalities.rule_starts`), a feature the model weighs."""
    cands = candidates(folded)
    if not cands:
        return None, 0.0
    model = model or load_model()
    scored = [(model.score(features(folded, cands, k, next_sentence, rules)), k) for k in range(len(cands))]
    p, k = max(scored, key=lambda s: (s[0], -s[1]))
    return cands[k], p


def find_toll(folded: str, model: TollModel | None = None, next_sentence: bool = False,
              rules: frozenset[int] = frozenset()) -> tuple[int | None, tuple[int, int] | None]:
    """The toll a folded English sentence states and its span, or (None, None).

    A vague count chosen as the toll ("dozens were killed") gives (None, span): stated, not exact.
    """
    model = model or load_model()
    cand, p = best_candidate(folded, model, next_sentence, rules)
    if cand is None or p < (model.next_threshold if next_sentence else model.threshold):
        return None, None
    return cand.value, (cand.start, cand.end)


# ACLED's own bookkeeping in a report: "Fatalities coded as 3 (VoJ reported 5)", "Total fatalities
# coded as 14", "Fatalities split over 2 locations (4)", "Unknown number of fatalities and injuries
# coded as 10", "Russian MoD reported 535 fatalities. Coded as 10 fatalities split across 3 events".
# It states the toll the coder gave this event, so it wins over a number in the text. News never
# has it. A count of one side ("Unknown militant fatalities coded as 10") is the toll too (session
# 15, region-held-out notes: 24 of 28); a toll split across K events gives each its share, rounded
# up (23 of 39 such notes; rounded down, 19).
_PARTS = r"(\d+|two|three|four|five|six|seven|eight|nine|ten)"  # how many events or places a toll is split over
_CODED = re.compile(r"(?<![a-z] )(?:(?:total|overall|unknown|unclear)(?: reported)?(?: number of)?(?: [a-z-]+){0,2} )?"
                    r"fatalit(?:y|ies)(?: and (?:injuries|injured))? (?:are |were |have been )?coded as (\d+)\b"
                    r"|\b(?:killed|dead|deaths|casualties)(?: and (?:injured|wounded))? coded as (\d+) fatalit(?:y|ies)\b"
                    r"|(?<![a-z] )coded as (\d+) fatalit(?:y|ies)\b"
                    r"|\bfatalit(?:y|ies) (?:are |were )?(?:split|divided) (?:over|across|between) "
                    r"(?:\d+|two|three|four|five|six) (?:events|locations)\s*\((\d+)\)"
                    # a report's closing count, a sentence of its own: "... to the hospital where he
                    # died. 1 fatality." (session 15: 145 of 146 region-held-out notes coded with it)
                    r"|(?:^|(?<=[.;] ))(\d+) (?:reported )?fatalit(?:y|ies)(?=\s*(?:\.|$))", re.I)
_SPLIT_AFTER = re.compile(r"(?:,? (?:and )?(?:are |were )?(?:split|spread|divided)(?: evenly)?)? (?:across|over|between) "
                          + _PARTS + r" (?:separate )?(?:events|locations)", re.I)


# "Fatalities split across two events" with no share stated: each event has the stated toll's
# share, rounded up (session 15: 22 of 45 region-held-out notes; rounded down 16; the whole toll 3).
_SPLIT_SHARES = re.compile(r"\bfatalit(?:y|ies) (?:are |were |have been )?(?:split|divided|spread) (?:evenly )?"
                           r"(?:across|between|over|among) (?:the )?\(?" + _PARTS + r"\)? "
                           r"(?:separate )?(?:events|locations)(?!\s*\(\d)", re.I)


def share(toll: int, parts: int) -> int:
    """One event's share of a toll split across ``parts`` events, rounded up."""
    return -(-toll // parts) if parts > 0 else toll


def split_shares(text: str) -> list[tuple[int, int]]:
    """(position, parts) of each statement that a report's toll is split across parts, with no
    share stated ("Fatalities split across two events"); a coded toll, where the report states
    one, says more (:func:`coded_tolls`)."""
    if "atalit" not in text:
        return []
    return [(m.start(), parse_number(m.group(1).lower())) for m in _SPLIT_SHARES.finditer(text)]


def coded_tolls(text: str) -> list[tuple[int, int]]:
    """(position, toll) of each statement of ACLED's coded toll in a text (usually none)."""
    if "atalit" not in text:
        return []
    found = []
    for m in _CODED.finditer(text):
        toll = int(next(g for g in m.groups() if g is not None))
        split = _SPLIT_AFTER.match(text, m.end()) if m.group(4) is None else None
        if split is not None:
            toll = share(toll, parse_number(split.group(1).lower()))
        found.append((m.start(), toll))
    return found
