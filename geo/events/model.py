"""A learned English event classifier: is there an event in a sentence, of which ACLED type and sub-type.

Three heads over the same sparse features (word 1-2 grams, word prefixes, who acted and who
suffered): event vs no event (linear), the six ACLED event types and the 25 sub-event types (read
conditioned on the type), each of these two a small network with one hidden layer. The
weights are trained by ``scripts/train_events.py`` and stored in ``data/event_model.npz``; this
module needs only numpy, loads them once and predicts a sentence in tens of microseconds.
:func:`features` is the one feature function: training imports it, so the two cannot drift.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import numpy as np

from geo.paths import DATA_DIR

DEFAULT_PATH = DATA_DIR / "event_model.npz"

_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+(?:[.,:]\d+)*")
# Prefix length of the stem feature: "killed", "killing", "kills" share "kill".
STEM = 5


# Reporting words are left out: the news with no event is full of "said", the notes are not, and
# a model that learned "said" means no event would miss every attributed report.
REPORTING = frozenset("said says saying told tells added adds according reportedly stated noted".split())
# Weekdays are no token (session 12): news names the day ("on Saturday"), ACLED's notes the date,
# so a weekday told the model a sentence came from news, where most of its non-events are.
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_SKIPPED = REPORTING | WEEKDAYS


# Event wordings with no lexicon trigger (issue 10): burning tyres, barricades, patrols, convoys,
# demolitions, beatings, bodies found, shots observed... Added to the learned gate words. Session 9:
# seizing and robbing, now that "seized livestock" is no territory trigger.
GATE_WORDS = frozenset("""
tyres tires barricade barricades barricaded burned burning burnt torched ablaze vandalised vandalized
patrol patrols patrolled patrolling convoy convoys reinforcements deployed deployment
demolished demolition demolitions bulldozed bulldozers looting looted plundered
beat beaten beating beatings whipped flogged tortured hacked machete machetes lynched mob crowd crowds
youths rubber bullets bodies body corpses shots gunfire gunshots shooting
fled displaced displacement abducted kidnapped raped stabbed shelling shelled airstrike airstrikes
drone drones missile missiles rockets mortar mortars explosion explosions blast grenade
militia militiamen jihadists insurgents bandits assailants attackers gunmen fighters
seized seizing robbed stole stolen extorted
militants troops soldiers rebels forces army military checkpoint checkpoints reinforcement destroyed withdrew
defected recruited recruitment stripped
""".split())


def tokens(text: str) -> list[str]:
    """Lower-cased words bar reporting words and weekdays; every number becomes "0" (counts and dates
    carry no type)."""
    return ["0" if t[0].isdigit() else t for t in _TOKEN.findall(text.lower()) if t not in _SKIPPED]


# Words of a date or time opening ("On 3 June 2020, overnight, ..."), skipped to reach the subject
# (weekdays never reach it: tokens() leaves them out).
_OPENING = frozenset("""
on in at around about between during since from by as of the a this last late early earlier overnight night
morning afternoon evening week weekend month day yesterday today and or to approximately approx reported
january february march april may june july august september october november december 0
""".split())
# Words read past after "by" to reach the agent ("by suspected JNIM militants", "by a group of").
_AGENT_SKIP = frozenset("a an the suspected presumed alleged unknown unidentified some several two three group number".split()
                        + ["of"])


# Who is on each side, for ACLED's conventions: a battle needs two armed sides, an attack by armed
# men on unarmed people is violence against civilians, by a crowd or villagers it is mob violence.
_SIDES = {
    "state": frozenset("soldiers soldier army troops military police policemen policeman gendarmes gendarmerie "
                       "gendarme forces commandos security officers navy".split()),
    "armed": frozenset("militants militant rebels rebel jihadists jihadist gunmen gunman insurgents insurgent fighters "
                       "militia militias militiamen bandits assailants attackers taliban jnim isgs shabaab haram "
                       "terrorists extremists armed".split()),
    "crowd": frozenset("locals villagers residents mob crowd crowds youths farmers herders pastoralists "
                       "community neighbours neighbors".split()),
    "civil": frozenset("civilians civilian children women man woman villager child farmer herder pastoralist "
                       "worshippers passengers".split()),
}


def sides(toks: list[str]) -> list[str]:
    """Which kinds of side a sentence names (state forces, armed groups, crowds, civilians), and the
    pair when there are two ("#state+armed"): a conjunction a linear model cannot make of words."""
    found = sorted(k for k, words in _SIDES.items() if not words.isdisjoint(toks))
    feats = ["#" + k for k in found]
    feats.extend("#" + a + "+" + b for i, a in enumerate(found) for b in found[i + 1:])
    return feats


def subject(toks: list[str]) -> list[str]:
    """The first two words after a date or time opening and a quantifier ("a number of"): who acted ("a number of locals", "farmers"),
    which ACLED's conventions turn on (mob violence by locals is a riot, an attack by a militia is not)."""
    i = 0
    while i < len(toks) and (toks[i] in _OPENING or toks[i] in _AGENT_SKIP):
        i += 1
    return toks[i:i + 2]


