"""Write incidents_gold.jsonl: wire stories told by several outlets, in Arabic and English.

Each incident (a real-looking happening: type, town, day, toll, actors) is told by 3-4 outlets,
each with its own wording (several sentence patterns per language and event type), its own
publication day (the same day or the next, with "today", "yesterday", a weekday or a date),
its own count (the first count, a later higher one, or "at least" one lower) and its own
spelling of the town where there are several. Look-alike incidents sit beside each other on
purpose: the same town on another day, another town on the same day, the same town and day
with another kind of event. Deterministic (seeded); run it again after editing the lists:

    python tests/data/incidents/make_gold.py
"""
from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

OUT = Path(__file__).with_name("incidents_gold.jsonl")

# town key -> (English spellings, Arabic spellings, English region, Arabic region)
TOWNS = {
    "sirte": (["Sirte", "Surt"], ["سرت"], "central Libya", "وسط ليبيا"),
    "misrata": (["Misrata", "Misurata"], ["مصراتة"], "western Libya", "غرب ليبيا"),
    "tarhuna": (["Tarhuna"], ["ترهونة"], "south-east of Tripoli", "جنوب شرق طرابلس"),
    "gharyan": (["Gharyan"], ["غريان"], "western Libya", "غرب ليبيا"),
    "zawiya": (["Zawiya", "Zawiyah"], ["الزاوية"], "west of Tripoli", "غرب طرابلس"),
    "tripoli": (["Tripoli"], ["طرابلس"], "the Libyan capital", "العاصمة الليبية"),
    "benghazi": (["Benghazi"], ["بنغازي"], "eastern Libya", "شرق ليبيا"),
    "derna": (["Derna", "Darnah"], ["درنة"], "eastern Libya", "شرق ليبيا"),
    "sabha": (["Sabha", "Sebha"], ["سبها"], "southern Libya", "جنوب ليبيا"),
    "idlib": (["Idlib"], ["إدلب", "ادلب"], "north-western Syria", "شمال غرب سوريا"),
    "aleppo": (["Aleppo"], ["حلب"], "northern Syria", "شمال سوريا"),
    "saraqeb": (["Saraqeb", "Saraqib"], ["سراقب"], "Idlib province", "ريف إدلب"),
    "raqqa": (["Raqqa"], ["الرقة"], "north-eastern Syria", "شمال شرق سوريا"),
    "daraa": (["Daraa"], ["درعا"], "southern Syria", "جنوب سوريا"),
    "deir": (["Deir al-Zor"], ["دير الزور"], "eastern Syria", "شرق سوريا"),
    "taiz": (["Taiz", "Taez"], ["تعز"], "south-western Yemen", "جنوب غرب اليمن"),
    "aden": (["Aden"], ["عدن"], "southern Yemen", "جنوب اليمن"),
    "saada": (["Saada"], ["صعدة"], "northern Yemen", "شمال اليمن"),
    "sanaa": (["Sanaa", "Sana'a"], ["صنعاء"], "the Yemeni capital", "العاصمة اليمنية"),
    "fasher": (["El Fasher", "Al-Fashir"], ["الفاشر"], "North Darfur", "شمال دارفور"),
    "nyala": (["Nyala"], ["نيالا"], "South Darfur", "جنوب دارفور"),
    "omdurman": (["Omdurman"], ["أم درمان"], "the Sudanese capital region", "ولاية الخرطوم"),
    "geneina": (["El Geneina", "Geneina"], ["الجنينة"], "West Darfur", "غرب دارفور"),
    "mosul": (["Mosul"], ["الموصل"], "northern Iraq", "شمال العراق"),
    "kirkuk": (["Kirkuk"], ["كركوك"], "northern Iraq", "شمال العراق"),
    "tikrit": (["Tikrit"], ["تكريت"], "Salahuddin province", "محافظة صلاح الدين"),
    "mogadishu": (["Mogadishu"], ["مقديشو"], "the Somali capital", "العاصمة الصومالية"),
    "baidoa": (["Baidoa"], ["بيدوا"], "south-western Somalia", "جنوب غرب الصومال"),
}

