"""The training pool of the English event model: ACLED and UCDP notes, news sentences with no event,
the project's own written sentences and the news sets read for rules (READ_SETS), each row tagged
with the file (group) it came from.

Notes are cleaned of what gives the label away or never appears in news (label prefixes such as
"Looting:", "[size=...]" tails) and also added in a news-like form (no "On 3 June 2020," opening,
no "(district, region)" parentheses), so the model keys on the event wording.
"""
from __future__ import annotations

import gzip
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

from geo.events.lexicon import EXPLOSIONS, SCHEME
from geo.events.text import split_sentences

TRAIN_DIR = Path("/work/shared/train/events")
EVAL_DIR = Path("/work/shared/eval")
OWN_DIR = Path(__file__).resolve().parent / "event_sentences"

# Files whose records carry both type and sub-type (acled 2019+ scheme).
FULL_FILES = ("acled_rolyyy_conflict_watcher", "acled_valenge_mali_2017_2020", "acled_elliottmess_burkina_1997_2020",
              "acled_zachessesjohnson_bangladesh_2022_2024", "acled_joshmerfeld_benin_2009_2022",
              "acled_dkoban_afghanistan_2020_03")
TYPE_ONLY_FILES = ("acled_brendansherman_world_2024_05_06", "acled_aschharwood_africa_2016",
                   "acled_mccartneyac_libya_2011_2012", "acled_katehara_southasia_2015")
# The written sentences are few but news-style and cover what the notes lack (non-events above all).
OWN_WEIGHT = 4.0
# The written news sets whose errors were read while writing the news rules (sessions 7-11): no
# longer blind, so the model learns from them too. Their other halves (C, D, E, F half B), set G
# and sets I and J stay held out: written blind and only scored.
READ_SETS = ("own_c_a.tsv", "own_d_a.tsv", "own_d_a2.tsv", "own_d_a3.tsv", "own_d_a4.tsv", "own_d_a5.tsv",
             "own_d_a6.tsv", "own_d_a7.tsv", "own_d_a8.tsv", "own_d_a9.tsv", "own_e_news_a.tsv",
             "own_e_reports_a.tsv", "own_f_articles_a.tsv", "own_f_reports_a.tsv", "own_h_news_a.tsv",
             "own_h_news_b.tsv")
# The written news sets scored as outside checks, never trained on unless listed in READ_SETS.
# Sessions 18-19's sets M-U were missing here until session 19, so a refit would have
# learned their held-out halves; the shipped weights (session 12) predate them.
HELD_OUT_SET_PREFIXES = ("own_c_", "own_d_", "own_e_", "own_f_", "own_g_", "own_h_", "own_i_", "own_j_", "own_k_",
                         "own_l_", "own_m_", "own_n_", "own_o_", "own_p", "own_q_", "own_r_", "own_s_", "own_t_", "own_u_",
                         "own_v_", "own_w_", "own_x_", "own_y_", "own_z_", "own_zz_", "own_ar_")
SUB_TO_TYPE = {sub: t for t, subs in SCHEME.items() for sub in subs}

_LABEL_PREFIX = re.compile(r"^\s*(?:[A-Z][A-Za-z]+(?:[ /&-][A-Za-z]+){0,3})\s*:\s*(?=\S)")
_DATE_OPENING = re.compile(
    r"^\s*(?:(?:On|Around|Between|During|Since|From|By|As of|Overnight|Late|Early|In|Throughout|Until|On or around)"
    r"(?:\s+(?:the\s+)?(?:night|morning|evening|week|weekend|afternoon|of|and|to|-|\d{1,2}(?:st|nd|rd|th)?|"
    r"January|February|March|April|May|June|July|August|September|October|November|December),?)*"
    r"\s*\d{4}(?:\s*\((?:as reported|approx\w*|month of|week of)[^)]*\))?[,:]?\s*)")
_SIZE_TAIL = re.compile(r"\s*\[[^\]]{0,80}\]")
_PARENS = re.compile(r"\s*\([^()]{0,80}\)")
_UCDP_SOURCE = re.compile(r"^\s*(?:[^\"]{0,70}?(?:\d{4}|\d{1,2}/\d{1,2}/\d{2,4})[^\"\w]{0,5}\"|"
                          r"[A-Za-z][\w.&'\- ]{0,40}?,?\s+\d{1,2}/\d{1,2}/\d{2,4}\s*[,:-]?\s*)")