# Who suffered (issue 10): ACLED's type turns on the victims as much as the actor. Killing soldiers,
# militiamen or a checkpoint's guards is a battle; killing villagers is violence against civilians;
# party supporters and rival factions clashing is a riot. These kinds extend _SIDES for the roles.
_ROLE_WORDS = {
    "state": "position positions checkpoint checkpoints post posts base bases camp barracks patrol patrols convoy "
             "fama vdp regime idf sdf ypg peshmerga guards guard officer personnel servicemen serviceman brigade "
             "battalion unit units outpost outposts",
    "armed": "aqim isis isil daesh hts houthi houthis ansar boko hamas hezbollah jihadists islamists militiamen "
             "dozo dozos koglweogo ambassagou insurgency opposition pkk militant fighters kidnappers robbers "
             "highway men poachers smugglers",
    "civil": "village villages hamlet people persons traders trader worshippers mosque church school "
             "teacher teachers imam chief driver drivers shepherd shepherds family families girl girls boy boys "
             "journalist journalists doctor nurse aid workers displaced idps refugees",
    "crowd": "supporters activists members workers party groups group leaders faction factions rival rivals league "
             "students lawyers",
    "protest": "protesters protestors demonstrators demonstration rally protest",
}
_KIND = {w: k for k, words in _SIDES.items() for w in words}
for _k, _words in _ROLE_WORDS.items():
    for _w in _words.split():
        _KIND.setdefault(_w, _k)
# Verbs of violence whose object is the one who suffered ("attacked the village", "killed two soldiers").
_VIOLENT = frozenset("""killed killing kill kills wounded wounding injured injuring attacked attacking attack attacks
ambushed ambush targeted targeting abducted abducting kidnapped kidnapping shot shooting executed assaulted
assaulting beat beating beaten clashed fought raided raiding stormed burned torched looted lynched hacked
stabbed tortured seized arrested detained shelled bombed struck hit""".split())
_OBJECT_SKIP = frozenset("""a an the 0 one two three four five six seven eight nine ten several some at least of suspected
unarmed unidentified unknown local his her their its other others more than and dozens many two alleged
presumed individual armed young elderly with against on upon""".split())
_NO_OBJECT = frozenset("in near at during after when while as by from into to for".split())
_BE = frozenset("were was are is been being got".split())


def _kind(word: str) -> str | None:
    return _KIND.get(word) or (_KIND.get(word[:-1]) if word.endswith("s") else None)


