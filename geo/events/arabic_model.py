"""The Arabic event gate (issue 10): does an Arabic sentence report an assault or a protest?

The Arabic lexicon finds every sentence naming violence or a demonstration, including those that
only mention weapons ("برنامج الصواريخ"), a past assassination ("منذ اغتيال الحريري") or a trial.
Two logistic-regression heads (assault, protest) over sparse features of the folded sentence read
whether it reports one: words, light stems, word pairs and character 3-4-grams, the lexicon's
trigger hits, and cues (an agent, a place mention, a stated toll or wounded, a time word, past
references, weapon-programme and trial words, modal and condemnation words). Trained by
``scripts/train_arabic_events.py`` on the judged Arabic newswire sentences, stored in
``data/arabic_events_model.npz`` (pruned vocabulary, float16 weights and the thresholds chosen on
the training part); numpy only at run time. :func:`features` is the one feature function:
training imports it, so the two cannot drift.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from geo.events.actors import ARMED_KINDS, default_actors
from geo.events.fatalities import find_fatalities_span
from geo.events.lexicon import lexicon
from geo.events.text import fold, fold_pattern
from geo.paths import DATA_DIR

DEFAULT_PATH = DATA_DIR / "arabic_events_model.npz"
CLASSES = ("assault", "protest")

_WORD = re.compile(r"[\u0621-\u064a]+|\d+")
_PREFIX = re.compile(r"^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?")
_SUFFIX = re.compile(r"(?:ات|ون|ين|ان|ها|هم|هما|ه|ي|ا)$")
# Cue families (folded text). Each adds one feature when it matches anywhere in the sentence.
_CUES = {
    # A past reference: a year, an anniversary, "since", "the late", "years ago", a former office.
    "past": r"(?:(?:عام|عامي|سنة|منذ|في|خلال) (?:19|20)\d\d|ذكرى|الذكرى|الراحل|منذ|قبل (?:عام|عامين|سنوات|سنة|\S+ سنوات|اشهر)"
            r"|السابق|الاسبق|آنذاك|انذاك|في حينه|تاريخ)",
    # Weapons as things owned, made, sold, tested or supplied, not used.
    "weapon": r"(?:برنامج|برامج|تجرب|تجارب|صفق|تزويد|تهريب|شحن|مخزون|ترسان|تطوير|تصنيع|انتاج|امتلاك|نووي|تخصيب|منظوم"
              r"|بعيده المدى|متوسطه المدى|قصيره المدى|الدرع|شراء|بيع|اسلحه)",
    # Justice after the fact: trials, verdicts, investigations, charges.
    "trial": r"(?:محاكم|المحكمه|محكمه|قاضي|القضاء|حكم على|الحكم|متهم|اتهام|التحقيق|تحقيق|ادين|السجن|الاعدام)",
    # A report of now: a weekday, yesterday, today, this morning.
    "now": r"(?:امس|اليوم|صباح|مساء|فجر|ليل|الليله|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد)",
    "wounded": r"(?:اصيب|اصابه|اصابة|جرح|جريح|جرحى|بجروح|المصابين|مصاب)",
    "agent": r"(?:مسلح|انتحاري|مهاجم|قوات|الجيش|الشرطه|جنود|عناصر|مقاتل|ميليشي|متمرد|طائرات|طائره)",
    "crowd": r"(?:الاف|آلاف|مئات|عشرات|حشد|احتشد|تجمع|خرج|ساروا|مسيره|هتف|هتافات|رفعوا|لافتات|شعارات|اعتصم|اضراب|مضرب)",
    "speech": r"(?:قال|قالت|اعلن|اعلنت|اكد|اكدت|افاد|افادت|ذكر|ذكرت|اضاف|اضافت|صرح)",
    "condemn": r"(?:ادان|ادانت|ندد|نددت|استنكر|استنكرت|شجب)",
    "modal": r"(?:سوف|قد |يمكن|ربما|خطط|يخطط|تهدد|هدد|يهدد|يحاول|محاوله|لمنع|منع|تحذير|حذر|يجب|ينبغي|مستعد)",
    "politics": r"(?:الانتخاب|البرلمان|الحكومه|الحزب|المعارضه|الرئيس|الوزير|مجلس)",
}
# Event readings: a verb or event noun with its agent, victims, toll or crowd (issue 10, item 3).
_READINGS = {
    "protest_org": r"(?:نظم|نظمت|نظموا|تنظيم|شارك|شاركت|شاركوا|خرج|خرجت|خرجوا|احتشد|احتشدت|احتشدوا|تجمع|تجمعت|تجمعوا"
                   r"|تظاهر|تظاهرت|تظاهروا|اعتصم|اعتصموا|سار|ساروا)\s+(?:\S+\s+){0,3}?(?:الاف|آلاف|مئات|عشرات|الالاف"
                   r"|المئات|حشود|\d+|متظاهر|محتج|طلاب|الطلاب|انصار|سكان|اهالي|مواطن)",
    "protest_purpose": r"(?:احتجاجا على|للاحتجاج على|تنديدا ب|للتنديد ب|للمطالبه ب|مطالبين|احتجاجا|تضامنا مع)",
    "protest_noun_action": r"(?:مظاهره|تظاهره|مظاهرات|تظاهرات|مسيره|مسيرات|اعتصام|احتجاجات)\s+(?:\S+\s+){0,2}?"
                           r"(?:في|امام|وسط|قرب|شارك|نظم|انطلقت|جابت|خرجت|حاشده|ضخمه)",
    "dispersal": r"(?:فرقت|لتفريق|تفريق|فض|الغاز المسيل|قنابل الغاز|مكافحه الشغب|اشتبك|اشتباكات|صدامات)",
    "protest_speech": r"(?:قال|وقال|واضاف|ردد|وردد|رددوا|هتف|هتفوا|رفع|رفعوا|ورفع)\s+(?:\S+\s+)?(?:المتظاهر|المحتج)",
    "toll_verb": r"(?:قتل|مقتل|اصيب|اصابه|جرح|مصرع|استشهد|استشهاد)\s+(?:\S+\s+){0,2}?(?:\d+|اثنين|ثلاثه|اربعه|خمسه"
                 r"|سته|سبعه|ثمانيه|تسعه|عشره|عشرات|شخص|اشخاص|جندي|جنود|مدني|شرطي|عناصر|رجال)",
    "blast": r"(?:انفجار|انفجرت|فجر|تفجير)\s+(?:\S+\s+){0,2}?(?:سياره|عبوه|حزام|انتحاري|نفسه|قنبله)",
    "fire_agent": r"(?:اطلق|اطلقوا|فتح|فتحوا|هاجم|هاجموا|اقتحم|اقتحموا|خطف|خطفوا|اختطف|اغتال|اغتالوا)\s+(?:\S+\s+){0,2}?"
                  r"(?:مسلح|مجهول|مسلحون|مسلحين|انتحاري|عناصر|قوات|جنود|متمرد|النار)",
    "strike_on": r"(?:غاره|غارات|قصف|قصفت|قذيفه|قذائف|صاروخ|صواريخ)\s+(?:\S+\s+){0,3}?(?:على|استهدف|استهدفت|اصاب|اصابت)",
    "victim_passive": r"(?:قتل|قتلوا|قتلا|اصيب|اصيبوا|جرح|خطف)\s+(?:\S+\s+){0,2}?(?:في|خلال|اثر|جراء|بانفجار|بنيران"
                      r"|برصاص|في هجوم)",
    "hypothetical": r"(?:لو |اذا |ان تم|محتمل|احتمال|تهديد|خطر|خوف|مخاوف|يخشى|سيناريو)",
    "quote": r"[«\"]",
}
_CUE_RE = [(name, re.compile(fold_pattern(p))) for name, p in _CUES.items()]
_CUE_RE += [("ev:" + name, re.compile(fold_pattern(p))) for name, p in _READINGS.items()]
# Features that are not n-grams (lexicon hits, cues, toll, actors, places) count this much more
# than one n-gram: chosen by cross-validation on the training part (scripts/train_arabic_events.py).
CUE_WEIGHT = 4.0
NGRAM_PREFIXES = ("c:", "w:", "s:", "b:")


def features(text: str, places: int = 0) -> list[str]:
    """The sparse features of one sentence (original text; ``places`` = the engine's mentions in it)."""
    folded = fold(text)
    words = ["0" if w[0].isdigit() else w for w in _WORD.findall(folded)]
    stems = [_SUFFIX.sub("", _PREFIX.sub("", w)) or w for w in words]
    feats = ["w:" + w for w in words]
    feats += ["s:" + s for s in stems]
    feats += ["b:" + a + "_" + b for a, b in zip(stems, stems[1:])]
    for w in set(words):
        padded = "<" + w + ">"
        for n in (3, 4):
            feats.extend("c:" + padded[i:i + n] for i in range(len(padded) - n + 1))
    lex = lexicon("ar")
    hits = lex.scan(folded)
    if hits:
        best = max(hits, key=lambda h: h.trigger.rank)
        feats.append("lx:best:" + best.trigger.sub_type)
        feats.append("lx:rank:%d" % (best.trigger.rank // 20))
        feats.extend({"lx:" + h.trigger.type for h in hits})
        feats.extend({"lx:" + h.trigger.sub_type for h in hits})
    else:
        feats.append("lx:none")
    if lex.modal_re.search(folded):
        feats.append("lx:modal")
    if lex.cancel_re.search(folded):
        feats.append("lx:cancel")
    if lex.riot_re.search(folded):
        feats.append("lx:riot")
    if lex.intervention_re.search(folded):
        feats.append("lx:intervention")
    toll, _ = find_fatalities_span(folded, "ar")
    if toll is not None:
        feats.append("toll")
        feats.append("toll:many" if toll > 2 else "toll:few")
    kinds = {h.actor.kind for h in default_actors().find(folded)}
    feats.extend("actor:" + k for k in kinds)
    if kinds & ARMED_KINDS:
        feats.append("actor:armed")
    feats.append("places:%d" % min(places, 2))
    for name, rx in _CUE_RE:
        if rx.search(folded):
            feats.append(name if name.startswith("ev:") else "cue:" + name)
    if len(words) < 12:
        feats.append("short")
    return feats


# A precise lexicon reading stands without the gate: a specific trigger (an air strike, a car bomb,
# shelling, an abduction, rank >= PRECISE_RANK) with a verb of execution or result beside it
# ("نفذ سلاح الجو 5 ضربات جوية", "شنت غارة", "استهدف", "أسفر عن"), in a sentence with no past,
# trial or weapons-programme word. On the training part it fires on 36 assault-judged sentences,
# precision 0.64 (the gate's own is about 0.6 there).
PRECISE_RANK = 65
_PRECISE_VERB = re.compile(fold_pattern(
    r"(?<!\w)(?:و)?(?:نفذ|نفذت|نفذوا|شن|شنت|شنوا|استهدف|استهدفت|استهدفوا|أسفر|أسفرت|أدى|أدت|أوقع|أوقعت|خلف|خلفت"
    r"|أصاب|أصابت)(?!\w)"))
_NOT_NOW = re.compile(fold_pattern(
    r"(?:(?:عام|عامي|سنة|منذ|في|خلال) (?:19|20)\d\d|ذكرى|الذكرى|الراحل|منذ|قبل (?:عام|عامين|سنوات|سنة|\S+ سنوات|اشهر)"
    r"|السابق|الاسبق|آنذاك|انذاك|محاكم|المحكمة|متهم|التحقيق|برنامج|تجرب|صفق|تزويد|شحن|تهريب)"))
_VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
# Session 20: fighting said to break out, on a day of the story ("اندلعت مساء أمس اشتباكات عنيفة").
_ERUPTED = re.compile(fold_pattern(r"(?<!\w)(?:و)?(?:اندلعت|تجددت|دارت)(?: \S+){0,3}? (?:ال)?(?:اشتباكات|معارك|مواجهات)(?!\w)"))
_NOW = re.compile(fold_pattern(r"(?<!\w)(?:أمس|اليوم|الليلة|فجر|ليل|مساء|صباح)(?!\w)"))


def precise_reading(text: str) -> bool:
    """Whether the lexicon alone reads a reported attack in the sentence (see PRECISE_RANK)."""
    folded = fold(text)
    hits = [h for h in lexicon("ar").scan(folded) if h.trigger.type in _VIOLENT]
    if not hits or _NOT_NOW.search(folded):
        return False
    if _ERUPTED.search(folded) and _NOW.search(folded):
        return True  # "واندلعت مساء أمس اشتباكات عنيفة ... بين مجموعتين مسلحتين" (session 20)
    best = max(hits, key=lambda h: h.trigger.rank)
    if best.trigger.rank < PRECISE_RANK:
        return False
    return _PRECISE_VERB.search(folded, max(0, best.start - 60), best.end + 60) is not None


@dataclass(frozen=True)
class ArabicReading:
    """The gate's probabilities for one sentence, and whether each clears its threshold."""

    assault: float
    protest: float
    assault_ok: bool
    protest_ok: bool


class ArabicEventModel:
    """Two binary heads (assault, protest) over one pruned feature vocabulary."""

    def __init__(self, vocab: dict[str, int], weights: np.ndarray, bias: np.ndarray,
                 thresholds: np.ndarray) -> None:
        self.vocab = vocab
        self.weights = weights  # (features, 2) float32
        self.bias = bias  # (2,)
        self.thresholds = thresholds  # (2,): chosen on the training part (scripts/train_arabic_events.py)

    @classmethod
    def load(cls, path: str | Path = DEFAULT_PATH) -> "ArabicEventModel":
        """Read the weights written by ``scripts/train_arabic_events.py``."""
        with np.load(path, allow_pickle=False) as z:
            vocab_list = bytes(z["vocab"]).decode("utf-8").split("\n")
            weights = z["weights"].astype(np.float32)
            bias = z["bias"].astype(np.float32)
            thresholds = z["thresholds"].astype(np.float64)
        return cls({f: i for i, f in enumerate(vocab_list)}, weights, bias, thresholds)

    def probabilities(self, text: str, places: int = 0) -> tuple[float, float]:
        """(assault, protest) probabilities of one sentence."""
        feats = features(text, places)
        idx = [i for i in (self.vocab.get(f) for f in feats) if i is not None]
        s = self.bias.astype(np.float64)
        if idx:
            # Each feature counts 1/sqrt(n) (n: all the sentence's features): long and short
            # sentences score on one scale. The cue weight is already in the stored weights.
            s = s + self.weights[idx].sum(axis=0) / math.sqrt(len(feats))
        return _sigmoid(s[0]), _sigmoid(s[1])

    def read(self, text: str, places: int = 0) -> ArabicReading:
        a, p = self.probabilities(text, places)
        return ArabicReading(a, p, a >= self.thresholds[0], p >= self.thresholds[1])


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-float(x)))


_MODEL: ArabicEventModel | None = None


def default_arabic_model() -> ArabicEventModel | None:
    """The shipped model, loaded on first use; None when the weights file is missing."""
    global _MODEL
    if _MODEL is None and DEFAULT_PATH.exists():
        _MODEL = ArabicEventModel.load(DEFAULT_PATH)
    return _MODEL