# actor key -> (English, Arabic)
ACTORS = {
    "russia": ("Russian warplanes", "طائرات حربية روسية"),
    "syria": ("Syrian government forces", "قوات النظام السوري"),
    "coalition": ("the Saudi-led coalition", "التحالف بقيادة السعودية"),
    "houthis": ("the Houthis", "الحوثيين"),
    "rsf": ("the Rapid Support Forces", "قوات الدعم السريع"),
    "saf": ("the Sudanese army", "الجيش السوداني"),
    "gna": ("GNA forces", "قوات حكومة الوفاق"),
    "lna": ("Haftar's forces", "قوات حفتر"),
    "isis": ("Islamic State militants", "مسلحي تنظيم الدولة"),
    "rebels": ("rebel fighters", "فصائل المعارضة"),
    "shabaab": ("al-Shabaab", "حركة الشباب"),
    "tribes": ("rival tribal fighters", "مسلحين قبليين"),
}
VICTIMS = {"civilians": ("civilians", "مدنيين"), "fighters": ("fighters", "مقاتلين"),
           "soldiers": ("soldiers", "جنود"), "people": ("people", "أشخاص")}

# key, type, event date, town, toll, actor1, actor2, victims, languages ("mix", "en", "ar"), n articles
INCIDENTS = [
    ("tarhuna-clash", "clash", "2020-06-04", "tarhuna", 11, "gna", "lna", "fighters", "mix", 4),
    ("gharyan-air", "air", "2020-05-20", "gharyan", 4, "lna", None, "civilians", "mix", 3),
    ("misrata-air", "air", "2020-05-20", "misrata", 3, "lna", None, "people", "mix", 3),  # same day, other town
    ("zawiya-clash", "clash", "2021-07-12", "zawiya", 5, "tribes", None, "people", "mix", 3),
    ("tripoli-clash", "clash", "2021-07-12", "tripoli", 8, "gna", "lna", "fighters", "en", 3),  # same day, 45 km
    ("benghazi-bomb", "bomb", "2019-08-10", "benghazi", 3, None, None, "people", "mix", 4),
    ("derna-shell", "shell", "2018-05-15", "derna", 6, "lna", None, "civilians", "ar", 3),
    ("sabha-clash", "clash", "2019-08-04", "sabha", 9, "tribes", None, "people", "mix", 3),
    ("sirte-air", "air", "2020-01-06", "sirte", 10, "lna", None, "soldiers", "mix", 3),
    ("idlib-air", "air", "2020-01-15", "idlib", 18, "russia", None, "civilians", "mix", 4),
    ("aleppo-air", "air", "2020-01-15", "aleppo", 5, "syria", None, "civilians", "mix", 3),  # same day, other town
    ("saraqeb-shell-1", "shell", "2020-02-03", "saraqeb", 7, "syria", None, "civilians", "mix", 3),
    ("saraqeb-shell-2", "shell", "2020-02-07", "saraqeb", 4, "syria", None, "civilians", "mix", 3),  # same town, 4 days on
    ("raqqa-bomb", "bomb", "2019-11-20", "raqqa", 5, None, None, "people", "mix", 3),
    ("daraa-clash", "clash", "2021-07-29", "daraa", 9, "syria", "rebels", "fighters", "mix", 4),
    ("deir-drone", "drone", "2022-09-03", "deir", 3, None, None, "fighters", "ar", 3),
    ("taiz-shell-1", "shell", "2021-02-10", "taiz", 4, "houthis", None, "civilians", "mix", 3),
    ("taiz-shell-2", "shell", "2021-02-13", "taiz", 3, "houthis", None, "civilians", "mix", 3),  # same town, 3 days on
    ("saada-air", "air", "2020-03-01", "saada", 12, "coalition", None, "people", "mix", 4),
    ("aden-bomb", "bomb", "2020-12-30", "aden", 22, None, None, "people", "mix", 4),
    ("sanaa-air", "air", "2022-01-18", "sanaa", 14, "coalition", None, "people", "en", 3),
    ("fasher-clash", "clash", "2023-05-10", "fasher", 9, "saf", "rsf", "people", "mix", 3),
    ("fasher-shell", "shell", "2023-05-10", "fasher", 5, "rsf", None, "civilians", "mix", 3),  # same town and day, other kind
    ("nyala-clash", "clash", "2023-08-22", "nyala", 12, "saf", "rsf", "people", "mix", 4),
    ("omdurman-air", "air", "2023-07-08", "omdurman", 22, "saf", None, "civilians", "mix", 4),
    ("geneina-clash", "clash", "2023-06-14", "geneina", 30, "rsf", "tribes", "people", "ar", 3),
    ("mosul-bomb", "bomb", "2021-03-14", "mosul", 6, None, None, "people", "mix", 3),
    ("kirkuk-clash", "clash", "2021-02-11", "kirkuk", 5, "isis", None, "soldiers", "mix", 3),
    ("tikrit-drone", "drone", "2021-05-15", "tikrit", 3, None, None, "fighters", "mix", 3),
    ("mogadishu-bomb-1", "bomb", "2020-12-19", "mogadishu", 15, "shabaab", None, "people", "mix", 4),
    ("baidoa-bomb", "bomb", "2020-12-19", "baidoa", 4, "shabaab", None, "people", "mix", 3),  # same day, other town
    ("mogadishu-bomb-2", "bomb", "2020-12-22", "mogadishu", 6, "shabaab", None, "people", "mix", 3),  # same town, 3 days on
]