def roles(toks: list[str]) -> list[str]:
    """Who acted and who suffered: the subject's kind ("#s:armed"), the object of each violence verb
    ("o> village") and its kind ("#o:civil", "attac o#civil"), a passive victim's kind ("two soldiers
    were killed": "#p:state"), and each pair subject kind > victim kind ("#s:armed>o:civil")."""
    feats = []
    sk = next((k for k in map(_kind, subject(toks)) if k), None)
    if sk:
        feats.append("#s:" + sk)
    victims: set[str] = set()
    for i, t in enumerate(toks):
        if t not in _VIOLENT:
            continue
        if i >= 1 and toks[i - 1] in _BE:  # passive: the victim stands before "were killed"
            k = next((k for k in map(_kind, toks[max(0, i - 5):i - 1][::-1]) if k), None)
            if k:
                feats.extend(("#p:" + k, t[:5] + " p#" + k))
                victims.add(k)
            continue
        j = i + 1
        while j < len(toks) and toks[j] in _OBJECT_SKIP:
            j += 1
        if j < len(toks) and toks[j] not in _NO_OBJECT:
            feats.append("o> " + toks[j])
            k = next((k for k in map(_kind, toks[j:j + 3]) if k), None)
            if k:
                feats.extend(("#o:" + k, t[:5] + " o#" + k))
                victims.add(k)
    feats.extend(f"#s:{sk or '-'}>o:{v}" for v in victims)
    if not victims and sk:
        feats.append(f"#s:{sk}>o:-")
    return feats


# How the harm was done and what was taken (issue 10, session 6): cues that carry ACLED's conventions
# across regions. A strike or shelling is Explosions/Remote violence whoever the sides are, so the
# remote weapon is a feature of its own and paired with each kind of side named ("#remote+state",
# "#remote+2" for two kinds). Taking or destroying property with no one hurt is Strategic
# developments (Looting/property destruction), not an attack on civilians: "#loot", "#loot-noharm".
# Words of two sides fighting ("clashed", "responded", "exchanged fire") mark a battle: "#fight", and a
# remote weapon with none of them, "#remote-nofight", one side striking the other (Explosions).
# Defusing, intercepting or seizing ("#disrupt", "#remote+disrupt": a drone shot down, shells seized)
# is Strategic developments (Disrupted weapons use); blocking roads ("#block") a demonstration's act.
# Left out of _REMOTE: "mine" (gold mines), "helicopter" and "aircraft" (transport; a quiet GeoVirus
# sentence on helicopters landing read as an event with them).
_REMOTE = frozenset("""shelled shelling shells shell artillery mortar mortars rocket rockets missile missiles drone drones
airstrike airstrikes bombed bombing bombings bomb bombs ied ieds explosive explosives explosion explosions grenade grenades
landmine landmines warplanes warplane jets jet aerial suicide vbied blast
detonated""".split())
_LOOT = frozenset("""robbed rob robbing robbery stole stolen steal stealing looted looting ransacked plundered stripped
belongings burned burnt burning torched vandalized vandalised vandalism destroyed rustled cattle livestock extorted
extortion""".split())
_FIGHT = frozenset("""clashed clash clashes clashing fought fighting fight exchanged exchange responded repelled repulsed
retaliated gunfight shootout firefight battle battled confrontation confrontations counterattack""".split())
_DISRUPT = frozenset("""defused defuse defusing dismantled dismantle intercepted intercepting intercept downed neutralized
neutralised cleared seized seizure confiscated discovered found recovered controlled""".split())
_BLOCK = frozenset("barricaded barricade barricades blocked blocking blockade blockaded".split())
_HARM = frozenset("""killed kill killing wounded injured injuring shot executed assaulted beat beaten abducted kidnapped raped
tortured stabbed hacked lynched died dead dies kills wounding casualties fatalities""".split())