# Violence words: news sentences holding one are not used as "no event" examples (ordinary crime
# and accidents come from the written sentences instead, whose labels are known).
_VIOLENT = re.compile(r"(?i)\b(?:kill|shot|shoot|gun|murder|attack|bomb|blast|explo|fire[ds]?\b|fight|clash|war\b|"
                      r"troop|soldier|army|militar|police|arrest|protest|rall(?:y|ies)|riot|stab|assault|rob|"
                      r"violen|dead|death|died|wound|injur|hostage|kidnap|abduct|terror|weapon|strike|raid|"
                      r"demonstrat|march|loot|burn|rape|threat|suspect|crime|jail|prison|court|charged)")


@dataclass
class Row:
    """One training text: its group (file), whether it reports an event, its type and sub-type."""

    text: str
    group: str
    event: int
    type: str | None = None
    sub_type: str | None = None
    kind: str = "note"  # note (ACLED/UCDP style), news (a news sentence)
    weight: float = 1.0


def clean_note(text: str) -> str:
    """An ACLED note without its label prefix and "[size=...]" tail: what a coder read."""
    text = _LABEL_PREFIX.sub("", text, count=1)
    return _SIZE_TAIL.sub("", text).strip()


def news_like(text: str) -> str:
    """A note in a news-like form: no date opening, no "(district, region)" parentheses."""
    text = _DATE_OPENING.sub("", clean_note(text), count=1)
    text = _PARENS.sub("", text).lstrip(" ,;:-")
    return text[:1].upper() + text[1:]


_ATTRIBUTIONS = ("officials said", "police said", "residents said", "a military source said", "witnesses said",
                 "according to local media", "the army said", "a local official told reporters", "sources said",
                 "state media reported", "a spokesman said", "according to a statement")
_OPENINGS = ("On Monday, ", "On Tuesday, ", "On Wednesday, ", "On Thursday, ", "On Friday, ", "On Saturday, ",
             "On Sunday, ", "Earlier this week, ", "Late on Sunday, ", "Overnight, ", "Yesterday ")


def newsy(text: str, rng: random.Random) -> str:
    """A note's sentence dressed as news now and then: a weekday opening, an attribution at the end.
    Without it, "said" and "on Monday" would read as signs of no event (the quiet news has them)."""
    if rng.random() < 0.3:
        text = text.rstrip(" .") + ", " + rng.choice(_ATTRIBUTIONS) + "."
    if rng.random() < 0.2:
        text = rng.choice(_OPENINGS) + text[:1].lower() + text[1:]
    return text


def first_sentences(text: str, n: int = 2, limit: int = 400) -> str:
    spans = split_sentences(text)[:n]
    if not spans:
        return text[:limit]
    return text[spans[0][0]:spans[-1][1]][:limit]


def _records(name: str):
    with gzip.open(TRAIN_DIR / f"{name}.jsonl.gz", "rt", encoding="utf-8") as fp:
        for line in fp:
            yield json.loads(line)


# ACLED's older scheme (before 2019) coded a strike or bombardment within a war as a "Battle" (NATO's
# strikes on Gaddafi's forces in 2011: "Battle-No change of territory"); today's scheme makes it
# Explosions/Remote violence unless two sides fight. So an older "Battle" note naming a strike or
# shelling has no exact type today, and "Riots/Protests" none either: events of unknown type.
_STRIKE = re.compile(r"(?i)\bnato\b|air ?strike|air ?raid|\bbomb|warplane|\bjets?\b|aircraft|aerial|\bshell"
                     r"|artillery|missile|rocket|mortar|\bgrads?\b")
OLD_BATTLES = ("Battle-No change of territory",)


def scheme_labels(r: dict, exact_old: bool = True) -> tuple[str | None, str | None]:
    """The record's (type, sub-type) on today's scheme; None where it has no exact one.

    The shared files already map older-scheme types where the name maps ("Remote violence" ->
    Explosions/Remote violence, "Battle-No change of territory" -> Battles/Armed clash); with
    ``exact_old`` an older-scheme battle whose note names a strike or shelling is left untyped too.
    """
    type_ = r["event_type"]
    sub = r["sub_event_type"]
    if sub is not None and SUB_TO_TYPE.get(sub) != type_:
        sub = None
    if type_ is not None and type_ not in SCHEME:
        type_ = None
    if exact_old and r.get("event_type_raw") in OLD_BATTLES and _STRIKE.search(r["text"] or ""):
        type_ = sub = None
    return type_, sub


def acled_rows(name: str, exact_old: bool = True) -> list[Row]:
    """A file's notes, each twice (as written and news-like); types kept only where today's scheme
    has an exact one (:func:`scheme_labels`)."""
    rows: list[Row] = []
    seen: set[str] = set()
    rng = random.Random(name)
    for r in _records(name):
        type_, sub = scheme_labels(r, exact_old)
        text = r["text"] or ""
        if name == "acled_katehara_southasia_2015":
            text = first_sentences(text)
        for variant in (clean_note(text), newsy(first_sentences(news_like(text), 1), rng)):
            if len(variant) < 15 or variant in seen:
                continue
            seen.add(variant)
            rows.append(Row(variant, name, 1, type_, sub))
    return rows