EN = {
    "air": [
        "{Actor} carried out an air strike on {town} {when}, killing {n} {victims}, {src} reported.",
        "{N} {victims} were killed {when} in an air raid on {town}, {region}, according to local officials.",
        "Warplanes struck a market in {town} {when}. The air strike killed {n} {victims}, medics said.",
        "An air strike hit {town} in {region} {when}, leaving {n} {victims} dead, a monitor said.",
    ],
    "shell": [
        "Artillery shelling by {actor} hit {town} {when}, killing {n} {victims}.",
        "{N} {victims} died when shells fell on residential areas of {town}, {region}, {when}.",
        "Shelling on {town} {when} killed {n} {victims}, the health office said.",
    ],
    "clash": [
        "Clashes between {actor} and {actor2} in {town} {when} killed {n} {victims}.",
        "Heavy fighting erupted in {town} {when} between {actor} and {actor2}, leaving {n} {victims} dead.",
        "{N} {victims} were killed in clashes in {town}, {region}, {when}, {src} reported.",
    ],
    "bomb": [
        "A car bomb exploded in {town} {when}, killing {n} people, police said.",
        "{N} people were killed when a car bomb went off near a checkpoint in {town} {when}.",
        "A car bomb blast in {town}, {region}, killed {n} people {when}, {src} reported.",
    ],
    "drone": [
        "A drone strike hit a vehicle near {town} {when}, killing {n} {victims}.",
        "{N} {victims} were killed in a drone strike on {town} {when}, security sources said.",
    ],
}
AR = {
    "air": [
        "قتل {n} {victims} في غارة جوية شنها {actor} على مدينة {town} {when}، بحسب {src}.",
        "أسفرت غارة جوية على مدينة {town} في {region} {when} عن مقتل {n} {victims}، وفق مصادر محلية.",
        "شن الطيران الحربي غارة جوية على سوق في مدينة {town} {when}، ما أدى إلى مقتل {n} {victims}.",
    ],
    "shell": [
        "قتل {n} {victims} جراء قصف مدفعي شنته {actor} على مدينة {town} {when}.",
        "سقطت قذائف مدفعية على أحياء سكنية في مدينة {town} {when} ما أسفر عن مقتل {n} {victims}.",
        "أدى قصف مدفعي على مدينة {town} في {region} {when} إلى مقتل {n} {victims}، بحسب {src}.",
    ],
    "clash": [
        "اندلعت اشتباكات عنيفة بين {actor} و{actor2} في مدينة {town} {when}، أسفرت عن مقتل {n} {victims}.",
        "قتل {n} {victims} في اشتباكات بين {actor} و{actor2} في مدينة {town} {when}.",
        "أسفرت اشتباكات في مدينة {town} في {region} {when} عن مقتل {n} {victims}، بحسب {src}.",
    ],
    "bomb": [
        "انفجرت سيارة مفخخة في مدينة {town} {when}، ما أدى إلى مقتل {n} أشخاص.",
        "قتل {n} أشخاص في تفجير سيارة مفخخة قرب نقطة تفتيش في مدينة {town} {when}.",
        "أسفر انفجار سيارة مفخخة في مدينة {town} في {region} {when} عن مقتل {n} أشخاص، بحسب {src}.",
    ],
    "drone": [
        "استهدفت طائرة مسيرة سيارة قرب مدينة {town} {when}، ما أدى إلى مقتل {n} {victims}.",
        "قتل {n} {victims} في غارة بطائرة مسيرة على مدينة {town} {when}، بحسب مصادر أمنية.",
    ],
}
EN_CLOSERS = ["Rescue workers searched the rubble for survivors.", "The statement gave no further details.",
              "Residents said ambulances took the wounded to hospital.", "Local officials called for an inquiry."]