def means(toks: list[str], kinds: list[str]) -> list[str]:
    """Remote weapons (alone and with each kind of side in ``kinds``), looting with or without harm,
    two sides fighting, a remote weapon with no fighting, weapons disrupted, roads blocked."""
    feats = []
    remote = not _REMOTE.isdisjoint(toks)
    if remote:
        feats.append("#remote")
        feats.extend("#remote+" + k for k in kinds)
        if len(kinds) >= 2:
            feats.append("#remote+2")
    if not _LOOT.isdisjoint(toks):
        feats.append("#loot")
        if _HARM.isdisjoint(toks):
            feats.append("#loot-noharm")
    fight = not _FIGHT.isdisjoint(toks)
    if fight:
        feats.append("#fight")
    elif remote:
        feats.append("#remote-nofight")
    if not _DISRUPT.isdisjoint(toks) or "shot down" in " ".join(toks):
        feats.append("#disrupt")
        if remote:
            feats.append("#remote+disrupt")
    if not _BLOCK.isdisjoint(toks):
        feats.append("#block")
    return feats


# ACLED's codebook conventions that no side word carries (issue 10, session 8): a fight with sticks,
# rods or machetes and no firearm ("#melee", "#melee-nogun") is mostly mob violence; a demonstration
# ("#demo") whose participants block, burn, vandalise or throw stones ("#demo-violent") is a violent
# demonstration, one that the police disperse, obstruct or charge ("#demo+intervene") a protest with
# intervention; a dispute, rivalry or suspected theft behind the violence ("#dispute") marks mob
# violence; taking or regaining control of a place ("#territory") a change of territory. Left out
# of _DEMO: "march" (the month) and "strike" (air strikes).
_MELEE = frozenset("""sticks stick rods rod pipes pipe bricks brick brickbats stones stone hammers hammer knives knife
machete machetes clubs club bamboo sharp axes axe spears bows arrows cudgels""".split())
_GUN = frozenset("""gun guns gunmen gunman firearm firearms fired firing shot shots gunfire rifles rifle pistol pistols bullets
ak shooting""".split())
_DEMO = frozenset("""protest protests protesters protestors protesting protested demonstrators demonstration demonstrations
demonstrated demonstrating rally rallies marched marchers strikers hartal""".split())
_DEMO_VIOLENT = frozenset("""barricaded barricade barricades blocked blocking blockade tyres tires burned burnt burning torched
vandalized vandalised vandalism stones pelted threw throwing clashed clashes ransacked smashed damaged""".split())
_DISPUTE = frozenset("""dispute disputes rivalry feud altercation argument quarrel supremacy grudge tension tensions
suspicion suspected thief thieves theft""".split())
_TERRITORY = frozenset("""captured capture recaptured recapture regained regain retook retake overran overrun liberated
liberate withdrew withdrawal abandoned advanced seized""".split())
_TERRITORY_PAIRS = ("took control", "take control", "taken control", "seized control", "gained control", "regained control",
                    "took over", "taken over", "under control", "control of", "full control")
_PLACE = frozenset("""village villages town city area areas positions position hill hills territory district base camp
checkpoint control""".split())
_INTERVENE = frozenset("""dispersed disperse dispersing obstructed obstruct foiled foil prevented halted baton charged charge
lathi teargas tear arrested detained intervened""".split())
_POLICE = frozenset("police policemen officers forces security gendarmes soldiers authorities".split())


def conventions(toks: list[str]) -> list[str]:
    """Cues of ACLED's codebook: melee weapons with no firearm, a demonstration and what its
    participants or the police did, a dispute behind the violence, a place taken or regained."""
    ts = set(toks)
    feats = []
    if not ts.isdisjoint(_MELEE):
        feats.append("#melee")
        if ts.isdisjoint(_GUN):
            feats.append("#melee-nogun")
    demo = not ts.isdisjoint(_DEMO)
    if demo:
        feats.append("#demo")
        if not ts.isdisjoint(_DEMO_VIOLENT):
            feats.append("#demo-violent")
    if not ts.isdisjoint(_DISPUTE):
        feats.append("#dispute")
    joined = " ".join(toks)
    if any(p in joined for p in _TERRITORY_PAIRS) or (not ts.isdisjoint(_TERRITORY) and not ts.isdisjoint(_PLACE)):
        feats.append("#territory")
    if demo and not ts.isdisjoint(_INTERVENE) and not ts.isdisjoint(_POLICE):
        feats.append("#demo+intervene")
    return feats