_AIR = re.compile(r"(?i)air ?strike|air ?raid|drone|warplane|jet|aircraft|aerial")
_SHELL = re.compile(r"(?i)shell|artillery|missile|rocket|mortar")


def lebanon_rows(limit: int = 900, seed: int = 1) -> list[Row]:
    """The unlabelled Lebanon strikes: all Explosions/Remote violence; the sub-type only when the note
    says how (air or drone, or only shells/missiles). Sampled: the notes repeat one template."""
    rows = []
    for r in _records("acled_fedecaprari_lebanon_airstrikes_2023_2024"):
        text = r["text"] or ""
        air, shell = _AIR.search(text), _SHELL.search(text)
        sub = "Air/drone strike" if air else ("Shelling/artillery/missile attack" if shell else None)
        rows.append(Row(news_like(text), "acled_fedecaprari_lebanon_airstrikes_2023_2024", 1, EXPLOSIONS, sub))
    random.Random(seed).shuffle(rows)
    return rows[:limit]


def ucdp_rows(limit: int = 6000, seed: int = 2) -> list[Row]:
    """UCDP headlines (news style) as events of unknown ACLED type; the wire-source opening is cut."""
    rows, seen = [], set()
    for r in _records("ucdp_ged_ceciliatrasi_mena_africa_1989_2019"):
        text = _UCDP_SOURCE.sub("", r["text"] or "", count=1).strip()
        if len(text) < 15 or text in seen:
            continue
        seen.add(text)
        rows.append(Row(text, "ucdp_ged_ceciliatrasi_mena_africa_1989_2019", 1, kind="news"))
    random.Random(seed).shuffle(rows)
    return rows[:limit]


def quiet_news_rows(name: str) -> list[Row]:
    """Sentences of LGL or GeoVirus articles with no violence word: news that reports no event.
    The group is the file and a quarter of its documents (``name:0`` .. ``name:3``)."""
    rows = []
    with open(EVAL_DIR / f"{name}.jsonl", encoding="utf-8") as fp:
        for n, line in enumerate(fp):
            doc = json.loads(line)
            text = doc["text"]
            for s, e in split_sentences(text):
                sent = text[s:e].strip()
                if 30 <= len(sent) <= 400 and not _VIOLENT.search(sent):
                    rows.append(Row(sent, f"{name}:{n % 4}", 0, kind="news"))
    return rows


def own_rows(name: str) -> list[Row]:
    """The project's written sentences (``label<TAB>sentence``; label a sub-type or "none")."""
    rows = []
    for line in (OWN_DIR / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, text = line.split("\t", 1)
        label = label.strip()
        if label == "none":
            rows.append(Row(text.strip(), f"own:{name}", 0, kind="news", weight=OWN_WEIGHT))
        else:
            if label not in SUB_TO_TYPE:
                raise ValueError(f"{name}: unknown sub-type {label!r}")
            rows.append(Row(text.strip(), f"own:{name}", 1, SUB_TO_TYPE[label], label, kind="news", weight=OWN_WEIGHT))
    return rows


def read_set_rows(name: str) -> list[Row]:
    """A read news set's items as training rows: an event item whole (a note or a snippet), a
    non-event item sentence by sentence (no sentence of it reports a new event)."""
    rows = []
    for r in own_rows(name):
        if r.event:
            rows.append(r)
            continue
        for s, e in split_sentences(r.text):
            sent = r.text[s:e].strip()
            if len(sent) >= 20:
                rows.append(Row(sent, r.group, 0, kind="news", weight=r.weight))
    return rows


def build_pool(read_sets: tuple[str, ...] = ()) -> list[Row]:
    """Every row of the pool, grouped by file (see the module docstring). ``read_sets``: news sets
    whose errors were read while writing rules (READ_SETS), trained on too."""
    rows: list[Row] = []
    for name in FULL_FILES + TYPE_ONLY_FILES:
        rows.extend(acled_rows(name))
    rows.extend(lebanon_rows())
    rows.extend(ucdp_rows())
    rows.extend(quiet_news_rows("lgl"))
    rows.extend(quiet_news_rows("geovirus"))
    for path in sorted(OWN_DIR.glob("*.tsv")):
        if path.name in read_sets:
            rows.extend(read_set_rows(path.name))
            continue
        if path.name.startswith(HELD_OUT_SET_PREFIXES):
            continue  # the written news sets held out as outside checks (written blind): never trained on;
            # own_l (session 13) was read for rules; a refit with it in READ_SETS was tried and not kept
            # (docs/events.md, "Session 13")
        rows.extend(own_rows(path.name))
    return rows