AR_CLOSERS = ["وقالت مصادر طبية إن عدد الجرحى مرشح للارتفاع.", "ولم يصدر أي تعليق رسمي حتى الآن.",
              "ونقلت سيارات الإسعاف المصابين إلى المستشفى.", "وطالبت السلطات المحلية بفتح تحقيق."]
EN_SOURCES = ["Reuters", "AFP", "AP", "BBC News", "Al Jazeera English", "Anadolu Agency", "Middle East Eye"]
AR_SOURCES = ["رويترز", "فرانس برس", "الأناضول", "الجزيرة", "العربية", "سكاي نيوز عربية"]
EN_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
AR_WORDS = {3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة", 8: "ثمانية", 9: "تسعة", 10: "عشرة"}
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AR_DAYS = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
             "نوفمبر", "ديسمبر"]


def _when(lang: str, day: date, offset: int, rng: random.Random) -> str:
    """How an outlet dates the happening, published ``offset`` days later."""
    if lang == "en":
        choices = ["today", f"on {day.day} {EN_MONTHS[day.month - 1]}"] if offset == 0 else \
            ["yesterday", f"on {EN_DAYS[day.weekday()]}", f"on {EN_MONTHS[day.month - 1]} {day.day}"]
    else:
        choices = ["اليوم", f"يوم {day.day} {AR_MONTHS[day.month - 1]}"] if offset == 0 else \
            ["أمس", f"يوم {AR_DAYS[day.weekday()]}", AR_DAYS[day.weekday()]]
    return rng.choice(choices)


def _count(base: int, rng: random.Random) -> tuple[int, str]:
    """The count an outlet gives: the first one, a later higher one, or 'at least' one lower."""
    roll = rng.random()
    if roll < 0.6 or base < 3:
        return base, ""
    if roll < 0.8:
        return base + 1, ""
    return base - 1, "at least "


def _en_number(n: int, capital: bool, rng: random.Random) -> str:
    word = EN_WORDS[n] if n < len(EN_WORDS) and (capital or rng.random() < 0.5) else str(n)
    return word.capitalize() if capital else word