def features(text: str) -> list[str]:
    """The sparse features of a sentence: words, word pairs and word prefixes, each as a string;
    the kinds of side named ("#state+armed"), the subject after any date opening ("^s"), the agent
    after "by" ("by>"), who suffered (:func:`roles`) and how (:func:`means`). The first word is no
    feature (session 12): it told the source's style ("On 3 June ..." notes, "The ..." news), not
    whether an event happened."""
    toks = tokens(text)
    feats = [t for t in toks]
    feats.extend(a + " " + b for a, b in zip(toks, toks[1:]))
    feats.extend("~" + t[:STEM] for t in toks if len(t) > STEM)
    side_feats = sides(toks)
    feats.extend(side_feats)
    subj = subject(toks)
    feats.extend("^s " + w for w in subj)
    if len(subj) == 2:
        feats.append("^s " + " ".join(subj))
    for i, t in enumerate(toks):
        if t == "by":
            j = i + 1
            while j < len(toks) and toks[j] in _AGENT_SKIP:
                j += 1
            if j < len(toks):
                feats.append("by> " + toks[j])
    feats.extend(roles(toks))
    feats.extend(means(toks, [f[1:] for f in side_feats if "+" not in f]))
    feats.extend(conventions(toks))
    return feats


@dataclass(frozen=True)
class Prediction:
    """What the model reads in a sentence: the event probability, then the best type and sub-type."""

    is_event_prob: float
    type: str
    type_prob: float
    sub_type: str
    sub_type_prob: float


@dataclass(frozen=True)
class Hidden:
    """The type and sub-type heads as one hidden layer each (ReLU) over the shared sparse features:
    the first layer lives in EventModel.weights beside the event column, these are the second."""

    KEYS = ("type_out", "type_out_bias", "sub_out", "sub_out_bias")

    type_out: np.ndarray  # (type hidden units, types)
    type_out_bias: np.ndarray
    sub_out: np.ndarray  # (sub-type hidden units, sub-types)
    sub_out_bias: np.ndarray

    def scores(self, first: np.ndarray) -> np.ndarray:
        """(event logit, type logits, sub-type logits) from the first layer's outputs."""
        h = self.type_out.shape[0]
        type_h = np.maximum(first[1:1 + h], 0.0)
        sub_h = np.maximum(first[1 + h:], 0.0)
        return np.concatenate((first[:1], type_h @ self.type_out + self.type_out_bias,
                               sub_h @ self.sub_out + self.sub_out_bias))


