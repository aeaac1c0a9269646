"""Name folding, similarity and the junk filter used to cross-check sources.

These normalisations are for *comparing* names during the build only; the files keep names
as written (the engine's loader does its own normalisation).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from difflib import SequenceMatcher

ARABIC = re.compile("[\u0600-\u06FF]")
LATIN = re.compile("[A-Za-z\u00C0-\u024F]")
_AR_DIACRITICS = re.compile("[\u064B-\u065F\u0670\u0640]")  # harakat, dagger alef, tatweel
_LATIN_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|adh|ath|aṣ|aḑ|aţ)[\s\-‐]+")


@lru_cache(maxsize=1_000_000)
def is_arabic(s: str) -> bool:
    return bool(ARABIC.search(s or ""))


def is_latin(s: str) -> bool:
    return bool(LATIN.search(s or "")) and not is_arabic(s)


def norm_ar(s: str) -> str:
    """Arabic folded for comparison: no diacritics, one alef, ya for alef maqsura, ha for ta marbuta."""
    s = _AR_DIACRITICS.sub("", s or "")
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    s = s.replace("\u200c", " ").replace("-", " ")
    return " ".join(s.split())


def fold_latin(s: str) -> str:
    """Latin folded for comparison: no accents or apostrophes, lower case, hyphens as spaces."""
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = re.sub(r"[`'’‘ʼʻʿʾ´]", "", s.lower())
    s = re.sub(r"[\-‐_.,()/]", " ", s)
    return " ".join(s.split())


def strip_article(folded: str) -> str:
    """'az zawiyah' -> 'zawiyah', 'ال' prefix for Arabic."""
    if folded.startswith("ال") and len(folded) > 3:
        return folded[2:]
    return _LATIN_ARTICLE.sub("", folded)


@lru_cache(maxsize=1_000_000)
def key(s: str) -> str:
    """A loose comparison key: folded, article dropped, no spaces (cached: the build compares
    the same cities500 names many thousand times)."""
    f = norm_ar(s) if is_arabic(s) else fold_latin(s)
    return strip_article(f).replace(" ", "")


def similarity(a: str, b: str) -> float:
    """0..1 similarity of two names after folding (same script expected)."""
    ka, kb = key(a), key(b)
    if not ka or not kb:
        return 0.0
    if ka == kb:
        return 1.0
    return SequenceMatcher(None, ka, kb).ratio()


def best_similarity(names_a: list[str], names_b: list[str]) -> float:
    """Best similarity over same-script pairs; cheap upper bounds skip hopeless pairs."""
    best = 0.0
    keys_a = [(key(a), is_arabic(a)) for a in names_a if a]
    keys_b = [(key(b), is_arabic(b)) for b in names_b if b]
    for ka, ara in keys_a:
        if not ka:
            continue
        for kb, arb in keys_b:
            if ara != arb or not kb:
                continue
            if ka == kb:
                return 1.0
            sm = SequenceMatcher(None, ka, kb)
            if sm.real_quick_ratio() <= best or sm.quick_ratio() <= best:
                continue
            best = max(best, sm.ratio())
    return best


# Consonant skeletons: a rough check that an Arabic label transliterates a Latin name.
_AR_SKEL = {
    "ب": "b", "ت": "t", "ث": "t", "ج": "g", "ح": "h", "خ": "k", "د": "d", "ذ": "d", "ر": "r",
    "ز": "z", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "g", "ف": "f",
    "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "پ": "b", "چ": "s", "ڤ": "f", "گ": "g",
}
_LAT_DIGRAPHS = (("kh", "k"), ("sh", "s"), ("ch", "s"), ("th", "t"), ("dh", "d"), ("gh", "g"),
                 ("ph", "f"), ("ck", "k"), ("qu", "k"))
_LAT_SKEL = {"q": "k", "c": "k", "j": "g", "v": "f", "p": "b", "x": "k", "z": "z"}


def skeleton_ar(s: str) -> str:
    s = strip_article(norm_ar(s)).replace(" ال", " ")
    s = re.sub(r"ه\b", "", s)  # final ta marbuta / ha, as the Latin side drops its final h
    return "".join(_AR_SKEL.get(ch, "") for ch in s)


def skeleton_latin(s: str) -> str:
    s = strip_article(fold_latin(s))
    s = re.sub(r"\b(?:al|el)[\s]", " ", s)
    s = re.sub(r"h\b", "", s)  # Latin 'ah' endings write a ta marbuta: ignore the h
    for a, b in _LAT_DIGRAPHS:
        s = s.replace(a, b)
    out = []
    for ch in s:
        if ch in "aeiouwy ":
            continue
        ch = _LAT_SKEL.get(ch, ch)
        if ch.isalpha() and ch.isascii():
            out.append(ch)
    # collapse doubled consonants (Latin writes shadda as a double letter)
    return re.sub(r"(.)\1+", r"\1", "".join(out))


def transliteration_agrees(arabic: str, latin: str, threshold: float = 0.6) -> bool:
    """True when the Arabic label plausibly spells the Latin name (consonant skeletons agree)."""
    a = re.sub(r"(.)\1+", r"\1", skeleton_ar(arabic))
    b = skeleton_latin(latin)
    if not a or not b:
        return False
    return SequenceMatcher(None, a, b).ratio() >= threshold


# Everyday Arabic words that also occur as place names somewhere: never an alias on their own.
COMMON_AR_WORDS = frozenset(norm_ar(w) for w in """
في من إلى الى على عن مع هو هي هم هن نحن أنا انت هذا هذه ذلك تلك التي الذي الذين كان كانت يكون
قال قالت بعد قبل بين حتى ثم أو لا لم لن قد كل غير عند منذ خلال ضد نحو أن إن ما لكن بل أي أين متى
الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت أحد اثنين ثلاثاء أربعاء خميس جمعة سبت
يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر
شمال جنوب شرق غرب الشمال الجنوب الشرق الغرب شمالي جنوبي شرقي غربي الشمالي الجنوبي الشرقي الغربي وسط الوسط
الحكومة حكومة الدولة دولة المدينة مدينة القرية قرية البلد بلد البلدة بلدة المنطقة منطقة الجيش جيش
الشرطة شرطة الوزارة وزارة بيان البيان وقف الوقف آمل أمل الأمل السلام سلام النصر نصر الحرية حرية
الوحدة وحدة الثورة ثورة الشعب شعب الوطن وطن الأمن أمن القوات قوات المجلس مجلس الرئيس رئيس الناس
الحرب حرب السلطة سلطة اليوم يوم أمس غدا العام عام الشهر شهر الأسبوع أسبوع الساعة ساعة الماء ماء
النهر نهر البحر بحر الجبل جبل الوادي وادي السوق سوق المطار مطار الميناء ميناء المستشفى مستشفى
الجامعة جامعة المسجد مسجد الكنيسة كنيسة المحطة محطة الطريق طريق الشارع شارع الحي حي المركز مركز
الساحل ساحل الصحراء صحراء الميدان ميدان الجسر جسر السد سد البئر بئر بير العين عين الواحة واحة
الخير خير البركة بركة النور نور الهدى هدى الرحمة رحمة الفتح فتح الإيمان إيمان التقوى الفردوس الجنة
المستقبل مستقبل الكرامة كرامة الشهداء شهداء الشهيد شهيد العودة عودة الصمود صمود الحق حق العدل عدل
الخبر خبر الأخبار أخبار الحدث حدث الحياة حياة الأرض أرض السماء سماء النار نار الحصن حصن القلعة قلعة
العرب عرب عربي العربي الإسلام إسلام العالم عالم الإنسان إنسان الأمة أمة الدين دين الله
عمر علي محمد أحمد حسن حسين خالد سالم سعيد صالح عبدالله يوسف إبراهيم موسى عيسى مريم فاطمة زينب
مصدر المصدر مصادر قائد القائد رسمي الرسمي عاجل العاجل خاص الخاص جديد الجديد كبير الكبير صغير الصغير
الشمالية الجنوبية الشرقية الغربية الوسطى شمالية جنوبية شرقية غربية وسطى العاصمة عاصمة
أكبر الأكبر أول الأول ثاني الثاني آخر الآخر الأخير بعض عدد العدد نقطة النقطة الحدود حدود المعبر معبر
""".split())


def is_junk_alias(name: str) -> bool:
    """A name that must not be an alias: a code, a common word, a machine-made phrase."""
    n = " ".join((name or "").split())
    if not n:
        return True
    if is_arabic(n):
        k = norm_ar(n)
        if k in COMMON_AR_WORDS or len(k.replace(" ", "")) <= 2:
            return True
        # machine translations of "At Taj" and the like: "في تاج", "من ..."
        # ... and word-by-word transliterations: "As Suki" as "كما سوكي", "El Bauga" as "إل باوجا"
        if re.match(r"^(?:في|من|الى|على|عن|كما|ال|اال) ", k) or n.startswith("إل "):
            return True
        return False
    letters = [ch for ch in n if ch.isalpha()]
    if len(letters) <= 2:
        return True
    if fold_latin(n) in {"the", "of", "and", "city", "state", "region", "province", "district"}:
        return True
    return False


@lru_cache(maxsize=200_000)
def commonness(name: str) -> float:
    """Zipf frequency (0-8) of a name as a word of running text, from wordfreq: Arabic names
    in Arabic, others in English (lower-cased). الحكومة is 5.6, وقف 4.9, Will 6.5; ترهونة 2.7,
    Rapides 1.9. Place names are frequent too (ليبيا 5.0), so this only guards minor entries."""
    from wordfreq import zipf_frequency  # build-only dependency

    if is_arabic(name):
        return zipf_frequency(name, "ar")
    return zipf_frequency(name.lower(), "en")


def is_everyday_word(name: str, threshold: float) -> bool:
    """A one-word name at least as frequent as `threshold` in running text."""
    n = " ".join((name or "").split())
    return bool(n) and " " not in n and commonness(n) >= threshold