def article(incident: tuple, lang: str, index: int, rng: random.Random) -> dict:
    key, kind, when, town, toll, actor1, actor2, victims, _, _ = incident
    day = date.fromisoformat(when)
    offset = rng.choice([0, 1])
    en_names, ar_names, en_region, ar_region = TOWNS[town]
    n, at_least = _count(toll, rng)
    if lang == "en":
        source = rng.choice(EN_SOURCES)
        template = rng.choice(EN[kind])
        a1 = ACTORS[actor1][0] if actor1 else "unidentified attackers"
        a2 = ACTORS[actor2][0] if actor2 else "local gunmen"
        text = template.format(
            Actor=a1[0].upper() + a1[1:], actor=a1, actor2=a2, town=rng.choice(en_names), region=en_region,
            n=at_least + _en_number(n, False, rng), N=("At least " if at_least else "") + _en_number(n, True, rng),
            victims=VICTIMS[victims][0], when=_when("en", day, offset, rng), src=source)
        text += " " + rng.choice(EN_CLOSERS)
        title = text.split(",")[0][:90]
    else:
        source = rng.choice(AR_SOURCES)
        template = rng.choice(AR[kind])
        a1 = ACTORS[actor1][1] if actor1 else "مسلحين مجهولين"
        a2 = ACTORS[actor2][1] if actor2 else "مسلحين محليين"
        number = AR_WORDS.get(n) if rng.random() < 0.4 and n in AR_WORDS else str(n)
        text = template.format(
            actor=a1, actor2=a2, town=rng.choice(ar_names), region=ar_region,
            n=("ما لا يقل عن " if at_least else "") + number, victims=VICTIMS[victims][1],
            when=_when("ar", day, offset, rng), src=source)
        text += " " + rng.choice(AR_CLOSERS)
        title = text.split("،")[0][:90]
    return {"id": f"{key}-{index}", "incident": key, "lang": lang, "source": source,
            "published": (day + timedelta(days=offset)).isoformat(), "title": title, "text": text}


def jarif() -> list[dict]:
    """The seed's Jarif air strike as three agencies told it (the seed names Reuters, AFP, Anadolu)."""
    return [
        {"id": "jarif-reuters", "incident": "jarif-air", "lang": "en", "source": "Reuters", "published": "2020-06-09",
         "title": "Russian warplane kills seven civilians near Sirte",
         "text": "A Russian warplane struck Jarif, south-west of Sirte, on Monday, killing seven civilians, "
                 "Libyan officials said. Moscow denies sending aircraft to Libya."},
        {"id": "jarif-afp", "incident": "jarif-air", "lang": "ar", "source": "فرانس برس", "published": "2020-06-09",
         "title": "مقتل سبعة مدنيين في غارة قرب سرت",
         "text": "قتل سبعة مدنيين في غارة جوية شنتها طائرة حربية روسية على منطقة جارف جنوب غرب مدينة سرت، "
                 "الإثنين، بحسب مسؤولين ليبيين. وتنفي موسكو إرسال طائرات إلى ليبيا."},
        {"id": "jarif-anadolu", "incident": "jarif-air", "lang": "ar", "source": "الأناضول", "published": "2020-06-09",
         "title": "غارة روسية على جارف",
         "text": "شنت طائرة حربية روسية غارة جوية على منطقة جارف جنوب غرب مدينة سرت (شرق)، الإثنين، ما أدى إلى "
                 "مقتل 7 مدنيين، وفق تقارير صحافية."},
    ]


def build(seed: int = 14) -> list[dict]:
    rng = random.Random(seed)
    rows = jarif()
    for incident in INCIDENTS:
        langs_kind, count = incident[8], incident[9]
        if langs_kind == "mix":
            langs = ["en", "ar"] + [rng.choice(["en", "ar"]) for _ in range(count - 2)]
        else:
            langs = [langs_kind] * count
        rows += [article(incident, lang, i, rng) for i, lang in enumerate(langs)]
    rng.shuffle(rows)  # arrival order: interleaved, as feeds deliver them
    return rows


if __name__ == "__main__":
    rows = build()
    with open(OUT, "w", encoding="utf-8") as fp:
        for row in rows:
            fp.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} articles, {len({r['incident'] for r in rows})} incidents -> {OUT}")