class EventModel:
    """The three heads (event, type, sub-type) over one pruned feature vocabulary."""

    def __init__(self, vocab: dict[str, int], weights: np.ndarray, bias: np.ndarray,
                 types: list[str], sub_types: list[str], sub_type_of: list[int],
                 gate: frozenset[str] = frozenset(), hidden: "Hidden | None" = None) -> None:
        self.vocab = vocab
        # Words the event head ties most to events, and wordings the lexicon has no trigger for: a
        # sentence with none of them (and no trigger) is not read, which keeps quiet news cheap.
        self.gate = gate | GATE_WORDS
        # (features, columns), float32. Linear heads: the columns are the event, type and sub-type
        # scores. With ``hidden``: the event score, then the type head's and the sub-type head's
        # hidden units (before ReLU), which ``hidden`` turns into type and sub-type scores.
        self.weights = weights
        self.bias = bias
        self.hidden = hidden
        self.types = types
        self.sub_types = sub_types
        # The type index of each sub-type, for reading sub-types conditioned on the type.
        self.sub_type_of = np.asarray(sub_type_of)
        self._n_types = len(types)
        # Per type: the score columns of its sub-types and their names (read at every prediction).
        self._sub_columns = [1 + len(types) + np.flatnonzero(self.sub_type_of == t) for t in range(len(types))]
        self._sub_names = [[sub_types[i] for i in np.flatnonzero(self.sub_type_of == t)] for t in range(len(types))]

    @classmethod
    def load(cls, path: str | Path = DEFAULT_PATH) -> "EventModel":
        """Read the weights written by ``scripts/train_events.py``."""
        with np.load(path, allow_pickle=False) as z:
            vocab_list = bytes(z["vocab"]).decode("utf-8").split("\n")
            weights = z["weights"].astype(np.float32)
            bias = z["bias"].astype(np.float32)
            types = str(z["types"]).split("\n")
            sub_types = str(z["sub_types"]).split("\n")
            sub_type_of = [int(i) for i in z["sub_type_of"]]
            gate = frozenset(str(z["gate"]).split("\n")) if "gate" in z.files else frozenset()
            hidden = Hidden(*(z[k].astype(np.float32) for k in Hidden.KEYS)) if "type_out" in z.files else None
        return cls({f: i for i, f in enumerate(vocab_list)}, weights, bias, types, sub_types, sub_type_of, gate, hidden)

    def gated(self, lowered: str) -> bool:
        """Whether a lower-cased sentence holds a gate word (one the model ties to events)."""
        return not self.gate.isdisjoint(_TOKEN.findall(lowered))

    def scores(self, text: str) -> np.ndarray:
        """The raw linear scores of all heads for one text (event logit, type logits, sub-type logits)."""
        first = self._first_layer(text)
        return first if self.hidden is None else self.hidden.scores(first)

    def _first_layer(self, text: str) -> np.ndarray:
        """The first layer's outputs: the event logit first, then the type and sub-type heads' inputs."""
        vocab = self.vocab
        feats = features(text)
        idx = [i for i in map(vocab.get, feats) if i is not None]  # the lookups in C, not a generator
        if not idx:
            first = self.bias.copy()
        else:
            # Each feature counts 1/sqrt(n): long notes and short sentences score on one scale.
            first = self.weights[idx].sum(axis=0) * (1.0 / len(feats) ** 0.5) + self.bias
        return first

    def predict(self, text: str) -> Prediction:
        """The event probability, most likely type and, within it, the most likely sub-type."""
        return self._read(self.scores(text))

    def predict_above(self, text: str, min_event_prob: float) -> Prediction | None:
        """``predict(text)``, or None when its event probability is under ``min_event_prob``: the
        type and sub-type heads are not run for a sentence that is dropped whatever they say."""
        first = self._first_layer(text)
        if _sigmoid(first[0]) < min_event_prob:
            return None
        return self._read(first if self.hidden is None else self.hidden.scores(first))

    def predict_many(self, texts: Iterable[str]) -> list[Prediction]:
        return [self.predict(t) for t in texts]

    def probabilities(self, text: str) -> tuple[float, np.ndarray, np.ndarray]:
        """(event probability, type distribution, sub-type distribution): what the tests compare."""
        s = self.scores(text)
        n = self._n_types
        return float(_sigmoid(s[0])), _softmax(s[1:1 + n]), _softmax(s[1 + n:])

    def _read(self, s: np.ndarray) -> Prediction:
        n = self._n_types
        p_type = _softmax(s[1:1 + n])
        t = int(p_type.argmax())
        p_sub = _softmax(s[self._sub_columns[t]])
        k = int(p_sub.argmax())
        return Prediction(_sigmoid(s[0]), self.types[t], float(p_type[t]), self._sub_names[t][k], float(p_sub[k]))


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-float(x)))


def _softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max())
    return e / e.sum()


_MODEL: EventModel | None = None


def default_model() -> EventModel | None:
    """The shipped model, loaded on first use; None when the weights file is missing."""
    global _MODEL
    if _MODEL is None and DEFAULT_PATH.exists():
        _MODEL = EventModel.load(DEFAULT_PATH)
    return _MODEL
